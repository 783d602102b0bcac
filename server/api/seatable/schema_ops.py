"""Table, view and column management of SeaTable's client: add_table, rename_table,
delete_table, add_view, rename_view, delete_view, rename_column, resize_column, freeze_column,
move_column, modify_column_type, delete_column and add_column_options (insert_column is in
routes.py).

Each call is one Tablo action through `Gateway.run` (add_table, modify_table, delete_table,
add_view, modify_view, delete_view, modify_column, delete_column): validated, permission-
checked, in one transaction, undoable in the app and seen live by everyone with the base open.
Widths and frozen columns are view settings in Tablo (a table without a saved view keeps them in
the browser, decision 0018), so resize_column and freeze_column change every view of the table
the caller sees in one `batch`, and a table with no saved view answers 409 saying so.
"""

from __future__ import annotations

from typing import Any

from flask import request

from server.catalog.model import ColumnMeta, TableMeta
from server.columns.registry import has_type
from server.errors import bad_request, conflict
from server.seatable.shared import Unsupported, find_column, find_table
from server.seatable.values import NOT_SUPPORTED_TYPES, column_data_in, column_out
from server.state import state

from . import views as view_support
from .common import Gateway, gateway_route, json_object, text_param

# The width a view setting takes (server/query/settings.py ViewSettings.column_widths).
MIN_WIDTH, MAX_WIDTH = 20, 2000
MAX_FROZEN = 20


def _table(gw: Gateway, body: dict) -> TableMeta:
    with state().db.read() as conn:
        return find_table(gw.schema(conn), body.get("table_name"), body.get("table_id"))


def _fresh_table(gw: Gateway, table_id: int) -> TableMeta:
    with state().db.read() as conn:
        return find_table(gw.schema(conn), None, table_id)


def _table_out(gw: Gateway, table: TableMeta) -> dict[str, Any]:
    """A table as get_metadata lists it."""
    with state().db.read() as conn:
        views = view_support.views_of(conn, [table.id], gw.principal.user_id).get(table.id, [])
    return {"_id": str(table.id), "name": table.name, "is_header_locked": False,
            "columns": [column_out(c) for c in table.columns],
            "views": [view_support.view_out(v, table) for v in views]}


def our_column_type(ctype: Any, field: str) -> str:
    """SeaTable's column type id as ours (link-formula needs its column_data: see insert_column)."""
    if not isinstance(ctype, str) or not ctype:
        raise bad_request(f"{field} is required", {field: ["required"]})
    if ctype == "default":
        return "text"
    if ctype in NOT_SUPPORTED_TYPES:
        raise Unsupported(f"the {ctype} column type")
    if not has_type(ctype):
        raise bad_request(f"unknown column type {ctype!r}", {field: ["unknown column type"]})
    return ctype


# -- tables -------------------------------------------------------------------------------------
@gateway_route("/tables/", ["POST"], needed="editor")
def add_table(gw: Gateway) -> Any:
    """add_table(table_name, lang, columns): columns as insert_column takes them
    ({column_name, column_type, column_data}); none gives one text column «Name»."""
    body = json_object()
    name = text_param(body, "table_name")
    specs = body.get("columns")
    if specs is not None and not isinstance(specs, list):
        raise bad_request("columns must be a list", {"columns": ["must be a list"]})
    columns = []
    for i, spec in enumerate(specs or []):
        field = f"columns[{i}]"
        if not isinstance(spec, dict):
            raise bad_request(f"{field} must be an object", {field: ["must be an object"]})
        cname = spec.get("column_name") or spec.get("name")
        if not isinstance(cname, str) or not cname.strip():
            raise bad_request(f"{field}.column_name is required", {f"{field}.column_name": ["required"]})
        raw_type = spec.get("column_type") or spec.get("type") or "text"
        ctype = our_column_type(raw_type, f"{field}.column_type")
        if ctype in ("link", "link-formula", "formula"):
            # They name other columns and tables: add them with insert_column once the table exists.
            raise Unsupported(f"{ctype} columns in add_table (add them with insert_column afterwards)")
        col: dict[str, Any] = {"name": cname, "type": ctype}
        options = column_data_in(ctype, spec.get("column_data") or spec.get("data"))
        if options is not None:
            col["options"] = options
        columns.append(col)
    action: dict[str, Any] = {"type": "add_table", "name": name}
    if columns:
        action["columns"] = columns
    res = gw.run(action)
    return _table_out(gw, _fresh_table(gw, res.result["table_id"]))


