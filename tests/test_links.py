"""Links, lookups, rollups and link counts on SQLite and PostgreSQL: two-way links, writing
cells with row ids, rollups that stay right after every kind of input change and after undo
of each, and template-style column specs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import ApiClient, snapshot


@pytest.fixture
def ar(owner: ApiClient) -> dict[str, Any]:
    """Invoices ↔ Payments with Paid (rollup), Balance (formula), Count and Refs (lookup)."""
    base = owner.base_id
    inv = owner.post(f"/api/bases/{base}/tables", {"name": "Invoices", "columns": [
        {"name": "Number", "type": "text"}, {"name": "Total", "type": "number"}]}, expect=201)["table"]["id"]
    pay = owner.post(f"/api/bases/{base}/tables", {"name": "Payments", "columns": [
        {"name": "Ref", "type": "text"}, {"name": "Amount", "type": "number"},
        {"name": "Kind", "type": "text"}]}, expect=201)["table"]["id"]
    link = owner.add_column("Payments", "link", {"table": "Payments"}, table_id=inv)
    owner.add_column("Paid", "rollup", {"link": "Payments", "column": "Amount", "summary": "sum"}, table_id=inv)
    owner.add_column("Balance", "formula", {"formula": "{Total} - {Paid}"}, table_id=inv)
    owner.add_column("Count", "link-count", {"link": "Payments"}, table_id=inv)
    owner.add_column("Refs", "lookup", {"link": "Payments", "column": "Ref"}, table_id=inv)
    invoices = owner.insert([{"Number": "INV-1", "Total": 100}, {"Number": "INV-2", "Total": 50}], table_id=inv)
    payments = owner.insert([{"Ref": "P1", "Amount": 30, "Kind": "cash"}, {"Ref": "P2", "Amount": 20, "Kind": "credit"},
                             {"Ref": "P3", "Amount": 50, "Kind": "cash"}], table_id=pay)
    owner.patch(f"/api/tables/{inv}/rows", {"rows": [
        {"_id": invoices[0]["_id"], "Payments": [payments[0]["_id"], payments[1]["_id"]]},
        {"_id": invoices[1]["_id"], "Payments": [payments[2]["_id"]]}]})
    return {"c": owner, "inv": inv, "pay": pay, "link": link, "i": [r["_id"] for r in invoices],
            "p": [r["_id"] for r in payments]}


def _by_number(c: ApiClient, inv: int) -> dict[str, dict]:
    return {r["Number"]: r for r in c.rows(table_id=inv)}


def _state(c: ApiClient, inv: int) -> dict[str, tuple]:
    return {k: (r["Paid"], r["Balance"], r["Count"], r["Refs"]) for k, r in _by_number(c, inv).items()}


def test_links_are_two_way_and_read_as_id_and_display_value(ar: dict) -> None:
    c = ar["c"]
    rows = _by_number(c, ar["inv"])
    assert [x["display_value"] for x in rows["INV-1"]["Payments"]] == ["P1", "P2"]
    assert rows["INV-1"]["Payments"][0]["_id"] == ar["p"][0]
    back = {r["Ref"]: r for r in c.rows(table_id=ar["pay"])}
    assert back["P3"]["Invoices"] == [{"_id": ar["i"][1], "display_value": "INV-2"}]
    assert ar["link"]["options"]["other_column_id"]
    assert _state(c, ar["inv"]) == {"INV-1": (50.0, 50.0, 2.0, ["P1", "P2"]), "INV-2": (50.0, 0.0, 1.0, ["P3"])}


def test_writing_links_validates_row_ids(ar: dict) -> None:
    c = ar["c"]
    r = c.patch(f"/api/tables/{ar['inv']}/rows", {"rows": [{"_id": ar["i"][0], "Payments": ["x" * 22]}]},
                expect=422).get_json()
    assert "rows[0].Payments" in r["error"]["message"]
    c.patch(f"/api/tables/{ar['inv']}/rows", {"rows": [{"_id": ar["i"][0], "Payments": 5}]}, expect=422)
    assert _state(c, ar["inv"])["INV-1"][0] == 50.0
    # Inserting a row with its links in one go.
    new = c.insert([{"Number": "INV-3", "Total": 10, "Payments": [ar["p"][2]]}], table_id=ar["inv"])
    assert [x["display_value"] for x in new[0][str(ar["link"]["id"])]] == ["P3"]
    assert _state(c, ar["inv"])["INV-3"] == (50.0, -40.0, 1.0, ["P3"])


def test_rollups_follow_every_input_change_and_undo(ar: dict) -> None:
    c, inv, pay = ar["c"], ar["inv"], ar["pay"]
    start = _state(c, inv)
    steps = [
        # edit a payment amount
        (lambda: c.patch(f"/api/tables/{pay}/rows", {"rows": [{"_id": ar["p"][0], "Amount": 70}]}),
         {"INV-1": (90.0, 10.0, 2.0, ["P1", "P2"])}),
        # relink a payment from INV-1 to INV-2 (through the payment's side of the link)
        (lambda: c.patch(f"/api/tables/{pay}/rows", {"rows": [{"_id": ar["p"][1], "Invoices": [ar["i"][1]]}]}),
         {"INV-1": (70.0, 30.0, 1.0, ["P1"]), "INV-2": (70.0, -20.0, 2.0, ["P2", "P3"])}),
        # delete a payment
        (lambda: c.delete(f"/api/tables/{pay}/rows", {"row_ids": [ar["p"][2]]}),
         {"INV-2": (20.0, 30.0, 1.0, ["P2"])}),
        # edit an invoice total
        (lambda: c.patch(f"/api/tables/{inv}/rows", {"rows": [{"_id": ar["i"][0], "Total": 200}]}),
         {"INV-1": (70.0, 130.0, 1.0, ["P1"])}),
    ]
    states = [start]
    for act, expect in steps:
        act()
        now = _state(c, inv)
        for k, v in expect.items():
            assert now[k] == v, (k, now[k], v)
        states.append(now)
    # delete an invoice: its payments lose the back-link
    c.delete(f"/api/tables/{inv}/rows", {"row_ids": [ar["i"][1]]})
    assert "INV-2" not in _state(c, inv)
    back = {r["Ref"]: r for r in c.rows(table_id=pay)}
    assert back["P2"]["Invoices"] == []
    c.undo()
    assert _state(c, inv) == states[-1]
    assert {r["Ref"]: r for r in c.rows(table_id=pay)}["P2"]["Invoices"][0]["_id"] == ar["i"][1]
    for expected in reversed(states[:-1]):
        c.undo()
        assert _state(c, inv) == expected
    for expected in states[1:]:
        c.redo()
        assert _state(c, inv) == expected


def test_changing_and_renaming_inputs(ar: dict) -> None:
    c, inv, pay = ar["c"], ar["inv"], ar["pay"]
    cols = {x["name"]: x for x in c.get(f"/api/tables/{inv}")["columns"]}
    # change the formula
    c.patch(f"/api/columns/{cols['Balance']['id']}", {"options": {"formula": "{Total} - {Paid} * 2"}})
    assert _state(c, inv)["INV-1"][1] == 0.0
    # rename a column the formula and the rollup read
    pcols = {x["name"]: x for x in c.get(f"/api/tables/{pay}")["columns"]}
    c.patch(f"/api/columns/{pcols['Amount']['id']}", {"name": "Sum"})
    c.patch(f"/api/columns/{cols['Total']['id']}", {"name": "Grand total"})
    cols = {x["name"]: x for x in c.get(f"/api/tables/{inv}")["columns"]}
    assert cols["Balance"]["options"]["formula"] == "{Grand total} - {Paid} * 2"
    assert _state(c, inv)["INV-1"][:2] == (50.0, 0.0)
    c.undo()
    c.undo()
    c.undo()
    assert _state(c, inv)["INV-1"][:2] == (50.0, 50.0)
    # deleting the summed column makes the rollup #REF! until undone
    c.delete(f"/api/columns/{pcols['Amount']['id']}")
    assert _state(c, inv)["INV-1"][0] == "#REF!"
    c.undo()
    assert _state(c, inv)["INV-1"][:2] == (50.0, 50.0)


def test_conditional_rollup_and_summaries(ar: dict) -> None:
    c, inv = ar["c"], ar["inv"]
    c.add_column("Cash", "rollup", {"link": "Payments", "column": "Amount", "summary": "sum",
                                    "condition": "{Kind} = 'cash'"}, table_id=inv)
    for summary, want in [("average", 25.0), ("min", 20.0), ("max", 30.0), ("count", 2.0),
                          ("count_unique", 2.0), ("concatenate", "30, 20")]:
        c.add_column(f"S {summary}", "rollup", {"link": "Payments", "column": "Amount", "summary": summary},
                     table_id=inv)
        assert _by_number(c, inv)["INV-1"][f"S {summary}"] == want, summary
    rows = _by_number(c, inv)
    assert (rows["INV-1"]["Cash"], rows["INV-2"]["Cash"]) == (30.0, 50.0)
    r = c.post(f"/api/tables/{inv}/columns", {"name": "Bad", "type": "rollup", "options": {
        "link": "Payments", "column": "Amount", "condition": "{Nope} = 1"}}, expect=422).get_json()
    assert r["error"]["position"]["start"] == 0
    c.post(f"/api/tables/{inv}/columns", {"name": "Bad", "type": "rollup", "options": {
        "link": "Number", "column": "Amount"}}, expect=422)
    c.post(f"/api/tables/{inv}/columns", {"name": "Bad", "type": "rollup", "options": {
        "link": "Payments", "column": "Missing"}}, expect=422)
    c.post(f"/api/tables/{inv}/columns", {"name": "Bad", "type": "rollup", "options": {
        "link": "Payments", "column": "Ref", "summary": "earliest"}}, expect=422)


def test_link_column_lifecycle_and_undo_restores_exactly(ar: dict, app: Any) -> None:
    c, inv, pay = ar["c"], ar["inv"], ar["pay"]
    before = snapshot(app, c.base_id)
    c.delete(f"/api/columns/{ar['link']['id']}")
    names = {x["name"] for x in c.get(f"/api/tables/{pay}")["columns"]}
    assert "Invoices" not in names  # the counterpart goes with it
    assert _state(c, inv)["INV-1"][0] == "#REF!"
    c.undo()
    assert snapshot(app, c.base_id) == before
    assert _state(c, inv)["INV-1"] == (50.0, 50.0, 2.0, ["P1", "P2"])
    c.patch(f"/api/columns/{ar['link']['id']}", {"type": "text"}, expect=422)
    c.post(f"/api/tables/{inv}/columns", {"name": "L", "type": "link", "options": {"table": "Nope"}}, expect=422)
    c.post(f"/api/tables/{inv}/columns", {"name": "L", "type": "link",
                                          "options": {"table": "Payments", "link_id": 5}}, expect=422)


def test_self_link_and_cycles_across_links(owner: ApiClient) -> None:
    c = owner
    tid = c.table_id
    c.add_column("Parent", "link", {"table": tid, "other_name": "Children"})
    rows = c.insert([{"Name": "root"}, {"Name": "leaf"}])
    c.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": rows[1]["_id"], "Parent": [rows[0]["_id"]]}]})
    by = {r["Name"]: r for r in c.rows()}
    assert by["root"]["Children"] == [{"_id": rows[1]["_id"], "display_value": "leaf"}]
    c.add_column("Kids", "link-count", {"link": "Children"})
    f = c.add_column("F", "formula", {"formula": "{Kids} + 1"})
    r = c.post(f"/api/tables/{tid}/columns", {"name": "R", "type": "rollup", "options": {
        "link": "Children", "column": "F", "summary": "sum"}}, expect=201)
    r_id = r["column"]["id"]
    # F reading R, which sums F over the children: a cycle, named.
    err = c.patch(f"/api/columns/{f['id']}", {"options": {"formula": "{R} + 1"}}, expect=422).get_json()
    assert err["error"]["message"].startswith("circular reference: {F} → {R}")
    assert r_id
    c.delete(f"/api/tables/{tid}/rows", {"row_ids": [rows[0]["_id"]]})
    assert c.rows()[0]["Parent"] == []
    c.undo()
    assert {r["Name"]: r for r in c.rows()}["leaf"]["Parent"][0]["_id"] == rows[0]["_id"]


def test_template_style_columns(owner: ApiClient) -> None:
    """add_table with link/lookup/rollup/formula specs by name, as the receivables template uses."""
    c = owner
    c.post(f"/api/bases/{c.base_id}/tables", {"name": "Customers", "columns": [
        {"name": "Name", "type": "text"}, {"name": "Limit", "type": "number"}]}, expect=201)
    inv = c.post(f"/api/bases/{c.base_id}/tables", {"name": "Bills", "columns": [
        {"name": "No", "type": "text"}, {"name": "Total", "type": "number"},
        {"name": "Customer", "type": "link", "options": {"table": "Customers", "is_multiple": False}},
        {"name": "Limit", "type": "lookup", "options": {"link": "Customer", "column": "Limit"}},
        {"name": "Over", "type": "formula", "options": {"formula": "{Total} > 100"}},
    ]}, expect=201)["table"]
    cust = next(t for t in c.get(f"/api/bases/{c.base_id}")["tables"] if t["name"] == "Customers")["id"]
    c.add_column("Debt", "rollup", {"link": "Bills", "column": "Total", "summary": "sum"}, table_id=cust)
    c.add_column("Risky", "formula", {"formula": "and({Limit} > 0, {Debt} > {Limit})"}, table_id=cust)
    customers = c.insert([{"Name": "ACME", "Limit": 150}], table_id=cust)
    c.insert([{"No": "B1", "Total": 120, "Customer": [customers[0]["_id"]]},
              {"No": "B2", "Total": 80, "Customer": customers[0]["_id"]}], table_id=inv["id"])
    row = c.rows(table_id=cust)[0]
    assert (row["Debt"], row["Risky"]) == (200.0, True)
    bills = {r["No"]: r for r in c.rows(table_id=inv["id"])}
    assert (bills["B1"]["Limit"], bills["B1"]["Over"], bills["B2"]["Over"]) == ([150.0], True, False)
    c.patch(f"/api/tables/{inv['id']}/rows", {"rows": [{"_id": bills["B1"]["_id"], "Customer": [
        customers[0]["_id"], bills["B1"]["_id"]]}]}, expect=422)


def test_filter_sort_and_group_on_computed_columns_through_views(ar: dict) -> None:
    """The views feature's filters, sorts and groups read rollups and formulas like plain columns."""
    c, inv = ar["c"], ar["inv"]
    c.insert([{"Number": "INV-3", "Total": 10}], table_id=inv)
    c.add_column("Status", "formula", {"formula": "ifs({Balance} <= 0, 'paid', true, 'open')"}, table_id=inv)
    cols = {x["name"]: x["id"] for x in c.get(f"/api/tables/{inv}")["columns"]}
    view = c.post(f"/api/tables/{inv}/views", {"name": "Open by balance", "settings": {
        "filters": [{"column_id": cols["Status"], "operator": "is", "value": "open"}],
        "sorts": [{"column_id": cols["Balance"], "direction": "desc"}]}}, expect=201)["view"]
    rows = c.get(f"/api/views/{view['id']}/rows?keys=names")["rows"]
    assert [(r["Number"], r["Balance"]) for r in rows] == [("INV-1", 50.0), ("INV-3", 10.0)]
    view2 = c.post(f"/api/tables/{inv}/views", {"name": "Paid > 40", "settings": {
        "filters": [{"column_id": cols["Paid"], "operator": "gt", "value": 40}],
        "group_by": [{"column_id": cols["Status"]}]}}, expect=201)["view"]
    rows = c.get(f"/api/views/{view2['id']}/rows?keys=names")["rows"]
    assert sorted(r["Number"] for r in rows) == ["INV-1", "INV-2"]
    # A payment edit moves an invoice out of the filter on the next read.
    c.patch(f"/api/tables/{ar['pay']}/rows", {"rows": [{"_id": ar["p"][0], "Amount": 80}]})
    rows = c.get(f"/api/views/{view['id']}/rows?keys=names")["rows"]
    assert [r["Number"] for r in rows] == ["INV-3"]


