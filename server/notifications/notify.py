"""Notifications: made in the app for mentions, assignments and automations; mailed too
when SMTP is configured and the person has not turned mail off; muted per kind or base.

`create` writes inside the caller's transaction and returns what to do after commit
(`after_commit`): queue the emails and publish {"kind": "notification", ...} for the live hub,
which pushes it to that person's open sockets.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from server.notifications import mail
from server.notifications.signals import publish
from server.state import state

KINDS = ("mention", "assigned", "automation")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def iso(v: dt.datetime | None) -> str | None:
    return v.strftime("%Y-%m-%dT%H:%M:%SZ") if v else None


def settings_of(conn: sa.Connection, user_id: int) -> dict[str, Any]:
    s = cat.notification_settings
    row = conn.execute(sa.select(s).where(s.c.user_id == user_id)).first()
    if row is None:
        return {"muted_kinds": [], "muted_bases": [], "email": True}
    return {"muted_kinds": list(row.muted_kinds or []), "muted_bases": list(row.muted_bases or []),
            "email": bool(row.email)}


def save_settings(conn: sa.Connection, user_id: int, values: dict[str, Any]) -> dict[str, Any]:
    s = cat.notification_settings
    cur = settings_of(conn, user_id)
    cur.update(values)
    conn.execute(sa.delete(s).where(s.c.user_id == user_id))
    conn.execute(sa.insert(s).values(user_id=user_id, **cur))
    return cur


def to_json(row: Any) -> dict[str, Any]:
    return {"id": row.id, "kind": row.kind, "base_id": row.base_id, "actor_id": row.actor_id,
            **row.payload, "created_at": iso(row.created_at), "read": row.read_at is not None,
            "email_status": row.email_status}


def create(conn: sa.Connection, user_ids: list[int], base_id: int | None, kind: str, actor_id: int | None,
           payload: dict[str, Any]) -> list[dict[str, Any]]:
    """Notify each user (never the actor about their own doing); muted kinds and bases are skipped."""
    n = cat.notifications
    out: list[dict[str, Any]] = []
    emails_on = mail.configured()
    for uid in dict.fromkeys(user_ids):
        if uid == actor_id:
            continue
        prefs = settings_of(conn, uid)
        if kind in prefs["muted_kinds"] or (base_id is not None and base_id in prefs["muted_bases"]):
            continue
        email = conn.execute(sa.select(cat.users.c.email).where(cat.users.c.id == uid)).scalar()
        if email is None:
            continue
        send = emails_on and prefs["email"]
        nid = conn.execute(sa.insert(n).values(
            user_id=uid, base_id=base_id, kind=kind, actor_id=actor_id, payload=payload, created_at=_now(),
            email_status="pending" if send else None).returning(n.c.id)).scalar_one()
        row = conn.execute(sa.select(n).where(n.c.id == nid)).one()
        out.append({"user_id": uid, "email": email if send else None, "notification": to_json(row)})
    return out


def after_commit(created: list[dict[str, Any]]) -> None:
    for item in created:
        note = item["notification"]
        publish({"kind": "notification", "base_id": note["base_id"], "user_id": item["user_id"],
                 "notification": note})
        if item["email"]:
            mail.queue_mail(mail.Mail(to=item["email"], subject=_subject(note), text=_text(note),
                                      on_done=_mark_email(note["id"])))


def _mark_email(notification_id: int) -> mail.Done:
    def done(ok: bool, error: str | None) -> None:
        n = cat.notifications
        with state().db.write() as conn:
            conn.execute(sa.update(n).where(n.c.id == notification_id).values(email_status="sent" if ok else "failed"))

    return done


def _subject(note: dict[str, Any]) -> str:
    who = note.get("actor_name") or "Someone"
    if note["kind"] == "mention":
        return f"{who} mentioned you in {note.get('base_name', 'a base')!r}"
    if note["kind"] == "assigned":
        n = note.get("row_count") or 1
        what = f"{n} rows" if n > 1 else repr(note.get("row_name") or "a row")
        return f"{who} assigned you to {what} in {note.get('table_name', 'a table')!r}"
    return note.get("title") or "Tablo notification"


def _text(note: dict[str, Any]) -> str:
    lines = [_subject(note), ""]
    if note.get("message"):
        lines.append(str(note["message"]))
    if note.get("row_name"):
        lines.append(f"Row: {note['row_name']}")
    return "\n".join(lines) + "\n"


# -- assignments in collaborator columns (after-commit subscriber) -------------------------------
def assignments(conn: sa.Connection, schema: Any, entry: dict[str, Any], events: list[dict]) -> list[dict]:
    """Who was newly put into a collaborator column by this action: notifications to create."""
    out: list[dict] = []
    for ev in events:
        table = schema.table(ev["table_id"])
        if table is None or ev["event"] not in ("row.inserted", "row.updated"):
            continue
        collab = [c for c in table.columns if c.type == "collaborator"]
        if not collab:
            continue
        for row in ev["rows"]:
            for col in collab:
                old, new = (row.get("raw") or {}).get(col.key, (None, None))
                added = [u for u in (new or []) if u not in (old or [])]
                if added:
                    out.append({"user_ids": added, "table": table, "column": col, "row_id": row["_id"]})
    return out


def row_name(conn: sa.Connection, table: Any, row_id: str) -> str:
    prim = table.primary
    if prim is None or prim.phys is None:
        return row_id
    t = table.sa_table
    val = conn.execute(sa.select(t.c[prim.phys]).where(t.c._id == row_id)).scalar()
    return str(val) if val not in (None, "") else row_id
