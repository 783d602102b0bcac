"""Live editing in the grid when the connection is not perfect, in real Chromium against a real
server: Boris loses his connection (the browser goes offline and his live socket is dropped),
keeps typing, comes back, and nothing he typed is lost; an edit the server refuses rolls back
with a message."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


class Line:
    """Boris's network: page.route_web_socket sits on his live socket so that it can be cut
    (set_offline stops HTTP, but Chromium keeps an open WebSocket alive)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.up = True
        self.routes: list[Any] = []
        page.route_web_socket("**/api/bases/*/live", self._connect)

    def _connect(self, ws: Any) -> None:
        if not self.up:
            ws.close(code=1001, reason="offline")
            return
        ws.connect_to_server()
        self.routes.append(ws)

    def cut(self) -> None:
        self.up = False
        self.page.context.set_offline(True)
        for ws in self.routes:
            ws.close(code=1001, reason="offline")
        self.routes.clear()

    def restore(self) -> None:
        self.up = True
        self.page.context.set_offline(False)


def _setup(server: Any, browser: Any) -> tuple[Any, Any, Line, Api, dict, str, list[str]]:
    """Anna's base with five named rows, open in Anna's and Boris's browsers (Boris: editor)."""
    anna, boris = new_page(browser), new_page(browser)
    line = Line(boris)
    anna_email, boris_email = _email(), _email()
    sign_up(anna, server.url, anna_email, "Anna")
    sign_up(boris, server.url, boris_email, "Boris")
    api = Api(server.url, anna_email)
    base = api.post("/bases", {"name": "Receivables"})
    api.post(f"/bases/{base['id']}/members", {"email": boris_email, "role": "editor"})
    table = base["tables"][0]
    name_col = str(table["columns"][0]["id"])
    ids = [r["_id"] for r in api.post(f"/tables/{table['id']}/rows",
                                      {"rows": [{name_col: f"Invoice {i}"} for i in range(5)]})["rows"]]
    for page in (anna, boris):
        page.goto(f"{server.url}/base/{base['id']}")
        page.wait_for_selector(".ag-row[row-index='4'] .t-text:text-is('Invoice 4')")
    anna.wait_for_selector("[data-testid=who-is-here] .face >> nth=1")
    return anna, boris, line, api, table, name_col, ids


def _cell(row: int) -> str:
    return f".ag-row[row-index='{row}'] .t-text"


def _type_into(page: Any, row: int, text: str) -> None:
    page.locator(_cell(row)).click()
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def _stored(api: Api, table: dict, row_id: str, col: str) -> Any:
    rows = api.get(f"/tables/{table['id']}/rows", limit=100)["rows"]
    return next(r for r in rows if r["_id"] == row_id).get(col)


def test_edits_made_offline_are_kept_and_sent_on_reconnect(server: Any, browser: Any, shot: Any) -> None:
    anna, boris, line, api, table, name_col, ids = _setup(server, browser)

    line.cut()
    # The header says the live connection is gone.
    boris.wait_for_selector("[data-testid=live-status]", timeout=5000)
    # Who else is here is unknown while cut off: Anna's face is not shown as present.
    boris.wait_for_selector("[data-testid=who-is-here]", state="detached", timeout=5000)
    _type_into(boris, 1, "Typed offline")
    # The typed value stays on screen, and the grid says it is waiting to be sent.
    boris.wait_for_selector(".grid-wrap .offline[role=status]", timeout=5000)
    assert "1" in boris.locator(".grid-wrap .offline").inner_text()
    assert boris.locator(_cell(1)).inner_text() == "Typed offline"
    # Meanwhile Anna changes another row.
    _type_into(anna, 3, "Anna while Boris away")
    anna.wait_for_selector(_cell(3) + ":text-is('Anna while Boris away')")
    time.sleep(1.5)
    shot(boris, "live-grid-offline")
    assert boris.locator(_cell(1)).inner_text() == "Typed offline"
    assert boris.locator(_cell(3)).inner_text() == "Invoice 3"  # nothing arrives while cut off
    assert _stored(api, table, ids[1], name_col) == "Invoice 1"

    line.restore()
    # Boris's queued edit lands and reaches Anna live; Anna's edit reaches Boris on catch-up.
    # On Anna's screen it lands in place, flashing with Boris's name.
    anna.wait_for_selector(".ag-row[row-index='1'] .ag-cell.remote-edit[data-by='Boris']", timeout=20_000)
    assert anna.locator(_cell(1)).inner_text() == "Typed offline"
    boris.wait_for_selector(_cell(3) + ":text-is('Anna while Boris away')", timeout=20_000)
    boris.wait_for_selector("[data-testid=live-status]", state="detached", timeout=20_000)
    boris.wait_for_selector(".grid-wrap .offline", state="detached")
    boris.wait_for_selector("[data-testid=who-is-here] .face >> nth=1")
    assert boris.locator(_cell(1)).inner_text() == "Typed offline"
    assert _stored(api, table, ids[1], name_col) == "Typed offline"
    assert _stored(api, table, ids[3], name_col) == "Anna while Boris away"
    shot(boris, "live-grid-reconnected")
    assert not boris.js_errors and not anna.js_errors


