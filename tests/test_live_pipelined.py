"""A client that pipelines actions (sends many without waiting) gets each ack as its action
commits, in order, while the rest are still queued — not all of them at the end."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tests.test_live import Server, User, live_db  # noqa: F401  (live_db: the fixture, both databases)

N = 200


@pytest.fixture(scope="module")
def fast_server(live_db: dict) -> Iterator[Server]:  # noqa: F811
    # The rate limit is not what is tested here: let 200 frames through at once.
    srv = Server(live_db["data_dir"], live_db["url"], env={"TABLO_LIVE_RATE": "1000", "TABLO_LIVE_BURST": "1000",
                                                             "TABLO_LIVE_MAX_FRAME_BYTES": str(1 << 20)})
    yield srv
    srv.stop()


def test_pipelined_actions_are_acked_as_they_commit_in_order(fast_server: Server) -> None:
    user = User(fast_server, "Pia")
    base = user.call("POST", "/bases", {"name": "Pipeline"}, expect=201)
    table_id = base["tables"][0]["id"]
    name_col = str(base["tables"][0]["columns"][0]["id"])
    live = user.socket(base["id"])
    try:
        ids = [uuid.uuid4().hex[:22] for _ in range(N)]
        for i in range(N):
            live.send({"t": "action", "cid": i, "action": {
                "type": "insert_rows", "table_id": table_id, "rows": [{"_id": ids[i], name_col: f"row {i}"}]}})
        sent_at = time.monotonic()
        acks: list[tuple[float, dict[str, Any]]] = []
        while len(acks) < N:
            f = live.recv(timeout=60)
            assert f["t"] != "reject", f
            if f["t"] == "ack":
                acks.append((time.monotonic(), f))
    finally:
        live.close()
    assert [f["cid"] for _, f in acks] == list(range(N))
    versions = [f["v"] for _, f in acks]
    assert versions == sorted(versions) and len(set(versions)) == N
    first, middle, last = acks[0][0] - sent_at, acks[N // 2][0] - sent_at, acks[-1][0] - sent_at
    # Acks are spread over the processing time: the first and the middle one come well before
    # the last (with every ack held back until the buffer was empty, they all arrived together,
    # the first at 0.95 of the last). The margins leave room for a loaded machine.
    assert first < 0.5 * last, (first, middle, last)
    assert last - middle > 0.2 * last, (first, middle, last)
    rows = user.call("GET", f"/tables/{table_id}/rows?limit=1000")["rows"]
    assert [r["_id"] for r in rows][-N:] == ids


def test_bad_frames_get_error_frames_and_the_socket_stays_open(fast_server: Server) -> None:
    """Decision 0014 on the socket: too deep, control characters, lone surrogates and numbers past
    64 bits are each an error frame naming the field; nothing is applied; the socket stays open."""
    user = User(fast_server, "Dora")
    base = user.call("POST", "/bases", {"name": "Bad frames"}, expect=201)
    table_id = base["tables"][0]["id"]
    name_col = str(base["tables"][0]["columns"][0]["id"])
    version = user.call("GET", f"/bases/{base['id']}")["version"]
    live = user.socket(base["id"])
    try:
        live.send("[" * 100_000 + "]" * 100_000)  # 200 KB
        f = live.until(lambda f: f["t"] == "error")
        assert f["code"] == "too_deep", f
        cases = [
            ("nul", {"rows": [{name_col: "a\u0000b"}]}, "bad_text", f"action.rows[0].{name_col}"),
            ("esc", {"rows": [{name_col: "\u001b[0m"}]}, "bad_text", f"action.rows[0].{name_col}"),
            ("surrogate", {"rows": [{name_col: "\ud800"}]}, "bad_text", f"action.rows[0].{name_col}"),
            ("bigid", {"rows": [{name_col: "x"}], "table_id": 2**64}, "too_big_int", "action.table_id"),
        ]
        for cid, extra, code, field in cases:
            action = {"type": "insert_rows", "table_id": table_id, **extra}
            live.send(json.dumps({"t": "action", "cid": cid, "action": action}, ensure_ascii=True))
            f = live.until(lambda f: f["t"] in ("error", "ack", "reject"))
            assert f["t"] == "error" and f["code"] == code and f["ref"] == cid, f
            assert list(f["fields"]) == [field], f
        # Still open and serving: a good action is acked.
        ok = live.act({"type": "insert_rows", "table_id": table_id, "rows": [{name_col: "fine\ttext"}]}, "ok")
        assert ok["t"] == "ack" and ok["v"] == version + 1
    finally:
        live.close()
    assert [r[name_col] for r in user.call("GET", f"/tables/{table_id}/rows")["rows"]] == ["fine\ttext"]
