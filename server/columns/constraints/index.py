"""The index behind a unique column: `ux_<table id>_<physical column>` on the compared key.

Kept in step with the column inside the action that changes it (an on_column_change hook):
built when a column becomes unique, dropped when it stops being unique, is deleted, or its
type change moves its values to another physical column (SQLite cannot drop an indexed
column later, when the trash is purged). On SQLite the key calls `tablo_lower`, a function
Tablo registers on every connection it opens (see server.storage.dialect).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.catalog.model import ColumnMeta, TableMeta
from server.columns.constraints.check import key_expr
from server.columns.constraints.rules import is_unique


def index_name(table: TableMeta, phys: str) -> str:
    return f"ux_{table.id}_{phys}"


def _own_phys(col: ColumnMeta, table: TableMeta) -> list[str]:
    """Every physical column this column has used (current and retired by type changes)."""
    base = f"c_{col.id}"
    return sorted({p for p in [col.phys, *table.retired] if p and (p == base or p.startswith(base + "_v"))})


def sync_index(ctx: Any, table_id: int, column_id: int, event: str) -> None:
    """Create or drop the unique column's index to match the column now (on_column_change hook)."""
    table = ctx.schema.table(table_id)
    if table is None:
        return
    live = table.column(column_id)
    col = live or table.any_column(column_id)
    if col is None:
        return
    deleted = live is None
    want = None if deleted or col.phys is None or not is_unique(col) else index_name(table, col.phys)
    for phys in _own_phys(col, table):
        name = index_name(table, phys)
        if name != want:
            ctx.conn.execute(sa.schema.DropIndex(sa.Index(name), if_exists=True))
    if want is not None:
        ctx.conn.execute(sa.schema.CreateIndex(sa.Index(want, key_expr(table, col)), if_not_exists=True))
