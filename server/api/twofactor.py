"""Two-factor authentication endpoints: enrol, confirm, turn off, and the log-in's second step.

Decision: docs/decisions/0041-two-factor-and-admin.md; the checks are in server.auth.twofactor.
Log-in with 2FA on is two requests: `POST /api/auth/login` with the right password answers
`{"two_factor_required": true}` and sets only the `tablo_2fa` cookie (a log-in challenge, valid
for CHALLENGE_MINUTES, that opens no endpoint but the next one); `POST /api/auth/login/2fa`
with a code from the app or a recovery code turns it into a session.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from flask import jsonify, make_response, request
from marshmallow import Schema, fields, validate

from server.api.routing import route
from server.auth import twofactor as tf
from server.auth.passwords import verify_password
from server.auth.service import Principal, now
from server.auth.tokens import hash_secret, new_secret
from server.catalog import schema as cat
from server.errors import ApiError, forbidden, invalid
from server.state import state

CHALLENGE_COOKIE = "tablo_2fa"
CHALLENGE_MINUTES = 10


class CodeBody(Schema):
    code = fields.String(required=True, validate=validate.Length(min=1, max=20))


class DisableBody(Schema):
    password = fields.String(required=True)
    code = fields.String(required=True, validate=validate.Length(min=1, max=40))


class SecondStepBody(Schema):
    code = fields.String(validate=validate.Length(min=1, max=20))
    recovery_code = fields.String(validate=validate.Length(min=1, max=40))


def _no_tokens(principal: Principal) -> None:
    if principal.via == "token":
        raise forbidden("API tokens cannot change two-factor authentication.")


def _checked(user_id: int, check: Any) -> None:
    """Run one code check under the rate limit; the attempt is recorded (and committed) whether
    or not it passed, so wrong codes count even though the request fails."""
    with state().db.write() as conn:
        tf.check_rate(conn, user_id)
        ok = bool(check(conn))
        tf.record_attempt(conn, user_id, ok)
    if not ok:
        raise tf.bad_code()


@route("/me/2fa", "GET", "Whether two-factor authentication is on, and how many recovery codes are left", "auth")
def status_view(principal: Principal) -> Any:
    _no_tokens(principal)
    with state().db.read() as conn:
        on = tf.is_enabled(conn, principal.user_id)
        left = tf.recovery_codes_left(conn, principal.user_id) if on else 0
    return {"enabled": on, "recovery_codes_left": left}


@route("/me/2fa/setup", "POST",
       "Start enrolling: a new TOTP secret, its otpauth URI and a QR code (SVG data URI); not on until confirmed",
       "auth", responses={409: "two-factor authentication is already on"})
def setup_view(principal: Principal) -> Any:
    _no_tokens(principal)
    with state().db.write() as conn:
        secret = tf.start_enrolment(conn, principal.user_id)
    uri = tf.otpauth_uri(secret, principal.email)
    return {"secret": secret, "otpauth_uri": uri, "qr_svg": tf.qr_svg_data_uri(uri)}


@route("/me/2fa/enable", "POST",
       "Confirm enrolment with a code from the app: 2FA is on; answers the ten recovery codes, shown only now",
       "auth", body=CodeBody, responses={409: "no enrolment started", 422: "wrong code", 429: "too many wrong codes"})
def enable_view(principal: Principal, body: dict) -> Any:
    _no_tokens(principal)
    u = cat.users
    with state().db.read() as conn:
        row = conn.execute(sa.select(u.c.totp_secret, u.c.totp_enabled_at).where(u.c.id == principal.user_id)).one()
    if row.totp_enabled_at is not None:
        raise ApiError(409, "conflict", "Two-factor authentication is already on.")
    if not row.totp_secret:
        raise ApiError(409, "conflict", "Start enrolling first (POST /api/me/2fa/setup).")
    _checked(principal.user_id, lambda conn: tf.verify_totp(conn, principal.user_id, body["code"]))
    with state().db.write() as conn:
        conn.execute(sa.update(u).where(u.c.id == principal.user_id).values(totp_enabled_at=now()))
        codes = tf.new_recovery_codes(conn, principal.user_id)
    return {"enabled": True, "recovery_codes": codes}


@route("/me/2fa/disable", "POST", "Turn two-factor authentication off, with the password and a code (or a recovery code)",
       "auth", body=DisableBody, responses={422: "wrong password or code", 429: "too many wrong codes"})
def disable_view(principal: Principal, body: dict) -> Any:
    _no_tokens(principal)
    uid = principal.user_id
    with state().db.read() as conn:
        stored = conn.execute(sa.select(cat.users.c.password_hash).where(cat.users.c.id == uid)).scalar_one()
        on = tf.is_enabled(conn, uid)
    if not on:
        raise ApiError(409, "conflict", "Two-factor authentication is not on.")
    if not verify_password(stored, body["password"]):
        raise ApiError(422, "bad_credentials", "The password is wrong.", {"password": ["wrong password"]})
    _checked(uid, lambda conn: tf.verify_totp(conn, uid, body["code"]) or tf.use_recovery_code(conn, uid, body["code"]))
    with state().db.write() as conn:
        tf.turn_off(conn, uid)
    return {"enabled": False}


# -- the log-in's second step -------------------------------------------------------------------------
def start_challenge(payload: dict, user_id: int) -> Any:
    """The answer to a right password for an account with 2FA: the challenge cookie, no session."""
    return set_challenge(make_response(jsonify(payload)), user_id)


def set_challenge(resp: Any, user_id: int) -> Any:
    """Start a log-in that waits for the second factor: a challenge row and its cookie on `resp`
    (after a right password, or a single sign-on)."""
    secret = new_secret("tc")
    with state().db.write() as conn:
        conn.execute(sa.delete(cat.login_challenges).where(cat.login_challenges.c.expires_at <= now()))
        conn.execute(sa.insert(cat.login_challenges).values(
            token_hash=hash_secret(secret), user_id=user_id, created_at=now(),
            expires_at=now() + dt.timedelta(minutes=CHALLENGE_MINUTES)))
    resp.set_cookie(CHALLENGE_COOKIE, secret, max_age=CHALLENGE_MINUTES * 60, httponly=True, samesite="Lax",
                    secure=state().config.secure_cookies or request.is_secure, path="/api/auth")
    return resp


@route("/auth/login/2fa", "POST",
       "Second step of log-in: a code from the authenticator app (`code`) or a recovery code (`recovery_code`)",
       "auth", body=SecondStepBody, auth=False,
       responses={401: "no log-in waiting for a code (expired or never started)", 422: "wrong code",
                  429: "too many wrong codes"})
def second_step_view(body: dict) -> Any:
    from server.api.auth import _user_json, _with_session

    if ("code" in body) == ("recovery_code" in body):
        raise invalid("send either a code or a recovery code", {"code": ["send code or recovery_code"]})
    secret = request.cookies.get(CHALLENGE_COOKIE)
    lc = cat.login_challenges
    with state().db.read() as conn:
        row = conn.execute(sa.select(lc.c.id, lc.c.user_id).where(
            lc.c.token_hash == hash_secret(secret or ""), lc.c.expires_at > now())).first() if secret else None
    if row is None:
        raise ApiError(401, "no_challenge", "Log in with your password first (or again: the step has expired).")
    uid = row.user_id
    if "code" in body:
        _checked(uid, lambda conn: tf.verify_totp(conn, uid, body["code"]))
    else:
        try:
            _checked(uid, lambda conn: tf.use_recovery_code(conn, uid, body["recovery_code"]))
        except ApiError as exc:
            if exc.code == "bad_code":
                raise tf.bad_code("recovery_code") from None
            raise
    with state().db.write() as conn:
        # The challenge is spent: one second step makes one session.
        if conn.execute(sa.delete(lc).where(lc.c.id == row.id)).rowcount != 1:
            raise ApiError(401, "no_challenge", "Log in with your password first.")
        user = _user_json(conn, uid)
    resp = _with_session({"user": user}, uid)
    resp.delete_cookie(CHALLENGE_COOKIE, path="/api/auth")
    return resp
