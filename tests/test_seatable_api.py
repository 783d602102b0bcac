"""SeaTable's own Python client (`seatable-api` 4.0.0) against a real Tablo server process.

A `tablo serve` subprocess runs on a free port for each database (SQLite and PostgreSQL);
each test signs up its own user and base through Tablo's API, drives the real client
`seatable_api.Base` against it, and checks every result against Tablo's own API.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa
from seatable_api import Base
from seatable_api.constants import ColumnTypes
from seatable_api.exception import AuthExpiredError

from server.api.seatable.tokens import make_access_token

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
PASSWORD = "correct-horse-1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    secret: str
    kind: str


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           pg_database: str | None) -> Iterator[Server]:
    """One real server per database for this module (a process start per test would be slow).

    Each test still gets a fresh user and base; the database is this module's own (a SQLite
    file, or a PostgreSQL schema made and dropped here, as the db_url fixture does per test).
    """
    data = tmp_path_factory.mktemp(f"seatable_{request.param}")
    schema = None
    if request.param == "sqlite":
        db_url = f"sqlite:///{data / 'tablo.db'}"
    else:
        if pg_database is None:
            pytest.skip("PostgreSQL is not reachable (set TABLO_REQUIRE_PG=1 to make this a failure)")
        schema = f"s_{uuid.uuid4().hex[:12]}"
        eng = sa.create_engine(pg_database, isolation_level="AUTOCOMMIT")
        with eng.connect() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        db_url = f"{pg_database}?options=-csearch_path%3D{schema}"
    port = _free_port()
    secret = secrets.token_urlsafe(32)
    env = {**os.environ, "TABLO_DATA_DIR": str(data), "TABLO_DATABASE_URL": db_url, "TABLO_SECRET_KEY": secret,
           **getattr(request.module, "SERVER_ENV", {})}
    log = open(data / "server.log", "w")  # noqa: SIM115  (closed below)
    # gunicorn with the app factory, as `tablo serve` runs it (gthread worker).
    proc = subprocess.Popen([str(GUNICORN), "--worker-class", "gthread", "--threads", "16", "--workers", "1",
                             "--graceful-timeout", "2", "--bind", f"127.0.0.1:{port}", "--access-logfile", str(data / "access.log"),
                             "server.app:create_app()"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            if requests.get(url + "/api/column-types", timeout=5).status_code == 200:
                break
        except requests.RequestException:
            pass
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            log.close()
            pytest.fail("tablo serve did not start:\n" + (data / "server.log").read_text()[-3000:])
        time.sleep(0.1)
    yield Server(url, secret, request.param)
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()
    if schema is not None:
        with eng.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        eng.dispose()


class Tablo:
    """Tablo's own API, as the web app calls it (session cookie and CSRF header)."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.http = requests.Session()
        self.http.headers["X-Requested-With"] = "tablo"
        self.email = f"u{secrets.token_hex(4)}@example.com"
        self.call("POST", "/api/auth/signup", {"email": self.email, "password": PASSWORD}, expect=201)
        self.base = self.call("POST", "/api/bases", {"name": "Sales"}, expect=201)
        self.base_id = self.base["id"]

    def call(self, method: str, path: str, body: Any = None, expect: int = 200) -> Any:
        r = self.http.request(method, self.server.url + path, json=body, timeout=30)
        assert r.status_code == expect, f"{method} {path} -> {r.status_code}: {r.text}"
        return r.json()

    def table(self, name: str, columns: list[dict]) -> dict:
        return self.call("POST", f"/api/bases/{self.base_id}/tables", {"name": name, "columns": columns},
                         expect=201)["table"]

    def rows(self, table_id: int) -> list[dict]:
        return self.call("GET", f"/api/tables/{table_id}/rows?limit=1000&keys=names")["rows"]

    def count(self, table_id: int) -> int:
        return self.call("GET", f"/api/tables/{table_id}/count")["count"]

    def token(self, access: str = "write") -> tuple[int, str]:
        t = self.call("POST", "/api/tokens", {"base_id": self.base_id, "access": access}, expect=201)
        return t["id"], t["token"]

    def seatable(self, access: str = "write") -> Base:
        _, token = self.token(access)
        base = Base(token, self.server.url)
        base.auth()
        return base


INVOICE_COLUMNS = [
    {"name": "Invoice", "type": "text"},
    {"name": "Amount", "type": "number", "options": {"format": "currency", "currency_symbol": "$",
                                                      "currency_position": "before", "precision": 2}},
    {"name": "Status", "type": "single-select", "options": {"options": [{"name": "Open"}, {"name": "Paid"},
                                                                          {"name": "Overdue"}]}},
    {"name": "Tags", "type": "multiple-select", "options": {"options": [{"name": "VIP"}, {"name": "EU"}]}},
    {"name": "Due", "type": "date"},
    {"name": "Sent at", "type": "date", "options": {"include_time": True}},
    {"name": "Paid", "type": "checkbox"},
    {"name": "Notes", "type": "long-text"},
    {"name": "Email", "type": "email"},
    {"name": "Site", "type": "url"},
    {"name": "Time", "type": "duration", "options": {"format": "h:mm:ss"}},
    {"name": "Score", "type": "rate"},
    {"name": "Owner", "type": "collaborator"},
]


