"""Access rules on both databases: a manager restricted to his own customers (and, through
links, their invoices and payments) never receives another manager's row from any read path;
hidden tables and columns are absent; the edit rule binds every write; random rules agree with
a plain-Python evaluation."""

from __future__ import annotations

import csv
import io
import json
import random
import urllib.parse
from typing import Any

import pytest

from tests.helpers import ApiClient


def _member(app: Any, owner: ApiClient, email: str, role: str = "editor") -> ApiClient:
    c = ApiClient(app)
    c.signup(email)
    owner.post(f"/api/bases/{owner.base_id}/members", {"email": email, "role": role}, expect=201)
    c.base = owner.get(f"/api/bases/{owner.base_id}")
    return c


def _col(c: ApiClient, table_id: int, name: str) -> int:
    return next(x["id"] for x in c.get(f"/api/tables/{table_id}")["columns"] if x["name"] == name)


@pytest.fixture
def sales(owner: ApiClient, app: Any) -> dict[str, Any]:
    """Customers (Manager: a person, Notes), Invoices → Customer, Payments → Invoice; two managers."""
    ivan, olga = _member(app, owner, "ivan@example.com"), _member(app, owner, "olga@example.com")
    base = owner.base_id
    cust = owner.table_id
    owner.patch(f"/api/tables/{cust}", {"name": "Customers"})
    owner.add_column("Manager", "collaborator", table_id=cust)
    owner.add_column("Notes", "text", table_id=cust)
    inv = owner.post(f"/api/bases/{base}/tables", {"name": "Invoices", "columns": [
        {"name": "Number", "type": "text"}, {"name": "Total", "type": "number"}]}, expect=201)["table"]["id"]
    pay = owner.post(f"/api/bases/{base}/tables", {"name": "Payments", "columns": [
        {"name": "Ref", "type": "text"}, {"name": "Amount", "type": "number"}]}, expect=201)["table"]["id"]
    owner.add_column("Customer", "link", {"table": "Customers"}, table_id=inv)
    owner.add_column("Invoice", "link", {"table": "Invoices"}, table_id=pay)
    customers = owner.insert([{"Name": "Ivan's client", "Manager": [ivan.user["id"]], "Notes": "secret A"},
                              {"Name": "Olga's client", "Manager": [olga.user["id"]], "Notes": "secret B"}],
                             table_id=cust)
    invoices = owner.insert([{"Number": "I-1", "Total": 100, "Customer": [customers[0]["_id"]]},
                             {"Number": "O-1", "Total": 200, "Customer": [customers[1]["_id"]]},
                             {"Number": "O-2", "Total": 300, "Customer": [customers[1]["_id"]]}], table_id=inv)
    owner.insert([{"Ref": "PI-1", "Amount": 10, "Invoice": [invoices[0]["_id"]]},
                  {"Ref": "PO-1", "Amount": 20, "Invoice": [invoices[1]["_id"]]}], table_id=pay)
    manager = _col(owner, cust, "Manager")
    rules = {
        cust: [{"role": "editor", "read_filter": {"filters": [
            {"column_id": manager, "operator": "has_any_of", "value": ["me"]}]},
            "hidden_columns": [_col(owner, cust, "Notes")]}],
        inv: [{"role": "editor", "read_filter": {"filters": [
            {"column_id": _col(owner, inv, "Customer"), "operator": "linked_visible"}]}}],
        pay: [{"role": "editor", "read_filter": {"filters": [
            {"column_id": _col(owner, pay, "Invoice"), "operator": "linked_visible"}]},
            "edit_filter": {"filters": [{"column_id": _col(owner, pay, "Ref"), "operator": "empty"}]}}],
    }
    for tid, r in rules.items():
        owner.put(f"/api/tables/{tid}/access", {"rules": r})
    return {"owner": owner, "ivan": ivan, "olga": olga, "cust": cust, "inv": inv, "pay": pay,
            "customers": customers, "invoices": invoices}


def _q(obj: Any) -> str:
    return urllib.parse.quote(json.dumps(obj))


