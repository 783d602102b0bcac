"""Benchmark: the SeaTable-compatible API (its whole request path, in-process) vs the raw
database doing the same work.

    python bench/seatable.py [--rows 100000] [--pg postgresql://...] [--smoke]

Builds an invoices table (text, number, single select, date), then times: SQL through
`POST /sql` (GROUP BY with COUNT/SUM; WHERE + ORDER BY + LIMIT), `list_rows` of 1,000 rows,
a deep `list_rows` window, and appending 1,000 rows (one action with its undo log) against
hand-written SQL on the same database. Not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bench_table, make_app, parse_args, report, timed  # noqa: E402


def build(app, rows: int) -> tuple[dict, object, dict]:
    from server.actions.apply import apply_action
    from server.auth.service import create_token

    statuses = [{"name": n} for n in ("Open", "Partly paid", "Paid", "Overdue", "Disputed")]
    st, uid, base_id, table = bench_table(app, [("Status", "single-select", {"options": statuses}),
                                                ("Amount", "number", None), ("Due", "date", None)])
    apply_action(st.db, st.schema_cache, base_id, uid, {"type": "modify_table", "table_id": table.id,
                                                        "name": "Invoices"})
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, base_id).table(table.id)
    cols = {c.name: c for c in table.columns}
    opt_ids = [o["id"] for o in cols["Status"].options["options"]]
    t = table.sa_table
    rnd = random.Random(1)
    now = dt.datetime(2026, 1, 1)
    batch = []
    with st.db.write() as conn:
        for i in range(rows):
            batch.append({"_id": f"r{i:021d}", "_order": float(i), "_ctime": now, "_mtime": now, "_creator": uid,
                          "_last_modifier": uid, cols["Name"].phys: f"INV-{i:07d}",
                          cols["Status"].phys: rnd.choice(opt_ids), cols["Amount"].phys: rnd.randint(1, 100_000) / 100,
                          cols["Due"].phys: now + dt.timedelta(days=rnd.randint(-400, 400))})
            if len(batch) == 5000:
                conn.execute(sa.insert(t), batch)
                batch = []
        if batch:
            conn.execute(sa.insert(t), batch)
        _, token = create_token(conn, uid, base_id, "write", "bench")
    return {"base_id": base_id, "token": token}, table, cols


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--pg", default=None, help="a PostgreSQL URL (an empty database) instead of SQLite")
    ap.add_argument("--repeat", type=int, default=5)
    args = parse_args(ap, {"rows": 2000, "repeat": 1})  # list_rows reads 1,000 rows at rows / 2
    app = make_app(args.pg)
    info, table, cols = build(app, args.rows)
    st = app.extensions["tablo"]
    http = app.test_client()
    auth = http.get("/api/v2.1/dtable/app-access-token/", headers={"Authorization": "Token " + info["token"]}).get_json()
    headers = {"Authorization": "Token " + auth["access_token"]}
    g = f"/api-gateway/api/v2/dtables/{auth['dtable_uuid']}"
    t = table.sa_table
    status, amount, due, name = (t.c[cols[n].phys] for n in ("Status", "Amount", "Due", "Name"))
    paid_id = next(o["id"] for o in cols["Status"].options["options"] if o["name"] == "Paid")

    def sql(text: str) -> None:
        r = http.post(g + "/sql", json={"sql": text, "convert_keys": True}, headers=headers)
        assert r.status_code == 200, r.get_data(as_text=True)

    def raw(stmt) -> None:
        with st.db.read() as conn:
            conn.execute(stmt).all()

    def list_rows(start: int) -> None:
        r = http.get(g + "/rows/", query_string={"table_name": "Invoices", "convert_keys": "True", "start": start,
                                                 "limit": 1000}, headers=headers)
        assert r.status_code == 200 and len(r.get_json()["rows"]) == 1000

    n = 0

    def append() -> None:
        nonlocal n
        rows = [{"Name": f"NEW-{n}-{i}", "Status": "Open", "Amount": i, "Due": "2026-05-01"} for i in range(1000)]
        n += 1
        r = http.post(g + "/rows/", json={"table_name": "Invoices", "rows": rows}, headers=headers)
        assert r.status_code == 200, r.get_data(as_text=True)

    def raw_append() -> None:
        nonlocal n
        n += 1
        now = dt.datetime(2026, 1, 1)
        with st.db.write() as conn:
            conn.execute(sa.insert(t), [{"_id": f"x{n:09d}{i:012d}", "_order": 1e9 + n * 1000 + i, "_ctime": now,
                                         "_mtime": now, "_creator": 1, "_last_modifier": 1, name.name: f"RAW-{i}",
                                         status.name: paid_id, amount.name: i, due.name: now} for i in range(1000)])

    deep = max(args.rows // 2, 0)
    rows = [
        ("SQL: GROUP BY status, COUNT, SUM",
         timed(lambda: sql("SELECT Status, COUNT(*), SUM(Amount) FROM Invoices GROUP BY Status"), args.repeat),
         timed(lambda: raw(sa.select(status, sa.func.count(), sa.func.sum(amount)).group_by(status)), args.repeat)),
        ("SQL: WHERE status AND amount, ORDER BY, LIMIT 100",
         timed(lambda: sql("SELECT Name, Amount, Due FROM Invoices WHERE Status = 'Paid' AND Amount > 500 "
                           "ORDER BY Amount DESC LIMIT 100"), args.repeat),
         timed(lambda: raw(sa.select(name, amount, due).where(status == paid_id, amount > 500)
                           .order_by(amount.desc()).limit(100)), args.repeat)),
        ("list_rows: first 1,000 rows",
         timed(lambda: list_rows(0), args.repeat),
         timed(lambda: raw(sa.select(t).order_by(t.c._order, t.c.id).limit(1000)), args.repeat)),
        (f"list_rows: 1,000 rows at start={deep:,}",
         timed(lambda: list_rows(deep), args.repeat),
         timed(lambda: raw(sa.select(t).order_by(t.c._order, t.c.id).offset(deep).limit(1000)), args.repeat)),
        ("batch_append_rows: 1,000 rows (one action)", timed(append, args.repeat), timed(raw_append, args.repeat)),
    ]
    kind = "PostgreSQL" if args.pg else "SQLite"
    report(f"SeaTable-compatible API, {args.rows:,} rows, {kind} (median of {args.repeat})", rows)


if __name__ == "__main__":
    main()
