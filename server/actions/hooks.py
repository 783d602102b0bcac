"""Extension points inside row actions, for features that keep data beside a table's own
columns (links keep junction tables): they clean up and hand back their own inverse."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

RowDeleteHook = Callable[[Any, Any, list[int], list[str]], list[dict]]
_row_delete_hooks: list[RowDeleteHook] = []


def on_row_delete(fn: RowDeleteHook) -> RowDeleteHook:
    """Register fn(ctx, table, internal_ids, row_ids) -> inverse actions, run before rows go."""
    _row_delete_hooks.append(fn)
    return fn


def run_row_delete_hooks(ctx: Any, table: Any, internal_ids: list[int], row_ids: list[str]) -> list[dict]:
    inverses: list[dict] = []
    for fn in _row_delete_hooks:
        inverses.extend(fn(ctx, table, internal_ids, row_ids))
    return inverses


ColumnChangeHook = Callable[[Any, int, int, str], None]
_column_change_hooks: list[ColumnChangeHook] = []


def on_column_change(fn: ColumnChangeHook) -> ColumnChangeHook:
    """Register fn(ctx, table_id, column_id, event) run after add/modify/delete/restore of a column
    (event is that word), for features whose derived data follows columns (formulas, links)."""
    _column_change_hooks.append(fn)
    return fn


def run_column_change_hooks(ctx: Any, table_id: int, column_id: int, event: str) -> None:
    for fn in _column_change_hooks:
        fn(ctx, table_id, column_id, event)


ActionDoneHook = Callable[[Any], None]
_action_done_hooks: list[ActionDoneHook] = []


def on_action_done(fn: ActionDoneHook) -> ActionDoneHook:
    """Register fn(ctx) run after an action's handler, before it is logged and committed."""
    _action_done_hooks.append(fn)
    return fn


def run_action_done_hooks(ctx: Any) -> None:
    for fn in _action_done_hooks:
        fn(ctx)
