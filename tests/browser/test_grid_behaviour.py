"""Grid behaviours: Ctrl+F search over a large table, dragging a column in a view (kept after a
reload), the fill handle, and footer summaries chosen from the footer's menu."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

HEADER_ORDER = ("() => [...document.querySelectorAll('.col-header .name')]"
                ".sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)"
                ".map(e => e.innerText).join(',')")


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


def _setup(server: Any, browser: Any, rows: list[dict], locale: str = "en-US") -> tuple[Any, Api, dict, dict[str, int]]:
    page = new_page(browser, locale)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Ledger"})
    table = base["tables"][0]
    cols = {"Name": table["columns"][0]["id"]}
    cols["Amount"] = api.post(f"/tables/{table['id']}/columns", {"name": "Amount", "type": "number"})["column"]["id"]
    cols["Status"] = api.post(f"/tables/{table['id']}/columns", {"name": "Status", "type": "text"})["column"]["id"]
    cols["Due"] = api.post(f"/tables/{table['id']}/columns", {"name": "Due", "type": "date"})["column"]["id"]
    for at in range(0, len(rows), 1000):
        api.post(f"/tables/{table['id']}/rows", {"rows": [{str(cols[k]): v for k, v in r.items()}
                                                          for r in rows[at:at + 1000]]})
    return page, api, {"base": base, "table": table}, cols


def _poll(fn: Any, timeout: float = 5) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = fn()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def _drag_header(page: Any, src: dict, dst: dict) -> None:
    """Drag a header by the mouse, in small steps (the grid starts a column move after a few pixels)."""
    page.mouse.move(src["x"] + 20, src["y"] + src["height"] / 2)
    page.mouse.down()
    for k in range(1, 13):
        x = src["x"] + 20 + (dst["x"] + 10 - src["x"] - 20) * k / 12
        page.mouse.move(x, src["y"] + src["height"] / 2)
        time.sleep(0.03)
    time.sleep(0.3)
    page.mouse.up()


def test_ctrl_f_finds_a_value_in_5000_rows_and_steps_between_hits(server: Any, browser: Any, shot: Any) -> None:
    rows = [{"Name": f"Row {i + 1}", "Amount": i} for i in range(5000)]
    for i in (9, 2499, 4899):
        rows[i]["Status"] = f"Ёлка {i}"
    page, _api, made, _cols = _setup(server, browser, rows)
    page.goto(f"{server.url}/base/{made['base']['id']}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Row 1')")
    page.locator(".ag-row[row-index='0'] .t-text").first.click()
    page.keyboard.press("Control+f")
    box = page.locator("[data-testid=grid-search-input]")
    box.wait_for()
    assert box.evaluate("e => e === document.activeElement")
    box.fill("елка")  # ё and case are folded, as the server does
    count = page.locator("[data-testid=grid-search-count]")
    page.wait_for_function("() => document.querySelector('[data-testid=grid-search-count]').innerText === '1 of 3'")
    current = page.locator(".ag-cell.search-current")
    current.wait_for()
    assert current.inner_text() == "Ёлка 9"
    box.press("Enter")
    page.wait_for_selector(".ag-row[row-index='2499'] .ag-cell.search-current")
    assert count.inner_text() == "2 of 3"
    assert page.locator(".ag-cell.search-current").inner_text() == "Ёлка 2499"
    shot(page, "grid-search-2-of-3")
    box.press("Enter")
    page.wait_for_selector(".ag-row[row-index='4899'] .ag-cell.search-current")
    assert count.inner_text() == "3 of 3"
    box.press("Enter")  # wraps to the first
    page.wait_for_selector(".ag-row[row-index='9'] .ag-cell.search-current")
    box.press("Shift+Enter")  # back to the last
    page.wait_for_selector(".ag-row[row-index='4899'] .ag-cell.search-current")
    page.click("[data-testid=grid-search-prev]")
    page.wait_for_selector(".ag-row[row-index='2499'] .ag-cell.search-current")
    assert count.inner_text() == "2 of 3"
    box.fill("no such thing")
    page.wait_for_function("() => document.querySelector('[data-testid=grid-search-count]').innerText === 'No matches'")
    box.fill("елка")
    page.wait_for_selector(".ag-cell.search-current")
    box.press("Escape")
    page.wait_for_selector("[data-testid=grid-search]", state="detached")
    assert page.locator(".ag-cell.search-current").count() == 0
    assert not page.js_errors


def test_dragging_columns_in_a_view_and_on_all_rows_is_kept_after_reload(server: Any, browser: Any, shot: Any) -> None:
    page, api, made, cols = _setup(server, browser, [{"Name": "Alpha", "Amount": 1, "Status": "Open"}])
    table = made["table"]
    view = api.post(f"/tables/{table['id']}/views", {"name": "Board"})["view"]
    page.goto(f"{server.url}/base/{made['base']['id']}/table/{table['id']}/view/{view['id']}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Alpha')")
    assert page.evaluate(HEADER_ORDER) == "Name,Amount,Status,Due"
    src = page.locator(".ag-header-cell:has(.col-header .name:text-is('Due'))").bounding_box()
    dst = page.locator(".ag-header-cell:has(.col-header .name:text-is('Amount'))").bounding_box()
    _drag_header(page, src, dst)
    page.wait_for_function(f"() => ({HEADER_ORDER})() === 'Name,Due,Amount,Status'")
    want = [cols["Due"], cols["Amount"], cols["Status"]]
    saved = _poll(lambda: (s := api.get(f"/views/{view['id']}")["view"]["settings"]).get("column_order") and s)
    assert [c for c in saved["column_order"] if c != cols["Name"]] == want
    page.reload()
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Alpha')")
    assert page.evaluate(HEADER_ORDER) == "Name,Due,Amount,Status"
    # "All rows" keeps the table's own order; a drag there moves the column in the table.
    page.goto(f"{server.url}/base/{made['base']['id']}/table/{table['id']}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Alpha')")
    assert page.evaluate(HEADER_ORDER) == "Name,Amount,Status,Due"
    src = page.locator(".ag-header-cell:has(.col-header .name:text-is('Status'))").bounding_box()
    dst = page.locator(".ag-header-cell:has(.col-header .name:text-is('Amount'))").bounding_box()
    _drag_header(page, src, dst)
    page.wait_for_function(f"() => ({HEADER_ORDER})() === 'Name,Status,Amount,Due'")

    def table_order() -> list[str]:
        got = api.get(f"/bases/{made['base']['id']}")["tables"][0]["columns"]
        return [c["name"] for c in sorted(got, key=lambda c: (c["position"], c["id"]))]

    assert _poll(lambda: table_order() == ["Name", "Status", "Amount", "Due"])
    page.reload()
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Alpha')")
    assert page.evaluate(HEADER_ORDER) == "Name,Status,Amount,Due"
    # Undo puts it back.
    page.locator(".ag-row[row-index='0'] .t-text").first.click()
    page.keyboard.press("Control+z")
    page.wait_for_function(f"() => ({HEADER_ORDER})() === 'Name,Amount,Status,Due'")
    # The view keeps its own order.
    page.goto(f"{server.url}/base/{made['base']['id']}/table/{table['id']}/view/{view['id']}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Alpha')")
    assert page.evaluate(HEADER_ORDER) == "Name,Due,Amount,Status"
    assert not page.js_errors


def test_fill_handle_fills_five_cells_in_one_undoable_action(server: Any, browser: Any, shot: Any) -> None:
    rows = [{"Name": f"R{i}", "Status": "Paid" if i == 0 else None} for i in range(8)]
    page, api, made, cols = _setup(server, browser, rows)
    tid = made["table"]["id"]
    page.goto(f"{server.url}/base/{made['base']['id']}")
    page.wait_for_selector(".ag-row[row-index='0'] .ag-cell:text-is('Paid')")
    status = f"c{cols['Status']}"
    first = page.locator(f".ag-row[row-index='0'] .ag-cell[col-id='{status}']")
    first.click()
    page.wait_for_selector(f".ag-row[row-index='0'] .ag-cell[col-id='{status}'].fill-corner")
    box = first.bounding_box()
    target = page.locator(f".ag-row[row-index='5'] .ag-cell[col-id='{status}']").bounding_box()
    page.mouse.move(box["x"] + box["width"] - 3, box["y"] + box["height"] - 3)
    page.mouse.down()
    page.mouse.move(target["x"] + 10, target["y"] + target["height"] / 2, steps=8)
    assert page.locator(".ag-cell.fill-preview").count() == 5
    page.mouse.up()

    def statuses() -> list[Any]:
        got = api.get(f"/tables/{tid}/rows", offset=0, limit=100)["rows"]
        return [r.get(str(cols["Status"])) for r in got]

    assert _poll(lambda: statuses()[:6] == ["Paid"] * 6)
    assert statuses() == ["Paid"] * 6 + [None, None]
    page.wait_for_selector(f".ag-row[row-index='5'] .ag-cell[col-id='{status}']:text-is('Paid')")
    shot(page, "grid-fill-handle")
    # One action: one undo takes back all five cells.
    page.locator(f".ag-row[row-index='7'] .ag-cell[col-id='c{cols['Name']}']").click()
    page.keyboard.press("Control+z")
    assert _poll(lambda: statuses() == ["Paid"] + [None] * 7)
    assert not page.js_errors


def test_footer_summary_picked_from_the_footer_is_saved_in_the_view(server: Any, browser: Any, shot: Any) -> None:
    rows = [{"Name": n, "Amount": a} for n, a in (("A", 100), ("B", 250.5), ("C", None), ("D", 49.5))]
    page, api, made, cols = _setup(server, browser, rows)
    table = made["table"]
    view = api.post(f"/tables/{table['id']}/views", {"name": "Totals"})["view"]
    page.goto(f"{server.url}/base/{made['base']['id']}/table/{table['id']}/view/{view['id']}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('A')")
    footer = page.locator(f".ag-row-pinned .summary-cell[data-column='{cols['Amount']}']")
    footer.click()
    page.locator(".summary-menu button:text-is('Sum')").click()
    page.wait_for_selector(f".ag-row-pinned .summary-cell[data-column='{cols['Amount']}'] .summary-value:text-is('400')")
    assert footer.locator(".summary-label").inner_text() == "Sum"
    # A new view's default footer counts the rows under the primary column; Sum joins it.
    saved = _poll(lambda: api.get(f"/views/{view['id']}")["view"]["settings"].get("summaries", {}).get(str(cols["Amount"])))
    assert saved == "sum"
    assert api.get(f"/views/{view['id']}")["view"]["settings"]["summaries"] == {
        str(cols["Name"]): "count", str(cols["Amount"]): "sum"}
    page.locator(f".ag-row-pinned .summary-cell[data-column='{cols['Name']}']").click()
    page.locator(".summary-menu button:text-is('Empty')").click()
    page.wait_for_selector(f".ag-row-pinned .summary-cell[data-column='{cols['Name']}'] .summary-value:text-is('0')")
    # The footer follows edits: a new amount changes the sum.
    api.post(f"/tables/{table['id']}/rows", {"rows": [{str(cols["Amount"]): 600}]})
    page.reload()
    page.wait_for_selector(f".ag-row-pinned .summary-cell[data-column='{cols['Amount']}'] .summary-value:text-is('1,000')")
    shot(page, "grid-footer-summaries")
    assert not page.js_errors


def test_group_headers_show_value_count_and_summary_and_collapse(server: Any, browser: Any, shot: Any) -> None:
    rows = [{"Name": f"N{i}", "Status": s, "Amount": a}
            for i, (s, a) in enumerate([("Open", 10), ("Paid", 5), ("Open", 20), ("Late", 1), ("Open", 30), ("Paid", 7)])]
    page, api, made, cols = _setup(server, browser, rows)
    table = made["table"]
    view = api.post(f"/tables/{table['id']}/views", {"name": "By status", "settings": {
        "group_by": [{"column_id": cols["Status"], "direction": "asc"}],
        "summaries": {str(cols["Amount"]): "sum"}}})["view"]
    page.goto(f"{server.url}/base/{made['base']['id']}/table/{table['id']}/view/{view['id']}")
    page.wait_for_selector(".group-header")
    headers = page.locator(".group-header")
    _poll(lambda: headers.count() == 3)
    texts = [headers.nth(i).inner_text().replace("\n", " ") for i in range(3)]
    texts.sort(key=lambda s: s.split("Status", 1)[1])
    assert texts[0].startswith("▾") and "Late" in texts[0] and "1 row" in texts[0] and "Amount: 1" in texts[0]
    assert "Open" in texts[1] and "3 rows" in texts[1] and "Amount: 60" in texts[1]
    assert "Paid" in texts[2] and "2 rows" in texts[2] and "Amount: 12" in texts[2]
    # "N rows" counts rows, not headers; the rows sit under their headers.
    assert page.locator("[data-testid=row-count]").inner_text() == "6 rows"
    order = page.evaluate("""() => {
        const kinds = {}
        for (const r of document.querySelectorAll('.grid-wrap .ag-row[row-index]')) {
            const i = Number(r.getAttribute('row-index'))
            if (Number.isFinite(i)) kinds[i] = (kinds[i] === 'H' || r.querySelector('.group-header')) ? 'H' : 'r'
        }
        return Object.keys(kinds).map(Number).sort((a, b) => a - b).map(i => kinds[i]).join('')
    }""")
    assert order == "HrHrrrHrr"
    numbers = page.evaluate("""() => [...document.querySelectorAll('.grid-wrap .ag-row[row-index] .row-number .n')]
        .map(e => e.innerText).filter(Boolean).map(Number).sort((a, b) => a - b)""")
    assert numbers == [1, 2, 3, 4, 5, 6]
    shot(page, "grid-group-headers")
    # A click on a header collapses its group; another opens it again.
    page.locator(".group-header:has-text('Open')").click()
    page.wait_for_selector(".group-header:has-text('Open') .chevron:text-is('▸')")
    assert _poll(lambda: page.evaluate("() => new Set([...document.querySelectorAll('.grid-wrap .ag-row[row-index]')]"
                                       ".map(r => r.getAttribute('row-index')).filter(i => /^\\d+$/.test(i))).size") == 6)
    assert page.locator("[data-testid=row-count]").inner_text() == "6 rows"
    page.locator(".group-header:has-text('Open')").click()
    page.wait_for_selector(".group-header:has-text('Open') .chevron:text-is('▾')")
    assert not page.js_errors


def test_dragging_row_numbers_moves_rows_and_undo_puts_them_back(server: Any, browser: Any, shot: Any) -> None:
    page, api, made, cols = _setup(server, browser, [{"Name": f"R{i}"} for i in range(6)])
    tid = made["table"]["id"]

    def names() -> list[str]:
        return [r[str(cols["Name"])] for r in api.get(f"/tables/{tid}/rows", offset=0, limit=100)["rows"]]

    page.goto(f"{server.url}/base/{made['base']['id']}")
    page.wait_for_selector(".ag-row[row-index='5'] .t-text:text-is('R5')")
    grip = page.locator(".ag-row[row-index='0'] .row-number").bounding_box()
    dest = page.locator(".ag-row[row-index='3'] .row-number").bounding_box()
    page.mouse.move(grip["x"] + 12, grip["y"] + grip["height"] / 2)
    page.mouse.down()
    page.mouse.move(grip["x"] + 12, dest["y"] + dest["height"] * 0.75, steps=10)
    page.locator(".row-drop").wait_for()
    page.mouse.up()
    assert _poll(lambda: names() == ["R1", "R2", "R3", "R0", "R4", "R5"])
    page.wait_for_selector(".ag-row[row-index='3'] .t-text:text-is('R0')")
    # Two selected rows (Shift+click on the numbers) move together, before the target.
    page.locator(".ag-row[row-index='4'] .row-number").click()
    page.locator(".ag-row[row-index='5'] .row-number").click(modifiers=["Shift"])
    grip = page.locator(".ag-row[row-index='5'] .row-number").bounding_box()
    dest = page.locator(".ag-row[row-index='0'] .row-number").bounding_box()
    page.mouse.move(grip["x"] + 12, grip["y"] + grip["height"] / 2)
    page.mouse.down()
    page.mouse.move(grip["x"] + 12, dest["y"] + dest["height"] * 0.25, steps=10)
    page.mouse.up()
    assert _poll(lambda: names() == ["R4", "R5", "R1", "R2", "R3", "R0"])
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('R4')")
    page.keyboard.press("Control+z")
    assert _poll(lambda: names() == ["R1", "R2", "R3", "R0", "R4", "R5"])
    # A sorted view has no manual order: its row numbers do not drag.
    view = api.post(f"/tables/{tid}/views", {"name": "Sorted", "settings": {
        "sorts": [{"column_id": cols["Name"], "direction": "desc"}]}})["view"]
    page.goto(f"{server.url}/base/{made['base']['id']}/table/{tid}/view/{view['id']}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('R5')")
    assert page.locator(".grid-wrap.rows-movable").count() == 0
    assert not page.js_errors


def test_freezing_columns_from_the_column_menu_is_saved_in_the_view(server: Any, browser: Any, shot: Any) -> None:
    page, api, made, cols = _setup(server, browser, [{"Name": "Alpha", "Amount": 1, "Status": "Open"}])
    table = made["table"]
    view = api.post(f"/tables/{table['id']}/views", {"name": "Wide"})["view"]
    page.goto(f"{server.url}/base/{made['base']['id']}/table/{table['id']}/view/{view['id']}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Alpha')")
    pinned = "() => [...document.querySelectorAll('.ag-header .ag-grid-pinned-left-cells .col-header .name')].map(e => e.innerText).sort().join(',')"
    assert page.evaluate(pinned) == "Name"
    page.locator(".ag-header-cell:has(.col-header .name:text-is('Status')) .col-menu-btn").click()
    page.click("[data-testid=freeze-here]")
    page.wait_for_function(f"() => ({pinned})() === 'Amount,Name,Status'")
    assert _poll(lambda: api.get(f"/views/{view['id']}")["view"]["settings"].get("frozen_count") == 3)
    page.reload()
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Alpha')")
    assert page.evaluate(pinned) == "Amount,Name,Status"
    page.locator(".ag-header-cell:has(.col-header .name:text-is('Due')) .col-menu-btn").click()
    page.click("[data-testid=unfreeze]")
    page.wait_for_function(f"() => ({pinned})() === 'Name'")
    assert _poll(lambda: api.get(f"/views/{view['id']}")["view"]["settings"].get("frozen_count") == 1)
    assert not page.js_errors


def test_russian_search_box_and_group_headers(server: Any, browser: Any, shot: Any) -> None:
    rows = [{"Name": f"Контрагент {i}", "Status": "Просроченная задолженность" if i % 2 else "Оплачено"}
            for i in range(5)]
    page, api, made, cols = _setup(server, browser, rows, locale="ru-RU")
    table = made["table"]
    view = api.post(f"/tables/{table['id']}/views", {"name": "По статусу", "settings": {
        "group_by": [{"column_id": cols["Status"], "direction": "asc"}]}})["view"]
    page.goto(f"{server.url}/base/{made['base']['id']}/table/{table['id']}/view/{view['id']}")
    page.wait_for_selector(".group-header:has-text('Просроченная задолженность')")
    assert "2 строки" in page.locator(".group-header:has-text('Просроченная')").inner_text()
    assert "3 строки" in page.locator(".group-header:has-text('Оплачено')").inner_text()
    page.locator(".ag-row .t-text").first.click()
    page.keyboard.press("Control+f")
    page.fill("[data-testid=grid-search-input]", "ПРОСРОЧЕН")
    page.wait_for_function("() => document.querySelector('[data-testid=grid-search-count]').innerText === '1 из 2'")
    page.wait_for_selector(".ag-cell.search-current")
    assert page.locator("[data-testid=grid-search-next]").get_attribute("title") == "Следующее совпадение (Enter)"
    box = page.locator("[data-testid=grid-search]").bounding_box()
    assert box["x"] + box["width"] <= 1280
    shot(page, "grid-search-ru")
    assert not page.js_errors


def test_shift_click_selects_a_rectangle_and_shift_arrows_grow_it(server: Any, browser: Any, shot: Any) -> None:
    page, _api, made, cols = _setup(server, browser, [{"Name": f"R{i}", "Amount": i, "Status": "x"} for i in range(6)])
    page.goto(f"{server.url}/base/{made['base']['id']}")
    page.wait_for_selector(".ag-row[row-index='5'] .t-text:text-is('R5')")
    page.locator(f".ag-row[row-index='1'] .ag-cell[col-id='c{cols['Amount']}']").click()
    page.locator(f".ag-row[row-index='3'] .ag-cell[col-id='c{cols['Status']}']").click(modifiers=["Shift"])
    page.wait_for_function("() => document.querySelectorAll('.ag-cell.in-range').length === 6")
    # Shift+arrow grows it by a row; the fill handle moves to the new corner; a plain click collapses it.
    page.keyboard.press("Shift+ArrowDown")
    page.wait_for_function("() => document.querySelectorAll('.ag-cell.in-range').length === 8")
    page.wait_for_selector(f".ag-row[row-index='4'] .ag-cell[col-id='c{cols['Status']}'].fill-corner")
    page.locator(f".ag-row[row-index='5'] .ag-cell[col-id='c{cols['Amount']}']").click()
    page.wait_for_function("() => document.querySelectorAll('.ag-cell.in-range').length === 0")
    assert not page.js_errors
