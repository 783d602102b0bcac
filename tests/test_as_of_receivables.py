"""The receivables base as of past dates, against an independent computation: IBM's public
accounts-receivable sample (tests/data/, 2,466 invoices of 2012–2013, each settled by one
payment) is loaded into the template, and at every quarter end of 2012–2013 the aging — which
invoices were open, their balance, days overdue and bucket — is computed in plain Python from
the CSV and compared with Tablo's view count, group tree and dashboard chart read
`as_of` that date — and with one chart series by quarter end — on SQLite and PostgreSQL.
On the same load (it is slow: one load per database), the template's KPI charts — invoiced,
collected, receivables at month end, DSO, countback DSO, best possible DSO, average days
delinquent and CEI for each month of 2012–2013 — are compared with the same computation."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ApiClient

IBM = Path(__file__).resolve().parent / "data" / "ibm-accounts-receivable.csv"
QUARTER_ENDS = [dt.date(y, m, d) for y in (2012, 2013) for m, d in ((3, 31), (6, 30), (9, 30), (12, 31))]


def _iso(us: str) -> dt.date:
    m, d, y = (int(x) for x in us.split("/"))
    return dt.date(y, m, d)


def _bucket(balance: float, days: int) -> str:
    """The template's Aging bucket formula, written again in Python."""
    if balance <= 0:
        return "Closed"
    if days == 0:
        return "Current"
    return "1–30" if days <= 30 else "31–60" if days <= 60 else "61–90" if days <= 90 else "90+"


def aging_as_of(src: list[dict[str, str]], day: dt.date) -> dict[str, tuple[int, float]]:
    """Open invoices as of `day` per bucket: (count, balance). An invoice exists once it is
    issued; its one payment counts once it is made."""
    out: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for r in src:
        if _iso(r["InvoiceDate"]) > day:
            continue
        total = float(r["InvoiceAmount"])
        balance = round(total - (total if _iso(r["SettledDate"]) <= day else 0.0), 2)
        if balance <= 0:
            continue
        due = _iso(r["DueDate"])
        days = (day - due).days if day > due else 0
        slot = out[_bucket(balance, days)]
        slot[0] += 1
        slot[1] += balance
    return {k: (int(v[0]), v[1]) for k, v in out.items()}


