"""Automations on both databases: each trigger kind (row added, row changed in chosen
columns, row comes to match conditions, schedule with injected time) and each action kind
(notify, set cells, add a linked row, email, webhook), the run log, failure isolation, the
loop limit, and bad rules refused."""

from __future__ import annotations

import datetime as dt
import email
import socket
from typing import Any

import pytest

from server.automations import rules as auto
from tests.helpers import ApiClient


def _member(app: Any, owner: ApiClient, email_: str, role: str) -> ApiClient:
    c = ApiClient(app)
    c.signup(email_, name=email_.split("@")[0].title())
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": email_, "role": role}, expect=201)
    return c


def _drain(app: Any) -> None:
    from server.notifications import mail

    with app.app_context():
        assert auto.wait_idle(20)
        assert mail.wait_sent(10)


def _rule(owner: ApiClient, body: dict, table_id: int | None = None, expect: int = 201) -> Any:
    return owner.post(f"/api/tables/{table_id or owner.table_id}/automations", body, expect=expect)


def _runs(owner: ApiClient, rule_id: int) -> list[dict]:
    return owner.get(f"/api/automations/{rule_id}/runs")["runs"]


@pytest.fixture
def invoices(owner: ApiClient, app: Any) -> dict[str, Any]:
    """Invoices (Name, Amount, Stage, Manager) and Follow-ups linked to them."""
    mgr = _member(app, owner, "mgr@example.com", "editor")
    owner.add_column("Amount", "number")
    owner.add_column("Stage", "single-select", {"options": [{"name": "New"}, {"name": "Overdue"}, {"name": "Legal"}]})
    owner.add_column("Manager", "collaborator")
    owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Follow-ups"}, expect=201)
    tables = owner.get(f"/api/bases/{owner.base_id}")["tables"]
    fu = next(t["id"] for t in tables if t["name"] == "Follow-ups")
    owner.add_column("Invoice", "link", {"table_id": owner.table_id}, table_id=fu)
    owner.add_column("Assigned", "collaborator", table_id=fu)
    cols = {c["name"]: c["id"] for c in owner.get(f"/api/tables/{owner.table_id}")["columns"]}
    return {"mgr": mgr, "followups": fu, "cols": cols}


def test_row_added_notify_set_cells_and_linked_row(owner: ApiClient, app: Any, invoices: dict) -> None:
    mgr, fu = invoices["mgr"], invoices["followups"]
    rule = _rule(owner, {"name": "New invoice", "trigger": {"type": "row_added"}, "actions": [
        {"type": "notify", "user_column": "Manager", "message": "Invoice {Name} for {Amount} is yours"},
        {"type": "set_cells", "values": {"Stage": "New"}},
        {"type": "add_row", "table_id": fu, "values": {"Name": "Call about {Name}", "Assigned": ["mgr@example.com"]},
         "link_column": "Invoice"},
    ]})["automation"]
    row = owner.insert([{"Name": "INV-1", "Amount": 1500, "Manager": ["mgr@example.com"]}])[0]["_id"]
    _drain(app)
    runs = _runs(owner, rule["id"])
    assert [(r["trigger"], r["status"], r["row_ids"], r["depth"]) for r in runs] == [("row_added", "ok", [row], 0)]
    assert [x["ok"] for x in runs[0]["results"]] == [True, True, True]
    notes = mgr.get("/api/notifications")["notifications"]
    auto_notes = [n for n in notes if n["kind"] == "automation"]
    assert [(n["title"], n["message"], n["row_id"]) for n in auto_notes] == \
        [("New invoice", "Invoice INV-1 for 1500 is yours", row)]
    assert [r["Stage"] for r in owner.rows()] == ["New"]
    follow = owner.rows(table_id=fu)
    assert [(f["Name"], f["Invoice"][0]["_id"], f["Assigned"]) for f in follow] == \
        [("Call about INV-1", row, ["mgr@example.com"])]
    # The changes are actions in the log, made by the automation (system), at depth 1.
    log = owner.get(f"/api/bases/{owner.base_id}/actions")["actions"]
    by_auto = [a for a in log if (a["client_id"] or "").startswith("automation:")]
    assert [(a["type"], a["client_id"], a["user"]) for a in by_auto] == [
        ("update_rows", f"automation:{rule['id']}:1", None), ("insert_rows", f"automation:{rule['id']}:1", None)]
    # The linked follow-up's assignee was told too (assignment notification).
    assert "assigned" in [n["kind"] for n in notes]


