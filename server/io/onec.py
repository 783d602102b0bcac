"""1C formats: bank statements (1CClientBankExchange), the «Счета покупателям» list, and the
ОСВ по счёту 62 turnover sheet. docs/import-export.md describes the formats.

Each reader turns its file into one `Sheet` with fixed, named columns (the receivables
template's names, in English or Russian: `labels`), so the normal import path (preview, mapping onto the Payments or Invoices
table, one action) takes over. Rows that cannot be read with certainty are reported as
warnings with their line or row number and left out, never guessed.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import sqlalchemy as sa

from server.columns.base import CellError
from server.columns.dates import parse_date
from server.columns.numeric import parse_number
from server.io.formats import ImportFileError, ImportFormat, ReadLimits, ReadRequest, Sheet, Source
from server.io.readers import _check_size, inspect_xlsx
from server.templates import LANGUAGES, load_template, localised

MAX_WARNINGS = 200
TEMPLATE_ID = "receivables"


# -- words ------------------------------------------------------------------------------------
@cache
def labels(language: str) -> dict[str, str]:
    """Every name and value the readers write, in `language`, taken from the receivables template
    (its columns and options, and its `import_labels` for what the base does not keep), so an
    import speaks the language of the base it lands in and matches its columns and options."""
    from server.automations.receivables import _names, _option

    if language not in LANGUAGES:
        raise ValueError(f"no 1C labels in {language!r}")
    tpl = load_template(TEMPLATE_ID)
    names = _names(tpl, language)
    pay, inv = names["payments"], names["invoices"]
    return {
        "payments": pay[""], "invoices": inv[""],
        "date": pay["date"], "bank_doc": pay["bank_doc"], "amount": pay["amount"], "payer_inn": pay["payer_inn"],
        "purpose": pay["purpose"], "type": pay["type"], "method": pay["method"],
        "payment": _option(tpl, language, "payments", "type", "Payment"),
        "bank_transfer": _option(tpl, language, "payments", "method", "Bank transfer"),
        "customer": inv["customer"], "invoice_no": inv["number"], "invoice_date": inv["invoice_date"],
        "total": inv["total"], "cancelled": inv["cancelled"],
        **localised(tpl["import_labels"], language),
    }


def columns(fmt: str, language: str) -> list[str]:
    """The column names of a 1C format's sheet in `language`."""
    words = labels(language)
    return [words[k] for k in _KEYS[fmt]]


def table_language(names: Iterable[str], fmt: str) -> str | None:
    """The language whose column names of `fmt` a table's column `names` share most (None: no
    name in common, or as many in either language)."""
    have = {n.casefold() for n in names}
    scores = {lang: len(have & {c.casefold() for c in columns(fmt, lang)}) for lang in LANGUAGES}
    best = max(scores.values())
    winners = [lang for lang, score in scores.items() if score == best]
    return winners[0] if best and len(winners) == 1 else None


def base_language(schema: Any, fmt: str) -> str | None:
    """The language of the base's table that fits `fmt` best (most column names in common)."""
    best: tuple[int, str | None] = (0, None)
    for t in schema.live_tables():
        names = [c.name for c in t.columns]
        lang = table_language(names, fmt)
        if lang is not None:
            score = len({n.casefold() for n in names} & {c.casefold() for c in columns(fmt, lang)})
            if score > best[0]:
                best = (score, lang)
            elif score == best[0] and lang != best[1]:
                best = (score, None)  # two tables, two languages, equally good: the user's language decides
    return best[1]


def import_language(fmt: str, schema: Any = None, table: Any = None, fallback: str | None = None) -> str:
    """The language a 1C import speaks (docs/import-export.md, 1C): that of the target `table`'s
    column names; with no target (or no name in common), that of the base's best-fitting table;
    else `fallback` (the importing user's interface language); else English."""
    found = table_language([c.name for c in table.columns], fmt) if table is not None else None
    if found is None and schema is not None:
        found = base_language(schema, fmt)
    return found or (fallback if fallback in LANGUAGES else "en")


