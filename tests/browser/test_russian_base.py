"""The receivables base made in Russian reads in Russian only (issue #14): the grid, the select
picker, the filter editor with its pick-list open, the group headers and the dashboard hold no
Latin word (allowed: e-mail addresses, currency codes, the app's name «Tablo»). A person filters
«Статус = Просрочен» by picking the value from the list, and the view shows the overdue invoices.
The English base shows no Cyrillic. Screenshots at 1280x800 and 390x844."""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

ALLOWED_LATIN = {"RUB", "USD", "EUR", "Tablo"}
NOT_WORDS = re.compile(r"\S+@\S+")  # e-mail addresses are Latin by nature
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def latin_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]+", NOT_WORDS.sub(" ", text))) - ALLOWED_LATIN


def _visible_text(page: Any, selector: str) -> str:
    """What a person reads there; a column header's type icon («Aa» for text) is a glyph, not a word."""
    page.wait_for_selector(selector)
    return page.evaluate("""(sel) => {
        const style = document.createElement('style')
        style.textContent = '.type-mark { display: none !important }'
        document.head.appendChild(style)
        try {
            return [...document.querySelectorAll(sel)].map((e) => e.innerText).join('\\n')
        } finally {
            style.remove()
        }
    }""", selector)


def _no_english(page: Any, selector: str, what: str) -> str:
    text = _visible_text(page, selector)
    assert text.strip(), f"{what}: nothing visible"
    assert latin_words(text) == set(), f"{what}: {sorted(latin_words(text))}\n{text[:2000]}"
    return text


def _until(fn: Any, ok: Any, seconds: float = 10) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        got = fn()
        if ok(got) or time.monotonic() > deadline:
            return got
        time.sleep(0.2)


def _new_base(page: Any) -> int:
    page.get_by_test_id("new-from-template").click()
    page.get_by_test_id("template-receivables").click()
    # Making 300 invoices with their payments takes a while on a busy machine.
    page.wait_for_url(re.compile(r"/base/\d+"), timeout=90_000)
    page.wait_for_selector(".ag-row[row-index='0']", timeout=30_000)
    return int(re.search(r"/base/(\d+)", page.url).group(1))  # type: ignore[union-attr]


def _focus_first(page: Any, cell_class: str) -> None:
    """Walk right from the first cell with the keyboard until a cell of this type has focus."""
    page.locator(".ag-row[row-index='0'] .ag-cell").first.click()
    for _ in range(40):
        if page.locator(f".ag-cell-focus.{cell_class}, .ag-cell-focus .{cell_class}").count():
            return
        page.keyboard.press("ArrowRight")
    raise AssertionError(f"no {cell_class} cell in the first row")


