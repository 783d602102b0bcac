"""Benchmark: what team features cost on the write path.

    python bench/team.py [--rows 1000] [--read-rows 100000] [--repeat 9] [--repeat-one 31]
                         [--pg postgresql://...] [--smoke]

Times apply_action for batches of rows with the team hooks (role + table/column permission
check before every handler; the after-commit subscriber for webhooks, assignment
notifications and automations) against the same actions with the hooks taken out. Also
times a batch when the base has an active webhook (the action's before/after values are
described and queued; delivery runs elsewhere) and an automation rule.

Then access rules on the read path (issue 18): the first window and the count of an invoices
table of --read-rows rows for a member whose row rule follows one link (the invoice's customer's
manager is me), against the same for the owner (target ≤ 1.3×). Not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import make_app, parse_args, report  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=9, help="timed runs per side of each batch action")
    ap.add_argument("--repeat-one", type=int, default=31, help="timed runs per side of the one-cell update")
    ap.add_argument("--read-rows", type=int, default=100_000, help="invoices read by the row-rule measurement")
    ap.add_argument("--pg", default=None)
    args = parse_args(ap, {"rows": 20, "repeat": 1, "repeat_one": 1, "read_rows": 200})
    app = make_app(args.pg)
    st = app.extensions["tablo"]
    from server.actions import apply as apply_mod
    from server.actions import events
    from server.actions.apply import apply_action
    from server.auth.service import create_user
    from server.automations import subscriber, webhooks
    from server.bases.create import create_base
    from server.catalog import schema as cat
    from server.permissions import checks as permissions
    from server.workers import team_runtime

    with st.db.write() as conn:
        owner = create_user(conn, "owner@example.com", "bench-password")
        editor = create_user(conn, "editor@example.com", "bench-password")
    ctx = app.test_request_context()
    ctx.push()
    base_id = create_base(owner, "Bench")
    with st.db.write() as conn:
        conn.execute(sa.insert(cat.base_members).values(base_id=base_id, user_id=editor, role="editor"))
        table = st.schema_cache.get(conn, base_id).live_tables()[0]
    for name, type_, opts in (("Amount", "number", None),
                              ("Stage", "single-select", {"options": [{"name": "New"}, {"name": "Overdue"}]}),
                              ("Manager", "collaborator", None)):
        apply_action(st.db, st.schema_cache, base_id, owner, {"type": "add_column", "table_id": table.id,
                                                              "name": name, "column_type": type_,
                                                              **({"options": opts} if opts else {})})
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, base_id).table(table.id)
    amount = table.resolve_key("Amount")
    n = args.rows

    def insert(user: int, with_manager: bool = False) -> None:
        rows = [{"Name": f"INV-{i}", "Amount": i, "Stage": "New",
                 **({"Manager": ["editor@example.com"]} if with_manager else {})} for i in range(n)]
        apply_action(st.db, st.schema_cache, base_id, user, {"type": "insert_rows", "table_id": table.id, "rows": rows})

    def ids() -> list[str]:
        with st.db.read() as conn:
            t = table.sa_table
            return [r[0] for r in conn.execute(sa.select(t.c._id).order_by(t.c.id.desc()).limit(n))]

    def update(user: int) -> None:
        rows = [{"_id": rid, "Amount": 7} for rid in ids()]
        apply_action(st.db, st.schema_cache, base_id, user, {"type": "update_rows", "table_id": table.id, "rows": rows})

    def one(user: int) -> None:
        rid = ids()[0]
        apply_action(st.db, st.schema_cache, base_id, user, {"type": "update_rows", "table_id": table.id,
                                                             "rows": [{"_id": rid, "Amount": 3}]})

    def pair(fn: Any, repeat: int = args.repeat) -> tuple[float, float]:
        """Median times with and without the hooks, measured alternately (the machine is shared:
        interleaving keeps load swings from landing on one side)."""
        with_hooks, without = [], []
        fn()
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            with_hooks.append(time.perf_counter() - t0)
            apply_mod._checks.remove(permissions.check_action)
            events._subscribers.remove(subscriber.on_entry)
            try:
                t0 = time.perf_counter()
                fn()
                without.append(time.perf_counter() - t0)
            finally:
                apply_mod.register_check(permissions.check_action)
                subscriber.install()
        return statistics.median(with_hooks), statistics.median(without)

    results = []
    results.append((f"insert {n} rows (owner)", *pair(lambda: insert(owner))))
    with st.db.write() as conn:
        permissions.save_table_permissions(conn, base_id, table, {"add": {"mode": "named", "user_ids": [editor]},
                                                                  "edit": {"mode": "named", "user_ids": [editor]}},
                                           {amount.id: {"mode": "named", "user_ids": [editor]}})
    results.append((f"insert {n} rows (editor, permissions set)", *pair(lambda: insert(editor))))
    results.append((f"update {n} cells (editor, column permission)", *pair(lambda: update(editor))))
    results.append(("update 1 cell (editor)", *pair(lambda: one(editor), repeat=args.repeat_one)))
    results.append((f"insert {n} rows assigning a collaborator", *pair(lambda: insert(owner, True))))
    # An active webhook: the worker is stopped so only describing and queueing is timed.
    with app.app_context():
        w = webhooks.worker()
        w.stop()
        team_runtime()["webhooks"] = w
    with st.db.write() as conn:
        conn.execute(sa.insert(cat.webhooks).values(base_id=base_id, url="https://example.com/h", secret="s",
                                                    events=["row.inserted", "row.updated"], active=True, failures=0,
                                                    created_at=sa.func.now()))
    results.append((f"insert {n} rows with a webhook", *pair(lambda: insert(owner))))
    results.append((f"update {n} cells with a webhook", *pair(lambda: update(owner))))
    report(f"Team hooks on the write path ({'PostgreSQL' if args.pg else 'SQLite'}); raw = hooks removed",
           results, target=1.5)
    row_rules(app, owner, editor, base_id, args)
    ctx.pop()


def row_rules(app: Any, owner: int, editor: int, base_id: int, args: Any) -> None:
    """First window + count of invoices for a member whose rule follows the Customer link."""
    from server.actions.apply import apply_action
    from server.permissions.rules import save_rules
    from server.query import access, paging
    from server.query.compile import compile_view
    from server.query.operators import FilterContext
    from server.query.settings import empty_settings

    st = app.extensions["tablo"]

    def act(action: dict) -> Any:
        return apply_action(st.db, st.schema_cache, base_id, owner, action, max_batch=10_000)

    cust = act({"type": "add_table", "name": "Customers", "columns": [{"name": "Name", "type": "text"},
                                                                      {"name": "Manager", "type": "collaborator"}]})
    cust_id = cust.result["table_id"]
    inv_id = act({"type": "add_table", "name": "Invoices", "columns": [
        {"name": "Number", "type": "text"}, {"name": "Amount", "type": "number"}]}).result["table_id"]
    act({"type": "add_column", "table_id": inv_id, "name": "Customer", "column_type": "link",
         "options": {"table": cust_id}})
    people = ["editor@example.com", "owner@example.com", "owner@example.com", "owner@example.com"]
    customers = act({"type": "insert_rows", "table_id": cust_id, "rows": [
        {"Name": f"C{i}", "Manager": [people[i % len(people)]]} for i in range(40)]}).result["rows"]
    cids = [r["_id"] for r in customers]
    for start in range(0, args.read_rows, 1000):
        act({"type": "insert_rows", "table_id": inv_id, "rows": [
            {"Number": f"I{i}", "Amount": i % 997, "Customer": [cids[i % len(cids)]]}
            for i in range(start, min(start + 1000, args.read_rows))]})
    with st.db.write() as conn:
        schema = st.schema_cache.get(conn, base_id)
        inv, custm = schema.table(inv_id), schema.table(cust_id)
        manager = custm.resolve_key("Manager")
        link = inv.resolve_key("Customer")
        save_rules(conn, base_id, inv, [{"role": "editor", "user_id": None, "edit_filter": None, "hide_table": False,
                                         "read_only": False, "hidden_columns": [], "read_filter": {
                                             "conjunction": "and", "filters": [{
                                                 "column_id": link.id, "operator": "linked_matches", "value": {
                                                     "filters": [{"column_id": manager.id, "operator": "has_any_of",
                                                                  "value": ["me"]}]}}]}}])

    def read(user: int) -> tuple[int, int]:
        with access.reading_as(user), st.db.read() as conn:
            table = st.schema_cache.get(conn, base_id).table(inv_id)
            cv = compile_view(table, empty_settings(), FilterContext(user_id=user))
            rows = paging.window(conn, cv, 0, 100).rows
            return len(rows), paging.count(conn, cv)

    seen, total = read(editor), read(owner)
    assert seen[1] == args.read_rows // 4 and total[1] == args.read_rows, (seen, total)
    member, own = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        read(editor)
        member.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        read(owner)
        own.append(time.perf_counter() - t0)
    report(f"Access rules on the read path, {args.read_rows:,} invoices; raw = the owner (no rule)",
           [("first window + count, restricted member", statistics.median(member), statistics.median(own))],
           target=1.3)


if __name__ == "__main__":
    main()
