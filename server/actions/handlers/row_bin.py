"""The row recycle bin: deleted rows, read from the action log, and `restore_rows`.

A `delete_rows` action logs the deleted rows whole as its inverse (a raw `insert_rows` with
system fields and internal ids, then `link_pairs` giving back their links); a `batch` of them
(how the web app deletes more than 1,000 rows) logs a batch of those. The bin is those
log entries of the last RETENTION_DAYS days, newest deletion first, less the rows that exist
again (undone, redone, restored). Nothing is kept twice and no read path learns of deleted
rows (decision 0026).

`restore_rows` (public): put rows of the bin back, with the same row ids and, where the row at
the other end still exists, their links. One action, undoable (its inverse deletes them again,
which puts them back in the bin).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from marshmallow import fields

from server.actions.codec import decode
from server.actions.context import ActionContext
from server.actions.registry import Done, action_handler
from server.actions.schemas import TableRef
from server.catalog import schema as cat
from server.catalog.model import TableMeta
from server.columns.base import ValueContext
from server.errors import invalid, not_found

RETENTION_DAYS = 30
# Deletions looked at per table: enough for a month of a busy table, bounded per request.
MAX_SCAN = 20000
CHUNK = 500


def cutoff(now: dt.datetime) -> dt.datetime:
    """Rows deleted before this are out of the bin."""
    return now - dt.timedelta(days=RETENTION_DAYS)


@dataclass
class BinEntry:
    row_id: str
    action_id: int
    user_id: int | None
    deleted_at: dt.datetime


def bin_entries(conn: sa.Connection, base_id: int, table: TableMeta, now: dt.datetime) -> list[BinEntry]:
    """The table's deleted rows still in the bin, newest deletion first (one entry per row id)."""
    a = cat.actions
    # The touches of a delete name the table as the first item of a touch ("[<id>, ..."); the
    # payload's table_id then confirms it (a prefilter in SQL that reads the same on both databases).
    # Deletions of more than 1,000 rows (the web app's) are batches of delete_rows.
    found = conn.execute(
        sa.select(a.c.id, a.c.user_id, a.c.created_at, a.c.payload)
        .where(a.c.base_id == base_id, a.c.type.in_(("delete_rows", "batch")), a.c.created_at >= cutoff(now),
               sa.cast(a.c.touches, sa.Text).like(f"%[{int(table.id)},%"))
        .order_by(a.c.id.desc()).limit(MAX_SCAN)).all()
    entries: list[BinEntry] = []
    seen: set[str] = set()
    for r in found:
        for rid in _deleted_ids(r.payload or {}, table.id):
            if isinstance(rid, str) and rid not in seen:
                seen.add(rid)
                entries.append(BinEntry(rid, r.id, r.user_id, r.created_at))
    t = table.sa_table
    alive: set[str] = set()
    ids = [e.row_id for e in entries]
    for i in range(0, len(ids), CHUNK):
        alive.update(conn.execute(sa.select(t.c._id).where(t.c._id.in_(ids[i:i + CHUNK]))).scalars())
    return [e for e in entries if e.row_id not in alive]


def _deleted_ids(payload: dict, table_id: int) -> list[str]:
    """Row ids a logged delete_rows (or a batch holding some) deleted from the table."""
    if payload.get("type") == "batch":
        return [rid for step in payload.get("actions") or [] if isinstance(step, dict)
                for rid in _deleted_ids(step, table_id)]
    if payload.get("type") == "delete_rows" and payload.get("table_id") == table_id:
        return list(payload.get("row_ids") or [])
    return []


def _parts(inverse: Any, rows: list[dict] | None = None, links: list[dict] | None = None) -> tuple[list[dict], list[dict]]:
    """A delete's inverse (nested in batches) as (raw rows, link_pairs actions)."""
    rows = [] if rows is None else rows
    links = [] if links is None else links
    if inverse.get("type") == "batch":
        for step in inverse.get("actions") or []:
            if isinstance(step, dict):
                _parts(step, rows, links)
    elif inverse.get("type") == "insert_rows" and inverse.get("raw"):
        rows.extend(inverse.get("rows") or [])
    elif inverse.get("type") == "link_pairs":
        links.append(inverse)
    return rows, links


def raw_rows_of(conn: sa.Connection, entries: list[BinEntry]) -> tuple[dict[str, dict], list[dict]]:
    """The logged raw rows of these entries by row id, and the link_pairs of their deletions."""
    wanted: dict[int, set[str]] = {}
    for e in entries:
        wanted.setdefault(e.action_id, set()).add(e.row_id)
    rows: dict[str, dict] = {}
    links: list[dict] = []
    a = cat.actions
    action_ids = sorted(wanted)
    for i in range(0, len(action_ids), CHUNK):
        for r in conn.execute(sa.select(a.c.id, a.c.inverse).where(a.c.id.in_(action_ids[i:i + CHUNK]))):
            raw, pairs = _parts(r.inverse or {})
            rows.update({x["_id"]: x for x in raw if x.get("_id") in wanted[r.id]})
            links.extend(pairs)
    return rows, links


