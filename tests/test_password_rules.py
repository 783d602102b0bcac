"""Password rules (server/auth/passwords.py): at least 10 characters not counting spaces, not one
of the 1,000 most common passwords (ignoring case), at sign-up, invitation sign-up and password
change — and accounts made under the old rules still log in."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from server.auth.passwords import MIN_LENGTH, common_passwords, hash_password, password_problem
from tests.helpers import PASSWORD, ApiClient

REFUSED = [
    ("short-pw", "too short"),               # 8 characters
    ("a b c d e f g h i", "too short"),      # 17 characters, 9 without the spaces
    ("         abcdefghi", "too short"),
    ("qwertyuiop", "too common"),            # 10 characters, but on the list
    ("QwertyUIOP", "too common"),            # whatever the case
    (" 1234567890 ", "too common"),
    ("x" * 201, "too long"),
]
ACCEPTED = ["abcdefghij", "a b c d e f g h i j", "qwertyuiop!", PASSWORD, "пароль-длинный"]


def test_the_shipped_list() -> None:
    words = common_passwords()
    assert 990 <= len(words) <= 1000  # 1,000 lines; a few differ only in case
    assert {"123456", "password", "qwerty", "qwertyuiop", "1234567890"} <= words
    assert all(w == w.lower() and w.strip() == w and not w.startswith("#") for w in words)
    assert MIN_LENGTH == 10


@pytest.mark.parametrize(("password", "problem"), REFUSED)
def test_password_problem(password: str, problem: str) -> None:
    assert password_problem(password) == problem


@pytest.mark.parametrize("password", ACCEPTED)
def test_password_accepted(password: str) -> None:
    assert password_problem(password) is None


def test_rules_at_signup_invitation_and_change(app: Any) -> None:
    first = ApiClient(app)
    for password, problem in REFUSED:
        err = first.post("/api/auth/signup", {"email": "a@example.com", "password": password}, expect=422)
        assert err.get_json()["error"]["fields"] == {"password": [problem]}, password
    first.signup("a@example.com")
    first.new_base()
    inv = first.post(f"/api/bases/{first.base_id}/invitations", {"email": "b@example.com", "role": "viewer"},
                     expect=201)
    anon = ApiClient(app)
    err = anon.post(f"/api/invitations/{inv['token']}/signup", {"email": "b@example.com", "password": "Password1"},
                    expect=422).get_json()["error"]
    assert err["fields"] == {"password": ["too short"]}
    err = anon.post(f"/api/invitations/{inv['token']}/signup", {"email": "b@example.com", "password": "1234567890"},
                    expect=422).get_json()["error"]
    assert err["fields"] == {"password": ["too common"]}
    for password, problem in REFUSED:
        err = first.post("/api/me/password", {"current_password": PASSWORD, "new_password": password}, expect=422)
        assert err.get_json()["error"]["fields"] == {"new_password": [problem]}, password
    first.post("/api/me/password", {"current_password": PASSWORD, "new_password": "a b c d e f g h i j"})
    ApiClient(app).login("a@example.com", "a b c d e f g h i j")


def test_accounts_from_before_the_rules_still_log_in(app: Any) -> None:
    st = app.extensions["tablo"]
    with st.db.write() as conn:
        from server.auth.service import now
        from server.catalog import schema as cat

        conn.execute(sa.insert(cat.users).values(email="old@example.com", name="Old", is_admin=False,
                                                 password_hash=hash_password("qwerty"), created_at=now()))
    c = ApiClient(app)
    assert c.login("old@example.com", "qwerty")["email"] == "old@example.com"
    # ...and choose a password under the new rules when they change it.
    c.post("/api/me/password", {"current_password": "qwerty", "new_password": "qwerty123"}, expect=422)
    c.post("/api/me/password", {"current_password": "qwerty", "new_password": "a-longer-one-now"})
