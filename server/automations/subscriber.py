"""After-commit work for every action: webhook deliveries, assignment notifications and
automation triggers.

Subscribed once to `server.actions.events`; runs in the thread that applied the action, in
its app context. Cheap when there is nothing to do: one read decides whether the base has
active webhooks or row rules, or the action writes a collaborator cell; only then is the action
described and a write opened.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from flask import has_app_context

from server.actions import changes
from server.actions import events as action_events
from server.automations import receivables, webhooks
from server.automations import rules as automations
from server.catalog import schema as cat
from server.notifications import notify
from server.state import state

log = logging.getLogger(__name__)
ROW_TYPES = {"insert_rows", "update_rows"}
ROW_TYPES_ALL = ROW_TYPES | {"delete_rows"}


def on_entry(entry: dict[str, Any]) -> None:
    if entry.get("kind") not in ("do", "undo", "redo") or not has_app_context():
        return
    st = state()
    base_id = entry["base_id"]
    if entry.get("type") == "apply_template":
        _template_rules(entry)
    types = {a.get("type") for a in changes.walk(entry.get("payload"))}
    forward = entry["kind"] in ("do", "redo")  # an undo does not assign anyone or fire rules
    with st.db.read() as conn:
        has_hooks = conn.execute(sa.select(cat.webhooks.c.id).where(cat.webhooks.c.base_id == base_id,
                                                                    cat.webhooks.c.active.is_(True))
                                 .limit(1)).first() is not None
        rules = automations.active_row_rules(conn, base_id) if forward and types & ROW_TYPES_ALL else []
        schema = st.schema_cache.get(conn, base_id)
    touched = {t[0] for t in entry.get("touches") or []}
    wants_assign = forward and bool(types & ROW_TYPES) and _sets_people(schema, entry)
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


MAX_ROWS_IN_NOTIFICATION = 50


def _assign(conn: sa.Connection, schema: Any, entry: dict, evs: list[dict]) -> list[dict]:
    """One notification per person, table and column for this action (a batch that assigns
    Bob to 1,000 rows tells him once, with the count and the first rows)."""
    actor = None
    if entry.get("user_id"):
        actor = conn.execute(sa.select(cat.users.c.name, cat.users.c.email)
                             .where(cat.users.c.id == entry["user_id"])).first()
    members = set(changes.members(conn, entry["base_id"]))
    grouped: dict[tuple[int, int, int], dict] = {}
    for a in notify.assignments(conn, schema, entry, evs):
        for uid in a["user_ids"]:
            if uid not in members:
                continue
            g = grouped.setdefault((uid, a["table"].id, a["column"].id),
                                   {"table": a["table"], "column": a["column"], "rows": []})
            g["rows"].append(a["row_id"])
    if not grouped:
        return []
    base_name = conn.execute(sa.select(cat.bases.c.name).where(cat.bases.c.id == entry["base_id"])).scalar()
    out: list[dict] = []
    for (uid, _, _), g in grouped.items():
        table, col, rows = g["table"], g["column"], g["rows"]
        payload = {"base_name": base_name, "table_id": table.id, "table_name": table.name, "row_id": rows[0],
                   "row_name": notify.row_name(conn, table, rows[0]), "row_count": len(rows),
                   "row_ids": rows[:MAX_ROWS_IN_NOTIFICATION], "column_id": col.id, "column_name": col.name,
                   "actor_name": (actor.name or actor.email) if actor else None, "action_id": entry["id"]}
        out.extend(notify.create(conn, [uid], entry["base_id"], "assigned", entry.get("user_id"), payload))
    return out


def _sets_people(schema: Any, entry: dict) -> bool:
    """Does the action write a non-empty collaborator cell? (cheap: looks at the payload only)"""
    for a in changes.walk(entry.get("payload")):
        if a.get("type") not in ROW_TYPES or not a.get("raw"):
            continue
        table = schema.table(a.get("table_id")) if isinstance(a.get("table_id"), int) else None
        if table is None:
            continue
        phys = {c.phys for c in table.columns if c.type == "collaborator" and c.phys}
        if phys and any((r.get("cells") or {}).get(p) for r in a.get("rows") or [] for p in phys):
            return True
    return False


def _template_rules(entry: dict[str, Any]) -> None:
    """A base made from a template that ships automation rules gets them (receivables)."""
    st = state()
    try:
        with st.db.write() as conn:
            schema = st.schema_cache.get(conn, entry["base_id"])
            receivables.on_template_applied(conn, schema, entry)
    except Exception:  # the base is made; a rule that does not fit must not break that
        log.exception("could not install the template's automation rules in base %s", entry["base_id"])


def install() -> None:
    if on_entry not in action_events._subscribers:
        action_events.subscribe(on_entry)
