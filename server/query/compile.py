"""A view (settings + ad-hoc parameters) compiled into SQL: WHERE, ORDER BY, group keys, colours.

`compile_view` is the one entry point; `view_select` turns its result into a SQLAlchemy
`Select` of the view's rows in view order (export, charts and the API build on it).

Columns are read through `col.type_cls.expression(...)` and sorted by `sort_expression`,
so computed columns (formulas, lookups) filter and sort like stored ones. Empty values sort
as the smallest on both databases (first ascending, last descending: SQLite's own rule,
spelled out for PostgreSQL), and every order ends with the row id so windows and keyset
cursors are stable.

A saved view whose column was deleted keeps working: the filter, sort, group, colour or
summary that needs it is skipped and reported in `broken`; when the column comes back
(undo), so does the condition. Ad-hoc parameters and edits are checked strictly instead
(`strict=True`): every problem is a 422 naming its field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.catalog.model import ColumnMeta, TableMeta
from server.errors import invalid
from server.query import asof, search_index
from server.query.access import row_filter
from server.query.operators import FilterContext, FilterValueError, family_for, operators_for, plain_type_of
from server.query.rows import base_select
from server.query.settings import SUMMARIES
from server.storage.dialect import as_text, date_bucket, fold, json_has

# Which footer/group summaries fit which operator family (the family says what a value is).
SUMMARY_FAMILIES: dict[str, tuple[str, ...]] = {
    "number": ("count", "empty", "filled", "unique", "sum", "average", "median", "min", "max"),
    "date": ("count", "empty", "filled", "unique", "earliest", "latest"),
}
GENERIC_SUMMARIES = ("count", "empty", "filled", "unique")


class CompileError(Exception):
    def __init__(self, path: str, message: str, column_id: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.column_id = column_id


@dataclass
class OrderKey:
    expr: sa.ColumnElement
    desc: bool = False
    # False for NOT NULL system columns (_order, id): no NULLS FIRST/LAST is written, so
    # PostgreSQL can use their plain indexes.
    nullable: bool = True

    def clause(self, expr: sa.ColumnElement | None = None) -> sa.ColumnElement:
        e = self.expr if expr is None else expr
        if not self.nullable:
            return e.desc() if self.desc else e.asc()
        # NULL is the smallest value everywhere: SQLite's default, explicit for PostgreSQL.
        return e.desc().nulls_last() if self.desc else e.asc().nulls_first()


@dataclass
class GroupKey:
    column: ColumnMeta
    expr: sa.ColumnElement        # the value rows are grouped by
    sort: sa.ColumnElement        # how groups are ordered
    desc: bool
    granularity: str | None


@dataclass
class CompiledView:
    table: TableMeta
    settings: dict[str, Any]
    where: sa.ColumnElement | None
    order: list[OrderKey]
    groups: list[GroupKey]
    color: sa.ColumnElement | None
    broken: list[dict[str, Any]] = field(default_factory=list)
    fctx: FilterContext = field(default_factory=FilterContext)

    def where_clause(self) -> sa.ColumnElement:
        return self.where if self.where is not None else sa.true()

    def order_clauses(self) -> list[sa.ColumnElement]:
        return [k.clause() for k in self.order]

    def visible_columns(self) -> list[ColumnMeta]:
        hidden = set(self.settings.get("hidden_columns") or [])
        return [c for c in self.table.columns if c.id not in hidden]


class _Compiler:
    def __init__(self, table: TableMeta, fctx: FilterContext, strict: bool, allow_deleted: bool = False) -> None:
        self.table = table
        self.fctx = fctx
        self.strict = strict
        # Editing a view may keep conditions on deleted columns (they come back with undo).
        self.allow_deleted = allow_deleted
        self.broken: list[dict[str, Any]] = []

    def fail(self, path: str, message: str, column_id: int | None = None, deleted: bool = False) -> None:
        if self.strict and not (deleted and self.allow_deleted):
            raise CompileError(path, message, column_id)
        self.broken.append({"path": path, "column_id": column_id, "reason": message})

    def column(self, column_id: int, path: str) -> ColumnMeta | None:
        col = self.table.column(column_id)
        if col is not None:
            return col
        gone = any(c.id == column_id for c in self.table.deleted_columns)
        self.fail(path, "this column was deleted" if gone else f"column {column_id} is not in this table", column_id,
                  deleted=gone)
        return None

    def expr(self, col: ColumnMeta) -> sa.ColumnElement:
        return col.type_cls.expression(self.table.sa_table, col)

    # -- filters --------------------------------------------------------------------------
    def filters(self, tree: dict[str, Any], path: str) -> sa.ColumnElement | None:
        parts = []
        for i, node in enumerate(tree.get("filters", [])):
            p = f"{path}.filters[{i}]"
            clause = self.filters(node, p) if "filters" in node else self.leaf(node, p)
            if clause is not None:
                parts.append(clause)
        if not parts:
            return None
        return sa.and_(*parts) if tree.get("conjunction", "and") == "and" else sa.or_(*parts)

    def leaf(self, node: dict[str, Any], path: str) -> sa.ColumnElement | None:
        col = self.column(node["column_id"], f"{path}.column_id")
        if col is None:
            return None
        op = operators_for(col).get(node["operator"])
        if op is None:
            names = ", ".join(operators_for(col)) or "none"
            self.fail(f"{path}.operator",
                      f"{node['operator']!r} does not apply to a {col.type} column (use {names})", col.id)
            return None
        expr = col.type_cls.text_filter_expression(self.table.sa_table, col) if family_for(col) == "text" else None
        if expr is None:
            expr = comparable(col, self.expr(col))
        try:
            value = op.parse(node.get("value"), col, self.fctx)
            return op.sql(expr, value, col, self.fctx)
        except FilterValueError as exc:
            self.fail(f"{path}.value", str(exc), col.id)
            return None

    # -- order ----------------------------------------------------------------------------
    def sort_key(self, col: ColumnMeta, expr: sa.ColumnElement) -> sa.ColumnElement:
        if family_for(col) == "checkbox":
            # Unset checkboxes are NULL or false; both sort (and group) as unchecked.
            return sa.func.coalesce(expr, sa.false())
        key = col.type_cls.sort_expression(expr, col)
        if family_for(col) in ("list", "files") and key is expr:
            return as_text(expr)  # lists sort by their JSON text (PostgreSQL's json has no order)
        # Computed text that is JSON (links, lookups) sorts by its text, too.
        return keep_null(col, expr, comparable(col, key))

    def mine_first_key(self, col: ColumnMeta, expr: sa.ColumnElement, path: str) -> sa.ColumnElement | None:
        """0 for a row whose cell holds the reader, else 1: "me first" on a column of people.
        A reader who is nobody (a share link) has no rows of their own: the key is left out,
        as every row would tie."""
        users = col.type_cls.holds_users
        if not users and family_for(col) != "user":
            self.fail(path, f"only columns of people sort with the reader first, not a {col.type} column", col.id)
            return None
        uid = self.fctx.user_id
        if uid is None:
            return None
        if users:
            mine = json_has(expr, sa.literal(uid, sa.Integer()), sa.literal(json.dumps([uid]), sa.Text()))
        else:
            mine = expr == sa.literal(uid, sa.Integer())
        # NULL (an empty cell) is not the reader: coalesce keeps the key 0 or 1 for the cursor.
        return sa.case((sa.func.coalesce(mine, sa.false()), 0), else_=1)

    def group_key(self, spec: dict[str, Any], path: str) -> GroupKey | None:
        col = self.column(spec["column_id"], f"{path}.column_id")
        if col is None:
            return None
        if not col.type_cls.groupable:
            self.fail(f"{path}.column_id", f"{col.type} columns cannot be grouped by", col.id)
            return None
        expr = self.expr(col)
        gran = spec.get("granularity")
        fam = family_for(col)
        if fam == "date":
            expr = date_bucket(gran or "day", expr)
            sort = expr
        elif gran is not None:
            self.fail(f"{path}.granularity", "only date columns group by day, week, month, quarter or year", col.id)
            return None
        elif fam == "checkbox":
            expr = sort = sa.func.coalesce(expr, sa.false())
        elif fam in ("list", "files"):
            expr = as_text(expr)
            sort = expr
        elif fam == "text" and comparable(col, expr) is not expr:
            expr = sort = comparable(col, expr)  # JSON text of links and lookups
        else:
            sort = keep_null(col, expr, col.type_cls.sort_expression(expr, col))
        return GroupKey(col, expr, sort, spec.get("direction") == "desc", gran if fam == "date" else None)

    # -- colours --------------------------------------------------------------------------
    def colors(self, spec: dict[str, Any] | None, path: str) -> sa.ColumnElement | None:
        if not spec:
            return None
        if spec["type"] == "by_select":
            col = self.column(spec["column_id"], f"{path}.column_id")
            if col is None:
                return None
            if col.type_cls.family != "select":
                self.fail(f"{path}.column_id", "rows are coloured by a single select column", col.id)
                return None
            opts = col.options.get("options", [])
            if not opts:
                return None
            return sa.case({o["id"]: o["color"] for o in opts}, value=self.expr(col), else_=None)
        whens = []
        for i, rule in enumerate(spec.get("rules", [])):
            clause = self.filters(rule["filters"], f"{path}.rules[{i}].filters")
            if clause is not None:
                whens.append((clause, sa.literal(rule["color"], sa.Text())))
        return sa.case(*whens, else_=None) if whens else None


def compile_view(table: TableMeta, settings: dict[str, Any], fctx: FilterContext | None = None, *,
                 strict: bool = False, allow_deleted: bool = False, path: str = "settings", extra_filters: dict | None = None,
                 extra_sorts: list[dict] | None = None, search: str | None = None,
                 conn: Connection | None = None) -> CompiledView:
    """Compile settings (already shape-checked by `load_settings`) plus ad-hoc parameters.

    Ad-hoc filters are ANDed with the view's; ad-hoc sorts replace the view's sorts. Raises
    CompileError (strict) or records what it skipped in `broken` (lenient). With `conn`, a
    search may use the table's search index (server.query.search_index)."""
    fctx = fctx or FilterContext()
    c = _Compiler(table, fctx, strict, allow_deleted)
    where = c.filters(settings.get("filters") or {"filters": []}, f"{path}.filters")
    recorded = asof.recorded_by(table, table.sa_table)
    if recorded is not None:  # read as of a date: rows recorded after it are not there yet
        where = recorded if where is None else sa.and_(recorded, where)
    allowed = row_filter(table)
    if allowed is not None:  # the reader's row rule (server.query.access)
        where = allowed if where is None else sa.and_(allowed, where)
    if extra_filters:
        strict_c = _Compiler(table, fctx, True)
        extra = strict_c.filters(extra_filters, "filters")
        if extra is not None:
            where = extra if where is None else sa.and_(where, extra)
    if search:
        hit = search_clause(table, c_visible(table, settings), search, conn)
        where = hit if where is None else sa.and_(where, hit)

    groups = []
    for i, spec in enumerate(settings.get("group_by") or []):
        g = c.group_key(spec, f"{path}.group_by[{i}]")
        if g is not None:
            groups.append(g)
    order: list[OrderKey] = []
    for g in groups:
        # The raw key after its sort key: groups that sort alike ("abc", "ABC") stay apart.
        order += [OrderKey(g.sort, g.desc), OrderKey(g.expr, g.desc)]
    sorts = extra_sorts if extra_sorts is not None else (settings.get("sorts") or [])
    sorts_path = "sorts" if extra_sorts is not None else f"{path}.sorts"
    sc = _Compiler(table, fctx, True) if extra_sorts is not None else c
    for i, spec in enumerate(sorts):
        col = sc.column(spec["column_id"], f"{sorts_path}[{i}].column_id")
        if col is not None and not col.type_cls.sortable:
            sc.fail(f"{sorts_path}[{i}].column_id", f"{col.type} columns cannot be sorted by", col.id)
        elif col is not None and spec.get("me_first"):
            mine = sc.mine_first_key(col, c.expr(col), f"{sorts_path}[{i}].me_first")
            if mine is not None:
                order.append(OrderKey(mine, spec.get("direction") == "desc", nullable=False))
        elif col is not None:
            order.append(OrderKey(sc.sort_key(col, c.expr(col)), spec.get("direction") == "desc"))
    t = table.sa_table
    if not order:
        order = [OrderKey(t.c._order, nullable=False)]
    order.append(OrderKey(t.c.id, nullable=False))

    color = c.colors(settings.get("row_colors"), f"{path}.row_colors")
    for key, kind in (settings.get("summaries") or {}).items():
        col = c.column(int(key), f"{path}.summaries.{key}")
        if col is not None and kind not in summaries_for(col):
            c.fail(f"{path}.summaries.{key}", f"{kind} does not apply to a {col.type} column", col.id)
    if strict:  # layout lists may name purged columns harmlessly; only edits are checked
        for name in ("hidden_columns", "column_order"):
            for i, cid in enumerate(settings.get(name) or []):
                if table.any_column(cid) is None:
                    c.fail(f"{path}.{name}[{i}]", f"column {cid} is not in this table", cid)
    return CompiledView(table=table, settings=settings, where=where, order=order, groups=groups, color=color,
                        broken=c.broken, fctx=fctx)


