"""The gallery view type: rows as cards in a responsive grid, each with a cover image.

Settings are the grid's (filters, sorts, hidden columns, row colours…) plus `cover_column`
(an image or file column whose first file is the card's cover, or none), `card_fields` (the
columns shown under the primary field), `card_size` (small, medium, large: how many cards fit
a row) and `cover_fit` (`cover` crops the image to the card, `contain` shows it whole).

Rows are read as the grid reads them: windows in view order (GET /views/{id}/rows), so a
gallery of a 1M-row table only ever holds the windows scrolled to.
"""

from __future__ import annotations

from typing import Any

from marshmallow import fields, validate

from server.catalog.model import TableMeta
from server.errors import invalid
from server.query.settings import ViewSettings
from server.views.kanban import COVER_TYPES, MAX_CARD_FIELDS
from server.views.registry import ViewType

CARD_SIZES = ("small", "medium", "large")
COVER_FITS = ("cover", "contain")


class GallerySettings(ViewSettings):
    """The grid's settings (filters, sorts, hidden columns, row colours, …) plus the gallery's own."""

    cover_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                  metadata={"description": "an image or file column: its first file is the card's cover"})
    card_fields = fields.List(fields.Integer(strict=True), load_default=list,
                              validate=validate.Length(max=MAX_CARD_FIELDS),
                              metadata={"description": "columns shown on a card under its primary field"})
    card_size = fields.String(load_default="medium", validate=validate.OneOf(CARD_SIZES),
                              metadata={"description": "how wide a card is: small, medium or large"})
    cover_fit = fields.String(load_default="cover", validate=validate.OneOf(COVER_FITS),
                              metadata={"description": "cover: the image fills the cover, cropped; contain: shown whole"})


def _fail(field: str, message: str) -> None:
    raise invalid(f"settings.{field}: {message}", {f"settings.{field}": [message]}, code="invalid_view")


def check_settings(table: TableMeta, settings: dict[str, Any]) -> None:
    """The gallery's settings against the table (422 naming the field)."""
    cover = settings.get("cover_column")
    if cover is not None:
        col = table.column(cover)
        if col is None or col.type not in COVER_TYPES:
            _fail("cover_column", "a cover comes from an image or file column of this table")
    for i, cid in enumerate(settings.get("card_fields") or []):
        if table.column(cid) is None:
            _fail(f"card_fields[{i}]", f"column {cid} is not in this table")


class GalleryView(ViewType):
    name = "gallery"
    description = ("Rows as cards in a grid, each with a cover image from an image or file column and the "
                   "chosen fields under the primary field.")
    settings_schema = GallerySettings
    # Reads windows of rows in view order: the default of ViewType (GET /views/{id}/rows).

    def check_settings(self, table: TableMeta, settings: dict[str, Any]) -> None:
        check_settings(table, settings)
