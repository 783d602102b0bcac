"""The SeaTable-compatible endpoints: the token exchange and the API-gateway routes.

Every path, body and response key here is what `seatable-api` 4.0.0 sends and reads (see
docs/seatable-compatibility.md). Reads go through `server.query`; every write is one
action through `apply_action`, so it is undoable, in the history and broadcast live.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from flask import request

from server.actions.handlers.rows import ROW_ID_RE
from server.auth.service import principal_from_token
from server.catalog import schema as cat
from server.catalog.model import TableMeta
from server.columns.registry import has_type
from server.errors import ApiError, bad_request, not_found
from server.query.rows import select_rows
from server.seatable.shared import (
    DEFAULT_LIST_LIMIT,
    Unsupported,
    find_column,
    find_table,
    max_rows_per_read,
    max_rows_per_write,
)
from server.seatable.sql import compile_select, result_reader, sql_error
from server.seatable.values import (
    NOT_SUPPORTED_TYPES,
    column_data_in,
    column_out,
    row_in,
    row_out,
    row_reader,
)
from server.state import state
from server.views.reading import value_context

from . import views as view_support
from .common import (
    GATEWAY,
    Gateway,
    bearer_secret,
    bp,
    gateway_route,
    int_param,
    json_object,
    text_param,
    truthy,
)
from .tokens import make_access_token


# -- token exchange ---------------------------------------------------------------------------
@bp.route("/api/v2.1/dtable/app-access-token/", methods=["GET"], strict_slashes=False)
def app_access_token() -> Any:
    """`Authorization: Token <Tablo API token>` → an expiring access token for that token's base."""
    st = state()
    secret = bearer_secret()
    with st.db.read() as conn:
        principal = principal_from_token(conn, secret)
        if principal is None:
            raise ApiError(401, "unauthorized", "This API token is not valid or was revoked. Create one in Tablo "
                                                "(POST /api/tokens) for the base.")
        t, b = cat.api_tokens, cat.bases
        from server.auth.tokens import hash_secret

        row = conn.execute(sa.select(t.c.id, t.c.name, b.c.uuid, b.c.name.label("bname"), b.c.id.label("bid"))
                           .join(b, b.c.id == t.c.base_id)
                           .where(t.c.token_hash == hash_secret(secret), b.c.deleted_at.is_(None))).first()
    if row is None:
        raise not_found("The base of this API token was deleted.")
    access, expires = make_access_token(st.config.secret_key, row.id, row.bid, principal.user_id)
    host = request.host_url
    return {"app_name": row.name or "tablo", "access_token": access, "dtable_uuid": row.uuid,
            "dtable_server": host + "dtable-server/", "dtable_socket": host, "dtable_db": host + "dtable-db/",
            "workspace_id": row.bid, "dtable_name": row.bname, "use_api_gateway": True, "expires_at": expires}


# -- metadata -----------------------------------------------------------------------------------
@gateway_route("/metadata/", ["GET"])
def metadata(gw: Gateway) -> Any:
    st = state()
    with st.db.read() as conn:
        version = conn.execute(sa.select(cat.bases.c.version).where(cat.bases.c.id == gw.base_id)).scalar_one()
        schema = gw.schema(conn)
        tables = schema.live_tables()
        views = view_support.views_of(conn, [t.id for t in tables], gw.principal.user_id)
    return {"metadata": {
        "tables": [{"_id": str(t.id), "name": t.name, "is_header_locked": False,
                    "columns": [column_out(c) for c in t.columns],
                    "views": [view_support.view_out(v, t) for v in views.get(t.id, [])]} for t in tables],
        "version": version, "format_version": 1, "settings": {}}}


# -- rows ---------------------------------------------------------------------------------------
def _names(args: Any) -> bool:
    return truthy(args.get("convert_keys"))


@gateway_route("/rows/", ["GET"])
def list_rows(gw: Gateway) -> Any:
    args = request.args
    st = state()
    start = int_param(args.get("start"), "start", 0, 2**62) or 0
    limit = int_param(args.get("limit"), "limit", 1, max_rows_per_read()) or DEFAULT_LIST_LIMIT
    direction = (args.get("direction") or "asc").lower()
    if direction not in ("asc", "desc"):
        raise bad_request("direction must be asc or desc", {"direction": ["asc or desc"]})
    with st.db.read() as conn:
        table = find_table(gw.schema(conn), args.get("table_name"), args.get("table_id"))
        vctx = value_context(conn, gw.base_id)
        order_col = find_column(table, args["order_by"], "order_by") if args.get("order_by") else None
        columns, rows = view_support.rows_in_order(conn, gw, table, args.get("view_name") or None, order_col,
                                                   direction == "desc", start, limit)
    read = row_reader(table, vctx, _names(args), columns)
    return {"rows": [read(r) for r in rows]}


@gateway_route("/rows/<row_id>/", ["GET"])
def get_row(gw: Gateway, row_id: str) -> Any:
    args = request.args
    with state().db.read() as conn:
        table = find_table(gw.schema(conn), args.get("table_name"), args.get("table_id"))
        rows = select_rows(conn, table, where=table.sa_table.c._id == row_id, limit=1)
        vctx = value_context(conn, gw.base_id)
    if not rows:
        raise not_found(f"Row {row_id} does not exist in table {table.name!r}.")
    return row_out(table, rows[0], vctx, _names(args))


