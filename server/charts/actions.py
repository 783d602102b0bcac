"""Chart actions: add_chart, modify_chart, delete_chart, restore_chart (undoable, live)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import ValidationError, fields

from server.actions.context import ActionContext
from server.actions.handlers.tables import check_name
from server.actions.registry import Done, action_handler
from server.actions.schemas import ChartRef, Id, Position, TableRef
from server.catalog import schema as cat
from server.charts.filters import check_filters, check_values
from server.charts.registry import load_settings
from server.errors import ApiError, flatten_messages, invalid, not_found


def validate_settings(ctx: ActionContext, table_id: int, settings: Any) -> dict:
    if not isinstance(settings, dict):
        raise invalid("settings must be an object", {"settings": ["must be an object"]})
    try:
        loaded = load_settings(settings)
    except ValidationError as exc:
        fields = flatten_messages(exc.messages, "settings")
        key, msgs = next(iter(fields.items()))
        raise invalid(f"{key}: {msgs[0]}", fields) from exc
    table = ctx.table(table_id)
    for part in ("x", "series", "compare"):
        spec = loaded.get(part)
        if spec and table.column(spec["column_id"]) is None:
            raise invalid(f"settings.{part}.column_id: no such column", {f"settings.{part}.column_id": ["no such column"]})
    for field, spec in [("value", loaded["value"]),
                        *((f"values.{i}", v) for i, v in enumerate(loaded.get("values") or []))]:
        vcol = spec.get("column_id")
        if vcol is not None and table.column(vcol) is None:
            raise invalid(f"settings.{field}.column_id: no such column", {f"settings.{field}.column_id": ["no such column"]})
    _check_fit(table, loaded)
    measures = (loaded.get("period_end") or {}).get("measures")
    if measures:
        from server.charts.kpis import check_measures

        def check_view(table_id: int, view_id: Any, i: int) -> None:
            if _check_view_quietly(ctx, table_id, view_id) is None:
                field = f"settings.period_end.measures.{i}.view_id"
                raise invalid(f"{field}: no such view of this table", {field: ["no such view"]})

        check_measures(lambda tid, field: _measure_table(ctx, tid, field), table, check_view, measures)
    if loaded.get("dashboard_filters"):
        from server.query.operators import FilterContext
        from server.views.reading import value_context

        members = value_context(ctx.conn, ctx.base_id).members
        try:
            check_values(table, loaded, FilterContext(user_id=ctx.user_id, members=members))
        except ApiError as exc:
            fields = {f"settings.{k}": v for k, v in exc.fields.items()}
            raise invalid(f"settings.{exc.message}", fields) from exc
    return loaded


def _measure_table(ctx: ActionContext, table_id: int, field: str) -> Any:
    """A table of this base named by a measure; a 422 naming the field otherwise."""
    t = ctx.schema.table(table_id)
    if t is None:
        raise invalid(f"{field}: no such table in this base", {field: ["no such table"]})
    return t


def _check_view_quietly(ctx: ActionContext, table_id: int, view_id: int) -> int | None:
    v = cat.views
    return ctx.conn.execute(sa.select(v.c.id).where(v.c.id == view_id, v.c.table_id == table_id,
                                                    v.c.deleted_at.is_(None))).scalar()


def _check_fit(table: Any, settings: dict) -> None:
    """Settings that do not fit the columns (a sum over text, a date granularity on a select)
    are refused when saved, not only when drawn: the same checks as the computation's."""
    from server.charts.compute import group_expression, value_expression

    try:
        for part in ("x", "series"):
            if settings.get(part):
                group_expression(table, settings[part], part)
        value_expression(table, settings["value"], "value")
        for i, spec in enumerate(settings.get("values") or []):
            value_expression(table, spec, f"values.{i}")
        from server.charts.registry import get_chart_type

        chart_type = get_chart_type(settings["type"])
        if chart_type is not None:
            chart_type.fit(table, settings)
        check_filters(table, settings)
    except ApiError as exc:
        fields = {f"settings.{k}": v for k, v in exc.fields.items()}
        raise invalid(f"settings.{exc.message}", fields) from exc


def _check_view(ctx: ActionContext, table_id: int, view_id: Any) -> int | None:
    if view_id is None:
        return None
    if not isinstance(view_id, int) or isinstance(view_id, bool):
        raise invalid("view_id must be a view id", {"view_id": ["must be an integer"]})
    v = cat.views
    found = ctx.conn.execute(sa.select(v.c.id).where(v.c.id == view_id, v.c.table_id == table_id,
                                                      v.c.deleted_at.is_(None))).scalar()
    if found is None:
        raise invalid("view_id: no such view of this table", {"view_id": ["no such view"]})
    return view_id


