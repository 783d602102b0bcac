"""`batch`: several actions as one (one undo step, one version)."""

from __future__ import annotations

from typing import Any

from server.actions.context import ActionContext
from server.actions.registry import Done, action_handler
from server.errors import invalid

MAX_BATCH_ACTIONS = 500


@action_handler("batch")
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
