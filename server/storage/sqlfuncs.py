"""SQL constructs whose spelling differs between SQLite and PostgreSQL, compiled per dialect.

Everything dialect-specific lives here as a small `@compiles` function, so the rest of the
code builds one SQLAlchemy expression for both databases.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


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


class seconds_between(FunctionElement):
    """Seconds from the first timestamp to the second (negative when the second is earlier)."""

    type = sa.Float()
    inherit_cache = True


@compiles(seconds_between, "sqlite")
def _seconds_between_sqlite(element, compiler, **kw):
    a, b = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({b}) - julianday({a})) * 86400.0)"


@compiles(seconds_between)
def _seconds_between_pg(element, compiler, **kw):
    a, b = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({b} - {a}))"
