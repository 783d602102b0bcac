"""`apply_action`: the one path every change to a base takes.

validate → write (one transaction) → log with inverse → version + 1 → commit → publish.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from server.actions import events
from server.actions.context import ActionContext, utcnow
from server.actions.hooks import run_action_done_hooks
from server.actions.registry import Done, get_handler
from server.catalog import schema as cat
from server.errors import ApiError, bad_request, invalid, invalid_input, not_found
from server.query.access import unrestricted
from server.storage.engine import Database

CLIENT_ID_MAX = 64


@dataclass
class ActionResult:
    version: int
    action_id: int
    entry: dict[str, Any]
    result: dict[str, Any]


# Checks run before every handler, nested ones included: fn(ctx, action) raises ApiError to
# refuse (server.permissions.checks registers roles and table/column permissions here).
ActionCheck = Callable[[ActionContext, dict[str, Any]], None]
_checks: list[ActionCheck] = []


def register_check(fn: ActionCheck) -> ActionCheck:
    """Add a check every action passes before its handler runs (idempotent)."""
    if fn not in _checks:
        _checks.append(fn)
    return fn


def run_handler(ctx: ActionContext, action: dict[str, Any]) -> Done:
    if not isinstance(action, dict):
        raise bad_request("an action is a JSON object", {"action": ["must be an object"]})
    type_ = action.get("type")
    spec = get_handler(type_) if isinstance(type_, str) else None
    if spec is None:
        raise invalid(f"unknown action type {type_!r}", {"type": ["unknown action type"]}, code="unknown_action")
    if not ctx.trusted and ("raw" in action or not spec.public):
        raise invalid(f"action {type_!r} cannot be sent by a client", {"type": ["internal action"]},
                      code="unknown_action")
    # The payload's shape before anything else: nothing is written for a malformed action.
    # The handler gets the payload as sent (the schema checks, it does not convert).
    errors = (spec.lenient if ctx.trusted else spec.strict).validate(action)
    if errors:
        raise invalid_input(f"{type_} not applied", errors)
    for check in _checks:
        check(ctx, action)
    done = spec.fn(ctx, action)
    done.payload.setdefault("type", spec.type)
    if spec.changes_schema:
        ctx.schema_changed = True
    return done


def _entry(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"], "base_id": row["base_id"], "version": row["version"], "user_id": row["user_id"],
        "client_id": row["client_id"], "type": row["type"], "payload": row["payload"], "kind": row["kind"],
        "target_id": row["target_id"], "touches": row["touches"],
        "created_at": row["created_at"].strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "schema_changed": row.get("schema_changed", False),
    }


def apply_action(db: Database, schema_cache: Any, base_id: int, user_id: int | None, action: dict[str, Any],
                 *, client_id: str | None = None, kind: str = "do", target_id: int | None = None,
                 public: bool = True, files_dir: Any = None, max_batch: int = 1000,
                 before_commit: Any = None) -> ActionResult:
    """Apply one action to a base. Raises ApiError; on error nothing is written."""
    if client_id is not None and (not isinstance(client_id, str) or len(client_id) > CLIENT_ID_MAX):
        raise bad_request("client_id must be text of at most 64 characters", {"client_id": ["invalid"]})
    for attempt in range(RETRIES):
        try:
            # Handlers, undo and stored formulas work on the whole base; the write check
            # (server.permissions.checks) holds the member to their access rules.
            with unrestricted():
                return _apply_once(db, schema_cache, base_id, user_id, action, client_id=client_id, kind=kind,
                                   target_id=target_id, public=public, files_dir=files_dir, max_batch=max_batch,
                                   before_commit=before_commit)
        except sa.exc.OperationalError as exc:
            # PostgreSQL may pick this transaction as a deadlock victim (e.g. a column added while
            # the index worker builds an index CONCURRENTLY). Nothing was written: run it again.
            if getattr(exc.orig, "sqlstate", None) not in RETRYABLE_SQLSTATES or attempt == RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


RETRIES = 3
RETRYABLE_SQLSTATES = ("40P01", "40001")  # deadlock detected, serialization failure


def _apply_once(db: Database, schema_cache: Any, base_id: int, user_id: int | None, action: dict[str, Any],
                *, client_id: str | None, kind: str, target_id: int | None, public: bool, files_dir: Any,
                max_batch: int, before_commit: Any) -> ActionResult:
    with db.write() as conn:
        # Lock the base row first: actions on one base are serialised and numbered in order.
        row = conn.execute(
            sa.update(cat.bases).where(cat.bases.c.id == base_id, cat.bases.c.deleted_at.is_(None))
            .values(version=cat.bases.c.version + 1)
            .returning(cat.bases.c.version, cat.bases.c.schema_version)
        ).first()
        if row is None:
            raise not_found("This base does not exist.")
        version, schema_version = row
        schema = schema_cache.get(conn, base_id, schema_version)
        ctx = ActionContext(conn=conn, base_id=base_id, user_id=user_id, schema=schema, now=utcnow(),
                            version=version, files_dir=files_dir, trusted=not public, max_batch=max_batch)
        done = run_handler(ctx, action)
        # Derived data (stored formula results) follows the action inside the same transaction.
        run_action_done_hooks(ctx)
        if ctx.schema_changed:
            conn.execute(sa.update(cat.bases).where(cat.bases.c.id == base_id)
                         .values(schema_version=cat.bases.c.schema_version + 1))
        values = {
            "base_id": base_id, "version": version, "user_id": user_id, "client_id": client_id,
            "type": done.payload["type"], "payload": done.payload, "inverse": done.inverse, "kind": kind,
            "target_id": target_id, "reverted": False, "touches": ctx.compact_touches(),
            "summary": _summary(ctx.result), "created_at": ctx.now,
        }
        action_id = conn.execute(sa.insert(cat.actions).values(**values).returning(cat.actions.c.id)).scalar_one()
        if ctx.row_changes:
            conn.execute(sa.insert(cat.row_changes),
                         [{"action_id": action_id, **rc} for rc in ctx.row_changes])
        if before_commit is not None:
            before_commit(conn, action_id)
        values["id"] = action_id
        values["schema_changed"] = ctx.schema_changed
        entry = _entry(values)
        events.in_transaction(conn, entry)
    events.publish(entry)
    return ActionResult(version=version, action_id=action_id, entry=entry, result=ctx.result)


def _summary(result: dict[str, Any]) -> dict[str, Any] | None:
    """What the log keeps of an action's result: rows answered to the caller only as a count
    (a 1,000-row insert would otherwise store its rows twice: in the payload and here)."""
    if not result:
        return None
    if isinstance(result.get("rows"), list):
        return {**result, "rows": len(result["rows"])}
    return result


def ensure(condition: bool, message: str, fields: dict | None = None) -> None:
    if not condition:
        raise ApiError(422, "invalid", message, fields)
