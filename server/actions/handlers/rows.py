"""Row actions: insert_rows, update_rows, delete_rows, move_rows.

Clients send API values keyed by column id or name. Handlers turn them into stored values
and then work on the "raw" form: stored values keyed by physical column, which is also what
inverses carry, so undo restores exactly what was there (system fields included).
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import re
from typing import Any

import sqlalchemy as sa
from marshmallow import fields

from server.actions.codec import decode, encode
from server.actions.context import ActionContext
from server.actions.registry import Done, action_handler
from server.actions.schemas import Rows, TableRef, server_only
from server.catalog import schema as cat
from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import CellError, ColumnType, ValueContext
from server.columns.constraints.defaults import default_cells, fill
from server.errors import conflict, invalid, not_found

ROW_ID_RE = re.compile(r"^[A-Za-z0-9_-]{22}$")
SYSTEM_FIELDS = ("_mtime", "_last_modifier", "_order")
MAX_ERRORS = 50
ORDER_EPSILON = 1e-6


class _Errors:
    def __init__(self) -> None:
        self.fields: dict[str, list[str]] = {}

    def add(self, key: str, message: str) -> None:
        if len(self.fields) < MAX_ERRORS:
            self.fields.setdefault(key, []).append(message)

    def raise_if_any(self, what: str) -> None:
        if self.fields:
            first_key, first = next(iter(self.fields.items()))
            raise invalid(f"{what}: {first_key}: {first[0]}", self.fields)


def _check_rows_list(ctx: ActionContext, rows: Any, name: str = "rows") -> list:
    if not isinstance(rows, list) or not rows:
        raise invalid(f"{name} must be a non-empty list", {name: ["must be a non-empty list"]})
    if len(rows) > ctx.max_batch:
        from server.errors import too_large

        raise too_large(f"at most {ctx.max_batch} rows in one request, got {len(rows)}")
    return rows


def convert_cells(table: TableMeta, row: dict, index: int, vctx: ValueContext, errors: _Errors,
                  allow_id: bool, plan: dict[str, tuple] | None = None) -> dict[str, Any]:
    """API values keyed by column id or name → stored values keyed by physical column.

    `plan` (one dict per batch) remembers how each key resolved, so a batch of rows resolves
    each key and looks up its column type once instead of once per cell.
    """
    cells: dict[str, Any] = {}
    if plan is None:
        plan = {}
    for key, value in row.items():
        step = plan.get(key) if isinstance(key, str) else None
        if step is None:
            step = _plan_key(table, key, allow_id)
            if isinstance(key, str):
                plan[key] = step
        kind = step[0]
        if kind == _STORE:
            _, to_db, col, phys = step
            try:
                cells[phys] = to_db(value, col, vctx)
            except CellError as exc:
                errors.add(f"rows[{index}].{key}", str(exc))
            except (TypeError, ValueError, AttributeError):
                errors.add(f"rows[{index}].{key}", f"invalid value for a {col.type} column")
        elif kind == _SKIP:
            continue
        elif kind == _DEFERRED:
            # Written once the row exists (links live in junction tables): see write_deferred.
            _, to_db, col, _phys = step
            try:
                cells[f"@{col.id}"] = (f"rows[{index}].{key}", to_db(value, col, vctx))
            except CellError as exc:
                errors.add(f"rows[{index}].{key}", str(exc))
        elif kind == _NOT_TEXT:
            errors.add(f"rows[{index}]", step[1])
        else:
            errors.add(f"rows[{index}].{key}", step[1])
    return cells


_STORE, _SKIP, _DEFERRED, _NOT_TEXT, _REFUSE = range(5)


def _plan_key(table: TableMeta, key: Any, allow_id: bool) -> tuple:
    """What to do with one row key: store through the column's to_db, defer, skip or refuse (message)."""
    if key == "_id" and allow_id:
        return (_SKIP,)
    if not isinstance(key, str):
        return (_NOT_TEXT, "column keys are text")
    if key.startswith("_"):
        return (_REFUSE, "this field is set by the server")
    col = table.resolve_key(key)
    if col is None:
        return (_REFUSE, "no such column")
    type_cls = col.type_cls
    if type_cls.deferred_write:
        return (_DEFERRED, type_cls.to_db, col, None)
    if type_cls.read_only or col.phys is None:
        return (_REFUSE, f"the column {col.name!r} is read-only")
    to_db = type_cls.to_db
    if col.type in _MEMO_TYPES:
        to_db = _memoized(to_db)
    return (_STORE, to_db, col, col.phys)


