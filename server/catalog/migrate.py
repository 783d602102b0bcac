"""Bringing the catalog (Tablo's system tables) to the current revision with Alembic.

Revisions live in `server/migrations/versions/` inside the package, so an installed Tablo
finds them. `ensure_current` is called at every start (`create_app`):

- at the current revision: nothing to do (one small query);
- an empty database: the tables of `schema.py` are created and stamped as the current
  revision (Alembic's recipe for a new database; a test proves the revision chain builds the
  same schema);
- a database made before migrations existed (catalog tables, no `alembic_version`): stamped
  as the first revision, then upgraded;
- an older revision: upgraded, unless the caller forbids it (`TABLO_AUTO_UPGRADE=false`),
  which refuses with a message naming `tablo upgrade`;
- a revision this code does not know (made by a newer Tablo): refused.

Several processes starting at once do not race: the migration runs in one transaction that
first takes a lock (PostgreSQL: an advisory transaction lock keyed by the schema; SQLite:
BEGIN IMMEDIATE, the database's single write lock), and the state is read again under it, so
one process migrates and the others wait, then find nothing to do.

User tables (t_*, their link tables, ...) are not Alembic's business: `include_name` limits
comparison to the tables declared in `schema.py`.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from server.catalog.schema import metadata

SCRIPT_LOCATION = Path(__file__).resolve().parent.parent / "migrations"
# The schema of Tablo before migrations existed (git 96a8279): databases without an
# alembic_version table are at this revision.
FIRST_REVISION = "0001"
# A table every Tablo database has had since the first release: its presence tells an
# unversioned Tablo database from an empty one.
SENTINEL_TABLE = "users"
# SQLite: how long a process waits for another one's migration (each BEGIN IMMEDIATE waits
# busy_timeout, 30 s, and is tried again until this much time has passed).
SQLITE_WAIT_SECONDS = 600


class CatalogError(Exception):
    """The database cannot be used by this Tablo as it is; the message says what to do."""


@dataclass(frozen=True)
class Outcome:
    """What `ensure_current` found and did."""

    before: str | None  # revision found; None for an empty database
    after: str
    action: str  # current | created | upgraded

    @property
    def changed(self) -> bool:
        return self.action != "current"


@functools.lru_cache(maxsize=1)
def script_directory() -> ScriptDirectory:
    return ScriptDirectory(str(SCRIPT_LOCATION))


def head() -> str:
    rev = script_directory().get_current_head()
    assert rev is not None, "no catalog revisions found"
    return rev


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Compare only catalog tables: user tables are managed by actions, not migrations."""
    if type_ == "table":
        return name in metadata.tables
    return True


def configure_context(context: Any, connection: Connection) -> None:
    """Configure and run an Alembic environment on `connection` (called from env.py)."""
    context.configure(connection=connection, target_metadata=metadata, include_name=include_name,
                      compare_type=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def _alembic_config(connection: Connection) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    cfg.attributes["connection"] = connection
    return cfg


def _state(conn: Connection) -> str | None:
    """The catalog revision: a revision id, "unversioned" (pre-migration Tablo) or None (empty)."""
    heads = MigrationContext.configure(conn).get_current_heads()
    if heads:
        if len(heads) > 1:
            raise CatalogError(f"The database has several catalog revisions at once ({', '.join(heads)}).")
        return heads[0]
    return "unversioned" if sa.inspect(conn).has_table(SENTINEL_TABLE) else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _state(conn)


def _check_known(rev: str) -> None:
    if rev == "unversioned":
        return
    try:
        known = script_directory().get_revision(rev) is not None
    except Exception:  # alembic raises for ids it has never seen
        known = False
    if not known:
        raise CatalogError(
            f"The database is at catalog revision {rev!r}, which this Tablo does not know (its newest is "
            f"{head()!r}): it was upgraded by a newer Tablo. Run that version (or a newer one), or restore "
            "the backup taken before the upgrade.")


def ensure_current(engine: Engine, *, upgrade: bool = True) -> Outcome:
    """Bring the catalog to the current revision (see the module docstring)."""
    target = head()
    found = current_revision(engine)
    if found == target:
        return Outcome(found, target, "current")
    if found is not None:
        _check_known(found)
        if not upgrade:
            shown = FIRST_REVISION if found == "unversioned" else found
            raise CatalogError(
                f"The database is at catalog revision {shown!r}; this Tablo needs {target!r}. "
                "Back it up, then run `tablo upgrade` (automatic upgrades at start are off: TABLO_AUTO_UPGRADE=false).")
    return _locked(engine, lambda conn: _migrate(conn, target))


def _migrate(conn: Connection, target: str) -> Outcome:
    found = _state(conn)  # again, under the lock: another process may have done it meanwhile
    if found == target:
        return Outcome(found, target, "current")
    if found is None:
        metadata.create_all(conn)
        MigrationContext.configure(conn).stamp(script_directory(), target)
        return Outcome(None, target, "created")
    _check_known(found)
    from alembic import command

    cfg = _alembic_config(conn)
    if found == "unversioned":
        command.stamp(cfg, FIRST_REVISION)
    command.upgrade(cfg, target)
    return Outcome(found, target, "upgraded")


def _locked(engine: Engine, work: Any) -> Outcome:
    """Run `work(conn)` in one transaction that holds the migration lock."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn, conn.begin():
            # Keyed by schema: tests (and some installations) keep several catalogs in one database.
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext('tablo-catalog:' || current_schema()))"))
            return work(conn)
    if engine.dialect.name == "sqlite":
        deadline = time.monotonic() + SQLITE_WAIT_SECONDS
        while True:
            try:
                # tablo_write makes the engine issue BEGIN IMMEDIATE: the one write lock of the file.
                with engine.connect().execution_options(tablo_write=True) as conn, conn.begin():
                    return work(conn)
            except sa.exc.OperationalError as exc:
                if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                    raise
    with engine.connect() as conn, conn.begin():
        return work(conn)
