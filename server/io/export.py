"""Exports of a table or a view: which columns, in which order, which rows, as what values.

Rows are read through a streaming cursor (server-side on PostgreSQL) and converted one at a
time, so a million-row export holds one row in Python at once. Values come from each column
type: `to_text` for CSV, `export_value` (value + number format) for XLSX, so numbers stay
numbers, dates stay dates and selects, collaborators and links become their display text.

A view's filters and sorts are compiled by `server.query.compile.view_select` (the views
feature), so an export shows exactly the rows the grid shows, in the same order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import ValueContext
from server.io.convert import FORMULA_STARTS
from server.io.writers import excel_safe_datetime, neutralise
from server.query.access import row_filter
from server.query.compile import c_visible, view_select
from server.query.operators import FilterContext
from server.query.rows import column_expression, column_label

STREAM_ROWS = 2000
_STARTS = frozenset(FORMULA_STARTS)
_STARTS_Q = frozenset((*FORMULA_STARTS, "'"))


@dataclass
class ExportSpec:
    table: TableMeta
    columns: list[ColumnMeta]
    stmt: sa.Select
    title: str


def _value_key(col: ColumnMeta) -> str:
    sysname = col.type_cls.system_column
    return sysname if sysname else column_label(col)


def table_spec(table: TableMeta) -> ExportSpec:
    """Every column of the table in row order; only the values exported are selected (no
    system fields besides the ones a column shows: each costs a conversion per row)."""
    t = table.sa_table
    exprs = []
    for col in table.columns:
        key = _value_key(col)
        expr = t.c[key] if key in t.c else column_expression(table, col)
        exprs.append(expr.label(key))
    stmt = sa.select(*exprs).select_from(t).order_by(t.c._order, t.c.id)
    allowed = row_filter(table)
    if allowed is not None:  # the reader's row rule (server.query.access)
        stmt = stmt.where(allowed)
    return ExportSpec(table, list(table.columns), stmt, table.name)


def view_spec(table: TableMeta, view: dict[str, Any], fctx: FilterContext) -> ExportSpec:
    """A view's visible columns in its order, with its filters and sorts (the views compiler's Select)."""
    settings = view.get("settings") or {}
    cols = visible_columns(table, settings)
    return ExportSpec(table, cols, view_select(table, settings, fctx, columns=cols), view.get("name") or table.name)


def visible_columns(table: TableMeta, settings: dict) -> list[ColumnMeta]:
    """The columns a view shows, in its order, the primary column first (exports and prints)."""
    visible = c_visible(table, settings)
    order = [int(c) for c in (settings.get("column_order") or []) if str(c).isdigit()]
    if order:
        rank = {cid: i for i, cid in enumerate(order)}
        visible.sort(key=lambda c: (rank.get(c.id, len(rank)), c.position))
    primary = table.primary
    if primary is not None and primary in visible:  # the primary column always leads
        visible.remove(primary)
        visible.insert(0, primary)
    return visible


def iter_batches(conn: sa.Connection, spec: ExportSpec) -> Iterator[list[tuple]]:
    """Batches of rows, each row the stored values of the spec's columns in order, streamed."""
    result = conn.execution_options(stream_results=True, yield_per=STREAM_ROWS).execute(spec.stmt)
    keys = list(result.keys())
    idx = [keys.index(_value_key(c)) for c in spec.columns]
    for part in result.partitions():
        yield [tuple(r[i] for i in idx) for r in part]


def iter_values(conn: sa.Connection, spec: ExportSpec) -> Iterator[tuple]:
    for batch in iter_batches(conn, spec):
        yield from batch


def _csv_column(col: ColumnMeta, vctx: ValueContext) -> Any:
    """A function turning a column of stored values into CSV text, as `to_text` would, with the
    common types done as one list comprehension (a million-row export is ten million cells)."""
    t = col.type_cls
    kind = col.type
    if kind in ("text", "long-text", "email", "url", "phone"):
        # neutralise() inlined: it runs once per text cell.
        return lambda vals: [("" if not v else "'" + v if v[0] in _STARTS or (v[0] == "'" and v[1:2] in _STARTS_Q)
                              else v) for v in vals]
    if kind == "number":
        return lambda vals: ["" if v is None else (str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v))
                             for v in vals]
    if kind == "date" and not col.options.get("include_time"):
        return lambda vals: ["" if v is None else v.date().isoformat() if hasattr(v, "date") else
                             t.to_text(v, col, vctx) for v in vals]
    if kind == "checkbox":
        return lambda vals: ["true" if v else "false" for v in vals]
    if kind == "single-select":
        names = {o["id"]: o["name"] for o in col.options.get("options", [])}
        return lambda vals: [neutralise(names.get(v, "")) if v is not None else "" for v in vals]
    # Number-like cells are numbers in a spreadsheet: never neutralised ("-5" stays -5).
    numeric = kind in ("duration", "rate", "auto-number", "date", "ctime", "mtime")

    def generic(vals: list[Any]) -> list[str]:
        out = [t.to_text(v, col, vctx) if v is not None else "" for v in vals]
        return out if numeric else [neutralise(s) for s in out]
    return generic


def csv_rows(conn: sa.Connection, spec: ExportSpec, vctx: ValueContext) -> Iterator[list[str]]:
    convs = [_csv_column(c, vctx) for c in spec.columns]
    for batch in iter_batches(conn, spec):
        cols = list(zip(*batch, strict=True)) if batch else []
        yield from zip(*(conv(list(vals)) for conv, vals in zip(convs, cols, strict=True)), strict=True)


def _xlsx_column(col: ColumnMeta, vctx: ValueContext) -> Any:
    """A function turning a column of stored values into (value, number format) cells, as
    `export_value` would; the format is computed once per column for the common types."""
    t = col.type_cls
    kind = col.type
    if kind in ("text", "long-text", "email", "url", "phone"):
        return lambda vals: [(v, None) for v in vals]
    if kind == "number":
        _, fmt = t.export_value(0.0, col, vctx)
        return lambda vals: [(v, fmt) if v is not None else (None, None) for v in vals]
    if kind == "date":
        _, fmt = t.export_value(dt.datetime(2000, 1, 1), col, vctx)
        return lambda vals: [(excel_safe_datetime(v), fmt) if v is not None else (None, None) for v in vals]
    if kind == "checkbox":
        return lambda vals: [(bool(v), None) for v in vals]
    if kind == "single-select":
        names = {o["id"]: o["name"] for o in col.options.get("options", [])}
        return lambda vals: [(names.get(v), None) if v is not None else (None, None) for v in vals]

    def generic(vals: list[Any]) -> list[tuple[Any, str | None]]:
        out = []
        for v in vals:
            value, fmt = t.export_value(v, col, vctx) if v is not None else (None, None)
            out.append((excel_safe_datetime(value), fmt))
        return out
    return generic


def xlsx_rows(conn: sa.Connection, spec: ExportSpec, vctx: ValueContext) -> Iterator[list[tuple[Any, str | None]]]:
    convs = [_xlsx_column(c, vctx) for c in spec.columns]
    for batch in iter_batches(conn, spec):
        cols = list(zip(*batch, strict=True)) if batch else []
        yield from zip(*(conv(list(vals)) for conv, vals in zip(convs, cols, strict=True)), strict=True)


def header(spec: ExportSpec) -> list[str]:
    return [c.name for c in spec.columns]
