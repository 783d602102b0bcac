"""Comments, the notification bell and automations in real Chromium with two people."""

from __future__ import annotations

import http.server
import json
import os
import re
import subprocess
import threading
import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import PASSWORD, TABLO, Api, new_page, sign_up

pytestmark = pytest.mark.browser


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


def _team(server: Any, browser: Any, base_name: str) -> tuple[Any, Any, Api, dict, str]:
    """Anna (owner) and Boris (editor) in one base with three rows; both on the base page."""
    anna_email, boris_email = _email(), _email()
    anna, boris = new_page(browser), new_page(browser)
    sign_up(anna, server.url, anna_email, "Anna")
    sign_up(boris, server.url, boris_email, "Boris")
    api = Api(server.url, anna_email)
    base = api.post("/bases", {"name": base_name})
    api.post(f"/bases/{base['id']}/members", {"email": boris_email, "role": "editor"})
    table = base["tables"][0]
    name_col = str(table["columns"][0]["id"])
    api.post(f"/tables/{table['id']}/rows", {"rows": [{name_col: f"INV-{i}"} for i in range(3)]})
    for page in (anna, boris):
        page.goto(f"{server.url}/base/{base['id']}")
        page.wait_for_selector(".ag-row[row-index='2'] .t-text:text-is('INV-2')")
    return anna, boris, api, base, boris_email


def test_mention_reaches_the_other_persons_bell_live_and_opens_the_row(server: Any, browser: Any, shot: Any) -> None:
    anna, boris, api, base, boris_email = _team(server, browser, "Collections")
    assert boris.locator("[data-testid=bell-count]").count() == 0

    # Anna opens INV-1 and mentions Boris, picking him from the completion list.
    anna.locator(".ag-row[row-index='1'] .t-text").click()
    anna.get_by_role("toolbar").get_by_role("button", name="Open row").click()
    anna.wait_for_selector("[data-testid=comments]")
    anna.locator("[data-testid=comments]").get_by_text("No comments yet").wait_for()  # loaded, empty
    box = anna.locator("[data-testid=comment-input]")
    box.click()
    box.type("@Bor")
    anna.wait_for_selector("[data-testid=mention-list] :text('Boris')")
    # Escape closes the suggestions only; typing on brings them back.
    anna.keyboard.press("Escape")
    anna.wait_for_selector("[data-testid=mention-list]", state="detached")
    assert anna.locator("[data-testid=comments]").is_visible()
    box.type("i")
    anna.wait_for_selector("[data-testid=mention-list] :text('Boris')")
    anna.keyboard.press("Enter")
    box.type("please call the customer today")
    assert box.input_value() == f"@{boris_email} please call the customer today"
    anna.click("[data-testid=comment-send]")
    comment = anna.locator("[data-testid=comment]").first
    comment.wait_for()
    assert comment.locator(".mention").inner_text() == "@Boris"
    assert "please call the customer today" in comment.inner_text()
    shot(anna, "collab-01-comment-with-mention")

    # Boris's bell counts it without a reload.
    boris.wait_for_selector("[data-testid=bell-count]:text-is('1')", timeout=5000)
    # His grid shows the row's open comment in its row-number cell; other rows have none.
    badge = boris.locator(".ag-row[row-index='1'] [data-testid=comment-badge]")
    badge.wait_for(timeout=5000)
    assert badge.inner_text().strip() == "1" and "open" in (badge.get_attribute("class") or "")
    assert boris.locator("[data-testid=comment-badge]").count() == 1
    boris.click("[data-testid=bell]")
    item = boris.locator("[data-testid=notification]").first
    item.wait_for()
    assert "Anna mentioned you" in item.inner_text()
    shot(boris, "collab-02-bell-open")
    item.locator("button[role=menuitem]").click()
    # The row form of INV-1 opens with the discussion.
    boris.wait_for_url(re.compile(r"/base/\d+/table/\d+\?row="))
    dialog = boris.locator("[role=dialog]")
    dialog.locator("h2:text-is('INV-1')").wait_for()
    dialog.locator("[data-testid=comment] :text('please call the customer today')").wait_for()
    assert boris.locator("[data-testid=bell-count]").count() == 0  # read now

    # Boris resolves it; Anna's open form shows that live.
    dialog.locator("[data-testid=comment-resolve]").click()
    anna.locator("[data-testid=comment] .tag:text-is('Resolved')").wait_for(timeout=5000)
    shot(boris, "collab-03-row-opened-from-bell")
    # Anna's badge turns from open to resolved; clicking it opens the row form again.
    anna.keyboard.press("Escape")
    anna_badge = anna.locator(".ag-row[row-index='1'] [data-testid=comment-badge]")
    anna.wait_for_function(
        "() => { const b = document.querySelector(\".ag-row[row-index='1'] "
        "[data-testid=comment-badge]\"); return !!b && !b.classList.contains('open') }", timeout=5000)
    shot(anna, "collab-03b-grid-comment-badge")
    anna_badge.click()
    anna.locator("[role=dialog] h2:text-is('INV-1')").wait_for()
    counts = api.get(f"/tables/{base['tables'][0]['id']}/comment-counts")["counts"]
    assert list(counts.values()) == [{"count": 1, "unresolved": 0}]
    assert not anna.js_errors and not boris.js_errors


