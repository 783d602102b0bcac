"""Column rules in the browser: a person makes «Number» unique in the column dialog (which first
lists the rows that repeat a number), then types a repeated number key by key into a grid cell,
sees why it is refused at the cell, and nothing is stored. Russian and English; the dialog also
at phone size (a phone shows rows as cards, not the grid)."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


def _setup(server: Any, browser: Any, locale: str) -> tuple[Any, Api, int, dict[str, str]]:
    page = new_page(browser, locale)
    email = f"u{uuid.uuid4().hex[:10]}@example.com"
    sign_up(page, server.url, email, "Tester")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Invoices"})
    table = base["tables"][0]
    tid = table["id"]
    cols = {"Name": str(table["columns"][0]["id"])}
    cols["Number"] = str(api.post(f"/tables/{tid}/columns", {"name": "Number", "type": "text"})["column"]["id"])
    api.post(f"/tables/{tid}/rows", {"rows": [{cols["Name"]: "Acme", cols["Number"]: "INV-1"},
                                             {cols["Name"]: "Beta", cols["Number"]: "inv-1 "},
                                             {cols["Name"]: "Gamma", cols["Number"]: "INV-3"}]})
    page.goto(f"{server.url}/base/{base['id']}/table/{tid}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Acme')")
    return page, api, tid, cols


def _numbers(api: Api, tid: int, col: str) -> list[Any]:
    return [r.get(col) for r in api.get(f"/tables/{tid}/rows", offset=0, limit=10)["rows"]]


@pytest.mark.parametrize("locale", ["ru-RU", "en-US"])
def test_unique_column_refuses_a_typed_duplicate(server: Any, browser: Any, shot: Any, locale: str) -> None:
    page, api, tid, cols = _setup(server, browser, locale)
    lang = locale[:2]
    page.set_viewport_size(SIZES["desktop"])
    # The column dialog: tick Unique and save. Two rows repeat a number: they are listed, nothing changes.
    page.locator(".col-header:has(.name:text-is('Number')) .col-menu-btn").click()
    page.click("text=" + ("Тип и настройки" if lang == "ru" else "Edit type and options"))
    page.check("[data-testid=column-unique]")
    page.click("[data-testid=column-save]")
    page.wait_for_selector("[data-testid=column-violations]")
    listed = page.locator("[data-testid=column-violation]").all_inner_texts()
    assert len(listed) == 2 and "Acme" in listed[0] and "Beta" in listed[1]
    error = page.inner_text("[data-testid=column-error]")
    assert ("уникальным" in error and "в 2 строках" in error) if lang == "ru" else \
        ("cannot be unique" in error and "in 2 rows" in error)
    shot(page, f"constraints-dialog-violations-{lang}-desktop")
    page.set_viewport_size(SIZES["phone"])
    shot(page, f"constraints-dialog-violations-{lang}-phone")
    page.set_viewport_size(SIZES["desktop"])
    column = next(c for c in api.get(f"/tables/{tid}")["columns"] if c["name"] == "Number")
    assert "constraints" not in column["options"]

    # Fix the repeated number (through the API, as a colleague would), save again: the rule is on.
    row_ids = [r["_id"] for r in api.get(f"/tables/{tid}/rows", offset=0, limit=10)["rows"]]
    api.s.patch(f"{api.url}/tables/{tid}/rows",
                json={"rows": [{"_id": row_ids[1], cols["Number"]: "INV-2"}]}).raise_for_status()
    page.check("[data-testid=column-required]")
    page.click("[data-testid=column-save]")
    page.wait_for_selector("[data-testid=column-rules]", state="detached")
    column = next(c for c in api.get(f"/tables/{tid}")["columns"] if c["name"] == "Number")
    assert column["options"]["constraints"] == {"required": True, "unique": True}
    page.wait_for_selector(f".ag-row[row-index='1'] .ag-cell[col-id='c{cols['Number']}']:has-text('INV-2')")

    # Type a number another row has, key by key, into Gamma's cell: refused at the cell.
    cell = page.locator(f".ag-row[row-index='2'] .ag-cell[col-id='c{cols['Number']}']").first
    cell.click()
    page.keyboard.type(" inv-1")
    page.keyboard.press("Enter")
    bubble = page.wait_for_selector("[data-testid=cell-refusal]")
    text = bubble.inner_text()
    assert "INV-1" in text or "inv-1" in text
    assert ("уникальным" in text) if lang == "ru" else ("must be unique" in text)
    assert page.locator(".ag-cell.cell-refused").count() == 1
    shot(page, f"constraints-cell-refused-{lang}-desktop")
    time.sleep(0.3)
    assert _numbers(api, tid, cols["Number"]) == ["INV-1", "INV-2", "INV-3"]
    page.wait_for_selector(f".ag-row[row-index='2'] .ag-cell[col-id='c{cols['Number']}']:has-text('INV-3')")

    assert page.js_errors == []
