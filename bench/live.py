"""Live fan-out benchmark (not a test): how long until the last of N clients sees an edit.

    .venv/bin/python bench/live.py                 # 100 and 500 clients, SQLite; PostgreSQL if reachable
    .venv/bin/python bench/live.py --many          # adds 2,000 clients
    .venv/bin/python bench/live.py --clients 100 --edits 50
    .venv/bin/python bench/live.py --smoke         # proves it runs (seconds)

For each N: N receivers join one base (one socket each), one writer socket makes EDITS cell
edits at RATE per second (update_rows of one number cell, through apply_action and the log).
Latency of an edit = the last receiver's receipt − the writer's send. Printed beside it: the
same fan-out by a bare flask-sock app that broadcasts the same bytes with no database and no
log (the floor), and the ratio. On PostgreSQL also: receivers on a second server process
(writer on process A, receivers on B: NOTIFY → log read → broadcast).

Loopback only; bounded: at most 2,000 clients, every wait has a timeout, every server
process is killed at the end. Clients run in one asyncio process (wsproto), on the same
2 cores as the server, so client CPU is included in every figure, floor included.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import requests
from wsproto import ConnectionType, WSConnection
from wsproto.events import AcceptConnection, CloseConnection, Ping, RejectConnection, Request, TextMessage

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PG_URL = os.environ.get("TABLO_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
OPEN_AT_ONCE = 50
RUN_TIMEOUT = 120.0


# -- the floor: bare flask-sock broadcast -----------------------------------------------------
def make_floor_app() -> Any:
    """Flask + flask-sock, one route: every text frame received is sent to every socket."""
    from flask import Flask
    from flask_sock import Sock

    app = Flask("floor")
    sock = Sock(app)
    conns: set[tuple[Any, threading.Lock]] = set()
    lock = threading.Lock()

    @sock.route("/ws")
    def ws_route(ws: Any) -> None:
        me = (ws, threading.Lock())
        with lock:
            conns.add(me)
        try:
            while True:
                msg = ws.receive()
                if msg is None:
                    break
                with lock:
                    targets = list(conns)
                for w, wl in targets:  # serial loop, per-connection send lock
                    with wl:
                        try:
                            w.send(msg)
                        except Exception:  # noqa: BLE001  (a closed peer)
                            pass
        finally:
            with lock:
                conns.discard(me)

    return app


# -- processes ----------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Proc:
    def __init__(self, args: list[str], env: dict[str, str], port: int, ready_path: str) -> None:
        self.port = port
        self.log = tempfile.NamedTemporaryFile(prefix="bench-live-", suffix=".log", delete=False)  # noqa: SIM115
        self.p = subprocess.Popen(args, env={**os.environ, **env}, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT,
                                  start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(f"http://127.0.0.1:{port}{ready_path}", timeout=1).status_code < 500:
                    return
            except requests.RequestException:
                pass
            if self.p.poll() is not None:
                break
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"server did not start; see {self.log.name}")

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.p.pid, signal.SIGKILL)
        with contextlib.suppress(Exception):
            self.p.wait(timeout=10)
        self.log.close()


def start_tablo(db_url: str, data_dir: str, threads: int) -> Proc:
    port = free_port()
    env = {"TABLO_DATA_DIR": data_dir, "TABLO_DATABASE_URL": db_url, "TABLO_ACCESS_LOG": "/dev/null",
           "TABLO_SECRET_KEY": "bench-live", "TABLO_LIVE_SEND_QUEUE": "5000"}
    return Proc([str(VENV_BIN / "tablo"), "serve", "--port", str(port), "--threads", str(threads)], env, port,
                "/api/openapi.json")


def start_floor(threads: int) -> Proc:
    port = free_port()
    return Proc([str(VENV_BIN / "gunicorn"), "-k", "gthread", "--threads", str(threads), "--worker-connections",
                 str(threads + 100), "-w", "1", "-b", f"127.0.0.1:{port}", "--pythonpath", str(ROOT / "bench"),
                 "--log-level", "warning", "live:make_floor_app()"], {}, port, "/nothing")


# -- a small asyncio WebSocket client (wsproto) -------------------------------------------------
class Client:
    def __init__(self) -> None:
        self.ws = WSConnection(ConnectionType.CLIENT)
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.buf: list[str] = []
        self.on_text: Any = None

    async def connect(self, port: int, path: str, headers: list[tuple[str, str]]) -> None:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", port)
        self.writer.write(self.ws.send(Request(host=f"127.0.0.1:{port}", target=path, extra_headers=headers)))
        while True:
            data = await asyncio.wait_for(self.reader.read(65536), 30)
            if not data:
                raise ConnectionError("closed during handshake")
            self.ws.receive_data(data)
            for ev in self.ws.events():
                if isinstance(ev, AcceptConnection):
                    return
                if isinstance(ev, RejectConnection):
                    raise ConnectionError(f"refused: {ev.status_code}")

    def send(self, text: str) -> None:
        assert self.writer is not None
        self.writer.write(self.ws.send(TextMessage(data=text)))

    async def run(self) -> None:
        """Read frames until closed, handing each text frame to on_text."""
        assert self.reader is not None and self.writer is not None
        while True:
            data = await self.reader.read(65536)
            if not data:
                return
            self.ws.receive_data(data)
            for ev in self.ws.events():
                if isinstance(ev, TextMessage):
                    self.buf.append(ev.data)
                    if ev.message_finished:
                        text = "".join(self.buf)
                        self.buf.clear()
                        self.on_text(text)
                elif isinstance(ev, Ping):
                    self.writer.write(self.ws.send(ev.response()))
                elif isinstance(ev, CloseConnection):
                    return

    def close(self) -> None:
        if self.writer is not None:
            with contextlib.suppress(Exception):
                self.writer.close()


# -- one measured run ---------------------------------------------------------------------------
async def measure(port: int, path: str, headers: list[tuple[str, str]], writer_port: int, n: int, edits: int,
                  rate: float, make_frame: Any, hello: dict | None, sent_key: str) -> dict:
    """N receivers + 1 writer; returns per-edit last-receipt latencies in ms."""
    received: dict[int, list[float]] = {}
    joined = 0
    welcome = asyncio.Event()

    def receiver_text(text: str) -> None:
        nonlocal joined
        now = time.perf_counter()
        if text.startswith('{"t":"welcome"'):
            joined += 1
            if joined == n:
                welcome.set()
            return
        f = json.loads(text)
        if f.get("t") == "op":
            received.setdefault(f["v"], []).append(now)

    clients: list[Client] = []
    tasks: list[asyncio.Task] = []
    sem = asyncio.Semaphore(OPEN_AT_ONCE)

    async def open_one() -> None:
        async with sem:
            c = Client()
            await c.connect(port, path, headers)
            c.on_text = receiver_text
            clients.append(c)
            tasks.append(asyncio.create_task(c.run()))
            if hello is not None:
                c.send(json.dumps(hello))
            else:
                receiver_text('{"t":"welcome"}')

    async def heartbeat() -> None:
        # The protocol asks clients to speak at least every heartbeat_seconds; silent ones are
        # closed after TABLO_LIVE_DEAD_AFTER (60 s), and opening 2,000 sockets can take that long.
        while True:
            await asyncio.sleep(10)
            for c in list(clients):
                c.send('{"t":"ping"}')

    pinger = asyncio.create_task(heartbeat()) if hello is not None else None
    await asyncio.gather(*(open_one() for _ in range(n)))
    await asyncio.wait_for(welcome.wait(), 60)
    # The writer.
    w = Client()
    await w.connect(writer_port, path, headers)
    sent: dict[Any, float] = {}
    version_of: dict[Any, int] = {}
    acked = asyncio.Event()
    w_welcome = asyncio.Event()

    def writer_text(text: str) -> None:
        f = json.loads(text)
        if f.get("t") == "welcome":
            w_welcome.set()
        elif f.get("t") == "ack":
            version_of[f["cid"]] = f["v"]
            if len(version_of) == edits:
                acked.set()
        elif f.get("t") == "reject":
            raise RuntimeError(f"edit rejected: {f}")

    w.on_text = writer_text
    w_task = asyncio.create_task(w.run())
    if hello is not None:
        w.send(json.dumps(hello))
        await asyncio.wait_for(w_welcome.wait(), 30)
    t0 = time.perf_counter()
    for i in range(edits):
        await asyncio.sleep(max(0.0, t0 + i / rate - time.perf_counter()))
        sent[i] = time.perf_counter()
        w.send(make_frame(i))
        if hello is None:
            version_of[i] = i
    unacked = 0
    if hello is not None:
        try:
            await asyncio.wait_for(acked.wait(), 30)
        except TimeoutError:  # the server could not keep up with the write rate: say so
            unacked = edits - len(version_of)
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline:
        if all(len(received.get(version_of[i], ())) >= n for i in range(edits) if i in version_of):
            break
        await asyncio.sleep(0.05)
    lat, first, spread = [], [], []
    missing = 0
    for i in range(edits):
        if i not in version_of:
            continue
        got = received.get(version_of[i], [])
        if len(got) < n:
            missing += n - len(got)
            continue
        lat.append((max(got) - sent[i]) * 1000)
        first.append((min(got) - sent[i]) * 1000)
        spread.append((max(got) - min(got)) * 1000)
    if pinger is not None:
        pinger.cancel()
    for c in [*clients, w]:
        c.close()
    for t in [*tasks, w_task]:
        t.cancel()
    await asyncio.gather(*tasks, w_task, return_exceptions=True)
    return {"lat": lat, "first": first, "spread": spread, "missing": missing, "unacked": unacked}


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


# -- scenarios ----------------------------------------------------------------------------------
def setup_base(url: str) -> dict:
    s = requests.Session()
    s.headers["X-Requested-With"] = "tablo"
    r = s.post(url + "/api/auth/signup", json={"email": f"bench-{uuid.uuid4().hex[:8]}@example.com",
                                               "password": "correct-horse-1", "name": "Bench"}, timeout=30)
    r.raise_for_status()
    base = s.post(url + "/api/bases", json={"name": "Bench"}, timeout=30).json()
    table_id = base["tables"][0]["id"]
    col = s.post(url + f"/api/tables/{table_id}/columns", json={"name": "Amount", "type": "number"}, timeout=30).json()
    row = s.post(url + f"/api/tables/{table_id}/rows", json={"rows": [{"Name": "Acme"}]}, timeout=30).json()["rows"][0]
    return {"cookie": "tablo_session=" + s.cookies["tablo_session"], "base_id": base["id"], "table_id": table_id,
            "col": str(col["column"]["id"]), "row": row["_id"]}


def tablo_run(port: int, writer_port: int, info: dict, n: int, edits: int, rate: float) -> dict:
    def frame(i: int) -> str:
        return json.dumps({"t": "action", "cid": i, "action": {
            "type": "update_rows", "table_id": info["table_id"], "rows": [{"_id": info["row"], info["col"]: i}]}})

    return asyncio.run(measure(port, f"/api/bases/{info['base_id']}/live", [("Cookie", info["cookie"])], writer_port,
                               n, edits, rate, frame, {"t": "hello", "client": "bench"}, "v"))


def op_frame_sample(port: int, info: dict) -> str:
    """One real op frame, so the floor broadcasts frames of the same size."""
    import websocket

    ws = websocket.create_connection(f"ws://127.0.0.1:{port}/api/bases/{info['base_id']}/live",
                                     header=[f"Cookie: {info['cookie']}"], timeout=10)
    ws.send(json.dumps({"t": "hello"}))
    json.loads(ws.recv())
    ws.send(json.dumps({"t": "action", "cid": 0, "action": {
        "type": "update_rows", "table_id": info["table_id"], "rows": [{"_id": info["row"], info["col"]: 12345}]}}))
    while True:
        text = ws.recv()
        if text.startswith('{"t":"op"'):
            ws.close()
            return text


def floor_run(port: int, n: int, edits: int, rate: float, sample: str) -> dict:
    template = json.loads(sample)

    def frame(i: int) -> str:
        return json.dumps({**template, "v": i})

    return asyncio.run(measure(port, "/ws", [], port, n, edits, rate, frame, None, "v"))


def line(label: str, res: dict, floor: dict | None = None) -> str:
    """last = send → last receiver (the headline); first = send → first receiver (mostly the
    write: validate, transaction, log); spread = first → last receiver (the fan-out itself)."""
    p50, p99 = pct(res["lat"], 50), pct(res["lat"], 99)
    out = (f"{label:<42} last p50 {p50:6.1f} p99 {p99:6.1f} ms | first p50 {pct(res['first'], 50):5.1f} | "
           f"spread p50 {pct(res['spread'], 50):5.1f} p99 {pct(res['spread'], 99):5.1f}")
    if floor is not None:
        f50, f99 = pct(floor["lat"], 50), pct(floor["lat"], 99)
        out += (f" | ratio last p50 {p50 / f50:4.2f}x p99 {p99 / f99:4.2f}x, spread p50 "
                f"{pct(res['spread'], 50) / max(pct(floor['spread'], 50), 0.01):4.2f}x")
    if res["missing"]:
        out += f"  MISSING {res['missing']}"
    if res.get("unacked"):
        out += f"  SATURATED: {res['unacked']} edits not acked within 30 s of the last send"
    return out


def pg_available() -> str | None:
    import sqlalchemy as sa

    url = PG_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        eng = sa.create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        name = f"tablo_bench_{os.getpid()}"
        with eng.connect() as c:
            c.exec_driver_sql(f'CREATE DATABASE "{name}"')
        eng.dispose()
        return url.rsplit("/", 1)[0] + "/" + name
    except Exception:  # noqa: BLE001
        return None


def drop_pg(url: str) -> None:
    import sqlalchemy as sa

    admin = sa.create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    name = url.rsplit("/", 1)[1]
    with admin.connect() as c:
        c.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name})
        c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
    admin.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, nargs="*", default=None, help="client counts (default 100 500)")
    ap.add_argument("--many", action="store_true", help="also 2,000 clients")
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--rate", type=float, default=20.0, help="edits per second")
    ap.add_argument("--no-pg", action="store_true")
    sys.path.insert(0, str(ROOT))
    from bench.common import parse_args

    args = parse_args(ap, {"clients": [5], "edits": 5})
    counts = args.clients or [100, 500]
    if args.many:
        counts.append(2000)
    counts = [min(c, 2000) for c in counts]
    edits = min(args.edits, 1000)
    threads = max(counts) + 50
    print(f"# live fan-out: {edits} edits at {args.rate:g}/s; clients {counts}; threads {threads}; "
          f"{os.cpu_count()} cores, loopback")
    # A plain `kill` must still stop the servers (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    tmp = tempfile.mkdtemp(prefix="bench-live-")
    procs: list[Proc] = []
    pg = None if args.no_pg else pg_available()
    try:
        floor = start_floor(threads)
        procs.append(floor)
        tablo = start_tablo(f"sqlite:///{tmp}/tablo.db", tmp, threads)
        procs.append(tablo)
        info = setup_base(f"http://127.0.0.1:{tablo.port}")
        sample = op_frame_sample(tablo.port, info)
        print(f"# op frame: {len(sample.encode())} bytes")
        floors: dict[int, dict] = {}
        for n in counts:
            floors[n] = floor_run(floor.port, n, edits, args.rate, sample)
            print(line(f"floor (bare flask-sock) {n} clients", floors[n]), flush=True)
            res = tablo_run(tablo.port, tablo.port, info, n, edits, args.rate)
            print(line(f"tablo SQLite, 1 process, {n} clients", res, floors[n]), flush=True)
        tablo.stop()
        procs.remove(tablo)
        if pg:
            a = start_tablo(pg, tmp, threads)
            procs.append(a)
            b = start_tablo(pg, tmp, threads)
            procs.append(b)
            info = setup_base(f"http://127.0.0.1:{a.port}")
            for n in counts:
                one = tablo_run(a.port, a.port, info, n, edits, args.rate)
                print(line(f"tablo PostgreSQL, 1 process, {n} clients", one, floors[n]), flush=True)
                two = tablo_run(b.port, a.port, info, n, edits, args.rate)
                print(line(f"tablo PostgreSQL, writer on A, {n} on B", two, floors[n]), flush=True)
                print(f"{'':<44} second process adds p50 {pct(two['lat'], 50) - pct(one['lat'], 50):+.1f} ms", flush=True)
        else:
            print("# PostgreSQL not reachable (or --no-pg): two-process figures skipped")
    finally:
        for p in procs:
            p.stop()
        if pg:
            drop_pg(pg)


if __name__ == "__main__":
    main()
