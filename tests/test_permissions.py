"""Roles, table permissions and column permissions, over every write path, on both databases.

The check sits in apply_action, so REST endpoints, the generic actions endpoint, batches,
undo / redo and direct server calls (the path the live socket, imports and the
SeaTable-compatible API take) all obey it.
"""

from __future__ import annotations

from typing import Any

import pytest

from server.actions.apply import apply_action
from server.errors import ApiError
from tests.helpers import ApiClient


def _member(app: Any, owner: ApiClient, email: str, role: str) -> ApiClient:
    c = ApiClient(app)
    c.signup(email)
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": email, "role": role}, expect=201)
    c.base = owner.get(f"/api/bases/{owner.base_id}")
    return c


def _apply(app: Any, user: ApiClient, action: dict) -> Any:
    st = app.extensions["tablo"]
    return apply_action(st.db, st.schema_cache, user.base_id, user.user["id"], action)


@pytest.fixture
def team(owner: ApiClient, app: Any) -> dict[str, ApiClient]:
    owner.add_column("Amount", "number")
    owner.insert([{"Name": "anchor"}])
    return {
        "owner": owner,
        "editor": _member(app, owner, "ed@example.com", "editor"),
        "named": _member(app, owner, "nm@example.com", "editor"),
        "commenter": _member(app, owner, "co@example.com", "commenter"),
        "viewer": _member(app, owner, "vi@example.com", "viewer"),
    }


def _write_paths(c: ApiClient, table_id: int, row_id: str) -> dict[str, Any]:
    """Each write path once; returns the HTTP status per path."""
    base = f"/api/bases/{c.base_id}"
    anchor = next(r["_id"] for r in ApiClient.rows(c, table_id) if r["_id"] != row_id)
    out = {}
    out["rest.insert"] = c.call("POST", f"/api/tables/{table_id}/rows", {"rows": [{"Name": "n"}]}).status_code
    out["rest.update"] = c.call("PATCH", f"/api/tables/{table_id}/rows",
                                {"rows": [{"_id": row_id, "Name": "changed"}]}).status_code
    out["action.batch_insert"] = c.call("POST", f"{base}/actions", {"action": {"type": "batch", "actions": [
        {"type": "insert_rows", "table_id": table_id, "rows": [{"Name": "b"}]}]}}).status_code
    out["action.move"] = c.call("POST", f"{base}/actions", {"action": {
        "type": "move_rows", "table_id": table_id, "row_ids": [row_id], "after": anchor}}).status_code
    out["rest.delete"] = c.call("DELETE", f"/api/tables/{table_id}/rows", {"row_ids": [row_id]}).status_code
    return out


def test_roles_over_every_write_path(team: dict[str, ApiClient], app: Any) -> None:
    owner = team["owner"]
    tid = owner.table_id
    for who in ("viewer", "commenter"):
        c = team[who]
        row = owner.insert([{"Name": who}])[0]["_id"]
        got = _write_paths(c, tid, row)
        assert set(got.values()) == {403}, (who, got)
        with pytest.raises(ApiError) as exc:
            _apply(app, c, {"type": "update_rows", "table_id": tid, "rows": [{"_id": row, "Name": "x"}]})
        assert exc.value.status == 403
    assert [r["Name"] for r in owner.rows()] == ["anchor", "viewer", "commenter"]
    for who in ("editor", "owner"):
        c = team[who]
        row = owner.insert([{"Name": who}])[0]["_id"]
        got = _write_paths(c, tid, row)
        assert set(got.values()) <= {200, 201}, (who, got)


def test_table_permissions_named_members_only(team: dict[str, ApiClient], app: Any) -> None:
    owner, editor, named = team["owner"], team["editor"], team["named"]
    tid = owner.table_id
    nid = named.user["id"]
    owner.patch(f"/api/tables/{tid}/permissions", {"rows": {
        "add": {"mode": "named", "user_ids": [nid]}, "delete": {"mode": "named", "user_ids": [nid]}}})
    perms = editor.get(f"/api/tables/{tid}/permissions")
    assert perms["rows"] == {"add": {"mode": "named", "user_ids": [nid]}, "edit": {"mode": "editors", "user_ids": []},
                             "delete": {"mode": "named", "user_ids": [nid]}}
    row = owner.insert([{"Name": "r1"}])[0]["_id"]
    got = _write_paths(editor, tid, row)
    assert got == {"rest.insert": 403, "rest.update": 200, "action.batch_insert": 403, "action.move": 200,
                   "rest.delete": 403}
    with pytest.raises(ApiError) as exc:
        _apply(app, editor, {"type": "insert_rows", "table_id": tid, "rows": [{"Name": "direct"}]})
    assert exc.value.status == 403 and "add rows" in exc.value.message
    got = _write_paths(named, tid, row)
    assert set(got.values()) <= {200, 201}, got
    # Nothing the editor tried went in: only the named member's and the owner's rows.
    assert sorted(r["Name"] for r in owner.rows()) == ["anchor", "b", "n"]
    # Back to the default: everyone with edit rights.
    owner.patch(f"/api/tables/{tid}/permissions", {"rows": {"add": {"mode": "editors"}}})
    assert editor.insert([{"Name": "again"}], table_id=tid)


