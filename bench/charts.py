"""Benchmark: chart data requests through the API code path vs hand-written SQL GROUP BY.

    python bench/charts.py [--rows 1000000] [--pg postgresql://...] [--smoke]

Builds an invoices table (manager, status, amount, due date), saves each chart through the
action path (so the background worker builds its covering index, as in use), then times each
chart type's data computation (the same function the API calls) against the equivalent raw
SQL on the same indexed table, and the cloning of the receivables template with its sample
data. Not a test.
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
    args = parse_args(ap, {"rows": 500})
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
    ]
    from server.actions.apply import apply_action
    from server.charts.registry import load_settings
    from server.query import indexes

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
                compute(conn, table, loaded, [], vctx)

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


if __name__ == "__main__":
    main()
