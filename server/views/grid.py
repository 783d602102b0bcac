"""The grid view type: rows and columns, with filters, sorts, groups, colours and summaries."""

from __future__ import annotations

from server.query.settings import ViewSettings
from server.views.registry import ViewType


class GridView(ViewType):
    name = "grid"
    description = "Rows and columns like a spreadsheet, with filters, sorts, groups, row colours and summaries."
    settings_schema = ViewSettings
    # Reads windows of rows in view order: the default of ViewType.
