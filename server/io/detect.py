"""Column type detection from imported data.

A `ColumnDetector` is fed every value of a column (one streaming pass, nothing kept but
counters and up to a few dozen distinct values) and then says which column type fits all of
them: checkbox, number (plain, percent or currency; comma or dot decimals), date (and whether
slash dates are day-first, decided from the whole column), email, URL, single select (few
distinct short values), long text or text. Identifier-like integer columns (leading zeros,
very long numbers, headers such as "ID", "No.", "Номер", "ИНН") stay text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from server.columns.base import CellError
from server.columns.numeric import CURRENCY_MARKS, parse_number
from server.columns.textual import EMAIL_RE, URL_RE

BOOL_WORDS = {"yes", "no", "true", "false", "да", "нет", "y", "n", "истина", "ложь"}
SELECT_MAX_DISTINCT = 50
SELECT_MAX_LEN = 60
LONG_TEXT_LEN = 255
SAMPLE_SIZE = 5
DETECT_CHUNK = 5000

_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_DOT_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_NUMBERISH = re.compile(r"^[\s(+\-−–]*[\d\s\u00a0\u202f\u2009'.,]*\d[\d\s\u00a0\u202f\u2009'.,]*(?:[eE][+-]?\d+)?\s*%?[\s)]*$")
_NUM = r"-?\d{1,15}(?:\.\d+)?"
_NUM_BLOB = re.compile(rf"{_NUM}(?:\n{_NUM})*")
_DECIMALS = re.compile(r"\.(\d*[1-9])0*(?=\n|$)")
_LEADING_ZERO = re.compile(r"(?m)^-?0\d")
_ISO_BLOB = re.compile(r"\d{4}-\d{2}-\d{2}(?:\n\d{4}-\d{2}-\d{2})*")
_DOT_BLOB = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}(?:\n\d{1,2}\.\d{1,2}\.\d{4})*")
_SLASH_BLOB = re.compile(r"\d{1,2}/\d{1,2}/\d{4}(?:\n\d{1,2}/\d{1,2}/\d{4})*")
_EMAIL_BLOB = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+(?:\n[^@\s]+@[^@\s]+\.[^@\s]+)*")
_ID_HEADER = re.compile(r"(^|[^a-zа-я])(id|ids|no|nr|num|number|code|zip|inn|kpp|phone|tel|№|номер|код|инн|кпп|"
                        r"огрн|бик|телефон|индекс|счет|счёт|артикул)([^a-zа-я]|$)|id$|number$|code$", re.IGNORECASE)


@dataclass
class Detected:
    type: str
    options: dict = field(default_factory=dict)
    day_first: bool | None = None
    samples: list[Any] = field(default_factory=list)
    non_empty: int = 0


class ColumnDetector:
    """Feed every value of one column; `result()` names the type that fits them all."""

    def __init__(self, header: str = "") -> None:
        self.header = header
        self.n = 0
        self.ok = {"checkbox", "number", "date", "email", "url"}
        self.percent = True
        self.currency: str | None = None
        self.decimals = 0
        self.comma_decimal = False
        self.leading_zero = False
        self.integers_only = True
        self.long_int = False
        self.day_first_seen = False
        self.month_first_seen = False
        self.slash_dates = False
        self.dot_dates = False
        self.has_time = False
        self.max_len = 0
        self.multiline = False
        self.distinct: set[str] = set()
        self.too_many = False
        self.samples: list[Any] = []

    # -- feeding ------------------------------------------------------------------------
    def feed(self, v: Any) -> None:
        if v is None or (isinstance(v, str) and not v.strip()):
            return
        self.n += 1
        if len(self.samples) < SAMPLE_SIZE:
            self.samples.append(v if not isinstance(v, dt.date) else v.isoformat())
        if isinstance(v, bool):
            self.ok &= {"checkbox"}
            self._distinct("true" if v else "false")
            return
        if isinstance(v, int | float):
            self.ok &= {"number"}
            self.percent = False
            f = float(v)
            if not f.is_integer():
                self.integers_only = False
                self.decimals = max(self.decimals, _decimals(repr(f)))
            elif abs(f) >= 1e15:
                self.long_int = True
            self._distinct(repr(f))
            return
        if isinstance(v, dt.datetime | dt.date):
            self.ok &= {"date"}
            if isinstance(v, dt.datetime) and (v.hour or v.minute or v.second):
                self.has_time = True
            self._distinct(v.isoformat())
            return
        if not isinstance(v, str):
            self.ok = set()
            self._distinct(str(v))
            return
        self._text(v)

    def feed_chunk(self, values: list[Any]) -> None:
        """Feed many values at once: whole-chunk regular expressions instead of per-value Python
        for the common shapes (plain numbers, ISO/dotted/slashed dates, yes/no, settled text)."""
        vals = [v for v in values if v is not None and v != ""]
        if not vals:
            return
        types = set(map(type, vals))
        if types <= {float, int} and self._numbers_chunk(vals):
            return
        if types <= {dt.datetime, dt.date} and "date" in self.ok:
            self.ok &= {"date"}
            if dt.datetime in types and not self.has_time and \
                    any(v.hour or v.minute or v.second for v in vals if type(v) is dt.datetime):
                self.has_time = True
            self._bulk_distinct(set(map(str, vals)), vals)
            return
        if types != {str}:
            for v in vals:
                self.feed(v)
            return
        blob = "\n".join(vals)
        if blob.count("\n") != len(vals) - 1 or blob != blob.strip() or "\n " in blob or " \n" in blob:
            for v in vals:  # values with line breaks or edge spaces: the careful path
                self.feed(v)
            return
        if self.ok and not self._chunk_shape(blob):
            for v in vals:
                self.feed(v)
            return
        if not self.ok:  # settled as text: only lengths and distinct values still matter
            self.max_len = max(self.max_len, max(map(len, vals)))
        if not self.too_many:
            self.distinct |= set(blob.casefold().split("\n"))
            if len(self.distinct) > SELECT_MAX_DISTINCT:
                self.too_many, self.distinct = True, set()
        self.n += len(vals)
        self.samples.extend(vals[:SAMPLE_SIZE - len(self.samples)])

    def _numbers_chunk(self, vals: list[Any]) -> bool:
        """XLSX numbers, a chunk at a time; False sends the chunk value by value."""
        if "number" not in self.ok:
            return False
        self.ok &= {"number"}
        self.percent = False
        floats = list(map(float, vals))
        fractional = [f for f in floats if not f.is_integer()]
        if fractional:
            self.integers_only = False
            self.decimals = max(self.decimals, *(_decimals(repr(f)) for f in fractional[:1000]))
        if max(map(abs, floats)) >= 1e15:
            self.long_int = True
        self._bulk_distinct(set(map(repr, floats)), vals)
        return True

    def _bulk_distinct(self, keys: set[str], vals: list[Any]) -> None:
        if not self.too_many:
            self.distinct |= keys
            if len(self.distinct) > SELECT_MAX_DISTINCT:
                self.too_many, self.distinct = True, set()
        self.n += len(vals)
        self.samples.extend(vals[:SAMPLE_SIZE - len(self.samples)])

    def _chunk_shape(self, blob: str) -> bool:
        """True when the whole chunk has one known shape (flags updated); False: go value by value."""
        ok = self.ok
        if "number" in ok and _NUM_BLOB.fullmatch(blob):
            self.ok = ok & {"number"}
            self.percent = False
            if re.search(r"\.\d*[1-9]", blob):
                self.integers_only = False
                self.decimals = max(self.decimals, max(len(d) for d in _DECIMALS.findall(blob)))
            if _LEADING_ZERO.search(blob):
                self.leading_zero = True
            if re.search(r"\d{16}", blob):
                self.long_int = True
            return True
        if "date" in ok and _ISO_BLOB.fullmatch(blob):
            self.ok = ok & {"date"}
            return True
        if "date" in ok and _DOT_BLOB.fullmatch(blob):
            if re.search(r"(?m)^(?:3[2-9]|[4-9]\d)\.|^\d{1,2}\.(?:1[3-9]|[2-9]\d)\.", blob):
                return False
            self.ok = ok & {"date"}
            self.dot_dates = True
            return True
        if "date" in ok and _SLASH_BLOB.fullmatch(blob):
            if re.search(r"(?m)^(?:3[2-9]|[4-9]\d)/|^\d{1,2}/(?:3[2-9]|[4-9]\d)/", blob):
                return False
            self.ok = ok & {"date"}
            self.slash_dates = True
            if re.search(r"(?m)^(?:1[3-9]|2\d|3[01])/", blob):
                self.day_first_seen = True
            if re.search(r"(?m)^\d{1,2}/(?:1[3-9]|2\d|3[01])/", blob):
                self.month_first_seen = True
            if self.day_first_seen and self.month_first_seen:
                self.ok.discard("date")
            return True
        if "checkbox" in ok and set(blob.lower().split("\n")) <= BOOL_WORDS:
            self.ok = ok & {"checkbox"}
            return True
        if "email" in ok and _EMAIL_BLOB.fullmatch(blob):
            self.ok = ok & {"email"}
            self.max_len = max(self.max_len, max(map(len, blob.split("\n"))))
            return True
        return False

    def _distinct(self, key: str) -> None:
        if self.too_many:
            return
        self.distinct.add(key)
        if len(self.distinct) > SELECT_MAX_DISTINCT:
            self.too_many = True
            self.distinct = set()

    def _text(self, raw: str) -> None:
        s = raw.strip()
        self.max_len = max(self.max_len, len(raw))
        if "\n" in raw:
            self.multiline = True
        self._distinct(s.casefold())
        ok = self.ok
        if "checkbox" in ok and s.lower() not in BOOL_WORDS:
            ok.discard("checkbox")
        if "date" in ok:
            self._date(s)
        if "number" in ok:
            self._number(s)
        if "email" in ok and not EMAIL_RE.match(s):
            ok.discard("email")
        if "url" in ok and not (URL_RE.match(s) or re.match(r"^www\.[\w.-]+\.[a-z]{2,}(/\S*)?$", s, re.I)):
            ok.discard("url")

    def _date(self, s: str) -> None:
        if _ISO_DATE.match(s):
            pass
        elif m := _DOT_DATE.match(s):
            self.dot_dates = True
            if int(m[1]) > 31 or int(m[2]) > 12:
                self.ok.discard("date")
                return
        elif m := _SLASH_DATE.match(s):
            self.slash_dates = True
            a, b = int(m[1]), int(m[2])
            if a > 12:
                self.day_first_seen = True
            if b > 12:
                self.month_first_seen = True
            if (a > 12 and b > 12) or a > 31 or b > 31 or (self.day_first_seen and self.month_first_seen):
                self.ok.discard("date")
                return
        else:
            self.ok.discard("date")
            return
        if _HAS_TIME.search(s):
            self.has_time = True

    def _number(self, s: str) -> None:
        low = s.lower()
        mark = next((m for m in CURRENCY_MARKS if m in low), None)
        body = low
        if mark:
            body = body.replace(mark, "").strip()
            if self.currency is None:
                self.currency = mark
        if not _NUMBERISH.match(body) or _DOT_DATE.match(body) or _SLASH_DATE.match(body) or _ISO_DATE.match(body):
            self.ok.discard("number")
            return
        try:
            value = parse_number(s)
        except CellError:
            self.ok.discard("number")
            return
        if not body.endswith("%"):
            self.percent = False
        digits = body.lstrip("+-−–( ")
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            self.leading_zero = True
        core = re.sub(r"[\s\u00a0\u202f\u2009'%()]", "", body)
        if "," in core and "." not in core:
            tail = core.rsplit(",", 1)[1]
            if core.count(",") == 1 and len(tail) != 3:
                self.comma_decimal = True
        if not float(value).is_integer() or re.search(r"[.,]\d*[1-9]", core):
            self.integers_only = False
            sep = "," if ("," in core and (self.comma_decimal or "." not in core)) else "."
            if sep in core:
                self.decimals = max(self.decimals, len(core.rsplit(sep, 1)[1]))
        if len(re.sub(r"\D", "", core)) > 15:
            self.long_int = True

    # -- verdict ------------------------------------------------------------------------
    def result(self) -> Detected:
        d = self._verdict()
        d.samples = self.samples
        d.non_empty = self.n
        return d

    def _verdict(self) -> Detected:
        if self.n == 0:
            return Detected("text")
        ok = self.ok
        if "checkbox" in ok:
            return Detected("checkbox")
        if "date" in ok:
            day_first: bool | None = None
            if self.slash_dates:
                # Ambiguous throughout (every part ≤ 12): month first, the US default, overridable.
                day_first = self.day_first_seen
            elif self.dot_dates:
                day_first = True
            # The file's pattern is for reading it (day_first) only: the column gets no display
            # format and shows dates in each reader's interface language (decision 0017).
            return Detected("date", {"format": None, "include_time": self.has_time}, day_first)
        if "number" in ok:
            id_like = self.integers_only and not self.percent and not self.currency and (
                self.leading_zero or self.long_int or bool(_ID_HEADER.search(self.header)))
            if not id_like:
                opts: dict[str, Any] = {"precision": min(self.decimals, 8)}
                if self.percent:
                    opts["format"] = "percent"
                    opts["precision"] = max(min(self.decimals - 2, 8), 0)
                elif self.currency:
                    opts["format"] = "currency"
                    opts["currency_symbol"] = _currency_symbol(self.currency)
                    opts["currency_position"] = "before" if self.currency in ("$", "€", "£", "¥") else "after"
                else:
                    opts["format"] = "number" if self.integers_only else "decimal"
                if self.comma_decimal:
                    opts["decimal"] = "comma"
                return Detected("number", opts)
        if "email" in ok:
            return Detected("email")
        if "url" in ok:
            return Detected("url")
        if self.multiline or self.max_len > LONG_TEXT_LEN:
            return Detected("long-text")
        limit = max(2, min(SELECT_MAX_DISTINCT, self.n // 5))
        # A select only when values repeat: each option used three times on average at least.
        if not self.too_many and 1 < len(self.distinct) <= limit and self.n >= 3 * len(self.distinct) \
                and self.max_len <= SELECT_MAX_LEN \
                and "number" not in ok and "date" not in ok:
            return Detected("single-select")
        return Detected("text")


def _decimals(text: str) -> int:
    if "e" in text or "E" in text:
        return 2
    return len(text.split(".", 1)[1].rstrip("0")) if "." in text else 0


def _currency_symbol(mark: str) -> str:
    return {"руб.": "₽", "руб": "₽", "р.": "₽", "rub": "₽", "usd": "$", "eur": "€"}.get(mark, mark)


def detect_columns(headers: list[str], rows: Any) -> tuple[list[Detected], int]:
    """Detect every column's type from every row; returns the verdicts and the row count."""
    detectors = [ColumnDetector(h) for h in headers]
    n = 0
    chunk: list[list[Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= DETECT_CHUNK:
            n += _feed(detectors, chunk)
            chunk = []
    if chunk:
        n += _feed(detectors, chunk)
    return [d.result() for d in detectors], n


def _feed(detectors: list[ColumnDetector], chunk: list[list[Any]]) -> int:
    for d, values in zip(detectors, zip(*chunk, strict=True), strict=False):
        d.feed_chunk(list(values))
    return len(chunk)
