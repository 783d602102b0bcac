"""View types (see registry.py). Each type registers here, one line per type."""

from __future__ import annotations

from server.views.calendar import CalendarView
from server.views.grid import GridView
from server.views.kanban import KanbanView
from server.views.registry import (
    DEFAULT_VIEW_TYPE,
    ViewType,
    get_view_type,
    register_view_type,
    unknown_type_message,
    view_types,
)
from server.views.timeline import TimelineView

register_view_type(GridView())
register_view_type(KanbanView())
register_view_type(CalendarView())
register_view_type(TimelineView())

__all__ = ["DEFAULT_VIEW_TYPE", "ViewType", "get_view_type", "register_view_type", "unknown_type_message",
           "view_types"]
