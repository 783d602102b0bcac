"""Indexes that follow the views and charts: built in the background, dropped when none needs them.

For each live view the index that serves it best is derived from its settings: columns
compared for equality first (is, is any of, =, checkbox), then the sort columns, then the
other filtered columns, so the first window is read straight off the index and a deep
window skips rows inside the index without touching the table (it covers the query).
Only plain stored columns are indexed (computed values and folded text are not).

A chart that groups by plain stored columns gets a covering index (its group columns, then the
value column): SQLite then groups a million rows by walking the index in order instead of
sorting the table (about 6x faster at 1M rows), PostgreSQL can use an index-only scan.

Index names are `vx_<table id>_<hash>`; nothing else is ever dropped. After a view or a
column changes (the action has committed), a worker thread brings the table's indexes in
line: PostgreSQL builds them `CONCURRENTLY`, so writes go on; SQLite builds them as one
more writer in the queue (edits wait for the build rather than fail), never inside the
request that changed the view.
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
import warnings
import weakref
from typing import Any

import sqlalchemy as sa

from server.actions import events
from server.catalog import schema as cat
from server.catalog.model import TableMeta
from server.query import search_index
from server.query.compile import compile_view
from server.query.settings import load_settings

log = logging.getLogger(__name__)

MAX_INDEX_COLUMNS = 5
EQUALITY_OPERATORS = {"is", "is_any_of", "eq"}
NOT_NULL = {"_order", "id"}  # ordered without NULLS FIRST/LAST (see OrderKey.nullable)
VIEW_ACTION_TYPES = {"add_view", "modify_view", "delete_view", "restore_view", "duplicate_view"}
CHART_ACTION_TYPES = {"add_chart", "modify_chart", "delete_chart", "restore_chart"}


def _stored(table: TableMeta, column_id: int) -> Any:
    col = table.column(column_id)
    if col is None or col.phys is None or not col.type_cls.indexable:
        return None
    return col


def index_columns(table: TableMeta, settings: dict[str, Any]) -> tuple[tuple[str, bool], ...]:
    """The index that serves a view best, as (physical column, descending) pairs; empty: none.

    Equality filters first, then the view's order exactly as the query spells it (sort
    columns in their directions, or the manual order, then the row id), then the other
    filtered columns: the window is read off the index in order, with no sort step, and a
    deep window skips rows inside the index."""
    tree = settings.get("filters") or {}
    equal: list[str] = []
    other: list[str] = []
    if tree.get("conjunction", "and") == "and" or len(tree.get("filters", [])) == 1:
        for node in tree.get("filters", []):
            if "filters" in node:
                continue
            col = _stored(table, node["column_id"])
            if col is None:
                continue
            (equal if node["operator"] in EQUALITY_OPERATORS else other).append(col.phys)
    if settings.get("group_by"):
        return ()  # grouped views are read by group keys first; group-by scans anyway
    order: list[tuple[str, bool]] = []
    for s in settings.get("sorts") or []:
        col = _stored(table, s["column_id"])
        expr = col.type_cls.expression(table.sa_table, col) if col is not None else None
        if col is None or col.type_cls.family == "checkbox" or col.type_cls.sort_expression(expr, col) is not expr:
            if not equal:
                return ()
            order = []  # the order cannot come from the index; the equality part still helps
            break
        order.append((col.phys, s.get("direction") == "desc"))
    if not order and not settings.get("sorts"):
        if not equal:
            return ()
        order = [("_order", False)]
    if order:
        order.append(("id", False))
    cols: list[tuple[str, bool]] = []
    for item in [*[(c, False) for c in equal], *order, *[(c, False) for c in other]]:
        if item[0] not in {c for c, _ in cols}:
            cols.append(item)
    return tuple(cols[:MAX_INDEX_COLUMNS])


def _filter_column_ids(tree: dict[str, Any]) -> list[int]:
    out: list[int] = []
    for node in tree.get("filters", []):
        out.extend(_filter_column_ids(node) if "filters" in node else [node["column_id"]])
    return out


def chart_index_columns(table: TableMeta, settings: dict[str, Any],
                        view_settings: dict[str, Any] | None = None) -> tuple[tuple[str, bool], ...]:
    """The covering index for a chart's GROUP BY: its group columns, the value column, then the
    columns its view filters on; empty when one of them is computed or a group column is a list
    (the rows would be fetched from the table one by one, slower than a plain scan)."""
    cols: list[str] = []
    for part in ("x", "series"):
        spec = settings.get(part)
        if not spec:
            continue
        col = _stored(table, spec.get("column_id"))
        if col is None or col.type_cls.list_value:  # lists group by their JSON text
            return ()
        cols.append(col.phys)
    if not cols:
        return ()
    value = settings.get("value") or {}
    if value.get("aggregate", "count") != "count":
        col = _stored(table, value.get("column_id"))
        if col is None:
            return ()  # the value would be read from the table row by row anyway
        cols.append(col.phys)
    for column_id in _filter_column_ids((view_settings or {}).get("filters") or {}):
        col = _stored(table, column_id)
        if col is None:
            return ()
        cols.append(col.phys)
    unique = list(dict.fromkeys(cols))
    if len(unique) > MAX_INDEX_COLUMNS:
        return ()  # it would not cover the query
    return tuple((c, False) for c in unique)


def index_name(table: TableMeta, cols: tuple[tuple[str, bool], ...]) -> str:
    spec = ",".join(f"{c}{' desc' if d else ''}" for c, d in cols)
    return f"vx_{table.id}_{hashlib.sha1(spec.encode()).hexdigest()[:10]}"


def desired_indexes(conn: sa.Connection, table: TableMeta) -> dict[str, tuple[tuple[str, bool], ...]]:
    v = cat.views
    out: dict[str, tuple[tuple[str, bool], ...]] = {}
    from server.views import DEFAULT_VIEW_TYPE, get_view_type

    for row in conn.execute(sa.select(v.c.settings, v.c.type).where(v.c.table_id == table.id,
                                                                     v.c.deleted_at.is_(None))):
        # Each type says which indexes its reads need (a grid one for its order, a calendar
        # one per date column); a type no longer registered is read, and indexed, as a grid.
        vt = get_view_type(row.type) or get_view_type(DEFAULT_VIEW_TYPE)
        try:
            settings = load_settings(row.settings, schema=vt.settings_schema)
            compile_view(table, settings)  # lenient: broken parts are simply not indexed
            specs = vt.index_specs(table, settings)
        except Exception:  # a malformed stored view must not stop index upkeep for the others
            continue
        for cols in specs:
            if cols:
                out[index_name(table, cols)] = cols
    ch = cat.charts
    query = (sa.select(ch.c.settings, v.c.settings.label("view_settings"))
             .select_from(ch.outerjoin(v, sa.and_(v.c.id == ch.c.view_id, v.c.deleted_at.is_(None))))
             .where(ch.c.table_id == table.id, ch.c.deleted_at.is_(None)))
    for row in conn.execute(query):
        try:
            view_settings = load_settings(row.view_settings) if row.view_settings is not None else None
            cols = chart_index_columns(table, row.settings or {}, view_settings)
        except Exception:  # a malformed stored chart must not stop index upkeep for the others
            continue
        if cols:
            out[index_name(table, cols)] = cols
    return out


def existing_indexes(conn: sa.Connection, table: TableMeta) -> set[str]:
    prefix = f"vx_{table.id}_"
    with warnings.catch_warnings():
        # A unique column's index is on an expression (server.columns.constraints.index), which
        # SQLAlchemy does not reflect; it is not ours to keep here anyway.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        found = sa.inspect(conn).get_indexes(table.phys)
    return {ix["name"] for ix in found if (ix["name"] or "").startswith(prefix)}


def sync_table(db: Any, schema_cache: Any, base_id: int, table_id: int) -> dict[str, list[str]]:
    """Create the indexes the table's views need and drop the view indexes none needs."""
    with db.read() as conn:
        schema = schema_cache.get(conn, base_id)
        table = schema.table(table_id)
        if table is None:
            return {"created": [], "dropped": []}
        want = desired_indexes(conn, table)
        have = existing_indexes(conn, table)
        has_views = conn.execute(sa.select(cat.views.c.id).where(cat.views.c.table_id == table.id,
                                                                 cat.views.c.deleted_at.is_(None)).limit(1)).first()
        have_search = set(search_index.existing(conn, table.phys))
    created, dropped = [], []
    pg = not db.is_sqlite
    for name in sorted(have - set(want)):
        _ddl(db, f'DROP INDEX {"CONCURRENTLY " if pg else ""}IF EXISTS "{name}"', pg)
        dropped.append(name)
    for name, cols in sorted(want.items()):
        if name in have:
            continue
        # Names are ours (ids and a hash), never user text. Directions and NULL placement
        # match the ORDER BY the compiler writes (NULL smallest), so no sort step is needed.
        col_sql = ", ".join(f'"{c}"' + (" DESC" if d else "") +
                            ((" NULLS LAST" if d else " NULLS FIRST") if pg and c not in NOT_NULL else "")
                            for c, d in cols)
        _ddl(db, f'CREATE INDEX {"CONCURRENTLY " if pg else ""}IF NOT EXISTS "{name}" ON "{table.phys}" ({col_sql})',
             pg)
        created.append(name)
    if created and db.is_sqlite:
        with db.write() as conn:
            conn.exec_driver_sql(f'ANALYZE "{table.phys}"')
    with db.write() as conn:
        # A table gets its search index once someone searches it (want_search_index) and keeps
        # it in step from then on (a column change names a new one); a table without views
        # cannot be searched and loses it.
        if not has_views:
            search_index.drop(conn, table.phys)
        elif have_search or table.id in _searched.get(db, ()):
            name = search_index.build(conn, table)
            if name is not None and name not in have_search:
                created.append(name)
    return {"created": created, "dropped": dropped}


