"""Date and date-time values, stored as naive UTC timestamps and returned as ISO text."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.columns.base import CellError, ColumnType, ValueContext, cell_text

DATE_FORMATS = ["YYYY-MM-DD", "DD.MM.YYYY", "MM/DD/YYYY", "DD/MM/YYYY"]
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
NoneType = type(None)
_ISO_DATES = re.compile(r"(?:\d{4}-\d{2}-\d{2})?(?:\n(?:\d{4}-\d{2}-\d{2})?)*")

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_DMY_DOT = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$")


def _year(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        n += 2000 if n < 70 else 1900
    return n


def _build(y: int, m: int, d: int, hh: Any = None, mm: Any = None, ss: Any = None, frac: Any = None) -> dt.datetime:
    try:
        return dt.datetime(y, m, d, int(hh or 0), int(mm or 0), int(ss or 0),
                           int((frac or "0").ljust(6, "0")[:6]))
    except ValueError as exc:
        raise CellError(f"{y:04d}-{m:02d}-{d:02d} is not a real date") from exc


def parse_date(text: str, day_first: bool | None = None) -> dt.datetime:
    """Parse ISO, DD.MM.YYYY and M/D/YYYY (D/M/YYYY when day_first) into naive UTC.

    An impossible date (31.02.2027, 13/13/2027) is refused, never moved to another day; a
    slash date with day_first None is read only when its order is beyond doubt."""
    s = text.strip()
    m = _ISO.match(s)
    if m:
        value = _build(int(m[1]), int(m[2]), int(m[3]), m[4], m[5], m[6], m[7])
        tz = m[8]
        if tz and tz != "Z":
            sign = 1 if tz[0] == "+" else -1
            digits = tz[1:].replace(":", "")
            offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            value -= sign * offset
        return value
    m = _DMY_DOT.match(s)
    if m:
        return _build(_year(m[3]), int(m[2]), int(m[1]), m[4], m[5], m[6])
    m = _SLASH.match(s)
    if m:
        a, b = int(m[1]), int(m[2])
        if day_first is None:
            # No order given: only a date with one possible reading is taken. 13/01 is day
            # first and 01/13 month first; 05/06 could be either and is refused, never guessed.
            if a <= 12 and b <= 12 and a != b:
                raise CellError(f"{text!r} is ambiguous (day or month first?); use YYYY-MM-DD or DD.MM.YYYY")
            day_first = a > 12
        d, mo = (a, b) if day_first else (b, a)
        hh = int(m[4] or 0)
        if m[7]:
            hh = hh % 12 + (12 if m[7].lower() == "pm" else 0)
        return _build(_year(m[3]), mo, d, hh, m[5], m[6])
    raise CellError(f"{text!r} is not a date (use YYYY-MM-DD or DD.MM.YYYY)")


def excel_serial_to_datetime(n: float) -> dt.datetime:
    return EXCEL_EPOCH + dt.timedelta(days=float(n))


class DateOptions(Schema):
    # null: no display format chosen; the web app shows the interface language's (31.12.2026
    # in Russian, 12/31/2026 in English). Exports and the SeaTable API then use ISO.
    format = fields.String(load_default="YYYY-MM-DD", allow_none=True, validate=validate.OneOf(DATE_FORMATS))
    include_time = fields.Boolean(load_default=False)


class DateType(ColumnType):
    type_id = "date"
    family = "date"
    formula_kind = "date"
    indexable = True
    options_schema = DateOptions

    def sql_type(self, options):
        return sa.DateTime()

    def api_field(self):
        return fields.String(allow_none=True, metadata={"format": "date-time", "example": "2026-12-31"})

    def _trim(self, value: dt.datetime, col) -> dt.datetime:
        if not col.options.get("include_time"):
            return value.replace(hour=0, minute=0, second=0, microsecond=0)
        return value.replace(microsecond=0)

    def to_db(self, value, col, ctx):
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                value = value.astimezone(dt.UTC).replace(tzinfo=None)
            return self._trim(value, col)
        if isinstance(value, dt.date):
            return dt.datetime(value.year, value.month, value.day)
        if isinstance(value, str):
            return self._trim(parse_date(value, self._day_first(col)), col)
        raise CellError("expected a date as text (YYYY-MM-DD)")

    def _day_first(self, col) -> bool | None:
        fmt = col.options.get("format")
        if fmt == "DD/MM/YYYY":
            return True
        if fmt == "MM/DD/YYYY":
            return False
        return None

    def from_db(self, value, col, ctx):
        if value is None:
            return None
        if isinstance(value, str):  # SQLite hands back text from some expressions
            value = dt.datetime.fromisoformat(value)
        if col.options.get("include_time"):
            return value.strftime("%Y-%m-%dT%H:%M:%SZ")
        return value.strftime("%Y-%m-%d")

    def to_text(self, value, col, ctx):
        return self.from_db(value, col, ctx) or ""

    def export_value(self, value, col, ctx):
        if value is None:
            return None, None
        # A column that follows the interface language exports ISO (a file has no language).
        fmt = {"YYYY-MM-DD": "yyyy-mm-dd", "DD.MM.YYYY": "dd.mm.yyyy", "MM/DD/YYYY": "mm/dd/yyyy",
               "DD/MM/YYYY": "dd/mm/yyyy"}[col.options.get("format") or "YYYY-MM-DD"]
        if col.options.get("include_time"):
            fmt += " hh:mm"
        return value, fmt

    def convert_value(self, value, source, target, ctx: ValueContext):
        if value is None:
            return None
        if source.type_cls.family == "date":
            return self._trim(value, target)
        return super().convert_value(value, source, target, ctx)

    def formula_value(self, expr, col):
        return expr

    def import_converter(self, col, vctx, day_first=None):
        include_time = bool(col.options.get("include_time"))
        if day_first is None:
            day_first = self._day_first(col)

        def trim(d: dt.datetime) -> dt.datetime:
            return d.replace(microsecond=0) if include_time else d.replace(hour=0, minute=0, second=0, microsecond=0)

        def date(v: Any) -> Any:
            if v is None:
                return None
            if isinstance(v, dt.datetime):
                return trim(v.replace(tzinfo=None) if v.tzinfo is None else
                            v.astimezone(dt.UTC).replace(tzinfo=None))
            if isinstance(v, dt.date):
                return dt.datetime(v.year, v.month, v.day)
            if isinstance(v, bool):
                raise CellError("expected a date, got yes/no")
            if isinstance(v, int | float):
                return trim(_serial(float(v)))
            if isinstance(v, str):
                s = v.strip()
                if not s or s == "T":  # CommerceML writes T for an empty date
                    return None
                try:
                    return trim(parse_date(s, day_first))
                except CellError:
                    try:
                        return trim(_serial(float(s)))  # an Excel serial typed as text
                    except ValueError:
                        raise CellError(f"{s!r} is not a date") from None
            raise CellError(f"{cell_text(v)!r} is not a date")
        return date

    def import_column_converter(self, col, vctx, conv):
        midnight_only = not col.options.get("include_time")

        def date(vals: list[Any]) -> list[Any]:
            types = set(map(type, vals))
            if types <= {dt.date, NoneType}:  # XLSX dates without a time
                return [dt.datetime(v.year, v.month, v.day) if v is not None else None for v in vals]
            if types <= {dt.datetime, NoneType}:  # XLSX dates
                if midnight_only:
                    return [v.replace(hour=0, minute=0, second=0, microsecond=0) if v is not None else None
                            for v in vals]
                return [v.replace(microsecond=0) if v is not None else None for v in vals]
            if types != {str} or not _ISO_DATES.fullmatch("\n".join(vals)):
                return [conv(v) for v in vals]
            return [dt.datetime.fromisoformat(v) if v else None for v in vals]
        return date


def _serial(n: float) -> dt.datetime:
    # Excel serials 1..2958465 are the years 1900..9999; anything else is not a date.
    if not 1 <= n <= 2958465:
        raise CellError(f"{cell_text(n)!r} is not a date")
    return excel_serial_to_datetime(n)
