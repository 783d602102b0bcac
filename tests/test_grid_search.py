"""Ctrl+F on "All rows": GET /api/tables/{id}/search gives row ids and positions in table order."""

from __future__ import annotations

from urllib.parse import quote

from tests.helpers import ApiClient
from tests.test_views_api import build_sales


def test_table_search_positions_follow_table_order(owner: ApiClient) -> None:
    sales = build_sales(owner)
    tid, ids = sales["tid"], sales["ids"]
    hits = owner.get(f"/api/tables/{tid}/search?q=" + quote("ЁЛК"))["hits"]
    assert hits == [{"row_id": ids[0], "position": 0}, {"row_id": ids[1], "position": 1}]
    # Options are found by name; a row inserted above moves the positions.
    owner.post(f"/api/tables/{tid}/rows", {"rows": [{"Name": "Late again"}], "before": ids[0]}, expect=None)
    late = owner.get(f"/api/tables/{tid}/search?q=late")["hits"]
    assert ids[2] in [h["row_id"] for h in late]
    assert owner.get(f"/api/tables/{tid}/search?q=zeta&limit=1")["hits"][0]["row_id"] == ids[5]
    assert owner.get(f"/api/tables/{tid}/search?q=nothing-like-it")["hits"] == []


def test_table_search_checks_input_and_access(owner: ApiClient, client: ApiClient) -> None:
    tid = owner.table_id
    err = owner.get(f"/api/tables/{tid}/search", expect=422).get_json()
    assert "q" in err["error"]["fields"]
    owner.get(f"/api/tables/{tid}/search?q=a&limit=0", expect=422)
    owner.get("/api/tables/999999/search?q=a", expect=404)
    client.signup("stranger@example.com")
    client.get(f"/api/tables/{tid}/search?q=a", expect=404)  # not a member: not told it exists
