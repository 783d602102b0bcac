"""The calendar view in real Chromium: an event dragged to another day is stored (API), seen by a
second person live, undone; a row added from a day's «+»; screenshots in English and Russian at
1280×800 and 390×844 (agenda on a phone). Dates are relative to today."""

from __future__ import annotations

import time
import uuid
from datetime import date, timedelta
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

TODAY = date.today()
# Both inside the current month, so the month grid shows them whatever day the test runs.
TARGET = TODAY - timedelta(days=1) if TODAY.day > 15 else TODAY + timedelta(days=1)
ADD_DAY = TODAY - timedelta(days=2) if TODAY.day > 15 else TODAY + timedelta(days=2)


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


def _setup(server: Any, browser: Any, locale: str = "en-US") -> dict[str, Any]:
    """Anna's invoices with a due and a promise date and a calendar view on both; Boris edits."""
    anna, boris = new_page(browser, locale), new_page(browser, locale)
    for p in (anna, boris):
        p.set_viewport_size({"width": 1280, "height": 800})
    anna_email, boris_email = _email(), _email()
    sign_up(anna, server.url, anna_email, "Anna")
    sign_up(boris, server.url, boris_email, "Boris")
    api = Api(server.url, anna_email)
    base = api.post("/bases", {"name": "Invoices"})
    api.post(f"/bases/{base['id']}/members", {"email": boris_email, "role": "editor"})
    table = base["tables"][0]
    name = table["columns"][0]["id"]
    due = api.post(f"/tables/{table['id']}/columns", {"name": "Due", "type": "date"})["column"]["id"]
    promise = api.post(f"/tables/{table['id']}/columns", {"name": "Promise", "type": "date"})["column"]["id"]
    rows = api.post(f"/tables/{table['id']}/rows", {"rows": [
        {str(name): "Acme invoice", str(due): TODAY.isoformat()},
        {str(name): "Bolt invoice", str(due): (TODAY + timedelta(days=10)).isoformat(),
         str(promise): TODAY.isoformat()},
        {str(name): "Cora invoice", str(due): (TODAY - timedelta(days=8)).isoformat()},
    ]})["rows"]
    view = api.post(f"/tables/{table['id']}/views", {"name": "Payments", "type": "calendar", "settings": {
        "date_columns": [{"column_id": due, "color": "#EF4444"}, {"column_id": promise, "color": "#10B981"}]}})["view"]
    url = f"{server.url}/base/{base['id']}/table/{table['id']}/view/{view['id']}"
    return {"anna": anna, "boris": boris, "api": api, "table": table, "due": due, "name": name,
            "ids": [r["_id"] for r in rows], "url": url, "view": view}


def _event(page: Any, day: date, row_id: str) -> Any:
    return page.locator(f"[data-testid=cal-day-{day.isoformat()}] [data-testid=cal-event][data-row='{row_id}']")


def _stored_due(s: dict[str, Any], row_id: str, want: date) -> Any:
    """The row's stored due date, once it is `want` (the page shows a move before it is saved)."""
    deadline = time.monotonic() + 5
    while True:
        got = s["api"].get(f"/tables/{s['table']['id']}/rows/{row_id}")[str(s["due"])]
        if got == want.isoformat() or time.monotonic() > deadline:
            return got
        time.sleep(0.1)


