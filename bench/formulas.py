"""Benchmark: rollups and formulas over 100,000 invoices and 300,000 linked payments.

Not a test. Run: .venv/bin/python bench/formulas.py [--invoices 100000] [--pg URL] [--smoke]

Builds an invoices table with paid = rollup sum of linked payments, balance = total − paid,
days overdue from today(), and a status if-chain, through the real actions; fills rows with
set-based SQL (the insert path is not what is measured here). Then measures, as medians:
- the first window (50 rows) of invoices filtered by status = "overdue", sorted by balance,
  through server/query/ (base_select + the columns' expressions);
- the same window from a hand-written SQL query over the same physical tables;
- editing one payment's amount (an update_rows action) until the invoice's balance reads
  the new value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import parse_args  # noqa: E402
from server import plugins  # noqa: E402
from server.actions.apply import apply_action  # noqa: E402
from server.catalog.migrate import ensure_current  # noqa: E402
from server.catalog.model import SchemaCache, load_schema  # noqa: E402
from server.columns.links import junction_table  # noqa: E402
from server.query.rows import base_select, column_label  # noqa: E402
from server.storage.engine import Database  # noqa: E402
from server.storage.physical import new_row_id  # noqa: E402

WINDOW = 50


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def setup(db: Database, n_inv: int, n_pay: int) -> dict:
    from server.catalog import schema as cat

    cache = SchemaCache()
    with db.write() as conn:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        uid = conn.execute(sa.insert(cat.users).values(email="bench@example.com", name="bench", password_hash="x",
                                                       created_at=now).returning(cat.users.c.id)).scalar_one()
        base_id = conn.execute(sa.insert(cat.bases).values(name="bench", created_by=uid, created_at=now,
                                                           uuid=str(uuid.uuid4()))
                               .returning(cat.bases.c.id)).scalar_one()
        conn.execute(sa.insert(cat.base_members).values(base_id=base_id, user_id=uid, role="owner"))

    def act(a: dict) -> dict:
        return apply_action(db, cache, base_id, uid, a).result

    inv = act({"type": "add_table", "name": "Invoices", "columns": [
        {"name": "Number", "type": "text"}, {"name": "Total", "type": "number"},
        {"name": "Due date", "type": "date"}]})["table_id"]
    pay = act({"type": "add_table", "name": "Payments", "columns": [
        {"name": "Ref", "type": "text"}, {"name": "Amount", "type": "number"}]})["table_id"]
    link = act({"type": "add_column", "table_id": inv, "name": "Payments", "column_type": "link",
                "options": {"table": "Payments"}})["column_id"]
    with db.read() as conn:
        schema = load_schema(conn, base_id, -1)
    ti, tp = schema.table(inv), schema.table(pay)
    c_num, c_total, c_due = (c.phys for c in ti.columns[:3])
    c_ref, c_amount = (c.phys for c in tp.columns[:2])
    rnd = random.Random(7)
    today = dt.datetime.now(dt.UTC).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
    with db.write() as conn:
        rows = []
        for i in range(n_inv):
            rows.append({"_id": new_row_id(), "_order": float(i + 1), "_ctime": now, "_mtime": now,
                         c_num: f"INV-{i:06d}", c_total: float(rnd.randint(100, 10000)),
                         c_due: today + dt.timedelta(days=rnd.randint(-120, 60))})
            if len(rows) == 5000:
                conn.execute(sa.insert(ti.sa_table), rows)
                rows = []
        if rows:
            conn.execute(sa.insert(ti.sa_table), rows)
        rows = []
        for i in range(n_pay):
            rows.append({"_id": new_row_id(), "_order": float(i + 1), "_ctime": now, "_mtime": now,
                         c_ref: f"PAY-{i:06d}", c_amount: float(rnd.randint(10, 1500))})
            if len(rows) == 5000:
                conn.execute(sa.insert(tp.sa_table), rows)
                rows = []
        if rows:
            conn.execute(sa.insert(tp.sa_table), rows)
        j = junction_table(link)
        pairs = [{"row_a": (i % n_inv) + 1, "row_b": i + 1} for i in range(n_pay)]
        for k in range(0, len(pairs), 10000):
            conn.execute(sa.insert(j), pairs[k:k + 10000])
    with db.write() as conn:  # statistics for the planner, as autovacuum would gather on a live database
        conn.exec_driver_sql("ANALYZE")
    for a in (
        {"name": "Paid", "column_type": "rollup", "options": {"link": "Payments", "column": "Amount", "summary": "sum"}},
        {"name": "Balance", "column_type": "formula", "options": {"formula": "{Total} - {Paid}"}},
        {"name": "Days overdue", "column_type": "formula",
         "options": {"formula": "if(and({Balance} > 0, today() > {Due date}), dateDif({Due date}, today(), 'D'), 0)"}},
        {"name": "Status", "column_type": "formula",
         "options": {"formula": "ifs({Balance} <= 0, 'paid', {Days overdue} > 0, 'overdue', true, 'open')"}},
    ):
        act({"type": "add_column", "table_id": inv, **a})
    with db.write() as conn:  # statistics for the planner, as a deployed database would have
        conn.exec_driver_sql("ANALYZE")
    return {"base_id": base_id, "uid": uid, "inv": inv, "pay": pay, "link": link, "cache": cache, "act": act,
            "c_total": c_total, "c_due": c_due, "c_amount": c_amount}


def run(db: Database, n_inv: int, repeat: int) -> None:
    t0 = time.perf_counter()
    ctx = setup(db, n_inv, n_inv * 3)
    print(f"setup ({n_inv} invoices, {n_inv * 3} payments): {time.perf_counter() - t0:.1f} s")
    with db.read() as conn:
        schema = load_schema(conn, ctx["base_id"], -1)
    ti, tp = schema.table(ctx["inv"]), schema.table(ctx["pay"])
    cols = {c.name: c for c in ti.columns}
    status, balance = cols["Status"], cols["Balance"]
    t = ti.sa_table
    stmt = (base_select(ti).where(status.type_cls.expression(t, status) == "overdue")
            .order_by(balance.type_cls.expression(t, balance), t.c.id).limit(WINDOW))

    def window() -> list:
        with db.read() as conn:
            return conn.execute(stmt).all()

    j = junction_table(ctx["link"])
    p = tp.sa_table
    paid = (sa.select(j.c.row_a.label("inv"), sa.func.sum(p.c[ctx["c_amount"]]).label("paid"))
            .select_from(j.join(p, p.c.id == j.c.row_b)).group_by(j.c.row_a).subquery())
    bal = t.c[ctx["c_total"]] - sa.func.coalesce(paid.c.paid, 0.0)
    due = t.c[ctx["c_due"]]
    today = sa.literal(dt.datetime.now(dt.UTC).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0))
    hand = (sa.select(t.c._id, t.c[ctx["c_total"]], due, bal.label("balance"))
            .select_from(t.outerjoin(paid, paid.c.inv == t.c.id))
            .where(bal > 0, due < today).order_by(bal, t.c.id).limit(WINDOW))

    def handwritten() -> list:
        with db.read() as conn:
            return conn.execute(hand).all()

    # The same window written by hand over the same stored columns (paid and balance are stored).
    stored_bal = t.c[balance.phys]
    hand_stored = (sa.select(t.c._id, t.c[ctx["c_total"]], due, stored_bal)
                   .where(stored_bal > 0, due < today).order_by(stored_bal, t.c.id).limit(WINDOW))

    def handwritten_stored() -> list:
        with db.read() as conn:
            return conn.execute(hand_stored).all()

    a, b, c = window(), handwritten(), handwritten_stored()
    assert [r._id for r in a] == [r._id for r in b] == [r._id for r in c], "the windows disagree"
    ms_window = median_ms(window, repeat)
    ms_hand = median_ms(handwritten, repeat)
    ms_stored = median_ms(handwritten_stored, repeat)
    print(f"window (status = overdue, sort by balance, {WINDOW} rows): {ms_window:.1f} ms median")
    print(f"hand-written SQL aggregating payments: {ms_hand:.1f} ms; ratio {ms_window / ms_hand:.2f}×")
    print(f"hand-written SQL over the stored paid/balance: {ms_stored:.1f} ms; ratio {ms_window / ms_stored:.2f}×")
    # A view sorted by Balance gets an index on it (server/query/indexes.py does this for stored columns).
    with db.write() as conn:
        conn.execute(sa.schema.CreateIndex(sa.Index("bench_balance", stored_bal, t.c.id)))
        conn.exec_driver_sql("ANALYZE" if db.is_sqlite else f"ANALYZE {ti.phys}")
    ms_window_ix = median_ms(window, repeat)
    ms_stored_ix = median_ms(handwritten_stored, repeat)
    print(f"with an index on Balance: window {ms_window_ix:.1f} ms, hand-written over stored {ms_stored_ix:.1f} ms; "
          f"ratio {ms_window_ix / ms_stored_ix:.2f}×")

    # One payment edit until its invoice's balance reads the new value (same action, next read).
    pay_row = None
    with db.read() as conn:
        pay_row = conn.execute(sa.select(p.c._id, p.c.id).where(p.c.id == 5)).first()
        inv_id = conn.execute(sa.select(j.c.row_a).where(j.c.row_b == pay_row.id)).scalar()
    bal_stmt = base_select(ti).where(t.c.id == inv_id)
    amount_col = next(c for c in tp.columns if c.name == "Amount")
    values = iter(range(1, 10_000))

    def edit() -> None:
        v = float(next(values))
        ctx["act"]({"type": "update_rows", "table_id": ctx["pay"], "rows": [{"_id": pay_row._id, amount_col.key: v}]})
        with db.read() as conn:
            row = conn.execute(bal_stmt).first()._mapping
        total, paid_now = row[ctx["c_total"]], row[column_label(cols["Paid"])]
        assert abs(row[column_label(balance)] - (total - paid_now)) < 1e-6
        assert v in _payments_of(db, j, p, ctx["c_amount"], inv_id)

    ms_edit = median_ms(edit, repeat)
    print(f"edit one payment → invoice balance reads it: {ms_edit:.1f} ms median (same action, no lag)")


def _payments_of(db: Database, j: sa.Table, p: sa.Table, c_amount: str, inv_id: int) -> list[float]:
    with db.read() as conn:
        return [r[0] for r in conn.execute(sa.select(p.c[c_amount]).select_from(j.join(p, p.c.id == j.c.row_b))
                                           .where(j.c.row_a == inv_id))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--pg", default=None, help="a PostgreSQL URL (an empty database) instead of SQLite")
    args = parse_args(ap, {"invoices": 300, "repeat": 3})
    if args.pg:
        url = args.pg
    else:
        url = f"sqlite:///{tempfile.mkdtemp(prefix='tablo-bench-')}/bench.db"
    plugins.load()  # column types and action handlers, without an app
    db = Database(url)
    ensure_current(db.engine)
    print(f"database: {db.dialect}")
    run(db, args.invoices, args.repeat)
    db.dispose()


if __name__ == "__main__":
    main()
