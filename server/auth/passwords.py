"""Password hashing with a slow, salted hash (scrypt via werkzeug), and the password rules.

The rules (docs/decisions/0029-account-security.md): at least MIN_LENGTH characters not counting
spaces, at most MAX_LENGTH, and not one of the most common passwords (`common_passwords.txt`,
matched ignoring case and surrounding spaces). They apply where a password is chosen — sign-up,
change, reset — never at log-in, so accounts made under older rules keep logging in.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from werkzeug.security import check_password_hash, generate_password_hash

MIN_LENGTH = 10
MAX_LENGTH = 200


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def verify_password(stored: str, password: str) -> bool:
    return check_password_hash(stored, password)


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list, lower-cased; lines starting with '#' are its header."""
    text = resources.files("server.auth").joinpath("common_passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def password_problem(password: str) -> str | None:
    """Why a password may not be chosen ("too short", "too long", "too common"), or None."""
    if len(password.replace(" ", "")) < MIN_LENGTH:
        return "too short"
    if len(password) > MAX_LENGTH:
        return "too long"
    if password.strip().lower() in common_passwords():
        return "too common"
    return None


# A hash to compare against when the account does not exist, so timing does not tell.
DUMMY_HASH = hash_password("not-a-real-password-for-timing")
