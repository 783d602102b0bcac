"""Charts and the dashboard: definitions (actions) and their data, aggregated in SQL."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.api.access import base_role, run_action, table_access
from server.api.openapi import add_components
from server.api.routing import route
from server.api.rows import MAX_LIMIT
from server.auth.service import Principal
from server.catalog import schema as cat
from server.charts.actions import validate_settings
from server.charts.compute import compute, period_end_series
from server.charts.drill import drill_filters, drill_summaries, with_filters
from server.charts.filters import dashboard_clause, dashboard_conditions
from server.charts.kpis import kpi_series
from server.charts.registry import chart_types, json_schema
from server.columns.base import ValueContext
from server.errors import invalid, not_found
from server.query import aggregates, asof, paging
from server.query.asof import AsOfField
from server.query.compile import CompiledView, CompileError, compile_view, raise_compile_error
from server.query.settings import load_settings
from server.state import state
from server.storage.engine import without_jit
from server.views.reading import value_context, window_json

SETTINGS_DOC = ("the chart type's settings: one of components.schemas.ChartSettings, schemas also in "
                "GET /api/chart-types (docs/charts.md)")


class ChartCreate(Schema):
    table_id = fields.Integer(required=True, strict=True)
    view_id = fields.Integer(load_default=None, allow_none=True, strict=True)
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    settings = fields.Dict(required=True, metadata={"description": SETTINGS_DOC})
    client_id = fields.String(load_default=None, allow_none=True)


class ChartPatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    view_id = fields.Integer(allow_none=True, strict=True)
    settings = fields.Dict(metadata={"description": SETTINGS_DOC})
    position = fields.Float()
    client_id = fields.String(load_default=None, allow_none=True)


class AdHocChart(Schema):
    view_id = fields.Integer(load_default=None, allow_none=True, strict=True)
    settings = fields.Dict(required=True, metadata={"description": SETTINGS_DOC})


class ChartDataQuery(Schema):
    as_of = AsOfField()


class DrillQuery(Schema):
    as_of = AsOfField()
    x = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=10_000),
                      metadata={"description": "a category key from the chart's data; empty or absent for blanks"})
    series = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=10_000),
                           metadata={"description": "a series key (or a period of a time comparison)"})


class DrillWindowQuery(DrillQuery):
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))
    limit = fields.Integer(load_default=200, validate=validate.Range(1, MAX_LIMIT))
    cursor = fields.String(load_default=None, metadata={"description": "next_cursor of the previous window"})
    keys = fields.String(load_default="ids", validate=validate.OneOf(["ids", "names"]))


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


def _source_view(conn: sa.Connection, table: Any, view_id: int | None, principal: Principal) -> Any:
    """The view a chart reads (None for the whole table); a view the reader cannot see is a 422."""
    if view_id is None:
        return None
    v = cat.views
    view = conn.execute(sa.select(v).where(v.c.id == view_id, v.c.table_id == table.id, v.c.deleted_at.is_(None))).first()
    if view is None or (view.private_to is not None and view.private_to != principal.user_id):
        raise invalid("view_id: no such view of this table", {"view_id": ["no such view"]})
    return view


def source_where(conn: sa.Connection, table: Any, view_id: int | None, principal: Principal) -> list[Any]:
    """The WHERE clauses of a chart's source: its view's filters (none for the whole table)."""
    view = _source_view(conn, table, view_id, principal)
    if view is None:
        return []
    from server.views.reading import compile_for

    cv = compile_for(conn, principal, table.base_id, table.id, view.settings, {})
    return [] if cv.where is None else [cv.where]


def measure_source(conn: sa.Connection, principal: Principal) -> Any:
    """What a KPI series' measure reads (server.charts.kpis): its view (one the reader may see)
    or its whole table, with the measure's conditions, as of the date in effect."""
    from server.views.reading import filter_context

    fctx: dict[int, Any] = {}
    views: dict[tuple[int, int | None], dict] = {}  # read once per series, not once per period

    def where(table: Any, view_id: int | None, conditions: dict) -> list[Any]:
        if (table.id, view_id) not in views:
            view = _source_view(conn, table, view_id, principal)
            views[(table.id, view_id)] = load_settings(view.settings) if view is not None else {}
        if table.base_id not in fctx:
            fctx[table.base_id] = filter_context(conn, principal, table.base_id)
        try:
            cv = compile_view(table, views[(table.id, view_id)], fctx[table.base_id], extra_filters=conditions)
        except CompileError as exc:
            raise_compile_error(exc)
            raise
        return [] if cv.where is None else [cv.where]

    return where


