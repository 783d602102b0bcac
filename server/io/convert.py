"""Imported cell values (text from CSV, typed values from XLSX) to stored values of a column.

Each column type says how (`ColumnType.import_converter` and `import_column_converter`):
text goes through the type's own `parse_text` (one definition of what "1 234,50" or
"31.12.2026" means); numbers, dates, yes/no and select names take fast paths that skip
text. The per-type fast paths matter: a million rows of ten columns is ten million calls.
"""

from __future__ import annotations

from server.catalog.model import ColumnMeta
from server.columns.base import (
    FORMULA_STARTS,
    ColumnConverter,
    Converter,
    ValueContext,
    cell_text,
    unneutralise,
)

__all__ = ["FORMULA_STARTS", "ColumnConverter", "Converter", "cell_text", "column_converter", "converter",
           "unneutralise"]


def converter(col: ColumnMeta, vctx: ValueContext, day_first: bool | None = None) -> Converter:
    """A function from an imported value to the stored value of `col`; raises CellError."""
    return col.type_cls.import_converter(col, vctx, day_first)


def column_converter(col: ColumnMeta, vctx: ValueContext, day_first: bool | None = None) -> ColumnConverter:
    """Convert a whole column of a chunk at once. Common shapes (CSV text of plain numbers, ISO
    dates, yes/no, select names, plain text) take C-speed paths; anything else goes value by
    value through `converter`, which is also what names a bad value."""
    return col.type_cls.import_column_converter(col, vctx, converter(col, vctx, day_first))
