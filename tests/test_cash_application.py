"""Cash application: payments without an invoice get a suggested invoice (the number in the
purpose, then INN and amount, then the oldest open invoice of the INN); the accepted ones are
linked in one action (one undo, seen live); a stranger cannot; bad input is 422 naming the
field. On the receivables template (whose configuration it ships, in English and Russian) and
on a base configured by hand. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.helpers import ApiClient

TODAY = dt.date.today()


def _day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def _tables(c: ApiClient) -> dict[str, dict]:
    return {t["name"]: t for t in c.get(f"/api/bases/{c.base_id}")["tables"]}


@pytest.fixture
def ar(app: Any) -> dict[str, Any]:
    """The receivables template (no sample data) with two customers, their invoices and a bank
    statement's payments, none of them linked to an invoice."""
    c = ApiClient(app)
    c.signup("head@example.com")
    c.base = c.post("/api/bases", {"template": "receivables", "sample_data": False, "language": "en"}, expect=201)
    t = _tables(c)
    acme, beta = (r["_id"] for r in c.insert([{"Customer": "Acme", "INN": "7701000001"},
                                               {"Customer": "Beta", "INN": "7702 000 002"}],
                                              table_id=t["Customers"]["id"]))
    invoices = [("INV-100", acme, 1000, -60, False), ("INV-101", acme, 500, -30, False),
                ("INV-200", beta, 300, -20, False), ("INV-201", beta, 700, -10, False),
                ("INV-199", beta, 50, -90, True), ("00042", beta, 80, -5, False)]
    ids = c.insert([{"Invoice No.": n, "Customer": [cust], "Total": total, "Invoice date": _day(d),
                     "Due date": _day(d + 30), "Cancelled": cancelled}
                    for n, cust, total, d, cancelled in invoices], table_id=t["Invoices"]["id"])
    inv = {n[0]: r["_id"] for n, r in zip(invoices, ids, strict=True)}
    payments = [
        ("P1", "Оплата по счёту № INV-101 от 01.02, в т.ч. НДС", "7701000001", 500),  # number
        ("P2", "Payment for goods", "7702000002", 700),  # INN and amount → INV-201
        ("P3", "Advance", "7701000001", 200),  # oldest open of Acme → INV-100
        ("P4", "Unknown payer", "9999999999", 10),  # nothing
        ("P5", "Invoice INV-200", "7701000001", 100),  # INV-200 is Beta's: the INN says no → oldest of Acme
        ("P6", "счёт №42 оплата", "", 80),  # number with leading zeros, no INN
        ("P7", "Paid", "7702000002", 40),  # Beta's oldest open: INV-199 is cancelled → INV-200
    ]
    rows = c.insert([{"Type": "Payment", "Bank doc No.": doc, "Purpose": purpose, "Payer INN": inn,
                      "Amount": amount, "Date": _day(-1)} for doc, purpose, inn, amount in payments],
                    table_id=t["Payments"]["id"])
    pay = {p[0]: r["_id"] for p, r in zip(payments, rows, strict=True)}
    # One payment already applied: never suggested.
    done = c.insert([{"Type": "Payment", "Bank doc No.": "P0", "Purpose": "INV-100", "Amount": 1,
                      "Invoice": [inv["INV-100"]]}], table_id=t["Payments"]["id"])[0]["_id"]
    return {"c": c, "t": t, "inv": inv, "pay": pay, "done": done, "table": t["Payments"]["id"]}


def _url(table: int, what: str = "") -> str:
    return f"/api/tables/{table}/cash-application{what}"


def _by_payment(res: dict, pay: dict) -> dict[str, tuple[str, str]]:
    doc = {v: k for k, v in pay.items()}
    return {doc[s["payment"]["id"]]: (s["invoice"]["label"], s["rule"]) for s in res["suggestions"]}


def test_each_rule_suggests_its_invoice(ar: dict) -> None:
    c = ar["c"]
    res = c.post(_url(ar["table"], "/suggest"), {})
    assert _by_payment(res, ar["pay"]) == {
        "P1": ("INV-101", "number"),
        "P2": ("INV-201", "inn_amount"),
        "P3": ("INV-100", "oldest_open"),
        "P5": ("INV-100", "oldest_open"),
        "P6": ("00042", "number"),
        "P7": ("INV-200", "oldest_open"),
    }
    assert [p["label"] for p in res["unmatched"]] == [res["unmatched"][0]["label"]]
    assert res["unmatched"][0]["id"] == ar["pay"]["P4"] and res["unmatched_count"] == 1
    assert res["payments_without_invoice"] == 7
    # INV-100 has 999 open (P0 paid 1); P3 takes 200 of it: P5 sees what is left.
    p3, p5 = (next(s for s in res["suggestions"] if s["payment"]["id"] == ar["pay"][k]) for k in ("P3", "P5"))
    assert (p3["invoice"]["balance"], p5["invoice"]["balance"]) == (999, 799)


