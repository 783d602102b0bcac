"""Readers for imported files: CSV/TSV (encoding and delimiter detected) and XLSX (python-calamine,
after a safety check of the zip container).

A reader turns a file into `Sheet`s: a header and a re-iterable stream of data rows. Rows are
read lazily, so a million-row CSV is never held in memory; an XLSX sheet is held by calamine
in its compact Rust form while it is read (openpyxl's read-only mode is ~10x slower, see
docs/performance.md), never as Python objects for the whole sheet.

Everything here validates untrusted input: sizes, rows, columns and cell lengths are capped
(`ReadLimits`), a zip bomb or a file that only pretends to be XLSX is refused, macros and
links to other workbooks are never followed, and formula cells are read as their last saved
values with a warning saying so.

The three formats these readers are (`CsvFormat`, `TsvFormat`, `XlsxFormat`, at the end) are
registered in `server/plugins.py`; the contract they fulfil is in `server/io/formats.py`.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from server.io.formats import ImportFileError, ImportFormat, ReadLimits, ReadRequest, Sheet, Source

ENCODINGS = ("utf-8", "utf-8-sig", "cp1251", "cp866", "utf-16")
DELIMITERS = (",", ";", "\t", "|")
SNIFF_BYTES = 256 * 1024
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[ >/]")


# -- headers ----------------------------------------------------------------------------------
def clean_headers(raw: list[Any], width: int | None = None) -> list[str]:
    """Header cells to unique, non-empty column names (blank → 'Column N', repeats get ' (2)')."""
    width = max(width or 0, len(raw))
    out: list[str] = []
    seen: set[str] = set()
    for i in range(width):
        v = raw[i] if i < len(raw) else None
        name = _cell_text(v).replace("\n", " ").replace("\r", " ").strip()
        name = "".join(ch for ch in name if ord(ch) >= 32)[:200] or f"Column {i + 1}"
        base, n = name, 2
        while name.casefold() in seen:
            name = f"{base[:190]} ({n})"
            n += 1
        seen.add(name.casefold())
        out.append(name)
    return out


def _cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _blank(row: list[Any]) -> bool:
    first = row[0] if row else None
    if type(first) is str and first and not first.isspace():
        return False  # the common case, decided by the first cell
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


# -- CSV --------------------------------------------------------------------------------------
def detect_encoding(head: bytes) -> str:
    """UTF-8 (with or without BOM) when the bytes decode as UTF-8, else Windows-1251."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # 1C text exports name their encoding in the header.
    m = re.search(rb"\r?\n\s*\xca\xee\xe4\xe8\xf0\xee\xe2\xea\xe0=(\w+)", head)  # "Кодировка=" in cp1251
    if m:
        return "cp866" if m.group(1).upper() == b"DOS" else "cp1251"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)  # a character cut at the end of the sample is fine
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1251"


def detect_delimiter(sample: str, default: str = ",") -> str:
    """The candidate that splits the first lines into the most fields, most consistently."""
    lines = [ln for ln in sample.splitlines()[:50] if ln.strip()]
    if len(lines) > 1:
        lines = lines[:-1]  # the last line of a sample may be cut short
    best, best_score = default, 0.0
    for d in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=d)]
        except csv.Error:
            continue
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        score = mode * (counts.count(mode) / len(counts))
        if score > best_score:
            best, best_score = d, score
    return best


