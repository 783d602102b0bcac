"""The search index (server/query/search_index.py) on SQLite and PostgreSQL: a search that uses it
finds exactly what the scan finds (the same rows, the same hits, the same order), the index
follows every write (insert, edit, delete, undo, redo, type change, column delete) and a
stale index is never read."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
import sqlalchemy as sa

from server.query import indexes, search_index
from server.query.compile import compile_view
from tests.helpers import ApiClient
from tests.test_views_api import build_sales

NEEDLES = ["ЁЛК", "ЕЛКА-2", "вект", "300", "2026-0", "LATE", "%", "_", "а", "zeta", "нет такого", "a%b"]


def _table(app: Any, owner: ApiClient, tid: int) -> Any:
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        return st.schema_cache.get(conn, owner.base_id).table(tid)


def _index_name(app: Any, owner: ApiClient, tid: int) -> str | None:
    with app.extensions["tablo"].db.read() as conn:
        return search_index.usable(conn, _table(app, owner, tid))


def _results(owner: ApiClient, tid: int, view_id: int) -> dict[str, Any]:
    out = {}
    for needle in NEEDLES:
        q = quote(needle)
        out[needle] = (owner.get(f"/api/tables/{tid}/search?q={q}")["hits"],
                       owner.get(f"/api/views/{view_id}/search?q={q}")["hits"],
                       [r["_id"] for r in owner.get(f"/api/views/{view_id}/rows?limit=1000&search={q}")["rows"]],
                       owner.get(f"/api/views/{view_id}/count?search={q}")["count"])
    return out


def _check_same(owner: ApiClient, app: Any, tid: int, view_id: int, monkeypatch: pytest.MonkeyPatch,
                indexed: bool = True) -> dict[str, Any]:
    """Every needle answered with the index (when there is one) and by the scan: identical."""
    assert (_index_name(app, owner, tid) is not None) is indexed
    got = _results(owner, tid, view_id)
    with monkeypatch.context() as m:
        m.setattr(search_index, "usable", lambda conn, table: None)
        assert _index_name(app, owner, tid) is None
        want = _results(owner, tid, view_id)
    assert got == want
    return got


def _shadow_matches_table(app: Any, owner: ApiClient, tid: int) -> None:
    """The index holds one text per row, the very text the search expression gives."""
    table = _table(app, owner, tid)
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        name, expr, _ = search_index.desired(table, conn.dialect)
        key = "rowid" if conn.dialect.name == "sqlite" else "id"
        shadow = dict(conn.exec_driver_sql(f'SELECT {key}, txt FROM "{name}"').all())  # noqa: S608
        rows = dict(conn.exec_driver_sql(f'SELECT id, {expr} FROM "{table.phys}"').all())  # noqa: S608
    assert shadow == rows


@pytest.fixture
def sales(owner: ApiClient) -> Any:
    out = build_sales(owner)
    owner.insert([{"Name": "50% скидка"}, {"Name": "o_o"}, {"Name": "a%b и ЁЖИК"}])
    out["ids"] = [r["_id"] for r in owner.rows()]
    view = owner.post(f"/api/tables/{out['tid']}/views", {"name": "By amount", "settings": {
        "sorts": [{"column_id": out["cols"]["amount"], "direction": "desc"}],
        "hidden_columns": [out["cols"]["due"]]}}, expect=201)["view"]
    out["view"] = view["id"]
    indexes.wait_idle()
    # The index comes with the first search (decision 0044), not with the view.
    assert _index_name(owner.app, owner, out["tid"]) is None
    owner.get(f"/api/views/{view['id']}/rows?search=x")
    indexes.wait_idle()
    yield out
    indexes.wait_idle()


def test_indexed_search_finds_what_the_scan_finds(owner: ApiClient, app: Any, sales: dict,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    tid, view_id = sales["tid"], sales["view"]
    got = _check_same(owner, app, tid, view_id, monkeypatch)
    _shadow_matches_table(app, owner, tid)
    # The index is really narrowing: Cyrillic case and ё/е folded, options by name, hidden columns not searched.
    names = {r["_id"]: r["Name"] for r in owner.rows()}
    assert [names[h["row_id"]] for h in got["ЁЛК"][0]] == ["ООО Ёлка", "ооо елка-2"]
    assert {names[h["row_id"]] for h in got["LATE"][1]} == {"Вектор"}
    assert got["2026-0"][1] == []  # the due date is hidden in this view
    assert len(got["2026-0"][0]) == 3
    # A common word (more matches than MAX_CANDIDATES): windows and counts scan, positions use the
    # index all the same; the same answers again.
    monkeypatch.setattr(search_index, "MAX_CANDIDATES", 2)
    assert _check_same(owner, app, tid, view_id, monkeypatch) == got


def test_index_follows_writes_undo_and_column_changes(owner: ApiClient, app: Any, sales: dict,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    tid, view_id, c = sales["tid"], sales["view"], sales["cols"]
    ids = sales["ids"]
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": ids[2], "Name": "Ёлочка 300"},
                                                     {"_id": ids[5], "Amount": 12345}]})
    owner.insert([{"Name": "новая ЁЛКА", "Amount": 7, "Status": "Late"}])
    owner.delete(f"/api/tables/{tid}/rows", {"row_ids": [ids[0]]})
    _check_same(owner, app, tid, view_id, monkeypatch)
    _shadow_matches_table(app, owner, tid)
    owner.undo()  # the deleted row comes back
    owner.undo()  # the inserted row goes
    _check_same(owner, app, tid, view_id, monkeypatch)
    owner.redo()
    _shadow_matches_table(app, owner, tid)
    # A type change names another index: the old one is not read, the upkeep builds the new one.
    owner.patch(f"/api/columns/{c['amount']}", {"type": "text"})
    _check_same(owner, app, tid, view_id, monkeypatch, indexed=False)
    indexes.wait_idle()
    _check_same(owner, app, tid, view_id, monkeypatch)
    _shadow_matches_table(app, owner, tid)
    # A deleted column is no longer searched; undo brings it back, with its index.
    owner.delete(f"/api/columns/{c['amount']}")
    indexes.wait_idle()
    _check_same(owner, app, tid, view_id, monkeypatch)
    owner.undo()
    indexes.wait_idle()
    _check_same(owner, app, tid, view_id, monkeypatch)
    _shadow_matches_table(app, owner, tid)
    # An option renamed is found by its new name (options are matched by name, not held by the index).
    status = next(col for col in owner.get(f"/api/tables/{tid}")["columns"] if col["id"] == c["status"])
    opts = [dict(o, name="Просрочен") if o["name"] == "Late" else o for o in status["options"]["options"]]
    owner.patch(f"/api/columns/{c['status']}", {"options": {"options": opts}})
    got = _check_same(owner, app, tid, view_id, monkeypatch)
    assert got["LATE"][0] == []
    assert len(owner.get(f"/api/tables/{tid}/search?q=" + quote("ПРОСРОЧ"))["hits"]) >= 1


def test_a_searched_computed_column_takes_the_scan(owner: ApiClient, app: Any, sales: dict,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tid = sales["tid"]
    owner.add_column("Twice", "formula", {"formula": "{Amount} * 2"})
    indexes.wait_idle()
    table = _table(app, owner, tid)
    plan = search_index.plan(table, table.columns)
    assert plan.uncovered
    with app.extensions["tablo"].db.read() as conn:
        assert search_index.usable(conn, table) is not None  # there, but it cannot narrow this search
        assert "IN" not in str(compile_view(table, {}, search="600", conn=conn).where)
    _check_same(owner, app, tid, sales["view"], monkeypatch)
    assert [h["row_id"] for h in owner.get(f"/api/tables/{tid}/search?q=600")["hits"]] == [sales["ids"][2],
                                                                                          sales["ids"][4]]


def test_index_is_dropped_and_built_again(app: Any, owner: ApiClient, sales: dict) -> None:
    tid = sales["tid"]
    with app.extensions["tablo"].db.write() as conn:
        table = _table(app, owner, tid)
        assert search_index.existing(conn, table.phys)
        search_index.drop(conn, table.phys)
        assert search_index.existing(conn, table.phys) == []
        assert search_index.build(conn, table) == search_index.desired(table, conn.dialect)[0]
        count = conn.execute(sa.text(f'SELECT count(*) FROM "{search_index.existing(conn, table.phys)[0]}"')).scalar()  # noqa: S608
    assert count == len(sales["ids"])
