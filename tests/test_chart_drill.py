"""The rows behind a bar, slice or pivot cell (drill-down): for every category of every kind of
axis the rows are exactly the ones the chart counted, the footer reads the bar's value, and the
view made from the drill-down («Open as view») shows the same rows. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter, defaultdict
from urllib.parse import urlencode

import pytest

from tests.helpers import ApiClient

STATUSES = ["Open", "Paid", "Overdue"]
TAGS = ["red", "green"]


@pytest.fixture
def sales(owner: ApiClient) -> dict:
    owner.add_column("Manager", "text")
    owner.add_column("Status", "single-select", {"options": [{"name": s} for s in STATUSES]})
    owner.add_column("Tags", "multiple-select", {"options": [{"name": s} for s in TAGS]})
    owner.add_column("Amount", "number", {"format": "currency", "precision": 2, "currency_symbol": "₽"})
    owner.add_column("Due", "date")
    owner.add_column("Done", "checkbox")
    owner.add_column("Band", "formula", {"formula": "if({Amount} > 400, 'big', 'small')"})
    rnd = random.Random(7)
    start = dt.date.today().replace(day=1) - dt.timedelta(days=400)
    rows = []
    for i in range(90):
        rows.append({"Name": f"INV-{i}", "Manager": rnd.choice(["Анна", "Пётр", "", None]),
                     "Status": rnd.choice(STATUSES + [None]),
                     "Tags": rnd.choice([[], ["red"], ["green"], ["red", "green"]]),
                     "Amount": rnd.choice([None, 100, round(rnd.uniform(1, 900), 2)]),
                     "Due": rnd.choice([None, (start + dt.timedelta(days=rnd.randint(0, 400))).isoformat()]),
                     "Done": rnd.choice([True, False, None])})
    owner.insert(rows)
    base = owner.get(f"/api/bases/{owner.base_id}")
    cols = {c["name"]: c for c in base["tables"][0]["columns"]}
    return {"rows": rows, "cols": cols}


def _chart(owner: ApiClient, settings: dict, view_id: int | None = None) -> int:
    body = {"table_id": owner.table_id, "name": "c", "settings": settings, "view_id": view_id}
    return owner.post(f"/api/bases/{owner.base_id}/charts", body, expect=201)["chart"]["id"]


OMIT = object()


def _query(x: object = OMIT, series: object = OMIT) -> str:
    """Keys as the web app sends them: the empty category as "", a part left out when omitted."""
    q = {}
    for name, key in (("x", x), ("series", series)):
        if key is not OMIT:
            q[name] = "" if key is None else str(key).lower() if isinstance(key, bool) else str(key)
    return urlencode(q)


def _names(owner: ApiClient, path: str) -> list[str]:
    return [r[str(owner.base["tables"][0]["columns"][0]["id"])] for r in owner.get(path)["rows"]]


def _check_every_category(owner: ApiClient, chart_id: int, value_col: int | None = None) -> int:
    """Each bar: its rows' count (or the footer's sum) is the bar's value, and a view made from
    the drill-down settings shows the same rows in the same order."""
    data = owner.get(f"/api/charts/{chart_id}/data")
    checked = 0
    for s in data["series"]:
        for cat, value in zip(data["categories"], s["data"], strict=True):
            if value is None:
                continue
            q = _query(cat["key"], s["key"] if len(data["series"]) > 1 else OMIT)
            count = owner.get(f"/api/charts/{chart_id}/count?{q}")["count"]
            foot = owner.get(f"/api/charts/{chart_id}/summaries?{q}")
            assert foot["count"] == count
            if value_col is None:
                assert count == value, (cat, s["key"])
            else:
                assert foot["summaries"][str(value_col)]["value"] == pytest.approx(value), (cat, s["key"])
            drill = owner.get(f"/api/charts/{chart_id}/drill?{q}")
            view = owner.post(f"/api/tables/{drill['table_id']}/views",
                              {"name": f"v{chart_id}-{checked}", "settings": drill["settings"]}, expect=201)["view"]
            rows = _names(owner, f"/api/charts/{chart_id}/rows?{q}&limit=1000")
            assert len(rows) == count
            assert _names(owner, f"/api/views/{view['id']}/rows?limit=1000") == rows
            checked += 1
    return checked


def test_every_kind_of_axis_opens_exactly_its_rows(owner: ApiClient, sales: dict) -> None:
    cols = sales["cols"]
    rows = sales["rows"]
    cid = {name: c["id"] for name, c in cols.items()}
    # text with '' and NULL: one empty category, as a view's "is empty" sees them
    chart = _chart(owner, {"type": "bar", "x": {"column_id": cid["Manager"]}})
    labels = Counter(r["Manager"] or "" for r in rows)
    data = owner.get(f"/api/charts/{chart}/data")
    assert {c["label"]: v for c, v in zip(data["categories"], data["series"][0]["data"], strict=True)} == labels
    assert _check_every_category(owner, chart) == len(labels)
    # select (with blanks), multiple select (lists and empty lists), checkbox (unset is unchecked)
    assert _check_every_category(owner, _chart(owner, {"type": "pie", "x": {"column_id": cid["Status"]}})) == 4
    assert _check_every_category(owner, _chart(owner, {"type": "bar", "x": {"column_id": cid["Tags"]}})) >= 3
    done = _chart(owner, {"type": "bar", "x": {"column_id": cid["Done"]}})
    assert [c["key"] for c in owner.get(f"/api/charts/{done}/data")["categories"]] == [False, True]
    assert _check_every_category(owner, done) == 2
    # numbers, a formula's text, dates by month and by default by day, with blanks
    assert _check_every_category(owner, _chart(owner, {"type": "bar", "x": {"column_id": cid["Amount"]}})) > 10
    assert _check_every_category(owner, _chart(owner, {"type": "bar", "x": {"column_id": cid["Band"]}})) == 2
    by_month = _chart(owner, {"type": "bar", "x": {"column_id": cid["Due"], "granularity": "month"},
                              "value": {"aggregate": "sum", "column_id": cid["Amount"]}})
    assert _check_every_category(owner, by_month, value_col=cid["Amount"]) >= 12
    by_day = owner.get(f"/api/charts/{_chart(owner, {'type': 'line', 'x': {'column_id': cid['Due']}})}/data")
    assert by_day["axes"]["x"] == {"kind": "date", "granularity": "day"}
    assert all(c["key"] is None or dt.date.fromisoformat(c["key"]) for c in by_day["categories"])
    for gran in ("week", "quarter", "year"):
        assert _check_every_category(owner, _chart(owner, {"type": "bar", "x": {"column_id": cid["Due"],
                                                                                "granularity": gran}})) >= 2


def test_series_pivot_cells_and_a_source_view(owner: ApiClient, sales: dict) -> None:
    cid = {name: c["id"] for name, c in sales["cols"].items()}
    view = owner.post(f"/api/tables/{owner.table_id}/views", {"name": "Not paid", "settings": {
        "filters": {"conjunction": "and", "filters": [{"column_id": cid["Status"], "operator": "is_not",
                                                       "value": "Paid"}]},
        "sorts": [{"column_id": cid["Amount"], "direction": "desc"}],
        "summaries": {str(cid["Amount"]): "max"}}}, expect=201)["view"]
    settings = {"type": "pivot", "x": {"column_id": cid["Manager"]}, "series": {"column_id": cid["Done"]},
                "value": {"aggregate": "sum", "column_id": cid["Amount"]}}
    chart = _chart(owner, settings, view["id"])
    # every cell: the sum of its rows; the view's own footer kind wins for its column
    data = owner.get(f"/api/charts/{chart}/data")
    for s in data["series"]:
        for cat, value in zip(data["categories"], s["data"], strict=True):
            if value is None:
                continue
            q = _query(cat["key"], s["key"])
            rows = owner.get(f"/api/charts/{chart}/rows?{q}&limit=1000&keys=names")["rows"]
            assert sum(r["Amount"] or 0 for r in rows) == pytest.approx(value)
            assert all(r["Status"] != "Paid" for r in rows)
            amounts = [r["Amount"] for r in rows if r["Amount"] is not None]
            assert amounts == sorted(amounts, reverse=True)  # the view's order
            foot = owner.get(f"/api/charts/{chart}/summaries?{q}")["summaries"]
            assert foot[str(cid["Amount"])]["summary"] == "max"
    # a whole column of the pivot (series only): every category
    column = data["series"][0]
    count = owner.get(f"/api/charts/{chart}/count?{_query(series=column['key'])}")["count"]
    assert count == len(owner.get(f"/api/charts/{chart}/rows?{_query(series=column['key'])}&limit=1000")["rows"]) > 0
    foot = owner.get(f"/api/charts/{chart}/summaries?{_query(series=column['key'])}")
    assert foot["count"] == count
    assert foot["summaries"][str(cid["Amount"])]["summary"] == "max"
    # a whole row of the pivot (x only) and the view's filter kept in the drill-down view
    first = data["categories"][0]
    drill = owner.get(f"/api/charts/{chart}/drill?{_query(first['key'])}")
    conditions = drill["settings"]["filters"]["filters"]
    assert conditions[0] == {"column_id": cid["Status"], "operator": "is_not", "value": "Paid"}
    assert conditions[1:] == drill["filters"]
    assert drill["settings"]["sorts"] == [{"column_id": cid["Amount"], "direction": "desc"}]


def test_time_comparison_and_number_card(owner: ApiClient, sales: dict) -> None:
    cid = {name: c["id"] for name, c in sales["cols"].items()}
    owner.insert([{"Name": "now", "Status": "Open", "Amount": 5, "Due": dt.date.today().isoformat()}])
    compare = {"column_id": cid["Due"], "period": "month"}
    chart = _chart(owner, {"type": "compare", "x": {"column_id": cid["Status"]}, "compare": compare})
    assert _check_every_category(owner, chart) >= 2
    card = _chart(owner, {"type": "number", "value": {"aggregate": "sum", "column_id": cid["Amount"]},
                          "compare": compare})
    data = owner.get(f"/api/charts/{card}/data")
    foot = owner.get(f"/api/charts/{card}/summaries?{_query(series=data['periods']['current'])}")
    assert foot["summaries"][str(cid["Amount"])]["value"] == pytest.approx(data["value"])
    # a card without a comparison opens all its rows
    plain = _chart(owner, {"type": "number", "value": {"aggregate": "count"}})
    assert owner.get(f"/api/charts/{plain}/count")["count"] == len(sales["rows"]) + 1


def test_bad_category_keys_are_refused(owner: ApiClient, sales: dict) -> None:
    cid = {name: c["id"] for name, c in sales["cols"].items()}
    month = _chart(owner, {"type": "bar", "x": {"column_id": cid["Due"], "granularity": "month"}})
    for bad in ("2026-13", "2026-1", "last month", "2026-02-30"):
        r = owner.get(f"/api/charts/{month}/rows?{_query(bad)}", expect=422)
        assert r.get_json()["error"]["fields"] == {"x": ["unknown category"]}
    number = _chart(owner, {"type": "bar", "x": {"column_id": cid["Amount"]}})
    owner.get(f"/api/charts/{number}/count?x=abc", expect=422)
    done = _chart(owner, {"type": "bar", "x": {"column_id": cid["Done"]}})
    owner.get(f"/api/charts/{done}/count?x=maybe", expect=422)
    owner.get(f"/api/charts/{done}/count?x=true&series=x", expect=422)  # no second grouping
    tags = _chart(owner, {"type": "bar", "x": {"column_id": cid["Tags"]}})
    owner.get(f"/api/charts/{tags}/count?" + urlencode({"x": json.dumps({"a": 1})}), expect=422)
    owner.get(f"/api/charts/{month}/rows?x=2026-01&limit=5000", expect=422)


def test_receivables_template_every_bar_opens_its_rows(owner: ApiClient) -> None:
    """The demo base: aging buckets (formula text), managers (a lookup), months and weeks (date
    buckets), statuses: each bar's rows sum to the bar, each series of the stacked chart too."""
    base = owner.post("/api/bases", {"template": "receivables", "language": "ru"}, expect=201)
    owner.base = base
    checked: defaultdict[str, int] = defaultdict(int)
    for ch in owner.get(f"/api/bases/{base['id']}/charts")["charts"]:
        s = ch["settings"]
        if (s.get("period_end") or {}).get("measures"):  # a KPI series: no rows behind a point
            assert owner.get(f"/api/charts/{ch['id']}/data")["drill"] is False
            r = owner.get(f"/api/charts/{ch['id']}/summaries?x=2026-01", expect=422)
            assert "x" in r.get_json()["error"]["fields"]
            continue
        if s["type"] == "number":
            data = owner.get(f"/api/charts/{ch['id']}/data")
            foot = owner.get(f"/api/charts/{ch['id']}/summaries")
            assert foot["summaries"][str(s["value"]["column_id"])]["value"] == pytest.approx(data["value"])
            continue
        value_col = s["value"].get("column_id") if s["value"]["aggregate"] == "sum" else None
        data = owner.get(f"/api/charts/{ch['id']}/data")
        for si, series in enumerate(data["series"]):
            for cat, value in zip(data["categories"], series["data"], strict=True):
                if value is None:
                    continue
                q = _query(cat["key"], series["key"] if len(data["series"]) > 1 else OMIT)
                foot = owner.get(f"/api/charts/{ch['id']}/summaries?{q}")
                got = foot["count"] if value_col is None else foot["summaries"][str(value_col)]["value"]
                assert got == pytest.approx(value), (ch["name"], cat["label"], si)
                checked[ch["name"]] += 1
    assert len(checked) >= 7 and all(checked.values())
