"""The one check every write passes: required cells are filled, unique values are not repeated.

`after_action` runs (an `on_action_done` hook) after the handler of every action, inside its
transaction, so grid edits, paste, fill, forms, the REST and SeaTable-compatible APIs,
automations and imports are all checked in one place; a refusal is a 422 naming the rows,
the column and the value, and the transaction rolls back (nothing half-written).

What is checked: the cells an action wrote (an update checks the columns it changed, an
insert all constrained columns of the new rows; an import every row of its tables). What is
not: restoring stored rows — undo, redo and the row trash write rows back exactly as the log
holds them (a `raw` insert or update), and are never refused by a constraint; rows that break
a constraint after such a restore are listed by `violations` and refused at their next edit.

Unique values compare trimmed and case-insensitively for text (" inv-1" = "INV-1"), exactly
for numbers, dates and options; empty cells are never duplicates. An index on that key
(`ux_<table>_<column>`, kept by `sync_index`) makes the check one index probe per value.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.actions.context import ActionContext
from server.catalog.model import ColumnMeta, TableMeta
from server.columns.constraints.rules import is_required, is_unique
from server.errors import ApiError
from server.storage.dialect import text_lower

ID_CHUNK = 500
MAX_LISTED = 20
RESTORING = "constraints.restoring"
WHOLE_TABLES = "constraints.whole_tables"
# Actions that put back what the log or a snapshot holds: never refused by a constraint.
RESTORING_ACTIONS = frozenset({"restore_rows", "revert_to", "restore_base", "restore_table", "restore_column"})


def key_expr(table: TableMeta, col: ColumnMeta) -> Any:
    """What uniqueness compares: trimmed lower-case text, else the stored value."""
    c = table.sa_table.c[col.phys]
    if col.type_cls.family == "text":
        return text_lower(sa.func.trim(c))
    return c


def empty_condition(table: TableMeta, col: ColumnMeta) -> Any:
    c = table.sa_table.c[col.phys]
    if col.type_cls.family == "text":
        return sa.or_(c.is_(None), sa.func.trim(c) == "")
    return c.is_(None)


def _present(table: TableMeta, col: ColumnMeta) -> Any:
    c = table.sa_table.c[col.phys]
    if col.type_cls.family == "text":
        return sa.and_(c.is_not(None), sa.func.trim(c) != "")
    return c.is_not(None)


def _shown(col: ColumnMeta, value: Any, vctx: Any) -> str:
    try:
        text = col.type_cls.to_text(value, col, vctx)
    except Exception:  # a message must never fail on an odd stored value
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def violations(conn: sa.Connection, table: TableMeta, col: ColumnMeta, vctx: Any,
               row_ids: list[str] | None = None, *, required: bool | None = None,
               unique: bool | None = None) -> list[dict[str, Any]]:
    """Rows of `table` breaking `col`'s constraints (only among `row_ids` when given), at most
    MAX_LISTED of each kind: {"row_id", "label" (the row's primary value), "column_id", "column",
    "rule", "value"} (unique: every row of a repeated value is listed, the ones given first)."""
    found = _violations(conn, table, col, vctx, row_ids, required, unique)
    _label(conn, table, found, vctx)
    return found


def _label(conn: sa.Connection, table: TableMeta, found: list[dict[str, Any]], vctx: Any) -> None:
    """Name each listed row by its primary column: what a person recognises it by."""
    primary = next((c for c in table.columns if c.is_primary), None)
    labels: dict[str, str] = {}
    if found and primary is not None and primary.phys is not None:
        t = table.sa_table
        ids = sorted({f["row_id"] for f in found})
        for r in conn.execute(sa.select(t.c._id, t.c[primary.phys].label("v")).where(t.c._id.in_(ids))):
            labels[r._id] = _shown(primary, r.v, vctx)
    for f in found:
        f["label"] = labels.get(f["row_id"], "")


def _violations(conn: sa.Connection, table: TableMeta, col: ColumnMeta, vctx: Any, row_ids: list[str] | None,
                required: bool | None, unique: bool | None) -> list[dict[str, Any]]:
    required = is_required(col) if required is None else required
    unique = is_unique(col) if unique is None else unique
    if col.phys is None or (not required and not unique):
        return []
    t = table.sa_table
    out: list[dict[str, Any]] = []
    chunks = [row_ids[i:i + ID_CHUNK] for i in range(0, len(row_ids), ID_CHUNK)] if row_ids is not None else [None]
    if required:
        for ids in chunks:
            q = sa.select(t.c._id).where(empty_condition(table, col))
            if ids is not None:
                q = q.where(t.c._id.in_(ids))
            for r in conn.execute(q.order_by(t.c.id).limit(MAX_LISTED - len(out))):
                out.append({"row_id": r._id, "column_id": col.id, "column": col.name, "rule": "required",
                            "value": None})
            if len(out) >= MAX_LISTED:
                break
    if unique:
        key = key_expr(table, col)
        listed = 0
        for ids in chunks:
            repeated = sa.select(key).where(_present(table, col))
            if ids is not None:
                # The touched rows' keys first, then a probe of the key index with those values:
                # as one query with a subquery, PostgreSQL may hash-join over a table scan while
                # its statistics are stale (after a bulk import), a second per edit at 1M rows.
                given = sorted({r[0] for r in conn.execute(
                    sa.select(key).where(t.c._id.in_(ids), _present(table, col)))}, key=repr)
                if not given:
                    continue
                repeated = repeated.where(key.in_(given))
            repeated = repeated.group_by(key).having(sa.func.count() > 1).limit(MAX_LISTED)
            keys = [r[0] for r in conn.execute(repeated)]
            if not keys:
                continue
            first = sa.case((t.c._id.in_(ids), 0), else_=1) if ids is not None else sa.literal(0)
            q = (sa.select(t.c._id, t.c[col.phys].label("v")).where(key.in_(keys))
                 .order_by(key, first, t.c.id).limit(MAX_LISTED * 2))
            for r in conn.execute(q):
                out.append({"row_id": r._id, "column_id": col.id, "column": col.name, "rule": "unique",
                            "value": _shown(col, r.v, vctx)})
                listed += 1
            if listed >= MAX_LISTED:
                break
    return out


def message(table: TableMeta, col: ColumnMeta, found: list[dict[str, Any]]) -> str:
    first = found[0]
    if first["rule"] == "required":
        n = sum(1 for f in found if f["rule"] == "required")
        return f"The column {col.name!r} is required: {n} row(s) of {table.name!r} have no value (row {first['row_id']})."
    same = [f["row_id"] for f in found if f["rule"] == "unique" and f["value"] == first["value"]]
    return (f"The column {col.name!r} is unique: the value {first['value']!r} is in {len(same)} rows "
            f"of {table.name!r} ({', '.join(same[:5])}).")


def refusal(table: TableMeta, col: ColumnMeta, found: list[dict[str, Any]], status: int = 422) -> ApiError:
    """The error a write (422) or a constraint turned on over bad rows (409) answers with:
    fields `rows.<row id>.<column id>` → message, and the list under `violations`."""
    msg = message(table, col, found)
    fields: dict[str, Any] = {}
    for f in found:
        text = "required" if f["rule"] == "required" else f"the value {f['value']!r} is already used"
        fields.setdefault(f"rows.{f['row_id']}.{col.id}", []).append(text)
    fields["violations"] = found
    code = "constraint" if status == 422 else "constraint_conflict"
    return ApiError(status, code, msg, fields)


def note_action(ctx: ActionContext, action: dict[str, Any]) -> None:
    """A registered action check: remember restores (never refused) and imports (whole tables)."""
    type_ = action.get("type")
    if type_ in RESTORING_ACTIONS or (type_ in ("insert_rows", "update_rows") and action.get("raw")):
        ctx.cache[RESTORING] = True
    if type_ == "import_rows":
        ctx.cache[WHOLE_TABLES] = True


def after_action(ctx: ActionContext) -> None:
    """Refuse the action if a cell it wrote breaks a constraint (an on_action_done hook)."""
    if ctx.cache.get(RESTORING) or not ctx.touches:
        return
    rows: dict[int, dict[str, set[int] | None]] = {}
    whole: set[int] = set()
    for table_id, row_id, column_id in ctx.touches:
        if row_id is None:
            if column_id is None and ctx.cache.get(WHOLE_TABLES):
                whole.add(table_id)
            continue
        cols = rows.setdefault(table_id, {}).setdefault(row_id, set())
        if column_id is None:
            rows[table_id][row_id] = None  # a new row: every constrained column
        elif cols is not None:
            cols.add(column_id)
    for table_id in set(rows) | whole:
        table = ctx.schema.table(table_id)
        if table is None or table.deleted:
            continue
        constrained = [c for c in table.columns if c.phys is not None and (is_required(c) or is_unique(c))]
        if not constrained:
            continue
        for col in constrained:
            if table_id in whole:
                ids = None
            else:
                ids = [rid for rid, cols in rows[table_id].items() if cols is None or col.id in cols]
                if not ids:
                    continue
            found = violations(ctx.conn, table, col, ctx.value_context(), ids)
            if found:
                raise refusal(table, col, found)
