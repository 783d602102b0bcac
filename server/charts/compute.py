"""Chart data: one or a few GROUP BY queries per chart, never a Python loop over rows.

The caller passes the WHERE clauses of the chart's source (its view's filters); this module
groups, aggregates and labels.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import ColumnType, ValueContext
from server.columns.registry import get_type
from server.errors import invalid
from server.query.compile import comparable
from server.query.operators import family_for
from server.storage.dialect import as_text, date_bucket, json_items

MAX_CATEGORIES = 1000


def _column(table: TableMeta, column_id: int | None, field: str) -> ColumnMeta:
    col = table.column(column_id) if column_id is not None else None
    if col is None:
        raise invalid(f"{field}: no such column in this table", {field: ["no such column"]})
    return col


def value_type(col: ColumnMeta) -> ColumnType:
    """The plain type of a column's values for aggregation (formulas and rollups declare theirs)."""
    return get_type(col.type_cls.result_type(col))


def granularity_of(table: TableMeta, spec: dict) -> str | None:
    """The date bucket a group uses: the spec's, or "day" for a date column without one (a
    category per day, as a view groups dates; raw instants would make a category per second)."""
    col = table.column(spec.get("column_id")) if spec.get("column_id") is not None else None
    if spec.get("granularity"):
        return spec["granularity"]
    return "day" if col is not None and value_type(col).chart_dates else None


def group_expression(table: TableMeta, spec: dict, field: str) -> tuple[sa.ColumnElement, ColumnMeta]:
    """The value a chart groups by. Empty cells form one category, as a view filter's "is empty"
    sees them (NULL, '' and empty lists alike), so the rows behind each category are exactly
    what a view filter can select (server.charts.drill)."""
    col = _column(table, spec.get("column_id"), f"{field}.column_id")
    expr = col.type_cls.expression(table.sa_table, col)
    if spec.get("granularity") and not value_type(col).chart_dates:
        raise invalid(f"{field}: {col.name!r} is not a date column", {f"{field}.granularity": ["needs a date column"]})
    granularity = granularity_of(table, spec)
    if granularity:
        return date_bucket(granularity, expr), col
    family = family_for(col)
    if family == "checkbox":
        return sa.func.coalesce(expr, sa.false()), col  # unset reads as unchecked
    if family in ("text", "select"):
        # What a text filter compares (a lookup's values joined as the cell reads), so the
        # drill-down's `is` condition selects exactly this category's rows.
        text = col.type_cls.text_filter_expression(table.sa_table, col) if family == "text" else None
        return sa.func.nullif(comparable(col, expr) if text is None else text, ""), col
    if isinstance(expr.type, sa.JSON) or col.type_cls.list_value or family in ("list", "files"):
        # Lists (lookups, links, multiple selects, collaborators) group by their JSON text: PostgreSQL
        # has no equality for json values.
        return sa.case((json_items(expr) == 0, sa.null()), else_=as_text(expr)), col
    return expr, col


def axis(table: TableMeta, spec: dict) -> dict[str, Any]:
    """What a chart axis' category keys are, for the web app to show them in the reader's
    language: dates as their bucket (a month key "2026-11" reads "нояб. 2026"), checkboxes as
    yes/no, numbers in the locale's format."""
    col = _column(table, spec.get("column_id"), "column_id")
    return {"kind": family_for(col) or "text", "granularity": granularity_of(table, spec)}


def value_expression(table: TableMeta, spec: dict) -> sa.ColumnElement:
    agg = spec.get("aggregate", "count")
    if agg == "count":
        return sa.func.count()
    col = _column(table, spec.get("column_id"), "value.column_id")
    expr = col.type_cls.expression(table.sa_table, col)
    if agg == "distinct":
        return sa.func.count(sa.distinct(expr))
    if not value_type(col).chart_numbers and agg in ("sum", "avg"):
        raise invalid(f"value: {agg} needs a number column, {col.name!r} is {col.type}",
                      {"value.column_id": ["not a number column"]})
    return {"sum": sa.func.sum, "avg": sa.func.avg, "min": sa.func.min, "max": sa.func.max}[agg](expr)


