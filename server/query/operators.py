"""Filter operators: one registered class per operator, each turning (column, value) into SQL.

Operator classes are grouped into families (text, number, date, select, list, user,
checkbox, files, presence); each column type names its family (`ColumnType.family`), which
fills `ColumnType.operators` the first time they are asked for. Computed types have no
family: they use the operators of their result's plain type (`ColumnType.result_type`).
`register_operator` adds an operator of a type's own.

An operator validates its value first (`parse`, raising FilterValueError with a message for
the user) and then builds its SQL from the column's expression (`col.type_cls.expression`),
so computed columns filter exactly like stored ones. Text matching folds case on both
databases (Cyrillic and ё included) through `server.storage.dialect.fold`. Negative
operators (does not contain, is not, ≠, is none of, has none of) keep empty cells, as
people expect from a spreadsheet.
"""

from __future__ import annotations

import abc
import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa

from server.columns.base import CellError, ColumnType
from server.columns.numeric import parse_number
from server.columns.registry import all_types, get_type, has_type
from server.storage.dialect import fold, json_has, json_items


class FilterValueError(ValueError):
    """A filter value that does not fit its operator; the message is shown to the user."""


@dataclass
class FilterContext:
    """What evaluating a filter needs beyond the filter: who asks, their time zone, the time."""

    user_id: int | None = None
    timezone: str = "UTC"
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    # user id -> {"email", ...}: lets collaborator filters name people by email.
    members: dict[int, dict] = field(default_factory=dict)

    @property
    def tz(self) -> dt.tzinfo:
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return dt.UTC

    def today(self) -> dt.date:
        return self.now.astimezone(self.tz).date()


class Operator(abc.ABC):
    """Base class: `name` is the API name; `parse` validates the value; `sql` builds the clause."""

    name: ClassVar[str]
    # What the value is, for the docs and the web app's filter editor.
    value_kind: ClassVar[str] = "none"
    label: ClassVar[str] = ""

    def parse(self, value: Any, col: Any, fctx: FilterContext) -> Any:
        return None

    @abc.abstractmethod
    def sql(self, expr: sa.ColumnElement, value: Any, col: Any, fctx: FilterContext) -> sa.ColumnElement:
        """The WHERE clause for a column expression and a parsed value."""

    def describe(self) -> dict[str, str]:
        return {"name": self.name, "value": self.value_kind, "label": self.label or self.name.replace("_", " ")}


