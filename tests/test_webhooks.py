"""Webhooks on both databases, with a real HTTP receiver on loopback: signed bodies with
before / after values, event filters, retries with back-off, switching off after repeated
failures, the delivery log, and refusal of loopback / private targets (no SSRF)."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from server.automations import webhooks
from tests.helpers import ApiClient


class Receiver:
    """Records each POST; answers with the next status from `statuses` (then 200)."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.statuses: list[int] = []
        rec = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                rec.calls.append({"headers": dict(self.headers), "raw": body, "json": json.loads(body),
                                  "path": self.path})
                status = rec.statuses.pop(0) if rec.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook?x=1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(app: Any) -> Any:
    r = Receiver()
    yield r
    with app.app_context():
        webhooks.wait_idle(10)
    r.close()


@pytest.fixture
def fast_retries(app: Any) -> None:
    app.extensions["tablo"].config.extra.update(webhook_retry_seconds=0.02, webhook_max_attempts=3,
                                                webhook_disable_after=2, webhook_timeout_seconds=5)


def _drain(app: Any) -> None:
    with app.app_context():
        assert webhooks.wait_idle(20), "webhook worker did not finish"


def _allow_private(owner: ApiClient) -> None:
    assert owner.patch("/api/admin/webhook-settings", {"webhooks_allow_private": True}) == \
        {"webhooks_allow_private": True}


def test_signed_deliveries_with_before_and_after(owner: ApiClient, app: Any, receiver: Receiver) -> None:
    _allow_private(owner)
    b, tid = owner.base_id, owner.table_id
    owner.add_column("Amount", "number")
    owner.add_column("Stage", "single-select", {"options": [{"name": "New"}, {"name": "Overdue"}]})
    hook = owner.post(f"/api/bases/{b}/webhooks", {"url": receiver.url, "secret": "s3cret"}, expect=201)["webhook"]
    assert hook["has_secret"] and hook["active"] and "secret" not in hook
    row = owner.insert([{"Name": "Ромашка", "Amount": 10, "Stage": "New"}])[0]["_id"]
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": row, "Amount": 25, "Stage": "Overdue"}]})
    owner.delete(f"/api/tables/{tid}/rows", {"row_ids": [row]})
    owner.add_column("Note", "text")
    _drain(app)
    events = [c["json"]["event"] for c in receiver.calls]
    assert events == ["row.inserted", "row.updated", "row.deleted", "column.changed"]
    for c in receiver.calls:
        expected = "sha256=" + hmac.new(b"s3cret", c["raw"], hashlib.sha256).hexdigest()
        assert c["headers"]["X-Tablo-Signature"] == expected
        assert c["headers"]["X-Tablo-Event"] == c["json"]["event"]
        assert c["path"] == "/hook?x=1"
    ins, upd, dele, col = (c["json"] for c in receiver.calls)
    assert ins["data"]["table_name"] == "Table 1" and ins["user"]["email"] == "owner@example.com"
    assert ins["data"]["rows"] == [{"_id": row, "after": {"Name": "Ромашка", "Amount": 10.0, "Stage": "New"}}]
    assert upd["data"]["rows"] == [{"_id": row, "before": {"Amount": 10.0, "Stage": "New"},
                                    "after": {"Amount": 25.0, "Stage": "Overdue"}}]
    assert dele["data"]["rows"] == [{"_id": row, "before": {"Name": "Ромашка", "Amount": 25.0, "Stage": "Overdue"}}]
    assert col["data"]["action"] == "add_column" and col["data"]["column"]["name"] == "Note"
    # Undo is a change like any other: the row comes back as an insert.
    owner.undo()
    owner.undo()
    _drain(app)
    assert [c["json"]["event"] for c in receiver.calls[4:]] == ["column.changed", "row.inserted"]
    assert receiver.calls[5]["json"]["kind"] == "undo"
    log = owner.get(f"/api/bases/{b}/webhooks/{hook['id']}/deliveries")
    assert [d["status"] for d in log["deliveries"]] == ["ok"] * 6
    assert log["deliveries"][-1]["body"]["event"] == "row.inserted" and log["deliveries"][0]["attempts"] == 1


def test_event_filter_and_ping(owner: ApiClient, app: Any, receiver: Receiver) -> None:
    _allow_private(owner)
    hook = owner.post(f"/api/bases/{owner.base_id}/webhooks", {"url": receiver.url, "events": ["row.deleted"]},
                      expect=201)["webhook"]
    row = owner.insert([{"Name": "a"}])[0]["_id"]
    owner.delete(f"/api/tables/{owner.table_id}/rows", {"row_ids": [row]})
    owner.post(f"/api/bases/{owner.base_id}/webhooks/{hook['id']}/ping", expect=201)
    _drain(app)
    assert [c["json"]["event"] for c in receiver.calls] == ["row.deleted", "ping"]
    assert "X-Tablo-Signature" not in receiver.calls[0]["headers"]


