"""A sales manager's first five minutes (issue #6), in real Chromium at 1280x720 against a real
server: Russian UI from sign-up to the dashboard, then English from the account menu."""

from __future__ import annotations

import re
import time
import uuid
from datetime import date
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser


def _count(page: Any, n: int, word: str = "строк") -> None:
    """Wait until the footer counts n rows (the Russian plural for the counts used here)."""
    page.wait_for_selector(f"[data-testid=row-count]:text-matches('^{n} {word}')")


def _count_until(api: Api, view_id: int, ok: Any) -> int:
    deadline = time.monotonic() + 5
    while True:
        n = api.get(f"/views/{view_id}/count")["count"]
        if ok(n) or time.monotonic() > deadline:
            return n
        time.sleep(0.1)


def _stored_rows(api: Api, table_id: int, until: Any = None) -> list[dict]:
    deadline = time.monotonic() + 5
    while True:
        rows = api.get(f"/tables/{table_id}/rows", offset=0, limit=1000)["rows"]
        if until is None or until(rows) or time.monotonic() > deadline:
            return rows
        time.sleep(0.1)


def _first_category(page: Any, chart: Any) -> str:
    """The label of the chart's first bar, as its tooltip shows it to a person pointing at it."""
    canvas = chart.locator("[data-testid=echart] canvas").first
    canvas.wait_for()
    box = canvas.bounding_box()
    tip = chart.locator("[data-testid=echart] > div:not(:first-child)").first
    for dx in range(40, int(box["width"] / 2), 10):
        page.mouse.move(box["x"] + dx, box["y"] + box["height"] / 2)
        page.wait_for_timeout(50)
        if tip.count() and tip.is_visible() and tip.inner_text().strip():
            return tip.inner_text().strip()
    raise AssertionError("no tooltip over the chart")


def _money(text: str) -> str:
    """The amount in a footer cell, with the locale's spaces as plain ones."""
    return text.split("\n")[-1].replace("\u00a0", " ").replace("\u202f", " ").strip()


def _row_text(page: Any, i: int) -> str:
    page.wait_for_selector(f".ag-row[row-index='{i}'] .t-text:not(:empty)")
    return page.locator(f".ag-row[row-index='{i}']").first.inner_text()


