"""The contract every column type fulfils, and the context values are converted in.

A type declares, in one class, everything the rest of the server asks about it: its SQL
type, how an API value is validated and stored, how it is returned, how text (paste, CSV,
XLSX) becomes a value, how it sorts and is searched, how it exports to XLSX, how values
convert from other types, its operator family (which filter operators and summaries fit),
what formulas see, whether charts and indexes may use it, and how it maps to SeaTable.
Every hook has a default here, with a docstring; no other module keeps a list of type ids
(see docs/column-types.md, «Adding a column type»).

Cell values are validated by hand-written code on the hot path (a batch of 1,000 rows ×
500 columns must not pay marshmallow's per-field cost); `api_field` gives the marshmallow
field that documents the same value shape in the OpenAPI document, and option schemas use
marshmallow directly.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

import sqlalchemy as sa
from marshmallow import Schema, ValidationError, fields

from server.storage.dialect import as_text, fold

if TYPE_CHECKING:
    from server.catalog.model import ColumnMeta, TableMeta

# An imported value (text from CSV, a typed value from XLSX) to a stored value; raises CellError.
Converter = Callable[[Any], Any]
# The same for a whole column of a chunk at once (the import's fast paths).
ColumnConverter = Callable[[list[Any]], list[Any]]
# Characters a spreadsheet treats as the start of a formula (see server.io.writers).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Operator families (server.query.operators.FAMILIES): what a value is for filters and summaries.
FAMILY_NAMES = ("text", "number", "date", "select", "list", "user", "checkbox", "files", "presence")
# What a value is inside formulas.
FORMULA_KINDS = ("number", "text", "date", "bool")


def unneutralise(text: str) -> str:
    """Undo the export's formula neutralisation: a quote before a formula character goes."""
    if len(text) > 1 and text[0] == "'" and (text[1] in FORMULA_STARTS or text[1] == "'"):
        return text[1:]
    return text


def imported_text(v: Any) -> str | None:
    """An imported cell as text (export neutralisation undone); None when it is blank."""
    if v is None:
        return None
    s = unneutralise(v) if isinstance(v, str) else cell_text(v)
    return s if s.strip() else None


