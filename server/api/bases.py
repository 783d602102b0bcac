"""Bases: list, create, read (tables, columns, views, members, version), rename, delete;
undo, redo and the action log. Members and sharing live in server/api/members.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.actions import undo as undo_mod
from server.actions.apply import apply_action
from server.actions.events import publish
from server.actions.schemas import ActionField
from server.api.access import base_role, client_id
from server.api.inbound import INT32_MAX, INT64_MAX
from server.api.routing import route
from server.auth.service import Principal
from server.bases.create import create_base, now
from server.bases.templates import get_template, templates
from server.catalog import schema as cat
from server.catalog.roles import member_users, memberships, role_of
from server.errors import forbidden, invalid, not_found
from server.query.access import load_reader, redacted
from server.state import state


class BaseCreate(Schema):
    name = fields.String(load_default=None, validate=validate.Length(min=1, max=200),
                         metadata={"description": "required unless a template is given"})
    template = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=60),
                             metadata={"description": "a template id from GET /api/templates"})
    sample_data = fields.Boolean(load_default=True)
    language = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(["en", "ru"]),
                             metadata={"description": "language of the names made (default: the user's)"})
    client_id = fields.String(load_default=None, validate=validate.Length(max=64))


class TemplatesQuery(Schema):
    language = fields.String(load_default="en", validate=validate.OneOf(["en", "ru"]))


class BasePatch(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))


class UndoBody(Schema):
    client_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=64))


class UndoAnyBody(UndoBody):
    action_id = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(min=1, max=INT64_MAX),
                               metadata={"description": "undo this action of the log; it must be your latest "
                                                        "(from any client), else 409 not_last"})


class ActionsQuery(Schema):
    since = fields.Integer(load_default=0, validate=validate.Range(min=0, max=INT64_MAX),
                           metadata={"description": "only actions after this version"})
    before = fields.Integer(load_default=None, validate=validate.Range(min=1, max=INT64_MAX),
                            metadata={"description": "only actions before this version (page back with "
                                                     "the last version of a newest-first page)"})
    order = fields.String(load_default="asc", validate=validate.OneOf(["asc", "desc"]),
                          metadata={"description": "asc: oldest first (catching up); desc: newest first"})
    user_id = fields.Integer(load_default=None, validate=validate.Range(min=1, max=INT32_MAX),
                             metadata={"description": "only this person's actions"})
    table_id = fields.Integer(load_default=None, validate=validate.Range(min=1, max=INT32_MAX),
                              metadata={"description": "only actions that touched this table"})
    after_time = fields.DateTime(load_default=None, metadata={"description": "only actions at or after this time (ISO)"})
    before_time = fields.DateTime(load_default=None, metadata={"description": "only actions before this time (ISO)"})
    limit = fields.Integer(load_default=500, validate=validate.Range(min=1, max=5000))


class ActionBody(Schema):
    action = ActionField(required=True)
    client_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=64))


def base_json(conn: sa.Connection, base_id: int, principal: Principal, role: str) -> dict[str, Any]:
    st = state()
    b = conn.execute(sa.select(cat.bases).where(cat.bases.c.id == base_id)).one()
    schema = st.schema_cache.get(conn, base_id, b.schema_version)
    table_ids = [t.id for t in schema.live_tables()]
    views: list[dict] = []
    if table_ids:
        v = cat.views
        for r in conn.execute(sa.select(v).where(v.c.table_id.in_(table_ids), v.c.deleted_at.is_(None),
                                                 sa.or_(v.c.private_to.is_(None), v.c.private_to == principal.user_id))
                              .order_by(v.c.position, v.c.id)):
            views.append({"id": r.id, "table_id": r.table_id, "name": r.name, "type": r.type, "position": r.position,
                          "settings": r.settings, "private": r.private_to is not None})
    # Direct members and those of its groups, each with their highest role (server/catalog/roles.py).
    members = [{"id": r.id, "email": r.email, "name": r.name, "role": r.role}
               for r in conn.execute(member_users(base_id))]
    return {"id": b.id, "uuid": b.uuid, "name": b.name, "role": role, "version": b.version,
            "tables": [t.to_json() for t in schema.live_tables()], "views": views, "members": members}


@route("/bases", "GET", "Bases you are a member of", "bases")
def list_bases(principal: Principal) -> Any:
    b, m = cat.bases, memberships(user_id=principal.user_id)
    q = (sa.select(b.c.id, b.c.uuid, b.c.name, b.c.version, b.c.created_at, m.c.role)
         .join(m, m.c.base_id == b.c.id)
         .where(b.c.deleted_at.is_(None)).order_by(b.c.id))
    if principal.token_base_id is not None:
        q = q.where(b.c.id == principal.token_base_id)
    with state().db.read() as conn:
        rows = conn.execute(q).all()
    return {"bases": [{"id": r.id, "uuid": r.uuid, "name": r.name, "version": r.version,
                       "role": "viewer" if principal.token_access == "read" else r.role} for r in rows]}


@route("/bases", "POST", "Create a base with one empty table, or from a template", "bases", body=BaseCreate,
       responses={201: "the new base", 404: "no such template"})
def create_base_view(principal: Principal, body: dict) -> Any:
    if principal.via == "token":
        raise forbidden("API tokens are for one base; create bases in the app.")
    if body.get("template"):
        base_id = get_template(body["template"]).create(
            principal.user_id, name=body.get("name"), sample_data=body["sample_data"], language=body.get("language"),
            client_id=body.get("client_id"))
    elif body.get("name"):
        base_id = create_base(principal.user_id, body["name"], language=body.get("language"))
    else:
        raise invalid("give the base a name, or a template to start from", {"name": ["required"]})
    with state().db.read() as conn:
        return base_json(conn, base_id, principal, "owner"), 201


@route("/templates", "GET", "Templates a base can be created from", "bases", query=TemplatesQuery)
def templates_view(principal: Principal, query: dict) -> Any:
    """Every registered template (server/plugins.py), in registration order: its id, and its name,
    description and tables in `language`, with the name and description in every language."""
    return {"templates": [t.to_json(query["language"]) for t in templates()]}


@route("/bases/{base_id}", "GET", "A base with its tables, columns, views, members and version", "bases")
def get_base(principal: Principal, base_id: int) -> Any:
    role = base_role(principal, base_id)
    with state().db.read() as conn:
        return base_json(conn, base_id, principal, role)


@route("/bases/{base_id}", "PATCH", "Rename a base", "bases", body=BasePatch)
def patch_base(principal: Principal, base_id: int, body: dict) -> Any:
    base_role(principal, base_id, "owner")
    with state().db.write() as conn:
        conn.execute(sa.update(cat.bases).where(cat.bases.c.id == base_id).values(name=body["name"].strip()))
    return _get(principal, base_id)


def _get(principal: Principal, base_id: int) -> dict:
    role = base_role(principal, base_id)
    with state().db.read() as conn:
        return base_json(conn, base_id, principal, role)


@route("/bases/{base_id}", "DELETE", "Delete a base (restorable for 30 days)", "bases")
def delete_base(principal: Principal, base_id: int) -> Any:
    base_role(principal, base_id, "owner")
    m = memberships(base_id=base_id)
    with state().db.write() as conn:
        conn.execute(sa.update(cat.bases).where(cat.bases.c.id == base_id).values(deleted_at=now()))
        members = conn.execute(sa.select(m.c.user_id)).scalars().all()
    for user_id in members:  # every open socket of the base learns it is gone (as on a removal)
        publish({"kind": "membership", "base_id": base_id, "user_id": user_id, "role": None})
    return {"ok": True}


@route("/bases/{base_id}/restore", "POST", "Restore a deleted base", "bases")
def restore_base(principal: Principal, base_id: int) -> Any:
    b = cat.bases
    with state().db.write() as conn:
        owner = role_of(conn, base_id, principal.user_id)
        if owner != "owner" or principal.token_base_id is not None:
            raise not_found("This base does not exist.")
        res = conn.execute(sa.update(b).where(b.c.id == base_id, b.c.deleted_at.is_not(None)).values(deleted_at=None))
        if res.rowcount != 1:
            raise not_found("This base is not in the trash.")
    return _get(principal, base_id)


# Members, invitations and permissions: server/api/members.py.


# -- actions, undo, redo ----------------------------------------------------------------------
def _result(res: Any) -> dict:
    return {"version": res.version, "action_id": res.action_id, "action": res.entry, **res.result}


@route("/bases/{base_id}/actions", "POST", "Apply any action of the vocabulary (see docs/api.md)", "actions",
       body=ActionBody)
def post_action(principal: Principal, base_id: int, body: dict) -> Any:
    base_role(principal, base_id, "editor")
    st = state()
    res = apply_action(st.db, st.schema_cache, base_id, principal.user_id, body["action"],
                       client_id=body.get("client_id") or client_id(), files_dir=st.config.files_dir,
                       max_batch=st.config.max_batch_rows)
    return _result(res)


@route("/bases/{base_id}/undo", "POST", "Undo your last action in this base (per client id when given)", "actions",
       body=UndoAnyBody, responses={409: "nothing to undo, not your latest action, or someone else changed the "
                                          "same data since"})
def undo_view(principal: Principal, base_id: int, body: dict) -> Any:
    base_role(principal, base_id, "editor")
    st = state()
    res = undo_mod.undo(st.db, st.schema_cache, base_id, principal.user_id, body.get("client_id") or client_id(),
                        action_id=body.get("action_id"), files_dir=st.config.files_dir)
    return _result(res)


@route("/bases/{base_id}/redo", "POST", "Redo your last undone action", "actions", body=UndoBody,
       responses={409: "nothing to redo"})
def redo_view(principal: Principal, base_id: int, body: dict) -> Any:
    base_role(principal, base_id, "editor")
    st = state()
    res = undo_mod.redo(st.db, st.schema_cache, base_id, principal.user_id, body.get("client_id") or client_id(),
                        files_dir=st.config.files_dir)
    return _result(res)


@route("/bases/{base_id}/actions", "GET",
       "The base's activity log: since a version oldest first, or newest first by page; by person, table, time",
       "actions", query=ActionsQuery)
def list_actions(principal: Principal, base_id: int, query: dict) -> Any:
    base_role(principal, base_id)
    a, u = cat.actions, cat.users
    where = [a.c.base_id == base_id, a.c.version > query["since"]]
    if query["before"] is not None:
        where.append(a.c.version < query["before"])
    if query["user_id"] is not None:
        where.append(a.c.user_id == query["user_id"])
    if query["table_id"] is not None:
        # Every touch starts with its table id ("[<id>, row, column]"); the JSON text reads the
        # same on both databases, and a row id (text) or column id (third) never starts one.
        where.append(sa.cast(a.c.touches, sa.Text).like(f"%[{int(query['table_id'])},%"))
    for key, op in (("after_time", "ge"), ("before_time", "lt")):
        if query[key] is not None:
            when = _naive_utc(query[key])
            where.append(a.c.created_at >= when if op == "ge" else a.c.created_at < when)
    order = a.c.version.desc() if query["order"] == "desc" else a.c.version
    with state().db.read() as conn:
        rows = conn.execute(
            sa.select(a.c.id, a.c.version, a.c.user_id, a.c.client_id, a.c.type, a.c.payload, a.c.kind,
                      a.c.target_id, a.c.reverted, a.c.summary, a.c.created_at, u.c.name, u.c.email)
            .outerjoin(u, u.c.id == a.c.user_id)
            .where(*where).order_by(order).limit(query["limit"])
        ).all()
        version = conn.execute(sa.select(cat.bases.c.version).where(cat.bases.c.id == base_id)).scalar_one()
        reader = load_reader(conn, base_id, principal.user_id)
        # What POST /undo (without a client id) would undo for the caller: the log's undo button.
        target = undo_mod.undo_target(conn, base_id, principal.user_id) if principal.user_id else None
    return {
        "version": version,
        "actions": [{
            "id": r.id, "version": r.version, "type": r.type, "kind": r.kind, "target_id": r.target_id,
            "undone": r.reverted, "client_id": r.client_id,
            **({"payload": None, "summary": None} if redacted(reader, r.payload) else
               {"payload": r.payload, "summary": r.summary}),
            "user": {"id": r.user_id, "name": r.name, "email": r.email} if r.user_id else None,
            "created_at": r.created_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        } for r in rows],
        "has_more": len(rows) == query["limit"],
        "your_undo": target,
    }


def _naive_utc(value: dt.datetime) -> dt.datetime:
    """A query's time as the log stores it: UTC without a zone (a time without a zone is UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


# The trash (deleted tables, columns, views, rows and bases): server/api/trash.py.
