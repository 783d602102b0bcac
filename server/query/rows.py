"""The SELECT every row read starts from: system columns plus each live column's expression."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.catalog.model import ColumnMeta, TableMeta
from server.query import asof
from server.query.access import row_filter

SYSTEM_FIELDS = ("_id", "_ctime", "_mtime", "_creator", "_last_modifier")


def column_label(col: ColumnMeta) -> str:
    """Stored columns keep their physical name; computed ones are labelled x_<id>."""
    if col.phys is not None:
        return col.phys
    return f"x_{col.id}"


def column_expression(table: TableMeta, col: ColumnMeta) -> sa.ColumnElement:
    return col.type_cls.expression(table.sa_table, col)


def base_select(table: TableMeta, columns: list[ColumnMeta] | None = None) -> sa.Select:
    t = table.sa_table
    cols: list[Any] = [t.c[name] for name in SYSTEM_FIELDS]
    as_of = asof.current() is not None
    for col in (table.columns if columns is None else columns):
        if col.phys is not None and as_of and col.type_cls.formula_computed:
            # A stored result read as of a date: its expression says whether the stored value
            # holds then (server.query.asof), under the same label.
            cols.append(column_expression(table, col).label(col.phys))
        elif col.phys is not None:
            cols.append(t.c[col.phys])
        elif col.type_cls.system_column is None:
            cols.append(column_expression(table, col).label(column_label(col)))
    return sa.select(*cols).select_from(t)


def select_rows(conn: Connection, table: TableMeta, where: Any = None, order_by: Any = None,
                offset: int = 0, limit: int | None = None) -> list[dict[str, Any]]:
    t = table.sa_table
    stmt = base_select(table)
    for cond in (where, row_filter(table)):
        if cond is not None:
            stmt = stmt.where(cond)
    stmt = stmt.order_by(*(order_by if order_by is not None else (t.c._order, t.c.id)))
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [dict(r._mapping) for r in conn.execute(stmt)]


def count_rows(conn: Connection, table: TableMeta, where: Any = None) -> int:
    t = table.sa_table
    stmt = sa.select(sa.func.count()).select_from(t)
    for cond in (where, row_filter(table)):
        if cond is not None:
            stmt = stmt.where(cond)
    return int(conn.execute(stmt).scalar_one())
