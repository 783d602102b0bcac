"""Live collaboration end to end: real `tablo serve` processes, real WebSocket clients.

One server per database (SQLite file; a PostgreSQL schema of its own) serves every test of
this module; each test signs up fresh users with a fresh base, so tests do not see each
other. The two-process tests start a second server on the same PostgreSQL schema.
Everything is bounded: every receive has a timeout, every process is killed at the end.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa
import websocket

ROOT = Path(__file__).resolve().parent.parent
TABLO = str(Path(sys.executable).parent / "tablo")
PASSWORD = "correct-horse-1"
RECV_TIMEOUT = 5.0
SERVER_ENV = {
    "TABLO_LIVE_HEARTBEAT": "0.5",
    "TABLO_LIVE_DEAD_AFTER": "4",
    "TABLO_LIVE_MAX_FRAME_BYTES": "65536",
    "TABLO_LIVE_RATE": "20",
    "TABLO_LIVE_BURST": "100",
    "TABLO_LIVE_FLOOD_CLOSE": "150",
    "TABLO_LIVE_MAX_REPLAY": "60",
    "TABLO_LIVE_RECONNECT_MIN": "0.5",
    "TABLO_LIVE_RECHECK": "1",
}


# -- servers ----------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data_dir: Path, database_url: str, workers: int = 1, env: dict[str, str] | None = None) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.ws_url = f"ws://127.0.0.1:{self.port}"
        env = {**os.environ, **SERVER_ENV, "TABLO_DATA_DIR": str(data_dir), "TABLO_DATABASE_URL": database_url,
               "TABLO_SECRET_KEY": "live-test-secret", "TABLO_ACCESS_LOG": "/dev/null", **(env or {})}
        self.log_path = data_dir / f"server-{self.port}.log"
        self._log = open(self.log_path, "wb")  # noqa: SIM115  (closed in stop)
        self.proc = subprocess.Popen([TABLO, "serve", "--port", str(self.port), "--threads", "64",
                                      "--workers", str(workers)], env=env, cwd=ROOT, stdout=self._log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(self.url + "/api/openapi.json", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("server did not start:\n" + self.log_path.read_text()[-3000:])
            time.sleep(0.1)

    def worker_pids(self) -> list[int]:
        out = subprocess.run(["ps", "--ppid", str(self.proc.pid), "-o", "pid="], capture_output=True, text=True)
        return [int(p) for p in out.stdout.split()]

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self._log.close()


def _pg_schema_url(pg_database: str) -> tuple[str, Callable[[], None]]:
    schema = f"s_{uuid.uuid4().hex[:12]}"
    eng = sa.create_engine(pg_database, isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')

    def drop() -> None:
        from tests.conftest import _drop_schema

        _drop_schema(eng, schema)  # retried: a worker may still be finishing a statement in it
        eng.dispose()

    return f"{pg_database}?options=-csearch_path%3D{schema}", drop


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live_db(request: pytest.FixtureRequest, tmp_path_factory: Any, pg_database: str | None) -> Iterator[dict]:
    data_dir = tmp_path_factory.mktemp(f"live-{request.param}")
    if request.param == "sqlite":
        yield {"kind": "sqlite", "url": f"sqlite:///{data_dir / 'tablo.db'}", "data_dir": data_dir}
        return
    if pg_database is None:
        pytest.skip("PostgreSQL is not reachable")
    url, drop = _pg_schema_url(pg_database)
    yield {"kind": "postgresql", "url": url, "data_dir": data_dir, "admin_url": pg_database}
    drop()


@pytest.fixture(scope="module")
def server(live_db: dict) -> Iterator[Server]:
    srv = Server(live_db["data_dir"], live_db["url"])
    yield srv
    srv.stop()


# -- clients ----------------------------------------------------------------------------------
class User:
    """An HTTP session as the web app has it (cookie + CSRF header)."""

    def __init__(self, srv: Server, name: str) -> None:
        self.srv = srv
        self.http = requests.Session()
        self.http.headers["X-Requested-With"] = "tablo"
        # A fresh TCP connection per request: gunicorn drops idle keep-alive connections after
        # 2 s, and reusing one at that moment is reset (seen under heavy machine load).
        self.http.headers["Connection"] = "close"
        self.email = f"{name}-{uuid.uuid4().hex[:8]}@example.com"
        r = self.http.post(srv.url + "/api/auth/signup", json={"email": self.email, "password": PASSWORD,
                                                                "name": name}, timeout=10)
        assert r.status_code == 201, r.text
        self.id = r.json()["user"]["id"]
        self.name = name

    def call(self, method: str, path: str, json_body: Any = None, expect: int = 200) -> Any:
        r = self.http.request(method, self.srv.url + "/api" + path, json=json_body, timeout=10)
        assert r.status_code == expect, f"{method} {path} -> {r.status_code}: {r.text}"
        return r.json() if r.content else None

    @property
    def cookie(self) -> str:
        return "tablo_session=" + self.http.cookies["tablo_session"]

    def socket(self, base_id: int, srv: Server | None = None, **kw: Any) -> Live:
        return Live((srv or self.srv).ws_url + f"/api/bases/{base_id}/live", header=[f"Cookie: {self.cookie}"], **kw)


class Live:
    """A WebSocket client that records every frame (heartbeat pings are answered and skipped)."""

    def __init__(self, url: str, header: list[str], hello: bool = True, version: int | None = None,
                 client: str | None = None) -> None:
        self.ws = websocket.create_connection(url, header=header, timeout=RECV_TIMEOUT)
        self.client = client or uuid.uuid4().hex[:10]
        self.frames: list[dict] = []
        self.welcome: dict | None = None
        self.replayed: list[dict] = []
        if hello:
            self.hello(version)

    def send(self, frame: Any) -> None:
        self.ws.send(frame if isinstance(frame, str) else json.dumps(frame))

    def hello(self, version: int | None = None) -> dict:
        self.send({"t": "hello", "version": version, "client": self.client})
        while True:
            f = self.recv()
            if f["t"] == "welcome":
                self.welcome = f
                return f
            self.replayed.append(f)

    def recv(self, timeout: float = RECV_TIMEOUT) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            self.ws.settimeout(max(0.05, deadline - time.monotonic()))
            text = self.ws.recv()
            if text in ("", b""):
                raise ConnectionError(f"closed: {self.ws.status}")
            f = json.loads(text)
            if f["t"] == "ping":
                continue
            self.frames.append(f)
            return f

    def until(self, pred: Callable[[dict], bool], timeout: float = RECV_TIMEOUT) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            f = self.recv(max(0.05, deadline - time.monotonic()))
            if pred(f):
                return f

    def ops(self, n: int, timeout: float = RECV_TIMEOUT) -> list[dict]:
        got = []
        deadline = time.monotonic() + timeout
        while len(got) < n:
            f = self.recv(max(0.05, deadline - time.monotonic()))
            if f["t"] == "op":
                got.append(f)
        return got

    def act(self, action: dict, cid: Any) -> dict:
        """Send an action and wait for its ack or reject."""
        self.send({"t": "action", "cid": cid, "action": action})
        return self.until(lambda f: f["t"] in ("ack", "reject") and f.get("cid") == cid)

    def close_code(self, timeout: float = RECV_TIMEOUT) -> int | None:
        """Read until the server closes; returns its close code."""
        deadline = time.monotonic() + timeout
        self.ws.settimeout(timeout)
        while time.monotonic() < deadline:
            try:
                op, data = self.ws.recv_data(control_frame=True)
            except (websocket.WebSocketConnectionClosedException, ConnectionError, OSError):
                return getattr(self.ws, "_close_code", None)
            if op == websocket.ABNF.OPCODE_CLOSE:
                return int.from_bytes(data[:2], "big") if len(data) >= 2 else None
            if op == websocket.ABNF.OPCODE_TEXT:
                self.frames.append(json.loads(data))
        raise AssertionError("the server did not close the socket")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.ws.close()


class Model:
    """What a client shows: rows by id, kept up to date from op frames (the client's job)."""

    def __init__(self, rows: list[dict], version: int) -> None:
        self.rows = {r["_id"]: {k: v for k, v in r.items() if not k.startswith("_") or k == "_id"} for r in rows}
        self.version = version

    def apply(self, frame: dict) -> None:
        assert frame["v"] == self.version + 1, f"gap: have {self.version}, got {frame['v']}"
        self.version = frame["v"]
        self._apply(frame["action"])

    def _apply(self, a: dict) -> None:
        if a["type"] == "batch":
            for sub in a["actions"]:
                self._apply(sub)
        elif a["type"] == "insert_rows":
            for r in a["rows"]:
                self.rows[r["_id"]] = {k: v for k, v in r.items() if not k.startswith("_") or k == "_id"}
        elif a["type"] == "update_rows":
            for r in a["rows"]:
                self.rows[r["_id"]].update({k: v for k, v in r.items() if not k.startswith("_")})
        elif a["type"] == "delete_rows":
            for rid in a["row_ids"]:
                self.rows.pop(rid, None)


@pytest.fixture(scope="module")
def people(server: Server) -> dict[str, User]:
    """Accounts are made once per server (password hashing is slow on purpose)."""
    return {name: User(server, name) for name in ("Anna", "Boris", "Vera", "Stan")}


@pytest.fixture
def team(server: Server, people: dict[str, User]) -> dict:
    """A fresh base owned by Anna (a text and a number column, one row), Boris as editor."""
    owner, editor = people["Anna"], people["Boris"]
    base = owner.call("POST", "/bases", {"name": "Receivables"}, expect=201)
    table_id = base["tables"][0]["id"]
    text_col = base["tables"][0]["columns"][0]["id"]
    num = owner.call("POST", f"/tables/{table_id}/columns", {"name": "Amount", "type": "number"}, expect=201)["column"]
    owner.call("POST", f"/bases/{base['id']}/members", {"email": editor.email, "role": "editor"}, expect=201)
    row = owner.call("POST", f"/tables/{table_id}/rows", {"rows": [{str(text_col): "Acme"}]}, expect=201)["rows"][0]
    return {"owner": owner, "editor": editor, "base_id": base["id"], "table_id": table_id, "text": str(text_col),
            "num": str(num["id"]), "row": row["_id"], "server": server, "people": people}


def _norm(rows: dict[str, dict]) -> dict[str, dict]:
    """Rows for comparison: an absent cell and an empty one are the same."""
    return {rid: {k: v for k, v in r.items() if v is not None} for rid, r in rows.items()}


def _rows(user: User, table_id: int) -> dict[str, dict]:
    rows = user.call("GET", f"/tables/{table_id}/rows?limit=1000")["rows"]
    return {r["_id"]: {k: v for k, v in r.items() if not k.startswith("_") or k == "_id"} for r in rows}


def _version(user: User, base_id: int) -> int:
    return user.call("GET", f"/bases/{base_id}")["version"]


# -- editing together -------------------------------------------------------------------------
def test_different_cells_of_one_row_merge(team: dict) -> None:
    a = team["owner"].socket(team["base_id"])
    b = team["editor"].socket(team["base_id"])
    try:
        upd = {"type": "update_rows", "table_id": team["table_id"]}
        # Both in flight at once: neither waits for the other's ack.
        a.send({"t": "action", "cid": "a1", "action": {**upd, "rows": [{"_id": team["row"], team["text"]: "Acme Ltd"}]}})
        b.send({"t": "action", "cid": "b1", "action": {**upd, "rows": [{"_id": team["row"], team["num"]: 1250.5}]}})
        ack_a = a.until(lambda f: f["t"] == "ack")
        ack_b = b.until(lambda f: f["t"] == "ack")
        assert {ack_a["v"], ack_b["v"]} == {a.welcome["v"] + 1, a.welcome["v"] + 2}
        for client in (a, b):
            ops = [f for f in client.frames if f["t"] == "op"]
            while len(ops) < 2:
                client.recv()
                ops = [f for f in client.frames if f["t"] == "op"]
            assert [o["v"] for o in ops] == sorted(o["v"] for o in ops)
            model = Model([], a.welcome["v"])
            model.rows[team["row"]] = {"_id": team["row"]}
            for o in ops:
                model.apply(o)
            assert model.rows[team["row"]][team["text"]] == "Acme Ltd"
            assert model.rows[team["row"]][team["num"]] == 1250.5
        server_row = _rows(team["owner"], team["table_id"])[team["row"]]
        assert server_row[team["text"]] == "Acme Ltd" and server_row[team["num"]] == 1250.5
        # Different cells: nobody was overwritten.
        assert all("overwrote" not in f for f in a.frames if f["t"] == "op")
    finally:
        a.close()
        b.close()


def test_same_cell_last_writer_wins_in_server_order(team: dict) -> None:
    a = team["owner"].socket(team["base_id"])
    b = team["editor"].socket(team["base_id"])
    try:
        upd = {"type": "update_rows", "table_id": team["table_id"]}
        a.send({"t": "action", "cid": "a1", "action": {**upd, "rows": [{"_id": team["row"], team["num"]: 100}]}})
        b.send({"t": "action", "cid": "b1", "action": {**upd, "rows": [{"_id": team["row"], team["num"]: 200}]}})
        a.until(lambda f: f["t"] == "ack")
        b.until(lambda f: f["t"] == "ack")
        seen = {}
        for client in (a, b):
            ops = [f for f in client.frames if f["t"] == "op"]
            while len(ops) < 2:
                client.recv()
                ops = [f for f in client.frames if f["t"] == "op"]
            seen[client.client] = ops
            model = Model([], client.welcome["v"])
            model.rows[team["row"]] = {"_id": team["row"]}
            for o in ops:
                model.apply(o)
            seen[client.client + ":final"] = model.rows[team["row"]][team["num"]]
        # Both clients saw the same order, and end with the value of the later version.
        order_a = [(o["v"], o["client"]) for o in seen[a.client]]
        assert order_a == [(o["v"], o["client"]) for o in seen[b.client]]
        last = seen[a.client][-1]
        winner_value = 100 if last["client"] == a.client else 200
        assert seen[a.client + ":final"] == seen[b.client + ":final"] == winner_value
        assert _rows(team["owner"], team["table_id"])[team["row"]][team["num"]] == winner_value
        # The overwritten author is told whose change replaced theirs.
        loser, winner = (b, team["owner"]) if last["client"] == a.client else (a, team["editor"])
        assert last["by"] == {"id": winner.id, "name": winner.name}
        assert last["overwrote"] == [{"table_id": team["table_id"], "row_id": team["row"],
                                      "column_id": int(team["num"]), "v": seen[a.client][0]["v"],
                                      "user_id": (team["editor"] if loser is b else team["owner"]).id,
                                      "client": loser.client}]
    finally:
        a.close()
        b.close()


def test_reconnect_replays_exactly_what_was_missed(team: dict) -> None:
    owner, editor = team["owner"], team["editor"]
    a = editor.socket(team["base_id"])
    model = Model(list(_rows(editor, team["table_id"]).values()), a.welcome["v"])
    a.close()
    # 50 changes while A is away: HTTP inserts, socket edits, a delete, an undo.
    w = owner.socket(team["base_id"])
    try:
        ids = []
        for i in range(20):
            ids.append(owner.call("POST", f"/tables/{team['table_id']}/rows",
                                  {"rows": [{team["text"]: f"client {i}", team["num"]: i}]}, expect=201)["rows"][0]["_id"])
        for i in range(25):
            ack = w.act({"type": "update_rows", "table_id": team["table_id"],
                         "rows": [{"_id": ids[i % 20], team["num"]: 1000 + i}]}, cid=i)
            assert ack["t"] == "ack", ack
        owner.call("DELETE", f"/tables/{team['table_id']}/rows", {"row_ids": ids[:3]})
        owner.call("POST", f"/bases/{team['base_id']}/undo", {})  # the delete comes back
        for i in range(3):
            owner.call("PATCH", f"/tables/{team['table_id']}/rows", {"rows": [{"_id": ids[0], team["text"]: f"v{i}"}]})
    finally:
        w.close()
    current = _version(owner, team["base_id"])
    assert current - model.version == 50
    back = editor.socket(team["base_id"], version=model.version)
    try:
        assert back.welcome["replayed"] == 50 and back.welcome["v"] == current and "reload" not in back.welcome
        assert [f["v"] for f in back.replayed] == list(range(model.version + 1, current + 1))
        assert {f["kind"] for f in back.replayed} == {"do", "undo"}
        for f in back.replayed:
            model.apply(f)
        assert _norm(model.rows) == _norm(_rows(owner, team["table_id"]))
        # Live again: the next change arrives as it happens.
        owner.call("PATCH", f"/tables/{team['table_id']}/rows", {"rows": [{"_id": ids[1], team["num"]: 7}]})
        model.apply(back.ops(1)[0])
        assert _norm(model.rows) == _norm(_rows(owner, team["table_id"]))
    finally:
        back.close()


def test_too_far_behind_is_told_to_reload(team: dict) -> None:
    owner = team["owner"]
    start = _version(owner, team["base_id"])
    for i in range(61):  # TABLO_LIVE_MAX_REPLAY is 60 on the test server
        owner.call("PATCH", f"/tables/{team['table_id']}/rows", {"rows": [{"_id": team["row"], team["num"]: i}]})
    c = owner.socket(team["base_id"], version=start)
    try:
        assert c.welcome["reload"] is True and c.welcome["reason"] == "too_far_behind"
        assert c.replayed == [] and c.welcome["v"] == start + 61
    finally:
        c.close()
    future = owner.socket(team["base_id"], version=start + 10_000)
    try:
        assert future.welcome["reload"] is True and future.welcome["reason"] == "unknown_version"
    finally:
        future.close()


def test_rejected_action_rolls_back_on_its_sender_only(team: dict) -> None:
    a = team["owner"].socket(team["base_id"])
    b = team["editor"].socket(team["base_id"])
    try:
        r = a.act({"type": "update_rows", "table_id": team["table_id"],
                   "rows": [{"_id": team["row"], team["num"]: "not a number", team["text"]: "X"}]}, cid="bad")
        assert r["t"] == "reject" and r["code"] == "invalid" and r["status"] == 422
        assert any(team["num"] in k for k in r["fields"])
        # The current values of exactly the cells it tried to change, for the rollback.
        assert r["current"]["rows"] == [{"_id": team["row"], team["text"]: "Acme", team["num"]: None}]
        r = a.act({"type": "update_rows", "table_id": team["table_id"],
                   "rows": [{"_id": "x" * 22, team["num"]: 5}]}, cid="gone")
        assert r["t"] == "reject" and r["code"] == "not_found" and r["current"]["missing"] == ["x" * 22]
        ok = a.act({"type": "update_rows", "table_id": team["table_id"],
                    "rows": [{"_id": team["row"], team["num"]: 5}]}, cid="good")
        assert ok["t"] == "ack" and ok["v"] == a.welcome["v"] + 1
        # B heard nothing of the rejected ones: the next op it gets is the good one, gap-free.
        first = b.until(lambda f: f["t"] == "op")
        assert first["v"] == b.welcome["v"] + 1 and first["client"] == a.client
        assert not [f for f in b.frames if f["t"] in ("reject", "ack", "error")]
    finally:
        a.close()
        b.close()


def test_http_writes_and_undo_are_broadcast(team: dict) -> None:
    owner = team["owner"]
    c = team["editor"].socket(team["base_id"])
    try:
        rid = owner.call("POST", f"/tables/{team['table_id']}/rows",
                         {"rows": [{team["text"]: "Globex", team["num"]: 99.5}]}, expect=201)["rows"][0]["_id"]
        ins = c.ops(1)[0]
        assert ins["action"]["type"] == "insert_rows" and ins["by"]["id"] == owner.id
        row = ins["action"]["rows"][0]
        assert row["_id"] == rid and row[team["text"]] == "Globex" and row[team["num"]] == 99.5
        assert row["_creator"] == owner.id and row["_ctime"].endswith("Z")
        owner.call("POST", f"/bases/{team['base_id']}/undo", {})
        und = c.ops(1)[0]
        assert und["kind"] == "undo" and und["action"] == {"type": "delete_rows", "table_id": team["table_id"],
                                                           "row_ids": [rid]}
        owner.call("POST", f"/bases/{team['base_id']}/redo", {})
        red = c.ops(1)[0]
        assert red["kind"] == "redo" and red["action"]["rows"][0][team["num"]] == 99.5
        owner.call("POST", f"/tables/{team['table_id']}/columns", {"name": "Due", "type": "date"}, expect=201)
        assert c.ops(1)[0]["schema_changed"] is True
    finally:
        c.close()


def test_socket_undo_and_presence(team: dict) -> None:
    a = team["owner"].socket(team["base_id"])
    b = team["editor"].socket(team["base_id"])
    try:
        a.send({"t": "presence", "table_id": team["table_id"], "view_id": None,
                "cell": {"row_id": team["row"], "column_id": int(team["num"])}})
        p = b.until(lambda f: f["t"] == "presence")
        assert p["user"]["id"] == team["owner"].id and p["cell"]["row_id"] == team["row"] and p["conn"] == a.welcome["conn"]
        late = team["editor"].socket(team["base_id"])  # joins later: sees who is where
        assert [x["conn"] for x in late.welcome["presence"]] == [a.welcome["conn"]]
        late.close()
        assert a.act({"type": "update_rows", "table_id": team["table_id"],
                      "rows": [{"_id": team["row"], team["num"]: 3}]}, cid=1)["t"] == "ack"
        a.send({"t": "undo", "cid": 2})
        ack = a.until(lambda f: f["t"] in ("ack", "reject") and f["cid"] == 2)
        assert ack["t"] == "ack"
        undo_op = b.until(lambda f: f["t"] == "op" and f["kind"] == "undo")
        assert undo_op["action"]["rows"][0][team["num"]] is None
        a.close()
        left = b.until(lambda f: f["t"] == "presence" and f.get("left"))
        assert left["conn"] == a.welcome["conn"]
    finally:
        a.close()
        b.close()


# -- permissions ------------------------------------------------------------------------------
def test_viewer_socket_cannot_write_and_role_changes_apply_at_once(team: dict) -> None:
    owner, editor = team["owner"], team["editor"]
    viewer = team["people"]["Vera"]
    owner.call("POST", f"/bases/{team['base_id']}/members", {"email": viewer.email, "role": "viewer"}, expect=201)
    v = viewer.socket(team["base_id"])
    e = editor.socket(team["base_id"])
    try:
        assert v.welcome["role"] == "viewer"
        r = v.act({"type": "update_rows", "table_id": team["table_id"],
                   "rows": [{"_id": team["row"], team["num"]: 1}]}, cid="v1")
        assert r["t"] == "reject" and r["code"] == "forbidden" and r["status"] == 403
        v.send({"t": "undo", "cid": "v2"})
        assert v.until(lambda f: f.get("cid") == "v2")["code"] == "forbidden"
        # The editor is lowered to viewer: told at once, and the next write is refused.
        owner.call("PATCH", f"/bases/{team['base_id']}/members/{editor.id}", {"role": "viewer"})
        assert e.until(lambda f: f["t"] == "role")["role"] == "viewer"
        r = e.act({"type": "update_rows", "table_id": team["table_id"],
                   "rows": [{"_id": team["row"], team["num"]: 1}]}, cid="e1")
        assert r["t"] == "reject" and r["code"] == "forbidden"
        assert _rows(owner, team["table_id"])[team["row"]][team["num"]] is None
    finally:
        v.close()
        e.close()


def test_removed_member_socket_is_closed(team: dict) -> None:
    owner, editor = team["owner"], team["editor"]
    e = editor.socket(team["base_id"])
    o = owner.socket(team["base_id"])
    try:
        owner.call("DELETE", f"/bases/{team['base_id']}/members/{editor.id}")
        assert e.close_code() == 4003
        assert any(f["t"] == "revoked" for f in e.frames)
        # Everyone else carries on.
        owner.call("PATCH", f"/tables/{team['table_id']}/rows", {"rows": [{"_id": team["row"], team["num"]: 8}]})
        assert o.ops(1)[0]["action"]["rows"][0][team["num"]] == 8
        with pytest.raises(websocket.WebSocketBadStatusException) as exc:
            editor.socket(team["base_id"])
        assert exc.value.status_code == 404
    finally:
        e.close()
        o.close()


def test_a_group_role_reaches_open_sockets(team: dict) -> None:
    """A role through a group (decision 0043) is live like a direct one: lowered at once, and the
    socket closes when the person leaves the group. Anna, the server's first account, is its admin."""
    owner, stan, base_id = team["owner"], team["people"]["Stan"], team["base_id"]
    gid = owner.call("POST", "/admin/groups", {"name": f"Group of base {base_id}"}, expect=201)["group"]["id"]
    owner.call("POST", f"/admin/groups/{gid}/members", {"user_id": stan.id}, expect=201)
    owner.call("POST", f"/bases/{base_id}/groups", {"group_id": gid, "role": "editor"}, expect=201)
    s = stan.socket(base_id)
    try:
        assert s.welcome["role"] == "editor"
        owner.call("PATCH", f"/bases/{base_id}/groups/{gid}", {"role": "viewer"})
        assert s.until(lambda f: f["t"] == "role")["role"] == "viewer"
        r = s.act({"type": "update_rows", "table_id": team["table_id"],
                   "rows": [{"_id": team["row"], team["num"]: 5}]}, cid="g1")
        assert r["t"] == "reject" and r["code"] == "forbidden"
        owner.call("DELETE", f"/admin/groups/{gid}/members/{stan.id}")
        assert s.close_code() == 4003
    finally:
        s.close()


def _second_session(user: User) -> requests.Session:
    """Another log-in of the same user (another browser)."""
    http = requests.Session()
    http.headers.update({"X-Requested-With": "tablo", "Connection": "close"})
    r = http.post(user.srv.url + "/api/auth/login", json={"email": user.email, "password": PASSWORD}, timeout=10)
    assert r.status_code == 200, r.text
    return http


def _ws(team: dict, header: str) -> Live:
    return Live(team["server"].ws_url + f"/api/bases/{team['base_id']}/live", header=[header])


def test_sign_out_revoked_token_and_deleted_base_close_sockets(team: dict) -> None:
    owner, editor = team["owner"], team["editor"]
    other = _second_session(editor)
    signed_out = _ws(team, "Cookie: tablo_session=" + other.cookies["tablo_session"])
    token = editor.call("POST", "/tokens", {"base_id": team["base_id"], "access": "write"}, expect=201)
    by_token = _ws(team, f"Authorization: Bearer {token['token']}")
    e = editor.socket(team["base_id"])
    o = owner.socket(team["base_id"])
    try:
        # Signing out closes the sockets of that session only, at once.
        assert other.post(team["server"].url + "/api/auth/logout", timeout=10).status_code == 200
        assert signed_out.close_code() == 4003
        assert any(f["t"] == "revoked" for f in signed_out.frames)
        # Revoking a token closes the sockets opened with it.
        editor.call("DELETE", f"/tokens/{token['id']}")
        assert by_token.close_code() == 4003
        # The editor's other session is untouched and still sees edits.
        owner.call("PATCH", f"/tables/{team['table_id']}/rows", {"rows": [{"_id": team["row"], team["num"]: 5}]})
        assert e.ops(1)[0]["action"]["rows"][0][team["num"]] == 5
        # Deleting the base closes every socket in it.
        owner.call("DELETE", f"/bases/{team['base_id']}")
        assert e.close_code() == 4003 and o.close_code() == 4003
    finally:
        for ws in (signed_out, by_token, e, o):
            ws.close()


def test_session_ended_elsewhere_is_noticed_by_the_periodic_recheck(team: dict, live_db: dict) -> None:
    """A session ended where no event reaches this process (another server process, expiry):
    the socket re-checks its credential every TABLO_LIVE_RECHECK seconds and closes."""
    other = _second_session(team["editor"])
    ws = _ws(team, "Cookie: tablo_session=" + other.cookies["tablo_session"])
    try:
        eng = sa.create_engine(live_db["url"])
        try:
            with eng.begin() as conn:
                conn.execute(sa.text("DELETE FROM sessions WHERE user_id = :u AND created_at = "
                                     "(SELECT max(created_at) FROM sessions WHERE user_id = :u)"),
                             {"u": team["editor"].id})
        finally:
            eng.dispose()
        assert ws.close_code() == 4003
        team["editor"].call("GET", "/me")  # the first session still holds
    finally:
        ws.close()


def test_other_users_base_and_bad_credentials_are_refused_before_upgrade(team: dict) -> None:
    srv: Server = team["server"]
    stranger = team["people"]["Stan"]
    url = srv.ws_url + f"/api/bases/{team['base_id']}/live"
    cases = [
        ([f"Cookie: {stranger.cookie}"], 404),
        ([], 401),
        (["Authorization: Bearer tt_not_a_real_token"], 401),
        ([f"Cookie: {team['owner'].cookie}", "Origin: http://evil.example"], 403),
    ]
    other_base = stranger.call("POST", "/bases", {"name": "Mine"}, expect=201)["id"]
    foreign_token = stranger.call("POST", "/tokens", {"base_id": other_base, "access": "write"}, expect=201)["token"]
    cases.append(([f"Authorization: Bearer {foreign_token}"], 404))
    for header, status in cases:
        with pytest.raises(websocket.WebSocketBadStatusException) as exc:
            websocket.create_connection(url, header=header, timeout=RECV_TIMEOUT)
        assert exc.value.status_code == status, header
        assert json.loads(exc.value.resp_body)["error"]["code"]
    # The same path without an upgrade: 426 for a member, 404 for a stranger.
    plain = team["owner"].http.get(srv.url + f"/api/bases/{team['base_id']}/live", timeout=10)
    assert plain.status_code == 426 and plain.json()["error"]["code"] == "websocket_required"
    assert stranger.http.get(srv.url + f"/api/bases/{team['base_id']}/live", timeout=10).status_code == 404
    # A read token for this base: connects as a viewer; a write token edits.
    read_token = team["owner"].call("POST", "/tokens", {"base_id": team["base_id"], "access": "read"}, expect=201)["token"]
    ro = Live(url, header=[f"Authorization: Bearer {read_token}"])
    write_token = team["owner"].call("POST", "/tokens", {"base_id": team["base_id"], "access": "write"},
                                     expect=201)["token"]
    rw = Live(url, header=[f"Authorization: Bearer {write_token}"])
    try:
        assert ro.welcome["role"] == "viewer"
        assert ro.act({"type": "delete_rows", "table_id": team["table_id"], "row_ids": [team["row"]]},
                      cid=1)["code"] == "forbidden"
        assert rw.act({"type": "update_rows", "table_id": team["table_id"],
                       "rows": [{"_id": team["row"], team["num"]: 2}]}, cid=1)["t"] == "ack"
    finally:
        ro.close()
        rw.close()


# -- abuse ------------------------------------------------------------------------------------
def test_malformed_frames_get_error_frames_and_others_are_served(team: dict) -> None:
    a = team["owner"].socket(team["base_id"])
    b = team["editor"].socket(team["base_id"])
    try:
        bad = ["{not json", "[1, 2]", json.dumps({"t": "launch"}), json.dumps({"no": "type"}),
               json.dumps({"t": "action", "cid": "x", "action": "insert"}),
               json.dumps({"t": "presence", "cell": {"row_id": 5}}), json.dumps({"t": "hello"})]
        for text in bad:
            a.send(text)
            f = a.until(lambda f: f["t"] == "error")
            assert f["code"] in ("malformed", "unknown_message", "invalid", "protocol") and f["message"]
        a.ws.send_binary(b"\x00\x01")
        assert a.until(lambda f: f["t"] == "error")["code"] == "malformed"
        r = a.act({"type": "drop_everything", "table_id": team["table_id"]}, cid="u")
        assert r["t"] == "reject" and r["code"] == "unknown_action"
        r = a.act({"type": "insert_rows", "table_id": team["table_id"], "raw": True, "rows": []}, cid="raw")
        assert r["t"] == "reject" and r["status"] == 422  # raw (internal) actions are not for clients
        # The same socket and the others still work.
        assert a.act({"type": "update_rows", "table_id": team["table_id"],
                      "rows": [{"_id": team["row"], team["num"]: 4}]}, cid="ok")["t"] == "ack"
        assert b.ops(1)[0]["action"]["rows"][0][team["num"]] == 4
    finally:
        a.close()
        b.close()


def test_action_before_hello_closes_the_socket(team: dict) -> None:
    c = team["owner"].socket(team["base_id"], hello=False)
    try:
        c.send({"t": "action", "cid": 1, "action": {"type": "delete_rows", "table_id": team["table_id"],
                                                     "row_ids": [team["row"]]}})
        assert c.close_code() == 4400
        assert c.frames[-1]["code"] == "no_hello"
        assert team["row"] in _rows(team["owner"], team["table_id"])
    finally:
        c.close()


def test_huge_frame_closes_that_socket_only(team: dict) -> None:
    a = team["owner"].socket(team["base_id"])
    b = team["editor"].socket(team["base_id"])
    try:
        a.send({"t": "action", "cid": 1, "action": {"type": "update_rows", "table_id": team["table_id"],
                                                     "rows": [{"_id": team["row"], team["text"]: "x" * 70_000}]}})
        assert a.close_code() == 1009
        assert b.act({"type": "update_rows", "table_id": team["table_id"],
                      "rows": [{"_id": team["row"], team["num"]: 9}]}, cid=1)["t"] == "ack"
        assert _rows(team["owner"], team["table_id"])[team["row"]][team["text"]] == "Acme"
    finally:
        a.close()
        b.close()


def test_flood_is_rate_limited_then_closed(team: dict) -> None:
    a = team["owner"].socket(team["base_id"])
    b = team["editor"].socket(team["base_id"])
    try:
        for _ in range(400):  # burst 100, close after 150 dropped (test server settings)
            a.send({"t": "ping"})
        assert a.close_code(timeout=10) == 4008
        limited = [f for f in a.frames if f["t"] == "error" and f["code"] == "rate_limited"]
        assert limited and "dropped" in limited[0]
        # The burst (100) went through, most of the rest was dropped.
        assert 90 <= sum(1 for f in a.frames if f["t"] == "pong") < 250
        assert b.act({"type": "update_rows", "table_id": team["table_id"],
                      "rows": [{"_id": team["row"], team["num"]: 10}]}, cid=1)["t"] == "ack"
    finally:
        a.close()
        b.close()


def test_heartbeats_and_silent_clients_are_dropped(team: dict) -> None:
    c = Live(team["server"].ws_url + f"/api/bases/{team['base_id']}/live", header=[f"Cookie: {team['owner'].cookie}"])
    try:
        c.ws.settimeout(3)
        first = json.loads(c.ws.recv())
        assert first["t"] == "ping" and first["v"] == c.welcome["v"]  # idle: the server pings with its version
        c.send({"t": "ping"})
        assert c.recv()["t"] == "pong"
        # Now silent for longer than TABLO_LIVE_DEAD_AFTER (4 s on the test server).
        assert c.close_code(timeout=10) == 4002
    finally:
        c.close()


# -- PostgreSQL: several processes ------------------------------------------------------------
@pytest.fixture(scope="module")
def second_server(live_db: dict, server: Server) -> Iterator[Server]:
    if live_db["kind"] != "postgresql":
        pytest.skip("several server processes need PostgreSQL")
    srv = Server(live_db["data_dir"], live_db["url"], workers=2)  # `tablo serve --workers 2` on PostgreSQL
    yield srv
    srv.stop()


def _listener_pids(admin_url: str) -> dict[int, str]:
    """Backend pid → application name of every live listener connection."""
    eng = sa.create_engine(admin_url)
    with eng.connect() as c:
        rows = c.execute(sa.text("SELECT pid, application_name FROM pg_stat_activity "
                                 "WHERE application_name LIKE 'tablo-live-listener-%'")).all()
    eng.dispose()
    return {r.pid: r.application_name for r in rows}


def test_change_through_process_a_reaches_client_of_process_b(team: dict, second_server: Server) -> None:
    owner, editor = team["owner"], team["editor"]
    on_b = editor.socket(team["base_id"], srv=second_server)
    on_a = owner.socket(team["base_id"])
    try:
        assert on_a.act({"type": "update_rows", "table_id": team["table_id"],
                         "rows": [{"_id": team["row"], team["num"]: 77}]}, cid=1)["t"] == "ack"
        op = on_b.ops(1)[0]
        assert op["v"] == on_b.welcome["v"] + 1 and op["action"]["rows"][0][team["num"]] == 77
        assert op["by"]["id"] == owner.id
        # And back: B's client writes, A's client sees it.
        assert on_b.act({"type": "update_rows", "table_id": team["table_id"],
                         "rows": [{"_id": team["row"], team["text"]: "via B"}]}, cid=2)["t"] == "ack"
        assert on_a.until(lambda f: f["t"] == "op")["action"]["rows"][0][team["text"]] == "via B"
        # A member removed through A: their socket on B is closed at once.
        owner.call("DELETE", f"/bases/{team['base_id']}/members/{editor.id}")
        assert on_b.close_code() == 4003
    finally:
        on_a.close()
        on_b.close()


def test_listener_reconnect_loses_nothing(team: dict, second_server: Server, live_db: dict) -> None:
    owner = team["owner"]
    on_b = team["editor"].socket(team["base_id"], srv=second_server)
    try:
        model = Model(list(_rows(owner, team["table_id"]).values()), on_b.welcome["v"])
        b_workers = set(second_server.worker_pids())
        before = _listener_pids(live_db["admin_url"])
        eng = sa.create_engine(live_db["admin_url"])
        killed = 0
        with eng.connect() as c:
            # B's listeners: application_name carries the worker's process id.
            for pid, app_name in before.items():
                if int(app_name.rsplit("-", 1)[1]) in b_workers:
                    c.execute(sa.text("SELECT pg_terminate_backend(:p)"), {"p": pid})
                    killed += 1
            c.commit()
        eng.dispose()
        assert killed >= 1
        # Changes through A while B is deaf (it waits 0.5 s before reconnecting on the test server).
        for i in range(20):
            owner.call("PATCH", f"/tables/{team['table_id']}/rows", {"rows": [{"_id": team["row"], team["num"]: i}]})
        for f in on_b.ops(20, timeout=15):
            model.apply(f)
        assert _norm(model.rows) == _norm(_rows(owner, team["table_id"]))
        after = _listener_pids(live_db["admin_url"])
        assert set(after) - set(before), "B's listener reconnected with a new connection"
    finally:
        on_b.close()


def test_serve_refuses_several_workers_on_sqlite(tmp_path: Path) -> None:
    env = {**os.environ, "TABLO_DATA_DIR": str(tmp_path), "TABLO_DATABASE_URL": f"sqlite:///{tmp_path / 't.db'}"}
    out = subprocess.run([TABLO, "serve", "--workers", "2", "--port", str(_free_port())], env=env,
                         capture_output=True, text=True, timeout=30)
    assert out.returncode != 0 and "SQLite serves one worker process" in out.stderr


def test_disabling_an_account_closes_its_session_and_token_sockets(team: dict) -> None:
    """An admin disables an account (decision 0041): its sockets, by session and by token, close
    at once; enabled again, the token (never revoked) opens a socket again."""
    owner = team["owner"]
    assert owner.call("GET", "/me")["user"]["is_admin"]  # Anna signed up first on this server
    dina = User(team["server"], "Dina")
    owner.call("POST", f"/bases/{team['base_id']}/members", {"email": dina.email, "role": "editor"}, expect=201)
    token = dina.call("POST", "/tokens", {"base_id": team["base_id"], "access": "write"}, expect=201)["token"]
    by_session = dina.socket(team["base_id"])
    by_token = _ws(team, f"Authorization: Bearer {token}")
    o = owner.socket(team["base_id"])
    again = None
    try:
        owner.call("PATCH", f"/admin/users/{dina.id}", {"disabled": True})
        assert by_session.close_code() == 4003 and by_token.close_code() == 4003
        # The owner's socket is untouched.
        owner.call("PATCH", f"/tables/{team['table_id']}/rows", {"rows": [{"_id": team["row"], team["num"]: 7}]})
        assert o.ops(1)[0]["action"]["rows"][0][team["num"]] == 7
        owner.call("PATCH", f"/admin/users/{dina.id}", {"disabled": False})
        again = _ws(team, f"Authorization: Bearer {token}")
        dina.call("GET", "/me", expect=401)  # the session ended for good
    finally:
        for ws in (by_session, by_token, o, *([again] if again else [])):
            ws.close()
