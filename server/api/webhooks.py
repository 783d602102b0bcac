"""Webhooks of a base (owners): create, list, change, delete, the delivery log, a test
ping, and the admin setting that allows private targets.

The URL must be http(s) and, unless the admin setting `webhooks_allow_private` is on, must
not resolve to a loopback, private, link-local or reserved address (checked again at every
delivery; see server/automations/webhooks.py).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.actions import changes
from server.api.access import base_role
from server.api.routing import route
from server.auth.service import Principal
from server.automations import webhooks
from server.catalog import schema as cat
from server.errors import forbidden, invalid, not_found
from server.notifications.notify import iso
from server.state import state

MAX_HOOKS_PER_BASE = 50


class HookBody(Schema):
    url = fields.String(required=True, validate=validate.Length(min=8, max=2000))
    secret = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200))
    events = fields.List(fields.String(validate=validate.OneOf(changes.EVENTS)), load_default=lambda: list(changes.EVENTS),
                         validate=validate.Length(min=1))


class HookPatch(Schema):
    url = fields.String(validate=validate.Length(min=8, max=2000))
    secret = fields.String(allow_none=True, validate=validate.Length(min=1, max=200))
    events = fields.List(fields.String(validate=validate.OneOf(changes.EVENTS)), validate=validate.Length(min=1))
    active = fields.Boolean()


class DeliveriesQuery(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))
    status = fields.String(load_default=None, validate=validate.OneOf(["pending", "sending", "ok", "failed", "skipped"]))


class AdminSettings(Schema):
    webhooks_allow_private = fields.Boolean(required=True)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _check_url(url: str) -> None:
    try:
        webhooks.check_target(url, webhooks.allow_private())
    except webhooks.Refused as exc:
        raise invalid(f"this URL cannot receive webhooks: {exc}", {"url": [str(exc)]}) from None


def _json(r: Any) -> dict[str, Any]:
    return {"id": r.id, "base_id": r.base_id, "url": r.url, "has_secret": bool(r.secret), "events": list(r.events),
            "active": bool(r.active), "disabled_reason": r.disabled_reason, "failures": r.failures,
            "created_at": iso(r.created_at)}


def _hook(conn: sa.Connection, base_id: int, hook_id: int) -> Any:
    w = cat.webhooks
    row = conn.execute(sa.select(w).where(w.c.id == hook_id, w.c.base_id == base_id)).first()
    if row is None:
        raise not_found("This webhook does not exist.")
    return row


def _owner(principal: Principal, base_id: int) -> None:
    if principal.via == "token":
        raise forbidden("API tokens cannot manage webhooks.")
    base_role(principal, base_id, "owner")


@route("/bases/{base_id}/webhooks", "GET", "Webhooks of a base", "webhooks")
def list_hooks(principal: Principal, base_id: int) -> Any:
    _owner(principal, base_id)
    w = cat.webhooks
    with state().db.read() as conn:
        rows = conn.execute(sa.select(w).where(w.c.base_id == base_id).order_by(w.c.id)).all()
    return {"webhooks": [_json(r) for r in rows], "events": list(changes.EVENTS)}


@route("/bases/{base_id}/webhooks", "POST",
       "Add a webhook: http(s) URL, optional secret (HMAC-SHA256 body signature), events", "webhooks",
       body=HookBody, responses={201: "the webhook", 422: "bad or refused URL"})
def create_hook(principal: Principal, base_id: int, body: dict) -> Any:
    _owner(principal, base_id)
    _check_url(body["url"])
    w = cat.webhooks
    with state().db.write() as conn:
        n = conn.execute(sa.select(sa.func.count()).select_from(w).where(w.c.base_id == base_id)).scalar_one()
        if n >= MAX_HOOKS_PER_BASE:
            raise invalid(f"a base has at most {MAX_HOOKS_PER_BASE} webhooks", {"url": ["too many webhooks"]})
        hid = conn.execute(sa.insert(w).values(base_id=base_id, url=body["url"], secret=body["secret"],
                                               events=list(dict.fromkeys(body["events"])), active=True, failures=0,
                                               created_by=principal.user_id, created_at=_now())
                           .returning(w.c.id)).scalar_one()
        row = conn.execute(sa.select(w).where(w.c.id == hid)).one()
    return {"webhook": _json(row)}, 201


@route("/bases/{base_id}/webhooks/{hook_id}", "PATCH",
       "Change a webhook; active: true switches a disabled one back on (and clears its failures)", "webhooks",
       body=HookPatch)
def patch_hook(principal: Principal, base_id: int, hook_id: int, body: dict) -> Any:
    _owner(principal, base_id)
    if "url" in body:
        _check_url(body["url"])
    w = cat.webhooks
    values = dict(body)
    if "events" in values:
        values["events"] = list(dict.fromkeys(values["events"]))
    if values.get("active") is True:
        values.update(failures=0, disabled_reason=None)
    elif values.get("active") is False:
        values["disabled_reason"] = "switched off by a person"
    with state().db.write() as conn:
        row = _hook(conn, base_id, hook_id)
        if values:
            conn.execute(sa.update(w).where(w.c.id == row.id).values(**values))
        row = conn.execute(sa.select(w).where(w.c.id == row.id)).one()
    return {"webhook": _json(row)}


@route("/bases/{base_id}/webhooks/{hook_id}", "DELETE", "Delete a webhook and its delivery log", "webhooks")
def delete_hook(principal: Principal, base_id: int, hook_id: int) -> Any:
    _owner(principal, base_id)
    with state().db.write() as conn:
        row = _hook(conn, base_id, hook_id)
        conn.execute(sa.delete(cat.webhook_deliveries).where(cat.webhook_deliveries.c.webhook_id == row.id))
        conn.execute(sa.delete(cat.webhooks).where(cat.webhooks.c.id == row.id))
    return {"ok": True}


@route("/bases/{base_id}/webhooks/{hook_id}/deliveries", "GET",
       "The delivery log of a webhook, newest first: status, attempts, HTTP status, error, body", "webhooks",
       query=DeliveriesQuery)
def list_deliveries(principal: Principal, base_id: int, hook_id: int, query: dict) -> Any:
    _owner(principal, base_id)
    d = cat.webhook_deliveries
    with state().db.read() as conn:
        hook = _hook(conn, base_id, hook_id)
        q = sa.select(d).where(d.c.webhook_id == hook.id)
        if query["status"]:
            q = q.where(d.c.status == query["status"])
        rows = conn.execute(q.order_by(d.c.id.desc()).limit(query["limit"])).all()
    return {"webhook": _json(hook), "deliveries": [{
        "id": r.id, "event": r.event, "action_id": r.action_id, "status": r.status, "attempts": r.attempts,
        "last_status": r.last_status, "last_error": r.last_error, "created_at": iso(r.created_at),
        "next_attempt_at": iso(r.next_attempt_at) if r.status == "pending" else None,
        "finished_at": iso(r.finished_at), "body": json.loads(r.body)} for r in rows]}


@route("/bases/{base_id}/webhooks/{hook_id}/ping", "POST", "Queue a test delivery (event 'ping')", "webhooks",
       responses={201: "queued"})
def ping_hook(principal: Principal, base_id: int, hook_id: int) -> Any:
    _owner(principal, base_id)
    now = _now()
    with state().db.write() as conn:
        hook = _hook(conn, base_id, hook_id)
        body = json.dumps({"event": "ping", "base_id": base_id, "webhook_id": hook.id, "time": iso(now)})
        did = conn.execute(sa.insert(cat.webhook_deliveries).values(
            webhook_id=hook.id, action_id=None, event="ping", body=body, status="pending", attempts=0,
            next_attempt_at=now, created_at=now).returning(cat.webhook_deliveries.c.id)).scalar_one()
    webhooks.kick()
    return {"delivery_id": did}, 201


@route("/admin/webhook-settings", "GET", "Server-wide webhook settings (admins)", "webhooks", admin=True)
def get_admin_settings(principal: Principal) -> Any:
    return {"webhooks_allow_private": webhooks.allow_private()}


@route("/admin/webhook-settings", "PATCH",
       "Allow webhooks to loopback / private addresses (admins; off by default: no SSRF)", "webhooks",
       body=AdminSettings, admin=True)
def patch_admin_settings(principal: Principal, body: dict) -> Any:
    s = cat.settings
    with state().db.write() as conn:
        conn.execute(sa.delete(s).where(s.c.key == "webhooks_allow_private"))
        conn.execute(sa.insert(s).values(key="webhooks_allow_private", value=body["webhooks_allow_private"]))
    return {"webhooks_allow_private": webhooks.allow_private()}
