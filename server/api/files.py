"""Attachments: upload to a base (stored once per content hash in the data folder), download
by members only."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
import secrets
import tempfile
from typing import Any

import sqlalchemy as sa
from flask import request, send_file

from server.api.access import base_role
from server.api.routing import route
from server.auth.service import Principal
from server.catalog import schema as cat
from server.errors import invalid, not_found, too_large
from server.state import state

# Types a browser would run as a page are served as downloads, never inline.
INLINE_SAFE = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "application/pdf", "text/plain"}


def _blob_path(sha: str) -> str:
    return os.path.join(state().config.files_dir, sha[:2], sha)


def store_upload(base_id: int, user_id: int | None) -> dict[str, Any]:
    """The request's multipart 'file' stored in the base (once per content hash); its record.
    Used by members' uploads and by public forms (server/api/forms.py, user_id None)."""
    st = state()
    f = request.files.get("file")
    if f is None or not f.filename:
        raise invalid("send the file as multipart form field 'file'", {"file": ["required"]})
    name = os.path.basename(f.filename)[:300]
    digest = hashlib.sha256()
    size = 0
    os.makedirs(st.config.files_dir, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=st.config.files_dir, delete=False) as tmp:
        try:
            while chunk := f.stream.read(1 << 16):
                size += len(chunk)
                if size > st.config.max_upload_bytes:
                    raise too_large(f"files are limited to {st.config.max_upload_bytes // (1024 * 1024)} MB")
                digest.update(chunk)
                tmp.write(chunk)
        except Exception:
            os.unlink(tmp.name)
            raise
    sha = digest.hexdigest()
    path = _blob_path(sha)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path):
        os.unlink(tmp.name)
    else:
        os.replace(tmp.name, path)
    mime = (f.mimetype if f.mimetype and f.mimetype != "application/octet-stream" else None) or \
        mimetypes.guess_type(name)[0] or "application/octet-stream"
    file_id = secrets.token_urlsafe(16)
    with st.db.write() as conn:
        conn.execute(sa.insert(cat.files).values(id=file_id, base_id=base_id, sha256=sha, name=name, size=size,
                                                 mime=mime[:120], created_by=user_id,
                                                 created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
    return {"id": file_id, "name": name, "size": size, "mime": mime, "url": f"/api/files/{file_id}"}


def send_stored(rec: Any) -> Any:
    """A stored file as a response: inline only for types a browser will not run as a page."""
    inline = rec.mime in INLINE_SAFE
    resp = send_file(_blob_path(rec.sha256), mimetype=rec.mime if inline else "application/octet-stream",
                     as_attachment=not inline, download_name=rec.name, max_age=3600)
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return resp


@route("/bases/{base_id}/files", "POST", "Upload a file (multipart field 'file') for file and image columns",
       "files", responses={201: "the stored file", 413: "larger than the upload limit"})
def upload(principal: Principal, base_id: int) -> Any:
    base_role(principal, base_id, "editor")
    return store_upload(base_id, principal.user_id), 201


@route("/files/{file_id}", "GET", "Download an attachment (members of its base only)", "files")
def download(principal: Principal, file_id: str) -> Any:
    with state().db.read() as conn:
        rec = conn.execute(sa.select(cat.files).where(cat.files.c.id == file_id)).first()
    if rec is None:
        raise not_found("This file does not exist.")
    try:
        base_role(principal, rec.base_id)
    except Exception as exc:
        if getattr(exc, "status", None) == 404:
            raise not_found("This file does not exist.") from None
        raise
    return send_stored(rec)
