"""Bad input on every write endpoint: malformed JSON, wrong types, unknown columns, oversized
batches, read-only columns, and hypothesis-generated bodies.

Each refusal must answer `{"error": {"code", "message", "fields"}}` naming the field (and
the row), and change NOTHING: the base's snapshot (schema and data) and version are compared
before and after.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.helpers import ApiClient, snapshot

OK = {200, 201}


@contextmanager
def unchanged(owner: ApiClient) -> Iterator[None]:
    """The block must leave the base exactly as it was, version included."""
    app = owner.app
    before = snapshot(app, owner.base_id)
    version = owner.get(f"/api/bases/{owner.base_id}")["version"]
    yield
    assert snapshot(app, owner.base_id) == before
    assert owner.get(f"/api/bases/{owner.base_id}")["version"] == version


def error_of(resp: Any, status: int) -> dict:
    assert resp.status_code == status, resp.get_data(as_text=True)
    body = resp.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "fields"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["fields"], dict)
    return body["error"]


@pytest.fixture
def base(owner: ApiClient) -> dict:
    """The owner's base with typed columns and two rows."""
    cols = {
        "Amount": owner.add_column("Amount", "number", {"min": 0}),
        "Status": owner.add_column("Status", "single-select", {"options": [{"name": "Open"}]}),
        "Due": owner.add_column("Due", "date"),
        "No": owner.add_column("No", "auto-number"),
        "Created": owner.add_column("Created", "ctime"),
    }
    rows = owner.insert([{"Name": "a", "Amount": 1}, {"Name": "b"}])
    return {"cols": cols, "rows": rows}


def write_endpoints(owner: ApiClient, base: dict) -> list[tuple[str, str]]:
    t, b = owner.table_id, owner.base_id
    col = base["cols"]["Amount"]["id"]
    return [
        ("POST", "/api/bases"), ("PATCH", f"/api/bases/{b}"), ("POST", f"/api/bases/{b}/tables"),
        ("PATCH", f"/api/tables/{t}"), ("POST", f"/api/tables/{t}/duplicate"), ("POST", f"/api/tables/{t}/columns"),
        ("PATCH", f"/api/columns/{col}"), ("POST", f"/api/tables/{t}/rows"), ("PATCH", f"/api/tables/{t}/rows"),
        ("DELETE", f"/api/tables/{t}/rows"), ("POST", f"/api/bases/{b}/actions"), ("POST", f"/api/bases/{b}/undo"),
        ("POST", f"/api/bases/{b}/redo"), ("POST", "/api/tokens"), ("PATCH", "/api/me"),
        ("POST", "/api/me/password"), ("POST", f"/api/bases/{b}/members"),
    ]


def test_malformed_json_everywhere(owner: ApiClient, base: dict) -> None:
    with unchanged(owner):
        for method, path in write_endpoints(owner, base):
            resp = owner.call(method, path, data='{"rows": [', content_type="application/json")
            err = error_of(resp, 400)
            assert err["code"] == "malformed_json" and "body" in err["fields"], (method, path)


def test_wrong_types_name_the_field(owner: ApiClient, base: dict) -> None:
    t, b = owner.table_id, owner.base_id
    cases = [
        ("POST", f"/api/tables/{t}/rows", {"rows": "not a list"}, "rows"),
        ("POST", f"/api/tables/{t}/rows", {"rows": [1, 2]}, "rows.0"),
        ("PATCH", f"/api/tables/{t}/rows", {"rows": {"_id": "x"}}, "rows"),
        ("DELETE", f"/api/tables/{t}/rows", {"row_ids": [1, 2]}, "row_ids.0"),
        ("POST", f"/api/tables/{t}/columns", {"name": 5, "type": "text"}, "name"),
        ("POST", f"/api/tables/{t}/columns", {"name": "X", "type": "no-such-type"}, "type"),
        ("POST", f"/api/tables/{t}/columns", {"name": "X", "type": "number", "options": {"precision": 99}},
         "options.precision"),
        ("POST", f"/api/tables/{t}/columns", {"name": "Amount", "type": "text"}, "name"),
        ("PATCH", f"/api/columns/{base['cols']['Amount']['id']}", {"options": {"format": "roman"}}, "options.format"),
        ("PATCH", f"/api/tables/{t}", {"name": ""}, "name"),
        ("POST", f"/api/bases/{b}/tables", {"name": ["x"]}, "name"),
        ("POST", f"/api/bases/{b}/actions", {"action": {"type": "drop_everything"}}, "type"),
        ("POST", f"/api/bases/{b}/actions", {"action": "insert_rows"}, "action"),
        ("POST", f"/api/bases/{b}/actions", {"action": {"type": "insert_rows", "table_id": "1", "rows": [{}]}},
         "table_id"),
        ("POST", f"/api/bases/{b}/undo", {"client_id": "x" * 65}, "client_id"),
        ("POST", "/api/tokens", {"base_id": "one"}, "base_id"),
        ("POST", "/api/bases", {"name": None}, "name"),
    ]
    with unchanged(owner):
        for method, path, body, field in cases:
            resp = owner.call(method, path, json=body)
            assert resp.status_code in (400, 409, 422), (method, path, resp.status_code)
            err = error_of(resp, resp.status_code)
            assert field in err["fields"], (method, path, body, err)


