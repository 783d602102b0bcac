"""Import and export from the web app: the wizard with the IBM receivables file, exports of a
view to CSV and Excel through the menu (real downloads), and the import into a new base from Home."""

from __future__ import annotations

import csv
import io
import re
import uuid
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.browser.conftest import Api, new_page, sign_up

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[1] / "data"
IBM = DATA / "ibm-accounts-receivable.csv"


def _email() -> str:
    return f"u{uuid.uuid4().hex[:10]}@example.com"


def _new_base(page: Any, name: str) -> int:
    page.click("[data-testid=new-base]")
    page.fill("#dialog-input", name)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/base/\d+$"))
    page.wait_for_selector(".col-header")
    return int(page.url.rsplit("/", 1)[1])


def _source_index(page: Any, header: str) -> int:
    rows = page.locator("[data-testid=import-columns] tbody tr")
    for i in range(rows.count()):
        if rows.nth(i).locator("td.src").inner_text().strip() == header:
            return i
    raise AssertionError(f"no file column {header!r} in the preview")


def test_import_ibm_csv_through_the_wizard_then_export_the_view(server: Any, browser: Any, shot: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base_id = _new_base(page, "Receivables")

    page.click("[data-testid=io-menu]")
    page.click("[data-testid=io-import]")
    page.set_input_files("[data-testid=import-file]", str(IBM))
    page.wait_for_selector("[data-testid=import-columns], [data-testid=import-error]", timeout=30_000)
    assert page.locator("[data-testid=import-error]").count() == 0, page.locator("[data-testid=import-error]").inner_text()
    # The preview shows the detected types: the invoice number keeps its leading zeros as text.
    inv = _source_index(page, "invoiceNumber")
    assert page.locator(f"[data-testid=import-type-{inv}]").input_value() == "text"
    amount = _source_index(page, "InvoiceAmount")
    assert page.locator(f"[data-testid=import-type-{amount}]").input_value() == "number"
    assert "2,466 rows" in page.locator("[data-testid=import-wizard] .file-line").inner_text()
    # The person changes one column's type (country code: detected as a code, so text → number),
    # renames it and skips another.
    country = _source_index(page, "countryCode")
    assert page.locator(f"[data-testid=import-type-{country}]").input_value() == "text"
    page.select_option(f"[data-testid=import-type-{country}]", "number")
    page.fill(f"[data-testid=import-name-{country}]", "Country")
    page.uncheck(f"[data-testid=import-include-{_source_index(page, 'PaperlessBill')}]")
    page.fill("[data-testid=import-table-name]", "Invoices")
    shot(page, "import-wizard-preview")

    page.click("[data-testid=import-start]")
    summary = page.wait_for_selector("[data-testid=import-summary]", timeout=60_000)
    assert "Invoices" in summary.inner_text() and "2,466 rows added" in summary.inner_text()
    shot(page, "import-wizard-summary")
    page.click("[data-testid=import-close]")

    # The grid shows the new table with every row.
    page.wait_for_function("() => document.querySelector('[data-testid=row-count]')?.innerText === '2,466 rows'")
    page.wait_for_selector(".col-header .name:text-is('Country')")
    table = next(t for t in api.get(f"/bases/{base_id}")["tables"] if t["name"] == "Invoices")
    cols = {c["name"]: c for c in table["columns"]}
    assert cols["Country"]["type"] == "number"
    assert cols["invoiceNumber"]["type"] == "text"
    assert "PaperlessBill" not in cols
    rows = api.get(f"/tables/{table['id']}/rows", offset=0, limit=2)["rows"]
    assert rows[0][str(cols["Country"]["id"])] == 391
    assert rows[0][str(cols["invoiceNumber"]["id"])] == "0000611365"

    # A cell that a spreadsheet would run as a formula.
    r = api.s.patch(api.url + f"/tables/{table['id']}/rows",
                    json={"rows": [{"_id": rows[0]["_id"], str(cols["customerID"]["id"]): "=HYPERLINK(\"x\")"}]})
    r.raise_for_status()

    # A view of the table, exported through the menu.
    page.click("[data-testid=add-view]")
    page.fill("#dialog-input", "All invoices")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/view/\d+$"))
    page.wait_for_function("() => document.querySelector('[data-testid=row-count]')?.innerText === '2,466 rows'")

    page.click("[data-testid=io-menu]")
    assert page.locator("[data-testid=io-export-csv]").inner_text() == "Export this view to CSV"
    with page.expect_download() as dl:
        page.click("[data-testid=io-export-csv]")
    download = dl.value
    assert download.suggested_filename.endswith(".csv")
    text = Path(download.path()).read_bytes().decode("utf-8-sig")
    got = list(csv.reader(io.StringIO(text)))
    assert got[0][0] == "Country" and "invoiceNumber" in got[0] and "PaperlessBill" not in got[0]
    assert len(got) == 1 + 2466
    first = dict(zip(got[0], got[1], strict=True))
    assert first["customerID"] == "'=HYPERLINK(\"x\")"  # neutralised: no spreadsheet runs it
    assert first["invoiceNumber"] == "0000611365"

    page.click("[data-testid=io-menu]")
    with page.expect_download() as dl:
        page.click("[data-testid=io-export-xlsx]")
    download = dl.value
    assert download.suggested_filename.endswith(".xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(Path(download.path()).read_bytes()), read_only=True)
    ws = wb.worksheets[0]
    values = list(ws.iter_rows(values_only=True))
    assert values[0][0] == "Country"
    assert len(values) == 1 + 2466
    header = list(values[0])
    assert values[1][header.index("customerID")] == "=HYPERLINK(\"x\")"  # a string cell, never a formula
    assert values[1][header.index("InvoiceAmount")] == pytest.approx(55.94)
    wb.close()
    shot(page, "import-export-grid")
    assert not page.js_errors  # type: ignore[attr-defined]


def test_import_a_file_into_a_new_base_from_home_and_restore_a_backup(server: Any, browser: Any, shot: Any,
                                                                       tmp_path: Path) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)

    src = tmp_path / "clients.csv"
    src.write_text("Name;Joined;Amount\nАльфа;03/04/2024;10\nБета;05/06/2024;20,5\n", encoding="cp1251")
    page.click("[data-testid=home-import]")
    page.set_input_files("[data-testid=import-file]", str(src))
    page.wait_for_selector("[data-testid=import-columns]")
    assert page.locator("[data-testid=import-delimiter]").input_value() == ";"
    assert page.locator("[data-testid=import-encoding]").input_value() == "cp1251"
    # The dates are ambiguous: the person says the day comes first.
    joined = _source_index(page, "Joined")
    assert page.locator(f"[data-testid=import-type-{joined}]").input_value() == "date"
    page.select_option("[data-testid=import-date-order]", "day")
    page.wait_for_function(f"() => document.querySelector('[data-testid=import-dayfirst-{joined}]')?.value === 'true'")
    page.fill("[data-testid=import-base-name]", "Клиенты из файла")
    shot(page, "import-new-base-preview")
    page.click("[data-testid=import-start]")
    page.wait_for_selector("[data-testid=import-summary]")
    page.click("[data-testid=import-close]")
    page.wait_for_url(re.compile(r"/base/\d+/table/\d+"))
    base_id = int(re.search(r"/base/(\d+)", page.url).group(1))  # type: ignore[union-attr]
    page.wait_for_function("() => document.querySelector('[data-testid=row-count]')?.innerText === '2 rows'")
    base = api.get(f"/bases/{base_id}")
    assert base["name"] == "Клиенты из файла"
    table = base["tables"][0]
    cols = {c["name"]: str(c["id"]) for c in table["columns"]}
    rows = api.get(f"/tables/{table['id']}/rows", offset=0, limit=10)["rows"]
    assert [r[cols["Name"]] for r in rows] == ["Альфа", "Бета"]
    assert rows[0][cols["Joined"]].startswith("2024-04-03")
    assert rows[1][cols["Amount"]] == 20.5

    # The base's backup, downloaded from the menu, restores into a new base from Home.
    page.click("[data-testid=io-menu]")
    with page.expect_download() as dl:
        page.click("[data-testid=io-backup]")
    backup = dl.value
    assert backup.suggested_filename.endswith(".tablo")
    page.goto(server.url + "/")
    page.set_input_files("[data-testid=home-restore-file]", backup.path())
    page.wait_for_url(re.compile(r"/base/(\d+)"))
    page.wait_for_function("() => document.querySelector('[data-testid=row-count]')?.innerText === '2 rows'")
    restored = int(re.search(r"/base/(\d+)", page.url).group(1))  # type: ignore[union-attr]
    assert restored != base_id
    assert api.get(f"/bases/{restored}")["name"].startswith("Клиенты из файла")
    assert not page.js_errors  # type: ignore[attr-defined]


def test_dropped_file_import_errors_name_row_column_and_value(server: Any, browser: Any) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    _new_base(page, "Errors")
    page.click("[data-testid=io-menu]")
    page.click("[data-testid=io-import]")
    # The file is dropped onto the wizard.
    drop = page.evaluate_handle(
        "() => { const d = new DataTransfer();"
        " d.items.add(new File(['Item,Qty\\napple,1\\npear,2\\nplum,many\\n'], 'bad.csv', {type: 'text/csv'}));"
        " return d }")
    page.dispatch_event("[data-testid=import-drop]", "drop", {"dataTransfer": drop})
    page.wait_for_selector("[data-testid=import-columns]")
    qty = _source_index(page, "Qty")
    page.select_option(f"[data-testid=import-type-{qty}]", "number")
    page.click("[data-testid=import-start]")
    err = page.wait_for_selector("[data-testid=import-error]")
    text = err.inner_text()
    assert "row 4" in text and "Qty" in text and "many" in text
    # Nothing was imported, and the wizard is ready for another try.
    page.wait_for_selector("[data-testid=import-start]:not([disabled])")
    page.select_option(f"[data-testid=import-type-{qty}]", "text")
    page.click("[data-testid=import-start]")
    summary = page.wait_for_selector("[data-testid=import-summary]")
    assert "3 rows added" in summary.inner_text()


def test_append_into_a_table_with_a_link_column(server: Any, browser: Any, shot: Any, tmp_path: Path) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "CRM"})
    cust = api.post(f"/bases/{base['id']}/tables", {"name": "Customers", "columns": [{"name": "Name", "type": "text"}]})
    inv = api.post(f"/bases/{base['id']}/tables", {"name": "Invoices", "columns": [
        {"name": "No.", "type": "text"}, {"name": "Amount", "type": "number"}]})
    api.post(f"/tables/{inv['table']['id']}/columns", {"name": "Customer", "type": "link",
                                                       "options": {"table": "Customers"}})
    api.post(f"/tables/{cust['table']['id']}/rows", {"rows": [{"Name": "Acme"}, {"Name": "Beta"}]})
    src = tmp_path / "invoices.csv"
    src.write_text("No.,Amount,Customer\nA1,10,acme\nA2,20,\"Beta; Acme\"\nA3,30,Nobody\n", encoding="utf-8")

    page.goto(f"{server.url}/base/{base['id']}/table/{inv['table']['id']}")
    page.wait_for_selector(".col-header")
    page.click("[data-testid=io-menu]")
    page.click("[data-testid=io-import]")
    page.set_input_files("[data-testid=import-file]", str(src))
    page.wait_for_selector("[data-testid=import-columns]")
    page.check("[data-testid=import-mode-append]")
    assert page.locator("[data-testid=import-target-table] option:checked").inner_text() == "Invoices"
    # Columns are matched by name, the link column included.
    link_col = _source_index(page, "Customer")
    assert "Customer" in page.locator(f"[data-testid=import-target-{link_col}] option:checked").inner_text()
    page.click("[data-testid=import-start]")
    err = page.wait_for_selector("[data-testid=import-error]").inner_text()
    assert "row 4" in err and "Customer" in err and "Nobody" in err
    assert api.get(f"/tables/{inv['table']['id']}/rows", offset=0, limit=10)["rows"] == []
    # The person chooses to leave unknown names out.
    page.wait_for_selector("[data-testid=import-start]:not([disabled])")
    page.check("[data-testid=import-skip-unmatched] input")
    shot(page, "import-append-links")
    page.click("[data-testid=import-start]")
    page.wait_for_selector("[data-testid=import-summary]")
    assert "Nobody" in page.locator("[data-testid=import-left-out]").inner_text()
    shot(page, "import-append-links-summary")
    page.click("[data-testid=import-close]")
    page.wait_for_function("() => document.querySelector('[data-testid=row-count]')?.innerText === '3 rows'")
    rows = api.get(f"/tables/{inv['table']['id']}/rows", offset=0, limit=10, keys="names")["rows"]
    got = {r["No."]: sorted(x["display_value"] for x in r["Customer"] or []) for r in rows}
    assert got == {"A1": ["Acme"], "A2": ["Acme", "Beta"], "A3": []}


