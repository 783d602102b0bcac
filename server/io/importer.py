"""The import action: a whole file (one or more sheets) goes in as ONE action.

`import_rows` is an internal action (only server code sends it: its payload carries the
opened source and a progress object, never a path from a client). It creates the tables
(new-table mode) or targets existing ones (append, or update matched on key columns), then
streams the rows through the column converters and writes them in chunks inside the action's
single transaction. Nothing is held for the whole file but counters: a failure or a cancel
half-way rolls everything back, so the base is exactly as before.

The log entry stays small whatever the file size: the payload records what was imported (not
the rows), and the inverse is `delete_table` for a new table (undo = the table goes to the
trash, redo = it comes back) or `delete_imported_rows` over the inserted id range for an
append. Imports record a table-level touch instead of one row change per row, so row history
starts after the import; the activity log shows the import itself.
"""

from __future__ import annotations

import base64
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from marshmallow import fields

from server.actions.codec import encode
from server.actions.context import ActionContext
from server.actions.handlers.rows import _update_raw, next_numbers
from server.actions.registry import Done, action_handler
from server.actions.schemas import ActionPayload, Id, TableRef
from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import CellError
from server.columns.constraints.defaults import default_cells
from server.columns.constraints.imports import RowCheck
from server.errors import ApiError, invalid, not_found
from server.io.convert import cell_text, column_converter, converter
from server.io.formats import Sheet

CHUNK_ROWS = 5000
MAX_REPORTED_ERRORS = 20


class ImportCancelled(ApiError):
    def __init__(self) -> None:
        super().__init__(409, "cancelled", "The import was cancelled; nothing was changed.")


@dataclass
class Progress:
    """Shared between the importing thread and whoever polls it (API, CLI progress bar)."""

    total: int = 0
    done: int = 0
    phase: str = "waiting"
    cancel: threading.Event = field(default_factory=threading.Event)

    def check(self) -> None:
        if self.cancel.is_set():
            raise ImportCancelled()


@dataclass
class ColumnPlan:
    """One target column: where its values come from and, for new tables, its type."""

    source: int | None
    name: str
    type: str = "text"
    options: dict = field(default_factory=dict)
    day_first: bool | None = None
    column_id: int | None = None  # append/update: the existing column


@dataclass
class TablePlan:
    sheet: Sheet
    mode: str  # "new" | "append" | "update"
    columns: list[ColumnPlan]
    name: str | None = None
    table_id: int | None = None
    key_columns: list[int] = field(default_factory=list)  # column ids matched in update mode
    # Link cells naming no row (or several rows) of the linked table: "fail" (nothing is
    # imported, each is reported) or "skip" (those names are left out and listed as warnings);
    # "create" adds a row named so to the linked table (several rows of one name still fail).
    unmatched_links: str = "fail"


@dataclass
class _LinkTarget:
    """A link column filled from file text: names matched to the linked table's primary column."""

    source: int
    col: ColumnMeta
    other: TableMeta
    names: dict[str, list[str]]  # casefolded display text → public row ids, in row order


@dataclass
class _Target:
    table: TableMeta
    cols: list[tuple[int, ColumnMeta, Any, Any]]  # (source index, column, column converter, value converter)
    links: list[_LinkTarget] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # skip mode: the unmatched link names, reported
    # create mode: the inverses of the rows added to linked tables, and how many per table name
    created_inverses: list[dict] = field(default_factory=list)
    linked_created: dict[str, int] = field(default_factory=dict)


