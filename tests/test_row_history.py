"""Row history (GET /api/tables/{id}/rows/{row_id}/history) on both databases.

A top-level insert logs one marker row in row_changes instead of one per inserted row; the
history finds the inserting action from the row's _ctime/_creator and the action's payload.
These tests check that what a person sees in a row's history is the same as with one
row_changes row per inserted row: the insert (who, when, which action), then edits, deletes,
undo and redo, in order, page by page.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from tests.helpers import ApiClient


def _history(c: ApiClient, row_id: str, **q: Any) -> list[dict]:
    qs = "&".join(f"{k}={v}" for k, v in q.items())
    return c.get(f"/api/tables/{c.table_id}/rows/{row_id}/history" + (f"?{qs}" if qs else ""))["history"]


def _ops(hist: list[dict]) -> list[tuple[str, str]]:
    return [(h["op"], h["kind"]) for h in hist]


def _action_id(c: ApiClient) -> int:
    return c.get(f"/api/bases/{c.base_id}/actions?since=0")["actions"][-1]["id"]


def test_insert_then_edit_shows_who_added_the_row(owner: ApiClient, app: Any) -> None:
    amount = owner.add_column("Amount", "number")
    rows = owner.insert([{"Name": f"r{i}", "Amount": i} for i in range(3)])
    insert_action = _action_id(owner)
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[1]["_id"], "Amount": 42}]})
    hist = _history(owner, rows[1]["_id"])
    assert _ops(hist) == [("update", "do"), ("insert", "do")]
    assert hist[0]["cells"] == {str(amount["id"]): [1, 42]}
    assert hist[1]["action_id"] == insert_action
    assert hist[1]["cells"] == {}
    assert hist[1]["user"]["email"] == "owner@example.com"
    assert hist[1]["at"] == rows[1]["_ctime"]
    for other in (rows[0], rows[2]):
        assert [(h["op"], h["action_id"]) for h in _history(owner, other["_id"])] == [("insert", insert_action)]
    # The 1,000-row insert path writes one history marker, not one row per inserted row.
    with app.extensions["tablo"].db.read() as conn:
        n = conn.execute(sa.text("SELECT count(*) FROM row_changes WHERE action_id = :a"),
                         {"a": insert_action}).scalar()
    assert n == 1


def test_delete_undo_redo_keep_the_story_in_order(owner: ApiClient) -> None:
    row = owner.insert([{"Name": "kept"}])[0]
    rid = row["_id"]
    owner.delete(f"/api/tables/{owner.table_id}/rows", {"row_ids": [rid]})
    assert _ops(_history(owner, rid)) == [("delete", "do"), ("insert", "do")]
    owner.undo()
    assert _ops(_history(owner, rid)) == [("insert", "undo"), ("delete", "do"), ("insert", "do")]
    owner.redo()
    assert _ops(_history(owner, rid)) == [("delete", "redo"), ("insert", "undo"), ("delete", "do"),
                                          ("insert", "do")]


def test_undo_and_redo_of_an_insert(owner: ApiClient) -> None:
    rid = owner.insert([{"Name": "a"}, {"Name": "b"}])[0]["_id"]
    owner.undo()
    assert _ops(_history(owner, rid)) == [("delete", "undo"), ("insert", "do")]
    owner.redo()
    assert _ops(_history(owner, rid)) == [("insert", "redo"), ("delete", "undo"), ("insert", "do")]
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rid, "Name": "a2"}]})
    assert _ops(_history(owner, rid)) == [("update", "do"), ("insert", "redo"), ("delete", "undo"),
                                          ("insert", "do")]


def test_a_row_id_used_again_has_both_inserts(owner: ApiClient) -> None:
    rid = "A" * 22
    first = owner.insert([{"_id": rid, "Name": "first"}])[0]
    first_action = _action_id(owner)
    owner.delete(f"/api/tables/{owner.table_id}/rows", {"row_ids": [rid]})
    second = owner.insert([{"_id": rid, "Name": "second"}])[0]
    second_action = _action_id(owner)
    assert first["_id"] == second["_id"] == rid
    hist = _history(owner, rid)
    assert [(h["op"], h["action_id"]) for h in hist][::2] == [("insert", second_action), ("insert", first_action)]
    assert _ops(hist) == [("insert", "do"), ("delete", "do"), ("insert", "do")]


def test_pages_of_history_include_the_insert_once(owner: ApiClient) -> None:
    rid = owner.insert([{"Name": "v0"}])[0]["_id"]
    for i in range(1, 5):
        owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rid, "Name": f"v{i}"}]})
    full = _history(owner, rid)
    assert _ops(full) == [("update", "do")] * 4 + [("insert", "do")]
    pages = [_history(owner, rid, offset=o, limit=2) for o in (0, 2, 4, 6)]
    assert [len(p) for p in pages] == [2, 2, 1, 0]
    assert [h for p in pages for h in p] == full
    assert _history(owner, rid, offset=4, limit=1)[0]["op"] == "insert"


def test_rows_added_inside_a_batch_keep_their_own_history(owner: ApiClient) -> None:
    tid = owner.table_id
    res = owner.post(f"/api/bases/{owner.base_id}/actions", {"action": {"type": "batch", "actions": [
        {"type": "insert_rows", "table_id": tid, "rows": [{"Name": "x"}]},
        {"type": "insert_rows", "table_id": tid, "rows": [{"Name": "y"}]},
    ]}})
    ids = [r["_id"] for r in owner.rows()]
    assert len(ids) == 2
    for rid in ids:
        assert [(h["op"], h["action_id"]) for h in _history(owner, rid)] == [("insert", res["action_id"])]


def test_history_of_an_unknown_row_is_empty(owner: ApiClient) -> None:
    owner.insert([{"Name": "a"}])
    assert _history(owner, "B" * 22) == []
