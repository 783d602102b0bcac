"""Links through the SeaTable API: add, remove and set links between rows, and read linked
records (`query-links/`).

SeaTable names a link by its `link_id` (shared by the link's two columns) plus the two
tables; every change becomes one `set_links` action (undoable, logged, broadcast), which
sets the full list of linked rows of each cell, so adding and removing read the current
links first, in the same request.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import request

from server.catalog.model import BaseSchema, ColumnMeta, TableMeta
from server.columns.links import link_sides
from server.errors import ApiError, bad_request, not_found
from server.seatable.shared import find_column, find_table
from server.state import state
from server.views.reading import value_context

from .common import Gateway, gateway_route, int_param, json_object

MAX_ROWS = 1000
DEFAULT_LINKED = 10


def link_column(schema: BaseSchema, table: TableMeta, other: TableMeta, link_id: Any) -> ColumnMeta:
    """The link column of `table` towards `other` with this link id (or, failing that, this column key)."""
    if not isinstance(link_id, str | int) or isinstance(link_id, bool) or str(link_id) == "":
        raise bad_request("link_id is required", {"link_id": ["required"]})
    links = [c for c in table.columns if c.type == "link" and c.options.get("table_id") == other.id]
    for c in links:
        if str(c.options.get("link_id")) == str(link_id):
            return c
    for c in links:
        if c.key == str(link_id):
            return c
    raise not_found(f"No link {link_id!r} between {table.name!r} and {other.name!r}.")


def current_links(conn: sa.Connection, schema: BaseSchema, col: ColumnMeta, row_ids: list[str]) -> dict[str, list[str]]:
    """Row id → the ids of the rows it links to now, in link order."""
    sides = link_sides(schema, col)
    if sides is None:
        raise not_found("The linked table of this link column is gone.")
    mine_t = schema.table(col.table_id).sa_table.alias()  # type: ignore[union-attr]
    other_t = sides.other.sa_table.alias()
    rows = conn.execute(
        sa.select(mine_t.c._id.label("src"), other_t.c._id.label("dst"))
        .select_from(sides.junction.join(mine_t, mine_t.c.id == sides.mine).join(other_t, other_t.c.id == sides.theirs))
        .where(mine_t.c._id.in_(row_ids)).order_by(mine_t.c._id, other_t.c.id)).all()
    out: dict[str, list[str]] = {rid: [] for rid in row_ids}
    for r in rows:
        out[r.src].append(r.dst)
    return out


def _ids_map(body: dict) -> dict[str, list[str]]:
    """`other_rows_ids_map` ({row_id: [other row ids]}), or the legacy single pair."""
    m = body.get("other_rows_ids_map")
    if m is None and body.get("table_row_id") and body.get("other_table_row_id"):
        m = {body["table_row_id"]: [body["other_table_row_id"]]}
    if m is None and body.get("row_id") is not None and "other_rows_ids" in body:
        m = {body["row_id"]: body["other_rows_ids"]}
    if not isinstance(m, dict) or not m:
        raise bad_request("other_rows_ids_map must be an object of row id: [other row ids]",
                          {"other_rows_ids_map": ["required"]})
    if len(m) > MAX_ROWS:
        raise ApiError(413, "too_large", f"at most {MAX_ROWS} rows in one request")
    out: dict[str, list[str]] = {}
    for rid, others in m.items():
        if not isinstance(others, list) or not all(isinstance(o, str) for o in others):
            raise bad_request(f"other_rows_ids_map.{rid} must be a list of row ids",
                              {f"other_rows_ids_map.{rid}": ["must be a list of row ids"]})
        out[str(rid)] = others
    return out


def _resolve(gw: Gateway, body: dict) -> tuple[BaseSchema, TableMeta, ColumnMeta]:
    with state().db.read() as conn:
        schema = gw.schema(conn)
    table = find_table(schema, body.get("table_name"), body.get("table_id"))
    other = find_table(schema, body.get("other_table_name"), body.get("other_table_id"), field="other_table_name")
    return schema, table, link_column(schema, table, other, body.get("link_id"))


def _change_links(gw: Gateway, mode: str) -> Any:
    body = json_object()
    schema, table, col = _resolve(gw, body)
    wanted = _ids_map(body)
    if mode == "set" and isinstance(body.get("row_id_list"), list):  # batch_update_links
        wanted = {rid: wanted.get(rid, []) for rid in body["row_id_list"] if isinstance(rid, str)}
    with state().db.read() as conn:
        now = current_links(conn, schema, col, list(wanted)) if mode != "set" else {}
    links: dict[str, list[str]] = {}
    for rid, others in wanted.items():
        if mode == "add":
            links[rid] = list(dict.fromkeys([*now.get(rid, []), *others]))
        elif mode == "remove":
            drop = set(others)
            links[rid] = [o for o in now.get(rid, []) if o not in drop]
        else:
            links[rid] = list(dict.fromkeys(others))
    gw.run({"type": "set_links", "column_id": col.id, "links": links})
    return {"success": True}


@gateway_route("/links/", ["POST"], needed="editor")
def add_links(gw: Gateway) -> Any:
    """add_link / batch_add_links: link rows, keeping the links they have."""
    return _change_links(gw, "add")


@gateway_route("/links/", ["DELETE"], needed="editor")
def remove_links(gw: Gateway) -> Any:
    """remove_link / batch_remove_links."""
    return _change_links(gw, "remove")


@gateway_route("/links/", ["PUT"], needed="editor")
def update_links(gw: Gateway) -> Any:
    """update_link / batch_update_links: a row's links become exactly the given rows."""
    return _change_links(gw, "set")


