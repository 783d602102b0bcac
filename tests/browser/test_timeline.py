"""The timeline view in real Chromium: made from the «add view» dialog, its end and lanes set in
its panel, a bar dragged (start and end shift) and resized (end moves) — each stored (API), seen
by a second person live, undone with Ctrl+Z; a click opens the row form; screenshots in English
and Russian at 1280×800 and 390×844. Dates are relative to today."""

from __future__ import annotations

import time
import uuid
from datetime import date, timedelta
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

TODAY = date.today()
WEEK_PX = 22  # pixels per day at the week zoom (web/src/viewtypes/timeline.ts SCALE)


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


def _setup(server: Any, browser: Any, locale: str = "en-US", view: bool = False) -> dict[str, Any]:
    """Anna's project plan with start and end dates and a team per task; Boris edits."""
    anna, boris = new_page(browser, locale), new_page(browser, locale)
    for p in (anna, boris):
        p.set_viewport_size({"width": 1280, "height": 800})
    anna_email, boris_email = _email(), _email()
    sign_up(anna, server.url, anna_email, "Anna")
    sign_up(boris, server.url, boris_email, "Boris")
    api = Api(server.url, anna_email)
    base = api.post("/bases", {"name": "Project"})
    api.post(f"/bases/{base['id']}/members", {"email": boris_email, "role": "editor"})
    table = base["tables"][0]
    tid = table["id"]
    name = table["columns"][0]["id"]
    cols = {n: api.post(f"/tables/{tid}/columns", {"name": n, "type": k})["column"]["id"]
            for n, k in (("Start", "date"), ("End", "date"), ("Team", "text"))}
    day = lambda n: (TODAY + timedelta(days=n)).isoformat()  # noqa: E731
    ru = locale.startswith("ru")
    tasks = [("Макет" if ru else "Design", -3, 4, "Дизайн" if ru else "Design"),
             ("Вёрстка" if ru else "Build", 2, 12, "Разработка" if ru else "Engineering"),
             ("Тесты" if ru else "Testing", 9, 16, "Разработка" if ru else "Engineering"),
             ("Запуск" if ru else "Launch", 17, 17, "Маркетинг" if ru else "Marketing")]
    rows = api.post(f"/tables/{tid}/rows", {"rows": [
        {str(name): n, str(cols["Start"]): day(a), str(cols["End"]): day(b), str(cols["Team"]): team}
        for n, a, b, team in tasks]})["rows"]
    out = {"anna": anna, "boris": boris, "api": api, "tid": tid, "cols": cols, "ids": [r["_id"] for r in rows],
           "table_url": f"{server.url}/base/{base['id']}/table/{tid}"}
    if view:
        made = api.post(f"/tables/{tid}/views", {"name": "Plan" if not ru else "План", "type": "timeline",
                                                 "settings": {"start_column": cols["Start"], "end_column": cols["End"],
                                                              "group_column": cols["Team"]}})["view"]
        out["url"] = f"{out['table_url']}/view/{made['id']}"
    return out


def _bar(page: Any, row_id: str) -> Any:
    return page.locator(f"[data-testid=tl-bar][data-row='{row_id}']")


def _wait_from(page: Any, row_id: str, day: date) -> None:
    page.locator(f"[data-testid=tl-bar][data-row='{row_id}'][data-from='{day.isoformat()}']").wait_for(timeout=5000)


def _stored(s: dict[str, Any], row_id: str, col: str, want: date) -> Any:
    """The row's stored date in `col`, once it is `want` (the page shows a drag before it is saved)."""
    deadline = time.monotonic() + 5
    while True:
        got = s["api"].get(f"/tables/{s['tid']}/rows/{row_id}")[str(s["cols"][col])]
        if got == want.isoformat() or time.monotonic() > deadline:
            return got
        time.sleep(0.1)


def _drag(page: Any, target: Any, dx: float) -> None:
    box = target.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + dx / 2, y, steps=3)
    page.mouse.move(x + dx, y, steps=3)
    page.mouse.up()


