"""Property test of the SeaTable SQL subset: random WHERE trees over a table with empty cells,
compiled by Tablo and run on SQLite and PostgreSQL, give exactly the rows a plain-Python
evaluation with SQL's three-valued logic gives.

In-process (Flask test client) so hypothesis can try many queries quickly; the real client
and server process are exercised by tests/test_seatable_sql.py.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import ApiClient

STATUSES = ["Open", "Paid", "Overdue"]
TEXTS = ["Ёлка", "елка", "Apple", "apple pie", "Груша", "x_y", "100%", None]
ROWS = 40


def _rows() -> list[dict[str, Any]]:
    rnd = random.Random(7)
    out = []
    for i in range(ROWS):
        out.append({
            "Name": f"r{i:02d}",
            "N": rnd.choice([None, *range(-3, 8)]),
            "T": rnd.choice(TEXTS),
            "S": rnd.choice([None, *STATUSES]),
            "D": rnd.choice([None, "2026-01-05", "2026-02-10", "2026-03-15", "2025-12-31"]),
            "C": rnd.choice([None, True, False]),
        })
    return out


@pytest.fixture
def gateway(owner: ApiClient) -> tuple[Any, dict, list[dict]]:
    tid = owner.table_id
    owner.add_column("N", "number")
    owner.add_column("T", "text")
    owner.add_column("S", "single-select", {"options": [{"name": s} for s in STATUSES]})
    owner.add_column("D", "date")
    owner.add_column("C", "checkbox")
    owner.patch(f"/api/tables/{tid}", {"name": "T1"})
    rows = _rows()
    owner.insert([{k: v for k, v in r.items() if v is not None} for r in rows])
    token = owner.post("/api/tokens", {"base_id": owner.base_id, "access": "read"}, expect=201)["token"]
    http = owner.app.test_client()
    auth = http.get("/api/v2.1/dtable/app-access-token/", headers={"Authorization": "Token " + token}).get_json()
    headers = {"Authorization": "Token " + auth["access_token"]}
    return http, {"url": f"/api-gateway/api/v2/dtables/{auth['dtable_uuid']}/sql", "headers": headers}, rows


# -- random conditions, as SQL text and as a Python predicate ------------------------------------
def fold(s: str) -> str:
    return s.lower().replace("ё", "е")


def like(value: str, pattern: str) -> bool:
    import re

    rx = "".join(".*" if ch == "%" else "." if ch == "_" else re.escape(ch) for ch in fold(pattern))
    return re.fullmatch(rx, fold(value), re.S) is not None


def quote(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def cmp(op: str, a: Any, b: Any) -> bool:
    return {"=": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


@st.composite
def leaf(draw: Any) -> tuple[str, Any]:
    kind = draw(st.sampled_from(["num", "num_in", "text_eq", "text_like", "sel", "sel_in", "date", "check",
                                 "null", "between"]))
    if kind == "num":
        op, lit = draw(st.sampled_from(["=", "!=", "<", "<=", ">", ">="])), draw(st.integers(-4, 9))
        return f"N {op} {lit}", lambda r: None if r["N"] is None else cmp(op, r["N"], lit)
    if kind == "num_in":
        lits = draw(st.lists(st.integers(-3, 8), min_size=1, max_size=4))
        return f"N IN ({', '.join(map(str, lits))})", lambda r: None if r["N"] is None else r["N"] in lits
    if kind == "text_eq":
        op, lit = draw(st.sampled_from(["=", "!="])), draw(st.sampled_from([t for t in TEXTS if t]))
        return f"T {op} {quote(lit)}", lambda r: None if r["T"] is None else cmp(op, r["T"], lit)
    if kind == "text_like":
        pat = draw(st.sampled_from(["%ел%", "ЁЛ%", "a%", "%PIE", "%", "x\\_y", "_пл%", "%р%", "1__%"]))
        sql_pat = pat.replace("\\_", "_")
        return f"T LIKE {quote(sql_pat)}", lambda r: None if r["T"] is None else like(r["T"], sql_pat)
    if kind == "sel":
        op, lit = draw(st.sampled_from(["=", "!="])), draw(st.sampled_from(STATUSES))
        return f"S {op} {quote(lit)}", lambda r: None if r["S"] is None else cmp(op, r["S"], lit)
    if kind == "sel_in":
        lits = draw(st.lists(st.sampled_from(STATUSES), min_size=1, max_size=3))
        return f"S IN ({', '.join(map(quote, lits))})", lambda r: None if r["S"] is None else r["S"] in lits
    if kind == "date":
        op = draw(st.sampled_from(["=", "!=", "<", "<=", ">", ">="]))
        lit = draw(st.sampled_from(["2026-01-05", "2026-02-10", "2026-01-31", "2025-12-31"]))
        return f"D {op} {quote(lit)}", lambda r: None if r["D"] is None else cmp(op, r["D"], lit)
    if kind == "check":
        op, lit = draw(st.sampled_from(["=", "!=", "IN"])), draw(st.booleans())
        if op == "IN":
            return f"C IN ({quote(lit)})", lambda r: bool(r["C"]) == lit

        def check(r: dict) -> Any:
            # An unset checkbox is false (it reads as false everywhere in Tablo).
            eq = bool(r["C"]) == lit
            return eq if op == "=" else not eq
        return f"C {op} {quote(lit)}", check
    if kind == "between":
        lo, hi = sorted(draw(st.lists(st.integers(-3, 8), min_size=2, max_size=2)))
        return f"N BETWEEN {lo} AND {hi}", lambda r: None if r["N"] is None else lo <= r["N"] <= hi
    col = draw(st.sampled_from(["N", "T", "S", "D"]))
    negate = draw(st.booleans())
    return (f"{col} IS {'NOT ' if negate else ''}NULL",
            lambda r: (r[col] is not None) if negate else (r[col] is None))


def _and(a: Any, b: Any) -> Any:
    if a is False or b is False:
        return False
    return None if a is None or b is None else True


def _or(a: Any, b: Any) -> Any:
    if a is True or b is True:
        return True
    return None if a is None or b is None else False


conditions = st.recursive(
    leaf(),
    lambda inner: st.one_of(
        st.tuples(inner, inner).map(lambda p: (f"({p[0][0]} AND {p[1][0]})",
                                               lambda r, p=p: _and(p[0][1](r), p[1][1](r)))),
        st.tuples(inner, inner).map(lambda p: (f"({p[0][0]} OR {p[1][0]})",
                                               lambda r, p=p: _or(p[0][1](r), p[1][1](r)))),
        inner.map(lambda c: (f"NOT ({c[0]})", lambda r, c=c: None if c[1](r) is None else not c[1](r))),
    ),
    max_leaves=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cond=conditions)
def test_where_matches_three_valued_reference(gateway: tuple, cond: tuple[str, Any]) -> None:
    http, gw, rows = gateway
    text, predicate = cond
    sql = "SELECT Name FROM T1 WHERE " + text + " ORDER BY Name"  # noqa: S608  (SQL text is the input under test)
    r = http.post(gw["url"], json={"sql": sql, "convert_keys": True}, headers=gw["headers"])
    assert r.status_code == 200, (text, r.get_data(as_text=True))
    got = [x["Name"] for x in r.get_json()["results"]]
    expect = sorted(row["Name"] for row in rows if predicate(row) is True)
    assert got == expect, text
