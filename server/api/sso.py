"""Single sign-on with OpenID Connect: the log-in page's button, the redirect to the provider and
the way back (server/auth/oidc.py does the protocol). Decision: docs/decisions/0043-groups-and-single-sign-on.md.

Accounts are matched by the provider's verified email. An unknown email gets an account only
when sign-up is open or an invitation to a base waits for that address; a disabled account is
refused; an account with two-factor authentication still gives its code (the log-in page's
second step); the admin's «2FA required» applies to the session as to any other.
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from flask import make_response, redirect, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from marshmallow import Schema, fields, validate

from server.api.auth import set_session
from server.api.routing import route
from server.api.twofactor import set_challenge
from server.auth import oidc
from server.auth.passwords import hash_password
from server.auth.service import get_setting, now
from server.catalog import schema as cat
from server.errors import not_found
from server.state import state
from server.workers import setting

PENDING_COOKIE = "tablo_sso"
PENDING_SECONDS = 600  # ten minutes at the provider, then start again
COOKIE_PATH = "/api/auth/sso"


class StartQuery(Schema):
    next = fields.String(load_default="/", validate=validate.Length(max=2000))


def _signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(state().config.secret_key, salt="tablo-sso")


def _redirect_uri() -> str:
    root = setting("public_url", "") or request.host_url
    return f"{root.rstrip('/')}/api/auth/sso/callback"


def _safe_next(value: Any) -> str:
    # Only a path of this site: never an absolute URL or //host (an open redirect).
    if isinstance(value, str) and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


def _to_login(**query: str) -> Any:
    resp = make_response(redirect("/login?" + urlencode(query), 302))
    resp.delete_cookie(PENDING_COOKIE, path=COOKIE_PATH)
    return resp


@route("/auth/sso", "GET", "Whether single sign-on is set up, and the label of its button", "auth", auth=False)
def sso_info() -> Any:
    cfg = state().config
    return {"enabled": oidc.enabled(cfg), "label": cfg.oidc_label if oidc.enabled(cfg) else ""}


@route("/auth/sso/start", "GET", "Start a single sign-on: redirects to the identity provider", "auth", auth=False,
       query=StartQuery, responses={302: "to the provider (or back to the log-in page with `sso_error`)",
                                    404: "single sign-on is not set up"})
def sso_start(query: dict) -> Any:
    cfg = state().config
    if not oidc.enabled(cfg):
        raise not_found("Single sign-on is not set up on this server.")
    try:
        url, pending = oidc.start(cfg, _redirect_uri())
    except oidc.SsoError as exc:
        return _to_login(sso_error=exc.code)
    resp = make_response(redirect(url, 302))
    value = _signer().dumps({"s": pending.state, "n": pending.nonce, "v": pending.verifier,
                             "next": _safe_next(query["next"])})
    # Lax: the provider sends the browser back with a top-level GET, which carries it.
    resp.set_cookie(PENDING_COOKIE, value, max_age=PENDING_SECONDS, httponly=True, samesite="Lax",
                    secure=cfg.secure_cookies or request.is_secure, path=COOKIE_PATH)
    return resp


def _may_create(conn: sa.Connection, email: str) -> bool:
    if get_setting(conn, "signup_open", state().config.signup_open):
        return True
    i = cat.invitations
    return conn.execute(sa.select(i.c.id).where(i.c.email == email, i.c.accepted_at.is_(None),
                                                i.c.revoked_at.is_(None), i.c.expires_at > now())).first() is not None


def _account(email: str) -> Any:
    """The account of a verified email: found, or made when allowed (SsoError otherwise)."""
    u = cat.users
    with state().db.write() as conn:
        user = conn.execute(sa.select(u).where(u.c.email == email)).first()
        if user is None:
            first = conn.execute(sa.select(sa.func.count()).select_from(u)).scalar_one() == 0
            if not first and not _may_create(conn, email):
                raise oidc.SsoError("no_account")
            # A password nobody knows: this account signs in through the provider (or sets one
            # through «forgot password»).
            conn.execute(sa.insert(u).values(email=email, name=email.split("@")[0][:200], is_admin=first,
                                             password_hash=hash_password(secrets.token_urlsafe(32)),
                                             created_at=now()))
            user = conn.execute(sa.select(u).where(u.c.email == email)).one()
    if user.disabled_at is not None:
        raise oidc.SsoError("account_disabled")
    return user


@route("/auth/sso/callback", "GET", "Where the identity provider sends the browser back; logs in and redirects",
       "auth", auth=False, responses={302: "into the app, to the second factor, or to the log-in page with "
                                           "`sso_error`"})
def sso_callback() -> Any:
    cfg = state().config
    if not oidc.enabled(cfg):
        raise not_found("Single sign-on is not set up on this server.")
    try:
        saved = _signer().loads(request.cookies.get(PENDING_COOKIE, ""), max_age=PENDING_SECONDS)
        pending = oidc.Pending(state=saved["s"], nonce=saved["n"], verifier=saved["v"])
    except (BadSignature, KeyError, TypeError):
        return _to_login(sso_error="bad_state")
    try:
        email = oidc.finish(cfg, _redirect_uri(), pending, request.args.to_dict())
        user = _account(email)
    except oidc.SsoError as exc:
        return _to_login(sso_error=exc.code)
    target = _safe_next(saved.get("next"))
    if user.totp_enabled_at is not None:
        # The provider proved the email; the account's own second factor is still asked for.
        resp = _to_login(sso="two_factor", next=target)
        return set_challenge(resp, user.id)
    resp = make_response(redirect(target, 302))
    resp.delete_cookie(PENDING_COOKIE, path=COOKIE_PATH)
    return set_session(resp, user.id)