def test_row_updated_in_chosen_columns(owner: ApiClient, app: Any, invoices: dict) -> None:
    rule = _rule(owner, {"name": "Amount changed", "trigger": {"type": "row_updated", "columns": ["Amount"]},
                         "actions": [{"type": "notify", "users": ["mgr@example.com"], "message": "{Name}: {Amount}"}]}
                 )["automation"]
    assert rule["trigger"]["columns"] == [invoices["cols"]["Amount"]]
    row = owner.insert([{"Name": "INV-2", "Amount": 10}])[0]["_id"]
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": row, "Name": "INV-2b"}]})
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": row, "Amount": 20}]})
    _drain(app)
    runs = _runs(owner, rule["id"])
    assert [(r["trigger"], r["status"]) for r in runs] == [("row_updated", "ok")]
    assert [n["message"] for n in invoices["mgr"].get("/api/notifications")["notifications"]] == ["INV-2b: 20"]


def test_row_comes_to_match_conditions(owner: ApiClient, app: Any, invoices: dict) -> None:
    cols = invoices["cols"]
    tid = owner.table_id
    old = owner.insert([{"Name": "already overdue", "Stage": "Overdue", "Amount": 200}])[0]["_id"]
    rule = _rule(owner, {"name": "Overdue", "trigger": {"type": "matches", "filters": {"conjunction": "and", "filters": [
        {"column_id": cols["Stage"], "operator": "is", "value": "Overdue"},
        {"column_id": cols["Amount"], "operator": "gte", "value": 100}]}},
        "actions": [{"type": "notify", "users": ["mgr@example.com"], "message": "{Name} is overdue"}]})["automation"]
    row = owner.insert([{"Name": "INV-3", "Amount": 500, "Stage": "New"}])[0]["_id"]
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": row, "Stage": "Overdue"}]})  # comes to match
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": row, "Amount": 600}]})  # still matching: nothing
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": old, "Amount": 700}]})  # matched before the rule
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": row, "Stage": "New"}]})  # leaves
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": row, "Stage": "Overdue"}]})  # comes back: fires again
    _drain(app)
    runs = _runs(owner, rule["id"])
    assert [(r["trigger"], r["row_ids"]) for r in runs] == [("matches", [row]), ("matches", [row])]
    assert [n["message"] for n in invoices["mgr"].get("/api/notifications")["notifications"]] == \
        ["INV-3 is overdue"] * 2


def test_schedule_with_injected_time(owner: ApiClient, app: Any, invoices: dict) -> None:
    cols = invoices["cols"]
    owner.insert([{"Name": "A", "Stage": "Legal"}, {"Name": "B", "Stage": "New"}, {"Name": "C", "Stage": "Legal"}])
    rule = _rule(owner, {"name": "Monthly review", "trigger": {
        "type": "schedule", "every": "month", "day": 1, "hour": 2, "minute": 0, "timezone": "Europe/Moscow",
        "per_row": False, "filters": {"filters": [{"column_id": cols["Stage"], "operator": "is", "value": "Legal"}]}},
        "actions": [{"type": "notify", "users": ["mgr@example.com"],
                     "message": "{row_count} difficult cases:\n{rows}"}]})["automation"]
    nxt = dt.datetime.fromisoformat(rule["next_run_at"].rstrip("Z"))
    assert nxt.day == 31 or nxt.day == 30 or nxt.day == 28 or nxt.day == 29 or nxt.day == 1
    assert (nxt.hour, nxt.minute) == (23, 0)  # 02:00 in Moscow is 23:00 UTC the day before
    with app.app_context():
        assert auto.tick(nxt - dt.timedelta(seconds=1)) == 0
        assert auto.tick(nxt) == 1
        assert auto.tick(nxt) == 0  # claimed: runs once
    _drain(app)
    runs = _runs(owner, rule["id"])
    assert [(r["trigger"], r["status"], len(r["row_ids"])) for r in runs] == [("schedule", "ok", 2)]
    assert [n["message"] for n in invoices["mgr"].get("/api/notifications")["notifications"]] == \
        ["2 difficult cases:\n- A\n- C"]
    later = owner.get(f"/api/automations/{rule['id']}")["automation"]["next_run_at"]
    assert dt.datetime.fromisoformat(later.rstrip("Z")) > nxt + dt.timedelta(days=27)


