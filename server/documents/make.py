"""Making documents outside a request too: the values a template sees for a row of a table
(`Job`), the render-time parameters, and keeping a PDF as an attachment of a row. Used by the
API (server/api/documents.py) and by the automation action `send_document`."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import secrets
from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from server.catalog.model import TableMeta
from server.documents import render as docs
from server.documents.actions import company_details
from server.errors import invalid, not_found
from server.state import state
from server.views.reading import value_context


def params_of(options: dict, given: dict) -> dict[str, Any]:
    """The render-time values, typed by the template's declarations (undeclared keys refused)."""
    declared = {p["key"]: p for p in options.get("params") or []}
    out: dict[str, Any] = {}
    for key in given:
        if key not in declared:
            raise invalid(f"params.{key}: the template does not ask for it", {f"params.{key}": ["unknown"]})
    for key, p in declared.items():
        value = given.get(key, p.get("default"))
        if value is None or value == "":
            out[key] = None
            continue
        if p["type"] == "number":
            n = docs._number(value)
            if n is None:
                raise invalid(f"params.{key}: must be a number", {f"params.{key}": ["must be a number"]})
            out[key] = n
        elif p["type"] == "date":
            if isinstance(value, str) and value.startswith("$today"):
                # A default relative to the day of the render: $today, $today-30, $today+3.
                m = re.fullmatch(r"\$today([+-]\d{1,4})?", value)
                value = (dt.date.today() + dt.timedelta(days=int(m.group(1) or 0))).isoformat() if m else value
            if not isinstance(value, str) or len(value) != 10 or docs._as_date(value) is None:
                raise invalid(f"params.{key}: must be a date (YYYY-MM-DD)", {f"params.{key}": ["must be a date"]})
            out[key] = value
        else:
            out[key] = str(value)[:1000]
    return out


class Job:
    """What one render needs, read in one transaction: the template, its table, the reader's
    language and zone (`user_id` None: the template's language, UTC)."""

    def __init__(self, conn: sa.Connection, user_id: int | None, doc: Any, body: str, options: dict,
                 given: dict) -> None:
        self.conn = conn
        self.doc = doc
        self.body = body
        self.options = options
        schema = state().schema_cache.get(conn, doc.base_id)
        table = schema.table(doc.table_id)
        if table is None:
            raise not_found("This table does not exist.")
        self.table: TableMeta = table
        user = None if user_id is None else conn.execute(
            sa.select(cat.users.c.locale, cat.users.c.timezone).where(cat.users.c.id == user_id)).first()
        locale = options.get("language") or (user.locale if user else "en")
        self.reader = docs.Reader(conn, value_context(conn, doc.base_id), locale, user.timezone if user else "UTC")
        base_name = conn.execute(sa.select(cat.bases.c.name).where(cat.bases.c.id == doc.base_id)).scalar() or ""
        today = dt.datetime.now(self.reader.tz).date().isoformat()
        self.common = {"today": today, "company": company_details(conn, doc.base_id) or {},
                       "params": params_of(options, given), "base": base_name, "table": table.name}

    def record(self, row_id: str, visible: set[int] | None = None) -> docs.Record:
        recs = self.reader.records(self.table, [row_id], visible)
        if not recs:
            raise not_found("This row does not exist.")
        return recs[0]

    def page(self, record: docs.Record) -> str:
        html = docs.render_html(self.body, {**self.common, "row": record}, self.reader.locale)
        return docs.page_css(self.options) + html

    def title(self, record: docs.Record) -> str:
        primary = self.table.primary
        shown = record.show(primary.name) if primary is not None else ""
        return f"{self.doc.name} {shown}".strip()


def file_name(title: str, ext: str) -> str:
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip()[:150] or "document"
    return f"{safe}.{ext}"


def store_file(base_id: int, user_id: int | None, name: str, data: bytes) -> str:
    """Keep the bytes as an attachment of the base (stored once per content hash, as uploads are)."""
    st = state()
    sha = hashlib.sha256(data).hexdigest()
    path = os.path.join(st.config.files_dir, sha[:2], sha)  # the layout of server/api/files.py
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{secrets.token_hex(4)}.tmp"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    file_id = secrets.token_urlsafe(16)
    with st.db.write() as conn:
        conn.execute(sa.insert(cat.files).values(id=file_id, base_id=base_id, sha256=sha, name=name[:300],
                                                 size=len(data), mime="application/pdf", created_by=user_id,
                                                 created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
    return file_id


def attach_update(doc: Any, row_id: str, name: str, data: bytes, user_id: int | None) -> dict[str, Any]:
    """The update_rows action that adds the PDF (named with the date) to the row's file column."""
    from server.actions.handlers.rows import read_rows_by_id

    col_id = (doc.options or {}).get("file_column_id")
    st = state()
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, doc.base_id).table(doc.table_id)
        col = table.column(col_id) if table is not None and col_id is not None else None
        if col is None or col.type != "file":
            raise invalid("the template has no file column to save into (options.file_column_id)",
                          {"save": ["no file column"]})
        rows = read_rows_by_id(conn, table, [row_id], value_context(conn, doc.base_id))
    existing = [f["id"] for f in (rows[0].get(col.key) or [])] if rows else []
    stamped = f"{name.removesuffix('.pdf')} {dt.date.today().isoformat()}.pdf"
    file_id = store_file(doc.base_id, user_id, stamped, data)
    return {"type": "update_rows", "table_id": table.id, "rows": [{"_id": row_id, str(col.id): [*existing, file_id]}]}


def row_pdf(doc: Any, row_id: str, params: dict, user_id: int | None = None) -> tuple[str, bytes]:
    """One row's document: (file name, PDF bytes). Raises TemplateError when the template fails."""
    with state().db.read() as conn:
        job = Job(conn, user_id, doc, doc.body, doc.options or {}, params)
        rec = job.record(row_id)
        title, page = job.title(rec), job.page(rec)
    return file_name(title, "pdf"), docs.to_pdf_documents([page])
