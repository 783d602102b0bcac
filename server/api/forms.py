"""Public forms: the public side of a form view (server/views/form.py), opened by its share link.

A person without an account opens `/shared/{token}`; for a form view the web app asks
`GET /api/shared/{token}/form` (title, fields in order with their questions, help texts,
conditions and options, cover and logo) and sends `POST /api/shared/{token}/form/submit`.
Files and images are uploaded first (`POST /api/shared/{token}/form/files`) and named by id
in the submission; only files uploaded that way (no account, the last day) may be named.

A submission is the `insert_rows` action of the normal action path, recorded as the form's
owner (the view's creator) with client id `form:<view id>`: every permission of the owner
applies (a form is no way around table or column rights), everyone with the table open sees
the row arrive, and the owner may undo it from the activity log. Only the form's visible
fields are taken; a field whose condition does not hold is left out and is not required.
Submissions and uploads are rate-limited per address and per form (every attempt counts,
refused ones too: a flood of junk is what the limit is for).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from flask import request
from marshmallow import Schema, fields

from server.actions.apply import apply_action
from server.api.files import send_stored, store_upload
from server.api.routing import route
from server.api.sharing import _check_key, _open
from server.catalog import schema as cat
from server.columns.attachments import IMAGE_MIMES
from server.errors import ApiError, invalid, not_found, rate_limited, too_large
from server.state import state
from server.workers import setting

MAX_BODY_BYTES = 64 * 1024
FILE_TYPES = ("file", "image")
# Files a form may name: uploaded through a form (no account) this recently.
UPLOAD_MAX_AGE = dt.timedelta(days=1)


class SubmitBody(Schema):
    values = fields.Dict(keys=fields.String(), required=True,
                         metadata={"description": "answers by column name; files as lists of uploaded file ids"})


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _form(conn: sa.Connection, token: str) -> tuple[Any, Any]:
    """The form view behind a share link, and its table (404 for a link to another kind of view)."""
    link, view = _open(conn, token)
    _check_key(link)
    if view.type != "form":
        raise not_found("This link does not open a form.")
    table = state().schema_cache.get(conn, view.base_id).table(view.table_id)
    if table is None:
        raise not_found("This link does not exist or was withdrawn.")
    return view, table


def _fields(table: Any, settings: dict) -> list[tuple[dict, Any]]:
    """The form's fields whose columns are still there and writable (a deleted column leaves the form)."""
    out = []
    for spec in settings.get("fields") or []:
        col = table.column(spec["column_id"])
        if col is not None and col.phys is not None and not col.type_cls.read_only:
            out.append((spec, col))
    return out


def _options(col: Any) -> list[str] | None:
    return [o["name"] for o in col.options.get("options", [])] if "select" in col.type else None


@route("/shared/{token}/form", "GET", "A form view's public page: title, texts, fields in order (no log-in)",
       "forms", auth=False, responses={401: "the link has a password", 404: "no such form"})
def public_form(token: str) -> Any:
    with state().db.read() as conn:
        view, table = _form(conn, token)
    s = view.settings
    names = {c.id: c.name for _, c in _fields(table, s)}
    out = []
    for f, c in _fields(table, s):
        cond = f.get("condition")
        out.append({"key": c.name, "label": f.get("label") or c.name, "type": c.type, "required": f["required"],
                    "help": f.get("help", ""), "options": _options(c),
                    "condition": {"key": names[cond["column_id"]], "op": cond["op"], "value": cond.get("value")}
                    if cond and cond["column_id"] in names else None})
    base = f"/api/shared/{token}/form/images"
    return {"title": s.get("title") or view.name, "description": s.get("description", ""), "fields": out,
            "prefill": s.get("prefill", True), "after_submit": s.get("after_submit", "message"),
            "cover_url": f"{base}/cover" if s.get("cover_file") else None,
            "logo_url": f"{base}/logo" if s.get("logo_file") else None}


@route("/shared/{token}/form/images/{which}", "GET", "The form's cover or logo image (no log-in)", "forms",
       auth=False)
def form_image(token: str, which: str) -> Any:
    if which not in ("cover", "logo"):
        raise not_found("No such image.")
    with state().db.read() as conn:
        view, _ = _form(conn, token)
        fid = view.settings.get(f"{which}_file")
        rec = conn.execute(sa.select(cat.files).where(cat.files.c.id == fid, cat.files.c.base_id == view.base_id)
                           ).first() if fid else None
    # Only images: a cover setting cannot turn the link into a download of any file of the base.
    if rec is None or rec.mime not in IMAGE_MIMES or rec.mime == "image/svg+xml":
        raise not_found("No such image.")
    return send_stored(rec)


def _rate_limit(conn: sa.Connection, who: str) -> None:
    la = cat.login_attempts
    ip = (request.remote_addr or "unknown")[:64]
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


@route("/shared/{token}/form/files", "POST", "Upload a file for a form's file or image field (no log-in)",
       "forms", auth=False, responses={201: "the stored file: name its id in the submission", 413: "too large",
                                       429: "too many uploads"})
