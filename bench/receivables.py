"""Benchmark: receivables as of a past date on a big ledger, and the 24-month KPI series.

    python bench/receivables.py [--invoices 100000] [--payments 300000] [--pg URL] [--smoke]

Builds Invoices (number, invoice date, due date, total; record date: invoice date) and
Payments (date, amount; record date: date) linked to them, filled with raw executemany (the
insert path is not what is measured), then adds through the action path what the
receivables template computes: Paid (rollup of the payments), Balance, Days overdue and Aging
bucket. Then, as medians:

- the aging report as of a past date — the «Open» view (Balance > 0) grouped by Aging bucket
  with the sum of Balance, `GET /api/views/{id}/groups?as_of=D` in-process — against
  hand-written SQL with the same meaning (payments by D summed per invoice, bucketed by days
  past due at D), checked to give the same buckets;
- the 24-month KPI series — invoiced, collected, receivables and receivables not yet due per
  month, collected, DSO, countback DSO and CEI (`GET /api/charts/{id}/data`).

Targets (issue #22): aging ≤ 2× the hand-written SQL and under 500 ms; KPI series under 2 s.
Not a test.
"""

# Hand-written SQL is what this benchmark compares against; it is built from our own
# physical names, never from user input.
# ruff: noqa: S608

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import make_app, parse_args, timed  # noqa: E402

FIRST_DAY = dt.date(2024, 1, 1)
DAYS = 730  # two years of invoices
AS_OF = dt.date(2025, 6, 30)
BUCKETS = "ifs({Balance} <= 0, 'Closed', {Days overdue} = 0, 'Current', {Days overdue} <= 30, '1–30', " \
          "{Days overdue} <= 60, '31–60', {Days overdue} <= 90, '61–90', true, '90+')"


