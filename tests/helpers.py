"""Test helpers: an API client that speaks like the web app, and state snapshots for undo checks."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

PASSWORD = "correct-horse-1"


class ApiClient:
    """A Flask test client with the session cookie and CSRF header the web app sends."""

    def __init__(self, app: Any, token: str | None = None) -> None:
        self.app = app
        self.http = app.test_client()
        self.bearer = token
        self.base: dict | None = None
        self.user: dict | None = None

    def _headers(self, extra: dict | None = None) -> dict:
        h = {"X-Requested-With": "tablo"}
        if self.bearer:
            h = {"Authorization": f"Bearer {self.bearer}"}
        h.update(extra or {})
        return h

    def call(self, method: str, path: str, json: Any = None, expect: int | None = None, **kw: Any) -> Any:
        kw.setdefault("headers", self._headers())
        resp = self.http.open(path, method=method, json=json, **kw)
        if expect is not None:
            assert resp.status_code == expect, f"{method} {path} -> {resp.status_code}: {resp.get_data(as_text=True)}"
        return resp

    def get(self, path: str, expect: int | None = 200, **kw: Any) -> Any:
        r = self.call("GET", path, expect=expect, **kw)
        return r.get_json() if expect is not None and expect < 300 else r

    def post(self, path: str, json: Any = None, expect: int | None = 200, **kw: Any) -> Any:
        r = self.call("POST", path, json=json, expect=expect, **kw)
        return r.get_json() if expect is not None and expect < 300 else r

    def patch(self, path: str, json: Any = None, expect: int | None = 200, **kw: Any) -> Any:
        r = self.call("PATCH", path, json=json, expect=expect, **kw)
        return r.get_json() if expect is not None and expect < 300 else r

    def put(self, path: str, json: Any = None, expect: int | None = 200, **kw: Any) -> Any:
        r = self.call("PUT", path, json=json, expect=expect, **kw)
        return r.get_json() if expect is not None and expect < 300 else r

    def delete(self, path: str, json: Any = None, expect: int | None = 200, **kw: Any) -> Any:
        r = self.call("DELETE", path, json=json, expect=expect, **kw)
        return r.get_json() if expect is not None and expect < 300 else r

    # -- conveniences -----------------------------------------------------------------------
    def signup(self, email: str, password: str = PASSWORD, name: str = "") -> dict:
        self.user = self.post("/api/auth/signup", {"email": email, "password": password, "name": name}, expect=201)["user"]
        return self.user

    def login(self, email: str, password: str = PASSWORD) -> dict:
        self.user = self.post("/api/auth/login", {"email": email, "password": password})["user"]
        return self.user

    def new_base(self, name: str = "Base") -> dict:
        self.base = self.post("/api/bases", {"name": name}, expect=201)
        return self.base

    @property
    def base_id(self) -> int:
        assert self.base is not None
        return self.base["id"]

    @property
    def table_id(self) -> int:
        assert self.base is not None
        return self.base["tables"][0]["id"]

    def add_column(self, name: str, type_: str, options: dict | None = None, table_id: int | None = None) -> dict:
        body: dict[str, Any] = {"name": name, "type": type_}
        if options is not None:
            body["options"] = options
        return self.post(f"/api/tables/{table_id or self.table_id}/columns", body, expect=201)["column"]

    def insert(self, rows: list[dict], table_id: int | None = None, **extra: Any) -> list[dict]:
        return self.post(f"/api/tables/{table_id or self.table_id}/rows", {"rows": rows, **extra}, expect=201)["rows"]

    def rows(self, table_id: int | None = None, names: bool = True, limit: int = 1000) -> list[dict]:
        q = f"?limit={limit}" + ("&keys=names" if names else "")
        return self.get(f"/api/tables/{table_id or self.table_id}/rows{q}")["rows"]

    def undo(self, expect: int = 200, **body: Any) -> Any:
        return self.post(f"/api/bases/{self.base_id}/undo", body, expect=expect)

    def redo(self, expect: int = 200, **body: Any) -> Any:
        return self.post(f"/api/bases/{self.base_id}/redo", body, expect=expect)

    def token(self, access: str = "read", base_id: int | None = None) -> str:
        return self.post("/api/tokens", {"base_id": base_id or self.base_id, "access": access}, expect=201)["token"]


def registered_action_types() -> dict[str, Any]:
    """Every action type a running server knows: the core's handlers and those `server.plugins`
    registers (charts, templates, imports, backups)."""
    from server import plugins
    from server.actions.registry import all_handlers

    plugins.load()
    return all_handlers()


def snapshot(app: Any, base_id: int) -> dict:
    """Schema and data of a base, for 'undo restores the exact state' checks.

    Rows are compared by their order, not the raw order numbers (those may be spread out).
    """
    st = app.extensions["tablo"]
    from server.catalog.model import load_schema
    from server.query.rows import select_rows

    with st.db.read() as conn:
        schema = load_schema(conn, base_id, -1)
        out: dict[str, Any] = {"tables": []}
        for t in schema.live_tables():
            cols = [(c.id, c.name, c.type, c.options, c.position, c.is_primary) for c in t.columns]
            rows = select_rows(conn, t)
            data = []
            for r in rows:
                rec = {k: v for k, v in r.items()}
                rec = {k: (str(v) if v is not None else None) for k, v in rec.items() if k != "_order"}
                # Values keyed by column id (physical names change when a type changes).
                vals = {c.id: rec.get(c.phys) if c.phys else None for c in t.columns}
                data.append((rec["_id"], rec["_ctime"], rec["_mtime"], rec["_creator"], rec["_last_modifier"],
                             sorted(vals.items())))
            out["tables"].append((t.id, t.name, t.position, cols, data))
        members = conn.execute(sa.text("SELECT 1")).scalar()
        out["ok"] = members
    return out
