"""The timeline view type: rows as bars on a time axis, from a start date to an end, in lanes.

Settings: the grid's (filters, sorts, hidden and ordered fields, row colours…) plus

    {"start_column": 14, "end_column": 15 | null, "duration_column": 16 | null,
     "group_column": 17 | null, "title_column": 12 | null, "zoom": "day" | "week" | "month" | "quarter"}

A bar runs from its start to its end: the end column's date, or the start plus the duration
column (a number column counts days, a duration column seconds), or — with neither, an empty
end or an end before the start — the start itself. Lanes are the group column's values
(single select, collaborator or text). Rows are read by range (ranges.py): the bars
overlapping [start, end]: starting inside the range, or before it and ending on or after
its first day (both arms seek in the start column's index on PostgreSQL). Moving or
resizing a bar is the ordinary row update of its start/end columns: undoable, seen live.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from marshmallow import ValidationError, fields, validate, validates_schema

from server.catalog.model import TableMeta
from server.errors import invalid
from server.query.compile import CompiledView
from server.query.operators import family_for
from server.query.settings import ViewSettings
from server.storage.dialect import jd
from server.views.ranges import RangeViewType, day_bounds

ZOOMS = ("day", "week", "month", "quarter")
GROUP_TYPES = ("single-select", "collaborator", "text")
SECONDS_PER_DAY = 86400


class TimelineSettings(ViewSettings):
    """The grid's settings (filters, sorts, hidden columns, row colours, …) plus the timeline's own."""

    start_column = fields.Integer(required=True, strict=True,
                                  metadata={"description": "the date column where a bar starts"})
    end_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                metadata={"description": "the date column where a bar ends (its day included)"})
    duration_column = fields.Integer(load_default=None, allow_none=True, strict=True, metadata={
        "description": "instead of end_column: a number column (days) or duration column added to the start"})
    group_column = fields.Integer(load_default=None, allow_none=True, strict=True, metadata={
        "description": "a single-select, collaborator or text column: one lane per value"})
    title_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                  metadata={"description": "the field shown on bars (default: the primary field)"})
    zoom = fields.String(load_default="week", validate=validate.OneOf(ZOOMS))

    @validates_schema
    def _one_end(self, data: dict, **kw: Any) -> None:
        if data.get("end_column") is not None and data.get("duration_column") is not None:
            raise ValidationError({"duration_column": ["give end_column or duration_column, not both"]})


def _fail(field: str, message: str) -> None:
    raise invalid(f"settings.{field}: {message}", {f"settings.{field}": [message]}, code="invalid_view")


def _column(table: TableMeta, settings: dict[str, Any], key: str, family: str) -> Any:
    """The setting's column if it is still in the table with the right family, else None."""
    cid = settings.get(key)
    col = table.column(cid) if cid is not None else None
    return col if col is not None and family_for(col) == family else None


class TimelineView(RangeViewType):
    name = "timeline"
    description = ("Rows as bars from a start date to an end date (or a duration), in lanes by a column, "
                   "on a day/week/month/quarter axis; read by date range (GET /api/views/{view_id}/range).")
    settings_schema = TimelineSettings

    def check_settings(self, table: TableMeta, settings: dict[str, Any]) -> None:
        for key, family, what in (("start_column", "date", "a date"), ("end_column", "date", "a date"),
                                  ("duration_column", "number", "a number or duration")):
            cid = settings.get(key)
            if cid is None:
                continue
            col = table.column(cid)
            if col is None:
                _fail(key, f"column {cid} is not in this table")
            elif family_for(col) != family:
                _fail(key, f"{col.name!r} is not {what} column")
        if settings.get("end_column") is not None and settings["end_column"] == settings["start_column"]:
            _fail("end_column", "the end column must differ from the start column")
        gid = settings.get("group_column")
        if gid is not None:
            col = table.column(gid)
            if col is None:
                _fail("group_column", f"column {gid} is not in this table")
            elif col.type not in GROUP_TYPES:
                _fail("group_column", f"lanes come from a single select, collaborator or text column, "
                                      f"not a {col.type} column")
        tid = settings.get("title_column")
        if tid is not None and table.column(tid) is None:
            _fail("title_column", f"column {tid} is not in this table")

    def index_specs(self, table: TableMeta, settings: dict[str, Any]) -> list[tuple[tuple[str, bool], ...]]:
        # The start column's index answers "starts before the range ends".
        col = _column(table, settings, "start_column", "date")
        return [((col.phys, False),)] if col is not None and col.phys is not None and col.type_cls.indexable else []

    def range_condition(self, cv: CompiledView, settings: dict[str, Any], start: dt.date,
                        end: dt.date) -> sa.ColumnElement:
        return range_condition(cv, settings, start, end)


def range_condition(cv: CompiledView, settings: dict[str, Any], start: dt.date, end: dt.date) -> sa.ColumnElement:
    """Bars overlapping the days from `start` to `end`: starting before the range ends and
    ending (the later of start and end) on or after it begins. Rows without a start are not on
    the timeline."""
    table, t = cv.table, cv.table.sa_table
    start_col = _column(table, settings, "start_column", "date")
    if start_col is None:
        return sa.false()
    lo, hi = day_bounds(start, end)
    s = start_col.type_cls.expression(t, start_col)
    # Two arms: bars starting inside the range (a bounded seek in the start column's index),
    # and bars starting before it that reach into it.
    inside = sa.and_(s >= lo, s < hi)
    end_col = _column(table, settings, "end_column", "date")
    dur_col = _column(table, settings, "duration_column", "number")
    if end_col is not None:
        reaches = end_col.type_cls.expression(t, end_col) >= lo
    elif dur_col is not None:
        seconds = dur_col.type_cls.expression(t, dur_col)
        if dur_col.type_cls.type_id != "duration":
            seconds = seconds * SECONDS_PER_DAY  # a number column counts days
        # Seconds from the bar's start to the range's first moment, as Julian days (both databases).
        reaches = (jd(sa.literal(lo, sa.DateTime())) - jd(s)) * SECONDS_PER_DAY <= seconds
    else:
        return inside  # a bar with no end is its start
    return sa.or_(inside, sa.and_(s < lo, reaches))
