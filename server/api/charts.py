"""Charts and the dashboard: definitions (actions) and their data, aggregated in SQL."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.actions.handlers.rows import row_to_api
from server.api.access import base_role, run_action, table_access
from server.api.routing import route
from server.api.rows import value_context
from server.auth.service import Principal
from server.catalog import schema as cat
from server.charts.actions import validate_settings
from server.charts.compute import compute, group_expression, value_type
from server.errors import invalid, not_found
from server.query.rows import base_select
from server.state import state


class ChartCreate(Schema):
    table_id = fields.Integer(required=True, strict=True)
    view_id = fields.Integer(load_default=None, allow_none=True, strict=True)
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    settings = fields.Dict(required=True, metadata={"description": "see docs/charts.md"})
    client_id = fields.String(load_default=None, allow_none=True)


class ChartPatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    view_id = fields.Integer(allow_none=True, strict=True)
    settings = fields.Dict()
    position = fields.Float()
    client_id = fields.String(load_default=None, allow_none=True)


class AdHocChart(Schema):
    view_id = fields.Integer(load_default=None, allow_none=True, strict=True)
    settings = fields.Dict(required=True)


class ChartRowsQuery(Schema):
    x = fields.String(load_default=None, allow_none=True, metadata={"description": "category key; empty for blanks"})
    series = fields.String(load_default=None, allow_none=True)
    limit = fields.Integer(load_default=200, validate=validate.Range(1, 1000))


def _chart_json(r: Any) -> dict:
    return {"id": r.id, "base_id": r.base_id, "table_id": r.table_id, "view_id": r.view_id, "name": r.name,
            "position": r.position, "settings": r.settings}


def _load_chart(principal: Principal, chart_id: int, needed: str = "viewer") -> Any:
    with state().db.read() as conn:
        row = conn.execute(sa.select(cat.charts).where(cat.charts.c.id == chart_id,
                                                       cat.charts.c.deleted_at.is_(None))).first()
    if row is None:
        raise not_found("This chart does not exist.")
    try:
        base_role(principal, row.base_id, needed)
    except Exception as exc:
        if getattr(exc, "status", None) == 404:
            raise not_found("This chart does not exist.") from None
        raise
    return row


def source_where(conn: sa.Connection, table: Any, view_id: int | None, principal: Principal) -> list[Any]:
    """The WHERE clauses of a chart's source: its view's filters (none for the whole table)."""
    if view_id is None:
        return []
    from server.api.views import compile_for

    v = cat.views
    view = conn.execute(sa.select(v).where(v.c.id == view_id, v.c.table_id == table.id, v.c.deleted_at.is_(None))).first()
    if view is None or (view.private_to is not None and view.private_to != principal.user_id):
        raise invalid("view_id: no such view of this table", {"view_id": ["no such view"]})
    cv = compile_for(conn, principal, table.base_id, table.id, view.settings, {})
    return [] if cv.where is None else [cv.where]


def _data(principal: Principal, base_id: int, table_id: int, view_id: int | None, settings: dict) -> dict:
    st = state()
    with st.db.read() as conn:
        schema = st.schema_cache.get(conn, base_id)
        table = schema.table(table_id)
        if table is None:
            raise not_found("This table does not exist.")
        where = source_where(conn, table, view_id, principal)
        return compute(conn, table, settings, where, value_context(conn, base_id))


def _validated(base_id: int, table_id: int, settings: dict) -> dict:
    """Validate settings the same way the chart actions do, without writing anything."""
    from server.actions.context import ActionContext, utcnow

    st = state()
    with st.db.read() as conn:
        schema = st.schema_cache.get(conn, base_id)
        ctx = ActionContext(conn=conn, base_id=base_id, user_id=None, schema=schema, now=utcnow(), version=0)
        return validate_settings(ctx, table_id, settings)


def _key_clause(expr: Any, col: Any, granularity: str | None, key: str | None) -> Any:
    """expr = the category key the chart returned (keys travel as text in the query string)."""
    if key in (None, ""):
        return expr.is_(None)
    kind = value_type(col)
    if kind.family == "checkbox":
        return expr.is_(key.lower() in ("true", "1"))
    if granularity or not kind.chart_numbers:
        return expr == key
    try:
        return expr == float(key)
    except ValueError:
        raise invalid(f"{key!r} is not a category of this chart", {"x": ["unknown category"]}) from None


@route("/bases/{base_id}/charts", "GET", "The base's charts (its dashboard), in order", "charts")
def list_charts(principal: Principal, base_id: int) -> Any:
    base_role(principal, base_id)
    c = cat.charts
    with state().db.read() as conn:
        rows = conn.execute(sa.select(c).where(c.c.base_id == base_id, c.c.deleted_at.is_(None))
                            .order_by(c.c.position, c.c.id)).all()
    return {"charts": [_chart_json(r) for r in rows]}


@route("/bases/{base_id}/charts", "POST", "Add a chart", "charts", body=ChartCreate, responses={201: "the chart"})
def create_chart(principal: Principal, base_id: int, body: dict) -> Any:
    base_role(principal, base_id, "editor")
    res = run_action(principal, base_id, {"type": "add_chart", **{k: v for k, v in body.items() if k != "client_id"}},
                     body)
    return {"version": res.version, "chart": _chart_json(_load_chart(principal, res.result["chart_id"]))}, 201


@route("/charts/{chart_id}", "GET", "One chart", "charts")
def get_chart(principal: Principal, chart_id: int) -> Any:
    return _chart_json(_load_chart(principal, chart_id))


@route("/charts/{chart_id}", "PATCH", "Rename a chart, change its settings, source view or position", "charts",
       body=ChartPatch)
def patch_chart(principal: Principal, chart_id: int, body: dict) -> Any:
    row = _load_chart(principal, chart_id, "editor")
    res = run_action(principal, row.base_id, {"type": "modify_chart", "chart_id": chart_id,
                                              **{k: v for k, v in body.items() if k != "client_id"}}, body)
    return {"version": res.version, "chart": _chart_json(_load_chart(principal, chart_id))}


@route("/charts/{chart_id}", "DELETE", "Delete a chart (undoable)", "charts")
def delete_chart(principal: Principal, chart_id: int) -> Any:
    row = _load_chart(principal, chart_id, "editor")
    res = run_action(principal, row.base_id, {"type": "delete_chart", "chart_id": chart_id})
    return {"version": res.version}


@route("/charts/{chart_id}/data", "GET", "The chart's aggregated series, computed in SQL", "charts")
def chart_data(principal: Principal, chart_id: int) -> Any:
    row = _load_chart(principal, chart_id)
    return _data(principal, row.base_id, row.table_id, row.view_id, row.settings)


@route("/tables/{table_id}/chart-data", "POST", "Aggregate a table (or one of its views) for an unsaved chart",
       "charts", body=AdHocChart)
def adhoc_chart_data(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    settings = _validated(base_id, table_id, body["settings"])
    return _data(principal, base_id, table_id, body.get("view_id"), settings)


@route("/charts/{chart_id}/rows", "GET", "The rows behind one bar or slice of a chart", "charts",
       query=ChartRowsQuery)
def chart_rows(principal: Principal, chart_id: int, query: dict) -> Any:
    row = _load_chart(principal, chart_id)
    st = state()
    settings = row.settings
    if not settings.get("x"):
        raise invalid("this chart has no categories to open", {"x": ["not grouped"]})
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, row.base_id).table(row.table_id)
        if table is None:
            raise not_found("This table does not exist.")
        q = base_select(table)
        for w in source_where(conn, table, row.view_id, principal):
            q = q.where(w)
        for part in ("x", "series"):
            if settings.get(part) is None or (part == "series" and query.get("series") is None):
                continue
            expr, col = group_expression(table, settings[part], part)
            q = q.where(_key_clause(expr, col, settings[part].get("granularity"), query.get(part)))
        t = table.sa_table
        recs = [dict(r._mapping) for r in conn.execute(q.order_by(t.c._order, t.c.id).limit(query["limit"]))]
        vctx = value_context(conn, row.base_id)
    return {"rows": [row_to_api(table, r, vctx) for r in recs]}
