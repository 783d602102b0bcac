"""Account operations: sign-up, log-in with rate limits, sessions, API tokens, membership."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.auth.passwords import (
    DUMMY_HASH,
    MAX_LENGTH,
    MIN_LENGTH,
    hash_password,
    password_problem,
    verify_password,
)
from server.auth.tokens import hash_secret, new_secret
from server.catalog import schema as cat
from server.catalog.roles import role_of
from server.errors import ApiError, conflict, forbidden, invalid

EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class Principal:
    """Who is asking: a user, and, for token calls, the one base and access the token allows."""

    user_id: int
    email: str
    name: str
    is_admin: bool
    token_base_id: int | None = None
    token_access: str | None = None
    via: str = "session"
    # The hash of the session or token secret that proved who this is: a live socket re-checks
    # it, so signing out or revoking the token closes sockets opened with it.
    credential: str | None = None
    # Whether the account has two-factor authentication on: when the admin requires it, a session
    # without it reaches only the enrolment endpoints (server.api.routing.require_principal).
    two_factor: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"id": self.user_id, "email": self.email, "name": self.name, "is_admin": self.is_admin}


def normalise_email(email: Any) -> str:
    if not isinstance(email, str) or not EMAIL_RE.match(email.strip()):
        raise invalid("enter a valid email address", {"email": ["not a valid email address"]})
    return email.strip().lower()


def check_password_rules(password: Any, field: str = "password") -> str:
    """A password someone chooses (sign-up, change, reset): 422 naming `field` when it breaks
    the rules of server.auth.passwords."""
    problem = password_problem(password) if isinstance(password, str) else "too short"
    if problem == "too short":
        raise invalid(f"the password needs at least {MIN_LENGTH} characters, not counting spaces",
                      {field: ["too short"]})
    if problem == "too long":
        raise invalid(f"the password may have at most {MAX_LENGTH} characters", {field: ["too long"]})
    if problem == "too common":
        raise invalid("this password is one of the most common ones; choose another", {field: ["too common"]})
    return password


def get_setting(conn: Connection, key: str, default: Any = None) -> Any:
    val = conn.execute(sa.select(cat.settings.c.value).where(cat.settings.c.key == key)).scalar()
    return default if val is None else val


def create_user(conn: Connection, email: str, password: str, name: str = "", is_admin: bool = False) -> int:
    email = normalise_email(email)
    check_password_rules(password)
    if conn.execute(sa.select(cat.users.c.id).where(cat.users.c.email == email)).first():
        raise conflict("an account with this email already exists", {"email": ["already registered"]})
    return conn.execute(sa.insert(cat.users).values(
        email=email, name=(name or "").strip()[:200] or email.split("@")[0], password_hash=hash_password(password),
        is_admin=is_admin, created_at=now()).returning(cat.users.c.id)).scalar_one()


def signup(conn: Connection, email: str, password: str, name: str, signup_open: bool) -> int:
    first = conn.execute(sa.select(sa.func.count()).select_from(cat.users)).scalar_one() == 0
    if not first and not get_setting(conn, "signup_open", signup_open):
        raise forbidden("Sign-up is by invitation only on this server.")
    return create_user(conn, email, password, name, is_admin=first)


class LoginRateLimited(ApiError):
    """429 for log-in attempts, saying in how many seconds the next one is allowed."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(429, "rate_limited",
                         f"Too many failed log-in attempts. Try again in {retry_after} s.")
        self.retry_after = retry_after

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        out["error"]["retry_after"] = self.retry_after
        return out


def check_login(conn: Connection, email: Any, password: Any, ip: str, limit: int, window_s: int) -> int:
    email_n = email.strip().lower() if isinstance(email, str) else ""
    since = now() - dt.timedelta(seconds=window_s)
    la = cat.login_attempts
    failed_email = conn.execute(sa.select(sa.func.count()).select_from(la).where(
        la.c.email == email_n, la.c.at >= since, la.c.ok.is_(False))).scalar_one()
    failed_ip = conn.execute(sa.select(sa.func.count()).select_from(la).where(
        la.c.ip == ip, la.c.at >= since, la.c.ok.is_(False))).scalar_one()
    if failed_email >= limit or failed_ip >= limit * 5:
        waits = [0]
        for col, value, count, cap in ((la.c.email, email_n, failed_email, limit), (la.c.ip, ip, failed_ip, limit * 5)):
            if count >= cap:
                # Allowed again when the attempt that keeps the count at the cap leaves the window.
                at = conn.execute(sa.select(la.c.at).where(col == value, la.c.at >= since, la.c.ok.is_(False))
                                  .order_by(la.c.at).offset(count - cap).limit(1)).scalar_one()
                waits.append(math.ceil((at - since).total_seconds()))
        raise LoginRateLimited(max(1, *waits))
    user = conn.execute(sa.select(cat.users).where(cat.users.c.email == email_n)).first()
    ok = bool(user) and isinstance(password, str) and verify_password(user.password_hash, password)
    if not user:
        verify_password(DUMMY_HASH, password if isinstance(password, str) else "")
    conn.execute(sa.insert(la).values(email=email_n[:320], ip=ip[:64], at=now(), ok=ok))
    if not ok:
        raise ApiError(401, "bad_credentials", "The email or password is wrong.")
    if user.disabled_at is not None:
        # Said only after the right password, so it tells nothing to someone guessing.
        raise ApiError(403, "account_disabled", "This account has been disabled by an administrator.")
    return user.id


