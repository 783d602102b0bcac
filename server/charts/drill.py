"""The rows behind one bar, slice or pivot cell of a chart, as view settings.

A click on a category opens a grid of exactly the rows the chart counted there. Those rows are
described in the view-filter format (docs/views.md), so the same conditions run the drill-down
grid (`/charts/{id}/rows`, `/count`, `/summaries`) and become a saved view when the reader picks
«Open as view»: what the grid showed is what the view shows.

A category key travels as text (a query parameter); "" is the empty category, a missing key
means every category (a click on a pivot table's column header gives only the series).
Each key turns into conditions on the group column, by what the column holds:

- date buckets (`2026-11`, `2026-Q4`, the Monday of a week, a day, a year) → on or after the
  bucket's first day and before the next bucket's;
- numbers → `eq`; checkboxes → `is` true/false; single selects → `is` the option (a value that is
  no longer an option → not empty and none of the options);
- text, formulas and lookups → `is` the text (lookups compare their JSON text, as charts group);
- multiple selects and collaborators → `is_exactly` the items;
- the empty category → `empty`.

Links and files group by their JSON text, which no view filter compares: only their empty
category can be opened. Text matching folds case, so categories that differ only in case
("ООО Ромашка", "ооо ромашка") open together.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from server.catalog.model import TableMeta
from server.charts.compute import _column, granularity_of
from server.errors import invalid
from server.query.compile import summaries_for
from server.query.operators import family_for

_KEYS = {
    "day": re.compile(r"^(\d{4})-(\d{2})-(\d{2})"),
    "week": re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
    "month": re.compile(r"^(\d{4})-(\d{2})$"),
    "quarter": re.compile(r"^(\d{4})-Q([1-4])$"),
    "year": re.compile(r"^(\d{4})$"),
}
# Summaries the footer shows for the chart's value, by the chart's aggregate.
_VALUE_SUMMARY = {"sum": "sum", "avg": "average", "min": "min", "max": "max", "median": "median", "distinct": "unique"}


def _next_month(d: dt.date, months: int = 1) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, 1)


def bucket_range(granularity: str, key: str, field: str) -> tuple[dt.date, dt.date]:
    """A date bucket key (as `date_bucket` spells it) → its days [first, after-last)."""
    m = _KEYS[granularity].match(key)
    try:
        if m is None:
            raise ValueError(key)
        nums = [int(g) for g in m.groups()]
        if granularity in ("day", "week"):
            first = dt.date(*nums)
            return first, first + dt.timedelta(days=1 if granularity == "day" else 7)
        if granularity == "month":
            first = dt.date(nums[0], nums[1], 1)
            return first, _next_month(first)
        if granularity == "quarter":
            first = dt.date(nums[0], 3 * nums[1] - 2, 1)
            return first, _next_month(first, 3)
        return dt.date(nums[0], 1, 1), dt.date(nums[0] + 1, 1, 1)
    except (ValueError, OverflowError):
        raise invalid(f"{field}: {key!r} is not a {granularity} of this chart", {field: ["unknown category"]}) from None


def _date_range(column_id: int, lo: dt.date, hi: dt.date) -> list[dict[str, Any]]:
    return [{"column_id": column_id, "operator": "is_on_or_after", "value": lo.isoformat()},
            {"column_id": column_id, "operator": "is_before", "value": hi.isoformat()}]


def category_filters(table: TableMeta, spec: dict, key: str | None, field: str) -> list[dict[str, Any]]:
    """View-filter conditions (ANDed) that select the rows of one category of a chart axis."""
    col = _column(table, spec.get("column_id"), f"{field}.column_id")
    cid = col.id
    family = family_for(col)
    unknown = invalid(f"{field}: {key!r} is not a category of this chart", {field: ["unknown category"]})
    if key is None or key == "":
        if family == "checkbox":
            raise unknown  # an unset checkbox is a "false" category
        return [{"column_id": cid, "operator": "empty", "value": None}]
    granularity = granularity_of(table, spec)
    if granularity:
        return _date_range(cid, *bucket_range(granularity, key, field))
    if family == "number":
        try:
            number = float(key)
        except ValueError:
            raise unknown from None
        return [{"column_id": cid, "operator": "eq", "value": number}]
    if family == "checkbox":
        if key not in ("true", "false"):
            raise unknown
        return [{"column_id": cid, "operator": "is", "value": key == "true"}]
    if family == "select":
        options = [o["id"] for o in col.options.get("options", [])]
        if key in options:
            return [{"column_id": cid, "operator": "is", "value": key}]
        # A value that is no longer an option (its option was deleted): every such row.
        gone = [{"column_id": cid, "operator": "not_empty", "value": None}]
        return gone + ([{"column_id": cid, "operator": "is_none_of", "value": options}] if options else [])
    if family == "user":
        if not key.isdigit():
            raise unknown
        return [{"column_id": cid, "operator": "is", "value": int(key)}]
    if family == "list":
        try:
            items = json.loads(key)
        except ValueError:
            raise unknown from None
        if not isinstance(items, list) or not items:
            raise unknown
        return [{"column_id": cid, "operator": "is_exactly", "value": items}]
    if family == "text":
        return [{"column_id": cid, "operator": "is", "value": key}]
    raise invalid(f"{field}: the rows behind a {col.type} category cannot be listed, only its empty category",
                  {field: ["not a category that opens"]})


def drill_filters(table: TableMeta, settings: dict, x: str | None, series: str | None) -> list[dict[str, Any]]:
    """The conditions for a click on a chart: its x category (when the chart groups by one) and
    its series (a second grouping, or the period of a time comparison)."""
    out: list[dict[str, Any]] = []
    if settings.get("x") and x is not None:  # no x: every category (a pivot table's column)
        out += category_filters(table, settings["x"], x, "x")
    compare = settings.get("compare")
    if compare and series is not None:
        col = _column(table, compare["column_id"], "compare.column_id")
        out += _date_range(col.id, *bucket_range(compare["period"], series, "series"))
    elif series is not None:
        if not settings.get("series"):
            raise invalid("series: this chart has one series", {"series": ["not grouped by a second column"]})
        out += category_filters(table, settings["series"], series, "series")
    return out


def with_filters(view_settings: dict, conditions: list[dict[str, Any]]) -> dict[str, Any]:
    """View settings whose filters are the view's AND the conditions (an AND view stays flat)."""
    tree = view_settings.get("filters") or {"conjunction": "and", "filters": []}
    if not tree.get("filters"):
        merged = {"conjunction": "and", "filters": list(conditions)}
    elif tree.get("conjunction", "and") == "and":
        merged = {"conjunction": "and", "filters": [*tree["filters"], *conditions]}
    else:
        merged = {"conjunction": "and", "filters": [tree, *conditions]}
    return {**view_settings, "filters": merged}


def drill_summaries(table: TableMeta, view_settings: dict, settings: dict) -> dict[str, str]:
    """The footer: the view's summaries, plus the chart's value as the chart aggregates it, so
    the footer under a bar's rows reads the bar's value."""
    out = dict(view_settings.get("summaries") or {})
    value = settings.get("value") or {}
    kind = _VALUE_SUMMARY.get(value.get("aggregate", "count"))
    col = table.column(value["column_id"]) if value.get("column_id") is not None else None
    if kind and col is not None and kind in summaries_for(col):
        out.setdefault(str(col.id), kind)
    return out
