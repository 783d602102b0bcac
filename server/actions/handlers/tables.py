"""Table actions: add_table, modify_table, delete_table (to the trash), restore_table,
duplicate_table."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields

from server.actions.context import ActionContext
from server.actions.registry import Done, action_handler
from server.actions.schemas import ActionPayload, Id, Position, TableRef
from server.catalog import schema as cat
from server.errors import conflict, invalid, not_found
from server.query.asof import RECORD_DATE_TYPES
from server.storage.physical import create_physical_table, table_phys_name

MAX_TABLES_PER_BASE = 500
NAME_MAX = 200


def check_name(name: Any, field_name: str = "name") -> str:
    if not isinstance(name, str) or not name.strip():
        raise invalid(f"{field_name} must be non-empty text", {field_name: ["required"]})
    name = name.strip()
    if len(name) > NAME_MAX:
        raise invalid(f"{field_name} is longer than {NAME_MAX} characters", {field_name: ["too long"]})
    if any(ord(ch) < 32 for ch in name):
        raise invalid(f"{field_name} must not contain control characters", {field_name: ["control characters"]})
    return name


def _unique_table_name(ctx: ActionContext, name: str, exclude: int | None = None) -> None:
    for t in ctx.schema.live_tables():
        if t.id != exclude and t.name.casefold() == name.casefold():
            raise conflict(f"a table named {name!r} already exists", {"name": ["already used"]})


def _next_table_position(ctx: ActionContext) -> float:
    tables = ctx.schema.live_tables()
    return (max(t.position for t in tables) + 1) if tables else 1.0


class NewTableColumn(Schema):
    """A column of a new table, as add_column takes it (`type` is the column type id)."""
    name = fields.String(required=True)
    type = fields.String(metadata={"description": "a column type id (default text)"})
    options = fields.Dict(allow_none=True)
    description = fields.String(allow_none=True)


class AddTable(ActionPayload):
    """A new table; its first column is the primary one (default: one text column «Name»)."""
    name = fields.String(required=True)
    columns = fields.List(fields.Nested(NewTableColumn), allow_none=True)


@action_handler("add_table", AddTable, changes_schema=True)
def add_table(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    name = check_name(payload.get("name"))
    _unique_table_name(ctx, name)
    if len(ctx.schema.live_tables()) >= MAX_TABLES_PER_BASE:
        raise invalid(f"a base holds at most {MAX_TABLES_PER_BASE} tables")
    columns = payload.get("columns")
    if columns is None:
        columns = [{"name": "Name", "type": "text"}]
    if not isinstance(columns, list) or not columns:
        raise invalid("columns must be a non-empty list", {"columns": ["required"]})
    table_id = ctx.conn.execute(
        sa.insert(cat.tables).values(base_id=ctx.base_id, name=name, position=_next_table_position(ctx),
                                     phys="pending", created_at=ctx.now).returning(cat.tables.c.id)
    ).scalar_one()
    phys = table_phys_name(table_id)
    ctx.conn.execute(sa.update(cat.tables).where(cat.tables.c.id == table_id).values(phys=phys))
    create_physical_table(ctx.conn, phys)
    ctx.reload_schema()
    created = []
    for i, spec in enumerate(columns):
        if not isinstance(spec, dict):
            raise invalid("each column is an object", {f"columns[{i}]": ["must be an object"]})
        col_spec = {k: v for k, v in spec.items() if k in ("name", "options", "description")}
        col_spec["column_type"] = spec.get("type", "text")
        done = ctx.run_done({"type": "add_column", "table_id": table_id, **col_spec, "is_primary": i == 0},
                            trusted=True)
        created.append(done.payload)
    ctx.touch(table_id)
    ctx.result["table_id"] = table_id
    ctx.result["column_ids"] = [c["column_id"] for c in created]
    return Done({"type": "add_table", "table_id": table_id, "name": name, "columns": created},
                {"type": "delete_table", "table_id": table_id})


class ModifyTable(TableRef):
    """Rename a table, move its tab or name its record date column (at least one of them)."""
    name = fields.String()
    position = Position()
    record_date_column_id = Id(allow_none=True, metadata={
        "description": "the date or created-time column saying when a row came to exist (reads as of a date "
                       "leave out rows recorded after it); null for none"})


@action_handler("modify_table", ModifyTable, changes_schema=True)
def modify_table(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    changes: dict[str, Any] = {}
    old: dict[str, Any] = {}
    if "name" in payload:
        name = check_name(payload["name"])
        _unique_table_name(ctx, name, exclude=table.id)
        changes["name"], old["name"] = name, table.name
    if "position" in payload:
        pos = payload["position"]
        if isinstance(pos, bool) or not isinstance(pos, int | float):
            raise invalid("position must be a number", {"position": ["must be a number"]})
        changes["position"], old["position"] = float(pos), table.position
    if "record_date_column_id" in payload:
        changes["record_date_column_id"] = _record_date_column(table, payload["record_date_column_id"], ctx.trusted)
        old["record_date_column_id"] = table.record_date_column_id
    if not changes:
        raise invalid("nothing to change: give name, position or record_date_column_id", {"name": ["required"]})
    values = {("record_date_column" if k == "record_date_column_id" else k): v for k, v in changes.items()}
    ctx.conn.execute(sa.update(cat.tables).where(cat.tables.c.id == table.id).values(**values))
    ctx.touch(table.id)
    ctx.reload_schema()
    return Done({"type": "modify_table", "table_id": table.id, **changes},
                {"type": "modify_table", "table_id": table.id, **old})


def _record_date_column(table: Any, column_id: Any, trusted: bool) -> int | None:
    """A record date column must be a live date or created-time column of the table. The
    server's own payloads (undo) may name one deleted since: undo puts back what was there, and
    it counts again when the column is restored."""
    if column_id is None:
        return None
    if isinstance(column_id, bool) or not isinstance(column_id, int):
        raise invalid("record_date_column_id must be a column id or null", {"record_date_column_id": ["not an id"]})
    col = table.column(column_id)
    if col is None:
        if trusted and table.any_column(column_id) is not None:
            return column_id
        raise invalid("record_date_column_id: no such column in this table", {"record_date_column_id": ["no such column"]})
    if col.type not in RECORD_DATE_TYPES:
        raise invalid(f"record_date_column_id: {col.name!r} is a {col.type} column; a record date is a date or "
                      "created-time column", {"record_date_column_id": ["not a date or created-time column"]})
    return column_id


class DeleteTable(TableRef):
    """Move a table to the trash (a base keeps at least one table)."""


@action_handler("delete_table", DeleteTable, changes_schema=True)
def delete_table(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    if len(ctx.schema.live_tables()) <= 1 and not ctx.trusted:
        raise conflict("a base keeps at least one table", {"table_id": ["last table"]})
    ctx.conn.execute(sa.update(cat.tables).where(cat.tables.c.id == table.id).values(deleted_at=ctx.now))
    ctx.touch(table.id)
    ctx.reload_schema()
    return Done({"type": "delete_table", "table_id": table.id},
                {"type": "restore_table", "table_id": table.id})


class RestoreTable(TableRef):
    """Bring a table back from the trash."""


@action_handler("restore_table", RestoreTable, changes_schema=True)
def restore_table(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table_id = payload.get("table_id")
    table = ctx.schema.table(table_id, include_deleted=True) if isinstance(table_id, int) else None
    if table is None or not table.deleted:
        raise not_found(f"Table {table_id} is not in the trash.")
    _unique_table_name(ctx, table.name)
    ctx.conn.execute(sa.update(cat.tables).where(cat.tables.c.id == table.id).values(deleted_at=None))
    ctx.touch(table.id)
    ctx.reload_schema()
    return Done({"type": "restore_table", "table_id": table.id},
                {"type": "delete_table", "table_id": table.id})


class DuplicateTable(TableRef):
    """Copy a table's columns (and rows unless with_rows is false) into a new table."""
    name = fields.String(allow_none=True)
    with_rows = fields.Boolean()


