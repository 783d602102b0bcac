"""«Print / PDF» from the web app: the view's menu with the page orientation, and the row form;
both give a real PDF download whose text is the view's rows (or the row's fields). Ctrl+P's
print stylesheet hides the app around the grid."""

from __future__ import annotations

import io
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

TEXT = {"en": {"print": "Print / PDF", "landscape": "A4 landscape"},
        "ru": {"print": "Печать / PDF", "landscape": "A4 альбомный"}}


def _pdf(download: Any) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(Path(download.path()).read_bytes()))
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")), reader


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_print_a_view_and_a_row_as_pdf(server: Any, browser: Any, shot: Any, lang: str) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = f"p{uuid.uuid4().hex[:10]}@example.com"
    sign_up(page, server.url, email, "Pat")
    page.click("[data-testid=new-base]")
    page.fill("#dialog-input", "Печать")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    base_id = int(page.url.rsplit("/", 1)[1])
    api = Api(server.url, email)
    table = api.get(f"/bases/{base_id}")["tables"][0]
    table_id, name = table["id"], table["columns"][0]["name"]  # «Название» in Russian
    api.post(f"/tables/{table_id}/columns", {"name": "Amount", "type": "number",
                                             "options": {"format": "currency", "currency_symbol": "₽"}})
    api.post(f"/tables/{table_id}/rows", {"rows": [{name: "ООО «Ромашка»", "Amount": 1500},
                                                   {name: "<b>bold?</b>", "Amount": 20}]})
    view = api.post(f"/tables/{table_id}/views", {"name": "Печать счетов"})["view"]
    page.goto(f"{server.url}/base/{base_id}/table/{table_id}/view/{view['id']}")
    page.wait_for_selector(".ag-row[row-index='1']")

    page.set_viewport_size({"width": 390, "height": 844})
    page.click("[data-testid=io-menu]")
    item = page.locator("[data-testid=io-export-pdf]")
    assert item.is_visible()
    shot(page, f"print-pdf-menu-{lang}-390")
    page.click("[data-testid=io-menu]")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.click("[data-testid=io-menu]")
    assert item.inner_text() == TEXT[lang]["print"]
    page.select_option("[data-testid=io-pdf-orientation]", label=TEXT[lang]["landscape"])
    shot(page, f"print-pdf-menu-{lang}-1280")
    with page.expect_download() as dl:
        item.click()
    assert dl.value.suggested_filename == "Печать счетов.pdf"
    text, reader = _pdf(dl.value)
    assert "ООО «Ромашка»" in text and "<b>bold?</b>" in text
    assert "1 520,00 ₽" in text if lang == "ru" else "1,520.00 ₽" in text  # the footer's sum
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape, as chosen

    # Ctrl+P prints the grid without the app around it.
    page.emulate_media(media="print")
    assert not page.locator(".app-header").is_visible() and not page.locator(".main > .toolbar").is_visible()
    # The first row is drawn where the page starts (what the printer gets), not clipped away.
    assert page.evaluate("""() => {
      const r = document.querySelector(".ag-row[row-index='0'] .ag-cell").getBoundingClientRect()
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      return r.height > 0 && r.top < 200 && !!hit && !!hit.closest(".ag-row[row-index='0']")
    }""")
    shot(page, f"print-pdf-ctrl-p-{lang}")
    page.emulate_media(media="screen")

    page.hover(".ag-row[row-index='0'] .row-number")
    page.click(".ag-row[row-index='0'] [data-action=expand]")
    form = page.locator("[role=dialog]")
    form.locator("#row-form").wait_for()
    button = form.locator("[data-testid=row-print-pdf]")
    assert button.get_attribute("aria-label") == TEXT[lang]["print"]
    shot(page, f"print-pdf-row-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, f"print-pdf-row-{lang}-390")
    with page.expect_download() as dl:
        button.click()
    text, _ = _pdf(dl.value)
    assert "ООО «Ромашка»" in text and "Amount" in text
    assert page.js_errors == []
