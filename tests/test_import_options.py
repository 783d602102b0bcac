"""Import options for real files: a constant value for a column the file does not have, update by
key with keys repeated in the file (the first creates, the rest update), and link cells that
create the linked rows they name. Each is one action with one undo, and a refused or failing
import leaves nothing written. SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import ApiClient
from tests.io_helpers import start, upload


@pytest.fixture
def ledger(owner: ApiClient) -> dict[str, Any]:
    """Customers ← Invoices ← Payments, as the receivables template links them (small)."""
    base = owner.base_id

    def table(name: str, columns: list[dict]) -> int:
        return owner.post(f"/api/bases/{base}/tables", {"name": name, "columns": columns}, expect=201)["table"]["id"]

    cust = table("Customers", [{"name": "Customer", "type": "text"}, {"name": "INN", "type": "text"},
                               {"name": "Segment", "type": "text"}])
    inv = table("Invoices", [{"name": "Invoice No.", "type": "text"}, {"name": "Total", "type": "number"}])
    pay = table("Payments", [{"name": "Doc", "type": "text"}, {"name": "Amount", "type": "number"},
                             {"name": "Type", "type": "single-select",
                              "options": {"options": [{"name": "Оплата"}, {"name": "Списание"}]}},
                             {"name": "Checked", "type": "checkbox"}])
    owner.add_column("Customer", "link", {"table": "Customers", "is_multiple": False}, table_id=inv)
    owner.insert([{"Customer": "Acme", "INN": "7701"}], table_id=cust)
    return {"c": owner, "cust": cust, "inv": inv, "pay": pay}


def _run(c: ApiClient, csv: str, body: dict, expect_status: str = "done") -> dict:
    preview = upload(c, csv.encode(), "file.csv")
    return start(c, preview["import_id"], body, expect_status=expect_status)


def _refused(c: ApiClient, csv: str, body: dict) -> dict:
    preview = upload(c, csv.encode(), "file.csv")
    return c.post(f"/api/bases/{c.base_id}/imports/{preview['import_id']}", body, expect=422).get_json()["error"]


def _by(rows: list[dict], key: str, *cols: str) -> dict:
    return {r[key]: tuple(r.get(c) for c in cols) for r in rows}


# -- constants --------------------------------------------------------------------------------
def test_a_constant_fills_every_row_of_a_column_the_file_lacks_and_undo_takes_it_back(ledger: dict) -> None:
    c, pay = ledger["c"], ledger["pay"]
    job = _run(c, "Doc,Amount\nP1,100\nP2,250.5\n", {
        "mode": "append", "table_id": pay,
        "constants": [{"target": "Type", "value": "Оплата"}, {"target": "Checked", "value": "да"}]})
    assert job["result"]["tables"][0]["created"] == 2
    assert _by(c.rows(table_id=pay), "Doc", "Amount", "Type", "Checked") == {
        "P1": (100, "Оплата", True), "P2": (250.5, "Оплата", True)}
    c.undo()
    assert c.rows(table_id=pay) == []


def test_a_constant_works_per_sheet_and_in_update_mode(ledger: dict) -> None:
    c, pay = ledger["c"], ledger["pay"]
    _run(c, "Doc,Amount\nP1,100\n", {"mode": "append", "table_id": pay})
    job = _run(c, "Doc,Amount\nP1,100\nP2,7\n", {"mode": "update", "tables": [{
        "table_id": pay, "key_columns": ["Doc"], "constants": [{"target": "Type", "value": "Списание"}]}]})
    t = job["result"]["tables"][0]
    assert (t["created"], t["updated"], t["unchanged"]) == (1, 1, 0)
    assert _by(c.rows(table_id=pay), "Doc", "Type") == {"P1": ("Списание",), "P2": ("Списание",)}


def test_a_constant_a_column_cannot_hold_fails_the_import_and_writes_nothing(ledger: dict) -> None:
    c, pay = ledger["c"], ledger["pay"]
    job = _run(c, "Doc\nP1\n", {"mode": "append", "table_id": pay,
                                "constants": [{"target": "Amount", "value": "lots"}]}, expect_status="failed")
    assert job["error"]["code"] == "import_failed" and "'Amount'" in job["error"]["message"]
    assert "lots" in job["error"]["message"]
    assert c.rows(table_id=pay) == []


@pytest.mark.parametrize("constants, field", [
    ([{"target": "Nope", "value": "x"}], "constants[0].target"),
    ([{"target": "Doc", "value": "x"}], "constants[0].target"),  # the file fills it already
    ([{"target": "Type", "value": ""}], "constants[0].value"),
    ([{"target": "Type", "value": ["Оплата"]}], "constants[0].value"),
    ([{"target": "Type"}], "constants[0].value"),
    ([{"target": "Type", "value": "x", "sql": "1"}], "constants[0]"),
])
def test_bad_constants_are_refused_naming_the_field(ledger: dict, constants: Any, field: str) -> None:
    c, pay = ledger["c"], ledger["pay"]
    err = _refused(c, "Doc,Amount\nP1,100\n", {"mode": "append", "table_id": pay, "constants": constants})
    assert f"tables[0].{field}" in err["fields"], err
    assert c.rows(table_id=pay) == []


def test_constants_must_be_a_list(ledger: dict) -> None:
    c, pay = ledger["c"], ledger["pay"]
    err = _refused(c, "Doc\nP1\n", {"mode": "append", "table_id": pay, "constants": {"Type": "Оплата"}})
    assert "constants" in err["fields"]
    err = _refused(c, "Doc\nP1\n", {"mode": "append", "tables": [{"table_id": pay, "constants": {"Type": "x"}}]})
    assert "tables[0].constants" in err["fields"]


def test_a_constant_needs_an_existing_table(ledger: dict) -> None:
    c = ledger["c"]
    err = _refused(c, "Doc\nP1\n", {"mode": "new_table", "constants": [{"target": "Doc", "value": "x"}]})
    assert "tables[0].constants" in err["fields"]


# -- repeated keys ----------------------------------------------------------------------------
def test_repeated_keys_build_a_customers_table_from_an_invoices_file(ledger: dict) -> None:
    c, cust = ledger["c"], ledger["cust"]
    csv = ("Invoice,Customer,INN,Segment\n1,Beta,7702,A\n2,beta,7702,A\n3,Gamma,7703,B\n"
           "4,Acme,7701,B\n5,Gamma,7703,C\n")
    job = _run(c, csv, {"mode": "update", "table_id": cust, "key_columns": ["Customer"],
                        "columns": [{"source": 1, "target": "Customer"}, {"source": 2, "target": "INN"},
                                    {"source": 3, "target": "Segment"}, {"source": 0, "skip": True}]})
    t = job["result"]["tables"][0]
    # Beta and Gamma are added once each; the repeats update them (Gamma's segment changes),
    # Acme is an existing row that gets its segment.
    assert (t["created"], t["updated"], t["unchanged"]) == (2, 2, 1)
    assert _by(c.rows(table_id=cust), "Customer", "INN", "Segment") == {
        "Acme": ("7701", "B"), "Beta": ("7702", "A"), "Gamma": ("7703", "C")}
    c.undo()
    assert _by(c.rows(table_id=cust), "Customer", "INN", "Segment") == {"Acme": ("7701", None)}


def test_repeated_keys_across_chunks_update_the_row_the_first_one_added(ledger: dict, monkeypatch: Any) -> None:
    import server.io.importer as importer

    monkeypatch.setattr(importer, "CHUNK_ROWS", 2)
    c, cust = ledger["c"], ledger["cust"]
    csv = "Customer,INN\nBeta,1\nGamma,2\nBeta,3\nAcme,4\nBETA,5\n"
    job = _run(c, csv, {"mode": "update", "table_id": cust, "key_columns": ["Customer"]})
    t = job["result"]["tables"][0]
    assert (t["created"], t["updated"], t["unchanged"]) == (2, 3, 0)
    assert _by(c.rows(table_id=cust), "Customer", "INN") == {"Acme": ("4",), "Beta": ("5",), "Gamma": ("2",)}
    c.undo()
    assert _by(c.rows(table_id=cust), "Customer", "INN") == {"Acme": ("7701",)}
    c.redo()
    assert _by(c.rows(table_id=cust), "Customer", "INN") == {"Acme": ("4",), "Beta": ("5",), "Gamma": ("2",)}


def test_a_bad_value_after_repeated_keys_writes_nothing(ledger: dict) -> None:
    c, inv = ledger["c"], ledger["inv"]
    job = _run(c, "Invoice No.,Total\nA1,10\nA1,20\nA2,many\n",
               {"mode": "update", "table_id": inv, "key_columns": ["Invoice No."]}, expect_status="failed")
    assert "row 4, column 'Total', value 'many'" in job["error"]["message"]
    assert c.rows(table_id=inv) == []


# -- links that create their rows -------------------------------------------------------------
def test_link_create_adds_the_missing_linked_rows_once_and_undo_removes_them(ledger: dict) -> None:
    c, inv, cust = ledger["c"], ledger["inv"], ledger["cust"]
    csv = 'Invoice No.,Total,Customer\nA1,10,acme\nA2,20,"Delta, LLC"\nA3,30,"delta, llc"\nA4,40,\n'
    job = _run(c, csv, {"mode": "append", "table_id": inv, "unmatched_links": "create"})
    t = job["result"]["tables"][0]
    assert t["created"] == 4 and t["linked_rows_created"] == {"Customers": 1}
    names = {r["Customer"] for r in c.rows(table_id=cust)}
    assert names == {"Acme", "Delta, LLC"}  # written as first met; a single link keeps its comma
    links = {r["Invoice No."]: [x["display_value"] for x in r["Customer"] or []] for r in c.rows(table_id=inv)}
    assert links == {"A1": ["Acme"], "A2": ["Delta, LLC"], "A3": ["Delta, LLC"], "A4": []}
    c.undo()
    assert c.rows(table_id=inv) == []
    assert {r["Customer"] for r in c.rows(table_id=cust)} == {"Acme"}
    c.redo()
    assert {r["Customer"] for r in c.rows(table_id=cust)} == {"Acme", "Delta, LLC"}


def test_link_create_with_repeated_keys_builds_invoices_and_customers_together(ledger: dict) -> None:
    c, inv, cust = ledger["c"], ledger["inv"], ledger["cust"]
    _run(c, "Invoice No.,Total\nA1,5\n", {"mode": "append", "table_id": inv})
    job = _run(c, "Invoice No.,Total,Customer\nA1,10,Omega\nA2,20,Omega\nA2,25,Sigma\n",
               {"mode": "update", "table_id": inv, "key_columns": ["Invoice No."], "unmatched_links": "create"})
    t = job["result"]["tables"][0]
    assert (t["created"], t["updated"], t["linked_rows_created"]) == (1, 2, {"Customers": 2})
    rows = {r["Invoice No."]: (r["Total"], [x["display_value"] for x in r["Customer"] or []])
            for r in c.rows(table_id=inv)}
    assert rows == {"A1": (10, ["Omega"]), "A2": (25, ["Sigma"])}
    c.undo()
    assert {r["Customer"] for r in c.rows(table_id=cust)} == {"Acme"}
    assert {r["Invoice No."]: r["Total"] for r in c.rows(table_id=inv)} == {"A1": 5}


def test_link_create_failing_later_leaves_no_linked_rows(ledger: dict) -> None:
    c, inv, cust = ledger["c"], ledger["inv"], ledger["cust"]
    job = _run(c, "Invoice No.,Total,Customer\nA1,10,Omega\nA2,bad,Sigma\n",
               {"mode": "append", "table_id": inv, "unmatched_links": "create"}, expect_status="failed")
    assert "value 'bad'" in job["error"]["message"]
    assert {r["Customer"] for r in c.rows(table_id=cust)} == {"Acme"}
    assert c.rows(table_id=inv) == []


def test_link_create_into_a_table_whose_first_column_is_computed_is_refused(ledger: dict) -> None:
    c, inv = ledger["c"], ledger["inv"]
    base = c.base_id
    reg = c.post(f"/api/bases/{base}/tables", {"name": "Regions", "columns": [
        {"name": "N", "type": "auto-number"}]}, expect=201)["table"]["id"]
    c.add_column("Region", "link", {"table": reg}, table_id=inv)
    job = _run(c, "Invoice No.,Region\nA1,North\n", {"mode": "append", "table_id": inv, "unmatched_links": "create"},
               expect_status="failed")
    assert "unmatched_links" in job["error"]["fields"]
    assert c.rows(table_id=inv) == [] and c.rows(table_id=reg) == []


def test_bad_unmatched_links_value_lists_the_choices(ledger: dict) -> None:
    c, inv = ledger["c"], ledger["inv"]
    err = _refused(c, "Invoice No.\nA1\n", {"mode": "append", "table_id": inv, "unmatched_links": "invent"})
    assert "unmatched_links" in err["fields"] and "create" in err["message"]
    err = _refused(c, "Invoice No.\nA1\n", {"mode": "append", "tables": [
        {"table_id": inv, "unmatched_links": "invent"}]})
    assert "tables[0].unmatched_links" in err["fields"] and "create" in err["message"]