def test_owner_sees_everything_manager_only_his_rows(sales: dict) -> None:
    owner, ivan, olga = sales["owner"], sales["ivan"], sales["olga"]
    assert [r["Number"] for r in owner.rows(table_id=sales["inv"])] == ["I-1", "O-1", "O-2"]
    assert [r["Number"] for r in ivan.rows(table_id=sales["inv"])] == ["I-1"]
    assert [r["Number"] for r in olga.rows(table_id=sales["inv"])] == ["O-1", "O-2"]
    assert [r["Ref"] for r in ivan.rows(table_id=sales["pay"])] == ["PI-1"]
    assert [r["Name"] for r in ivan.rows(table_id=sales["cust"])] == ["Ivan's client"]
    for c, n in ((owner, 3), (ivan, 1), (olga, 2)):
        assert c.get(f"/api/tables/{sales['inv']}/count")["count"] == n


def test_no_read_path_leaks_a_foreign_row(sales: dict) -> None:
    ivan, inv, cust = sales["ivan"], sales["inv"], sales["cust"]
    foreign = {r["_id"] for r in sales["invoices"][1:]} | {sales["customers"][1]["_id"]}
    seen: list[str] = []

    def text(resp: Any) -> str:
        return resp.get_data(as_text=True) if hasattr(resp, "get_data") else json.dumps(resp, ensure_ascii=False)

    total = _col(sales["owner"], inv, "Total")
    # windows (with settings: the compiled path), counts, groups, summaries, search
    seen.append(text(ivan.get(f"/api/tables/{inv}/rows?settings={_q({'sorts': [{'column_id': total}]})}")))
    assert ivan.get(f"/api/tables/{inv}/count?search=O-")["count"] == 0
    seen.append(text(ivan.get(f"/api/tables/{inv}/search?q=O-", expect=None)))
    view = ivan.post(f"/api/tables/{inv}/views", {"name": "All", "settings": {
        "group_by": [{"column_id": total}], "summaries": {str(total): "sum"}}}, expect=201)["view"]
    seen.append(text(ivan.get(f"/api/views/{view['id']}/rows")))
    for extra in ("groups", "summaries"):
        got = ivan.get(f"/api/views/{view['id']}/{extra}", expect=None)
        seen.append(text(got))
        if extra == "summaries" and got.status_code == 200:
            assert "600" not in text(got) and "500" not in text(got)
    # a single row, by id
    ivan.get(f"/api/tables/{inv}/rows/{sales['invoices'][1]['_id']}", expect=404)
    # exports
    for fmt in ("csv", "xlsx"):
        resp = ivan.get(f"/api/views/{view['id']}/export?format={fmt}", expect=None)
        seen.append(resp.get_data(as_text=fmt == "csv") if fmt == "csv" else "")
        assert resp.status_code == 200, resp.get_data(as_text=True)
        if fmt == "csv":
            rows = list(csv.reader(io.StringIO(resp.get_data(as_text=True).lstrip("\ufeff"))))
            assert [r[0] for r in rows[1:]] == ["I-1"]
    # customers: hidden column absent from schema and rows
    table = ivan.get(f"/api/tables/{cust}")
    assert "Notes" not in [c["name"] for c in table["columns"]]
    seen.append(text(ivan.get(f"/api/tables/{cust}/rows")))
    seen.append(text(ivan.get(f"/api/bases/{ivan.base_id}")))
    blob = "\n".join(seen)
    for rid in foreign:
        assert rid not in blob
    assert "O-1" not in blob and "O-2" not in blob and "secret" not in blob and "Olga's client" not in blob


def test_hidden_column_cannot_be_filtered_sorted_or_written(sales: dict) -> None:
    ivan, cust, owner = sales["ivan"], sales["cust"], sales["owner"]
    notes = _col(owner, cust, "Notes")
    flt = [{"column_id": notes, "operator": "contains", "value": "secret"}]
    ivan.get(f"/api/tables/{cust}/rows?filters={_q(flt)}", expect=422)
    ivan.get(f"/api/tables/{cust}/rows?sorts={_q([{'column_id': notes}])}", expect=422)
    row = sales["customers"][0]["_id"]
    ivan.patch(f"/api/tables/{cust}/rows", {"rows": [{"_id": row, str(notes): "mine now"}]}, expect=403)
    assert owner.rows(table_id=cust)[0]["Notes"] == "secret A"


