"""The chart-type registry: every type is listed with its settings schema (GET /api/chart-types
and the OpenAPI), settings are validated by their type's schema with 422s naming
`settings.<path>`, and settings stored before the registry still load."""

from __future__ import annotations

import pytest

from server import plugins
from server.charts.registry import chart_types, load_settings
from tests.helpers import ApiClient

plugins.load()


def test_chart_types_list_their_settings_schema(client: ApiClient) -> None:
    got = client.get("/api/chart-types")["chart_types"]
    assert [t["name"] for t in got] == [ct.name for ct in chart_types()]
    assert len(got) >= 11
    by = {t["name"]: t for t in got}
    bar = by["bar"]["settings_schema"]
    assert {"x", "series", "value", "sort", "limit", "goal"} <= set(bar["properties"])
    # A bar groups by `x`, or takes `period_end` instead (the periods are its axis): neither is
    # required by the schema, the type's own check asks for one (see the 422 cases below).
    assert "period_end" in bar["properties"] and "series" not in bar.get("required", [])
    assert bar["properties"]["x"]["x-required-unless"] == "period_end"  # the editor asks for it
    assert "x" in by["bar_horizontal"]["settings_schema"]["required"]
    assert set(bar["properties"]["value"]["properties"]["aggregate"]["enum"]) >= {"count", "sum", "avg", "distinct"}
    assert "series" not in by["pie"]["settings_schema"]["properties"]  # a pie has one series
    assert {"x", "series"} <= set(by["pivot"]["settings_schema"]["required"])
    assert "compare" in by["compare"]["settings_schema"]["required"]
    assert "x" not in by["number"]["settings_schema"]["properties"]
    assert all(t["description"] for t in got)


def test_chart_settings_are_in_the_openapi(client: ApiClient) -> None:
    spec = client.get("/api/openapi.json")
    assert "get" in spec["paths"]["/api/chart-types"]
    one_of = spec["components"]["schemas"]["ChartSettings"]["oneOf"]
    assert [s["properties"]["type"]["enum"] for s in one_of] == [[ct.name] for ct in chart_types()]


@pytest.mark.parametrize(("settings", "field"), [
    ({"type": "nope"}, "settings.type"),
    ({"x": {"column_id": 1}}, "settings.type"),
    ({"type": "bar"}, "settings.x"),
    ({"type": "bar", "x": None}, "settings.x"),
    ({"type": "bar", "x": {"column_id": "1"}}, "settings.x.column_id"),
    ({"type": "bar", "x": {"column_id": 1, "granularity": "hour"}}, "settings.x.granularity"),
    ({"type": "bar", "x": {"column_id": 1}, "value": {"aggregate": "sum"}}, "settings.value.column_id"),
    ({"type": "bar", "x": {"column_id": 1}, "sort": "up"}, "settings.sort"),
    ({"type": "bar", "x": {"column_id": 1}, "limit": 0}, "settings.limit"),
    ({"type": "pie", "x": {"column_id": 1}, "series": {"column_id": 1}}, "settings.series"),
    ({"type": "pivot", "x": {"column_id": 1}}, "settings.series"),
    ({"type": "compare"}, "settings.compare"),
    ({"type": "number", "compare": {"column_id": 1, "period": "decade"}}, "settings.compare.period"),
    ({"type": "bar", "x": {"column_id": 1}, "layout": {"w": 13}}, "settings.layout.w"),
    ({"type": "bar", "x": {"column_id": 1}, "period_end": {"count": 3}}, "settings.x"),
    ({"type": "line", "period_end": {"granularity": "fortnight"}}, "settings.period_end.granularity"),
    ({"type": "pie", "x": {"column_id": 1}, "period_end": {"count": 3}}, "settings.period_end"),
])
def test_invalid_settings_name_the_field(owner: ApiClient, settings: dict, field: str) -> None:
    r = owner.post(f"/api/bases/{owner.base_id}/charts", {"table_id": owner.table_id, "name": "c",
                                                          "settings": settings}, expect=422)
    assert field in r.get_json()["error"]["fields"]
    r = owner.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": settings}, expect=422)
    assert field in r.get_json()["error"]["fields"]


def test_settings_stored_with_every_part_still_load() -> None:
    # Before each type had its own schema, every part was stored, unused ones as null.
    old = {"type": "pie", "x": {"column_id": 3, "granularity": None, "order": None}, "series": None,
           "value": {"aggregate": "count", "column_id": None}, "sort": "x", "limit": None, "goal": None,
           "compare": None, "description": "", "layout": {"x": 0, "y": 0, "w": 6, "h": 4}}
    assert load_settings(old)["x"]["column_id"] == 3
    number = {**old, "type": "number", "x": None}
    assert "x" not in load_settings(number)