def _chart(ctx: ActionContext, chart_id: Any, deleted: bool = False) -> Any:
    if not isinstance(chart_id, int) or isinstance(chart_id, bool):
        raise invalid("chart_id must be a chart id", {"chart_id": ["must be an integer"]})
    c = cat.charts
    row = ctx.conn.execute(sa.select(c).where(c.c.id == chart_id, c.c.base_id == ctx.base_id)).first()
    if row is None or (row.deleted_at is not None) != deleted:
        raise not_found("This chart does not exist.")
    return row


def _touch(ctx: ActionContext, chart_id: int) -> None:
    ctx.touch(f"chart:{chart_id}")  # type: ignore[arg-type]  # charts are their own scope


class AddChart(TableRef):
    """A new chart of a table (optionally of one of its views); settings as in docs/charts.md."""
    name = fields.String(required=True)
    settings = fields.Dict(required=True)
    view_id = Id(allow_none=True)


@action_handler("add_chart", AddChart)
def add_chart(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    table = ctx.table(payload.get("table_id"))
    name = check_name(payload.get("name"))
    settings = validate_settings(ctx, table.id, payload.get("settings"))
    view_id = _check_view(ctx, table.id, payload.get("view_id"))
    c = cat.charts
    pos = ctx.conn.execute(sa.select(sa.func.max(c.c.position)).where(c.c.base_id == ctx.base_id)).scalar() or 0
    chart_id = ctx.conn.execute(sa.insert(c).values(base_id=ctx.base_id, table_id=table.id, view_id=view_id, name=name,
                                                    position=pos + 1, settings=settings, created_by=ctx.user_id)
                                .returning(c.c.id)).scalar_one()
    _touch(ctx, chart_id)
    ctx.result["chart_id"] = chart_id
    return Done({"type": "add_chart", "chart_id": chart_id, "table_id": table.id, "view_id": view_id, "name": name,
                 "settings": settings}, {"type": "delete_chart", "chart_id": chart_id})


class ModifyChart(ChartRef):
    """Rename, change settings or view, or move a chart."""
    name = fields.String()
    settings = fields.Dict()
    view_id = Id(allow_none=True)
    position = Position()


@action_handler("modify_chart", ModifyChart)
def modify_chart(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    row = _chart(ctx, payload.get("chart_id"))
    changes: dict[str, Any] = {}
    old: dict[str, Any] = {}
    if "name" in payload:
        changes["name"], old["name"] = check_name(payload["name"]), row.name
    if "settings" in payload:
        changes["settings"], old["settings"] = validate_settings(ctx, row.table_id, payload["settings"]), row.settings
    if "view_id" in payload:
        changes["view_id"], old["view_id"] = _check_view(ctx, row.table_id, payload["view_id"]), row.view_id
    if "position" in payload:
        pos = payload["position"]
        if isinstance(pos, bool) or not isinstance(pos, int | float):
            raise invalid("position must be a number", {"position": ["must be a number"]})
        changes["position"], old["position"] = float(pos), row.position
    if not changes:
        raise invalid("nothing to change: give name, settings, view_id or position", {"name": ["required"]})
    ctx.conn.execute(sa.update(cat.charts).where(cat.charts.c.id == row.id).values(**changes))
    _touch(ctx, row.id)
    return Done({"type": "modify_chart", "chart_id": row.id, **changes},
                {"type": "modify_chart", "chart_id": row.id, **old})


class DeleteChart(ChartRef):
    """Move a chart to the trash."""


@action_handler("delete_chart", DeleteChart)
def delete_chart(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    row = _chart(ctx, payload.get("chart_id"))
    ctx.conn.execute(sa.update(cat.charts).where(cat.charts.c.id == row.id).values(deleted_at=ctx.now))
    _touch(ctx, row.id)
    return Done({"type": "delete_chart", "chart_id": row.id}, {"type": "restore_chart", "chart_id": row.id})


class RestoreChart(ChartRef):
    """Bring a chart back from the trash."""


@action_handler("restore_chart", RestoreChart)
def restore_chart(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    row = _chart(ctx, payload.get("chart_id"), deleted=True)
    ctx.conn.execute(sa.update(cat.charts).where(cat.charts.c.id == row.id).values(deleted_at=None))
    _touch(ctx, row.id)
    return Done({"type": "restore_chart", "chart_id": row.id}, {"type": "delete_chart", "chart_id": row.id})
