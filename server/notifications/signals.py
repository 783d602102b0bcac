"""Team events for the live hub: new notifications, comment changes, permission changes.

They are not actions, so they do not go through `server.actions.events` (whose subscribers
treat every entry but membership changes as a logged action). The live hub subscribes here
to push them: {"kind": "notification", "user_id", "base_id", "notification"} to that user's
sockets, {"kind": "comment", "op", "base_id", "table_id", "row_id", "comment"} and
{"kind": "permissions", "base_id", "table_id"} to the base's room. Subscribers must not
raise; a failure is logged and the others still run.
"""

from __future__ import annotations

from server.channel import Channel, Subscriber

_channel = Channel("team event")
_subscribers: list[Subscriber] = _channel.subscribers

subscribe = _channel.subscribe
publish = _channel.publish
