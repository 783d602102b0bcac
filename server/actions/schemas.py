"""Payload schemas shared by several action types (decision 0023).

Each action type declares the shape of its payload with a marshmallow schema next to its
handler: required fields, types, nested lists. The schema checks the shape only; what a
cell value means stays with its column type (rows are `column: value` maps of raw values),
and what needs the base (does the table exist, is the name free) stays with the handler.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields


def Id(**kw: Any) -> fields.Integer:  # noqa: N802  (reads as a field class in the schemas)
    """The id of a thing in the catalog (table, column, view, chart): a whole number, never "3"."""
    return fields.Integer(strict=True, **kw)


class CellMap(fields.Dict):
    """A row: column (id or name) to a value its column type checks. The stored form of undo
    and redo (_id, system fields, cells by physical column) is such a map too."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        problem = _row_problem(value)
        if problem:
            raise ValidationError(problem)
        return value


class Rows(fields.List):
    """A list of rows (CellMap), checked in one loop: a 1,000-row batch through marshmallow's
    List and Dict would pay for thousands of field calls to learn what the column types check
    anyway (the cells themselves)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(CellMap(), **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise self.make_error("invalid")
        errors = {i: [p] for i, p in ((i, _row_problem(row)) for i, row in enumerate(value)) if p}
        if errors:
            raise ValidationError(errors)
        return value


def _row_problem(row: Any) -> str | None:
    if not isinstance(row, dict):
        return "a row is an object of column: value"
    if not all(isinstance(k, str) for k in row):
        return "column keys are text"
    return None


def Position(**kw: Any) -> fields.Float:  # noqa: N802
    """A place in an order: a finite number."""
    return fields.Float(allow_nan=False, **kw)


def server_only(description: str) -> dict[str, Any]:
    """Metadata of a field only the server's own payloads carry (inverses, sub-actions): shown
    as `x-server-only` in the OpenAPI, left out of the client's vocabulary in docs/api.md."""
    return {"x-server-only": True, "description": description}


class ActionPayload(Schema):
    """Base of every payload schema. `type` is added per action type by the registry, which
    also decides whether unknown fields are refused (client actions) or let through (actions
    the server made: inverses and sub-actions carry internal keys)."""


class TableRef(ActionPayload):
    table_id = Id(required=True)


class ColumnRef(ActionPayload):
    column_id = Id(required=True)
    table_id = Id(metadata=server_only("inverses name the column's table too; the column id decides"))


class ViewRef(ActionPayload):
    view_id = Id(required=True)
    table_id = Id(metadata=server_only("inverses name the view's table too; the view id decides"))


class ChartRef(ActionPayload):
    chart_id = Id(required=True)


# Marks a field that holds one action: the OpenAPI document shows it as the `Action` oneOf.
ACTION_MARK = "x-tablo-action"


def ActionField(**kw: Any) -> fields.Dict:  # noqa: N802
    """One action (an object with its `type`), checked against its own schema when it runs."""
    return fields.Dict(metadata={ACTION_MARK: True, **kw.pop("metadata", {})}, **kw)
