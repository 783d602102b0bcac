"""The receivables base's «Задачи» board and «Календарь задач» (issue #16) in real Chromium, in
each language the base can be made in: the board shows the follow-ups stacked by status with
the reader's own tasks first in every stack, the calendar shows open tasks on their due dates;
screenshots of both at 1280×800 and 390×844 (the phone: touch, the agenda)."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import PASSWORD, SHOTS, Api, _open_contexts, sign_up

pytestmark = pytest.mark.browser

NAMES = {"ru": {"board": "Задачи", "calendar": "Календарь задач", "table": "Задачи по взысканию", "who": "Исполнитель"},
         "en": {"board": "Tasks", "calendar": "Follow-up calendar", "table": "Follow-ups", "who": "Assigned to"}}


def _wait(check: Any, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.1)


def _page(browser: Any, lang: str, phone: bool) -> Any:
    size = {"width": 390, "height": 844} if phone else {"width": 1280, "height": 800}
    ctx = browser.new_context(viewport=size, has_touch=phone, is_mobile=phone, locale="ru-RU" if lang == "ru" else "en-US")
    _open_contexts.append(ctx)
    page = ctx.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.js_errors = errors  # type: ignore[attr-defined]
    return page


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_template_task_board_and_calendar(server: Any, browser: Any, lang: str) -> None:
    names = NAMES[lang]
    page = _page(browser, lang, phone=False)
    email = f"tasks-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email, "Ольга" if lang == "ru" else "Olga")
    api = Api(server.url, email)
    me = api.get("/me")["user"]["id"]
    base = api.post("/bases", {"template": "receivables", "language": lang})
    table = next(t for t in base["tables"] if t["name"] == names["table"])
    who = str(next(c["id"] for c in table["columns"] if c["name"] == names["who"]))
    board = next(v for v in base["views"] if v["name"] == names["board"])
    cal = next(v for v in base["views"] if v["name"] == names["calendar"])
    board_url = f"{server.url}/base/{base['id']}/table/{table['id']}/view/{board['id']}"
    cal_url = f"{server.url}/base/{base['id']}/table/{table['id']}/view/{cal['id']}"

    page.goto(board_url)
    page.locator("[data-testid=kanban-card]").first.wait_for()
    # In every stack the cards the reader is assigned come first (what the API says they hold).
    for stack in page.locator("[data-testid=kanban-stack]").all():
        ids = [c.get_attribute("data-row") for c in stack.locator("[data-testid=kanban-card]").all()]
        key = stack.get_attribute("data-key")
        rows = api.get(f"/views/{board['id']}/stacks/rows?stack={key}&limit=500")["rows"]
        assert ids == [r["_id"] for r in rows][:len(ids)]
        mine = [me in (r.get(who) or []) for r in rows]
        assert mine == sorted(mine, reverse=True)
    page.screenshot(path=str(SHOTS / f"template-tasks-board-{lang}-1280.png"))
    # The sort editor names the first sort «Сначала мои» / "Mine first"; choosing another order
    # and back is stored as such.
    page.click("[data-testid=view-btn-sort]")
    first = page.locator("[data-testid=sort-direction]").first
    assert first.locator("option:checked").inner_text() == ("Сначала мои" if lang == "ru" else "Mine first")
    page.screenshot(path=str(SHOTS / f"template-tasks-sort-{lang}-1280.png"))

    def first_sort() -> dict:
        return api.get(f"/views/{board['id']}")["view"]["settings"]["sorts"][0]

    first.select_option("desc")
    _wait(lambda: first_sort() == {"column_id": int(who), "direction": "desc"})
    page.locator("[data-testid=sort-direction]").first.select_option("me_first")
    _wait(lambda: first_sort().get("me_first") is True)
    page.keyboard.press("Escape")
    page.goto(cal_url)
    page.locator("[data-testid=cal-event]").first.wait_for()
    page.screenshot(path=str(SHOTS / f"template-tasks-calendar-{lang}-1280.png"))
    assert page.js_errors == []  # type: ignore[attr-defined]

    phone = _page(browser, lang, phone=True)
    phone.goto(f"{server.url}/login")
    phone.fill("#email", email)
    phone.fill("#password", PASSWORD)
    phone.click("button[type=submit]")
    phone.wait_for_url(server.url + "/")
    phone.goto(board_url)
    phone.locator("[data-testid=kanban-card]").first.wait_for()
    assert phone.evaluate("() => document.documentElement.scrollWidth <= innerWidth")
    phone.screenshot(path=str(SHOTS / f"template-tasks-board-{lang}-390.png"))
    phone.goto(cal_url)
    phone.get_by_test_id("cal-agenda").wait_for()
    phone.locator("[data-testid=cal-event]").first.wait_for()
    assert phone.evaluate("() => document.documentElement.scrollWidth <= innerWidth")
    phone.screenshot(path=str(SHOTS / f"template-tasks-calendar-{lang}-390.png"))
    assert phone.js_errors == []  # type: ignore[attr-defined]
