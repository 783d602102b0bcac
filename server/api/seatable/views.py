"""Views, links and computed columns as the SeaTable API sees them.

These depend on the views engine (`server.query`) and the link and formula column types
(`server.columns.links`, `server.formulas`). Where the piece they need is not on this
server, the call answers a clear "unsupported" error instead of a wrong success.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from server.catalog.model import BaseSchema, ColumnMeta, TableMeta
from server.errors import not_found

from .common import Gateway, Unsupported


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
    return {"_id": str(view.id), "name": view.name, "type": "table", "is_locked": False,
            "private_for": view.private_to, "hidden_columns": hidden}


def find_view(conn: sa.Connection, gw: Gateway, table: TableMeta, view_name: str) -> Any:
    views = views_of(conn, [table.id], gw.principal.user_id).get(table.id, [])
    for v in views:
        if v.name == view_name or str(v.id) == view_name:
            return v
    raise not_found(f"View {view_name!r} does not exist in table {table.name!r}.")


def view_rows(conn: sa.Connection, gw: Gateway, table: TableMeta, view_name: str, order: list[Any],
              start: int, limit: int) -> tuple[list[ColumnMeta], list[dict[str, Any]]]:
    find_view(conn, gw, table, view_name)
    raise Unsupported("list_rows with view_name: the views engine is not on this server yet")


def visible_columns(conn: sa.Connection, gw: Gateway, table: TableMeta, view_name: str) -> list[ColumnMeta]:
    find_view(conn, gw, table, view_name)
    raise Unsupported("list_columns with view_name: the views engine is not on this server yet")


def special_column_options(schema: BaseSchema, table: TableMeta, column_type: str, data: Any) -> dict | None:
    """Options for link and formula columns (their column_data names tables and columns); None for others."""
    return None