def _resolve_target(ctx: ActionContext, plan: TablePlan, vctx: Any) -> tuple[_Target, dict | None]:
    """Create or look up the table; returns the target and (new tables) the inverse."""
    inverse = None
    if plan.mode == "new":
        specs = [{"name": c.name, "type": c.type, "options": c.options} for c in plan.columns]
        done = ctx.run_done({"type": "add_table", "name": plan.name, "columns": specs}, trusted=True)
        table_id = done.payload["table_id"]
        ids = [c["column_id"] for c in done.payload["columns"]]
        for c, cid in zip(plan.columns, ids, strict=True):
            c.column_id = cid
        inverse = done.inverse
    else:
        table_id = plan.table_id
    table = ctx.table(table_id, "table_id")
    cols = []
    links: list[_LinkTarget] = []
    for c in plan.columns:
        if c.source is None:
            continue
        col = table.column(c.column_id) if c.column_id is not None else None
        if col is None:
            raise not_found(f"column {c.name!r} does not exist in table {table.name!r}")
        if col.type == "link":
            links.append(_link_target(ctx, c.source, col, vctx))
            continue
        if col.type_cls.read_only or col.phys is None:
            raise invalid(f"the column {col.name!r} is computed or read-only; it cannot be imported into",
                          {"columns": [col.name]})
        cols.append((c.source, col, column_converter(col, vctx, c.day_first), converter(col, vctx, c.day_first)))
    if plan.unmatched_links == "create":
        for lt in links:
            primary = lt.other.primary
            if primary is None or primary.type_cls.read_only or primary.phys is None or primary.type == "auto-number":
                raise invalid(f"rows cannot be created in {lt.other.name!r}: its first column is computed",
                              {"unmatched_links": ["the linked table's first column is computed"]})
    return _Target(table, cols, links), inverse


def _link_target(ctx: ActionContext, source: int, col: ColumnMeta, vctx: Any) -> _LinkTarget:
    """Index the linked table's rows by their display text (the primary column), case-insensitive."""
    from server.query.rows import base_select, column_label

    other = ctx.schema.table(col.options.get("table_id"))
    if other is None or other.primary is None:
        raise not_found(f"the table linked from column {col.name!r} does not exist")
    primary = other.primary
    t = other.sa_table
    names: dict[str, list[str]] = {}
    stmt = base_select(other, [primary]).order_by(t.c._order, t.c.id)
    for r in ctx.conn.execute(stmt):
        m = r._mapping
        text = primary.type_cls.to_text(m[column_label(primary)], primary, vctx).strip().casefold()
        if text:
            names.setdefault(text, []).append(m["_id"])
    return _LinkTarget(source, col, other, names)


_LINK_SPLIT = re.compile(r"\s*(?:\r\n|[,;\n\r])\s*")


def _link_ids(value: Any, lt: _LinkTarget) -> tuple[list[str], list[str]]:
    """A file cell for a link column → (linked row ids, problems).

    The whole text is tried as one name first (names may hold commas), else it is split on
    commas, semicolons and line breaks. A name matching no row, or several rows, is a problem."""
    text = cell_text(value).strip() if value is not None else ""
    if not text:
        return [], []
    parts = [text] if text.casefold() in lt.names else [p for p in _LINK_SPLIT.split(text) if p]
    ids: list[str] = []
    problems: list[str] = []
    for p in parts:
        hit = lt.names.get(p.casefold())
        if not hit:
            problems.append(f"{p!r} is not a row of {lt.other.name!r}")
        elif len(hit) > 1:
            problems.append(f"{p!r} names {len(hit)} rows of {lt.other.name!r}")
        elif hit[0] not in ids:
            ids.append(hit[0])
    if len(ids) > 1 and not lt.col.options.get("is_multiple", True):
        problems.append(f"the column {lt.col.name!r} links to one row, the cell names {len(ids)}")
        ids = ids[:1]
    return ids, problems


def _link_names(text: str, lt: _LinkTarget) -> list[str]:
    """The names a link cell's text holds, as _link_ids reads them (a single-link column: the whole text)."""
    if text.casefold() in lt.names or not lt.col.options.get("is_multiple", True):
        return [text]
    return [p for p in _LINK_SPLIT.split(text) if p]