# -- bank statements --------------------------------------------------------------------------
BANK_KEYS = ["date", "bank_doc", "amount", "payer", "payer_inn", "customer", "invoice_no", "purpose", "type", "method"]
_INVOICE_IN_PURPOSE = re.compile(r"сч(?:[её]т[а-я]*|\.)?[\s-]*(?:на оплату\s*)?(?:№|N|#)?\s*([\w/-]*\d[\w/-]*)\s+от\s+(\d{2}\.\d{2}\.\d{2,4})",
                                 re.IGNORECASE)


def _bank_encoding(head: bytes, given: str | None) -> str:
    if given:
        return given
    m = re.search(rb"\n\s*\xca\xee\xe4\xe8\xf0\xee\xe2\xea\xe0=(\w+)", head)  # "Кодировка=" in cp1251
    if m is None:
        m = re.search("\n\\s*Кодировка=(\\w+)".encode(), head)
        if m is not None:
            return "utf-8-sig"
        return "cp1251"
    return "cp866" if m.group(1).upper() == b"DOS" else "cp1251"


def parse_bank(text: str) -> tuple[dict[str, str], list[tuple[int, dict[str, str]]]]:
    """(header fields, [(line number, document fields)]); raises ImportFileError naming the line."""
    lines = text.splitlines()
    if not lines or lines[0].strip().lstrip("\ufeff") != "1CClientBankExchange":
        raise ImportFileError("this is not a 1CClientBankExchange bank statement (the first line must say so)")
    header: dict[str, str] = {}
    docs: list[tuple[int, dict[str, str]]] = []
    current: dict[str, str] | None = None
    start = 0
    ended = False
    for n, raw in enumerate(lines[1:], 2):
        line = raw.strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        key = key.strip()
        if key == "КонецФайла":
            ended = True
            break
        if key == "СекцияДокумент":
            if current is not None:
                raise ImportFileError(f"line {n}: a new document starts before line {start}'s document ended "
                                      f"(КонецДокумента is missing)")
            current, start = {"СекцияДокумент": value.strip()}, n
            continue
        if key == "КонецДокумента":
            if current is None:
                raise ImportFileError(f"line {n}: КонецДокумента without a document")
            docs.append((start, current))
            current = None
            continue
        if not sep:
            continue  # section markers such as СекцияРасчСчет / КонецРасчСчет
        (current if current is not None else header)[key] = value.strip()
    if current is not None:
        raise ImportFileError(f"line {start}: the document is not closed (the file is cut short)")
    if not ended:
        raise ImportFileError("the statement has no КонецФайла line: the file is truncated")
    return header, docs


