"""Public forms: a form over a table (chosen columns, required fields, descriptions) that
anyone with its link can submit, adding one row.

Managed by editors who may add rows to the table and edit the form's columns (a form must not
be a way around table or column permissions). A submission is validated like any write —
the same `insert_rows` action, as a system action with client id `form:<id>` — plus the
form's own rules: only its columns, required ones filled, a small body. Submissions are
rate-limited per address and per form. File and image columns are not offered in public
forms (that would need anonymous uploads).
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

import sqlalchemy as sa
from flask import request
from marshmallow import Schema, fields, validate

from server.actions.apply import apply_action
from server.api.access import base_role, table_access
from server.api.routing import route
from server.auth.roles import at_least
from server.auth.service import Principal
from server.catalog import schema as cat
from server.errors import ApiError, forbidden, invalid, not_found, rate_limited, too_large
from server.notifications.notify import iso
from server.permissions import checks as permissions
from server.state import state
from server.workers import setting

MAX_BODY_BYTES = 64 * 1024
MAX_FIELDS = 100
NOT_IN_FORMS = ("file", "image")


class FieldSpec(Schema):
    column = fields.Raw(required=True, metadata={"description": "column id or name"})
    required = fields.Boolean(load_default=False)
    description = fields.String(load_default="", validate=validate.Length(max=2000))
    label = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200))


class FormBody(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    title = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=300))
    description = fields.String(load_default="", validate=validate.Length(max=5000))
    fields_ = fields.List(fields.Nested(FieldSpec), required=True, data_key="fields",
                          validate=validate.Length(min=1, max=MAX_FIELDS))
    success_message = fields.String(load_default="", validate=validate.Length(max=2000))
    active = fields.Boolean(load_default=True)


class FormPatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    title = fields.String(allow_none=True, validate=validate.Length(max=300))
    description = fields.String(validate=validate.Length(max=5000))
    fields_ = fields.List(fields.Nested(FieldSpec), data_key="fields", validate=validate.Length(min=1, max=MAX_FIELDS))
    success_message = fields.String(validate=validate.Length(max=2000))
    active = fields.Boolean()


class SubmitBody(Schema):
    values = fields.Dict(keys=fields.String(), required=True)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _fields(table: Any, specs: list[dict], principal: Principal, role: str, conn: sa.Connection) -> list[dict]:
    rules = permissions.load_rules(conn, table.id)
    out, seen = [], set()
    for i, f in enumerate(specs):
        col = table.resolve_key(str(f["column"]))
        path = f"fields[{i}].column"
        if col is None:
            raise invalid(f"{path}: no such column in {table.name!r}", {path: ["no such column"]})
        if col.type_cls.read_only or col.phys is None:
            raise invalid(f"{path}: the column {col.name!r} is read-only", {path: ["read-only column"]})
        if col.type in NOT_IN_FORMS:
            raise invalid(f"{path}: file and image columns cannot be in a public form", {path: ["not supported"]})
        if col.id in seen:
            raise invalid(f"{path}: the column {col.name!r} is in the form twice", {path: ["duplicate"]})
        if not permissions.allowed(rules.columns.get(col.id), principal.user_id, role):
            raise forbidden(f"You may not edit the column {col.name!r}, so you cannot put it in a form.")
        seen.add(col.id)
        out.append({"column_id": col.id, "required": f["required"], "description": f["description"],
                    "label": f.get("label")})
    return out


def _check_table_rights(conn: sa.Connection, table: Any, principal: Principal, role: str) -> None:
    rules = permissions.load_rules(conn, table.id)
    if not permissions.allowed(rules.table_ops.get("add"), principal.user_id, role):
        raise forbidden(f"You may not add rows to {table.name!r}, so you cannot make a form for it.")


def _json(r: Any) -> dict[str, Any]:
    root = setting("public_url", "") or request.host_url
    return {"id": r.id, "table_id": r.table_id, "name": r.name, "active": bool(r.active), **r.settings,
            "token": r.token, "url": f"{root.rstrip('/')}/form/{r.token}", "created_at": iso(r.created_at)}


def _manage(principal: Principal, form_id: int) -> tuple[Any, str]:
    if principal.via == "token":
        raise forbidden("API tokens cannot manage forms.")
    with state().db.read() as conn:
        row = conn.execute(sa.select(cat.forms).where(cat.forms.c.id == form_id)).first()
    if row is None:
        raise not_found("This form does not exist.")
    try:
        role = base_role(principal, row.base_id, "viewer")
    except ApiError as exc:
        if exc.status == 404:
            raise not_found("This form does not exist.") from None
        raise
    if not at_least(role, "editor"):
        raise forbidden("You need the editor role in this base to manage forms.")
    return row, role


@route("/tables/{table_id}/forms", "POST", "Make a public form over a table (editors)", "forms", body=FormBody,
       responses={201: "the form, with its public link"})
def create_form(principal: Principal, table_id: int, body: dict) -> Any:
    if principal.via == "token":
        raise forbidden("API tokens cannot manage forms.")
    base_id, role = table_access(principal, table_id, "editor")
    st = state()
    f = cat.forms
    with st.db.write() as conn:
        table = st.schema_cache.get(conn, base_id).table(table_id)
        if table is None:
            raise not_found("This table does not exist.")
        _check_table_rights(conn, table, principal, role)
        settings = {"title": body.get("title") or body["name"], "description": body["description"],
                    "fields": _fields(table, body["fields_"], principal, role, conn),
                    "success_message": body["success_message"]}
        fid = conn.execute(sa.insert(f).values(base_id=base_id, table_id=table_id, token=secrets.token_urlsafe(24),
                                               name=body["name"].strip(), settings=settings, active=body["active"],
                                               created_by=principal.user_id, created_at=_now())
                           .returning(f.c.id)).scalar_one()
        row = conn.execute(sa.select(f).where(f.c.id == fid)).one()
    return {"form": _json(row)}, 201


@route("/tables/{table_id}/forms", "GET", "The table's forms (editors)", "forms")
def list_forms(principal: Principal, table_id: int) -> Any:
    table_access(principal, table_id, "editor")
    f = cat.forms
    with state().db.read() as conn:
        rows = conn.execute(sa.select(f).where(f.c.table_id == table_id).order_by(f.c.id)).all()
    return {"forms": [_json(r) for r in rows]}


@route("/forms/{form_id}", "PATCH", "Change a form (editors)", "forms", body=FormPatch)
def patch_form(principal: Principal, form_id: int, body: dict) -> Any:
    row, role = _manage(principal, form_id)
    st = state()
    f = cat.forms
    with st.db.write() as conn:
        table = st.schema_cache.get(conn, row.base_id).table(row.table_id)
        if table is None:
            raise not_found("This form's table was deleted.")
        _check_table_rights(conn, table, principal, role)
        settings = dict(row.settings)
        for k in ("title", "description", "success_message"):
            if k in body:
                settings[k] = body[k] if body[k] is not None else (body.get("name") or row.name)
        if "fields_" in body:
            settings["fields"] = _fields(table, body["fields_"], principal, role, conn)
        values: dict[str, Any] = {"settings": settings}
        for k in ("name", "active"):
            if k in body:
                values[k] = body[k]
        conn.execute(sa.update(f).where(f.c.id == row.id).values(**values))
        out = conn.execute(sa.select(f).where(f.c.id == row.id)).one()
    return {"form": _json(out)}


@route("/forms/{form_id}", "DELETE", "Delete a form (its link stops working)", "forms")
def delete_form(principal: Principal, form_id: int) -> Any:
    row, _ = _manage(principal, form_id)
    with state().db.write() as conn:
        conn.execute(sa.delete(cat.forms).where(cat.forms.c.id == row.id))
    return {"ok": True}


# -- the public side ----------------------------------------------------------------------------
def _open(conn: sa.Connection, token: str) -> tuple[Any, Any]:
    f, t, b = cat.forms, cat.tables, cat.bases
    row = conn.execute(sa.select(f).join(t, t.c.id == f.c.table_id).join(b, b.c.id == f.c.base_id)
                       .where(f.c.token == token, t.c.deleted_at.is_(None), b.c.deleted_at.is_(None))).first()
    if row is None or not row.active:
        raise not_found("This form does not exist or is closed.")
    table = state().schema_cache.get(conn, row.base_id).table(row.table_id)
    if table is None:
        raise not_found("This form does not exist or is closed.")
    return row, table


def _public_fields(table: Any, settings: dict) -> list[tuple[dict, Any]]:
    """The form's fields whose columns still exist (a deleted column leaves the form)."""
    out = []
    for fspec in settings.get("fields", []):
        col = table.column(fspec["column_id"])
        if col is not None and col.phys is not None and not col.type_cls.read_only:
            out.append((fspec, col))
    return out