def _create_missing(ctx: ActionContext, target: _Target, lt: _LinkTarget, values: list[Any]) -> None:
    """Create mode: add a row to the linked table for each name of this chunk that names none
    (its primary column set to the name, as written first), and index it for the cells to come."""
    from server.storage.physical import new_row_id

    missing: dict[str, str] = {}
    for v in values:
        text = cell_text(v).strip() if v is not None else ""
        if not text:
            continue
        for name in _link_names(text, lt):
            folded = name.casefold()
            if folded not in lt.names and folded not in missing:
                missing[folded] = name
    if not missing:
        return
    primary = lt.other.primary
    assert primary is not None
    rows = []
    for folded, name in missing.items():
        rid = new_row_id()
        lt.names[folded] = [rid]
        rows.append({"_id": rid, primary.key: name})
    for i in range(0, len(rows), 1000):
        target.created_inverses.append(ctx.run({"type": "insert_rows", "table_id": lt.other.id,
                                                "rows": rows[i:i + 1000], "create_options": True}))
    target.linked_created[lt.other.name] = target.linked_created.get(lt.other.name, 0) + len(rows)


def _read_chunks(sheet: Sheet) -> Iterator[list[list[Any]]]:
    chunk: list[list[Any]] = []
    for row in sheet.rows():
        chunk.append(row)
        if len(chunk) >= CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _convert_chunks(plan: TablePlan, target: _Target, ctx: ActionContext) -> Iterator[tuple[int, int, dict[str, list[Any]],
                                                                      dict[int, list[list[str]]]]]:
    """(first row number, row count, stored values column by column, link row ids per link
    column) per chunk of rows.

    Columns convert whole (fast paths); a column that fails is re-run value by value to name
    every bad cell of the chunk (row, column, value), and the import stops with all of them.
    Link cells naming no row stop it too, unless the plan says to leave such names out."""
    first_row = 2  # the header is row 1, as a spreadsheet numbers it
    row_check = RowCheck(target.table.columns, adds_rows=plan.mode != "update")
    for chunk in _read_chunks(plan.sheet):
        out: dict[str, list[Any]] = {}
        links: dict[int, list[list[str]]] = {}
        errors: dict[str, list[str]] = {}
        first_msg: str | None = None
        by_column = list(zip(*chunk, strict=True))  # rows are padded to the header's width
        for src, col, fast, conv in target.cols:
            values = list(by_column[src])
            try:
                out[col.phys] = fast(values)
                continue
            except CellError:
                pass
            for i, v in enumerate(values):
                try:
                    conv(v)
                except CellError as exc:
                    shown = cell_text(v)
                    shown = shown if len(shown) <= 60 else shown[:57] + "..."
                    msg = f"row {first_row + i}, column {col.name!r}, value {shown!r}: {exc}"
                    first_msg = first_msg or msg
                    errors.setdefault(f"{plan.sheet.name}: row {first_row + i}.{col.name}", []).append(msg)
                    if len(errors) >= MAX_REPORTED_ERRORS:
                        break
        if not errors:
            for n, name, problem in row_check.errors(first_row, len(chunk), out)[:MAX_REPORTED_ERRORS]:
                msg = f"row {n}, column {name!r}: {problem}"
                first_msg = first_msg or msg
                errors.setdefault(f"{plan.sheet.name}: row {n}.{name}", []).append(msg)
        for lt in target.links:
            if plan.unmatched_links == "create" and not errors:
                _create_missing(ctx, target, lt, list(by_column[lt.source]))
            cells = links[lt.col.id] = []
            for i, v in enumerate(by_column[lt.source]):
                ids, problems = _link_ids(v, lt)
                cells.append(ids)
                if not problems:
                    continue
                shown = cell_text(v)
                shown = shown if len(shown) <= 60 else shown[:57] + "..."
                msg = f"row {first_row + i}, column {lt.col.name!r}, value {shown!r}: {'; '.join(problems)}"
                if plan.unmatched_links == "skip":
                    target.left_out.append(msg)
                    continue
                first_msg = first_msg or msg
                errors.setdefault(f"{plan.sheet.name}: row {first_row + i}.{lt.col.name}", []).append(msg)
                if len(errors) >= MAX_REPORTED_ERRORS:
                    break
        if errors:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise invalid(f"Nothing was imported: {first_msg}{more}", errors, code="import_failed")
        yield first_row, len(chunk), out, links
        first_row += len(chunk)


