"""Capacity of one server process (decision 0024): thousands of live sockets, stalled
connections cut off by the header-read timeout, and the socket past the limit refused with 1013.

Real `tablo serve` processes (tests/test_live.py's Server) on 127.0.0.1; the crowd of sockets
is bench/live.py's asyncio client, so the test process needs no thread per socket.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import resource
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import websocket

from bench.live import Client
from tests.test_live import SERVER_ENV, Server, User, live_db  # noqa: F401  (live_db: the fixture, both databases)

CROWD = 2000
OPEN_AT_ONCE = 100
STALLED = 1000
HEADER_TIMEOUT = 8


def _open_files(needed: int) -> None:
    """Every client socket is a descriptor of this test process too."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        if hard != resource.RLIM_INFINITY and hard < needed:
            pytest.skip(f"the open-files hard limit is {hard}; this test needs {needed} descriptors")
        resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.fixture(scope="module")
def crowd_servers(live_db: dict) -> Iterator[tuple[Server, Server]]:  # noqa: F811
    """(writer's server, crowd's server): on PostgreSQL two processes, so every delivery crosses
    the NOTIFY fan-out; on SQLite the one process."""
    # The protocol's default clocks, not test_live's short ones: with a 0.5 s heartbeat and a
    # 1 s credential re-check, 2,000 sockets would cost 4,000 pings and 2,000 reads a second,
    # and the 4 s silence limit would close the first sockets before the last had joined.
    env = {**{key: "" for key in SERVER_ENV}, "TABLO_MAX_SOCKETS": str(CROWD)}
    crowd = Server(live_db["data_dir"], live_db["url"], env=env)
    writer = Server(live_db["data_dir"], live_db["url"], env=env) if live_db["kind"] == "postgresql" else crowd
    yield writer, crowd
    crowd.stop()
    if writer is not crowd:
        writer.stop()


@pytest.mark.slow
def test_one_process_holds_2000_sockets_and_each_gets_every_edit(crowd_servers: tuple[Server, Server]) -> None:
    _open_files(CROWD + 500)
    writer_srv, crowd_srv = crowd_servers
    owner = User(writer_srv, "Crowd")
    base = owner.call("POST", "/bases", {"name": "Crowd"}, expect=201)
    table_id = base["tables"][0]["id"]
    name_col = str(base["tables"][0]["columns"][0]["id"])
    row = owner.call("POST", f"/tables/{table_id}/rows", {"rows": [{name_col: "start"}]}, expect=201)["rows"][0]
    (worker,) = crowd_srv.worker_pids()
    rss_before = _rss_kib(worker)
    edits = 3

    async def run() -> tuple[dict[int, int], list[int], float]:
        received: dict[int, int] = {}
        welcomed = 0
        all_in = asyncio.Event()

        def on_text(text: str) -> None:
            nonlocal welcomed
            f = json.loads(text)
            if f["t"] == "welcome":
                welcomed += 1
                if welcomed == CROWD:
                    all_in.set()
            elif f["t"] == "op":
                received[f["v"]] = received.get(f["v"], 0) + 1

        clients: list[Client] = []
        tasks: list[asyncio.Task] = []
        sem = asyncio.Semaphore(OPEN_AT_ONCE)

        async def open_one() -> None:
            async with sem:
                c = Client()
                await c.connect(crowd_srv.port, f"/api/bases/{base['id']}/live", [("Cookie", owner.cookie)])
                c.on_text = on_text
                clients.append(c)
                tasks.append(asyncio.create_task(c.run()))
                c.send(json.dumps({"t": "hello", "client": "crowd"}))

        async def heartbeat() -> None:
            # Clients speak at least every heartbeat_seconds (the protocol): on a loaded machine
            # opening 2,000 sockets can take longer than the 60 s silence limit.
            while True:
                await asyncio.sleep(10)
                for c in list(clients):
                    c.send('{"t":"ping"}')

        tasks.append(asyncio.create_task(heartbeat()))
        try:
            await asyncio.wait_for(asyncio.gather(*(open_one() for _ in range(CROWD))), 120)
            await asyncio.wait_for(all_in.wait(), 30)
            await asyncio.sleep(0.5)
            rss_kib = _rss_kib(worker)
            versions = []
            for i in range(edits):  # HTTP edits through the writer's process, as the web app makes them
                r = await asyncio.to_thread(owner.call, "PATCH", f"/tables/{table_id}/rows",
                                            {"rows": [{"_id": row["_id"], name_col: f"edit {i}"}]})
                versions.append(r["version"])
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and any(received.get(v, 0) < CROWD for v in versions):
                await asyncio.sleep(0.05)
            return received, versions, (rss_kib - rss_before) / CROWD
        finally:
            for c in clients:
                c.close()
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    # In a thread of its own: this worker may hold a running event loop already (Playwright's
    # sync API, from browser tests run before in the same process), and asyncio.run refuses then.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        received, versions, kib_per_socket = pool.submit(asyncio.run, run()).result()
    assert [received.get(v, 0) for v in versions] == [CROWD] * edits
    # Measured about 50 KiB a socket (docs/decisions/0024-socket-capacity.md); a thread each would be far more.
    assert kib_per_socket < 200, kib_per_socket