# -- helpers ----------------------------------------------------------------------------------
def _text_value(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        raise FilterValueError("expected text")
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        raise FilterValueError("expected text")
    if len(value) > 1000:
        raise FilterValueError("filter text is longer than 1000 characters")
    return value


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _number_value(value: Any) -> float:
    if isinstance(value, bool) or value is None:
        raise FilterValueError("expected a number")
    if isinstance(value, int | float):
        if not math.isfinite(float(value)):
            raise FilterValueError("expected a finite number")
        return float(value)
    if isinstance(value, str):
        try:
            return parse_number(value)
        except CellError as exc:
            raise FilterValueError(f"{value!r} is not a number") from exc
    raise FilterValueError("expected a number")


def _empty_text(expr: sa.ColumnElement) -> sa.ColumnElement:
    return sa.or_(expr.is_(None), expr == "")


def _or_null(expr: sa.ColumnElement, clause: sa.ColumnElement) -> sa.ColumnElement:
    """A negative operator keeps empty cells: NOT(x) alone would drop NULLs (SQL's three values)."""
    return sa.or_(expr.is_(None), clause)


# -- empty / not empty (every type) -----------------------------------------------------------
class Empty(Operator):
    name = "empty"
    label = "is empty"

    def sql(self, expr, value, col, fctx):
        return _empty_text(expr)


class NotEmpty(Operator):
    name = "not_empty"
    label = "is not empty"

    def sql(self, expr, value, col, fctx):
        return sa.and_(expr.is_not(None), expr != "")


class EmptyScalar(Empty):
    """Empty for non-text columns (numbers, dates): only NULL, never compared with ''."""

    def sql(self, expr, value, col, fctx):
        return expr.is_(None)


class NotEmptyScalar(NotEmpty):
    def sql(self, expr, value, col, fctx):
        return expr.is_not(None)


class EmptyList(Empty):
    def sql(self, expr, value, col, fctx):
        return json_items(expr) == 0


class NotEmptyList(NotEmpty):
    def sql(self, expr, value, col, fctx):
        return json_items(expr) > 0


# -- text -------------------------------------------------------------------------------------
class Contains(Operator):
    name = "contains"
    value_kind = "text"

    def parse(self, value, col, fctx):
        return _text_value(value)

    def sql(self, expr, value, col, fctx):
        pattern = sa.literal("%") + fold(sa.literal(_like_escape(value), sa.Text())) + sa.literal("%")
        return fold(expr).like(pattern, escape="\\")


class NotContains(Contains):
    name = "not_contains"
    label = "does not contain"

    def sql(self, expr, value, col, fctx):
        return _or_null(expr, sa.not_(super().sql(expr, value, col, fctx)))


class TextIs(Operator):
    name = "is"
    value_kind = "text"

    def parse(self, value, col, fctx):
        return _text_value(value)

    def sql(self, expr, value, col, fctx):
        if value == "":
            return _empty_text(expr)
        return fold(expr) == fold(sa.literal(value, sa.Text()))


class TextIsNot(TextIs):
    name = "is_not"
    label = "is not"

    def sql(self, expr, value, col, fctx):
        if value == "":
            return sa.and_(expr.is_not(None), expr != "")
        return _or_null(expr, sa.not_(super().sql(expr, value, col, fctx)))


# -- numbers ----------------------------------------------------------------------------------
class _Compare(Operator):
    value_kind = "number"
    op: ClassVar[str]

    def parse(self, value, col, fctx):
        return _number_value(value)

    def sql(self, expr, value, col, fctx):
        bound = sa.literal(value, sa.Float(53))
        return {"eq": expr == bound, "ne": _or_null(expr, expr != bound), "lt": expr < bound,
                "gt": expr > bound, "lte": expr <= bound, "gte": expr >= bound}[self.op]


class Eq(_Compare):
    name, op, label = "eq", "eq", "="


class Ne(_Compare):
    name, op, label = "ne", "ne", "≠"


class Lt(_Compare):
    name, op, label = "lt", "lt", "<"


class Gt(_Compare):
    name, op, label = "gt", "gt", ">"


class Lte(_Compare):
    name, op, label = "lte", "lte", "≤"


class Gte(_Compare):
    name, op, label = "gte", "gte", "≥"


# -- dates ------------------------------------------------------------------------------------
DAY_TERMS = ("today", "tomorrow", "yesterday", "one_week_ago", "one_week_from_now", "one_month_ago",
             "one_month_from_now")
PERIOD_TERMS = ("this_week", "this_month", "this_year", "last_week", "last_month", "last_year", "next_week",
                "next_month", "next_year")
COUNT_TERMS = ("days_ago", "days_from_now", "past_days", "next_days")
DATE_TERMS = (*DAY_TERMS, *PERIOD_TERMS, *COUNT_TERMS, "exact")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_DAYS = 100_000


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(d.day, last))


def parse_date_term(value: Any) -> dict[str, Any]:
    """Normalise a date filter value: "today", "2026-12-31", {"term": "past_days", "days": 7}."""
    if isinstance(value, str):
        if value in DAY_TERMS or value in PERIOD_TERMS:
            return {"term": value}
        if _ISO_DATE.match(value):
            value = {"term": "exact", "date": value}
        else:
            raise FilterValueError(f"{value!r} is not a date or a date term (today, this_week, YYYY-MM-DD, …)")
    if not isinstance(value, dict):
        raise FilterValueError("expected a date term such as \"today\" or {\"term\": \"past_days\", \"days\": 7}")
    term = value.get("term")
    if term not in DATE_TERMS:
        raise FilterValueError(f"{term!r} is not a date term; use one of {', '.join(DATE_TERMS)}")
    if term == "exact":
        text = value.get("date")
        if not isinstance(text, str) or not _ISO_DATE.match(text):
            raise FilterValueError("an exact date is given as YYYY-MM-DD")
        try:
            dt.date.fromisoformat(text)
        except ValueError as exc:
            raise FilterValueError(f"{text!r} is not a real date") from exc
        return {"term": "exact", "date": text}
    if term in COUNT_TERMS:
        days = value.get("days")
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
            raise FilterValueError(f"{term} needs a whole number of days from 0 to {MAX_DAYS}")
        return {"term": term, "days": days}
    return {"term": term}


