"""Printed pages: a view (or one row) as HTML built here, turned into an A4 PDF by WeasyPrint.

Every value is escaped (`html.escape`) before it enters the page: a cell holding `<script>`
prints as those characters. The page loads nothing: WeasyPrint's URL fetcher is replaced by
one that refuses every URL (no files, no network), fonts come from the system (Debian's
DejaVu covers Cyrillic). Base, table and view names reach the page margins through CSS
`string-set` from escaped elements, never through CSS text (decision 0030).

A view prints as the grid shows it: its visible columns in order, its filters and sorts, group
headers with their summaries, the footer, row colours; the header row repeats on every page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html import escape
from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import ValueContext
from server.io.display import Formatter, format_date, format_plain, formatter, norm_locale, zone
from server.query import aggregates
from server.query.compile import CompiledView, compiled_select

MAX_ROWS = 10_000
ORIENTATIONS = ("auto", "portrait", "landscape")
# Widths the grid gives columns without a chosen width (web/src/grid/coldefs.ts).
_DEFAULT_WIDTH = {"checkbox": 130, "rate": 150, "number": 150, "date": 170, "duration": 140,
                  "long-text": 260, "auto-number": 140, "geolocation": 200}
# Past this many pixels of grid width (or this many columns) a portrait page gets too narrow.
_PORTRAIT_MAX_PX = 820
_PORTRAIT_MAX_COLUMNS = 6
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$")
# A text column is sized as if its longest cell had at most this many characters (it wraps).
_TEXT_CAP = 36
_HEADER_CAP = 8  # a header's longest word counts up to this (an empty column stays narrow)
_PAGE_MM = {"portrait": 190.0, "landscape": 277.0}
_CELL_PAD_MM = 2.2
_NUMERIC = {"number", "duration", "rate", "auto-number", "link-count"}

LABELS: dict[str, dict[str, str]] = {
    "en": {"page": "Page", "of": "of", "rows": "row|rows|rows", "printed": "Printed", "filtered": "Filtered",
           "sorted": "Sorted by", "grouped": "Grouped by", "total": "Total", "comments": "Comments",
           "empty_view": "No rows", "resolved": "resolved", "none": "—",
           "count": "Count", "empty": "Empty", "filled": "Filled", "unique": "Unique", "sum": "Sum",
           "average": "Average", "median": "Median", "min": "Min", "max": "Max", "earliest": "Earliest",
           "latest": "Latest", "conditions": "condition|conditions|conditions", "asc": "↑", "desc": "↓"},
    "ru": {"page": "Стр.", "of": "из", "rows": "строка|строки|строк", "printed": "Напечатано", "filtered": "Отбор",
           "sorted": "Сортировка", "grouped": "Группировка", "total": "Итого", "comments": "Комментарии",
           "empty_view": "Нет строк", "resolved": "решён", "none": "—",
           "count": "Количество", "empty": "Пустых", "filled": "Заполнено", "unique": "Уникальных",
           "sum": "Сумма", "average": "Среднее", "median": "Медиана", "min": "Мин.", "max": "Макс.",
           "earliest": "Самая ранняя", "latest": "Самая поздняя", "conditions": "условие|условия|условий",
           "asc": "↑", "desc": "↓"},
}


class PageContext:
    """Who prints: their language, time zone and the base's members (for people's names)."""

    def __init__(self, locale: str, timezone: str, vctx: ValueContext, now: dt.datetime | None = None) -> None:
        self.locale = norm_locale(locale)
        self.tz = zone(timezone)
        self.vctx = vctx
        self.now = (now or dt.datetime.now(dt.UTC)).astimezone(self.tz)
        self.words = LABELS[self.locale]

    def fmt(self, col: ColumnMeta) -> Formatter:
        return formatter(col, self.vctx, self.locale, self.tz)

    def when(self, moment: dt.datetime) -> str:
        """A stored UTC moment as a date and time in the reader's zone and language."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return format_date(moment.isoformat(), {"include_time": True}, self.locale, self.tz)

    def printed(self) -> str:
        return self.when(self.now)


