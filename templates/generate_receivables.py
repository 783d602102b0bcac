"""Writes templates/receivables.json: the accounts-receivable base «Дебиторская задолженность».

Run `python templates/generate_receivables.py` after changing the design below. The sample
data is generated from a fixed seed; its dates are offsets from the day the base is created
(`{"$days": -45}`), so the overdue and due-this-week views are never empty.

The format is documented in docs/templates.md. Columns, tables, views and charts are named
by keys; the loader turns keys into the localised names of the language the base is created
in, and into ids.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import receivables_documents  # the documents key: templates/receivables_documents.py

CUR = {"format": "currency", "precision": 2, "currency_symbol": "₽", "currency_position": "after"}
CURF = {"format": "currency", "precision": 2, "currency_symbol": "₽"}  # formula/rollup display options
INT = {"format": "number", "precision": 0}
DATE = {"format": "DD.MM.YYYY"}


LANGUAGES = ("en", "ru")


def n(en: str, ru: str) -> dict:
    """A translatable text: the loader keeps the one of the base's language."""
    return {"en": en, "ru": ru}


def opts(*names: tuple[dict | str, str]) -> dict:
    return {"options": [{"name": name, "color": color} for name, color in names]}


def fx(text: str, **labels: dict | str) -> dict:
    """A formula per language: `text` names columns as {key} and text literals as [label];
    each [label] becomes the quoted label of that language, so a formula compares with and
    returns the same words as the base's options and views."""
    def one(lang: str) -> str:
        out = text
        for key, label in labels.items():
            word = label[lang] if isinstance(label, dict) else label
            out = out.replace(f"[{key}]", "'" + word.replace("'", "\\'") + "'")
        assert "[" not in out, f"unknown label in {out}"
        return out
    return {lang: one(lang) for lang in LANGUAGES}


GREEN, YELLOW, ORANGE, RED, DARKRED, BLUE, GREY, DARKGREY, PURPLE, TEAL = (
    "#86EFAC", "#FCD34D", "#FDBA74", "#FCA5A5", "#EF4444", "#93C5FD", "#E2E8F0", "#CBD5E1", "#C4B5FD", "#67E8F9")

# Every label is named once and used wherever it appears (options, formulas, filters, samples).
KEY, REGULAR, NEW, ONE_OFF = n("Key", "Ключевой"), n("Regular", "Постоянный"), n("New", "Новый"), n("One-off", "Разовый")
DISPUTE_REASONS = [n("Price", "Цена"), n("Quantity", "Количество"), n("Quality", "Качество"), n("Documents", "Документы")]
NO_STAGE, REMINDERS, HEAD_OF_SALES = n("None", "Нет"), n("Reminders", "Напоминания"), n("Head of sales", "РОП")
STAGES = [(NO_STAGE, GREY), (REMINDERS, BLUE), (HEAD_OF_SALES, YELLOW),
          (n("Pre-trial claim", "Претензия"), ORANGE), (n("Restructuring", "Реструктуризация"), PURPLE),
          (n("Terms changed", "Изменены условия"), PURPLE), (n("Legal", "Суд"), RED)]
ESCALATED = [s for s, _ in STAGES[2:]]
PAYMENT, CREDIT_NOTE, WRITE_OFF = n("Payment", "Оплата"), n("Credit note", "Корректировка"), n("Write-off", "Списание")
OFFSET, REFUND = n("Offset", "Взаимозачёт"), n("Refund", "Возврат")
PAY_TYPES = [(PAYMENT, GREEN), (CREDIT_NOTE, BLUE), (WRITE_OFF, DARKGREY), (OFFSET, TEAL), (REFUND, RED)]
CURRENT, CLOSED = n("Current", "Не просрочен"), n("Closed", "Закрыт")
BUCKETS = [(CURRENT, GREEN), ("1–30", YELLOW), ("31–60", ORANGE), ("61–90", RED), ("90+", DARKRED), (CLOSED, GREY)]
BANK, SBP = n("Bank transfer", "Безнал"), n("SBP", "СБП")
TODO, IN_PROGRESS, DONE, CANCELLED_TASK = (n("To do", "Запланировано"), n("In progress", "В работе"),
                                           n("Done", "Выполнено"), n("Cancelled", "Отменено"))
BROKEN = n("Broken", "Нарушено")
# Formula results: invoice status (in precedence order) and promise status.
STATUS = {"cancelled": n("Cancelled", "Аннулирован"), "written_off": n("Written off", "Списан"),
          "paid": n("Paid", "Оплачен"), "disputed": n("Disputed", "Спорный"), "overdue": n("Overdue", "Просрочен"),
          "partial": n("Partially paid", "Частично оплачен"), "open": n("Open", "Открыт")}
REVIEW = {"no_invoice": n("No invoice", "Без счёта"), "cancelled": n("Invoice cancelled", "Счёт аннулирован"),
          "early": n("Before invoice date", "Раньше даты счёта")}
PROMISE = {"kept": n("Kept", "Выполнено"), "broken": BROKEN, "pending": n("Pending", "Ожидается")}

