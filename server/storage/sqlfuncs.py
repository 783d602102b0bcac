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
