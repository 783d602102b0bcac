"""The chart types added for the chart editor, each one's data checked against a plain-Python
aggregation over the same random rows, on SQLite and PostgreSQL: scatter, combo, funnel,
gauge, trend, calendar, treemap, radar and table (groups with subtotals)."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Any

import pytest

from tests.helpers import ApiClient

STAGES = ["Lead", "Offer", "Won"]
CUSTOMERS = ["Альфа", "Beta", "Гамма", None]


@pytest.fixture
def deals(owner: ApiClient) -> dict:
    owner.add_column("Customer", "text")
    owner.add_column("Stage", "single-select", {"options": [{"name": s} for s in STAGES]})
    owner.add_column("Amount", "number")
    owner.add_column("Due", "date")
    today = dt.date.today()
    rnd = random.Random(21)
    rows = [{"Name": f"D-{i}", "Customer": rnd.choice(CUSTOMERS), "Stage": rnd.choice([*STAGES, None]),
             "Amount": rnd.choice([None, round(rnd.uniform(-100, 1000), 2)]),
             "Due": (today - dt.timedelta(days=rnd.randint(0, 420))).isoformat() if rnd.random() < 0.9 else None}
            for i in range(150)]
    owner.insert(rows)
    cols = {c["name"]: c["id"] for c in owner.get(f"/api/bases/{owner.base_id}")["tables"][0]["columns"]}
    return {"rows": rows, "cols": cols, "today": today}


def _data(owner: ApiClient, settings: dict) -> dict:
    return owner.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": settings})


def _agg(kind: str, vals: list[Any]) -> Any:
    nums = [v for v in vals if v is not None]
    if kind == "count":
        return len(vals)
    if not nums:
        return None
    return {"sum": sum, "avg": lambda x: sum(x) / len(x), "max": max, "min": min}[kind](nums)


def _by(rows: list[dict], *keys: str) -> dict:
    out: dict = defaultdict(list)
    for r in rows:
        out[tuple(r[k] or "" for k in keys)].append(r)
    return out


def _close(a: Any, b: Any) -> bool:
    return (a is None and b in (None, 0)) or (a is not None and b is not None and a == pytest.approx(b, abs=1e-6))


def _cells(got: dict) -> dict:
    """{(category label, series label or index): value} from chart data."""
    out = {}
    for si, s in enumerate(got["series"]):
        for c, v in zip(got["categories"], s["data"], strict=True):
            out[(c["label"], s["label"] if len(got["series"]) > 1 else si)] = v
    return out


def test_scatter_and_combo_two_values_per_category(owner: ApiClient, deals: dict) -> None:
    c = deals["cols"]
    for t in ("scatter", "combo"):
        got = _data(owner, {"type": t, "x": {"column_id": c["Customer"]}, "value": {"aggregate": "count"},
                            "values": [{"aggregate": "avg", "column_id": c["Amount"]}]})
        groups = _by(deals["rows"], "Customer")
        assert sorted(cat["label"] for cat in got["categories"]) == sorted(k[0] for k in groups)
        for cat, n, avg in zip(got["categories"], got["series"][0]["data"], got["series"][1]["data"], strict=True):
            g = groups[(cat["label"],)]
            assert n == len(g)
            assert _close(avg, _agg("avg", [r["Amount"] for r in g]))
    r = owner.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": {
        "type": "scatter", "x": {"column_id": c["Customer"]}}}, expect=422)
    assert "settings.values" in r.get_json()["error"]["fields"]


def test_funnel_radar_treemap_and_table_match_python(owner: ApiClient, deals: dict) -> None:
    c = deals["cols"]
    rows = deals["rows"]
    funnel = _data(owner, {"type": "funnel", "x": {"column_id": c["Stage"]}, "sort": "value_desc"})
    counts = {k[0]: len(v) for k, v in _by(rows, "Stage").items()}
    assert [(cat["label"], n) for cat, n in zip(funnel["categories"], funnel["series"][0]["data"], strict=True)] == \
        sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for t in ("radar", "treemap", "table"):
        got = _data(owner, {"type": t, "x": {"column_id": c["Customer"]}, "series": {"column_id": c["Stage"]},
                            "value": {"aggregate": "sum", "column_id": c["Amount"]}})
        expect = {k: _agg("sum", [r["Amount"] for r in v]) for k, v in _by(rows, "Customer", "Stage").items()}
        cells = _cells(got)
        for (cust, stage), v in expect.items():
            assert _close(cells.get((cust, stage)), v), (t, cust, stage)
        assert all(v is None or (k in expect) for k, v in cells.items())
        if t == "table":  # subtotals per group and the grand total
            subtotal = {k[0]: _agg("sum", [r["Amount"] for r in v]) for k, v in _by(rows, "Customer").items()}
            for cat, v in zip(got["categories"], got["row_totals"], strict=True):
                assert _close(v, subtotal[cat["label"]])
            assert _close(got["total"], _agg("sum", [r["Amount"] for r in rows]))
    flat = _data(owner, {"type": "table", "x": {"column_id": c["Stage"]}, "value": {"aggregate": "max", "column_id": c["Amount"]}})
    assert _close(flat["total"], _agg("max", [r["Amount"] for r in rows]))


def test_gauge_trend_and_calendar_match_python(owner: ApiClient, deals: dict) -> None:
    c = deals["cols"]
    rows, today = deals["rows"], deals["today"]
    gauge = _data(owner, {"type": "gauge", "value": {"aggregate": "sum", "column_id": c["Amount"]}, "goal": 5000})
    assert _close(gauge["value"], _agg("sum", [r["Amount"] for r in rows])) and gauge["goal"] == 5000
    assert "settings.goal" in owner.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": {"type": "gauge"}},
                                         expect=422).get_json()["error"]["fields"]

    trend = _data(owner, {"type": "trend", "compare": {"column_id": c["Due"], "period": "month"}})
    months = []
    d = today
    for _ in range(12):
        months.append(f"{d:%Y-%m}")
        d = d.replace(day=1) - dt.timedelta(days=1)
    months.reverse()
    by_month: dict = defaultdict(int)
    for r in rows:
        if r["Due"]:
            by_month[r["Due"][:7]] += 1
    assert [cat["key"] for cat in trend["categories"]] == months
    assert [v or 0 for v in trend["series"][0]["data"]] == [by_month[m] for m in months]
    assert (trend["value"] or 0, trend["previous"] or 0) == (by_month[months[-1]], by_month[months[-2]])

    cal = _data(owner, {"type": "calendar", "x": {"column_id": c["Due"]},
                        "value": {"aggregate": "sum", "column_id": c["Amount"]}})
    expect = {k[0]: _agg("sum", [r["Amount"] for r in v]) for k, v in _by(rows, "Due").items()}
    got = {cat["key"] or "": v for cat, v in zip(cal["categories"], cal["series"][0]["data"], strict=True)}
    assert set(got) == set(expect)
    assert all(_close(got[k], expect[k]) for k in expect)
    for bad, field in [({"x": {"column_id": c["Customer"]}}, "settings.x.column_id"),
                       ({"x": {"column_id": c["Due"], "granularity": "month"}}, "settings.x.granularity")]:
        r = owner.post(f"/api/bases/{owner.base_id}/charts", {"table_id": owner.table_id, "name": "c",
                                                              "settings": {"type": "calendar", **bad}}, expect=422)
        assert field in r.get_json()["error"]["fields"]


def test_text_card_keeps_its_markdown_and_reads_no_rows(owner: ApiClient, deals: dict) -> None:
    chart = owner.post(f"/api/bases/{owner.base_id}/charts", {"table_id": owner.table_id, "name": "Notes", "settings": {
        "type": "text", "text": "# Итоги\n**Важно**"}}, expect=201)["chart"]
    assert owner.get(f"/api/charts/{chart['id']}/data") == {"type": "text", "text": "# Итоги\n**Важно**", "goal": None}
    r = owner.post(f"/api/bases/{owner.base_id}/charts", {"table_id": owner.table_id, "name": "Notes", "settings": {
        "type": "text", "text": ""}}, expect=422)
    assert "settings.text" in r.get_json()["error"]["fields"]
