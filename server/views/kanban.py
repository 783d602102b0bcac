"""The kanban view type: cards in stacks, one stack per value of a single-select or
collaborator column (and one for empty values).

Settings are the grid's (filters, sorts, hidden columns, row colours…) plus `stack_column`,
`card_fields`, `cover_column`, `sum_column` and `collapsed` (stack keys). Rows are read per
stack: `stacks()` gives every stack's key, label, count and sum in one GROUP BY, and
`stack_view()` narrows the compiled view to one stack, whose windows the grid's paging reads
(never the whole table in memory). Within a stack cards follow the view's sorts.

A stack's key is text: the option id of a single select, the JSON list of user ids of a
collaborator cell (`[3]`, `[3, 5]`), and "" for the stack of empty cells.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import sqlalchemy as sa
from marshmallow import fields, validate
from sqlalchemy.engine import Connection

from server.catalog.model import ColumnMeta, TableMeta
from server.errors import invalid
from server.query.compile import CompiledView, comparable
from server.query.operators import family_for
from server.query.settings import ViewSettings
from server.storage.dialect import as_text
from server.views.registry import ViewType

STACK_TYPES = ("single-select", "collaborator")
COVER_TYPES = ("image", "file")
EMPTY_STACK = ""
MAX_CARD_FIELDS = 50
MAX_STACKS = 1000


class KanbanSettings(ViewSettings):
    """The grid's settings (filters, sorts, hidden columns, row colours, …) plus the board's own."""

    stack_column = fields.Integer(required=True, strict=True, metadata={
        "description": "the single-select or collaborator column whose values are the stacks"})
    card_fields = fields.List(fields.Integer(strict=True), load_default=list,
                              validate=validate.Length(max=MAX_CARD_FIELDS),
                              metadata={"description": "columns shown on a card under its primary field"})
    cover_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                  metadata={"description": "an image or file column: the card's cover"})
    sum_column = fields.Integer(load_default=None, allow_none=True, strict=True,
                                metadata={"description": "a number column summed per stack"})
    collapsed = fields.List(fields.String(validate=validate.Length(max=200)), load_default=list,
                            validate=validate.Length(max=MAX_STACKS),
                            metadata={"description": "keys of the stacks shown collapsed"})


def _fail(field: str, message: str) -> None:
    raise invalid(f"settings.{field}: {message}", {f"settings.{field}": [message]}, code="invalid_view")


def check_settings(table: TableMeta, settings: dict[str, Any]) -> None:
    """The board's settings against the table (422 naming the field)."""
    stack = table.column(settings["stack_column"])
    if stack is None:
        _fail("stack_column", f"column {settings['stack_column']} is not in this table")
    elif stack.type not in STACK_TYPES:
        _fail("stack_column", f"stacks come from a single select or collaborator column, not a {stack.type} column")
    for i, cid in enumerate(settings.get("card_fields") or []):
        if table.column(cid) is None:
            _fail(f"card_fields[{i}]", f"column {cid} is not in this table")
    cover = settings.get("cover_column")
    if cover is not None:
        col = table.column(cover)
        if col is None or col.type not in COVER_TYPES:
            _fail("cover_column", "a cover comes from an image or file column of this table")
    total = settings.get("sum_column")
    if total is not None:
        col = table.column(total)
        if col is None or family_for(col) != "number":
            _fail("sum_column", "the sum is of a number column of this table")


def stack_column(cv: CompiledView) -> ColumnMeta:
    """The stack column of a compiled board, checked again: it may have changed since saved."""
    check_settings(cv.table, cv.settings)
    col = cv.table.column(cv.settings["stack_column"])
    assert col is not None
    return col


def _key_expr(cv: CompiledView, col: ColumnMeta) -> sa.ColumnElement:
    expr = col.type_cls.expression(cv.table.sa_table, col)
    if col.type == "collaborator":
        return sa.func.nullif(as_text(expr), "[]")
    return expr


def _option_ids(col: ColumnMeta) -> list[str]:
    return [o["id"] for o in (col.options or {}).get("options", [])]


def _stack_condition(cv: CompiledView, col: ColumnMeta, key: str) -> sa.ColumnElement:
    expr = _key_expr(cv, col)
    if key != EMPTY_STACK:
        return expr == key
    if col.type == "single-select":
        # A removed option's value reads as empty, so it is in the empty stack.
        return sa.or_(expr.is_(None), expr.not_in(_option_ids(col))) if _option_ids(col) else sa.true()
    return expr.is_(None)


