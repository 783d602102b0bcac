"""SQL whose spelling differs between SQLite and PostgreSQL, compiled per dialect: the one
module for it.

Each construct is a small `FunctionElement` with one `@compiles` function per dialect, so the
rest of the code (column types, filters, charts, the formula compiler, the SeaTable SQL
compiler) builds one SQLAlchemy expression for both databases. SQLite lacks a few functions
(Unicode lower/upper, consistent number-to-text, Excel-like TEXT formats, date arithmetic);
those are registered as deterministic SQLite functions on every connection (see
`_register_sqlite_functions`; `tablo_fold` and `tablo_regexp` are registered with the engine
in server/storage/engine.py).

Sections: search and comparison (fold, as_text), JSON arrays, date buckets, then what formulas
need (numbers, text, dates).
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


# -- search and comparison ------------------------------------------------------------------
class fold(FunctionElement):
    """Case-folded text (Cyrillic included) for case-insensitive comparison and search."""

    type = sa.Text()
    inherit_cache = True


@compiles(fold, "sqlite")
def _fold_sqlite(element, compiler, **kw):
    return f"tablo_fold({compiler.process(element.clauses, **kw)})"


@compiles(fold)
def _fold_default(element, compiler, **kw):
    return f"replace(lower({compiler.process(element.clauses, **kw)}), 'ё', 'е')"


class as_text(FunctionElement):
    """Any value as text, for search across columns of every type."""

    type = sa.Text()
    inherit_cache = True


@compiles(as_text, "sqlite")
def _as_text_sqlite(element, compiler, **kw):
    return f"CAST({compiler.process(element.clauses, **kw)} AS TEXT)"


@compiles(as_text)
def _as_text_default(element, compiler, **kw):
    return f"CAST({compiler.process(element.clauses, **kw)} AS TEXT)"


class json_array_length(FunctionElement):
    """Number of items in a JSON array column (multiple select, collaborators, files)."""

    type = sa.Integer()
    inherit_cache = True


@compiles(json_array_length, "sqlite")
def _jal_sqlite(element, compiler, **kw):
    return f"json_array_length({compiler.process(element.clauses, **kw)})"


@compiles(json_array_length)
def _jal_pg(element, compiler, **kw):
    return f"jsonb_array_length(CAST({compiler.process(element.clauses, **kw)} AS jsonb))"


DATE_GRANULARITIES = ("day", "week", "month", "quarter", "year")


class _DateBucket(FunctionElement):
    type = sa.Text()
    inherit_cache = True
    granularity = "day"


# One class per granularity: the granularity is part of the SQL text, so it must be part of
# SQLAlchemy's statement cache key, which a class identity is.
_BUCKET_CLASSES = {g: type(f"date_bucket_{g}", (_DateBucket,), {"granularity": g, "inherit_cache": True})
                   for g in DATE_GRANULARITIES}


def date_bucket(granularity: str, expr: sa.ColumnElement) -> sa.ColumnElement:
    """A date as the text key of its period: 2026-11-24, 2026-11-23 (Monday of the ISO week),
    2026-11, 2026-Q4, 2026. Used by group-by and charts; sorts chronologically as text."""
    if granularity not in _BUCKET_CLASSES:
        raise ValueError(f"unknown date granularity {granularity!r}")
    return _BUCKET_CLASSES[granularity](expr)


_SQLITE_BUCKETS = {    "day": "strftime('%Y-%m-%d', {x})",
    "week": "date({x}, 'weekday 0', '-6 days')",
    "month": "strftime('%Y-%m', {x})",
    "quarter": "(strftime('%Y', {x}) || '-Q' || ((CAST(strftime('%m', {x}) AS INTEGER) + 2) / 3))",
    "year": "strftime('%Y', {x})",
}
_PG_BUCKETS = {
    "day": "to_char({x}, 'YYYY-MM-DD')",
    "week": "to_char(date_trunc('week', {x}), 'YYYY-MM-DD')",
    "month": "to_char({x}, 'YYYY-MM')",
    "quarter": "to_char({x}, 'YYYY-\"Q\"Q')",
    "year": "to_char({x}, 'YYYY')",
}


@compiles(_DateBucket, "sqlite")
def _date_bucket_sqlite(element, compiler, **kw):
    return _SQLITE_BUCKETS[element.granularity].format(x=compiler.process(element.clauses, **kw))


@compiles(_DateBucket)
def _date_bucket_pg(element, compiler, **kw):
    return _PG_BUCKETS[element.granularity].format(x=compiler.process(element.clauses, **kw))


class json_items(FunctionElement):
    """How many items a JSON array cell holds; 0 for SQL NULL, JSON null or a non-array.

    Empty list cells may be stored as SQL NULL or as JSON `null`, so "is empty" is
    `json_items(x) = 0` on both databases."""

    type = sa.Integer()
    inherit_cache = True


@compiles(json_items, "sqlite")
def _json_items_sqlite(element, compiler, **kw):
    x = compiler.process(element.clauses, **kw)
    return f"coalesce(CASE WHEN json_type({x}) = 'array' THEN json_array_length({x}) END, 0)"


@compiles(json_items)
def _json_items_pg(element, compiler, **kw):
    x = f"CAST({compiler.process(element.clauses, **kw)} AS jsonb)"
    return f"coalesce(CASE WHEN jsonb_typeof({x}) = 'array' THEN jsonb_array_length({x}) END, 0)"


class json_has(FunctionElement):
    """True when a JSON array cell holds an item: json_has(cell, raw_value, json_array_text).

    SQLite compares the raw value against json_each(); PostgreSQL uses jsonb containment
    (`@>`) with the one-item array given as JSON text, which also matches numbers exactly."""

    type = sa.Boolean()
    inherit_cache = True


@compiles(json_has, "sqlite")
def _json_has_sqlite(element, compiler, **kw):
    cell, raw, _js = list(element.clauses)
    # Only compiled SQL fragments (bound parameters) are spliced in, never values.
    return (f"EXISTS (SELECT 1 FROM json_each({compiler.process(cell, **kw)}) "  # noqa: S608
            f"WHERE json_each.value = {compiler.process(raw, **kw)})")


@compiles(json_has)
def _json_has_pg(element, compiler, **kw):
    cell, _raw, js = list(element.clauses)
    return f"(CAST({compiler.process(cell, **kw)} AS jsonb) @> CAST({compiler.process(js, **kw)} AS jsonb))"


# -- what formulas need --------------------------------------------------------------------
# Dates on SQLite are stored by SQLAlchemy as 'YYYY-MM-DD HH:MM:SS.ffffff'; computed dates use the same shape
# so they compare and sort with stored ones.
_SQLITE_TS = "strftime('%Y-%m-%d %H:%M:%S', {}) || '.000000'"


def _args(element, compiler, **kw) -> list[str]:
    return [compiler.process(c, **kw) for c in element.clauses]


class _Fn(FunctionElement):
    inherit_cache = True


# -- numbers --------------------------------------------------------------------------------
class pos_inf(_Fn):
    """+infinity: the #DIV/0! sentinel in number results."""

    type = sa.Float()
    inherit_cache = True


