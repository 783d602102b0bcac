"""Password hashing with a slow, salted hash (scrypt via werkzeug)."""

from __future__ import annotations

from werkzeug.security import check_password_hash, generate_password_hash

MIN_LENGTH = 8
MAX_LENGTH = 200


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def verify_password(stored: str, password: str) -> bool:
    return check_password_hash(stored, password)


# A hash to compare against when the account does not exist, so timing does not tell.
DUMMY_HASH = hash_password("not-a-real-password-for-timing")
