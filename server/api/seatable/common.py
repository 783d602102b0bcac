"""Shared plumbing of the SeaTable-compatible API: the blueprint, errors in SeaTable's shape,
access-token authentication and request parsing (limits, `Unsupported` and table lookup are
in server/seatable/shared.py, shared with the SQL compiler).

SeaTable's client reads `{"error_msg": ...}` and turns a 403 "Token expired." into
`AuthExpiredError`; every error here carries that key plus Tablo's own `error` object, so a
human reading the exception text sees what was wrong and which field.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from flask import Blueprint, request
from werkzeug.exceptions import HTTPException

from server.actions.apply import ActionResult, apply_action
from server.api import inbound
from server.api.routing import inbound_error
from server.auth.service import Principal, role_in_base
from server.catalog import schema as cat
from server.catalog.model import BaseSchema
from server.catalog.roles import at_least
from server.errors import ApiError, bad_request, forbidden, not_found
from server.query.access import reading_as
from server.seatable.shared import max_rows_per_write
from server.state import state

from .tokens import TokenExpired, TokenInvalid, read_access_token

log = logging.getLogger(__name__)

bp = Blueprint("seatable", __name__)
GATEWAY = "/api-gateway/api/v2/dtables/<dtable_uuid>"


# -- errors -----------------------------------------------------------------------------------
def seatable_error(status: int, code: str, message: str, fields: dict | None = None) -> tuple[dict, int]:
    return {"error_msg": message, "error_message": message,
            "error": {"code": code, "message": message, "fields": fields or {}}}, status


@bp.errorhandler(ApiError)
def _api_error(exc: ApiError) -> Any:
    return seatable_error(exc.status, exc.code, exc.message, exc.fields)


@bp.errorhandler(HTTPException)
def _http_error(exc: HTTPException) -> Any:
    code = exc.code or 500
    message = {413: "The request is too large.", 405: f"{request.method} is not allowed here."}.get(
        code, exc.description or "HTTP error")
    return seatable_error(code, "http_error", message)


@bp.errorhandler(Exception)
def _unexpected(exc: Exception) -> Any:
    log.exception("unexpected error on %s %s", request.method, request.path)
    return seatable_error(500, "internal", "Something went wrong on the server; nothing was changed.")


# -- request parsing ----------------------------------------------------------------------------
def json_object() -> dict[str, Any]:
    """The JSON body as an object (DELETE bodies included, as the client sends them)."""
    if not request.data:
        return {}
    try:  # the same limits as our own API (size aside: the client's batches are small)
        # Its numbers are values (SQL parameters, cells), never ids: past 64 bits they read as floats.
        data = inbound.loads(request.get_data(cache=True), big_ints_as_floats=True)
    except inbound.InboundError as exc:
        raise inbound_error(exc) from None
    if not isinstance(data, dict):
        raise bad_request("The request body must be a JSON object.", {"body": ["not a JSON object"]})
    return data


def truthy(value: Any) -> bool:
    """`convert_keys` arrives as True, "True", "true" or "1" depending on who formatted it."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    return isinstance(value, str) and value.strip().lower() in ("true", "1", "yes")


def int_param(value: Any, name: str, minimum: int = 0, maximum: int | None = None) -> int | None:
    if value is None or value == "":
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise bad_request(f"{name} must be a whole number", {name: ["not a whole number"]}) from None
    maximum = inbound.INT64_MAX if maximum is None else maximum  # ids and offsets are 64-bit
    if n < minimum or n > maximum:
        rng = f"between {minimum} and {maximum}"
        raise bad_request(f"{name} must be {rng}", {name: [f"must be {rng}"]})
    return n


def text_param(data: dict, name: str, required: bool = True) -> str | None:
    value = data.get(name)
    if value is None or value == "":
        if required:
            raise bad_request(f"{name} is required", {name: ["required"]})
        return None
    if not isinstance(value, str):
        raise bad_request(f"{name} must be text", {name: ["must be text"]})
    return value


# -- authentication -----------------------------------------------------------------------------
@dataclass
class Gateway:
    """The caller of one gateway request: who, which base, with which role."""

    principal: Principal
    base_id: int
    base_uuid: str
    base_name: str
    role: str

    def require(self, needed: str) -> None:
        if not at_least(self.role, needed):
            if self.principal.token_access == "read":
                raise forbidden("This API token is read-only.")
            raise forbidden(f"You need the {needed} role in this base to do this.")

    def schema(self, conn: sa.Connection) -> BaseSchema:
        return state().schema_cache.get(conn, self.base_id)

    def run(self, action: dict[str, Any]) -> ActionResult:
        """One change = one action: validated, written in one transaction, logged, undoable, broadcast."""
        st = state()
        client = request.headers.get("X-Tablo-Client") or None
        return apply_action(st.db, st.schema_cache, self.base_id, self.principal.user_id, action,
                            client_id=client[:64] if client else None, files_dir=st.config.files_dir,
                            max_batch=max_rows_per_write())


def bearer_secret() -> str:
    auth = request.headers.get("Authorization", "")
    scheme, _, secret = auth.partition(" ")
    if scheme.lower() not in ("token", "bearer") or not secret.strip():
        raise ApiError(401, "unauthorized", "Send Authorization: Token <token>.")
    return secret.strip()


def authenticate(dtable_uuid: str) -> Gateway:
    st = state()
    try:
        claims = read_access_token(st.config.secret_key, bearer_secret())
    except TokenExpired:
        # Exactly what SeaTable answers, so the client raises AuthExpiredError and can re-auth.
        raise ApiError(403, "token_expired", "Token expired.") from None
    except TokenInvalid:
        raise ApiError(401, "unauthorized", "This access token is not valid; get one from "
                                            "/api/v2.1/dtable/app-access-token/.") from None
    t, u, b = cat.api_tokens, cat.users, cat.bases
    with st.db.read() as conn:
        row = conn.execute(
            sa.select(u.c.id, u.c.email, u.c.name, u.c.is_admin, t.c.base_id, t.c.access, b.c.uuid, b.c.name.label("bname"))
            .join(t, t.c.user_id == u.c.id).join(b, b.c.id == t.c.base_id)
            .where(t.c.id == claims.token_id, t.c.revoked_at.is_(None), b.c.deleted_at.is_(None))
        ).first()
        if row is None or row.id != claims.user_id or row.base_id != claims.base_id:
            raise ApiError(401, "unauthorized", "The API token behind this access token was revoked.")
        principal = Principal(user_id=row.id, email=row.email, name=row.name, is_admin=bool(row.is_admin),
                              token_base_id=row.base_id, token_access=row.access, via="token")
        if row.uuid != dtable_uuid:
            raise not_found(f"Base {dtable_uuid} does not exist or this token is not for it.")
        role = role_in_base(conn, principal, row.base_id)
    if role is None:
        raise not_found(f"Base {dtable_uuid} does not exist or this token is not for it.")
    return Gateway(principal, row.base_id, row.uuid, row.bname, role)


def gateway_route(rule: str, methods: list[str], needed: str = "viewer") -> Callable:
    """A route under /api-gateway/api/v2/dtables/<uuid>/, authenticated by access token."""

    def deco(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def view(dtable_uuid: str, **kwargs: Any) -> Any:
            gw = authenticate(dtable_uuid)
            gw.require(needed)
            with reading_as(gw.principal.user_id):  # the token owner's access rules (server.query.access)
                return fn(gw, **kwargs)

        bp.add_url_rule(GATEWAY + rule, f"gw_{fn.__name__}", view, methods=methods, strict_slashes=False)
        return fn

    return deco