# -- rendering ----------------------------------------------------------------------------------
def _no_fetching() -> Any:
    """A WeasyPrint URL fetcher that refuses every URL: the page is self-contained, nothing may
    be loaded, neither files nor network. A refused resource is left out (WeasyPrint logs it)."""
    from weasyprint.urls import URLFetcher

    class NoFetching(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            raise ValueError(f"loading {url[:60]!r} is not allowed in a printed page")

    return NoFetching(allowed_protocols=(), allow_redirects=False)


def render(html: str) -> bytes:
    """The PDF of a page built by this module (no base URL, no fetching)."""
    from weasyprint import HTML

    return HTML(string=html, url_fetcher=_no_fetching(), base_url=None).write_pdf()


def _font_size(columns: int) -> float:
    """Points for the grid's text: smaller as a view has more columns, so words still fit a cell."""
    for most, size in ((8, 8.5), (12, 7.5), (18, 6.5), (24, 5.5)):
        if columns <= most:
            return size
    return 5.0


def _css(orientation: str, words: dict[str, str], font_pt: float) -> str:
    # Only constant words go into CSS text; names reach the margins as running elements.
    page, of = _css_string(words["page"]), _css_string(words["of"])
    return f"""
@page {{
  size: A4 {orientation};
  margin: 14mm 10mm 13mm 10mm;
  @top-left {{ content: element(doctitle); vertical-align: bottom; }}
  @top-right {{ content: element(printed); vertical-align: bottom; }}
  @bottom-right {{ content: {page} " " counter(page) " " {of} " " counter(pages);
                  font: 7.5pt 'DejaVu Sans', sans-serif; color: #555; }}
}}
html {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #111; }}
.doctitle {{ position: running(doctitle); font-size: 7.5pt; color: #555; }}
.printed {{ position: running(printed); font-size: 7.5pt; color: #555; text-align: right; }}
h1 {{ font-size: 14pt; margin: 0 0 1.5mm; }}
.meta {{ color: #555; margin: 0 0 3mm; }}
table.grid {{ width: 100%; border-collapse: collapse; table-layout: fixed; font-size: {font_pt}pt; }}
table.grid th, table.grid td {{ border: 0.5pt solid #bbb; padding: 0.7mm 0.8mm; vertical-align: top;
  overflow-wrap: break-word; text-align: left; }}
table.grid thead th {{ background: #eef1f5; font-weight: bold; }}
table.grid td.num, table.grid th.num {{ text-align: right; }}
table.grid td.long {{ white-space: pre-wrap; }}
table.grid td.num {{ white-space: nowrap; }}
table.grid.squeezed td.num {{ white-space: normal; }}
tr.group td {{ background: #f4f5f7; font-weight: bold; }}
tr.group.g1 td.label {{ padding-left: 4mm; }}
tr.group.g2 td.label {{ padding-left: 7mm; }}
tr.total td {{ background: #eef1f5; font-weight: bold; border-top: 1pt solid #888; }}
.sum-kind {{ display: block; font-weight: normal; color: #666; font-size: 0.85em; }}
table.fields {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.fields > tbody > tr > th {{ width: 30%; text-align: left; vertical-align: top; color: #444; font-weight: normal;
  padding: 1.2mm 2mm 1.2mm 0; border-bottom: 0.5pt solid #ddd; }}
table.fields > tbody > tr > td {{ padding: 1.2mm 0; border-bottom: 0.5pt solid #ddd; white-space: pre-wrap;
  overflow-wrap: break-word; }}
table.linked {{ border-collapse: collapse; margin: 0.5mm 0; width: 100%; table-layout: fixed; white-space: normal; }}
table.linked th, table.linked td {{ border: 0.5pt solid #ccc; padding: 0.6mm 1mm; font-size: 7.5pt;
  text-align: left; overflow-wrap: break-word; }}
table.linked th {{ background: #f4f5f7; }}
h2 {{ font-size: 11pt; margin: 5mm 0 2mm; }}
.comment {{ margin: 0 0 2.5mm; page-break-inside: avoid; }}
.comment .who {{ color: #555; font-size: 7.5pt; }}
.comment .text {{ white-space: pre-wrap; overflow-wrap: break-word; }}
"""


def _css_string(text: str) -> str:
    return '"' + "".join(ch if ch.isalnum() or ch in " .-" else f"\\{ord(ch):x} " for ch in text) + '"'


def _page(title: str, printed: str, orientation: str, words: dict[str, str], body: str, lang: str,
          font_pt: float = 8.5) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_css(orientation, words, font_pt)}</style></head><body>"
            f'<div class="doctitle">{escape(title)}</div><div class="printed">{escape(printed)}</div>'
            f"{body}</body></html>")


def _cell(text: str) -> str:
    return escape(text)


# -- a view -------------------------------------------------------------------------------------
def _width(col: ColumnMeta, settings: dict) -> int:
    chosen = (settings.get("column_widths") or {}).get(str(col.id))
    if isinstance(chosen, int | float) and chosen > 0:
        return int(chosen)
    return _DEFAULT_WIDTH.get(col.type, 220 if col.is_primary else 180)