# Types whose text values take real work to convert (date parsing, option lookup) and repeat
# within a batch: each distinct text is converted once per batch. Errors are not remembered.
_MEMO_TYPES = frozenset({"date", "single-select"})


def _memoized(to_db: Any) -> Any:
    memo: dict[str, tuple] = {}

    def convert(value: Any, col: ColumnMeta, vctx: ValueContext) -> Any:
        if value.__class__ is not str:
            return to_db(value, col, vctx)
        hit = memo.get(value)
        if hit is None:
            hit = memo[value] = (to_db(value, col, vctx),)
        return hit[0]

    return convert


def pop_deferred(table: TableMeta, rows: list[tuple[str, dict]]) -> dict[int, dict[str, tuple[str, Any]]]:
    """Take deferred cells (keys '@<column id>') out of converted rows: column id → row id → (field, value)."""
    out: dict[int, dict[str, tuple[str, Any]]] = {}
    for rid, cells in rows:
        for k in [k for k in cells if k.startswith("@")]:
            out.setdefault(int(k[1:]), {})[rid] = cells.pop(k)
    return out


def write_deferred(ctx: ActionContext, table: TableMeta, deferred: dict[int, dict[str, tuple[str, Any]]]) -> list[dict]:
    """Write deferred cells through their type (`write_cells(ctx, table, col, values)` → inverse action)."""
    inverses = []
    for column_id, values in deferred.items():
        col = table.column(column_id)
        inverses.append(col.type_cls.write_cells(ctx, table, col, values))
    return inverses


def _save_created_options(ctx: ActionContext, vctx: ValueContext, table: TableMeta) -> list[dict]:
    """Options created while converting values become part of this action (and its undo)."""
    inverses = []
    for column_id, options in vctx.option_overrides.items():
        if column_id in vctx.created_options:
            inverses.append(ctx.run({"type": "modify_column", "column_id": column_id, "options": options},
                                    trusted=True))
    if inverses:
        ctx.reload_schema()
    return inverses


# -- ordering -------------------------------------------------------------------------------
def _order_of(ctx: ActionContext, t: sa.Table, row_id: Any, field_name: str) -> float:
    if not isinstance(row_id, str):
        raise invalid(f"{field_name} must be a row id", {field_name: ["must be a row id"]})
    val = ctx.conn.execute(sa.select(t.c._order).where(t.c._id == row_id)).scalar()
    if val is None:
        raise not_found(f"Row {row_id} does not exist.")
    return val


def renumber(ctx: ActionContext, t: sa.Table) -> None:
    """Spread the manual order out again (1, 2, 3, …) when inserts between rows used up the gaps."""
    sub = sa.select(t.c.id, (sa.func.row_number().over(order_by=(t.c._order, t.c.id)) * 1.0).label("rn")).subquery()
    ctx.conn.execute(sa.update(t).values(_order=sub.c.rn).where(t.c.id == sub.c.id))


def allocate_orders(ctx: ActionContext, t: sa.Table, n: int, after: Any = None, before: Any = None,
                    _retry: bool = True) -> list[float]:
    if after is not None and before is not None:
        raise invalid("give after or before, not both", {"before": ["conflicts with after"]})
    if after is not None:
        lo = _order_of(ctx, t, after, "after")
        hi = ctx.conn.execute(sa.select(sa.func.min(t.c._order)).where(t.c._order > lo)).scalar()
        hi = lo + n + 1 if hi is None else hi
    elif before is not None:
        hi = _order_of(ctx, t, before, "before")
        lo = ctx.conn.execute(sa.select(sa.func.max(t.c._order)).where(t.c._order < hi)).scalar()
        lo = hi - n - 1 if lo is None else lo
    else:
        lo = ctx.conn.execute(sa.select(sa.func.max(t.c._order))).scalar() or 0.0
        return [lo + i + 1 for i in range(n)]
    step = (hi - lo) / (n + 1)
    if step < ORDER_EPSILON:
        if not _retry:
            raise conflict("could not place the rows; try again")
        renumber(ctx, t)
        return allocate_orders(ctx, t, n, after, before, _retry=False)
    return [lo + step * (i + 1) for i in range(n)]


