"""Link actions and the bookkeeping links and formulas need when rows or columns change.

- set_links (public): set the linked rows of some cells of a link column; the inverse sets
  the old ones back.
- link_pairs (internal): add or remove raw junction pairs; the inverse of removing a deleted
  row's links (undo of delete_rows restores the row with its internal id, then its links).
- on row delete: a row's links go with it.
- on column change: a link column and its counterpart are deleted and restored together;
  formulas, lookups and rollups re-derive the text users see and their result type.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import fields

from server.actions.context import ActionContext
from server.actions.hooks import on_column_change, on_row_delete
from server.actions.registry import Done, action_handler
from server.actions.schemas import ActionPayload, ColumnRef, Id, server_only
from server.catalog import schema as cat
from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import CellError
from server.columns.links import check_link_value, junction_table
from server.errors import invalid, not_found

MAX_CELLS = 1000


def _link_column(ctx: ActionContext, column_id: Any) -> tuple[TableMeta, ColumnMeta, TableMeta]:
    table, col = ctx.column(column_id)
    if col.deleted or col.type != "link":
        raise invalid("column_id must be a link column", {"column_id": ["not a link column"]})
    other = ctx.schema.table(col.options.get("table_id"))
    if other is None or not col.options.get("link_id"):
        raise not_found("The linked table does not exist.")
    return table, col, other


def _ids(ctx: ActionContext, table: TableMeta, row_ids: list[str]) -> dict[str, int]:
    t = table.sa_table
    found: dict[str, int] = {}
    for i in range(0, len(row_ids), 500):
        chunk = row_ids[i:i + 500]
        found.update({r._id: r.id for r in ctx.conn.execute(sa.select(t.c._id, t.c.id).where(t.c._id.in_(chunk)))})
    return found


def _public_ids(ctx: ActionContext, table: TableMeta, ids: list[int]) -> dict[int, str]:
    t = table.sa_table
    out: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update({r.id: r._id for r in ctx.conn.execute(sa.select(t.c.id, t.c._id).where(t.c.id.in_(chunk)))})
    return out


def _in_view(ctx: ActionContext, other: TableMeta, view_id: int, ids: list[int]) -> set[int]:
    """Which of these rows of the other table the link's view shows (links may be limited to a view)."""
    from server.query.compile import compile_view

    settings = ctx.conn.execute(sa.select(cat.views.c.settings).where(
        cat.views.c.id == view_id, cat.views.c.deleted_at.is_(None))).scalar()
    if settings is None:  # the view is gone: no limit
        return set(ids)
    where = compile_view(other, settings).where
    t = other.sa_table
    q = sa.select(t.c.id).where(t.c.id.in_(ids))
    if where is not None:
        q = q.where(where)
    return {r.id for r in ctx.conn.execute(q)}


class SetLinks(ColumnRef):
    """A link column's cells: row id → the linked row ids (replacing what was linked)."""
    links = fields.Dict(keys=fields.String(), values=fields.Raw(allow_none=True), required=True)
    field_names = fields.Dict(keys=fields.String(), values=fields.String(), data_key="_fields",
                              metadata=server_only("how errors name a row's cell (a row write's rows[3].Client)"))


