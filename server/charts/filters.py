"""Dashboard-wide filters: conditions a dashboard applies to every chart on it.

A dashboard (a tab of the base's dashboard page) has no catalog row: it is the charts whose
`settings.dashboard` names it (decision 0038). Its filters travel the same way: every chart of
the dashboard carries the dashboard's `settings.dashboard_filters`, and the web app writes them
to all of them in one `batch` of `modify_chart` actions (one undo step, live to others).

A filter is a label, a kind (`date`: a range of days; `value`: one value) and, for each source
table, the column it filters: `columns` lists `{table_id, column_id}` pairs, and `match` names a
column for tables not listed (compared folding case, so «Manager» finds «менеджер» only when
spelled alike). A chart whose table has no such column, or whose column cannot take the filter
(a date range on a text column, a value on a link), ignores it and says so in its data
(`dashboard_filters.ignored`). An active filter becomes conditions in the view-filter format
(docs/views.md), ANDed to the chart's source: the chart's data, its drill-down grid and «Open
as view» all read the same rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.catalog.model import ColumnMeta, TableMeta
from server.query.operators import family_for

KINDS = ("date", "value")
MAX_FILTERS = 8
# The operator a `value` filter uses, by the column's operator family.
_VALUE_OPERATOR = {"text": "is", "select": "is", "user": "is", "number": "eq", "checkbox": "is", "list": "has_any_of"}


def _iso_day(value: Any, field: str) -> None:
    if value is None:
        return
    try:
        ok = isinstance(value, str) and len(value) == 10 and dt.date.fromisoformat(value) is not None
    except ValueError:
        ok = False
    if not ok:
        raise ValidationError({"value": {field: ["a date written YYYY-MM-DD"]}})


class FilterColumn(Schema):
    table_id = fields.Integer(required=True, strict=True)
    column_id = fields.Integer(required=True, strict=True)


class DashboardFilterSpec(Schema):
    """One dashboard filter: what it is called, what it compares and the value chosen."""

    label = fields.String(required=True, validate=validate.Length(min=1, max=100))
    kind = fields.String(load_default="value", validate=validate.OneOf(KINDS),
                         metadata={"description": "date: a range of days; value: one value"})
    columns = fields.List(fields.Nested(FilterColumn), load_default=list, validate=validate.Length(max=100),
                          metadata={"description": "the column the filter compares, per source table"})
    match = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=200),
                          metadata={"description": "a column name for tables not in `columns` (case folded)"})
    value = fields.Raw(load_default=None, allow_none=True,
                       metadata={"description": "date: {from, to} (YYYY-MM-DD or null); value: text, number "
                                                "or a member's email; null: the filter is off"})

    @validates_schema
    def _value_fits_kind(self, data: dict, **kw: Any) -> None:
        value = data.get("value")
        if value is None:
            return
        if data.get("kind", "value") == "date":
            if not isinstance(value, dict) or set(value) - {"from", "to"}:
                raise ValidationError({"value": ["a date filter's value is {from, to}"]})
            _iso_day(value.get("from"), "from")
            _iso_day(value.get("to"), "to")
            if value.get("from") and value.get("to") and value["from"] > value["to"]:
                raise ValidationError({"value": {"to": ["is before from"]}})
        elif isinstance(value, bool) or not isinstance(value, str | int | float) or len(str(value)) > 500:
            raise ValidationError({"value": ["a value filter's value is text or a number (at most 500 characters)"]})


def dashboard_filters_field() -> fields.List:
    return fields.List(fields.Nested(DashboardFilterSpec), load_default=list, validate=validate.Length(max=MAX_FILTERS),
                       metadata={"description": "the dashboard's filters, applied to this chart (docs/charts.md)"})


def filter_column(table: TableMeta, spec: dict[str, Any]) -> tuple[ColumnMeta | None, bool]:
    """The column of `table` a filter compares, and whether the filter lists this table itself."""
    for pair in spec.get("columns") or []:
        if pair["table_id"] == table.id:
            return table.column(pair["column_id"]), True
    name = (spec.get("match") or "").strip().casefold()
    if name:
        for col in table.columns:
            if col.name.strip().casefold() == name:
                return col, False
    return None, False


def is_active(spec: dict[str, Any]) -> bool:
    value = spec.get("value")
    if spec.get("kind", "value") == "date":
        return isinstance(value, dict) and bool(value.get("from") or value.get("to"))
    return value is not None and value != ""


def _fits(col: ColumnMeta, kind: str) -> bool:
    family = family_for(col)
    return family == "date" if kind == "date" else family in _VALUE_OPERATOR


def conditions_for(table: TableMeta, spec: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The view-filter conditions of one active filter on `table`; None when the table has no
    column the filter fits (the chart ignores it)."""
    col, _ = filter_column(table, spec)
    kind = spec.get("kind", "value")
    if col is None or not _fits(col, kind):
        return None
    value = spec["value"]
    if kind == "date":
        out = []
        if value.get("from"):
            out.append({"column_id": col.id, "operator": "is_on_or_after", "value": value["from"]})
        if value.get("to"):
            out.append({"column_id": col.id, "operator": "is_on_or_before", "value": value["to"]})
        return out
    op = _VALUE_OPERATOR[family_for(col) or ""]
    return [{"column_id": col.id, "operator": op, "value": [value] if op == "has_any_of" else value}]


