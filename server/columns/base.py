"""The contract every column type fulfils, and the context values are converted in.

A type declares, in one class: its SQL type, how an API value is validated and stored, how
it is returned, how text (paste, CSV, XLSX) becomes a value, how it sorts and is searched,
how it exports to XLSX, how values convert from other types, and its filter operators
(registered by `server.query.operators`).

Cell values are validated by hand-written code on the hot path (a batch of 1,000 rows ×
500 columns must not pay marshmallow's per-field cost); `api_field` gives the marshmallow
field that documents the same value shape in the OpenAPI document, and option schemas use
marshmallow directly.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

import sqlalchemy as sa
from marshmallow import Schema, ValidationError, fields

from server.storage.sqlfuncs import as_text, fold

if TYPE_CHECKING:
    from server.catalog.model import ColumnMeta


class CellError(ValueError):
    """A value that does not fit its column; the message is shown to the user."""


@dataclass
class ValueContext:
    """What converting a value may need beyond the value: who writes, who is a member, files."""

    user_id: int | None = None
    # user id -> {"id", "email", "name"} for the base's members (collaborator columns).
    members: dict[int, dict] = field(default_factory=dict)
    # file id -> file record, for attachment columns (filled lazily by the caller).
    file_lookup: Callable[[list[str]], dict[str, dict]] | None = None
    # Create unknown select options on write instead of rejecting them.
    create_options: bool = False
    # column id -> list of options created while converting (the action saves them).
    created_options: dict[int, list[dict]] = field(default_factory=dict)
    # Output select options and collaborators by name/email instead of id.
    by_name: bool = False
    # Column options as amended by created options, keyed by column id.
    option_overrides: dict[int, dict] = field(default_factory=dict)

    def options_of(self, col: ColumnMeta) -> dict:
        return self.option_overrides.get(col.id, col.options)


OPTION_COLORS = [
    "#FFFCB5", "#FFEAB6", "#FFD9C8", "#FFDDE5", "#FAD7FF", "#DDD9FF", "#D7E8FF", "#CFF5F1",
    "#D1F7C4", "#E2E8F0", "#FCD34D", "#FDBA74", "#FCA5A5", "#F9A8D4", "#C4B5FD", "#93C5FD",
    "#67E8F9", "#86EFAC", "#BEF264", "#CBD5E1", "#F59E0B", "#EF4444", "#10B981", "#3B82F6",
]


def new_option_id() -> str:
    return secrets.token_hex(3)


class ColumnType:
    """Base class; subclasses set `type_id` and override what differs."""

    type_id: ClassVar[str]
    read_only: ClassVar[bool] = False
    # False for types with no physical column of their own (system and computed types).
    stored: ClassVar[bool] = True
    # Filled by server.query.operators: operator name -> operator instance.
    operators: ClassVar[dict[str, Any]]
    options_schema: ClassVar[type[Schema] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.operators = {}

    # -- schema -------------------------------------------------------------------------
    def sql_type(self, options: dict) -> sa.types.TypeEngine:
        return sa.Text()

    def validate_options(self, options: dict | None, existing: dict | None = None) -> dict:
        """Validate and normalise a column's options; raises marshmallow.ValidationError."""
        options = dict(options or {})
        if self.options_schema is None:
            if options:
                raise ValidationError({"options": [f"the {self.type_id} type takes no options"]})
            return {}
        loaded = self.options_schema().load(options)
        return loaded

    def default_options(self) -> dict:
        return self.validate_options({})

    def api_field(self) -> fields.Field:
        """The marshmallow field documenting this type's API value (OpenAPI)."""
        return fields.Raw(allow_none=True)

    # -- values -------------------------------------------------------------------------
    def expression(self, table: sa.Table, col: ColumnMeta) -> sa.ColumnElement:
        """The SQL expression that reads this column from its physical table."""
        return table.c[col.phys]

    def to_db(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> Any:
        """An API value to the stored value; raises CellError."""
        return value

    def from_db(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> Any:
        """A stored value to the API value."""
        return value

    def parse_text(self, text: str, col: ColumnMeta, ctx: ValueContext) -> Any:
        """Pasted or imported text to the stored value; raises CellError."""
        text = text.strip()
        if text == "":
            return None
        return self.to_db(text, col, ctx)

    def to_text(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> str:
        """A stored value as plain text (copy, CSV, conversion to another type)."""
        if value is None:
            return ""
        return str(value)

    def export_value(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> tuple[Any, str | None]:
        """A stored value for an XLSX cell, with its number format."""
        return (self.to_text(value, col, ctx) or None), None

    def convert_value(self, value: Any, source: ColumnMeta, target: ColumnMeta, ctx: ValueContext) -> Any:
        """Convert a value stored by `source` into this type (the target); raises CellError."""
        # An empty source value (an unticked box, an empty list) is empty in any type, not the
        # text "false" or "" that would then fail to parse and be reported as a failure.
        if value is None or source.type_cls.is_empty(value):
            return None
        return self.parse_text(source.type_cls.to_text(value, source, ctx), target, ctx)

    def is_empty(self, value: Any) -> bool:
        return value is None or value == "" or value == []

    # -- query hooks --------------------------------------------------------------------
    def sort_expression(self, expr: sa.ColumnElement, col: ColumnMeta) -> sa.ColumnElement:
        return expr

    def search_expression(self, expr: sa.ColumnElement, col: ColumnMeta) -> sa.ColumnElement | None:
        return fold(as_text(expr))
