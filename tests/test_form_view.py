"""The form view on both databases: settings validated (422 naming the field), the share link
opens the public form, someone without an account submits a row (required, conditional and
prefilled fields, files), the row arrives through the action path (undoable by the owner),
size and rate limits, and a form's link never shows the table's rows."""

from __future__ import annotations

import io
from typing import Any

import pytest

from tests.helpers import ApiClient

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")


def _columns(owner: ApiClient) -> dict[str, int]:
    owner.add_column("Email", "email")
    owner.add_column("Amount", "number")
    owner.add_column("Secret", "text")
    owner.add_column("Kind", "single-select", {"options": [{"name": "Question"}, {"name": "Claim"}]})
    owner.add_column("Claim number", "text")
    owner.add_column("Scan", "image")
    owner.add_column("Total", "formula", {"formula": "{Amount} * 2"})
    cols = owner.get(f"/api/tables/{owner.table_id}")["columns"]
    return {c["name"]: c["id"] for c in cols}


def _settings(ids: dict[str, int], **extra: Any) -> dict[str, Any]:
    return {"title": "Contact us", "description": "We answer within a day.", "success_message": "Thanks!",
            "fields": [{"column_id": ids["Name"], "required": True, "label": "Your name"},
                       {"column_id": ids["Email"], "required": True, "help": "for our answer"},
                       {"column_id": ids["Amount"]},
                       {"column_id": ids["Kind"]},
                       {"column_id": ids["Claim number"], "required": True,
                        "condition": {"column_id": ids["Kind"], "op": "equals", "value": "Claim"}},
                       {"column_id": ids["Scan"], "condition": {"column_id": ids["Claim number"], "op": "filled"}}],
            **extra}


def _form(owner: ApiClient, ids: dict[str, int], **extra: Any) -> tuple[dict, str]:
    view = owner.post(f"/api/tables/{owner.table_id}/views",
                      {"name": "Contact", "type": "form", "settings": _settings(ids, **extra)}, expect=201)["view"]
    link = owner.post(f"/api/views/{view['id']}/share-links", {}, expect=201)
    return view, link["token"]


def _anon(app: Any, ip: str = "203.0.113.7") -> ApiClient:
    anon = ApiClient(app)
    anon.http.environ_base["REMOTE_ADDR"] = ip
    return anon


def _fields_of(resp: Any) -> dict:
    return resp.get_json()["error"]["fields"]


def test_form_settings_are_validated(owner: ApiClient) -> None:
    ids = _columns(owner)
    url = f"/api/tables/{owner.table_id}/views"

    def refused(settings: dict, field: str) -> None:
        r = owner.post(url, {"name": "F", "type": "form", "settings": settings}, expect=422)
        assert field in _fields_of(r), (field, _fields_of(r))

    refused({"fields": [{"column_id": 999999}]}, "settings.fields[0].column_id")
    refused({"fields": [{"column_id": ids["Total"]}]}, "settings.fields[0].column_id")  # computed
    refused({"fields": [{"column_id": ids["Name"]}, {"column_id": ids["Name"]}]}, "settings.fields[1].column_id")
    refused({"fields": [{"column_id": "Name"}]}, "settings.fields.0.column_id")
    refused({"fields": [{"column_id": ids["Name"], "condition": {"column_id": ids["Email"]}},
                        {"column_id": ids["Email"]}]}, "settings.fields[0].condition.column_id")  # a later field
    refused({"fields": [{"column_id": ids["Kind"]},
                        {"column_id": ids["Name"], "condition": {"column_id": ids["Kind"], "op": "equals"}}]},
            "settings.fields[1].condition.value")
    refused({"fields": [{"column_id": ids["Kind"]},
                        {"column_id": ids["Name"], "condition": {"column_id": ids["Kind"], "op": "like"}}]},
            "settings.fields.1.condition.op")
    refused({"after_submit": "redirect"}, "settings.redirect_url")
    refused({"after_submit": "redirect", "redirect_url": "javascript:alert(1)"}, "settings.redirect_url")
    refused({"redirect_url": "ftp://example.org/x"}, "settings.redirect_url")
    refused({"after_submit": "elsewhere"}, "settings.after_submit")
    refused({"help": "x" * 3000, "fields": [{"column_id": ids["Name"], "help": "x" * 3000}]},
            "settings.fields.0.help")
    # A good one is stored with its defaults, and the registry documents the settings.
    view = owner.post(url, {"name": "F", "type": "form", "settings": {
        "fields": [{"column_id": ids["Name"]}], "after_submit": "redirect",
        "redirect_url": "https://example.org/thanks"}}, expect=201)["view"]
    assert view["type"] == "form" and view["settings"]["fields"][0]["required"] is False
    assert view["settings"]["prefill"] is True and view["settings"]["redirect_url"] == "https://example.org/thanks"
    # Settings changes are checked the same way.
    r = owner.patch(f"/api/views/{view['id']}", {"settings": {"fields": [{"column_id": 999999}]}}, expect=422)
    assert "settings.fields[0].column_id" in _fields_of(r)
    types = {t["name"]: t for t in owner.get("/api/view-types")["view_types"]}
    props = types["form"]["settings_schema"]["properties"]
    assert {"fields", "title", "after_submit", "redirect_url", "cover_file", "logo_file", "prefill"} <= set(props)


