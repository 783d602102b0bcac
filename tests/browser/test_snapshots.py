"""Snapshots from the web app, as a person uses them: open «Snapshots…» in the History menu,
take one, restore it as a new base, take the base back to a moment in place and as a new base,
delete the snapshot — each checked through the API. Screenshots in English and Russian,
at 1280×800 and 390×844."""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


def _new_base(page: Any, name: str) -> int:
    page.click("[data-testid=new-base]")
    page.fill("#dialog-input", name)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    page.wait_for_selector(".col-header")
    return int(page.url.rsplit("/", 1)[1])


def _names(api: Api, table_id: int) -> list[str]:
    return sorted(r["Name"] for r in api.get(f"/tables/{table_id}/rows", keys="names", limit=1000)["rows"])


def _confirm(page: Any) -> None:
    ok = page.locator("button[form=dialog-form]")
    ok.click()
    ok.wait_for(state="detached")


def _open_dialog(page: Any) -> None:
    page.click("[data-testid=history-menu]")
    page.click("[data-testid=open-snapshots]")
    page.wait_for_selector("[data-testid=snapshots] [data-testid=snapshot], [data-testid=snapshots-none]")


def _bases(api: Api) -> set[int]:
    return {b["id"] for b in api.get("/bases")["bases"]}


def test_snapshots_and_point_in_time_from_the_base_page(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base_id = _new_base(page, "Orders")
    table_id = api.get(f"/bases/{base_id}")["tables"][0]["id"]
    api.post(f"/tables/{table_id}/rows", {"rows": [{"Name": "Acme"}, {"Name": "Beta"}]})
    page.reload()
    page.wait_for_selector(".col-header")

    _open_dialog(page)
    # (The server's scheduler may add an automatic one meanwhile: only this person's are counted.)
    assert page.locator("[data-testid=snapshot]:has-text('Taken by hand')").count() == 0
    page.click("[data-testid=snapshot-take]")
    page.locator("[data-testid=snapshot]:has-text('Taken by hand')").wait_for()
    snaps = [s for s in api.get(f"/bases/{base_id}/snapshots")["snapshots"] if s["kind"] == "manual"]
    assert len(snaps) == 1
    assert "KB" in page.locator("[data-testid=snapshot]").first.inner_text()

    # A moment between the rows above and the changes below, read as the person's clock shows it.
    time.sleep(1.2)
    day, clock = page.evaluate("""() => { const d = new Date(); const p = (n) => String(n).padStart(2, '0');
        return [`${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`,
                `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`] }""")
    time.sleep(1.2)
    rows = api.get(f"/tables/{table_id}/rows", keys="names")["rows"]
    api.post(f"/tables/{table_id}/rows", {"rows": [{"Name": "Late"}]})
    api.s.patch(api.url + f"/tables/{table_id}/rows", json={"rows": [{"_id": rows[0]["_id"], "Name": "Renamed"}]}) \
        .raise_for_status()
    api.s.delete(api.url + f"/tables/{table_id}/rows", json={"row_ids": [rows[1]["_id"]]}).raise_for_status()
    assert _names(api, table_id) == ["Late", "Renamed"]

    # Restore the snapshot as a new base.
    page.locator("[data-testid=snapshot]:has-text('Taken by hand') [data-testid=snapshot-restore]").click()
    with page.expect_response(lambda r: r.url.endswith("/restore")) as answer:
        _confirm(page)
    assert answer.value.status == 201
    copy_id = answer.value.json()["base_id"]
    page.get_by_text("The new base is ready.").wait_for()
    assert copy_id in _bases(api)
    copy_table = api.get(f"/bases/{copy_id}")["tables"][0]["id"]
    assert _names(api, copy_table) == ["Acme", "Beta"]

    # The base as it was at the moment, as a new base: this base is left alone.
    page.fill("[data-testid=pit-date]", day)
    page.fill("[data-testid=pit-time]", clock)
    shot(page, "snapshots-point-in-time-en")
    page.click("[data-testid=pit-restore]")
    with page.expect_response(lambda r: r.url.endswith("/point-in-time")) as answer:
        _confirm(page)
    assert answer.value.status == 201
    pit_id = answer.value.json()["base_id"]
    page.get_by_text("The new base is ready.").last.wait_for()
    assert _names(api, api.get(f"/bases/{pit_id}")["tables"][0]["id"]) == ["Acme", "Beta"]
    assert _names(api, table_id) == ["Late", "Renamed"]

    # In place: the base itself goes back, after a warning; one undo brings the changes back.
    page.check("[data-testid=pit-in-place]")
    page.click("[data-testid=pit-restore]")
    confirm = page.locator("[role=dialog]:has(button[form=dialog-form])")
    assert "Undo" in confirm.inner_text()
    _confirm(page)
    page.get_by_text("3 changes taken back").wait_for()
    assert _names(api, table_id) == ["Acme", "Beta"]
    assert page.locator("[data-testid=snapshots-error]").count() == 0

    # Delete the snapshot.
    page.locator("[data-testid=snapshot]:has-text('Taken by hand') [data-testid=snapshot-delete]").click()
    _confirm(page)
    page.locator("[data-testid=snapshot]:has-text('Taken by hand')").wait_for(state="detached")
    assert [s for s in api.get(f"/bases/{base_id}/snapshots")["snapshots"] if s["kind"] == "manual"] == []
    page.click("[role=dialog][aria-label=Snapshots] header button")
    page.locator("[data-testid=undo]").click()
    deadline = time.monotonic() + 10
    while _names(api, table_id) != ["Late", "Renamed"] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _names(api, table_id) == ["Late", "Renamed"]
    assert not page.js_errors, page.js_errors  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_snapshots_dialog_screens(server: Any, browser: Any, shot: Any, lang: str) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base_id = _new_base(page, "Заказы" if lang == "ru" else "Orders")
    for _ in range(2):
        api.post(f"/bases/{base_id}/snapshots", {})
    for width, height in ((1280, 800), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.goto(f"{server.url}/base/{base_id}")
        # The grid on a desk; on a phone (≤480 px) the rows as cards (decision 0033).
        page.wait_for_selector(".col-header, [data-testid=row-cards]")
        _open_dialog(page)
        assert page.locator("[data-testid=snapshot]").count() >= 2
        title = "Снимки базы" if lang == "ru" else "Snapshots"
        assert page.locator("[role=dialog] h2").first.inner_text() == title
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        shot(page, f"snapshots-{lang}-{width}")
        page.locator("[data-testid=pit-restore]").scroll_into_view_if_needed()
        shot(page, f"snapshots-{lang}-{width}-point")
        page.keyboard.press("Escape")
    assert not page.js_errors, page.js_errors  # type: ignore[attr-defined]
