"""Dashboard-wide filters (server/charts/filters.py, docs/charts.md «Dashboard filters»): a date
range and a value applied to every chart of a dashboard, checked against a plain-Python
aggregation over the same random rows on SQLite and PostgreSQL; charts whose table lacks the
column ignore the filter and say so; the drill-down reads the same rows; bad filters are a 422
naming the field; changing them is undoable."""

from __future__ import annotations

import copy
import datetime as dt
import random
from collections import defaultdict

import pytest

from tests.helpers import ApiClient

CUSTOMERS = ["Альфа", "Beta", "Гамма"]
MANAGERS = ["Иванов", "Petrov", None]


@pytest.fixture
def sales(owner: ApiClient) -> dict:
    owner.add_column("Customer", "single-select", {"options": [{"name": c} for c in CUSTOMERS]})
    owner.add_column("Manager", "text")
    owner.add_column("Amount", "number")
    owner.add_column("Due", "date")
    owner.add_column("Owner", "collaborator")
    today = dt.date.today()
    rnd = random.Random(45)
    me = owner.user["id"] if owner.user else None
    rows = [{"Name": f"S-{i}", "Customer": rnd.choice([*CUSTOMERS, None]), "Manager": rnd.choice(MANAGERS),
             "Amount": rnd.choice([None, round(rnd.uniform(0, 1000), 2)]),
             "Due": (today - dt.timedelta(days=rnd.randint(0, 200))).isoformat() if rnd.random() < 0.9 else None,
             "Owner": [me] if rnd.random() < 0.5 else None}
            for i in range(160)]
    owner.insert(rows)
    cols = {c["name"]: c["id"] for c in owner.get(f"/api/bases/{owner.base_id}")["tables"][0]["columns"]}
    # A second table with a date but no manager: a dashboard's manager filter cannot apply there.
    pay = owner.post(f"/api/bases/{owner.base_id}/tables", {"name": "Payments"}, expect=201)["table"]["id"]
    owner.add_column("Paid on", "date", table_id=pay)
    owner.add_column("Sum", "number", table_id=pay)
    payments = [{"Name": f"P-{i}", "Paid on": (today - dt.timedelta(days=i * 3)).isoformat(), "Sum": float(i)}
                for i in range(40)]
    owner.insert(payments, table_id=pay)
    pcols = {c["name"]: c["id"] for t in owner.get(f"/api/bases/{owner.base_id}")["tables"] if t["id"] == pay
             for c in t["columns"]}
    return {"rows": rows, "cols": cols, "pay": pay, "payments": payments, "pcols": pcols, "today": today, "me": me}


def _filters(s: dict, since: dt.date | None, until: dt.date | None, manager: str | None) -> list[dict]:
    date_value = None if since is None and until is None else {
        "from": since.isoformat() if since else None, "to": until.isoformat() if until else None}
    return [{"label": "Period", "kind": "date", "columns": [{"table_id": s["pay"], "column_id": s["pcols"]["Paid on"]}],
             "match": "Due", "value": date_value},
            {"label": "Manager", "kind": "value", "match": "manager", "value": manager}]


def _by_customer(owner: ApiClient, s: dict, filters: list[dict]) -> dict:
    return owner.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": {
        "type": "bar", "x": {"column_id": s["cols"]["Customer"]}, "value": {"aggregate": "sum", "column_id": s["cols"]["Amount"]},
        "dashboard_filters": filters}})


def _expected(rows: list[dict], since: dt.date | None, until: dt.date | None, manager: str | None) -> dict:
    out: dict = defaultdict(float)
    for r in rows:
        due = dt.date.fromisoformat(r["Due"]) if r["Due"] else None
        if (since or until) and due is None:
            continue
        if (since and due < since) or (until and due > until):
            continue
        if manager is not None and (r["Manager"] or "").casefold() != manager.casefold():
            continue
        out[r["Customer"] or ""] += r["Amount"] or 0
    return dict(out)


@pytest.mark.parametrize("case", range(6))
def test_filters_change_the_numbers_like_python(owner: ApiClient, sales: dict, case: int) -> None:
    rnd = random.Random(case)
    today = sales["today"]
    since = today - dt.timedelta(days=rnd.randint(30, 150)) if case % 3 != 1 else None
    until = today - dt.timedelta(days=rnd.randint(0, 29)) if case % 2 else None
    manager = [None, "Иванов", "PETROV"][case % 3]
    got = _by_customer(owner, sales, _filters(sales, since, until, manager))
    want = _expected(sales["rows"], since, until, manager)
    have = {c["label"] or "": v for c, v in zip(got["categories"], got["series"][0]["data"], strict=True)}
    assert set(have) == set(want)
    for k, v in want.items():
        assert have[k] == pytest.approx(v, abs=1e-6)
    applied = [lbl for lbl, on in (("Period", since or until), ("Manager", manager)) if on]
    assert got["dashboard_filters"] == {"applied": applied, "ignored": []}