@pytest.fixture
def sqlite_server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Server]:
    srv = Server(tmp_path, f"sqlite:///{tmp_path / 'tablo.db'}", env=getattr(request, "param", None))
    yield srv
    srv.stop()


@pytest.mark.slow
@pytest.mark.parametrize("sqlite_server", [{"TABLO_HEADER_TIMEOUT": str(HEADER_TIMEOUT)}], indirect=True)
def test_1000_stalled_connections_do_not_stop_service(sqlite_server: Server) -> None:
    _open_files(STALLED + 500)
    user = User(sqlite_server, "Busy")  # signing up hashes a password: slow on purpose, so before
    stalled = []
    try:
        for _ in range(STALLED):
            s = socket.create_connection(("127.0.0.1", sqlite_server.port), timeout=5)
            s.sendall(b"GET /api/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: ")
            stalled.append(s)
        opened = time.monotonic()
        # Meanwhile a person makes a base, writes over HTTP and over a socket, and reads live.
        base = user.call("POST", "/bases", {"name": "Still here"}, expect=201)
        table_id = base["tables"][0]["id"]
        name_col = str(base["tables"][0]["columns"][0]["id"])
        live = user.socket(base["id"])
        try:
            assert live.act({"type": "insert_rows", "table_id": table_id, "rows": [{name_col: "live"}]},
                            cid=1)["t"] == "ack"
            user.call("POST", f"/tables/{table_id}/rows", {"rows": [{name_col: "http"}]}, expect=201)
            assert live.ops(1)[0]["action"]["rows"][0][name_col] == "http"
        finally:
            live.close()
        names = [r[name_col] for r in user.call("GET", f"/tables/{table_id}/rows")["rows"]]
        assert names == ["live", "http"]
        # Served while the stalled connections were still open (not once they were cut off).
        assert time.monotonic() - opened < HEADER_TIMEOUT
        # And the server hangs up on every stalled connection after the header-read timeout.
        time.sleep(max(0.0, opened + HEADER_TIMEOUT + 0.5 - time.monotonic()))
        closed = 0
        for s in stalled:
            s.settimeout(5)
            try:
                closed += s.recv(1024) == b""
            except ConnectionResetError:
                closed += 1
        assert closed == STALLED
    finally:
        for s in stalled:
            s.close()


@pytest.mark.parametrize("sqlite_server", [{"TABLO_MAX_SOCKETS": "3"}], indirect=True)
def test_socket_past_capacity_is_refused_with_1013(sqlite_server: Server) -> None:
    user = User(sqlite_server, "Full")
    base = user.call("POST", "/bases", {"name": "Full"}, expect=201)
    held = [user.socket(base["id"]) for _ in range(3)]
    try:
        extra = websocket.create_connection(sqlite_server.ws_url + f"/api/bases/{base['id']}/live",
                                            header=[f"Cookie: {user.cookie}"], timeout=5)
        frame = json.loads(extra.recv())
        assert frame["t"] == "error" and frame["code"] == "server_full" and "3 live connections" in frame["message"]
        opcode, data = extra.recv_data(control_frame=True)
        assert opcode == websocket.ABNF.OPCODE_CLOSE
        assert int.from_bytes(data[:2], "big") == 1013
        assert data[2:].decode() == "server full, try again later"
        extra.close()
        # A slot freed is a slot for the next one.
        held.pop().close()
        deadline = time.monotonic() + 5
        while True:
            again = user.socket(base["id"], hello=False)
            again.send({"t": "hello", "client": "again"})
            first = again.recv()
            if first["t"] == "welcome" or time.monotonic() > deadline:
                break
            again.close()
            time.sleep(0.2)
        held.append(again)
        assert first["t"] == "welcome"
        assert held[-1].act({"type": "insert_rows", "table_id": base["tables"][0]["id"], "rows": [{base["tables"][0]["columns"][0]["id"]: "x"}]},
                            cid=1)["t"] == "ack"
    finally:
        for live in held:
            live.close()


def test_capacity_settings_are_read_and_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from server.config import load_config

    cfg = load_config(data_dir=str(tmp_path), secret_key="x")
    assert (cfg.worker_class, cfg.max_sockets, cfg.max_connections, cfg.header_timeout) == ("gevent", 5000, 6000, 10)
    monkeypatch.setenv("TABLO_MAX_SOCKETS", "2000")
    monkeypatch.setenv("TABLO_HEADER_TIMEOUT", "3")
    monkeypatch.setenv("TABLO_WORKER_CLASS", "gthread")
    cfg = load_config(data_dir=str(tmp_path), secret_key="x")
    assert (cfg.worker_class, cfg.max_sockets, cfg.max_connections, cfg.header_timeout) == ("gthread", 2000, 3000, 3)
    for name, value, says in [("TABLO_MAX_SOCKETS", "0", "at least 1"), ("TABLO_MAX_CONNECTIONS", "1500", "more than"),
                              ("TABLO_WORKER_CLASS", "eventlet", "one of gevent, gthread")]:
        with monkeypatch.context() as m:
            m.setenv(name, value)
            with pytest.raises(SystemExit, match=says):
                load_config(data_dir=str(tmp_path), secret_key="x")
