"""Which tables and columns play the parts of cash application (decision 0049).

A configuration names, by column id: in the payments table, the link to the invoices table
(the invoices table is the one it links to), and optionally the payment's purpose text, the
payer's INN and the amount; in the invoices table, the invoice number, the open balance,
optionally the invoice date (oldest first), a «cancelled» checkbox (never suggested), and the
customer's INN — a column of the invoices table, or of the table a link of it reaches
(`invoice_inn_link`: Invoices → Customers, INN is then a column of Customers).

Nothing is stored: the API takes a configuration with each request, and a base made from a
template that ships a `cash_application` section gets that one resolved by the names the
template gave its tables and columns (in either language), so the web dialog opens ready.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from marshmallow import Schema, fields

from server.catalog.model import BaseSchema, ColumnMeta, TableMeta
from server.errors import invalid

TEXT_TYPES = ("text", "long-text", "formula", "lookup", "auto-number", "single-select")
NUMBER_TYPES = ("number", "formula", "rollup", "lookup")


class CashConfig(Schema):
    """Column ids; the invoices table is the one `link_column` links to."""

    link_column = fields.Integer(required=True, strict=True,
                                 metadata={"description": "payments: the link to the invoices table"})
    purpose_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                    metadata={"description": "payments: the payment purpose text"})
    inn_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                metadata={"description": "payments: the payer's INN"})
    amount_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                   metadata={"description": "payments: the amount"})
    number_column = fields.Integer(required=True, strict=True, metadata={"description": "invoices: the number"})
    balance_column = fields.Integer(required=True, strict=True,
                                    metadata={"description": "invoices: the open balance (above 0 = open)"})
    date_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                 metadata={"description": "invoices: the date (the oldest open invoice first)"})
    cancelled_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                      metadata={"description": "invoices: a checkbox; ticked ones are never matched"})
    invoice_inn_link = fields.Integer(load_default=None, allow_none=True, strict=True,
                                      metadata={"description": "invoices: a link to the table holding the INN"})
    invoice_inn_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                        metadata={"description": "the customer's INN: a column of the invoices "
                                                                 "table, or of the table invoice_inn_link reaches"})


@dataclass
class Resolved:
    """A configuration checked against the base: the columns themselves."""

    payments: TableMeta
    invoices: TableMeta
    link: ColumnMeta
    purpose: ColumnMeta | None
    inn: ColumnMeta | None
    amount: ColumnMeta | None
    number: ColumnMeta
    balance: ColumnMeta
    date: ColumnMeta | None
    cancelled: ColumnMeta | None
    inn_link: ColumnMeta | None
    inn_table: TableMeta | None
    invoice_inn: ColumnMeta | None


def _column(table: TableMeta, raw: dict, name: str, types: tuple[str, ...] | None,
            required: bool = False) -> ColumnMeta | None:
    cid = raw.get(name)
    if cid is None:
        if required:
            raise invalid(f"config.{name} is required", {f"config.{name}": ["required"]})
        return None
    col = table.column(cid)
    if col is None:
        raise invalid(f"config.{name}: table {table.name!r} has no column {cid}", {f"config.{name}": ["no such column"]})
    if types is not None and col.type not in types:
        raise invalid(f"config.{name}: the column {col.name!r} is a {col.type} column",
                      {f"config.{name}": [f"must be one of {', '.join(types)}"]})
    return col


def resolve(schema: BaseSchema, payments: TableMeta, raw: dict) -> Resolved:
    """Check a loaded CashConfig against the base; 422 naming `config.<field>` when it does not fit."""
    link = _column(payments, raw, "link_column", ("link",), required=True)
    assert link is not None
    invoices = schema.table(link.options.get("table_id"))
    if invoices is None or invoices.id == payments.id:
        raise invalid("config.link_column must link to another table", {"config.link_column": ["not a link to invoices"]})
    inn_link = _column(invoices, raw, "invoice_inn_link", ("link",))
    inn_table = schema.table(inn_link.options.get("table_id")) if inn_link is not None else invoices
    if inn_table is None:
        raise invalid("config.invoice_inn_link: its table does not exist", {"config.invoice_inn_link": ["no table"]})
    number = _column(invoices, raw, "number_column", TEXT_TYPES + ("number",), required=True)
    balance = _column(invoices, raw, "balance_column", NUMBER_TYPES, required=True)
    assert number is not None and balance is not None
    return Resolved(
        payments=payments, invoices=invoices, link=link,
        purpose=_column(payments, raw, "purpose_column", TEXT_TYPES),
        inn=_column(payments, raw, "inn_column", TEXT_TYPES + ("number",)),
        amount=_column(payments, raw, "amount_column", NUMBER_TYPES),
        number=number, balance=balance,
        date=_column(invoices, raw, "date_column", ("date", "ctime", "formula", "lookup", "rollup")),
        cancelled=_column(invoices, raw, "cancelled_column", ("checkbox", "formula")),
        inn_link=inn_link, inn_table=inn_table if inn_link is not None else None,
        invoice_inn=_column(inn_table, raw, "invoice_inn_column", TEXT_TYPES + ("number",)),
    )


def to_json(r: Resolved) -> dict[str, Any]:
    """The configuration as the API gives it (column ids), with the invoices table's id."""
    def cid(c: ColumnMeta | None) -> int | None:
        return c.id if c is not None else None

    return {"link_column": r.link.id, "purpose_column": cid(r.purpose), "inn_column": cid(r.inn),
            "amount_column": cid(r.amount), "number_column": r.number.id, "balance_column": r.balance.id,
            "date_column": cid(r.date), "cancelled_column": cid(r.cancelled), "invoice_inn_link": cid(r.inn_link),
            "invoice_inn_column": cid(r.invoice_inn), "invoices_table": r.invoices.id}


