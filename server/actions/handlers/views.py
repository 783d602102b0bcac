"""View actions: add_view, modify_view, delete_view (soft), restore_view, duplicate_view,
reorder_views. All undoable; each carries `table_id` so index upkeep and live clients know
which table's views changed.

Settings are checked twice over: their shape (`server.query.settings`) and their meaning
against the table (`server.query.compile`, strictly, except that conditions on deleted
columns may stay: they are skipped while the column is gone and work again after undo).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import fields

from server.actions.context import ActionContext
from server.actions.handlers.tables import check_name
from server.actions.registry import Done, action_handler
from server.actions.schemas import Id, Position, TableRef, ViewRef
from server.catalog import schema as cat
from server.errors import conflict, invalid, not_found
from server.query.compile import CompileError, compile_view
from server.query.operators import FilterContext
from server.query.settings import load_settings
from server.views import DEFAULT_VIEW_TYPE, get_view_type, unknown_type_message

MAX_VIEWS_PER_TABLE = 200
VIEW_ACTIONS = ("add_view", "modify_view", "delete_view", "restore_view", "duplicate_view", "reorder_views")


def view_json(row: Any) -> dict[str, Any]:
    return {"id": row.id, "table_id": row.table_id, "name": row.name, "type": row.type, "position": row.position,
            "settings": row.settings, "private": row.private_to is not None, "created_by": row.created_by}


def _touch(ctx: ActionContext, view_id: int) -> None:
    # A view's own touch key: undoing a view change never conflicts with row edits.
    ctx.touch(f"view:{view_id}")  # type: ignore[arg-type]


def _load(ctx: ActionContext, view_id: Any, deleted: bool = False) -> Any:
    if isinstance(view_id, bool) or not isinstance(view_id, int):
        raise invalid("view_id must be a view id", {"view_id": ["must be an integer"]})
    v = cat.views
    row = ctx.conn.execute(
        sa.select(v).join(cat.tables, cat.tables.c.id == v.c.table_id)
        .where(v.c.id == view_id, cat.tables.c.base_id == ctx.base_id, cat.tables.c.deleted_at.is_(None))
    ).first()
    if row is None or (row.deleted_at is not None) != deleted or \
            (row.private_to is not None and row.private_to != ctx.user_id):
        raise not_found(f"View {view_id} does not exist." if not deleted else f"View {view_id} is not in the trash.")
    return row


def checked_settings(ctx: ActionContext, table_id: int, raw: Any) -> dict[str, Any]:
    settings = load_settings(raw)
    table = ctx.table(table_id)
    if ctx.trusted:
        # Undo/redo put back settings that were valid when saved; columns may have changed since.
        return settings
    fctx = FilterContext(user_id=ctx.user_id, members=ctx.members)
    try:
        compile_view(table, settings, fctx, strict=True, allow_deleted=True)
    except CompileError as exc:
        raise invalid(f"{exc.path}: {exc.message}", {exc.path: [exc.message]}, code="invalid_view") from exc
    return settings


def _unique_name(ctx: ActionContext, table_id: int, name: str, private_to: int | None,
                 exclude: int | None = None) -> None:
    v = cat.views
    q = sa.select(v.c.id, v.c.name).where(v.c.table_id == table_id, v.c.deleted_at.is_(None),
                                          sa.or_(v.c.private_to.is_(None), v.c.private_to == private_to))
    for r in ctx.conn.execute(q):
        if r.id != exclude and r.name.casefold() == name.casefold():
            raise conflict(f"a view named {name!r} already exists in this table", {"name": ["already used"]})


def _next_position(ctx: ActionContext, table_id: int) -> float:
    v = cat.views
    top = ctx.conn.execute(sa.select(sa.func.max(v.c.position)).where(v.c.table_id == table_id)).scalar()
    return (top or 0.0) + 1.0


def _view_type(raw: Any) -> str:
    if not isinstance(raw, str) or get_view_type(raw) is None:
        raise invalid(unknown_type_message(raw), {"view_type": ["unknown view type"]})
    return raw


def _insert(ctx: ActionContext, table_id: int, name: str, settings: dict, private_to: int | None,
            view_type: str) -> Any:
    v = cat.views
    live = ctx.conn.execute(sa.select(sa.func.count()).select_from(v)
                            .where(v.c.table_id == table_id, v.c.deleted_at.is_(None))).scalar_one()
    if live >= MAX_VIEWS_PER_TABLE:
        raise invalid(f"a table has at most {MAX_VIEWS_PER_TABLE} views")
    view_id = ctx.conn.execute(sa.insert(v).values(
        table_id=table_id, name=name, type=view_type, position=_next_position(ctx, table_id), settings=settings,
        private_to=private_to, created_by=ctx.user_id).returning(v.c.id)).scalar_one()
    return ctx.conn.execute(sa.select(v).where(v.c.id == view_id)).one()


def _private_to(ctx: ActionContext, private: Any) -> int | None:
    if not isinstance(private, bool):
        raise invalid("private must be true or false", {"private": ["must be a boolean"]})
    if private and ctx.user_id is None:
        raise invalid("only a signed-in user has private views", {"private": ["no user"]})
    return ctx.user_id if private else None


class AddView(TableRef):
    """A new view of a table; its settings are checked against the table."""
    name = fields.String(required=True)
    view_type = fields.String(metadata={"description": "a view type id (default grid)"})
    settings = fields.Dict(allow_none=True)
    private = fields.Boolean()


@action_handler("add_view", AddView)
def add_view(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    name = check_name(payload.get("name"))
    private_to = _private_to(ctx, payload.get("private", False))
    view_type = _view_type(payload.get("view_type", DEFAULT_VIEW_TYPE))
    _unique_name(ctx, table.id, name, private_to)
    settings = checked_settings(ctx, table.id, payload.get("settings"))
    row = _insert(ctx, table.id, name, settings, private_to, view_type)
    _touch(ctx, row.id)
    ctx.result["view"] = view_json(row)
    return Done({"type": "add_view", "table_id": table.id, "view_id": row.id, "name": name, "view_type": view_type,
                 "settings": settings, "private": private_to is not None},
                {"type": "delete_view", "view_id": row.id, "table_id": table.id})


class ModifyView(ViewRef):
    """Rename, change settings, make private or shared, or move a view."""
    name = fields.String()
    settings = fields.Dict(allow_none=True)
    private = fields.Boolean()
    position = Position()


@action_handler("modify_view", ModifyView)
def modify_view(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    row = _load(ctx, payload.get("view_id"))
    changes: dict[str, Any] = {}
    old: dict[str, Any] = {}
    if "name" in payload:
        name = check_name(payload["name"])
        _unique_name(ctx, row.table_id, name, row.private_to, exclude=row.id)
        changes["name"], old["name"] = name, row.name
    if "settings" in payload:
        changes["settings"], old["settings"] = checked_settings(ctx, row.table_id, payload["settings"]), row.settings
    if "private" in payload:
        private_to = _private_to(ctx, payload["private"])
        if row.private_to is not None and private_to is None:
            _unique_name(ctx, row.table_id, changes.get("name", row.name), None, exclude=row.id)
        changes["private_to"], old["private_to"] = private_to, row.private_to
    if "position" in payload:
        pos = payload["position"]
        if isinstance(pos, bool) or not isinstance(pos, int | float):
            raise invalid("position must be a number", {"position": ["must be a number"]})
        changes["position"], old["position"] = float(pos), row.position
    if not changes:
        raise invalid("nothing to change: give name, settings, private or position", {"settings": ["required"]})
    ctx.conn.execute(sa.update(cat.views).where(cat.views.c.id == row.id).values(**changes))
    _touch(ctx, row.id)
    new = ctx.conn.execute(sa.select(cat.views).where(cat.views.c.id == row.id)).one()
    ctx.result["view"] = view_json(new)

    def public(d: dict) -> dict:
        out = {k: v for k, v in d.items() if k != "private_to"}
        if "private_to" in d:
            out["private"] = d["private_to"] is not None
        return out

    return Done({"type": "modify_view", "view_id": row.id, "table_id": row.table_id, **public(changes)},
                {"type": "modify_view", "view_id": row.id, "table_id": row.table_id, **public(old)})


class DeleteView(ViewRef):
    """Move a view to the trash."""


@action_handler("delete_view", DeleteView)
def delete_view(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    row = _load(ctx, payload.get("view_id"))
    ctx.conn.execute(sa.update(cat.views).where(cat.views.c.id == row.id).values(deleted_at=ctx.now))
    _touch(ctx, row.id)
    return Done({"type": "delete_view", "view_id": row.id, "table_id": row.table_id},
                {"type": "restore_view", "view_id": row.id, "table_id": row.table_id})


class RestoreView(ViewRef):
    """Bring a view back from the trash."""


@action_handler("restore_view", RestoreView)
def restore_view(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    row = _load(ctx, payload.get("view_id"), deleted=True)
    _unique_name(ctx, row.table_id, row.name, row.private_to, exclude=row.id)
    ctx.conn.execute(sa.update(cat.views).where(cat.views.c.id == row.id).values(deleted_at=None))
    _touch(ctx, row.id)
    ctx.result["view"] = view_json(ctx.conn.execute(sa.select(cat.views).where(cat.views.c.id == row.id)).one())
    return Done({"type": "restore_view", "view_id": row.id, "table_id": row.table_id},
                {"type": "delete_view", "view_id": row.id, "table_id": row.table_id})


class DuplicateView(ViewRef):
    """Copy a view (type and settings) under a new name."""
    name = fields.String(allow_none=True)
    private = fields.Boolean()


@action_handler("duplicate_view", DuplicateView)
def duplicate_view(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    src = _load(ctx, payload.get("view_id"))
    private_to = _private_to(ctx, payload["private"]) if "private" in payload else src.private_to
    if payload.get("name") is not None:
        name = check_name(payload["name"])
    else:
        name = _copy_name(ctx, src.table_id, src.name, private_to)
    _unique_name(ctx, src.table_id, name, private_to)
    row = _insert(ctx, src.table_id, name, src.settings, private_to, src.type)
    _touch(ctx, row.id)
    ctx.result["view"] = view_json(row)
    # Redo replays this payload's inverse chain (delete/restore), so the copy keeps its id.
    return Done({"type": "duplicate_view", "view_id": src.id, "new_view_id": row.id, "table_id": src.table_id,
                 "name": name},
                {"type": "delete_view", "view_id": row.id, "table_id": src.table_id})


def _copy_name(ctx: ActionContext, table_id: int, name: str, private_to: int | None) -> str:
    v = cat.views
    existing = {r.name.casefold() for r in ctx.conn.execute(
        sa.select(v.c.name).where(v.c.table_id == table_id, v.c.deleted_at.is_(None)))}
    n = 1
    while True:
        candidate = (f"{name} ({n + 1})" if n > 1 else f"{name} copy")[:200]
        if candidate.casefold() not in existing:
            return candidate
        n += 1


class ReorderViews(TableRef):
    """Put a table's views in order (view_ids), or at positions by view id (undo)."""
    view_ids = fields.List(Id())
    positions = fields.Dict(keys=fields.String(), values=Position())


