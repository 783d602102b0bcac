"""Base access tokens for the SeaTable-compatible API.

SeaTable clients trade an API token for a short-lived "access token" (a JWT on SeaTable)
and send that on every later call. Ours is a signed, expiring, opaque string: the API
token's id, the base, the user and the expiry, HMAC-SHA256-signed with the server's secret
key. Nothing is stored: the API token it came from is re-checked on every call, so revoking
that token also ends every access token made from it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

PREFIX = "tsa"
# SeaTable's access tokens live 3 days and the client assumes so; ours follow by default.
DEFAULT_LIFETIME_S = 3 * 86400


def lifetime_seconds() -> int:
    raw = os.environ.get("TABLO_SEATABLE_TOKEN_SECONDS", "")
    try:
        value = int(raw) if raw.strip() else DEFAULT_LIFETIME_S
    except ValueError:
        value = DEFAULT_LIFETIME_S
    return max(value, 1)


@dataclass(frozen=True)
class AccessClaims:
    token_id: int
    base_id: int
    user_id: int
    expires_at: int


class TokenInvalid(Exception):
    """Not one of our access tokens (malformed, or signed with another key)."""


class TokenExpired(Exception):
    """Ours, but past its lifetime."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: str, body: str) -> str:
    # A purpose string keeps these signatures from ever matching another use of the key.
    return _b64(hmac.new(secret.encode(), f"seatable-access:{body}".encode(), hashlib.sha256).digest())


def make_access_token(secret: str, token_id: int, base_id: int, user_id: int, *,
                      issued_at: float | None = None, lifetime: int | None = None) -> tuple[str, int]:
    """A signed access token and its expiry (epoch seconds)."""
    now = time.time() if issued_at is None else issued_at
    exp = int(now) + (lifetime_seconds() if lifetime is None else lifetime)
    body = _b64(json.dumps({"k": token_id, "b": base_id, "u": user_id, "e": exp}, separators=(",", ":")).encode())
    return f"{PREFIX}.{body}.{_sign(secret, body)}", exp


def read_access_token(secret: str, token: str, now: float | None = None) -> AccessClaims:
    """Check the signature, then the expiry. Raises TokenInvalid or TokenExpired."""
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise TokenInvalid("not an access token")
    body, sig = parts[1], parts[2]
    if not hmac.compare_digest(_sign(secret, body), sig):
        raise TokenInvalid("bad signature")
    try:
        data = json.loads(_unb64(body))
        claims = AccessClaims(int(data["k"]), int(data["b"]), int(data["u"]), int(data["e"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise TokenInvalid("malformed") from exc
    if claims.expires_at <= (time.time() if now is None else now):
        raise TokenExpired()
    return claims
