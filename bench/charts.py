"""Benchmark: chart data requests through the API code path vs hand-written SQL GROUP BY.

    python bench/charts.py [--rows 1000000] [--pg postgresql://...] [--no-browser] [--smoke]

Builds an invoices table (manager, status, amount, due date), saves each chart through the
action path (so the background worker builds its covering index, as in use), then times each
chart type's data computation (the same function the API calls, dashboard filters included)
against the equivalent raw SQL on the same indexed table, and the cloning of the receivables
template with its sample data. Then (unless --no-browser) it serves the app, puts 8 charts with
a dashboard filter (a manager and a period) on one dashboard, and times Chromium from opening
the dashboard to all 8 drawn. Not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bench_table, make_app, parse_args, report, timed  # noqa: E402

# Every chart of the dashboard drawn: 8 cards, each with a canvas, a number or a table, none loading.
DRAWN_JS = """(n) => {
  const cards = [...document.querySelectorAll('[data-testid=chart]')]
  if (cards.length !== n) return false
  if (!cards.every((c) => c.querySelector('canvas, [data-testid=number-value], .pivot table'))) return false
  window.__drawn = window.__drawn || performance.now()
  return true
}"""


def dashboard_filters() -> list[dict]:
    """A manager and a period (the year 2025), as the web app stores them on each chart."""
    return [{"label": "Manager", "kind": "value", "match": "Manager", "value": "Manager 3"},
            {"label": "Period", "kind": "date", "columns": [], "match": "Due",
             "value": {"from": "2025-01-01", "to": "2025-12-31"}}]


def browser_dashboard(st, uid: int, base_id: int, table_id: int, cols: dict, cases: list, repeat: int) -> None:
    """8 charts with the dashboard filter on one dashboard, opened in Chromium: the time from
    navigation to every chart drawn, cold (first open) and warm (median of `repeat`)."""
    import statistics

    from playwright.sync_api import sync_playwright

    from bench.grid import CHROMIUM, Serve
    from server.actions.apply import apply_action

    for i, (name, settings, _raw) in enumerate(cases[:8]):
        layout = {"x": (i % 2) * 6, "y": (i // 2) * 4, "w": 6, "h": 4}
        apply_action(st.db, st.schema_cache, base_id, uid, {
            "type": "add_chart", "table_id": table_id, "name": name,
            "settings": {**settings, "dashboard": "Filtered", "layout": layout, "dashboard_filters": dashboard_filters()}})
    url = st.db.engine.url.render_as_string(hide_password=False)
    data_dir = st.config.data_dir
    st.db.engine.dispose()
    srv = Serve(Path(data_dir), Path(__file__).resolve().parent.parent / "server" / "static" / "dist", url, "bench")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            try:
                ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-US")
                r = ctx.request.post(srv.url + "/api/auth/login", data={"email": "bench@example.com",
                                                                        "password": "bench-password"},
                                     headers={"X-Requested-With": "tablo"})
                if not r.ok:
                    raise SystemExit(f"login failed: {r.status} {r.text()}")
                page = ctx.new_page()
                page.set_default_timeout(900_000)  # 8 filtered charts over 1M rows on a loaded machine
                times = []
                for _ in range(1 + repeat):
                    page.goto(f"{srv.url}/base/{base_id}/dashboard?tab=Filtered", wait_until="commit")
                    page.wait_for_function(DRAWN_JS, arg=8, polling=20)
                    times.append(page.evaluate("window.__drawn"))
                    if page.locator("[data-testid=chart] .error-box").count():
                        raise SystemExit("a chart of the dashboard failed to load")
            finally:
                browser.close()
    finally:
        srv.stop()
    print(f"\ndashboard of 8 charts with a dashboard filter, drawn in the browser: cold {times[0]:.0f} ms, "
          f"warm {statistics.median(times[1:]):.0f} ms (median of {repeat}; target < 2000)")


def build(app, rows: int) -> tuple[int, int, dict]:
    statuses = [{"name": n} for n in ("Open", "Partly paid", "Paid", "Overdue", "Disputed")]
    st, uid, base_id, table = bench_table(app, [("Manager", "text", None), ("Status", "single-select", {"options": statuses}),
                                                 ("Amount", "number", None), ("Due", "date", None)])
    cols = {c.name: c for c in table.columns}
    opt_ids = [o["id"] for o in cols["Status"].options["options"]]
    t = table.sa_table
    rnd = random.Random(1)
    now = dt.datetime(2026, 1, 1)
    managers = [f"Manager {i}" for i in range(25)]
    start = time.perf_counter()
    batch = []
    with st.db.write() as conn:
        for i in range(rows):
            batch.append({"_id": f"{i:022d}", "_order": float(i + 1), "_ctime": now, "_mtime": now,
                          cols["Name"].phys: f"INV-{i}", cols["Manager"].phys: rnd.choice(managers),
                          cols["Status"].phys: rnd.choice(opt_ids), cols["Amount"].phys: rnd.uniform(100, 100000),
                          cols["Due"].phys: now + dt.timedelta(days=rnd.randint(-400, 400))})
            if len(batch) == 20000:
                conn.execute(sa.insert(t), batch)
                batch = []
        if batch:
            conn.execute(sa.insert(t), batch)
    print(f"built {rows:,} rows in {time.perf_counter() - start:.1f}s")
    return uid, base_id, table.id, cols


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--pg", default=None, help="PostgreSQL URL (a fresh database); default SQLite")
    ap.add_argument("--no-browser", action="store_true", help="skip the dashboard drawn in Chromium")
    ap.add_argument("--repeat", type=int, default=3, help="warm opens of the dashboard in the browser")
    args = parse_args(ap, {"rows": 500, "repeat": 1})
    app = make_app(args.pg)
    st = app.extensions["tablo"]
    uid, base_id, table_id, cols = build(app, args.rows)
    from server.charts.compute import compute
    from server.columns.base import ValueContext

    with st.db.read() as conn:
        table = st.schema_cache.get(conn, base_id).table(table_id)
    t = table.sa_table
    m, s, a, d = (t.c[cols[n].phys] for n in ("Manager", "Status", "Amount", "Due"))
    vctx = ValueContext()
    is_pg = st.db.dialect == "postgresql"
    month = sa.func.to_char(d, "YYYY-MM") if is_pg else sa.func.strftime("%Y-%m", d)
    day = sa.func.to_char(d, "YYYY-MM-DD") if is_pg else sa.func.strftime("%Y-%m-%d", d)
    from server.charts.compute import period_keys

    today = dt.datetime.now(dt.UTC).date()
    last12 = period_keys("month", today, 12)
    amount = {"aggregate": "sum", "column_id": cols["Amount"].id}
    by_status, by_manager = {"column_id": cols["Status"].id}, {"column_id": cols["Manager"].id}
    in_2025 = sa.and_(m == "Manager 3", d >= dt.datetime(2025, 1, 1), d < dt.datetime(2026, 1, 1))
    cases = [
        ("bar: sum(amount) by status", {"type": "bar", "x": {"column_id": cols["Status"].id},
                                        "value": {"aggregate": "sum", "column_id": cols["Amount"].id}},
         sa.select(s, sa.func.sum(a)).group_by(s)),
        ("stacked bar: count by manager x status", {"type": "stacked_bar", "x": {"column_id": cols["Manager"].id},
                                                    "series": {"column_id": cols["Status"].id}},
         sa.select(m, s, sa.func.count()).group_by(m, s)),
        ("line: sum(amount) by due month", {"type": "line", "x": {"column_id": cols["Due"].id, "granularity": "month"},
                                            "value": {"aggregate": "sum", "column_id": cols["Amount"].id}},
         sa.select(month, sa.func.sum(a)).group_by(month)),
        ("pie: count by status", {"type": "pie", "x": {"column_id": cols["Status"].id}},
         sa.select(s, sa.func.count()).group_by(s)),
        ("number: avg(amount)", {"type": "number", "value": {"aggregate": "avg", "column_id": cols["Amount"].id}},
         sa.select(sa.func.avg(a))),
        # The chart types of the chart editor (issue 21).
        ("pivot: sum(amount) by manager x status", {"type": "pivot", "x": by_manager, "series": by_status, "value": amount},
         sa.select(m, s, sa.func.sum(a)).group_by(m, s)),
        ("scatter: count, avg(amount) by manager", {"type": "scatter", "x": by_manager,
                                                    "values": [{"aggregate": "avg", "column_id": cols["Amount"].id}]},
         sa.select(m, sa.func.count(), sa.func.avg(a)).group_by(m)),
        ("combo: sum(amount), count by status", {"type": "combo", "x": by_status, "value": amount,
                                                 "values": [{"aggregate": "count"}]},
         sa.select(s, sa.func.sum(a), sa.func.count()).group_by(s)),
        ("funnel: sum(amount) by status", {"type": "funnel", "x": by_status, "value": amount, "sort": "value_desc"},
         sa.select(s, sa.func.sum(a)).group_by(s).order_by(sa.func.sum(a).desc())),
        ("gauge: sum(amount) to a goal", {"type": "gauge", "value": amount, "goal": 1e12},
         sa.select(sa.func.sum(a))),
        ("trend: sum(amount), 12 months", {"type": "trend", "value": amount,
                                           "compare": {"column_id": cols["Due"].id, "period": "month"}},
         sa.select(month, sa.func.sum(a)).where(month.in_(last12)).group_by(month)),
        ("calendar: count by due day", {"type": "calendar", "x": {"column_id": cols["Due"].id}},
         sa.select(day, sa.func.count()).group_by(day)),
        ("treemap: sum(amount) by manager x status", {"type": "treemap", "x": by_manager, "series": by_status,
                                                      "value": amount},
         sa.select(m, s, sa.func.sum(a)).group_by(m, s)),
        ("radar: count by status", {"type": "radar", "x": by_status}, sa.select(s, sa.func.count()).group_by(s)),
        ("table: sum(amount) by manager x status", {"type": "table", "x": by_manager, "series": by_status,
                                                    "value": amount},
         sa.select(m, s, sa.func.sum(a)).group_by(m, s)),
        ("bar with a dashboard filter (manager, 2025)", {"type": "bar", "x": by_status, "value": amount,
                                                         "dashboard_filters": dashboard_filters()},
         sa.select(s, sa.func.sum(a)).where(in_2025).group_by(s)),
    ]
    from server.actions.apply import apply_action
    from server.charts.filters import dashboard_clause
    from server.charts.registry import load_settings
    from server.query import indexes
    from server.query.operators import FilterContext

    start = time.perf_counter()
    for name, settings, _raw in cases:
        apply_action(st.db, st.schema_cache, base_id, uid, {"type": "add_chart", "table_id": table_id, "name": name,
                                                            "settings": settings})
    indexes.sync_base(st.db, st.schema_cache, base_id)  # what the background worker does after each chart
    indexes.wait_idle()
    print(f"saved {len(cases)} charts and built their indexes in {time.perf_counter() - start:.1f}s")
    results = []
    for name, settings, raw in cases:
        loaded = load_settings(settings)

        def ours(loaded=loaded) -> None:
            with st.db.read() as conn:
                # What GET /charts/{id}/data does: the dashboard's filters ANDed to the source.
                clause, _ = dashboard_clause(table, loaded, FilterContext())
                compute(conn, table, loaded, [] if clause is None else [clause], vctx)

        def hand(raw=raw) -> None:
            with st.db.read() as conn:
                conn.execute(raw).all()

        results.append((name, timed(ours, repeat=5), timed(hand, repeat=5)))
    report(f"Charts on {args.rows:,} rows ({st.db.dialect})", results, target=1.3)

    from server.bases.templates import get_template

    with st.db.read() as conn:
        uid = conn.execute(sa.text("SELECT id FROM users LIMIT 1")).scalar()
    t0 = time.perf_counter()
    with app.app_context():
        get_template("receivables").create(uid)
    print(f"\nclone receivables template with sample data: {(time.perf_counter() - t0) * 1000:.0f} ms (target < 2000)")
    if not args.no_browser:
        browser_dashboard(st, uid, base_id, table_id, cols, cases, args.repeat)


if __name__ == "__main__":
    main()
