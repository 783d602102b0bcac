"""Reading a base "as of a date" D: today() reads D, rows recorded after D are left out, and
links, lookups, rollups and link counts see only the linked rows recorded by D.

A table says when its rows came to exist by naming a *record date* column (a date or a
created-time column; `tables.record_date_column`, set by the modify_table action). A table
without one keeps all its rows at any date; so does a row whose record date is empty (it is
not recorded after D).

The date travels in a context variable for the time a read is built: every SQL builder the
read goes through (view compilation, column expressions, the formula compiler's today(),
link subqueries) asks `current()`, so nothing in between needs a new parameter, and the
whole read stays one set of SQL statements (no table is read into memory). The routes that
take `as_of` (a query parameter, see `AsOfField`) are run inside `evaluated_as_of` by
server.api.routing. Why: docs/decisions/0039-as-of-a-date.md.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from marshmallow import fields

from server.storage.engine import without_jit

if TYPE_CHECKING:
    from server.catalog.model import BaseSchema, ColumnMeta, TableMeta

# Column types a record date may be: a date, or the time the row was created.
RECORD_DATE_TYPES = ("date", "ctime")

_AS_OF: contextvars.ContextVar[dt.date | None] = contextvars.ContextVar("tablo_as_of", default=None)


def current() -> dt.date | None:
    """The date reads are evaluated as of, or None (now)."""
    return _AS_OF.get()


@contextlib.contextmanager
def evaluated_as_of(day: dt.date | None) -> Iterator[None]:
    """Build (and run) queries as of `day` inside the block; None changes nothing."""
    token = _AS_OF.set(day)
    try:
        if day is None:
            yield
        else:
            with without_jit():  # PostgreSQL: see server.storage.engine._no_jit_as_of
                yield
    finally:
        _AS_OF.reset(token)


def today() -> dt.datetime:
    """What today() reads: the as-of date, else today (UTC), as a midnight timestamp."""
    day = current()
    if day is not None:
        return dt.datetime(day.year, day.month, day.day)
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)


def now() -> dt.datetime:
    """What now() reads: the end of the as-of day (its last second), else the server's clock."""
    day = current()
    if day is not None:
        return dt.datetime(day.year, day.month, day.day, 23, 59, 59)
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def record_date(table: TableMeta) -> ColumnMeta | None:
    """The table's record date column, if it names one that is live and still a date column
    (a deleted or retyped column counts as none; it counts again when it comes back)."""
    cid = table.record_date_column_id
    if cid is None:
        return None
    col = table.column(cid)
    if col is None or col.type not in RECORD_DATE_TYPES:
        return None
    return col


def recorded_by(table: TableMeta, t: Any) -> sa.ColumnElement | None:
    """The condition "this row of `table` (read through `t`, the table or an alias) was recorded
    by the as-of date", or None when there is no as-of date or the table has no record date."""
    day = current()
    if day is None:
        return None
    col = record_date(table)
    if col is None:
        return None
    expr = col.type_cls.expression(t, col)
    # Dates are stored as timestamps: anything before the next midnight is on or before D.
    next_midnight = dt.datetime(day.year, day.month, day.day) + dt.timedelta(days=1)
    return sa.or_(expr.is_(None), expr < sa.literal(next_midnight, sa.DateTime()))


def depends_on_dated_links(schema: BaseSchema, col: ColumnMeta) -> bool:
    """Does a computed column read, directly or through other columns, rows of a table that has
    a record date (through a link)? Its stored result is then right only for today."""
    memo: dict[int, bool] = schema.__dict__.setdefault("_dated_memo", {})

    def visit(cid: int, seen: frozenset[int]) -> bool:
        if cid in memo:
            return memo[cid]
        if cid in seen:
            return False
        found = schema.column(cid)
        if found is None:
            return False
        _, c = found
        hit = False
        if c.type == "link":
            other = schema.table(c.options.get("table_id") or 0)
            hit = other is not None and record_date(other) is not None
        if not hit:
            hit = any(visit(d, seen | {cid}) for d in c.type_cls.dependencies(c))
        memo[cid] = hit
        return hit

    return visit(col.id, frozenset())


def AsOfField() -> fields.Date:  # noqa: N802  (reads as a field class in query schemas)
    """The `as_of` query parameter of a read: an ISO date (YYYY-MM-DD); a bad one is a 422
    naming `as_of`."""
    return fields.Date(load_default=None, allow_none=True, metadata={
        "description": "YYYY-MM-DD: read as of this date — today() reads it, rows whose record date is after it "
                       "are left out, links see only rows recorded by it (docs/as-of.md)"})