@pytest.fixture
def tablo(server: Server) -> Tablo:
    return Tablo(server)


@pytest.fixture
def invoices(tablo: Tablo) -> dict:
    return tablo.table("Invoices", INVOICE_COLUMNS)


# -- authentication -----------------------------------------------------------------------------
def test_auth_gives_base_and_gateway_mode(tablo: Tablo) -> None:
    base = tablo.seatable()
    assert base.use_api_gateway is True
    assert base.dtable_uuid == tablo.base["uuid"]
    assert base.dtable_name == "Sales"
    assert base.jwt_token.startswith("tsa.")


def test_bad_expired_and_revoked_tokens(tablo: Tablo, server: Server) -> None:
    with pytest.raises(ConnectionError) as err:
        Base("tt_not-a-real-token", server.url).auth()
    assert err.value.args[0] == 401
    token_id, token = tablo.token()
    base = Base(token, server.url)
    base.auth()
    user_id = tablo.call("GET", "/api/me")["user"]["id"]
    # An access token issued four days ago (the lifetime is three) is refused the way SeaTable does.
    old, _ = make_access_token(server.secret, token_id, tablo.base_id, user_id, issued_at=time.time() - 4 * 86400)
    base.api_gateway.headers = {**base.api_gateway.headers, "Authorization": "Token " + old}
    with pytest.raises(AuthExpiredError):
        base.get_metadata()
    # A forged token (signed with another key) is not expired, just invalid.
    forged, _ = make_access_token("another-key", token_id, tablo.base_id, user_id)
    base.api_gateway.headers = {**base.api_gateway.headers, "Authorization": "Token " + forged}
    with pytest.raises(ConnectionError) as err:
        base.get_metadata()
    assert err.value.args[0] == 401
    # Revoking the API token ends the access tokens made from it.
    base.auth()
    assert base.get_metadata()["tables"]
    tablo.call("DELETE", f"/api/tokens/{token_id}")
    with pytest.raises(ConnectionError) as err:
        base.get_metadata()
    assert err.value.args[0] == 401
    with pytest.raises(ConnectionError):
        base.auth()


def test_token_is_scoped_to_its_base(tablo: Tablo, server: Server) -> None:
    base = tablo.seatable()
    other = tablo.call("POST", "/api/bases", {"name": "Other"}, expect=201)
    base.api_gateway.dtable_uuid = other["uuid"]
    with pytest.raises(ConnectionError) as err:
        base.get_metadata()
    assert err.value.args[0] == 404


def test_read_token_cannot_write(tablo: Tablo, invoices: dict) -> None:
    base = tablo.seatable("read")
    assert base.list_rows("Invoices") == []
    with pytest.raises(ConnectionError) as err:
        base.append_row("Invoices", {"Invoice": "INV-1"})
    assert err.value.args[0] == 403
    assert tablo.count(invoices["id"]) == 0


# -- metadata -----------------------------------------------------------------------------------
def test_metadata_and_list_columns(tablo: Tablo, invoices: dict) -> None:
    base = tablo.seatable()
    meta = base.get_metadata()
    tables = {t["name"]: t for t in meta["tables"]}
    assert set(tables) == {t["name"] for t in tablo.call("GET", f"/api/bases/{tablo.base_id}")["tables"]}
    inv = tables["Invoices"]
    assert inv["_id"] == str(invoices["id"])
    ours = {c["name"]: c for c in tablo.call("GET", f"/api/tables/{invoices['id']}")["columns"]}
    cols = {c["name"]: c for c in inv["columns"]}
    assert list(cols) == list(ours)
    for name, c in cols.items():
        assert c["key"] == str(ours[name]["id"])
        assert c["type"] == ours[name]["type"]
    assert cols["Amount"]["data"]["format"] == "dollar"
    assert [o["name"] for o in cols["Status"]["data"]["options"]] == ["Open", "Paid", "Overdue"]
    assert cols["Sent at"]["data"]["format"] == "YYYY-MM-DD HH:mm"
    assert cols["Time"]["data"] == {"format": "duration", "duration_format": "h:mm:ss"}
    assert base.list_columns("Invoices") == inv["columns"]
    assert base.get_column_by_name("Invoices", "Status")["type"] == "single-select"


