"""The accounts-receivable template: created in one action, its derived values pinned on
crafted cases, its views and charts non-empty and right on the sample data, and the IBM
sample's payment behaviour reproduced — on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest

from tests.helpers import ApiClient

IBM = Path(__file__).resolve().parent / "data" / "ibm-accounts-receivable.csv"
TODAY = dt.datetime.now(dt.UTC).date()


def _day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def _tables(c: ApiClient) -> dict[str, dict]:
    base = c.get(f"/api/bases/{c.base_id}")
    return {t["name"]: t for t in base["tables"]}


@pytest.fixture
def empty_ar(app) -> ApiClient:
    c = ApiClient(app)
    c.signup("head@example.com")
    c.base = c.post("/api/bases", {"template": "receivables", "sample_data": False, "language": "en"}, expect=201)
    return c


def test_template_with_sample_data_in_russian(app) -> None:
    c = ApiClient(app)
    c.signup("rop@example.com")
    c.patch("/api/me", {"locale": "ru"})
    base = c.post("/api/bases", {"template": "receivables"}, expect=201)
    c.base = base
    assert base["name"] == "Дебиторская задолженность"
    names = [t["name"] for t in sorted(base["tables"], key=lambda t: t["position"])]
    # The tabs open on the invoices, in the order a sales manager uses them.
    # Monthly KPIs are charts computed from the ledger, not a table typed by hand.
    assert names == ["Счета", "Задачи по взысканию", "Клиенты", "Оплаты", "Менеджеры"]
    counts = {t["name"]: c.get(f"/api/tables/{t['id']}/count")["count"] for t in base["tables"]}
    assert counts["Клиенты"] == 30 and counts["Счета"] == 300 and counts["Оплаты"] > 200
    for view in base["views"]:
        got = c.get(f"/api/views/{view['id']}/count")
        assert not got.get("broken"), (view["name"], got["broken"])
        assert got["count"] > 0, f"view {view['name']!r} is empty on the sample data"
    # The collection board: open invoices stacked by stage, the balance summed per stack.
    board = next(v for v in base["views"] if v["name"] == "Доска взыскания")
    assert board["type"] == "kanban"
    stacks = c.get(f"/api/views/{board['id']}/stacks")["stacks"]
    assert sum(s["count"] for s in stacks) == c.get(f"/api/views/{board['id']}/count")["count"]
    assert "Претензия" in [s["label"] for s in stacks] and all(s["sum"] is not None for s in stacks)
    assert sum(s["sum"] for s in stacks) > 0
    charts = c.get(f"/api/bases/{base['id']}/charts")["charts"]
    assert len(charts) >= 8
    for ch in charts:
        data = c.get(f"/api/charts/{ch['id']}/data")
        assert data.get("categories") or data.get("value"), ch["name"]
        if ch["settings"].get("period_end"):  # the KPI charts: every kpi has a value in the last months
            assert all(all(v is not None for v in s["data"][-3:]) for s in data["series"]), ch["name"]
    # One action made it all: one undo takes it back.
    c.undo()
    assert c.get(f"/api/bases/{base['id']}")["tables"] == []


def test_derived_values_on_crafted_cases(empty_ar: ApiClient) -> None:
    c = empty_ar
    t = _tables(c)
    cust = c.insert([{"Customer": "ООО «Ромашка»", "Credit limit": 1000},
                     {"Customer": "No invoices Ltd"}], table_id=t["Customers"]["id"])
    romashka = cust[0]["_id"]
    cases = {
        "partial": {"total": 1000, "due": 10, "pay": [("Payment", 400, -1)]},
        "overpaid": {"total": 1000, "due": -5, "pay": [("Payment", 1200, -2)]},
        "credit": {"total": 1000, "due": -40, "pay": [("Credit note", 300, -3),
                                                      ("Payment", 700, -2)]},
        "written_off": {"total": 500, "due": -200, "pay": [("Write-off", 500, -1)]},
        "due_today": {"total": 100, "due": 0, "pay": []},
        "overdue45": {"total": 250, "due": -45, "pay": []},
        "early_payment": {"total": 300, "due": -10, "pay": [("Payment", 300, -400)]},
        "leap": {"total": 80, "date": "2024-01-29", "due_abs": "2024-02-29", "pay": []},
        "disputed": {"total": 90, "due": -3, "pay": [], "disputed": True},
        "refund": {"total": 100, "due": -3, "pay": [("Payment", 150, -5), ("Refund", 50, -1)]},
    }
    rows = []
    for key, case in cases.items():
        due = case.get("due_abs") or _day(case.get("due", 0))
        rows.append({"Invoice No.": key, "Customer": [romashka], "Total": case["total"],
                     "Invoice date": case.get("date") or _day(case.get("due", 0) - 30), "Due date": due,
                     "Disputed": case.get("disputed", False)})
    inv = {r["Invoice No."]: r["_id"] for r in [
        {"Invoice No.": rows[i]["Invoice No."], "_id": x["_id"]}
        for i, x in enumerate(c.insert(rows, table_id=t["Invoices"]["id"]))]}
    payments = [{"Type": typ, "Amount": amount, "Date": _day(when), "Invoice": [inv[key]]}
                for key, case in cases.items() for typ, amount, when in case["pay"]]
    c.insert(payments, table_id=t["Payments"]["id"])
    got = {r["Invoice No."]: r for r in c.rows(t["Invoices"]["id"])}

    def check(key: str, **expect: object) -> None:
        for col, val in expect.items():
            assert got[key][col] == pytest.approx(val) if isinstance(val, float | int) and not isinstance(val, bool) \
                else got[key][col] == val, (key, col, got[key][col], val)

    check("partial", Paid=400, Balance=600, **{"Days overdue": 0, "Aging bucket": "Current",
                                               "Status": "Partially paid"})
    check("overpaid", Balance=-200, **{"Aging bucket": "Closed", "Status": "Paid"})
    check("credit", Credited=300, Paid=700, Balance=0, Status="Paid")
    check("written_off", Balance=0, **{"Written off": 500, "Status": "Written off"})
    check("due_today", Balance=100, **{"Days overdue": 0, "Status": "Open",
                                       "Aging bucket": "Current"})
    check("overdue45", **{"Days overdue": 45, "Aging bucket": "31–60", "Overdue amount": 250,
                          "Status": "Overdue"})
    check("early_payment", Balance=0, Status="Paid", **{"Days late at payment": 0})
    leap_days = (TODAY - dt.date(2024, 2, 29)).days
    check("leap", **{"Days overdue": leap_days, "Aging bucket": "90+"})
    check("disputed", Status="Disputed")
    check("refund", Paid=100, Balance=0, Status="Paid")
    customers = {r["Customer"]: r for r in c.rows(t["Customers"]["id"])}
    # An overpayment is the customer's credit, not netted against what others owe.
    open_total = sum(r["Balance"] for r in got.values() if r["Balance"] > 0)
    assert customers["ООО «Ромашка»"]["Open balance"] == pytest.approx(open_total)
    assert customers["ООО «Ромашка»"]["Customer credit"] == pytest.approx(200)
    assert customers["ООО «Ромашка»"]["Overdue balance"] == pytest.approx(
        sum(r["Overdue amount"] for r in got.values()))
    assert customers["ООО «Ромашка»"]["Over limit"] is (open_total > 1000)
    assert customers["No invoices Ltd"]["Open balance"] in (0, None)
    assert customers["No invoices Ltd"]["Over limit"] is False

    # An edit to a payment is reflected in its invoice within the same action.
    pay_rows = c.rows(t["Payments"]["id"])
    partial_pay = next(p for p in pay_rows if p["Invoice"] and p["Invoice"][0]["_id"] == inv["partial"])
    c.patch(f"/api/tables/{t['Payments']['id']}/rows", {"rows": [{"_id": partial_pay["_id"], "Amount": 1000}]})
    after = {r["Invoice No."]: r for r in c.rows(t["Invoices"]["id"])}
    assert after["partial"]["Balance"] == 0 and after["partial"]["Status"] == "Paid"
    c.undo()
    assert {r["Invoice No."]: r for r in c.rows(t["Invoices"]["id"])}["partial"]["Balance"] == 600


def test_aging_chart_matches_python(empty_ar: ApiClient) -> None:
    c = empty_ar
    t = _tables(c)
    cust = c.insert([{"Customer": "A"}], table_id=t["Customers"]["id"])[0]["_id"]
    offsets = [5, 0, -1, -29, -30, -31, -60, -61, -90, -91, -365]
    c.insert([{"Invoice No.": f"N{i}", "Customer": [cust], "Total": 100 + i, "Due date": _day(o),
               "Invoice date": _day(o - 30)} for i, o in enumerate(offsets)], table_id=t["Invoices"]["id"])
    expect: dict[str, float] = defaultdict(float)
    for i, o in enumerate(offsets):
        days = max(0, -o)
        bucket = ("Current" if days == 0 else "1–30" if days <= 30 else "31–60" if days <= 60
                  else "61–90" if days <= 90 else "90+")
        expect[bucket] += 100 + i
    cols = {col["name"]: col["id"] for col in t["Invoices"]["columns"]}
    data = c.post(f"/api/tables/{t['Invoices']['id']}/chart-data", {"settings": {
        "type": "bar", "x": {"column_id": cols["Aging bucket"]},
        "value": {"aggregate": "sum", "column_id": cols["Balance"]}}})
    got = dict(zip([x["key"] for x in data["categories"]], data["series"][0]["data"], strict=True))
    assert got == pytest.approx(dict(expect))


def test_ibm_sample_payment_behaviour(empty_ar: ApiClient) -> None:
    """2,466 real invoices, each settled by one payment: paid-late share, mean days late and
    totals by country computed by Tablo match a plain computation over the CSV."""
    c = empty_ar
    t = _tables(c)
    c.add_column("Country", "text", table_id=t["Invoices"]["id"])
    with IBM.open(newline="") as fh:
        src = list(csv.DictReader(fh))
    customers = sorted({r["customerID"] for r in src})
    ids = {}
    for i in range(0, len(customers), 1000):
        chunk = customers[i:i + 1000]
        for key, row in zip(chunk, c.insert([{"Customer": k} for k in chunk], table_id=t["Customers"]["id"]),
                            strict=True):
            ids[key] = row["_id"]

    def iso(us: str) -> str:
        m, d, y = (int(x) for x in us.split("/"))
        return dt.date(y, m, d).isoformat()

    inv_ids = []
    for i in range(0, len(src), 1000):
        chunk = src[i:i + 1000]
        got = c.insert([{"Invoice No.": r["invoiceNumber"], "Customer": [ids[r["customerID"]]],
                         "Invoice date": iso(r["InvoiceDate"]), "Due date": iso(r["DueDate"]),
                         "Total": float(r["InvoiceAmount"]), "Country": r["countryCode"]} for r in chunk],
                       table_id=t["Invoices"]["id"])
        inv_ids += [g["_id"] for g in got]
    for i in range(0, len(src), 1000):
        c.insert([{"Type": "Payment", "Date": iso(r["SettledDate"]), "Amount": float(r["InvoiceAmount"]),
                   "Invoice": [inv_ids[i + j]]} for j, r in enumerate(src[i:i + 1000])],
                 table_id=t["Payments"]["id"])
    cols = {col["name"]: col["id"] for col in _tables(c)["Invoices"]["columns"]}
    tid = t["Invoices"]["id"]

    def chart(settings: dict) -> dict:
        return c.post(f"/api/tables/{tid}/chart-data", {"settings": settings})

    late = [int(r["DaysLate"]) for r in src]
    mean_late = chart({"type": "number", "value": {"aggregate": "avg", "column_id": cols["Days late at payment"]}})
    assert mean_late["value"] == pytest.approx(sum(late) / len(late), abs=1e-6)
    by_late = chart({"type": "bar", "x": {"column_id": cols["Days late at payment"]}})
    late_count = sum(n for cat, n in zip(by_late["categories"], by_late["series"][0]["data"], strict=True)
                     if cat["key"] not in (None, 0, 0.0))
    assert late_count / len(src) == pytest.approx(sum(1 for d in late if d > 0) / len(src))
    by_country = chart({"type": "bar", "x": {"column_id": cols["Country"]},
                        "value": {"aggregate": "sum", "column_id": cols["Total"]}})
    expect: dict[str, float] = defaultdict(float)
    for r in src:
        expect[r["countryCode"]] += float(r["InvoiceAmount"])
    got = dict(zip([x["key"] for x in by_country["categories"]], by_country["series"][0]["data"], strict=True))
    assert got == pytest.approx(dict(expect))
    balances = chart({"type": "number", "value": {"aggregate": "sum", "column_id": cols["Balance"]}})
    assert balances["value"] == pytest.approx(0, abs=1e-6)


def test_the_payment_calendar_shows_open_invoices_by_due_and_promise_date(app) -> None:
    c = ApiClient(app)
    c.signup("cal@example.com")
    c.patch("/api/me", {"locale": "ru"})
    base = c.post("/api/bases", {"template": "receivables"}, expect=201)
    view = next(v for v in base["views"] if v["name"] == "Календарь оплат")
    assert view["type"] == "calendar"
    dates = [str(dc["column_id"]) for dc in view["settings"]["date_columns"]]
    assert len(dates) == 2  # the due date and the promise date
    start, end = TODAY - dt.timedelta(days=35), TODAY + dt.timedelta(days=35)
    got = c.get(f"/api/views/{view['id']}/range?start={start}&end={end}")
    assert not got["truncated"] and not got["broken"]
    # The reference: the view's open invoices (read as a grid reads it) with either date in range.
    every = c.get(f"/api/views/{view['id']}/rows?limit=1000")["rows"]

    def shown(row: dict) -> bool:
        return any(row.get(k) and start.isoformat() <= row[k][:10] <= end.isoformat() for k in dates)

    expect = [r["_id"] for r in every if shown(r)]
    assert expect and [r["_id"] for r in got["rows"]] == expect
    assert any(r.get(dates[1]) for r in got["rows"])  # promised payments are on it too


@pytest.mark.parametrize(("language", "names"), [
    ("ru", {"board": "Задачи", "calendar": "Календарь задач", "table": "Задачи по взысканию", "todo": "Запланировано",
            "who": "Исполнитель", "due": "Срок"}),
    ("en", {"board": "Tasks", "calendar": "Follow-up calendar", "table": "Follow-ups", "todo": "To do",
            "who": "Assigned to", "due": "Due date"})])
def test_the_task_board_and_calendar_open_with_sample_data(app, language: str, names: dict) -> None:
    """The follow-ups board: stacks by status, the reader's own tasks first in each, then by due
    date; the follow-ups calendar: open tasks by due date. In the base's one language."""
    c = ApiClient(app)
    me = c.signup(f"tasks-{language}@example.com")["id"]
    base = c.post("/api/bases", {"template": "receivables", "language": language}, expect=201)
    table = next(t for t in base["tables"] if t["name"] == names["table"])
    col = {cl["name"]: cl["id"] for cl in table["columns"]}
    board = next(v for v in base["views"] if v["name"] == names["board"])
    assert board["type"] == "kanban" and board["table_id"] == table["id"]
    assert board["settings"]["stack_column"] == col["Status" if language == "en" else "Статус"]
    stacks = c.get(f"/api/views/{board['id']}/stacks")["stacks"]
    assert names["todo"] in [s["label"] for s in stacks]
    assert sum(s["count"] for s in stacks) == c.get(f"/api/tables/{table['id']}/count")["count"] > 0
    who, due = str(col[names["who"]]), str(col[names["due"]])
    mixed = 0
    for s in stacks:
        if not s["count"]:
            continue
        cards = c.get(f"/api/views/{board['id']}/stacks/rows?stack={s['key']}&limit=500")["rows"]
        assert len(cards) == s["count"]
        mine = [me in (r.get(who) or []) for r in cards]
        assert mine == sorted(mine, reverse=True), f"stack {s['label']}: the reader's tasks are not first"
        for part in (True, False):
            dates = [r.get(due) or "" for r, m in zip(cards, mine, strict=True) if m == part]
            assert dates == sorted(dates)
        mixed += any(mine) and not all(mine)
    assert mixed, "no stack holds both the reader's tasks and others' on the sample data"
    # The calendar: the open tasks (to do, in progress) by due date, over the sample's weeks.
    cal = next(v for v in base["views"] if v["name"] == names["calendar"])
    assert cal["type"] == "calendar"
    assert [d["column_id"] for d in cal["settings"]["date_columns"]] == [col[names["due"]]]
    start, end = TODAY - dt.timedelta(days=60), TODAY + dt.timedelta(days=60)
    got = c.get(f"/api/views/{cal['id']}/range?start={start}&end={end}&keys=names")
    assert got["rows"] and not got["truncated"] and not got["broken"]
    every = c.get(f"/api/views/{cal['id']}/rows?limit=1000&keys=names")["rows"]
    expect = [r["_id"] for r in every if r.get(names["due"]) and start.isoformat() <= r[names["due"]][:10]
              <= end.isoformat()]
    assert [r["_id"] for r in got["rows"]] == expect
    status = "Status" if language == "en" else "Статус"
    assert {r[status] for r in got["rows"]} <= {names["todo"], "In progress" if language == "en" else "В работе"}
