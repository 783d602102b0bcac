"""`base.query(sql)` of the real `seatable-api` client against a real Tablo server: each
supported clause, checked against rows read through Tablo's own API, and the refusals.

The server here caps results at 40 rows (TABLO_SEATABLE_MAX_ROWS) so that the "no silent
truncation" rule can be shown with a small table.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from seatable_api import Base

from tests.test_seatable_api import INVOICE_COLUMNS, Tablo, server  # noqa: F401  (fixture)

SERVER_ENV = {"TABLO_SEATABLE_MAX_ROWS": "40"}
STATUSES = ["Open", "Paid", "Overdue"]


@pytest.fixture(scope="module")
def owner(server: Any) -> Tablo:  # noqa: F811
    return Tablo(server)


@pytest.fixture(scope="module")
def filled(owner: Tablo) -> tuple[Base, dict, list[dict]]:
    """One table of 36 rows per server, shared by the read-only tests of this module."""
    tablo = owner
    table = tablo.table("Invoices", INVOICE_COLUMNS)
    base = tablo.seatable()
    rows = []
    for i in range(36):
        rows.append({
            "Invoice": f"INV-{i:03d}", "Amount": (i * 37) % 100 if i % 7 else None, "Status": STATUSES[i % 3],
            "Tags": ["VIP"] if i % 4 == 0 else [], "Due": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 5 else None,
            "Paid": i % 2 == 0, "Notes": "Привет, мир" if i % 6 == 0 else "hello", "Score": i % 6,
        })
    base.batch_append_rows("Invoices", rows)
    return base, table, tablo.rows(table["id"])


def q(base: Base, sql: str, **kw: Any) -> list[dict]:
    return base.query(sql, **kw)


def names(rows: list[dict], key: str = "Invoice") -> list[Any]:
    return [r[key] for r in rows]


def test_select_star_matches_list_rows(filled: tuple) -> None:
    base, _, ours = filled
    got = q(base, "SELECT * FROM Invoices")
    assert got == base.list_rows("Invoices")
    assert [r["_id"] for r in got] == [r["_id"] for r in ours]


def test_column_list_alias_and_keys(filled: tuple, owner: Tablo) -> None:
    base, table, ours = filled
    tablo = owner
    got = q(base, "SELECT `Invoice`, Amount AS amt, Status FROM Invoices LIMIT 3")
    assert got == [{"Invoice": r["Invoice"], "amt": r["Amount"], "Status": r["Status"]} for r in ours[:3]]
    # Without convert, keys are column keys and select values are option ids.
    cols = {c["name"]: c for c in tablo.call("GET", f"/api/tables/{table['id']}")["columns"]}
    raw = q(base, "SELECT Invoice, Status FROM Invoices LIMIT 1", convert=False)
    option_id = next(o["id"] for o in cols["Status"]["options"]["options"] if o["name"] == ours[0]["Status"])
    assert raw == [{str(cols["Invoice"]["id"]): ours[0]["Invoice"], str(cols["Status"]["id"]): option_id}]


def test_where_comparisons_and_boolean_logic(filled: tuple) -> None:
    base, _, ours = filled
    amt = {r["Invoice"]: r["Amount"] for r in ours}
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Amount > 50")) == \
        [r["Invoice"] for r in ours if r["Amount"] is not None and r["Amount"] > 50]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Amount >= 50 AND Status = 'Open'")) == \
        [r["Invoice"] for r in ours if (amt[r["Invoice"]] or -1) >= 50 and r["Status"] == "Open"]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE (Status != 'Paid' OR Paid = true) AND Amount <= 30")) == \
        [r["Invoice"] for r in ours if (r["Status"] != "Paid" or r["Paid"]) and r["Amount"] is not None
         and r["Amount"] <= 30]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Paid = false AND NOT Amount < 20")) == \
        [r["Invoice"] for r in ours if not r["Paid"] and r["Amount"] is not None and not r["Amount"] < 20]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE 40 < Amount AND Amount <> 74")) == \
        [r["Invoice"] for r in ours if r["Amount"] is not None and r["Amount"] > 40 and r["Amount"] != 74]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Due < '2026-04-01' AND Due >= '2026-02-01'")) == \
        [r["Invoice"] for r in ours if r["Due"] and "2026-02-01" <= r["Due"] < "2026-04-01"]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Amount BETWEEN 10 AND 20")) == \
        [r["Invoice"] for r in ours if r["Amount"] is not None and 10 <= r["Amount"] <= 20]


def test_in_like_and_null(filled: tuple) -> None:
    base, _, ours = filled
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Status IN ('Open', 'Overdue')")) == \
        [r["Invoice"] for r in ours if r["Status"] in ("Open", "Overdue")]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Status NOT IN ('Open')")) == \
        [r["Invoice"] for r in ours if r["Status"] != "Open"]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Invoice LIKE 'inv-01%'")) == \
        [r["Invoice"] for r in ours if r["Invoice"].startswith("INV-01")]
    # Case-insensitive for Cyrillic too, on both databases.
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Notes LIKE '%ПРИВЕТ%'")) == \
        [r["Invoice"] for r in ours if r["Notes"].startswith("Привет")]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Status LIKE 'o%'")) == \
        [r["Invoice"] for r in ours if r["Status"] in ("Open", "Overdue")]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Notes NOT LIKE 'hel%'")) == \
        [r["Invoice"] for r in ours if not r["Notes"].startswith("hel")]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Due IS NULL")) == \
        [r["Invoice"] for r in ours if r["Due"] is None]
    assert names(q(base, "SELECT Invoice FROM Invoices WHERE Amount IS NOT NULL AND Tags IS NULL LIMIT 40")) == \
        [r["Invoice"] for r in ours if r["Amount"] is not None and not r["Tags"]]


def test_order_limit_offset(filled: tuple) -> None:
    base, _, ours = filled
    ordered = sorted(ours, key=lambda r: (-(r["Amount"] if r["Amount"] is not None else -1), r["Invoice"]))
    assert names(q(base, "SELECT Invoice FROM Invoices ORDER BY Amount DESC, Invoice")) == names(ordered)
    assert names(q(base, "SELECT Invoice FROM Invoices ORDER BY Amount DESC, Invoice LIMIT 5 OFFSET 3")) == \
        names(ordered[3:8])
    assert names(q(base, "SELECT Invoice FROM Invoices ORDER BY Amount DESC, Invoice LIMIT 3, 5")) == \
        names(ordered[3:8])
    # Ascending puts empty cells first, as MySQL (and so SeaTable) does.
    asc = q(base, "SELECT Invoice, Amount FROM Invoices ORDER BY Amount, Invoice LIMIT 6")
    empties = sorted(r["Invoice"] for r in ours if r["Amount"] is None)
    assert names(asc)[:len(empties)] == empties
    # A single-select sorts by its option order (Open, Paid, Overdue), not alphabetically.
    by_status = q(base, "SELECT Status FROM Invoices ORDER BY Status DESC LIMIT 1")
    assert by_status == [{"Status": "Overdue"}]


def test_group_by_with_aggregates_and_having(filled: tuple) -> None:
    base, _, ours = filled
    got = q(base, "SELECT Status, COUNT(*) AS n, SUM(Amount), AVG(Amount), MIN(Amount), MAX(Due), COUNT(Amount) "
                  "FROM Invoices GROUP BY Status ORDER BY n DESC, Status")
    expect = []
    for s in STATUSES:
        rows = [r for r in ours if r["Status"] == s]
        amounts = [r["Amount"] for r in rows if r["Amount"] is not None]
        expect.append({"Status": s, "n": len(rows), "SUM(Amount)": sum(amounts),
                       "AVG(Amount)": sum(amounts) / len(amounts), "MIN(Amount)": min(amounts),
                       "MAX(Due)": max(r["Due"] for r in rows if r["Due"]), "COUNT(Amount)": len(amounts)})
    expect.sort(key=lambda e: (-e["n"], STATUSES.index(e["Status"])))
    assert len(got) == 3
    for g, e in zip(got, expect, strict=True):
        assert g.keys() == e.keys()
        assert g["AVG(Amount)"] == pytest.approx(e.pop("AVG(Amount)"))
        assert {k: v for k, v in g.items() if k != "AVG(Amount)"} == e
    having = q(base, "SELECT Paid, COUNT(*) c FROM Invoices WHERE Amount IS NOT NULL GROUP BY Paid HAVING c > 15")
    counts = {p: sum(1 for r in ours if r["Paid"] == p and r["Amount"] is not None) for p in (True, False)}
    assert having == [{"Paid": p, "c": n} for p, n in sorted(counts.items()) if n > 15]
    total = q(base, "SELECT COUNT(*), SUM(Score) AS score FROM Invoices WHERE Status = 'Paid'")
    assert total == [{"COUNT(*)": 12, "score": sum(r["Score"] or 0 for r in ours if r["Status"] == "Paid")}]
    unique = q(base, "SELECT COUNT(DISTINCT Status) AS kinds, COUNT(DISTINCT Amount) FROM Invoices")
    assert unique == [{"kinds": 3, "COUNT(DISTINCT Amount)": len({r["Amount"] for r in ours} - {None})}]
    distinct = q(base, "SELECT DISTINCT Status FROM Invoices")
    assert sorted(names(distinct, "Status")) == sorted(STATUSES)


def test_aggregates_of_formula_rollup_and_lookup_columns(owner: Tablo) -> None:
    """SUM(Balance) where Balance is a formula over a rollup works (every receivables balance is
    one); errors in cells are left out; a lookup contributes each of its values."""
    tablo = owner
    customers = tablo.table("Customers", [{"name": "Name", "type": "text"}, {"name": "Limit", "type": "number"}])
    invoices = tablo.table("Bills", [{"name": "Bill", "type": "text"}, {"name": "Amount", "type": "number"},
                                     {"name": "Due", "type": "date"}])
    add = lambda tid, body: tablo.call("POST", f"/api/tables/{tid}/columns", body, expect=201)  # noqa: E731
    add(invoices["id"], {"name": "Customer", "type": "link",
                         "options": {"table": "Customers", "is_multiple": False, "other_name": "Bills"}})
    add(customers["id"], {"name": "Total", "type": "rollup",
                          "options": {"link": "Bills", "column": "Amount", "summary": "sum"}})
    add(customers["id"], {"name": "Amounts", "type": "lookup", "options": {"link": "Bills", "column": "Amount"}})
    add(customers["id"], {"name": "Dues", "type": "lookup", "options": {"link": "Bills", "column": "Due"}})
    add(customers["id"], {"name": "Balance", "type": "formula", "options": {"formula": "{Limit} - {Total}"}})
    add(customers["id"], {"name": "Use", "type": "formula", "options": {"formula": "{Total} / {Limit}"}})
    custs = [("Ааа", 1000), ("Bbb", 500), ("Ccc", 0), ("Ddd", None)]
    made = tablo.call("POST", f"/api/tables/{customers['id']}/rows",
                      {"rows": [{"Name": n, "Limit": lim} for n, lim in custs]}, expect=201)["rows"]
    ids = [r["_id"] for r in made]
    bills = [(100, "2026-03-01", 0), (250.5, "2026-01-15", 0), (80, "2026-05-20", 1), (20, None, 2),
             (5, "2025-12-31", 2), (999, "2026-02-02", None)]
    tablo.call("POST", f"/api/tables/{invoices['id']}/rows",
               {"rows": [{"Bill": f"B{i}", "Amount": a, "Due": d, "Customer": [ids[c]] if c is not None else []}
                         for i, (a, d, c) in enumerate(bills)]}, expect=201)
    totals = [sum(a for a, _, c in bills if c == i) for i in range(len(custs))]
    balances = [(lim or 0) - t for (_, lim), t in zip(custs, totals, strict=True)]
    uses = [t / lim for (_, lim), t in zip(custs, totals, strict=True) if lim]  # 0 and empty limits: #DIV/0!
    linked = [a for a, _, c in bills if c is not None]
    dues = [d for _, d, c in bills if c is not None and d]
    base = tablo.seatable()
    got = q(base, "SELECT SUM(Balance), AVG(Balance), MIN(Balance), MAX(Balance), SUM(Total), SUM(Use), "
                  "MAX(Use), SUM(Amounts), AVG(Amounts), MIN(Amounts), MAX(Amounts), MIN(Dues), MAX(Dues) "
                  "FROM Customers")
    assert len(got) == 1
    g = got[0]
    assert g["SUM(Balance)"] == pytest.approx(sum(balances))
    assert g["AVG(Balance)"] == pytest.approx(sum(balances) / len(balances))
    assert (g["MIN(Balance)"], g["MAX(Balance)"]) == (min(balances), max(balances))
    assert g["SUM(Total)"] == pytest.approx(sum(totals))
    assert g["SUM(Use)"] == pytest.approx(sum(uses))
    assert g["MAX(Use)"] == pytest.approx(max(uses))
    assert g["SUM(Amounts)"] == pytest.approx(sum(linked))
    assert g["AVG(Amounts)"] == pytest.approx(sum(linked) / len(linked))
    assert (g["MIN(Amounts)"], g["MAX(Amounts)"]) == (min(linked), max(linked))
    assert (g["MIN(Dues)"][:10], g["MAX(Dues)"][:10]) == (min(dues), max(dues))
    # Grouped, and in HAVING: customers whose balance is below their limit.
    grouped = q(base, "SELECT Name, SUM(Balance) AS b FROM Customers GROUP BY Name HAVING SUM(Total) > 0 "
                      "ORDER BY Name")
    assert grouped == [{"Name": n, "b": pytest.approx(b)} for (n, _), b, t in
                       sorted(zip(custs, balances, totals, strict=True), key=lambda x: x[0][0]) if t > 0]
    with pytest.raises(ConnectionError) as err:
        q(base, "SELECT SUM(Dues) FROM Customers")
    assert err.value.args[0] == 400 and "dates" in err.value.args[1]


def test_parameters(filled: tuple) -> None:
    base, _, ours = filled
    got = q(base, "SELECT Invoice FROM Invoices WHERE Amount > ? AND Status = ?", parameters=[30, "Paid"])
    assert names(got) == [r["Invoice"] for r in ours if r["Amount"] is not None and r["Amount"] > 30
                          and r["Status"] == "Paid"]
    # Numbers beyond 64 bits still compare as numbers.
    assert q(base, "SELECT Invoice FROM Invoices WHERE Amount > 99999999999999999999999") == []
    assert q(base, "SELECT Invoice FROM Invoices WHERE Amount > ?", parameters=[10**30]) == []
    # A value that looks like SQL is only ever a value.
    assert q(base, "SELECT Invoice FROM Invoices WHERE Invoice = ?", parameters=["x' OR '1'='1"]) == []


def test_dates_system_fields_and_creator(filled: tuple, owner: Tablo) -> None:
    base, _, ours = filled
    tablo = owner
    got = q(base, "SELECT _id, _ctime, _creator, Due FROM Invoices WHERE Due IS NOT NULL LIMIT 1")
    first = next(r for r in ours if r["Due"])
    assert got[0]["_id"] == first["_id"] and got[0]["Due"] == first["Due"] and got[0]["_creator"] == tablo.email
    assert dt.datetime.fromisoformat(got[0]["_ctime"]).tzinfo is not None
    yesterday = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).date().isoformat()
    assert len(q(base, "SELECT _id FROM Invoices WHERE _ctime >= ?", parameters=[yesterday])) == len(ours)
    assert q(base, "SELECT _id FROM Invoices WHERE _mtime < '2000-01-01'") == []


def test_no_silent_truncation(owner: Tablo) -> None:
    owner.table("Big", [{"name": "Invoice", "type": "text"}])
    base = owner.seatable()
    base.batch_append_rows("Big", [{"Invoice": f"X{i}"} for i in range(46)])
    with pytest.raises(ConnectionError) as err:
        q(base, "SELECT Invoice FROM Big")
    assert err.value.args[0] == 413 and "LIMIT" in err.value.args[1]
    assert len(q(base, "SELECT Invoice FROM Big LIMIT 40")) == 40
    assert len(q(base, "SELECT Invoice FROM Big LIMIT 40 OFFSET 40")) == 6
    assert len(q(base, "SELECT Invoice FROM Big WHERE Invoice LIKE 'X1%'")) == 11
    with pytest.raises(ConnectionError) as err:
        q(base, "SELECT Invoice FROM Big LIMIT 41")
    assert err.value.args[0] == 400


@pytest.mark.parametrize(("sql", "status", "words"), [
    ("SELECT a.Invoice FROM Invoices a JOIN Invoices b ON a._id = b._id", 501, "JOIN"),
    ("SELECT Invoice FROM Invoices, Other", 501, "JOIN"),
    ("SELECT Invoice FROM Invoices WHERE Amount IN (SELECT Amount FROM Invoices)", 501, "subqueries"),
    ("SELECT Invoice FROM (SELECT * FROM Invoices) x", 501, "subqueries"),
    ("UPDATE Invoices SET Amount = 1", 501, "UPDATE"),
    ("DELETE FROM Invoices", 501, "DELETE"),
    ("SELECT Invoice FROM Invoices UNION SELECT Invoice FROM Invoices", 501, "UNION"),
    ("SELECT UPPER(Invoice) FROM Invoices", 501, "UPPER"),
    ("SELECT Invoice FROM Invoices WHERE Tags = 'VIP'", 501, "multiple-select"),
    ("SELECT Nope FROM Invoices", 400, "Nope"),
    ("SELECT Invoice FROM Nowhere", 404, "Nowhere"),
    ("SELECT Invoice, COUNT(*) FROM Invoices", 400, "GROUP BY"),
    ("SELECT SUM(Invoice) FROM Invoices", 400, "number"),
    ("SELECT Invoice FROM Invoices WHERE Amount > 'many'", 400, "not a number"),
    ("SELECT Invoice FROM Invoices WHERE Due > 'soon'", 400, "not a date"),
    ("SELECT Invoice FROM Invoices WHERE Amount > ?", 400, "placeholders"),
    ("SELECT Invoice FROM Invoices; DROP TABLE Invoices", 400, "one statement"),
    ("SELEC Invoice FROM Invoices", 400, "syntax"),
    ("SELECT Invoice FROM Invoices LIMIT 10 OFFSET 99999999999999999999999", 400, "OFFSET"),
])
def test_unsupported_and_bad_sql_is_refused_clearly(filled: tuple, sql: str, status: int, words: str) -> None:
    base, table, ours = filled
    with pytest.raises(ConnectionError) as err:
        q(base, sql)
    assert err.value.args[0] == status, err.value.args
    assert words.lower() in err.value.args[1].lower()
    assert len(q(base, "SELECT _id FROM Invoices")) == len(ours)
