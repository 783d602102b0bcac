"""The receivables template's collection rules on crafted cases, each derived value pinned, on
SQLite and PostgreSQL: a cancelled invoice counts nowhere; days late at payment are measured
from cash payments only; a promise is kept only when the promised amount was paid by the
promised date; an overpayment is the customer's credit; a payment with no invoice, dated
before its invoice or against a cancelled one is listed in «Payments to review». Dates are
offsets from today."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.helpers import ApiClient

TODAY = dt.datetime.now(dt.UTC).date()


def _day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


# Invoice no. → invoice fields (dates as offsets from today) and its ledger entries (type, amount, day).
CASES: dict[str, dict[str, Any]] = {
    "cancelled": {"total": 500, "due": -40, "cancelled": True, "pay": []},
    "cancelled_paid": {"total": 300, "due": -30, "cancelled": True, "pay": [("Payment", 300, -20)]},
    "credit_note": {"total": 1000, "due": -40, "pay": [("Payment", 700, -30), ("Credit note", 300, -1)]},
    "write_off": {"total": 500, "due": -200, "pay": [("Payment", 100, -150), ("Write-off", 400, -1)]},
    "write_off_only": {"total": 200, "due": -100, "pay": [("Write-off", 200, -1)]},
    "partial": {"total": 1000, "due": -10, "pay": [("Payment", 400, -5)]},
    "overpaid": {"total": 1000, "due": -5, "pay": [("Payment", 1200, -2)]},
    "paid_early": {"total": 300, "due": 20, "pay": [("Payment", 300, -3)]},
    "before_invoice": {"total": 100, "due": 20, "pay": [("Payment", 100, -15)]},
    "promise_kept": {"total": 1000, "due": -30, "promise": (-5, 600),
                     "pay": [("Payment", 400, -20), ("Payment", 300, -6)]},
    "promise_late": {"total": 500, "due": -30, "promise": (-10, 500), "pay": [("Payment", 500, -3)]},
    "promise_partial": {"total": 800, "due": -30, "promise": (-5, 800), "pay": [("Payment", 300, -7)]},
    "promise_pending": {"total": 800, "due": 10, "promise": (5, 500), "pay": [("Payment", 100, -1)]},
    "promise_no_amount": {"total": 400, "due": -30, "promise": (-2, None),
                          "pay": [("Credit note", 100, -10), ("Payment", 300, -3)]},
}
CUSTOMER_B = {"cancelled"}  # Customer B's only invoice is cancelled (and long past due).


@pytest.fixture
def ar(app) -> tuple[ApiClient, dict[str, dict]]:
    """An English receivables base with no sample data, holding the crafted cases."""
    c = ApiClient(app)
    c.signup("rules@example.com")
    c.base = c.post("/api/bases", {"template": "receivables", "sample_data": False, "language": "en"}, expect=201)
    t = {tb["name"]: tb for tb in c.get(f"/api/bases/{c.base_id}")["tables"]}
    mgr = c.insert([{"Name": "Anna"}], table_id=t["Managers"]["id"])[0]["_id"]
    a, b = (r["_id"] for r in c.insert([
        {"Customer": "A", "Credit limit": 2000, "Account manager": [mgr]},
        {"Customer": "B", "Credit limit": 100, "Account manager": [mgr]}], table_id=t["Customers"]["id"]))
    rows = []
    for key, case in CASES.items():
        row = {"Invoice No.": key, "Customer": [b if key in CUSTOMER_B else a], "Total": case["total"],
               "Invoice date": _day(case["due"] - 30), "Due date": _day(case["due"]),
               "Cancelled": case.get("cancelled", False)}
        if key == "before_invoice":
            row["Invoice date"] = _day(-10)
        if "promise" in case:
            when, amount = case["promise"]
            row["Promise date"] = _day(when)
            if amount is not None:
                row["Promise amount"] = amount
        rows.append(row)
    ids = {r["Invoice No."]: got["_id"] for r, got in
           zip(rows, c.insert(rows, table_id=t["Invoices"]["id"]), strict=True)}
    ledger = [{"Type": typ, "Amount": amount, "Date": _day(when), "Invoice": [ids[key]]}
              for key, case in CASES.items() for typ, amount, when in case["pay"]]
    ledger.append({"Type": "Payment", "Amount": 50, "Date": _day(-2), "Payer INN": "7701234567"})  # no invoice
    c.insert(ledger, table_id=t["Payments"]["id"])
    return c, t


def _pin(row: dict, **expect: Any) -> None:
    for col, want in expect.items():
        got = row[col]
        if isinstance(want, int | float) and not isinstance(want, bool):
            assert got == pytest.approx(want), (row["Invoice No."], col, got, want)
        else:
            assert got == want, (row["Invoice No."], col, got, want)


def _by(rows: list[dict], key: str) -> dict[str, dict]:
    return {r[key]: r for r in rows}


def test_each_invoice_rule_pinned(ar: tuple[ApiClient, dict[str, dict]]) -> None:
    c, t = ar
    inv = _by(c.rows(t["Invoices"]["id"]), "Invoice No.")
    late = {"Days late at payment": None}
    # Cancelled: nothing owed, never overdue, in no aging bucket but Closed.
    _pin(inv["cancelled"], Balance=0, Overpaid=0, Status="Cancelled", **{
        "Days overdue": 0, "Overdue amount": 0, "Aging bucket": "Closed", **late})
    # Cash paid against a cancelled invoice is the customer's credit.
    _pin(inv["cancelled_paid"], Paid=300, Balance=-300, Overpaid=300, Status="Cancelled", **{
        "Overdue amount": 0, "Aging bucket": "Closed", **late})
    # The credit note a month after the cash does not make the payment late: 10 days, not 39.
    _pin(inv["credit_note"], Paid=700, Credited=300, Balance=0, Status="Paid", **{
        "Days late at payment": 10, "Last payment date": _day(-30)})
    _pin(inv["write_off"], Paid=100, Balance=0, Status="Written off", **{
        "Written off": 400, "Days late at payment": 50, "Last payment date": _day(-150)})
    _pin(inv["write_off_only"], Paid=0, Balance=0, Status="Written off", **{
        "Last payment date": None, **late})
    _pin(inv["partial"], Paid=400, Balance=600, Status="Overdue", **{
        "Days overdue": 10, "Aging bucket": "1–30", "Overdue amount": 600, **late})
    _pin(inv["overpaid"], Paid=1200, Balance=-200, Overpaid=200, Status="Paid", **{
        "Aging bucket": "Closed", "Days late at payment": 3, "Overdue amount": 0})
    _pin(inv["paid_early"], Balance=0, Status="Paid", **{"Days late at payment": 0, "Days to due": None})
    _pin(inv["before_invoice"], Balance=0, Status="Paid", **{"Days late at payment": 0})
    # Promises: kept only when the promised amount was paid (in cash) by the promised date.
    _pin(inv["promise_kept"], Balance=300, Status="Overdue", **{
        "Paid by promise date": 700, "Promise status": "Kept"})
    _pin(inv["promise_late"], Balance=0, Status="Paid", **{"Paid by promise date": 0, "Promise status": "Broken"})
    _pin(inv["promise_partial"], Balance=500, **{"Paid by promise date": 300, "Promise status": "Broken"})
    _pin(inv["promise_pending"], Balance=700, **{"Paid by promise date": 100, "Promise status": "Pending"})
    # No amount promised: the invoice's amount after credit notes and write-offs is what was promised.
    _pin(inv["promise_no_amount"], Balance=0, **{"Paid by promise date": 300, "Promise status": "Kept"})
    _pin(inv["partial"], **{"Promise status": ""})


def test_customer_and_manager_totals(ar: tuple[ApiClient, dict[str, dict]]) -> None:
    c, t = ar
    inv = _by(c.rows(t["Invoices"]["id"]), "Invoice No.")
    owed = {k: r["Balance"] for k, r in inv.items() if r["Balance"] > 0}
    assert owed == {"partial": 600, "promise_kept": 300, "promise_partial": 500, "promise_pending": 700}
    cust = _by(c.rows(t["Customers"]["id"]), "Customer")
    # A: debt is the positive balances only; the two overpayments are its credit, not netted.
    _pin({"Invoice No.": "A", **cust["A"]}, **{
        "Open balance": 2100, "Customer credit": 500, "Overdue balance": 1400, "Max days overdue": 30,
        "Credit used": 1.05, "Over limit": True, "Stop shipments": True})
    # B: a 10,000 invoice 200 days past due, cancelled — owes nothing, not over its 100 limit, not stopped.
    _pin({"Invoice No.": "B", **cust["B"]}, **{
        "Open balance": 0, "Customer credit": 0, "Overdue balance": 0, "Max days overdue": 0,
        "Credit used": 0, "Over limit": False, "Stop shipments": False})
    mgr = c.rows(t["Managers"]["id"])[0]
    _pin({"Invoice No.": "Anna", **mgr}, **{"Open balance": 2100, "Overdue balance": 1400,
                                            "Overdue share": 1400 / 2100})
    # The aging chart's buckets hold no cancelled invoice.
    cols = {col["name"]: col["id"] for col in t["Invoices"]["columns"]}
    data = c.post(f"/api/tables/{t['Invoices']['id']}/chart-data", {"settings": {
        "type": "bar", "x": {"column_id": cols["Aging bucket"]},
        "value": {"aggregate": "sum", "column_id": cols["Balance"]}}})
    got = dict(zip([x["key"] for x in data["categories"]], data["series"][0]["data"], strict=True))
    assert {k: v for k, v in got.items() if k != "Closed"} == pytest.approx(
        {"Current": 700, "1–30": 600 + 300 + 500})


def test_payments_to_review(ar: tuple[ApiClient, dict[str, dict]]) -> None:
    c, t = ar
    base = c.get(f"/api/bases/{c.base_id}")
    view = next(v for v in base["views"] if v["name"] == "Payments to review")
    rows = c.get(f"/api/views/{view['id']}/rows?limit=100&keys=names")["rows"]
    got = sorted((r["To review"], r["Amount"], (r["Invoice"] or [{}])[0].get("display_value")) for r in rows)
    assert got == [("Before invoice date", 100, "before_invoice"), ("Invoice cancelled", 300, "cancelled_paid"),
                   ("No invoice", 50, None)]
    every = c.rows(t["Payments"]["id"])
    assert sum(1 for p in every if p["To review"]) == 3 and len(every) == 18
    # Linking the stray payment to an invoice issued before it clears its flag.
    stray = next(p for p in every if not p["Invoice"])
    inv = _by(c.rows(t["Invoices"]["id"]), "Invoice No.")
    c.patch(f"/api/tables/{t['Payments']['id']}/rows",
            {"rows": [{"_id": stray["_id"], "Invoice": [inv["partial"]["_id"]]}]})
    assert c.get(f"/api/views/{view['id']}/count")["count"] == 2
    assert _by(c.rows(t["Invoices"]["id"]), "Invoice No.")["partial"]["Balance"] == 550


def test_promise_as_of_a_past_date(ar: tuple[ApiClient, dict[str, dict]]) -> None:
    """As of the day before the second payment, the promise (600 by day −5) was still pending;
    as of the day after the promise date, the late payer's promise was already broken."""
    c, t = ar
    tid = t["Invoices"]["id"]
    before = _by(c.get(f"/api/tables/{tid}/rows?limit=100&keys=names&as_of={_day(-7)}")["rows"], "Invoice No.")
    _pin(before["promise_kept"], Balance=600, **{"Paid by promise date": 400, "Promise status": "Pending"})
    _pin(before["promise_late"], Balance=500, **{"Promise status": "Broken", "Days overdue": 23})
