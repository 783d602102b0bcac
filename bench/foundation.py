"""Foundation benchmark: the action path against the raw database doing the same work.

1. Insert N rows (default 100,000) of 10 mixed columns through the API's code path —
   `apply_action(insert_rows)` in batches of 1,000: validation of every cell, conversion,
   manual row order, the action log with its inverse, row history, the base version — and
   the same rows (already converted) with a raw SQLAlchemy Core `executemany` into a twin
   table of the same database, one transaction per 1,000 rows. The two sides take turns batch
   by batch, so a shared machine's changing load weighs on both alike.
2. Update M single cells (default 10,000) one by one, each its own action (validation, log,
   version, commit), and the same updates as raw one-statement transactions.

Prints times and ratios. Targets (issue 2): batch insert at most 2.5× raw; a single-cell
update through the full path under 5 ms median on SQLite.

    .venv/bin/python bench/foundation.py                      # SQLite in a temporary folder
    .venv/bin/python bench/foundation.py --pg postgresql://postgres@127.0.0.1:5432/test
    .venv/bin/python bench/foundation.py --rows 20000 --updates 2000   # a quicker run
    .venv/bin/python bench/foundation.py --smoke                       # proves it runs (seconds)

With --pg a fresh database is created next to the one named in the URL and dropped after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import parse_args  # noqa: E402
from server.actions.apply import apply_action  # noqa: E402
from server.app import create_app  # noqa: E402
from server.auth.service import create_user  # noqa: E402
from server.config import load_config  # noqa: E402

BATCH = 1000
COLUMNS: list[tuple[str, str, dict]] = [
    # The primary "Name" text column comes with the table; nine more make ten.
    ("Amount", "number", {"format": "currency", "precision": 2}),
    ("Paid", "checkbox", {}),
    ("Due", "date", {"format": "DD.MM.YYYY"}),
    ("Status", "single-select", {"options": [{"name": "Open"}, {"name": "Paid"}, {"name": "Overdue"}]}),
    ("Email", "email", {}),
    ("Spent", "duration", {}),
    ("Score", "rate", {}),
    ("Notes", "long-text", {}),
    ("Tags", "multiple-select", {"options": [{"name": "A"}, {"name": "B"}, {"name": "C"}]}),
]


def api_row(i: int, rnd: random.Random) -> dict[str, Any]:
    """One row of API values, keyed by column name, in the shapes clients send."""
    return {
        "Name": f"Контрагент {i}",
        "Amount": round(rnd.uniform(-1000, 100000), 2),
        "Paid": rnd.random() < 0.5,
        "Due": (dt.date(2026, 1, 1) + dt.timedelta(days=i % 365)).isoformat(),
        "Status": rnd.choice(["Open", "Paid", "Overdue"]),
        "Email": f"client{i}@example.com",
        "Spent": rnd.randint(0, 36000),
        "Score": rnd.randint(1, 5),
        "Notes": "примечание " * rnd.randint(0, 5) or None,
        "Tags": rnd.sample(["A", "B", "C"], rnd.randint(0, 2)),
    }


def _pg_database(url: str) -> tuple[str, Any]:
    admin_url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"tablo_bench_{secrets.token_hex(4)}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        admin.dispose()

    return admin_url.rsplit("/", 1)[0] + f"/{name}", drop


def _new_table(st: Any, base_id: int, user_id: int, name: str) -> Any:
    res = apply_action(st.db, st.schema_cache, base_id, user_id, {"type": "add_table", "name": name})
    table_id = res.result["table_id"]
    for col_name, type_id, options in COLUMNS:
        apply_action(st.db, st.schema_cache, base_id, user_id, {
            "type": "add_column", "table_id": table_id, "name": col_name, "column_type": type_id,
            "options": options})
    with st.db.read() as conn:
        return st.schema_cache.get(conn, base_id).table(table_id)


def run(db_url: str | None, rows: int, updates: int, label: str, freeze_gc: bool = True) -> dict[str, float]:
    tmp = tempfile.mkdtemp(prefix="tablo-bench-")
    cfg = load_config(data_dir=tmp, database_url=db_url or f"sqlite:///{tmp}/bench.db", secret_key="bench")
    app = create_app(cfg)
    st = app.extensions["tablo"]
    with st.db.write() as conn:
        user_id = create_user(conn, "bench@example.com", "bench-password", "Bench")
    with app.app_context():
        from server.bases.create import create_base

        base_id = create_base(user_id, "Bench", first_table=False)
    api_table = _new_table(st, base_id, user_id, "Through the API path")
    raw_table = _new_table(st, base_id, user_id, "Raw")
    rnd = random.Random(42)
    data = [api_row(i, rnd) for i in range(rows)]

    # -- the same rows converted beforehand for the raw side -----------------------------------
    from server.columns.base import ValueContext

    vctx = ValueContext(user_id=user_id)
    by_name = {c.name: c for c in raw_table.columns}
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    raw_rows = []
    for i, row in enumerate(data):
        rec: dict[str, Any] = {"_id": secrets.token_urlsafe(16), "_order": float(i + 1), "_ctime": now,
                               "_mtime": now, "_creator": user_id, "_last_modifier": user_id}
        for name, value in row.items():
            col = by_name[name]
            rec[col.phys] = col.type_cls.to_db(value, col, vctx)
        raw_rows.append(rec)
    t = raw_table.sa_table
    stmt = sa.insert(t)
    if freeze_gc:
        # The benchmark's own data (all rows, twice) is not part of a server's heap: keep the
        # garbage collector from scanning it again and again while it times the write paths.
        gc.collect()
        gc.freeze()

    # -- batch insert: through the action path, and raw executemany, batch by batch in turn ----
    # Interleaved, so a shared machine's changing load weighs on both sides alike. CPU time of
    # this process is kept too: on SQLite all the work happens in this process.
    api_insert = raw_insert = api_insert_cpu = raw_insert_cpu = 0.0
    for start in range(0, rows, BATCH):
        t0, c0 = time.perf_counter(), time.process_time()
        apply_action(st.db, st.schema_cache, base_id, user_id,
                     {"type": "insert_rows", "table_id": api_table.id, "rows": data[start:start + BATCH]},
                     max_batch=BATCH)
        api_insert += time.perf_counter() - t0
        api_insert_cpu += time.process_time() - c0
        t0, c0 = time.perf_counter(), time.process_time()
        with st.db.write() as conn:
            conn.execute(stmt, raw_rows[start:start + BATCH])
        raw_insert += time.perf_counter() - t0
        raw_insert_cpu += time.process_time() - c0

    # -- single-cell updates, one action each ----------------------------------------------
    with st.db.read() as conn:
        api_ids = [r[0] for r in conn.execute(sa.select(api_table.sa_table.c._id).order_by(api_table.sa_table.c.id))]
    amount = next(c for c in api_table.columns if c.name == "Amount")
    picks = [(rnd.choice(api_ids), round(rnd.uniform(0, 1000), 2)) for _ in range(updates)]
    api_times, api_cpu = [], []
    for rid, value in picks:
        t0, c0 = time.perf_counter(), time.process_time()
        apply_action(st.db, st.schema_cache, base_id, user_id,
                     {"type": "update_rows", "table_id": api_table.id, "rows": [{"_id": rid, amount.key: value}]})
        api_times.append(time.perf_counter() - t0)
        # CPU time of this process: on a shared machine it shows what the path costs
        # without the wait for a core (on SQLite the database works in this process too).
        api_cpu.append(time.process_time() - c0)

    raw_amount = by_name["Amount"].phys
    raw_ids = [r["_id"] for r in raw_rows]
    raw_picks = [(rnd.choice(raw_ids), v) for _, v in picks]
    upd = sa.update(t).where(t.c._id == sa.bindparam("b_id")).values({raw_amount: sa.bindparam("v")})
    raw_times = []
    for rid, value in raw_picks:
        t0 = time.perf_counter()
        with st.db.write() as conn:
            conn.execute(upd, {"b_id": rid, "v": value})
        raw_times.append(time.perf_counter() - t0)
    st.db.dispose()
    if freeze_gc:
        gc.unfreeze()

    out = {
        "api_insert_s": api_insert, "raw_insert_s": raw_insert, "insert_ratio": api_insert / raw_insert,
        "insert_cpu_ratio": api_insert_cpu / raw_insert_cpu,
        "api_update_total_s": sum(api_times), "raw_update_total_s": sum(raw_times),
        "api_update_median_ms": statistics.median(api_times) * 1000,
        "api_update_p95_ms": sorted(api_times)[int(len(api_times) * 0.95)] * 1000,
        "raw_update_median_ms": statistics.median(raw_times) * 1000,
        "api_update_cpu_median_ms": statistics.median(api_cpu) * 1000,
    }
    out["update_ratio"] = out["api_update_median_ms"] / out["raw_update_median_ms"]
    print(f"\n== {label}: {rows:,} rows × 10 columns, {updates:,} single-cell updates ==")
    print(f"insert, action path (batches of {BATCH}, log incl.): {api_insert:8.2f} s  "
          f"({rows / api_insert:,.0f} rows/s)")
    print(f"insert, raw executemany:                      {raw_insert:8.2f} s  ({rows / raw_insert:,.0f} rows/s)")
    print(f"insert ratio:                                 {out['insert_ratio']:8.2f}×   (target ≤ 2.5×)")
    print(f"insert ratio, CPU time of this process:       {out['insert_cpu_ratio']:8.2f}×   "
          f"({api_insert_cpu:.2f} s against {raw_insert_cpu:.2f} s)")
    print(f"update, action path: median {out['api_update_median_ms']:.2f} ms, p95 {out['api_update_p95_ms']:.2f} ms, "
          f"total {out['api_update_total_s']:.1f} s" + ("   (target < 5 ms median)" if label == "SQLite" else ""))
    print(f"update, action path CPU time of this process: median {out['api_update_cpu_median_ms']:.2f} ms")
    print(f"update, raw:         median {out['raw_update_median_ms']:.2f} ms, total {out['raw_update_total_s']:.1f} s")
    print(f"update ratio (median):                        {out['update_ratio']:8.2f}×")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pg", metavar="URL", help="also run on PostgreSQL (a fresh database beside this one)")
    ap.add_argument("--pg-only", action="store_true", help="skip SQLite")
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--updates", type=int, default=10_000)
    ap.add_argument("--no-gc-freeze", action="store_true",
                    help="let the garbage collector scan the benchmark's own data while timing")
    args = parse_args(ap, {"rows": 1000, "updates": 20})
    if not args.pg_only:
        run(None, args.rows, args.updates, "SQLite", not args.no_gc_freeze)
    if args.pg:
        url, drop = _pg_database(args.pg)
        try:
            run(url, args.rows, args.updates, "PostgreSQL", not args.no_gc_freeze)
        finally:
            drop()


if __name__ == "__main__":
    main()
