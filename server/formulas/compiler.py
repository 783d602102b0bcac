"""Typed compilation of a formula tree to one SQLAlchemy expression (SQLite and PostgreSQL).

Every node compiles to a `Typed`: a kind (number, text, date, bool), the SQL value, and an
SQL error expression (NULL when the row has no error, else '#DIV/0!' or '#VALUE!'), or None
when no error can happen. Errors travel beside values, so `iferror` can catch them, and are
folded into the final cell value by `encode`: text results show the error text; number
results carry +inf (#DIV/0!) or -inf (#VALUE!); date results carry a sentinel far-future
timestamp; see docs/decisions/0009-formula-results-stored-or-computed.md.

Mistakes a user can fix in the formula text (syntax, unknown functions or columns, wrong
argument counts, impossible types) raise FormulaError with a position; the API answers 422.
"""

from __future__ import annotations

import collections
import datetime as dt
import difflib
import functools
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from server.columns.base import FORMULA_KINDS
from server.formulas.parser import BinOp, Bool, Call, FormulaError, Node, Num, Ref, Str, Unary, parse, walk
from server.storage import dialect as F
from server.storage.dialect import fold

if TYPE_CHECKING:
    from server.catalog.model import BaseSchema, ColumnMeta, TableMeta

KINDS = FORMULA_KINDS
ERR_DIV0 = "#DIV/0!"
ERR_VALUE = "#VALUE!"
ERR_REF = "#REF!"
ERR_NAME = "#NAME?"
ERRORS = (ERR_DIV0, ERR_VALUE, ERR_REF, ERR_NAME)
# Date results that failed are stored as these instants (never real dates people enter).
DATE_SENTINELS = {
    ERR_DIV0: dt.datetime(9999, 12, 31, 23, 59, 56),
    ERR_VALUE: dt.datetime(9999, 12, 31, 23, 59, 57),
    ERR_REF: dt.datetime(9999, 12, 31, 23, 59, 58),
    ERR_NAME: dt.datetime(9999, 12, 31, 23, 59, 59),
}
MAX_DEPTH = 12  # formulas referencing formulas referencing ...


@dataclass
class Typed:
    kind: str
    val: Any
    err: Any = None
    const: Any = None  # the Python value of a literal
    is_const: bool = False
    volatile: bool = False  # uses today() or now()
    notnull: bool = False  # never NULL (comparisons of coalesced values): no coalesce needed

    @property
    def blank_literal(self) -> bool:
        return self.is_const and self.const == "" and self.kind == "text"


@dataclass
class Env:
    """Where a formula is compiled: the base's schema, its table, and the FROM item giving the row."""

    schema: BaseSchema
    table: TableMeta
    t: Any  # sa.Table or an alias of it
    visiting: tuple[int, ...] = ()


def table_meta(t: Any) -> TableMeta:
    """The TableMeta behind a physical table or an alias of it."""
    base = getattr(t, "element", t)
    while hasattr(base, "element") and not isinstance(base, sa.Table):
        base = base.element
    return base.info["tablo"]


# -- small SQL helpers ------------------------------------------------------------------------
def num_lit(v: float) -> Any:
    if not math.isfinite(v):
        raise FormulaError("this number is too large")
    # Numbers are inlined (they are floats we formatted); text always travels as a bound parameter.
    text = repr(float(v))
    return sa.literal_column(f"({text})" if text.startswith("-") else text, sa.Float())


def int_lit(v: int) -> Any:
    return sa.literal_column(str(int(v)), sa.Integer())


def text_lit(v: str) -> Any:
    return sa.cast(sa.literal(v, sa.Text()), sa.Text())


def err_lit(code: str) -> Any:
    return text_lit(code)


def any_err(*errs: Any) -> Any:
    present = [e for e in errs if e is not None]
    if not present:
        return None
    if len(present) == 1:
        return present[0]
    return sa.func.coalesce(*present)


def null_of(kind: str) -> Any:
    return sa.null()


def error_typed(kind: str, code: str) -> Typed:
    return Typed(kind, null_of(kind), err_lit(code))


# -- coercions --------------------------------------------------------------------------------
def to_num(x: Typed, node: Node) -> Typed:
    if x.kind == "number":
        return x
    if x.kind == "bool":
        return replace(x, kind="number", val=sa.case((x.val, 1.0), else_=0.0), is_const=False)
    if x.kind == "text":
        if x.is_const:
            s = str(x.const).strip()
            if s == "":
                return Typed("number", sa.null(), x.err)
            try:
                return Typed("number", num_lit(float(s)), x.err, float(s), True)
            except ValueError:
                return Typed("number", sa.null(), any_err(x.err, err_lit(ERR_VALUE)))
        v = x.val
        bad = sa.and_(v.is_not(None), sa.func.trim(v) != "", sa.not_(F.is_number_text(v)))
        val = sa.case((sa.and_(v.is_not(None), F.is_number_text(v)), F.text_to_number(v)), else_=sa.null())
        return Typed("number", val, any_err(x.err, sa.case((bad, err_lit(ERR_VALUE)), else_=sa.null())),
                     volatile=x.volatile)
    raise FormulaError("a date cannot be used as a number here; use dateDif or year/month/day", node.start, node.end)


def to_text(x: Typed) -> Typed:
    if x.kind == "text":
        return x
    if x.kind == "number":
        if x.is_const:
            return Typed("text", text_lit(F.python_num_text(x.const) or ""), x.err, F.python_num_text(x.const), True)
        return replace(x, kind="text", val=F.num_text(x.val), is_const=False)
    if x.kind == "bool":
        return replace(x, kind="text", val=sa.case((x.val, "true"), else_="false"), is_const=False)
    return replace(x, kind="text", val=F.format_text(x.val, "YYYY-MM-DD", "date"), is_const=False)


def to_bool(x: Typed, node: Node) -> Typed:
    """A value as a condition, SeaTable's way: true when it is there, not empty and not zero
    (text that reads as a number counts as that number; a date is true when there is one)."""
    if x.kind == "bool":
        return x
    if x.kind == "number":
        return replace(x, kind="bool", val=sa.func.coalesce(x.val, 0.0) != 0.0, is_const=False)
    if x.kind == "text":
        if x.is_const:
            s = str(x.const or "").strip()
            try:
                truth = float(s) != 0.0 if s else False
            except ValueError:
                truth = True
            return Typed("bool", sa.true() if truth else sa.false(), x.err, truth, True)
        v = x.val
        as_num = sa.case((F.is_number_text(v), F.text_to_number(v)), else_=sa.null())
        val = sa.and_(v.is_not(None), sa.func.trim(v) != "", sa.func.coalesce(as_num, 1.0) != 0.0)
        return Typed("bool", val, x.err, volatile=x.volatile, notnull=True)
    return replace(x, kind="bool", val=x.val.is_not(None), is_const=False, notnull=True)


