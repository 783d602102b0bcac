"""Action handlers by type. A handler validates and writes; it returns what was done (the
normalised payload) and how to undo it (the inverse payload).

Every action type declares its payload schema (marshmallow, decision 0023): the apply path
checks the payload's shape against it before the handler runs, and the OpenAPI document
lists every type with its schema.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from marshmallow import INCLUDE, RAISE, Schema, fields, validate

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
    # The payload's shape, `type` included (see payload_schema).
    schema: type[Schema]
    # Instances to check with: `strict` refuses unknown fields (what clients send), `lenient`
    # lets them through (inverses and server-made sub-actions carry internal keys).
    strict: Schema
    lenient: Schema


_HANDLERS: dict[str, HandlerSpec] = {}


def action_handler(type_: str, schema: type[Schema], *, public: bool = True, min_role: str = "editor",
                   changes_schema: bool = False) -> Callable[[Handler], Handler]:
    """Register the handler of one action type with the schema of its payload (without `type`)."""
    def deco(fn: Handler) -> Handler:
        if type_ in _HANDLERS:
            raise ValueError(f"action {type_!r} registered twice")
        full = payload_schema(type_, schema)
        _HANDLERS[type_] = HandlerSpec(type_, fn, public, min_role, changes_schema, full,
                                       full(unknown=RAISE), full(unknown=INCLUDE))
        return fn

    return deco


def payload_schema(type_: str, schema: type[Schema]) -> type[Schema]:
    """The payload schema with its `type` field: `insert_rows` + InsertRows → InsertRowsAction."""
    name = "".join(part.capitalize() for part in type_.split("_")) + "Action"
    type_field = fields.String(required=True, validate=validate.Equal(type_),
                               metadata={"description": f"always {type_!r}"})
    return type(name, (schema,), {"type": type_field, "__doc__": schema.__doc__})


def get_handler(type_: str) -> HandlerSpec | None:
    _load_builtin_handlers()
    return _HANDLERS.get(type_)


def all_handlers() -> dict[str, HandlerSpec]:
    """Every registered action type, public and internal."""
    _load_builtin_handlers()
    return dict(_HANDLERS)


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
