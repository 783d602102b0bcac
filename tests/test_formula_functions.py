"""Every formula function, on SQLite and PostgreSQL, against the plain-Python reference
evaluator (server/formulas/reference.py) over rows with numbers, Cyrillic text, dates and
empty cells; SeaTable's documented examples give SeaTable's results; unknown functions and
wrong argument counts are refused with their position."""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from server.formulas import compiler as C
from server.formulas.parser import Call, walk
from server.formulas.reference import FormulaValueError, evaluate
from server.storage.dialect import python_num_text
from tests.helpers import ApiClient

TYPES = {"N1": "number", "N2": "number", "T1": "text", "T2": "text", "D1": "date", "D2": "date",
         "M": "multiple-select"}
ROWS: list[dict[str, Any]] = [
    {"N1": 10, "N2": 3, "T1": "Hello World", "T2": "o", "D1": "2024-02-29 13:14:52", "D2": "2024-03-10 09:05:00",
     "M": ["a", "b"]},
    {"N1": -2.14, "N2": 4, "T1": "Привет, Мир и мир", "T2": "и", "D1": "2023-12-31", "D2": "2024-01-01",
     "M": ["a"]},
    {},
    {"N1": 0, "N2": -5, "T1": "ёлка ЁЛКА ёлка", "T2": "ёлка", "D1": "2025-01-12", "D2": "2024-12-30 23:59:00",
     "M": []},
    {"N1": 81, "N2": 3, "T1": "  spaced  ", "D1": "2021-01-03", "D2": "2021-01-04", "M": ["a", "b", "c"]},
    {"N1": 2.5, "N2": 0, "T1": "12.5", "T2": "12.5", "D1": "2020-02-29 00:00:00", "D2": "2026-12-31"},
]