def read_bank(path: str, limits: ReadLimits, encoding: str | None = None,
              customers_by_inn: dict[str, str] | None = None, language: str = "en") -> Source:
    words = labels(language)
    _check_size(path, limits)
    with open(path, "rb") as f:
        data = f.read()
    enc = _bank_encoding(data[:8192], encoding)
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise ImportFileError(f"the statement is not valid {enc} text; choose its encoding", "encoding") from None
    header, docs = parse_bank(text)
    ours = {header.get("РасчСчет", "").strip()} - {""}
    warnings: list[str] = []
    rows: list[list[Any]] = []
    for line, d in docs:
        if ours and d.get("ПолучательСчет", "").strip() not in ours:
            if d.get("ПлательщикСчет", "").strip() in ours:
                continue  # our own outgoing payment, not a receipt
            _warn(warnings, f"line {line}: document № {d.get('Номер', '?')} is neither to nor from our account "
                            f"{next(iter(ours))}; skipped")
            continue
        try:
            amount = parse_number(d.get("Сумма", ""))
            date_text = d.get("ДатаПоступило") or d.get("Дата") or ""
            date = parse_date(date_text, True)
        except CellError as exc:
            _warn(warnings, f"line {line}: document № {d.get('Номер', '?')}: {exc}; skipped")
            continue
        inn = d.get("ПлательщикИНН", "").strip()
        purpose = d.get("НазначениеПлатежа", "")
        m = _INVOICE_IN_PURPOSE.search(purpose)
        customer = None
        if customers_by_inn is not None:
            customer = customers_by_inn.get(inn)
            if customer is None:
                _warn(warnings, f"line {line}: payer INN {inn or '(empty)'} matches no customer; imported unassigned")
        payer = d.get("Плательщик1") or d.get("ПлательщикНаименование") or d.get("Плательщик", "")
        payer = re.sub(r"^ИНН\s*\d+\s*", "", payer).strip()
        rows.append([date, d.get("Номер", ""), amount, payer, inn, customer, m.group(1) if m else None, purpose,
                     words["payment"], words["bank_transfer"]])
    if not rows:
        raise ImportFileError("the statement holds no incoming payments to import"
                              + (f" ({warnings[0]})" if warnings else ""))
    return Source("1c-bank", [Sheet(words["payments"], columns("1c-bank", language), lambda: iter(rows), len(rows))],
                  warnings, encoding=enc)


def _warn(warnings: list[str], msg: str) -> None:
    if len(warnings) < MAX_WARNINGS:
        warnings.append(msg)


def customers_by_inn(conn: sa.Connection, schema: Any) -> dict[str, str] | None:
    """INN → customer name from the base's Customers table (by the column named INN or ИНН)."""
    for t in schema.live_tables():
        if t.name.casefold() not in ("customers", "клиенты", "контрагенты"):
            continue
        inn = next((c for c in t.columns if c.name.casefold() in ("inn", "инн") and c.phys), None)
        name = t.primary
        if inn is None or name is None or not name.phys:
            continue
        st = t.sa_table
        out: dict[str, str] = {}
        for r in conn.execute(sa.select(st.c[inn.phys], st.c[name.phys])):
            if r[0]:
                out.setdefault(str(r[0]).strip(), r[1])
        return out
    return None


# -- «Счета покупателям» ----------------------------------------------------------------------
# «Ответственный» is a name in 1C, not a user of this base: it goes to its own column (the
# template's Responsible is a collaborator, its Manager is computed from the customer).
INVOICE_KEYS = ["invoice_no", "invoice_date", "customer", "total", "currency", "status_1c", "cancelled", "shipment",
                "manager_1c", "comment", "organisation"]
_INVOICE_HEADERS = {
    "номер": "invoice_no", "дата": "invoice_date", "контрагент": "customer", "покупатель": "customer",
    "сумма": "total", "валюта": "currency", "оплата": "status_1c", "отгрузка": "shipment",
    "ответственный": "manager_1c", "комментарий": "comment", "организация": "organisation",
}
PAYMENT_STATUSES = {"оплачен": "paid", "оплачен частично": "partly_paid", "не оплачен": "unpaid",
                    "отменен": "cancelled_1c", "отменён": "cancelled_1c"}


def _grid(path: str, limits: ReadLimits, fmt: str) -> tuple[list[list[Any]], list[str]]:
    """All cells of the first sheet (these 1C reports are small: a few thousand rows)."""
    from server.io.readers import read_csv

    _check_size(path, limits)
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic == b"PK\x03\x04":
        warnings = inspect_xlsx(path, limits)
        from python_calamine import CalamineWorkbook

        try:
            wb = CalamineWorkbook.from_path(path)
            sheet = wb.get_sheet_by_index(0)
            cells = [[(v if v != "" else None) for v in row] for row in sheet.iter_rows()]
        except Exception as exc:
            raise ImportFileError(f"the {fmt} workbook could not be read: {exc}") from None
        return cells, warnings
    src = read_csv(path, limits)
    sheet = src.sheets[0]
    return [sheet.headers, *sheet.rows()], src.warnings