def test_row_values_name_the_row_and_column_and_write_nothing(owner: ApiClient, base: dict) -> None:
    t = owner.table_id
    rows = base["rows"]
    with unchanged(owner):
        resp = owner.call("POST", f"/api/tables/{t}/rows", json={"rows": [
            {"Name": "fine", "Amount": 5}, {"Amount": "много"}, {"Nope": 1}, {"Due": "31.02.2026"},
            {"Status": "Closed"}, {"Amount": -1}, {"No": "A-1"}, {"Created": "2026-01-01"}, {"_mtime": "x"}]})
        err = error_of(resp, 422)
        f = err["fields"]
        assert "is not a number" in f["rows[1].Amount"][0]
        assert f["rows[2].Nope"] == ["no such column"]
        assert "not a real date" in f["rows[3].Due"][0]
        assert "not an option" in f["rows[4].Status"][0]
        assert "below the minimum" in f["rows[5].Amount"][0]
        assert "read-only" in f["rows[6].No"][0] and "read-only" in f["rows[7].Created"][0]
        assert "set by the server" in f["rows[8]._mtime"][0]
        assert "rows[0].Name" not in f
        assert err["message"].startswith("rows not added: rows[1].Amount")
        resp = owner.call("PATCH", f"/api/tables/{t}/rows", json={"rows": [
            {"_id": rows[0]["_id"], "Amount": 7}, {"_id": rows[1]["_id"], "Amount": [1]},
            {"_id": "short"}, {"_id": rows[0]["_id"], "Name": "twice"}]})
        f = error_of(resp, 422)["fields"]
        assert "rows[1].Amount" in f and "rows[2]._id" in f and "twice" in f["rows[3]._id"][0]
        # A row that does not exist: 404, and the other rows in the batch are not changed either.
        resp = owner.call("PATCH", f"/api/tables/{t}/rows", json={"rows": [
            {"_id": rows[0]["_id"], "Amount": 7}, {"_id": "A" * 22, "Amount": 1}]})
        assert error_of(resp, 404)["code"] == "not_found"
        resp = owner.call("DELETE", f"/api/tables/{t}/rows", json={"row_ids": [rows[0]["_id"], "B" * 22]})
        assert error_of(resp, 404)["code"] == "not_found"
        # A client-made row id that is taken.
        resp = owner.call("POST", f"/api/tables/{t}/rows", json={"rows": [{"_id": rows[0]["_id"]}]})
        assert "_id" in error_of(resp, 409)["fields"]


def test_oversized_batches_are_413(owner: ApiClient, base: dict) -> None:
    t = owner.table_id
    many = [{"Name": str(i)} for i in range(1001)]
    with unchanged(owner):
        err = error_of(owner.call("POST", f"/api/tables/{t}/rows", json={"rows": many}), 413)
        assert err["code"] == "too_large" and "1000" in err["message"]
        err = error_of(owner.call("PATCH", f"/api/tables/{t}/rows",
                                  json={"rows": [{"_id": base["rows"][0]["_id"]}] * 1001}), 413)
        err = error_of(owner.call("DELETE", f"/api/tables/{t}/rows", json={"row_ids": ["x" * 22] * 1001}), 413)
        err = error_of(owner.call("POST", f"/api/bases/{owner.base_id}/actions", json={"action": {
            "type": "insert_rows", "table_id": t, "rows": many}}), 413)
    # Exactly 1,000 is fine.
    assert len(owner.insert(many[:1000])) == 1000