# Each function with formulas over the columns; every function the compiler knows but the
# clock's appears here (test_every_function_is_checked).
FORMULAS: list[str] = [
    # logic
    "if({N1} > 1, {T1}, {T2})", "if({T1}, 'yes', 'no')", "if({D1}, 1, 0)",
    "ifs({N1} > 5, 'big', {N1} > 0, 'small')", "switch({N2}, 3, 'three', 4, 'four', 'other')",
    "switch({T2}, 'o', 1, 'и', 2)", "and({N1}, {N2})", "and({T1}, {N1})", "or({N1} > 5, {N2} < 0)",
    "or({T2})", "xor({N1} > 0, {N2} > 0, {N1} > {N2})", "xor({N1})", "not({N1})", "true()", "false()",
    "isblank({T1})", "isblank({N1})", "isblank({D1})", "iferror({N1} / {N2}, -1)", "iferror(value({T1}), 0)",
    # numbers
    "round({N1} / 7, 2)", "round({N1}, -1)", "roundup({N1} / 3, 1)", "rounddown({N1} / 3, 1)", "abs({N1})",
    "int({N1})", "mod({N1}, {N2})", "power({N1}, {N2})", "sqrt({N1})", "max({N1}, {N2})", "min({N1}, {N2})",
    "sum({N1}, {N2}, 1)", "average({N1}, {N2})", "ceiling({N1})", "ceiling({N1}, {N2})", "ceiling({N1}, 0.1)",
    "floor({N1})", "floor({N1}, {N2})", "floor({N1}, 0.1)", "even({N1})", "even({N2})", "odd({N1})",
    "odd({N2})", "exp({N2})", "exp({N1})", "lg({N1})", "log({N1})", "log({N1}, {N2})", "sign({N1})",
    "sign({N2})", "e + {N1}", "pi * {N2}", "e() * pi()", "add({N1}, {N2})", "subtract({N1}, {N2})",
    "multiply({N1}, {N2})", "divide({N1}, {N2})", "greater({N1}, {N2})", "lessthan({N1}, {N2})",
    "greatereq({N1}, {N2})", "lessthaneq({N1}, {N2})", "equal({N1}, {N2})", "unequal({N1}, {N2})",
    "equal({T1}, {T2})", "unequal({T1}, {T2})", "value({T1})", "value({N1})",
    "counta({N1}, {T1}, {D1}, '')", "countall({N1}, {T1}, '')", "countblank({N1}, {T1}, {D1}, '')",
    "countItems({M})",
    # text
    "concatenate({T1}, '-', {N1})", "{T1} & {T2}", "left({T1}, 3)", "left({T1})", "right({T1}, 2)",
    "mid({T1}, 2, 4)", "len({T1})", "lower({T1})", "upper({T1})", "trim({T1})",
    "substitute({T1}, {T2}, 'Ж')", "substitute({T1}, {T2}, 'Ж', 2)", "substitute({T1}, {T2}, 'Ж', 0)",
    "find({T2}, {T1})", "find({T2}, {T1}, 3)", "search({T2}, {T1})", "search(upper({T2}), {T1}, 2)",
    "text({N1}, '#,##0.00')", "text({N1}, '0%')", "text({N1}, 'euro')", "text({N1}, 'percent')", "text({D1}, 'DD.MM.YYYY')", "exact({T1}, {T2})",
    "exact(lower({T2}), {T2})", "replace({T1}, 2, 3, 'ЖЖ')", "replace({T1}, 1, 0, {T2})", "rept({T2}, 3)",
    "rept({T1}, {N2})", "T({T1})", "T({N1})",
    # dates
    "date({N1} + 2000, {N2}, 1)", "year({D1})", "month({D1})", "day({D1})", "hour({D1})", "minute({D1})",
    "second({D1})", "weekday({D1})", "weekday({D1}, 'Monday')", "weeknum({D1})", "weeknum({D1}, 2)",
    "weeknum({D1}, 15)", "weeknum({D2}, 21)", "isoweeknum({D1})", "isoweeknum({D2})",
    "dateAdd({D1}, {N2}, 'months')", "dateAdd({D1}, {N1})", "dateAdd({D1}, {N2}, 'hours')",
    "dateDif({D1}, {D2})", "dateDif({D1}, {D2}, 'M')", "dateDif({D2}, {D1}, 'Y')", "dateDif({D1}, {D2}, 'S')",
    "dateDif({D1}, {D2}, 'YD')", "dateDif({D2}, {D1}, 'YD')", "dateDif({D1}, {D2}, 'YM')",
    "dateDif({D2}, {D1}, 'MD')", "dateDif({D1}, {D2}, 'MD')", "date({N2}, 1, 1)", "networkdays({D1}, {D2})",
    "networkdays({D1}, {D2}, '2024-03-01', '2024-03-01', '2024-01-01', {D1})", "eomonth({D1}, {N2})",
    "edate({D1}, {N2})", "startofweek({D1})", "startofweek({D2}, 'Monday')", "quarter({D1})", "isodate({D1})",
    "isomonth({D2})", "hours({D1}, {D2})", "months({D1}, {D2})",
]
CLOCK = {"today", "now"}

