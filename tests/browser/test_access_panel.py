"""The «Access» dialog (docs/access.md): an owner limits an editor to the rows of one region,
hides a column from him, then previews the base as him («see as»); what is stored is checked
through the API, and the editor's own reads. Screens in English and Russian, desktop and phone."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest
import requests

from tests.browser.conftest import PASSWORD, Api, new_page, sign_up

pytestmark = pytest.mark.browser


def _email() -> str:
    return f"a{uuid.uuid4().hex[:10]}@example.com"


def _setup(server: Any, browser: Any, locale: str) -> tuple[Any, Api, dict, dict, Api]:
    email = _email()
    page = new_page(browser, locale=locale)
    sign_up(page, server.url, email, "Olga")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Regions"})
    table = base["tables"][0]
    for name in ("Region", "Secret"):
        api.post(f"/tables/{table['id']}/columns", {"name": name, "type": "text"})
    primary = table["columns"][0]["id"]  # «Name» or «Название», in the owner's language
    api.post(f"/tables/{table['id']}/rows", {"rows": [
        {str(primary): "North shop", "Region": "north", "Secret": "s-1"},
        {str(primary): "South shop", "Region": "south", "Secret": "s-2"}]})
    member_email = _email()
    requests.post(server.url + "/api/auth/signup", json={"email": member_email, "password": PASSWORD,
                                                         "name": "Ivan"}, timeout=10).raise_for_status()
    member = api.post(f"/bases/{base['id']}/members", {"email": member_email, "role": "editor"})["member"]
    return page, api, api.get(f"/bases/{base['id']}"), member, Api(server.url, member_email)


def _column(base: dict, name: str) -> dict:
    return next(c for c in base["tables"][0]["columns"] if c["name"] == name)


def _rules(api: Api, table_id: int, until: Any) -> list[dict]:
    deadline = time.monotonic() + 5
    while True:
        rules = api.get(f"/tables/{table_id}/access")["rules"]
        if until(rules) or time.monotonic() > deadline:
            return rules
        time.sleep(0.1)


@pytest.mark.parametrize("locale", ["en-US", "ru-RU"])
def test_owner_limits_a_member_and_sees_as_him(server: Any, browser: Any, shot: Any, locale: str) -> None:
    page, api, base, member, member_api = _setup(server, browser, locale)
    lang = locale[:2]
    table = base["tables"][0]
    region, secret = _column(base, "Region"), _column(base, "Secret")
    page.goto(f"{server.url}/base/{base['id']}")
    page.wait_for_selector(".ag-row[row-index='1']")
    page.click("[data-testid=share-button]")
    page.click("[data-testid=share-access]")
    dialog = page.locator("[role=dialog]")
    dialog.wait_for()
    dialog.get_by_test_id("access-add").select_option(f"user:{member['id']}")
    dialog.get_by_test_id("add-condition").click()
    dialog.get_by_test_id("cond-column").last.select_option(str(region["id"]))
    dialog.get_by_test_id("cond-operator").last.select_option("is")
    dialog.get_by_test_id("cond-value").last.fill("north")
    dialog.get_by_test_id(f"access-hide-{secret['id']}").check()
    for w, h, tag in ((1280, 800, "desktop"), (390, 844, "phone")):
        page.set_viewport_size({"width": w, "height": h})
        shot(page, f"access-01-dialog-{lang}-{tag}")
    page.set_viewport_size({"width": 1280, "height": 800})
    dialog.get_by_test_id("access-save").click()
    rules = _rules(api, table["id"], lambda r: bool(r))
    assert rules == [{"role": None, "user_id": member["id"], "hide_table": False, "read_only": False,
                      "hidden_columns": [secret["id"]], "edit_filter": None,
                      "read_filter": {"conjunction": "and", "filters": [
                          {"column_id": region["id"], "operator": "is", "value": "north"}]}}]
    # what the member reads now
    rows = member_api.get(f"/tables/{table['id']}/rows")["rows"]
    assert [r[str(table["columns"][0]["id"])] for r in rows] == ["North shop"] and str(secret["id"]) not in rows[0]
    # the owner previews the base as Ivan
    page.click("[data-testid=share-button]")
    page.click("[data-testid=share-access]")
    page.get_by_test_id("access-see-as").select_option(str(member["id"]))
    page.wait_for_selector("[data-testid=see-as-stop]")
    page.wait_for_selector(".ag-row[row-index='0'] :text('North shop')")
    assert page.locator(".ag-row[row-index='1']").count() == 0 and page.get_by_text("South shop").count() == 0
    assert page.locator(".ag-header-cell-text", has_text="Secret").count() == 0
    for w, h, tag in ((1280, 800, "desktop"), (390, 844, "phone")):
        page.set_viewport_size({"width": w, "height": h})
        page.get_by_text("North shop").first.wait_for()
        shot(page, f"access-02-see-as-{lang}-{tag}")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.click("[data-testid=see-as-stop]")
    page.wait_for_selector(".ag-row[row-index='1']")
    assert page.locator("[data-testid=see-as-stop]").count() == 0
    assert not page.js_errors
