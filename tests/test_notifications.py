"""Notifications on both databases: mentions and collaborator assignments reach the right
people (HTTP and the live publish), unread counts, mark read, mute settings, and email
through a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import email
import socket
import time
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from server.notifications import mail, signals
from tests.helpers import ApiClient


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd API)
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture
def smtp(app: Any) -> Any:
    inbox = _Inbox()
    port = _free_port()
    ctl = Controller(inbox, hostname="127.0.0.1", port=port)
    ctl.start()
    app.extensions["tablo"].config.extra.update(smtp_host="127.0.0.1", smtp_port=port, smtp_from="tablo@example.com")
    yield inbox
    ctl.stop()


def _member(app: Any, owner: ApiClient, email_: str, role: str) -> ApiClient:
    c = ApiClient(app)
    c.signup(email_, name=email_.split("@")[0].title())
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": email_, "role": role}, expect=201)
    return c


def _wait_mail(app: Any, inbox: _Inbox, n: int) -> None:
    with app.app_context():
        assert mail.wait_sent(10)
    deadline = time.monotonic() + 5
    while len(inbox.messages) < n and time.monotonic() < deadline:
        time.sleep(0.02)


def test_mention_notifies_in_app_and_live(owner: ApiClient, app: Any) -> None:
    bob = _member(app, owner, "bob@example.com", "editor")
    row = owner.insert([{"Name": "Ромашка"}])[0]["_id"]
    live: list[dict] = []
    unsubscribe = signals.subscribe(live.append)
    try:
        owner.post(f"/api/tables/{owner.table_id}/rows/{row}/comments",
                   {"comment": "@bob@example.com please call"}, expect=201)
    finally:
        unsubscribe()
    pushed = [e for e in live if e.get("kind") == "notification"]
    assert [(e["user_id"], e["notification"]["kind"]) for e in pushed] == [(bob.user["id"], "mention")]
    got = bob.get("/api/notifications")
    assert got["unread"] == 1
    n = got["notifications"][0]
    assert (n["kind"], n["row_id"], n["row_name"], n["actor_name"], n["read"]) == \
        ("mention", row, "Ромашка", "owner", False)
    assert n["email_status"] is None  # no SMTP configured
    assert owner.get("/api/notifications")["unread"] == 0  # one's own mention of others
    assert bob.post("/api/notifications/read", {"ids": [n["id"]]}) == {"unread": 0}
    assert bob.get("/api/notifications?unread=true")["notifications"] == []
    bob.post("/api/notifications/read", {}, expect=422)
    bob.delete(f"/api/notifications/{n['id']}")
    owner.delete(f"/api/notifications/{n['id']}", expect=404)


def test_assignment_in_collaborator_column(owner: ApiClient, app: Any) -> None:
    bob = _member(app, owner, "bob@example.com", "editor")
    ann = _member(app, owner, "ann@example.com", "viewer")
    owner.add_column("Manager", "collaborator")
    row = owner.insert([{"Name": "Invoice 1", "Manager": ["bob@example.com"]}])[0]["_id"]
    assert [(n["kind"], n["row_id"], n["column_name"]) for n in bob.get("/api/notifications")["notifications"]] == \
        [("assigned", row, "Manager")]
    # Adding Ann notifies Ann only; Bob, already there, is not told again.
    owner.patch(f"/api/tables/{owner.table_id}/rows",
                {"rows": [{"_id": row, "Manager": ["bob@example.com", "ann@example.com"]}]})
    assert len(bob.get("/api/notifications")["notifications"]) == 1
    assert [n["kind"] for n in ann.get("/api/notifications")["notifications"]] == ["assigned"]
    # Assigning yourself is not news; an edit of another column is not an assignment.
    bob.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": row, "Manager": ["bob@example.com"]}]})
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": row, "Name": "Invoice 1b"}]})
    assert len(bob.get("/api/notifications")["notifications"]) == 1
    # Muted kinds make nothing; settings are validated.
    bob.patch("/api/notifications/settings", {"muted_kinds": ["assigned"]})
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": row, "Manager": ["ann@example.com"]}]})
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": row, "Manager": ["bob@example.com"]}]})
    assert len(bob.get("/api/notifications")["notifications"]) == 1
    r = bob.patch("/api/notifications/settings", {"muted_kinds": ["everything"]}, expect=422)
    assert "muted_kinds.0" in r.get_json()["error"]["fields"]
    assert bob.get("/api/notifications/settings")["settings"] == {"muted_kinds": ["assigned"], "muted_bases": [],
                                                                  "email": True}


def test_email_when_smtp_is_configured(owner: ApiClient, app: Any, smtp: _Inbox) -> None:
    bob = _member(app, owner, "bob@example.com", "editor")
    cat = _member(app, owner, "cat@example.com", "editor")
    cat.patch("/api/notifications/settings", {"email": False})
    row = owner.insert([{"Name": "Вектор"}])[0]["_id"]
    owner.post(f"/api/tables/{owner.table_id}/rows/{row}/comments",
               {"comment": "look", "mentions": [bob.user["id"], "cat@example.com"]}, expect=201)
    _wait_mail(app, smtp, 1)
    assert [m["To"] for m in smtp.messages] == ["bob@example.com"]
    msg = smtp.messages[0]
    assert msg["From"] == "tablo@example.com" and "mentioned you" in msg["Subject"]
    assert "Вектор" in msg.get_payload(decode=True).decode()
    assert bob.get("/api/notifications")["notifications"][0]["email_status"] == "sent"
    # Cat has email off: notified in the app only.
    assert cat.get("/api/notifications")["notifications"][0]["email_status"] is None
    # Invitations are mailed too.
    inv = owner.post(f"/api/bases/{owner.base_id}/invitations", {"email": "new@example.com", "role": "viewer"},
                     expect=201)
    assert inv["emailed"] is True
    _wait_mail(app, smtp, 2)
    assert smtp.messages[1]["To"] == "new@example.com"
    assert inv["link"] in smtp.messages[1].get_payload(decode=True).decode()


def test_mail_failure_is_recorded(owner: ApiClient, app: Any) -> None:
    port = _free_port()  # nothing listens there now
    app.extensions["tablo"].config.extra.update(smtp_host="127.0.0.1", smtp_port=port)
    bob = _member(app, owner, "bob@example.com", "editor")
    row = owner.insert([{"Name": "x"}])[0]["_id"]
    owner.post(f"/api/tables/{owner.table_id}/rows/{row}/comments", {"comment": "hi", "mentions": [bob.user["id"]]},
               expect=201)
    with app.app_context():
        assert mail.wait_sent(10)
    assert bob.get("/api/notifications")["notifications"][0]["email_status"] == "failed"


def test_bulk_assignment_is_one_notification(owner: ApiClient, app: Any) -> None:
    bob = _member(app, owner, "bob@example.com", "editor")
    owner.add_column("Manager", "collaborator")
    rows = owner.insert([{"Name": f"INV-{i}", "Manager": ["bob@example.com"]} for i in range(120)])
    notes = bob.get("/api/notifications")["notifications"]
    assert len(notes) == 1
    n = notes[0]
    assert (n["kind"], n["row_count"], len(n["row_ids"]), n["row_id"], n["row_name"]) == \
        ("assigned", 120, 50, rows[0]["_id"], "INV-0")
