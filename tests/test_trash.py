"""The trash and the activity log over HTTP, on SQLite and PostgreSQL: deleted tables, columns,
views, rows (the 30-day recycle bin, read from the log) and bases, each listed and restored;
restored rows keep their ids and links and the restore is one undoable step; another user's
base stays unreachable; the activity log's filters and its undo of your latest change."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from tests.helpers import ApiClient


def _user(app: Any, email: str) -> ApiClient:
    c = ApiClient(app)
    c.signup(email, name=email.split("@")[0].title())
    return c


def _age_actions(app: Any, base_id: int, days: float, type_: str = "delete_rows") -> None:
    """Move the base's logged actions of a type back in time (the bin's 30 days run from now)."""
    st = app.extensions["tablo"]
    when = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)
    with st.db.write() as conn:
        conn.execute(sa.update(cat.actions).where(cat.actions.c.base_id == base_id, cat.actions.c.type == type_)
                     .values(created_at=when))


def test_tables_columns_and_views_listed_and_restored(owner: ApiClient) -> None:
    b = owner.base_id
    second = owner.post(f"/api/bases/{b}/tables", {"name": "Second"}, expect=201)["table"]
    col = owner.add_column("Note", "text")
    view = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "Open ones"}, expect=201)["view"]
    mine = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "Mine", "private": True}, expect=201)["view"]
    owner.delete(f"/api/tables/{second['id']}")
    owner.delete(f"/api/columns/{col['id']}")
    owner.delete(f"/api/views/{view['id']}")
    owner.delete(f"/api/views/{mine['id']}")
    trash = owner.get(f"/api/bases/{b}/trash")
    assert [t["name"] for t in trash["tables"]] == ["Second"]
    assert [(c["name"], c["type"], c["table_id"]) for c in trash["columns"]] == [("Note", "text", owner.table_id)]
    assert {(v["name"], v["private"]) for v in trash["views"]} == {("Open ones", False), ("Mine", True)}
    assert all(x["deleted_at"].endswith("Z") for k in ("tables", "columns", "views") for x in trash[k])
    owner.post(f"/api/tables/{second['id']}/restore")
    owner.post(f"/api/columns/{col['id']}/restore")
    owner.post(f"/api/views/{view['id']}/restore")
    assert owner.get(f"/api/bases/{b}/trash") == {"tables": [], "columns": [],
                                                  "views": [{**next(v for v in trash["views"] if v["name"] == "Mine")}]}
    names = {v["name"] for v in owner.get(f"/api/bases/{b}")["views"]}
    assert "Open ones" in names and "Mine" not in names


def test_private_views_of_others_are_not_listed(owner: ApiClient, app: Any) -> None:
    bob = _user(app, "bob@example.com")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "bob@example.com", "role": "editor"}, expect=201)
    v = bob.post(f"/api/tables/{owner.table_id}/views", {"name": "Bob's", "private": True}, expect=201)["view"]
    bob.delete(f"/api/views/{v['id']}")
    assert [x["name"] for x in bob.get(f"/api/bases/{owner.base_id}/trash")["views"]] == ["Bob's"]
    assert owner.get(f"/api/bases/{owner.base_id}/trash")["views"] == []


def test_row_bin_lists_and_restores_with_ids_and_links(owner: ApiClient, app: Any) -> None:
    b = owner.base_id
    inv = owner.post(f"/api/bases/{b}/tables", {"name": "Invoices", "columns": [
        {"name": "Number", "type": "text"}, {"name": "Total", "type": "number"}]}, expect=201)["table"]["id"]
    pay = owner.post(f"/api/bases/{b}/tables", {"name": "Payments", "columns": [
        {"name": "Ref", "type": "text"}, {"name": "When", "type": "date"}]}, expect=201)["table"]["id"]
    owner.add_column("Payments", "link", {"table": "Payments"}, table_id=inv)
    invoices = owner.insert([{"Number": "INV-1", "Total": 100}, {"Number": "INV-2", "Total": 50},
                             {"Number": "INV-3", "Total": 7}], table_id=inv)
    payments = owner.insert([{"Ref": "P1", "When": "2024-03-01"}, {"Ref": "P2"}], table_id=pay)
    owner.patch(f"/api/tables/{inv}/rows", {"rows": [
        {"_id": invoices[0]["_id"], "Payments": [payments[0]["_id"], payments[1]["_id"]]}]})
    before = {r["_id"]: r for r in owner.rows(table_id=inv)}
    i1, i2, i3 = (r["_id"] for r in invoices)
    owner.delete(f"/api/tables/{inv}/rows", {"row_ids": [i1, i2]})
    owner.delete(f"/api/tables/{inv}/rows", {"row_ids": [i3]})
    owner.delete(f"/api/tables/{pay}/rows", {"row_ids": [payments[1]["_id"]]})  # the other end of a link goes too
    bin_ = owner.get(f"/api/tables/{inv}/trash")
    assert bin_["total"] == 3 and bin_["retention_days"] == 30
    assert [(r["row_id"], r["title"]) for r in bin_["rows"]] == [(i3, "INV-3"), (i1, "INV-1"), (i2, "INV-2")]
    assert bin_["rows"][0]["deleted_by"]["email"] == "owner@example.com"
    assert [r["row_id"] for r in owner.get(f"/api/tables/{inv}/trash?offset=1&limit=1")["rows"]] == [i1]
    assert [r["title"] for r in owner.get(f"/api/tables/{pay}/trash")["rows"]] == ["P2"]
    # Restore one row of the first deletion: same id, same cells, its link to P1 back (P2 is gone).
    res = owner.post(f"/api/tables/{inv}/trash/restore", {"row_ids": [i1]})
    assert res["links"] == 1 and [r["_id"] for r in res["rows"]] == [i1]
    back = {r["_id"]: r for r in owner.rows(table_id=inv)}
    assert set(back) == {i1}
    assert back[i1]["Number"] == "INV-1" and back[i1]["_ctime"] == before[i1]["_ctime"]
    assert [x["display_value"] for x in back[i1]["Payments"]] == ["P1"]
    assert [r["row_id"] for r in owner.get(f"/api/tables/{inv}/trash")["rows"]] == [i3, i2]
    # A link goes back with the row whose deletion removed it: INV-1's deletion took the link to
    # P2, and P2 was not there when INV-1 came back, so P2 comes back without it.
    owner.post(f"/api/tables/{pay}/trash/restore", {"row_ids": [payments[1]["_id"]]})
    p2 = {r["Ref"]: r for r in owner.rows(table_id=pay)}["P2"]
    assert p2["Invoices"] == [] and p2["When"] is None
    # Not in the bin: a living row, an unknown id, a bad body.
    owner.post(f"/api/tables/{inv}/trash/restore", {"row_ids": [i1]}, expect=404)
    owner.post(f"/api/tables/{inv}/trash/restore", {"row_ids": ["x" * 22]}, expect=404)
    r = owner.post(f"/api/tables/{inv}/trash/restore", {"row_ids": []}, expect=422).get_json()
    assert "row_ids" in r["error"]["fields"]
    owner.post(f"/api/tables/{inv}/trash/restore", {"row_ids": [i2], "extra": 1}, expect=422)
    owner.get(f"/api/tables/{inv}/trash?limit=0", expect=422)
    # The restore is one undoable step: undo puts the rows back in the bin, redo restores again.
    owner.undo()  # P2's restore
    owner.undo()  # INV-1's restore
    assert owner.rows(table_id=inv) == []
    assert {r["row_id"] for r in owner.get(f"/api/tables/{inv}/trash")["rows"]} == {i1, i2, i3}
    owner.redo()
    assert [r["Number"] for r in owner.rows(table_id=inv)] == ["INV-1"]
    restores = [a for a in owner.get(f"/api/bases/{b}/actions")["actions"] if a["type"] == "restore_rows"]
    assert [(a["payload"]["row_ids"], a["undone"]) for a in restores] == [([i1], True), ([payments[1]["_id"]], True)]


def test_row_bin_keeps_thirty_days(owner: ApiClient, app: Any) -> None:
    rows = owner.insert([{"Name": "old"}, {"Name": "recent"}])
    owner.delete(f"/api/tables/{owner.table_id}/rows", {"row_ids": [rows[0]["_id"]]})
    _age_actions(app, owner.base_id, 30.5)
    owner.delete(f"/api/tables/{owner.table_id}/rows", {"row_ids": [rows[1]["_id"]]})
    _age_actions_by_id_newest(app, owner.base_id, 29.5)
    assert [r["title"] for r in owner.get(f"/api/tables/{owner.table_id}/trash")["rows"]] == ["recent"]
    owner.post(f"/api/tables/{owner.table_id}/trash/restore", {"row_ids": [rows[0]["_id"]]}, expect=404)
    owner.post(f"/api/tables/{owner.table_id}/trash/restore", {"row_ids": [rows[1]["_id"]]})
    assert [r["Name"] for r in owner.rows()] == ["recent"]


def _age_actions_by_id_newest(app: Any, base_id: int, days: float) -> None:
    st = app.extensions["tablo"]
    a = cat.actions
    when = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)
    with st.db.write() as conn:
        newest = conn.execute(sa.select(sa.func.max(a.c.id)).where(a.c.base_id == base_id)).scalar_one()
        conn.execute(sa.update(a).where(a.c.id == newest).values(created_at=when))


def test_restored_row_whose_internal_id_was_taken_keeps_its_links(owner: ApiClient, app: Any) -> None:
    other = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Other"}, expect=201)["table"]["id"]
    owner.add_column("Other", "link", {"table": "Other"})
    o = owner.insert([{"Name": "target"}], table_id=other)[0]["_id"]
    last = owner.insert([{"Name": "first"}, {"Name": "last", "Other": [o]}])[1]["_id"]
    owner.delete(f"/api/tables/{owner.table_id}/rows", {"row_ids": [last]})
    owner.insert([{"Name": "newcomer"}])  # on SQLite it gets the freed internal id
    owner.post(f"/api/tables/{owner.table_id}/trash/restore", {"row_ids": [last]})
    rows = {r["Name"]: r for r in owner.rows()}
    assert set(rows) == {"first", "last", "newcomer"} and rows["last"]["_id"] == last
    assert [x["display_value"] for x in rows["last"]["Other"]] == ["target"]
    assert rows["newcomer"]["Other"] == []


def test_trash_of_another_users_base_is_unreachable(owner: ApiClient, app: Any) -> None:
    rows = owner.insert([{"Name": "secret"}])
    owner.delete(f"/api/tables/{owner.table_id}/rows", {"row_ids": [rows[0]["_id"]]})
    eve = _user(app, "eve@example.com")
    eve.get(f"/api/bases/{owner.base_id}/trash", expect=404)
    eve.get(f"/api/tables/{owner.table_id}/trash", expect=404)
    eve.post(f"/api/tables/{owner.table_id}/trash/restore", {"row_ids": [rows[0]["_id"]]}, expect=404)
    eve.get(f"/api/bases/{owner.base_id}/actions", expect=404)
    owner.delete(f"/api/bases/{owner.base_id}")
    assert eve.get("/api/bases/deleted")["bases"] == []
    eve.post(f"/api/bases/{owner.base_id}/restore", expect=404)
    # A viewer sees the bin but may not restore.
    owner.post(f"/api/bases/{owner.base_id}/restore")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "eve@example.com", "role": "viewer"}, expect=201)
    assert len(eve.get(f"/api/tables/{owner.table_id}/trash")["rows"]) == 1
    eve.post(f"/api/tables/{owner.table_id}/trash/restore", {"row_ids": [rows[0]["_id"]]}, expect=403)


def test_deleted_bases_listed_and_restored(owner: ApiClient, app: Any) -> None:
    other = owner.post("/api/bases", {"name": "Other"}, expect=201)
    owner.delete(f"/api/bases/{owner.base_id}")
    owner.delete(f"/api/bases/{other['id']}")
    listed = owner.get("/api/bases/deleted")["bases"]
    assert {b["name"] for b in listed} == {"Sales", "Other"} and all(b["deleted_at"].endswith("Z") for b in listed)
    assert owner.get("/api/bases")["bases"] == []
    owner.post(f"/api/bases/{other['id']}/restore")
    assert [b["name"] for b in owner.get("/api/bases/deleted")["bases"]] == ["Sales"]
    assert [b["name"] for b in owner.get("/api/bases")["bases"]] == ["Other"]
    token = owner.token(base_id=other["id"])
    ApiClient(app, token=token).get("/api/bases/deleted", expect=403)


def test_activity_filters_pages_and_undo_of_latest(owner: ApiClient, app: Any) -> None:
    b = owner.base_id
    bob = _user(app, "bob@example.com")
    owner.post(f"/api/bases/{b}/members", {"email": "bob@example.com", "role": "editor"}, expect=201)
    second = owner.post(f"/api/bases/{b}/tables", {"name": "Second"}, expect=201)["table"]["id"]
    owner.insert([{"Name": "a"}])
    bob.insert([{"Name": "b"}], table_id=owner.table_id)
    bob.insert([{"Name": "c"}], table_id=second)
    owner.insert([{"Name": "d"}], table_id=second)
    log = owner.get(f"/api/bases/{b}/actions?order=desc")
    assert [a["type"] for a in log["actions"][:4]] == ["insert_rows"] * 4
    by_bob = owner.get(f"/api/bases/{b}/actions?user_id={bob.user['id']}")["actions"]
    assert [a["user"]["email"] for a in by_bob] == ["bob@example.com"] * 2
    in_second = owner.get(f"/api/bases/{b}/actions?table_id={second}&order=desc")["actions"]
    assert [a["payload"]["rows"][0]["cells"] != {} for a in in_second[:2]] == [True, True]
    assert [a["user"]["email"] for a in in_second[:2]] == ["owner@example.com", "bob@example.com"]
    assert all(a["type"] != "insert_rows" or a["payload"]["table_id"] == second for a in in_second)
    both = owner.get(f"/api/bases/{b}/actions?table_id={second}&user_id={bob.user['id']}")["actions"]
    assert len(both) == 1
    # Paging newest first.
    page1 = owner.get(f"/api/bases/{b}/actions?order=desc&limit=2")
    assert page1["has_more"] and len(page1["actions"]) == 2
    page2 = owner.get(f"/api/bases/{b}/actions?order=desc&limit=2&before={page1['actions'][-1]['version']}")
    assert page2["actions"][0]["version"] == page1["actions"][-1]["version"] - 1
    # Time window.
    now = dt.datetime.now(dt.UTC)
    assert owner.get(f"/api/bases/{b}/actions?before_time={(now - dt.timedelta(days=1)).strftime('%Y-%m-%dT%H:%M:%SZ')}")["actions"] == []
    recent = owner.get(f"/api/bases/{b}/actions?after_time={(now - dt.timedelta(hours=1)).strftime('%Y-%m-%dT%H:%M:%S')}")
    assert len(recent["actions"]) == len(owner.get(f"/api/bases/{b}/actions")["actions"])
    # Bad filters are 422 naming the field.
    for q, field in (("user_id=x", "user_id"), ("table_id=0", "table_id"), ("before=-1", "before"),
                     ("order=sideways", "order"), ("after_time=yesterday", "after_time"),
                     ("table_id=99999999999", "table_id")):
        r = owner.get(f"/api/bases/{b}/actions?{q}", expect=422).get_json()
        assert field in r["error"]["fields"], q
    # Undo from the log: only your latest change.
    latest = log["actions"][0]
    assert log["your_undo"] == latest["id"]
    older = next(a for a in log["actions"] if a["user"] and a["user"]["email"] == "owner@example.com"
                 and a["id"] != latest["id"])
    r = owner.post(f"/api/bases/{b}/undo", {"action_id": older["id"]}, expect=409).get_json()
    assert r["error"]["code"] == "not_last"
    owner.post(f"/api/bases/{b}/undo", {"action_id": latest["id"]})
    assert [r["Name"] for r in owner.rows(table_id=second)] == ["c"]
    assert bob.get(f"/api/bases/{b}/actions")["your_undo"] != latest["id"]


def test_rows_deleted_in_a_batch_are_in_the_bin(owner: ApiClient) -> None:
    """The web app deletes more than 1,000 rows as a batch of delete_rows: the bin has them too."""
    rows = owner.insert([{"Name": f"r{i}"} for i in range(3)])
    ids = [r["_id"] for r in rows]
    owner.post(f"/api/bases/{owner.base_id}/actions", {"action": {"type": "batch", "actions": [
        {"type": "delete_rows", "table_id": owner.table_id, "row_ids": ids[:2]},
        {"type": "delete_rows", "table_id": owner.table_id, "row_ids": ids[2:]}]}})
    assert sorted(r["title"] for r in owner.get(f"/api/tables/{owner.table_id}/trash")["rows"]) == ["r0", "r1", "r2"]
    owner.post(f"/api/tables/{owner.table_id}/trash/restore", {"row_ids": [ids[2], ids[0]]})
    assert sorted(r["Name"] for r in owner.rows()) == ["r0", "r2"]
