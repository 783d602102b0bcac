"""Team events across server processes on PostgreSQL: a mention, a comment and a deleted
notification made through one `tablo serve` reach a socket held by another one at once."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import websocket

from tests.test_live import Live, Server, User, _pg_schema_url


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory: Any, pg_database: str | None) -> Iterator[tuple[Server, Server]]:
    if pg_database is None:
        pytest.skip("PostgreSQL is not reachable")
    url, drop = _pg_schema_url(pg_database)
    a = Server(tmp_path_factory.mktemp("collab-a"), url)
    b = Server(tmp_path_factory.mktemp("collab-b"), url)
    yield a, b
    a.stop()
    b.stop()
    drop()


def _frames(live: Live, seconds: float) -> None:
    """Read frames for a while, answering the heartbeat (the test server drops silent sockets)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        live.send({"t": "ping"})
        with contextlib.suppress(websocket.WebSocketTimeoutException):
            live.recv(min(0.5, max(0.05, deadline - time.monotonic())))


def _take(live: Live, pred: Callable[[dict], bool], timeout: float = 8.0) -> dict:
    """The first frame not taken yet that matches (frames may come in any order)."""
    taken: set[int] = live.__dict__.setdefault("taken", set())
    deadline = time.monotonic() + timeout
    while True:
        for i, f in enumerate(live.frames):
            if i not in taken and pred(f):
                taken.add(i)
                return f
        if time.monotonic() > deadline:
            raise AssertionError(f"no such frame; got {[f['t'] for f in live.frames]}")
        _frames(live, 0.3)


def _no_frame(live: Live, kind: str, seconds: float = 2.0) -> None:
    _frames(live, seconds)
    taken = live.__dict__.setdefault("taken", set())
    extra = [f for i, f in enumerate(live.frames) if i not in taken and f["t"] == kind]
    assert not extra, extra


def test_notification_and_comment_made_on_one_process_reach_a_socket_on_another(
        two_servers: tuple[Server, Server]) -> None:
    a, b = two_servers
    ann, bob = User(a, "ann"), User(a, "bob")
    base = ann.call("POST", "/bases", {"name": "Receivables"}, expect=201)
    bid, tid = base["id"], base["tables"][0]["id"]
    ann.call("POST", f"/bases/{bid}/members", {"email": bob.email, "role": "editor"}, expect=201)
    row = ann.call("POST", f"/tables/{tid}/rows", {"rows": [{"Name": "INV-7"}]}, expect=201)["rows"][0]["_id"]
    # Bob's socket is held by process B; Ann writes through process A.
    bob_live = bob.socket(bid, srv=b)
    try:
        c = ann.call("POST", f"/tables/{tid}/rows/{row}/comments",
                     {"comment": f"@{bob.email} please call them"}, expect=201)["comment"]
        got = _take(bob_live, lambda f: f["t"] == "notification")
        assert got["notification"]["kind"] == "mention" and got["notification"]["comment_id"] == c["id"]
        assert got["notification"]["row_id"] == row and got["unread"] == 1
        seen = _take(bob_live, lambda f: f["t"] == "comment")
        assert (seen["op"], seen["row_id"], seen["comment"]["comment"]) == ("add", row, c["comment"])
        # Exactly once: B's listener does not deliver a second copy.
        _no_frame(bob_live, "notification")
        # A comment too long for one notice still arrives, as its id.
        long = ann.call("POST", f"/tables/{tid}/rows/{row}/comments",
                        {"comment": "Ю" * 9000}, expect=201)["comment"]
        seen = _take(bob_live, lambda f: f["t"] == "comment")
        assert seen["op"] == "add" and seen["comment"]["id"] == long["id"]
        # Resolving through A is seen on B.
        ann.call("PATCH", f"/comments/{c['id']}", {"resolved": True})
        seen = _take(bob_live, lambda f: f["t"] == "comment" and f["op"] == "update")
        assert seen["comment"]["resolved"] is True
        # A notification deleted before B reads it is not pushed (B reads it by id).
        ann.call("POST", f"/tables/{tid}/rows/{row}/comments", {"comment": f"@{bob.email} again"}, expect=201)
        got = _take(bob_live, lambda f: f["t"] == "notification")
        assert got["unread"] == 2
    finally:
        bob_live.close()


def test_a_process_without_the_users_socket_sends_nothing_to_others(two_servers: tuple[Server, Server]) -> None:
    a, b = two_servers
    ann, cid = User(a, "carol"), User(a, "dan")
    base = ann.call("POST", "/bases", {"name": "Quiet"}, expect=201)
    bid, tid = base["id"], base["tables"][0]["id"]
    ann.call("POST", f"/bases/{bid}/members", {"email": cid.email, "role": "commenter"}, expect=201)
    row = ann.call("POST", f"/tables/{tid}/rows", {"rows": [{"Name": "INV-8"}]}, expect=201)["rows"][0]["_id"]
    # Carol listens on B; a mention of Dan must not reach Carol's socket as a notification.
    carol_live = ann.socket(bid, srv=b)
    try:
        ann.call("POST", f"/tables/{tid}/rows/{row}/comments", {"comment": f"@{cid.email} look"}, expect=201)
        assert _take(carol_live, lambda f: f["t"] == "comment")["op"] == "add"
        _no_frame(carol_live, "notification")
        assert cid.call("GET", "/notifications")["unread"] == 1
    finally:
        carol_live.close()
