"""One live connection: its socket, its bounded send queue, and the loop that serves it.

The connection's own thread (the WSGI request that accepted the upgrade: a greenlet under
`tablo serve`'s gevent workers, an OS thread otherwise) does all the work for its client: it
reads inbound frames that simple-websocket's reader thread buffered, handles them (actions
run through `apply_action` like HTTP), and sends queued frames.
Broadcasters never block on a socket: they write a frame with a non-blocking send when the
socket is free, else append it to `outbox` and wake this thread, so one slow or dead client
cannot hold up anyone else. When `outbox` overflows, the client is told
to reload and the socket is closed (4001) instead of buffering without bound.
"""

from __future__ import annotations

import logging
import secrets
import select
import socket as socketlib
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from simple_websocket import ConnectionClosed, Server
from wsproto.events import CloseConnection, TextMessage
from wsproto.utilities import LocalProtocolError

from server.actions import undo as undo_mod
from server.actions.apply import apply_action
from server.actions.handlers.rows import read_rows_by_id
from server.actions.registry import get_handler
from server.auth.service import Principal, credential_valid, role_in_base
from server.catalog.roles import at_least
from server.columns.base import ValueContext
from server.errors import ApiError
from server.realtime import protocol

if TYPE_CHECKING:
    from server.realtime.hub import Hub

log = logging.getLogger(__name__)

CURRENT_MAX_ROWS = 1000


