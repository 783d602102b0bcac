"""Shared fixtures: every storage/query test runs on SQLite and on PostgreSQL.

PostgreSQL: a fresh database is created for the test run (and dropped after) on the server
named by TABLO_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/test); each test
gets its own schema in it. Without a reachable server the PostgreSQL tests skip, unless
TABLO_REQUIRE_PG=1 (CI), where that is a failure.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from server import plugins
from tests.helpers import ApiClient

# Tests use the registries (column types, actions, ...) with and without an app.
plugins.load()

PG_URL = os.environ.get("TABLO_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("TABLO_REQUIRE_PG") == "1"


def _sa_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str | None]:
    """A database of our own for this test process, or None when PostgreSQL is not there."""
    admin_url = _sa_url(PG_URL)
    try:
        admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with admin.connect() as conn:
            name = f"tablo_test_{os.getpid()}_{secrets.token_hex(4)}"
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # no server here
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required (TABLO_REQUIRE_PG=1) but not reachable at {PG_URL}: {exc}")
        yield None
        return
    base = admin_url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    import time

    # A background worker of a test's app may connect again between the two statements
    # ("is being accessed by other users"): end its sessions and try again.
    for attempt in range(5):
        try:
            with admin.connect() as conn:
                conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
            break
        except sa.exc.OperationalError:
            if attempt == 4:
                raise
            time.sleep(0.5)
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Any, pg_database: str | None) -> Iterator[str]:
    """A fresh, empty database URL: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tablo.db'}"
        return
    if pg_database is None:
        pytest.skip("PostgreSQL is not reachable (set TABLO_REQUIRE_PG=1 to make this a failure)")
    schema = f"s_{uuid.uuid4().hex[:12]}"
    eng = sa.create_engine(pg_database, isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    yield f"{pg_database}?options=-csearch_path%3D{schema}"
    _drop_schema(eng, schema)
    eng.dispose()


def _drop_schema(eng: sa.Engine, schema: str) -> None:
    """Drop a test's schema; a background worker of the test's app (index upkeep, webhooks)
    may still be finishing a statement in it, which PostgreSQL can report as a deadlock."""
    import time

    for attempt in range(10):
        try:
            with eng.connect() as conn:
                conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
            return
        except sa.exc.OperationalError:
            if attempt == 9:
                raise
            time.sleep(0.5)


@pytest.fixture
def app(db_url: str, tmp_path: Any) -> Iterator[Any]:
    from server.app import create_app
    from server.config import load_config

    cfg = load_config(data_dir=str(tmp_path / "data"), database_url=db_url, secret_key="test-secret")
    application = create_app(cfg)
    application.config["TESTING"] = True
    yield application
    application.extensions["tablo"].db.dispose()


@pytest.fixture
def client(app: Any) -> ApiClient:
    return ApiClient(app)


@pytest.fixture
def owner(app: Any) -> ApiClient:
    """A signed-up user (the first, so an admin) with a base."""
    c = ApiClient(app)
    c.signup("owner@example.com")
    c.new_base("Sales")
    return c