def cell_text(v: Any) -> str:
    """An imported cell (text, number, date, yes/no from XLSX) as the text a person would type."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ") if (v.hour or v.minute or v.second) else v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


class CellError(ValueError):
    """A value that does not fit its column; the message is shown to the user."""


@dataclass
class ValueContext:
    """What converting a value may need beyond the value: who writes, who is a member, files."""

    user_id: int | None = None
    # user id -> {"id", "email", "name"} for the base's members (collaborator columns).
    members: dict[int, dict] = field(default_factory=dict)
    # file id -> file record, for attachment columns (filled lazily by the caller).
    file_lookup: Callable[[list[str]], dict[str, dict]] | None = None
    # Create unknown select options on write instead of rejecting them.
    create_options: bool = False
    # column id -> list of options created while converting (the action saves them).
    created_options: dict[int, list[dict]] = field(default_factory=dict)
    # Output select options and collaborators by name/email instead of id.
    by_name: bool = False
    # Column options as amended by created options, keyed by column id.
    option_overrides: dict[int, dict] = field(default_factory=dict)

    def options_of(self, col: ColumnMeta) -> dict:
        return self.option_overrides.get(col.id, col.options)


OPTION_COLORS = [
    "#FFFCB5", "#FFEAB6", "#FFD9C8", "#FFDDE5", "#FAD7FF", "#DDD9FF", "#D7E8FF", "#CFF5F1",
    "#D1F7C4", "#E2E8F0", "#FCD34D", "#FDBA74", "#FCA5A5", "#F9A8D4", "#C4B5FD", "#93C5FD",
    "#67E8F9", "#86EFAC", "#BEF264", "#CBD5E1", "#F59E0B", "#EF4444", "#10B981", "#3B82F6",
]


def new_option_id() -> str:
    return secrets.token_hex(3)


class ColumnType:
    """Base class; subclasses set `type_id` and override what differs.

    Class attributes describe the type (the catalog, GET /api/column-types, shows them);
    methods convert values and build SQL. Each has a default that fits a plain stored text
    value, so a new type overrides only what makes it different.
    """

    type_id: ClassVar[str]
    # -- what the type is ----------------------------------------------------------------
    # The operator family (one of FAMILY_NAMES): which filter operators and summaries fit
    # its values. None: the type behaves like the plain type of its result (`result_type`).
    # The default, "presence", only filters empty / not empty: it fits any stored value.
    family: ClassVar[str | None] = "presence"
    # What the value is inside formulas (one of FORMULA_KINDS); see `formula_value`.
    formula_kind: ClassVar[str] = "text"
    # Values are JSON lists (multiple select, collaborators, files, links, lookups): grouped
    # and compared by their JSON text, never summed or compared with a literal.
    list_value: ClassVar[bool] = False
    # Values are user ids (collaborators): list filters take ids, emails or "me", not options.
    holds_users: ClassVar[bool] = False
    # Cells cannot be written by clients (computed or given by the server).
    read_only: ClassVar[bool] = False
    # False for types with no physical column of their own (system and computed types).
    stored: ClassVar[bool] = True
    # Offered when a person adds a column (a type only made by the server would say False).
    creatable: ClassVar[bool] = True
    # Views may sort and group by it.
    sortable: ClassVar[bool] = True
    groupable: ClassVar[bool] = True
    # Cells given in insert_rows/update_rows are written after the row exists (`write_cells`).
    deferred_write: ClassVar[bool] = False
    # Whether a column may change to or from this type (links keep a junction table: no).
    allow_type_change: ClassVar[bool] = True
    # The system field (_ctime, _creator, ...) the type reads instead of a column of its own.
    system_column: ClassVar[str | None] = None
    # Formulas read the column through `formula_typed` (a query of its own: links and
    # computed types), not through its stored value and `formula_value`.
    formula_computed: ClassVar[bool] = False
    # A plain B-tree index on the stored column serves its filters and sorts (views' indexes).
    indexable: ClassVar[bool] = False
    # The type id SeaTable's API shows for it (None: the same id as ours).
    seatable_type: ClassVar[str | None] = None
    # Filled by server.query.operators: operator name -> operator instance.
    operators: ClassVar[dict[str, Any]]
    options_schema: ClassVar[type[Schema] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.operators = {}

    # -- schema -------------------------------------------------------------------------
    def sql_type(self, options: dict) -> sa.types.TypeEngine:
        """The SQL type of the physical column (stored types only)."""
        return sa.Text()

    def validate_options(self, options: dict | None, existing: dict | None = None) -> dict:
        """Validate and normalise a column's options; raises marshmallow.ValidationError."""
        options = dict(options or {})
        if self.options_schema is None:
            if options:
                raise ValidationError({"options": [f"the {self.type_id} type takes no options"]})
            return {}
        loaded = self.options_schema().load(options)
        return loaded

    def default_options(self) -> dict:
        return self.validate_options({})

    def prepare_options(self, ctx: Any, table: TableMeta, col: ColumnMeta | None, options: dict) -> dict:
        """Options checked against the schema (the linked table, a formula's columns) inside the
        add/modify_column action; `col` is None for a new column. Raises ApiError."""
        return options

    def after_add(self, ctx: Any, table: TableMeta, col: ColumnMeta, payload: dict) -> None:
        """Runs inside add_column once the column exists (a link makes its other side here)."""

    def dependencies(self, col: ColumnMeta) -> list[int]:
        """Ids of the columns this column's value is computed from (cycle checks, refreshes)."""
        return []

    def refresh_options(self, table: TableMeta, col: ColumnMeta) -> dict:
        """Options re-derived after a schema change (a formula's shown text, result type)."""
        return col.options

    def api_field(self) -> fields.Field:
        """The marshmallow field documenting this type's API value (OpenAPI)."""
        return fields.Raw(allow_none=True)

    # -- values -------------------------------------------------------------------------
    def expression(self, table: sa.Table, col: ColumnMeta) -> sa.ColumnElement:
        """The SQL expression that reads this column from its physical table."""
        if self.system_column is not None:
            return table.c[self.system_column]
        return table.c[col.phys]

    def to_db(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> Any:
        """An API value to the stored value; raises CellError."""
        return value

    def write_cells(self, ctx: Any, table: TableMeta, col: ColumnMeta, values: dict[str, tuple[str, Any]]) -> dict:
        """For `deferred_write` types: write cells given in insert_rows/update_rows once the rows
        exist (row id → (field name, value from `to_db`)); returns the inverse action."""
        raise NotImplementedError(f"the {self.type_id} type writes its cells directly")

    def from_db(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> Any:
        """A stored value to the API value."""
        return value

    def parse_text(self, text: str, col: ColumnMeta, ctx: ValueContext) -> Any:
        """Pasted or imported text to the stored value; raises CellError."""
        text = text.strip()
        if text == "":
            return None
        return self.to_db(text, col, ctx)

    def to_text(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> str:
        """A stored value as plain text (copy, CSV, conversion to another type)."""
        if value is None:
            return ""
        return str(value)

    def export_value(self, value: Any, col: ColumnMeta, ctx: ValueContext) -> tuple[Any, str | None]:
        """A stored value for an XLSX cell, with its number format."""
        return (self.to_text(value, col, ctx) or None), None

    def convert_value(self, value: Any, source: ColumnMeta, target: ColumnMeta, ctx: ValueContext) -> Any:
        """Convert a value stored by `source` into this type (the target); raises CellError."""
        # An empty source value (an unticked box, an empty list) is empty in any type, not the
        # text "false" or "" that would then fail to parse and be reported as a failure.
        if value is None or source.type_cls.is_empty(value):
            return None
        return self.parse_text(source.type_cls.to_text(value, source, ctx), target, ctx)

    def is_empty(self, value: Any) -> bool:
        return value is None or value == "" or value == []

    # -- import -------------------------------------------------------------------------
    def import_converter(self, col: ColumnMeta, vctx: ValueContext, day_first: bool | None = None) -> Converter:
        """A function from an imported value (CSV text, or a typed XLSX value) to the stored
        value; raises CellError. The default makes text of it and calls `parse_text`."""

        def generic(v: Any) -> Any:
            s = imported_text(v)
            return None if s is None else self.parse_text(s, col, vctx)
        return generic

    def import_column_converter(self, col: ColumnMeta, vctx: ValueContext, conv: Converter) -> ColumnConverter:
        """Convert a whole column of an import chunk at once; `conv` is `import_converter`'s
        function (which also names a bad value). Types with common shapes take faster paths."""
        return lambda vals: [conv(v) for v in vals]

    # -- query hooks --------------------------------------------------------------------
    def result_type(self, col: ColumnMeta) -> str:
        """The plain type id whose operators, summaries and charts this column's values use
        (computed columns answer with the type of their result)."""
        return self.type_id

    def sort_expression(self, expr: sa.ColumnElement, col: ColumnMeta) -> sa.ColumnElement:
        return expr

    def row_summary(self, table: sa.Table, col: ColumnMeta, how: str) -> tuple[sa.ColumnElement, str] | None:
        """For types holding several numbers or dates per row (lookups): the row's "sum", "min",
        "max" or "count" of them, with their kind ("number" or "date"); None for other types."""
        return None

    def search_expression(self, expr: sa.ColumnElement, col: ColumnMeta) -> sa.ColumnElement | None:
        """The folded text a view's search matches, or None when the type is not searched."""
        return fold(as_text(expr))

    def text_filter_expression(self, table: sa.Table, col: ColumnMeta) -> sa.ColumnElement | None:
        """What a text filter (`is`, `contains`, …) compares for a column of the text family, when
        that is not the stored value (a lookup compares its values joined as the cell reads);
        None: the stored value."""
        return None

    # -- formulas -----------------------------------------------------------------------
    def formula_value(self, expr: sa.ColumnElement, col: ColumnMeta) -> sa.ColumnElement:
        """The stored expression as formulas see it, a value of kind `formula_kind`."""
        return sa.cast(expr, sa.Text())

    def formula_typed(self, env: Any, col: ColumnMeta) -> Any:
        """For `formula_computed` types: the column's value in formulas, as a
        server.formulas.compiler.Typed built from `env` (the compiler's environment)."""
        raise NotImplementedError(f"formulas read {self.type_id} columns through formula_value")

    # -- charts -------------------------------------------------------------------------
    @property
    def chart_dates(self) -> bool:
        """Chart axes can group it by day, week, month, quarter or year."""
        return self.family == "date"

    @property
    def chart_numbers(self) -> bool:
        """Charts (and SeaTable SQL) may sum and average it."""
        return self.family == "number"

    # -- SeaTable -----------------------------------------------------------------------
    def seatable_id(self) -> str:
        """The type id SeaTable's API uses for this type."""
        return self.seatable_type or self.type_id

    def seatable_data(self, col: ColumnMeta) -> dict | None:
        """The column's options as SeaTable's `column.data` (types whose data the SeaTable
        module does not map itself); None: no data."""
        return None
