"""The receivables base's document templates (docs/documents.md): счёт на оплату, напоминание об
оплате, претензия, акт сверки — in Russian and English.

`generate_receivables.py` puts `documents()` under the `documents` key of receivables.json. A
body is written once with `[[word]]` marks; each language replaces them with its words (column
names included, since a template names the base's columns in the base's language).
"""

from __future__ import annotations

import re

WORDS: dict[str, dict[str, str]] = {
    # Column names of the receivables base (generate_receivables.py).
    "c.number": {"en": "Invoice No.", "ru": "Номер счёта"},
    "c.customer": {"en": "Customer", "ru": "Клиент"},
    "c.invoice_date": {"en": "Invoice date", "ru": "Дата счёта"},
    "c.due_date": {"en": "Due date", "ru": "Срок оплаты"},
    "c.total": {"en": "Total", "ru": "Сумма"},
    "c.paid": {"en": "Paid", "ru": "Оплачено"},
    "c.credited": {"en": "Credited", "ru": "Скорректировано"},
    "c.written_off": {"en": "Written off", "ru": "Списано"},
    "c.balance": {"en": "Balance", "ru": "Остаток долга"},
    "c.days_overdue": {"en": "Days overdue", "ru": "Дней просрочки"},
    "c.cancelled": {"en": "Cancelled", "ru": "Аннулирован"},
    "c.inn": {"en": "INN", "ru": "ИНН"},
    "c.kpp": {"en": "KPP", "ru": "КПП"},
    "c.contact": {"en": "AP contact", "ru": "Контакт бухгалтерии"},
    "c.invoices": {"en": "Invoices", "ru": "Счета"},
    "c.payments": {"en": "Payments", "ru": "Оплаты"},
    "c.pay_date": {"en": "Date", "ru": "Дата"},
    "c.pay_type": {"en": "Type", "ru": "Тип"},
    "c.bank_doc": {"en": "Bank doc No.", "ru": "Номер п/п"},
    "c.cash": {"en": "Cash amount", "ru": "Поступило деньгами"},
    "c.credit": {"en": "Credit amount", "ru": "Корректировка"},
    "c.writeoff": {"en": "Write-off amount", "ru": "Списано"},
    # Words of the documents.
    "cur": {"en": "₽", "ru": "₽"},
    "page": {"en": "Page", "ru": "Стр."},
    "of": {"en": "of", "ru": "из"},
    "blank": {"en": "________________", "ru": "________________"},
    "supplier": {"en": "Supplier", "ru": "Поставщик"},
    "buyer": {"en": "Customer", "ru": "Покупатель"},
    "bank": {"en": "Beneficiary's bank", "ru": "Банк получателя"},
    "bik": {"en": "BIK", "ru": "БИК"},
    "account": {"en": "Account No.", "ru": "Сч. №"},
    "corr": {"en": "Corr. account", "ru": "Корр. сч."},
    "beneficiary": {"en": "Beneficiary", "ru": "Получатель"},
    "invoice_title": {"en": "Invoice No. ", "ru": "Счёт на оплату № "},
    "dated": {"en": " of ", "ru": " от "},
    "item": {"en": "Goods (works, services)", "ru": "Товары (работы, услуги)"},
    "by_invoice": {"en": "as per invoice No. ", "ru": "по счёту № "},
    "no": {"en": "No.", "ru": "№"},
    "name": {"en": "Description", "ru": "Наименование"},
    "amount": {"en": "Amount", "ru": "Сумма"},
    "total_due": {"en": "Total due", "ru": "Всего к оплате"},
    "paid_already": {"en": "Paid", "ru": "Оплачено"},
    "left_to_pay": {"en": "Left to pay", "ru": "Остаток к оплате"},
    "pay_by": {"en": "Please pay by", "ru": "Оплатить не позднее"},
    "vat": {"en": "VAT as per the contract.", "ru": "НДС — согласно договору."},
    "head": {"en": "Director", "ru": "Руководитель"},
    "to": {"en": "To", "ru": "Кому"},
    "from": {"en": "From", "ru": "От"},
    "attn": {"en": "Attn.", "ru": "Вниманию"},
    "reminder_title": {"en": "Payment reminder", "ru": "Напоминание об оплате"},
    "dear": {"en": "Dear colleagues,", "ru": "Уважаемые коллеги!"},
    "remind_overdue": {"en": "we remind you that invoice No. {n} of {d} for {t} was due on {due}. "
                              "It is {days} days overdue; {b} remains unpaid.",
                       "ru": "напоминаем, что срок оплаты счёта № {n} от {d} на сумму {t} истёк {due}. "
                             "Просрочка составляет {days} дн., не оплачено {b}."},
    "remind_due": {"en": "we remind you that invoice No. {n} of {d} for {t} is due on {due}; {b} remains to be paid.",
                   "ru": "напоминаем, что срок оплаты счёта № {n} от {d} на сумму {t} — {due}; "
                         "к оплате остаётся {b}."},
    "remind_ask": {"en": "Please pay the balance or let us know when the payment will be made. If you have already "
                         "paid, please send us the payment order and disregard this letter.",
                   "ru": "Просим погасить задолженность или сообщить дату оплаты. Если оплата уже произведена, "
                         "пришлите, пожалуйста, платёжное поручение и не обращайте внимания на это письмо."},
    "regards": {"en": "Kind regards,", "ru": "С уважением,"},
    "claim_title": {"en": "Pre-trial claim", "ru": "Претензия"},
    "claim_sub": {"en": "on payment of a debt", "ru": "об оплате задолженности"},
    "claim_facts": {"en": "{c} issued invoice No. {n} of {d} to you for {t}, payable by {due}.",
                    "ru": "{c} выставило вам счёт № {n} от {d} на сумму {t} со сроком оплаты до {due}."},
    "claim_debt": {"en": "The invoice has not been paid in full: paid {p}, the debt is {b}. The delay is {days} days "
                         "(from {since} to {today}).",
                   "ru": "Счёт не оплачен в полном объёме: оплачено {p}, задолженность составляет {b}. Просрочка "
                         "составляет {days} дн. (с {since} по {today})."},
    "claim_interest": {"en": "Interest for the use of another's money (art. 395 of the Civil Code of the Russian "
                             "Federation) at {r}% a year for {since} – {today} is {i}.",
                       "ru": "Проценты за пользование чужими денежными средствами (ст. 395 ГК РФ) по ставке {r}% "
                             "годовых за период с {since} по {today} составляют {i}."},
    "claim_demand": {"en": "We demand that you pay {sum} within 30 calendar days of receiving this claim "
                           "(by {deadline}).",
                     "ru": "Требуем в течение 30 календарных дней с момента получения настоящей претензии "
                           "(не позднее {deadline}) перечислить {sum}."},
    "claim_court": {"en": "If the debt is not paid or no answer is received within this period, we will file a claim "
                          "with the arbitration court (part 5 of art. 4 of the Arbitration Procedure Code of the "
                          "Russian Federation) and also claim the interest and the court costs.",
                    "ru": "В случае неоплаты или отсутствия ответа в указанный срок мы будем вынуждены обратиться в "
                          "арбитражный суд (ч. 5 ст. 4 АПК РФ) с требованием о взыскании долга, процентов и судебных "
                          "расходов."},
    "claim_sum": {"en": "the debt of {b} and interest of {i}, {s} in total",
                  "ru": "задолженность {b} и проценты {i}, всего {s}"},
    "claim_sum_plain": {"en": "the debt of {b}", "ru": "задолженность {b}"},
    "pay_to": {"en": "Payment details", "ru": "Реквизиты для оплаты"},
    "act_title": {"en": "Reconciliation statement", "ru": "Акт сверки взаимных расчётов"},
    "act_sub": {"en": "for {f} – {t} between {a} and {b}", "ru": "за период с {f} по {t} между {a} и {b}"},
    "act_ours": {"en": "According to {a}", "ru": "По данным {a}"},
    "act_theirs": {"en": "According to {b}", "ru": "По данным {b}"},
    "date": {"en": "Date", "ru": "Дата"},
    "document": {"en": "Document", "ru": "Документ"},
    "debit": {"en": "Debit", "ru": "Дебет"},
    "credit": {"en": "Credit", "ru": "Кредит"},
    "opening": {"en": "Opening balance", "ru": "Сальдо начальное"},
    "turnover": {"en": "Turnover for the period", "ru": "Обороты за период"},
    "closing": {"en": "Closing balance", "ru": "Сальдо конечное"},
    "doc_invoice": {"en": "Invoice No. ", "ru": "Счёт № "},
    "doc_payment": {"en": "Payment", "ru": "Оплата"},
    "doc_by": {"en": " to inv. ", "ru": " по сч. "},
    "act_result_ours": {"en": "As of {d} the debt of {b} to {a} is {s}.",
                        "ru": "На {d} задолженность {b} перед {a} составляет {s}."},
    "act_result_theirs": {"en": "As of {d} the debt of {a} to {b} is {s}.",
                          "ru": "На {d} задолженность {a} перед {b} составляет {s}."},
    "act_result_zero": {"en": "As of {d} there is no debt between the parties.",
                        "ru": "На {d} задолженность между сторонами отсутствует."},
    "we": {"en": "the supplier", "ru": "поставщика"},
    "sign_for": {"en": "For", "ru": "От"},
    "rate_label": {"en": "Interest rate under art. 395, % a year (empty: none)",
                   "ru": "Ставка по ст. 395 ГК РФ, % годовых (пусто — без процентов)"},
    "from_label": {"en": "Period from", "ru": "Период с"},
    "to_label": {"en": "Period to", "ru": "Период по"},
}