def test_amount_rule_prefers_the_exact_remaining_balance_over_the_oldest(ar: dict) -> None:
    c, t = ar["c"], ar["t"]
    c.insert([{"Type": "Payment", "Purpose": "x", "Payer INN": "7701000001", "Amount": 500}],
             table_id=t["Payments"]["id"])
    res = c.post(_url(ar["table"], "/suggest"), {})
    last = res["suggestions"][-1]
    # INV-101 (500) is P1's by number; what remains equal to 500 is none, so the oldest open.
    assert (last["invoice"]["label"], last["rule"]) == ("INV-100", "oldest_open")


def test_accept_one_then_the_rest_each_one_undoable_action(ar: dict) -> None:
    c, t, pay, inv = ar["c"], ar["t"], ar["pay"], ar["inv"]
    res = c.post(_url(ar["table"], "/suggest"), {})
    first = res["suggestions"][0]
    out = c.post(_url(ar["table"], "/apply"), {"matches": [
        {"payment": first["payment"]["id"], "invoice": first["invoice"]["id"]}]})
    assert out["applied"] == 1
    invoices = {r["Invoice No."]: r for r in c.rows(t["Invoices"]["id"])}
    assert invoices["INV-101"]["Balance"] == 0
    again = c.post(_url(ar["table"], "/suggest"), {})
    assert pay["P1"] not in {s["payment"]["id"] for s in again["suggestions"]}
    # Accept all the others at once: one action in the log that live clients replay.
    before = out["version"]
    out = c.post(_url(ar["table"], "/apply"), {"matches": [
        {"payment": s["payment"]["id"], "invoice": s["invoice"]["id"]} for s in again["suggestions"]]})
    assert out["applied"] == 5 and out["version"] == before + 1
    log = c.get(f"/api/bases/{c.base_id}/actions?since={before}")["actions"]
    assert [a["type"] for a in log] == ["set_links"] and len(log[0]["payload"]["links"]) == 5
    linked = {r["Bank doc No."]: [x["_id"] for x in r["Invoice"] or []]
              for r in c.rows(t["Payments"]["id"])}
    assert linked["P2"] == [inv["INV-201"]] and linked["P4"] == [] and linked["P7"] == [inv["INV-200"]]
    invoices = {r["Invoice No."]: r for r in c.rows(t["Invoices"]["id"])}
    assert invoices["INV-100"]["Balance"] == 699 and invoices["INV-201"]["Balance"] == 0
    c.undo()  # the second apply goes back as a whole
    linked = {r["Bank doc No."]: r["Invoice"] or [] for r in c.rows(t["Payments"]["id"])}
    assert sorted(k for k, v in linked.items() if v) == ["P0", "P1"]
    c.redo()
    linked = {r["Bank doc No."]: r["Invoice"] or [] for r in c.rows(t["Payments"]["id"])}
    assert sorted(k for k, v in linked.items() if v) == ["P0", "P1", "P2", "P3", "P5", "P6", "P7"]


def test_the_template_configuration_is_found_in_russian_too(app: Any) -> None:
    c = ApiClient(app)
    c.signup("ru@example.com")
    c.base = c.post("/api/bases", {"template": "receivables", "sample_data": False, "language": "ru"}, expect=201)
    t = _tables(c)
    cfg = c.get(_url(t["Оплаты"]["id"]))["config"]
    cols = {col["id"]: col["name"] for tb in t.values() for col in tb["columns"]}
    assert cols[cfg["link_column"]] == "Счёт" and cols[cfg["purpose_column"]] == "Назначение платежа"
    assert cols[cfg["invoice_inn_column"]] == "ИНН" and cols[cfg["balance_column"]] == "Остаток долга"
    assert cfg["invoices_table"] == t["Счета"]["id"]
    # Another table of the base is not a payments table: no configuration, and suggest asks for one.
    assert c.get(_url(t["Клиенты"]["id"]))["config"] is None
    err = c.post(_url(t["Клиенты"]["id"], "/suggest"), {}, expect=422).get_json()["error"]
    assert "config" in err["fields"]


