"""A plain-Python evaluator of formula trees, the reference the SQL compiler is tested against.

It walks the same tree the compiler compiles and follows the same rules (blank is 0 in
arithmetic and '' in text, errors travel to the result, `iferror` catches them), for every
function the compiler knows except today() and now(), which read the clock. Dates are naive
datetimes. Never used to compute cells: tests compare the SQL of both databases against it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from server.formulas.parser import BinOp, Bool, Call, Node, Num, Ref, Str, Unary
from server.storage.dialect import (
    DATE_FORMATS,
    python_add_months,
    python_format_number,
    python_make_date,
    python_month_end,
    python_num_text,
    python_replace_nth,
)


class FormulaValueError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _num(v: Any) -> float | None:
    if isinstance(v, dt.datetime):
        raise TypeError("a date is not a number")
    if v is None or isinstance(v, float):
        return v
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, int):
        return float(v)
    s = str(v).strip()
    if s == "":
        return None
    try:
        return float(s)
    except ValueError:
        raise FormulaValueError("#VALUE!") from None


def _text(v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d")
    return python_num_text(float(v))


def _texts(a: Any, b: Any) -> bool:
    """Compared as text: both text, or text and a blank (an empty text cell)."""
    return (isinstance(a, str) or a is None) and (isinstance(b, str) or b is None) and (a, b) != (None, None)


def _z(v: float | None) -> float:
    return 0.0 if v is None else v


def round_half_up(x: float, digits: int) -> float:
    # Same as the databases: decimal rounding of the value as printed with 15 significant digits.
    if digits > 15:
        return x
    if digits < -15:
        return 0.0
    d = Decimal(format(x, ".15g"))
    return float(d.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def evaluate(node: Node, row: dict[int, Any]) -> Any:
    """The value of a tree for one row (column id → value); raises FormulaValueError for error values."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Str):
        return node.value
    if isinstance(node, Bool):
        return node.value
    if isinstance(node, Ref):
        return row.get(node.column_id)
    if isinstance(node, Unary):
        v = _z(_num(evaluate(node.operand, row)))
        return -v if node.op == "-" else v
    if isinstance(node, BinOp):
        a, b = evaluate(node.left, row), evaluate(node.right, row)
        op = node.op
        if op == "&":
            return (_text(a) or "") + (_text(b) or "")
        if op in ("=", "<>", "!=", "<", ">", "<=", ">="):
            if _texts(a, b):
                x, y = a or "", b or ""
            elif isinstance(a, bool) and isinstance(b, bool):
                x, y = a, b
            else:
                x, y = _z(_num(a)), _z(_num(b))
            return {"=": x == y, "<>": x != y, "!=": x != y, "<": x < y, ">": x > y, "<=": x <= y,
                    ">=": x >= y}[op]
        x, y = _z(_num(a)), _z(_num(b))
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op == "/":
            if y == 0:
                raise FormulaValueError("#DIV/0!")
            return x / y
        if op == "^":
            if x == 0 and y < 0:
                raise FormulaValueError("#DIV/0!")
            if x < 0 and y != math.floor(y):
                raise FormulaValueError("#VALUE!")
            return x ** y
    if isinstance(node, Call):
        return _call(node, row)
    raise ValueError(f"cannot evaluate {node!r}")


def _truth(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, dt.datetime):
        return True
    if isinstance(v, str):
        s = v.strip()
        try:
            return float(s) != 0 if s else False
        except ValueError:
            return True
    return _z(_num(v)) != 0


def _d(v: Any) -> dt.datetime | None:
    """A date argument: dates as they are, date text (a literal like '2025-01-01') read."""
    if isinstance(v, str):
        from server.columns.dates import parse_date

        return parse_date(v)
    return v


def _floor_z(v: Any) -> int:
    return math.floor(_z(_num(v)))


def _fold(t: str) -> str:
    return t.lower().replace("ё", "е")


def _denoise(x: float) -> float:
    return round_half_up(x, 9)


def _ceil(x: float) -> float:
    return float(math.ceil(_denoise(x)))


def _filled(v: Any) -> bool:
    return v is not None and v != ""


def _day(d: dt.datetime) -> int:
    """Whole days: the ordinal of the date (time ignored)."""
    return d.date().toordinal()


def _dow(d: dt.datetime) -> int:
    """0 = Sunday … 6 = Saturday."""
    return d.isoweekday() % 7


def _midnight(d: dt.datetime) -> dt.datetime:
    return d.replace(hour=0, minute=0, second=0, microsecond=0)


