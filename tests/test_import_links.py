"""Imports fill link columns: file text is matched to the linked table's rows by their primary
column (case-insensitive; several names separated by commas, semicolons or line breaks);
unmatched or ambiguous names stop the import (or, with unmatched_links: skip, are left out and
reported); one action, one undo. The .tablo backup keeps links. SQLite and PostgreSQL."""

from __future__ import annotations

import io
from typing import Any

import pytest

from tests.helpers import ApiClient
from tests.io_helpers import start, upload


@pytest.fixture
def crm(owner: ApiClient) -> dict[str, Any]:
    base = owner.base_id
    cust = owner.post(f"/api/bases/{base}/tables", {"name": "Customers", "columns": [
        {"name": "Name", "type": "text"}, {"name": "City", "type": "text"}]}, expect=201)["table"]["id"]
    inv = owner.post(f"/api/bases/{base}/tables", {"name": "Invoices", "columns": [
        {"name": "No.", "type": "text"}, {"name": "Amount", "type": "number"}]}, expect=201)["table"]["id"]
    link = owner.add_column("Customer", "link", {"table": "Customers"}, table_id=inv)
    owner.insert([{"Name": "Acme, Inc."}, {"Name": "Beta"}, {"Name": "Gamma"}, {"Name": "Dup"}, {"Name": "dup"}],
                 table_id=cust)
    return {"c": owner, "cust": cust, "inv": inv, "link": link}


def _links(c: ApiClient, inv: int) -> dict[str, list[str]]:
    return {r["No."]: sorted(x["display_value"] for x in r["Customer"] or []) for r in c.rows(table_id=inv)}


def _append(c: ApiClient, inv: int, csv: str, expect_status: str = "done", **body: Any) -> dict:
    preview = upload(c, csv.encode(), "invoices.csv")
    return start(c, preview["import_id"], {"mode": "append", "table_id": inv, **body}, expect_status=expect_status)


def test_append_fills_links_by_name_and_undo_removes_them(crm: dict) -> None:
    c, inv = crm["c"], crm["inv"]
    csv = 'No.,Amount,Customer\nA1,10,"acme, inc."\nA2,20,"Beta; GAMMA"\nA3,30,\nA4,40,"beta\ngamma, Beta"\n'
    job = _append(c, inv, csv)
    assert job["result"]["tables"][0]["created"] == 4
    assert _links(c, inv) == {"A1": ["Acme, Inc."], "A2": ["Beta", "Gamma"], "A3": [], "A4": ["Beta", "Gamma"]}
    # Two-way: the customers see their invoices.
    beta = next(r for r in c.rows(table_id=crm["cust"]) if r["Name"] == "Beta")
    assert sorted(x["display_value"] for x in beta["Invoices"]) == ["A2", "A4"]
    c.undo()
    assert _links(c, inv) == {}
    beta = next(r for r in c.rows(table_id=crm["cust"]) if r["Name"] == "Beta")
    assert not beta["Invoices"]
    c.redo()
    assert _links(c, inv)["A2"] == ["Beta", "Gamma"]


def test_unmatched_and_ambiguous_names_stop_the_import_naming_row_column_value(crm: dict) -> None:
    c, inv = crm["c"], crm["inv"]
    job = _append(c, inv, "No.,Customer\nB1,Beta\nB2,Nobody\nB3,dup\n", expect_status="failed")
    msg = job["error"]["message"]
    assert job["error"]["code"] == "import_failed"
    assert "row 3, column 'Customer', value 'Nobody'" in msg and "is not a row of 'Customers'" in msg
    details = " ".join(m for v in job["error"]["fields"].values() for m in v)
    assert "row 4, column 'Customer', value 'dup'" in details and "names 2 rows" in details
    assert c.rows(table_id=inv) == []  # all or nothing


def test_skip_leaves_unmatched_names_out_and_reports_them(crm: dict) -> None:
    c, inv = crm["c"], crm["inv"]
    job = _append(c, inv, "No.,Customer\nB1,\"Beta, Nobody\"\nB2,Gamma\n", unmatched_links="skip")
    t = job["result"]["tables"][0]
    assert t["created"] == 2 and t["links_left_out_count"] == 1
    assert "row 2, column 'Customer'" in t["links_left_out"][0] and "'Nobody'" in t["links_left_out"][0]
    assert _links(c, inv) == {"B1": ["Beta"], "B2": ["Gamma"]}


def test_bad_unmatched_links_option_is_refused(crm: dict) -> None:
    c, inv = crm["c"], crm["inv"]
    preview = upload(c, b"No.,Customer\nB1,Beta\n", "x.csv")
    err = c.post(f"/api/bases/{c.base_id}/imports/{preview['import_id']}",
                 {"mode": "append", "table_id": inv, "unmatched_links": "guess"}, expect=422).get_json()
    assert "unmatched_links" in err["error"]["fields"]


def test_update_mode_relinks_matched_rows_and_undo_restores_old_links(crm: dict) -> None:
    c, inv = crm["c"], crm["inv"]
    _append(c, inv, "No.,Amount,Customer\nA1,10,Beta\nA2,20,Gamma\n")
    preview = upload(c, b"No.,Amount,Customer\nA1,10,Gamma\nA2,20,gamma\nA3,30,Beta\n", "update.csv")
    job = start(c, preview["import_id"], {"mode": "update", "table_id": inv, "key_columns": ["No."]})
    t = job["result"]["tables"][0]
    assert (t["created"], t["updated"], t["unchanged"]) == (1, 1, 1)
    assert _links(c, inv) == {"A1": ["Gamma"], "A2": ["Gamma"], "A3": ["Beta"]}
    c.undo()
    assert _links(c, inv) == {"A1": ["Beta"], "A2": ["Gamma"]}


def test_backup_round_trip_keeps_links(crm: dict) -> None:
    c, inv = crm["c"], crm["inv"]
    _append(c, inv, 'No.,Customer\nA1,"Acme, Inc."\nA2,"Beta;Gamma"\nA3,\n')
    data = c.call("GET", f"/api/bases/{c.base_id}/export", expect=200).data
    new = c.call("POST", "/api/bases/import", expect=201, data={"file": (io.BytesIO(data), "crm.tablo")},
                 content_type="multipart/form-data").get_json()["base_id"]
    tables = {t["name"]: t["id"] for t in c.get(f"/api/bases/{new}")["tables"]}
    assert _links(c, tables["Invoices"]) == {"A1": ["Acme, Inc."], "A2": ["Beta", "Gamma"], "A3": []}
    gamma = next(r for r in c.rows(table_id=tables["Customers"]) if r["Name"] == "Gamma")
    assert [x["display_value"] for x in gamma["Invoices"]] == ["A2"]
