"""Import and export endpoints.

Import is a small conversation: upload (→ preview with detected types), start with the
user's mapping (→ a background import, one action), poll progress, cancel. Export streams a
table or a view as CSV or XLSX (or prints it as a PDF, as does one row), and a whole base as a backup file that imports back into a
new base.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from flask import Response, current_app, request, stream_with_context
from marshmallow import Schema, fields, validate
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge

from server.api.access import base_role, client_id, table_access
from server.api.routing import json_body, route
from server.auth.service import Principal
from server.bases.create import create_base
from server.catalog import schema as cat
from server.errors import forbidden, invalid, not_found, too_large
from server.io import export, pdf, service
from server.io.formats import RegisteredFormat, get_import_format, import_formats, resolve_format
from server.io.writers import csv_chunks, write_xlsx
from server.query import access
from server.state import state
from server.views.reading import value_context


class ExportQuery(Schema):
    format = fields.String(load_default="xlsx", validate=validate.OneOf(["xlsx", "csv", "pdf"]))
    orientation = fields.String(load_default="auto", validate=validate.OneOf(pdf.ORIENTATIONS), metadata={
        "description": "PDF only: A4 portrait, landscape, or auto (landscape when the columns are too wide)"})


class RowPdfQuery(Schema):
    comments = fields.Boolean(load_default=False, metadata={"description": "print the row's comments too"})


class TableExportQuery(ExportQuery):
    settings = fields.String(load_default=None, metadata={
        "description": "JSON view settings not saved as a view (\"All rows\" with changes): export the rows, "
                       "columns and order they show; checked like a view's (422 names the field)"})


class PreviewBody(Schema):
    encoding = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=40))
    delimiter = fields.String(load_default=None, allow_none=True, validate=validate.Length(equal=1))
    format = fields.String(load_default=None, allow_none=True, validate=RegisteredFormat(),
                            metadata={"description": "an import format id from GET /api/import-formats "
                                                     "(default: detected from the file)"})
    sheets = fields.List(fields.String(), load_default=None, allow_none=True)
    day_first = fields.Boolean(load_default=None, allow_none=True)


class StartBody(Schema):
    mode = fields.String(load_default="new_table", validate=validate.OneOf(service.MODES),
                         metadata={"description": "new_table, new_base (one table per sheet), append, update"})
    base_name = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200))
    name = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200))
    table_id = fields.Integer(load_default=None, allow_none=True)
    key_columns = fields.List(fields.Raw(), load_default=None, allow_none=True)
    columns = fields.List(fields.Dict(), load_default=None, allow_none=True,
                          metadata={"description": "[{source, name, type, options, skip, day_first, target}]"})
    constants = fields.List(fields.Raw(), load_default=None, allow_none=True,
                            metadata={"description": "append/update: [{target, value}], a value every imported "
                                                     "row gets in a column the file does not have"})
    tables = fields.List(fields.Dict(), load_default=None, allow_none=True,
                         metadata={"description": "per sheet: {sheet, name, table_id, key_columns, columns, "
                                                  "constants, unmatched_links}"})
    unmatched_links = fields.String(load_default="fail", validate=validate.OneOf(service.UNMATCHED_LINKS),
                                    metadata={"description": "link cells naming no row of the linked table: fail "
                                                             "(nothing is imported), skip (left out, reported) or "
                                                             "create (a row of that name is added to the linked "
                                                             "table)"})
    client_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=64),
                              metadata={"description": "the client the import is logged for (its undo); "
                                                       "default: the X-Tablo-Client header"})


def init_app(app: Any) -> None:
    """At startup: imports whose server process died (a crash, kill -9) are recorded as failed."""
    service.fail_lost_jobs(app.extensions["tablo"].db)


# Room for the multipart framing and the option fields around the file itself.
FORM_OVERHEAD_BYTES = 1024 * 1024


def _import_upload(what: str) -> FileStorage:
    """The multipart field 'file' of an import (or backup) upload, allowed up to TABLO_MAX_IMPORT_BYTES.

    The app-wide MAX_CONTENT_LENGTH is the attachment limit; imports raise it for their own request
    before the body is parsed. Werkzeug spools the file to the data folder (app.UploadRequest) and
    service.stage copies it in chunks, so neither holds the file in memory.
    """
    limit = state().config.max_import_bytes
    if (request.content_length or 0) > limit + FORM_OVERHEAD_BYTES:
        raise too_large(service.import_limit_message(limit))  # told by the header: nothing is read
    request.max_content_length = limit + FORM_OVERHEAD_BYTES
    try:
        f = request.files.get("file")
    except RequestEntityTooLarge:  # a chunked body (no Content-Length) is cut while it is parsed
        raise too_large(service.import_limit_message(limit)) from None
    if f is None or not f.filename:
        raise invalid(f"send the {what} as multipart form field 'file'", {"file": ["required"]})
    return f


def _no_token(principal: Principal) -> None:
    # A token's scope is the data of one base; a new-base import is outside it (uploading,
    # starting and cancelling alike).
    if principal.via == "token":
        raise forbidden("API tokens are for one base; create bases in the app.")


def _form_options() -> dict[str, Any]:
    raw = {k: v for k, v in request.form.items() if v != ""}
    if "sheets" in raw:
        raw["sheets"] = [s for s in raw["sheets"].split(",") if s]
    from server.api.routing import load_schema

    return load_schema(PreviewBody, raw, "invalid import option")


@route("/import-formats", "GET", "Formats an import can read", "io")
def import_formats_view(principal: Principal) -> Any:
    """Every registered import format (server/plugins.py), in registration order: its id, its label
    in every interface language, the file name endings it is for, whether it names its columns
    in the base's language and whether it matches rows to the base's customers."""
    return {"formats": [f.to_json() for f in import_formats()]}


@route("/bases/{base_id}/imports", "POST", "Upload a file to import (multipart 'file'); answers a preview", "io",
       responses={201: "preview: sheets, detected column types, first rows, warnings",
                  413: "larger than the import limit", 422: "not a readable CSV/TSV/XLSX/1C file"})
def upload_import(principal: Principal, base_id: int) -> Any:
    """Form fields besides `file` (all optional): format, encoding, delimiter, sheets (comma-separated), day_first."""
    base_role(principal, base_id, "editor")
    f = _import_upload("file")
    opts = _form_options()
    st = state()
    job = service.stage(st.config, base_id, principal.user_id, f.stream, f.filename)
    try:
        service.open_job(job, st.config, fmt=opts["format"], encoding=opts["encoding"],
                         delimiter=opts["delimiter"], sheets=opts["sheets"], day_first=opts["day_first"],
                         customers=_customers(base_id, job, opts["format"]),
                         language=_language(principal, base_id, job, opts["format"]))
        service.save_job(st.db, job)
    except Exception:
        service.discard(job)
        raise
    return service.preview(job), 201


@route("/bases/{base_id}/imports/{import_key}/preview", "POST",
       "Read the uploaded file again with another encoding, delimiter, format, sheets or date order", "io",
       body=PreviewBody)
def repreview_import(principal: Principal, base_id: int, import_key: str, body: dict) -> Any:
    base_role(principal, base_id, "editor")
    job = _job(base_id, import_key)
    if job.status != "ready":
        raise invalid("this import has already started", {"import_id": ["started"]})
    service.open_job(job, state().config, fmt=body["format"], encoding=body["encoding"],
                     delimiter=body["delimiter"], sheets=body["sheets"], day_first=body["day_first"],
                     customers=_customers(base_id, job, body["format"]),
                     language=_language(principal, base_id, job, body["format"]))
    service.save_job(state().db, job)
    return service.preview(job)


def _job(base_id: int, import_key: str) -> service.ImportJob:
    """The import, held by this process or (another process took the upload) read from the table."""
    return service.find_job(state().db, import_key, base_id, lambda job: _reopen(job, base_id))


def _reopen(job: service.ImportJob, base_id: int, language: str | None = None) -> None:
    """Read the job's file again with its recorded options (and another 1C `language` if given)."""
    o = job.options
    service.open_job(job, state().config, fmt=o.get("fmt"), encoding=o.get("encoding"), delimiter=o.get("delimiter"),
                     sheets=o.get("sheets"), day_first=o.get("day_first"),
                     customers=_customers(base_id, job, o.get("fmt")) if base_id else None,
                     language=language or o.get("language"))


