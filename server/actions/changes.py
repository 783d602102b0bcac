"""What a committed action changed, in words a person or another program understands.

From an action's log entry (payload, inverse and its row_changes) this builds events
(a top-level insert's row_changes is one marker row; the inserted rows are in its payload):
`row.inserted` (after values), `row.updated` (before and after of the changed cells),
`row.deleted` (before values), `column.changed` and `table.changed`. Values are API values
keyed by column name. Webhooks send these; assignment notifications read them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import sqlalchemy as sa

from server.actions.codec import decode
from server.actions.handlers.rows import INSERTED_MARKER
from server.catalog import schema as cat
from server.catalog.model import BaseSchema, TableMeta
from server.catalog.roles import member_users
from server.columns.base import ValueContext

ROW_EVENTS = ("row.inserted", "row.updated", "row.deleted")
SCHEMA_EVENTS = ("column.changed", "table.changed")
EVENTS = ROW_EVENTS + SCHEMA_EVENTS
COLUMN_ACTIONS = ("add_column", "modify_column", "delete_column", "restore_column")
TABLE_ACTIONS = ("add_table", "modify_table", "delete_table", "restore_table", "duplicate_table")


def walk(action: Any) -> Iterator[dict]:
    """Every plain action inside an action (batches flattened, in order)."""
    if not isinstance(action, dict):
        return
    if action.get("type") == "batch":
        for a in action.get("actions") or []:
            yield from walk(a)
    else:
        yield action


def _raw_rows(action: Any) -> dict[tuple[int, str], dict]:
    """(table id, row id) -> stored cells, from every raw insert_rows inside an action."""
    out: dict[tuple[int, str], dict] = {}
    for a in walk(action):
        if a.get("type") == "insert_rows" and a.get("raw"):
            for r in a.get("rows") or []:
                out[(a["table_id"], r["_id"])] = {k: decode(v) for k, v in (r.get("cells") or {}).items()}
    return out


def _api_cells(table: TableMeta, cells: dict, vctx: ValueContext) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in table.columns:
        if col.phys is not None and col.phys in cells:
            try:
                out[col.name] = col.type_cls.from_db(cells[col.phys], col, vctx)
            except Exception:  # an odd stored value must not stop a delivery
                out[col.name] = None
    return out


def members(conn: sa.Connection, base_id: int) -> dict[int, dict]:
    return {r.id: {"id": r.id, "email": r.email, "name": r.name} for r in conn.execute(member_users(base_id))}


def describe(conn: sa.Connection, schema: BaseSchema, entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The events of one committed action (read right after commit, in any process)."""
    action_id = entry["id"]
    payload = entry["payload"]
    types = {a.get("type") for a in walk(payload)}
    out: list[dict[str, Any]] = []
    if types & {"insert_rows", "update_rows", "delete_rows"}:
        out.extend(_row_events(conn, schema, entry, action_id, payload))
    for a in walk(payload):
        t = a.get("type")
        if t in COLUMN_ACTIONS:
            found = schema.column(a.get("column_id")) if isinstance(a.get("column_id"), int) else None
            out.append({"event": "column.changed", "action": t, "table_id": a.get("table_id"),
                        "column_id": a.get("column_id"),
                        "column": found[1].to_json() if found and t != "delete_column" else None,
                        "change": {k: v for k, v in a.items() if k in ("name", "column_type", "options",
                                                                       "description", "position")}})
        elif t in TABLE_ACTIONS:
            tid = a.get("new_table_id") if t == "duplicate_table" else a.get("table_id")
            table = schema.table(tid) if isinstance(tid, int) else None
            out.append({"event": "table.changed", "action": t, "table_id": tid,
                        "table": {"id": table.id, "name": table.name} if table and t != "delete_table" else None})
    return out


def _row_events(conn: sa.Connection, schema: BaseSchema, entry: dict, action_id: int,
                payload: dict) -> list[dict[str, Any]]:
    rc = cat.row_changes
    logged = conn.execute(sa.select(rc.c.table_id, rc.c.row_id, rc.c.change).where(rc.c.action_id == action_id)
                          .order_by(rc.c.id)).all()
    inserted = _raw_rows(payload)
    changes = list(_expand_inserts(logged, payload))
    deleted: dict[tuple[int, str], dict] = {}
    if any(c.change.get("op") == "delete" for c in changes):
        inverse = conn.execute(sa.select(cat.actions.c.inverse).where(cat.actions.c.id == action_id)).scalar()
        deleted = _raw_rows(inverse)
    vctx = ValueContext(members=members(conn, entry["base_id"]), by_name=True)
    by_event: dict[tuple[str, int], list[dict]] = {}
    for c in changes:
        table = schema.table(c.table_id)
        if table is None:
            continue
        op = c.change.get("op")
        if op == "insert":
            cells = inserted.get((c.table_id, c.row_id), {})
            rec = {"_id": c.row_id, "after": _api_cells(table, cells, vctx)}
            # People by id as well (names can repeat), for assignment notifications; not sent out.
            people = {col.key: [None, cells.get(col.phys)] for col in table.columns
                      if col.type == "collaborator" and col.phys and cells.get(col.phys)}
            if people:
                rec["raw"] = people
            by_event.setdefault(("row.inserted", c.table_id), []).append(rec)
        elif op == "delete":
            cells = deleted.get((c.table_id, c.row_id), {})
            rec = {"_id": c.row_id, "before": _api_cells(table, cells, vctx)}
            by_event.setdefault(("row.deleted", c.table_id), []).append(rec)
        elif op == "update" and c.change.get("cells"):
            before, after = {}, {}
            for key, (old, new) in c.change["cells"].items():
                col = table.resolve_key(key)
                if col is None:
                    continue
                before[col.name] = _by_name(col, old, vctx)
                after[col.name] = _by_name(col, new, vctx)
            by_event.setdefault(("row.updated", c.table_id), []).append(
                {"_id": c.row_id, "before": before, "after": after, "raw": c.change["cells"]})
    out = []
    for (event, table_id), rows in by_event.items():
        table = schema.table(table_id)
        out.append({"event": event, "table_id": table_id, "table_name": table.name if table else None,
                    "rows": rows})
    return out


class _Change(NamedTuple):
    table_id: int
    row_id: str
    change: dict


def _expand_inserts(logged: list[Any], payload: dict) -> Iterator[Any]:
    """row_changes in order, a top-level insert's one marker row expanded to its inserted rows."""
    for c in logged:
        if c.row_id == INSERTED_MARKER and c.change.get("op") == "insert":
            for a in walk(payload):
                if a.get("type") == "insert_rows" and a.get("raw") and a.get("table_id") == c.table_id:
                    for r in a.get("rows") or []:
                        yield _Change(c.table_id, r["_id"], {"op": "insert"})
        else:
            yield c


def _by_name(col: Any, api_value: Any, vctx: ValueContext) -> Any:
    """row_changes keep id-keyed API values; webhooks show options and people by name."""
    if api_value is None:
        return None
    try:
        stored = col.type_cls.to_db(api_value, col, ValueContext(members=vctx.members))
        return col.type_cls.from_db(stored, col, vctx)
    except Exception:  # an option deleted since: show what the log kept
        return api_value
