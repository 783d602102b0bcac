"""Reading a base as of a date: a table's record date column (an undoable setting), and
`as_of=YYYY-MM-DD` on view rows, count and groups, table rows and chart data — today() reads
the date, rows recorded after it are left out, and links, lookups, rollups and link counts see
only the linked rows recorded by then; stored results are not used where they would be
wrong. On SQLite and PostgreSQL. The dates are fixed past dates given as `as_of` (nothing
here depends on the calendar)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import ApiClient

D1, D2, D3 = "2013-01-31", "2013-02-28", "2013-03-31"


@pytest.fixture
def ledger(app: Any) -> dict[str, Any]:
    """Invoices (record date: Date) linked to Payments (record date: Paid on), with a rollup,
    a formula over it (both stored today), a lookup, a link count and a today() formula."""
    c = ApiClient(app)
    c.signup("asof@example.com")
    c.new_base("Ledger")
    inv = c.table_id
    c.patch(f"/api/tables/{inv}", {"name": "Invoices"})
    c.patch(f"/api/columns/{c.base['tables'][0]['columns'][0]['id']}", {"name": "No"})
    date = c.add_column("Date", "date", table_id=inv)
    c.add_column("Total", "number", table_id=inv)
    pay = c.post(f"/api/bases/{c.base_id}/tables", {"name": "Payments", "columns": [
        {"name": "Ref", "type": "text"}, {"name": "Paid on", "type": "date"}, {"name": "Amount", "type": "number"}]},
        expect=201)["table"]
    paid_on = next(col["id"] for col in pay["columns"] if col["name"] == "Paid on")
    link = c.add_column("Payments", "link", {"table": pay["id"]}, table_id=inv)
    c.add_column("Paid", "rollup", {"link": link["id"], "column": "Amount", "summary": "sum"}, table_id=inv)
    c.add_column("Balance", "formula", {"formula": "{Total} - {Paid}"}, table_id=inv)
    c.add_column("Paid dates", "lookup", {"link": link["id"], "column": "Paid on"}, table_id=inv)
    c.add_column("Payments made", "link-count", {"link": link["id"]}, table_id=inv)
    c.add_column("Age", "formula", {"formula": "dateDif({Date}, today(), 'D')"}, table_id=inv)
    rows = c.insert([{"No": "A", "Date": "2013-01-10", "Total": 100},
                     {"No": "B", "Date": "2013-02-10", "Total": 200},
                     {"No": "C", "Date": "2013-03-10", "Total": 300},
                     {"No": "U", "Total": 7}], table_id=inv)  # undated: there at any date
    a, b, cc = (r["_id"] for r in rows[:3])
    c.insert([{"Ref": "p1", "Paid on": "2013-01-20", "Amount": 60, "Invoices": [a]},
              {"Ref": "p2", "Paid on": "2013-02-20", "Amount": 40, "Invoices": [a]},
              {"Ref": "p3", "Paid on": "2013-03-20", "Amount": 200, "Invoices": [b]},
              {"Ref": "p4", "Paid on": "2013-04-02", "Amount": 300, "Invoices": [cc]}], table_id=pay["id"])
    c.patch(f"/api/tables/{inv}", {"record_date_column_id": date["id"]})
    c.patch(f"/api/tables/{pay['id']}", {"record_date_column_id": paid_on})
    return {"c": c, "inv": inv, "pay": pay["id"], "date": date["id"], "paid_on": paid_on}


def _by_no(c: ApiClient, table_id: int, as_of: str | None) -> dict[str, dict]:
    q = f"&as_of={as_of}" if as_of else ""
    rows = c.get(f"/api/tables/{table_id}/rows?keys=names&limit=100{q}")["rows"]
    return {r["No"]: r for r in rows}


def test_record_date_is_an_undoable_table_setting(app: Any) -> None:
    c = ApiClient(app)
    c.signup("rd@example.com")
    c.new_base()
    tid = c.table_id
    date = c.add_column("When", "date")
    created = c.add_column("Created", "ctime")
    text = c.add_column("Note", "text")
    assert c.get(f"/api/tables/{tid}")["record_date_column_id"] is None
    c.patch(f"/api/tables/{tid}", {"record_date_column_id": date["id"]})
    assert c.get(f"/api/tables/{tid}")["record_date_column_id"] == date["id"]
    c.patch(f"/api/tables/{tid}", {"record_date_column_id": created["id"]})
    assert c.get(f"/api/tables/{tid}")["record_date_column_id"] == created["id"]
    for bad in (text["id"], 999999, "3", True):
        err = c.patch(f"/api/tables/{tid}", {"record_date_column_id": bad}, expect=422).get_json()["error"]
        assert "record_date_column_id" in err["fields"], err
    c.undo()
    assert c.get(f"/api/tables/{tid}")["record_date_column_id"] == date["id"]
    c.undo()
    assert c.get(f"/api/tables/{tid}")["record_date_column_id"] is None
    c.redo()
    assert c.get(f"/api/tables/{tid}")["record_date_column_id"] == date["id"]
    # The base's tables carry it too (the web app's table settings read it there).
    base = c.get(f"/api/bases/{c.base_id}")
    assert base["tables"][0]["record_date_column_id"] == date["id"]
    # A deleted record date column counts as none (nothing is left out), and again once restored.
    c.insert([{"When": "2013-05-01"}, {"When": "2013-01-01"}])
    assert len(c.get(f"/api/tables/{tid}/rows?as_of=2013-02-01")["rows"]) == 1
    c.delete(f"/api/columns/{date['id']}")
    assert len(c.get(f"/api/tables/{tid}/rows?as_of=2013-02-01")["rows"]) == 2
    c.undo()
    assert len(c.get(f"/api/tables/{tid}/rows?as_of=2013-02-01")["rows"]) == 1


def test_rows_links_rollups_and_today_as_of_a_date(ledger: dict[str, Any]) -> None:
    c, inv = ledger["c"], ledger["inv"]
    now = _by_no(c, inv, None)
    assert set(now) == {"A", "B", "C", "U"}
    assert now["A"]["Paid"] == 100 and now["C"]["Balance"] == 0 and now["C"]["Payments made"] == 1

    first = _by_no(c, inv, D1)
    assert set(first) == {"A", "U"}  # B and C were not invoiced yet; U has no date
    assert first["A"]["Paid"] == 60 and first["A"]["Balance"] == 40
    assert first["A"]["Paid dates"] == ["2013-01-20"] and first["A"]["Payments made"] == 1
    assert [p["display_value"] for p in first["A"]["Payments"]] == ["p1"]
    assert first["A"]["Age"] == 21  # today() reads 2013-01-31

    second = _by_no(c, inv, D2)
    assert set(second) == {"A", "B", "U"}
    assert second["A"]["Paid"] == 100 and second["A"]["Balance"] == 0 and second["A"]["Payments made"] == 2
    assert second["B"]["Paid"] == 0 and second["B"]["Balance"] == 200 and second["B"]["Payments made"] == 0
    assert second["B"]["Payments"] == [] and second["B"]["Age"] == 18

    third = _by_no(c, inv, D3)
    assert third["B"]["Balance"] == 0 and third["C"]["Balance"] == 300 and third["C"]["Paid dates"] == []
    # After the last payment everything is as now (today() aside).
    late = _by_no(c, inv, "2020-01-01")  # any day after the ledger (2013), and always in the past
    assert {k: (r["Paid"], r["Balance"]) for k, r in late.items()} == {k: (r["Paid"], r["Balance"])
                                                                        for k, r in now.items()}
    # The payments table itself, as of a date.
    pays = c.get(f"/api/tables/{ledger['pay']}/rows?keys=names&as_of={D2}")["rows"]
    assert sorted(p["Ref"] for p in pays) == ["p1", "p2"]
    assert [i["display_value"] for p in pays for i in p["Invoices"]] == ["A", "A"]
    # A read without as_of is untouched by the reads before it (nothing cached across dates).
    assert _by_no(c, inv, None)["B"]["Balance"] == 0


def test_views_count_groups_and_charts_as_of_a_date(ledger: dict[str, Any]) -> None:
    c, inv = ledger["c"], ledger["inv"]
    cols = {col["name"]: col["id"] for col in c.get(f"/api/tables/{inv}")["columns"]}
    view = c.post(f"/api/tables/{inv}/views", {"name": "Open", "settings": {
        "filters": {"conjunction": "and", "filters": [{"column_id": cols["Balance"], "operator": "gt", "value": 0}]},
        "group_by": [{"column_id": cols["Date"], "granularity": "month"}],
        "summaries": {str(cols["Balance"]): "sum"}}}, expect=201)["view"]
    vid = view["id"]

    def count(as_of: str | None = None) -> int:
        return c.get(f"/api/views/{vid}/count" + (f"?as_of={as_of}" if as_of else ""))["count"]

    assert count() == 1  # U (7) only
    assert count(D1) == 2 and count(D2) == 2 and count(D3) == 2
    rows = c.get(f"/api/views/{vid}/rows?keys=names&as_of={D2}")["rows"]
    assert sorted(r["No"] for r in rows) == ["B", "U"]
    groups = c.get(f"/api/views/{vid}/groups?as_of={D3}")["groups"]
    got = {g["value"]: (g["count"], g["summaries"][str(cols["Balance"])]["value"]) for g in groups}
    assert got == {None: (1, 7), "2013-03": (1, 300)}, groups
    chart = c.post(f"/api/bases/{c.base_id}/charts", {"table_id": inv, "view_id": vid, "name": "Open by month",
                                                      "settings": {"type": "bar", "x": {"column_id": cols["Date"],
                                                                                        "granularity": "month"},
                                                                   "value": {"aggregate": "sum",
                                                                             "column_id": cols["Balance"]}}},
                   expect=201)["chart"]
    data = c.get(f"/api/charts/{chart['id']}/data?as_of={D2}")
    assert dict(zip([x["key"] for x in data["categories"]], data["series"][0]["data"], strict=True)) == \
        {"2013-02": 200, None: 7}
    # A chart of the whole table (no view) leaves out later rows too.
    whole = c.post(f"/api/bases/{c.base_id}/charts", {"table_id": inv, "name": "Invoiced", "settings": {
        "type": "number", "value": {"aggregate": "sum", "column_id": cols["Total"]}}}, expect=201)["chart"]
    assert c.get(f"/api/charts/{whole['id']}/data?as_of={D1}")["value"] == 107
    assert c.get(f"/api/charts/{whole['id']}/data")["value"] == 607
    assert c.get(f"/api/tables/{inv}/count?as_of={D1}")["count"] == 2


def test_a_table_without_record_date_keeps_its_rows_but_today_moves(app: Any) -> None:
    c = ApiClient(app)
    c.signup("plain@example.com")
    c.new_base()
    c.add_column("Due", "date")
    c.add_column("Late", "formula", {"formula": "today() > {Due}"})
    c.insert([{"Name": "x", "Due": "2013-02-15"}])
    assert c.get(f"/api/tables/{c.table_id}/rows?keys=names&as_of=2013-02-01")["rows"][0]["Late"] is False
    assert c.get(f"/api/tables/{c.table_id}/rows?keys=names&as_of=2013-03-01")["rows"][0]["Late"] is True


@pytest.mark.parametrize("bad", ["2013-02-30", "yesterday", "31.03.2013", "2013-3-1x"])
def test_a_bad_as_of_is_a_422_naming_it(ledger: dict[str, Any], bad: str) -> None:
    c, inv = ledger["c"], ledger["inv"]
    vid = c.post(f"/api/tables/{inv}/views", {"name": "All"}, expect=201)["view"]["id"]
    for path in (f"/api/views/{vid}/rows", f"/api/views/{vid}/count", f"/api/views/{vid}/groups",
                 f"/api/tables/{inv}/rows"):
        err = c.get(f"{path}?as_of={bad}", expect=422).get_json()["error"]
        assert list(err["fields"]) == ["as_of"], (path, err)


def test_a_series_by_period_end(ledger: dict[str, Any]) -> None:
    """Receivables at each month end: the Balance summed over the invoices as they stood on the
    last day of each month (the running month measured at its `end`), split by a series too."""
    c, inv = ledger["c"], ledger["inv"]
    cols = {col["name"]: col["id"] for col in c.get(f"/api/tables/{inv}")["columns"]}
    settings = {"type": "line", "period_end": {"granularity": "month", "count": 5, "end": "2013-04-15"},
                "value": {"aggregate": "sum", "column_id": cols["Balance"]}}
    chart = c.post(f"/api/bases/{c.base_id}/charts", {"table_id": inv, "name": "AR at month end",
                                                      "settings": settings}, expect=201)["chart"]
    data = c.get(f"/api/charts/{chart['id']}/data")
    assert [x["key"] for x in data["categories"]] == ["2012-12", "2013-01", "2013-02", "2013-03", "2013-04"]
    assert data["period_ends"] == ["2012-12-31", "2013-01-31", "2013-02-28", "2013-03-31", "2013-04-15"]
    assert data["axes"]["x"] == {"kind": "date", "granularity": "month"}
    # Dec: only U (undated, 7); Jan: A 40 + U; Feb: B 200 + U; Mar: C 300 + U; Apr 15: all paid but U.
    assert data["series"][0]["data"] == [7, 47, 207, 307, 7]
    # Split by invoice: each one's balance at each month end.
    by = c.patch(f"/api/charts/{chart['id']}", {"settings": {**settings, "type": "stacked_bar",
                                                             "series": {"column_id": cols["No"]}}})["chart"]
    data = c.get(f"/api/charts/{by['id']}/data")
    got = {s["key"]: s["data"] for s in data["series"]}
    assert got == {"A": [None, 40, 0, 0, 0], "B": [None, None, 200, 0, 0], "C": [None, None, None, 300, 0],
                   "U": [7, 7, 7, 7, 7]}
    # Without `end`, the series ends at the read's as-of date.
    del settings["period_end"]["end"]
    c.patch(f"/api/charts/{chart['id']}", {"settings": {**settings, "period_end": {"granularity": "quarter",
                                                                                   "count": 2}}})
    data = c.get(f"/api/charts/{chart['id']}/data?as_of=2013-03-31")
    assert [x["key"] for x in data["categories"]] == ["2012-Q4", "2013-Q1"] and data["series"][0]["data"] == [7, 307]
    # Shapes that make no sense are refused, naming the field.
    for bad, field in (({"type": "pie"}, "settings.period_end"), ({"x": {"column_id": cols["Date"]}}, "settings.x"),
                       ({"period_end": {"granularity": "month", "end": "2013-02-30"}}, "settings.period_end.end"),
                       ({"period_end": {"count": 0}}, "settings.period_end.count")):
        err = c.patch(f"/api/charts/{chart['id']}", {"settings": {**settings, "period_end": {"count": 3}, **bad}},
                      expect=422).get_json()["error"]
        assert field in err["fields"], (bad, err)
