"""Column actions: add_column, modify_column (rename, options, type change), delete_column,
restore_column.

A type change writes the converted values into a new physical column and keeps the old one
(retired), so undo switches back to exactly the old values and redo forward again, without
converting twice. Retired and deleted columns are dropped when the trash is purged.
"""

from __future__ import annotations

import math
from typing import Any

import sqlalchemy as sa
from marshmallow import ValidationError, fields

from server.actions.context import ActionContext
from server.actions.handlers.tables import check_name
from server.actions.hooks import run_column_change_hooks
from server.actions.registry import Done, action_handler
from server.actions.schemas import ColumnRef, Id, Position, TableRef, server_only
from server.catalog import schema as cat
from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import CellError
from server.columns.constraints import rules as constraint_rules
from server.columns.constraints.check import refusal, violations
from server.columns.constraints.defaults import check_default
from server.columns.numeric import number_rows
from server.columns.registry import get_type, has_type
from server.errors import conflict, flatten_messages, invalid, not_found
from server.storage.physical import add_physical_column

CONVERT_CHUNK = 2000
MAX_EXAMPLES = 5


def validated_options(type_id: str, options: Any, existing: dict | None = None) -> dict:
    """The type's own options checked by the type; `constraints` (required, unique, default)
    checked by server.columns.constraints, and kept from `existing` when the options leave them out."""
    if options is not None and not isinstance(options, dict):
        raise invalid("options must be an object", {"options": ["must be an object"]})
    own, given = constraint_rules.split(options)
    try:
        out = get_type(type_id).validate_options(own or {}, existing)
        if given is None and existing:
            given = existing.get(constraint_rules.KEY)
        found = constraint_rules.validate_constraints(type_id, get_type(type_id), given)
        if found:
            out = {**out, constraint_rules.KEY: found}
        return out
    except ValidationError as exc:
        fields = flatten_messages(exc.messages, "options")
        key, msgs = next(iter(fields.items()))
        raise invalid(f"{key}: {msgs[0]}", fields) from exc


def _prepared(ctx: ActionContext, type_id: str, table: TableMeta, col: ColumnMeta | None, options: dict) -> dict:
    """Types whose options need the schema (links, formulas) resolve and check them here."""
    return get_type(type_id).prepare_options(ctx, table, col, options)


def _check_type(type_id: Any) -> str:
    if not isinstance(type_id, str) or not has_type(type_id):
        raise invalid(f"unknown column type {type_id!r}", {"type": ["unknown column type"]})
    return type_id


def _unique_column_name(table: TableMeta, name: str, exclude: int | None = None) -> None:
    for c in table.columns:
        if c.id != exclude and c.name.casefold() == name.casefold():
            raise conflict(f"a column named {name!r} already exists in this table", {"name": ["already used"]})


def _position_after(table: TableMeta, after: Any) -> float:
    if after is None:
        return (max(c.position for c in table.columns) + 1) if table.columns else 1.0
    col = table.column(after) if isinstance(after, int) else None
    if col is None:
        raise invalid("after must be a column of this table", {"after": ["no such column"]})
    later = [c.position for c in table.columns if c.position > col.position]
    return (col.position + min(later)) / 2 if later else col.position + 1


class AddColumn(TableRef):
    """A new column: its type's options are checked by the type."""
    name = fields.String(required=True)
    column_type = fields.String(metadata={"description": "a column type id (default text)"})
    options = fields.Dict(allow_none=True)
    description = fields.String(allow_none=True)
    after = Id(allow_none=True, metadata={"description": "place after this column"})
    is_primary = fields.Boolean(metadata=server_only("the primary column of a new table"))
    fill = fields.Boolean(metadata=server_only("number the existing rows (auto-number; default true)"))


