"""An import is logged for the browser tab that started it, so that tab's Ctrl+Z takes it back."""

from __future__ import annotations

import time
from typing import Any

from tests.helpers import ApiClient, snapshot
from tests.io_helpers import start, upload

TAB = {"X-Requested-With": "tablo", "X-Tablo-Client": "tab-a"}


def test_the_tabs_undo_takes_back_its_import(owner: ApiClient, app: Any) -> None:
    # The tab edits a cell, then imports a file.
    owner.call("POST", f"/api/tables/{owner.table_id}/rows", json={"rows": [{"Name": "typed"}]}, headers=TAB,
               expect=201)
    before_import = snapshot(app, owner.base_id)
    preview = upload(owner, b"name\nimported one\nimported two\n", "more.csv")
    owner.call("POST", f"/api/bases/{owner.base_id}/imports/{preview['import_id']}",
               json={"mode": "append", "table_id": owner.table_id}, headers=TAB, expect=202)


    deadline = time.time() + 60
    while (job := owner.get(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}"))["status"] == "running":
        assert time.time() < deadline
        time.sleep(0.05)
    assert job["status"] == "done", job
    assert [r["Name"] for r in owner.rows()] == ["typed", "imported one", "imported two"]
    # That tab's undo undoes the import, not its older edit.
    owner.undo(client_id="tab-a")
    assert snapshot(app, owner.base_id) == before_import
    assert [r["Name"] for r in owner.rows()] == ["typed"]


def test_a_too_long_client_id_is_refused_before_the_import_starts(owner: ApiClient) -> None:
    preview = upload(owner, b"name\nx\n", "x.csv")
    resp = owner.call("POST", f"/api/bases/{owner.base_id}/imports/{preview['import_id']}",
                      json={"mode": "append", "table_id": owner.table_id},
                      headers={**TAB, "X-Tablo-Client": "c" * 65}, expect=422)
    assert "client_id" in resp.get_json()["error"]["fields"]
    # Not claimed: it can still be started.
    start(owner, preview["import_id"], {"mode": "append", "table_id": owner.table_id})
