"""Computed column types: formula, lookup, rollup and link-count.

None of them has a physical column: `expression()` returns SQL (a compiled formula, or a
correlated subquery over a link's junction table), so reading, filtering, sorting and
grouping go through server/query/ exactly like stored columns. References are kept by
column id (`options.source`); `options.formula` is the text users see, rewritten on rename.
"""

from __future__ import annotations

import abc
import datetime as dt
import json
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import CellError, ColumnType, ValueContext
from server.columns.links import linked_rows
from server.errors import ApiError, invalid
from server.formulas import compiler as C
from server.formulas.parser import FormulaError
from server.query import asof
from server.query.access import listed_rows
from server.storage import dialect as F

RESULT_TYPES = ("number", "text", "date", "bool")
# The plain column type a result behaves like (filters, sorts and summaries use its operators).
RESULT_AS_TYPE = {"number": "number", "text": "text", "date": "date", "bool": "checkbox"}


class FormulaApiError(ApiError):
    """422 for a formula mistake, with where it is in the text."""

    def __init__(self, exc: FormulaError, field: str = "options.formula") -> None:
        super().__init__(422, "formula_error", f"{exc.message} (at position {exc.start})", {field: [exc.message]})
        self.start, self.end = exc.start, exc.end

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        out["error"]["position"] = {"start": self.start, "end": self.end}
        return out


def _number_from_db(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, str):  # an error text, when the result type changed under a stored cell
        try:
            value = float(value)
        except ValueError:
            return value
    value = C.decode_number(float(value))
    return value


def _date_from_db(value: Any) -> Any:
    value = C.decode_date(value)
    if value is None or isinstance(value, str) and value.startswith("#"):
        return value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if value.hour == value.minute == value.second == 0:
        return value.strftime("%Y-%m-%d")
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def value_from_db(kind: str, value: Any) -> Any:
    if kind == "number":
        return _number_from_db(value)
    if kind == "date":
        return _date_from_db(value)
    if kind == "bool":
        return None if value is None else bool(value)
    return value


def _env(table: sa.Table) -> C.Env:
    meta = C.table_meta(table)
    return C.Env(meta.schema, meta, table)


def _kind_of(col: ColumnMeta) -> str:
    return col.options.get("result_type") or "text"


