"""The database engine: SQLite (WAL, foreign keys, writers queue) or PostgreSQL, one API for both."""

from __future__ import annotations

import contextlib
import contextvars
import sqlite3
import sys
import threading
import unicodedata
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool


def fold_text(value: object) -> str | None:
    """Case- and accent-insensitive key for text matching; SQLite's LIKE folds only ASCII."""
    if value is None:
        return None
    text = str(value)
    # ё and е are the same letter for a search box; casefold handles ß, Σ and Cyrillic capitals.
    return unicodedata.normalize("NFC", text).casefold().replace("ё", "е")


def _sqlite_regexp(pattern: str, value: object) -> bool:
    import re

    if value is None:
        return False
    return re.search(pattern, str(value)) is not None


def _configure_sqlite(engine: Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:  # noqa: ANN001
        # Take transaction control away from pysqlite so BEGIN IMMEDIATE can be issued.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA cache_size=-65536")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()
        dbapi_conn.create_function("tablo_fold", 1, fold_text, deterministic=True)
        dbapi_conn.create_function("tablo_regexp", 2, _sqlite_regexp, deterministic=True)

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the lock up front: concurrent edits queue on busy_timeout instead of
        # failing half-way with "database is locked" when a reader upgrades to a writer.
        if conn.get_execution_options().get("tablo_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def _gevent_patched() -> bool:
    monkey = sys.modules.get("gevent.monkey")
    return bool(monkey and monkey.is_module_patched("socket"))


def _yield_after_statements(engine: Engine) -> None:
    """Under gevent (`tablo serve`'s default worker), SQLite never yields: its calls are C
    with no socket to wait on, so a long import or export would hold every live socket and
    request of the process until it ends. Each statement is made a yield point instead."""
    import gevent

    @sa.event.listens_for(engine, "after_cursor_execute")
    def _yield(*_args: object) -> None:
        gevent.sleep(0)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=8, max_overflow=32,
                                  connect_args={"check_same_thread": False, "timeout": 30})
        _configure_sqlite(engine)
        if _gevent_patched():
            _yield_after_statements(engine)
        return engine
    if "NullPool" in url:  # pragma: no cover - escape hatch for pgbouncer setups
        engine = sa.create_engine(url.replace("NullPool", ""), poolclass=NullPool)
    else:
        engine = sa.create_engine(url, pool_size=10, max_overflow=40, pool_pre_ping=True)
    _no_jit_as_of(engine)
    return engine


_NO_JIT: contextvars.ContextVar[bool] = contextvars.ContextVar("tablo_no_jit", default=False)


@contextlib.contextmanager
def without_jit() -> Iterator[None]:
    """Transactions begun inside the block run with PostgreSQL's JIT compilation off (reads as
    of a date enter it: server.query.asof.evaluated_as_of)."""
    token = _NO_JIT.set(True)
    try:
        yield
    finally:
        _NO_JIT.reset(token)


def _no_jit_as_of(engine: Engine) -> None:
    """A read as of a date computes rollups and the formulas over them in the query (stored
    results hold for today only), so its statements are large and PostgreSQL's cost estimate
    turns on JIT compilation, which then takes seconds for a query that runs in milliseconds
    (measured: 34 s against 0.4 s for 100 receivables rows). Such transactions run without it.
    The flag is storage's own (`without_jit`), so storage needs nothing of the query layer."""

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if _NO_JIT.get():
            conn.exec_driver_sql("SET LOCAL jit = off")


class Database:
    """Holds the engine; hands out read and write transactions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        # SQLite has one writer. Writers of this process queue here rather than in SQLite's
        # busy handler: that one sleeps in C, and under gevent a greenlet waiting there would
        # stop the greenlet holding the lock from ever finishing (a lock made after gevent's
        # patching waits cooperatively). Other processes (the CLI) still meet busy_timeout.
        self._write_lock = threading.RLock() if self.is_sqlite else None

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction for one action: all of it commits or none of it does."""
        queue = self._write_lock if self._write_lock is not None else contextlib.nullcontext()
        with queue, self.engine.connect().execution_options(tablo_write=True) as conn:
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            with conn.begin():
                yield conn

    def dispose(self) -> None:
        self.engine.dispose()