def to_date(x: Typed, node: Node) -> Typed:
    if x.kind == "date":
        return x
    if x.kind == "text" and x.is_const:
        from server.columns.base import CellError
        from server.columns.dates import parse_date

        try:
            d = parse_date(str(x.const))
        except CellError:
            raise FormulaError(f"{x.const!r} is not a date", node.start, node.end) from None
        return Typed("date", F.date_literal(d), None, d, True)
    raise FormulaError(f"expected a date, got {x.kind}", node.start, node.end)


def coalesce_num(x: Typed) -> Any:
    if (x.is_const and x.const is not None) or x.notnull:
        return x.val
    return sa.func.coalesce(x.val, 0.0)


def coalesce_bool(x: Typed) -> Any:
    if (x.is_const and x.const is not None) or x.notnull:
        return x.val
    return sa.func.coalesce(x.val, sa.false())


def unify(items: list[Typed], nodes: list[Node]) -> tuple[str, list[Typed]]:
    """One kind for the branches of if/ifs/switch/iferror; '' counts as blank of any kind."""
    kinds = {i.kind for i in items if not i.blank_literal}
    if not kinds:
        return "text", items
    if len(kinds) == 1:
        kind = kinds.pop()
    elif kinds == {"number", "bool"}:
        kind = "number"
    else:
        kind = "text"
    out = []
    for item, node in zip(items, nodes, strict=True):
        if item.blank_literal and kind != "text":
            out.append(Typed(kind, sa.null(), item.err))
        elif kind == "number":
            out.append(to_num(item, node))
        elif kind == "text":
            out.append(to_text(item))
        else:
            out.append(item)
    return kind, out


def is_volatile(*xs: Typed) -> bool:
    return any(x.volatile for x in xs)


# -- the compiler -----------------------------------------------------------------------------
class Compiler:
    def __init__(self, env: Env) -> None:
        self.env = env

    def compile(self, node: Node) -> Typed:
        if isinstance(node, Num):
            return Typed("number", num_lit(node.value), None, node.value, True)
        if isinstance(node, Str):
            return Typed("text", text_lit(node.value), None, node.value, True)
        if isinstance(node, Bool):
            return Typed("bool", sa.true() if node.value else sa.false(), None, node.value, True)
        if isinstance(node, Ref):
            return self.ref(node)
        if isinstance(node, Unary):
            x = to_num(self.compile(node.operand), node.operand)
            if node.op == "+":
                return x
            if x.is_const:
                return Typed("number", num_lit(-x.const), x.err, -x.const, True)
            return replace(x, val=-coalesce_num(x), is_const=False)
        if isinstance(node, BinOp):
            return self.binop(node)
        if isinstance(node, Call):
            spec = FUNCTIONS.get(node.name.lower())
            if spec is None:
                near = difflib.get_close_matches(node.name.lower(), FUNCTIONS, n=1, cutoff=0.75)
                hint = f"; did you mean {FUNCTION_NAMES[near[0]]}()?" if near else ""
                raise FormulaError(f"unknown function {node.name}(){hint}", node.start, node.start + len(node.name))
            lo, hi, fn = spec
            n = len(node.args)
            if n < lo or (hi is not None and n > hi):
                want = str(lo) if lo == hi else (f"{lo} to {hi}" if hi is not None else f"at least {lo}")
                plural = "" if want.split()[-1] == "1" else "s"
                raise FormulaError(f"{node.name}() takes {want} argument{plural}, got {n}",
                                   node.start, node.end)
            return fn(self, node, [self.compile(a) for a in node.args])
        raise FormulaError("cannot read this part of the formula", node.start, node.end)  # pragma: no cover

    # -- references ---------------------------------------------------------------------
    def ref(self, node: Ref) -> Typed:
        table = self.env.table
        col = table.any_column(node.column_id) if node.column_id is not None else None
        if col is None or col.deleted:
            return error_typed("text", ERR_REF)
        return column_typed(self.env, col)

    # -- operators ----------------------------------------------------------------------
    def binop(self, node: BinOp) -> Typed:
        a, b = self.compile(node.left), self.compile(node.right)
        op = node.op
        if op == "&":
            ta, tb = to_text(a), to_text(b)
            return Typed("text", sa.func.coalesce(ta.val, "").concat(sa.func.coalesce(tb.val, "")),
                         any_err(a.err, b.err), volatile=is_volatile(a, b))
        if op in ("=", "<>", "!=", "<", ">", "<=", ">="):
            return self.compare(node, op, a, b)
        if op in ("+", "-") and (a.kind == "date" or b.kind == "date"):
            return self.date_arith(node, op, a, b)
        na, nb = to_num(a, node.left), to_num(b, node.right)
        err = any_err(na.err, nb.err)
        vol = is_volatile(na, nb)
        x, y = coalesce_num(na), coalesce_num(nb)
        if op == "+":
            return Typed("number", x + y, err, volatile=vol)
        if op == "-":
            return Typed("number", x - y, err, volatile=vol)
        if op == "*":
            return Typed("number", x * y, err, volatile=vol)
        if op == "/":
            zero = y == 0.0
            return Typed("number", x / sa.func.nullif(y, 0.0, type_=sa.Float()),
                         any_err(err, sa.case((zero, err_lit(ERR_DIV0)), else_=sa.null())), volatile=vol)
        if op == "^":
            return power(x, y, err, vol)
        raise FormulaError(f"unknown operator {op}", node.start, node.end)  # pragma: no cover

    def date_arith(self, node: BinOp, op: str, a: Typed, b: Typed) -> Typed:
        err = any_err(a.err, b.err)
        vol = is_volatile(a, b)
        if a.kind == "date" and b.kind == "date":
            if op == "+":
                raise FormulaError("two dates cannot be added", node.start, node.end)
            return Typed("number", F.jd(a.val) - F.jd(b.val), err, volatile=vol)
        if a.kind == "date":
            n = to_num(b, node.right)
            days = coalesce_num(n) if op == "+" else -coalesce_num(n)
            return Typed("date", F.from_jd(F.jd(a.val) + days), any_err(err, n.err), volatile=vol)
        if op == "-":
            raise FormulaError("a date cannot be subtracted from a number", node.start, node.end)
        n = to_num(a, node.left)
        return Typed("date", F.from_jd(F.jd(b.val) + coalesce_num(n)), any_err(err, n.err), volatile=vol)

    def compare(self, node: BinOp, op: str, a: Typed, b: Typed) -> Typed:
        kinds = {a.kind, b.kind}
        if kinds == {"text"}:
            x = a.val if a.is_const else sa.func.coalesce(a.val, "")
            y = b.val if b.is_const else sa.func.coalesce(b.val, "")
        elif "date" in kinds:
            da, db_ = to_date(a, node.left), to_date(b, node.right)
            x, y = da.val, db_.val
        elif kinds == {"bool"}:
            x, y = coalesce_bool(a), coalesce_bool(b)
        else:
            na, nb = to_num(a, node.left), to_num(b, node.right)
            a, b = na, nb
            x, y = coalesce_num(na), coalesce_num(nb)
        ops: dict[str, Callable[[Any, Any], Any]] = {
            "=": lambda p, q: p == q, "<>": lambda p, q: p != q, "!=": lambda p, q: p != q,
            "<": lambda p, q: p < q, ">": lambda p, q: p > q, "<=": lambda p, q: p <= q, ">=": lambda p, q: p >= q,
        }
        # Both sides were made non-NULL above except dates, where NULL compares as false.
        return Typed("bool", ops[op](x, y), any_err(a.err, b.err), volatile=is_volatile(a, b),
                     notnull="date" not in kinds)