@action_handler("reorder_views", ReorderViews)
def reorder_views(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    """Put a table's views in the given order (view_ids), or at given positions (from undo)."""
    table = ctx.table(payload.get("table_id"))
    v = cat.views
    current = {r.id: r.position for r in ctx.conn.execute(
        sa.select(v.c.id, v.c.position).where(v.c.table_id == table.id, v.c.deleted_at.is_(None),
                                              sa.or_(v.c.private_to.is_(None), v.c.private_to == ctx.user_id)))}
    if "positions" in payload:
        positions = payload["positions"]
        if not isinstance(positions, dict):
            raise invalid("positions must be an object", {"positions": ["must be an object"]})
        new = {int(k): float(p) for k, p in positions.items() if int(k) in current}
    else:
        ids = payload.get("view_ids")
        if not isinstance(ids, list) or not ids or not all(isinstance(i, int) and not isinstance(i, bool)
                                                            for i in ids):
            raise invalid("view_ids must be a non-empty list of view ids", {"view_ids": ["required"]})
        if len(set(ids)) != len(ids):
            raise invalid("a view appears twice in view_ids", {"view_ids": ["duplicates"]})
        unknown = [i for i in ids if i not in current]
        if unknown:
            raise not_found(f"View {unknown[0]} is not a view of this table.")
        # Views not listed keep their place after the listed ones.
        rest = sorted((i for i in current if i not in ids), key=lambda i: (current[i], i))
        new = {vid: float(n + 1) for n, vid in enumerate([*ids, *rest])}
    old = {str(k): current[k] for k in new}
    for vid, pos in new.items():
        ctx.conn.execute(sa.update(v).where(v.c.id == vid).values(position=pos))
        _touch(ctx, vid)
    return Done({"type": "reorder_views", "table_id": table.id, "positions": {str(k): p for k, p in new.items()}},
                {"type": "reorder_views", "table_id": table.id, "positions": old})