def test_hidden_table_is_404_and_absent(sales: dict) -> None:
    owner, ivan, pay = sales["owner"], sales["ivan"], sales["pay"]
    rules = owner.get(f"/api/tables/{pay}/access")["rules"]
    owner.put(f"/api/tables/{pay}/access", {"rules": [*rules, {"user_id": ivan.user["id"], "hide_table": True}]})
    base = ivan.get(f"/api/bases/{ivan.base_id}")
    assert "Payments" not in [t["name"] for t in base["tables"]]
    ivan.get(f"/api/tables/{pay}", expect=404)
    ivan.get(f"/api/tables/{pay}/rows", expect=404)
    ivan.get(f"/api/tables/{pay}/count", expect=404)
    ivan.post(f"/api/tables/{pay}/rows", {"rows": [{"Ref": "x"}]}, expect=404)
    # the link column to the hidden table is gone from Invoices for him
    assert "Payments" not in [c["name"] for c in ivan.get(f"/api/tables/{sales['inv']}")["columns"]]
    # Olga (the role's rule) still sees her payments
    assert [r["Ref"] for r in sales["olga"].rows(table_id=pay)] == ["PO-1"]


def test_edit_rule_binds_writes(sales: dict) -> None:
    ivan, olga, inv, pay = sales["ivan"], sales["olga"], sales["inv"], sales["pay"]
    # a foreign invoice: neither edited nor deleted
    other = sales["invoices"][1]["_id"]
    ivan.patch(f"/api/tables/{inv}/rows", {"rows": [{"_id": other, "Total": 1}]}, expect=403)
    ivan.delete(f"/api/tables/{inv}/rows", {"row_ids": [other]}, expect=403)
    assert sales["owner"].get(f"/api/tables/{inv}/count")["count"] == 3
    # his own invoice: yes
    mine = sales["invoices"][0]["_id"]
    ivan.patch(f"/api/tables/{inv}/rows", {"rows": [{"_id": mine, "Total": 150}]})
    # payments: the edit rule lets through only payments without a reference (none here)
    pid = ivan.rows(table_id=pay)[0]["_id"]
    ivan.patch(f"/api/tables/{pay}/rows", {"rows": [{"_id": pid, "Amount": 99}]}, expect=403)
    assert olga.rows(table_id=pay)[0]["Amount"] == 20


def test_rules_api_validation_and_owner_only(sales: dict) -> None:
    owner, ivan, cust = sales["owner"], sales["ivan"], sales["cust"]
    ivan.get(f"/api/tables/{cust}/access", expect=403)
    ivan.put(f"/api/tables/{cust}/access", {"rules": []}, expect=403)
    got = owner.get(f"/api/tables/{cust}/access")
    assert got["rules"][0]["role"] == "editor"
    bad = [
        ({"rules": [{"role": "owner"}]}, "rules.0.role"),
        ({"rules": [{"role": "editor", "user_id": ivan.user["id"]}]}, "rules.0.role"),
        ({"rules": [{"user_id": 99999}]}, "rules[0].user_id"),
        ({"rules": [{"user_id": owner.user["id"], "hide_table": True}]}, "rules[0].user_id"),
        ({"rules": [{"role": "editor", "hidden_columns": [123456]}]}, "rules[0].hidden_columns[0]"),
        ({"rules": [{"role": "editor", "read_filter": {"filters": [{"column_id": 123456, "operator": "is"}]}}]},
         "rules[0].read_filter.filters[0].column_id"),
        ({"rules": [{"role": "editor", "read_filter": {"filters": [
            {"column_id": _col(owner, cust, "Notes"), "operator": "linked_visible"}]}}]},
         "rules[0].read_filter.filters[0].operator"),
        ({"rules": [{"role": "editor"}, {"role": "editor"}]}, "rules[1].role"),
    ]
    for body, field in bad:
        resp = owner.put(f"/api/tables/{cust}/access", body, expect=422)
        assert field in json.dumps(resp.get_json()), (body, resp.get_json())
    assert owner.get(f"/api/tables/{cust}/access") == got  # nothing half-written


