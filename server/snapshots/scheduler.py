"""Automatic snapshots: every TABLO_SNAPSHOT_EVERY hours, each base that changed since its
latest snapshot gets a new one, then the retention rule prunes the old ones.

Several processes may serve one database: a run first takes a lock only one of them can hold
(PostgreSQL: a session advisory lock keyed by the catalog's schema; SQLite, whose processes
share a host: an exclusive lock on a file in the snapshot folder). The others skip the run;
the next run anywhere sees the snapshots it made (the folder is shared, like the files folder)
and skips what is recent. No catalog table is involved (decision 0025).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from flask import Flask

from server.catalog import schema as cat
from server.snapshots import store

log = logging.getLogger(__name__)

# How often the scheduler looks for bases due (the interval itself is TABLO_SNAPSHOT_EVERY).
TICK_S = 300.0
_LOCK_SQL = "hashtext('tablo-snapshots:' || current_schema())"


@contextlib.contextmanager
def run_lock(st: Any) -> Iterator[bool]:
    """Yields True when this process holds the snapshot run lock, False when another does."""
    if st.config.is_sqlite:
        st.config.snapshot_dir.mkdir(parents=True, exist_ok=True)
        with open(st.config.snapshot_dir / ".lock", "a+b") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)
        return
    with st.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        got = conn.execute(sa.text(f"SELECT pg_try_advisory_lock({_LOCK_SQL})")).scalar()
        try:
            yield bool(got)
        finally:
            if got:
                conn.execute(sa.text(f"SELECT pg_advisory_unlock({_LOCK_SQL})"))


def due(latest: dict[str, Any] | None, version: int, now: dt.datetime, every_hours: int) -> bool:
    """Whether a base needs a snapshot: none yet, or the latest is old enough and the base has
    changed since (an unchanged base keeps its latest snapshot, whatever its age)."""
    if latest is None:
        return True
    if latest.get("version") == version:
        return False
    return now - store.parse_time(latest["taken_at"]) >= dt.timedelta(hours=every_hours)


def run_due(st: Any, now: dt.datetime | None = None) -> dict[str, Any]:
    """One scheduler run: {"ran": False} when another process holds the lock (or snapshots are
    off), else {"ran": True, "taken": [base ids], "pruned": n}."""
    if st.config.snapshot_every_hours <= 0:
        return {"ran": False, "taken": [], "pruned": 0}
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with run_lock(st) as held:
        if not held:
            return {"ran": False, "taken": [], "pruned": 0}
        with st.db.read() as conn:
            bases = conn.execute(sa.select(cat.bases.c.id, cat.bases.c.version)
                                 .where(cat.bases.c.deleted_at.is_(None)).order_by(cat.bases.c.id)).all()
        taken, pruned = [], 0
        for base_id, version in bases:
            snaps = store.list_snapshots(st.config, base_id)
            try:
                if due(snaps[0] if snaps else None, version, now, st.config.snapshot_every_hours):
                    store.take_snapshot(st, base_id, "auto", None, now)
                    taken.append(base_id)
                pruned += len(store.prune(st.config, base_id, now))
            except Exception:  # one base that cannot be backed up must not stop the others
                log.exception("snapshot of base %s failed", base_id)
        return {"ran": True, "taken": taken, "pruned": pruned}


def start(app: Flask) -> None:
    """Run the scheduler with the first request the app serves (not in tests, not when the
    app's `scheduler` extra is off, not when TABLO_SNAPSHOT_EVERY is 0)."""
    started = threading.Event()

    @app.before_request
    def _start_snapshots() -> None:
        st = app.extensions["tablo"]
        if started.is_set() or app.config.get("TESTING") or not st.config.extra.get("scheduler", True) \
                or st.config.snapshot_every_hours <= 0:
            return
        started.set()
        threading.Thread(target=_loop, args=(app,), name="tablo-snapshots", daemon=True).start()


def _loop(app: Flask) -> None:
    while True:
        # First a pause: a server starting is busy enough, and the bases due are as due later.
        time.sleep(TICK_S)
        try:
            with app.app_context():
                run_due(app.extensions["tablo"])
        except Exception:  # the scheduler must outlive a bad run
            log.exception("snapshot run failed")
