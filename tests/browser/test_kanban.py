"""A kanban board in real Chromium against a real server: Anna makes a kanban view from the
«add view» dialog on a table with a single select, drags an invoice from «Reminder» to
«Claim», the change is stored (checked through the API) and Boris, in another browser, sees
the card move within seconds; Anna's undo moves it back for both."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


def _stage_of(api: Api, table_id: int, row_id: str, stage_col: int) -> Any:
    return api.get(f"/tables/{table_id}/rows/{row_id}")[str(stage_col)]


def _wait_for(check: Any, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.1)


def _card_in(page: Any, key: str, name: str) -> Any:
    return page.locator(f"[data-testid=kanban-stack][data-key='{key}'] [data-testid=kanban-card]:has-text('{name}')")


def test_kanban_from_the_ui_drag_live_and_undo(server: Any, browser: Any, shot: Any) -> None:
    anna, boris = new_page(browser), new_page(browser, locale="ru-RU")
    anna_email, boris_email = _email(), _email()
    sign_up(anna, server.url, anna_email, "Anna")
    sign_up(boris, server.url, boris_email, "Борис")
    api = Api(server.url, anna_email)
    base = api.post("/bases", {"name": "Receivables"})
    api.post(f"/bases/{base['id']}/members", {"email": boris_email, "role": "editor"})
    table = base["tables"][0]
    tid = table["id"]
    name_col = str(table["columns"][0]["id"])
    stage = api.post(f"/tables/{tid}/columns", {"name": "Stage", "type": "single-select", "options": {"options": [
        {"name": "Reminder", "color": "#FDE68A"}, {"name": "Claim", "color": "#FCA5A5"},
        {"name": "Court", "color": "#C4B5FD"}]}})["column"]
    amount = api.post(f"/tables/{tid}/columns", {"name": "Amount", "type": "number"})["column"]
    opts = {o["name"]: o["id"] for o in stage["options"]["options"]}
    rows = api.post(f"/tables/{tid}/rows", {"rows": [
        {name_col: f"Invoice {i}", str(stage["id"]): ["Reminder", "Claim", "Reminder", None, "Court"][i],
         str(amount["id"]): 1000 * (i + 1)} for i in range(5)]})["rows"]
    moving = rows[0]["_id"]

    # Anna adds the view from the sidebar: a name, the type, the stack column.
    anna.goto(f"{server.url}/base/{base['id']}")
    anna.wait_for_selector("[data-testid=view-sidebar]")
    anna.click("[data-testid=add-view]")
    dialog = anna.locator("[data-testid=add-view-dialog]")
    dialog.wait_for()
    assert anna.locator("[data-testid=view-type-grid]").is_visible()
    anna.fill("[data-testid=new-view-name]", "Collection board")
    anna.click("[data-testid=view-type-kanban]")
    anna.select_option("[data-testid=new-view-stack_column]", str(stage["id"]))
    shot(anna, "kanban-01-add-view-en")
    anna.click("[data-testid=add-view-create]")
    anna.wait_for_url("**/view/*")
    view = next(v for v in api.get(f"/tables/{tid}/views")["views"] if v["name"] == "Collection board")
    assert view["type"] == "kanban" and view["settings"]["stack_column"] == stage["id"]
    _card_in(anna, opts["Reminder"], "Invoice 0").wait_for()
    labels = anna.locator("[data-testid=kanban-stack-label]").all_inner_texts()
    assert labels == ["No Stage", "Reminder", "Claim", "Court"]

    # The settings panel: the amount summed per stack, shown on cards.
    anna.click("[data-testid=kanban-settings-btn]")
    anna.select_option("[data-testid=kanban-sum-column]", str(amount["id"]))
    anna.locator("[data-testid=kanban-settings] label:has-text('Amount') input").check()
    reminder = anna.locator(f"[data-testid=kanban-stack][data-key='{opts['Reminder']}']")
    reminder.locator("[data-testid=kanban-sum]:has-text('4')").wait_for()
    assert reminder.locator("[data-testid=kanban-count]").inner_text() == "2"
    anna.click("[data-testid=kanban-settings-btn]")

    boris.goto(f"{server.url}/base/{base['id']}/table/{tid}/view/{view['id']}")
    _card_in(boris, opts["Reminder"], "Invoice 0").wait_for()
    anna.wait_for_selector("[data-testid=who-is-here] .face >> nth=1")

    # Anna drags «Invoice 0» from Reminder to Claim: one row update, seen by Boris.
    _card_in(anna, opts["Reminder"], "Invoice 0").drag_to(
        anna.locator(f"[data-testid=kanban-stack][data-key='{opts['Claim']}'] .cards"))
    _card_in(anna, opts["Claim"], "Invoice 0").wait_for()
    _wait_for(lambda: _stage_of(api, tid, moving, stage["id"]) == opts["Claim"])
    started = time.monotonic()
    _card_in(boris, opts["Claim"], "Invoice 0").wait_for(timeout=5000)
    assert time.monotonic() - started < 5
    assert _card_in(boris, opts["Reminder"], "Invoice 0").count() == 0
    claim = boris.locator(f"[data-testid=kanban-stack][data-key='{opts['Claim']}']")
    assert claim.locator("[data-testid=kanban-count]").inner_text() == "2"
    shot(anna, "kanban-02-moved-en-1280")
    boris.set_viewport_size({"width": 1280, "height": 800})
    shot(boris, "kanban-03-seen-by-boris-ru-1280")

    # Undo puts it back, for both.
    anna.click("[data-testid=undo]")
    _wait_for(lambda: _stage_of(api, tid, moving, stage["id"]) == opts["Reminder"])
    _card_in(anna, opts["Reminder"], "Invoice 0").wait_for()
    _card_in(boris, opts["Reminder"], "Invoice 0").wait_for(timeout=5000)

    # «+» in a stack adds a card there and opens it.
    anna.locator(f"[data-testid=kanban-stack][data-key='{opts['Court']}'] [data-testid=kanban-add]").click()
    _wait_for(lambda: anna.locator(f"[data-testid=kanban-stack][data-key='{opts['Court']}'] "
                                   "[data-testid=kanban-count]").inner_text() == "2")
    anna.wait_for_selector("[role=dialog]")  # the new card's row form
    anna.keyboard.press("Escape")
    anna.wait_for_selector("[role=dialog]", state="detached")

    # A collapsed stack stays collapsed (a view setting).
    anna.locator(f"[data-testid=kanban-stack][data-key='{opts['Court']}'] [data-testid=kanban-toggle]").click()
    _wait_for(lambda: api.get(f"/views/{view['id']}")["view"]["settings"]["collapsed"] == [opts["Court"]])

    anna.set_viewport_size({"width": 1280, "height": 800})
    shot(anna, "kanban-04-board-en-1280")
    anna.set_viewport_size({"width": 390, "height": 844})
    shot(anna, "kanban-05-board-en-390")
    boris.set_viewport_size({"width": 390, "height": 844})
    shot(boris, "kanban-06-board-ru-390")
    boris.set_viewport_size({"width": 1280, "height": 800})
    boris.click("[data-testid=add-view]")
    boris.click("[data-testid=view-type-kanban]")
    shot(boris, "kanban-07-add-view-ru")
    assert anna.js_errors == [] and boris.js_errors == []  # type: ignore[attr-defined]