class neg_inf(_Fn):
    """-infinity: the #VALUE! sentinel in number results."""

    type = sa.Float()
    inherit_cache = True


@compiles(pos_inf, "sqlite")
def _pinf_sqlite(element, compiler, **kw):
    return "9e999"


@compiles(pos_inf)
def _pinf_pg(element, compiler, **kw):
    return "CAST('Infinity' AS DOUBLE PRECISION)"


@compiles(neg_inf, "sqlite")
def _ninf_sqlite(element, compiler, **kw):
    return "-9e999"


@compiles(neg_inf)
def _ninf_pg(element, compiler, **kw):
    return "CAST('-Infinity' AS DOUBLE PRECISION)"


class round_half_up(_Fn):
    """round(x, n) half away from zero on both databases (PostgreSQL's float round is banker's)."""

    type = sa.Float()
    inherit_cache = True


@compiles(round_half_up, "sqlite")
def _round_sqlite(element, compiler, **kw):
    x, n = _args(element, compiler, **kw)
    # SQLite's round() ignores negative digits: round to tens, hundreds, ... by scaling.
    return (f"(CASE WHEN ({n}) < 0 THEN round(({x}) / power(10, -({n}))) * power(10, -({n})) "
            f"ELSE round({x}, {n}) END)")


@compiles(round_half_up)
def _round_pg(element, compiler, **kw):
    x, n = _args(element, compiler, **kw)
    return f"CAST(round(CAST({x} AS NUMERIC), CAST({n} AS INTEGER)) AS DOUBLE PRECISION)"


