"""Document templates: managed by undoable actions, rendered in a sandbox into PDFs read back by
their text (pypdf); a failing template answers 422 with its line; a member sees what the view
shows; another base stays out of reach. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import pytest
from pypdf import PdfReader

from tests.helpers import ApiClient


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def _table(owner: ApiClient) -> dict[str, Any]:
    """Orders (Cyrillic names, an amount, a secret, a file column) linked to their lines."""
    tid = owner.table_id
    cols = {
        "amount": owner.add_column("Сумма", "number", {"format": "currency", "precision": 2, "currency_symbol": "₽"}),
        "secret": owner.add_column("Тайна", "text"),
        "files": owner.add_column("Файлы", "file"),
    }
    lines = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Строки"}, expect=201)["table"]["id"]
    owner.add_column("Цена", "number", {"precision": 2}, table_id=lines)
    owner.add_column("Заказ", "link", {"table": tid}, table_id=lines)
    rows = owner.insert([{"Name": "ООО «Ромашка»", "Сумма": 1234.5, "Тайна": "secret-1"},
                         {"Name": "<b>bold</b>", "Сумма": 10, "Тайна": "secret-2"}], table_id=tid)
    owner.insert([{"Name": "Доставка", "Цена": 100.25, "Заказ": [rows[0]["_id"]]},
                  {"Name": "Монтаж", "Цена": 200, "Заказ": [rows[0]["_id"]]}], table_id=lines)
    return {"tid": tid, "lines": lines, "cols": cols, "rows": [r["_id"] for r in rows]}


BODY = """<h1>Заказ {{ row["Name"] }}</h1>
<p>Сумма: {{ row["Сумма"] | money("₽") }} ({{ row.show("Сумма") }})</p>
<table>{% for line in row.linked("Строки") %}<tr><td>{{ line["Name"] }}</td><td>{{ line["Цена"] | money }}</td></tr>{% endfor %}</table>
<p>Итого строк: {{ row.linked("Строки") | total("Цена") | money }}</p>
<p>Поставщик: {{ company.name }}, ИНН {{ company.inn }}</p>
<p>Ставка: {{ params.rate }}</p>
<p>Тайна: {{ row["Тайна"] }}</p>"""


def _doc(owner: ApiClient, tid: int, body: str = BODY, **options: Any) -> dict:
    opts = {"params": [{"key": "rate", "type": "number", "label": "Ставка", "default": 16}], **options}
    return owner.post(f"/api/tables/{tid}/documents", {"name": "Заказ", "body": body, "options": opts},
                      expect=201)["document"]


def _render(client: ApiClient, doc_id: int, expect: int = 200, **body: Any) -> Any:
    return client.call("POST", f"/api/documents/{doc_id}/render", json=body, expect=expect)


def test_templates_are_listed_changed_deleted_and_undone(owner: ApiClient) -> None:
    t = _table(owner)
    doc = _doc(owner, t["tid"])
    listed = owner.get(f"/api/tables/{t['tid']}/documents")["documents"]
    assert [d["name"] for d in listed] == ["Заказ"] and listed[0]["options"]["page_size"] == "A4"
    owner.patch(f"/api/documents/{doc['id']}", {"name": "Счёт"})
    assert owner.get(f"/api/documents/{doc['id']}")["name"] == "Счёт"
    owner.undo()
    assert owner.get(f"/api/documents/{doc['id']}")["name"] == "Заказ"
    owner.delete(f"/api/documents/{doc['id']}")
    assert owner.get(f"/api/tables/{t['tid']}/documents")["documents"] == []
    owner.undo()
    assert len(owner.get(f"/api/tables/{t['tid']}/documents")["documents"]) == 1
    # Bad input names the field.
    bad = owner.post(f"/api/tables/{t['tid']}/documents", {"name": "x", "body": "x", "options": {
        "file_column_id": t["cols"]["amount"]["id"]}}, expect=422).get_json()
    assert "options.file_column_id" in bad["error"]["fields"]
    bad = owner.post(f"/api/tables/{t['tid']}/documents", {"name": "x", "body": "x", "options": {
        "params": [{"key": "Bad Key", "type": "number"}]}}, expect=422).get_json()
    assert any(k.startswith("options.params") for k in bad["error"]["fields"])
    bad = owner.post(f"/api/tables/{t['tid']}/documents", {"name": "", "body": "x"}, expect=422).get_json()
    assert "name" in bad["error"]["fields"]
    # Company details: set, read, undone.
    owner.call("PUT", f"/api/bases/{owner.base_id}/company", json={"details": {"name": "ООО «Табло»",
                                                                              "inn": "7700000000"}}, expect=200)
    assert owner.get(f"/api/bases/{owner.base_id}/company")["details"]["inn"] == "7700000000"
    bad = owner.call("PUT", f"/api/bases/{owner.base_id}/company", json={"details": {"inn": 5}}, expect=422)
    assert "details.inn" in bad.get_json()["error"]["fields"]
    owner.undo()
    assert owner.get(f"/api/bases/{owner.base_id}/company")["details"] == {}


def test_a_row_renders_with_fields_linked_rows_totals_company_and_params(owner: ApiClient) -> None:
    t = _table(owner)
    owner.call("PUT", f"/api/bases/{owner.base_id}/company", json={"details": {"name": "ООО «Табло»",
                                                                              "inn": "7700000000"}}, expect=200)
    doc = _doc(owner, t["tid"])
    resp = _render(owner, doc["id"], row_id=t["rows"][0], params={"rate": 21})
    assert resp.headers["Content-Type"] == "application/pdf"
    text = pdf_text(resp.get_data())
    assert "Заказ ООО «Ромашка»" in text
    assert "1,234.50 ₽" in text or "1 234,50 ₽" in text
    assert "Доставка" in text and "Монтаж" in text
    assert "300.25" in text or "300,25" in text  # the linked rows' total
    assert "ООО «Табло», ИНН 7700000000" in text and "Ставка: 21" in text
    # Values that look like HTML are escaped: printed as their characters.
    text = pdf_text(_render(owner, doc["id"], row_id=t["rows"][1]).get_data())
    assert "Заказ <b>bold</b>" in text and "Ставка: 16" in text  # the declared default
    html = _render(owner, doc["id"], row_id=t["rows"][1], format="html").get_json()["html"]
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    # An undeclared or mistyped parameter names itself.
    assert "params.rate" in _render(owner, doc["id"], 422, row_id=t["rows"][0], params={"rate": "x"}).get_json()[
        "error"]["fields"]
    assert "params.other" in _render(owner, doc["id"], 422, row_id=t["rows"][0], params={"other": 1}).get_json()[
        "error"]["fields"]


def test_a_view_renders_as_one_pdf_or_a_zip_and_keeps_hidden_columns_hidden(owner: ApiClient, app: Any) -> None:
    t = _table(owner)
    doc = _doc(owner, t["tid"])
    view = owner.post(f"/api/tables/{t['tid']}/views", {"name": "Без тайны", "settings": {
        "hidden_columns": [t["cols"]["secret"]["id"]]}}, expect=201)["view"]
    member = ApiClient(app)
    member.signup("member@example.com")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "member@example.com", "role": "editor"}, expect=201)
    resp = _render(member, doc["id"], view_id=view["id"])
    reader = PdfReader(io.BytesIO(resp.get_data()))
    text = pdf_text(resp.get_data())
    assert len(reader.pages) == 2 and "ООО «Ромашка»" in text and "<b>bold</b>" in text
    assert "secret-" not in text  # the view hides it: so does its document
    z = zipfile.ZipFile(io.BytesIO(_render(member, doc["id"], view_id=view["id"], format="zip").get_data()))
    assert len(z.namelist()) == 2
    assert all("secret-" not in pdf_text(z.read(n)) for n in z.namelist())
    # Another user's private view is not theirs to print from.
    private = member.post(f"/api/tables/{t['tid']}/views", {"name": "Mine", "private": True}, expect=201)["view"]
    _render(owner, doc["id"], 422, view_id=private["id"])


def test_another_base_is_out_of_reach(owner: ApiClient, app: Any) -> None:
    t = _table(owner)
    doc = _doc(owner, t["tid"])
    stranger = ApiClient(app)
    stranger.signup("stranger@example.com")
    other = stranger.new_base("Чужая")
    their_table = stranger.get(f"/api/bases/{other['id']}")["tables"][0]["id"]
    theirs = stranger.insert([{"Name": "чужая строка"}], table_id=their_table)[0]["_id"]
    _render(stranger, doc["id"], 404, row_id=t["rows"][0])  # not a member: the template does not exist
    stranger.get(f"/api/tables/{t['tid']}/documents", expect=404)
    # The owner cannot reach the stranger's row or view through a template of their own.
    _render(owner, doc["id"], 404, row_id=theirs)
    their_view = stranger.post(f"/api/tables/{their_table}/views", {"name": "V"}, expect=201)["view"]
    _render(owner, doc["id"], 422, view_id=their_view["id"])


@pytest.mark.parametrize(("body", "line", "reason"), [
    ("<p>ok</p>\n{{ row.__class__ }}", 2, "unsafe"),
    ("<p>\n</p>\n{{ ''.__class__.__mro__ }}", 3, "unsafe"),
    ("<p>ok</p>\n{% include '/etc/passwd' %}", 2, "loader"),
    ("a\nb\n{% for x in row %}", 3, "endfor"),
    ("a\n{{ 1 / 0 }}", 2, "division"),
    ("{{ row._reader }}", 1, "unsafe"),
    ("{{ 'x' * 10000000 }}", 1, "at most"),
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", None, "longer than"),
    ("{% set ns = namespace(s='x') %}\n{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}", 2, "at most"),
    ("{% set ns = namespace(s=[1]) %}{% for i in range(60) %}{% set ns.s = ns.s + ns.s %}{% endfor %}", 1, "at most"),
])
def test_a_failing_template_answers_422_with_its_line(owner: ApiClient, body: str, line: int | None,
                                                     reason: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from server.documents import render

    monkeypatch.setattr(render, "TIME_LIMIT_S", 1.0)
    t = _table(owner)
    doc = _doc(owner, t["tid"], body=body)
    err = _render(owner, doc["id"], 422, row_id=t["rows"][0]).get_json()["error"]
    assert err["code"] == "template_error" and reason in err["reason"], err
    if line is not None:
        assert err["line"] == line and err["message"].startswith(f"line {line}:"), err
    # The editor's preview answers the same.
    prev = owner.post(f"/api/tables/{t['tid']}/documents/preview", {"body": body, "row_id": t["rows"][0]},
                      expect=422).get_json()["error"]
    assert prev["line"] == err["line"] and prev["reason"] == err["reason"]


def test_a_rendered_pdf_is_saved_into_the_rows_file_column(owner: ApiClient) -> None:
    t = _table(owner)
    doc = _doc(owner, t["tid"], file_column_id=t["cols"]["files"]["id"])
    data = _render(owner, doc["id"], row_id=t["rows"][0], save=True).get_data()
    row = next(r for r in owner.rows(table_id=t["tid"]) if r["_id"] == t["rows"][0])
    files = row["Файлы"]
    assert len(files) == 1 and files[0]["name"].startswith("Заказ ООО «Ромашка»") and files[0]["mime"] == \
        "application/pdf"
    assert owner.call("GET", files[0]["url"], expect=200).get_data() == data
    owner.undo()  # the attachment is an ordinary, undoable change of the row
    assert not next(r for r in owner.rows(table_id=t["tid"]) if r["_id"] == t["rows"][0])["Файлы"]
    # No file column chosen: saving is refused, naming `save`.
    plain = _doc(owner, t["tid"])
    assert "save" in _render(owner, plain["id"], 422, row_id=t["rows"][0], save=True).get_json()["error"]["fields"]


def test_an_automation_makes_the_document_and_mails_it(owner: ApiClient, app: Any) -> None:
    """«Make a document and send it by email»: a rule on a stage change mails each row's PDF
    (the template's text, the row's values) and keeps it in the row's file column."""
    import email
    import email.policy
    import socket

    from aiosmtpd.controller import Controller

    from server.automations import rules as auto
    from server.notifications import mail

    got: list[Any] = []

    class Inbox:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            got.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
            return "250 OK"

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    ctl = Controller(Inbox(), hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        app.extensions["tablo"].config.extra.update(smtp_host="127.0.0.1", smtp_port=port)
        t = _table(owner)
        owner.add_column("Email", "email")
        owner.add_column("Этап", "single-select", {"options": [{"name": "Открыт"}, {"name": "Претензия"}]})
        doc = _doc(owner, t["tid"], file_column_id=t["cols"]["files"]["id"])
        rule = owner.post(f"/api/tables/{t['tid']}/automations", {
            "name": "Претензии", "trigger": {"type": "row_updated", "columns": ["Этап"]},
            "actions": [{"type": "send_document", "document_id": doc["id"], "to": "{Email}",
                         "subject": "Претензия {Name}", "body": "Во вложении.", "params": {"rate": 9.5},
                         "save": True}]}, expect=201)["automation"]
        owner.patch(f"/api/tables/{t['tid']}/rows", {"rows": [
            {"_id": t["rows"][0], "Email": "buh@example.org", "Этап": "Претензия"}]})
        with app.app_context():
            assert auto.wait_idle(30) and mail.wait_sent(20)
        runs = owner.get(f"/api/automations/{rule['id']}/runs")["runs"]
        assert runs and runs[0]["status"] == "ok", runs
        assert [(str(m["To"]), str(m["Subject"])) for m in got] == [("buh@example.org", "Претензия ООО «Ромашка»")]
        parts = [p for p in got[0].walk() if p.get_content_type() == "application/pdf"]
        assert len(parts) == 1 and parts[0].get_filename().startswith("Заказ ООО «Ромашка»")
        text = pdf_text(parts[0].get_payload(decode=True))
        assert "Заказ ООО «Ромашка»" in text and "Ставка: 9.5" in text.replace(",", ".")
        row = next(r for r in owner.rows(table_id=t["tid"]) if r["_id"] == t["rows"][0])
        assert [f["mime"] for f in row["Файлы"]] == ["application/pdf"]
        # Bad rules name the field: another table's template, an undeclared parameter.
        bad = owner.post(f"/api/tables/{t['lines']}/automations", {
            "name": "x", "trigger": {"type": "row_added"}, "actions": [
                {"type": "send_document", "document_id": doc["id"], "to": "a@example.org", "subject": "s",
                 "body": "b"}]}, expect=422).get_json()
        assert "actions[0].document_id" in bad["error"]["fields"]
        bad = owner.post(f"/api/tables/{t['tid']}/automations", {
            "name": "x", "trigger": {"type": "row_added"}, "actions": [
                {"type": "send_document", "document_id": doc["id"], "to": "a@example.org", "subject": "s",
                 "body": "b", "params": {"nope": 1}}]}, expect=422).get_json()
        assert "actions[0].params.nope" in bad["error"]["fields"]
    finally:
        ctl.stop()
