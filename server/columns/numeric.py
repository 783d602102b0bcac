"""Number-like types: number (plain, decimal, percent, currency), duration, rating, auto number."""

from __future__ import annotations

import math
import re
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.catalog import schema as cat
from server.columns.base import CellError, ColumnType, ValueContext, cell_text

NoneType = type(None)
_PLAIN_NUMBERS = re.compile(r"(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d{1,3})?)?(?:\n(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d{1,3})?)?)*")
CURRENCY_MARKS = ("руб.", "руб", "р.", "₽", "$", "€", "£", "¥", "rub", "usd", "eur")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")


def parse_number(text: str, decimal: str = "dot") -> float:
    """Parse human number text: '1 234,50', '1,234.50', '(12)', '12%', '−5 ₽'. Raises CellError."""
    raw = text
    s = text.strip().lower()
    if not s:
        raise CellError("empty number")
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    s = s.replace("−", "-").replace("–", "-")
    for mark in CURRENCY_MARKS:
        s = s.replace(mark, "")
    percent = s.endswith("%")
    if percent:
        s = s[:-1]
    s = _SPACES.sub("", s)
    if s.startswith("-"):
        negative, s = (not negative), s[1:]
    elif s.startswith("+"):
        s = s[1:]
    if not s or not re.fullmatch(r"[\d.,]+(e[+-]?\d+)?", s):
        raise CellError(f"{raw!r} is not a number")
    exp = ""
    if "e" in s:
        s, exp = s.split("e", 1)
        exp = "e" + exp
    if "," in s and "." in s:
        # Whichever comes last is the decimal separator.
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        if len(parts) > 2:
            s = s.replace(",", "")
        elif len(parts[1]) == 3 and decimal != "comma":
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    try:
        value = float(s + exp)
    except ValueError as exc:
        raise CellError(f"{raw!r} is not a number") from exc
    if percent:
        value /= 100
    if negative:
        value = -value
    if not math.isfinite(value):
        raise CellError(f"{raw!r} is not a finite number")
    return value


class NumberOptions(Schema):
    format = fields.String(load_default="number",
                           validate=validate.OneOf(["number", "decimal", "percent", "currency"]))
    precision = fields.Integer(load_default=2, validate=validate.Range(0, 8))
    currency_symbol = fields.String(load_default="₽", validate=validate.Length(max=8))
    currency_position = fields.String(load_default="after", validate=validate.OneOf(["before", "after"]))
    # None: follow the reader's locale (1 234,56 in Russian, 1,234.56 in English).
    thousands = fields.String(load_default=None, allow_none=True,
                              validate=validate.OneOf(["none", "space", "comma", "dot"]))
    decimal = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(["dot", "comma"]))
    min = fields.Float(load_default=None, allow_none=True)
    max = fields.Float(load_default=None, allow_none=True)

    @validates_schema
    def _range(self, data: dict, **kwargs: Any) -> None:
        if data.get("min") is not None and data.get("max") is not None and data["min"] > data["max"]:
            raise ValidationError({"min": ["min is greater than max"]})
        if data.get("thousands") is not None and data.get("thousands") == data.get("decimal"):
            raise ValidationError({"thousands": ["thousands and decimal separators must differ"]})


def _check_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CellError("expected a number")
    value = float(value)
    if not math.isfinite(value):
        raise CellError("expected a finite number")
    return value


class _Numeric(ColumnType):
    """Number-family types: compared, summed and charted as numbers, numbers in formulas."""

    family = "number"
    formula_kind = "number"
    indexable = True

    def formula_value(self, expr, col):
        return expr


