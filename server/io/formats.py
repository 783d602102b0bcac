"""The import format registry: what an uploaded file can be read as, and the contract of a reader.

A format is an id (`csv`, `xlsx`, `1c-bank`…), a label in every interface language, the file
names and first bytes that identify it, and a reader that turns the file into `Sheet`s (a
header and a re-iterable stream of rows) within the `ReadLimits`. The import service, the
import API and `tablo import` ask this registry which format a file is (`sniff_format`), how to
read it (`open_source`), whether a generic sheet looks like one of the special layouts
(`suggest_format`), and what a format needs from the base (`needs_customers`,
`base_language`); none of them names a format. A new importer is one module (an `ImportFormat`
subclass) plus one `register_import_format` line in `server/plugins.py`
(docs/import-export.md, «Adding an import format»).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from marshmallow import ValidationError, validate

from server.errors import ApiError

# Bytes read from the start of a file to recognise its format.
HEAD_BYTES = 4096


class ImportFileError(ApiError):
    """The file cannot be read as asked; the message says why and what to do."""

    def __init__(self, message: str, field_name: str = "file", status: int = 422, code: str = "bad_file") -> None:
        super().__init__(status, code, message, {field_name: [message]})


@dataclass
class ReadLimits:
    """Caps on untrusted files (from config: TABLO_IMPORT_* variables, see server.io.limits)."""

    max_bytes: int = 2 * 1024 * 1024 * 1024  # TABLO_MAX_IMPORT_BYTES
    max_rows: int = 2_000_000
    max_columns: int = 500
    max_cell_chars: int = 100_000
    # Everything inside an XLSX once unpacked, and the worst compression ratio of one part.
    max_unzipped_bytes: int = 2 * 1024 * 1024 * 1024
    max_zip_ratio: int = 200


@dataclass
class Sheet:
    name: str
    headers: list[str]
    # Calling it starts a fresh pass over the data rows (detection and import each read once).
    rows: Callable[[], Iterator[list[Any]]]
    total: int | None = None  # estimated number of data rows, for progress


@dataclass
class Source:
    format: str
    sheets: list[Sheet]
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None

    def sheet(self, name: str | None) -> Sheet:
        if name is None:
            return self.sheets[0]
        for s in self.sheets:
            if s.name == name:
                return s
        raise ImportFileError(f"the file has no sheet named {name!r}", "sheet")




@dataclass
class ReadRequest:
    """What a reader is given: the staged file, its name as uploaded, the limits, and the options
    the person chose (each reader uses those that mean something to it)."""

    path: str
    filename: str
    limits: ReadLimits
    encoding: str | None = None
    delimiter: str | None = None
    sheets: list[str] | None = None
    # INN -> customer name, from the base the file is imported into (formats that `needs_customers`).
    customers: dict[str, str] | None = None
    # The language of the column names and fixed values a `base_language` reader writes.
    language: str | None = None


class ImportFormat(ABC):
    """One kind of file an import can read. Subclasses set the class attributes and `read`."""

    id: ClassVar[str]
    # The format's name in the import wizard and the docs, in every interface language.
    labels: ClassVar[dict[str, str]]
    # File name endings (lower case) this format is for: sniffed by name, offered by the picker.
    extensions: ClassVar[tuple[str, ...]] = ()
    # First bytes that make a file this format, whatever its name.
    magic: ClassVar[tuple[bytes, ...]] = ()
    # Read a file that no format recognises (exactly one format is the fallback: CSV).
    fallback: ClassVar[bool] = False
    # The reader names its columns and writes its fixed values in a language chosen per import
    # from the base (the 1C readers use the receivables template's words).
    base_language: ClassVar[bool] = False
    # The reader matches rows to the base's customers by INN (1C bank statements).
    needs_customers: ClassVar[bool] = False

    def sniff(self, head: bytes, filename: str) -> bool:
        """Whether a file with these first bytes (`HEAD_BYTES`, BOM included) and this lower-case
        name is in this format. By default: it starts with one of `magic` or ends with one of
        `extensions`."""
        return (bool(self.magic) and head.startswith(self.magic)) or (
            bool(self.extensions) and filename.endswith(self.extensions))

    @abstractmethod
    def read(self, req: ReadRequest) -> Source:
        """The file as sheets; raises ImportFileError (422, naming the field) for what it cannot read."""

    def recognises(self, cells: list[Any]) -> bool:
        """Whether a row of a generic CSV/XLSX sheet (its header or one of its first rows) shows this
        format's layout, so the preview can suggest reading the file as this format instead."""
        return False

    def customers(self, conn: Any, schema: Any) -> dict[str, str] | None:
        """What a `needs_customers` reader is given from the base it imports into (INN -> name)."""
        return None

    def import_language(self, schema: Any = None, table: Any = None, fallback: str | None = None) -> str | None:
        """For a `base_language` reader: the language to read in, from the target `table`, else the
        base (`schema`), else `fallback` (the user's). None for formats without one."""
        return None

    def table_language(self, column_names: list[str]) -> str | None:
        """For a `base_language` reader: the language whose names a table's columns share most."""
        return None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "labels": dict(self.labels), "extensions": list(self.extensions),
                "base_language": self.base_language, "needs_customers": self.needs_customers}