def _number(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    try:
        f = float(v)
    except (TypeError, ValueError):
        return v
    return int(f) if f.is_integer() and abs(f) < 2**53 else round(f, 6)


def hashable(key: Any) -> Any:
    """Group keys of list-valued columns (lookups, multiple selects) as JSON text."""
    if isinstance(key, list | dict):
        import json

        return json.dumps(key, ensure_ascii=False, sort_keys=True)
    return key


def label_for(col: ColumnMeta, granularity: str | None, key: Any, vctx: ValueContext) -> dict[str, Any]:
    """A group key for display: its label, colour (select options) and an order hint."""
    if key is None:
        return {"key": None, "label": "", "color": None, "order": 10**9}
    if granularity:
        return {"key": key, "label": str(key), "color": None, "order": 0}
    if not col.type_cls.stored and isinstance(key, str) and key.startswith("["):
        import json

        try:
            items = json.loads(key)
        except ValueError:
            items = None
        if isinstance(items, list):  # lookups: the linked rows' values
            return {"key": key, "label": ", ".join(str(v) for v in items if v is not None), "color": None, "order": 0}
    if col.type_cls.family == "select":  # option labels, colours and order
        opts = col.options.get("options", [])
        for i, o in enumerate(opts):
            if o["id"] == key:
                return {"key": key, "label": o["name"], "color": o.get("color"), "order": i}
        return {"key": key, "label": "", "color": None, "order": 10**9 - 1}
    try:
        text = col.type_cls.to_text(key, col, vctx)
    except Exception:  # an odd stored value must not break a chart
        text = str(key)
    return {"key": key if isinstance(key, str | int | float | bool) else text, "label": text, "color": None, "order": 0}


def _sorted_categories(cats: list[dict], totals: dict[Any, float], sort: str, col: ColumnMeta,
                       spec: dict) -> list[dict]:
    """Categories in the chart's order: by value, by the spec's explicit order, or naturally."""
    granularity = spec.get("granularity")
    if sort == "value_desc":
        return sorted(cats, key=lambda c: (-(totals.get(c["key"]) or 0), c["label"]))
    if sort == "value_asc":
        return sorted(cats, key=lambda c: ((totals.get(c["key"]) or 0), c["label"]))
    if spec.get("order"):
        rank = {label: i for i, label in enumerate(spec["order"])}
        natural = _sorted_categories(cats, totals, sort, col, {**spec, "order": None})
        return sorted(natural, key=lambda c: rank.get(c["label"], len(rank)))  # stable: the rest keep their order
    if col.type_cls.family == "select" and not granularity:
        return sorted(cats, key=lambda c: c["order"])
    return sorted(cats, key=lambda c: (c["key"] is None, _sort_key(c["key"])))


def _sort_key(v: Any) -> tuple:
    if isinstance(v, bool):
        return (0, int(v), "")
    if isinstance(v, int | float):
        return (0, v, "")
    return (1, 0, str(v).casefold())


def _period_keys(period: str, today: dt.date) -> tuple[str, str]:
    """The bucket keys (as date_bucket spells them) of the current and previous period."""
    if period == "week":
        monday = today - dt.timedelta(days=today.weekday())
        return monday.isoformat(), (monday - dt.timedelta(days=7)).isoformat()
    if period == "month":
        prev = (today.replace(day=1) - dt.timedelta(days=1))
        return f"{today:%Y-%m}", f"{prev:%Y-%m}"
    if period == "quarter":
        q = (today.month - 1) // 3 + 1
        pq, py = (q - 1, today.year) if q > 1 else (4, today.year - 1)
        return f"{today.year}-Q{q}", f"{py}-Q{pq}"
    return str(today.year), str(today.year - 1)


def compute(conn: Connection, table: TableMeta, settings: dict, where: list[Any], vctx: ValueContext,
            today: dt.date | None = None) -> dict[str, Any]:
    today = today or dt.datetime.now(dt.UTC).date()
    t = table.sa_table
    value = value_expression(table, settings["value"]).label("value")
    out: dict[str, Any] = {"type": settings["type"], "goal": settings.get("goal")}

    def select(*cols: Any) -> sa.Select:
        q = sa.select(*cols).select_from(t)
        for w in where:
            q = q.where(w)
        return q

    ctype = settings["type"]
    if ctype in ("number", "compare") and settings.get("compare"):
        cmp_spec = settings["compare"]
        dcol = _column(table, cmp_spec["column_id"], "compare.column_id")
        if not value_type(dcol).chart_dates:
            raise invalid("compare: needs a date column", {"compare.column_id": ["not a date column"]})
        period_expr = date_bucket("week" if cmp_spec["period"] == "week" else cmp_spec["period"],
                                  dcol.type_cls.expression(t, dcol))
        cur_key, prev_key = _period_keys(cmp_spec["period"], today)
        out["periods"] = {"current": cur_key, "previous": prev_key}
        out["axes"] = {"x": axis(table, settings["x"]) if settings.get("x") else None,
                       "series": {"kind": "date", "granularity": cmp_spec["period"]}}
        if ctype == "number":
            cur = conn.execute(select(value).where(period_expr == cur_key)).scalar()
            prev = conn.execute(select(value).where(period_expr == prev_key)).scalar()
            out["value"], out["previous"] = _number(cur), _number(prev)
            out["change"] = (None if not prev or cur is None else round((float(cur) - float(prev)) / abs(float(prev)), 4))
            return out
        # compare: categories by x (or one bar when no x), this period vs the previous
        if settings.get("x"):
            xexpr, xcol = group_expression(table, settings["x"], "x")
            rows = _rows(conn.execute(select(xexpr.label("x"), period_expr.label("p"), value)
                                      .where(period_expr.in_([cur_key, prev_key])).group_by(xexpr, period_expr)))
            keys = {r.x for r in rows}
            cats = [label_for(xcol, granularity_of(table, settings["x"]), k, vctx) for k in keys]
            totals = {r.x: float(r.value or 0) for r in rows if r.p == cur_key}
            cats = _sorted_categories(cats, totals, settings["sort"], xcol, settings["x"])
        else:
            rows = _rows(conn.execute(select(sa.literal("all").label("x"), period_expr.label("p"), value)
                                      .where(period_expr.in_([cur_key, prev_key])).group_by(period_expr)))
            cats = [{"key": "all", "label": "", "color": None, "order": 0}]
        cell = {(r.x, r.p): _number(r.value) for r in rows}
        out["categories"] = [_public(c) for c in cats]
        out["series"] = [{"key": p, "label": p, "data": [cell.get((c["key"], p)) for c in cats]}
                         for p in (prev_key, cur_key)]
        return out
    if ctype == "number":
        out["value"] = _number(conn.execute(select(value)).scalar())
        return out

    xexpr, xcol = group_expression(table, settings["x"], "x")
    xg = granularity_of(table, settings["x"])
    out["axes"] = {"x": axis(table, settings["x"])}
    if settings.get("series"):
        sexpr, scol = group_expression(table, settings["series"], "series")
        sg = granularity_of(table, settings["series"])
        out["axes"]["series"] = axis(table, settings["series"])
        rows = _rows(conn.execute(select(xexpr.label("x"), sexpr.label("s"), value).group_by(xexpr, sexpr)
                                  .limit(MAX_CATEGORIES * 50)))
        xs = {r.x for r in rows}
        ss = {r.s for r in rows}
        totals: dict[Any, float] = {}
        for r in rows:
            totals[r.x] = totals.get(r.x, 0.0) + float(r.value or 0)
        cats = _sorted_categories([label_for(xcol, xg, k, vctx) for k in xs], totals, settings["sort"], xcol, settings["x"])
        if settings.get("limit"):
            cats = cats[: settings["limit"]]
        series = _sorted_categories([label_for(scol, sg, k, vctx) for k in ss], {}, "x", scol, settings["series"])
        cell = {(r.x, r.s): _number(r.value) for r in rows}
        out["categories"] = [_public(c) for c in cats]
        out["series"] = [{**_public(s), "data": [cell.get((c["key"], s["key"])) for c in cats]} for s in series]
        if ctype == "pivot":
            row_tot = {r.x: _number(r.value) for r in _rows(conn.execute(select(xexpr.label("x"), value).group_by(xexpr)))}
            col_tot = {r.s: _number(r.value) for r in _rows(conn.execute(select(sexpr.label("s"), value).group_by(sexpr)))}
            out["row_totals"] = [row_tot.get(c["key"]) for c in cats]
            out["column_totals"] = [col_tot.get(s["key"]) for s in series]
            out["total"] = _number(conn.execute(select(value)).scalar())
        return out

    rows = _rows(conn.execute(select(xexpr.label("x"), value).group_by(xexpr).limit(MAX_CATEGORIES + 1)))
    totals = {r.x: float(r.value or 0) for r in rows}
    cats = _sorted_categories([label_for(xcol, xg, r.x, vctx) for r in rows], totals, settings["sort"], xcol, settings["x"])
    if settings.get("limit"):
        cats = cats[: settings["limit"]]
    vals = {r.x: _number(r.value) for r in rows}
    out["categories"] = [_public(c) for c in cats]
    out["series"] = [{"key": "value", "label": "", "data": [vals.get(c["key"]) for c in cats]}]
    out["truncated"] = len(rows) > MAX_CATEGORIES
    return out


class _Row:
    __slots__ = ("x", "s", "p", "value")

    def __init__(self, m: Any) -> None:
        self.x = hashable(m.get("x"))
        self.s = hashable(m.get("s"))
        self.p = m.get("p")
        self.value = m.get("value")


def _rows(result: Any) -> list[_Row]:
    return [_Row(r._mapping) for r in result]


def _public(c: dict) -> dict:
    return {"key": c["key"], "label": c["label"], "color": c["color"]}


# -- series by period end ------------------------------------------------------------------------
def period_ends(granularity: str, count: int, end: dt.date) -> list[tuple[str, dt.date]]:
    """The last `count` periods up to the one holding `end`, oldest first: each period's key (as
    date_bucket spells it) and the day it is measured at — its last day, or `end` for the
    period still running."""
    out: list[tuple[str, dt.date]] = []
    day = end
    for _ in range(count):
        if granularity == "day":
            start, key = day, day.isoformat()
        elif granularity == "week":
            start = day - dt.timedelta(days=day.weekday())
            key = start.isoformat()
        elif granularity == "month":
            start, key = day.replace(day=1), f"{day:%Y-%m}"
        elif granularity == "quarter":
            q = (day.month - 1) // 3
            start, key = dt.date(day.year, q * 3 + 1, 1), f"{day.year}-Q{q + 1}"
        else:
            start, key = dt.date(day.year, 1, 1), str(day.year)
        out.append((key, day))
        if start <= dt.date(1, 1, 1):
            break
        day = start - dt.timedelta(days=1)  # the previous period's last day
    return list(reversed(out))


def period_end_series(conn: Connection, table: TableMeta, settings: dict, source_where: Any, vctx: ValueContext,
                      end: dt.date) -> dict[str, Any]:
    """A measure at the end of each period: for every period the chart's source is read as of its
    last day (server.query.asof) — `source_where()` builds the source's WHERE under that date —
    and the value aggregated, split by `series` when the chart has one. One query per period."""
    from server.query import asof

    spec = settings["period_end"]
    granularity = spec.get("granularity") or "month"
    if spec.get("end"):
        end = dt.date.fromisoformat(spec["end"])
    periods = period_ends(granularity, spec.get("count") or 12, end)
    t = table.sa_table
    cells: dict[tuple[str, Any], Any] = {}
    keys: set[Any] = set()
    scol = None
    for key, day in periods:
        with asof.evaluated_as_of(day):
            value = value_expression(table, settings["value"]).label("value")
            q = sa.select(value).select_from(t)
            for w in source_where():
                q = q.where(w)
            if settings.get("series"):
                sexpr, scol = group_expression(table, settings["series"], "series")
                q = q.add_columns(sexpr.label("s")).group_by(sexpr).limit(MAX_CATEGORIES)
                for r in conn.execute(q):
                    s = hashable(r._mapping["s"])
                    keys.add(s)
                    cells[(key, s)] = _number(r._mapping["value"])
            else:
                cells[(key, "value")] = _number(conn.execute(q).scalar())
    out: dict[str, Any] = {"type": settings["type"], "goal": settings.get("goal"),
                           "axes": {"x": {"kind": "date", "granularity": granularity}},
                           "categories": [{"key": key, "label": key, "color": None} for key, _ in periods],
                           "period_ends": [day.isoformat() for _, day in periods]}
    if settings.get("series") and scol is not None:
        out["axes"]["series"] = axis(table, settings["series"])
        sg = granularity_of(table, settings["series"])
        series = _sorted_categories([label_for(scol, sg, k, vctx) for k in keys], {}, "x", scol, settings["series"])
        out["series"] = [{**_public(s), "data": [cells.get((key, s["key"])) for key, _ in periods]} for s in series]
    else:
        out["series"] = [{"key": "value", "label": "", "data": [cells.get((key, "value")) for key, _ in periods]}]
    return out
