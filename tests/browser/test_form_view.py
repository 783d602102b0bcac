"""The form view in real Chromium against a real server, in English and in Russian: the owner
makes a form view from the «add view» dialog, picks and orders its questions (dragging one,
moving one with the arrows), marks one required, writes a help text and a condition, makes
the public link; a person without an account opens it in a second browser context with a
value prefilled from the URL, sees the conditional question appear as they choose, gets the
required message at its field, types the answers and sends; the row is in the API and
arrives live in the owner's grid; the owner undoes it from the activity log."""

from __future__ import annotations

import struct
import time
import urllib.parse
import uuid
import zlib
from typing import Any

import pytest

from tests.browser.conftest import PASSWORD, Api, new_page, sign_up

pytestmark = pytest.mark.browser

TEXTS = {
    "en": {"required": "Please fill in this field.", "thanks": "We got it, thank you!", "locale": "en-US",
           "activity": "Activity"},
    "ru": {"required": "Заполните это поле.", "thanks": "Получили, спасибо!", "locale": "ru-RU",
           "activity": "Журнал"},
}


def _email() -> str:
    return f"f{uuid.uuid4().hex[:10]}@example.com"


def _png(rgb: tuple[int, int, int], width: int = 320, height: int = 120) -> bytes:
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


def _view(api: Api, tid: int, name: str) -> dict:
    return next(v for v in api.get(f"/tables/{tid}/views")["views"] if v["name"] == name)


