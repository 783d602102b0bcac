"""Members and sharing on both databases: add by email, roles, removal (published for the live
hub), ownership transfer, invitations with a link for people without an account."""

from __future__ import annotations

from typing import Any

import pytest

from server.actions import events
from tests.helpers import ApiClient


@pytest.fixture
def published() -> Any:
    got: list[dict] = []
    unsubscribe = events.subscribe(got.append)
    yield got
    unsubscribe()


def _user(app: Any, email: str) -> ApiClient:
    c = ApiClient(app)
    c.signup(email)
    return c


def test_add_change_remove_members(owner: ApiClient, app: Any, published: list) -> None:
    bob = _user(app, "bob@example.com")
    b = owner.base_id
    bob.get(f"/api/bases/{b}", expect=404)
    added = owner.post(f"/api/bases/{b}/members", {"email": "Bob@Example.com", "role": "viewer"}, expect=201)
    assert added["member"]["id"] == bob.user["id"] and added["member"]["role"] == "viewer"
    assert bob.get(f"/api/bases/{b}")["role"] == "viewer"
    # A viewer cannot manage members nor write.
    bob.post(f"/api/bases/{b}/members", {"email": "owner@example.com", "role": "owner"}, expect=403)
    bob.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "x"}]}, expect=403)
    owner.patch(f"/api/bases/{b}/members/{bob.user['id']}", {"role": "editor"})
    assert bob.insert([{"Name": "by bob"}], table_id=owner.table_id)[0]["_id"]
    members = owner.get(f"/api/bases/{b}/members")["members"]
    assert {(m["email"], m["role"]) for m in members} == {("owner@example.com", "owner"), ("bob@example.com", "editor")}
    owner.delete(f"/api/bases/{b}/members/{bob.user['id']}")
    bob.get(f"/api/bases/{b}", expect=404)
    kinds = [(e["kind"], e["user_id"], e["role"]) for e in published if e.get("kind") == "membership"]
    assert kinds == [("membership", bob.user["id"], "viewer"), ("membership", bob.user["id"], "editor"),
                     ("membership", bob.user["id"], None)]


def test_member_errors(owner: ApiClient, app: Any) -> None:
    b = owner.base_id
    r = owner.post(f"/api/bases/{b}/members", {"email": "nobody@example.com", "role": "editor"}, expect=422)
    assert r.get_json()["error"]["code"] == "no_account"
    r = owner.post(f"/api/bases/{b}/members", {"email": "not-an-email", "role": "editor"}, expect=422)
    assert "email" in r.get_json()["error"]["fields"]
    _user(app, "carol@example.com")
    r = owner.post(f"/api/bases/{b}/members", {"email": "carol@example.com", "role": "admin"}, expect=422)
    assert "role" in r.get_json()["error"]["fields"]
    owner.post(f"/api/bases/{b}/members", {"email": "carol@example.com", "role": "commenter"}, expect=201)
    owner.post(f"/api/bases/{b}/members", {"email": "carol@example.com", "role": "editor"}, expect=409)
    # The last owner can neither step down nor leave.
    me = owner.user["id"]
    owner.patch(f"/api/bases/{b}/members/{me}", {"role": "editor"}, expect=409)
    owner.delete(f"/api/bases/{b}/members/{me}", expect=409)
    owner.patch(f"/api/bases/{b}/members/99999", {"role": "editor"}, expect=404)
    # Another base's owner cannot see or touch this base's members.
    eve = _user(app, "eve@example.com")
    eve.get(f"/api/bases/{b}/members", expect=404)
    eve.delete(f"/api/bases/{b}/members/{me}", expect=404)


def test_member_can_leave_and_transfer_ownership(owner: ApiClient, app: Any, published: list) -> None:
    b = owner.base_id
    dan = _user(app, "dan@example.com")
    owner.post(f"/api/bases/{b}/members", {"email": "dan@example.com", "role": "viewer"}, expect=201)
    owner.post(f"/api/bases/{b}/transfer-ownership", {"user_id": 424242}, expect=422)
    res = owner.post(f"/api/bases/{b}/transfer-ownership", {"user_id": dan.user["id"]})
    assert {m["email"]: m["role"] for m in res["members"]} == {"owner@example.com": "editor", "dan@example.com": "owner"}
    owner.post(f"/api/bases/{b}/members", {"email": "x@example.com", "role": "viewer"}, expect=403)
    assert dan.get(f"/api/bases/{b}")["role"] == "owner"
    # The former owner may leave by themselves.
    owner.delete(f"/api/bases/{b}/members/{owner.user['id']}")
    owner.get(f"/api/bases/{b}", expect=404)
    assert ("membership", owner.user["id"], None) in [(e["kind"], e["user_id"], e["role"]) for e in published
                                                       if e.get("kind") == "membership"]


