"""Accounts and access on both databases: sign-up (first is admin, invite-only setting), log-in
rate limits per account and per address, log-out, password change, API tokens (shown once,
stored hashed, scoped, revocable), and attachments served to members only."""

from __future__ import annotations

import io
from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from tests.fixtures_types import upload
from tests.helpers import PASSWORD, ApiClient


def _state(app: Any) -> Any:
    return app.extensions["tablo"]


def test_first_account_is_admin_and_cookie_is_safe(client: ApiClient, app: Any) -> None:
    resp = client.call("POST", "/api/auth/signup", json={"email": "First@Example.com", "password": PASSWORD},
                       expect=201)
    user = resp.get_json()["user"]
    assert user["is_admin"] is True and user["email"] == "first@example.com"
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    second = ApiClient(app)
    assert second.signup("second@example.com")["is_admin"] is False
    assert second.get("/api/me")["user"]["email"] == "second@example.com"
    err = ApiClient(app).post("/api/auth/signup", {"email": "second@example.com", "password": PASSWORD},
                              expect=409).get_json()["error"]
    assert "email" in err["fields"]
    for body, field in (({"email": "nope", "password": PASSWORD}, "email"),
                        ({"email": "x@example.com", "password": "short"}, "password"),
                        ({"email": "x@example.com"}, "password")):
        assert field in ApiClient(app).post("/api/auth/signup", body, expect=422).get_json()["error"]["fields"]


def test_invite_only_sign_up(app: Any) -> None:
    ApiClient(app).signup("admin@example.com")
    _state(app).config.signup_open = False
    r = ApiClient(app).post("/api/auth/signup", {"email": "late@example.com", "password": PASSWORD}, expect=403)
    assert "invitation" in r.get_json()["error"]["message"]
    # The server setting (kept in the database) wins over the configuration.
    with _state(app).db.write() as conn:
        conn.execute(sa.insert(cat.settings).values(key="signup_open", value=True))
    ApiClient(app).signup("late@example.com")


def test_login_logout_and_me(app: Any) -> None:
    c = ApiClient(app)
    c.signup("u@example.com")
    c.post("/api/auth/logout")
    assert c.get("/api/me", expect=401).get_json()["error"]["code"] == "unauthorized"
    err = c.post("/api/auth/login", {"email": "u@example.com", "password": "wrong-password"}, expect=401)
    assert err.get_json()["error"]["code"] == "bad_credentials"
    assert c.post("/api/auth/login", {"email": "nobody@example.com", "password": PASSWORD}, expect=401)
    c.login("U@example.com")
    assert c.get("/api/me")["user"]["email"] == "u@example.com"
    # A logged-out session cookie is dead even if replayed.
    cookie = c.http.get_cookie("tablo_session").value
    c.post("/api/auth/logout")
    replay = ApiClient(app)
    replay.http.set_cookie("tablo_session", cookie)
    replay.get("/api/me", expect=401)


def test_login_rate_limited_per_account(app: Any) -> None:
    _state(app).config.login_attempts_per_window = 3
    ApiClient(app).signup("victim@example.com")
    c = ApiClient(app)
    for _ in range(3):
        c.post("/api/auth/login", {"email": "victim@example.com", "password": "wrong-password"}, expect=401)
    r = c.post("/api/auth/login", {"email": "victim@example.com", "password": PASSWORD}, expect=429)
    assert r.get_json()["error"]["code"] == "rate_limited"
    # It says when the next attempt is allowed: when the oldest failure leaves the 15-minute window.
    wait = r.get_json()["error"]["retry_after"]
    assert 880 <= wait <= 900
    assert f"Try again in {wait} s." in r.get_json()["error"]["message"]
    # Another account from the same address is not locked by that.
    ApiClient(app).signup("other@example.com")
    ApiClient(app).login("other@example.com")


def test_login_rate_limited_per_address(app: Any) -> None:
    _state(app).config.login_attempts_per_window = 2  # per address: five times that
    ApiClient(app).signup("real@example.com")
    c = ApiClient(app)
    for i in range(10):
        c.post("/api/auth/login", {"email": f"guess{i}@example.com", "password": "wrong-password"}, expect=401)
    r = c.post("/api/auth/login", {"email": "real@example.com", "password": PASSWORD}, expect=429)
    assert "Too many" in r.get_json()["error"]["message"]
    assert 1 <= r.get_json()["error"]["retry_after"] <= _state(app).config.login_window_seconds
    # From another address the account still works.
    other = ApiClient(app)
    other.http.environ_base["REMOTE_ADDR"] = "10.1.2.3"
    other.login("real@example.com")


def test_change_password_ends_other_sessions(app: Any) -> None:
    a = ApiClient(app)
    a.signup("pw@example.com")
    b = ApiClient(app)
    b.login("pw@example.com")
    r = a.post("/api/me/password", {"current_password": "wrong-password", "new_password": "new-password-1"},
               expect=422)
    assert "current_password" in r.get_json()["error"]["fields"]
    r = a.post("/api/me/password", {"current_password": PASSWORD, "new_password": "short"}, expect=422)
    assert "new_password" in r.get_json()["error"]["fields"]
    a.post("/api/me/password", {"current_password": PASSWORD, "new_password": "new-password-1"})
    a.get("/api/me")  # this session goes on
    b.get("/api/me", expect=401)  # the other one ended
    ApiClient(app).post("/api/auth/login", {"email": "pw@example.com", "password": PASSWORD}, expect=401)
    ApiClient(app).login("pw@example.com", "new-password-1")