def _saved(api: Api, view_id: int, check: Any) -> dict:
    """The view's settings once `check` holds for them (saves reach the server a moment later)."""
    deadline = time.monotonic() + 10
    while True:
        s = api.get(f"/views/{view_id}")["view"]["settings"]
        if check(s) or time.monotonic() > deadline:
            return s
        time.sleep(0.1)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_build_a_form_and_fill_it_in_without_an_account(server: Any, browser: Any, shot: Any, lang: str) -> None:
    tx = TEXTS[lang]
    owner = new_page(browser, locale=tx["locale"])
    owner.set_viewport_size({"width": 1280, "height": 800})
    email = _email()
    sign_up(owner, server.url, email, "Olga")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Intake"})
    table = base["tables"][0]
    tid = table["id"]
    for name, kind, options in [("Email", "email", None), ("Amount", "number", None),
                                ("Kind", "single-select", {"options": [{"name": "Question"}, {"name": "Claim"}]}),
                                ("Claim number", "text", None), ("Secret", "text", None)]:
        api.post(f"/tables/{tid}/columns", {"name": name, "type": kind, **({"options": options} if options else {})})
    cols = api.get(f"/tables/{tid}")["columns"]
    ids = {c["name"]: c["id"] for c in cols}
    # The primary column is named in the owner's language («Name», «Название»).
    primary = next(c["name"] for c in cols if c["is_primary"])
    ids["Name"] = ids[primary]
    api.post(f"/tables/{tid}/views", {"name": "All"})

    # The owner adds a form view from the sidebar.
    owner.goto(f"{server.url}/base/{base['id']}")
    owner.wait_for_selector("[data-testid=view-sidebar]")
    owner.click("[data-testid=add-view]")
    owner.locator("[data-testid=add-view-dialog]").wait_for()
    owner.fill("[data-testid=new-view-name]", "Claims form")
    owner.click("[data-testid=view-type-form]")
    owner.click("[data-testid=add-view-create]")
    owner.wait_for_url("**/view/*")
    owner.locator("[data-testid=form-builder]").wait_for()
    view = _view(api, tid, "Claims form")
    assert view["type"] == "form"

    # Questions: ticked in the order Amount, Name, Email, Kind, Claim number (Secret stays out).
    for name in ["Amount", primary, "Email", "Kind", "Claim number"]:
        owner.locator(f"[data-testid='fv-off-{name}'] [data-testid=fv-include]").click()
        owner.locator(f"[data-testid='fv-q-{name}']").wait_for()
    _saved(api, view["id"], lambda s: len(s["fields"]) == 5)
    # Name dragged by its handle onto Amount: it goes first. Amount then moves down with the arrow.
    owner.locator(f"[data-testid='fv-q-{primary}'] [data-testid=fv-drag]").drag_to(owner.locator("[data-testid='fv-q-Amount']"))
    owner.locator("[data-testid='fv-q-Amount'] [data-testid=fv-down]").click()
    order = [ids["Name"], ids["Email"], ids["Amount"], ids["Kind"], ids["Claim number"]]
    s = _saved(api, view["id"], lambda s: [f["column_id"] for f in s["fields"]] == order)
    assert [f["column_id"] for f in s["fields"]] == order
    # Name required; a help text under Email; Claim number only when Kind equals Claim.
    owner.locator(f"[data-testid='fv-q-{primary}'] [data-testid=fv-required]").check()
    help_box = owner.locator("[data-testid='fv-q-Email'] [data-testid=fv-help]")
    help_box.click()
    help_box.type("For our answer")
    help_box.press("Tab")
    q = owner.locator("[data-testid='fv-q-Claim number']")
    q.locator("[data-testid=fv-cond-source]").select_option(str(ids["Kind"]))
    q.locator("[data-testid=fv-cond-op]").select_option("equals")
    q.locator("[data-testid=fv-cond-value]").select_option("Claim")
    q.locator("[data-testid=fv-required]").check()
    success = owner.locator("[data-testid=fv-success]")
    success.click()
    success.type(tx["thanks"])
    success.press("Tab")
    s = _saved(api, view["id"], lambda s: s["success_message"] == tx["thanks"] and s["fields"][4]["required"])
    by_col = {f["column_id"]: f for f in s["fields"]}
    assert by_col[ids["Name"]]["required"] and by_col[ids["Email"]]["help"] == "For our answer"
    assert by_col[ids["Claim number"]]["condition"] == {"column_id": ids["Kind"], "op": "equals", "value": "Claim"}
    # A redirect address must be http(s): refused at the field, nothing saved.
    owner.check("[data-testid=fv-after-redirect]")
    owner.fill("[data-testid=fv-redirect]", "javascript:alert(1)")
    owner.press("[data-testid=fv-redirect]", "Tab")
    owner.locator("[data-testid=fv-redirect-error]").wait_for()
    owner.check("[data-testid=fv-after-message]")
    assert api.get(f"/views/{view['id']}")["view"]["settings"]["after_submit"] == "message"

    # The public link.
    owner.click("[data-testid=form-link-create]")
    url = owner.locator("[data-testid=form-link-url]").input_value()
    assert "/shared/" in url
    owner.evaluate("() => document.querySelector('.form-builder').scrollTo(0, 0)")
    shot(owner, f"form-01-builder-{lang}")

    # Someone without an account opens it with their email in the link.
    anon = new_page(browser, locale=tx["locale"])
    anon.set_viewport_size({"width": 1280, "height": 800})
    anon.goto(url + "?" + urllib.parse.urlencode({"Email": "irina@example.org", "Secret": "sneaky"}))
    anon.wait_for_selector("h1:text-is('Claims form')")
    assert anon.locator("[data-testid='pf-Email'] input").input_value() == "irina@example.org"
    assert anon.locator("[data-testid='pf-Secret']").count() == 0
    assert anon.locator("[data-testid='pf-Email'] .hint").inner_text() == "For our answer"
    assert anon.locator("[data-testid='pf-Claim number']").count() == 0
    # Kind = Claim: the claim number appears at once; back to Question: it goes.
    anon.locator("[data-testid='pf-Kind'] select").select_option("Claim")
    anon.locator("[data-testid='pf-Claim number'] input").wait_for()
    anon.locator("[data-testid='pf-Kind'] select").select_option("Question")
    anon.locator("[data-testid='pf-Claim number']").wait_for(state="detached")
    anon.locator("[data-testid='pf-Kind'] select").select_option("Claim")
    # Sent without the required name and claim number: the messages are at those fields.
    anon.click("[data-testid=form-submit]")
    assert anon.locator(f"[data-testid='pf-{primary}'] [data-testid=field-error]").inner_text() == tx["required"]
    assert anon.locator("[data-testid='pf-Claim number'] [data-testid=field-error]").inner_text() == tx["required"]
    shot(anon, f"form-02-public-errors-{lang}")
    anon.locator(f"[data-testid='pf-{primary}'] input").click()
    anon.keyboard.type("Ирина Петрова")
    anon.locator("[data-testid='pf-Amount'] input").click()
    anon.keyboard.type("1500")
    anon.locator("[data-testid='pf-Claim number'] input").click()
    anon.keyboard.type("C-77")
    anon.click("[data-testid=form-submit]")
    anon.wait_for_selector("[data-testid=form-done]")
    assert tx["thanks"] in anon.locator("[data-testid=form-done]").inner_text()
    shot(anon, f"form-03-public-sent-{lang}")

    # Stored through the action path, and live in the owner's grid of another view.
    owner.click("[data-testid=view-sidebar] :text-is('All')")

    def stored() -> list[dict]:
        return list(api.get(f"/tables/{tid}/rows", offset=0, limit=100, keys="names")["rows"])
    _wait_for(lambda: len(stored()) == 1)
    row = stored()[0]
    assert row[primary] == "Ирина Петрова" and row["Email"] == "irina@example.org"
    assert row["Amount"] == 1500 and row["Kind"] == "Claim"
    assert row["Claim number"] == "C-77" and row["Secret"] is None
    owner.wait_for_selector(".ag-row .t-text:text-is('Ирина Петрова')")
    log = api.get(f"/bases/{base['id']}/actions")["actions"]
    assert log[-1]["type"] == "insert_rows" and log[-1]["client_id"] == f"form:{view['id']}"

    # The answer is the owner's to undo: from the activity log, the latest entry.
    owner.click("[data-testid=history-menu]")
    owner.get_by_role("menuitem", name=tx["activity"]).click()
    dialog = owner.get_by_role("dialog")
    dialog.get_by_test_id("activity-entry").first.wait_for()
    dialog.get_by_test_id("activity-undo").click()
    _wait_for(lambda: stored() == [])
    owner.keyboard.press("Escape")
    owner.locator(".ag-row .t-text:text-is('Ирина Петрова')").wait_for(state="detached")
    assert not owner.js_errors and not anon.js_errors


