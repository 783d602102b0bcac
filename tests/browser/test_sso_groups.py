"""Single sign-on and groups in the browser, as people use them: «Sign in with SSO» on the log-in
page goes to the identity provider (tests/oidc_provider.py, real HTTP) and lands logged in; an
account with 2FA types its code after the provider; an unknown address with sign-up closed is
told why. The admin makes a group and adds someone on the admin screen; a base's owner gives the
group a role in the Share dialog, and the member reaches the base. Results are checked through
the API. Screens in English and Russian, on a desktop and a phone.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pyotp
import pytest
import requests

from tests.browser.conftest import PASSWORD, Server, new_page
from tests.browser.test_two_factor import _shot
from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    p = Provider().start()
    yield p
    p.stop()


@pytest.fixture(scope="module")
def sso_server(server: Server, provider: Provider, tmp_path_factory: Any) -> Iterator[Server]:
    """A Tablo of its own with single sign-on through the test provider (its first account is the admin)."""
    srv = Server(tmp_path_factory.mktemp("browser-sso"), env={
        "TABLO_OIDC_ISSUER": provider.issuer, "TABLO_OIDC_CLIENT_ID": CLIENT_ID,
        "TABLO_OIDC_CLIENT_SECRET": CLIENT_SECRET, "TABLO_OIDC_LABEL": "Sign in with Acme ID"})
    yield srv
    srv.stop()


def _api(url: str, email: str) -> requests.Session:
    s = requests.Session()
    s.headers["X-Requested-With"] = "tablo"
    s.post(url + "/api/auth/login", json={"email": email, "password": PASSWORD}).raise_for_status()
    return s


def _signup(url: str, email: str, name: str) -> None:
    requests.post(url + "/api/auth/signup", json={"email": email, "password": PASSWORD, "name": name},
                  headers={"X-Requested-With": "tablo"}).raise_for_status()


def _me(page: Any) -> Any:
    return page.evaluate("fetch('/api/me').then(r => r.ok ? r.json() : r.status)")


@pytest.mark.browser
@pytest.mark.parametrize("locale", ["en-US", "ru-RU"])
def test_sign_in_with_sso(sso_server: Server, provider: Provider, browser: Any, locale: str) -> None:
    url = sso_server.url
    lang = locale[:2]
    email = f"sso.{lang}@example.com"
    provider.user = {"sub": f"sub-{lang}", "email": email, "email_verified": True}
    page = new_page(browser, locale)
    page.goto(url + "/login")
    button = page.locator("[data-testid=sso-login]")
    assert button.inner_text().strip() == "Sign in with Acme ID"
    _shot(page, f"sso-login-{lang}")
    button.click()
    page.wait_for_url(url + "/")
    me = _me(page)
    assert me["user"]["email"] == email  # an account was made (sign-up is open) and is logged in
    page.wait_for_selector("[data-testid=account-menu]")


@pytest.mark.browser
def test_sso_then_the_second_factor_and_a_refusal(sso_server: Server, provider: Provider, browser: Any) -> None:
    url = sso_server.url
    _signup(url, "otp.user@example.com", "Otto")
    s = _api(url, "otp.user@example.com")
    secret = s.post(url + "/api/me/2fa/setup").json()["secret"]
    totp = pyotp.TOTP(secret)
    s.post(url + "/api/me/2fa/enable", json={"code": totp.now()}).raise_for_status()
    provider.user = {"sub": "otp", "email": "otp.user@example.com", "email_verified": True}
    page = new_page(browser)
    page.goto(url + "/login")
    page.click("[data-testid=sso-login]")
    page.wait_for_selector("[data-testid=second-step]")  # the provider is not the second factor
    assert _me(page) == 401
    # The code of the next 30-second step: the one just used to enable 2FA cannot be used again.
    page.fill("#code", totp.at(time.time() + 30))
    page.click("[data-testid=second-step] button[type=submit]")
    page.wait_for_url(url + "/")
    assert _me(page)["user"]["email"] == "otp.user@example.com"

    # Sign-up closed: an unknown address is told why, in the interface language.
    root = _api(url, "root@example.com")
    root.patch(url + "/api/admin/settings", json={"signup_open": False}).raise_for_status()
    try:
        provider.user = {"sub": "x", "email": "stranger@example.com", "email_verified": True}
        for locale in ("en-US", "ru-RU"):
            other = new_page(browser, locale)
            other.goto(url + "/login")
            other.click("[data-testid=sso-login]")
            other.wait_for_selector("[data-testid=auth-error]")
            text = other.locator("[data-testid=auth-error]").inner_text()
            assert ("sign-up is closed" in text) if locale == "en-US" else ("регистрация закрыта" in text)
            _shot(other, f"sso-refused-{locale[:2]}")
            assert _me(other) == 401
    finally:
        root.patch(url + "/api/admin/settings", json={"signup_open": True}).raise_for_status()


@pytest.fixture(scope="module", autouse=True)
def _root(sso_server: Server) -> None:
    _signup(sso_server.url, "root@example.com", "Root")  # the first account: the admin


@pytest.mark.browser
@pytest.mark.parametrize("locale", ["en-US", "ru-RU"])
def test_groups_on_the_admin_screen_and_in_the_share_dialog(sso_server: Server, browser: Any, locale: str) -> None:
    url = sso_server.url
    lang = locale[:2]
    member = f"nora.{lang}@example.com"
    _signup(url, member, "Nora")
    root = _api(url, "root@example.com")
    base = root.post(url + "/api/bases", json={"name": f"Sales {lang}"}).json()

    page = new_page(browser, locale)
    page.goto(url + "/login")
    page.fill("#email", "root@example.com")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(url + "/")
    page.goto(url + "/admin")
    page.click("[data-testid=admin-tab-groups]")
    name = f"Managers {lang}"
    page.fill("[data-testid=group-name]", name)
    page.click("[data-testid=group-create]")
    card = page.locator(f"[data-testid=group][data-name='{name}']")
    card.locator("[data-testid=group-add-email]").fill("nobody@example.com")
    card.locator("[data-testid=group-add]").click()
    card.locator("[data-testid=group-add-error]").wait_for()  # no such account
    card.locator("[data-testid=group-add-email]").fill(member)
    card.locator("[data-testid=group-add]").click()
    card.locator(f".chip[data-email='{member}']").wait_for()
    stored = {g["name"]: [m["email"] for m in g["members"]] for g in root.get(url + "/api/admin/groups").json()["groups"]}
    assert stored[name] == [member]
    _shot(page, f"admin-groups-{lang}")
    page.click("[data-testid=admin-tab-settings]")
    page.locator("[data-testid=setting-sso]").wait_for()
    assert "127.0.0.1" in page.locator("[data-testid=setting-sso]").inner_text()
    _shot(page, f"admin-settings-sso-{lang}")

    # The base's owner gives the group a role in the Share dialog.
    nora = _api(url, member)
    assert nora.get(url + f"/api/bases/{base['id']}").status_code == 404
    page.goto(url + f"/base/{base['id']}")
    page.click("[data-testid=share-button]")
    page.click("[data-testid=share-members]")
    page.select_option("[data-testid=base-group-pick]", label=name)
    page.select_option("[data-testid=base-group-new-role]", value="editor")
    page.click("[data-testid=base-group-add]")
    page.locator(f"[data-testid=base-group][data-name='{name}']").wait_for()
    _shot(page, f"share-groups-{lang}")
    got = nora.get(url + f"/api/bases/{base['id']}")
    assert got.status_code == 200 and got.json()["role"] == "editor"
    # Down to viewer from the same dialog.
    with page.expect_response(lambda r: "/groups/" in r.url and r.request.method == "PATCH"):
        page.select_option(f"[data-testid=base-group][data-name='{name}'] [data-testid=base-group-role]", value="viewer")
    assert nora.get(url + f"/api/bases/{base['id']}").json()["role"] == "viewer"
    assert not page.js_errors
