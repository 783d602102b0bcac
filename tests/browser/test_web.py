"""The web app's main paths in real Chromium against a real server."""

from __future__ import annotations

import datetime as dt
import re
import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

# The last day of this year, built from today (no test depends on the calendar).
YEAR = dt.date.today().year

pytestmark = pytest.mark.browser


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


def _add_column(page: Any, name: str, type_: str, setup: Any = None) -> None:
    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", name)
    page.click("[data-testid=column-type]")
    page.click(f"[data-testid=type-option-{type_}]")
    if setup:
        setup(page)
    page.click("[data-testid=column-save]")
    page.wait_for_selector(f".col-header .name:text-is('{name}')")


def _new_base(page: Any, name: str) -> int:
    page.click("[data-testid=new-base]")
    page.fill("#dialog-input", name)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    page.wait_for_selector(".col-header")
    return int(page.url.rsplit("/", 1)[1])


def _cell(page: Any, row: int, type_: str) -> Any:
    return page.locator(f".ag-row[row-index='{row}'] .t-{type_}").first


def _wait_text(page: Any, selector: str, text: str | None = None) -> str:
    """Wait until the element has text (or exactly `text`): rows render before their data arrives."""
    page.wait_for_function(
        "([sel, want]) => { const e = document.querySelector(sel); "
        "return !!e && (want === null ? e.innerText.trim() !== '' : e.innerText === want) }",
        arg=[selector, text])
    return page.locator(selector).first.inner_text()


def _rows(api: Api, table_id: int, until: Any = None) -> list[dict]:
    """The stored rows; with `until`, polled (for up to 5 s) until it holds: the grid shows an
    edit before the server has answered."""
    deadline = time.monotonic() + 5
    while True:
        rows = api.get(f"/tables/{table_id}/rows", offset=0, limit=1000)["rows"]
        if until is None or until(rows) or time.monotonic() > deadline:
            return rows
        time.sleep(0.1)


def test_build_a_table_type_paste_and_undo(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser)
    email = _email()
    page.goto(server.url + "/")
    page.wait_for_url(re.compile("/login"))
    shot(page, "01-login")
    sign_up(page, server.url, email, "Anna")
    shot(page, "02-home")
    base_id = _new_base(page, "Receivables")
    api = Api(server.url, email)
    table = api.get(f"/bases/{base_id}")["tables"][0]

    _add_column(page, "Amount", "number", lambda p: p.select_option("#num-format", "decimal"))
    _add_column(page, "Due", "date", lambda p: p.select_option("#date-format", "YYYY-MM-DD"))

    def two_options(p: Any) -> None:
        p.fill("[data-testid=choice-name] >> nth=0", "Open")
        p.click("text=Add an option")
        p.fill("[data-testid=choice-name] >> nth=1", "Paid")

    _add_column(page, "Status", "single-select", two_options)
    _add_column(page, "Done", "checkbox")
    cols = {c["name"]: str(c["id"]) for c in api.get(f"/bases/{base_id}")["tables"][0]["columns"]}

    # Type into a new row: typing starts editing, Enter commits.
    page.click("[data-testid=add-row]")
    page.wait_for_function("() => document.activeElement?.closest(\".ag-row[row-index='0']\")")
    page.keyboard.type("Acme")
    page.keyboard.press("Enter")
    _cell(page, 0, "number").click()
    page.keyboard.type("1,234.5")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.body.innerText.includes('1,234.50')")
    stored = _rows(api, table["id"], lambda rows: rows and rows[0][cols["Amount"]] is not None)
    assert stored[0][cols["Name"]] == "Acme"
    assert stored[0][cols["Amount"]] == 1234.5

    # Paste a 50 × 5 block over row 0: one row updated, 49 appended, one action.
    lines = [f"Client {i}\t{i * 10.5}\t{YEAR}-12-{(i % 28) + 1:02d}\t{'Paid' if i % 2 else 'Open'}\t{'yes' if i % 3 == 0 else 'no'}"
             for i in range(50)]
    page.evaluate("t => navigator.clipboard.writeText(t)", "\r\n".join(lines) + "\r\n")
    _cell(page, 0, "text").click()
    page.keyboard.press("Control+v")
    page.wait_for_function("() => document.querySelector('[data-testid=row-count]').innerText.startsWith('50 ')")
    shot(page, "03-pasted")
    stored = _rows(api, table["id"], lambda rows: len(rows) == 50)
    assert len(stored) == 50
    by_name = {r[cols["Name"]]: r for r in stored}
    status = {c["name"]: c for c in api.get(f"/bases/{base_id}")["tables"][0]["columns"]}["Status"]
    option_ids = {o["name"]: o["id"] for o in status["options"]["options"]}
    for i in range(50):
        r = by_name[f"Client {i}"]
        assert r[cols["Amount"]] == pytest.approx(i * 10.5)
        assert r[cols["Due"]] == f"{YEAR}-12-{(i % 28) + 1:02d}"
        assert r[cols["Status"]] == option_ids["Paid" if i % 2 else "Open"]
        assert r[cols["Done"]] is (i % 3 == 0)

    # Copy a range back as TSV.
    _cell(page, 1, "text").click()
    page.keyboard.press("Shift+ArrowDown")
    page.keyboard.press("Shift+ArrowRight")
    page.keyboard.press("Control+c")
    page.wait_for_timeout(200)
    assert page.evaluate("navigator.clipboard.readText()") == "Client 1\t10.5\r\nClient 2\t21"

    # Fill down: rows 1-3 of Amount take row 1's value.
    _cell(page, 1, "number").click()
    page.keyboard.press("Shift+ArrowDown")
    page.keyboard.press("Shift+ArrowDown")
    page.keyboard.press("Control+d")
    page.wait_for_function("() => document.querySelector(\".ag-row[row-index='3'] .t-number\").innerText === '10.50'")

    # One Ctrl+Z undoes the fill, the next the whole paste.
    page.keyboard.press("Control+z")
    page.wait_for_function("() => document.querySelector(\".ag-row[row-index='3'] .t-number\").innerText === '31.50'")
    page.keyboard.press("Control+z")
    page.wait_for_function("() => document.querySelector('[data-testid=row-count]').innerText.startsWith('1 ')")
    stored = _rows(api, table["id"], lambda rows: len(rows) == 1)
    assert [r[cols["Name"]] for r in stored] == ["Acme"]
    shot(page, "04-after-undo")
    assert page.js_errors == []