def test_see_as_member(sales: dict) -> None:
    owner, ivan = sales["owner"], sales["ivan"]
    as_ivan = {"headers": {"X-Requested-With": "tablo", "X-Tablo-See-As": str(ivan.user["id"])}}
    assert [r["Number"] for r in owner.get(f"/api/tables/{sales['inv']}/rows?keys=names", **as_ivan)["rows"]] == \
        ["I-1"]
    # a member cannot use it to see more (or less): it counts in bases the caller owns
    as_owner = {"headers": {"X-Requested-With": "tablo", "X-Tablo-See-As": str(owner.user["id"])}}
    assert [r["Number"] for r in ivan.get(f"/api/tables/{sales['inv']}/rows?keys=names", **as_owner)["rows"]] == \
        ["I-1"]


def test_seatable_api_and_sql_see_only_allowed_rows(sales: dict, app: Any) -> None:
    ivan = sales["ivan"]
    token = ivan.token("read")
    http = app.test_client()
    resp = http.get("/api/v2.1/dtable/app-access-token/", headers={"Authorization": f"Token {token}"})
    assert resp.status_code == 200, resp.get_data(as_text=True)
    data = resp.get_json()
    gw = f"/api-gateway/api/v2/dtables/{data['dtable_uuid']}"
    h = {"Authorization": f"Bearer {data['access_token']}"}
    rows = http.get(f"{gw}/rows/?table_name=Invoices&convert_keys=true", headers=h).get_json()["rows"]
    assert [r["Number"] for r in rows] == ["I-1"]
    sql = http.post(f"{gw}/sql", json={"sql": "SELECT Number FROM Invoices", "convert_keys": True}, headers=h)
    assert sql.status_code == 200, sql.get_data(as_text=True)
    assert [r["Number"] for r in sql.get_json()["results"]] == ["I-1"]
    meta = http.get(f"{gw}/metadata/", headers=h).get_json()
    cust = next(t for t in meta["metadata"]["tables"] if t["name"] == "Customers")
    assert "Notes" not in [c["name"] for c in cust["columns"]]


# -- property: random rules against a plain-Python evaluation ---------------------------------
def test_random_rules_match_python(owner: ApiClient, app: Any) -> None:
    member = _member(app, owner, "prop@example.com")
    tid = owner.table_id
    num = owner.add_column("N", "number")["id"]
    word = owner.add_column("W", "text")["id"]
    rnd = random.Random(18)
    words = ["alpha", "beta", "gamma", None]
    data = [{"Name": f"r{i}", str(num): rnd.choice([None, *range(10)]), str(word): rnd.choice(words)}
            for i in range(40)]
    owner.insert(data)
    ops = [("num", "gt", lambda v, x: v is not None and v > x), ("num", "lt", lambda v, x: v is not None and v < x),
           ("word", "is", lambda v, x: v == x), ("word", "empty", lambda v, x: v is None)]
    for _ in range(12):
        leaves, checks = [], []
        for _ in range(rnd.randint(1, 3)):
            kind, op, fn = rnd.choice(ops)
            value = rnd.randint(0, 9) if kind == "num" else rnd.choice(words[:3])
            leaves.append({"column_id": num if kind == "num" else word, "operator": op,
                           **({} if op == "empty" else {"value": value})})
            checks.append((kind, fn, value))
        conj = rnd.choice(["and", "or"])
        owner.put(f"/api/tables/{tid}/access", {"rules": [{"role": "editor", "read_filter": {
            "conjunction": conj, "filters": leaves}}]})
        combine = all if conj == "and" else any
        expected = sorted(d["Name"] for d in data if combine(
            fn(d[str(num)] if kind == "num" else d[str(word)], value) for kind, fn, value in checks))
        got = sorted(r["Name"] for r in member.rows())
        assert got == expected, (conj, leaves)
        assert member.get(f"/api/tables/{tid}/count")["count"] == len(expected)


def test_lookups_and_link_cells_never_list_hidden_rows_rollups_count_all(sales: dict) -> None:
    """Decision 0042: a customer's link cell and lookup list only the invoices the reader may see;
    a rollup (a total) is computed over all of them, the same for everyone."""
    owner, olga, cust, inv = sales["owner"], sales["olga"], sales["cust"], sales["inv"]
    owner.add_column("Numbers", "lookup", {"link": "Invoices", "column": "Number"}, table_id=cust)
    owner.add_column("Billed", "rollup", {"link": "Invoices", "column": "Total", "summary": "sum"}, table_id=cust)
    # Olga sees O-2 only: an invoice rule of her own
    rules = owner.get(f"/api/tables/{inv}/access")["rules"]
    number = _col(owner, inv, "Number")
    owner.put(f"/api/tables/{inv}/access", {"rules": [*rules, {"user_id": olga.user["id"], "read_filter": {
        "filters": [{"column_id": number, "operator": "is", "value": "O-2"}]}}]})
    row = olga.rows(table_id=cust)[0]
    assert [x["display_value"] for x in row["Invoices"]] == ["O-2"]
    assert row["Numbers"] == ["O-2"]
    assert row["Billed"] == 500
    full = next(r for r in owner.rows(table_id=cust) if r["Name"] == "Olga's client")
    assert sorted(full["Numbers"]) == ["O-1", "O-2"] and full["Billed"] == 500


