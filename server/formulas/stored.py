"""Stored results for computed columns that depend only on row data, refreshed set-based.

Formulas, rollups and link counts that do not use today()/now() (directly or through other
columns) keep their value in a physical column `c_<id>_m<kind><version>`; everything else is
computed in the query. After every action (before it commits) `refresh` recomputes exactly
the affected cells with `UPDATE t SET c = <compiled expression> WHERE id IN (...)`:
- rows the action touched, in the column's own table;
- rows linked (through the links the column reads) to rows that changed in the other table,
  following live lookups there on to the tables they read (a rollup over a lookup);
- whole columns when a table's schema changed.
Columns are refreshed in dependency order, and refreshed rows count as changed for the
columns after them (an invoice's Paid, then its Balance, then a customer's debt).
Why: docs/decisions/0009-formula-results-stored-or-computed.md.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

from server.actions.hooks import on_action_done
from server.catalog import schema as cat
from server.catalog.model import ColumnMeta, TableMeta
from server.formulas import compiler as C
from server.formulas.parser import FormulaError
from server.storage.physical import add_physical_column, drop_physical_column

MATERIALISED_TYPES = ("formula", "rollup", "link-count")
LINK_BASED = ("lookup", "rollup", "link-count")
KIND_LETTERS = {"number": "n", "text": "t", "date": "d", "bool": "b"}
LETTER_KINDS = {v: k for k, v in KIND_LETTERS.items()}
SQL_TYPES = {"number": sa.Float(53), "text": sa.Text(), "date": sa.DateTime(), "bool": sa.Boolean()}
_PHYS = re.compile(r"^c_\d+_m([ntdb])\d+(_\d+)?$")
CHUNK = 500
MAX_ROW_TOUCHES = 500
ALL: Any = frozenset({-1})  # "every row" (a sentinel: never a real set of ids)


def stored_kind(col: ColumnMeta) -> str | None:
    """The result kind a computed column's physical column was made for (None: not stored)."""
    if col.phys is None:
        return None
    m = _PHYS.match(col.phys)
    return LETTER_KINDS[m.group(1)] if m else None


def is_stored(col: ColumnMeta) -> bool:
    return col.type in MATERIALISED_TYPES and stored_kind(col) is not None


def reads_stored(schema: Any, col: ColumnMeta) -> bool:
    """Is the stored result what a read wants? Not as of a date for a column that reads linked
    rows of a table with a record date (the stored value counts today's rows): it is computed
    in the query then (server/query/asof.py)."""
    from server.query import asof

    if not is_stored(col):
        return False
    return asof.current() is None or not asof.depends_on_dated_links(schema, col)


def live_typed(table: TableMeta, col: ColumnMeta) -> C.Typed:
    """The column computed from its inputs (stored inputs read as stored)."""
    env = C.Env(table.schema, table, table.sa_table, (col.id,))
    return col.type_cls.typed(env, col)


def wanted_kind(table: TableMeta, col: ColumnMeta) -> str | None:
    try:
        x = live_typed(table, col)
    except FormulaError:
        return None
    return None if x.volatile else x.kind


def sync_storage(ctx: Any, only: set[int] | None = None) -> None:
    """Give each row-data-only computed column a physical column of its kind; drop it from volatile ones.

    Derived from options and the schema only, so undo and redo re-derive the same state.
    `only`: the columns a change can affect (a column and its dependents); None checks every column.
    """
    changed = False
    for table in ctx.schema.live_tables():
        for col in table.columns:
            if col.type not in MATERIALISED_TYPES or (only is not None and col.id not in only):
                continue
            want = wanted_kind(table, col)
            have = stored_kind(col)
            if want == have:
                continue
            if col.phys is not None and stored_kind(col) is not None:
                # Stored results are derived data: drop them (undo recomputes), never keep them as
                # retired columns that row snapshots would carry along.
                drop_physical_column(ctx.conn, table.phys, col.phys)
            phys = None
            if want is not None:
                phys = f"c_{col.id}_m{KIND_LETTERS[want]}{ctx.version}"
                existing = {c.name for c in table.sa_table.columns}
                n = 2
                while phys in existing:
                    phys = f"c_{col.id}_m{KIND_LETTERS[want]}{ctx.version}_{n}"
                    n += 1
                add_physical_column(ctx.conn, table.phys, phys, SQL_TYPES[want])
            ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == col.id).values(phys=phys))
            ctx.touch(table.id, None, col.id)
            changed = True
    if changed:
        ctx.reload_schema()


