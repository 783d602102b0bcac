"""Every column type through create, write, read, text parsing, every conversion, and undo.

The table with one column of each type comes from tests/fixtures_types.py. Conversions run
every (source, target) pair of registered types through PATCH /api/columns/{id}, check the
conversion report, then undo and compare the whole base with the snapshot taken before:
undo must restore schema and data exactly.
"""

from __future__ import annotations

from typing import Any

import pytest

from server.catalog.model import ColumnMeta
from server.columns.base import CellError, ValueContext
from server.columns.registry import all_types, get_type
from tests.fixtures_types import FOUNDATION_TYPES, EveryTypeTable, build_every_type_table
from tests.helpers import ApiClient, snapshot

ALL_TYPES = FOUNDATION_TYPES


@pytest.fixture
def table(owner: ApiClient) -> EveryTypeTable:
    return build_every_type_table(owner)


def meta(type_id: str, options: dict | None = None) -> ColumnMeta:
    opts = get_type(type_id).validate_options(options or {})
    return ColumnMeta(id=1, table_id=1, name="c", type=type_id, options=opts, position=1.0, phys="c_1",
                      is_primary=False, description="", deleted=False)


def parse(type_id: str, text: str, options: dict | None = None, **ctx: Any) -> Any:
    col = meta(type_id, options)
    return col.type_cls.parse_text(text, col, ValueContext(**ctx))


# -- create, write, read ------------------------------------------------------------------------
def test_registry_has_every_seatable_type() -> None:
    assert set(FOUNDATION_TYPES) <= set(all_types())


def test_every_type_written_and_read_back(table: EveryTypeTable) -> None:
    t = table
    owner = t.client
    email = owner.user["email"]
    rows = owner.rows(table_id=t.table_id)
    assert [r["_id"] for r in rows] == t.row_ids
    first, second, third, fourth = rows
    assert first["text"] == "Ромашка"
    assert first["long-text"] == "**Жирный** текст\nвторая строка"
    assert first["number"] == 1234.5
    assert first["checkbox"] is True
    assert first["date"] == "2026-12-31"
    assert first["duration"] == 5400.0
    assert first["single-select"] == "Open"
    assert first["multiple-select"] == ["A", "B"]
    assert first["email"] == "anna@example.com"
    assert first["url"] == "https://example.com/путь"
    assert first["phone"] == "+7 (495) 123-45-67"
    assert first["rate"] == 4
    assert first["auto-number"] == "INV-0001"
    assert first["collaborator"] == [email]
    assert [f["name"] for f in first["file"]] == ["отчёт.txt"]
    assert first["image"][0]["mime"] == "image/png" and first["image"][0]["url"].startswith("/api/files/")
    assert first["ctime"] == first["_ctime"] and first["mtime"] == first["_mtime"]
    assert first["creator"] == email and first["last-modifier"] == email
    assert (second["text"], second["number"], second["checkbox"], second["duration"]) == ("42", -7.0, False, 45 * 60)
    assert second["multiple-select"] == ["Open"] and second["collaborator"] == [] and second["image"] == []
    assert third["text"] == "да" and third["number"] is None and third["checkbox"] is False
    assert [r["auto-number"] for r in rows] == ["INV-0001", "INV-0002", "INV-0003", "INV-0004"]
    assert fourth["multiple-select"] == [] and fourth["date"] is None
    assert first["geolocation"] == {"lat": 55.7558, "lng": 37.6173, "address": "Красная площадь, Москва"}
    assert second["geolocation"] == {"lat": -33.8568, "lng": 151.2153} and third["geolocation"] is None
    # Keyed by ids (the default) the select values are option ids and users are ids.
    by_id = owner.get(f"/api/tables/{t.table_id}/rows/{t.row_ids[0]}")
    opt = next(o for o in t.col("single-select")["options"]["options"] if o["name"] == "Open")
    assert by_id[t.key("single-select")] == opt["id"]
    assert by_id[t.key("collaborator")] == [owner.user["id"]]


@pytest.mark.parametrize("type_id", [t for t in ALL_TYPES if all_types()[t].read_only])
def test_read_only_types_refuse_writes(table: EveryTypeTable, type_id: str) -> None:
    t = table
    before = snapshot(t.client.app, t.client.base_id)
    r = t.client.post(f"/api/tables/{t.table_id}/rows", {"rows": [{type_id: "x"}]}, expect=422)
    err = r.get_json()["error"]
    assert f"rows[0].{type_id}" in err["fields"]
    assert "read-only" in err["fields"][f"rows[0].{type_id}"][0]
    assert snapshot(t.client.app, t.client.base_id) == before