def test_submit_through_the_share_link(owner: ApiClient, app: Any) -> None:
    ids = _columns(owner)
    view, token = _form(owner, ids)
    anon = _anon(app)
    shared = anon.get(f"/api/shared/{token}")
    assert shared["view"]["type"] == "form" and shared["columns"] == []  # the table's columns stay in
    anon.get(f"/api/shared/{token}/rows", expect=404)  # …and so do its rows
    pub = anon.get(f"/api/shared/{token}/form")
    assert pub["title"] == "Contact us" and [f["key"] for f in pub["fields"]] == \
        ["Name", "Email", "Amount", "Kind", "Claim number", "Scan"]
    assert pub["fields"][0]["label"] == "Your name" and pub["fields"][1]["help"] == "for our answer"
    assert pub["fields"][3]["options"] == ["Question", "Claim"]
    assert pub["fields"][4]["condition"] == {"key": "Kind", "op": "equals", "value": "Claim"}

    # A question: the claim's fields are hidden, so not required, and their values are dropped.
    res = anon.post(f"/api/shared/{token}/form/submit",
                    {"values": {"Name": "Ирина", "Email": "irina@example.org", "Amount": "1 500", "Kind": "Question",
                                "Claim number": "should not be stored"}}, headers={}, expect=201)
    assert res["message"] == "Thanks!" and res["redirect_url"] is None
    rows = owner.rows()
    assert [(r["Name"], r["Email"], r["Amount"], r["Kind"], r["Claim number"], r["Secret"]) for r in rows] == \
        [("Ирина", "irina@example.org", 1500.0, "Question", None, None)]

    # A claim: its number is required, then the scan shows and takes an uploaded image.
    r = anon.post(f"/api/shared/{token}/form/submit",
                  {"values": {"Name": "Пётр", "Email": "p@example.org", "Kind": "Claim"}}, headers={}, expect=422)
    assert list(_fields_of(r)) == ["values.Claim number"]
    up = anon.call("POST", f"/api/shared/{token}/form/files", headers={},
                   data={"file": (io.BytesIO(PNG), "scan.png", "image/png")}, expect=201).get_json()
    assert up["name"] == "scan.png" and "url" not in up
    res = anon.post(f"/api/shared/{token}/form/submit",
                    {"values": {"Name": "Пётр", "Email": "p@example.org", "Kind": "Claim", "Claim number": "C-7",
                                "Scan": [up["id"]]}}, headers={}, expect=201)
    row = next(r for r in owner.rows() if r["_id"] == res["row_id"])
    assert row["Claim number"] == "C-7" and row["Scan"][0]["name"] == "scan.png"

    # A file of the base not uploaded through a form cannot be named.
    own = owner.call("POST", f"/api/bases/{owner.base_id}/files",
                     data={"file": (io.BytesIO(PNG), "private.png", "image/png")}, expect=201).get_json()
    r = anon.post(f"/api/shared/{token}/form/submit",
                  {"values": {"Name": "Z", "Email": "z@example.org", "Kind": "Claim", "Claim number": "C-8",
                              "Scan": [own["id"]]}}, headers={}, expect=422)
    assert list(_fields_of(r)) == ["values.Scan"]

    # Through the action path: the owner's action, the form's client id; the owner undoes it.
    log = owner.get(f"/api/bases/{owner.base_id}/actions")["actions"]
    last = log[-1]
    assert last["type"] == "insert_rows" and last["client_id"] == f"form:{view['id']}"
    assert last["user"]["id"] == owner.user["id"]
    owner.undo(action_id=last["id"])
    assert {r["Name"] for r in owner.rows()} == {"Ирина"}


