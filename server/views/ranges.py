"""Reading a view by a range of days: what the calendar and timeline view types share.

A range view type (`RangeViewType`) says which of its rows fall in a range of days by one SQL
condition (`range_condition`) on its indexed date columns; `read_range` adds that condition to
the view compiled like a grid's (filters, sorts, row colours) and reads at most `limit` rows in
view order, saying whether there were more. `GET /api/views/{id}/range` serves every such type.
"""

from __future__ import annotations

import abc
import datetime as dt
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.catalog.model import TableMeta
from server.query.compile import CompiledView, compiled_select
from server.views.registry import ViewType

# A range is at most this long: six weeks of a month grid, a year of a timeline, with room.
MAX_RANGE_DAYS = 366
# At most this many rows in one answer; a range holding more says `truncated`.
DEFAULT_RANGE_LIMIT = 2000
MAX_RANGE_LIMIT = 5000


class RangeViewType(ViewType, abc.ABC):
    """A view type whose rows are read by a range of days. Abstract: a subclass that lacks one
    of the two methods below cannot be made (so never registered)."""

    reads: ClassVar[str] = "range"

    @abc.abstractmethod
    def range_condition(self, cv: CompiledView, settings: dict[str, Any], start: dt.date,
                        end: dt.date) -> sa.ColumnElement:
        """The rows of the view that belong to the days from `start` to `end` (both included)."""

    @abc.abstractmethod
    def index_specs(self, table: TableMeta, settings: dict[str, Any]) -> list[tuple[tuple[str, bool], ...]]:
        """The indexes its range reads need (a range type must seek in its date columns)."""


def day_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The first moment of `start` and the first moment after `end`. Dates with a time are
    stored in UTC, so the days are UTC days."""
    lo = dt.datetime(start.year, start.month, start.day)
    return lo, dt.datetime(end.year, end.month, end.day) + dt.timedelta(days=1)


def read_range(conn: Connection, cv: CompiledView, condition: sa.ColumnElement,
               limit: int) -> tuple[list[dict[str, Any]], bool]:
    """The view's rows (in view order) meeting `condition`: at most `limit` of them, and
    whether there were more."""
    result = conn.execute(compiled_select(cv).where(condition).limit(limit + 1))
    keys = list(result.keys())
    rows = [dict(zip(keys, r, strict=True)) for r in result]
    return rows[:limit], len(rows) > limit
