"""The activity log as a person uses it, in real Chromium: who did what, filtered by person and
by table, and undo of one's latest change from it (checked through the API) — in English and
Russian, at 1280×800 and 390×844."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
import requests

from tests.browser.conftest import PASSWORD, Api, new_page, sign_up

pytestmark = pytest.mark.browser

TEXT = {
    "en": {"activity": "Activity", "added": "Added 1 row to Clients", "undo": "Undo"},
    "ru": {"activity": "Журнал", "added": "Добавлена 1 строка в Clients", "undo": "Отменить"},
}


def _email(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}@example.com"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_activity_filter_by_person_and_table_and_undo(server: Any, browser: Any, shot: Any, lang: str) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    page.set_viewport_size({"width": 1280, "height": 800})
    email, bob_email = _email("o"), _email("b")
    requests.post(server.url + "/api/auth/signup", json={"email": bob_email, "password": PASSWORD, "name": "Bob"},
                  headers={"X-Requested-With": "tablo"}, timeout=10).raise_for_status()
    sign_up(page, server.url, email, "Dana")
    page.click("[data-testid=new-base]")
    page.fill("#dialog-input", "Log")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    base_id = int(page.url.rsplit("/", 1)[1])
    api, bob = Api(server.url, email), Api(server.url, bob_email)
    first_table = api.get(f"/bases/{base_id}")["tables"][0]
    first, name = first_table["id"], first_table["columns"][0]["name"]  # «Название» in Russian
    requests_patch = api.s.patch(api.url + f"/tables/{first}", json={"name": "Clients"})
    requests_patch.raise_for_status()
    other = api.post(f"/bases/{base_id}/tables", {"name": "Deals"})["table"]["id"]
    api.post(f"/bases/{base_id}/members", {"email": bob_email, "role": "editor"})
    bob.post(f"/tables/{first}/rows", {"rows": [{name: "by Bob"}]})
    bob.post(f"/tables/{other}/rows", {"rows": [{"Name": "deal by Bob"}]})
    api.post(f"/tables/{first}/rows", {"rows": [{name: "by Dana"}]})
    page.reload()
    page.click("[data-testid=history-menu]")
    page.get_by_role("menuitem", name=TEXT[lang]["activity"]).click()
    dialog = page.get_by_role("dialog")
    entries = dialog.get_by_test_id("activity-entry")
    entries.first.wait_for()
    assert entries.first.get_by_test_id("activity-text").inner_text() == TEXT[lang]["added"]
    assert entries.first.get_by_test_id("activity-who").inner_text() == "Dana"
    # Only the latest entry, Dana's own, has the undo button.
    assert dialog.get_by_test_id("activity-undo").count() == 1
    shot(page, f"activity-01-{lang}-1280")
    # By person: Bob's two inserts only.
    dialog.get_by_test_id("activity-person").select_option(label="Bob")
    page.wait_for_function("() => [...document.querySelectorAll('[data-testid=activity-who]')]"
                           ".every(e => e.textContent === 'Bob') && document.querySelectorAll('[data-testid=activity-who]').length === 2")
    assert dialog.get_by_test_id("activity-undo").count() == 0
    # And by table: Bob's row in Deals.
    dialog.get_by_test_id("activity-table").select_option(label="Deals")
    page.wait_for_function("() => document.querySelectorAll('[data-testid=activity-entry]').length === 1")
    assert "Deals" in entries.first.inner_text()
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, f"activity-02-filtered-{lang}-390")
    page.set_viewport_size({"width": 1280, "height": 800})
    # Back to everyone: undo Dana's insert from the log.
    dialog.get_by_test_id("activity-person").select_option(index=0)
    dialog.get_by_test_id("activity-table").select_option(index=0)
    # The unfiltered log is read again (twice: one per filter); click once it is all there.
    page.wait_for_function("() => document.querySelectorAll('[data-testid=activity-entry]').length >= 3")
    dialog.get_by_role("button", name=TEXT[lang]["undo"]).click()
    page.wait_for_function("() => document.querySelector('[data-testid=activity-entry]')?.className.includes('undone') === false"
                           " && document.querySelectorAll('[data-testid=activity-entry].undone').length === 1")
    names = sorted(r[name] for r in api.get(f"/tables/{first}/rows", keys="names")["rows"])
    assert names == ["by Bob"]
    assert not page.js_errors