class _Computed(ColumnType, metaclass=abc.ABCMeta):
    stored = False
    read_only = True
    allow_type_change = True
    # Filters, summaries and charts follow the result's plain type (`result_type`).
    family = None
    formula_computed = True
    # SeaTable calls lookups, rollups and link counts "link formulas".
    seatable_type = "link-formula"

    def sql_type(self, options: dict) -> sa.types.TypeEngine:
        """The type of the stored result column (see server/formulas/stored.py)."""
        return {"number": sa.Float(53), "date": sa.DateTime(), "bool": sa.Boolean()}.get(
            options.get("result_type") or "text", sa.Text())

    def to_db(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> Any:
        raise CellError("this column is computed")

    def parse_text(self, text: str, col: ColumnMeta, ctx: ValueContext) -> Any:
        raise CellError("this column is computed")

    def from_db(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> Any:
        return value_from_db(_kind_of(col), value)

    def to_text(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> str:
        v = self.from_db(value, col, ctx)
        if v is None:
            return ""
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return F.python_num_text(v) or ""
        if isinstance(v, list):
            return ", ".join("" if x is None else str(x) for x in v)
        return str(v)

    def export_value(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> tuple[Any, str | None]:
        v = self.from_db(value, col, ctx)
        if isinstance(v, float | bool):
            return v, None
        return (self.to_text(value, col, ctx) or None), None

    def result_type(self, col: ColumnMeta) -> str:
        """The plain type id this column's values behave like: number, text, date or checkbox."""
        return RESULT_AS_TYPE.get(_kind_of(col), "text")

    @abc.abstractmethod
    def typed(self, env: C.Env, col: ColumnMeta) -> C.Typed:
        """The column's value as a typed SQL expression (each computed type defines it)."""

    def expression(self, table: sa.Table, col: ColumnMeta) -> sa.ColumnElement:
        from server.formulas.stored import reads_stored

        if reads_stored(C.table_meta(table).schema, col):
            return table.c[col.phys]
        env = _env(table)
        try:
            x = self.typed(C.replace(env, visiting=(col.id,)), col)
        except FormulaError:
            # A referenced column changed type under the formula: the cells say so, the query still runs.
            x = C.error_typed(_kind_of(col), C.ERR_VALUE)
        return C.encode(x)

    def formula_typed(self, env: C.Env, col: ColumnMeta) -> C.Typed:
        try:
            return self.typed(env, col)
        except FormulaError:
            return C.error_typed(_kind_of(col), C.ERR_VALUE)



# -- formula ------------------------------------------------------------------------------
class FormulaOptions(Schema):
    formula = fields.String(required=True, validate=validate.Length(min=1, max=10_000))
    source = fields.String(load_default=None, allow_none=True)
    result_type = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(RESULT_TYPES))
    # Display only: how the web app formats a number or date result.
    format = fields.String(load_default="number", validate=validate.OneOf(["number", "decimal", "percent", "currency"]))
    precision = fields.Integer(load_default=2, validate=validate.Range(0, 8))
    currency_symbol = fields.String(load_default="₽", validate=validate.Length(max=8))
    date_format = fields.String(load_default="YYYY-MM-DD", validate=validate.Length(max=40))


def same_name_here(ctx: Any, table: TableMeta, column_id: Any) -> Any:
    """A column id from another table (a duplicated table's options) mapped to this table's
    column of the same name; ids of this table, and unknown ones, are left alone."""
    if not isinstance(column_id, int) or table.any_column(column_id) is not None:
        return column_id
    found = ctx.schema.column(column_id)
    if found is None:
        return column_id
    twin = next((c for c in table.columns if c.name == found[1].name), None)
    return twin.id if twin is not None else column_id


def check_cycle(schema: Any, target: int | None, start_deps: list[int]) -> None:
    """Refuse a change that makes `target` depend on itself; the message names the chain."""
    if target is None:
        return

    def name(cid: int) -> str:
        found = schema.column(cid)
        return "{" + found[1].name + "}" if found else f"#{cid}"

    def visit(cid: int, path: list[int], seen: set[int]) -> list[int] | None:
        if cid == target:
            return path + [cid]
        if cid in seen:
            return None
        seen.add(cid)
        found = schema.column(cid)
        if found is None or found[1].deleted:
            return None
        col = found[1]
        for d in col.type_cls.dependencies(col):
            hit = visit(d, path + [cid], seen)
            if hit:
                return hit
        return None

    seen: set[int] = set()
    for d in start_deps:
        chain = visit(d, [target], seen)
        if chain:
            text = " → ".join(name(c) for c in chain)
            raise invalid(f"circular reference: {text}", {"options": [f"circular reference: {text}"]},
                          code="circular_reference")


def try_on_database(ctx: Any, table: TableMeta, x: C.Typed) -> None:
    """Let the database parse the compiled SQL once (no rows): a formula too deeply nested for it
    is refused now, with a message, rather than failing every later read."""
    try:
        with ctx.conn.begin_nested():
            ctx.conn.execute(sa.select(C.encode(x)).select_from(table.sa_table).limit(0))
    except sa.exc.DBAPIError:
        raise FormulaError("this formula is too complex for the database; split it into several columns") from None


def typecheck(schema: Any, table: TableMeta, tree: Any, visiting: tuple[int, ...] = ()) -> C.Typed:
    return C.compile_tree(C.Env(schema, table, table.sa_table, visiting), tree)


class FormulaType(_Computed):
    type_id = "formula"
    options_schema = FormulaOptions
    seatable_type = None

    def default_options(self) -> dict:
        return {}

    def validate_options(self, options: dict | None, existing: dict | None = None) -> dict:
        opts = dict(options or {})
        if existing and "formula" not in opts and existing.get("source"):
            opts = {**existing, **opts}
        return FormulaOptions().load(opts)

    def prepare_options(self, ctx: Any, table: TableMeta, col: ColumnMeta | None, options: dict) -> dict:
        options = dict(options)
        try:
            if ctx.trusted and options.get("source"):
                from server.formulas.parser import rewrite_refs

                source = rewrite_refs(options["source"],
                                      lambda r: f"#{same_name_here(ctx, table, r.column_id)}")
                tree = C.parse_source(source)
            else:
                source, tree = C.source_text(options["formula"], table)
            own = (col.id,) if col is not None else ()
            check_cycle(ctx.schema, col.id if col is not None else None, C.formula_refs(source))
            x = typecheck(ctx.schema, table, tree, own)
            try_on_database(ctx, table, x)
        except FormulaError as exc:
            raise FormulaApiError(exc) from None
        options.update(source=source, formula=C.display_text(source, table), result_type=x.kind)
        return options

    def typed(self, env: C.Env, col: ColumnMeta) -> C.Typed:
        source = col.options.get("source")
        if not source:
            return C.error_typed("text", C.ERR_NAME)
        tree = C.parse_source(source)
        for ref in C.walk(tree):
            if isinstance(ref, C.Ref):
                target = env.table.any_column(ref.column_id) if ref.column_id is not None else None
                if target is None or target.deleted:
                    # A deleted input makes the whole cell #REF! (until the column is restored).
                    return C.error_typed("text", C.ERR_REF)
        return C.compile_tree(env, tree)

    def dependencies(self, col: ColumnMeta) -> list[int]:
        return C.formula_refs(col.options.get("source") or "")

    def refresh_options(self, table: TableMeta, col: ColumnMeta) -> dict:
        source = col.options.get("source")
        if not source:
            return col.options
        try:
            shown = C.display_text(source, table)
            kind = self.typed(C.Env(table.schema, table, table.sa_table, (col.id,)), col).kind
        except FormulaError:
            return col.options
        return {**col.options, "formula": shown, "result_type": kind}


# -- link-based: lookup, rollup, link-count -----------------------------------------------------
def _resolve_column(table: TableMeta, ref: Any, field: str) -> ColumnMeta:
    col = None
    if isinstance(ref, int) and not isinstance(ref, bool):
        col = table.column(ref)
    elif isinstance(ref, str):
        col = next((c for c in table.columns if c.name == ref), None) or \
            next((c for c in table.columns if c.name.casefold() == ref.strip().casefold()), None)
        if col is None and ref.strip().isdigit():
            col = table.column(int(ref.strip()))
    if col is None:
        raise invalid(f"{field}: no column {ref!r} in table {table.name!r}", {field: ["no such column"]})
    return col


def _resolve_link(ctx: Any, table: TableMeta, options: dict) -> tuple[ColumnMeta, TableMeta]:
    ref = options.pop("link", None)
    if ref is None:
        ref = options.get("link_column_id")
    if ref is None:
        raise invalid("options.link: say which link column to follow", {"options.link": ["required"]})
    link = _resolve_column(table, ref, "options.link")
    if link.type != "link":
        raise invalid(f"options.link: {link.name!r} is not a link column", {"options.link": ["not a link column"]})
    other = ctx.schema.table(link.options.get("table_id"))
    if other is None:
        raise invalid("options.link: the linked table is gone", {"options.link": ["linked table deleted"]})
    options["link_column_id"] = link.id
    return link, other


def _resolve_target(other: TableMeta, options: dict) -> ColumnMeta:
    ref = options.pop("column", None)
    if ref is None:
        ref = options.get("column_id")
    if ref is None:
        raise invalid("options.column: say which column of the linked table", {"options.column": ["required"]})
    target = _resolve_column(other, ref, "options.column")
    options["column_id"] = target.id
    return target


def _link_env(env: C.Env, col: ColumnMeta) -> tuple[Any, Any, TableMeta, Any, ColumnMeta] | None:
    link = env.table.any_column(col.options.get("link_column_id") or 0)
    if link is None or link.deleted or link.type != "link":
        return None
    found = linked_rows(env.schema, link, env.t)
    if found is None:
        return None
    frm, o, other, where = found
    return frm, o, other, where, link


class LinkedOptions(Schema):
    link = fields.Raw(load_default=None, allow_none=True)
    link_column_id = fields.Integer(load_default=None, allow_none=True)
    column = fields.Raw(load_default=None, allow_none=True)
    column_id = fields.Integer(load_default=None, allow_none=True)
    result_type = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(RESULT_TYPES))
    summary = fields.String(load_default="sum", validate=validate.OneOf(
        ["sum", "average", "min", "max", "count", "count_unique", "concatenate", "earliest", "latest"]))
    condition = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=10_000))
    condition_source = fields.String(load_default=None, allow_none=True)
    precision = fields.Integer(load_default=2, validate=validate.Range(0, 8))
    format = fields.String(load_default="number", validate=validate.OneOf(["number", "decimal", "percent", "currency"]))
    currency_symbol = fields.String(load_default="₽", validate=validate.Length(max=8))


