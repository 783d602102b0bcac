"""KPI series (docs/charts.md "KPI series"): a series by period end whose points are formulas
over named measures — flows dated in each period and stocks as of each period's end, from any
table of the base — on SQLite and PostgreSQL; bad settings are a 422 naming the field; the
formula evaluator takes arithmetic over the measures and nothing of Python."""

from __future__ import annotations

from typing import Any

import pytest

from server.charts import kpi_formula
from tests.helpers import ApiClient


@pytest.fixture
def shop(app: Any) -> dict[str, Any]:
    """Sales (record date: Date) and Stock (record date: On) tables in one base."""
    c = ApiClient(app)
    c.signup("kpi@example.com")
    c.new_base("Shop")
    sales = c.table_id
    date = c.add_column("Date", "date", table_id=sales)
    amount = c.add_column("Amount", "number", table_id=sales)
    c.insert([{"Date": "2025-01-10", "Amount": 70}, {"Date": "2025-02-05", "Amount": 50},
              {"Date": "2025-02-25", "Amount": 30}, {"Date": "2025-03-20", "Amount": 100},
              {"Date": "2025-04-02", "Amount": 999}], table_id=sales)
    stock = c.post(f"/api/bases/{c.base_id}/tables", {"name": "Stock", "columns": [
        {"name": "On", "type": "date"}, {"name": "Value", "type": "number"}]}, expect=201)["table"]
    cols = {col["name"]: col["id"] for col in stock["columns"]}
    c.insert([{"On": "2025-02-28", "Value": 40}, {"On": "2025-03-31", "Value": 172}], table_id=stock["id"])
    c.patch(f"/api/tables/{sales}", {"record_date_column_id": date["id"]})
    c.patch(f"/api/tables/{stock['id']}", {"record_date_column_id": cols["On"]})
    return {"c": c, "sales": sales, "date": date["id"], "amount": amount["id"], "stock": stock["id"],
            "value": cols["Value"], "on": cols["On"]}


def _settings(s: dict[str, Any], kpis: list[dict], **extra: Any) -> dict[str, Any]:
    return {"type": "line", "period_end": {
        "granularity": "month", "count": 3, "end": "2025-03-31", **extra,
        "measures": [
            {"name": "sales", "value": {"aggregate": "sum", "column_id": s["amount"]}, "in_period": s["date"]},
            {"name": "big", "value": {"aggregate": "count"}, "in_period": s["date"],
             "filters": {"conjunction": "and", "filters": [{"column_id": s["amount"], "operator": "gt", "value": 60}]}},
            {"name": "stock", "table_id": s["stock"], "value": {"aggregate": "sum", "column_id": s["value"]}}],
        "kpis": kpis}}


def test_flows_stocks_and_formulas_per_month(shop: dict[str, Any]) -> None:
    c = shop["c"]
    kpis = [{"key": "sales", "label": "Sales", "formula": "sales"},
            {"key": "big", "formula": "big"},
            {"key": "stock", "formula": "stock"},
            {"key": "dso", "formula": "stock / sales * days"},
            {"key": "countback", "formula": "countback(stock, sales)"},
            {"key": "change", "formula": "stock - prev(stock)"}]
    ch = c.post(f"/api/bases/{c.base_id}/charts", {"table_id": shop["sales"], "name": "KPIs",
                                                   "settings": _settings(shop, kpis)}, expect=201)["chart"]
    data = c.get(f"/api/charts/{ch['id']}/data")
    assert [x["key"] for x in data["categories"]] == ["2025-01", "2025-02", "2025-03"]
    assert data["period_ends"] == ["2025-01-31", "2025-02-28", "2025-03-31"]
    got = {s["key"]: s["data"] for s in data["series"]}
    assert [s["label"] for s in data["series"]][:2] == ["Sales", "big"]
    assert got["sales"] == [70, 80, 100]  # dated in each month; April's 999 is not in the range
    assert got["big"] == [1, 0, 1]  # the measure's own filter
    assert got["stock"] == [0, 40, 212]  # as of each month end: rows recorded later are not there
    assert got["dso"] == [0, pytest.approx(40 / 80 * 28), pytest.approx(212 / 100 * 31)]
    # Countback: March's 100 (31 days), February's 80 (28 days), then 32 of January's 70.
    assert got["countback"] == [0, pytest.approx(40 / 80 * 28), pytest.approx(31 + 28 + 32 / 70 * 31)]
    assert got["change"] == [0, 40, 172]  # prev() at the first point reads the month before it
    # Ending inside March: the running month is measured on that day.
    unsaved = _settings(shop, kpis)
    unsaved["period_end"]["end"] = "2025-03-25"
    mid = c.post(f"/api/tables/{shop['sales']}/chart-data", {"settings": unsaved})
    assert mid["period_ends"][-1] == "2025-03-25"
    m = {s["key"]: s["data"][-1] for s in mid["series"]}
    assert m["sales"] == 100 and m["stock"] == 40 and m["dso"] == pytest.approx(40 / 100 * 25)