TABLES = [
    {"key": "managers", "name": n("Managers", "Менеджеры"), "columns": [
        {"key": "name", "name": n("Name", "Имя"), "type": "text"},
        {"key": "user", "name": n("User", "Пользователь"), "type": "collaborator"},
        {"key": "role", "name": n("Role", "Роль"), "type": "single-select", "options": opts(
            (n("Sales manager", "Менеджер"), BLUE), (n("Head of sales", "РОП"), PURPLE), (n("Accountant", "Бухгалтер"), TEAL),
            (n("Lawyer", "Юрист"), ORANGE))},
        {"key": "email", "name": n("Email", "Эл. почта"), "type": "email"},
        {"key": "phone", "name": n("Phone", "Телефон"), "type": "phone"},
    ]},
    {"key": "customers", "name": n("Customers", "Клиенты"), "columns": [
        {"key": "name", "name": n("Customer", "Клиент"), "type": "text"},
        {"key": "inn", "name": n("INN", "ИНН"), "type": "text",
         "options": {"constraints": {"unique": True}}},  # one customer per INN (decision 0048)
        {"key": "kpp", "name": n("KPP", "КПП"), "type": "text"},
        {"key": "manager", "name": n("Account manager", "Менеджер"), "type": "link",
         "options": {"table": "managers", "is_multiple": False, "other": {"key": "customers", "name": n("Customers", "Клиенты")}}},
        {"key": "segment", "name": n("Segment", "Сегмент"), "type": "single-select", "options": opts(
            (KEY, PURPLE), (REGULAR, BLUE), (NEW, GREEN), (ONE_OFF, GREY))},
        {"key": "terms", "name": n("Default terms, days", "Отсрочка, дней"), "type": "number", "options": INT},
        {"key": "credit_limit", "name": n("Credit limit", "Кредитный лимит"), "type": "number", "options": CUR},
        {"key": "contact", "name": n("AP contact", "Контакт бухгалтерии"), "type": "text"},
        {"key": "ap_email", "name": n("AP email", "Эл. почта бухгалтерии"), "type": "email"},
        {"key": "ap_phone", "name": n("AP phone", "Телефон бухгалтерии"), "type": "phone"},
    ]},
    # What a head of sales asks first about an invoice comes first; the other columns follow.
    # record_date: the column saying when a row came to exist, for reads as of a date (docs/as-of.md).
    {"key": "invoices", "name": n("Invoices", "Счета"), "record_date": "invoice_date",
     "first_columns": ["number", "customer", "due_date", "total", "balance", "status", "days_overdue"], "columns": [
        {"key": "number", "name": n("Invoice No.", "Номер счёта"), "type": "text"},
        {"key": "customer", "name": n("Customer", "Клиент"), "type": "link",
         "options": {"table": "customers", "is_multiple": False, "other": {"key": "invoices", "name": n("Invoices", "Счета")}}},
        {"key": "responsible", "name": n("Responsible", "Ответственный"), "type": "collaborator"},
        {"key": "invoice_date", "name": n("Invoice date", "Дата счёта"), "type": "date", "options": DATE},
        {"key": "due_date", "name": n("Due date", "Срок оплаты"), "type": "date", "options": DATE},
        {"key": "total", "name": n("Total", "Сумма"), "type": "number", "options": CUR},
        {"key": "disputed", "name": n("Disputed", "Спор"), "type": "checkbox"},
        {"key": "dispute_reason", "name": n("Dispute reason", "Причина спора"), "type": "single-select", "options": opts(
            *zip(DISPUTE_REASONS, (ORANGE, ORANGE, RED, YELLOW), strict=True))},
        {"key": "cant_pay", "name": n("Can't pay", "Не может оплатить"), "type": "checkbox"},
        {"key": "cancelled", "name": n("Cancelled", "Аннулирован"), "type": "checkbox"},
        {"key": "stage", "name": n("Collection stage", "Стадия взыскания"), "type": "single-select", "options": opts(*STAGES)},
        {"key": "promise_date", "name": n("Promise date", "Обещанная дата"), "type": "date", "options": DATE},
        {"key": "promise_amount", "name": n("Promise amount", "Обещанная сумма"), "type": "number", "options": CUR},
        {"key": "notes", "name": n("Notes", "Заметки"), "type": "long-text"},
    ]},
    {"key": "payments", "name": n("Payments", "Оплаты"), "record_date": "date", "columns": [
        {"key": "payment_id", "name": n("Payment ID", "Номер"), "type": "auto-number", "options": {"prefix": n("PAY-", "ПЛ-"), "digits": 5}},
        {"key": "type", "name": n("Type", "Тип"), "type": "single-select", "options": opts(*PAY_TYPES)},
        {"key": "date", "name": n("Date", "Дата"), "type": "date", "options": DATE},
        {"key": "invoice", "name": n("Invoice", "Счёт"), "type": "link",
         "options": {"table": "invoices", "is_multiple": False, "other": {"key": "payments", "name": n("Payments", "Оплаты")}}},
        {"key": "amount", "name": n("Amount", "Сумма"), "type": "number", "options": CUR},
        {"key": "method", "name": n("Method", "Способ"), "type": "single-select", "options": opts(
            (BANK, BLUE), (SBP, TEAL), (n("Card", "Карта"), PURPLE), (n("Cash", "Наличные"), GREEN))},
        {"key": "bank_doc", "name": n("Bank doc No.", "Номер п/п"), "type": "text"},
        {"key": "payer_inn", "name": n("Payer INN", "ИНН плательщика"), "type": "text"},
        {"key": "purpose", "name": n("Purpose", "Назначение платежа"), "type": "long-text"},
    ]},
    {"key": "followups", "name": n("Follow-ups", "Задачи по взысканию"), "record_date": "created", "columns": [
        {"key": "title", "name": n("Task", "Задача"), "type": "text"},
        {"key": "invoice", "name": n("Invoice", "Счёт"), "type": "link",
         "options": {"table": "invoices", "is_multiple": False, "other": {"key": "followups", "name": n("Follow-ups", "Задачи")}}},
        {"key": "type", "name": n("Type", "Тип"), "type": "single-select", "options": opts(
            (n("Reminder", "Напоминание"), BLUE), (n("Call", "Звонок"), BLUE), (n("Reconciliation act", "Акт сверки"), TEAL),
            (n("Promise to pay", "Обещание оплаты"), GREEN), (n("Dispute", "Спор"), ORANGE), (n("Clarify status", "Уточнить статус"), YELLOW),
            (n("Pre-trial claim", "Претензия"), ORANGE), (n("Restructuring", "Реструктуризация"), PURPLE), (n("Legal", "Иск"), RED))},
        {"key": "assigned_to", "name": n("Assigned to", "Исполнитель"), "type": "collaborator"},
        {"key": "assigned_by", "name": n("Assigned by", "Поставил"), "type": "collaborator"},
        {"key": "due_date", "name": n("Due date", "Срок"), "type": "date", "options": DATE},
        {"key": "status", "name": n("Status", "Статус"), "type": "single-select", "options": opts(
            (TODO, GREY), (IN_PROGRESS, BLUE), (DONE, GREEN), (CANCELLED_TASK, DARKGREY))},
        {"key": "outcome", "name": n("Outcome", "Результат"), "type": "single-select", "options": opts(
            (n("Promised", "Обещал оплатить"), GREEN), (n("Paid", "Оплатил"), GREEN), (n("Disputes", "Оспаривает"), ORANGE),
            (n("Can't pay", "Не может оплатить"), RED), (n("Refuses", "Отказ"), RED), (n("No answer", "Нет ответа"), GREY))},
        {"key": "notes", "name": n("Notes", "Заметки"), "type": "long-text"},
        {"key": "created", "name": n("Created", "Создано"), "type": "ctime"},
    ]},
]

