"""Undo and redo, per user and client id, from the actions log (so they survive a reload).

Undo applies a logged action's inverse as a new action; redo applies the undo's inverse.
Neither may overwrite a change another user made in between to the same cells, rows,
columns or tables: that is refused with a message saying who.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.actions.apply import ActionResult, apply_action
from server.catalog import schema as cat
from server.errors import ApiError, conflict
from server.storage.engine import Database

MAX_LATER_ACTIONS = 5000


def _overlaps(a: list, b: list) -> bool:
    ta, ra, ca = a
    tb, rb, cb = b
    return ta == tb and (ra is None or rb is None or ra == rb) and (ca is None or cb is None or ca == cb)


def _find(conn: sa.Connection, base_id: int, user_id: int, client_id: str | None, kinds: tuple[str, ...]) -> Any:
    a = cat.actions
    q = sa.select(a).where(a.c.base_id == base_id, a.c.user_id == user_id, a.c.kind.in_(kinds),
                           a.c.reverted.is_(False))
    if client_id:
        q = q.where(a.c.client_id == client_id)
    return conn.execute(q.order_by(a.c.id.desc()).limit(1)).first()


def _check_others(conn: sa.Connection, base_id: int, user_id: int, after_id: int, touches: list) -> None:
    a = cat.actions
    later = conn.execute(
        sa.select(a.c.user_id, a.c.touches).where(a.c.base_id == base_id, a.c.id > after_id,
                                                  a.c.reverted.is_(False),
                                                  sa.or_(a.c.user_id != user_id, a.c.user_id.is_(None)))
        .order_by(a.c.id).limit(MAX_LATER_ACTIONS + 1)
    ).all()
    if len(later) > MAX_LATER_ACTIONS:
        raise conflict("too much has changed since then to undo this safely", code="undo_conflict")
    for row in later:
        for tb in row.touches or []:
            if any(_overlaps(ta, tb) for ta in touches):
                who = conn.execute(sa.select(cat.users.c.name, cat.users.c.email)
                                   .where(cat.users.c.id == row.user_id)).first()
                name = (who.name or who.email) if who else "someone"
                raise conflict(f"{name} has changed the same data since; undoing would overwrite their change",
                               code="undo_conflict")


def _mark(conn: sa.Connection, action_id: int) -> None:
    res = conn.execute(sa.update(cat.actions).where(cat.actions.c.id == action_id, cat.actions.c.reverted.is_(False))
                       .values(reverted=True))
    if res.rowcount != 1:
        raise conflict("this was undone or redone at the same moment elsewhere", code="undo_conflict")


def undo_target(conn: sa.Connection, base_id: int, user_id: int) -> int | None:
    """The id of the action the user's next undo (from any client) takes back, if any."""
    target = _find(conn, base_id, user_id, None, ("do", "redo"))
    return target.id if target is not None else None


def undo(db: Database, schema_cache: Any, base_id: int, user_id: int, client_id: str | None = None,
         action_id: int | None = None, **kw: Any) -> ActionResult:
    """Undo the user's last action (of this client, when given). With `action_id` (the activity
    log's undo button): that action, which must be the user's last one from any client."""
    with db.read() as conn:
        target = _find(conn, base_id, user_id, None if action_id is not None else client_id, ("do", "redo"))
        if target is None:
            raise ApiError(409, "nothing_to_undo", "There is nothing to undo.")
        if action_id is not None and target.id != action_id:
            raise ApiError(409, "not_last", "Only your latest change can be undone; undo goes back one step "
                                            "at a time, newest first.")
        _check_others(conn, base_id, user_id, target.id, target.touches)
    return apply_action(db, schema_cache, base_id, user_id, target.inverse, client_id=client_id, kind="undo",
                        target_id=target.id, public=False, before_commit=lambda c, _id: _mark(c, target.id), **kw)


def redo(db: Database, schema_cache: Any, base_id: int, user_id: int, client_id: str | None = None,
         **kw: Any) -> ActionResult:
    a = cat.actions
    with db.read() as conn:
        target = _find(conn, base_id, user_id, client_id, ("undo",))
        if target is None:
            raise ApiError(409, "nothing_to_redo", "There is nothing to redo.")
        newer = sa.select(a.c.id).where(a.c.base_id == base_id, a.c.user_id == user_id, a.c.kind == "do",
                                        a.c.id > target.id)
        if client_id:
            newer = newer.where(a.c.client_id == client_id)
        if conn.execute(newer.limit(1)).first() is not None:
            raise ApiError(409, "nothing_to_redo", "There is nothing to redo: you have made changes since.")
        _check_others(conn, base_id, user_id, target.id, target.touches)
    return apply_action(db, schema_cache, base_id, user_id, target.inverse, client_id=client_id, kind="redo",
                        target_id=target.id, public=False, before_commit=lambda c, _id: _mark(c, target.id), **kw)
