"""The column type catalog (GET /api/column-types) and the geolocation type, added through the
type seam only (server/columns/geolocation.py plus one registration line).

The catalog is checked against the registered types themselves, so a type that declares
something the catalog does not show (or the other way round) fails here. Geolocation runs
through the API on SQLite and PostgreSQL: typed, pasted and imported text, validation with
the field at fault, its stored SQL text, its filters, export, import, conversion and the
SeaTable mapping. (The all-types tests cover it too, through tests/fixtures_types.py.)
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from server.catalog.model import ColumnMeta
from server.columns.base import FAMILY_NAMES, FORMULA_KINDS, CellError, ValueContext
from server.columns.geolocation import parse_point, point_text
from server.columns.registry import all_types, get_type
from server.query.operators import operators_of
from tests.helpers import ApiClient
from tests.io_helpers import start, upload

CATALOG_KEYS = {"id", "type", "family", "formula_kind", "list_value", "creatable", "read_only", "computed", "system",
                "operators", "summaries", "default_options", "options", "sortable", "groupable", "chart", "indexable",
                "allow_type_change", "seatable_type"}


# -- the catalog ------------------------------------------------------------------------------------
def test_catalog_is_what_each_type_declares(client: ApiClient) -> None:
    got = client.get("/api/column-types")
    types = {t["id"]: t for t in got["types"]}
    assert list(types) == list(all_types())
    assert "today" in got["date_terms"]
    for type_id, entry in types.items():
        t = get_type(type_id)
        assert set(entry) == CATALOG_KEYS, type_id
        assert entry["type"] == type_id
        assert entry["family"] == t.family and (t.family is None or t.family in FAMILY_NAMES), type_id
        assert entry["formula_kind"] == t.formula_kind and t.formula_kind in FORMULA_KINDS, type_id
        assert (entry["read_only"], entry["list_value"], entry["indexable"]) == (t.read_only, t.list_value,
                                                                               t.indexable), type_id
        assert entry["chart"] == {"group_by_date": t.chart_dates, "sum": t.chart_numbers}, type_id
        if t.family is None:
            assert entry["operators"] is None and entry["summaries"] is None and entry["computed"], type_id
        else:
            assert [o["name"] for o in entry["operators"]] == list(operators_of(t)), type_id
            assert {"count", "empty", "filled"} <= set(entry["summaries"]), type_id
        assert set(entry["options"]) == set(t.options_schema().fields) if t.options_schema else entry["options"] == {}
    assert types["number"]["options"]["format"]["choices"] == ["number", "decimal", "percent", "currency"]
    assert types["number"]["options"]["precision"] == {"type": "integer", "required": False, "nullable": False,
                                                       "default": 2, "min": 0, "max": 8}
    assert "sum" in types["duration"]["summaries"] and "sum" not in types["date"]["summaries"]
    assert types["date"]["chart"]["group_by_date"] and types["ctime"]["chart"]["group_by_date"]
    assert not types["text"]["chart"]["group_by_date"] and types["rate"]["chart"]["sum"]
    assert types["auto-number"]["read_only"] and not types["auto-number"]["computed"]
    assert types["ctime"]["system"] and types["rollup"]["computed"] and not types["text"]["read_only"]
    assert [o["value"] for o in types["collaborator"]["operators"]][:4] == ["users"] * 4
    assert types["phone"]["seatable_type"] == "text" and types["lookup"]["seatable_type"] == "link-formula"
    assert not types["link"]["allow_type_change"] and types["link"]["list_value"]
    assert [o["name"] for o in types["geolocation"]["operators"]] == ["empty", "not_empty"]


# The web app's copy of the catalog (web/src/columns/catalog.json): Vitest installs it as the loaded
# catalog and checks every type in it has a web module (web/src/columns/index.test.ts), so a server
# type without a web module fails there once this test makes the copy follow the server.
_WEB_CATALOG = Path(__file__).parent.parent / "web/src/columns/catalog.json"
_WEB_KEYS = ["id", "family", "list_value", "creatable", "read_only", "computed", "system", "summaries"]


def write_web_catalog() -> None:
    """Rewrites the web copy from the registry (after adding a type): one type a line."""
    from server.api.column_types import describe_type

    about = json.loads(_WEB_CATALOG.read_text("utf-8"))["_about"]
    lines = [json.dumps({k: describe_type(t)[k] for k in _WEB_KEYS}, ensure_ascii=False) for t in all_types().values()]
    body = ",\n    ".join(lines)
    _WEB_CATALOG.write_text(f'{{\n  "_about": {json.dumps(about)},\n  "types": [\n    {body}\n  ]\n}}\n', "utf-8")


def test_web_catalog_copy_is_the_live_catalog(client: ApiClient) -> None:
    web = json.loads(_WEB_CATALOG.read_text("utf-8"))["types"]
    live = client.get("/api/column-types")["types"]
    assert [{k: t[k] for k in _WEB_KEYS} for t in live] == web, (
        "web/src/columns/catalog.json is not the server's catalog: regenerate it (docs/column-types.md)")


def test_catalog_is_documented_in_openapi(client: ApiClient) -> None:
    op = client.get("/api/openapi.json")["paths"]["/api/column-types"]["get"]
    assert op["tags"] == ["columns"] and op["security"] == []
    for key in ("family", "formula_kind", "operators", "summaries", "chart", "indexable", "seatable_type"):
        assert f"`{key}`" in op["description"], key


# -- geolocation: text --------------------------------------------------------------------------------
# The same cases drive the web app's parser (web/src/columns/geolocation.test.ts): both read text alike.
_CASES = json.loads((Path(__file__).parent.parent / "web/src/columns/geolocation.cases.json").read_text("utf-8"))


@pytest.mark.parametrize("text,expected", _CASES["parses"])
def test_geolocation_text_parses(text: str, expected: dict) -> None:
    assert parse_point(text) == expected
    assert parse_point(point_text(expected["lat"], expected["lng"], expected.get("address"))) == expected


@pytest.mark.parametrize("value,text", _CASES["texts"])
def test_geolocation_canonical_text(value: dict, text: str) -> None:
    assert point_text(value["lat"], value["lng"], value.get("address")) == text


@pytest.mark.parametrize("text,word", _CASES["refused"])
def test_geolocation_text_refused(text: str, word: str) -> None:
    with pytest.raises(CellError, match=word):
        parse_point(text)


# -- geolocation: through the API ---------------------------------------------------------------------
def _geo_table(owner: ApiClient) -> dict:
    return owner.add_column("Where", "geolocation")


def test_geolocation_written_read_and_stored_as_text(owner: ApiClient, app: Any) -> None:
    col = _geo_table(owner)
    owner.insert([{"Name": "typed", "Where": "55.7558, 37.6173"},
                  {"Name": "object", "Where": {"lat": -33.8568, "lng": 151.2153, "address": " Sydney "}},
                  {"Name": "empty", "Where": None}, {"Name": "blank", "Where": "  "}])
    got = {r["Name"]: r["Where"] for r in owner.rows()}
    assert got == {"typed": {"lat": 55.7558, "lng": 37.6173},
                   "object": {"lat": -33.8568, "lng": 151.2153, "address": "Sydney"}, "empty": None, "blank": None}
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, owner.base_id).table(owner.table_id)
        meta = table.column(col["id"])
        stored = [r[0] for r in conn.execute(sa.select(table.sa_table.c[meta.phys]).order_by(table.sa_table.c.id))]
    assert stored == ["55.7558, 37.6173", "-33.8568, 151.2153; Sydney", None, None]


@pytest.mark.parametrize("value,field_word", [
    ({"lat": 95, "lng": 1}, "lat"), ({"lat": 1, "lng": -181}, "lng"), ({"lat": "x", "lng": 1}, "lat"),
    ({"lng": 1}, "lat"), ({"lat": 1, "lng": 1, "zoom": 3}, "zoom"), ({"lat": 1, "lng": 1, "address": 5}, "address"),
    ("91, 0", "lat"), ([55, 37], "lat"), (True, "lat"),
])
def test_geolocation_refuses_bad_values_naming_the_field(owner: ApiClient, value: Any, field_word: str) -> None:
    _geo_table(owner)
    r = owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "x", "Where": value}]}, expect=422)
    fields = r.get_json()["error"]["fields"]
    assert list(fields) == ["rows[0].Where"]
    assert field_word in fields["rows[0].Where"][0]
    assert owner.rows() == []


def test_geolocation_filters_empty_and_not_empty_only(owner: ApiClient) -> None:
    col = _geo_table(owner)
    owner.insert([{"Name": "a", "Where": "1, 2"}, {"Name": "b"}])

    def names(operator: str) -> list[str]:
        view = owner.post(f"/api/tables/{owner.table_id}/views", {"name": operator, "settings": {"filters": {
            "conjunction": "and", "filters": [{"column_id": col["id"], "operator": operator}]}}}, expect=201)
        return [r["Name"] for r in owner.get(f"/api/views/{view['view']['id']}/rows?keys=names")["rows"]]

    assert names("empty") == ["b"] and names("not_empty") == ["a"]
    r = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "c", "settings": {"filters": {
        "conjunction": "and", "filters": [{"column_id": col["id"], "operator": "contains", "value": "1"}]}}}, expect=422)
    assert "contains" in r.get_json()["error"]["message"]


def test_geolocation_exports_and_imports_as_text(owner: ApiClient) -> None:
    _geo_table(owner)
    owner.insert([{"Name": "a", "Where": "55.7558, 37.6173; Красная площадь"}, {"Name": "b"}])
    data = owner.call("GET", f"/api/tables/{owner.table_id}/export?format=csv", expect=200).get_data()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["Name", "Where"], ["a", "55.7558, 37.6173; Красная площадь"], ["b", ""]]
    text = "Name,Where\nx,\"-33.8568,151.2153\"\ny,\"10 20; Дом 1\"\nz,\n".encode()
    preview = upload(owner, text, "points.csv")
    job = start(owner, preview["import_id"], {"name": "Points", "columns": [
        {"source": 0, "type": "text"}, {"source": 1, "type": "geolocation"}]})
    new_table = job["result"]["tables"][0]["table_id"]
    assert {r["Name"]: r["Where"] for r in owner.rows(table_id=new_table)} == {
        "x": {"lat": -33.8568, "lng": 151.2153}, "y": {"lat": 10.0, "lng": 20.0, "address": "Дом 1"}, "z": None}


def test_geolocation_converts_to_and_from_text(owner: ApiClient) -> None:
    col = owner.add_column("Where", "text")
    owner.insert([{"Name": "a", "Where": "55.7558,37.6173;Кремль"}, {"Name": "b", "Where": "Москва"}, {"Name": "c"}])
    r = owner.patch(f"/api/columns/{col['id']}", {"type": "geolocation"})
    assert r["conversion"]["converted"] == 1 and r["conversion"]["failed"] == 1
    assert [row["Where"] for row in owner.rows()] == [{"lat": 55.7558, "lng": 37.6173, "address": "Кремль"}, None, None]
    owner.patch(f"/api/columns/{col['id']}", {"type": "text"})
    assert [row["Where"] for row in owner.rows()] == ["55.7558, 37.6173; Кремль", None, None]
    owner.undo()
    owner.undo()
    assert [row["Where"] for row in owner.rows()] == ["55.7558,37.6173;Кремль", "Москва", None]


def test_geolocation_in_formulas_is_its_text(owner: ApiClient) -> None:
    _geo_table(owner)
    owner.add_column("Shown", "formula", {"formula": "concatenate('at ', {Where})"})
    owner.insert([{"Name": "a", "Where": {"lat": 1.5, "lng": 2, "address": "x"}}])
    assert owner.rows()[0]["Shown"] == "at 1.5, 2; x"


def test_geolocation_seatable_mapping() -> None:
    from server.seatable.values import NOT_SUPPORTED_TYPES, column_data_out, column_type_out, value_out

    col = ColumnMeta(id=7, table_id=1, name="Where", type="geolocation", options={}, position=1.0, phys="c_7",
                     is_primary=False, description="", deleted=False)
    assert column_type_out(col) == "geolocation" and "geolocation" not in NOT_SUPPORTED_TYPES
    assert column_data_out(col) == {"geo_format": "lng_lat"}
    stored = col.type_cls.to_db({"lat": 55.7558, "lng": 37.6173}, col, ValueContext())
    assert value_out(col, stored, ValueContext()) == {"lat": 55.7558, "lng": 37.6173}
    assert value_out(col, None, ValueContext()) is None


def test_sortable_and_groupable_are_asked_of_the_type(owner: ApiClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from server.columns.geolocation import GeolocationType

    col = _geo_table(owner)
    url = f"/api/tables/{owner.table_id}/views"
    owner.post(url, {"name": "s", "settings": {"sorts": [{"column_id": col["id"]}]}}, expect=201)
    monkeypatch.setattr(GeolocationType, "sortable", False)
    monkeypatch.setattr(GeolocationType, "groupable", False)
    r = owner.post(url, {"name": "t", "settings": {"sorts": [{"column_id": col["id"]}]}}, expect=422)
    assert "cannot be sorted" in r.get_json()["error"]["message"]
    r = owner.post(url, {"name": "g", "settings": {"group_by": [{"column_id": col["id"]}]}}, expect=422)
    assert "cannot be grouped" in r.get_json()["error"]["message"]