def _ddl(db: Any, sql: str, pg: bool) -> None:
    if pg:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(sql)
    else:
        with db.write() as conn:
            conn.exec_driver_sql(sql)


def sync_base(db: Any, schema_cache: Any, base_id: int) -> None:
    with db.read() as conn:
        table_ids = {r.table_id for part in (cat.views, cat.charts) for r in conn.execute(
            sa.select(part.c.table_id).distinct().join(cat.tables, cat.tables.c.id == part.c.table_id)
            .where(cat.tables.c.base_id == base_id))}
    for tid in sorted(table_ids):
        sync_table(db, schema_cache, base_id, tid)


# -- the background worker ----------------------------------------------------------------------
_jobs: queue.Queue = queue.Queue()
_worker: threading.Thread | None = None
_worker_lock = threading.Lock()


def _run() -> None:
    while True:
        job = _jobs.get()
        try:
            db, schema_cache, base_id, table_id = job
            if table_id is None:
                sync_base(db, schema_cache, base_id)
            else:
                sync_table(db, schema_cache, base_id, table_id)
        except Exception:  # index upkeep is an optimisation: log, never break the app
            log.exception("view index upkeep failed for %r", job[2:])
        finally:
            _jobs.task_done()


def schedule(db: Any, schema_cache: Any, base_id: int, table_id: int | None) -> None:
    global _worker
    with _worker_lock:
        if _worker is None or not _worker.is_alive():
            _worker = threading.Thread(target=_run, name="tablo-view-indexes", daemon=True)
            _worker.start()
    _jobs.put((db, schema_cache, base_id, table_id))