def test_a_table_without_the_column_ignores_the_filter_and_says_so(owner: ApiClient, sales: dict) -> None:
    since = sales["today"] - dt.timedelta(days=30)
    got = owner.post(f"/api/tables/{sales['pay']}/chart-data", {"settings": {
        "type": "number", "value": {"aggregate": "sum", "column_id": sales["pcols"]["Sum"]},
        "dashboard_filters": _filters(sales, since, None, "Иванов")}})
    # The period applies through the listed column, the manager has no column here.
    assert got["dashboard_filters"] == {"applied": ["Period"], "ignored": ["Manager"]}
    want = sum(p["Sum"] for p in sales["payments"] if dt.date.fromisoformat(p["Paid on"]) >= since)
    assert got["value"] == pytest.approx(want)


def test_a_collaborator_filter_takes_a_members_email(owner: ApiClient, sales: dict) -> None:
    flt = [{"label": "Owner", "columns": [{"table_id": owner.table_id, "column_id": sales["cols"]["Owner"]}],
            "value": "owner@example.com"}]
    got = owner.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": {
        "type": "number", "dashboard_filters": flt}})
    assert got["value"] == sum(1 for r in sales["rows"] if r["Owner"])
    flt[0]["value"] = "nobody@example.com"
    err = owner.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": {"type": "number", "dashboard_filters": flt}},
                     expect=422)
    assert "settings.dashboard_filters.0.value" in err.get_json()["error"]["fields"]


@pytest.mark.parametrize(("flt", "field"), [
    ({"label": "P", "kind": "date", "value": {"from": "2026-13-01"}}, "settings.dashboard_filters.0.value.from"),
    ({"label": "P", "kind": "date", "value": {"from": "2026-05-02", "to": "2026-05-01"}}, "settings.dashboard_filters.0.value.to"),
    ({"label": "P", "kind": "date", "value": "2026-05-01"}, "settings.dashboard_filters.0.value"),
    ({"label": "M", "kind": "value", "value": {"a": 1}}, "settings.dashboard_filters.0.value"),
    ({"label": "", "value": "x"}, "settings.dashboard_filters.0.label"),
    ({"label": "M", "kind": "between", "value": "x"}, "settings.dashboard_filters.0.kind"),
    ({"label": "M", "columns": [{"table_id": "T", "column_id": 1}]}, "settings.dashboard_filters.0.columns.0.table_id"),
    ({"label": "A", "kind": "value", "columns": [{"table_id": 0, "column_id": "Amount"}], "value": "abc"},
     "settings.dashboard_filters.0.value"),
    ({"label": "D", "kind": "date", "columns": [{"table_id": 0, "column_id": "Manager"}], "value": None},
     "settings.dashboard_filters.0.columns"),
    ({"label": "D", "kind": "value", "columns": [{"table_id": 0, "column_id": 999999}], "value": "x"},
     "settings.dashboard_filters.0.columns"),
])
def test_bad_filters_are_refused_naming_the_field(owner: ApiClient, sales: dict, flt: dict, field: str) -> None:
    flt = copy.deepcopy(flt)  # shared by the runs on both databases
    for pair in flt.get("columns", []):  # placeholders: this table, a column by name
        if pair["table_id"] == 0:
            pair["table_id"] = owner.table_id
            if isinstance(pair["column_id"], str):
                pair["column_id"] = sales["cols"][pair["column_id"]]
    settings = {"type": "number", "dashboard_filters": [flt]}
    err = owner.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": settings}, expect=422)
    assert field in err.get_json()["error"]["fields"], err
    before = owner.get(f"/api/bases/{owner.base_id}/charts")["charts"]
    owner.post(f"/api/bases/{owner.base_id}/charts", {"table_id": owner.table_id, "name": "N", "settings": settings},
               expect=422)
    assert owner.get(f"/api/bases/{owner.base_id}/charts")["charts"] == before


def test_drill_down_reads_the_filtered_rows_and_undo_takes_the_filters_back(owner: ApiClient, sales: dict) -> None:
    c = sales["cols"]
    settings = {"type": "bar", "x": {"column_id": c["Customer"]}, "value": {"aggregate": "count"}}
    chart = owner.post(f"/api/bases/{owner.base_id}/charts", {"table_id": owner.table_id, "name": "By customer",
                                                               "settings": settings}, expect=201)["chart"]
    since = sales["today"] - dt.timedelta(days=60)
    owner.patch(f"/api/charts/{chart['id']}", {"settings": {**settings, "dashboard_filters": _filters(sales, since, None, "Petrov")}})
    data = owner.get(f"/api/charts/{chart['id']}/data")
    for cat, n in zip(data["categories"], data["series"][0]["data"], strict=True):
        key = "" if cat["key"] is None else cat["key"]
        assert owner.get(f"/api/charts/{chart['id']}/count", query_string={"x": key})["count"] == n
        want = sum(1 for r in sales["rows"] if (r["Customer"] or "") == (cat["label"] or "") and r["Manager"] == "Petrov"
                   and r["Due"] and dt.date.fromisoformat(r["Due"]) >= since)
        assert n == want
    drill = owner.get(f"/api/charts/{chart['id']}/drill", query_string={"x": data["categories"][0]["key"] or ""})
    ops = {(f["column_id"], f["operator"]) for f in drill["filters"]}
    assert {(c["Due"], "is_on_or_after"), (c["Manager"], "is")} <= ops
    owner.undo()
    back = owner.get(f"/api/charts/{chart['id']}")
    assert not back["settings"].get("dashboard_filters")
    assert sum(owner.get(f"/api/charts/{chart['id']}/data")["series"][0]["data"]) == len(sales["rows"])
