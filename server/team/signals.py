"""Team events for the live hub: new notifications, comment changes, permission changes.

They are not actions, so they do not go through `server.actions.events` (whose subscribers
treat every entry but membership changes as a logged action). The live hub subscribes here
to push them: {"kind": "notification", "user_id", "base_id", "notification"} to that user's
sockets, {"kind": "comment", "op", "base_id", "table_id", "row_id", "comment"} and
{"kind": "permissions", "base_id", "table_id"} to the base's room. Subscribers must not
raise; a failure is logged and the others still run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Subscriber = Callable[[dict[str, Any]], None]
_subscribers: list[Subscriber] = []


def subscribe(fn: Subscriber) -> Callable[[], None]:
    _subscribers.append(fn)

    def unsubscribe() -> None:
        if fn in _subscribers:
            _subscribers.remove(fn)

    return unsubscribe


def publish(event: dict[str, Any]) -> None:
    for fn in list(_subscribers):
        try:
            fn(event)
        except Exception:  # one broken listener must not stop the others
            log.exception("team event subscriber %r failed", fn)