def _set_links(ctx: ActionContext, target: _Target, col_id: int, cells: dict[str, list[str]]) -> list[dict]:
    """Write link cells through set_links (in its batch size); returns the inverses."""
    from server.actions.handlers.links import MAX_CELLS

    items = list(cells.items())
    return [ctx.run({"type": "set_links", "column_id": col_id, "links": dict(items[i:i + MAX_CELLS])})
            for i in range(0, len(items), MAX_CELLS)]


def _link_new_rows(ctx: ActionContext, target: _Target, ids: list[str], links: dict[int, list[list[str]]]) -> None:
    """Links of rows just inserted (their undo deletes the rows, and the rows' links with them)."""
    for col_id, cells in links.items():
        wanted = {rid: v for rid, v in zip(ids, cells, strict=True) if v}
        if wanted:
            _set_links(ctx, target, col_id, wanted)


class _BulkInsert:
    """One compiled INSERT, executed with many rows at once through the driver.

    Values are already stored values (converted by the column types); each column's own bind
    processor (SQLAlchemy's, for this dialect) is applied column by column, which is what
    SQLAlchemy would do row by row, at a fraction of the per-row cost."""

    def __init__(self, conn: sa.Connection, t: sa.Table, keys: list[str]) -> None:
        d = conn.dialect
        comp = sa.insert(t).compile(dialect=d, column_keys=keys)
        self.sql = comp.string
        self.keys = keys
        self.order = [keys.index(k) for k in comp.positiontup] if comp.positional and comp.positiontup else None
        self.procs = [t.c[k].type.dialect_impl(d).bind_processor(d) for k in keys]

    def write(self, conn: sa.Connection, columns: list[list[Any]]) -> None:
        cols = [_process(p, c) if p is not None else c for p, c in zip(self.procs, columns, strict=True)]
        if self.order is not None:
            params: list[Any] = list(zip(*(cols[i] for i in self.order), strict=True))
        else:
            params = [dict(zip(self.keys, r, strict=True)) for r in zip(*cols, strict=True)]
        conn.exec_driver_sql(self.sql, params)


_MISSING = object()


def _process(proc: Any, values: list[Any]) -> list[Any]:
    """Apply a bind processor once per distinct value: imported columns repeat values a lot
    (dates, the import's own timestamps), and some processors cost microseconds a call."""
    sample = next((v for v in values if v is not None), None)
    if isinstance(sample, float | int):
        return list(map(proc, values))  # numbers rarely repeat; the plain map is cheapest
    memo: dict[Any, Any] = {}
    out = []
    try:
        for v in values:
            r = memo.get(v, _MISSING)
            if r is _MISSING:
                r = memo[v] = proc(v)
            out.append(r)
    except TypeError:  # unhashable values (JSON lists)
        return list(map(proc, values))
    return out


def _new_row_ids(n: int) -> list[str]:
    """n public row ids (as server.storage.physical.new_row_id) from one read of the OS's randomness."""
    raw = os.urandom(16 * n)
    enc = base64.urlsafe_b64encode
    return [enc(raw[i:i + 16]).rstrip(b"=").decode("ascii") for i in range(0, 16 * n, 16)]