@action_handler("add_column", AddColumn, changes_schema=True)
def add_column(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    name = check_name(payload.get("name"))
    type_id = _check_type(payload.get("column_type", "text"))
    _unique_column_name(table, name)
    if len(table.columns) >= ctx.max_columns:
        raise invalid(f"a table holds at most {ctx.max_columns} columns", {"name": ["too many columns"]})
    options = _prepared(ctx, type_id, table, None, validated_options(type_id, payload.get("options")))
    description = payload.get("description") or ""
    if not isinstance(description, str) or len(description) > 2000:
        raise invalid("description is text of at most 2000 characters", {"description": ["invalid"]})
    is_primary = bool(payload.get("is_primary")) if ctx.trusted else False
    ctype = get_type(type_id)
    column_id = ctx.conn.execute(
        sa.insert(cat.columns).values(table_id=table.id, name=name, type=type_id, options=options,
                                      position=_position_after(table, payload.get("after")), phys=None,
                                      is_primary=is_primary, description=description)
        .returning(cat.columns.c.id)
    ).scalar_one()
    if ctype.stored:
        phys = f"c_{column_id}"
        add_physical_column(ctx.conn, table.phys, phys, ctype.sql_type(options))
        ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == column_id).values(phys=phys))
    ctx.reload_schema()
    table = ctx.schema.table(table.id)
    col = table.column(column_id)
    ctype.after_add(ctx, table, col, payload)
    col = ctx.schema.table(table.id).column(column_id)
    options = col.options
    run_column_change_hooks(ctx, table.id, column_id, "add")
    _check_constraints(ctx, table.id, column_id, None)
    ctx.touch(table.id, None, column_id)
    ctx.result["column_id"] = column_id
    ctx.result["column"] = col.to_json()
    return Done({"type": "add_column", "table_id": table.id, "column_id": column_id, "name": name,
                 "column_type": type_id, "options": options},
                {"type": "delete_column", "column_id": column_id})


class DeleteColumn(ColumnRef):
    """Move a column to the trash (not the primary column)."""


@action_handler("delete_column", DeleteColumn, changes_schema=True)
def delete_column(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table, col = ctx.column(payload.get("column_id"))
    if col.deleted or table.deleted:
        raise not_found(f"Column {col.id} does not exist.")
    if col.is_primary and not ctx.trusted:
        raise conflict("the primary column cannot be deleted; make another column primary first",
                       {"column_id": ["primary column"]})
    ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == col.id).values(deleted_at=ctx.now))
    ctx.touch(table.id, None, col.id)
    ctx.reload_schema()
    run_column_change_hooks(ctx, table.id, col.id, "delete")
    return Done({"type": "delete_column", "table_id": table.id, "column_id": col.id},
                {"type": "restore_column", "column_id": col.id})


class RestoreColumn(ColumnRef):
    """Bring a column back from the trash."""


@action_handler("restore_column", RestoreColumn, changes_schema=True)
def restore_column(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table, col = ctx.column(payload.get("column_id"))
    if not col.deleted:
        raise not_found(f"Column {col.id} is not deleted.")
    _unique_column_name(table, col.name)
    ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == col.id).values(deleted_at=None))
    ctx.touch(table.id, None, col.id)
    ctx.reload_schema()
    run_column_change_hooks(ctx, table.id, col.id, "restore")
    return Done({"type": "restore_column", "table_id": table.id, "column_id": col.id},
                {"type": "delete_column", "column_id": col.id})


class ModifyColumn(ColumnRef):
    """Rename, describe, move, change options or change the type of a column."""
    name = fields.String()
    column_type = fields.String()
    options = fields.Dict(allow_none=True)
    description = fields.String(allow_none=True)
    position = Position()
    restore_phys = fields.String(allow_none=True, metadata=server_only("undo and redo of a type change"))