def _deps(schema: Any, col: ColumnMeta) -> list[int]:
    return col.type_cls.dependencies(col)


def _hops(schema: Any, table: TableMeta, col: ColumnMeta) -> dict[int, set[int]]:
    """Link columns of `table` whose other side feeds this column (through same-table formulas),
    each with the columns of the other table it reads there (a lookup's or rollup's target,
    a condition's inputs)."""
    out: dict[int, set[int]] = {}
    seen: set[int] = set()
    stack = [col]
    while stack:
        c = stack.pop()
        if c.id in seen:
            continue
        seen.add(c.id)
        deps = _deps(schema, c)
        if c.type in LINK_BASED and c.options.get("link_column_id"):
            link_id = c.options["link_column_id"]
            out.setdefault(link_id, set()).update(d for d in deps if d != link_id)
        if c.type == "link":
            out.setdefault(c.id, set())
        if c is not col and is_stored(c):
            continue  # refreshed before us; its rows join the dirty set
        for d in deps:
            dep = table.any_column(d)
            if dep is not None and not dep.deleted:
                stack.append(dep)
    return out


def _hop_links(schema: Any, table: TableMeta, col: ColumnMeta) -> set[int]:
    """Link columns of `table` whose other side feeds this column (through same-table formulas)."""
    return set(_hops(schema, table, col))


def _affected_rows(conn: sa.Connection, schema: Any, table: TableMeta, col: ColumnMeta,
                   dirty: dict[int, Any], seen: frozenset = frozenset()) -> Any:
    """Rows of `table` whose value of `col` may have changed: its own dirty rows, and rows
    linked to rows of the other table that changed, or whose live (not stored) columns this
    column reads changed through their own links (a rollup over a lookup of a third table).
    Stored columns of the other table were refreshed before, so their rows are in `dirty`."""
    rows = dirty.get(table.id, set())
    if rows is ALL:
        return ALL
    rows = set(rows)
    for link_id, far in _hops(schema, table, col).items():
        link = table.any_column(link_id)
        other = schema.table(link.options.get("table_id")) if link is not None else None
        if other is None:
            continue
        od = dirty.get(other.id, set())
        if od is not ALL:
            od = set(od)
            for fid in sorted(far):
                fc = other.any_column(fid)
                key = (other.id, fid)
                if fc is None or fc.deleted or key in seen or is_stored(fc):
                    continue
                if fc.type not in LINK_BASED and fc.type not in MATERIALISED_TYPES and fc.type != "link":
                    continue  # a plain column: its changes are the other table's dirty rows
                sub = _affected_rows(conn, schema, other, fc, dirty, seen | {key, (table.id, col.id)})
                if sub is ALL:
                    od = ALL
                    break
                od |= sub
        if od is ALL:
            return ALL
        if od:
            rows |= _linked_to(conn, schema, link, od)
    return rows


def _order(schema: Any, stored: list[tuple[TableMeta, ColumnMeta]]) -> list[tuple[TableMeta, ColumnMeta]]:
    """Stored columns after everything they depend on (through any columns, across links)."""
    ids = {c.id for _, c in stored}
    by_id = {c.id: (t, c) for t, c in stored}
    closure: dict[int, set[int]] = {}

    def reach(cid: int, seen: set[int]) -> set[int]:
        out: set[int] = set()
        found = schema.column(cid)
        if found is None:
            return out
        for d in _deps(schema, found[1]):
            if d in seen:
                continue
            seen.add(d)
            if d in ids:
                out.add(d)
            out |= reach(d, seen)
        return out

    for cid in ids:
        closure[cid] = reach(cid, {cid})
    done: list[int] = []
    placed: set[int] = set()

    def place(cid: int, path: set[int]) -> None:
        if cid in placed or cid in path:
            return
        for d in sorted(closure[cid]):
            place(d, path | {cid})
        placed.add(cid)
        done.append(cid)

    for cid in sorted(ids):
        place(cid, set())
    return [by_id[c] for c in done]


