"""Snapshots and point-in-time restore of a base (owners only).

A snapshot is a backup file the server keeps (server.snapshots.store): taken automatically
(server.snapshots.scheduler) or now, on request; restored as a new base like an uploaded backup.
A point-in-time restore takes the base back to a moment from its action log
(server.snapshots.pointintime): in place as one undoable action, or as a new base.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Flask
from marshmallow import Schema, fields, validate

from server.api.access import base_role, client_id
from server.api.routing import route
from server.auth.service import Principal
from server.errors import forbidden, not_found
from server.io.backup import import_base
from server.snapshots import pointintime, scheduler, store
from server.state import state

TAG = "snapshots"


def init_app(app: Flask) -> None:
    scheduler.start(app)


class RestoreBody(Schema):
    name = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200),
                         metadata={"description": "the new base's name (default: the snapshot's base name)"})


class PointInTimeBody(Schema):
    at = fields.AwareDateTime(required=True, default_timezone=dt.UTC,
                              metadata={"description": "the moment (ISO 8601; without an offset: UTC)"})
    mode = fields.String(required=True, validate=validate.OneOf(["new_base", "in_place"]),
                         metadata={"description": "new_base: a copy as it was, the base unchanged; "
                                                  "in_place: the base itself goes back (one undoable action)"})
    name = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200),
                         metadata={"description": "new_base only: the new base's name"})
    client_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=64),
                              metadata={"description": "in_place: the client whose undo takes it back "
                                                       "(default: the X-Tablo-Client header)"})


def _owner(principal: Principal, base_id: int) -> None:
    base_role(principal, base_id, "owner")


def _no_token(principal: Principal) -> None:
    if principal.via == "token":
        raise forbidden("API tokens are for one base; restore into a new base in the app.")


def _settings() -> dict[str, Any]:
    c = state().config
    return {"every_hours": c.snapshot_every_hours, "keep": c.snapshot_keep, "keep_days": c.snapshot_keep_days}


@route("/bases/{base_id}/snapshots", "GET", "The base's snapshots, newest first, and the snapshot settings", TAG,
       responses={200: "{snapshots: [{id, taken_at, size, kind (auto, manual), taken_by, version, base_name}], "
                       "settings: {every_hours, keep, keep_days}}"})
def list_snapshots(principal: Principal, base_id: int) -> Any:
    _owner(principal, base_id)
    return {"snapshots": store.list_snapshots(state().config, base_id), "settings": _settings()}


@route("/bases/{base_id}/snapshots", "POST", "Take a snapshot of the base now", TAG,
       responses={201: "the snapshot: {id, taken_at, size, kind, taken_by, version, base_name}"})
def take_snapshot(principal: Principal, base_id: int) -> Any:
    _owner(principal, base_id)
    return store.take_snapshot(state(), base_id, "manual", principal.user_id), 201


@route("/bases/{base_id}/snapshots/{snapshot}/restore", "POST", "Restore a snapshot as a new base", TAG,
       body=RestoreBody,
       responses={201: "{base_id, missing_files, switched_off}, as a backup restore answers"})
def restore_snapshot(principal: Principal, base_id: int, snapshot: str, body: dict) -> Any:
    _owner(principal, base_id)
    _no_token(principal)
    st = state()
    path = store.snapshot_file(st.config, base_id, snapshot)
    if path is None:
        raise not_found("This snapshot does not exist.")
    return import_base(st, principal.user_id, str(path), body["name"]), 201


@route("/bases/{base_id}/snapshots/{snapshot}", "DELETE", "Delete a snapshot", TAG)
def delete_snapshot(principal: Principal, base_id: int, snapshot: str) -> Any:
    _owner(principal, base_id)
    if not store.delete_snapshot(state().config, base_id, snapshot):
        raise not_found("This snapshot does not exist.")
    return {"ok": True}


@route("/bases/{base_id}/point-in-time", "POST", "Restore the base as it was at a moment, from its action log",
       TAG, body=PointInTimeBody,
       responses={200: "in_place: {version, undone: how many changes were taken back} (one undoable action)",
                  201: "new_base: {base_id, missing_files, switched_off}",
                  409: "log_incomplete: the action log does not reach back to that moment",
                  422: "a moment in the future or before the base existed; nothing_changed (in place)"})
def point_in_time(principal: Principal, base_id: int, body: dict) -> Any:
    _owner(principal, base_id)
    st = state()
    at = body["at"].astimezone(dt.UTC).replace(tzinfo=None)
    if body["mode"] == "new_base":
        _no_token(principal)
        return pointintime.restore_as_new(st, base_id, principal.user_id, at, body["name"]), 201
    res = pointintime.revert_in_place(st, base_id, principal.user_id, at, client_id(body))
    return {"version": res.version, "undone": res.entry["payload"]["undone"]}
