"""Pushes team events to open WebSockets of this process's live hub.

- a new notification → every socket of that user, in any base: {"t": "notification",
  "notification": {...}, "unread": n} (the bell updates without a reload);
- a comment added, edited, resolved or deleted → every socket in the base:
  {"t": "comment", "op", "table_id", "row_id", "comment"} (the grid's comment counts);
- table or column permissions changed → {"t": "permissions", "table_id"}.

Only sockets held by this process are reached. On SQLite the server is one process, so that
is every socket; with several PostgreSQL workers a socket on another worker sees the change
the next time it reads the bell or the comments (documented in docs/team.md).
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from flask import current_app, has_app_context

from server.catalog import schema as cat
from server.team import signals

log = logging.getLogger(__name__)


def _hub() -> Any:
    if not has_app_context():
        return None
    from server.api.live import HUB_KEY

    return current_app.extensions.get(HUB_KEY)


def _sockets(hub: Any, base_id: int | None = None, user_id: int | None = None) -> list[Any]:
    with hub._lock:
        rooms = [r for b, r in hub.rooms.items() if base_id is None or b == base_id]
    out = []
    for room in rooms:
        with room.lock:
            out += [c for c in room.conns if user_id is None or c.principal.user_id == user_id]
    return out


def on_event(event: dict[str, Any]) -> None:
    hub = _hub()
    if hub is None:
        return
    from server.realtime import protocol

    kind = event.get("kind")
    if kind == "notification":
        targets = _sockets(hub, user_id=event["user_id"])
        if not targets:
            return
        n = cat.notifications
        with current_app.extensions["tablo"].db.read() as conn:
            unread = conn.execute(sa.select(sa.func.count()).select_from(n).where(
                n.c.user_id == event["user_id"], n.c.read_at.is_(None))).scalar_one()
        frame = {"t": "notification", "notification": event["notification"], "unread": unread}
    elif kind == "comment":
        targets = _sockets(hub, base_id=event["base_id"])
        frame = {"t": "comment", "op": event["op"], "table_id": event["table_id"], "row_id": event["row_id"],
                 "comment": event["comment"]}
    elif kind == "permissions":
        targets = _sockets(hub, base_id=event["base_id"])
        frame = {"t": "permissions", "table_id": event["table_id"]}
    else:
        return
    text = protocol.encode(frame)
    for c in targets:
        c.push(text)


def install() -> None:
    if on_event not in signals._subscribers:
        signals.subscribe(on_event)
