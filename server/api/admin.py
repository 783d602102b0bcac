"""The server admin screen's API: users (search, invite, disable, reset 2FA, make admin) and the
server settings (sign-up open, 2FA required). Decision: docs/decisions/0041-two-factor-and-admin.md.

Every route is `admin=True`: 403 for anyone but a server administrator in a browser session,
API tokens included, before the body is read. The server always keeps one enabled admin.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import smtplib
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.actions.events import publish
from server.api.password_reset import reset_link
from server.api.routing import route
from server.auth import oidc
from server.auth import twofactor as tf
from server.auth.passwords import hash_password
from server.auth.service import Principal, end_credentials, get_setting, normalise_email, now
from server.auth.tokens import hash_secret, new_secret
from server.catalog import schema as cat
from server.errors import ApiError, conflict, not_found
from server.notifications import mail
from server.state import state
from server.workers import setting

log = logging.getLogger(__name__)

INVITE_DAYS = 7
PAGE = 50


class UsersQuery(Schema):
    q = fields.String(load_default="", validate=validate.Length(max=320))
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))
    limit = fields.Integer(load_default=PAGE, validate=validate.Range(min=1, max=200))


class InviteBody(Schema):
    email = fields.String(required=True)
    name = fields.String(load_default="", validate=validate.Length(max=200))
    is_admin = fields.Boolean(load_default=False)


class UserPatch(Schema):
    disabled = fields.Boolean()
    is_admin = fields.Boolean()


class SettingsPatch(Schema):
    signup_open = fields.Boolean()
    require_2fa = fields.Boolean()


def _user_row(u: Any) -> dict[str, Any]:
    return {"id": u.id, "email": u.email, "name": u.name, "is_admin": bool(u.is_admin),
            "disabled": u.disabled_at is not None, "two_factor": u.totp_enabled_at is not None,
            "created_at": u.created_at.strftime("%Y-%m-%dT%H:%M:%SZ")}


def _get_user(conn: sa.Connection, user_id: int) -> Any:
    row = conn.execute(sa.select(cat.users).where(cat.users.c.id == user_id)).first()
    if row is None:
        raise not_found("This user does not exist.")
    return row


def _enabled_admins(conn: sa.Connection) -> int:
    u = cat.users
    return conn.execute(sa.select(sa.func.count()).select_from(u)
                        .where(u.c.is_admin.is_(True), u.c.disabled_at.is_(None))).scalar_one()


@route("/admin/users", "GET", "Users of the server, searched by email or name (admins only)", "admin",
       query=UsersQuery, admin=True)
def list_users(principal: Principal, query: dict) -> Any:
    u = cat.users
    cond = sa.true()
    if query["q"].strip():
        needle = query["q"].strip().lower()
        # lower() ignoring case; the name as typed too, since SQLite's lower() leaves Cyrillic as is.
        cond = sa.or_(sa.func.lower(u.c.email).contains(needle, autoescape=True),
                      sa.func.lower(u.c.name).contains(needle, autoescape=True),
                      u.c.name.contains(query["q"].strip(), autoescape=True))
    with state().db.read() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(u).where(cond)).scalar_one()
        rows = conn.execute(sa.select(u).where(cond).order_by(u.c.email)
                            .offset(query["offset"]).limit(query["limit"])).all()
    return {"users": [_user_row(r) for r in rows], "total": total}


def _invite_text(link: str, inviter: str) -> str:
    return (f"{inviter} has made you an account on Tablo.\n\n"
            f"Choose your password here, within {INVITE_DAYS} days:\n{link}\n\n"
            "The link works once.\n")


@route("/admin/users", "POST",
       "Invite someone: an account is made and a link to choose its password is mailed (and answered, "
       "to hand over when the server has no mail)", "admin", body=InviteBody, admin=True,
       responses={201: "the user and the link", 409: "the email is taken", 422: "not an email"})
def invite_user(principal: Principal, body: dict) -> Any:
    email = normalise_email(body["email"])
    token = new_secret("tr")
    with state().db.write() as conn:
        if conn.execute(sa.select(cat.users.c.id).where(cat.users.c.email == email)).first():
            raise conflict("an account with this email already exists", {"email": ["already registered"]})
        # A password nobody knows: the account is usable once its owner sets one through the link.
        user_id = conn.execute(sa.insert(cat.users).values(
            email=email, name=body["name"].strip() or email.split("@")[0],
            password_hash=hash_password(secrets.token_urlsafe(32)), is_admin=body["is_admin"], created_at=now(),
        ).returning(cat.users.c.id)).scalar_one()
        # The invitation is a password reset link that lasts longer (server/api/password_reset.py).
        conn.execute(sa.insert(cat.password_resets).values(
            user_id=user_id, token_hash=hash_secret(token), created_at=now(),
            expires_at=now() + dt.timedelta(days=INVITE_DAYS)))
        user = _user_row(_get_user(conn, user_id))
    link = reset_link(token)
    mailed = mail.queue_mail(mail.Mail(to=email, subject="Your Tablo account", text=_invite_text(link, principal.name)))
    if not mailed:
        log.info("invited %s without a mail server: the admin hands over the link", email)
    return {"user": user, "invite_link": link, "mailed": bool(mailed)}, 201


@route("/admin/users/{user_id}", "PATCH",
       "Disable or enable an account (a disabled one cannot log in; its sessions, tokens and sockets stop), "
       "make or unmake an admin; the last enabled admin stays", "admin", body=UserPatch, admin=True,
       responses={409: "that would leave the server without an admin"})
def patch_user(principal: Principal, user_id: int, body: dict) -> Any:
    ended: list[str] = []
    u = cat.users
    with state().db.write() as conn:
        row = _get_user(conn, user_id)
        values: dict[str, Any] = {}
        if "disabled" in body:
            values["disabled_at"] = (row.disabled_at or now()) if body["disabled"] else None
        if "is_admin" in body:
            values["is_admin"] = body["is_admin"]
        if values:
            conn.execute(sa.update(u).where(u.c.id == user_id).values(**values))
            if _enabled_admins(conn) == 0:  # rolled back with the transaction
                raise ApiError(409, "last_admin", "The server needs at least one enabled administrator.")
            if body.get("disabled") and row.disabled_at is None:
                ended = end_credentials(conn, user_id)
        user = _user_row(_get_user(conn, user_id))
    for digest in ended:  # their live sockets close
        publish({"kind": "credential_ended", "credential": digest})
    return {"user": user}


@route("/admin/users/{user_id}/reset-2fa", "POST",
       "Turn off an account's two-factor authentication (lost phone and recovery codes); its sessions end",
       "admin", admin=True)
def reset_two_factor(principal: Principal, user_id: int) -> Any:
    with state().db.write() as conn:
        _get_user(conn, user_id)
        tf.turn_off(conn, user_id)
        # Sessions made with the old second factor end too; tokens are not 2FA's business.
        ended = conn.execute(sa.delete(cat.sessions).where(cat.sessions.c.user_id == user_id)
                             .returning(cat.sessions.c.token_hash)).scalars().all()
        user = _user_row(_get_user(conn, user_id))
    for digest in ended:
        publish({"kind": "credential_ended", "credential": digest})
    return {"user": user}


def _settings(conn: sa.Connection) -> dict[str, Any]:
    return {"signup_open": bool(get_setting(conn, "signup_open", state().config.signup_open)),
            "require_2fa": bool(get_setting(conn, "require_2fa", False))}


def _environment() -> dict[str, Any]:
    """What the environment sets and the screen shows: mail (SMTP) and single sign-on. No secrets."""
    cfg = state().config
    return {"mail": {"configured": mail.configured(), "host": setting("smtp_host", "") or None,
                     "from": setting("smtp_from", "tablo@localhost") if mail.configured() else None},
            "sso": {"enabled": oidc.enabled(cfg), "issuer": cfg.oidc_issuer or None,
                    "label": cfg.oidc_label or None}}


@route("/admin/settings", "GET", "Server settings: sign-up open, two-factor authentication required; and, as "
       "the environment sets them, mail and single sign-on", "admin", admin=True)
def get_settings(principal: Principal) -> Any:
    with state().db.read() as conn:
        return {"settings": _settings(conn), **_environment()}


@route("/admin/test-mail", "POST", "Send a test mail to yourself through the configured mail server", "admin",
       admin=True, responses={422: "no mail server is set up", 502: "the mail server refused or is unreachable"})
def test_mail(principal: Principal) -> Any:
    if not mail.configured():
        raise ApiError(422, "invalid", "No mail server is set up (TABLO_SMTP_HOST).", {"mail": ["not configured"]})
    try:  # now, not queued: the admin wants to know whether it works
        mail.send_now(mail.Mail(to=principal.email, subject="Tablo test mail",
                                text="This is a test mail from the Tablo administration screen.\n"))
    except (OSError, smtplib.SMTPException) as exc:
        raise ApiError(502, "mail_failed", f"The mail server did not take the mail: {exc}") from None
    return {"sent_to": principal.email}


@route("/admin/settings", "PATCH", "Change server settings", "admin", body=SettingsPatch, admin=True)
def patch_settings(principal: Principal, body: dict) -> Any:
    s = cat.settings
    with state().db.write() as conn:
        if body.get("require_2fa") and not tf.is_enabled(conn, principal.user_id):
            # Else the admin's own next request would be sent to enrol, settings screen included.
            raise ApiError(422, "invalid", "Turn on two-factor authentication for your own account first.",
                           {"require_2fa": ["turn on your own two-factor authentication first"]})
        for key, value in body.items():
            done = conn.execute(sa.update(s).where(s.c.key == key).values(value=value))
            if done.rowcount == 0:
                conn.execute(sa.insert(s).values(key=key, value=value))
        return {"settings": _settings(conn), **_environment()}