def test_a_month_without_sales_leaves_the_ratio_empty(shop: dict[str, Any]) -> None:
    c = shop["c"]
    kpis = [{"key": "dso", "formula": "stock / sales * days"}]
    data = c.post(f"/api/tables/{shop['sales']}/chart-data",
                  {"settings": {**_settings(shop, kpis), "period_end": {
                      **_settings(shop, kpis)["period_end"], "end": "2025-06-30", "count": 2}}})
    assert data["series"][0]["data"] == [None, None]  # nothing invoiced in May or June: no DSO


@pytest.mark.parametrize(("change", "field"), [
    ({"kpis": [{"key": "x", "formula": "sales / nothing"}]}, "settings.period_end.kpis.0.formula"),
    ({"kpis": [{"key": "x", "formula": "__import__('os').getcwd()"}]}, "settings.period_end.kpis.0.formula"),
    ({"kpis": [{"key": "x", "formula": "sales.real"}]}, "settings.period_end.kpis.0.formula"),
    ({"kpis": [{"key": "x", "formula": "prev(2)"}]}, "settings.period_end.kpis.0.formula"),
    ({"kpis": []}, "settings.period_end.kpis"),
    ({"measures": None}, "settings.period_end.measures"),
    ({"measures": [{"name": "Sales!", "value": {"aggregate": "count"}}]}, "settings.period_end.measures.0.name"),
    ({"measures": [{"name": "days", "value": {"aggregate": "count"}}]}, "settings.period_end.measures.0.name"),
    ({"measures": [{"name": "sales", "table_id": 999_999, "value": {"aggregate": "count"}}]},
     "settings.period_end.measures.0.table_id"),
    ({"measures": [{"name": "sales", "value": {"aggregate": "median", "column_id": 1}}]},
     "settings.period_end.measures.0.value"),
])
def test_bad_kpi_settings_name_the_field(shop: dict[str, Any], change: dict, field: str) -> None:
    c = shop["c"]
    settings = _settings(shop, [{"key": "s", "formula": "sales"}])
    settings["period_end"].update(change)
    for url in (f"/api/bases/{c.base_id}/charts", f"/api/tables/{shop['sales']}/chart-data"):
        body = {"table_id": shop["sales"], "name": "c", "settings": settings} if "charts" in url else {"settings": settings}
        r = c.post(url, body, expect=422)
        assert field in r.get_json()["error"]["fields"], r.get_json()


