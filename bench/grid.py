"""Benchmark: the web grid over a table of 1,000,000 rows in headless Chromium.

Not a test. Run: .venv/bin/python bench/grid.py [--rows 1000000] [--data-dir DIR] [--dist DIR] [--smoke]

Builds (or reuses, when DIR already holds one of the same size) a SQLite database with one
10-column table filled by raw executemany (the same table as bench/views.py), starts a real
`tablo serve` on 127.0.0.1 serving the web build from --dist (TABLO_WEB_DIST), and drives
Chromium (/usr/bin/chromium, headless) through Playwright. It prints:

- first rows: from navigation start to the first grid row painted with its data (measured in
  the page with performance.now(), i.e. from the navigation's time origin), cold once, then
  the median of the warm loads;
- jump: from setting the grid's scroll position to the middle (row ~500,000) to every row in
  the viewport painted with data (no loading stubs left); then the median of jumps to 50%,
  30% and 70%, each onto rows not loaded before;
- scroll: 300 steps of 3 rows each (of the height the grid draws them at), one per animation
  frame, from the middle; frame times are
  the differences between requestAnimationFrame timestamps (p50 / p95 / max), plus how many
  frames showed rows still loading;
- heap: JSHeapUsedSize from CDP Performance.getMetrics after the scroll.

Targets on 2 cores: first rows < 1.5 s, jump < 500 ms, scroll p95 < 33 ms, heap < 150 MB.
Everything is bounded: Playwright waits time out, and a watchdog stops the server after
--timeout seconds whatever happens. `--smoke` runs 2,000 rows in a temporary folder (removed
after), one warm load and 20 scroll steps.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "bench-password"
SECRET = "bench-grid-secret"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
TARGETS = {"first": 1500.0, "jump": 500.0, "p95": 33.0, "heap": 150.0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(data_dir: Path, rows: int) -> dict[str, Any]:
    """The database with a `rows`-row table, built once and reused by later runs."""
    meta_path = data_dir / "bench-grid.json"
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("rows") == rows:
            print(f"reusing {data_dir} ({rows:,} rows)")
            return meta
        raise SystemExit(f"{data_dir} holds {meta.get('rows'):,} rows, not {rows:,}: pass another --data-dir")
    if data_dir.exists() and any(data_dir.iterdir()):
        raise SystemExit(f"{data_dir} is not empty and was not made by this script")
    import sqlalchemy as sa

    from bench.views import build
    from server.app import create_app
    from server.catalog import schema as cat
    from server.config import load_config

    data_dir.mkdir(parents=True, exist_ok=True)
    app = create_app(load_config(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'tablo.db'}",
                                 secret_key=SECRET))
    t0 = time.perf_counter()
    info = build(app, rows)
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        email = conn.execute(sa.select(cat.users.c.email).where(cat.users.c.id == info["uid"])).scalar_one()
    table = info["table"]
    meta = {"rows": rows, "base_id": info["base_id"], "table_id": table.id, "email": email,
            "name_col": next(c.id for c in table.columns if c.name == "Name"),
            "build_s": round(time.perf_counter() - t0, 1)}
    st.db.engine.dispose()
    meta_path.write_text(json.dumps(meta))
    print(f"built {rows:,} rows in {meta['build_s']} s")
    return meta


class Serve:
    """`tablo serve` in a process of its own over the data folder (and `database_url`, default
    its tablo.db), serving the web build `dist`; `stop()` ends it."""

    def __init__(self, data_dir: Path, dist: Path, database_url: str | None = None, secret: str = SECRET) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "TABLO_DATA_DIR": str(data_dir), "TABLO_HOST": "127.0.0.1",
               "TABLO_DATABASE_URL": database_url or f"sqlite:///{data_dir / 'tablo.db'}", "TABLO_SECRET_KEY": secret,
               "TABLO_WEB_DIST": str(dist), "TABLO_ACCESS_LOG": "/dev/null"}
        self.log = open(data_dir / "serve.log", "wb")  # noqa: SIM115  (closed in stop)
        tablo = str(Path(sys.executable).parent / "tablo")
        self.proc = subprocess.Popen([tablo, "serve", "--host", "127.0.0.1", "--port", str(self.port)], env=env,
                                     cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/api/openapi.json", timeout=2).status_code == 200:
                    return
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise SystemExit("tablo serve did not start; see serve.log in the data dir")
            time.sleep(0.2)

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.log.close()


# The first row of the grid painted with data: row-index 0 has text in the Name column.
FIRST_ROWS_JS = """(col) => {
  const el = document.querySelector(`.ag-row[row-index="0"] .ag-cell[col-id="${col}"]`)
  if (el && el.textContent.trim()) { window.__firstRows = performance.now(); return true }
  return false
}"""

# Every row in the viewport has data (AG Grid marks not-yet-loaded rows .ag-row-loading;
# or leaves their cells empty).
SETTLED_JS = """(args) => {
  const [col, minIndex] = args
  const vp = document.querySelector('.ag-grid-viewport')
  if (!vp) return false
  const top = vp.getBoundingClientRect().top, bottom = vp.getBoundingClientRect().bottom
  // The scrolling rows (the pinned row-number column has rows of its own).
  const rows = [...document.querySelectorAll('.ag-grid-scrolling-container .ag-row')].filter((r) => {
    const b = r.getBoundingClientRect()
    return b.bottom > top && b.top < bottom
  })
  if (!rows.length) return false
  for (const r of rows) {
    if (Number(r.getAttribute('row-index')) < minIndex) return false
    if (r.classList.contains('ag-row-loading')) return false
    const c = r.querySelector(`.ag-cell[col-id="${col}"]`)
    if (!c || !c.textContent.trim()) return false
  }
  window.__settled = performance.now()
  return true
}"""

JUMP_JS = """(fraction) => {
  const vp = document.querySelector('.ag-grid-viewport')
  window.__jumpStart = performance.now()
  vp.scrollTop = (vp.scrollHeight - vp.clientHeight) * fraction
  return vp.scrollTop
}"""

# A step is `rowsPerStep` rows of the height the grid draws (it draws them more compact past
# ~940,000 rows: web/src/grid/rowheight.ts).
SCROLL_JS = """async ([steps, rowsPerStep, col]) => {
  const vp = document.querySelector('.ag-grid-viewport')
  const px = rowsPerStep * document.querySelector('.ag-grid-scrolling-container .ag-row').offsetHeight
  const stamps = []
  let loadingFrames = 0
  await new Promise((resolve) => {
    let n = 0
    const frame = (ts) => {
      stamps.push(ts)
      const rows = [...document.querySelectorAll('.ag-grid-scrolling-container .ag-row')]
      if (rows.some((r) => !r.querySelector(`.ag-cell[col-id="${col}"]`)?.textContent.trim())) loadingFrames++
      if (n++ >= steps) return resolve()
      vp.scrollTop += px
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i])
  return { deltas, loadingFrames }
}"""


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


# What the page shows when a wait times out: a benchmark that stops working says why.
PAGE_STATE_JS = """() => ({
  url: location.href,
  viewport: !!document.querySelector('.ag-grid-viewport'),
  rows: document.querySelectorAll('.ag-row').length,
  loading: document.querySelectorAll('.ag-row-loading').length,
  firstRow: document.querySelector('.ag-row[row-index="0"]')?.textContent.slice(0, 120) ?? null,
  text: document.body.innerText.slice(0, 300),
})"""


def wait_for(page: Any, js: str, arg: Any) -> None:
    """page.wait_for_function on every animation frame; on a timeout, exits with the page's state."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(js, arg=arg, polling="raf")
    except PlaywrightTimeout:
        state = page.evaluate(PAGE_STATE_JS)
        name = "first rows" if js is FIRST_ROWS_JS else f"every visible row painted (from row {arg[1]})"
        raise SystemExit(f"timed out waiting for {name}; the page: {json.dumps(state, ensure_ascii=False)}") from None


def run_browser(url: str, meta: dict[str, Any], warm: int, steps: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    col = f"c{meta['name_col']}"
    target = f"{url}/base/{meta['base_id']}/table/{meta['table_id']}"
    out: dict[str, Any] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--headless", "--no-sandbox", "--disable-gpu",
                                          "--disable-background-networking"])
        try:
            ctx = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-US")
            r = ctx.request.post(url + "/api/auth/login", data={"email": meta["email"], "password": PASSWORD},
                                 headers={"X-Requested-With": "tablo"})
            if not r.ok:
                raise SystemExit(f"login failed: {r.status} {r.text()}")
            page = ctx.new_page()
            page.set_default_timeout(30_000)
            firsts = []
            for _ in range(1 + warm):
                page.goto(target, wait_until="commit")
                wait_for(page, FIRST_ROWS_JS, col)
                firsts.append(page.evaluate("window.__firstRows"))
            out["first_cold"] = firsts[0]
            out["first_warm"] = statistics.median(firsts[1:]) if warm else firsts[0]
            out["first_all"] = firsts
            # Let the first paint's follow-up requests finish before jumping.
            wait_for(page, SETTLED_JS, [col, 0])
            page.wait_for_timeout(500)

            # Each jump lands on rows never loaded before (the cache holds 50 blocks of 200 rows).
            jumps = []
            for fraction in (0.5, 0.3, 0.7):
                page.evaluate("() => { document.querySelector('.ag-grid-viewport').scrollTop = 0 }")
                wait_for(page, SETTLED_JS, [col, 0])
                page.wait_for_timeout(300)
                page.evaluate(JUMP_JS, fraction)
                wait_for(page, SETTLED_JS, [col, int(meta["rows"] * fraction) - 2000])
                jumps.append(page.evaluate("window.__settled - window.__jumpStart"))
                if fraction == 0.5:
                    out["jump_index"] = page.evaluate(
                        "() => Number(document.querySelector('.ag-grid-scrolling-container .ag-row').getAttribute('row-index'))")
            out["jumps"] = jumps
            # Back to the middle for the scroll.
            page.evaluate(JUMP_JS, 0.5)
            wait_for(page, SETTLED_JS, [col, meta["rows"] // 2 - 2000])
            page.wait_for_timeout(300)

            res = page.evaluate(SCROLL_JS, [steps, 3, col])
            out["frames"] = res["deltas"]
            out["loading_frames"] = res["loadingFrames"]
            wait_for(page, SETTLED_JS, [col, 0])

            cdp = ctx.new_cdp_session(page)
            cdp.send("HeapProfiler.collectGarbage")
            cdp.send("Performance.enable")
            metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
            out["heap_mb"] = metrics.get("JSHeapUsedSize", 0) / 1e6
            out["heap_total_mb"] = metrics.get("JSHeapTotalSize", 0) / 1e6
            out["dom_nodes"] = metrics.get("Nodes", 0)
        finally:
            browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--data-dir", default=None, help="reused when it holds a table of --rows (default var/bench-grid; "
                                                     "with --smoke a temporary folder, removed after)")
    ap.add_argument("--dist", default=os.environ.get("TABLO_WEB_DIST") or str(ROOT / "server" / "static" / "dist"))
    ap.add_argument("--warm", type=int, default=3, help="warm page loads after the cold one")
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--timeout", type=int, default=900, help="seconds before the watchdog stops everything")
    from bench.common import parse_args

    args = parse_args(ap, {"rows": 2000, "warm": 1, "steps": 20, "timeout": 120})

    dist = Path(args.dist)
    if not (dist / ".vite" / "manifest.json").exists():
        raise SystemExit(f"no web build in {dist} (cd web && npx vite build --outDir {dist})")
    scratch = None
    if args.data_dir:
        data_dir = Path(args.data_dir)
    elif args.smoke:
        data_dir = scratch = Path(tempfile.mkdtemp(prefix="tablo-bench-grid-"))
    else:
        data_dir = ROOT / "var" / "bench-grid"
    try:
        meta = prepare(data_dir, args.rows)
        srv = Serve(data_dir, dist)
        watchdog = threading.Timer(args.timeout, lambda: (srv.stop(), os._exit(2)))
        watchdog.daemon = True
        watchdog.start()
        try:
            res = run_browser(srv.url, meta, args.warm, args.steps)
        finally:
            watchdog.cancel()
            srv.stop()
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)

    frames = res["frames"]
    p50, p95 = statistics.median(frames), pct(frames, 95)
    jump = res["jumps"][0]

    def line(name: str, value: float, unit: str, target: float) -> None:
        flag = "ok" if value < target else "MISSED"
        print(f"{name:38} {value:9.1f} {unit:3} (target < {target:g} {unit})  {flag}")

    print(f"\ngrid over {meta['rows']:,} rows, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    line("first rows, cold", res["first_cold"], "ms", TARGETS["first"])
    line(f"first rows, warm (median of {args.warm})", res["first_warm"], "ms", TARGETS["first"])
    line(f"jump to row ~{res['jump_index']:,}", jump, "ms", TARGETS["jump"])
    line("jump, median of 50% / 30% / 70%", statistics.median(res["jumps"]), "ms", TARGETS["jump"])
    line(f"scroll {args.steps} steps, frame p50", p50, "ms", TARGETS["p95"])
    line(f"scroll {args.steps} steps, frame p95", p95, "ms", TARGETS["p95"])
    print(f"{'scroll, worst frame':38} {max(frames):9.1f} ms   frames with loading rows: "
          f"{res['loading_frames']} of {len(frames) + 1}")
    line("JS heap used after scroll", res["heap_mb"], "MB", TARGETS["heap"])
    print(f"{'JS heap total / DOM nodes':38} {res['heap_total_mb']:9.1f} MB  {int(res['dom_nodes'])} nodes")
    print("raw:", json.dumps({"first": [round(x) for x in res["first_all"]],
                              "jumps": [round(x) for x in res["jumps"]]}))


if __name__ == "__main__":
    main()