CSS = """<style>
@page { @bottom-center { content: "[[page]] " counter(page) " [[of]] " counter(pages); font-size: 8pt; color: #555; } }
body { font-size: 10pt; line-height: 1.35; }
h1 { font-size: 14pt; text-align: center; margin: 4mm 0 1mm; }
.sub { text-align: center; margin: 0 0 5mm; }
table.t { width: 100%; border-collapse: collapse; margin: 3mm 0; }
table.t th, table.t td { border: 0.5pt solid #444; padding: 1.2mm 1.8mm; vertical-align: top; }
table.t th { background: #eee; font-weight: bold; }
.num { text-align: right; white-space: nowrap; }
.b { font-weight: bold; }
.muted { color: #555; font-size: 8.5pt; }
.head td { padding: 0.4mm 3mm 0.4mm 0; vertical-align: top; }
.sign { margin-top: 12mm; }
.sign td { padding-right: 8mm; }
p { margin: 2mm 0; }
</style>
"""

# The company block: the base's details (blank lines where a detail is missing).
COMPANY = """{% set co = company.name or "[[blank]]" %}"""

BANK = """<table class="t">
<tr><td colspan="2">{{ company.bank or "[[blank]]" }}<br><span class="muted">[[bank]]</span></td>
<td>[[bik]]</td><td>{{ company.bik or "" }}</td></tr>
<tr><td colspan="2"></td><td>[[corr]]</td><td>{{ company.corr_account or "" }}</td></tr>
<tr><td>[[c.inn]] {{ company.inn or "" }}</td><td>[[c.kpp]] {{ company.kpp or "" }}</td>
<td rowspan="2">[[account]]</td><td rowspan="2">{{ company.account or "" }}</td></tr>
<tr><td colspan="2">{{ co }}<br><span class="muted">[[beneficiary]]</span></td></tr>
</table>"""

