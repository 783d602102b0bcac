"""1C formats: bank statements (1CClientBankExchange, Windows-1251), the «Счета покупателям» list
and the ОСВ 62 sheet, with the traps of receivables.md §3; each import speaks the language of the
base it lands in (receivables bases made in Russian and in English, a target table's language, the
user's language, the CLI). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from openpyxl import Workbook

from tests.helpers import ApiClient, snapshot
from tests.io_helpers import columns_of, start, table_rows, upload

OUR_ACCOUNT = "40702810900000000001"


def _statement(docs: list[dict[str, str]], end: bool = True) -> bytes:
    lines = ["1CClientBankExchange", "ВерсияФормата=1.03", "Кодировка=Windows", "Отправитель=Бухгалтерия",
             "ДатаНачала=01.03.2026", "ДатаКонца=31.03.2026", f"РасчСчет={OUR_ACCOUNT}",
             "СекцияРасчСчет", "ДатаНачала=01.03.2026", "КонецРасчСчет"]
    for d in docs:
        lines.append("СекцияДокумент=Платежное поручение")
        lines += [f"{k}={v}" for k, v in d.items()]
        lines.append("КонецДокумента")
    if end:
        lines.append("КонецФайла")
    return "\r\n".join(lines).encode("cp1251")


def _payment(no: str, amount: str, inn: str, purpose: str, to: str = OUR_ACCOUNT, frm: str = "40702810000000000777",
             received: str = "05.03.2026") -> dict[str, str]:
    return {"Номер": no, "Дата": "04.03.2026", "Сумма": amount, "ПлательщикСчет": frm, "ДатаСписано": "04.03.2026",
            "Плательщик": f"ИНН {inn} ООО Ромашка", "ПлательщикИНН": inn, "Плательщик1": "ООО Ромашка",
            "ПолучательСчет": to, "ДатаПоступило": received, "Получатель1": "ООО Мы", "ПолучательИНН": "7700000000",
            "НазначениеПлатежа": purpose}


def _xlsx_bytes(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_bank_statement_matches_customers_by_inn(owner: ApiClient, app: Any) -> None:
    customers = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Customers", "columns": [
        {"name": "Customer", "type": "text"}, {"name": "INN", "type": "text"}]}, expect=201)["table"]
    owner.insert([{"Customer": "ООО «Ромашка»", "INN": "7701234567"}], table_id=customers["id"])
    payments = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Payments", "columns": [
        {"name": "Bank doc No.", "type": "text"}, {"name": "Date", "type": "date"},
        {"name": "Amount", "type": "number"}, {"name": "Customer", "type": "text"},
        {"name": "Invoice No.", "type": "text"}, {"name": "Payer INN", "type": "text"},
        {"name": "Purpose", "type": "long-text"}]}, expect=201)["table"]
    data = _statement([
        _payment("101", "15000.50", "7701234567", "Оплата по счету № 00БП-000123 от 01.03.2026, в т.ч. НДС"),
        _payment("102", "700", "5009999999", "Оплата по договору 7"),
        _payment("55", "99.00", "7700000000", "Наш платёж поставщику", to="40702810000000000777",
                 frm=OUR_ACCOUNT),
    ])
    preview = upload(owner, data, "kl_to_1c.txt")
    assert preview["format"] == "1c-bank" and preview["encoding"] == "cp1251"
    assert preview["sheets"][0]["rows_total"] == 2  # the outgoing payment is not a receipt
    assert any("5009999999" in w and "no customer" in w for w in preview["warnings"])
    job = start(owner, preview["import_id"], {"mode": "append", "table_id": payments["id"]})
    rows = table_rows(app, payments["id"])
    assert rows[0] == {"Bank doc No.": "101", "Date": dt.datetime(2026, 3, 5), "Amount": 15000.5,
                       "Customer": "ООО «Ромашка»", "Invoice No.": "00БП-000123", "Payer INN": "7701234567",
                       "Purpose": "Оплата по счету № 00БП-000123 от 01.03.2026, в т.ч. НДС"}
    assert rows[1]["Customer"] is None and rows[1]["Invoice No."] is None  # reported, not guessed
    assert job["result"]["tables"][0]["created"] == 2


def test_bank_statement_errors_name_the_line(owner: ApiClient, app: Any) -> None:
    before = snapshot(app, owner.base_id)
    cut = _statement([_payment("1", "10", "7701234567", "x")], end=False)
    err = upload(owner, cut, "cut.txt", expect=422)["error"]
    assert "truncated" in err["message"]
    broken = _statement([_payment("1", "10", "7701234567", "x")]).replace("КонецДокумента".encode("cp1251"), b"")
    err = upload(owner, broken, "broken.txt", expect=422)["error"]
    assert "line" in err["message"] and "not closed" in err["message"]
    err = upload(owner, "1CClientBankExchange\r\nКонецФайла\r\n".encode("cp1251"), "empty.txt", expect=422)["error"]
    assert "no incoming payments" in err["message"]
    assert snapshot(app, owner.base_id) == before


def test_invoices_list_from_1c(owner: ApiClient, app: Any) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Счета покупателям"])
    ws.append([])
    ws.append(["Дата", "Номер", "Контрагент", "Сумма", "Валюта", "Оплата", "Отгрузка", "Ответственный", "Комментарий"])
    ws.append([dt.datetime(2026, 3, 1), "00БП-000123", "ООО «Ромашка»", 120000.5, "RUB", "Оплачен частично",
               "Отгружен", "Иванов", ""])
    ws.append([dt.datetime(2026, 3, 2), "00БП-000124", "ИП Сидоров", "1 500,00", "RUB", "Отменен", "", "Петров", "дубль"])
    ws.append([dt.datetime(2026, 3, 3), "00БП-000125", "АО Вектор", 10, "RUB", "Частично", "", "", ""])
    ws.append(["Итого", None, None, 121510.5])
    generic = upload(owner, _xlsx_bytes(wb), "Счета.xlsx")
    assert generic["format"] == "xlsx" and generic["suggested_format"] == "1c-invoices"
    preview = upload(owner, _xlsx_bytes(wb), "Счета.xlsx", format="1c-invoices")
    assert any("row 6" in w and "Частично" in w for w in preview["warnings"])
    cols = {c["name"]: c["type"] for c in preview["sheets"][0]["columns"]}
    assert cols["Invoice date"] == "date" and cols["Total"] == "number" and cols["Invoice No."] == "text"
    assert cols["Cancelled"] == "checkbox"
    job = start(owner, preview["import_id"])
    rows = table_rows(app, job["result"]["tables"][0]["table_id"])
    assert [r["Invoice No."] for r in rows] == ["00БП-000123", "00БП-000124", "00БП-000125"]
    assert [r["Total"] for r in rows] == [120000.5, 1500.0, 10.0]
    assert [r["Cancelled"] for r in rows] == [False, True, False]


def _osv(include_total: float = 195000.0) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["ООО «Мы»"])
    ws.append(["Оборотно-сальдовая ведомость по счету 62 за Март 2026 г."])
    ws.append([])
    ws.append(["Счет", "Показа-\nтели", "Сальдо на начало периода", None, "Обороты за период", None,
               "Сальдо на конец периода", None])
    ws.merge_cells("C4:D4")
    ws.merge_cells("E4:F4")
    ws.merge_cells("G4:H4")
    ws.append([None, None, "Дебет", "Кредит", "Дебет", "Кредит", "Дебет", "Кредит"])
    nb = "\u00a0"
    ws.append(["62", "БУ", 100000, None, 150000, 55000, 195000, None])
    ws.append(["62.01", "БУ", 100000, None, 150000, 55000, 195000, None])
    ws.append(["ООО «Ромашка»", "БУ", 100000, None, 150000, 55000, 195000, None])
    ws.append(["Договор поставки № 7 от 10.01.2026", "БУ", 100000, None, 150000, 55000, 195000, None])
    ws.append(["Реализация (акт, накладная, УПД) 00БП-000123 от 15.03.2026", "БУ", None, None,
               f"150{nb}000,00", None, f"150{nb}000,00", None])
    ws.append([None, "Вал.", None, None, 2000, None, 2000, None])
    ws.append(["Реализация (акт, накладная, УПД) 00БП-000099 от 20.02.2026", "БУ", 100000, None, None,
               f"55{nb}000,00", f"45{nb}000,00", None])
    ws.append(["ИП Сидоров", "БУ", None, None, None, None, None, None])
    ws.append(["Основной договор", "БУ", None, "\u22125 000,00", None, None, None, "5 000,00"])
    ws.append(["Итого", None, 100000, None, 150000, 55000, include_total, 5000])
    return _xlsx_bytes(wb)


def test_osv_62_flattens_the_hierarchy_without_double_counting(owner: ApiClient, app: Any) -> None:
    assert upload(owner, _osv(), "ОСВ 62.xlsx")["suggested_format"] == "1c-osv62"
    preview = upload(owner, _osv(), "ОСВ 62.xlsx", format="1c-osv62")
    sheet = preview["sheets"][0]
    assert sheet["rows_total"] == 3  # two documents and one contract without documents
    assert not any("Итого" in w for w in preview["warnings"])
    job = start(owner, preview["import_id"])
    rows = table_rows(app, job["result"]["tables"][0]["table_id"])
    assert [(r["Customer"], r["Contract"], r["Invoice No."], r["Closing balance"]) for r in rows] == [
        ("ООО «Ромашка»", "Договор поставки № 7 от 10.01.2026", "00БП-000123", 150000.0),
        ("ООО «Ромашка»", "Договор поставки № 7 от 10.01.2026", "00БП-000099", 45000.0),
        ("ИП Сидоров", "Основной договор", None, -5000.0),
    ]
    assert rows[0]["Invoice date"] == dt.datetime(2026, 3, 15)
    assert rows[1]["Debit turnover"] == 0.0 and rows[1]["Credit turnover"] == 55000.0  # empty cell = 0
    assert rows[2]["Opening credit"] == -5000.0  # U+2212 minus
    assert round(sum(r["Closing balance"] for r in rows), 2) == 190000.0


def test_osv_62_reports_a_total_that_does_not_add_up(owner: ApiClient) -> None:
    preview = upload(owner, _osv(include_total=50000.0), "osv.xlsx", format="1c-osv62")
    assert any("Итого" in w and "45,000.00" in w for w in preview["warnings"])
    err = upload(owner, _xlsx_bytes(Workbook()), "blank.xlsx", format="1c-osv62", expect=422)["error"]
    assert "Сальдо на начало" in err["message"]


# -- a 1C import speaks the language of the base it lands in -----------------------------------
# The receivables template's own words (templates/receivables.json): column names of the Payments
# and Invoices tables and of the 1C sheets, and the options a bank receipt gets.
WORDS = {
    "ru": {"payments": "Оплаты", "invoices": "Счета", "customers": "Клиенты", "name": "Клиент", "inn": "ИНН",
           "bank": ["Дата", "Номер п/п", "Сумма", "Плательщик", "ИНН плательщика", "Клиент", "Номер счёта",
                    "Назначение платежа", "Тип", "Способ"],
           "invoices_list": ["Номер счёта", "Дата счёта", "Клиент", "Сумма", "Валюта", "Оплата (1С)", "Аннулирован",
                             "Отгрузка", "Ответственный в 1С", "Комментарий", "Организация"],
           "osv": ["Клиент", "Договор", "Документ", "Номер счёта", "Дата счёта", "Счёт учёта",
                   "Сальдо на начало, дебет", "Сальдо на начало, кредит", "Оборот, дебет", "Оборот, кредит",
                   "Сальдо на конец, дебет", "Сальдо на конец, кредит", "Сальдо на конец"],
           "payment_columns": ["Номер", "ПЛ-", "Счёт", "Поступило деньгами", "Корректировка", "Списано",
                               "Не разнесена", "Дата счёта", "Счёт аннулирован", "Обещанная дата по счёту",
                               "К разбору", "Без счёта"],
           "payment": "Оплата", "bank_transfer": "Безнал", "paid_partly": "Оплачен частично", "cancelled": "Отменен"},
    "en": {"payments": "Payments", "invoices": "Invoices", "customers": "Customers", "name": "Customer", "inn": "INN",
           "bank": ["Date", "Bank doc No.", "Amount", "Payer", "Payer INN", "Customer", "Invoice No.", "Purpose",
                    "Type", "Method"],
           "invoices_list": ["Invoice No.", "Invoice date", "Customer", "Total", "Currency", "1C payment status",
                             "Cancelled", "Shipment", "Manager in 1C", "Comment", "Organisation"],
           "osv": ["Customer", "Contract", "Document", "Invoice No.", "Invoice date", "Account", "Opening debit",
                   "Opening credit", "Debit turnover", "Credit turnover", "Closing debit", "Closing credit",
                   "Closing balance"],
           "payment_columns": ["Payment ID", "PAY-", "Invoice", "Cash amount", "Credit amount", "Write-off amount",
                               "Unapplied", "Invoice date", "Invoice cancelled", "Invoice promise date",
                               "To review", "No invoice"],
           "payment": "Payment", "bank_transfer": "Bank transfer", "paid_partly": "Partly paid", "cancelled": "Cancelled"},
}
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN = re.compile(r"[A-Za-z]")


def _other_language(language: str, text: str) -> bool:
    """A name or a fixed value in the other language, or a bilingual «A / Б» pair."""
    return bool((LATIN if language == "ru" else CYRILLIC).search(text)) or " / " in text


def _receivables_base(app: Any, email: str, language: str) -> tuple[ApiClient, dict[str, dict]]:
    """An empty receivables base made from the template in `language`, with the customers the files name."""
    c = ApiClient(app)
    c.signup(email)  # the user's interface language stays English: the base decides
    c.base = c.post("/api/bases", {"template": "receivables", "language": language, "sample_data": False}, expect=201)
    tables = {t["name"]: t for t in c.base["tables"]}
    w = WORDS[language]
    c.insert([{w["name"]: name, w["inn"]: inn} for name, inn in
              [("ООО «Ромашка»", "7701234567"), ("ИП Сидоров", "5009999999"), ("АО Вектор", "7800000000")]],
             table_id=tables[w["customers"]]["id"])
    return c, tables


def _invoices_list() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["Счета покупателям"])
    ws.append(["Дата", "Номер", "Контрагент", "Сумма", "Валюта", "Оплата", "Отгрузка", "Ответственный", "Комментарий"])
    ws.append([dt.datetime(2026, 3, 1), "00БП-000123", "ООО «Ромашка»", 120000.5, "RUB", "Оплачен частично",
               "Отгружен", "Иванов", ""])
    ws.append([dt.datetime(2026, 3, 2), "00БП-000124", "ИП Сидоров", "1 500,00", "RUB", "Отменен", "", "Петров", "дубль"])
    return _xlsx_bytes(wb)


def _check_preview(preview: dict, names: list[str], language: str) -> None:
    """The wizard's detected columns are the template's names in the base's language."""
    shown = [c["name"] for c in preview["sheets"][0]["columns"]]
    assert shown == names
    for row in preview["sheets"][0]["rows"]:
        assert not any(isinstance(v, str) and " / " in v for v in row), row


