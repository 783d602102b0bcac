"""One decorator declares a route: its path, who may call it, its body and query schemas.

The same declaration registers the Flask view, validates input, and feeds the OpenAPI
document, so the docs cannot drift from the code.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, g, request
from marshmallow import EXCLUDE, RAISE, Schema, ValidationError

from server.api import inbound
from server.auth.service import Principal, principal_from_session, principal_from_token
from server.errors import (
    ApiError,
    bad_request,
    forbidden,
    invalid,
    invalid_input,
    not_found,
    too_large,
    unauthorized,
)
from server.query import access, asof
from server.state import state

api = Blueprint("api", __name__, url_prefix="/api")
SESSION_COOKIE = "tablo_session"
CSRF_HEADER = "X-Requested-With"


@dataclass
class RouteSpec:
    path: str
    methods: list[str]
    summary: str
    tag: str
    body: type[Schema] | None = None
    query: type[Schema] | None = None
    auth: bool = True
    description: str = ""
    responses: dict[int, str] = field(default_factory=dict)
    endpoint: str = ""


ROUTES: list[RouteSpec] = []


def load_schema(schema_cls: type[Schema], data: Any, what: str, *, unknown: str = RAISE) -> dict:
    """Validate input against a schema: 422 naming every field at fault.

    Bodies refuse fields the schema does not know (unknown=RAISE, decision 0014): a misspelt
    or unsupported field is an error, never silently ignored. Query strings are lenient
    (unknown=EXCLUDE): browsers and proxies add cache-busting parameters.
    """
    try:
        loaded = schema_cls(unknown=unknown).load(data)
    except ValidationError as exc:
        raise invalid_input(what, exc.messages) from exc
    # Whole numbers a query string turned into ints (offsets, ids) are 64-bit like the database.
    try:
        inbound.check_value(loaded)
    except inbound.InboundError as exc:
        raise inbound_error(exc) from None
    return loaded


def inbound_error(exc: inbound.InboundError) -> ApiError:
    """A refusal at the boundary as the API's error: 400 for the document, 422 naming the field."""
    if exc.status == 400:
        return bad_request(f"The request body is not accepted: {exc.message}", {exc.path: [exc.message]},
                           code="malformed_json" if exc.kind == "malformed" else exc.kind)
    return invalid(exc.message, {exc.path: [exc.message.removeprefix(f"{exc.path}: ")]}, code=exc.kind)


def json_body() -> Any:
    """The request's JSON body, decoded under the limits of server.api.inbound (size, depth, text)."""
    if request.content_length is not None and request.content_length > inbound.MAX_JSON_BYTES:
        raise too_large(f"JSON bodies are limited to {inbound.MAX_JSON_BYTES // (1024 * 1024)} MB")
    if not request.data:
        return {}
    if not request.is_json:
        raise bad_request("The request body is not valid JSON (send Content-Type: application/json).",
                          {"body": ["malformed JSON"]}, code="malformed_json")
    try:
        return inbound.loads(request.get_data(cache=True))
    except inbound.InboundError as exc:
        raise inbound_error(exc) from None


def check_request_text() -> None:
    """Query strings and path parameters under the text rule of decision 0014 (before any route):
    a query parameter with a control character or a lone surrogate is 422 naming it; such a
    path parameter names nothing (404)."""
    for key, values in request.args.lists():
        for value in [key, *values]:
            if inbound.text_problem(value) is not None:
                name = inbound.shown(key)
                raise inbound_error(inbound.InboundError("bad_text", f"{name}: text {inbound.text_problem(value)}",
                                                         name))
    for value in (request.view_args or {}).values():
        if isinstance(value, str) and inbound.text_problem(value) is not None:
            raise not_found("Not found.")


def current_principal() -> Principal | None:
    if "principal" in g:
        return g.principal
    st = state()
    principal = None
    auth = request.headers.get("Authorization", "")
    with st.db.read() as conn:
        if auth:
            scheme, _, secret = auth.partition(" ")
            if scheme.lower() not in ("bearer", "token") or not secret.strip():
                raise unauthorized("Use Authorization: Bearer <token>.")
            principal = principal_from_token(conn, secret.strip())
            if principal is None:
                raise unauthorized("This API token is not valid or was revoked.")
        else:
            cookie = request.cookies.get(SESSION_COOKIE)
            if cookie:
                principal = principal_from_session(conn, cookie)
    g.principal = principal
    return principal


# What a session may reach while the admin requires two-factor authentication and the account
# has not turned it on yet: who it is, enrolling, logging out.
ENROLMENT_PATHS = ("/api/me", "/api/me/2fa", "/api/me/2fa/setup", "/api/me/2fa/enable", "/api/auth/logout")


def require_principal() -> Principal:
    p = current_principal()
    if p is None:
        raise unauthorized()
    if p.via == "session" and request.method not in ("GET", "HEAD", "OPTIONS") and \
            request.headers.get(CSRF_HEADER) != "tablo":
        # Cross-site forms cannot set custom headers; our own app always does.
        raise forbidden(f"Missing the {CSRF_HEADER}: tablo header (cross-site request protection).")
    if p.via == "session" and not p.two_factor and request.path not in ENROLMENT_PATHS and two_factor_required():
        raise ApiError(403, "two_factor_enrolment_required",
                       "The administrator requires two-factor authentication: turn it on first.")
    return p


def two_factor_required() -> bool:
    """The server setting `require_2fa` (set on the admin screen)."""
    from server.auth.service import get_setting

    with state().db.read() as conn:
        return bool(get_setting(conn, "require_2fa", False))


