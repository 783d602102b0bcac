"""Kanban views through the API on SQLite and PostgreSQL: settings checked against the table
(422 naming the field), stacks with counts and sums and windows of one stack against a
plain-Python reference (with a filter and a sort), collaborator stacks, a card moved to
another stack by the normal row update, undone and redone, and a board through a backup."""

from __future__ import annotations

import io
import json
import random
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from server.query import indexes
from tests.helpers import ApiClient

STATUSES = ["Новый", "Напоминание", "Претензия", "Суд"]


@pytest.fixture
def board(owner: ApiClient) -> Iterator[dict[str, Any]]:
    """Invoices with a stage (single select), an amount and a manager; some stages empty."""
    cols = {"name": owner.base["tables"][0]["columns"][0]["id"]}
    cols["stage"] = owner.add_column("Stage", "single-select", {"options": [{"name": s} for s in STATUSES]})["id"]
    cols["amount"] = owner.add_column("Amount", "number")["id"]
    cols["tags"] = owner.add_column("Tags", "multiple-select", {"options": [{"name": "vip"}]})["id"]
    cols["photo"] = owner.add_column("Photo", "image")["id"]
    rnd = random.Random(16)
    amounts = rnd.sample(range(1, 10_000), 160)  # distinct: the sort has no ties
    rows = [{"Name": f"Счёт {i}", "Amount": amounts[i] if i % 11 else None,
             "Stage": rnd.choice([*STATUSES[:3], None])} for i in range(160)]  # nobody in «Суд»
    inserted = owner.insert(rows)
    yield {"cols": cols, "tid": owner.table_id, "ids": [r["_id"] for r in inserted]}
    indexes.wait_idle()


def _kanban(owner: ApiClient, board: dict, settings: dict, expect: int = 201, name: str = "Доска") -> Any:
    r = owner.post(f"/api/tables/{board['tid']}/views", {"name": name, "type": "kanban", "settings": settings},
                   expect=expect)
    return r["view"] if expect == 201 else r.get_json()["error"]


def _option_ids(owner: ApiClient, board: dict) -> dict[str, str]:
    cols = owner.get(f"/api/bases/{owner.base_id}")["tables"][0]["columns"]
    stage = next(c for c in cols if c["id"] == board["cols"]["stage"])
    return {o["name"]: o["id"] for o in stage["options"]["options"]}


def _stack_ids(owner: ApiClient, view_id: int, key: str, page: int = 50) -> list[str]:
    """Every card of a stack, read window by window."""
    out: list[str] = []
    while True:
        got = owner.get(f"/api/views/{view_id}/stacks/rows?stack={quote(key)}&offset={len(out)}&limit={page}")
        assert got["stack"] == key and len(got["rows"]) <= page
        out += [r["_id"] for r in got["rows"]]
        if len(got["rows"]) < page:
            return out


