"""Public forms become form views: each form is a view of type `form` with a share link.

Revision ID: 0004
Revises: 0003

Each row of `forms` becomes a view of its table (last in the table's order, same name, same
owner) whose settings are the form's (a field's `description` becomes its `help`), and a share
link whose token is the form's token (stored as its hash, like every share link), so a link
handed out before the upgrade opens the same form. A closed form's link is revoked. Then the
`forms` table goes: there is one way to make a form.

Going down makes `forms` again from the form views, with new tokens (share links keep only a
hash of theirs): links handed out stop working, and the form views and their links go.

A process still running the previous code during a rolling restart finds no `forms` table: its
form pages answer errors until it restarts (forms are not on the path of any other request).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

# The tables as this revision knows them (not the code's schema, which moves on).
_md = sa.MetaData()
forms = sa.Table(
    "forms", _md,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("base_id", sa.Integer), sa.Column("table_id", sa.Integer),
    sa.Column("token", sa.String(64)), sa.Column("name", sa.String(200)), sa.Column("settings", JSON),
    sa.Column("active", sa.Boolean), sa.Column("created_by", sa.Integer), sa.Column("created_at", sa.DateTime),
)
views = sa.Table(
    "views", _md,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("table_id", sa.Integer), sa.Column("name", sa.String(200)),
    sa.Column("type", sa.String(40)), sa.Column("position", sa.Float), sa.Column("settings", JSON),
    sa.Column("private_to", sa.Integer), sa.Column("created_by", sa.Integer), sa.Column("deleted_at", sa.DateTime),
)
share_links = sa.Table(
    "share_links", _md,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("base_id", sa.Integer), sa.Column("view_id", sa.Integer),
    sa.Column("token_hash", sa.String(64)), sa.Column("password_hash", sa.String(300)),
    sa.Column("expires_at", sa.DateTime), sa.Column("created_by", sa.Integer), sa.Column("created_at", sa.DateTime),
    sa.Column("revoked_at", sa.DateTime),
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, str):  # JSON text from a SQLite driver that did not decode it
        import json

        return json.loads(value)
    return dict(value or {})


def _view_settings(form_name: str, old: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": old.get("title") or form_name, "description": old.get("description") or "",
        "fields": [{"column_id": f["column_id"], "required": bool(f.get("required")), "label": f.get("label"),
                    "help": f.get("description") or "", "condition": None} for f in old.get("fields") or []],
        "prefill": True, "after_submit": "message", "success_message": old.get("success_message") or "",
        "redirect_url": None, "cover_file": None, "logo_file": None,
    }


def upgrade() -> None:
    conn = op.get_bind()
    for f in conn.execute(sa.select(forms).order_by(forms.c.id)).all():
        last = conn.execute(sa.select(sa.func.max(views.c.position)).where(views.c.table_id == f.table_id)).scalar()
        view_id = conn.execute(sa.insert(views).values(
            table_id=f.table_id, name=f.name, type="form", position=(last or 0) + 1,
            settings=_view_settings(f.name, _as_dict(f.settings)), private_to=None, created_by=f.created_by,
        ).returning(views.c.id)).scalar_one()
        conn.execute(sa.insert(share_links).values(
            base_id=f.base_id, view_id=view_id, token_hash=hashlib.sha256(f.token.encode()).hexdigest(),
            password_hash=None, expires_at=None, created_by=f.created_by, created_at=f.created_at,
            revoked_at=None if f.active else _now()))
    with op.batch_alter_table("forms") as batch_op:
        batch_op.drop_index("ix_forms_table")
    op.drop_table("forms")


def downgrade() -> None:
    op.create_table(
        "forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("base_id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("settings", JSON, nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["base_id"], ["bases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["table_id"], ["tables.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token"),
    )
    with op.batch_alter_table("forms") as batch_op:
        batch_op.create_index("ix_forms_table", ["table_id"], unique=False)
    conn = op.get_bind()
    tables = sa.table("tables", sa.column("id", sa.Integer), sa.column("base_id", sa.Integer))
    rows = conn.execute(sa.select(views, tables.c.base_id).join(tables, tables.c.id == views.c.table_id)
                        .where(views.c.type == "form").order_by(views.c.id)).all()
    for v in rows:
        s = _as_dict(v.settings)
        active = conn.execute(sa.select(sa.func.count()).select_from(share_links).where(
            share_links.c.view_id == v.id, share_links.c.revoked_at.is_(None))).scalar_one() > 0
        if v.deleted_at is None:
            conn.execute(sa.insert(forms).values(
                base_id=v.base_id, table_id=v.table_id, token=secrets.token_urlsafe(24), name=v.name,
                settings={"title": s.get("title") or v.name, "description": s.get("description") or "",
                          "fields": [{"column_id": f["column_id"], "required": bool(f.get("required")),
                                      "description": f.get("help") or "", "label": f.get("label")}
                                     for f in s.get("fields") or []],
                          "success_message": s.get("success_message") or ""},
                active=active, created_by=v.created_by, created_at=_now()))
        conn.execute(sa.delete(share_links).where(share_links.c.view_id == v.id))
        conn.execute(sa.delete(views).where(views.c.id == v.id))
