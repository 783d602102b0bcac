"""The web app offers what the server's registries hold: Home's template picker lists
GET /api/templates (the blank base first) and makes a base through the chosen template; the
import wizard's format choice lists GET /api/import-formats with the server's labels. In
Russian and English, on a wide and a phone screen."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

WORDS = {
    "ru": {"locale": "ru-RU", "blank": "Пустая база", "table": "Таблица 1", "csv": "TSV (через табуляцию)"},
    "en": {"locale": "en-US", "blank": "Blank base", "table": "Table 1", "csv": "TSV (tab-separated)"},
}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_template_picker_and_format_choice_come_from_the_registries(server: Any, browser: Any, shot: Any,
                                                                    tmp_path: Path, lang: str) -> None:
    words = WORDS[lang]
    page = new_page(browser, locale=words["locale"])
    page.set_viewport_size({"width": 1280, "height": 800})
    email = f"u{uuid.uuid4().hex[:10]}@example.com"
    sign_up(page, server.url, email)
    api = Api(server.url, email)

    page.click("[data-testid=new-from-template]")
    page.wait_for_selector("[data-testid=template-receivables]")
    cards = page.locator("[data-testid=templates] button.tpl")
    listed = api.get("/templates", language=lang)["templates"]
    assert [c.get_attribute("data-testid") for c in cards.all()] == [f"template-{t['id']}" for t in listed]
    assert words["blank"] in cards.first.inner_text()
    shot(page, f"registries-templates-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, f"registries-templates-{lang}-390")
    page.set_viewport_size({"width": 1280, "height": 800})

    page.click("[data-testid=template-blank]")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    page.wait_for_selector(".col-header")
    base = api.get(f"/bases/{int(page.url.rsplit('/', 1)[1])}")
    assert base["name"] == words["blank"] and [t["name"] for t in base["tables"]] == [words["table"]]

    # The import wizard's format choice: the registry's ids with their labels in this language.
    path = tmp_path / "list.csv"
    path.write_text("Name,Amount\nA,1\n", encoding="utf-8")
    page.click("[data-testid=io-menu]")
    page.click("[data-testid=io-import]")
    page.set_input_files("[data-testid=import-file]", str(path))
    page.wait_for_selector("[data-testid=import-columns]")
    options = page.locator("[data-testid=import-format] option")
    formats = api.get("/import-formats")["formats"]
    assert [o.get_attribute("value") for o in options.all()] == [f["id"] for f in formats]
    assert [o.inner_text() for o in options.all()] == [f["labels"][lang] for f in formats]
    assert words["csv"] in [o.inner_text() for o in options.all()]
    assert page.input_value("[data-testid=import-format]") == "csv"
    shot(page, f"registries-import-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, f"registries-import-{lang}-390")
    assert page.js_errors == []  # type: ignore[attr-defined]
