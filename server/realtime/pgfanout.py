"""PostgreSQL LISTEN/NOTIFY fan-out between server processes.

- Every action's transaction sends `NOTIFY tablo_live, 'a:<base>:<version>'` just before it
  commits (an in-transaction hook, `events.subscribe_in_transaction`). PostgreSQL delivers
  notifications at commit, in commit order, and only if the transaction commits.
- Each process that has live sockets runs one listener thread on its own psycopg connection.
  A notice only says "base B reached version V"; the hub reads the actions it has not sent
  yet from the log. So nothing depends on the 8,000-byte payload limit, a lost or merged
  notice is repaired by the next one, and after the listener reconnects every room catches
  up from the log before listening again.
- Membership changes (`m:<base>:<user>`) and presence (`p:` + a small JSON frame) use the same
  channel, sent after commit from a pooled connection; presence is never stored.
- Other kinds of notice (a letter and a colon, e.g. `t:` for team events: notifications and
  comments) go to the handler registered for that letter with `register_notice`.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from server.actions import events

if TYPE_CHECKING:
    from server.realtime.hub import Hub

log = logging.getLogger(__name__)

CHANNEL = "tablo_live"
PRESENCE_MAX_BYTES = 4000   # well under NOTIFY's 8,000-byte payload limit
# Waits before reconnecting the listener, growing; TABLO_LIVE_RECONNECT_MIN sets the first.
RECONNECT_MIN = float(os.environ.get("TABLO_LIVE_RECONNECT_MIN") or 0.05)
RECONNECT_DELAYS = tuple(max(RECONNECT_MIN, d) for d in (RECONNECT_MIN, 0.2, 0.5, 1.0, 2.0))
# Followed by the process id, so an operator (or a test) can tell the processes' listeners apart.
APPLICATION_NAME = "tablo-live-listener"


def _notify(conn: sa.Connection, payload: str) -> None:
    conn.execute(sa.select(sa.func.pg_notify(CHANNEL, payload)))


# (base, version) of actions this process is committing: its own publish hook delivers them
# (no log read), so this process's listener skips their notices. Entries are dropped on
# publish; a rolled-back one is never noticed and ages out.
_local: dict[tuple[int, int], float] = {}
_local_lock = threading.Lock()
LOCAL_MAX = 10000


def notify_in_transaction(conn: sa.Connection, entry: dict[str, Any]) -> None:
    """In-transaction hook: runs inside every action's transaction just before commit."""
    # The one place that knows only PostgreSQL has NOTIFY; SQLite runs one process and its
    # hub hears the publish hook directly.
    if conn.dialect.name == "postgresql":
        with _local_lock:
            if len(_local) >= LOCAL_MAX:
                _local.clear()
            _local[(entry["base_id"], entry["version"])] = time.monotonic()
        _notify(conn, f"a:{entry['base_id']}:{entry['version']}")


def published(base_id: int, version: int) -> None:
    """The publish hook has handed this action to the local hub."""
    if _local:
        with _local_lock:
            _local.pop((base_id, version), None)


def committed_here(base_id: int, version: int) -> bool:
    return (base_id, version) in _local


events.subscribe_in_transaction(notify_in_transaction)


# Notice letter → handler(hub, rest of the payload), for notices this module does not know itself.
_notice_handlers: dict[str, Callable[[Hub, str], None]] = {}


def register_notice(letter: str, handler: Callable[[Hub, str], None]) -> None:
    _notice_handlers[letter] = handler


def send_notice(db: Any, payload: str) -> None:
    """NOTIFY every listening process (this one included) outside any action transaction."""
    with db.engine.connect() as c:
        _notify(c, payload)
        c.commit()


def libpq_url(engine: sa.Engine) -> str:
    """The SQLAlchemy URL as a libpq URI for psycopg (search_path options included)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


class PgFanout:
    """The listener of one process, started when its first live socket joins."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        # Tells this process's own presence notices apart from other processes'.
        self.origin = f"{os.getpid()}-{secrets.token_hex(4)}"
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.connected = threading.Event()
        self.reconnects = 0
        self.backend_pid: int | None = None

    # -- sending (outside action transactions) ------------------------------------------------
    def send(self, payload: str) -> None:
        with self.hub.db.engine.connect() as c:
            _notify(c, payload)
            c.commit()

    def send_membership(self, base_id: int, user_id: int) -> None:
        self.send(f"m:{base_id}:{user_id}")

    def send_presence(self, base_id: int, frame: dict) -> None:
        text = json.dumps({"o": self.origin, "b": base_id, "f": frame}, ensure_ascii=False, separators=(",", ":"))
        if len(text.encode()) <= PRESENCE_MAX_BYTES:
            try:
                self.send("p:" + text)
            except Exception:  # presence is best effort; edits never depend on it
                log.warning("presence notify failed", exc_info=True)

    # -- listening -------------------------------------------------------------------------------
    def start(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="tablo-live-listener", daemon=True)
            self._thread.start()
        # The first joiner waits (briefly) for LISTEN, so nothing committed after its
        # welcome can slip past this process.
        self.connected.wait(timeout=5)

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        import psycopg

        url = libpq_url(self.hub.db.engine)
        attempt = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True, application_name=f"{APPLICATION_NAME}-{os.getpid()}",
                                     connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid = conn.info.backend_pid
                    attempt = 0
                    self.connected.set()
                    # Whatever was committed while we were not listening is in the log.
                    self.hub.catch_up_all()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            self._dispatch(note.payload)
            except Exception as exc:
                if self._stop.is_set():
                    return
                self.connected.clear()
                self.reconnects += 1
                delay = RECONNECT_DELAYS[min(attempt, len(RECONNECT_DELAYS) - 1)]
                attempt += 1
                log.warning("live listener connection lost (%s); reconnecting in %.2fs", exc, delay)
                time.sleep(delay)

    def _dispatch(self, payload: str) -> None:
        try:
            kind, _, rest = payload.partition(":")
            if kind == "a":
                base, version = (int(x) for x in rest.split(":"))
                # Our own commit: the writer's thread is about to deliver it without a log read.
                if not committed_here(base, version):
                    self.hub.on_version(base, version)
            elif kind == "m":
                base, user = rest.split(":")
                self.hub.on_membership(int(base), int(user))
            elif kind == "p":
                data = json.loads(rest)
                if data.get("o") != self.origin:
                    self.hub.local_presence(int(data["b"]), data["f"])
            elif kind in _notice_handlers:
                _notice_handlers[kind](self.hub, rest)
        except Exception:  # one bad notice must not stop the listener
            log.exception("live notice %r failed", payload[:200])


def send_membership(db: Any, base_id: int, user_id: int) -> None:
    """Tell every process (this one included, via its listener) that a member's role changed."""
    with db.engine.connect() as c:
        _notify(c, f"m:{base_id}:{user_id}")
        c.commit()