def _data(principal: Principal, base_id: int, table_id: int, view_id: int | None, settings: dict) -> dict:
    st = state()
    # A series by period end reads as of each period's end inside this one transaction: like any
    # read as of a date, without PostgreSQL's JIT (server.storage.engine._no_jit_as_of).
    no_jit = without_jit() if settings.get("period_end") else contextlib.nullcontext()
    with no_jit, st.db.read() as conn:
        schema = st.schema_cache.get(conn, base_id)
        table = schema.table(table_id)
        if table is None:
            raise not_found("This table does not exist.")

        from server.views.reading import filter_context

        # The dashboard's filters (server/charts/filters.py): ANDed to the source, reported.
        dash, report = dashboard_clause(table, settings, filter_context(conn, principal, base_id))

        def where() -> list[Any]:
            """The source's rows as of the date in effect (built anew for each date of a series)."""
            out = source_where(conn, table, view_id, principal)
            recorded = asof.recorded_by(table, table.sa_table)
            if view_id is None and recorded is not None:  # a view's filters include it already
                out.append(recorded)
            return out if dash is None else [*out, dash]

        if settings.get("period_end"):
            end = asof.current() or dt.datetime.now(dt.UTC).date()
            if settings["period_end"].get("measures"):
                out = kpi_series(conn, schema.table, table, settings, measure_source(conn, principal), end)
            else:
                out = period_end_series(conn, table, settings, where, value_context(conn, base_id), end)
        else:
            out = compute(conn, table, settings, where(), value_context(conn, base_id), today=asof.current())
        if settings.get("dashboard_filters"):
            out["dashboard_filters"] = report
        return out


def _validated(base_id: int, table_id: int, settings: dict) -> dict:
    """Validate settings the same way the chart actions do, without writing anything."""
    from server.actions.context import ActionContext, utcnow

    st = state()
    with st.db.read() as conn:
        schema = st.schema_cache.get(conn, base_id)
        ctx = ActionContext(conn=conn, base_id=base_id, user_id=None, schema=schema, now=utcnow(), version=0)
        return validate_settings(ctx, table_id, settings)


def _drill(conn: sa.Connection, principal: Principal, chart: Any, query: dict) -> tuple[CompiledView, dict, list]:
    """The rows behind a click on a chart (server.charts.drill): compiled for reading, plus the
    settings of a view that shows them and the category's own conditions."""
    from server.views.reading import filter_context

    if ((chart.settings or {}).get("period_end") or {}).get("measures"):
        msg = "a KPI series is computed from several measures: no rows stand behind a point"
        raise invalid(f"x: {msg}", {"x": [msg]})
    table = state().schema_cache.get(conn, chart.base_id).table(chart.table_id)
    if table is None:
        raise not_found("This table does not exist.")
    view = _source_view(conn, table, chart.view_id, principal)
    view_settings = load_settings(view.settings if view is not None else {})
    # The category's conditions, and those of the dashboard's filters the chart applies.
    conditions = drill_filters(table, chart.settings, query.get("x"), query.get("series"))
    conditions += dashboard_conditions(table, chart.settings, filter_context(conn, principal, chart.base_id))[0]
    settings = {**view_settings, "summaries": drill_summaries(table, view_settings, chart.settings)}
    try:
        # The view's own settings leniently (as its grid reads them), the category's strictly.
        cv = compile_view(table, settings, filter_context(conn, principal, chart.base_id),
                          extra_filters={"conjunction": "and", "filters": conditions})
    except CompileError as exc:
        raise_compile_error(exc)
        raise
    return cv, with_filters(settings, conditions), conditions