def test_column_types_endpoint_lists_every_type(client: ApiClient) -> None:
    got = {t["type"]: t for t in client.get("/api/column-types")["types"]}
    assert set(got) == set(all_types())
    assert got["auto-number"]["read_only"] and not got["text"]["read_only"]
    assert got["number"]["default_options"]["precision"] == 2


# -- text parsing ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("1 234,50", 1234.5), ("1\u00a0234,50", 1234.5), ("1,234.50", 1234.5), ("1.234,50", 1234.5),
    ("12,5", 12.5), ("1,234", 1234.0), ("-5 ₽", -5.0), ("(12)", -12.0), ("12%", 0.12), ("$ 3.5", 3.5),
    ("1e3", 1000.0), ("−7", -7.0), ("", None), ("  ", None),
])
def test_number_parsing(text: str, expected: float | None) -> None:
    assert parse("number", text) == expected


def test_number_parsing_comma_decimal_option() -> None:
    assert parse("number", "1,234", {"decimal": "comma"}) == 1.234


@pytest.mark.parametrize("text", ["abc", "1 2 3 x", "--", "1e999", "12.3.4,5,6x"])
def test_number_parsing_rejects(text: str) -> None:
    with pytest.raises(CellError):
        parse("number", text)


def test_number_min_max() -> None:
    with pytest.raises(CellError, match="below the minimum"):
        parse("number", "-1", {"min": 0, "max": 10})
    with pytest.raises(CellError, match="above the maximum"):
        parse("number", "11", {"min": 0, "max": 10})
    assert parse("number", "10", {"min": 0, "max": 10}) == 10.0


@pytest.mark.parametrize("text,expected", [
    ("да", True), ("Да", True), ("нет", False), ("yes", True), ("no", False), ("true", True), ("0", False),
    ("✓", True), ("", False), ("x", True),
])
def test_checkbox_parsing(text: str, expected: bool) -> None:
    assert parse("checkbox", text) is expected


def test_checkbox_parsing_rejects() -> None:
    with pytest.raises(CellError, match="yes or no"):
        parse("checkbox", "может быть")


@pytest.mark.parametrize("text,options,expected", [
    ("31.12.2026", {}, "2026-12-31"), ("2026-12-31", {}, "2026-12-31"), ("12/31/2026", {}, "2026-12-31"),
    ("01/02/2026", {"format": "DD/MM/YYYY"}, "2026-02-01"), ("01/02/2026", {"format": "MM/DD/YYYY"}, "2026-01-02"),
    ("5.1.26", {}, "2026-01-05"),
    # One possible reading each, so no order is needed.
    ("13/01/2026", {}, "2026-01-13"), ("01/13/2026", {}, "2026-01-13"), ("06/06/2026", {}, "2026-06-06"),
    ("05/06/2026", {"format": "DD/MM/YYYY"}, "2026-06-05"), ("05/06/2026", {"format": "MM/DD/YYYY"}, "2026-05-06"),
    ("31.12.2026 14:30", {"include_time": True}, "2026-12-31T14:30:00Z"),
    ("2026-12-31T14:30:00+03:00", {"include_time": True}, "2026-12-31T11:30:00Z"),
    ("2026-12-31 14:30", {}, "2026-12-31"),
])
def test_date_parsing(text: str, options: dict, expected: str) -> None:
    col = meta("date", options)
    stored = col.type_cls.parse_text(text, col, ValueContext())
    assert col.type_cls.from_db(stored, col, ValueContext()) == expected


@pytest.mark.parametrize("text", ["31.02.2026", "2026-13-01", "завтра", "12/31", "13/13/2026",
                                  # Either order is a real date, and the column names none: never guessed.
                                  "05/06/2026", "1/2/26 10:00"])
def test_date_parsing_rejects(text: str) -> None:
    with pytest.raises(CellError):
        parse("date", text)