def test_bad_submissions_and_limits(owner: ApiClient, app: Any) -> None:
    ids = _columns(owner)
    view, token = _form(owner, ids)
    anon = _anon(app)
    submit = f"/api/shared/{token}/form/submit"
    r = anon.post(submit, {"values": {"Name": "x"}}, headers={}, expect=422)
    assert "values.Email" in _fields_of(r)
    r = anon.post(submit, {"values": {"Name": "x", "Email": "x@example.org", "Secret": "sneaky"}}, headers={},
                  expect=422)
    assert "values.Secret" in _fields_of(r)
    r = anon.post(submit, {"values": {"Name": "x", "Email": "not an email"}}, headers={}, expect=422)
    assert "values.Email" in _fields_of(r)
    anon.post(submit, {"values": {"Name": "x" * 70000, "Email": "a@b.cd"}}, headers={}, expect=413)
    assert owner.rows() == []
    # Rate limit per address: the three attempts above that got past the size check count.
    app.extensions["tablo"].config.extra["form_submissions_per_minute"] = 3
    anon.post(submit, {"values": {"Name": "y", "Email": "y@example.org"}}, headers={}, expect=429)
    _anon(app, "198.51.100.9").post(submit, {"values": {"Name": "y", "Email": "y@example.org"}}, headers={},
                                    expect=201)
    # A grid's link opens no form; a revoked link or a deleted view opens nothing.
    grid = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "All"}, expect=201)["view"]
    grid_token = owner.post(f"/api/views/{grid['id']}/share-links", {}, expect=201)["token"]
    anon.get(f"/api/shared/{grid_token}/form", expect=404)
    anon.post(f"/api/shared/{grid_token}/form/submit", {"values": {"Name": "y"}}, headers={}, expect=404)
    owner.delete(f"/api/views/{view['id']}")
    anon.get(f"/api/shared/{token}/form", expect=404)


@pytest.mark.parametrize("after", ["message", "redirect"])
def test_after_submit_and_images(owner: ApiClient, app: Any, after: str) -> None:
    ids = _columns(owner)
    cover = owner.call("POST", f"/api/bases/{owner.base_id}/files",
                       data={"file": (io.BytesIO(PNG), "cover.png", "image/png")}, expect=201).get_json()
    extra: dict[str, Any] = {"after_submit": after, "cover_file": cover["id"]}
    if after == "redirect":
        extra["redirect_url"] = "https://example.org/thanks"
    _, token = _form(owner, ids, **extra)
    anon = _anon(app)
    pub = anon.get(f"/api/shared/{token}/form")
    assert pub["cover_url"] == f"/api/shared/{token}/form/images/cover" and pub["logo_url"] is None
    img = anon.call("GET", pub["cover_url"], expect=200)
    assert img.data == PNG and img.mimetype == "image/png"
    anon.call("GET", f"/api/shared/{token}/form/images/logo", expect=404)
    res = anon.post(f"/api/shared/{token}/form/submit", {"values": {"Name": "A", "Email": "a@example.org"}},
                    headers={}, expect=201)
    assert res["redirect_url"] == ("https://example.org/thanks" if after == "redirect" else None)


def test_a_backup_from_before_form_views_restores_its_forms_as_form_views(owner: ApiClient) -> None:
    """A backup made by a Tablo with public forms holds `forms`: restored, each is a form view
    of its table with its questions, required flags, help texts and message."""
    import json
    import zipfile

    ids = _columns(owner)
    data = owner.call("GET", f"/api/bases/{owner.base_id}/export", expect=200).get_data()
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "manifest.json":
                manifest = json.loads(body)
                manifest["forms"] = [{"table_id": owner.table_id, "name": "Old form", "active": True,
                                      "settings": {"title": "Contact", "description": "Hello", "success_message": "Ok",
                                                   "fields": [{"column_id": ids["Name"], "required": True,
                                                               "description": "Full name", "label": "Who"},
                                                              {"column_id": ids["Email"], "required": False,
                                                               "description": "", "label": None}]}}]
                body = json.dumps(manifest).encode()
            z.writestr(item.filename, body)
    restored = owner.call("POST", "/api/bases/import", expect=201, content_type="multipart/form-data",
                          data={"file": (io.BytesIO(out.getvalue()), "old.tablo")}).get_json()
    base = owner.get(f"/api/bases/{restored['base_id']}")
    table = base["tables"][0]
    new_ids = {c["name"]: c["id"] for c in table["columns"]}
    form = next(v for v in owner.get(f"/api/tables/{table['id']}/views")["views"] if v["name"] == "Old form")
    s = form["settings"]
    assert form["type"] == "form" and s["title"] == "Contact" and s["success_message"] == "Ok"
    assert [(f["column_id"], f["required"], f["help"], f["label"]) for f in s["fields"]] == [
        (new_ids["Name"], True, "Full name", "Who"), (new_ids["Email"], False, "", None)]
    # It works once it has a link.
    token = owner.post(f"/api/views/{form['id']}/share-links", {}, expect=201)["token"]
    assert [f["label"] for f in ApiClient(owner.app).get(f"/api/shared/{token}/form")["fields"]] == ["Who", "Email"]
