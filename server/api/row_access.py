"""Access rules of a table: which rows each role or member reads and edits, and which tables and
columns they do not see (owners only). What they mean: server.query.access; the checks and the
storage: server.permissions.rules; why: docs/decisions/0042-row-access-rules.md."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.api.access import table_access
from server.api.routing import route
from server.auth.service import Principal
from server.catalog import schema as cat
from server.errors import forbidden, not_found
from server.notifications import signals
from server.permissions.rules import AccessRulesBody, check_rules, rules_json, save_rules
from server.state import state


def _owned_table(conn: sa.Connection, principal: Principal, table_id: int) -> tuple[int, Any]:
    if principal.via == "token":
        raise forbidden("API tokens cannot manage access rules.")
    base_id, _ = table_access(principal, table_id, "owner")
    table = state().schema_cache.get(conn, base_id).table(table_id)
    if table is None:
        raise not_found("This table does not exist.")
    return base_id, table


@route("/tables/{table_id}/access", "GET",
       "Access rules of a table: rows each role or member reads and edits, hidden table and columns (owners)",
       "members")
def get_access(principal: Principal, table_id: int) -> Any:
    with state().db.read() as conn:
        _, table = _owned_table(conn, principal, table_id)
        return rules_json(conn, table)


@route("/tables/{table_id}/access", "PUT",
       "Replace a table's access rules: per role or member a read row filter, an edit row filter, "
       "the table hidden, hidden columns (owners)", "members", body=AccessRulesBody)
def put_access(principal: Principal, table_id: int, body: dict) -> Any:
    st = state()
    with st.db.write() as conn:
        base_id, table = _owned_table(conn, principal, table_id)
        m = cat.base_members
        members = {r.user_id: r.role for r in conn.execute(sa.select(m.c.user_id, m.c.role)
                                                             .where(m.c.base_id == base_id))}
        check_rules(table, body["rules"], members, principal.user_id)
        save_rules(conn, base_id, table, body["rules"])
        out = rules_json(conn, table)
    signals.publish({"kind": "permissions", "base_id": base_id, "table_id": table_id})
    return out
