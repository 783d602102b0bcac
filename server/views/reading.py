"""Reading a table or a view: who reads (the base's members for values, their time zone for
relative dates), the view compiled with a request's ad-hoc parameters, and one window of its
rows as API rows, read the way the view's type reads them.

The HTTP routes (server/api/rows.py, views.py, charts.py, io.py, seatable/) parse and check
the request and call these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from server.actions.handlers.rows import rows_to_api
from server.catalog import schema as cat
from server.catalog.roles import member_users
from server.columns.base import ValueContext
from server.errors import not_found
from server.query.compile import (
    CompiledView,
    CompileError,
    compile_view,
    default_summaries,
    raise_compile_error,
)
from server.query.operators import FilterContext
from server.query.settings import empty_settings, load_settings, parse_adhoc
from server.state import state
from server.views.registry import DEFAULT_VIEW_TYPE, ViewType, get_view_type

if TYPE_CHECKING:
    from server.auth.service import Principal


def value_context(conn: sa.Connection, base_id: int, by_name: bool = False) -> ValueContext:
    """The base's members (for cells that name people); `by_name`: rows keyed by column names."""
    rows = conn.execute(member_users(base_id)).all()
    return ValueContext(members={r.id: {"id": r.id, "email": r.email, "name": r.name} for r in rows}, by_name=by_name)


def filter_context(conn: sa.Connection, principal: Principal, base_id: int) -> FilterContext:
    """Who reads (for "me"), their time zone (for relative dates) and the base's members."""
    tz = conn.execute(sa.select(cat.users.c.timezone).where(cat.users.c.id == principal.user_id)).scalar()
    vctx = value_context(conn, base_id)
    return FilterContext(user_id=principal.user_id, timezone=tz or "UTC", members=vctx.members)


def compile_for(conn: sa.Connection, principal: Principal, base_id: int, table_id: int, settings: Any,
                query: dict, *, unsaved: bool = False) -> CompiledView:
    """A saved view (lenient: broken parts skipped) plus ad-hoc parameters (strict).

    `unsaved`: a table read ("All rows"), whose settings come from the `settings` parameter and
    are checked strictly, like a view's settings when they are saved. Their footer is the
    default one (`default_summaries`) unless they choose summaries."""
    table = state().schema_cache.get(conn, base_id).table(table_id)
    if table is None:
        raise not_found("This table does not exist.")
    adhoc = parse_adhoc(query)
    if unsaved:
        settings = adhoc["settings"] if adhoc["settings"] is not None else empty_settings()
        if not adhoc["summaries_given"]:
            settings["summaries"] = default_summaries(table)
    else:
        settings = load_settings(settings)
    try:
        return compile_view(table, settings, filter_context(conn, principal, base_id), strict=unsaved, allow_deleted=True,
                            extra_filters=adhoc["filters"], extra_sorts=adhoc["sorts"], search=adhoc["search"],
                            conn=conn)
    except CompileError as exc:
        raise_compile_error(exc)
        raise


def compiled_value_context(cv: CompiledView, by_name: bool = False) -> ValueContext:
    """The value context of a compiled view (its filter context knows the members already)."""
    return ValueContext(members=cv.fctx.members, by_name=by_name)


def api_rows(cv: CompiledView, rows: Any, by_name: bool = False) -> list[dict[str, Any]]:
    """Rows read through a compiled view as the API answers them (with their colour, if any)."""
    rows = list(rows)
    # All rows at once: each column's converter is looked up once, not once per row (a
    # calendar month of 2,000 rows spent more time on that than in SQL).
    out = rows_to_api(cv.table, rows, compiled_value_context(cv, by_name))
    if cv.color is not None:
        for item, r in zip(out, rows, strict=True):
            item["_color"] = r.get("_color")
    return out


def window_json(conn: sa.Connection, cv: CompiledView, base_id: int, query: dict,
                view_type: ViewType | None = None) -> dict[str, Any]:
    """A window of rows as the API answers it, read the way the view's type reads rows."""
    reader = view_type or get_view_type(DEFAULT_VIEW_TYPE)
    assert reader is not None
    win = reader.read_window(conn, cv, query.get("offset", 0), query.get("limit", 100), query.get("cursor"))
    rows = api_rows(cv, win.rows, query.get("keys") == "names")
    return {"rows": rows, "offset": query.get("offset", 0) if not query.get("cursor") else None,
            "limit": query.get("limit", 100), "next_cursor": win.next_cursor, "broken": cv.broken}