@pytest.mark.parametrize("language", ["ru", "en"])
def test_1c_imports_speak_the_language_of_the_receivables_base(app: Any, language: str) -> None:
    c, tables = _receivables_base(app, f"{language}@example.com", language)
    w = WORDS[language]
    payments, invoices = tables[w["payments"]], tables[w["invoices"]]

    bank = upload(c, _statement([
        _payment("101", "15000.50", "7701234567", "Оплата по счету № 00БП-000123 от 01.03.2026, в т.ч. НДС"),
        _payment("102", "700", "5009999999", "Оплата по договору 7"),
    ]), "kl_to_1c.txt")
    _check_preview(bank, w["bank"], language)
    assert bank["sheets"][0]["name"] == w["payments"]
    assert [r[-2:] for r in bank["sheets"][0]["rows"]] == [[w["payment"], w["bank_transfer"]]] * 2
    job = start(c, bank["import_id"], {"mode": "append", "table_id": payments["id"]})
    assert job["result"]["tables"][0]["created"] == 2
    b, p = w["bank"], w["payment_columns"]
    got = [{k: v for k, v in r.items() if not k.startswith("_")} for r in c.rows(table_id=payments["id"])]
    assert got == [
        {p[0]: p[1] + "00001", b[8]: w["payment"], b[0]: "2026-03-05", b[2]: 15000.5, b[9]: w["bank_transfer"],
         b[1]: "101", b[4]: "7701234567", b[7]: "Оплата по счету № 00БП-000123 от 01.03.2026, в т.ч. НДС",
         p[2]: [], p[3]: 15000.5, p[4]: 0.0, p[5]: 0.0, p[6]: True, p[7]: None, p[8]: 0.0, p[9]: None, p[10]: p[11]},
        {p[0]: p[1] + "00002", b[8]: w["payment"], b[0]: "2026-03-05", b[2]: 700.0, b[9]: w["bank_transfer"],
         b[1]: "102", b[4]: "5009999999", b[7]: "Оплата по договору 7", p[2]: [], p[3]: 700.0, p[4]: 0.0, p[5]: 0.0,
         p[6]: True, p[7]: None, p[8]: 0.0, p[9]: None, p[10]: p[11]},  # no invoice: one to review (decision 0046)
    ]  # Payer, Customer and Invoice No. are no Payments columns: left out, as the preview shows
    _no_other_language(c, payments["id"], language)

    inv = upload(c, _invoices_list(), "Счета.xlsx", format="1c-invoices")
    _check_preview(inv, w["invoices_list"], language)
    assert [r[5] for r in inv["sheets"][0]["rows"]] == [w["paid_partly"], w["cancelled"]]
    start(c, inv["import_id"], {"mode": "append", "table_id": invoices["id"]})
    osv = upload(c, _osv(), "ОСВ 62.xlsx", format="1c-osv62")
    _check_preview(osv, w["osv"], language)
    start(c, osv["import_id"], {"mode": "append", "table_id": invoices["id"]})
    li = w["invoices_list"]
    stored = [(r[li[0]], r[li[1]], [x["display_value"] for x in r[li[2]]], r[li[3]], r[li[6]])
              for r in c.rows(table_id=invoices["id"])]
    assert stored == [
        ("00БП-000123", "2026-03-01", ["ООО «Ромашка»"], 120000.5, False),
        ("00БП-000124", "2026-03-02", ["ИП Сидоров"], 1500.0, True),
        # the ОСВ's documents (and a contract without documents) with their customers; no amount
        # column of the ОСВ is an Invoices column (its Total is the document total, not a balance)
        ("00БП-000123", "2026-03-15", ["ООО «Ромашка»"], None, False),
        ("00БП-000099", "2026-02-20", ["ООО «Ромашка»"], None, False),
        (None, None, ["ИП Сидоров"], None, False),
    ]
    _no_other_language(c, invoices["id"], language)