def test_muted_mentions_and_editing_and_deleting_ones_own_comment(server: Any, browser: Any, shot: Any) -> None:
    anna, boris, api, base, boris_email = _team(server, browser, "Quiet")
    # Boris turns mention notifications off in the account menu.
    boris.click("[data-testid=account-menu]")
    boris.click("[data-testid=notification-settings]")
    box = boris.locator("[data-testid=notify-kind-mention]")
    box.wait_for()
    assert box.is_checked()
    box.uncheck()
    shot(boris, "collab-07-notification-settings")
    boris.click("[data-testid=notify-save]")
    boris.locator("text=Notification settings saved").wait_for()
    boris_api = Api(server.url, boris_email)
    assert boris_api.get("/notifications/settings")["settings"]["muted_kinds"] == ["mention"]

    # Anna mentions him by typing the address; he is not notified.
    anna.locator(".ag-row[row-index='0'] .t-text").click()
    anna.get_by_role("toolbar").get_by_role("button", name="Open row").click()
    anna.locator("[data-testid=comment-input]").fill(f"@{boris_email} first draft")
    anna.click("[data-testid=comment-send]")
    comment = anna.locator("[data-testid=comment]")
    comment.wait_for()
    # She edits her comment...
    comment.get_by_role("button", name="Edit").click()
    comment.locator("textarea").fill("Second thoughts: no call needed")
    comment.get_by_role("button", name="Save").click()
    anna.locator("[data-testid=comment] .body:text-is('Second thoughts: no call needed')").wait_for()
    assert "edited" in comment.inner_text()
    # ...and deletes it after confirming.
    comment.get_by_role("button", name="Delete").click()
    anna.locator("[role=dialog][aria-label='Delete this comment?'] button[type=submit]").click()
    anna.locator("[data-testid=comments] :text('No comments yet')").wait_for()
    row_id = api.get(f"/tables/{base['tables'][0]['id']}/rows", offset=0, limit=1)["rows"][0]["_id"]
    assert api.get(f"/tables/{base['tables'][0]['id']}/rows/{row_id}/comments")["comments"] == []
    assert boris_api.get("/notifications")["unread"] == 0
    assert boris.locator("[data-testid=bell-count]").count() == 0
    assert not anna.js_errors and not boris.js_errors