SIGN = """<table class="sign"><tr><td>{{ company.signatory_title or "[[head]]" }}</td>
<td>________________</td><td>{{ company.signatory or "[[blank]]" }}</td></tr></table>"""

# The invoice's customer (its linked row) and the invoice's figures, shared by three documents.
INVOICE_VARS = """{% set cust = row.linked("[[c.customer]]") | first %}
{% set cname = (cust["[[c.customer]]"] if cust else (row["[[c.customer]]"] | join(", "))) or "[[blank]]" %}
{% set total = row["[[c.total]]"] or 0 %}
{% set paid = (row["[[c.paid]]"] or 0) + (row["[[c.credited]]"] or 0) + (row["[[c.written_off]]"] or 0) %}
{% set balance = row["[[c.balance]]"] or 0 %}"""

PARTY = """<table class="head">
<tr><td class="b">[[to]]:</td><td>{{ cname }}{% if cust and cust["[[c.inn]]"] %}, [[c.inn]] {{ cust["[[c.inn]]"] }}{% endif %}{% if cust and cust["[[c.kpp]]"] %}, [[c.kpp]] {{ cust["[[c.kpp]]"] }}{% endif %}{% if cust and cust["[[c.contact]]"] %}<br>[[attn]] {{ cust["[[c.contact]]"] }}{% endif %}</td></tr>
<tr><td class="b">[[from]]:</td><td>{{ co }}{% if company.inn %}, [[c.inn]] {{ company.inn }}{% endif %}{% if company.kpp %}, [[c.kpp]] {{ company.kpp }}{% endif %}{% if company.address %}<br>{{ company.address }}{% endif %}</td></tr>
</table>"""

