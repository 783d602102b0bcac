"""Benchmark: what required and unique columns cost on the write path, at a million rows.

    python bench/constraints.py [--rows 1000000] [--repeat 21] [--pg postgresql://...] [--smoke]

A table of --rows rows (written straight into its physical table: the setup is not what is
measured) with a text «Number» column. Times, through apply_action, a one-row insert, a
one-cell edit and a 1,000-row insert with «Number» unique and required, against the same
actions once the rules are cleared; and how long turning the rules on over the whole table takes
(the index build and the check for duplicates and empty cells). Not a test.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bench_table, make_app, parse_args, report, timed  # noqa: E402

CHUNK = 20_000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=21, help="timed runs per side of each action")
    ap.add_argument("--pg", default=None)
    args = parse_args(ap, {"rows": 200, "repeat": 1})
    app = make_app(args.pg)
    from server.actions.apply import apply_action
    from server.query import indexes
    from server.storage.physical import new_row_id

    st, uid, base_id, table = bench_table(app, [("Number", "text", None)])
    number = table.resolve_key("Number")
    t = table.sa_table
    now = datetime.datetime(2026, 1, 1)
    for start in range(0, args.rows, CHUNK):
        batch = [{"_id": new_row_id(), "_order": float(i), "_ctime": now, "_mtime": now, "_creator": uid,
                  "_last_modifier": uid, number.phys: f"INV-{i:08d}"}
                 for i in range(start, min(start + CHUNK, args.rows))]
        with st.db.write() as conn:
            conn.execute(sa.insert(t), batch)
    with st.db.read() as conn:
        some_id = conn.execute(sa.select(t.c._id).order_by(t.c.id).limit(1)).scalar()

    def act(action: dict) -> None:
        apply_action(st.db, st.schema_cache, base_id, uid, {"table_id": table.id, **action})

    def rules(on: bool) -> float:
        t0 = time.perf_counter()
        options = {"constraints": {"required": True, "unique": True} if on else {}}
        apply_action(st.db, st.schema_cache, base_id, uid, {"type": "modify_column", "column_id": number.id,
                                                            "options": options})
        return time.perf_counter() - t0

    counter = iter(range(10**9))

    def insert_one() -> None:
        act({"type": "insert_rows", "rows": [{"Number": f"NEW-{next(counter)}"}]})

    def insert_batch() -> None:
        act({"type": "insert_rows", "rows": [{"Number": f"NEW-{next(counter)}"} for _ in range(1000)]})

    def edit_one() -> None:
        act({"type": "update_rows", "rows": [{"_id": some_id, "Number": f"EDIT-{next(counter)}"}]})

    indexes.wait_idle()
    plain = {name: timed(fn, args.repeat) for name, fn in (("one", insert_one), ("edit", edit_one))}
    plain["batch"] = timed(insert_batch, max(1, args.repeat // 4))
    turn_on = rules(True)
    indexes.wait_idle()  # the view-index worker follows the column change: not part of what is timed
    ruled = {name: timed(fn, args.repeat) for name, fn in (("one", insert_one), ("edit", edit_one))}
    ruled["batch"] = timed(insert_batch, max(1, args.repeat // 4))
    report(f"required + unique «Number» on {args.rows:,} rows ({'PostgreSQL' if args.pg else 'SQLite'}); "
           "raw = the same action without rules", [
               ("insert 1 row", ruled["one"], plain["one"]),
               ("edit 1 cell", ruled["edit"], plain["edit"]),
               ("insert 1,000 rows", ruled["batch"], plain["batch"]),
           ])
    print(f"turn the rules on over {args.rows:,} rows: {turn_on * 1000:.1f} ms")


if __name__ == "__main__":
    main()