@route("/forms/public/{token}", "GET", "A public form: title, description and fields (no log-in)", "forms",
       auth=False)
def public_form(token: str) -> Any:
    with state().db.read() as conn:
        row, table = _open(conn, token)
    s = row.settings
    return {"title": s.get("title") or row.name, "description": s.get("description", ""), "fields": [
        {"key": c.name, "label": f.get("label") or c.name, "type": c.type, "required": f["required"],
         "description": f.get("description", ""),
         "options": [o["name"] for o in c.options.get("options", [])] if "select" in c.type else None}
        for f, c in _public_fields(table, s)]}


def _rate_limit(conn: sa.Connection, form_id: int) -> None:
    la = cat.login_attempts
    ip = (request.remote_addr or "unknown")[:64]
    who = f"form:{form_id}"
    now = _now()
    per_ip = int(setting("form_submissions_per_minute", 10))
    per_form = int(setting("form_submissions_per_hour", 1000))
    n_ip = conn.execute(sa.select(sa.func.count()).select_from(la).where(
        la.c.email == who, la.c.ip == ip, la.c.at >= now - dt.timedelta(minutes=1))).scalar_one()
    n_form = conn.execute(sa.select(sa.func.count()).select_from(la).where(
        la.c.email == who, la.c.at >= now - dt.timedelta(hours=1))).scalar_one()
    if n_ip >= per_ip or n_form >= per_form:
        raise rate_limited("Too many submissions; try again in a minute.")
    conn.execute(sa.insert(la).values(email=who, ip=ip, at=now, ok=True))


