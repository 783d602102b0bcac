"""A document template rendered in a sandbox: Jinja's SandboxedEnvironment, then WeasyPrint.

What a template can reach (docs/documents.md, decision 0040):
- `row`: the row, a `Record` — `row["Field"]` is the value as the API gives it (numbers,
  ISO dates, select names, linked rows' display texts), `row.show("Field")` the text the grid
  shows, `row.linked("Link field")` the linked rows (Records of the other table), `row.id`;
- `today` (ISO date in the reader's zone), `company` (the base's details), `params` (values
  given at render time, typed by the template's declarations), `base`, `table`;
- filters `money`, `number`, `date`, `total(field)`; functions `days_between`, `add_days`,
  `interest_395`.

Why it is safe:
- autoescape on: every value is HTML-escaped; the template's own HTML is its author's;
- no loader: `include`/`extends`/`import` fail, so no file is read; WeasyPrint's fetcher
  refuses every URL (server.io.pdf), so nothing is fetched either;
- attributes: the sandbox refuses `_`-names and Python internals; of a Record only `show`,
  `linked` and `id` are reachable (its connection and schema are private);
- data: a Record only reaches rows of its own base (links are within a base); a render from a
  view sees the view's visible columns only;
- bounds: a time limit (a trace function on the template's own frames, so every loop
  iteration is counted), `range` capped by the sandbox, `*`/`**` results capped, the HTML
  produced capped, and linked rows loaded per render capped.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
import sys
import time
from collections.abc import Iterator, Mapping
from typing import Any

import sqlalchemy as sa
from jinja2 import TemplateSyntaxError, Undefined
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Namespace

from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import ValueContext
from server.io.display import format_plain, formatter, norm_locale, zone

TIME_LIMIT_S = 10.0
MAX_HTML = 5_000_000  # characters a template may produce
MAX_LINKED = 20_000  # linked rows a render may load
MAX_SEQUENCE = 100_000  # items or characters a `*` or `**` may make
_RECORD_ATTRS = frozenset({"show", "linked", "id"})
_TEMPLATE_FILE = "<document>"
_BY_NAME = frozenset({"single-select", "multiple-select", "collaborator", "creator", "last-modifier"})


class TemplateError(Exception):
    """The template could not be rendered: the reason, and its line when known."""

    def __init__(self, reason: str, line: int | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


class Reader:
    """What every Record of one render shares: the read transaction, the base's schema, the
    reader's language and zone, and the count of linked rows loaded."""

    def __init__(self, conn: sa.Connection, vctx: ValueContext, locale: str, timezone: str) -> None:
        self.conn = conn
        self.vctx = vctx
        self.locale = norm_locale(locale)
        self.tz = zone(timezone)
        self.loaded = 0
        self._fmts: dict[int, Any] = {}

    def fmt(self, col: ColumnMeta) -> Any:
        f = self._fmts.get(col.id)
        if f is None:
            f = self._fmts[col.id] = formatter(col, self.vctx, self.locale, self.tz)
        return f

    def records(self, table: TableMeta, ids: list[str], visible: set[int] | None = None) -> list[Record]:
        from server.actions.handlers.rows import read_rows_by_id

        self.loaded += len(ids)
        if self.loaded > MAX_LINKED:
            raise TemplateError(f"a document may read at most {MAX_LINKED:,} linked rows", None)
        return [Record(self, table, r, visible) for r in read_rows_by_id(self.conn, table, ids, self.vctx)]


class Record(Mapping):
    """One row as a template sees it (see the module docstring)."""

    __slots__ = ("_reader", "_table", "_row", "_cols")

    def __init__(self, reader: Reader, table: TableMeta, row: dict, visible: set[int] | None = None) -> None:
        self._reader = reader
        self._table = table
        self._row = row
        self._cols = {c.name: c for c in table.columns if visible is None or c.id in visible}

    def __getitem__(self, name: str) -> Any:
        col = self._cols[name]
        value = self._row.get(col.key)
        if col.type == "link" and isinstance(value, list):
            return [v.get("display_value") if isinstance(v, dict) else v for v in value]
        if col.type in _BY_NAME:
            # The API keeps option and people ids; a letter wants their names.
            return self._reader.fmt(col)(value)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._cols)

    def __len__(self) -> int:
        return len(self._cols)

    @property
    def id(self) -> str:
        return self._row["_id"]

    def show(self, name: str) -> str:
        """The field as the grid shows it (money with its symbol, a date in the column's pattern)."""
        col = self._cols.get(name)
        return "" if col is None else self._reader.fmt(col)(self._row.get(col.key))

    def linked(self, name: str) -> list[Record]:
        """The rows a link field points to, in its order (an empty list for anything else)."""
        col = self._cols.get(name)
        if col is None or col.type != "link" or self._table.schema is None:
            return []
        other = self._table.schema.table(col.options.get("table_id"))
        value = self._row.get(col.key) or []
        ids = [v["_id"] for v in value if isinstance(v, dict) and v.get("_id")]
        if other is None or not ids:
            return []
        return self._reader.records(other, ids)


