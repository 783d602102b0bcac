"""What the SeaTable SQL compiler and the SeaTable-compatible API share: the refusal of what
Tablo does not serve, row limits, and tables and columns found the way SeaTable's scripts
name them."""

from __future__ import annotations

import os
from typing import Any

from server.catalog.model import BaseSchema, ColumnMeta, TableMeta
from server.errors import ApiError, bad_request, not_found
from server.state import state


# -- limits (higher than SeaTable's and configurable) -----------------------------------------
def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    try:
        return max(int(raw), 1) if raw else default
    except ValueError:
        return default


def max_rows_per_read() -> int:
    """Most rows one list-rows or SQL call returns (SeaTable: 1,000 and 10,000)."""
    return _env_int("TABLO_SEATABLE_MAX_ROWS", 10_000)


def max_rows_per_write() -> int:
    """Most rows one append/update/delete call takes (SeaTable: 1,000)."""
    return max(_env_int("TABLO_SEATABLE_MAX_BATCH", 10_000), state().config.max_batch_rows)


DEFAULT_LIST_LIMIT = 1000  # what SeaTable returns when no limit is given


class Unsupported(ApiError):
    """A call or SQL feature Tablo does not serve: said plainly, never a wrong success."""

    def __init__(self, what: str) -> None:
        super().__init__(501, "unsupported", f"Not supported by Tablo's SeaTable-compatible API: {what}")


# -- tables and columns ------------------------------------------------------------------------
def find_table(schema: BaseSchema, table_name: Any, table_id: Any = None, field: str = "table_name") -> TableMeta:
    """SeaTable names a table by name; its client also sends a four-character name as table_id.

    An id that is one of ours wins; otherwise the id and then the name are tried as names.
    """
    live = schema.live_tables()
    if table_id not in (None, ""):
        tid = str(table_id)
        for t in live:
            if str(t.id) == tid:
                return t
    for candidate in (table_name, table_id):
        if isinstance(candidate, str) and candidate:
            for t in live:
                if t.name == candidate:
                    return t
            folded = candidate.casefold()
            for t in live:
                if t.name.casefold() == folded:
                    return t
    if table_name in (None, "") and table_id in (None, ""):
        raise bad_request("table_name is required", {field: ["required"]})
    raise not_found(f"Table {table_name or table_id!r} does not exist in this base.")


def find_column(table: TableMeta, key: Any, field: str = "column") -> ColumnMeta:
    """A column by name (SeaTable scripts use names) or by key (our column id as text)."""
    if isinstance(key, str) and key:
        for c in table.columns:
            if c.name == key:
                return c
        for c in table.columns:
            if c.key == key:
                return c
        folded = key.casefold()
        for c in table.columns:
            if c.name.casefold() == folded:
                return c
    raise not_found(f"Column {key!r} does not exist in table {table.name!r}.")