def test_next_occurrence() -> None:
    t = dt.datetime(2026, 11, 24, 12, 0)  # a Tuesday, UTC
    assert auto.next_occurrence({"every": "day", "hour": 8, "minute": 0}, t) == dt.datetime(2026, 11, 25, 8, 0)
    assert auto.next_occurrence({"every": "day", "hour": 13, "minute": 30}, t) == dt.datetime(2026, 11, 24, 13, 30)
    assert auto.next_occurrence({"every": "week", "weekday": 0, "hour": 9}, t) == dt.datetime(2026, 11, 30, 9, 0)
    assert auto.next_occurrence({"every": "month", "day": 31, "hour": 0}, dt.datetime(2027, 2, 1)) == \
        dt.datetime(2027, 2, 28, 0, 0)
    assert auto.next_occurrence({"every": "day", "hour": 8, "timezone": "Europe/Moscow"}, t) == \
        dt.datetime(2026, 11, 25, 5, 0)


def test_failing_action_does_not_stop_others_and_loop_limit(owner: ApiClient, app: Any, invoices: dict) -> None:
    owner.patch("/api/admin/webhook-settings", {"webhooks_allow_private": True})
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    dead = f"http://127.0.0.1:{s.getsockname()[1]}/nobody"
    s.close()
    rule = _rule(owner, {"name": "Partly broken", "trigger": {"type": "row_added"}, "actions": [
        {"type": "webhook", "url": dead}, {"type": "set_cells", "values": {"Stage": "New"}},
        {"type": "send_email", "to": "x@example.com", "subject": "s", "body": "b"}]})["automation"]
    owner.insert([{"Name": "INV-9"}])
    _drain(app)
    run = _runs(owner, rule["id"])[0]
    assert run["status"] == "partial"
    assert [x["ok"] for x in run["results"]] == [False, True, False]
    assert "ConnectionRefused" in run["results"][0]["error"] and "SMTP" in run["results"][2]["error"]
    assert [r["Stage"] for r in owner.rows()] == ["New"]
    owner.delete(f"/api/automations/{rule['id']}")
    # A rule that triggers itself stops at the depth limit.
    loop = _rule(owner, {"name": "Loop", "trigger": {"type": "row_updated", "columns": ["Amount"]},
                         "actions": [{"type": "set_cells", "values": {"Amount": 1}}]})["automation"]
    row = owner.rows()[0]["_id"]
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": row, "Amount": 5}]})
    _drain(app)
    runs = list(reversed(_runs(owner, loop["id"])))
    assert [(r["depth"], r["status"]) for r in runs] == [(0, "ok"), (1, "ok"), (2, "ok"), (3, "skipped")]
    assert "loop limit" in runs[-1]["error"]