def size_text(n: int) -> str:
    """A byte count as people say it: 2 GB, 50 MB, 3.5 MB (binary units, as the defaults are set)."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def _check_size(path: str, limits: ReadLimits) -> int:
    size = os.path.getsize(path)
    if size > limits.max_bytes:
        raise ImportFileError(f"the file is {size_text(size)}; imports are limited to {size_text(limits.max_bytes)} "
                              "(TABLO_MAX_IMPORT_BYTES)", status=413, code="too_large")
    if size == 0:
        raise ImportFileError("the file is empty")
    return size


def _count_lines(path: str) -> int:
    n = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
    return n


def open_text(path: str, encoding: str) -> io.TextIOWrapper:
    return open(path, encoding=encoding, newline="", errors="strict")  # noqa: SIM115 (caller closes)


def read_csv(path: str, limits: ReadLimits, encoding: str | None = None, delimiter: str | None = None,
             name: str = "Sheet1") -> Source:
    _check_size(path, limits)
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError("this is not a text file (it holds binary data); upload CSV, TSV or XLSX")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ImportFileError(f"unknown encoding {encoding!r}", "encoding") from None
    enc = encoding or detect_encoding(head)
    try:
        sample = head.decode(enc, errors="ignore" if len(head) == SNIFF_BYTES else "strict")
    except UnicodeDecodeError:
        raise ImportFileError(f"the file is not valid {enc} text; choose its encoding", "encoding") from None
    if delimiter is not None and (len(delimiter) != 1 or delimiter in "\"\r\n"):
        raise ImportFileError("the delimiter is one character (, ; tab or |)", "delimiter")
    default = "\t" if path.lower().endswith((".tsv", ".tab")) else ","
    delim = delimiter or detect_delimiter(sample, default)
    total = max(_count_lines(path) - 1, 0)
    if total > limits.max_rows + 1:
        raise ImportFileError(f"the file has about {total:,} rows; imports are limited to {limits.max_rows:,}",
                              status=413, code="too_large")

    header: list[str] = []
    # csv's field limit is process-wide; every import sets its own before reading.
    csv.field_size_limit(limits.max_cell_chars)
    with open_text(path, enc) as f:
        try:
            for row in csv.reader(f, delimiter=delim):
                if not _blank(row):
                    header = row
                    break
        except csv.Error as exc:
            msg = str(exc)
            if "field larger" in msg:
                msg = f"a cell is longer than {limits.max_cell_chars:,} characters"
            raise ImportFileError(f"the header row: {msg}") from None
        except UnicodeDecodeError:
            raise ImportFileError(f"the text is not valid {enc}; choose the file's encoding", "encoding") from None
    if not header:
        raise ImportFileError("the file has no rows")
    if len(header) > limits.max_columns:
        raise ImportFileError(f"the file has {len(header)} columns; a table holds at most {limits.max_columns}",
                              status=413, code="too_large")
    headers = clean_headers(header)
    width = len(headers)

    def data_rows() -> Iterator[list[Any]]:
        # One generator, no per-row helper calls: this loop runs for every row twice (detection
        # and import), so it is kept as lean as the csv module allows.
        csv.field_size_limit(limits.max_cell_chars)
        n = 0
        header_seen = False
        with open_text(path, enc) as f:
            reader = csv.reader(f, delimiter=delim)
            try:
                for row in reader:
                    first = row[0] if row else ""
                    if (not first or first.isspace()) and _blank(row):
                        continue
                    if not header_seen:
                        header_seen = True
                        continue
                    n += 1
                    if n > limits.max_rows:
                        raise ImportFileError(f"imports are limited to {limits.max_rows:,} rows", status=413,
                                              code="too_large")
                    size = len(row)
                    if size != width:
                        if size > width:
                            if any(c.strip() for c in row[width:]):
                                raise ImportFileError(f"line {reader.line_num}: {size} cells but the header has "
                                                      f"{width}; check the delimiter")
                            row = row[:width]
                        else:
                            row = row + [""] * (width - size)
                    yield row
            except csv.Error as exc:
                msg = str(exc)
                if "field larger" in msg:
                    msg = f"a cell is longer than {limits.max_cell_chars:,} characters"
                raise ImportFileError(f"row {n + 2}: {msg}") from None
            except UnicodeDecodeError:
                raise ImportFileError(f"row {n + 2}: the text is not valid {enc}; choose the file's encoding",
                                      "encoding") from None

    return Source("csv", [Sheet(name, headers, data_rows, total)], encoding=enc, delimiter=delim)


# -- XLSX -------------------------------------------------------------------------------------
def inspect_xlsx(path: str, limits: ReadLimits) -> list[str]:
    """Refuse what is not a plain workbook; return warnings about what was not followed or run."""
    with open(path, "rb") as f:
        magic = f.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError("this is an old binary Excel file (.xls) or a password-protected workbook; "
                              "save it as .xlsx and upload again")
    if not zipfile.is_zipfile(path):
        raise ImportFileError("this is not an XLSX file (it is not a zip package); upload .xlsx, .csv or .tsv")
    warnings: list[str] = []
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
                raise ImportFileError("this zip file is not an Excel workbook (no xl/workbook.xml)")
            total = 0
            for i in infos:
                total += i.file_size
                if i.file_size > 1024 * 1024 and i.compress_size and \
                        i.file_size / i.compress_size > limits.max_zip_ratio:
                    raise ImportFileError(f"the workbook part {i.filename} unpacks {i.file_size // i.compress_size}"
                                          f"-fold; refused as a possible zip bomb")
            if total > limits.max_unzipped_bytes:
                raise ImportFileError(f"the workbook unpacks to {total // (1024 * 1024)} MB, more than the "
                                      f"{limits.max_unzipped_bytes // (1024 * 1024)} MB allowed")
            if any(n.lower().endswith("vbaproject.bin") for n in names):
                warnings.append("the workbook contains macros; they were not run, only cell values were read")
            if any(n.startswith("xl/externalLinks/") for n in names):
                warnings.append("the workbook links to other workbooks; the links were not followed, the last "
                                "saved values were read")
            formulas = 0
            for n in sorted(names):
                if n.startswith("xl/worksheets/") and n.endswith(".xml"):
                    formulas += _count_formulas(z, n)
            if formulas:
                warnings.append(f"{formulas:,} cells hold formulas; their last saved values were imported "
                                f"(formulas are never run)")
    except zipfile.BadZipFile as exc:
        raise ImportFileError(f"the XLSX file is damaged or truncated ({exc})") from None
    return warnings


def _count_formulas(z: zipfile.ZipFile, name: str) -> int:
    n = 0
    tail = b""
    with z.open(name) as f:
        while chunk := f.read(1 << 20):
            buf = tail + chunk
            n += len(_FORMULA_TAG.findall(buf))
            # Keep the last bytes so a tag split between chunks is still seen; tags wholly
            # inside the kept tail were counted already and are subtracted.
            tail = buf[-16:]
            n -= len(_FORMULA_TAG.findall(tail))
    return n


def read_xlsx(path: str, limits: ReadLimits, sheets: list[str] | None = None) -> Source:
    _check_size(path, limits)
    warnings = inspect_xlsx(path, limits)
    try:
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(path)
        names = list(wb.sheet_names)
    except ImportFileError:
        raise
    except Exception as exc:  # calamine raises its own error types for broken parts
        raise ImportFileError(f"the XLSX file could not be read: {exc}") from None
    if sheets:
        missing = [s for s in sheets if s not in names]
        if missing:
            raise ImportFileError(f"the workbook has no sheet named {missing[0]!r}", "sheets")
        names = [n for n in names if n in sheets]
    out: list[Sheet] = []
    for name in names:
        sheet = _xlsx_sheet(path, name, limits)
        if sheet is not None:
            out.append(sheet)
    if not out:
        raise ImportFileError("the workbook has no data (every sheet is empty)")
    return Source("xlsx", out, warnings)


def _open_sheet(path: str, name: str) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(path).get_sheet_by_name(name)
    except Exception as exc:
        raise ImportFileError(f"sheet {name!r} could not be read: {exc}") from None


def _xlsx_sheet(path: str, name: str, limits: ReadLimits) -> Sheet | None:
    sh = _open_sheet(path, name)
    if sh.height == 0:
        return None
    if sh.width > limits.max_columns:
        raise ImportFileError(f"sheet {name!r} has {sh.width} columns; a table holds at most {limits.max_columns}",
                              status=413, code="too_large")
    if sh.height > limits.max_rows + 1:
        raise ImportFileError(f"sheet {name!r} has {sh.height:,} rows; imports are limited to {limits.max_rows:,}",
                              status=413, code="too_large")
    header: list[Any] | None = None
    for row in sh.iter_rows():
        if not _blank([_xl(v) for v in row]):
            header = row
            break
    if header is None:
        return None
    # Trailing blank header cells are columns only if data sits under them; keep the full width.
    headers = clean_headers([_xl(v) for v in header], sh.width)
    width = len(headers)

    loaded = [sh]  # the first pass (detection) reuses the sheet opened here; later passes reopen

    def data_rows() -> Iterator[list[Any]]:
        # The sheet is in calamine's memory already, so cell lengths are left to the column
        # types' own limits (text 10,000, long text 100,000 characters); this loop stays lean.
        started = False
        sheet = loaded.pop() if loaded else _open_sheet(path, name)
        for row in sheet.iter_rows():
            vals = [None if v == "" else v for v in row]
            first = vals[0] if vals else None
            if (first is None or (type(first) is str and first.isspace())) and _blank(vals):
                continue
            if not started:
                started = True
                continue
            if len(vals) != width:
                vals = (vals + [None] * (width - len(vals)))[:width]
            yield vals

    return Sheet(name, headers, data_rows, max(sh.height - 1, 0))


def _xl(v: Any) -> Any:
    """A calamine cell to a Python value: '' is empty; whole floats stay floats (numbers)."""
    if isinstance(v, str):
        return v if v != "" else None
    return v


def _stem(filename: str) -> str:
    base = os.path.basename(filename or "Import")
    stem = base.rsplit(".", 1)[0] if "." in base else base
    return stem.strip()[:200] or "Import"


# -- the formats these readers are (registered in server/plugins.py) ---------------------------
class CsvFormat(ImportFormat):
    """Comma-, semicolon-, tab- or bar-separated text; what an upload is when nothing else is."""

    id = "csv"
    labels = {"en": "CSV", "ru": "CSV"}
    extensions = (".csv", ".txt")
    fallback = True

    def sniff(self, head: bytes, filename: str) -> bool:
        return False  # only ever the fallback: a text file is CSV unless a format says otherwise

    def read(self, req: ReadRequest) -> Source:
        return read_csv(req.path, req.limits, req.encoding, req.delimiter, name=_stem(req.filename))


class TsvFormat(ImportFormat):
    """Tab-separated text: CSV with the tab as the delimiter unless another is given. Chosen by
    hand (a .tsv upload is sniffed as CSV, whose delimiter detection finds the tabs)."""

    id = "tsv"
    labels = {"en": "TSV (tab-separated)", "ru": "TSV (через табуляцию)"}
    extensions = (".tsv",)

    def sniff(self, head: bytes, filename: str) -> bool:
        return False

    def read(self, req: ReadRequest) -> Source:
        delimiter = "\t" if req.delimiter is None else req.delimiter
        return read_csv(req.path, req.limits, req.encoding, delimiter, name=_stem(req.filename))


class XlsxFormat(ImportFormat):
    """Excel workbooks. An old .xls (or anything in an OLE container) is sniffed as XLSX too, so
    that `inspect_xlsx` can say what to do with it instead of reading it as text."""

    id = "xlsx"
    labels = {"en": "Excel (.xlsx)", "ru": "Excel (.xlsx)"}
    extensions = (".xlsx", ".xlsm", ".xls")
    magic = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")

    def read(self, req: ReadRequest) -> Source:
        return read_xlsx(req.path, req.limits, req.sheets)
