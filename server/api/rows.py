"""Rows: read windows, read one, insert, update and delete in batches, count, history."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.actions.changes import walk
from server.actions.codec import decode
from server.actions.handlers.rows import INSERTED_MARKER, read_rows_by_id, row_to_api
from server.api.access import column_access, run_action, table_access
from server.api.routing import route
from server.auth.service import Principal
from server.catalog import schema as cat
from server.errors import not_found
from server.query.asof import AsOfField
from server.query.operators import family_for
from server.query.rows import count_rows, select_rows
from server.state import state
from server.views.reading import compile_for, value_context, window_json

MAX_LIMIT = 1000
MAX_VALUES = 1000


class TableReadQuery(Schema):
    """Reading a table as a view that is not saved: ad-hoc parameters (server.api.views), the
    same operators as saved views."""

    settings = fields.String(load_default=None, metadata={
        "description": "JSON view settings (filters, sorts, group_by, hidden_columns, summaries…) to read the "
                       "table under without saving a view; checked like a view's (422 names the field)"})
    filters = fields.String(load_default=None, metadata={"description": "JSON filter tree, see docs/views.md"})
    sorts = fields.String(load_default=None, metadata={"description": 'JSON [{"column_id", "direction"}]'})
    search = fields.String(load_default=None, metadata={"description": "only rows with a cell containing it"})
    as_of = AsOfField()


class RowsQuery(TableReadQuery):
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=MAX_LIMIT))
    keys = fields.String(load_default="ids", validate=validate.OneOf(["ids", "names"]),
                         metadata={"description": "key rows by column ids (default) or by column names"})
    cursor = fields.String(load_default=None, metadata={"description": "next_cursor of the previous window"})


class KeysQuery(Schema):
    keys = fields.String(load_default="ids", validate=validate.OneOf(["ids", "names"]))


class RowsInsert(Schema):
    rows = fields.List(fields.Dict(), required=True, metadata={"description": "up to 1,000 rows of column: value"})
    after = fields.String(load_default=None, allow_none=True)
    before = fields.String(load_default=None, allow_none=True)
    create_options = fields.Boolean(load_default=False)
    client_id = fields.String(load_default=None, allow_none=True)


class RowsUpdate(Schema):
    rows = fields.List(fields.Dict(), required=True, metadata={"description": "rows with _id and changed cells"})
    create_options = fields.Boolean(load_default=False)
    client_id = fields.String(load_default=None, allow_none=True)


class RowsDelete(Schema):
    row_ids = fields.List(fields.String(), required=True)
    client_id = fields.String(load_default=None, allow_none=True)


class HistoryQuery(Schema):
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))


def _schema_table(conn: sa.Connection, base_id: int, table_id: int) -> Any:
    table = state().schema_cache.get(conn, base_id).table(table_id)
    if table is None:
        raise not_found("This table does not exist.")
    return table


def _as_seen(base_id: int, table_id: int, rows: list[dict]) -> list[dict]:
    """A write's answer as the writer may read it: actions run unrestricted (server.query.access),
    so the rows they return may hold cells of columns hidden from this member; those are dropped."""
    with state().db.read() as conn:
        table = _schema_table(conn, base_id, table_id)
    keys = {str(c.id) for c in table.columns} | {c.name for c in table.columns}
    return [{k: v for k, v in r.items() if k.startswith("_") or k in keys} for r in rows]


@route("/tables/{table_id}/rows", "GET", "A window of rows in the table's row order", "rows", query=RowsQuery)
def list_rows(principal: Principal, table_id: int, query: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    if any(query.get(k) for k in ("settings", "filters", "sorts", "search", "cursor", "as_of")):
        with state().db.read() as conn:
            cv = compile_for(conn, principal, base_id, table_id, None, query, unsaved=True)
            return window_json(conn, cv, base_id, query)
    with state().db.read() as conn:
        table = _schema_table(conn, base_id, table_id)
        vctx = value_context(conn, base_id, query["keys"] == "names")
        rows = select_rows(conn, table, offset=query["offset"], limit=query["limit"])
    return {"rows": [row_to_api(table, r, vctx) for r in rows], "offset": query["offset"], "limit": query["limit"]}


@route("/tables/{table_id}/count", "GET", "How many rows the table has (under unsaved settings, if given)", "rows",
       query=TableReadQuery)
def count_view(principal: Principal, table_id: int, query: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    with state().db.read() as conn:
        if any(query.get(k) for k in ("settings", "filters", "search", "as_of")):
            from server.query.paging import count
            return {"count": count(conn, compile_for(conn, principal, base_id, table_id, None, query, unsaved=True))}
        return {"count": count_rows(conn, _schema_table(conn, base_id, table_id))}


class TableSearchQuery(TableReadQuery):
    q = fields.String(required=True, validate=validate.Length(min=1, max=200))
    limit = fields.Integer(load_default=1000, validate=validate.Range(min=1, max=10_000))


@route("/tables/{table_id}/search", "GET",
       "Rows with a cell containing q: row ids and 0-based positions in the table's row order", "rows",
       query=TableSearchQuery)
def search_table(principal: Principal, table_id: int, query: dict) -> Any:
    """Ctrl+F on "All rows": the same search as a view's, over every column, in table order."""
    from server.query.paging import search_positions
    base_id, _ = table_access(principal, table_id)
    with state().db.read() as conn:
        cv = compile_for(conn, principal, base_id, table_id, None, query, unsaved=True)
        return {"hits": search_positions(conn, cv, query["q"], query["limit"])}


