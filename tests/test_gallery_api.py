"""Gallery views through the API on SQLite and PostgreSQL: settings checked against the table
(422 naming the field), and the gallery's rows read window by window (the grid's windows)
against a plain-Python reference with a filter and a sort."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest

from server.query import indexes
from tests.helpers import ApiClient


@pytest.fixture
def shelf(owner: ApiClient) -> Iterator[dict[str, Any]]:
    """Books with a price, a cover image, a file and a genre."""
    cols = {"name": owner.base["tables"][0]["columns"][0]["id"]}
    cols["price"] = owner.add_column("Price", "number")["id"]
    cols["cover"] = owner.add_column("Cover", "image")["id"]
    cols["scan"] = owner.add_column("Scan", "file")["id"]
    cols["genre"] = owner.add_column("Genre", "single-select", {"options": [{"name": "Роман"}]})["id"]
    rnd = random.Random(31)
    prices = rnd.sample(range(1, 10_000), 130)  # distinct: the sort has no ties
    inserted = owner.insert([{"Name": f"Книга {i}", "Price": prices[i] if i % 9 else None} for i in range(130)])
    yield {"cols": cols, "tid": owner.table_id, "ids": [r["_id"] for r in inserted]}
    indexes.wait_idle()


def _gallery(owner: ApiClient, shelf: dict, settings: dict, expect: int = 201, name: str = "Галерея") -> Any:
    r = owner.post(f"/api/tables/{shelf['tid']}/views", {"name": name, "type": "gallery", "settings": settings},
                   expect=expect)
    return r["view"] if expect == 201 else r.get_json()["error"]


def test_settings_are_checked_against_the_table(owner: ApiClient, shelf: dict) -> None:
    c = shelf["cols"]
    for settings, field in [
        ({"cover_column": c["price"]}, "settings.cover_column"),     # a number column
        ({"cover_column": c["genre"]}, "settings.cover_column"),
        ({"cover_column": 999_999}, "settings.cover_column"),
        ({"cover_column": "Cover"}, "settings.cover_column"),
        ({"card_fields": [c["price"], 999_999]}, "settings.card_fields[1]"),
        ({"card_size": "huge"}, "settings.card_size"),
        ({"cover_fit": "stretch"}, "settings.cover_fit"),
        ({"frobnicate": 1}, "settings.frobnicate"),
        ({"sorts": [{"column_id": 999_999}]}, "settings.sorts[0].column_id"),  # the grid's own, as for a grid
    ]:
        err = _gallery(owner, shelf, settings, expect=422)
        assert field in err["fields"], (settings, err)
    # An action sent straight to the actions endpoint is checked the same way.
    r = owner.post(f"/api/bases/{owner.base_id}/actions", {"action": {
        "type": "add_view", "table_id": shelf["tid"], "name": "Direct", "view_type": "gallery",
        "settings": {"cover_column": c["price"]}}}, expect=422)
    assert "settings.cover_column" in r.get_json()["error"]["fields"]

    # No settings at all is a gallery without covers, medium cards.
    bare = _gallery(owner, shelf, {}, name="Без обложек")
    assert bare["type"] == "gallery"
    assert {k: bare["settings"][k] for k in ("cover_column", "card_fields", "card_size", "cover_fit")} == \
        {"cover_column": None, "card_fields": [], "card_size": "medium", "cover_fit": "cover"}
    for cover in (c["cover"], c["scan"]):  # an image or a file column
        v = _gallery(owner, shelf, {"cover_column": cover, "card_fields": [c["price"], c["genre"]],
                                    "card_size": "large", "cover_fit": "contain"}, name=f"Обложки {cover}")
        assert v["settings"]["cover_column"] == cover and v["settings"]["card_size"] == "large"
    listed = owner.get(f"/api/bases/{owner.base_id}")["views"]
    assert [x["type"] for x in listed if x["id"] == v["id"]] == ["gallery"]
    # A change is checked against the view's own type.
    bad = owner.patch(f"/api/views/{v['id']}", {"settings": {"cover_column": c["name"]}}, expect=422)
    assert "settings.cover_column" in bad.get_json()["error"]["fields"]
    owner.patch(f"/api/views/{v['id']}", {"settings": {**v["settings"], "card_size": "small"}})
    assert owner.get(f"/api/views/{v['id']}")["view"]["settings"]["card_size"] == "small"
    types = {t["name"]: t for t in owner.get("/api/view-types")["view_types"]}
    assert types["gallery"]["reads"] == "window"
    assert {"cover_column", "card_fields", "card_size", "cover_fit", "filters", "sorts"} <= \
        set(types["gallery"]["settings_schema"]["properties"])


def test_windows_match_a_python_reference(owner: ApiClient, shelf: dict) -> None:
    c = shelf["cols"]
    v = _gallery(owner, shelf, {
        "cover_column": c["cover"], "card_fields": [c["price"]],
        "filters": {"conjunction": "and", "filters": [{"column_id": c["price"], "operator": "gt", "value": 2500}]},
        "sorts": [{"column_id": c["price"], "direction": "asc"}]})
    price = str(c["price"])
    rows = owner.rows(names=False, limit=1000)
    assert len(rows) == 130
    expected = sorted((r for r in rows if r.get(price) is not None and r[price] > 2500), key=lambda r: r[price])
    assert 0 < len(expected) < 130
    assert owner.get(f"/api/views/{v['id']}/count")["count"] == len(expected)
    for page in (60, 7):  # the web app's window, and one that ends mid-way
        got: list[str] = []
        while True:
            part = owner.get(f"/api/views/{v['id']}/rows?offset={len(got)}&limit={page}")["rows"]
            assert len(part) <= page
            got += [r["_id"] for r in part]
            if len(part) < page:
                break
        assert got == [r["_id"] for r in expected], page