def _months(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Each month from first's to last's: (its first day, the day it is measured at)."""
    out = []
    day = first.replace(day=1)
    while day <= last:
        nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        out.append((day, min(nxt - dt.timedelta(days=1), last)))
        day = nxt
    return out


def _receivables(src: list[dict[str, str]], day: dt.date, *, current_only: bool = False) -> float:
    """Open balances as of `day` (issued by then, not settled by then); `current_only`: those
    not yet past due that day."""
    return sum(float(r["InvoiceAmount"]) for r in src
               if _iso(r["InvoiceDate"]) <= day < _iso(r["SettledDate"])
               and (not current_only or day <= _iso(r["DueDate"])))


def _flow(src: list[dict[str, str]], column: str, first: dt.date, last: dt.date) -> float:
    return sum(float(r["InvoiceAmount"]) for r in src if first <= _iso(r[column]) <= last)


def countback_dso(ar: float, sales: list[float], days: list[int]) -> float:
    """Countback DSO: take each month's sales off the receivables, newest month first, counting
    its days; the month that exhausts them counts its share of days (receivables.md §1.2)."""
    total = 0.0
    for s, d in zip(reversed(sales), reversed(days), strict=True):
        if ar <= 0:
            break
        if ar > s:
            ar -= s
            total += d
        else:
            total += ar / s * d
            ar = 0.0
    return total


def _ratio(stock: float, sales: float, days: int) -> float | None:
    """stock ÷ sales × days: DSO and its relatives; none without sales."""
    return stock / sales * days if sales else None


def monthly_kpis(src: list[dict[str, str]], last: dt.date) -> dict[str, dict[str, float | None]]:
    """Per month of the ledger up to `last` (the month holding it measured at `last`): invoiced,
    collected, receivables, DSO, countback DSO, best possible DSO, ADD and CEI (CEI per
    calendar month: receivables at its start are those at the previous month's end)."""
    months = _months(dt.date(2011, 12, 1), last)
    out: dict[str, dict[str, float | None]] = {}
    sales: list[float] = []
    days: list[int] = []
    prev_ar = 0.0
    for first, end in months:
        inv = _flow(src, "InvoiceDate", first, end)
        ar, cur = _receivables(src, end), _receivables(src, end, current_only=True)
        sales.append(inv)
        days.append((end - first).days + 1)
        denominator = prev_ar + inv - cur
        out[f"{first:%Y-%m}"] = {
            "invoiced": inv, "collected": _flow(src, "SettledDate", first, end), "receivables": ar,
            "dso": _ratio(ar, inv, days[-1]), "best_dso": _ratio(cur, inv, days[-1]),
            "add": _ratio(ar - cur, inv, days[-1]),
            "countback_dso": countback_dso(ar, sales, days),
            "cei": (prev_ar + inv - ar) / denominator * 100 if denominator else None}
        prev_ar = ar
    return out


def check_kpi_charts(c: ApiClient, src: list[dict[str, str]], as_of: dt.date) -> set[str]:
    """The template's KPI charts read as of `as_of` (12 months up to it) against monthly_kpis;
    the months they showed."""
    want = monthly_kpis(src, as_of)
    names = {"Invoiced, collected and receivables by month", "DSO by month", "Collection effectiveness index by month"}
    charts = [ch for ch in c.get(f"/api/bases/{c.base_id}/charts")["charts"] if ch["name"] in names]
    assert len(charts) == len(names)
    months: set[str] = set()
    for ch in charts:
        data = c.get(f"/api/charts/{ch['id']}/data?as_of={as_of.isoformat()}")
        keys = [x["key"] for x in data["categories"]]
        assert len(keys) == 12 and keys[-1] == f"{as_of:%Y-%m}" and data["period_ends"][-1] == as_of.isoformat()
        months |= set(keys)
        for s in data["series"]:
            expect = [want[k][s["key"]] for k in keys]
            assert s["data"] == pytest.approx(expect, abs=1e-4), (ch["name"], s["key"], as_of)
    return months


def _load_ibm(c: ApiClient) -> tuple[list[dict[str, str]], dict[str, Any]]:
    tables = {t["name"]: t for t in c.get(f"/api/bases/{c.base_id}")["tables"]}
    with IBM.open(newline="") as fh:
        src = list(csv.DictReader(fh))
    customers = sorted({r["customerID"] for r in src})
    ids = {k: row["_id"] for k, row in zip(
        customers, c.insert([{"Customer": k} for k in customers], table_id=tables["Customers"]["id"]), strict=True)}
    inv_ids: list[str] = []
    for i in range(0, len(src), 1000):
        chunk = src[i:i + 1000]
        got = c.insert([{"Invoice No.": r["invoiceNumber"], "Customer": [ids[r["customerID"]]],
                         "Invoice date": _iso(r["InvoiceDate"]).isoformat(), "Due date": _iso(r["DueDate"]).isoformat(),
                         "Total": float(r["InvoiceAmount"])} for r in chunk], table_id=tables["Invoices"]["id"])
        inv_ids += [g["_id"] for g in got]
    for i in range(0, len(src), 1000):
        c.insert([{"Type": "Payment", "Date": _iso(r["SettledDate"]).isoformat(), "Amount": float(r["InvoiceAmount"]),
                   "Invoice": [inv_ids[i + j]]} for j, r in enumerate(src[i:i + 1000])],
                 table_id=tables["Payments"]["id"])
    return src, tables


def test_ibm_aging_and_monthly_kpis_match_python(app: Any) -> None:
    c = ApiClient(app)
    c.signup("head@example.com")
    c.base = c.post("/api/bases", {"template": "receivables", "sample_data": False, "language": "en"}, expect=201)
    src, tables = _load_ibm(c)
    inv = tables["Invoices"]
    cols = {col["name"]: col["id"] for col in inv["columns"]}
    assert inv["record_date_column_id"] == cols["Invoice date"]
    assert tables["Payments"]["record_date_column_id"] is not None
    views = {v["name"]: v for v in c.get(f"/api/tables/{inv['id']}/views")["views"]}
    open_view = views["Open"]["id"]
    # The aging as a view: the Open view's filters, grouped by bucket, balances summed.
    open_settings = c.get(f"/api/views/{open_view}")["view"]["settings"]
    aging = c.post(f"/api/tables/{inv['id']}/views", {"name": "Aging", "settings": {
        "filters": open_settings["filters"], "group_by": [{"column_id": cols["Aging bucket"]}],
        "summaries": {str(cols["Balance"]): "sum"}}}, expect=201)["view"]["id"]
    chart = next(ch for ch in c.get(f"/api/bases/{c.base_id}/charts")["charts"]
                 if ch["name"] == "Receivables by aging bucket")
    assert chart["view_id"] == open_view

    # Today everything is settled: nothing is open.
    assert c.get(f"/api/views/{open_view}/count")["count"] == 0
    seen_buckets: set[str] = set()
    for day in QUARTER_ENDS:
        expect = aging_as_of(src, day)
        seen_buckets |= set(expect)
        q = f"?as_of={day.isoformat()}"
        assert c.get(f"/api/views/{open_view}/count{q}")["count"] == sum(n for n, _ in expect.values()), day
        groups = c.get(f"/api/views/{aging}/groups{q}")["groups"]
        got = {g["value"]: (g["count"], g["summaries"][str(cols["Balance"])]["value"]) for g in groups}
        assert set(got) == set(expect), (day, got, expect)
        for bucket, (n, total) in expect.items():
            assert got[bucket][0] == n, (day, bucket)
            assert got[bucket][1] == pytest.approx(total, abs=0.005), (day, bucket)
        data = c.get(f"/api/charts/{chart['id']}/data{q}")
        sums = dict(zip([x["key"] for x in data["categories"]], data["series"][0]["data"], strict=True))
        assert sums == pytest.approx({k: v for k, (_, v) in expect.items()}, abs=0.005), day
    # The same as one series by period end: receivables at each quarter end, by aging bucket.
    series = c.post(f"/api/bases/{c.base_id}/charts", {"table_id": inv["id"], "view_id": open_view,
                                                       "name": "Receivables at quarter end", "settings": {
        "type": "stacked_bar", "period_end": {"granularity": "quarter", "count": 8, "end": "2013-12-31"},
        "series": {"column_id": cols["Aging bucket"]}, "value": {"aggregate": "sum", "column_id": cols["Balance"]}}},
        expect=201)["chart"]
    data = c.get(f"/api/charts/{series['id']}/data")
    assert data["period_ends"] == [d.isoformat() for d in QUARTER_ENDS]
    for s in data["series"]:
        want = [aging_as_of(src, d).get(s["key"], (0, None))[1] for d in QUARTER_ENDS]
        assert s["data"] == pytest.approx(want, abs=0.005), s["key"]
    # The dates are not all alike: several buckets occur across them (the check is about something).
    assert {"Current", "1–30", "31–60"} <= seen_buckets

    # The monthly KPI charts of the dashboard, computed from the ledger: all 24 months of the
    # sample at two year ends, and a month still running (its points measured on the 15th).
    shown = check_kpi_charts(c, src, dt.date(2012, 12, 31)) | check_kpi_charts(c, src, dt.date(2013, 12, 31))
    assert len(shown) == 24
    check_kpi_charts(c, src, dt.date(2013, 6, 15))
