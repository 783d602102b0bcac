"""Action handlers by type. A handler validates and writes; it returns what was done (the
normalised payload) and how to undo it (the inverse payload)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from server.actions.context import ActionContext


@dataclass
class Done:
    payload: dict[str, Any]
    inverse: dict[str, Any]


Handler = Callable[["ActionContext", dict[str, Any]], Done]


@dataclass(frozen=True)
class HandlerSpec:
    type: str
    fn: Handler
    # Public handlers may be sent by clients; internal ones only come from inverses.
    public: bool
    # Minimum role: "editor" for row writes, "owner" for schema writes when configured.
    min_role: str
    changes_schema: bool


_HANDLERS: dict[str, HandlerSpec] = {}


def action_handler(type_: str, *, public: bool = True, min_role: str = "editor",
                   changes_schema: bool = False) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        if type_ in _HANDLERS:
            raise ValueError(f"action {type_!r} registered twice")
        _HANDLERS[type_] = HandlerSpec(type_, fn, public, min_role, changes_schema)
        return fn

    return deco


def get_handler(type_: str) -> HandlerSpec | None:
    _load_builtin_handlers()
    return _HANDLERS.get(type_)


def public_action_types() -> list[str]:
    _load_builtin_handlers()
    return sorted(t for t, h in _HANDLERS.items() if h.public)


_loaded = False


def _load_builtin_handlers() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    import server.actions.handlers  # noqa: F401  (registers every handler module)