# -- rows ---------------------------------------------------------------------------------------
def test_append_get_list_update_delete(tablo: Tablo, invoices: dict) -> None:
    base = tablo.seatable()
    row = base.append_row("Invoices", {
        "Invoice": "INV-1", "Amount": 100.5, "Status": "Open", "Tags": ["VIP", "EU"], "Due": "2026-12-31",
        "Sent at": "2026-11-01 13:59", "Paid": False, "Notes": "# Hello", "Email": "a@b.co",
        "Site": "https://example.com", "Time": 5430, "Score": 4, "Owner": [tablo.email],
        "No such column": "ignored", "_ctime": "ignored too"})
    assert row["Invoice"] == "INV-1" and row["Status"] == "Open" and row["Tags"] == ["VIP", "EU"]
    assert row["Due"] == "2026-12-31" and row["Sent at"] == "2026-11-01T13:59:00+00:00"
    assert row["Owner"] == [tablo.email] and row["_creator"] == tablo.email
    ours = tablo.rows(invoices["id"])
    assert len(ours) == 1 and ours[0]["_id"] == row["_id"]
    mine = ours[0]
    assert (mine["Invoice"], mine["Amount"], mine["Status"], mine["Tags"]) == ("INV-1", 100.5, "Open", ["VIP", "EU"])
    assert (mine["Due"], mine["Sent at"], mine["Time"], mine["Score"]) == ("2026-12-31", "2026-11-01T13:59:00Z", 5430, 4)
    assert mine["Owner"] == [tablo.email] and mine["Notes"] == "# Hello" and mine["Site"] == "https://example.com"

    got = base.get_row("Invoices", row["_id"])
    assert got == row
    listed = base.list_rows("Invoices")
    assert listed == [row]

    assert base.update_row("Invoices", row["_id"], {"Status": "Paid", "Paid": True, "Amount": 99}) == {"success": True}
    mine = tablo.rows(invoices["id"])[0]
    assert (mine["Status"], mine["Paid"], mine["Amount"]) == ("Paid", True, 99)
    # A new option name becomes an option, in the same undoable action.
    base.update_row("Invoices", row["_id"], {"Status": "Disputed"})
    assert tablo.rows(invoices["id"])[0]["Status"] == "Disputed"
    cols = {c["name"]: c for c in tablo.call("GET", f"/api/tables/{invoices['id']}")["columns"]}
    assert "Disputed" in [o["name"] for o in cols["Status"]["options"]["options"]]

    assert base.delete_row("Invoices", row["_id"]) == {"success": True, "deleted_rows": 1}
    assert tablo.rows(invoices["id"]) == []


def test_batches_of_a_thousand(tablo: Tablo, invoices: dict) -> None:
    base = tablo.seatable()
    rows = [{"Invoice": f"INV-{i:04d}", "Amount": i, "Status": ["Open", "Paid", "Overdue"][i % 3]} for i in range(1000)]
    res = base.batch_append_rows("Invoices", rows)
    assert res["inserted_row_count"] == 1000 and len(res["row_ids"]) == 1000
    assert res["first_row"]["Invoice"] == "INV-0000"
    assert tablo.count(invoices["id"]) == 1000
    ids = [r["_id"] for r in res["row_ids"]]
    ours = tablo.rows(invoices["id"])
    assert [r["_id"] for r in ours] == ids
    assert [r["Invoice"] for r in ours] == [r["Invoice"] for r in rows]

    updates = [{"row_id": rid, "row": {"Amount": 5000 + n, "Paid": True}} for n, rid in enumerate(ids[:600])]
    assert base.batch_update_rows("Invoices", updates) == {"success": True}
    ours = tablo.rows(invoices["id"])
    assert [r["Amount"] for r in ours[:600]] == [5000 + n for n in range(600)]
    assert all(r["Paid"] for r in ours[:600]) and not any(r["Paid"] for r in ours[600:])

    assert base.batch_delete_rows("Invoices", ids[:999])["success"] is True
    assert [r["_id"] for r in tablo.rows(invoices["id"])] == ids[999:]
    # Paging through list rows: start and limit.
    assert len(base.list_rows("Invoices", start=0, limit=10)) == 1


def test_list_rows_order_start_limit(tablo: Tablo, invoices: dict) -> None:
    base = tablo.seatable()
    base.batch_append_rows("Invoices", [{"Invoice": n, "Amount": a} for n, a in
                                        [("b", 3), ("a", 1), ("d", 4), ("c", 2), ("e", None)]])
    assert [r["Invoice"] for r in base.list_rows("Invoices")] == ["b", "a", "d", "c", "e"]
    assert [r["Invoice"] for r in base.list_rows("Invoices", order_by="Amount", desc=True)][:4] == ["d", "b", "c", "a"]
    assert [r["Invoice"] for r in base.list_rows("Invoices", order_by="Invoice", start=1, limit=2)] == ["b", "c"]
    with pytest.raises(ConnectionError) as err:
        base.list_rows("Invoices", order_by="Nope")
    assert err.value.args[0] == 404 and "Nope" in err.value.args[1]


def test_four_character_table_name_is_also_sent_as_table_id(tablo: Tablo) -> None:
    t = tablo.table("Test", [{"name": "Name", "type": "text"}])
    base = tablo.seatable()
    row = base.append_row("Test", {"Name": "x"})  # the client adds table_id=Test
    assert base.list_rows("Test") == [row]
    assert tablo.rows(t["id"])[0]["Name"] == "x"
    base.delete_row("Test", row["_id"])
    assert tablo.count(t["id"]) == 0


def test_bad_input_is_named(tablo: Tablo, invoices: dict) -> None:
    base = tablo.seatable()
    with pytest.raises(ConnectionError) as err:
        base.append_row("Invoices", {"Amount": "lots"})
    assert err.value.args[0] == 422 and "Amount" in err.value.args[1]
    with pytest.raises(ConnectionError) as err:
        base.append_row("Nope", {"Amount": 1})
    assert err.value.args[0] == 404 and "Nope" in err.value.args[1]
    with pytest.raises(ConnectionError) as err:
        base.update_row("Invoices", "x" * 22, {"Amount": 1})
    assert err.value.args[0] == 404
    assert tablo.count(invoices["id"]) == 0


