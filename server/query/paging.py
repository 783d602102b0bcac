"""Reading a compiled view: windows (offset or keyset cursor), count, a row's position, search hits.

Deep windows: the rows to skip are found by a sub-select that reads only the row id (and,
with a matching index, only the index), and the full rows are fetched for the window alone
("deferred join"). A keyset cursor carries the last row's order-key values, so the next
window starts right there without skipping anything.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.actions.codec import decode, encode
from server.errors import bad_request
from server.query.compile import CompiledView, OrderKey, compiled_select, search_clause

DEFERRED_JOIN_FROM = 1000   # offsets from here on skip rows by id only
MAX_SEARCH_HITS = 10_000


@dataclass
class Window:
    rows: list[dict[str, Any]]
    next_cursor: str | None


def _order_fingerprint(cv: CompiledView) -> str:
    text = "|".join(str(k.expr.compile(compile_kwargs={"literal_binds": False})) + ("d" if k.desc else "a")
                    for k in cv.order)
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def encode_cursor(cv: CompiledView, values: list[Any]) -> str:
    raw = json.dumps({"o": _order_fingerprint(cv), "k": [encode(v) for v in values]}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cv: CompiledView, cursor: str) -> list[Any]:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        values = [decode(v) for v in data["k"]]
        fingerprint = data["o"]
    except (ValueError, KeyError, TypeError) as exc:
        raise bad_request("cursor is not a cursor this API gave out", {"cursor": ["malformed"]}) from exc
    if fingerprint != _order_fingerprint(cv) or len(values) != len(cv.order):
        raise bad_request("the view's order changed since this cursor was given; start again without it",
                          {"cursor": ["stale"]})
    return values


def _bind(key: OrderKey, value: Any) -> sa.ColumnElement:
    return sa.literal(value, key.expr.type)


def _gt(key: OrderKey, value: Any) -> sa.ColumnElement:
    """Rows after `value` on this key alone (NULL is the smallest value)."""
    if not key.desc:
        return key.expr.is_not(None) if value is None else key.expr > _bind(key, value)
    return sa.false() if value is None else sa.or_(key.expr < _bind(key, value), key.expr.is_(None))


def _eq(key: OrderKey, value: Any) -> sa.ColumnElement:
    return key.expr.is_(None) if value is None else key.expr == _bind(key, value)


def after(keys: list[OrderKey], values: list[Any]) -> sa.ColumnElement:
    """Rows that come after the given key values in this order (keyset condition)."""
    alternatives = []
    for i, key in enumerate(keys):
        alternatives.append(sa.and_(*[_eq(k, v) for k, v in zip(keys[:i], values[:i], strict=True)],
                                    _gt(key, values[i])))
    cond = sa.or_(*alternatives)
    first, v = keys[0], values[0]
    # A plain range on the first key as well, so the database can seek in an index instead
    # of testing the OR chain row by row (descending keys keep NULLs after every value:
    # `window` splits that case in two seeking parts).
    if v is not None and not first.desc:
        return sa.and_(first.expr >= _bind(first, v), cond)
    if v is None and first.desc:
        return sa.and_(first.expr.is_(None), cond)
    return cond


def _after_parts(keys: list[OrderKey], values: list[Any]) -> list[sa.ColumnElement] | None:
    """For a descending first key and a non-empty value, "after" is two ranges: values up to
    it (seekable) and the empty ones (seekable); None when one condition already seeks."""
    first, v = keys[0], values[0]
    if not first.desc or v is None:
        return None
    cond = after(keys, values)
    return [sa.and_(first.expr <= _bind(first, v), cond), sa.and_(first.expr.is_(None), cond)]


def before(keys: list[OrderKey], values: list[Any]) -> sa.ColumnElement:
    """Rows that come before: 'after' in the reversed order (NULL stays the smallest)."""
    return after([OrderKey(k.expr, not k.desc, k.nullable) for k in keys], values)


def _key_columns(cv: CompiledView) -> list[sa.ColumnElement]:
    return [k.expr.label(f"_k{i}") for i, k in enumerate(cv.order)]


def window(conn: Connection, cv: CompiledView, offset: int = 0, limit: int = 100,
           cursor: str | None = None) -> Window:
    """One window of rows in view order; with `cursor`, the rows after the cursor."""
    t = cv.table.sa_table
    stmt = compiled_select(cv).add_columns(*_key_columns(cv))
    if cursor is not None:
        values = decode_cursor(cv, cursor)
        parts = _after_parts(cv.order, values)
        if parts is None:
            stmt = stmt.where(after(cv.order, values)).limit(limit + 1)
        else:
            # Each part seeks in the view's index and stops after the window; the union of
            # at most 2 × (limit + 1) rows is put back in view order.
            subs = [stmt.where(p).limit(limit + 1).subquery() for p in parts]
            union = sa.union_all(*[sa.select(*sub.c) for sub in subs]).subquery()
            order = [k.clause(union.c[f"_k{i}"]) for i, k in enumerate(cv.order)]
            stmt = sa.select(*union.c).order_by(*order).limit(limit + 1)
    elif offset >= DEFERRED_JOIN_FROM:
        ids = (sa.select(t.c.id).where(cv.where_clause()).order_by(*cv.order_clauses())
               .offset(offset).limit(limit + 1))
        stmt = stmt.where(t.c.id.in_(ids.scalar_subquery()))
    else:
        stmt = stmt.offset(offset).limit(limit + 1)
    result = conn.execute(stmt)
    keys = list(result.keys())
    rows = [dict(zip(keys, r, strict=True)) for r in result]
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = None
    if more and rows:
        last = rows[-1]
        next_cursor = encode_cursor(cv, [last[f"_k{i}"] for i in range(len(cv.order))])
    return Window(rows=rows, next_cursor=next_cursor)


def count(conn: Connection, cv: CompiledView) -> int:
    t = cv.table.sa_table
    stmt = sa.select(sa.func.count()).select_from(t)
    if cv.where is not None:
        stmt = stmt.where(cv.where)
    return int(conn.execute(stmt).scalar_one())


def position(conn: Connection, cv: CompiledView, row_id: str) -> tuple[bool, int | None]:
    """(row exists, its 0-based position in the view or None when the view's filters hide it)."""
    t = cv.table.sa_table
    found = conn.execute(
        sa.select(cv.where_clause().label("_in"), *_key_columns(cv)).select_from(t).where(t.c._id == row_id)
    ).first()
    if found is None:
        return False, None
    m = found._mapping
    if not m["_in"]:
        return True, None
    values = [m[f"_k{i}"] for i in range(len(cv.order))]
    n = conn.execute(sa.select(sa.func.count()).select_from(t)
                     .where(cv.where_clause(), before(cv.order, values))).scalar_one()
    return True, int(n)


def search_positions(conn: Connection, cv: CompiledView, text: str, limit: int = 1000) -> list[dict[str, Any]]:
    """Rows of the view whose visible columns contain the text: their row ids and 0-based
    positions in view order, so the grid can jump from hit to hit."""
    t = cv.table.sa_table
    hit = search_clause(cv.table, cv.visible_columns(), text, conn, common_scan=False)
    # Rows are numbered by their internal id only, and the public id is read for the hits alone:
    # with the search index the numbering then never reads a row that is not a candidate
    # (SQLite's index scan seeks the table only for the columns it evaluates).
    numbered = (sa.select(t.c.id.label("rid"),
                          (sa.func.row_number().over(order_by=cv.order_clauses()) - 1).label("pos"),
                          sa.case((hit, 1), else_=0).label("hit"))
                .where(cv.where_clause()).subquery())
    rows = conn.execute(sa.select(t.c._id.label("row_id"), numbered.c.pos)
                        .select_from(numbered.join(t, t.c.id == numbered.c.rid)).where(numbered.c.hit == 1)
                        .order_by(numbered.c.pos).limit(min(limit, MAX_SEARCH_HITS))).all()
    return [{"row_id": r.row_id, "position": int(r.pos)} for r in rows]
