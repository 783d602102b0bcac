"""Making a base: its catalog row, its owner, and (unless asked not to) a first empty table."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa

from server.actions.apply import apply_action
from server.catalog import schema as cat
from server.state import state


def now() -> dt.datetime:
    """Catalog timestamps: UTC, without a time zone."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def create_base(principal_user_id: int, name: str, first_table: bool = True) -> int:
    """A new base owned by the user, with one empty table (made by the system, not on the undo stack)."""
    st = state()
    with st.db.write() as conn:
        base_id = conn.execute(sa.insert(cat.bases).values(
            uuid=str(uuid.uuid4()), name=name.strip(), created_by=principal_user_id, created_at=now())
            .returning(cat.bases.c.id)).scalar_one()
        conn.execute(sa.insert(cat.base_members).values(base_id=base_id, user_id=principal_user_id, role="owner"))
    if first_table:
        apply_action(st.db, st.schema_cache, base_id, None, {"type": "add_table", "name": "Table 1"}, public=False)
    return base_id
