"""Required and unique columns and default values (issue #22), on every write path.

Each path — grid edit and paste (PATCH rows), fill and bulk insert (POST rows), forms, the
SeaTable-compatible API, imports, undo and redo — is driven through the API, and what is
stored is read back: a refused write leaves nothing behind. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from server.query import asof
from tests.helpers import ApiClient, snapshot
from tests.io_helpers import start, table_rows, upload


def _col(owner: ApiClient, name: str) -> dict:
    return next(c for c in owner.get(f"/api/tables/{owner.table_id}")["columns"] if c["name"] == name)


def _constrain(owner: ApiClient, name: str, expect: int = 200, **constraints: Any) -> Any:
    col = _col(owner, name)
    return owner.patch(f"/api/columns/{col['id']}", {"options": {"constraints": constraints}}, expect=expect)


def _error(resp: Any) -> dict:
    return resp.get_json()["error"]


def _names(owner: ApiClient) -> list[Any]:
    return [r["Number"] for r in owner.rows()]


@pytest.fixture
def invoices(owner: ApiClient) -> ApiClient:
    """A table with a unique, required «Number» (text) and a few rows."""
    owner.new_base("Invoices")
    owner.add_column("Number", "text")
    owner.add_column("Amount", "number")
    owner.insert([{"Name": "a", "Number": "INV-1"}, {"Name": "b", "Number": "inv-2"}])
    _constrain(owner, "Number", required=True, unique=True)
    return owner


# -- the grid and the REST API -------------------------------------------------------------------
def test_unique_is_trimmed_and_case_insensitive_on_insert_and_update(invoices: ApiClient, app: Any) -> None:
    owner = invoices
    before = snapshot(app, owner.base_id)
    # A new row repeating a number (other case, spaces around) is refused, naming the column and value.
    r = owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "c", "Number": "  inv-1 "}]},
                   expect=422)
    err = _error(r)
    assert err["code"] == "constraint" and "'Number'" in err["message"] and "inv-1" in err["message"]
    assert [v["rule"] for v in err["fields"]["violations"]] == ["unique", "unique"]
    assert snapshot(app, owner.base_id) == before
    # Two new rows repeating each other (a paste of a block) are refused too; nothing is written.
    owner.post(f"/api/tables/{owner.table_id}/rows",
               {"rows": [{"Name": "c", "Number": "INV-9"}, {"Name": "d", "Number": "Inv-9"}]}, expect=422)
    assert snapshot(app, owner.base_id) == before
    # A grid edit to a number another row has: 422 naming the edited row and column at the cell.
    rows = owner.rows()
    number = _col(owner, "Number")
    r = owner.patch(f"/api/tables/{owner.table_id}/rows",
                    {"rows": [{"_id": rows[1]["_id"], "Number": "INV-1"}]}, expect=422)
    assert f"rows.{rows[1]['_id']}.{number['id']}" in _error(r)["fields"]
    assert snapshot(app, owner.base_id) == before
    # Emptying a required cell is refused; a distinct value passes; Cyrillic case folds too.
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[1]["_id"], "Number": "  "}]},
                expect=422)
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[1]["_id"], "Number": "Счёт-1"}]})
    owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "e", "Number": "СЧЁТ-1"}]}, expect=422)
    # Swapping two numbers in one batch is fine (the check runs after the whole write).
    owner.patch(f"/api/tables/{owner.table_id}/rows",
                {"rows": [{"_id": rows[0]["_id"], "Number": "Счёт-1"}, {"_id": rows[1]["_id"], "Number": "INV-1"}]})
    assert _names(owner) == ["Счёт-1", "INV-1"]
    # Edits of other columns of the row pass.
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[0]["_id"], "Amount": 5}]})


def test_required_on_insert_and_fill_down(invoices: ApiClient, app: Any) -> None:
    owner = invoices
    before = snapshot(app, owner.base_id)
    r = owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "no number"}]}, expect=422)
    assert _error(r)["fields"]["violations"][0]["rule"] == "required"
    assert "required" in _error(r)["message"]
    assert snapshot(app, owner.base_id) == before
    # A fill (one update of many rows with one value) over a unique column repeats it: refused.
    rows = owner.rows()
    owner.patch(f"/api/tables/{owner.table_id}/rows",
                {"rows": [{"_id": r["_id"], "Number": "X"} for r in rows]}, expect=422)
    assert snapshot(app, owner.base_id) == before


def test_turning_a_constraint_on_lists_the_rows_that_break_it(owner: ApiClient, app: Any) -> None:
    owner.new_base("Customers")
    owner.add_column("INN", "text")
    rows = owner.insert([{"Name": "a", "INN": "7701"}, {"Name": "b", "INN": " 7701"}, {"Name": "c"}])
    before = snapshot(app, owner.base_id)
    r = _constrain(owner, "INN", unique=True, expect=409)
    err = _error(r)
    assert err["code"] == "constraint_conflict"
    assert {(v["row_id"], v["value"]) for v in err["fields"]["violations"]} == \
        {(rows[0]["_id"], "7701"), (rows[1]["_id"], " 7701")}
    r = _constrain(owner, "INN", required=True, expect=409)
    assert [v["row_id"] for v in _error(r)["fields"]["violations"]] == [rows[2]["_id"]]
    assert snapshot(app, owner.base_id) == before
    # Fixed, the constraint goes on; then a type the rule does not fit is refused with a 422.
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[1]["_id"], "INN": "7702"}]})
    col = _constrain(owner, "INN", unique=True)["column"]
    assert col["options"]["constraints"] == {"unique": True}
    owner.add_column("Tags", "multiple-select")
    r = _constrain(owner, "Tags", unique=True, expect=422)
    assert "options.constraints.unique" in _error(r)["fields"]
    owner.add_column("Sum", "formula", {"formula": "1"})
    _constrain(owner, "Sum", required=True, expect=422)
    # Options sent without `constraints` keep them (a rename of a select option, say).
    cid = _col(owner, "INN")["id"]
    owner.patch(f"/api/columns/{cid}", {"options": {}})
    assert _col(owner, "INN")["options"]["constraints"] == {"unique": True}


def test_unique_index_exists_and_follows_the_column(owner: ApiClient, app: Any) -> None:
    owner.new_base("Idx")
    owner.add_column("Code", "text")
    owner.insert([{"Name": "a", "Code": "A"}])
    st = app.extensions["tablo"]
    col = _constrain(owner, "Code", unique=True)["column"]

    def names() -> set[str]:
        with st.db.read() as conn:
            phys = conn.execute(sa.text("SELECT phys FROM tables WHERE id = :i"), {"i": owner.table_id}).scalar()
            if st.db.is_sqlite:
                q = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t"
            else:
                q = "SELECT indexname FROM pg_indexes WHERE tablename = :t"
            return {r[0] for r in conn.execute(sa.text(q), {"t": phys}) if r[0].startswith(f"ux_{owner.table_id}_")}

    assert names() == {f"ux_{owner.table_id}_c_{col['id']}"}
    # A type change moves the values to a new physical column: the index follows; undo moves it back.
    owner.patch(f"/api/columns/{col['id']}", {"type": "number"})
    assert len(names()) == 1 and names() != {f"ux_{owner.table_id}_c_{col['id']}"}
    owner.undo()
    assert names() == {f"ux_{owner.table_id}_c_{col['id']}"}
    owner.delete(f"/api/columns/{col['id']}")
    assert names() == set()
    owner.undo()
    assert names() == {f"ux_{owner.table_id}_c_{col['id']}"}
    _constrain(owner, "Code")  # cleared
    assert names() == set()


# -- undo and redo --------------------------------------------------------------------------------
def test_undo_of_a_delete_is_never_refused(invoices: ApiClient, app: Any) -> None:
    owner = invoices
    editor = ApiClient(app)
    editor.signup("editor@example.com")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "editor@example.com", "role": "editor"}, expect=201)
    editor.base = owner.base
    rows = owner.rows()
    owner.delete(f"/api/tables/{owner.table_id}/rows", {"row_ids": [rows[0]["_id"]]})
    editor.insert([{"Name": "new", "Number": "INV-1"}], table_id=owner.table_id)  # the number is free now
    # The owner's undo brings INV-1 back beside the editor's INV-1: restores are never refused;
    # the duplicate is then listed when the constraint is turned on again, and refused at its next edit.
    owner.undo()
    assert sorted(_names(owner)) == ["INV-1", "INV-1", "inv-2"]
    owner.redo()
    owner.undo()
    restored = next(r for r in owner.rows() if r["_id"] == rows[0]["_id"])
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": restored["_id"], "Amount": 1}]})
    r = owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": restored["_id"], "Number": "inv-1"}]},
                    expect=422)
    assert _error(r)["code"] == "constraint"
    _constrain(owner, "Number", required=True, unique=False)
    r = _constrain(owner, "Number", required=True, unique=True, expect=409)
    assert {v["value"] for v in _error(r)["fields"]["violations"]} == {"INV-1"}


# -- default values ---------------------------------------------------------------------------------
def test_defaults_on_insert_api_and_a_value_given_wins(owner: ApiClient, app: Any) -> None:
    owner.new_base("Defaults")
    owner.add_column("Status", "single-select", {"options": [{"name": "Open"}, {"name": "Paid"}]})
    owner.add_column("Due", "date")
    owner.add_column("Owner", "collaborator")
    owner.add_column("Qty", "number")
    sid = _col(owner, "Status")["id"]
    opts = _col(owner, "Status")["options"]
    owner.patch(f"/api/columns/{sid}", {"options": {**opts, "constraints": {"default": "Open", "required": True}}})
    _constrain(owner, "Due", default_dynamic="today")
    _constrain(owner, "Owner", default_dynamic="me")
    _constrain(owner, "Qty", default=1)
    rows = owner.insert([{"Name": "a"}, {"Name": "b", "Status": "Paid", "Qty": None}])
    today = asof.today().date().isoformat()
    got = [(r["Status"], r["Due"], r["Owner"], r["Qty"]) for r in owner.rows()]
    assert got == [("Open", today, [owner.user["email"]], 1.0), ("Paid", today, [owner.user["email"]], None)]
    assert rows[0]["_id"]
    # Undo and redo keep exactly what was made.
    after = snapshot(app, owner.base_id)
    owner.undo()
    owner.redo()
    assert snapshot(app, owner.base_id) == after
    # Bad defaults are refused by the column dialog's request.
    r = _constrain(owner, "Qty", default="many", expect=422)
    assert "options.constraints.default" in _error(r)["fields"]
    _constrain(owner, "Qty", default_dynamic="today", expect=422)
    _constrain(owner, "Owner", default_dynamic="today", expect=422)


def test_defaults_and_constraints_in_forms(invoices: ApiClient, app: Any) -> None:
    owner = invoices
    _constrain(owner, "Number", required=True, unique=True)
    amount = _col(owner, "Amount")
    owner.patch(f"/api/columns/{amount['id']}", {"options": {**amount["options"], "constraints": {"default": 10}}})
    cols = {c["name"]: c["id"] for c in owner.get(f"/api/tables/{owner.table_id}")["columns"]}
    settings = {"title": "New invoice", "fields": [{"column_id": cols["Name"]}, {"column_id": cols["Number"]}]}
    view = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "F", "type": "form", "settings": settings},
                      expect=201)["view"]
    token = owner.post(f"/api/views/{view['id']}/share-links", {}, expect=201)["token"]
    anon = ApiClient(app)
    anon.http.environ_base["REMOTE_ADDR"] = "203.0.113.9"
    r = anon.post(f"/api/shared/{token}/form/submit", {"values": {"Name": "x", "Number": "inv-2 "}}, headers={},
                  expect=422)
    err = _error(r)
    # Named at the form's field; the other rows (ids, names) are not shown to a public form.
    assert err["code"] == "constraint" and list(err["fields"]) == ["values.Number"]
    assert "inv-2" in err["message"]
    existing = [row["_id"] for row in owner.rows()]
    assert not any(rid in str(err) for rid in existing)
    anon.post(f"/api/shared/{token}/form/submit", {"values": {"Name": "x", "Number": "INV-3"}}, headers={},
              expect=201)
    row = next(r for r in owner.rows() if r["Number"] == "INV-3")
    assert row["Amount"] == 10.0


# -- the SeaTable-compatible API ----------------------------------------------------------------------
def test_seatable_api_is_checked(invoices: ApiClient, app: Any) -> None:
    owner = invoices
    amount = _col(owner, "Amount")
    owner.patch(f"/api/columns/{amount['id']}", {"options": {**amount["options"], "constraints": {"default": 7}}})
    token = owner.token("write")
    http = app.test_client()
    auth = http.get("/api/v2.1/dtable/app-access-token/", headers={"Authorization": "Token " + token}).get_json()
    url = f"/api-gateway/api/v2/dtables/{auth['dtable_uuid']}/rows/"
    headers = {"Authorization": "Token " + auth["access_token"]}
    table = owner.get(f"/api/tables/{owner.table_id}")["name"]
    r = http.post(url, json={"table_name": table, "rows": [{"Name": "s", "Number": "INV-1"}]}, headers=headers)
    assert r.status_code == 422 and "INV-1" in r.get_json()["error"]["message"]
    r = http.post(url, json={"table_name": table, "rows": [{"Name": "s"}]}, headers=headers)
    assert r.status_code == 422 and "required" in r.get_json()["error"]["message"]
    r = http.post(url, json={"table_name": table, "rows": [{"Name": "s", "Number": "INV-5"}]}, headers=headers)
    assert r.status_code == 200, r.get_data(as_text=True)
    row_id = r.get_json()["row_ids"][0]["_id"]
    r = http.put(url, json={"table_name": table, "updates": [{"row_id": row_id, "row": {"Number": "inv-2"}}]},
                 headers=headers)
    assert r.status_code == 422
    assert sorted(_names(owner)) == ["INV-1", "INV-5", "inv-2"]
    assert next(r for r in owner.rows() if r["_id"] == row_id)["Amount"] == 7.0


# -- imports -----------------------------------------------------------------------------------------
def test_import_lists_each_bad_row_and_writes_nothing(invoices: ApiClient, app: Any) -> None:
    owner = invoices
    before = snapshot(app, owner.base_id)
    data = b"Name,Number\nx,INV-7\ny,\nz, inv-7\nw,INV-8\n"
    preview = upload(owner, data, "inv.csv")
    job = start(owner, preview["import_id"], {"mode": "append", "table_id": owner.table_id}, expect_status="failed")
    err = job["error"]
    assert err["code"] == "import_failed"
    assert sorted(err["fields"]) == ["inv: row 3.Number", "inv: row 4.Number"]
    assert "also in row 2" in err["fields"]["inv: row 4.Number"][0]
    assert snapshot(app, owner.base_id) == before
    # A number already in the table: the whole import is refused with the value named.
    preview = upload(owner, b"Name,Number\nx,INV-7\ny,inv-2\n", "inv.csv")
    job = start(owner, preview["import_id"], {"mode": "append", "table_id": owner.table_id}, expect_status="failed")
    assert job["error"]["code"] == "constraint" and "inv-2" in job["error"]["message"]
    assert snapshot(app, owner.base_id) == before


def test_import_fills_defaults_of_columns_the_file_lacks(invoices: ApiClient, app: Any) -> None:
    owner = invoices
    amount = _col(owner, "Amount")
    owner.patch(f"/api/columns/{amount['id']}", {"options": {**amount["options"], "constraints": {"default": 3}}})
    preview = upload(owner, b"Name,Number\nx,INV-7\ny,INV-8\n", "inv.csv")
    start(owner, preview["import_id"], {"mode": "append", "table_id": owner.table_id})
    got = {r["Number"]: r["Amount"] for r in table_rows(app, owner.table_id)}
    assert got == {"INV-1": None, "inv-2": None, "INV-7": 3.0, "INV-8": 3.0}


def test_today_default_follows_the_clock(owner: ApiClient) -> None:
    """`today` is the server's today, read when the row is made (not when the default was set)."""
    owner.new_base("Clock")
    owner.add_column("Day", "date")
    _constrain(owner, "Day", default_dynamic="today")
    owner.insert([{"Name": "a"}])
    day = dt.date.fromisoformat(owner.rows()[0]["Day"])
    assert day == asof.today().date()