def test_changes_are_actions_undoable_and_logged(tablo: Tablo, invoices: dict) -> None:
    base = tablo.seatable()
    row = base.append_row("Invoices", {"Invoice": "INV-9", "Amount": 10})
    base.update_row("Invoices", row["_id"], {"Amount": 20})
    log = tablo.call("GET", f"/api/bases/{tablo.base_id}/actions?since=0")["actions"]
    kinds = [(a["type"], a["user"]["email"] if a["user"] else None) for a in log][-2:]
    assert kinds == [("insert_rows", tablo.email), ("update_rows", tablo.email)]
    tablo.call("POST", f"/api/bases/{tablo.base_id}/undo", {})
    assert tablo.rows(invoices["id"])[0]["Amount"] == 10
    tablo.call("POST", f"/api/bases/{tablo.base_id}/undo", {})
    assert tablo.rows(invoices["id"]) == []


# -- columns ------------------------------------------------------------------------------------
SUPPORTED_TYPES = [
    (ColumnTypes.TEXT, None, {}), (ColumnTypes.LONG_TEXT, None, {}),
    (ColumnTypes.NUMBER, {"format": "euro", "enable_precision": True, "precision": 1},
     {"format": "currency", "currency_symbol": "€", "precision": 1}),
    (ColumnTypes.CHECKBOX, None, {}),
    (ColumnTypes.DATE, {"format": "DD.MM.YYYY HH:mm"}, {"format": "DD.MM.YYYY", "include_time": True}),
    (ColumnTypes.SINGLE_SELECT, {"options": [{"name": "A", "color": "#FF0000", "textColor": "#fff"}]}, {}),
    (ColumnTypes.MULTIPLE_SELECT, {"options": [{"name": "X"}, {"name": "Y"}]}, {}),
    (ColumnTypes.COLLABORATOR, None, {}), (ColumnTypes.EMAIL, None, {}), (ColumnTypes.URL, None, {}),
    (ColumnTypes.DURATION, {"format": "duration", "duration_format": "h:mm"}, {"format": "h:mm"}),
    (ColumnTypes.RATE, {"rate_max_number": 10}, {"max": 10}),
    (ColumnTypes.AUTO_NUMBER, {"format": "INV-000"}, {"prefix": "INV-", "digits": 3}),
    (ColumnTypes.FILE, None, {}), (ColumnTypes.IMAGE, None, {}),
    (ColumnTypes.CTIME, None, {}), (ColumnTypes.MTIME, None, {}),
    (ColumnTypes.CREATOR, None, {}), (ColumnTypes.LAST_MODIFIER, None, {}),
]


def test_insert_column_of_each_type(tablo: Tablo, invoices: dict) -> None:
    base = tablo.seatable()
    base.append_row("Invoices", {"Invoice": "first"})
    for n, (ctype, data, expect_options) in enumerate(SUPPORTED_TYPES):
        col = base.insert_column("Invoices", f"C{n}", ctype, column_data=data)
        assert col["name"] == f"C{n}" and col["type"] == ctype.value
        ours = next(c for c in tablo.call("GET", f"/api/tables/{invoices['id']}")["columns"] if c["name"] == f"C{n}")
        assert ours["type"] == ctype.value and str(ours["id"]) == col["key"]
        for k, v in expect_options.items():
            assert ours["options"][k] == v, (ctype, k)
    cols = {c["name"]: c for c in tablo.call("GET", f"/api/tables/{invoices['id']}")["columns"]}
    assert [o["name"] for o in cols["C5"]["options"]["options"]] == ["A"]
    assert cols["C5"]["options"]["options"][0]["color"] == "#FF0000"
    # Auto numbers were given to the existing row; system columns read their fields.
    row = base.list_rows("Invoices")[0]
    assert row["C12"] == "INV-001" and row["C17"] == tablo.email and row["C15"] == row["_ctime"]
    # After an anchor column.
    col = base.insert_column("Invoices", "After invoice", ColumnTypes.TEXT, column_key=cols["Invoice"]["id"] and
                             str(cols["Invoice"]["id"]))
    names = [c["name"] for c in base.list_columns("Invoices")]
    assert names.index("After invoice") == names.index("Invoice") + 1 and col["type"] == "text"


def test_unsupported_column_types_and_calls_say_so(tablo: Tablo, invoices: dict) -> None:
    base = tablo.seatable()
    with pytest.raises(ConnectionError) as err:
        base.insert_column("Invoices", "Where", ColumnTypes.BUTTON)
    assert err.value.args[0] == 501 and "button" in err.value.args[1]
    with pytest.raises(ConnectionError) as err:
        base.add_column_cascade_settings("Invoices", "Status", "Tags", {})
    assert err.value.args[0] == 501 and "add_column_cascade_settings" in err.value.args[1]
    assert "Where" not in [c["name"] for c in tablo.call("GET", f"/api/tables/{invoices['id']}")["columns"]]