def _customers(base_id: int, job: service.ImportJob, fmt: str | None) -> dict[str, str] | None:
    """What a format that `needs_customers` is given from the base (1C bank statements are matched
    to the base's customers by INN)."""
    reader = resolve_format(job.path, job.filename, fmt)
    if not reader.needs_customers:
        return None
    st = state()
    with st.db.read() as conn:
        return reader.customers(conn, st.schema_cache.get(conn, base_id))


def _language(principal: Principal, base_id: int, job: service.ImportJob, fmt: str | None) -> str | None:
    """The language of a `base_language` reader's column names and values (the 1C readers): that
    of the base's table that fits the file best (by column names), else the user's interface
    language (docs/import-export.md)."""
    reader = resolve_format(job.path, job.filename, fmt)
    if not reader.base_language:
        return None
    st = state()
    with st.db.read() as conn:
        locale = conn.execute(sa.select(cat.users.c.locale).where(cat.users.c.id == principal.user_id)).scalar()
        schema = st.schema_cache.get(conn, base_id) if base_id else None
    return reader.import_language(schema, fallback=locale)


def _speak_target(job: service.ImportJob, schema: Any, raw: dict, base_id: int) -> None:
    """Append/update from a 1C file: read it again in the language of the target table's columns,
    so its names match them and its values are the table's options."""
    reader = get_import_format(job.fmt)
    if not reader.base_language:
        return
    specs = raw.get("tables")
    spec = specs[0] if isinstance(specs, list) and specs and isinstance(specs[0], dict) else raw
    table_id = spec.get("table_id")
    table = schema.table(table_id) if isinstance(table_id, int) and not isinstance(table_id, bool) else None
    if table is None:
        return  # build_plans names the missing table
    language = reader.table_language([c.name for c in table.columns])
    if language is not None and language != job.options.get("language"):  # else: keep the preview's
        _reopen(job, base_id, language)


