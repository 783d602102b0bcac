"""Cash application over HTTP: the configuration a template ships for a payments table, the
suggested invoice for each payment without one, and applying the accepted ones as one action
(docs/receivables.md «Cash application», decision 0049)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.api.access import run_action, table_access
from server.api.routing import route
from server.auth.service import Principal
from server.cashapp import config as cfg
from server.cashapp import matching
from server.catalog.model import BaseSchema, TableMeta
from server.errors import invalid, not_found
from server.query.rows import base_select, column_label
from server.state import state
from server.views.reading import value_context

MAX_MATCHES = 1000


class SuggestBody(Schema):
    config = fields.Nested(cfg.CashConfig, load_default=None, allow_none=True,
                           metadata={"description": "the roles (column ids); default: the template's"})


class Match(Schema):
    payment = fields.String(required=True, validate=validate.Length(min=1, max=64),
                            metadata={"description": "a payment row id (its link to an invoice is empty)"})
    invoice = fields.String(required=True, validate=validate.Length(min=1, max=64),
                            metadata={"description": "an invoice row id"})


class ApplyBody(SuggestBody):
    matches = fields.List(fields.Nested(Match), required=True, validate=validate.Length(min=1, max=MAX_MATCHES))
    client_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=64))


def _schema(conn: sa.Connection, base_id: int, table_id: int) -> tuple[BaseSchema, TableMeta]:
    schema = state().schema_cache.get(conn, base_id)
    table = schema.table(table_id)
    if table is None:
        raise not_found("This table does not exist.")
    return schema, table


def _resolved(schema: BaseSchema, table: TableMeta, raw: dict | None) -> cfg.Resolved:
    if raw is None:
        raw = cfg.from_templates(schema, table)
        if raw is None:
            raise invalid("say which columns play which part (config): this table is not a template's payments table",
                          {"config": ["required"]})
    return cfg.resolve(schema, table, raw)


@route("/tables/{table_id}/cash-application", "GET",
       "The cash-application configuration a template ships for this payments table (or null)", "cash application")
def get_config(principal: Principal, table_id: int) -> Any:
    base_id, _ = table_access(principal, table_id)
    with state().db.read() as conn:
        schema, table = _schema(conn, base_id, table_id)
        raw = cfg.from_templates(schema, table)
        return {"config": cfg.to_json(cfg.resolve(schema, table, raw)) if raw is not None else None}


@route("/tables/{table_id}/cash-application/suggest", "POST",
       "Suggest an invoice for each payment without one (invoice number in the purpose, then INN and amount, "
       "then the oldest open invoice of the INN)", "cash application", body=SuggestBody)
def suggest(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    with state().db.read() as conn:
        schema, table = _schema(conn, base_id, table_id)
        r = _resolved(schema, table, body["config"])
        out = matching.suggest(conn, r, value_context(conn, base_id))
    return {"config": cfg.to_json(r), **out}


@route("/tables/{table_id}/cash-application/apply", "POST",
       "Link the accepted payments to their invoices: one action (one undo), seen live", "cash application",
       body=ApplyBody)
def apply(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    matches = body["matches"]
    with state().db.read() as conn:
        schema, table = _schema(conn, base_id, table_id)
        r = _resolved(schema, table, body["config"])
        _check_matches(conn, r, matches, value_context(conn, base_id))
    links = {m["payment"]: [m["invoice"]] for m in matches}
    res = run_action(principal, base_id, {"type": "set_links", "column_id": r.link.id, "links": links}, body)
    return {"version": res.version, "applied": len(links)}


def _check_matches(conn: sa.Connection, r: cfg.Resolved, matches: list[dict], vctx: Any) -> None:
    """Each payment once, a row of the payments table with no invoice yet; each invoice a row of
    the invoices table. 422 naming matches[i].payment / .invoice."""
    seen: set[str] = set()
    for i, m in enumerate(matches):
        if m["payment"] in seen:
            raise invalid(f"matches[{i}].payment: the payment is matched twice", {f"matches.{i}.payment": ["twice"]})
        seen.add(m["payment"])
    pt = r.payments.sa_table
    label = r.link.phys if r.link.phys is not None else column_label(r.link)
    found = {row._mapping["_id"]: r.link.type_cls.from_db(row._mapping[label], r.link, vctx) for row in conn.execute(
        base_select(r.payments, [r.link]).where(pt.c._id.in_(list(seen))))}
    it = r.invoices.sa_table
    invoices = set(conn.execute(sa.select(it.c._id).where(it.c._id.in_({m["invoice"] for m in matches}))).scalars())
    for i, m in enumerate(matches):
        if m["payment"] not in found:
            raise invalid(f"matches[{i}].payment: no such payment in {r.payments.name!r}",
                          {f"matches.{i}.payment": ["no such row"]})
        if found[m["payment"]]:
            raise invalid(f"matches[{i}].payment: the payment already has an invoice",
                          {f"matches.{i}.payment": ["already applied"]})
        if m["invoice"] not in invoices:
            raise invalid(f"matches[{i}].invoice: no such invoice in {r.invoices.name!r}",
                          {f"matches.{i}.invoice": ["no such row"]})
