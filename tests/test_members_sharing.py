"""Read-only share links for a view, on both databases: only the view's rows and visible
columns reach the public, passwords and expiry hold, and nothing else can be reached."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from tests.helpers import ApiClient


def _setup(owner: ApiClient) -> dict[str, Any]:
    amount = owner.add_column("Amount", "number")
    secret = owner.add_column("Secret", "text")
    owner.insert([{"Name": "small", "Amount": 5, "Secret": "s1"}, {"Name": "big", "Amount": 50, "Secret": "s2"},
                  {"Name": "huge", "Amount": 500, "Secret": "s3"}])
    view = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "Big ones", "settings": {
        "filters": {"conjunction": "and", "filters": [{"column_id": amount["id"], "operator": "gt", "value": 10}]},
        "sorts": [{"column_id": secret["id"], "direction": "desc"}],
        "hidden_columns": [secret["id"]]}}, expect=201)
    view = view.get("view", view)
    return {"view": view, "secret": secret}


def test_share_link_shows_only_the_view(owner: ApiClient, app: Any) -> None:
    s = _setup(owner)
    link = owner.post(f"/api/views/{s['view']['id']}/share-links", {}, expect=201)
    assert link["url"].endswith("/shared/" + link["token"])
    anon = ApiClient(app)
    info = anon.get(f"/api/shared/{link['token']}")
    assert [c["name"] for c in info["columns"]] == ["Name", "Amount"]
    assert info["view"]["name"] == "Big ones" and info["password_required"] is False
    got = anon.get(f"/api/shared/{link['token']}/rows")
    assert got["total"] == 2
    assert [(r["Name"], r["Amount"]) for r in got["rows"]] == [("huge", 500.0), ("big", 50.0)]
    assert all(set(r) == {"_id", "Name", "Amount"} for r in got["rows"])
    values = [v for r in got["rows"] for k, v in r.items() if k != "_id"]
    assert "s1" not in values and "s2" not in values
    # Nothing else answers to the link: no ad-hoc filters or cursors, no other API.
    assert anon.get(f"/api/shared/{link['token']}/rows?filters=x&limit=1")["rows"][0]["Name"] == "huge"
    anon.get(f"/api/tables/{owner.table_id}/rows", expect=401)
    anon.get(f"/api/views/{s['view']['id']}/rows", expect=401)
    r = ApiClient(app, token=link["token"]).get(f"/api/tables/{owner.table_id}/rows", expect=401)
    assert r.status_code == 401
    anon.get(f"/api/shared/{link['token']}/rows?limit=5000", expect=422)
    # Revoked: gone.
    owner.delete(f"/api/share-links/{link['link']['id']}")
    anon.get(f"/api/shared/{link['token']}", expect=404)
    anon.get(f"/api/shared/{link['token']}/rows", expect=404)


def test_password_expiry_and_who_may_share(owner: ApiClient, app: Any) -> None:
    s = _setup(owner)
    vid = s["view"]["id"]
    link = owner.post(f"/api/views/{vid}/share-links", {"password": "open sesame", "expires_days": 7}, expect=201)
    t = link["token"]
    anon = ApiClient(app)
    assert anon.get(f"/api/shared/{t}") == {"password_required": True, "view": {"name": "Big ones"}}
    anon.get(f"/api/shared/{t}/rows", expect=401)
    anon.post(f"/api/shared/{t}/unlock", {"password": "wrong"}, expect=401)
    key = anon.post(f"/api/shared/{t}/unlock", {"password": "open sesame"})["key"]
    rows = anon.get(f"/api/shared/{t}/rows", headers={"X-Share-Key": key})["rows"]
    assert [r["Name"] for r in rows] == ["huge", "big"]
    anon.get(f"/api/shared/{t}/rows", headers={"X-Share-Key": key + "x"}, expect=401)
    # A key for one link does not open another.
    other = owner.post(f"/api/views/{vid}/share-links", {"password": "another one"}, expect=201)["token"]
    anon.get(f"/api/shared/{other}/rows", headers={"X-Share-Key": key}, expect=401)
    # Wrong passwords are rate-limited per link.
    for _ in range(10):
        anon.post(f"/api/shared/{other}/unlock", {"password": "guess"}, expect=401)
    anon.post(f"/api/shared/{other}/unlock", {"password": "another one"}, expect=429)
    # Expired links say so.
    with app.extensions["tablo"].db.write() as conn:
        conn.execute(sa.update(cat.share_links).where(cat.share_links.c.id == link["link"]["id"])
                     .values(expires_at=dt.datetime(2020, 1, 1)))
    anon.get(f"/api/shared/{t}/rows", headers={"X-Share-Key": key}, expect=410)
    # Viewers cannot share; outsiders cannot see the view; private views cannot be shared.
    vic = ApiClient(app)
    vic.signup("vic@example.com")
    vic.post(f"/api/views/{vid}/share-links", {}, expect=404)
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "vic@example.com", "role": "viewer"}, expect=201)
    vic.post(f"/api/views/{vid}/share-links", {}, expect=403)
    private = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "Mine", "private": True}, expect=201)
    private = private.get("view", private)
    owner.post(f"/api/views/{private['id']}/share-links", {}, expect=404)
    owner.post(f"/api/views/{vid}/share-links", {"password": "abc"}, expect=422)
    assert [x["has_password"] for x in owner.get(f"/api/views/{vid}/share-links")["links"]] == [True, True]
    # A deleted view takes its links with it.
    owner.delete(f"/api/views/{vid}")
    anon.get(f"/api/shared/{other}", expect=404)
