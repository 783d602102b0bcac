"""An access matrix over every endpoint of /api/openapi.json, on SQLite and PostgreSQL.

Callers: anonymous, viewer, editor, owner, a user of another base, a read-only token, and a
token of another base. Every route is called with real ids of the owner's base where the
path names a resource we can make (base, table, column, row, file, view, token, member), and
with a body that passes the route's schema, so the answer is about access, not input:

- anonymous → 401 on every endpoint that needs a log-in;
- another base's user or token → 404 on every endpoint of this base (nothing leaks);
- viewer and read-only token → 403 on every write to this base, reads work;
- editor → 403 on the owner-only writes;
- owner → reads work;
- a cookie write without the X-Requested-With header → 403.

Only refused writes are sent, so at the end the base must be exactly as before (snapshot and
version).

A new endpoint is covered automatically. If its rule differs from the defaults (reads for
viewers, writes for editors), add it to OWNER_ONLY, OWNER_ONLY_READS, EDITOR_READS or VIEWER_MAY below; a
new base-scoped path parameter belongs in SCOPED_PARAMS and, for the 404-before-validation
guarantee, in `server.api.routing.register_scope`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
from marshmallow import Schema, fields, validate

from tests.fixtures_types import upload
from tests.helpers import ApiClient, snapshot

WRITE = {"POST", "PATCH", "PUT", "DELETE"}
# Path parameters that name something inside one base: another base's caller must get 404.
SCOPED_PARAMS = {"base_id", "table_id", "column_id", "row_id", "view_id", "file_id", "chart_id", "rule_id",
                 "comment_id", "hook_id", "invitation_id", "import_key"}
# Writes only owners may make (editors get 403).
OWNER_ONLY = {
    ("PATCH", "/api/bases/{base_id}"), ("DELETE", "/api/bases/{base_id}"), ("POST", "/api/bases/{base_id}/restore"),
    ("POST", "/api/bases/{base_id}/members"), ("PATCH", "/api/bases/{base_id}/members/{user_id}"),
    ("DELETE", "/api/bases/{base_id}/members/{user_id}"), ("POST", "/api/bases/{base_id}/transfer-ownership"),
    ("POST", "/api/bases/{base_id}/invitations"), ("PATCH", "/api/tables/{table_id}/permissions"),
    ("POST", "/api/bases/{base_id}/snapshots"), ("POST", "/api/bases/{base_id}/point-in-time"),
    ("PUT", "/api/tables/{table_id}/access"),
}
# Reads only owners may make.
OWNER_ONLY_READS = {
    ("GET", "/api/bases/{base_id}/invitations"), ("GET", "/api/bases/{base_id}/webhooks"),
    ("GET", "/api/bases/{base_id}/snapshots"), ("GET", "/api/tables/{table_id}/access"),
}
# Reads that need the editor role (they show how the base is shared or collected from outside).
EDITOR_READS = {
    ("GET", "/api/views/{view_id}/share-links"),
}
# Writes a viewer may make in a base they can read (everything else is 403 for them).
VIEWER_MAY = {
    ("POST", "/api/tables/{table_id}/chart-data"),  # a read: chart data for ad-hoc settings
    ("POST", "/api/tables/{table_id}/formula/validate"),  # a read: checks a formula, changes nothing
    ("POST", "/api/tables/{table_id}/cash-application/suggest"),  # a read: suggested matches, nothing linked
}


def make_token(client: ApiClient, base_id: int, access: str) -> str:
    # ApiClient.token (the method) is shadowed by its token attribute; call the API directly.
    return client.post("/api/tokens", {"base_id": base_id, "access": access}, expect=201)["token"]


@dataclass
class World:
    owner: ApiClient
    callers: dict[str, ApiClient]
    ids: dict[str, Any]


# Routes that read one view type's rows are called with a view of that type.
TYPED_VIEW_ROUTES = {"/api/views/{view_id}/stacks": "kanban_view_id",
                     "/api/views/{view_id}/stacks/rows": "kanban_view_id",
                     "/api/views/{view_id}/range": "calendar_view_id"}


def _value_for(name: str, f: fields.Field, ids: dict[str, Any]) -> Any:
    if name in ids and isinstance(f, fields.Integer | fields.String):
        return ids[name]
    if name == "stack":
        return ""  # a kanban's stack of empty cells, which every board has
    if name == "formula":
        return "1"
    if "email" in name:
        return "nobody@example.com"
    min_len = 0
    for v in f.validators:
        if isinstance(v, validate.OneOf):
            return list(v.choices)[0]
        if isinstance(v, validate.Email):
            return "nobody@example.com"
        if isinstance(v, validate.URL):
            return "https://hooks.example.com/tablo"
        if isinstance(v, validate.Length) and v.min:
            min_len = v.min
    if isinstance(f, fields.Email):
        return "nobody@example.com"
    if isinstance(f, fields.Url):
        return "https://hooks.example.com/tablo"
    if isinstance(f, fields.List) and min_len:
        return [_value_for("", f.inner, ids)] * min_len
    if isinstance(f, fields.String) and min_len:
        return "x" * min_len
    if isinstance(f, fields.Nested):
        return body_for(f.schema.__class__, ids)
    if isinstance(f, fields.List):
        return []
    if isinstance(f, fields.Dict):
        return {}
    if isinstance(f, fields.Boolean):
        return False
    if isinstance(f, fields.DateTime):
        return "2000-01-01T00:00:00Z"
    if isinstance(f, fields.Date):
        return "2000-01-01"
    if isinstance(f, fields.Integer):
        return 1
    if isinstance(f, fields.Number):
        return 1.0
    return "x"


def body_for(schema_cls: type[Schema] | None, ids: dict[str, Any]) -> dict:
    """A body that passes the route's schema: every required field with a plain value."""
    if schema_cls is None:
        return {}
    out = {}
    for name, f in schema_cls().fields.items():
        if f.required and not f.dump_only:
            out[f.data_key or name] = _value_for(name, f, ids)
    return out


