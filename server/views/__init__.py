"""View types (see registry.py); `server.plugins` registers each type, one line per type."""

from __future__ import annotations

from server.views.registry import (
    DEFAULT_VIEW_TYPE,
    ViewType,
    get_view_type,
    register_view_type,
    unknown_type_message,
    view_types,
)

__all__ = ["DEFAULT_VIEW_TYPE", "ViewType", "get_view_type", "register_view_type", "unknown_type_message",
           "view_types"]