def _rows_list(body: dict, name: str) -> list:
    rows = body.get(name)
    if not isinstance(rows, list) or not rows:
        raise bad_request(f"{name} must be a non-empty list", {name: ["must be a non-empty list"]})
    cap = max_rows_per_write()
    if len(rows) > cap:
        raise ApiError(413, "too_large", f"at most {cap} rows in one request, got {len(rows)} "
                                         "(TABLO_SEATABLE_MAX_BATCH raises the cap)")
    return rows


_FIELD_RE = re.compile(r"rows\[(\d+)\]\.(\d+)")


def _run_rows_action(gw: Gateway, table: TableMeta, action: dict, field: str) -> Any:
    """Run a row action; errors name the caller's column names and list field, not our ids."""
    try:
        return gw.run(action)
    except ApiError as exc:
        names = {c.key: c.name for c in table.columns}

        def sub(m: re.Match) -> str:
            return f"{field}[{m[1]}].{names.get(m[2], m[2])}"

        fields = {_FIELD_RE.sub(sub, k): v for k, v in exc.fields.items()}
        raise ApiError(exc.status, exc.code, _FIELD_RE.sub(sub, exc.message), fields) from None


@gateway_route("/rows/", ["POST"], needed="editor")
def append_rows(gw: Gateway) -> Any:
    body = json_object()
    rows = _rows_list(body, "rows")
    st = state()
    with st.db.read() as conn:
        table = find_table(gw.schema(conn), body.get("table_name"), body.get("table_id"))
    converted = [row_in(table, r, i) for i, r in enumerate(rows)]
    # Unknown option names become new options (in the same undoable action), as on SeaTable.
    res = _run_rows_action(gw, table, {"type": "insert_rows", "table_id": table.id, "rows": converted,
                                       "create_options": True}, "rows")
    ids = [r["_id"] for r in res.result["rows"]]
    with st.db.read() as conn:
        table = find_table(gw.schema(conn), None, table.id)
        first = select_rows(conn, table, where=table.sa_table.c._id == ids[0], limit=1)
        vctx = value_context(conn, gw.base_id)
    return {"inserted_row_count": len(ids), "row_ids": [{"_id": i} for i in ids],
            "first_row": row_out(table, first[0], vctx, True) if first else None}


@gateway_route("/rows/", ["PUT"], needed="editor")
def update_rows(gw: Gateway) -> Any:
    body = json_object()
    if "updates" not in body and "row_id" in body:  # the legacy single-row shape
        body = {**body, "updates": [{"row_id": body["row_id"], "row": body.get("row")}]}
    updates = _rows_list(body, "updates")
    with state().db.read() as conn:
        table = find_table(gw.schema(conn), body.get("table_name"), body.get("table_id"))
    rows = []
    for i, u in enumerate(updates):
        if not isinstance(u, dict):
            raise bad_request(f"updates[{i}] must be an object with row_id and row",
                              {f"updates[{i}]": ["must be an object"]})
        rid = u.get("row_id")
        if not isinstance(rid, str) or not ROW_ID_RE.match(rid):
            raise bad_request(f"updates[{i}].row_id must be a row id", {f"updates[{i}].row_id": ["not a row id"]})
        cells = row_in(table, u.get("row"), i, "updates")
        if cells:
            rows.append({"_id": rid, **cells})
    if rows:
        _run_rows_action(gw, table, {"type": "update_rows", "table_id": table.id, "rows": rows,
                                     "create_options": True}, "updates")
    return {"success": True}


@gateway_route("/rows/", ["DELETE"], needed="editor")
def delete_rows(gw: Gateway) -> Any:
    body = json_object()
    if "row_ids" not in body and "row_id" in body:  # the legacy single-row shape
        body = {**body, "row_ids": [body["row_id"]]}
    ids = _rows_list(body, "row_ids")
    if not all(isinstance(i, str) for i in ids):
        raise bad_request("row_ids must be a list of row ids", {"row_ids": ["must be a list of row ids"]})
    ids = list(dict.fromkeys(ids))
    with state().db.read() as conn:
        table = find_table(gw.schema(conn), body.get("table_name"), body.get("table_id"))
        t = table.sa_table
        present = {r[0] for r in conn.execute(sa.select(t.c._id).where(t.c._id.in_(ids)))}
    # As on SeaTable, ids that are already gone are not an error; the count says what happened.
    existing = [i for i in ids if i in present]
    if existing:
        gw.run({"type": "delete_rows", "table_id": table.id, "row_ids": existing})
    return {"success": True, "deleted_rows": len(existing)}


# -- columns ------------------------------------------------------------------------------------
@gateway_route("/columns/", ["GET"])
def list_columns(gw: Gateway) -> Any:
    args = request.args
    with state().db.read() as conn:
        table = find_table(gw.schema(conn), args.get("table_name"), args.get("table_id"))
        columns = table.columns
        if args.get("view_name"):
            columns = view_support.visible_columns(conn, gw, table, args["view_name"])
    return {"columns": [column_out(c) for c in columns]}


