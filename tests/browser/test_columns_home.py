"""The column dialog (type picker, number and select options, the formula editor, the conversion
report with Undo) and the home screen (search, rename, delete and undo) in real Chromium."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser


def _email() -> str:
    return f"d{uuid.uuid4().hex[:10]}@example.com"


def _pick_type(page: Any, search: str, type_: str) -> None:
    page.click("[data-testid=column-type]")
    page.fill("[data-testid=type-search]", search)
    page.click(f"[data-testid=type-option-{type_}]")
    page.wait_for_selector(f"[data-testid=column-type][data-value='{type_}']")


def _columns(api: Api, base_id: int) -> dict[str, dict]:
    return {c["name"]: c for c in api.get(f"/bases/{base_id}")["tables"][0]["columns"]}


def test_column_dialog_number_select_formula_and_type_change(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email, "Dana")
    page.click("[data-testid=new-base]")
    page.fill("#dialog-input", "Columns")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    base_id = int(page.url.rsplit("/", 1)[1])
    api = Api(server.url, email)
    table_id = api.get(f"/bases/{base_id}")["tables"][0]["id"]
    api.post(f"/tables/{table_id}/columns", {"name": "Raw", "type": "text"})
    api.post(f"/tables/{table_id}/rows", {"rows": [{"Name": "a", "Raw": "12.5"}, {"Name": "b", "Raw": "abc"},
                                                   {"Name": "c", "Raw": "7"}]})
    page.reload()
    page.wait_for_selector(".col-header .name:text-is('Raw')")

    # A number column: 2 decimals, currency. The picker is searchable.
    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", "Amount")
    page.click("[data-testid=column-type]")
    page.fill("[data-testid=type-search]", "zzz")
    page.wait_for_selector("text=No type matches.")
    page.fill("[data-testid=type-search]", "numb")
    found = page.locator("[data-testid^=type-option-]")
    assert found.count() < 5 and found.first.get_attribute("data-testid") == "type-option-number"
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-testid=column-type][data-value='number']")
    page.select_option("#num-format", "currency")
    page.select_option("#num-precision", "2")
    page.fill("#num-symbol", "$")
    page.select_option("#num-pos", "before")
    page.select_option("#num-thousands", "comma")
    page.select_option("#num-decimal", "dot")
    assert page.inner_text("[data-testid=number-preview]") == "$1,234,567.89"
    shot(page, "columns-01-number")
    page.click("[data-testid=column-save]")
    page.wait_for_selector(".col-header .name:text-is('Amount')")
    amount = _columns(api, base_id)["Amount"]
    assert amount["type"] == "number"
    assert amount["options"]["format"] == "currency" and amount["options"]["precision"] == 2
    assert amount["options"]["currency_symbol"] == "$"

    # A single select with two coloured options, the second moved to the top.
    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", "Status")
    _pick_type(page, "single", "single-select")
    page.fill("[data-testid=choice-name] >> nth=0", "Open")
    page.click("[data-testid=choice-color] >> nth=0")
    page.click("[data-color='#FCA5A5']")
    page.click("[data-testid=choice-add]")
    page.fill("[data-testid=choice-name] >> nth=1", "Paid")
    page.click("[data-testid=choice-color] >> nth=1")
    page.click("[data-color='#D1F7C4']")
    page.click("[data-testid=choice-up] >> nth=1")
    assert page.input_value("[data-testid=choice-name] >> nth=0") == "Paid"
    shot(page, "columns-02-select")
    page.click("[data-testid=column-save]")
    page.wait_for_selector(".col-header .name:text-is('Status')")
    opts = _columns(api, base_id)["Status"]["options"]["options"]
    assert [(o["name"], o["color"].upper()) for o in opts] == [("Paid", "#D1F7C4"), ("Open", "#FCA5A5")]

    rows = api.get(f"/tables/{table_id}/rows", offset=0, limit=10)["rows"]
    amount_id = str(amount["id"])
    api.s.patch(api.url + f"/tables/{table_id}/rows",
                json={"rows": [{"_id": rows[0]["_id"], amount_id: 12.5}]}).raise_for_status()

    # A formula: autocomplete a column, a mistake marked at its place, then a valid one saved.
    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", "Double")
    _pick_type(page, "form", "formula")
    page.click("[data-testid=formula-input]")
    page.keyboard.type("round({Am")
    page.wait_for_selector("[data-testid=formula-suggest] li:has-text('Amount')")
    # Escape closes the list, not the dialog; typing on opens it again.
    page.keyboard.press("Escape")
    page.wait_for_selector("[data-testid=formula-suggest]", state="detached")
    assert page.is_visible("[data-testid=column-name]")
    page.keyboard.type("o")
    page.wait_for_selector("[data-testid=formula-suggest] li:has-text('Amount')")
    page.keyboard.press("Enter")
    assert page.input_value("[data-testid=formula-input]") == "round({Amount}"
    page.keyboard.type(" * 2, 1) + foo(1)")
    err = page.wait_for_selector("[data-testid=formula-error]")
    assert "foo" in err.inner_text()
    assert page.inner_text("[data-testid=formula-mark]") == "foo"
    assert "character 26" in err.inner_text()
    shot(page, "columns-03-formula-error")
    page.click("[data-testid=formula-marked]")
    sel = page.evaluate("() => { const t = document.querySelector('[data-testid=formula-input]'); "
                        "return t.value.slice(t.selectionStart, t.selectionEnd) }")
    assert sel == "foo"
    page.fill("[data-testid=formula-input]", "round({Amount} * 2, 1)")
    page.wait_for_selector("[data-testid=formula-ok]:has-text('a number')")
    page.click("[data-testid=formula-functions]")
    page.wait_for_selector(".fn-list button:has-text('dateAdd(d, n, [unit])')")
    shot(page, "columns-04-formula-ok")
    page.click("[data-testid=column-save]")
    page.wait_for_selector(".col-header .name:text-is('Double')")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.ag-row .t-formula')].some(e => e.innerText.includes('25'))")
    stored = api.get(f"/tables/{table_id}/rows", offset=0, limit=10)["rows"]
    double_id = str(_columns(api, base_id)["Double"]["id"])
    assert stored[0][double_id] == 25

    # Change Raw from text to number: the report says 2 converted, 1 failed ("abc"); Undo puts it back.
    page.locator(".col-header:has(.name:text-is('Raw')) .col-menu-btn").click()
    page.click("text=Edit type and options")
    _pick_type(page, "number", "number")
    page.click("[data-testid=column-save]")
    page.wait_for_selector("[data-testid=conversion-report]")
    assert page.inner_text("[data-testid=report-converted]") == "2"
    assert page.inner_text("[data-testid=report-failed]") == "1"
    assert "abc" in page.inner_text("[data-testid=report-example]")
    assert _columns(api, base_id)["Raw"]["type"] == "number"
    shot(page, "columns-05-conversion-report")
    page.click("[data-testid=report-undo]")
    page.wait_for_selector("[data-testid=conversion-report]", state="detached")
    raw = _columns(api, base_id)["Raw"]
    assert raw["type"] == "text"
    back = api.get(f"/tables/{table_id}/rows", offset=0, limit=10)["rows"]
    assert sorted(str(r.get(str(raw["id"]))) for r in back) == ["12.5", "7", "abc"]
    assert page.js_errors == []


def test_column_dialog_shows_server_errors_at_the_field(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email, "Egor")
    page.click("[data-testid=new-base]")
    page.fill("#dialog-input", "Lookups")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    page.wait_for_selector(".col-header")
    # A lookup without any link column: the dialog says so, and the server's refusal is at the field.
    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", "Looked up")
    _pick_type(page, "look", "lookup")
    page.wait_for_selector("text=This table has no link column yet.")
    page.click("[data-testid=column-save]")
    page.wait_for_selector(".field-error:has-text('required')")
    shot(page, "columns-06-field-error")
    page.keyboard.press("Escape")
    page.wait_for_selector("[data-testid=column-name]", state="detached")
    assert page.js_errors == []


def test_home_search_rename_delete_and_undo(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email, "Fedor")
    api = Api(server.url, email)
    api.post("/bases", {"name": "Alpha ledger"})
    api.post("/bases", {"name": "Beta sales"})
    page.goto(server.url + "/")
    page.wait_for_selector("[data-testid=base-card]:has-text('Beta sales')")
    # The account menu says "Server administrator" exactly when the server says so (the first account).
    page.click("[data-testid=account-menu]")
    page.wait_for_selector("[role=menu]")
    assert page.is_visible("[data-testid=account-admin]") == api.get("/me")["user"]["is_admin"]
    page.click("[data-testid=account-menu]")

    page.fill("[data-testid=base-search]", "BETA")
    page.wait_for_function("() => document.querySelectorAll('[data-testid=base-card]').length === 1")
    assert "Beta sales" in page.inner_text("[data-testid=base-card]")
    page.fill("[data-testid=base-search]", "nothing like this")
    page.wait_for_selector("[data-testid=no-match]")
    page.click("[data-testid=clear-search]")
    page.wait_for_function("() => document.querySelectorAll('[data-testid=base-card]').length === 2")
    page.fill("[data-testid=base-search]", "beta")
    shot(page, "home-01-search")

    card = page.locator("[data-testid=base-card]:has-text('Beta sales')")
    card.locator(".more").click()
    page.click("[role=menuitem]:has-text('Rename')")
    page.fill("#dialog-input", "Beta receivables")
    page.keyboard.press("Enter")
    page.fill("[data-testid=base-search]", "")
    page.wait_for_selector("[data-testid=base-card]:has-text('Beta receivables')")
    assert sorted(b["name"] for b in api.get("/bases")["bases"]) == ["Alpha ledger", "Beta receivables"]

    page.locator("[data-testid=base-card]:has-text('Beta receivables') .more").click()
    page.click("[role=menuitem]:has-text('Delete')")
    page.click("[role=dialog] button.btn-danger")
    page.wait_for_selector("[data-testid=base-card]:has-text('Beta receivables')", state="detached")
    assert [b["name"] for b in api.get("/bases")["bases"]] == ["Alpha ledger"]
    shot(page, "home-02-deleted")
    page.click(".toast button:has-text('Undo')")
    page.wait_for_selector("[data-testid=base-card]:has-text('Beta receivables')")
    assert sorted(b["name"] for b in api.get("/bases")["bases"]) == ["Alpha ledger", "Beta receivables"]

    # A base from the receivables template opens with its tables and sample rows.
    page.click("[data-testid=new-from-template]")
    page.click("[data-testid=template-receivables]")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    page.wait_for_selector(".col-header")
    made = api.get(f"/bases/{int(page.url.rsplit('/', 1)[1])}")
    assert made["name"] == "Accounts receivable" and len(made["tables"]) > 1
    assert page.js_errors == []


def test_login_says_wrong_password_then_counts_down_the_rate_limit(server: Any, browser: Any, shot: Any) -> None:
    import requests

    from tests.browser.conftest import PASSWORD

    email = _email()
    s = requests.Session()
    s.headers["X-Requested-With"] = "tablo"
    s.post(server.url + "/api/auth/signup", json={"email": email, "password": PASSWORD, "name": "Gleb"}).raise_for_status()
    page = new_page(browser)
    page.goto(server.url + "/login")
    page.fill("#email", email)
    page.fill("#password", "not-the-password")
    page.click("button[type=submit]")
    assert "The email or password is wrong" in page.inner_text("[data-testid=auth-error]")
    fresh = requests.Session()
    fresh.headers["X-Requested-With"] = "tablo"
    for _ in range(9):
        r = fresh.post(server.url + "/api/auth/login", json={"email": email, "password": "still-wrong"})
        assert r.status_code == 401
    page.click("button[type=submit]")
    page.wait_for_selector("[data-testid=auth-error]:has-text('Try again in')")
    first = int(re.search(r"in (\d+) s", page.inner_text("[data-testid=auth-error]")).group(1))
    assert 880 <= first <= 900
    assert page.is_disabled("button[type=submit]")
    shot(page, "auth-01-rate-limited")
    page.wait_for_function(
        f"() => {{ const m = /in (\\d+) s/.exec(document.querySelector('[data-testid=auth-error]').innerText); "
        f"return m && Number(m[1]) < {first} }}")
    assert page.js_errors == []


def test_link_lookup_and_rollup_columns_from_the_dialog(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email, "Hanna")
    page.click("[data-testid=new-base]")
    page.fill("#dialog-input", "Invoices")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    base_id = int(page.url.rsplit("/", 1)[1])
    api = Api(server.url, email)
    first = api.get(f"/bases/{base_id}")["tables"][0]
    other = api.post(f"/bases/{base_id}/tables", {"name": "Payments"})["table"]
    api.post(f"/tables/{other['id']}/columns", {"name": "Sum", "type": "number"})
    page.reload()
    page.wait_for_selector(".col-header")

    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", "Paid by")
    _pick_type(page, "link", "link")
    page.select_option("[data-testid=link-table]", str(other["id"]))
    page.fill("#link-other", "Invoice")
    shot(page, "columns-07-link")
    page.click("[data-testid=column-save]")
    page.wait_for_selector(".col-header .name:text-is('Paid by')")

    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", "Payment sums")
    _pick_type(page, "look", "lookup")
    page.select_option("[data-testid=lookup-column]", label="Sum")
    page.click("[data-testid=column-save]")
    page.wait_for_selector(".col-header .name:text-is('Payment sums')")

    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", "Total paid")
    _pick_type(page, "roll", "rollup")
    page.select_option("[data-testid=lookup-column]", label="Sum")
    page.select_option("[data-testid=rollup-summary]", "sum")
    page.select_option("#res-precision", "2")
    page.click("[data-testid=column-save]")
    page.wait_for_selector(".col-header .name:text-is('Total paid')")

    tables = {t["name"]: t for t in api.get(f"/bases/{base_id}")["tables"]}
    cols = {c["name"]: c for c in tables[first["name"]]["columns"]}
    sum_id = next(c["id"] for c in tables["Payments"]["columns"] if c["name"] == "Sum")
    assert cols["Paid by"]["type"] == "link" and cols["Paid by"]["options"]["table_id"] == other["id"]
    assert "Invoice" in {c["name"] for c in tables["Payments"]["columns"]}
    assert cols["Payment sums"]["options"]["link_column_id"] == cols["Paid by"]["id"]
    assert cols["Payment sums"]["options"]["column_id"] == sum_id
    assert cols["Total paid"]["type"] == "rollup" and cols["Total paid"]["options"]["summary"] == "sum"
    assert cols["Total paid"]["options"]["precision"] == 2
    assert page.js_errors == []


def test_russian_home_empty_state_and_column_dialog_fit(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser, "ru-RU")
    email = _email()
    page.goto(server.url + "/signup")
    page.fill("#name", "Дарья")
    page.fill("#email", email)
    from tests.browser.conftest import PASSWORD

    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("text=Баз пока нет.")
    shot(page, "home-03-empty-ru")
    page.click("text=Создать первую базу")
    page.fill("#dialog-input", "Дебиторская задолженность")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    page.wait_for_selector(".col-header")
    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", "Просроченная задолженность")
    _pick_type(page, "форм", "formula")
    page.click("[data-testid=formula-input]")
    page.keyboard.type("ifs(")
    # The parser's message in Russian, and the place: the end of the text.
    page.wait_for_selector("[data-testid=formula-error]:has-text('формула обрывается раньше времени')")
    assert "символ 5" in page.inner_text("[data-testid=formula-error]")
    page.click("[data-testid=formula-functions]")
    assert page.is_visible("text=Логические")
    # Nothing in the dialog is wider than the dialog.
    assert page.evaluate("() => { const b = document.querySelector('[role=dialog]'); "
                         "return [...b.querySelectorAll('*')].every(e => e.scrollWidth <= b.clientWidth + 1) }")
    shot(page, "columns-08-formula-ru")
    assert page.js_errors == []


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_new_blank_base_and_table_are_named_in_the_interface_language(server: Any, browser: Any,
                                                                        lang: str) -> None:
    """«New base» and «+ Table» name the first table and each primary column in the interface
    language (a Russian person never meets «Table 1» / «Name»), also when the account still
    says the other language."""
    page = new_page(browser, "ru-RU" if lang == "ru" else "en-US")
    email = _email()
    sign_up(page, server.url, email, "Nina")
    api = Api(server.url, email)
    other = "en" if lang == "ru" else "ru"
    api.s.patch(api.url + "/me", json={"locale": other}).raise_for_status()  # the web app sends its own
    page.click("[data-testid=new-base]")
    page.fill("#dialog-input", "Склад" if lang == "ru" else "Stock")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    base_id = int(page.url.rsplit("/", 1)[1])
    first = api.get(f"/bases/{base_id}")["tables"][0]
    want = {"ru": ("Таблица 1", "Название"), "en": ("Table 1", "Name")}[lang]
    assert (first["name"], first["columns"][0]["name"]) == want
    page.locator(".col-header", has_text=want[1]).first.wait_for()
    page.click("[data-testid=add-table]")
    assert page.input_value("#dialog-input") == ("Таблица 2" if lang == "ru" else "Table 2")
    page.keyboard.press("Enter")
    page.locator(".tab-list", has_text=want[0].replace("1", "2")).first.wait_for()
    second = api.get(f"/bases/{base_id}")["tables"][1]
    assert (second["name"], second["columns"][0]["name"]) == ("Таблица 2" if lang == "ru" else "Table 2", want[1])
    assert not page.js_errors