def require_admin(p: Principal) -> None:
    """Server administration is for administrators in a browser session: an API token is for data
    in one base and never administers the server, whoever made it."""
    if not p.is_admin or p.via != "session":
        raise forbidden("Only a server administrator may do this.")


SEE_AS_HEADER = "X-Tablo-See-As"


def see_as(principal: Principal | None) -> int | None:
    """The member an owner previews ("see as", the header X-Tablo-See-As: <user id>) in a browser
    session; it counts only in bases the caller owns (server.query.access)."""
    raw = request.headers.get(SEE_AS_HEADER, "")
    if principal is None or principal.via != "session" or not raw.isdigit() or len(raw) > 9:
        return None
    return int(raw)


# Path parameter -> fn(conn, value) -> the id of the base it belongs to (None: no such thing).
# The foundation's are below; feature modules add theirs with register_scope().
SCOPE_RESOLVERS: dict[str, Callable[[Any, Any], int | None]] = {}


def register_scope(param: str, resolver: Callable[[Any, Any], int | None]) -> None:
    SCOPE_RESOLVERS[param] = resolver


def hide_from_non_members(principal: Principal, kwargs: dict[str, Any]) -> None:
    """404 for a path naming something in a base the caller is not a member of (or a token is not for).

    Handlers still check the role they need; this only makes sure a non-member gets the same
    404 whatever else is wrong with the request.
    """


    params = [(p, kwargs[p]) for p in SCOPE_RESOLVERS if p in kwargs]
    if not params:
        return
    from server.catalog.roles import role_of

    with state().db.read() as conn:
        for name, value in params:
            base_id = SCOPE_RESOLVERS[name](conn, value)
            # Membership only (a deleted base stays reachable for its restore endpoint).
            member = base_id is not None and (principal.token_base_id in (None, base_id)) and \
                role_of(conn, base_id, principal.user_id) is not None
            if not member:
                raise not_found(f"This {name.removesuffix('_id')} does not exist.")


def _scope_by(table: Any, join_tables: bool = False) -> Callable[[Any, Any], int | None]:
    import sqlalchemy as sa

    from server.catalog import schema as cat

    def resolve(conn: Any, value: Any) -> int | None:
        if join_tables:
            q = sa.select(cat.tables.c.base_id).join(table, table.c.table_id == cat.tables.c.id)
        else:
            q = sa.select(table.c.base_id)
        return conn.execute(q.where(table.c.id == value)).scalar()

    return resolve


def _install_foundation_scopes() -> None:
    from server.catalog import schema as cat

    register_scope("base_id", lambda conn, value: value)
    register_scope("table_id", _scope_by(cat.tables))
    register_scope("column_id", _scope_by(cat.columns, join_tables=True))
    register_scope("view_id", _scope_by(cat.views, join_tables=True))
    register_scope("file_id", _scope_by(cat.files))
    register_scope("chart_id", _scope_by(cat.charts))


def route(path: str, methods: list[str] | str, summary: str, tag: str, *, body: type[Schema] | None = None,
          query: type[Schema] | None = None, auth: bool = True, description: str = "",
          responses: dict[int, str] | None = None, admin: bool = False) -> Callable:
    """Declare a route. `admin=True`: for server administrators only, 403 to anyone else before the
    body or query is even read."""
    methods = [methods] if isinstance(methods, str) else methods

    def deco(fn: Callable) -> Callable:
        spec = RouteSpec(path=path, methods=methods, summary=summary, tag=tag, body=body, query=query, auth=auth,
                         description=description or (fn.__doc__ or "").strip(), responses=responses or {},
                         endpoint=f"{fn.__module__.rsplit('.', 1)[-1]}_{fn.__name__}")
        ROUTES.append(spec)

        @functools.wraps(fn)
        def view(**kwargs: Any) -> Any:
            if auth:
                kwargs["principal"] = require_principal()
                if admin:
                    require_admin(kwargs["principal"])
                # Before the body is validated: a stranger learns nothing, not even a 422.
                hide_from_non_members(kwargs["principal"], kwargs)
            if body is not None:
                kwargs["body"] = load_schema(body, json_body(), "invalid request body")
            if query is not None:
                kwargs["query"] = load_schema(query, request.args.to_dict(), "invalid query parameter",
                                              unknown=EXCLUDE)
            # Reads see what the caller may see (server.query.access): their access rules apply.
            principal = kwargs.get("principal")
            with access.reading_as(principal.user_id if principal else None, see_as(principal)):
                if query is not None and kwargs["query"].get("as_of") is not None:
                    # A read that takes `as_of` (server.query.asof.AsOfField) is built and run as of it.
                    with asof.evaluated_as_of(kwargs["query"]["as_of"]):
                        return fn(**kwargs)
                return fn(**kwargs)

        flask_path = path_to_flask(path)
        api.add_url_rule(flask_path, spec.endpoint, view, methods=methods)
        return fn

    return deco


# Path parameters that are text ids; every other {..._id} is an integer catalog id, 32-bit
# (`<id:>`) except those of BIGINT tables (`<int:>`, 64-bit); see server.api.inbound.
TEXT_ID_PARAMS = ("row_id", "file_id", "uuid", "token")
BIG_ID_PARAMS = ("notification_id",)


def path_to_flask(path: str) -> str:
    import re

    def conv(m: re.Match) -> str:
        name = m.group(1)
        if not name.endswith("_id") or name in TEXT_ID_PARAMS:
            return f"<{name}>"
        return f"<int:{name}>" if name in BIG_ID_PARAMS else f"<id:{name}>"

    return re.sub(r"{(\w+)}", conv, path)


def error_response(exc: ApiError) -> tuple[dict, int]:
    return exc.to_json(), exc.status


_install_foundation_scopes()
