"""Document templates: list, add, change and delete a table's templates (actions), the base's
company details, and making a document — one row's PDF, a view's rows as one PDF or a zip,
optionally saved into a file column of the row (docs/documents.md, decision 0040)."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import sqlalchemy as sa
from flask import Response
from marshmallow import Schema, ValidationError, fields, validate

from server.api.access import base_role, run_action, table_access
from server.api.routing import register_scope, route
from server.auth.service import Principal
from server.catalog import schema as cat
from server.documents import make
from server.documents import render as docs
from server.documents.actions import COMPANY_FIELDS, company_details
from server.errors import ApiError, flatten_messages, invalid, not_found
from server.state import state

MAX_VIEW_ROWS = 500  # documents made at once from a view


def _scope(conn: Any, value: Any) -> int | None:
    return conn.execute(sa.select(cat.documents.c.base_id).where(cat.documents.c.id == value)).scalar()


register_scope("document_id", _scope)


class DocumentCreate(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    body = fields.String(required=True)
    options = fields.Dict(load_default=dict, metadata={"description": "file_column_id, page_size, orientation, "
                                                                      "params (see docs/documents.md)"})
    client_id = fields.String(load_default=None, allow_none=True)


class DocumentPatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    body = fields.String()
    options = fields.Dict()
    position = fields.Float()
    client_id = fields.String(load_default=None, allow_none=True)


class RenderBody(Schema):
    row_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=64))
    view_id = fields.Integer(load_default=None, allow_none=True, strict=True)
    format = fields.String(load_default="pdf", validate=validate.OneOf(["pdf", "zip", "html"]),
                           metadata={"description": "pdf (a view's rows merged), zip (one PDF per row), html "
                                                    "(one row, for a preview)"})
    params = fields.Dict(load_default=dict, metadata={"description": "values of the template's params"})
    save = fields.Boolean(load_default=False, metadata={
        "description": "one row: also attach the PDF to the row's file column (options.file_column_id)"})


class PreviewBody(Schema):
    body = fields.String(required=True, metadata={"description": "the template's HTML, unsaved"})
    row_id = fields.String(required=True, validate=validate.Length(max=64))
    options = fields.Dict(load_default=dict)
    params = fields.Dict(load_default=dict)


class CompanyBody(Schema):
    details = fields.Dict(required=True, allow_none=True, metadata={"description": ", ".join(COMPANY_FIELDS)})
    client_id = fields.String(load_default=None, allow_none=True)


def _json(r: Any) -> dict[str, Any]:
    return {"id": r.id, "base_id": r.base_id, "table_id": r.table_id, "name": r.name, "body": r.body,
            "options": r.options or {}, "position": r.position}


def _load(principal: Principal, document_id: int, needed: str = "viewer") -> Any:
    d = cat.documents
    with state().db.read() as conn:
        row = conn.execute(sa.select(d).join(cat.tables, cat.tables.c.id == d.c.table_id)
                           .where(d.c.id == document_id, d.c.deleted_at.is_(None),
                                  cat.tables.c.deleted_at.is_(None))).first()
    if row is None:
        raise not_found("This document template does not exist.")
    base_role(principal, row.base_id, needed)
    return row


def _payload(body: dict) -> dict:
    return {k: v for k, v in body.items() if k != "client_id"}


@route("/tables/{table_id}/documents", "GET", "The table's document templates, in order", "documents")
def list_documents(principal: Principal, table_id: int) -> Any:
    table_access(principal, table_id)
    d = cat.documents
    with state().db.read() as conn:
        rows = conn.execute(sa.select(d).where(d.c.table_id == table_id, d.c.deleted_at.is_(None))
                            .order_by(d.c.position, d.c.id)).all()
    return {"documents": [_json(r) for r in rows]}


@route("/tables/{table_id}/documents", "POST", "Add a document template (an add_document action)", "documents",
       body=DocumentCreate, responses={201: "the template"})
def create_document(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    res = run_action(principal, base_id, {"type": "add_document", "table_id": table_id, **_payload(body)}, body)
    return {"version": res.version, "document": _json(_load(principal, res.result["document_id"]))}, 201


@route("/documents/{document_id}", "GET", "One document template", "documents")
def get_document(principal: Principal, document_id: int) -> Any:
    return _json(_load(principal, document_id))


@route("/documents/{document_id}", "PATCH", "Change a template's name, HTML, options or position", "documents",
       body=DocumentPatch)
def patch_document(principal: Principal, document_id: int, body: dict) -> Any:
    row = _load(principal, document_id, "editor")
    res = run_action(principal, row.base_id, {"type": "modify_document", "document_id": document_id,
                                              **_payload(body)}, body)
    return {"version": res.version, "document": _json(_load(principal, document_id))}


@route("/documents/{document_id}", "DELETE", "Delete a template (undoable)", "documents")
def delete_document(principal: Principal, document_id: int) -> Any:
    row = _load(principal, document_id, "editor")
    res = run_action(principal, row.base_id, {"type": "delete_document", "document_id": document_id})
    return {"version": res.version}


@route("/bases/{base_id}/company", "GET", "The company details the base's documents use", "documents")
def get_company(principal: Principal, base_id: int) -> Any:
    base_role(principal, base_id)
    with state().db.read() as conn:
        return {"details": company_details(conn, base_id) or {}}


@route("/bases/{base_id}/company", "PUT", "Set the company details (a set_company_details action; null clears)",
       "documents", body=CompanyBody)
def put_company(principal: Principal, base_id: int, body: dict) -> Any:
    base_role(principal, base_id, "editor")
    res = run_action(principal, base_id, {"type": "set_company_details", "details": body["details"]}, body)
    with state().db.read() as conn:
        return {"version": res.version, "details": company_details(conn, base_id) or {}}


# -- making documents -----------------------------------------------------------------------------
class TemplateFailed(ApiError):
    """422 for a template that failed: the usual error plus the line and the reason."""

    def __init__(self, exc: docs.TemplateError) -> None:
        where = f"line {exc.line}: " if exc.line else ""
        super().__init__(422, "template_error", f"{where}{exc.reason}", {"body": [f"{where}{exc.reason}"]})
        self.line = exc.line
        self.reason = exc.reason

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        out["error"].update(line=self.line, reason=self.reason)
        return out


def _template_failed(exc: docs.TemplateError) -> ApiError:
    return TemplateFailed(exc)


def _attachment(name: str) -> str:
    from urllib.parse import quote

    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


def _respond(data: bytes, name: str, mime: str) -> Response:
    resp = Response(data, mimetype=mime)
    resp.headers["Content-Disposition"] = _attachment(name)
    return resp


def _view_rows(conn: sa.Connection, principal: Principal, job: make.Job, view_id: int) -> tuple[list[str], set[int]]:
    """The ids of a view's rows in its order, and its visible columns (what the reader may see)."""
    from server.io.export import visible_columns
    from server.query.compile import compiled_select
    from server.query.paging import count
    from server.views.reading import compile_for

    v = cat.views
    view = conn.execute(sa.select(v).where(v.c.id == view_id, v.c.deleted_at.is_(None))).first()
    if view is None or view.table_id != job.table.id or \
            (view.private_to is not None and view.private_to != principal.user_id):
        raise invalid("view_id: no such view of this template's table", {"view_id": ["no such view"]})
    cv = compile_for(conn, principal, job.doc.base_id, job.table.id, view.settings, {})
    n = count(conn, cv)
    if n > MAX_VIEW_ROWS:
        raise invalid(f"at most {MAX_VIEW_ROWS} documents at once; this view has {n:,} rows: filter it first",
                      {"view_id": [f"more than {MAX_VIEW_ROWS} rows"]})
    ids = [r._mapping["_id"] for r in conn.execute(compiled_select(cv, []))]
    return ids, {c.id for c in visible_columns(cv.table, cv.settings)}


