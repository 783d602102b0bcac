"""Views and computed columns as the SeaTable API sees them.

A SeaTable script names a view by name; its rows come from the views engine
(`server.query.compile`), with the view's filters, sorts and hidden columns, in view order.
Link and formula columns are created from SeaTable's `column_data` in our option names.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from server.catalog.model import BaseSchema, ColumnMeta, TableMeta
from server.errors import bad_request, not_found
from server.query import paging
from server.query.compile import CompileError, compile_view, raise_compile_error
from server.query.settings import load_settings

from .common import Gateway

_SUMMARY_IN = {"sum": "sum", "average": "average", "max": "max", "min": "min", "concatenate": "concatenate"}


def views_of(conn: sa.Connection, table_ids: list[int], user_id: int) -> dict[int, list[Any]]:
    """Live views of the tables that the caller may see (shared, or private to them)."""
    if not table_ids:
        return {}
    v = cat.views
    out: dict[int, list[Any]] = {}
    for r in conn.execute(sa.select(v).where(v.c.table_id.in_(table_ids), v.c.deleted_at.is_(None),
                                             sa.or_(v.c.private_to.is_(None), v.c.private_to == user_id))
                          .order_by(v.c.position, v.c.id)):
        out.setdefault(r.table_id, []).append(r)
    return out


def view_out(view: Any, table: TableMeta) -> dict[str, Any]:
    settings = view.settings or {}
    hidden = [str(c) for c in settings.get("hidden_columns", []) or [] if isinstance(c, int | str)]
    sorts = [{"column_key": str(s.get("column_id")), "sort_type": "down" if s.get("direction") == "desc" else "up"}
             for s in settings.get("sorts") or [] if isinstance(s, dict)]
    return {"_id": str(view.id), "name": view.name, "type": "table", "is_locked": False,
            "private_for": view.private_to, "hidden_columns": hidden, "sorts": sorts}


def find_view(conn: sa.Connection, gw: Gateway, table: TableMeta, view_name: str) -> Any:
    views = views_of(conn, [table.id], gw.principal.user_id).get(table.id, [])
    for v in views:
        if v.name == view_name:
            return v
    for v in views:
        if str(v.id) == view_name or v.name.casefold() == view_name.casefold():
            return v
    raise not_found(f"View {view_name!r} does not exist in table {table.name!r}.")


def rows_in_order(conn: sa.Connection, gw: Gateway, table: TableMeta, view_name: str | None,
                  order_by: ColumnMeta | None, desc: bool, start: int,
                  limit: int) -> tuple[list[ColumnMeta] | None, list[dict[str, Any]]]:
    """A window of rows through the views engine: the view's filters, sorts and hidden columns
    when a view is named, an `order_by` column replacing its sorts (as ad-hoc sorts do in
    Tablo's own API), and deep windows without OFFSET scans."""
    from server.query.rows import select_rows
    from server.views.reading import filter_context

    if not view_name and order_by is None:
        # The table's own order, as Tablo's rows API reads it: ORDER BY _order, id walks its
        # index on both databases (the views engine's NULLS FIRST spelling keeps PostgreSQL
        # from using it).
        t = table.sa_table
        return None, select_rows(conn, table, order_by=(t.c._order, t.c.id), offset=start, limit=limit)
    view = find_view(conn, gw, table, view_name) if view_name else None
    sorts = [{"column_id": order_by.id, "direction": "desc" if desc else "asc"}] if order_by is not None else None
    try:
        cv = compile_view(table, load_settings(view.settings if view is not None else {}),
                          filter_context(conn, gw.principal, gw.base_id), extra_sorts=sorts)
    except CompileError as exc:
        raise_compile_error(exc)
        raise
    win = paging.window(conn, cv, start, limit)
    return (cv.visible_columns() if view is not None else None), win.rows


def visible_columns(conn: sa.Connection, gw: Gateway, table: TableMeta, view_name: str) -> list[ColumnMeta]:
    view = find_view(conn, gw, table, view_name)
    hidden = set((view.settings or {}).get("hidden_columns") or [])
    return [c for c in table.columns if c.id not in hidden]


def special_column_options(schema: BaseSchema, table: TableMeta, column_type: str, data: Any) -> dict | None:
    """Options for link and formula columns from SeaTable's column_data; None for other types."""
    if column_type not in ("link", "formula", "link-formula"):
        return None
    if not isinstance(data, dict):
        raise bad_request(f"a {column_type} column needs column_data", {"column_data": ["required"]})
    if column_type == "link":
        other = data.get("other_table") or data.get("other_table_id")
        if not isinstance(other, str) or not other:
            raise bad_request("column_data.other_table names the table to link to",
                              {"column_data.other_table": ["required"]})
        return {"table": other}
    if column_type == "formula":
        if not isinstance(data.get("formula"), str):
            raise bad_request("column_data.formula is required", {"column_data.formula": ["required"]})
        return {"formula": data["formula"]}
    kind = data.get("formula")
    link = data.get("link_column_key") or data.get("link_column")
    if not isinstance(link, str) or not link:
        raise bad_request("column_data.link_column_key names the link column",
                          {"column_data.link_column_key": ["required"]})
    if kind == "count_links":
        return {"link": link}
    target = data.get("column_key_in_linked_record") or data.get("linked_column")
    if not isinstance(target, str) or not target:
        raise bad_request("column_data.column_key_in_linked_record is required",
                          {"column_data.column_key_in_linked_record": ["required"]})
    if kind == "lookup":
        return {"link": link, "column": target}
    if kind == "rollup":
        summary = _SUMMARY_IN.get(data.get("summary_method", "sum"))
        if summary is None:
            raise bad_request("column_data.summary_method must be sum, average, min, max or concatenate",
                              {"column_data.summary_method": ["unknown"]})
        return {"link": link, "column": target, "summary": summary}
    raise bad_request("column_data.formula must be lookup, rollup or count_links for a link-formula column",
                      {"column_data.formula": ["lookup, rollup or count_links"]})


def link_formula_type(data: Any) -> str:
    """SeaTable's one link-formula type is three of ours."""
    kind = data.get("formula") if isinstance(data, dict) else None
    return {"lookup": "lookup", "rollup": "rollup", "count_links": "link-count"}.get(kind or "", "lookup")
