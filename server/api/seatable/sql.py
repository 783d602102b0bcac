"""SeaTable's `POST /sql` route: the query is compiled by server/seatable/sql.py and run in one read."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.errors import ApiError
from server.seatable.sql import compile_select, result_reader, sql_error
from server.state import state
from server.views.reading import value_context

from .common import Gateway, gateway_route, json_object, text_param, truthy


@gateway_route("/sql", ["POST"])
def query(gw: Gateway) -> Any:
    body = json_object()
    text = text_param(body, "sql")
    params = body.get("parameters") or []
    if not isinstance(params, list):
        raise sql_error("parameters must be a list")
    st = state()
    with st.db.read() as conn:
        vctx = value_context(conn, gw.base_id)
        compiled = compile_select(gw.schema(conn), text, params, vctx.members)
        try:
            rows = conn.execute(compiled.stmt).all()
        except sa.exc.DBAPIError as exc:
            raise sql_error(f"the database could not run this query: {str(exc.orig).splitlines()[0]}") from None
    if compiled.capped and len(rows) >= compiled.limit:
        cap = compiled.limit - 1
        raise ApiError(413, "too_many_rows", f"the query returns more than {cap} rows; add LIMIT and OFFSET to "
                                             "page through them", {"sql": ["add LIMIT"]})
    read = result_reader(compiled, vctx, truthy(body.get("convert_keys")))
    return {"success": True, "error_message": "", "is_join_stmt": False,
            "results": [read(r) for r in rows],
            "metadata": [o.meta for o in compiled.outputs]}
