"""A small OpenID Connect provider for tests: discovery, authorize, token, JWKS and userinfo, with
a real RS256 key (joserfc, which Authlib uses), served over real HTTP on 127.0.0.1.

`authorize` does not ask anyone: it signs in `provider.user` (set by the test) at once and sends
the browser back with a code, as a provider does after its own log-in page. The token endpoint
checks the client's id and secret, the code, the redirect URI and the PKCE verifier.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from typing import Any
from urllib.parse import urlencode

from flask import Flask, jsonify, redirect, request
from joserfc import jwt
from joserfc.jwk import RSAKey
from werkzeug.serving import make_server

CLIENT_ID = "tablo-test"
CLIENT_SECRET = "tablo-test-secret"


class Provider:
    """Start with `start()`, stop with `stop()`; `issuer` is its URL."""

    def __init__(self) -> None:
        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-key", "use": "sig", "alg": "RS256"},
                                       private=True)
        self.user: dict[str, Any] = {"sub": "u-1", "email": "sso.user@example.com", "email_verified": True}
        self.email_in_id_token = True
        self.nonce_override: str | None = None
        self.codes: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, dict[str, Any]] = {}
        self.app = self._make_app()
        self._server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.issuer = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> Provider:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=10)

    def id_token(self, grant: dict[str, Any]) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": CLIENT_ID, "sub": grant["user"]["sub"], "iat": now, "exp": now + 300,
                  "nonce": self.nonce_override or grant["nonce"]}
        if self.email_in_id_token:
            claims.update({k: v for k, v in grant["user"].items() if k in ("email", "email_verified")})
        return jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, self.key)

    def _make_app(self) -> Flask:
        app = Flask("oidc-test-provider")

        @app.get("/.well-known/openid-configuration")
        def discovery() -> Any:
            return jsonify({"issuer": self.issuer, "authorization_endpoint": self.issuer + "/authorize",
                            "token_endpoint": self.issuer + "/token", "jwks_uri": self.issuer + "/jwks",
                            "userinfo_endpoint": self.issuer + "/userinfo",
                            "response_types_supported": ["code"], "subject_types_supported": ["public"],
                            "id_token_signing_alg_values_supported": ["RS256"],
                            "code_challenge_methods_supported": ["S256"]})

        @app.get("/jwks")
        def jwks() -> Any:
            return jsonify({"keys": [self.key.as_dict(private=False)]})

        @app.get("/authorize")
        def authorize() -> Any:
            a = request.args
            if a.get("client_id") != CLIENT_ID or a.get("response_type") != "code" or \
                    "openid" not in a.get("scope", "").split() or a.get("code_challenge_method") != "S256":
                return "bad authorization request", 400
            code = secrets.token_urlsafe(16)
            self.codes[code] = {"user": dict(self.user), "nonce": a.get("nonce"), "redirect_uri": a["redirect_uri"],
                                "challenge": a.get("code_challenge")}
            return redirect(a["redirect_uri"] + "?" + urlencode({"code": code, "state": a.get("state", "")}))

        @app.post("/token")
        def token() -> Any:
            auth = request.authorization
            if auth is None or (auth.username, auth.password) != (CLIENT_ID, CLIENT_SECRET):
                return jsonify({"error": "invalid_client"}), 401
            f = request.form
            grant = self.codes.pop(f.get("code", ""), None)
            if grant is None or f.get("grant_type") != "authorization_code" or \
                    f.get("redirect_uri") != grant["redirect_uri"]:
                return jsonify({"error": "invalid_grant"}), 400
            digest = hashlib.sha256(f.get("code_verifier", "").encode()).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != grant["challenge"]:
                return jsonify({"error": "invalid_grant", "error_description": "PKCE"}), 400
            access = secrets.token_urlsafe(16)
            self.tokens[access] = grant["user"]
            return jsonify({"access_token": access, "token_type": "Bearer", "expires_in": 300,
                            "id_token": self.id_token(grant)})

        @app.get("/userinfo")
        def userinfo() -> Any:
            scheme, _, access = request.headers.get("Authorization", "").partition(" ")
            user = self.tokens.get(access) if scheme.lower() == "bearer" else None
            if user is None:
                return jsonify({"error": "invalid_token"}), 401
            return jsonify(user)

        return app
