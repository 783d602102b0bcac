"""The publish hook: after an action commits, every subscriber is handed its log entry.

The live-collaboration hub subscribes here; so can webhooks and automations. Subscribers
must not raise: a failure is logged and the others still run.

In-transaction hooks run inside the writing transaction, just before commit, with its
connection (PostgreSQL NOTIFY for the live fan-out is sent there, so it is delivered exactly
when, and only if, the action commits). They may raise: the action then fails as a whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from server.channel import Channel, Subscriber

_channel = Channel("action")
_subscribers: list[Subscriber] = _channel.subscribers
TxHook = Callable[[Any, dict[str, Any]], None]
_tx_hooks: list[TxHook] = []

subscribe = _channel.subscribe
publish = _channel.publish  # after commit: every subscriber is handed the log entry


def subscribe_in_transaction(fn: TxHook) -> None:
    """Run fn(connection, entry) inside every action's transaction, before commit (once per fn)."""
    if fn not in _tx_hooks:
        _tx_hooks.append(fn)


def in_transaction(conn: Any, entry: dict[str, Any]) -> None:
    for fn in list(_tx_hooks):
        fn(conn, entry)
