"""KPI series: formulas over named measures, each measure read per period (docs/charts.md
"KPI series", docs/decisions/0047-ledger-kpis.md).

A series by period end with `measures` and `kpis` computes, for every period and the one
before the first shown (so `prev()` is defined at the first point):

- each measure: an aggregate over its table (or one of its views, plus its own filters) read
  **as of the period's last day** (server.query.asof), so rollups see only the linked rows
  recorded by then; a measure with `in_period` counts only rows whose date there falls in the
  period (a flow: invoiced, collected), one without is a stock at the period's end
  (receivables);
- each KPI: its formula (server.charts.kpi_formula) over those numbers, one series per KPI.

Every measure is one SQL aggregate per period; nothing is loaded into memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.catalog.model import TableMeta
from server.charts import kpi_formula
from server.charts.compute import _number, period_ends, value_expression
from server.charts.drill import bucket_range
from server.errors import invalid
from server.query import asof
from server.query.compile import CompileError, compile_view, raise_compile_error
from server.query.settings import load_settings

# (table, view_id, filter tree) -> the WHERE clauses of that source as of the date in effect.
Source = Callable[[TableMeta, "int | None", dict], list[Any]]


def measure_filters(measure: dict, first: dt.date | None = None, last: dt.date | None = None) -> dict:
    """The measure's own conditions, plus "dated in [first, last]" for a flow measure."""
    parts: list[dict] = []
    if measure.get("filters"):
        parts.append(measure["filters"])
    if measure.get("in_period") is not None and first is not None and last is not None:
        cid = measure["in_period"]
        parts += [{"column_id": cid, "operator": "is_on_or_after", "value": first.isoformat()},
                  {"column_id": cid, "operator": "is_on_or_before", "value": last.isoformat()}]
    return {"conjunction": "and", "filters": parts}


def check_measures(tables: Callable[[Any, str], TableMeta], chart_table: TableMeta,
                   check_view: Callable[[int, Any, int], Any], measures: list[dict]) -> None:
    """Refuse measures that do not fit the base (422 naming the field): a table of another
    base, a view of another table, a value that does not fit its column, filters or an
    `in_period` that do not compile (a date condition on a column that is no date)."""
    for i, m in enumerate(measures):
        path = f"settings.period_end.measures.{i}"
        table = chart_table if m.get("table_id") is None else tables(m["table_id"], f"{path}.table_id")
        if m.get("view_id") is not None:
            check_view(table.id, m["view_id"], i)
        value_expression(table, m["value"], f"{path}.value")
        day = dt.date(2000, 1, 1)
        tree = measure_filters(m, day, day)
        loaded = load_settings({"filters": tree}, path=path)
        try:
            compile_view(table, loaded, strict=True, path=path)
        except CompileError as exc:
            raise_compile_error(exc)


def kpi_series(conn: Connection, tables: Callable[[int], TableMeta | None], chart_table: TableMeta,
               settings: dict, source: Source, end: dt.date) -> dict[str, Any]:
    """The chart data of a KPI series: the periods as categories, one series per KPI, and
    `period_ends` (the day each point was measured at)."""
    spec = settings["period_end"]
    granularity = spec.get("granularity") or "month"
    if spec.get("end"):
        end = dt.date.fromisoformat(spec["end"])
    count = spec.get("count") or 12
    periods = period_ends(granularity, count + 1, end)  # one more before: prev() at the first point
    days = [(day - bucket_range(granularity, key, "period_end")[0]).days + 1 for key, day in periods]
    names = [m["name"] for m in spec["measures"]]
    trees = [kpi_formula.parse(k["formula"], names) for k in spec["kpis"]]
    used = set().union(*(kpi_formula.uses(tree) for tree in trees))  # a measure no kpi reads is not read
    measures = [m for m in spec["measures"] if m["name"] in used]
    values: dict[str, list[float | None]] = {m["name"]: [] for m in measures}
    groups: dict[tuple[Any, Any, Any], list[dict]] = {}  # measures over the same rows: one SELECT
    for m in measures:
        groups.setdefault((m.get("table_id"), m.get("view_id"), m.get("in_period")), []).append(m)
    for key, day in periods:
        first = bucket_range(granularity, key, "period_end")[0]
        with asof.evaluated_as_of(day):
            for group in groups.values():
                for name, v in _measures(conn, tables, chart_table, group, source, first, day).items():
                    values[name].append(v)
    data = kpi_formula.Periods(values, days)
    shown = range(len(periods) - count, len(periods))
    series = []
    for k, tree in zip(spec["kpis"], trees, strict=True):
        series.append({"key": k["key"], "label": k.get("label") or k["key"],
                       "color": (settings.get("colors") or {}).get(k["key"]),
                       "data": [_rounded(kpi_formula.evaluate(tree, data, i)) for i in shown]})
    return {"type": settings["type"], "goal": settings.get("goal"),
            "axes": {"x": {"kind": "date", "granularity": granularity}, "series": {"kind": "text", "granularity": None}},
            "categories": [{"key": periods[i][0], "label": periods[i][0], "color": None} for i in shown],
            "series": series, "period_ends": [periods[i][1].isoformat() for i in shown],
            "drill": False}  # formulas over several measures: no rows behind a point


def _measures(conn: Connection, tables: Callable[[int], TableMeta | None], chart_table: TableMeta, group: list[dict],
              source: Source, first: dt.date, day: dt.date) -> dict[str, float | None]:
    """Measures over the same table, view and period in one SELECT: the rows they share in the
    WHERE, each measure's own filters as its aggregate's FILTER (WHERE …)."""
    head = group[0]
    table = chart_table if head.get("table_id") is None else tables(head["table_id"])
    if table is None:
        raise invalid("settings.period_end.measures: no such table", {"settings.period_end.measures": ["no such table"]})
    cols = []
    for i, m in enumerate(group):
        agg = value_expression(table, m["value"])
        if m.get("filters"):
            agg = agg.filter(sa.and_(sa.true(), *source(table, None, m["filters"])))
        cols.append(agg.label(f"m{i}"))
    q = sa.select(*cols).select_from(table.sa_table)
    for w in source(table, head.get("view_id"), measure_filters({"in_period": head.get("in_period")}, first, day)):
        q = q.where(w)
    row = conn.execute(q).one()
    out: dict[str, float | None] = {}
    for i, m in enumerate(group):
        v = _number(row[i])
        # Nothing in the period: nothing invoiced, not an unknown.
        out[m["name"]] = 0.0 if v is None and m["value"].get("aggregate") in ("count", "sum", "distinct") else v
    return out


def _rounded(v: float | None) -> float | None:
    return None if v is None else round(v, 6)
