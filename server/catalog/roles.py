"""Base roles, what each may do, and the one place a user's role in a base is worked out.

A user has a role in a base directly (`base_members`) and through each of their groups that has
a role there (`group_members` + `base_groups`, migration 0010); the higher one counts
(docs/decisions/0043-groups-and-single-sign-on.md). Everything that asks "which role has this
user here" or "who are the members of this base" goes through `role_of` or `memberships`.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from server.catalog import schema as cat

ROLES = ("viewer", "commenter", "editor", "owner")
RANK = {name: i for i, name in enumerate(ROLES)}


def at_least(role: str | None, needed: str) -> bool:
    return role is not None and RANK.get(role, -1) >= RANK[needed]


def highest(roles: Iterable[str | None]) -> str | None:
    """The highest of some roles (None for none)."""
    known = [r for r in roles if r in RANK]
    return max(known, key=RANK.__getitem__) if known else None


def group_roles(conn: sa.Connection, base_id: int, user_id: int) -> list[str]:
    """The roles a user's groups have in a base."""
    gm, bg = cat.group_members, cat.base_groups
    return list(conn.execute(sa.select(bg.c.role).join(gm, gm.c.group_id == bg.c.group_id)
                             .where(bg.c.base_id == base_id, gm.c.user_id == user_id)).scalars())


def role_of(conn: sa.Connection, base_id: int, user_id: int) -> str | None:
    """A user's role in a base: the higher of the direct one and their groups' (None: not a member).
    Whether the base is deleted, or a token narrows it, is the caller's business."""
    m = cat.base_members
    direct = conn.execute(sa.select(m.c.role).where(m.c.base_id == base_id, m.c.user_id == user_id)).scalar()
    return highest([direct, *group_roles(conn, base_id, user_id)])


def _rank(col: sa.ColumnElement) -> sa.ColumnElement:
    return sa.case(RANK, value=col, else_=-1)


def memberships(base_id: int | None = None, user_id: int | None = None) -> sa.Subquery:
    """Every (base_id, user_id, role) with the user's highest role in the base, direct or through
    a group, to join where a query needs the members of bases; narrowed to one base or one user
    inside (so the database reads only their rows)."""
    m, gm, bg = cat.base_members, cat.group_members, cat.base_groups
    direct = sa.select(m.c.base_id, m.c.user_id, _rank(m.c.role).label("rank"))
    via = (sa.select(bg.c.base_id, gm.c.user_id, _rank(bg.c.role).label("rank"))
           .join(gm, gm.c.group_id == bg.c.group_id))
    if base_id is not None:
        direct, via = direct.where(m.c.base_id == base_id), via.where(bg.c.base_id == base_id)
    if user_id is not None:
        direct, via = direct.where(m.c.user_id == user_id), via.where(gm.c.user_id == user_id)
    both = sa.union_all(direct, via).subquery("both_roles")
    top = sa.func.max(both.c.rank)
    return (sa.select(both.c.base_id, both.c.user_id,
                      sa.case({i: name for name, i in RANK.items()}, value=top).label("role"))
            .group_by(both.c.base_id, both.c.user_id).subquery("memberships"))


def member_users(base_id: int) -> sa.Select:
    """The users who are members of a base (directly or through a group): id, email, name, role."""
    u, ms = cat.users, memberships(base_id=base_id)
    return (sa.select(u.c.id, u.c.email, u.c.name, ms.c.role).join(ms, ms.c.user_id == u.c.id)
            .where(ms.c.base_id == base_id).order_by(u.c.id))