def fit_orientation(columns: list[ColumnMeta], settings: dict, wanted: str) -> str:
    """portrait / landscape as asked; auto: landscape when the grid is wider than a portrait page."""
    if wanted in ("portrait", "landscape"):
        return wanted
    total = sum(_width(c, settings) for c in columns)
    return "landscape" if total > _PORTRAIT_MAX_PX or len(columns) > _PORTRAIT_MAX_COLUMNS else "portrait"


def _share(need: list[float], room: float) -> list[float]:
    """Max-min fair shares of `room`: needs under a common cap are met, the others get the cap."""
    if sum(need) <= room or not need:
        return list(need)
    left, cap = room, room / len(need)
    for i, w in enumerate(sorted(need)):
        cap = left / (len(need) - i)
        if w > cap:
            break
        left -= w
    return [min(w, cap) for w in need]


def _fit_widths(natural: list[int], numeric: list[bool], orientation: str, font_pt: float) -> tuple[list[float], bool]:
    """Column widths in percent. Numbers get their whole text first (they cannot wrap well) when
    they take at most 60% of the page; the other columns share the rest max-min fairly: short
    texts (dates, codes) keep one line, the longer ones wrap at a common width. Also says whether
    the numbers got their whole width (else they must be allowed to wrap too)."""
    page_mm = _PAGE_MM[orientation]
    char_mm = 0.6 * font_pt * 0.3528  # an average DejaVu Sans character (numbers never wrap: nowrap)
    need = [n * char_mm + _CELL_PAD_MM for n in natural]
    numbers = sum(w for w, num in zip(need, numeric, strict=True) if num)
    if numbers <= 0.6 * page_mm:
        others = _share([w for w, num in zip(need, numeric, strict=True) if not num], page_mm - numbers)
        it = iter(others)
        widths = [w if num else next(it) for w, num in zip(need, numeric, strict=True)]
    else:
        widths = _share(need, page_mm)
    total = sum(widths) or 1
    return [100 * w / total for w in widths], numbers <= 0.6 * page_mm


def _is_numeric(col: ColumnMeta) -> bool:
    if col.type in ("formula", "lookup", "rollup"):
        return col.options.get("result_type") == "number"
    return col.type in _NUMERIC


def _summary_text(col: ColumnMeta, summary: dict | None, fmt: Formatter, ctx: PageContext) -> str:
    if not summary or summary.get("value") is None:
        return ""
    kind, value = summary["summary"], summary["value"]
    if kind in ("count", "empty", "filled", "unique"):
        return format_plain(float(value), ctx.locale, 0, 0)
    return fmt(value)


def _summary_cell(col: ColumnMeta, summary: dict | None, fmt: Formatter, ctx: PageContext) -> str:
    text = _summary_text(col, summary, fmt, ctx)
    if not text:
        return ""
    kind = ctx.words.get(summary["summary"], summary["summary"]) if summary else ""
    return f'<span class="sum-kind">{escape(kind)}</span>{escape(text)}'


def _describe(cv: CompiledView, ctx: PageContext, count: int) -> str:
    """One line under the title: how many rows, and how the view filters, sorts and groups them."""
    w = ctx.words
    parts = [f"{format_plain(count, ctx.locale, 0, 0)} {_plural(count, w['rows'], ctx.locale)}"]
    n = _count_conditions(cv.settings.get("filters"))
    if n:
        parts.append(f"{w['filtered']}: {n} {_plural(n, w['conditions'], ctx.locale)}")
    sorts = []
    for s in cv.settings.get("sorts") or []:
        col = cv.table.column(s.get("column_id")) if isinstance(s, dict) else None
        if col is not None:
            sorts.append(f"{col.name} {w['desc'] if s.get('direction') == 'desc' else w['asc']}")
    if sorts:
        parts.append(f"{w['sorted']}: " + ", ".join(sorts))
    if cv.groups:
        parts.append(f"{w['grouped']}: " + ", ".join(g.column.name for g in cv.groups))
    return " · ".join(parts)


def _plural(n: int, forms: str, locale: str) -> str:
    """The "one|few|many" form for n (Russian rules; English: one for 1 only)."""
    one, few, many = forms.split("|")
    if locale != "ru":
        return one if n == 1 else many
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _count_conditions(tree: Any) -> int:
    if isinstance(tree, list):
        return sum(_count_conditions(x) for x in tree)
    if isinstance(tree, dict):
        if "filters" in tree:
            return _count_conditions(tree["filters"])
        return 1 if "column_id" in tree else 0
    return 0


