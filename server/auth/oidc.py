"""OpenID Connect single sign-on: the relying party's side, with Authlib.

Configured by the environment (server.config: TABLO_OIDC_ISSUER, TABLO_OIDC_CLIENT_ID,
TABLO_OIDC_CLIENT_SECRET, TABLO_OIDC_LABEL, TABLO_OIDC_SCOPES); see docs/deployment.md and
docs/decisions/0043-groups-and-single-sign-on.md.

The authorization code flow with PKCE (S256), a `state` and a `nonce`: `start` makes the
provider's URL and the values the callback must see again (kept by the caller in a signed
cookie), `finish` exchanges the code, checks the ID token (RS256/ES256 signature against the
provider's JWKS, issuer, audience, expiry, nonce) and answers the person's verified email.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any

import requests
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from server.config import Config

METADATA_SECONDS = 3600  # the discovery document and keys are read again after an hour
HTTP_TIMEOUT = 10


class SsoError(Exception):
    """Single sign-on did not succeed; `code` is shown to the person (translated by the web app)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


@dataclass
class Pending:
    """What the callback must see again: the state, the nonce and the PKCE verifier."""

    state: str
    nonce: str
    verifier: str


def enabled(cfg: Config) -> bool:
    return bool(cfg.oidc_issuer and cfg.oidc_client_id)


def discovery_url(cfg: Config) -> str:
    issuer = cfg.oidc_issuer.rstrip("/")
    if issuer.endswith("/.well-known/openid-configuration"):
        return issuer
    return issuer + "/.well-known/openid-configuration"


_cache: dict[str, tuple[float, Any]] = {}
_cache_lock = threading.Lock()


def _get_json(url: str) -> Any:
    with _cache_lock:
        hit = _cache.get(url)
        if hit and hit[0] > time.monotonic():
            return hit[1]
    try:
        resp = requests.get(url, timeout=HTTP_TIMEOUT)
        resp.raise_for_status()
        data = resp.json()
    except (requests.RequestException, ValueError) as exc:
        raise SsoError("provider_unreachable", f"{url}: {exc}") from exc
    with _cache_lock:
        _cache[url] = (time.monotonic() + METADATA_SECONDS, data)
    return data


def forget_metadata() -> None:
    """Drop the cached discovery documents and keys (a provider rotated its keys; tests)."""
    with _cache_lock:
        _cache.clear()


def metadata(cfg: Config) -> dict[str, Any]:
    meta = _get_json(discovery_url(cfg))
    needed = ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")
    if not isinstance(meta, dict) or any(not isinstance(meta.get(k), str) for k in needed):
        raise SsoError("provider_unreachable", "the discovery document lacks " + ", ".join(needed))
    return meta


def _client(cfg: Config, redirect_uri: str) -> OAuth2Session:
    return OAuth2Session(cfg.oidc_client_id, cfg.oidc_client_secret or None, scope=cfg.oidc_scopes,
                         redirect_uri=redirect_uri, code_challenge_method="S256",
                         token_endpoint_auth_method="client_secret_basic" if cfg.oidc_client_secret else "none")


def start(cfg: Config, redirect_uri: str) -> tuple[str, Pending]:
    """The provider's authorization URL to send the browser to, and what the callback checks."""
    meta = metadata(cfg)
    pending = Pending(state=secrets.token_urlsafe(24), nonce=secrets.token_urlsafe(24),
                      verifier=generate_token(48))
    with _client(cfg, redirect_uri) as client:
        url, _ = client.create_authorization_url(meta["authorization_endpoint"], state=pending.state,
                                                 nonce=pending.nonce, code_verifier=pending.verifier)
    return url, pending


def finish(cfg: Config, redirect_uri: str, pending: Pending, args: dict[str, str]) -> str:
    """The verified, lower-cased email of the person the provider sent back (SsoError otherwise)."""
    if args.get("error"):
        raise SsoError("provider_refused", args.get("error_description") or args["error"])
    if not args.get("state") or not secrets.compare_digest(args["state"], pending.state):
        raise SsoError("bad_state", "the state does not match the log-in this browser started")
    if not args.get("code"):
        raise SsoError("provider_refused", "no code")
    meta = metadata(cfg)
    with _client(cfg, redirect_uri) as client:
        try:
            token = client.fetch_token(meta["token_endpoint"], code=args["code"], code_verifier=pending.verifier,
                                       timeout=HTTP_TIMEOUT)
        except Exception as exc:  # requests' and authlib's errors alike: the exchange failed
            raise SsoError("provider_refused", f"token exchange: {exc}") from exc
        claims = _id_token_claims(cfg, meta, token.get("id_token"), pending.nonce)
        email, verified = claims.get("email"), claims.get("email_verified")
        if not email and meta.get("userinfo_endpoint"):
            try:
                info = client.get(meta["userinfo_endpoint"], timeout=HTTP_TIMEOUT).json()
            except (requests.RequestException, ValueError) as exc:
                raise SsoError("provider_unreachable", f"userinfo: {exc}") from exc
            if not isinstance(info, dict) or info.get("sub") != claims.get("sub"):
                raise SsoError("bad_token", "userinfo is about someone else")
            email, verified = info.get("email"), info.get("email_verified")
    if not isinstance(email, str) or not email.strip():
        raise SsoError("no_email", "the provider gave no email")
    if verified is False:  # a provider that says the address is unverified: not proof of the mailbox
        raise SsoError("email_unverified")
    return email.strip().lower()


def _id_token_claims(cfg: Config, meta: dict[str, Any], id_token: Any, nonce: str) -> dict[str, Any]:
    if not isinstance(id_token, str):
        raise SsoError("bad_token", "no ID token")
    keys = KeySet.import_key_set(_get_json(meta["jwks_uri"]))
    try:
        token = jwt.decode(id_token, keys, algorithms=["RS256", "ES256", "PS256"])
        jwt.JWTClaimsRegistry(
            iss={"essential": True, "value": meta["issuer"]},
            aud={"essential": True, "value": cfg.oidc_client_id},
            sub={"essential": True}, exp={"essential": True},
            nonce={"essential": True, "value": nonce},
            leeway=60,
        ).validate(token.claims)
    except (JoseError, ValueError) as exc:
        raise SsoError("bad_token", f"ID token: {exc}") from exc
    return token.claims