@gateway_route("/tables/", ["PUT"], needed="editor")
def rename_table(gw: Gateway) -> Any:
    body = json_object()
    new_name = text_param(body, "new_table_name")
    table = _table(gw, body)
    gw.run({"type": "modify_table", "table_id": table.id, "name": new_name})
    return {"success": True}


@gateway_route("/tables/", ["DELETE"], needed="editor")
def delete_table(gw: Gateway) -> Any:
    body = json_object()
    table = _table(gw, body)
    gw.run({"type": "delete_table", "table_id": table.id})
    return {"success": True}


# -- views ----------------------------------------------------------------------------------------
@gateway_route("/views/", ["POST"], needed="editor")
def add_view(gw: Gateway) -> Any:
    """add_view(table_name, view_name): a shared grid view (table_name comes in the query)."""
    body = json_object()
    table = _table(gw, {**request.args, **body})
    name = text_param(body, "name")
    res = gw.run({"type": "add_view", "table_id": table.id, "name": name})
    with state().db.read() as conn:
        view = view_support.find_view(conn, gw, table, str(res.result["view"]["id"]))
    return view_support.view_out(view, table)


@gateway_route("/views/<view_name>/", ["PUT"], needed="editor")
def rename_view(gw: Gateway, view_name: str) -> Any:
    body = json_object()
    table = _table(gw, {**request.args, **body})
    with state().db.read() as conn:
        view = view_support.find_view(conn, gw, table, view_name)
    gw.run({"type": "modify_view", "view_id": view.id, "name": text_param(body, "name")})
    with state().db.read() as conn:
        view = view_support.find_view(conn, gw, table, str(view.id))
    return view_support.view_out(view, table)


@gateway_route("/views/<view_name>/", ["DELETE"], needed="editor")
def delete_view(gw: Gateway, view_name: str) -> Any:
    table = _table(gw, dict(request.args))
    with state().db.read() as conn:
        view = view_support.find_view(conn, gw, table, view_name)
    gw.run({"type": "delete_view", "view_id": view.id})
    return {"success": True}


# -- columns --------------------------------------------------------------------------------------
def _grid_views(gw: Gateway, table: TableMeta) -> list[Any]:
    """The table's shared views (their widths and frozen columns are everyone's); a caller's own
    private views too. Other people's private views are theirs."""
    with state().db.read() as conn:
        views = view_support.views_of(conn, [table.id], gw.principal.user_id).get(table.id, [])
    if not views:
        raise conflict(f"Table {table.name!r} has no saved view: Tablo keeps column widths and frozen columns "
                       "per view (add one with add_view first)", {"table_name": ["no saved view"]})
    return views


def _display_order(table: TableMeta, settings: dict) -> list[int]:
    """Column ids left to right as a view shows them: its own order first, then the rest."""
    ids = [c.id for c in table.columns]
    order = [i for i in settings.get("column_order") or [] if i in ids]
    return order + [i for i in ids if i not in order]


def _settings_batch(gw: Gateway, table: TableMeta, change: Any) -> None:
    """One undoable step changing the settings of each of the table's views with change(settings)."""
    actions = []
    for v in _grid_views(gw, table):
        settings = dict(v.settings or {})
        new = change(settings)
        if new is not None:
            actions.append({"type": "modify_view", "view_id": v.id, "settings": new})
    if actions:
        gw.run({"type": "batch", "actions": actions})


def _resize(gw: Gateway, table: TableMeta, col: ColumnMeta, body: dict) -> None:
    width = body.get("new_column_width")
    if isinstance(width, bool) or not isinstance(width, int | float) or not MIN_WIDTH <= width <= MAX_WIDTH:
        raise bad_request(f"new_column_width must be a number of pixels from {MIN_WIDTH} to {MAX_WIDTH}",
                          {"new_column_width": [f"{MIN_WIDTH} to {MAX_WIDTH}"]})

    def change(settings: dict) -> dict:
        widths = dict(settings.get("column_widths") or {})
        widths[str(col.id)] = int(width)
        return {**settings, "column_widths": widths}

    _settings_batch(gw, table, change)