# -- tables and columns ---------------------------------------------------------------------------
def _log(tablo: Tablo) -> list[str]:
    return [a["type"] for a in tablo.call("GET", f"/api/bases/{tablo.base_id}/actions?since=0")["actions"]]


def _ours(tablo: Tablo, name: str) -> dict:
    base = tablo.call("GET", f"/api/bases/{tablo.base_id}")
    return next(t for t in base["tables"] if t["name"] == name)


def test_add_rename_and_delete_a_table(tablo: Tablo) -> None:
    """A script that builds its own tables: each call is one action, undoable, permission-checked."""
    base = tablo.seatable()
    made = base.add_table("Платежи", lang="en", columns=[
        {"column_name": "Номер", "column_type": "text"},
        {"column_name": "Сумма", "column_type": "number", "column_data": {"format": "euro"}},
        {"column_name": "Status", "column_type": "single-select", "column_data": {"options": [{"name": "Open"}]}},
    ])
    assert made["name"] == "Платежи" and [c["name"] for c in made["columns"]] == ["Номер", "Сумма", "Status"]
    ours = _ours(tablo, "Платежи")
    assert str(ours["id"]) == made["_id"]
    cols = {c["name"]: c for c in tablo.call("GET", f"/api/tables/{ours['id']}")["columns"]}
    assert cols["Сумма"]["type"] == "number" and cols["Сумма"]["options"]["currency_symbol"] == "€"
    assert [o["name"] for o in cols["Status"]["options"]["options"]] == ["Open"]
    # The new table works at once for rows and SQL.
    base.append_row("Платежи", {"Номер": "P-1", "Сумма": 12.5, "Status": "Open"})
    assert base.query("SELECT SUM(`Сумма`) AS s FROM `Платежи`") == [{"s": 12.5}]
    assert base.get_table_by_name("Платежи")["_id"] == made["_id"]
    plain = base.add_table("Plain")
    assert [c["name"] for c in plain["columns"]] == ["Name"]

    base.rename_table("Plain", "Renamed")
    assert _ours(tablo, "Renamed")["id"] == int(plain["_id"])
    base.delete_table("Renamed")
    assert "Renamed" not in [t["name"] for t in base.list_tables()]
    assert _log(tablo)[-5:] == ["add_table", "insert_rows", "add_table", "modify_table", "delete_table"]
    tablo.call("POST", f"/api/bases/{tablo.base_id}/undo", {})
    tablo.call("POST", f"/api/bases/{tablo.base_id}/undo", {})
    assert _ours(tablo, "Plain")["id"] == int(plain["_id"])

    with pytest.raises(ConnectionError) as err:
        base.add_table("Платежи")
    assert err.value.args[0] == 409 and "Платежи" in err.value.args[1]
    with pytest.raises(ConnectionError) as err:
        base.add_table("Bad", columns=[{"column_name": "X", "column_type": "nonsense"}])
    assert err.value.args[0] == 400 and "columns[0].column_type" in err.value.args[1]
    reader = tablo.seatable("read")
    for call in (lambda: reader.add_table("No"), lambda: reader.rename_table("Plain", "No"),
                 lambda: reader.delete_table("Plain")):
        with pytest.raises(ConnectionError) as err:
            call()
        assert err.value.args[0] == 403
    assert "No" not in [t["name"] for t in base.list_tables()]


