"""Password reset in the browser: «Forgot password?» on the log-in page, the link arriving by
email (a real SMTP server on loopback, aiosmtpd, which this test's own `tablo serve` is set up
to use), choosing a new password under the rules, and being logged in; both languages."""

from __future__ import annotations

import email
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.browser.conftest import PASSWORD, Server, _free_port, new_page

LINK_RE = re.compile(r"(http://\S+/reset-password/tr_[A-Za-z0-9_-]+)")


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd API)
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"

    def link_for(self, to: str, timeout: float = 15) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for msg in self.messages:
                if msg["To"] == to:
                    m = LINK_RE.search(msg.get_payload(decode=True).decode())
                    assert m, msg.get_payload()
                    return m.group(1)
            time.sleep(0.1)
        raise AssertionError(f"no mail to {to}")


@pytest.fixture(scope="module")
def mail_server(server: Server, tmp_path_factory: Any) -> Iterator[tuple[Server, _Inbox]]:
    """A Tablo of its own whose mail goes to an inbox in this test (the shared one has no SMTP)."""
    from aiosmtpd.controller import Controller

    inbox = _Inbox()
    port = _free_port()
    ctl = Controller(inbox, hostname="127.0.0.1", port=port)
    ctl.start()
    mp = pytest.MonkeyPatch()
    mp.setenv("TABLO_SMTP_HOST", "127.0.0.1")
    mp.setenv("TABLO_SMTP_PORT", str(port))
    try:
        srv = Server(tmp_path_factory.mktemp("browser-mail"))
    finally:
        mp.undo()
    yield srv, inbox
    srv.stop()
    ctl.stop()


def _account(url: str) -> str:
    address = f"reset-{uuid.uuid4().hex[:8]}@example.com"
    requests.post(url + "/api/auth/signup", json={"email": address, "password": PASSWORD, "name": "Rita"},
                  headers={"X-Requested-With": "tablo"}).raise_for_status()
    return address


@pytest.mark.parametrize("locale", ["en-US", "ru-RU"])
def test_forgot_password_by_email(mail_server: Any, browser: Any, shot: Any, locale: str) -> None:
    srv, inbox = mail_server
    address = _account(srv.url)
    lang = locale[:2]
    page = new_page(browser, locale=locale)
    page.goto(srv.url + "/login")
    page.fill("#email", address)
    shot(page, f"reset-login-{lang}")
    page.click("[data-testid=forgot-password]")
    page.wait_for_url(re.compile(r"/forgot-password"))
    assert page.input_value("#email") == address  # carried over from the log-in form
    page.click("[data-testid=reset-request]")
    sent = page.locator("[data-testid=reset-sent]")
    sent.wait_for()
    assert address in sent.inner_text()
    shot(page, f"reset-sent-{lang}")

    link = inbox.link_for(address)
    page.goto(link)
    page.wait_for_selector("[data-testid=reset-password]")
    assert address in page.locator("main").inner_text()
    page.fill("[data-testid=reset-password]", "qwertyuiop")  # long enough, but too common
    page.click("[data-testid=reset-save]")
    error = page.locator("[data-testid=reset-field-error]")
    error.wait_for()
    assert error.inner_text() == ("Это один из самых распространённых паролей. Выберите другой." if lang == "ru"
                                  else "This is one of the most common passwords. Choose another one.")
    shot(page, f"reset-new-{lang}")
    page.fill("[data-testid=reset-password]", "a brand new password")
    page.click("[data-testid=reset-save]")
    page.wait_for_url(srv.url + "/")  # logged in
    # The link worked once; the old password no longer does, the new one does.
    again = new_page(browser, locale=locale)
    again.goto(link)
    again.wait_for_selector("[data-testid=reset-gone]")
    shot(again, f"reset-used-{lang}")
    again.click("[data-testid=reset-again]")  # straight to asking for a new one
    again.wait_for_selector("[data-testid=reset-request]")
    old = requests.post(srv.url + "/api/auth/login", json={"email": address, "password": PASSWORD})
    assert old.status_code == 401
    new = requests.post(srv.url + "/api/auth/login", json={"email": address, "password": "a brand new password"})
    assert new.status_code == 200
    assert not page.js_errors and not again.js_errors


def test_unknown_address_gets_the_same_answer(mail_server: Any, browser: Any) -> None:
    srv, inbox = mail_server
    page = new_page(browser)
    page.goto(srv.url + "/forgot-password")
    page.fill("#email", "nobody-here@example.com")
    page.click("[data-testid=reset-request]")
    page.locator("[data-testid=reset-sent]").wait_for()
    time.sleep(1)
    assert not [m for m in inbox.messages if m["To"] == "nobody-here@example.com"]
