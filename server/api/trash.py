"""The trash over HTTP: a base's deleted tables, columns and views; a table's row recycle bin
(deleted rows of the last 30 days, restorable); your deleted bases.

Restoring goes through the actions (restore_table, restore_column, restore_view, restore_rows),
so every restore is one undoable step and the same permission checks apply. Bases are not in a
base's log: a deleted base is restored by POST /api/bases/{id}/restore (server/api/bases.py).
See decision 0026.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.actions.context import utcnow
from server.actions.handlers.row_bin import RETENTION_DAYS, bin_entries, raw_rows_of, row_title
from server.api.access import base_role, run_action, table_access
from server.api.inbound import INT64_MAX
from server.api.routing import route
from server.auth.service import Principal
from server.catalog import schema as cat
from server.catalog.roles import memberships
from server.columns.base import ValueContext
from server.errors import forbidden
from server.state import state


class RowBinQuery(Schema):
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0, max=INT64_MAX))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))


class RowRestoreBody(Schema):
    row_ids = fields.List(fields.String(validate=validate.Length(min=1, max=22)), required=True,
                          validate=validate.Length(min=1, max=1000))
    client_id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=64))


def _iso(value: Any) -> str:
    return value.isoformat() + "Z"


def _people(conn: sa.Connection, ids: set[int]) -> dict[int, dict]:
    if not ids:
        return {}
    u = cat.users
    return {r.id: {"id": r.id, "name": r.name, "email": r.email}
            for r in conn.execute(sa.select(u.c.id, u.c.name, u.c.email).where(u.c.id.in_(sorted(ids))))}


@route("/bases/{base_id}/trash", "GET",
       "Deleted tables, columns and views of a base (restorable until the trash is purged)", "trash")
def base_trash(principal: Principal, base_id: int) -> Any:
    base_role(principal, base_id)
    t, c, v = cat.tables, cat.columns, cat.views
    with state().db.read() as conn:
        tables = conn.execute(sa.select(t.c.id, t.c.name, t.c.deleted_at).where(
            t.c.base_id == base_id, t.c.deleted_at.is_not(None)).order_by(t.c.deleted_at.desc())).all()
        cols = conn.execute(sa.select(c.c.id, c.c.name, c.c.type, c.c.table_id, c.c.deleted_at)
                            .join(t, t.c.id == c.c.table_id)
                            .where(t.c.base_id == base_id, t.c.deleted_at.is_(None), c.c.deleted_at.is_not(None))
                            .order_by(c.c.deleted_at.desc())).all()
        views = conn.execute(sa.select(v.c.id, v.c.name, v.c.type, v.c.table_id, v.c.deleted_at, v.c.private_to)
                             .join(t, t.c.id == v.c.table_id)
                             .where(t.c.base_id == base_id, t.c.deleted_at.is_(None), v.c.deleted_at.is_not(None),
                                    sa.or_(v.c.private_to.is_(None), v.c.private_to == principal.user_id))
                             .order_by(v.c.deleted_at.desc())).all()
    return {"tables": [{"id": r.id, "name": r.name, "deleted_at": _iso(r.deleted_at)} for r in tables],
            "columns": [{"id": r.id, "name": r.name, "type": r.type, "table_id": r.table_id,
                         "deleted_at": _iso(r.deleted_at)} for r in cols],
            "views": [{"id": r.id, "name": r.name, "type": r.type, "table_id": r.table_id,
                       "private": r.private_to is not None, "deleted_at": _iso(r.deleted_at)} for r in views]}


@route("/tables/{table_id}/trash", "GET",
       f"The table's row recycle bin: rows deleted in the last {RETENTION_DAYS} days, newest first", "trash",
       query=RowBinQuery)
def row_bin(principal: Principal, table_id: int, query: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    st = state()
    with st.db.read() as conn:
        schema = st.schema_cache.get(conn, base_id)
        table = schema.table(table_id)
        if table is None:  # a deleted table: its rows come back with it
            return {"rows": [], "total": 0, "retention_days": RETENTION_DAYS}
        entries = bin_entries(conn, base_id, table, utcnow())
        page = entries[query["offset"]:query["offset"] + query["limit"]]
        raws, _ = raw_rows_of(conn, page)
        people = _people(conn, {e.user_id for e in page if e.user_id is not None})
    vctx = ValueContext(user_id=principal.user_id, members={})
    return {
        "rows": [{"row_id": e.row_id, "title": row_title(table, raws.get(e.row_id, {}), vctx),
                  "deleted_at": _iso(e.deleted_at), "deleted_by": people.get(e.user_id) if e.user_id else None,
                  "action_id": e.action_id} for e in page],
        "total": len(entries), "retention_days": RETENTION_DAYS,
    }


@route("/tables/{table_id}/trash/restore", "POST",
       "Restore rows from the recycle bin: same row ids, links back where the other row exists (undoable)",
       "trash", body=RowRestoreBody, responses={404: "a row is not in the recycle bin"})
def restore_rows(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    res = run_action(principal, base_id, {"type": "restore_rows", "table_id": table_id, "row_ids": body["row_ids"]},
                     body)
    return {"version": res.version, "action_id": res.action_id, "rows": res.result["rows"],
            "links": res.result["links"]}


@route("/bases/deleted", "GET", "Your deleted bases (you own them), newest first; restore each with "
       "POST /api/bases/{id}/restore", "trash")
def deleted_bases(principal: Principal) -> Any:
    if principal.token_base_id is not None:
        raise forbidden("API tokens are for one base; deleted bases are listed in the app.")
    b, m = cat.bases, memberships(user_id=principal.user_id)
    with state().db.read() as conn:
        rows = conn.execute(
            sa.select(b.c.id, b.c.name, b.c.deleted_at).join(m, m.c.base_id == b.c.id)
            .where(m.c.role == "owner", b.c.deleted_at.is_not(None))
            .order_by(b.c.deleted_at.desc())).all()
    return {"bases": [{"id": r.id, "name": r.name, "deleted_at": _iso(r.deleted_at)} for r in rows]}