def test_sales_manager_first_five_minutes(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser, "ru-RU")
    email = f"manager-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email, "Мария")
    page.locator("h1:text-is('Мои базы')").wait_for()
    shot(page, "journey-01-home-ru")

    # A base from the receivables template on Home.
    page.get_by_test_id("new-from-template").click()
    shot(page, "journey-02-templates-ru")
    page.get_by_test_id("template-receivables").click()
    page.wait_for_url(re.compile(r"/base/\d+"))
    base_id = int(re.search(r"/base/(\d+)", page.url).group(1))  # type: ignore[union-attr]
    api = Api(server.url, email)
    base = api.get(f"/bases/{base_id}")
    shot(page, "journey-03-base-ru")
    # The base opens on the invoices, the table a sales manager works in.
    assert page.get_by_role("tab", name="Счета").get_attribute("aria-selected") == "true"
    # A table without views invites to add one; the button fits the sidebar.
    page.get_by_role("tab", name="Менеджеры").click()
    add_view = page.get_by_test_id("views-empty").get_by_role("button")
    assert add_view.inner_text().strip() == "Добавить представление"
    side = page.get_by_test_id("view-sidebar").bounding_box()
    button = add_view.bounding_box()
    assert button["x"] + button["width"] <= side["x"] + side["width"] + 0.5
    assert add_view.evaluate("e => e.scrollWidth <= e.clientWidth")

    # Invoices, the Overdue view.
    page.get_by_role("tab", name="Счета").click()
    page.get_by_test_id("view-item").filter(has_text="Просроченные").click()
    page.wait_for_url(re.compile(r"/view/\d+$"))
    # Every view's name can be read whole in the sidebar at 1280x720, long Russian ones too.
    cut = page.evaluate("""() => {
        const ctx = document.createElement('canvas').getContext('2d')
        return [...document.querySelectorAll('[data-testid=view-name]')].filter((e) => {
            ctx.font = getComputedStyle(e).font  // a word wider than its line would be broken
            const broken = e.innerText.split(/\\s+/).some((w) => ctx.measureText(w).width > e.clientWidth + 0.5)
            return broken || e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1
        }).map((e) => e.innerText)
    }""")
    assert cut == []
    assert "Срок на этой неделе" in page.get_by_test_id("view-sidebar").inner_text()
    view_id = int(page.url.rsplit("/", 1)[1])
    invoices = next(t for t in base["tables"] if t["name"] == "Счета")
    cols = {c["name"]: c for c in invoices["columns"]}
    overdue = api.get(f"/views/{view_id}/count")["count"]
    assert overdue > 20
    _count(page, overdue)
    # Grouped by aging bucket: the least overdue bucket comes first, under its header with a count.
    header = page.get_by_test_id("group-header").first
    header.wait_for()
    assert re.search(r"1–30\s*\d+ строк", header.inner_text()), header.inner_text()
    first = _row_text(page, 1).split("\n")
    # The row number comes first, then the invoice number (the primary column).
    assert first[0] == "1" and re.match(r"СЧ-\d{4}-\d{4}", first[1]), first
    # The footer sums the amount in rubles, in the Russian number format.
    total = api.get(f"/views/{view_id}/summaries")["summaries"][str(cols["Сумма"]["id"])]["value"]
    footer = page.locator(".summary-cell", has_text="₽").first
    footer.wait_for()
    assert _money(footer.inner_text()) == f"{total:,.2f}".replace(",", " ").replace(".", ",") + " ₽"
    assert page.get_by_test_id("view-btn-filter").inner_text().startswith("Фильтр")
    shot(page, "journey-04-overdue-ru")

    # A filter through the toolbar: only invoices over 100 000.
    page.get_by_test_id("view-btn-filter").click()
    panel = page.get_by_test_id("view-panel-filter")
    panel.get_by_test_id("add-condition").click()
    panel.get_by_test_id("cond-column").last.select_option(str(cols["Сумма"]["id"]))
    panel.get_by_test_id("cond-operator").last.select_option("gt")
    panel.get_by_test_id("cond-value").last.fill("100000")
    page.wait_for_selector("[data-testid=view-badge-filter]:text-is('3')")
    big = _count_until(api, view_id, lambda n: n < overdue)
    _count(page, big)
    # The footer sum follows the filter.
    total = api.get(f"/views/{view_id}/summaries")["summaries"][str(cols["Сумма"]["id"])]["value"]
    want = f"{total:,.2f}".replace(",", " ").replace(".", ",") + " ₽"
    page.wait_for_function("want => [...document.querySelectorAll('.summary-cell')].some(e => "
                           "e.innerText.replace(/[\\u00a0\\u202f]/g, ' ').includes(want))", arg=want)
    shot(page, "journey-05-filter-ru")
    page.keyboard.press("Escape")

    # Open the first row: a promise date from the calendar and a comment.
    number = _row_text(page, 1).split("\n")[1]
    page.locator(".ag-row[row-index='1'] .t-text").first.click()
    page.get_by_role("toolbar").get_by_role("button", name="Открыть строку").click()
    form = page.locator("[role=dialog]")
    form.locator(f"h2:text-is('{number}')").wait_for()
    comments = form.get_by_test_id("comments")
    comments.locator(":text('Комментариев пока нет')").wait_for()
    form.get_by_test_id("comment-input").fill("Клиент обещал оплатить до конца месяца")
    form.get_by_test_id("comment-send").click()
    form.locator("[data-testid=comment]", has_text="обещал оплатить").wait_for()
    assert comments.get_by_test_id("comment-count").inner_text() == "(1)"
    comments.scroll_into_view_if_needed()
    shot(page, "journey-06a-comment-ru")
    promised = cols["Обещанная дата"]["id"]
    day = date.today().replace(day=28)
    form.locator(f".field:has(#f{promised}) [data-testid=form-calendar]").click()
    form.locator(f".cal-day[data-date='{day.isoformat()}']").click()
    assert form.locator(f"#f{promised}").input_value() == day.strftime("%d.%m.%Y")
    shot(page, "journey-06-row-form-ru")
    form.get_by_test_id("row-save").click()
    page.locator("text=Строка сохранена").wait_for()
    stored = _stored_rows(api, invoices["id"], lambda rows: any(r.get(str(promised)) == day.isoformat() for r in rows))
    mine = [r for r in stored if r[str(cols["Номер счёта"]["id"])] == number]
    assert mine and mine[0][str(promised)] == day.isoformat()
    shot(page, "journey-07-saved-ru")
    form.get_by_role("button", name="Закрыть").first.click()
    form.wait_for(state="detached")

    # Follow-up tasks: a new task typed into a new row, then Ctrl+Z takes it back.
    page.get_by_role("tab", name="Задачи по взысканию").click()
    followups = next(t for t in base["tables"] if t["name"] == "Задачи по взысканию")
    tasks = len(_stored_rows(api, followups["id"]))
    _count(page, tasks)
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:not(:empty)")
    page.get_by_test_id("add-row").click()
    _count(page, tasks + 1)
    page.wait_for_function(f"() => document.activeElement?.closest(\".ag-row[row-index='{tasks}']\")")
    # Enter opens the cell's editor (Playwright types Cyrillic as text input, without the
    # key presses that start editing the way a Russian keyboard layout does).
    page.keyboard.press("Enter")
    page.wait_for_selector(".ag-row .cell-input")
    page.keyboard.type("Позвонить в бухгалтерию клиента")
    page.keyboard.press("Enter")
    page.locator(".ag-row .t-text:text-is('Позвонить в бухгалтерию клиента')").wait_for()
    _stored_rows(api, followups["id"], lambda rows: len(rows) == tasks + 1)
    shot(page, "journey-08-task-typed-ru")
    # The first Ctrl+Z takes back the text, the second the row itself.
    page.keyboard.press("Control+z")
    page.locator(".ag-row .t-text:text-is('Позвонить в бухгалтерию клиента')").wait_for(state="detached")
    _count(page, tasks + 1)
    page.keyboard.press("Control+z")
    _count(page, tasks)
    assert len(_stored_rows(api, followups["id"], lambda rows: len(rows) == tasks)) == tasks
    shot(page, "journey-09-undone-ru")

    # The dashboard: the aging chart starts with the bucket of invoices not yet due.
    page.get_by_test_id("open-dashboard").click()
    page.wait_for_url(re.compile(r"/base/\d+/dashboard$"))
    aging = page.get_by_test_id("chart").filter(has=page.locator("h2:text-is('ДЗ по корзинам просрочки')"))
    first_bar = _first_category(page, aging)
    # Money in the tooltip: the amount in the locale's format with the column's currency.
    assert re.fullmatch(r"Не просрочен\n\d{1,3}([\u00a0\u202f ]\d{3})+(,\d{2})?[\u00a0\u202f ]?₽", first_bar), first_bar
    shot(page, "journey-10-dashboard-ru")

    # English from the account menu: labels and number formats follow.
    page.get_by_test_id("account-menu").click()
    page.get_by_test_id("lang-en").click()
    page.locator("h1:text-is('Dashboard')").wait_for()
    first_bar = _first_category(page, aging)
    # The base keeps the language it was made in; only the number format follows the interface.
    assert re.fullmatch(r"Не просрочен\n\d{1,3}(,\d{3})+(\.\d{2})?[\u00a0\u202f ]?₽", first_bar), first_bar
    shot(page, "journey-11-dashboard-en")
    page.go_back()
    _count(page, tasks, "rows")
    shot(page, "journey-12-tasks-en")
    # Below 1440 px the toolbar shows the icon; its name (tooltip) is in English.
    assert page.get_by_test_id("add-row").get_attribute("title") == "Row"
    page.get_by_role("tab", name="Счета").click()
    page.get_by_test_id("view-item").filter(has_text="Просроченные").click()
    _count(page, big, "rows")
    page.get_by_test_id("group-header").first.wait_for()
    assert re.search(r"1–30\s*\d+ rows?", page.get_by_test_id("group-header").first.inner_text())
    _row_text(page, 1)
    assert page.get_by_test_id("view-btn-filter").inner_text().startswith("Filter")
    total = api.get(f"/views/{view_id}/summaries")["summaries"][str(cols["Сумма"]["id"])]["value"]
    footer = page.locator(".summary-cell", has_text="₽").first
    footer.wait_for()
    assert _money(footer.inner_text()) == f"{total:,.2f} ₽"
    shot(page, "journey-13-overdue-en")
    assert page.js_errors == []
