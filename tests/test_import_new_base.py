"""Import into a new base without a base to upload into (the web app's Home): the same
conversation at /api/imports, owned by the uploader. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import time
from typing import Any

from tests.helpers import ApiClient
from tests.io_helpers import table_rows

CSV = "Name;Joined;Amount\nАльфа;03/04/2024;10\nБета;05/06/2024;20,5\n".encode("cp1251")


def _upload(c: ApiClient, data: bytes, name: str, expect: int = 201, **form: Any) -> Any:
    return c.call("POST", "/api/imports", expect=expect, data={"file": (io.BytesIO(data), name), **form},
                  content_type="multipart/form-data").get_json()


def _wait(c: ApiClient, key: str) -> dict:
    deadline = time.time() + 30
    while True:
        job = c.get(f"/api/imports/{key}")
        if job["status"] not in ("running", "ready"):
            return job
        assert time.time() < deadline
        time.sleep(0.05)


def test_import_into_a_new_base_from_home(owner: ApiClient, app: Any) -> None:
    preview = _upload(owner, CSV, "clients.csv")
    assert preview["encoding"] == "cp1251" and preview["delimiter"] == ";"
    again = owner.post(f"/api/imports/{preview['import_id']}/preview", {"day_first": True})
    joined = next(c for c in again["sheets"][0]["columns"] if c["name"] == "Joined")
    assert joined["day_first"] is True
    started = owner.post(f"/api/imports/{preview['import_id']}",
                         {"mode": "new_base", "base_name": "Клиенты",
                          "tables": [{"sheet": again["sheets"][0]["name"], "name": "Список"}]}, expect=202)
    job = _wait(owner, preview["import_id"])
    assert job["status"] == "done", job
    base_id = started["base_id"]
    assert job["result"]["base_id"] == base_id
    base = owner.get(f"/api/bases/{base_id}")
    assert base["name"] == "Клиенты" and [t["name"] for t in base["tables"]] == ["Список"]
    rows = table_rows(app, base["tables"][0]["id"])
    assert [r["Name"] for r in rows] == ["Альфа", "Бета"]
    assert rows[0]["Joined"].month == 4 and rows[0]["Joined"].day == 3
    assert rows[1]["Amount"] == 20.5


def test_new_base_import_is_only_the_uploaders_and_only_new_base(owner: ApiClient, app: Any) -> None:
    preview = _upload(owner, CSV, "clients.csv")
    key = preview["import_id"]
    other = ApiClient(app)
    other.signup("other@example.com")
    other.get(f"/api/imports/{key}", expect=404)
    other.post(f"/api/imports/{key}", {"mode": "new_base"}, expect=404)
    other.call("DELETE", f"/api/imports/{key}", expect=404)
    err = owner.post(f"/api/imports/{key}", {"mode": "new_table"}, expect=422).get_json()
    assert "mode" in err["error"]["fields"]
    # A bad mapping creates no base.
    before = len(owner.get("/api/bases")["bases"])
    owner.post(f"/api/imports/{key}", {"mode": "new_base", "columns": [{"source": 9}]}, expect=422)
    assert len(owner.get("/api/bases")["bases"]) == before
    assert owner.call("DELETE", f"/api/imports/{key}", expect=200).get_json()["status"] == "cancelled"
    owner.get(f"/api/imports/{key}", expect=404)


def test_new_base_upload_needs_a_file(owner: ApiClient) -> None:
    err = owner.call("POST", "/api/imports", expect=422, data={}, content_type="multipart/form-data").get_json()
    assert "file" in err["error"]["fields"]
