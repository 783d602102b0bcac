"""Alembic environment for Tablo's catalog.

Run by `tablo init` / `tablo upgrade` / `tablo serve` (server/catalog/migrate.py hands over the
connection it holds the migration lock on), and by a developer's `alembic revision
--autogenerate` from the repository root (alembic.ini), which connects to the database of the
TABLO_* configuration. Only catalog tables are compared: user tables (t_*, ...) belong to the
action path.
"""

from __future__ import annotations

from alembic import context

from server.catalog.migrate import configure_context

config = context.config
connection = config.attributes.get("connection")
if connection is not None:
    configure_context(context, connection)
else:  # the alembic command line
    from server.config import load_config
    from server.storage.engine import make_engine

    engine = make_engine(load_config().database_url)
    with engine.connect() as conn:
        configure_context(context, conn)
        conn.commit()
    engine.dispose()
