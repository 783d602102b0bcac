"""Suggest an invoice for each payment that has none, by three rules in order:

1. **number**: an invoice number written in the payment's purpose (a whole word: «оплата по
   счёту № 00123 от 01.02» names invoice 123 or 00123, never 1234); the first one named that
   is still open wins, else the first one named at all;
2. **inn_amount**: an open invoice of the payer's INN whose remaining balance equals the amount
   (the oldest, when several);
3. **oldest_open**: the oldest open invoice of the payer's INN.

A rule never crosses customers: when both the payment and the invoice carry an INN, they must
agree. Payments are taken in row order, and each suggestion lowers the invoice's remaining
balance by the payment's amount, so two payments of one customer are not both sent to the same
small invoice. Cancelled invoices are never suggested. Everything is read in SQL windows of
the two tables; nothing is written (applying is `apply_matches`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from server.cashapp.config import Resolved
from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import ValueContext
from server.query.rows import base_select, column_label

MAX_SUGGESTIONS = 1000
CENT = 0.005
_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:[-/_.][0-9A-Za-zА-Яа-яЁё]+)*")


def norm_number(text: str) -> str:
    """An invoice number as compared: case-folded, and without leading zeros when all digits."""
    t = text.strip().casefold()
    return (t.lstrip("0") or "0") if t.isdigit() else t


def norm_inn(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def purpose_numbers(purpose: str) -> list[str]:
    """The words of a purpose that could be invoice numbers, in order (also each word's parts
    around dots and slashes, so «№123/1.» finds 123/1 and 123)."""
    out: list[str] = []
    for m in _WORD.finditer(purpose):
        word = m.group(0)
        for w in [word, *re.split(r"[-/_.]", word)]:
            n = norm_number(w)
            if n and n not in out:
                out.append(n)
    return out


@dataclass
class Invoice:
    id: str
    number: str
    label: str
    balance: float
    inn: str
    date: Any
    order: int
    remaining: float = field(init=False)

    def __post_init__(self) -> None:
        self.remaining = self.balance


@dataclass
class Payment:
    id: str
    label: str
    amount: float | None
    inn: str
    purpose: str


def _value(m: Any, col: ColumnMeta | None, vctx: ValueContext) -> Any:
    if col is None:
        return None
    label = col.phys if col.phys is not None else column_label(col)
    return col.type_cls.from_db(m[label], col, vctx)


def _text(m: Any, col: ColumnMeta | None, vctx: ValueContext) -> str:
    if col is None:
        return ""
    label = col.phys if col.phys is not None else column_label(col)
    return col.type_cls.to_text(m[label], col, vctx).strip()


def _number(v: Any) -> float | None:
    if isinstance(v, list):  # a lookup: its first value
        v = v[0] if v else None
    if isinstance(v, bool) or not isinstance(v, int | float):
        return None
    return float(v)


def _select(table: TableMeta, cols: list[ColumnMeta | None]) -> sa.Select:
    wanted = [c for c in cols if c is not None]
    return base_select(table, list({c.id: c for c in [*wanted, *([table.primary] if table.primary else [])]}.values()))


def read_invoices(conn: sa.Connection, r: Resolved, vctx: ValueContext) -> list[Invoice]:
    """Every invoice not cancelled, with its customer's INN (through the link when configured)."""
    inn_by_row: dict[str, str] = {}
    if r.inn_link is not None and r.inn_table is not None and r.invoice_inn is not None:
        t = r.inn_table.sa_table
        for row in conn.execute(_select(r.inn_table, [r.invoice_inn]).order_by(t.c._order, t.c.id)):
            inn_by_row[row._mapping["_id"]] = norm_inn(_text(row._mapping, r.invoice_inn, vctx))
    t = r.invoices.sa_table
    cols = [r.number, r.balance, r.date, r.cancelled, r.inn_link, r.invoice_inn if r.inn_link is None else None]
    out: list[Invoice] = []
    for i, row in enumerate(conn.execute(_select(r.invoices, cols).order_by(t.c._order, t.c.id))):
        m = row._mapping
        if r.cancelled is not None and _value(m, r.cancelled, vctx) is True:
            continue
        if r.inn_link is not None:
            linked = _value(m, r.inn_link, vctx) or []
            inn = inn_by_row.get(linked[0]["_id"], "") if linked else ""
        else:
            inn = norm_inn(_text(m, r.invoice_inn, vctx))
        number = _text(m, r.number, vctx)
        out.append(Invoice(id=m["_id"], number=norm_number(number), label=number,
                           balance=_number(_value(m, r.balance, vctx)) or 0.0, inn=inn,
                           date=_value(m, r.date, vctx), order=i))
    return out