def routes() -> list[Any]:
    from server.api.routing import ROUTES

    return ROUTES


def _path(path: str, ids: dict[str, Any]) -> tuple[str, bool]:
    """Fill the path; also say whether every parameter is a real id of the owner's base."""
    real = True

    def fill(m: re.Match) -> str:
        nonlocal real
        name = m.group(1)
        if name in ids:
            return str(ids[name])
        real = False
        return "999999" if name.endswith("_id") else "no-such-thing"

    return re.sub(r"{(\w+)}", fill, path), real


@pytest.fixture
def world(app: Any, owner: ApiClient) -> World:
    def member(email: str, role: str) -> ApiClient:
        c = ApiClient(app)
        c.signup(email)
        owner.post(f"/api/bases/{owner.base_id}/members", {"email": email, "role": role}, expect=201)
        c.base = owner.base
        return c

    editor, viewer = member("editor@example.com", "editor"), member("viewer@example.com", "viewer")
    stranger = ApiClient(app)
    stranger.signup("stranger@example.com")
    stranger.new_base("Theirs")
    col = owner.add_column("Note", "text")
    row = owner.insert([{"Name": "a", "Note": "b"}])[0]
    file = upload(owner, owner.base_id, "a.txt", b"hello", "text/plain")
    ids: dict[str, Any] = {"base_id": owner.base_id, "table_id": owner.table_id, "column_id": col["id"],
                           "row_id": row["_id"], "file_id": file["id"], "user_id": owner.user["id"]}
    view = owner.call("POST", f"/api/tables/{owner.table_id}/views", json={"name": "V"})
    if view.status_code in (200, 201):
        body = view.get_json()
        ids["view_id"] = (body.get("view") or body)["id"]
    stage = owner.add_column("Stage", "single-select", {"options": [{"name": "New"}]})
    due = owner.add_column("Due", "date")
    for key, vtype, settings in [("kanban_view_id", "kanban", {"stack_column": stage["id"]}),
                                 ("calendar_view_id", "calendar", {"date_columns": [{"column_id": due["id"]}]})]:
        ids[key] = owner.post(f"/api/tables/{owner.table_id}/views",
                              {"name": vtype, "type": vtype, "settings": settings}, expect=201)["view"]["id"]
    ids["token_id"] = owner.post("/api/tokens", {"base_id": owner.base_id, "access": "read"}, expect=201)["id"]
    callers = {
        "anonymous": ApiClient(app),
        "owner": owner,
        "editor": editor,
        "viewer": viewer,
        "stranger": stranger,
        "read_token": ApiClient(app, token=make_token(owner, owner.base_id, "read")),
        "other_token": ApiClient(app, token=make_token(stranger, stranger.base_id, "write")),
    }
    return World(owner=owner, callers=callers, ids=ids)