class NumberType(_Numeric):
    type_id = "number"
    options_schema = NumberOptions

    def sql_type(self, options: dict) -> sa.types.TypeEngine:
        return sa.Float(53)

    def api_field(self) -> fields.Field:
        return fields.Float(allow_none=True)

    def _range(self, value: float, col) -> float:
        lo, hi = col.options.get("min"), col.options.get("max")
        if lo is not None and value < lo:
            raise CellError(f"{_fmt(value)} is below the minimum {_fmt(lo)}")
        if hi is not None and value > hi:
            raise CellError(f"{_fmt(value)} is above the maximum {_fmt(hi)}")
        return value

    def to_db(self, value: Any, col, ctx: ValueContext) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            return self.parse_text(value, col, ctx)
        return self._range(_check_number(value), col)

    def parse_text(self, text: str, col, ctx: ValueContext) -> Any:
        if text.strip() == "":
            return None
        return self._range(parse_number(text, col.options.get("decimal") or "dot"), col)

    def to_text(self, value: Any, col, ctx: ValueContext) -> str:
        return "" if value is None else _fmt(value)

    def export_value(self, value, col, ctx):
        if value is None:
            return None, None
        o = col.options
        prec = int(o.get("precision", 2))
        frac = ("." + "0" * prec) if prec else ""
        fmt = "#,##0" + frac
        if o.get("format") == "percent":
            fmt = "0" + frac + "%"
        elif o.get("format") == "currency":
            sym = o.get("currency_symbol", "₽").replace('"', "")
            fmt = f'"{sym}"{fmt}' if o.get("currency_position") == "before" else f'{fmt} "{sym}"'
        return value, fmt

    def convert_value(self, value, source, target, ctx):
        if value is None:
            return None
        if source.type_cls.family == "checkbox":
            return 1.0 if value else 0.0
        if source.type_cls.family == "number":
            return self._range(float(value), target)
        return super().convert_value(value, source, target, ctx)

    def import_converter(self, col, vctx, day_first=None):
        decimal = col.options.get("decimal") or "dot"
        lo, hi = col.options.get("min"), col.options.get("max")

        def number(v: Any) -> Any:
            if v is None:
                return None
            if isinstance(v, bool):
                raise CellError("expected a number, got yes/no")
            if isinstance(v, int | float):
                f = float(v)
            elif isinstance(v, str):
                s = v.strip()
                if not s:
                    return None
                try:
                    f = float(s) if decimal == "dot" or "," not in s else parse_number(s, decimal)
                except ValueError:
                    f = parse_number(s, decimal)
            else:
                raise CellError(f"{cell_text(v)!r} is not a number")
            if not math.isfinite(f):
                raise CellError(f"{cell_text(v)!r} is not a finite number")
            if (lo is not None and f < lo) or (hi is not None and f > hi):
                return self.to_db(f, col, vctx)  # the type words the range error
            return f
        return number

    def import_column_converter(self, col, vctx, conv):
        if (col.options.get("decimal") or "dot") != "dot":
            return super().import_column_converter(col, vctx, conv)
        lo, hi = col.options.get("min"), col.options.get("max")

        def number(vals: list[Any]) -> list[Any]:
            types = set(map(type, vals))
            if types <= {float, int, NoneType}:  # XLSX numbers
                out = [float(v) if v is not None else None for v in vals]
            elif types == {str} and _PLAIN_NUMBERS.fullmatch("\n".join(vals)):
                out = [float(v) if v else None for v in vals]
            else:
                return [conv(v) for v in vals]
            present = [v for v in out if v is not None]
            if present and ((lo is not None and min(present) < lo) or (hi is not None and max(present) > hi)
                            or not all(map(math.isfinite, present))):
                return [conv(v) for v in vals]
            return out
        return number


def _fmt(value: float) -> str:
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


class DurationOptions(Schema):
    format = fields.String(load_default="h:mm", validate=validate.OneOf(["h:mm", "h:mm:ss"]))


_DURATION_UNITS = re.compile(r"(\d+(?:[.,]\d+)?)\s*(h|ч|m|мин|min|м|s|с|сек|sec)\b", re.IGNORECASE)


class DurationType(_Numeric):
    """Seconds, shown as h:mm or h:mm:ss."""

    type_id = "duration"
    options_schema = DurationOptions

    def sql_type(self, options: dict) -> sa.types.TypeEngine:
        return sa.Float(53)

    def api_field(self) -> fields.Field:
        return fields.Float(allow_none=True, metadata={"description": "seconds"})

    def to_db(self, value, col, ctx):
        if value is None:
            return None
        if isinstance(value, str):
            return self.parse_text(value, col, ctx)
        v = _check_number(value)
        if v < 0:
            raise CellError("a duration cannot be negative")
        return v

    def parse_text(self, text, col, ctx):
        s = text.strip()
        if not s:
            return None
        if re.fullmatch(r"\d+:\d{1,2}(:\d{1,2}(\.\d+)?)?", s):
            parts = s.split(":")
            h, m = int(parts[0]), int(parts[1])
            sec = float(parts[2]) if len(parts) == 3 else 0.0
            if m >= 60 or sec >= 60:
                raise CellError(f"{text!r} is not a duration")
            return h * 3600 + m * 60 + sec
        units = _DURATION_UNITS.findall(s)
        if units and _DURATION_UNITS.sub("", s).strip() == "":
            total = 0.0
            for num, unit in units:
                n = float(num.replace(",", "."))
                u = unit.lower()
                total += n * (3600 if u in ("h", "ч") else 1 if u in ("s", "с", "сек", "sec") else 60)
            return total
        try:
            n = parse_number(s)
        except CellError as exc:
            raise CellError(f"{text!r} is not a duration (use h:mm)") from exc
        if n < 0:
            raise CellError("a duration cannot be negative")
        # A bare number is minutes in h:mm and seconds in h:mm:ss, as people type them.
        return n * 60 if col.options.get("format", "h:mm") == "h:mm" else n

    def to_text(self, value, col, ctx):
        if value is None:
            return ""
        total = int(round(value))
        h, rem = divmod(total, 3600)
        m, s = divmod(rem, 60)
        if col.options.get("format") == "h:mm:ss":
            return f"{h}:{m:02d}:{s:02d}"
        return f"{h}:{m:02d}"

    def export_value(self, value, col, ctx):
        if value is None:
            return None, None
        fmt = "[h]:mm:ss" if col.options.get("format") == "h:mm:ss" else "[h]:mm"
        return value / 86400.0, fmt

    def convert_value(self, value, source, target, ctx):
        if value is not None and source.type == "number":
            return self.to_db(value, target, ctx)
        return super().convert_value(value, source, target, ctx)