def test_public_form_with_cover_and_logo_on_a_phone_and_wide(server: Any, browser: Any, shot: Any) -> None:
    """The public page with its cover and logo at 390×844 and 1280×800 in both languages (no
    sideways scroll), and the builder on a phone."""
    email = _email()
    page = new_page(browser)
    sign_up(page, server.url, email, "Olga")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Phone"})
    tid = base["tables"][0]["id"]
    name_id = base["tables"][0]["columns"][0]["id"]
    api.post(f"/tables/{tid}/columns", {"name": "Notes", "type": "long-text"})
    notes = next(c["id"] for c in api.get(f"/tables/{tid}")["columns"] if c["name"] == "Notes")
    cover = api.s.post(api.url + f"/bases/{base['id']}/files", files={"file": ("cover.png", _png((0x25, 0x63, 0xEB)), "image/png")})
    logo = api.s.post(api.url + f"/bases/{base['id']}/files", files={"file": ("logo.png", _png((0xF5, 0x9E, 0x0B), 40, 40), "image/png")})
    view = api.post(f"/tables/{tid}/views", {"name": "Ask", "type": "form", "settings": {
        "title": "Short form", "description": "Two questions.", "cover_file": cover.json()["id"], "logo_file": logo.json()["id"],
        "fields": [{"column_id": name_id, "required": True, "help": "Your full name"}, {"column_id": notes}]}})["view"]
    token = api.post(f"/views/{view['id']}/share-links", {})["url"].rsplit("/", 1)[1]
    for lang, locale in [("en", "en-US"), ("ru", "ru-RU")]:
        for size, (w, h) in {"phone": (390, 844), "wide": (1280, 800)}.items():
            ctx = browser.new_context(viewport={"width": w, "height": h}, locale=locale, has_touch=size == "phone",
                                      is_mobile=size == "phone")
            try:
                pub = ctx.new_page()
                pub.goto(f"{server.url}/shared/{token}")
                pub.wait_for_selector("h1:text-is('Short form')")
                # Cover and logo are served to the public pub.
                pub.wait_for_function("() => ['form-cover', 'form-logo'].every(t => "
                                       "document.querySelector(`[data-testid=${t}]`)?.naturalWidth > 0)")
                assert pub.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
                shot(pub, f"form-04-public-{size}-{lang}")
            finally:
                ctx.close()
    # The builder on a phone (the owner's view).
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, locale="ru-RU", has_touch=True, is_mobile=True)
    try:
        p = ctx.new_page()
        p.goto(f"{server.url}/login")
        p.fill("#email", email)
        p.fill("#password", PASSWORD)
        p.click("button[type=submit]")
        p.wait_for_url(f"{server.url}/")
        p.goto(f"{server.url}/base/{base['id']}/table/{tid}/view/{view['id']}")
        p.locator("[data-testid=form-builder]").wait_for()
        assert p.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
        shot(p, "form-05-builder-phone-ru")
    finally:
        ctx.close()
