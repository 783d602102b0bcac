"""Who may reach what: every endpoint resolves its base and checks the caller's role.

A caller who is not a member gets 404 for another's base, table, column or row, never 403,
so nothing tells them it exists.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import request

from server.actions.apply import ActionResult, apply_action
from server.auth.service import Principal, role_in_base
from server.catalog import schema as cat
from server.catalog.roles import at_least
from server.errors import forbidden, not_found
from server.state import state


def base_role(principal: Principal, base_id: int, needed: str = "viewer") -> str:
    st = state()
    with st.db.read() as conn:
        role = role_in_base(conn, principal, base_id)
    if role is None:
        raise not_found("This base does not exist.")
    if not at_least(role, needed):
        if principal.token_access == "read" and needed != "viewer":
            raise forbidden("This API token is read-only.")
        raise forbidden(f"You need the {needed} role in this base to do this.")
    return role


def base_of_table(table_id: int) -> int:
    with state().db.read() as conn:
        base_id = conn.execute(sa.select(cat.tables.c.base_id).where(cat.tables.c.id == table_id)).scalar()
    if base_id is None:
        raise not_found("This table does not exist.")
    return base_id


def base_of_column(column_id: int) -> int:
    with state().db.read() as conn:
        base_id = conn.execute(
            sa.select(cat.tables.c.base_id).join(cat.columns, cat.columns.c.table_id == cat.tables.c.id)
            .where(cat.columns.c.id == column_id)).scalar()
    if base_id is None:
        raise not_found("This column does not exist.")
    return base_id


def table_access(principal: Principal, table_id: int, needed: str = "viewer") -> tuple[int, str]:
    try:
        base_id = base_of_table(table_id)
        return base_id, base_role(principal, base_id, needed)
    except Exception as exc:  # same 404 whether the table is missing or not theirs
        if getattr(exc, "status", None) == 404:
            raise not_found("This table does not exist.") from None
        raise


def column_access(principal: Principal, column_id: int, needed: str = "viewer") -> tuple[int, str]:
    try:
        base_id = base_of_column(column_id)
        return base_id, base_role(principal, base_id, needed)
    except Exception as exc:
        if getattr(exc, "status", None) == 404:
            raise not_found("This column does not exist.") from None
        raise


def client_id(body: dict | None = None) -> str | None:
    cid = (body or {}).get("client_id") if isinstance(body, dict) else None
    return cid or request.headers.get("X-Tablo-Client") or None


def run_action(principal: Principal, base_id: int, action: dict[str, Any], body: Any = None) -> ActionResult:
    st = state()
    return apply_action(st.db, st.schema_cache, base_id, principal.user_id, action, client_id=client_id(body),
                        files_dir=st.config.files_dir, max_batch=st.config.max_batch_rows)
