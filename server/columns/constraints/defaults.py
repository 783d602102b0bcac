"""Default values: what a new row gets in a column it was not given a value for.

Used by insert_rows (grid, forms, REST and SeaTable-compatible APIs, automations) and by
imports (rows added from a file); never by a restore (undo, redo, the row trash), which
writes back stored rows as they were. A value given — even an empty one — wins over the
default. "today" is the server's today (as `today()` in formulas reads it), "me" the user
making the row (nothing for rows made by the system).
"""

from __future__ import annotations

import copy
from typing import Any

from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import CellError
from server.columns.constraints.rules import constraints_of, has_default
from server.errors import invalid
from server.query import asof


def default_value(col: ColumnMeta, user_id: int | None) -> Any:
    """The column's default as an API value (None: no default)."""
    c = constraints_of(col)
    dyn = c.get("default_dynamic")
    if dyn == "today":
        return asof.today().date().isoformat()
    if dyn == "me":
        return [user_id] if user_id is not None else None
    return c.get("default")


def stored_default(col: ColumnMeta, user_id: int | None, vctx: Any) -> Any:
    """The default converted to a stored value; a default that no longer fits (its option was
    deleted) is a 422 naming the column."""
    value = default_value(col, user_id)
    if value is None:
        return None
    try:
        return col.type_cls.to_db(value, col, vctx)
    except (CellError, TypeError, ValueError) as exc:
        raise invalid(f"the default value of the column {col.name!r} is not valid: {exc}",
                      {f"{col.id}": [f"invalid default value: {exc}"]}) from exc


def default_cells(table: TableMeta, user_id: int | None, vctx: Any) -> dict[str, Any]:
    """Stored defaults keyed by physical column, for the columns of `table` that have one."""
    out: dict[str, Any] = {}
    for col in table.columns:
        if col.phys is not None and has_default(col):
            value = stored_default(col, user_id, vctx)
            if value is not None:
                out[col.phys] = value
    return out


def fill(cells: dict[str, Any], defaults: dict[str, Any]) -> None:
    """Give a new row's cells the defaults of the columns it has no value for."""
    for phys, value in defaults.items():
        if phys not in cells:
            cells[phys] = copy.copy(value) if isinstance(value, list | dict) else value


def check_default(col: ColumnMeta, vctx: Any) -> None:
    """Refuse a default the column's type cannot store (add_column, modify_column)."""
    try:
        stored_default(col, None, vctx)
    except Exception as exc:
        raise invalid(f"the default value of the column {col.name!r} is not valid",
                      {"options.constraints.default": [getattr(exc, "message", str(exc))]}) from exc
