"""The receivables base as of past dates, against an independent computation: IBM's public
accounts-receivable sample (tests/data/, 2,466 invoices of 2012–2013, each settled by one
payment) is loaded into the template, and at every quarter end of 2012–2013 the aging — which
invoices were open, their balance, days overdue and bucket — is computed in plain Python from
the CSV and compared with Tablo's view count, group tree and dashboard chart read
`as_of` that date — and with one chart series by quarter end — on SQLite and PostgreSQL."""

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


def test_ibm_aging_at_every_quarter_end_matches_python(app: Any) -> None:
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
