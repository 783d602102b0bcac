"""Views over HTTP: create, change, delete, restore, duplicate and reorder views (all actions),
and read them: windows of rows (offset or keyset cursor), count, group tree, search hits,
footer summaries and a row's position.

Reading never waits for a count: `/rows` and `/count` are separate requests. Every read
takes optional ad-hoc `filters` (a filter tree as JSON, ANDed with the view's), `sorts`
(JSON, replacing the view's) and `search` (text), with the same operators as saved views.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.actions.handlers.views import view_json
from server.api.access import base_role, run_action, table_access
from server.api.routing import route
from server.api.rows import MAX_LIMIT, TableReadQuery
from server.auth.service import Principal, role_in_base
from server.catalog import schema as cat
from server.errors import invalid, not_found
from server.query import aggregates, paging
from server.query.asof import AsOfField
from server.query.compile import (
    CompiledView,
    default_summaries,
)
from server.query.operators import all_operator_families
from server.query.settings import load_settings
from server.state import state
from server.views import DEFAULT_VIEW_TYPE, get_view_type, kanban, ranges, unknown_type_message, view_types
from server.views.reading import api_rows, compile_for, compiled_value_context, window_json

SETTINGS_DOC = ("the view type's settings (schemas in GET /api/view-types). A grid's: filters (nested AND/OR "
                "groups), sorts, group_by (≤3), hidden_columns, column_order, column_widths, frozen_count, "
                "row_height, row_colors, summaries; a kanban's add stack_column, card_fields, cover_column, "
                "sum_column, collapsed; a calendar's date_columns, title_column, default_mode; a timeline's start_column, end_column or "
                "duration_column, group_column, title_column, zoom; a form's title, description, fields (column_id, "
                "required, label, help, condition), prefill, after_submit, success_message, redirect_url, cover_file, "
                "logo_file — see docs/views.md")


def _known_view_type(name: str) -> None:
    # Checked against the registry when a request comes, so types registered by plugins count.
    if get_view_type(name) is None:
        raise ValidationError(unknown_type_message(name))


class ViewCreate(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    type = fields.String(load_default=DEFAULT_VIEW_TYPE, validate=_known_view_type,
                         metadata={"description": "a view type from GET /api/view-types (default grid)"})
    settings = fields.Dict(load_default=None, allow_none=True, metadata={"description": SETTINGS_DOC})
    private = fields.Boolean(load_default=False, metadata={"description": "only you see it"})
    client_id = fields.String(load_default=None, allow_none=True)


class ViewPatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    settings = fields.Dict(metadata={"description": SETTINGS_DOC})
    private = fields.Boolean()
    position = fields.Float()
    client_id = fields.String(load_default=None, allow_none=True)


class ViewDuplicate(Schema):
    name = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200))
    private = fields.Boolean()
    client_id = fields.String(load_default=None, allow_none=True)


class ViewOrder(Schema):
    view_ids = fields.List(fields.Integer(strict=True), required=True, validate=validate.Length(min=1, max=500))
    client_id = fields.String(load_default=None, allow_none=True)


_ADHOC = {
    "filters": fields.String(load_default=None, metadata={
        "description": 'JSON filter tree or list, e.g. [{"column_id":3,"operator":"contains","value":"ООО"}]'}),
    "sorts": fields.String(load_default=None, metadata={
        "description": 'JSON list, e.g. [{"column_id":4,"direction":"desc"}]; replaces the view\'s sorts'}),
    "search": fields.String(load_default=None, metadata={"description": "only rows whose visible cells contain it"}),
}


class ReadQuery(Schema):
    filters = _ADHOC["filters"]
    sorts = _ADHOC["sorts"]
    search = _ADHOC["search"]
    as_of = AsOfField()


class WindowQuery(ReadQuery):
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=MAX_LIMIT))
    cursor = fields.String(load_default=None, metadata={"description": "next_cursor of the previous window"})
    keys = fields.String(load_default="ids", validate=validate.OneOf(["ids", "names"]))


class SearchQuery(ReadQuery):
    q = fields.String(required=True, validate=validate.Length(min=1, max=200))
    limit = fields.Integer(load_default=1000, validate=validate.Range(min=1, max=paging.MAX_SEARCH_HITS))


class PositionQuery(ReadQuery):
    row_id = fields.String(required=True, validate=validate.Length(min=1, max=64))


# -- helpers --------------------------------------------------------------------------------------
def _view_row(conn: sa.Connection, principal: Principal, view_id: int) -> Any:
    v = cat.views
    row = conn.execute(sa.select(v, cat.tables.c.base_id).join(cat.tables, cat.tables.c.id == v.c.table_id)
                       .where(v.c.id == view_id, v.c.deleted_at.is_(None), cat.tables.c.deleted_at.is_(None))).first()
    if row is None or (row.private_to is not None and row.private_to != principal.user_id):
        raise not_found("This view does not exist.")
    return row


def _base_of_view(principal: Principal, view_id: int, needed: str = "viewer") -> int:
    with state().db.read() as conn:
        row = _view_row(conn, principal, view_id)
    try:
        base_role(principal, row.base_id, needed)
    except Exception as exc:
        if getattr(exc, "status", None) == 404:
            raise not_found("This view does not exist.") from None
        raise
    return row.base_id


def compile_table(conn: sa.Connection, principal: Principal, table_id: int, query: dict) -> tuple[CompiledView, int]:
    """A table read under its unsaved settings (any role reads; checked on this connection)."""
    base_id, _ = table_access(principal, table_id)
    return compile_for(conn, principal, base_id, table_id, None, query, unsaved=True), base_id


def _compiled(conn: sa.Connection, principal: Principal, view_id: int, query: dict) -> tuple[CompiledView, Any]:
    """The view compiled with the request's ad-hoc parameters, and its catalog row."""
    row = _view_row(conn, principal, view_id)
    # Reading needs any role; checked on this connection (one transaction per read request).
    if role_in_base(conn, principal, row.base_id) is None:
        raise not_found("This view does not exist.")
    return compile_for(conn, principal, row.base_id, row.table_id, row.settings, query), row


