"""The formula of a KPI series: arithmetic over a chart's named period measures.

A series by period end may name measures (docs/charts.md "KPI series"): each a number per
period, such as `invoiced` (sum of invoice totals dated in the period) or `ar` (receivables as
of the period's last day). A KPI is a formula over them, evaluated per period in Python after
the measures are read in SQL:

    ar / invoiced * days                      DSO
    (prev(ar) + invoiced - ar) / (prev(ar) + invoiced - ar_current) * 100    CEI
    countback(ar, invoiced)                   countback DSO

Numbers, measure names, `days` (the days of the period up to the day it is measured at),
`+ - * /`, parentheses and three functions: `prev(m)` (the measure in the period before),
`countback(stock, flow)` (days of `flow`, walking back from this period, that add up to
`stock`) and `min`/`max`/`abs`. Anything else is refused when the chart is saved. Python's
`ast` parses it; only the node kinds listed below are evaluated, so no name or attribute of
Python is reachable. A division by zero or a missing measure makes the point empty (None).
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable, Sequence

MAX_FORMULA = 500
FUNCTIONS = ("prev", "countback", "min", "max", "abs")
DAYS = "days"
_BINOPS: dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


class FormulaError(ValueError):
    """The formula is not one this evaluator takes; the message says why."""


def parse(formula: str, measures: Sequence[str]) -> ast.expr:
    """The formula's syntax tree, checked: every node an allowed kind, every name a measure or
    `days`, every call one of FUNCTIONS with its number of arguments (FormulaError otherwise)."""
    if len(formula) > MAX_FORMULA:
        raise FormulaError(f"at most {MAX_FORMULA} characters")
    try:
        tree = ast.parse(formula.strip(), mode="eval").body
    except SyntaxError as exc:
        raise FormulaError(f"not a formula: {exc.msg}") from None
    _check(tree, set(measures))
    return tree


def _check(node: ast.AST, names: set[str]) -> None:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, int | float):
            raise FormulaError("only numbers are constants")
    elif isinstance(node, ast.Name):
        if node.id != DAYS and node.id not in names:
            raise FormulaError(f"{node.id!r} is no measure of this chart")
    elif isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        _check(node.left, names)
        _check(node.right, names)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        _check(node.operand, names)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS \
            and not node.keywords:
        fn, args = node.func.id, node.args
        if fn == "prev" and (len(args) != 1 or not isinstance(args[0], ast.Name) or args[0].id not in names):
            raise FormulaError("prev takes one measure")
        if fn == "countback" and (len(args) != 2 or not all(isinstance(a, ast.Name) and a.id in names for a in args)):
            raise FormulaError("countback takes two measures: the stock and the flow")
        if fn == "abs" and len(args) != 1:
            raise FormulaError("abs takes one value")
        if fn in ("min", "max") and len(args) < 2:
            raise FormulaError(f"{fn} takes two or more values")
        for a in args:
            _check(a, names)
    else:
        raise FormulaError(f"{ast.unparse(node)!r} is not allowed: numbers, measures, days, + - * /, "
                           f"{', '.join(FUNCTIONS)}")


class Periods:
    """The measures' values per period (oldest first) and each period's days, for evaluation."""

    def __init__(self, values: dict[str, list[float | None]], days: list[int]) -> None:
        self.values = values
        self.days = days

    def countback(self, i: int, stock: str, flow: str) -> float | None:
        """Countback (exhaustion) DSO at period i: from the stock, take away each period's flow,
        newest first, counting its days; the period that exhausts it counts the fraction
        remaining ÷ flow of its days. Past the oldest period, the days counted so far."""
        remaining = self.values[stock][i]
        if remaining is None:
            return None
        days = 0.0
        for j in range(i, -1, -1):
            if remaining <= 0:
                break
            sales = self.values[flow][j] or 0.0
            if remaining > sales:
                remaining -= sales
                days += self.days[j]
            else:
                days += remaining / sales * self.days[j]
                remaining = 0.0
        return days


def evaluate(tree: ast.expr, periods: Periods, i: int) -> float | None:
    """The formula at period i; None when a value it needs is missing or it divides by zero."""
    try:
        return _eval(tree, periods, i)
    except (ZeroDivisionError, _Missing, OverflowError):
        return None


class _Missing(Exception):
    pass


def _value(v: float | None) -> float:
    if v is None:
        raise _Missing
    return float(v)


def _eval(node: ast.expr, p: Periods, i: int) -> float:
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        return float(p.days[i]) if node.id == DAYS else _value(p.values[node.id][i])
    if isinstance(node, ast.BinOp):
        return _BINOPS[type(node.op)](_eval(node.left, p, i), _eval(node.right, p, i))
    if isinstance(node, ast.UnaryOp):
        v = _eval(node.operand, p, i)
        return -v if isinstance(node.op, ast.USub) else v
    assert isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    fn = node.func.id
    if fn == "prev":
        name = node.args[0].id  # type: ignore[attr-defined]
        if i == 0:
            raise _Missing
        return _value(p.values[name][i - 1])
    if fn == "countback":
        return _value(p.countback(i, node.args[0].id, node.args[1].id))  # type: ignore[attr-defined]
    args = [_eval(a, p, i) for a in node.args]
    return {"min": min, "max": max}[fn](args) if fn in ("min", "max") else abs(args[0])


def uses(tree: ast.expr) -> set[str]:
    """The names of the measures the formula reads."""
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id != DAYS and n.id not in FUNCTIONS}

