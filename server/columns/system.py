"""Read-only types over the system columns: created/modified time, creator, last modifier."""

from __future__ import annotations

from typing import ClassVar

import sqlalchemy as sa
from marshmallow import fields

from server.columns.base import CellError, ColumnType
from server.columns.dates import DateType


class _SystemType(ColumnType):
    read_only = True
    stored = False
    system_column: ClassVar[str]

    def to_db(self, value, col, ctx):
        raise CellError("this column is filled in by the server")

    def parse_text(self, text, col, ctx):
        raise CellError("this column is filled in by the server")

    def convert_value(self, value, source, target, ctx):
        return None


class CTimeType(_SystemType):
    type_id = "ctime"
    family = "date"
    formula_kind = "date"
    system_column = "_ctime"

    def api_field(self):
        return fields.DateTime(dump_only=True)

    def from_db(self, value, col, ctx):
        return None if value is None else value.strftime("%Y-%m-%dT%H:%M:%SZ")

    def to_text(self, value, col, ctx):
        return self.from_db(value, col, ctx) or ""

    def export_value(self, value, col, ctx):
        return value, "yyyy-mm-dd hh:mm"

    search_expression = DateType.search_expression
    formula_value = DateType.formula_value


class MTimeType(CTimeType):
    type_id = "mtime"
    system_column = "_mtime"


class CreatorType(_SystemType):
    type_id = "creator"
    family = "user"
    formula_kind = "number"  # the user id (formulas have no user values)
    system_column = "_creator"

    def api_field(self):
        return fields.Integer(dump_only=True)

    def from_db(self, value, col, ctx):
        if value is None:
            return None
        if ctx.by_name and value in ctx.members:
            return ctx.members[value]["email"]
        return value

    def to_text(self, value, col, ctx):
        if value is None:
            return ""
        return ctx.members[value]["email"] if value in ctx.members else str(value)

    def search_expression(self, expr, col):
        return None

    def formula_value(self, expr, col):
        return sa.cast(expr, sa.Float())


class LastModifierType(CreatorType):
    type_id = "last-modifier"
    system_column = "_last_modifier"