def _expected(who: str, method: str, path: str, auth: bool, scoped: bool, real: bool) -> set[int] | None:
    """The statuses allowed for this caller, or None when this call is not sent (it would act)."""
    write = method in WRITE
    if who == "anonymous":
        return {401} if auth else None
    if not auth:
        return None
    if who in ("stranger", "other_token"):
        return {404} if scoped else None
    if not scoped or not real:
        # Account-level routes or made-up ids: only reads are sent (tokens may be refused
        # account-level reads; made-up ids may need a higher role before they are looked up).
        if write:
            return None
        if path.startswith("/api/admin/"):
            return {200} if who == "owner" else {403}  # the owner is the first account: the admin
        return {200, 400, 403, 404, 422} if who == "read_token" or scoped else {200, 400, 404, 422}
    if (method, path) == ("POST", "/api/bases/{base_id}/restore"):
        return None if who == "owner" else {403, 404}  # a live base is "not in the trash" anyway
    if who in ("viewer", "read_token"):
        if write and (method, path) not in VIEWER_MAY:
            return {403}
        if write:
            return None
        return {403} if (method, path) in OWNER_ONLY_READS | EDITOR_READS else {200}
    if who == "editor":
        if write:
            return {403} if (method, path) in OWNER_ONLY else None
        return {403} if (method, path) in OWNER_ONLY_READS else {200}
    # owner
    return None if write else {200}


@pytest.mark.parametrize("who", ["anonymous", "stranger", "other_token", "viewer", "read_token", "editor", "owner"])
def test_access_matrix(app: Any, world: World, who: str) -> None:
    doc_paths = world.owner.get("/api/openapi.json")["paths"]
    before = snapshot(app, world.owner.base_id)
    version = world.owner.get(f"/api/bases/{world.owner.base_id}")["version"]
    caller = world.callers[who]
    wrong, checked = [], 0
    seen: set[tuple[str, str]] = set()
    for r in routes():
        full = "/api" + r.path
        params = set(re.findall(r"{(\w+)}", r.path))
        scoped = bool(params & SCOPED_PARAMS)
        for method in r.methods:
            seen.add((method.lower(), full))
            if full.endswith("/live"):
                continue  # the WebSocket endpoint: tests/test_live covers its access
            ids = world.ids
            if full in TYPED_VIEW_ROUTES:
                ids = {**ids, "view_id": ids[TYPED_VIEW_ROUTES[full]]}
            url, real = _path(full, ids)
            expect = _expected(who, method, full, r.auth, scoped, real)
            if expect is None:
                continue
            body = body_for(r.body, ids) if method in WRITE else None
            if r.query is not None:
                qs = "&".join(f"{k}={v}" for k, v in body_for(r.query, ids).items())
                url += f"?{qs}" if qs else ""
            resp = caller.call(method, url, json=body) if body is not None else caller.call(method, url)
            checked += 1
            if resp.status_code not in expect:
                wrong.append(f"{method} {full} -> {resp.status_code} (want {sorted(expect)}): "
                             f"{resp.get_data(as_text=True)[:160]}")
            elif resp.status_code >= 400:
                err = resp.get_json()["error"]
                assert set(err) == {"code", "message", "fields"} and err["message"], (method, full, err)
    assert not wrong, "\n".join(wrong)
    assert checked > 20
    # The matrix went over every documented operation.
    documented = {(m, p) for p, ops in doc_paths.items() for m in ops}
    assert documented == seen
    assert snapshot(app, world.owner.base_id) == before
    assert world.owner.get(f"/api/bases/{world.owner.base_id}")["version"] == version


