"""Your notifications (the bell): list with the unread count, mark read, delete, and your
settings (mute kinds or bases, email on or off)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.api.routing import route
from server.auth.service import Principal
from server.catalog import schema as cat
from server.errors import forbidden, not_found
from server.notifications import notify
from server.state import state


class ListQuery(Schema):
    unread = fields.Boolean(load_default=False)
    before = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(min=1),
                            metadata={"description": "page back: only notifications with a smaller id"})
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


class ReadBody(Schema):
    ids = fields.List(fields.Integer(strict=True), validate=validate.Length(min=1, max=1000))
    all = fields.Boolean(load_default=False)

    @validates_schema
    def _one_of(self, data: dict, **kw: Any) -> None:
        if not data.get("ids") and not data.get("all"):
            raise ValidationError("give ids, or all: true", "ids")


class SettingsPatch(Schema):
    muted_kinds = fields.List(fields.String(validate=validate.OneOf(notify.KINDS)), validate=validate.Length(max=10))
    muted_bases = fields.List(fields.Integer(strict=True), validate=validate.Length(max=1000))
    email = fields.Boolean()


def _unread(conn: sa.Connection, user_id: int) -> int:
    n = cat.notifications
    return conn.execute(sa.select(sa.func.count()).select_from(n)
                        .where(n.c.user_id == user_id, n.c.read_at.is_(None))).scalar_one()


def _person(principal: Principal) -> None:
    # Notifications belong to the person, not to a base token a script holds.
    if principal.via == "token":
        raise forbidden("API tokens cannot read or change notifications.")


@route("/notifications", "GET", "Your notifications, newest first, with the unread count", "notifications",
       query=ListQuery)
def list_notifications(principal: Principal, query: dict) -> Any:
    _person(principal)
    n = cat.notifications
    q = sa.select(n).where(n.c.user_id == principal.user_id)
    if query["unread"]:
        q = q.where(n.c.read_at.is_(None))
    if query["before"]:
        q = q.where(n.c.id < query["before"])
    with state().db.read() as conn:
        rows = conn.execute(q.order_by(n.c.id.desc()).limit(query["limit"])).all()
        unread = _unread(conn, principal.user_id)
    return {"notifications": [notify.to_json(r) for r in rows], "unread": unread,
            "has_more": len(rows) == query["limit"]}


@route("/notifications/read", "POST", "Mark notifications read (some ids, or all)", "notifications", body=ReadBody)
def mark_read(principal: Principal, body: dict) -> Any:
    _person(principal)
    n = cat.notifications
    q = sa.update(n).where(n.c.user_id == principal.user_id, n.c.read_at.is_(None))
    if not body.get("all"):
        q = q.where(n.c.id.in_(body["ids"]))
    with state().db.write() as conn:
        conn.execute(q.values(read_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
        unread = _unread(conn, principal.user_id)
    return {"unread": unread}


@route("/notifications/{notification_id}", "DELETE", "Delete one of your notifications", "notifications")
def delete_notification(principal: Principal, notification_id: int) -> Any:
    _person(principal)
    n = cat.notifications
    with state().db.write() as conn:
        res = conn.execute(sa.delete(n).where(n.c.id == notification_id, n.c.user_id == principal.user_id))
        unread = _unread(conn, principal.user_id)
    if res.rowcount != 1:
        raise not_found("This notification does not exist.")
    return {"unread": unread}


@route("/notifications/settings", "GET", "Your notification settings", "notifications")
def get_settings(principal: Principal) -> Any:
    _person(principal)
    with state().db.read() as conn:
        return {"settings": notify.settings_of(conn, principal.user_id), "kinds": list(notify.KINDS)}


@route("/notifications/settings", "PATCH", "Mute kinds (mention, assigned, automation) or bases; email on or off",
       "notifications", body=SettingsPatch)
def patch_settings(principal: Principal, body: dict) -> Any:
    _person(principal)
    with state().db.write() as conn:
        return {"settings": notify.save_settings(conn, principal.user_id, body), "kinds": list(notify.KINDS)}
