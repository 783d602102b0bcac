"""The server admin API on both databases: every admin endpoint refuses anyone but an admin in a
browser session (a member, an API token — even an admin's — and a stranger); users are listed
and searched; an invitation makes an account whose owner chooses the password through the link;
a disabled account cannot log in and its sessions and tokens stop (and work again when enabled);
an admin resets someone's 2FA; admins are made and unmade, never leaving none; the settings
close sign-up and require 2FA (a session without it reaches only enrolment); `tablo make-admin`.
"""

from __future__ import annotations

import re
from typing import Any

import pyotp
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from server.api.routing import ROUTES
from server.auth import twofactor as tf
from server.catalog import schema as cat
from tests.helpers import PASSWORD, ApiClient

T0 = 1_700_000_010.0  # a fixed instant for TOTP codes (never the calendar)
BODIES = {("POST", "/admin/users"): {"email": "x@example.com"}, ("PATCH", "/admin/users/{user_id}"): {"disabled": True},
          ("PATCH", "/admin/settings"): {"signup_open": True},
          ("PATCH", "/admin/webhook-settings"): {"webhooks_allow_private": False}}


@pytest.fixture
def admin(app: Any) -> ApiClient:
    c = ApiClient(app)
    c.signup("root@example.com")  # the first account is the admin
    assert c.user and c.user["is_admin"]
    return c


def _member(app: Any, email: str) -> ApiClient:
    c = ApiClient(app)
    c.signup(email)
    return c


def test_every_admin_endpoint_refuses_everyone_but_an_admin_session(app: Any, admin: ApiClient) -> None:
    # Every admin route the app registered (they register when the app is made).
    ADMIN_ROUTES = [(m, r.path) for r in ROUTES if r.path.startswith("/admin") for m in r.methods]  # noqa: N806
    assert {p for _, p in ADMIN_ROUTES} == {"/admin/users", "/admin/users/{user_id}", "/admin/users/{user_id}/reset-2fa",
                                           "/admin/settings", "/admin/webhook-settings", "/admin/groups",
                                           "/admin/groups/{group_id}", "/admin/groups/{group_id}/members",
                                           "/admin/groups/{group_id}/members/{user_id}", "/admin/test-mail"}
    member = _member(app, "mia@example.com")
    base = admin.new_base("Ops")
    admin_token = admin.post("/api/tokens", {"base_id": base["id"], "access": "write"}, expect=201)["token"]
    member_base = member.new_base("Mine")
    member_token = member.post("/api/tokens", {"base_id": member_base["id"], "access": "write"}, expect=201)["token"]
    callers = {"member": member, "admin token": ApiClient(app, token=admin_token),
               "member token": ApiClient(app, token=member_token), "stranger": ApiClient(app)}
    uid = member.user["id"]  # type: ignore[index]
    gid = admin.post("/api/admin/groups", {"name": "Team"}, expect=201)["group"]["id"]
    admin.post(f"/api/admin/groups/{gid}/members", {"user_id": uid}, expect=201)
    for method, path in ADMIN_ROUTES:
        url = "/api" + path.replace("{user_id}", str(uid)).replace("{group_id}", str(gid))
        # A body that would be wrong, too: refusal comes before the body is read.
        for body in (BODIES.get((method, path)), {"nonsense": 1}):
            for who, c in callers.items():
                expect = 401 if who == "stranger" else 403
                r = c.call(method, url, json=body if method != "GET" else None, expect=expect)
                assert r.get_json()["error"]["code"] in ("forbidden", "unauthorized"), (who, method, path)
    # Nothing happened: the member is neither disabled nor an admin, and the settings are as they were.
    row = admin.get("/api/admin/users", query_string={"q": "mia"})["users"][0]
    assert (row["disabled"], row["is_admin"]) == (False, False)
    assert admin.get("/api/admin/settings")["settings"] == {"signup_open": True, "require_2fa": False}
    group = admin.get("/api/admin/groups")["groups"][0]
    assert (group["name"], [m["id"] for m in group["members"]]) == ("Team", [uid])
    # And the admin's own session passes (groups: tests/test_groups.py; test mail below).
    for method, path in [(m, p) for m, p in ADMIN_ROUTES
                         if not p.startswith("/admin/groups") and p != "/admin/test-mail"]:
        url = "/api" + path.replace("{user_id}", str(uid))
        admin.call(method, url, json=BODIES.get((method, path)) if method != "GET" else None,
                   expect=201 if (method, path) == ("POST", "/admin/users") else 200)