def test_column_management(tablo: Tablo, invoices: dict) -> None:
    base = tablo.seatable()
    base.batch_append_rows("Invoices", [{"Invoice": "A-1", "Amount": 10}, {"Invoice": "A-2", "Amount": 2.5}])
    tid = invoices["id"]
    key = {c["name"]: str(c["id"]) for c in invoices["columns"]}

    col = base.rename_column("Invoices", key["Notes"], "Комментарий")
    assert col["name"] == "Комментарий" and col["key"] == key["Notes"]
    col = base.modify_column_type("Invoices", "Amount", ColumnTypes.TEXT)
    assert col["type"] == "text"
    assert sorted(r["Amount"] for r in base.list_rows("Invoices")) == ["10", "2.5"]
    # Widths and frozen columns are view settings in Tablo: a table without a saved view says so.
    with pytest.raises(ConnectionError) as err:
        base.resize_column("Invoices", "Invoice", 320)
    assert err.value.args[0] == 409 and "add_view" in err.value.args[1]
    view = base.add_view("Invoices", "Все счета")
    assert view["name"] == "Все счета"
    assert base.rename_view("Invoices", "Все счета", "Счета")["name"] == "Счета"
    base.add_view("Invoices", "Second")
    base.resize_column("Invoices", "Invoice", 320)
    base.freeze_column("Invoices", "Status", True)
    views = tablo.call("GET", f"/api/tables/{tid}/views")["views"]
    assert all(v["settings"]["column_widths"][key["Invoice"]] == 320 for v in views)
    order = [c["name"] for c in base.list_columns("Invoices")]
    assert all(v["settings"]["frozen_count"] == order.index("Status") + 1 for v in views)
    base.move_column("Invoices", "Status", key["Invoice"])
    order = [c["name"] for c in base.list_columns("Invoices")]
    assert order.index("Status") == order.index("Invoice") + 1
    col = base.add_column_options("Invoices", "Status", [{"name": "Disputed", "color": "#FCA5A5"},
                                                         {"name": "Open"}])
    assert [o["name"] for o in col["data"]["options"]] == ["Open", "Paid", "Overdue", "Disputed"]
    base.delete_column("Invoices", "Email")
    assert "Email" not in [c["name"] for c in base.list_columns("Invoices")]
    base.delete_view("Invoices", "Second")
    assert [v["name"] for v in base.list_views("Invoices")["views"]] == ["Счета"]
    log = _log(tablo)
    assert log[log.index("insert_rows") + 1:] == ["modify_column", "modify_column", "add_view", "modify_view",
                                                  "add_view", "batch", "batch", "modify_column",
                                                  "modify_column", "delete_column", "delete_view"]

    # Each call is one undo step, back to the start.
    for _ in range(11):
        tablo.call("POST", f"/api/bases/{tablo.base_id}/undo", {})
    cols = [c for c in tablo.call("GET", f"/api/tables/{tid}")["columns"]]
    assert [c["name"] for c in cols] == [c["name"] for c in invoices["columns"]]
    assert next(c for c in cols if c["name"] == "Amount")["type"] == "number"
    assert sorted(r["Amount"] for r in base.list_rows("Invoices")) == [2.5, 10]
    assert tablo.call("GET", f"/api/tables/{tid}/views")["views"] == []

    # Mistakes are named; a read token changes nothing.
    for call, status, words in [
        (lambda: base.resize_column("Invoices", "Invoice", 5), 400, "new_column_width"),
        (lambda: base.rename_column("Invoices", "Nope", "X"), 404, "Nope"),
        (lambda: base.rename_column("Invoices", "Invoice", "Amount"), 409, "already"),
        (lambda: base.delete_column("Invoices", "Invoice"), 409, "primary"),
        (lambda: base.move_column("Invoices", "Invoice", key["Amount"]), 409, "primary"),
        (lambda: base.add_column_options("Invoices", "Amount", [{"name": "x"}]), 400, "select"),
    ]:
        with pytest.raises(ConnectionError) as err:
            call()
        assert err.value.args[0] == status and words in err.value.args[1], err.value.args
    with pytest.raises(ConnectionError) as err:
        tablo.seatable("read").rename_column("Invoices", "Invoice", "X")
    assert err.value.args[0] == 403
    assert [c["name"] for c in tablo.call("GET", f"/api/tables/{tid}")["columns"]] == \
        [c["name"] for c in invoices["columns"]]


# -- views --------------------------------------------------------------------------------------
def test_list_rows_and_columns_of_a_view(tablo: Tablo, invoices: dict) -> None:
    cols = {c["name"]: c["id"] for c in tablo.call("GET", f"/api/tables/{invoices['id']}")["columns"]}
    base = tablo.seatable()
    base.batch_append_rows("Invoices", [{"Invoice": f"INV-{i}", "Amount": a, "Status": s} for i, (a, s) in
                                        enumerate([(10, "Open"), (50, "Paid"), (30, "Open"), (70, "Open"),
                                                   (None, "Open")])])
    view = tablo.call("POST", f"/api/tables/{invoices['id']}/views", {"name": "Open by amount", "settings": {
        "filters": {"conjunction": "and", "filters": [{"column_id": cols["Status"], "operator": "is", "value": "Open"}]},
        "sorts": [{"column_id": cols["Amount"], "direction": "desc"}],
        "hidden_columns": [cols["Notes"], cols["Tags"]]}}, expect=201)
    view_id = view["view"]["id"] if "view" in view else view["id"]
    ours = tablo.call("GET", f"/api/views/{view_id}/rows?limit=100&keys=names")["rows"]
    rows = base.list_rows("Invoices", view_name="Open by amount")
    assert [r["_id"] for r in rows] == [r["_id"] for r in ours]
    assert [r["Invoice"] for r in rows] == ["INV-3", "INV-2", "INV-0", "INV-4"]
    assert "Notes" not in rows[0] and "Tags" not in rows[0] and "Amount" in rows[0]
    assert [r["Invoice"] for r in base.list_rows("Invoices", view_name="Open by amount", start=1, limit=2)] == \
        ["INV-2", "INV-0"]
    assert [r["Invoice"] for r in base.list_rows("Invoices", view_name="Open by amount", order_by="Invoice")] == \
        ["INV-0", "INV-2", "INV-3", "INV-4"]
    names = [c["name"] for c in base.list_columns("Invoices", view_name="Open by amount")]
    assert "Notes" not in names and "Tags" not in names and "Invoice" in names
    assert [v["name"] for v in base.list_views("Invoices")["views"]] == ["Open by amount"]
    assert base.get_view_by_name("Invoices", "Open by amount")["_id"] == str(view_id)
    meta_views = next(t for t in base.get_metadata()["tables"] if t["name"] == "Invoices")["views"]
    assert [v["name"] for v in meta_views] == ["Open by amount"]
    assert set(meta_views[0]["hidden_columns"]) == {str(cols["Notes"]), str(cols["Tags"])}
    with pytest.raises(ConnectionError) as err:
        base.list_rows("Invoices", view_name="No such view")
    assert err.value.args[0] == 404 and "No such view" in err.value.args[1]