# SeaTable's own examples (its formula and SQL function references) with its results.
SEATABLE_EXAMPLES: list[tuple[str, Any]] = [
    ("e + 1", 3.718281828459045), ("pi", math.pi), ("add(1, 2)", 3.0), ("subtract(5, 4)", 1.0),
    ("multiply(3, 4)", 12.0), ("divide(3, 2)", 1.5), ("mod(15, 7)", 1.0), ("power(3, 2)", 9.0),
    ("greater(2, 3)", False), ("lessthan(2, 3)", True), ("greatereq(2, 2)", True), ("lessthaneq(2, 2)", True),
    ("equal('a', 'a')", True), ("unequal('Option 1', 'Option 2')", True),
    ("abs(-2)", 2.0), ("ceiling(2.14)", 3.0), ("ceiling(-2.14, 4)", 0.0), ("even(2.14)", 4.0),
    ("exp(1)", math.e), ("floor(2.86)", 2.0), ("floor(-3.14, 5)", -5.0), ("int(-3.14)", -4.0), ("lg(100)", 2.0),
    ("log(81, 3)", 4.0), ("log(1000)", 3.0), ("odd(-2.14)", -1.0), ("round(3.14)", 3.0), ("round(3.14, 1)", 3.1),
    ("round(3.14, -3)", 0.0), ("rounddown(3.12, 1)", 3.1), ("roundup(-3.15)", -4.0), ("sign(-2)", -1.0),
    ("sqrt(81)", 9.0),
    ("exact('SeaTable', 'Seatable')", False), ("find('Sea', 'seaTable', 1)", 0.0),
    ("find('table', 'big table', 4)", 5.0), ("left('SeaTable', 3)", "Sea"), ("len('SeaTable')", 8.0),
    ("lower('German')", "german"), ("mid('SeaTable is the best', 1, 8)", "SeaTable"),
    ("mid('SeaTable is the best.', 10.9, 27.3)", "is the best."),
    ("replace('SeaTable is the best.', 1, 8, 'Seafile')", "Seafile is the best."),
    ("replace('SeaTable is the best.', 1, 0, 'Seafile')", "SeafileSeaTable is the best."),
    ("rept('Sea', 3)", "SeaSeaSea"), ("right('SeaTable', 5)", "Table"), ("search('Sea', 'seaTable', 1)", 1.0),
    ("search('table', 'big table', 6)", 0.0), ("substitute('SeaTableTable', 'Table', 'file', 1)", "SeafileTable"),
    ("substitute('SeaTableTable', 'Table', 'file')", "Seafilefile"), ("T('123')", "123"),
    ("trim(' SeaTable ')", "SeaTable"), ("upper('German')", "GERMAN"), ("value('123')", 123.0),
    ("date(2025, 1, 3)", "2025-01-03"), ("date(25, 1, 3)", "1925-01-03"), ("text(150, 'euro')", "€150"),
    ("text(50, 'percent')", "5000%"), ("dateDif('2024-01-31', '2024-03-01', 'MD')", 1.0),
    ("dateDif('2023-03-15', '2025-01-10', 'YM')", 9.0), ("dateDif('2023-03-15', '2025-01-10', 'YD')", 301.0),
    ("dateDif('2025-01-01 00:00', '2025-01-01 01:00', 'S')", 3600.0), ("dateAdd('2024-02-03', 2, 'days')", "2024-02-05"),
    ("dateAdd('2024-09-04 13:05:18', 36, 'hours')", "2024-09-06T01:05:18Z"),
    ("dateDif('2023-01-01', '2025-01-01', 'Y')", 2.0), ("dateDif('2024-10-11', '2025-12-12', 'M')", 14.0),
    ("day('2025-01-03')", 3.0), ("eomonth('2025-01-01', 1)", "2025-02-28"),
    ("eomonth('2025-01-01', -1)", "2024-12-31"), ("hour('2025-02-14 13:14:52')", 13.0),
    ("hour('2025-02-14')", 0.0), ("hours('2025-02-14 13:14', '2025-02-14 15:14')", 2.0),
    ("hours('2020-02-14', '2020-02-14 15:14')", 15.0), ("minute('2025-02-14 13:14:52')", 14.0),
    ("month('2025-02-14 13:14:52')", 2.0), ("months('2025-02-01 13:14', '2025-03-31 15:54')", 1.0),
    ("networkdays('2025-01-01', '2025-01-07', '2025-01-01')", 4.0), ("networkdays('2025-09-08', '2025-09-10')", 3.0),
    ("second('2025-02-14 13:14:52')", 52.0), ("weekday('2025-01-01', 'Monday')", 3.0),
    ("weekday('2025-01-01')", 4.0), ("weeknum('2025-01-12', 11)", 2.0), ("weeknum('2025-01-12')", 3.0),
    ("year('2025-01-01')", 2025.0), ("startofweek('2025-04-28')", "2025-04-27"), ("quarter('2025-01-01')", 1.0),
    ("isodate('2025-01-01 11:00:00')", "2025-01-01"), ("isomonth('2025-01-01 11:00:00')", "2025-01"),
    ("isoweeknum('2021-01-03')", 53.0), ("weeknum('2021-01-03', 21)", 53.0),
    ("and(1, '', 2)", False), ("if(1 > 2, 3, 4)", 4.0), ("ifs(1 > 2, 3, 5 > 4, 9)", 9.0),
    ("not(and(1, '', 2))", True), ("or(1, '', 2)", True), ("switch(int(68 / 10), 6, 'OK', 6, 'KO')", "OK"),
    ("xor(1, 0, 2 < 1)", True), ("average(1, 2, 3, 4, 5)", 3.0), ("counta(1, '', 2, '3')", 3.0),
    ("countall(1, '', 2, '3')", 4.0), ("countblank(1, '', 2, '3')", 1.0), ("max(1, 5, 3)", 5.0),
    ("min(4, 2, 8)", 2.0), ("sum(1, 2, 3)", 6.0),
]


