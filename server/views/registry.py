"""The view-type registry: what kinds of view a table can have, and what each one means.

A view type is a name (stored in `views.type`), the marshmallow schema of its settings, and
how its rows are read (grid.py, kanban.py, calendar.py, gallery.py). A new type is one module
(a `ViewType` subclass) plus one `register_view_type` line in `server/plugins.py`, and one web
component registered in `web/src/viewtypes/`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from marshmallow import Schema
from sqlalchemy.engine import Connection

from server.catalog.model import TableMeta
from server.query import paging
from server.query.compile import CompiledView

DEFAULT_VIEW_TYPE = "grid"


class ViewType:
    """One kind of view. Subclasses set the class attributes and override what differs."""

    name: ClassVar[str]
    # Shown in GET /api/view-types for API users; the web app has its own translated labels.
    description: ClassVar[str]
    # The shape of `views.settings` for this type (validated on create and change).
    settings_schema: ClassVar[type[Schema]]
    # How the web app reads this view's rows: "window" = windows in view order
    # (GET /views/{id}/rows with offset or cursor). A kanban would read per group, a calendar
    # per date range: each new way gets its own name and endpoint.
    reads: ClassVar[str] = "window"

    def check_settings(self, table: TableMeta, settings: dict[str, Any]) -> None:
        """Settings (shape-checked by `settings_schema`) against the table, beyond what the
        grid's compiler checks; raises ApiError 422 naming the field. The grid has nothing more."""

    def read_window(self, conn: Connection, cv: CompiledView, offset: int, limit: int,
                    cursor: str | None) -> paging.Window:
        """One window of the view's rows in view order (the grid's way of reading)."""
        return paging.window(conn, cv, offset, limit, cursor)

    def index_specs(self, table: TableMeta, settings: dict[str, Any]) -> list[tuple[tuple[str, bool], ...]]:
        """The indexes this view's reads need, as (physical column, descending) tuples."""
        from server.query.indexes import index_columns

        return [index_columns(table, settings)]

    def to_json(self) -> dict[str, Any]:
        from apispec import APISpec
        from apispec.ext.marshmallow.openapi import OpenAPIConverter

        spec = APISpec(title="view settings", version="1", openapi_version="3.0.2")
        # No schema names: nested schemas are written inline, so the answer stands alone.
        conv = OpenAPIConverter(openapi_version="3.0.2", schema_name_resolver=lambda _s: None, spec=spec)
        return {"name": self.name, "description": self.description, "reads": self.reads,
                "settings_schema": conv.schema2jsonschema(self.settings_schema)}


_TYPES: dict[str, ViewType] = {}


def register_view_type(view_type: ViewType) -> ViewType:
    if view_type.name in _TYPES:
        raise ValueError(f"view type {view_type.name!r} is registered twice")
    _TYPES[view_type.name] = view_type
    return view_type


def get_view_type(name: str) -> ViewType | None:
    return _TYPES.get(name)


def view_types() -> list[ViewType]:
    return list(_TYPES.values())


def unknown_type_message(name: Any) -> str:
    return f"unknown view type {name!r}; known: {', '.join(sorted(_TYPES))}"
