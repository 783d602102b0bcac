"""In-memory picture of one base's schema (tables and columns), loaded from the catalog.

A `BaseSchema` is immutable once loaded and cached by (base id, schema version): every
action that changes tables or columns bumps the schema version, so a stale picture is
never used, in this process or another.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.catalog import schema as cat

if TYPE_CHECKING:
    from server.columns.base import ColumnType


_get_type: Any = None
# Guards TableMeta.sa_table's one-time build (re-entrant: a build may read another table's).
_SA_TABLE_LOCK = threading.RLock()


def _load_get_type() -> Any:
    global _get_type
    from server.columns.registry import get_type

    _get_type = get_type
    return get_type


@dataclass(frozen=True)
class ColumnMeta:
    id: int
    table_id: int
    name: str
    type: str
    options: dict
    position: float
    phys: str | None
    is_primary: bool
    description: str
    deleted: bool

    @property
    def type_cls(self) -> ColumnType:
        # The insert path asks once per cell; skip the import machinery after the first call.
        return (_get_type or _load_get_type())(self.type)

    @property
    def key(self) -> str:
        """The key of this column in row JSON."""
        return str(self.id)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table_id": self.table_id,
            "name": self.name,
            "type": self.type,
            "options": self.options,
            "position": self.position,
            "is_primary": self.is_primary,
            "description": self.description,
            "read_only": self.type_cls.read_only,
        }


@dataclass
class TableMeta:
    id: int
    base_id: int
    name: str
    position: float
    phys: str
    deleted: bool
    columns: list[ColumnMeta] = field(default_factory=list)  # live columns, in order
    deleted_columns: list[ColumnMeta] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    # The column saying when a row came to exist (tables.record_date_column; see
    # server/query/asof.py `record_date`, which checks it is still a live date column).
    record_date_column_id: int | None = None
    _sa_table: sa.Table | None = None
    _key_map: dict[str, ColumnMeta] | None = None
    # The base schema this table belongs to (computed columns read other tables through it).
    schema: BaseSchema | None = field(default=None, repr=False, compare=False)
    # On a member's restricted copy (server.query.access): who reads, by which rules; and the
    # table as the owner sees it. None on the catalog's own tables.
    reader: Any = field(default=None, repr=False, compare=False)
    full: TableMeta | None = field(default=None, repr=False, compare=False)

    def column(self, column_id: int) -> ColumnMeta | None:
        for col in self.columns:
            if col.id == column_id:
                return col
        return None

    def any_column(self, column_id: int) -> ColumnMeta | None:
        return self.column(column_id) or next((c for c in self.deleted_columns if c.id == column_id), None)

    def resolve_key(self, key: str) -> ColumnMeta | None:
        """A row key is a column id (as text) or a column name; the id wins."""
        if self._key_map is None:
            km: dict[str, ColumnMeta] = {c.name: c for c in self.columns}
            km.update({c.key: c for c in self.columns})
            self._key_map = km
        return self._key_map.get(key)

    def column_by_phys(self, phys: str) -> ColumnMeta | None:
        return next((c for c in self.columns if c.phys == phys), None)

    @property
    def primary(self) -> ColumnMeta | None:
        return next((c for c in self.columns if c.is_primary), self.columns[0] if self.columns else None)

    @property
    def sa_table(self) -> sa.Table:
        if self._sa_table is None:
            from server.storage.physical import build_sa_table

            # Built once under a lock: the schema is shared by threads (requests, index upkeep),
            # and two threads each building one would hand out two Table objects for the same
            # table; a query mixing them reads FROM t_7, t_7 ("ambiguous column name").
            with _SA_TABLE_LOCK:
                if self._sa_table is None:
                    built = build_sa_table(self)
                    # Lets a column type's expression(sa_table, col) find the table's meta and schema.
                    built.info["tablo"] = self
                    self._sa_table = built
        return self._sa_table

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "base_id": self.base_id,
            "name": self.name,
            "position": self.position,
            "record_date_column_id": self.record_date_column_id,
            "columns": [c.to_json() for c in self.columns],
        }


@dataclass
class BaseSchema:
    base_id: int
    schema_version: int
    tables: dict[int, TableMeta]  # every table, deleted included

    def live_tables(self) -> list[TableMeta]:
        return sorted((t for t in self.tables.values() if not t.deleted), key=lambda t: (t.position, t.id))

    def table(self, table_id: int, include_deleted: bool = False) -> TableMeta | None:
        t = self.tables.get(table_id)
        if t is None or (t.deleted and not include_deleted):
            return None
        return t

    def column(self, column_id: int) -> tuple[TableMeta, ColumnMeta] | None:
        for t in self.tables.values():
            col = t.any_column(column_id)
            if col is not None:
                return t, col
        return None


def _column_from_row(r: Any) -> ColumnMeta:
    return ColumnMeta(
        id=r.id, table_id=r.table_id, name=r.name, type=r.type, options=dict(r.options or {}),
        position=r.position, phys=r.phys, is_primary=bool(r.is_primary), description=r.description or "",
        deleted=r.deleted_at is not None,
    )


def load_schema(conn: Connection, base_id: int, schema_version: int) -> BaseSchema:
    trows = conn.execute(sa.select(cat.tables).where(cat.tables.c.base_id == base_id)).all()
    tables: dict[int, TableMeta] = {
        r.id: TableMeta(id=r.id, base_id=base_id, name=r.name, position=r.position, phys=r.phys,
                        deleted=r.deleted_at is not None, record_date_column_id=r.record_date_column)
        for r in trows
    }
    if tables:
        crows = conn.execute(
            sa.select(cat.columns).where(cat.columns.c.table_id.in_(list(tables)))
            .order_by(cat.columns.c.position, cat.columns.c.id)
        ).all()
        for r in crows:
            col = _column_from_row(r)
            (tables[r.table_id].deleted_columns if col.deleted else tables[r.table_id].columns).append(col)
        for r in conn.execute(sa.select(cat.retired_columns).where(
                cat.retired_columns.c.table_id.in_(list(tables)))):
            tables[r.table_id].retired.append(r.phys)
    schema = BaseSchema(base_id=base_id, schema_version=schema_version, tables=tables)
    for t in tables.values():
        t.schema = schema
    return schema


class SchemaCache:
    """LRU of loaded schemas keyed by (base id, schema version).

    `restrictor`, when installed (server.query.access), turns the schema into what the current
    reader may see: their hidden tables and columns left out, their row rules attached."""

    restrictor: Any = None

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[tuple[int, int], BaseSchema] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, conn: Connection, base_id: int, schema_version: int | None = None) -> BaseSchema:
        if schema_version is None:
            schema_version = conn.execute(
                sa.select(cat.bases.c.schema_version).where(cat.bases.c.id == base_id)
            ).scalar_one()
        key = (base_id, schema_version)
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
        if hit is None:
            hit = load_schema(conn, base_id, schema_version)
            with self._lock:
                self._items[key] = hit
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
        restrictor = SchemaCache.restrictor
        return restrictor(conn, hit) if restrictor is not None else hit