@pytest.fixture
def grid(owner: ApiClient) -> ApiClient:
    for name, type_ in TYPES.items():
        opts = {"options": [{"name": n} for n in "abc"]} if type_ == "multiple-select" else \
            {"include_time": True} if type_ == "date" else None
        owner.add_column(name, type_, opts)
    owner.insert([{"Name": f"r{i}", **row} for i, row in enumerate(ROWS)])
    return owner


def _reference_row(ids: dict[str, int], row: dict[str, Any]) -> dict[int, Any]:
    out: dict[int, Any] = {}
    for name, value in row.items():
        if TYPES[name] == "number":
            value = float(value)
        elif TYPES[name] == "date":
            value = dt.datetime.fromisoformat(value)
        elif TYPES[name] == "text" and value == "":
            value = None
        out[ids[name]] = value
    return out


def _shown(value: Any) -> Any:
    """A reference value the way the SQL result reads (computed.value_from_db)."""
    if isinstance(value, dt.datetime):
        if value.hour == value.minute == value.second == 0:
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return value


def _same(want: Any, have: Any, kind: str) -> bool:
    if kind == "text" and want in (None, "") and have in (None, ""):
        return True  # an empty text cell reads the same either way
    if kind == "bool" and isinstance(want, str) and want.startswith("#"):
        return have is None  # a condition that failed reads as empty
    if isinstance(want, float) and isinstance(have, float):
        return math.isclose(want, have, rel_tol=1e-9, abs_tol=1e-9)
    return want == have


def _evaluate_all(app: Any, client: ApiClient, formulas: list[str]) -> tuple[list[str], dict[str, list[Any]], Any]:
    """SQL values of each formula for each row (in insert order) and the reference's, in one SELECT."""
    from server.columns.computed import value_from_db

    st_ = app.extensions["tablo"]
    with st_.db.read() as conn:
        schema = st_.schema_cache.get(conn, client.base_id)
        table = schema.table(client.table_id)
        ids = {col.name: col.id for col in table.columns}
        t = table.sa_table
        trees, exprs, kinds = [], [], []
        for i, text in enumerate(formulas):
            _, tree = C.source_text(text, table)
            x = C.compile_tree(C.Env(schema, table, t), tree)
            trees.append(tree)
            exprs.append(C.encode(x).label(f"f{i}"))
            kinds.append(x.kind)
        name = next(col for col in table.columns if col.name == "Name")
        got = conn.execute(sa.select(*exprs).select_from(t).order_by(t.c[name.phys])).all()
    assert len(got) == len(ROWS)
    sql = {f: [value_from_db(kinds[i], r[i]) for r in got] for i, f in enumerate(formulas)}
    ref: dict[str, list[Any]] = {}
    for i, f in enumerate(formulas):
        out = []
        for row in ROWS:
            try:
                out.append(_shown(evaluate(trees[i], _reference_row(ids, row))))
            except FormulaValueError as exc:
                out.append(exc.code)
        ref[f] = out
    return kinds, sql, ref


def test_every_function_matches_the_reference_on_both_databases(app: Any, grid: ApiClient) -> None:
    kinds, sql, ref = _evaluate_all(app, grid, FORMULAS)
    wrong = [f"{f} on row {r}: SQL {sql[f][r]!r}, reference {ref[f][r]!r}"
             for i, f in enumerate(FORMULAS) for r in range(len(ROWS)) if not _same(ref[f][r], sql[f][r], kinds[i])]
    assert not wrong, "\n".join(wrong)


def test_every_function_is_checked() -> None:
    used = {n.name.lower() for f in FORMULAS for n in walk(C.parse_fresh(f)) if isinstance(n, Call)}
    assert sorted(set(C.FUNCTIONS) - CLOCK - used) == [], "functions without a reference check"