@action_handler("modify_column", ModifyColumn, changes_schema=True)
def modify_column(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table, col = ctx.column(payload.get("column_id"))
    if col.deleted:
        raise not_found(f"Column {col.id} does not exist.")
    changes: dict[str, Any] = {}
    old: dict[str, Any] = {}
    if "name" in payload:
        name = check_name(payload["name"])
        _unique_column_name(table, name, exclude=col.id)
        changes["name"], old["name"] = name, col.name
    if "description" in payload:
        desc = payload["description"] or ""
        if not isinstance(desc, str) or len(desc) > 2000:
            raise invalid("description is text of at most 2000 characters", {"description": ["invalid"]})
        changes["description"], old["description"] = desc, col.description
    new_type = _check_type(payload["column_type"]) if "column_type" in payload else col.type
    if "position" in payload:
        pos = payload["position"]
        if isinstance(pos, bool) or not isinstance(pos, (int, float)) or not math.isfinite(pos) or abs(pos) > 1e15:
            raise invalid("position must be a finite number", {"position": ["not a number"]})
        if new_type != col.type:
            raise invalid("change a column's type and its position separately", {"position": ["not with a type change"]})
        changes["position"], old["position"] = float(pos), col.position
    if "restore_phys" in payload and ctx.trusted:
        return _switch_physical(ctx, table, col, payload, changes, old)
    if new_type != col.type:
        return _change_type(ctx, table, col, new_type, payload.get("options"), changes, old)
    if "options" in payload:
        opts = _prepared(ctx, col.type, table, col, validated_options(col.type, payload["options"], col.options))
        changes["options"], old["options"] = opts, col.options
    if not changes:
        raise invalid("nothing to change: give name, type, options, description or position", {"name": ["required"]})
    ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == col.id).values(**changes))
    ctx.touch(table.id, None, col.id)
    ctx.reload_schema()
    run_column_change_hooks(ctx, table.id, col.id, "modify")
    _check_constraints(ctx, table.id, col.id, col)
    ctx.result["column"] = ctx.schema.table(table.id).column(col.id).to_json()
    return Done({"type": "modify_column", "table_id": table.id, "column_id": col.id, **changes},
                {"type": "modify_column", "column_id": col.id, **old})


def _retire(ctx: ActionContext, table: TableMeta, phys: str | None) -> None:
    if phys is not None:
        ctx.conn.execute(sa.insert(cat.retired_columns).values(table_id=table.id, phys=phys, retired_at=ctx.now))


def _change_type(ctx: ActionContext, table: TableMeta, col: ColumnMeta, new_type: str, options: Any,
                 changes: dict, old: dict) -> Done:
    if col.is_primary and get_type(new_type).read_only and new_type != "auto-number":
        raise invalid("the primary column cannot become a read-only type", {"type": ["not for the primary column"]})
    if not get_type(new_type).allow_type_change or not col.type_cls.allow_type_change:
        raise invalid("a link column cannot change type or be made from another type; add a new column instead",
                      {"type": ["not for link columns"]})
    opts = validated_options(new_type, options if options is not None else _carry_options(col, new_type))
    opts = _prepared(ctx, new_type, table, col, opts)
    ntype = get_type(new_type)
    new_phys: str | None = None
    report = {"converted": 0, "failed": 0, "examples": []}
    target = ColumnMeta(id=col.id, table_id=table.id, name=changes.get("name", col.name), type=new_type,
                        options=opts, position=col.position, phys=None, is_primary=col.is_primary,
                        description=col.description, deleted=False)
    if ntype.stored:
        new_phys = f"c_{col.id}_v{ctx.version}"
        add_physical_column(ctx.conn, table.phys, new_phys, ntype.sql_type(opts))
        target = ColumnMeta(**{**target.__dict__, "phys": new_phys})
        # Rebuild the SQL table object with the new column present.
        table_sa = sa.Table(table.phys, sa.MetaData(),
                            *[sa.Column(c.name, c.type) for c in table.sa_table.columns],
                            sa.Column(new_phys, ntype.sql_type(opts)), info=dict(table.sa_table.info))
        if new_type != "auto-number":  # auto numbers are given after the switch, in row order
            opts = _convert_values(ctx, table_sa, table, col, target, report)
            target = ColumnMeta(**{**target.__dict__, "options": opts})
    changes.update({"type": new_type, "options": opts, "phys": new_phys})
    old.update({"column_type": col.type, "options": col.options, "restore_phys": col.phys})
    ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == col.id).values(**changes))
    _retire(ctx, table, col.phys)
    ctx.reload_schema()
    if new_type == "auto-number" and new_phys is not None:
        t2 = ctx.schema.table(table.id)
        report["converted"] = number_rows(ctx, t2, t2.column(col.id), new_phys)
    run_column_change_hooks(ctx, table.id, col.id, "modify")
    _check_constraints(ctx, table.id, col.id, col)
    ctx.touch(table.id, None, col.id)
    ctx.result["conversion"] = report
    ctx.result["column"] = ctx.schema.table(table.id).column(col.id).to_json()
    payload = {"type": "modify_column", "table_id": table.id, "column_id": col.id, **_public(changes)}
    return Done(payload, {"type": "modify_column", "column_id": col.id, **old})