def _system_columns(ctx: ActionContext, target: _Target, n: int, start_order: float) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {
        "_id": _new_row_ids(n),
        "_order": [start_order + i + 1 for i in range(n)],
        "_ctime": [ctx.now] * n, "_mtime": [ctx.now] * n,
        "_creator": [ctx.user_id] * n, "_last_modifier": [ctx.user_id] * n,
    }
    for col in target.table.columns:
        if col.type == "auto-number" and col.phys:
            out[col.phys] = next_numbers(ctx, col, n)
    return out


def _write(ctx: ActionContext, target: _Target, cells: dict[str, list[Any]], start_order: float,
           writers: dict[tuple, _BulkInsert], n: int) -> list[str]:
    """Insert n rows (stored cells column by column); returns their public ids."""
    if n == 0:
        return []
    columns = {**_system_columns(ctx, target, n, start_order), **cells}
    for phys, value in default_cells(target.table, ctx.user_id, ctx.value_context()).items():
        if phys not in columns:
            columns[phys] = [value] * n
    keys = list(columns)
    writer = writers.get(tuple(keys))
    if writer is None:
        writer = writers[tuple(keys)] = _BulkInsert(ctx.conn, target.table.sa_table, keys)
    writer.write(ctx.conn, [columns[k] for k in keys])
    return columns["_id"]


def _import_insert(ctx: ActionContext, plan: TablePlan, target: _Target, progress: Progress) -> dict:
    t = target.table.sa_table
    start = ctx.conn.execute(sa.select(sa.func.max(t.c._order))).scalar() or 0.0
    before = ctx.conn.execute(sa.select(sa.func.max(t.c.id))).scalar() or 0
    writers: dict[tuple, _BulkInsert] = {}
    count = 0
    for _, n, cells, links in _convert_chunks(plan, target, ctx):
        ids = _write(ctx, target, cells, start + count, writers, n)
        _link_new_rows(ctx, target, ids, links)
        count += n
        progress.done += n
        progress.check()
    return {"created": count, "min_id": before + 1, "max_id": before + count}


def _key_of(values: list[Any]) -> tuple:
    return tuple(v.casefold().strip() if isinstance(v, str) else v for v in values)