INVOICE = CSS + COMPANY + INVOICE_VARS + BANK + """
<h1>[[invoice_title]]{{ row["[[c.number]]"] }}[[dated]]{{ row["[[c.invoice_date]]"] | date }}</h1>
<table class="head">
<tr><td class="b">[[supplier]]:</td><td>{{ co }}{% if company.inn %}, [[c.inn]] {{ company.inn }}{% endif %}{% if company.kpp %}, [[c.kpp]] {{ company.kpp }}{% endif %}{% if company.address %}, {{ company.address }}{% endif %}</td></tr>
<tr><td class="b">[[buyer]]:</td><td>{{ cname }}{% if cust and cust["[[c.inn]]"] %}, [[c.inn]] {{ cust["[[c.inn]]"] }}{% endif %}{% if cust and cust["[[c.kpp]]"] %}, [[c.kpp]] {{ cust["[[c.kpp]]"] }}{% endif %}</td></tr>
</table>
<table class="t">
<tr><th>[[no]]</th><th>[[name]]</th><th class="num">[[amount]], [[cur]]</th></tr>
<tr><td>1</td><td>[[item]] [[by_invoice]]{{ row["[[c.number]]"] }}</td><td class="num">{{ total | money }}</td></tr>
<tr><td colspan="2" class="num b">[[total_due]]:</td><td class="num b">{{ total | money }}</td></tr>
{% if paid %}<tr><td colspan="2" class="num">[[paid_already]]:</td><td class="num">{{ paid | money }}</td></tr>
<tr><td colspan="2" class="num b">[[left_to_pay]]:</td><td class="num b">{{ balance | money }}</td></tr>{% endif %}
</table>
<p>[[vat]] [[pay_by]] {{ row["[[c.due_date]]"] | date }}.</p>
""" + SIGN

REMINDER = CSS + COMPANY + INVOICE_VARS + PARTY + """
<p class="num">{{ today | date }}</p>
<h1>[[reminder_title]]</h1>
<p>[[dear]]</p>
{% set days = row["[[c.days_overdue]]"] or 0 %}
<p>{% if days > 0 %}{{ "[[remind_overdue]]".format(n=row["[[c.number]]"], d=row["[[c.invoice_date]]"] | date, t=total | money("[[cur]]"), due=row["[[c.due_date]]"] | date, days=days | number, b=balance | money("[[cur]]")) }}{% else %}{{ "[[remind_due]]".format(n=row["[[c.number]]"], d=row["[[c.invoice_date]]"] | date, t=total | money("[[cur]]"), due=row["[[c.due_date]]"] | date, b=balance | money("[[cur]]")) }}{% endif %}</p>
<p>[[remind_ask]]</p>
<p class="b">[[pay_to]]</p>
""" + BANK + """<p>[[regards]]</p>""" + SIGN

