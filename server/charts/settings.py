"""The parts of a chart's settings that every chart type shares, validated with marshmallow.

Each chart type (server/charts/kinds.py) declares its own settings schema once, as a subclass
of `BaseSettings` that adds the parts it takes (`x`, `series`, `compare`); the registry
(server/charts/registry.py) picks the schema by `type`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from marshmallow import Schema, ValidationError, fields, pre_load, validate, validates_schema

from server.charts import kpi_formula
from server.charts.filters import dashboard_filters_field
from server.storage.dialect import DATE_GRANULARITIES

AGGREGATES = ("count", "sum", "avg", "min", "max", "median", "distinct")
COLOR = r"^#[0-9a-fA-F]{6}$"
MAX_VALUES = 5
PERIODS = ("week", "month", "quarter", "year")
SORTS = ("x", "value_desc", "value_asc")


class GroupSpec(Schema):
    column_id = fields.Integer(required=True, strict=True, metadata={"description": "the column to group by"})
    granularity = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(DATE_GRANULARITIES),
                                metadata={"description": "the date bucket (date columns only)"})
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


class FormatSpec(Schema):
    """How the chart writes its values; unset parts follow the value column's own format."""
    decimals = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(0, 6))
    currency = fields.String(load_default=None, allow_none=True, validate=validate.Regexp(r"^[A-Z]{3}$"),
                             metadata={"description": "an ISO 4217 code such as RUB or USD"})


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


MAX_MEASURES = 8
MAX_KPIS = 6
MEASURE_NAME = r"^[a-z][a-z0-9_]{0,39}$"


class MeasureSpec(Schema):
    """A named number per period of a KPI series (docs/charts.md "KPI series"): an aggregate of
    a table (or one of its views, and filters) read as of the period's last day; with
    `in_period`, only the rows whose date there falls in the period (a flow, such as invoiced)."""
    name = fields.String(required=True, validate=[
        validate.Regexp(MEASURE_NAME, error="a lowercase name: letters, digits, _"),
        validate.NoneOf((*kpi_formula.FUNCTIONS, kpi_formula.DAYS), error="a name of the formula language")])
    table_id = fields.Integer(load_default=None, allow_none=True, strict=True,
                              metadata={"description": "a table of the chart's base; default: the chart's"})
    view_id = fields.Integer(load_default=None, allow_none=True, strict=True,
                             metadata={"description": "a view of that table; default: the chart's view for the "
                                                      "chart's table, else the whole table"})
    value = fields.Nested(ValueSpec, required=True)
    filters = fields.Dict(load_default=None, allow_none=True,
                          metadata={"description": "more conditions in the view-filter format (docs/views.md)"})
    in_period = fields.Integer(load_default=None, allow_none=True, strict=True,
                               metadata={"description": "a date column: only rows dated in the period"})

    @validates_schema
    def _no_median(self, data: dict, **kw: Any) -> None:
        if data["value"].get("aggregate") == "median":
            raise ValidationError({"value": ["a measure is a count, sum, avg, min, max or distinct"]})


class KpiSpec(Schema):
    """One line (or bar series) of a KPI series: a formula over the measures."""
    key = fields.String(required=True, validate=validate.Regexp(MEASURE_NAME, error="a lowercase key"))
    label = fields.String(load_default="", validate=validate.Length(max=200))
    formula = fields.String(required=True, validate=validate.Length(min=1, max=kpi_formula.MAX_FORMULA),
                            metadata={"description": "arithmetic over the measures, days, prev(), countback()"})


class PeriodEndSpec(Schema):
    """A series by period end: the value computed as of the last day of each period (docs/as-of.md);
    with `measures` and `kpis`, formulas over named measures per period (a KPI series)."""
    granularity = fields.String(load_default="month", validate=validate.OneOf(DATE_GRANULARITIES))
    count = fields.Integer(load_default=12, validate=validate.Range(1, MAX_PERIODS),
                           metadata={"description": "how many periods, ending with the one holding `end`"})
    # Kept as text (settings are stored as JSON); checked to be a real date.
    end = fields.String(load_default=None, allow_none=True, validate=_iso_day,
                        metadata={"description": "YYYY-MM-DD; default: the as-of date of the read, else today"})
    measures = fields.List(fields.Nested(MeasureSpec), load_default=None, allow_none=True,
                           validate=validate.Length(1, MAX_MEASURES),
                           metadata={"description": "named numbers per period that `kpis` compute with"})
    kpis = fields.List(fields.Nested(KpiSpec), load_default=None, allow_none=True,
                       validate=validate.Length(1, MAX_KPIS),
                       metadata={"description": "one series each: a formula over `measures`"})

    @validates_schema
    def _kpis_over_measures(self, data: dict, **kw: Any) -> None:
        measures, kpis = data.get("measures"), data.get("kpis")
        if bool(measures) != bool(kpis):
            raise ValidationError({"kpis" if measures else "measures": ["measures and kpis go together"]})
        if not measures:
            return
        names = [m["name"] for m in measures]
        if len(set(names)) != len(names):
            raise ValidationError({"measures": ["each measure needs its own name"]})
        if len({k["key"] for k in kpis}) != len(kpis):
            raise ValidationError({"kpis": ["each kpi needs its own key"]})
        for i, k in enumerate(kpis):
            try:
                kpi_formula.parse(k["formula"], names)
            except kpi_formula.FormulaError as exc:
                raise ValidationError({"kpis": {i: {"formula": [str(exc)]}}}) from None


