"""Snapshots on both databases: taken on demand and by the scheduler (only bases that changed,
only by the process holding the run lock, old ones pruned), listed, restored as a new base equal
to the original, deleted — and only by the base's owners.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from tests.helpers import ApiClient
from tests.test_backup_roundtrip import describe


def _without_name(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k != "name"}


def _fill(owner: ApiClient) -> None:
    owner.add_column("Amount", "number")
    owner.insert([{"Name": "Acme", "Amount": 100}, {"Name": "Бета", "Amount": 5}])


def test_take_list_restore_delete(app: Any, owner: ApiClient) -> None:
    _fill(owner)
    b = owner.base_id
    assert owner.get(f"/api/bases/{b}/snapshots")["snapshots"] == []
    snap = owner.post(f"/api/bases/{b}/snapshots", expect=201)
    assert snap["kind"] == "manual" and snap["taken_by"] == owner.user["id"] and snap["size"] > 0
    listed = owner.get(f"/api/bases/{b}/snapshots")
    assert [s["id"] for s in listed["snapshots"]] == [snap["id"]]
    assert listed["settings"] == {"every_hours": 24, "keep": 7, "keep_days": 30}
    # Where it lives: one folder per base, the backup and its description.
    folder = app.extensions["tablo"].config.snapshot_dir / f"base-{b}"
    assert sorted(p.name for p in folder.iterdir()) == [f"{snap['id']}.json", f"{snap['id']}.tablo"]
    assert json.loads((folder / f"{snap['id']}.json").read_text())["version"] == snap["version"]

    then = describe(app, b)
    owner.insert([{"Name": "after the snapshot"}])
    res = owner.post(f"/api/bases/{b}/snapshots/{snap['id']}/restore", {"name": "Back then"}, expect=201)
    assert res["missing_files"] == [] and res["switched_off"] == {"automations": 0, "webhooks": 0}
    copy = describe(app, res["base_id"])
    assert copy["name"] == "Back then" and _without_name(copy) == _without_name(then)
    assert len(owner.rows()) == 3  # the base itself is untouched

    owner.delete(f"/api/bases/{b}/snapshots/{snap['id']}")
    assert owner.get(f"/api/bases/{b}/snapshots")["snapshots"] == []
    assert list(folder.iterdir()) == []
    owner.delete(f"/api/bases/{b}/snapshots/{snap['id']}", expect=404)
    owner.post(f"/api/bases/{b}/snapshots/{snap['id']}/restore", {}, expect=404)
    for bad in ("..", "x", "20261207T031500123456Z.json", "20261207T031500123456Z%00"):
        owner.delete(f"/api/bases/{b}/snapshots/{bad}", expect=404)


def test_restore_reports_missing_files(app: Any, owner: ApiClient) -> None:
    import io

    b = owner.base_id
    owner.add_column("Files", "file")
    up = owner.post(f"/api/bases/{b}/files", data={"file": (io.BytesIO(b"hello"), "a.txt")},
                    content_type="multipart/form-data", expect=201)
    row = owner.insert([{"Name": "with a file", "Files": [(up.get("file") or up)["id"]]}])[0]
    files_dir = app.extensions["tablo"].config.files_dir
    for blob in [p for p in files_dir.rglob("*") if p.is_file()]:
        blob.unlink()  # its contents are lost before the snapshot is taken
    snap = owner.post(f"/api/bases/{b}/snapshots", expect=201)
    res = owner.post(f"/api/bases/{b}/snapshots/{snap['id']}/restore", {}, expect=201)
    assert [(m["name"], m["rows"]) for m in res["missing_files"]] == [("a.txt", [row["_id"]])]


def test_only_owners_see_and_use_snapshots(app: Any, owner: ApiClient) -> None:
    b = owner.base_id
    snap = owner.post(f"/api/bases/{b}/snapshots", expect=201)
    editor, stranger = ApiClient(app), ApiClient(app)
    editor.signup("editor@example.com")
    stranger.signup("stranger@example.com")
    owner.post(f"/api/bases/{b}/members", {"email": "editor@example.com", "role": "editor"}, expect=201)
    for who, status in ((editor, 403), (stranger, 404)):
        who.get(f"/api/bases/{b}/snapshots", expect=status)
        who.post(f"/api/bases/{b}/snapshots", expect=status)
        who.post(f"/api/bases/{b}/snapshots/{snap['id']}/restore", {}, expect=status)
        who.delete(f"/api/bases/{b}/snapshots/{snap['id']}", expect=status)
    assert [s["id"] for s in owner.get(f"/api/bases/{b}/snapshots")["snapshots"]] == [snap["id"]]
    # A write token of the base lists and takes, but makes no new base.
    token = ApiClient(app, owner.token("write"))
    assert len(token.get(f"/api/bases/{b}/snapshots")["snapshots"]) == 1
    token.post(f"/api/bases/{b}/snapshots/{snap['id']}/restore", {}, expect=403)
    ApiClient(app, owner.token("read")).post(f"/api/bases/{b}/snapshots", expect=403)


def test_scheduler_takes_changed_bases_and_prunes(app: Any, owner: ApiClient) -> None:
    from server.snapshots import scheduler, store

    st = app.extensions["tablo"]
    st.config.snapshot_keep, st.config.snapshot_keep_days = 2, 30
    b = owner.base_id
    other = owner.post("/api/bases", {"name": "Quiet"}, expect=201)["id"]
    t0 = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert sorted(scheduler.run_due(st, t0)["taken"]) == sorted([b, other])
    assert scheduler.run_due(st, t0 + dt.timedelta(hours=1))["taken"] == []  # not due yet, unchanged
    owner.insert([{"Name": "changed"}])
    assert scheduler.run_due(st, t0 + dt.timedelta(hours=2))["taken"] == []  # changed, but not due yet
    assert scheduler.run_due(st, t0 + dt.timedelta(hours=25))["taken"] == [b]  # the quiet base is skipped
    owner.insert([{"Name": "again"}])
    res = scheduler.run_due(st, t0 + dt.timedelta(hours=50))
    assert res["taken"] == [b] and res["pruned"] == 1  # three automatic ones: the oldest goes
    autos = store.list_snapshots(st.config, b)
    assert [s["taken_at"][:13] for s in autos] == [
        (t0 + dt.timedelta(hours=h)).strftime("%Y-%m-%dT%H") for h in (50, 25)]
    assert all(s["kind"] == "auto" and s["taken_by"] is None for s in autos)
    # By age: past keep_days even the second newest goes; the newest always stays.
    owner.post(f"/api/bases/{b}/snapshots", expect=201)  # a person's snapshot is never pruned
    owner.insert([{"Name": "later"}])
    st.config.snapshot_keep = 0
    scheduler.run_due(st, t0 + dt.timedelta(days=45))
    kinds = [s["kind"] for s in store.list_snapshots(st.config, b)]
    assert kinds == ["auto", "manual"]
    assert len(store.list_snapshots(st.config, other)) == 1


def test_only_the_process_holding_the_lock_takes_them(app: Any, owner: ApiClient) -> None:
    from server.snapshots import scheduler, store

    st = app.extensions["tablo"]
    with scheduler.run_lock(st) as held:
        assert held
        assert scheduler.run_due(st) == {"ran": False, "taken": [], "pruned": 0}
    assert store.list_snapshots(st.config, owner.base_id) == []
    assert scheduler.run_due(st)["taken"] == [owner.base_id]


def test_switched_off(app: Any, owner: ApiClient) -> None:
    from server.snapshots import scheduler

    st = app.extensions["tablo"]
    st.config.snapshot_every_hours = 0
    assert scheduler.run_due(st)["ran"] is False


@pytest.mark.parametrize("raw,expected", [("", 24), ("6", 6), ("0", 0)])
def test_settings_from_the_environment(monkeypatch: Any, tmp_path: Any, raw: str, expected: int) -> None:
    from server.config import load_config

    monkeypatch.setenv("TABLO_SNAPSHOT_EVERY", raw)
    monkeypatch.setenv("TABLO_SNAPSHOT_DIR", str(tmp_path / "elsewhere"))
    cfg = load_config(data_dir=str(tmp_path / "data"), secret_key="x")
    assert cfg.snapshot_every_hours == expected
    assert cfg.snapshot_dir == (tmp_path / "elsewhere").resolve()
    monkeypatch.delenv("TABLO_SNAPSHOT_DIR")
    assert load_config(data_dir=str(tmp_path / "data"), secret_key="x").snapshot_dir == \
        (tmp_path / "data" / "snapshots").resolve()
