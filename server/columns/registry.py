"""The one registry of column types. Adding a type: one module, one `register` line in
`server.plugins` (which registers every built-in type, in the order they are offered).
"""

from __future__ import annotations

from server.columns.base import ColumnType

_REGISTRY: dict[str, ColumnType] = {}


def register(cls: type[ColumnType]) -> type[ColumnType]:
    if cls.type_id in _REGISTRY:
        raise ValueError(f"column type {cls.type_id!r} is registered twice")
    _REGISTRY[cls.type_id] = cls()
    return cls


def get_type(type_id: str) -> ColumnType:
    try:
        return _REGISTRY[type_id]
    except KeyError:
        raise KeyError(f"unknown column type {type_id!r}") from None


def has_type(type_id: str) -> bool:
    return type_id in _REGISTRY


def all_types() -> dict[str, ColumnType]:
    return dict(_REGISTRY)
