"""Read-only share links for a view: anyone with the link (and the password, when set)
sees that view's rows and visible columns, nothing else.

Members with edit rights make links: `POST /api/views/{view_id}/share-links`. The public
side is `/api/shared/{token}`: the view's description, then windows of its rows by offset.
What cannot leak, by construction:
- only the view's visible columns are returned; hidden columns are neither output nor
  usable (no ad-hoc filters, sorts, search or cursors, whose values would encode them);
- only rows the view's own filters let through; nothing names another view or table;
- a revoked or expired link, or a deleted view, table or base, answers 404 / 410.
A password is checked once (`/unlock`, rate-limited per link and address) and exchanged for
a signed access key valid for 12 hours (`X-Share-Key` header).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from flask import request
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from marshmallow import Schema, fields, validate

from server.api.access import base_role
from server.api.routing import route
from server.auth.passwords import hash_password, verify_password
from server.auth.service import Principal
from server.auth.tokens import hash_secret, new_secret
from server.catalog import schema as cat
from server.columns.base import ValueContext
from server.errors import ApiError, forbidden, not_found, rate_limited
from server.notifications.notify import iso
from server.state import state
from server.workers import setting

KEY_HEADER = "X-Share-Key"
KEY_MAX_AGE_S = 12 * 3600
MAX_LINKS_PER_VIEW = 100
UNLOCK_ATTEMPTS = 10
UNLOCK_WINDOW_S = 900


class LinkBody(Schema):
    password = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=4, max=200))
    expires_days = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(min=1, max=3650))


class UnlockBody(Schema):
    password = fields.String(required=True, validate=validate.Length(max=200))


class WindowQuery(Schema):
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=1000))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _view(conn: sa.Connection, view_id: int) -> Any:
    v, t, b = cat.views, cat.tables, cat.bases
    return conn.execute(sa.select(v, t.c.base_id, t.c.name.label("table_name"), b.c.name.label("base_name"))
                        .join(t, t.c.id == v.c.table_id).join(b, b.c.id == t.c.base_id)
                        .where(v.c.id == view_id, v.c.deleted_at.is_(None), t.c.deleted_at.is_(None),
                               b.c.deleted_at.is_(None))).first()


def _link_json(r: Any) -> dict[str, Any]:
    return {"id": r.id, "view_id": r.view_id, "has_password": r.password_hash is not None,
            "expires_at": iso(r.expires_at), "created_at": iso(r.created_at), "created_by": r.created_by}


def _manageable_view(principal: Principal, view_id: int) -> Any:
    if principal.via == "token":
        raise forbidden("API tokens cannot manage share links.")
    with state().db.read() as conn:
        row = _view(conn, view_id)
    # A private view is its owner's; it cannot be shared by link.
    if row is None or row.private_to is not None:
        raise not_found("This view does not exist.")
    try:
        base_role(principal, row.base_id, "editor")
    except ApiError as exc:
        if exc.status == 404:
            raise not_found("This view does not exist.") from None
        raise
    return row


@route("/views/{view_id}/share-links", "POST",
       "Make a read-only link to a shared view (editors; optional password and expiry); the token is shown once",
       "sharing", body=LinkBody, responses={201: "the link"})
def create_link(principal: Principal, view_id: int, body: dict) -> Any:
    view = _manageable_view(principal, view_id)
    sl = cat.share_links
    token = new_secret("ts")
    now = _now()
    expires = now + dt.timedelta(days=body["expires_days"]) if body.get("expires_days") else None
    with state().db.write() as conn:
        n = conn.execute(sa.select(sa.func.count()).select_from(sl).where(
            sl.c.view_id == view_id, sl.c.revoked_at.is_(None))).scalar_one()
        if n >= MAX_LINKS_PER_VIEW:
            raise ApiError(409, "too_many", f"a view has at most {MAX_LINKS_PER_VIEW} share links")
        lid = conn.execute(sa.insert(sl).values(
            base_id=view.base_id, view_id=view_id, token_hash=hash_secret(token),
            password_hash=hash_password(body["password"]) if body.get("password") else None, expires_at=expires,
            created_by=principal.user_id, created_at=now).returning(sl.c.id)).scalar_one()
        row = conn.execute(sa.select(sl).where(sl.c.id == lid)).one()
    root = setting("public_url", "") or request.host_url
    return {"link": _link_json(row), "token": token, "url": f"{root.rstrip('/')}/shared/{token}"}, 201


@route("/views/{view_id}/share-links", "GET", "The view's share links (without tokens)", "sharing")
def list_links(principal: Principal, view_id: int) -> Any:
    _manageable_view(principal, view_id)
    sl = cat.share_links
    with state().db.read() as conn:
        rows = conn.execute(sa.select(sl).where(sl.c.view_id == view_id, sl.c.revoked_at.is_(None))
                            .order_by(sl.c.id)).all()
    return {"links": [_link_json(r) for r in rows]}


@route("/share-links/{link_id}", "DELETE", "Revoke a share link", "sharing")
def revoke_link(principal: Principal, link_id: int) -> Any:
    sl = cat.share_links
    with state().db.read() as conn:
        row = conn.execute(sa.select(sl).where(sl.c.id == link_id, sl.c.revoked_at.is_(None))).first()
    if row is None:
        raise not_found("This share link does not exist.")
    try:
        _manageable_view(principal, row.view_id)
    except ApiError as exc:
        if exc.status == 404:
            raise not_found("This share link does not exist.") from None
        raise
    with state().db.write() as conn:
        conn.execute(sa.update(sl).where(sl.c.id == link_id).values(revoked_at=_now()))
    return {"ok": True}


# -- the public side ----------------------------------------------------------------------------
def _open(conn: sa.Connection, token: str) -> tuple[Any, Any]:
    sl = cat.share_links
    link = conn.execute(sa.select(sl).where(sl.c.token_hash == hash_secret(token))).first()
    if link is None or link.revoked_at is not None:
        raise not_found("This link does not exist or was withdrawn.")
    if link.expires_at is not None and link.expires_at <= _now():
        raise ApiError(410, "link_expired", "This link has expired.")
    view = _view(conn, link.view_id)
    if view is None or view.private_to is not None:
        raise not_found("This link does not exist or was withdrawn.")
    return link, view


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(state().config.secret_key, salt="tablo-share-link")


def _check_key(link: Any) -> None:
    if link.password_hash is None:
        return
    key = request.headers.get(KEY_HEADER, "")
    try:
        data = _serializer().loads(key, max_age=KEY_MAX_AGE_S)
    except SignatureExpired:
        raise ApiError(401, "password_required", "The access has expired; enter the password again.") from None
    except BadSignature:
        raise ApiError(401, "password_required", "This link needs its password.") from None
    # The key names the link and its password version: a new password ends old keys.
    if data != [link.id, link.password_hash[-16:]]:
        raise ApiError(401, "password_required", "This link needs its password.")


def _table_and_columns(conn: sa.Connection, view: Any) -> tuple[Any, list[Any], dict]:
    from server.query.compile import c_visible
    from server.query.settings import load_settings

    table = state().schema_cache.get(conn, view.base_id).table(view.table_id)
    if table is None:
        raise not_found("This link does not exist or was withdrawn.")
    settings = load_settings(view.settings)
    cols = c_visible(table, settings)
    order = settings.get("column_order") or []
    if order:
        rank = {cid: i for i, cid in enumerate(order)}
        cols = sorted(cols, key=lambda c: rank.get(c.id, len(rank)))
    return table, cols, settings


@route("/shared/{token}", "GET", "A shared view: its name and visible columns (no log-in)", "sharing", auth=False,
       responses={401: "the link has a password: unlock it first", 404: "no such link", 410: "expired"})
def shared_view(token: str) -> Any:
    with state().db.read() as conn:
        link, view = _open(conn, token)
        if link.password_hash is not None and not request.headers.get(KEY_HEADER):
            return {"password_required": True, "view": {"name": view.name}}
        _check_key(link)
        table, cols, _ = _table_and_columns(conn, view)
    # A form's link shows the form (server/api/forms.py), never the table's columns or rows.
    if view.type == "form":
        cols = []
    return {"password_required": link.password_hash is not None,
            "base": {"name": view.base_name}, "table": {"name": view.table_name},
            "view": {"name": view.name, "type": view.type}, "expires_at": iso(link.expires_at),
            "columns": [{"key": c.name, "name": c.name, "type": c.type, "options": _public_options(c)} for c in cols]}


def _public_options(col: Any) -> dict[str, Any]:
    """Formatting options only; internal ids (links, lookups, formulas' sources) stay in."""
    keep = ("options", "format", "precision", "currency_symbol", "date_format", "show_time", "result_type")
    return {k: v for k, v in (col.options or {}).items() if k in keep}


@route("/shared/{token}/unlock", "POST", "Enter a share link's password; returns an access key for 12 hours",
       "sharing", auth=False, body=UnlockBody, responses={401: "wrong password", 429: "too many attempts"})
def unlock(token: str, body: dict) -> Any:
    la = cat.login_attempts
    ip = (request.remote_addr or "unknown")[:64]
    with state().db.write() as conn:
        link, _ = _open(conn, token)
        if link.password_hash is None:
            return {"key": None}
        who = f"share-link:{link.id}"
        since = _now() - dt.timedelta(seconds=UNLOCK_WINDOW_S)
        failed = conn.execute(sa.select(sa.func.count()).select_from(la).where(
            la.c.email == who, la.c.ip == ip, la.c.at >= since, la.c.ok.is_(False))).scalar_one()
        if failed >= UNLOCK_ATTEMPTS:
            raise rate_limited("Too many wrong passwords. Wait a few minutes and try again.")
        ok = verify_password(link.password_hash, body["password"])
        conn.execute(sa.insert(la).values(email=who, ip=ip, at=_now(), ok=ok))
    if not ok:
        raise ApiError(401, "bad_password", "The password is wrong.", {"password": ["wrong password"]})
    return {"key": _serializer().dumps([link.id, link.password_hash[-16:]]), "expires_in": KEY_MAX_AGE_S}


@route("/shared/{token}/rows", "GET", "A window of the shared view's rows: visible columns only, by name",
       "sharing", auth=False, query=WindowQuery)
def shared_rows(token: str, query: dict) -> Any:
    from server.actions.changes import members
    from server.actions.handlers.rows import row_to_api
    from server.query import paging
    from server.query.compile import compile_view
    from server.query.operators import FilterContext

    with state().db.read() as conn:
        link, view = _open(conn, token)
        _check_key(link)
        if view.type == "form":
            raise not_found("A form's link shows the form, not the rows.")
        table, cols, settings = _table_and_columns(conn, view)
        people = members(conn, view.base_id)
        cv = compile_view(table, settings, FilterContext(members=people))
        win = paging.window(conn, cv, query["offset"], query["limit"])
        total = paging.count(conn, cv)
    vctx = ValueContext(members=people, by_name=True)
    rows = []
    for r in win.rows:
        full = row_to_api(table, r, vctx)
        rows.append({"_id": r["_id"], **{c.name: full.get(c.name) for c in cols}})
    return {"rows": rows, "offset": query["offset"], "limit": query["limit"], "total": total}
