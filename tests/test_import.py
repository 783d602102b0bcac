"""Import through the API: detection, the IBM files, encodings, modes, all-or-nothing, undo,
cancel, limits and malformed files. Every test runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from tests.helpers import ApiClient, snapshot
from tests.io_helpers import columns_of, import_file, start, table_rows, upload

DATA = Path(__file__).resolve().parent / "data"
IBM = {
    "ibm-accounts-receivable.csv": (2466, "MM/DD/YYYY"),
    "ibm-accounts-receivable-ddmmyyyy.csv": (2466, "DD/MM/YYYY"),
    "ibm-accounts-receivable-no-leading-zeros.csv": (2466, "MM/DD/YYYY"),
    "ibm-accounts-receivable-with-blanks.csv": (2586, "MM/DD/YYYY"),
}
TOTAL_INVOICED = 147_703.18


def _xlsx(sheets: dict[str, list[list[Any]]]) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("filename", sorted(IBM))
def test_ibm_files_import_with_right_types_and_totals(owner: ApiClient, app: Any, filename: str) -> None:
    rows_expected, date_format = IBM[filename]
    data = (DATA / filename).read_bytes()
    preview = upload(owner, data, filename)
    cols = {c["name"].lower(): c for c in preview["sheets"][0]["columns"]}
    assert preview["sheets"][0]["rows_total"] == rows_expected
    # The file's order reads it; the column keeps no display format (it follows the interface).
    assert cols["invoicedate"]["type"] == "date" and cols["invoicedate"]["options"]["format"] is None
    assert cols["invoicedate"]["day_first"] is (date_format == "DD/MM/YYYY")
    assert cols["settleddate"]["type"] == "date"
    assert cols["paperlessdate"]["type"] == "date"
    assert cols["invoiceamount"]["type"] == "number"
    assert cols["disputed"]["type"] == "checkbox"
    assert cols["paperlessbill"]["type"] == "single-select"
    assert cols["daystosettle"]["type"] == "number"
    assert cols["invoicenumber"]["type"] == "text"  # identifiers stay text (leading zeros)
    assert cols["customerid"]["type"] == "text"

    job = start(owner, preview["import_id"])
    t = job["result"]["tables"][0]
    assert t["created"] == rows_expected
    rows = table_rows(app, t["table_id"])
    amount = next(k for k in rows[0] if k.lower() == "invoiceamount")
    invoice_date = next(k for k in rows[0] if k.lower() == "invoicedate")
    due = next(k for k in rows[0] if k.lower() == "duedate")
    total = round(sum(r[amount] for r in rows), 2)
    if filename.endswith("with-blanks.csv"):
        assert total > TOTAL_INVOICED  # the 2,466 original rows plus 120 more
        blanks = [r for r in rows if r["PaperlessDate"] is None]
        assert len(blanks) >= 120
    else:
        assert total == TOTAL_INVOICED
    # Dates read in the right order: every due date is the invoice date + 30 days.
    assert all(r[due] - r[invoice_date] == dt.timedelta(days=30) for r in rows)
    if filename == "ibm-accounts-receivable.csv":
        numbers = {r["invoiceNumber"] for r in rows}
        assert "0000611365" in numbers


def test_ibm_day_first_and_month_first_give_the_same_dates(owner: ApiClient, app: Any) -> None:
    a = import_file(owner, (DATA / "ibm-accounts-receivable.csv").read_bytes(), "a.csv")
    b = import_file(owner, (DATA / "ibm-accounts-receivable-ddmmyyyy.csv").read_bytes(), "b.csv")
    ra = table_rows(app, a["result"]["tables"][0]["table_id"])
    rb = table_rows(app, b["result"]["tables"][0]["table_id"])
    key_a = {(r["invoiceNumber"].lstrip("0"), r["InvoiceDate"], r["SettledDate"]) for r in ra}
    key_b = {(r["invoiceNumber"].lstrip("0"), r["InvoiceDate"], r["SettledDate"]) for r in rb}
    assert key_a == key_b


def test_windows_1251_semicolons_comma_decimals_and_overrides(owner: ApiClient, app: Any) -> None:
    text = ("Клиент;Сумма;Дата;Оплачен;Доля;Почта\r\n"
            "ООО «Ромашка»;1 234,50 руб.;31.12.2026;да;12,5%;a@example.com\r\n"
            "ИП Сидоров;\u00a0987\u00a0654,00 руб.;01.02.2026;нет;7%;b@example.com\r\n")
    data = text.encode("cp1251")
    preview = upload(owner, data, "клиенты.csv")
    assert preview["encoding"] == "cp1251" and preview["delimiter"] == ";"
    cols = {c["name"]: c for c in preview["sheets"][0]["columns"]}
    assert cols["Сумма"]["type"] == "number" and cols["Сумма"]["options"]["format"] == "currency"
    assert cols["Дата"]["type"] == "date" and cols["Дата"]["options"]["format"] is None
    assert cols["Дата"]["day_first"] is True
    assert cols["Оплачен"]["type"] == "checkbox"
    assert cols["Доля"]["type"] == "number" and cols["Доля"]["options"]["format"] == "percent"
    assert cols["Почта"]["type"] == "email"
    # The user renames one column, keeps another as text and skips a third.
    body = {"columns": [{"source": 0, "name": "Customer"}, {"source": 1}, {"source": 2, "type": "text"},
                        {"source": 3}, {"source": 4}, {"source": 5, "skip": True}]}
    job = start(owner, preview["import_id"], body)
    t = job["result"]["tables"][0]
    assert t["name"] == "клиенты"
    rows = table_rows(app, t["table_id"])
    assert rows[0] == {"Customer": "ООО «Ромашка»", "Сумма": 1234.5, "Дата": "31.12.2026", "Оплачен": True,
                       "Доля": 0.125}
    assert rows[1]["Сумма"] == 987654.0 and rows[1]["Оплачен"] is False
    assert "Почта" not in columns_of(owner, t["table_id"])


def test_utf8_bom_and_tsv(owner: ApiClient, app: Any) -> None:
    data = "\ufeffName\tQty\nA\t1\nB\t2\n".encode()
    preview = upload(owner, data, "x.tsv")
    assert preview["encoding"] == "utf-8-sig" and preview["delimiter"] == "\t"
    assert preview["sheets"][0]["columns"][0]["name"] == "Name"  # no BOM in the header
    job = start(owner, preview["import_id"])
    assert [r["Qty"] for r in table_rows(app, job["result"]["tables"][0]["table_id"])] == [1.0, 2.0]


def test_forced_encoding_and_day_first_override(owner: ApiClient, app: Any) -> None:
    data = b"When\n03/04/2026\n05/06/2026\n"
    preview = upload(owner, data, "d.csv")
    assert preview["sheets"][0]["columns"][0]["day_first"] is False  # ambiguous: US order
    again = owner.post(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}/preview", {"day_first": True})
    assert again["sheets"][0]["columns"][0]["day_first"] is True
    job = start(owner, preview["import_id"])
    assert table_rows(app, job["result"]["tables"][0]["table_id"])[0]["When"] == dt.datetime(2026, 4, 3)


def test_a_bad_value_fails_the_whole_import_and_names_row_column_value(owner: ApiClient, app: Any) -> None:
    before = snapshot(app, owner.base_id)
    lines = ["Amount"] + [str(i) for i in range(12000)] + ["twelve"] + ["5"]
    preview = upload(owner, "\n".join(lines).encode(), "n.csv")
    job = start(owner, preview["import_id"], {"columns": [{"source": 0, "type": "number"}]}, expect_status="failed")
    assert job["error"]["code"] == "import_failed"
    msg = job["error"]["message"]
    assert "row 12002" in msg and "'Amount'" in msg and "'twelve'" in msg
    assert snapshot(app, owner.base_id) == before  # 12,000 rows had been written: all rolled back


def test_one_import_is_one_undo_and_redo(owner: ApiClient, app: Any) -> None:
    before = snapshot(app, owner.base_id)
    data = _xlsx({"Invoices": [["No", "Total"], ["A-1", 10.5], ["A-2", 20]],
                  "Payments": [["Date", "Amount"], [dt.datetime(2026, 1, 2), 5]]})
    job = import_file(owner, data, "book.xlsx")
    assert [t["name"] for t in job["result"]["tables"]] == ["Invoices", "Payments"]
    after = snapshot(app, owner.base_id)
    owner.undo()
    assert snapshot(app, owner.base_id) == before
    owner.redo()
    assert snapshot(app, owner.base_id) == after


def test_append_maps_by_name_and_undo_removes_only_new_rows(owner: ApiClient, app: Any) -> None:
    owner.add_column("Total", "number")
    owner.insert([{"Name": "existing", "Total": 1}])
    before = snapshot(app, owner.base_id)
    data = b"total,name,ignored\n2,new one,x\n3,new two,y\n"
    preview = upload(owner, data, "more.csv")
    job = start(owner, preview["import_id"], {"mode": "append", "table_id": owner.table_id})
    assert job["result"]["tables"][0]["created"] == 2
    assert [(r["Name"], r["Total"]) for r in table_rows(app, owner.table_id)] == \
        [("existing", 1.0), ("new one", 2.0), ("new two", 3.0)]
    owner.undo()
    assert snapshot(app, owner.base_id) == before


def test_update_mode_inserts_new_updates_changed_reports_unchanged(owner: ApiClient, app: Any) -> None:
    owner.add_column("Total", "number")
    owner.insert([{"Name": "A", "Total": 1}, {"Name": "B", "Total": 2}])
    before = snapshot(app, owner.base_id)
    data = b"Name,Total\na,1\nB,20\nC,3\n"
    preview = upload(owner, data, "upd.csv")
    job = start(owner, preview["import_id"], {"mode": "update", "table_id": owner.table_id, "key_columns": ["Name"]})
    t = job["result"]["tables"][0]
    assert (t["created"], t["updated"], t["unchanged"]) == (1, 1, 1)
    assert [(r["Name"], r["Total"]) for r in table_rows(app, owner.table_id)] == \
        [("A", 1.0), ("B", 20.0), ("C", 3.0)]
    owner.undo()
    assert snapshot(app, owner.base_id) == before


def test_new_base_gets_one_table_per_sheet(owner: ApiClient, app: Any) -> None:
    data = _xlsx({"One": [["a"], ["x"]], "Two": [["b"], [1]]})
    preview = upload(owner, data, "Книга.xlsx")
    owner.post(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}", {"mode": "new_base"}, expect=202)
    import time

    for _ in range(400):
        job = owner.get(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}")
        if job["status"] != "running":
            break
        time.sleep(0.05)
    assert job["status"] == "done"
    new_base = job["result"]["base_id"]
    assert new_base != owner.base_id
    names = [t["name"] for t in owner.get(f"/api/bases/{new_base}")["tables"]]
    assert names == ["One", "Two"]


def test_cancel_leaves_the_base_unchanged(owner: ApiClient, app: Any) -> None:
    from server.io import service

    st = app.extensions["tablo"]
    before = snapshot(app, owner.base_id)
    preview = upload(owner, ("n\n" + "\n".join(str(i) for i in range(20000))).encode(), "big.csv")
    job = service.get_job(preview["import_id"], owner.base_id)
    with st.db.read() as conn:
        schema = st.schema_cache.get(conn, owner.base_id)
    plans = service.build_plans(job, schema, {})
    job.progress.cancel.set()  # as if the user pressed cancel while the first chunk was written
    with app.app_context(), pytest.raises(Exception) as exc:
        service.run(st, job, plans, owner.base_id)
    assert getattr(exc.value, "code", None) == "cancelled"
    assert snapshot(app, owner.base_id) == before
    # Through the API: cancelling a staged import discards it.
    gone = owner.delete(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}")
    assert gone["status"] == "cancelled"
    owner.get(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}", expect=404)


def test_xlsx_formulas_macros_and_typed_cells(owner: ApiClient, app: Any) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Item", "Qty", "Price", "Sum", "When"])
    ws.append(["=cmd|' /C calc'!A0", 2, 1.5, "=B2*C2", dt.datetime(2026, 3, 1)])
    buf = io.BytesIO()
    wb.save(buf)
    raw = buf.getvalue()
    # Add a macro part: never run, reported.
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("xl/vbaProject.bin", b"\x00" * 10)
    preview = upload(owner, out.getvalue(), "macro.xlsx")
    warnings = " ".join(preview["warnings"])
    assert "macros" in warnings and "formulas" in warnings
    cols = {c["name"]: c["type"] for c in preview["sheets"][0]["columns"]}
    assert cols["Qty"] == "number" and cols["When"] == "date"
    job = start(owner, preview["import_id"])
    rows = table_rows(app, job["result"]["tables"][0]["table_id"])
    assert rows[0]["When"] == dt.datetime(2026, 3, 1) and rows[0]["Qty"] == 2.0
    assert rows[0]["Sum"] is None  # openpyxl saved no computed value: nothing is evaluated


@pytest.mark.parametrize("name,data,needle", [
    ("fake.xlsx", b"this is plain text, not a workbook", "not an XLSX"),
    ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
    ("binary.csv", b"\x00\x01\x02\x03" * 50, "not a text file"),
    ("empty.csv", b"", "empty"),
    ("only-header.csv", b"\n\n", "no rows"),
])
def test_malformed_files_are_refused_clearly(owner: ApiClient, app: Any, name: str, data: bytes, needle: str) -> None:
    before = snapshot(app, owner.base_id)
    err = upload(owner, data, name, expect=422)["error"]
    assert needle in err["message"]
    assert snapshot(app, owner.base_id) == before


def test_truncated_xlsx_and_zip_bomb(owner: ApiClient, app: Any) -> None:
    good = _xlsx({"S": [["a"], [1]]})
    err = upload(owner, good[: len(good) // 2], "cut.xlsx", expect=422)["error"]
    assert "damaged" in err["message"] or "not an XLSX" in err["message"]
    bomb = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
        zout.writestr("xl/media/huge.bin", b"\x00" * (50 * 1024 * 1024))
    err = upload(owner, bomb.getvalue(), "bomb.xlsx", expect=422)["error"]
    assert "zip bomb" in err["message"]


def test_huge_cells_and_ragged_rows_are_reported(owner: ApiClient, app: Any) -> None:
    app.extensions["tablo"].config.extra["import_max_cell_chars"] = 1000
    data = ("a,b\n1,2\n" + "x," + "y" * 5000 + "\n").encode()
    err = upload(owner, data, "huge.csv", expect=422)["error"]
    assert "longer than 1,000 characters" in err["message"] and "row 3" in err["message"]
    err = upload(owner, b"a,b\n1,2,3\n", "ragged.csv", expect=422)["error"]
    assert "line 2" in err["message"] and "delimiter" in err["message"]


def test_limits_from_config(owner: ApiClient, app: Any) -> None:
    cfg = app.extensions["tablo"].config
    cfg.extra["import_max_rows"] = 5
    err = upload(owner, ("n\n" + "\n".join("1" * 10)).encode(), "rows.csv", expect=413)["error"]
    assert "limited to 5" in err["message"]
    cfg.max_import_bytes = 100
    upload(owner, b"n\n" + b"1\n" * 200, "bytes.csv", expect=413)


def test_access_and_validation(owner: ApiClient, app: Any) -> None:
    other = ApiClient(app)
    other.signup("other@example.com")
    upload(other, b"a\n1\n", "x.csv", expect=404, base_id=owner.base_id)
    preview = upload(owner, b"a\n1\n", "x.csv")
    owner.post(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}",
               {"columns": [{"source": 7}]}, expect=422)
    owner.post(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}",
               {"columns": [{"source": 0, "type": "nonsense"}]}, expect=422)
    owner.post(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}", {"mode": "sideways"}, expect=422)
    owner.post(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}",
               {"mode": "append", "table_id": 999999}, expect=404)
    owner.get(f"/api/bases/{owner.base_id}/imports/nope", expect=404)
    owner.call("POST", f"/api/bases/{owner.base_id}/imports", expect=422, data={},
               content_type="multipart/form-data")


def test_cli_import_and_export(owner: ApiClient, app: Any, db_url: str, tmp_path: Any,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import server.io.cli  # noqa: F401  (registers the commands)
    from server.cli import cli

    monkeypatch.setenv("TABLO_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("TABLO_DATABASE_URL", db_url)
    monkeypatch.setenv("TABLO_SECRET_KEY", "test-secret")
    src = tmp_path / "счета.csv"
    src.write_text("Номер;Сумма;Дата\nA-1;1 500,50;31.12.2026\nA-2;10;01.01.2026\n", encoding="cp1251")
    runner = CliRunner()
    res = runner.invoke(cli, ["import", str(src), "--base", str(owner.base_id), "--user", "owner@example.com"])
    assert res.exit_code == 0, res.output
    assert "2 rows added" in res.output
    table_id = int(res.output.split("(table ")[1].split(")")[0])
    rows = table_rows(app, table_id)
    assert rows[0] == {"Номер": "A-1", "Сумма": 1500.5, "Дата": dt.datetime(2026, 12, 31)}
    owner.undo()  # the CLI import was the owner's action: one undo removes it
    assert table_id not in [t["id"] for t in owner.get(f"/api/bases/{owner.base_id}")["tables"]]
    owner.redo()
    out = tmp_path / "out.csv"
    res = runner.invoke(cli, ["export", "--table", str(table_id), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8-sig").splitlines() == ["Номер,Сумма,Дата", "A-1,1500.5,2026-12-31",
                                                                 "A-2,10,2026-01-01"]
    res = runner.invoke(cli, ["import", str(src), "--base", "999999"])
    assert res.exit_code != 0 and "no base" in res.output


def test_wrong_forced_encoding_and_bad_options(owner: ApiClient, app: Any) -> None:
    data = "Имя\nПётр\n".encode("cp1251")
    err = upload(owner, data, "x.csv", expect=422, encoding="utf-8")["error"]
    assert "not valid utf-8" in err["message"] and "encoding" in err["fields"]
    err = upload(owner, data, "x.csv", expect=422, encoding="klingon")["error"]
    assert "unknown encoding" in err["message"]
    upload(owner, data, "x.csv", expect=422, format="pdf")
    upload(owner, data, "x.csv", expect=422, delimiter=";;")
    ok = upload(owner, data, "x.csv", encoding="cp1251")
    assert ok["sheets"][0]["rows"] == [["Пётр"]]