@pytest.mark.parametrize("text,fmt,expected", [
    ("1:30", "h:mm", 5400), ("1:30:15", "h:mm:ss", 5415), ("90", "h:mm", 5400), ("90", "h:mm:ss", 90),
    ("2h 15m", "h:mm", 8100), ("1ч 30мин", "h:mm", 5400), ("45 s", "h:mm", 45),
])
def test_duration_parsing(text: str, fmt: str, expected: float) -> None:
    assert parse("duration", text, {"format": fmt}) == expected


def test_duration_text_and_rejects() -> None:
    col = meta("duration", {"format": "h:mm:ss"})
    assert col.type_cls.to_text(5415, col, ValueContext()) == "1:30:15"
    for bad in ("1:75", "-5", "долго"):
        with pytest.raises(CellError):
            parse("duration", bad)


def test_select_parsing() -> None:
    opts = {"options": [{"id": "o1", "name": "Open"}, {"id": "o2", "name": "Paid"}]}
    assert parse("single-select", "open", opts) == "o1"
    assert parse("single-select", "o2", opts) == "o2"
    assert parse("multiple-select", "Open, Paid; open", opts) == ["o1", "o2"]
    with pytest.raises(CellError, match="not an option"):
        parse("single-select", "Lost", opts)
    ctx = ValueContext(create_options=True)
    col = meta("single-select", opts)
    new_id = col.type_cls.parse_text("Lost", col, ctx)
    assert ctx.created_options[1][0] == {"id": new_id, "name": "Lost", "color": ctx.created_options[1][0]["color"]}


@pytest.mark.parametrize("type_id,text,expected", [
    ("email", " Anna@Example.com ", "Anna@Example.com"), ("url", "example.com", "https://example.com"),
    ("url", "HTTP://x.ru/a b", None), ("phone", "+7 (495) 123-45-67 доб. 12", "+7 (495) 123-45-67 доб. 12"),
    ("text", "  spaced  ", "  spaced  "), ("long-text", "# Title\n\n- item", "# Title\n\n- item"),
    ("rate", "★★★", 3), ("rate", "4", 4),
])
def test_text_like_parsing(type_id: str, text: str, expected: Any) -> None:
    if expected is None:
        with pytest.raises(CellError):
            parse(type_id, text)
    else:
        assert parse(type_id, text) == expected


def test_collaborator_parsing() -> None:
    members = {7: {"id": 7, "email": "anna@example.com", "name": "Анна"}}
    assert parse("collaborator", "ANNA@example.com, Анна", members=members) == [7]
    with pytest.raises(CellError, match="not a member"):
        parse("collaborator", "bob@example.com", members=members)


@pytest.mark.parametrize("type_id", ["auto-number", "ctime", "mtime", "creator", "last-modifier", "file", "image"])
def test_types_that_cannot_be_typed(type_id: str) -> None:
    with pytest.raises(CellError):
        parse(type_id, "something")


# -- API-level value checks -------------------------------------------------------------------------
def test_select_unknown_option_rejected_or_created_and_undone(table: EveryTypeTable) -> None:
    t = table
    owner, app = t.client, t.client.app
    before = snapshot(app, owner.base_id)
    r = owner.post(f"/api/tables/{t.table_id}/rows", {"rows": [{"single-select": "Lost"}]}, expect=422)
    assert "rows[0].single-select" in r.get_json()["error"]["fields"]
    assert snapshot(app, owner.base_id) == before
    rows = owner.insert([{"single-select": "Lost", "multiple-select": ["New", "A"]}], table_id=t.table_id,
                        create_options=True)
    cols = {c["name"]: c for c in owner.get(f"/api/tables/{t.table_id}")["columns"]}
    assert "Lost" in [o["name"] for o in cols["single-select"]["options"]["options"]]
    assert rows[0][t.key("multiple-select")][1] == next(
        o["id"] for o in cols["multiple-select"]["options"]["options"] if o["name"] == "A")
    owner.undo()
    assert snapshot(app, owner.base_id) == before


def test_collaborator_must_be_a_member(table: EveryTypeTable) -> None:
    t = table
    other = ApiClient(t.client.app)
    other.signup("stranger@example.com")
    r = t.client.post(f"/api/tables/{t.table_id}/rows", {"rows": [{"collaborator": ["stranger@example.com"]}]},
                      expect=422)
    assert "not a member" in r.get_json()["error"]["fields"]["rows[0].collaborator"][0]
    t.client.post(f"/api/bases/{t.client.base_id}/members", {"email": "stranger@example.com", "role": "viewer"},
                  expect=201)
    rows = t.client.insert([{"collaborator": ["stranger@example.com"]}], table_id=t.table_id)
    assert rows[0][t.key("collaborator")] == [other.user["id"]]


