"""Tables: rename, duplicate (with and without rows), delete to the trash and restore, the
500-column limit, and a manual row order that survives inserts between rows (renumbering
included) — on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from tests.helpers import ApiClient, snapshot


def _names(c: ApiClient, table_id: int | None = None) -> list[Any]:
    return [r["Name"] for r in c.rows(table_id=table_id)]


def test_rename_table(owner: ApiClient, app: Any) -> None:
    t = owner.patch(f"/api/tables/{owner.table_id}", {"name": "  Клиенты "})["table"]
    assert t["name"] == "Клиенты"
    owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Счета"}, expect=201)
    r = owner.patch(f"/api/tables/{owner.table_id}", {"name": "счета"}, expect=409)
    assert "name" in r.get_json()["error"]["fields"]
    owner.undo()  # the added table
    owner.undo()  # the rename
    assert owner.get(f"/api/tables/{owner.table_id}")["name"] == "Table 1"


def test_duplicate_with_and_without_rows(owner: ApiClient, app: Any) -> None:
    owner.add_column("Amount", "number", {"precision": 0})
    owner.add_column("No", "auto-number", {"prefix": "N"})
    owner.add_column("Status", "single-select", {"options": [{"name": "Open"}]})
    src_rows = owner.insert([{"Name": "a", "Amount": 1, "Status": "Open"}, {"Name": "b", "Amount": 2}])
    start = snapshot(app, owner.base_id)
    full = owner.post(f"/api/tables/{owner.table_id}/duplicate", {}, expect=201)["table"]
    assert full["name"] == "Table 1 copy"
    src_cols = owner.get(f"/api/tables/{owner.table_id}")["columns"]
    assert [(c["name"], c["type"], c["options"], c["is_primary"]) for c in full["columns"]] == \
        [(c["name"], c["type"], c["options"], c["is_primary"]) for c in src_cols]
    copy_rows = owner.rows(table_id=full["id"])
    assert [(r["Name"], r["Amount"], r["Status"], r["No"]) for r in copy_rows] == \
        [("a", 1.0, "Open", "N0001"), ("b", 2.0, None, "N0002")]
    assert [r["_id"] for r in copy_rows] == [r["_id"] for r in src_rows]
    # The copy's auto numbers go on from where the source's were.
    assert owner.insert([{"Name": "c"}], table_id=full["id"])[0][str(full["columns"][2]["id"])] == "N0003"
    empty = owner.post(f"/api/tables/{owner.table_id}/duplicate", {"with_rows": False, "name": "Шаблон"},
                       expect=201)["table"]
    assert empty["name"] == "Шаблон" and owner.rows(table_id=empty["id"]) == []
    assert len(empty["columns"]) == len(src_cols)
    # Changing the copy leaves the source alone.
    owner.patch(f"/api/tables/{full['id']}/rows", {"rows": [{"_id": copy_rows[0]["_id"], "Name": "changed"}]})
    assert _names(owner) == ["a", "b"]
    for _ in range(4):
        owner.undo()
    assert snapshot(app, owner.base_id) == start


def test_delete_to_trash_and_restore_with_rows(owner: ApiClient, app: Any) -> None:
    second = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Second"}, expect=201)["table"]
    owner.add_column("Amount", "number", table_id=second["id"])
    owner.insert([{"Name": "kept", "Amount": 5}], table_id=second["id"])
    before = snapshot(app, owner.base_id)
    owner.delete(f"/api/tables/{second['id']}")
    assert [t["name"] for t in owner.get(f"/api/bases/{owner.base_id}")["tables"]] == ["Table 1"]
    trash = owner.get(f"/api/bases/{owner.base_id}/trash")
    assert [t["name"] for t in trash["tables"]] == ["Second"] and trash["tables"][0]["deleted_at"].endswith("Z")
    owner.get(f"/api/tables/{second['id']}/rows", expect=404)
    # A table of the same name may be made meanwhile; restoring then is a clear conflict.
    other = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "second"}, expect=201)["table"]
    r = owner.post(f"/api/tables/{second['id']}/restore", expect=409)
    assert "already exists" in r.get_json()["error"]["message"]
    owner.delete(f"/api/tables/{other['id']}")
    owner.post(f"/api/tables/{second['id']}/restore")
    assert _names(owner, second["id"]) == ["kept"]
    assert owner.get(f"/api/bases/{owner.base_id}/trash")["tables"][0]["name"] == "second"
    owner.post(f"/api/tables/{second['id']}/restore", expect=404)
    # The last table of a base stays.
    owner.delete(f"/api/tables/{second['id']}")
    r = owner.delete(f"/api/tables/{owner.table_id}", expect=409)
    assert "at least one table" in r.get_json()["error"]["message"]
    owner.post(f"/api/tables/{second['id']}/restore")
    assert snapshot(app, owner.base_id) == before


def test_trash_is_purged_after_30_days(owner: ApiClient, app: Any) -> None:
    from server.catalog.trash import purge_trash

    second = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Old"}, expect=201)["table"]
    col = owner.add_column("Gone", "text")
    owner.delete(f"/api/tables/{second['id']}")
    owner.delete(f"/api/columns/{col['id']}")
    st = app.extensions["tablo"]
    assert purge_trash(st.db, 30) == {"tables": 0, "columns": 0}
    with st.db.write() as conn:
        old = sa.func.coalesce(cat.tables.c.deleted_at, None)
        conn.execute(sa.update(cat.tables).where(cat.tables.c.id == second["id"])
                     .values(deleted_at=sa.literal(_days_ago(31))))
        conn.execute(sa.update(cat.columns).where(cat.columns.c.id == col["id"])
                     .values(deleted_at=sa.literal(_days_ago(31))))
        assert old is not None
    assert purge_trash(st.db, 30) == {"tables": 1, "columns": 1}
    assert owner.get(f"/api/bases/{owner.base_id}/trash") == {"tables": [], "columns": [], "views": []}
    owner.post(f"/api/tables/{second['id']}/restore", expect=404)
    with st.db.read() as conn:
        names = sa.inspect(conn).get_table_names()
    assert f"t_{second['id']}" not in names
    owner.insert([{"Name": "still works"}])


def _days_ago(days: int) -> Any:
    import datetime as dt

    return dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)


def test_500_column_limit(owner: ApiClient, app: Any) -> None:
    # 499 columns through one batch action (one request), then the 500th by the API.
    actions = [{"type": "add_column", "table_id": owner.table_id, "name": f"C{i}", "column_type": "number"}
               for i in range(498)]
    owner.post(f"/api/bases/{owner.base_id}/actions", {"action": {"type": "batch", "actions": actions}})
    owner.add_column("C498", "text")
    assert len(owner.get(f"/api/tables/{owner.table_id}")["columns"]) == 500
    r = owner.post(f"/api/tables/{owner.table_id}/columns", {"name": "One too many", "type": "text"}, expect=422)
    assert "500" in r.get_json()["error"]["message"]
    # A row can fill all 500.
    row = {f"C{i}": i for i in range(498)} | {"Name": "wide", "C498": "last"}
    got = owner.insert([row])[0]
    assert len([k for k in got if not k.startswith("_")]) == 500
    assert owner.rows()[0]["C497"] == 497.0


def test_manual_order_survives_inserts_between_rows(owner: ApiClient, app: Any) -> None:
    rows = owner.insert([{"Name": "a"}, {"Name": "z"}])
    a, z = rows[0]["_id"], rows[1]["_id"]
    owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "m"}], "after": a}, expect=201)
    owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "y"}], "before": z}, expect=201)
    owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "0"}], "before": a}, expect=201)
    assert _names(owner) == ["0", "a", "m", "y", "z"]
    # Insert again and again right after "a": each halves the gap until the orders are
    # renumbered; the visible order stays right throughout.
    expected = ["0", "a", "m", "y", "z"]
    for i in range(60):
        owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": f"n{i}"}], "after": a}, expect=201)
        expected.insert(2, f"n{i}")
    assert _names(owner) == expected
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        t = sa.table(f"t_{owner.table_id}", sa.column("_order"))
        orders = [r[0] for r in conn.execute(sa.select(t.c._order).order_by(t.c._order))]
    assert len(set(orders)) == len(orders)
    assert max(orders) <= len(orders) + 60  # renumbered: back to small whole steps
    # Several rows at once between two neighbours keep their own order.
    owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{"Name": "p"}, {"Name": "q"}], "before": z},
               expect=201)
    assert _names(owner)[-3:] == ["p", "q", "z"]
    # Moving rows, and undoing the move.
    before = _names(owner)
    owner.post(f"/api/bases/{owner.base_id}/actions", {"action": {
        "type": "move_rows", "table_id": owner.table_id, "row_ids": [z], "after": rows[0]["_id"]}})
    assert _names(owner)[:3] == ["0", "a", "z"]
    owner.undo()
    assert _names(owner) == before
    bad = owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{}], "after": "N" * 22}, expect=404)
    assert bad.get_json()["error"]["code"] == "not_found"
    r = owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{}], "after": a, "before": z}, expect=422)
    assert "before" in r.get_json()["error"]["fields"]
