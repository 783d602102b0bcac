"""The automation rules the receivables template ships (docs: reference receivables.md §2.6).

Installed after a base is made from the `receivables` template (the after-commit subscriber sees the
committed `apply_template` action), in the base's language, owned by the person who made it:

1. an invoice that becomes overdue creates a follow-up for its customer's manager (linked to
   the invoice, assigned to the manager's user) and notifies the manager;
2. an invoice 30 days overdue notifies the head of sales (the base's creator);
3. a broken promise to pay moves the collection stage up to the head of sales, creates a
   «clarify status» task for the manager and notifies the head of sales;
4. on the 1st of each month at 02:00 a review reminder lists the difficult cases (60+ days
   overdue, or in legal / restructuring).

Daily rules run at 08:00 Moscow time and act only on invoices that came to match since the
last run (`only_new`), so a task is made once per overdue invoice, not every morning.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

from server.automations import rules as automations
from server.catalog import schema as cat
from server.templates import localised

TEMPLATE_ID = "receivables"
TZ = "Europe/Moscow"

TEXT = {
    "en": {
        "overdue": "Overdue invoice → task for the manager",
        "overdue_task": "Remind about payment: {no}",
        "overdue_msg": "Invoice {no} ({customer}) is overdue by {days} days; balance {balance}.",
        "late30": "30 days overdue → head of sales",
        "late30_msg": "Invoice {no} ({customer}) is {days} days overdue; balance {balance}. Manager: {manager}.",
        "broken": "Broken promise → escalate",
        "broken_task": "Clarify status: {no}",
        "broken_msg": "{customer} broke the promise to pay invoice {no} by {promise}; escalated to the head of sales.",
        "review": "Monthly review reminder",
        "review_msg": "Monthly review: {count} difficult cases\n{rows}",
    },
    "ru": {
        "overdue": "Просроченный счёт → задача менеджеру",
        "overdue_task": "Напомнить об оплате: {no}",
        "overdue_msg": "Счёт {no} ({customer}) просрочен на {days} дн.; остаток {balance}.",
        "late30": "Просрочка 30 дней → РОП",
        "late30_msg": "Счёт {no} ({customer}) просрочен на {days} дн.; остаток {balance}. Менеджер: {manager}.",
        "broken": "Нарушено обещание оплаты → эскалация",
        "broken_task": "Уточнить статус: {no}",
        "broken_msg": "{customer} нарушил обещание оплатить счёт {no} до {promise}; передано РОП.",
        "review": "Напоминание о ежемесячном разборе",
        "review_msg": "Ежемесячный разбор: сложных случаев — {count}\n{rows}",
    },
}


def _names(tpl: dict, language: str) -> dict[str, dict[str, str]]:
    """table key → {"": table name, column key: column name} in the base's language."""
    tpl = localised(tpl, language)
    out: dict[str, dict[str, str]] = {}
    for t in tpl["tables"]:
        out[t["key"]] = {"": t["name"], **{c["key"]: c["name"] for c in t["columns"]}}
    for c in tpl.get("computed", []):
        out[c["table"]][c["key"]] = c["name"]
    return out


def _option(tpl: dict, language: str, table_key: str, col_key: str, english: str) -> str:
    """The label, in the base's language, of a select option the template names `english`
    in English: the rules use the template's own words, so they match the base's options."""
    table = next(t for t in tpl["tables"] if t["key"] == table_key)
    col = next(c for c in table["columns"] if c["key"] == col_key)
    return next(localised(o["name"], language) for o in col["options"]["options"]
                if localised(o["name"], "en") == english)


def _result(tpl: dict, language: str, table_key: str, col_key: str, english: str) -> str:
    """A text literal of a computed column's formula, in the base's language, found by its
    English text (same position in the formula of each language)."""
    col = next(c for c in tpl["computed"] if c["table"] == table_key and c["key"] == col_key)
    literals = {lang: re.findall(r"'([^']*)'", localised(col["options"]["formula"], lang)) for lang in ("en", language)}
    return literals[language][literals["en"].index(english)]


