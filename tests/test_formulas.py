"""Formulas on SQLite and PostgreSQL: every function with normal, edge and error inputs, the
editor's validate endpoint, 422s for mistakes, and a property test against the reference
evaluator (server/formulas/reference.py)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.formulas import compiler as C
from server.formulas.parser import BinOp, Call, Num, Ref, Unary
from server.formulas.reference import FormulaValueError, evaluate
from tests.helpers import ApiClient

ROW = {"A": 10, "B": 4, "Z": 0, "N": None, "T": "Hello World", "S": "  spaced  ", "NT": "12.5", "E": None,
       "D": "2024-02-29", "D2": "2024-01-31", "D3": "2023-12-31", "C": True}
TYPES = {"A": "number", "B": "number", "Z": "number", "N": "number", "T": "text", "S": "text", "NT": "text",
         "E": "text", "D": "date", "D2": "date", "D3": "date", "C": "checkbox"}


@pytest.fixture
def sheet(owner: ApiClient) -> ApiClient:
    for name, type_ in TYPES.items():
        owner.add_column(name, type_)
    owner.insert([{"Name": "row", **{k: v for k, v in ROW.items() if v is not None}}])
    return owner


def evaluate_sql(app: Any, client: ApiClient, formulas: list[str]) -> list[Any]:
    """Compile formulas against the sheet and read them for its one row, in one SELECT."""
    from server.columns.computed import value_from_db

    st_ = app.extensions["tablo"]
    with st_.db.read() as conn:
        schema = st_.schema_cache.get(conn, client.base_id)
        table = schema.table(client.table_id)
        exprs, kinds = [], []
        for i, text in enumerate(formulas):
            _, tree = C.source_text(text, table)
            x = C.compile_tree(C.Env(schema, table, table.sa_table), tree)
            exprs.append(C.encode(x).label(f"f{i}"))
            kinds.append(x.kind)
        row = conn.execute(sa.select(*exprs).select_from(table.sa_table)).one()
    return [value_from_db(k, v) for k, v in zip(kinds, row, strict=True)]


CASES: list[tuple[str, Any]] = [
    # logic
    ("if({A} > 5, 'big', 'small')", "big"),
    ("if({N}, 1, 2)", 2.0),
    ("if({A} > 50, 1)", None),
    ("if({A} > 5, {A}, '')", 10.0),
    ("ifs({A} < 5, 'a', {A} < 20, 'b', true, 'c')", "b"),
    ("ifs({A} > 100, 'a')", None),
    ("switch({T}, 'x', 1, 'Hello World', 2, 3)", 2.0),
    ("switch({A}, 1, 'one', 'other')", "other"),
    ("and({A} > 1, {B} > 1)", True),
    ("and({A} > 1, {N} > 1)", False),
    ("or({A} < 1, {C})", True),
    ("not({C})", False),
    ("isblank({N})", True),
    ("isblank({E})", True),
    ("isblank({T})", False),
    ("iferror(1 / {Z}, -1)", -1.0),
    ("iferror({A} / {B}, 0)", 2.5),
    ("iferror({T} * 2, 'bad')", "bad"),
    # numbers
    ("{A} + {B} * 2 - 1", 17.0),
    ("{N} + 1", 1.0),
    ("-{A} ^ 2", -100.0),
    ("{A} / {Z}", "#DIV/0!"),
    ("{T} * 2", "#VALUE!"),
    ("{NT} * 2", 25.0),
    ("round(2.5)", 3.0),
    ("round(-2.5)", -3.0),
    ("round(3.14159, 2)", 3.14),
    ("round(1234, -2)", 1200.0),
    ("round({N})", None),
    ("roundup(1.1)", 2.0),
    ("roundup(-1.1)", -2.0),
    ("roundup(1.21, 1)", 1.3),
    ("rounddown(1.9)", 1.0),
    ("rounddown(-1.99, 1)", -1.9),
    ("abs(-3)", 3.0),
    ("abs({Z})", 0.0),
    ("int(-1.5)", -2.0),
    ("int(1.5)", 1.0),
    ("mod(10, 3)", 1.0),
    ("mod(-10, 3)", 2.0),
    ("mod(10, -3)", -2.0),
    ("mod(1, {Z})", "#DIV/0!"),
    ("power(2, 10)", 1024.0),
    ("power(-8, 0.5)", "#VALUE!"),
    ("power(0, -1)", "#DIV/0!"),
    ("sqrt(16)", 4.0),
    ("sqrt(-1)", "#VALUE!"),
    ("max({A}, {B}, {N})", 10.0),
    ("min({A}, {B}, -2)", -2.0),
    ("max({N})", None),
    ("sum({A}, {B}, {N})", 14.0),
    ("average({A}, {B}, {N})", 7.0),
    ("average({N})", "#DIV/0!"),
    # text
    ("concatenate({T}, '!', {A})", "Hello World!10"),
    ("{T} & {N} & 0.5", "Hello World0.5"),
    ("0.1 + 0.2 & ''", "0.3"),
    ("left({T}, 5)", "Hello"),
    ("left({T}, 50)", "Hello World"),
    ("left({T}, -1)", "#VALUE!"),
    ("left({E}, 2)", ""),
    ("right({T}, 5)", "World"),
    ("right({T}, 0)", ""),
    ("right({T}, 99)", "Hello World"),
    ("mid({T}, 7, 3)", "Wor"),
    ("mid({T}, 0, 2)", "#VALUE!"),
    ("len({T})", 11.0),
    ("len({E})", 0.0),
    ("lower('ПРИВЕТ Мир')", "привет мир"),
    ("upper({T})", "HELLO WORLD"),
    ("trim({S})", "spaced"),
    ("substitute({T}, 'o', '0')", "Hell0 W0rld"),
    ("substitute({T}, '', 'x')", "Hello World"),
    ("find('o', {T})", 5.0),
    ("find('o', {T}, 6)", 8.0),
    ("find('z', {T})", 0.0),
    ("find('w', {T})", 0.0),
    ("search('WORLD', {T})", 7.0),
    ("text(1234.567, '#,##0.00')", "1,234.57"),
    ("text(0.256, '0.0%')", "25.6%"),
    ("text(2.5, '0')", "3"),
    ("text(-0.001, '0.00')", "0.00"),
    ("text({D}, 'DD.MM.YYYY')", "29.02.2024"),
    ("text({D}, 'YYYY-MM')", "2024-02"),
    # dates
    ("year({D})", 2024.0),
    ("month({D})", 2.0),
    ("day({D})", 29.0),
    ("weekday({D})", 5.0),
    ("weekday({D}, 'Monday')", 4.0),
    ("weeknum(date(2024, 1, 1))", 1.0),
    ("weeknum({D})", 9.0),
    ("date(2024, 2, 30)", "2024-03-01"),
    ("date(2024, 13, 1)", "2025-01-01"),
    ("date(2024, 1, 0)", "2023-12-31"),
    ("date(0, 1, 1)", "1900-01-01"),
    ("date(-1, 1, 1)", "#VALUE!"),
    ("edate({D2}, 1)", "2024-02-29"),
    ("edate({D}, 12)", "2025-02-28"),
    ("edate({D}, -1)", "2024-01-29"),
    ("eomonth({D2}, 0)", "2024-01-31"),
    ("eomonth({D}, 1)", "2024-03-31"),
    ("eomonth({D3}, 2)", "2024-02-29"),
    ("dateAdd({D}, 1, 'years')", "2025-02-28"),
    ("dateAdd({D}, 1)", "2024-03-01"),
    ("dateAdd({D2}, 1, 'months')", "2024-02-29"),
    ("dateAdd({D}, 2, 'weeks')", "2024-03-14"),
    ("dateAdd({D}, 36, 'hours')", "2024-03-01T12:00:00Z"),
    ("dateDif({D3}, {D}, 'D')", 60.0),
    ("dateDif({D}, {D3})", -60.0),
    ("dateDif({D2}, {D}, 'M')", 0.0),
    ("dateDif({D3}, {D}, 'M')", 1.0),
    ("dateDif({D}, {D3}, 'M')", -1.0),
    ("dateDif(date(2020, 2, 29), {D}, 'Y')", 4.0),
    ("dateDif({N2}, {D})", None),
    ("networkdays({D3}, {D})", 44.0),
    ("networkdays({D}, {D3})", -44.0),
    ("networkdays({D}, {D})", 1.0),
    ("{D} - {D3}", 60.0),
    ("{D} + 1", "2024-03-01"),
    ("{D} > '2024-01-01'", True),
    ("{D} = {D2}", False),
]


@pytest.fixture
def sheet2(sheet: ApiClient) -> ApiClient:
    sheet.add_column("N2", "date")
    return sheet


def test_every_function_same_on_both_databases(app: Any, sheet2: ApiClient) -> None:
    got = evaluate_sql(app, sheet2, [f for f, _ in CASES])
    wrong = [(f, want, have) for (f, want), have in zip(CASES, got, strict=True)
             if not (have == want or (isinstance(want, float) and isinstance(have, float)
                                     and math.isclose(want, have, abs_tol=1e-9)))]
    assert not wrong, "\n".join(f"{f}: expected {w!r}, got {h!r}" for f, w, h in wrong)


def test_today_and_now(app: Any, sheet: ApiClient) -> None:
    today, now, diff = evaluate_sql(app, sheet, ["today()", "now()", "dateDif({D}, today())"])
    assert today == dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    assert now[:10] == today
    assert diff == (dt.datetime.now(dt.UTC).date() - dt.date(2024, 2, 29)).days


def test_formula_column_through_the_api(sheet: ApiClient) -> None:
    col = sheet.add_column("Ratio", "formula", {"formula": "round({A} / {B}, 1)"})
    assert col["options"]["result_type"] == "number"
    assert col["options"]["formula"] == "round({A} / {B}, 1)"
    assert col["read_only"] is True
    err = sheet.add_column("Err", "formula", {"formula": "{A} / {Z}"})
    rows = sheet.rows()
    assert rows[0]["Ratio"] == 2.5
    assert rows[0]["Err"] == "#DIV/0!"
    # Computed cells cannot be written.
    r = sheet.patch(f"/api/tables/{sheet.table_id}/rows", {"rows": [{"_id": rows[0]["_id"], "Ratio": 1}]},
                    expect=422).get_json()
    assert "read-only" in r["error"]["message"] or "computed" in r["error"]["message"]
    # A number edit flows into the formula on the next read.
    sheet.patch(f"/api/tables/{sheet.table_id}/rows", {"rows": [{"_id": rows[0]["_id"], "B": 8, "Z": 5}]})
    row = sheet.rows()[0]
    assert (row["Ratio"], row["Err"]) == (1.3, 2.0)
    assert err["options"]["result_type"] == "number"


BAD = [
    ("1 +", "ends too early", 3),
    ("foo(1)", "unknown function foo()", 0),
    ("round()", "round() takes 1 to 2 arguments, got 0", 0),
    ("if(1, 2, 3, 4)", "if() takes 2 to 3 arguments, got 4", 0),
    ("{A} + {Nope}", "no column named {Nope}", 6),
    ("{D} * 2", "a date cannot be used as a number", 0),
    ("text({A}, 'weird')", "unknown number format", 10),
    ("year({T})", "expected a date", 5),
    ("dateDif({D}, {D3}, 'Q')", "the unit is 'D'", 19),
    ("'abc", "unexpected character", 0),
    ("{A} {B}", "unexpected", 4),
    ("Amount + 1", "put column names in braces", 0),
]


@pytest.mark.parametrize(("formula", "message", "position"), BAD)
def test_mistakes_are_422_with_position_and_nothing_saved(sheet: ApiClient, formula: str, message: str,
                                                          position: int) -> None:
    before = sheet.get(f"/api/tables/{sheet.table_id}")["columns"]
    r = sheet.post(f"/api/tables/{sheet.table_id}/columns", {"name": "F", "type": "formula",
                                                             "options": {"formula": formula}}, expect=422).get_json()
    assert message in r["error"]["message"]
    assert r["error"]["position"]["start"] == position
    assert sheet.get(f"/api/tables/{sheet.table_id}")["columns"] == before
    v = sheet.post(f"/api/tables/{sheet.table_id}/formula/validate", {"formula": formula}, expect=422).get_json()
    assert v["error"]["position"]["start"] == position
    assert v["error"]["fields"]["formula"]


def test_validate_endpoint(sheet: ApiClient) -> None:
    ok = sheet.post(f"/api/tables/{sheet.table_id}/formula/validate", {"formula": "dateAdd({D}, {A})"})
    assert ok["result_type"] == "date" and ok["volatile"] is False
    assert ok["source"].startswith("dateAdd({#")
    assert sheet.post(f"/api/tables/{sheet.table_id}/formula/validate",
                      {"formula": "today() > {D}"})["volatile"] is True
    sheet.post(f"/api/tables/{sheet.table_id}/formula/validate", {"formula": ""}, expect=422)
    sheet.post("/api/tables/999999/formula/validate", {"formula": "1"}, expect=404)
    stranger = ApiClient(sheet.app)
    stranger.signup("stranger@example.com")
    stranger.post(f"/api/tables/{sheet.table_id}/formula/validate", {"formula": "1"}, expect=404)


def test_rename_rewrites_shown_text_and_delete_gives_ref(sheet: ApiClient) -> None:
    a = next(c for c in sheet.get(f"/api/tables/{sheet.table_id}")["columns"] if c["name"] == "A")
    f = sheet.add_column("F", "formula", {"formula": "{A} * 2"})
    sheet.patch(f"/api/columns/{a['id']}", {"name": "Amount"})
    cols = {c["name"]: c for c in sheet.get(f"/api/tables/{sheet.table_id}")["columns"]}
    assert cols["F"]["options"]["formula"] == "{Amount} * 2"
    assert sheet.rows()[0]["F"] == 20.0
    sheet.undo()
    cols = {c["name"]: c for c in sheet.get(f"/api/tables/{sheet.table_id}")["columns"]}
    assert cols["F"]["options"]["formula"] == "{A} * 2"
    sheet.delete(f"/api/columns/{a['id']}")
    assert sheet.rows()[0]["F"] == "#REF!"
    sheet.undo()
    assert sheet.rows()[0]["F"] == 20.0
    assert f["id"] == cols["F"]["id"]


def test_cycles_are_rejected_naming_the_chain(sheet: ApiClient) -> None:
    f1 = sheet.add_column("F1", "formula", {"formula": "{A} + 1"})
    sheet.add_column("F2", "formula", {"formula": "{F1} * 2"})
    r = sheet.patch(f"/api/columns/{f1['id']}", {"options": {"formula": "{F2} + 1"}}, expect=422).get_json()
    assert r["error"]["message"] == "circular reference: {F1} → {F2} → {F1}"
    r = sheet.patch(f"/api/columns/{f1['id']}", {"options": {"formula": "{F1} + 1"}}, expect=422).get_json()
    assert "circular reference" in r["error"]["message"]
    assert sheet.rows()[0]["F2"] == 22.0


def test_changing_a_formula_and_undo(sheet: ApiClient) -> None:
    f = sheet.add_column("F", "formula", {"formula": "{A} + 1"})
    assert sheet.rows()[0]["F"] == 11.0
    sheet.patch(f"/api/columns/{f['id']}", {"options": {"formula": "upper({T})"}})
    assert sheet.rows()[0]["F"] == "HELLO WORLD"
    sheet.patch(f"/api/columns/{f['id']}", {"options": {"formula": "today()"}})
    assert sheet.rows()[0]["F"] == dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    sheet.undo()
    sheet.undo()
    assert sheet.rows()[0]["F"] == 11.0
    sheet.redo()
    assert sheet.rows()[0]["F"] == "HELLO WORLD"


def test_type_change_to_and_from_formula(sheet: ApiClient) -> None:
    f = sheet.add_column("F", "formula", {"formula": "{A} * 3"})
    sheet.patch(f"/api/columns/{f['id']}", {"type": "number"})
    assert sheet.rows()[0]["F"] == 30.0  # the values stay, now plain numbers
    sheet.undo()
    assert sheet.rows()[0]["F"] == 30.0
    cols = {c["name"]: c for c in sheet.get(f"/api/tables/{sheet.table_id}")["columns"]}
    assert cols["F"]["type"] == "formula"


# -- property test: SQL equals the reference evaluator ------------------------------------------
NUM_COLS = ["A", "B", "Z", "N", "X"]


def _num_tree(draw: Any, depth: int) -> Any:
    if depth <= 0 or draw(st.integers(0, 3)) == 0:
        if draw(st.booleans()):
            return Ref(0, 0, draw(st.sampled_from(NUM_COLS)))
        return Num(0, 0, float(draw(st.integers(-5, 9))))
    kind = draw(st.sampled_from(["bin", "bin", "neg", "if", "fn1", "fn2", "fnn", "iferror"]))
    if kind == "bin":
        return BinOp(0, 0, draw(st.sampled_from(["+", "-", "*", "/"])), _num_tree(draw, depth - 1),
                     _num_tree(draw, depth - 1))
    if kind == "neg":
        return Unary(0, 0, "-", _num_tree(draw, depth - 1))
    if kind == "if":
        cond = BinOp(0, 0, draw(st.sampled_from(["=", "<>", "<", ">", "<=", ">="])), _num_tree(draw, depth - 1),
                     _num_tree(draw, depth - 1))
        return Call(0, 0, "if", [cond, _num_tree(draw, depth - 1), _num_tree(draw, depth - 1)])
    if kind == "fn1":
        return Call(0, 0, draw(st.sampled_from(["abs", "int", "round"])), [_num_tree(draw, depth - 1)])
    if kind == "fn2":
        return Call(0, 0, draw(st.sampled_from(["mod", "round"])),
                    [_num_tree(draw, depth - 1), Num(0, 0, float(draw(st.integers(0, 2))))]
                    if draw(st.booleans()) else [_num_tree(draw, depth - 1), _num_tree(draw, depth - 1)])
    if kind == "iferror":
        return Call(0, 0, "iferror", [_num_tree(draw, depth - 1), _num_tree(draw, depth - 1)])
    return Call(0, 0, draw(st.sampled_from(["max", "min", "sum"])),
                [_num_tree(draw, depth - 1) for _ in range(draw(st.integers(1, 3)))])


def _render(node: Any) -> str:
    if isinstance(node, Num):
        return repr(node.value) if node.value >= 0 else f"({node.value!r})"
    if isinstance(node, Ref):
        return "{" + node.name + "}"
    if isinstance(node, Unary):
        return f"-({_render(node.operand)})"
    if isinstance(node, BinOp):
        return f"({_render(node.left)} {node.op} {_render(node.right)})"
    return f"{node.name}(" + ", ".join(_render(a) for a in node.args) + ")"


@st.composite
def formulas(draw: Any) -> str:
    return _render(_num_tree(draw, 3))


@st.composite
def rows(draw: Any) -> dict[str, Any]:
    value = st.one_of(st.none(), st.integers(-20, 20).map(float), st.sampled_from([0.5, -2.5, 1.25, 100.0]))
    return {c: draw(value) for c in NUM_COLS}


def test_random_formulas_match_the_reference(app: Any) -> None:
    from server.columns.computed import value_from_db

    c = ApiClient(app)
    c.signup("prop@example.com")
    c.new_base("P")
    for name in NUM_COLS:
        c.add_column(name, "number")
    st_ = app.extensions["tablo"]

    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.lists(st.tuples(formulas(), rows()), min_size=4, max_size=4))
    def check(data: list[tuple[str, dict]]) -> None:
        inserted = c.insert([{k: v for k, v in row.items() if v is not None} for _, row in data])
        row_ids = [r["_id"] for r in inserted]
        with st_.db.read() as conn:
            schema = st_.schema_cache.get(conn, c.base_id)
            table = schema.table(c.table_id)
            ids = {col.name: col.id for col in table.columns}
            t = table.sa_table
            for (text, row), rid in zip(data, row_ids, strict=True):
                _, tree = C.source_text(text, table)
                x = C.compile_tree(C.Env(schema, table, table.sa_table), tree)
                try:
                    raw = conn.execute(sa.select(C.encode(x)).where(t.c._id == rid)).scalar()
                except sa.exc.DBAPIError as exc:
                    raise AssertionError(f"{text} on {row}: {exc.orig}") from None
                have = value_from_db(x.kind, raw)
                try:
                    want = evaluate(tree, {ids[k]: v for k, v in row.items()})
                except FormulaValueError as exc:
                    want = exc.code
                except OverflowError:
                    continue
                if isinstance(want, float) and (math.isinf(want) or abs(want) > 1e12):
                    continue  # beyond what the property is about (PostgreSQL refuses float overflow)
                assert have == want or (isinstance(want, float) and isinstance(have, float)
                                        and math.isclose(want, have, rel_tol=1e-9, abs_tol=1e-9)), \
                    f"{text} on {row}: SQL {have!r}, reference {want!r}"

    check()