def _import_update(ctx: ActionContext, plan: TablePlan, target: _Target,
                   progress: Progress) -> tuple[dict, list[dict]]:
    """Update mode: rows whose key columns match an existing row update it; the rest are added."""
    table = target.table
    t = table.sa_table
    by_id = {c.id: c for _, c, _, _ in target.cols}
    keys = [by_id[k] for k in plan.key_columns if k in by_id]
    if not keys or len(keys) != len(plan.key_columns):
        raise invalid("update mode needs key columns that are among the imported columns", {"key_columns": ["required"]})
    phys = [c.phys for _, c, _, _ in target.cols]
    key_phys = {k.phys for k in keys}
    link_exprs = [lt.col.type_cls.expression(t, lt.col).label(f"link_{lt.col.id}") for lt in target.links]
    # Key → (row id, current stored values, current links): the table's rows, and the rows this
    # import adds as their chunk is written (a key repeated in a later chunk updates its row).
    existing: dict[tuple, tuple[str, dict, dict[int, set[str]]]] = {}
    vctx = ctx.value_context()
    for r in ctx.conn.execute(sa.select(t.c._id, *[t.c[p] for p in phys], *link_exprs)):
        m = r._mapping
        old_links = {lt.col.id: {v["_id"] for v in lt.col.type_cls.from_db(m[f"link_{lt.col.id}"], lt.col, vctx)}
                     for lt in target.links}
        existing.setdefault(_key_of([m[k.phys] for k in keys]), (m["_id"], {p: m[p] for p in phys}, old_links))
    start = ctx.conn.execute(sa.select(sa.func.max(t.c._order))).scalar() or 0.0
    before = ctx.conn.execute(sa.select(sa.func.max(t.c.id))).scalar() or 0
    writers: dict[tuple, _BulkInsert] = {}
    updates: dict[str, dict[str, Any]] = {}  # row id → changed stored cells (later file rows win)
    link_updates: dict[int, dict[str, list[str]]] = {lt.col.id: {} for lt in target.links}
    created = updated = unchanged = 0
    for first_row, _n, cells, links in _convert_chunks(plan, target, ctx):
        names = list(cells)
        new_cols: dict[str, list[Any]] = {p: [] for p in names}
        new_links: dict[int, list[list[str]]] = {c: [] for c in links}
        pending: dict[tuple, int] = {}  # key → index among this chunk's new rows
        for i, values in enumerate(zip(*(cells[p] for p in names), strict=True)):
            row = dict(zip(names, values, strict=True))
            n = first_row + i
            key = _key_of([row[k.phys] for k in keys])
            if any(v is None for v in key):
                raise invalid(f"row {n}: the key column {keys[0].name!r} is empty", {f"row {n}": ["empty key"]},
                              code="import_failed")
            j = pending.get(key)
            if j is not None:
                # The key is repeated in the file: the row the first one adds takes the later values.
                same = all(new_cols[p][j] == row[p] for p in names if p not in key_phys) and all(
                    set(new_links[c][j]) == set(vals[i]) for c, vals in links.items())
                for p in names:
                    if p not in key_phys:
                        new_cols[p][j] = row[p]
                for c, vals in links.items():
                    new_links[c][j] = vals[i]
                unchanged, updated = (unchanged + 1, updated) if same else (unchanged, updated + 1)
                continue
            hit = existing.get(key)
            if hit is None:
                pending[key] = len(new_cols[names[0]])
                for p in names:
                    new_cols[p].append(row[p])
                for c, vals in links.items():
                    new_links[c].append(vals[i])
                continue
            rid, old, old_links = hit
            # Key columns matched (case-insensitively); they are not rewritten.
            changed = {p: v for p, v in row.items() if old.get(p) != v and p not in key_phys}
            links_changed = False
            for c, vals in links.items():
                if set(vals[i]) != old_links.get(c, set()):
                    link_updates[c][rid] = vals[i]
                    old_links[c] = set(vals[i])
                    links_changed = True
            if changed:
                updates.setdefault(rid, {}).update(changed)
                old.update(changed)
            if changed or links_changed:
                updated += 1
            else:
                unchanged += 1
        count = len(next(iter(new_cols.values()))) if new_cols else 0
        ids = _write(ctx, target, new_cols, start + created, writers, count)
        _link_new_rows(ctx, target, ids, new_links)
        for key, j in pending.items():
            existing[key] = (ids[j], {p: new_cols[p][j] for p in names}, {c: set(new_links[c][j]) for c in links})
        created += count
        progress.done += _n
        progress.check()
    inverses: list[dict] = []
    if updates:
        rows = [{"_id": rid, "cells": c, "_mtime": ctx.now, "_last_modifier": ctx.user_id} for rid, c in updates.items()]
        inverses.append(_update_raw(ctx, table, rows, track_sys=True).inverse)
    for c, cells in link_updates.items():
        if cells:
            inverses.extend(_set_links(ctx, target, c, cells))
    return {"created": created, "updated": updated, "unchanged": unchanged,
            "min_id": before + 1, "max_id": before + created}, inverses


def _save_options(ctx: ActionContext, vctx: Any) -> list[dict]:
    inverses = []
    for column_id, options in vctx.option_overrides.items():
        if column_id in vctx.created_options:
            inverses.append(ctx.run({"type": "modify_column", "column_id": column_id, "options": options},
                                    trusted=True))
    if inverses:
        ctx.reload_schema()
    return inverses


class ImportRows(ActionPayload):
    """Server only: an import's table plans (TablePlan objects, made by server.io.service)."""
    plans = fields.List(fields.Raw(), required=True)
    progress = fields.Raw(allow_none=True)
    file = fields.String(allow_none=True)


