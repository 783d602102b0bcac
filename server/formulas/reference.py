"""A plain-Python evaluator of formula trees, the reference the SQL compiler is tested against.

It walks the same tree the compiler compiles and follows the same rules (blank is 0 in
arithmetic and '' in text, errors travel to the result, `iferror` catches them), for the
part of the language the property test generates: numbers, text, comparisons, & and
+ - * / ^, if, and, or, not, iferror, abs, round, int, mod, max, min, sum, len, upper,
lower, concatenate. Never used to compute cells.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from server.formulas.parser import BinOp, Bool, Call, Node, Num, Ref, Str, Unary
from server.storage.dialect import python_num_text


class FormulaValueError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _num(v: Any) -> float | None:
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
    return python_num_text(float(v))


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
            if isinstance(a, str) and isinstance(b, str):
                x, y = a, b
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


def _call(node: Call, row: dict[int, Any]) -> Any:
    name = node.name.lower()
    args = node.args
    if name == "if":
        cond = evaluate(args[0], row)
        cond = bool(cond) if isinstance(cond, bool) else _z(_num(cond)) != 0
        if cond:
            return evaluate(args[1], row)
        return evaluate(args[2], row) if len(args) > 2 else None
    if name == "iferror":
        try:
            return evaluate(args[0], row)
        except FormulaValueError:
            return evaluate(args[1], row)
    vals = [evaluate(a, row) for a in args]
    if name in ("and", "or"):
        bs = [bool(v) if isinstance(v, bool) else _z(_num(v)) != 0 for v in vals]
        return all(bs) if name == "and" else any(bs)
    if name == "not":
        v = vals[0]
        return not (bool(v) if isinstance(v, bool) else _z(_num(v)) != 0)
    if name == "abs":
        v = _num(vals[0])
        return None if v is None else abs(v)
    if name == "int":
        v = _num(vals[0])
        return None if v is None else float(math.floor(v))
    if name == "round":
        v = _num(vals[0])
        digits = int(math.floor(_z(_num(vals[1])))) if len(vals) > 1 else 0
        return None if v is None else round_half_up(v, digits)
    if name == "mod":
        x, y = _z(_num(vals[0])), _z(_num(vals[1]))
        if y == 0:
            raise FormulaValueError("#DIV/0!")
        return x - y * math.floor(x / y)
    if name in ("max", "min"):
        ns = [n for n in (_num(v) for v in vals) if n is not None]
        if not ns:
            return None
        return max(ns) if name == "max" else min(ns)
    if name == "sum":
        return sum(_z(_num(v)) for v in vals)
    if name == "len":
        return float(len(_text(vals[0]) or ""))
    if name == "upper":
        t = _text(vals[0])
        return None if t is None else t.upper()
    if name == "lower":
        t = _text(vals[0])
        return None if t is None else t.lower()
    if name == "concatenate":
        return "".join(_text(v) or "" for v in vals)
    raise ValueError(f"the reference evaluator has no {name}()")