_FORMATS: dict[str, ImportFormat] = {}


def register_import_format(fmt: ImportFormat) -> ImportFormat:
    """Add a format. Registration order is the order formats are listed and sniffed in."""
    if fmt.id in _FORMATS:
        raise ValueError(f"import format {fmt.id!r} is registered twice")
    if fmt.fallback and any(f.fallback for f in _FORMATS.values()):
        raise ValueError("only one import format can be the fallback")
    _FORMATS[fmt.id] = fmt
    return fmt


def import_formats() -> list[ImportFormat]:
    return list(_FORMATS.values())


def format_ids() -> list[str]:
    return list(_FORMATS)


def get_import_format(format_id: Any) -> ImportFormat:
    """The registered format with this id; 422 naming `format` for any other value."""
    fmt = _FORMATS.get(format_id) if isinstance(format_id, str) else None
    if fmt is None:
        raise ImportFileError(f"unknown import format {format_id!r}", "format")
    return fmt


class RegisteredFormat(validate.Validator):
    """A request field naming an import format: one of the ids registered when the request is
    checked (not when the schema was declared). `choices` is what the OpenAPI document lists."""

    @property
    def choices(self) -> list[str]:
        return format_ids()

    def __call__(self, value: Any) -> Any:
        if value not in _FORMATS:
            raise ValidationError(f"Must be one of: {', '.join(format_ids())}.")
        return value


def sniff_format(path: str, filename: str) -> str:
    """The id of the first format (in registration order) that recognises the file, else the fallback's."""
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES)
    lower = (filename or "").lower()
    for fmt in _FORMATS.values():
        if fmt.sniff(head, lower):
            return fmt.id
    fallback = next((f for f in _FORMATS.values() if f.fallback), None)
    if fallback is None:
        raise ImportFileError("no import format can read this file", "format")
    return fallback.id


def resolve_format(path: str, filename: str, format_id: str | None) -> ImportFormat:
    """The format a person chose, else the one the file is sniffed as."""
    return get_import_format(format_id or sniff_format(path, filename))


def open_source(path: str, filename: str, limits: ReadLimits, *, fmt: str | None = None,
                encoding: str | None = None, delimiter: str | None = None,
                sheets: list[str] | None = None, customers: dict[str, str] | None = None,
                language: str | None = None) -> Source:
    """Open an uploaded file by its given (or sniffed) format."""
    reader = resolve_format(path, filename, fmt)
    return reader.read(ReadRequest(path, filename, limits, encoding=encoding, delimiter=delimiter, sheets=sheets,
                                   customers=customers, language=language))


def suggest_format(source: Source, first_rows: list[list[Any]]) -> str | None:
    """A format whose layout is recognised in a generic upload's first sheet (its header, then its
    first rows; the first row any format recognises decides). Only offered: nothing switches by
    itself, because such readers rename the columns. None for an upload read by a special reader."""
    generic = {f.id for f in _FORMATS.values() if not f.base_language}
    if source.format not in generic or not source.sheets:
        return None
    for cells in [list(source.sheets[0].headers), *first_rows]:
        for fmt in _FORMATS.values():
            if fmt.recognises(cells):
                return fmt.id
    return None
