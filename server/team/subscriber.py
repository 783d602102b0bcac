"""After-commit work for every action: webhook deliveries, assignment notifications and
automation triggers.

Subscribed once to `server.actions.events`; runs in the thread that applied the action, in
its app context. Cheap when there is nothing to do: one read decides whether the base has
active webhooks or row rules, or the touched tables have collaborator columns; only then is the action
described and a write opened.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from flask import has_app_context

from server.actions import events as action_events
from server.catalog import schema as cat
from server.state import state
from server.team import automations, changes, notify, webhooks

log = logging.getLogger(__name__)
ROW_TYPES = {"insert_rows", "update_rows"}
ROW_TYPES_ALL = ROW_TYPES | {"delete_rows"}


def on_entry(entry: dict[str, Any]) -> None:
    if entry.get("kind") not in ("do", "undo", "redo") or not has_app_context():
        return
    st = state()
    base_id = entry["base_id"]
    types = {a.get("type") for a in changes.walk(entry.get("payload"))}
    forward = entry["kind"] in ("do", "redo")  # an undo does not assign anyone or fire rules
    with st.db.read() as conn:
        has_hooks = conn.execute(sa.select(cat.webhooks.c.id).where(cat.webhooks.c.base_id == base_id,
                                                                    cat.webhooks.c.active.is_(True))
                                 .limit(1)).first() is not None
        rules = automations.active_row_rules(conn, base_id) if forward and types & ROW_TYPES_ALL else []
        schema = st.schema_cache.get(conn, base_id)
    touched = {t[0] for t in entry.get("touches") or []}
    wants_assign = forward and bool(types & ROW_TYPES) and any(
        c.type == "collaborator" for tid in touched if (t := schema.table(tid)) for c in t.columns)
    rules = [r for r in rules if r.table_id in touched]
    if not has_hooks and not wants_assign and not rules:
        return
    queued = runs = 0
    created: list[dict] = []
    with st.db.write() as conn:
        evs = changes.describe(conn, schema, entry)
        if has_hooks:
            queued = webhooks.enqueue(conn, base_id, entry, evs)
        if wants_assign:
            created = _assign(conn, schema, entry, evs)
        if rules:
            runs = automations.on_entry(conn, schema, entry, evs, rules)
    if queued:
        webhooks.kick()
    if runs:
        automations.kick()
    notify.after_commit(created)


def _assign(conn: sa.Connection, schema: Any, entry: dict, evs: list[dict]) -> list[dict]:
    out: list[dict] = []
    actor = None
    if entry.get("user_id"):
        actor = conn.execute(sa.select(cat.users.c.name, cat.users.c.email)
                             .where(cat.users.c.id == entry["user_id"])).first()
    base_name = conn.execute(sa.select(cat.bases.c.name).where(cat.bases.c.id == entry["base_id"])).scalar()
    members = set(changes.members(conn, entry["base_id"]))
    for a in notify.assignments(conn, schema, entry, evs):
        table, col = a["table"], a["column"]
        payload = {"base_name": base_name, "table_id": table.id, "table_name": table.name, "row_id": a["row_id"],
                   "row_name": notify.row_name(conn, table, a["row_id"]), "column_id": col.id,
                   "column_name": col.name, "actor_name": (actor.name or actor.email) if actor else None,
                   "action_id": entry["id"]}
        out.extend(notify.create(conn, [u for u in a["user_ids"] if u in members], entry["base_id"], "assigned",
                                 entry.get("user_id"), payload))
    return out


def install() -> None:
    if on_entry not in action_events._subscribers:
        action_events.subscribe(on_entry)