def _last_value_on_a_phone(page: Any, panel: Any) -> None:
    """Narrow the window to a phone and click the last condition's value. The open panel was
    placed for the wide window: close it and open it again."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.get_by_test_id("view-btn-filter").click()
    panel.wait_for(state="hidden")
    page.get_by_test_id("view-btn-filter").click()
    panel.get_by_test_id("cond-value").last.scroll_into_view_if_needed()
    panel.get_by_test_id("cond-value").last.click()


def test_receivables_base_in_russian_has_no_english(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser, "ru-RU")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = f"rop-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email, "Дмитрий")
    base_id = _new_base(page)
    api = Api(server.url, email)
    base = api.get(f"/bases/{base_id}")
    invoices = next(t for t in base["tables"] if t["name"] == "Счета")
    cols = {c["name"]: c["id"] for c in invoices["columns"]}

    # The grid: headers and cells of the invoices, first the columns a head of sales asks about.
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:not(:empty)")
    headers = page.locator(".col-header .name").all_inner_texts()
    assert headers[:7] == ["Номер счёта", "Клиент", "Срок оплаты", "Сумма", "Остаток долга", "Статус",
                           "Дней просрочки"], headers
    _no_english(page, ".ag-root-wrapper", "grid")
    shot(page, "russian-base-grid-1280")

    # The select picker of «Стадия взыскания» / «Причина спора».
    _focus_first(page, "t-single-select")
    page.keyboard.press("Enter")
    page.wait_for_selector(".picker-item")
    picker = _no_english(page, ".picker-item", "select picker")
    assert "Нет" in picker or "Цена" in picker, picker
    shot(page, "russian-base-select-picker-1280")
    page.keyboard.press("Escape")
    page.keyboard.press("Home")  # back to the first column, as a person would before switching views

    # The «Просроченные» view: grouped by aging bucket; group headers in Russian.
    page.get_by_test_id("view-item").filter(has_text="Просроченные").click()
    page.wait_for_url(re.compile(r"/view/\d+$"))
    view_id = int(page.url.rsplit("/", 1)[1])
    page.get_by_test_id("group-header").first.wait_for()
    groups = _no_english(page, "[data-testid=group-header]", "group headers")
    assert "Не просрочен" not in groups  # overdue only
    _no_english(page, ".ag-root-wrapper", "grouped grid")
    shot(page, "russian-base-grid-groups-1280")

    # A filter on the formula «Статус», its value picked from the list of the column's values.
    page.get_by_test_id("view-btn-filter").click()
    panel = page.get_by_test_id("view-panel-filter")
    panel.get_by_test_id("add-condition").click()
    panel.get_by_test_id("cond-column").last.select_option(str(cols["Статус"]))
    panel.get_by_test_id("cond-operator").last.select_option("is")
    panel.get_by_test_id("cond-value").last.click()
    picklist = panel.get_by_test_id("cond-picklist")
    picklist.get_by_role("option", name="Просрочен", exact=True).wait_for()
    offered = picklist.get_by_role("option").all_inner_texts()
    assert "Просрочен" in offered and all(not latin_words(v) for v in offered), offered
    _no_english(page, "[data-testid=view-panel-filter]", "filter editor with the pick-list open")
    shot(page, "russian-base-filter-picklist-1280")
    # Typing narrows the list; a click picks the value.
    page.keyboard.type("Прос")
    _until(lambda: picklist.get_by_role("option").all_inner_texts(), lambda v: v == ["Просрочен"])
    assert picklist.get_by_role("option").all_inner_texts() == ["Просрочен"]
    picklist.get_by_role("option", name="Просрочен", exact=True).click()

    rows = api.get(f"/tables/{invoices['id']}/rows", offset=0, limit=1000)["rows"]
    overdue = sum(1 for r in rows if r[str(cols["Статус"])] == "Просрочен")
    assert overdue > 10

    def saved_filter() -> list:
        return [f for f in api.get(f"/views/{view_id}")["view"]["settings"]["filters"]["filters"]
                if f.get("column_id") == cols["Статус"]]

    assert _until(saved_filter, lambda f: f and f[0].get("value") == "Просрочен")[0]["operator"] == "is"
    assert _until(lambda: api.get(f"/views/{view_id}/count")["count"], lambda n: n == overdue) == overdue
    page.wait_for_selector(f"[data-testid=row-count]:text-matches('^{overdue} ')")

    # A lookup (the customer's manager) offers the managers' names too.
    panel.get_by_test_id("add-condition").click()
    panel.get_by_test_id("cond-column").last.select_option(str(cols["Менеджер"]))
    panel.get_by_test_id("cond-operator").last.select_option("is")
    panel.get_by_test_id("cond-value").last.click()
    managers = panel.get_by_test_id("cond-picklist").get_by_role("option")
    managers.first.wait_for()
    assert "Анна Смирнова" in managers.all_inner_texts(), managers.all_inner_texts()
    page.keyboard.press("Escape")
    panel.get_by_test_id("cond-remove").last.click()

    # A phone: the same filter and grid at 390x844.
    _last_value_on_a_phone(page, panel)
    picklist.get_by_role("option").first.wait_for()
    shot(page, "russian-base-filter-picklist-390")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    shot(page, "russian-base-grid-groups-390")
    page.set_viewport_size({"width": 1280, "height": 800})

    # The dashboard: chart titles, descriptions, number cards.
    page.get_by_test_id("open-dashboard").click()
    page.wait_for_url(re.compile(r"/base/\d+/dashboard$"))
    page.get_by_text("ДЗ по корзинам просрочки").first.wait_for()
    page.locator("[data-testid=echart] canvas").first.wait_for()
    _no_english(page, "[data-testid=chart]", "dashboard")
    shot(page, "russian-base-dashboard-1280")
    assert page.js_errors == []


def test_receivables_base_in_english_has_no_cyrillic(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser, "en-US")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = f"head-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email, "Head")
    _new_base(page)
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:not(:empty)")
    text = _visible_text(page, ".ag-root-wrapper")
    assert not CYRILLIC.search(text), text[:2000]
    page.get_by_test_id("view-item").filter(has_text="Overdue").first.click()
    page.wait_for_url(re.compile(r"/view/\d+$"))
    page.get_by_test_id("group-header").first.wait_for()
    assert not CYRILLIC.search(_visible_text(page, "[data-testid=group-header]"))
    shot(page, "english-base-grid-groups-1280")
    page.get_by_test_id("view-btn-filter").click()
    panel = page.get_by_test_id("view-panel-filter")
    panel.get_by_test_id("add-condition").click()
    status = panel.get_by_test_id("cond-column").last.locator("option", has_text="Status").first.get_attribute("value")
    panel.get_by_test_id("cond-column").last.select_option(status)
    panel.get_by_test_id("cond-operator").last.select_option("is")
    panel.get_by_test_id("cond-value").last.click()
    panel.get_by_test_id("cond-picklist").get_by_role("option", name="Overdue", exact=True).wait_for()
    assert not CYRILLIC.search(_visible_text(page, "[data-testid=view-panel-filter]"))
    shot(page, "english-base-filter-picklist-1280")
    panel.get_by_test_id("cond-picklist").get_by_role("option", name="Overdue", exact=True).click()
    _last_value_on_a_phone(page, panel)
    panel.get_by_test_id("cond-picklist").get_by_role("option", name="Overdue", exact=True).wait_for()
    shot(page, "english-base-filter-picklist-390")
    assert page.js_errors == []
