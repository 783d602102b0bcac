"""Two-factor authentication in the browser, as a person does it: turn it on from the account
menu (QR code and key on screen, the code typed from the app, the recovery codes shown once),
log out, log in with the password and then a code typed key by key, log out, log in with a
recovery code; what is stored is checked through the API. English and Russian.

The server runs in its own process, so its clock cannot be fixed: codes come from pyotp for the
real time of this machine (server and test share it), the login's one step ahead (accepted
within the ±1 step window) so that it never repeats the step used at enrolment.
"""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import pyotp
import pytest
import requests

from tests.browser.conftest import PASSWORD, ROOT, Server, new_page, sign_up

SHOTS = ROOT / "test-output" / "browser"


def _shot(page: Any, name: str) -> None:
    """Screens of this feature at the two sizes the app is checked at (desktop and phone)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    for w, h in ((1280, 800), (390, 844)):
        page.set_viewport_size({"width": w, "height": h})
        page.screenshot(path=str(SHOTS / f"{name}-{w}.png"), full_page=True)
    page.set_viewport_size(size)


def _log_in_with_password(page: Any, url: str, address: str) -> None:
    page.goto(url + "/login")
    page.fill("#email", address)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("[data-testid=second-step]")


def _log_out(page: Any, url: str) -> None:
    page.click("[data-testid=account-menu]")
    page.click("[data-testid=logout]")
    page.wait_for_url(re.compile(r"/login"))


@pytest.mark.browser
@pytest.mark.parametrize("locale", ["en-US", "ru-RU"])
def test_enrol_then_log_in_with_a_code_and_with_a_recovery_code(server: Server, browser: Any, locale: str) -> None:
    lang = locale[:2]
    address = f"otp-{uuid.uuid4().hex[:8]}@example.com"
    page = new_page(browser, locale=locale)
    sign_up(page, server.url, address, name="Olga")

    page.click("[data-testid=account-menu]")
    page.click("[data-testid=account-security]")
    page.wait_for_url(server.url + "/account/security")
    page.click("[data-testid=two-factor-start]")
    page.wait_for_selector("[data-testid=qr]")
    assert page.locator("[data-testid=qr]").evaluate("img => img.complete && img.naturalWidth > 0")
    secret = page.inner_text("[data-testid=secret]").replace(" ", "")
    totp = pyotp.TOTP(secret)
    _shot(page, f"2fa-enrol-{lang}")
    # A wrong code first: the error is shown and nothing turns on.
    page.locator("#enrol-code").press_sequentially("000000" if totp.now() != "000000" else "111111")
    page.click("[data-testid=enrol-confirm]")
    page.wait_for_selector("[data-testid=code-error]")
    page.fill("#enrol-code", "")
    page.locator("#enrol-code").press_sequentially(totp.at(time.time()))
    page.click("[data-testid=enrol-confirm]")
    page.wait_for_selector("[data-testid=recovery-codes]")
    codes = [c.strip() for c in page.locator("[data-testid=recovery-code]").all_inner_texts()]
    assert len(codes) == 10 and all(re.fullmatch(r"[a-z2-9]{5}-[a-z2-9]{5}", c) for c in codes)
    _shot(page, f"2fa-codes-{lang}")
    page.click("[data-testid=codes-saved]")
    assert page.locator("[data-testid=recovery-code]").count() == 0  # shown once
    page.wait_for_selector("[data-testid=two-factor-state]")
    _shot(page, f"2fa-on-{lang}")

    # Stored: 2FA on, the password alone now opens no session.
    api = requests.Session()
    api.headers["X-Requested-With"] = "tablo"
    r = api.post(server.url + "/api/auth/login", json={"email": address, "password": PASSWORD})
    assert r.json() == {"two_factor_required": True}
    assert api.get(server.url + "/api/me").status_code == 401

    _log_out(page, server.url)
    _log_in_with_password(page, server.url, address)
    page.locator("#code").press_sequentially(totp.at(time.time() + 30), delay=40)
    _shot(page, f"2fa-login-{lang}")
    page.click("[data-testid=second-step] button[type=submit]")
    page.wait_for_url(server.url + "/")
    page.goto(server.url + "/account/security")
    page.wait_for_selector("[data-testid=two-factor-state]")

    _log_out(page, server.url)
    _log_in_with_password(page, server.url, address)
    page.click("[data-testid=use-recovery]")
    page.locator("#code").press_sequentially(codes[0])
    _shot(page, f"2fa-login-recovery-{lang}")
    page.click("[data-testid=second-step] button[type=submit]")
    page.wait_for_url(server.url + "/")
    me = page.evaluate("fetch('/api/me/2fa').then(r => r.json())")
    assert me == {"enabled": True, "recovery_codes_left": 9}
    # The same recovery code a second time is refused on screen.
    _log_out(page, server.url)
    _log_in_with_password(page, server.url, address)
    page.click("[data-testid=use-recovery]")
    page.locator("#code").press_sequentially(codes[0])
    page.click("[data-testid=second-step] button[type=submit]")
    page.wait_for_selector("[data-testid=code-error]")
    assert page.url.endswith("/login")
    assert not page.js_errors
