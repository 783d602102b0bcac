"""Columns dragged on "All rows": PATCH /api/columns/{id} {"position"} moves a column (undoable)."""

from __future__ import annotations

from tests.helpers import ApiClient


def _order(c: ApiClient) -> list[str]:
    base = c.get(f"/api/bases/{c.base_id}")
    cols = base["tables"][0]["columns"]
    return [x["name"] for x in sorted(cols, key=lambda x: (x["position"], x["id"]))]


def test_position_moves_a_column_and_undo_moves_it_back(owner: ApiClient) -> None:
    a = owner.add_column("Amount", "number")
    owner.add_column("Status", "text")
    due = owner.add_column("Due", "date")
    before = _order(owner)
    assert before[1:] == ["Amount", "Status", "Due"]
    res = owner.patch(f"/api/columns/{due['id']}", {"position": a["position"] - 0.5})
    assert res["column"]["position"] == a["position"] - 0.5
    assert _order(owner)[1:] == ["Due", "Amount", "Status"]
    owner.undo()
    assert _order(owner) == before
    owner.redo()
    assert _order(owner)[1:] == ["Due", "Amount", "Status"]


def test_position_is_checked(owner: ApiClient) -> None:
    col = owner.add_column("Amount", "number")
    err = owner.patch(f"/api/columns/{col['id']}", {"position": "first"}, expect=422).get_json()
    assert "position" in err["error"]["fields"]
    err = owner.patch(f"/api/columns/{col['id']}", {"position": 2.5, "type": "text"}, expect=422).get_json()
    assert "position" in err["error"]["fields"]
    owner.patch(f"/api/columns/{col['id']}", {"position": 1e300}, expect=422)


def test_a_viewer_cannot_move_columns(owner: ApiClient, client: ApiClient) -> None:
    col = owner.add_column("Amount", "number")
    client.signup("viewer@example.com")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "viewer@example.com", "role": "viewer"}, expect=201)
    client.patch(f"/api/columns/{col['id']}", {"position": 0.5}, expect=403)
