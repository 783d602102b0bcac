"""Dashboard filters, full screen, print / PDF and chart images, as a person uses them: Anna
defines a manager filter and a period in the dashboard's header, picks a manager and sees the
pivot's numbers change (a second person's dashboard follows live), a chart of a table without a
manager says it is not filtered by it, a new chart from the editor takes the filters, a pivot
cell opens exactly the filtered rows, undo takes the filter back; the dashboard and one chart go
full screen, a chart downloads as PNG and SVG, and the dashboard prints to PDF. What is stored is
checked through the API. Screens in Russian and English at desktop and phone sizes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from tests.browser.conftest import ROOT, Api, new_page, sign_up

SHOT_DIR = ROOT / "test-output" / "browser"
ROWS = [("A-1", "Acme", "Ivanov", 100, 3), ("A-2", "Acme", "Petrov", 250, 40), ("B-1", "Beta", "Ivanov", 70, 75),
        ("C-1", "Gamma", "Petrov", 500, 120), ("C-2", "Gamma", "Ivanov", 1, 200)]


def _email() -> str:
    return f"df-{uuid.uuid4().hex[:8]}@example.com"


def _base(api: Api) -> tuple[dict, dict, int, dict]:
    """Invoices (customer, manager, balance, due) and payments (paid on, sum: no manager)."""
    base = api.post("/bases", {"name": "Receivables"})
    t1 = base["tables"][0]["id"]
    for name, type_ in (("Customer", "text"), ("Manager", "text"), ("Balance", "number"), ("Due", "date")):
        api.post(f"/tables/{t1}/columns", {"name": name, "type": type_})
    t2 = api.post(f"/bases/{base['id']}/tables", {"name": "Payments"})["table"]["id"]
    for name, type_ in (("Paid on", "date"), ("Sum", "number")):
        api.post(f"/tables/{t2}/columns", {"name": name, "type": type_})
    tables = api.get(f"/bases/{base['id']}")["tables"]
    cols = {c["name"]: c["id"] for c in tables[0]["columns"]}
    cols["Name"] = tables[0]["columns"][0]["id"]
    pcols = {c["name"]: c["id"] for c in tables[1]["columns"]}
    today = dt.date.today()
    api.post(f"/tables/{t1}/rows", {"rows": [
        {str(cols["Name"]): n, str(cols["Customer"]): c, str(cols["Manager"]): m, str(cols["Balance"]): b,
         str(cols["Due"]): (today - dt.timedelta(days=d)).isoformat()} for n, c, m, b, d in ROWS]})
    api.post(f"/tables/{t2}/rows", {"rows": [
        {str(pcols["Paid on"]): (today - dt.timedelta(days=i * 10)).isoformat(), str(pcols["Sum"]): 10 * i} for i in range(5)]})
    charts = [("Balance by customer × manager", t1, {"type": "pivot", "x": {"column_id": cols["Customer"]},
                                                     "series": {"column_id": cols["Manager"]},
                                                     "value": {"aggregate": "sum", "column_id": cols["Balance"]},
                                                     "layout": {"x": 0, "y": 0, "w": 6, "h": 4}}),
              ("Balance by customer", t1, {"type": "bar", "x": {"column_id": cols["Customer"]},
                                           "value": {"aggregate": "sum", "column_id": cols["Balance"]},
                                           "layout": {"x": 6, "y": 0, "w": 6, "h": 4}}),
              ("Collected", t2, {"type": "number", "value": {"aggregate": "sum", "column_id": pcols["Sum"]},
                                 "layout": {"x": 0, "y": 4, "w": 4, "h": 3}})]
    for name, t, s in charts:
        api.post(f"/bases/{base['id']}/charts", {"table_id": t, "name": name, "settings": s})
    return base, cols, t2, pcols


def _charts(api: Api, base: dict) -> list[dict]:
    return api.get(f"/bases/{base['id']}/charts")["charts"]


def _define_filters(page: Any, t1: int, t2: int) -> None:
    """Through the «Filters…» dialog: Manager (a value) on invoices, Period (dates) on both."""
    page.click("[data-testid=dash-filters-edit]")
    page.wait_for_selector("[data-testid=dash-filter-def]")
    defs = page.locator("[data-testid=dash-filter-def]")
    defs.nth(0).locator("[data-testid=dash-filter-label]").fill("Manager")
    defs.nth(0).locator(f"[data-testid=dash-filter-col-{t1}]").select_option(label="Manager")
    page.click("[data-testid=dash-filter-add]")
    defs.nth(1).locator("[data-testid=dash-filter-label]").fill("Period")
    defs.nth(1).locator("[data-testid=dash-filter-kind]").select_option(value="date")
    defs.nth(1).locator(f"[data-testid=dash-filter-col-{t1}]").select_option(label="Due")
    defs.nth(1).locator(f"[data-testid=dash-filter-col-{t2}]").select_option(label="Paid on")
    page.click("[data-testid=dash-filters-save]")
    page.wait_for_selector("[data-testid=dash-filter-def]", state="detached")


def _pivot_total(page: Any) -> str:
    return page.locator("[data-testid=chart] .pivot tfoot td.tot").last.inner_text()


def test_filter_drill_undo_live_fullscreen_images_print(server: Any, browser: Any, tmp_path: Any) -> None:
    anna, boris = new_page(browser), new_page(browser)
    anna_email, boris_email = _email(), _email()
    sign_up(anna, server.url, anna_email, "Anna")
    sign_up(boris, server.url, boris_email, "Boris")
    api = Api(server.url, anna_email)
    base, cols, t2, pcols = _base(api)
    t1 = base["tables"][0]["id"]
    api.post(f"/bases/{base['id']}/members", {"email": boris_email, "role": "viewer"})
    for page in (anna, boris):
        page.goto(f"{server.url}/base/{base['id']}/dashboard")
        page.wait_for_selector("[data-testid=chart] .pivot")
    assert _pivot_total(anna) == "921"
    assert boris.locator("[data-testid=dash-filters-edit]").count() == 0  # a viewer only reads

    _define_filters(anna, t1, t2)
    anna.wait_for_selector("[data-testid=dash-filter-value]")
    stored = [c["settings"].get("dashboard_filters") for c in _charts(api, base)]
    assert all(s == stored[0] for s in stored) and [f["label"] for f in stored[0]] == ["Manager", "Period"]
    assert stored[0][0]["columns"] == [{"table_id": t1, "column_id": cols["Manager"]}]

    # Pick a manager: the pivot and the bars shrink to his rows; the payments card ignores it.
    anna.fill("[data-testid=dash-filter-value]", "Ivanov")
    anna.keyboard.press("Enter")
    anna.wait_for_function("() => [...document.querySelectorAll('[data-testid=chart] .pivot tfoot td.tot')].pop()"
                           "?.textContent.trim() === '171'")
    pivot = next(c for c in _charts(api, base) if c["settings"]["type"] == "pivot")
    data = api.get(f"/charts/{pivot['id']}/data")
    assert data["total"] == 171 and data["dashboard_filters"] == {"applied": ["Manager"], "ignored": []}
    collected = anna.locator("[data-testid=chart]", has_text="Collected")
    assert "Not filtered by: Manager" in collected.locator("[data-testid=chart-ignored]").inner_text()
    # Boris's dashboard follows live.
    boris.wait_for_function("() => document.querySelector('[data-testid=dash-filter-value]')?.value === 'Ivanov'")
    boris.wait_for_function("() => [...document.querySelectorAll('[data-testid=chart] .pivot tfoot td.tot')].pop()"
                            "?.textContent.trim() === '171'")

    # A period: from 100 days ago leaves Ivanov's Acme (100) and Beta (70).
    since = (dt.date.today() - dt.timedelta(days=100)).isoformat()
    anna.fill("[data-testid=dash-filter-from]", since)
    anna.wait_for_function("() => [...document.querySelectorAll('[data-testid=chart] .pivot tfoot td.tot')].pop()"
                           "?.textContent.trim() === '170'")
    pay_total = sum(10 * i for i in range(5) if i * 10 <= 100)
    assert api.get(f"/charts/{[c for c in _charts(api, base) if c['table_id'] == t2][0]['id']}/data")["value"] == pay_total

    # A pivot cell opens exactly the filtered rows behind it.
    anna.locator("[data-testid=chart] .pivot tbody tr", has_text="Acme").locator("td.link").first.click()
    anna.wait_for_selector("[data-testid=drill-grid]")
    anna.wait_for_function("() => document.querySelector('[data-testid=drill-count]')?.textContent.trim() === '1 row'")
    anna.keyboard.press("Escape")

    # A new chart from the editor joins the dashboard with its filters.
    anna.click("[data-testid=add-chart]")
    anna.wait_for_selector("[data-testid=chart-editor]")
    anna.fill("[data-testid=ce-name]", "Count by customer")
    anna.wait_for_selector("[data-testid=ce-preview] canvas")
    anna.click("[data-testid=ce-save]")
    anna.wait_for_selector("[data-testid=chart-editor]", state="detached")
    new = next(c for c in _charts(api, base) if c["name"] == "Count by customer")
    assert [f["value"] for f in new["settings"]["dashboard_filters"]] == ["Ivanov", {"from": since, "to": None}]
    boris.wait_for_selector("[data-testid=chart-name]:text('Count by customer')")

    # Undo takes the new chart back, then the period: one step each.
    anna.click("[data-testid=dash-undo]")
    anna.wait_for_selector("[data-testid=chart-name]:text('Count by customer')", state="detached")
    anna.click("[data-testid=dash-undo]")
    anna.wait_for_function("() => [...document.querySelectorAll('[data-testid=chart] .pivot tfoot td.tot')].pop()"
                           "?.textContent.trim() === '171'")
    assert all(c["settings"]["dashboard_filters"][1]["value"] is None for c in _charts(api, base))
    assert anna.locator("[data-testid=dash-filter-from]").input_value() == ""

    # Full screen: the dashboard, then one chart.
    anna.click("[data-testid=dash-fullscreen]")
    anna.wait_for_function("() => document.fullscreenElement?.classList.contains('content')")
    anna.click("[data-testid=exit-fullscreen]")
    anna.wait_for_function("() => !document.fullscreenElement")
    anna.locator("[data-testid=chart-menu]").nth(1).click()
    anna.click("[data-testid=chart-fullscreen]")
    anna.wait_for_function("() => document.fullscreenElement?.dataset.chartId !== undefined")
    anna.evaluate("() => document.exitFullscreen()")
    anna.wait_for_function("() => !document.fullscreenElement")

    # The bar chart as PNG and SVG.
    for kind, magic in (("png", b"\x89PNG"), ("svg", b"<svg")):
        anna.locator("[data-testid=chart-menu]").nth(1).click()
        with anna.expect_download() as dl:
            anna.click(f"[data-testid=chart-{kind}]")
        path = tmp_path / f"chart.{kind}"
        dl.value.save_as(str(path))
        assert dl.value.suggested_filename == f"Balance by customer.{kind}"
        assert path.read_bytes().lstrip()[:4] == magic[:4]
        if kind == "svg":
            assert "Acme" in path.read_text()
    # The pivot is a table, no drawing: its menu offers full screen only.
    anna.locator("[data-testid=chart-menu]").first.click()
    assert anna.locator("[data-testid=chart-png]").count() == 0
    anna.keyboard.press("Escape")

    # Print / PDF: the header and tools are not printed, the charts and the filters are.
    anna.emulate_media(media="print")
    assert not anna.locator(".app-header").is_visible()
    assert not anna.locator("[data-testid=chart-menu]").first.is_visible()
    assert anna.locator(".print-title").is_visible()
    assert anna.locator("[data-testid=chart]").count() == 3
    pdf = anna.pdf(format="A4", landscape=True, print_background=True)
    assert pdf[:4] == b"%PDF" and len(pdf) > 10_000
    anna.emulate_media(media="screen")
    assert not anna.js_errors and not boris.js_errors


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_filter_screens(server: Any, browser: Any, lang: str) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base, cols, t2, pcols = _base(api)
    t1 = base["tables"][0]["id"]
    filters = [{"label": "Менеджер" if lang == "ru" else "Manager", "columns": [{"table_id": t1, "column_id": cols["Manager"]}],
                "value": "Ivanov"},
               {"label": "Период" if lang == "ru" else "Period", "kind": "date",
                "columns": [{"table_id": t1, "column_id": cols["Due"]}, {"table_id": t2, "column_id": pcols["Paid on"]}],
                "value": {"from": (dt.date.today() - dt.timedelta(days=100)).isoformat(), "to": None}}]
    for c in _charts(api, base):
        api.post(f"/bases/{base['id']}/actions", {"action": {"type": "modify_chart", "chart_id": c["id"],
                                                              "settings": {**c["settings"], "dashboard_filters": filters}}})
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    for w, h in ((1280, 800), (390, 844)):
        page.set_viewport_size({"width": w, "height": h})
        page.goto(f"{server.url}/base/{base['id']}/dashboard")
        page.wait_for_selector("[data-testid=chart] .pivot")
        page.wait_for_selector("[data-testid=chart] canvas")
        page.wait_for_timeout(500)
        page.screenshot(path=str(SHOT_DIR / f"dashboard-filters-{lang}-{w}.png"), full_page=True)
        ignored = page.locator("[data-testid=chart-ignored]").inner_text()
        assert ignored.startswith("Не отфильтровано по" if lang == "ru" else "Not filtered by")
        page.locator("[data-testid=chart-menu]").nth(1).click()
        page.screenshot(path=str(SHOT_DIR / f"dashboard-chart-menu-{lang}-{w}.png"))
        page.locator("[data-testid=chart-menu]").nth(1).click()
        page.click("[data-testid=dash-filters-edit]")
        page.wait_for_selector("[data-testid=dash-filter-def]")
        page.screenshot(path=str(SHOT_DIR / f"dashboard-filters-dialog-{lang}-{w}.png"))
        text = page.locator("[role=dialog]").inner_text()
        assert ("Фильтры дашборда" in text) == (lang == "ru") and ("Dashboard filters" in text) == (lang == "en")
        page.keyboard.press("Escape")
        page.emulate_media(media="print")
        page.screenshot(path=str(SHOT_DIR / f"dashboard-print-{lang}-{w}.png"), full_page=True)
        page.emulate_media(media="screen")
    assert not page.js_errors


def test_treemap_rectangle_and_radar_polygon_open_their_rows(server: Any, browser: Any) -> None:
    page = new_page(browser)
    page.set_viewport_size({"width": 1280, "height": 800})
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base, cols, _t2, _pcols = _base(api)
    t1 = base["tables"][0]["id"]
    for c in _charts(api, base):
        api.post(f"/bases/{base['id']}/actions", {"action": {"type": "delete_chart", "chart_id": c["id"]}})
    value = {"aggregate": "sum", "column_id": cols["Balance"]}
    api.post(f"/bases/{base['id']}/charts", {"table_id": t1, "name": "Map", "settings": {
        "type": "treemap", "x": {"column_id": cols["Customer"]}, "value": value, "layout": {"x": 0, "y": 0, "w": 6, "h": 5}}})
    api.post(f"/bases/{base['id']}/charts", {"table_id": t1, "name": "Web", "settings": {
        "type": "radar", "x": {"column_id": cols["Customer"]}, "series": {"column_id": cols["Manager"]},
        "layout": {"x": 6, "y": 0, "w": 6, "h": 5}}})
    page.goto(f"{server.url}/base/{base['id']}/dashboard")
    page.wait_for_selector("[data-testid=chart] canvas")
    page.wait_for_timeout(800)  # the drawing's entry animation
    # Gamma (501 of 921) is the largest rectangle, drawn from the top left corner.
    page.locator("[data-testid=chart]").first.locator("canvas").click(position={"x": 30, "y": 30})
    page.wait_for_selector("[data-testid=drill-grid]")
    assert page.locator("[role=dialog] h2").inner_text() == "Map: Gamma"
    page.wait_for_function("() => document.querySelector('[data-testid=drill-count]')?.textContent.trim() === '2 rows'")
    page.keyboard.press("Escape")
    # A radar's polygon is one manager's rows over every customer: find a point of it and click.
    canvas = page.locator("[data-testid=chart]").nth(1).locator("canvas")
    box = canvas.bounding_box()
    assert box is not None
    opened = False
    for dx, dy in ((0, -20), (0, -40), (20, 0), (-20, 0), (0, 20), (15, -15), (-15, 15), (0, -60)):
        canvas.click(position={"x": box["width"] / 2 + dx, "y": box["height"] / 2 - 10 + dy})
        if page.locator("[data-testid=drill-grid]").count():
            opened = True
            break
    assert opened, "no polygon of the radar opened its rows"
    title = page.locator("[role=dialog] h2").inner_text()
    manager = title.split(": ", 1)[1]
    assert manager in ("Ivanov", "Petrov")
    want = sum(1 for r in ROWS if r[2] == manager)
    page.wait_for_function("(n) => document.querySelector('[data-testid=drill-count]')?.textContent.trim() === `${n} rows`",
                           arg=want)
    assert not page.js_errors
