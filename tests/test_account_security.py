"""Findings of the security review, closed (docs/decisions/0029-account-security.md), on both
databases: webhook URLs and secrets of automations only for owners, API tokens that manage no
credentials and no new-base imports, invitations only for the invited address, the time zone
setting validated, and the `Secure` session cookie behind HTTPS."""

from __future__ import annotations

import io
from typing import Any

import pytest

from tests.helpers import ApiClient

HOOK = {"type": "webhook", "url": "http://127.0.0.1:9/tablo/T0KEN-IN-PATH", "secret": "s3cret-signing-key"}


def _member(app: Any, owner: ApiClient, email: str, role: str) -> ApiClient:
    c = ApiClient(app)
    c.signup(email)
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": email, "role": role}, expect=201)
    return c


def test_automation_webhook_url_and_secret_only_for_owners(owner: ApiClient, app: Any) -> None:
    owner.patch("/api/admin/webhook-settings", {"webhooks_allow_private": True})  # no row is added: never called
    rule = owner.post(f"/api/tables/{owner.table_id}/automations",
                      {"name": "Tell the CRM", "trigger": {"type": "row_added"}, "actions": [
                          {"type": "notify", "users": [owner.user["id"]], "message": "new"}, HOOK]},
                      expect=201)["automation"]
    editor = _member(app, owner, "ed@example.com", "editor")
    token = owner.token("write")
    paths = (f"/api/tables/{owner.table_id}/automations", f"/api/automations/{rule['id']}",
             f"/api/automations/{rule['id']}/runs")

    def actions(c: ApiClient, path: str) -> list[dict]:
        out = c.get(path)
        return out["automations"][0]["actions"] if "automations" in out else out["automation"]["actions"]

    for path in paths:
        hook = actions(owner, path)[1]
        assert hook["url"] == HOOK["url"] and hook["secret"] == HOOK["secret"], path
        for who in (editor, ApiClient(app, token)):
            seen = actions(who, path)
            assert seen[1] == {"type": "webhook", "url": None, "secret": None, "redacted": True}, path
            assert seen[0]["message"] == "new"  # the other actions stay readable
            assert "T0KEN" not in str(who.get(path)) and "s3cret" not in str(who.get(path))


def test_tokens_cannot_list_or_revoke_tokens(owner: ApiClient, app: Any) -> None:
    read = ApiClient(app, owner.token("read"))
    write_secret = owner.token("write")
    ids = [t["id"] for t in owner.get("/api/tokens")["tokens"]]
    for c in (read, ApiClient(app, write_secret)):
        c.get("/api/tokens", expect=403)
        for token_id in ids:
            c.delete(f"/api/tokens/{token_id}", expect=403)
    assert [t["id"] for t in owner.get("/api/tokens")["tokens"]] == ids  # all still there
    ApiClient(app, write_secret).get(f"/api/tables/{owner.table_id}/rows")  # and working
    owner.delete(f"/api/tokens/{ids[0]}")  # the person in the app still can
    read.get(f"/api/tables/{owner.table_id}/rows", expect=401)


def _upload(c: ApiClient, path: str, expect: int) -> Any:
    return c.call("POST", path, expect=expect, data={"file": (io.BytesIO(b"Name,Amount\nA,1\nB,2\n"), "t.csv")},
                  content_type="multipart/form-data")


def test_tokens_cannot_start_or_cancel_new_base_imports(owner: ApiClient, app: Any) -> None:
    key = _upload(owner, "/api/imports", 201).get_json()["import_id"]
    for access in ("read", "write"):
        tok = ApiClient(app, owner.token(access))
        _upload(tok, "/api/imports", 403)
        tok.get(f"/api/imports/{key}", expect=403)
        tok.post(f"/api/imports/{key}/preview", {"day_first": True}, expect=403)
        tok.post(f"/api/imports/{key}", {"mode": "new_base"}, expect=403)
        tok.delete(f"/api/imports/{key}", expect=403)
        _upload(tok, "/api/bases/import", 403)  # a backup restore makes a base too
    assert owner.get(f"/api/imports/{key}")["status"] == "ready"  # untouched


