"""The chart types, one class each: its name, what it is, and its settings schema (declared
once here). `server.plugins._register_chart_types` registers them in the order the chart
editor offers them; docs/charts.md lists them all (tests/test_docs_match_code.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from marshmallow import ValidationError, fields, validate
from sqlalchemy.engine import Connection

from server.catalog.model import TableMeta
from server.charts import compute
from server.charts.registry import ChartType
from server.charts.settings import (
    PERIOD_END_TYPES,
    BaseSettings,
    PeriodEndSpec,
    compare_field,
    group_field,
    others_field,
    values_field,
)
from server.columns.base import ValueContext
from server.errors import invalid


def _series_settings(type_name: str) -> type[BaseSettings]:
    """Categories by `x`, optionally split into series by a second column. The types of
    PERIOD_END_TYPES may instead take `period_end` (docs/as-of.md): the periods are then the
    axis, so `x` is optional in the schema and required by `SeriesChart.check` otherwise."""
    by_period = type_name in PERIOD_END_TYPES
    parts: dict[str, Any] = {
        "x": group_field(type_name, required=not by_period, unless="period_end" if by_period else None),
        "series": group_field(type_name, required=False, what="a second column that splits the values into series"),
        "values": values_field(),
        "others": others_field(),
    }
    if by_period:
        parts["period_end"] = fields.Nested(
            PeriodEndSpec, load_default=None, allow_none=True,
            metadata={"description": "a series by period end: the value as of the last day of each period"})
    return type(f"{type_name.title().replace('_', '')}Settings", (BaseSettings,), parts)


class SeriesChart(ChartType):
    """Categories by x; several values or a second column make several series."""

    def check(self, settings: dict[str, Any]) -> None:
        if settings.get("values") and settings.get("series"):
            raise ValidationError({"values": ["several values or a split by a column, not both"]})
        if settings.get("period_end") is not None:
            if settings.get("x") is not None:
                raise ValidationError({"x": ["a series by period end has the periods as its axis; leave x out"]})
            if settings.get("values"):
                raise ValidationError({"values": ["a series by period end shows one value"]})
            if settings["period_end"].get("measures") and settings.get("series"):
                raise ValidationError({"series": ["a KPI series has one series per kpi; leave series out"]})
        elif settings.get("x") is None:
            raise ValidationError({"x": [f"a {self.name.replace('_', ' ')} chart needs a column to group by"]})


class BarChart(SeriesChart):
    name = "bar"
    description = "Vertical bars, one per category (split into series: side by side)."
    settings_schema = _series_settings("bar")


class BarHorizontalChart(SeriesChart):
    name = "bar_horizontal"
    description = "Horizontal bars, one per category: long labels such as customers."
    settings_schema = _series_settings("bar_horizontal")


class StackedBarChart(SeriesChart):
    name = "stacked_bar"
    description = "Bars whose series are stacked on each other."
    settings_schema = _series_settings("stacked_bar")


class GroupedBarChart(SeriesChart):
    name = "grouped_bar"
    description = "Bars whose series stand side by side."
    settings_schema = _series_settings("grouped_bar")


class LineChart(SeriesChart):
    name = "line"
    description = "A line through the categories (one line per series)."
    settings_schema = _series_settings("line")


class AreaChart(SeriesChart):
    name = "area"
    description = "A line with the area under it filled."
    settings_schema = _series_settings("area")


class PieSettings(BaseSettings):
    x = group_field("pie", required=True)
    others = others_field()


class DonutSettings(BaseSettings):
    x = group_field("donut", required=True)
    others = others_field()


class PieChart(ChartType):
    name = "pie"
    description = "Slices of a whole, one per category (one series)."
    settings_schema = PieSettings


class DonutChart(ChartType):
    name = "donut"
    description = "A pie with a hole."
    settings_schema = DonutSettings


class NumberSettings(BaseSettings):
    compare = compare_field(required=False)


class NumberCard(ChartType):
    name = "number"
    description = "One big number; with `compare`, the change against the previous period."
    settings_schema = NumberSettings

    def compute(self, conn: Connection, table: TableMeta, settings: dict[str, Any], where: list[Any],
                vctx: ValueContext, today: dt.date) -> dict[str, Any]:
        return compute.number_card(conn, table, settings, where, vctx, today)


class PivotSettings(BaseSettings):
    x = group_field("pivot", required=True, what="the column whose values are the rows")
    series = group_field("pivot", required=True, what="the column whose values are the columns")


class PivotTable(ChartType):
    name = "pivot"
    description = "A table: rows × columns × value, with row, column and grand totals."
    settings_schema = PivotSettings

    def compute(self, conn: Connection, table: TableMeta, settings: dict[str, Any], where: list[Any],
                vctx: ValueContext, today: dt.date) -> dict[str, Any]:
        return compute.grouped(conn, table, settings, where, vctx, totals=True)


class CompareSettings(BaseSettings):
    x = group_field("compare", required=False)
    compare = compare_field(required=True)


class CompareChart(ChartType):
    name = "compare"
    description = "Two bars per category: this period and the previous one."
    settings_schema = CompareSettings

    def compute(self, conn: Connection, table: TableMeta, settings: dict[str, Any], where: list[Any],
                vctx: ValueContext, today: dt.date) -> dict[str, Any]:
        return compute.comparison(conn, table, settings, where, vctx, today)


class ScatterSettings(BaseSettings):
    x = group_field("scatter", required=True, what="the column whose values are the points")
    values = values_field(1, "the vertical position of each point (`value` is the horizontal one)")


class ScatterChart(ChartType):
    name = "scatter"
    description = "One point per category: `value` across, the one of `values` up (e.g. invoices × balance per customer)."
    settings_schema = ScatterSettings


class ComboSettings(BaseSettings):
    x = group_field("combo", required=True)
    values = values_field(1, "the line, on its own axis at the right (`value` is the bars)")


class ComboChart(ChartType):
    name = "combo"
    description = "Bars and a line on two value axes: `value` as bars, the one of `values` as the line."
    settings_schema = ComboSettings


class FunnelSettings(BaseSettings):
    x = group_field("funnel", required=True, what="the stages")


class FunnelChart(ChartType):
    name = "funnel"
    description = "A funnel: one stage per category, widest first unless `sort` says otherwise."
    settings_schema = FunnelSettings


class GaugeSettings(BaseSettings):
    goal = fields.Float(required=True, error_messages={"required": "a gauge needs a goal", "null": "a gauge needs a goal"},
                        metadata={"description": "the value that fills the gauge"})


class GaugeChart(ChartType):
    name = "gauge"
    description = "Progress to a goal: one number on a dial that `goal` fills."
    settings_schema = GaugeSettings

    def compute(self, conn: Connection, table: TableMeta, settings: dict[str, Any], where: list[Any],
                vctx: ValueContext, today: dt.date) -> dict[str, Any]:
        return compute.number_card(conn, table, settings, where, vctx, today)


class TrendSettings(BaseSettings):
    compare = compare_field(required=True)


class TrendCard(ChartType):
    name = "trend"
    description = "A number card with a sparkline of the last 12 periods and the change against the previous one."
    settings_schema = TrendSettings

    def compute(self, conn: Connection, table: TableMeta, settings: dict[str, Any], where: list[Any],
                vctx: ValueContext, today: dt.date) -> dict[str, Any]:
        return compute.trend_card(conn, table, settings, where, vctx, today)


class CalendarSettings(BaseSettings):
    x = group_field("calendar heat map", required=True, what="the date column; one cell per day", dates=True)


class CalendarHeatmap(ChartType):
    name = "calendar"
    description = "A calendar heat map: one cell per day, coloured by its value."
    settings_schema = CalendarSettings

    def fit(self, table: TableMeta, settings: dict[str, Any]) -> None:
        from server.charts.compute import value_type

        col = table.column(settings["x"]["column_id"])
        if col is not None and not value_type(col).chart_dates:
            raise invalid("x: a calendar needs a date column", {"x.column_id": ["not a date column"]})
        if settings["x"].get("granularity") not in (None, "day"):
            raise invalid("x: a calendar has a cell per day", {"x.granularity": ["a calendar shows days"]})


class TreemapSettings(BaseSettings):
    x = group_field("treemap", required=True, what="the column whose values are the rectangles")
    series = group_field("treemap", required=False, what="a second column: rectangles inside each rectangle")


class Treemap(ChartType):
    name = "treemap"
    description = "Nested rectangles sized by value: categories, and within each the second column's values."
    settings_schema = TreemapSettings


class RadarChart(ChartType):
    name = "radar"
    description = "A radar (spider) chart: one axis per category, one shape per series."
    settings_schema = _series_settings("radar")


class GroupedTableSettings(BaseSettings):
    x = group_field("table", required=True, what="the column whose values are the groups")
    series = group_field("table", required=False, what="a second column: rows inside each group, with its subtotal")


class GroupedTable(ChartType):
    name = "table"
    description = "A table of groups (and rows within each group) with subtotals and a grand total."
    settings_schema = GroupedTableSettings

    def compute(self, conn: Connection, table: TableMeta, settings: dict[str, Any], where: list[Any],
                vctx: ValueContext, today: dt.date) -> dict[str, Any]:
        return compute.grouped(conn, table, settings, where, vctx, totals=True)


class TextSettings(BaseSettings):
    text = fields.String(required=True, validate=validate.Length(min=1, max=10_000),
                         metadata={"description": "Markdown: headings, **bold**, *italic*, lists, links"})


class TextCard(ChartType):
    name = "text"
    description = "A text card in Markdown (a heading, a note, links) among the charts; reads no rows."
    settings_schema = TextSettings

    def compute(self, conn: Connection, table: TableMeta, settings: dict[str, Any], where: list[Any],
                vctx: ValueContext, today: dt.date) -> dict[str, Any]:
        return {"type": self.name, "text": settings["text"], "goal": None}


# In the order the chart editor offers them.
CHART_TYPES: tuple[type[ChartType], ...] = (
    BarChart, BarHorizontalChart, StackedBarChart, GroupedBarChart, LineChart, AreaChart, PieChart, DonutChart,
    NumberCard, PivotTable, CompareChart, ScatterChart, ComboChart, FunnelChart, GaugeChart, TrendCard,
    CalendarHeatmap, Treemap, RadarChart, GroupedTable, TextCard,
)
