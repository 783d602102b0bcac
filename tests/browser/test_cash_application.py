"""Cash application in real Chromium, in each language the receivables base can be made in: a
bank statement's payments without an invoice; Import / Export → «Match payments to invoices»
lists the suggestions, «Accept all» and «Apply» link them (checked through the API), and the
toolbar's undo takes them all back in one step. And the import wizard's options for such a
statement: Type = «Оплата» as a constant, invoice numbers the base lacks added as invoices.
Screenshots at 1280×800 and 390×844."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import SHOTS, Api, _open_contexts, sign_up

pytestmark = pytest.mark.browser

NAMES = {"ru": {"payments": "Оплаты", "invoices": "Счета", "customers": "Клиенты", "no": "Номер счёта",
                "cust": "Клиент", "inn": "ИНН", "total": "Сумма", "date": "Дата счёта", "due": "Срок оплаты",
                "doc": "Номер п/п", "purpose": "Назначение платежа", "payer": "ИНН плательщика", "invoice": "Счёт",
                "type": "Тип", "pay": "Оплата", "pdate": "Дата", "amount": "Сумма"},
         "en": {"payments": "Payments", "invoices": "Invoices", "customers": "Customers", "no": "Invoice No.",
                "cust": "Customer", "inn": "INN", "total": "Total", "date": "Invoice date", "due": "Due date",
                "doc": "Bank doc No.", "purpose": "Purpose", "payer": "Payer INN", "invoice": "Invoice",
                "type": "Type", "pay": "Payment", "pdate": "Date", "amount": "Amount"}}


def _day(offset: int) -> str:
    return (dt.date.today() + dt.timedelta(days=offset)).isoformat()


def _wait(check: Any, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.1)


def _page(browser: Any, lang: str, phone: bool) -> Any:
    size = {"width": 390, "height": 844} if phone else {"width": 1280, "height": 800}
    ctx = browser.new_context(viewport=size, has_touch=phone, is_mobile=phone, locale="ru-RU" if lang == "ru" else "en-US")
    _open_contexts.append(ctx)
    page = ctx.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.js_errors = errors  # type: ignore[attr-defined]
    return page


def _rows(api: Api, table_id: int) -> list[dict]:
    return api.get(f"/tables/{table_id}/rows", keys="names", limit=500)["rows"]


def _linked(api: Api, table_id: int, n: dict) -> dict[str, list[str]]:
    return {r[n["doc"]]: [x["display_value"] for x in r[n["invoice"]] or []] for r in _rows(api, table_id)}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_match_payments_accept_all_and_undo(server: Any, browser: Any, lang: str) -> None:
    n = NAMES[lang]
    page = _page(browser, lang, phone=False)
    email = f"cash-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email, "Ольга" if lang == "ru" else "Olga")
    api = Api(server.url, email)
    base = api.post("/bases", {"template": "receivables", "language": lang, "sample_data": False})
    t = {tb["name"]: tb["id"] for tb in base["tables"]}
    cust = api.post(f"/tables/{t[n['customers']]}/rows", {"rows": [
        {n["cust"]: "ООО «Ромашка»" if lang == "ru" else "Romashka LLC", n["inn"]: "7701234567"},
        {n["cust"]: "АО «Вектор»" if lang == "ru" else "Vector JSC", n["inn"]: "7809876543"}]})["rows"]
    api.post(f"/tables/{t[n['invoices']]}/rows", {"rows": [
        {n["no"]: no, n["cust"]: [cust[c]["_id"]], n["total"]: total, n["date"]: _day(d), n["due"]: _day(d + 30)}
        for no, c, total, d in [("СЧ-101", 0, 120000, -50), ("СЧ-102", 0, 45000, -20),
                                ("СЧ-201", 1, 80000, -40), ("СЧ-202", 1, 15500.5, -5)]]})
    purposes = {"ru": ["Оплата по счёту № СЧ-102 от {d}, в т.ч. НДС 20%", "Оплата по договору поставки",
                       "Аванс", "Оплата без указания счёта"],
                "en": ["Payment for invoice No. СЧ-102 of {d}, VAT included", "Payment under the supply contract",
                       "Advance", "Payment without an invoice"]}[lang]
    api.post(f"/tables/{t[n['payments']]}/rows", {"rows": [
        {n["type"]: n["pay"], n["pdate"]: _day(-1), n["doc"]: doc, n["payer"]: inn, n["amount"]: amount,
         n["purpose"]: purpose.format(d=_day(-20))}
        for doc, inn, amount, purpose in [("501", "7701234567", 45000, purposes[0]),
                                          ("502", "7809876543", 15500.5, purposes[1]),
                                          ("503", "7701234567", 30000, purposes[2]),
                                          ("504", "5000000000", 999, purposes[3])]]})
    pay_table = t[n["payments"]]
    url = f"{server.url}/base/{base['id']}/table/{pay_table}"

    page.goto(url)
    page.locator("[data-testid=row-count]").wait_for()
    page.click("[data-testid=io-menu]")
    page.click("[data-testid=io-cash-application]")
    rows = page.locator("[data-testid=cashapp-row]")
    rows.first.wait_for()
    assert rows.count() == 3
    assert page.locator("[data-testid=cashapp-unmatched]").count() == 1
    # Reject all, then accept all: the button names how many will be linked.
    page.click("[data-testid=cashapp-reject-all]")
    assert page.locator("[data-testid=cashapp-apply]").is_disabled()
    page.click("[data-testid=cashapp-accept-all]")
    page.screenshot(path=str(SHOTS / f"cash-application-{lang}-1280.png"))
    page.click("[data-testid=cashapp-apply]")
    page.locator("[data-testid=cashapp-list]").wait_for(state="detached")
    _wait(lambda: _linked(api, pay_table, n) == {"501": ["СЧ-102"], "502": ["СЧ-202"], "503": ["СЧ-101"], "504": []})
    page.screenshot(path=str(SHOTS / f"cash-application-applied-{lang}-1280.png"))

    # One undo takes every link back.
    page.click("[data-testid=undo]")
    _wait(lambda: _linked(api, pay_table, n) == {"501": [], "502": [], "503": [], "504": []})
    assert page.js_errors == []  # type: ignore[attr-defined]

    phone = _page(browser, lang, phone=True)
    phone.goto(server.url + "/login")
    phone.fill("#email", email)
    phone.fill("#password", "browser-pass-1")
    phone.click("button[type=submit]")
    phone.wait_for_url(server.url + "/")
    phone.goto(url)
    phone.locator("[data-testid=io-menu]").click()
    phone.click("[data-testid=io-cash-application]")
    phone.locator("[data-testid=cashapp-row]").first.wait_for()
    phone.screenshot(path=str(SHOTS / f"cash-application-{lang}-390.png"))
    assert phone.js_errors == []  # type: ignore[attr-defined]


WIZARD = {"ru": {"csv": "Номер п/п,Сумма,Счёт\n601,100,СЧ-1\n602,200,СЧ-2\n", "created": "добавлена 1 строка"},
          "en": {"csv": "Bank doc No.,Amount,Invoice\n601,100,СЧ-1\n602,200,СЧ-2\n", "created": "1 row added"}}


def _open_wizard(page: Any, url: str, csv_path: str, type_col: int) -> None:
    page.goto(url)
    page.locator("[data-testid=row-count]").wait_for()
    page.click("[data-testid=io-menu]")
    page.click("[data-testid=io-import]")
    page.set_input_files("[data-testid=import-file]", csv_path)
    page.wait_for_selector("[data-testid=import-columns]")
    page.check("[data-testid=import-mode-append]")
    page.click("[data-testid=import-constant-add]")
    page.select_option("[data-testid=import-constant-target-0]", str(type_col))


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_wizard_sets_a_constant_and_creates_missing_linked_rows(server: Any, browser: Any, lang: str,
                                                                 tmp_path: Any) -> None:
    n = NAMES[lang]
    page = _page(browser, lang, phone=False)
    email = f"wiz-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"template": "receivables", "language": lang, "sample_data": False})
    tables = {tb["name"]: tb for tb in base["tables"]}
    pay = tables[n["payments"]]
    type_col = next(c["id"] for c in pay["columns"] if c["name"] == n["type"])
    api.post(f"/tables/{tables[n['invoices']]['id']}/rows", {"rows": [{n["no"]: "СЧ-1", n["total"]: 100}]})
    csv = tmp_path / "statement.csv"
    csv.write_text(WIZARD[lang]["csv"], encoding="utf-8")
    url = f"{server.url}/base/{base['id']}/table/{pay['id']}"

    _open_wizard(page, url, str(csv), type_col)
    page.fill("[data-testid=import-constant-value-0]", n["pay"])
    page.check("[data-testid=import-create-linked] input")
    page.screenshot(path=str(SHOTS / f"import-constants-{lang}-1280.png"))
    page.click("[data-testid=import-start]")
    page.wait_for_selector("[data-testid=import-summary]", timeout=60_000)
    assert WIZARD[lang]["created"] in page.locator("[data-testid=import-linked-created]").inner_text()
    page.screenshot(path=str(SHOTS / f"import-constants-summary-{lang}-1280.png"))
    rows = _rows(api, pay["id"])
    assert {r[n["doc"]]: (r[n["type"]], [x["display_value"] for x in r[n["invoice"]] or []]) for r in rows} == {
        "601": (n["pay"], ["СЧ-1"]), "602": (n["pay"], ["СЧ-2"])}
    assert sorted(r[n["no"]] for r in _rows(api, tables[n["invoices"]]["id"])) == ["СЧ-1", "СЧ-2"]
    assert page.js_errors == []  # type: ignore[attr-defined]

    phone = _page(browser, lang, phone=True)
    phone.goto(server.url + "/login")
    phone.fill("#email", email)
    phone.fill("#password", "browser-pass-1")
    phone.click("button[type=submit]")
    phone.wait_for_url(server.url + "/")
    _open_wizard(phone, url, str(csv), type_col)
    phone.fill("[data-testid=import-constant-value-0]", n["pay"])
    phone.locator("[data-testid=import-constants]").scroll_into_view_if_needed()
    phone.screenshot(path=str(SHOTS / f"import-constants-{lang}-390.png"))
    assert phone.js_errors == []  # type: ignore[attr-defined]