def test_retries_then_success(owner: ApiClient, app: Any, receiver: Receiver, fast_retries: None) -> None:
    _allow_private(owner)
    hook = owner.post(f"/api/bases/{owner.base_id}/webhooks", {"url": receiver.url}, expect=201)["webhook"]
    receiver.statuses = [500, 503]
    owner.insert([{"Name": "x"}])
    _drain(app)
    assert len(receiver.calls) == 3
    d = owner.get(f"/api/bases/{owner.base_id}/webhooks/{hook['id']}/deliveries")["deliveries"][0]
    assert (d["status"], d["attempts"], d["last_status"], d["last_error"]) == ("ok", 3, 200, None)
    assert owner.get(f"/api/bases/{owner.base_id}/webhooks")["webhooks"][0]["failures"] == 0


def test_disabled_after_repeated_failures(owner: ApiClient, app: Any, receiver: Receiver,
                                          fast_retries: None) -> None:
    _allow_private(owner)
    b = owner.base_id
    hook = owner.post(f"/api/bases/{b}/webhooks", {"url": receiver.url}, expect=201)["webhook"]
    receiver.statuses = [500] * 20
    owner.insert([{"Name": "one"}])
    _drain(app)
    owner.insert([{"Name": "two"}])
    _drain(app)
    assert len(receiver.calls) == 6  # 2 deliveries x 3 attempts
    h = owner.get(f"/api/bases/{b}/webhooks")["webhooks"][0]
    assert h["active"] is False and "2 deliveries in a row failed" in h["disabled_reason"] and "HTTP 500" in \
        h["disabled_reason"]
    log = owner.get(f"/api/bases/{b}/webhooks/{hook['id']}/deliveries")["deliveries"]
    assert [(d["status"], d["attempts"], d["last_status"]) for d in log] == [("failed", 3, 500)] * 2
    # While off, nothing is queued; switched back on, it delivers again.
    owner.insert([{"Name": "three"}])
    _drain(app)
    assert len(receiver.calls) == 6
    receiver.statuses = []
    h = owner.patch(f"/api/bases/{b}/webhooks/{hook['id']}", {"active": True})["webhook"]
    assert h["active"] and h["failures"] == 0 and h["disabled_reason"] is None
    owner.insert([{"Name": "four"}])
    _drain(app)
    assert receiver.calls[-1]["json"]["data"]["rows"][0]["after"]["Name"] == "four"


def test_ssrf_and_bad_input(owner: ApiClient, app: Any, receiver: Receiver) -> None:
    b = owner.base_id
    for url in (receiver.url, "http://10.1.2.3/x", "http://169.254.169.254/latest/meta-data",
                "http://[::1]:8080/", "http://0.0.0.0/", "http://192.168.0.1/", "http://localhost/",
                "http://[::ffff:127.0.0.1]/"):
        r = owner.post(f"/api/bases/{b}/webhooks", {"url": url}, expect=422)
        assert "url" in r.get_json()["error"]["fields"], url
    for url in ("ftp://example.com/x", "not a url at all", "javascript:alert(1)", "http://user:pw@example.com/"):
        owner.post(f"/api/bases/{b}/webhooks", {"url": url}, expect=422)
    r = owner.post(f"/api/bases/{b}/webhooks", {"url": "https://example.com/h", "events": ["row.exploded"]},
                   expect=422)
    assert "events.0" in r.get_json()["error"]["fields"]
    assert owner.get(f"/api/bases/{b}/webhooks")["webhooks"] == []
    # A hook made while private targets were allowed is refused at delivery once they are not.
    _allow_private(owner)
    hook = owner.post(f"/api/bases/{b}/webhooks", {"url": receiver.url}, expect=201)["webhook"]
    owner.patch("/api/admin/webhook-settings", {"webhooks_allow_private": False})
    owner.insert([{"Name": "secret data"}])
    _drain(app)
    assert receiver.calls == []
    h = owner.get(f"/api/bases/{b}/webhooks")["webhooks"][0]
    assert h["active"] is False and "refused" in h["disabled_reason"]
    d = owner.get(f"/api/bases/{b}/webhooks/{hook['id']}/deliveries")["deliveries"][0]
    assert d["status"] == "failed" and "loopback, private or reserved" in d["last_error"]
    # Only owners manage webhooks; only admins change the server setting.
    ed = ApiClient(app)
    ed.signup("ed@example.com")
    owner.post(f"/api/bases/{b}/members", {"email": "ed@example.com", "role": "editor"}, expect=201)
    ed.get(f"/api/bases/{b}/webhooks", expect=403)
    ed.post(f"/api/bases/{b}/webhooks", {"url": "https://example.com/h"}, expect=403)
    ed.patch("/api/admin/webhook-settings", {"webhooks_allow_private": True}, expect=403)
    owner.delete(f"/api/bases/{b}/webhooks/{hook['id']}")
    owner.get(f"/api/bases/{b}/webhooks/{hook['id']}/deliveries", expect=404)


def test_address_checks() -> None:
    import ipaddress

    bad = ["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "::1", "fe80::1", "fc00::1",
           "0.0.0.0", "100.64.0.1", "224.0.0.1", "::ffff:10.0.0.1"]
    for a in bad:
        assert webhooks._forbidden_address(ipaddress.ip_address(a)), a
    for a in ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"]:
        assert not webhooks._forbidden_address(ipaddress.ip_address(a)), a
    with pytest.raises(webhooks.Refused):
        webhooks.parse_url("gopher://example.com/")
    assert webhooks.parse_url("https://example.com") == ("https", "example.com", 443, "/")
