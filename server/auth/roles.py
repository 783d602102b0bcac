"""Base roles and what each may do."""

from __future__ import annotations

ROLES = ("viewer", "commenter", "editor", "owner")
RANK = {name: i for i, name in enumerate(ROLES)}


def at_least(role: str | None, needed: str) -> bool:
    return role is not None and RANK.get(role, -1) >= RANK[needed]
