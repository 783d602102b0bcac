"""The admin screen in the browser, as an administrator uses it: find a user, disable and enable
them, make them an admin, invite someone (the link is shown when the server has no mail), close
sign-up and require two-factor authentication — after which a user without it is sent to turn it
on when logging in. A non-admin cannot open /admin. Stored results are checked through the API.
Screens in English and Russian, on a desktop and a phone.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import pyotp
import pytest
import requests

from tests.browser.conftest import PASSWORD, Server, new_page, sign_up
from tests.browser.test_two_factor import _shot


@pytest.fixture(scope="module")
def own_server(server: Server, tmp_path_factory: Any) -> Iterator[Server]:
    """A Tablo of its own: the first account on it is the admin (the shared server's first
    account is whoever's test ran first)."""
    srv = Server(tmp_path_factory.mktemp("browser-admin"))
    yield srv
    srv.stop()


def _api(url: str, email: str, expect: int = 200) -> requests.Session:
    s = requests.Session()
    s.headers["X-Requested-With"] = "tablo"
    r = s.post(url + "/api/auth/login", json={"email": email, "password": PASSWORD})
    assert r.status_code == expect, r.text
    return s


def _signup(url: str, email: str, name: str) -> None:
    requests.post(url + "/api/auth/signup", json={"email": email, "password": PASSWORD, "name": name},
                  headers={"X-Requested-With": "tablo"}).raise_for_status()


def _log_in(page: Any, url: str, email: str) -> None:
    page.goto(url + "/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")


def _set(page: Any, setting: str) -> None:
    """Click a setting's checkbox and wait for the server's answer (the box changes at once)."""
    with page.expect_response(lambda r: r.url.endswith("/api/admin/settings") and r.request.method == "PATCH"):
        page.click(f"[data-testid=setting-{setting}]")


@pytest.mark.browser
def test_admin_screen(own_server: Server, browser: Any) -> None:
    url = own_server.url
    page = new_page(browser)
    sign_up(page, url, "root@example.com", name="Root")
    mark = f"mark-{uuid.uuid4().hex[:6]}@example.com"
    _signup(url, mark, "Mark Twen")
    _signup(url, "nora@example.com", "Nora")
    admin_api = _api(url, "root@example.com")

    page.click("[data-testid=account-menu]")
    page.click("[data-testid=account-admin-screen]")
    page.wait_for_url(url + "/admin")
    page.wait_for_selector("[data-testid=admin-user]")
    assert page.locator("[data-testid=admin-user]").count() == 3
    page.locator("[data-testid=admin-search]").press_sequentially("twen")
    page.wait_for_function("document.querySelectorAll('[data-testid=admin-user]').length === 1")
    row = page.locator(f"[data-testid=admin-user][data-email='{mark}']")

    # Disable: confirmed in a dialog; Mark can no longer log in.
    row.locator("[data-testid=toggle-disabled]").click()
    page.click("[role=dialog] button.btn-danger")
    row.locator(".badge.danger").wait_for()
    _api(url, mark, expect=403)
    anon = new_page(browser)
    _log_in(anon, url, mark)
    assert "disabled by the administrator" in anon.inner_text("[data-testid=auth-error]")
    row.locator("[data-testid=toggle-disabled]").click()  # enabling asks nothing
    page.wait_for_function("!document.querySelector('[data-testid=admin-user] .badge.danger')")
    _api(url, mark)

    # Make admin, then take it back.
    row.locator("[data-testid=toggle-admin]").click()
    row.locator(".badge.admin").wait_for()
    assert _api(url, mark).get(url + "/api/me").json()["user"]["is_admin"] is True
    row.locator("[data-testid=toggle-admin]").click()
    page.wait_for_function("!document.querySelector('[data-testid=admin-user] .badge.admin')")

    # Invite: the server has no mail, so the link is on screen.
    page.fill("[data-testid=admin-search]", "")
    page.click("[data-testid=admin-invite]")
    page.locator("#invite-email").press_sequentially("olga@example.com")
    page.locator("#invite-name").press_sequentially("Olga")
    page.click("[data-testid=invite-send]")
    link = page.locator("[data-testid=invite-link]").input_value()
    assert re.search(r"/reset-password/tr_", link)
    users = admin_api.get(url + "/api/admin/users", params={"q": "olga"}).json()["users"]
    assert [u["name"] for u in users] == ["Olga"]
    page.wait_for_function("document.querySelectorAll('[data-testid=admin-user]').length === 4")
    _shot(page, "admin-users-en")

    # Settings: close sign-up, require 2FA.
    page.click("[data-testid=admin-tab-settings]")
    _set(page, "signup")
    assert admin_api.get(url + "/api/admin/settings").json()["settings"]["signup_open"] is False
    r = requests.post(url + "/api/auth/signup", json={"email": "late@example.com", "password": PASSWORD},
                      headers={"X-Requested-With": "tablo"})
    assert r.status_code == 403
    anon.goto(url + "/signup")
    anon.fill("#name", "Late")
    anon.fill("#email", "late@example.com")
    anon.fill("#password", PASSWORD)
    anon.click("button[type=submit]")
    assert "by invitation only" in anon.inner_text("[data-testid=auth-error]")
    _shot(page, "admin-settings-en")
    # Requiring 2FA needs the admin's own first: refused on screen, then enrolled (through the API).
    _set(page, "2fa")
    page.wait_for_selector("[data-testid=setting-2fa-error]")
    assert admin_api.get(url + "/api/admin/settings").json()["settings"]["require_2fa"] is False
    secret = admin_api.post(url + "/api/me/2fa/setup").json()["secret"]
    admin_api.post(url + "/api/me/2fa/enable", json={"code": pyotp.TOTP(secret).now()}).raise_for_status()
    _set(page, "2fa")
    assert page.is_checked("[data-testid=setting-2fa]")
    assert admin_api.get(url + "/api/admin/settings").json()["settings"]["require_2fa"] is True

    # Nora (no 2FA) logs in and is sent to turn it on; /admin is not hers either way.
    nora = new_page(browser, locale="ru-RU")
    _log_in(nora, url, "nora@example.com")
    nora.wait_for_url(url + "/account/security")
    nora.wait_for_selector("[data-testid=must-enrol]")
    nora.goto(url + "/")
    nora.wait_for_url(url + "/account/security")
    _shot(nora, "admin-required-2fa-ru")
    nora.goto(url + "/admin")
    nora.wait_for_url(url + "/account/security")

    # Back to normal; a non-admin is sent home from /admin.
    _set(page, "2fa")
    assert not page.is_checked("[data-testid=setting-2fa]")
    nora.goto(url + "/admin")
    nora.wait_for_url(url + "/")

    # The Russian screens: the admin switches the language.
    page.click("[data-testid=account-menu]")
    page.click("[data-testid=lang-ru]")
    ru = page
    ru.click("[data-testid=admin-tab-users]")
    ru.wait_for_selector("[data-testid=admin-user]")
    assert "Пригласить" in ru.inner_text("[data-testid=admin-invite]")
    _shot(ru, "admin-users-ru")
    ru.click("[data-testid=admin-tab-settings]")
    ru.wait_for_selector("[data-testid=setting-2fa]")
    _shot(ru, "admin-settings-ru")
    assert not page.js_errors and not nora.js_errors and not anon.js_errors