class _Linked(_Computed):
    options_schema = LinkedOptions
    uses_target = True
    uses_summary = False

    def default_options(self) -> dict:
        return {}

    def validate_options(self, options: dict | None, existing: dict | None = None) -> dict:
        opts = dict(options or {})
        if existing:
            opts = {**existing, **opts}
        loaded = LinkedOptions().load(opts)
        keep = {"link", "link_column_id", "result_type", "precision", "format", "currency_symbol"}
        if self.uses_target:
            keep |= {"column", "column_id"}
        if self.uses_summary:
            keep |= {"summary", "condition", "condition_source"}
        return {k: v for k, v in loaded.items() if k in keep and v is not None}

    def prepare_options(self, ctx: Any, table: TableMeta, col: ColumnMeta | None, options: dict) -> dict:
        options = dict(options)
        if "link" in options or "column" in options:
            options.pop("condition_source", None)
        if ctx.trusted and "link_column_id" in options:
            options["link_column_id"] = same_name_here(ctx, table, options["link_column_id"])
        _, other = _resolve_link(ctx, table, options)
        deps = [options["link_column_id"]]
        if self.uses_target:
            target = _resolve_target(other, options)
            deps.append(target.id)
        if self.uses_summary and options.get("condition"):
            try:
                if ctx.trusted and options.get("condition_source"):
                    cond_source = options["condition_source"]
                    tree = C.parse_source(cond_source)
                else:
                    cond_source, tree = C.source_text(options["condition"], other)
                cond = typecheck(ctx.schema, other, tree)
                C.to_bool(cond, tree)
            except FormulaError as exc:
                raise FormulaApiError(exc, "options.condition") from None
            options["condition_source"] = cond_source
            options["condition"] = C.display_text(cond_source, other)
            deps.extend(C.formula_refs(cond_source))
        else:
            options.pop("condition_source", None)
            options.pop("condition", None)
        check_cycle(ctx.schema, col.id if col is not None else None, deps)
        probe = ColumnMeta(id=col.id if col is not None else -1, table_id=table.id, name="", type=self.type_id,
                           options=options, position=0, phys=None, is_primary=False, description="", deleted=False)
        try:
            kind = self.typed(C.Env(ctx.schema, table, table.sa_table, (probe.id,)), probe).kind
        except FormulaError as exc:
            raise invalid(f"options.column: {exc.message}", {"options.column": [exc.message]}) from None
        options["result_type"] = kind
        return options

    def dependencies(self, col: ColumnMeta) -> list[int]:
        o = col.options
        deps = [d for d in (o.get("link_column_id"), o.get("column_id")) if d]
        return deps + C.formula_refs(o.get("condition_source") or "")

    def refresh_options(self, table: TableMeta, col: ColumnMeta) -> dict:
        try:
            kind = self.typed(C.Env(table.schema, table, table.sa_table, (col.id,)), col).kind
        except FormulaError:
            return col.options
        out = {**col.options, "result_type": kind}
        cond = col.options.get("condition_source")
        link = table.any_column(col.options.get("link_column_id") or 0)
        other = table.schema.table(link.options.get("table_id")) if link is not None else None
        if cond and other is not None:
            try:
                out["condition"] = C.display_text(cond, other)
            except FormulaError:
                pass
        return out

    def _target(self, env: C.Env, col: ColumnMeta, o: Any, other: TableMeta) -> C.Typed | None:
        target = other.any_column(col.options.get("column_id") or 0)
        if target is None or target.deleted:
            return None
        return C.column_typed(C.Env(env.schema, other, o, env.visiting), target)


