"""Socket capacity benchmark (not a test): what one worker process pays per live socket.

    .venv/bin/python bench/sockets.py                      # 2,000 sockets, gevent and gthread workers
    .venv/bin/python bench/sockets.py --sockets 500 --worker-class gevent

For each worker class, one `tablo serve` worker on SQLite: N sockets join one base (hello,
welcome); the worker's resident memory and OS threads are read from /proc before and after,
so memory per socket = the difference / N. Then a writer socket makes EDITS cell edits and
every receiver's copy is counted (delivery time = the last receiver's receipt − the send).
Last, STALLED connections each send half a request header and stop, and a plain HTTP client
times a few requests beside them (gthread: each stalled connection holds a thread; gevent:
each costs a greenlet until the header-read timeout cuts it off).

Loopback only; bounded: at most 4,000 sockets and 2,000 stalled connections, every wait has a
timeout, every server process is killed at the end. Clients run in this one asyncio process
(bench/live.py's wsproto client) on the same cores as the server.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.live import VENV_BIN, Client, Proc, free_port, pct, setup_base  # noqa: E402

OPEN_AT_ONCE = 100


def start(worker_class: str, data_dir: str, sockets: int | None = None) -> Proc:
    """A `tablo serve` worker sized for `sockets` live sockets, or with the default settings."""
    port = free_port()
    env = {"TABLO_DATA_DIR": data_dir, "TABLO_DATABASE_URL": f"sqlite:///{data_dir}/tablo.db",
           "TABLO_ACCESS_LOG": "/dev/null", "TABLO_SECRET_KEY": "bench-sockets", "TABLO_WORKER_CLASS": worker_class}
    args = [str(VENV_BIN / "tablo"), "serve", "--port", str(port)]
    if sockets is not None:
        env["TABLO_MAX_SOCKETS"] = str(sockets + 100)
        # gthread needs a thread per socket: `tablo serve` lets sockets take three quarters of them.
        args += ["--threads", str((sockets + 100) * 4 // 3 + 50)]
    return Proc(args, env, port, "/api/openapi.json")


def worker_pid(proc: Proc) -> int:
    out = subprocess.run(["ps", "--ppid", str(proc.p.pid), "-o", "pid="], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0])


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS in KiB and the OS thread count of a process."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "Threads"):
            out[key] = int(value.split()[0])
    return out


async def crowd(port: int, info: dict, n: int, edits: int, rate: float, pid: int) -> dict:
    """Open n receivers, measure the worker, then deliver `edits` edits to all of them."""
    path = f"/api/bases/{info['base_id']}/live"
    headers = [("Cookie", info["cookie"])]
    hello = json.dumps({"t": "hello", "client": "bench"})
    received: dict[int, list[float]] = {}
    welcomed = 0
    all_in = asyncio.Event()

    def on_text(text: str) -> None:
        nonlocal welcomed
        now = time.perf_counter()
        f = json.loads(text)
        if f.get("t") == "welcome":
            welcomed += 1
            if welcomed == n:
                all_in.set()
        elif f.get("t") == "op":
            received.setdefault(f["v"], []).append(now)

    before = proc_status(pid)
    clients: list[Client] = []
    tasks: list[asyncio.Task] = []
    sem = asyncio.Semaphore(OPEN_AT_ONCE)

    async def open_one() -> None:
        async with sem:
            c = Client()
            await c.connect(port, path, headers)
            c.on_text = on_text
            clients.append(c)
            tasks.append(asyncio.create_task(c.run()))
            c.send(hello)

    t0 = time.perf_counter()
    await asyncio.gather(*(open_one() for _ in range(n)))
    await asyncio.wait_for(all_in.wait(), 120)
    opened = time.perf_counter() - t0
    await asyncio.sleep(1.0)
    after = proc_status(pid)

    writer = Client()
    await writer.connect(port, path, headers)
    acks: dict[int, int] = {}
    writer_in = asyncio.Event()

    def on_writer(text: str) -> None:
        f = json.loads(text)
        if f.get("t") == "welcome":
            writer_in.set()
        elif f.get("t") == "ack":
            acks[f["cid"]] = f["v"]

    writer.on_text = on_writer
    tasks.append(asyncio.create_task(writer.run()))
    writer.send(hello)
    await asyncio.wait_for(writer_in.wait(), 30)
    sent: dict[int, float] = {}
    t0 = time.perf_counter()
    for i in range(edits):
        await asyncio.sleep(max(0.0, t0 + i / rate - time.perf_counter()))
        sent[i] = time.perf_counter()
        writer.send(json.dumps({"t": "action", "cid": i, "action": {
            "type": "update_rows", "table_id": info["table_id"], "rows": [{"_id": info["row"], info["col"]: i}]}}))
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        if len(acks) == edits and all(len(received.get(v, ())) >= n for v in acks.values()):
            break
        await asyncio.sleep(0.05)
    last = [(max(received[v]) - sent[i]) * 1000 for i, v in acks.items() if len(received.get(v, ())) >= n]
    delivered = sum(len(received.get(v, ())) for v in acks.values())
    for c in [*clients, writer]:
        c.close()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return {"opened_s": opened, "rss_before_kib": before["VmRSS"], "rss_after_kib": after["VmRSS"],
            "threads_before": before["Threads"], "threads_after": after["Threads"],
            "kib_per_socket": (after["VmRSS"] - before["VmRSS"]) / n,
            "delivered": delivered, "expected": edits * n, "last_p50_ms": pct(last, 50), "last_max_ms": max(last or [0])}


def stalled_run(port: int, stalled: int, probes: int) -> dict:
    """Open `stalled` half-header connections, then time `probes` plain requests beside them."""
    socks = []
    for _ in range(stalled):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET /api/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Stall: ")
        socks.append(s)
    time.sleep(0.5)
    times, failed = [], 0
    for _ in range(probes):
        t0 = time.perf_counter()
        try:
            ok = requests.get(f"http://127.0.0.1:{port}/api/openapi.json", timeout=5,
                              headers={"Connection": "close"}).status_code == 200
        except requests.RequestException:
            ok = False
        if ok:
            times.append((time.perf_counter() - t0) * 1000)
        else:
            failed += 1
    for s in socks:
        s.close()
    return {"ok": len(times), "failed": failed, "p50_ms": pct(times, 50)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sockets", type=int, default=2000)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--rate", type=float, default=5.0, help="edits per second")
    ap.add_argument("--stalled", type=int, default=1000)
    ap.add_argument("--worker-class", choices=["gevent", "gthread"], nargs="*", default=["gevent", "gthread"])
    args = ap.parse_args()
    n, stalled, edits = min(args.sockets, 4000), min(args.stalled, 2000), min(args.edits, 200)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    print(f"# {n} sockets on one SQLite worker, {edits} edits at {args.rate:g}/s; {stalled} stalled connections")
    for wc in args.worker_class:
        tmp = tempfile.mkdtemp(prefix=f"bench-sockets-{wc}-")
        proc = start(wc, tmp, n)
        try:
            info = setup_base(f"http://127.0.0.1:{proc.port}")
            res = asyncio.run(crowd(proc.port, info, n, edits, args.rate, worker_pid(proc)))
            print(f"{wc:8} open {n} in {res['opened_s']:.1f} s; RSS {res['rss_before_kib'] / 1024:.0f} → "
                  f"{res['rss_after_kib'] / 1024:.0f} MiB ({res['kib_per_socket']:.1f} KiB/socket); OS threads "
                  f"{res['threads_before']} → {res['threads_after']}; delivered {res['delivered']}/{res['expected']}; "
                  f"last receipt p50 {res['last_p50_ms']:.0f} ms, max {res['last_max_ms']:.0f} ms", flush=True)
        finally:
            proc.stop()
        proc = start(wc, tempfile.mkdtemp(prefix=f"bench-sockets-{wc}-"))  # the defaults, as deployed
        try:
            st = stalled_run(proc.port, stalled, probes=5)
            print(f"{wc:8} default settings, beside {stalled} stalled connections: {st['ok']} of "
                  f"{st['ok'] + st['failed']} requests answered (p50 {st['p50_ms']:.0f} ms), "
                  f"{st['failed']} timed out after 5 s", flush=True)
        finally:
            proc.stop()


if __name__ == "__main__":
    main()