def test_settings_are_checked_against_the_table(owner: ApiClient, board: dict) -> None:
    c = board["cols"]
    for settings, field in [
        ({}, "settings.stack_column"),
        ({"stack_column": c["name"]}, "settings.stack_column"),        # a text column
        ({"stack_column": c["tags"]}, "settings.stack_column"),        # a multiple select
        ({"stack_column": 999_999}, "settings.stack_column"),
        ({"stack_column": c["stage"], "sum_column": c["stage"]}, "settings.sum_column"),
        ({"stack_column": c["stage"], "cover_column": c["amount"]}, "settings.cover_column"),
        ({"stack_column": c["stage"], "card_fields": [c["amount"], 999_999]}, "settings.card_fields[1]"),
        ({"stack_column": c["stage"], "frobnicate": 1}, "settings.frobnicate"),
        ({"stack_column": "Stage"}, "settings.stack_column"),
    ]:
        err = _kanban(owner, board, settings, expect=422)
        assert field in err["fields"], (settings, err)
    # An action sent straight to the actions endpoint is checked the same way (the check is in the action).
    for action in [
        {"type": "add_view", "table_id": board["tid"], "name": "Direct", "view_type": "kanban",
         "settings": {"stack_column": c["name"]}},
    ]:
        r = owner.post(f"/api/bases/{owner.base_id}/actions", {"action": action}, expect=422)
        assert "settings.stack_column" in r.get_json()["error"]["fields"]
    # The grid's own settings are checked as for a grid.
    err = _kanban(owner, board, {"stack_column": c["stage"], "sorts": [{"column_id": 999_999}]}, expect=422)
    assert "settings.sorts[0].column_id" in err["fields"]

    v = _kanban(owner, board, {"stack_column": c["stage"], "card_fields": [c["amount"]], "cover_column": c["photo"],
                               "sum_column": c["amount"], "row_colors": {"type": "by_select", "column_id": c["stage"]}})
    assert v["type"] == "kanban" and v["settings"]["stack_column"] == c["stage"]
    listed = owner.get(f"/api/bases/{owner.base_id}")["views"]  # the web app opens views from here
    assert [x["type"] for x in listed if x["id"] == v["id"]] == ["kanban"]
    assert v["settings"]["card_fields"] == [c["amount"]] and v["settings"]["collapsed"] == []
    # A change is checked against the view's own type; a grid does not take a kanban's settings.
    bad = owner.patch(f"/api/views/{v['id']}", {"settings": {"stack_column": c["amount"]}}, expect=422)
    assert "settings.stack_column" in bad.get_json()["error"]["fields"]
    bad = owner.post(f"/api/bases/{owner.base_id}/actions", {"action": {
        "type": "modify_view", "view_id": v["id"], "settings": {"stack_column": c["amount"]}}}, expect=422)
    assert "settings.stack_column" in bad.get_json()["error"]["fields"]
    owner.patch(f"/api/views/{v['id']}", {"settings": {**v["settings"], "collapsed": [""]}})
    grid = owner.post(f"/api/tables/{board['tid']}/views", {"name": "Grid"}, expect=201)["view"]
    owner.patch(f"/api/views/{grid['id']}", {"settings": {"stack_column": c["stage"]}}, expect=422)
    owner.get(f"/api/views/{grid['id']}/stacks", expect=422)
    owner.get(f"/api/views/{v['id']}/stacks/rows?stack=nope", expect=422)
    owner.get(f"/api/views/{v['id']}/stacks/rows", expect=422)  # which stack?
    types = {t["name"]: t for t in owner.get("/api/view-types")["view_types"]}
    assert types["kanban"]["reads"] == "stacks"
    assert {"stack_column", "card_fields", "sum_column", "filters", "sorts"} <= \
        set(types["kanban"]["settings_schema"]["properties"])


def test_stacks_and_windows_match_a_python_reference(owner: ApiClient, board: dict) -> None:
    c = board["cols"]
    opts = _option_ids(owner, board)
    v = _kanban(owner, board, {
        "stack_column": c["stage"], "sum_column": c["amount"], "collapsed": [opts["Суд"]],
        "filters": {"conjunction": "and", "filters": [{"column_id": c["amount"], "operator": "gt", "value": 1500}]},
        "sorts": [{"column_id": c["amount"], "direction": "desc"}]})
    rows = owner.rows(names=False, limit=1000)
    assert len(rows) == 160
    stage, amount = str(c["stage"]), str(c["amount"])
    shown = [r for r in rows if r.get(amount) is not None and r[amount] > 1500]
    shown.sort(key=lambda r: -r[amount])

    got = owner.get(f"/api/views/{v['id']}/stacks")
    assert got["stack_column"] == c["stage"]
    keys = [s["key"] for s in got["stacks"]]
    assert keys == ["", *[opts[s] for s in STATUSES]]  # empty first, then the options in order
    assert [s["label"] for s in got["stacks"]] == ["", *STATUSES]
    for s in got["stacks"]:
        expected = [r for r in shown if (r.get(stage) or "") == s["key"]]
        assert s["count"] == len(expected), s
        assert s["sum"] == pytest.approx(sum(r[amount] for r in expected)), s
        assert s["collapsed"] == (s["key"] == opts["Суд"])
        # Windows of 50 (and of 7, so windows end mid-stack) walk the stack in view order.
        assert _stack_ids(owner, v["id"], s["key"]) == [r["_id"] for r in expected], s["key"]
        assert _stack_ids(owner, v["id"], s["key"], page=7) == [r["_id"] for r in expected], s["key"]
    assert sum(s["count"] for s in got["stacks"]) == len(shown)
    assert got["stacks"][-1]["count"] == 0  # «Суд» is empty but listed, to drop cards on
    first = owner.get(f"/api/views/{v['id']}/stacks/rows?stack={opts['Новый']}")
    assert len(first["rows"]) <= 50 and first["limit"] == 50
    # Ad-hoc filters narrow the stacks too, as they narrow the grid's rows.
    q = quote(json.dumps([{"column_id": c["amount"], "operator": "lt", "value": 3000}]))
    narrow = owner.get(f"/api/views/{v['id']}/stacks?filters={q}")["stacks"]
    assert sum(s["count"] for s in narrow) == len([r for r in shown if r[amount] < 3000])


