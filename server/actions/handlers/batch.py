"""`batch`: several actions as one (one undo step, one version)."""

from __future__ import annotations

from typing import Any

from marshmallow import fields

from server.actions.context import ActionContext
from server.actions.registry import Done, action_handler
from server.actions.schemas import ActionField, ActionPayload
from server.errors import invalid

MAX_BATCH_ACTIONS = 500


class Batch(ActionPayload):
    """Several actions as one: one version, one undo step. Each is checked against its own schema."""
    actions = fields.List(ActionField(), required=True)


@action_handler("batch", Batch)
def batch(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    items = payload.get("actions")
    if not isinstance(items, list) or not items:
        raise invalid("a batch needs a non-empty list of actions", {"actions": ["required"]})
    if len(items) > MAX_BATCH_ACTIONS:
        raise invalid(f"a batch holds at most {MAX_BATCH_ACTIONS} actions", {"actions": ["too many"]})
    done_payloads: list[dict] = []
    inverses: list[dict] = []
    for item in items:
        done = ctx.run_done(item)
        done_payloads.append(done.payload)
        inverses.append(done.inverse)
    return Done({"type": "batch", "actions": done_payloads},
                {"type": "batch", "actions": list(reversed(inverses))})