def test_image_column_takes_only_images(table: EveryTypeTable) -> None:
    t = table
    r = t.client.post(f"/api/tables/{t.table_id}/rows", {"rows": [{"image": [t.files["file"]["id"]]}]}, expect=422)
    assert "not an image" in r.get_json()["error"]["fields"]["rows[0].image"][0]
    r = t.client.post(f"/api/tables/{t.table_id}/rows", {"rows": [{"file": ["no-such-file"]}]}, expect=422)
    assert "was not uploaded" in r.get_json()["error"]["fields"]["rows[0].file"][0]


def test_auto_numbers_are_never_reused(table: EveryTypeTable) -> None:
    t = table
    owner = t.client
    key = t.key("auto-number")
    owner.delete(f"/api/tables/{t.table_id}/rows", {"row_ids": t.row_ids[2:]})
    rows = owner.insert([{}, {}], table_id=t.table_id)
    assert [r[key] for r in rows] == ["INV-0005", "INV-0006"]
    owner.undo()  # the insert
    owner.undo()  # the delete: the old rows come back with their old numbers
    got = [r["auto-number"] for r in owner.rows(table_id=t.table_id)]
    assert got == ["INV-0001", "INV-0002", "INV-0003", "INV-0004"]
    assert owner.insert([{}], table_id=t.table_id)[0][key] == "INV-0007"


# -- undo of create and write, per type ---------------------------------------------------------------
WRITE_VALUES: dict[str, Any] = {
    "text": "Вектор", "long-text": "*a*", "number": "2,5", "checkbox": "yes", "date": "01.02.2026",
    "duration": "0:45", "single-select": "Paid", "multiple-select": "A; B", "email": "x@y.ru",
    "url": "https://a.ru", "phone": "+1 555 0100", "rate": 2, "geolocation": "55.7558, 37.6173; Кремль",
}


@pytest.mark.parametrize("type_id", ALL_TYPES)
def test_undo_add_column_and_write_restores_exactly(owner: ApiClient, app: Any, type_id: str) -> None:
    from tests.fixtures_types import TYPE_OPTIONS, upload

    owner.insert([{"Name": "a"}, {"Name": "b"}])
    start = snapshot(app, owner.base_id)
    col = owner.add_column("C", type_id, TYPE_OPTIONS.get(type_id))
    rows = owner.rows()
    value = WRITE_VALUES.get(type_id)
    if type_id in ("file", "image"):
        value = [upload(owner, owner.base_id, "p.png", b"\x89PNG\r\n\x1a\n" + b"0" * 20, "image/png")["id"]]
    elif type_id == "collaborator":
        value = [owner.user["email"]]
    if value is None:  # read-only types: the server fills them in
        assert all_types()[type_id].read_only
        end = snapshot(app, owner.base_id)
        owner.undo()
    else:
        owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[0]["_id"], "C": value}]})
        got = owner.rows()[0]["C"]
        assert got not in (None, [], False), got
        end = snapshot(app, owner.base_id)
        owner.undo()
        assert owner.rows()[0]["C"] in (None, [], False)
        owner.undo()
    assert snapshot(app, owner.base_id) == start
    assert col["id"] not in [c["id"] for c in owner.get(f"/api/tables/{owner.table_id}")["columns"]]
    owner.redo()
    if value is not None:
        owner.redo()
    assert snapshot(app, owner.base_id) == end


# -- every conversion ---------------------------------------------------------------------------------
@pytest.mark.parametrize("source", ALL_TYPES)
def test_every_conversion_from(table: EveryTypeTable, source: str) -> None:
    """source → every other type: a report that adds up, then undo restores the base exactly."""
    t = table
    owner, app = t.client, t.client.app
    col_id = t.col(source)["id"]
    start = snapshot(app, owner.base_id)
    for target in ALL_TYPES:
        if target == source:
            continue
        r = owner.patch(f"/api/columns/{col_id}", {"type": target})
        assert r["column"]["type"] == target
        report = r["conversion"]
        assert report["failed"] >= 0 and len(report["examples"]) == min(report["failed"], 5)
        for ex in report["examples"]:
            assert ex["error"] and isinstance(ex["value"], str)
        # Every source value is either converted, reported, or empty.
        assert report["converted"] + report["failed"] <= len(t.row_ids)
        owner.undo()
        assert snapshot(app, owner.base_id) == start, f"{source} -> {target}: undo did not restore the base"