def test_cookie_writes_need_the_csrf_header(app: Any, world: World) -> None:
    owner = world.owner
    before = snapshot(app, owner.base_id)
    wrong = []
    for r in routes():
        if not r.auth:
            continue
        for method in r.methods:
            if method not in WRITE:
                continue
            url, _ = _path("/api" + r.path, world.ids)
            resp = owner.call(method, url, json=body_for(r.body, world.ids), headers={})
            if resp.status_code != 403 or "X-Requested-With" not in resp.get_json()["error"]["message"]:
                wrong.append(f"{method} {r.path} -> {resp.status_code}")
    assert not wrong, wrong
    assert snapshot(app, owner.base_id) == before
    # The same write with the header goes through.
    owner.insert([{"Name": "with header"}])


def test_tokens_are_scoped_and_revocable(app: Any, world: World) -> None:
    owner = world.owner
    write = ApiClient(app, token=make_token(owner, owner.base_id, "write"))
    write.base = owner.base
    write.insert([{"Name": "by token"}])
    assert write.get("/api/bases")["bases"] == [{**write.get("/api/bases")["bases"][0], "id": owner.base_id}]
    token_id = next(t["id"] for t in owner.get("/api/tokens")["tokens"] if t["access"] == "write")
    owner.delete(f"/api/tokens/{token_id}")
    r = write.call("GET", f"/api/bases/{owner.base_id}", expect=401)
    assert r.get_json()["error"]["code"] == "unauthorized"
    bad = ApiClient(app, token="tt_not-a-real-token")
    assert bad.call("GET", "/api/me", expect=401).get_json()["error"]["message"]
    # Tokens cannot make tokens or bases.
    assert write.call("POST", "/api/bases", json={"name": "x"}).status_code in (401, 403)


def test_restricted_member_reads_no_hidden_row_or_column(app: Any, world: World) -> None:
    """Every read endpoint of the matrix, as an editor whose access rule hides one row and one
    column (docs/access.md): no answer carries the hidden row's id or either hidden value."""
    owner = world.owner
    restricted = ApiClient(app)
    restricted.signup("restricted@example.com")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "restricted@example.com", "role": "editor"},
               expect=201)
    secret_col = owner.add_column("Salary", "text")
    hidden = owner.insert([{"Name": "Hidden-Customer-X", "Salary": "Secret-Salary-Y"}])[0]["_id"]
    owner.patch(f"/api/tables/{owner.table_id}/rows", {"rows": [{"_id": world.ids["row_id"], "Salary": "Secret-Salary-Z"}]})
    name = owner.get(f"/api/tables/{owner.table_id}")["columns"][0]["id"]
    owner.put(f"/api/tables/{owner.table_id}/access", {"rules": [{
        "user_id": restricted.user["id"], "hidden_columns": [secret_col["id"]],
        "read_filter": {"filters": [{"column_id": name, "operator": "is_not", "value": "Hidden-Customer-X"}]}}]})
    wrong, checked = [], 0
    for r in routes():
        full = "/api" + r.path
        if "GET" not in r.methods or not r.auth or full.endswith("/live"):
            continue
        ids = world.ids
        if full in TYPED_VIEW_ROUTES:
            ids = {**ids, "view_id": ids[TYPED_VIEW_ROUTES[full]]}
        url, real = _path(full, ids)
        if not real:
            continue
        if r.query is not None:
            qs = "&".join(f"{k}={v}" for k, v in body_for(r.query, ids).items())
            url += f"?{qs}" if qs else ""
        resp = restricted.call("GET", url)
        checked += 1
        data = resp.get_data()  # compressed files (XLSX, backups) are checked by tests/test_row_access.py
        for secret in (hidden, "Hidden-Customer-X", "Secret-Salary-Y", "Secret-Salary-Z"):
            if secret.encode() in data:
                wrong.append(f"GET {full} -> {resp.status_code} carries {secret}")
    assert not wrong, "\n".join(wrong)
    assert checked > 20
    assert [r["Name"] for r in restricted.rows(table_id=owner.table_id)] == ["a"]
