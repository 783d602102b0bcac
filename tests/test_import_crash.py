"""An import interrupted by a crash (kill -9 of the server process) reads «failed» as soon as
the server is back — and, on PostgreSQL with several processes, a job whose process is alive
is never failed by another one."""

from __future__ import annotations

import copy
import time

import pytest

from tests.test_live import Server, User, live_db  # noqa: F401  (live_db: the fixture, both databases)

ROWS = 400_000


def _csv(rows: int) -> bytes:
    lines = ["Name,Amount,Note"] + [f"row {i},{i},some text to make the import take a while {i}"
                                    for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def _start_import(user: User, base_id: int) -> str:
    r = user.http.post(f"{user.srv.url}/api/bases/{base_id}/imports", files={"file": ("big.csv", _csv(ROWS))},
                       timeout=300)
    assert r.status_code == 201, r.text
    import_id = r.json()["import_id"]
    user.call("POST", f"/bases/{base_id}/imports/{import_id}", {"mode": "new_table", "name": "Big"}, expect=202)
    deadline = time.monotonic() + 120
    while True:  # under way: some rows written, not finished
        job = user.call("GET", f"/bases/{base_id}/imports/{import_id}")
        assert job["status"] == "running", job
        if job["rows_done"] > 0:
            return import_id
        assert time.monotonic() < deadline, job
        time.sleep(0.05)


def _tables(user: User, base_id: int) -> list[str]:
    return [t["name"] for t in user.call("GET", f"/bases/{base_id}")["tables"]]


def test_an_import_killed_mid_way_reads_failed_at_once_after_restart(live_db: dict) -> None:  # noqa: F811
    srv = Server(live_db["data_dir"], live_db["url"])
    try:
        user = User(srv, "Ivan")
        base_id = user.call("POST", "/bases", {"name": "Crash"}, expect=201)["id"]
        import_id = _start_import(user, base_id)
    finally:
        srv.stop()  # SIGKILL, mid-import
    srv = Server(live_db["data_dir"], live_db["url"])
    try:
        user.srv = srv
        job = user.call("GET", f"/bases/{base_id}/imports/{import_id}")
        assert job["status"] == "failed" and job["error"]["code"] == "import_lost", job
        assert "Big" not in _tables(user, base_id)  # nothing of it was kept
    finally:
        srv.stop()


def test_a_live_process_job_is_not_failed_by_another_process(live_db: dict) -> None:  # noqa: F811
    if live_db["kind"] != "postgresql":
        pytest.skip("several server processes share a database on PostgreSQL only")
    a = Server(live_db["data_dir"], live_db["url"])
    b: Server | None = None
    try:
        user = User(a, "Olga")
        base_id = user.call("POST", "/bases", {"name": "Two"}, expect=201)["id"]
        import_id = _start_import(user, base_id)
        b = Server(live_db["data_dir"], live_db["url"])  # starts (and sweeps) while a's import runs
        on_b = copy.copy(user)
        on_b.srv = b
        job = on_b.call("GET", f"/bases/{base_id}/imports/{import_id}")
        assert job["status"] == "running", job
        assert user.call("GET", f"/bases/{base_id}/imports/{import_id}")["status"] == "running", \
            "the import ended before the test could kill its process; make it bigger"
        a.stop()
        job = on_b.call("GET", f"/bases/{base_id}/imports/{import_id}")
        assert job["status"] == "failed" and job["error"]["code"] == "import_lost", job
    finally:
        if a.proc.poll() is None:
            a.stop()
        if b is not None:
            b.stop()
