"""The chart editor on the dashboard: a person builds «sum of balance by customer» from the
form, sees the preview and the saved chart drawn, edits, duplicates, deletes and undoes; what
is stored is checked through the API, and a second person's dashboard shows the new chart live.
Screens of the editor are saved in Russian and English at desktop and phone sizes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from tests.browser.conftest import ROOT, Api, new_page, sign_up

SHOT_DIR = ROOT / "test-output" / "browser"


def _email() -> str:
    return f"ce-{uuid.uuid4().hex[:8]}@example.com"


def _base(api: Api) -> tuple[dict, dict]:
    """A base whose table has customers and balances; returns the base and {name: column id}."""
    base = api.post("/bases", {"name": "Receivables"})
    table = base["tables"][0]
    api.post(f"/tables/{table['id']}/columns", {"name": "Customer", "type": "text"})
    api.post(f"/tables/{table['id']}/columns", {"name": "Balance", "type": "number"})
    api.post(f"/tables/{table['id']}/columns", {"name": "Due", "type": "date"})
    columns = api.get(f"/bases/{base['id']}")["tables"][0]["columns"]
    cols = {c["name"]: c["id"] for c in columns}
    cols["Name"] = columns[0]["id"]  # the primary column, named in the account's language
    today = dt.date.today()
    rows = [("A-1", "Acme", 100, 3), ("A-2", "Acme", 250, 40), ("B-1", "Beta", 70, 75), ("C-1", "Gamma", 500, 120),
            ("C-2", "Gamma", 1, 200)]
    api.post(f"/tables/{table['id']}/rows", {"rows": [
        {str(cols["Name"]): n, str(cols["Customer"]): c, str(cols["Balance"]): b,
         str(cols["Due"]): (today - dt.timedelta(days=d)).isoformat()} for n, c, b, d in rows]})
    return base, cols


def _charts(api: Api, base: dict) -> list[dict]:
    return api.get(f"/bases/{base['id']}/charts")["charts"]


def _select(page: Any, testid: str, label: str) -> None:
    page.locator(f"[data-testid={testid}]").first.select_option(label=label)


def test_build_edit_duplicate_delete_undo_and_live(server: Any, browser: Any) -> None:
    anna, boris = new_page(browser), new_page(browser)
    anna_email, boris_email = _email(), _email()
    sign_up(anna, server.url, anna_email, "Anna")
    sign_up(boris, server.url, boris_email, "Boris")
    api = Api(server.url, anna_email)
    base, cols = _base(api)
    api.post(f"/bases/{base['id']}/members", {"email": boris_email, "role": "viewer"})
    for page in (anna, boris):
        page.goto(f"{server.url}/base/{base['id']}/dashboard")
    anna.wait_for_selector("[data-testid=add-chart]")
    boris.wait_for_selector("text=This base has no charts yet.")
    assert boris.locator("[data-testid=add-chart]").count() == 0  # a viewer only reads

    # Build «sum of balance by customer» in the editor.
    anna.click("[data-testid=add-chart]")
    anna.wait_for_selector("[data-testid=chart-editor]")
    anna.fill("[data-testid=ce-name]", "Balance by customer")
    _select(anna, "ce-type", "Horizontal bars")
    _select(anna, "ce-x", "Customer")
    _select(anna, "ce-aggregate", "Sum")
    _select(anna, "ce-value-column", "Balance")
    _select(anna, "ce-sort", "By value, largest first")
    anna.wait_for_selector("[data-testid=ce-preview] [data-testid=echart] canvas")
    anna.wait_for_function("() => (document.querySelector('[data-testid=ce-preview] [data-testid=echart]')"
                           "?.getAttribute('aria-label') || '').startsWith('Gamma: 501')")
    anna.click("[data-testid=ce-save]")
    anna.wait_for_selector("[data-testid=chart-editor]", state="detached")
    charts = _charts(api, base)
    assert [c["name"] for c in charts] == ["Balance by customer"]
    s = charts[0]["settings"]
    assert (s["type"], s["x"]["column_id"], s["value"], s["sort"]) == (
        "bar_horizontal", cols["Customer"], {"aggregate": "sum", "column_id": cols["Balance"]}, "value_desc")
    label = anna.locator("[data-testid=chart] [data-testid=echart]").first.get_attribute("aria-label")
    assert label.startswith("Gamma: 501; Acme: 350; Beta: 70")
    # Boris sees it without reloading.
    boris.wait_for_selector("[data-testid=chart-name]:text-is('Balance by customer')", timeout=10_000)

    # Edit: a goal, labels, a second value (count), a top 2 with «Others».
    anna.click("[data-testid=chart-edit]")
    anna.wait_for_selector("[data-testid=chart-editor]")
    anna.fill("[data-testid=ce-goal]", "300")
    anna.check("[data-testid=ce-labels]")
    anna.click("[data-testid=ce-add-value]")
    anna.fill("[data-testid=ce-limit]", "2")
    anna.check("[data-testid=ce-others]")
    anna.wait_for_function("() => (document.querySelector('[data-testid=ce-preview] [data-testid=echart]')"
                           "?.getAttribute('aria-label') || '').includes('Others')")
    anna.click("[data-testid=ce-save]")
    anna.wait_for_selector("[data-testid=chart-editor]", state="detached")
    s = _charts(api, base)[0]["settings"]
    assert (s["goal"], s["labels"], s["limit"], s["others"]) == (300, True, 2, True)
    assert s["values"] == [{"aggregate": "count", "column_id": None}]
    data = api.get(f"/charts/{charts[0]['id']}/data")
    assert [c["key"] for c in data["categories"]] == ["Gamma", "Acme", "__others__"]
    assert [sr["data"] for sr in data["series"]] == [[501, 350, 70], [2, 2, 1]]

    # Duplicate, then delete the copy, then undo the delete.
    anna.locator("[data-testid=chart-duplicate]").first.click()
    anna.wait_for_selector("[data-testid=chart-name]:text-is('Balance by customer (copy)')")
    assert len(_charts(api, base)) == 2
    boris.wait_for_selector("[data-testid=chart-name]:text-is('Balance by customer (copy)')", timeout=10_000)
    anna.locator("[data-testid=chart]").nth(1).locator("[data-testid=chart-delete]").click()
    anna.wait_for_selector("[data-testid=chart-name]:text-is('Balance by customer (copy)')", state="detached")
    assert len(_charts(api, base)) == 1
    anna.click("[data-testid=dash-undo]")
    anna.wait_for_selector("[data-testid=chart-name]:text-is('Balance by customer (copy)')")
    assert len(_charts(api, base)) == 2
    # Undo again (Ctrl+Z): the duplicate goes; undo the edit: the chart is as first saved.
    anna.locator("body").click(position={"x": 5, "y": 300})
    anna.keyboard.press("Control+z")
    anna.wait_for_selector("[data-testid=chart-name]:text-is('Balance by customer (copy)')", state="detached")
    anna.keyboard.press("Control+z")
    anna.wait_for_function("() => !(document.querySelector('[data-testid=chart] [data-testid=echart]')"
                           "?.getAttribute('aria-label') || '').includes(',')")
    s = _charts(api, base)[0]["settings"]
    assert (s["goal"], s["limit"], s["values"]) == (None, None, [])
    boris.wait_for_selector("[data-testid=chart-name]:text-is('Balance by customer (copy)')", state="detached")
    assert not anna.js_errors and not boris.js_errors


def test_a_chart_whose_column_was_deleted_says_so_at_the_field_and_comes_back_with_undo(server: Any, browser: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base, cols = _base(api)
    api.post(f"/bases/{base['id']}/charts", {"table_id": base["tables"][0]["id"], "name": "By customer", "settings": {
        "type": "bar", "x": {"column_id": cols["Customer"]}}})
    api.s.delete(api.url + f"/columns/{cols['Customer']}").raise_for_status()
    page.goto(f"{server.url}/base/{base['id']}/dashboard")
    page.wait_for_selector("[data-testid=chart] .error-box")
    page.click("[data-testid=chart-edit]")
    err = page.wait_for_selector("[data-testid=ce-err-x]")
    assert "no such column" in err.inner_text()
    page.keyboard.press("Escape")
    api.post(f"/bases/{base['id']}/undo", {})  # whoever deleted the column undoes it: the page follows live
    page.wait_for_selector("[data-testid=chart] [data-testid=echart] canvas")
    assert not page.js_errors


def test_every_chart_type_previews_from_the_editor_and_saves(server: Any, browser: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base, _cols = _base(api)
    types = [t["name"] for t in api.get("/chart-types")["chart_types"]]
    assert len(types) >= 20
    page.goto(f"{server.url}/base/{base['id']}/dashboard")
    page.click("[data-testid=add-chart]")
    page.wait_for_selector("[data-testid=chart-editor]")
    drawn = "canvas, [data-testid=number-card], [data-testid=grouped-table], .pivot table, [data-testid=text-card]"
    for name in types:
        page.locator("[data-testid=ce-type]").select_option(value=name)
        if name == "gauge":
            page.fill("[data-testid=ce-goal]", "1000")
        if name == "text":
            page.fill("[data-testid=ce-text]", "# Notes\n**Call** Acme")
        try:
            page.wait_for_function("(sel) => { const p = document.querySelector('[data-testid=ce-preview]');"
                                   " return p && !p.querySelector('.error-box') && p.querySelector(sel); }", arg=drawn)
        except Exception as exc:
            text = page.locator("[data-testid=ce-preview]").inner_html()[:600]
            raise AssertionError(f"{name}: {text} {page.js_errors}") from exc
        page.wait_for_timeout(300)  # the preview is redrawn after a debounce: let the last answer land
        assert page.locator("[data-testid=ce-preview] .error-box").count() == 0, name
    page.click("[data-testid=ce-save]")
    page.wait_for_selector("[data-testid=chart-editor]", state="detached")
    assert [c["settings"]["type"] for c in _charts(api, base)] == [types[-1]]
    assert not page.js_errors


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_editor_screens(server: Any, browser: Any, lang: str) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base, cols = _base(api)
    api.post(f"/bases/{base['id']}/charts", {"table_id": base["tables"][0]["id"], "name": "Balance", "settings": {
        "type": "bar", "x": {"column_id": cols["Customer"]}, "value": {"aggregate": "sum", "column_id": cols["Balance"]},
        "labels": True, "goal": 300, "format": {"decimals": 0, "currency": "RUB"}}})
    t_id = base["tables"][0]["id"]
    value = {"aggregate": "sum", "column_id": cols["Balance"]}
    x = {"column_id": cols["Customer"]}
    extra = {"scatter": {"x": x, "values": [{"aggregate": "count"}]}, "combo": {"x": x, "value": value, "values": [{"aggregate": "count"}]},
             "funnel": {"x": x, "value": value, "sort": "value_desc"}, "gauge": {"value": value, "goal": 1000},
             "trend": {"value": value, "compare": {"column_id": cols["Due"], "period": "month"}},
             "calendar": {"x": {"column_id": cols["Due"]}}, "treemap": {"x": x, "value": value}, "radar": {"x": x, "value": value},
             "table": {"x": x, "series": {"column_id": cols["Due"], "granularity": "month"}, "value": value},
             "text": {"text": "## Заметки / Notes\n- **Acme** pays on Friday\n- [Docs](https://example.com)"}}
    for i, (name, s) in enumerate(extra.items()):
        api.post(f"/bases/{base['id']}/charts", {"table_id": t_id, "name": name, "settings": {
            "type": name, **s, "layout": {"x": (i % 3) * 4, "y": 4 + (i // 3) * 4, "w": 4, "h": 4}}})
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    for w, h in ((1280, 800), (390, 844)):
        page.set_viewport_size({"width": w, "height": h})
        page.goto(f"{server.url}/base/{base['id']}/dashboard")
        page.wait_for_selector("[data-testid=chart] canvas")
        page.wait_for_timeout(600)
        page.screenshot(path=str(SHOT_DIR / f"dashboard-{lang}-{w}.png"), full_page=True)
        assert page.locator("[data-testid=chart] .error-box").count() == 0
        page.locator("[data-testid=chart-edit]").first.click()
        page.wait_for_selector("[data-testid=ce-preview] canvas")
        page.wait_for_timeout(400)
        page.screenshot(path=str(SHOT_DIR / f"editor-{lang}-{w}.png"))
        texts = page.locator("[data-testid=chart-editor]").inner_text()
        assert ("Группировать" in texts) == (lang == "ru") and ("Group by" in texts) == (lang == "en")
        page.keyboard.press("Escape")


def test_arrange_drag_and_resize_on_the_grid_then_undo(server: Any, browser: Any) -> None:
    page = new_page(browser)
    page.set_viewport_size({"width": 1280, "height": 800})
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base, cols = _base(api)
    t_id = base["tables"][0]["id"]
    for name, layout in (("One", {"x": 0, "y": 0, "w": 6, "h": 4}), ("Two", {"x": 6, "y": 0, "w": 6, "h": 4})):
        api.post(f"/bases/{base['id']}/charts", {"table_id": t_id, "name": name, "settings": {
            "type": "bar", "x": {"column_id": cols["Customer"]}, "layout": layout}})
    page.goto(f"{server.url}/base/{base['id']}/dashboard")
    page.wait_for_selector("[data-testid=chart] canvas")
    page.click("[data-testid=arrange]")

    def layouts() -> dict:
        return {c["name"]: c["settings"]["layout"] for c in _charts(api, base)}

    def stored(expect: dict) -> dict:
        # The grid shows the new places while the batch is on its way: wait for the server.
        for _ in range(50):
            got = layouts()
            if all(got[k] == v for k, v in expect.items()):
                break
            page.wait_for_timeout(100)
        return got

    # Drag «One» by its title onto «Two»'s place: «Two» moves down below it.
    handle = page.locator("[data-testid=chart-handle]").first.bounding_box()
    two = page.locator("[data-testid=chart]").nth(1).bounding_box()
    page.mouse.move(handle["x"] + 40, handle["y"] + 10)
    page.mouse.down()
    page.mouse.move(two["x"] + 40, handle["y"] + 10, steps=8)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('[data-testid=chart]').style.gridColumn.startsWith('7')")
    got = stored({"One": {"x": 6, "y": 0, "w": 6, "h": 4}})
    assert got["One"] == {"x": 6, "y": 0, "w": 6, "h": 4} and got["Two"] == {"x": 6, "y": 4, "w": 6, "h": 4}

    # Resize «One» by its corner: two columns narrower, one row taller.
    box = page.locator("[data-testid=chart-resize]").first.bounding_box()
    col = (page.locator(".grid").bounding_box()["width"] + 16) / 12
    page.mouse.move(box["x"] + 8, box["y"] + 8)
    page.mouse.down()
    page.mouse.move(box["x"] + 8 - 2 * col, box["y"] + 8 + 96, steps=8)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('[data-testid=chart]').style.gridColumn.endsWith('span 4')")
    got = stored({"One": {"x": 6, "y": 0, "w": 4, "h": 5}})
    assert got["One"] == {"x": 6, "y": 0, "w": 4, "h": 5} and got["Two"] == {"x": 6, "y": 5, "w": 6, "h": 4}

    # Each arrangement is one undo step.
    page.click("[data-testid=dash-undo]")
    page.wait_for_function("() => document.querySelector('[data-testid=chart]').style.gridColumn.endsWith('span 6')")
    assert stored({"Two": {"x": 6, "y": 4, "w": 6, "h": 4}})["Two"] == {"x": 6, "y": 4, "w": 6, "h": 4}
    page.click("[data-testid=dash-undo]")
    page.wait_for_function("() => document.querySelector('[data-testid=chart]').style.gridColumn.startsWith('1')")
    assert layouts() == {"One": {"x": 0, "y": 0, "w": 6, "h": 4}, "Two": {"x": 6, "y": 0, "w": 6, "h": 4}}
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOT_DIR / "arrange-en-1280.png"))
    assert not page.js_errors


def test_several_dashboards_as_tabs(server: Any, browser: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base, cols = _base(api)
    api.post(f"/bases/{base['id']}/charts", {"table_id": base["tables"][0]["id"], "name": "First", "settings": {
        "type": "bar", "x": {"column_id": cols["Customer"]}}})
    page.goto(f"{server.url}/base/{base['id']}/dashboard")
    page.wait_for_selector("[data-testid=chart-name]:text-is('First')")
    # A new dashboard: named, then its first chart (a Markdown card) made in the editor.
    page.click("[data-testid=add-tab]")
    page.fill("#dialog-input", "Sales")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-testid=chart-editor]")
    page.locator("[data-testid=ce-type]").select_option(value="text")
    page.fill("[data-testid=ce-name]", "Plan")
    page.fill("[data-testid=ce-text]", "# Plan")
    page.wait_for_selector("[data-testid=ce-preview] [data-testid=text-card]:has-text('Plan')")
    page.click("[data-testid=ce-save]")
    page.wait_for_selector("[data-testid=chart-name]:text-is('Plan')")
    assert page.locator("[data-testid=chart-name]:text-is('First')").count() == 0  # each tab shows its own charts
    by_name = {c["name"]: c["settings"]["dashboard"] for c in _charts(api, base)}
    assert by_name == {"First": "", "Plan": "Sales"}
    assert page.locator("[data-testid=dash-tab]").all_inner_texts() == ["Main", "Sales"]
    # Rename it: one step, undone by undo.
    page.click("[data-testid=rename-tab]")
    page.fill("#dialog-input", "Sales 2027")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-testid=dash-tab]:text-is('Sales 2027')")
    assert {c["name"]: c["settings"]["dashboard"] for c in _charts(api, base)}["Plan"] == "Sales 2027"
    page.click("[data-testid=dash-tab]:text-is('Main')")
    page.wait_for_selector("[data-testid=chart-name]:text-is('First')")
    page.click("[data-testid=dash-undo]")
    page.wait_for_selector("[data-testid=dash-tab]:text-is('Sales')")
    assert {c["name"]: c["settings"]["dashboard"] for c in _charts(api, base)}["Plan"] == "Sales"
    page.wait_for_selector("[data-testid=dash-tab]:text-is('Sales 2027')", state="detached")
    assert page.locator("[data-testid=dash-tab]").all_inner_texts() == ["Main", "Sales"]
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOT_DIR / "tabs-en-1280.png"))
    assert not page.js_errors