# Computed columns, in dependency order. Formulas name columns by key: {key} for a column of
# the same table; the loader writes them with the localised names.
COMPUTED = [
    ("payments", {"key": "cash", "name": n("Cash amount", "Поступило деньгами"), "type": "formula", "options": {
        **CURF, "formula": fx("ifs({type} = [payment], {amount}, {type} = [offset], {amount}, "
                              "{type} = [refund], -{amount}, true, 0)", payment=PAYMENT, offset=OFFSET, refund=REFUND)}}),
    ("payments", {"key": "credit", "name": n("Credit amount", "Корректировка"), "type": "formula", "options": {
        **CURF, "formula": fx("if({type} = [credit], {amount}, 0)", credit=CREDIT_NOTE)}}),
    ("payments", {"key": "writeoff", "name": n("Write-off amount", "Списано"), "type": "formula", "options": {
        **CURF, "formula": fx("if({type} = [writeoff], {amount}, 0)", writeoff=WRITE_OFF)}}),
    ("payments", {"key": "unapplied", "name": n("Unapplied", "Не разнесена"), "type": "formula", "options": {
        "formula": "isblank({invoice})"}}),
    # What a payment needs to know of its invoice (dates as dates, for comparing in formulas).
    ("payments", {"key": "invoice_date", "name": n("Invoice date", "Дата счёта"), "type": "rollup", "options": {
        "link": "invoice", "column": "invoice_date", "summary": "latest"}}),
    ("payments", {"key": "invoice_cancelled", "name": n("Invoice cancelled", "Счёт аннулирован"), "type": "rollup",
                  "options": {"link": "invoice", "column": "cancelled", "summary": "count",
                              "condition": "{cancelled}"}}),
    ("payments", {"key": "invoice_promise", "name": n("Invoice promise date", "Обещанная дата по счёту"),
                  "type": "rollup", "options": {"link": "invoice", "column": "promise_date", "summary": "latest"}}),
    ("payments", {"key": "review", "name": n("To review", "К разбору"), "type": "formula", "options": {
        "formula": fx("ifs(isblank({invoice}), [no_invoice], {invoice_cancelled} > 0, [cancelled], "
                      "{date} < {invoice_date}, [early], true, '')", **REVIEW)}}),
    ("invoices", {"key": "manager", "name": n("Manager", "Менеджер"), "type": "lookup", "options": {
        "link": "customer", "column": "manager"}}),
    ("invoices", {"key": "paid", "name": n("Paid", "Оплачено"), "type": "rollup", "options": {
        **CURF, "link": "payments", "column": "cash", "summary": "sum"}}),
    ("invoices", {"key": "credited", "name": n("Credited", "Скорректировано"), "type": "rollup", "options": {
        **CURF, "link": "payments", "column": "credit", "summary": "sum"}}),
    ("invoices", {"key": "written_off", "name": n("Written off", "Списано"), "type": "rollup", "options": {
        **CURF, "link": "payments", "column": "writeoff", "summary": "sum"}}),
    ("invoices", {"key": "last_payment", "name": n("Last payment date", "Дата последней оплаты"), "type": "rollup",
                  "options": {"link": "payments", "column": "date", "summary": "latest", "condition": "{cash} > 0"}}),
    ("invoices", {"key": "paid_by_promise", "name": n("Paid by promise date", "Оплачено к обещанной дате"),
                  "type": "rollup", "options": {**CURF, "link": "payments", "column": "cash", "summary": "sum",
                                                "condition": "{date} <= {invoice_promise}"}}),
    # A cancelled invoice is owed by nobody: only cash paid against it remains, as the customer's credit.
    ("invoices", {"key": "balance", "name": n("Balance", "Остаток долга"), "type": "formula", "options": {
        **CURF, "formula": "round(if({cancelled}, 0, {total} - {credited} - {written_off}) - {paid}, 2)"}}),
    ("invoices", {"key": "overpaid", "name": n("Overpaid", "Переплата"), "type": "formula", "options": {
        **CURF, "formula": "if({balance} < 0, -{balance}, 0)"}}),
    ("invoices", {"key": "days_overdue", "name": n("Days overdue", "Дней просрочки"), "type": "formula", "options": {
        **INT, "formula": "if(and({balance} > 0, not({cancelled}), today() > {due_date}), "
                          "dateDif({due_date}, today(), 'D'), 0)"}}),
    ("invoices", {"key": "days_late", "name": n("Days late at payment", "Дней опоздания с оплатой"), "type": "formula",
                  "options": {**INT, "formula": "if(and(not({cancelled}), {balance} <= 0, not(isblank({last_payment}))), "
                                                "max(0, dateDif({due_date}, {last_payment}, 'D')), '')"}}),
    ("invoices", {"key": "days_to_due", "name": n("Days to due", "Дней до срока"), "type": "formula", "options": {
        **INT, "formula": "if({balance} > 0, dateDif(today(), {due_date}, 'D'), '')"}}),
    ("invoices", {"key": "aging", "name": n("Aging bucket", "Корзина просрочки"), "type": "formula", "options": {
        "formula": fx("ifs({balance} <= 0, [closed], {days_overdue} = 0, [current], "
                      "{days_overdue} <= 30, '1–30', {days_overdue} <= 60, '31–60', {days_overdue} <= 90, '61–90', "
                      "true, '90+')", closed=CLOSED, current=CURRENT)}}),
    ("invoices", {"key": "overdue_amount", "name": n("Overdue amount", "Просроченная сумма"), "type": "formula",
                  "options": {**CURF, "formula": "if({days_overdue} > 0, {balance}, 0)"}}),
    ("invoices", {"key": "promise_status", "name": n("Promise status", "Обещание"), "type": "formula", "options": {
        "formula": fx("ifs(isblank({promise_date}), '', {cancelled}, '', "
                      "round({paid_by_promise}, 2) >= round(if(isblank({promise_amount}), "
                      "{total} - {credited} - {written_off}, {promise_amount}), 2), [kept], "
                      "today() > {promise_date}, [broken], true, [pending])", **PROMISE)}}),
    ("invoices", {"key": "status", "name": n("Status", "Статус"), "type": "formula", "options": {
        "formula": fx("ifs({cancelled}, [cancelled], and({written_off} > 0, {balance} <= 0), [written_off], "
                      "{balance} <= 0, [paid], and({disputed}, {balance} > 0), [disputed], "
                      "{days_overdue} > 0, [overdue], {paid} + {credited} > 0, [partial], true, [open])", **STATUS)}}),
    ("customers", {"key": "open_balance", "name": n("Open balance", "Долг"), "type": "rollup", "options": {
        **CURF, "link": "invoices", "column": "balance", "summary": "sum", "condition": "{balance} > 0"}}),
    ("customers", {"key": "credit", "name": n("Customer credit", "Переплата клиента"), "type": "rollup", "options": {
        **CURF, "link": "invoices", "column": "overpaid", "summary": "sum"}}),
    ("customers", {"key": "overdue_balance", "name": n("Overdue balance", "Просроченный долг"), "type": "rollup",
                   "options": {**CURF, "link": "invoices", "column": "overdue_amount", "summary": "sum"}}),
    ("customers", {"key": "max_overdue", "name": n("Max days overdue", "Макс. дней просрочки"), "type": "rollup",
                   "options": {**INT, "link": "invoices", "column": "days_overdue", "summary": "max"}}),
    ("customers", {"key": "credit_used", "name": n("Credit used", "Использовано лимита"), "type": "formula", "options": {
        "format": "percent", "precision": 0,
        "formula": "if({credit_limit} > 0, {open_balance} / {credit_limit}, '')"}}),
    ("customers", {"key": "over_limit", "name": n("Over limit", "Превышен лимит"), "type": "formula", "options": {
        "formula": "and({credit_limit} > 0, {open_balance} > {credit_limit})"}}),
    ("customers", {"key": "stop", "name": n("Stop shipments", "Стоп отгрузки"), "type": "formula", "options": {
        "formula": "or({over_limit}, {max_overdue} > 90)"}}),
    ("managers", {"key": "open_balance", "name": n("Open balance", "Долг клиентов"), "type": "rollup", "options": {
        **CURF, "link": "customers", "column": "open_balance", "summary": "sum"}}),
    ("managers", {"key": "overdue_balance", "name": n("Overdue balance", "Просрочено"), "type": "rollup", "options": {
        **CURF, "link": "customers", "column": "overdue_balance", "summary": "sum"}}),
    ("managers", {"key": "overdue_share", "name": n("Overdue share", "Доля просрочки"), "type": "formula", "options": {
        "format": "percent", "precision": 0,
        "formula": "if({open_balance} > 0, {overdue_balance} / {open_balance}, 0)"}}),
    ("followups", {"key": "customer", "name": n("Customer", "Клиент"), "type": "lookup", "options": {
        "link": "invoice", "column": "customer"}}),
    ("followups", {"key": "task_overdue", "name": n("Task overdue", "Задача просрочена"), "type": "formula", "options": {
        "formula": fx("and({status} != [done], {status} != [cancelled], today() > {due_date})",
                      done=DONE, cancelled=CANCELLED_TASK)}}),
]


