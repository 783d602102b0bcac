"""Table and column permissions over the live socket, against a real server process on
SQLite and PostgreSQL: the socket path is refused like every other."""

from __future__ import annotations

from tests.test_live import Server, User
from tests.test_notifications_live import team_server  # noqa: F401  (module fixture: one server per database)


def test_socket_writes_obey_permissions(team_server: Server) -> None:  # noqa: F811
    ann, bob = User(team_server, "ann"), User(team_server, "bob")
    base = ann.call("POST", "/bases", {"name": "Perms"}, expect=201)
    b, tid = base["id"], base["tables"][0]["id"]
    ann.call("POST", f"/bases/{b}/members", {"email": bob.email, "role": "editor"}, expect=201)
    ann.call("POST", f"/tables/{tid}/columns", {"name": "Amount", "type": "number"}, expect=201)
    row = ann.call("POST", f"/tables/{tid}/rows", {"rows": [{"Name": "r"}]}, expect=201)["rows"][0]["_id"]
    ann.call("PATCH", f"/tables/{tid}/permissions", {"rows": {"delete": {"mode": "named", "user_ids": []}},
                                                     "columns": {"Amount": {"mode": "named", "user_ids": []}}})
    live = bob.socket(b)
    try:
        r = live.act({"type": "delete_rows", "table_id": tid, "row_ids": [row]}, "c1")
        assert (r["t"], r["status"]) == ("reject", 403)
        r = live.act({"type": "update_rows", "table_id": tid, "rows": [{"_id": row, "Amount": 5}]}, "c2")
        assert (r["t"], r["status"]) == ("reject", 403)
        r = live.act({"type": "update_rows", "table_id": tid, "rows": [{"_id": row, "Name": "ok"}]}, "c3")
        assert r["t"] == "ack"
    finally:
        live.close()
    rows = ann.call("GET", f"/tables/{tid}/rows?keys=names")["rows"]
    assert [(x["Name"], x["Amount"]) for x in rows] == [("ok", None)]