@action_handler("set_links", SetLinks)
def set_links(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table, col, other = _link_column(ctx, payload.get("column_id"))
    links = payload.get("links")
    if not isinstance(links, dict) or not links:
        raise invalid("links must be an object of row id: [linked row ids]", {"links": ["required"]})
    if len(links) > MAX_CELLS:
        from server.errors import too_large

        raise too_large(f"at most {MAX_CELLS} cells in one request")
    wanted: dict[str, list[str]] = {}
    for rid, value in links.items():
        try:
            wanted[rid] = check_link_value(value, col)
        except CellError as exc:
            raise invalid(f"links.{rid}: {exc}", {f"links.{rid}": [str(exc)]}) from None
    own = _ids(ctx, table, list(wanted))
    missing = [r for r in wanted if r not in own]
    if missing:
        raise not_found(f"Row {missing[0]} does not exist in this table.")
    all_other = sorted({o for v in wanted.values() for o in v})
    theirs = _ids(ctx, other, all_other)
    for rid, value in wanted.items():
        bad = [o for o in value if o not in theirs]
        if bad:
            field = payload.get("_fields", {}).get(rid, f"links.{rid}")
            raise invalid(f"{field}: row {bad[0]} does not exist in table {other.name!r}", {field: ["no such row"]})
    view_id = col.options.get("view_id")
    if view_id and not ctx.trusted:
        allowed = _in_view(ctx, other, view_id, list(theirs.values()))
        for rid, value in wanted.items():
            bad = [o for o in value if theirs[o] not in allowed]
            if bad:
                field = payload.get("_fields", {}).get(rid, f"links.{rid}")
                raise invalid(f"{field}: row {bad[0]} is not in the view this link is limited to",
                              {field: ["not in the link's view"]})
    j = junction_table(col.options["link_id"])
    side_a = col.options.get("side", "a") == "a"
    mine, their = (j.c.row_a, j.c.row_b) if side_a else (j.c.row_b, j.c.row_a)
    own_ids = list(own.values())
    old_pairs = ctx.conn.execute(sa.select(mine, their).where(mine.in_(own_ids))).all()
    old: dict[int, list[int]] = {}
    for m, o in old_pairs:
        old.setdefault(m, []).append(o)
    ctx.conn.execute(sa.delete(j).where(mine.in_(own_ids)))
    new_rows = []
    changed_other: set[int] = set()
    for rid, value in wanted.items():
        m = own[rid]
        targets = [theirs[o] for o in value]
        for o in targets:
            new_rows.append({"row_a": m, "row_b": o} if side_a else {"row_a": o, "row_b": m})
        before = set(old.get(m, []))
        changed_other |= before ^ set(targets)
        ctx.touch(table.id, rid, col.id)
        ctx.row_changes.append({"table_id": table.id, "row_id": rid,
                                "change": {"op": "update", "cells": {col.key: [None, value]}}})
    if new_rows:
        ctx.conn.execute(sa.insert(j), new_rows)
    other_col = col.options.get("other_column_id")
    for orid in _public_ids(ctx, other, sorted(changed_other)).values():
        ctx.touch(other.id, orid, other_col)
    own_public = {v: k for k, v in own.items()}
    back_ids = _public_ids(ctx, other, sorted({o for v in old.values() for o in v}))
    inverse_links = {own_public[m]: [back_ids[o] for o in old.get(m, []) if o in back_ids] for m in own_ids}
    return Done({"type": "set_links", "table_id": table.id, "column_id": col.id, "links": wanted},
                {"type": "set_links", "column_id": col.id, "links": inverse_links})


class LinkPairs(ActionPayload):
    """Server only: add and remove (row_a, row_b) pairs of a link's junction (by internal row ids)."""
    link_id = Id(required=True)
    add = fields.List(fields.List(fields.Integer()), allow_none=True)
    remove = fields.List(fields.List(fields.Integer()), allow_none=True)


@action_handler("link_pairs", LinkPairs, public=False)
def link_pairs(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    link_id = payload.get("link_id")
    if not isinstance(link_id, int):
        raise invalid("link_id must be an integer", {"link_id": ["required"]})
    j = junction_table(link_id)
    add = [tuple(p) for p in payload.get("add") or []]
    remove = [tuple(p) for p in payload.get("remove") or []]
    for a, b in remove:
        ctx.conn.execute(sa.delete(j).where(j.c.row_a == a, j.c.row_b == b))
    if add:
        existing = set()
        for i in range(0, len(add), 500):
            chunk = add[i:i + 500]
            existing |= {(r.row_a, r.row_b) for r in ctx.conn.execute(
                sa.select(j.c.row_a, j.c.row_b).where(sa.tuple_(j.c.row_a, j.c.row_b).in_(chunk)))}
        fresh = [{"row_a": a, "row_b": b} for a, b in add if (a, b) not in existing]
        if fresh:
            ctx.conn.execute(sa.insert(j), fresh)
    _touch_pairs(ctx, link_id, add + remove)
    return Done({"type": "link_pairs", "link_id": link_id, "add": [list(p) for p in add],
                 "remove": [list(p) for p in remove]},
                {"type": "link_pairs", "link_id": link_id, "add": [list(p) for p in remove],
                 "remove": [list(p) for p in add]})


def _touch_pairs(ctx: ActionContext, link_id: int, pairs: list[tuple]) -> None:
    """Mark the rows on both sides of changed pairs (stored rollups and live clients follow touches)."""
    found = ctx.schema.column(link_id)  # side a's column has the link's id
    if found is None or not pairs:
        return
    table_a, col_a = found
    table_b = ctx.schema.table(col_a.options.get("table_id"))
    for table, ids, col_id in ((table_a, {a for a, _ in pairs}, col_a.id),
                               (table_b, {b for _, b in pairs}, col_a.options.get("other_column_id"))):
        if table is None:
            continue
        for rid in _public_ids(ctx, table, sorted(ids)).values():
            ctx.touch(table.id, rid, col_id)


@on_row_delete
def _remove_links_of_rows(ctx: ActionContext, table: TableMeta, internal_ids: list[int],
                          row_ids: list[str]) -> list[dict]:
    inverses = []
    seen: set[int] = set()
    for col in [*table.columns, *table.deleted_columns]:
        if col.type != "link" or not col.options.get("link_id"):
            continue
        link_id = col.options["link_id"]
        j = junction_table(link_id)
        side_a = col.options.get("side", "a") == "a"
        mine = j.c.row_a if side_a else j.c.row_b
        pairs = []
        for i in range(0, len(internal_ids), 500):
            chunk = internal_ids[i:i + 500]
            pairs += [(r.row_a, r.row_b) for r in ctx.conn.execute(sa.select(j.c.row_a, j.c.row_b).where(mine.in_(chunk)))]
            ctx.conn.execute(sa.delete(j).where(mine.in_(chunk)))
        if not pairs:
            continue
        other = ctx.schema.table(col.options.get("table_id"))
        if other is not None and not col.deleted:
            theirs = sorted({b if side_a else a for a, b in pairs})
            for orid in _public_ids(ctx, other, theirs).values():
                ctx.touch(other.id, orid, col.options.get("other_column_id"))
        key = link_id
        if key in seen:  # a self-link: both sides found the same pairs
            inverses[-1]["add"] = sorted({*map(tuple, inverses[-1]["add"]), *pairs})
            continue
        seen.add(key)
        inverses.append({"type": "link_pairs", "link_id": link_id, "add": [list(p) for p in pairs]})
    return inverses


@on_column_change
def _follow_column_change(ctx: ActionContext, table_id: int, column_id: int, event: str) -> None:
    found = ctx.schema.column(column_id)
    if found is None:
        return
    table, col = found
    changed = False
    if col.type == "link" and event in ("delete", "restore") and col.options.get("other_column_id"):
        twin = ctx.schema.column(col.options["other_column_id"])
        if twin is not None and twin[1].id != col.id:
            if event == "delete" and not twin[1].deleted:
                ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == twin[1].id)
                                 .values(deleted_at=ctx.now))
                ctx.touch(twin[0].id, None, twin[1].id)
                changed = True
            elif event == "restore" and twin[1].deleted:
                ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == twin[1].id).values(deleted_at=None))
                ctx.touch(twin[0].id, None, twin[1].id)
                changed = True
    if changed:
        ctx.reload_schema()
    seeds = {col.id}
    if col.type == "link" and col.options.get("other_column_id"):
        seeds.add(col.options["other_column_id"])
    affected = affected_columns(ctx.schema, seeds)
    refresh_derived_options(ctx, affected)
    from server.formulas.stored import sync_storage

    sync_storage(ctx, affected)


