"""The shape of a chart's settings, validated with marshmallow."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.storage.dialect import DATE_GRANULARITIES

CHART_TYPES = ("bar", "bar_horizontal", "stacked_bar", "grouped_bar", "line", "area", "pie", "donut",
               "number", "pivot", "compare")
AGGREGATES = ("count", "sum", "avg", "min", "max", "distinct")
PERIODS = ("week", "month", "quarter", "year")
SORTS = ("x", "value_desc", "value_asc")


class GroupSpec(Schema):
    column_id = fields.Integer(required=True, strict=True)
    granularity = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(DATE_GRANULARITIES))
    # An explicit category order (labels as shown), for text categories whose natural order is not
    # alphabetical, e.g. aging buckets "Current, 1–30, 31–60, …"; unlisted categories follow.
    order = fields.List(fields.String(validate=validate.Length(max=500)), load_default=None, allow_none=True,
                        validate=validate.Length(max=200),
                        metadata={"description": "category labels in the order to show them (sort 'x' only)"})


class ValueSpec(Schema):
    aggregate = fields.String(load_default="count", validate=validate.OneOf(AGGREGATES))
    column_id = fields.Integer(load_default=None, allow_none=True, strict=True)

    @validates_schema
    def _needs_column(self, data: dict, **kw: Any) -> None:
        if data["aggregate"] != "count" and data.get("column_id") is None:
            raise ValidationError({"column_id": [f"{data['aggregate']} needs a column"]})


class CompareSpec(Schema):
    column_id = fields.Integer(required=True, strict=True, metadata={"description": "the date column"})
    period = fields.String(load_default="month", validate=validate.OneOf(PERIODS))


def _iso_day(text: str) -> None:
    try:
        ok = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)) and dt.date.fromisoformat(text) is not None
    except ValueError:
        ok = False
    if not ok:
        raise ValidationError("a date written YYYY-MM-DD")


PERIOD_END_TYPES = ("bar", "stacked_bar", "grouped_bar", "line", "area")
MAX_PERIODS = 120


class PeriodEndSpec(Schema):
    """A series by period end: the value computed as of the last day of each period (docs/as-of.md)."""
    granularity = fields.String(load_default="month", validate=validate.OneOf(DATE_GRANULARITIES))
    count = fields.Integer(load_default=12, validate=validate.Range(1, MAX_PERIODS),
                           metadata={"description": "how many periods, ending with the one holding `end`"})
    # Kept as text (settings are stored as JSON); checked to be a real date.
    end = fields.String(load_default=None, allow_none=True, validate=_iso_day,
                        metadata={"description": "YYYY-MM-DD; default: the as-of date of the read, else today"})


class LayoutSpec(Schema):
    x = fields.Integer(load_default=0, validate=validate.Range(0, 48))
    y = fields.Integer(load_default=0, validate=validate.Range(0, 1000))
    w = fields.Integer(load_default=6, validate=validate.Range(1, 12))
    h = fields.Integer(load_default=4, validate=validate.Range(1, 24))


class ChartSettings(Schema):
    type = fields.String(required=True, validate=validate.OneOf(CHART_TYPES))
    x = fields.Nested(GroupSpec, load_default=None, allow_none=True)
    series = fields.Nested(GroupSpec, load_default=None, allow_none=True)
    value = fields.Nested(ValueSpec, load_default=lambda: {"aggregate": "count", "column_id": None})
    sort = fields.String(load_default="x", validate=validate.OneOf(SORTS))
    limit = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(1, 1000))
    goal = fields.Float(load_default=None, allow_none=True)
    compare = fields.Nested(CompareSpec, load_default=None, allow_none=True)
    period_end = fields.Nested(PeriodEndSpec, load_default=None, allow_none=True)
    description = fields.String(load_default="", validate=validate.Length(max=2000))
    layout = fields.Nested(LayoutSpec, load_default=lambda: {"x": 0, "y": 0, "w": 6, "h": 4})

    @validates_schema
    def _shape(self, data: dict, **kw: Any) -> None:
        t = data["type"]
        if data.get("period_end") is not None:
            if t not in PERIOD_END_TYPES:
                raise ValidationError({"period_end": [f"a series by period end is a {', '.join(PERIOD_END_TYPES)} chart"]})
            if data.get("x") is not None:
                raise ValidationError({"x": ["a series by period end has the periods as its axis; leave x out"]})
            return
        if t not in ("number", "compare") and data.get("x") is None:
            raise ValidationError({"x": [f"a {t} chart needs a column to group by"]})
        if t == "pivot" and data.get("series") is None:
            raise ValidationError({"series": ["a pivot table needs a column for its columns"]})
        if t in ("pie", "donut") and data.get("series") is not None:
            raise ValidationError({"series": ["a pie has one series"]})
        if t == "compare" and data.get("compare") is None:
            raise ValidationError({"compare": ["a time comparison needs a date column and a period"]})
