"""The chart-type registry: what kinds of chart a dashboard can have, and what each one means.

A chart type is a name (stored in a chart's `settings.type`), the marshmallow schema of its
settings (declared once: the API validates with it, `GET /api/chart-types` and the OpenAPI
publish it, and the web app's chart editor builds its form from it), and how its data is
computed. A new type is one `ChartType` subclass (server/charts/kinds.py) plus one line in
`server/plugins.py` (`_register_chart_types`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from marshmallow import Schema, ValidationError
from sqlalchemy.engine import Connection

from server.catalog.model import TableMeta
from server.columns.base import ValueContext


class ChartType:
    """One kind of chart. Subclasses set the class attributes and override what differs."""

    name: ClassVar[str]
    # Shown in GET /api/chart-types for API users; the web app has its own translated labels.
    description: ClassVar[str]
    # The shape of `settings` for this type: a subclass of server.charts.settings.BaseSettings.
    settings_schema: ClassVar[type[Schema]]

    def check(self, settings: dict[str, Any]) -> None:
        """Rules between parts of the loaded settings that the schema's fields cannot say;
        raises marshmallow's ValidationError keyed by the part. Most types have none."""

    def fit(self, table: TableMeta, settings: dict[str, Any]) -> None:
        """Rules between the settings and the table's columns beyond those every chart has
        (a calendar needs a date column); raises ApiError 422 naming the part, without the
        `settings.` prefix. Checked when a chart is saved and before it is drawn."""

    def compute(self, conn: Connection, table: TableMeta, settings: dict[str, Any], where: list[Any],
                vctx: ValueContext, today: dt.date) -> dict[str, Any]:
        """The chart's data (docs/charts.md «Data»): categories × series by default."""
        from server.charts.compute import grouped

        return grouped(conn, table, settings, where, vctx)

    def data(self, conn: Connection, table: TableMeta, settings: dict[str, Any], where: list[Any],
             vctx: ValueContext, today: dt.date) -> dict[str, Any]:
        self.fit(table, settings)
        return self.compute(conn, table, settings, where, vctx, today)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, "settings_schema": json_schema(self.settings_schema)}


def json_schema(schema: type[Schema]) -> dict[str, Any]:
    """A marshmallow schema as JSON Schema, nested schemas inline, so the answer stands alone."""
    from apispec import APISpec
    from apispec.ext.marshmallow.openapi import OpenAPIConverter

    spec = APISpec(title="chart settings", version="1", openapi_version="3.0.2")
    conv = OpenAPIConverter(openapi_version="3.0.2", schema_name_resolver=lambda _s: None, spec=spec)
    return conv.schema2jsonschema(schema)


_TYPES: dict[str, ChartType] = {}


def register_chart_type(chart_type: ChartType) -> ChartType:
    if chart_type.name in _TYPES:
        raise ValueError(f"chart type {chart_type.name!r} is registered twice")
    _TYPES[chart_type.name] = chart_type
    return chart_type


def get_chart_type(name: str) -> ChartType | None:
    return _TYPES.get(name)


def chart_types() -> list[ChartType]:
    return list(_TYPES.values())


def load_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Settings checked against their type's schema and rules; raises ValidationError keyed by
    the part (`type` when it names no registered type)."""
    name = settings.get("type")
    chart_type = get_chart_type(name) if isinstance(name, str) else None
    if chart_type is None:
        known = ", ".join(t.name for t in chart_types())
        raise ValidationError({"type": [f"must be one of: {known}"]})
    loaded = chart_type.settings_schema().load(settings)
    chart_type.check(loaded)
    return loaded