def test_tokens_shown_once_stored_hashed_scoped_and_revocable(owner: ApiClient, app: Any) -> None:
    created = owner.post("/api/tokens", {"base_id": owner.base_id, "access": "read", "name": "report"}, expect=201)
    secret = created["token"]
    listed = owner.get("/api/tokens")["tokens"]
    assert [t["name"] for t in listed] == ["report"] and "token" not in listed[0]
    assert secret.startswith(listed[0]["prefix"])
    with _state(app).db.read() as conn:
        stored = conn.execute(sa.select(cat.api_tokens.c.token_hash)).scalars().all()
    assert secret not in stored and all(len(h) == 64 for h in stored)
    reader = ApiClient(app, token=secret)
    assert reader.get(f"/api/bases/{owner.base_id}")["role"] == "viewer"
    r = reader.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{}]}, expect=403)
    assert "read-only" in r.get_json()["error"]["message"]
    # Scoped to one base: another base of the same user is invisible.
    other = owner.post("/api/bases", {"name": "Second"}, expect=201)
    reader.get(f"/api/bases/{other['id']}", expect=404)
    assert [b["id"] for b in reader.get("/api/bases")["bases"]] == [owner.base_id]
    # Tokens cannot make tokens, and cannot be made for a base one is not in.
    reader.post("/api/tokens", {"base_id": owner.base_id}, expect=403)
    stranger = ApiClient(app)
    stranger.signup("stranger@example.com")
    stranger.post("/api/tokens", {"base_id": owner.base_id}, expect=404)
    # A viewer gets read tokens only.
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "stranger@example.com", "role": "viewer"},
               expect=201)
    stranger.post("/api/tokens", {"base_id": owner.base_id, "access": "write"}, expect=403)
    owner.delete(f"/api/tokens/{created['id']}")
    reader.get(f"/api/bases/{owner.base_id}", expect=401)
    owner.delete(f"/api/tokens/{created['id']}", expect=404)
    stranger.delete(f"/api/tokens/{listed[0]['id']}", expect=404)


def test_files_members_only(owner: ApiClient, app: Any) -> None:
    rec = upload(owner, owner.base_id, "счёт.pdf", b"%PDF-1.4 test", "application/pdf")
    assert rec["size"] == 13 and rec["url"] == f"/api/files/{rec['id']}"
    got = owner.call("GET", rec["url"], expect=200)
    assert got.data == b"%PDF-1.4 test" and got.headers["X-Content-Type-Options"] == "nosniff"
    # HTML is never served inline (it would run as a page of ours).
    html = upload(owner, owner.base_id, "x.html", b"<script>alert(1)</script>", "text/html")
    resp = owner.call("GET", html["url"], expect=200)
    assert resp.mimetype == "application/octet-stream" and "attachment" in resp.headers["Content-Disposition"]
    assert "sandbox" in resp.headers["Content-Security-Policy"]
    # Same content twice is stored once.
    again = upload(owner, owner.base_id, "copy.pdf", b"%PDF-1.4 test", "application/pdf")
    with _state(app).db.read() as conn:
        shas = conn.execute(sa.select(cat.files.c.sha256).where(cat.files.c.id.in_([rec["id"], again["id"]]))).all()
    assert len({s[0] for s in shas}) == 1
    ApiClient(app).get(rec["url"], expect=401)
    stranger = ApiClient(app)
    stranger.signup("s@example.com")
    assert stranger.get(rec["url"], expect=404).get_json()["error"]["code"] == "not_found"
    stranger.call("POST", f"/api/bases/{owner.base_id}/files", expect=404,
                  data={"file": (io.BytesIO(b"x"), "x.txt")}, content_type="multipart/form-data")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "s@example.com", "role": "viewer"}, expect=201)
    assert stranger.call("GET", rec["url"], expect=200).data == b"%PDF-1.4 test"
    stranger.call("POST", f"/api/bases/{owner.base_id}/files", expect=403,
                  data={"file": (io.BytesIO(b"x"), "x.txt")}, content_type="multipart/form-data")


def test_upload_limits(owner: ApiClient, app: Any) -> None:
    _state(app).config.max_upload_bytes = 1024
    r = owner.call("POST", f"/api/bases/{owner.base_id}/files", expect=413,
                   data={"file": (io.BytesIO(b"x" * 2048), "big.bin")}, content_type="multipart/form-data")
    assert r.get_json()["error"]["code"] == "too_large"
    r = owner.call("POST", f"/api/bases/{owner.base_id}/files", expect=422, data={},
                   content_type="multipart/form-data")
    assert "file" in r.get_json()["error"]["fields"]