@route("/forms/public/{token}/submit", "POST", "Submit a public form: adds one row (no log-in)", "forms",
       auth=False, body=SubmitBody, responses={201: "submitted", 413: "too large", 422: "missing or invalid values",
                                               429: "too many submissions"})
def submit(token: str, body: dict) -> Any:
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise too_large(f"a form submission is at most {MAX_BODY_BYTES // 1024} KB")
    st = state()
    with st.db.write() as conn:
        row, table = _open(conn, token)
        # Every attempt counts, refused ones too: a flood of junk is what the limit is for.
        _rate_limit(conn, row.id)
    spec = _public_fields(table, row.settings)
    by_key = {}
    for f, c in spec:
        by_key[c.name] = (f, c)
        by_key[c.key] = (f, c)
    values = body["values"]
    errors: dict[str, list[str]] = {}
    cells: dict[str, Any] = {}
    for key, value in values.items():
        if key not in by_key:
            errors[f"values.{key}"] = ["not a field of this form"]
            continue
        cells[by_key[key][1].key] = value
    for f, c in spec:
        if f["required"] and cells.get(c.key) in (None, "", []):
            errors[f"values.{c.name}"] = ["required"]
    if errors:
        first, msgs = next(iter(errors.items()))
        raise invalid(f"the form was not sent: {first}: {msgs[0]}", errors)
    try:
        res = apply_action(st.db, st.schema_cache, row.base_id, None,
                           {"type": "insert_rows", "table_id": table.id, "rows": [cells]},
                           client_id=f"form:{row.id}", files_dir=st.config.files_dir)
    except ApiError as exc:
        # Field errors come keyed by column id; the person filling the form sees names.
        names = {c.key: c.name for _, c in spec}
        fields_ = {}
        for k, v in (exc.fields or {}).items():
            col_key = k.split(".", 1)[1] if k.startswith("rows[0].") else k
            fields_[f"values.{names.get(col_key, col_key)}"] = v
        raise ApiError(exc.status, exc.code, exc.message.replace("rows not added", "the form was not sent"),
                       fields_) from None
    return {"ok": True, "message": row.settings.get("success_message") or "", "row_id": res.result["rows"][0]["_id"]}, 201
