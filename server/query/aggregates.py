"""Footer summaries and the group tree of a view, as GROUP BY queries (never Python loops).

Footer: every summary of the view in one SELECT (medians as scalar sub-selects inside it).
Groups: one GROUP BY per level (up to three), each row carrying its count and the view's
summaries for that group; the tree is assembled from them with each group's first row
position, so the grid can draw headers without fetching the rows.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.catalog.model import ColumnMeta
from server.columns.base import ValueContext
from server.query.compile import CompiledView, comparable, summaries_for
from server.query.operators import family_for, operators_for
from server.storage.dialect import as_text

MAX_GROUPS_RETURNED = 10_000


def _summary_specs(cv: CompiledView) -> list[tuple[ColumnMeta, str]]:
    out = []
    for key, kind in (cv.settings.get("summaries") or {}).items():
        col = cv.table.column(int(key))
        if col is not None and kind in summaries_for(col):
            out.append((col, kind))
    return out


def _empty_clause(col: ColumnMeta, expr: sa.ColumnElement) -> sa.ColumnElement:
    if family_for(col) == "checkbox":
        return sa.or_(expr.is_(None), expr.is_(sa.false()))
    op = operators_for(col).get("empty")
    return op.sql(expr, None, col, None) if op is not None else expr.is_(None)


def _aggregate(col: ColumnMeta, kind: str, expr: sa.ColumnElement) -> sa.ColumnElement:
    expr = comparable(col, expr)
    if kind == "count":
        return sa.func.count()
    if kind == "empty":
        return sa.func.coalesce(sa.func.sum(sa.case((_empty_clause(col, expr), 1), else_=0)), 0)
    if kind == "filled":
        return sa.func.coalesce(sa.func.sum(sa.case((_empty_clause(col, expr), 0), else_=1)), 0)
    if kind == "unique":
        fam = family_for(col)
        target = as_text(expr) if fam in ("list", "files") else expr
        return sa.func.count(sa.distinct(target))
    if kind == "sum":
        return sa.func.sum(expr)
    if kind == "average":
        return sa.func.avg(expr)
    if kind in ("min", "earliest"):
        return sa.func.min(expr)
    if kind in ("max", "latest"):
        return sa.func.max(expr)
    raise ValueError(kind)


def _median_select(cv: CompiledView, expr: sa.ColumnElement, partition: list[sa.ColumnElement]) -> sa.Select:
    """Median of the non-empty values: the middle one or the mean of the middle two."""
    t = cv.table.sa_table
    labels = [p.label(f"g{i}") for i, p in enumerate(partition)]
    inner = (sa.select(*labels, expr.label("v"),
                       sa.func.row_number().over(partition_by=partition or None, order_by=expr).label("rn"),
                       sa.func.count().over(partition_by=partition or None).label("c"))
             .select_from(t).where(cv.where_clause(), expr.is_not(None)).subquery())
    middle = inner.c.rn.in_([(inner.c.c + 1) // 2, (inner.c.c + 2) // 2])
    gcols = [inner.c[f"g{i}"] for i in range(len(partition))]
    stmt = sa.select(*gcols, sa.func.avg(inner.c.v).label("m")).where(middle)
    return stmt.group_by(*gcols) if gcols else stmt


def _api_value(col: ColumnMeta, kind: str, value: Any, vctx: ValueContext) -> Any:
    if value is None:
        return None
    if kind in ("count", "empty", "filled", "unique"):
        return int(value)
    if kind in ("earliest", "latest"):
        return col.type_cls.from_db(value, col, vctx)
    return float(value)


def footer(conn: Connection, cv: CompiledView, vctx: ValueContext) -> dict[str, Any]:
    """{column_id: {"summary", "value"}} for the whole filtered view, in one query."""
    specs = _summary_specs(cv)
    t = cv.table.sa_table
    cols: list[sa.ColumnElement] = [sa.func.count().label("_rows")]
    for i, (col, kind) in enumerate(specs):
        expr = col.type_cls.expression(t, col)
        if kind == "median":
            cols.append(_median_select(cv, expr, []).scalar_subquery().label(f"s{i}"))
        else:
            cols.append(_aggregate(col, kind, expr).label(f"s{i}"))
    row = conn.execute(sa.select(*cols).select_from(t).where(cv.where_clause())).one()._mapping
    out = {col.key: {"summary": kind, "value": _api_value(col, kind, row[f"s{i}"], vctx)}
           for i, (col, kind) in enumerate(specs)}
    return {"count": int(row["_rows"]), "summaries": out}


def _group_value(cv: CompiledView, level: int, raw: Any, vctx: ValueContext) -> Any:
    g = cv.groups[level]
    if raw is None:
        return None
    fam = family_for(g.column)
    if g.granularity is not None or fam == "date":
        return raw
    if fam in ("list", "files"):
        import json

        try:
            raw = json.loads(raw)
        except (TypeError, ValueError):
            return raw
    if fam == "checkbox":
        return bool(raw)
    return g.column.type_cls.from_db(raw, g.column, vctx)


def groups(conn: Connection, cv: CompiledView, vctx: ValueContext) -> dict[str, Any]:
    """The group tree: [{"value", "key", "count", "start", "summaries", "groups": [...]}]."""
    if not cv.groups:
        return {"groups": [], "count": None}
    t = cv.table.sa_table
    specs = _summary_specs(cv)
    levels: list[list[dict[str, Any]]] = []
    for depth in range(1, len(cv.groups) + 1):
        keys = cv.groups[:depth]
        labels = [g.expr.label(f"g{i}") for i, g in enumerate(keys)]
        cols: list[sa.ColumnElement] = [*labels, sa.func.count().label("_n")]
        medians = []
        for i, (col, kind) in enumerate(specs):
            expr = col.type_cls.expression(t, col)
            if kind == "median":
                medians.append((i, col, expr))
            else:
                cols.append(_aggregate(col, kind, expr).label(f"s{i}"))
        order = []
        for g in keys:
            for e in (g.sort, g.expr):
                order.append(e.desc().nulls_last() if g.desc else e.asc().nulls_first())
        stmt = (sa.select(*cols).select_from(t).where(cv.where_clause()).group_by(*[g.expr for g in keys])
                .order_by(*order).limit(MAX_GROUPS_RETURNED + 1))
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        median_values: dict[tuple, dict[int, Any]] = {}
        for i, _col, expr in medians:
            for r in conn.execute(_median_select(cv, expr, [g.expr for g in keys])):
                median_values.setdefault(tuple(r[:depth]), {})[i] = r.m
        level = []
        for r in rows[:MAX_GROUPS_RETURNED]:
            key = tuple(r[f"g{i}"] for i in range(depth))
            summaries = {}
            for i, (col, kind) in enumerate(specs):
                raw = median_values.get(key, {}).get(i) if kind == "median" else r[f"s{i}"]
                summaries[col.key] = {"summary": kind, "value": _api_value(col, kind, raw, vctx)}
            level.append({"key": key, "count": int(r["_n"]), "summaries": summaries})
        levels.append(level)
    # Assemble: children follow their parent in SQL order, so one pass with start offsets.
    def build(depth: int, prefix: tuple, start: int) -> list[dict[str, Any]]:
        out = []
        pos = start
        for item in levels[depth]:
            if item["key"][:depth] != prefix:
                continue
            node = {"column_id": cv.groups[depth].column.id,
                    "value": _group_value(cv, depth, item["key"][depth], vctx),
                    "count": item["count"], "start": pos, "summaries": item["summaries"]}
            if depth + 1 < len(levels):
                node["groups"] = build(depth + 1, item["key"], pos)
            out.append(node)
            pos += item["count"]
        return out

    total = sum(item["count"] for item in levels[0])
    return {"groups": build(0, (), 0), "count": total,
            "truncated": any(len(lv) > MAX_GROUPS_RETURNED for lv in levels)}
