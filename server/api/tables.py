"""Tables and columns: create, rename, reorder, duplicate, delete, restore; column types and options."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, validate

from server.api.access import base_role, column_access, run_action, table_access
from server.api.routing import route
from server.auth.service import Principal
from server.errors import not_found


class TableCreate(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    columns = fields.List(fields.Dict(), load_default=None,
                          metadata={"description": "[{name, type, options}]; the first is the primary column"})
    client_id = fields.String(load_default=None, allow_none=True)


class TablePatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    position = fields.Float()
    record_date_column_id = fields.Integer(strict=True, allow_none=True, metadata={
        "description": "the date or created-time column saying when a row came to exist, for reads as of a "
                       "date (docs/as-of.md); null for none"})
    client_id = fields.String(load_default=None, allow_none=True)


class TableDuplicate(Schema):
    name = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=200))
    with_rows = fields.Boolean(load_default=True)
    client_id = fields.String(load_default=None, allow_none=True)


class ColumnCreate(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    type = fields.String(required=True, metadata={"description": "a column type id, see GET /api/column-types"})
    options = fields.Dict(load_default=None, allow_none=True)
    description = fields.String(load_default="", validate=validate.Length(max=2000))
    after = fields.Integer(load_default=None, allow_none=True, metadata={"description": "place after this column"})
    client_id = fields.String(load_default=None, allow_none=True)


class ColumnPatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    type = fields.String()
    options = fields.Dict(allow_none=True)
    description = fields.String(validate=validate.Length(max=2000))
    position = fields.Float(allow_nan=False, metadata={
        "description": "the column's place: columns show by ascending position (e.g. the mean of its new neighbours')"})
    client_id = fields.String(load_default=None, allow_none=True)


def _strip(body: dict) -> dict:
    """A request body as an action payload: client_id travels apart, a column's type as column_type."""
    out = {k: v for k, v in body.items() if k not in ("client_id", "type")}
    if "type" in body:
        out["column_type"] = body["type"]
    return out


@route("/bases/{base_id}/tables", "POST", "Add a table (with a primary text column unless columns are given)",
       "tables", body=TableCreate, responses={201: "the new table"})
def create_table(principal: Principal, base_id: int, body: dict) -> Any:
    base_role(principal, base_id, "editor")
    action = {"type": "add_table", "name": body["name"]}
    if body.get("columns") is not None:
        action["columns"] = body["columns"]
    res = run_action(principal, base_id, action, body)
    return {"version": res.version, "table": _table_json(base_id, res.result["table_id"])}, 201


def _table_json(base_id: int, table_id: int) -> dict:
    from server.state import state

    st = state()
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, base_id).table(table_id)
    if table is None:  # hidden from this member (server.query.access)
        raise not_found("This table does not exist.")
    return table.to_json()


@route("/tables/{table_id}", "GET", "A table with its columns", "tables")
def get_table(principal: Principal, table_id: int) -> Any:
    base_id, _ = table_access(principal, table_id)
    return _table_json(base_id, table_id)


@route("/tables/{table_id}", "PATCH", "Rename or reorder a table, or name its record date column", "tables", body=TablePatch)
def patch_table(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    res = run_action(principal, base_id, {"type": "modify_table", "table_id": table_id, **_strip(body)}, body)
    return {"version": res.version, "table": _table_json(base_id, table_id)}


@route("/tables/{table_id}", "DELETE", "Move a table to the trash (restorable for 30 days, undoable)", "tables")
def delete_table(principal: Principal, table_id: int) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    res = run_action(principal, base_id, {"type": "delete_table", "table_id": table_id})
    return {"version": res.version}


@route("/tables/{table_id}/restore", "POST", "Restore a table from the trash", "tables")
def restore_table(principal: Principal, table_id: int) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    res = run_action(principal, base_id, {"type": "restore_table", "table_id": table_id})
    return {"version": res.version, "table": _table_json(base_id, table_id)}


@route("/tables/{table_id}/duplicate", "POST", "Duplicate a table, with or without its rows", "tables",
       body=TableDuplicate, responses={201: "the copy"})
def duplicate_table(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    action = {"type": "duplicate_table", "table_id": table_id, "with_rows": body["with_rows"]}
    if body.get("name"):
        action["name"] = body["name"]
    res = run_action(principal, base_id, action, body)
    return {"version": res.version, "table": _table_json(base_id, res.result["table_id"])}, 201


@route("/tables/{table_id}/columns", "POST", "Add a column", "columns", body=ColumnCreate,
       responses={201: "the new column"})
def create_column(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id, "editor")
    action = {"type": "add_column", "table_id": table_id, **_strip(body)}
    res = run_action(principal, base_id, action, body)
    return {"version": res.version, "column": res.result["column"]}, 201


@route("/columns/{column_id}", "PATCH", "Rename a column, change its options, type (with a conversion report) or position",
       "columns", body=ColumnPatch)
def patch_column(principal: Principal, column_id: int, body: dict) -> Any:
    base_id, _ = column_access(principal, column_id, "editor")
    res = run_action(principal, base_id, {"type": "modify_column", "column_id": column_id, **_strip(body)}, body)
    out = {"version": res.version, "column": res.result.get("column")}
    if "conversion" in res.result:
        out["conversion"] = res.result["conversion"]
    return out


@route("/columns/{column_id}", "DELETE", "Delete a column (undoable; restorable from the trash)", "columns")
def delete_column(principal: Principal, column_id: int) -> Any:
    base_id, _ = column_access(principal, column_id, "editor")
    res = run_action(principal, base_id, {"type": "delete_column", "column_id": column_id})
    return {"version": res.version}


@route("/columns/{column_id}/restore", "POST", "Restore a deleted column", "columns")
def restore_column(principal: Principal, column_id: int) -> Any:
    base_id, _ = column_access(principal, column_id, "editor")
    res = run_action(principal, base_id, {"type": "restore_column", "column_id": column_id})
    return {"version": res.version}
