"""End-to-end basics of the API on both databases: sign up, build a base, write, undo, redo."""

from __future__ import annotations

from tests.helpers import ApiClient, snapshot


def test_build_a_base_and_undo_everything(owner: ApiClient, app) -> None:
    start = snapshot(app, owner.base_id)
    owner.add_column("Amount", "number")
    owner.add_column("Status", "single-select", {"options": [{"name": "Open"}, {"name": "Paid"}]})
    rows = owner.insert([{"Name": "Ромашка", "Amount": "1 234,50", "Status": "Open"}, {"Name": "Вектор"}])
    assert rows[0]["_id"] and len(rows[0]["_id"]) == 22
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[1]["_id"], "Amount": 7}]})
    got = owner.rows()
    assert [(r["Name"], r["Amount"], r["Status"]) for r in got] == [("Ромашка", 1234.5, "Open"), ("Вектор", 7.0, None)]
    end = snapshot(app, owner.base_id)
    for _ in range(4):
        owner.undo()
    assert snapshot(app, owner.base_id) == start
    owner.undo(expect=409)
    for _ in range(4):
        owner.redo()
    assert snapshot(app, owner.base_id) == end
    owner.redo(expect=409)


def test_openapi_and_docs(client: ApiClient) -> None:
    doc = client.get("/api/openapi.json")
    assert doc["openapi"].startswith("3.")
    for path in ("/api/auth/signup", "/api/bases/{base_id}", "/api/tables/{table_id}/rows",
                 "/api/bases/{base_id}/undo", "/api/tables/{table_id}/rows/{row_id}/history"):
        assert path in doc["paths"], path
    html = client.call("GET", "/api/docs", expect=200).get_data(as_text=True)
    assert "swagger-ui" in html
    assert client.call("GET", "/api/docs/static/swagger-ui-bundle.js", expect=200).data[:10]
