"""Password reset by email on both databases: the link arrives through a real SMTP server on
loopback (aiosmtpd), works once and only before it expires, only the newest works, the answer
is the same for unknown addresses (no account enumeration), the new password follows the rules,
and every old session ends."""

from __future__ import annotations

import email
import re
import socket
import time
from typing import Any

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller

from server.catalog import schema as cat
from tests.helpers import PASSWORD, ApiClient

LINK_RE = re.compile(r"http://\S+/reset-password/(tr_[A-Za-z0-9_-]+)")


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd API)
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def inbox(app: Any) -> Any:
    box = _Inbox()
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    ctl = Controller(box, hostname="127.0.0.1", port=port)
    ctl.start()
    app.extensions["tablo"].config.extra.update(smtp_host="127.0.0.1", smtp_port=port, smtp_from="tablo@example.com")
    yield box
    ctl.stop()


def _mails(app: Any, box: _Inbox, n: int) -> list[email.message.Message]:
    from server.notifications import mail

    with app.app_context():
        assert mail.wait_sent(10)
    deadline = time.monotonic() + 5
    while len(box.messages) < n and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(box.messages) == n
    return box.messages


def _token(msg: email.message.Message) -> str:
    m = LINK_RE.search(msg.get_payload(decode=True).decode())
    assert m, msg.get_payload()
    return m.group(1)


def test_reset_flow(app: Any, inbox: _Inbox) -> None:
    owner = ApiClient(app)
    owner.signup("olga@example.com")
    other_browser = ApiClient(app)
    other_browser.login("olga@example.com")

    anon = ApiClient(app)
    known = anon.call("POST", "/api/auth/password-reset", json={"email": "Olga@Example.com"}, expect=202)
    unknown = anon.call("POST", "/api/auth/password-reset", json={"email": "nobody@example.com"}, expect=202)
    assert known.get_json() == unknown.get_json() == {"ok": True}  # nothing tells them apart
    msg = _mails(app, inbox, 1)[0]
    assert msg["To"] == "olga@example.com" and "60 minutes" in msg.get_payload(decode=True).decode()
    token = _token(msg)
    with app.extensions["tablo"].db.read() as conn:  # only the hash is stored
        stored = conn.execute(sa.select(cat.password_resets.c.token_hash)).scalars().all()
    assert len(stored) == 1 and token not in stored[0]

    assert anon.get(f"/api/auth/password-reset/{token}")["email"] == "olga@example.com"
    for bad, problem in (("short", "too short"), ("1234567890", "too common")):
        err = anon.post(f"/api/auth/password-reset/{token}", {"password": bad}, expect=422).get_json()["error"]
        assert err["fields"] == {"password": [problem]}
    res = anon.post(f"/api/auth/password-reset/{token}", {"password": "a new long password"})
    assert res["user"]["email"] == "olga@example.com"
    assert anon.get("/api/me")["user"]["email"] == "olga@example.com"  # logged in by the reset
    owner.get("/api/me", expect=401)  # every old session ended
    other_browser.get("/api/me", expect=401)
    ApiClient(app).post("/api/auth/login", {"email": "olga@example.com", "password": PASSWORD}, expect=401)
    ApiClient(app).login("olga@example.com", "a new long password")
    # Once only.
    r = anon.post(f"/api/auth/password-reset/{token}", {"password": "yet another password"}, expect=410)
    assert r.get_json()["error"]["code"] == "reset_used"
    anon.get(f"/api/auth/password-reset/{token}", expect=410)
    anon.get("/api/auth/password-reset/tr_nonsense", expect=404)


def test_only_the_newest_link_works_and_links_expire(app: Any, inbox: _Inbox) -> None:
    ApiClient(app).signup("pia@example.com")
    anon = ApiClient(app)
    anon.call("POST", "/api/auth/password-reset", json={"email": "pia@example.com"}, expect=202)
    anon.call("POST", "/api/auth/password-reset", json={"email": "pia@example.com"}, expect=202)
    first, second = (_token(m) for m in _mails(app, inbox, 2))
    anon.post(f"/api/auth/password-reset/{first}", {"password": "a new long password"}, expect=410)
    with app.extensions["tablo"].db.write() as conn:  # the hour passes
        conn.execute(sa.update(cat.password_resets).values(expires_at=sa.func.current_timestamp()))
    err = anon.post(f"/api/auth/password-reset/{second}", {"password": "a new long password"}, expect=410)
    assert err.get_json()["error"]["code"] == "reset_expired"
    ApiClient(app).login("pia@example.com")  # unchanged


def test_requests_are_limited_per_account_without_telling(app: Any, inbox: _Inbox) -> None:
    ApiClient(app).signup("ray@example.com")
    anon = ApiClient(app)
    for _ in range(5):
        assert anon.call("POST", "/api/auth/password-reset", json={"email": "ray@example.com"},
                         expect=202).get_json() == {"ok": True}
    assert len(_mails(app, inbox, 3)) == 3  # at most three an hour reach the inbox
    err = anon.call("POST", "/api/auth/password-reset", json={"email": "not an address"}, expect=422)
    assert "email" in err.get_json()["error"]["fields"]


def test_without_a_mail_server_the_answer_is_the_same(app: Any) -> None:
    ApiClient(app).signup("sam@example.com")
    r = ApiClient(app).call("POST", "/api/auth/password-reset", json={"email": "sam@example.com"}, expect=202)
    assert r.get_json() == {"ok": True}
