"""Point-in-time restore on both databases: the base taken back to a moment from its action log
equals a full dump (catalog and rows) taken at that moment — after rows were inserted, updated
and deleted, a column and a table added, a view changed — in place (one undoable action) and as
a new base (the original untouched). Refused, with nothing changed, when the log does not
reach back (a gap in it, a change whose undo is no longer possible) and for impossible moments.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import sqlalchemy as sa

from tests.helpers import ApiClient
from tests.test_backup_roundtrip import describe


def _iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _moment() -> dt.datetime:
    """A moment strictly between what was logged before and what is logged after."""
    time.sleep(0.02)
    t = _now()
    time.sleep(0.02)
    return t


def _build(owner: ApiClient) -> dict[str, Any]:
    """A base with rows, a link and a view, as it stands at the moment returned."""
    b, t = owner.base_id, owner.table_id
    amount = owner.add_column("Amount", "number")
    owner.add_column("Note", "text")
    rows = owner.insert([{"Name": "Acme", "Amount": 100, "Note": "first"},
                         {"Name": "Бета", "Amount": 5}, {"Name": "Gamma", "Amount": 42}])
    view = owner.post(f"/api/tables/{t}/views", {"name": "Big ones", "settings": {
        "filters": {"conjunction": "and", "filters": [{"column_id": amount["id"], "operator": "gt", "value": 10}]},
        "sorts": [{"column_id": amount["id"], "direction": "desc"}]}}, expect=201)
    return {"base": b, "table": t, "amount": amount["id"], "rows": rows, "view": (view.get("view") or view)["id"]}


def _change_everything(owner: ApiClient, s: dict[str, Any]) -> None:
    """Several kinds of change after the moment."""
    t, rows = s["table"], s["rows"]
    owner.insert([{"Name": "Late", "Amount": 7}])
    owner.patch(f"/api/tables/{t}/rows", {"rows": [{"_id": rows[0]["_id"], "Amount": 1, "Note": "changed"}]})
    owner.delete(f"/api/tables/{t}/rows", {"row_ids": [rows[1]["_id"]]})
    owner.add_column("Added", "text")
    owner.patch(f"/api/tables/{t}/rows", {"rows": [{"_id": rows[2]["_id"], "Added": "x"}]})
    owner.patch(f"/api/views/{s['view']}", {"name": "Renamed", "settings": {
        "sorts": [{"column_id": s["amount"], "direction": "asc"}], "hidden_columns": [s["amount"]]}})
    owner.post(f"/api/bases/{s['base']}/tables", {"name": "Extra"}, expect=201)
    owner.undo()  # an undo after the moment is taken back too
    owner.post(f"/api/bases/{s['base']}/tables", {"name": "Extra 2"}, expect=201)


def _without_name(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k != "name"}


def test_in_place_equals_the_dump_at_that_moment_and_is_one_undo(app: Any, owner: ApiClient) -> None:
    s = _build(owner)
    at = _moment()
    at_then = describe(app, s["base"])
    _change_everything(owner, s)
    now = describe(app, s["base"])
    assert now != at_then
    res = owner.post(f"/api/bases/{s['base']}/point-in-time", {"at": _iso(at), "mode": "in_place"})
    assert res["undone"] >= 9
    assert describe(app, s["base"]) == at_then
    owner.undo()  # the whole restore is one step back
    assert describe(app, s["base"]) == now
    owner.redo()
    assert describe(app, s["base"]) == at_then


def test_as_new_base_equals_the_dump_and_leaves_the_base_alone(app: Any, owner: ApiClient) -> None:
    s = _build(owner)
    at = _moment()
    at_then = describe(app, s["base"])
    _change_everything(owner, s)
    now = describe(app, s["base"])
    version = owner.get(f"/api/bases/{s['base']}")["version"]
    res = owner.post(f"/api/bases/{s['base']}/point-in-time",
                     {"at": at.replace(tzinfo=dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=3))).isoformat(),
                      "mode": "new_base", "name": "As it was"}, expect=201)
    assert res["missing_files"] == []
    assert describe(app, s["base"]) == now  # the original is as it was before the request
    assert owner.get(f"/api/bases/{s['base']}")["version"] == version
    copy = describe(app, res["base_id"])
    assert copy["name"] == "As it was"
    assert _without_name(copy) == _without_name(at_then)


def test_a_moment_with_nothing_after_it(app: Any, owner: ApiClient) -> None:
    s = _build(owner)
    at = _moment()
    r = owner.post(f"/api/bases/{s['base']}/point-in-time", {"at": _iso(at), "mode": "in_place"}, expect=422)
    assert r.get_json()["error"]["code"] == "nothing_changed"
    res = owner.post(f"/api/bases/{s['base']}/point-in-time", {"at": _iso(at), "mode": "new_base"}, expect=201)
    assert _without_name(describe(app, res["base_id"])) == _without_name(describe(app, s["base"]))


def test_refused_when_the_log_has_a_gap(app: Any, owner: ApiClient) -> None:
    from server.catalog import schema as cat

    s = _build(owner)
    at = _moment()
    _change_everything(owner, s)
    before = describe(app, s["base"])
    st = app.extensions["tablo"]
    with st.db.write() as conn:  # as if part of the log had been purged
        first_after = conn.execute(sa.select(sa.func.min(cat.actions.c.id)).where(
            cat.actions.c.base_id == s["base"], cat.actions.c.created_at > at)).scalar_one()
        conn.execute(sa.delete(cat.actions).where(cat.actions.c.id == first_after))
    for mode in ("in_place", "new_base"):
        r = owner.post(f"/api/bases/{s['base']}/point-in-time", {"at": _iso(at), "mode": mode}, expect=409)
        assert r.get_json()["error"]["code"] == "log_incomplete"
    assert describe(app, s["base"]) == before


def test_refused_when_a_change_can_no_longer_be_undone(app: Any, owner: ApiClient) -> None:
    from server.catalog.trash import purge_trash

    s = _build(owner)
    at = _moment()
    note = next(c for c in owner.get(f"/api/bases/{s['base']}")["tables"][0]["columns"] if c["name"] == "Note")
    owner.delete(f"/api/columns/{note['id']}")
    purge_trash(app.extensions["tablo"].db, days=-1)  # the trash is emptied: the column is gone for good
    before = describe(app, s["base"])
    r = owner.post(f"/api/bases/{s['base']}/point-in-time", {"at": _iso(at), "mode": "in_place"}, expect=409)
    assert r.get_json()["error"]["code"] == "log_incomplete"
    assert "delete_column" in r.get_json()["error"]["message"]
    assert describe(app, s["base"]) == before


def test_impossible_moments_and_bad_input(app: Any, owner: ApiClient) -> None:
    b = owner.base_id
    url = f"/api/bases/{b}/point-in-time"
    future = _now() + dt.timedelta(hours=1)
    r = owner.post(url, {"at": _iso(future), "mode": "in_place"}, expect=422)
    assert "at" in r.get_json()["error"]["fields"]
    r = owner.post(url, {"at": _iso(_now() - dt.timedelta(days=3)), "mode": "new_base"}, expect=422)
    assert "at" in r.get_json()["error"]["fields"]
    r = owner.post(url, {"at": "yesterday", "mode": "in_place"}, expect=422)
    assert "at" in r.get_json()["error"]["fields"]
    r = owner.post(url, {"at": _iso(_now()), "mode": "sideways"}, expect=422)
    assert "mode" in r.get_json()["error"]["fields"]
    r = owner.post(url, {"at": _iso(_now()), "mode": "in_place", "when": 1}, expect=422)
    assert "when" in r.get_json()["error"]["fields"]


def test_only_owners(app: Any, owner: ApiClient) -> None:
    at = _moment()
    owner.insert([{"Name": "x"}])
    editor, stranger = ApiClient(app), ApiClient(app)
    editor.signup("editor@example.com")
    stranger.signup("stranger@example.com")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "editor@example.com", "role": "editor"},
               expect=201)
    body = {"at": _iso(at), "mode": "in_place"}
    editor.post(f"/api/bases/{owner.base_id}/point-in-time", body, expect=403)
    stranger.post(f"/api/bases/{owner.base_id}/point-in-time", body, expect=404)
    assert len(owner.rows()) == 1


def test_more_actions_than_one_batch_holds_revert_and_undo(app: Any, owner: ApiClient) -> None:
    """Past 500 changes the restore's undo is batches of batches (a batch holds at most 500)."""
    from server.actions.apply import apply_action

    st = app.extensions["tablo"]
    row = owner.insert([{"Name": "n0"}])[0]
    at = _moment()
    then = describe(app, owner.base_id)
    for i in range(1, 521):
        apply_action(st.db, st.schema_cache, owner.base_id, owner.user["id"],
                     {"type": "update_rows", "table_id": owner.table_id, "rows": [{"_id": row["_id"], "Name": f"n{i}"}]})
    now = describe(app, owner.base_id)
    res = owner.post(f"/api/bases/{owner.base_id}/point-in-time", {"at": _iso(at), "mode": "in_place"})
    assert res["undone"] == 520
    assert describe(app, owner.base_id) == then
    owner.undo()
    assert describe(app, owner.base_id) == now
