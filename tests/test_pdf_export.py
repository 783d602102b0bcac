"""Printed views and rows: PDFs read back by their text (pypdf). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader

from tests.helpers import ApiClient


def _pdf_text(resp: Any) -> tuple[str, PdfReader]:
    assert resp.headers["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(resp.get_data()))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    # Text extraction may split a line anywhere and uses plain spaces for no-break ones.
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")), reader


def _view_pdf(client: ApiClient, view_id: int, expect: int = 200, **params: str) -> Any:
    q = "&".join(f"{k}={v}" for k, v in {"format": "pdf", **params}.items())
    return client.call("GET", f"/api/views/{view_id}/export?{q}", expect=expect)


def _invoices(owner: ApiClient) -> dict[str, dict]:
    """A small receivables-like table: customers (Cyrillic), amounts in roubles, a stage, a secret."""
    cols = {
        "amount": owner.add_column("Сумма", "number", {"format": "currency", "precision": 2, "currency_symbol": "₽"}),
        "stage": owner.add_column("Этап", "single-select", {"options": [
            {"name": "Открыт", "color": "#FFE8CC"}, {"name": "Оплачен", "color": "#D3F9D8"}]}),
        "due": owner.add_column("Срок", "date", {"format": "DD.MM.YYYY"}),
        "secret": owner.add_column("Тайна", "text"),
    }
    owner.insert([
        {"Name": "ООО «Ромашка»", "Сумма": 1234.5, "Этап": "Открыт", "Срок": "2026-03-01", "Тайна": "hidden-1"},
        {"Name": "ИП Иванов", "Сумма": 100, "Этап": "Оплачен", "Срок": "2026-03-02", "Тайна": "hidden-2"},
        {"Name": "<b>x</b>", "Сумма": 10, "Этап": "Открыт", "Срок": "2026-03-03", "Тайна": "hidden-3"},
        {"Name": "<script>alert(1)</script>", "Сумма": 5, "Этап": "Оплачен", "Тайна": "hidden-4"},
    ])
    return cols


def test_view_pdf_has_rows_visible_columns_groups_and_sums(owner: ApiClient, app: Any) -> None:
    owner.patch("/api/me", {"locale": "ru"})
    cols = _invoices(owner)
    settings = {"hidden_columns": [cols["secret"]["id"]],
                "group_by": [{"column_id": cols["stage"]["id"]}],
                "sorts": [{"column_id": cols["amount"]["id"], "direction": "desc"}],
                "row_colors": {"type": "by_select", "column_id": cols["stage"]["id"]},
                "summaries": {str(cols["amount"]["id"]): "sum"}}
    view = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "Дебиторка", "settings": settings},
                      expect=201)["view"]
    text, reader = _pdf_text(_view_pdf(owner, view["id"]))
    for name in ("ООО «Ромашка»", "ИП Иванов", "<b>x</b>", "<script>alert(1)</script>"):
        assert name in text  # every row; HTML-looking cells printed as their characters
    assert "Дебиторка" in text and "Сумма" in text and "Этап" in text
    assert "Тайна" not in text and "hidden-" not in text  # the hidden column stays hidden
    assert "Открыт (2)" in text and "Оплачен (2)" in text  # group headers with their counts
    assert "1 244,50 ₽" in text  # the «Открыт» group's sum
    assert "105,00 ₽" in text  # the «Оплачен» group's sum
    assert "1 349,50 ₽" in text  # the footer
    assert "01.03.2026" in text  # dates as the column shows them
    assert "Стр. 1 из 1" in text  # page numbers in the margin
    # Sorted by amount (descending) inside each group.
    assert text.index("ООО «Ромашка»") < text.index("<b>x</b>")
    assert text.index("ИП Иванов") < text.index("<script>")
    box = reader.pages[0].mediabox
    assert float(box.width) < float(box.height)  # four narrow columns: portrait


def test_view_pdf_orientation_language_and_refusals(owner: ApiClient, app: Any) -> None:
    _invoices(owner)
    view = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "All"}, expect=201)["view"]
    text, reader = _pdf_text(_view_pdf(owner, view["id"], orientation="landscape"))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert "1,234.50 ₽" in text and "Page 1 of 1" in text  # an English reader's formats
    bad = _view_pdf(owner, view["id"], expect=422, orientation="sideways").get_json()
    assert "orientation" in str(bad)
    other = ApiClient(app)
    other.signup("other@example.com")
    other.new_base()
    _view_pdf(other, view["id"], expect=404)
    other.call("GET", f"/api/tables/{owner.table_id}/rows/r/pdf", expect=404)
    private = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "Mine", "private": True},
                         expect=201)["view"]
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "other@example.com", "role": "viewer"}, expect=201)
    _view_pdf(other, view["id"])  # a member reads the shared view...
    _view_pdf(other, private["id"], expect=404)  # ...but not another user's private one


def test_table_pdf_prints_unsaved_settings(owner: ApiClient, app: Any) -> None:
    cols = _invoices(owner)
    import json

    settings = json.dumps({"hidden_columns": [cols["secret"]["id"]]})
    resp = owner.call("GET", f"/api/tables/{owner.table_id}/export?format=pdf&settings={settings}", expect=200)
    text, _ = _pdf_text(resp)
    assert "ИП Иванов" in text and "hidden-" not in text
    assert "1,349.50 ₽" in text  # the default footer sums money columns


def test_row_pdf_has_fields_linked_rows_and_comments(owner: ApiClient, app: Any) -> None:
    cols = _invoices(owner)
    customers = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Клиенты"}, expect=201)
    cust_id = customers["table"]["id"] if "table" in customers else customers["id"]
    owner.add_column("ИНН", "text", table_id=cust_id)
    owner.insert([{"Name": "Ромашка", "ИНН": "7701234567"}], table_id=cust_id)
    link = owner.add_column("Клиент", "link", {"table_id": cust_id})
    rows = owner.rows()
    first = next(r for r in rows if r["Name"] == "ООО «Ромашка»")
    cust_row = owner.rows(cust_id)[0]
    owner.patch(f"/api/tables/{owner.table_id}/rows",
                {"rows": [{"_id": first["_id"], str(link["id"]): [cust_row["_id"]]}]})
    owner.post(f"/api/tables/{owner.table_id}/rows/{first['_id']}/comments", {"comment": "Позвонить <i>завтра</i>"},
               expect=201)
    path = f"/api/tables/{owner.table_id}/rows/{first['_id']}/pdf"
    text, _ = _pdf_text(owner.call("GET", path, expect=200))
    for field in ("Сумма", "Этап", "Срок", "Тайна", "Клиент"):
        assert field in text
    assert "1,234.50 ₽" in text and "Открыт" in text and "hidden-1" in text
    assert "Ромашка" in text and "7701234567" in text and "ИНН" in text  # the linked row as a small table
    assert "Позвонить" not in text  # comments only when asked
    text, _ = _pdf_text(owner.call("GET", path + "?comments=1", expect=200))
    assert "Позвонить <i>завтра</i>" in text
    owner.call("GET", f"/api/tables/{owner.table_id}/rows/nope/pdf", expect=404)
    assert cols