CONVERSIONS: list[tuple[str, str, list[Any]]] = [
    # source, target, values of the four fixture rows after conversion (read by column name)
    ("text", "number", [None, 42.0, None, None]),
    ("text", "checkbox", [False, False, True, False]),
    ("text", "single-select", ["Ромашка", "42", "да", None]),
    ("long-text", "number", [None, 12.5, None, None]),
    ("number", "text", ["1234.5", "-7", None, None]),
    ("number", "checkbox", [True, True, False, False]),
    ("number", "rate", [5, None, None, None]),
    ("checkbox", "number", [1.0, 0.0, None, None]),
    ("checkbox", "text", ["true", None, None, None]),
    ("date", "text", ["2026-12-31", "2026-01-05", None, None]),
    ("duration", "text", ["1:30", "0:45", None, None]),
    ("duration", "number", [5400.0, 2700.0, None, None]),
    ("single-select", "multiple-select", [["Open"], ["Paid"], [], []]),
    ("single-select", "text", ["Open", "Paid", None, None]),
    ("multiple-select", "single-select", ["A", "Open", None, None]),
    ("multiple-select", "text", ["A, B", "Open", None, None]),
    ("rate", "number", [4.0, 1.0, None, None]),
    ("auto-number", "text", ["INV-0001", "INV-0002", "INV-0003", "INV-0004"]),
    ("collaborator", "text", ["owner@example.com", None, None, None]),
    ("file", "text", ["отчёт.txt", None, None, None]),
    ("image", "file", [["pixel.png"], [], [], []]),
    ("creator", "collaborator", [["owner@example.com"]] * 4),
    ("email", "text", ["anna@example.com", None, None, None]),
    ("text", "auto-number", ["1", "2", "3", "4"]),
    ("geolocation", "text", ["55.7558, 37.6173; Красная площадь, Москва", "-33.8568, 151.2153", None, None]),
]


def test_conversion_values(table: EveryTypeTable) -> None:
    """What the values become, pair by pair; undo brings back the rows, redo the converted ones."""
    t = table
    owner = t.client
    before = owner.rows(table_id=t.table_id)
    wrong = []
    for source, target, expected in CONVERSIONS:
        body: dict[str, Any] = {"type": target}
        if target == "auto-number":
            body["options"] = {"prefix": "", "digits": 1}
        owner.patch(f"/api/columns/{t.col(source)['id']}", body)
        converted = owner.rows(table_id=t.table_id)
        got = [r[source] for r in converted]
        if target in ("file", "image"):
            got = [[f["name"] for f in v] for v in got]
        if got != expected:
            wrong.append((source, target, got, expected))
        owner.undo()
        assert owner.rows(table_id=t.table_id) == before, f"{source} -> {target}: undo"
        owner.redo()
        assert owner.rows(table_id=t.table_id) == converted, f"{source} -> {target}: redo"
        owner.undo()
    assert not wrong, wrong


def test_text_to_select_creates_options_and_undo_removes_them(table: EveryTypeTable) -> None:
    t = table
    r = t.client.patch(f"/api/columns/{t.col('text')['id']}", {"type": "single-select"})
    names = [o["name"] for o in r["column"]["options"]["options"]]
    assert names == ["Ромашка", "42", "да"]
    assert r["conversion"] == {"converted": 3, "failed": 0, "examples": []}
    t.client.undo()
    col = next(c for c in t.client.get(f"/api/tables/{t.table_id}")["columns"] if c["name"] == "text")
    assert col["type"] == "text" and col["options"] == {}


def test_failed_conversion_is_reported_and_undo_restores_values(table: EveryTypeTable) -> None:
    t = table
    r = t.client.patch(f"/api/columns/{t.col('text')['id']}", {"type": "number"})
    assert r["conversion"]["converted"] == 1 and r["conversion"]["failed"] == 2
    assert {e["value"] for e in r["conversion"]["examples"]} == {"Ромашка", "да"}
    assert "is not a number" in r["conversion"]["examples"][0]["error"]
    t.client.undo()
    assert [r["text"] for r in t.client.rows(table_id=t.table_id)] == ["Ромашка", "42", "да", None]
