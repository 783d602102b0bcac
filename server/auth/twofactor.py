"""Two-factor authentication with TOTP (RFC 6238, authenticator apps) and recovery codes.

Decision: docs/decisions/0041-two-factor-and-admin.md. The secret is made at enrolment and
counts only once a code from the app confirms it. Codes are checked for the current 30-second
step and one step either side (clocks drift), and each step is accepted once per account
(`users.totp_last_step`), so a code seen over a shoulder cannot be replayed. Ten recovery codes
are made when 2FA is turned on, shown once and stored as hashes; each works once. Failed code
attempts are counted per account (`second_factor_attempts`): past the limit, 429 until the
oldest leaves the window.
"""

from __future__ import annotations

import datetime as dt
import math
import secrets
import time
from typing import Any

import pyotp
import segno
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.auth.service import now
from server.auth.tokens import hash_secret
from server.catalog import schema as cat
from server.errors import ApiError

ISSUER = "Tablo"
RECOVERY_CODES = 10
STEP_SECONDS = 30
# Failed second-factor attempts per account in the window: a 6-digit code has a million values,
# so 5 tries per 5 minutes leave a guesser about one chance in 200,000 per window.
MAX_FAILURES = 5
WINDOW_SECONDS = 300
# Letters and digits that cannot be mistaken for each other when typed from paper.
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def unix_time() -> float:
    """The time codes are checked at (a function so tests fix it, as pyotp's `for_time`)."""
    return time.time()


class SecondFactorRateLimited(ApiError):
    """429 for second-factor codes, saying in how many seconds the next try is allowed."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(429, "rate_limited", f"Too many wrong codes. Try again in {retry_after} s.")
        self.retry_after = retry_after

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        out["error"]["retry_after"] = self.retry_after
        return out


def bad_code(field: str = "code") -> ApiError:
    return ApiError(422, "bad_code", "The code is wrong or has already been used.", {field: ["wrong code"]})


def otpauth_uri(secret: str, email: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER)


def qr_svg_data_uri(uri: str) -> str:
    """The otpauth URI as a QR code, an SVG `data:` URI the web app shows as an image."""
    return segno.make(uri, error="m").svg_data_uri(scale=5, border=2)


def start_enrolment(conn: Connection, user_id: int) -> str:
    """A new secret for an account without 2FA (replacing an unconfirmed one)."""
    u = cat.users
    enabled = conn.execute(sa.select(u.c.totp_enabled_at).where(u.c.id == user_id)).scalar()
    if enabled is not None:
        raise ApiError(409, "conflict", "Two-factor authentication is already on; turn it off first.")
    secret = pyotp.random_base32()
    conn.execute(sa.update(u).where(u.c.id == user_id).values(totp_secret=secret, totp_last_step=None))
    return secret


def check_rate(conn: Connection, user_id: int) -> None:
    """429 when the account has had MAX_FAILURES wrong codes within the window."""
    a = cat.second_factor_attempts
    since = now() - dt.timedelta(seconds=WINDOW_SECONDS)
    failed = conn.execute(sa.select(a.c.at).where(a.c.user_id == user_id, a.c.at >= since, a.c.ok.is_(False))
                          .order_by(a.c.at)).scalars().all()
    if len(failed) >= MAX_FAILURES:
        # Allowed again when the failure that keeps the count at the limit leaves the window.
        oldest = failed[len(failed) - MAX_FAILURES]
        raise SecondFactorRateLimited(max(1, math.ceil((oldest - since).total_seconds())))


def record_attempt(conn: Connection, user_id: int, ok: bool) -> None:
    conn.execute(sa.insert(cat.second_factor_attempts).values(user_id=user_id, at=now(), ok=ok))


def _matching_step(secret: str, code: str, at: float) -> int | None:
    """The 30-second step (now, or one either side) whose code this is, else None."""
    totp = pyotp.TOTP(secret)
    step = int(at // STEP_SECONDS)
    for s in (step, step - 1, step + 1):
        if secrets.compare_digest(totp.at(s * STEP_SECONDS), code):
            return s
    return None


def _normal_code(code: Any) -> str:
    return "".join(code.split()) if isinstance(code, str) else ""


def verify_totp(conn: Connection, user_id: int, code: Any) -> bool:
    """Whether `code` is the account's current TOTP code not used before; remembers its step."""
    u = cat.users
    row = conn.execute(sa.select(u.c.totp_secret, u.c.totp_last_step).where(u.c.id == user_id)).first()
    code = _normal_code(code)
    if row is None or not row.totp_secret or not (len(code) == 6 and code.isdigit()):
        return False
    step = _matching_step(row.totp_secret, code, unix_time())
    if step is None or (row.totp_last_step is not None and step <= row.totp_last_step):
        return False
    # Conditional on the step read, so two requests racing with one code cannot both pass.
    cond = u.c.totp_last_step.is_(None) if row.totp_last_step is None else u.c.totp_last_step == row.totp_last_step
    done = conn.execute(sa.update(u).where(u.c.id == user_id, cond).values(totp_last_step=step))
    return done.rowcount == 1


def _normal_recovery(code: Any) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum()) if isinstance(code, str) else ""


def use_recovery_code(conn: Connection, user_id: int, code: Any) -> bool:
    """Whether `code` is one of the account's unused recovery codes; it is used up if so."""
    plain = _normal_recovery(code)
    if not plain:
        return False
    rc = cat.recovery_codes
    done = conn.execute(sa.update(rc).where(rc.c.user_id == user_id, rc.c.code_hash == hash_secret(plain),
                                            rc.c.used_at.is_(None)).values(used_at=now()))
    return done.rowcount == 1


def new_recovery_codes(conn: Connection, user_id: int) -> list[str]:
    """Ten fresh codes (the old ones stop working), as shown to the user: `xxxxx-xxxxx`."""
    rc = cat.recovery_codes
    conn.execute(sa.delete(rc).where(rc.c.user_id == user_id))
    codes = []
    for _ in range(RECOVERY_CODES):
        plain = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10))
        codes.append(f"{plain[:5]}-{plain[5:]}")
        conn.execute(sa.insert(rc).values(user_id=user_id, code_hash=hash_secret(plain), created_at=now()))
    return codes


def recovery_codes_left(conn: Connection, user_id: int) -> int:
    rc = cat.recovery_codes
    return conn.execute(sa.select(sa.func.count()).select_from(rc)
                        .where(rc.c.user_id == user_id, rc.c.used_at.is_(None))).scalar_one()


def turn_off(conn: Connection, user_id: int) -> None:
    """2FA off: the secret, its last step and the recovery codes go."""
    conn.execute(sa.update(cat.users).where(cat.users.c.id == user_id)
                 .values(totp_secret=None, totp_enabled_at=None, totp_last_step=None))
    conn.execute(sa.delete(cat.recovery_codes).where(cat.recovery_codes.c.user_id == user_id))


def is_enabled(conn: Connection, user_id: int) -> bool:
    u = cat.users
    return conn.execute(sa.select(u.c.totp_enabled_at).where(u.c.id == user_id)).scalar() is not None
