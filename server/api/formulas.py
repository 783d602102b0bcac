"""The formula editor's endpoint: check a formula against a table without saving anything.

(Filters on computed columns need nothing here: the views feature asks a column type for
`result_type(col)` and uses that plain type's operators.)
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, validate

from server.api.access import table_access
from server.api.routing import route
from server.auth.service import Principal
from server.columns.computed import FormulaApiError, check_cycle, typecheck
from server.errors import not_found
from server.formulas import compiler as C
from server.formulas.parser import FormulaError
from server.state import state


class FormulaCheck(Schema):
    formula = fields.String(required=True, validate=validate.Length(min=1, max=10_000))
    column_id = fields.Integer(load_default=None, allow_none=True,
                               metadata={"description": "the formula column being edited (checks for cycles)"})


@route("/tables/{table_id}/formula/validate", "POST",
       "Check a formula: its result type, or the error with its position in the text", "formulas", body=FormulaCheck,
       responses={422: "the formula has a mistake; error.position gives start and end offsets"})
def validate_formula(principal: Principal, table_id: int, body: dict) -> Any:
    base_id, _ = table_access(principal, table_id)
    st = state()
    with st.db.read() as conn:
        schema = st.schema_cache.get(conn, base_id)
    table = schema.table(table_id)
    if table is None:
        raise not_found("This table does not exist.")
    col_id = body.get("column_id")
    if col_id is not None and table.column(col_id) is None:
        raise not_found(f"Column {col_id} is not in this table.")
    try:
        source, tree = C.source_text(body["formula"], table)
        check_cycle(schema, col_id, C.formula_refs(source))
        x = typecheck(schema, table, tree, (col_id,) if col_id is not None else ())
    except FormulaError as exc:
        raise FormulaApiError(exc, "formula") from None
    return {"result_type": x.kind, "formula": C.display_text(source, table), "source": source,
            "volatile": x.volatile}
