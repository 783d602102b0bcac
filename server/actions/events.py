"""The publish hook: after an action commits, every subscriber is handed its log entry.

The live-collaboration hub subscribes here; so can webhooks and automations. Subscribers
must not raise: a failure is logged and the others still run.
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


def publish(entry: dict[str, Any]) -> None:
    for fn in list(_subscribers):
        try:
            fn(entry)
        except Exception:  # a broken subscriber must not undo a committed action
            log.exception("action subscriber %r failed", fn)
