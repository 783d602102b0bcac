"""Access rules of one table as the API reads and writes them (owners only, server/api/row_access.py).

A rule is for a role (viewer, commenter, editor) or for a named member; a member's own rule
replaces their role's on that table. Owners see everything, so no rule names them.
What the rules mean and where they apply: server.query.access.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.catalog import schema as cat
from server.catalog.model import TableMeta
from server.errors import invalid
from server.query.access import compile_rule
from server.query.compile import CompileError
from server.query.settings import FilterTreeField

RULE_ROLES = ("viewer", "commenter", "editor")
MAX_RULES = 200


class AccessRuleBody(Schema):
    role = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(RULE_ROLES))
    user_id = fields.Integer(load_default=None, allow_none=True, strict=True)
    read_filter = FilterTreeField(load_default=None, allow_none=True, metadata={
        "description": "rows this role or member reads: a view filter tree (null: every row); on a link "
                       "column also linked_matches {filter of the linked table} and linked_visible"})
    edit_filter = FilterTreeField(load_default=None, allow_none=True, metadata={
        "description": "of the rows they read, those they may edit and delete (null: all of them)"})
    hide_table = fields.Boolean(load_default=False)
    read_only = fields.Boolean(load_default=False, metadata={"description": "they change no row of this table"})
    hidden_columns = fields.List(fields.Integer(strict=True), load_default=list,
                                 validate=validate.Length(max=1000))

    @validates_schema
    def _one_subject(self, data: dict, **_: Any) -> None:
        if (data.get("role") is None) == (data.get("user_id") is None):
            raise ValidationError("give either role or user_id", "role")


class AccessRulesBody(Schema):
    rules = fields.List(fields.Nested(AccessRuleBody), required=True, validate=validate.Length(max=MAX_RULES))


def rules_json(conn: sa.Connection, table: TableMeta) -> dict[str, Any]:
    r = cat.access_rules
    rows = conn.execute(sa.select(r).where(r.c.table_id == table.id).order_by(r.c.id)).all()
    return {"table_id": table.id, "rules": [
        {"role": x.role, "user_id": x.user_id, "read_filter": x.read_filter, "edit_filter": x.edit_filter,
         "hide_table": bool(x.hide_table), "read_only": bool(x.read_only), "hidden_columns": list(x.hidden_columns or [])} for x in rows]}


def check_rules(table: TableMeta, rules: list[dict], members: dict[int, str], owner_id: int) -> None:
    """422 naming the field of the first rule at fault: unknown member, an owner, a subject named
    twice, a column not in the table (or the primary one hidden), a filter that does not compile."""
    seen: set[tuple[str, Any]] = set()
    for i, rule in enumerate(rules):
        p = f"rules[{i}]"
        subject = ("user", rule["user_id"]) if rule["user_id"] is not None else ("role", rule["role"])
        if subject in seen:
            field = "user_id" if subject[0] == "user" else "role"
            raise invalid(f"{p}.{field}: has a rule already", {f"{p}.{field}": ["has a rule already"]})
        seen.add(subject)
        uid = rule["user_id"]
        if uid is not None and uid not in members:
            raise invalid(f"{p}.user_id: not a member of this base", {f"{p}.user_id": ["not a member"]})
        if uid is not None and members[uid] == "owner":
            raise invalid(f"{p}.user_id: owners see everything", {f"{p}.user_id": ["an owner"]})
        for j, cid in enumerate(rule["hidden_columns"]):
            col = table.column(cid)
            if col is None:
                raise invalid(f"{p}.hidden_columns[{j}]: column {cid} is not in this table",
                              {f"{p}.hidden_columns[{j}]": ["no such column"]})
            if col.is_primary:
                raise invalid(f"{p}.hidden_columns[{j}]: the primary column names the rows and stays visible",
                              {f"{p}.hidden_columns[{j}]": ["the primary column"]})
        for name in ("read_filter", "edit_filter"):
            if rule[name] is not None:
                try:
                    compile_rule(table, rule[name], None, user_id=owner_id, strict=True, path=f"{p}.{name}")
                except CompileError as exc:
                    raise invalid(f"{exc.path}: {exc.message}", {exc.path: [exc.message]}) from exc


def save_rules(conn: sa.Connection, base_id: int, table: TableMeta, rules: list[dict]) -> None:
    """Replace the table's rules; a rule that restricts nothing is not kept."""
    r = cat.access_rules
    conn.execute(sa.delete(r).where(r.c.table_id == table.id))
    for rule in rules:
        if rule["read_filter"] is None and rule["edit_filter"] is None and not rule["hide_table"] \
                and not rule["read_only"] and not rule["hidden_columns"]:
            continue
        conn.execute(sa.insert(r).values(
            base_id=base_id, table_id=table.id, role=rule["role"], user_id=rule["user_id"],
            read_filter=rule["read_filter"], edit_filter=rule["edit_filter"], hide_table=rule["hide_table"],
            read_only=rule["read_only"],
            hidden_columns=sorted(set(rule["hidden_columns"]))))