CLAIM = CSS + COMPANY + INVOICE_VARS + PARTY + """
<p class="num">{{ today | date }}</p>
<h1>[[claim_title]]</h1>
<p class="sub">[[claim_sub]]</p>
{% set days = row["[[c.days_overdue]]"] or 0 %}
{% set since = add_days(row["[[c.due_date]]"], 1) %}
{% set interest = interest_395(balance, row["[[c.due_date]]"], today, params.rate) if params.rate and days > 0 else 0 %}
<p>{{ "[[claim_facts]]".format(c=co, n=row["[[c.number]]"], d=row["[[c.invoice_date]]"] | date, t=total | money("[[cur]]"), due=row["[[c.due_date]]"] | date) }}</p>
<p>{{ "[[claim_debt]]".format(p=paid | money("[[cur]]"), b=balance | money("[[cur]]"), days=days | number, since=since | date, today=today | date) }}</p>
{% if interest %}<p>{{ "[[claim_interest]]".format(r=params.rate | number(2), since=since | date, today=today | date, i=interest | money("[[cur]]")) }}</p>{% endif %}
<table class="t">
<tr><th>[[no]]</th><th>[[c.due_date]]</th><th class="num">[[c.total]]</th><th class="num">[[c.paid]]</th><th class="num">[[c.balance]]</th><th class="num">[[c.days_overdue]]</th></tr>
<tr><td>{{ row["[[c.number]]"] }}</td><td>{{ row["[[c.due_date]]"] | date }}</td><td class="num">{{ total | money }}</td><td class="num">{{ paid | money }}</td><td class="num">{{ balance | money }}</td><td class="num">{{ days | number }}</td></tr>
</table>
{% set demand = "[[claim_sum]]".format(b=balance | money("[[cur]]"), i=interest | money("[[cur]]"), s=(balance + interest) | money("[[cur]]")) if interest else "[[claim_sum_plain]]".format(b=balance | money("[[cur]]")) %}
<p class="b">{{ "[[claim_demand]]".format(sum=demand, deadline=add_days(today, 30) | date) }}</p>
<p>[[claim_court]]</p>
<p class="b">[[pay_to]]</p>
""" + BANK + SIGN

