"""Public forms on both databases: someone without an account submits a row; required
fields, unknown fields, bad values, size and rate limits; forms cannot get around
permissions."""

from __future__ import annotations

from typing import Any

from tests.helpers import ApiClient


def _form(owner: ApiClient) -> dict:
    owner.add_column("Email", "email")
    owner.add_column("Amount", "number")
    owner.add_column("Secret", "text")
    owner.add_column("Kind", "single-select", {"options": [{"name": "Question"}, {"name": "Claim"}]})
    return owner.post(f"/api/tables/{owner.table_id}/forms", {
        "name": "Contact us", "description": "We answer within a day.", "success_message": "Thanks!",
        "fields": [{"column": "Name", "required": True, "label": "Your name"},
                   {"column": "Email", "required": True, "description": "for our answer"},
                   {"column": "Amount"}, {"column": "Kind"}]}, expect=201)["form"]


def test_submit_a_form_without_an_account(owner: ApiClient, app: Any) -> None:
    form = _form(owner)
    assert form["url"].endswith("/form/" + form["token"])
    anon = ApiClient(app)
    anon.http.environ_base["REMOTE_ADDR"] = "203.0.113.7"
    pub = anon.get(f"/api/forms/public/{form['token']}")
    assert pub["title"] == "Contact us" and [f["key"] for f in pub["fields"]] == ["Name", "Email", "Amount", "Kind"]
    assert pub["fields"][0]["label"] == "Your name" and pub["fields"][3]["options"] == ["Question", "Claim"]
    res = anon.post(f"/api/forms/public/{form['token']}/submit",
                    {"values": {"Name": "Ирина", "Email": "irina@example.org", "Amount": "1 500", "Kind": "Claim"}},
                    headers={}, expect=201)
    assert res["message"] == "Thanks!"
    rows = owner.rows()
    assert [(r["Name"], r["Email"], r["Amount"], r["Kind"], r["Secret"]) for r in rows] == \
        [("Ирина", "irina@example.org", 1500.0, "Claim", None)]
    log = owner.get(f"/api/bases/{owner.base_id}/actions")["actions"]
    assert log[-1]["type"] == "insert_rows" and log[-1]["client_id"] == f"form:{form['id']}" and log[-1]["user"] is None
    # Bad submissions change nothing.
    r = anon.post(f"/api/forms/public/{form['token']}/submit", {"values": {"Name": "x"}}, headers={}, expect=422)
    assert "values.Email" in r.get_json()["error"]["fields"]
    r = anon.post(f"/api/forms/public/{form['token']}/submit",
                  {"values": {"Name": "x", "Email": "x@example.org", "Secret": "sneaky"}}, headers={}, expect=422)
    assert "values.Secret" in r.get_json()["error"]["fields"]
    r = anon.post(f"/api/forms/public/{form['token']}/submit",
                  {"values": {"Name": "x", "Email": "not an email"}}, headers={}, expect=422)
    assert "values.Email" in r.get_json()["error"]["fields"]
    anon.post(f"/api/forms/public/{form['token']}/submit", {"values": {"Name": "x" * 70000, "Email": "a@b.cd"}},
              headers={}, expect=413)
    assert len(owner.rows()) == 1
    # Rate limit per address: the four attempts above that got past the size check count.
    app.extensions["tablo"].config.extra["form_submissions_per_minute"] = 4
    anon.post(f"/api/forms/public/{form['token']}/submit", {"values": {"Name": "y", "Email": "y@example.org"}},
              headers={}, expect=429)
    # Closed or unknown forms.
    owner.patch(f"/api/forms/{form['id']}", {"active": False})
    anon.get(f"/api/forms/public/{form['token']}", expect=404)
    anon.get("/api/forms/public/nope", expect=404)


def test_who_may_make_forms(owner: ApiClient, app: Any) -> None:
    owner.add_column("Secret", "text")
    owner.add_column("Files", "file")
    ed = ApiClient(app)
    ed.signup("ed@example.com")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "ed@example.com", "role": "viewer"}, expect=201)
    body = {"name": "F", "fields": [{"column": "Name"}]}
    ed.post(f"/api/tables/{owner.table_id}/forms", body, expect=403)
    owner.patch(f"/api/bases/{owner.base_id}/members/{ed.user['id']}", {"role": "editor"})
    owner.patch(f"/api/tables/{owner.table_id}/permissions", {
        "rows": {"add": {"mode": "named", "user_ids": []}},
        "columns": {"Secret": {"mode": "named", "user_ids": []}}})
    ed.post(f"/api/tables/{owner.table_id}/forms", body, expect=403)  # may not add rows
    owner.patch(f"/api/tables/{owner.table_id}/permissions", {"rows": {"add": {"mode": "editors"}}})
    ed.post(f"/api/tables/{owner.table_id}/forms", {"name": "F", "fields": [{"column": "Secret"}]}, expect=403)
    ed.post(f"/api/tables/{owner.table_id}/forms", body, expect=201)
    r = owner.post(f"/api/tables/{owner.table_id}/forms", {"name": "F", "fields": [{"column": "Files"}]}, expect=422)
    assert "fields[0].column" in r.get_json()["error"]["fields"]
    owner.post(f"/api/tables/{owner.table_id}/forms", {"name": "F", "fields": [{"column": "Nope"}]}, expect=422)
    owner.post(f"/api/tables/{owner.table_id}/forms", {"name": "F", "fields": []}, expect=422)
    assert [f["name"] for f in owner.get(f"/api/tables/{owner.table_id}/forms")["forms"]] == ["F"]