@action_handler("duplicate_table", DuplicateTable, changes_schema=True)
def duplicate_table(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    source = ctx.table(payload.get("table_id"))
    name = payload.get("name") or _copy_name(ctx, source.name)
    name = check_name(name)
    _unique_table_name(ctx, name)
    with_rows = bool(payload.get("with_rows", True))
    table_id = ctx.conn.execute(
        sa.insert(cat.tables).values(base_id=ctx.base_id, name=name, position=_next_table_position(ctx),
                                     phys="pending", created_at=ctx.now).returning(cat.tables.c.id)
    ).scalar_one()
    phys = table_phys_name(table_id)
    ctx.conn.execute(sa.update(cat.tables).where(cat.tables.c.id == table_id).values(phys=phys))
    create_physical_table(ctx.conn, phys)
    ctx.reload_schema()
    mapping: list[tuple[str, str]] = []
    for col in source.columns:
        done = ctx.run_done({"type": "add_column", "table_id": table_id, "name": col.name, "column_type": col.type,
                             "options": col.options, "description": col.description,
                             "is_primary": col.is_primary, "fill": False}, trusted=True)
        new_col = ctx.schema.table(table_id).column(done.payload["column_id"])
        if col.phys and new_col.phys:
            mapping.append((col.phys, new_col.phys))
            if col.type == "auto-number":
                counter = ctx.conn.execute(sa.select(cat.counters.c.value)
                                           .where(cat.counters.c.column_id == col.id)).scalar() or 0
                # The copy's column is new (added without numbering), so it has no counter row
                # yet: create it, or the copy would hand out numbers its rows already carry.
                done_update = ctx.conn.execute(sa.update(cat.counters).where(cat.counters.c.column_id == new_col.id)
                                               .values(value=counter))
                if done_update.rowcount == 0:
                    ctx.conn.execute(sa.insert(cat.counters).values(column_id=new_col.id, value=counter))
    if with_rows:
        src = source.sa_table
        dst = ctx.schema.table(table_id).sa_table
        sys_cols = ["_id", "_order", "_ctime", "_mtime", "_creator", "_last_modifier"]
        sel = sa.select(*[src.c[c] for c in sys_cols], *[src.c[a] for a, _ in mapping])
        ctx.conn.execute(sa.insert(dst).from_select([*sys_cols, *[b for _, b in mapping]], sel))
    ctx.touch(table_id)
    ctx.result["table_id"] = table_id
    # A copied link column made its other side in the linked table: the undo deletes those too,
    # or they would stay behind in that table pointing at a table in the trash.
    counterparts = [{"type": "delete_column", "table_id": other.id, "column_id": c.id}
                    for other in ctx.schema.live_tables() if other.id != table_id
                    for c in other.columns
                    if c.type == "link" and c.options.get("table_id") == table_id]
    inverse: dict[str, Any] = {"type": "delete_table", "table_id": table_id}
    if counterparts:
        inverse = {"type": "batch", "actions": [*counterparts, inverse]}
    return Done({"type": "duplicate_table", "table_id": source.id, "new_table_id": table_id, "name": name,
                 "with_rows": with_rows}, inverse)


def _copy_name(ctx: ActionContext, name: str) -> str:
    existing = {t.name.casefold() for t in ctx.schema.live_tables()}
    n = 1
    while True:
        candidate = f"{name} ({n + 1})" if n > 1 else f"{name} copy"
        if candidate.casefold() not in existing:
            return candidate[:NAME_MAX]
        n += 1