class _LockedSocket:
    """The raw socket with one write lock: our thread and simple-websocket's reader (pongs)
    both write, and `sendall` so a large frame is never cut short."""

    def __init__(self, sock: Any) -> None:
        self._sock = sock
        self.write_lock = threading.RLock()

    def send(self, data: bytes) -> int:
        with self.write_lock:
            self._sock.sendall(data)
        return len(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def _send_dontwait(sock: Any, data: bytes) -> int:
    """One send that never waits. A gevent socket waits for room even with MSG_DONTWAIT unless
    its timeout is zero, and a broadcaster must never wait for one slow client."""
    if _is_gevent_socket(sock):
        return sock.send(data, socketlib.MSG_DONTWAIT, timeout=0.0)
    return sock.send(data, socketlib.MSG_DONTWAIT)


def _is_gevent_socket(sock: Any) -> bool:
    return type(sock).__module__.startswith("gevent.")


class LiveSocket(Server):
    """simple-websocket's server side with locked, complete writes."""

    def __init__(self, environ: dict, **kwargs: Any) -> None:
        environ = dict(environ)
        # No permessage-deflate: frames are small, and compressing every frame once per
        # recipient would cost more CPU than the bytes it saves on a LAN.
        environ.pop("HTTP_SEC_WEBSOCKET_EXTENSIONS", None)
        for key in ("werkzeug.socket", "gunicorn.socket"):
            if key in environ:
                environ[key] = _LockedSocket(environ[key])
                break
        super().__init__(environ, **kwargs)

    def send(self, data: Any) -> None:
        if not self.connected:
            raise ConnectionClosed(self.close_reason, self.close_message)
        with self.sock.write_lock:  # wsproto's encoder state is shared with the reader thread's pongs
            self.sock.send(self.ws.send(TextMessage(data=str(data))))

    def send_nowait(self, text: str, wire: bytes | None = None) -> bytes | None:
        """Write a frame without blocking (caller holds write_lock): None when all of it went
        out, else the bytes the kernel did not take. `wire`: the frame already encoded."""
        data = wire if wire is not None else self.ws.send(TextMessage(data=text))
        try:
            n = _send_dontwait(self.sock._sock, data)
        except BlockingIOError:
            n = 0
        return None if n == len(data) else data[n:]

    def close(self, reason: int | None = None, message: str | None = None, linger: float = 1.0) -> None:
        """Send the close frame, then half-close and read until the client hangs up (at most
        `linger` seconds). Closing a socket with unread input makes the kernel send a reset,
        which can destroy the close frame (and the error frame before it) in the client's
        buffer; a flooding or oversized sender always has unread input."""
        if not self.connected:
            return
        try:
            with self.sock.write_lock:
                self.sock.send(self.ws.send(CloseConnection(reason or 1000, message)))
        except (OSError, LocalProtocolError):
            pass
        self.connected = False
        self.event.set()
        raw = self.sock._sock
        try:
            raw.shutdown(socketlib.SHUT_WR)
            deadline = time.monotonic() + linger
            while (left := deadline - time.monotonic()) > 0:
                ready, _, _ = select.select([raw], [], [], left)
                if ready and not raw.recv(65536):
                    break
        except (OSError, ValueError):
            pass


class Conn:
    """A joined (or joining) client of one base."""

    def __init__(self, hub: Hub, ws: LiveSocket, principal: Principal, base_id: int, role: str,
                 files_dir: Any = None, max_batch: int = 1000) -> None:
        self.hub = hub
        self.ws = ws
        self.principal = principal
        self.base_id = base_id
        self.role = role
        self.files_dir = files_dir
        self.max_batch = max_batch
        self.limits = hub.limits
        self.id = secrets.token_urlsafe(8)
        self.client_id: str | None = None
        self.outbox: deque[str] = deque()
        self.lagging_since: float | None = None
        self.close_with: tuple[int, str, dict | None] | None = None
        self.presence: dict[str, Any] | None = None
        self.joined = False
        self._name: str | None = None
        # Token bucket for inbound frames.
        self._tokens = float(self.limits.rate_burst)
        self._refill_at = time.monotonic()
        self._limited = 0
        self._last_drop = 0.0
        # Every write to the socket happens under this lock, so frames never interleave or
        # overtake each other; `partial` is a frame the kernel took only part of.
        self._wlock = getattr(getattr(ws, "sock", None), "write_lock", None) or threading.RLock()
        self._direct = hasattr(ws, "send_nowait")
        self.partial: bytes | None = None

    # -- called from other threads ------------------------------------------------------------
    def push(self, text: str, wire: bytes | None = None) -> None:
        """Hand a frame to this client without ever blocking the caller.

        When nothing is queued and no one is writing to this socket, the frame is written
        right here with a non-blocking send (what a bare broadcast loop does, without waking
        a thread per recipient). Otherwise — or for whatever the kernel did not take — it
        goes to the queue that the connection's own thread drains.
        """
        if self.close_with is not None:
            return
        if self._direct and not self.outbox and self.partial is None and self.lagging_since is None \
                and self._wlock.acquire(blocking=False):
            try:
                if not self.outbox and self.partial is None and self.ws.connected:
                    rest = self.ws.send_nowait(text, wire)
                    if rest is None:
                        return
                    self.partial = rest  # the rest of this frame goes first, from our thread
                    self.ws.event.set()
                    return
            except OSError:
                self.ws.event.set()
                return
            finally:
                self._wlock.release()
        if len(self.outbox) >= self.limits.send_queue:
            if self.lagging_since is None:
                self.lagging_since = time.monotonic()
            elif time.monotonic() - self.lagging_since > 5:
                # Its thread is stuck in a send to a client that stopped reading: cut it loose.
                self._shutdown_socket()
            self.ws.event.set()
            return
        self.outbox.append(text)
        self.ws.event.set()

    def current_role(self) -> str | None:
        """The caller's role now: None when removed, the base is gone, or the session or token
        the socket was opened with has ended."""
        with self.hub.db.read() as c:
            if not credential_valid(c, self.principal):
                return None
            return role_in_base(c, self.principal, self.base_id)

    def credential_ended(self) -> None:
        self.close_soon(protocol.CLOSE_REVOKED, "signed out",
                        {"t": "revoked", "reason": "You signed out, or the API token was revoked."})

    def set_role(self, role: str | None) -> None:
        if role is None:
            self.close_soon(protocol.CLOSE_REVOKED, "removed from the base",
                            {"t": "revoked", "reason": "You no longer have access to this base."})
        elif role != self.role:
            self.role = role
            self.push(protocol.encode({"t": "role", "role": role}))

    def close_soon(self, code: int, reason: str, frame: dict | None = None) -> None:
        if self.close_with is None:
            self.close_with = (code, reason, frame)
        self.ws.event.set()

    def _shutdown_socket(self) -> None:
        try:
            self.ws.sock._sock.shutdown(socketlib.SHUT_RDWR)
        except OSError:
            pass

    # -- identity ------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        if self._name is None:
            self._name = self.principal.name or self.principal.email.split("@")[0]
        return {"id": self.principal.user_id, "name": self._name}

    def presence_frame(self, left: bool = False) -> dict[str, Any]:
        frame: dict[str, Any] = {"t": "presence", "conn": self.id, "user": self.me(), "client": self.client_id}
        if left:
            frame["left"] = True
        else:
            frame.update(self.presence or {})
        return frame

    # -- the loop --------------------------------------------------------------------------------
    def serve(self) -> None:
        """Run until the client leaves, is closed, or the server gives up on it."""
        limits = self.limits
        opened = last_rx = last_tx = last_check = time.monotonic()
        try:
            while True:
                now = time.monotonic()
                if self.joined:
                    wait = max(0.0, min(last_tx + limits.heartbeat_seconds, last_rx + limits.dead_after_seconds,
                                        last_check + limits.recheck_seconds) - now)
                else:
                    wait = max(0.0, opened + limits.hello_timeout_seconds - now)
                self.ws.event.wait(timeout=wait)
                self.ws.event.clear()
                while self.ws.input_buffer and self.close_with is None:
                    last_rx = time.monotonic()
                    self._handle(self.ws.input_buffer.pop(0))
                    # Each reply (an ack, a reject) goes out as soon as its action committed, not
                    # after the whole inbound buffer: a client that pipelines hundreds of actions
                    # gets its acks while the rest are still queued, in order.
                    if (self.outbox or self.partial is not None) and self.lagging_since is None \
                            and self.close_with is None and self._drain():
                        last_tx = time.monotonic()
                if self.lagging_since is not None and self.close_with is None:
                    self.outbox.clear()
                    self.close_soon(protocol.CLOSE_LAGGING, "send queue full",
                                    {"t": "reload", "reason": "lagging",
                                     "message": "Too many changes queued for this connection; reload and reconnect."})
                if self.close_with is not None:
                    code, reason, frame = self.close_with
                    if self.lagging_since is None:
                        self._drain()
                    if frame is not None:
                        self.ws.send(protocol.encode(frame))
                    self.ws.close(code, reason)
                    return
                sent = self._drain() if self.lagging_since is None else False
                if not self.ws.connected:
                    return
                now = time.monotonic()
                if sent:
                    last_tx = now
                if not self.joined:
                    if now - opened >= limits.hello_timeout_seconds:
                        self.close_soon(protocol.CLOSE_PROTOCOL, "no hello",
                                        protocol.error_frame("no_hello", "Say hello first."))
                    continue
                if now - last_rx >= limits.dead_after_seconds:
                    self.close_soon(protocol.CLOSE_NO_HEARTBEAT, "no heartbeat")
                elif now - last_tx >= limits.heartbeat_seconds:
                    self.ws.send(protocol.encode({"t": "ping", "v": self._room_version()}))
                    last_tx = now
                if now - last_check >= limits.recheck_seconds and self.close_with is None:
                    # Catches what no event told this process: a sign-out, a revoked token or a
                    # removal handled by another server process, an expired session.
                    last_check = now
                    self.set_role(self.current_role())
        except (ConnectionClosed, OSError):
            return
        finally:
            if self.joined:
                self.hub.leave(self)

    def _drain(self) -> bool:
        """Send the unsent rest of a frame and everything queued, in order (blocking)."""
        sent = False
        with self._wlock:
            if self.partial is not None:
                self.ws.sock.send(self.partial)
                self.partial = None
                sent = True
            while self.outbox and self.lagging_since is None:
                self.ws.send(self.outbox.popleft())
                sent = True
        return sent

    def _room_version(self) -> int | None:
        room = self.hub._get_room(self.base_id)
        return room.last if room is not None else None

    # -- inbound ---------------------------------------------------------------------------------
    def _rate_ok(self) -> bool:
        now = time.monotonic()
        self._tokens = min(self.limits.rate_burst, self._tokens + (now - self._refill_at) * self.limits.rate_per_second)
        self._refill_at = now
        if self._tokens >= 1:
            self._tokens -= 1
            # A flood that the refill lets a message through now and then is still a flood:
            # the count of dropped messages only resets after a calm second.
            if self._limited and now - self._last_drop > 1.0:
                self._limited = 0
            return True
        self._limited += 1
        self._last_drop = now
        return False

    def send_now(self, frame: dict) -> None:
        """A reply to this client's own message: queued behind what is already queued for it."""
        self.outbox.append(protocol.encode(frame))

    def _handle(self, text: Any) -> None:
        if not self._rate_ok():
            if self._limited >= self.limits.flood_close_after:
                self.close_soon(protocol.CLOSE_FLOOD, "flooding",
                                protocol.error_frame("rate_limited", "Too many messages; closing."))
            elif self._limited == 1 or self._limited % 50 == 0:
                self.send_now(protocol.error_frame(
                    "rate_limited", f"More than {self.limits.rate_per_second:g} messages a second; "
                    "messages are being dropped.", dropped=self._limited))
            return
        size = len(text) if len(text) * 4 <= self.limits.max_frame_bytes or not isinstance(text, str) \
            else len(text.encode("utf-8", "replace"))
        if size > self.limits.max_frame_bytes:
            self.close_soon(protocol.CLOSE_TOO_BIG, "frame too large", protocol.error_frame(
                "too_large", f"Frames are limited to {self.limits.max_frame_bytes} bytes; split the change."))
            return
        try:
            frame = protocol.parse(text)
        except protocol.FrameError as exc:
            extra = {"fields": exc.fields} if exc.fields else {}
            self.send_now(protocol.error_frame(exc.code, exc.message, exc.ref, **extra))
            return
        t = frame["t"]
        if t == "hello":
            if self.joined:
                self.send_now(protocol.error_frame("protocol", "hello was already said on this connection"))
                return
            self.client_id = frame.get("client")
            self.hub.join(self, frame.get("version"))
            self.joined = True
            return
        if not self.joined:
            self.close_soon(protocol.CLOSE_PROTOCOL, "no hello",
                            protocol.error_frame("no_hello", "The first frame must be hello."))
            return
        if t == "ping":
            self.send_now({"t": "pong", "v": self._room_version()})
        elif t == "presence":
            self.presence = {"table_id": frame.get("table_id"), "view_id": frame.get("view_id"),
                             "cell": frame.get("cell")}
            self.hub.presence(self)
        elif t == "action":
            self._action(frame)
        elif t in ("undo", "redo"):
            self._undo(frame)

    def _check_role(self, needed: str, cid: Any) -> bool:
        """Every write re-reads the caller's role: a removal or downgrade applies at once."""
        role = self.current_role()
        if role is None:
            self.set_role(None)
            return False
        if role != self.role:
            self.set_role(role)
        if not at_least(role, needed):
            why = ("This API token is read-only." if self.principal.token_access == "read"
                   else f"You need the {needed} role in this base to do this.")
            self.send_now({"t": "reject", "cid": cid, "code": "forbidden", "status": 403, "message": why,
                           "fields": {}, "current": None})
            return False
        return True

    def _action(self, frame: dict) -> None:
        cid = frame.get("cid")
        action = frame["action"]
        spec = get_handler(action.get("type")) if isinstance(action.get("type"), str) else None
        needed = spec.min_role if spec is not None and at_least(spec.min_role, "editor") else "editor"
        if not self._check_role(needed, cid):
            return
        try:
            res = apply_action(self.hub.db, self.hub.schema_cache, self.base_id, self.principal.user_id, action,
                               client_id=self.client_id, files_dir=self.files_dir, max_batch=self.max_batch)
        except ApiError as exc:
            self._reject(cid, exc, action)
            return
        except Exception:
            log.exception("live action failed")
            self._reject(cid, ApiError(500, "internal", "Something went wrong on the server; nothing was changed."),
                         action)
            return
        self.send_now({"t": "ack", "cid": cid, "v": res.version, "result": _jsonable(res.result)})

    def _undo(self, frame: dict) -> None:
        cid = frame.get("cid")
        if not self._check_role("editor", cid):
            return
        fn = undo_mod.undo if frame["t"] == "undo" else undo_mod.redo
        try:
            res = fn(self.hub.db, self.hub.schema_cache, self.base_id, self.principal.user_id, self.client_id,
                     files_dir=self.files_dir)
        except ApiError as exc:
            self._reject(cid, exc, None)
            return
        self.send_now({"t": "ack", "cid": cid, "v": res.version, "result": {}})

    def _reject(self, cid: Any, exc: ApiError, action: dict | None) -> None:
        try:
            current = current_values(self.hub, self.base_id, action) if action is not None else None
        except Exception:  # the reject itself must get through
            log.exception("reading current values for a reject failed")
            current = None
        self.send_now({"t": "reject", "cid": cid, "code": exc.code, "status": exc.status, "message": exc.message,
                       "fields": exc.fields, "current": current})


def _jsonable(value: Any) -> Any:
    import json

    return json.loads(protocol.encode(value)) if value else {}


def current_values(hub: Hub, base_id: int, action: dict) -> Any:
    """What the cells a rejected action meant to change hold now, so its sender can roll back.

    update_rows: {"table_id", "rows": [{_id, each column the action named: current value}],
    "missing": [row ids that do not exist]}; insert_rows: which of the row ids exist already;
    delete_rows/move_rows: the rows as they are. Other actions: null (the client refetches).
    """
    type_ = action.get("type")
    if type_ == "batch":
        items = action.get("actions") if isinstance(action.get("actions"), list) else []
        return {"type": "batch", "actions": [current_values(hub, base_id, a) if isinstance(a, dict) else None
                                             for a in items[:50]]}
    if type_ not in ("update_rows", "insert_rows", "delete_rows", "move_rows"):
        return None
    table_id = action.get("table_id")
    if not isinstance(table_id, int) or isinstance(table_id, bool):
        return None
    if type_ in ("update_rows", "insert_rows"):
        rows = action.get("rows") if isinstance(action.get("rows"), list) else []
        ids = [r.get("_id") for r in rows if isinstance(r, dict) and isinstance(r.get("_id"), str)]
    else:
        ids = [i for i in (action.get("row_ids") or []) if isinstance(i, str)] if isinstance(
            action.get("row_ids"), list) else []
    ids = list(dict.fromkeys(ids))[:CURRENT_MAX_ROWS]
    with hub.db.read() as c:
        schema = hub.schema_cache.get(c, base_id)
        table = schema.table(table_id)
        if table is None:
            return {"type": type_, "table_id": table_id, "table_missing": True}
        found = read_rows_by_id(c, table, ids, ValueContext()) if ids else []
        if type_ == "move_rows":
            t = table.sa_table
            orders = dict(c.execute(sa.select(t.c._id, t.c._order).where(t.c._id.in_(ids))).all()) if ids else {}
            for r in found:
                r["_order"] = orders.get(r["_id"])
    have = {r["_id"] for r in found}
    if type_ == "update_rows":
        wanted: dict[str, set[str]] = {}
        for r in rows:
            if isinstance(r, dict) and isinstance(r.get("_id"), str):
                keys = wanted.setdefault(r["_id"], set())
                for k in r:
                    col = table.resolve_key(k) if isinstance(k, str) and not k.startswith("_") else None
                    if col is not None:
                        keys.add(col.key)
        found = [{"_id": r["_id"], **{k: r.get(k) for k in sorted(wanted.get(r["_id"], ()))}} for r in found]
    if type_ == "insert_rows":
        return {"type": type_, "table_id": table_id, "existing": sorted(have)}
    return {"type": type_, "table_id": table_id, "rows": _jsonable({"r": found})["r"] if found else [],
            "missing": [i for i in ids if i not in have]}
