"""The geolocation column in the web app (web/src/columns/geolocation.ts), in real Chromium, in
Russian and English: added through the column dialog's type picker, typed into a selected cell
key by key, stored as {lat, lng, address}, shown with an «On the map» link, refused at the cell
when the text is no location; the row form reads and refuses the same text."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

WORDS = {
    "ru": {"locale": "ru-RU", "column": "Место", "search": "гео", "map": "На карте",
           "lat": "Широта 91", "lng": "Долгота 181", "format": "не координаты"},
    "en": {"locale": "en-US", "column": "Place", "search": "geo", "map": "On the map",
           "lat": "Latitude 91", "lng": "Longitude 181", "format": "is not a location"},
}


def _stored(api: Api, table_id: int, col: str, until: Any, row: int = 0) -> Any:
    deadline = time.monotonic() + 10
    while True:
        value = api.get(f"/tables/{table_id}/rows", offset=0, limit=10)["rows"][row].get(col)
        if until(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def _refused(page: Any, typed: str, word: str) -> None:
    """Typed into the selected cell and Enter: the editor stays open with the reason under it."""
    page.keyboard.type(typed)
    page.keyboard.press("Enter")
    message = page.locator(".cell-refusal[role=alert]")
    message.wait_for()
    assert word in message.inner_text()
    assert page.locator(".ag-cell-inline-editing input").input_value() == typed
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.querySelector('.ag-cell-inline-editing')")


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_geolocation_column_typed_stored_linked_and_refused(server: Any, browser: Any, shot: Any, lang: str) -> None:
    w = WORDS[lang]
    page = new_page(browser, w["locale"])
    page.set_viewport_size({"width": 1280, "height": 800})
    email = f"g{uuid.uuid4().hex[:10]}@example.com"
    sign_up(page, server.url, email, "Gleb")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Offices"})
    tid = base["tables"][0]["id"]
    name_col = str(base["tables"][0]["columns"][0]["id"])
    api.post(f"/tables/{tid}/rows", {"rows": [{name_col: "HQ"}, {name_col: "Sydney"}]})
    page.goto(f"{server.url}/base/{base['id']}/table/{tid}")
    page.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('HQ')")

    # The column dialog: the type is found by its name in the interface language and described.
    page.click("[data-testid=add-column]")
    page.fill("[data-testid=column-name]", w["column"])
    page.click("[data-testid=column-type]")
    page.fill("[data-testid=type-search]", w["search"])
    page.click("[data-testid=type-option-geolocation]")
    page.wait_for_selector("[data-testid=column-type][data-value='geolocation']")
    assert "55.7558, 37.6173" in page.inner_text("[data-testid=type-hint]")
    shot(page, f"geolocation-dialog-{lang}")
    page.click("[data-testid=column-save]")
    page.wait_for_selector(f".col-header .name:text-is('{w['column']}')")
    column = next(c for c in api.get(f"/bases/{base['id']}")["tables"][0]["columns"] if c["name"] == w["column"])
    assert column["type"] == "geolocation"
    col = str(column["id"])

    # Selecting the cell and typing starts the editor with the first key; Enter stores the point.
    cell = page.locator(".ag-row[row-index='0'] .t-geolocation").first
    cell.click()
    page.keyboard.type("55.7558, 37.6173; Москва")
    page.keyboard.press("Enter")
    want = {"lat": 55.7558, "lng": 37.6173, "address": "Москва"}
    assert _stored(api, tid, col, lambda v: v == want) == want

    # The cell shows the coordinates, the address and a link to the point on OpenStreetMap.
    link = cell.locator("a.map-link")
    link.wait_for()
    assert cell.locator(".coords").inner_text() == "55.7558, 37.6173"
    assert cell.locator(".address").inner_text() == "Москва"
    assert link.inner_text() == w["map"]
    assert link.get_attribute("href") == "https://www.openstreetmap.org/?mlat=55.7558&mlon=37.6173#map=16/55.7558/37.6173"
    assert link.get_attribute("target") == "_blank" and "noopener" in (link.get_attribute("rel") or "")

    # Text that is no location, or out of range, is refused at the cell; nothing is stored.
    second = page.locator(".ag-row[row-index='1'] .t-geolocation").first
    second.click()
    _refused(page, "91, 37.6173", w["lat"])
    _refused(page, "55,7558 37,6173", w["format"])
    assert api.get(f"/tables/{tid}/rows", offset=0, limit=10)["rows"][1].get(col) is None
    # Corrected, it is stored (a point without an address).
    second.click()
    page.keyboard.type("-33.8568 151.2153")
    page.keyboard.press("Enter")
    sydney = {"lat": -33.8568, "lng": 151.2153}
    assert _stored(api, tid, col, lambda v: v == sydney, row=1) == sydney
    page.locator(".ag-row[row-index='1'] .t-geolocation a.map-link").wait_for()

    # The row form: the same text in its input, the map link, the same refusal, the same reading.
    page.hover(".ag-row[row-index='1'] .row-number")
    page.click(".ag-row[row-index='1'] [data-action=expand]")
    form = page.locator("[role=dialog]")
    field = form.locator(f"#f{col}")
    field.wait_for()
    assert field.input_value() == "-33.8568, 151.2153"
    assert "mlat=-33.8568&mlon=151.2153" in (form.locator("[data-testid=row-map-link]").get_attribute("href") or "")
    field.fill("0, 181")
    page.click("[data-testid=row-save]")
    assert w["lng"] in form.locator(".error-box[role=alert]").inner_text()
    field.fill("-33.8568, 151.2153; Sydney Opera House")
    page.click("[data-testid=row-save]")
    opera = {**sydney, "address": "Sydney Opera House"}
    assert _stored(api, tid, col, lambda v: v == opera, row=1) == opera
    page.keyboard.press("Escape")
    page.wait_for_selector("[role=dialog]", state="detached")
    page.locator(".ag-row[row-index='1'] .t-geolocation .address:text-is('Sydney Opera House')").wait_for()

    page.mouse.click(5, 790)  # nothing selected in the shots
    shot(page, f"geolocation-grid-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    # A phone shows the rows as cards (decision 0033), the place with its text.
    page.locator("[data-testid=row-cards]").get_by_text("Sydney Opera House").first.wait_for()
    shot(page, f"geolocation-grid-{lang}-390")
    assert page.js_errors == []
