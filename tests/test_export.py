"""Export of tables and views (CSV, XLSX), formula neutralisation, round trips of every column
type (CSV, XLSX, base file) and the whole-base backup. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.fixtures_types import EveryTypeTable, every_type_table  # noqa: F401  (pytest fixture)
from tests.helpers import ApiClient
from tests.io_helpers import import_file, start, table_rows, upload

# Types whose values a spreadsheet cannot carry back: computed by the server or uploaded files.
NOT_REIMPORTABLE = {"ctime", "mtime", "creator", "last-modifier", "auto-number", "file", "image"}
DANGEROUS = ["=HYPERLINK(\"http://evil\")", "+1+2", "-3+cmd", "@SUM(A1)", "\tTAB", "\rCR", "'=quoted", "plain"]


def _csv(resp: Any) -> list[list[str]]:
    text = resp.get_data().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def _export(client: ApiClient, path: str, fmt: str) -> Any:
    return client.call("GET", f"{path}?format={fmt}", expect=200)


def test_csv_export_values_and_neutralisation(owner: ApiClient, app: Any) -> None:
    owner.add_column("Amount", "number", {"format": "currency", "precision": 2})
    owner.add_column("When", "date", {"format": "DD.MM.YYYY"})
    owner.insert([{"Name": d, "Amount": -5 if i == 0 else 1234.5, "When": "2026-12-31"}
                  for i, d in enumerate(DANGEROUS)])
    resp = _export(owner, f"/api/tables/{owner.table_id}/export", "csv")
    assert resp.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in resp.headers["Content-Disposition"]
    rows = _csv(resp)
    assert rows[0] == ["Name", "Amount", "When"]
    names = [r[0] for r in rows[1:]]
    assert names == ["'" + d if d != "plain" else d for d in DANGEROUS]
    assert rows[1][1] == "-5"  # numbers are never neutralised
    assert rows[2][1:] == ["1234.5", "2026-12-31"]


def test_xlsx_export_types_formats_and_formula_text(owner: ApiClient, app: Any) -> None:
    owner.add_column("Amount", "number", {"format": "currency", "precision": 2, "currency_symbol": "₽"})
    owner.add_column("When", "date", {"format": "DD.MM.YYYY"})
    owner.add_column("Stage", "single-select", {"options": [{"name": "Open"}]})
    owner.add_column("Ok", "checkbox")
    owner.insert([{"Name": "=1+1", "Amount": 1234.5, "When": "2026-12-31", "Stage": "Open", "Ok": True}])
    resp = _export(owner, f"/api/tables/{owner.table_id}/export", "xlsx")
    ws = load_workbook(io.BytesIO(resp.get_data())).active
    assert [c.value for c in ws[1]] == ["Name", "Amount", "When", "Stage", "Ok"]
    name, amount, when, stage, ok = ws[2]
    assert name.value == "=1+1" and name.data_type == "s"  # text, never a formula
    assert amount.value == 1234.5 and "₽" in amount.number_format
    assert when.value == dt.datetime(2026, 12, 31) and when.number_format == "dd.mm.yyyy"
    assert stage.value == "Open"
    assert ok.value is True


def test_view_export_uses_visible_columns_order_filters_and_sorts(owner: ApiClient, app: Any) -> None:
    total = owner.add_column("Total", "number")
    secret = owner.add_column("Secret", "text")
    owner.insert([{"Name": n, "Total": t, "Secret": "x"} for n, t in [("a", 5), ("b", 50), ("c", 20), ("d", 1)]])
    settings = {"filters": {"conjunction": "and", "filters": [{"column_id": total["id"], "operator": "gt", "value": 2}]},
                "sorts": [{"column_id": total["id"], "direction": "desc"}], "hidden_columns": [secret["id"]]}
    view = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "Big", "settings": settings}, expect=201)["view"]
    rows = _csv(_export(owner, f"/api/views/{view['id']}/export", "csv"))
    assert rows == [["Name", "Total"], ["b", "50"], ["c", "20"], ["a", "5"]]
    ws = load_workbook(io.BytesIO(_export(owner, f"/api/views/{view['id']}/export", "xlsx").get_data())).active
    assert ws.title == "Big"
    assert [[c.value for c in r] for r in ws.iter_rows()] == [["Name", "Total"], ["b", 50], ["c", 20], ["a", 5]]
    other = ApiClient(app)
    other.signup("other@example.com")
    other.get(f"/api/views/{view['id']}/export?format=csv", expect=404)
    other.get(f"/api/tables/{owner.table_id}/export?format=csv", expect=404)
    owner.get(f"/api/tables/{owner.table_id}/export?format=docx", expect=422)


def _api_values(client: ApiClient, table_id: int, names: list[str]) -> list[dict]:
    rows = client.rows(table_id, names=True)
    return [{n: r.get(n) for n in names} for r in rows]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_column_type_round_trips(every_type_table: EveryTypeTable, app: Any, fmt: str) -> None:  # noqa: F811
    t = every_type_table
    c = t.client
    data = _export(c, f"/api/tables/{t.table_id}/export", fmt).get_data()
    preview = upload(c, data, f"every.{fmt}")
    headers = [col["name"] for col in preview["sheets"][0]["columns"]]
    specs = []
    kept = []
    for i, h in enumerate(headers):
        col = t.columns.get(h) or {"type": "text", "options": {}}  # the table's own primary "Name"
        if h in NOT_REIMPORTABLE:
            specs.append({"source": i, "skip": True})
            continue
        kept.append(h)
        specs.append({"source": i, "type": col["type"], "options": col["options"]})
    job = start(c, preview["import_id"], {"name": f"Back {fmt}", "columns": specs})
    new_table = job["result"]["tables"][0]["table_id"]
    assert _api_values(c, new_table, kept) == _api_values(c, t.table_id, kept)
    assert len(kept) >= 13


def test_base_backup_round_trip_is_exact(every_type_table: EveryTypeTable, app: Any) -> None:  # noqa: F811
    t = every_type_table
    c = t.client
    c.post(f"/api/tables/{t.table_id}/views", {"name": "Sorted", "settings": {
        "sorts": [{"column_id": t.col("number")["id"], "direction": "desc"}],
        "hidden_columns": [t.col("long-text")["id"]]}}, expect=201)
    resp = c.call("GET", f"/api/bases/{c.base_id}/export", expect=200)
    data = resp.get_data()
    made = c.call("POST", "/api/bases/import", expect=201, data={"file": (io.BytesIO(data), "backup.tablo")},
                  content_type="multipart/form-data").get_json()
    new_base = made["base_id"]
    old = c.get(f"/api/bases/{c.base_id}")
    new = c.get(f"/api/bases/{new_base}")
    assert [tb["name"] for tb in new["tables"]] == [tb["name"] for tb in old["tables"]]

    def shape(b: dict) -> list:
        return [[(col["name"], col["type"], col["options"], col["is_primary"]) for col in tb["columns"]]
                for tb in b["tables"]]
    assert shape(new) == shape(old)
    old_t = next(tb for tb in old["tables"] if tb["name"] == "Every type")
    new_t = next(tb for tb in new["tables"] if tb["name"] == "Every type")
    old_rows = c.rows(old_t["id"], names=True)
    new_rows = c.rows(new_t["id"], names=True)
    assert len(old_rows) == len(new_rows) == 4
    for a, b in zip(old_rows, new_rows, strict=True):
        for key in a:
            if key in ("file", "image"):
                assert [(f["name"], f["size"], f["mime"]) for f in a[key]] == \
                       [(f["name"], f["size"], f["mime"]) for f in b[key]]
                for f in b[key]:  # the restored file is readable from the new base
                    assert c.call("GET", f["url"], expect=200).get_data()
            else:
                assert a[key] == b[key], key
    views = c.get(f"/api/tables/{new_t['id']}/views")["views"]
    restored = next(v for v in views if v["name"] == "Sorted")
    number_col = next(col for col in new_t["columns"] if col["name"] == "number")
    long_col = next(col for col in new_t["columns"] if col["name"] == "long-text")
    assert restored["settings"]["sorts"][0]["column_id"] == number_col["id"]
    assert restored["settings"]["hidden_columns"] == [long_col["id"]]
    # The restored base is nobody's undo step and a fully working base.
    c.insert([{"text": "new"}], table_id=new_t["id"])


def test_backup_refuses_other_files(owner: ApiClient) -> None:
    for data in (b"not a zip", _zip({"x.txt": b"hi"}), _zip({"manifest.json": b"{\"format\": \"other\"}"})):
        err = owner.call("POST", "/api/bases/import", expect=422, data={"file": (io.BytesIO(data), "b.tablo")},
                         content_type="multipart/form-data").get_json()["error"]
        assert "Tablo backup" in err["message"]


def _zip(files: dict[str, bytes]) -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, v in files.items():
            z.writestr(k, v)
    return buf.getvalue()


def test_csv_export_imports_back_with_detected_types(owner: ApiClient, app: Any) -> None:
    owner.add_column("Total", "number", {"precision": 2})
    owner.add_column("Due", "date")
    owner.insert([{"Name": "=evil()", "Total": 10.25, "Due": "2026-05-01"},
                  {"Name": "b", "Total": -3, "Due": "2026-06-01"}])
    data = _export(owner, f"/api/tables/{owner.table_id}/export", "csv").get_data()
    job = import_file(owner, data, "again.csv")
    rows = table_rows(app, job["result"]["tables"][0]["table_id"])
    assert rows == [{"Name": "=evil()", "Total": 10.25, "Due": dt.datetime(2026, 5, 1)},
                    {"Name": "b", "Total": -3.0, "Due": dt.datetime(2026, 6, 1)}]


def test_backup_keeps_links(owner: ApiClient, app: Any) -> None:
    c = owner
    customers = c.post(f"/api/bases/{c.base_id}/tables", {"name": "Customers"}, expect=201)["table"]
    link = c.add_column("Customer", "link", {"table": "Customers", "other_name": "Invoices"})
    cust = c.insert([{"Name": "Ромашка"}, {"Name": "Вектор"}], table_id=customers["id"])
    c.insert([{"Name": "INV-1", "Customer": [cust[0]["_id"]]}, {"Name": "INV-2", "Customer": [cust[1]["_id"]]},
              {"Name": "INV-3"}])
    data = c.call("GET", f"/api/bases/{c.base_id}/export", expect=200).get_data()
    new_base = c.call("POST", "/api/bases/import", expect=201, data={"file": (io.BytesIO(data), "b.tablo")},
                      content_type="multipart/form-data").get_json()["base_id"]
    tables = {t["name"]: t for t in c.get(f"/api/bases/{new_base}")["tables"]}
    assert [col["name"] for col in tables["Customers"]["columns"]] == ["Name", "Invoices"]
    rows = c.rows(tables["Table 1"]["id"], names=True)
    assert [[v["display_value"] for v in r["Customer"]] for r in rows] == [["Ромашка"], ["Вектор"], []]
    back = c.rows(tables["Customers"]["id"], names=True)
    assert [[v["display_value"] for v in r["Invoices"]] for r in back] == [["INV-1"], ["INV-2"]]
    assert link["type"] == "link"