def test_automation_made_in_the_dialog_fires_and_its_run_is_logged(server: Any, browser: Any, shot: Any) -> None:
    anna, boris, api, base, _ = _team(server, browser, "Automated")
    anna.click("[data-testid=open-automations]")
    anna.wait_for_selector("[data-testid=automations] :text('No automations on this table yet.')")
    anna.click("[data-testid=automation-new]")
    anna.fill("[data-testid=automation-name]", "Tell Boris about new rows")
    assert anna.locator("[data-testid=automation-trigger]").input_value() == "row_added"
    assert anna.locator("[data-testid=automation-action-type]").input_value() == "notify"
    anna.locator("[data-testid=automation-member]:text-is('Boris')").click()
    anna.fill("[data-testid=automation-message]", "New invoice {Name}")
    shot(anna, "collab-04-automation-editor")
    anna.click("[data-testid=automation-save]")
    rule = anna.locator("[data-testid=automation]")
    rule.wait_for()
    assert "Tell Boris about new rows" in rule.inner_text() and "A row is added" in rule.inner_text()
    assert rule.locator("[data-testid=automation-active]").is_checked()
    anna.keyboard.press("Escape")

    # Anna adds a row in the grid and names it: the rule fires and Boris is notified live.
    anna.locator(".ag-row[row-index='2'] .t-text").click()
    anna.click("[data-testid=add-row]")
    anna.wait_for_selector(".ag-row[row-index='3']")
    boris.wait_for_selector("[data-testid=bell-count]:text-is('1')", timeout=8000)
    boris.click("[data-testid=bell]")
    item = boris.locator("[data-testid=notification]").first
    assert "Tell Boris about new rows" in item.inner_text() and "New invoice" in item.inner_text()

    # Its run is in the runs log.
    anna.click("[data-testid=open-automations]")
    anna.click("[data-testid=automation-runs]")
    deadline = time.monotonic() + 10
    while anna.locator("[data-testid=run-status]").count() == 0 or \
            anna.locator("[data-testid=run-status]").first.inner_text() != "done":
        assert time.monotonic() < deadline, anna.locator("[data-testid=automation-runs-log]").inner_text()
        anna.click("[data-testid=runs-refresh]")
        time.sleep(0.3)
    row = anna.locator("[data-testid=automation-run-row]").first.inner_text()
    assert "row added" in row and "\t1\t" in row
    shot(anna, "collab-05-automation-runs")

    # Switching it off in the list is stored.
    anna.click("text=Back")
    anna.locator("[data-testid=automation-active]").click()
    rules = api.get(f"/tables/{base['tables'][0]['id']}/automations")["automations"]
    deadline = time.monotonic() + 5
    while rules[0]["active"] and time.monotonic() < deadline:
        time.sleep(0.2)
        rules = api.get(f"/tables/{base['tables'][0]['id']}/automations")["automations"]
    assert rules[0]["active"] is False
    assert not anna.js_errors and not boris.js_errors


def test_automation_that_sets_cells_and_adds_a_linked_row_in_another_table(
        server: Any, browser: Any, shot: Any) -> None:
    anna, _boris, api, base, _ = _team(server, browser, "Follow-ups")
    tid = base["tables"][0]["id"]
    api.post(f"/tables/{tid}/columns", {"name": "Stage", "type": "single-select",
                                        "options": {"options": [{"name": "New"}, {"name": "Overdue"}]}})
    fu = api.post(f"/bases/{base['id']}/tables", {"name": "Tasks"})["table"]["id"]
    api.post(f"/tables/{fu}/columns", {"name": "Invoice", "type": "link", "options": {"table_id": tid}})
    anna.reload()
    anna.wait_for_selector(".col-header .name:text-is('Stage')")

    anna.click("[data-testid=open-automations]")
    anna.click("[data-testid=automation-new]")
    anna.fill("[data-testid=automation-name]", "New invoice: stage and task")
    first = anna.locator("[data-testid=automation-action]").nth(0)
    first.locator("[data-testid=automation-action-type]").select_option("set_cells")
    first.get_by_role("button", name=re.compile("Add a value")).click()
    first.locator(".pair select").nth(0).select_option(label="Stage")
    first.locator(".pair select").nth(1).select_option(label="New")
    anna.get_by_role("button", name=re.compile("Add an action")).click()
    second = anna.locator("[data-testid=automation-action]").nth(1)
    second.locator("[data-testid=automation-action-type]").select_option("add_row")
    second.locator("select[id^=tt]").select_option(label="Tasks")
    second.locator("select[id^=lc]").select_option(label="Invoice")
    second.get_by_role("button", name=re.compile("Add a value")).click()
    second.locator(".pair select").select_option(label="Name")
    second.locator(".pair input").fill("Call about {Name}")
    shot(anna, "collab-08-automation-two-actions")
    anna.click("[data-testid=automation-save]")
    anna.locator("[data-testid=automation]").wait_for()
    assert "Set cells, Add a row to another table" in anna.locator("[data-testid=automation]").inner_text()

    name_col = str(base["tables"][0]["columns"][0]["id"])
    row = api.post(f"/tables/{tid}/rows", {"rows": [{name_col: "INV-9"}]})["rows"][0]["_id"]
    anna.click("[data-testid=automation-runs]")
    deadline = time.monotonic() + 10
    while anna.locator("[data-testid=run-status]").count() == 0 or \
            anna.locator("[data-testid=run-status]").first.inner_text() != "done":
        assert time.monotonic() < deadline, anna.locator("[data-testid=automation-runs-log]").inner_text()
        anna.click("[data-testid=runs-refresh]")
        time.sleep(0.3)
    tasks = api.get(f"/tables/{fu}/rows", offset=0, limit=10)["rows"]
    cols = {c["name"]: str(c["id"]) for c in api.get(f"/tables/{fu}")["columns"]}
    assert [t[cols["Name"]] for t in tasks] == ["Call about INV-9"]
    assert row in str(tasks[0][cols["Invoice"]])
    stage = next(str(c["id"]) for c in api.get(f"/tables/{tid}")["columns"] if c["name"] == "Stage")
    got = next(r for r in api.get(f"/tables/{tid}/rows", offset=0, limit=10)["rows"] if r["_id"] == row)
    assert got[stage] not in (None, "")
    assert not anna.js_errors