def check_filters(table: TableMeta, settings: dict[str, Any]) -> None:
    """A filter that names a column of this table that is not there, or does not fit its kind,
    is a 422 naming it (`dashboard_filters.N.columns`); the value is checked by compiling."""
    from server.errors import invalid

    for i, spec in enumerate(settings.get("dashboard_filters") or []):
        col, listed = filter_column(table, spec)
        if not listed:
            continue
        field = f"dashboard_filters.{i}.columns"
        if col is None:
            raise invalid(f"{field}: no such column", {field: ["no such column"]})
        if not _fits(col, spec.get("kind", "value")):
            what = "a date column" if spec.get("kind") == "date" else "a column a value can be compared with"
            raise invalid(f"{field}: {col.name!r} is not {what}", {field: [f"must be {what}"]})


def dashboard_conditions(table: TableMeta, settings: dict[str, Any], fctx: Any
                         ) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """The conditions of a chart's active dashboard filters on its table, and the report of
    which filters it applies and ignores (by label). A value that no longer compiles (a member
    who left) is ignored rather than breaking the dashboard; saving one is refused
    (`check_values`)."""
    from server.query.compile import CompileError, filter_clause

    conditions: list[dict[str, Any]] = []
    report: dict[str, list[str]] = {"applied": [], "ignored": []}
    for spec in settings.get("dashboard_filters") or []:
        if not is_active(spec):
            continue
        got = conditions_for(table, spec)
        if got is not None:
            try:
                filter_clause(table, {"conjunction": "and", "filters": got}, fctx)
            except CompileError:
                got = None
        if got is None:
            report["ignored"].append(spec["label"])
        else:
            conditions += got
            report["applied"].append(spec["label"])
    return conditions, report


def dashboard_clause(table: TableMeta, settings: dict[str, Any], fctx: Any) -> tuple[Any, dict[str, list[str]]]:
    """`dashboard_conditions` as one WHERE clause (None for none), and the report."""
    from server.query.compile import filter_clause

    conditions, report = dashboard_conditions(table, settings, fctx)
    clause = filter_clause(table, {"conjunction": "and", "filters": conditions}, fctx) if conditions else None
    return clause, report


def check_values(table: TableMeta, settings: dict[str, Any], fctx: Any) -> None:
    """Each active filter's value compiles on this table (a number filter given «abc», an email
    of no member): else a 422 naming `dashboard_filters.N.value`."""
    from server.errors import invalid
    from server.query.compile import CompileError, filter_clause

    for i, spec in enumerate(settings.get("dashboard_filters") or []):
        conditions = conditions_for(table, spec) if is_active(spec) else None
        if not conditions:
            continue
        try:
            filter_clause(table, {"conjunction": "and", "filters": conditions}, fctx)
        except CompileError as exc:
            field = f"dashboard_filters.{i}.value"
            raise invalid(f"{field}: {exc.message}", {field: [exc.message]}) from exc
