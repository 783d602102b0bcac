"""The in-process hub: rooms of live connections per base, delivery in version order, catch-up.

Every committed action reaches a room in one of two ways: directly from this process's
publish hook (the fast path), or as a "base B is at version V" signal — from PostgreSQL
NOTIFY (another process wrote) or a listener reconnect — after which the room reads what it
has not delivered yet from the actions log. Both go through `_deliver`, which holds the
room's lock, so every socket sees versions in order and without gaps, whichever path came
first; the other path then finds nothing new.

Frames are serialised once per action and appended to each connection's bounded queue; the
connection's own thread sends them, so a slow client never delays the others.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from server.actions.registry import get_handler
from server.auth.service import role_in_base
from server.catalog import schema as cat
from server.realtime import access as live_access
from server.realtime import protocol
from server.realtime.present import present_entry

if TYPE_CHECKING:
    from server.realtime.connection import Conn
    from server.storage.engine import Database

log = logging.getLogger(__name__)

LOG_CHUNK = 500               # actions read from the log per query while catching a room up
CELL_MEMORY = 20000           # recent cell writers remembered per base, for overwrite notices
OVERWRITE_CHECK_MAX = 2000    # actions touching more cells than this are not checked cell by cell
USER_CACHE = 5000

_hubs: weakref.WeakSet[Hub] = weakref.WeakSet()


def all_hubs() -> list[Hub]:
    return list(_hubs)


class Room:
    """The live connections of one base in this process, and what they have been sent."""

    def __init__(self, base_id: int) -> None:
        self.base_id = base_id
        self.lock = threading.RLock()
        self.conns: set[Conn] = set()
        self.last = -1          # the last version delivered to this room
        self.ready = False      # `last` read from the database
        self.closed = False     # removed from the hub (emptied); joiners must take a fresh room
        # user id → their access rules and schema (server.realtime.access), None: unrestricted.
        self.access: dict[int, Any] = {}
        # (table, row, column) → (version, user id, client id), most recent last.
        self.cells: OrderedDict[tuple, tuple] = OrderedDict()
        # The schema the last frames were presented with; dropped after a schema change, so
        # the fast path (one entry from this process) presents without touching the database.
        self.schema: Any = None


def _changes_schema(payload: Any) -> bool:
    if not isinstance(payload, dict):
        return False
    if payload.get("type") == "batch":
        return any(_changes_schema(a) for a in payload.get("actions") or [])
    spec = get_handler(payload.get("type")) if isinstance(payload.get("type"), str) else None
    return bool(spec and spec.changes_schema)


def entry_from_row(r: Any) -> dict[str, Any]:
    """An actions-table row → the same entry shape apply_action publishes."""
    return {
        "id": r.id, "base_id": r.base_id, "version": r.version, "user_id": r.user_id, "client_id": r.client_id,
        "type": r.type, "payload": r.payload, "kind": r.kind, "target_id": r.target_id, "touches": r.touches,
        "created_at": r.created_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "schema_changed": _changes_schema(r.payload),
    }


class Hub:
    """One per app (so one per server process in production)."""

    def __init__(self, db: Database, schema_cache: Any, limits: protocol.Limits | None = None) -> None:
        self.db = db
        self.schema_cache = schema_cache
        self.limits = limits or protocol.Limits.from_env()
        self._lock = threading.Lock()
        self.rooms: dict[int, Room] = {}
        self._users: OrderedDict[int, dict] = OrderedDict()
        self._users_lock = threading.Lock()
        self._sockets = 0  # open live sockets of this process, joined or not
        self.fanout: Any = None
        if not db.is_sqlite:
            from server.realtime.pgfanout import PgFanout

            self.fanout = PgFanout(self)
        _hubs.add(self)

    # -- rooms ------------------------------------------------------------------------------
    def _get_room(self, base_id: int, create: bool = False) -> Room | None:
        with self._lock:
            room = self.rooms.get(base_id)
            if room is None and create:
                room = self.rooms[base_id] = Room(base_id)
            return room

    def _ensure_ready(self, room: Room) -> None:
        """Called with room.lock held: start counting from the version committed now."""
        if room.ready:
            return
        with self.db.read() as c:
            room.last = c.execute(sa.select(cat.bases.c.version).where(cat.bases.c.id == room.base_id)).scalar() or 0
        room.ready = True

    def join(self, conn: Conn, since: int | None) -> None:
        """Queue the catch-up (or a reload notice) and the welcome for conn, then add it to its room."""
        if self.fanout is not None:
            self.fanout.start()
        base_id = conn.base_id
        # The bulk of the replay is read before taking the room's lock, so joining does not
        # hold up live delivery to everyone else.
        entries: list[dict] | None = None
        reason = None
        with self.db.read() as c:
            current = c.execute(sa.select(cat.bases.c.version).where(cat.bases.c.id == base_id)).scalar() or 0
            if since is not None:
                if since > current:
                    reason = "unknown_version"
                elif current - since > self.limits.max_replay:
                    reason = "too_far_behind"
                else:
                    entries = self._read_log(c, base_id, since, current)
        while True:
            room = self._get_room(base_id, create=True)
            assert room is not None
            with room.lock:
                if room.closed:
                    continue
                self._ensure_ready(room)
                last = room.last
                frames: list[str] = []
                if entries is not None:
                    if last > current:
                        with self.db.read() as c:
                            entries += self._read_log(c, base_id, current, last)
                    frames = self._frames([e for e in entries if e["version"] <= last], track=None)
                _, ruled = self._split_by_access(room, [conn])
                if ruled and frames:
                    with self.db.read() as c:
                        frames = [live_access.personal(c, ruled[0][1], f) for f in frames]
                for f in frames:
                    conn.push(f)
                others = [o.presence_frame() for o in room.conns if o.presence is not None]
                welcome: dict[str, Any] = {
                    "t": "welcome", "proto": protocol.PROTOCOL_VERSION, "v": last, "conn": conn.id,
                    "me": conn.me(), "role": conn.role, "replayed": len(frames), "presence": others,
                    "limits": {"max_frame_bytes": self.limits.max_frame_bytes,
                               "rate_per_second": self.limits.rate_per_second,
                               "heartbeat_seconds": self.limits.heartbeat_seconds},
                }
                if since is None:
                    welcome["replayed"] = 0
                if reason is not None:
                    welcome["reload"] = True
                    welcome["reason"] = reason
                conn.push(protocol.encode(welcome))
                room.conns.add(conn)
                return

    def leave(self, conn: Conn) -> None:
        room = self._get_room(conn.base_id)
        if room is None:
            return
        with room.lock:
            room.conns.discard(conn)
            empty = not room.conns
            if empty:
                with self._lock:
                    if self.rooms.get(conn.base_id) is room:
                        del self.rooms[conn.base_id]
                room.closed = True
        if conn.presence is not None:
            self.presence(conn, left=True)

    def claim_socket(self, limit: int) -> bool:
        """Count a new socket in, unless the process already holds `limit` of them."""
        with self._lock:
            if self._sockets >= limit:
                return False
            self._sockets += 1
            return True

    def release_socket(self) -> None:
        with self._lock:
            self._sockets -= 1

    def conn_count(self) -> int:
        with self._lock:
            rooms = list(self.rooms.values())
        return sum(len(r.conns) for r in rooms)

    # -- delivery ---------------------------------------------------------------------------
    def on_entry(self, entry: dict[str, Any]) -> None:
        """This process committed an action (publish hook)."""
        room = self._get_room(entry["base_id"])
        if room is not None:
            self._deliver(room, entry["version"], entry)

    def on_version(self, base_id: int, version: int) -> None:
        """Some process committed `version` of a base; send what this room has not had yet."""
        room = self._get_room(base_id)
        if room is not None and (not room.ready or room.last < version):
            self._deliver(room, version, None)

    def catch_up_all(self) -> None:
        """After a listener reconnect: every room reads whatever it may have missed from the log."""
        with self._lock:
            rooms = list(self.rooms.values())
        if not rooms:
            return
        with self.db.read() as c:
            versions = dict(c.execute(sa.select(cat.bases.c.id, cat.bases.c.version)
                                      .where(cat.bases.c.id.in_([r.base_id for r in rooms]))).all())
        for room in rooms:
            if room.base_id in versions:
                self._deliver(room, versions[room.base_id], None)

    def _deliver(self, room: Room, upto: int, entry: dict[str, Any] | None) -> None:
        with room.lock:
            if room.closed:
                return
            self._ensure_ready(room)
            if upto <= room.last:
                return
            if entry is not None and entry["version"] == room.last + 1:
                frames = self._frames([entry], track=room)
                room.last = entry["version"]
                self._fan_out(room, frames)
                return
            # A gap: another writer's action is not here yet (or came by NOTIFY): read the log.
            # Everything committed so far, not just up to `upto`: when notices queue up behind
            # a slow read, one read serves them all and the later notices find nothing to do.
            while room.last < upto:
                with self.db.read() as c:
                    entries = self._read_log(c, room.base_id, room.last, None, limit=LOG_CHUNK)
                if not entries:
                    break
                frames = self._frames(entries, track=room)
                room.last = entries[-1]["version"]
                self._fan_out(room, frames)

    def _fan_out(self, room: Room, frames: list[str]) -> None:
        conns = list(room.conns)
        plain, ruled = self._split_by_access(room, conns)
        for f in frames:
            wire = protocol.wire_text(f)  # encoded once for every recipient
            for conn in plain:
                conn.push(f, wire)
        if ruled:
            # Members with access rules get each frame as they may see it (server.realtime.access).
            with self.db.read() as c:
                for conn, seen in ruled:
                    for f in frames:
                        conn.push(live_access.personal(c, seen, f))

    def _split_by_access(self, room: Room, conns: list[Conn]) -> tuple[list[Conn], list[tuple[Conn, Any]]]:
        """Connections without access rules, and those with theirs (cached per room until the
        schema, a role or the rules change)."""
        missing = {c.principal.user_id for c in conns if c.principal.user_id not in room.access}
        if missing:
            with self.db.read() as c:
                schema = self.schema_cache.get(c, room.base_id)
                for uid in missing:
                    room.access[uid] = live_access.load(c, schema, uid)
        plain = [c for c in conns if room.access.get(c.principal.user_id) is None]
        ruled = [(c, room.access[c.principal.user_id]) for c in conns if room.access.get(c.principal.user_id)]
        return plain, ruled

    def forget_access(self, base_id: int) -> None:
        """Access rules or roles changed in this base: members' rules are read again."""
        room = self._get_room(base_id)
        if room is not None:
            with room.lock:
                room.access.clear()

    def _read_log(self, c: sa.Connection, base_id: int, after: int, upto: int | None,
                  limit: int | None = None) -> list[dict]:
        a = cat.actions
        q = (sa.select(a.c.id, a.c.base_id, a.c.version, a.c.user_id, a.c.client_id, a.c.type, a.c.payload,
                       a.c.kind, a.c.target_id, a.c.touches, a.c.created_at)
             .where(a.c.base_id == base_id, a.c.version > after).order_by(a.c.version))
        if upto is not None:
            q = q.where(a.c.version <= upto)
        if limit:
            q = q.limit(limit)
        return [entry_from_row(r) for r in c.execute(q)]

    def _frames(self, entries: list[dict], track: Room | None) -> list[str]:
        """Present and serialise entries (once each, for every recipient)."""
        if not entries:
            return []
        base_id = entries[0]["base_id"]
        user_ids = {e["user_id"] for e in entries if e["user_id"] is not None}
        schema = track.schema if track is not None else None
        if schema is None or any(i not in self._users for i in user_ids):
            with self.db.read() as c:
                if schema is None:
                    schema = self.schema_cache.get(c, base_id)
                users = self._user_info(c, user_ids)
        else:
            with self._users_lock:
                users = {i: self._users[i] for i in user_ids if i in self._users}
        out = []
        for e in entries:
            if e.get("schema_changed") and track is not None:
                # Present this one (and what follows) with the schema as it is now.
                with self.db.read() as c:
                    schema = self.schema_cache.get(c, base_id)
            overwrote = self._overwrites(track, e) if track is not None else None
            user = users.get(e["user_id"]) if e["user_id"] is not None else None
            out.append(protocol.encode(present_entry(schema, e, user, overwrote)))
        if track is not None:
            # After a schema change the next delivery re-reads it (it may have changed again).
            track.schema = None if entries[-1].get("schema_changed") else schema
            if any(e.get("schema_changed") for e in entries):
                track.access.clear()
        return out

    def _overwrites(self, room: Room, entry: dict) -> list[dict]:
        """Same-cell last-writer-wins: name the earlier writers this action overwrote."""
        touches = entry.get("touches") or []
        if len(touches) > OVERWRITE_CHECK_MAX:
            return []
        out = []
        who = (entry["user_id"], entry.get("client_id"))
        for t in touches:
            if len(t) != 3 or t[1] is None or t[2] is None:
                continue
            key = (t[0], t[1], t[2])
            prev = room.cells.pop(key, None)
            if prev is not None and (prev[1], prev[2]) != who:
                out.append({"table_id": t[0], "row_id": t[1], "column_id": t[2], "v": prev[0],
                            "user_id": prev[1], "client": prev[2]})
            room.cells[key] = (entry["version"], entry["user_id"], entry.get("client_id"))
        while len(room.cells) > CELL_MEMORY:
            room.cells.popitem(last=False)
        return out

    def _user_info(self, c: sa.Connection, ids: set[int]) -> dict[int, dict]:
        with self._users_lock:
            known = {i: self._users[i] for i in ids if i in self._users}
        missing = [i for i in ids if i not in known]
        if missing:
            rows = c.execute(sa.select(cat.users.c.id, cat.users.c.name, cat.users.c.email)
                             .where(cat.users.c.id.in_(missing))).all()
            with self._users_lock:
                for r in rows:
                    known[r.id] = self._users[r.id] = {"id": r.id, "name": r.name or r.email.split("@")[0]}
                while len(self._users) > USER_CACHE:
                    self._users.popitem(last=False)
        return known

    def user_info(self, user_id: int) -> dict:
        with self.db.read() as c:
            return self._user_info(c, {user_id}).get(user_id, {"id": user_id, "name": ""})

    # -- membership ---------------------------------------------------------------------------
    def on_membership(self, base_id: int, user_id: int) -> None:
        """A member was removed or their role changed: their sockets here learn it now."""
        room = self._get_room(base_id)
        if room is None:
            return
        with room.lock:
            room.access.pop(user_id, None)
            affected = [c for c in room.conns if c.principal.user_id == user_id]
        for conn in affected:
            with self.db.read() as c:
                role = role_in_base(c, conn.principal, base_id)
            conn.set_role(role)

    def on_credential_ended(self, credential: str) -> None:
        """A session ended or a token was revoked: sockets opened with it here close now (other
        processes' sockets notice at their next periodic re-check)."""
        with self._lock:
            rooms = list(self.rooms.values())
        for room in rooms:
            with room.lock:
                affected = [c for c in room.conns if c.principal.credential == credential]
            for conn in affected:
                conn.credential_ended()

    # -- presence -------------------------------------------------------------------------------
    def presence(self, conn: Conn, left: bool = False) -> None:
        frame = conn.presence_frame(left=left)
        self.local_presence(conn.base_id, frame, exclude=conn)
        if self.fanout is not None:
            self.fanout.send_presence(conn.base_id, frame)

    def local_presence(self, base_id: int, frame: dict, exclude: Conn | None = None) -> None:
        room = self._get_room(base_id)
        if room is None:
            return
        with room.lock:
            targets = [c for c in room.conns if c is not exclude]
        text = protocol.encode(frame)
        for c in targets:
            c.push(text)

    def shutdown(self) -> None:
        if self.fanout is not None:
            self.fanout.stop()