def rules(tpl: dict, language: str, schema: Any, owner_id: int) -> list[tuple[str, dict, list]]:
    """(rule name, trigger, actions) of the four rules, with this base's names and ids (rules on Invoices)."""
    n = _names(tpl, language)
    txt = TEXT.get(language, TEXT["en"])

    def opt(table_key: str, col_key: str, english: str) -> str:
        return _option(tpl, language, table_key, col_key, english)

    tables = {t.name: t for t in schema.live_tables()}
    inv_t, fu_t = tables[n["invoices"][""]], tables[n["followups"][""]]

    def cid(key: str) -> int:
        col = inv_t.resolve_key(n["invoices"][key])
        if col is None:
            raise KeyError(key)
        return col.id

    def ref(key: str) -> str:
        return "{" + n["invoices"][key] + "}"

    inv = {k: ref(k) for k in ("number", "customer", "days_overdue", "balance", "manager", "promise_date")}
    daily = {"type": "schedule", "every": "day", "hour": 8, "minute": 0, "timezone": TZ, "only_new": True}
    fu = n["followups"]

    def task(title: str, type_: str) -> dict:
        return {"type": "add_row", "table_id": fu_t.id, "link_column": fu["invoice"], "values": {
            fu["title"]: title, fu["type"]: type_, fu["status"]: opt("followups", "status", "To do"),
            fu["assigned_to"]: ref("responsible")}}

    open_overdue = [{"column_id": cid("days_overdue"), "operator": "gt", "value": 0},
                    {"column_id": cid("balance"), "operator": "gt", "value": 0}]
    return [
        (txt["overdue"], {**daily, "filters": {"conjunction": "and", "filters": open_overdue}}, [
            task(txt["overdue_task"].format(no=inv["number"]), opt("followups", "type", "Reminder")),
            {"type": "notify", "user_column": n["invoices"]["responsible"],
             "message": txt["overdue_msg"].format(no=inv["number"], customer=inv["customer"],
                                                  days=inv["days_overdue"], balance=inv["balance"])}]),
        (txt["late30"], {**daily, "filters": {"conjunction": "and", "filters": [
            {"column_id": cid("days_overdue"), "operator": "gte", "value": 30},
            {"column_id": cid("balance"), "operator": "gt", "value": 0}]}}, [
            {"type": "notify", "users": [owner_id],
             "message": txt["late30_msg"].format(no=inv["number"], customer=inv["customer"],
                                                 days=inv["days_overdue"], balance=inv["balance"],
                                                 manager=inv["manager"])}]),
        (txt["broken"], {**daily, "filters": {"conjunction": "and", "filters": [
            {"column_id": cid("promise_status"), "operator": "is", "value": _result(tpl, language, "invoices", "promise_status", "Broken")}]}}, [
            {"type": "set_cells", "values": {n["invoices"]["stage"]: opt("invoices", "stage", "Head of sales")}},
            task(txt["broken_task"].format(no=inv["number"]), opt("followups", "type", "Clarify status")),
            {"type": "notify", "users": [owner_id],
             "message": txt["broken_msg"].format(no=inv["number"], customer=inv["customer"],
                                                 promise=inv["promise_date"])}]),
        (txt["review"], {"type": "schedule", "every": "month", "day": 1, "hour": 2, "minute": 0, "timezone": TZ,
                         "per_row": False, "filters": {"conjunction": "or", "filters": [
                             {"column_id": cid("days_overdue"), "operator": "gt", "value": 60},
                             {"column_id": cid("stage"), "operator": "is_any_of",
                              "value": [opt("invoices", "stage", "Legal"), opt("invoices", "stage", "Restructuring")]}]}}, [
            {"type": "notify", "users": [owner_id],
             "message": txt["review_msg"].format(count="{row_count}", rows="{rows}")}]),
    ]


def install(conn: sa.Connection, schema: Any, base_id: int, owner_id: int, language: str) -> list[int]:
    """Create the template's rules in a base made from it; returns their ids."""
    from server.templates import load_template

    tpl = load_template(TEMPLATE_ID)
    n = _names(tpl, language)
    invoices = next(t for t in schema.live_tables() if t.name == n["invoices"][""])
    ids = []
    for name, trigger, actions in rules(tpl, language, schema, owner_id):
        ids.append(automations.create_rule(conn, schema, invoices, name, trigger, actions, owner_id))
    return ids


def on_template_applied(conn: sa.Connection, schema: Any, entry: dict[str, Any]) -> list[int]:
    """Called by the after-commit subscriber (subscriber.py) for every committed apply_template action."""
    payload = entry.get("payload") or {}
    if payload.get("template") != TEMPLATE_ID or not entry.get("user_id") or entry.get("kind") != "do":
        return []
    r = cat.automation_rules
    if conn.execute(sa.select(r.c.id).where(r.c.base_id == entry["base_id"]).limit(1)).first() is not None:
        return []
    return install(conn, schema, entry["base_id"], entry["user_id"], payload.get("language") or "en")