@route("/chart-types", "GET", "The chart types a dashboard can have: name, description and settings schema",
       "charts", auth=False)
def list_chart_types() -> Any:
    """Every registered chart type in the order the chart editor offers them: `name`,
    `description` and `settings_schema` (JSON Schema of `settings`; `required` names the
    parts the type needs, and a part it does not take is not among `properties`)."""
    return {"chart_types": [ct.to_json() for ct in chart_types()]}


def _settings_components() -> dict[str, Any]:
    """`ChartSettings`: one of the chart types' settings, told apart by `type`."""
    return {"description": "A chart's settings; `type` says which schema (GET /api/chart-types).",
            "oneOf": [{**json_schema(ct.settings_schema), "title": ct.name,
                       "properties": {**json_schema(ct.settings_schema)["properties"],
                                      "type": {"type": "string", "enum": [ct.name]}}}
                      for ct in chart_types()]}


add_components("ChartSettings", _settings_components)


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


@route("/charts/{chart_id}/data", "GET", "The chart's aggregated series, computed in SQL (as of a date, if given)",
       "charts", query=ChartDataQuery)
def chart_data(principal: Principal, chart_id: int, query: dict) -> Any:
    row = _load_chart(principal, chart_id)
    return _data(principal, row.base_id, row.table_id, row.view_id, row.settings)


@route("/tables/{table_id}/chart-data", "POST", "Aggregate a table (or one of its views) for an unsaved chart",
       "charts", body=AdHocChart)
def adhoc_chart_data(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    settings = _validated(base_id, table_id, body["settings"])
    return _data(principal, base_id, table_id, body.get("view_id"), settings)


@route("/charts/{chart_id}/drill", "GET",
       "The rows behind one bar, slice or cell as view settings: the source view's, filtered to the category",
       "charts", query=DrillQuery)
def chart_drill(principal: Principal, chart_id: int, query: dict) -> Any:
    row = _load_chart(principal, chart_id)
    with state().db.read() as conn:
        _, settings, conditions = _drill(conn, principal, row, query)
    return {"table_id": row.table_id, "view_id": row.view_id, "filters": conditions, "settings": settings}


@route("/charts/{chart_id}/rows", "GET", "A window of the rows behind one bar or slice, in the source view's order",
       "charts", query=DrillWindowQuery)
def chart_rows(principal: Principal, chart_id: int, query: dict) -> Any:
    row = _load_chart(principal, chart_id)
    with state().db.read() as conn:
        cv, _, _ = _drill(conn, principal, row, query)
        return window_json(conn, cv, row.base_id, query)


@route("/charts/{chart_id}/count", "GET", "How many rows are behind one bar or slice", "charts", query=DrillQuery)
def chart_rows_count(principal: Principal, chart_id: int, query: dict) -> Any:
    row = _load_chart(principal, chart_id)
    with state().db.read() as conn:
        cv, _, _ = _drill(conn, principal, row, query)
        return {"count": paging.count(conn, cv)}


@route("/charts/{chart_id}/summaries", "GET",
       "Footer summaries of the rows behind one bar or slice (the view's, and the chart's value)", "charts",
       query=DrillQuery)
def chart_rows_summaries(principal: Principal, chart_id: int, query: dict) -> Any:
    row = _load_chart(principal, chart_id)
    with state().db.read() as conn:
        cv, _, _ = _drill(conn, principal, row, query)
        return aggregates.footer(conn, cv, ValueContext(members=cv.fctx.members))
