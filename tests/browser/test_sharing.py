"""Sharing in the web app: invitations and roles, read-only share links (forms: test_form_view.py)."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import PASSWORD, Api, new_page, sign_up

pytestmark = pytest.mark.browser


def _email() -> str:
    return f"s{uuid.uuid4().hex[:10]}@example.com"


def _owner_base(server: Any, browser: Any, name: str) -> tuple[Any, Api, dict]:
    """Olga signs up in the browser and owns a base with Name, Amount, Secret and three rows."""
    email = _email()
    page = new_page(browser)
    sign_up(page, server.url, email, "Olga")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": name})
    table = base["tables"][0]
    api.post(f"/tables/{table['id']}/columns", {"name": "Amount", "type": "number"})
    api.post(f"/tables/{table['id']}/columns", {"name": "Secret", "type": "text"})
    api.post(f"/tables/{table['id']}/rows", {"rows": [
        {"Name": "Small invoice", "Amount": 5, "Secret": "s-1"},
        {"Name": "Big invoice", "Amount": 500, "Secret": "s-2"},
        {"Name": "Medium invoice", "Amount": 50, "Secret": "s-3"},
    ]})
    base = api.get(f"/bases/{base['id']}")
    return page, api, base


def _column(base: dict, name: str) -> dict:
    return next(c for c in base["tables"][0]["columns"] if c["name"] == name)


def _open_share(page: Any, item: str) -> None:
    page.click("[data-testid=share-button]")
    page.click(f"[data-testid={item}]")
    page.wait_for_selector("[role=dialog]")


def _rows(api: Api, base: dict, until: Any = None) -> list[dict]:
    """The stored rows keyed by column name; with `until`, polled for up to 5 s until it holds."""
    table = base["tables"][0]
    names = {str(c["id"]): c["name"] for c in table["columns"]}
    deadline = time.monotonic() + 5
    while True:
        raw = api.get(f"/tables/{table['id']}/rows", offset=0, limit=1000)["rows"]
        rows = [{names.get(k, k): v for k, v in r.items()} for r in raw]
        if until is None or until(rows) or time.monotonic() > deadline:
            return rows
        time.sleep(0.1)


def test_invited_viewer_signs_up_cannot_edit_then_becomes_editor(server: Any, browser: Any, shot: Any) -> None:
    owner, api, base = _owner_base(server, browser, "Receivables")
    owner.goto(f"{server.url}/base/{base['id']}")
    owner.wait_for_selector(".ag-row[row-index='2'] .t-text:text-is('Medium invoice')")

    # An invalid address is refused with a message at the field, nothing is sent.
    _open_share(owner, "share-members")
    owner.fill("[data-testid=invite-email]", "not-an-address")
    owner.click("[data-testid=invite-send]")
    assert owner.locator("[data-testid=invite-error]").inner_text() == "Enter a valid email address."
    assert owner.locator("[data-testid=invite-link]").count() == 0

    viewer_email = _email()
    owner.fill("[data-testid=invite-email]", viewer_email)
    owner.select_option("[data-testid=invite-role]", "viewer")
    owner.click("[data-testid=invite-send]")
    link = owner.locator("[data-testid=invite-link]").input_value()
    assert f"{server.url}/invite/" in link
    owner.wait_for_selector(f"[data-testid=invitations] :text('{viewer_email}')")
    shot(owner, "sharing-01-invite")

    # The invited person opens the link without an account, sees base and role, and signs up.
    guest = new_page(browser)
    guest.goto(link)
    info = guest.locator("[data-testid=invite-info]").inner_text()
    assert "Olga" in info and "Viewer" in info
    assert guest.locator("h1").inner_text() == "Join «Receivables»"
    guest.fill("[data-testid=invite-name]", "Viktor")
    guest.fill("[data-testid=invite-password]", PASSWORD)
    shot(guest, "sharing-02-invite-page")
    guest.click("[data-testid=invite-signup]")
    guest.wait_for_url(f"{server.url}/base/{base['id']}")
    guest.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Small invoice')")

    # As a viewer: cells are read-only, adding rows is disabled, typing changes nothing.
    assert guest.locator("[data-testid=add-row]").is_disabled()
    assert "readonly" in (guest.locator(".ag-row[row-index='0'] .t-text").first.get_attribute("class") or "")
    guest.locator(".ag-row[row-index='0'] .t-text").first.dblclick()
    guest.keyboard.type("Hacked")
    guest.keyboard.press("Enter")
    assert guest.locator(".ag-cell-inline-editing").count() == 0
    time.sleep(0.3)
    assert "Hacked" not in [r["Name"] for r in _rows(api, base)]
    # The members list is there, read-only.
    _open_share(guest, "share-members")
    guest.wait_for_selector("[data-testid=members-readonly]")
    assert guest.locator("[data-testid=member-role]").count() == 0
    assert guest.locator("[data-testid=invite-email]").count() == 0
    shot(guest, "sharing-03-viewer")
    guest.keyboard.press("Escape")

    # The owner makes Viktor an editor from the members list (it refreshed with him in it).
    owner.keyboard.press("Escape")
    _open_share(owner, "share-members")
    row = owner.locator(f"[data-testid=members] li[data-email='{viewer_email}']")
    assert row.locator("[data-testid=member-role]").input_value() == "viewer"
    row.locator("[data-testid=member-role]").select_option("editor")
    owner.wait_for_selector(".toast:has-text('Viktor is now: Editor.')")
    assert owner.locator("[data-testid=invitations]").count() == 0  # the invitation was used

    guest.reload()
    guest.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Small invoice')")
    assert guest.locator("[data-testid=add-row]").is_enabled()
    guest.locator(".ag-row[row-index='0'] .t-text").first.click()
    guest.keyboard.type("Edited by Viktor")
    guest.keyboard.press("Enter")
    rows = _rows(api, base, lambda rs: any(r["Name"] == "Edited by Viktor" for r in rs))
    assert any(r["Name"] == "Edited by Viktor" for r in rows)

    # Olga hands the base over to Viktor (after confirming) and becomes an editor.
    row.locator("[data-testid=member-transfer]").click()
    owner.click("button.btn-danger:has-text('Transfer ownership')")
    owner.wait_for_selector("[data-testid=members-readonly]")
    roles = {m["email"]: m["role"] for m in api.get(f"/bases/{base['id']}/members")["members"]}
    assert roles[viewer_email] == "owner"
    assert sorted(roles.values()) == ["editor", "owner"]
    assert owner.locator("[data-testid=member-role]").count() == 0
    assert not owner.js_errors and not guest.js_errors


def test_share_link_with_password_shows_only_the_views_rows_and_columns(server: Any, browser: Any, shot: Any) -> None:
    owner, api, base = _owner_base(server, browser, "Linked")
    table_id = base["tables"][0]["id"]
    amount, secret = _column(base, "Amount"), _column(base, "Secret")
    view = api.post(f"/tables/{table_id}/views", {"name": "Large ones", "settings": {
        "filters": {"conjunction": "and", "filters": [{"column_id": amount["id"], "operator": "gt", "value": 10}]},
        "sorts": [{"column_id": amount["id"], "direction": "desc"}],
        "hidden_columns": [secret["id"]]}})["view"]
    owner.goto(f"{server.url}/base/{base['id']}/table/{table_id}/view/{view['id']}")
    owner.wait_for_selector(".ag-row[row-index='1'] .t-text:text-is('Medium invoice')")

    _open_share(owner, "share-links")
    owner.fill("[data-testid=link-password]", "abc")
    owner.click("[data-testid=link-create]")
    owner.wait_for_selector(".field-error:text-is('At least 4 characters.')")
    owner.fill("[data-testid=link-password]", "open-sesame")
    owner.fill("[data-testid=link-days]", "7")
    owner.click("[data-testid=link-create]")
    url = owner.locator("[data-testid=link-url]").input_value()
    assert f"{server.url}/shared/" in url
    owner.wait_for_selector("[data-testid=links] li:has-text('with a password')")
    shot(owner, "sharing-04-share-link")

    # Someone without an account: a password prompt, a wrong password, then the rows.
    anon = new_page(browser, locale="ru-RU")
    anon.goto(url)
    anon.wait_for_selector("[data-testid=shared-password]")
    anon.fill("[data-testid=shared-password]", "wrong-one")
    anon.click("[data-testid=shared-unlock]")
    assert anon.locator("[data-testid=shared-password-error]").inner_text() == "Неверный пароль."
    anon.fill("[data-testid=shared-password]", "open-sesame")
    anon.click("[data-testid=shared-unlock]")
    anon.wait_for_selector("[data-testid=shared-table] tbody tr")
    headers = anon.locator("[data-testid=shared-table] thead th").all_inner_texts()
    assert headers == ["#", "Name", "Amount"]
    cells = [r.locator("td").all_inner_texts() for r in anon.locator("[data-testid=shared-table] tbody tr").all()]
    assert [c[1:] for c in cells] == [["Big invoice", "500"], ["Medium invoice", "50"]]
    assert "s-2" not in anon.locator("main").inner_text()
    assert anon.locator("input:not([type=password]), [contenteditable=true], [data-testid=add-row]").count() == 0
    assert anon.locator("[data-testid=shared-count]").inner_text() == "1–2 из 2"
    shot(anon, "sharing-05-shared-page-ru")

    # Revoking the link ends access.
    owner.locator("[data-testid=links] li button").first.click()
    owner.click("button.btn-danger:has-text('Revoke link')")
    owner.wait_for_selector("[data-testid=links]", state="detached")
    anon.reload()
    anon.wait_for_selector("[data-testid=shared-error]")
    assert not owner.js_errors and not anon.js_errors


def test_owner_limits_row_edits_and_a_column_from_the_menus(server: Any, browser: Any, shot: Any) -> None:
    owner, api, base = _owner_base(server, browser, "Guarded")
    table_id = base["tables"][0]["id"]
    editor_email = _email()
    editor = new_page(browser)
    sign_up(editor, server.url, editor_email, "Eva")
    api.post(f"/bases/{base['id']}/members", {"email": editor_email, "role": "editor"})
    eva = next(m for m in api.get(f"/bases/{base['id']}/members")["members"] if m["email"] == editor_email)
    amount = _column(base, "Amount")

    owner.goto(f"{server.url}/base/{base['id']}")
    owner.wait_for_selector(".ag-row[row-index='2'] .t-text:text-is('Medium invoice')")
    # The table tab menu: only Eva may edit rows.
    owner.click(".tab-more")
    owner.click("[data-testid=table-permissions]")
    owner.locator("[data-testid=perm-edit] select").select_option("named")
    owner.locator("[data-testid=perm-edit] label.person:has-text('Eva') input").check()
    owner.click("[data-testid=perm-save]")
    owner.wait_for_selector("[role=dialog]", state="detached")
    perms = api.get(f"/tables/{table_id}/permissions")
    assert perms["rows"]["edit"] == {"mode": "named", "user_ids": [eva["id"]]}
    assert perms["rows"]["add"]["mode"] == "editors"

    # The column menu opens the same dialog on the Amount rule: nobody but owners.
    owner.locator(".col-header:has(.name:text-is('Amount'))").hover()
    owner.locator(".col-header:has(.name:text-is('Amount')) .col-menu-btn").click()
    owner.click("[data-testid=col-permissions]")
    rule = owner.locator("[data-testid='perm-col-Amount']")
    rule.locator("select").select_option("named")
    assert rule.locator("label.person:has-text('Eva')").is_visible()
    shot(owner, "sharing-09-permissions")
    owner.click("[data-testid=perm-save]")
    owner.wait_for_selector("[role=dialog]", state="detached")
    assert api.get(f"/tables/{table_id}/permissions")["columns"][str(amount["id"])] == {"mode": "named", "user_ids": []}

    # Eva may still edit names, but her change to an amount is refused with a message.
    editor.goto(f"{server.url}/base/{base['id']}")
    editor.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Small invoice')")
    editor.locator(".ag-row[row-index='0'] .t-number").first.click()
    editor.keyboard.type("999")
    editor.keyboard.press("Enter")
    editor.wait_for_selector(".toast.error")
    editor.locator(".ag-row[row-index='0'] .t-text").first.click()
    editor.keyboard.type("Renamed by Eva")
    editor.keyboard.press("Enter")
    rows = _rows(api, base, lambda rs: any(r["Name"] == "Renamed by Eva" for r in rs))
    assert [r["Amount"] for r in rows if r["Name"] == "Renamed by Eva"] == [5]
    assert not owner.js_errors and not editor.js_errors


def test_russian_members_dialog_and_a_revoked_invitation(server: Any, browser: Any, shot: Any) -> None:
    email = _email()
    owner = new_page(browser, locale="ru-RU")
    sign_up(owner, server.url, email, "Ольга")
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Дебиторская задолженность контрагентов"})
    owner.goto(f"{server.url}/base/{base['id']}")
    owner.wait_for_selector(".col-header")
    owner.click("[data-testid=share-button]")
    items = owner.locator(".share-menu [role=menuitem]").all_inner_texts()
    assert items[0] == "Участники и приглашения"
    assert "Ссылки только для чтения на это представление" in items
    owner.click("[data-testid=share-members]")
    guest_email = "ochen.dlinnyj.adres.dlya.proverki.perenosov@example.com"
    owner.fill("[data-testid=invite-email]", guest_email)
    owner.select_option("[data-testid=invite-role]", "commenter")
    owner.click("[data-testid=invite-send]")
    link = owner.locator("[data-testid=invite-link]").input_value()
    owner.wait_for_selector(f"[data-testid=invitations] :text('{guest_email}')")
    # Nothing sticks out of the dialog sideways, even with long Russian words and addresses.
    assert owner.evaluate("() => { const b = document.querySelector('[role=dialog] .body'); "
                          "return b.scrollWidth <= b.clientWidth }")
    shot(owner, "sharing-10-members-ru")

    owner.locator("[data-testid=invitations] li button[aria-label='Отозвать']").click()
    owner.click("button.btn-danger:has-text('Отозвать')")
    owner.wait_for_selector("[data-testid=invitations]", state="detached")
    assert api.get(f"/bases/{base['id']}/invitations")["invitations"] == []

    guest = new_page(browser, locale="ru-RU")
    guest.goto(link)
    assert guest.locator("[data-testid=invite-gone]").inner_text() == "Такого приглашения нет, или его отозвали."
    assert not owner.js_errors and not guest.js_errors


def test_someone_with_an_account_logs_in_through_the_invitation_and_accepts(server: Any, browser: Any, shot: Any) -> None:
    owner, api, base = _owner_base(server, browser, "Collections team")
    member_email = _email()
    sign_up(new_page(browser), server.url, member_email, "Mila")
    link = api.post(f"/bases/{base['id']}/invitations", {"email": member_email, "role": "commenter"})["link"]

    mila = new_page(browser)  # not logged in in this browser
    mila.goto(link)
    mila.wait_for_selector("[data-testid=invite-info]")
    assert mila.locator("[data-testid=invite-signup]").count() == 0
    mila.click("[data-testid=invite-login]")
    mila.wait_for_selector("#password")
    assert "/login?next=/invite/" in mila.url
    mila.fill("#email", member_email)
    mila.fill("#password", PASSWORD)
    mila.click("button[type=submit]")
    mila.wait_for_url(link)
    assert "Commenter" in mila.locator("[data-testid=invite-info]").inner_text()
    mila.click("[data-testid=invite-accept]")
    mila.wait_for_url(f"{server.url}/base/{base['id']}")
    mila.wait_for_selector(".ag-row[row-index='0'] .t-text:text-is('Small invoice')")
    roles = {m["email"]: m["role"] for m in api.get(f"/bases/{base['id']}/members")["members"]}
    assert roles[member_email] == "commenter"
    # The link is used up now.
    mila.goto(link)
    assert mila.locator("[data-testid=invite-gone]").inner_text() == "This invitation has already been used."

    # The owner removes Mila (after confirming): she is no longer a member.
    owner.goto(f"{server.url}/base/{base['id']}")
    _open_share(owner, "share-members")
    owner.locator(f"[data-testid=members] li[data-email='{member_email}'] [data-testid=member-remove]").click()
    owner.click("button.btn-danger:has-text('Remove from the base')")
    owner.wait_for_selector(f"[data-testid=members] li[data-email='{member_email}']", state="detached")
    assert member_email not in [m["email"] for m in api.get(f"/bases/{base['id']}/members")["members"]]
    assert not mila.js_errors and not owner.js_errors
