"""The receivables base's «Оплаты к разбору» / "Payments to review" (issue #22) in real Chromium,
in each language the base can be made in: a person opens the Payments tab and picks the view;
it lists, grouped by the reason, what the API says needs review (on the sample data: the
payment with no invoice and the one against a cancelled invoice). Screenshots at 1280×800 and
390×844."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest

from tests.browser.conftest import SHOTS, Api, _open_contexts, sign_up

pytestmark = pytest.mark.browser

NAMES = {"ru": {"table": "Оплаты", "view": "Оплаты к разбору", "reason": "К разбору", "amount": "Сумма",
                "reasons": {"Без счёта", "Счёт аннулирован"}},
         "en": {"table": "Payments", "view": "Payments to review", "reason": "To review", "amount": "Amount",
                "reasons": {"No invoice", "Invoice cancelled"}}}


def _page(browser: Any, lang: str, phone: bool) -> Any:
    size = {"width": 390, "height": 844} if phone else {"width": 1280, "height": 800}
    ctx = browser.new_context(viewport=size, has_touch=phone, is_mobile=phone,
                              locale="ru-RU" if lang == "ru" else "en-US")
    _open_contexts.append(ctx)
    page = ctx.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.js_errors = errors  # type: ignore[attr-defined]
    return page


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_payments_to_review_view(server: Any, browser: Any, lang: str) -> None:
    names = NAMES[lang]
    page = _page(browser, lang, phone=False)
    email = f"review-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email, "Ольга" if lang == "ru" else "Olga")
    api = Api(server.url, email)
    base = api.post("/bases", {"template": "receivables", "language": lang})
    table = next(t for t in base["tables"] if t["name"] == names["table"])
    view = next(v for v in base["views"] if v["name"] == names["view"])
    reason = str(next(c["id"] for c in table["columns"] if c["name"] == names["reason"]))
    rows = api.get(f"/views/{view['id']}/rows", limit=100)["rows"]
    assert {r[reason] for r in rows} == names["reasons"]

    page.goto(f"{server.url}/base/{base['id']}")
    page.get_by_role("tab", name=names["table"]).click()
    page.get_by_test_id("view-item").filter(has_text=names["view"]).click()
    page.wait_for_url(f"**/view/{view['id']}")
    page.wait_for_selector(f"[data-testid=row-count]:text-matches('^{len(rows)} ')")
    headers = page.get_by_test_id("group-header")
    headers.first.wait_for()
    # One group per reason, each headed by the column and the reason, in the base's language.
    shown = [h.inner_text().split("\n") for h in headers.all()]
    assert len(shown) == 2 and all(names["reason"] in lines for lines in shown), shown
    assert {r for r in names["reasons"] if any(r in lines for lines in shown)} == names["reasons"], shown
    # The footer sums the amounts of these payments only (not the table's, nor the last view's).
    amount = str(next(c["id"] for c in table["columns"] if c["name"] == names["amount"]))
    want = f"{sum(r[amount] for r in rows):.2f}".replace(".", "")
    footer = page.locator(".summary-cell", has_text="₽").first
    footer.wait_for()
    assert re.sub(r"\D", "", footer.inner_text()) == want, footer.inner_text()
    page.screenshot(path=str(SHOTS / f"receivables-review-{lang}-1280.png"))
    assert page.js_errors == []  # type: ignore[attr-defined]

    phone = _page(browser, lang, phone=True)
    phone.context.add_cookies(page.context.cookies())
    # On a phone a person opens the drawer, picks the table, then the view: one card per payment.
    phone.goto(f"{server.url}/base/{base['id']}")
    phone.get_by_test_id("drawer-open").tap()
    drawer = phone.get_by_test_id("phone-drawer")
    drawer.wait_for()
    phone.get_by_test_id("drawer-table").filter(has_text=names["table"]).tap()
    phone.wait_for_url(f"**/table/{table['id']}")
    if drawer.count():
        drawer.wait_for(state="detached")
    phone.get_by_test_id("drawer-open").tap()
    drawer.wait_for()
    phone.get_by_test_id("view-item").filter(has_text=names["view"]).locator("a").tap()
    phone.wait_for_url(f"**/view/{view['id']}")
    assert phone.get_by_test_id("phone-view-name").inner_text() == names["view"]
    phone.get_by_test_id("row-card").first.wait_for()
    assert phone.get_by_test_id("row-card").count() == len(rows)
    phone.screenshot(path=str(SHOTS / f"receivables-review-{lang}-390.png"))
    assert phone.js_errors == []  # type: ignore[attr-defined]
