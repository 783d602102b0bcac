"""Reading as of a date in the web app, in Russian and English: on the receivables base's «Open»
view a person picks a past date with «На дату» / "As of", the banner says so, the row count
becomes the server's count as of that date, and «Back to today» returns to today's; the
dashboard does the same for its charts; and a table's record date is set from its tab menu
(checked through the API). The date is relative to today (the sample data is too)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import ROOT, Api, new_page, sign_up

SHOTS = Path(ROOT / "test-output" / "browser")


def _wait_count(page: Any, n: int) -> None:
    page.wait_for_function(
        "(n) => { const t = document.querySelector('[data-testid=row-count]')?.innerText ?? '';"
        " return t.replace(/\\D/g, '') === String(n); }", arg=n, timeout=20_000)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_open_view_and_dashboard_as_of_a_past_date(server: Any, browser: Any, shot: Any, lang: str) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    email = f"asof-{lang}-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"template": "receivables", "language": lang})
    invoices = next(t for t in base["tables"] if t["name"] == ("Счета" if lang == "ru" else "Invoices"))
    open_view = next(v for v in base["views"] if v["name"] == ("Открытые" if lang == "ru" else "Open")
                     and v["table_id"] == invoices["id"])
    past = dt.date.today() - dt.timedelta(days=120)
    now_count = api.get(f"/views/{open_view['id']}/count")["count"]
    past_count = api.get(f"/views/{open_view['id']}/count", as_of=past.isoformat())["count"]
    assert past_count != now_count  # the sample data makes the date matter

    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{server.url}/base/{base['id']}/table/{invoices['id']}/view/{open_view['id']}")
    _wait_count(page, now_count)
    page.get_by_test_id("as-of-btn").click()
    page.get_by_test_id("as-of-input").fill(past.isoformat())
    page.get_by_test_id("as-of-apply").click()
    bar = page.get_by_test_id("as-of-bar")
    bar.wait_for()
    shown = past.strftime("%d.%m.%Y") if lang == "ru" else f"{past:%b} {past.day}, {past.year}"
    chip = page.get_by_test_id("as-of-chip").inner_text()
    assert chip == (f"На дату {shown}" if lang == "ru" else f"As of {shown}"), chip
    assert page.get_by_test_id("as-of-btn").inner_text().strip() == chip
    _wait_count(page, past_count)
    page.wait_for_timeout(300)
    shot(page, f"as-of-view-{lang}-1280")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(400)
    page.screenshot(path=str(SHOTS / f"as-of-view-{lang}-390.png"))
    page.set_viewport_size({"width": 1280, "height": 800})
    page.get_by_test_id("as-of-reset").click()
    bar.wait_for(state="detached")
    _wait_count(page, now_count)

    # A series by period end: receivables at each of the last 6 month ends, on the dashboard.
    balance = next(c for c in invoices["columns"] if c["name"] == ("Остаток долга" if lang == "ru" else "Balance"))
    series = api.post(f"/bases/{base['id']}/charts", {
        "table_id": invoices["id"], "view_id": open_view["id"], "name": "AR", "settings": {
            "type": "line", "period_end": {"granularity": "month", "count": 6},
            "value": {"aggregate": "sum", "column_id": balance["id"]}, "layout": {"x": 0, "y": 40, "w": 12, "h": 4}}})

    # The dashboard: a number card (missing payments) reads the server's figure as of the date.
    page.goto(f"{server.url}/base/{base['id']}/dashboard")
    charts = api.get(f"/bases/{base['id']}/charts")["charts"]
    page.wait_for_function("(n) => document.querySelectorAll('[data-testid=chart] canvas, "
                           "[data-testid=chart] [data-testid=number-value]').length >= n",
                           arg=len(charts) - 1, timeout=30_000)
    label = page.locator(f"[data-chart-id='{series['chart']['id']}'] [data-testid=echart]").get_attribute("aria-label")
    months = {"ru": "(янв|февр|мар|апр|ма[йя]|июн|июл|авг|сент|окт|нояб|дек)",
              "en": "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"}[lang]
    assert label and len(re.findall(months, label)) >= 6, label  # six month ends, spelled by the app
    page.locator(f"[data-chart-id='{series['chart']['id']}']").screenshot(
        path=str(SHOTS / f"as-of-period-end-series-{lang}-1280.png"))
    card = next(c for c in charts if c["settings"]["type"] == "number")
    value = page.locator(f"[data-chart-id='{card['id']}'] [data-testid=number-value]")
    today_text = value.inner_text()
    page.get_by_test_id("as-of-btn").click()
    page.get_by_test_id("as-of-input").fill(past.isoformat())
    page.get_by_test_id("as-of-apply").click()
    page.get_by_test_id("as-of-bar").wait_for()
    then = api.get(f"/charts/{card['id']}/data", as_of=past.isoformat())["value"]
    now = api.get(f"/charts/{card['id']}/data")["value"]
    if then != now:
        page.wait_for_function("([sel, old]) => document.querySelector(sel)?.innerText !== old",
                               arg=[f"[data-chart-id='{card['id']}'] [data-testid=number-value]", today_text],
                               timeout=20_000)
    page.wait_for_timeout(500)
    shot(page, f"as-of-dashboard-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(400)
    page.screenshot(path=str(SHOTS / f"as-of-dashboard-{lang}-390.png"))
    page.set_viewport_size({"width": 1280, "height": 800})
    page.get_by_test_id("as-of-reset").click()
    page.get_by_test_id("as-of-bar").wait_for(state="detached")
    assert not page.js_errors


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_record_date_is_set_from_the_table_menu(server: Any, browser: Any, shot: Any, lang: str) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    email = f"rd-{lang}-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"template": "receivables", "language": lang, "sample_data": False})
    payments = next(t for t in base["tables"] if t["name"] == ("Оплаты" if lang == "ru" else "Payments"))
    date_col = next(c for c in payments["columns"] if c["type"] == "date")
    assert payments["record_date_column_id"] == date_col["id"]
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{server.url}/base/{base['id']}/table/{payments['id']}")
    page.locator(".tab-more").first.click()
    page.get_by_test_id("table-record-date").click()
    dialog = page.get_by_test_id("record-date-dialog")
    dialog.wait_for()
    select = page.get_by_test_id("record-date-select")
    assert select.input_value() == str(date_col["id"])
    shot(page, f"record-date-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / f"record-date-{lang}-390.png"))
    page.set_viewport_size({"width": 1280, "height": 800})
    select.select_option("")  # none
    page.get_by_test_id("record-date-save").click()
    dialog.wait_for(state="detached")
    deadline = dt.datetime.now() + dt.timedelta(seconds=10)
    while api.get(f"/tables/{payments['id']}")["record_date_column_id"] is not None:
        assert dt.datetime.now() < deadline, "the record date was not cleared"
        page.wait_for_timeout(200)
    assert not page.js_errors