def test_made_from_the_dialog_dragged_resized_seen_live_and_undone(server: Any, browser: Any, shot: Any) -> None:
    s = _setup(server, browser)
    anna, boris = s["anna"], s["boris"]
    design, build = s["ids"][0], s["ids"][1]
    anna.goto(s["table_url"])
    anna.click("[data-testid=add-view]")
    anna.locator("[data-testid=add-view-dialog]").wait_for()
    anna.fill("[data-testid=new-view-name]", "Plan")
    anna.click("[data-testid=view-type-timeline]")
    anna.select_option("[data-testid=new-view-start_column]", str(s["cols"]["Start"]))
    anna.click("[data-testid=add-view-create]")
    _bar(anna, design).wait_for()
    view = next(v for v in s["api"].get(f"/tables/{s['tid']}/views")["views"] if v["name"] == "Plan")
    assert view["type"] == "timeline" and view["settings"]["start_column"] == s["cols"]["Start"]
    # Without an end a bar is its start day; the panel gives it the end column and lanes by team.
    assert _bar(anna, design).get_attribute("data-until") == (TODAY - timedelta(days=2)).isoformat()
    anna.click("[data-testid=tl-settings]")
    anna.select_option("[data-testid=tl-end-column]", f"end:{s['cols']['End']}")
    anna.locator(f"[data-testid=tl-bar][data-row='{design}'][data-until='{(TODAY + timedelta(days=5)).isoformat()}']"
                 ).wait_for(timeout=5000)
    anna.select_option("[data-testid=tl-group-column]", str(s["cols"]["Team"]))
    anna.locator("[data-testid=tl-lane][data-lane=Engineering]").wait_for(timeout=5000)
    deadline = time.monotonic() + 5
    while (settings := s["api"].get(f"/views/{view['id']}")["view"]["settings"])["group_column"] is None \
            and time.monotonic() < deadline:
        time.sleep(0.1)  # the page shows the new settings before they are saved
    assert settings["end_column"] == s["cols"]["End"] and settings["group_column"] == s["cols"]["Team"]
    assert _bar(anna, build).locator("xpath=ancestor::section[@data-lane]").get_attribute("data-lane") == "Engineering"
    anna.click("[data-testid=tl-settings]")
    assert anna.locator("[data-testid=tl-today]").count() == 1

    url = anna.url
    boris.goto(url)
    _bar(boris, build).wait_for()

    # Dragging a bar shifts start and end together.
    _drag(anna, _bar(anna, build).locator(".tl-label"), 3 * WEEK_PX)
    moved = TODAY + timedelta(days=5)
    _wait_from(anna, build, moved)
    assert _stored(s, build, "Start", moved) == moved.isoformat()
    assert _stored(s, build, "End", TODAY + timedelta(days=15)) == (TODAY + timedelta(days=15)).isoformat()
    _wait_from(boris, build, moved)  # Boris sees it move without doing anything
    shot(anna, "timeline-week-en-1280")

    # Ctrl+Z takes back exactly the move.
    anna.keyboard.press("Control+z")
    _wait_from(anna, build, TODAY + timedelta(days=2))
    assert _stored(s, build, "Start", TODAY + timedelta(days=2)) == (TODAY + timedelta(days=2)).isoformat()
    assert _stored(s, build, "End", TODAY + timedelta(days=12)) == (TODAY + timedelta(days=12)).isoformat()
    _wait_from(boris, build, TODAY + timedelta(days=2))

    # Dragging the right edge moves the end only.
    _drag(anna, _bar(anna, design).locator("[data-testid=tl-resize]"), 2 * WEEK_PX)
    assert _stored(s, design, "End", TODAY + timedelta(days=6)) == (TODAY + timedelta(days=6)).isoformat()
    assert _stored(s, design, "Start", TODAY - timedelta(days=3)) == (TODAY - timedelta(days=3)).isoformat()
    boris.locator(f"[data-testid=tl-bar][data-row='{design}'][data-until='{(TODAY + timedelta(days=7)).isoformat()}']"
                  ).wait_for(timeout=5000)

    # A click opens the row form.
    _bar(anna, design).locator(".tl-label").click()
    dialog = anna.locator("[role=dialog]")
    dialog.wait_for()
    assert "Design" in dialog.inner_text() or dialog.locator("input, textarea").first.input_value() == "Design"
    anna.keyboard.press("Escape")

    # Zoom and navigation: months, later, back to today.
    anna.click("[data-testid=tl-zoom-month]")
    _bar(anna, design).wait_for()
    title = anna.inner_text("[data-testid=tl-title]")
    anna.click("[data-testid=tl-next]")
    anna.wait_for_function("t => document.querySelector('[data-testid=tl-title]').innerText !== t", arg=title)
    anna.click("[data-testid=tl-today-btn]")
    _bar(anna, design).wait_for()
    assert not anna.js_errors and not boris.js_errors


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_timeline_screens(server: Any, browser: Any, shot: Any, lang: str) -> None:
    s = _setup(server, browser, "ru-RU" if lang == "ru" else "en-US", view=True)
    page = s["anna"]
    page.goto(s["url"])
    _bar(page, s["ids"][0]).wait_for()
    page.click("[data-testid=tl-settings]")
    page.locator("[data-testid=tl-panel]").wait_for()
    shot(page, f"timeline-week-settings-{lang}-1280")
    page.click("[data-testid=tl-settings]")
    page.click("[data-testid=tl-zoom-day]")
    _bar(page, s["ids"][0]).wait_for()
    shot(page, f"timeline-day-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    _bar(page, s["ids"][0]).wait_for()
    # The timeline scrolls inside itself; the page does not get wider than the phone.
    assert page.evaluate("document.querySelector('[data-testid=timeline]').getBoundingClientRect().right <= 391")
    shot(page, f"timeline-week-{lang}-390")
    assert not page.js_errors