def _internal_ids(conn: sa.Connection, table: TableMeta, public: list[str]) -> set[int]:
    t = table.sa_table
    out: set[int] = set()
    for i in range(0, len(public), CHUNK):
        out |= {r[0] for r in conn.execute(sa.select(t.c.id).where(t.c._id.in_(public[i:i + CHUNK])))}
    return out


def _linked_to(conn: sa.Connection, schema: Any, link: ColumnMeta, others: set[int]) -> set[int]:
    from server.columns.links import junction_table

    j = junction_table(link.options["link_id"])
    mine, theirs = (j.c.row_a, j.c.row_b) if link.options.get("side", "a") == "a" else (j.c.row_b, j.c.row_a)
    out: set[int] = set()
    ids = sorted(others)
    for i in range(0, len(ids), CHUNK):
        out |= {r[0] for r in conn.execute(sa.select(mine).where(theirs.in_(ids[i:i + CHUNK])).distinct())}
    return out


def _update(ctx: Any, table: TableMeta, col: ColumnMeta, rows: Any) -> None:
    t = table.sa_table
    value = C.encode(live_typed(table, col))
    if rows is ALL:
        ctx.conn.execute(sa.update(t).values({col.phys: value}))
        return
    ids = sorted(rows)
    for i in range(0, len(ids), CHUNK):
        ctx.conn.execute(sa.update(t).where(t.c.id.in_(ids[i:i + CHUNK])).values({col.phys: value}))


@on_action_done
def refresh(ctx: Any) -> None:
    schema = ctx.schema
    stored = [(t, c) for t in schema.live_tables() for c in t.columns if is_stored(c)]
    if not stored:
        return
    row_touches: dict[int, list[str]] = {}
    dirty: dict[int, Any] = {}
    for table_id, row_id, _ in ctx.touches:
        if row_id is None:
            dirty[table_id] = ALL
        elif dirty.get(table_id, set()) is not ALL:
            row_touches.setdefault(table_id, []).append(row_id)
    for table_id, public in row_touches.items():
        if table_id in dirty and dirty[table_id] is ALL:
            continue
        table = schema.table(table_id)
        if table is not None:
            dirty[table_id] = _internal_ids(ctx.conn, table, sorted(set(public)))
    if not dirty:
        return
    analyzed: set[str] = set()
    for table, col in _order(schema, stored):
        rows = _affected_rows(ctx.conn, schema, table, col, dirty)
        if rows is not ALL and not rows:
            continue
        if rows is ALL:
            _analyze_links(ctx, schema, table, col, analyzed)
        _update(ctx, table, col, rows)
        if rows is ALL:
            dirty[table.id] = ALL
            ctx.touch(table.id, None, col.id)
            continue
        if dirty.get(table.id) is not ALL:
            dirty[table.id] = (dirty.get(table.id) or set()) | rows
        _touch_rows(ctx, table, col, rows)


def _analyze_links(ctx: Any, schema: Any, table: TableMeta, col: ColumnMeta, analyzed: set[str]) -> None:
    """Before recomputing a whole column over links, give the planner statistics for the junction
    and linked tables: without them (a fresh import) PostgreSQL scans the junction once per row."""
    from server.columns.links import junction_name

    names = []
    for link_id in _hop_links(schema, table, col):
        link = table.any_column(link_id)
        other = schema.table(link.options.get("table_id")) if link is not None else None
        if link is None or other is None or not link.options.get("link_id"):
            continue
        names += [junction_name(link.options["link_id"]), other.phys]
    preparer = ctx.conn.dialect.identifier_preparer
    for name in dict.fromkeys(names):
        if name not in analyzed:
            analyzed.add(name)
            # Names come from catalog ids (l_<int>, t_<int>), never from user input.
            ctx.conn.exec_driver_sql(f"ANALYZE {preparer.quote(name)}")


def _touch_rows(ctx: Any, table: TableMeta, col: ColumnMeta, rows: set[int]) -> None:
    """Tell live clients which cells changed because their inputs did (few rows: by row)."""
    if len(rows) > MAX_ROW_TOUCHES:
        ctx.touch(table.id, None, col.id)
        return
    t = table.sa_table
    for (rid,) in ctx.conn.execute(sa.select(t.c._id).where(t.c.id.in_(sorted(rows)))):
        ctx.touch(table.id, rid, col.id)
