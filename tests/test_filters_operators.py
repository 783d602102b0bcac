"""Every column type through every one of its filter operators, on SQLite and PostgreSQL.

Each operator runs through the API against a table holding a column of every registered
type (computed ones included: formula, link, lookup, rollup, link count); an operator and
its opposite must split the rows exactly (the empty cells go to the negative side), and
the comparison pairs must split the non-empty ones. A registered type without operators,
or an operator this test has no value for, fails the test, so new ones cannot slip by.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa

from server.columns.base import ValueContext
from server.columns.registry import all_types
from server.query import aggregates, indexes, paging
from server.query.compile import compile_view, summaries_for
from server.query.operators import FilterContext, operators_for
from server.query.settings import SUMMARIES, empty_settings, load_settings
from tests.helpers import ApiClient

# Operator pairs whose results are complements over all rows (negatives keep empty cells).
FULL_PAIRS = [("contains", "not_contains"), ("is", "is_not"), ("eq", "ne"), ("empty", "not_empty"),
              ("is_any_of", "is_none_of"), ("has_any_of", "has_none_of")]
# Pairs that split the non-empty cells.
RANGE_PAIRS = [("lt", "gte"), ("gt", "lte"), ("is_before", "is_on_or_after"), ("is_after", "is_on_or_before")]


def _values(kind: str, col: dict) -> list[Any]:
    opts = [o["name"] for o in (col.get("options") or {}).get("options", [])]
    return {
        "text": ["ёлка", "A", ""],
        "number": [2, "1,5", -5],
        "date": ["today", "2026-01-01", {"term": "past_days", "days": 400}, {"term": "next_days", "days": 3},
                 "this_month", "last_year"],
        "option": opts[:1],
        "options": [opts[:1], opts[:2]],
        "user": ["me", 999],
        "users": [["me"], ["me", 999]],
        "boolean": [True, False],
        "none": [None],
    }[kind]


def _build(owner: ApiClient) -> tuple[int, list[dict], int]:
    tid = owner.table_id
    other = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Customers"}, expect=201)
    other_tid = other["table"]["id"]
    other_amount = owner.add_column("Limit", "number", table_id=other_tid)["id"]
    customers = owner.insert([{"Name": "ООО Ёж", "Limit": 10}, {"Name": "ИП Сом", "Limit": 5}], table_id=other_tid)
    specs: list[tuple[str, str, dict | None]] = [
        ("Long", "long-text", None), ("Amount", "number", None), ("Done", "checkbox", None), ("Due", "date", None),
        ("Call", "date", {"include_time": True}), ("Spent", "duration", None),
        ("Status", "single-select", {"options": [{"name": "Open"}, {"name": "Closed"}]}),
        ("Tags", "multiple-select", {"options": [{"name": "vip"}, {"name": "new"}]}),
        ("Mail", "email", None), ("Site", "url", None), ("Phone", "phone", None), ("Stars", "rate", None),
        ("No", "auto-number", None), ("Owner", "collaborator", None), ("Files", "file", None),
        ("Pics", "image", None), ("Created", "ctime", None), ("Modified", "mtime", None),
        ("Creator", "creator", None), ("Modifier", "last-modifier", None), ("Where", "geolocation", None),
        ("Double", "formula", {"formula": "{Amount} * 2"}), ("Upper", "formula", {"formula": "upper({Name})"}),
        ("Later", "formula", {"formula": "dateAdd({Due}, 1, 'days')"}), ("Big", "formula", {"formula": "{Amount} > 1"}),
        ("Customer", "link", {"table_id": other_tid}),
    ]
    for name, type_, options in specs:
        owner.add_column(name, type_, options)
    link = next(c for c in owner.get(f"/api/tables/{tid}")["columns"] if c["name"] == "Customer")["id"]
    owner.add_column("Customer name", "lookup", {"link_column_id": link, "column": "Name"})
    owner.add_column("Customer limit", "rollup", {"link_column_id": link, "column_id": other_amount, "summary": "sum"})
    owner.add_column("Customers", "link-count", {"link_column_id": link})
    me = owner.user["id"]
    rows = owner.insert([
        {"Name": "Ёлка", "Long": "ёлка длинная", "Amount": 1, "Done": True, "Due": "2026-01-01",
         "Call": "2026-11-24T10:00:00Z", "Spent": 60, "Status": "Open", "Tags": ["vip", "new"], "Mail": "a@b.ru",
         "Site": "https://a.ru", "Phone": "+7 900 000-00-00", "Stars": 3, "Owner": [me], "Where": "55.7558, 37.6173",
         "Customer": [customers[0]["_id"]]},
        {"Name": "ёлКА 2", "Long": "A", "Amount": 2, "Due": "2020-05-05", "Status": "Closed", "Tags": ["new"],
         "Mail": "x@y.com", "Site": "https://b.com", "Stars": 5, "Customer": [customers[0]["_id"], customers[1]["_id"]]},
        {},
        {"Name": "abc", "Amount": -5, "Due": "2030-12-31", "Status": "Open", "Tags": ["vip"], "Spent": 3600,
         "Stars": 1, "Done": False},
    ])
    return tid, [c for c in owner.get(f"/api/tables/{tid}")["columns"]], len(rows)


def _kind(op: Any, col: dict) -> str:
    return "users" if col["type"] == "collaborator" and op.value_kind == "options" else op.value_kind


def _ids(conn: Any, table: Any, fctx: FilterContext, col: dict, op: str, value: Any) -> set[str]:
    """The compiler's answer, run in-process (the API path is covered by test_views_api)."""
    cv = compile_view(table, empty_settings(), fctx,
                      extra_filters={"filters": [{"column_id": col["id"], "operator": op, "value": value}]})
    return {r._id for r in conn.execute(sa.select(table.sa_table.c._id).where(cv.where_clause()))}


