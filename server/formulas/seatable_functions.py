"""The formula functions of SeaTable's reference that the core set (compiler.py) lacks, with
SeaTable's names, arguments and results: constants (e, pi), the operand functions (add,
greater, ...), more rounding and logarithms, exact/replace/rept/T/value, counts, more date
parts and weeks, xor. Registered in the same FUNCTIONS table through `function`; imported at the
end of compiler.py so the table is complete whenever the compiler is.

Every function compiles to one SQL expression for SQLite and PostgreSQL; their plain-Python
twins, against which tests check them, are in reference.py.
"""

from __future__ import annotations

import math
from typing import Any

import sqlalchemy as sa

from server.formulas.compiler import (
    ERR_DIV0,
    ERR_VALUE,
    Compiler,
    Typed,
    _const_text,
    _dates,
    _int_of,
    _nums,
    any_err,
    coalesce_bool,
    coalesce_num,
    err_lit,
    function,
    int_lit,
    is_volatile,
    num_lit,
    text_lit,
    to_bool,
    to_num,
    to_text,
)
from server.formulas.parser import BinOp, Call, FormulaError, Ref
from server.storage import dialect as F

# rept() results longer than this are #VALUE! (a formula must not fill the database).
MAX_REPT_LENGTH = 10_000


def _err_when(cond: Any, code: str) -> Any:
    return sa.case((cond, err_lit(code)), else_=sa.null())


def _denoise(x: Any) -> Any:
    """x rounded to 9 decimals: 0.3 / 0.1 is 2.9999999999999996, which must round up to 3."""
    return F.round_half_up(x, int_lit(9))


def _ceil(x: Any) -> Any:
    return -F.floor_num(-x)


