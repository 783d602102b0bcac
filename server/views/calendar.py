"""The calendar view type: rows placed on days by one or several of their date columns.

Settings: the grid's (filters, sorts, hidden and ordered fields, row colours…) plus

    {"date_columns": [{"column_id": 14, "color": "#3B82F6"}, {"column_id": 15, "color": "#F59E0B"}],
     "title_column": 12 | null, "default_mode": "month" | "week" | "agenda"}

A row is an event on each day one of its chosen dates falls on (a due date and a promise
date make two events of one invoice). Rows are read by date range (ranges.py, served by
`GET /api/views/{id}/range`): the view compiled like a grid's, plus "any chosen date in
[start, end]", which each date column's own index answers (`index_specs`), so a month of a
1M-row table reads only that month. Moving an event is the ordinary row update of its date
column, so it is undoable and seen live like any edit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, ValidationError, fields, post_load, validate, validates_schema

from server.catalog.model import TableMeta
from server.errors import invalid
from server.query.compile import CompiledView
from server.query.operators import family_for
from server.query.settings import COLOR_RE, ViewSettings
from server.views.ranges import RangeViewType, day_bounds

MODES = ("month", "week", "agenda")
MAX_DATE_COLUMNS = 4
# Colours given to date columns chosen without one, in order (the web app's palette).
PALETTE = ("#3B82F6", "#F59E0B", "#10B981", "#EF4444")


class DateColumnSpec(Schema):
    column_id = fields.Integer(required=True, strict=True)
    color = fields.String(load_default=None, allow_none=True, validate=validate.Regexp(COLOR_RE),
                          metadata={"description": "#RRGGBB; a palette colour when not given"})


class CalendarSettings(ViewSettings):
    """The grid's settings (filters, sorts, hidden columns, row colours, …) plus the calendar's own."""

    date_columns = fields.List(fields.Nested(DateColumnSpec), required=True,
                               validate=validate.Length(min=1, max=MAX_DATE_COLUMNS),
                               metadata={"description": "the date columns that place rows on days, each with a colour"})
    title_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                  metadata={"description": "the field shown on events (default: the primary field)"})
    default_mode = fields.String(load_default="month", validate=validate.OneOf(MODES))

    @validates_schema
    def _distinct(self, data: dict, **kw: Any) -> None:
        seen: set[int] = set()
        for i, spec in enumerate(data.get("date_columns") or []):
            if spec["column_id"] in seen:
                raise ValidationError({"date_columns": {i: {"column_id": ["chosen twice"]}}})
            seen.add(spec["column_id"])

    @post_load
    def _colours(self, data: dict, **kw: Any) -> dict:
        for i, spec in enumerate(data.get("date_columns") or []):
            if not spec.get("color"):
                spec["color"] = PALETTE[i % len(PALETTE)]
        return data


def _fail(field: str, message: str) -> None:
    raise invalid(f"settings.{field}: {message}", {f"settings.{field}": [message]}, code="invalid_view")


def _date_columns(table: TableMeta, settings: dict[str, Any]) -> list[Any]:
    """The chosen date columns that are still in the table (a deleted one is skipped)."""
    cols = []
    for spec in settings.get("date_columns") or []:
        col = table.column(spec["column_id"])
        if col is not None and family_for(col) == "date":
            cols.append(col)
    return cols


class CalendarView(RangeViewType):
    name = "calendar"
    description = ("Rows on a month, week or agenda calendar by one or several date columns, each with its colour; "
                   "read by date range (GET /api/views/{view_id}/range).")
    settings_schema = CalendarSettings

    def check_settings(self, table: TableMeta, settings: dict[str, Any]) -> None:
        for i, spec in enumerate(settings.get("date_columns") or []):
            col = table.column(spec["column_id"])
            if col is None:
                _fail(f"date_columns[{i}].column_id", f"column {spec['column_id']} is not in this table")
            elif family_for(col) != "date":
                _fail(f"date_columns[{i}].column_id", f"{col.name!r} is not a date column")
        tid = settings.get("title_column")
        if tid is not None and table.column(tid) is None:
            _fail("title_column", f"column {tid} is not in this table")

    def index_specs(self, table: TableMeta, settings: dict[str, Any]) -> list[tuple[tuple[str, bool], ...]]:
        # One index per stored date column: each arm of "any date in range" seeks in its own.
        return [((col.phys, False),) for col in _date_columns(table, settings)
                if col.phys is not None and col.type_cls.indexable]

    def range_condition(self, cv: CompiledView, settings: dict[str, Any], start: dt.date,
                        end: dt.date) -> sa.ColumnElement:
        return range_condition(cv, settings, start, end)


def range_condition(cv: CompiledView, settings: dict[str, Any], start: dt.date, end: dt.date) -> sa.ColumnElement:
    """Any chosen date on a day from `start` to `end` (both included)."""
    lo, hi = day_bounds(start, end)
    t = cv.table.sa_table
    arms = []
    for col in _date_columns(cv.table, settings):
        expr = col.type_cls.expression(t, col)
        arms.append(sa.and_(expr >= lo, expr < hi))
    return sa.or_(*arms) if arms else sa.false()