# -- the configuration a template ships -------------------------------------------------------
def _names(tpl: dict, table_key: str) -> tuple[str, dict[str, str]]:
    """A localised template's table name and its columns' names by key (computed ones too)."""
    table = next(t for t in tpl["tables"] if t["key"] == table_key)
    cols = {c["key"]: c["name"] for c in table["columns"]}
    cols.update({c["key"]: c["name"] for c in tpl.get("computed", []) if c["table"] == table_key})
    return table["name"], cols


def _by_name(schema: BaseSchema, name: str) -> TableMeta | None:
    return next((t for t in schema.live_tables() if t.name.casefold() == name.casefold()), None)


def _col_by_name(table: TableMeta | None, name: str | None) -> ColumnMeta | None:
    if table is None or name is None:
        return None
    return next((c for c in table.columns if c.name.casefold() == name.casefold()), None)


def from_templates(schema: BaseSchema, payments: TableMeta) -> dict[str, Any] | None:
    """The configuration of the first template whose `cash_application` section fits this table
    (its payments table and the columns it names, by their names in either language), or None."""
    from server.bases.templates import LANGUAGES, templates
    from server.templates import JsonTemplate, localised

    for template in templates():
        if not isinstance(template, JsonTemplate):
            continue
        data = template.data()
        section = data.get("cash_application")
        if not section:
            continue
        parts = {"tables": data["tables"], "computed": data.get("computed", [])}
        for language in LANGUAGES:
            raw = _fit(schema, payments, localised(parts, language), section)
            if raw is not None:
                return raw
    return None


def _fit(schema: BaseSchema, payments: TableMeta, tpl: dict, s: dict) -> dict[str, Any] | None:
    pay_name, pay_cols = _names(tpl, s["payments"])
    if pay_name.casefold() != payments.name.casefold():
        return None
    inv_name, inv_cols = _names(tpl, s["invoices"])
    invoices = _by_name(schema, inv_name)
    link = _col_by_name(payments, pay_cols.get(s["link"]))
    if invoices is None or link is None or link.type != "link" or link.options.get("table_id") != invoices.id:
        return None
    inn_link = _col_by_name(invoices, inv_cols.get(s.get("invoice_inn_link", "")))
    inn_table = invoices
    if s.get("invoice_inn_link"):
        if inn_link is None or inn_link.type != "link":
            return None
        inn_table = schema.table(inn_link.options.get("table_id"))
        cust_name, inn_cols = _names(tpl, s["inn_table"])
        if inn_table is None or inn_table.name.casefold() != cust_name.casefold():
            return None
    else:
        inn_cols = inv_cols

    def pay(key: str) -> int | None:
        c = _col_by_name(payments, pay_cols.get(s.get(key, "")))
        return c.id if c is not None else None

    def inv(key: str) -> int | None:
        c = _col_by_name(invoices, inv_cols.get(s.get(key, "")))
        return c.id if c is not None else None

    inn = _col_by_name(inn_table, inn_cols.get(s.get("invoice_inn", "")))
    raw = {"link_column": link.id, "purpose_column": pay("purpose"), "inn_column": pay("payer_inn"),
           "amount_column": pay("amount"), "number_column": inv("number"), "balance_column": inv("balance"),
           "date_column": inv("date"), "cancelled_column": inv("cancelled"),
           "invoice_inn_link": inn_link.id if inn_link is not None else None,
           "invoice_inn_column": inn.id if inn is not None else None}
    if raw["number_column"] is None or raw["balance_column"] is None:
        return None
    return raw
