"""«Документы» in the row form: a pre-trial claim for an invoice of the receivables base in two
clicks (the PDF is the one the API makes), and the template editor: typing changes the live
preview, a mistake shows at its line, saving stores the template (checked through the API)."""

from __future__ import annotations

import io
import re
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

TEXT = {"ru": {"claim": "Претензия", "number": "Номер счёта", "invoices": "Счета", "menu": "Документы",
               "line": "Строка 2"},
        "en": {"claim": "Pre-trial claim", "number": "Invoice No.", "invoices": "Invoices", "menu": "Documents",
               "line": "Line 2"}}


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages).replace("\u00a0", " "))


def _until(fn: Any, ok: Any, seconds: float = 15) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        got = fn()
        if ok(got) or time.monotonic() > deadline:
            return got
        time.sleep(0.2)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_claim_in_two_clicks_and_the_template_editor(server: Any, browser: Any, shot: Any, lang: str) -> None:
    w = TEXT[lang]
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = f"d{uuid.uuid4().hex[:10]}@example.com"
    sign_up(page, server.url, email, "Dana")
    api = Api(server.url, email)
    made = api.post("/bases", {"template": "receivables", "language": lang})
    base_id = made.get("id") or made["base"]["id"]
    api.s.put(f"{api.url}/bases/{base_id}/company", json={"details": {
        "name": "ООО «Табло»", "inn": "7701234567", "signatory": "Иванов И. И."}}).raise_for_status()
    tables = {t["name"]: t for t in api.get(f"/bases/{base_id}")["tables"]}
    invoices = tables[w["invoices"]]
    page.goto(f"{server.url}/base/{base_id}/table/{invoices['id']}")
    page.wait_for_selector(".ag-row[row-index='0']", timeout=30_000)

    page.hover(".ag-row[row-index='0'] .row-number")
    page.click(".ag-row[row-index='0'] [data-action=expand]")
    form = page.locator("[role=dialog]")
    form.locator("#row-form").wait_for()
    # Two clicks: «Документы», then «Претензия».
    button = form.get_by_test_id("row-documents")
    assert button.inner_text().strip() == w["menu"]
    button.click()
    item = form.get_by_role("menuitem", name=w["claim"], exact=True)
    item.wait_for()
    shot(page, f"documents-menu-{lang}-1280")
    with page.expect_download(timeout=60_000) as dl:  # WeasyPrint on a busy machine
        item.click()
    got = Path(dl.value.path()).read_bytes()
    text = _text(got)
    number = re.search(r"(?:СЧ|INV)-\d{4}-\d{4}", text)
    assert number, text[:500]
    rows = api.get(f"/tables/{invoices['id']}/rows", limit=1000)["rows"]
    num_col = next(c for c in invoices["columns"] if c["name"] == w["number"])
    row = next(r for r in rows if r[str(num_col["id"])] == number.group(0))
    claim = next(d for d in api.get(f"/tables/{invoices['id']}/documents")["documents"] if d["name"] == w["claim"])
    same = api.s.post(f"{api.url}/documents/{claim['id']}/render", json={"row_id": row["_id"]})
    same.raise_for_status()
    assert _text(same.content) == text  # the download is the API's document for the row that was open
    assert "ООО «Табло»" in text and "Иванов И. И." in text

    # The editor: a new template, typed; the preview follows; a mistake shows at its line.
    page.set_viewport_size({"width": 390, "height": 844})
    button.click()
    item.wait_for()
    shot(page, f"documents-menu-{lang}-390")
    page.set_viewport_size({"width": 1280, "height": 800})
    form.get_by_test_id("documents-edit").click()
    editor = page.locator(".doc-editor [role=dialog]").or_(page.locator("[role=dialog]").last)
    body = page.get_by_test_id("doc-body")
    body.wait_for()
    preview = page.frame_locator("[data-testid=doc-preview]")
    _until(lambda: preview.locator("body").inner_text(), lambda s: s.strip() != "")
    shot(page, f"documents-editor-{lang}-1280")
    page.get_by_test_id("doc-template").select_option("new")
    body.fill("")
    body.type('<h1>Check {{ row["' + w["number"] + '"] }}</h1>\n')
    heading = _until(lambda: preview.locator("h1").first.inner_text() if preview.locator("h1").count() else "",
                     lambda s: s.startswith("Check "))
    assert re.fullmatch(r"Check (СЧ|INV)-\d{4}-\d{4}", heading), heading
    body.press("End")
    body.type("{{ row.__class__ }}")
    error = page.get_by_test_id("template-error")
    error.wait_for()
    assert w["line"] in error.inner_text()
    assert page.locator(".gutter .bad").inner_text().strip() == "2"
    shot(page, f"documents-editor-error-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, f"documents-editor-{lang}-390")
    page.set_viewport_size({"width": 1280, "height": 800})
    # Fix it, name it, save: the API has the template as typed.
    body.press("Control+A")
    body.press("Delete")
    body.type('<p>{{ row["' + w["number"] + '"] }}</p>')
    error.wait_for(state="hidden")
    page.get_by_test_id("doc-name").fill("Note")
    page.get_by_test_id("doc-save").click()
    stored = _until(lambda: [d for d in api.get(f"/tables/{invoices['id']}/documents")["documents"]
                             if d["name"] == "Note"], bool)
    assert stored and stored[0]["body"] == '<p>{{ row["' + w["number"] + '"] }}</p>'
    assert editor.count() >= 1
    # The company details the documents print, filled in from the editor.
    page.get_by_test_id("doc-company").click()
    name = page.get_by_test_id("company-name")
    _until(name.input_value, lambda v: v == "ООО «Табло»")  # what the API set is shown
    page.get_by_test_id("company-bik").fill("044525225")
    page.get_by_test_id("company-signatory_title").fill("Директор")
    shot(page, f"documents-company-{lang}-1280")
    page.get_by_test_id("company-save").click()
    details = _until(lambda: api.get(f"/bases/{base_id}/company")["details"], lambda d: d.get("bik") == "044525225")
    assert details == {"name": "ООО «Табло»", "inn": "7701234567", "signatory": "Иванов И. И.", "bik": "044525225",
                       "signatory_title": "Директор"}
    assert page.js_errors == []


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_an_automation_that_sends_a_document_is_made_in_the_dialog(server: Any, browser: Any, shot: Any,
                                                                   lang: str) -> None:
    w = {**TEXT[lang], "action": {"ru": "Сделать документ и отправить письмом",
                                  "en": "Make a document and send it by email"}[lang]}
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = f"a{uuid.uuid4().hex[:10]}@example.com"
    sign_up(page, server.url, email, "Ann")
    api = Api(server.url, email)
    made = api.post("/bases", {"template": "receivables", "language": lang, "sample_data": False})
    base_id = made.get("id") or made["base"]["id"]
    invoices = next(t for t in api.get(f"/bases/{base_id}")["tables"] if t["name"] == w["invoices"])
    claim = next(d for d in api.get(f"/tables/{invoices['id']}/documents")["documents"] if d["name"] == w["claim"])
    page.goto(f"{server.url}/base/{base_id}/table/{invoices['id']}")
    page.click("[data-testid=open-automations]")
    page.click("[data-testid=automation-new]")
    page.fill("[data-testid=automation-name]", "Claims")
    page.get_by_test_id("automation-action-type").select_option(label=w["action"])
    page.get_by_test_id("automation-document").select_option(label=w["claim"])
    page.fill("[data-testid=automation-doc-to]", "buh@example.org")
    page.fill("[data-testid=automation-doc-subject]", "{" + w["number"] + "}")
    page.fill("[data-testid=automation-doc-body]", "PDF")
    shot(page, f"documents-automation-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, f"documents-automation-{lang}-390")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.click("[data-testid=automation-save]")
    page.locator("[data-testid=automation]", has_text="Claims").wait_for()
    rules = [r for r in api.get(f"/tables/{invoices['id']}/automations")["automations"] if r["name"] == "Claims"]
    assert [(a["type"], a["document_id"], a["to"]) for r in rules for a in r["actions"]] == \
        [("send_document", claim["id"], "buh@example.org")]
    assert page.js_errors == []


def test_a_document_for_every_row_of_a_view_from_the_menu(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser, locale="ru-RU")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = f"v{uuid.uuid4().hex[:10]}@example.com"
    sign_up(page, server.url, email, "Vera")
    api = Api(server.url, email)
    made = api.post("/bases", {"template": "receivables", "language": "ru"})
    base_id = made.get("id") or made["base"]["id"]
    invoices = next(t for t in api.get(f"/bases/{base_id}")["tables"] if t["name"] == "Счета")
    num = next(c for c in invoices["columns"] if c["name"] == "Номер счёта")
    view = api.post(f"/tables/{invoices['id']}/views", {"name": "Первые", "settings": {"filters": {
        "conjunction": "and", "filters": [{"column_id": num["id"], "operator": "contains", "value": "-000"}]}}})["view"]
    numbers = sorted(r[str(num["id"])] for r in api.get(f"/views/{view['id']}/rows", limit=100)["rows"])
    assert 1 < len(numbers) < 20
    reminder = next(d for d in api.get(f"/tables/{invoices['id']}/documents")["documents"]
                    if d["name"] == "Напоминание об оплате")
    page.goto(f"{server.url}/base/{base_id}/table/{invoices['id']}/view/{view['id']}")
    page.wait_for_selector(".ag-row[row-index='0']", timeout=30_000)
    page.click("[data-testid=io-menu]")
    item = page.get_by_test_id(f"io-document-{reminder['id']}")
    item.wait_for()
    shot(page, "documents-view-menu-ru-1280")
    with page.expect_download(timeout=120_000) as dl:
        item.click()
    data = Path(dl.value.path()).read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == len(numbers)  # one letter a row, each one page
    text = _text(data)
    assert all(n in text for n in numbers)
    # The grid's row menu: «Документы…» opens the row form with its documents listed.
    page.locator(".ag-row[row-index='0'] .ag-cell").nth(1).click(button="right")
    page.get_by_test_id("menu-row-documents").click()
    menu = page.get_by_test_id("documents-menu")
    menu.get_by_role("menuitem", name="Претензия", exact=True).wait_for()
    shot(page, "documents-row-menu-ru-1280")
    assert page.locator("[role=dialog] h2").inner_text() == numbers[0]
    assert page.js_errors == []
