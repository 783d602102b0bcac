"""The automation action `send_document` (registered by server/plugins.py): each row's document
made from a template of the rule's table and mailed as a PDF attachment (the existing mail
settings), optionally also attached to the row's file column (docs/team.md)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.automations import rules
from server.catalog import schema as cat
from server.catalog.model import TableMeta
from server.documents import make
from server.documents.make import params_of
from server.documents.render import TemplateError
from server.errors import ApiError
from server.notifications import mail


def validate(conn: sa.Connection, table: TableMeta, a: dict, p: str) -> dict[str, Any]:
    """A document template of this table, mailed to an address (or a {Column}), its parameters
    checked as the template declares them; `save` also attaches it to the row (a file column)."""
    d = cat.documents
    doc_id = a.get("document_id")
    doc = conn.execute(sa.select(d).where(d.c.id == doc_id, d.c.table_id == table.id, d.c.deleted_at.is_(None))
                       ).first() if isinstance(doc_id, int) and not isinstance(doc_id, bool) else None
    if doc is None:
        raise rules.fail(f"{p}.document_id", "a document template of this table")
    v: dict[str, Any] = {"document_id": doc.id}
    v["to"] = rules.template(table, a.get("to"), f"{p}.to", max_len=500)
    if not rules.TEMPLATE_RE.search(v["to"]) and not all(rules.EMAIL_RE.match(x.strip()) for x in v["to"].split(",")):
        raise rules.fail(f"{p}.to", "an email address, or a {Column} holding one")
    v["subject"] = rules.template(table, a.get("subject"), f"{p}.subject", max_len=300)
    v["body"] = rules.template(table, a.get("body"), f"{p}.body")
    params = a.get("params") or {}
    if not isinstance(params, dict):
        raise rules.fail(f"{p}.params", "an object of the template's parameters")
    try:
        params_of(doc.options or {}, params)
    except ApiError as exc:
        key = next(iter(exc.fields), "params")
        raise rules.fail(f"{p}.{key}", exc.fields.get(key, [exc.message])[0]) from None
    v["params"] = params
    if a.get("save"):
        if not (doc.options or {}).get("file_column_id"):
            raise rules.fail(f"{p}.save", "the template has no file column to save into")
        v["save"] = True
    return v


def run(runner: Any, act: dict) -> dict:
    """Make the template's PDF for each row and mail it (the run's rows; a scheduled rule's
    list-of-rows run has no row to make it for)."""
    if not mail.configured():
        raise ApiError(422, "no_smtp", "no SMTP server is configured on this server")
    d = cat.documents
    with runner.st.db.read() as conn:
        doc = conn.execute(sa.select(d).where(d.c.id == act["document_id"], d.c.deleted_at.is_(None))).first()
    if doc is None:
        raise ApiError(422, "no_document", "the document template was deleted")
    sent, saved, bad = 0, 0, []
    for rec in runner.targets():
        if rec is None:
            raise ApiError(422, "no_row", "a document is made for a row: use a per-row trigger")
        to = [x.strip() for x in runner.render(act["to"], rec).split(",")]
        good = [x for x in to if rules.EMAIL_RE.match(x)]
        bad += [x or "(empty)" for x in to if not rules.EMAIL_RE.match(x)]
        if not good:
            continue
        try:
            name, data = make.row_pdf(doc, rec["_id"], act.get("params") or {})
        except TemplateError as exc:
            where = f"line {exc.line}: " if exc.line else ""
            raise ApiError(422, "template_error", f"{where}{exc.reason}") from None
        for address in good:
            mail.queue_mail(mail.Mail(to=address, subject=runner.render(act["subject"], rec),
                                      text=runner.render(act["body"], rec),
                                      attachments=[(name, data, "application/pdf")]))
            sent += 1
        if act.get("save"):
            runner.apply(make.attach_update(doc, rec["_id"], name, data, None))
            saved += 1
    if bad and not sent:
        raise ApiError(422, "bad_address", f"no valid address to send to: {', '.join(bad[:5])}")
    return {"emails": sent, "saved": saved, "skipped_addresses": bad}


def install() -> None:
    rules.register_action_kind("send_document", validate, run)
