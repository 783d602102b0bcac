"""The formula editor's function reference in real Chromium, in Russian and English: a mistyped
function is refused at its place with a suggestion in the interface language; a person finds a
function (by name or by a word of its description), reads what it does with an example,
inserts it, saves, and sees the computed value (checked through the API too)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

TEXT = {
    "en": {"hint": "unknown function celing(); did you mean ceiling()?", "at": "character 1",
           "find": "rounds up", "desc": "Rounds up to a whole number, or to a multiple of the significance.",
           "example": "Example: ceiling(2.14) → 3", "insert": "Insert", "name": "Rounded"},
    "ru": {"hint": "неизвестная функция celing(); может быть, ceiling()?", "at": "символ 1",
           "find": "вверх", "desc": "Округляет вверх до целого или до кратного заданному шагу.",
           "example": "Пример: ceiling(2.14) → 3", "insert": "Вставить", "name": "Округлено"},
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_find_read_insert_and_save_a_function(server: Any, browser: Any, shot: Any, lang: str) -> None:
    words = TEXT[lang]
    page = new_page(browser, "ru-RU" if lang == "ru" else "en-US")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = f"f{uuid.uuid4().hex[:10]}@example.com"
    sign_up(page, server.url, email, "Vera")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Formulas"})
    table_id = api.get(f"/bases/{base['id']}")["tables"][0]["id"]
    api.post(f"/tables/{table_id}/columns", {"name": "Amount", "type": "number"})
    api.post(f"/tables/{table_id}/rows", {"rows": [{"Amount": 12}, {"Amount": -3.5}, {"Amount": 20}]})
    page.goto(f"{server.url}/base/{base['id']}")
    page.wait_for_selector(".col-header .name:text-is('Amount')")

    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", words["name"])
    page.click("[data-testid=column-type]")
    page.fill("[data-testid=type-search]", "formul" if lang == "en" else "форм")
    page.click("[data-testid=type-option-formula]")

    # A mistyped name: refused at its place, with the near name, in the interface language.
    page.click("[data-testid=formula-input]")
    page.keyboard.type("celing(1)")
    err = page.wait_for_selector(f"[data-testid=formula-error]:has-text('{words['hint']}')")
    assert words["at"] in err.inner_text()
    assert page.inner_text("[data-testid=formula-mark]") == "celing"
    page.fill("[data-testid=formula-input]", "")

    # The function list: a word of the description finds it; its help shows with an example.
    page.click("[data-testid=formula-functions]")
    page.fill("[placeholder]:visible >> nth=-1", words["find"])
    page.wait_for_selector("[data-testid=formula-fn-ceiling]")
    page.click("[data-testid=formula-fn-ceiling]")
    help_box = page.wait_for_selector(f"[data-testid=formula-fn-help]:has-text('{words['desc']}')")
    assert words["example"] in help_box.inner_text()
    assert "ceiling(x, [significance])" in help_box.inner_text()
    shot(page, f"formula-help-{lang}-1280")

    # Insert puts name() at the caret, inside the parentheses; the person types the arguments.
    page.click("[data-testid=formula-fn-insert]")
    assert page.input_value("[data-testid=formula-input]") == "ceiling()"
    page.keyboard.type("{Amount}, 5")
    assert page.input_value("[data-testid=formula-input]") == "ceiling({Amount}, 5)"
    page.wait_for_selector("[data-testid=formula-ok]")
    page.click("[data-testid=column-save]")
    page.wait_for_selector(f".col-header .name:text-is('{words['name']}')")

    col = next(c for c in api.get(f"/bases/{base['id']}")["tables"][0]["columns"] if c["name"] == words["name"])
    assert col["options"]["formula"] == "ceiling({Amount}, 5)"
    rows = api.get(f"/tables/{table_id}/rows", offset=0, limit=10)["rows"]
    assert sorted(r[str(col["id"])] for r in rows) == [0.0, 15.0, 20.0]
    page.wait_for_function(
        "() => [...document.querySelectorAll('.ag-row .t-formula')].some(e => e.innerText.trim() === '15')")
    shot(page, f"formula-saved-{lang}-1280")

    # On a phone-sized screen the reference and its help fit the dialog.
    page.click("[data-testid=add-column]")
    page.click("[data-testid=column-type]")
    page.fill("[data-testid=type-search]", "formul" if lang == "en" else "форм")
    page.click("[data-testid=type-option-formula]")
    page.set_viewport_size({"width": 390, "height": 844})
    page.click("[data-testid=formula-functions]")
    page.fill("[placeholder]:visible >> nth=-1", "networkdays")
    page.wait_for_selector("[data-testid=formula-fn-help]:has-text('networkdays(start, end')")
    page.locator("[data-testid=formula-fn-help]").scroll_into_view_if_needed()
    assert page.evaluate("() => { const b = document.querySelector('[role=dialog]'); "
                         "return [...b.querySelectorAll('*')].every(e => e.scrollWidth <= b.clientWidth + 1) }")
    shot(page, f"formula-help-{lang}-390")
    assert page.js_errors == []
