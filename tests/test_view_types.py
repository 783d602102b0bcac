"""View types: views carry a type (grid by default), unknown types are refused, the registry is listed."""

from __future__ import annotations

from tests.helpers import ApiClient


def test_views_have_a_type_and_unknown_types_are_refused(owner: ApiClient) -> None:
    tid = owner.table_id
    r = owner.post(f"/api/tables/{tid}/views", {"name": "Hologram", "type": "hologram"}, expect=422)
    err = r.get_json()["error"]
    assert list(err["fields"]) == ["type"] and "hologram" in err["fields"]["type"][0]
    assert "grid" in err["fields"]["type"][0]  # says what is known
    owner.post(f"/api/tables/{tid}/views", {"name": "Typed", "type": 7}, expect=422)

    plain = owner.post(f"/api/tables/{tid}/views", {"name": "Plain"}, expect=201)["view"]
    grid = owner.post(f"/api/tables/{tid}/views", {"name": "Grid", "type": "grid"}, expect=201)["view"]
    assert plain["type"] == grid["type"] == "grid"
    copy = owner.post(f"/api/views/{grid['id']}/duplicate", {}, expect=201)["view"]
    assert copy["type"] == "grid"
    listed = owner.get(f"/api/tables/{tid}/views")["views"]
    assert {v["name"]: v["type"] for v in listed if v["name"] in ("Plain", "Grid", copy["name"])} == \
        {"Plain": "grid", "Grid": "grid", copy["name"]: "grid"}
    assert owner.get(f"/api/views/{plain['id']}")["view"]["type"] == "grid"

    # Undo and redo of the creation keep the type.
    owner.undo()
    owner.undo()
    assert grid["id"] not in {v["id"] for v in owner.get(f"/api/tables/{tid}/views")["views"]}
    owner.redo()
    assert owner.get(f"/api/views/{grid['id']}")["view"]["type"] == "grid"


def test_view_types_are_listed_with_their_settings_schema(client: ApiClient) -> None:
    types = client.get("/api/view-types")["view_types"]
    names = [t["name"] for t in types]
    assert names[0] == "grid" and "kanban" in names and "calendar" in names
    grid = types[0]
    assert grid["reads"] == "window" and grid["description"]
    props = grid["settings_schema"]["properties"]
    assert {"filters", "sorts", "group_by", "hidden_columns", "row_colors", "summaries"} <= set(props)
    assert props["row_height"]["enum"] == ["default", "double", "triple", "quadruple"]


def test_view_types_are_in_the_openapi(client: ApiClient) -> None:
    spec = client.get("/api/openapi.json")
    assert "get" in spec["paths"]["/api/view-types"]
    assert spec["components"]["schemas"]["ViewCreate"]["properties"]["type"]["default"] == "grid"