def test_russian_labels_and_number_formats(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser, "ru-RU")
    page.goto(server.url + "/login")
    page.wait_for_selector("h1:text-is('Вход')")
    email = _email()
    sign_up(page, server.url, email, "Борис")
    assert page.locator("h1").inner_text() == "Мои базы"
    base_id = _new_base(page, "Дебиторская задолженность")
    _add_column(page, "Сумма", "number", lambda p: p.select_option("#num-format", "currency"))
    _add_column(page, "Срок", "date")
    api = Api(server.url, email)
    table = api.get(f"/bases/{base_id}")["tables"][0]
    cols = {c["name"]: str(c["id"]) for c in table["columns"]}
    api.post(f"/tables/{table['id']}/rows", {"rows": [{cols["Сумма"]: 1234.56, cols["Срок"]: f"{YEAR}-12-31"}]})
    page.reload()
    amount = _wait_text(page, ".ag-row[row-index='0'] .t-number")
    assert re.fullmatch("1[\u00a0\u202f]234,56\u00a0₽", amount)
    assert _cell(page, 0, "date").inner_text() == f"31.12.{YEAR}"
    # The toolbar's column button is an icon below 1440 px; its name is Russian.
    assert page.get_by_role("toolbar").get_by_role("button", name="Столбец", exact=True).is_visible()
    assert page.locator("[data-testid=row-count]").inner_text() == "1 строка"
    shot(page, "05-russian")

    # Switch to English in the account menu: labels and number formats follow.
    page.click("[data-testid=account-menu]")
    page.click("[data-testid=lang-en]")
    page.wait_for_selector("[data-testid=row-count]:text-is('1 row')")
    _wait_text(page, ".ag-row[row-index='0'] .t-number", "1,234.56\u00a0₽")
    assert _cell(page, 0, "date").inner_text() == f"31.12.{YEAR}"
    shot(page, "06-english")


def test_wrong_password_message(server: Any, browser: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    page.click("[data-testid=account-menu]")
    page.click("text=Log out")
    page.wait_for_url(re.compile("/login"))
    page.fill("#email", email)
    page.fill("#password", "not-the-password")
    page.click("button[type=submit]")
    assert "wrong" in page.locator("[data-testid=auth-error]").inner_text()


def test_scroll_to_the_middle_of_a_large_table(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Large"})
    table = base["tables"][0]
    name_col = str(table["columns"][0]["id"])
    for k in range(20):
        api.post(f"/tables/{table['id']}/rows",
                 {"rows": [{name_col: f"Row {k * 1000 + i + 1}"} for i in range(1000)]})
    page.goto(f"{server.url}/base/{base['id']}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Row 1')")
    assert page.locator("[data-testid=row-count]").inner_text() == "20,000 rows"
    page.evaluate("""() => {
        const v = [...document.querySelectorAll('.grid-wrap *')].find(e => e.scrollHeight > e.clientHeight + 1000)
        v.scrollTop = v.scrollHeight / 2
    }""")
    page.wait_for_selector(".ag-row[row-index='10000'] .t-text:text-is('Row 10001')")
    shot(page, "07-middle")


def test_two_people_see_each_others_edits_and_cursors(server: Any, browser: Any, shot: Any) -> None:
    anna_email, boris_email = _email(), _email()
    anna, boris = new_page(browser), new_page(browser)
    sign_up(anna, server.url, anna_email, "Anna")
    sign_up(boris, server.url, boris_email, "Boris")
    api = Api(server.url, anna_email)
    base = api.post("/bases", {"name": "Shared"})
    api.post(f"/bases/{base['id']}/members", {"email": boris_email, "role": "editor"})
    table = base["tables"][0]
    name_col = str(table["columns"][0]["id"])
    api.post(f"/tables/{table['id']}/rows", {"rows": [{name_col: f"Row {i}"} for i in range(5)]})
    for page in (anna, boris):
        page.goto(f"{server.url}/base/{base['id']}")
        page.wait_for_selector(".ag-row[row-index='4'] .t-text:text-is('Row 4')")
    anna.wait_for_selector("[data-testid=who-is-here] .face >> nth=1")

    boris.locator(".ag-row[row-index='2'] .t-text").click()
    # Boris's cursor appears on Anna's screen in his colour, with his name.
    anna.wait_for_selector(".ag-row[row-index='2'] .peer-cursor[data-peer='Boris']", timeout=2000)
    boris.keyboard.type("Changed by Boris")
    boris.keyboard.press("Enter")
    anna.wait_for_selector(".ag-row[row-index='2'] .t-text:text-is('Changed by Boris')", timeout=1500)
    shot(anna, "08-live-edit")

    anna.locator(".ag-row[row-index='0'] .t-text").click()
    anna.click("[data-testid=add-row]")
    boris.wait_for_selector("[data-testid=row-count]:text-is('6 rows')", timeout=2000)