def f(column: str, operator: str, value=None) -> dict:
    return {"column": column, "operator": operator, "value": value}


def all_of(*items: dict) -> dict:
    return {"conjunction": "and", "filters": list(items)}


AGING_COLORS = {"type": "rules", "rules": [
    {"filters": all_of(f("aging", "is", "1–30")), "color": "#FEF3C7"},
    {"filters": all_of(f("aging", "is", "31–60")), "color": "#FFEDD5"},
    {"filters": all_of(f("aging", "is", "61–90")), "color": "#FEE2E2"},
    {"filters": all_of(f("aging", "is", "90+")), "color": "#FCA5A5"},
]}
OPEN = f("balance", "gt", 0)
SUMS = {"total": "sum", "balance": "sum", "overdue_amount": "sum"}

VIEWS = [
    {"table": "invoices", "key": "open", "name": n("Open", "Открытые"), "settings": {
        "filters": all_of(OPEN, f("cancelled", "is", False)), "sorts": [{"column": "due_date"}], "summaries": SUMS}},
    {"table": "invoices", "key": "board", "type": "kanban", "name": n("Collection board", "Доска взыскания"),
     "settings": {"filters": all_of(OPEN, f("cancelled", "is", False)),
                  "sorts": [{"column": "days_overdue", "direction": "desc"}],
                  "stack_column": "stage", "sum_column": "balance",
                  "card_fields": ["customer", "balance", "days_overdue", "responsible"], "row_colors": AGING_COLORS}},
    {"table": "invoices", "key": "overdue", "name": n("Overdue", "Просроченные"), "settings": {
        "filters": all_of(f("days_overdue", "gt", 0), OPEN),
        "sorts": [{"column": "days_overdue", "direction": "desc"}, {"column": "balance", "direction": "desc"}],
        "group_by": [{"column": "aging"}], "row_colors": AGING_COLORS, "summaries": SUMS}},
    {"table": "invoices", "key": "due_week", "name": n("Due this week", "Срок на этой неделе"), "settings": {
        "filters": all_of(OPEN, f("due_date", "is_within", "this_week"), f("disputed", "is", False)),
        "sorts": [{"column": "due_date"}], "group_by": [{"column": "manager"}], "summaries": SUMS}},
    {"table": "invoices", "key": "upcoming", "name": n("Upcoming 4 weeks", "Ожидаются 4 недели"), "settings": {
        "filters": all_of(OPEN, f("due_date", "is_within", {"term": "next_days", "days": 28})),
        "sorts": [{"column": "due_date"}], "summaries": SUMS}},
    {"table": "invoices", "key": "by_manager", "name": n("By manager", "По менеджерам"), "settings": {
        "filters": all_of(OPEN), "sorts": [{"column": "days_overdue", "direction": "desc"}],
        "group_by": [{"column": "manager"}, {"column": "aging"}], "row_colors": AGING_COLORS, "summaries": SUMS}},
    {"table": "invoices", "key": "mine", "name": n("My invoices", "Мои счета"), "settings": {
        "filters": all_of(f("responsible", "has_any_of", ["me"]), OPEN),
        "sorts": [{"column": "days_overdue", "direction": "desc"}], "group_by": [{"column": "aging"}],
        "row_colors": AGING_COLORS, "summaries": SUMS}},
    {"table": "invoices", "key": "disputed", "name": n("Disputed", "Спорные"), "settings": {
        "filters": all_of(f("disputed", "is", True), OPEN), "group_by": [{"column": "dispute_reason"}],
        "row_colors": {"type": "rules", "rules": [{"filters": all_of(f("disputed", "is", True)), "color": "#FFEDD5"}]},
        "summaries": SUMS}},
    {"table": "invoices", "key": "promises", "name": n("Promises to pay", "Обещания оплаты"), "settings": {
        "filters": all_of(f("promise_date", "not_empty"), OPEN), "sorts": [{"column": "promise_date"}],
        "group_by": [{"column": "promise_status"}],
        "row_colors": {"type": "rules", "rules": [
            {"filters": all_of(f("promise_status", "is", BROKEN)), "color": "#FCA5A5"}]}}},
    {"table": "invoices", "key": "payment_calendar", "type": "calendar",
     "name": n("Payment calendar", "Календарь оплат"), "settings": {
         "filters": all_of(OPEN, f("cancelled", "is", False)), "sorts": [{"column": "balance", "direction": "desc"}],
         "date_columns": [{"column": "due_date", "color": "#EF4444"}, {"column": "promise_date", "color": "#10B981"}],
         "title_column": "number", "default_mode": "month"}},
    {"table": "invoices", "key": "cant_pay", "name": n("Can't pay", "Не могут оплатить"), "settings": {
        "filters": all_of(f("cant_pay", "is", True), OPEN), "sorts": [{"column": "balance", "direction": "desc"}],
        "group_by": [{"column": "customer"}], "summaries": SUMS}},
    {"table": "invoices", "key": "escalated", "name": n("Escalated / legal", "Эскалация / юристы"), "settings": {
        "filters": all_of(f("stage", "is_any_of", ESCALATED), OPEN),
        "sorts": [{"column": "balance", "direction": "desc"}], "group_by": [{"column": "stage"}],
        "row_colors": {"type": "by_select", "column": "stage"}, "summaries": SUMS}},
    {"table": "invoices", "key": "paid_month", "name": n("Paid this month", "Оплачено в этом месяце"), "settings": {
        "filters": all_of(f("balance", "lte", 0), f("last_payment", "is_within", "this_month")),
        "sorts": [{"column": "last_payment", "direction": "desc"}], "summaries": {"total": "sum"}}},
    {"table": "customers", "key": "debtors", "name": n("Debtors registry", "Реестр должников"), "settings": {
        "filters": all_of(f("overdue_balance", "gt", 0)), "sorts": [{"column": "overdue_balance", "direction": "desc"}],
        "group_by": [{"column": "manager"}], "summaries": {"open_balance": "sum", "overdue_balance": "sum"}}},
    {"table": "customers", "key": "stop_list", "name": n("Stop list", "Стоп-лист"), "settings": {
        "filters": all_of(f("stop", "is", True)), "sorts": [{"column": "open_balance", "direction": "desc"}]}},
    {"table": "payments", "key": "unapplied", "name": n("Unapplied", "Нераспределённые"), "settings": {
        "filters": all_of(f("unapplied", "is", True)), "sorts": [{"column": "date", "direction": "desc"}]}},
    {"table": "payments", "key": "review", "name": n("Payments to review", "Оплаты к разбору"), "settings": {
        "filters": all_of(f("review", "not_empty")), "sorts": [{"column": "date", "direction": "desc"}],
        "group_by": [{"column": "review"}], "summaries": {"amount": "sum"}}},
    {"table": "followups", "key": "my_tasks", "name": n("My tasks", "Мои задачи"), "settings": {
        "filters": all_of(f("assigned_to", "has_any_of", ["me"]),
                          f("status", "is_any_of", [TODO, IN_PROGRESS])),
        "sorts": [{"column": "due_date"}], "group_by": [{"column": "type"}],
        "row_colors": {"type": "rules", "rules": [{"filters": all_of(f("task_overdue", "is", True)), "color": "#FCA5A5"}]}}},
    # «Задачи»: the team's follow-ups by status, the reader's own first in every stack, then by due date.
    {"table": "followups", "key": "task_board", "type": "kanban", "name": n("Tasks", "Задачи"), "settings": {
        "sorts": [{"column": "assigned_to", "me_first": True}, {"column": "due_date"}],
        "stack_column": "status", "card_fields": ["invoice", "customer", "assigned_to", "due_date"],
        "row_colors": {"type": "rules", "rules": [{"filters": all_of(f("task_overdue", "is", True)), "color": "#FCA5A5"}]}}},
    {"table": "followups", "key": "task_calendar", "type": "calendar",
     "name": n("Follow-up calendar", "Календарь задач"), "settings": {
         "filters": all_of(f("status", "is_any_of", [TODO, IN_PROGRESS])),
         "sorts": [{"column": "assigned_to", "me_first": True}],
         "date_columns": [{"column": "due_date", "color": "#3B82F6"}], "title_column": "title",
         "default_mode": "month"}},
    {"table": "followups", "key": "overdue_tasks", "name": n("Overdue tasks", "Просроченные задачи"), "settings": {
        "filters": all_of(f("task_overdue", "is", True)), "sorts": [{"column": "due_date"}],
        "group_by": [{"column": "assigned_to"}]}},
]

