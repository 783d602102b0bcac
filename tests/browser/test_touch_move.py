"""Moving by touch on a phone (390×844, touch, mobile) in real Chromium: a finger cannot start an
HTML drag, so a kanban card's «Move…» button or a long press opens a sheet of stacks, and a tap
on one moves the card — one row update, checked through the API, seen by another member's
board, and taken back by the toolbar's undo. A calendar event moves the same way to a day of
the sheet (or one typed in). Screenshots of the sheet in Russian and English at both sizes."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import SHOTS, Api, _open_contexts, new_page, sign_up

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
WORDS = {"ru": {"stage": "Стадия", "due": "Срок", "opts": ["Напоминание", "Претензия", "Суд"], "row": "Счёт"},
         "en": {"stage": "Stage", "due": "Due", "opts": ["Reminder", "Claim", "Court"], "row": "Invoice"}}


def _phone_page(browser: Any, locale: str) -> Any:
    ctx = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True, locale=locale)
    _open_contexts.append(ctx)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.js_errors = errors  # type: ignore[attr-defined]
    return page


def _wait_for(check: Any, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.1)


def _long_press(page: Any, locator: Any, ms: int = 800) -> None:
    """A finger held on the element: touch events through the DevTools protocol (Playwright's
    `tap` lifts the finger at once)."""
    box = locator.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    page.wait_for_timeout(ms)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def _setup(server: Any, browser: Any, lang: str) -> dict[str, Any]:
    w = WORDS[lang]
    page = _phone_page(browser, "ru-RU" if lang == "ru" else "en-US")
    email = f"touch-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email, "Мария" if lang == "ru" else "Mary")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Взыскание" if lang == "ru" else "Collections"})
    table = base["tables"][0]
    tid = table["id"]
    name_col = str(table["columns"][0]["id"])
    stage = api.post(f"/tables/{tid}/columns", {"name": w["stage"], "type": "single-select", "options": {"options": [
        {"name": n, "color": c} for n, c in zip(w["opts"], ["#93C5FD", "#FDBA74", "#FCA5A5"], strict=True)]}})["column"]
    due = api.post(f"/tables/{tid}/columns", {"name": w["due"], "type": "date"})["column"]
    opts = [o["id"] for o in stage["options"]["options"]]
    today = dt.date.today()
    rows = api.post(f"/tables/{tid}/rows", {"rows": [
        {name_col: f"{w['row']} {i}", str(stage["id"]): w["opts"][i % 2], str(due["id"]): (today + dt.timedelta(days=i)).isoformat()}
        for i in range(4)]})["rows"]
    board = api.post(f"/tables/{tid}/views", {"name": "Доска" if lang == "ru" else "Board", "type": "kanban",
                                              "settings": {"stack_column": stage["id"]}})["view"]
    cal = api.post(f"/tables/{tid}/views", {"name": "Календарь" if lang == "ru" else "Calendar", "type": "calendar",
                                            "settings": {"date_columns": [{"column_id": due["id"]}]}})["view"]
    return {"page": page, "api": api, "email": email, "base": base, "tid": tid, "stage": stage["id"], "due": due["id"],
            "opts": opts, "rows": [r["_id"] for r in rows], "board": board, "cal": cal, "today": today}


def _cell(s: dict, row_id: str, col: int) -> Any:
    return s["api"].get(f"/tables/{s['tid']}/rows/{row_id}")[str(col)]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_phone_moves_a_card_by_touch_live_and_undo(server: Any, browser: Any, lang: str) -> None:
    s = _setup(server, browser, lang)
    page, opts, card_id = s["page"], s["opts"], s["rows"][0]
    # Another member watches the board on a desktop.
    other_email = f"watch-{uuid.uuid4().hex[:8]}@example.com"
    other = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    sign_up(other, server.url, other_email, "Boris")
    s["api"].post(f"/bases/{s['base']['id']}/members", {"email": other_email, "role": "editor"})
    url = f"{server.url}/base/{s['base']['id']}/table/{s['tid']}/view/{s['board']['id']}"
    other.goto(url)
    page.goto(url)
    card = page.locator(f"[data-testid=kanban-card][data-row='{card_id}']")
    card.wait_for()
    other.locator(f"[data-testid=kanban-stack][data-key='{opts[0]}'] [data-row='{card_id}']").wait_for()

    # «Move…» on the card: a sheet of the stacks, the card's own marked; a tap moves it.
    card.get_by_test_id("kanban-move").tap()
    sheet = page.get_by_test_id("move-sheet")
    sheet.wait_for()
    choices = sheet.get_by_test_id("move-choice")
    labels = [choices.nth(i).inner_text() for i in range(choices.count())]
    assert all(any(o in lbl for lbl in labels) for o in WORDS[lang]["opts"]), labels
    assert sheet.locator(f"[data-key='{opts[0]}']").is_disabled()
    assert page.evaluate("() => document.documentElement.scrollWidth <= innerWidth")
    page.screenshot(path=str(SHOTS / f"touch-move-sheet-{lang}-390.png"))
    sheet.locator(f"[data-testid=move-choice][data-key='{opts[2]}']").tap()
    sheet.wait_for(state="detached")
    _wait_for(lambda: _cell(s, card_id, s["stage"]) == opts[2])
    page.locator(f"[data-testid=kanban-stack][data-key='{opts[2]}'] [data-row='{card_id}']").wait_for()
    # Live: the other member's board shows it in its new stack within a second or two.
    started = time.monotonic()
    other.locator(f"[data-testid=kanban-stack][data-key='{opts[2]}'] [data-row='{card_id}']").wait_for(timeout=5000)
    assert time.monotonic() - started < 3

    # The toolbar's undo (a tap) takes the move back.
    page.get_by_test_id("undo").tap()
    _wait_for(lambda: _cell(s, card_id, s["stage"]) == opts[0])
    page.locator(f"[data-testid=kanban-stack][data-key='{opts[0]}'] [data-row='{card_id}']").wait_for()

    # A long press opens the same sheet; the tap that ends it does not open the row.
    _long_press(page, page.locator(f"[data-testid=kanban-card][data-row='{card_id}'] .title"))
    sheet.wait_for()
    assert page.locator("[role=dialog] #f" + str(s["stage"])).count() == 0
    sheet.locator(f"[data-testid=move-choice][data-key='{opts[1]}']").tap()
    _wait_for(lambda: _cell(s, card_id, s["stage"]) == opts[1])
    page.get_by_test_id("undo").tap()
    _wait_for(lambda: _cell(s, card_id, s["stage"]) == opts[0])

    # The sheet at desktop size (a touch screen may be wide), for the screenshots.
    page.set_viewport_size(DESKTOP)
    page.locator(f"[data-testid=kanban-card][data-row='{card_id}']").get_by_test_id("kanban-move").tap()
    sheet.wait_for()
    page.screenshot(path=str(SHOTS / f"touch-move-sheet-{lang}-1280.png"))
    page.locator(".sheet-backdrop").tap(position={"x": 20, "y": 20})  # a tap beside the sheet closes it
    sheet.wait_for(state="detached")
    assert _cell(s, card_id, s["stage"]) == opts[0]
    assert page.js_errors == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_phone_moves_a_calendar_event_by_touch_and_undo(server: Any, browser: Any, lang: str) -> None:
    s = _setup(server, browser, lang)
    page, row_id, today = s["page"], s["rows"][1], s["today"]
    day = (today + dt.timedelta(days=1)).isoformat()
    page.goto(f"{server.url}/base/{s['base']['id']}/table/{s['tid']}/view/{s['cal']['id']}")
    page.get_by_test_id("cal-agenda").wait_for()  # a phone opens on the agenda
    page.locator(f"[data-testid=cal-move][data-row='{row_id}']").tap()
    sheet = page.get_by_test_id("move-sheet")
    sheet.wait_for()
    assert sheet.locator(f"[data-key='{day}']").is_disabled()  # where it is now
    page.screenshot(path=str(SHOTS / f"touch-move-days-{lang}-390.png"))
    week = (today + dt.timedelta(days=8)).isoformat()
    sheet.locator(f"[data-testid=move-choice][data-key='{week}']").tap()  # a week later
    _wait_for(lambda: (_cell(s, row_id, s["due"]) or "")[:10] == week)
    page.get_by_test_id("undo").tap()
    _wait_for(lambda: (_cell(s, row_id, s["due"]) or "")[:10] == day)

    # Another day, typed into the sheet's date field.
    page.locator(f"[data-testid=cal-move][data-row='{row_id}']").tap()
    far = (today + dt.timedelta(days=20)).isoformat()
    sheet.get_by_test_id("move-other-day").fill(far)
    sheet.get_by_test_id("move-other-go").tap()
    _wait_for(lambda: (_cell(s, row_id, s["due"]) or "")[:10] == far)
    page.get_by_test_id("undo").tap()
    _wait_for(lambda: (_cell(s, row_id, s["due"]) or "")[:10] == day)
    assert page.js_errors == []  # type: ignore[attr-defined]