def build(app: Any, n_inv: int, n_pay: int) -> dict[str, Any]:
    from server.actions.apply import apply_action
    from server.auth.service import create_token, create_user
    from server.bases.create import create_base
    from server.columns.links import link_sides

    st = app.extensions["tablo"]
    with st.db.write() as conn:
        uid = create_user(conn, "bench@example.com", "bench-password")
    with app.app_context():
        base_id = create_base(uid, "Receivables")

    def act(a: dict) -> dict:
        return apply_action(st.db, st.schema_cache, base_id, uid, a).result

    def schema() -> Any:
        with st.db.read() as conn:
            return st.schema_cache.get(conn, base_id)

    inv = act({"type": "add_table", "name": "Invoices", "columns": [
        {"name": "Name", "type": "text"}, {"name": "Invoice date", "type": "date"}, {"name": "Due date", "type": "date"},
        {"name": "Total", "type": "number"}]})["table_id"]
    pay = act({"type": "add_table", "name": "Payments", "columns": [
        {"name": "Name", "type": "text"}, {"name": "Date", "type": "date"}, {"name": "Amount", "type": "number"}]})["table_id"]
    act({"type": "add_column", "table_id": pay, "name": "Invoice", "column_type": "link", "options": {"table": "Invoices"}})
    s = schema()
    ti, tp = s.table(inv), s.table(pay)
    ic = {c.name: c.phys for c in ti.columns}
    pc = {c.name: c.phys for c in tp.columns}
    rnd = random.Random(22)
    now = dt.datetime(2026, 1, 1)
    t0 = time.perf_counter()
    totals, dates = [], []
    with st.db.write() as conn:
        rows = []
        for i in range(n_inv):
            day = FIRST_DAY + dt.timedelta(days=i * DAYS // n_inv)
            total = float(rnd.randint(100, 10_000))
            totals.append(total)
            dates.append(day)
            rows.append({"_id": f"i{i:021d}", "_order": float(i + 1), "_ctime": now, "_mtime": now,
                         ic["Name"]: f"INV-{i:06d}", ic["Invoice date"]: dt.datetime.combine(day, dt.time()),
                         ic["Due date"]: dt.datetime.combine(day + dt.timedelta(days=30), dt.time()), ic["Total"]: total})
            if len(rows) == 10_000:
                conn.execute(sa.insert(ti.sa_table), rows)
                rows = []
        if rows:
            conn.execute(sa.insert(ti.sa_table), rows)
        inv_ids = [r.id for r in conn.execute(sa.select(ti.sa_table.c.id).order_by(ti.sa_table.c._order))]
        rows, pairs = [], []
        per = max(1, n_pay // n_inv)
        for k in range(n_pay):
            i = k // per if k // per < n_inv else rnd.randrange(n_inv)
            day = dates[i] + dt.timedelta(days=rnd.randint(0, 75))  # some paid late, some not yet by AS_OF
            rows.append({"_id": f"p{k:021d}", "_order": float(k + 1), "_ctime": now, "_mtime": now,
                         pc["Name"]: f"PAY-{k:06d}", pc["Date"]: dt.datetime.combine(day, dt.time()),
                         pc["Amount"]: round(totals[i] / per, 2)})
            pairs.append(i)
            if len(rows) == 10_000:
                conn.execute(sa.insert(tp.sa_table), rows)
                rows = []
        if rows:
            conn.execute(sa.insert(tp.sa_table), rows)
        pay_ids = [r.id for r in conn.execute(sa.select(tp.sa_table.c.id).order_by(tp.sa_table.c._order))]
        link = next(c for c in tp.columns if c.name == "Invoice")
        sides = link_sides(s, link)
        j = sides.junction.element
        mine, theirs = sides.mine.name, sides.theirs.name
        links = [{mine: pay_ids[k], theirs: inv_ids[i]} for k, i in enumerate(pairs)]
        for k in range(0, len(links), 20_000):
            conn.execute(sa.insert(j), links[k:k + 20_000])
    print(f"filled {n_inv:,} invoices and {n_pay:,} payments in {time.perf_counter() - t0:.1f} s")
    with st.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE")
    t0 = time.perf_counter()
    for a in ({"name": "Paid", "column_type": "rollup",
               "options": {"link": "Payments", "column": "Amount", "summary": "sum"}},
              {"name": "Balance", "column_type": "formula", "options": {"formula": "round({Total} - {Paid}, 2)"}},
              {"name": "Days overdue", "column_type": "formula", "options": {
                  "formula": "if(and({Balance} > 0, today() > {Due date}), dateDif({Due date}, today(), 'D'), 0)"}},
              {"name": "Aging bucket", "column_type": "formula", "options": {"formula": BUCKETS}}):
        act({"type": "add_column", "table_id": inv, **a})
    s = schema()
    ti = s.table(inv)
    cols = {c.name: c for c in ti.columns}
    act({"type": "modify_table", "table_id": inv, "record_date_column_id": cols["Invoice date"].id})
    act({"type": "modify_table", "table_id": pay,
         "record_date_column_id": next(c.id for c in s.table(pay).columns if c.name == "Date")})
    print(f"computed columns and record dates in {time.perf_counter() - t0:.1f} s")
    with st.db.write() as conn:
        _, token = create_token(conn, uid, base_id, "write", "bench")
    return {"base_id": base_id, "inv": inv, "pay": pay, "token": token, "junction": j, "mine": mine,
            "theirs": theirs, "ic": ic, "pc": pc, "cols": cols,
            "pay_cols": {c.name: c for c in s.table(pay).columns}, "sa_inv": ti.sa_table, "sa_pay": tp.sa_table}


def hand_aging(conn: Any, info: dict[str, Any], day: dt.date, pg: bool) -> dict[str, tuple[int, float]]:
    """The aging as of `day`, written by hand: invoices issued by then, their payments made by
    then, the open balance bucketed by days past due."""
    ic, pc = info["ic"], info["pc"]
    inv, pay, j = info["sa_inv"].name, info["sa_pay"].name, info["junction"].name
    nxt = (day + dt.timedelta(days=1)).isoformat()
    days = f"(DATE '{day}' - CAST(i.\"{ic['Due date']}\" AS DATE))" if pg else \
        f"CAST(julianday('{day}') - julianday(i.\"{ic['Due date']}\") AS INTEGER)"
    sql = f"""
        WITH paid AS (
          SELECT j."{info['theirs']}" AS inv, SUM(p."{pc['Amount']}") AS paid
          FROM "{j}" j JOIN "{pay}" p ON p.id = j."{info['mine']}"
          WHERE p."{pc['Date']}" < '{nxt}' GROUP BY j."{info['theirs']}"),
        open AS (
          SELECT ROUND(CAST(i."{ic['Total']}" - COALESCE(paid.paid, 0) AS NUMERIC), 2) AS balance,
                 CASE WHEN {days} > 0 THEN {days} ELSE 0 END AS late
          FROM "{inv}" i LEFT JOIN paid ON paid.inv = i.id
          WHERE i."{ic['Invoice date']}" < '{nxt}')
        SELECT CASE WHEN late = 0 THEN 'Current' WHEN late <= 30 THEN '1–30' WHEN late <= 60 THEN '31–60'
                    WHEN late <= 90 THEN '61–90' ELSE '90+' END AS bucket, COUNT(*), SUM(balance)
        FROM open WHERE balance > 0 GROUP BY 1"""
    return {r[0]: (r[1], float(r[2])) for r in conn.exec_driver_sql(sql)}


def kpi_settings(info: dict[str, Any], count: int) -> dict[str, Any]:
    cols, pcols = info["cols"], info["pay_cols"]
    bal = {"aggregate": "sum", "column_id": cols["Balance"].id}
    is_open = {"column_id": cols["Balance"].id, "operator": "gt", "value": 0}
    return {"type": "line", "period_end": {"granularity": "month", "count": count, "end": AS_OF.isoformat(), "measures": [
        {"name": "invoiced", "value": {"aggregate": "sum", "column_id": cols["Total"].id},
         "in_period": cols["Invoice date"].id},
        {"name": "collected", "table_id": info["pay"], "value": {"aggregate": "sum", "column_id": pcols["Amount"].id},
         "in_period": pcols["Date"].id},
        {"name": "ar", "value": bal, "filters": {"conjunction": "and", "filters": [is_open]}},
        {"name": "ar_current", "value": bal, "filters": {"conjunction": "and", "filters": [
            is_open, {"column_id": cols["Days overdue"].id, "operator": "eq", "value": 0}]}}],
        "kpis": [{"key": "collected", "formula": "collected"},
                 {"key": "dso", "formula": "ar / invoiced * days"},
                 {"key": "countback", "formula": "countback(ar, invoiced)"},
                 {"key": "cei", "formula": "(prev(ar) + invoiced - ar) / (prev(ar) + invoiced - ar_current) * 100"}]}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--invoices", type=int, default=100_000)
    ap.add_argument("--payments", type=int, default=300_000)
    ap.add_argument("--months", type=int, default=24)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pg", default=None, help="PostgreSQL URL (a fresh database or schema); default SQLite")
    args = parse_args(ap, {"invoices": 600, "payments": 1800, "repeat": 1})
    app = make_app(args.pg)
    st = app.extensions["tablo"]
    pg = not st.db.is_sqlite
    print(f"database: {st.db.dialect}")
    info = build(app, args.invoices, args.payments)
    http = app.test_client()
    headers = {"Authorization": "Bearer " + info["token"], "Content-Type": "application/json"}

    def call(method: str, path: str, body: Any = None) -> Any:
        resp = http.open(path, method=method, headers=headers, data=json.dumps(body) if body is not None else None)
        assert resp.status_code in (200, 201), resp.get_data(as_text=True)
        return resp.get_json()

    cols = info["cols"]
    view = call("POST", f"/api/tables/{info['inv']}/views", {"name": "Aging", "settings": {
        "filters": [{"column_id": cols["Balance"].id, "operator": "gt", "value": 0}],
        "group_by": [{"column_id": cols["Aging bucket"].id}], "summaries": {str(cols["Balance"].id): "sum"}}})["view"]["id"]
    chart = call("POST", f"/api/bases/{info['base_id']}/charts", {"table_id": info["inv"], "name": "KPIs",
                                                                  "settings": kpi_settings(info, args.months)})["chart"]["id"]
    groups = f"/api/views/{view}/groups?as_of={AS_OF.isoformat()}"
    got = {g["value"]: (g["count"], g["summaries"][str(cols["Balance"].id)]["value"]) for g in call("GET", groups)["groups"]}
    with st.db.read() as conn:
        want = hand_aging(conn, info, AS_OF, pg)
    assert set(got) == set(want) and all(got[k][0] == want[k][0] and abs(got[k][1] - want[k][1]) < 0.01 * want[k][0] + 0.01
                                         for k in want), (got, want)
    print(f"checked: the aging as of {AS_OF} equals the hand-written SQL's ({len(want)} buckets, "
          f"{sum(n for n, _ in want.values()):,} open invoices)")

    def hand() -> None:
        with st.db.read() as conn:
            hand_aging(conn, info, AS_OF, pg)

    aging_api = timed(lambda: call("GET", groups), repeat=args.repeat)
    aging_hand = timed(hand, repeat=args.repeat)
    ratio = aging_api / aging_hand if aging_hand else float("inf")
    print(f"\nReceivables, {args.invoices:,} invoices and {args.payments:,} payments ({st.db.dialect})")
    print(f"aging as of a past date: {aging_api * 1000:.1f} ms; hand-written SQL {aging_hand * 1000:.1f} ms; "
          f"ratio {ratio:.2f}× (targets ≤ 2×, < 500 ms)")
    kpis = timed(lambda: call("GET", f"/api/charts/{chart}/data"), repeat=max(1, args.repeat // 2))
    data = call("GET", f"/api/charts/{chart}/data")
    assert len(data["categories"]) == args.months
    print(f"KPI series, {args.months} months × 4 measures: {kpis * 1000:.0f} ms (target < 2000)")


if __name__ == "__main__":
    main()
