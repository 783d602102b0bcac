"""Every action type declares its payload schema, the apply path checks payloads against it,
and the OpenAPI document lists every type (decision 0023)."""

from __future__ import annotations

from typing import Any

import pytest

from server.actions.schemas import ActionPayload
from tests.helpers import ApiClient, registered_action_types


def test_every_action_type_has_a_schema_with_its_type() -> None:
    handlers = registered_action_types()
    assert len(handlers) > 20
    for type_, h in handlers.items():
        assert issubclass(h.schema, ActionPayload), type_
        assert h.schema.__doc__, f"{type_}: say what the action does in its schema's docstring"
        assert h.strict.validate({"type": "not_" + type_}).get("type"), f"{type_}: `type` is checked"


def test_every_action_type_is_in_the_openapi(client: ApiClient) -> None:
    spec = client.get("/api/openapi.json")
    schemas = spec["components"]["schemas"]
    action = schemas["Action"]
    mapping = action["discriminator"]["mapping"]
    assert action["discriminator"]["propertyName"] == "type"
    assert [o["$ref"] for o in action["oneOf"]] == list(mapping.values())
    for type_, h in registered_action_types().items():
        name = h.schema.__name__
        assert schemas[name]["properties"]["type"]["enum"] == [type_], type_
        assert "type" in schemas[name]["required"]
        # Clients are offered the public types; internal ones are documented as server only.
        if h.public:
            assert mapping[type_] == f"#/components/schemas/{name}"
        else:
            assert type_ not in mapping and schemas[name]["description"].startswith("Server only"), type_
    # Where actions are posted, and inside a batch.
    body = spec["paths"]["/api/bases/{base_id}/actions"]["post"]["requestBody"]["content"]["application/json"]
    ref = body["schema"]["$ref"].rsplit("/", 1)[1]
    assert schemas[ref]["properties"]["action"] == {"$ref": "#/components/schemas/Action"}
    assert schemas["BatchAction"]["properties"]["actions"]["items"] == {"$ref": "#/components/schemas/Action"}
    assert schemas["InsertRowsAction"]["required"] == ["rows", "table_id", "type"]


def _post(owner: ApiClient, action: dict, expect: int) -> dict:
    return owner.post(f"/api/bases/{owner.base_id}/actions", {"action": action}, expect=expect).get_json()


def _version(owner: ApiClient) -> int:
    return owner.get(f"/api/bases/{owner.base_id}")["version"]


@pytest.mark.parametrize(("action", "field"), [
    ({"type": "insert_rows", "table_id": "1", "rows": [{}]}, "table_id"),
    ({"type": "insert_rows", "rows": [{}]}, "table_id"),
    ({"type": "insert_rows", "table_id": 0, "rows": [["a"]]}, "rows.0"),
    ({"type": "insert_rows", "table_id": 0, "rows": [{}], "after": 5}, "after"),
    ({"type": "delete_rows", "table_id": 0, "row_ids": [1]}, "row_ids.0"),
    ({"type": "add_column", "table_id": 0, "name": "X", "options": []}, "options"),
    ({"type": "add_table", "name": "T", "columns": [{"type": "text"}]}, "columns.0.name"),
    ({"type": "modify_view", "view_id": 1, "position": "first"}, "position"),
    ({"type": "reorder_views", "table_id": 0, "view_ids": [True, "2"]}, "view_ids.1"),
    ({"type": "add_chart", "table_id": 0, "name": "C"}, "settings"),
])
def test_a_malformed_payload_is_422_naming_the_field_and_writes_nothing(owner: ApiClient, action: dict,
                                                                       field: str) -> None:
    action = {k: (owner.table_id if v == 0 and k == "table_id" else v) for k, v in action.items()}
    before = _version(owner)
    err = _post(owner, action, 422)["error"]
    assert field in err["fields"], err
    assert _version(owner) == before


def test_an_unknown_field_is_refused(owner: ApiClient) -> None:
    err = _post(owner, {"type": "modify_table", "table_id": owner.table_id, "nmae": "X"}, 422)["error"]
    assert err["code"] == "unknown_field" and err["fields"] == {"nmae": ["unknown field"]}


def test_a_batch_with_one_malformed_action_writes_nothing(owner: ApiClient, app: Any) -> None:
    before = _version(owner)
    err = _post(owner, {"type": "batch", "actions": [
        {"type": "insert_rows", "table_id": owner.table_id, "rows": [{"Name": "kept?"}]},
        {"type": "delete_rows", "table_id": owner.table_id, "row_ids": "all"},
    ]}, 422)["error"]
    assert "row_ids" in err["fields"]
    assert _version(owner) == before and owner.rows() == []
