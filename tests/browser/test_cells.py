"""Cell display and editors by type, in the grid and the row form, in real Chromium."""

from __future__ import annotations

import struct
import time
import uuid
import zlib
from datetime import date, timedelta
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

# Dates built from today, so the calendar shows the same kind of month whenever the test runs:
# the first of a month one or two months ahead, days of that month, and the 3rd of the next.
DUE = (date.today().replace(day=1) + timedelta(days=40)).replace(day=1)
PICKED = DUE.replace(day=15)
TYPED = (DUE + timedelta(days=40)).replace(day=3)
IN_FORM = DUE.replace(day=20)
RU_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
             "ноябрь", "декабрь"]


def _ru(d: date) -> str:
    return d.strftime("%d.%m.%Y")

pytestmark = pytest.mark.browser


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


def _png(width: int = 24, height: int = 16) -> bytes:
    """A small solid-colour PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x25\x63\xeb" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _setup(server: Any, browser: Any, locale: str = "en-US") -> tuple[Any, Api, dict, dict[str, str]]:
    """A base with Invoices (Name, Notes, Due, Status, Scan, Customer → Customers) and one row."""
    page = new_page(browser, locale)
    email = _email()
    sign_up(page, server.url, email, "Anna")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Receivables"})
    table = base["tables"][0]
    tid = table["id"]
    customers = api.post(f"/bases/{base['id']}/tables", {"name": "Customers"})["table"]
    cust_name = str(customers["columns"][0]["id"])
    api.post(f"/tables/{customers['id']}/rows", {"rows": [{cust_name: n} for n in ("Acme", "Globex", "Initech")]})
    cols = {"Name": str(table["columns"][0]["id"])}
    for name, type_, options in (
        ("Notes", "long-text", None),
        ("Due", "date", {"format": "DD.MM.YYYY" if locale.startswith("ru") else "YYYY-MM-DD"}),
        ("Status", "single-select", {"options": [{"name": "Open", "color": "#dbeafe"}]}),
        ("Scan", "image", None),
        ("Customer", "link", {"table_id": customers["id"]}),
        ("No", "auto-number", None),
    ):
        body: dict[str, Any] = {"name": name, "type": type_}
        if options:
            body["options"] = options
        cols[name] = str(api.post(f"/tables/{tid}/columns", body)["column"]["id"])
    api.post(f"/tables/{tid}/rows", {"rows": [{cols["Name"]: "INV-1", cols["Due"]: DUE.isoformat()}]})
    page.goto(f"{server.url}/base/{base['id']}/table/{tid}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('INV-1')")
    return page, api, {"base": base, "table": table, "customers": customers}, cols


def _cell(page: Any, type_: str, row: int = 0) -> Any:
    return page.locator(f".ag-row[row-index='{row}'] .t-{type_}").first


def _stored(api: Api, table_id: int, until: Any) -> dict:
    deadline = time.monotonic() + 5
    while True:
        row = api.get(f"/tables/{table_id}/rows", offset=0, limit=10)["rows"][0]
        if until(row) or time.monotonic() > deadline:
            return row
        time.sleep(0.1)


def test_long_text_popup_with_markdown_preview(server: Any, browser: Any, shot: Any) -> None:
    page, api, data, cols = _setup(server, browser)
    _cell(page, "long-text").click()
    page.keyboard.press("Enter")
    area = page.locator(".long-text-editor textarea")
    text = "**Urgent**: call *Monday*\n- ask for [the PDF](https://example.com/inv.pdf)\n- <b>not bold</b> [bad](javascript:alert(1))"
    area.fill(text)
    preview = page.locator("[data-testid=markdown-preview]")
    assert preview.locator("strong").inner_text() == "Urgent"
    assert preview.locator("em").inner_text() == "Monday"
    assert preview.locator("li").count() == 2
    assert preview.locator("a").get_attribute("href") == "https://example.com/inv.pdf"
    assert preview.locator("b").count() == 0 and "<b>not bold</b>" in preview.inner_text()
    assert preview.locator("a").count() == 1  # the javascript: link stays plain text
    shot(page, "cells-01-long-text-popup")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(".ag-row[row-index='0'] .t-long-text .md-cell strong:text-is('Urgent')")
    row = _stored(api, data["table"]["id"], lambda r: r[cols["Notes"]] == text)
    assert row[cols["Notes"]] == text
    assert page.js_errors == []


def test_date_picker_in_russian(server: Any, browser: Any, shot: Any) -> None:
    page, api, data, cols = _setup(server, browser, "ru-RU")
    assert _cell(page, "date").inner_text() == _ru(DUE)
    _cell(page, "date").click()
    page.keyboard.press("Enter")
    page.wait_for_selector(".date-editor .calendar")
    assert page.locator(".cal-title").inner_text().lower() == f"{RU_MONTHS[DUE.month - 1]} {DUE.year} г."
    assert page.locator(".cal-wd").first.inner_text().lower() == "пн"
    shot(page, "cells-02-date-picker-ru")
    page.click(f".cal-day[data-date='{PICKED.isoformat()}']")
    page.wait_for_selector(f".ag-row[row-index='0'] .t-date:text-is('{_ru(PICKED)}')")
    assert _stored(api, data["table"]["id"], lambda r: r[cols["Due"]] == PICKED.isoformat())[cols["Due"]] == PICKED.isoformat()

    # Typing in the locale's format works too, and the calendar follows what is typed.
    _cell(page, "date").click()
    page.keyboard.press("Enter")
    field = page.locator(".date-editor input")
    field.fill(_ru(TYPED))
    page.wait_for_selector(f".cal-day.on[data-date='{TYPED.isoformat()}']")
    page.keyboard.press("Enter")
    page.wait_for_selector(f".ag-row[row-index='0'] .t-date:text-is('{_ru(TYPED)}')")
    assert _stored(api, data["table"]["id"], lambda r: r[cols["Due"]] == TYPED.isoformat())[cols["Due"]] == TYPED.isoformat()
    assert page.js_errors == []


def test_add_a_select_option_from_the_picker(server: Any, browser: Any, shot: Any) -> None:
    page, api, data, cols = _setup(server, browser)
    _cell(page, "single-select").click()
    page.keyboard.press("Enter")
    page.keyboard.type("Disputed")
    add = page.locator(".picker-item.add")
    assert add.inner_text() == "Add option “Disputed”"
    shot(page, "cells-03-add-option")
    page.keyboard.press("Enter")
    page.wait_for_selector(".ag-row[row-index='0'] .t-single-select .chip:text-is('Disputed')")
    table = next(t for t in api.get(f"/bases/{data['base']['id']}")["tables"] if t["id"] == data["table"]["id"])
    status = next(c for c in table["columns"] if str(c["id"]) == cols["Status"])
    names = {o["name"]: o["id"] for o in status["options"]["options"]}
    assert set(names) == {"Open", "Disputed"}
    row = _stored(api, data["table"]["id"], lambda r: r[cols["Status"]] == names["Disputed"])
    assert row[cols["Status"]] == names["Disputed"]
    assert page.js_errors == []


def test_upload_an_image_see_its_thumbnail_and_preview(server: Any, browser: Any, shot: Any) -> None:
    page, api, data, cols = _setup(server, browser)
    _cell(page, "image").click()
    page.keyboard.press("Enter")
    page.wait_for_selector(".files-editor")
    page.set_input_files(".files-editor [data-testid=file-input]",
                         files=[{"name": "scan.png", "mimeType": "image/png", "buffer": _png()}])
    page.wait_for_selector(".files-editor .file-item .file-name:text-is('scan.png')")
    assert page.locator(".files-editor .file-thumb img").count() == 1
    shot(page, "cells-04-files-editor")
    page.keyboard.press("Enter")
    thumb = page.locator(".ag-row[row-index='0'] .t-image img.thumb")
    thumb.wait_for()
    page.wait_for_function(
        "() => { const i = document.querySelector(\".ag-row[row-index='0'] .t-image img.thumb\"); "
        "return i && i.complete && i.naturalWidth === 24 }")
    row = _stored(api, data["table"]["id"], lambda r: bool(r[cols["Scan"]]))
    assert [(f["name"], f["mime"]) for f in row[cols["Scan"]]] == [("scan.png", "image/png")]

    thumb.click()
    viewer = page.locator("[data-testid=file-preview]")
    viewer.wait_for()
    assert viewer.locator(".name").inner_text() == "scan.png"
    page.wait_for_function("() => document.querySelector('[data-testid=file-preview] img')?.naturalHeight === 16")
    shot(page, "cells-05-image-preview")
    page.keyboard.press("Escape")
    viewer.wait_for(state="detached")

    # Remove it again from the editor.
    _cell(page, "image").click()
    page.keyboard.press("Enter")
    page.click(".files-editor .file-remove")
    page.keyboard.press("Enter")
    page.wait_for_selector(".ag-row[row-index='0'] .t-image img.thumb", state="detached")
    assert _stored(api, data["table"]["id"], lambda r: not r[cols["Scan"]])[cols["Scan"]] == []
    assert page.js_errors == []


def test_pick_a_linked_row_with_the_link_picker(server: Any, browser: Any, shot: Any) -> None:
    page, api, data, cols = _setup(server, browser)
    _cell(page, "link").click()
    page.keyboard.press("Enter")
    page.wait_for_selector(".link-editor .picker-item:has-text('Initech')")
    page.keyboard.type("glo")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.link-editor .picker-item')].map(e => e.innerText.trim()).join() === 'Globex'")
    shot(page, "cells-06-link-picker")
    page.locator(".link-editor .picker-item", has_text="Globex").dispatch_event("mousedown")
    page.wait_for_selector(".link-editor .link-chip:has-text('Globex')")
    page.wait_for_selector(".link-editor .picker-item:has-text('Acme')")
    page.keyboard.press("Enter")
    page.wait_for_selector(".ag-row[row-index='0'] .t-link .link-chip:text-is('Globex')")
    row = _stored(api, data["table"]["id"], lambda r: bool(r[cols["Customer"]]))
    assert [v["display_value"] for v in row[cols["Customer"]]] == ["Globex"]
    assert page.js_errors == []


def test_row_form_edits_every_field_with_the_same_editors(server: Any, browser: Any, shot: Any) -> None:
    page, api, data, cols = _setup(server, browser, "ru-RU")
    page.hover(".ag-row[row-index='0'] .row-number")
    page.click(".ag-row[row-index='0'] [data-action=expand]")
    form = page.locator("[role=dialog]")
    form.locator("#row-form").wait_for()

    # Long text with its Markdown preview.
    form.locator(f"#f{cols['Notes']}").fill("Позвонить **срочно**")
    assert form.locator("[data-testid=form-markdown] strong").inner_text() == "срочно"

    # The date through the calendar, in the Russian format.
    form.locator("[data-testid=form-calendar]").click()
    form.locator(f".cal-day[data-date='{IN_FORM.isoformat()}']").click()
    assert form.locator(f"#f{cols['Due']}").input_value() == _ru(IN_FORM)

    # A linked row through the link picker; an image through the attachments panel.
    link = form.locator(".link-panel")
    link.locator("input").fill("Acme")
    link.locator(".picker-item", has_text="Acme").wait_for()
    page.wait_for_function("() => document.querySelectorAll('[role=dialog] .link-panel .picker-item').length === 1")
    link.locator(".picker-item", has_text="Acme").dispatch_event("mousedown")
    link.locator(".link-chip:has-text('Acme')").wait_for()
    form.locator("[data-testid=file-input]").set_input_files(
        files=[{"name": "чек.png", "mimeType": "image/png", "buffer": _png()}])
    form.locator(".file-item .file-name:text-is('чек.png')").wait_for()

    # Select options through the same searchable picker; a new option can be added here too.
    status = form.locator(".form-picker").first
    status.locator("input").fill("Спор")
    status.locator(".picker-item.add").dispatch_event("mousedown")
    status.locator(".picker-item[aria-selected=true]:has-text('Спор')").wait_for()

    # Computed fields are read-only with a lock hint.
    assert form.locator("[data-testid=lock-hint]").count() == 1
    shot(page, "cells-07-row-form")
    page.click("[data-testid=row-save]")
    row = _stored(api, data["table"]["id"], lambda r: bool(r[cols["Scan"]]) and bool(r[cols["Customer"]]))
    assert row[cols["Notes"]] == "Позвонить **срочно**"
    assert row[cols["Due"]] == IN_FORM.isoformat()
    assert [v["display_value"] for v in row[cols["Customer"]]] == ["Acme"]
    assert [f["name"] for f in row[cols["Scan"]]] == ["чек.png"]
    table = next(t for t in api.get(f"/bases/{data['base']['id']}")["tables"] if t["id"] == data["table"]["id"])
    options = next(c for c in table["columns"] if str(c["id"]) == cols["Status"])["options"]["options"]
    assert row[cols["Status"]] == next(o["id"] for o in options if o["name"] == "Спор")

    # History: who changed what, from what to what.
    page.click("[data-testid=row-history-tab]")
    change = form.locator(".cells li", has_text="Due")
    change.wait_for()
    assert _ru(DUE) in change.locator("del").inner_text()
    assert _ru(IN_FORM) in change.locator("ins").inner_text()
    assert "Anna" in form.locator(".history .who").first.inner_text()
    linked = form.locator(".cells li", has_text="Customer")
    page.wait_for_function(
        "() => [...document.querySelectorAll('[role=dialog] .cells li ins')].some(e => e.innerText === 'Acme')")
    assert linked.locator("ins").inner_text() == "Acme"
    shot(page, "cells-08-row-history")
    assert page.js_errors == []
