"""Groups of users: the administrator makes them and adds people; a base's owner gives a group a
role on the base, and every member of the group has that role there (the higher of it and their
direct role counts: server/catalog/roles.py). Decision: docs/decisions/0043-groups-and-single-sign-on.md.

A change that can change someone's role in a base publishes {"kind": "membership", ...} for each
user and base it touches, so their open sockets learn it at once (server.api.live).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.actions.events import publish
from server.api.access import base_role
from server.api.routing import route
from server.auth.service import Principal, now
from server.catalog import schema as cat
from server.catalog.roles import ROLES, role_of
from server.errors import conflict, forbidden, invalid, not_found
from server.state import state


class GroupBody(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))


class GroupMemberBody(Schema):
    user_id = fields.Integer(required=True, strict=True)


class BaseGroupBody(Schema):
    group_id = fields.Integer(required=True, strict=True)
    role = fields.String(required=True, validate=validate.OneOf(ROLES))


class BaseGroupPatch(Schema):
    role = fields.String(required=True, validate=validate.OneOf(ROLES))


def _name(body: dict) -> str:
    name = body["name"].strip()
    if not name:
        raise invalid("a group needs a name", {"name": ["empty"]})
    return name


def _group(conn: sa.Connection, group_id: int) -> Any:
    row = conn.execute(sa.select(cat.groups).where(cat.groups.c.id == group_id)).first()
    if row is None:
        raise not_found("This group does not exist.")
    return row


def _name_free(conn: sa.Connection, name: str, but: int | None = None) -> None:
    g = cat.groups
    q = sa.select(g.c.id).where(sa.func.lower(g.c.name) == name.lower())
    if but is not None:
        q = q.where(g.c.id != but)
    if conn.execute(q).first():
        raise conflict("a group with this name already exists", {"name": ["already taken"]})


def _group_json(conn: sa.Connection, row: Any) -> dict[str, Any]:
    u, gm, bg, b = cat.users, cat.group_members, cat.base_groups, cat.bases
    members = conn.execute(sa.select(u.c.id, u.c.email, u.c.name).join(gm, gm.c.user_id == u.c.id)
                           .where(gm.c.group_id == row.id).order_by(u.c.email)).all()
    bases = conn.execute(sa.select(b.c.id, b.c.name, bg.c.role).join(bg, bg.c.base_id == b.c.id)
                         .where(bg.c.group_id == row.id, b.c.deleted_at.is_(None)).order_by(b.c.id)).all()
    return {"id": row.id, "name": row.name,
            "members": [{"id": m.id, "email": m.email, "name": m.name} for m in members],
            "bases": [{"id": x.id, "name": x.name, "role": x.role} for x in bases]}


def _roles_now(conn: sa.Connection, pairs: list[tuple[int, int]]) -> list[tuple[int, int, str | None]]:
    """(base, user, role) for each (base, user) pair as it stands in this transaction."""
    return [(base_id, user_id, role_of(conn, base_id, user_id)) for base_id, user_id in pairs]


def _announce(before: list[tuple[int, int, str | None]], after: list[tuple[int, int, str | None]]) -> None:
    for (base_id, user_id, old), (_, _, new) in zip(before, after, strict=True):
        if old != new:
            publish({"kind": "membership", "base_id": base_id, "user_id": user_id, "role": new})


def _pairs(conn: sa.Connection, group_id: int, user_id: int | None = None,
           base_id: int | None = None) -> list[tuple[int, int]]:
    """The (base, user) pairs a change to a group can touch: its bases × its members (or one of each)."""
    bases = [base_id] if base_id is not None else list(conn.execute(
        sa.select(cat.base_groups.c.base_id).where(cat.base_groups.c.group_id == group_id)).scalars())
    users = [user_id] if user_id is not None else list(conn.execute(
        sa.select(cat.group_members.c.user_id).where(cat.group_members.c.group_id == group_id)).scalars())
    return [(b, u) for b in bases for u in users]


# -- the administrator's groups -----------------------------------------------------------------
@route("/admin/groups", "GET", "Groups of users, with their members and the bases they have a role on (admins)",
       "admin", admin=True)
def list_groups(principal: Principal) -> Any:
    with state().db.read() as conn:
        rows = conn.execute(sa.select(cat.groups).order_by(cat.groups.c.name)).all()
        return {"groups": [_group_json(conn, r) for r in rows]}


@route("/admin/groups", "POST", "Make a group", "admin", body=GroupBody, admin=True,
       responses={201: "the group", 409: "the name is taken"})
def create_group(principal: Principal, body: dict) -> Any:
    name = _name(body)
    with state().db.write() as conn:
        _name_free(conn, name)
        group_id = conn.execute(sa.insert(cat.groups).values(name=name, created_at=now())
                                .returning(cat.groups.c.id)).scalar_one()
        return {"group": _group_json(conn, _group(conn, group_id))}, 201


@route("/admin/groups/{group_id}", "PATCH", "Rename a group", "admin", body=GroupBody, admin=True,
       responses={409: "the name is taken"})
def rename_group(principal: Principal, group_id: int, body: dict) -> Any:
    name = _name(body)
    with state().db.write() as conn:
        _group(conn, group_id)
        _name_free(conn, name, but=group_id)
        conn.execute(sa.update(cat.groups).where(cat.groups.c.id == group_id).values(name=name))
        return {"group": _group_json(conn, _group(conn, group_id))}


@route("/admin/groups/{group_id}", "DELETE", "Delete a group: its members lose the roles it gave them",
       "admin", admin=True)
def delete_group(principal: Principal, group_id: int) -> Any:
    with state().db.write() as conn:
        _group(conn, group_id)
        pairs = _pairs(conn, group_id)
        before = _roles_now(conn, pairs)
        conn.execute(sa.delete(cat.base_groups).where(cat.base_groups.c.group_id == group_id))
        conn.execute(sa.delete(cat.group_members).where(cat.group_members.c.group_id == group_id))
        conn.execute(sa.delete(cat.groups).where(cat.groups.c.id == group_id))
        after = _roles_now(conn, pairs)
    _announce(before, after)
    return {"ok": True}


@route("/admin/groups/{group_id}/members", "POST", "Add a user to a group", "admin", body=GroupMemberBody,
       admin=True, responses={422: "no such user"})
def add_group_member(principal: Principal, group_id: int, body: dict) -> Any:
    gm = cat.group_members
    user_id = body["user_id"]
    with state().db.write() as conn:
        _group(conn, group_id)
        if conn.execute(sa.select(cat.users.c.id).where(cat.users.c.id == user_id)).first() is None:
            raise invalid("no such user", {"user_id": ["no such user"]})
        pairs = _pairs(conn, group_id, user_id=user_id)
        before = _roles_now(conn, pairs)
        if conn.execute(sa.select(gm.c.user_id).where(gm.c.group_id == group_id, gm.c.user_id == user_id)).first():
            raise conflict("this user is already in the group", {"user_id": ["already a member"]})
        conn.execute(sa.insert(gm).values(group_id=group_id, user_id=user_id))
        after = _roles_now(conn, pairs)
        out = {"group": _group_json(conn, _group(conn, group_id))}
    _announce(before, after)
    return out, 201


@route("/admin/groups/{group_id}/members/{user_id}", "DELETE", "Take a user out of a group", "admin", admin=True)
def remove_group_member(principal: Principal, group_id: int, user_id: int) -> Any:
    gm = cat.group_members
    with state().db.write() as conn:
        _group(conn, group_id)
        pairs = _pairs(conn, group_id, user_id=user_id)
        before = _roles_now(conn, pairs)
        done = conn.execute(sa.delete(gm).where(gm.c.group_id == group_id, gm.c.user_id == user_id))
        if done.rowcount != 1:
            raise not_found("This user is not in the group.")
        after = _roles_now(conn, pairs)
        out = {"group": _group_json(conn, _group(conn, group_id))}
    _announce(before, after)
    return out


# -- a base's groups (its owners) ---------------------------------------------------------------
def _no_token(principal: Principal) -> None:
    if principal.via == "token":
        raise forbidden("API tokens cannot manage members or groups.")


def base_groups_json(conn: sa.Connection, base_id: int) -> list[dict[str, Any]]:
    """The groups with a role on a base, each with how many members it has."""
    g, bg, gm = cat.groups, cat.base_groups, cat.group_members
    count = (sa.select(sa.func.count()).select_from(gm).where(gm.c.group_id == g.c.id).scalar_subquery())
    rows = conn.execute(sa.select(g.c.id, g.c.name, bg.c.role, count.label("members"))
                        .join(bg, bg.c.group_id == g.c.id).where(bg.c.base_id == base_id).order_by(g.c.name)).all()
    return [{"id": r.id, "name": r.name, "role": r.role, "members": r.members} for r in rows]


@route("/groups", "GET", "Names of the server's groups, to give one a role on a base (people in the app)", "members")
def group_names(principal: Principal) -> Any:
    _no_token(principal)
    with state().db.read() as conn:
        rows = conn.execute(sa.select(cat.groups.c.id, cat.groups.c.name).order_by(cat.groups.c.name)).all()
    return {"groups": [{"id": r.id, "name": r.name} for r in rows]}


@route("/bases/{base_id}/groups", "GET", "Groups with a role on a base", "members")
def list_base_groups(principal: Principal, base_id: int) -> Any:
    base_role(principal, base_id)
    with state().db.read() as conn:
        return {"groups": base_groups_json(conn, base_id)}


def _set_base_group(principal: Principal, base_id: int, group_id: int, role: str, *, new: bool) -> Any:
    _no_token(principal)
    base_role(principal, base_id, "owner")
    bg = cat.base_groups
    with state().db.write() as conn:
        if conn.execute(sa.select(cat.groups.c.id).where(cat.groups.c.id == group_id)).first() is None:
            if new:
                raise invalid("no such group", {"group_id": ["no such group"]})
            raise not_found("This group has no role on this base.")
        cur = conn.execute(sa.select(bg.c.role).where(bg.c.base_id == base_id, bg.c.group_id == group_id)).scalar()
        if new and cur is not None:
            raise conflict("this group already has a role on this base", {"group_id": ["already added"]})
        if not new and cur is None:
            raise not_found("This group has no role on this base.")
        pairs = _pairs(conn, group_id, base_id=base_id)
        before = _roles_now(conn, pairs)
        if new:
            conn.execute(sa.insert(bg).values(base_id=base_id, group_id=group_id, role=role))
        else:
            conn.execute(sa.update(bg).where(bg.c.base_id == base_id, bg.c.group_id == group_id).values(role=role))
        after = _roles_now(conn, pairs)
        groups = base_groups_json(conn, base_id)
    _announce(before, after)
    return {"groups": groups}


@route("/bases/{base_id}/groups", "POST", "Give a group a role on a base (owners): its members get that role",
       "members", body=BaseGroupBody, responses={201: "the base's groups", 409: "the group is already there",
                                                 422: "no such group"})
def add_base_group(principal: Principal, base_id: int, body: dict) -> Any:
    return _set_base_group(principal, base_id, body["group_id"], body["role"], new=True), 201


@route("/bases/{base_id}/groups/{group_id}", "PATCH", "Change a group's role on a base (owners)", "members",
       body=BaseGroupPatch)
def patch_base_group(principal: Principal, base_id: int, group_id: int, body: dict) -> Any:
    return _set_base_group(principal, base_id, group_id, body["role"], new=False)


@route("/bases/{base_id}/groups/{group_id}", "DELETE", "Take a group's role on a base away (owners)", "members")
def remove_base_group(principal: Principal, base_id: int, group_id: int) -> Any:
    _no_token(principal)
    base_role(principal, base_id, "owner")
    bg = cat.base_groups
    with state().db.write() as conn:
        pairs = _pairs(conn, group_id, base_id=base_id)
        before = _roles_now(conn, pairs)
        done = conn.execute(sa.delete(bg).where(bg.c.base_id == base_id, bg.c.group_id == group_id))
        if done.rowcount != 1:
            raise not_found("This group has no role on this base.")
        after = _roles_now(conn, pairs)
        groups = base_groups_json(conn, base_id)
    _announce(before, after)
    return {"groups": groups}