class LayoutSpec(Schema):
    x = fields.Integer(load_default=0, validate=validate.Range(0, 48))
    y = fields.Integer(load_default=0, validate=validate.Range(0, 1000))
    w = fields.Integer(load_default=6, validate=validate.Range(1, 12))
    h = fields.Integer(load_default=4, validate=validate.Range(1, 24))


class BaseSettings(Schema):
    """What every chart has: its type, the value it shows, order, limit, goal, description, place."""

    type = fields.String(required=True, metadata={"description": "a chart type of GET /api/chart-types"})
    value = fields.Nested(ValueSpec, load_default=lambda: {"aggregate": "count", "column_id": None},
                          metadata={"description": "what each category shows: a count or an aggregate of a column"})
    sort = fields.String(load_default="x", validate=validate.OneOf(SORTS))
    limit = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(1, 1000),
                           metadata={"description": "keep the first N categories"})
    goal = fields.Float(load_default=None, allow_none=True, metadata={"description": "a goal line"})
    description = fields.String(load_default="", validate=validate.Length(max=2000))
    colors = fields.Dict(keys=fields.String(validate=validate.Length(max=500)),
                         values=fields.String(validate=validate.Regexp(COLOR, error="must be a colour like #2563eb")),
                         load_default=dict, validate=validate.Length(max=100),
                         metadata={"description": "colours by series key (or category key of a one-series chart)"})
    format = fields.Nested(FormatSpec, load_default=None, allow_none=True)
    labels = fields.Boolean(load_default=False, metadata={"description": "write each value on the chart"})
    dashboard = fields.String(load_default="", validate=validate.Length(max=100),
                              metadata={"description": "the dashboard (tab) of the base the chart is on; '' is the first"})
    layout = fields.Nested(LayoutSpec, load_default=lambda: {"x": 0, "y": 0, "w": 6, "h": 4})
    dashboard_filters = dashboard_filters_field()

    @pre_load
    def _drop_empty_parts_of_other_types(self, data: Any, **kw: Any) -> Any:
        # Settings stored before each type had its own schema carry every part, unused ones as
        # null (`"series": null` on a pie); a null part this type does not take means nothing.
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if v is not None or k in self.fields}
        return data


def group_field(type_name: str, *, required: bool, what: str = "a column to group by",
                dates: bool = False, unless: str | None = None) -> fields.Nested:
    """The `x` (or `series`) part of a type's schema; a required one says which type needs it.
    `dates`: only a date column fits (published as `x-dates`, so the editor offers only those).
    `unless`: needed unless that other part is given (published as `x-required-unless`, so the
    editor treats it as required; the type's `check` enforces it)."""
    meta: dict = {"description": what, **({"x-dates": True} if dates else {}),
                  **({"x-required-unless": unless} if unless else {})}
    if required:
        msg = f"a {type_name.replace('_', ' ')} chart needs {what}"
        return fields.Nested(GroupSpec, required=True, error_messages={"required": msg, "null": msg}, metadata=meta)
    return fields.Nested(GroupSpec, load_default=None, allow_none=True, metadata=meta)


def values_field(exactly: int | None = None, what: str = "more values, one series each, after `value`") -> fields.List:
    """More Y series: each an aggregate of its own, drawn next to `value` (not with `series`);
    `exactly` for types whose second value has a role (a scatter's vertical axis)."""
    if exactly is not None:
        msg = f"needs exactly {exactly} value{'s' if exactly > 1 else ''}: {what}"
        return fields.List(fields.Nested(ValueSpec), required=True,
                           validate=validate.Length(min=exactly, max=exactly, error=msg),
                           error_messages={"required": msg, "null": msg}, metadata={"description": what})
    return fields.List(fields.Nested(ValueSpec), load_default=list, validate=validate.Length(max=MAX_VALUES - 1),
                       metadata={"description": what})


def others_field() -> fields.Boolean:
    return fields.Boolean(load_default=False,
                          metadata={"description": "with `limit`: the categories past it as one more, «others»"})


def compare_field(*, required: bool) -> fields.Nested:
    what = "a date column and a period: this period against the previous one"
    if required:
        msg = "a time comparison needs a date column and a period"
        return fields.Nested(CompareSpec, required=True, error_messages={"required": msg, "null": msg},
                             metadata={"description": what})
    return fields.Nested(CompareSpec, load_default=None, allow_none=True, metadata={"description": what})
