"""Automation rules of a table (owners manage, members read) and their run log.

Members who are not owners read rules with each webhook action's URL and secret redacted: a
webhook's address and signing secret are credentials of the owner's receiving system.

A rule is {name, active, trigger, actions}; see server/automations/rules.py for the trigger
and action kinds. Everything a rule names (columns in templates, filters, tables, members,
URLs) is checked when it is saved: a rule cannot be stored broken.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.actions import changes
from server.api.access import base_role, table_access
from server.api.routing import route
from server.auth.service import Principal
from server.automations import rules as auto
from server.catalog import schema as cat
from server.errors import forbidden, not_found
from server.notifications.notify import iso
from server.state import state


class RuleBody(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    active = fields.Boolean(load_default=True)
    trigger = fields.Dict(required=True)
    actions = fields.List(fields.Dict(), required=True)


class RulePatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    active = fields.Boolean()
    trigger = fields.Dict()
    actions = fields.List(fields.Dict())


class RunsQuery(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))


class RunBody(Schema):
    row_ids = fields.List(fields.String(validate=validate.Length(equal=22)), load_default=None,
                          validate=validate.Length(min=1, max=auto.MAX_ROWS_PER_RUN))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _redacted(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actions as a non-owner sees them: a webhook's URL and secret replaced by null, and
    `redacted: true` so the app can say why."""
    return [{**a, "url": None, "secret": None, "redacted": True} if a.get("type") == "webhook" else a
            for a in actions or []]


def _json(r: Any, owner: bool) -> dict[str, Any]:
    return {"id": r.id, "base_id": r.base_id, "table_id": r.table_id, "name": r.name, "active": bool(r.active),
            "trigger": r.trigger, "actions": r.actions if owner else _redacted(r.actions),
            "next_run_at": iso(r.next_run_at),
            "created_by": r.created_by, "created_at": iso(r.created_at)}


def _owner(principal: Principal, base_id: int) -> None:
    if principal.via == "token":
        raise forbidden("API tokens cannot manage automations.")
    base_role(principal, base_id, "owner")


def _is_owner(principal: Principal, base_id: int) -> bool:
    """Whether the caller sees rules unredacted: an owner of the base in the app (not a token)."""
    return principal.via != "token" and base_role(principal, base_id, "viewer") == "owner"


def _rule(principal: Principal, rule_id: int, needed: str = "viewer") -> Any:
    with state().db.read() as conn:
        row = conn.execute(sa.select(cat.automation_rules).where(cat.automation_rules.c.id == rule_id)).first()
    if row is None:
        raise not_found("This automation does not exist.")
    try:
        base_role(principal, row.base_id, "viewer")
    except Exception as exc:
        if getattr(exc, "status", None) == 404:
            raise not_found("This automation does not exist.") from None
        raise
    if needed == "owner":
        _owner(principal, row.base_id)
    return row


def _table(conn: sa.Connection, base_id: int, table_id: int) -> Any:
    schema = state().schema_cache.get(conn, base_id)
    table = schema.table(table_id)
    if table is None:
        raise not_found("This table does not exist.")
    return schema, table


@route("/tables/{table_id}/automations", "GET", "Automation rules of a table", "automations")
def list_rules(principal: Principal, table_id: int) -> Any:
    base_id, _ = table_access(principal, table_id)
    owner = _is_owner(principal, base_id)
    r = cat.automation_rules
    with state().db.read() as conn:
        rows = conn.execute(sa.select(r).where(r.c.table_id == table_id).order_by(r.c.id)).all()
    return {"automations": [_json(x, owner) for x in rows], "triggers": list(auto.TRIGGERS), "actions": list(auto.ACTIONS)}


@route("/tables/{table_id}/automations", "POST", "Add an automation rule (owners)", "automations", body=RuleBody,
       responses={201: "the rule", 422: "a trigger, action, template, filter or URL that does not fit"})
