"""Typing into the grid as a person does: select a cell by clicking, type the value key by key
without pressing Enter first, press Enter, and check what the server stored. Every editor, in
Russian and in English; the date forms each language accepts and the refusal of a date that is
not one; Tab and Shift+Tab moving one cell without opening a picker; Space toggling a checkbox."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
import uuid
import zoneinfo
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

# Dates typed in these tests are in next year, built from today (no test depends on the calendar).
Y = dt.date.today().year + 1
YY = Y % 100

pytestmark = pytest.mark.browser

LOCALES = ["ru-RU", "en-US"]


def _setup(server: Any, browser: Any, locale: str) -> tuple[Any, Api, int, dict[str, str], int]:
    """A table with one column of every typed editor and two rows; returns the page, the API,
    the table id, column ids by name and the user's id."""
    page = new_page(browser, locale)
    email = f"u{uuid.uuid4().hex[:10]}@example.com"
    sign_up(page, server.url, email, "Tester")
    api = Api(server.url, email)
    me = api.get("/me")["user"]["id"]
    base = api.post("/bases", {"name": "Typing"})
    table = base["tables"][0]
    tid = table["id"]
    cols = {"Name": str(table["columns"][0]["id"])}
    for name, type_, options in (
        ("Notes", "long-text", None),
        ("Amount", "number", {"format": "decimal", "precision": 2}),
        ("Price", "number", {"format": "currency", "precision": 2, "currency_symbol": "₽"}),
        ("Share", "number", {"format": "percent", "precision": 1}),
        # No display format chosen: the column follows the interface language.
        ("Due", "date", {"format": None}),
        ("Meeting", "date", {"format": None, "include_time": True}),
        ("Spent", "duration", {"format": "h:mm"}),
        ("Status", "single-select", {"options": [{"name": "Open"}, {"name": "Paid"}]}),
        ("Tags", "multiple-select", {"options": [{"name": "Urgent"}, {"name": "Legal"}]}),
        ("Owner", "collaborator", None),
        ("Email", "email", None),
        ("Site", "url", None),
        ("Stars", "rate", {"max": 5}),
        ("Done", "checkbox", None),
    ):
        body: dict[str, Any] = {"name": name, "type": type_}
        if options:
            body["options"] = options
        cols[name] = str(api.post(f"/tables/{tid}/columns", body)["column"]["id"])
    api.post(f"/tables/{tid}/rows", {"rows": [{cols["Name"]: "first"}, {cols["Name"]: "second"}]})
    page.goto(f"{server.url}/base/{base['id']}/table/{tid}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('first')")
    return page, api, tid, cols, me


def _cell(page: Any, cols: dict[str, str], name: str, row: int = 0) -> Any:
    return page.locator(f".ag-row[row-index='{row}'] .ag-cell[col-id='c{cols[name]}']").first


def _select(page: Any, cols: dict[str, str], name: str, row: int = 0) -> None:
    """Click a cell so it is the selected one (scrolled into view first)."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    cell = _cell(page, cols, name, row)
    for attempt in range(3):
        # Columns out of view are not drawn: scroll the grid sideways (as a person would) until it is.
        for left in range(0, 6000, 300):
            if cell.count():
                break
            page.evaluate("(x) => { const v = document.querySelector('.ag-body-horizontal-scroll-viewport');"
                          " v.scrollLeft = x; v.dispatchEvent(new Event('scroll')) }", left)
            with contextlib.suppress(PlaywrightTimeout):
                cell.wait_for(state="attached", timeout=300)
        try:
            cell.scroll_into_view_if_needed()
            # Near the right edge: a click on a star or a checkbox box would change the value.
            box = cell.bounding_box()
            cell.click(position={"x": box["width"] - 4, "y": box["height"] / 2})
            break
        except (PlaywrightError, TypeError):
            # The grid redrew the cell while it scrolled (a narrow screen under load): find it again.
            if attempt == 2:
                raise
    _focused(page, cols, name)


def _focused(page: Any, cols: dict[str, str], name: str) -> None:
    """Wait until the keyboard focus is on a cell of column `name`."""
    page.wait_for_function("(id) => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id') === id",
                           arg=f"c{cols[name]}")


def _stored(api: Api, tid: int, col: str, want: Any, row: int = 0, timeout: float = 8) -> Any:
    """The stored value once it equals `want` (or whatever is stored when time runs out)."""
    deadline = time.monotonic() + timeout
    while True:
        value = api.get(f"/tables/{tid}/rows", offset=0, limit=10)["rows"][row].get(col)
        if value == want or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def _type_and_enter(page: Any, cols: dict[str, str], name: str, text: str, row: int = 0) -> None:
    _select(page, cols, name, row)
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def _type_keys(page: Any, text: str) -> None:
    """Type as a keyboard whose layout has these characters: a keydown carrying each one (what
    Chromium sends for a Cyrillic key on a Russian layout), which Playwright's type cannot do."""
    cdp = page.context.new_cdp_session(page)
    for ch in text:
        cdp.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": ch, "text": ch, "unmodifiedText": ch})
        cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": ch})
    cdp.detach()


