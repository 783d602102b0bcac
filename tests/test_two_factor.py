"""Two-factor authentication (TOTP) on both databases: enrolling with a secret and a QR code,
confirming with a code, ten one-time recovery codes stored hashed, the log-in's second step (a
half-logged-in state that opens nothing else), codes used once, the rate limit on wrong codes,
turning 2FA off with the password and a code. Codes come from pyotp at a fixed time (the
server's clock, `server.auth.twofactor.unix_time`, is fixed to it): nothing reads the calendar.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyotp
import pytest
import sqlalchemy as sa

from server.auth import twofactor as tf
from server.auth.service import now
from server.catalog import schema as cat
from tests.helpers import PASSWORD, ApiClient

# A fixed instant, at the start of a 30-second step: codes are made for it and steps around it.
T0 = 1_700_000_010.0


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    now = {"t": T0}
    monkeypatch.setattr(tf, "unix_time", lambda: now["t"])
    return now


def _enrol(c: ApiClient, clock: dict[str, float]) -> tuple[pyotp.TOTP, list[str]]:
    setup = c.post("/api/me/2fa/setup")
    totp = pyotp.TOTP(setup["secret"])
    codes = c.post("/api/me/2fa/enable", {"code": totp.at(clock["t"])})["recovery_codes"]
    return totp, codes


def _password_step(app: Any, email: str) -> ApiClient:
    c = ApiClient(app)
    res = c.post("/api/auth/login", {"email": email, "password": PASSWORD})
    assert res == {"two_factor_required": True}
    return c


def test_enrol_confirm_and_log_in_with_a_code(app: Any, clock: dict[str, float]) -> None:
    c = ApiClient(app)
    c.signup("tanya@example.com")
    assert c.get("/api/me/2fa") == {"enabled": False, "recovery_codes_left": 0}
    setup = c.post("/api/me/2fa/setup")
    assert setup["otpauth_uri"].startswith("otpauth://totp/Tablo:tanya%40example.com?secret=" + setup["secret"])
    assert "issuer=Tablo" in setup["otpauth_uri"]
    assert setup["qr_svg"].startswith("data:image/svg+xml")
    totp = pyotp.TOTP(setup["secret"])
    # Not on until confirmed: log-in still needs only the password.
    ApiClient(app).login("tanya@example.com")
    err = c.post("/api/me/2fa/enable", {"code": totp.at(clock["t"] - 120)}, expect=422).get_json()["error"]
    assert err["fields"] == {"code": ["wrong code"]}
    res = c.post("/api/me/2fa/enable", {"code": totp.at(clock["t"])})
    codes = res["recovery_codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert c.get("/api/me/2fa") == {"enabled": True, "recovery_codes_left": 10}
    assert c.get("/api/me")["user"]["two_factor"] is True
    with app.extensions["tablo"].db.read() as conn:  # stored as hashes only
        stored = conn.execute(sa.select(cat.recovery_codes.c.code_hash)).scalars().all()
    assert len(stored) == 10 and not any(code.replace("-", "") in h for code in codes for h in stored)
    c.post("/api/me/2fa/setup", expect=409)  # on: a new secret needs turning it off first

    # The password alone gives no session: only the second step.
    half = _password_step(app, "tanya@example.com")
    half.get("/api/me", expect=401)
    half.get("/api/bases", expect=401)
    # The code of the step just used at enrolment is refused (once per code) ...
    half.post("/api/auth/login/2fa", {"code": totp.at(clock["t"])}, expect=422)
    # ... the next step's code (a clock 30 s ahead) is taken.
    clock["t"] += 30
    user = half.post("/api/auth/login/2fa", {"code": totp.at(clock["t"]).replace("", " ").strip()})["user"]
    assert user["email"] == "tanya@example.com" and half.get("/api/me")["user"]["two_factor"] is True
    # The challenge is spent.
    half.post("/api/auth/login/2fa", {"code": totp.at(clock["t"] + 30)}, expect=401)


def test_codes_one_step_either_side_and_no_further(app: Any, clock: dict[str, float]) -> None:
    c = ApiClient(app)
    c.signup("ulla@example.com")
    totp, _ = _enrol(c, clock)
    clock["t"] += 300
    for offset, ok in ((-90, False), (+60, False), (-30, True)):
        half = _password_step(app, "ulla@example.com")
        half.post("/api/auth/login/2fa", {"code": totp.at(clock["t"] + offset)}, expect=200 if ok else 422)
    # An older step than the one last used is refused even within the window.
    half = _password_step(app, "ulla@example.com")
    half.post("/api/auth/login/2fa", {"code": totp.at(clock["t"] - 60)}, expect=422)
    half.post("/api/auth/login/2fa", {"code": totp.at(clock["t"])}, expect=200)


def test_recovery_codes_work_once(app: Any, clock: dict[str, float]) -> None:
    c = ApiClient(app)
    c.signup("vera@example.com")
    _, codes = _enrol(c, clock)
    half = _password_step(app, "vera@example.com")
    half.post("/api/auth/login/2fa", {"recovery_code": codes[3].upper().replace("-", " ")})
    assert half.get("/api/me")["user"]["email"] == "vera@example.com"
    assert c.get("/api/me/2fa")["recovery_codes_left"] == 9
    again = _password_step(app, "vera@example.com")
    err = again.post("/api/auth/login/2fa", {"recovery_code": codes[3]}, expect=422).get_json()["error"]
    assert err["fields"] == {"recovery_code": ["wrong code"]}
    again.post("/api/auth/login/2fa", {"code": "123456", "recovery_code": codes[4]}, expect=422)
    again.post("/api/auth/login/2fa", {}, expect=422)
    again.post("/api/auth/login/2fa", {"recovery_code": codes[4]})


def test_second_step_without_a_password_step_or_expired(app: Any, clock: dict[str, float]) -> None:
    c = ApiClient(app)
    c.signup("wanda@example.com")
    totp, _ = _enrol(c, clock)
    ApiClient(app).post("/api/auth/login/2fa", {"code": totp.at(clock["t"] + 30)}, expect=401)
    half = _password_step(app, "wanda@example.com")
    with app.extensions["tablo"].db.write() as conn:  # the ten minutes pass
        conn.execute(sa.update(cat.login_challenges).values(expires_at=sa.func.current_timestamp()))
    r = half.post("/api/auth/login/2fa", {"code": totp.at(clock["t"] + 30)}, expect=401)
    assert r.get_json()["error"]["code"] == "no_challenge"
    # A wrong password never reaches the second step.
    ApiClient(app).post("/api/auth/login", {"email": "wanda@example.com", "password": "wrong password!"}, expect=401)


def test_wrong_codes_are_rate_limited_per_account(app: Any, clock: dict[str, float]) -> None:
    c = ApiClient(app)
    c.signup("xena@example.com")
    totp, codes = _enrol(c, clock)
    clock["t"] += 30
    half = _password_step(app, "xena@example.com")
    wrong = "000000" if totp.at(clock["t"]) != "000000" else "111111"
    for _ in range(tf.MAX_FAILURES):
        half.post("/api/auth/login/2fa", {"code": wrong}, expect=422)
    err = half.post("/api/auth/login/2fa", {"code": totp.at(clock["t"])}, expect=429).get_json()["error"]
    assert 0 < err["retry_after"] <= tf.WINDOW_SECONDS
    # Another browser with the password is limited too (the count is the account's), and so are
    # recovery codes.
    other = _password_step(app, "xena@example.com")
    other.post("/api/auth/login/2fa", {"recovery_code": codes[0]}, expect=429)
    with app.extensions["tablo"].db.write() as conn:  # the window passes
        conn.execute(sa.update(cat.second_factor_attempts).values(
            at=now() - dt.timedelta(seconds=tf.WINDOW_SECONDS + 1)))
    other.post("/api/auth/login/2fa", {"code": totp.at(clock["t"])})


def test_turn_off_needs_password_and_code(app: Any, clock: dict[str, float]) -> None:
    c = ApiClient(app)
    c.signup("yana@example.com")
    totp, codes = _enrol(c, clock)
    clock["t"] += 30
    err = c.post("/api/me/2fa/disable", {"password": "not my password", "code": totp.at(clock["t"])},
                 expect=422).get_json()["error"]
    assert err["fields"] == {"password": ["wrong password"]}
    c.post("/api/me/2fa/disable", {"password": PASSWORD, "code": "12"}, expect=422)
    c.post("/api/me/2fa/disable", {"password": PASSWORD}, expect=422)
    assert c.get("/api/me/2fa")["enabled"] is True
    c.post("/api/me/2fa/disable", {"password": PASSWORD, "code": codes[0]})  # a recovery code does too
    assert c.get("/api/me/2fa") == {"enabled": False, "recovery_codes_left": 0}
    with app.extensions["tablo"].db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(cat.recovery_codes)).scalar_one() == 0
        assert conn.execute(sa.select(cat.users.c.totp_secret)).scalars().all() == [None]
    ApiClient(app).login("yana@example.com")  # the password alone again
    c.post("/api/me/2fa/disable", {"password": PASSWORD, "code": totp.at(clock["t"])}, expect=409)


def test_tokens_cannot_touch_two_factor(app: Any, clock: dict[str, float]) -> None:
    c = ApiClient(app)
    c.signup("zoe@example.com")
    base = c.new_base("B")
    token = c.post("/api/tokens", {"base_id": base["id"], "access": "write"}, expect=201)["token"]
    t = ApiClient(app, token=token)
    for path, body in (("/api/me/2fa/setup", None), ("/api/me/2fa/enable", {"code": "123456"}),
                       ("/api/me/2fa/disable", {"code": "123456", "password": PASSWORD})):
        t.call("POST", path, json=body, expect=403)
    t.get("/api/me/2fa", expect=403)