def test_column_permissions_and_undo_path(team: dict[str, ApiClient], app: Any) -> None:
    owner, editor, named = team["owner"], team["editor"], team["named"]
    tid = owner.table_id
    row = owner.insert([{"Name": "r", "Amount": 1}])[0]["_id"]
    editor.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": row, "Amount": 5}]})
    owner.patch(f"/api/tables/{tid}/permissions", {"columns": {"Amount": {"mode": "named",
                                                                          "user_ids": [named.user["id"]]}}})
    r = editor.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": row, "Amount": 7}]}, expect=403)
    assert "Amount" in r.get_json()["error"]["message"]
    editor.post(f"/api/tables/{tid}/rows", {"rows": [{"Name": "x", "Amount": 3}]}, expect=403)
    # Other columns stay editable; a new row without the protected column is fine.
    editor.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": row, "Name": "renamed"}]})
    editor.insert([{"Name": "no amount"}], table_id=tid)
    # Undo of the editor's earlier Amount edit would write the column: refused too.
    editor.post(f"/api/tables/{tid}/rows", {"rows": [{"Name": "tmp"}]}, expect=201)
    editor.undo()  # undoing the insert (a delete) is fine: the table allows deletes
    editor.undo()  # the "no amount" insert
    editor.undo()  # the rename of Name
    editor.undo(expect=403)  # the Amount edit
    named.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": row, "Amount": 9}]})
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": row, "Amount": 10}]})
    assert [r["Amount"] for r in owner.rows() if r["_id"] == row] == [10]
    perms = owner.get(f"/api/tables/{tid}/permissions")
    amount = next(c for c in owner.get(f"/api/tables/{tid}")["columns"] if c["name"] == "Amount")
    assert perms["columns"] == {str(amount["id"]): {"mode": "named", "user_ids": [named.user["id"]]}}


def test_permission_settings_validation(team: dict[str, ApiClient]) -> None:
    owner, editor = team["owner"], team["editor"]
    tid = owner.table_id
    editor.patch(f"/api/tables/{tid}/permissions", {"rows": {"add": {"mode": "named", "user_ids": []}}}, expect=403)
    r = owner.patch(f"/api/tables/{tid}/permissions", {"rows": {"add": {"mode": "nobody"}}}, expect=422)
    assert "rows.add.mode" in r.get_json()["error"]["fields"]
    r = owner.patch(f"/api/tables/{tid}/permissions", {"rows": {"add": {"mode": "named", "user_ids": [987654]}}},
                    expect=422)
    assert "rows.add.user_ids" in r.get_json()["error"]["fields"]
    r = owner.patch(f"/api/tables/{tid}/permissions", {"columns": {"Nope": {"mode": "named"}}}, expect=422)
    assert "columns.Nope" in r.get_json()["error"]["fields"]
    owner.patch(f"/api/tables/{tid}/permissions", {"rows": {"edit": {"mode": "editors", "user_ids": [1]}}}, expect=422)
    assert owner.get(f"/api/tables/{tid}/permissions")["rows"]["add"]["mode"] == "editors"
    outsider = ApiClient(owner.app)
    outsider.signup("out@example.com")
    outsider.get(f"/api/tables/{tid}/permissions", expect=404)


def test_link_cells_follow_table_and_column_permissions(team: dict[str, ApiClient]) -> None:
    owner, editor, named = team["owner"], team["editor"], team["named"]
    tid = owner.table_id
    owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Customers"}, expect=201)
    cust_tid = next(t["id"] for t in owner.get(f"/api/bases/{owner.base_id}")["tables"] if t["name"] == "Customers")
    acme = owner.insert([{"Name": "Acme"}], table_id=cust_tid)[0]["_id"]
    link = owner.add_column("Customer", "link", {"table_id": cust_tid})
    row = owner.insert([{"Name": "inv"}])[0]["_id"]
    set_links = {"type": "set_links", "column_id": link["id"], "links": {row: [acme]}}
    owner.patch(f"/api/tables/{tid}/permissions", {"rows": {"edit": {"mode": "named",
                                                                      "user_ids": [named.user["id"]]}}})
    editor.post(f"/api/bases/{owner.base_id}/actions", {"action": set_links}, expect=403)
    # A new row with links is an add, not an edit of an existing row.
    made = editor.insert([{"Name": "new inv", "Customer": [acme]}], table_id=tid)[0]["_id"]
    assert [r["Customer"] for r in owner.rows() if r["_id"] == made] == [[{"_id": acme, "display_value": "Acme"}]]
    named.post(f"/api/bases/{owner.base_id}/actions", {"action": set_links})
    # A column permission on the link column binds set_links too.
    owner.patch(f"/api/tables/{tid}/permissions", {"rows": {"edit": {"mode": "editors"}},
                                                   "columns": {"Customer": {"mode": "named", "user_ids": []}}})
    named.post(f"/api/bases/{owner.base_id}/actions", {"action": {**set_links, "links": {row: []}}}, expect=403)
    owner.post(f"/api/bases/{owner.base_id}/actions", {"action": {**set_links, "links": {row: []}}})