@route("/tables/{table_id}/rows/{row_id}", "GET", "One row", "rows", query=KeysQuery)
def get_row(principal: Principal, table_id: int, row_id: str, query: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    with state().db.read() as conn:
        table = _schema_table(conn, base_id, table_id)
        rows = read_rows_by_id(conn, table, [row_id], value_context(conn, base_id, query["keys"] == "names"))
    if not rows:
        raise not_found("This row does not exist.")
    return rows[0]


@route("/tables/{table_id}/rows", "POST", "Add up to 1,000 rows (keys: column ids or names)", "rows",
       body=RowsInsert, responses={201: "the rows as stored", 413: "more than 1,000 rows",
                                   422: "a value does not fit its column (fields name the row and column)"})
def insert_rows(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    action = {"type": "insert_rows", "table_id": table_id, "rows": body["rows"],
              "create_options": body["create_options"]}
    for k in ("after", "before"):
        if body.get(k):
            action[k] = body[k]
    res = run_action(principal, base_id, action, body)
    return {"rows": _as_seen(base_id, table_id, res.result["rows"]), "version": res.version}, 201


@route("/tables/{table_id}/rows", "PATCH", "Change cells of up to 1,000 rows", "rows", body=RowsUpdate)
def update_rows(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    res = run_action(principal, base_id, {"type": "update_rows", "table_id": table_id, "rows": body["rows"],
                                          "create_options": body["create_options"]}, body)
    return {"rows": _as_seen(base_id, table_id, res.result["rows"]), "version": res.version}


@route("/tables/{table_id}/rows", "DELETE", "Delete up to 1,000 rows (undoable)", "rows", body=RowsDelete)
def delete_rows(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    res = run_action(principal, base_id, {"type": "delete_rows", "table_id": table_id, "row_ids": body["row_ids"]},
                     body)
    return {"deleted": len(set(body["row_ids"])), "version": res.version}


@route("/tables/{table_id}/rows/{row_id}/history", "GET",
       "Who changed which cell of a row, from what to what, and when (newest first)", "rows", query=HistoryQuery)
def row_history(principal: Principal, table_id: int, row_id: str, query: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    rc, a, u = cat.row_changes, cat.actions, cat.users
    with state().db.read() as conn:
        logged = conn.execute(sa.select(rc.c.id, rc.c.action_id, rc.c.change)
                              .where(rc.c.table_id == table_id, rc.c.row_id == row_id)).all()
        # (action id, rank, row_changes id, change): newest first; an insert synthesized for a
        # top-level insert action ranks below that action's own row_changes (it came first).
        entries = [(r.action_id, 1, r.id, r.change) for r in logged]
        if row_id != INSERTED_MARKER:
            entries += [(action_id, 0, 0, {"op": "insert"})
                        for action_id in _inserting_actions(conn, base_id, table_id, row_id, logged)]
        entries.sort(key=lambda e: (e[0], e[1], e[2]), reverse=True)
        table = _schema_table(conn, base_id, table_id)
        if table.reader is not None:  # a member with access rules: only rows and cells they may see
            if not select_rows(conn, table, where=table.sa_table.c._id == row_id, limit=1):
                raise not_found("This row does not exist.")
            keys = {c.key for c in table.columns} | {c.phys for c in table.columns if c.phys}
            entries = [(e[0], e[1], e[2], {**e[3], "cells": {k: v for k, v in (e[3].get("cells") or {}).items()
                                                             if k in keys}}) for e in entries]
        page = entries[query["offset"]:query["offset"] + query["limit"]]
        actions = {r.id: r for r in conn.execute(
            sa.select(a.c.id, a.c.version, a.c.kind, a.c.created_at, a.c.user_id, u.c.name, u.c.email)
            .outerjoin(u, u.c.id == a.c.user_id).where(a.c.id.in_({e[0] for e in page}))
        )} if page else {}
    return {"history": [{
        "action_id": r.id, "version": r.version, "kind": r.kind, "op": change.get("op"),
        "cells": change.get("cells", {}),
        "user": {"id": r.user_id, "name": r.name, "email": r.email} if r.user_id else None,
        "at": r.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
    } for action_id, _, _, change in page if (r := actions.get(action_id)) is not None]}


def _inserting_actions(conn: sa.Connection, base_id: int, table_id: int, row_id: str, logged: list[Any]) -> list[int]:
    """Top-level insert actions that created this row (they log one marker, not a row_changes row per row).

    Each life of the row (the live one, and each one a delete ended) has its _ctime and _creator:
    the inserting action is the one created at that moment by that user whose payload holds the row.
    """
    rc, a = cat.row_changes, cat.actions
    lives: set[tuple[Any, Any]] = set()
    table = state().schema_cache.get(conn, base_id).table(table_id)
    if table is not None:
        t = table.sa_table
        live = conn.execute(sa.select(t.c._ctime, t.c._creator).where(t.c._id == row_id)).first()
        if live is not None:
            lives.add((live._ctime, live._creator))
    deletes = {r.action_id for r in logged if r.change.get("op") == "delete"}
    if deletes:
        for inverse in conn.execute(sa.select(a.c.inverse).where(a.c.id.in_(deletes))).scalars():
            for act in walk(inverse):
                if act.get("type") == "insert_rows" and act.get("raw") and act.get("table_id") == table_id:
                    for r in act.get("rows") or []:
                        if r.get("_id") == row_id and r.get("_ctime") is not None:
                            lives.add((decode(r["_ctime"]), r.get("_creator")))
    found: list[int] = []
    for ctime, creator in lives:
        who = a.c.user_id.is_(None) if creator is None else a.c.user_id == creator
        candidates = conn.execute(
            sa.select(a.c.id, a.c.payload)
            .where(a.c.base_id == base_id, who, a.c.created_at == ctime,
                   sa.exists().where(rc.c.action_id == a.c.id, rc.c.table_id == table_id,
                                     rc.c.row_id == INSERTED_MARKER))
        ).all()
        for cand in candidates:
            if any(act.get("type") == "insert_rows" and act.get("raw") and act.get("table_id") == table_id
                   and any(r.get("_id") == row_id for r in act.get("rows") or []) for act in walk(cand.payload)):
                found.append(cand.id)
    return sorted(set(found))


class ValuesQuery(Schema):
    limit = fields.Integer(load_default=200, validate=validate.Range(min=1, max=MAX_VALUES))


@route("/columns/{column_id}/values", "GET",
       "A column's distinct non-empty values as shown (the first `limit`, sorted), for a filter's pick-list",
       "rows", query=ValuesQuery)
def column_values(principal: Principal, column_id: int, query: dict) -> Any:
    """Formula, lookup and rollup results have no option list; a filter offers these instead.

    Values come as the cell text the filter's text operators compare with (a lookup's list
    reads as its joined text), so picking one and filtering `is` finds its rows."""
    from server.charts.compute import group_expression

    base_id, _ = column_access(principal, column_id)
    with state().db.read() as conn:
        found = state().schema_cache.get(conn, base_id).column(column_id)
        if found is None or found[1].deleted or found[0].deleted:
            raise not_found("This column does not exist.")
        table, col = found
        expr, _ = group_expression(table, {"column_id": col.id}, "column_id")
        stmt = (sa.select(expr).select_from(table.sa_table).where(expr.is_not(None)).distinct()
                .order_by(expr).limit(query["limit"] + 1))
        raw = [r[0] for r in conn.execute(stmt)]
        vctx = value_context(conn, base_id)
    # A type whose text filters compare an expression of their own (a lookup's joined values)
    # is grouped by that text already (group_expression); the rest are stored values to show.
    shown = family_for(col) == "text" and col.type_cls.text_filter_expression(table.sa_table, col) is not None
    texts = {v if shown else col.type_cls.to_text(v, col, vctx) for v in raw[:query["limit"]]}
    values = sorted((t for t in texts if t.strip()), key=lambda t: (t.casefold(), t))
    return {"values": values, "truncated": len(raw) > query["limit"]}
