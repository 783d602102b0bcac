"""The link column type: two-way links between rows, kept in a junction table `l_<link id>`.

A link column on each side shares one junction table `(row_a, row_b)` of internal row ids,
indexed both ways; the column created by the user is side "a" and its counterpart on the
other table (made in the same add_column action) side "b". Cells are computed in SQL as
`[{_id, display_value}]`, the display value being the other table's primary column as text.
Writing a cell takes a list of row ids (update_rows/insert_rows defer it to the set_links
action once the row exists).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.columns.base import CellError, ColumnType, ValueContext
from server.errors import invalid
from server.query.access import listed_rows
from server.storage import dialect as F

if TYPE_CHECKING:
    from server.catalog.model import BaseSchema, ColumnMeta, TableMeta

MAX_LINKS_PER_CELL = 1000
INTERNAL_OPTIONS = ("table_id", "link_id", "other_column_id", "side")


def junction_name(link_id: int) -> str:
    return f"l_{int(link_id)}"


def junction_table(link_id: int) -> sa.Table:
    md = sa.MetaData()
    big = sa.BigInteger().with_variant(sa.Integer, "sqlite")
    t = sa.Table(junction_name(link_id), md,
                 sa.Column("row_a", big, primary_key=True, autoincrement=False),
                 sa.Column("row_b", big, primary_key=True, autoincrement=False))
    # The primary key serves a → b; this index serves b → a (both directions are read).
    sa.Index(f"ix_{junction_name(link_id)}_b", t.c.row_b, t.c.row_a)
    return t


def create_junction(conn: sa.Connection, link_id: int) -> None:
    junction_table(link_id).metadata.create_all(conn, checkfirst=True)


@dataclass
class LinkSides:
    """A link column seen from its own table: the junction, and which side is 'mine'."""

    junction: sa.Table
    mine: Any
    theirs: Any
    other: TableMeta


def link_sides(schema: BaseSchema, col: ColumnMeta) -> LinkSides | None:
    o = col.options
    if not o.get("link_id") or o.get("table_id") is None:
        return None
    other = schema.table(o["table_id"])
    if other is None:
        return None
    j = junction_table(o["link_id"]).alias()
    mine, theirs = (j.c.row_a, j.c.row_b) if o.get("side", "a") == "a" else (j.c.row_b, j.c.row_a)
    return LinkSides(j, mine, theirs, other)


def linked_rows(schema: BaseSchema, col: ColumnMeta, outer: Any) -> tuple[Any, Any, TableMeta, Any] | None:
    """FROM junction JOIN other-table alias, the alias, the other table's meta, and the WHERE tying it to outer."""
    return _linked_rows(schema, col, outer)


def _linked_rows(schema: BaseSchema, col: ColumnMeta, outer: Any) -> tuple[Any, Any, TableMeta, Any] | None:
    sides = link_sides(schema, col)
    if sides is None:
        return None
    o = sides.other.sa_table.alias()
    frm = sides.junction.join(o, o.c.id == sides.theirs)
    where = sides.mine == outer.c.id
    from server.query.asof import recorded_by

    recorded = recorded_by(sides.other, o)
    if recorded is not None:  # as of a date: only the linked rows recorded by then
        where = sa.and_(where, recorded)
    return frm, o, sides.other, where


class LinkOptions(Schema):
    # Input: the other table by name or id (templates use names).
    table = fields.Raw(load_default=None, allow_none=True)
    table_id = fields.Integer(load_default=None, allow_none=True)
    link_id = fields.Integer(load_default=None, allow_none=True)
    other_column_id = fields.Integer(load_default=None, allow_none=True)
    side = fields.String(load_default="a", validate=validate.OneOf(["a", "b"]))
    is_multiple = fields.Boolean(load_default=True)
    # Limit choices to the rows of this view of the other table (checked when writing links).
    view_id = fields.Integer(load_default=None, allow_none=True)
    other_name = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200))
    # Set only by after_add when it makes the other side of a new link.
    counterpart = fields.Boolean(load_default=False)


