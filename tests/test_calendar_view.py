"""Calendar views (server/views/calendar.py): settings checked against the table, rows read by
date range against a plain-Python reference (with a filter), moves undoable. Both databases;
dates are built relative to today."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from server.query import indexes
from tests.helpers import ApiClient


@pytest.fixture(autouse=True)
def _no_index_job_left(app: Any) -> Iterator[None]:
    # Taking `app` makes this end before the test database is dropped.
    yield
    indexes.wait_idle()  # no background index job may outlive its test database


def _table(owner: ApiClient) -> dict[str, Any]:
    tid = owner.table_id
    primary = next(c for c in owner.get(f"/api/tables/{tid}")["columns"] if c["is_primary"])
    due = owner.add_column("Due", "date")
    promise = owner.add_column("Promise", "date")
    amount = owner.add_column("Amount", "number")
    return {"tid": tid, "primary": primary["id"], "due": due["id"], "promise": promise["id"], "amount": amount["id"]}


def _calendar(owner: ApiClient, t: dict[str, Any], **extra: Any) -> dict[str, Any]:
    settings = {"date_columns": [{"column_id": t["due"], "color": "#EF4444"}, {"column_id": t["promise"]}], **extra}
    return owner.post(f"/api/tables/{t['tid']}/views", {"name": "Calendar", "type": "calendar", "settings": settings},
                      expect=201)["view"]


def _range(owner: ApiClient, view_id: int, start: dt.date, end: dt.date, **q: Any) -> dict[str, Any]:
    extra = "".join(f"&{k}={v}" for k, v in q.items())
    return owner.get(f"/api/views/{view_id}/range?start={start.isoformat()}&end={end.isoformat()}{extra}")


def test_calendar_settings_are_checked_against_the_table(owner: ApiClient) -> None:
    t = _table(owner)
    url = f"/api/tables/{t['tid']}/views"
    view = _calendar(owner, t, default_mode="agenda")
    assert view["type"] == "calendar"
    # A colour left out gets one from the palette; the common settings are filled in.
    assert view["settings"]["date_columns"][0]["color"] == "#EF4444"
    assert view["settings"]["date_columns"][1]["color"].startswith("#")
    assert view["settings"]["default_mode"] == "agenda" and view["settings"]["filters"]["filters"] == []

    def refused(settings: Any) -> dict[str, list[str]]:
        r = owner.post(url, {"name": "Bad", "type": "calendar", "settings": settings}, expect=422)
        return r.get_json()["error"]["fields"]

    assert "settings.date_columns[0].column_id" in refused({"date_columns": [{"column_id": t["amount"]}]})
    assert "settings.date_columns[0].column_id" in refused({"date_columns": [{"column_id": 999999}]})
    assert any(k.startswith("settings.date_columns") for k in refused({}))
    assert any(k.startswith("settings.date_columns") for k in refused({"date_columns": []}))
    assert any(k.startswith("settings.date_columns.1") or k.startswith("settings.date_columns[1]")
               for k in refused({"date_columns": [{"column_id": t["due"]}, {"column_id": t["due"]}]}))
    assert any("color" in k for k in refused({"date_columns": [{"column_id": t["due"], "color": "red"}]}))
    assert "settings.default_mode" in refused({"date_columns": [{"column_id": t["due"]}], "default_mode": "year"})
    assert "settings.title_column" in refused({"date_columns": [{"column_id": t["due"]}], "title_column": 999999})
    # The grid's settings are checked as for a grid.
    assert any("filters" in k for k in refused({"date_columns": [{"column_id": t["due"]}], "filters": [
        {"column_id": t["amount"], "operator": "contains_text", "value": 1}]}))

    # Changing settings goes through the calendar's schema too.
    owner.patch(f"/api/views/{view['id']}", {"settings": {"date_columns": [{"column_id": t["amount"]}]}}, expect=422)
    patched = owner.patch(f"/api/views/{view['id']}", {"settings": {**view["settings"], "default_mode": "week",
                                                                   "sorts": [{"column_id": t["amount"]}]}})["view"]
    assert patched["settings"]["default_mode"] == "week"
    # The grid endpoints still read it (rows, count): the common settings apply.
    assert owner.get(f"/api/views/{view['id']}/count")["count"] == 0
    # A grid view refuses the calendar's settings, and has no range.
    grid = owner.post(url, {"name": "Grid"}, expect=201)["view"]
    r = owner.patch(f"/api/views/{grid['id']}", {"settings": {"date_columns": [{"column_id": t["due"]}]}}, expect=422)
    assert "settings.date_columns" in r.get_json()["error"]["fields"]
    today = dt.date.today()
    r = owner.get(f"/api/views/{grid['id']}/range?start={today}&end={today}", expect=422)
    assert "view_id" in r.get_json()["error"]["fields"]

    types = {vt["name"]: vt for vt in owner.get("/api/view-types")["view_types"]}
    assert types["calendar"]["reads"] == "range"
    assert {"date_columns", "title_column", "default_mode", "filters", "sorts", "hidden_columns", "row_colors"} <= \
        set(types["calendar"]["settings_schema"]["properties"])


def test_range_parameters_are_validated(owner: ApiClient) -> None:
    t = _table(owner)
    view = _calendar(owner, t)
    today = dt.date.today()
    base = f"/api/views/{view['id']}/range"

    def fields(q: str) -> dict[str, Any]:
        return owner.get(f"{base}?{q}", expect=422).get_json()["error"]["fields"]

    assert "start" in fields(f"end={today}")
    assert "start" in fields(f"start=tomorrow&end={today}")
    assert "end" in fields(f"start={today}&end={today - dt.timedelta(days=1)}")
    assert "end" in fields(f"start={today}&end={today + dt.timedelta(days=400)}")
    assert "limit" in fields(f"start={today}&end={today}&limit=0")
    spec = owner.get("/api/openapi.json")
    assert "get" in spec["paths"]["/api/views/{view_id}/range"]


def test_range_matches_a_python_reference_with_a_filter(owner: ApiClient) -> None:
    t = _table(owner)
    today = dt.date.today()
    rnd = random.Random(16)
    data = []
    for i in range(120):
        due = today + dt.timedelta(days=rnd.randint(-50, 50)) if rnd.random() < 0.85 else None
        promise = today + dt.timedelta(days=rnd.randint(-50, 50)) if rnd.random() < 0.4 else None
        data.append({"Name": f"Invoice {i}", "Due": due and due.isoformat(), "Promise": promise and promise.isoformat(),
                     "Amount": rnd.randint(0, 1000)})
    ids = [r["_id"] for r in owner.insert(data)]
    view = _calendar(owner, t, filters=[{"column_id": t["amount"], "operator": "gt", "value": 300}],
                     sorts=[{"column_id": t["amount"], "direction": "desc"}])
    start = today - dt.timedelta(days=today.weekday() + 7)
    end = start + dt.timedelta(days=41)  # a six-week month grid

    def in_range(v: str | None) -> bool:
        return v is not None and start <= dt.date.fromisoformat(v) <= end

    expect = [(ids[i], d) for i, d in enumerate(data)
              if d["Amount"] > 300 and (in_range(d["Due"]) or in_range(d["Promise"]))]
    expect.sort(key=lambda x: (-x[1]["Amount"], x[0]))  # view order: amount desc, then id
    got = _range(owner, view["id"], start, end, keys="names")
    assert not got["truncated"]
    assert [r["_id"] for r in got["rows"]] == [i for i, _ in expect]
    assert got["rows"] and all(r["Amount"] > 300 for r in got["rows"])

    # A range holding more rows than the limit is cut there and says so.
    capped = _range(owner, view["id"], start, end, limit=3)
    assert capped["truncated"] and len(capped["rows"]) == min(3, len(expect)) and len(expect) > 3
    # An ad-hoc filter narrows it further, like on every view read.
    one = _range(owner, view["id"], start, end, filters=f'[{{"column_id":{t["primary"]},"operator":"is",'
                                                         f'"value":"{expect[0][1]["Name"]}"}}]')
    assert [r["_id"] for r in one["rows"]] == [expect[0][0]]


def test_moving_an_event_is_an_undoable_row_update(owner: ApiClient) -> None:
    t = _table(owner)
    today = dt.date.today()
    tomorrow, later = today + dt.timedelta(days=1), today + dt.timedelta(days=9)
    row = owner.insert([{"Name": "Move me", "Due": tomorrow.isoformat()}])[0]
    view = _calendar(owner, t)
    assert [r["_id"] for r in _range(owner, view["id"], tomorrow, tomorrow)["rows"]] == [row["_id"]]
    # The web app moves an event with the ordinary row update of that date column.
    owner.patch(f"/api/tables/{t['tid']}/rows", {"rows": [{"_id": row["_id"], str(t["due"]): later.isoformat()}]})
    assert _range(owner, view["id"], tomorrow, tomorrow)["rows"] == []
    moved = _range(owner, view["id"], later, later)["rows"]
    assert [r["_id"] for r in moved] == [row["_id"]] and moved[0][str(t["due"])] == later.isoformat()
    owner.undo()
    assert [r["_id"] for r in _range(owner, view["id"], tomorrow, tomorrow)["rows"]] == [row["_id"]]
    assert _range(owner, view["id"], later, later)["rows"] == []


def test_each_date_column_gets_an_index(owner: ApiClient, app: Any) -> None:
    t = _table(owner)
    _calendar(owner, t)
    indexes.wait_idle()
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, owner.base_id).table(t["tid"])
        got = [ix["column_names"] for ix in sa.inspect(conn).get_indexes(table.phys) if ix["name"].startswith("vx_")]
    assert sorted(got) == sorted([[table.column(t["due"]).phys], [table.column(t["promise"]).phys]])


def test_a_backup_keeps_a_calendar_view(owner: ApiClient) -> None:
    from tests.test_backup_roundtrip import backup, restore

    t = _table(owner)
    view = _calendar(owner, t, title_column=t["amount"])
    today = dt.date.today()
    owner.insert([{"Name": "Kept", "Due": today.isoformat()}])
    restored = restore(owner, backup(owner, owner.base_id))
    base = owner.get(f"/api/bases/{restored['base_id']}")
    copy = next(v for v in base["views"] if v["name"] == view["name"])
    assert copy["type"] == "calendar"
    new_table = next(tb for tb in base["tables"] if tb["id"] == copy["table_id"])
    due = next(c["id"] for c in new_table["columns"] if c["name"] == "Due")
    amount = next(c["id"] for c in new_table["columns"] if c["name"] == "Amount")
    # Column ids inside the settings follow the new columns.
    assert copy["settings"]["date_columns"][0]["column_id"] == due and copy["settings"]["title_column"] == amount
    rows = _range(owner, copy["id"], today, today, keys="names")["rows"]
    assert [r["Name"] for r in rows] == ["Kept"]


def test_a_range_is_read_through_the_date_indexes(owner: ApiClient, app: Any, db_url: str) -> None:
    """The range condition seeks in each date column's index (a month of a big table reads that
    month), checked on the query plan of both databases."""
    from server.query.compile import compile_view, compiled_select
    from server.query.settings import load_settings
    from server.views import calendar

    t = _table(owner)
    today = dt.date.today()
    owner.insert([{"Name": f"r{i}", "Due": (today + dt.timedelta(days=i % 700 - 350)).isoformat(),
                   "Promise": (today + dt.timedelta(days=i * 7 % 700 - 350)).isoformat() if i % 3 == 0 else None}
                  for i in range(1000)])
    view = _calendar(owner, t)
    indexes.wait_idle()
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, owner.base_id).table(t["tid"])
        settings = load_settings(view["settings"], schema=calendar.CalendarSettings)
        cv = compile_view(table, settings)
        stmt = compiled_select(cv).where(calendar.range_condition(cv, settings, today, today + dt.timedelta(days=41)))
        sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        if st.db.is_sqlite:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        else:
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # a small table would be scanned anyway
            plan = " ".join(str(r[0]) for r in conn.exec_driver_sql("EXPLAIN " + sql))
    names = [indexes.index_name(table, ((table.column(t[k]).phys, False),)) for k in ("due", "promise")]
    assert all(n in plan for n in names), plan
