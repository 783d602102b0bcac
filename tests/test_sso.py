"""Single sign-on with OpenID Connect on both databases, against a small provider over real HTTP
(tests/oidc_provider.py): accounts are matched by verified email and made only when sign-up is
open or an invitation waits; disabled accounts are refused; an account with 2FA still gives its
code and the admin's «2FA required» holds; a forged state, a wrong nonce, an unverified email and
a foreign `next` get nowhere."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyotp
import pytest
import requests

from server.auth import oidc
from server.auth import twofactor as tf
from tests.helpers import ApiClient
from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider

T0 = 1_700_000_010.0  # a fixed instant for TOTP codes


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    p = Provider().start()
    yield p
    p.stop()


@pytest.fixture
def sso_app(db_url: str, tmp_path: Any, provider: Provider) -> Iterator[Any]:
    from server.app import create_app
    from server.config import load_config

    oidc.forget_metadata()
    provider.user = {"sub": "u-1", "email": "sso.user@example.com", "email_verified": True}
    provider.email_in_id_token, provider.nonce_override = True, None
    cfg = load_config(data_dir=str(tmp_path / "data"), database_url=db_url, secret_key="test-secret",
                      oidc_issuer=provider.issuer, oidc_client_id=CLIENT_ID, oidc_client_secret=CLIENT_SECRET,
                      oidc_label="Company account")
    application = create_app(cfg)
    application.config["TESTING"] = True
    yield application
    application.extensions["tablo"].db.dispose()


def sso_login(c: ApiClient, next_path: str = "/", tamper: dict | None = None) -> str:
    """Click «Sign in with SSO», let the provider answer, come back: the final redirect's Location."""
    start = c.call("GET", f"/api/auth/sso/start?next={next_path}", expect=302)
    at_provider = requests.get(start.headers["Location"], allow_redirects=False, timeout=10)
    assert at_provider.status_code == 302, at_provider.text
    back = urlsplit(at_provider.headers["Location"])
    assert back.path == "/api/auth/sso/callback"
    query = {k: v[0] for k, v in parse_qs(back.query).items()} | (tamper or {})
    return c.call("GET", back.path, query_string=query, expect=302).headers["Location"]


def _admin(app: Any) -> ApiClient:
    c = ApiClient(app)
    c.signup("root@example.com")
    return c


def test_sso_makes_an_account_and_logs_in_and_matches_it_next_time(sso_app: Any, provider: Provider) -> None:
    assert ApiClient(sso_app).get("/api/auth/sso") == {"enabled": True, "label": "Company account"}
    admin = _admin(sso_app)
    assert admin.get("/api/admin/settings")["sso"] == {"enabled": True, "issuer": provider.issuer,
                                                       "label": "Company account"}
    c = ApiClient(sso_app)
    assert sso_login(c, "/b/1") == "/b/1"
    me = c.get("/api/me")
    assert me["user"]["email"] == "sso.user@example.com" and me["user"]["is_admin"] is False
    assert c.new_base("Mine")["role"] == "owner"
    # Next time (another browser) the same account, matched by email whatever its case.
    provider.user = {"sub": "u-1", "email": "SSO.User@Example.com", "email_verified": True}
    again = ApiClient(sso_app)
    assert sso_login(again) == "/"
    assert again.get("/api/me")["user"]["id"] == me["user"]["id"]
    assert [u["email"] for u in _users(sso_app)] == ["root@example.com", "sso.user@example.com"]


def _users(app: Any) -> list[dict]:
    admin = ApiClient(app)
    admin.login("root@example.com")
    return admin.get("/api/admin/users")["users"]


def test_email_from_userinfo_when_the_id_token_has_none(sso_app: Any, provider: Provider) -> None:
    _admin(sso_app)
    provider.email_in_id_token = False
    c = ApiClient(sso_app)
    assert sso_login(c) == "/"
    assert c.get("/api/me")["user"]["email"] == "sso.user@example.com"


