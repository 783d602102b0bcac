"""Constraints in an import, row by row: the error list names the file's rows.

An import adding rows reports every row (up to the importer's limit) that leaves a required
column empty or repeats a unique value within the file; rows clashing with rows already in the
table are refused by `server.columns.constraints.check` after the write (the whole import rolls back).
"""

from __future__ import annotations

from typing import Any

from server.catalog.model import ColumnMeta
from server.columns.constraints.rules import has_default, is_required, is_unique


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _key(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


class RowCheck:
    """Remembers unique values across the chunks of one sheet."""

    def __init__(self, columns: list[ColumnMeta], adds_rows: bool) -> None:
        self.required = [c for c in columns if is_required(c) and not has_default(c)] if adds_rows else []
        self.unique = [c for c in columns if is_unique(c)] if adds_rows else []
        self.seen: dict[int, dict[Any, int]] = {c.id: {} for c in self.unique}

    def errors(self, first_row: int, n: int, cells: dict[str, list[Any]]) -> list[tuple[int, str, str]]:
        """(row number, column name, message) for each broken cell of a converted chunk of n rows
        (a required column the file does not fill is empty in every row)."""
        out: list[tuple[int, str, str]] = []
        for col in self.required:
            for i, v in enumerate(cells.get(col.phys) or [None] * n):
                if _empty(v):
                    out.append((first_row + i, col.name, "the column is required; the cell is empty"))
        for col in self.unique:
            seen = self.seen[col.id]
            for i, v in enumerate(cells.get(col.phys, [])):
                if _empty(v):
                    continue
                k = _key(v)
                if k in seen:
                    out.append((first_row + i, col.name,
                                f"the column is unique; the value {v!r} is also in row {seen[k]}"))
                else:
                    seen[k] = first_row + i
        return out
