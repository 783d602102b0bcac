"""Imported cell values (text from CSV, typed values from XLSX) to stored values of a column.

Text goes through the column type's own `parse_text` (one definition of what "1 234,50" or
"31.12.2026" means); XLSX numbers, dates and booleans take fast paths that skip text. The
per-type fast paths matter: a million rows of ten columns is ten million calls.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Any

from server.catalog.model import ColumnMeta
from server.columns.base import CellError, ValueContext
from server.columns.choice import parse_bool
from server.columns.dates import excel_serial_to_datetime, parse_date
from server.columns.numeric import parse_number

Converter = Callable[[Any], Any]
NoneType = type(None)
# Characters a spreadsheet treats as the start of a formula (see server.io.writers).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def unneutralise(text: str) -> str:
    """Undo the export's formula neutralisation: a quote before a formula character goes."""
    if len(text) > 1 and text[0] == "'" and (text[1] in FORMULA_STARTS or text[1] == "'"):
        return text[1:]
    return text


def cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ") if (v.hour or v.minute or v.second) else v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def converter(col: ColumnMeta, vctx: ValueContext, day_first: bool | None = None) -> Converter:
    """A function from an imported value to the stored value of `col`; raises CellError."""
    t = col.type_cls
    kind = col.type

    if kind in ("text", "long-text"):
        limit = t.limit

        def text(v: Any) -> Any:
            if v is None:
                return None
            s = unneutralise(v) if isinstance(v, str) else cell_text(v)
            if not s.strip():
                return None
            if len(s) > limit:
                raise CellError(f"text longer than {limit:,} characters")
            return s
        return text

    if kind == "number":
        decimal = col.options.get("decimal") or "dot"
        lo, hi = col.options.get("min"), col.options.get("max")

        def number(v: Any) -> Any:
            if v is None:
                return None
            if isinstance(v, bool):
                raise CellError("expected a number, got yes/no")
            if isinstance(v, int | float):
                f = float(v)
            elif isinstance(v, str):
                s = v.strip()
                if not s:
                    return None
                try:
                    f = float(s) if decimal == "dot" or "," not in s else parse_number(s, decimal)
                except ValueError:
                    f = parse_number(s, decimal)
            else:
                raise CellError(f"{cell_text(v)!r} is not a number")
            if not math.isfinite(f):
                raise CellError(f"{cell_text(v)!r} is not a finite number")
            if (lo is not None and f < lo) or (hi is not None and f > hi):
                return t.to_db(f, col, vctx)  # the type words the range error
            return f
        return number

    if kind == "date":
        include_time = bool(col.options.get("include_time"))
        if day_first is None:
            fmt = col.options.get("format")
            day_first = True if fmt == "DD/MM/YYYY" else False if fmt == "MM/DD/YYYY" else None

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

    if kind == "checkbox":
        def checkbox(v: Any) -> Any:
            if v is None:
                return False
            if isinstance(v, bool):
                return v
            if isinstance(v, int | float):
                if v in (0, 1):
                    return bool(v)
                raise CellError(f"{cell_text(v)!r} is not yes or no")
            return parse_bool(str(v))
        return checkbox

    def generic(v: Any) -> Any:
        if v is None:
            return None
        s = unneutralise(v) if isinstance(v, str) else cell_text(v)
        if not s.strip():
            return None
        return t.parse_text(s, col, vctx)
    return generic


def _serial(n: float) -> dt.datetime:
    # Excel serials 1..2958465 are the years 1900..9999; anything else is not a date.
    if not 1 <= n <= 2958465:
        raise CellError(f"{cell_text(n)!r} is not a date")
    return excel_serial_to_datetime(n)


# -- whole-column fast paths ------------------------------------------------------------------
ColumnConverter = Callable[[list[Any]], list[Any]]
_PLAIN_NUMBERS = re.compile(r"(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d{1,3})?)?(?:\n(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d{1,3})?)?)*")
_ISO_DATES = re.compile(r"(?:\d{4}-\d{2}-\d{2})?(?:\n(?:\d{4}-\d{2}-\d{2})?)*")
_BOOLS = {"1": True, "true": True, "yes": True, "y": True, "да": True, "истина": True,
          "0": False, "false": False, "no": False, "n": False, "нет": False, "ложь": False, "": False}


def column_converter(col: ColumnMeta, vctx: ValueContext, day_first: bool | None = None) -> ColumnConverter:
    """Convert a whole column of a chunk at once. Common shapes (CSV text of plain numbers, ISO
    dates, yes/no, select names, plain text) take C-speed paths; anything else goes value by
    value through `converter`, which is also what names a bad value."""
    conv = converter(col, vctx, day_first)
    kind = col.type

    def slow(vals: list[Any]) -> list[Any]:
        return [conv(v) for v in vals]

    if kind in ("text", "long-text"):
        limit = col.type_cls.limit

        def text(vals: list[Any]) -> list[Any]:
            types = set(map(type, vals))
            if not vals or not types <= {str, NoneType}:
                return slow(vals)
            strs = vals if NoneType not in types else [v for v in vals if v is not None]
            if strs and (max(map(len, strs)) > limit or "\n'" in "\n" + "\n".join(strs)):
                return slow(vals)  # an apostrophe-prefixed (neutralised) value, or too long
            return [v if v and not v.isspace() else None for v in vals]
        return text

    if kind == "number" and (col.options.get("decimal") or "dot") == "dot":
        lo, hi = col.options.get("min"), col.options.get("max")

        def number(vals: list[Any]) -> list[Any]:
            types = set(map(type, vals))
            if types <= {float, int, NoneType}:  # XLSX numbers
                out = [float(v) if v is not None else None for v in vals]
            elif types == {str} and _PLAIN_NUMBERS.fullmatch("\n".join(vals)):
                out = [float(v) if v else None for v in vals]
            else:
                return slow(vals)
            present = [v for v in out if v is not None]
            if present and ((lo is not None and min(present) < lo) or (hi is not None and max(present) > hi)
                            or not all(map(math.isfinite, present))):
                return slow(vals)
            return out
        return number

    if kind == "date":
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
                return slow(vals)
            return [dt.datetime.fromisoformat(v) if v else None for v in vals]
        return date

    if kind == "checkbox":
        def checkbox(vals: list[Any]) -> list[Any]:
            types = set(map(type, vals))
            if types <= {bool, NoneType}:  # XLSX booleans
                return [bool(v) for v in vals]
            if types != {str}:
                return slow(vals)
            try:
                return [_BOOLS[v.strip().lower()] for v in vals]
            except KeyError:
                return slow(vals)
        return checkbox

    if kind == "single-select":
        cache: dict[str, Any] = {}

        def select(vals: list[Any]) -> list[Any]:
            out = []
            for v in vals:
                if type(v) is str:
                    hit = cache.get(v)
                    if hit is None:
                        hit = cache[v] = conv(v)
                    out.append(hit)
                else:
                    out.append(conv(v))
            return out
        return select

    return slow
