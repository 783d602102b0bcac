"""The one presenter: a logged action (raw form) → what clients see (API form).

The action log stores row payloads in "raw" form — stored values keyed by physical column
(`c_12`), timestamps encoded as `{"$dt": ...}` — because that is what undo needs. Clients
speak API form: rows keyed by column id (`"12"`) with the values the HTTP API returns. Live
broadcast and catch-up replay both go through `present_entry`, so a client cannot tell a
replayed action from one it saw live.

Columns are resolved against the base's current schema: a value for a column that has since
been deleted or retyped (its old physical column) is left out, and the action that changed
the schema is itself in the stream, flagged `schema_changed`, so the client refetches
column definitions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from server.actions.codec import decode
from server.catalog.model import BaseSchema, TableMeta
from server.columns.base import ValueContext

ROW_TYPES = ("insert_rows", "update_rows", "delete_rows", "move_rows")
SYSTEM_KEYS = ("_order", "_ctime", "_mtime", "_creator", "_last_modifier")


def _iso(value: Any) -> Any:
    value = decode(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return value


def _cells(table: TableMeta, cells: dict[str, Any], vctx: ValueContext) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for phys, stored in (cells or {}).items():
        col = table.column_by_phys(phys)
        if col is None:  # deleted or retyped since: the schema change is in the stream too
            continue
        try:
            out[col.key] = col.type_cls.from_db(decode(stored), col, vctx)
        except Exception:  # an odd stored value must not stop the broadcast of the rest
            out[col.key] = None
    return out


def present_row(table: TableMeta, raw: dict[str, Any], vctx: ValueContext) -> dict[str, Any]:
    """One raw row ({_id, system fields, cells: {phys: stored}}) → {_id, system fields, column id: value}."""
    out: dict[str, Any] = {"_id": raw.get("_id")}
    for key in SYSTEM_KEYS:
        if key in raw:
            out[key] = _iso(raw[key])
    out.update(_cells(table, raw.get("cells") or {}, vctx))
    return out


def present_payload(schema: BaseSchema, payload: Any, vctx: ValueContext | None = None) -> Any:
    """A logged payload → API form. Non-row actions are JSON already and pass through."""
    vctx = vctx or ValueContext()
    if not isinstance(payload, dict):
        return payload
    type_ = payload.get("type")
    if type_ == "batch":
        return {"type": "batch", "actions": [present_payload(schema, a, vctx) for a in payload.get("actions") or []]}
    if type_ not in ROW_TYPES:
        return payload
    table_id = payload.get("table_id")
    table = schema.table(table_id) if isinstance(table_id, int) else None
    if type_ == "delete_rows":
        return {"type": type_, "table_id": table_id, "row_ids": list(payload.get("row_ids") or [])}
    if table is None:  # the table is gone since; clients drop the action
        return {"type": type_, "table_id": table_id, "table_missing": True}
    if type_ == "move_rows":
        orders = {r["_id"]: decode(r.get("_order")) for r in payload.get("raw_rows") or [] if "_id" in r}
        return {"type": type_, "table_id": table_id, "row_ids": list(payload.get("row_ids") or []),
                "after": payload.get("after"), "before": payload.get("before"), "orders": orders}
    rows = [present_row(table, r, vctx) for r in payload.get("rows") or [] if isinstance(r, dict)]
    return {"type": type_, "table_id": table_id, "rows": rows}


def present_entry(schema: BaseSchema, entry: dict[str, Any], user: dict[str, Any] | None,
                  overwrote: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A log entry → the `op` frame every subscriber of the base receives."""
    frame: dict[str, Any] = {
        "t": "op",
        "v": entry["version"],
        "kind": entry.get("kind") or "do",
        "by": user,
        "client": entry.get("client_id"),
        "at": entry.get("created_at"),
        "schema_changed": bool(entry.get("schema_changed")),
        "action": present_payload(schema, entry.get("payload")),
    }
    if overwrote:
        frame["overwrote"] = overwrote
    return frame
