"""Views through the API on SQLite and PostgreSQL: managing views (every change undone and
redone), windows, keyset cursors, count, groups, search, summaries, positions, colours,
broken settings after a column is deleted, bad input, and the indexes that follow views."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
import sqlalchemy as sa

from server.catalog import schema as cat
from server.query import indexes
from tests.helpers import ApiClient


def _q(obj: Any) -> str:
    return quote(json.dumps(obj, ensure_ascii=False))


def build_sales(owner: ApiClient) -> dict[str, Any]:
    """Invoices with Russian names, amounts, statuses, due dates and a paid flag."""
    name = owner.base["tables"][0]["columns"][0]
    cols = {"name": name["id"]}
    cols["amount"] = owner.add_column("Amount", "number")["id"]
    cols["status"] = owner.add_column("Status", "single-select", {"options": [
        {"name": "Open", "color": "#FF0000"}, {"name": "Paid", "color": "#00FF00"}, {"name": "Late"}]})["id"]
    cols["due"] = owner.add_column("Due", "date")["id"]
    cols["paid"] = owner.add_column("Paid", "checkbox")["id"]
    cols["tags"] = owner.add_column("Tags", "multiple-select", {"options": [{"name": "vip"}, {"name": "new"}]})["id"]
    rows = owner.insert([
        {"Name": "ООО Ёлка", "Amount": 500, "Status": "Open", "Due": "2026-01-10", "Tags": ["vip"]},
        {"Name": "ооо елка-2", "Amount": 100, "Status": "Paid", "Due": "2026-02-01", "Paid": True},
        {"Name": "Вектор", "Amount": 300, "Status": "Late", "Due": "2025-12-01", "Tags": ["vip", "new"]},
        {"Name": "альфа", "Amount": None, "Status": "Open"},
        {"Name": "Бета", "Amount": 300, "Status": None, "Due": "2026-03-15", "Tags": ["new"]},
        {"Name": "Zeta", "Amount": 50, "Status": "Paid", "Paid": True},
    ])
    return {"cols": cols, "ids": [r["_id"] for r in rows], "tid": owner.table_id}


@pytest.fixture
def sales(owner: ApiClient) -> Iterator[dict[str, Any]]:
    yield build_sales(owner)
    indexes.wait_idle()  # no background index job may outlive its test database


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shared(request: pytest.FixtureRequest, tmp_path_factory: Any, pg_database: str | None) -> Iterator[tuple]:
    """One app and one sales table per database for the tests that only read (fast)."""
    from server.app import create_app
    from server.config import load_config

    tmp = tmp_path_factory.mktemp("views")
    schema = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp / 'tablo.db'}"
    else:
        if pg_database is None:
            pytest.skip("PostgreSQL is not reachable")
        schema = f"s_{uuid.uuid4().hex[:12]}"
        eng = sa.create_engine(pg_database, isolation_level="AUTOCOMMIT")
        with eng.connect() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        url = f"{pg_database}?options=-csearch_path%3D{schema}"
    application = create_app(load_config(data_dir=str(tmp / "data"), database_url=url, secret_key="t"))
    application.config["TESTING"] = True
    owner = ApiClient(application)
    owner.signup("owner@example.com")
    owner.new_base("Sales")
    yield owner, build_sales(owner), application
    indexes.wait_idle()
    application.extensions["tablo"].db.dispose()
    if schema is not None:
        with eng.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        eng.dispose()


_counter = [0]


def _fresh_name() -> str:
    _counter[0] += 1
    return f"view {_counter[0]}"


def _view(owner: ApiClient, sales: dict, settings: dict, name: str | None = None, **extra: Any) -> dict:
    return owner.post(f"/api/tables/{sales['tid']}/views", {"name": name or _fresh_name(), "settings": settings,
                                                            **extra}, expect=201)["view"]


def _names(owner: ApiClient, view_id: int, query: str = "") -> list[str]:
    return [r["Name"] for r in owner.get(f"/api/views/{view_id}/rows?keys=names&limit=1000{query}")["rows"]]


def _views_state(app: Any, table_id: int) -> list[tuple]:
    with app.extensions["tablo"].db.read() as conn:
        v = cat.views
        return [(r.id, r.name, r.position, json.dumps(r.settings, sort_keys=True), r.private_to)
                for r in conn.execute(sa.select(v).where(v.c.table_id == table_id, v.c.deleted_at.is_(None))
                                      .order_by(v.c.id))]


def test_filter_sort_window_count_and_russian_text(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    v = _view(owner, sales, {
        "filters": {"conjunction": "or", "filters": [
            {"column_id": c["name"], "operator": "contains", "value": "ЕЛК"},
            {"conjunction": "and", "filters": [{"column_id": c["amount"], "operator": "gte", "value": "300"},
                                               {"column_id": c["status"], "operator": "is_not", "value": "Open"}]}]},
        "sorts": [{"column_id": c["amount"], "direction": "desc"}, {"column_id": c["name"], "direction": "asc"}]})
    # ё matches е and capitals match: both "Ёлка" rows; 300s that are not Open: Вектор and Бета.
    assert _names(owner, v["id"]) == ["ООО Ёлка", "Бета", "Вектор", "ооо елка-2"]
    assert owner.get(f"/api/views/{v['id']}/count") == {"count": 4, "broken": []}
    # Offset windows and keyset cursors agree.
    w1 = owner.get(f"/api/views/{v['id']}/rows?keys=names&limit=3")
    assert [r["Name"] for r in w1["rows"]] == ["ООО Ёлка", "Бета", "Вектор"]
    w2 = owner.get(f"/api/views/{v['id']}/rows?keys=names&limit=3&cursor={w1['next_cursor']}")
    assert [r["Name"] for r in w2["rows"]] == ["ооо елка-2"] and w2["next_cursor"] is None
    assert _names(owner, v["id"], "&offset=2") == ["Вектор", "ооо елка-2"]


def test_text_sort_folds_cyrillic_case(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    v = _view(owner, sales, {"sorts": [{"column_id": c["name"], "direction": "asc"}]})
    # Case-insensitive, ё sorts as е: "альфа" before "Бета" before "Вектор", Latin first.
    assert _names(owner, v["id"]) == ["Zeta", "альфа", "Бета", "Вектор", "ООО Ёлка", "ооо елка-2"]


def test_nulls_sort_smallest_on_both_databases(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    up = _view(owner, sales, {"sorts": [{"column_id": c["amount"], "direction": "asc"}]}, "up")
    down = _view(owner, sales, {"sorts": [{"column_id": c["amount"], "direction": "desc"}]}, "down")
    assert _names(owner, up["id"])[0] == "альфа"
    assert _names(owner, down["id"])[-1] == "альфа"
    # Ties (300, 300) keep insertion order in both directions.
    assert _names(owner, down["id"])[1:3] == ["Вектор", "Бета"]


def test_keyset_walks_every_row_once_with_nulls_and_ties(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    for direction in ("asc", "desc"):
        v = _view(owner, sales, {"sorts": [{"column_id": c["amount"], "direction": direction},
                                           {"column_id": c["status"], "direction": "desc"}]}, f"k{direction}")
        full = _names(owner, v["id"])
        got, cursor = [], None
        while True:
            page = owner.get(f"/api/views/{v['id']}/rows?keys=names&limit=2" + (f"&cursor={cursor}" if cursor else ""))
            got += [r["Name"] for r in page["rows"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert got == full and len(full) == 6


def test_position_of_a_row(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    v = _view(owner, sales, {"filters": [{"column_id": c["status"], "operator": "is_any_of", "value": ["Open", "Paid"]}],
                             "sorts": [{"column_id": c["amount"], "direction": "desc"}]})
    names = _names(owner, v["id"])
    assert names == ["ООО Ёлка", "ооо елка-2", "Zeta", "альфа"]
    ids = sales["ids"]
    for rid, expected in ((ids[0], 0), (ids[1], 1), (ids[5], 2), (ids[3], 3), (ids[2], None)):
        assert owner.get(f"/api/views/{v['id']}/position?row_id={rid}")["position"] == expected
    owner.get(f"/api/views/{v['id']}/position?row_id=nope", expect=404)


def test_groups_with_counts_starts_and_summaries(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    v = _view(owner, sales, {"group_by": [{"column_id": c["status"]}, {"column_id": c["paid"]}],
                             "sorts": [{"column_id": c["amount"], "direction": "asc"}],
                             "summaries": {str(c["amount"]): "sum", str(c["due"]): "latest"}})
    tree = owner.get(f"/api/views/{v['id']}/groups")
    assert tree["count"] == 6
    by_value = {g["value"]: g for g in tree["groups"]}
    assert [g["count"] for g in tree["groups"]] == [1, 2, 2, 1]  # empty first, then option order
    assert tree["groups"][0]["value"] is None
    opts = {o["name"]: o["id"] for o in next(col for col in owner.get(f"/api/tables/{sales['tid']}")["columns"]
                                             if col["id"] == c["status"])["options"]["options"]}
    paid = by_value[opts["Paid"]]
    assert paid["summaries"][str(c["amount"])] == {"summary": "sum", "value": 150.0}
    assert [(g["value"], g["count"]) for g in paid["groups"]] == [(True, 2)]
    assert by_value[opts["Open"]]["summaries"][str(c["due"])]["value"] == "2026-01-10"
    # Group starts match the rows' positions in the view.
    rows = owner.get(f"/api/views/{v['id']}/rows?keys=names")["rows"]
    for g in tree["groups"]:
        first = rows[g["start"]]
        assert first["Status"] == next((n for n, i in opts.items() if i == g["value"]), None)


def test_date_groups_by_month(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    v = _view(owner, sales, {"group_by": [{"column_id": c["due"], "granularity": "month", "direction": "desc"}]})
    tree = owner.get(f"/api/views/{v['id']}/groups")
    assert [(g["value"], g["count"]) for g in tree["groups"]] == [
        ("2026-03", 1), ("2026-02", 1), ("2026-01", 1), ("2025-12", 1), (None, 2)]


def test_footer_summaries_in_one_request(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    v = _view(owner, sales, {"summaries": {str(c["amount"]): "median", str(c["name"]): "unique",
                                           str(c["status"]): "empty", str(c["tags"]): "filled",
                                           str(c["due"]): "earliest", str(c["paid"]): "filled"}})
    out = owner.get(f"/api/views/{v['id']}/summaries")
    s = out["summaries"]
    assert out["count"] == 6
    assert s[str(c["amount"])]["value"] == 300.0  # 50, 100, 300, 300, 500
    assert s[str(c["name"])]["value"] == 6
    assert s[str(c["status"])]["value"] == 1
    assert s[str(c["tags"])]["value"] == 3
    assert s[str(c["due"])]["value"] == "2025-12-01"
    assert s[str(c["paid"])]["value"] == 2
    # The same with an ad-hoc filter: only what the filter leaves.
    f = _q([{"column_id": c["status"], "operator": "is", "value": "Paid"}])
    assert owner.get(f"/api/views/{v['id']}/summaries?filters={f}")["summaries"][str(c["amount"])]["value"] == 75.0
    bad = _view(owner, sales, {}, "bad")
    owner.patch(f"/api/views/{bad['id']}", {"settings": {"summaries": {str(c["name"]): "sum"}}}, expect=422)


def test_search_returns_positions_in_view_order(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    v = _view(owner, sales, {"sorts": [{"column_id": c["amount"], "direction": "desc"}],
                             "hidden_columns": [c["status"]]})
    hits = owner.get(f"/api/views/{v['id']}/search?q=" + quote("ЁЛК"))["hits"]
    assert [h["position"] for h in hits] == [0, 3]
    assert [h["row_id"] for h in hits] == [sales["ids"][0], sales["ids"][1]]
    # Hidden columns are not searched; visible select options are, by name.
    assert owner.get(f"/api/views/{v['id']}/search?q=late")["hits"] == []
    owner.patch(f"/api/views/{v['id']}", {"settings": {"sorts": [{"column_id": c["amount"], "direction": "desc"}]}})
    assert [h["row_id"] for h in owner.get(f"/api/views/{v['id']}/search?q=LATE")["hits"]] == [sales["ids"][2]]
    # Search as a rows filter.
    assert _names(owner, v["id"], "&search=" + quote("вект")) == ["Вектор"]


def test_row_colors_by_select_and_by_rules(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    v = _view(owner, sales, {"row_colors": {"type": "by_select", "column_id": c["status"]}})
    rows = owner.get(f"/api/views/{v['id']}/rows?keys=names")["rows"]
    assert {r["Name"]: r["_color"] for r in rows}["ООО Ёлка"] == "#FF0000"
    assert {r["Name"]: r["_color"] for r in rows}["Бета"] is None
    owner.patch(f"/api/views/{v['id']}", {"settings": {"row_colors": {"type": "rules", "rules": [
        {"filters": [{"column_id": c["amount"], "operator": "gt", "value": 250}], "color": "#FCA5A5"},
        {"filters": [{"column_id": c["paid"], "operator": "is", "value": True}], "color": "#86EFAC"}]}}})
    colors = {r["Name"]: r["_color"] for r in owner.get(f"/api/views/{v['id']}/rows?keys=names")["rows"]}
    assert colors == {"ООО Ёлка": "#FCA5A5", "ооо елка-2": "#86EFAC", "Вектор": "#FCA5A5", "альфа": None,
                      "Бета": "#FCA5A5", "Zeta": "#86EFAC"}


def test_relative_dates_follow_the_users_time_zone(owner: ApiClient, sales: dict, app: Any) -> None:
    c = sales["cols"]
    dtcol = owner.add_column("Call", "date", {"include_time": True})["id"]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    # 13 hours ahead of UTC: for a user in Auckland (+13 in summer) "today" is a different day
    # than for a user in UTC at most hours; a row stamped at their local midnight shows it.
    owner.patch(f"/api/tables/{sales['tid']}/rows", {"rows": [
        {"_id": sales["ids"][0], "Call": now.strftime("%Y-%m-%dT%H:%M:%SZ")}]})
    today = _q([{"column_id": dtcol, "operator": "is", "value": "today"}])
    for tz in ("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"):
        owner.patch("/api/me", {"timezone": tz})
        local_today = now.astimezone(__import__("zoneinfo").ZoneInfo(tz)).date()
        got = owner.get(f"/api/tables/{sales['tid']}/rows?keys=names&filters={today}")["rows"]
        assert [r["Name"] for r in got] == ["ООО Ёлка"], tz
        exact = _q([{"column_id": dtcol, "operator": "is", "value": local_today.isoformat()}])
        assert len(owner.get(f"/api/tables/{sales['tid']}/rows?filters={exact}")["rows"]) == 1, tz
        other = _q([{"column_id": dtcol, "operator": "is",
                     "value": (local_today + dt.timedelta(days=1)).isoformat()}])
        assert owner.get(f"/api/tables/{sales['tid']}/rows?filters={other}")["rows"] == [], tz
    # Date-only columns are calendar days: "is before 2026-01-11" is the same in every zone.
    before = _q([{"column_id": c["due"], "operator": "is_before", "value": "2026-01-11"}])
    assert sorted(r["Name"] for r in owner.get(
        f"/api/tables/{sales['tid']}/rows?keys=names&filters={before}")["rows"]) == ["Вектор", "ООО Ёлка"]


def test_view_changes_undo_and_redo(owner: ApiClient, sales: dict, app: Any) -> None:
    c = sales["cols"]
    tid = sales["tid"]
    states = [_views_state(app, tid)]
    v = _view(owner, sales, {"sorts": [{"column_id": c["amount"], "direction": "desc"}]})
    states.append(_views_state(app, tid))
    owner.patch(f"/api/views/{v['id']}", {"name": "Renamed", "settings": {
        "filters": [{"column_id": c["paid"], "operator": "is", "value": True}], "frozen_count": 2}})
    states.append(_views_state(app, tid))
    dup = owner.post(f"/api/views/{v['id']}/duplicate", {}, expect=201)["view"]
    assert dup["name"] == "Renamed copy" and dup["settings"]["frozen_count"] == 2
    states.append(_views_state(app, tid))
    owner.post(f"/api/tables/{tid}/views/order", {"view_ids": [dup["id"], v["id"]]})
    states.append(_views_state(app, tid))
    assert [x["id"] for x in owner.get(f"/api/tables/{tid}/views")["views"]] == [dup["id"], v["id"]]
    owner.delete(f"/api/views/{v['id']}")
    states.append(_views_state(app, tid))
    owner.get(f"/api/views/{v['id']}/rows", expect=404)
    for i in range(len(states) - 1, 0, -1):
        owner.undo()
        assert _views_state(app, tid) == states[i - 1], f"undo to state {i - 1}"
    for i in range(1, len(states)):
        owner.redo()
        assert _views_state(app, tid) == states[i], f"redo to state {i}"
    owner.post(f"/api/views/{v['id']}/restore")
    assert _names(owner, v["id"]) == ["ооо елка-2", "Zeta"]


def test_deleted_column_breaks_filter_and_sort_until_undo(owner: ApiClient, sales: dict) -> None:
    c = sales["cols"]
    v = _view(owner, sales, {"filters": [{"column_id": c["status"], "operator": "is", "value": "Paid"}],
                             "sorts": [{"column_id": c["amount"], "direction": "asc"}]})
    assert _names(owner, v["id"]) == ["Zeta", "ооо елка-2"]
    owner.delete(f"/api/columns/{c['status']}")
    out = owner.get(f"/api/views/{v['id']}/rows?keys=names")
    assert len(out["rows"]) == 6  # the filter is skipped, the sort still applies
    assert out["broken"] == [{"path": "settings.filters.filters[0].column_id", "column_id": c["status"],
                              "reason": "this column was deleted"}]
    assert owner.get(f"/api/views/{v['id']}")["broken"][0]["column_id"] == c["status"]
    # The view can still be edited while the condition is broken; it is kept.
    owner.patch(f"/api/views/{v['id']}", {"name": "Still works", "settings": {
        "filters": [{"column_id": c["status"], "operator": "is", "value": "Paid"}],
        "sorts": [{"column_id": c["amount"], "direction": "desc"}]}})
    owner.undo()  # the edit
    owner.undo()  # the column deletion
    out = owner.get(f"/api/views/{v['id']}/rows?keys=names")
    assert [r["Name"] for r in out["rows"]] == ["Zeta", "ооо елка-2"] and out["broken"] == []


BAD_FILTERS = [
    ([{"column_id": 999999, "operator": "is", "value": "x"}], "filters.filters[0].column_id"),
    ([{"column_id": "AMOUNT", "operator": "gt", "value": "abc"}], "filters.filters[0].value"),
    ([{"column_id": "AMOUNT", "operator": "contains", "value": "1"}], "filters.filters[0].operator"),
    ([{"column_id": "DUE", "operator": "is", "value": "tomorrowish"}], "filters.filters[0].value"),
    ([{"column_id": "DUE", "operator": "is", "value": {"term": "past_days", "days": -3}}], "filters.filters[0].value"),
    ([{"column_id": "STATUS", "operator": "is", "value": "Nope"}], "filters.filters[0].value"),
    ([{"column_id": "PAID", "operator": "is", "value": "maybe"}], "filters.filters[0].value"),
    ([{"column_id": "TAGS", "operator": "has_any_of", "value": []}], "filters.filters[0].value"),
    ([{"column_id": "AMOUNT", "operator": "gt"}], "filters.filters[0].value"),
    ({"conjunction": "xor", "filters": []}, "filters.conjunction"),
    ([{"column_id": "AMOUNT", "operator": "gt", "value": 1, "extra": 1}], "filters.filters[0].extra"),
    ({"conjunction": "or", "filters": [{"column_id": "AMOUNT", "operator": "gt", "value": 1},
                                       {"filters": [{"column_id": "AMOUNT", "operator": "lt", "value": "x"}]}]},
     "filters.filters[1].filters[0].value"),
]


def test_bad_filters_are_422_naming_the_filter(shared: tuple) -> None:
    owner, sales, _ = shared
    names = {"AMOUNT": "amount", "DUE": "due", "STATUS": "status", "PAID": "paid", "TAGS": "tags"}

    def fix(node: Any) -> Any:
        if isinstance(node, list):
            return [fix(n) for n in node]
        if isinstance(node, dict):
            return {k: (sales["cols"][names[v]] if k == "column_id" and v in names else fix(v) if k == "filters" else v)
                    for k, v in node.items()}
        return node

    for raw, field in BAD_FILTERS:
        filters = fix(raw)
        err = owner.get(f"/api/tables/{sales['tid']}/rows?filters={_q(filters)}", expect=422).get_json()["error"]
        assert list(err["fields"]) == [field], err
        # The same filter saved in a view: 422 naming the field under settings.
        err = owner.post(f"/api/tables/{sales['tid']}/views", {"name": "x", "settings": {"filters": filters}},
                         expect=422).get_json()["error"]
        assert any(field in k or field in str(v) for k, v in err["fields"].items()), err


def test_huge_deep_and_malformed_input(shared: tuple) -> None:
    owner, sales, _ = shared
    c = sales["cols"]
    tid = sales["tid"]
    deep: dict = {"column_id": c["amount"], "operator": "gt", "value": 1}
    for _ in range(6):
        deep = {"conjunction": "and", "filters": [deep]}
    err = owner.get(f"/api/tables/{tid}/rows?filters={_q(deep)}", expect=422).get_json()["error"]
    assert "nest" in err["message"]
    huge = [{"column_id": c["amount"], "operator": "gt", "value": i} for i in range(201)]
    err = owner.get(f"/api/tables/{tid}/rows?filters={_q(huge)}", expect=422).get_json()["error"]
    assert "filters.filters[200]" in err["fields"]
    owner.get(f"/api/tables/{tid}/rows?filters=%7Bnot-json", expect=400)
    owner.get(f"/api/tables/{tid}/rows?sorts={_q([{'column_id': c['amount'], 'direction': 'up'}])}", expect=422)
    owner.get(f"/api/tables/{tid}/rows?sorts={_q([{'column_id': 424242}])}", expect=422)
    owner.get(f"/api/tables/{tid}/rows?cursor=garbage", expect=400)
    v = _view(owner, sales, {"sorts": [{"column_id": c["amount"]}]}, "Taken")
    cur = owner.get(f"/api/views/{v['id']}/rows?limit=1")["next_cursor"]
    sorts = _q([{"column_id": c["name"]}])
    owner.get(f"/api/views/{v['id']}/rows?limit=1&cursor={cur}&sorts={sorts}", expect=400)
    owner.post(f"/api/tables/{tid}/views", {"name": "g", "settings": {"group_by": [{"column_id": c["amount"]}] * 4}},
               expect=422)
    owner.post(f"/api/tables/{tid}/views", {"name": "g", "settings": {"group_by": [
        {"column_id": c["amount"], "granularity": "month"}]}}, expect=422)
    owner.post(f"/api/tables/{tid}/views", {"name": "h", "settings": {"row_height": "huge"}}, expect=422)
    owner.post(f"/api/tables/{tid}/views", {"name": "h", "settings": {"hidden_columns": [987654]}}, expect=422)
    owner.post(f"/api/tables/{tid}/views", {"name": "taken"}, expect=409)


def test_private_views_and_roles(owner: ApiClient, sales: dict, app: Any) -> None:
    other = ApiClient(app)
    other.signup("viewer@example.com")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "viewer@example.com", "role": "viewer"}, expect=201)
    shared = _view(owner, sales, {}, "Shared")
    mine = _view(owner, sales, {}, "Mine", private=True)
    assert mine["private"] is True
    seen = [v["name"] for v in other.get(f"/api/tables/{sales['tid']}/views")["views"]]
    assert seen == ["Shared"]
    other.get(f"/api/views/{mine['id']}/rows", expect=404)
    assert len(other.get(f"/api/views/{shared['id']}/rows")["rows"]) == 6
    other.patch(f"/api/views/{shared['id']}", {"name": "x"}, expect=403)
    other.post(f"/api/tables/{sales['tid']}/views", {"name": "x"}, expect=403)
    stranger = ApiClient(app)
    stranger.signup("stranger@example.com")
    stranger.get(f"/api/views/{shared['id']}/rows", expect=404)


def test_me_in_collaborator_filters(owner: ApiClient, sales: dict, app: Any) -> None:
    other = ApiClient(app)
    other.signup("editor@example.com")
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": "editor@example.com", "role": "editor"}, expect=201)
    who = owner.add_column("Manager", "collaborator")["id"]
    owner.patch(f"/api/tables/{sales['tid']}/rows", {"rows": [
        {"_id": sales["ids"][0], "Manager": ["owner@example.com"]},
        {"_id": sales["ids"][1], "Manager": ["editor@example.com"]},
        {"_id": sales["ids"][2], "Manager": ["editor@example.com", "owner@example.com"]}]})
    v = _view(owner, sales, {"filters": [{"column_id": who, "operator": "has_any_of", "value": ["me"]}]})
    assert sorted(_names(owner, v["id"])) == ["Вектор", "ООО Ёлка"]
    assert sorted(_names(other, v["id"])) == ["Вектор", "ооо елка-2"]
    creator = owner.add_column("Creator", "creator")["id"]
    mine = _q([{"column_id": creator, "operator": "is", "value": "me"}])
    assert len(owner.get(f"/api/tables/{sales['tid']}/rows?filters={mine}")["rows"]) == 6
    assert other.get(f"/api/tables/{sales['tid']}/rows?filters={mine}")["rows"] == []


def test_indexes_follow_views(owner: ApiClient, sales: dict, app: Any) -> None:
    c = sales["cols"]
    st = app.extensions["tablo"]
    v = _view(owner, sales, {"filters": [{"column_id": c["status"], "operator": "is", "value": "Open"}],
                             "sorts": [{"column_id": c["amount"], "direction": "desc"}]})
    indexes.wait_idle()

    def view_indexes() -> dict[str, list[str]]:
        with st.db.read() as conn:
            return {ix["name"]: ix["column_names"] for ix in sa.inspect(conn).get_indexes(f"t_{sales['tid']}")
                    if ix["name"].startswith("vx_")}

    with st.db.read() as conn:
        schema = st.schema_cache.get(conn, owner.base_id)
    table = schema.table(sales["tid"])
    phys = {col.id: col.phys for col in table.columns}
    assert list(view_indexes().values()) == [[phys[c["status"]], phys[c["amount"]], "id"]]
    owner.patch(f"/api/views/{v['id']}", {"settings": {"sorts": [{"column_id": c["due"], "direction": "asc"}]}})
    indexes.wait_idle()
    assert list(view_indexes().values()) == [[phys[c["due"]], "id"]]
    owner.delete(f"/api/views/{v['id']}")
    indexes.wait_idle()
    assert view_indexes() == {}
    owner.undo()
    indexes.wait_idle()
    assert list(view_indexes().values()) == [[phys[c["due"]], "id"]]
    # The view's windows are still right with the index in place.
    assert _names(owner, v["id"])[:4] == ["альфа", "Zeta", "Вектор", "ООО Ёлка"]


def test_openapi_lists_view_endpoints(client: ApiClient) -> None:
    doc = client.get("/api/openapi.json")
    for path in ("/api/tables/{table_id}/views", "/api/views/{view_id}", "/api/views/{view_id}/rows",
                 "/api/views/{view_id}/count", "/api/views/{view_id}/groups", "/api/views/{view_id}/search",
                 "/api/views/{view_id}/summaries", "/api/views/{view_id}/position"):
        assert path in doc["paths"], path
    ops = client.get("/api/filter-operators")
    assert [o["name"] for o in ops["types"]["number"]] == ["eq", "ne", "lt", "gt", "lte", "gte", "empty", "not_empty"]


# -- "All rows" with unsaved settings: the table read under a `settings` parameter ---------------
def test_table_reads_follow_unsaved_settings_without_making_a_view(shared: tuple) -> None:
    owner, sales, _ = shared
    c, tid = sales["cols"], sales["tid"]
    views_before = owner.get(f"/api/tables/{tid}/views")["views"]
    settings = {"filters": {"conjunction": "and", "filters": [
                    {"column_id": c["amount"], "operator": "gte", "value": "100"}]},
                "sorts": [{"column_id": c["amount"], "direction": "desc"}],
                "group_by": [{"column_id": c["paid"]}],
                "hidden_columns": [c["tags"]],
                "summaries": {str(c["amount"]): "sum"}}
    q = "settings=" + _q(settings)
    rows = owner.get(f"/api/tables/{tid}/rows?keys=names&{q}")["rows"]
    # Grouped by Paid (unticked first), then biggest amount first; 50 and the empty amount are filtered out.
    assert [r["Name"] for r in rows] == ["ООО Ёлка", "Вектор", "Бета", "ооо елка-2"]
    assert owner.get(f"/api/tables/{tid}/count?{q}") == {"count": 4}
    tree = owner.get(f"/api/tables/{tid}/groups?{q}")
    assert [(g["value"], g["count"], g["start"]) for g in tree["groups"]] == [(False, 3, 0), (True, 1, 3)]
    assert tree["groups"][0]["summaries"][str(c["amount"])]["value"] == 1100.0
    foot = owner.get(f"/api/tables/{tid}/summaries?{q}")
    assert foot["count"] == 4 and foot["summaries"] == {str(c["amount"]): {"summary": "sum", "value": 1200.0}}
    # Search follows the order and skips the hidden column (Tags has "vip").
    hits = owner.get(f"/api/tables/{tid}/search?q=" + quote("вектор") + f"&{q}")["hits"]
    assert hits == [{"row_id": sales["ids"][2], "position": 1}]
    assert owner.get(f"/api/tables/{tid}/search?q=vip&{q}")["hits"] == []
    # Export: the rows, columns and order the unsaved settings show.
    csv = owner.get(f"/api/tables/{tid}/export?format=csv&{q}", expect=None)
    assert csv.status_code == 200
    lines = csv.get_data(as_text=True).lstrip("\ufeff").splitlines()
    assert "Tags" not in lines[0] and [ln.split(",")[0] for ln in lines[1:]] == [
        "ООО Ёлка", "Вектор", "Бета", "ооо елка-2"]
    # Nothing was saved: the table's views are as they were.
    assert owner.get(f"/api/tables/{tid}/views")["views"] == views_before


def test_unsaved_settings_are_checked_like_a_views(shared: tuple) -> None:
    owner, sales, _ = shared
    c, tid = sales["cols"], sales["tid"]
    bad = {"filters": [{"column_id": c["amount"], "operator": "contains", "value": "x"}]}
    for path in ("rows", "count", "groups", "summaries", "search?q=x&", "export?format=csv&"):
        sep = "" if path.endswith("&") else "?"
        err = owner.get(f"/api/tables/{tid}/{path}{sep}settings={_q(bad)}", expect=422).get_json()["error"]
        assert list(err["fields"]) == ["settings.filters.filters[0].operator"], (path, err)
    err = owner.get(f"/api/tables/{tid}/rows?settings={_q({'sorts': [{'column_id': 999999}]})}",
                    expect=422).get_json()["error"]
    assert list(err["fields"]) == ["settings.sorts[0].column_id"]
    err = owner.get(f"/api/tables/{tid}/count?settings={_q({'group_by': 'x'})}", expect=422).get_json()["error"]
    assert "settings.group_by" in err["fields"]
    owner.get(f"/api/tables/{tid}/count?settings={_q({'summaries': {str(c['name']): 'sum'}})}", expect=422)
    assert owner.get(f"/api/tables/{tid}/count?settings=%7Bnot%20json", expect=400).status_code == 400
    # A view's read keeps the view's own settings: `settings` is for tables only.
    v = _view(owner, sales, {})
    assert owner.get(f"/api/views/{v['id']}/count?settings={_q(bad)}")["count"] == 6


def test_new_views_sum_money_and_count_rows_by_default(owner: ApiClient, sales: dict) -> None:
    c, tid = sales["cols"], sales["tid"]
    price = owner.add_column("Price", "number", {"format": "currency", "precision": 2, "currency_symbol": "₽"})["id"]
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": sales["ids"][0], str(price): 10.5},
                                                     {"_id": sales["ids"][1], str(price): 4}]})
    want = {str(c["name"]): "count", str(price): "sum"}
    # Through the API with no settings, or settings that choose no footer: the default footer.
    v1 = owner.post(f"/api/tables/{tid}/views", {"name": "Plain"}, expect=201)["view"]
    assert v1["settings"]["summaries"] == want
    v2 = owner.post(f"/api/tables/{tid}/views", {"name": "Sorted", "settings": {
        "sorts": [{"column_id": c["amount"]}]}}, expect=201)["view"]
    assert v2["settings"]["summaries"] == want and v2["settings"]["sorts"][0]["column_id"] == c["amount"]
    foot = owner.get(f"/api/views/{v1['id']}/summaries")["summaries"]
    assert foot == {str(c["name"]): {"summary": "count", "value": 6}, str(price): {"summary": "sum", "value": 14.5}}
    # A footer that is chosen (even none) is kept as chosen.
    v3 = owner.post(f"/api/tables/{tid}/views", {"name": "Bare", "settings": {"summaries": {}}}, expect=201)["view"]
    assert v3["settings"]["summaries"] == {}
    # "All rows" shows the same default footer unless its unsaved settings choose one.
    assert owner.get(f"/api/tables/{tid}/summaries")["summaries"] == foot
    chosen = owner.get(f"/api/tables/{tid}/summaries?settings={_q({'summaries': {str(c['amount']): 'max'}})}")
    assert chosen["summaries"] == {str(c["amount"]): {"summary": "max", "value": 500.0}}
    # The default view is one undoable action.
    owner.post(f"/api/bases/{owner.base['id']}/undo")
    assert [v["name"] for v in owner.get(f"/api/tables/{tid}/views")["views"]] == ["Plain", "Sorted"]


def test_unsaved_settings_skip_a_deleted_column_like_a_saved_view(owner: ApiClient, sales: dict) -> None:
    """Someone deletes a column while another tab filters «All rows» by it: the rows still read."""
    c, tid = sales["cols"], sales["tid"]
    q = "settings=" + _q({"filters": [{"column_id": c["status"], "operator": "is", "value": "Paid"}],
                          "sorts": [{"column_id": c["amount"], "direction": "asc"}]})
    assert [r["Name"] for r in owner.get(f"/api/tables/{tid}/rows?keys=names&{q}")["rows"]] == ["Zeta", "ооо елка-2"]
    owner.delete(f"/api/columns/{c['status']}")
    out = owner.get(f"/api/tables/{tid}/rows?keys=names&{q}")
    assert len(out["rows"]) == 6 and out["broken"][0]["column_id"] == c["status"]
    assert owner.get(f"/api/tables/{tid}/count?{q}") == {"count": 6}
    # A column that never was in the table is still refused.
    bad = _q({"filters": [{"column_id": 987654, "operator": "is", "value": "x"}]})
    owner.get(f"/api/tables/{tid}/count?settings={bad}", expect=422)