def _freeze(gw: Gateway, table: TableMeta, col: ColumnMeta, body: dict) -> None:
    frozen = body.get("frozen")
    if not isinstance(frozen, bool):
        raise bad_request("frozen must be true or false", {"frozen": ["true or false"]})

    def change(settings: dict) -> dict | None:
        at = _display_order(table, settings).index(col.id)
        now = int(settings.get("frozen_count") or 0)
        # SeaTable freezes every column up to this one, and unfreezing one unfreezes it and those after it.
        count = max(now, at + 1) if frozen else min(now, at)
        if count > MAX_FROZEN:
            raise bad_request(f"at most {MAX_FROZEN} columns can be frozen", {"column": ["too far right to freeze"]})
        return None if count == now else {**settings, "frozen_count": count}

    _settings_batch(gw, table, change)


def _move(gw: Gateway, table: TableMeta, col: ColumnMeta, body: dict) -> None:
    target = find_column(table, body.get("target_column"), "target_column")
    if target.id == col.id:
        return
    if col.is_primary:
        raise conflict("the primary column stays first", {"column": ["primary column"]})
    # After the target, as SeaTable's client documents ("moved to the right of the target column").
    ids = [c for c in table.columns if c.id != col.id]
    i = next(n for n, c in enumerate(ids) if c.id == target.id)
    after, before = ids[i].position, ids[i + 1].position if i + 1 < len(ids) else None
    position = (after + before) / 2 if before is not None else after + 1.0
    gw.run({"type": "modify_column", "column_id": col.id, "position": position})


@gateway_route("/columns/", ["PUT"], needed="editor")
def modify_column(gw: Gateway) -> Any:
    """rename_column, resize_column, freeze_column, move_column, modify_column_type (op_type)."""
    body = json_object()
    op = text_param(body, "op_type")
    table = _table(gw, body)
    col = find_column(table, body.get("column"), "column")
    if op == "rename_column":
        gw.run({"type": "modify_column", "column_id": col.id, "name": text_param(body, "new_column_name")})
    elif op == "modify_column_type":
        new_type = our_column_type(body.get("new_column_type"), "new_column_type")
        if new_type in ("link", "link-formula", "formula"):
            raise Unsupported(f"changing a column to {new_type} with modify_column_type (it needs column_data: "
                              "add a new column with insert_column)")
        gw.run({"type": "modify_column", "column_id": col.id, "column_type": new_type})
    elif op == "resize_column":
        _resize(gw, table, col, body)
    elif op == "freeze_column":
        _freeze(gw, table, col, body)
    elif op == "move_column":
        _move(gw, table, col, body)
    else:
        raise bad_request(f"unknown op_type {op!r}: rename_column, resize_column, freeze_column, move_column or "
                          "modify_column_type", {"op_type": ["unknown"]})
    table = _fresh_table(gw, table.id)
    return column_out(next(c for c in table.columns if c.id == col.id))


@gateway_route("/columns/", ["DELETE"], needed="editor")
def delete_column(gw: Gateway) -> Any:
    body = json_object()
    table = _table(gw, body)
    col = find_column(table, body.get("column"), "column")
    gw.run({"type": "delete_column", "column_id": col.id})
    return {"success": True}


@gateway_route("/column-options/", ["POST"], needed="editor")
def add_column_options(gw: Gateway) -> Any:
    """add_column_options(table, column, [{name, color, textColor}]): new options of a single or
    multiple select; names it already has are left as they are."""
    body = json_object()
    table = _table(gw, body)
    col = find_column(table, body.get("column"), "column")
    if col.type not in ("single-select", "multiple-select"):
        raise bad_request(f"{col.name!r} is not a single or multiple select column", {"column": ["not a select"]})
    given = body.get("options")
    if not isinstance(given, list) or not given:
        raise bad_request("options must be a non-empty list of {name, color}", {"options": ["required"]})
    current = list(col.options.get("options") or [])
    names = {o.get("name") for o in current}
    for i, o in enumerate(given):
        if not isinstance(o, dict) or not isinstance(o.get("name"), str) or not o["name"].strip():
            raise bad_request(f"options[{i}].name is required", {f"options[{i}].name": ["required"]})
        if o["name"] in names:
            continue
        names.add(o["name"])
        new = {"name": o["name"]}
        if isinstance(o.get("color"), str):
            new["color"] = o["color"]
        current.append(new)
    gw.run({"type": "modify_column", "column_id": col.id, "options": {**col.options, "options": current}})
    table = _fresh_table(gw, table.id)
    return column_out(next(c for c in table.columns if c.id == col.id))