# Tables searched in this process, per database (decision 0044). The index is built on the first
# search, not with the first view: its triggers make batch inserts several times slower, a cost
# only tables people search should pay. Once built, every process keeps it (sync_table).
_searched: weakref.WeakKeyDictionary[Any, set[int]] = weakref.WeakKeyDictionary()


def want_search_index(db: Any, schema_cache: Any, base_id: int, table_id: int) -> None:
    """A view of the table was searched without an index: build it in the background."""
    with _worker_lock:
        seen = _searched.setdefault(db, set())
        if table_id in seen:
            return
        seen.add(table_id)
    schedule(db, schema_cache, base_id, table_id)


def wait_idle() -> None:
    """Block until every scheduled index job has run (tests, the CLI, benchmarks)."""
    _jobs.join()


def _on_action(entry: dict[str, Any]) -> None:
    payload = entry.get("payload") or {}
    is_view = entry.get("type") in VIEW_ACTION_TYPES | CHART_ACTION_TYPES
    if not is_view and not entry.get("schema_changed"):
        return
    try:
        from server.state import state

        st = state()
    except RuntimeError:  # applied outside an app (a script): nothing to schedule against
        return
    table_id = payload.get("table_id") if is_view else None
    if table_id is None and not _base_has_views(st.db, entry["base_id"]):
        return  # a column changed in a base without views or charts: no index can be affected
    schedule(st.db, st.schema_cache, entry["base_id"], table_id)


def _base_has_views(db: Any, base_id: int) -> bool:
    with db.read() as conn:
        return any(conn.execute(
            sa.select(part.c.id).join(cat.tables, cat.tables.c.id == part.c.table_id)
            .where(cat.tables.c.base_id == base_id).limit(1)).first() is not None for part in (cat.views, cat.charts))


def install() -> None:
    """Follow committed actions (views, charts and columns that change); `server.plugins` calls it."""
    events.subscribe(_on_action)