class _Receiver:
    """A local HTTP endpoint that records the deliveries it gets (127.0.0.1 only)."""

    def __init__(self) -> None:
        got: list[dict] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802  (http.server's name)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                got.append({"event": self.headers.get("X-Tablo-Event"), "body": json.loads(body or b"{}")})
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.got = got
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _admin(server: Any) -> Api:
    """An administrator of the test server, made with the CLI as an operator would."""
    email = _email()
    data_dir = server.log_path.parent
    env = {**os.environ, "TABLO_DATA_DIR": str(data_dir), "TABLO_DATABASE_URL": f"sqlite:///{data_dir / 'tablo.db'}",
           "TABLO_SECRET_KEY": "browser-test-secret", "TABLO_PASSWORD": PASSWORD}
    subprocess.run([TABLO, "create-user", "--admin", "--name", "Admin", email], env=env, check=True,
                   capture_output=True)
    return Api(server.url, email)


def _patch(api: Api, path: str, body: Any) -> Any:
    r = api.s.patch(api.url + path, json=body)
    r.raise_for_status()
    return r.json()


def test_webhooks_dialog_adds_pings_and_shows_deliveries(server: Any, browser: Any, shot: Any) -> None:
    anna, _boris, api, base, _ = _team(server, browser, "Hooks")
    anna.click("[data-testid=open-webhooks]")
    anna.wait_for_selector("[data-testid=webhooks] :text('No webhooks yet.')")
    anna.click("[data-testid=webhook-new]")
    # A private address is refused (no intranet targets by default), with the server's reason.
    anna.fill("[data-testid=webhook-url]", "http://127.0.0.1:9/hook")
    anna.click("[data-testid=webhook-save]")
    err = anna.locator("[role=dialog] [role=alert]")
    err.wait_for()
    assert "127.0.0.1" in err.inner_text() or "private" in err.inner_text().lower()

    # The admin allows intranet targets; a receiver on this machine gets the deliveries.
    admin = _admin(server)
    receiver = _Receiver()
    _patch(admin, "/admin/webhook-settings", {"webhooks_allow_private": True})
    try:
        anna.fill("[data-testid=webhook-url]", receiver.url)
        anna.fill("#hook-secret", "s3cret")
        anna.click("[data-testid=webhook-save]")
        hook = anna.locator("[data-testid=webhook]")
        hook.wait_for()
        assert receiver.url in hook.inner_text() and "signed" in hook.inner_text()
        anna.click("[data-testid=webhook-ping]")
        deadline = time.monotonic() + 10
        while not any(g["event"] == "ping" for g in receiver.got):
            assert time.monotonic() < deadline, "the ping did not arrive"
            time.sleep(0.2)
        anna.click("[data-testid=webhook-log]")
        row = anna.locator("[data-testid=delivery]").first
        row.wait_for()
        assert "ping" in row.inner_text() and "delivered" in row.inner_text() and "204" in row.inner_text()
        row.click()  # the body it sent
        anna.locator("[data-testid=webhook-deliveries] pre:has-text('\"event\": \"ping\"')").wait_for()
        shot(anna, "collab-06-webhook-deliveries")

        # Switched off in the dialog: stored, with the reason shown.
        anna.click("text=Back")
        anna.locator("[data-testid=webhook-active]").click()
        anna.locator("[data-testid=webhook-reason]:text-is('Switched off: switched off by hand')").wait_for()
        hooks = api.get(f"/bases/{base['id']}/webhooks")["webhooks"]
        assert [(h["url"], h["active"]) for h in hooks] == [(receiver.url, False)]
    finally:
        _patch(admin, "/admin/webhook-settings", {"webhooks_allow_private": False})
        receiver.stop()
    assert not anna.js_errors
