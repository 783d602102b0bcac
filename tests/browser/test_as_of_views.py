"""Reading a kanban board, a calendar and a timeline as of a past date, in Russian and English:
on the receivables base a person opens each view, picks a date with «На дату» / "As of", the
banner says so, and the view shows what the server reads as of that date (its count, or the
rows of the range it asked for, asked again through the API with the same parameters); «Back
to today» returns to today's. Dates are relative to today (the sample data is too)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.conftest import Api, new_page, sign_up
from tests.browser.test_as_of import SHOTS, _wait_count


def _pick(page: Any, day: dt.date) -> None:
    page.get_by_test_id("as-of-btn").click()
    page.get_by_test_id("as-of-input").fill(day.isoformat())
    page.get_by_test_id("as-of-apply").click()
    page.get_by_test_id("as-of-bar").wait_for()


def _shots(page: Any, shot: Any, name: str) -> None:
    page.wait_for_timeout(400)
    shot(page, f"{name}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(500)
    page.screenshot(path=str(SHOTS / f"{name}-390.png"))
    page.set_viewport_size({"width": 1280, "height": 800})
    page.wait_for_timeout(300)


def _range_read(page: Any, api: Any, view_id: int, day: dt.date | None, action: Any) -> int:
    """Do `action` and return how many rows the server gives for the range the view then asked
    for — a read carrying `day` as its as-of date (none for today)."""
    with page.expect_request(lambda r: f"/views/{view_id}/range" in r.url
                             and ("as_of=" in r.url) == (day is not None)
                             and (day is None or f"as_of={day.isoformat()}" in r.url), timeout=30_000) as req:
        action()
    q = {k: v[0] for k, v in parse_qs(urlparse(req.value.url).query).items()}
    if day is not None:  # the calendar or timeline opens on the date: the range holds it
        assert q["start"] <= day.isoformat() <= q["end"], q
    return len(api.get(f"/views/{view_id}/range", **q)["rows"])


def _open_view(page: Any, name: str) -> Any:
    return lambda: page.locator(".view-link", has_text=name).first.click()


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_kanban_calendar_and_timeline_as_of_a_past_date(server: Any, browser: Any, shot: Any, lang: str) -> None:
    ru = lang == "ru"
    page = new_page(browser, locale="ru-RU" if ru else "en-US")
    email = f"asofv-{lang}-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"template": "receivables", "language": lang})
    invoices = next(t for t in base["tables"] if t["name"] == ("Счета" if ru else "Invoices"))
    views = {v["name"]: v for v in base["views"] if v["table_id"] == invoices["id"]}
    board = views["Доска взыскания" if ru else "Collection board"]
    calendar = views["Календарь оплат" if ru else "Payment calendar"]
    cols = {c["name"]: c["id"] for c in invoices["columns"]}
    timeline = api.post(f"/tables/{invoices['id']}/views", {
        "name": "График" if ru else "Schedule", "type": "timeline", "settings": {
            "start_column": cols["Дата счёта" if ru else "Invoice date"],
            "end_column": cols["Срок оплаты" if ru else "Due date"], "zoom": "month"}})["view"]
    past = dt.date.today() - dt.timedelta(days=60)
    page.set_viewport_size({"width": 1280, "height": 800})

    # The kanban board: its cards count as of the date is the server's.
    now_count = api.get(f"/views/{board['id']}/count")["count"]
    past_count = api.get(f"/views/{board['id']}/count", as_of=past.isoformat())["count"]
    assert past_count != now_count  # the sample data makes the date matter
    page.goto(f"{server.url}/base/{base['id']}/table/{invoices['id']}/view/{board['id']}")
    _wait_count(page, now_count)
    with page.expect_request(lambda r: f"/views/{board['id']}/stacks?" in r.url and "as_of=" in r.url):
        _pick(page, past)
    shown = past.strftime("%d.%m.%Y") if ru else f"{past:%b} {past.day}, {past.year}"
    assert page.get_by_test_id("as-of-chip").inner_text() == (f"На дату {shown}" if ru else f"As of {shown}")
    _wait_count(page, past_count)
    _shots(page, shot, f"as-of-kanban-{lang}")

    # The calendar, picked in the sidebar: the date stays set, and it reads the days it shows as of it.
    cal_name = "Календарь оплат" if ru else "Payment calendar"
    _wait_count(page, _range_read(page, api, calendar["id"], past, _open_view(page, cal_name)))
    page.get_by_test_id("as-of-bar").wait_for()
    _shots(page, shot, f"as-of-calendar-{lang}")
    _wait_count(page, _range_read(page, api, calendar["id"], None, page.get_by_test_id("as-of-reset").click))
    page.get_by_test_id("as-of-bar").wait_for(state="detached")

    # The timeline: the date picked there.
    page.locator(".view-link", has_text=timeline["name"]).first.click()
    page.get_by_test_id("as-of-btn").wait_for()
    _wait_count(page, _range_read(page, api, timeline["id"], past, lambda: _pick(page, past)))
    _shots(page, shot, f"as-of-timeline-{lang}")
    assert not page.js_errors


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_dashboard_kpi_charts_from_the_ledger(server: Any, browser: Any, shot: Any, lang: str) -> None:
    """The template's monthly KPI charts on the dashboard: 12 months the app spells in the
    reader's language, each line named in it; the figures are the server's."""
    ru = lang == "ru"
    page = new_page(browser, locale="ru-RU" if ru else "en-US")
    email = f"kpi-{lang}-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"template": "receivables", "language": lang})
    charts = {c["name"]: c for c in api.get(f"/bases/{base['id']}/charts")["charts"]}
    dso = charts["Оборачиваемость ДЗ по месяцам" if ru else "DSO by month"]
    data = api.get(f"/charts/{dso['id']}/data")
    labels = [s["label"] for s in data["series"]]
    assert labels == (["Оборачиваемость ДЗ", "Оборачиваемость ДЗ (метод исчерпания)", "Наилучшая оборачиваемость",
                       "Средняя просрочка, дней"] if ru else
                      ["DSO", "Countback DSO", "Best possible DSO", "Average days delinquent"])
    assert all(v is not None for s in data["series"] for v in s["data"][-3:])
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{server.url}/base/{base['id']}/dashboard", timeout=60_000)
    months = {"ru": "(янв|февр|мар|апр|ма[йя]|июн|июл|авг|сент|окт|нояб|дек)",
              "en": "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"}[lang]
    for name in ("DSO by month", "Collection effectiveness index by month",
                 "Invoiced, collected and receivables by month"):
        ch = charts[{"DSO by month": "Оборачиваемость ДЗ по месяцам",
                     "Collection effectiveness index by month": "Эффективность инкассации по месяцам",
                     "Invoiced, collected and receivables by month": "Выставлено, собрано и ДЗ по месяцам"}[name]
                    if ru else name]
        card = page.locator(f"[data-chart-id='{ch['id']}']")
        card.scroll_into_view_if_needed(timeout=60_000)
        chart = card.locator("[data-testid=echart]")
        chart.wait_for(timeout=60_000)
        page.wait_for_function("(sel) => (document.querySelector(sel)?.getAttribute('aria-label') ?? '').length > 20",
                               arg=f"[data-chart-id='{ch['id']}'] [data-testid=echart]", timeout=60_000)
        label = chart.get_attribute("aria-label") or ""
        assert len(re.findall(months, label)) >= 12, label  # twelve months, spelled by the app
        page.wait_for_timeout(500)
        key = name.split()[0].lower().strip(",")
        card.screenshot(path=str(SHOTS / f"kpi-{key}-{lang}-1280.png"))
    page.set_viewport_size({"width": 390, "height": 844})
    card = page.locator(f"[data-chart-id='{dso['id']}']")
    card.scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / f"kpi-dso-{lang}-390.png"))
    assert not page.js_errors
