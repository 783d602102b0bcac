"""Pushes team events to open WebSockets of the live hubs:

- a new notification → every socket of that user, in any base: {"t": "notification",
  "notification": {...}, "unread": n} (the bell updates without a reload);
- a comment added, edited, resolved or deleted → every socket in the base:
  {"t": "comment", "op", "table_id", "row_id", "comment"} (the grid's comment counts);
- table or column permissions changed → {"t": "permissions", "table_id"}.

The process that made the event pushes it to its own sockets at once. On PostgreSQL it also
sends a small `t:` notice on the live channel (server/realtime/pgfanout.py) so the other
server processes push it to theirs: a notification travels as its id (the receiver reads it
and the unread count from the database, so the payload limit never matters), a comment as
the comment itself, or as its id alone when that would be too long for a notice. Each process
skips the notices it sent itself.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from typing import Any

import sqlalchemy as sa
from flask import current_app, has_app_context

from server.catalog import schema as cat
from server.notifications import signals
from server.realtime import pgfanout

log = logging.getLogger(__name__)

NOTICE_MAX_BYTES = 7000   # under NOTIFY's 8,000-byte payload limit
_TOKEN = secrets.token_hex(4)


def _origin() -> str:
    # The pid is read each time: server workers forked from one parent share the token.
    return f"{os.getpid()}-{_TOKEN}"


def _sockets(hub: Any, base_id: int | None = None, user_id: int | None = None) -> list[Any]:
    with hub._lock:
        rooms = [r for b, r in hub.rooms.items() if base_id is None or b == base_id]
    out = []
    for room in rooms:
        with room.lock:
            out += [c for c in room.conns if user_id is None or c.principal.user_id == user_id]
    return out


def deliver(hub: Any, event: dict[str, Any]) -> None:
    """Push one team event to the sockets this hub holds."""
    from server.realtime import protocol

    kind = event.get("kind")
    if kind == "notification":
        targets = _sockets(hub, user_id=event["user_id"])
        if not targets:
            return
        n = cat.notifications
        with hub.db.read() as conn:
            note = event.get("notification")
            if note is None:  # from another process: read it here
                from server.notifications.notify import to_json

                row = conn.execute(sa.select(n).where(n.c.id == event["id"], n.c.user_id == event["user_id"])).first()
                if row is None:  # deleted meanwhile
                    return
                note = to_json(row)
            unread = conn.execute(sa.select(sa.func.count()).select_from(n).where(
                n.c.user_id == event["user_id"], n.c.read_at.is_(None))).scalar_one()
        frame = {"t": "notification", "notification": note, "unread": unread}
    elif kind == "comment":
        targets = _sockets(hub, base_id=event["base_id"])
        frame = {"t": "comment", "op": event["op"], "table_id": event["table_id"], "row_id": event["row_id"],
                 "comment": event["comment"]}
    elif kind == "permissions":
        hub.forget_access(event["base_id"])  # members' access rules are read again
        targets = _sockets(hub, base_id=event["base_id"])
        frame = {"t": "permissions", "table_id": event["table_id"]}
    else:
        return
    text = protocol.encode(frame)
    for c in targets:
        c.push(text)


def notice_for(event: dict[str, Any]) -> str | None:
    """The `t:` notice that carries this event to the other processes (None: not shared)."""
    kind = event.get("kind")
    if kind == "notification":
        ev: dict[str, Any] = {"kind": kind, "user_id": event["user_id"], "base_id": event.get("base_id"),
                              "id": event["notification"]["id"]}
    elif kind in ("comment", "permissions"):
        ev = dict(event)
    else:
        return None
    text = json.dumps({"o": _origin(), "e": ev}, ensure_ascii=False, separators=(",", ":"), default=str)
    if len(text.encode()) > NOTICE_MAX_BYTES and kind == "comment":
        comment = event.get("comment") or {}
        ev["comment"] = {k: comment.get(k) for k in ("id", "row_id", "table_id", "resolved")}
        text = json.dumps({"o": _origin(), "e": ev}, ensure_ascii=False, separators=(",", ":"), default=str)
    if len(text.encode()) > NOTICE_MAX_BYTES:
        return None
    return "t:" + text


def on_notice(hub: Any, rest: str) -> None:
    """Listener thread: a team event made by another process."""
    data = json.loads(rest)
    if data.get("o") == _origin():
        return  # ours: already pushed when it was made
    deliver(hub, data["e"])


def on_event(event: dict[str, Any]) -> None:
    if not has_app_context():
        return
    hub = current_app.extensions.get(_hub_key) if _hub_key else None
    if hub is not None:
        deliver(hub, event)
    db = current_app.extensions["tablo"].db
    if not db.is_sqlite:
        notice = notice_for(event)
        if notice is not None:
            try:
                pgfanout.send_notice(db, notice)
            except Exception:  # the bell still shows it on its next read
                log.warning("team event notice failed", exc_info=True)


# Where the app keeps its live hub (server.api.live.HUB_KEY), handed over by `install`: the
# hub belongs to the HTTP layer, which this package must not import.
_hub_key: str | None = None


def install(hub_key: str) -> None:
    global _hub_key
    _hub_key = hub_key
    if on_event not in signals._subscribers:
        signals.subscribe(on_event)
    pgfanout.register_notice("t", on_notice)
