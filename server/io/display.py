"""Cell values as the web app shows them, in the reader's language (for printed pages).

CSV and XLSX carry raw values (a file has no language); a printed page is read by a person,
so its cells follow the grid's formatters in web/src/format: money as «1 234,56 ₽» in Russian
and «1,234.56 ₽» in English, dates in the column's pattern or the language's (31.12.2026 /
12/31/2026), date-times in the reader's time zone, selects and people by their names.

Every formatter takes an API value (what `rows_to_api` gives) and returns plain text; the
caller escapes it for HTML.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from server.catalog.model import ColumnMeta
from server.columns.base import ValueContext

NBSP = "\u00a0"
LOCALES = ("en", "ru")
_GROUP = {"none": "", "space": NBSP, "comma": ",", "dot": "."}
_DECIMAL = {"dot": ".", "comma": ","}
# The language's own separators (Intl.NumberFormat's, which the web app uses).
_LOCALE_SEPARATORS = {"en": (",", "."), "ru": (NBSP, ",")}

Formatter = Callable[[Any], str]


def norm_locale(locale: str | None) -> str:
    lang = (locale or "en").split("-")[0].lower()
    return lang if lang in LOCALES else "en"


def zone(name: str | None) -> dt.tzinfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def format_plain(n: float, locale: str, min_frac: int, max_frac: int,
                 thousands: str | None = None, decimal: str | None = None) -> str:
    """A number with `min_frac`..`max_frac` fraction digits and the locale's (or the column's) separators."""
    # Rounded half away from zero from the shortest decimal form, as Intl.NumberFormat does
    # (0.125 → 0.13 and 1.005 → 1.01, where Python's own formatting gives 0.12 and 1.00).
    exact = Decimal(repr(abs(n))).quantize(Decimal(1).scaleb(-max_frac), rounding=ROUND_HALF_UP)
    text = f"{exact:,.{max_frac}f}"
    if max_frac > min_frac and "." in text:
        whole, frac = text.split(".")
        frac = frac.rstrip("0")
        frac = frac + "0" * (min_frac - len(frac)) if len(frac) < min_frac else frac
        text = whole + ("." + frac if frac else "")
    group, dec = _LOCALE_SEPARATORS[locale]
    if thousands is not None:
        group = _GROUP.get(thousands, group)
    if decimal is not None:
        dec = _DECIMAL.get(decimal, dec)
    text = text.replace(",", "\0").replace(".", dec).replace("\0", group)
    negative = n < 0 and any(ch not in "0.,\u00a0 " for ch in text)
    return "-" + text if negative else text


def format_number(value: Any, options: dict, locale: str) -> str:
    """As web/src/format/number.ts formatNumber."""
    if value is None or value == "":
        return ""
    try:
        n = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(n):
        return str(value)
    kind = options.get("format") or "number"
    prec = options.get("precision", 2)
    prec = min(8, max(0, int(prec))) if isinstance(prec, int | float) else 2
    th, de = options.get("thousands"), options.get("decimal")
    if kind == "decimal":
        return format_plain(n, locale, prec, prec, th, de)
    if kind == "percent":
        body = format_plain(n * 100, locale, prec, prec, th, de)
        return body + (NBSP + "%" if locale == "ru" else "%")
    if kind == "currency":
        symbol = options.get("currency_symbol", "₽")
        body = format_plain(abs(n), locale, prec, prec, th, de)
        sign = "-" if n < 0 else ""
        if options.get("currency_position", "after") == "before":
            return f"{sign}{symbol}{body}"
        return f"{sign}{body}{NBSP}{symbol}"
    return format_plain(n, locale, 0, prec, th, de)


def _date_part(d: dt.date, fmt: str | None, locale: str) -> str:
    if fmt == "YYYY-MM-DD":
        return d.isoformat()
    if fmt == "MM/DD/YYYY" or (fmt not in ("DD.MM.YYYY", "DD/MM/YYYY") and locale == "en"):
        return f"{d.month:02d}/{d.day:02d}/{d.year:04d}"
    if fmt == "DD/MM/YYYY":
        return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def _time_part(t: dt.datetime, locale: str) -> str:
    if locale == "en":
        return f"{(t.hour % 12) or 12:02d}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"
    return f"{t.hour:02d}:{t.minute:02d}"


def format_date(value: Any, options: dict, locale: str, tz: dt.tzinfo = dt.UTC) -> str:
    """As web/src/format/date.ts formatDate: dates as they are, date-times moved into `tz`."""
    if value is None or value == "":
        return ""
    s = str(value)
    try:
        parsed = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return s
    with_time = bool(options.get("include_time")) and len(s) > 10
    if with_time:
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.UTC)
        parsed = parsed.astimezone(tz)
    date = _date_part(parsed.date(), options.get("format"), locale)
    return f"{date} {_time_part(parsed, locale)}" if with_time else date


def format_duration(value: Any, options: dict) -> str:
    if value is None or value == "":
        return ""
    n = float(value)
    total = round(abs(n))
    h, m, s = total // 3600, (total % 3600) // 60, total % 60
    body = f"{h}:{m:02d}:{s:02d}" if options.get("format") == "h:mm:ss" else f"{h}:{m:02d}"
    return "-" + body if n < 0 else body


def _names(items: Any, key: str) -> str:
    return ", ".join(str(x.get(key) or "") if isinstance(x, dict) else str(x) for x in items or [])


def formatter(col: ColumnMeta, vctx: ValueContext, locale: str, tz: dt.tzinfo | str | None = None) -> Formatter:
    """A function from a column's API value to the text the grid shows for it."""
    tzinfo = tz if isinstance(tz, dt.tzinfo) else zone(tz)
    kind = col.type
    o = col.options
    if kind in ("formula", "lookup", "rollup"):
        result = o.get("result_type") or "text"
        kind = {"number": "number", "date": "date", "bool": "checkbox"}.get(result, "computed-text")
    if kind in ("number", "link-count"):
        return lambda v: format_number(v, o, locale)
    if kind in ("date", "ctime", "mtime"):
        opts = o if col.type not in ("ctime", "mtime") else {**o, "include_time": True}
        return lambda v: format_date(v, opts, locale, tzinfo)
    if kind == "checkbox":
        return lambda v: "✓" if v else ""
    if kind == "duration":
        return lambda v: format_duration(v, o)
    if kind == "rate":
        top = int(o.get("max", 5) or 5)
        return lambda v: "" if not v else "★" * int(v) + "☆" * max(0, top - int(v))
    if kind == "single-select":
        names = {opt["id"]: opt["name"] for opt in o.get("options", [])}
        return lambda v: "" if v is None else str(names.get(v, v))
    if kind == "multiple-select":
        names = {opt["id"]: opt["name"] for opt in o.get("options", [])}
        return lambda v: ", ".join(str(names.get(x, x)) for x in v or [])
    if kind in ("collaborator", "creator", "last-modifier"):
        def person(uid: Any) -> str:
            m = vctx.members.get(uid) if isinstance(uid, int) else None
            return (m.get("name") or m.get("email")) if m else ("" if uid is None else str(uid))
        return lambda v: ", ".join(person(u) for u in v) if isinstance(v, list) else person(v)
    if kind == "link":
        return lambda v: _names(v, "display_value")
    if kind in ("file", "image"):
        return lambda v: _names(v, "name")
    if kind == "computed-text":
        return lambda v: "" if v is None else ", ".join("" if x is None else str(x) for x in v) \
            if isinstance(v, list) else str(v)
    t = col.type_cls

    def generic(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, str):
            return v
        try:
            return t.to_text(t.to_db(v, col, vctx), col, vctx)
        except Exception:  # a value the type cannot read back: shown as it came
            return str(v)
    return generic