@route("/bases/{base_id}/imports/{import_key}", "POST",
       "Start the import with a mapping (types, names, skipped columns, target table); runs in the background",
       "io", body=StartBody, responses={202: "started; poll GET for progress"})
def start_import(principal: Principal, base_id: int, import_key: str, body: dict) -> Any:
    base_role(principal, base_id, "editor")
    job = _job(base_id, import_key)
    if job.status != "ready":
        raise invalid(f"this import is {job.status}", {"import_id": [job.status]})
    raw = {k: v for k, v in json_body().items() if v is not None} if request.data else {}
    if body["mode"] == "new_base":
        _no_token(principal)
    cid = _client(body)
    st = state()
    service.claim(st.db, job)
    target_base = base_id
    try:
        if body["mode"] == "new_base":
            name = body["base_name"] or os.path.splitext(job.filename)[0] or "Import"
            target_base = create_base(principal.user_id, name[:200], first_table=False)
        with st.db.read() as conn:
            schema = st.schema_cache.get(conn, target_base)
        if body["mode"] in ("append", "update"):
            _speak_target(job, schema, raw, base_id)
        plans = service.build_plans(job, schema, raw)
    except Exception:
        service.release(st.db, job)
        if target_base != base_id:
            _drop_empty_base(target_base)
        raise
    service.start_background(current_app._get_current_object(), job, plans, target_base, cid)
    return {**job.to_json(), "base_id": target_base}, 202


def _client(body: dict) -> str | None:
    """The starting client's id (body or X-Tablo-Client), checked before the job is claimed."""
    cid = client_id(body)
    if cid is not None and len(cid) > 64:
        raise invalid("client_id (or the X-Tablo-Client header) must be at most 64 characters",
                      {"client_id": ["at most 64 characters"]})
    return cid


def _drop_empty_base(base_id: int) -> None:
    with state().db.write() as conn:
        conn.execute(sa.delete(cat.bases).where(cat.bases.c.id == base_id))


@route("/bases/{base_id}/imports/{import_key}", "GET", "An import's status and progress (rows done / total)", "io")
def import_status(principal: Principal, base_id: int, import_key: str) -> Any:
    base_role(principal, base_id, "editor")
    return _job(base_id, import_key).to_json()


@route("/bases/{base_id}/imports/{import_key}", "DELETE", "Cancel an import (nothing is changed) or discard it",
       "io")
def cancel_import(principal: Principal, base_id: int, import_key: str) -> Any:
    base_role(principal, base_id, "editor")
    job = _job(base_id, import_key)
    service.cancel(job, state().db)
    if job.status in ("done", "failed", "cancelled"):
        service.forget(state().db, job)
    return job.to_json()