AGING_ORDER = [b for b, _ in BUCKETS]  # "Current" first, then by age, not alphabetically

# The ledger per month for the KPI charts (docs/charts.md "KPI series"): flows dated in the month,
# receivables as of its last day; cancelled invoices count nowhere.
LEDGER_MEASURES = [
    {"name": "invoiced", "table": "invoices", "value": {"aggregate": "sum", "column": "total"},
     "in_period": "invoice_date", "filters": all_of(f("cancelled", "is", False))},
    {"name": "collected", "table": "payments", "value": {"aggregate": "sum", "column": "cash"}, "in_period": "date"},
    {"name": "ar", "table": "invoices", "view": "open", "value": {"aggregate": "sum", "column": "balance"}},
    {"name": "ar_current", "table": "invoices", "view": "open", "value": {"aggregate": "sum", "column": "balance"},
     "filters": all_of(f("days_overdue", "eq", 0))},
]

CHARTS = [
    {"table": "invoices", "view": "open", "name": n("Receivables by aging bucket", "ДЗ по корзинам просрочки"),
     "settings": {"type": "bar", "x": {"column": "aging", "order": AGING_ORDER}, "value": {"aggregate": "sum", "column": "balance"},
                  "layout": {"x": 0, "y": 0, "w": 6, "h": 4}}},
    {"table": "customers", "view": "debtors", "name": n("Top debtors", "Крупнейшие должники"),
     "settings": {"type": "bar_horizontal", "x": {"column": "name"}, "value": {"aggregate": "sum", "column": "open_balance"},
                  "sort": "value_desc", "limit": 15, "layout": {"x": 6, "y": 0, "w": 6, "h": 4}}},
    {"table": "invoices", "view": "overdue", "name": n("Overdue by manager", "Просрочка по менеджерам"),
     "settings": {"type": "stacked_bar", "x": {"column": "manager"}, "series": {"column": "aging", "order": AGING_ORDER},
                  "value": {"aggregate": "sum", "column": "balance"}, "layout": {"x": 0, "y": 4, "w": 6, "h": 4}}},
    {"table": "invoices", "name": n("Invoiced per month", "Выставлено по месяцам"),
     "settings": {"type": "bar", "x": {"column": "invoice_date", "granularity": "month"},
                  "value": {"aggregate": "sum", "column": "total"}, "layout": {"x": 6, "y": 4, "w": 6, "h": 4}}},
    {"table": "payments", "name": n("Collected per month", "Собрано по месяцам"),
     "settings": {"type": "bar", "x": {"column": "date", "granularity": "month"},
                  "value": {"aggregate": "sum", "column": "cash"}, "layout": {"x": 0, "y": 8, "w": 6, "h": 4}}},
    {"table": "invoices", "view": "upcoming", "name": n("Upcoming payments, 4 weeks", "Ожидаемые поступления, 4 недели"),
     "settings": {"type": "bar", "x": {"column": "due_date", "granularity": "week"},
                  "value": {"aggregate": "sum", "column": "balance"}, "layout": {"x": 6, "y": 8, "w": 6, "h": 4}}},
    {"table": "invoices", "view": "overdue", "name": n("Missing payments", "Не поступившие оплаты"),
     "settings": {"type": "number", "value": {"aggregate": "sum", "column": "overdue_amount"},
                  "description": n("Sum of overdue balances: invoices past their due date and not paid.",
                                   "Сумма просроченных остатков: счета, срок оплаты которых прошёл, а оплаты нет."),
                  "layout": {"x": 0, "y": 12, "w": 3, "h": 3}}},
    {"table": "invoices", "name": n("Status mix", "Статусы счетов"),
     "settings": {"type": "donut", "x": {"column": "status"}, "layout": {"x": 3, "y": 12, "w": 4, "h": 4}}},
    {"table": "invoices", "name": n("Invoiced, collected and receivables by month", "Выставлено, собрано и ДЗ по месяцам"),
     "settings": {"type": "grouped_bar", "period_end": {"granularity": "month", "count": 12, "measures": LEDGER_MEASURES,
                                                        "kpis": [
         {"key": "invoiced", "label": n("Invoiced", "Выставлено"), "formula": "invoiced"},
         {"key": "collected", "label": n("Collected", "Собрано"), "formula": "collected"},
         {"key": "receivables", "label": n("Receivables at month end", "ДЗ на конец месяца"), "formula": "ar"}]},
                  "format": {"decimals": 0},
                  "description": n("Computed from invoices and payments: invoiced and collected in each month, "
                                   "receivables (open balances) at each month end.",
                                   "Считается по счетам и оплатам: выставлено и собрано за месяц, дебиторская "
                                   "задолженность (открытые остатки) на конец каждого месяца."),
                  "layout": {"x": 0, "y": 16, "w": 12, "h": 4}}},
    {"table": "invoices", "name": n("DSO by month", "Оборачиваемость ДЗ по месяцам"),
     "settings": {"type": "line", "period_end": {"granularity": "month", "count": 12, "measures": LEDGER_MEASURES,
                                                 "kpis": [
         {"key": "dso", "label": n("DSO", "Оборачиваемость ДЗ"), "formula": "ar / invoiced * days"},
         {"key": "countback_dso", "label": n("Countback DSO", "Оборачиваемость ДЗ (метод исчерпания)"),
          "formula": "countback(ar, invoiced)"},
         {"key": "best_dso", "label": n("Best possible DSO", "Наилучшая оборачиваемость"),
          "formula": "ar_current / invoiced * days"},
         {"key": "add", "label": n("Average days delinquent", "Средняя просрочка, дней"),
          "formula": "(ar - ar_current) / invoiced * days"}]},
                  "format": {"decimals": 1},
                  "description": n("DSO = receivables at month end ÷ invoiced in the month × days in the month; "
                                   "countback DSO walks back through the months' invoicing until it covers the "
                                   "receivables; best possible DSO counts only receivables not yet due; "
                                   "average days delinquent = DSO − best possible DSO.",
                                   "Оборачиваемость ДЗ = ДЗ на конец месяца ÷ выставлено за месяц × дней в месяце; "
                                   "метод исчерпания идёт назад по выставленному за месяцы, пока оно не покроет ДЗ; "
                                   "наилучшая оборачиваемость считает только непросроченную ДЗ; средняя просрочка = "
                                   "оборачиваемость − наилучшая оборачиваемость."),
                  "layout": {"x": 7, "y": 12, "w": 5, "h": 4}}},
    {"table": "invoices", "name": n("Collection effectiveness index by month", "Эффективность инкассации по месяцам"),
     "settings": {"type": "line", "period_end": {"granularity": "month", "count": 12, "measures": LEDGER_MEASURES,
                                                 "kpis": [
         {"key": "cei", "label": n("CEI, %", "Эффективность инкассации, %"),
          "formula": "(prev(ar) + invoiced - ar) / (prev(ar) + invoiced - ar_current) * 100"}]},
                  "format": {"decimals": 1}, "goal": 100,
                  "description": n("CEI = (receivables at the start + invoiced − receivables at the end) ÷ "
                                   "(receivables at the start + invoiced − receivables not yet due at the end) × 100, "
                                   "per calendar month; 100 % means everything collectable was collected.",
                                   "Эффективность инкассации = (ДЗ на начало + выставлено − ДЗ на конец) ÷ (ДЗ на начало + выставлено − "
                                   "непросроченная ДЗ на конец) × 100, за календарный месяц; 100 % — собрано всё, "
                                   "что можно было собрать."),
                  "layout": {"x": 0, "y": 20, "w": 12, "h": 4}}},
]

