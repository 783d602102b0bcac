"""Undo and redo: the round-trip helper, per user and per client id, and conflicts with others.

`undo_round_trip(client, app, steps)` is the shared helper: it runs the steps (each one
action through the API), undoes them all and checks the base is exactly as before (schema
and data, tests/helpers.snapshot), then redoes them all and checks it is exactly as after.
Other test modules may import it: `from tests.test_undo import undo_round_trip`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.helpers import ApiClient, snapshot

Step = Callable[[ApiClient], Any]


def undo_round_trip(client: ApiClient, app: Any, steps: list[Step], client_id: str | None = None) -> None:
    """Run steps, undo all → the start exactly, redo all → the end exactly; nothing more to do either way."""
    body = {"client_id": client_id} if client_id else {}
    start = snapshot(app, client.base_id)
    version0 = client.get(f"/api/bases/{client.base_id}")["version"]
    for step in steps:
        step(client)
    end = snapshot(app, client.base_id)
    for _ in steps:
        client.undo(**body)
    assert snapshot(app, client.base_id) == start, "undoing every step did not restore the start"
    r = client.undo(expect=409, **body).get_json()["error"]
    assert r["code"] == "nothing_to_undo"
    for _ in steps:
        client.redo(**body)
    assert snapshot(app, client.base_id) == end, "redoing every step did not restore the end"
    assert client.redo(expect=409, **body).get_json()["error"]["code"] == "nothing_to_redo"
    # Undo and redo are actions too: the version only goes up.
    assert client.get(f"/api/bases/{client.base_id}")["version"] == version0 + 3 * len(steps)


def _rows(c: ApiClient, table_id: int | None = None) -> list[dict]:
    return c.rows(table_id=table_id)


def test_round_trip_over_every_kind_of_action(owner: ApiClient, app: Any) -> None:
    made: dict[str, Any] = {}

    def add_amount(c: ApiClient) -> None:
        made["amount"] = c.add_column("Amount", "number", {"precision": 2})

    def add_status(c: ApiClient) -> None:
        made["status"] = c.add_column("Status", "single-select", {"options": [{"name": "Open"}]})

    def insert(c: ApiClient) -> None:
        made["rows"] = c.insert([{"Name": f"r{i}", "Amount": i, "Status": "Open"} for i in range(5)])

    def update(c: ApiClient) -> None:
        c.patch(f"/api/tables/{c.table_id}/rows", {"rows": [{"_id": made["rows"][1]["_id"], "Amount": "1 000,5"},
                                                           {"_id": made["rows"][2]["_id"], "Name": None}]})

    def insert_between(c: ApiClient) -> None:
        c.post(f"/api/tables/{c.table_id}/rows", {"rows": [{"Name": "mid"}], "after": made["rows"][0]["_id"]},
               expect=201)

    def create_option(c: ApiClient) -> None:
        c.post(f"/api/tables/{c.table_id}/rows", {"rows": [{"Status": "Closed"}], "create_options": True},
               expect=201)

    def move(c: ApiClient) -> None:
        c.post(f"/api/bases/{c.base_id}/actions", {"action": {
            "type": "move_rows", "table_id": c.table_id, "row_ids": [made["rows"][4]["_id"]],
            "before": made["rows"][0]["_id"]}})

    def delete(c: ApiClient) -> None:
        c.delete(f"/api/tables/{c.table_id}/rows", {"row_ids": [made["rows"][3]["_id"]]})

    def retype(c: ApiClient) -> None:
        c.patch(f"/api/columns/{made['amount']['id']}", {"type": "text"})

    def rename_col(c: ApiClient) -> None:
        c.patch(f"/api/columns/{made['status']['id']}", {"name": "Состояние"})

    def drop_col(c: ApiClient) -> None:
        c.delete(f"/api/columns/{made['status']['id']}")

    def rename_table(c: ApiClient) -> None:
        c.patch(f"/api/tables/{c.table_id}", {"name": "Клиенты"})

    def new_table(c: ApiClient) -> None:
        made["t2"] = c.post(f"/api/bases/{c.base_id}/tables", {"name": "Second"}, expect=201)["table"]

    def duplicate(c: ApiClient) -> None:
        c.post(f"/api/tables/{c.table_id}/duplicate", {"with_rows": True}, expect=201)

    def drop_table(c: ApiClient) -> None:
        c.delete(f"/api/tables/{made['t2']['id']}")

    def batch(c: ApiClient) -> None:
        c.post(f"/api/bases/{c.base_id}/actions", {"action": {"type": "batch", "actions": [
            {"type": "insert_rows", "table_id": c.table_id, "rows": [{"Name": "in batch"}]},
            {"type": "add_column", "table_id": c.table_id, "name": "Flag", "column_type": "checkbox"},
        ]}})

    undo_round_trip(owner, app, [add_amount, add_status, insert, update, insert_between, create_option, move, delete, retype,
                                 rename_col, drop_col, rename_table, new_table, duplicate, drop_table, batch])


# Random sequences of row and column actions: whatever happens, undo-all and redo-all are exact.
_ops = st.lists(st.sampled_from(["insert", "update", "delete", "add_col", "retype", "move", "rename"]),
                min_size=1, max_size=6)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(ops=_ops, seed=st.integers(0, 1000))
def test_round_trip_of_random_sequences(app: Any, ops: list[str], seed: int) -> None:
    c = ApiClient(app)
    try:
        c.login("rand@example.com")
    except AssertionError:
        c.signup("rand@example.com")
    c.new_base(f"R{seed}")
    state = {"n": seed, "cols": 0}

    def make(op: str) -> Step:
        def run(cl: ApiClient) -> None:
            state["n"] += 1
            rows = _rows(cl)
            if op == "insert" or not rows:
                cl.insert([{"Name": str(state["n"])}, {"Name": None}])
            elif op == "update":
                cl.patch(f"/api/tables/{cl.table_id}/rows",
                         {"rows": [{"_id": rows[state["n"] % len(rows)]["_id"], "Name": str(state["n"] * 10)}]})
            elif op == "delete":
                cl.delete(f"/api/tables/{cl.table_id}/rows", {"row_ids": [rows[state["n"] % len(rows)]["_id"]]})
            elif op == "add_col":
                state["cols"] += 1
                cl.add_column(f"N{state['n']}", "number")
            elif op == "retype":
                primary = cl.get(f"/api/tables/{cl.table_id}")["columns"][0]
                cl.patch(f"/api/columns/{primary['id']}",
                         {"type": "number" if primary["type"] == "text" else "text"})
            elif op == "move":
                if len(rows) < 2:
                    cl.insert([{"Name": "7"}])
                else:
                    cl.post(f"/api/bases/{cl.base_id}/actions", {"action": {
                        "type": "move_rows", "table_id": cl.table_id, "row_ids": [rows[-1]["_id"]],
                        "before": rows[0]["_id"]}})
            else:
                cl.patch(f"/api/tables/{cl.table_id}", {"name": f"T{state['n']}"})
        return run

    undo_round_trip(c, app, [make(op) for op in ops])


def test_undo_is_per_user(owner: ApiClient, app: Any) -> None:
    editor = ApiClient(app)
    editor.signup("editor@example.com")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "editor@example.com", "role": "editor"}, expect=201)
    editor.base = owner.base
    rows = owner.insert([{"Name": "owner's"}])
    r = editor.undo(expect=409).get_json()["error"]
    assert r["code"] == "nothing_to_undo" and r["message"] == "There is nothing to undo."
    editor.insert([{"Name": "editor's"}])
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[0]["_id"], "Name": "changed"}]})
    editor.undo()  # the editor's insert only
    assert [r["Name"] for r in owner.rows()] == ["changed"]
    owner.undo()
    assert [r["Name"] for r in owner.rows()] == ["owner's"]


def test_undo_is_per_client_id_and_survives_a_reload(owner: ApiClient, app: Any) -> None:
    tab_a, tab_b = {"client_id": "tab-a"}, {"client_id": "tab-b"}
    owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "from A"}], **tab_a}, expect=201)
    owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "from B"}], **tab_b}, expect=201)
    # A fresh log-in (a reload, a new session) still finds tab A's last action in the log.
    again = ApiClient(app)
    again.login("owner@example.com")
    again.base = owner.base
    again.undo(client_id="tab-a")
    assert [r["Name"] for r in owner.rows()] == ["from B"]
    assert again.undo(expect=409, client_id="tab-a").get_json()["error"]["code"] == "nothing_to_undo"
    # The X-Tablo-Client header works as the client id too.
    again.call("POST", f"/api/bases/{owner.base_id}/undo", json={}, expect=200,
               headers={"X-Requested-With": "tablo", "X-Tablo-Client": "tab-b"})
    assert owner.rows() == []
    again.redo(client_id="tab-a")
    assert [r["Name"] for r in owner.rows()] == ["from A"]


def test_undo_refused_when_another_user_changed_the_same_cell(owner: ApiClient, app: Any) -> None:
    editor = ApiClient(app)
    editor.signup("bob@example.com", name="Bob")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "bob@example.com", "role": "editor"}, expect=201)
    editor.base = owner.base
    rows = owner.insert([{"Name": "a"}, {"Name": "b"}])
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[0]["_id"], "Name": "mine"}]})
    editor.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[0]["_id"], "Name": "Bob's"}]})
    before = snapshot(app, owner.base_id)
    version = owner.get(f"/api/bases/{owner.base_id}")["version"]
    err = owner.undo(expect=409).get_json()["error"]
    assert err["code"] == "undo_conflict"
    assert "Bob" in err["message"] and "overwrite" in err["message"]
    assert snapshot(app, owner.base_id) == before
    assert owner.get(f"/api/bases/{owner.base_id}")["version"] == version
    assert [r["Name"] for r in owner.rows()] == ["Bob's", "b"]


def test_undo_allowed_when_another_user_changed_other_cells(owner: ApiClient, app: Any) -> None:
    editor = ApiClient(app)
    editor.signup("bob@example.com", name="Bob")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "bob@example.com", "role": "editor"}, expect=201)
    editor.base = owner.base
    owner.add_column("Note", "text")
    rows = owner.insert([{"Name": "a", "Note": "x"}, {"Name": "b"}])
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[0]["_id"], "Name": "mine"}]})
    editor.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[0]["_id"], "Note": "Bob's"},
                                                                  {"_id": rows[1]["_id"], "Name": "Bob's"}]})
    owner.undo()
    assert [(r["Name"], r["Note"]) for r in owner.rows()] == [("a", "Bob's"), ("Bob's", None)]


def test_undo_of_row_insert_refused_after_another_user_edited_the_row(owner: ApiClient, app: Any) -> None:
    editor = ApiClient(app)
    editor.signup("bob@example.com", name="Bob")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "bob@example.com", "role": "editor"}, expect=201)
    editor.base = owner.base
    rows = owner.insert([{"Name": "new"}])
    editor.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": rows[0]["_id"], "Name": "kept"}]})
    assert owner.undo(expect=409).get_json()["error"]["code"] == "undo_conflict"
    assert [r["Name"] for r in owner.rows()] == ["kept"]


def test_redo_is_dropped_by_a_new_action(owner: ApiClient, app: Any) -> None:
    owner.insert([{"Name": "one"}])
    owner.undo()
    owner.insert([{"Name": "two"}])
    err = owner.redo(expect=409).get_json()["error"]
    assert err["code"] == "nothing_to_redo" and "changes since" in err["message"]
    assert [r["Name"] for r in owner.rows()] == ["two"]


def test_log_records_undo_and_redo(owner: ApiClient, app: Any) -> None:
    v0 = owner.get(f"/api/bases/{owner.base_id}")["version"]
    owner.insert([{"Name": "x"}])
    owner.undo()
    owner.redo()
    log = owner.get(f"/api/bases/{owner.base_id}/actions?since={v0}")
    assert [(a["kind"], a["type"]) for a in log["actions"]] == [("do", "insert_rows"), ("undo", "delete_rows"),
                                                               ("redo", "insert_rows")]
    assert [a["version"] for a in log["actions"]] == [v0 + 1, v0 + 2, v0 + 3] and log["version"] == v0 + 3
    assert log["actions"][0]["undone"] and log["actions"][1]["undone"] and not log["actions"][2]["undone"]
    assert all(a["user"]["email"] == "owner@example.com" for a in log["actions"])
