"""Emptying the trash: tables and columns deleted long enough ago, and retired physical columns.

It lives with the catalog, whose rows it deletes (with their physical tables and columns,
through `server.storage.physical`): in `storage/` it was that package's only import of the
catalog, and it kept `storage` inside the data core's import cycle (docs/decisions/0034)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from server.catalog import schema as cat
from server.storage.engine import Database
from server.storage.physical import drop_physical_column, drop_physical_table


def purge_trash(db: Database, days: int = 30) -> dict[str, int]:
    cutoff = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)
    counts = {"tables": 0, "columns": 0}
    with db.write() as conn:
        for t in conn.execute(sa.select(cat.tables).where(cat.tables.c.deleted_at < cutoff)).all():
            drop_physical_table(conn, t.phys)
            conn.execute(sa.delete(cat.columns).where(cat.columns.c.table_id == t.id))
            conn.execute(sa.delete(cat.views).where(cat.views.c.table_id == t.id))
            conn.execute(sa.delete(cat.retired_columns).where(cat.retired_columns.c.table_id == t.id))
            conn.execute(sa.delete(cat.tables).where(cat.tables.c.id == t.id))
            counts["tables"] += 1
        cols = conn.execute(
            sa.select(cat.columns.c.id, cat.columns.c.phys, cat.tables.c.phys.label("tphys"), cat.tables.c.base_id)
            .join(cat.tables, cat.tables.c.id == cat.columns.c.table_id)
            .where(cat.columns.c.deleted_at < cutoff)).all()
        for c in cols:
            if c.phys:
                drop_physical_column(conn, c.tphys, c.phys)
            conn.execute(sa.delete(cat.counters).where(cat.counters.c.column_id == c.id))
            conn.execute(sa.delete(cat.columns).where(cat.columns.c.id == c.id))
            counts["columns"] += 1
        retired = conn.execute(
            sa.select(cat.retired_columns.c.id, cat.retired_columns.c.phys, cat.tables.c.phys.label("tphys"))
            .join(cat.tables, cat.tables.c.id == cat.retired_columns.c.table_id)
            .where(cat.retired_columns.c.retired_at < cutoff)).all()
        for r in retired:
            drop_physical_column(conn, r.tphys, r.phys)
            conn.execute(sa.delete(cat.retired_columns).where(cat.retired_columns.c.id == r.id))
        touched_bases = {c.base_id for c in cols}
        for base_id in touched_bases:
            conn.execute(sa.update(cat.bases).where(cat.bases.c.id == base_id)
                         .values(schema_version=cat.bases.c.schema_version + 1))
        if retired:
            conn.execute(sa.update(cat.bases).values(schema_version=cat.bases.c.schema_version + 1))
    return counts