def create_session(conn: Connection, user_id: int, days: int) -> str:
    secret = new_secret("ts")
    conn.execute(sa.insert(cat.sessions).values(token_hash=hash_secret(secret), user_id=user_id, created_at=now(),
                                                expires_at=now() + dt.timedelta(days=days)))
    return secret


def end_session(conn: Connection, secret: str) -> None:
    conn.execute(sa.delete(cat.sessions).where(cat.sessions.c.token_hash == hash_secret(secret)))


def _principal(user: Any, **kw: Any) -> Principal:
    return Principal(user_id=user.id, email=user.email, name=user.name, is_admin=bool(user.is_admin),
                     two_factor=user.totp_enabled_at is not None, **kw)


def principal_from_session(conn: Connection, secret: str) -> Principal | None:
    s, u = cat.sessions, cat.users
    digest = hash_secret(secret)
    row = conn.execute(sa.select(u).join(s, s.c.user_id == u.c.id)
                       .where(s.c.token_hash == digest, s.c.expires_at > now(), u.c.disabled_at.is_(None))).first()
    return _principal(row, credential=digest) if row else None


def principal_from_token(conn: Connection, secret: str) -> Principal | None:
    t, u = cat.api_tokens, cat.users
    digest = hash_secret(secret)
    row = conn.execute(sa.select(u, t.c.base_id.label("t_base"), t.c.access.label("t_access"))
                       .join(t, t.c.user_id == u.c.id)
                       .where(t.c.token_hash == digest, t.c.revoked_at.is_(None), u.c.disabled_at.is_(None))).first()
    if not row:
        return None
    return _principal(row, token_base_id=row.t_base, token_access=row.t_access, via="token", credential=digest)


def credential_valid(conn: Connection, principal: Principal) -> bool:
    """Whether the session or token a principal was built from still holds (not signed out,
    expired or revoked). Principals made without a credential (tests, scripts) always hold."""
    if principal.credential is None:
        return True
    u = cat.users
    if principal.via == "token":
        t = cat.api_tokens
        return conn.execute(sa.select(t.c.id).join(u, u.c.id == t.c.user_id).where(
            t.c.token_hash == principal.credential, t.c.revoked_at.is_(None), u.c.disabled_at.is_(None))
        ).first() is not None
    s = cat.sessions
    return conn.execute(sa.select(s.c.user_id).join(u, u.c.id == s.c.user_id).where(
        s.c.token_hash == principal.credential, s.c.expires_at > now(), u.c.disabled_at.is_(None))
    ).first() is not None


def end_credentials(conn: Connection, user_id: int) -> list[str]:
    """End every session and log-in challenge of an account; answers the hashes of its sessions and
    live tokens, for closing their sockets (tokens are not revoked: they stop working while the
    account is disabled, and work again if it is enabled)."""
    ended = conn.execute(sa.delete(cat.sessions).where(cat.sessions.c.user_id == user_id)
                         .returning(cat.sessions.c.token_hash)).scalars().all()
    conn.execute(sa.delete(cat.login_challenges).where(cat.login_challenges.c.user_id == user_id))
    t = cat.api_tokens
    tokens = conn.execute(sa.select(t.c.token_hash).where(t.c.user_id == user_id, t.c.revoked_at.is_(None))
                          ).scalars().all()
    return [*ended, *tokens]


def create_token(conn: Connection, user_id: int, base_id: int, access: str, name: str) -> tuple[int, str]:
    secret = new_secret("tt")
    token_id = conn.execute(sa.insert(cat.api_tokens).values(
        token_hash=hash_secret(secret), prefix=secret[:10], user_id=user_id, base_id=base_id, access=access,
        name=name, created_at=now()).returning(cat.api_tokens.c.id)).scalar_one()
    return token_id, secret


def role_in_base(conn: Connection, principal: Principal, base_id: int) -> str | None:
    """The caller's effective role in a base, or None when it is not theirs to see."""
    if principal.token_base_id is not None and principal.token_base_id != base_id:
        return None
    live = conn.execute(sa.select(cat.bases.c.id).where(cat.bases.c.id == base_id,
                                                        cat.bases.c.deleted_at.is_(None))).first()
    role = role_of(conn, base_id, principal.user_id) if live else None
    if role is None:
        return None
    if principal.token_access == "read":
        return "viewer"
    return role