@gateway_route("/query-links/", ["POST"])
def query_links(gw: Gateway) -> Any:
    """get_linked_records: {row_id: [{row_id, display_value}]}, each row paged by offset and limit."""
    body = json_object() if request.data else {}
    rows = body.get("rows")
    if not isinstance(rows, list) or not rows:
        raise bad_request("rows must be a non-empty list of {row_id, offset, limit}", {"rows": ["required"]})
    if len(rows) > MAX_ROWS:
        raise ApiError(413, "too_large", f"at most {MAX_ROWS} rows in one request")
    wants: dict[str, tuple[int, int]] = {}
    for i, r in enumerate(rows):
        if not isinstance(r, dict) or not isinstance(r.get("row_id"), str):
            raise bad_request(f"rows[{i}].row_id is required", {f"rows[{i}].row_id": ["required"]})
        offset = int_param(r.get("offset"), f"rows[{i}].offset") or 0
        limit = int_param(r.get("limit"), f"rows[{i}].limit", 1, 1000) or DEFAULT_LINKED
        wants[r["row_id"]] = (offset, limit)
    key = body.get("link_column_key") or body.get("link_column")
    with state().db.read() as conn:
        schema = gw.schema(conn)
        table = find_table(schema, None, body.get("table_id"), field="table_id")
        col = find_column(table, key, "link_column_key")
        if col.type != "link":
            raise bad_request(f"{col.name!r} is not a link column", {"link_column_key": ["not a link column"]})
        sides = link_sides(schema, col)
        if sides is None:
            raise not_found("The linked table of this link column is gone.")
        other = sides.other
        mine_t = table.sa_table.alias()
        other_t = other.sa_table.alias()
        primary = other.primary
        display = primary.type_cls.expression(other_t, primary).label("display") if primary is not None \
            else sa.null().label("display")
        found = conn.execute(
            sa.select(mine_t.c._id.label("src"), other_t.c._id.label("dst"), display)
            .select_from(sides.junction.join(mine_t, mine_t.c.id == sides.mine)
                         .join(other_t, other_t.c.id == sides.theirs))
            .where(mine_t.c._id.in_(list(wants))).order_by(mine_t.c._id, other_t.c.id)).all()
        vctx = value_context(conn, gw.base_id)
    out: dict[str, list[dict[str, Any]]] = {rid: [] for rid in wants}
    for r in found:
        out[r.src].append({"row_id": r.dst, "display_value":
                           primary.type_cls.to_text(r.display, primary, vctx) if primary is not None else None})
    return {rid: items[wants[rid][0]:wants[rid][0] + wants[rid][1]] for rid, items in out.items()}