def test_clients_cannot_send_raw_or_internal_actions(owner: ApiClient, base: dict) -> None:
    t = owner.table_id
    with unchanged(owner):
        for action in ({"type": "insert_rows", "table_id": t, "raw": True, "rows": [{"_id": "x", "cells": {}}]},
                       {"type": "update_rows", "table_id": t, "raw": True, "rows": []},
                       {"type": "batch", "actions": [{"type": "insert_rows", "table_id": t, "raw": True,
                                                      "rows": []}]}):
            err = error_of(owner.call("POST", f"/api/bases/{owner.base_id}/actions", json={"action": action}), 422)
            assert err["code"] == "unknown_action" and "type" in err["fields"]


def test_a_failing_action_in_a_batch_writes_nothing(owner: ApiClient, base: dict) -> None:
    t = owner.table_id
    with unchanged(owner):
        resp = owner.call("POST", f"/api/bases/{owner.base_id}/actions", json={"action": {"type": "batch", "actions": [
            {"type": "insert_rows", "table_id": t, "rows": [{"Name": "first"}]},
            {"type": "add_column", "table_id": t, "name": "New", "column_type": "text"},
            {"type": "update_rows", "table_id": t, "rows": [{"_id": base["rows"][0]["_id"], "Amount": "x"}]},
        ]}})
        assert "rows[0].Amount" in error_of(resp, 422)["fields"]