def power(x: Any, y: Any, err: Any, vol: bool) -> Typed:
    # PostgreSQL raises (and SQLite returns NULL) where Excel shows an error: guard first.
    neg_frac = sa.and_(x < 0.0, y != F.floor_num(y))
    zero_neg = sa.and_(x == 0.0, y < 0.0)
    too_big = sa.and_(x != 0.0, y * sa.func.ln(sa.func.abs(sa.case((x == 0.0, 1.0), else_=x))) > 700.0)
    bad = sa.or_(neg_frac, too_big)
    val = sa.case((bad, sa.null()), (zero_neg, sa.null()), else_=sa.func.power(x, y))
    e = sa.case((zero_neg, err_lit(ERR_DIV0)), (bad, err_lit(ERR_VALUE)), else_=sa.null())
    return Typed("number", val, any_err(err, e), volatile=vol)


# -- columns as formula values ----------------------------------------------------------------
def column_typed(env: Env, col: ColumnMeta) -> Typed:
    """The value of a column of env.table in the row env.t, typed.

    Memoised per loaded schema (a new schema, after any change, starts afresh): computed
    columns refer to each other in chains, and typing each reference again is exponential
    in the chain's depth. Formulas are acyclic (cycles are refused when saved), so the
    typing of a column depends only on the row source and on whether the column itself is
    being computed live (it is in `visiting`), which is the key.
    """
    memo = _typing_memo(env.schema)
    key = (env.t, col.id, col.id in env.visiting, len(env.visiting) > MAX_DEPTH)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = _column_typed(env, col)
    return hit


_MEMO_LOCK = threading.Lock()
MEMO_DATES = 16


def _typing_memo(schema: Any) -> dict:
    """The schema's typing memo for the read in progress. Reads as of a date type today() and
    which linked rows count differently (server/query/asof.py), and a schema cached across
    midnight must not keep yesterday's today(): one memo per (as-of date, today), the most
    recently used few kept, so many dates (a series by period end) cannot grow it for ever."""
    from server.query import asof

    day = (asof.current(), asof.today())
    with _MEMO_LOCK:
        memos = schema.__dict__.setdefault("_typed_memos", collections.OrderedDict())
        memo = memos.get(day)
        if memo is None:
            memo = memos[day] = {}
            while len(memos) > MEMO_DATES:
                memos.popitem(last=False)
        else:
            memos.move_to_end(day)
        return memo


def _column_typed(env: Env, col: ColumnMeta) -> Typed:
    """A column as formulas see it: computed types (and links) build their own value; every
    other type's stored value becomes a value of its `formula_kind` (`formula_value`)."""
    t = env.t
    ctype = col.type_cls
    if ctype.formula_computed:
        if col.phys is not None and col.id not in env.visiting:
            from server.formulas.stored import reads_stored, stored_kind

            if reads_stored(env.schema, col):
                return stored_typed(env, col, t.c[col.phys], stored_kind(col))
        if col.id in env.visiting or len(env.visiting) > MAX_DEPTH:
            return error_typed("text", ERR_REF)
        return ctype.formula_typed(replace(env, visiting=(*env.visiting, col.id)), col)
    if ctype.system_column is None and col.phys is None:
        return error_typed("text", ERR_REF)
    return Typed(ctype.formula_kind, ctype.formula_value(ctype.expression(t, col), col))


def stored_typed(env: Env, col: ColumnMeta, expr: Any, kind: str) -> Typed:
    """A stored computed value read back: error sentinels become errors again (when it can have any)."""
    if kind in ("text", "bool"):
        return Typed(kind, expr)
    try:
        live = col.type_cls.formula_typed(replace(env, visiting=(*env.visiting, col.id)), col)
    except FormulaError:
        live = None
    if live is not None and live.err is None:
        return Typed(kind, expr)
    if kind == "number":
        err = sa.case((expr == F.pos_inf(), err_lit(ERR_DIV0)), (expr == F.neg_inf(), err_lit(ERR_VALUE)),
                      else_=sa.null())
        return Typed(kind, expr, err)
    whens = [(expr == F.date_literal(when), err_lit(code)) for code, when in DATE_SENTINELS.items()]
    return Typed(kind, expr, sa.case(*whens, else_=sa.null()))


# -- functions --------------------------------------------------------------------------------
Fn = Callable[[Compiler, Call, list[Typed]], Typed]
FUNCTIONS: dict[str, tuple[int, int | None, Fn]] = {}
FUNCTION_NAMES: dict[str, str] = {}  # lower case → as documented (dateAdd, countItems)


def function(name: str, lo: int, hi: int | None) -> Callable[[Fn], Fn]:
    def deco(fn: Fn) -> Fn:
        FUNCTIONS[name.lower()] = (lo, hi, fn)
        FUNCTION_NAMES[name.lower()] = name
        return fn

    return deco