def test_1c_invoice_list_is_recognised_and_sheets_can_be_chosen_in_russian(server: Any, browser: Any, shot: Any,
                                                                        tmp_path: Path) -> None:
    import datetime as dt

    page = new_page(browser, locale="ru-RU")
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Счета"
    ws.append(["Счета покупателям"])
    ws.append([])
    ws.append(["Дата", "Номер", "Контрагент", "Сумма", "Валюта", "Оплата"])
    ws.append([dt.datetime(2026, 3, 1), "00БП-000123", "ООО «Ромашка»", 120000.5, "RUB", "Оплачен частично"])
    ws.append([dt.datetime(2026, 3, 2), "00БП-000124", "ИП Сидоров", 1500, "RUB", "Отменен"])
    other = wb.create_sheet("Заметки")
    other.append(["Текст"])
    other.append(["не импортировать"])
    path = tmp_path / "Счета.xlsx"
    wb.save(path)

    base = api.post("/bases", {"name": "Дебиторка"})
    page.goto(f"{server.url}/base/{base['id']}")
    page.wait_for_selector(".col-header")
    page.click("[data-testid=io-menu]")
    page.click("[data-testid=io-import]")
    page.set_input_files("[data-testid=import-file]", str(path))
    page.wait_for_selector("[data-testid=import-columns]")
    # Two sheets: both ticked; the person leaves out the notes.
    assert page.locator(".sheet-tab").count() == 2
    page.uncheck("[aria-label='Импортировать лист Заметки']")
    note = page.locator("[data-testid=import-suggested]")
    assert "список «Счета покупателям» из 1С" in note.inner_text()
    shot(page, "import-1c-suggested-ru")
    note.locator("button").click()
    page.wait_for_function("() => document.querySelector('[data-testid=import-format]')?.value === '1c-invoices'")
    page.wait_for_selector("[data-testid=import-columns] td.src:text-is('Invoice No.')")
    page.click("[data-testid=import-start]")
    page.wait_for_selector("[data-testid=import-summary], [data-testid=import-error]")
    assert page.locator("[data-testid=import-error]").count() == 0, page.locator("[data-testid=import-error]").inner_text()
    assert "добавлены 2 строки" in page.locator("[data-testid=import-summary]").inner_text()  # Russian plural
    page.click("[data-testid=import-close]")
    tables = api.get(f"/bases/{base['id']}")["tables"]
    assert [t["name"] for t in tables if t["name"] != "Таблица 1" and t["name"] != "Table 1"] == ["Счета"]
    imported = next(t for t in tables if t["name"] == "Счета")
    rows = api.get(f"/tables/{imported['id']}/rows", offset=0, limit=10, keys="names")["rows"]
    assert [r["Invoice No."] for r in rows] == ["00БП-000123", "00БП-000124"]
    assert not page.js_errors  # type: ignore[attr-defined]


