"""Groups on both databases: an admin makes a group and adds people; a base's owner gives the
group a role; its members then reach the base with that role, the higher of it and their direct
role counting; leaving the group, losing the role or deleting the group takes it away again.
Only owners give groups roles, never a token; bad input is 422 naming the field."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import ApiClient


@pytest.fixture
def admin(app: Any) -> ApiClient:
    c = ApiClient(app)
    c.signup("root@example.com")  # the first account: the admin, and here the base's owner
    c.new_base("Sales")
    return c


def _user(app: Any, email: str) -> ApiClient:
    c = ApiClient(app)
    c.signup(email)
    return c


def _group(admin: ApiClient, name: str, *members: ApiClient) -> int:
    group_id = admin.post("/api/admin/groups", {"name": name}, expect=201)["group"]["id"]
    for m in members:
        admin.post(f"/api/admin/groups/{group_id}/members", {"user_id": m.user["id"]}, expect=201)  # type: ignore[index]
    return group_id


def test_a_group_role_lets_its_members_into_the_base(app: Any, admin: ApiClient) -> None:
    mia, max_ = _user(app, "mia@example.com"), _user(app, "max@example.com")
    base = admin.base_id
    mia.get(f"/api/bases/{base}", expect=404)
    managers = _group(admin, "Managers", mia)
    mia.get(f"/api/bases/{base}", expect=404)  # a group without a role on the base gives nothing

    out = admin.post(f"/api/bases/{base}/groups", {"group_id": managers, "role": "editor"}, expect=201)
    assert out["groups"] == [{"id": managers, "name": "Managers", "role": "editor", "members": 1}]
    assert mia.get(f"/api/bases/{base}")["role"] == "editor"
    assert [(b["id"], b["role"]) for b in mia.get("/api/bases")["bases"]] == [(base, "editor")]
    mia.base = mia.get(f"/api/bases/{base}")
    mia.insert([{"Name": "From a group member"}])
    assert [r["Name"] for r in admin.rows()] == ["From a group member"]
    max_.get(f"/api/bases/{base}", expect=404)  # not in the group

    # The base's people include the group's member (for collaborator cells, the members dialog).
    people = {m["email"]: m["role"] for m in admin.get(f"/api/bases/{base}")["members"]}
    assert people == {"root@example.com": "owner", "mia@example.com": "editor"}
    listed = admin.get(f"/api/bases/{base}/members")
    assert [m["email"] for m in listed["members"]] == ["root@example.com"]  # direct members
    assert listed["groups"][0]["name"] == "Managers"

    # The group's role goes down: so does hers.
    admin.patch(f"/api/bases/{base}/groups/{managers}", {"role": "viewer"})
    assert mia.get(f"/api/bases/{base}")["role"] == "viewer"
    mia.post(f"/api/tables/{mia.table_id}/rows", {"rows": [{"Name": "no"}]}, expect=403)

    # Taken out of the group, she is out of the base.
    admin.delete(f"/api/admin/groups/{managers}/members/{mia.user['id']}")  # type: ignore[index]
    mia.get(f"/api/bases/{base}", expect=404)
    assert mia.get("/api/bases")["bases"] == []


def test_the_higher_of_the_direct_and_the_group_role_wins(app: Any, admin: ApiClient) -> None:
    mia, ivan = _user(app, "mia@example.com"), _user(app, "ivan@example.com")
    base = admin.base_id
    admin.post(f"/api/bases/{base}/members", {"email": "mia@example.com", "role": "viewer"}, expect=201)
    admin.post(f"/api/bases/{base}/members", {"email": "ivan@example.com", "role": "owner"}, expect=201)
    readers, writers = _group(admin, "Readers", ivan), _group(admin, "Writers", mia)
    admin.post(f"/api/bases/{base}/groups", {"group_id": readers, "role": "viewer"}, expect=201)
    admin.post(f"/api/bases/{base}/groups", {"group_id": writers, "role": "editor"}, expect=201)
    assert mia.get(f"/api/bases/{base}")["role"] == "editor"  # direct viewer, group editor
    assert ivan.get(f"/api/bases/{base}")["role"] == "owner"  # direct owner, group viewer
    # Deleting a group takes its roles away; the direct role stays.
    admin.delete(f"/api/admin/groups/{writers}")
    assert mia.get(f"/api/bases/{base}")["role"] == "viewer"
    assert [g["name"] for g in admin.get(f"/api/bases/{base}/groups")["groups"]] == ["Readers"]
    # A group owner may manage the base like any owner.
    owners = _group(admin, "Owners", mia)
    admin.post(f"/api/bases/{base}/groups", {"group_id": owners, "role": "owner"}, expect=201)
    mia.patch(f"/api/bases/{base}", {"name": "Sales 2"})


def test_only_owners_in_the_app_give_groups_roles(app: Any, admin: ApiClient) -> None:
    mia, stranger = _user(app, "mia@example.com"), _user(app, "eve@example.com")
    base = admin.base_id
    admin.post(f"/api/bases/{base}/members", {"email": "mia@example.com", "role": "editor"}, expect=201)
    team = _group(admin, "Team", stranger)
    body = {"group_id": team, "role": "owner"}
    mia.post(f"/api/bases/{base}/groups", body, expect=403)
    stranger.post(f"/api/bases/{base}/groups", body, expect=404)  # the base is not theirs to know
    token = ApiClient(app, token=admin.token("write"))
    token.post(f"/api/bases/{base}/groups", body, expect=403)
    token.get("/api/groups", expect=403)
    stranger.get(f"/api/bases/{base}", expect=404)
    # Group names are there for people in the app to choose from; managing groups is the admin's.
    assert mia.get("/api/groups")["groups"] == [{"id": team, "name": "Team"}]
    mia.post("/api/admin/groups", {"name": "Mine"}, expect=403)
    mia.post(f"/api/admin/groups/{team}/members", {"user_id": mia.user["id"]}, expect=403)  # type: ignore[index]


def test_bad_group_input_is_refused_naming_the_field(app: Any, admin: ApiClient) -> None:
    base = admin.base_id
    team = _group(admin, "Team")
    for body, field in (({"name": "   "}, "name"), ({"name": "x" * 201}, "name"), ({}, "name")):
        r = admin.post("/api/admin/groups", body, expect=422)
        assert field in r.get_json()["error"]["fields"]
    assert "name" in admin.post("/api/admin/groups", {"name": "team"}, expect=409).get_json()["error"]["fields"]
    r = admin.post(f"/api/admin/groups/{team}/members", {"user_id": 999999}, expect=422)
    assert "user_id" in r.get_json()["error"]["fields"]
    admin.post(f"/api/admin/groups/{team}/members", {"user_id": "1"}, expect=422)
    admin.post("/api/admin/groups/999999/members", {"user_id": 1}, expect=404)
    r = admin.post(f"/api/bases/{base}/groups", {"group_id": 999999, "role": "editor"}, expect=422)
    assert "group_id" in r.get_json()["error"]["fields"]
    r = admin.post(f"/api/bases/{base}/groups", {"group_id": team, "role": "king"}, expect=422)
    assert "role" in r.get_json()["error"]["fields"]
    admin.post(f"/api/bases/{base}/groups", {"group_id": team, "role": "viewer"}, expect=201)
    admin.post(f"/api/bases/{base}/groups", {"group_id": team, "role": "viewer"}, expect=409)
    admin.patch(f"/api/admin/groups/{team}", {"name": "Team A"})
    assert [g["name"] for g in admin.get("/api/admin/groups")["groups"]] == ["Team A"]
    assert admin.get("/api/admin/groups")["groups"][0]["bases"] == [{"id": base, "name": "Sales", "role": "viewer"}]
    admin.delete(f"/api/bases/{base}/groups/{team}")
    admin.delete(f"/api/bases/{base}/groups/{team}", expect=404)


def test_tokens_of_a_group_member_follow_the_group(app: Any, admin: ApiClient) -> None:
    """A token made through a group role is read-only when it says so, and stops with the role;
    a deleted base is not reachable through a group either."""
    mia = _user(app, "mia@example.com")
    base = admin.base_id
    team = _group(admin, "Team", mia)
    admin.post(f"/api/bases/{base}/groups", {"group_id": team, "role": "editor"}, expect=201)
    mia.base = mia.get(f"/api/bases/{base}")
    read = ApiClient(app, token=mia.token("read"))
    write = ApiClient(app, token=mia.token("write"))
    assert len(read.get(f"/api/tables/{mia.table_id}/rows")["rows"]) == 0
    read.post(f"/api/tables/{mia.table_id}/rows", {"rows": [{"Name": "no"}]}, expect=403)
    write.post(f"/api/tables/{mia.table_id}/rows", {"rows": [{"Name": "yes"}]}, expect=201)
    admin.delete(f"/api/bases/{base}/groups/{team}")
    read.get(f"/api/tables/{mia.table_id}/rows", expect=404)
    write.post(f"/api/tables/{mia.table_id}/rows", {"rows": [{"Name": "no"}]}, expect=404)
    admin.post(f"/api/bases/{base}/groups", {"group_id": team, "role": "editor"}, expect=201)
    admin.delete(f"/api/bases/{base}")
    mia.get(f"/api/bases/{base}", expect=404)
    assert mia.get("/api/bases")["bases"] == []
    assert admin.get("/api/bases/deleted")["bases"][0]["id"] == base


def test_a_group_member_can_be_named_in_a_collaborator_cell(app: Any, admin: ApiClient) -> None:
    """People of the base through a group are its people: a collaborator cell takes them (and a
    stranger is still refused)."""
    mia = _user(app, "mia@example.com")
    _user(app, "eve@example.com")
    team = _group(admin, "Team", mia)
    admin.post(f"/api/bases/{admin.base_id}/groups", {"group_id": team, "role": "viewer"}, expect=201)
    admin.add_column("Manager", "collaborator")
    admin.insert([{"Name": "Acme", "Manager": ["mia@example.com"]}])
    assert admin.rows()[0]["Manager"] == ["mia@example.com"]
    admin.post(f"/api/tables/{admin.table_id}/rows", {"rows": [{"Name": "x", "Manager": ["eve@example.com"]}]},
               expect=422)
