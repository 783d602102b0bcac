"""A template's roles (its `access` section) installed in a base made from it.

A role with a `base_role` other than owner becomes the access rules of that base role: in the
receivables base every editor is a manager until the owner says otherwise. A role without a
base role (the accountant) is a preset the owner gives to a member: its rules are in the
template and in docs/access.md, set through PUT /api/tables/{id}/access. Why: decision 0042.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.actions.context import ActionContext
from server.catalog import schema as cat


def install_roles(ctx: ActionContext, tpl: dict, names: Any, link_target: Any) -> None:
    """Insert the rules of the template's roles that map to a base role (after its tables exist)."""
    for role in (tpl.get("access") or {}).get("roles", []):
        base_role = role.get("base_role")
        if base_role in (None, "owner"):
            continue
        for table_key, rule in (role.get("tables") or {}).items():
            table_id = names.tables[table_key]["id"]
            ctx.conn.execute(sa.insert(cat.access_rules).values(
                base_id=ctx.base_id, table_id=table_id, role=base_role, user_id=None,
                read_filter=_tree(ctx, tpl, names, link_target, table_key, rule.get("read_filter")),
                edit_filter=_tree(ctx, tpl, names, link_target, table_key, rule.get("edit_filter")),
                hide_table=bool(rule.get("hide_table")), read_only=bool(rule.get("read_only")),
                hidden_columns=sorted(names.col_id(ctx, table_key, k) for k in rule.get("hidden_columns", []))))


def _tree(ctx: ActionContext, tpl: dict, names: Any, link_target: Any, table_key: str,
          tree: dict | None) -> dict | None:
    """Column keys → column ids; a linked_matches value is a tree of the linked table."""
    if tree is None:
        return None
    out = []
    for node in tree.get("filters", []):
        if "filters" in node:
            out.append(_tree(ctx, tpl, names, link_target, table_key, node))
            continue
        value = node.get("value")
        if node["operator"] == "linked_matches":
            value = _tree(ctx, tpl, names, link_target, link_target(tpl, table_key, node["column"]), value)
        out.append({"column_id": names.col_id(ctx, table_key, node["column"]), "operator": node["operator"],
                    "value": value})
    return {"conjunction": tree.get("conjunction", "and"), "filters": out}