def test_seatable_examples_give_seatables_results(app: Any, grid: ApiClient) -> None:
    formulas = [f for f, _ in SEATABLE_EXAMPLES]
    kinds, sql, ref = _evaluate_all(app, grid, formulas)
    wrong = []
    for i, (f, want) in enumerate(SEATABLE_EXAMPLES):
        for have in (sql[f][0], ref[f][0]):
            if not _same(want, have, kinds[i]):
                wrong.append(f"{f}: SeaTable {want!r}, got {have!r}")
    assert not wrong, "\n".join(wrong)


BAD_CALLS = [
    ("1 + celing(2)", "unknown function celing()", 4, 10),
    ("rept('a')", "rept() takes 2 arguments, got 1", 0, 9),
    ("{N1} + replace('a', 1, 2)", "replace() takes 4 arguments, got 3", 7, 25),
    ("xor()", "xor() takes at least 1 argument, got 0", 0, 5),
    ("countItems({T1})", "countItems() counts the items", 11, 15),
    ("weeknum({D1}, 3)", "weeknum(): the return type", 14, 15),
]


@pytest.mark.parametrize(("formula", "message", "start", "end"), BAD_CALLS)
def test_unknown_functions_and_argument_counts_are_refused_at_their_place(
        grid: ApiClient, formula: str, message: str, start: int, end: int) -> None:
    r = grid.post(f"/api/tables/{grid.table_id}/formula/validate", {"formula": formula}, expect=422).get_json()
    assert message in r["error"]["message"]
    assert (r["error"]["position"]["start"], r["error"]["position"]["end"]) == (start, end)


EDITOR_LIST = Path(__file__).resolve().parent.parent / "web" / "src" / "components" / "column" / "formula.ts"
_EXAMPLE = re.compile(r"""F\('\w+', '(\w+)\([^']*', (?:"([^"]*)"|'([^']*)'), '([^']*)'\)""")


def test_the_editors_examples_give_what_it_says(app: Any, grid: ApiClient) -> None:
    """Each example the formula editor shows (web/src/components/column/formula.ts) computes the
    result it shows, on both databases; examples naming columns or reading the clock are left out."""
    examples = [(m[1], m[2] or m[3], m[4]) for m in _EXAMPLE.finditer(EDITOR_LIST.read_text(encoding="utf-8"))]
    assert {name.lower() for name, _, _ in examples} == set(C.FUNCTIONS), "a function without an example"
    runnable = [(f, want) for name, f, want in examples if "{" not in f and name.lower() not in CLOCK]
    kinds, sql, _ = _evaluate_all(app, grid, [f for f, _ in runnable])
    wrong = []
    for i, (f, want) in enumerate(runnable):
        have = sql[f][0]
        shown = ("true" if have else "false") if kinds[i] == "bool" else \
            python_num_text(have) if isinstance(have, float) else have
        if shown != want:
            wrong.append(f"{f}: the editor says {want!r}, the server gives {shown!r}")
    assert not wrong, "\n".join(wrong)


def test_saved_columns_with_new_functions_follow_their_cells(grid: ApiClient) -> None:
    """Stored results of the new functions are refreshed when the cells they read change."""
    items = grid.add_column("Items", "formula", {"formula": "countItems({M}) & ' / ' & rept('ж', countItems({M}))"})
    week = grid.add_column("Week", "formula", {"formula": "isoweeknum({D1})"})
    rows = {r["Name"]: r for r in grid.rows()}
    assert rows["r0"]["Items"] == "2 / жж" and rows["r2"]["Items"] == "0 / "
    assert rows["r0"]["Week"] == 9.0
    grid.patch(f"/api/tables/{grid.table_id}/rows",
               {"rows": [{"_id": rows["r0"]["_id"], "M": ["c"], "D1": "2021-01-03 10:00:00"}]}, expect=200)
    after = {r["Name"]: r for r in grid.rows()}["r0"]
    assert (after["Items"], after["Week"]) == ("1 / ж", 53.0)
    assert {items["name"], week["name"]} == {"Items", "Week"}