# -- helpers a template may call ------------------------------------------------------------------
def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None or isinstance(value, Undefined):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    try:
        n = float(str(value).replace("\u00a0", "").replace(" ", "").replace(",", "."))
    except ValueError:
        return None
    return n if math.isfinite(n) else None


def days_between(start: Any, end: Any) -> int:
    """Whole days from `start` to `end` (dates or ISO text); 0 when either is missing."""
    a, b = _as_date(start), _as_date(end)
    return (b - a).days if a and b else 0


def add_days(day: Any, n: Any) -> str:
    """The ISO date `n` days after `day` ('' when `day` is not a date)."""
    d = _as_date(day)
    k = _number(n)
    return (d + dt.timedelta(days=int(k or 0))).isoformat() if d else ""


def interest_395(amount: Any, since: Any, until: Any, rate: Any) -> float:
    """Interest under art. 395 of the Civil Code of Russia on `amount` from the day after `since`
    to `until` inclusive, at `rate` percent a year, each day counted as 1/365 or 1/366 of its
    year (the courts' practice); rounded to kopecks. One rate for the whole period: the user
    gives it (the key rate's changes are theirs to split)."""
    a, b, r, s = _as_date(since), _as_date(until), _number(rate), _number(amount)
    if not (a and b and r and s) or b <= a:
        return 0.0
    total = 0.0
    day = a + dt.timedelta(days=1)
    while day <= b:  # per year, so a leap year's days weigh 1/366
        year_end = min(b, dt.date(day.year, 12, 31))
        days = (year_end - day).days + 1
        length = 366 if day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0) else 365
        total += s * r / 100 * days / length
        day = year_end + dt.timedelta(days=1)
    return round(total + 1e-9, 2)


class _Filters:
    """Formatting filters bound to the reader's language."""

    def __init__(self, locale: str) -> None:
        self.locale = locale

    def money(self, value: Any, symbol: str = "") -> str:
        n = _number(value)
        if n is None:
            return ""
        text = format_plain(n, self.locale, 2, 2)
        return f"{text}\u00a0{symbol}" if symbol else text

    def number(self, value: Any, precision: int = 0) -> str:
        n = _number(value)
        p = max(0, min(8, int(_number(precision) or 0)))
        return "" if n is None else format_plain(n, self.locale, p, p)

    def date(self, value: Any) -> str:
        d = _as_date(value)
        if d is None:
            return ""
        return d.strftime("%d.%m.%Y") if self.locale == "ru" else d.strftime("%d %b %Y").lstrip("0")


def total(rows: Any, field: str) -> float:
    """The sum of a field over rows (blanks and text left out), rounded to 2 places."""
    out = 0.0
    for r in rows or []:
        try:
            n = _number(r[field])
        except (KeyError, TypeError):
            n = None
        out += n or 0.0
    return round(out, 2)


# -- the environment ------------------------------------------------------------------------------
class DocumentEnvironment(SandboxedEnvironment):
    """The sandbox with Tablo's narrower rules: Records show three attributes, `*`/`**` are capped."""

    intercepted_binops = frozenset({"*", "**"})

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, Record):
            return attr in _RECORD_ATTRS
        if isinstance(obj, Reader):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        # Refused at once (Jinja's default prints nothing): the author learns the line.
        raise SecurityError(f"access to attribute {attribute!r} of a {type(obj).__name__} is unsafe")

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        if operator_ == "**":
            if isinstance(right, int | float) and abs(right) > 100:
                raise TemplateError("a power above 100 is not allowed in a document", None)
            return left ** right
        if isinstance(left, str | list | tuple) or isinstance(right, str | list | tuple):
            seq, times = (left, right) if isinstance(left, str | list | tuple) else (right, left)
            if isinstance(times, int) and len(seq) * times > MAX_SEQUENCE:
                raise TemplateError(f"a repeated text or list may have at most {MAX_SEQUENCE:,} items", None)
        return operator.mul(left, right)


