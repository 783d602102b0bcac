"""The receivables base's documents: счёт, напоминание, претензия and акт сверки, rendered from a
base made from the template and read back by their text (pypdf); the figures equal a plain
Python computation over the ledger the API returns. Both databases; Russian and English.

Each PDF is also drawn as PNG with pdftoppm (poppler-utils) when it is installed; set
TABLO_DOCUMENT_PNG_DIR to keep the pictures and look at them.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from server.io.display import format_plain
from tests.helpers import ApiClient
from tests.test_documents import pdf_text

COMPANY = {"name": "ООО «Табло»", "inn": "7701234567", "kpp": "770101001", "address": "г. Москва, ул. Примерная, д. 1",
           "bank": "ПАО Банк", "bik": "044525225", "account": "40702810900000000001",
           "corr_account": "30101810400000000225", "signatory": "Иванов И. И.",
           "signatory_title": "Генеральный директор"}
# Column names of the receivables base, by language.
N = {
    "ru": {"invoices": "Счета", "customers": "Клиенты", "payments": "Оплаты", "number": "Номер счёта",
           "customer": "Клиент", "date": "Дата счёта", "due": "Срок оплаты", "total": "Сумма",
           "balance": "Остаток долга", "overdue": "Дней просрочки", "cancelled": "Аннулирован",
           "pay_date": "Дата", "invoice": "Счёт", "cash": "Поступило деньгами", "credit": "Корректировка",
           "writeoff": "Списано", "act": "Акт сверки", "claim": "Претензия", "invoice_doc": "Счёт на оплату",
           "reminder": "Напоминание об оплате", "closing": "Сальдо конечное"},
    "en": {"invoices": "Invoices", "customers": "Customers", "payments": "Payments", "number": "Invoice No.",
           "customer": "Customer", "date": "Invoice date", "due": "Due date", "total": "Total",
           "balance": "Balance", "overdue": "Days overdue", "cancelled": "Cancelled",
           "pay_date": "Date", "invoice": "Invoice", "cash": "Cash amount", "credit": "Credit amount",
           "writeoff": "Write-off amount", "act": "Reconciliation statement", "claim": "Pre-trial claim",
           "invoice_doc": "Invoice", "reminder": "Payment reminder", "closing": "Closing balance"},
}


def money(x: float, lang: str) -> str:
    return format_plain(x, lang, 2, 2).replace("\u00a0", " ")


def day(iso: str, lang: str) -> str:
    d = dt.date.fromisoformat(iso)
    return d.strftime("%d.%m.%Y") if lang == "ru" else d.strftime("%d %b %Y").lstrip("0")


def look(data: bytes, name: str, tmp_path: Path) -> None:
    """Draw the PDF as PNG pages (pdftoppm) and check the pages are drawn, not blank."""
    if shutil.which("pdftoppm") is None:
        return
    out = Path(os.environ.get("TABLO_DOCUMENT_PNG_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(out / name)], check=True, timeout=60)
    pngs = sorted(out.glob(f"{name}*.png"))
    assert pngs and all(p.stat().st_size > 3000 for p in pngs)


def _base(owner: ApiClient, lang: str) -> dict[str, Any]:
    owner.patch("/api/me", {"locale": lang})
    made = owner.post("/api/bases", {"template": "receivables", "language": lang}, expect=201)
    base_id = made.get("id") or made["base"]["id"]
    owner.call("PUT", f"/api/bases/{base_id}/company", json={"details": COMPANY}, expect=200)
    tables = {t["name"]: t["id"] for t in owner.get(f"/api/bases/{base_id}")["tables"]}
    n = N[lang]
    docs = {d["name"]: d for t in (n["invoices"], n["customers"])
            for d in owner.get(f"/api/tables/{tables[t]}/documents")["documents"]}
    return {"n": n, "tables": tables, "docs": docs,
            "invoices": owner.rows(table_id=tables[n["invoices"]]),
            "customers": owner.rows(table_id=tables[n["customers"]]),
            "payments": owner.rows(table_id=tables[n["payments"]])}


def ledger(b: dict[str, Any], customer: dict, date_from: str, date_to: str) -> dict[str, Any]:
    """The statement computed in plain Python from the API's rows: invoices (not cancelled) are
    debits; the payments linked to them credit their cash, credit-note and write-off amounts (a
    refund, negative cash, is a debit)."""
    n = b["n"]
    mine = [i for i in b["invoices"] if any(c["_id"] == customer["_id"] for c in i[n["customer"]] or [])
            and not i[n["cancelled"]]]
    ids = {i["_id"]: i for i in mine}
    opening = debit = credit = 0.0
    numbers = []
    for inv in mine:
        if inv[n["date"]] < date_from:
            opening += inv[n["total"]] or 0
        elif inv[n["date"]] <= date_to:
            debit += inv[n["total"]] or 0
            numbers.append(inv[n["number"]])
    for p in b["payments"]:
        if not any(x["_id"] in ids for x in p[n["invoice"]] or []) or not p[n["pay_date"]]:
            continue
        effect = (p[n["cash"]] or 0) + (p[n["credit"]] or 0) + (p[n["writeoff"]] or 0)
        if p[n["pay_date"]] < date_from:
            opening -= effect
        elif p[n["pay_date"]] <= date_to:
            if effect > 0:
                credit += effect
            else:
                debit -= effect
    return {"opening": round(opening, 2), "debit": round(debit, 2), "credit": round(credit, 2),
            "closing": round(opening + debit - credit, 2), "numbers": numbers}


def render(owner: ApiClient, doc: dict, row_id: str, params: dict | None = None) -> bytes:
    return owner.call("POST", f"/api/documents/{doc['id']}/render", json={"row_id": row_id, "params": params or {}},
                      expect=200).get_data()


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_reconciliation_statement_equals_the_ledger(owner: ApiClient, lang: str, tmp_path: Path) -> None:
    b = _base(owner, lang)
    n = b["n"]
    today = dt.date.today()
    date_from, date_to = (today - dt.timedelta(days=120)).isoformat(), (today - dt.timedelta(days=5)).isoformat()
    # The customer with the most invoices: a statement with an opening balance and both turnovers.
    customer = max(b["customers"], key=lambda c: len(c[n["invoices"]] or []))
    want = ledger(b, customer, date_from, date_to)
    assert want["numbers"] and want["debit"] > 0 and want["credit"] > 0  # the sample gives something to check
    data = render(owner, b["docs"][n["act"]], customer["_id"], {"date_from": date_from, "date_to": date_to})
    look(data, f"act-{lang}", tmp_path)
    text = pdf_text(data)
    assert customer[n["customer"]] in text and COMPANY["name"] in text and COMPANY["signatory"] in text
    for number in want["numbers"]:
        assert number in text
    assert f"{day(date_from, lang)}" in text and f"{day(date_to, lang)}" in text
    assert money(want["debit"], lang) in text and money(want["credit"], lang) in text
    opening, closing = want["opening"], want["closing"]
    assert money(abs(opening), lang) in text
    # The closing line gives the balance on the side it falls, and the sentence under it says whose debt it is.
    assert f"{n['closing']} {money(max(closing, 0), lang)} {money(max(-closing, 0), lang)}" in text
    assert money(abs(closing), lang) + " ₽" in text
    # Up to today the closing balance is what the customer's open balance rollup says.
    everything = ledger(b, customer, "0000-01-01", today.isoformat())
    open_balance = customer["Долг" if lang == "ru" else "Open balance"]
    assert everything["closing"] == pytest.approx(open_balance, abs=0.01)


def _interest(amount: float, since: dt.date, until: dt.date, rate: float) -> float:
    """Art. 395 day by day: each day 1/365 (1/366 in a leap year) of the yearly rate."""
    total = 0.0
    d = since + dt.timedelta(days=1)
    while d <= until:
        leap = d.year % 4 == 0 and (d.year % 100 != 0 or d.year % 400 == 0)
        total += amount * rate / 100 / (366 if leap else 365)
        d += dt.timedelta(days=1)
    return round(total, 2)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_claim_reminder_and_invoice_show_the_debt(owner: ApiClient, lang: str, tmp_path: Path) -> None:
    b = _base(owner, lang)
    n = b["n"]
    today = dt.date.today()
    inv = max(b["invoices"], key=lambda i: i[n["overdue"]] or 0)
    days, balance = inv[n["overdue"]], inv[n["balance"]]
    assert days > 0 and balance > 0
    customer = next(c for c in b["customers"] if c["_id"] == inv[n["customer"]][0]["_id"])

    data = render(owner, b["docs"][n["claim"]], inv["_id"], {"rate": 16})
    look(data, f"claim-{lang}", tmp_path)
    text = pdf_text(data)
    interest = _interest(balance, dt.date.fromisoformat(inv[n["due"]]), today, 16)
    assert inv[n["number"]] in text and customer[n["customer"]] in text and COMPANY["signatory"] in text
    assert money(balance, lang) in text and f" {int(days)} " in text
    assert money(interest, lang) in text and money(round(balance + interest, 2), lang) in text
    assert day((today + dt.timedelta(days=30)).isoformat(), lang) in text  # the 30-day answer deadline
    # Without a rate: no interest, the debt alone is claimed.
    plain = pdf_text(render(owner, b["docs"][n["claim"]], inv["_id"]))
    assert money(interest, lang) not in plain and money(balance, lang) in plain

    text = pdf_text(render(owner, b["docs"][n["reminder"]], inv["_id"]))
    assert inv[n["number"]] in text and money(balance, lang) in text and day(inv[n["due"]], lang) in text
    data = render(owner, b["docs"][n["invoice_doc"]], inv["_id"])
    look(data, f"invoice-{lang}", tmp_path)
    text = pdf_text(data)
    assert inv[n["number"]] in text and money(inv[n["total"]], lang) in text and COMPANY["account"] in text
