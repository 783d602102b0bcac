"""Comments on rows: list, add (with @mentions of members), edit and delete one's own,
resolve, and counts per row for the grid.

Mentions come two ways: `mentions` (member ids or emails) in the body, and `@email` in the
text when that email belongs to a member. Each mentioned member gets a notification.
Comments are not base data: they are not actions, not undone, and survive the row being
deleted (an undo brings the row back with its discussion).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, fields, validate

from server.actions import changes
from server.api.access import table_access
from server.api.routing import route
from server.auth.service import Principal
from server.catalog import schema as cat
from server.catalog.roles import at_least
from server.errors import forbidden, invalid, not_found
from server.notifications import notify
from server.notifications.signals import publish
from server.state import state

MAX_COMMENT = 10_000
MAX_MENTIONS = 50
ROW_ID_RE = re.compile(r"^[A-Za-z0-9_-]{22}$")
MENTION_RE = re.compile(r"(?<![\w.+-])@([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})")


class CommentBody(Schema):
    comment = fields.String(required=True, validate=validate.Length(min=1, max=MAX_COMMENT))
    mentions = fields.List(fields.Raw(), load_default=list, validate=validate.Length(max=MAX_MENTIONS))


class CommentPatch(Schema):
    comment = fields.String(validate=validate.Length(min=1, max=MAX_COMMENT))
    resolved = fields.Boolean()


class ListQuery(Schema):
    resolved = fields.Boolean(load_default=None, allow_none=True)


class CountsQuery(Schema):
    row_ids = fields.String(load_default="", metadata={"description": "comma-separated row ids (the grid window)"})
    unresolved_only = fields.Boolean(load_default=False)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _json(r: Any, authors: dict[int, dict]) -> dict[str, Any]:
    return {"id": r.id, "table_id": r.table_id, "row_id": r.row_id, "comment": r.body,
            "author": authors.get(r.author_id) if r.author_id else None, "mentions": list(r.mentions or []),
            "resolved": bool(r.resolved), "resolved_by": r.resolved_by, "resolved_at": notify.iso(r.resolved_at),
            "created_at": notify.iso(r.created_at), "updated_at": notify.iso(r.updated_at)}


def _check_row(table_id: int, base_id: int, row_id: str) -> Any:
    st = state()
    if not ROW_ID_RE.match(row_id):
        raise not_found("This row does not exist.")
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, base_id).table(table_id)
        if table is None:
            raise not_found("This table does not exist.")
        t = table.sa_table
        if conn.execute(sa.select(t.c.id).where(t.c._id == row_id)).first() is None:
            raise not_found("This row does not exist.")
    return table


def _mentioned(body: dict, members: dict[int, dict]) -> list[int]:
    by_email = {m["email"].casefold(): uid for uid, m in members.items()}
    out: list[int] = []
    bad: list[str] = []
    for v in body.get("mentions") or []:
        if isinstance(v, int) and not isinstance(v, bool) and v in members:
            out.append(v)
        elif isinstance(v, str) and v.strip().casefold() in by_email:
            out.append(by_email[v.strip().casefold()])
        else:
            bad.append(repr(v))
    if bad:
        raise invalid(f"only members of the base can be mentioned: {', '.join(bad[:5])}",
                      {"mentions": ["not a member of this base"]})
    # In the text, an @email that is not a member is just text.
    for email in MENTION_RE.findall(body["comment"]):
        uid = by_email.get(email.casefold())
        if uid is not None:
            out.append(uid)
    return list(dict.fromkeys(out))


@route("/tables/{table_id}/rows/{row_id}/comments", "GET", "Comments on a row, oldest first", "comments",
       query=ListQuery)
def list_comments(principal: Principal, table_id: int, row_id: str, query: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    c = cat.comments
    q = sa.select(c).where(c.c.table_id == table_id, c.c.row_id == row_id)
    if query["resolved"] is not None:
        q = q.where(c.c.resolved.is_(query["resolved"]))
    with state().db.read() as conn:
        rows = conn.execute(q.order_by(c.c.id)).all()
        authors = changes.members(conn, base_id)
    return {"comments": [_json(r, authors) for r in rows]}


@route("/tables/{table_id}/rows/{row_id}/comments", "POST",
       "Comment on a row (commenters and up); mentioned members are notified", "comments", body=CommentBody,
       responses={201: "the comment"})
def add_comment(principal: Principal, table_id: int, row_id: str, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "commenter")
    table = _check_row(table_id, base_id, row_id)
    st = state()
    c = cat.comments
    with st.db.write() as conn:
        members = changes.members(conn, base_id)
        mentions = _mentioned(body, members)
        now = _now()
        cid = conn.execute(sa.insert(c).values(base_id=base_id, table_id=table_id, row_id=row_id,
                                               author_id=principal.user_id, body=body["comment"], mentions=mentions,
                                               created_at=now).returning(c.c.id)).scalar_one()
        row = conn.execute(sa.select(c).where(c.c.id == cid)).one()
        base_name = conn.execute(sa.select(cat.bases.c.name).where(cat.bases.c.id == base_id)).scalar()
        created = notify.create(conn, mentions, base_id, "mention", principal.user_id, {
            "base_name": base_name, "table_id": table_id, "table_name": table.name, "row_id": row_id,
            "row_name": notify.row_name(conn, table, row_id), "comment_id": cid,
            "actor_name": principal.name or principal.email, "message": body["comment"][:500]})
        out = _json(row, members)
    publish({"kind": "comment", "op": "add", "base_id": base_id, "table_id": table_id, "row_id": row_id,
             "comment": out})
    notify.after_commit(created)
    return {"comment": out}, 201


def _load(conn: sa.Connection, comment_id: int) -> Any:
    return conn.execute(sa.select(cat.comments).where(cat.comments.c.id == comment_id)).first()


def _comment_access(principal: Principal, comment_id: int) -> tuple[Any, str]:
    with state().db.read() as conn:
        row = _load(conn, comment_id)
    if row is None:
        raise not_found("This comment does not exist.")
    try:
        _, role = table_access(principal, row.table_id)
    except Exception as exc:
        if getattr(exc, "status", None) == 404:
            raise not_found("This comment does not exist.") from None
        raise
    return row, role


@route("/comments/{comment_id}", "PATCH", "Edit your comment's text, or resolve / reopen any comment", "comments",
       body=CommentPatch, responses={403: "not your comment, or your role cannot comment"})
def patch_comment(principal: Principal, comment_id: int, body: dict) -> Any:
    row, role = _comment_access(principal, comment_id)
    if not at_least(role, "commenter") or principal.token_access == "read":
        raise forbidden("You need the commenter role in this base to do this.")
    if "comment" in body and row.author_id != principal.user_id:
        raise forbidden("Only the author can edit a comment.")
    if not body:
        raise invalid("nothing to change: give comment or resolved", {"comment": ["required"]})
    c = cat.comments
    values: dict[str, Any] = {}
    created: list[dict] = []
    with state().db.write() as conn:
        members = changes.members(conn, row.base_id)
        if "comment" in body:
            values.update(body=body["comment"], updated_at=_now())
            new_mentions = _mentioned({"comment": body["comment"], "mentions": []}, members)
            values["mentions"] = list(dict.fromkeys([*row.mentions, *new_mentions]))
            fresh = [u for u in new_mentions if u not in (row.mentions or [])]
            if fresh:
                st = state()
                table = st.schema_cache.get(conn, row.base_id).table(row.table_id)
                base_name = conn.execute(sa.select(cat.bases.c.name).where(cat.bases.c.id == row.base_id)).scalar()
                created = notify.create(conn, fresh, row.base_id, "mention", principal.user_id, {
                    "base_name": base_name, "table_id": row.table_id, "table_name": table.name if table else None,
                    "row_id": row.row_id, "comment_id": row.id, "actor_name": principal.name or principal.email,
                    "row_name": notify.row_name(conn, table, row.row_id) if table else row.row_id,
                    "message": body["comment"][:500]})
        if "resolved" in body:
            values.update(resolved=body["resolved"], resolved_by=principal.user_id if body["resolved"] else None,
                          resolved_at=_now() if body["resolved"] else None)
        conn.execute(sa.update(c).where(c.c.id == row.id).values(**values))
        out = _json(_load(conn, row.id), members)
    publish({"kind": "comment", "op": "update", "base_id": row.base_id, "table_id": row.table_id,
             "row_id": row.row_id, "comment": out})
    notify.after_commit(created)
    return {"comment": out}


@route("/comments/{comment_id}", "DELETE", "Delete your comment (owners may delete any)", "comments")
def delete_comment(principal: Principal, comment_id: int) -> Any:
    row, role = _comment_access(principal, comment_id)
    if principal.token_access == "read" or not (
            (row.author_id == principal.user_id and at_least(role, "commenter")) or role == "owner"):
        raise forbidden("Only the author (or an owner of the base) can delete a comment.")
    with state().db.write() as conn:
        conn.execute(sa.delete(cat.comments).where(cat.comments.c.id == row.id))
    publish({"kind": "comment", "op": "delete", "base_id": row.base_id, "table_id": row.table_id,
             "row_id": row.row_id, "comment": {"id": row.id}})
    return {"ok": True}


@route("/tables/{table_id}/comment-counts", "GET",
       "Comment counts per row (all rows with comments, or the given row_ids) for the grid", "comments",
       query=CountsQuery)
def comment_counts(principal: Principal, table_id: int, query: dict) -> Any:
    table_access(principal, table_id)
    c = cat.comments
    ids = [i for i in query["row_ids"].split(",") if i] if query["row_ids"] else []
    if len(ids) > 5000:
        raise invalid("at most 5,000 row ids at once", {"row_ids": ["too many"]})
    unresolved = sa.func.sum(sa.case((c.c.resolved.is_(False), 1), else_=0))
    q = sa.select(c.c.row_id, sa.func.count().label("n"), unresolved.label("open")).where(
        c.c.table_id == table_id).group_by(c.c.row_id)
    if ids:
        q = q.where(c.c.row_id.in_(ids))
    if query["unresolved_only"]:
        q = q.where(c.c.resolved.is_(False))
    with state().db.read() as conn:
        rows = conn.execute(q).all()
    return {"counts": {r.row_id: {"count": int(r.n), "unresolved": int(r.open or 0)} for r in rows}}