@action_handler("import_rows", ImportRows, public=False, changes_schema=True)
def import_rows(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    plans: list[TablePlan] = payload["plans"]
    progress: Progress = payload.get("progress") or Progress()
    progress.phase = "importing"
    inverses: list[dict] = []
    summary: list[dict] = []
    for plan in plans:
        vctx = ctx.value_context(create_options=True)
        target, table_inverse = _resolve_target(ctx, plan, vctx)
        if plan.mode == "update":
            counts, upd_inverses = _import_update(ctx, plan, target, progress)
        else:
            counts, upd_inverses = _import_insert(ctx, plan, target, progress), []
        option_inverses = _save_options(ctx, vctx)
        table = target.table
        if table_inverse is not None:
            inverses.append(table_inverse)  # dropping the new table undoes rows and options too
        else:
            inverses.extend(target.created_inverses)  # undone last: the linked rows this import added
            if counts["created"]:
                inverses.append({"type": "delete_imported_rows", "table_id": table.id,
                                 "min_id": counts["min_id"], "max_id": counts["max_id"]})
            inverses.extend(upd_inverses)
            inverses.extend(option_inverses)
        ctx.touch(table.id)
        summary.append({"table_id": table.id, "name": table.name, "sheet": plan.sheet.name, "mode": plan.mode,
                        **{k: counts.get(k, 0) for k in ("created", "updated", "unchanged")},
                        **({"links_left_out": target.left_out[:100], "links_left_out_count": len(target.left_out)}
                           if target.left_out else {}),
                        **({"linked_rows_created": target.linked_created} if target.linked_created else {}),
                        "columns": [c.column_id for c in plan.columns if c.source is not None]})
    ctx.result["tables"] = summary
    progress.phase = "committing"
    inverse = inverses[0] if len(inverses) == 1 else {"type": "batch", "actions": list(reversed(inverses))}
    return Done({"type": "import_rows", "file": payload.get("file"), "tables": summary}, inverse)


class DeleteImportedRows(TableRef):
    """Server only (undo of an import): the rows of a table by their internal id range."""
    min_id = Id(required=True)
    max_id = Id(required=True)


@action_handler("delete_imported_rows", DeleteImportedRows, public=False)
def delete_imported_rows(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    """Undo of an append: the rows an import added, by their internal id range."""
    table = ctx.table(payload.get("table_id"))
    lo, hi = payload.get("min_id"), payload.get("max_id")
    if not isinstance(lo, int) or not isinstance(hi, int):
        raise invalid("min_id and max_id are required")
    t = table.sa_table
    where = sa.and_(t.c.id >= lo, t.c.id <= hi)
    found = [dict(r._mapping) for r in ctx.conn.execute(sa.select(t).where(where).order_by(t.c.id))]
    raw_rows = []
    sys_names = ("id", "_id", "_order", "_ctime", "_mtime", "_creator", "_last_modifier")
    for r in found:
        raw_rows.append({**{k: encode(r[k]) for k in sys_names},
                         "cells": {k: encode(v) for k, v in r.items() if k not in sys_names}})
    from server.actions.hooks import run_row_delete_hooks

    hook_inverses = run_row_delete_hooks(ctx, table, [r["id"] for r in found], [r["_id"] for r in found])
    ctx.conn.execute(sa.delete(t).where(where))
    ctx.touch(table.id)
    inverse: dict[str, Any] = {"type": "insert_rows", "table_id": table.id, "raw": True, "rows": raw_rows}
    if hook_inverses:
        inverse = {"type": "batch", "actions": [inverse, *reversed(hook_inverses)]}
    return Done({"type": "delete_imported_rows", "table_id": table.id, "min_id": lo, "max_id": hi}, inverse)


# The backup restore action lives with the backup format; importing it here registers it
# together with the import actions (server.actions.handlers imports this module).
from server.io import backup as _backup  # noqa: E402, F401