@route("/documents/{document_id}/render", "POST",
       "Make the document: for one row (a PDF) or every row of a view (one PDF, or a zip of one PDF per row)",
       "documents", body=RenderBody,
       responses={200: "application/pdf, application/zip, or {html} for format=html",
                  422: "the template failed: fields.line and fields.reason say where and why"})
def render_document(principal: Principal, document_id: int, body: dict) -> Any:
    doc = _load(principal, document_id)
    if (body["row_id"] is None) == (body["view_id"] is None):
        raise invalid("give row_id or view_id", {"row_id": ["give row_id or view_id"]})
    if body["save"] and body["row_id"] is None:
        raise invalid("save works for one row", {"save": ["needs row_id"]})
    options = doc.options or {}
    try:
        with state().db.read() as conn:
            job = make.Job(conn, principal.user_id, doc, doc.body, options, body["params"])
            if body["row_id"] is not None:
                rec = job.record(body["row_id"])
                pages = [(job.title(rec), job.page(rec))]
            else:
                if body["format"] == "html":
                    raise invalid("format html is for one row", {"format": ["needs row_id"]})
                ids, visible = _view_rows(conn, principal, job, body["view_id"])
                if not ids:
                    raise invalid("the view has no rows", {"view_id": ["no rows"]})
                pages = [(job.title(r), job.page(r)) for r in job.reader.records(job.table, ids, visible)]
    except docs.TemplateError as exc:
        raise _template_failed(exc) from None
    if body["format"] == "html":
        return {"html": pages[0][1], "title": pages[0][0]}
    if body["format"] == "zip" and body["view_id"] is not None:
        buf = io.BytesIO()
        used: set[str] = set()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for title, page in pages:
                name = make.file_name(title, "pdf")
                k = 2
                while name in used:
                    name, k = make.file_name(f"{title} ({k})", "pdf"), k + 1
                used.add(name)
                z.writestr(name, docs.to_pdf_documents([page]))
        return _respond(buf.getvalue(), make.file_name(doc.name, "zip"), "application/zip")
    data = docs.to_pdf_documents([p for _, p in pages])
    title = pages[0][0] if body["row_id"] is not None else doc.name
    if body["save"]:
        run_action(principal, doc.base_id, make.attach_update(doc, body["row_id"], make.file_name(title, "pdf"), data,
                                                              principal.user_id))
    return _respond(data, make.file_name(title, "pdf"), "application/pdf")


@route("/tables/{table_id}/documents/preview", "POST",
       "An unsaved template rendered for one row as HTML (the editor's live preview)", "documents",
       body=PreviewBody, responses={200: "{html, title}", 422: "the template failed: fields.line, fields.reason"})
def preview_document(principal: Principal, table_id: int, body: dict) -> Any:
    # The template editor's preview renders any HTML given: it is for those who may write templates.
    base_id, _ = table_access(principal, table_id, "editor")
    fake = type("Doc", (), {"id": None, "base_id": base_id, "table_id": table_id, "name": "", "options": {}})()
    from server.documents.actions import DocumentOptions

    try:
        options = DocumentOptions().load({k: v for k, v in body["options"].items() if k != "file_column_id"})
    except ValidationError as exc:
        found = flatten_messages(exc.messages, "options")
        raise invalid(next(iter(found)) + ": " + next(iter(found.values()))[0], found) from None
    try:
        with state().db.read() as conn:
            job = make.Job(conn, principal.user_id, fake, body["body"], options, body["params"])
            rec = job.record(body["row_id"])
            return {"html": job.page(rec), "title": job.title(rec)}
    except docs.TemplateError as exc:
        raise _template_failed(exc) from None
