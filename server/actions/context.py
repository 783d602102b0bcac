"""The context one action runs in: one connection, one transaction, one base."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.catalog import schema as cat
from server.catalog.model import BaseSchema, ColumnMeta, TableMeta, load_schema
from server.catalog.roles import member_users
from server.columns.base import ValueContext
from server.errors import ApiError, invalid, not_found

# Beyond these many touched cells an action is recorded as touching whole rows, then tables.
MAX_CELL_TOUCHES = 5000
MAX_ROW_TOUCHES = 5000


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class ActionContext:
    conn: Connection
    base_id: int
    user_id: int | None
    schema: BaseSchema
    now: dt.datetime
    version: int
    files_dir: Any = None
    touches: list[list[Any]] = field(default_factory=list)
    row_changes: list[dict[str, Any]] = field(default_factory=list)
    schema_changed: bool = False
    result: dict[str, Any] = field(default_factory=dict)
    _members: dict[int, dict] | None = None
    depth: int = 0
    # Trusted: the action comes from the log (undo/redo) or from server code, so raw
    # (already stored) values are allowed. Clients never send trusted actions.
    trusted: bool = False
    max_batch: int = 1000
    max_columns: int = 500
    # Per-action memo for checks and hooks (e.g. the caller's role), dropped with the action.
    cache: dict[str, Any] = field(default_factory=dict)

    # -- schema -------------------------------------------------------------------------
    def reload_schema(self) -> None:
        """Re-read tables and columns after this action changed them (never cached: uncommitted)."""
        self.schema = load_schema(self.conn, self.base_id, -1)
        self.schema_changed = True

    def table(self, table_id: Any, field_name: str = "table_id") -> TableMeta:
        if not isinstance(table_id, int) or isinstance(table_id, bool):
            raise invalid(f"{field_name} must be a table id", {field_name: ["must be an integer"]})
        t = self.schema.table(table_id)
        if t is None:
            raise not_found(f"Table {table_id} does not exist in this base.")
        return t

    def column(self, column_id: Any, field_name: str = "column_id") -> tuple[TableMeta, ColumnMeta]:
        if not isinstance(column_id, int) or isinstance(column_id, bool):
            raise invalid(f"{field_name} must be a column id", {field_name: ["must be an integer"]})
        found = self.schema.column(column_id)
        if found is None:
            raise not_found(f"Column {column_id} does not exist in this base.")
        return found

    # -- values -------------------------------------------------------------------------
    @property
    def members(self) -> dict[int, dict]:
        if self._members is None:
            rows = self.conn.execute(member_users(self.base_id)).all()
            self._members = {r.id: {"id": r.id, "email": r.email, "name": r.name} for r in rows}
        return self._members

    def value_context(self, create_options: bool = False) -> ValueContext:
        return ValueContext(user_id=self.user_id, members=self.members, file_lookup=self.lookup_files,
                            create_options=create_options)

    def lookup_files(self, ids: list[str]) -> dict[str, dict]:
        if not ids:
            return {}
        rows = self.conn.execute(
            sa.select(cat.files).where(cat.files.c.base_id == self.base_id, cat.files.c.id.in_(ids))
        ).all()
        return {r.id: {"id": r.id, "name": r.name, "size": r.size, "mime": r.mime} for r in rows}

    # -- bookkeeping --------------------------------------------------------------------
    def touch(self, table_id: int, row_id: str | None = None, column_id: int | None = None) -> None:
        self.touches.append([table_id, row_id, column_id])

    def compact_touches(self) -> list[list[Any]]:
        seen: set[tuple] = set()
        out: list[list[Any]] = []
        for t in self.touches:
            key = tuple(t)
            if key not in seen:
                seen.add(key)
                out.append(t)
        if len(out) > MAX_CELL_TOUCHES:
            rows = {(t[0], t[1]) for t in out if t[1] is not None}
            tables = {t[0] for t in out if t[1] is None}
            out = [[t, r, None] for t, r in rows] + [[t, None, None] for t in tables]
        if len(out) > MAX_ROW_TOUCHES:
            out = [[t, None, None] for t in sorted({t[0] for t in out})]
        return out

    def run(self, action: dict[str, Any], trusted: bool = False) -> dict[str, Any]:
        """Run a sub-action inside this one; returns its inverse. `trusted` for server-made raw actions."""
        return self.run_done(action, trusted).inverse

    def run_done(self, action: dict[str, Any], trusted: bool = False) -> Any:
        from server.actions.apply import run_handler

        self.depth += 1
        was = self.trusted
        self.trusted = was or trusted
        try:
            if self.depth > 20:
                raise ApiError(422, "too_deep", "actions nest too deeply")
            return run_handler(self, action)
        finally:
            self.depth -= 1
            self.trusted = was
