"""Who reads: a member's access rules applied to every read, in one place.

A request names its reader (`reading_as`, entered by the API's route decorators for the
logged-in user or the token's owner). While it runs, `SchemaCache.get` hands out the base's
schema as that reader may see it (`restricted`): tables hidden from them are not there (every
route answers 404), columns hidden from them are not in `table.columns` (so no response, export,
filter or sort reaches them), and each table they have a read rule on carries a `Reader`. The
query layer ANDs the reader's row rule into every read it builds (`row_filter`, used by
`compile_view`, `select_rows` and `count_rows`), so windows, counts, groups, summaries, search,
charts, exports and the SeaTable-compatible API all read only the rows the rule lets through.

Owners, system work (no reader) and actions (`unrestricted`, entered by apply_action: handlers,
undo and stored formulas need the whole base; the write check enforces the rules there,
server.permissions.checks) see everything.

A rule is a filter tree in the format of view filters, compiled with the reader as "me", plus
two conditions on a link column that follow the link (each an `id IN (rows linked to …)`):
- `{"column_id": link, "operator": "linked_matches", "value": <filter tree of the other table>}`:
  some linked row matches that filter (an invoice whose customer's manager is me);
- `{"column_id": link, "operator": "linked_visible"}`: some linked row is one the reader may
  read (a payment whose invoice is visible), by the reader's rule on the other table.
A rule that no longer compiles (a column it names was deleted) lets no row through.
Why and how: docs/decisions/0042-row-access-rules.md.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from server.catalog import schema as cat

if TYPE_CHECKING:
    from server.catalog.model import BaseSchema, ColumnMeta, TableMeta

LINK_OPERATORS = ("linked_matches", "linked_visible")
MAX_LINK_DEPTH = 3  # rules follow at most this many links (a payment → invoice → customer is 2)
# Column types that show values read through a link column (their option `link_column_id`).
THROUGH_LINK = ("lookup", "rollup", "link_count")


@dataclass(frozen=True)
class MemberRule:
    """One table's rules for one member: the row filters (None: every row) and what is hidden."""

    read_filter: dict | None = None
    edit_filter: dict | None = None
    hide_table: bool = False
    read_only: bool = False  # they read rows (by read_filter) but change none
    hidden_columns: frozenset[int] = frozenset()


@dataclass
class Reader:
    """A member who is not an owner, with their rules per table id, and the base as they see it."""

    user_id: int
    role: str
    rules: dict[int, MemberRule]
    schema: BaseSchema | None = None  # the full schema (rules compile against every column)
    _clauses: dict[tuple[str, int, int], Any] = field(default_factory=dict)

    def rule(self, table_id: int) -> MemberRule:
        return self.rules.get(table_id) or MemberRule()

    def table_hidden(self, table_id: int) -> bool:
        return self.rule(table_id).hide_table

    def hidden_columns(self, table: TableMeta) -> set[int]:
        """Columns hidden by name, plus link columns to hidden tables and what reads through them."""
        hidden = set(self.rule(table.id).hidden_columns)
        for col in table.columns:
            if col.type == "link" and self.table_hidden(col.options.get("table_id") or 0):
                hidden.add(col.id)
        for col in table.columns:
            if col.type in THROUGH_LINK and col.options.get("link_column_id") in hidden:
                hidden.add(col.id)
        return hidden

    def clause(self, kind: str, table: TableMeta, depth: int = 0) -> sa.ColumnElement | None:
        """The SQL condition of the reader's `kind` ("read" or "edit") rule on a table (None: all rows).

        The edit rule applies on top of the read rule: a member edits only rows they can see."""
        full = table.full or table
        key = (kind, full.id, depth)
        if key not in self._clauses:
            self._clauses[key] = self._build(kind, full, depth)
        return self._clauses[key]

    def _build(self, kind: str, table: TableMeta, depth: int) -> sa.ColumnElement | None:
        rule = self.rule(table.id)
        if rule.hide_table or (kind == "edit" and rule.read_only):
            return sa.false()
        parts = []
        for tree in (rule.read_filter, rule.edit_filter if kind == "edit" else None):
            if tree is not None:
                parts.append(compile_rule(table, tree, self, strict=False, depth=depth))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else sa.and_(*parts)


