"""A base as it was at a moment: every logged action after it undone, newest first.

The action log keeps each action's inverse (server.actions); applying the inverses of all the
actions after time T, in reverse order, gives the base as it was at T. This is one action,
`revert_to`, so it is one version, one entry in the log and one undo step (its inverse re-applies
what it took back).

The log must reach back to T without a gap: the actions after T must be exactly the base's
versions after the last one at T (nothing purged in between), and every one of them must still
be undoable (an inverse naming a column whose trash was emptied fails). Otherwise nothing is
changed and the answer is 409 `log_incomplete`, saying what stands in the way.

As a new base (decision 0025): the revert runs inside a transaction, the base is exported as a
backup through that same transaction, and the transaction is rolled back — the original never
changes — then the backup is restored as a new base. Restoring the current state first and
reverting the copy cannot work: a restore gives tables and columns new ids, and the log's
inverses name the old ones.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from typing import Any

import sqlalchemy as sa
from marshmallow import fields

from server.actions.apply import ActionResult, apply_action
from server.actions.context import ActionContext, utcnow
from server.actions.registry import Done, action_handler
from server.actions.schemas import ActionPayload
from server.catalog import schema as cat
from server.errors import ApiError, conflict, invalid

# Past this many actions after T, restore a snapshot instead (the revert is one transaction).
MAX_REVERT_ACTIONS = 5000
BATCH = 500  # server.actions.handlers.batch.MAX_BATCH_ACTIONS: the undo is batches of at most this


def _fmt(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S UTC")


def plan(conn: sa.Connection, base_id: int, at: dt.datetime) -> tuple[int, int]:
    """(the base's version at `at`, how many actions came after it); 422 for a moment before the
    base existed or in the future, 409 when the log does not reach back to it."""
    if at > utcnow():
        raise invalid("that moment is in the future", {"at": ["in the future"]})
    a = cat.actions
    base = conn.execute(sa.select(cat.bases.c.created_at, cat.bases.c.version)
                        .where(cat.bases.c.id == base_id)).one()
    if at < base.created_at:
        raise invalid(f"the base did not exist yet at {_fmt(at)}", {"at": ["before the base was created"]})
    version_at = conn.execute(sa.select(sa.func.max(a.c.version))
                              .where(a.c.base_id == base_id, a.c.created_at <= at)).scalar() or 0
    after = conn.execute(sa.select(sa.func.count(), sa.func.min(a.c.version))
                         .where(a.c.base_id == base_id, a.c.version > version_at)).one()
    count = int(after[0])
    if count != base.version - version_at or (count and after[1] != version_at + 1):
        raise conflict(f"the action log does not reach back to {_fmt(at)}: some of the changes since are no "
                       "longer in it. Restore a snapshot instead.", code="log_incomplete")
    if count > MAX_REVERT_ACTIONS:
        raise conflict(f"{count} changes were made since {_fmt(at)}, more than the {MAX_REVERT_ACTIONS} a "
                       "point-in-time restore takes back. Restore a snapshot instead.", code="log_incomplete")
    return version_at, count


def _nest(actions: list[dict[str, Any]]) -> dict[str, Any]:
    """One batch of the actions, nested so no batch holds more than BATCH."""
    while len(actions) > BATCH:
        actions = [{"type": "batch", "actions": actions[i:i + BATCH]} for i in range(0, len(actions), BATCH)]
    return {"type": "batch", "actions": actions}


class RevertTo(ActionPayload):
    """Server only: take the base back to a moment by undoing every action after a version."""
    at = fields.String(required=True, metadata={"description": "the moment, as shown in the log"})
    after_version = fields.Integer(strict=True, required=True)


@action_handler("revert_to", RevertTo, public=False, changes_schema=True)
def revert_to(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    """Undo every action after version `after_version`, newest first (payload: at, after_version)."""
    a = cat.actions
    after_version = payload["after_version"]
    rows = ctx.conn.execute(sa.select(a.c.version, a.c.type, a.c.inverse, a.c.created_at)
                            .where(a.c.base_id == ctx.base_id, a.c.version > after_version,
                                   a.c.version < ctx.version)
                            .order_by(a.c.version.desc())).all()
    # This action holds the base's lock: the log after T is what plan() saw, or more.
    if len(rows) != ctx.version - 1 - after_version or len(rows) > MAX_REVERT_ACTIONS:
        raise conflict("the action log changed while the restore was being prepared; try again",
                       code="log_incomplete")
    inverses: list[dict[str, Any]] = []
    for r in rows:
        if not isinstance(r.inverse, dict) or not r.inverse.get("type"):
            raise conflict(f"the change «{r.type}» of {_fmt(r.created_at)} cannot be undone, so the base cannot "
                           "be taken back past it. Restore a snapshot instead.", code="log_incomplete")
        try:
            done = ctx.run_done(r.inverse, trusted=True)
        except ApiError as exc:
            raise conflict(f"the change «{r.type}» of {_fmt(r.created_at)} can no longer be undone "
                           f"({exc.message}). Restore a snapshot instead.", code="log_incomplete") from None
        inverses.append(done.inverse)
    if not inverses:
        raise invalid("nothing has changed in this base since then", {"at": ["nothing changed since"]},
                      code="nothing_changed")
    return Done({"type": "revert_to", "at": payload["at"], "after_version": after_version, "undone": len(rows)},
                _nest(list(reversed(inverses))))


def revert_in_place(st: Any, base_id: int, user_id: int, at: dt.datetime,
                    client_id: str | None = None) -> ActionResult:
    """Take the base back to `at` as one undoable action by `user_id`."""
    with st.db.read() as conn:
        version_at, _ = plan(conn, base_id, at)
    return apply_action(st.db, st.schema_cache, base_id, user_id,
                        {"type": "revert_to", "at": at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                         "after_version": version_at},
                        client_id=client_id, public=False, files_dir=st.config.files_dir)


class _Exported(Exception):
    """Raised after the export, so the revert's transaction rolls back."""


def restore_as_new(st: Any, base_id: int, user_id: int, at: dt.datetime, name: str | None) -> dict[str, Any]:
    """A new base, owned by `user_id`, holding the base as it was at `at`; the base itself is
    not changed. Answers like a backup restore (base_id, missing_files, switched_off)."""
    from server.io.backup import export_base, import_base

    with st.db.read() as conn:
        version_at, count = plan(conn, base_id, at)
        base_name = conn.execute(sa.select(cat.bases.c.name).where(cat.bases.c.id == base_id)).scalar_one()
    fd, path = tempfile.mkstemp(suffix=".tablo", dir=st.config.data_dir)
    os.close(fd)
    try:
        if count == 0:
            export_base(st, base_id, path)
        else:
            def export_then_roll_back(conn: sa.Connection, _action_id: int) -> None:
                export_base(st, base_id, path, conn)
                raise _Exported

            try:
                apply_action(st.db, st.schema_cache, base_id, user_id,
                             {"type": "revert_to", "at": at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                              "after_version": version_at},
                             public=False, files_dir=st.config.files_dir, before_commit=export_then_roll_back)
            except _Exported:
                pass
            else:  # before_commit always raises; reaching here would mean the base was changed
                raise AssertionError("the point-in-time export committed")
        return import_base(st, user_id, path, name or f"{base_name} ({at.strftime('%Y-%m-%d %H:%M')} UTC)")
    finally:
        os.unlink(path)
