"""A loaded schema is shared by threads (requests, index upkeep, stored formulas): a table's
SQLAlchemy Table is built once, so every thread's query names one and the same table object
(two of them in one query read `FROM t_7, t_7`: "ambiguous column name")."""

from __future__ import annotations

import threading
import time
from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from server.catalog.model import load_schema
from tests.helpers import ApiClient


def test_threads_reading_a_fresh_schema_get_one_table_object(app: Any, owner: ApiClient, monkeypatch: Any) -> None:
    from server.storage import physical

    real = physical.build_sa_table

    def slow_build(table: Any) -> Any:  # as on a loaded machine: the build gives the CPU away
        time.sleep(0.01)
        return real(table)

    monkeypatch.setattr(physical, "build_sa_table", slow_build)
    st = app.extensions["tablo"]
    for _attempt in range(5):
        with st.db.read() as conn:
            version = conn.execute(sa.select(cat.bases.c.schema_version)
                                   .where(cat.bases.c.id == owner.base_id)).scalar_one()
            schema = load_schema(conn, owner.base_id, version)  # fresh: no Table built yet
        table = schema.table(owner.table_id)
        start = threading.Barrier(8)
        seen: list[Any] = []

        def read(table: Any, start: threading.Barrier, seen: list[Any]) -> None:
            start.wait()
            seen.append(table.sa_table)

        threads = [threading.Thread(target=read, args=(table, start, seen)) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len({id(x) for x in seen}) == 1
        assert seen[0] is table.sa_table and seen[0].info["tablo"] is table