def test_users_are_listed_and_searched(app: Any, admin: ApiClient) -> None:
    for email, name in (("olga.k@example.com", "Ольга Ким"), ("pavel@example.com", "Павел"), ("x_y%z@example.com", "")):
        ApiClient(app).signup(email, name=name)
    everyone = admin.get("/api/admin/users")
    assert everyone["total"] == 4 and [u["email"] for u in everyone["users"]][0] == "olga.k@example.com"
    assert [u["email"] for u in admin.get("/api/admin/users", query_string={"q": "Ольга"})["users"]] == \
        ["olga.k@example.com"]
    assert [u["email"] for u in admin.get("/api/admin/users", query_string={"q": "PAVEL"})["users"]] == \
        ["pavel@example.com"]
    # Wildcards in the search are plain characters.
    assert [u["email"] for u in admin.get("/api/admin/users", query_string={"q": "_y%"})["users"]] == \
        ["x_y%z@example.com"]
    page = admin.get("/api/admin/users", query_string={"limit": 2, "offset": 2})
    assert page["total"] == 4 and len(page["users"]) == 2
    admin.get("/api/admin/users", query_string={"limit": 0}, expect=422)
    u = everyone["users"][0]
    assert set(u) == {"id", "email", "name", "is_admin", "disabled", "two_factor", "created_at"}


def test_invite_makes_an_account_whose_owner_chooses_the_password(app: Any, admin: ApiClient) -> None:
    res = admin.post("/api/admin/users", {"email": "Nina@Example.com", "name": "Nina"}, expect=201)
    assert res["user"]["email"] == "nina@example.com" and res["mailed"] is False  # no mail server here
    token = re.search(r"/reset-password/(tr_[\w-]+)$", res["invite_link"]).group(1)  # type: ignore[union-attr]
    admin.post("/api/admin/users", {"email": "nina@example.com"}, expect=409)
    err = admin.post("/api/admin/users", {"email": "not an email"}, expect=422).get_json()["error"]
    assert "email" in err["fields"]
    nina = ApiClient(app)
    assert nina.get(f"/api/auth/password-reset/{token}")["email"] == "nina@example.com"
    nina.post(f"/api/auth/password-reset/{token}", {"password": "ninas own password"})
    assert nina.get("/api/me")["user"]["name"] == "Nina"
    ApiClient(app).login("nina@example.com", "ninas own password")
    # The invited admin flag.
    res = admin.post("/api/admin/users", {"email": "ada@example.com", "is_admin": True}, expect=201)
    assert res["user"]["is_admin"] is True


