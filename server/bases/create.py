"""Making a base: its catalog row, its owner, and (unless asked not to) a first empty table."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa

from server.actions.apply import apply_action
from server.catalog import schema as cat
from server.state import state

# The first table of a blank base and its primary column, in each interface language: a base
# is in one language (decision 0016), a blank one too; the web app offers the same words
# (base.tableDefault, base.primaryDefault in its locale files).
FIRST_TABLE: dict[str, tuple[str, str]] = {
    "en": ("Table 1", "Name"),
    "ru": ("Таблица 1", "Название"),
}


def now() -> dt.datetime:
    """Catalog timestamps: UTC, without a time zone."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def owner_language(conn: sa.Connection, user_id: int) -> str:
    """The user's interface language (their account setting), English when it is none we speak."""
    locale = conn.execute(sa.select(cat.users.c.locale).where(cat.users.c.id == user_id)).scalar()
    return locale if locale in FIRST_TABLE else "en"


def create_base(principal_user_id: int, name: str, first_table: bool = True, language: str | None = None) -> int:
    """A new base owned by the user, with one empty table (made by the system, not on the undo stack).

    The table and its primary column are named in `language` (the interface language the web
    app sends), else in the owner's account language."""
    st = state()
    with st.db.write() as conn:
        if language not in FIRST_TABLE:
            language = owner_language(conn, principal_user_id)
        base_id = conn.execute(sa.insert(cat.bases).values(
            uuid=str(uuid.uuid4()), name=name.strip(), created_by=principal_user_id, created_at=now())
            .returning(cat.bases.c.id)).scalar_one()
        conn.execute(sa.insert(cat.base_members).values(base_id=base_id, user_id=principal_user_id, role="owner"))
    if first_table:
        table, column = FIRST_TABLE[language]
        apply_action(st.db, st.schema_cache, base_id, None,
                     {"type": "add_table", "name": table, "columns": [{"name": column, "type": "text"}]},
                     public=False)
    return base_id