def date_term_range(term: dict[str, Any], today: dt.date) -> tuple[dt.date, dt.date]:
    """The local days a term covers, as [first, after-last)."""
    t = term["term"]
    one = dt.timedelta(days=1)
    if t == "exact":
        d = dt.date.fromisoformat(term["date"])
        return d, d + one
    day = {"today": today, "tomorrow": today + one, "yesterday": today - one,
           "one_week_ago": today - 7 * one, "one_week_from_now": today + 7 * one,
           "one_month_ago": _add_months(today, -1), "one_month_from_now": _add_months(today, 1)}.get(t)
    if day is not None:
        return day, day + one
    if t in ("days_ago", "days_from_now"):
        d = today + (term["days"] if t == "days_from_now" else -term["days"]) * one
        return d, d + one
    if t == "past_days":  # the N days ending today, today included
        return today - max(term["days"] - 1, 0) * one, today + one
    if t == "next_days":  # the N days starting today
        return today, today + max(term["days"], 1) * one
    kind, period = t.split("_", 1)
    shift = {"this": 0, "last": -1, "next": 1}[kind]
    if period == "week":
        start = today - today.weekday() * one + shift * 7 * one
        return start, start + 7 * one
    if period == "month":
        start = _add_months(today.replace(day=1), shift)
        return start, _add_months(start, 1)
    start = dt.date(today.year + shift, 1, 1)
    return start, dt.date(start.year + 1, 1, 1)


def _date_bounds(term: dict, col: Any, fctx: FilterContext) -> tuple[dt.datetime, dt.datetime]:
    """Local days → the stored values' bounds. Date-only values are calendar dates (no zone);
    values with a time, and created/modified times, are UTC instants."""
    lo, hi = date_term_range(term, fctx.today())
    start, end = dt.datetime.combine(lo, dt.time()), dt.datetime.combine(hi, dt.time())
    with_time = col.type in ("ctime", "mtime") or bool(col.options.get("include_time"))
    if with_time:
        tz = fctx.tz
        start = start.replace(tzinfo=tz).astimezone(dt.UTC).replace(tzinfo=None)
        end = end.replace(tzinfo=tz).astimezone(dt.UTC).replace(tzinfo=None)
    return start, end


class _DateOp(Operator):
    value_kind = "date"

    def parse(self, value, col, fctx):
        return parse_date_term(value)

    def sql(self, expr, value, col, fctx):
        lo, hi = _date_bounds(value, col, fctx)
        lo_b, hi_b = sa.literal(lo, sa.DateTime()), sa.literal(hi, sa.DateTime())
        return self.clause(expr, lo_b, hi_b)

    @abc.abstractmethod
    def clause(self, expr, lo, hi):
        """The clause for the local-day range [lo, hi) of the date term."""


class DateIs(_DateOp):
    name = "is"

    def clause(self, expr, lo, hi):
        return sa.and_(expr >= lo, expr < hi)


class DateIsNot(_DateOp):
    name, label = "is_not", "is not"

    def clause(self, expr, lo, hi):
        return _or_null(expr, sa.or_(expr < lo, expr >= hi))


class DateIsWithin(DateIs):
    name, label = "is_within", "is within"


class DateBefore(_DateOp):
    name, label = "is_before", "is before"

    def clause(self, expr, lo, hi):
        return expr < lo


class DateAfter(_DateOp):
    name, label = "is_after", "is after"

    def clause(self, expr, lo, hi):
        return expr >= hi


class DateOnOrBefore(_DateOp):
    name, label = "is_on_or_before", "is on or before"

    def clause(self, expr, lo, hi):
        return expr < hi


class DateOnOrAfter(_DateOp):
    name, label = "is_on_or_after", "is on or after"

    def clause(self, expr, lo, hi):
        return expr >= lo


# -- single select ----------------------------------------------------------------------------
def resolve_option(col: Any, value: Any) -> str:
    """An option id or name (case-insensitive) of a select column → its id."""
    if not isinstance(value, str) or not value.strip():
        raise FilterValueError("expected an option name or id")
    options = col.options.get("options", [])
    for o in options:
        if o["id"] == value:
            return o["id"]
    key = value.strip().casefold()
    for o in options:
        if o["name"].casefold() == key:
            return o["id"]
    raise FilterValueError(f"{value!r} is not an option of this column")


def _value_list(value: Any, max_items: int = 1000) -> list:
    if not isinstance(value, list):
        value = [value]
    if not value:
        raise FilterValueError("choose at least one value")
    if len(value) > max_items:
        raise FilterValueError(f"at most {max_items} values")
    return value