def _nums(node: Call, args: list[Typed]) -> list[Typed]:
    return [to_num(a, n) for a, n in zip(args, node.args, strict=True)]


def _const_text(node: Call, i: int, args: list[Typed], what: str) -> str:
    a = args[i]
    if not (a.is_const and a.kind == "text"):
        raise FormulaError(f"{node.name}(): the {what} must be written as text in quotes",
                           node.args[i].start, node.args[i].end)
    return str(a.const)


# logic
@function("if", 2, 3)
def _if(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    cond = to_bool(args[0], node.args[0])
    branches = args[1:] if len(args) == 3 else [args[1], Typed("text", text_lit(""), None, "", True)]
    kind, (a, b) = unify(branches, node.args[1:] if len(args) == 3 else [node.args[1], node])
    val = sa.case((cond.val, a.val), else_=b.val)
    err = None
    if any(x is not None for x in (cond.err, a.err, b.err)):
        err = sa.case((cond.err.is_not(None), cond.err) if cond.err is not None else (sa.false(), sa.null()),
                      (cond.val, a.err if a.err is not None else sa.null()),
                      else_=b.err if b.err is not None else sa.null())
    return Typed(kind, val, err, volatile=is_volatile(cond, a, b))


@function("ifs", 2, None)
def _ifs(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    if len(args) % 2:
        raise FormulaError("ifs() takes pairs of condition and value", node.start, node.end)
    conds = [to_bool(args[i], node.args[i]) for i in range(0, len(args), 2)]
    kind, vals = unify([args[i] for i in range(1, len(args), 2)], [node.args[i] for i in range(1, len(args), 2)])
    val = sa.case(*[(cd.val, v.val) for cd, v in zip(conds, vals, strict=True)], else_=sa.null())
    errs = [x.err for x in conds + vals]
    err = None
    if any(e is not None for e in errs):
        whens = []
        for cd, v in zip(conds, vals, strict=True):
            if cd.err is not None:
                whens.append((cd.err.is_not(None), cd.err))
            whens.append((cd.val, v.err if v.err is not None else sa.null()))
        err = sa.case(*whens, else_=sa.null())
    return Typed(kind, val, err, volatile=is_volatile(*conds, *vals))


@function("switch", 3, None)
def _switch(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    subject = args[0]
    rest, rest_nodes = args[1:], node.args[1:]
    default = None
    if len(rest) % 2:
        default, default_node = rest[-1], rest_nodes[-1]
        rest, rest_nodes = rest[:-1], rest_nodes[:-1]
    conds = []
    for i in range(0, len(rest), 2):
        fake = BinOp(rest_nodes[i].start, rest_nodes[i].end, "=", node.args[0], rest_nodes[i])
        conds.append(c.compare(fake, "=", subject, rest[i]))
    results, result_nodes = rest[1::2], rest_nodes[1::2]
    if default is not None:
        results, result_nodes = [*results, default], [*result_nodes, default_node]
    kind, vals = unify(results, result_nodes)
    whens = [(cd.val, v.val) for cd, v in zip(conds, vals, strict=False)]
    val = sa.case(*whens, else_=vals[-1].val if default is not None else sa.null())
    errs = [x.err for x in conds + vals]
    err = None
    if any(e is not None for e in errs):
        ewhens = []
        for cd, v in zip(conds, vals, strict=False):
            if cd.err is not None:
                ewhens.append((cd.err.is_not(None), cd.err))
            ewhens.append((cd.val, v.err if v.err is not None else sa.null()))
        last = vals[-1].err if default is not None and vals[-1].err is not None else sa.null()
        err = sa.case(*ewhens, else_=last)
    return Typed(kind, val, err, volatile=is_volatile(*conds, *vals))


def _bools(node: Call, args: list[Typed]) -> list[Typed]:
    return [to_bool(a, n) for a, n in zip(args, node.args, strict=True)]


@function("and", 1, None)
def _and(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    bs = _bools(node, args)
    return Typed("bool", sa.and_(*[coalesce_bool(b) for b in bs]), any_err(*[b.err for b in bs]),
                 volatile=is_volatile(*bs), notnull=True)


@function("or", 1, None)
def _or(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    bs = _bools(node, args)
    return Typed("bool", sa.or_(*[coalesce_bool(b) for b in bs]), any_err(*[b.err for b in bs]),
                 volatile=is_volatile(*bs), notnull=True)


@function("not", 1, 1)
def _not(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    b = to_bool(args[0], node.args[0])
    return Typed("bool", sa.not_(coalesce_bool(b)), b.err, volatile=b.volatile, notnull=True)


@function("true", 0, 0)
def _true(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return Typed("bool", sa.true(), None, True, True)


@function("false", 0, 0)
def _false(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return Typed("bool", sa.false(), None, False, True)


@function("isblank", 1, 1)
def _isblank(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    a = args[0]
    if a.kind == "text":
        return Typed("bool", sa.or_(a.val.is_(None), a.val == ""), None, volatile=a.volatile)
    return Typed("bool", a.val.is_(None), None, volatile=a.volatile)


@function("iferror", 2, 2)
def _iferror(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    kind, (a, b) = unify(args, node.args)
    if a.err is None:
        return a
    ok = a.err.is_(None)
    err = None if b.err is None else sa.case((ok, sa.null()), else_=b.err)
    return Typed(kind, sa.case((ok, a.val), else_=b.val), err, volatile=is_volatile(a, b))


# numbers
@function("round", 1, 2)
def _round(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    ns = _nums(node, args)
    digits = F.floor_num(coalesce_num(ns[1])) if len(ns) > 1 else int_lit(0)
    return Typed("number", sa.case((ns[0].val.is_(None), sa.null()), else_=F.round_half_up(ns[0].val, digits)),
                 any_err(*[n.err for n in ns]), volatile=is_volatile(*ns))


def _round_dir(node: Call, args: list[Typed], up: bool) -> Typed:
    ns = _nums(node, args)
    x = ns[0].val
    digits = F.floor_num(coalesce_num(ns[1])) if len(ns) > 1 else int_lit(0)
    scale = sa.func.power(10.0, digits)
    # Round away float noise first (1.1 * 10 is 11.000000000000002), then cut.
    scaled = F.round_half_up(sa.func.abs(x) * scale, int_lit(9))
    cut = -F.floor_num(-scaled) if up else F.floor_num(scaled)
    sign = sa.case((x < 0.0, -1.0), else_=1.0)
    return Typed("number", sa.case((x.is_(None), sa.null()), else_=sign * cut / scale),
                 any_err(*[n.err for n in ns]), volatile=is_volatile(*ns))


@function("roundup", 1, 2)
def _roundup(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return _round_dir(node, args, True)


@function("rounddown", 1, 2)
def _rounddown(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return _round_dir(node, args, False)


@function("abs", 1, 1)
def _abs(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (n,) = _nums(node, args)
    return replace(n, val=sa.func.abs(n.val), is_const=False)


@function("int", 1, 1)
def _int(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (n,) = _nums(node, args)
    return replace(n, val=F.floor_num(n.val), is_const=False)


@function("mod", 2, 2)
def _mod(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    a, b = _nums(node, args)
    x, y = coalesce_num(a), coalesce_num(b)
    zero = y == 0.0
    # The result takes the divisor's sign, as in spreadsheets.
    val = sa.case((zero, sa.null()), else_=x - y * F.floor_num(x / y))
    return Typed("number", val, any_err(a.err, b.err, sa.case((zero, err_lit(ERR_DIV0)), else_=sa.null())),
                 volatile=is_volatile(a, b))


@function("power", 2, 2)
def _power(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    a, b = _nums(node, args)
    return power(coalesce_num(a), coalesce_num(b), any_err(a.err, b.err), is_volatile(a, b))


@function("sqrt", 1, 1)
def _sqrt(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (n,) = _nums(node, args)
    x = coalesce_num(n)
    neg = x < 0.0
    return Typed("number", sa.case((neg, sa.null()), else_=sa.func.sqrt(sa.case((neg, 0.0), else_=x))),
                 any_err(n.err, sa.case((neg, err_lit(ERR_VALUE)), else_=sa.null())), volatile=n.volatile)


@function("max", 1, None)
def _max(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    ns = _nums(node, args)
    val = ns[0].val if len(ns) == 1 else F.greatest(*[n.val for n in ns])
    return Typed("number", val, any_err(*[n.err for n in ns]), volatile=is_volatile(*ns))


@function("min", 1, None)
def _min(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    ns = _nums(node, args)
    val = ns[0].val if len(ns) == 1 else F.least(*[n.val for n in ns])
    return Typed("number", val, any_err(*[n.err for n in ns]), volatile=is_volatile(*ns))


@function("sum", 1, None)
def _sum(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    ns = _nums(node, args)
    total = coalesce_num(ns[0])
    for n in ns[1:]:
        total = total + coalesce_num(n)
    return Typed("number", total, any_err(*[n.err for n in ns]), volatile=is_volatile(*ns))


@function("average", 1, None)
def _average(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    ns = _nums(node, args)
    total = coalesce_num(ns[0])
    count = sa.case((ns[0].val.is_(None), 0.0), else_=1.0)
    for n in ns[1:]:
        total = total + coalesce_num(n)
        count = count + sa.case((n.val.is_(None), 0.0), else_=1.0)
    zero = count == 0.0
    return Typed("number", sa.case((zero, sa.null()), else_=total / count),
                 any_err(*[n.err for n in ns], sa.case((zero, err_lit(ERR_DIV0)), else_=sa.null())),
                 volatile=is_volatile(*ns))


# text
@function("concatenate", 1, None)
def _concatenate(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    ts = [to_text(a) for a in args]
    val = sa.func.coalesce(ts[0].val, "")
    for t in ts[1:]:
        val = val.concat(sa.func.coalesce(t.val, ""))
    return Typed("text", val, any_err(*[t.err for t in ts]), volatile=is_volatile(*ts))


def _count_arg(c: Compiler, node: Call, args: list[Typed], i: int, default: int) -> Typed:
    if len(args) <= i:
        return Typed("number", int_lit(default), None, default, True)
    return to_num(args[i], node.args[i])


def _int_of(x: Typed) -> Any:
    return F.floor_num(coalesce_num(x))


@function("left", 1, 2)
def _left(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    s = to_text(args[0])
    n = _count_arg(c, node, args, 1, 1)
    neg = _int_of(n) < 0
    val = sa.case((neg, sa.null()), else_=F.text_substr(sa.func.coalesce(s.val, ""), int_lit(1), _int_of(n)))
    return Typed("text", val, any_err(s.err, n.err, sa.case((neg, err_lit(ERR_VALUE)), else_=sa.null())),
                 volatile=is_volatile(s, n))


@function("right", 1, 2)
def _right(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    s = to_text(args[0])
    n = _count_arg(c, node, args, 1, 1)
    neg = _int_of(n) < 0
    val = sa.case((neg, sa.null()), else_=F.text_right(sa.func.coalesce(s.val, ""), _int_of(n)))
    return Typed("text", val, any_err(s.err, n.err, sa.case((neg, err_lit(ERR_VALUE)), else_=sa.null())),
                 volatile=is_volatile(s, n))


@function("mid", 3, 3)
def _mid(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    s = to_text(args[0])
    start, n = to_num(args[1], node.args[1]), to_num(args[2], node.args[2])
    bad = sa.or_(_int_of(start) < 1, _int_of(n) < 0)
    val = sa.case((bad, sa.null()), else_=F.text_substr(sa.func.coalesce(s.val, ""), _int_of(start), _int_of(n)))
    return Typed("text", val, any_err(s.err, start.err, n.err, sa.case((bad, err_lit(ERR_VALUE)), else_=sa.null())),
                 volatile=is_volatile(s, start, n))


@function("len", 1, 1)
def _len(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    s = to_text(args[0])
    return Typed("number", sa.cast(sa.func.length(sa.func.coalesce(s.val, "")), sa.Float()), s.err,
                 volatile=s.volatile)


@function("lower", 1, 1)
def _lower(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    s = to_text(args[0])
    return replace(s, val=F.text_lower(s.val), is_const=False)


@function("upper", 1, 1)
def _upper(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    s = to_text(args[0])
    return replace(s, val=F.text_upper(s.val), is_const=False)


@function("trim", 1, 1)
def _trim(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    s = to_text(args[0])
    return replace(s, val=sa.func.trim(s.val), is_const=False)


@function("substitute", 3, 4)
def _substitute(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    s, old, new = (to_text(a) for a in args[:3])
    nth = _count_arg(c, node, args, 3, 0)
    empty_old = sa.func.coalesce(old.val, "") == ""
    everywhere = sa.func.replace(s.val, old.val, sa.func.coalesce(new.val, ""))
    # An index (SeaTable's fourth argument) replaces only that occurrence; 0 or none: all of them.
    # replace() with an empty search text loops forever on some engines: leave the text as is.
    if nth.is_const and nth.const is not None and math.floor(nth.const) <= 0:
        val = sa.case((empty_old, s.val), else_=everywhere)
    else:
        k = _int_of(nth)
        one = F.replace_nth(s.val, old.val, sa.func.coalesce(new.val, ""), sa.case((k < 1, 1.0), else_=k))
        val = sa.case((empty_old, s.val), (k < 1, everywhere), else_=one)
    return Typed("text", val, any_err(s.err, old.err, new.err, nth.err), volatile=is_volatile(s, old, new, nth))


def _find(c: Compiler, node: Call, args: list[Typed], fold_case: bool) -> Typed:
    needle, hay = to_text(args[0]), to_text(args[1])
    start = _count_arg(c, node, args, 2, 1)
    n, h = sa.func.coalesce(needle.val, ""), sa.func.coalesce(hay.val, "")
    if fold_case:
        n, h = fold(n), fold(h)
    s = sa.case((_int_of(start) < 1, 1.0), else_=_int_of(start))
    pos = F.text_position(n, F.text_substr(h, s, sa.func.length(h) + 1))
    val = sa.cast(sa.case((pos > 0, pos + s - 1), else_=0), sa.Float())
    return Typed("number", val, any_err(needle.err, hay.err, start.err), volatile=is_volatile(needle, hay, start))


@function("find", 2, 3)
def _find_cs(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return _find(c, node, args, False)


@function("search", 2, 3)
def _search(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    return _find(c, node, args, True)


# SeaTable's text() formats by name: prefix, factor, suffix.
SEATABLE_TEXT_FORMATS = {"number": ("", 1, ""), "percent": ("", 100, "%"), "dollar": ("$", 1, ""),
                         "euro": ("€", 1, ""), "yuan": ("¥", 1, "")}


@function("text", 2, 2)
def _text(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    fmt = _const_text(node, 1, args, "format")
    a = args[0]
    if a.kind == "date":
        if fmt not in F.DATE_FORMATS:
            raise FormulaError(f"unknown date format {fmt!r}; use one of {', '.join(F.DATE_FORMATS)}",
                               node.args[1].start, node.args[1].end)
        return Typed("text", F.format_text(a.val, fmt, "date"), a.err, volatile=a.volatile)
    n = to_num(a, node.args[0])
    named = SEATABLE_TEXT_FORMATS.get(fmt.strip().lower())
    if named is not None:
        # SeaTable's named formats: the number as it is, with a sign (percent: times 100).
        prefix, times, suffix = named
        shown = F.num_text(n.val * times if times != 1 else n.val)
        val = sa.case((n.val.is_(None), sa.null()), else_=text_lit(prefix) + shown + text_lit(suffix))
        return Typed("text", val, n.err, volatile=n.volatile)
    if fmt not in F.NUMBER_FORMATS:
        raise FormulaError(f"unknown number format {fmt!r}; use one of {', '.join(F.NUMBER_FORMATS)}, "
                           f"{', '.join(SEATABLE_TEXT_FORMATS)}", node.args[1].start, node.args[1].end)
    return Typed("text", F.format_text(n.val, fmt, "number"), n.err, volatile=n.volatile)


# dates
def _dates(node: Call, args: list[Typed], idx: list[int]) -> list[Typed]:
    return [to_date(args[i], node.args[i]) for i in idx]


@function("today", 0, 0)
def _today(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    # Today (UTC) as a parameter of the query being built: one value per statement, cheaper than
    # the database working it out for every row.
    # Under a read "as of a date" it is that date (server/query/asof.py).
    from server.query import asof

    return Typed("date", sa.literal(asof.today(), sa.DateTime()), None, volatile=True, notnull=True)


@function("now", 0, 0)
def _now(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    # The server's clock, like today(): one clock for Python and both databases (PostgreSQL's
    # now() is its own server's), so a test that fixes the time (faketime) fixes it everywhere.
    # As of a date, the end of that day.
    from server.query import asof

    return Typed("date", sa.literal(asof.now(), sa.DateTime()), None, volatile=True, notnull=True)


def _month_index(y: Any, m: Any) -> Any:
    return y * 12 + (m - 1)


@function("date", 3, 3)
def _date(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    y, m, d = _nums(node, args)
    raw_y, mv = coalesce_num(y), coalesce_num(m)
    # A year written with two digits (0 to 99) is in the 1900s, as in SeaTable and spreadsheets.
    yv = sa.case((sa.and_(raw_y >= 0.0, raw_y < 100.0), raw_y + 1900.0), else_=raw_y)
    # Years outside 1..9999 are an error in the cell (PostgreSQL would refuse the whole query).
    ok = sa.and_(yv >= 1.0, yv < 10000.0, mv > -120000.0, mv < 120000.0)
    val = sa.case((ok, F.make_date(yv, mv, coalesce_num(d))), else_=sa.null())
    return Typed("date", val, any_err(y.err, m.err, d.err, sa.case((ok, sa.null()), else_=err_lit(ERR_VALUE))),
                 volatile=is_volatile(y, m, d))


def _part(name: str) -> Fn:
    def fn(c: Compiler, node: Call, args: list[Typed]) -> Typed:
        (d,) = _dates(node, args, [0])
        return Typed("number", sa.cast(F.date_part(name, d.val), sa.Float()), d.err, volatile=d.volatile)

    return fn


for _name in ("year", "month", "day", "hour", "minute"):
    function(_name, 1, 1)(_part(_name))


@function("weekday", 1, 2)
def _weekday(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (d,) = _dates(node, args, [0])
    dow = F.date_part("dow", d.val)  # 0 = Sunday
    monday = False
    if len(args) > 1:
        start = _const_text(node, 1, args, "week start").strip().lower()
        if start not in ("monday", "sunday"):
            raise FormulaError("weekday(): the week starts on 'Monday' or 'Sunday'", node.args[1].start,
                               node.args[1].end)
        monday = start == "monday"
    val = ((dow + 6) % 7 + 1) if monday else (dow + 1)
    return Typed("number", sa.cast(val, sa.Float()), d.err, volatile=d.volatile)


# weeknum()'s return types: the day weeks start on (0 = Sunday), or 21 for ISO weeks.
WEEKNUM_TYPES = {1: 0, 17: 0, 2: 1, 11: 1, 12: 2, 13: 3, 14: 4, 15: 5, 16: 6}


@function("weeknum", 1, 2)
def _weeknum(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (d,) = _dates(node, args, [0])
    first = 0
    if len(args) > 1:
        kind = args[1]
        code = int(kind.const) if kind.is_const and kind.kind == "number" and kind.const == int(kind.const) else None
        if code not in WEEKNUM_TYPES and code != 21:
            raise FormulaError("weeknum(): the return type is 1 or 17 (weeks start on Sunday), 2 or 11 (Monday), "
                               "12 to 16 (Tuesday to Saturday) or 21 (ISO weeks)", node.args[1].start,
                               node.args[1].end)
        if code == 21:
            from server.formulas.seatable_functions import iso_week

            return Typed("number", sa.cast(iso_week(d.val), sa.Float()), d.err, volatile=d.volatile)
        first = WEEKNUM_TYPES[code]
    dow, doy = F.date_part("dow", d.val), F.date_part("doy", d.val)
    jan1 = ((dow - doy + 1) % 7 + 7) % 7  # weekday of 1 January, 0 = Sunday
    offset = (jan1 - first + 7) % 7  # days of the first week before 1 January
    val = (doy - 1 + offset) // 7 + 1  # integer division: 1 January is in week 1
    return Typed("number", sa.cast(val, sa.Float()), d.err, volatile=d.volatile)


def _day_number(x: Any) -> Any:
    """Whole days (the Julian day number of the date, time ignored)."""
    return sa.cast(F.floor_num(F.jd(x) + 0.5), sa.Integer())


_UNITS = {"d": "days", "day": "days", "days": "days", "w": "weeks", "week": "weeks", "weeks": "weeks",
          "m": "months", "month": "months", "months": "months", "y": "years", "year": "years", "years": "years",
          "h": "hours", "hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes",
          "s": "seconds", "second": "seconds", "seconds": "seconds"}


def add_months(d: Any, n: Any, keep_time: bool) -> Any:
    """d plus n months, the day clamped to the target month's length (31 Jan + 1 month = 28/29 Feb)."""
    if not keep_time:
        d = F.from_jd(F.floor_num(F.jd(d) - 0.5) + 0.5)
    return F.add_months(d, n)


@function("dateAdd", 2, 3)
def _date_add(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (d,) = _dates(node, args, [0])
    n = to_num(args[1], node.args[1])
    unit = "days"
    if len(args) > 2:
        raw = _const_text(node, 2, args, "unit").strip().lower()
        if raw not in _UNITS:
            raise FormulaError(f"dateAdd(): unknown unit {raw!r}; use days, weeks, months, years, hours, minutes "
                               "or seconds", node.args[2].start, node.args[2].end)
        unit = _UNITS[raw]
    k = coalesce_num(n)
    if unit in ("months", "years"):
        months = F.floor_num(k) * (12 if unit == "years" else 1)
        val = add_months(d.val, months, keep_time=True)
    else:
        per_day = {"days": 1.0, "weeks": 7.0, "hours": 1 / 24, "minutes": 1 / 1440, "seconds": 1 / 86400}[unit]
        val = F.from_jd(F.jd(d.val) + k * per_day)
    return Typed("date", sa.case((d.val.is_(None), sa.null()), else_=val), any_err(d.err, n.err),
                 volatile=is_volatile(d, n))


@function("edate", 2, 2)
def _edate(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (d,) = _dates(node, args, [0])
    n = to_num(args[1], node.args[1])
    val = add_months(d.val, F.floor_num(coalesce_num(n)), keep_time=False)
    return Typed("date", sa.case((d.val.is_(None), sa.null()), else_=val), any_err(d.err, n.err),
                 volatile=is_volatile(d, n))


@function("eomonth", 2, 2)
def _eomonth(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    (d,) = _dates(node, args, [0])
    n = to_num(args[1], node.args[1])
    val = F.month_end(d.val, F.floor_num(coalesce_num(n)))
    return Typed("date", sa.case((d.val.is_(None), sa.null()), else_=val), any_err(d.err, n.err),
                 volatile=is_volatile(d, n))


def _months_between(a: Any, b: Any) -> Any:
    """Whole months from a to b (a <= b)."""
    ma = _month_index(F.date_part("year", a), F.date_part("month", a))
    mb = _month_index(F.date_part("year", b), F.date_part("month", b))
    return mb - ma - sa.case((F.date_part("day", b) < F.date_part("day", a), 1), else_=0)


@function("dateDif", 2, 3)
def _date_dif(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    a, b = _dates(node, args, [0, 1])
    unit = "D"
    if len(args) > 2:
        unit = _const_text(node, 2, args, "unit").strip().upper()
        if unit not in ("D", "M", "Y", "S", "YD", "YM", "MD"):
            raise FormulaError("dateDif(): the unit is 'D' (days), 'M' (months) or 'Y' (years), 'S' (seconds), "
                               "'YD', 'YM' or 'MD' (days or months left over)", node.args[2].start,
                               node.args[2].end)
    days = _day_number(b.val) - _day_number(a.val)
    forward = days >= 0
    months = sa.case((forward, _months_between(a.val, b.val)), else_=-_months_between(b.val, a.val))
    if unit == "D":
        val = days
    elif unit == "S":
        val = F.round_half_up((F.jd(b.val) - F.jd(a.val)) * 86400.0, int_lit(0))
    elif unit == "M":
        val = months
    elif unit == "Y":
        val = sa.case((months >= 0, months // 12), else_=-((-months) // 12))
    elif unit == "YM":
        val = sa.case((months >= 0, months % 12), else_=-((-months) % 12))
    else:
        # Days left over after the whole years (YD) or whole months (MD), counted from the earlier date.
        whole = months if unit == "MD" else sa.case((months >= 0, months // 12), else_=-((-months) // 12)) * 12
        start = sa.case((forward, a.val), else_=b.val)
        end = sa.case((forward, b.val), else_=a.val)
        left = _day_number(end) - _day_number(add_months(start, sa.func.abs(whole), keep_time=False))
        val = sa.case((forward, left), else_=-left)
    val = sa.case((sa.or_(a.val.is_(None), b.val.is_(None)), sa.null()), else_=sa.cast(val, sa.Float()))
    return Typed("number", val, any_err(a.err, b.err), volatile=is_volatile(a, b))


def _weekdays_upto(x: Any) -> Any:
    """Monday-to-Friday days from day number 0 (a Monday) to x, inclusive."""
    return (x // 7) * 5 + F.least(x % 7 + 1, 5)


@function("networkdays", 2, None)
def _networkdays(c: Compiler, node: Call, args: list[Typed]) -> Typed:
    a, b = _dates(node, args, [0, 1])
    s, e = _day_number(a.val), _day_number(b.val)
    forward = _weekdays_upto(e) - _weekdays_upto(s - 1)
    backward = -(_weekdays_upto(s) - _weekdays_upto(e - 1))
    val = sa.case((sa.or_(a.val.is_(None), b.val.is_(None)), sa.null()),
                  (e >= s, sa.cast(forward, sa.Float())), else_=sa.cast(backward, sa.Float()))
    # Holidays (SeaTable's further arguments) on a Monday to Friday inside the range count off;
    # the same holiday written twice counts once.
    holidays = _dates(node, args, list(range(2, len(args))))
    seen: list[Any] = []
    off: Any = None
    for i, h in enumerate(holidays):
        if h.is_const and h.const in seen:
            continue
        if h.is_const:
            seen.append(h.const)
        hd = _day_number(h.val)
        earlier = [sa.and_(holidays[j].val.is_not(None), _day_number(holidays[j].val) == hd) for j in range(i)]
        inside = sa.and_(h.val.is_not(None), hd >= F.least(s, e), hd <= F.greatest(s, e), hd % 7 < 5,
                         sa.not_(sa.or_(*earlier)) if earlier else sa.true())
        one = sa.case((inside, 1.0), else_=0.0)
        off = one if off is None else off + one
    if off is not None:
        val = sa.case((e >= s, val - off), else_=val + off)
    return Typed("number", val, any_err(a.err, b.err, *[h.err for h in holidays]),
                 volatile=is_volatile(a, b, *holidays))


# -- entry points ---------------------------------------------------------------------------------
def resolve_names(tree: Node, table: TableMeta) -> None:
    """Give each {Name} reference its column id; unknown names are a FormulaError."""
    for n in walk(tree):
        if isinstance(n, Ref) and n.column_id is None:
            col = next((c for c in table.columns if c.name == n.name), None)
            if col is None:
                col = next((c for c in table.columns if c.name.casefold() == (n.name or "").casefold()), None)
            if col is None:
                raise FormulaError(f"no column named {{{n.name}}} in this table", n.start, n.end)
            n.column_id = col.id
        if isinstance(n, Ref) and n.column_id is not None and n.name is None:
            if table.any_column(n.column_id) is None:
                raise FormulaError(f"no column with id {n.column_id}", n.start, n.end)


def compile_tree(env: Env, tree: Node) -> Typed:
    return Compiler(env).compile(tree)


def check_kind_literals(tree: Node) -> None:
    for n in walk(tree):
        if isinstance(n, Num) and not math.isfinite(n.value):
            raise FormulaError("this number is too large", n.start, n.end)


def encode(x: Typed) -> Any:
    """The cell value: the typed value with any error folded in (see the module docstring)."""
    if x.err is None:
        return x.val
    err = x.err
    if x.kind == "text":
        return sa.case((err.is_not(None), err), else_=x.val)
    if x.kind == "number":
        return sa.case((err.is_(None), x.val), (err == ERR_DIV0, F.pos_inf()), else_=F.neg_inf())
    if x.kind == "date":
        whens = [(err == code, F.date_literal(when)) for code, when in DATE_SENTINELS.items()]
        return sa.case((err.is_(None), x.val), *whens, else_=F.date_literal(DATE_SENTINELS[ERR_VALUE]))
    return sa.case((err.is_(None), x.val), else_=sa.null())


def errors_as_null(expr: Any, kind: str) -> Any:
    """A stored or computed cell value with the error sentinels (see `encode`) read as empty, for
    aggregates over many cells: SUM(Balance) adds the numbers and leaves the #DIV/0! cells out."""
    if kind == "number":
        return sa.case((sa.or_(expr == F.pos_inf(), expr == F.neg_inf()), sa.null()), else_=expr)
    if kind == "date":
        return sa.case((expr >= F.date_literal(min(DATE_SENTINELS.values())), sa.null()), else_=expr)
    return expr


def decode_number(value: Any) -> Any:
    if isinstance(value, float) and math.isinf(value):
        return ERR_DIV0 if value > 0 else ERR_VALUE
    return value


def decode_date(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    for code, when in DATE_SENTINELS.items():
        if value == when:
            return code
    return value


def parse_source(text: str) -> Node:
    """A stored formula's tree ({#12} references), cached by text: callers only read it."""
    return _parse_source(text)


@functools.lru_cache(maxsize=4096)
def _parse_source(text: str) -> Node:
    return parse_fresh(text)


def parse_fresh(text: str) -> Node:
    """A tree of its own, for callers that fill in column ids (never share it through the cache)."""
    tree = parse(text)
    check_kind_literals(tree)
    return tree


def display_text(source: str, table: TableMeta) -> str:
    """Stored formula text ({#12}) as users see it ({Amount}); deleted columns keep their last name."""
    from server.formulas.parser import rewrite_refs

    def name(ref: Ref) -> str:
        col = table.any_column(ref.column_id) if ref.column_id is not None else None
        return col.name if col is not None else "#REF!"

    return rewrite_refs(source, name)


def source_text(text: str, table: TableMeta) -> tuple[str, Node]:
    """User formula text to stored text: names become ids. Raises FormulaError."""
    from server.formulas.parser import rewrite_refs

    tree = parse_fresh(text)
    resolve_names(tree, table)
    ids = {(r.start, r.end): r.column_id for r in walk(tree) if isinstance(r, Ref)}
    stored = rewrite_refs(text, lambda r: f"#{ids[(r.start, r.end)]}")
    return stored, tree


def formula_refs(source: str) -> list[int]:
    """Column ids a stored formula reads; cached by text (the schema's dependency walks ask often)."""
    return list(_formula_refs(source))


@functools.lru_cache(maxsize=4096)
def _formula_refs(source: str) -> tuple[int, ...]:
    try:
        tree = parse(source)
    except FormulaError:
        return ()
    return tuple(n.column_id for n in walk(tree) if isinstance(n, Ref) and n.column_id is not None)


# SeaTable's further functions register themselves in FUNCTIONS (a module of its own for size).
from server.formulas import seatable_functions as _seatable_functions  # noqa: E402,F401