def environment(locale: str) -> DocumentEnvironment:
    env = DocumentEnvironment(autoescape=True, loader=None, undefined=Undefined, auto_reload=False)
    f = _Filters(norm_locale(locale))
    env.globals = {"range": env.globals["range"], "dict": dict, "namespace": env.globals["namespace"],
                   "days_between": days_between, "add_days": add_days, "interest_395": interest_395}
    env.filters.update(money=f.money, number=f.number, date=f.date, total=total)
    return env


def _line_of(exc: BaseException) -> int | None:
    """The template line where an exception was raised (Jinja rewrites its traceback so the
    template's frames carry template lines)."""
    line = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == _TEMPLATE_FILE:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


class _Deadline:
    """A trace function on the template's own frames: past the deadline, the next line raises.
    Jinja's loops run inside those frames, so every iteration is counted, however empty."""

    def __init__(self, seconds: float) -> None:
        self.until = time.monotonic() + seconds

    def __call__(self, frame: Any, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename != _TEMPLATE_FILE:
            return None
        return self._line

    def _line(self, frame: Any, event: str, arg: Any) -> Any:
        if time.monotonic() > self.until:
            raise TemplateError(f"the document took longer than {TIME_LIMIT_S:g} s to make", None)
        if event == "line":
            _check_sizes(frame.f_locals.values())
        return self._line


def _check_sizes(values: Any) -> None:
    """Text or a list grown past the limits in a template variable (`~` and `+` in a loop can
    double a value each turn, which the sandbox's operator hooks do not see)."""
    for v in values:
        if isinstance(v, Namespace):
            _check_sizes(v._Namespace__attrs.values())  # type: ignore[attr-defined]
        elif isinstance(v, str) and len(v) > MAX_HTML:
            raise TemplateError(f"a text may have at most {MAX_HTML:,} characters", None)
        elif isinstance(v, list | tuple | dict) and len(v) > MAX_SEQUENCE:
            raise TemplateError(f"a list may have at most {MAX_SEQUENCE:,} items", None)


def render_html(body: str, context: dict[str, Any], locale: str, *, time_limit: float = TIME_LIMIT_S) -> str:
    """The template's HTML for one row (raises TemplateError with the line and the reason)."""
    env = environment(locale)
    try:
        code = env.compile(body, filename=_TEMPLATE_FILE)
        template = env.template_class.from_code(env, code, env.make_globals(None))
    except TemplateSyntaxError as exc:
        raise TemplateError(exc.message or "syntax error", exc.lineno) from None
    parts: list[str] = []
    size = 0
    previous = sys.gettrace()
    deadline = _Deadline(time_limit)
    sys.settrace(deadline)
    try:
        for chunk in template.generate(context):
            size += len(chunk)
            if size > MAX_HTML:
                raise TemplateError(f"a document may be at most {MAX_HTML:,} characters of HTML", None)
            parts.append(chunk)
    except TemplateError as exc:
        raise TemplateError(exc.reason, exc.line or _line_of(exc)) from None
    except Exception as exc:  # the template's own mistake: a bad filter, a refused attribute, 1/0
        reason = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise TemplateError(reason, _line_of(exc)) from None
    finally:
        sys.settrace(previous)
    return "".join(parts)


def page_css(options: dict) -> str:
    """The page a template starts from (its own <style> comes after and may change it)."""
    size = options.get("page_size") or "A4"
    orientation = options.get("orientation") or "portrait"
    return (f"<style>@page {{ size: {size} {orientation}; margin: 18mm 15mm 18mm 20mm;"
            " font-family: 'DejaVu Sans', sans-serif; }"
            " body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }</style>")


def to_pdf_documents(pages: list[str]) -> bytes:
    """One PDF of several rendered pages (each keeps its own page numbering), nothing fetched."""
    from weasyprint import HTML

    from server.io.pdf import _no_fetching

    docs = [HTML(string=p, url_fetcher=_no_fetching(), base_url=None).render() for p in pages]
    first = docs[0]
    return first.copy([pg for d in docs for pg in d.pages]).write_pdf()