def _group_headers(tree: list[dict], depth: int = 0) -> Iterator[tuple[int, int, dict]]:
    """(start position, depth, group) in the order the grid draws group headers."""
    for node in tree:
        yield node["start"], depth, node
        yield from _group_headers(node.get("groups") or [], depth + 1)


def _read_rows(conn: sa.Connection, cv: CompiledView, columns: list[ColumnMeta], vctx: ValueContext
               ) -> Iterator[tuple[dict, str | None]]:
    from server.actions.handlers.rows import rows_to_api

    result = conn.execute(compiled_select(cv, columns))
    keys = list(result.keys())
    while batch := result.fetchmany(500):
        recs = [dict(zip(keys, r, strict=True)) for r in batch]
        for rec, api in zip(recs, rows_to_api(cv.table, recs, vctx), strict=True):
            yield api, rec.get("_color")


def view_html(conn: sa.Connection, cv: CompiledView, columns: list[ColumnMeta], ctx: PageContext, *,
              base_name: str, title: str, orientation: str, count: int) -> str:
    """The printed page of a view as HTML (escaped values only)."""
    w = ctx.words
    fmts = [ctx.fmt(c) for c in columns]
    numeric = [_is_numeric(c) for c in columns]
    classes = [" class=num" if num else " class=long" if c.type == "long-text" else ""
               for c, num in zip(columns, numeric, strict=True)]
    # Widths follow the printed text (the longest cell, up to a cap, and the header's longest
    # word), so numbers and dates keep one line and long text wraps, instead of the screen's pixels.
    natural = [min(_HEADER_CAP, max([len(word) for word in c.name.split()] or [1])) for c in columns]

    def measure(texts: list[str]) -> None:
        for i, text in enumerate(texts):
            n = len(text) if numeric[i] else min(len(text), _TEXT_CAP)
            if n > natural[i]:
                natural[i] = n

    # The footer is the table's last row (a <tfoot> would repeat the totals on every page).
    sums = aggregates.footer(conn, cv, ctx.vctx).get("summaries") or {}
    total = ""
    if any(c.key in sums for c in columns):
        measure([_summary_text(c, sums.get(c.key), f, ctx) for c, f in zip(columns, fmts, strict=True)])
        total = '<tr class="total">' + "".join(
            f'<td{" class=num" if num else ""}>{_summary_cell(c, sums.get(c.key), f, ctx)}</td>'
            for c, f, num in zip(columns, fmts, numeric, strict=True)) + "</tr>"

    headers: dict[int, list[tuple[int, dict]]] = {}
    if cv.groups:
        tree = aggregates.groups(conn, cv, ctx.vctx).get("groups") or []
        for start, depth, node in _group_headers(tree):
            headers.setdefault(start, []).append((depth, node))
    group_fmts = [ctx.fmt(g.column) for g in cv.groups]

    body: list[str] = []
    pos = 0
    for row, color in _read_rows(conn, cv, columns, ctx.vctx):
        for depth, node in headers.get(pos, ()):
            body.append(_group_row(cv, depth, node, columns, fmts, numeric, group_fmts[depth], ctx))
        texts = [f(row.get(c.key)) for c, f in zip(columns, fmts, strict=True)]
        measure(texts)
        style = f' style="background:{color}"' if isinstance(color, str) and _HEX.match(color) else ""
        body.append(f"<tr{style}>" + "".join(f"<td{cls}>{_cell(t)}</td>" for t, cls in zip(texts, classes, strict=True))
                    + "</tr>")
        pos += 1
    if pos == 0:
        body.append(f'<tr><td colspan="{len(columns)}">{escape(w["empty_view"])}</td></tr>')

    widths, numbers_fit = _fit_widths(natural, numeric, orientation, _font_size(len(columns)))
    out: list[str] = [f"<h1>{escape(title)}</h1>",
                      f'<p class="meta">{escape(base_name)} · {escape(cv.table.name)} · {escape(_describe(cv, ctx, count))}</p>',
                      f'<table class="grid{"" if numbers_fit else " squeezed"}"><colgroup>']
    out += [f'<col style="width:{pct:.2f}%">' for pct in widths]
    out.append("</colgroup><thead><tr>")
    out += [f'<th{" class=num" if num else ""}>{escape(c.name)}</th>' for c, num in zip(columns, numeric, strict=True)]
    out.append("</tr></thead><tbody>")
    out += body
    out.append(total + "</tbody></table>")
    return _page(f"{base_name} · {title}", f"{w['printed']}: {ctx.printed()}", orientation, w, "".join(out),
                 ctx.locale, _font_size(len(columns)))