def compile_rule(table: TableMeta, tree: dict, reader: Reader | None, *, user_id: int | None = None,
                 strict: bool, path: str = "read_filter", depth: int = 0) -> sa.ColumnElement:
    """A rule's filter tree as SQL on `table` (its full meta). Strict: raises CompileError
    (saving a rule); lenient: a rule with a broken part lets nothing through."""
    from server.query.compile import _Compiler
    from server.query.operators import FilterContext

    uid = reader.user_id if reader is not None else user_id
    table = table.full or table

    class RuleCompiler(_Compiler):
        def leaf(self, node: dict[str, Any], p: str) -> sa.ColumnElement | None:
            if node["operator"] not in LINK_OPERATORS:
                return super().leaf(node, p)
            col = self.column(node["column_id"], f"{p}.column_id")
            if col is None:
                return None
            return _link_condition(self, col, node, p, reader, strict, depth)

    compiler = RuleCompiler(table, FilterContext(user_id=uid), strict)
    where = compiler.filters(tree, path)
    if compiler.broken:
        return sa.false()
    return where if where is not None else sa.true()


def _link_condition(compiler: Any, col: ColumnMeta, node: dict, path: str, reader: Reader | None, strict: bool,
                    depth: int) -> sa.ColumnElement | None:
    """Some row linked through `col` matches the node's filter, or is one the reader may read."""
    from server.columns.links import link_sides

    table = compiler.table
    if col.type != "link":
        compiler.fail(f"{path}.operator", f"{node['operator']} applies to link columns, not a {col.type} column",
                      col.id)
        return None
    if depth >= MAX_LINK_DEPTH:
        compiler.fail(path, f"a rule follows at most {MAX_LINK_DEPTH} links", col.id)
        return None
    sides = link_sides(table.schema, col)
    if sides is None or sides.other.id == table.id:
        compiler.fail(f"{path}.column_id", "a rule follows links to another table only", col.id)
        return None
    other = sides.other
    if node["operator"] == "linked_matches":
        value = node.get("value")
        if not isinstance(value, dict):
            compiler.fail(f"{path}.value", "a filter of the linked table {conjunction, filters}", col.id)
            return None
        from server.query.settings import FilterShapeError, normalise_filter_tree

        try:
            tree = normalise_filter_tree(value, f"{path}.value")
        except FilterShapeError as exc:
            compiler.fail(exc.path, exc.message, col.id)
            return None
        inner = compile_rule(other, tree, reader, user_id=compiler.fctx.user_id, strict=strict,
                             path=f"{path}.value", depth=depth + 1)
    elif reader is None:  # checking a rule's shape: the other table's rule is the reader's
        inner = sa.true()
    else:
        inner = reader.clause("read", other, depth + 1)
        inner = sa.true() if inner is None else inner
    o = other.sa_table
    # A semi-join computed once (the rows linked to a matching row), not a subquery per row;
    # uncorrelated, so a query that reads `other` too keeps its own copy of it.
    # Driven from the matching rows of `other`, so the junction is read by its index on that side.
    matching = sa.select(o.c.id).where(inner).correlate(None).scalar_subquery()
    linked = sa.select(sides.mine).select_from(sides.junction).where(sides.theirs.in_(matching)).correlate(None)
    return table.sa_table.c.id.in_(linked.scalar_subquery())


def listed_rows(other: TableMeta, alias: Any) -> sa.ColumnElement | None:
    """For lists of linked rows (link cells, lookups): the rows of `other` (read as `alias`)
    the current reader may see; None when they see every row. Rollups, link counts and
    formulas leave this out: they are computed over all rows (decision 0042)."""
    req = _READER.get()
    if req is None or _UNRESTRICTED.get():
        return None
    mine = [(v, s) for (b, v), s in req.cache.items() if b == other.base_id]
    if not mine:
        return None
    schema = max(mine, key=lambda x: x[0])[1]
    seen = schema.tables.get(other.id)
    if seen is None:
        return sa.false()
    clause = row_filter(seen)
    if clause is None:
        return None
    t = seen.sa_table
    return alias.c.id.in_(sa.select(t.c.id).where(clause).correlate(None).scalar_subquery())


def row_filter(table: TableMeta, kind: str = "read") -> sa.ColumnElement | None:
    """The reader's row rule on this table as seen through a restricted schema (None: all rows)."""
    reader = table.reader
    if reader is None:
        return None
    return reader.clause(kind, table)


def redacted(reader: Reader | None, payload: Any) -> bool:
    """Whether a logged action's payload (and summary) is withheld from this member in the
    activity log: it changes a table they have rules on, or is a batch that may."""
    if reader is None or not isinstance(payload, dict):
        return False
    if payload.get("type") in ("batch", "apply_template", "import_rows", "restore_base", "revert_to"):
        return True
    if payload.get("table_id") in reader.rules:
        return True
    column = payload.get("column_id")
    if column is not None and reader.schema is None:
        return True  # a link change: which table it is in is not known here; withhold it
    return False