def check_key(col: ColumnMeta, key: str) -> None:
    """A stack key that can be read (and moved to): an option, a list of members, or ""."""
    if key == EMPTY_STACK:
        return
    if col.type == "single-select":
        if key not in _option_ids(col):
            raise invalid(f"stack: {key!r} is not an option of the stack column", {"stack": ["unknown stack"]})
        return
    try:
        users = json.loads(key)
    except ValueError:
        users = None
    if not isinstance(users, list) or not users or not all(isinstance(u, int) and not isinstance(u, bool)
                                                          for u in users):
        raise invalid("stack: a collaborator stack is a JSON list of user ids", {"stack": ["unknown stack"]})


def stack_view(cv: CompiledView, key: str) -> CompiledView:
    """The board narrowed to one stack: the grid's windows read it in view order."""
    col = stack_column(cv)
    check_key(col, key)
    where = sa.and_(cv.where_clause(), _stack_condition(cv, col, key))
    return dataclasses.replace(cv, where=where)


def _collaborator_label(key: str, members: dict[int, Any]) -> str:
    names = []
    for uid in json.loads(key):
        m = members.get(uid)
        names.append((m.get("name") or m["email"]) if m else str(uid))
    return ", ".join(names)


def stacks(conn: Connection, cv: CompiledView) -> list[dict[str, Any]]:
    """Every stack in board order with its count and sum, from one GROUP BY over the view.

    Single select: the empty stack, then every option in the column's order (empty ones
    too, so a card can be dropped there). Collaborator: the empty stack, every member alone,
    then the lists of several members that cells hold."""
    col = stack_column(cv)
    t = cv.table.sa_table
    key = _key_expr(cv, col)
    sum_col = cv.table.column(cv.settings["sum_column"]) if cv.settings.get("sum_column") is not None else None
    cols: list[sa.ColumnElement] = [key.label("k"), sa.func.count().label("n")]
    if sum_col is not None:
        cols.append(sa.func.sum(comparable(sum_col, sum_col.type_cls.expression(t, sum_col))).label("s"))
    stmt = sa.select(*cols).select_from(t).where(cv.where_clause()).group_by(key).limit(MAX_STACKS * 10)
    found: dict[str, tuple[int, float | None]] = {}
    options = _option_ids(col) if col.type == "single-select" else []
    for r in conn.execute(stmt):
        k = r.k if r.k is not None and (col.type != "single-select" or r.k in options) else EMPTY_STACK
        n0, s0 = found.get(k, (0, None))
        s = r.s if sum_col is not None else None
        found[k] = (n0 + int(r.n), None if s is None and s0 is None else float(s0 or 0) + float(s or 0))

    members = cv.fctx.members
    order: list[tuple[str, str, str | None]] = [(EMPTY_STACK, "", None)]  # key, label, colour
    if col.type == "single-select":
        order += [(o["id"], o["name"], o.get("color")) for o in col.options.get("options", [])]
    else:
        singles = sorted(members, key=lambda u: ((members[u].get("name") or members[u]["email"]).casefold(), u))
        order += [(json.dumps([u]), _collaborator_label(json.dumps([u]), members), None) for u in singles]
        listed = {k for k, _, _ in order}
        order += [(k, _collaborator_label(k, members), None) for k in sorted(found) if k not in listed]
    collapsed = set(cv.settings.get("collapsed") or [])
    out = []
    for k, label, color in order[:MAX_STACKS]:
        n, s = found.get(k, (0, None))
        out.append({"key": k, "label": label, "color": color, "count": n,
                    "sum": (s or 0.0) if sum_col is not None else None, "collapsed": k in collapsed})
    return out


class KanbanView(ViewType):
    name = "kanban"
    description = ("Cards in stacks by a single-select or collaborator column, with a count and a sum per "
                   "stack; moving a card changes its stack column.")
    settings_schema = KanbanSettings
    # GET /views/{id}/stacks, then GET /views/{id}/stacks/rows?stack=… per stack.
    reads = "stacks"

    def check_settings(self, table: TableMeta, settings: dict[str, Any]) -> None:
        check_settings(table, settings)
