"""Roles, table permissions and column permissions, enforced on every write.

`check_action` is registered with `server.actions.apply.register_check`, so it runs before
every handler of every action — REST, WebSocket, SeaTable-compatible API, imports, undo and
redo, and each action nested in a batch. Endpoints still check roles up front for a fast,
clear answer; this is the check that cannot be bypassed.

Rules:
- System actions (no user) pass: template cloning, base creation, automations run as the
  system.
- The caller's role must reach the handler's `min_role` (editor unless the handler says).
- Table permissions, per operation (add / edit / delete rows): mode "editors" (the default:
  everyone with edit rights) or "named" (only the listed members). Owners always pass: they
  set the permissions and could lift them anyway.
- Column permissions: who may edit a column's cells ("named" members). They apply to
  update_rows, set_links (on both sides of a two-way link), imports and to values a client gives in insert_rows; restoring deleted rows (a raw
  insert from undo) is governed by the table's add permission alone, so undoing a delete
  never fails on a column the deleter could not edit.
- Access rules (server.query.access): a member changes only rows their read and edit rules let
  through, never in a table or column hidden from them (`_check_access`).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.actions.context import ActionContext
from server.actions.registry import get_handler
from server.catalog import schema as cat
from server.catalog.roles import at_least, role_of
from server.errors import ApiError, forbidden
from server.query.access import Reader, load_reader

OPERATIONS = ("add", "edit", "delete")
MODES = ("editors", "named")

# Which table operation each row action needs.
ROW_ACTIONS = {"insert_rows": "add", "update_rows": "edit", "move_rows": "edit", "delete_rows": "delete"}


class Rules:
    """Permissions of one table as loaded for one action."""

    def __init__(self, table_ops: dict[str, tuple[str, list[int]]], columns: dict[int, tuple[str, list[int]]]):
        self.table_ops = table_ops
        self.columns = columns


def _role(ctx: ActionContext) -> str | None:
    if "team.role" not in ctx.cache:
        ctx.cache["team.role"] = role_of(ctx.conn, ctx.base_id, ctx.user_id)
    return ctx.cache["team.role"]


def load_rules(conn: sa.Connection, table_id: int) -> Rules:
    tp, cp = cat.table_permissions, cat.column_permissions
    ops = {r.operation: (r.mode, list(r.user_ids or []))
           for r in conn.execute(sa.select(tp).where(tp.c.table_id == table_id))}
    cols = {r.column_id: (r.mode, list(r.user_ids or []))
            for r in conn.execute(sa.select(cp).where(cp.c.table_id == table_id))}
    return Rules(ops, cols)


def _rules(ctx: ActionContext, table_id: int) -> Rules:
    key = f"team.rules.{table_id}"
    if key not in ctx.cache:
        ctx.cache[key] = load_rules(ctx.conn, table_id)
    return ctx.cache[key]


def allowed(mode_users: tuple[str, list[int]] | None, user_id: int, role: str) -> bool:
    if mode_users is None or role == "owner":
        return True
    mode, users = mode_users
    return mode == "editors" or user_id in users


def check_action(ctx: ActionContext, action: dict[str, Any]) -> None:
    if ctx.user_id is None:
        return
    spec = get_handler(action.get("type"))
    if spec is None:
        return
    role = _role(ctx)
    if role is None:
        raise ApiError(404, "not_found", "This base does not exist.")
    if not at_least(role, spec.min_role):
        raise forbidden(f"You need the {spec.min_role} role in this base to do this.")
    if role == "owner":
        return
    _check_access(ctx, action, spec.type)
    if spec.type in ROW_ACTIONS:
        table = _table(ctx, action.get("table_id"))
        if table is None:
            return  # the handler reports the bad table id
        _check_op(ctx, table, ROW_ACTIONS[spec.type], role)
        if spec.type == "update_rows" or (spec.type == "insert_rows" and not action.get("raw")):
            _check_columns(ctx, action, table, _rules(ctx, table.id), role)
    elif spec.type == "set_links":
        _check_links(ctx, action, role)
    elif spec.type == "delete_imported_rows":
        table = _table(ctx, action.get("table_id"))
        if table is not None:
            _check_op(ctx, table, "delete", role)
    elif spec.type == "import_rows":
        # Imports into existing tables add rows (append) or add and change them (update).
        for plan in action.get("plans") or []:
            table = _table(ctx, getattr(plan, "table_id", None))
            if table is None or getattr(plan, "mode", None) == "new":
                continue
            _check_op(ctx, table, "add", role)
            if plan.mode == "update":
                _check_op(ctx, table, "edit", role)
            rules = _rules(ctx, table.id)
            for c in getattr(plan, "columns", []):
                cid = getattr(c, "column_id", None)
                col = table.column(cid) if isinstance(cid, int) else None
                if col is not None and getattr(c, "source", None) is not None and \
                        not allowed(rules.columns.get(col.id), ctx.user_id, role):
                    raise forbidden(f"You may not edit the cells of the column {col.name!r}.")


def _check_links(ctx: ActionContext, action: dict[str, Any], role: str) -> None:
    """Link cells: the column's permission, and "edit" for rows that existed before this action.

    Rows made by this same action (an insert with link values defers them to set_links) carry
    this action's time as their creation time; for those the table's add permission, checked
    on the insert, is what counts.
    """
    cid = action.get("column_id")
    found = ctx.schema.column(cid) if isinstance(cid, int) and not isinstance(cid, bool) else None
    links = action.get("links")
    if found is None or not isinstance(links, dict):
        return
    table, col = found
    rules = _rules(ctx, table.id)
    if not allowed(rules.columns.get(col.id), ctx.user_id, role):
        raise ApiError(403, "forbidden", f"You may not edit the cells of the column {col.name!r}.",
                       {col.key: ["no permission to edit this column"]})
    ids = [r for r in links if isinstance(r, str)]
    edits_old_rows = _any_older(ctx, table, ids)
    if edits_old_rows and not allowed(rules.table_ops.get("edit"), ctx.user_id, role):
        _check_op(ctx, table, "edit", role)
    # A two-way link changes the other table's link cells too: its column and edit permissions
    # bind as if the caller had edited those cells there.
    other = ctx.schema.column(col.options.get("other_column_id"))
    if other is None or other[1].id == col.id:
        return
    other_table, other_col = other
    other_rules = _rules(ctx, other_table.id)
    if not allowed(other_rules.columns.get(other_col.id), ctx.user_id, role):
        raise ApiError(403, "forbidden", f"You may not edit the cells of the column {other_col.name!r} "
                       f"of the table {other_table.name!r}, which this link also changes.",
                       {col.key: ["no permission to edit the other side of this link"]})
    if allowed(other_rules.table_ops.get("edit"), ctx.user_id, role):
        return
    targets = [v.get("_id") if isinstance(v, dict) else v for vals in links.values() if isinstance(vals, list)
               for v in vals]
    # Rows of this table that existed before may drop old partners there; targets that existed change.
    if edits_old_rows or _any_older(ctx, other_table, [v for v in targets if isinstance(v, str)]):
        _check_op(ctx, other_table, "edit", role)


def _reader(ctx: ActionContext) -> Reader | None:
    if "team.reader" not in ctx.cache:
        reader = load_reader(ctx.conn, ctx.base_id, ctx.user_id)
        if reader is not None:
            reader.schema = ctx.schema
        ctx.cache["team.reader"] = reader
    return ctx.cache["team.reader"]


def _row_ids(action: dict[str, Any], kind: str) -> list[str]:
    if kind == "set_links":
        links = action.get("links")
        return [r for r in links if isinstance(r, str)] if isinstance(links, dict) else []
    if kind in ("delete_rows", "move_rows"):
        ids = action.get("row_ids")
        return [r for r in ids if isinstance(r, str)] if isinstance(ids, list) else []
    rows = action.get("rows")
    return [r["_id"] for r in rows if isinstance(r, dict) and isinstance(r.get("_id"), str)] \
        if isinstance(rows, list) else []


def _check_access(ctx: ActionContext, action: dict[str, Any], kind: str) -> None:
    """The member's access rules on a row change: no hidden table or column, and every existing
    row changed within their read and edit rules (rows this same action made pass)."""
    if kind not in (*ROW_ACTIONS, "set_links"):
        return
    reader = _reader(ctx)
    if reader is None:
        return
    if kind == "set_links":
        cid = action.get("column_id")
        found = ctx.schema.column(cid) if isinstance(cid, int) and not isinstance(cid, bool) else None
        if found is None:
            return
        table, col = found
        cols = [col.id]
    else:
        table = _table(ctx, action.get("table_id"))
        if table is None:
            return
        cols = []
        if kind in ("update_rows", "insert_rows"):
            raw = bool(action.get("raw"))
            for row in action.get("rows") or []:
                cells = row.get("cells") if raw and isinstance(row, dict) else row
                for key in (cells if isinstance(cells, dict) else {}):
                    col = table.column_by_phys(key) if raw else table.resolve_key(key)
                    if col is not None:
                        cols.append(col.id)
    if reader.table_hidden(table.id):
        raise ApiError(404, "not_found", "This table does not exist.")
    hidden = reader.hidden_columns(table) & set(cols)
    if hidden:
        col = table.column(next(iter(hidden)))
        raise ApiError(403, "forbidden", f"You may not edit the cells of the column {col.name!r}.",
                       {col.key: ["hidden from you"]})
    if kind == "insert_rows":
        if reader.rule(table.id).read_only:
            raise forbidden(f"You may not add rows to the table {table.name!r}.")
        return
    allowed_rows = reader.clause("edit", table)
    ids = _row_ids(action, kind)
    if allowed_rows is None or not ids:
        return
    t = table.sa_table
    outside = ctx.conn.execute(sa.select(t.c._id).where(t.c._id.in_(ids), t.c._ctime != ctx.now,
                                                        sa.not_(sa.func.coalesce(allowed_rows, sa.false()))).limit(1)).first()
    if outside is not None:
        raise ApiError(403, "forbidden", f"You may not change the row {outside._id} of the table {table.name!r}.",
                       {"row_ids": ["outside your access rules"]})


def _any_older(ctx: ActionContext, table: Any, ids: list[str]) -> bool:
    """Whether any of these rows existed before this action (rows it made carry its time)."""
    if not ids:
        return False
    t = table.sa_table
    return ctx.conn.execute(sa.select(t.c._id).where(t.c._id.in_(ids), t.c._ctime != ctx.now).limit(1)).first() \
        is not None


def _table(ctx: ActionContext, table_id: Any) -> Any:
    if not isinstance(table_id, int) or isinstance(table_id, bool):
        return None
    return ctx.schema.table(table_id)


def _check_op(ctx: ActionContext, table: Any, op: str, role: str) -> None:
    if not allowed(_rules(ctx, table.id).table_ops.get(op), ctx.user_id, role):
        verb = {"add": "add rows to", "edit": "edit rows of", "delete": "delete rows of"}[op]
        raise forbidden(f"You may not {verb} the table {table.name!r}.")


def _check_columns(ctx: ActionContext, action: dict[str, Any], table: Any, rules: Rules, role: str) -> None:
    raw = bool(action.get("raw"))
    rows = action.get("rows")
    if not isinstance(rows, list):
        return
    keys: set[str] = set()
    for row in rows:
        if not isinstance(row, dict):
            continue
        cells = row.get("cells") if raw else row
        if isinstance(cells, dict):
            keys.update(k for k in cells if isinstance(k, str))
    for key in keys:
        col = table.column_by_phys(key) if raw else table.resolve_key(key)
        if col is None:
            continue
        if not allowed(rules.columns.get(col.id), ctx.user_id, role):
            raise ApiError(403, "forbidden", f"You may not edit the cells of the column {col.name!r}.",
                           {key: ["no permission to edit this column"]})


# -- reading and writing the settings (owners only; see server/api/members.py) -------------------
def table_permissions_json(conn: sa.Connection, table: Any) -> dict[str, Any]:
    rules = load_rules(conn, table.id)
    out: dict[str, Any] = {"table_id": table.id, "rows": {}, "columns": {}}
    for op in OPERATIONS:
        mode, users = rules.table_ops.get(op, ("editors", []))
        out["rows"][op] = {"mode": mode, "user_ids": users}
    for col in table.columns:
        if col.id in rules.columns:
            mode, users = rules.columns[col.id]
            out["columns"][col.key] = {"mode": mode, "user_ids": users}
    return out


def save_table_permissions(conn: sa.Connection, base_id: int, table: Any, rows: dict | None,
                           columns: dict | None) -> None:
    """Replace the given parts; `editors` removes a rule (it is the default)."""
    tp, cp = cat.table_permissions, cat.column_permissions
    for op, rule in (rows or {}).items():
        conn.execute(sa.delete(tp).where(tp.c.table_id == table.id, tp.c.operation == op))
        if rule["mode"] != "editors":
            conn.execute(sa.insert(tp).values(table_id=table.id, operation=op, base_id=base_id, mode=rule["mode"],
                                              user_ids=sorted(set(rule["user_ids"]))))
    for col_id, rule in (columns or {}).items():
        conn.execute(sa.delete(cp).where(cp.c.column_id == col_id))
        if rule["mode"] != "editors":
            conn.execute(sa.insert(cp).values(column_id=col_id, table_id=table.id, base_id=base_id,
                                              mode=rule["mode"], user_ids=sorted(set(rule["user_ids"]))))


def install() -> None:
    from server.actions.apply import register_check

    register_check(check_action)