# The statement: the ledger of the customer's invoices (not cancelled) and the payments linked
# to them. Invoices are debits; payments, offsets, credit notes and write-offs credits; a
# refund (a negative cash amount) a debit. Before the period: the opening balance.
ACT = CSS + COMPANY + """
{% set cname = row["[[c.customer]]"] or "[[blank]]" %}
{% set f, t = params.date_from or "0000-01-01", params.date_to or today %}
{% set ns = namespace(opening=0, debit=0, credit=0) %}
{% set entries = [] %}
{% for inv in row.linked("[[c.invoices]]") if not inv["[[c.cancelled]]"] %}
  {% set d, amount = inv["[[c.invoice_date]]"], inv["[[c.total]]"] or 0 %}
  {% if d and d < f %}{% set ns.opening = ns.opening + amount %}
  {% elif d and d <= t %}{% set ns.debit = ns.debit + amount %}{% set x = entries.append({"date": d, "doc": "[[doc_invoice]]" ~ inv["[[c.number]]"], "debit": amount, "credit": 0}) %}{% endif %}
  {% for p in inv.linked("[[c.payments]]") %}
    {% set pd, effect = p["[[c.pay_date]]"], (p["[[c.cash]]"] or 0) + (p["[[c.credit]]"] or 0) + (p["[[c.writeoff]]"] or 0) %}
    {% if pd and pd < f %}{% set ns.opening = ns.opening - effect %}
    {% elif pd and pd <= t and effect %}
      {% set label = (p["[[c.pay_type]]"] or "[[doc_payment]]") ~ (" № " ~ p["[[c.bank_doc]]"] if p["[[c.bank_doc]]"] else "") ~ "[[doc_by]]" ~ inv["[[c.number]]"] %}
      {% if effect > 0 %}{% set ns.credit = ns.credit + effect %}{% set x = entries.append({"date": pd, "doc": label, "debit": 0, "credit": effect}) %}
      {% else %}{% set ns.debit = ns.debit - effect %}{% set x = entries.append({"date": pd, "doc": label, "debit": -effect, "credit": 0}) %}{% endif %}
    {% endif %}
  {% endfor %}
{% endfor %}
{% set closing = (ns.opening + ns.debit - ns.credit) | round(2) %}
<h1>[[act_title]]</h1>
<p class="sub">{{ "[[act_sub]]".format(f=f | date, t=t | date, a=co, b=cname) }}</p>
<table class="t" style="font-size: 8.5pt">
<colgroup><col style="width: 10%"><col style="width: 22%"><col style="width: 12%"><col style="width: 12%"><col style="width: 9%"><col style="width: 13%"><col style="width: 11%"><col style="width: 11%"></colgroup>
<tr><th colspan="4">{{ "[[act_ours]]".format(a=co) }}</th><th colspan="4">{{ "[[act_theirs]]".format(b=cname) }}</th></tr>
<tr><th>[[date]]</th><th>[[document]]</th><th class="num">[[debit]]</th><th class="num">[[credit]]</th><th>[[date]]</th><th>[[document]]</th><th class="num">[[debit]]</th><th class="num">[[credit]]</th></tr>
<tr class="b"><td colspan="2">[[opening]]</td><td class="num">{{ (ns.opening if ns.opening > 0 else 0) | money }}</td><td class="num">{{ (-ns.opening if ns.opening < 0 else 0) | money }}</td><td colspan="2">[[opening]]</td><td></td><td></td></tr>
{% for e in entries | sort(attribute="date") %}<tr><td>{{ e.date | date }}</td><td>{{ e.doc }}</td><td class="num">{{ e.debit | money if e.debit else "" }}</td><td class="num">{{ e.credit | money if e.credit else "" }}</td><td></td><td></td><td></td><td></td></tr>
{% endfor %}
<tr class="b"><td colspan="2">[[turnover]]</td><td class="num">{{ ns.debit | money }}</td><td class="num">{{ ns.credit | money }}</td><td colspan="2">[[turnover]]</td><td></td><td></td></tr>
<tr class="b"><td colspan="2">[[closing]]</td><td class="num">{{ (closing if closing > 0 else 0) | money }}</td><td class="num">{{ (-closing if closing < 0 else 0) | money }}</td><td colspan="2">[[closing]]</td><td></td><td></td></tr>
</table>
<p class="b">{% if closing > 0 %}{{ "[[act_result_ours]]".format(d=t | date, a=co, b=cname, s=closing | money("[[cur]]")) }}{% elif closing < 0 %}{{ "[[act_result_theirs]]".format(d=t | date, a=co, b=cname, s=(-closing) | money("[[cur]]")) }}{% else %}{{ "[[act_result_zero]]".format(d=t | date) }}{% endif %}</p>
<table class="sign" style="width: 100%"><tr>
<td style="width: 50%">[[sign_for]] {{ co }}<br><br>{{ company.signatory_title or "[[head]]" }}<br><br>________________ {{ company.signatory or "" }}</td>
<td>[[sign_for]] {{ cname }}<br><br><br><br>________________</td></tr></table>
"""


def _localise(body: str) -> dict[str, str]:
    out = {}
    for lang in ("en", "ru"):
        out[lang] = re.sub(r"\[\[([a-z_.]+)\]\]", lambda m, lang=lang: WORDS[m.group(1)][lang], body)
    return out


def _n(en: str, ru: str) -> dict[str, str]:
    return {"en": en, "ru": ru}


def documents() -> list[dict]:
    """The `documents` key of receivables.json: the templates, by table key."""
    rate = {"key": "rate", "type": "number", "label": _n(WORDS["rate_label"]["en"], WORDS["rate_label"]["ru"])}
    period = [{"key": "date_from", "type": "date", "default": "$today-90",
               "label": _n(WORDS["from_label"]["en"], WORDS["from_label"]["ru"])},
              {"key": "date_to", "type": "date", "default": "$today",
               "label": _n(WORDS["to_label"]["en"], WORDS["to_label"]["ru"])}]
    return [
        {"table": "invoices", "key": "invoice", "name": _n("Invoice", "Счёт на оплату"), "body": _localise(INVOICE),
         "options": {}},
        {"table": "invoices", "key": "reminder", "name": _n("Payment reminder", "Напоминание об оплате"),
         "body": _localise(REMINDER), "options": {}},
        {"table": "invoices", "key": "claim", "name": _n("Pre-trial claim", "Претензия"), "body": _localise(CLAIM),
         "options": {"params": [rate]}},
        {"table": "customers", "key": "reconciliation",
         "name": _n("Reconciliation statement", "Акт сверки"), "body": _localise(ACT),
         "options": {"params": period}},
    ]
