"""Exports of a table or a view: which columns, in which order, which rows, as what values.

Rows are read through a streaming cursor (server-side on PostgreSQL) and converted one at a
time, so a million-row export holds one row in Python at once. Values come from each column
type: `to_text` for CSV, `export_value` (value + number format) for XLSX, so numbers stay
numbers, dates stay dates and selects, collaborators and links become their display text.

A view's filters and sorts are compiled by `server.query.compile.view_select` (the views
feature), so an export shows exactly the rows the grid shows, in the same order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import ValueContext
from server.io.writers import excel_safe_datetime, neutralise
from server.query.compile import c_visible, view_select
from server.query.operators import FilterContext
from server.query.rows import base_select, column_label

STREAM_ROWS = 2000


@dataclass
class ExportSpec:
    table: TableMeta
    columns: list[ColumnMeta]
    stmt: sa.Select
    title: str


def _value_key(col: ColumnMeta) -> str:
    sysname = getattr(col.type_cls, "system_column", None)
    return sysname if sysname else column_label(col)


def table_spec(table: TableMeta) -> ExportSpec:
    t = table.sa_table
    stmt = base_select(table).order_by(t.c._order, t.c.id)
    return ExportSpec(table, list(table.columns), stmt, table.name)


def view_spec(table: TableMeta, view: dict[str, Any], fctx: FilterContext) -> ExportSpec:
    """A view's visible columns in its order, with its filters and sorts (the views compiler's Select)."""
    settings = view.get("settings") or {}
    cols = _visible_columns(table, settings)
    return ExportSpec(table, cols, view_select(table, settings, fctx, columns=cols), view.get("name") or table.name)


def _visible_columns(table: TableMeta, settings: dict) -> list[ColumnMeta]:
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


def iter_values(conn: sa.Connection, spec: ExportSpec) -> Iterator[list[Any]]:
    """Stored values of each row for the spec's columns, streamed."""
    keys = [_value_key(c) for c in spec.columns]
    result = conn.execution_options(stream_results=True, yield_per=STREAM_ROWS).execute(spec.stmt)
    for r in result:
        m = r._mapping
        yield [m.get(k) for k in keys]


def csv_rows(conn: sa.Connection, spec: ExportSpec, vctx: ValueContext) -> Iterator[list[str]]:
    convs = []
    for col in spec.columns:
        t = col.type_cls
        # Number-like cells are numbers in a spreadsheet: never neutralised ("-5" stays -5).
        numeric = col.type in ("number", "duration", "rate", "auto-number", "date", "ctime", "mtime", "checkbox")
        convs.append((t, col, numeric))
    for values in iter_values(conn, spec):
        row = []
        for (t, col, numeric), v in zip(convs, values, strict=True):
            s = "" if v is None and col.type != "checkbox" else t.to_text(v, col, vctx)
            row.append(s if numeric else neutralise(s))
        yield row


def xlsx_rows(conn: sa.Connection, spec: ExportSpec, vctx: ValueContext) -> Iterator[list[tuple[Any, str | None]]]:
    for values in iter_values(conn, spec):
        row = []
        for col, v in zip(spec.columns, values, strict=True):
            value, fmt = col.type_cls.export_value(v, col, vctx) if (v is not None or col.type == "checkbox") \
                else (None, None)
            row.append((excel_safe_datetime(value), fmt))
        yield row


def header(spec: ExportSpec) -> list[str]:
    return [c.name for c in spec.columns]