def typed_settings(type_name: str, raw: Any) -> dict[str, Any]:
    """Settings given for a view of this type, in its schema's shape (defaults filled in; 422
    naming the field). The action checks them against the table (server.actions.handlers.views)."""
    vt = get_view_type(type_name) or get_view_type(DEFAULT_VIEW_TYPE)
    assert vt is not None
    return load_settings(raw, schema=vt.settings_schema)


# -- managing views -------------------------------------------------------------------------------
@route("/tables/{table_id}/views", "POST", "Create a view (an undoable action)", "views", body=ViewCreate,
       responses={201: "the view", 422: "a filter, sort or other setting does not fit the table (fields say which)"})
def create_view(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    raw = body["settings"]
    with state().db.read() as conn:
        settings = typed_settings(body["type"], raw)
        table = state().schema_cache.get(conn, base_id).table(table_id)
    if not (isinstance(raw, dict) and "summaries" in raw) and table is not None:
        # Nobody chose a footer: the default one (money summed, rows counted), as template views have.
        settings["summaries"] = default_summaries(table)
    action = {"type": "add_view", "table_id": table_id, "name": body["name"], "view_type": body["type"],
              "private": body["private"], "settings": settings}
    res = run_action(principal, base_id, action, body)
    return {"view": res.result["view"], "version": res.version}, 201


@route("/tables/{table_id}/views", "GET", "The table's views you can see, in order", "views")
def list_views(principal: Principal, table_id: int) -> Any:
    table_access(principal, table_id)
    v = cat.views
    with state().db.read() as conn:
        rows = conn.execute(sa.select(v).where(v.c.table_id == table_id, v.c.deleted_at.is_(None),
                                               sa.or_(v.c.private_to.is_(None), v.c.private_to == principal.user_id))
                            .order_by(v.c.position, v.c.id)).all()
    return {"views": [view_json(r) for r in rows]}


@route("/views/{view_id}", "GET", "A view, with the settings that are broken (their column was deleted)", "views")
def get_view(principal: Principal, view_id: int) -> Any:
    with state().db.read() as conn:
        row = _view_row(conn, principal, view_id)
        base_role(principal, row.base_id)
        cv = compile_for(conn, principal, row.base_id, row.table_id, row.settings, {})
    return {"view": view_json(row), "broken": cv.broken}


@route("/views/{view_id}", "PATCH", "Rename a view or change its settings (replaced whole; undoable)", "views",
       body=ViewPatch)
def patch_view(principal: Principal, view_id: int, body: dict) -> Any:
    base_id = _base_of_view(principal, view_id, "editor")
    action: dict[str, Any] = {"type": "modify_view", "view_id": view_id}
    for k in ("name", "settings", "private", "position"):
        if k in body:
            action[k] = body[k]
    if "settings" in body:
        with state().db.read() as conn:
            row = _view_row(conn, principal, view_id)
            action["settings"] = typed_settings(row.type, body["settings"])
    res = run_action(principal, base_id, action, body)
    return {"view": res.result["view"], "version": res.version}


@route("/views/{view_id}", "DELETE", "Delete a view (undoable; restorable)", "views")
def delete_view(principal: Principal, view_id: int) -> Any:
    base_id = _base_of_view(principal, view_id, "editor")
    res = run_action(principal, base_id, {"type": "delete_view", "view_id": view_id})
    return {"deleted": view_id, "version": res.version}


@route("/views/{view_id}/restore", "POST", "Restore a deleted view", "views")
def restore_view(principal: Principal, view_id: int) -> Any:
    with state().db.read() as conn:
        row = conn.execute(sa.select(cat.tables.c.base_id).join(cat.views, cat.views.c.table_id == cat.tables.c.id)
                           .where(cat.views.c.id == view_id)).first()
    if row is None:
        raise not_found("This view does not exist.")
    base_role(principal, row.base_id, "editor")
    res = run_action(principal, row.base_id, {"type": "restore_view", "view_id": view_id})
    return {"view": res.result["view"], "version": res.version}


@route("/views/{view_id}/duplicate", "POST", "Copy a view with its settings", "views", body=ViewDuplicate)
def duplicate_view(principal: Principal, view_id: int, body: dict) -> Any:
    base_id = _base_of_view(principal, view_id, "editor")
    action: dict[str, Any] = {"type": "duplicate_view", "view_id": view_id, "name": body.get("name")}
    if "private" in body:
        action["private"] = body["private"]
    res = run_action(principal, base_id, action, body)
    return {"view": res.result["view"], "version": res.version}, 201


@route("/tables/{table_id}/views/order", "POST", "Reorder the table's views", "views", body=ViewOrder)
def order_views(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    res = run_action(principal, base_id, {"type": "reorder_views", "table_id": table_id,
                                          "view_ids": body["view_ids"]}, body)
    return {"version": res.version}


@route("/view-types", "GET", "The view types a table can have: name, settings schema and how rows are read",
       "views", auth=False)
def list_view_types() -> Any:
    return {"view_types": [vt.to_json() for vt in view_types()]}


@route("/filter-operators", "GET", "Filter operators per column type, with the kind of value each takes", "views",
       auth=False)
def filter_operators() -> Any:
    return all_operator_families()


# -- reading views --------------------------------------------------------------------------------
@route("/views/{view_id}/rows", "GET", "A window of the view's rows in view order (offset/limit or cursor)",
       "views", query=WindowQuery)
def view_rows(principal: Principal, view_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, row = _compiled(conn, principal, view_id, query)
        # A view whose type is no longer registered (its plugin removed) is read as a grid.
        return window_json(conn, cv, row.base_id, query, get_view_type(row.type))


@route("/views/{view_id}/count", "GET", "How many rows the view shows", "views", query=ReadQuery)
def view_count(principal: Principal, view_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, _ = _compiled(conn, principal, view_id, query)
        return {"count": paging.count(conn, cv), "broken": cv.broken}


@route("/views/{view_id}/groups", "GET", "The view's group tree: values, counts, first row positions, summaries",
       "views", query=ReadQuery)
def view_groups(principal: Principal, view_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, _ = _compiled(conn, principal, view_id, query)
        out = aggregates.groups(conn, cv, compiled_value_context(cv))
    out["broken"] = cv.broken
    return out


@route("/views/{view_id}/summaries", "GET", "Footer summaries of the whole filtered view, in one query", "views",
       query=ReadQuery)
def view_summaries(principal: Principal, view_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, _ = _compiled(conn, principal, view_id, query)
        out = aggregates.footer(conn, cv, compiled_value_context(cv))
    out["broken"] = cv.broken
    return out


@route("/views/{view_id}/search", "GET", "Rows whose visible cells contain q: row ids and positions in view order",
       "views", query=SearchQuery)
def view_search(principal: Principal, view_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, _ = _compiled(conn, principal, view_id, query)
        hits = paging.search_positions(conn, cv, query["q"], query["limit"])
    return {"hits": hits, "broken": cv.broken}


@route("/views/{view_id}/position", "GET", "Where a row is in the view (0-based), or null when filtered out",
       "views", query=PositionQuery)
def view_position(principal: Principal, view_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, _ = _compiled(conn, principal, view_id, query)
        exists, pos = paging.position(conn, cv, query["row_id"])
    if not exists:
        raise not_found("This row does not exist.")
    return {"row_id": query["row_id"], "position": pos}


# -- reading a table under unsaved settings ("All rows" with changes not saved as a view) ---------
@route("/tables/{table_id}/groups", "GET",
       "The group tree of the table under unsaved settings (`settings` parameter with group_by)", "views",
       query=TableReadQuery)
def table_groups(principal: Principal, table_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, _ = compile_table(conn, principal, table_id, query)
        return aggregates.groups(conn, cv, compiled_value_context(cv))


@route("/tables/{table_id}/summaries", "GET",
       "Footer summaries of the table under unsaved settings (default: money summed, rows counted)", "views",
       query=TableReadQuery)
def table_summaries(principal: Principal, table_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, _ = compile_table(conn, principal, table_id, query)
        return aggregates.footer(conn, cv, compiled_value_context(cv))


# -- reading a kanban: its stacks, then windows of one stack --------------------------------------
class StackWindowQuery(ReadQuery):
    stack = fields.String(required=True, validate=validate.Length(max=200), metadata={
        "description": 'a stack key from /stacks: an option id, a JSON list of user ids, or "" for empty cells'})
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=MAX_LIMIT))
    keys = fields.String(load_default="ids", validate=validate.OneOf(["ids", "names"]))


def _board(conn: sa.Connection, principal: Principal, view_id: int, query: dict) -> tuple[CompiledView, Any]:
    cv, row = _compiled(conn, principal, view_id, query)
    vt = get_view_type(row.type)  # an unregistered type is read as a grid: no stacks
    if vt is None or vt.reads != "stacks":
        raise invalid("this view has no stacks (it is not a kanban)", {"view_id": ["not a kanban view"]})
    return cv, row


@route("/views/{view_id}/stacks", "GET",
       "A kanban's stacks in order: key, label, colour, card count and the sum of its sum column", "views",
       query=ReadQuery)
def view_stacks(principal: Principal, view_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, _ = _board(conn, principal, view_id, query)
        return {"stacks": kanban.stacks(conn, cv), "stack_column": cv.settings["stack_column"], "broken": cv.broken}


@route("/views/{view_id}/stacks/rows", "GET",
       "A window of one kanban stack's cards in view order (offset/limit, 50 by default)", "views",
       query=StackWindowQuery)
def view_stack_rows(principal: Principal, view_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, row = _board(conn, principal, view_id, query)
        out = window_json(conn, kanban.stack_view(cv, query["stack"]), row.base_id, query)
    out["stack"] = query["stack"]
    return out


# -- reading a calendar or timeline: the rows of a range of days -----------------------------------
class RangeQuery(ReadQuery):
    start = fields.Date(required=True, metadata={"description": "first day, YYYY-MM-DD"})
    end = fields.Date(required=True, metadata={"description": "last day (included), YYYY-MM-DD"})
    limit = fields.Integer(load_default=ranges.DEFAULT_RANGE_LIMIT,
                           validate=validate.Range(min=1, max=ranges.MAX_RANGE_LIMIT))
    keys = fields.String(load_default="ids", validate=validate.OneOf(["ids", "names"]))

    @validates_schema
    def _span(self, data: dict, **kw: Any) -> None:
        if "start" in data and "end" in data:
            days = (data["end"] - data["start"]).days
            if days < 0:
                raise ValidationError({"end": ["must not be before start"]})
            if days >= ranges.MAX_RANGE_DAYS:
                raise ValidationError({"end": [f"a range is at most {ranges.MAX_RANGE_DAYS} days"]})


@route("/views/{view_id}/range", "GET",
       "A calendar's rows with a chosen date from start to end, or a timeline's bars overlapping them "
       "(at most `limit`; `truncated` says more exist)",
       "views", query=RangeQuery,
       responses={422: "a parameter is wrong (fields say which), or the view is not a calendar or timeline "
                       "(field view_id)"})
def view_range(principal: Principal, view_id: int, query: dict) -> Any:
    with state().db.read() as conn:
        cv, row = _compiled(conn, principal, view_id, query)
        vt = get_view_type(row.type)  # an unregistered type is read as a grid: no days
        if not isinstance(vt, ranges.RangeViewType):
            raise invalid("this view has no days (it is not a calendar or timeline)",
                          {"view_id": ["not a calendar or timeline view"]})
        condition = vt.range_condition(cv, cv.settings, query["start"], query["end"])
        rows, truncated = ranges.read_range(conn, cv, condition, query["limit"])
        out = api_rows(cv, rows, query["keys"] == "names")
    return {"rows": out, "start": query["start"].isoformat(), "end": query["end"].isoformat(),
            "limit": query["limit"], "truncated": truncated, "broken": cv.broken}