class SelectIs(Operator):
    name = "is"
    value_kind = "option"

    def parse(self, value, col, fctx):
        return resolve_option(col, value)

    def sql(self, expr, value, col, fctx):
        return expr == sa.literal(value, sa.Text())


class SelectIsNot(SelectIs):
    name, label = "is_not", "is not"

    def sql(self, expr, value, col, fctx):
        return _or_null(expr, expr != sa.literal(value, sa.Text()))


class SelectIsAnyOf(Operator):
    name, label = "is_any_of", "is any of"
    value_kind = "options"

    def parse(self, value, col, fctx):
        return list(dict.fromkeys(resolve_option(col, v) for v in _value_list(value)))

    def sql(self, expr, value, col, fctx):
        return expr.in_([sa.literal(v, sa.Text()) for v in value])


class SelectIsNoneOf(SelectIsAnyOf):
    name, label = "is_none_of", "is none of"

    def sql(self, expr, value, col, fctx):
        return _or_null(expr, expr.not_in([sa.literal(v, sa.Text()) for v in value]))


# -- multiple select and collaborators (JSON lists) -------------------------------------------
def resolve_user(value: Any, fctx: FilterContext) -> int:
    """A user id, "me" (whoever reads the view) or a member's email → a user id."""
    if value == "me":
        if fctx.user_id is None:
            raise FilterValueError("\"me\" needs a signed-in user")
        return fctx.user_id
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        s = value.strip()
        if s.isdigit():
            return int(s)
        for uid, m in fctx.members.items():
            if m.get("email", "").casefold() == s.casefold():
                return uid
    raise FilterValueError(f"{value!r} is not a user id, an email of a member or \"me\"")


class _ListOp(Operator):
    value_kind = "options"
    users: ClassVar[bool] = False

    def parse(self, value, col, fctx):
        items = _value_list(value)
        if col.type_cls.holds_users:
            # "me" stays symbolic: a saved view shows each reader their own rows.
            return list(dict.fromkeys("me" if v == "me" else resolve_user(v, fctx) for v in items))
        return list(dict.fromkeys(resolve_option(col, v) for v in items))

    def _items(self, value: list, fctx: FilterContext) -> list:
        return list(dict.fromkeys(resolve_user(v, fctx) if v == "me" else v for v in value))

    def _has(self, expr, item) -> sa.ColumnElement:
        raw = sa.literal(item, sa.Integer() if isinstance(item, int) else sa.Text())
        return json_has(expr, raw, sa.literal(json.dumps([item]), sa.Text()))


class HasAnyOf(_ListOp):
    name, label = "has_any_of", "has any of"

    def sql(self, expr, value, col, fctx):
        return sa.or_(*[self._has(expr, v) for v in self._items(value, fctx)])


class HasAllOf(_ListOp):
    name, label = "has_all_of", "has all of"

    def sql(self, expr, value, col, fctx):
        return sa.and_(*[self._has(expr, v) for v in self._items(value, fctx)])


class HasNoneOf(_ListOp):
    name, label = "has_none_of", "has none of"

    def sql(self, expr, value, col, fctx):
        return _or_null(expr, sa.not_(sa.or_(*[self._has(expr, v) for v in self._items(value, fctx)])))


class IsExactly(_ListOp):
    name, label = "is_exactly", "is exactly"

    def sql(self, expr, value, col, fctx):
        items = self._items(value, fctx)
        # Cells never hold duplicates (they are removed on write), so "all of them and no more".
        return sa.and_(*[self._has(expr, v) for v in items], json_items(expr) == len(items))


# -- creator / last modifier (one user id) ----------------------------------------------------
class UserIs(Operator):
    name = "is"
    value_kind = "user"

    def parse(self, value, col, fctx):
        return "me" if value == "me" else resolve_user(value, fctx)

    def sql(self, expr, value, col, fctx):
        return expr == sa.literal(resolve_user(value, fctx), sa.Integer())


class UserIsNot(UserIs):
    name, label = "is_not", "is not"

    def sql(self, expr, value, col, fctx):
        return _or_null(expr, expr != sa.literal(resolve_user(value, fctx), sa.Integer()))