def comparable(col: ColumnMeta, expr: sa.ColumnElement) -> sa.ColumnElement:
    """The value filters and summaries compare. Computed "text" values may be JSON lists
    (links, lookups): they are compared as text, and an empty list is an empty cell."""
    if family_for(col) == "text" and (not col.type_cls.stored or col.type_cls is not plain_type_of(col)):
        return sa.func.nullif(as_text(expr), "[]")
    return expr


def keep_null(col: ColumnMeta, expr: sa.ColumnElement, key: sa.ColumnElement) -> sa.ColumnElement:
    """Select types sort by option order, mapping empty to after the last option; keep empty
    as NULL instead, so empties sort like every other type's (smallest)."""
    if family_for(col) == "select" and key is not expr:
        return sa.case((expr.is_(None), sa.null()), else_=key)
    return key


def c_visible(table: TableMeta, settings: dict[str, Any]) -> list[ColumnMeta]:
    hidden = set(settings.get("hidden_columns") or [])
    return [c for c in table.columns if c.id not in hidden]


def summaries_for(col: ColumnMeta) -> tuple[str, ...]:
    return SUMMARY_FAMILIES.get(family_for(col) or "", GENERIC_SUMMARIES)


def default_summaries(table: TableMeta) -> dict[str, str]:
    """The footer a new view (or "All rows") gets when nobody chose one, as template views do:
    every money column (a number, formula or rollup shown as currency) is summed, and the
    primary column counts the rows. Other columns stay empty: a count under each would repeat
    the same number across the footer (docs/decisions/0018)."""
    out: dict[str, str] = {}
    for col in table.columns:
        if col.is_primary:
            out[col.key] = "count"
        elif (col.options or {}).get("format") == "currency" and "sum" in summaries_for(col):
            out[col.key] = "sum"
    return out