def test_a_hand_configured_base_without_customers_table(owner: ApiClient) -> None:
    c = owner
    base = c.base_id
    inv = c.post(f"/api/bases/{base}/tables", {"name": "Bills", "columns": [
        {"name": "No", "type": "text"}, {"name": "Open", "type": "number"}, {"name": "TaxId", "type": "text"}]},
        expect=201)["table"]
    pay = c.post(f"/api/bases/{base}/tables", {"name": "Money in", "columns": [
        {"name": "Doc", "type": "text"}, {"name": "Text", "type": "long-text"}, {"name": "Sum", "type": "number"},
        {"name": "Tax", "type": "text"}]}, expect=201)["table"]
    link = c.add_column("Bill", "link", {"table": inv["id"], "is_multiple": False}, table_id=pay["id"])
    col = {x["name"]: x["id"] for x in c.get(f"/api/bases/{base}")["tables"][-2]["columns"]}
    pcol = {x["name"]: x["id"] for x in c.get(f"/api/bases/{base}")["tables"][-1]["columns"]}
    c.insert([{"No": "7", "Open": 10, "TaxId": "1"}, {"No": "8", "Open": 20, "TaxId": "1"}], table_id=inv["id"])
    c.insert([{"Doc": "a", "Text": "bill 8", "Sum": 20, "Tax": "1"}, {"Doc": "b", "Text": "", "Sum": 10, "Tax": "1"}],
             table_id=pay["id"])
    config = {"link_column": link["id"], "purpose_column": pcol["Text"], "inn_column": pcol["Tax"],
              "amount_column": pcol["Sum"], "number_column": col["No"], "balance_column": col["Open"],
              "invoice_inn_column": col["TaxId"]}
    assert c.get(_url(pay["id"]))["config"] is None
    res = c.post(_url(pay["id"], "/suggest"), {"config": config})
    assert [(s["payment"]["label"], s["invoice"]["label"], s["rule"]) for s in res["suggestions"]] == [
        ("a", "8", "number"), ("b", "7", "inn_amount")]


def test_a_stranger_and_a_viewer_cannot(ar: dict, app: Any) -> None:
    c = ar["c"]
    s = ApiClient(app)
    s.signup("stranger@example.com")
    s.get(_url(ar["table"]), expect=404)
    s.post(_url(ar["table"], "/suggest"), {}, expect=404)
    s.post(_url(ar["table"], "/apply"), {"matches": [{"payment": ar["pay"]["P1"], "invoice": ar["inv"]["INV-101"]}]},
           expect=404)
    c.post(f"/api/bases/{c.base_id}/members", {"email": "stranger@example.com", "role": "viewer"}, expect=201)
    assert s.post(_url(ar["table"], "/suggest"), {})["suggestions"]  # a viewer may look
    s.post(_url(ar["table"], "/apply"), {"matches": [{"payment": ar["pay"]["P1"], "invoice": ar["inv"]["INV-101"]}]},
           expect=403)
    assert all(not r["Invoice"] for r in c.rows(ar["t"]["Payments"]["id"]) if r["Bank doc No."] == "P1")


def test_bad_input_is_422_naming_the_field_and_nothing_is_linked(ar: dict) -> None:
    c, pay, inv, t = ar["c"], ar["pay"], ar["inv"], ar["t"]
    url = _url(ar["table"], "/apply")

    def refused(body: dict, field: str) -> None:
        err = c.post(url, body, expect=422).get_json()["error"]
        assert field in err["fields"], err

    ok = {"payment": pay["P1"], "invoice": inv["INV-101"]}
    refused({"matches": []}, "matches")
    refused({}, "matches")
    refused({"matches": [{"payment": pay["P1"]}]}, "matches.0.invoice")
    refused({"matches": [ok, {"payment": pay["P2"], "invoice": "nope"}]}, "matches.1.invoice")
    refused({"matches": [ok, {"payment": "nope", "invoice": inv["INV-100"]}]}, "matches.1.payment")
    refused({"matches": [ok, ok]}, "matches.1.payment")
    refused({"matches": [{"payment": ar["done"], "invoice": inv["INV-101"]}]}, "matches.0.payment")
    refused({"matches": [ok], "config": {"link_column": "x"}}, "config.link_column")
    cols = {x["name"]: x["id"] for x in t["Payments"]["columns"]}
    refused({"matches": [ok], "config": {"link_column": cols["Amount"], "number_column": 1, "balance_column": 1}},
            "config.link_column")
    good = c.get(_url(ar["table"]))["config"]
    good.pop("invoices_table")
    refused({"matches": [ok], "config": {**good, "balance_column": cols["Purpose"]}}, "config.balance_column")
    refused({"matches": [ok], "config": {**good, "purpose_column": 10 ** 6}}, "config.purpose_column")
    refused({"matches": [ok], "config": {**good, "sql": "drop"}}, "config.sql")
    linked = [r for r in c.rows(t["Payments"]["id"]) if r["Invoice"]]
    assert [r["Bank doc No."] for r in linked] == ["P0"]