def affected_columns(schema: Any, seeds: set[int]) -> set[int]:
    """The seed columns and every column that depends on them, transitively, across links.

    Only these can derive different options or storage after a change to the seeds: a
    computed column's text, result type and storage are derived from its dependencies alone.
    """
    dependents: dict[int, set[int]] = {}
    for t in schema.live_tables():
        for c in t.columns:
            for d in c.type_cls.dependencies(c):
                dependents.setdefault(d, set()).add(c.id)
    out: set[int] = set()
    stack = list(seeds)
    while stack:
        cid = stack.pop()
        if cid in out:
            continue
        out.add(cid)
        stack.extend(dependents.get(cid, ()))
    return out


def refresh_derived_options(ctx: ActionContext, only: set[int] | None = None) -> None:
    """Re-derive shown formula text and result types of computed columns after a schema change.

    Derived from stored ids and the current schema only, so undo and redo need no inverse: the
    same change hook runs again and derives the same text. `only`: the columns a change can
    affect (see affected_columns); None re-derives every column.
    """
    updates = []
    for t in ctx.schema.live_tables():
        for c in t.columns:
            if only is not None and c.id not in only:
                continue
            new = c.type_cls.refresh_options(t, c)
            if new != c.options:
                updates.append((c.id, new))
    for cid, options in updates:
        ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == cid).values(options=options))
    if updates:
        ctx.reload_schema()
