"""Document actions: add_document, modify_document, delete_document, restore_document (a table's
templates) and set_company_details (the base's), all undoable and live like charts."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, ValidationError, fields, validate

from server.actions.context import ActionContext
from server.actions.handlers.tables import check_name
from server.actions.registry import Done, action_handler
from server.actions.schemas import ActionPayload, Id, Position, TableRef
from server.catalog import schema as cat
from server.errors import flatten_messages, invalid, not_found

MAX_BODY = 200_000  # characters of HTML: a letter is a few KB, an act with its loops a few more
PARAM_TYPES = ("number", "date", "text")
COMPANY_FIELDS = ("name", "inn", "kpp", "ogrn", "address", "bank", "bik", "account", "corr_account", "phone",
                  "email", "signatory", "signatory_title")


class Param(Schema):
    """A value asked when the document is made (a rate, a period's start)."""
    key = fields.String(required=True, validate=validate.Regexp(r"^[a-z][a-z0-9_]{0,39}$"))
    type = fields.String(required=True, validate=validate.OneOf(PARAM_TYPES))
    label = fields.String(load_default="", validate=validate.Length(max=200))
    default = fields.Raw(load_default=None, allow_none=True)


class DocumentOptions(Schema):
    """Output options of a template (docs/documents.md)."""
    file_column_id = Id(load_default=None, allow_none=True,
                        metadata={"description": "a file column of the table a render may save into"})
    page_size = fields.String(load_default="A4", validate=validate.OneOf(["A4", "A5", "Letter"]))
    orientation = fields.String(load_default="portrait", validate=validate.OneOf(["portrait", "landscape"]))
    language = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(["en", "ru"]),
                             metadata={"description": "numbers and dates as in this language (default: the reader's)"})
    params = fields.List(fields.Nested(Param), load_default=list, validate=validate.Length(max=20))


class CompanyDetails(Schema):
    """The company a base speaks for in its documents; every field text, all optional."""


for _f in COMPANY_FIELDS:
    CompanyDetails._declared_fields[_f] = fields.String(validate=validate.Length(max=500))


def _invalid_from(exc: ValidationError, prefix: str) -> Exception:
    found = flatten_messages(exc.messages, prefix)
    key, msgs = next(iter(found.items()))
    return invalid(f"{key}: {msgs[0]}", found)


def check_body(body: Any) -> str:
    if not isinstance(body, str):
        raise invalid("body must be text (HTML)", {"body": ["must be text"]})
    if len(body) > MAX_BODY:
        raise invalid(f"body is limited to {MAX_BODY:,} characters", {"body": ["too long"]})
    return body


def check_options(ctx: ActionContext, table: Any, options: Any) -> dict:
    if not isinstance(options, dict):
        raise invalid("options must be an object", {"options": ["must be an object"]})
    try:
        loaded = DocumentOptions().load(options)
    except ValidationError as exc:
        raise _invalid_from(exc, "options") from exc
    keys = [p["key"] for p in loaded["params"]]
    if len(set(keys)) != len(keys):
        raise invalid("options.params: a key is given twice", {"options.params": ["keys must differ"]})
    col_id = loaded.get("file_column_id")
    if col_id is not None:
        col = table.column(col_id)
        if col is None or col.type != "file":
            raise invalid("options.file_column_id: not a file column of this table",
                          {"options.file_column_id": ["must be a file column of this table"]})
    return loaded


def _document(ctx: ActionContext, document_id: Any, deleted: bool = False) -> Any:
    if not isinstance(document_id, int) or isinstance(document_id, bool):
        raise invalid("document_id must be a document id", {"document_id": ["must be an integer"]})
    d = cat.documents
    row = ctx.conn.execute(sa.select(d).where(d.c.id == document_id, d.c.base_id == ctx.base_id)).first()
    if row is None or (row.deleted_at is not None) != deleted:
        raise not_found("This document template does not exist.")
    return row


def _touch(ctx: ActionContext, document_id: int) -> None:
    ctx.touch(f"document:{document_id}")  # type: ignore[arg-type]  # templates are their own scope


class DocumentRef(ActionPayload):
    document_id = Id(required=True)


class AddDocument(TableRef):
    """A new document template of a table: HTML with placeholders (docs/documents.md)."""
    name = fields.String(required=True)
    body = fields.String(required=True)
    options = fields.Dict(metadata={"description": "file_column_id, page_size, orientation, params"})