def test_disabled_account_cannot_log_in_and_its_sessions_and_tokens_stop(app: Any, admin: ApiClient) -> None:
    dora = _member(app, "dora@example.com")
    base = dora.new_base("Dora's")
    token = dora.post("/api/tokens", {"base_id": base["id"], "access": "read"}, expect=201)["token"]
    by_token = ApiClient(app, token=token)
    by_token.get(f"/api/bases/{base['id']}")
    uid = dora.user["id"]  # type: ignore[index]
    assert admin.patch(f"/api/admin/users/{uid}", {"disabled": True})["user"]["disabled"] is True
    dora.get("/api/me", expect=401)
    by_token.get(f"/api/bases/{base['id']}", expect=401)
    r = ApiClient(app).post("/api/auth/login", {"email": "dora@example.com", "password": PASSWORD}, expect=403)
    assert r.get_json()["error"]["code"] == "account_disabled"
    # A wrong password says nothing about it.
    ApiClient(app).post("/api/auth/login", {"email": "dora@example.com", "password": "wrong password!"}, expect=401)
    with app.extensions["tablo"].db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(cat.sessions)
                            .where(cat.sessions.c.user_id == uid)).scalar_one() == 0
    # Enabled again: the password logs in, and the token (never revoked) works again.
    assert admin.patch(f"/api/admin/users/{uid}", {"disabled": False})["user"]["disabled"] is False
    ApiClient(app).login("dora@example.com")
    by_token.get(f"/api/bases/{base['id']}")
    admin.patch(f"/api/admin/users/{uid}", {"disabled": "yes please"}, expect=422)
    admin.patch("/api/admin/users/99999", {"disabled": True}, expect=404)


def test_admin_resets_two_factor(app: Any, admin: ApiClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tf, "unix_time", lambda: T0)
    eve = _member(app, "eve@example.com")
    secret = eve.post("/api/me/2fa/setup")["secret"]
    eve.post("/api/me/2fa/enable", {"code": pyotp.TOTP(secret).at(T0)})
    assert ApiClient(app).post("/api/auth/login", {"email": "eve@example.com", "password": PASSWORD}) == \
        {"two_factor_required": True}
    uid = eve.user["id"]  # type: ignore[index]
    assert admin.post(f"/api/admin/users/{uid}/reset-2fa")["user"]["two_factor"] is False
    eve.get("/api/me", expect=401)  # sessions made with the old factor end
    ApiClient(app).login("eve@example.com")  # the password alone again
    with app.extensions["tablo"].db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(cat.recovery_codes)).scalar_one() == 0


def test_admins_are_made_and_unmade_but_never_none(app: Any, admin: ApiClient) -> None:
    me = admin.user["id"]  # type: ignore[index]
    r = admin.patch(f"/api/admin/users/{me}", {"is_admin": False}, expect=409)
    assert r.get_json()["error"]["code"] == "last_admin"
    admin.patch(f"/api/admin/users/{me}", {"disabled": True}, expect=409)
    fay = _member(app, "fay@example.com")
    fid = fay.user["id"]  # type: ignore[index]
    fay.get("/api/admin/users", expect=403)
    admin.patch(f"/api/admin/users/{fid}", {"is_admin": True})
    assert fay.get("/api/me")["user"]["is_admin"] is True
    fay.get("/api/admin/users")  # at once, in the same session
    # Two admins: one may step down; then the other is the last one.
    fay.patch(f"/api/admin/users/{me}", {"is_admin": False})
    admin.get("/api/admin/users", expect=403)
    fay.patch(f"/api/admin/users/{fid}", {"is_admin": False}, expect=409)
    # A disabled admin does not count.
    fay.patch(f"/api/admin/users/{me}", {"is_admin": True, "disabled": True})
    fay.patch(f"/api/admin/users/{fid}", {"is_admin": False}, expect=409)
    with app.extensions["tablo"].db.read() as conn:
        admins = conn.execute(sa.select(cat.users.c.email).where(cat.users.c.is_admin.is_(True))).scalars().all()
    assert sorted(admins) == ["fay@example.com", "root@example.com"]


def test_sign_up_closed_by_the_admin(app: Any, admin: ApiClient) -> None:
    assert admin.patch("/api/admin/settings", {"signup_open": False})["settings"]["signup_open"] is False
    r = ApiClient(app).post("/api/auth/signup", {"email": "gus@example.com", "password": PASSWORD}, expect=403)
    assert "invitation" in r.get_json()["error"]["message"]
    admin.post("/api/admin/users", {"email": "gus@example.com"}, expect=201)  # invited instead
    admin.patch("/api/admin/settings", {"signup_open": True})
    ApiClient(app).signup("hal@example.com")
    admin.patch("/api/admin/settings", {"signup_open": "maybe"}, expect=422)
    admin.patch("/api/admin/settings", {"mail": True}, expect=422)


