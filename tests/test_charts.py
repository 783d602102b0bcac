"""Charts: definitions are undoable actions; data is aggregated in SQL and matches a plain
Python computation over the same rows, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import pytest

from tests.helpers import ApiClient

STATUSES = ["Open", "Paid", "Overdue"]


@pytest.fixture
def sales(owner: ApiClient) -> dict:
    owner.add_column("Manager", "text")
    owner.add_column("Status", "single-select", {"options": [{"name": s} for s in STATUSES]})
    owner.add_column("Amount", "number")
    owner.add_column("Due", "date")
    owner.add_column("Done", "checkbox")
    rnd = random.Random(42)
    rows = []
    for i in range(120):
        rows.append({"Name": f"INV-{i}", "Manager": rnd.choice(["Анна", "Пётр", "Ольга", None]),
                     "Status": rnd.choice(STATUSES + [None]), "Amount": rnd.choice([None, round(rnd.uniform(-50, 900), 2)]),
                     "Due": (dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randint(0, 800))).isoformat(),
                     "Done": rnd.random() < 0.3})
    owner.insert(rows)
    base = owner.get(f"/api/bases/{owner.base_id}")
    cols = {c["name"]: c for c in base["tables"][0]["columns"]}
    return {"rows": rows, "cols": cols}


def _data(owner: ApiClient, settings: dict) -> dict:
    return owner.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": settings})


def test_sum_by_select_matches_python(owner: ApiClient, sales: dict) -> None:
    cols = sales["cols"]
    got = _data(owner, {"type": "bar", "x": {"column_id": cols["Status"]["id"]},
                        "value": {"aggregate": "sum", "column_id": cols["Amount"]["id"]}})
    expect: dict = defaultdict(float)
    seen: set = set()
    for r in sales["rows"]:
        seen.add(r["Status"])
        if r["Amount"] is not None:
            expect[r["Status"]] += r["Amount"]
    labels = [c["label"] for c in got["categories"]]
    # Option order first, blanks last.
    assert labels == [s for s in STATUSES if s in seen] + ([""] if None in seen else [])
    for cat, val in zip(got["categories"], got["series"][0]["data"], strict=True):
        key = cat["label"] or None
        assert (val or 0) == pytest.approx(expect.get(key, 0), abs=1e-6)
    assert got["categories"][0]["color"].startswith("#")


def test_count_by_month_with_series_and_pivot_totals(owner: ApiClient, sales: dict) -> None:
    cols = sales["cols"]
    got = _data(owner, {"type": "pivot", "x": {"column_id": cols["Due"]["id"], "granularity": "quarter"},
                        "series": {"column_id": cols["Done"]["id"]}})
    expect: dict = defaultdict(int)
    for r in sales["rows"]:
        d = dt.date.fromisoformat(r["Due"])
        expect[(f"{d.year}-Q{(d.month - 1) // 3 + 1}", r["Done"])] += 1
    quarters = sorted({k[0] for k in expect})
    assert [c["key"] for c in got["categories"]] == quarters
    for s in got["series"]:
        done = s["key"] in (True, "true", 1)
        for q, v in zip(quarters, s["data"], strict=True):
            assert (v or 0) == expect.get((q, done), 0)
    assert got["total"] == len(sales["rows"])
    assert sum(got["row_totals"]) == len(sales["rows"]) == sum(got["column_totals"])


def test_avg_min_max_distinct_and_sorting(owner: ApiClient, sales: dict) -> None:
    cols = sales["cols"]
    amounts = [r["Amount"] for r in sales["rows"] if r["Amount"] is not None]
    for agg, expect in (("avg", sum(amounts) / len(amounts)), ("min", min(amounts)), ("max", max(amounts))):
        got = _data(owner, {"type": "number", "value": {"aggregate": agg, "column_id": cols["Amount"]["id"]}})
        assert got["value"] == pytest.approx(expect, abs=1e-6)
    got = _data(owner, {"type": "number", "value": {"aggregate": "distinct", "column_id": cols["Manager"]["id"]}})
    assert got["value"] == len({r["Manager"] for r in sales["rows"] if r["Manager"]})
    top = _data(owner, {"type": "bar_horizontal", "x": {"column_id": cols["Manager"]["id"]}, "sort": "value_desc",
                        "limit": 2})
    data = top["series"][0]["data"]
    assert len(data) == 2 and data[0] >= data[1]
    counts: dict = defaultdict(int)
    for r in sales["rows"]:
        counts[r["Manager"] or ""] += 1
    assert data[0] == max(counts.values())


def test_number_card_compares_periods(owner: ApiClient) -> None:
    owner.add_column("Amount", "number")
    owner.add_column("Paid on", "date")
    today = dt.date.today()
    first = today.replace(day=1)
    prev = first - dt.timedelta(days=1)
    owner.insert([{"Name": "a", "Amount": 100, "Paid on": first.isoformat()},
                  {"Name": "b", "Amount": 50, "Paid on": today.isoformat()},
                  {"Name": "c", "Amount": 200, "Paid on": prev.isoformat()},
                  {"Name": "d", "Amount": 999, "Paid on": "2001-01-01"}])
    cols = {c["name"]: c["id"] for c in owner.get(f"/api/bases/{owner.base_id}")["tables"][0]["columns"]}
    got = _data(owner, {"type": "number", "value": {"aggregate": "sum", "column_id": cols["Amount"]},
                        "compare": {"column_id": cols["Paid on"], "period": "month"}})
    assert (got["value"], got["previous"]) == (150, 200)
    assert got["change"] == pytest.approx(-0.25)
    bars = _data(owner, {"type": "compare", "value": {"aggregate": "count"},
                         "compare": {"column_id": cols["Paid on"], "period": "month"}})
    assert [s["data"] for s in bars["series"]] == [[1], [2]]


def test_chart_actions_undo_and_rows_behind_a_bar(owner: ApiClient, sales: dict) -> None:
    cols = sales["cols"]
    settings = {"type": "pie", "x": {"column_id": cols["Status"]["id"]}}
    chart = owner.post(f"/api/bases/{owner.base_id}/charts",
                       {"table_id": owner.table_id, "name": "Status mix", "settings": settings}, expect=201)["chart"]
    data = owner.get(f"/api/charts/{chart['id']}/data")
    first = data["categories"][0]
    rows = owner.get(f"/api/charts/{chart['id']}/rows?x={first['key']}")["rows"]
    assert len(rows) == data["series"][0]["data"][0]
    assert all(r[str(cols["Status"]["id"])] == first["key"] for r in rows)
    owner.patch(f"/api/charts/{chart['id']}", {"name": "Statuses"})
    owner.undo()
    assert owner.get(f"/api/charts/{chart['id']}")["name"] == "Status mix"
    owner.delete(f"/api/charts/{chart['id']}")
    assert owner.get(f"/api/bases/{owner.base_id}/charts")["charts"] == []
    owner.undo()
    assert [c["id"] for c in owner.get(f"/api/bases/{owner.base_id}/charts")["charts"]] == [chart["id"]]


def test_bad_chart_settings_and_access(owner: ApiClient, sales: dict, app) -> None:
    cols = sales["cols"]
    r = owner.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": {"type": "bar"}}, expect=422)
    assert r.get_json()["error"]["fields"] == {"settings.x": ["a bar chart needs a column to group by"]}
    r = owner.post(f"/api/tables/{owner.table_id}/chart-data",
                   {"settings": {"type": "bar", "x": {"column_id": cols["Name"]["id"]},
                                 "value": {"aggregate": "sum", "column_id": cols["Manager"]["id"]}}}, expect=422)
    assert "settings.value.column_id" in r.get_json()["error"]["fields"]
    r = owner.post(f"/api/tables/{owner.table_id}/chart-data",
                   {"settings": {"type": "bar", "x": {"column_id": cols["Name"]["id"], "granularity": "month"}}},
                   expect=422)
    assert "settings.x.granularity" in r.get_json()["error"]["fields"]
    chart = owner.post(f"/api/bases/{owner.base_id}/charts", {"table_id": owner.table_id, "name": "c",
                                                              "settings": {"type": "number"}}, expect=201)["chart"]
    stranger = ApiClient(app)
    stranger.signup("stranger@example.com")
    stranger.get(f"/api/charts/{chart['id']}/data", expect=404)
    stranger.get(f"/api/bases/{owner.base_id}/charts", expect=404)
    stranger.post(f"/api/tables/{owner.table_id}/chart-data", {"settings": {"type": "number"}}, expect=404)


def test_chart_on_a_view_honours_its_filters(owner: ApiClient, sales: dict) -> None:
    cols = sales["cols"]
    view = owner.post(f"/api/tables/{owner.table_id}/views", {
        "name": "Big", "settings": {"filters": {"conjunction": "and", "filters": [
            {"column_id": cols["Amount"]["id"], "operator": "gt", "value": 500}]}}}, expect=201)
    view_id = (view.get("view") or view)["id"]
    chart = owner.post(f"/api/bases/{owner.base_id}/charts", {
        "table_id": owner.table_id, "view_id": view_id, "name": "big ones",
        "settings": {"type": "number", "value": {"aggregate": "count"}}}, expect=201)["chart"]
    expect = sum(1 for r in sales["rows"] if r["Amount"] is not None and r["Amount"] > 500)
    assert owner.get(f"/api/charts/{chart['id']}/data")["value"] == expect


def test_explicit_category_order_for_text_groups(owner: ApiClient, sales: dict) -> None:
    """Text categories sort alphabetically unless the chart lists an order (aging buckets:
    "Current" first); unlisted categories follow in their natural order; values stay with them."""
    cols = sales["cols"]
    x = {"column_id": cols["Manager"]["id"]}
    natural = _data(owner, {"type": "bar", "x": x})
    ordered = _data(owner, {"type": "bar", "x": {**x, "order": ["Пётр", "Анна"]}})
    labels = [c["label"] for c in ordered["categories"]]
    rest = [c["label"] for c in natural["categories"] if c["label"] not in ("Пётр", "Анна")]
    assert labels == ["Пётр", "Анна", *rest]
    by_label = dict(zip([c["label"] for c in natural["categories"]], natural["series"][0]["data"], strict=True))
    assert ordered["series"][0]["data"] == [by_label[lb] for lb in labels]
    # the series of a stacked chart take the order too
    stacked = _data(owner, {"type": "stacked_bar", "x": {"column_id": cols["Status"]["id"]},
                            "series": {**x, "order": ["Ольга"]}})
    assert stacked["series"][0]["label"] == "Ольга"
    bad = owner.post(f"/api/tables/{owner.table_id}/chart-data",
                     {"settings": {"type": "bar", "x": {**x, "order": "Пётр"}}}, expect=422)
    assert "order" in str(bad.get_json())


def test_template_aging_chart_shows_current_first(owner: ApiClient) -> None:
    base = owner.post("/api/bases", {"template": "receivables", "sample_data": True, "language": "en"}, expect=201)
    charts = owner.get(f"/api/bases/{base['id']}/charts")["charts"]
    aging = next(c for c in charts if c["settings"]["type"] == "bar" and c["settings"]["x"].get("order"))
    labels = [c["label"] for c in owner.get(f"/api/charts/{aging['id']}/data")["categories"]]
    order = aging["settings"]["x"]["order"]
    assert labels == [lb for lb in order if lb in labels] and labels[0].startswith("Current")


def test_covering_indexes_follow_charts(owner: ApiClient, sales: dict, app) -> None:
    """A chart grouping by stored columns gets a covering index (group columns, value, its view's
    filter columns), built in the background and dropped with the chart; computed groups get none."""
    import sqlalchemy as sa

    from server.query import indexes

    cols = sales["cols"]
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, owner.base_id).table(owner.table_id)
    phys = {c.name: c.phys for c in table.columns}

    def chart_indexes() -> list[list[str]]:
        indexes.wait_idle()
        with st.db.read() as conn:
            return sorted(ix["column_names"] for ix in sa.inspect(conn).get_indexes(table.phys)
                          if ix["name"].startswith("vx_"))

    settings = {"type": "stacked_bar", "x": {"column_id": cols["Manager"]["id"]},
                "series": {"column_id": cols["Status"]["id"]}, "value": {"aggregate": "sum", "column_id": cols["Amount"]["id"]}}
    chart = owner.post(f"/api/bases/{owner.base_id}/charts", {"table_id": owner.table_id, "name": "By manager",
                                                               "settings": settings}, expect=201)["chart"]
    assert chart_indexes() == [[phys["Manager"], phys["Status"], phys["Amount"]]]
    if st.db.is_sqlite:  # the GROUP BY reads the index alone
        t = table.sa_table
        query = sa.select(t.c[phys["Manager"]], t.c[phys["Status"]], sa.func.sum(t.c[phys["Amount"]])).group_by(
            t.c[phys["Manager"]], t.c[phys["Status"]])
        with st.db.read() as conn:
            sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        assert "COVERING INDEX" in plan, plan
    owner.add_column("Double", "formula", {"formula": "{Amount} * 2"})
    computed = owner.get(f"/api/bases/{owner.base_id}")["tables"][0]["columns"][-1]
    owner.patch(f"/api/charts/{chart['id']}", {"settings": {**settings, "series": {"column_id": computed["id"]}}})
    assert chart_indexes() == []  # a computed group cannot be read off an index
    owner.patch(f"/api/charts/{chart['id']}", {"settings": {**settings, "series": None}})
    assert chart_indexes() == [[phys["Manager"], phys["Amount"]]]
    owner.delete(f"/api/charts/{chart['id']}")
    assert chart_indexes() == []
    owner.undo()
    assert chart_indexes() == [[phys["Manager"], phys["Amount"]]]


def _median(xs: list[float]) -> float | None:
    xs = sorted(xs)
    if not xs:
        return None
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


def test_median_several_values_top_n_with_others_match_python(owner: ApiClient, sales: dict) -> None:
    cols = sales["cols"]
    amount = cols["Amount"]["id"]
    got = _data(owner, {"type": "bar", "x": {"column_id": cols["Manager"]["id"]},
                        "value": {"aggregate": "sum", "column_id": amount},
                        "values": [{"aggregate": "median", "column_id": amount}, {"aggregate": "count"},
                                   {"aggregate": "max", "column_id": amount}],
                        "sort": "value_desc", "limit": 2, "others": True})
    by: dict = defaultdict(list)
    for r in sales["rows"]:
        by[r["Manager"]].append(r["Amount"])
    total = {k: sum(a for a in v if a is not None) for k, v in by.items()}
    top = sorted(by, key=lambda k: (-total[k], k or ""))[:2]
    assert [c["key"] for c in got["categories"]] == [*top, "__others__"]
    assert got["categories"][-1].get("others") is True
    rest = [a for k, v in by.items() if k not in top for a in v]
    groups = [by[k] for k in top] + [rest]
    sums, medians, counts, maxes = (s["data"] for s in got["series"])
    for g, s_, med, n, mx in zip(groups, sums, medians, counts, maxes, strict=True):
        nums = [a for a in g if a is not None]
        assert s_ == pytest.approx(sum(nums), abs=1e-6)
        assert med == pytest.approx(_median(nums), abs=1e-6)
        assert n == len(g)
        assert mx == pytest.approx(max(nums), abs=1e-6)
    # A median card and a split by a second column with others.
    card = _data(owner, {"type": "number", "value": {"aggregate": "median", "column_id": amount}})
    assert card["value"] == pytest.approx(_median([r["Amount"] for r in sales["rows"] if r["Amount"] is not None]))
    split = _data(owner, {"type": "stacked_bar", "x": {"column_id": cols["Manager"]["id"]},
                          "series": {"column_id": cols["Done"]["id"]}, "limit": 1, "others": True})
    first = split["categories"][0]["key"]
    for s in split["series"]:
        done = s["key"] in (True, 1, "true")
        assert s["data"][0] == sum(1 for r in sales["rows"] if r["Manager"] == first and r["Done"] == done)
        assert s["data"][1] == sum(1 for r in sales["rows"] if r["Manager"] != first and r["Done"] == done)


def test_display_settings_are_validated_and_kept(owner: ApiClient, sales: dict) -> None:
    cols = sales["cols"]
    x = {"column_id": cols["Status"]["id"]}
    base = {"type": "bar", "x": x}
    for bad, field in [({"colors": {"a": "red"}}, "settings.colors.a.value"),
                       ({"format": {"currency": "rub"}}, "settings.format.currency"),
                       ({"format": {"decimals": 9}}, "settings.format.decimals"),
                       ({"labels": "maybe"}, "settings.labels"),
                       ({"values": [{"aggregate": "sum"}]}, "settings.values.0.column_id"),
                       ({"values": [{"aggregate": "sum", "column_id": cols["Name"]["id"]}]},
                        "settings.values.0.column_id"),
                       ({"x": {**x, "granularity": "month"}}, "settings.x.granularity"),
                       ({"values": [{"aggregate": "count"}], "series": x}, "settings.values")]:
        r = owner.post(f"/api/bases/{owner.base_id}/charts",
                       {"table_id": owner.table_id, "name": "c", "settings": {**base, **bad}}, expect=422)
        assert field in r.get_json()["error"]["fields"], (bad, r.get_json())
    good = {**base, "colors": {"value": "#112233"}, "format": {"decimals": 0, "currency": "EUR"}, "labels": True}
    chart = owner.post(f"/api/bases/{owner.base_id}/charts",
                       {"table_id": owner.table_id, "name": "c", "settings": good}, expect=201)["chart"]
    assert chart["settings"]["colors"] == {"value": "#112233"}
    assert chart["settings"]["format"] == {"decimals": 0, "currency": "EUR"} and chart["settings"]["labels"] is True
