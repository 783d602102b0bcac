"""The dashboard: a base made from a template on the home screen shows its charts."""

from __future__ import annotations

import re
import uuid
from typing import Any

from tests.browser.conftest import new_page, sign_up


def test_template_base_dashboard(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser)
    sign_up(page, server.url, f"dash-{uuid.uuid4().hex[:8]}@example.com")

    page.get_by_test_id("new-from-template").click()
    page.get_by_test_id("template-receivables").click()
    page.wait_for_url(re.compile(r"/base/\d+"))

    page.get_by_test_id("open-dashboard").click()
    page.wait_for_url(re.compile(r"/base/\d+/dashboard$"))
    page.get_by_text("Receivables by aging bucket").first.wait_for()
    page.locator("[data-testid=echart] canvas").first.wait_for()
    assert page.locator("[data-testid=chart]").count() >= 1

    shot(page, "dashboard")
    assert not page.js_errors  # type: ignore[attr-defined]
