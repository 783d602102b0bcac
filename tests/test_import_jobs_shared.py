"""Import jobs answer from any server process: the job's state is kept in the import_jobs
table. "Another process" is simulated by dropping the job from this process's memory (the
table and the shared data folder stay). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from server.io import service
from tests.helpers import ApiClient, snapshot
from tests.io_helpers import table_rows, upload


def _elsewhere(job_id: str) -> None:
    """As if the next request reached a process that does not hold the job."""
    with service._LOCK:
        service._JOBS.pop(job_id, None)


def _wait(c: ApiClient, path: str, until: Any, timeout: float = 120) -> dict:
    deadline = time.time() + timeout
    while True:
        job = c.get(path)
        if until(job):
            return job
        assert time.time() < deadline, job
        time.sleep(0.05)


def test_a_staged_upload_is_previewed_started_and_reported_by_another_process(owner: ApiClient, app: Any) -> None:
    base = owner.base_id
    csv = "Name;Joined;Amount\nАльфа;03/04/2024;10\nБета;05/06/2024;20,5\n".encode("cp1251")
    preview = upload(owner, csv, "clients.csv", delimiter=";")
    key = preview["import_id"]
    _elsewhere(key)
    again = owner.post(f"/api/bases/{base}/imports/{key}/preview", {"day_first": True, "delimiter": ";"})
    assert [c["name"] for c in again["sheets"][0]["columns"]] == ["Name", "Joined", "Amount"]
    assert again["encoding"] == "cp1251"
    _elsewhere(key)  # the start reaches yet another process: it reads the file with the options recorded
    owner.post(f"/api/bases/{base}/imports/{key}", {"name": "Clients"}, expect=202)
    path = f"/api/bases/{base}/imports/{key}"
    done = _wait(owner, path, lambda j: j["status"] != "running")
    assert done["status"] == "done"
    _elsewhere(key)
    remote = owner.get(path)
    assert remote["status"] == "done" and remote["rows_done"] == 2 and remote["result"] == done["result"]
    rows = table_rows(app, done["result"]["tables"][0]["table_id"])
    assert rows[0]["Joined"].day == 3 and rows[0]["Joined"].month == 4  # day-first, as chosen before
    assert owner.delete(path)["status"] == "done"
    owner.get(path, expect=404)
    with app.extensions["tablo"].db.read() as conn:
        assert conn.execute(sa.select(cat.import_jobs.c.id).where(cat.import_jobs.c.id == key)).first() is None


def test_progress_and_cancel_of_a_running_import_from_another_process(owner: ApiClient, app: Any) -> None:
    st = app.extensions["tablo"]
    base = owner.base_id
    before = snapshot(app, base)
    data = ("Code,Amount\n" + "".join(f"C{i},{i}.5\n" for i in range(300_000))).encode()
    preview = upload(owner, data, "big.csv")
    key = preview["import_id"]
    path = f"/api/bases/{base}/imports/{key}"
    owner.post(path, {}, expect=202)
    with service._LOCK:
        running = service._JOBS[key]
    _elsewhere(key)
    first = owner.get(path)
    assert first["status"] == "running"
    if st.db.is_sqlite:
        # SQLite serves from one process and the import holds the write lock to its end, so
        # progress is not written mid-way; the end is, for whoever asks.
        assert running.thread is not None
        running.thread.join(120)
        end = owner.get(path)
        assert end["status"] == "done" and end["rows_done"] == end["rows_total"] == 300_000
        return
    seen = _wait(owner, path, lambda j: j["rows_done"] > 0 or j["status"] != "running")
    assert seen["status"] == "running" and seen["rows_total"] == 300_000 and 0 < seen["rows_done"] < 300_000
    owner.delete(path)  # reaches a process that does not run it: the flag goes through the table
    end = _wait(owner, path, lambda j: j["status"] != "running")
    assert end["status"] == "cancelled" and "nothing was changed" in end["error"]["message"]
    assert snapshot(app, base) == before


def test_a_running_job_whose_process_died_is_reported_lost(owner: ApiClient, app: Any) -> None:
    st = app.extensions["tablo"]
    now = time.time()
    with st.db.write() as conn:
        conn.execute(sa.insert(cat.import_jobs).values(
            id="lostjob", base_id=owner.base_id, user_id=owner.user["id"], filename="x.csv", path="/nonexistent",
            status="running", options={}, rows_done=5000, rows_total=9000, phase="importing", cancel=False,
            created_at=now - 600, updated_at=now - service.STALE_SECONDS - 5))
    job = owner.get(f"/api/bases/{owner.base_id}/imports/lostjob")
    assert job["status"] == "failed" and job["error"]["code"] == "import_lost"
    # Other bases do not see it.
    other = owner.post("/api/bases", {"name": "Other"}, expect=201)
    owner.get(f"/api/bases/{other['id']}/imports/lostjob", expect=404)


def test_a_staged_import_starts_once_across_processes(owner: ApiClient, app: Any) -> None:
    st = app.extensions["tablo"]
    base = owner.base_id
    preview = upload(owner, b"Item,Qty\napple,1\n", "items.csv")
    key = preview["import_id"]
    path = f"/api/bases/{base}/imports/{key}"
    with service._LOCK:
        job = service._JOBS[key]
    service.claim(st.db, job)  # another process took the start first
    err = owner.post(path, {}, expect=422).get_json()
    assert "already started" in err["error"]["message"]
    service.release(st.db, job)
    # A refused mapping releases the claim too: the import can be started after fixing it.
    owner.post(path, {"columns": [{"source": 7}]}, expect=422)
    owner.post(path, {}, expect=202)
    assert _wait(owner, path, lambda j: j["status"] != "running")["status"] == "done"
    owner.post(path, {}, expect=422)