# -- links --------------------------------------------------------------------------------------
def test_link_column_add_links_and_linked_records(tablo: Tablo, invoices: dict) -> None:
    customers = tablo.table("Customers", [{"name": "Company", "type": "text"}])
    base = tablo.seatable()
    col = base.insert_column("Invoices", "Customer", ColumnTypes.LINK,
                             column_data={"table": "Invoices", "other_table": "Customers"})
    assert col["type"] == "link"
    link_id = base.get_column_link_id("Invoices", "Customer")
    other_side = next(c for c in base.list_columns("Customers") if c["type"] == "link")
    assert other_side["data"]["link_id"] == link_id  # both sides share the link id, as on SeaTable
    acme = base.append_row("Customers", {"Company": "Acme"})
    globex = base.append_row("Customers", {"Company": "Globex"})
    inv = base.batch_append_rows("Invoices", [{"Invoice": "INV-1"}, {"Invoice": "INV-2"}])["row_ids"]
    assert base.add_link(link_id, "Invoices", "Customers", inv[0]["_id"], acme["_id"]) == {"success": True}
    base.add_link(link_id, "Invoices", "Customers", inv[0]["_id"], globex["_id"])
    base.batch_add_links(link_id, "Invoices", "Customers", {inv[1]["_id"]: [globex["_id"]]})

    ours = {r["Invoice"]: r for r in tablo.rows(invoices["id"])}
    assert [v["_id"] for v in ours["INV-1"]["Customer"]] == [acme["_id"], globex["_id"]]
    listed = {r["Invoice"]: r for r in base.list_rows("Invoices")}
    assert listed["INV-1"]["Customer"] == [{"row_id": acme["_id"], "display_value": "Acme"},
                                           {"row_id": globex["_id"], "display_value": "Globex"}]
    back = {r["Company"]: r for r in tablo.rows(customers["id"])}
    assert sorted(v["_id"] for v in back["Globex"][other_side["name"]]) == sorted(r["_id"] for r in inv)

    meta = {t["name"]: t for t in base.get_metadata()["tables"]}
    got = base.get_linked_records(meta["Invoices"]["_id"], col["key"], [
        {"row_id": inv[0]["_id"], "offset": 0, "limit": 10}, {"row_id": inv[1]["_id"]},
        {"row_id": inv[0]["_id"] + "", "offset": 1, "limit": 1}])
    assert got[inv[1]["_id"]] == [{"row_id": globex["_id"], "display_value": "Globex"}]
    assert got[inv[0]["_id"]] == [{"row_id": globex["_id"], "display_value": "Globex"}]  # offset 1, limit 1
    full = base.get_linked_records(meta["Invoices"]["_id"], col["key"], [{"row_id": inv[0]["_id"]}])
    assert [x["display_value"] for x in full[inv[0]["_id"]]] == ["Acme", "Globex"]

    base.remove_link(link_id, "Invoices", "Customers", inv[0]["_id"], acme["_id"])
    assert [v["_id"] for v in {r["Invoice"]: r for r in tablo.rows(invoices["id"])}["INV-1"]["Customer"]] == \
        [globex["_id"]]
    base.update_link(link_id, "Invoices", "Customers", inv[1]["_id"], [acme["_id"]])
    assert [v["_id"] for v in {r["Invoice"]: r for r in tablo.rows(invoices["id"])}["INV-2"]["Customer"]] == \
        [acme["_id"]]
    # Each link change is one undoable action.
    tablo.call("POST", f"/api/bases/{tablo.base_id}/undo", {})
    assert [v["_id"] for v in {r["Invoice"]: r for r in tablo.rows(invoices["id"])}["INV-2"]["Customer"]] == \
        [globex["_id"]]
    with pytest.raises(ConnectionError) as err:
        base.add_link("999999", "Invoices", "Customers", inv[0]["_id"], acme["_id"])
    assert err.value.args[0] == 404
    with pytest.raises(ConnectionError) as err:
        base.add_link(link_id, "Invoices", "Customers", inv[0]["_id"], "x" * 22)
    assert err.value.args[0] in (404, 422)


def test_formula_and_link_formula_columns(tablo: Tablo, invoices: dict) -> None:
    tablo.table("Payments", [{"name": "Ref", "type": "text"}, {"name": "Sum", "type": "number"}])
    base = tablo.seatable()
    base.insert_column("Invoices", "Double", ColumnTypes.FORMULA, column_data={"formula": "{Amount} * 2"})
    base.insert_column("Invoices", "Payments", ColumnTypes.LINK, column_data={"other_table": "Payments"})
    base.insert_column("Invoices", "Paid sum", ColumnTypes.LINK_FORMULA, column_data={
        "formula": "rollup", "link_column_key": "Payments", "column_key_in_linked_record": "Sum",
        "summary_method": "sum"})
    row = base.append_row("Invoices", {"Invoice": "INV-1", "Amount": 21})
    pays = base.batch_append_rows("Payments", [{"Ref": "p1", "Sum": 5}, {"Ref": "p2", "Sum": 7}])["row_ids"]
    link_id = base.get_column_link_id("Invoices", "Payments")
    base.batch_add_links(link_id, "Invoices", "Payments", {row["_id"]: [p["_id"] for p in pays]})
    got = base.get_row("Invoices", row["_id"])
    assert got["Double"] == 42 and got["Paid sum"] == 12
    types = {c["name"]: c["type"] for c in base.list_columns("Invoices")}
    assert types["Double"] == "formula" and types["Paid sum"] == "link-formula"
    assert q_one(base, "SELECT `Paid sum`, Double FROM Invoices") == {"Paid sum": 12, "Double": 42}


