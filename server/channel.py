"""An in-process publish/subscribe channel: subscribers are called in order with each item.

Subscribers must not raise; a failure is logged and the others still run, because what is
published has already happened (a committed action, a sent notification).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Subscriber = Callable[[dict[str, Any]], None]


class Channel:
    def __init__(self, name: str) -> None:
        self.name = name
        self.subscribers: list[Subscriber] = []

    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        """Add fn (once); returns a function that removes it."""
        if fn not in self.subscribers:
            self.subscribers.append(fn)

        def unsubscribe() -> None:
            if fn in self.subscribers:
                self.subscribers.remove(fn)

        return unsubscribe

    def publish(self, item: dict[str, Any]) -> None:
        for fn in list(self.subscribers):
            try:
                fn(item)
            except Exception:  # one broken subscriber must not stop the others
                log.exception("%s subscriber %r failed", self.name, fn)