def test_tokens_and_base_imports(owner: ApiClient, app: Any) -> None:
    b = owner.base_id
    key = _upload(owner, f"/api/bases/{b}/imports", 201).get_json()["import_id"]
    read = ApiClient(app, owner.token("read"))
    _upload(read, f"/api/bases/{b}/imports", 403)
    read.post(f"/api/bases/{b}/imports/{key}", {"mode": "new_table"}, expect=403)
    read.delete(f"/api/bases/{b}/imports/{key}", expect=403)
    write = ApiClient(app, owner.token("write"))
    # A write token imports into its own base, but does not make a new one with it.
    write.post(f"/api/bases/{b}/imports/{key}", {"mode": "new_base"}, expect=403)
    assert owner.get(f"/api/bases/{b}/imports/{key}")["status"] == "ready"
    assert write.delete(f"/api/bases/{b}/imports/{key}")["status"] == "cancelled"
    owner.get(f"/api/bases/{b}/imports/{key}", expect=404)  # discarded


def test_invitation_only_for_the_invited_address(owner: ApiClient, app: Any) -> None:
    b = owner.base_id
    inv = owner.post(f"/api/bases/{b}/invitations", {"email": "invited@example.com", "role": "editor"}, expect=201)
    mallory = ApiClient(app)
    mallory.signup("mallory@example.com")
    err = mallory.post(f"/api/invitations/{inv['token']}/accept", expect=403).get_json()["error"]
    assert err["code"] == "wrong_account" and "invited@example.com" in err["message"]
    mallory.get(f"/api/bases/{b}", expect=404)
    assert ApiClient(app).get(f"/api/invitations/{inv['token']}")["email"] == "invited@example.com"  # still open
    invited = ApiClient(app)
    invited.signup("Invited@Example.com")  # the address, however it is typed
    assert invited.post(f"/api/invitations/{inv['token']}/accept") == {"base_id": b, "role": "editor"}


@pytest.mark.parametrize("zone", ["Europe/Moscow", "UTC", "America/Argentina/Buenos_Aires"])
def test_timezone_accepts_iana_zones(owner: ApiClient, zone: str) -> None:
    assert owner.patch("/api/me", {"timezone": zone})["user"]["timezone"] == zone


def test_timezone_refuses_anything_else(owner: ApiClient) -> None:
    owner.patch("/api/me", {"timezone": "Europe/Moscow"})
    for bad in ("Mars/Olympus", "../../etc/passwd", "/etc/localtime", "localtime", "<script>", "europe/moscow", ""):
        err = owner.patch("/api/me", {"timezone": bad}, expect=422).get_json()["error"]
        assert "timezone" in err["fields"], bad
    assert owner.get("/api/me")["user"]["timezone"] == "Europe/Moscow"


def _session_cookie(resp: Any) -> str:
    return next(h for h in resp.headers.getlist("Set-Cookie") if h.startswith("tablo_session="))


def test_session_cookie_secure_setting(app: Any) -> None:
    c = ApiClient(app)
    resp = c.call("POST", "/api/auth/signup", json={"email": "a@example.com", "password": "correct-horse-1"}, expect=201)
    assert "Secure" not in _session_cookie(resp)  # plain HTTP on a laptop
    app.extensions["tablo"].config.secure_cookies = True
    resp = c.call("POST", "/api/auth/login", json={"email": "a@example.com", "password": "correct-horse-1"}, expect=200)
    cookie = _session_cookie(resp)
    assert "; Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


@pytest.mark.parametrize(("env", "expected"), [
    ({}, False),
    ({"TABLO_PUBLIC_URL": "https://tablo.example.com"}, True),
    ({"TABLO_PUBLIC_URL": "http://tablo.example.com"}, False),
    ({"TABLO_SECURE_COOKIES": "1"}, True),
    ({"TABLO_PUBLIC_URL": "HTTPS://tablo.example.com", "TABLO_SECURE_COOKIES": "0"}, False),
])
def test_secure_cookies_from_environment(env: dict, expected: bool, tmp_path: Any, monkeypatch: Any) -> None:
    from server.config import load_config

    monkeypatch.delenv("TABLO_PUBLIC_URL", raising=False)
    monkeypatch.delenv("TABLO_SECURE_COOKIES", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert load_config(data_dir=str(tmp_path), secret_key="x").secure_cookies is expected