COMPANIES = [
    (n("Romashka LLC", "ООО «Ромашка»"), KEY), (n("Severstal-Trade JSC", "АО «Северсталь-Трейд»"), KEY), (n("A. A. Ivanov, sole trader", "ИП Иванов А. А."), ONE_OFF),
    (n("TechnoProm LLC", "ООО «ТехноПром»"), REGULAR), (n("Vector LLC", "ООО «Вектор»"), REGULAR),
    (n("Baltika-Snab JSC", "АО «Балтика-Снаб»"), KEY), (n("StroyMarket LLC", "ООО «СтройМаркет»"), REGULAR),
    (n("Agroinvest LLC", "ООО «Агроинвест»"), NEW), (n("LogisticPlus LLC", "ООО «ЛогистикПлюс»"), REGULAR),
    (n("Uralkhim-Sbyt CJSC", "ЗАО «Уралхим-Сбыт»"), KEY), (n("Medtekhnika LLC", "ООО «Медтехника»"), REGULAR),
    (n("Interior-Center LLC", "ООО «Интерьер-Центр»"), NEW), (n("Siberian Timber LLC", "ООО «Сибирский лес»"), REGULAR),
    (n("Volga-Opt LLC", "ООО «Волга-Опт»"), REGULAR), (n("Energosbyt-Yug PJSC", "ПАО «Энергосбыт-Юг»"), KEY),
    (n("Konditer LLC", "ООО «Кондитер»"), REGULAR), (n("AutoDetal LLC", "ООО «АвтоДеталь»"), NEW),
    (n("Pharmasystems LLC", "ООО «Фармасистемы»"), REGULAR), (n("Pechatny Dvor LLC", "ООО «Печатный двор»"), ONE_OFF),
    (n("Severny Veter LLC", "ООО «Северный ветер»"), REGULAR), (n("Meridian LLC", "ООО «Меридиан»"), REGULAR),
    (n("Green Valley LLC", "ООО «Зелёная долина»"), NEW), (n("Kama Metal JSC", "АО «Камский металл»"), KEY),
    (n("Office-Komplekt LLC", "ООО «Офис-Комплект»"), REGULAR), (n("Don-Agro LLC", "ООО «Дон-Агро»"), REGULAR),
    (n("Business-Soft LLC", "ООО «Бизнес-Софт»"), NEW), (n("Altai-Myod LLC", "ООО «Алтай-Мёд»"), ONE_OFF),
    (n("TransService LLC", "ООО «ТрансСервис»"), REGULAR), (n("Nevskaya Upakovka LLC", "ООО «Невская упаковка»"), REGULAR),
    (n("Polymer Group LLC", "ООО «Полимер-Групп»"), KEY),
]
MANAGERS = [(n("Anna Smirnova", "Анна Смирнова"), n("Sales manager", "Менеджер")), (n("Pyotr Orlov", "Пётр Орлов"), n("Sales manager", "Менеджер")),
            (n("Olga Kim", "Ольга Ким"), n("Sales manager", "Менеджер")), (n("Dmitry Volkov", "Дмитрий Волков"), n("Head of sales", "РОП"))]