class LinkType(ColumnType):
    type_id = "link"
    stored = False
    options_schema = LinkOptions
    # Links read as a JSON list of linked rows: they filter by empty or not.
    family = "files"
    list_value = True
    # Cells are written after the row exists, through the set_links action.
    deferred_write = True
    allow_type_change = False
    # In formulas a link is its display values joined (a query of its own).
    formula_computed = True

    def validate_options(self, options: dict | None, existing: dict | None = None) -> dict:
        loaded = LinkOptions().load(dict(options or {}))
        if existing and existing.get("link_id"):
            # The linked table and junction never change; only how the link behaves does.
            for k in INTERNAL_OPTIONS:
                loaded[k] = existing.get(k)
            loaded["table"] = None
        out = {k: v for k, v in loaded.items() if v is not None or k in ("view_id",)}
        if not out.get("counterpart"):
            out.pop("counterpart", None)
        return out

    def default_options(self) -> dict:
        return {"is_multiple": True, "side": "a", "view_id": None}

    def prepare_options(self, ctx: Any, table: TableMeta, col: ColumnMeta | None, options: dict) -> dict:
        options = dict(options)
        ref = options.pop("table", None)
        if col is not None and col.type == "link":
            return options
        if (options.get("link_id") or options.get("counterpart")) and not ctx.trusted:
            raise invalid("options.link_id is set by the server", {"options.link_id": ["set by the server"]})
        if not options.get("counterpart"):
            # A copy of a link column (duplicate_table) gets a link of its own, empty.
            for k in ("link_id", "other_column_id", "side"):
                options.pop(k, None)
        if ref is None and options.get("table_id") is None:
            raise invalid("options.table: say which table to link to", {"options.table": ["required"]})
        if ref is not None:
            other = None
            if isinstance(ref, int) and not isinstance(ref, bool):
                other = ctx.schema.table(ref)
            elif isinstance(ref, str):
                other = next((t for t in ctx.schema.live_tables() if t.name.casefold() == ref.strip().casefold()),
                             None)
                if other is None and ref.strip().isdigit():
                    other = ctx.schema.table(int(ref.strip()))
            if other is None:
                raise invalid(f"options.table: no table {ref!r} in this base", {"options.table": ["no such table"]})
            options["table_id"] = other.id
        elif ctx.schema.table(options["table_id"]) is None:
            raise invalid("options.table_id: no such table in this base", {"options.table_id": ["no such table"]})
        view_id = options.get("view_id")
        if view_id is not None:
            from server.catalog import schema as cat

            ok = ctx.conn.execute(sa.select(cat.views.c.id).where(
                cat.views.c.id == view_id, cat.views.c.table_id == options["table_id"],
                cat.views.c.deleted_at.is_(None))).first()
            if ok is None:
                raise invalid("options.view_id: no such view of the linked table", {"options.view_id": ["no such view"]})
        return options

    def after_add(self, ctx: Any, table: TableMeta, col: ColumnMeta, payload: dict) -> None:
        from server.catalog import schema as cat

        if col.options.get("counterpart"):
            # The other side of a link made just now: it only needs the marker gone.
            clean = {k: v for k, v in col.options.items() if k != "counterpart"}
            ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == col.id).values(options=clean))
            ctx.reload_schema()
            return
        other = ctx.schema.table(col.options["table_id"])
        create_junction(ctx.conn, col.id)
        name = col.options.get("other_name") or table.name
        taken = {c.name.casefold() for c in other.columns} | ({col.name.casefold()} if other.id == table.id else set())
        base, n = name, 2
        while name.casefold() in taken:
            name = f"{base} ({n})"
            n += 1
        done = ctx.run_done({"type": "add_column", "table_id": other.id, "name": name, "column_type": "link",
                             "options": {"table_id": table.id, "link_id": col.id, "other_column_id": col.id,
                                         "side": "b", "is_multiple": True, "counterpart": True}}, trusted=True)
        mine = {k: v for k, v in col.options.items() if k != "other_name"}
        mine.update({"link_id": col.id, "other_column_id": done.payload["column_id"], "side": "a"})
        ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == col.id).values(options=mine))
        ctx.reload_schema()
        ctx.result["other_column_id"] = done.payload["column_id"]

    # -- values -------------------------------------------------------------------------
    def expression(self, table: sa.Table, col: ColumnMeta) -> sa.ColumnElement:
        from server.formulas.compiler import Env, column_typed, table_meta, to_text

        meta = table_meta(table)
        found = linked_rows(meta.schema, col, table)
        if found is None:
            return sa.literal_column("NULL")
        frm, o, other, where = found
        listed = listed_rows(other, o)
        if listed is not None:  # a link cell never lists rows hidden from the reader (decision 0042)
            where = sa.and_(where, listed)
        primary = other.primary
        if primary is None or primary.id == col.options.get("other_column_id"):
            display = sa.cast(sa.null(), sa.Text())
        else:
            display = to_text(column_typed(Env(meta.schema, other, o, (col.id,)), primary)).val
        return sa.select(F.json_pairs_agg(o.c._id, display, o.c.id)).select_from(frm).where(where).scalar_subquery()

    def from_db(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> Any:
        if value is None:
            return []
        if isinstance(value, str | bytes):
            value = json.loads(value)
        return [{"_id": v["_id"], "display_value": v.get("display_value")} for v in value]

    def to_text(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> str:
        return ", ".join(str(v.get("display_value") or "") for v in self.from_db(value, col, ctx))

    def to_db(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> Any:
        return check_link_value(value, col)

    def is_empty(self, value: Any) -> bool:
        return not value or value == "[]"

    def write_cells(self, ctx: Any, table: TableMeta, col: ColumnMeta, values: dict[str, tuple[str, Any]]) -> dict:
        """Cells given in insert_rows/update_rows: row id → (field name, [linked row ids]); returns the inverse."""
        return ctx.run({"type": "set_links", "column_id": col.id, "links": {r: v for r, (_, v) in values.items()},
                        "_fields": {r: f for r, (f, _) in values.items()}})

    def sort_expression(self, expr: sa.ColumnElement, col: ColumnMeta) -> sa.ColumnElement:
        return expr

    def formula_typed(self, env: Any, col: ColumnMeta) -> Any:
        """In formulas a link reads as its display values joined with ', '."""
        from server.formulas.compiler import Env, Typed, column_typed, to_text

        found = linked_rows(env.schema, col, env.t)
        if found is None:
            return Typed("text", sa.null())
        frm, o, other, where = found
        primary = other.primary
        if primary is None or primary.id == col.options.get("other_column_id"):
            return Typed("text", sa.null())
        display = to_text(column_typed(Env(env.schema, other, o, env.visiting), primary)).val
        return Typed("text", sa.select(F.text_agg(display, o.c.id)).select_from(frm).where(where).scalar_subquery())


def check_link_value(value: Any, col: ColumnMeta) -> list[str]:
    """A link cell as written by a client: a list of row ids (or of {_id}), or one row id."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise CellError("a link cell takes a list of row ids")
    out: list[str] = []
    for v in value:
        if isinstance(v, dict):
            v = v.get("_id") or v.get("row_id")
        if not isinstance(v, str) or not v:
            raise CellError("a link cell takes a list of row ids")
        if v not in out:
            out.append(v)
    if len(out) > MAX_LINKS_PER_CELL:
        raise CellError(f"at most {MAX_LINKS_PER_CELL} links in one cell")
    if not col.options.get("is_multiple", True) and len(out) > 1:
        raise CellError("this link column takes one row")
    return out