@gateway_route("/columns/", ["POST"], needed="editor")
def insert_column(gw: Gateway) -> Any:
    body = json_object()
    name = text_param(body, "column_name")
    ctype = text_param(body, "column_type")
    if ctype == "default":
        ctype = "text"
    if ctype in NOT_SUPPORTED_TYPES:
        raise Unsupported(f"the {ctype} column type")
    our_type = view_support.link_formula_type(body.get("column_data")) if ctype == "link-formula" else ctype
    if not has_type(our_type):
        raise bad_request(f"unknown column type {ctype!r}", {"column_type": ["unknown column type"]})
    with state().db.read() as conn:
        schema = gw.schema(conn)
        table = find_table(schema, body.get("table_name"), body.get("table_id"))
        action: dict[str, Any] = {"type": "add_column", "table_id": table.id, "name": name, "column_type": our_type}
        if body.get("anchor_column"):
            action["after"] = find_column(table, body["anchor_column"], "anchor_column").id
        options = view_support.special_column_options(schema, table, ctype, body.get("column_data"))
        if options is None:
            options = column_data_in(ctype, body.get("column_data"))
        if options is not None:
            action["options"] = options
    res = gw.run(action)
    column_id = res.result["column_id"]
    with state().db.read() as conn:
        table = find_table(gw.schema(conn), None, table.id)
    col = table.column(column_id)
    return column_out(col)


# -- views (read) ---------------------------------------------------------------------------------
@gateway_route("/views/", ["GET"])
def list_views(gw: Gateway) -> Any:
    """list_views: the views of a table the caller may see."""
    args = request.args
    with state().db.read() as conn:
        table = find_table(gw.schema(conn), args.get("table_name"), args.get("table_id"))
        views = view_support.views_of(conn, [table.id], gw.principal.user_id).get(table.id, [])
    return {"views": [view_support.view_out(v, table) for v in views]}


@gateway_route("/views/<view_name>/", ["GET"])
def get_view(gw: Gateway, view_name: str) -> Any:
    """get_view_by_name."""
    args = request.args
    with state().db.read() as conn:
        table = find_table(gw.schema(conn), args.get("table_name"), args.get("table_id"))
        view = view_support.find_view(conn, gw, table, view_name)
    return view_support.view_out(view, table)


# -- what is not served -------------------------------------------------------------------------
_CLIENT_NAMES = {
    ("POST", "column-cascade-settings"): "add_column_cascade_settings", ("GET", "filtered-rows"): "filter_rows",
    ("POST", "add-archived-rows"): "big_data_insert_rows", ("POST", "ui-toasts"): "send_toast_notification",
}


@bp.route(GATEWAY + "/<path:rest>", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def gateway_unsupported(dtable_uuid: str, rest: str) -> Any:
    head = rest.strip("/").split("/", 1)[0]
    what = _CLIENT_NAMES.get((request.method, head))
    raise Unsupported(f"{request.method} {head}/" + (f" ({what})" if what else ""))


@bp.route("/dtable-server/<path:rest>", methods=["GET", "POST", "PUT", "DELETE"])
@bp.route("/dtable-db/<path:rest>", methods=["GET", "POST", "PUT", "DELETE"])
def legacy_unsupported(rest: str) -> Any:
    raise Unsupported("the legacy dtable-server/dtable-db endpoints; Tablo answers auth with "
                      "use_api_gateway: true, so seatable-api 4 uses the API-gateway routes")


@bp.route("/api/v2.1/<path:rest>", methods=["GET", "POST", "PUT", "DELETE"])
def web_api_unsupported(rest: str) -> Any:
    raise Unsupported(f"{request.method} /api/v2.1/{rest} (only dtable/app-access-token/ is served)")


# -- SQL ------------------------------------------------------------------------------------------
@gateway_route("/sql", ["POST"])
def query(gw: Gateway) -> Any:
    body = json_object()
    text = text_param(body, "sql")
    params = body.get("parameters") or []
    if not isinstance(params, list):
        raise sql_error("parameters must be a list")
    st = state()
    with st.db.read() as conn:
        vctx = value_context(conn, gw.base_id)
        compiled = compile_select(gw.schema(conn), text, params, vctx.members)
        try:
            rows = conn.execute(compiled.stmt).all()
        except sa.exc.DBAPIError as exc:
            raise sql_error(f"the database could not run this query: {str(exc.orig).splitlines()[0]}") from None
    if compiled.capped and len(rows) >= compiled.limit:
        cap = compiled.limit - 1
        raise ApiError(413, "too_many_rows", f"the query returns more than {cap} rows; add LIMIT and OFFSET to "
                                             "page through them", {"sql": ["add LIMIT"]})
    read = result_reader(compiled, vctx, truthy(body.get("convert_keys")))
    return {"success": True, "error_message": "", "is_join_stmt": False,
            "results": [read(r) for r in rows],
            "metadata": [o.meta for o in compiled.outputs]}