def test_duplicating_a_table_gives_its_link_columns_links_of_their_own(ar: dict) -> None:
    c, inv = ar["c"], ar["inv"]
    copy = c.post(f"/api/tables/{inv}/duplicate", {"name": "Invoices copy"}, expect=201)["table"]
    rows = c.rows(table_id=copy["id"])
    assert {r["Number"]: r["Payments"] for r in rows} == {"INV-1": [], "INV-2": []}
    assert {r["Number"]: r["Paid"] for r in rows} == {"INV-1": 0.0, "INV-2": 0.0}
    # The original keeps its links, and the payments table now has one more back-link column.
    assert _state(c, inv)["INV-1"][:3] == (50.0, 50.0, 2.0)
    names = [x["name"] for x in c.get(f"/api/tables/{ar['pay']}")["columns"]]
    assert "Invoices" in names and "Invoices copy" in names


def test_links_limited_to_a_view(ar: dict) -> None:
    c, inv, pay = ar["c"], ar["inv"], ar["pay"]
    kind = next(x["id"] for x in c.get(f"/api/tables/{pay}")["columns"] if x["name"] == "Kind")
    view = c.post(f"/api/tables/{pay}/views", {"name": "Cash only", "settings": {
        "filters": [{"column_id": kind, "operator": "is", "value": "cash"}]}}, expect=201)["view"]
    c.add_column("Cash payments", "link", {"table": "Payments", "view_id": view["id"]}, table_id=inv)
    c.patch(f"/api/tables/{inv}/rows", {"rows": [{"_id": ar["i"][0], "Cash payments": [ar["p"][0]]}]})
    r = c.patch(f"/api/tables/{inv}/rows", {"rows": [{"_id": ar["i"][0], "Cash payments": [ar["p"][1]]}]},
                expect=422).get_json()
    assert "not in the view" in r["error"]["message"]
    assert [x["display_value"] for x in _by_number(c, inv)["INV-1"]["Cash payments"]] == ["P1"]
    c.post(f"/api/tables/{inv}/columns", {"name": "Bad", "type": "link",
                                          "options": {"table": "Payments", "view_id": 99999}}, expect=422)