def test_cancel_a_running_import_changes_nothing(server: Any, browser: Any, tmp_path: Path) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base_id = _new_base(page, "Big")
    src = tmp_path / "big.csv"
    with src.open("w", encoding="utf-8") as f:
        f.write("Code,Amount,Note\n")
        for i in range(400_000):
            f.write(f"C{i},{i}.5,note {i % 97}\n")
    page.click("[data-testid=io-menu]")
    page.click("[data-testid=io-import]")
    page.set_input_files("[data-testid=import-file]", str(src))
    page.wait_for_selector("[data-testid=import-columns]", timeout=60_000)
    page.click("[data-testid=import-start]")
    page.wait_for_selector("[data-testid=import-progress]")
    assert "of 400,000 rows" in page.locator("[data-testid=import-progress-text]").inner_text()
    page.click("[data-testid=import-cancel]")
    err = page.wait_for_selector("[data-testid=import-error]", timeout=60_000).inner_text()
    assert "cancelled" in err and "nothing was changed" in err
    assert [t["name"] for t in api.get(f"/bases/{base_id}")["tables"]] == ["Table 1"]


def test_update_a_table_matching_rows_on_a_key_column(server: Any, browser: Any, tmp_path: Path) -> None:
    page = new_page(browser)
    email = _email()
    sign_up(page, server.url, email)
    api = Api(server.url, email)
    base = api.post("/bases", {"name": "Ledger"})
    inv = api.post(f"/bases/{base['id']}/tables", {"name": "Invoices", "columns": [
        {"name": "No.", "type": "text"}, {"name": "Amount", "type": "number"}]})["table"]
    api.post(f"/tables/{inv['id']}/rows", {"rows": [{"No.": "A1", "Amount": 10}, {"No.": "A2", "Amount": 20}]})
    src = tmp_path / "amounts.csv"
    src.write_text("Invoice,Amount\na1,15\nA2,20\nA3,30\n", encoding="utf-8")

    page.goto(f"{server.url}/base/{base['id']}/table/{inv['id']}")
    page.wait_for_function("() => document.querySelector('[data-testid=row-count]')?.innerText === '2 rows'")
    page.click("[data-testid=io-menu]")
    page.click("[data-testid=io-import]")
    page.set_input_files("[data-testid=import-file]", str(src))
    page.wait_for_selector("[data-testid=import-columns]")
    page.check("[data-testid=import-mode-update]")
    # "Invoice" has no column of that name: the person maps it onto "No." and makes it the key.
    inv_col = _source_index(page, "Invoice")
    assert page.locator(f"[data-testid=import-target-{inv_col}] option:checked").inner_text() == "— skip —"
    assert page.locator("[data-testid=import-start]").is_disabled()
    page.select_option(f"[data-testid=import-target-{inv_col}]", label="No. · Text")
    page.check(f"[data-testid=import-key-{inv_col}]")
    page.click("[data-testid=import-start]")
    summary = page.wait_for_selector("[data-testid=import-summary]").inner_text()
    assert "1 row added" in summary and "1 updated" in summary and "1 unchanged" in summary
    page.click("[data-testid=import-close]")
    page.wait_for_function("() => document.querySelector('[data-testid=row-count]')?.innerText === '3 rows'")
    rows = api.get(f"/tables/{inv['id']}/rows", offset=0, limit=10, keys="names")["rows"]
    assert {r["No."]: r["Amount"] for r in rows} == {"A1": 15, "A2": 20, "A3": 30}