SEARCH_SEPARATOR = search_index.SEPARATOR


def search_clause(table: TableMeta, columns: list[ColumnMeta], text: str,
                  conn: Connection | None = None, common_scan: bool = True) -> sa.ColumnElement:
    """Rows where any of the columns contains the text (case-folded, Cyrillic included).

    Columns whose search expression is `fold(x)` are joined (x1 \\n x2 …) and folded once
    per row, not once per column: on SQLite folding is a Python function call, the cost of
    a search over a million rows. A needle never spans two columns: it cannot hold the
    separator (searches are one line). Given a connection, the table's search index (when
    it holds these columns) narrows the rows first; the condition checked is the same.
    `common_scan`: a common word scans instead (right for a window, which stops at its end;
    not for reading every hit)."""
    from server.query.operators import _like_escape

    needle = text.replace(SEARCH_SEPARATOR, " ")
    pattern = sa.literal("%") + fold(sa.literal(_like_escape(needle), sa.Text())) + sa.literal("%")
    p = search_index.plan(table, columns)
    parts = [se.like(pattern, escape="\\") for se in p.other]
    if p.joined:
        parts.insert(0, search_index.joined_text(p.joined).like(pattern, escape="\\"))
    exact = sa.or_(*parts) if parts else sa.false()
    if conn is None or not parts or p.uncovered:
        return exact
    name = search_index.usable(conn, table)
    if name is None:
        _ask_for_index(table)
        return exact
    narrowed = search_index.candidates(conn, table, p, name, needle, common_scan)
    return exact if narrowed is None else sa.and_(narrowed, exact)