def form_upload(token: str) -> Any:
    st = state()
    with st.db.write() as conn:
        view, table = _form(conn, token)
        if not any(c.type in FILE_TYPES for _, c in _fields(table, view.settings)):
            raise invalid("this form takes no files", {"file": ["not accepted"]})
        _rate_limit(conn, f"form-files:{view.id}")
    rec = store_upload(view.base_id, None)
    # Members' download URL means nothing to the person filling the form.
    return {k: rec[k] for k in ("id", "name", "size", "mime")}, 201


def _filled(value: Any) -> bool:
    return value not in (None, "", [], False)


def _holds(cond: dict, value: Any) -> bool:
    if cond["op"] == "filled":
        return _filled(value)
    want = cond.get("value")
    if isinstance(value, list):  # a multiple select equals a value when it holds it
        return any(str(v) == str(want) for v in value)
    if isinstance(value, bool) or isinstance(want, bool):
        return str(value).lower() == str(want).lower()
    return value is not None and str(value) == str(want)


def visible_fields(spec: list[tuple[dict, Any]], values: dict[str, Any]) -> list[tuple[dict, Any]]:
    """The fields shown for these answers (by column name): a field with a condition shows when
    the field it names is shown and its answer fits."""
    shown: dict[int, Any] = {}
    out = []
    for f, c in spec:
        cond = f.get("condition")
        if cond is not None and (cond["column_id"] not in shown or not _holds(cond, shown[cond["column_id"]])):
            continue
        shown[c.id] = values.get(c.name)
        out.append((f, c))
    return out


def _check_files(conn: sa.Connection, base_id: int, ids: list[Any]) -> bool:
    fl = cat.files
    wanted = [i.get("id") if isinstance(i, dict) else i for i in ids]
    if not all(isinstance(i, str) for i in wanted):
        return False
    found = conn.execute(sa.select(sa.func.count()).select_from(fl).where(
        fl.c.id.in_(wanted), fl.c.base_id == base_id, fl.c.created_by.is_(None),
        fl.c.created_at >= _now() - UPLOAD_MAX_AGE)).scalar_one()
    return found == len(set(wanted))


@route("/shared/{token}/form/submit", "POST", "Submit a form: adds one row as the form's owner (no log-in)",
       "forms", auth=False, body=SubmitBody,
       responses={201: "submitted", 413: "too large", 422: "missing or invalid answers (fields say which)",
                  429: "too many submissions"})
def submit(token: str, body: dict) -> Any:
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise too_large(f"a form submission is at most {MAX_BODY_BYTES // 1024} KB")
    st = state()
    with st.db.write() as conn:
        view, table = _form(conn, token)
        _rate_limit(conn, f"form:{view.id}")
    spec = _fields(table, view.settings)
    by_name = {c.name: (f, c) for f, c in spec}
    values = body["values"]
    errors: dict[str, list[str]] = {}
    for key in values:
        if key not in by_name:
            errors[f"values.{key}"] = ["not a field of this form"]
    cells: dict[str, Any] = {}
    with st.db.read() as conn:
        for f, c in visible_fields(spec, values):
            value = values.get(c.name)
            if f["required"] and not _filled(value):
                errors[f"values.{c.name}"] = ["required"]
            elif value is not None and c.type in FILE_TYPES and value != [] and (
                    not isinstance(value, list) or not _check_files(conn, view.base_id, value)):
                errors[f"values.{c.name}"] = ["upload the files through this form"]
            elif c.name in values:
                cells[c.key] = value
    if errors:
        first, msgs = next(iter(errors.items()))
        raise invalid(f"the form was not sent: {first}: {msgs[0]}", errors)
    try:
        res = apply_action(st.db, st.schema_cache, view.base_id, view.created_by,
                           {"type": "insert_rows", "table_id": table.id, "rows": [cells]},
                           client_id=f"form:{view.id}", files_dir=st.config.files_dir)
    except ApiError as exc:
        # Field errors come keyed by column key; the person filling the form sees names.
        names = {c.key: c.name for _, c in spec}
        fields_ = {}
        for k, v in (exc.fields or {}).items():
            if k == "violations":
                continue  # a column rule's refusal lists other rows: not for a public form
            col_key = k.split(".", 1)[1] if k.startswith("rows[0].") else k
            if k.startswith("rows."):  # rows.<row id>.<column id> (server.columns.constraints.check)
                col_key = k.rsplit(".", 1)[1]
            fields_[f"values.{names.get(col_key, col_key)}"] = v
        message = exc.message.replace("rows not added", "the form was not sent")
        if exc.code == "constraint":
            first, msgs = next(iter(fields_.items()), ("values", ["refused"]))
            message = f"the form was not sent: {first}: {msgs[0]}"
        raise ApiError(exc.status, exc.code, message, fields_) from None
    s = view.settings
    redirect = s.get("redirect_url") if s.get("after_submit") == "redirect" else None
    return {"ok": True, "message": s.get("success_message") or "", "redirect_url": redirect,
            "row_id": res.result["rows"][0]["_id"]}, 201