def test_measures_fit_their_own_table(shop: dict[str, Any]) -> None:
    c = shop["c"]
    base = _settings(shop, [{"key": "s", "formula": "sales"}])
    # A column of the chart's table named in a measure over Stock: not a column there.
    bad = {**base["period_end"], "measures": [{"name": "sales", "table_id": shop["stock"],
                                               "value": {"aggregate": "sum", "column_id": shop["amount"]}}]}
    r = c.post(f"/api/tables/{shop['sales']}/chart-data", {"settings": {**base, "period_end": bad}}, expect=422)
    assert "settings.period_end.measures.0.value.column_id" in r.get_json()["error"]["fields"]
    # in_period on a number column: no date to fall in the period.
    bad = {**base["period_end"], "measures": [{"name": "sales", "value": {"aggregate": "count"},
                                               "in_period": shop["amount"]}]}
    r = c.post(f"/api/tables/{shop['sales']}/chart-data", {"settings": {**base, "period_end": bad}}, expect=422)
    assert any(k.startswith("settings.period_end.measures.0") for k in r.get_json()["error"]["fields"])
    # A view of another table.
    view = c.post(f"/api/tables/{shop['stock']}/views", {"name": "All stock"}, expect=201)["view"]["id"]
    bad = {**base["period_end"], "measures": [{"name": "sales", "value": {"aggregate": "count"}, "view_id": view}]}
    r = c.post(f"/api/tables/{shop['sales']}/chart-data", {"settings": {**base, "period_end": bad}}, expect=422)
    assert "settings.period_end.measures.0.view_id" in r.get_json()["error"]["fields"]
    # With series: a KPI series has one series per kpi.
    r = c.post(f"/api/tables/{shop['sales']}/chart-data",
               {"settings": {**base, "series": {"column_id": shop["date"]}}}, expect=422)
    assert "settings.series" in r.get_json()["error"]["fields"]


def test_a_table_of_another_base_is_refused(shop: dict[str, Any]) -> None:
    c = shop["c"]
    other = c.post("/api/bases", {"name": "Other"}, expect=201)["tables"][0]["id"]
    settings = _settings(shop, [{"key": "s", "formula": "sales"}])
    settings["period_end"]["measures"][0]["table_id"] = other
    r = c.post(f"/api/tables/{shop['sales']}/chart-data", {"settings": settings}, expect=422)
    assert "settings.period_end.measures.0.table_id" in r.get_json()["error"]["fields"]


def test_countback_matches_the_textbook_vector() -> None:
    # receivables.md §1.2: AR 212,000 against monthly sales 100k, 80k, 70k (30-day months) → 73.7 days.
    periods = kpi_formula.Periods({"ar": [0, 0, 212_000], "sales": [70_000, 80_000, 100_000]}, [30, 30, 30])
    tree = kpi_formula.parse("countback(ar, sales)", ["ar", "sales"])
    assert kpi_formula.evaluate(tree, periods, 2) == pytest.approx(30 + 30 + 32 / 70 * 30)
    assert round(kpi_formula.evaluate(tree, periods, 2) or 0, 1) == 73.7
    # Receivables beyond every period's sales: all their days.
    periods = kpi_formula.Periods({"ar": [500], "sales": [100]}, [31])
    assert kpi_formula.evaluate(tree, periods, 0) == 31


@pytest.mark.parametrize("formula", ["ar.__class__", "lambda: 1", "'text'", "ar if ar else 1", "[ar]", "ar ** 2",
                                     "open('x')", "max(ar)", "prev(ar + 1)", "countback(ar)", "True", "ar < 1"])
def test_the_formula_language_is_arithmetic_only(formula: str) -> None:
    with pytest.raises(kpi_formula.FormulaError):
        kpi_formula.parse(formula, ["ar", "sales"])


def test_division_by_zero_and_missing_values_make_no_point() -> None:
    periods = kpi_formula.Periods({"ar": [None, 5.0], "sales": [0.0, 2.0]}, [30, 31])
    assert kpi_formula.evaluate(kpi_formula.parse("ar / sales", ["ar", "sales"]), periods, 1) == 2.5
    assert kpi_formula.evaluate(kpi_formula.parse("1 / sales", ["ar", "sales"]), periods, 0) is None
    assert kpi_formula.evaluate(kpi_formula.parse("ar - prev(ar)", ["ar", "sales"]), periods, 1) is None
    assert kpi_formula.evaluate(kpi_formula.parse("-max(ar, 7) + abs(-1) * days", ["ar", "sales"]), periods, 1) == 24