def _no_other_language(c: ApiClient, table_id: int, language: str) -> None:
    """No column name is in the other language; no cell is a bilingual «A / Б» pair, and in the
    Russian base no cell holds a Latin letter. (In the English base the 1C file's own texts, customer
    names and purposes, stay Russian; its fixed values are compared with the English words above.)"""
    base = c.get(f"/api/bases/{c.base_id}")
    table = next(t for t in base["tables"] if t["id"] == table_id)
    for col in table["columns"]:
        assert not _other_language(language, col["name"]), col["name"]
    for row in c.rows(table_id=table_id):
        for k, v in row.items():
            for x in (v if isinstance(v, list) else [v]):
                text = x.get("display_value") if isinstance(x, dict) else x
                if not k.startswith("_") and isinstance(text, str):
                    assert " / " not in text and (language == "en" or not LATIN.search(text)), (k, text)


def test_1c_import_takes_the_target_table_language_else_the_users(owner: ApiClient, app: Any) -> None:
    """No table of the base fits: the user's interface language names a new table. Appending to a
    table whose names are English reads the file again in English, whatever the preview said."""
    owner.patch("/api/me", {"locale": "ru"})
    data = _statement([_payment("7", "100", "7701234567", "Оплата по счету № 15 от 01.03.2026")])
    preview = upload(owner, data, "statement.txt")
    _check_preview(preview, WORDS["ru"]["bank"], "ru")
    job = start(owner, preview["import_id"])
    created = job["result"]["tables"][0]["table_id"]
    assert table_rows(app, created)[0]["Тип"] == "Оплата" and "Type" not in table_rows(app, created)[0]
    english = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Receipts", "columns": [
        {"name": "Date", "type": "date"}, {"name": "Amount", "type": "number"},
        {"name": "Type", "type": "single-select", "options": {"options": [{"name": "Payment"}, {"name": "Refund"}]}},
        {"name": "Method", "type": "text"}]}, expect=201)["table"]
    preview = upload(owner, data, "statement.txt")
    _check_preview(preview, WORDS["ru"]["bank"], "ru")  # the base's «Оплаты» table fits it best
    start(owner, preview["import_id"], {"mode": "append", "table_id": english["id"]})
    assert [{k: v for k, v in r.items() if not k.startswith("_")} for r in owner.rows(table_id=english["id"])] == [
        {"Date": "2026-03-05", "Amount": 100.0, "Type": "Payment", "Method": "Bank transfer"}]
    options = columns_of(owner, english["id"])["Type"]["options"]["options"]
    assert [o["name"] for o in options] == ["Payment", "Refund"]


def test_cli_1c_import_speaks_the_target_tables_language(app: Any, db_url: str, tmp_path: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """`tablo import --table «Оплаты»` of a bank statement into a Russian receivables base."""
    from click.testing import CliRunner

    import server.io.cli  # noqa: F401  (registers the commands)
    from server.cli import cli

    c, tables = _receivables_base(app, "cli@example.com", "ru")
    monkeypatch.setenv("TABLO_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("TABLO_DATABASE_URL", db_url)
    monkeypatch.setenv("TABLO_SECRET_KEY", "test-secret")
    src = tmp_path / "kl_to_1c.txt"
    src.write_bytes(_statement([_payment("9", "250", "7701234567", "Оплата по счету № 15 от 01.03.2026")]))
    res = CliRunner().invoke(cli, ["import", str(src), "--base", str(c.base_id), "--table", "Оплаты"])
    assert res.exit_code == 0, res.output
    (row,) = c.rows(table_id=tables["Оплаты"]["id"])
    assert (row["Тип"], row["Способ"], row["Сумма"], row["Номер п/п"]) == ("Оплата", "Безнал", 250.0, "9")