def test_invitation_for_someone_without_an_account(owner: ApiClient, app: Any) -> None:
    b = owner.base_id
    app.extensions["tablo"].config.signup_open = False  # invitations still open an account
    inv = owner.post(f"/api/bases/{b}/invitations", {"email": "new@example.com", "role": "commenter"}, expect=201)
    assert inv["link"].endswith("/invite/" + inv["token"]) and inv["emailed"] is False
    assert [i["email"] for i in owner.get(f"/api/bases/{b}/invitations")["invitations"]] == ["new@example.com"]
    anon = ApiClient(app)
    info = anon.get(f"/api/invitations/{inv['token']}")
    assert info["base"]["id"] == b and info["role"] == "commenter" and info["has_account"] is False
    anon.post("/api/auth/signup", {"email": "new@example.com", "password": "correct-horse-1"}, expect=403)
    anon.post(f"/api/invitations/{inv['token']}/signup",
              {"email": "other@example.com", "password": "correct-horse-1"}, expect=422)
    res = anon.post(f"/api/invitations/{inv['token']}/signup",
                    {"email": "new@example.com", "password": "correct-horse-1", "name": "New"}, expect=201)
    assert res["base_id"] == b and res["role"] == "commenter"
    assert anon.get(f"/api/bases/{b}")["role"] == "commenter"  # logged in by the sign-up
    anon.get(f"/api/invitations/{inv['token']}", expect=410)
    assert owner.get(f"/api/bases/{b}/invitations")["invitations"] == []


def test_invitation_accepted_on_log_in_expiry_and_revoke(owner: ApiClient, app: Any) -> None:
    b = owner.base_id
    fay = _user(app, "fay@example.com")
    inv = owner.post(f"/api/bases/{b}/invitations", {"email": "fay@example.com", "role": "editor"}, expect=201)
    assert fay.post(f"/api/invitations/{inv['token']}/accept") == {"base_id": b, "role": "editor"}
    fay.post(f"/api/invitations/{inv['token']}/accept", expect=410)
    # Revoked links stop working.
    inv2 = owner.post(f"/api/bases/{b}/invitations", {"email": "gus@example.com", "role": "viewer"}, expect=201)
    owner.delete(f"/api/bases/{b}/invitations/{inv2['invitation']['id']}")
    ApiClient(app).get(f"/api/invitations/{inv2['token']}", expect=404)
    # Expired links say so.
    inv3 = owner.post(f"/api/bases/{b}/invitations", {"email": "hal@example.com", "role": "viewer"}, expect=201)
    import datetime as dt

    import sqlalchemy as sa

    from server.catalog import schema as cat

    with app.extensions["tablo"].db.write() as conn:
        conn.execute(sa.update(cat.invitations).where(cat.invitations.c.id == inv3["invitation"]["id"])
                     .values(expires_at=dt.datetime(2020, 1, 1)))
    hal = _user(app, "hal@example.com")
    r = hal.post(f"/api/invitations/{inv3['token']}/accept", expect=410)
    assert r.get_json()["error"]["code"] == "invitation_expired"
    hal.get(f"/api/bases/{b}", expect=404)
    ApiClient(app).get("/api/invitations/ti_nonsense", expect=404)
    # Bad input: no such role, bad email, already a member.
    owner.post(f"/api/bases/{b}/invitations", {"email": "x@example.com", "role": "boss"}, expect=422)
    owner.post(f"/api/bases/{b}/invitations", {"email": "x@", "role": "viewer"}, expect=422)
    owner.post(f"/api/bases/{b}/invitations", {"email": "fay@example.com", "role": "viewer"}, expect=409)
    fay.post(f"/api/bases/{b}/invitations", {"email": "y@example.com", "role": "viewer"}, expect=403)