def row_title(table: TableMeta, raw: dict, vctx: ValueContext) -> str:
    """The deleted row's primary value as text (what a person recognises it by)."""
    primary = next((c for c in table.columns if c.is_primary), None)
    if primary is None or primary.phys is None:
        return ""
    value = decode((raw.get("cells") or {}).get(primary.phys))
    try:
        return primary.type_cls.to_text(value, primary, vctx)
    except Exception:  # a title must never fail the listing on an odd stored value
        return ""


# -- restore ----------------------------------------------------------------------------------
class RestoreRows(TableRef):
    """Rows from the table's recycle bin (deleted in the last 30 days), by id."""
    row_ids = fields.List(fields.String(), required=True)


@action_handler("restore_rows", RestoreRows)
def restore_rows(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    ids = payload.get("row_ids")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise invalid("row_ids must be a non-empty list of row ids", {"row_ids": ["required"]})
    if len(ids) > max(ctx.max_batch, 1) and not ctx.trusted:
        from server.errors import too_large

        raise too_large(f"at most {ctx.max_batch} rows in one request, got {len(ids)}")
    ids = list(dict.fromkeys(ids))
    in_bin = {e.row_id: e for e in bin_entries(ctx.conn, ctx.base_id, table, ctx.now)}
    missing = next((i for i in ids if i not in in_bin), None)
    if missing is not None:
        raise not_found(f"Row {missing} is not in this table's recycle bin.")
    raw_by_id, link_steps = raw_rows_of(ctx.conn, [in_bin[i] for i in ids])
    raws = [raw_by_id[i] for i in ids if i in raw_by_id]
    t = table.sa_table
    # An internal id another row holds now (SQLite hands out the highest freed id again) is
    # left for the database to choose; the row's links follow it to the new one.
    old_ids = [r["id"] for r in raws if isinstance(r.get("id"), int)]
    taken: set[int] = set()
    for i in range(0, len(old_ids), CHUNK):
        taken.update(ctx.conn.execute(sa.select(t.c.id).where(t.c.id.in_(old_ids[i:i + CHUNK]))).scalars())
    keep = [r for r in raws if r.get("id") not in taken]
    fresh = [{k: v for k, v in r.items() if k != "id"} for r in raws if r.get("id") in taken]
    for batch in (keep, fresh):
        if batch:
            ctx.run({"type": "insert_rows", "table_id": table.id, "raw": True, "rows": batch}, trusted=True)
    new_internal = {r["id"]: r["id"] for r in keep}
    if fresh:
        now_ids = dict(ctx.conn.execute(sa.select(t.c._id, t.c.id).where(t.c._id.in_([r["_id"] for r in fresh]))).all())
        by_row = {r["_id"]: r["id"] for r in raws if r.get("id") in taken}
        new_internal.update({by_row[rid]: iid for rid, iid in now_ids.items()})
    links = _restore_links(ctx, table, new_internal, link_steps)
    restored = [r["_id"] for r in raws]
    from server.actions.handlers.rows import read_rows_by_id

    ctx.result["rows"] = read_rows_by_id(ctx.conn, table, restored, ctx.value_context())
    ctx.result["links"] = links
    return Done({"type": "restore_rows", "table_id": table.id, "row_ids": restored, "links": links},
                {"type": "delete_rows", "table_id": table.id, "row_ids": restored})


def _restore_links(ctx: ActionContext, table: TableMeta, new_internal: dict[int, int],
                   steps: list[dict]) -> int:
    """Give back the links of the restored rows whose other end still exists; returns how many."""
    count = 0
    for step in steps:
        link_id = step.get("link_id")
        found = ctx.schema.column(link_id) if isinstance(link_id, int) else None
        if found is None:
            continue  # the link column is gone for good
        table_a, col_a = found
        table_b = ctx.schema.table(col_a.options.get("table_id"), include_deleted=True)
        if table_b is None:
            continue
        pairs = []
        for a, b in step.get("add") or []:
            a_mine = table_a.id == table.id and a in new_internal
            b_mine = table_b.id == table.id and b in new_internal
            if not (a_mine or b_mine):
                continue
            pairs.append((new_internal[a] if a_mine else a, new_internal[b] if b_mine else b, a_mine, b_mine))
        if not pairs:
            continue
        exist_a = _existing(ctx, table_a, [p[0] for p in pairs if not p[2]])
        exist_b = _existing(ctx, table_b, [p[1] for p in pairs if not p[3]])
        add = [[a, b] for a, b, am, bm in pairs if (am or a in exist_a) and (bm or b in exist_b)]
        if add:
            ctx.run({"type": "link_pairs", "link_id": link_id, "add": add}, trusted=True)
            count += len(add)
    return count


def _existing(ctx: ActionContext, table: TableMeta, internal_ids: list[int]) -> set[int]:
    t = table.sa_table
    out: set[int] = set()
    ids = sorted(set(internal_ids))
    for i in range(0, len(ids), CHUNK):
        out.update(ctx.conn.execute(sa.select(t.c.id).where(t.c.id.in_(ids[i:i + CHUNK]))).scalars())
    return out