# -- import into a new base (from Home: no base to upload into yet) -----------------------------
def _own_job(principal: Principal, import_key: str) -> service.ImportJob:
    job = _job(0, import_key)
    if job.user_id != principal.user_id:
        raise not_found("This import does not exist (or expired).")
    _no_token(principal)  # after the 404: another's import stays unseen
    return job


@route("/imports", "POST", "Upload a file to import into a new base (multipart 'file'); answers a preview", "io",
       responses={201: "preview, as for an import into a base", 413: "larger than the import limit",
                  422: "not a readable CSV/TSV/XLSX/1C file"})
def upload_import_new_base(principal: Principal) -> Any:
    """The same conversation as /bases/{base_id}/imports; starting it always creates a new base."""
    _no_token(principal)
    f = _import_upload("file")
    opts = _form_options()
    st = state()
    job = service.stage(st.config, 0, principal.user_id, f.stream, f.filename)
    try:
        service.open_job(job, st.config, fmt=opts["format"], encoding=opts["encoding"],
                         delimiter=opts["delimiter"], sheets=opts["sheets"], day_first=opts["day_first"],
                         language=_language(principal, 0, job, opts["format"]))
        service.save_job(st.db, job)
    except Exception:
        service.discard(job)
        raise
    return service.preview(job), 201


@route("/imports/{import_key}/preview", "POST", "Read a new-base import's file again with other options", "io",
       body=PreviewBody)
def repreview_import_new_base(principal: Principal, import_key: str, body: dict) -> Any:
    job = _own_job(principal, import_key)
    if job.status != "ready":
        raise invalid("this import has already started", {"import_id": ["started"]})
    service.open_job(job, state().config, fmt=body["format"], encoding=body["encoding"],
                     delimiter=body["delimiter"], sheets=body["sheets"], day_first=body["day_first"],
                     language=_language(principal, 0, job, body["format"]))
    service.save_job(state().db, job)
    return service.preview(job)


@route("/imports/{import_key}", "POST", "Start a new-base import (mode is always new_base)", "io", body=StartBody,
       responses={202: "started; poll GET for progress"})
def start_import_new_base(principal: Principal, import_key: str, body: dict) -> Any:
    job = _own_job(principal, import_key)
    if job.status != "ready":
        raise invalid(f"this import is {job.status}", {"import_id": [job.status]})
    if body["mode"] != "new_base":
        raise invalid("an import without a base creates a new base: mode must be new_base", {"mode": ["new_base"]})
    raw = {k: v for k, v in json_body().items() if v is not None} if request.data else {}
    cid = _client(body)
    st = state()
    service.claim(st.db, job)
    name = body["base_name"] or os.path.splitext(job.filename)[0] or "Import"
    try:
        target_base = create_base(principal.user_id, name[:200], first_table=False)
    except Exception:
        service.release(st.db, job)
        raise
    try:
        with st.db.read() as conn:
            schema = st.schema_cache.get(conn, target_base)
        plans = service.build_plans(job, schema, raw)
    except Exception:
        service.release(st.db, job)
        _drop_empty_base(target_base)
        raise
    service.start_background(current_app._get_current_object(), job, plans, target_base, cid)
    return {**job.to_json(), "base_id": target_base}, 202


@route("/imports/{import_key}", "GET", "A new-base import's status and progress", "io")
def import_status_new_base(principal: Principal, import_key: str) -> Any:
    return _own_job(principal, import_key).to_json()


@route("/imports/{import_key}", "DELETE", "Cancel or discard a new-base import", "io")
def cancel_import_new_base(principal: Principal, import_key: str) -> Any:
    job = _own_job(principal, import_key)
    service.cancel(job, state().db)
    if job.status in ("done", "failed", "cancelled"):
        service.forget(state().db, job)
    return job.to_json()


# -- export -----------------------------------------------------------------------------------
def _attachment(name: str, ext: str) -> str:
    safe = "".join(ch for ch in name if ch not in '\\/:*?"<>|\r\n').strip() or "export"
    ascii_name = safe.encode("ascii", "ignore").decode() or "export"
    return f"attachment; filename=\"{ascii_name}.{ext}\"; filename*=UTF-8''{quote(safe)}.{ext}"


