"""Timeline views (server/views/timeline.py): settings checked against the table, bars read by
the range they overlap against a plain-Python reference (with a filter; end column and duration
column), moves undoable. Both databases; dates are built relative to today."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import pytest

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
    ids = {"tid": tid, "primary": primary["id"]}
    for name, kind in (("Start", "date"), ("End", "date"), ("Days", "number"), ("Took", "duration"),
                       ("Stage", "single-select"), ("Who", "text"), ("Amount", "number")):
        ids[name.lower()] = owner.add_column(name, kind)["id"]
    return ids


def _timeline(owner: ApiClient, t: dict[str, Any], name: str = "Timeline", **extra: Any) -> dict[str, Any]:
    settings = {"start_column": t["start"], "end_column": t["end"], **extra}
    return owner.post(f"/api/tables/{t['tid']}/views", {"name": name, "type": "timeline", "settings": settings},
                      expect=201)["view"]


def _range(owner: ApiClient, view_id: int, start: dt.date, end: dt.date, **q: Any) -> dict[str, Any]:
    extra = "".join(f"&{k}={v}" for k, v in q.items())
    return owner.get(f"/api/views/{view_id}/range?start={start.isoformat()}&end={end.isoformat()}{extra}")


def test_timeline_settings_are_checked_against_the_table(owner: ApiClient) -> None:
    t = _table(owner)
    url = f"/api/tables/{t['tid']}/views"
    view = _timeline(owner, t, group_column=t["stage"], zoom="month")
    assert view["type"] == "timeline" and view["settings"]["zoom"] == "month"
    assert view["settings"]["duration_column"] is None and view["settings"]["filters"]["filters"] == []

    def refused(settings: Any) -> dict[str, list[str]]:
        r = owner.post(url, {"name": "Bad", "type": "timeline", "settings": settings}, expect=422)
        return r.get_json()["error"]["fields"]

    s = t["start"]
    assert "settings.start_column" in refused({})
    assert "settings.start_column" in refused({"start_column": t["amount"]})
    assert "settings.start_column" in refused({"start_column": 999999})
    assert "settings.end_column" in refused({"start_column": s, "end_column": t["stage"]})
    assert "settings.end_column" in refused({"start_column": s, "end_column": s})
    assert "settings.duration_column" in refused({"start_column": s, "duration_column": t["who"]})
    assert "settings.duration_column" in refused({"start_column": s, "end_column": t["end"],
                                                  "duration_column": t["days"]})
    assert "settings.group_column" in refused({"start_column": s, "group_column": t["amount"]})
    assert "settings.group_column" in refused({"start_column": s, "group_column": 999999})
    assert "settings.title_column" in refused({"start_column": s, "title_column": 999999})
    assert "settings.zoom" in refused({"start_column": s, "zoom": "year"})
    # Text and collaborator-like lanes are accepted; a duration column is a duration.
    _timeline(owner, t, "By duration", end_column=None, duration_column=t["took"], group_column=t["who"])

    # Changing settings goes through the timeline's schema too.
    owner.patch(f"/api/views/{view['id']}", {"settings": {"start_column": t["amount"]}}, expect=422)
    patched = owner.patch(f"/api/views/{view['id']}", {"settings": {**view["settings"], "zoom": "day"}})["view"]
    assert patched["settings"]["zoom"] == "day"
    types = {vt["name"]: vt for vt in owner.get("/api/view-types")["view_types"]}
    assert types["timeline"]["reads"] == "range"
    assert {"start_column", "end_column", "duration_column", "group_column", "title_column", "zoom",
            "filters"} <= set(types["timeline"]["settings_schema"]["properties"])
    # The range parameters are validated as for a calendar.
    today = dt.date.today()
    r = owner.get(f"/api/views/{view['id']}/range?start={today}&end={today - dt.timedelta(days=1)}", expect=422)
    assert "end" in r.get_json()["error"]["fields"]


@pytest.mark.parametrize("by", ["end", "days", "took"])
def test_range_overlap_matches_a_python_reference_with_a_filter(owner: ApiClient, by: str) -> None:
    t = _table(owner)
    today = dt.date.today()
    rnd = random.Random(32)
    data = []
    for i in range(150):
        start = today + dt.timedelta(days=rnd.randint(-60, 60)) if rnd.random() < 0.9 else None
        length = rnd.randint(-3, 40)  # some ends before their start: such a bar is its start
        end = start + dt.timedelta(days=length) if start and rnd.random() < 0.8 else None
        days = length if rnd.random() < 0.8 else None
        data.append({"Name": f"Task {i}", "Start": start and start.isoformat(), "End": end and end.isoformat(),
                     "Days": days, "Took": max(days, 0) * 86400 if days is not None else None,
                     "Amount": rnd.randint(0, 1000)})
    ids = [r["_id"] for r in owner.insert(data)]
    settings: dict[str, Any] = {"end_column": None, "duration_column": t[by]} if by != "end" else {}
    view = _timeline(owner, t, filters=[{"column_id": t["amount"], "operator": "gt", "value": 300}],
                     sorts=[{"column_id": t["amount"], "direction": "desc"}], **settings)
    lo, hi = today - dt.timedelta(days=10), today + dt.timedelta(days=20)

    def bar_end(d: dict[str, Any]) -> dt.datetime:
        start = dt.datetime.fromisoformat(d["Start"])
        if by == "end":
            end = dt.datetime.fromisoformat(d["End"]) if d["End"] else start
        else:
            end = start + dt.timedelta(days=d["Days"] or 0)
        return max(start, end)

    def overlaps(d: dict[str, Any]) -> bool:
        if d["Start"] is None:
            return False
        first, after = dt.datetime.combine(lo, dt.time()), dt.datetime.combine(hi, dt.time()) + dt.timedelta(days=1)
        return dt.datetime.fromisoformat(d["Start"]) < after and bar_end(d) >= first

    order = sorted(range(len(data)), key=lambda i: (-data[i]["Amount"], i))  # amount desc, then insertion
    expect = [(ids[i], data[i]) for i in order if data[i]["Amount"] > 300 and overlaps(data[i])]
    got = _range(owner, view["id"], lo, hi, keys="names")
    assert not got["truncated"]
    assert [r["_id"] for r in got["rows"]] == [i for i, _ in expect]
    # Bars that start before the range and end inside it are there: overlap, not containment.
    assert any(dt.date.fromisoformat(d["Start"]) < lo for _, d in expect)
    capped = _range(owner, view["id"], lo, hi, limit=3)
    assert capped["truncated"] and len(capped["rows"]) == 3
    one = _range(owner, view["id"], lo, hi, filters=f'[{{"column_id":{t["primary"]},"operator":"is",'
                                                    f'"value":"{expect[0][1]["Name"]}"}}]')
    assert [r["_id"] for r in one["rows"]] == [expect[0][0]]


def test_moving_a_bar_is_an_undoable_row_update(owner: ApiClient) -> None:
    t = _table(owner)
    today = dt.date.today()
    start, end = today + dt.timedelta(days=1), today + dt.timedelta(days=3)
    row = owner.insert([{"Name": "Move me", "Start": start.isoformat(), "End": end.isoformat()}])[0]
    view = _timeline(owner, t)
    far = today + dt.timedelta(days=30)
    assert [r["_id"] for r in _range(owner, view["id"], end, end)["rows"]] == [row["_id"]]
    # The web app moves a bar with one row update of its start and end.
    owner.patch(f"/api/tables/{t['tid']}/rows", {"rows": [{"_id": row["_id"], str(t["start"]): far.isoformat(),
                                                           str(t["end"]): (far + dt.timedelta(days=2)).isoformat()}]})
    assert _range(owner, view["id"], start, end)["rows"] == []
    moved = _range(owner, view["id"], far + dt.timedelta(days=1), far + dt.timedelta(days=1))["rows"]
    assert [r["_id"] for r in moved] == [row["_id"]]
    owner.undo()
    back = _range(owner, view["id"], end, end)["rows"]
    assert [r["_id"] for r in back] == [row["_id"]] and back[0][str(t["start"])] == start.isoformat()
    assert _range(owner, view["id"], far, far)["rows"] == []


def test_the_start_column_gets_an_index(owner: ApiClient, app: Any) -> None:
    import sqlalchemy as sa

    t = _table(owner)
    _timeline(owner, t)
    indexes.wait_idle()
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, owner.base_id).table(t["tid"])
        got = [ix["column_names"] for ix in sa.inspect(conn).get_indexes(table.phys) if ix["name"].startswith("vx_")]
    assert [table.column(t["start"]).phys] in got


def test_a_range_is_read_through_the_start_index(owner: ApiClient, app: Any) -> None:
    """Both arms of the overlap seek in the start column's index on PostgreSQL. SQLite's planner,
    without statistics, prefers walking the view's order index for the open-ended "started
    before" arm (decision 0032); there the test checks only that the range query runs."""
    from server.query.compile import compile_view, compiled_select
    from server.query.settings import load_settings
    from server.views import timeline

    t = _table(owner)
    today = dt.date.today()
    owner.insert([{"Name": f"r{i}", "Start": (today + dt.timedelta(days=i % 700 - 350)).isoformat(),
                   "End": (today + dt.timedelta(days=i % 700 - 340)).isoformat()} for i in range(1000)])
    view = _timeline(owner, t)
    indexes.wait_idle()
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, owner.base_id).table(t["tid"])
        settings = load_settings(view["settings"], schema=timeline.TimelineSettings)
        cv = compile_view(table, settings)
        cond = timeline.range_condition(cv, settings, today - dt.timedelta(days=300), today - dt.timedelta(days=280))
        sql = str(compiled_select(cv).where(cond).compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        if st.db.is_sqlite:
            assert conn.exec_driver_sql(sql).fetchall()
            return
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # a small table would be scanned anyway
        plan = " ".join(str(r[0]) for r in conn.exec_driver_sql("EXPLAIN " + sql))
    assert indexes.index_name(table, ((table.column(t["start"]).phys, False),)) in plan, plan
