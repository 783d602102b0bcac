"""Live frames for members with access rules (server.query.access): each receives only what
they may see.

Frames are presented once for everybody (server.realtime.present); for a member with rules
the hub passes each `op` frame through `personal`, which rewrites its action:
- an action on a table hidden from them is sent as `{"type", "table_id", "table_missing": true}`
  (clients drop it; the version still arrives, so no gap and no reload);
- cells of columns hidden from them are left out of row actions;
- rows an insert makes that their read rule does not let through are left out;
- an update is split by the rows' state after it: rows they may read are sent as an update
  carrying the whole row as they see it (so a row that starts matching arrives complete and a
  client that does not hold it inserts it), rows they may no longer read as a `delete_rows`
  (it disappears from their screen);
- moves and link changes keep only rows they may read; overwrite notices are left out.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from server.catalog.model import BaseSchema
from server.query.access import Reader, load_reader, reading_through, restricted

ROW_ACTIONS = ("insert_rows", "update_rows", "move_rows", "delete_rows")


def load(conn: sa.Connection, schema: BaseSchema, user_id: int) -> tuple[Reader, BaseSchema] | None:
    """The member's reader and the schema as they see it, or None when nothing is restricted."""
    reader = load_reader(conn, schema.base_id, user_id)
    if reader is None:
        return None
    return reader, restricted(schema, reader)


def personal(conn: sa.Connection, seen: tuple[Reader, BaseSchema], text: str) -> str:
    """One shared frame (JSON text) as this member may receive it."""
    frame = json.loads(text)
    if frame.get("t") != "op":
        return text
    frame.pop("overwrote", None)
    frame["action"] = _action(conn, seen, frame.get("action"))
    return json.dumps(frame, ensure_ascii=False, separators=(",", ":"), default=str)


def _action(conn: sa.Connection, seen: tuple[Reader, BaseSchema], action: Any) -> Any:
    if not isinstance(action, dict):
        return action
    reader, schema = seen
    kind = action.get("type")
    if kind == "batch":
        out: list[Any] = []
        for a in action.get("actions") or []:
            b = _action(conn, seen, a)
            out.extend(b["actions"] if isinstance(b, dict) and b.get("type") == "batch" else [b])
        return {"type": "batch", "actions": out}
    table_id = action.get("table_id")
    if kind == "set_links":
        found = reader.schema.column(action.get("column_id")) if reader.schema is not None else None
        table_id = found[0].id if found is not None else None
    if isinstance(table_id, int) and schema.table(table_id) is None and reader.schema is not None \
            and reader.schema.table(table_id) is not None:
        return {"type": kind, "table_id": table_id, "table_missing": True}
    if not isinstance(table_id, int) or schema.table(table_id) is None:
        return action
    table = schema.table(table_id)
    assert table is not None
    if kind == "set_links":
        col = table.column(action.get("column_id"))
        if col is None:
            return {"type": kind, "table_id": table_id, "table_missing": True}
        links = action.get("links") if isinstance(action.get("links"), dict) else {}
        keep = _readable(conn, table, list(links))
        return {**action, "links": {k: v for k, v in links.items() if k in keep}}
    if kind not in ROW_ACTIONS or kind == "delete_rows" or action.get("table_missing"):
        return action
    if kind == "move_rows":
        keep = _readable(conn, table, list(action.get("row_ids") or []))
        return {**action, "row_ids": [r for r in action.get("row_ids") or [] if r in keep],
                "orders": {k: v for k, v in (action.get("orders") or {}).items() if k in keep}}
    rows = [r for r in action.get("rows") or [] if isinstance(r, dict)]
    ids = [r.get("_id") for r in rows if isinstance(r.get("_id"), str)]
    keep = _readable(conn, table, ids)
    visible = {c.key for c in table.columns}
    if kind == "insert_rows":
        return {**action, "rows": [_cells(r, visible) for r in rows if r.get("_id") in keep]}
    # update_rows: the whole row as they see it, for those they may read; the others leave
    full = _rows_now(conn, table, [i for i in ids if i in keep])
    parts: list[dict] = [{**action, "rows": [full[i] for i in ids if i in full]}]
    gone = [i for i in ids if i not in keep]
    if gone:
        parts.append({"type": "delete_rows", "table_id": table_id, "row_ids": gone})
    return parts[0] if len(parts) == 1 else {"type": "batch", "actions": parts}


def _cells(row: dict, visible: set[str]) -> dict:
    return {k: v for k, v in row.items() if k.startswith("_") or k in visible}


def _readable(conn: sa.Connection, table: Any, ids: list[str]) -> set[str]:
    """Which of these rows the member may read now."""
    if not ids:
        return set()
    from server.query.access import row_filter

    t = table.sa_table
    stmt = sa.select(t.c._id).where(t.c._id.in_(ids))
    rule = row_filter(table)
    if rule is not None:
        stmt = stmt.where(rule)
    return {r._id for r in conn.execute(stmt)}


def _rows_now(conn: sa.Connection, table: Any, ids: list[str]) -> dict[str, dict]:
    """Rows as the member reads them over HTTP (visible columns, their link lists)."""
    if not ids:
        return {}
    from server.actions.handlers.rows import rows_to_api
    from server.query.rows import select_rows
    from server.views.reading import value_context

    with reading_through(table.reader.user_id, table.schema):  # link cells and lookups list their rows
        raw = select_rows(conn, table, where=table.sa_table.c._id.in_(ids))
        out = rows_to_api(table, raw, value_context(conn, table.base_id))
    return {r["_id"]: r for r in out}