@action_handler("add_document", AddDocument)
def add_document(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    name = check_name(payload.get("name"))
    body = check_body(payload.get("body"))
    options = check_options(ctx, table, payload.get("options") or {})
    d = cat.documents
    pos = ctx.conn.execute(sa.select(sa.func.max(d.c.position)).where(d.c.table_id == table.id)).scalar() or 0
    doc_id = ctx.conn.execute(sa.insert(d).values(base_id=ctx.base_id, table_id=table.id, name=name, body=body,
                                                  options=options, position=pos + 1, created_by=ctx.user_id)
                              .returning(d.c.id)).scalar_one()
    _touch(ctx, doc_id)
    ctx.result["document_id"] = doc_id
    return Done({"type": "add_document", "document_id": doc_id, "table_id": table.id, "name": name, "body": body,
                 "options": options}, {"type": "delete_document", "document_id": doc_id, "purge": True})


class ModifyDocument(DocumentRef):
    """Rename a template, change its HTML or options, or move it."""
    name = fields.String()
    body = fields.String()
    options = fields.Dict()
    position = Position()


@action_handler("modify_document", ModifyDocument)
def modify_document(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    row = _document(ctx, payload.get("document_id"))
    changes: dict[str, Any] = {}
    old: dict[str, Any] = {}
    if "name" in payload:
        changes["name"], old["name"] = check_name(payload["name"]), row.name
    if "body" in payload:
        changes["body"], old["body"] = check_body(payload["body"]), row.body
    if "options" in payload:
        changes["options"] = check_options(ctx, ctx.table(row.table_id), payload["options"])
        old["options"] = row.options
    if "position" in payload:
        changes["position"], old["position"] = float(payload["position"]), row.position
    if not changes:
        raise invalid("nothing to change: give name, body, options or position", {"name": ["required"]})
    ctx.conn.execute(sa.update(cat.documents).where(cat.documents.c.id == row.id).values(**changes))
    _touch(ctx, row.id)
    return Done({"type": "modify_document", "document_id": row.id, **changes},
                {"type": "modify_document", "document_id": row.id, **old})


class DeleteDocument(DocumentRef):
    """Move a template to the trash (`purge`: remove it, the undo of add_document)."""
    purge = fields.Boolean(metadata={"description": "remove for good (what undoing add_document does)"})


@action_handler("delete_document", DeleteDocument)
def delete_document(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    row = _document(ctx, payload.get("document_id"))
    d = cat.documents
    if payload.get("purge"):
        if not ctx.trusted:
            raise invalid("purge is given only by undo and redo", {"purge": ["not allowed"]})
        # Undo of add_document: the row goes, so the base is exactly as before; redo adds it again.
        ctx.conn.execute(sa.delete(d).where(d.c.id == row.id))
        _touch(ctx, row.id)
        return Done({"type": "delete_document", "document_id": row.id, "purge": True},
                    {"type": "restore_document", "document_id": row.id, "row": _row_json(row)})
    ctx.conn.execute(sa.update(d).where(d.c.id == row.id).values(deleted_at=ctx.now))
    _touch(ctx, row.id)
    return Done({"type": "delete_document", "document_id": row.id},
                {"type": "restore_document", "document_id": row.id})


def _row_json(row: Any) -> dict[str, Any]:
    return {"table_id": row.table_id, "name": row.name, "body": row.body, "options": row.options,
            "position": row.position, "created_by": row.created_by}


class RestoreDocument(DocumentRef):
    """Bring a template back from the trash (`row`: put back one removed for good, by undo)."""
    row = fields.Dict(metadata={"description": "internal: the removed template, from the log"})


@action_handler("restore_document", RestoreDocument)
def restore_document(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    d = cat.documents
    saved = payload.get("row")
    if saved is not None:
        if not ctx.trusted:
            raise invalid("row is given only by undo and redo", {"row": ["not allowed"]})
        table = ctx.table(saved["table_id"])
        ctx.conn.execute(sa.insert(d).values(id=payload["document_id"], base_id=ctx.base_id, table_id=table.id,
                                             name=saved["name"], body=saved["body"], options=saved["options"],
                                             position=saved["position"], created_by=saved.get("created_by")))
        _touch(ctx, payload["document_id"])
        return Done({"type": "restore_document", "document_id": payload["document_id"], "row": saved},
                    {"type": "delete_document", "document_id": payload["document_id"], "purge": True})
    row = _document(ctx, payload.get("document_id"), deleted=True)
    ctx.conn.execute(sa.update(d).where(d.c.id == row.id).values(deleted_at=None))
    _touch(ctx, row.id)
    return Done({"type": "restore_document", "document_id": row.id},
                {"type": "delete_document", "document_id": row.id})


def check_details(details: Any) -> dict[str, str]:
    if not isinstance(details, dict):
        raise invalid("details must be an object", {"details": ["must be an object"]})
    try:
        loaded = CompanyDetails().load(details)
    except ValidationError as exc:
        raise _invalid_from(exc, "details") from exc
    return {k: v.strip() for k, v in loaded.items() if v and v.strip()}


def company_details(conn: sa.Connection, base_id: int) -> dict[str, str] | None:
    c = cat.company_details
    return conn.execute(sa.select(c.c.details).where(c.c.base_id == base_id)).scalar()


class SetCompanyDetails(ActionPayload):
    """Set the base's company details (null: clear them)."""
    details = fields.Dict(required=True, allow_none=True,
                          metadata={"description": "name, inn, kpp, ogrn, address, bank, bik, account, "
                                                   "corr_account, phone, email, signatory, signatory_title"})


@action_handler("set_company_details", SetCompanyDetails)
def set_company_details(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    details = None if payload.get("details") is None else check_details(payload["details"])
    old = company_details(ctx.conn, ctx.base_id)
    c = cat.company_details
    if old is not None:
        ctx.conn.execute(sa.delete(c).where(c.c.base_id == ctx.base_id))
    if details is not None:
        ctx.conn.execute(sa.insert(c).values(base_id=ctx.base_id, details=details))
    ctx.touch("company")  # type: ignore[arg-type]
    return Done({"type": "set_company_details", "details": details},
                {"type": "set_company_details", "details": old})
