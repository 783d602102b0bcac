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
        value = comparable(col, expr) if text is None else text
        if value is expr and col.type_cls.stored:
            # A stored cell is never '' (every write path stores an empty text or option as
            # NULL), so the column itself is the key: the database walks its index in order
            # instead of sorting a computed key (6–22× slower at a million rows).
            return expr, col
        return sa.func.nullif(value, ""), col
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


def value_expression(table: TableMeta, spec: dict, field: str = "value") -> sa.ColumnElement:
    """The SQL aggregate of a value spec (`field` names it in errors: `value`, `values.0`)."""
    agg = spec.get("aggregate", "count")
    if agg == "count":
        return sa.func.count()
    col = _column(table, spec.get("column_id"), f"{field}.column_id")
    expr = col.type_cls.expression(table.sa_table, col)
    if agg == "distinct":
        return sa.func.count(sa.distinct(expr))
    if not value_type(col).chart_numbers and agg in ("sum", "avg", "median"):
        raise invalid(f"{field}: {agg} needs a number column, {col.name!r} is {col.type}",
                      {f"{field}.column_id": ["not a number column"]})
    if agg == "median":
        return expr  # not an aggregate: aggregate_rows takes the middle values with a window
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
    """A chart's data, computed by its registered type (server.charts.registry)."""
    from server.charts.registry import get_chart_type

    chart_type = get_chart_type(settings["type"])
    if chart_type is None:
        raise invalid(f"settings.type: no chart type {settings['type']!r}", {"settings.type": ["unknown chart type"]})
    return chart_type.data(conn, table, settings, where, vctx, today or dt.datetime.now(dt.UTC).date())


def _scalar(conn: Connection, table: TableMeta, where: list[Any], spec: dict) -> Any:
    rows = aggregate_rows(conn, table, where, {}, spec)
    return _number(rows[0].value) if rows else None


def _period(table: TableMeta, settings: dict, today: dt.date) -> tuple[sa.ColumnElement, str, str]:
    cmp_spec = settings["compare"]
    dcol = _column(table, cmp_spec["column_id"], "compare.column_id")
    if not value_type(dcol).chart_dates:
        raise invalid("compare: needs a date column", {"compare.column_id": ["not a date column"]})
    period_expr = date_bucket("week" if cmp_spec["period"] == "week" else cmp_spec["period"],
                              dcol.type_cls.expression(table.sa_table, dcol))
    cur_key, prev_key = _period_keys(cmp_spec["period"], today)
    return period_expr, cur_key, prev_key


def number_card(conn: Connection, table: TableMeta, settings: dict, where: list[Any], vctx: ValueContext,
                today: dt.date) -> dict[str, Any]:
    """One number; with `compare`, this period's, the previous one's and the change."""
    out: dict[str, Any] = {"type": settings["type"], "goal": settings.get("goal")}
    if not settings.get("compare"):
        out["value"] = _scalar(conn, table, where, settings["value"])
        return out
    period_expr, cur_key, prev_key = _period(table, settings, today)
    out["periods"] = {"current": cur_key, "previous": prev_key}
    out["axes"] = {"x": None, "series": {"kind": "date", "granularity": settings["compare"]["period"]}}
    cur = _scalar(conn, table, [*where, period_expr == cur_key], settings["value"])
    prev = _scalar(conn, table, [*where, period_expr == prev_key], settings["value"])
    out["value"], out["previous"] = cur, prev
    out["change"] = (None if not prev or cur is None else round((float(cur) - float(prev)) / abs(float(prev)), 4))
    return out


def comparison(conn: Connection, table: TableMeta, settings: dict, where: list[Any], vctx: ValueContext,
               today: dt.date) -> dict[str, Any]:
    """Categories by x (or one bar when no x): this period against the previous one."""
    out: dict[str, Any] = {"type": settings["type"], "goal": settings.get("goal")}
    period_expr, cur_key, prev_key = _period(table, settings, today)
    in_periods = [*where, period_expr.in_([cur_key, prev_key])]
    out["periods"] = {"current": cur_key, "previous": prev_key}
    out["axes"] = {"x": axis(table, settings["x"]) if settings.get("x") else None,
                   "series": {"kind": "date", "granularity": settings["compare"]["period"]}}
    if settings.get("x"):
        xexpr, xcol = group_expression(table, settings["x"], "x")
        rows = aggregate_rows(conn, table, in_periods, {"x": xexpr, "p": period_expr}, settings["value"])
        keys = {r.x for r in rows}
        cats = [label_for(xcol, granularity_of(table, settings["x"]), k, vctx) for k in keys]
        totals = {r.x: float(r.value or 0) for r in rows if r.p == cur_key}
        cats = _sorted_categories(cats, totals, settings["sort"], xcol, settings["x"])
    else:
        rows = [_Row({"x": "all", "p": r.p, "value": r.value})
                for r in aggregate_rows(conn, table, in_periods, {"p": period_expr}, settings["value"])]
        cats = [{"key": "all", "label": "", "color": None, "order": 0}]
    cell = {(r.x, r.p): _number(r.value) for r in rows}
    out["categories"] = [_public(c) for c in cats]
    out["series"] = [{"key": p, "label": p, "data": [cell.get((c["key"], p)) for c in cats]}
                     for p in (prev_key, cur_key)]
    return out


