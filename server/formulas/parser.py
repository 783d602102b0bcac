"""The formula grammar (lark, LALR) and the syntax tree it is turned into.

`{Column name}` references, numbers, 'text' or "text", true/false, + - * / ^ & and the
comparisons = <> != < > <= >=, function calls `name(arg, ...)`. References are stored by
column id in the form `{#12}`; users see and type names. Nothing here is ever evaluated by
Python: the tree is compiled to SQL (compiler.py) or walked by the reference evaluator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

MAX_FORMULA_LENGTH = 10_000

GRAMMAR = r"""
?start: expr

?expr: comparison

?comparison: concat
           | comparison COMP_OP concat  -> binop

?concat: additive
       | concat AMP additive          -> binop

?additive: term
         | additive ADD_OP term       -> binop

?term: unary
     | term MUL_OP unary              -> binop

?unary: power
      | ADD_OP unary                  -> unary

?power: atom
      | atom POW unary                -> binop

?atom: NUMBER                         -> number
     | STRING                         -> string
     | REF                            -> ref
     | NAME "(" [expr ("," expr)*] ")" -> call
     | NAME                           -> bare_name
     | "(" expr ")"

COMP_OP: "<>" | "!=" | "<=" | ">=" | "=" | "<" | ">"
AMP: "&"
ADD_OP: "+" | "-"
MUL_OP: "*" | "/"
POW: "^"
NUMBER: /(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/
STRING: /'(?:[^'\\]|\\.|'')*'/ | /"(?:[^"\\]|\\.|"")*"/
REF: /\{[^{}]+\}/
NAME: /[A-Za-z_][A-Za-z0-9_]*/

%import common.WS
%ignore WS
"""

_parser = Lark(GRAMMAR, parser="lalr", propagate_positions=True, maybe_placeholders=True)


class FormulaError(ValueError):
    """A formula that cannot be saved: the message names the problem, start/end locate it."""

    def __init__(self, message: str, start: int = 0, end: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.start = start
        self.end = start + 1 if end is None else end


@dataclass
class Node:
    start: int
    end: int


@dataclass
class Num(Node):
    value: float


@dataclass
class Str(Node):
    value: str


@dataclass
class Bool(Node):
    value: bool


@dataclass
class Ref(Node):
    name: str | None  # as typed by a user
    column_id: int | None = None  # resolved (or stored as {#id})


@dataclass
class Call(Node):
    name: str
    args: list[Node] = field(default_factory=list)


@dataclass
class BinOp(Node):
    op: str
    left: Node
    right: Node


@dataclass
class Unary(Node):
    op: str
    operand: Node


def _unquote(tok: str) -> str:
    q = tok[0]
    body = tok[1:-1]
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            out.append(body[i + 1])
            i += 2
            continue
        if ch == q and i + 1 < len(body) and body[i + 1] == q:
            out.append(q)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _span(meta: Any, tok: Token | None = None) -> tuple[int, int]:
    if tok is not None:
        return tok.start_pos, tok.end_pos
    return meta.start_pos, meta.end_pos


@v_args(meta=True)
class _ToTree(Transformer):
    def number(self, meta, children):
        tok = children[0]
        return Num(tok.start_pos, tok.end_pos, float(tok))

    def string(self, meta, children):
        tok = children[0]
        return Str(tok.start_pos, tok.end_pos, _unquote(str(tok)))

    def ref(self, meta, children):
        tok = children[0]
        inner = str(tok)[1:-1]
        if inner.startswith("#") and inner[1:].isdigit():
            return Ref(tok.start_pos, tok.end_pos, None, int(inner[1:]))
        return Ref(tok.start_pos, tok.end_pos, inner.strip())

    def bare_name(self, meta, children):
        tok = children[0]
        low = str(tok).lower()
        if low in ("true", "false"):
            return Bool(tok.start_pos, tok.end_pos, low == "true")
        if low in ("e", "pi"):  # SeaTable's constants, written without parentheses
            return Call(tok.start_pos, tok.end_pos, low, [])
        raise FormulaError(f"unknown name {str(tok)!r}: put column names in braces, like {{{tok}}}",
                           tok.start_pos, tok.end_pos)

    def call(self, meta, children):
        name_tok, *args = children
        args = [a for a in args if a is not None]
        return Call(meta.start_pos, meta.end_pos, str(name_tok), args)

    def binop(self, meta, children):
        left, op, right = children
        return BinOp(meta.start_pos, meta.end_pos, str(op), left, right)

    def unary(self, meta, children):
        op, operand = children
        return Unary(meta.start_pos, meta.end_pos, str(op), operand)


def parse(text: str) -> Node:
    """Text to tree; raises FormulaError with the position of the first problem."""
    if not isinstance(text, str) or not text.strip():
        raise FormulaError("the formula is empty", 0, 0)
    if len(text) > MAX_FORMULA_LENGTH:
        raise FormulaError(f"a formula is at most {MAX_FORMULA_LENGTH} characters", MAX_FORMULA_LENGTH)
    try:
        tree = _parser.parse(text)
    except UnexpectedCharacters as exc:
        raise FormulaError(f"unexpected character {text[exc.pos_in_stream]!r}", exc.pos_in_stream) from None
    except UnexpectedEOF:
        raise FormulaError("the formula ends too early", len(text), len(text)) from None
    except UnexpectedToken as exc:
        tok = exc.token
        if tok.type == "$END":
            raise FormulaError("the formula ends too early", len(text), len(text)) from None
        raise FormulaError(f"unexpected {str(tok)!r}", tok.start_pos, tok.end_pos) from None
    except UnexpectedInput as exc:  # pragma: no cover - other lark input errors
        raise FormulaError("the formula cannot be read", getattr(exc, "pos_in_stream", 0) or 0) from None
    try:
        return _ToTree().transform(tree)
    except Exception as exc:  # lark wraps errors raised in callbacks
        inner = getattr(exc, "orig_exc", exc)
        if isinstance(inner, FormulaError):
            raise inner from None
        raise


def walk(node: Node):
    """Every node of a tree, depth first."""
    yield node
    if isinstance(node, Call):
        for a in node.args:
            yield from walk(a)
    elif isinstance(node, BinOp):
        yield from walk(node.left)
        yield from walk(node.right)
    elif isinstance(node, Unary):
        yield from walk(node.operand)


def rewrite_refs(text: str, replace) -> str:
    """Rewrite every {reference} in formula text through replace(Ref) -> new inner text.

    Positions come from the parsed tree, so braces inside strings are left alone.
    """
    tree = parse(text)
    refs = sorted((n for n in walk(tree) if isinstance(n, Ref)), key=lambda r: r.start)
    out = []
    last = 0
    for r in refs:
        out.append(text[last:r.start])
        out.append("{" + replace(r) + "}")
        last = r.end
    out.append(text[last:])
    return "".join(out)