class trunc_num(_Fn):
    """Truncate toward zero."""

    type = sa.Float()
    inherit_cache = True


@compiles(trunc_num, "sqlite")
def _trunc_sqlite(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    return f"trunc({x})"


@compiles(trunc_num)
def _trunc_pg(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    return f"trunc(CAST({x} AS DOUBLE PRECISION))"


class floor_num(_Fn):
    type = sa.Float()
    inherit_cache = True


@compiles(floor_num, "sqlite")
def _floor_sqlite(element, compiler, **kw):
    # SQLAlchemy replaces SQLite's floor() with Python's math.floor, which fails on NULL.
    (x,) = _args(element, compiler, **kw)
    return f"tablo_floor({x})"


@compiles(floor_num)
def _floor(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    return f"floor({x})"


def python_floor(x: float | None) -> float | None:
    return None if x is None else float(math.floor(x))


class greatest(_Fn):
    """Largest non-blank argument (SQLite's max() returns NULL when any argument is NULL)."""

    type = sa.Float()
    inherit_cache = True


@compiles(greatest, "sqlite")
def _greatest_sqlite(element, compiler, **kw):
    a = _args(element, compiler, **kw)
    first = f"coalesce({', '.join(a)})" if len(a) > 1 else a[0]
    return "max(" + ", ".join(f"coalesce({x}, {first})" for x in a) + (", NULL)" if len(a) == 1 else ")")


@compiles(greatest)
def _greatest_pg(element, compiler, **kw):
    return f"GREATEST({', '.join(_args(element, compiler, **kw))})"


class least(_Fn):
    type = sa.Float()
    inherit_cache = True


@compiles(least, "sqlite")
def _least_sqlite(element, compiler, **kw):
    a = _args(element, compiler, **kw)
    first = f"coalesce({', '.join(a)})" if len(a) > 1 else a[0]
    return "min(" + ", ".join(f"coalesce({x}, {first})" for x in a) + (", NULL)" if len(a) == 1 else ")")


@compiles(least)
def _least_pg(element, compiler, **kw):
    return f"LEAST({', '.join(_args(element, compiler, **kw))})"


class is_number_text(_Fn):
    """True when text reads as a number ('12', '-3.5', '1e3'), for text used in arithmetic."""

    type = sa.Boolean()
    inherit_cache = True


_NUM_RE = r"^\s*[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?\s*$"


@compiles(is_number_text, "sqlite")
def _isnum_sqlite(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    return f"tablo_regexp('{_NUM_RE}', {x})"


@compiles(is_number_text)
def _isnum_pg(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    return f"({x} ~ '{_NUM_RE}')"


class text_to_number(_Fn):
    type = sa.Float()
    inherit_cache = True


@compiles(text_to_number, "sqlite")
def _t2n_sqlite(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    return f"CAST(trim({x}) AS REAL)"


@compiles(text_to_number)
def _t2n_pg(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    return f"CAST(trim({x}) AS DOUBLE PRECISION)"


class num_text(_Fn):
    """A number as text the same way on both databases: 3 → '3', 0.1+0.2 → '0.3'."""

    type = sa.Text()
    inherit_cache = True


@compiles(num_text, "sqlite")
def _num_text_sqlite(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    return f"tablo_num_text({x})"


@compiles(num_text)
def _num_text_pg(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    return f"CAST(CAST(round(CAST({x} AS NUMERIC), 10) AS DOUBLE PRECISION) AS TEXT)"


def python_num_text(x: float | None) -> str | None:
    """The Python twin of num_text (SQLite function and reference evaluator)."""
    if x is None:
        return None
    x = float(x)
    if math.isinf(x) or math.isnan(x):
        return None
    x = round(x, 10)
    if x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return repr(x)


# -- text -----------------------------------------------------------------------------------
class text_lower(_Fn):
    type = sa.Text()
    inherit_cache = True


@compiles(text_lower, "sqlite")
def _lower_sqlite(element, compiler, **kw):
    return f"tablo_lower({_args(element, compiler, **kw)[0]})"


@compiles(text_lower)
def _lower_pg(element, compiler, **kw):
    return f"lower({_args(element, compiler, **kw)[0]})"


class text_upper(_Fn):
    type = sa.Text()
    inherit_cache = True


@compiles(text_upper, "sqlite")
def _upper_sqlite(element, compiler, **kw):
    return f"tablo_upper({_args(element, compiler, **kw)[0]})"


@compiles(text_upper)
def _upper_pg(element, compiler, **kw):
    return f"upper({_args(element, compiler, **kw)[0]})"


class text_right(_Fn):
    """The last n characters (all of them when n is larger than the text)."""

    type = sa.Text()
    inherit_cache = True


@compiles(text_right, "sqlite")
def _right_sqlite(element, compiler, **kw):
    s, n = _args(element, compiler, **kw)
    return f"(CASE WHEN {n} <= 0 THEN '' ELSE substr({s}, max(length({s}) - ({n}) + 1, 1)) END)"


@compiles(text_right)
def _right_pg(element, compiler, **kw):
    s, n = _args(element, compiler, **kw)
    return f"(CASE WHEN {n} <= 0 THEN '' ELSE right({s}, CAST({n} AS INTEGER)) END)"


class text_substr(_Fn):
    """substr(text, start, length) with integer arguments on both databases."""

    type = sa.Text()
    inherit_cache = True


@compiles(text_substr, "sqlite")
def _substr_sqlite(element, compiler, **kw):
    s, start, n = _args(element, compiler, **kw)
    return f"substr({s}, CAST({start} AS INTEGER), CAST({n} AS INTEGER))"


@compiles(text_substr)
def _substr_pg(element, compiler, **kw):
    s, start, n = _args(element, compiler, **kw)
    return f"substr({s}, CAST({start} AS INTEGER), CAST({n} AS INTEGER))"


class text_position(_Fn):
    """1-based position of needle in haystack, 0 when absent (case-sensitive)."""

    type = sa.Integer()
    inherit_cache = True


@compiles(text_position, "sqlite")
def _pos_sqlite(element, compiler, **kw):
    needle, hay = _args(element, compiler, **kw)
    return f"instr({hay}, {needle})"


@compiles(text_position)
def _pos_pg(element, compiler, **kw):
    needle, hay = _args(element, compiler, **kw)
    return f"strpos({hay}, {needle})"


class text_agg(_Fn):
    """Texts of a group joined with ', ' (rollup concatenate, lookups used in formulas)."""

    type = sa.Text()
    inherit_cache = True


# Aggregates take (value..., order key). PostgreSQL orders inside the aggregate; SQLite has no
# ORDER BY in aggregates before 3.44 and aggregates in scan order, which over a junction's
# (mine, theirs) index is the linked rows' id order, the same order.
@compiles(text_agg, "sqlite")
def _agg_sqlite(element, compiler, **kw):
    return f"group_concat({_args(element, compiler, **kw)[0]}, ', ')"


@compiles(text_agg)
def _agg_pg(element, compiler, **kw):
    x, order = _args(element, compiler, **kw)
    return f"string_agg({x}, ', ' ORDER BY {order})"


class json_pairs_agg(_Fn):
    """A JSON array of {"_id", "display_value"} objects over a group (link cells)."""

    type = sa.JSON()
    inherit_cache = True


@compiles(json_pairs_agg, "sqlite")
def _jpa_sqlite(element, compiler, **kw):
    i, d, _ = _args(element, compiler, **kw)
    return f"json_group_array(json_object('_id', {i}, 'display_value', {d}))"


@compiles(json_pairs_agg)
def _jpa_pg(element, compiler, **kw):
    i, d, order = _args(element, compiler, **kw)
    return f"coalesce(json_agg(json_build_object('_id', {i}, 'display_value', {d}) ORDER BY {order}), '[]'::json)"


class json_values_agg(_Fn):
    """A JSON array of the values of a group (lookup cells)."""

    type = sa.JSON()
    inherit_cache = True


@compiles(json_values_agg, "sqlite")
def _jva_sqlite(element, compiler, **kw):
    return f"json_group_array({_args(element, compiler, **kw)[0]})"


@compiles(json_values_agg)
def _jva_pg(element, compiler, **kw):
    x, order = _args(element, compiler, **kw)
    return f"coalesce(json_agg({x} ORDER BY {order}), '[]'::json)"


class format_text(_Fn):
    """TEXT(value, format) for a fixed set of number and date formats (the format is a literal)."""

    type = sa.Text()
    # The format is an attribute, not a clause: caching by structure alone would mix formats up.
    inherit_cache = False

    def __init__(self, value, fmt: str, kind: str) -> None:
        self.fmt = fmt
        self.kind = kind
        super().__init__(value)


NUMBER_FORMATS = {
    "0": ("FM999999999999990", 0, False, False),
    "0.0": ("FM999999999999990.0", 1, False, False),
    "0.00": ("FM999999999999990.00", 2, False, False),
    "0.000": ("FM999999999999990.000", 3, False, False),
    "#,##0": ("FM999,999,999,999,990", 0, True, False),
    "#,##0.00": ("FM999,999,999,999,990.00", 2, True, False),
    "0%": ("FM999999999999990", 0, False, True),
    "0.0%": ("FM999999999999990.0", 1, False, True),
    "0.00%": ("FM999999999999990.00", 2, False, True),
}
DATE_FORMATS = {
    "YYYY-MM-DD": ("%Y-%m-%d", "YYYY-MM-DD"),
    "DD.MM.YYYY": ("%d.%m.%Y", "DD.MM.YYYY"),
    "MM/DD/YYYY": ("%m/%d/%Y", "MM/DD/YYYY"),
    "DD/MM/YYYY": ("%d/%m/%Y", "DD/MM/YYYY"),
    "YYYY-MM": ("%Y-%m", "YYYY-MM"),
    "YYYY": ("%Y", "YYYY"),
    "MM": ("%m", "MM"),
    "DD": ("%d", "DD"),
    "YYYY-MM-DD HH:mm": ("%Y-%m-%d %H:%M", "YYYY-MM-DD HH24:MI"),
    "DD.MM.YYYY HH:mm": ("%d.%m.%Y %H:%M", "DD.MM.YYYY HH24:MI"),
    "HH:mm": ("%H:%M", "HH24:MI"),
}


@compiles(format_text, "sqlite")
def _fmt_sqlite(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    if element.kind == "date":
        return f"strftime('{DATE_FORMATS[element.fmt][0]}', {x})"
    return f"tablo_format_number({x}, '{element.fmt}')"


@compiles(format_text)
def _fmt_pg(element, compiler, **kw):
    (x,) = _args(element, compiler, **kw)
    if element.kind == "date":
        return f"to_char({x}, '{DATE_FORMATS[element.fmt][1]}')"
    pattern, prec, _, percent = NUMBER_FORMATS[element.fmt]
    val = f"({x}) * 100" if percent else x
    # to_char rounds half away from zero, like the SQLite twin below.
    out = f"to_char(round(CAST({val} AS NUMERIC), {prec}), '{pattern}')"
    # chr(37) is '%': a literal percent sign would clash with the driver's placeholders.
    return f"({out} || chr(37))" if percent else out


def python_format_number(x: float | None, fmt: str) -> str | None:
    if x is None or fmt not in NUMBER_FORMATS:
        return None
    _, prec, grouping, percent = NUMBER_FORMATS[fmt]
    v = Decimal(repr(float(x) * 100 if percent else float(x)))
    q = v.quantize(Decimal(1).scaleb(-prec), rounding=ROUND_HALF_UP)
    text = f"{q:,.{prec}f}" if grouping else f"{q:.{prec}f}"
    if text.startswith("-") and Decimal(text.replace(",", "")) == 0:
        text = text[1:]
    return text + ("%" if percent else "")


class log_base(_Fn):
    """The logarithm of x to base b (both positive, b not 1: the caller guards)."""

    type = sa.Float()
    inherit_cache = True


@compiles(log_base, "sqlite")
def _log_sqlite(element, compiler, **kw):
    x, b = _args(element, compiler, **kw)
    return f"log({b}, {x})"


@compiles(log_base)
def _log_pg(element, compiler, **kw):
    x, b = _args(element, compiler, **kw)
    # PostgreSQL's two-argument log() is NUMERIC only (and exact: log(81, 3) is 4, not 4.000000000000001).
    return f"CAST(log(CAST({b} AS NUMERIC), CAST({x} AS NUMERIC)) AS DOUBLE PRECISION)"


class text_repeat(_Fn):
    """text repeated n times (n a whole number >= 0; the caller guards the size)."""

    type = sa.Text()
    inherit_cache = True


@compiles(text_repeat, "sqlite")
def _rept_sqlite(element, compiler, **kw):
    s, n = _args(element, compiler, **kw)
    return f"tablo_rept({s}, {n})"


@compiles(text_repeat)
def _rept_pg(element, compiler, **kw):
    s, n = _args(element, compiler, **kw)
    return f"repeat({s}, CAST({n} AS INTEGER))"


def python_rept(s: str | None, n: float | None) -> str | None:
    if s is None or n is None:
        return None
    return str(s) * max(int(n), 0)


class replace_nth(_Fn):
    """replace_nth(text, old, new, n): the n-th occurrence of old (n >= 1) replaced by new; the text
    as is when there are fewer. old is not empty (the caller guards)."""

    type = sa.Text()
    inherit_cache = True


@compiles(replace_nth, "sqlite")
def _rnth_sqlite(element, compiler, **kw):
    s, old, new, n = _args(element, compiler, **kw)
    return f"tablo_replace_nth({s}, {old}, {new}, {n})"


@compiles(replace_nth)
def _rnth_pg(element, compiler, **kw):
    s, old, new, n = _args(element, compiler, **kw)
    parts = f"string_to_array({s}, {old})"
    k = f"CAST({n} AS INTEGER)"
    # The pieces between occurrences: the first k joined back with old, then new, then the rest.
    return (f"(CASE WHEN coalesce(array_length({parts}, 1), 0) - 1 < {k} THEN {s} ELSE "
            f"array_to_string(({parts})[1:{k}], {old}) || {new} || "
            f"array_to_string(({parts})[{k} + 1:], {old}) END)")


def python_replace_nth(s: str | None, old: str | None, new: str | None, n: float | None) -> str | None:
    if s is None or old is None or n is None:
        return s
    parts = str(s).split(str(old))
    k = int(n)
    if k < 1 or len(parts) - 1 < k:
        return s
    return str(old).join(parts[:k]) + (new or "") + str(old).join(parts[k:])


# -- dates ----------------------------------------------------------------------------------
class jd(_Fn):
    """A timestamp as a Julian day number (days, fractional), for date arithmetic."""

    type = sa.Float()
    inherit_cache = True


@compiles(jd, "sqlite")
def _jd_sqlite(element, compiler, **kw):
    return f"julianday({_args(element, compiler, **kw)[0]})"


@compiles(jd)
def _jd_pg(element, compiler, **kw):
    return f"(EXTRACT(EPOCH FROM {_args(element, compiler, **kw)[0]}) / 86400.0 + 2440587.5)"


class from_jd(_Fn):
    """A Julian day number back to a timestamp (whole seconds)."""

    type = sa.DateTime()
    inherit_cache = True


@compiles(from_jd, "sqlite")
def _fromjd_sqlite(element, compiler, **kw):
    return _SQLITE_TS.format(_args(element, compiler, **kw)[0])


@compiles(from_jd)
def _fromjd_pg(element, compiler, **kw):
    x = _args(element, compiler, **kw)[0]
    return f"(to_timestamp(round((({x}) - 2440587.5) * 86400.0)) AT TIME ZONE 'UTC')"


class add_months(_Fn):
    """d plus n whole months, the day clamped to the target month (31 Jan + 1 month = 29 Feb 2024)."""

    type = sa.DateTime()
    inherit_cache = True


@compiles(add_months, "sqlite")
def _addm_sqlite(element, compiler, **kw):
    d, n = _args(element, compiler, **kw)
    return f"tablo_add_months({d}, {n})"


@compiles(add_months)
def _addm_pg(element, compiler, **kw):
    d, n = _args(element, compiler, **kw)
    return f"({d} + make_interval(months => CAST(floor({n}) AS INTEGER)))"


class make_date(_Fn):
    """date(y, m, d) with spreadsheet overflow (month 13 is January next year, day 0 the last of before)."""

    type = sa.DateTime()
    inherit_cache = True


@compiles(make_date, "sqlite")
def _mkdate_sqlite(element, compiler, **kw):
    y, m, d = _args(element, compiler, **kw)
    return f"tablo_make_date({y}, {m}, {d})"


@compiles(make_date)
def _mkdate_pg(element, compiler, **kw):
    y, m, d = _args(element, compiler, **kw)
    return (f"(make_timestamp(CAST(floor({y}) AS INTEGER), 1, 1, 0, 0, 0) + make_interval("
            f"months => CAST(floor({m}) AS INTEGER) - 1, days => CAST(floor({d}) AS INTEGER) - 1))")


class month_end(_Fn):
    """The last day (midnight) of the month n months after d's month."""

    type = sa.DateTime()
    inherit_cache = True


@compiles(month_end, "sqlite")
def _mend_sqlite(element, compiler, **kw):
    d, n = _args(element, compiler, **kw)
    return f"tablo_month_end({d}, {n})"


@compiles(month_end)
def _mend_pg(element, compiler, **kw):
    d, n = _args(element, compiler, **kw)
    return (f"(date_trunc('month', {d}) + make_interval(months => CAST(floor({n}) AS INTEGER) + 1) "
            f"- interval '1 day')")


class make_month_start(_Fn):
    """Midnight of the first day of (year, month); both integers, month 1..12."""

    type = sa.DateTime()
    inherit_cache = True


@compiles(make_month_start, "sqlite")
def _mms_sqlite(element, compiler, **kw):
    y, m = _args(element, compiler, **kw)
    return f"printf('%04d-%02d-01 00:00:00.000000', {y}, {m})"


@compiles(make_month_start)
def _mms_pg(element, compiler, **kw):
    y, m = _args(element, compiler, **kw)
    return f"make_timestamp(CAST({y} AS INTEGER), CAST({m} AS INTEGER), 1, 0, 0, 0)"


class date_part(_Fn):
    """A part of a timestamp as an integer: year, month, day, hour, minute, second, dow (0 = Sunday)."""

    type = sa.Integer()
    inherit_cache = False

    def __init__(self, part: str, value) -> None:
        self.part = part
        super().__init__(value)


_SQLITE_PARTS = {"year": "%Y", "month": "%m", "day": "%d", "hour": "%H", "minute": "%M", "second": "%S",
                 "dow": "%w", "doy": "%j"}


@compiles(date_part, "sqlite")
def _part_sqlite(element, compiler, **kw):
    x = _args(element, compiler, **kw)[0]
    return f"CAST(strftime('{_SQLITE_PARTS[element.part]}', {x}) AS INTEGER)"


@compiles(date_part)
def _part_pg(element, compiler, **kw):
    x = _args(element, compiler, **kw)[0]
    return f"CAST(floor(EXTRACT({element.part.upper()} FROM {x})) AS INTEGER)"


class date_literal(_Fn):
    """A fixed timestamp written as SQL text of the database's own shape."""

    type = sa.DateTime()
    inherit_cache = False

    def __init__(self, value: dt.datetime) -> None:
        self.value = value
        super().__init__()


@compiles(date_literal, "sqlite")
def _dlit_sqlite(element, compiler, **kw):
    return "'" + element.value.strftime("%Y-%m-%d %H:%M:%S.%f") + "'"


@compiles(date_literal)
def _dlit_pg(element, compiler, **kw):
    return "CAST('" + element.value.strftime("%Y-%m-%d %H:%M:%S") + "' AS TIMESTAMP)"


# -- SQLite helper functions ---------------------------------------------------------------
def _lower(x: object) -> str | None:
    return None if x is None else str(x).lower()


def _upper(x: object) -> str | None:
    return None if x is None else str(x).upper()


def _ts(value: object) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _ts_text(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") + ".000000"


def python_add_months(d: dt.datetime | None, n: float | None) -> dt.datetime | None:
    if d is None or n is None:
        return None
    idx = d.year * 12 + d.month - 1 + math.floor(n)
    y, m = divmod(idx, 12)
    if not 1 <= y <= 9999:
        return None
    last = (dt.date(y + (m == 11), (m + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
    return d.replace(year=y, month=m + 1, day=min(d.day, last))


def python_make_date(y: float | None, m: float | None, d: float | None) -> dt.datetime | None:
    if y is None or m is None or d is None:
        return None
    start = python_add_months(dt.datetime(2000, 1, 1), (math.floor(y) - 2000) * 12 + math.floor(m) - 1)
    if start is None:
        return None
    try:
        return start + dt.timedelta(days=math.floor(d) - 1)
    except OverflowError:
        return None


def python_month_end(d: dt.datetime | None, n: float | None) -> dt.datetime | None:
    if d is None or n is None:
        return None
    nxt = python_add_months(dt.datetime(d.year, d.month, 1), math.floor(n) + 1)
    return None if nxt is None else nxt - dt.timedelta(days=1)


def _sqlite_date_fn(fn):
    def wrapped(*args):
        args = [_ts(a) if i == 0 else a for i, a in enumerate(args)]
        out = fn(*args)
        return None if out is None else _ts_text(out)

    return wrapped


def _sqlite_make_date(y, m, d):
    out = python_make_date(y, m, d)
    return None if out is None else _ts_text(out)


def _register_sqlite_functions(conn: sa.Connection) -> None:
    fairy = conn.connection
    # info lives as long as the pooled DBAPI connection: register once per connection.
    if fairy.info.get("tablo_formula_functions"):
        return
    raw = fairy.dbapi_connection
    fairy.info["tablo_formula_functions"] = True
    if not isinstance(raw, sqlite3.Connection):
        return
    raw.create_function("tablo_floor", 1, python_floor, deterministic=True)
    raw.create_function("tablo_lower", 1, _lower, deterministic=True)
    raw.create_function("tablo_upper", 1, _upper, deterministic=True)
    raw.create_function("tablo_num_text", 1, python_num_text, deterministic=True)
    raw.create_function("tablo_format_number", 2, python_format_number, deterministic=True)
    raw.create_function("tablo_add_months", 2, _sqlite_date_fn(python_add_months), deterministic=True)
    raw.create_function("tablo_month_end", 2, _sqlite_date_fn(python_month_end), deterministic=True)
    raw.create_function("tablo_make_date", 3, _sqlite_make_date, deterministic=True)
    raw.create_function("tablo_rept", 2, python_rept, deterministic=True)
    raw.create_function("tablo_replace_nth", 4, python_replace_nth, deterministic=True)


# Registered per checkout rather than on engine creation: engines exist before this module loads.
sa.event.listen(sa.engine.Engine, "engine_connect", _register_sqlite_functions)
