"""Payload schemas shared by several action types (decision 0023).

Each action type declares the shape of its payload with a marshmallow schema next to its
handler: required fields, types, nested lists. The schema checks the shape only; what a
cell value means stays with its column type (rows are `column: value` maps of raw values),
and what needs the base (does the table exist, is the name free) stays with the handler.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields


def Id(**kw: Any) -> fields.Integer:  # noqa: N802  (reads as a field class in the schemas)
    """The id of a thing in the catalog (table, column, view, chart): a whole number, never "3"."""
    return fields.Integer(strict=True, **kw)


def CellMap(**kw: Any) -> fields.Dict:  # noqa: N802
    """A row: column (id or name) to a value its column type checks. The stored form of undo
    and redo (_id, system fields, cells by physical column) is such a map too."""
    return fields.Dict(keys=fields.String(), values=fields.Raw(allow_none=True), **kw)


def Position(**kw: Any) -> fields.Float:  # noqa: N802
    """A place in an order: a finite number."""
    return fields.Float(allow_nan=False, **kw)


class ActionPayload(Schema):
    """Base of every payload schema. `type` is added per action type by the registry, which
    also decides whether unknown fields are refused (client actions) or let through (actions
    the server made: inverses and sub-actions carry internal keys)."""


class TableRef(ActionPayload):
    table_id = Id(required=True)


class ColumnRef(ActionPayload):
    column_id = Id(required=True)
    # Inverses name the column's table too; the column id alone decides.
    table_id = Id()


class ViewRef(ActionPayload):
    view_id = Id(required=True)
    table_id = Id()


class ChartRef(ActionPayload):
    chart_id = Id(required=True)


# Marks a field that holds one action: the OpenAPI document shows it as the `Action` oneOf.
ACTION_MARK = "x-tablo-action"


def ActionField(**kw: Any) -> fields.Dict:  # noqa: N802
    """One action (an object with its `type`), checked against its own schema when it runs."""
    return fields.Dict(metadata={ACTION_MARK: True, **kw.pop("metadata", {})}, **kw)