def test_send_email_to_a_column(owner: ApiClient, app: Any, invoices: dict) -> None:
    from aiosmtpd.controller import Controller

    got: list[Any] = []

    class Inbox:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            got.append(email.message_from_bytes(envelope.content))
            return "250 OK"

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    ctl = Controller(Inbox(), hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        app.extensions["tablo"].config.extra.update(smtp_host="127.0.0.1", smtp_port=port)
        owner.add_column("Email", "email")
        _rule(owner, {"name": "Dunning", "trigger": {"type": "row_added"}, "actions": [
            {"type": "send_email", "to": "{Email}", "subject": "Invoice {Name}", "body": "Please pay {Amount}."}]})
        owner.insert([{"Name": "INV-7", "Amount": 99, "Email": "client@example.org"}])
        _drain(app)
        assert [(m["To"], m["Subject"]) for m in got] == [("client@example.org", "Invoice INV-7")]
        assert "Please pay 99." in got[0].get_payload(decode=True).decode()
    finally:
        ctl.stop()


def test_bad_rules_are_refused(owner: ApiClient, app: Any, invoices: dict) -> None:
    ok_action = [{"type": "set_cells", "values": {"Stage": "New"}}]
    cases = [
        ({"name": "x", "trigger": {"type": "when_pigs_fly"}, "actions": ok_action}, "trigger.type"),
        ({"name": "x", "trigger": {"type": "row_added"}, "actions": []}, "actions"),
        ({"name": "x", "trigger": {"type": "row_added"},
          "actions": [{"type": "notify", "users": ["mgr@example.com"], "message": "{Nope} is late"}]},
         "actions[0].message"),
        ({"name": "x", "trigger": {"type": "row_added"},
          "actions": [{"type": "notify", "users": ["stranger@example.com"], "message": "hi"}]}, "actions[0].users[0]"),
        ({"name": "x", "trigger": {"type": "row_added"}, "actions": [{"type": "set_cells", "values": {"Stage": "Nope"}}]},
         "actions[0].values.Stage"),
        ({"name": "x", "trigger": {"type": "row_added"}, "actions": [{"type": "webhook", "url": "ftp://example.com"}]},
         "actions[0].url"),
        ({"name": "x", "trigger": {"type": "row_added"}, "actions": [{"type": "webhook", "url": "http://10.0.0.1/"}]},
         "actions[0].url"),
        ({"name": "x", "trigger": {"type": "schedule", "every": "day", "hour": 25}, "actions": ok_action},
         "trigger.hour"),
        ({"name": "x", "trigger": {"type": "schedule", "every": "day", "timezone": "Mars/Olympus"},
          "actions": ok_action}, "trigger.timezone"),
        ({"name": "x", "trigger": {"type": "row_updated", "columns": ["Nope"]}, "actions": ok_action},
         "trigger.columns[0]"),
        ({"name": "x", "trigger": {"type": "matches", "filters": {"filters": [
            {"column_id": 999999, "operator": "is", "value": 1}]}}, "actions": ok_action}, None),
        ({"name": "x", "trigger": {"type": "row_added"},
          "actions": [{"type": "add_row", "table_id": 999999, "values": {}}]}, "actions[0].table_id"),
        ({"name": "x", "trigger": {"type": "row_added"},
          "actions": [{"type": "send_email", "to": "not an address", "subject": "s", "body": "b"}]}, "actions[0].to"),
    ]
    for body, field in cases:
        r = _rule(owner, body, expect=422)
        fields = r.get_json()["error"]["fields"]
        assert field is None or field in fields, (body, fields)
    assert owner.get(f"/api/tables/{owner.table_id}/automations")["automations"] == []
    mgr = invoices["mgr"]
    _rule(mgr, {"name": "x", "trigger": {"type": "row_added"}, "actions": ok_action}, table_id=owner.table_id,
          expect=403)
    rule = _rule(owner, {"name": "ok", "trigger": {"type": "row_added"}, "actions": ok_action})["automation"]
    assert mgr.get(f"/api/automations/{rule['id']}")["automation"]["name"] == "ok"
    mgr.patch(f"/api/automations/{rule['id']}", {"active": False}, expect=403)
    outsider = ApiClient(app)
    outsider.signup("out@example.com")
    outsider.get(f"/api/automations/{rule['id']}", expect=404)
    # Switched off, it does not run; run-now works on chosen rows.
    owner.patch(f"/api/automations/{rule['id']}", {"active": False})
    row = owner.insert([{"Name": "quiet"}])[0]["_id"]
    _drain(app)
    assert _runs(owner, rule["id"]) == []
    owner.patch(f"/api/automations/{rule['id']}", {"active": True})
    owner.post(f"/api/automations/{rule['id']}/run", {"row_ids": [row]}, expect=201)
    _drain(app)
    assert [(r["trigger"], r["status"]) for r in _runs(owner, rule["id"])] == [("manual", "ok")]


@pytest.mark.slow
def test_receivables_template_ships_its_rules(owner: ApiClient, app: Any) -> None:
    base = owner.post("/api/bases", {"template": "receivables", "language": "en"}, expect=201)
    tables = {t["name"]: t["id"] for t in base["tables"]}
    inv, fu = tables["Invoices"], tables["Follow-ups"]
    rules = {r["name"]: r for r in owner.get(f"/api/tables/{inv}/automations")["automations"]}
    assert list(rules) == ["Overdue invoice → task for the manager", "30 days overdue → head of sales",
                           "Broken promise → escalate", "Monthly review reminder"]
    invoices = owner.rows(table_id=inv)
    overdue = {r["_id"] for r in invoices if (r["Days overdue"] or 0) > 0 and (r["Balance"] or 0) > 0}
    late30 = {r["_id"] for r in invoices if (r["Days overdue"] or 0) >= 30 and (r["Balance"] or 0) > 0}
    broken = {r["_id"] for r in invoices if r["Promise status"] == "Broken"}
    hard = {r["_id"] for r in invoices if (r["Days overdue"] or 0) > 60
            or r["Collection stage"] in ("Legal", "Restructuring")}
    assert overdue and late30 and broken and hard  # the sample data exercises every rule
    followups_before = len(owner.rows(table_id=fu))
    daily = dt.datetime.fromisoformat(rules["Overdue invoice → task for the manager"]["next_run_at"].rstrip("Z"))
    monthly = dt.datetime.fromisoformat(rules["Monthly review reminder"]["next_run_at"].rstrip("Z"))
    assert (daily.hour, daily.minute) == (5, 0)  # 08:00 in Moscow
    with app.app_context():
        assert auto.tick(daily) == 3
        assert auto.tick(monthly) == 1
    _drain(app)

    def rows_of(name: str) -> set[str]:
        runs = _runs(owner, rules[name]["id"])
        assert [r["status"] for r in runs] == ["ok"], runs
        return set(runs[0]["row_ids"])

    assert rows_of("Overdue invoice → task for the manager") == set(list(overdue)[:200]) or \
        len(rows_of("Overdue invoice → task for the manager")) == min(len(overdue), 200)
    assert rows_of("30 days overdue → head of sales") <= late30
    assert rows_of("Broken promise → escalate") == broken
    assert rows_of("Monthly review reminder") == hard
    # Tasks were made, linked to their invoices, assigned to the manager's user where there is one.
    tasks = owner.rows(table_id=fu)[followups_before:]
    reminders = [t for t in tasks if t["Type"] == "Reminder"]
    assert len(reminders) == min(len(overdue), 200)
    assert all(t["Task"].startswith("Remind about payment: INV-") and len(t["Invoice"]) == 1 for t in reminders)
    assert {t["Invoice"][0]["_id"] for t in reminders} <= overdue
    assert any(t["Assigned to"] == ["owner@example.com"] for t in reminders)
    clarify = [t for t in tasks if t["Type"] == "Clarify status"]
    assert {t["Invoice"][0]["_id"] for t in clarify} == broken
    after = {r["_id"]: r for r in owner.rows(table_id=inv)}
    assert all(after[i]["Collection stage"] == "Head of sales" for i in broken)
    notes = owner.get("/api/notifications?limit=200")["notifications"]
    review = [n for n in notes if n["kind"] == "automation" and n["title"] == "Monthly review reminder"]
    assert len(review) == 1 and review[0]["message"].startswith(f"Monthly review: {len(hard)} difficult cases\n- ")
    assert any(n["kind"] == "automation" and "is overdue by" in n["message"] and ".0 days" not in n["message"]
               for n in notes)
    # Next morning nothing new has become overdue: no second round of tasks.
    with app.app_context():
        assert auto.tick(daily + dt.timedelta(days=1)) == 0


def test_people_cannot_fake_automation_depth(owner: ApiClient, app: Any, invoices: dict) -> None:
    rule = _rule(owner, {"name": "On add", "trigger": {"type": "row_added"},
                         "actions": [{"type": "set_cells", "values": {"Stage": "New"}}]})["automation"]
    owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "x"}], "client_id": "automation:1:99"},
               expect=201)
    _drain(app)
    assert [(r["depth"], r["status"]) for r in _runs(owner, rule["id"])] == [(0, "ok")]
