"""The phone layout (≤480 px) in real Chromium with touch: a 390×844 phone opens a base, finds
its tables and views in the drawer (a modal: Escape and the backdrop close it, a pick closes
it), and the base page, home and the dashboard never scroll sideways. Screenshots in Russian and
English at 390×844, and the base page at 1280×800 (desktop unchanged: tabs and views list)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.browser.conftest import SHOTS, Api, _open_contexts, new_page, sign_up

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
NO_SIDE_SCROLL = "() => document.documentElement.scrollWidth <= window.innerWidth"


def _phone_page(browser: Any, locale: str) -> Any:
    ctx = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True, locale=locale)
    _open_contexts.append(ctx)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.js_errors = errors  # type: ignore[attr-defined]
    return page


def _no_side_scroll(page: Any) -> None:
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"the page scrolls sideways: {widths}"


def _base(api: Any, lang: str) -> tuple[dict, dict, dict, dict]:
    """A base with two tables; the second has a saved view «Open ones»."""
    ru = lang == "ru"
    base = api.post("/bases", {"name": "Счета клиентов" if ru else "Client invoices"})
    first = base["tables"][0]
    name_col = first["columns"][0]["id"]
    api.post(f"/tables/{first['id']}/rows", {"rows": [{str(name_col): f"{'Счёт' if ru else 'Invoice'} {i}"} for i in range(1, 6)]})
    long = "Клиенты и их договоры поставки на весь следующий год" if ru else "Clients and their supply contracts for the whole of next year"
    second = api.post(f"/bases/{base['id']}/tables", {"name": long})["table"]
    view = api.post(f"/tables/{second['id']}/views", {"name": "Открытые" if ru else "Open ones"})["view"]
    return base, first, second, view


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_phone_drawer_and_no_side_scroll(server: Any, browser: Any, lang: str) -> None:
    page = _phone_page(browser, "ru-RU" if lang == "ru" else "en-US")
    email = f"phone-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email, "Phone")
    page.get_by_test_id("new-base").wait_for()
    page.wait_for_load_state("networkidle")
    _no_side_scroll(page)
    # The title row's buttons wrap under the title rather than run past the window's edge.
    assert page.evaluate("() => [...document.querySelectorAll('.title-row .btn')].every(b => b.getBoundingClientRect().right <= innerWidth)")
    page.screenshot(path=str(SHOTS / f"phone-home-{lang}-390.png"))
    api = Api(server.url, email)
    base, first, second, view = _base(api, lang)

    page.goto(f"{server.url}/base/{base['id']}/table/{first['id']}")
    page.get_by_test_id("row-card").first.wait_for()
    # The desktop's tabs and views list are gone; the toolbar names the open view.
    assert page.locator(".tab-list").is_hidden()
    assert page.get_by_test_id("view-sidebar").count() == 0
    assert page.get_by_test_id("phone-view-name").inner_text() == ("Все строки" if lang == "ru" else "All rows")
    _no_side_scroll(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"phone-base-{lang}-390.png"))

    # The drawer: a modal dialog, the button says it is open, focus inside, Escape closes it.
    opener = page.get_by_test_id("drawer-open")
    opener.tap()
    drawer = page.get_by_test_id("phone-drawer")
    drawer.wait_for()
    assert drawer.get_attribute("role") == "dialog" and drawer.get_attribute("aria-modal") == "true"
    assert opener.get_attribute("aria-expanded") == "true"
    assert page.evaluate("() => document.querySelector('[data-testid=phone-drawer]').contains(document.activeElement)")
    page.wait_for_timeout(250)  # the slide ends
    # Every table is listed, a long name whole (it wraps).
    names = page.get_by_test_id("drawer-table")
    assert [n.inner_text().strip() for n in names.all()] == [first["name"], second["name"]]
    assert drawer.evaluate("d => [...d.querySelectorAll('.drawer-table-name')].every(s => s.scrollWidth <= s.clientWidth + 1)")
    assert drawer.evaluate("d => d.getBoundingClientRect().right <= window.innerWidth")
    page.screenshot(path=str(SHOTS / f"phone-drawer-{lang}-390.png"))
    # Tab stays inside the drawer.
    for _ in range(8):
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.querySelector('[data-testid=phone-drawer]').contains(document.activeElement)")
    page.keyboard.press("Escape")
    drawer.wait_for(state="detached")
    assert opener.get_attribute("aria-expanded") == "false"

    # A tap on the backdrop closes it too.
    opener.tap()
    drawer.wait_for()
    page.wait_for_timeout(250)
    page.get_by_test_id("drawer-backdrop").tap(position={"x": 380, "y": 400})
    drawer.wait_for(state="detached")

    # Another table, then its view: each pick closes the drawer and the toolbar follows.
    opener.tap()
    page.get_by_test_id("drawer-table").filter(has_text=second["name"]).tap()
    drawer.wait_for(state="detached")
    page.wait_for_url(f"**/table/{second['id']}")
    assert page.get_by_test_id("phone-title").inner_text().split("\n")[0] == second["name"]
    opener.tap()
    page.get_by_test_id("view-item").filter(has_text=view["name"]).locator("a").tap()
    drawer.wait_for(state="detached")
    page.wait_for_url(f"**/view/{view['id']}")
    assert page.get_by_test_id("phone-view-name").inner_text() == view["name"]
    _no_side_scroll(page)

    # The dashboard of the receivables demo (charts, a table of numbers).
    demo = api.post("/bases", {"template": "receivables", "language": lang})
    page.goto(f"{server.url}/base/{demo['id']}/dashboard")
    page.get_by_test_id("chart").first.wait_for()
    page.wait_for_load_state("networkidle")
    _no_side_scroll(page)
    page.screenshot(path=str(SHOTS / f"phone-dashboard-{lang}-390.png"))
    assert page.js_errors == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_desktop_keeps_tabs_and_views_list(server: Any, browser: Any, lang: str) -> None:
    page = new_page(browser, "ru-RU" if lang == "ru" else "en-US")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = f"desk-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email, "Desk")
    base, first, _second, _view = _base(Api(server.url, email), lang)
    page.goto(f"{server.url}/base/{base['id']}/table/{first['id']}")
    page.locator(".ag-row .t-text").first.wait_for()
    assert page.get_by_test_id("row-cards").count() == 0
    assert page.locator(".tab-list").is_visible()
    assert page.get_by_test_id("view-sidebar").is_visible()
    assert page.get_by_test_id("drawer-open").count() == 0
    page.screenshot(path=str(SHOTS / f"phone-desktop-{lang}-1280.png"))


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_phone_cards_search_edit_comment_add(server: Any, browser: Any, lang: str) -> None:
    """A grid view on a phone is a list of cards read in windows; a found card opens the row's
    full-screen form, where a field is edited and saved and a comment added; «+» adds a row."""
    page = _phone_page(browser, "ru-RU" if lang == "ru" else "en-US")
    email = f"cards-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email, "Cards")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Заказы" if lang == "ru" else "Orders"})
    table = base["tables"][0]
    name_col = table["columns"][0]["id"]
    amount = api.post(f"/tables/{table['id']}/columns", {"name": "Сумма" if lang == "ru" else "Amount", "type": "number"})["column"]["id"]
    api.post(f"/tables/{table['id']}/rows", {"rows": [
        {str(name_col): f"Row {i:03d}", str(amount): i * 10} for i in range(1, 121)]})

    page.goto(f"{server.url}/base/{base['id']}/table/{table['id']}")
    cards = page.get_by_test_id("row-card")
    cards.first.wait_for()
    assert page.locator(".ag-root").count() == 0  # no grid on a phone
    # The first window only (50 rows), the next one once the list is scrolled to its end.
    assert cards.count() == 50
    assert "Row 001" in cards.first.inner_text()
    assert "10" in cards.first.inner_text()  # Amount, the next visible field
    _no_side_scroll(page)
    page.screenshot(path=str(SHOTS / f"phone-cards-{lang}-390.png"))
    page.evaluate("() => { const l = document.querySelector('.row-cards .cards'); l.scrollTop = l.scrollHeight }")
    page.wait_for_function("() => document.querySelectorAll('[data-testid=row-card]').length === 100")

    # Find a row by search, tap its card: the form covers the screen.
    page.get_by_test_id("cards-search").fill("Row 077")
    page.wait_for_function("() => document.querySelectorAll('[data-testid=row-card]').length === 1")
    assert page.get_by_test_id("cards-hits").inner_text().endswith("1")
    card = cards.first
    assert "Row 077" in card.inner_text()
    row_id = card.get_attribute("data-row")
    card.tap()
    form = page.locator("[role=dialog] .panel, .panel[role=dialog]").first
    form.wait_for()
    box = form.bounding_box()
    assert box and box["width"] == PHONE["width"] and box["height"] == PHONE["height"], box
    page.screenshot(path=str(SHOTS / f"phone-row-{lang}-390.png"))

    # Edit a field, save, and the server has it.
    page.fill(f"#f{name_col}", "Row 077 paid")
    page.get_by_test_id("row-save").tap()
    deadline = 50
    while deadline and api.get(f"/tables/{table['id']}/rows/{row_id}")[str(name_col)] != "Row 077 paid":
        page.wait_for_timeout(100)
        deadline -= 1
    assert api.get(f"/tables/{table['id']}/rows/{row_id}")[str(name_col)] == "Row 077 paid"

    # A comment on the row.
    page.get_by_test_id("comment-input").fill("Called the client")
    page.get_by_test_id("comment-send").tap()
    page.get_by_test_id("comment").first.wait_for()
    comments = api.get(f"/tables/{table['id']}/rows/{row_id}/comments")["comments"]
    assert [c["comment"] for c in comments] == ["Called the client"]
    page.keyboard.press("Escape")
    form.wait_for(state="detached")

    # «+» adds a row and opens its form.
    page.get_by_test_id("cards-search").fill("")
    page.get_by_test_id("cards-add").tap()
    page.get_by_test_id("row-save").wait_for()
    assert api.get(f"/tables/{table['id']}/count")["count"] == 121
    assert page.js_errors == []  # type: ignore[attr-defined]