CONTACTS = [n("Elena Petrova", "Елена Петрова"), n("Igor Sokolov", "Игорь Соколов"),
            n("Maria Lebedeva", "Мария Лебедева"), n("Sergey Novikov", "Сергей Новиков")]


def inn(rnd: random.Random) -> str:
    """A 10-digit ИНН of a legal entity with a valid check digit."""
    digits = [rnd.randint(0, 9) for _ in range(9)]
    weights = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 % 10
    return "".join(map(str, digits)) + str(check)


def sample(rnd: random.Random) -> dict[str, list[dict]]:
    managers = [{"$key": f"m{i}", "name": name, "role": role, "user": ["$me"] if i == 0 else None,
                 "email": f"manager{i + 1}@example.ru", "phone": f"+7 495 555-01-{i + 10}"}
                for i, (name, role) in enumerate(MANAGERS)]
    customers = []
    for i, (name, segment) in enumerate(COMPANIES):
        customers.append({"$key": f"c{i}", "name": name, "inn": inn(rnd), "kpp": f"77{rnd.randint(1, 99):02d}01001",
                          "manager": [f"m{i % 3}"], "segment": segment, "terms": rnd.choice([14, 30, 30, 45, 60]),
                          "credit_limit": rnd.choice([500_000, 1_000_000, 2_000_000, 5_000_000]),
                          "contact": rnd.choice(CONTACTS),
                          "ap_email": f"buh{i + 1}@client{i + 1}.ru", "ap_phone": f"+7 812 600-{i + 10:02d}-{i + 20:02d}"})
    invoices, payments, tasks = [], [], []
    for i in range(300):
        c = rnd.randrange(len(customers))
        terms = customers[c]["terms"]
        issued = -rnd.randint(0, 200)
        due = issued + terms
        total = round(rnd.uniform(15_000, 1_200_000), -2)
        number = n(f"INV-2026-{i + 1:04d}", f"СЧ-2026-{i + 1:04d}")
        inv = {"$key": f"i{i}", "number": number, "customer": [f"c{c}"],
               "invoice_date": {"$days": issued}, "due_date": {"$days": due}, "total": total,
               "stage": NO_STAGE, "responsible": ["$me"] if customers[c]["manager"] == ["m0"] else None}
        roll = rnd.random()
        if due < -10 and roll < 0.55:   # paid in full, some late
            paid_on = min(due + rnd.randint(-10, 25), -1)
            payments.append({"type": PAYMENT, "date": {"$days": max(paid_on, issued)}, "invoice": [f"i{i}"],
                             "amount": total, "method": rnd.choice([BANK, SBP]),
                             "bank_doc": str(rnd.randint(100, 9999)), "payer_inn": customers[c]["inn"],
                             "purpose": n(f"Payment for invoice {number['en']}, incl. VAT",
                                         f"Оплата по счёту {number['ru']}, в т.ч. НДС")})
        elif roll < 0.75:               # partly paid
            part = round(total * rnd.choice([0.3, 0.5, 0.7]), -2)
            payments.append({"type": PAYMENT, "date": {"$days": min(issued + rnd.randint(1, 20), -1)},
                             "invoice": [f"i{i}"], "amount": part, "method": BANK,
                             "bank_doc": str(rnd.randint(100, 9999)), "payer_inn": customers[c]["inn"],
                             "purpose": n(f"Part payment for invoice {number['en']}",
                                         f"Частичная оплата по счёту {number['ru']}")})
        days_over = -due
        if days_over > 45 and rnd.random() < 0.5:
            inv["stage"] = rnd.choice(ESCALATED if days_over > 90 else [REMINDERS, HEAD_OF_SALES])
        if rnd.random() < 0.05:
            inv["disputed"] = True
            inv["dispute_reason"] = rnd.choice(DISPUTE_REASONS)
        if days_over > 60 and rnd.random() < 0.1:
            inv["cant_pay"] = True
        if rnd.random() < 0.06 and days_over > 0:
            inv["promise_date"] = {"$days": rnd.randint(-10, 14)}
            inv["promise_amount"] = total
        if days_over > 0 and rnd.random() < 0.25:
            mgr = int(customers[c]["manager"][0][1:])
            tasks.append({"title": n(f"Remind about payment of {number['en']}", f"Напомнить об оплате {number['ru']}"), "invoice": [f"i{i}"],
                          "type": rnd.choice([n("Reminder", "Напоминание"), n("Call", "Звонок"), n("Clarify status", "Уточнить статус")]),
                          "assigned_to": ["$me"] if mgr == 0 else None, "assigned_by": ["$me"],
                          "due_date": {"$days": rnd.randint(-5, 7)},
                          "status": rnd.choice([TODO, IN_PROGRESS, DONE])})
        invoices.append(inv)
    # The cases every view needs at least once.
    invoices[0]["cancelled"] = True
    paid = {}
    for p in payments:
        if p.get("invoice"):
            paid[p["invoice"][0]] = paid.get(p["invoice"][0], 0) + p["amount"]
    payments.append({"type": CREDIT_NOTE, "date": {"$days": -20}, "invoice": ["i1"],
                     "amount": round(invoices[1]["total"] * 0.1, 2), "purpose": n("Price correction", "Корректировка цены")})
    payments.append({"type": WRITE_OFF, "date": {"$days": -3}, "invoice": ["i2"],
                     "amount": round(invoices[2]["total"] - paid.get("i2", 0), 2),
                     "purpose": n("Bad debt written off", "Списание безнадёжного долга")})
    payments.append({"type": PAYMENT, "date": {"$days": -2}, "invoice": None, "amount": 48_000,
                     "method": BANK, "payer_inn": customers[5]["inn"],
                     "purpose": n("Payment under the supply contract (no invoice given)",
                                  "Оплата по договору поставки (счёт не указан)")})
    for k, offset in ((3, 0), (4, 2), (5, 4)):  # due this week
        invoices[k]["invoice_date"] = {"$days": offset - 30}
        invoices[k]["due_date"] = {"$days": offset}
        for pay in payments:  # a payment made before its invoice would be one to review
            if pay.get("invoice") == [f"i{k}"] and pay["date"]["$days"] < offset - 30:
                pay["date"] = {"$days": offset - 30}
    return {"managers": managers, "customers": customers, "invoices": invoices, "payments": payments,
            "followups": tasks}