def test_drag_an_event_seen_live_and_undone_then_add_from_a_day(server: Any, browser: Any, shot: Any) -> None:
    s = _setup(server, browser)
    anna, boris = s["anna"], s["boris"]
    acme = s["ids"][0]
    for p in (anna, boris):
        p.goto(s["url"])
        _event(p, TODAY, acme).wait_for()
    # The promise date places Bolt on today too, in the promise colour.
    assert _event(anna, TODAY, s["ids"][1]).count() == 1
    shot(anna, "calendar-month-en-1280")

    _event(anna, TODAY, acme).drag_to(anna.locator(f"[data-testid=cal-day-{TARGET.isoformat()}]"))
    _event(anna, TARGET, acme).wait_for(timeout=5000)
    assert _stored_due(s, acme, TARGET) == TARGET.isoformat()
    # Boris sees it move without doing anything.
    _event(boris, TARGET, acme).wait_for(timeout=5000)
    assert _event(boris, TODAY, acme).count() == 0

    # Ctrl+Z takes back exactly the move (not also the view made before it).
    anna.keyboard.press("Control+z")
    _event(anna, TODAY, acme).wait_for(timeout=5000)
    assert _stored_due(s, acme, TODAY) == TODAY.isoformat()
    assert s["api"].get(f"/views/{s['view']['id']}")["view"]["type"] == "calendar"
    _event(boris, TODAY, acme).wait_for(timeout=5000)

    # «+» on a day adds a row dated that day and opens its form.
    day = anna.locator(f"[data-testid=cal-day-{ADD_DAY.isoformat()}]")
    day.hover()
    anna.click(f"[data-testid=cal-add-{ADD_DAY.isoformat()}]")
    anna.locator("[role=dialog]").wait_for()
    rows = s["api"].get(f"/tables/{s['table']['id']}/rows")["rows"]
    added = [r for r in rows if r["_id"] not in s["ids"]]
    assert len(added) == 1 and added[0][str(s["due"])] == ADD_DAY.isoformat()
    anna.keyboard.press("Escape")
    _event(boris, ADD_DAY, added[0]["_id"]).wait_for(timeout=5000)

    # Clicking an event opens its row form.
    anna.locator("[role=dialog]").wait_for(state="detached")
    _event(anna, TODAY, acme).click()
    dialog = anna.locator("[role=dialog]")
    dialog.wait_for()
    assert dialog.locator("input, textarea").first.input_value() == "Acme invoice" or "Acme invoice" in dialog.inner_text()
    anna.keyboard.press("Escape")

    # Week and agenda show the same event.
    anna.click("[data-testid=cal-mode-week]")
    _event(anna, TODAY, acme).wait_for()
    shot(anna, "calendar-week-en-1280")
    anna.click("[data-testid=cal-mode-agenda]")
    _event(anna, TODAY, acme).wait_for()
    # Next and previous months, and back to today.
    title = anna.inner_text("[data-testid=cal-title]")
    anna.click("[data-testid=cal-next]")
    anna.wait_for_function("t => document.querySelector('[data-testid=cal-title]').innerText !== t", arg=title)
    anna.click("[data-testid=cal-today]")
    _event(anna, TODAY, acme).wait_for()
    assert not anna.js_errors and not boris.js_errors


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_calendar_screens(server: Any, browser: Any, shot: Any, lang: str) -> None:
    s = _setup(server, browser, "ru-RU" if lang == "ru" else "en-US")
    page = s["anna"]
    page.goto(s["url"])
    _event(page, TODAY, s["ids"][0]).wait_for()
    title = page.inner_text("[data-testid=cal-title]")
    assert str(TODAY.year) in title
    head = page.locator("[role=columnheader]").first.inner_text().lower()
    if lang == "ru":
        assert head.startswith("пн")  # a Russian week starts on Monday
    else:
        assert head.startswith("sun")  # an American one on Sunday
    page.click("[data-testid=cal-settings]")
    page.locator("[data-testid=cal-panel]").wait_for()
    shot(page, f"calendar-month-settings-{lang}-1280")
    # A phone opens the agenda.
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    page.locator("[data-testid=cal-agenda]").wait_for()
    _event(page, TODAY, s["ids"][0]).wait_for()
    # The calendar itself fits the phone's width (the page around it is the phone layout's work).
    assert page.evaluate("(() => { const c = document.querySelector('[data-testid=calendar]');"
                         " return c.scrollWidth <= c.clientWidth + 1 && c.getBoundingClientRect().right <= 391 })()")
    shot(page, f"calendar-agenda-{lang}-390")
    assert not page.js_errors


def test_a_calendar_made_from_the_add_view_dialog(server: Any, browser: Any, shot: Any) -> None:
    s = _setup(server, browser)
    page = s["anna"]
    page.goto(s["url"])
    page.click("[data-testid=add-view]")
    page.locator("[data-testid=add-view-dialog]").wait_for()
    page.fill("[data-testid=new-view-name]", "Due dates")
    page.click("[data-testid=view-type-calendar]")
    page.select_option("[data-testid=new-view-date_columns]", str(s["due"]))
    shot(page, "calendar-add-view-en-1280")
    page.click("[data-testid=add-view-create]")
    # The page shows the new view once it is made (the view open before showed the same event).
    page.locator("[data-testid=view-item].on:has-text('Due dates')").wait_for()
    _event(page, TODAY, s["ids"][0]).wait_for()
    made = None
    for _ in range(50):
        views = s["api"].get(f"/tables/{s['table']['id']}/views")["views"]
        made = next((v for v in views if v["name"] == "Due dates"), None)
        if made:
            break
        page.wait_for_timeout(100)
    assert made is not None
    assert made["type"] == "calendar" and [d["column_id"] for d in made["settings"]["date_columns"]] == [s["due"]]
    assert not page.js_errors