class LookupType(_Linked):
    """The values of one column of the linked rows: a list in the API, joined text in formulas."""

    type_id = "lookup"
    list_value = True

    def _values(self, env: C.Env, col: ColumnMeta, as_text: bool) -> tuple[Any, Any, Any, Any, bool] | None:
        found = _link_env(env, col)
        if found is None:
            return None
        frm, o, other, where, _ = found
        x = self._target(env, col, o, other)
        if x is None:
            return None
        listed = listed_rows(other, o)
        if listed is not None:  # a list never shows rows hidden from the reader (decision 0042)
            where = sa.and_(where, listed)
        if as_text or x.kind in ("text", "date"):
            v = C.to_text(x).val
        elif x.kind == "bool":
            v = sa.case((x.val, 1), else_=0)
        else:
            v = x.val
        return v, frm, where, o.c.id, x.volatile

    def typed(self, env: C.Env, col: ColumnMeta) -> C.Typed:
        found = self._values(env, col, as_text=True)
        if found is None:
            return C.error_typed("text", C.ERR_REF)
        v, frm, where, order, volatile = found
        return C.Typed("text", sa.select(F.text_agg(v, order)).select_from(frm).where(where).scalar_subquery(),
                       volatile=volatile)

    def expression(self, table: sa.Table, col: ColumnMeta) -> sa.ColumnElement:
        env = C.replace(_env(table), visiting=(col.id,))
        try:
            found = self._values(env, col, as_text=False)
        except FormulaError:
            found = None
        if found is None:
            return C.text_lit(C.ERR_REF)
        v, frm, where, order, _ = found
        return sa.select(F.json_values_agg(v, order)).select_from(frm).where(where).scalar_subquery()

    def row_summary(self, table: sa.Table, col: ColumnMeta, how: str) -> tuple[sa.ColumnElement, str] | None:
        """One row's sum, min, max or count of its looked-up numbers or dates (errors left out),
        with their kind; None when the looked-up values are neither. SQL aggregates over a lookup
        column (SeaTable's `SUM(lookup)`) aggregate these per-row summaries."""
        env = C.replace(_env(table), visiting=(col.id,))
        found, x = None, None
        try:
            found = _link_env(env, col)
            x = self._target(env, col, found[1], found[2]) if found is not None else None
        except FormulaError:
            pass
        if found is None or x is None or x.kind not in ("number", "date"):
            return None
        frm, _, _, where, _ = found
        v = C.errors_as_null(C.encode(x), x.kind)
        fn = {"sum": sa.func.sum, "min": sa.func.min, "max": sa.func.max, "count": sa.func.count}[how]
        return sa.select(fn(v)).select_from(frm).where(where).scalar_subquery(), x.kind

    def text_filter_expression(self, table: sa.Table, col: ColumnMeta) -> sa.ColumnElement:
        """What text filters compare: the values joined with ', ', as the cell reads and as in
        formulas (not the JSON list), so `is` finds a one-value lookup by its value."""
        try:
            return self.typed(C.replace(_env(table), visiting=(col.id,)), col).val
        except FormulaError:
            return C.text_lit(C.ERR_REF)

    def from_db(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            if value.startswith("#"):
                return value
            value = json.loads(value)
        return [C.decode_number(float(v)) if isinstance(v, int | float) and not isinstance(v, bool) else v
                for v in value]

    def result_type(self, col: ColumnMeta) -> str:
        return "text"


class RollupType(_Linked):
    """An aggregate over the linked rows' values, optionally only rows matching a condition."""

    type_id = "rollup"
    uses_summary = True

    def typed(self, env: C.Env, col: ColumnMeta) -> C.Typed:
        found = _link_env(env, col)
        if found is None:
            return C.error_typed("text", C.ERR_REF)
        frm, o, other, where, _ = found
        x = self._target(env, col, o, other)
        if x is None:
            return C.error_typed("text", C.ERR_REF)
        cond_source = col.options.get("condition_source")
        volatile = x.volatile
        if cond_source:
            cenv = C.Env(env.schema, other, o, env.visiting)
            cond = C.compile_tree(cenv, C.parse_source(cond_source))
            volatile = volatile or cond.volatile
            where = sa.and_(where, sa.func.coalesce(C.to_bool(cond, C.parse_source(cond_source)).val, sa.false()))
        summary = col.options.get("summary", "sum")
        if summary in ("sum", "average"):
            v = C.to_num(x, C.Num(0, 0, 0)).val
            agg = sa.func.coalesce(sa.func.sum(v), 0.0) if summary == "sum" else sa.func.avg(v)
            kind = "number"
        elif summary in ("count", "count_unique"):
            v = x.val
            agg = sa.func.count(sa.distinct(v)) if summary == "count_unique" else sa.func.count(v)
            agg = sa.cast(agg, sa.Float())
            kind = "number"
        elif summary in ("min", "max", "earliest", "latest"):
            if summary in ("earliest", "latest") and x.kind != "date":
                raise FormulaError(f"{summary} needs a date column")
            if x.kind == "bool":
                x = C.to_num(x, C.Num(0, 0, 0))
            if x.kind == "text":
                raise FormulaError(f"{summary} needs a number or date column")
            agg = sa.func.min(x.val) if summary in ("min", "earliest") else sa.func.max(x.val)
            kind = x.kind
        else:  # concatenate
            t = C.to_text(x).val
            return C.Typed("text", sa.select(F.text_agg(t, o.c.id)).select_from(frm).where(where).scalar_subquery(),
                           volatile=volatile)
        return C.Typed(kind, sa.select(agg).select_from(frm).where(where).scalar_subquery(), volatile=volatile)


class LinkCountType(_Linked):
    """How many rows a link cell holds."""

    type_id = "link-count"
    uses_target = False

    def typed(self, env: C.Env, col: ColumnMeta) -> C.Typed:
        link = env.table.any_column(col.options.get("link_column_id") or 0)
        if link is None or link.deleted or link.type != "link":
            return C.error_typed("text", C.ERR_REF)
        from server.columns.links import link_sides

        sides = link_sides(env.schema, link)
        if sides is None:
            return C.error_typed("text", C.ERR_REF)
        # Count through the other table so links to rows deleted elsewhere never count.
        o = sides.other.sa_table.alias()
        q = (sa.select(sa.cast(sa.func.count(), sa.Float())).select_from(sides.junction.join(o, o.c.id == sides.theirs))
             .where(sides.mine == env.t.c.id))
        recorded = asof.recorded_by(sides.other, o)
        if recorded is not None:  # as of a date: only the rows recorded by then
            q = q.where(recorded)
        return C.Typed("number", q.scalar_subquery())
