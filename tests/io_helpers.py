"""Helpers for the import/export tests: upload through the API, run an import to its end."""

from __future__ import annotations

import io
import time
from typing import Any

import sqlalchemy as sa

from tests.helpers import ApiClient


def upload(client: ApiClient, data: bytes, name: str, expect: int = 201, base_id: int | None = None,
           **form: Any) -> Any:
    resp = client.call("POST", f"/api/bases/{base_id or client.base_id}/imports", expect=expect,
                       data={"file": (io.BytesIO(data), name), **{k: str(v) for k, v in form.items()}},
                       content_type="multipart/form-data")
    return resp.get_json()


def start(client: ApiClient, import_id: str, body: dict | None = None, expect_status: str = "done",
          base_id: int | None = None) -> dict:
    base = base_id or client.base_id
    client.post(f"/api/bases/{base}/imports/{import_id}", body or {}, expect=202)
    deadline = time.time() + 60
    while True:
        job = client.get(f"/api/bases/{base}/imports/{import_id}")
        if job["status"] not in ("running", "ready"):
            break
        assert time.time() < deadline, "import did not finish"
        time.sleep(0.05)
    assert job["status"] == expect_status, job
    return job


def import_file(client: ApiClient, data: bytes, name: str, body: dict | None = None, **form: Any) -> dict:
    preview = upload(client, data, name, **form)
    return start(client, preview["import_id"], body)


def table_rows(app: Any, table_id: int) -> list[dict]:
    """Rows of a table keyed by column name, as stored (datetimes, floats, option ids)."""
    st = app.extensions["tablo"]
    from server.query.rows import select_rows

    with st.db.read() as conn:
        base_id = conn.execute(sa.text("SELECT base_id FROM tables WHERE id = :i"), {"i": table_id}).scalar()
        table = st.schema_cache.get(conn, base_id).table(table_id)
        rows = select_rows(conn, table)
    return [{c.name: r.get(c.phys) for c in table.columns if c.phys} for r in rows]


def columns_of(client: ApiClient, table_id: int) -> dict[str, dict]:
    base = client.get(f"/api/bases/{client.base_id}")
    for t in base["tables"]:
        if t["id"] == table_id:
            return {c["name"]: c for c in t["columns"]}
    raise AssertionError(f"table {table_id} not in base")