def _no_editor(page: Any) -> None:
    page.wait_for_function("() => !document.querySelector('.ag-cell-inline-editing, .ag-popup-editor')")


@pytest.mark.parametrize("locale", LOCALES)
def test_typing_into_a_selected_cell_keeps_every_character(server: Any, browser: Any, locale: str) -> None:
    page, api, tid, cols, me = _setup(server, browser, locale)
    ru = locale.startswith("ru")
    zone = zoneinfo.ZoneInfo(page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone"))

    def check(name: str, text: str, want: Any, row: int = 0) -> None:
        _type_and_enter(page, cols, name, text, row)
        got = _stored(api, tid, cols[name], want, row)
        assert got == want, f"{name}: typed {text!r}, stored {got!r}"
        _no_editor(page)

    check("Name", "Invoice 12345", "Invoice 12345")
    # A Russian keyboard sends Cyrillic keys (keyboard.type would only insert text for them).
    _select(page, cols, "Name", 1)
    _type_keys(page, "Счёт №7")
    page.keyboard.press("Enter")
    assert _stored(api, tid, cols["Name"], "Счёт №7", 1) == "Счёт №7"
    _no_editor(page)

    check("Amount", "1 234,56" if ru else "1,234.56", 1234.56)
    check("Amount", "-0,5" if ru else "-0.5", -0.5, 1)
    check("Price", "98 765,43" if ru else "98,765.43", 98765.43)
    check("Share", "12,5" if ru else "12.5", 0.125)
    check("Spent", "1:30", 5400)
    check("Email", "anna.k@example.com", "anna.k@example.com")
    check("Site", "https://example.com/a?b=1", "https://example.com/a?b=1")
    check("Stars", "4", 4)

    # Dates: the interface language's forms and ISO, typed straight into the cell.
    forms = ([f"15.01.{Y}", f"15.01.{YY:02d}", f"15/01/{Y}", f"{Y}-01-15"] if ru else [f"01/15/{Y}", f"1/15/{YY:02d}", f"{Y}-01-15"])
    for form in forms:
        check("Due", form, f"{Y}-01-15")
        # Emptied again through the API, so the next form is a real change.
        r = api.s.patch(f"{api.url}/tables/{tid}/rows", json={"rows": [{"_id": _row_id(api, tid, 0), cols["Due"]: None}]})
        r.raise_for_status()
        page.locator(f".ag-row[row-index='0'] .ag-cell[col-id='c{cols['Due']}']:text-is('')").wait_for()
    local = dt.datetime(Y, 1, 15, 14, 30, tzinfo=zone).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    check("Meeting", f"15.01.{Y} 14:30" if ru else f"01/15/{Y} 2:30 PM", local)

    # Pickers: the typed characters are the search; Enter picks the first match.
    status = _options(api, tid, cols["Status"])
    check("Status", "Pai", status["Paid"])
    tags = _options(api, tid, cols["Tags"])
    _select(page, cols, "Tags")
    page.keyboard.type("Leg")
    assert page.locator(".picker input").input_value() == "Leg"
    page.keyboard.press("Enter")  # picks Legal, the list stays open for more
    page.keyboard.press("Enter")  # closes
    assert _stored(api, tid, cols["Tags"], [tags["Legal"]]) == [tags["Legal"]]
    _no_editor(page)
    _select(page, cols, "Owner")
    page.keyboard.type("Tes")
    assert page.locator(".picker input").input_value() == "Tes"
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert _stored(api, tid, cols["Owner"], [me]) == [me]
    _no_editor(page)

    # Long text: typing opens the popup with every character; Ctrl+Enter saves (Enter is a new line).
    _select(page, cols, "Notes")
    page.keyboard.type("Call on Monday")
    page.keyboard.press("Control+Enter")
    assert _stored(api, tid, cols["Notes"], "Call on Monday") == "Call on Monday"
    assert page.js_errors == []


def _row_id(api: Api, tid: int, row: int) -> str:
    return api.get(f"/tables/{tid}/rows", offset=0, limit=10)["rows"][row]["_id"]


def _options(api: Api, tid: int, col: str) -> dict[str, Any]:
    table = next(t for b in api.get("/bases")["bases"] for t in api.get(f"/bases/{b['id']}")["tables"] if t["id"] == tid)
    column = next(c for c in table["columns"] if str(c["id"]) == col)
    return {o["name"]: o["id"] for o in column["options"]["options"]}


@pytest.mark.parametrize(("locale", "typed"), [
    ("ru-RU", f"31.02.{Y}"), ("ru-RU", f"01/15/{Y}"), ("ru-RU", "завтра"),
    ("en-US", f"13/13/{Y}"), ("en-US", f"15/01/{Y}"), ("en-US", "garbage"),
])
def test_a_date_that_is_not_one_is_refused_at_the_cell(server: Any, browser: Any, locale: str, typed: str) -> None:
    page, api, tid, cols, _ = _setup(server, browser, locale)
    _select(page, cols, "Due")
    _type_keys(page, typed)
    page.keyboard.press("Enter")
    message = page.locator(".cell-refusal[role=alert]")
    message.wait_for()
    text = message.inner_text()
    assert typed in text
    assert ("не дата" in text) if locale.startswith("ru") else ("not a date" in text)
    # The editor stays open with what was typed, so it can be corrected.
    assert page.locator(".date-editor input").input_value() == typed
    page.keyboard.press("Escape")
    _no_editor(page)
    assert _stored(api, tid, cols["Due"], None, timeout=1) is None
    # Corrected, it is stored.
    _select(page, cols, "Due")
    page.keyboard.type(f"{Y}-02-28")
    page.keyboard.press("Enter")
    assert _stored(api, tid, cols["Due"], f"{Y}-02-28") == f"{Y}-02-28"
    assert page.js_errors == []


@pytest.mark.parametrize("locale", LOCALES)
def test_an_ambiguous_slash_date_is_refused_at_the_cell(server: Any, browser: Any, locale: str) -> None:
    """A column whose format writes slash dates in the other order than the reader's language:
    05/06 is 5 June to one and 6 May to the other, so it is refused, never stored as either."""
    page, api, tid, cols, _ = _setup(server, browser, locale)
    ru = locale.startswith("ru")
    body = {"name": "Sent", "type": "date", "options": {"format": "MM/DD/YYYY" if ru else "DD/MM/YYYY"}}
    cols["Sent"] = str(api.post(f"/tables/{tid}/columns", body)["column"]["id"])
    page.reload()
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('first')")
    typed = f"05/06/{Y}"
    _select(page, cols, "Sent")
    page.keyboard.type(typed)
    page.keyboard.press("Enter")
    message = page.locator(".cell-refusal[role=alert]")
    message.wait_for()
    assert typed in message.inner_text()
    assert page.locator(".date-editor input").input_value() == typed
    page.keyboard.press("Escape")
    _no_editor(page)
    assert _stored(api, tid, cols["Sent"], None, timeout=1) is None
    # A day above 12 has one reading in the column's order: stored.
    _type_and_enter(page, cols, "Sent", f"01/15/{Y}" if ru else f"15/01/{Y}")
    assert _stored(api, tid, cols["Sent"], f"{Y}-01-15") == f"{Y}-01-15"
    assert page.js_errors == []


@pytest.mark.parametrize("locale", LOCALES)
def test_tab_moves_one_cell_and_never_opens_a_picker(server: Any, browser: Any, locale: str) -> None:
    page, api, tid, cols, _ = _setup(server, browser, locale)
    order = ["Status", "Tags", "Owner", "Email"]
    _select(page, cols, "Status")
    for name in order[1:]:
        page.keyboard.press("Tab")
        _focused(page, cols, name)
        assert page.locator(".picker, .ag-popup-editor").count() == 0
    for name in reversed(order[:-1]):
        page.keyboard.press("Shift+Tab")
        _focused(page, cols, name)
        assert page.locator(".picker, .ag-popup-editor").count() == 0
    # Typing then Tab saves the cell and moves on without opening the next cell's picker.
    _select(page, cols, "Site")
    page.keyboard.type("https://tablo.example")
    page.keyboard.press("Tab")
    assert _stored(api, tid, cols["Site"], "https://tablo.example") == "https://tablo.example"
    _focused(page, cols, "Stars")
    _no_editor(page)
    # From a picker, Tab picks nothing new, closes it and moves one cell.
    _select(page, cols, "Status")
    page.keyboard.press("Enter")
    page.locator(".picker").wait_for()
    page.keyboard.press("Tab")
    _focused(page, cols, "Tags")
    _no_editor(page)
    assert page.js_errors == []


@pytest.mark.parametrize("locale", LOCALES)
def test_space_toggles_a_checkbox_and_enter_opens_an_editor(server: Any, browser: Any, locale: str) -> None:
    page, api, tid, cols, _ = _setup(server, browser, locale)
    _select(page, cols, "Done")
    page.keyboard.press("Space")
    assert _stored(api, tid, cols["Done"], True) is True
    page.keyboard.press("Space")
    assert _stored(api, tid, cols["Done"], False) is False
    # Enter over a checkbox flips it too (no text editor); a click on its box flips it.
    page.keyboard.press("Enter")
    assert _stored(api, tid, cols["Done"], True) is True
    _no_editor(page)
    _cell(page, cols, "Done").locator("[data-action=toggle]").click()
    assert _stored(api, tid, cols["Done"], False) is False
    # A click on the third star stores 3; the same star again clears the rating.
    _select(page, cols, "Stars")
    _cell(page, cols, "Stars").locator("[data-rate='3']").click()
    assert _stored(api, tid, cols["Stars"], 3) == 3
    _cell(page, cols, "Stars").locator("[data-rate='3']").click()
    assert _stored(api, tid, cols["Stars"], None) is None
    _select(page, cols, "Status")
    page.keyboard.press("Enter")
    page.locator(".picker").wait_for()
    page.keyboard.press("Escape")
    _no_editor(page)
    _select(page, cols, "Due")
    page.keyboard.press("Enter")
    page.locator(".date-editor").wait_for()
    page.keyboard.press("Escape")
    _no_editor(page)
    assert page.js_errors == []


@pytest.mark.parametrize(("locale", "shown"), [("ru-RU", [f"15.01.{Y}", f"04.03.{Y}"]),
                                               ("en-US", [f"01/15/{Y}", f"03/04/{Y}"])])
def test_dates_imported_in_the_us_order_show_in_the_interface_language(server: Any, browser: Any, locale: str,
                                                                       shown: list[str]) -> None:
    page = new_page(browser, locale)
    email = f"u{uuid.uuid4().hex[:10]}@example.com"
    sign_up(page, server.url, email, "Tester")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Imported"})
    r = api.s.post(f"{api.url}/bases/{base['id']}/imports",
                   files={"file": ("dues.csv", f"Invoice,Due\nA-1,01/15/{Y}\nA-2,03/04/{Y}\n".encode())})
    r.raise_for_status()
    import_id = r.json()["import_id"]
    api.post(f"/bases/{base['id']}/imports/{import_id}", {})
    deadline = time.monotonic() + 30
    while (job := api.get(f"/bases/{base['id']}/imports/{import_id}"))["status"] in ("running", "ready"):
        assert time.monotonic() < deadline
        time.sleep(0.1)
    tid = job["result"]["tables"][0]["table_id"]
    table = next(t for t in api.get(f"/bases/{base['id']}")["tables"] if t["id"] == tid)
    due = next(c for c in table["columns"] if c["name"] == "Due")
    page.goto(f"{server.url}/base/{base['id']}/table/{tid}")
    for row, text in enumerate(shown):
        page.locator(f".ag-row[row-index='{row}'] .ag-cell[col-id='c{due['id']}']:text-is('{text}')").wait_for()
    assert page.js_errors == []


@pytest.mark.parametrize("locale", LOCALES)
def test_a_number_that_is_not_one_is_refused_at_the_cell(server: Any, browser: Any, locale: str) -> None:
    page, api, tid, cols, _ = _setup(server, browser, locale)
    _select(page, cols, "Amount")
    page.keyboard.type("12abc")
    page.keyboard.press("Enter")
    message = page.locator(".cell-refusal[role=alert]")
    message.wait_for()
    assert "12abc" in message.inner_text()
    assert page.locator(".cell-input").input_value() == "12abc"
    # Corrected in place, Enter stores it and the message goes.
    for _ in "abc":
        page.keyboard.press("Backspace")
    assert message.count() == 0
    page.keyboard.press("Enter")
    assert _stored(api, tid, cols["Amount"], 12) == 12
    # A rating out of range is refused the same way.
    _select(page, cols, "Stars")
    page.keyboard.type("9")
    page.keyboard.press("Enter")
    page.locator(".cell-refusal[role=alert]").wait_for()
    page.keyboard.press("Escape")
    _no_editor(page)
    assert page.locator(".cell-refusal").count() == 0
    assert _stored(api, tid, cols["Stars"], None, timeout=1) is None
    assert page.js_errors == []


@pytest.mark.parametrize(("locale", "typed"), [("ru-RU", f"31.02.{Y}"), ("en-US", f"13/13/{Y}")])
# 481 px: the narrowest screen with the grid; on a phone (≤480 px) rows are edited in the row
# form, whose refusals tests/browser/test_phone.py shows.
@pytest.mark.parametrize("size", [(1280, 800), (481, 844)])
def test_screens_of_a_refused_date(server: Any, browser: Any, shot: Any, locale: str, typed: str,
                                   size: tuple[int, int]) -> None:
    page, api, tid, cols, _ = _setup(server, browser, locale)
    page.set_viewport_size({"width": size[0], "height": size[1]})
    _select(page, cols, "Due")
    _type_keys(page, typed)
    page.keyboard.press("Enter")
    message = page.locator(".cell-refusal[role=alert]")
    message.wait_for()
    # The whole message is on the screen.
    box = message.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= size[0] + 1, box
    shot(page, f"typing-refused-date-{locale[:2]}-{size[0]}")
    assert _stored(api, tid, cols["Due"], None, timeout=1) is None


def test_typing_on_a_link_cell_searches_the_other_table(server: Any, browser: Any) -> None:
    page, api, tid, cols, _ = _setup(server, browser, "en-US")
    base_id = next(b["id"] for b in api.get("/bases")["bases"] if any(t["id"] == tid for t in api.get(f"/bases/{b['id']}")["tables"]))
    other = api.post(f"/bases/{base_id}/tables", {"name": "Customers"})["table"]
    name = str(other["columns"][0]["id"])
    api.post(f"/tables/{other['id']}/rows", {"rows": [{name: n} for n in ("Acme", "Globex", "Initech")]})
    link = str(api.post(f"/tables/{tid}/columns", {"name": "Customer", "type": "link",
                                                    "options": {"table_id": other["id"]}})["column"]["id"])
    cols["Customer"] = link
    page.reload()
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('first')")
    _select(page, cols, "Customer")
    page.keyboard.type("Glo")
    assert page.locator(".link-editor input").input_value() == "Glo"
    page.locator(".link-editor .picker-item:has-text('Globex')").wait_for()
    assert page.locator(".link-editor .picker-item").count() == 1
    page.keyboard.press("Enter")  # links Globex; a multiple link stays open for more
    page.locator(".link-editor .link-chip:has-text('Globex')").wait_for()
    page.keyboard.press("Enter")  # closes and saves
    _no_editor(page)
    deadline = time.monotonic() + 8
    while not (stored := api.get(f"/tables/{tid}/rows", offset=0, limit=1)["rows"][0].get(link)):
        assert time.monotonic() < deadline, "the link was not stored"
        time.sleep(0.1)
    assert [v["display_value"] for v in stored] == ["Globex"]