def read_open_payments(conn: sa.Connection, r: Resolved, vctx: ValueContext) -> list[Payment]:
    """The payments whose link to an invoice is empty, in row order."""
    t = r.payments.sa_table
    primary = r.payments.primary
    out: list[Payment] = []
    for row in conn.execute(_select(r.payments, [r.link, r.purpose, r.inn, r.amount]).order_by(t.c._order, t.c.id)):
        m = row._mapping
        if _value(m, r.link, vctx):
            continue
        out.append(Payment(id=m["_id"], label=_text(m, primary, vctx), amount=_number(_value(m, r.amount, vctx)),
                           inn=norm_inn(_text(m, r.inn, vctx)), purpose=_text(m, r.purpose, vctx)))
    return out


def _compatible(p: Payment, inv: Invoice) -> bool:
    return not (p.inn and inv.inn and p.inn != inv.inn)


def _oldest(invoices: list[Invoice]) -> Invoice:
    return min(invoices, key=lambda i: (i.date is None, str(i.date) if i.date is not None else "", i.order))


def match(payment: Payment, by_number: dict[str, list[Invoice]], by_inn: dict[str, list[Invoice]]) -> tuple[Invoice, str] | None:
    """The invoice one payment goes to and the rule that found it, or None."""
    named = [inv for n in purpose_numbers(payment.purpose) for inv in by_number.get(n, [])
             if _compatible(payment, inv)]
    if named:
        return next((i for i in named if i.remaining > CENT), named[0]), "number"
    open_ = [i for i in by_inn.get(payment.inn, []) if i.remaining > CENT] if payment.inn else []
    if not open_:
        return None
    if payment.amount is not None:
        same = [i for i in open_ if abs(i.remaining - payment.amount) < CENT]
        if same:
            return _oldest(same), "inn_amount"
    return _oldest(open_), "oldest_open"


def suggest(conn: sa.Connection, r: Resolved, vctx: ValueContext) -> dict[str, Any]:
    """Suggestions for every payment without an invoice (the first MAX_SUGGESTIONS), and how many
    payments found none."""
    invoices = read_invoices(conn, r, vctx)
    by_number: dict[str, list[Invoice]] = {}
    by_inn: dict[str, list[Invoice]] = {}
    for inv in invoices:
        if inv.number:
            by_number.setdefault(inv.number, []).append(inv)
        if inv.inn:
            by_inn.setdefault(inv.inn, []).append(inv)
    suggestions: list[dict[str, Any]] = []
    unmatched: list[dict[str, Any]] = []
    payments = read_open_payments(conn, r, vctx)
    for p in payments:
        hit = match(p, by_number, by_inn)
        pay = {"id": p.id, "label": p.label, "amount": p.amount, "inn": p.inn, "purpose": p.purpose}
        if hit is None:
            unmatched.append(pay)
            continue
        inv, rule = hit
        suggestions.append({"payment": pay, "rule": rule,
                            "invoice": {"id": inv.id, "label": inv.label, "balance": round(inv.remaining, 2),
                                        "inn": inv.inn}})
        if p.amount is not None:
            inv.remaining -= p.amount
    return {"suggestions": suggestions[:MAX_SUGGESTIONS], "more": max(0, len(suggestions) - MAX_SUGGESTIONS),
            "unmatched": unmatched[:MAX_SUGGESTIONS], "unmatched_count": len(unmatched),
            "payments_without_invoice": len(payments)}