def _stream_export(base_id: int, fmt: str, make_spec: Any) -> Response:
    st = state()
    if fmt == "csv":
        with st.db.read() as conn:
            title = make_spec(conn).title

        reader = access.current()  # the rows stream after the route returned: same reader

        def generate() -> Iterator[bytes]:
            with access.resumed(reader), st.db.read() as conn:
                spec = make_spec(conn)
                vctx = value_context(conn, base_id)
                yield from csv_chunks(export.header(spec), export.csv_rows(conn, spec, vctx))

        resp = Response(stream_with_context(generate()), mimetype="text/csv; charset=utf-8")
        resp.headers["Content-Disposition"] = _attachment(title, "csv")
        return resp
    fd, path = tempfile.mkstemp(suffix=".xlsx", dir=st.config.data_dir)
    os.close(fd)
    try:
        with st.db.read() as conn:
            spec = make_spec(conn)
            vctx = value_context(conn, base_id)
            write_xlsx(path, [(spec.title, export.header(spec), export.xlsx_rows(conn, spec, vctx))])
    except BaseException:
        os.unlink(path)
        raise
    return _file_response(path, spec.title, "xlsx",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def _file_response(path: str, title: str, ext: str, mime: str) -> Response:
    def stream() -> Iterator[bytes]:
        try:
            with open(path, "rb") as f:
                while chunk := f.read(1 << 20):
                    yield chunk
        finally:
            os.unlink(path)

    resp = Response(stream(), mimetype=mime)
    resp.headers["Content-Disposition"] = _attachment(title, ext)
    resp.headers["Content-Length"] = str(os.path.getsize(path))
    return resp


@route("/tables/{table_id}/export", "GET",
       "The table as XLSX, CSV or PDF (all columns, row order; or as its unsaved `settings` show it)", "io",
       query=TableExportQuery)
def export_table(principal: Principal, table_id: int, query: dict) -> Any:
    base_id, _ = table_access(principal, table_id)

    def make_spec(conn: sa.Connection) -> export.ExportSpec:
        table = state().schema_cache.get(conn, base_id).table(table_id)
        if table is None:
            raise not_found("This table does not exist.")
        if not query.get("settings"):
            return export.table_spec(table)
        from server.views.reading import compile_for

        cv = compile_for(conn, principal, base_id, table_id, None, {"settings": query["settings"]}, unsaved=True)
        return export.view_spec(table, {"name": table.name, "settings": cv.settings}, cv.fctx)

    if query["format"] == "pdf":
        from server.api.views import compile_for

        def compile_table(conn: sa.Connection) -> tuple[Any, str]:
            settings = {"settings": query["settings"]} if query.get("settings") else {}
            cv = compile_for(conn, principal, base_id, table_id, None, settings, unsaved=True)
            return cv, cv.table.name

        return _pdf_export(principal, base_id, query["orientation"], compile_table)
    return _stream_export(base_id, query["format"], make_spec)


@route("/views/{view_id}/export", "GET",
       "A view as XLSX, CSV or PDF: its visible columns in order, filters, sorts (PDF: groups, footer, colours)",
       "io", query=ExportQuery)
def export_view(principal: Principal, view_id: int, query: dict) -> Any:
    st = state()
    with st.db.read() as conn:
        row = conn.execute(sa.select(cat.views, cat.tables.c.base_id)
                           .join(cat.tables, cat.tables.c.id == cat.views.c.table_id)
                           .where(cat.views.c.id == view_id, cat.views.c.deleted_at.is_(None),
                                  cat.tables.c.deleted_at.is_(None))).first()
    if row is None or (row.private_to is not None and row.private_to != principal.user_id):
        raise not_found("This view does not exist.")
    try:
        base_role(principal, row.base_id)
    except Exception as exc:
        if getattr(exc, "status", None) == 404:
            raise not_found("This view does not exist.") from None
        raise
    view = {"id": row.id, "name": row.name, "settings": row.settings or {}, "table_id": row.table_id}

    def make_spec(conn: sa.Connection) -> export.ExportSpec:
        from server.views.reading import filter_context

        table = st.schema_cache.get(conn, row.base_id).table(row.table_id)
        if table is None:
            raise not_found("This view does not exist.")
        return export.view_spec(table, view, filter_context(conn, principal, row.base_id))

    if query["format"] == "pdf":
        from server.api.views import compile_for

        def compile_view(conn: sa.Connection) -> tuple[Any, str]:
            # Lenient, like the grid: settings naming a deleted column are skipped.
            return compile_for(conn, principal, row.base_id, row.table_id, row.settings, {}), row.name

        return _pdf_export(principal, row.base_id, query["orientation"], compile_view)
    return _stream_export(row.base_id, query["format"], make_spec)


# -- print: PDF of a view or one row ------------------------------------------------------------
def _page_context(conn: sa.Connection, principal: Principal, base_id: int) -> tuple[pdf.PageContext, str]:
    """The reader's language and time zone, the base's members, and the base's name."""
    user = conn.execute(sa.select(cat.users.c.locale, cat.users.c.timezone)
                        .where(cat.users.c.id == principal.user_id)).first()
    base_name = conn.execute(sa.select(cat.bases.c.name).where(cat.bases.c.id == base_id)).scalar() or ""
    ctx = pdf.PageContext(user.locale if user else "en", user.timezone if user else "UTC", value_context(conn, base_id))
    return ctx, base_name


def _pdf_response(body: bytes, title: str) -> Response:
    resp = Response(body, mimetype="application/pdf")
    resp.headers["Content-Disposition"] = _attachment(title, "pdf")
    return resp


def _pdf_export(principal: Principal, base_id: int, orientation: str, compile_: Any) -> Response:
    """The HTML is built inside one read transaction; WeasyPrint renders it after it closes."""
    from server.query.paging import count

    with state().db.read() as conn:
        cv, title = compile_(conn)
        n = count(conn, cv)
        if n > pdf.MAX_ROWS:
            raise invalid(f"a PDF holds at most {pdf.MAX_ROWS:,} rows; this view has {n:,}: filter it first",
                          {"format": [f"too many rows for a PDF (more than {pdf.MAX_ROWS})"]})
        columns = export.visible_columns(cv.table, cv.settings)
        ctx, base_name = _page_context(conn, principal, base_id)
        page = pdf.view_html(conn, cv, columns, ctx, base_name=base_name, title=title, count=n,
                             orientation=pdf.fit_orientation(columns, cv.settings, orientation))
    return _pdf_response(pdf.render(page), title)


@route("/tables/{table_id}/rows/{row_id}/pdf", "GET",
       "One row printed as a PDF page: every field, linked rows as small tables, optionally its comments", "io",
       query=RowPdfQuery, responses={200: "application/pdf", 404: "no such row, or not yours to read"})
def row_pdf(principal: Principal, table_id: int, row_id: str, query: dict) -> Any:
    from server.actions.handlers.rows import read_rows_by_id

    base_id, _ = table_access(principal, table_id)
    with state().db.read() as conn:
        table = state().schema_cache.get(conn, base_id).table(table_id)
        if table is None:
            raise not_found("This table does not exist.")
        ctx, base_name = _page_context(conn, principal, base_id)
        rows = read_rows_by_id(conn, table, [row_id], ctx.vctx)
        if not rows:
            raise not_found("This row does not exist.")
        page = pdf.row_html(conn, table, rows[0], ctx, base_name=base_name, comments=query["comments"])
    primary = table.primary
    name = ctx.fmt(primary)(rows[0].get(primary.key)) if primary is not None else ""
    return _pdf_response(pdf.render(page), name or table.name)


# -- whole-base backup ------------------------------------------------------------------------
@route("/bases/{base_id}/export", "GET", "The whole base as one backup file (schema, views, rows, files)", "io")
def export_base(principal: Principal, base_id: int) -> Any:
    from server.io import backup

    base_role(principal, base_id)
    st = state()
    fd, path = tempfile.mkstemp(suffix=".tablo", dir=st.config.data_dir)
    os.close(fd)
    try:
        name = backup.export_base(st, base_id, path)
    except BaseException:
        os.unlink(path)
        raise
    return _file_response(path, name, "tablo", "application/zip")


@route("/bases/import", "POST", "Create a new base from a backup file (multipart 'file')", "io",
       responses={201: "{base_id, missing_files: attachments whose contents were not in the file (name, size, "
                       "rows), switched_off: {automations, webhooks} restored switched off}",
                  413: "larger than the import limit (TABLO_MAX_IMPORT_BYTES)",
                  422: "not a Tablo backup file, or a damaged one"})
def import_base(principal: Principal) -> Any:
    from server.io import backup

    _no_token(principal)
    f = _import_upload("backup")
    st = state()
    job = service.stage(st.config, 0, principal.user_id, f.stream, f.filename)
    try:
        restored = backup.import_base(st, principal.user_id, job.path, request.form.get("name") or None)
    finally:
        service.discard(job)
    return restored, 201
