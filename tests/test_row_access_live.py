"""Access rules over the live socket, against a real server process on SQLite and PostgreSQL:
a restricted manager receives only changes of rows and columns he may see; a row that stops
matching his rule arrives as a removal, one that starts matching as a complete row; changes in a
table hidden from him arrive as dropped actions (the version still advances)."""

from __future__ import annotations

import json

from tests.test_live import Server, User
from tests.test_notifications_live import team_server  # noqa: F401  (module fixture: one server per database)


def test_restricted_member_receives_only_rows_he_may_see(team_server: Server) -> None:  # noqa: F811
    ann, ivan = User(team_server, "ann"), User(team_server, "ivan")
    base = ann.call("POST", "/bases", {"name": "Live rules"}, expect=201)
    b, tid = base["id"], base["tables"][0]["id"]
    ann.call("POST", f"/bases/{b}/members", {"email": ivan.email, "role": "editor"}, expect=201)
    region = ann.call("POST", f"/tables/{tid}/columns", {"name": "Region", "type": "text"}, expect=201)["column"]
    secret = ann.call("POST", f"/tables/{tid}/columns", {"name": "Secret", "type": "text"}, expect=201)["column"]
    other = ann.call("POST", f"/bases/{b}/tables", {"name": "Hidden", "columns": [{"name": "X", "type": "text"}]},
                     expect=201)["table"]["id"]
    ann.call("PUT", f"/tables/{tid}/access", {"rules": [{"user_id": ivan.id, "hidden_columns": [secret["id"]],
                                                          "read_filter": {"filters": [{
                                                              "column_id": region["id"], "operator": "is",
                                                              "value": "north"}]}}]})
    ann.call("PUT", f"/tables/{other}/access", {"rules": [{"user_id": ivan.id, "hide_table": True}]})
    live = ivan.socket(b)
    try:
        rows = ann.call("POST", f"/tables/{tid}/rows", {"rows": [
            {"Name": "north-1", "Region": "north", "Secret": "s1"},
            {"Name": "south-1", "Region": "south", "Secret": "s2"}]}, expect=201)["rows"]
        north, south = rows[0]["_id"], rows[1]["_id"]
        ins = live.ops(1)[0]["action"]
        assert [r["_id"] for r in ins["rows"]] == [north]
        assert str(secret["id"]) not in ins["rows"][0] and "s1" not in json.dumps(ins)
        # south starts matching: it arrives as a complete row
        ann.call("PATCH", f"/tables/{tid}/rows", {"rows": [{"_id": south, "Region": "north"}]})
        upd = live.ops(1)[0]["action"]
        assert upd["type"] == "update_rows" and upd["rows"][0]["_id"] == south
        assert upd["rows"][0][str(region["id"])] == "north" and "south-1" in upd["rows"][0].values()
        assert "s2" not in json.dumps(upd)
        # north stops matching: it arrives as a removal
        ann.call("PATCH", f"/tables/{tid}/rows", {"rows": [{"_id": north, "Region": "west", "Secret": "s9"}]})
        gone = live.ops(1)[0]["action"]
        assert gone == {"type": "batch", "actions": [{"type": "update_rows", "table_id": tid, "rows": []},
                                                     {"type": "delete_rows", "table_id": tid, "row_ids": [north]}]}
        # the hidden table: the version arrives, its content does not
        ann.call("POST", f"/tables/{other}/rows", {"rows": [{"X": "classified"}]}, expect=201)
        hidden = live.ops(1)[0]
        assert hidden["action"].get("table_missing") is True and "classified" not in json.dumps(hidden)
        blob = json.dumps(live.frames)
        assert "s1" not in blob and "s9" not in blob and "west" not in blob
    finally:
        live.close()