def test_closed_sign_up_admits_only_existing_or_invited_accounts(sso_app: Any, provider: Provider) -> None:
    admin = _admin(sso_app)
    admin.patch("/api/admin/settings", {"signup_open": False})
    c = ApiClient(sso_app)
    assert sso_login(c) == "/login?sso_error=no_account"
    c.get("/api/me", expect=401)
    assert len(_users(sso_app)) == 1
    # Invited to a base: the account is made, and the invitation is there to accept.
    base = admin.new_base("Sales")
    link = admin.post(f"/api/bases/{base['id']}/invitations", {"email": "sso.user@example.com", "role": "editor"},
                      expect=201)["token"]
    assert sso_login(c) == "/"
    c.post(f"/api/invitations/{link}/accept")
    assert c.get(f"/api/bases/{base['id']}")["role"] == "editor"
    # An admin-invited account (it exists) signs in too.
    admin.post("/api/admin/users", {"email": "olga@example.com"}, expect=201)
    provider.user = {"sub": "u-2", "email": "olga@example.com", "email_verified": True}
    assert sso_login(ApiClient(sso_app)) == "/"


def test_a_disabled_account_is_refused(sso_app: Any) -> None:
    admin = _admin(sso_app)
    c = ApiClient(sso_app)
    sso_login(c)
    uid = c.get("/api/me")["user"]["id"]
    admin.patch(f"/api/admin/users/{uid}", {"disabled": True})
    c.get("/api/me", expect=401)
    again = ApiClient(sso_app)
    assert sso_login(again) == "/login?sso_error=account_disabled"
    again.get("/api/me", expect=401)


def test_two_factor_is_still_asked_and_required_2fa_holds(sso_app: Any, provider: Provider,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tf, "unix_time", lambda: T0)
    admin = _admin(sso_app)
    secret = admin.post("/api/me/2fa/setup")["secret"]
    admin.post("/api/me/2fa/enable", {"code": pyotp.TOTP(secret).at(T0)})
    # The admin, who has 2FA, signs in through the provider: the code is still asked for.
    provider.user = {"sub": "root", "email": "root@example.com", "email_verified": True}
    c = ApiClient(sso_app)
    assert sso_login(c, "/admin") == "/login?sso=two_factor&next=%2Fadmin"
    c.get("/api/me", expect=401)
    c.post("/api/auth/login/2fa", {"code": pyotp.TOTP(secret).at(T0 + 30)})
    assert c.get("/api/me")["user"]["email"] == "root@example.com"
    # With 2FA required, an SSO session of an account without it reaches only enrolment.
    admin.patch("/api/admin/settings", {"require_2fa": True})
    provider.user = {"sub": "u-1", "email": "sso.user@example.com", "email_verified": True}
    other = ApiClient(sso_app)
    assert sso_login(other) == "/"
    assert other.get("/api/me")["user"]["must_enrol_2fa"] is True
    r = other.get("/api/bases", expect=403)
    assert r.get_json()["error"]["code"] == "two_factor_enrolment_required"


def test_forged_or_unproven_answers_get_nowhere(sso_app: Any, provider: Provider) -> None:
    _admin(sso_app)
    c = ApiClient(sso_app)
    assert sso_login(c, tamper={"state": "forged"}) == "/login?sso_error=bad_state"
    assert sso_login(c, tamper={"error": "access_denied"}) == "/login?sso_error=provider_refused"
    # A callback without the browser's own pending cookie (a link sent to someone else).
    stranger = ApiClient(sso_app)
    assert stranger.call("GET", "/api/auth/sso/callback?code=x&state=y", expect=302).headers["Location"] == \
        "/login?sso_error=bad_state"
    provider.nonce_override = "replayed"
    assert sso_login(c) == "/login?sso_error=bad_token"
    provider.nonce_override = None
    provider.user = {"sub": "u-9", "email": "mallory@example.com", "email_verified": False}
    assert sso_login(c) == "/login?sso_error=email_unverified"
    provider.user = {"sub": "u-9"}
    assert sso_login(c) == "/login?sso_error=no_email"
    c.get("/api/me", expect=401)
    assert len(_users(sso_app)) == 1
    # `next` is a path of this site, never another host.
    provider.user = {"sub": "u-1", "email": "sso.user@example.com", "email_verified": True}
    assert sso_login(c, "//evil.example.com/x") == "/"


def test_without_configuration_there_is_no_sso(app: Any) -> None:
    c = ApiClient(app)
    assert c.get("/api/auth/sso") == {"enabled": False, "label": ""}
    c.get("/api/auth/sso/start", expect=404)
    c.get("/api/auth/sso/callback?code=x&state=y", expect=404)