def test_a_refused_edit_rolls_back_with_a_message(server: Any, browser: Any, shot: Any) -> None:
    anna, boris, line, api, table, name_col, ids = _setup(server, browser)
    anna_id = api.get("/me")["user"]["id"]

    # Anna makes the Name column editable by her alone; Boris's open grid still offers the edit.
    r = api.s.patch(f"{api.url}/tables/{table['id']}/permissions",
                    json={"columns": {name_col: {"mode": "named", "user_ids": [anna_id]}}})
    r.raise_for_status()
    _type_into(boris, 2, "Not allowed")
    toast = boris.locator(".toast.error").first
    toast.wait_for(timeout=5000)
    assert toast.inner_text().strip()
    boris.wait_for_selector(_cell(2) + ":text-is('Invoice 2')", timeout=5000)
    shot(boris, "live-grid-refused")
    assert _stored(api, table, ids[2], name_col) == "Invoice 2"

    # The same refusal for an edit typed offline: it is sent on reconnect, refused, rolled back.
    boris.locator(".toast.error").first.wait_for(state="detached", timeout=15_000)
    line.cut()
    boris.wait_for_selector("[data-testid=live-status]", timeout=5000)
    _type_into(boris, 0, "Offline and not allowed")
    boris.wait_for_selector(".grid-wrap .offline[role=status]", timeout=5000)
    assert boris.locator(_cell(0)).inner_text() == "Offline and not allowed"
    line.restore()
    boris.locator(".toast.error").first.wait_for(timeout=20_000)
    boris.wait_for_selector(_cell(0) + ":text-is('Invoice 0')", timeout=10_000)
    boris.wait_for_selector(".grid-wrap .offline", state="detached")
    assert _stored(api, table, ids[0], name_col) == "Invoice 0"
    # Edits he may make still work after the refusal.
    api.s.patch(f"{api.url}/tables/{table['id']}/permissions",
                json={"columns": {name_col: {"mode": "editors"}}}).raise_for_status()
    _type_into(boris, 4, "Allowed again")
    anna.wait_for_selector(_cell(4) + ":text-is('Allowed again')", timeout=10_000)


def test_an_edit_typed_offline_survives_closing_the_tab(server: Any, browser: Any, shot: Any) -> None:
    """Boris types while offline and closes the tab; the next time he opens the table (online)
    the edit he typed is sent: a lost connection never loses a typed value."""
    _anna, boris, line, api, table, name_col, ids = _setup(server, browser)
    line.cut()
    boris.wait_for_selector("[data-testid=live-status]", timeout=15_000)
    _type_into(boris, 2, "Typed before closing")
    boris.wait_for_selector(".grid-wrap .offline[role=status]", timeout=15_000)
    url = boris.url
    context = boris.context
    boris.close()
    assert _stored(api, table, ids[2], name_col) == "Invoice 2"
    line.restore()
    again = context.new_page()
    again.goto(url)
    again.wait_for_selector(_cell(2) + ":text-is('Typed before closing')", timeout=20_000)
    deadline = time.monotonic() + 20
    while _stored(api, table, ids[2], name_col) != "Typed before closing" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _stored(api, table, ids[2], name_col) == "Typed before closing"
    again.wait_for_selector(".grid-wrap .offline", state="detached", timeout=10_000)
    shot(again, "live-grid-outbox-sent")
