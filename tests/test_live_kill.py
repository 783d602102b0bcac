"""kill -9 during acknowledged writes loses none of them: a client pipelines 1,000 inserts over its
socket, the server process is killed without warning while acks are still arriving, and a new
server on the same database holds every row whose insert was acknowledged (and no row twice).

Real server processes on SQLite and PostgreSQL; bounded (one kill, 1,000 inserts)."""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tests.test_live import Server, User, live_db  # noqa: F401  (live_db: the fixture, both databases)

# Enough that the kill lands while most inserts are still queued or committing.
N = 1000
KILL_AFTER_ACKS = 100


@pytest.fixture
def fast_env() -> dict[str, str]:
    # The rate limit is not what is tested: let the whole pipeline through at once.
    return {"TABLO_LIVE_RATE": "1000", "TABLO_LIVE_BURST": "1000", "TABLO_LIVE_MAX_FRAME_BYTES": str(1 << 20)}


@pytest.fixture
def first_server(live_db: dict, fast_env: dict[str, str]) -> Iterator[Server]:  # noqa: F811
    srv = Server(live_db["data_dir"], live_db["url"], env=fast_env)
    yield srv
    srv.stop()


def test_kill_9_during_acked_writes_loses_no_acknowledged_row(first_server: Server, live_db: dict,  # noqa: F811
                                                              fast_env: dict[str, str]) -> None:
    user = User(first_server, "Kim")
    base = user.call("POST", "/bases", {"name": "Killed"}, expect=201)
    table_id = base["tables"][0]["id"]
    name_col = str(base["tables"][0]["columns"][0]["id"])
    live = user.socket(base["id"])
    ids = [uuid.uuid4().hex[:22] for _ in range(N)]
    for i in range(N):
        live.send({"t": "action", "cid": i, "action": {
            "type": "insert_rows", "table_id": table_id, "rows": [{"_id": ids[i], name_col: f"row {i}"}]}})
    acked: list[int] = []
    killed = False
    try:
        while len(acked) < N:
            try:
                f = live.recv(timeout=60)
            except Exception as exc:  # the socket dies with the server (closed or reset)
                if killed:
                    break
                raise AssertionError(f"socket failed before the kill: {exc!r}") from exc
            assert f["t"] != "reject", f
            if f["t"] == "ack":
                acked.append(f["cid"])
                if len(acked) == KILL_AFTER_ACKS and not killed:
                    # Without warning, mid-stream: every worker, then the master.
                    for pid in first_server.worker_pids():
                        os.kill(pid, signal.SIGKILL)
                    os.killpg(first_server.proc.pid, signal.SIGKILL)
                    killed = True
    finally:
        live.ws.close()
    assert killed and len(acked) >= KILL_AFTER_ACKS, (killed, len(acked))
    first_server.stop()

    # A new server on the same database: every acknowledged insert is there, once.
    second = Server(live_db["data_dir"], live_db["url"], env=fast_env)
    try:
        user.srv = second  # the same session: the servers share the database and the secret key
        rows: list[dict[str, Any]] = user.call("GET", f"/tables/{table_id}/rows?limit=1000")["rows"]
    finally:
        second.stop()
    stored = [r["_id"] for r in rows]
    assert len(stored) == len(set(stored)), "a row stored twice"
    missing = [i for i in acked if ids[i] not in set(stored)]
    assert not missing, f"{len(missing)} acknowledged inserts lost: {missing[:10]}"
    # What was stored is a prefix of what was sent (actions commit in order), at least the acked part.
    assert stored == ids[:len(stored)] and len(stored) >= len(acked)