def _week_first(args: list[Node], i: int) -> int:
    if len(args) <= i:
        return 0
    start = args[i]
    assert isinstance(start, Str)
    return 1 if start.value.strip().lower() == "monday" else 0


def _weekdays_upto(x: int) -> int:
    """Monday-to-Friday days from ordinal 1 (a Monday) to x, inclusive."""
    x -= 1
    return (x // 7) * 5 + min(x % 7 + 1, 5)


def _months_between(a: dt.datetime, b: dt.datetime) -> int:
    return (b.year * 12 + b.month) - (a.year * 12 + a.month) - (1 if b.day < a.day else 0)


_UNITS = {"d": "days", "day": "days", "days": "days", "w": "weeks", "week": "weeks", "weeks": "weeks",
          "m": "months", "month": "months", "months": "months", "y": "years", "year": "years", "years": "years",
          "h": "hours", "hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes",
          "s": "seconds", "second": "seconds", "seconds": "seconds"}
_WEEKNUM_TYPES = {1: 0, 17: 0, 2: 1, 11: 1, 12: 2, 13: 3, 14: 4, 15: 5, 16: 6}
_COMPARE = {"greater": ">", "lessthan": "<", "greatereq": ">=", "lessthaneq": "<=", "equal": "=", "unequal": "<>",
            "add": "+", "subtract": "-", "multiply": "*", "divide": "/"}


def _call(node: Call, row: dict[int, Any]) -> Any:
    name = node.name.lower()
    args = node.args
    if name in _COMPARE:
        return evaluate(BinOp(node.start, node.end, _COMPARE[name], args[0], args[1]), row)
    if name == "power":
        return evaluate(BinOp(node.start, node.end, "^", args[0], args[1]), row)
    if name == "if":
        if _truth(evaluate(args[0], row)):
            return evaluate(args[1], row)
        return evaluate(args[2], row) if len(args) > 2 else None
    if name == "ifs":
        for i in range(0, len(args), 2):
            if _truth(evaluate(args[i], row)):
                return evaluate(args[i + 1], row)
        return None
    if name == "switch":
        subject = evaluate(args[0], row)
        rest = args[1:]
        default = rest[-1] if len(rest) % 2 else None
        for i in range(0, len(rest) - 1, 2):
            m = evaluate(rest[i], row)
            same = (subject or "") == (m or "") if _texts(subject, m) else _z(_num(subject)) == _z(_num(m))
            if same:
                return evaluate(rest[i + 1], row)
        return evaluate(default, row) if default is not None else None
    if name == "iferror":
        try:
            return evaluate(args[0], row)
        except FormulaValueError:
            return evaluate(args[1], row)
    if name in _DATE_ARGS:
        vals = [_d(v) if i in _DATE_ARGS[name] else v for i, v in enumerate(evaluate(a, row) for a in args)]
        return _FUNCTIONS[name](vals, args)
    if name == "countitems":
        ref = args[0]
        assert isinstance(ref, Ref)
        items = row.get(ref.column_id)
        return float(len(items)) if isinstance(items, list) else 0.0
    vals = [evaluate(a, row) for a in args]
    fn = _FUNCTIONS.get(name)
    if fn is None:
        raise ValueError(f"the reference evaluator has no {name}()")
    return fn(vals, args)


def _round_dir(vals: list[Any], up: bool) -> float | None:
    x = _num(vals[0])
    if x is None:
        return None
    digits = _floor_z(vals[1]) if len(vals) > 1 else 0
    scaled = round_half_up(abs(x) * 10.0 ** digits, 9)
    cut = math.ceil(scaled) if up else math.floor(scaled)
    return math.copysign(1.0, x) * cut / 10.0 ** digits if x != 0 else 0.0


def _multiple(vals: list[Any], up: bool) -> float | None:
    x = _num(vals[0])
    s = _z(_num(vals[1])) if len(vals) > 1 else 1.0
    if x is None:
        return None
    if x > 0 and s < 0:
        raise FormulaValueError("#VALUE!")
    if s == 0:
        if up:
            return 0.0
        raise FormulaValueError("#DIV/0!")
    q = _denoise(x / s)
    return float(math.ceil(q) if up else math.floor(q)) * s + 0.0  # never -0


def _log(vals: list[Any]) -> float:
    x = _z(_num(vals[0]))
    b = _z(_num(vals[1])) if len(vals) > 1 else 10.0
    if x <= 0 or b <= 0 or b == 1:
        raise FormulaValueError("#VALUE!")
    return math.log10(x) if len(vals) == 1 else math.log(x) / math.log(b)


def _average(vals: list[Any]) -> float:
    ns = [n for n in (_num(v) for v in vals) if n is not None]
    if not ns:
        raise FormulaValueError("#DIV/0!")
    return sum(ns) / len(ns)


def _left(vals: list[Any]) -> str:
    n = _floor_z(vals[1]) if len(vals) > 1 else 1
    if n < 0:
        raise FormulaValueError("#VALUE!")
    return (_text(vals[0]) or "")[:n]


def _right(vals: list[Any]) -> str:
    n = _floor_z(vals[1]) if len(vals) > 1 else 1
    if n < 0:
        raise FormulaValueError("#VALUE!")
    return (_text(vals[0]) or "")[-n:] if n else ""


def _mid(vals: list[Any]) -> str:
    start, n = _floor_z(vals[1]), _floor_z(vals[2])
    if start < 1 or n < 0:
        raise FormulaValueError("#VALUE!")
    return (_text(vals[0]) or "")[start - 1:start - 1 + n]


def _find(vals: list[Any], fold: bool) -> float:
    needle, hay = _text(vals[0]) or "", _text(vals[1]) or ""
    start = max(_floor_z(vals[2]), 1) if len(vals) > 2 else 1
    if fold:
        needle, hay = _fold(needle), _fold(hay)
    idx = hay[start - 1:].find(needle)
    return float(idx + start) if idx >= 0 else 0.0


def _substitute(vals: list[Any]) -> str | None:
    s, old, new = _text(vals[0]), _text(vals[1]) or "", _text(vals[2]) or ""
    n = _floor_z(vals[3]) if len(vals) > 3 else 0
    if old == "" or s is None:
        return s
    return s.replace(old, new) if n < 1 else python_replace_nth(s, old, new, n)


_NAMED_FORMATS = {"number": ("", 1, ""), "percent": ("", 100, "%"), "dollar": ("$", 1, ""), "euro": ("€", 1, ""),
                  "yuan": ("¥", 1, "")}


def _text_fn(vals: list[Any], args: list[Node]) -> str | None:
    fmt = args[1].value  # type: ignore[attr-defined]
    v = vals[0]
    if isinstance(v, dt.datetime):
        return v.strftime(DATE_FORMATS[fmt][0])
    named = _NAMED_FORMATS.get(fmt.strip().lower())
    if named is not None:
        x = _num(v)
        return None if x is None else named[0] + (python_num_text(x * named[1]) or "") + named[2]
    return python_format_number(_num(v), fmt)


def _replace(vals: list[Any]) -> str:
    s = _text(vals[0]) or ""
    start, n = _floor_z(vals[1]), _floor_z(vals[2])
    if start < 1 or n < 0:
        raise FormulaValueError("#VALUE!")
    return s[:start - 1] + (_text(vals[3]) or "") + s[start - 1 + n:]


def _rept(vals: list[Any]) -> str:
    s, n = _text(vals[0]) or "", _floor_z(vals[1])
    if n < 0 or len(s) * n > 10_000:
        raise FormulaValueError("#VALUE!")
    return s * n


def _date(vals: list[Any]) -> dt.datetime | None:
    y, m, d = (_z(_num(v)) for v in vals)
    y = y + 1900 if 0 <= y < 100 else y
    if not (1 <= y < 10000 and -120000 < m < 120000):
        raise FormulaValueError("#VALUE!")
    return python_make_date(y, m, d)


def _weekday(vals: list[Any], args: list[Node]) -> float | None:
    d = vals[0]
    if d is None:
        return None
    return float((_dow(d) + 6) % 7 + 1 if _week_first(args, 1) else _dow(d) + 1)


def _weeknum(vals: list[Any]) -> float | None:
    d = vals[0]
    if d is None:
        return None
    code = int(vals[1]) if len(vals) > 1 else 1
    if code == 21:
        return float(d.isocalendar()[1])
    first = _WEEKNUM_TYPES[code]
    jan1 = _dow(dt.datetime(d.year, 1, 1))
    doy = d.timetuple().tm_yday
    return float((doy - 1 + (jan1 - first + 7) % 7) // 7 + 1)


def _date_add(vals: list[Any], args: list[Node]) -> dt.datetime | None:
    d, k = vals[0], _z(_num(vals[1]))
    unit = _UNITS[args[2].value.strip().lower()] if len(args) > 2 else "days"  # type: ignore[attr-defined]
    if d is None:
        return None
    if unit in ("months", "years"):
        return python_add_months(d, math.floor(k) * (12 if unit == "years" else 1))
    per_day = {"days": 1.0, "weeks": 7.0, "hours": 1 / 24, "minutes": 1 / 1440, "seconds": 1 / 86400}[unit]
    return d + dt.timedelta(seconds=round(k * per_day * 86400))


def _date_dif(vals: list[Any], args: list[Node]) -> float | None:
    a, b = vals[0], vals[1]
    unit = args[2].value.strip().upper() if len(args) > 2 else "D"  # type: ignore[attr-defined]
    if a is None or b is None:
        return None
    days = _day(b) - _day(a)
    if unit == "D":
        return float(days)
    if unit == "S":
        return float(round((b - a).total_seconds()))
    months = _months_between(a, b) if days >= 0 else -_months_between(b, a)
    years = months // 12 if months >= 0 else -((-months) // 12)
    if unit == "M":
        return float(months)
    if unit == "Y":
        return float(years)
    if unit == "YM":
        return float(months % 12 if months >= 0 else -((-months) % 12))
    whole = abs(months if unit == "MD" else years * 12)
    start, end = (a, b) if days >= 0 else (b, a)
    shifted = python_add_months(_midnight(start), whole)
    assert shifted is not None
    left = _day(end) - _day(shifted)
    return float(left if days >= 0 else -left)


def _networkdays(vals: list[Any]) -> float | None:
    vals = [_d(v) for v in vals]
    a, b = vals[0], vals[1]
    if a is None or b is None:
        return None
    s, e = _day(a), _day(b)
    lo, hi = min(s, e), max(s, e)
    n = _weekdays_upto(hi) - _weekdays_upto(lo - 1)
    holidays = {_day(h) for h in vals[2:] if h is not None}
    n -= sum(1 for h in holidays if lo <= h <= hi and h % 7 in (1, 2, 3, 4, 5))
    return float(n if e >= s else -n)


def _start_of_week(vals: list[Any], args: list[Node]) -> dt.datetime | None:
    d = vals[0]
    if d is None:
        return None
    return _midnight(d) - dt.timedelta(days=(_dow(d) - _week_first(args, 1)) % 7)


def _hours(vals: list[Any]) -> float | None:
    a, b = vals
    if a is None or b is None:
        return None
    return float((_day(b) * 24 + b.hour) - (_day(a) * 24 + a.hour))


def _months(vals: list[Any]) -> float | None:
    a, b = vals
    if a is None or b is None:
        return None
    return float((b.year * 12 + b.month) - (a.year * 12 + a.month))


def _part(get: Callable[[dt.datetime], Any]) -> Callable[[list[Any], list[Node]], Any]:
    return lambda vals, args: None if vals[0] is None else get(vals[0])


def _nums1(f: Callable[[float], float]) -> Callable[[list[Any], list[Node]], Any]:
    def fn(vals: list[Any], args: list[Node]) -> Any:
        x = _num(vals[0])
        return None if x is None else f(x)

    return fn


def _sqrt(x: float) -> float:
    if x < 0:
        raise FormulaValueError("#VALUE!")
    return math.sqrt(x)


def _mod(vals: list[Any]) -> float:
    x, y = _z(_num(vals[0])), _z(_num(vals[1]))
    if y == 0:
        raise FormulaValueError("#DIV/0!")
    return x - y * math.floor(x / y)


def _exp(vals: list[Any]) -> float:
    x = _z(_num(vals[0]))
    if x > 709:
        raise FormulaValueError("#VALUE!")
    return math.exp(x)


def _max_min(vals: list[Any], pick: Callable[..., float]) -> float | None:
    ns = [n for n in (_num(v) for v in vals) if n is not None]
    return pick(ns) if ns else None


def _value(vals: list[Any]) -> float | None:
    return _num(vals[0])


def _t(vals: list[Any], args: list[Node]) -> str:
    v = vals[0]
    return v if isinstance(v, str) else ""


def _edate(vals: list[Any]) -> dt.datetime | None:
    d = vals[0]
    return None if d is None else python_add_months(_midnight(d), _floor_z(vals[1]))


def _eomonth(vals: list[Any]) -> dt.datetime | None:
    d = vals[0]
    return None if d is None else python_month_end(d, _floor_z(vals[1]))


_V = Callable[[list[Any], list[Node]], Any]


def _v(f: Callable[[list[Any]], Any]) -> _V:
    return lambda vals, args: f(vals)


# Which arguments of date functions are dates (networkdays reads its own).
_DATE_ARGS: dict[str, set[int]] = {
    **{n: {0} for n in ("year", "month", "day", "hour", "minute", "second", "quarter", "isodate", "isomonth",
                        "isoweeknum", "weekday", "weeknum", "startofweek", "dateadd", "edate", "eomonth")},
    **{n: {0, 1} for n in ("datedif", "hours", "months")},
}

_FUNCTIONS: dict[str, _V] = {
    "and": _v(lambda vals: all(_truth(v) for v in vals)),
    "or": _v(lambda vals: any(_truth(v) for v in vals)),
    "xor": _v(lambda vals: sum(1 for v in vals if _truth(v)) % 2 == 1),
    "not": _v(lambda vals: not _truth(vals[0])),
    "true": _v(lambda vals: True),
    "false": _v(lambda vals: False),
    "isblank": _v(lambda vals: not _filled(vals[0])),
    "e": _v(lambda vals: math.e),
    "pi": _v(lambda vals: math.pi),
    "abs": _nums1(abs),
    "int": _nums1(lambda x: float(math.floor(x))),
    "sign": _nums1(lambda x: float((x > 0) - (x < 0))),
    "even": _nums1(lambda x: 2.0 * _ceil(x / 2.0)),
    "odd": _nums1(lambda x: 2.0 * _ceil((x - 1.0) / 2.0) + 1.0),
    "sqrt": _v(lambda vals: _sqrt(_z(_num(vals[0])))),
    "round": _v(lambda vals: None if _num(vals[0]) is None else round_half_up(
        _num(vals[0]), _floor_z(vals[1]) if len(vals) > 1 else 0)),  # type: ignore[arg-type]
    "roundup": _v(lambda vals: _round_dir(vals, True)),
    "rounddown": _v(lambda vals: _round_dir(vals, False)),
    "ceiling": _v(lambda vals: _multiple(vals, True)),
    "floor": _v(lambda vals: _multiple(vals, False)),
    "mod": _v(_mod),
    "exp": _v(_exp),
    "lg": _v(_log),
    "log": _v(_log),
    "max": _v(lambda vals: _max_min(vals, max)),
    "min": _v(lambda vals: _max_min(vals, min)),
    "sum": _v(lambda vals: sum(_z(_num(v)) for v in vals)),
    "average": _v(_average),
    "counta": _v(lambda vals: float(sum(1 for v in vals if _filled(v)))),
    "countblank": _v(lambda vals: float(sum(1 for v in vals if not _filled(v)))),
    "countall": _v(lambda vals: float(len(vals))),
    "value": _v(_value),
    "concatenate": _v(lambda vals: "".join(_text(v) or "" for v in vals)),
    "len": _v(lambda vals: float(len(_text(vals[0]) or ""))),
    "upper": _v(lambda vals: None if _text(vals[0]) is None else _text(vals[0]).upper()),  # type: ignore[union-attr]
    "lower": _v(lambda vals: None if _text(vals[0]) is None else _text(vals[0]).lower()),  # type: ignore[union-attr]
    "trim": _v(lambda vals: None if _text(vals[0]) is None else _text(vals[0]).strip(" ")),  # type: ignore[union-attr]
    "left": _v(_left),
    "right": _v(_right),
    "mid": _v(_mid),
    "find": _v(lambda vals: _find(vals, False)),
    "search": _v(lambda vals: _find(vals, True)),
    "substitute": _v(_substitute),
    "text": _text_fn,
    "exact": _v(lambda vals: (_text(vals[0]) or "") == (_text(vals[1]) or "")),
    "replace": _v(_replace),
    "rept": _v(_rept),
    "t": _t,
    "date": _v(_date),
    "year": _part(lambda d: float(d.year)),
    "month": _part(lambda d: float(d.month)),
    "day": _part(lambda d: float(d.day)),
    "hour": _part(lambda d: float(d.hour)),
    "minute": _part(lambda d: float(d.minute)),
    "second": _part(lambda d: float(d.second)),
    "quarter": _part(lambda d: float((d.month + 2) // 3)),
    "isodate": _part(lambda d: d.strftime("%Y-%m-%d")),
    "isomonth": _part(lambda d: d.strftime("%Y-%m")),
    "isoweeknum": _part(lambda d: float(d.isocalendar()[1])),
    "weekday": _weekday,
    "weeknum": _v(_weeknum),
    "startofweek": _start_of_week,
    "dateadd": _date_add,
    "datedif": _date_dif,
    "edate": _v(_edate),
    "eomonth": _v(_eomonth),
    "networkdays": _v(_networkdays),
    "hours": _v(_hours),
    "months": _v(_months),
}