def _norm(v: Any) -> str:
    return re.sub(r"\s+", " ", str(v or "")).strip().casefold()


def read_invoices(path: str, limits: ReadLimits, language: str = "en") -> Source:
    words = labels(language)
    cells, warnings = _grid(path, limits, "«Счета покупателям»")
    head_at = next((i for i, row in enumerate(cells[:30])
                    if {"номер", "дата"} <= {_norm(v) for v in row}), None)
    if head_at is None:
        raise ImportFileError("no header row with «Номер» and «Дата» in the first 30 rows: this is not a "
                              "«Счета покупателям» list")
    mapping: dict[int, str] = {}
    for i, v in enumerate(cells[head_at]):
        target = _INVOICE_HEADERS.get(_norm(v))
        if target and target not in mapping.values():
            mapping[i] = target
    idx = {key: i for i, key in enumerate(INVOICE_KEYS)}
    rows: list[list[Any]] = []
    for r, row in enumerate(cells[head_at + 1:], head_at + 2):
        rec: list[Any] = [None] * len(INVOICE_KEYS)
        for i, target in mapping.items():
            rec[idx[target]] = row[i] if i < len(row) else None
        if all(v is None or str(v).strip() == "" for v in rec):
            continue
        first = _norm(row[0] if row else "")
        if first.startswith("итого") or first.startswith("всего"):
            continue
        if not rec[idx["invoice_no"]] or not rec[idx["invoice_date"]]:
            _warn(warnings, f"row {r}: no number or date; skipped")
            continue
        status = rec[idx["status_1c"]]
        if status is not None and str(status).strip():
            known = PAYMENT_STATUSES.get(_norm(status))
            if known is None:
                _warn(warnings, f"row {r}: unknown payment status {status!r}; left empty")
            rec[idx["status_1c"]] = words[known] if known else None
            rec[idx["cancelled"]] = known == "cancelled_1c"
        rec[idx["invoice_no"]] = _id_text(rec[idx["invoice_no"]])
        rows.append(rec)
    if not rows:
        raise ImportFileError("the list holds no invoices")
    return Source("1c-invoices", [Sheet(words["invoices"], columns("1c-invoices", language), lambda: iter(rows),
                                        len(rows))], warnings)


