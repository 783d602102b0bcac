"""What the server accepts from outside, checked once where it comes in (decision 0014).

Every JSON document from a client — an HTTP body (our API, the SeaTable-compatible one, the
public form) or a live-socket frame — is decoded by `loads()`, and every query string and
path parameter goes through `check_text()`, before any handler sees it:

- nesting deeper than MAX_DEPTH is refused (400 / an error frame): Python's decoder would
  otherwise recurse until it fails, and so would every walker after it;
- text with a NUL or another C0 control character (tab, newline and carriage return are
  fine) or a lone UTF-16 surrogate is refused with 422 naming the field: PostgreSQL cannot
  store NUL or lone surrogates at all, SQLite can, and one rule for both keeps a backup
  restorable on either;
- whole numbers outside 64 bits are refused with 422 naming the field: every id, offset and
  counter in the database is 64-bit (a number cell takes such a value written as a decimal).

Body size is capped separately (MAX_JSON_BYTES, answered 413).
"""

from __future__ import annotations

import json
import re
from typing import Any

from werkzeug.routing import IntegerConverter

from server.config import _int_env

MAX_DEPTH = 64
INT64_MAX = 2**63 - 1
INT32_MAX = 2**31 - 1
INT64_MIN = -(2**63)


# JSON request bodies (file uploads are multipart and have their own limits).
MAX_JSON_BYTES = _int_env("TABLO_MAX_JSON_BYTES", 32 * 1024 * 1024)

# C0 controls except tab (09), newline (0A) and carriage return (0D); lone surrogates.
_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


class InboundError(ValueError):
    """Input refused at the boundary. `kind`: malformed | too_deep | bad_text | too_big_int;
    `path`: the field at fault ("rows[0].Name", "body" for the document itself)."""

    def __init__(self, kind: str, message: str, path: str = "body") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.path = path

    @property
    def status(self) -> int:
        return 400 if self.kind in ("malformed", "too_deep") else 422


def text_problem(value: str) -> str | None:
    """Why `value` is refused as text, or None when it is fine."""
    m = _BAD_TEXT.search(value)
    if m is None:
        return None
    ch = m.group()
    if "\ud800" <= ch <= "\udfff":
        return f"contains a lone UTF-16 surrogate (U+{ord(ch):04X}), which is not a character"
    return f"contains the control character U+{ord(ch):04X}; only tab, newline and carriage return are allowed"


def strip_bad_text(value: Any) -> Any:
    """`value` with the refused characters taken out of every text in it: for data that was
    stored before the rule (a backup from SQLite), which no one can retype."""
    if isinstance(value, str):
        return _BAD_TEXT.sub("", value) if _BAD_TEXT.search(value) else value
    if isinstance(value, list):
        return [strip_bad_text(v) for v in value]
    if isinstance(value, dict):
        return {strip_bad_text(k): strip_bad_text(v) for k, v in value.items()}
    return value


def shown(text: str) -> str:
    """Text fit to quote in an answer: refused characters written as \\uXXXX (a field named by
    such text must not break the error that names it)."""
    return _BAD_TEXT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def check_text(value: str, path: str) -> None:
    problem = text_problem(value)
    if problem is not None:
        raise InboundError("bad_text", f"{path}: text {problem}", path)


def _depth(text: str) -> int:
    """The deepest nesting of arrays and objects in JSON text (brackets inside strings skipped)."""
    depth = deepest = 0
    for m in _BRACKETS.finditer(text):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def check_value(value: Any) -> None:
    """Walk a decoded document (iteratively) and refuse bad text and out-of-range whole numbers;
    the error names the field as "rows[0].Name" ("body" for the document itself)."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        v, p = stack.pop()
        p = p or "body"
        if isinstance(v, str):
            check_text(v, p)
        elif isinstance(v, bool) or v is None or isinstance(v, float):
            continue
        elif isinstance(v, int):
            if not INT64_MIN <= v <= INT64_MAX:
                raise InboundError("too_big_int", f"{p}: whole numbers are limited to 64 bits "
                                                  "(write a larger number as a decimal, e.g. 1e30)", p)
        elif isinstance(v, dict):
            for k, item in v.items():
                kp = shown(str(k)) if p == "body" else f"{p}.{shown(str(k))}"
                check_text(str(k), kp)
                stack.append((item, kp))
        elif isinstance(v, list):
            stack.extend((item, f"{'' if p == 'body' else p}[{i}]") for i, item in enumerate(v))


def loads(data: str | bytes, *, check: bool = True) -> Any:
    """Decode a JSON document from a client under the limits above. Raises InboundError.

    `check=False` leaves the text and number checks to the caller (`check_value`), for a caller
    that wants to name something it must read first (a socket frame's cid)."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InboundError("malformed", f"the body is not UTF-8 (byte {exc.start})") from None
    else:
        text = data
    # Counting first: a document cannot be deeper than it has brackets.
    if text.count("[") + text.count("{") > MAX_DEPTH and _depth(text) > MAX_DEPTH:
        raise InboundError("too_deep", f"JSON nested more than {MAX_DEPTH} levels deep is refused")
    try:
        value = json.loads(text)
    except RecursionError:  # unreachable after the depth check; kept as the last line of defence
        raise InboundError("too_deep", f"JSON nested more than {MAX_DEPTH} levels deep is refused") from None
    except ValueError as exc:
        msg = f"{exc.msg} at character {exc.pos}" if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise InboundError("malformed", f"not valid JSON: {msg}") from None
    if check:
        check_value(value)
    return value


class Int64Converter(IntegerConverter):
    """`<int:...>` path parameters: a number past 64 bits names nothing (404, not a database error)."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:  # noqa: A002  (werkzeug's name)
        kwargs.setdefault("max", INT64_MAX)
        super().__init__(map, *args, **kwargs)


class CatalogIdConverter(Int64Converter):
    """`<id:...>`: ids of bases, tables, columns, views and the like, which are INTEGER (32-bit)
    on PostgreSQL: a larger number names nothing (404) instead of failing in the database."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:  # noqa: A002
        kwargs.setdefault("max", INT32_MAX)
        super().__init__(map, *args, **kwargs)


# Registered on the app (server/app.py) before any route.
CONVERTERS = {"int": Int64Converter, "id": CatalogIdConverter}