def q_one(base: Base, sql: str) -> dict:
    rows = base.query(sql)
    assert len(rows) == 1
    return rows[0]


def test_files_and_images_by_url(tablo: Tablo) -> None:
    t = tablo.table("Docs", [{"name": "Name", "type": "text"}, {"name": "Scan", "type": "file"},
                             {"name": "Photo", "type": "image"}])
    r = tablo.http.post(f"{tablo.server.url}/api/bases/{tablo.base_id}/files",
                        files={"file": ("invoice.txt", b"hello", "text/plain")}, timeout=30)
    doc = r.json()
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
           b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7V\xbd\xfa\x00\x00\x00\x00IEND\xaeB`\x82")
    img = tablo.http.post(f"{tablo.server.url}/api/bases/{tablo.base_id}/files",
                          files={"file": ("p.png", png, "image/png")}, timeout=30).json()
    base = tablo.seatable()
    row = base.append_row("Docs", {"Name": "a", "Scan": [{"name": "invoice.txt", "size": 5, "type": "file",
                                                           "url": tablo.server.url + doc["url"]}],
                                   "Photo": [tablo.server.url + img["url"]]})
    assert row["Scan"] == [{"name": "invoice.txt", "size": 5, "type": "file", "url": tablo.server.url + doc["url"],
                            "id": doc["id"]}]
    assert row["Photo"] == [tablo.server.url + img["url"]]
    ours = tablo.rows(t["id"])[0]
    assert [f["id"] for f in ours["Scan"]] == [doc["id"]] and [f["id"] for f in ours["Photo"]] == [img["id"]]
    # A row read back can be written again unchanged (the copy-a-row pattern).
    base.update_row("Docs", row["_id"], base.get_row("Docs", row["_id"]))
    assert tablo.rows(t["id"])[0]["Scan"] == ours["Scan"]
    with pytest.raises(ConnectionError) as err:
        base.append_row("Docs", {"Photo": [tablo.server.url + doc["url"]]})
    assert err.value.args[0] == 422 and "Photo" in err.value.args[1]


def test_changes_are_broadcast_live(tablo: Tablo, invoices: dict) -> None:
    import json

    import websocket

    _, token = tablo.token()
    base = Base(token, tablo.server.url)
    base.auth()
    version = tablo.call("GET", f"/api/bases/{tablo.base_id}")["version"]
    ws = websocket.create_connection(tablo.server.url.replace("http://", "ws://") + f"/api/bases/{tablo.base_id}/live",
                                     header=[f"Authorization: Bearer {token}"], timeout=10)
    try:
        ws.send(json.dumps({"t": "hello", "version": version, "client": "watcher"}))
        while json.loads(ws.recv())["t"] != "welcome":
            pass
        row = base.append_row("Invoices", {"Invoice": "LIVE-1"})
        base.update_row("Invoices", row["_id"], {"Invoice": "LIVE-2"})
        ops = []
        while len(ops) < 2:
            frame = json.loads(ws.recv())
            if frame["t"] == "op":
                ops.append(frame)
    finally:
        ws.close()
    assert [o["action"]["type"] for o in ops] == ["insert_rows", "update_rows"]
    assert [o["v"] for o in ops] == [version + 1, version + 2]
    assert ops[0]["action"]["rows"][0]["_id"] == row["_id"]
    invoice_key = str(next(c["id"] for c in invoices["columns"] if c["name"] == "Invoice"))
    assert ops[1]["action"]["rows"][0][invoice_key] == "LIVE-2"
    assert ops[0]["by"]["name"]


def test_table_and_column_changes_are_broadcast_live(tablo: Tablo, invoices: dict) -> None:
    import json

    import websocket

    _, token = tablo.token()
    base = Base(token, tablo.server.url)
    base.auth()
    version = tablo.call("GET", f"/api/bases/{tablo.base_id}")["version"]
    ws = websocket.create_connection(tablo.server.url.replace("http://", "ws://") + f"/api/bases/{tablo.base_id}/live",
                                     header=[f"Authorization: Bearer {token}"], timeout=10)
    try:
        ws.send(json.dumps({"t": "hello", "version": version, "client": "watcher"}))
        while json.loads(ws.recv())["t"] != "welcome":
            pass
        base.add_table("Live table")
        base.rename_column("Invoices", "Notes", "Заметки")
        ops = []
        while len(ops) < 2:
            frame = json.loads(ws.recv())
            if frame["t"] == "op":
                ops.append(frame)
    finally:
        ws.close()
    assert [o["action"]["type"] for o in ops] == ["add_table", "modify_column"]
    assert ops[0]["action"]["name"] == "Live table" and ops[1]["action"]["name"] == "Заметки"