def _group_row(cv: CompiledView, depth: int, node: dict, columns: list[ColumnMeta], fmts: list[Formatter],
               numeric: list[bool], gfmt: Formatter, ctx: PageContext) -> str:
    g = cv.groups[depth]
    value = node.get("value")
    shown = (str(value) if g.granularity else gfmt(value)) if value not in (None, "", []) else ctx.words["none"]
    label = f"{g.column.name}: {shown} ({format_plain(node['count'], ctx.locale, 0, 0)})"
    sums = node.get("summaries") or {}
    texts = [_summary_text(c, sums.get(c.key), f, ctx) for c, f in zip(columns, fmts, strict=True)]
    # The label spans the leading columns that show no summary, so it has room to be read.
    span = next((i for i, text in enumerate(texts) if i and text), len(columns))
    first = texts[0] if texts[0] and sums[columns[0].key]["summary"] != "count" else ""
    cells = [f'<td class="label" colspan="{span}">{escape(label)}{f" · {escape(first)}" if first else ""}</td>']
    for i in range(span, len(columns)):
        c = columns[i]
        cells.append(f'<td{" class=num" if numeric[i] else ""}>{_summary_cell(c, sums.get(c.key), fmts[i], ctx)}</td>')
    return f'<tr class="group g{depth}">{"".join(cells)}</tr>'


# -- one row ------------------------------------------------------------------------------------
MAX_LINKED_SHOWN = 200
_LINKED_COLUMNS = 5


def row_html(conn: sa.Connection, table: TableMeta, row: dict, ctx: PageContext, *, base_name: str,
             comments: bool) -> str:
    """The row form as a page: every field, linked rows as small tables, optionally the comments."""
    from server.actions.handlers.rows import read_rows_by_id

    w = ctx.words
    primary = table.primary
    title = ctx.fmt(primary)(row.get(primary.key)) if primary is not None else ""
    title = title or row["_id"]
    out = [f"<h1>{escape(title)}</h1>", f'<p class="meta">{escape(base_name)} · {escape(table.name)}</p>',
           '<table class="fields">']
    for col in table.columns:
        value = row.get(col.key)
        if col.type == "link" and value:
            inner = _linked_table(conn, table, col, value, ctx, read_rows_by_id)
        else:
            inner = _cell(ctx.fmt(col)(value))
        out.append(f"<tr><th>{escape(col.name)}</th><td>{inner}</td></tr>")
    out.append("</table>")
    if comments:
        out.append(_comments_html(conn, table, row["_id"], ctx))
    return _page(f"{base_name} · {table.name} · {title}", f"{w['printed']}: {ctx.printed()}", "portrait", w,
                 "".join(out), ctx.locale)


def _linked_table(conn: sa.Connection, table: TableMeta, col: ColumnMeta, value: list[dict], ctx: PageContext,
                  read_rows_by_id: Any) -> str:
    other = table.schema.table(col.options.get("table_id")) if table.schema is not None else None
    ids = [v["_id"] for v in value][:MAX_LINKED_SHOWN]
    if other is None:
        return _cell(ctx.fmt(col)(value))
    shown = [c for c in other.columns if c.type != "link"][:_LINKED_COLUMNS]
    rows = read_rows_by_id(conn, other, ids, ctx.vctx)
    fmts = [ctx.fmt(c) for c in shown]
    out = ['<table class="linked"><thead><tr>']
    out += [f"<th>{escape(c.name)}</th>" for c in shown]
    out.append("</tr></thead><tbody>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{_cell(f(r.get(c.key)))}</td>" for c, f in zip(shown, fmts, strict=True))
                   + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _comments_html(conn: sa.Connection, table: TableMeta, row_id: str, ctx: PageContext) -> str:
    c = cat.comments
    rows = conn.execute(sa.select(c).where(c.c.table_id == table.id, c.c.row_id == row_id).order_by(c.c.id)).all()
    out = [f"<h2>{escape(ctx.words['comments'])}</h2>"]
    if not rows:
        out.append(f"<p>{escape(ctx.words['none'])}</p>")
    for r in rows:
        who = ctx.vctx.members.get(r.author_id) or {}
        name = who.get("name") or who.get("email") or ""
        when = ctx.when(r.created_at) if r.created_at else ""
        done = f" · {ctx.words['resolved']}" if r.resolved else ""
        out.append(f'<div class="comment"><div class="who">{escape(name)} · {escape(when)}{escape(done)}</div>'
                   f'<div class="text">{escape(r.body or "")}</div></div>')
    return "".join(out)

