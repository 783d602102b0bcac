"""The base screen in real Chromium: changes on «All rows» stay unsaved in the tab under a
«Save as view / Reset» bar (no view is made until it is saved), the toolbar keeps one line at
1280 px in both languages, table tabs that do not fit scroll and fold into a menu, and a
normal session logs no error in the console."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up
from tests.browser.test_grid_behaviour import _poll
from tests.browser.test_view_editors import _count, _setup, _wait_names

pytestmark = pytest.mark.browser


def _column_menu(page: Any, name: str, item: str) -> None:
    header = page.locator(".col-header", has_text=name)
    header.hover()
    header.locator(".col-menu-btn").click()
    page.click(f"[data-testid={item}]")


def _toolbar_height(page: Any) -> float:
    return page.evaluate("() => document.querySelector('.toolbar').getBoundingClientRect().height")


def test_all_rows_changes_stay_unsaved_until_saved_as_a_view(server: Any, browser: Any, shot: Any) -> None:
    anna, _boris, api, ids, cols = _setup(server, browser)
    base_id, table_id = ids["base"]["id"], ids["table"]["id"]
    anna.set_viewport_size({"width": 1280, "height": 800})
    anna.goto(f"{server.url}/base/{base_id}/table/{table_id}")
    _count(anna, "8 rows")
    assert anna.locator("[data-testid=unsaved-bar]").count() == 0
    # The default footer on «All rows»: the primary column counts the rows.
    anna.wait_for_selector(f".summary-cell[data-column='{cols['Name']}'] .summary-value:text-is('8')")

    # Sort from the column menu: the rows follow at once, the page stays on «All rows».
    _column_menu(anna, "Amount", "col-sort-desc")
    anna.wait_for_selector("[data-testid=unsaved-bar]")
    _wait_names(anna, ["Hive", "Cora", "Echo"])
    assert re.search(r"/table/\d+$", anna.url)
    assert anna.locator("[data-testid=view-badge-sort]").inner_text() == "1"

    # Filter through the toolbar panel: Status is Paid.
    _column_menu(anna, "Status", "col-filter")
    anna.wait_for_selector("[data-testid=view-panel-filter]")
    anna.select_option("[data-testid=cond-value]", label="Paid")
    _count(anna, "3 rows")
    _wait_names(anna, ["Cora", "Fern", "Dune"])
    anna.keyboard.press("Escape")
    # The footer follows the unsaved filter.
    anna.wait_for_selector(f".summary-cell[data-column='{cols['Name']}'] .summary-value:text-is('3')")

    # Hide a column and group by another.
    _column_menu(anna, "Due", "col-hide")
    anna.wait_for_selector(".col-header .name:text-is('Due')", state="detached")
    _column_menu(anna, "Status", "col-group")
    anna.get_by_test_id("group-header").first.wait_for()
    assert "Paid" in anna.get_by_test_id("group-header").first.inner_text()
    # Ctrl+F searches what is shown: «Acme» is filtered out, «Fern» is found.
    assert anna.locator("[data-testid=io-menu]").count() == 1
    anna.click("[data-testid=io-menu]")
    assert anna.locator("[data-testid=io-export-csv]").inner_text().strip() == "Export the rows shown to CSV"
    anna.keyboard.press("Escape")
    anna.mouse.click(700, 400)
    shot(anna, "unsaved-01-bar-en-1280")

    # Nothing was saved on the server: no view exists, and the rules survive a reload of the tab.
    assert api.get(f"/tables/{table_id}/views")["views"] == []
    anna.reload()
    anna.wait_for_selector("[data-testid=unsaved-bar]")
    _count(anna, "3 rows")
    assert anna.locator("[data-testid=view-badge-hide]").inner_text() == "1"
    assert api.get(f"/tables/{table_id}/views")["views"] == []

    # Save as view: a name, one action; the view opens with exactly these settings.
    anna.click("[data-testid=unsaved-save]")
    anna.fill("#dialog-input", "Paid, biggest first")
    anna.keyboard.press("Enter")
    anna.wait_for_url(re.compile(r"/view/\d+$"))
    view_id = int(anna.url.rsplit("/", 1)[1])
    views = api.get(f"/tables/{table_id}/views")["views"]
    assert [(v["id"], v["name"]) for v in views] == [(view_id, "Paid, biggest first")]
    s = views[0]["settings"]
    assert s["sorts"] == [{"column_id": cols["Amount"], "direction": "desc"}]
    assert s["filters"]["filters"][0]["column_id"] == cols["Status"]
    assert s["filters"]["filters"][0]["operator"] == "is"
    assert s["hidden_columns"] == [cols["Due"]]
    assert [g["column_id"] for g in s["group_by"]] == [cols["Status"]]
    assert s["summaries"] == {str(cols["Name"]): "count"}  # the default footer: no money column here
    assert anna.locator("[data-testid=unsaved-bar]").count() == 0
    _count(anna, "3 rows")
    # «All rows» is plain again (the changes went into the view).
    anna.click("[data-testid=all-rows]")
    anna.wait_for_url(re.compile(r"/table/\d+$"))
    _count(anna, "8 rows")
    assert anna.locator("[data-testid=unsaved-bar]").count() == 0

    # Saving was one undoable action.
    anna.click("[data-testid=undo]")
    assert _poll(lambda: api.get(f"/tables/{table_id}/views")["views"] == [], timeout=20)

    # Reset: back to plain «All rows», nothing saved.
    _column_menu(anna, "Amount", "col-sort-asc")
    anna.wait_for_selector("[data-testid=unsaved-bar]")
    _wait_names(anna, ["Gale", "Bolt", "Dune"])
    anna.click("[data-testid=unsaved-reset]")
    anna.wait_for_selector("[data-testid=unsaved-bar]", state="detached")
    _wait_names(anna, ["Acme", "Bolt", "Cora"])
    assert anna.locator("[data-testid=view-badge-sort]").count() == 0
    anna.reload()
    _count(anna, "8 rows")
    assert anna.locator("[data-testid=unsaved-bar]").count() == 0
    assert api.get(f"/tables/{table_id}/views")["views"] == []
    assert not anna.js_errors  # type: ignore[attr-defined]


def test_bar_and_one_line_toolbar_in_both_languages(server: Any, browser: Any, shot: Any) -> None:
    anna, _boris, api, ids, cols = _setup(server, browser)
    base_id, table_id = ids["base"]["id"], ids["table"]["id"]
    for lang, locale, count in (("ru", "ru-RU", "8 строк"), ("en", "en-US", "8 rows")):
        page = new_page(browser, locale=locale)
        page.context.add_cookies(anna.context.cookies())
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(f"{server.url}/base/{base_id}/table/{table_id}")
        _count(page, count)
        plain = _toolbar_height(page)
        # The busiest toolbar: a rule in every panel (each with its badge) and rows selected.
        _column_menu(page, "Amount", "col-sort-desc")
        page.wait_for_selector("[data-testid=unsaved-bar]")
        _column_menu(page, "Due", "col-hide")
        page.wait_for_selector("[data-testid=view-badge-hide]")
        _column_menu(page, "Status", "col-group")
        page.wait_for_selector("[data-testid=view-badge-group]")
        _column_menu(page, "Status", "col-filter")
        page.select_option("[data-testid=cond-value]", index=1)
        page.wait_for_selector("[data-testid=view-badge-filter]")
        page.keyboard.press("Escape")
        page.click("[data-testid=view-btn-colors]")
        page.select_option("[data-testid=colors-mode]", "by_select")
        page.wait_for_selector("[data-testid=view-badge-colors]")
        page.keyboard.press("Escape")
        first = page.locator(".ag-row[row-index='1'] .t-text").first
        first.click()
        page.keyboard.down("Shift")
        page.locator(".ag-row[row-index='3'] .t-text").first.click()
        page.keyboard.up("Shift")
        page.wait_for_selector("[data-testid=delete-rows]")
        shot(page, f"unsaved-02-toolbar-{lang}-1280")
        # One line (44 px), as without any rule; nothing inside is cut.
        assert _toolbar_height(page) == plain <= 46, (lang, plain, _toolbar_height(page))
        assert page.evaluate("() => { const t = document.querySelector('.toolbar'); return t.scrollWidth <= t.clientWidth }")
        for b in page.locator(".toolbar button").all():
            assert b.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), b.inner_text()
        bar = page.get_by_test_id("unsaved-bar")
        if lang == "ru":
            assert bar.get_by_role("button", name="Сохранить как представление").is_visible()
            assert bar.get_by_role("button", name="Сбросить").is_visible()
            assert "Изменения не сохранены" in bar.inner_text()
        else:
            assert bar.get_by_role("button", name="Save as view").is_visible()
            assert bar.get_by_role("button", name="Reset").is_visible()
        # A phone: the bar's buttons stay whole.
        page.set_viewport_size({"width": 390, "height": 844})
        page.get_by_test_id("unsaved-save").wait_for()
        for testid in ("unsaved-save", "unsaved-reset"):
            box = page.get_by_test_id(testid).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390, (lang, testid, box)
        shot(page, f"unsaved-03-bar-{lang}-390")
        page.get_by_test_id("unsaved-reset").click()
        page.wait_for_selector("[data-testid=unsaved-bar]", state="detached")
        assert not page.js_errors  # type: ignore[attr-defined]
    assert api.get(f"/tables/{table_id}/views")["views"] == []


def test_many_long_table_names_scroll_and_fold_into_a_menu(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser, locale="ru-RU")
    email = f"tabs-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Много таблиц"})
    names = [base["tables"][0]["name"]]
    for i in range(15):
        name = f"Дебиторская задолженность по договорам поставки {i + 1}"
        api.post(f"/bases/{base['id']}/tables", {"name": name})
        names.append(name)
    # Phones (≤480 px) list the tables in a drawer instead (tests/browser/test_phone.py).
    for width, height in ((1280, 800), (600, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.goto(f"{server.url}/base/{base['id']}")
        page.wait_for_selector("[data-testid=row-count]")
        # The tab strip scrolls inside its place; nothing sticks out of the window.
        assert page.evaluate("() => { const n = document.querySelector('nav.tabs'); return n.scrollWidth <= n.clientWidth + 1 }")
        tabs = page.locator(".tab-list")
        assert tabs.evaluate("e => e.scrollWidth > e.clientWidth")
        assert tabs.bounding_box()["width"] >= min(200, width / 3)
        # Every table is in the menu, its name whole.
        page.get_by_test_id("tables-more").click()
        menu = page.get_by_test_id("tables-menu")
        items = menu.get_by_role("menuitemradio")
        assert [i.inner_text().strip() for i in items.all()] == names
        assert menu.evaluate("m => [...m.querySelectorAll('button span')].every(s => s.scrollWidth <= s.clientWidth + 1)")
        box = menu.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        shot(page, f"tabs-menu-ru-{width}")
        # Picking the last opens it, and its tab scrolls into sight.
        items.last.click()
        page.wait_for_function("n => document.querySelector('.tab.on')?.innerText.trim() === n", arg=names[-1])
        page.wait_for_function("""() => {
            const l = document.querySelector('.tab-list').getBoundingClientRect()
            const t = document.querySelector('.tab.on').getBoundingClientRect()
            return t.left >= l.left - 1 && t.right <= l.right + 1
        }""")
        shot(page, f"tabs-ru-{width}")
        page.get_by_role("tab", name=names[0]).scroll_into_view_if_needed()
        page.get_by_role("tab", name=names[0]).click()
        page.wait_for_function("n => document.querySelector('.tab.on')?.innerText.trim() === n", arg=names[0])
    assert not page.js_errors  # type: ignore[attr-defined]


def test_a_normal_session_logs_no_console_error(server: Any, browser: Any) -> None:
    page = new_page(browser, locale="ru-RU")
    email = f"console-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"template": "receivables", "language": "ru"})
    errors: list[str] = []
    # From here on, signed in: any error in the console or any uncaught exception fails.
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{server.url}/base/{base['id']}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text")
    tables = api.get(f"/bases/{base['id']}")["tables"]
    shown = page.get_by_role("tab", selected=True).inner_text().strip()
    table = next(t for t in tables if t["name"] == shown)

    # The page has settled as a person would see it: footer sums shown, live connection open.
    page.wait_for_selector(".ag-row-pinned .summary-value")
    page.wait_for_selector("[data-testid=live-status]", state="detached")
    # Edit a cell: the primary text of the first row (select it, Enter, type, Enter).
    page.locator(".ag-row[row-index='0'] .t-text").first.click()
    page.keyboard.press("Enter")
    page.wait_for_selector(".ag-cell-inline-editing input")
    page.keyboard.press("Control+A")
    page.keyboard.type("СЧ-ТЕСТ-1")
    page.keyboard.press("Enter")
    assert _poll(lambda: len(api.get(f"/tables/{table['id']}/search", q="СЧ-ТЕСТ-1")["hits"]) == 1, timeout=20)

    # Switch views, then tables, then back to «All rows».
    for item in page.get_by_test_id("view-item").all()[:3]:
        item.click()
        page.wait_for_url(re.compile(r"/view/\d+$"))
        page.wait_for_selector("[data-testid=row-count]:not(:empty)")
    for tab in page.get_by_role("tab").all()[:4]:
        tab.click()
        page.wait_for_selector("[data-testid=row-count]:not(:empty)")
    page.click("[data-testid=all-rows]")
    page.wait_for_selector("[data-testid=row-count]:not(:empty)")
    page.wait_for_timeout(500)  # late answers (summaries, live) have arrived
    assert errors == []