def test_required_two_factor_sends_sessions_without_it_to_enrol(app: Any, admin: ApiClient,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tf, "unix_time", lambda: T0)
    ivy = _member(app, "ivy@example.com")
    base = ivy.new_base("Ivy's")
    token = ivy.post("/api/tokens", {"base_id": base["id"], "access": "read"}, expect=201)["token"]
    err = admin.patch("/api/admin/settings", {"require_2fa": True}, expect=422).get_json()["error"]
    assert "require_2fa" in err["fields"]  # not before the admin has 2FA (else locked out of this screen)
    secret = admin.post("/api/me/2fa/setup")["secret"]
    admin.post("/api/me/2fa/enable", {"code": pyotp.TOTP(secret).at(T0)})
    admin.patch("/api/admin/settings", {"require_2fa": True})
    admin.get("/api/admin/users")
    me = ivy.get("/api/me")["user"]
    assert me["must_enrol_2fa"] is True
    r = ivy.get("/api/bases", expect=403)
    assert r.get_json()["error"]["code"] == "two_factor_enrolment_required"
    ivy.post("/api/bases", {"name": "More"}, expect=403)
    # API tokens are not sessions: scripts keep working.
    ApiClient(app, token=token).get(f"/api/bases/{base['id']}")
    secret = ivy.post("/api/me/2fa/setup")["secret"]
    ivy.post("/api/me/2fa/enable", {"code": pyotp.TOTP(secret).at(T0)})
    assert ivy.get("/api/me")["user"]["must_enrol_2fa"] is False
    ivy.get("/api/bases")
    ivy.post("/api/auth/logout")


def test_make_admin_command(app: Any, db_url: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from server.cli import cli

    ApiClient(app).signup("first@example.com")
    jay = _member(app, "jay@example.com")
    monkeypatch.setenv("TABLO_DATABASE_URL", db_url)
    monkeypatch.setenv("TABLO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TABLO_SECRET_KEY", "test-secret")
    res = CliRunner().invoke(cli, ["make-admin", "Jay@Example.com"])
    assert res.exit_code == 0, res.output
    assert jay.get("/api/me")["user"]["is_admin"] is True
    res = CliRunner().invoke(cli, ["make-admin", "nobody@example.com"])
    assert res.exit_code == 1 and "No account" in res.output


def test_settings_show_mail_and_sso_and_a_test_mail_arrives(app: Any, admin: ApiClient) -> None:
    import email
    import socket

    from aiosmtpd.controller import Controller

    got = admin.get("/api/admin/settings")
    assert got["mail"] == {"configured": False, "host": None, "from": None}
    assert got["sso"] == {"enabled": False, "issuer": None, "label": None}
    r = admin.post("/api/admin/test-mail", expect=422)
    assert "mail" in r.get_json()["error"]["fields"]

    class Inbox:
        messages: list = []

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd API)
            self.messages.append(email.message_from_bytes(envelope.content))
            return "250 OK"

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    box = Inbox()
    app.extensions["tablo"].config.extra.update(smtp_host="127.0.0.1", smtp_port=port, smtp_from="tablo@example.com")
    r = admin.post("/api/admin/test-mail", expect=502)  # nothing listens yet
    assert r.get_json()["error"]["code"] == "mail_failed"
    ctl = Controller(box, hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        assert admin.post("/api/admin/test-mail") == {"sent_to": "root@example.com"}
        assert [m["To"] for m in box.messages] == ["root@example.com"]
    finally:
        ctl.stop()
    got = admin.get("/api/admin/settings")
    assert got["mail"] == {"configured": True, "host": "127.0.0.1", "from": "tablo@example.com"}
    assert "password" not in str(got)