def test_every_type_through_every_operator(owner: ApiClient, app: Any) -> None:
    tid, columns, n = _build(owner)
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, owner.base_id).table(tid)
    fctx = FilterContext(user_id=owner.user["id"], timezone="Europe/Moscow")
    conn = st.db.engine.connect()
    all_ids = {r["_id"] for r in owner.get(f"/api/tables/{tid}/rows")["rows"]}
    assert len(all_ids) == n
    by_id = {c.id: c for c in table.columns}
    tested_types = set()
    for col in columns:
        meta = by_id[col["id"]]
        ops = operators_for(meta)
        assert ops, f"column type {col['type']} has no filter operators"
        tested_types.add(col["type"])
        results: dict[tuple[str, str], set[str]] = {}
        for name, op in ops.items():
            values = _values(_kind(op, col), col)
            assert values, f"no test value for {col['type']} {name}"
            for value in values:
                got = _ids(conn, table, fctx, col, name, value)
                assert got <= all_ids
                results[(name, json.dumps(value))] = got
        nonempty = results.get(("not_empty", "null"), all_ids)
        for a, b in FULL_PAIRS + RANGE_PAIRS:
            if a not in ops or b not in ops:
                continue
            for value in _values(_kind(ops[a], col), col):
                key = json.dumps(value)
                ra, rb = results[(a, key)], results[(b, key)]
                assert not (ra & rb), (col["type"], a, b, value)
                expected = all_ids if (a, b) in FULL_PAIRS else nonempty
                assert ra | rb == expected, (col["type"], a, b, value, ra, rb)
        if "is" in ops and ops["is"].value_kind == "boolean":
            assert results[("is", "true")] | results[("is", "false")] == all_ids
            assert not (results[("is", "true")] & results[("is", "false")])
    # Every summary that fits each column, and a group-by on each column, run on both databases.
    for kind in SUMMARIES:
        fitting = {str(c.id): kind for c in table.columns if kind in summaries_for(c)}
        out = aggregates.footer(conn, compile_view(table, load_settings({"summaries": fitting}), fctx),
                                ValueContext())
        assert out["count"] == n and set(out["summaries"]) == set(fitting), kind
        if kind in ("count", "empty", "filled"):
            assert all(0 <= v["value"] <= n for v in out["summaries"].values()), (kind, out)
    for c in table.columns:
        for direction in ("asc", "desc"):
            cv = compile_view(table, load_settings({"sorts": [{"column_id": c.id, "direction": direction}]}), fctx)
            assert len(paging.window(conn, cv, 0, 100).rows) == n, c.type
        tree = aggregates.groups(conn, compile_view(table, load_settings({"group_by": [{"column_id": c.id}]}), fctx),
                                 ValueContext())
        assert sum(g["count"] for g in tree["groups"]) == n, c.type
    conn.close()
    assert tested_types == set(all_types()), set(all_types()) - tested_types
    indexes.wait_idle()


def test_text_operators_fold_case_and_yo(owner: ApiClient) -> None:
    tid = owner.table_id
    name = owner.base["tables"][0]["columns"][0]
    owner.insert([{"Name": "ЁЛКА"}, {"Name": "елка"}, {"Name": "Ель"}, {"Name": "50%_off"}, {"Name": None}])

    def names(op: str, value: Any) -> list[str | None]:
        f = quote(json.dumps([{"column_id": name["id"], "operator": op, "value": value}], ensure_ascii=False))
        return [r["Name"] for r in owner.get(f"/api/tables/{tid}/rows?keys=names&filters={f}")["rows"]]

    assert names("is", "Ёлка") == ["ЁЛКА", "елка"]
    assert names("contains", "ЁЛ") == ["ЁЛКА", "елка", "Ель"]
    assert names("not_contains", "лк") == ["Ель", "50%_off", None]
    assert names("contains", "%_") == ["50%_off"]  # LIKE wildcards are matched literally
    assert names("contains", "_") == ["50%_off"]
    assert names("is_not", "ель") == ["ЁЛКА", "елка", "50%_off", None]
    assert names("empty", None) == [None]