class RateOptions(Schema):
    max = fields.Integer(load_default=5, validate=validate.Range(1, 10))
    color = fields.String(load_default="#F59E0B", validate=validate.Length(max=20))
    style = fields.String(load_default="star", validate=validate.OneOf(["star", "like", "flag"]))


class RateType(_Numeric):
    type_id = "rate"
    options_schema = RateOptions

    def sql_type(self, options):
        return sa.Integer()

    def api_field(self):
        return fields.Integer(allow_none=True)

    def to_db(self, value, col, ctx):
        if value is None:
            return None
        if isinstance(value, str):
            return self.parse_text(value, col, ctx)
        v = _check_number(value)
        if not v.is_integer():
            raise CellError("a rating is a whole number")
        v = int(v)
        top = int(col.options.get("max", 5))
        if v < 0 or v > top:
            raise CellError(f"a rating is between 0 and {top}")
        return v or None

    def parse_text(self, text, col, ctx):
        s = text.strip()
        if not s:
            return None
        if set(s) <= set("★⭐☆"):
            return self.to_db(s.count("★") + s.count("⭐"), col, ctx)
        return self.to_db(parse_number(s), col, ctx)

    def export_value(self, value, col, ctx):
        return value, "0"

    def formula_value(self, expr, col):
        return sa.cast(expr, sa.Float())

    def convert_value(self, value, source, target, ctx):
        if value is not None and source.type == "number":
            return self.to_db(min(max(round(value), 0), int(target.options.get("max", 5))), target, ctx)
        return super().convert_value(value, source, target, ctx)


class AutoNumberOptions(Schema):
    prefix = fields.String(load_default="", validate=validate.Length(max=20))
    digits = fields.Integer(load_default=4, validate=validate.Range(1, 12))


class AutoNumberType(_Numeric):
    """A number given at insert, formatted with a prefix; never reused (a counter per column)."""

    type_id = "auto-number"
    read_only = True
    options_schema = AutoNumberOptions

    def sql_type(self, options):
        return sa.BigInteger()

    def api_field(self):
        return fields.String(dump_only=True)

    def format(self, n: int | None, options: dict) -> str | None:
        if n is None:
            return None
        return f"{options.get('prefix', '')}{int(n):0{int(options.get('digits', 4))}d}"

    def from_db(self, value, col, ctx):
        return self.format(value, col.options)

    def to_text(self, value, col, ctx):
        return self.format(value, col.options) or ""

    def to_db(self, value, col, ctx):
        raise CellError("auto numbers are given by the server")

    def parse_text(self, text, col, ctx):
        raise CellError("auto numbers are given by the server")

    def convert_value(self, value, source, target, ctx):
        # Conversion to auto number renumbers every row (see the modify_column action).
        return None

    def formula_value(self, expr, col):
        return sa.cast(expr, sa.Float())

    def after_add(self, ctx, table, col, payload):
        if payload.get("fill", True):
            number_rows(ctx, table, col, col.phys)


def number_rows(ctx: Any, table: Any, col: Any, phys: str) -> int:
    """Give every row its auto number in row order (continuing the column's counter, which
    never goes back); returns how many were given. Runs inside an action (`ctx.conn`)."""
    t = table.sa_table
    counter = ctx.conn.execute(sa.select(cat.counters.c.value).where(cat.counters.c.column_id == col.id)).scalar()
    start = counter or 0
    sub = sa.select(t.c.id, (sa.func.row_number().over(order_by=(t.c._order, t.c.id)) + start).label("n")).subquery()
    ctx.conn.execute(sa.update(t).values({phys: sub.c.n}).where(t.c.id == sub.c.id))
    total = int(ctx.conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
    if counter is None:
        ctx.conn.execute(sa.insert(cat.counters).values(column_id=col.id, value=start + total))
    else:
        ctx.conn.execute(sa.update(cat.counters).where(cat.counters.c.column_id == col.id)
                         .values(value=start + total))
    return total