# -- constants ------------------------------------------------------------------------------
@function("e", 0, 0)
def _e(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return Typed("number", num_lit(math.e), None, math.e, True)


@function("pi", 0, 0)
def _pi(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return Typed("number", num_lit(math.pi), None, math.pi, True)


# -- operands: the operators as functions -----------------------------------------------------
def _operand(op: str):
    def fn(c: Compiler, node: Call, args: list[Typed]) -> Typed:
        return c.binop(BinOp(node.start, node.end, op, node.args[0], node.args[1]))

    return fn


for _name, _op in (("add", "+"), ("subtract", "-"), ("multiply", "*"), ("divide", "/"), ("greater", ">"),
                   ("lessthan", "<"), ("greatereq", ">="), ("lessthaneq", "<="), ("equal", "="),
                   ("unequal", "<>")):
    function(_name, 2, 2)(_operand(_op))


# -- numbers -------------------------------------------------------------------------------
def _to_multiple(node: Call, args: list[Typed], up: bool) -> Typed:
    ns = _nums(node, args)
    x = ns[0]
    s = coalesce_num(ns[1]) if len(ns) > 1 else num_lit(1.0)
    xv = coalesce_num(x)
    q = _denoise(xv / sa.func.nullif(s, 0.0, type_=sa.Float()))
    whole = _ceil(q) if up else F.floor_num(q)
    wrong_sign = sa.and_(xv > 0.0, s < 0.0)
    zero = s == 0.0
    # Spreadsheet rules: a multiple of 0 is 0 going up and #DIV/0! going down; a positive number
    # with a negative significance is an error.
    val = sa.case((x.val.is_(None), sa.null()), (wrong_sign, sa.null()), (zero, 0.0 if up else sa.null()),
                  else_=whole * s + 0.0)  # + 0.0: never -0
    errs = [_err_when(sa.and_(x.val.is_not(None), wrong_sign), ERR_VALUE)]
    if not up:
        errs.append(_err_when(sa.and_(x.val.is_not(None), zero), ERR_DIV0))
    return Typed("number", val, any_err(*[n.err for n in ns], *errs), volatile=is_volatile(*ns))


@function("ceiling", 1, 2)
def _ceiling(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return _to_multiple(node, args, True)


@function("floor", 1, 2)
def _floor(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return _to_multiple(node, args, False)


@function("even", 1, 1)
def _even(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (n,) = _nums(node, args)
    # SeaTable: the nearest even number that is not smaller (even(2.14) = 4, even(-2.14) = -2).
    val = sa.case((n.val.is_(None), sa.null()), else_=2.0 * _ceil(_denoise(n.val / 2.0)))
    return Typed("number", val, n.err, volatile=n.volatile)


@function("odd", 1, 1)
def _odd(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (n,) = _nums(node, args)
    # SeaTable: the nearest odd number that is not smaller (odd(-2.14) = -1).
    val = sa.case((n.val.is_(None), sa.null()), else_=2.0 * _ceil(_denoise((n.val - 1.0) / 2.0)) + 1.0)
    return Typed("number", val, n.err, volatile=n.volatile)


@function("exp", 1, 1)
def _exp(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (n,) = _nums(node, args)
    x = coalesce_num(n)
    big = x > 709.0  # beyond the largest float: PostgreSQL would fail the whole query
    val = sa.case((big, sa.null()), else_=sa.func.exp(sa.case((big, 0.0), else_=x)))
    return Typed("number", val, any_err(n.err, _err_when(big, ERR_VALUE)), volatile=n.volatile)


def _log(node: Call, args: list[Typed]) -> Typed:
    """Base 10, or the second argument's; a number or base that is not positive, or base 1, is #VALUE!."""
    ns = _nums(node, args)
    x = coalesce_num(ns[0])
    b = coalesce_num(ns[1]) if len(ns) > 1 else None
    bad = x <= 0.0 if b is None else sa.or_(x <= 0.0, b <= 0.0, b == 1.0)
    safe_x = sa.case((bad, 1.0), else_=x)  # the logarithm of a guarded value: PostgreSQL raises on 0
    if b is None:
        val = sa.func.log10(safe_x)
    else:
        val = F.log_base(safe_x, sa.case((bad, 10.0), else_=b))
    return Typed("number", sa.case((bad, sa.null()), else_=val),
                 any_err(*[n.err for n in ns], _err_when(bad, ERR_VALUE)), volatile=is_volatile(*ns))


@function("lg", 1, 1)
def _lg(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return _log(node, args)


@function("log", 1, 2)
def _log_fn(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return _log(node, args)


@function("sign", 1, 1)
def _sign(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (n,) = _nums(node, args)
    val = sa.case((n.val.is_(None), sa.null()), (n.val > 0.0, 1.0), (n.val < 0.0, -1.0), else_=0.0)
    return Typed("number", val, n.err, volatile=n.volatile)


# -- text ----------------------------------------------------------------------------------
@function("exact", 2, 2)
def _exact(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    a, b = to_text(args[0]), to_text(args[1])
    val = sa.func.coalesce(a.val, "") == sa.func.coalesce(b.val, "")
    return Typed("bool", val, any_err(a.err, b.err), volatile=is_volatile(a, b), notnull=True)


@function("replace", 4, 4)
def _replace(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    s, new = to_text(args[0]), to_text(args[3])
    start, n = to_num(args[1], node.args[1]), to_num(args[2], node.args[2])
    text = sa.func.coalesce(s.val, "")
    st, k = _int_of(start), _int_of(n)
    bad = sa.or_(st < 1, k < 0)
    val = (F.text_substr(text, int_lit(1), st - 1) + sa.func.coalesce(new.val, "")
           + F.text_substr(text, st + k, sa.func.length(text) + 1))
    return Typed("text", sa.case((bad, sa.null()), else_=val),
                 any_err(s.err, start.err, n.err, new.err, _err_when(bad, ERR_VALUE)),
                 volatile=is_volatile(s, start, n, new))


@function("rept", 2, 2)
def _rept(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    s = to_text(args[0])
    n = to_num(args[1], node.args[1])
    text = sa.func.coalesce(s.val, "")
    k = _int_of(n)
    bad = sa.or_(k < 0, sa.func.length(text) * k > MAX_REPT_LENGTH)
    val = sa.case((bad, sa.null()), else_=F.text_repeat(text, sa.case((bad, 0.0), else_=k)))
    return Typed("text", val, any_err(s.err, n.err, _err_when(bad, ERR_VALUE)), volatile=is_volatile(s, n))


@function("T", 1, 1)
def _t(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    a = args[0]
    if a.kind == "text":
        return a
    # Anything that is not text gives empty text (SeaTable's T(), like the spreadsheets').
    return Typed("text", text_lit(""), a.err, "", a.err is None, volatile=a.volatile)


@function("value", 1, 1)
def _value(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return to_num(args[0], node.args[0])


# -- counts --------------------------------------------------------------------------------
def _filled(a: Typed) -> Any:
    if a.kind == "text":
        return sa.and_(a.val.is_not(None), a.val != "")
    return a.val.is_not(None)


def _count(args: list[Typed], filled: bool) -> Typed:
    total: Any = num_lit(0.0)
    for a in args:
        cond = _filled(a) if filled else sa.not_(_filled(a))
        total = total + sa.case((cond, 1.0), else_=0.0)
    return Typed("number", total, any_err(*[a.err for a in args]), volatile=is_volatile(*args), notnull=True)


@function("counta", 1, None)
def _counta(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return _count(args, True)


@function("countblank", 1, None)
def _countblank(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return _count(args, False)


@function("countall", 1, None)
def _countall(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    n = float(len(args))
    return Typed("number", num_lit(n), any_err(*[a.err for a in args]), n, True, volatile=is_volatile(*args))


@function("countItems", 1, 1)
def _count_items(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    arg = node.args[0]
    col = c.env.table.any_column(arg.column_id) if isinstance(arg, Ref) and arg.column_id is not None else None
    if col is None or not col.type_cls.list_value or col.type_cls.formula_computed or col.phys is None:
        raise FormulaError("countItems() counts the items of a multiple select, collaborator, file or image "
                           "column: give it one, like countItems({Tags})", arg.start, arg.end)
    if col.deleted:
        return Typed("number", sa.null(), err_lit("#REF!"))
    expr = col.type_cls.expression(c.env.t, col)
    return Typed("number", sa.cast(F.json_items(expr), sa.Float()), None, notnull=True)


# -- logic ---------------------------------------------------------------------------------
@function("xor", 1, None)
def _xor(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    bs = [to_bool(a, n) for a, n in zip(args, node.args, strict=True)]
    trues: Any = int_lit(0)
    for b in bs:
        trues = trues + sa.case((coalesce_bool(b), 1), else_=0)
    return Typed("bool", trues % 2 == 1, any_err(*[b.err for b in bs]), volatile=is_volatile(*bs), notnull=True)


# -- dates ---------------------------------------------------------------------------------
def midnight_jd(x: Any) -> Any:
    """The Julian day number of the midnight starting x's day."""
    return F.floor_num(F.jd(x) - 0.5) + 0.5


def week_start(x: Any, first_dow: int) -> Any:
    """Midnight of the first day of x's week; weeks start on first_dow (0 = Sunday)."""
    dow = F.date_part("dow", x)
    back = (dow - first_dow + 7) % 7
    return F.from_jd(midnight_jd(x) - back)


@function("second", 1, 1)
def _second(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (d,) = _dates(node, args, [0])
    return Typed("number", sa.cast(F.date_part("second", d.val), sa.Float()), d.err, volatile=d.volatile)


@function("quarter", 1, 1)
def _quarter(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (d,) = _dates(node, args, [0])
    val = (F.date_part("month", d.val) + 2) // 3
    return Typed("number", sa.cast(val, sa.Float()), d.err, volatile=d.volatile)


def _format(fmt: str):
    def fn(c: Compiler, node: Call, args: list[Typed]) -> Typed:
        (d,) = _dates(node, args, [0])
        return Typed("text", F.format_text(d.val, fmt, "date"), d.err, volatile=d.volatile)

    return fn


function("isodate", 1, 1)(_format("YYYY-MM-DD"))
function("isomonth", 1, 1)(_format("YYYY-MM"))


def _week_start_arg(node: Call, args: list[Typed], i: int) -> int:
    if len(args) <= i:
        return 0
    start = _const_text(node, i, args, "week start").strip().lower()
    if start not in ("monday", "sunday"):
        raise FormulaError(f"{node.name}(): the week starts on 'Monday' or 'Sunday'", node.args[i].start,
                           node.args[i].end)
    return 1 if start == "monday" else 0


@function("startofweek", 1, 2)
def _startofweek(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (d,) = _dates(node, args, [0])
    first = _week_start_arg(node, args, 1)
    return Typed("date", sa.case((d.val.is_(None), sa.null()), else_=week_start(d.val, first)), d.err,
                 volatile=d.volatile)


def iso_week(x: Any) -> Any:
    """ISO 8601 week number: the week (Monday first) counted in the year of its Thursday."""
    thursday = F.from_jd(midnight_jd(x) - (F.date_part("dow", x) + 6) % 7 + 3)
    return (F.date_part("doy", thursday) - 1) // 7 + 1


@function("isoweeknum", 1, 1)
def _isoweeknum(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (d,) = _dates(node, args, [0])
    return Typed("number", sa.cast(iso_week(d.val), sa.Float()), d.err, volatile=d.volatile)


@function("hours", 2, 2)
def _hours(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    a, b = _dates(node, args, [0, 1])

    def whole_hours(x: Any) -> Any:
        return F.floor_num(F.round_half_up(F.jd(x) * 24.0, int_lit(6)))

    val = sa.case((sa.or_(a.val.is_(None), b.val.is_(None)), sa.null()),
                  else_=whole_hours(b.val) - whole_hours(a.val))
    return Typed("number", val, any_err(a.err, b.err), volatile=is_volatile(a, b))


@function("months", 2, 2)
def _months(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    a, b = _dates(node, args, [0, 1])

    def index(x: Any) -> Any:
        return F.date_part("year", x) * 12 + F.date_part("month", x)

    val = sa.case((sa.or_(a.val.is_(None), b.val.is_(None)), sa.null()),
                  else_=sa.cast(index(b.val) - index(a.val), sa.Float()))
    return Typed("number", val, any_err(a.err, b.err), volatile=is_volatile(a, b))