# Tables are listed above in dependency order (sample rows link to earlier tables); the tabs open on
# the table a sales manager works in.
TAB_ORDER = ["invoices", "followups", "customers", "payments", "managers"]

# Words of the 1C importers (server/io/onec.py) that are not a column or option of the tables
# above: the columns of a 1C file that the base does not keep, the 1C payment statuses and the
# ОСВ 62 figures. An import into a base speaks its language (docs/import-export.md, 1C).
ONEC_LABELS = {
    "payer": n("Payer", "Плательщик"),
    "currency": n("Currency", "Валюта"),
    "status_1c": n("1C payment status", "Оплата (1С)"),
    "shipment": n("Shipment", "Отгрузка"),
    "manager_1c": n("Manager in 1C", "Ответственный в 1С"),
    "comment": n("Comment", "Комментарий"),
    "organisation": n("Organisation", "Организация"),
    "paid": n("Paid", "Оплачен"),
    "partly_paid": n("Partly paid", "Оплачен частично"),
    "unpaid": n("Unpaid", "Не оплачен"),
    "cancelled_1c": n("Cancelled", "Отменен"),
    "osv_sheet": n("Trial balance 62", "ОСВ 62"),
    "contract": n("Contract", "Договор"),
    "document": n("Document", "Документ"),
    "account": n("Account", "Счёт учёта"),
    "opening_debit": n("Opening debit", "Сальдо на начало, дебет"),
    "opening_credit": n("Opening credit", "Сальдо на начало, кредит"),
    "turnover_debit": n("Debit turnover", "Оборот, дебет"),
    "turnover_credit": n("Credit turnover", "Оборот, кредит"),
    "closing_debit": n("Closing debit", "Сальдо на конец, дебет"),
    "closing_credit": n("Closing credit", "Сальдо на конец, кредит"),
    "closing_balance": n("Closing balance", "Сальдо на конец"),
}

# Cash application (server/cashapp, decision 0049): which columns play which part, by key. The
# server finds it for a base by these tables' and columns' names in either language.
CASH_APPLICATION = {
    "payments": "payments", "link": "invoice", "purpose": "purpose", "payer_inn": "payer_inn", "amount": "amount",
    "invoices": "invoices", "number": "number", "balance": "balance", "date": "invoice_date",
    "cancelled": "cancelled", "invoice_inn_link": "customer", "inn_table": "customers", "invoice_inn": "inn",
}



# Roles the template ships (docs/access.md, decision 0042): what a manager and an accountant
# read and change; the head of sales is the base's owner and sees everything.
def _follows(column: str) -> dict:
    """A row rule: visible when the row it links to in `column` is visible to the reader."""
    return {"read_filter": {"filters": [{"column": column, "operator": "linked_visible"}]}}


ACCESS = {"roles": [
    {"key": "head_of_sales", "base_role": "owner", "name": n("Head of sales", "Руководитель отдела продаж"),
     "description": n("Owner of the base: sees and edits everything.", "Владелец базы: видит и меняет всё.")},
    {"key": "manager", "base_role": "editor", "name": n("Manager", "Менеджер"),
     "description": n("Sees his own customers and what links to them; cannot change payments.",
                      "Видит своих клиентов и всё, что с ними связано; не меняет оплаты."),
     "tables": {
         "customers": {"read_filter": {"filters": [
             {"column": "manager", "operator": "linked_matches",
              "value": {"filters": [{"column": "user", "operator": "has_any_of", "value": ["me"]}]}}]}},
         "invoices": _follows("customer"),
         "payments": {**_follows("invoice"), "read_only": True},
         "followups": _follows("invoice")}},
    {"key": "accountant", "base_role": None, "name": n("Accountant", "Бухгалтер"),
     "description": n("Payments and documents: edits payments, reads customers and invoices, no collection tasks. "
                      "The owner gives it to a member (an editor).",
                      "Оплаты и документы: меняет оплаты, читает клиентов и счета, не видит задачи по взысканию. "
                      "Владелец назначает её участнику (редактору)."),
     "tables": {"customers": {"read_only": True}, "invoices": {"read_only": True},
                "managers": {"read_only": True}, "followups": {"hide_table": True}}},
]}


def build() -> dict:
    """The template, as receivables.json holds it."""
    assert sorted(TAB_ORDER) == sorted(t["key"] for t in TABLES), "tab_order must list every table once"
    rnd = random.Random(2026)
    template = {
        "format": 1,
        "id": "receivables",
        "version": 1,
        "name": n("Accounts receivable", "Дебиторская задолженность"),
        "description": n("Customers, invoices, payments and collection tasks: who has paid, who is overdue and by "
                         "how much, who cannot pay, what is expected this week.",
                         "Клиенты, счета, оплаты и задачи по взысканию: кто заплатил, кто просрочил и на сколько, "
                         "кто не может платить, что ожидается на этой неделе."),
        "tables": TABLES,
        "tab_order": TAB_ORDER,
        "computed": [{"table": t, **c} for t, c in COMPUTED],
        "views": VIEWS,
        "charts": CHARTS,
        "sample": sample(rnd),
        "cash_application": CASH_APPLICATION,
        "import_labels": ONEC_LABELS,
        "documents": receivables_documents.documents(),
        "access": ACCESS,
    }
    return template


def main() -> None:
    template = build()
    out = Path(__file__).with_name("receivables.json")
    out.write_text(json.dumps(template, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