def test_receivables_template_manager_role(app: Any) -> None:
    """The receivables base ships the manager role as the editors' rules: an editor sees the
    customers whose account manager is him, their invoices, payments and tasks, and changes no
    payment; the owner (head of sales) sees everything."""
    head = ApiClient(app)
    head.signup("head@example.com")
    head.base = head.post("/api/bases", {"template": "receivables", "language": "en"}, expect=201)
    tables = {t["name"]: t["id"] for t in head.base["tables"]}
    mgr = _member(app, head, "manager@example.com")
    assert mgr.get(f"/api/tables/{tables['Customers']}/count")["count"] == 0
    assert mgr.get(f"/api/tables/{tables['Invoices']}/count")["count"] == 0
    # the head of sales makes him the account manager of one Managers row
    managers = head.rows(table_id=tables["Managers"])
    head.patch(f"/api/tables/{tables['Managers']}/rows",
               {"rows": [{"_id": managers[0]["_id"], "User": [mgr.user["id"]]}]})
    mine = [r for r in head.rows(table_id=tables["Customers"])
            if managers[0]["_id"] in [x["_id"] for x in r["Account manager"] or []]]
    assert mine, "the sample gives the first manager customers"
    assert sorted(r["_id"] for r in mgr.rows(table_id=tables["Customers"])) == sorted(r["_id"] for r in mine)
    mine_ids = {r["_id"] for r in mine}
    invoices = [r for r in head.rows(table_id=tables["Invoices"])
                if {x["_id"] for x in r["Customer"] or []} & mine_ids]
    assert sorted(r["_id"] for r in mgr.rows(table_id=tables["Invoices"])) == sorted(r["_id"] for r in invoices)
    assert len(invoices) < head.get(f"/api/tables/{tables['Invoices']}/count")["count"]
    pays = mgr.rows(table_id=tables["Payments"])
    inv_ids = {r["_id"] for r in invoices}
    assert all({x["_id"] for x in p["Invoice"] or []} & inv_ids for p in pays)
    if pays:
        mgr.patch(f"/api/tables/{tables['Payments']}/rows", {"rows": [{"_id": pays[0]["_id"], "Amount": 1}]},
                  expect=403)
    mgr.post(f"/api/tables/{tables['Payments']}/rows", {"rows": [{"Amount": 1}]}, expect=403)


def test_a_write_answers_only_the_cells_the_writer_may_read(sales: dict) -> None:
    """Actions run unrestricted; the rows a POST or PATCH returns must still leave out the
    writer's hidden columns (Notes), while the owner's answer keeps them."""
    ivan, cust, owner = sales["ivan"], sales["cust"], sales["owner"]
    notes, manager, name = _col(owner, cust, "Notes"), _col(owner, cust, "Manager"), str(_col(owner, cust, "Name"))
    added = ivan.post(f"/api/tables/{cust}/rows", {"rows": [{"Name": "New client", "Manager": [ivan.user["id"]]}]},
                      expect=201)["rows"][0]
    assert str(notes) not in added and added[name] == "New client"
    owner.patch(f"/api/tables/{cust}/rows", {"rows": [{"_id": added["_id"], "Notes": "owner's note"}]})
    changed = ivan.patch(f"/api/tables/{cust}/rows", {"rows": [{"_id": added["_id"], "Name": "Renamed"}]})["rows"][0]
    assert changed[name] == "Renamed" and str(notes) not in changed and str(manager) in changed
    mine = owner.patch(f"/api/tables/{cust}/rows", {"rows": [{"_id": added["_id"], "Name": "Back"}]})["rows"][0]
    assert mine[str(notes)] == "owner's note"
