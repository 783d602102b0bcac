"""Physical user tables: `t_<id>` with system columns and one real SQL column per user column.

User-given names never reach SQL text: tables and columns are named by their catalog ids.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.schema import AddConstraint  # noqa: F401  (kept for dialect parity)

if TYPE_CHECKING:
    from server.catalog.model import ColumnMeta, TableMeta

ROW_ID_LENGTH = 22
SYSTEM_COLUMNS = ("id", "_id", "_order", "_ctime", "_mtime", "_creator", "_last_modifier")


def new_row_id() -> str:
    """A public row id: 22 url-safe characters (128 bits)."""
    return secrets.token_urlsafe(16)


def table_phys_name(table_id: int) -> str:
    return f"t_{table_id}"


def system_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("_id", sa.String(ROW_ID_LENGTH), nullable=False),
        # Manual row order: a double between neighbours, renumbered when gaps run out.
        sa.Column("_order", sa.Float(53), nullable=False),
        sa.Column("_ctime", sa.DateTime, nullable=False),
        sa.Column("_mtime", sa.DateTime, nullable=False),
        sa.Column("_creator", sa.Integer, nullable=True),
        sa.Column("_last_modifier", sa.Integer, nullable=True),
    ]


class RetiredValue(sa.types.TypeDecorator):
    """A value of a retired physical column, whose SQL type is not known here.

    Values pass through untouched and without a bind cast, so the database fits them to the
    column's real type (a typed cast, e.g. VARCHAR into a double precision column, fails on
    PostgreSQL even for NULL). JSON read back from PostgreSQL arrives as lists and dicts and is
    handed to the driver as JSON again.
    """

    impl = sa.types.NullType
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> Any:
        if isinstance(value, list | dict) and dialect.name == "postgresql":
            from psycopg.types.json import Jsonb

            return Jsonb(value)
        return value


def _sql_column(col: ColumnMeta) -> sa.Column | None:
    if col.phys is None:
        return None
    return sa.Column(col.phys, col.type_cls.sql_type(col.options), nullable=True)


def build_sa_table(table: TableMeta) -> sa.Table:
    """The SQLAlchemy Table for a user table, deleted and retired columns included."""
    md = sa.MetaData()
    cols = system_columns()
    seen: set[str] = set()
    for col in [*table.columns, *table.deleted_columns]:
        sc = _sql_column(col)
        if sc is not None and sc.name not in seen:
            seen.add(sc.name)
            cols.append(sc)
    for phys in table.retired:
        if phys not in seen:
            seen.add(phys)
            # Retired columns are only read and written back as they are (row delete and its undo).
            # The catalog does not keep their SQL type, so they must not be declared as one.
            cols.append(sa.Column(phys, RetiredValue(), nullable=True))
    return sa.Table(table.phys, md, *cols)


def create_physical_table(conn: Connection, phys: str) -> None:
    md = sa.MetaData()
    t = sa.Table(phys, md, *system_columns())
    sa.Index(f"ux_{phys}__id", t.c._id, unique=True)
    sa.Index(f"ix_{phys}__order", t.c._order, t.c.id)
    md.create_all(conn)


# The search indexes of a table (server/query/search_index.py, decision 0044): shadow tables
# s_<physical table>_<hash> with triggers on the table, dropped before the table or a column.
SEARCH_INDEX_PREFIX = "s_"


def search_index_tables(conn: Connection, table_phys: str) -> list[str]:
    """Search index tables of a physical table (normally none or one)."""
    like = f"{SEARCH_INDEX_PREFIX}{table_phys}\\_%"
    if conn.dialect.name == "sqlite":
        rows = conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE :p ESCAPE '\\'"),
                            {"p": like})
    else:
        rows = conn.execute(sa.text("SELECT relname FROM pg_class WHERE relkind = 'r' AND relname LIKE :p "
                                    "AND relnamespace = current_schema()::regnamespace"), {"p": like})
    return [r[0] for r in rows if r[0][len(SEARCH_INDEX_PREFIX) + len(table_phys) + 1:].isalnum()]


def drop_search_indexes(conn: Connection, table_phys: str) -> None:
    """Drop the table's search indexes and their triggers (before its columns or itself go)."""
    for name in search_index_tables(conn, table_phys):
        if conn.dialect.name == "sqlite":
            for suffix in ("i", "u", "d"):
                conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}_{suffix}"')
            conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')
        else:
            for suffix in ("i", "u", "d"):
                conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}_{suffix}" ON "{table_phys}"')
                conn.exec_driver_sql(f'DROP FUNCTION IF EXISTS "{name}_{suffix}"()')
            conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')


def drop_physical_table(conn: Connection, phys: str) -> None:
    drop_search_indexes(conn, phys)
    md = sa.MetaData()
    sa.Table(phys, md, sa.Column("id", sa.Integer)).drop(conn, checkfirst=True)


def add_physical_column(conn: Connection, table_phys: str, col_phys: str, sql_type: sa.types.TypeEngine) -> None:
    preparer = conn.dialect.identifier_preparer
    type_sql = sql_type.compile(dialect=conn.dialect)
    # Both names come from catalog ids (t_<int>, c_<int>), never from user input.
    conn.exec_driver_sql(
        f"ALTER TABLE {preparer.quote(table_phys)} ADD COLUMN {preparer.quote(col_phys)} {type_sql}"
    )


def drop_physical_column(conn: Connection, table_phys: str, col_phys: str) -> None:
    """Drop a column; the table's search index goes first (its triggers name the columns) and is
    built again by the background index upkeep."""
    drop_search_indexes(conn, table_phys)
    preparer = conn.dialect.identifier_preparer
    conn.exec_driver_sql(f"ALTER TABLE {preparer.quote(table_phys)} DROP COLUMN {preparer.quote(col_phys)}")
