"""Password reset by email: a one-time link that expires (docs/decisions/0029-account-security.md).

`POST /api/auth/password-reset {email}` answers the same whether or not an account has that
address, so it tells no one which addresses are registered; when one has, a link is mailed
through the server's SMTP settings. The link's secret is stored only as a hash, works once,
for RESET_MINUTES, and only the newest link of an account works. Setting the new password ends
every session of the account (its live sockets close) and logs this browser in.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import sqlalchemy as sa
from flask import request
from marshmallow import Schema, fields

from server.actions.events import publish
from server.api.routing import route
from server.auth.passwords import hash_password
from server.auth.service import check_password_rules, normalise_email, now
from server.auth.tokens import hash_secret, new_secret
from server.catalog import schema as cat
from server.errors import ApiError, not_found
from server.notifications import mail
from server.state import state
from server.workers import setting

log = logging.getLogger(__name__)

RESET_MINUTES = 60
# Links mailed to one account per hour, at most: more requests get the same answer and no mail,
# so the form cannot be used to flood someone's inbox.
MAX_PER_HOUR = 3


class ResetRequestBody(Schema):
    email = fields.String(required=True)


class ResetBody(Schema):
    password = fields.String(required=True)


def reset_link(token: str) -> str:
    root = setting("public_url", "") or request.host_url
    return f"{root.rstrip('/')}/reset-password/{token}"


def _mail_text(link: str) -> str:
    return ("Someone (we hope you) asked to reset the password of your Tablo account.\n\n"
            f"Choose a new password here, within {RESET_MINUTES} minutes:\n{link}\n\n"
            "The link works once. If you did not ask for it, ignore this message: your password "
            "stays as it is.\n")


@route("/auth/password-reset", "POST",
       "Ask for a password reset link by email; the same answer whether or not the address has an account",
       "auth", body=ResetRequestBody, auth=False, responses={202: "done (a link is mailed if the account exists)"})
def request_reset(body: dict) -> Any:
    email = normalise_email(body["email"])
    pr = cat.password_resets
    token: str | None = None
    with state().db.write() as conn:
        user_id = conn.execute(sa.select(cat.users.c.id).where(cat.users.c.email == email)).scalar()
        if user_id is not None:
            t = now()
            recent = conn.execute(sa.select(sa.func.count()).select_from(pr).where(
                pr.c.user_id == user_id, pr.c.created_at > t - dt.timedelta(hours=1))).scalar_one()
            if recent < MAX_PER_HOUR:
                token = new_secret("tr")
                conn.execute(sa.insert(pr).values(user_id=user_id, token_hash=hash_secret(token), created_at=t,
                                                  expires_at=t + dt.timedelta(minutes=RESET_MINUTES)))
    if token is not None and not mail.queue_mail(mail.Mail(to=email, subject="Reset your Tablo password",
                                                           text=_mail_text(reset_link(token)))):
        log.warning("password reset asked for an account, but no mail server is set up (TABLO_SMTP_HOST)")
    return {"ok": True}, 202


def _open_reset(conn: sa.Connection, token: str) -> Any:
    """The reset a link stands for, if it may still be used: the account's newest, unused, unexpired."""
    pr, u = cat.password_resets, cat.users
    row = conn.execute(sa.select(pr, u.c.email).join(u, u.c.id == pr.c.user_id)
                       .where(pr.c.token_hash == hash_secret(token))).first()
    if row is None:
        raise not_found("This password reset link does not exist.")
    newest = conn.execute(sa.select(sa.func.max(pr.c.id)).where(pr.c.user_id == row.user_id)).scalar_one()
    if row.used_at is not None or row.id != newest:
        raise ApiError(410, "reset_used", "This link has been used or replaced by a newer one; ask for a new one.")
    if row.expires_at <= now():
        raise ApiError(410, "reset_expired", "This link has expired; ask for a new one.")
    return row


@route("/auth/password-reset/{token}", "GET", "Whether a reset link still works, and for which address", "auth",
       auth=False, responses={404: "no such link", 410: "used, replaced or expired"})
def show_reset(token: str) -> Any:
    with state().db.read() as conn:
        row = _open_reset(conn, token)
    return {"email": row.email, "expires_at": row.expires_at.strftime("%Y-%m-%dT%H:%M:%SZ")}


@route("/auth/password-reset/{token}", "POST",
       "Set a new password with a reset link (once); ends every session of the account and logs in",
       "auth", body=ResetBody, auth=False,
       responses={200: "the user, with a new session cookie", 404: "no such link", 410: "used, replaced or expired",
                  422: "a password that breaks the rules"})
def reset_password(token: str, body: dict) -> Any:
    from server.api.auth import _user_json, _with_session

    check_password_rules(body["password"], "password")
    pr = cat.password_resets
    with state().db.write() as conn:
        row = _open_reset(conn, token)
        used = conn.execute(sa.update(pr).where(pr.c.id == row.id, pr.c.used_at.is_(None)).values(used_at=now()))
        if used.rowcount != 1:  # another request used it in the meantime
            raise ApiError(410, "reset_used", "This link has been used; ask for a new one.")
        conn.execute(sa.update(cat.users).where(cat.users.c.id == row.user_id)
                     .values(password_hash=hash_password(body["password"])))
        # Whoever knew the old password is signed out everywhere.
        ended = conn.execute(sa.delete(cat.sessions).where(cat.sessions.c.user_id == row.user_id)
                             .returning(cat.sessions.c.token_hash)).scalars().all()
        user = _user_json(conn, row.user_id)
    for digest in ended:
        publish({"kind": "credential_ended", "credential": digest})
    return _with_session({"user": user}, row.user_id)