def test_moving_a_card_is_an_undoable_row_update(owner: ApiClient, board: dict) -> None:
    c = board["cols"]
    opts = _option_ids(owner, board)
    v = _kanban(owner, board, {"stack_column": c["stage"], "sum_column": c["amount"]})

    def counts() -> dict[str, tuple[int, float]]:
        return {s["key"]: (s["count"], s["sum"]) for s in owner.get(f"/api/views/{v['id']}/stacks")["stacks"]}

    card = next(r for r in owner.rows(names=False) if r.get(str(c["stage"])) == opts["Напоминание"]
                and r.get(str(c["amount"])))
    before = counts()
    owner.patch(f"/api/tables/{board['tid']}/rows", {"rows": [{"_id": card["_id"], str(c["stage"]): opts["Суд"]}]})
    after = counts()
    assert after[opts["Суд"]] == (1, pytest.approx(card[str(c["amount"])]))
    assert after[opts["Напоминание"]][0] == before[opts["Напоминание"]][0] - 1
    assert _stack_ids(owner, v["id"], opts["Суд"]) == [card["_id"]]
    owner.undo()
    assert counts() == before
    owner.redo()
    assert counts() == after
    # Into the empty stack and back.
    owner.patch(f"/api/tables/{board['tid']}/rows", {"rows": [{"_id": card["_id"], str(c["stage"]): None}]})
    assert card["_id"] in _stack_ids(owner, v["id"], "")
    owner.undo()
    assert _stack_ids(owner, v["id"], opts["Суд"]) == [card["_id"]]


def test_collaborator_stacks(owner: ApiClient, board: dict, app: Any) -> None:
    other = ApiClient(app)
    me = owner.user
    anna = other.signup("anna@example.com", name="Анна")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "anna@example.com", "role": "editor"}, expect=201)
    who = owner.add_column("Manager", "collaborator")["id"]
    ids = board["ids"]
    owner.patch(f"/api/tables/{board['tid']}/rows", {"rows": [
        {"_id": ids[0], str(who): [anna["id"]]}, {"_id": ids[1], str(who): [anna["id"]]},
        {"_id": ids[2], str(who): [me["id"], anna["id"]]}]})
    v = _kanban(owner, board, {"stack_column": who})
    stacks = {s["key"]: s for s in owner.get(f"/api/views/{v['id']}/stacks")["stacks"]}
    assert stacks[json.dumps([anna["id"]])]["count"] == 2 and stacks[json.dumps([anna["id"]])]["label"] == "Анна"
    assert stacks[json.dumps([me["id"]])]["count"] == 0  # every member has a stack to drop cards on
    assert stacks[json.dumps([me["id"], anna["id"]])]["count"] == 1
    assert stacks[""]["count"] == 157
    assert set(_stack_ids(owner, v["id"], json.dumps([anna["id"]]))) == {ids[0], ids[1]}
    owner.get(f"/api/views/{v['id']}/stacks/rows?stack=abc", expect=422)
    other.get(f"/api/views/{v['id']}/stacks")  # an editor reads the board
    stranger = ApiClient(app)
    stranger.signup("stranger@example.com")
    stranger.get(f"/api/views/{v['id']}/stacks", expect=404)
    stranger.get(f"/api/views/{v['id']}/stacks/rows?stack=", expect=404)


def test_a_backup_restores_the_board(owner: ApiClient, board: dict) -> None:
    c = board["cols"]
    v = _kanban(owner, board, {"stack_column": c["stage"], "sum_column": c["amount"], "card_fields": [c["amount"]],
                               "cover_column": c["photo"]})
    before = {s["label"]: (s["count"], s["sum"]) for s in owner.get(f"/api/views/{v['id']}/stacks")["stacks"]}
    data = owner.call("GET", f"/api/bases/{owner.base_id}/export", expect=200).get_data()
    restored = owner.call("POST", "/api/bases/import", expect=201, content_type="multipart/form-data",
                          data={"file": (io.BytesIO(data), "backup.tablo")}).get_json()
    base = owner.get(f"/api/bases/{restored['base_id']}")
    copy = next(x for x in base["views"] if x["name"] == "Доска")
    cols = {col["name"]: col["id"] for col in base["tables"][0]["columns"]}
    assert copy["type"] == "kanban"
    assert (copy["settings"]["stack_column"], copy["settings"]["sum_column"], copy["settings"]["card_fields"],
            copy["settings"]["cover_column"]) == (cols["Stage"], cols["Amount"], [cols["Amount"]], cols["Photo"])
    assert {s["label"]: (s["count"], s["sum"]) for s in owner.get(f"/api/views/{copy['id']}/stacks")["stacks"]} == before