class UserIsAnyOf(Operator):
    name, label = "is_any_of", "is any of"
    value_kind = "users"

    def parse(self, value, col, fctx):
        return list(dict.fromkeys("me" if v == "me" else resolve_user(v, fctx) for v in _value_list(value)))

    def sql(self, expr, value, col, fctx):
        return expr.in_([sa.literal(resolve_user(v, fctx), sa.Integer()) for v in value])


class UserIsNoneOf(UserIsAnyOf):
    name, label = "is_none_of", "is none of"

    def sql(self, expr, value, col, fctx):
        return _or_null(expr, expr.not_in([sa.literal(resolve_user(v, fctx), sa.Integer()) for v in value]))


# -- checkbox ---------------------------------------------------------------------------------
class CheckboxIs(Operator):
    name = "is"
    value_kind = "boolean"

    def parse(self, value, col, fctx):
        if isinstance(value, bool):
            return value
        if value in ("true", "false"):
            return value == "true"
        raise FilterValueError("expected true or false")

    def sql(self, expr, value, col, fctx):
        # An unset checkbox is stored as NULL or false: both read as unchecked.
        return expr.is_(sa.true()) if value else sa.or_(expr.is_(None), expr.is_(sa.false()))


# -- the registry -----------------------------------------------------------------------------
FAMILIES: dict[str, list[type[Operator]]] = {
    "text": [Contains, NotContains, TextIs, TextIsNot, Empty, NotEmpty],
    "number": [Eq, Ne, Lt, Gt, Lte, Gte, EmptyScalar, NotEmptyScalar],
    "date": [DateIs, DateIsNot, DateIsWithin, DateBefore, DateAfter, DateOnOrBefore, DateOnOrAfter, EmptyScalar,
             NotEmptyScalar],
    "select": [SelectIs, SelectIsNot, SelectIsAnyOf, SelectIsNoneOf, Empty, NotEmpty],
    "list": [HasAnyOf, HasAllOf, HasNoneOf, IsExactly, EmptyList, NotEmptyList],
    "user": [UserIs, UserIsNot, UserIsAnyOf, UserIsNoneOf, EmptyScalar, NotEmptyScalar],
    "checkbox": [CheckboxIs],
    "files": [EmptyList, NotEmptyList],
    # Any value that is only empty or not (the default for a type that names no family).
    "presence": [EmptyScalar, NotEmptyScalar],
}


def _fill(type_cls: ColumnType) -> dict[str, Operator]:
    """The type's operators, made from its family the first time they are asked for."""
    if not type_cls.operators and type_cls.family is not None:
        if type_cls.family not in FAMILIES:
            raise ValueError(f"column type {type_cls.type_id!r} names an unknown operator family {type_cls.family!r}")
        for cls in FAMILIES[type_cls.family]:
            type_cls.operators[cls.name] = cls()
    return type_cls.operators


def register_operator(type_id: str, cls: type[Operator]) -> None:
    """One more operator for one type (e.g. a formula type's own operator)."""
    get_type(type_id).operators[cls.name] = cls()


def family_of(type_cls: ColumnType) -> str | None:
    return type_cls.family


def plain_type_of(col: Any) -> ColumnType:
    """The type whose operators a column uses: computed columns (formula, lookup, rollup)
    behave like the plain type of their result (`result_type(col)`)."""
    plain = col.type_cls.result_type(col)
    if plain != col.type and has_type(plain):
        return get_type(plain)
    return col.type_cls


def operators_for(col: Any) -> dict[str, Operator]:
    return operators_of(plain_type_of(col))


def family_for(col: Any) -> str | None:
    return family_of(plain_type_of(col))


def install() -> None:
    """Fill `operators` of every registered type that has a family (idempotent)."""
    for type_cls in all_types().values():
        _fill(type_cls)


def operators_of(type_cls: ColumnType) -> dict[str, Operator]:
    return _fill(type_cls)


install()


def describe_operators(type_cls: ColumnType) -> list[dict[str, str]]:
    """A type's operators with the kind of value each takes (the filter editor, the catalog)."""
    out = []
    for op in operators_of(type_cls).values():
        d = op.describe()
        if type_cls.holds_users and d["value"] == "options":
            d["value"] = "users"  # the list operators take user ids, emails or "me" here
        out.append(d)
    return out


def all_operator_families() -> dict[str, Any]:
    """Every type's operators with the kind of value each takes (for the filter editor and docs)."""
    return {"types": {tid: describe_operators(t) for tid, t in all_types().items()}, "date_terms": list(DATE_TERMS)}