OTHERS = "__others__"  # the key of the «others» category (the categories past `limit`)


def aggregate_rows(conn: Connection, table: TableMeta, where: list[Any], groups: dict[str, sa.ColumnElement],
                   spec: dict, field: str = "value", limit: int | None = None) -> list[_Row]:
    """One row per group (labelled as in `groups`) with the aggregate of `spec` as `value`.
    A median is the middle value (or the mean of the middle two) of each group's non-empty
    values, found with window functions; groups with no value have none."""
    expr = value_expression(table, spec, field)
    labelled = [e.label(n) for n, e in groups.items()]
    if spec.get("aggregate") != "median":
        q = sa.select(*labelled, expr.label("value")).select_from(table.sa_table)
        for w in where:
            q = q.where(w)
        if groups:
            q = q.group_by(*groups.values())
        return _rows(conn.execute(q.limit(limit)))
    parts = list(groups.values()) or None
    inner = (sa.select(*labelled, expr.label("v"),
                       sa.func.row_number().over(partition_by=parts, order_by=expr).label("rn"),
                       sa.func.count().over(partition_by=parts).label("c"))
             .select_from(table.sa_table).where(expr.is_not(None)))
    for w in where:
        inner = inner.where(w)
    sub = inner.subquery()
    gcols = [sub.c[n] for n in groups]
    q = (sa.select(*[c.label(n) for c, n in zip(gcols, groups, strict=True)], sa.func.avg(sub.c.v).label("value"))
         .where(sub.c.rn.in_([(sub.c.c + 1) // 2, (sub.c.c + 2) // 2])))
    if gcols:
        q = q.group_by(*gcols)
    return _rows(conn.execute(q.limit(limit)))


def _others_where(xexpr: sa.ColumnElement, cats: list[dict]) -> sa.ColumnElement:
    """The rows of the categories not shown (past `limit`)."""
    keys = [c["key"] for c in cats if c["key"] is not None]
    shown_null = any(c["key"] is None for c in cats)
    rest = xexpr.not_in(keys) if keys else sa.true()
    return sa.and_(xexpr.is_not(None), rest) if shown_null else sa.or_(xexpr.is_(None), rest)


def grouped(conn: Connection, table: TableMeta, settings: dict, where: list[Any], vctx: ValueContext,
            totals: bool = False) -> dict[str, Any]:
    """Categories by x, split into series by `series` or by several `values` when given;
    `limit` keeps the first N (with `others`, the rest as one more category); `totals` adds a
    pivot table's row, column and grand totals."""
    out: dict[str, Any] = {"type": settings["type"], "goal": settings.get("goal")}
    xexpr, xcol = group_expression(table, settings["x"], "x")
    xg = granularity_of(table, settings["x"])
    out["axes"] = {"x": axis(table, settings["x"])}
    limit = settings.get("limit")
    values = [settings["value"], *(settings.get("values") or [])]

    def finish(cats: list[dict], all_cats: list[dict]) -> list[dict]:
        out["categories"] = [_public(c) for c in cats]
        if settings.get("others") and limit and len(all_cats) > limit:
            out["categories"].append({"key": OTHERS, "label": "", "color": None, "others": True})
            return [*cats, {"key": OTHERS}]
        return cats

    if settings.get("series"):
        sexpr, scol = group_expression(table, settings["series"], "series")
        sg = granularity_of(table, settings["series"])
        out["axes"]["series"] = axis(table, settings["series"])
        rows = aggregate_rows(conn, table, where, {"x": xexpr, "s": sexpr}, values[0], limit=MAX_CATEGORIES * 50)
        xs = {r.x for r in rows}
        ss = {r.s for r in rows}
        sums: dict[Any, float] = {}
        for r in rows:
            sums[r.x] = sums.get(r.x, 0.0) + float(r.value or 0)
        all_cats = _sorted_categories([label_for(xcol, xg, k, vctx) for k in xs], sums, settings["sort"], xcol,
                                      settings["x"])
        cats = all_cats[:limit] if limit else all_cats
        series = _sorted_categories([label_for(scol, sg, k, vctx) for k in ss], {}, "x", scol, settings["series"])
        cell = {(r.x, r.s): _number(r.value) for r in rows}
        shown = finish(cats, all_cats)
        if len(shown) > len(cats):
            for r in aggregate_rows(conn, table, [*where, _others_where(xexpr, cats)], {"s": sexpr}, values[0]):
                cell[(OTHERS, r.s)] = _number(r.value)
        out["series"] = [{**_public(s), "data": [cell.get((c["key"], s["key"])) for c in shown]} for s in series]
        if totals:
            row_tot = {r.x: _number(r.value) for r in aggregate_rows(conn, table, where, {"x": xexpr}, values[0])}
            col_tot = {r.s: _number(r.value) for r in aggregate_rows(conn, table, where, {"s": sexpr}, values[0])}
            out["row_totals"] = [row_tot.get(c["key"]) for c in cats]
            out["column_totals"] = [col_tot.get(s["key"]) for s in series]
            out["total"] = _scalar(conn, table, where, values[0])
        return out

    # Every category, including those whose values are all empty (a median has no row for them).
    cap = MAX_CATEGORIES + 1
    results = [aggregate_rows(conn, table, where, {"x": xexpr}, spec, "value" if i == 0 else f"values.{i - 1}", cap)
               for i, spec in enumerate(values)]
    keys = (results[0] if values[0]["aggregate"] != "median"
            else aggregate_rows(conn, table, where, {"x": xexpr}, {"aggregate": "count"}, limit=cap))
    truncated = len(keys) > MAX_CATEGORIES
    per_value = [{r.x: _number(r.value) for r in rows} for rows in results]
    sums = {k: float(v or 0) for k, v in per_value[0].items()}
    all_cats = _sorted_categories([label_for(xcol, xg, r.x, vctx) for r in keys[:MAX_CATEGORIES]], sums,
                                  settings["sort"], xcol, settings["x"])
    cats = all_cats[:limit] if limit else all_cats
    shown = finish(cats, all_cats)
    if len(shown) > len(cats):
        rest = [*where, _others_where(xexpr, cats)]
        for i, spec in enumerate(values):
            agg = aggregate_rows(conn, table, rest, {}, spec)
            per_value[i][OTHERS] = _number(agg[0].value) if agg else None
    out["series"] = [{"key": "value" if i == 0 else f"value{i}", "label": "", "value": i,
                      "data": [per_value[i].get(c["key"]) for c in shown]} for i in range(len(values))]
    out["truncated"] = truncated
    if totals:
        out["total"] = _scalar(conn, table, where, values[0])
    return out


def _period_start(period: str, d: dt.date) -> dt.date:
    if period == "week":
        return d - dt.timedelta(days=d.weekday())
    if period == "month":
        return d.replace(day=1)
    if period == "quarter":
        return d.replace(month=(d.month - 1) // 3 * 3 + 1, day=1)
    return d.replace(month=1, day=1)


def period_keys(period: str, today: dt.date, n: int) -> list[str]:
    """The bucket keys of the last `n` periods, oldest first, the current one last."""
    keys = []
    d = today
    for _ in range(n):
        keys.append(_period_keys(period, d)[0])
        d = _period_start(period, d) - dt.timedelta(days=1)
    return keys[::-1]


TREND_PERIODS = 12


def trend_card(conn: Connection, table: TableMeta, settings: dict, where: list[Any], vctx: ValueContext,
               today: dt.date) -> dict[str, Any]:
    """A number card with its trend: this period's value, the change against the previous one,
    and the last 12 periods' values for a sparkline: one GROUP BY over those periods, whose last
    two are the current and the previous period (what `number_card` would ask for again)."""
    period_expr, cur_key, prev_key = _period(table, settings, today)
    keys = period_keys(settings["compare"]["period"], today, TREND_PERIODS)
    rows = aggregate_rows(conn, table, [*where, period_expr.in_(keys)], {"p": period_expr}, settings["value"])
    vals = {r.p: _number(r.value) for r in rows}
    # A period without rows: a count is 0 there, any other aggregate has no value.
    empty = 0 if settings["value"]["aggregate"] in ("count", "distinct") else None
    cur, prev = vals.get(cur_key, empty), vals.get(prev_key, empty)
    out: dict[str, Any] = {"type": settings["type"], "goal": settings.get("goal"),
                           "periods": {"current": cur_key, "previous": prev_key}, "value": cur, "previous": prev,
                           "change": None if not prev or cur is None else round((float(cur) - float(prev)) / abs(float(prev)), 4)}
    out["categories"] = [{"key": k, "label": k, "color": None} for k in keys]
    out["series"] = [{"key": "value", "label": "", "data": [vals.get(k) for k in keys]}]
    out["axes"] = {"x": {"kind": "date", "granularity": settings["compare"]["period"]},
                   "series": {"kind": "date", "granularity": settings["compare"]["period"]}}
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
