"""What a column's constraints are, which types may have which, and how they are validated.

Stored in the column's options as `{"constraints": {"required": bool, "unique": bool,
"default": <API value>, "default_dynamic": "today" | "me"}}` (no catalog change: options are
JSON already). A modify_column whose options leave `constraints` out keeps the column's
constraints; `"constraints": {}` clears them.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

from server.catalog.model import ColumnMeta

KEY = "constraints"
DYNAMIC_DEFAULTS = {"today": "date", "me": "collaborator"}  # dynamic default → the type it fits
UNIQUE_FAMILIES = frozenset({"text", "number", "date", "select"})


class ConstraintsSchema(Schema):
    """The `constraints` object of a column's options."""

    required = fields.Boolean(load_default=False, metadata={"description": "every row must have a value"})
    unique = fields.Boolean(load_default=False,
                            metadata={"description": "no two rows share a value (text: trimmed, any case)"})
    default = fields.Raw(allow_none=True, load_default=None,
                         metadata={"description": "the value new rows get unless one is given (an API value)"})
    default_dynamic = fields.String(allow_none=True, load_default=None,
                                    validate=validate.OneOf(sorted(DYNAMIC_DEFAULTS)),
                                    metadata={"description": "today (date columns) or me (collaborator columns)"})


def constraints_of(col: ColumnMeta) -> dict[str, Any]:
    """The column's constraints (empty when it has none)."""
    found = col.options.get(KEY) if isinstance(col.options, dict) else None
    return found if isinstance(found, dict) else {}


def is_required(col: ColumnMeta) -> bool:
    return bool(constraints_of(col).get("required"))


def is_unique(col: ColumnMeta) -> bool:
    return bool(constraints_of(col).get("unique"))


def has_default(col: ColumnMeta) -> bool:
    c = constraints_of(col)
    return c.get("default") is not None or c.get("default_dynamic") is not None


def writable(col: ColumnMeta | None, type_cls: Any) -> bool:
    """Columns whose cells a person writes and that live in the row's own table."""
    return not (type_cls.read_only or not type_cls.stored or type_cls.deferred_write)


def can_be_unique(type_cls: Any) -> bool:
    return type_cls.family in UNIQUE_FAMILIES and not type_cls.list_value and writable(None, type_cls)


def split(options: Any) -> tuple[Any, Any]:
    """(the type's own options, the constraints given or None) from options as a client sent them."""
    if not isinstance(options, dict) or KEY not in options:
        return options, None
    rest = {k: v for k, v in options.items() if k != KEY}
    return rest, options[KEY]


def validate_constraints(type_id: str, type_cls: Any, given: Any) -> dict[str, Any]:
    """Load and check a `constraints` object against the column's type; ValidationError names the key."""
    if given is None:
        return {}
    if not isinstance(given, dict):
        raise ValidationError({KEY: ["must be an object"]})
    try:
        loaded = ConstraintsSchema().load(given)
    except ValidationError as exc:
        raise ValidationError({KEY: exc.messages}) from exc
    errors: dict[str, list[str]] = {}
    any_set = loaded["required"] or loaded["unique"] or loaded["default"] is not None \
        or loaded["default_dynamic"] is not None
    if any_set and not writable(None, type_cls):
        errors["required"] = [f"a {type_id} column is computed or linked: it takes no constraints"]
    elif loaded["required"] and type_cls.family == "checkbox":
        errors["required"] = ["a checkbox always has a value (ticked or not)"]
    if loaded["unique"] and not can_be_unique(type_cls):
        errors["unique"] = [f"a {type_id} column cannot be unique"]
    dyn = loaded["default_dynamic"]
    if dyn is not None and DYNAMIC_DEFAULTS[dyn] != type_id:
        errors["default_dynamic"] = [f"{dyn} is a default for {DYNAMIC_DEFAULTS[dyn]} columns only"]
    if dyn is not None and loaded["default"] is not None:
        errors["default"] = ["give a default value or a dynamic default, not both"]
    if errors:
        raise ValidationError({KEY: errors})
    return {k: v for k, v in loaded.items() if v not in (None, False)}


def carry(col: ColumnMeta, new_type_cls: Any) -> dict[str, Any]:
    """The constraints a column keeps when its type changes: those the new type allows."""
    c = constraints_of(col)
    out: dict[str, Any] = {}
    if c.get("required") and writable(None, new_type_cls) and new_type_cls.family != "checkbox":
        out["required"] = True
    if c.get("unique") and can_be_unique(new_type_cls):
        out["unique"] = True
    return out
