"""A gallery view in real Chromium against a real server: Anna makes a gallery of a product
table from the «add view» dialog (the image column is offered as the cover), sees a card per
row with its photo as the cover, picks the fields on the cards, opens a card and edits it in
the row form (checked through the API), adds a card with «+»; Boris sees it in Russian."""

from __future__ import annotations

import struct
import time
import uuid
import zlib
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

# Name, price, category, the colour of its photo (None: no photo; "pdf": a file that is no image).
PRODUCTS = [
    ("Lamp", 40, "Home", (0xF5, 0x9E, 0x0B)), ("Chair", 120, "Home", (0x10, 0xB9, 0x81)),
    ("Kettle", 35, "Kitchen", (0x3B, 0x82, 0xF6)), ("Mug", 8, "Kitchen", (0xEF, 0x44, 0x44)),
    ("Rug", 210, "Home", (0x8B, 0x5C, 0xF6)), ("Clock", 55, "Home", (0x0E, 0xA5, 0xE9)),
    ("Manual", 0, "Kitchen", "pdf"), ("Spoon", 3, "Kitchen", None),
]


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


def _png(rgb: tuple[int, int, int], width: int = 64, height: int = 48) -> bytes:
    """A small solid-colour PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _wait_for(check: Any, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.1)


def _upload(api: Api, base_id: int, name: str, body: bytes, mime: str) -> str:
    up = api.s.post(api.url + f"/bases/{base_id}/files", files={"file": (name, body, mime)})
    up.raise_for_status()
    return str(up.json()["id"])


def _card(page: Any, name: str) -> Any:
    return page.locator(f"[data-testid=gallery-card]:has([data-testid=gallery-title]:text-is('{name}'))")


def test_gallery_from_the_ui_covers_form_and_add(server: Any, browser: Any, shot: Any) -> None:
    anna, boris = new_page(browser), new_page(browser, locale="ru-RU")
    anna_email, boris_email = _email(), _email()
    sign_up(anna, server.url, anna_email, "Anna")
    sign_up(boris, server.url, boris_email, "Борис")
    api = Api(server.url, anna_email)
    base = api.post("/bases", {"name": "Shop"})
    api.post(f"/bases/{base['id']}/members", {"email": boris_email, "role": "editor"})
    table = base["tables"][0]
    tid = table["id"]
    name_col = str(table["columns"][0]["id"])
    price = api.post(f"/tables/{tid}/columns", {"name": "Price", "type": "number"})["column"]
    category = api.post(f"/tables/{tid}/columns", {"name": "Category", "type": "single-select", "options": {
        "options": [{"name": "Home", "color": "#FDE68A"}, {"name": "Kitchen", "color": "#A7F3D0"}]}})["column"]
    api.post(f"/tables/{tid}/columns", {"name": "Notes", "type": "long-text"})
    photo = api.post(f"/tables/{tid}/columns", {"name": "Photo", "type": "file"})["column"]
    rows = []
    for name, cost, cat, look in PRODUCTS:
        files = [] if look is None else [
            _upload(api, base["id"], f"{name}.pdf", b"%PDF-1.4", "application/pdf") if look == "pdf"
            else _upload(api, base["id"], f"{name}.png", _png(look), "image/png")]
        rows.append({name_col: name, str(price["id"]): cost, str(category["id"]): cat, str(photo["id"]): files})
    inserted = api.post(f"/tables/{tid}/rows", {"rows": rows})["rows"]
    lamp = inserted[0]["_id"]

    # Anna adds the view from the sidebar: a name, the type; the file column is offered as the cover.
    anna.goto(f"{server.url}/base/{base['id']}")
    anna.wait_for_selector("[data-testid=view-sidebar]")
    anna.click("[data-testid=add-view]")
    anna.locator("[data-testid=add-view-dialog]").wait_for()
    anna.fill("[data-testid=new-view-name]", "Catalogue")
    anna.click("[data-testid=view-type-gallery]")
    assert anna.input_value("[data-testid=new-view-cover_column]") == str(photo["id"])
    shot(anna, "gallery-01-add-view-en")
    anna.click("[data-testid=add-view-create]")
    anna.wait_for_url("**/view/*")
    view = next(v for v in api.get(f"/tables/{tid}/views")["views"] if v["name"] == "Catalogue")
    assert view["type"] == "gallery" and view["settings"]["cover_column"] == photo["id"]

    # A card per row; the photos are the covers, the PDF shows its extension, the spoon has none.
    _wait_for(lambda: anna.locator("[data-testid=gallery-card]").count() == len(PRODUCTS))
    assert anna.locator("[data-testid=gallery-title]").all_inner_texts() == [p[0] for p in PRODUCTS]
    anna.wait_for_function("() => [...document.querySelectorAll('[data-testid=gallery-cover] img')]"
                           ".filter(i => i.complete && i.naturalWidth === 64).length === 6")
    assert _card(anna, "Manual").locator(".file-ext").inner_text() == "PDF"
    assert _card(anna, "Spoon").locator("img").count() == 0

    # The settings panel: the price and category on the cards, large cards; saved in the view.
    anna.click("[data-testid=gallery-settings-btn]")
    anna.locator("[data-testid=gallery-settings] label:has-text('Price') input").check()
    _card(anna, "Chair").locator("dd:text-is('120')").wait_for()
    anna.locator("[data-testid=gallery-settings] label:has-text('Category') input").check()
    _card(anna, "Chair").locator("dd:text-is('Home')").wait_for()
    anna.select_option("[data-testid=gallery-card-size]", "large")
    anna.locator("[data-testid=gallery][data-size=large]").wait_for()
    _wait_for(lambda: api.get(f"/views/{view['id']}")["view"]["settings"]["card_fields"] == [price["id"], category["id"]])
    # The card size shows at once; its save reaches the server a moment later.
    deadline = time.monotonic() + 10
    while api.get(f"/views/{view['id']}")["view"]["settings"]["card_size"] != "large" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert api.get(f"/views/{view['id']}")["view"]["settings"]["card_size"] == "large"
    anna.select_option("[data-testid=gallery-card-size]", "medium")
    anna.click("[data-testid=gallery-settings-btn]")
    # Row colours by category, through the API: every card gets its strip.
    _wait_for(lambda: api.get(f"/views/{view['id']}")["view"]["settings"]["card_size"] == "medium")
    settings = api.get(f"/views/{view['id']}")["view"]["settings"]
    api.s.patch(api.url + f"/views/{view['id']}", json={"settings": {
        **settings, "row_colors": {"type": "by_select", "column_id": category["id"]}}}).raise_for_status()
    anna.reload()
    _wait_for(lambda: anna.locator("[data-testid=gallery-card] .strip").count() == len(PRODUCTS))

    # A click opens the row form; the edit is stored and the card shows it.
    _card(anna, "Lamp").click()
    form = anna.locator("[role=dialog]")
    form.locator("#row-form").wait_for()
    form.locator(f"#f{name_col}").fill("Desk lamp")
    anna.click("[data-testid=row-save]")
    _wait_for(lambda: api.get(f"/tables/{tid}/rows/{lamp}")[name_col] == "Desk lamp")
    _card(anna, "Desk lamp").wait_for()

    # Boris, in Russian, sees the gallery, and the card Anna adds with «+» appears for him.
    boris.set_viewport_size({"width": 1280, "height": 800})
    boris.goto(f"{server.url}/base/{base['id']}/table/{tid}/view/{view['id']}")
    _card(boris, "Desk lamp").wait_for()
    anna.keyboard.press("Escape")
    anna.locator("[role=dialog]").wait_for(state="detached")
    anna.click("[data-testid=gallery-add]")
    anna.locator("[role=dialog]").wait_for()
    _wait_for(lambda: len(api.get(f"/tables/{tid}/rows")["rows"]) == len(PRODUCTS) + 1)
    anna.keyboard.press("Escape")
    anna.locator("[role=dialog]").wait_for(state="detached")
    _wait_for(lambda: boris.locator("[data-testid=gallery-card]").count() == len(PRODUCTS) + 1)

    anna.set_viewport_size({"width": 1280, "height": 800})
    shot(anna, "gallery-02-cards-en-1280")
    anna.set_viewport_size({"width": 390, "height": 844})
    shot(anna, "gallery-03-cards-en-390")
    shot(boris, "gallery-04-cards-ru-1280")
    boris.click("[data-testid=gallery-settings-btn]")
    shot(boris, "gallery-05-settings-ru-1280")
    boris.set_viewport_size({"width": 390, "height": 844})
    shot(boris, "gallery-06-cards-ru-390")
    boris.set_viewport_size({"width": 1280, "height": 800})
    boris.click("[data-testid=add-view]")
    boris.click("[data-testid=view-type-gallery]")
    shot(boris, "gallery-07-add-view-ru")

    # Many rows: the gallery holds one window of 60, and reads the next when scrolled to the end.
    api.post(f"/tables/{tid}/rows", {"rows": [{name_col: f"Item {i:03}"} for i in range(130)]})
    anna.set_viewport_size({"width": 1280, "height": 800})
    _wait_for(lambda: anna.locator("[data-testid=gallery-card]").count() == 60, timeout=8)
    anna.locator(".gallery .scroller").evaluate("el => { el.scrollTop = el.scrollHeight }")
    _wait_for(lambda: anna.locator("[data-testid=gallery-card]").count() == 120, timeout=8)
    assert anna.js_errors == [] and boris.js_errors == []  # type: ignore[attr-defined]
