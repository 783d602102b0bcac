"""The trash as a person uses it, in real Chromium: delete rows in the grid, open History →
Trash, restore one (checked through the API), the other tabs, and deleted bases on the home
page — in English and Russian, at 1280×800 and 390×844."""

from __future__ import annotations

import io
import re
import time
import uuid
import zipfile
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

# The primary column of a new blank base, named in the interface language.
NAME = {"en": "Name", "ru": "Название"}

TEXT = {
    "en": {"trash": "Trash", "restore": "Restore", "deleted": "Deleted bases"},
    "ru": {"trash": "Корзина", "restore": "Восстановить", "deleted": "Удалённые базы"},
}


def _email() -> str:
    return f"t{uuid.uuid4().hex[:10]}@example.com"


def _until(check: Any, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "not within the time"
        time.sleep(0.1)


def _base(page: Any, server: Any, email: str, name: str) -> tuple[Api, int, int]:
    page.click("[data-testid=new-base]")
    page.fill("#dialog-input", name)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    base_id = int(page.url.rsplit("/", 1)[1])
    api = Api(server.url, email)
    return api, base_id, api.get(f"/bases/{base_id}")["tables"][0]["id"]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_delete_rows_then_restore_one_from_the_trash(server: Any, browser: Any, shot: Any, lang: str) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = _email()
    sign_up(page, server.url, email, "Dana")
    api, base_id, table_id = _base(page, server, email, "Clients")
    api.post(f"/tables/{table_id}/rows", {"rows": [{NAME[lang]: "Alpha"}, {NAME[lang]: "Beta"}, {NAME[lang]: "Gamma"}]})
    view = api.post(f"/tables/{table_id}/views", {"name": "Old view"})["view"]
    api.s.delete(api.url + f"/views/{view['id']}").raise_for_status()
    page.reload()
    page.wait_for_selector(".ag-row[row-index='2'] .t-text")
    # Select Alpha..Beta in the grid and delete them with the toolbar's button.
    page.locator(".ag-row[row-index='0'] .t-text").first.click()
    page.keyboard.down("Shift")
    page.locator(".ag-row[row-index='1'] .t-text").first.click()
    page.keyboard.up("Shift")
    page.click("[data-testid=delete-rows]")
    _until(lambda: [r[NAME[lang]] for r in api.get(f"/tables/{table_id}/rows", keys="names")["rows"]] == ["Gamma"])

    page.click("[data-testid=history-menu]")
    shot(page, f"trash-00-menu-{lang}-1280")
    page.get_by_role("menuitem", name=TEXT[lang]["trash"]).click()
    dialog = page.get_by_role("dialog")
    rows = dialog.get_by_test_id("trash-row")
    rows.first.wait_for()
    assert sorted(r.inner_text().split("\n")[0] for r in rows.all()) == ["Alpha", "Beta"]
    assert "Dana" in rows.first.inner_text()
    shot(page, f"trash-01-rows-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    box = dialog.get_by_test_id("trash-restore").first.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    shot(page, f"trash-02-rows-{lang}-390")
    page.set_viewport_size({"width": 1280, "height": 800})
    # Restore Beta: it is back with its id, the bin holds Alpha alone.
    beta = dialog.get_by_test_id("trash-row").filter(has_text="Beta")
    beta.get_by_role("button", name=TEXT[lang]["restore"]).click()
    dialog.get_by_test_id("trash-row").filter(has_text="Beta").wait_for(state="detached")
    names = sorted(r[NAME[lang]] for r in api.get(f"/tables/{table_id}/rows", keys="names")["rows"])
    assert names == ["Beta", "Gamma"]
    assert [r["title"] for r in api.get(f"/tables/{table_id}/trash")["rows"]] == ["Alpha"]
    page.locator(".ag-row .t-text", has_text="Beta").first.wait_for()
    # The views tab: the deleted view comes back.
    dialog.get_by_test_id("trash-tab-views").click()
    dialog.get_by_test_id("trash-item").filter(has_text="Old view").wait_for()
    shot(page, f"trash-03-views-{lang}-1280")
    dialog.get_by_test_id("trash-item").get_by_role("button", name=TEXT[lang]["restore"]).click()
    dialog.get_by_test_id("trash-empty").wait_for()
    assert "Old view" in {v["name"] for v in api.get(f"/bases/{base_id}")["views"]}
    # On a phone the menu is there too.
    page.keyboard.press("Escape")
    page.set_viewport_size({"width": 390, "height": 844})
    page.click("[data-testid=history-menu]")
    page.get_by_test_id("open-trash").wait_for()
    shot(page, f"trash-06-menu-{lang}-390")
    assert not page.js_errors


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_deleted_base_restored_from_the_home_page(server: Any, browser: Any, shot: Any, lang: str) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = _email()
    sign_up(page, server.url, email, "Dana")
    api, base_id, _ = _base(page, server, email, "Archive")
    api.post("/bases", {"name": "Keep"})
    api.s.delete(api.url + f"/bases/{base_id}").raise_for_status()
    page.goto(server.url + "/")
    page.get_by_test_id("show-deleted-bases").click()
    item = page.get_by_test_id("deleted-base").filter(has_text="Archive")
    item.wait_for()
    assert TEXT[lang]["deleted"] in page.get_by_test_id("deleted-bases").inner_text()
    shot(page, f"trash-04-home-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    item.scroll_into_view_if_needed()
    shot(page, f"trash-05-home-{lang}-390")
    item.get_by_role("button", name=TEXT[lang]["restore"]).click()
    page.get_by_test_id("deleted-bases").wait_for(state="detached")
    assert {b["name"] for b in api.get("/bases")["bases"]} == {"Archive", "Keep"}
    assert not page.js_errors


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_restore_from_backup_says_what_is_missing_and_switched_off(server: Any, browser: Any, shot: Any, lang: str,
                                                              tmp_path: Any) -> None:
    page = new_page(browser, locale="ru-RU" if lang == "ru" else "en-US")
    page.set_viewport_size({"width": 1280, "height": 800})
    email = _email()
    sign_up(page, server.url, email, "Dana")
    api, base_id, _ = _base(page, server, email, "Hooked")
    table_id = api.get(f"/bases/{base_id}")["tables"][0]["id"]
    api.post(f"/tables/{table_id}/automations", {"name": "Greet", "trigger": {"type": "row_added"},
                                                 "actions": [{"type": "set_cells", "values": {NAME[lang]: "hello"}}]})
    # An attachment whose contents the backup will not hold (as when the files folder was lost).
    up = api.s.post(api.url + f"/bases/{base_id}/files", files={"file": ("report.txt", b"report", "text/plain")})
    up.raise_for_status()
    api.post(f"/tables/{table_id}/columns", {"name": "Docs", "type": "file"})
    api.post(f"/tables/{table_id}/rows", {"rows": [{NAME[lang]: "with a file", "Docs": [up.json()["id"]]}]})
    resp = api.s.get(api.url + f"/bases/{base_id}/export")
    resp.raise_for_status()
    src, out = zipfile.ZipFile(io.BytesIO(resp.content)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            if not item.filename.startswith("files/"):
                z.writestr(item, src.read(item))
    backup = tmp_path / "hooked.tablo"
    backup.write_bytes(out.getvalue())
    page.goto(server.url + "/")
    page.get_by_test_id("home-restore-file").set_input_files(str(backup))
    report = page.get_by_test_id("restore-report")
    report.wait_for()
    assert ("Automations: 1, webhooks: 0" if lang == "en" else "Автоматизаций: 1, вебхуков: 0") in report.inner_text()
    missing = report.get_by_test_id("restore-missing")
    assert missing.count() == 1 and "report.txt" in missing.inner_text()
    assert ("in 1 row" if lang == "en" else "в 1 строке") in missing.inner_text()
    shot(page, f"trash-07-restore-report-{lang}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, f"trash-08-restore-report-{lang}-390")
    page.get_by_test_id("restore-report-open").click()
    page.wait_for_url(re.compile(r"/base/\d+"))
    assert int(re.search(r"/base/(\d+)", page.url).group(1)) != base_id
    assert not page.js_errors