# -- which rules a member has -------------------------------------------------------------------
def _role(conn: sa.Connection, base_id: int, user_id: int) -> str | None:
    m = cat.base_members
    return conn.execute(sa.select(m.c.role).where(m.c.base_id == base_id, m.c.user_id == user_id)).scalar()


def load_reader(conn: sa.Connection, base_id: int, user_id: int) -> Reader | None:
    """The member's rules in this base, or None when nothing is restricted (owners, no rules)."""
    r = cat.access_rules
    role = _role(conn, base_id, user_id)
    if role is None or role == "owner":
        return None
    rows = conn.execute(sa.select(r).where(r.c.base_id == base_id, sa.or_(r.c.user_id == user_id, r.c.role == role))
                        .order_by(r.c.id)).all()
    if not rows:
        return None
    rules: dict[int, MemberRule] = {}
    for row in sorted(rows, key=lambda x: x.user_id is not None):  # a member's own rule wins over their role's
        rules[row.table_id] = MemberRule(read_filter=row.read_filter, edit_filter=row.edit_filter,
                                         hide_table=bool(row.hide_table), read_only=bool(row.read_only),
                                         hidden_columns=frozenset(row.hidden_columns or []))
    return Reader(user_id=user_id, role=role, rules=rules)


def restricted(schema: BaseSchema, reader: Reader) -> BaseSchema:
    """The schema as the reader sees it: copies of the tables, without what is hidden from them."""
    from server.catalog.model import BaseSchema

    reader.schema = schema
    tables: dict[int, TableMeta] = {}
    for t in schema.tables.values():
        if reader.table_hidden(t.id):
            continue
        t.sa_table  # noqa: B018  (built on the shared table first: the copy keeps the same Table)
        hidden = reader.hidden_columns(t)
        tables[t.id] = dataclasses.replace(t, columns=[c for c in t.columns if c.id not in hidden], _key_map=None,
                                           reader=reader, full=t)
    out = BaseSchema(base_id=schema.base_id, schema_version=schema.schema_version, tables=tables)
    for t in tables.values():
        t.schema = out
    return out


# -- the reader of the current request ----------------------------------------------------------
@dataclass
class _Request:
    user_id: int
    see_as: int | None = None
    cache: dict[tuple[int, int], BaseSchema] = field(default_factory=dict)


_READER: contextvars.ContextVar[_Request | None] = contextvars.ContextVar("tablo_reader", default=None)
_UNRESTRICTED: contextvars.ContextVar[bool] = contextvars.ContextVar("tablo_unrestricted", default=False)


@contextlib.contextmanager
def reading_as(user_id: int | None, see_as: int | None = None) -> Iterator[None]:
    """Reads inside the block see what `user_id` may see (None: everything). `see_as`: in the
    bases `user_id` owns, what that member sees instead (the owner's preview)."""
    token = _READER.set(_Request(user_id, see_as) if user_id is not None else None)
    try:
        yield
    finally:
        _READER.reset(token)


@contextlib.contextmanager
def reading_through(user_id: int, schema: BaseSchema) -> Iterator[None]:
    """Reads inside the block see `schema`, already restricted for `user_id` (the live hub)."""
    token = _READER.set(_Request(user_id, None, {(schema.base_id, schema.schema_version): schema}))
    try:
        yield
    finally:
        _READER.reset(token)


def current() -> _Request | None:
    """The request's reader, to carry into work done after the route returns (a streamed export)."""
    return _READER.get()


@contextlib.contextmanager
def resumed(req: _Request | None) -> Iterator[None]:
    """Reads inside the block see what `current()` saw where it was taken."""
    token = _READER.set(req)
    try:
        yield
    finally:
        _READER.reset(token)


@contextlib.contextmanager
def unrestricted() -> Iterator[None]:
    """The whole base inside the block (actions: their checks enforce the rules)."""
    token = _UNRESTRICTED.set(True)
    try:
        yield
    finally:
        _UNRESTRICTED.reset(token)


def restrict_for_current_reader(conn: sa.Connection, schema: BaseSchema) -> BaseSchema:
    """`SchemaCache.restrictor`: the schema for the request's reader (cached for the request)."""
    req = _READER.get()
    if req is None or _UNRESTRICTED.get():
        return schema
    key = (schema.base_id, schema.schema_version)
    if key not in req.cache:
        uid = req.user_id
        if req.see_as is not None and _role(conn, schema.base_id, uid) == "owner":
            uid = req.see_as
        reader = load_reader(conn, schema.base_id, uid)
        req.cache[key] = schema if reader is None else restricted(schema, reader)
    return req.cache[key]


def install() -> None:
    from server.catalog.model import SchemaCache

    SchemaCache.restrictor = restrict_for_current_reader
