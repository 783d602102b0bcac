"""1C formats: bank statements (1CClientBankExchange, Windows-1251), the «Счета покупателям» list
and the ОСВ 62 sheet, with the traps of receivables.md §3. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from openpyxl import Workbook

from tests.helpers import ApiClient, snapshot
from tests.io_helpers import start, table_rows, upload

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
    assert [(r["Customer"], r["Contract"], r["Doc No."], r["Balance"]) for r in rows] == [
        ("ООО «Ромашка»", "Договор поставки № 7 от 10.01.2026", "00БП-000123", 150000.0),
        ("ООО «Ромашка»", "Договор поставки № 7 от 10.01.2026", "00БП-000099", 45000.0),
        ("ИП Сидоров", "Основной договор", None, -5000.0),
    ]
    assert rows[0]["Doc date"] == dt.datetime(2026, 3, 15)
    assert rows[1]["Debit turnover"] == 0.0 and rows[1]["Credit turnover"] == 55000.0  # empty cell = 0
    assert rows[2]["Opening credit"] == -5000.0  # U+2212 minus
    assert round(sum(r["Balance"] for r in rows), 2) == 190000.0


def test_osv_62_reports_a_total_that_does_not_add_up(owner: ApiClient) -> None:
    preview = upload(owner, _osv(include_total=50000.0), "osv.xlsx", format="1c-osv62")
    assert any("Итого" in w and "45,000.00" in w for w in preview["warnings"])
    err = upload(owner, _xlsx_bytes(Workbook()), "blank.xlsx", format="1c-osv62", expect=422)["error"]
    assert "Сальдо на начало" in err["message"]
