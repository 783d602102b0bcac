"""The geolocation column type: a point (latitude, longitude) with an optional address.

The API value is {"lat": 55.7558, "lng": 37.6173, "address": "Red Square"} (address optional).
People type, paste and import it as text: "55.7558, 37.6173", optionally followed by a
semicolon and the address ("55.7558, 37.6173; Red Square, Moscow"); the address is everything
after the first semicolon, so it may hold commas. Latitude comes first, as maps print it.

Stored as that same text in one Text column on both databases: what people search, what
formulas and exports see, and what converts to text, with no JSON functions needed. Values
are written only through `to_db`, so the stored text is always this canonical form and reads
back exactly. Filters: empty / not empty (the default "presence" family). SeaTable has the same type id;
its API shows the column with `geo_format: lng_lat` and the value as {lat, lng, address?}.

This module and one line in server/columns/registry.py are all the server needs for the
type (docs/column-types.md, «Adding a column type», walks through it).
"""

from __future__ import annotations

import math
import re
from typing import Any

from marshmallow import Schema, fields, validate

from server.columns.base import CellError, ColumnType, ValueContext
from server.storage.dialect import fold

ADDRESS_LIMIT = 1000
_NUM = r"[+-]?\d+(?:\.\d+)?"
# "lat, lng", "lat,lng", "lat lng" or "lat; lng", then optionally "; address".
_TEXT = re.compile(rf"^\s*({_NUM})\s*(?:,|;|\s)\s*({_NUM})\s*(?:;\s*(.*?))?\s*$", re.DOTALL)


class GeoValue(Schema):
    """The API shape of a geolocation value (OpenAPI)."""

    lat = fields.Float(required=True, validate=validate.Range(-90, 90))
    lng = fields.Float(required=True, validate=validate.Range(-180, 180))
    address = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=ADDRESS_LIMIT))


def _coord(value: Any, name: str, limit: float) -> float:
    if isinstance(value, bool) or value is None:
        raise CellError(f"{name}: expected a number")
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise CellError(f"{name}: {value!r} is not a number") from None
    if not isinstance(value, int | float) or not math.isfinite(float(value)):
        raise CellError(f"{name}: expected a finite number")
    value = float(value)
    if not -limit <= value <= limit:
        raise CellError(f"{name}: {value:g} is not between {-limit:g} and {limit:g}")
    return value


def _num_text(x: float) -> str:
    return str(int(x)) if x.is_integer() else repr(x)


def point_text(lat: float, lng: float, address: str | None) -> str:
    """The canonical text of a point: "55.7558, 37.6173" or "55.7558, 37.6173; address"."""
    text = f"{_num_text(lat)}, {_num_text(lng)}"
    return f"{text}; {address}" if address else text


def parse_point(text: str) -> dict[str, Any]:
    """Text as people write a point to {"lat", "lng", "address"?}; raises CellError."""
    m = _TEXT.match(text)
    if m is None:
        raise CellError(f"{text.strip()!r} is not a location (write latitude, longitude: 55.7558, 37.6173)")
    out: dict[str, Any] = {"lat": _coord(m[1], "lat", 90), "lng": _coord(m[2], "lng", 180)}
    if m[3]:
        out["address"] = m[3]
    return out


class GeolocationType(ColumnType):
    type_id = "geolocation"
    family = "presence"  # empty / not empty
    formula_kind = "text"  # formulas see "55.7558, 37.6173; address"

    def api_field(self) -> fields.Field:
        return fields.Nested(GeoValue, allow_none=True,
                             metadata={"description": 'or text: "55.7558, 37.6173; optional address"'})

    def to_db(self, value: Any, col: Any, ctx: ValueContext) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            return self.parse_text(value, col, ctx)
        if not isinstance(value, dict):
            raise CellError('expected {"lat": …, "lng": …} or text such as "55.7558, 37.6173"')
        unknown = set(value) - {"lat", "lng", "address"}
        if unknown:
            raise CellError(f"{sorted(unknown)[0]}: not a field of a location (lat, lng, address)")
        lat = _coord(value.get("lat"), "lat", 90)
        lng = _coord(value.get("lng"), "lng", 180)
        address = value.get("address")
        if address is not None and not isinstance(address, str):
            raise CellError("address: expected text")
        address = (address or "").strip() or None
        if address is not None and len(address) > ADDRESS_LIMIT:
            raise CellError(f"address: longer than {ADDRESS_LIMIT} characters")
        return point_text(lat, lng, address)

    def parse_text(self, text: str, col: Any, ctx: ValueContext) -> Any:
        if not text.strip():
            return None
        return self.to_db(parse_point(text), col, ctx)

    def from_db(self, value: Any, col: Any, ctx: ValueContext) -> Any:
        if value is None or value == "":
            return None
        try:
            return parse_point(value)
        except CellError:
            return None  # not written by to_db: never shown as a wrong point

    def to_text(self, value: Any, col: Any, ctx: ValueContext) -> str:
        return value or ""

    def search_expression(self, expr: Any, col: Any) -> Any:
        return fold(expr)

    def formula_value(self, expr: Any, col: Any) -> Any:
        return expr

    def seatable_data(self, col: Any) -> dict | None:
        # SeaTable's format for a point given as coordinates (its values are {lat, lng} too).
        return {"geo_format": "lng_lat"}
