"""The search index of a table: a trigram index over the folded text of its stored columns.

A view's search (`search_clause`) is true for a row when the folded text of one of the view's
visible columns contains the folded needle. Without an index that is a scan that folds every
row (on SQLite a Python function per row: seconds at a million rows). The index narrows it:

- Each table with views gets a shadow table `s_<phys>_<hash>` holding, per row id, the folded
  text of its *covered* columns joined by a line break, computed by the very SQL expression the
  search itself uses. SQLite: an FTS5 table with the trigram tokenizer; PostgreSQL: a table with
  a pg_trgm GIN index. Triggers on the physical table keep it in step inside the writing
  transaction (insert, update, delete; so undo, import, paste and type conversions too).
- A covered column is a stored column read as its plain physical column whose search text is
  `fold(...)` of that column alone (text, numbers, dates, …). Single selects are not in the
  shadow text (their option names would be SQL text in the trigger): the options whose folded
  names contain the needle are found first and the rows holding them are added by id.
- A search uses the index only when every searched column is covered or a single select and
  the needle is in at most MAX_CANDIDATES rows (a common word is found sooner by the scan in
  view order, which stops at the window's end); the index gives candidate rows (a superset: LIKE wildcards in the needle widen it, hidden columns
  widen it), and the exact condition of the plain search is still checked on them, so hits,
  rows and order are exactly those of the scan.
- The name carries a hash of the covered expression, so a change of columns (add, delete,
  type change) names another index: until the background upkeep (server.query.indexes) has
  built it, searches take the scan; a stale index is never read. Dropping a physical column
  first drops the table's search index (its triggers name the column).

Why and what it costs: docs/decisions/0044-search-index.md.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from server.catalog.model import ColumnMeta, TableMeta
from server.storage import physical
from server.storage.dialect import as_text, fold

# Where the shadow tables are found and dropped: storage drops them with their table or column.
existing = physical.search_index_tables
drop = physical.drop_search_indexes

log = logging.getLogger(__name__)

SEPARATOR = "\n"
PREFIX = physical.SEARCH_INDEX_PREFIX
# Above this many index matches a needle is a common word: the scan is used (see `candidates`).
MAX_CANDIDATES = 20_000


@dataclass
class SearchPlan:
    """How the searched columns of a view split: joined folded text, select columns, the rest."""

    joined: list[sa.ColumnElement]      # inner expressions whose folds are joined (in column order)
    joined_cols: list[ColumnMeta]
    other: list[sa.ColumnElement]       # search expressions matched one by one
    selects: list[ColumnMeta]           # single selects among the joined columns
    uncovered: bool                     # a searched column the index does not hold


def _inner(se: fold) -> sa.ColumnElement:
    inner = list(se.clauses)[0]
    if not isinstance(inner.type, sa.String):
        inner = as_text(inner)  # `+` must concatenate, never add
    return inner


def _is_select(col: ColumnMeta) -> bool:
    return col.type_cls.family == "select" and not col.type_cls.list_value


def plan(table: TableMeta, columns: list[ColumnMeta]) -> SearchPlan:
    """Split the searched columns; `uncovered` when the index cannot narrow this search."""
    t = table.sa_table
    p = SearchPlan([], [], [], [], False)
    for col in columns:
        expr = col.type_cls.expression(t, col)
        se = col.type_cls.search_expression(expr, col)
        if se is None:
            continue
        if not isinstance(se, fold):
            p.other.append(se)
            p.uncovered = True
            continue
        p.joined.append(sa.func.coalesce(_inner(se), sa.literal("", sa.Text())))
        p.joined_cols.append(col)
        plain = col.phys is not None and col.type_cls.stored and expr is t.c.get(col.phys)
        if plain and _is_select(col):
            p.selects.append(col)
        elif not plain:
            p.uncovered = True
    return p


def joined_text(parts: list[sa.ColumnElement]) -> sa.ColumnElement:
    """x1 \\n x2 \\n …, folded once per row (not once per column)."""
    text_expr = parts[0]
    for item in parts[1:]:
        text_expr = text_expr + sa.literal(SEPARATOR, sa.Text()) + item
    return fold(text_expr)


def covered_columns(table: TableMeta) -> list[ColumnMeta]:
    """The columns the shadow text holds: every covered column of the table but selects."""
    p = plan(table, [c for c in table.columns])
    t = table.sa_table
    return [c for c in p.joined_cols
            if c.phys is not None and c.type_cls.stored and not _is_select(c)
            and c.type_cls.expression(t, c) is t.c.get(c.phys)]


def _index_expr(table: TableMeta, cols: list[ColumnMeta], source: Any = None) -> sa.ColumnElement:
    """The shadow text, read from the table (or `source`, e.g. a trigger's NEW row)."""
    t = table.sa_table if source is None else source
    return joined_text([sa.func.coalesce(_inner(c.type_cls.search_expression(c.type_cls.expression(t, c), c)),
                                         sa.literal("", sa.Text())) for c in cols])


def _compiled(expr: sa.ColumnElement, dialect: sa.Dialect) -> str:
    # Only column names (catalog ids), the separator and empty strings are literals here.
    return str(expr.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def desired(table: TableMeta, dialect: sa.Dialect) -> tuple[str, str, list[str]] | None:
    """(index name, text expression SQL, physical columns) for the table, or None (nothing to hold)."""
    cols = covered_columns(table)
    if not cols:
        return None
    sql = _compiled(_index_expr(table, cols), dialect)
    digest = hashlib.sha1(f"{table.phys}|{sql}".encode()).hexdigest()[:10]
    return f"{PREFIX}{table.phys}_{digest}", sql, [c.phys for c in cols]


def usable(conn: Connection, table: TableMeta) -> str | None:
    """The name of the table's search index when it holds the table's current columns."""
    want = desired(table, conn.dialect)
    if want is None or table.sa_table.name != table.phys:
        return None
    return want[0] if want[0] in existing(conn, table.phys) else None


def trgm_schema(conn: Connection) -> str | None:
    """The schema of pg_trgm, created when missing; None when it cannot be."""
    row = conn.execute(sa.text("SELECT extnamespace::regnamespace::text FROM pg_extension "
                               "WHERE extname = 'pg_trgm'")).first()
    if row is not None:
        return row[0]
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
    except sa.exc.DBAPIError:
        log.warning("pg_trgm cannot be created: view searches scan the table")
        return None
    return "public"


def build(conn: Connection, table: TableMeta) -> str | None:
    """Make the table's search index in this transaction, dropping an outdated one; its name."""
    want = desired(table, conn.dialect)
    have = existing(conn, table.phys)
    if want is not None and want[0] in have:
        return want[0]
    drop(conn, table.phys)
    if want is None:
        return None
    name, expr, cols = want
    phys = table.phys
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"CREATE VIRTUAL TABLE \"{name}\" USING fts5(txt, tokenize = 'trigram')")
        # The trigger reads the NEW row itself: selecting the row again by id from inside a
        # trigger made each inserted row cost milliseconds.
        new_expr = _compiled(_index_expr(table, covered_columns(table), table.sa_table.alias("new")), conn.dialect)
        row_text = f"VALUES (NEW.id, {new_expr})"
        col_list = ", ".join(f'"{c}"' for c in cols)
        conn.exec_driver_sql(f'INSERT INTO "{name}"(rowid, txt) SELECT id, {expr} FROM "{phys}"')  # noqa: S608
        conn.exec_driver_sql(f'CREATE TRIGGER "{name}_i" AFTER INSERT ON "{phys}" BEGIN '
                             f'INSERT INTO "{name}"(rowid, txt) {row_text}; END')
        conn.exec_driver_sql(f'CREATE TRIGGER "{name}_u" AFTER UPDATE OF {col_list} ON "{phys}" BEGIN '  # noqa: S608
                             f'DELETE FROM "{name}" WHERE rowid = OLD.id; '
                             f'INSERT INTO "{name}"(rowid, txt) {row_text}; END')
        conn.exec_driver_sql(f'CREATE TRIGGER "{name}_d" AFTER DELETE ON "{phys}" BEGIN '  # noqa: S608
                             f'DELETE FROM "{name}" WHERE rowid = OLD.id; END')
        return name
    schema = trgm_schema(conn)
    if schema is None:
        return None
    # Writers wait while the index is filled, so no row is written between the fill and the triggers.
    conn.exec_driver_sql(f'LOCK TABLE "{phys}" IN SHARE ROW EXCLUSIVE MODE')
    conn.exec_driver_sql(f'CREATE TABLE "{name}" (id bigint PRIMARY KEY, txt text NOT NULL)')
    conn.exec_driver_sql(f'INSERT INTO "{name}" (id, txt) SELECT id, {expr} FROM "{phys}"')  # noqa: S608
    conn.exec_driver_sql(f'CREATE INDEX "{name}_trgm" ON "{name}" USING gin (txt "{schema}".gin_trgm_ops)')
    # Inserts and deletes: statement triggers with transition tables, one INSERT … SELECT per
    # statement (a batch insert indexes its rows at once); the inserted rows' table is named like
    # the physical table, so the expression reads from it. Updates: a row trigger that fires only
    # when a searched column is written (edits of the order or of other columns cost nothing).
    upsert = (f'INSERT INTO "{name}" (id, txt) SELECT id, {expr} FROM rows_new AS "{phys}" '  # noqa: S608
              'ON CONFLICT (id) DO UPDATE SET txt = EXCLUDED.txt')
    new_expr = _compiled(_index_expr(table, covered_columns(table), table.sa_table.alias("new")), conn.dialect)
    col_list = ", ".join(f'"{c}"' for c in cols)
    bodies = {"i": ("INSERT", "REFERENCING NEW TABLE AS rows_new FOR EACH STATEMENT", upsert),
              "u": (f"UPDATE OF {col_list}", "FOR EACH ROW",
                    f'UPDATE "{name}" SET txt = {new_expr} WHERE id = NEW.id'),  # noqa: S608
              "d": ("DELETE", "REFERENCING OLD TABLE AS rows_old FOR EACH STATEMENT",
                    f'DELETE FROM "{name}" WHERE id IN (SELECT id FROM rows_old)')}  # noqa: S608
    for suffix, (event, each, body) in bodies.items():
        conn.exec_driver_sql(f'CREATE FUNCTION "{name}_{suffix}"() RETURNS trigger LANGUAGE plpgsql AS '
                             f'$f$ BEGIN {body}; RETURN NULL; END $f$')
        conn.exec_driver_sql(f'CREATE TRIGGER "{name}_{suffix}" AFTER {event} ON "{phys}" {each} '
                             f'EXECUTE FUNCTION "{name}_{suffix}"()')
    return name


def candidates(conn: Connection, table: TableMeta, p: SearchPlan, name: str, needle: str,
               common_scan: bool = True) -> sa.ColumnElement | None:
    """Row ids that may hold the needle: the index's matches and the rows holding a matching
    option. With `common_scan`, None when the needle is in more than MAX_CANDIDATES rows (a
    common word): the scan in view order finds a window's first hits sooner than the index can
    list them all."""
    from server.query.operators import _like_escape

    t = table.sa_table
    s = sa.table(name, sa.column("rowid" if conn.dialect.name == "sqlite" else "id", sa.Integer),
                 sa.column("txt", sa.Text))
    key = list(s.c)[0]
    if conn.dialect.name == "sqlite":
        # FTS5 uses the trigram index only for a plain two-argument LIKE: wildcards in the needle
        # are left as they are, which can only widen the candidates.
        pattern = sa.literal("%") + fold(sa.literal(needle, sa.Text())) + sa.literal("%")
    else:
        pattern = sa.literal("%") + fold(sa.literal(_like_escape(needle), sa.Text())) + sa.literal("%")
    subs: list[Any] = [sa.select(key).where(s.c.txt.like(pattern))]
    probe = sa.select(sa.func.count()).select_from(subs[0].limit(MAX_CANDIDATES + 1).subquery())
    if common_scan and conn.execute(probe).scalar_one() > MAX_CANDIDATES:
        return None
    for col in p.selects:
        ids = _matching_options(conn, col, needle)
        if ids:
            subs.append(sa.select(t.c.id).where(t.c[col.phys].in_(ids)))
    ids_query = subs[0] if len(subs) == 1 else sa.union_all(*subs)
    return t.c.id.in_(ids_query.scalar_subquery() if len(subs) == 1 else sa.select(ids_query.subquery().c[0]))


def _matching_options(conn: Connection, col: ColumnMeta, needle: str) -> list[Any]:
    """Ids of the options whose folded name contains the folded needle (folded by the database)."""
    from server.query.operators import _like_escape

    opts = col.options.get("options", [])
    if not opts:
        return []
    pattern = sa.literal("%") + fold(sa.literal(_like_escape(needle), sa.Text())) + sa.literal("%")
    checks = [fold(sa.literal(o["name"], sa.Text())).like(pattern, escape="\\") for o in opts]
    row = conn.execute(sa.select(*[sa.case((c, 1), else_=0) for c in checks])).one()
    return [o["id"] for o, hit in zip(opts, row, strict=True) if hit]
