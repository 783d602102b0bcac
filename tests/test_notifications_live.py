"""Comments and notifications end to end with two people over HTTP and live sockets, against
a real server process (gunicorn, as `tablo serve` runs it) on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.test_live import Server, User, _pg_schema_url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def team_server(request: pytest.FixtureRequest, tmp_path_factory: Any, pg_database: str | None) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp(f"team-live-{request.param}")
    drop = None
    if request.param == "sqlite":
        url = f"sqlite:///{data_dir / 'tablo.db'}"
    else:
        if pg_database is None:
            pytest.skip("PostgreSQL is not reachable")
        url, drop = _pg_schema_url(pg_database)
    srv = Server(data_dir, url)
    yield srv
    srv.stop()
    if drop is not None:
        drop()


def test_mention_and_assignment_reach_the_other_person_live(team_server: Server) -> None:
    ann, bob = User(team_server, "ann"), User(team_server, "bob")
    base = ann.call("POST", "/bases", {"name": "Receivables"}, expect=201)
    b, tid = base["id"], base["tables"][0]["id"]
    ann.call("POST", f"/bases/{b}/members", {"email": bob.email, "role": "editor"}, expect=201)
    ann.call("POST", f"/tables/{tid}/columns", {"name": "Manager", "type": "collaborator"}, expect=201)
    row = ann.call("POST", f"/tables/{tid}/rows", {"rows": [{"Name": "INV-1"}]}, expect=201)["rows"][0]["_id"]
    bob_live = bob.socket(b)
    ann_live = ann.socket(b)
    try:
        c = ann.call("POST", f"/tables/{tid}/rows/{row}/comments",
                     {"comment": f"@{bob.email} can you call them?"}, expect=201)["comment"]
        got = bob_live.until(lambda f: f["t"] == "notification")
        assert got["notification"]["kind"] == "mention" and got["notification"]["comment_id"] == c["id"]
        assert got["unread"] == 1
        # Everyone in the base sees the comment arrive (the grid's count updates).
        seen = ann_live.until(lambda f: f["t"] == "comment")
        assert (seen["op"], seen["row_id"], seen["comment"]["id"]) == ("add", row, c["id"])
        # Assigning Bob in a collaborator column notifies him live too.
        ann.call("PATCH", f"/tables/{tid}/rows", {"rows": [{"_id": row, "Manager": [bob.email]}]})
        got = bob_live.until(lambda f: f["t"] == "notification")
        assert got["notification"]["kind"] == "assigned" and got["unread"] == 2
        # Bob answers over HTTP; Ann's bell stays at zero (no mention), Bob reads his.
        bob.call("POST", f"/tables/{tid}/rows/{row}/comments", {"comment": "Called: they pay on Friday"}, expect=201)
        assert ann.call("GET", "/notifications")["unread"] == 0
        assert bob.call("POST", "/notifications/read", {"all": True}) == {"unread": 0}
        resolved = ann.call("PATCH", f"/comments/{c['id']}", {"resolved": True})["comment"]
        assert resolved["resolved"] is True
        f = bob_live.until(lambda f: f["t"] == "comment" and f["op"] == "update")
        assert f["comment"]["resolved"] is True
        counts = bob.call("GET", f"/tables/{tid}/comment-counts")["counts"]
        assert counts == {row: {"count": 2, "unresolved": 1}}
    finally:
        bob_live.close()
        ann_live.close()