def create_rule(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    _owner(principal, base_id)
    r = cat.automation_rules
    with state().db.write() as conn:
        schema, table = _table(conn, base_id, table_id)
        rid = auto.create_rule(conn, schema, table, body["name"], body["trigger"], body["actions"],
                               principal.user_id, body["active"])
        row = conn.execute(sa.select(r).where(r.c.id == rid)).one()
    return {"automation": _json(row, True)}, 201


@route("/automations/{rule_id}", "GET", "One automation rule", "automations")
def get_rule(principal: Principal, rule_id: int) -> Any:
    row = _rule(principal, rule_id)
    return {"automation": _json(row, _is_owner(principal, row.base_id))}


@route("/automations/{rule_id}", "PATCH", "Change an automation rule (owners)", "automations", body=RulePatch)
def patch_rule(principal: Principal, rule_id: int, body: dict) -> Any:
    row = _rule(principal, rule_id, "owner")
    r = cat.automation_rules
    values: dict[str, Any] = {k: v for k, v in body.items() if k in ("name", "active")}
    with state().db.write() as conn:
        schema, table = _table(conn, row.base_id, row.table_id)
        if "trigger" in body or "actions" in body:
            values["trigger"] = auto.validate_trigger(conn, table, body.get("trigger", row.trigger))
            values["actions"] = auto.validate_actions(conn, schema, table, body.get("actions", row.actions),
                                                      changes.members(conn, row.base_id))
        if values:
            conn.execute(sa.update(r).where(r.c.id == row.id).values(**values))
        if "trigger" in body or body.get("active") is True:
            auto.arm(conn, row.id, table, values.get("trigger", row.trigger))
        out = conn.execute(sa.select(r).where(r.c.id == row.id)).one()
    return {"automation": _json(out, True)}


@route("/automations/{rule_id}", "DELETE", "Delete an automation rule and its run log (owners)", "automations")
def delete_rule(principal: Principal, rule_id: int) -> Any:
    row = _rule(principal, rule_id, "owner")
    with state().db.write() as conn:
        conn.execute(sa.delete(cat.automation_matches).where(cat.automation_matches.c.rule_id == row.id))
        conn.execute(sa.delete(cat.automation_runs).where(cat.automation_runs.c.rule_id == row.id))
        conn.execute(sa.delete(cat.automation_rules).where(cat.automation_rules.c.id == row.id))
    return {"ok": True}


@route("/automations/{rule_id}/runs", "GET",
       "The run log of a rule, newest first: when, trigger, rows, status, per-action results, error", "automations",
       query=RunsQuery)
def list_runs(principal: Principal, rule_id: int, query: dict) -> Any:
    row = _rule(principal, rule_id)
    ar = cat.automation_runs
    with state().db.read() as conn:
        runs = conn.execute(sa.select(ar).where(ar.c.rule_id == row.id).order_by(ar.c.id.desc())
                            .limit(query["limit"])).all()
    return {"automation": _json(row, _is_owner(principal, row.base_id)), "runs": [{
        "id": x.id, "trigger": x.trigger, "action_id": x.action_id, "depth": x.depth, "row_ids": x.row_ids,
        "status": x.status, "results": x.results, "error": x.error, "created_at": iso(x.created_at),
        "started_at": iso(x.started_at), "finished_at": iso(x.finished_at)} for x in runs]}


@route("/automations/{rule_id}/run", "POST",
       "Run a rule now (owners): on the given rows, or on the rows matching its conditions", "automations",
       body=RunBody, responses={201: "queued"})
def run_now(principal: Principal, rule_id: int, body: dict) -> Any:
    row = _rule(principal, rule_id, "owner")
    st = state()
    now = _now()
    with st.db.write() as conn:
        _, table = _table(conn, row.base_id, row.table_id)
        if body.get("row_ids"):
            ids = auto.matching_rows(conn, table, {}, now, row_ids=body["row_ids"])
            missing = [i for i in body["row_ids"] if i not in ids]
            if missing:
                raise not_found(f"Row {missing[0]} does not exist in this table.")
        else:
            ids = auto.matching_rows(conn, table, row.trigger, now, limit=auto.MAX_ROWS_PER_RUN)
        auto.queue_run(conn, row, "manual", None, 0, ids, now)
        run_id = conn.execute(sa.select(sa.func.max(cat.automation_runs.c.id))
                              .where(cat.automation_runs.c.rule_id == row.id)).scalar_one()
    auto.kick()
    return {"run_id": run_id, "row_ids": ids}, 201
