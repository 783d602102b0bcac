"""Accounts: sign-up, log-in, log-out, the current user, passwords and API tokens."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any
from zoneinfo import available_timezones

import sqlalchemy as sa
from flask import jsonify, make_response, request
from marshmallow import Schema, ValidationError, fields, validate, validates

from server.actions.events import publish
from server.api.access import base_role
from server.api.routing import SESSION_COOKIE, current_principal, route
from server.auth.passwords import hash_password, verify_password
from server.auth.service import (
    Principal,
    check_login,
    check_password_rules,
    create_session,
    create_token,
    end_session,
    get_setting,
    signup,
)
from server.auth.tokens import hash_secret
from server.catalog import schema as cat
from server.errors import ApiError, forbidden, not_found
from server.state import state


class SignupBody(Schema):
    email = fields.String(required=True)
    password = fields.String(required=True)
    name = fields.String(load_default="", validate=validate.Length(max=200))


class LoginBody(Schema):
    email = fields.String(required=True)
    password = fields.String(required=True)


class MePatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    locale = fields.String(validate=validate.OneOf(["en", "ru"]))
    timezone = fields.String(validate=validate.Length(min=1, max=64))

    @validates("timezone")
    def _iana_zone(self, value: str, **_: Any) -> None:
        # Stored as given and used to read and show dates: only a name of the IANA database
        # (not a file name zoneinfo would also open, such as "localtime").
        if value not in _iana_zones():
            raise ValidationError("not an IANA time zone such as Europe/Moscow")


@cache
def _iana_zones() -> frozenset[str]:
    # Debian's zoneinfo directory also holds "localtime" and "posixrules", which are not zones.
    return frozenset(available_timezones()) - {"localtime", "posixrules"}


class PasswordBody(Schema):
    current_password = fields.String(required=True)
    new_password = fields.String(required=True)


class TokenBody(Schema):
    base_id = fields.Integer(required=True, strict=True)
    access = fields.String(load_default="read", validate=validate.OneOf(["read", "write"]))
    name = fields.String(load_default="", validate=validate.Length(max=200))


def _client_ip() -> str:
    return request.remote_addr or "unknown"


def _with_session(payload: dict, user_id: int, status: int = 200) -> Any:
    return set_session(make_response(jsonify(payload), status), user_id)


def set_session(resp: Any, user_id: int) -> Any:
    """A new session for the user, its cookie set on `resp`."""
    st = state()
    with st.db.write() as conn:
        secret = create_session(conn, user_id, st.config.session_days)
    resp.set_cookie(SESSION_COOKIE, secret, max_age=st.config.session_days * 86400, httponly=True,
                    samesite="Lax", secure=st.config.secure_cookies or request.is_secure, path="/")
    return resp


def _user_json(conn: sa.Connection, user_id: int) -> dict:
    u = conn.execute(sa.select(cat.users).where(cat.users.c.id == user_id)).one()
    return {"id": u.id, "email": u.email, "name": u.name, "is_admin": u.is_admin, "locale": u.locale,
            "timezone": u.timezone, "two_factor": u.totp_enabled_at is not None,
            # The admin requires 2FA and this account has none: the web app sends it to enrol.
            "must_enrol_2fa": u.totp_enabled_at is None and bool(get_setting(conn, "require_2fa", False))}


@route("/auth/signup", "POST", "Create an account (the first one becomes admin) and log in", "auth",
       body=SignupBody, auth=False, responses={201: "the new user", 403: "sign-up is invite-only"})
def signup_view(body: dict) -> Any:
    st = state()
    with st.db.write() as conn:
        user_id = signup(conn, body["email"], body["password"], body["name"], st.config.signup_open)
        user = _user_json(conn, user_id)
    return _with_session({"user": user}, user_id, 201)


@route("/auth/login", "POST",
       "Log in with email and password; sets the session cookie, or, for an account with two-factor "
       "authentication, answers `two_factor_required` and waits for POST /api/auth/login/2fa", "auth",
       body=LoginBody, auth=False, responses={401: "wrong email or password", 403: "the account is disabled",
                                              429: "too many attempts"})
def login_view(body: dict) -> Any:
    st = state()
    # The attempt is recorded even when the password is wrong, so it commits in its own transaction.
    error: ApiError | None = None
    user_id = None
    with st.db.write() as conn:
        try:
            user_id = check_login(conn, body["email"], body["password"], _client_ip(),
                                  st.config.login_attempts_per_window, st.config.login_window_seconds)
        except ApiError as exc:
            if exc.status == 429:
                raise
            error = exc
    if error is not None:
        raise error
    with st.db.read() as conn:
        user = _user_json(conn, user_id)
    if user["two_factor"]:
        from server.api.twofactor import start_challenge

        return start_challenge({"two_factor_required": True}, user_id)
    return _with_session({"user": user}, user_id)


@route("/auth/logout", "POST", "Log out (ends this session)", "auth", auth=False)
def logout_view() -> Any:
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        with state().db.write() as conn:
            end_session(conn, cookie)
        publish({"kind": "credential_ended", "credential": hash_secret(cookie)})  # its live sockets close
    resp = make_response(jsonify({"ok": True}))
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


@route("/me", "GET", "The current user", "auth")
def me_view(principal: Principal) -> Any:
    with state().db.read() as conn:
        return {"user": _user_json(conn, principal.user_id), "via": principal.via}


@route("/me", "PATCH", "Change your name, language or time zone", "auth", body=MePatch)
def me_patch(principal: Principal, body: dict) -> Any:
    if principal.via == "token":
        raise forbidden("API tokens cannot change the account.")
    with state().db.write() as conn:
        if body:
            conn.execute(sa.update(cat.users).where(cat.users.c.id == principal.user_id).values(**body))
        return {"user": _user_json(conn, principal.user_id)}


@route("/me/password", "POST", "Change your password", "auth", body=PasswordBody)
def change_password(principal: Principal, body: dict) -> Any:
    if principal.via == "token":
        raise forbidden("API tokens cannot change the password.")
    check_password_rules(body["new_password"], "new_password")
    with state().db.write() as conn:
        stored = conn.execute(sa.select(cat.users.c.password_hash).where(cat.users.c.id == principal.user_id)).scalar()
        if not verify_password(stored, body["current_password"]):
            raise ApiError(422, "bad_credentials", "The current password is wrong.",
                           {"current_password": ["wrong password"]})
        conn.execute(sa.update(cat.users).where(cat.users.c.id == principal.user_id)
                     .values(password_hash=hash_password(body["new_password"])))
        # Other sessions end: a changed password is often a response to a leak.
        current = request.cookies.get(SESSION_COOKIE)
        q = sa.delete(cat.sessions).where(cat.sessions.c.user_id == principal.user_id)
        if current:
            q = q.where(cat.sessions.c.token_hash != hash_secret(current))
        ended = conn.execute(q.returning(cat.sessions.c.token_hash)).scalars().all()
    for digest in ended:  # and their live sockets close
        publish({"kind": "credential_ended", "credential": digest})
    return {"ok": True}


@route("/tokens", "POST", "Create an API token for one base (the secret is shown only once)", "auth",
       body=TokenBody, responses={201: "the token"})
def create_token_view(principal: Principal, body: dict) -> Any:
    if principal.via == "token":
        raise forbidden("API tokens cannot create tokens.")
    role = base_role(principal, body["base_id"], "viewer")
    if body["access"] == "write" and role not in ("editor", "owner"):
        raise forbidden("A write token needs the editor role in the base.")
    with state().db.write() as conn:
        token_id, secret = create_token(conn, principal.user_id, body["base_id"], body["access"], body["name"])
    return {"id": token_id, "token": secret, "base_id": body["base_id"], "access": body["access"],
            "name": body["name"]}, 201


@route("/tokens", "GET", "Your API tokens (without secrets)", "auth")
def list_tokens(principal: Principal) -> Any:
    if principal.via == "token":
        raise forbidden("API tokens cannot list tokens.")
    t = cat.api_tokens
    with state().db.read() as conn:
        rows = conn.execute(sa.select(t).where(t.c.user_id == principal.user_id, t.c.revoked_at.is_(None))
                            .order_by(t.c.id)).all()
    return {"tokens": [{"id": r.id, "name": r.name, "base_id": r.base_id, "access": r.access, "prefix": r.prefix,
                        "created_at": r.created_at.isoformat() + "Z"} for r in rows]}


@route("/tokens/{token_id}", "DELETE", "Revoke an API token", "auth")
def revoke_token(principal: Principal, token_id: int) -> Any:
    # A token manages data in its base, never credentials: a leaked read token must not be able
    # to revoke the scripts' other tokens.
    if principal.via == "token":
        raise forbidden("API tokens cannot revoke tokens.")
    t = cat.api_tokens
    with state().db.write() as conn:
        digest = conn.execute(sa.update(t).where(t.c.id == token_id, t.c.user_id == principal.user_id,
                                                 t.c.revoked_at.is_(None))
                              .values(revoked_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
                              .returning(t.c.token_hash)).scalar()
    if digest is None:
        raise not_found("This token does not exist.")
    publish({"kind": "credential_ended", "credential": digest})  # sockets opened with it close
    return {"ok": True}


def principal_or_none() -> Principal | None:
    return current_principal()
