"""Streaming writers: CSV (text, formula-neutralised) and XLSX (openpyxl write-only mode).

Both take an iterator of rows and never hold more than one row: the CSV writer yields encoded
chunks for a streamed HTTP response; the XLSX writer streams the sheet XML into a temporary
file (a zip cannot be sent before its directory is written), which is then streamed out.

Opening an export must never run a formula. In CSV, text that starts with = + - @ tab or CR
gets a leading apostrophe (OWASP's advice; a text that already starts with an apostrophe
before such a character gets one more, so the importer can take exactly one off and round
trips stay exact). In XLSX, text is always written as an inline string cell, which Excel
never evaluates.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from typing import Any

from server.io.convert import FORMULA_STARTS

CSV_FLUSH_BYTES = 256 * 1024


def neutralise(text: str) -> str:
    if text and (text[0] in FORMULA_STARTS or (text[0] == "'" and len(text) > 1 and
                                                 (text[1] in FORMULA_STARTS or text[1] == "'"))):
        return "'" + text
    return text


def csv_chunks(header: list[str], rows: Iterable[list[str]], delimiter: str = ",", bom: bool = True) -> Iterator[bytes]:
    """UTF-8 CSV (with a BOM so Excel reads Cyrillic right), in chunks of about 256 KB."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    if bom:
        buf.write("\ufeff")
    w.writerow([neutralise(h) for h in header])
    for row in rows:
        w.writerow(row)
        if buf.tell() >= CSV_FLUSH_BYTES:
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
    if buf.tell():
        yield buf.getvalue().encode("utf-8")


def write_xlsx(path: str, sheets: Iterable[tuple[str, list[str], Iterable[list[tuple[Any, str | None]]]]]) -> None:
    """Write sheets of (value, number format) cells; text is never a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    used: set[str] = set()
    for title, header, rows in sheets:
        ws = wb.create_sheet(_sheet_title(title, used))
        bold = Font(bold=True)
        head = []
        for h in header:
            c = WriteOnlyCell(ws, value=h)
            c.data_type = "s"
            c.font = bold
            head.append(c)
        ws.append(head)
        ws.freeze_panes = "A2"
        # Write-only sheets serialise each row as it is appended, so one styled cell per
        # (column, format) is reused for every row: styling a new cell per value costs more
        # than writing it.
        styled: dict[tuple[int, str], Any] = {}
        texts: dict[int, Any] = {}
        for row in rows:
            out: list[Any] = []
            for i, (value, fmt) in enumerate(row):
                if value is None:
                    out.append(None)
                    continue
                if isinstance(value, str):
                    if value[:1] == "=" or _ILLEGAL.search(value):
                        c = texts.get(i)
                        if c is None:
                            c = texts[i] = WriteOnlyCell(ws)
                        c.value = _xml_safe(value)
                        c.data_type = "s"  # never "f": a leading = stays text
                        out.append(c)
                    else:
                        out.append(value)
                elif fmt is not None and value is not None:
                    c = styled.get((i, fmt))
                    if c is None:
                        c = styled[(i, fmt)] = WriteOnlyCell(ws)
                        c.number_format = fmt
                    c.value = value
                    out.append(c)
                else:
                    out.append(value)
            ws.append(out)
    if not used:
        wb.create_sheet("Sheet1")
    wb.save(path)


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_safe(text: str) -> str:
    # XML 1.0 cannot hold most control characters; a cell holding one would break the file.
    if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in text):
        return "".join(ch if ord(ch) >= 32 or ch in "\t\n\r" else " " for ch in text)
    return text


def _sheet_title(title: str, used: set[str]) -> str:
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()[:31] or "Sheet"
    name, n = clean, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name = clean[:31 - len(suffix)] + suffix
        n += 1
    used.add(name.casefold())
    return name


def excel_safe_datetime(value: Any) -> Any:
    """Excel has no dates before 1900; earlier ones are written as ISO text."""
    if isinstance(value, dt.datetime) and value.year < 1900:
        return value.isoformat()
    return value