def test_stored_rollup_over_a_lookup_follows_the_third_table(owner: ApiClient) -> None:
    """Customers → Invoices → Payments: a stored rollup over a (live) lookup is refreshed when a
    payment changes, although no stored column of the middle table reads the payments."""
    c, base = owner, owner.base_id
    cus = c.post(f"/api/bases/{base}/tables", {"name": "Customers", "columns": [
        {"name": "Name", "type": "text"}]}, expect=201)["table"]["id"]
    inv = c.post(f"/api/bases/{base}/tables", {"name": "Invoices", "columns": [
        {"name": "Number", "type": "text"}]}, expect=201)["table"]["id"]
    pay = c.post(f"/api/bases/{base}/tables", {"name": "Payments", "columns": [
        {"name": "Ref", "type": "text"}, {"name": "Amount", "type": "number"}]}, expect=201)["table"]["id"]
    c.add_column("Payments", "link", {"table": "Payments"}, table_id=inv)
    c.add_column("Amounts", "lookup", {"link": "Payments", "column": "Amount"}, table_id=inv)
    c.add_column("Invoices", "link", {"table": "Invoices"}, table_id=cus)
    c.add_column("Paid", "rollup", {"link": "Invoices", "column": "Amounts", "summary": "concatenate"},
                 table_id=cus)
    p = [r["_id"] for r in c.insert([{"Ref": "P1", "Amount": 30}, {"Ref": "P2", "Amount": 20}], table_id=pay)]
    i = [r["_id"] for r in c.insert([{"Number": "INV-1", "Payments": p}], table_id=inv)]
    c.insert([{"Name": "Acme", "Invoices": i}], table_id=cus)
    cols = {x["name"]: x for x in c.get(f"/api/tables/{cus}")["columns"]}
    assert cols["Paid"]["options"]["result_type"] == "text"

    def paid() -> str:
        return c.rows(table_id=cus)[0]["Paid"]

    before = paid()
    assert "30" in before and "20" in before
    c.patch(f"/api/tables/{pay}/rows", {"rows": [{"_id": p[0], "Amount": 75}]})
    after = paid()
    assert "75" in after and "30" not in after
    c.undo()
    assert paid() == before
    c.redo()
    assert paid() == after