def _ask_for_index(table: TableMeta) -> None:
    """Searched without an index: the background upkeep builds one (server.query.indexes)."""
    from server.query import indexes
    from server.state import state

    try:
        st = state()
    except RuntimeError:  # compiled outside an app (a script): nothing to schedule against
        return
    indexes.want_search_index(st.db, st.schema_cache, table.base_id, table.id)


def filter_clause(table: TableMeta, tree: dict[str, Any], fctx: FilterContext, path: str = "filters"
                  ) -> sa.ColumnElement | None:
    """Conditions in the view-filter format as one clause, checked strictly (CompileError), or
    None for no conditions: ad-hoc filters that belong to no view (a dashboard's)."""
    return _Compiler(table, fctx, True).filters(tree, path)


def raise_compile_error(exc: CompileError) -> None:
    raise invalid(f"{exc.path}: {exc.message}", {exc.path: [exc.message]}, code="invalid_view") from exc


def view_select(table: TableMeta, settings: dict[str, Any], fctx: FilterContext | None = None, *,
                columns: list[ColumnMeta] | None = None, extra_filters: dict | None = None,
                extra_sorts: list[dict] | None = None, search: str | None = None) -> sa.Select:
    """The rows of a view in view order, as one SELECT (for export and other readers).

    Selects the system fields and each column under `server.query.rows.column_label`; the
    row colour, when the view has one, is labelled `_color`."""
    cv = compile_view(table, settings, fctx, extra_filters=extra_filters, extra_sorts=extra_sorts, search=search)
    return compiled_select(cv, columns)


def compiled_select(cv: CompiledView, columns: list[ColumnMeta] | None = None) -> sa.Select:
    stmt = base_select(cv.table, columns)
    if cv.color is not None:
        stmt = stmt.add_columns(cv.color.label("_color"))
    if cv.where is not None:
        stmt = stmt.where(cv.where)
    return stmt.order_by(*cv.order_clauses())


__all__ = ["CompileError", "CompiledView", "FilterContext", "GroupKey", "OrderKey", "SUMMARIES", "compile_view",
           "compiled_select", "default_summaries", "raise_compile_error", "search_clause", "summaries_for", "view_select"]