def _carry_options(col: ColumnMeta, new_type: str) -> dict:
    """Options worth keeping across a type change (select options between the two select types;
    required and unique where the new type allows them; a default value is not carried)."""
    out: dict[str, Any] = {}
    if {col.type, new_type} <= {"single-select", "multiple-select"}:
        out["options"] = col.options.get("options", [])
    carried = constraint_rules.carry(col, get_type(new_type))
    if carried:
        out[constraint_rules.KEY] = carried
    return out


def _check_constraints(ctx: ActionContext, table_id: int, column_id: int, before: ColumnMeta | None) -> None:
    """A column's default must fit its type; a constraint turned on over rows that break it is
    refused (409) with those rows listed. Restores (undo, redo) are trusted and not refused."""
    table = ctx.schema.table(table_id)
    col = table.column(column_id)
    vctx = ctx.value_context()
    check_default(col, vctx)
    if ctx.trusted:
        return
    was = (constraint_rules.is_required(before), constraint_rules.is_unique(before)) if before else (False, False)
    moved = before is not None and before.phys != col.phys
    required = constraint_rules.is_required(col) and (moved or not was[0])
    unique = constraint_rules.is_unique(col) and (moved or not was[1])
    found = violations(ctx.conn, table, col, vctx, required=required, unique=unique)
    if found:
        raise refusal(table, col, found, status=409)


def _convert_values(ctx: ActionContext, t: sa.Table, table: TableMeta, source: ColumnMeta, target: ColumnMeta,
                    report: dict) -> dict:
    """Convert in batches of rows (keyset by id), never row by row through an ORM."""
    vctx = ctx.value_context(create_options=True)
    src_expr = source.type_cls.expression(t, source)
    last_id = 0
    ttype = target.type_cls
    while True:
        chunk = ctx.conn.execute(
            sa.select(t.c.id, src_expr.label("v")).where(t.c.id > last_id, src_expr.is_not(None))
            .order_by(t.c.id).limit(CONVERT_CHUNK)
        ).all()
        if not chunk:
            break
        last_id = chunk[-1].id
        updates = []
        for r in chunk:
            try:
                new = ttype.convert_value(r.v, source, target, vctx)
            except CellError as exc:
                report["failed"] += 1
                if len(report["examples"]) < MAX_EXAMPLES:
                    report["examples"].append({"value": source.type_cls.to_text(r.v, source, vctx), "error": str(exc)})
                continue
            if new is not None:
                updates.append({"b_id": r.id, "v": new})
                report["converted"] += 1
        if updates:
            ctx.conn.execute(sa.update(t).where(t.c.id == sa.bindparam("b_id")).values({target.phys: sa.bindparam("v")}),
                             updates)
    return vctx.option_overrides.get(target.id, target.options)


def _switch_physical(ctx: ActionContext, table: TableMeta, col: ColumnMeta, payload: dict, changes: dict,
                     old: dict) -> Done:
    """Undo or redo of a type change: point the column back at a kept physical column."""
    restore = payload["restore_phys"]
    if restore is not None and restore not in table.retired:
        raise conflict("the values from before this change are no longer kept (the trash was emptied)")
    new_type = _check_type(payload.get("column_type"))
    opts = payload.get("options", {})
    changes.update({"type": new_type, "options": opts, "phys": restore})
    old.update({"column_type": col.type, "options": col.options, "restore_phys": col.phys})
    ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == col.id).values(**changes))
    if restore is not None:
        ctx.conn.execute(sa.delete(cat.retired_columns).where(cat.retired_columns.c.table_id == table.id,
                                                              cat.retired_columns.c.phys == restore))
    _retire(ctx, table, col.phys)
    ctx.touch(table.id, None, col.id)
    ctx.reload_schema()
    run_column_change_hooks(ctx, table.id, col.id, "modify")
    ctx.result["column"] = ctx.schema.table(table.id).column(col.id).to_json()
    return Done({"type": "modify_column", "table_id": table.id, "column_id": col.id, **_public(changes)},
                {"type": "modify_column", "column_id": col.id, **old})


def _public(changes: dict) -> dict:
    """Catalog changes as an action payload: the column's type travels as column_type."""
    out = {k: v for k, v in changes.items() if k not in ("phys", "type")}
    if "type" in changes:
        out["column_type"] = changes["type"]
    return out