def _id_text(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip() if v is not None else None


# -- ОСВ по счёту 62 --------------------------------------------------------------------------
# A document's number and date are the Invoices table's (the template keeps ОСВ documents there);
# the balance is "Closing balance", not the Invoices' computed Balance, which cannot be imported into.
OSV_KEYS = ["customer", "contract", "document", "invoice_no", "invoice_date", "account", "opening_debit",
            "opening_credit", "turnover_debit", "turnover_credit", "closing_debit", "closing_credit", "closing_balance"]
_KEYS = {"1c-bank": BANK_KEYS, "1c-invoices": INVOICE_KEYS, "1c-osv62": OSV_KEYS}
_GROUPS = (("сальдо на начало", "opening"), ("оборот", "turnover"), ("сальдо на конец", "closing"))
_GROUP_WORDS = {"opening": "сальдо на начало", "turnover": "обороты", "closing": "сальдо на конец"}
_ACCOUNT = re.compile(r"^\d{2}(\.\d{2})*$")
_DOC = re.compile(r"\s(\S+)\s+от\s+(\d{1,2}\.\d{1,2}\.\d{2,4})")
_CONTRACT = re.compile(r"(договор|дог\.|контракт|без договора)", re.IGNORECASE)
_DOC_WORDS = re.compile(r"^(реализация|счет|счёт|поступление|корректировка|акт|упд|оплата|возврат|списание|"
                        r"операция|взаимозачет|взаимозачёт|ввод остатков|платежное|платёжное|документ)", re.IGNORECASE)


def _amount(v: Any) -> float:
    if v is None or (isinstance(v, str) and not v.strip()):
        return 0.0  # ОСВ prints zero turnovers as empty cells
    if isinstance(v, int | float) and not isinstance(v, bool):
        return float(v)
    return parse_number(str(v), "comma")


def read_osv62(path: str, limits: ReadLimits, language: str = "en") -> Source:
    words = labels(language)
    cells, warnings = _grid(path, limits, "ОСВ 62")
    top = next((i for i, row in enumerate(cells[:40])
                if any("сальдо на начало" in _norm(v) for v in row)), None)
    if top is None:
        raise ImportFileError("no «Сальдо на начало периода» header in the first 40 rows: this is not an ОСВ")
    sub = cells[top + 1] if top + 1 < len(cells) else []
    # Locate the six amount columns by (group, Дебет/Кредит): «Кредит» appears three times.
    group_at: list[tuple[int, str]] = []
    for i, v in enumerate(cells[top]):
        for needle, name in _GROUPS:
            if needle in _norm(v):
                group_at.append((i, name))
    cols: dict[str, int] = {}
    for gi, (start, name) in enumerate(group_at):
        end = group_at[gi + 1][0] if gi + 1 < len(group_at) else len(sub)
        for j in range(start, end):
            side = _norm(sub[j] if j < len(sub) else "")
            if side.startswith("дебет") and f"{name}_debit" not in cols:
                cols[f"{name}_debit"] = j
            elif side.startswith("кредит") and f"{name}_credit" not in cols:
                cols[f"{name}_credit"] = j
    needed = [f"{g}_{s}" for _, g in _GROUPS for s in ("debit", "credit")]
    missing = [n for n in needed if n not in cols]
    if missing:
        raise ImportFileError(f"the ОСВ header has no Дебет/Кредит column under "
                              f"«{_GROUP_WORDS[missing[0].split('_')[0]]}»")
    label_col = 0
    indicator_col = next((i for i, v in enumerate(cells[top]) if _norm(v).replace("-", "").startswith("показа")),
                         None)
    rows: list[list[Any]] = []
    total: float | None = None
    path_: dict[int, str] = {}
    pending: tuple[int, int, list[Any]] | None = None  # (level, row number, record)

    def flush(level_now: int) -> None:
        nonlocal pending
        if pending is not None and level_now <= pending[0]:
            if pending[0] >= 1:
                rows.append(pending[2])
            pending = None

    for r, row in enumerate(cells[top + 2:], top + 3):
        label = str(row[label_col]).strip() if label_col < len(row) and row[label_col] is not None else ""
        if not label:
            continue
        if indicator_col is not None and indicator_col < len(row):
            ind = _norm(row[indicator_col])
            if ind and ind not in ("бу",):
                continue  # НУ / Вал. / Кол. sub-rows: other measures, never summed with roubles
        try:
            amounts = {k: _amount(row[i] if i < len(row) else None) for k, i in cols.items()}
        except CellError as exc:
            _warn(warnings, f"row {r}: {exc}; skipped")
            continue
        low = label.casefold()
        if low.startswith("итого"):
            flush(0)
            total = amounts["closing_debit"] - amounts["closing_credit"]
            break
        if _ACCOUNT.match(label):
            level = 0
        elif _DOC_WORDS.match(label):
            level = 3
        elif _CONTRACT.search(label):  # before the "№ … от date" test: contracts have numbers and dates too
            level = 2
        elif _DOC.search(" " + label):
            level = 3
        else:
            level = 1
        if level == 3 and 1 not in path_:
            _warn(warnings, f"row {r}: document {label!r} has no customer above it; skipped")
            continue
        flush(level)
        if level == 0:
            path_ = {0: label}
            continue
        path_ = {k: v for k, v in path_.items() if k < level}
        path_[level] = label
        doc = _DOC.search(" " + label) if level == 3 else None
        doc_date = None
        if doc:
            try:
                doc_date = parse_date(doc.group(2), True)
            except CellError:
                _warn(warnings, f"row {r}: the document date {doc.group(2)!r} is not a date")
        rec = [path_.get(1), path_.get(2), path_.get(3), doc.group(1) if doc else None, doc_date, path_.get(0),
               amounts["opening_debit"], amounts["opening_credit"], amounts["turnover_debit"],
               amounts["turnover_credit"], amounts["closing_debit"], amounts["closing_credit"],
               round(amounts["closing_debit"] - amounts["closing_credit"], 2)]
        pending = (level, r, rec)
    flush(0)
    if not rows:
        raise ImportFileError("the ОСВ holds no counterparty rows")
    if total is not None:
        leaf_total = round(sum(r[-1] for r in rows), 2)
        if abs(leaf_total - round(total, 2)) > 0.005:
            _warn(warnings, f"the rows add up to {leaf_total:,.2f} but the Итого row says {total:,.2f}; "
                            f"check for rows the reader skipped")
    else:
        _warn(warnings, "the ОСВ has no Итого row; its total could not be checked")
    return Source("1c-osv62", [Sheet(words["osv_sheet"], columns("1c-osv62", language), lambda: iter(rows), len(rows))],
                  warnings)



# -- the formats (registered in server/plugins.py) ---------------------------------------------
class OneCFormat(ImportFormat):
    """What the three 1C readers share: the receivables template's words, in a language chosen
    per import from the base (`import_language`)."""

    base_language = True

    def sniff(self, head: bytes, filename: str) -> bool:
        return False  # an Excel or CSV export: the preview suggests it (`recognises`)

    def import_language(self, schema: Any = None, table: Any = None, fallback: str | None = None) -> str:
        return import_language(self.id, schema, table, fallback)

    def table_language(self, column_names: list[str]) -> str | None:
        return table_language(column_names, self.id)

    @staticmethod
    def language_of(req: ReadRequest) -> str:
        return req.language if req.language in LANGUAGES else "en"


class BankFormat(OneCFormat):
    """1CClientBankExchange statements, recognised by their first line."""

    id = "1c-bank"
    labels = {"en": "1C bank statement", "ru": "банковская выписка 1С"}
    extensions = (".txt",)
    needs_customers = True

    def sniff(self, head: bytes, filename: str) -> bool:
        return head.lstrip(codecs.BOM_UTF8).startswith(b"1CClientBankExchange")

    def customers(self, conn: Any, schema: Any) -> dict[str, str] | None:
        return customers_by_inn(conn, schema)

    def read(self, req: ReadRequest) -> Source:
        return read_bank(req.path, req.limits, req.encoding, req.customers, self.language_of(req))


class InvoicesFormat(OneCFormat):
    """The «Счета покупателям» list exported to Excel or CSV."""

    id = "1c-invoices"
    labels = {"en": "1C list of invoices", "ru": "список «Счета покупателям» из 1С"}
    extensions = (".xlsx", ".xls", ".csv")

    def recognises(self, cells: list[Any]) -> bool:
        return {"номер", "дата", "оплата"} <= {_norm(v) for v in cells}

    def read(self, req: ReadRequest) -> Source:
        return read_invoices(req.path, req.limits, self.language_of(req))


class Osv62Format(OneCFormat):
    """ОСВ по счёту 62 (the turnover sheet of account 62) exported to Excel."""

    id = "1c-osv62"
    labels = {"en": "1C trial balance for account 62", "ru": "ОСВ по счёту 62 из 1С"}
    extensions = (".xlsx", ".xls")

    def recognises(self, cells: list[Any]) -> bool:
        return any("сальдо на начало" in _norm(v) for v in cells)

    def read(self, req: ReadRequest) -> Source:
        return read_osv62(req.path, req.limits, self.language_of(req))