def test_link_edits_check_the_other_side(team: dict[str, ApiClient]) -> None:
    """A two-way link also changes the other table's link cells: that column's permission and
    that table's edit permission bind too, and a refused edit changes nothing on either side."""
    owner, editor, named = team["owner"], team["editor"], team["named"]
    owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Customers"}, expect=201)
    cust_tid = next(t["id"] for t in owner.get(f"/api/bases/{owner.base_id}")["tables"] if t["name"] == "Customers")
    acme = owner.insert([{"Name": "Acme"}], table_id=cust_tid)[0]["_id"]
    link = owner.add_column("Customer", "link", {"table_id": cust_tid})
    back = owner.get(f"/api/bases/{owner.base_id}")["tables"]
    back_col = next(c for t in back if t["id"] == cust_tid for c in t["columns"] if c["type"] == "link")
    row = owner.insert([{"Name": "inv"}])[0]["_id"]
    set_links = {"type": "set_links", "column_id": link["id"], "links": {row: [acme]}}
    # Only `named` may edit the customers' side of the link.
    owner.patch(f"/api/tables/{cust_tid}/permissions",
                {"columns": {back_col["name"]: {"mode": "named", "user_ids": [named.user["id"]]}}})
    err = editor.post(f"/api/bases/{owner.base_id}/actions", {"action": set_links}, expect=403).get_json()
    assert back_col["name"] in err["error"]["message"]
    assert owner.get(f"/api/tables/{cust_tid}/rows")["rows"][0].get(back_col["name"]) in (None, [])
    named.post(f"/api/bases/{owner.base_id}/actions", {"action": set_links})
    # Customers' rows may be edited by `named` only: linking an existing customer is such an edit.
    owner.patch(f"/api/tables/{cust_tid}/permissions", {"rows": {"edit": {"mode": "named",
                                                                          "user_ids": [named.user["id"]]}},
                                                        "columns": {back_col["name"]: {"mode": "editors"}}})
    editor.post(f"/api/bases/{owner.base_id}/actions", {"action": {**set_links, "links": {row: []}}}, expect=403)
    named.post(f"/api/bases/{owner.base_id}/actions", {"action": {**set_links, "links": {row: []}}})
    # A new invoice linked to an existing customer still edits that customer: refused, nothing added.
    made = {"type": "insert_rows", "table_id": owner.table_id, "rows": [{"Name": "new inv", "Customer": [acme]}]}
    editor.post(f"/api/bases/{owner.base_id}/actions", {"action": made}, expect=403)
    assert [r["Name"] for r in owner.rows()] == ["anchor", "inv"]


def test_imports_obey_table_and_column_permissions(team: dict[str, ApiClient], app: Any) -> None:
    from tests.io_helpers import start, upload

    owner, editor, named = team["owner"], team["editor"], team["named"]
    tid = owner.table_id
    owner.patch(f"/api/tables/{tid}/permissions", {"rows": {"add": {"mode": "named",
                                                                     "user_ids": [named.user["id"]]}}})
    data = b"name,amount\nimported one,2\n"
    job = start(editor, upload(editor, data, "rows.csv")["import_id"], {"mode": "append", "table_id": tid},
                expect_status="failed")
    assert "add rows" in str(job)
    assert [r["Name"] for r in owner.rows()] == ["anchor"]
    # The named member may add, but not into a column only others may edit.
    owner.patch(f"/api/tables/{tid}/permissions", {"columns": {"Amount": {"mode": "named", "user_ids": []}}})
    job = start(named, upload(named, data, "rows.csv")["import_id"], {"mode": "append", "table_id": tid},
                expect_status="failed")
    assert "Amount" in str(job)
    start(named, upload(named, b"name\nimported two\n", "rows.csv")["import_id"], {"mode": "append", "table_id": tid})
    assert [r["Name"] for r in owner.rows()] == ["anchor", "imported two"]