# -- hypothesis: whatever the body, a clean answer, and a refusal changes nothing ---------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
cell_keys = st.sampled_from(["Name", "Amount", "Status", "Due", "No", "Created", "_id", "Nope", "1", "_order"])
row_dicts = st.dictionaries(cell_keys, json_values, max_size=5)
bodies = st.one_of(
    json_values,
    st.fixed_dictionaries({"rows": st.lists(row_dicts, max_size=4)}, optional={"create_options": json_values,
                                                                             "after": json_values}),
    st.fixed_dictionaries({"row_ids": st.lists(json_values, max_size=4)}),
    st.fixed_dictionaries({"name": json_values, "type": st.sampled_from(["text", "number", "date", "x"]) | json_values},
                          optional={"options": json_values}),
    st.fixed_dictionaries({"action": st.fixed_dictionaries(
        {"type": st.sampled_from(["insert_rows", "update_rows", "delete_rows", "move_rows", "add_column",
                                  "modify_column", "batch", "nope"])},
        optional={"table_id": json_values, "rows": st.lists(row_dicts, max_size=3), "row_ids": json_values,
                  "column_id": json_values, "actions": json_values})}),
)
targets = st.sampled_from(["POST rows", "PATCH rows", "DELETE rows", "POST columns", "PATCH column", "POST actions",
                           "PATCH table", "POST tables"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(target=targets, body=bodies)
def test_generated_bodies(owner: ApiClient, base: dict, target: str, body: Any) -> None:
    method, what = target.split()
    path = {
        "rows": f"/api/tables/{owner.table_id}/rows", "columns": f"/api/tables/{owner.table_id}/columns",
        "column": f"/api/columns/{base['cols']['Amount']['id']}", "actions": f"/api/bases/{owner.base_id}/actions",
        "table": f"/api/tables/{owner.table_id}", "tables": f"/api/bases/{owner.base_id}/tables",
    }[what]
    before = snapshot(owner.app, owner.base_id)
    version = owner.get(f"/api/bases/{owner.base_id}")["version"]
    resp = owner.call(method, path, data=json.dumps(body), content_type="application/json")
    assert resp.status_code in OK | {400, 404, 409, 413, 422}, (target, body, resp.get_data(as_text=True))
    if resp.status_code not in OK:
        error_of(resp, resp.status_code)
        assert snapshot(owner.app, owner.base_id) == before, (target, body)
        assert owner.get(f"/api/bases/{owner.base_id}")["version"] == version


# -- one policy at the boundary (decision 0014) ---------------------------------------------------
def test_unknown_body_fields_are_refused_by_name(owner: ApiClient, base: dict) -> None:
    t, b = owner.table_id, owner.base_id
    # Was: a read token made, the misspelt field silently dropped.
    err = error_of(owner.call("POST", "/api/tokens", json={"base_id": b, "permission": "write"}), 422)
    assert err["code"] == "unknown_field" and err["fields"] == {"permission": ["unknown field"]}
    assert "permission" in err["message"]
    assert owner.get("/api/tokens")["tokens"] == []
    cases = [  # (method, path, body): the last field of each body is the unknown one
        ("POST", "/api/bases", {"name": "X", "colour": "red"}),
        ("PATCH", f"/api/bases/{b}", {"name": "Y", "icon": 1}),
        ("POST", f"/api/bases/{b}/tables", {"name": "T2", "rows": []}),
        ("PATCH", f"/api/tables/{t}", {"name": "T3", "hidden": True}),
        ("POST", f"/api/tables/{t}/columns", {"name": "C", "type": "text", "width": 90}),
        ("PATCH", f"/api/columns/{base['cols']['Amount']['id']}", {"options": {}, "typo": 1}),
        ("POST", f"/api/tables/{t}/rows", {"rows": [{"Name": "z"}], "upsert": True}),
        ("PATCH", f"/api/tables/{t}/rows", {"rows": [], "force": True}),
        ("DELETE", f"/api/tables/{t}/rows", {"row_ids": [], "all": True}),
        ("POST", f"/api/bases/{b}/actions", {"action": {"type": "insert_rows", "table_id": t, "rows": []},
                                             "dry_run": True}),
        ("POST", f"/api/tables/{t}/views", {"name": "V", "filter": "x"}),
        ("PATCH", "/api/me", {"name": "Me", "is_admin": True}),
        ("POST", f"/api/bases/{b}/members", {"email": "x@example.com", "role": "editor", "admin": True}),
    ]
    with unchanged(owner):
        for method, path, body in cases:
            err = error_of(owner.call(method, path, json=body), 422)
            assert err["code"] == "unknown_field", (method, path, err)
            assert list(err["fields"]) == [list(body)[-1]], (method, path, err)
    assert owner.get("/api/me")["user"]["name"] != "Me"


BAD_TEXTS = ["a\x00b", "bell\x07", "esc\x1b[0m", "\ud800", "tail \udfff"]


def test_control_characters_and_lone_surrogates_are_refused_everywhere(owner: ApiClient, base: dict,
                                                                       app: Any) -> None:
    t, b = owner.table_id, owner.base_id
    row = base["rows"][0]["_id"]
    name_id = next(c["id"] for c in owner.get(f"/api/tables/{t}")["columns"] if c["name"] == "Name")
    form = owner.post(f"/api/tables/{t}/views", {"name": "F", "type": "form",
                                                 "settings": {"fields": [{"column_id": name_id}]}}, expect=201)["view"]
    form_token = owner.post(f"/api/views/{form['id']}/share-links", {}, expect=201)["token"]
    anon = ApiClient(app)
    for bad in BAD_TEXTS:
        cases = [
            ("POST", f"/api/tables/{t}/rows", {"rows": [{"Name": "ok"}, {"Name": bad}]}, "rows[1].Name"),
            ("PATCH", f"/api/tables/{t}/rows", {"rows": [{"_id": row, "Name": bad}]}, "rows[0].Name"),
            ("POST", f"/api/tables/{t}/rows/{row}/comments", {"comment": bad}, "comment"),
            ("POST", f"/api/bases/{b}/tables", {"name": bad}, "name"),
            ("PATCH", f"/api/tables/{t}", {"name": bad}, "name"),
            ("POST", f"/api/tables/{t}/columns", {"name": bad, "type": "text"}, "name"),
            ("POST", "/api/bases", {"name": bad}, "name"),
            ("POST", f"/api/bases/{b}/actions", {"action": {"type": "insert_rows", "table_id": t,
                                                            "rows": [{bad: 1}]}}, f"action.rows[0].{escaped(bad)}"),
        ]
        with unchanged(owner):
            for method, path, body, field in cases:
                err = error_of(send(owner, method, path, body), 422)
                assert err["code"] == "bad_text" and list(err["fields"]) == [field], (method, path, bad, err)
            # Search and other query strings: the parameter is named. (A lone surrogate cannot be
            # sent in a URL: its bytes are not UTF-8, and arrive as U+FFFD.)
            if not any("\ud800" <= ch <= "\udfff" for ch in bad):
                err = error_of(owner.call("GET", f"/api/tables/{t}/search?q={_q(bad)}"), 422)
                assert list(err["fields"]) == ["q"]
                err = error_of(owner.call("GET", f"/api/tables/{t}/rows?search={_q(bad)}"), 422)
                assert list(err["fields"]) == ["search"]
            # The public form, without an account.
            resp = send(anon, "POST", f"/api/shared/{form_token}/form/submit", {"values": {"Name": bad}},
                        headers={})
            assert list(error_of(resp, 422)["fields"]) == ["values.Name"]
            # A text id in the path names nothing.
            error_of(owner.call("GET", f"/api/tables/{t}/rows/{_q(bad)}"), 404)
        assert owner.get(f"/api/tables/{t}/rows/{row}/comments")["comments"] == []
    # Tab, newline and carriage return are text like any other, on both databases.
    fine = "line one\r\nline\ttwo"
    owner.call("PATCH", f"/api/tables/{t}/rows", json={"rows": [{"_id": row, "Name": fine}]}, expect=200)
    assert owner.get(f"/api/tables/{t}/rows/{row}?keys=names")["Name"] == fine


def escaped(text: str) -> str:
    """How an answer quotes a field name holding refused characters (as \\uXXXX)."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)


def send(client: ApiClient, method: str, path: str, body: Any, **kw: Any) -> Any:
    """A JSON body as a client may send it: with \\u escapes (a lone surrogate cannot be UTF-8)."""
    return client.call(method, path, data=json.dumps(body), content_type="application/json", **kw)


def _q(text: str) -> str:
    from urllib.parse import quote

    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def test_deep_or_huge_json_is_400_not_500(owner: ApiClient, base: dict) -> None:
    deep = "[" * 100_000 + "]" * 100_000  # 200 KB
    with unchanged(owner):
        for method, path in write_endpoints(owner, base):
            err = error_of(owner.call(method, path, data=deep, content_type="application/json"), 400)
            assert err["code"] == "too_deep" and "body" in err["fields"], (method, path)
        nested: Any = "x"
        for _ in range(70):
            nested = {"a": nested}
        err = error_of(owner.call("POST", f"/api/tables/{owner.table_id}/rows",
                                  json={"rows": [{"Name": "x", "Amount": nested}]}), 400)
        assert err["code"] == "too_deep"
    # Quotes and brackets inside text do not count as nesting.
    rows = owner.insert([{"Name": "[" * 500 + '"{' * 100}])
    assert rows[0]["_id"]


def test_numbers_and_ids_beyond_64_bits_answer_404_or_422(owner: ApiClient, base: dict) -> None:
    t, b = owner.table_id, owner.base_id
    big = 2**63  # one past the largest 64-bit id
    with unchanged(owner):
        for path in (f"/api/tables/{big}/rows", f"/api/bases/{big}", f"/api/views/{big}/rows",
                     f"/api/columns/{big}", f"/api/tables/{10**30}/count"):
            error_of(owner.call("GET", path), 404)
        # No route matches (the web app's GET-only page route does: 405), never a database error.
        resp = owner.call("PATCH", f"/api/tables/{big}", json={"name": "x"})
        error_of(resp, resp.status_code)
        assert resp.status_code in (404, 405)
        for query in (f"offset={big}", f"limit={big}", f"offset={-big - 1}"):
            resp = owner.call("GET", f"/api/tables/{t}/rows?{query}")
            assert resp.status_code == 422, (query, resp.status_code)
            assert list(error_of(resp, 422)["fields"]) == [query.split("=")[0]]
        for body, field in (({"action": {"type": "delete_rows", "table_id": big, "row_ids": []}}, "action.table_id"),
                            ({"action": {"type": "insert_rows", "table_id": t, "rows": [{"Amount": 10**20}]}},
                             "action.rows[0].Amount")):
            err = error_of(owner.call("POST", f"/api/bases/{b}/actions", json=body), 422)
            assert err["code"] == "too_big_int" and list(err["fields"]) == [field]
        error_of(owner.call("POST", "/api/tokens", json={"base_id": big}), 422)
    # Catalog ids are 32-bit on PostgreSQL: one past, or the largest 64-bit number, names nothing.
    for n in (2**31, 2**63 - 1):
        error_of(owner.call("GET", f"/api/tables/{n}/rows"), 404)
        error_of(owner.call("GET", f"/api/views/{n}/rows?offset=5"), 404)
    error_of(owner.call("GET", f"/api/tables/{2**31 - 1}/rows"), 404)
    # A number cell takes a large value written as a decimal.
    row = owner.insert([{"Amount": 1e20}])[0]["_id"]
    assert owner.get(f"/api/tables/{t}/rows/{row}?keys=names")["Amount"] == 1e20