# -- auto numbers ---------------------------------------------------------------------------
def next_numbers(ctx: ActionContext, col: ColumnMeta, n: int) -> list[int]:
    end = ctx.conn.execute(
        sa.update(cat.counters).where(cat.counters.c.column_id == col.id)
        .values(value=cat.counters.c.value + n).returning(cat.counters.c.value)
    ).scalar()
    if end is None:
        ctx.conn.execute(sa.insert(cat.counters).values(column_id=col.id, value=n))
        end = n
    return list(range(end - n + 1, end + 1))


# -- insert -----------------------------------------------------------------------------------
class InsertRows(TableRef):
    """New rows of column (id or name): value; a row may bring its own 22-character `_id`."""
    rows = Rows(required=True)
    after = fields.String(allow_none=True, metadata={"description": "put the rows after this row id"})
    before = fields.String(allow_none=True, metadata={"description": "put the rows before this row id"})
    create_options = fields.Boolean(metadata={"description": "add select options the values name"})
    raw = fields.Boolean(metadata=server_only("stored rows (undo and redo)"))


@action_handler("insert_rows", InsertRows)
def insert_rows(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    if payload.get("raw"):
        return _insert_raw(ctx, table, payload["rows"])
    rows = _check_rows_list(ctx, payload.get("rows"))
    vctx = ctx.value_context(create_options=bool(payload.get("create_options")))
    errors = _Errors()
    converted: list[tuple[str, dict]] = []
    ids_seen: set[str] = set()
    ids_given: list[str] = []
    plan: dict[str, tuple] = {}
    fresh_ids = iter(_new_row_ids(len(rows)))
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            errors.add(f"rows[{i}]", "a row is an object of column: value")
            continue
        rid = row.get("_id")
        if rid is None:
            rid = next(fresh_ids)
        elif not isinstance(rid, str) or not ROW_ID_RE.match(rid):
            errors.add(f"rows[{i}]._id", "a row id is 22 characters: letters, digits, - and _")
            continue
        else:
            ids_given.append(rid)
        if rid in ids_seen:
            errors.add(f"rows[{i}]._id", "the same row id twice in one request")
        ids_seen.add(rid)
        converted.append((rid, convert_cells(table, row, i, vctx, errors, allow_id=True, plan=plan)))
    errors.raise_if_any("rows not added")
    defaults = default_cells(table, ctx.user_id, vctx)
    if defaults:
        for _rid, cells in converted:
            fill(cells, defaults)
    t = table.sa_table
    # Ids the client chose may exist already; new ones are 128 random bits (and _id is unique).
    if ids_given:
        clash = ctx.conn.execute(sa.select(t.c._id).where(t.c._id.in_(ids_given)).limit(1)).scalar()
        if clash:
            raise conflict(f"a row with id {clash} already exists", {"_id": [clash]})
    option_inverses = _save_created_options(ctx, vctx, table)
    table = ctx.table(table.id)
    orders = allocate_orders(ctx, table.sa_table, len(converted), payload.get("after"), payload.get("before"))
    raw_rows = []
    for (rid, cells), order in zip(converted, orders, strict=True):
        raw_rows.append({"_id": rid, "_order": order, "_ctime": ctx.now, "_mtime": ctx.now,
                         "_creator": ctx.user_id, "_last_modifier": ctx.user_id, "cells": cells})
    for col in table.columns:
        if col.type == "auto-number":
            for r, n in zip(raw_rows, next_numbers(ctx, col, len(raw_rows)), strict=True):
                r["cells"][col.phys] = n
    has_deferred = any(step[0] == _DEFERRED for step in plan.values())
    deferred = pop_deferred(table, [(r["_id"], r["cells"]) for r in raw_rows]) if has_deferred else {}
    now, user_id = ctx.now, ctx.user_id
    records = [{"_id": r["_id"], "_order": r["_order"], "_ctime": now, "_mtime": now, "_creator": user_id,
                "_last_modifier": user_id, **r["cells"]} for r in raw_rows]
    # A top-level insert logs its raw rows as the action's payload: its row history is one
    # marker (see INSERTED_MARKER) instead of one row_changes row per inserted row.
    _write_records(ctx, table, records, [r["_id"] for r in raw_rows], history_marker=ctx.depth == 0)
    # Undo deletes the rows, and deleting a row removes its links: no inverse needed here.
    write_deferred(ctx, table, deferred)
    if deferred:
        ctx.result["rows"] = read_rows_by_id(ctx.conn, table, [r["_id"] for r in raw_rows], vctx)
    else:
        ctx.result["rows"] = rows_to_api(table, records, vctx)
    done = _insert_done(table, _encode_new_rows(table, raw_rows, ctx.now))
    if option_inverses:
        done.inverse = {"type": "batch", "actions": [done.inverse, *reversed(option_inverses)]}
    return done


def _new_row_ids(n: int) -> list[str]:
    """n ids as storage.physical.new_row_id makes them (22 url-safe characters, 128 random bits),
    from one read of the system's random source."""
    rnd = os.urandom(16 * n)
    return [base64.urlsafe_b64encode(rnd[i:i + 16]).rstrip(b"=").decode("ascii") for i in range(0, 16 * n, 16)]


# row_changes' row id for "the rows of this action's payload were inserted here": top-level
# inserts (the action's logged payload is the raw insert_rows itself) write this one row
# instead of one per inserted row. server.actions.changes expands it from the payload; the row
# history (server.api.rows) finds the inserting action from the row's _ctime and _creator.
INSERTED_MARKER = ""


def _write_inserts(ctx: ActionContext, table: TableMeta, raw_rows: list[dict]) -> None:
    """Insert raw rows (undo of a delete, redo of an insert): their cells may name physical
    columns that no longer exist; those are left out."""
    phys_names = {c.name for c in table.sa_table.columns}
    records = []
    for r in raw_rows:
        rec = {k: v for k, v in r.items() if k != "cells"}
        for k, v in r["cells"].items():
            if k in phys_names:
                rec[k] = v
        records.append(rec)
    _write_records(ctx, table, records, [r["_id"] for r in raw_rows])


def _write_records(ctx: ActionContext, table: TableMeta, records: list[dict], ids: list[str],
                   history_marker: bool = False) -> None:
    """One executemany of flat records (system fields and physical columns), touches and history."""
    # executemany wants every record to have the same keys (one statement for all rows).
    keys = set().union(*records)
    for rec in records:
        if len(rec) != len(keys):
            for k in keys:
                rec.setdefault(k, None)
    ctx.conn.execute(sa.insert(table.sa_table), records)
    touches = ctx.touches
    for rid in ids:
        touches.append([table.id, rid, None])
    if history_marker:
        ctx.row_changes.append({"table_id": table.id, "row_id": INSERTED_MARKER,
                                "change": {"op": "insert", "rows": "payload"}})
    else:
        for rid in ids:
            ctx.row_changes.append({"table_id": table.id, "row_id": rid, "change": {"op": "insert"}})


def _encode_row(r: dict) -> dict:
    # Only dates and timestamps change (codec.encode); test for them before calling it.
    out = {k: (encode(v) if isinstance(v, _DATES) else v) for k, v in r.items() if k != "cells"}
    out["cells"] = {k: (encode(v) if isinstance(v, _DATES) else v) for k, v in r["cells"].items()}
    return out


_DATES = (dt.date, dt.datetime)


def _decode_row(r: dict) -> dict:
    out = {k: decode(v) for k, v in r.items() if k != "cells"}
    out["cells"] = {k: decode(v) for k, v in (r.get("cells") or {}).items()}
    return out


def _insert_done(table: TableMeta, encoded_rows: list[dict]) -> Done:
    return Done(
        {"type": "insert_rows", "table_id": table.id, "raw": True, "rows": encoded_rows},
        {"type": "delete_rows", "table_id": table.id, "row_ids": [r["_id"] for r in encoded_rows]},
    )


def _encode_new_rows(table: TableMeta, raw_rows: list[dict], now: Any) -> list[dict]:
    """_encode_row for rows just made from API values: system times are `now`; of the cells
    only those of date-typed physical columns can hold a date (the same result, less work)."""
    t = table.sa_table
    date_keys = {c.name for c in t.columns if isinstance(c.type, sa.DateTime | sa.Date)}
    now_iso = now.isoformat()
    out = []
    for r in raw_rows:
        cells = r["cells"]
        if date_keys.isdisjoint(cells):
            enc_cells = dict(cells)
        else:
            enc_cells = {k: (encode(v) if isinstance(v, _DATES) else v) for k, v in cells.items()}
        ctime, mtime = r["_ctime"], r["_mtime"]
        out.append({"_id": r["_id"], "_order": r["_order"],
                    "_ctime": {"$dt": now_iso} if ctime is now else encode(ctime),
                    "_mtime": {"$dt": now_iso} if mtime is now else encode(mtime),
                    "_creator": r["_creator"], "_last_modifier": r["_last_modifier"], "cells": enc_cells})
    return out


def _insert_raw(ctx: ActionContext, table: TableMeta, rows: list[dict]) -> Done:
    raw_rows = [_decode_row(r) for r in rows]
    _write_inserts(ctx, table, raw_rows)
    return _insert_done(table, [_encode_row(r) for r in raw_rows])


# -- update -----------------------------------------------------------------------------------
class UpdateRows(TableRef):
    """Changed cells: each row is its `_id` and column (id or name): new value."""
    rows = Rows(required=True)
    create_options = fields.Boolean(metadata={"description": "add select options the values name"})
    raw = fields.Boolean(metadata=server_only("stored values (undo and redo)"))


@action_handler("update_rows", UpdateRows)
def update_rows(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    if payload.get("raw"):
        return _update_raw(ctx, table, [_decode_row(r) for r in payload["rows"]], track_sys=False)
    rows = _check_rows_list(ctx, payload.get("rows"))
    vctx = ctx.value_context(create_options=bool(payload.get("create_options")))
    errors = _Errors()
    updates: list[dict] = []
    seen: set[str] = set()
    plan: dict[str, tuple] = {}
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            errors.add(f"rows[{i}]", "a row is an object with _id and column: value")
            continue
        rid = row.get("_id")
        if not isinstance(rid, str) or not ROW_ID_RE.match(rid):
            errors.add(f"rows[{i}]._id", "each row needs its _id")
            continue
        if rid in seen:
            errors.add(f"rows[{i}]._id", "the same row twice in one request")
        seen.add(rid)
        cells = convert_cells(table, row, i, vctx, errors, allow_id=True, plan=plan)
        updates.append({"_id": rid, "cells": cells})
    errors.raise_if_any("rows not changed")
    option_inverses = _save_created_options(ctx, vctx, table)
    table = ctx.table(table.id)
    for u in updates:
        u["_mtime"] = ctx.now
        u["_last_modifier"] = ctx.user_id
    deferred = pop_deferred(table, [(u["_id"], u["cells"]) for u in updates])
    done = _update_raw(ctx, table, updates, track_sys=True)
    deferred_inverses = write_deferred(ctx, table, deferred)
    if deferred_inverses:
        done.inverse = {"type": "batch", "actions": [done.inverse, *deferred_inverses]}
    ctx.result["rows"] = read_rows_by_id(ctx.conn, table, [u["_id"] for u in updates], vctx)
    if option_inverses:
        done.inverse = {"type": "batch", "actions": [done.inverse, *reversed(option_inverses)]}
    return done


def _update_raw(ctx: ActionContext, table: TableMeta, updates: list[dict], track_sys: bool) -> Done:
    """Write stored values; the inverse carries the previous stored values and system fields."""
    t = table.sa_table
    ids = [u["_id"] for u in updates]
    phys_used = sorted({k for u in updates for k in u["cells"]})
    for p in phys_used:
        if p not in t.c:
            raise invalid(f"unknown column {p}")
    old = {r._id: r._mapping for r in ctx.conn.execute(
        sa.select(t.c._id, *[t.c[s] for s in SYSTEM_FIELDS], *[t.c[p] for p in phys_used]).where(t.c._id.in_(ids)))}
    missing = [rid for rid in ids if rid not in old]
    if missing:
        raise not_found(f"Row {missing[0]} does not exist in this table.")
    inverse_rows = []
    vctx = ctx.value_context()
    by_shape: dict[tuple, list[dict]] = {}
    for u in updates:
        prev = old[u["_id"]]
        sys_new = {s: u[s] for s in SYSTEM_FIELDS if s in u}
        inverse_rows.append(_encode_row({"_id": u["_id"], **{s: prev[s] for s in sys_new},
                                         "cells": {p: prev[p] for p in u["cells"]}}))
        rec = {"b_id": u["_id"], **{f"v{p}": v for p, v in u["cells"].items()}, **{f"v{s}": v for s, v in sys_new.items()}}
        by_shape.setdefault(tuple(sorted(rec)), []).append(rec)
        cells_change = {}
        for p, v in u["cells"].items():
            col = table.column_by_phys(p)
            if col is None:
                continue
            ctx.touch(table.id, u["_id"], col.id)
            cells_change[col.key] = [_api(col, prev[p], vctx), _api(col, v, vctx)]
        if not u["cells"]:
            ctx.touch(table.id, u["_id"])
        ctx.row_changes.append({"table_id": table.id, "row_id": u["_id"],
                                "change": {"op": "update", "cells": cells_change}})
    for shape, recs in by_shape.items():
        targets = [k[1:] for k in shape if k != "b_id"]
        if not targets:
            continue
        stmt = sa.update(t).where(t.c._id == sa.bindparam("b_id")).values(
            {k: sa.bindparam("v" + k) for k in targets})
        ctx.conn.execute(stmt, recs)
    forward = [_encode_row(u) for u in updates]
    return Done({"type": "update_rows", "table_id": table.id, "raw": True, "rows": forward},
                {"type": "update_rows", "table_id": table.id, "raw": True, "rows": inverse_rows})


def _api(col: ColumnMeta, value: Any, vctx: ValueContext) -> Any:
    try:
        return col.type_cls.from_db(value, col, vctx)
    except Exception:  # history must never fail on an odd stored value
        return None


# -- delete -----------------------------------------------------------------------------------
class DeleteRows(TableRef):
    """Delete rows by id."""
    row_ids = fields.List(fields.String(), required=True)


@action_handler("delete_rows", DeleteRows)
def delete_rows(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    ids = payload.get("row_ids")
    if not isinstance(ids, list) or not ids:
        raise invalid("row_ids must be a non-empty list", {"row_ids": ["required"]})
    if len(ids) > max(ctx.max_batch, 1) and not ctx.trusted:
        from server.errors import too_large

        raise too_large(f"at most {ctx.max_batch} rows in one request, got {len(ids)}")
    if not all(isinstance(i, str) for i in ids):
        raise invalid("row ids are text", {"row_ids": ["must be a list of row ids"]})
    ids = list(dict.fromkeys(ids))
    t = table.sa_table
    found = [dict(r._mapping) for r in ctx.conn.execute(sa.select(t).where(t.c._id.in_(ids)))]
    if len(found) != len(ids):
        have = {r["_id"] for r in found}
        missing = next(i for i in ids if i not in have)
        raise not_found(f"Row {missing} does not exist in this table.")
    raw_rows = []
    for r in found:
        sys = {k: r[k] for k in ("id", "_id", "_order", "_ctime", "_mtime", "_creator", "_last_modifier")}
        cells = {k: v for k, v in r.items() if k not in sys}
        raw_rows.append(_encode_row({**sys, "cells": cells}))
    from server.actions.hooks import run_row_delete_hooks

    hook_inverses = run_row_delete_hooks(ctx, table, [r["id"] for r in found], ids)
    ctx.conn.execute(sa.delete(t).where(t.c._id.in_(ids)))
    for rid in ids:
        ctx.touch(table.id, rid)
        ctx.row_changes.append({"table_id": table.id, "row_id": rid, "change": {"op": "delete"}})
    inverse: dict[str, Any] = {"type": "insert_rows", "table_id": table.id, "raw": True, "rows": raw_rows}
    if hook_inverses:
        inverse = {"type": "batch", "actions": [inverse, *reversed(hook_inverses)]}
    return Done({"type": "delete_rows", "table_id": table.id, "row_ids": ids}, inverse)


# -- move -------------------------------------------------------------------------------------
class MoveRows(TableRef):
    """Move rows (in the given order) after or before another row."""
    row_ids = fields.List(fields.String(), required=True)
    after = fields.String(allow_none=True)
    before = fields.String(allow_none=True)


@action_handler("move_rows", MoveRows)
def move_rows(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    ids = payload.get("row_ids")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise invalid("row_ids must be a non-empty list of row ids", {"row_ids": ["required"]})
    if payload.get("after") in ids or payload.get("before") in ids:
        raise invalid("a row cannot move next to itself", {"after": ["is one of the moved rows"]})
    if payload.get("after") is None and payload.get("before") is None:
        raise invalid("say where to move the rows: after or before a row", {"after": ["required"]})
    orders = allocate_orders(ctx, table.sa_table, len(ids), payload.get("after"), payload.get("before"))
    updates = [{"_id": rid, "_order": o, "cells": {}} for rid, o in zip(ids, orders, strict=True)]
    done = _update_raw(ctx, table, updates, track_sys=True)
    done.payload = {"type": "move_rows", "table_id": table.id, "row_ids": ids,
                    "after": payload.get("after"), "before": payload.get("before"), "raw_rows": done.payload["rows"]}
    return done


# -- reading (shared with the API) ------------------------------------------------------------
def row_to_api(table: TableMeta, rec: Any, vctx: ValueContext) -> dict[str, Any]:
    return rows_to_api(table, (rec,), vctx)[0]


def rows_to_api(table: TableMeta, recs: Any, vctx: ValueContext) -> list[dict[str, Any]]:
    """API rows from stored rows (dicts or result rows); each column's key, source and converter
    are looked up once for all the rows."""
    plan = _api_plan(table, vctx.by_name)
    out = []
    iso_memo: dict[Any, Any] = {}
    for rec in recs:
        ctime, mtime = rec["_ctime"], rec["_mtime"]
        c = iso_memo.get(ctime)
        if c is None:
            c = iso_memo[ctime] = _iso(ctime)
        m = iso_memo.get(mtime)
        if m is None:
            m = iso_memo[mtime] = _iso(mtime)
        row: dict[str, Any] = {"_id": rec["_id"], "_ctime": c, "_mtime": m,
                               "_creator": rec["_creator"], "_last_modifier": rec["_last_modifier"]}
        get = rec.get if isinstance(rec, dict) else None
        for key, from_db, col, source, name in plan:
            if source == _PHYS:
                value = get(name) if get is not None else rec[name]
            elif source == _SYSTEM:
                value = rec[name]
            else:
                value = get(name) if get is not None else None
            row[key] = value if from_db is None else from_db(value, col, vctx)
        out.append(row)
    return out


_PHYS, _SYSTEM, _VIRTUAL = range(3)


def _api_plan(table: TableMeta, by_name: bool) -> list[tuple]:
    """Per column: (row key, from_db or None when it returns stored values as they are, column, source, name)."""
    plan = []
    for col in table.columns:
        type_cls = col.type_cls
        from_db = type_cls.from_db
        if getattr(from_db, "__func__", None) is ColumnType.from_db:
            from_db = None
        if col.phys is not None:
            source, name = _PHYS, col.phys
        else:
            sysname = type_cls.system_column
            source, name = (_SYSTEM, sysname) if sysname else (_VIRTUAL, f"x_{col.id}")
        plan.append((col.name if by_name else col.key, from_db, col, source, name))
    return plan


def _iso(v: Any) -> Any:
    return v.strftime("%Y-%m-%dT%H:%M:%SZ") if hasattr(v, "strftime") else v


def read_rows_by_id(conn: sa.Connection, table: TableMeta, ids: list[str], vctx: ValueContext) -> list[dict]:
    from server.query.rows import select_rows

    rows = select_rows(conn, table, where=table.sa_table.c._id.in_(ids))
    by_id = {r["_id"]: r for r in rows}
    return rows_to_api(table, (by_id[i] for i in ids if i in by_id), vctx)
