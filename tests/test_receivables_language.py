"""The receivables base is in one language: made in Russian it holds no English word (names,
options, formula results, views, charts, automation texts, sample cells), made in English no
Cyrillic; a Russian filter «Статус = Просрочен» finds the overdue rows; text results of
formulas and lookups offer their distinct values for a pick-list — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any
from urllib.parse import quote

import pytest

from server.errors import ApiError
from server.templates import localised
from tests.helpers import ApiClient

# Words that may be Latin in a Russian base: currency codes and the app's name. E-mail
# addresses are Latin by nature, and an automation message's own placeholders ({row_count},
# {rows}) are replaced when it runs: both are removed before the check.
ALLOWED_LATIN = {"RUB", "USD", "EUR", "Tablo"}
EMAIL = re.compile(r"\S+@\S+|\{[a-z_]+\}")
LATIN_WORD = re.compile(r"[A-Za-z]+")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
STATUSES_RU = {"Аннулирован", "Списан", "Оплачен", "Спорный", "Просрочен", "Частично оплачен", "Открыт"}


def latin_words(text: str) -> set[str]:
    return set(LATIN_WORD.findall(EMAIL.sub(" ", text))) - ALLOWED_LATIN


def _texts(node: Any, where: str) -> list[tuple[str, str]]:
    """Every string in a JSON-like value, with where it was found (not row ids: `_id`)."""
    if isinstance(node, str):
        return [(where, node)]
    if isinstance(node, dict):
        return [x for k, v in node.items() if not k.startswith("_") for x in _texts(v, f"{where}.{k}")]
    if isinstance(node, list):
        return [x for i, v in enumerate(node) for x in _texts(v, f"{where}[{i}]")]
    return []


ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def _base_texts(c: ApiClient, base: dict) -> list[tuple[str, str]]:
    """What a person reads in a base: names, options, views, charts, rules and every cell."""
    out = [("base", base["name"])]
    for t in base["tables"]:
        out.append(("table", t["name"]))
        for col in t["columns"]:
            out.append((f"{t['name']}.column", col["name"]))
            out += _texts([o["name"] for o in (col.get("options") or {}).get("options", [])], f"{col['name']}.options")
            out += _texts((col.get("options") or {}).get("prefix", ""), f"{col['name']}.prefix")
        for row in c.rows(table_id=t["id"]):
            for k, v in row.items():
                # A time (a created-time column) comes as ISO text; the grid shows it as a date.
                if not k.startswith("_") and not (isinstance(v, str) and ISO_TIME.fullmatch(v)):
                    out += _texts(v, f"{t['name']}.{k}")
        for rule in c.get(f"/api/tables/{t['id']}/automations")["automations"]:
            out.append(("automation", rule["name"]))
            for action in rule["actions"]:
                for key in ("message", "values", "value"):
                    out += _texts(action.get(key), f"automation {rule['name']}.{key}")
            out += _texts([f.get("value") for f in (rule["trigger"].get("filters") or {}).get("filters", [])],
                          f"automation {rule['name']}.filters")
    for v in base["views"]:
        out.append(("view", v["name"]))
    for ch in c.get(f"/api/bases/{base['id']}/charts")["charts"]:
        out += [("chart", ch["name"]), ("chart description", ch["settings"].get("description", ""))]
        data = c.get(f"/api/charts/{ch['id']}/data")
        out += _texts([x.get("label") for x in data.get("categories", [])], f"chart {ch['name']}")
        out += _texts([s.get("label") for s in data.get("series", [])], f"chart {ch['name']} series")
    return out


def _make(app: Any, email: str, language: str) -> tuple[ApiClient, dict]:
    c = ApiClient(app)
    c.signup(email)
    base = c.post("/api/bases", {"template": "receivables", "language": language}, expect=201)
    c.base = base
    return c, base


@pytest.mark.slow
def test_russian_base_has_no_english_word(app: Any) -> None:
    c, base = _make(app, "rop@example.com", "ru")
    texts = _base_texts(c, base)
    assert len(texts) > 3000  # the sample rows are in there
    english = [(where, text) for where, text in texts if latin_words(text)]
    assert english == [], english[:20]
    statuses = {r["Статус"] for r in c.rows(table_id=_table(base, "Счета")["id"])}
    assert statuses <= STATUSES_RU and "Просрочен" in statuses


@pytest.mark.slow
def test_english_base_has_no_cyrillic(app: Any) -> None:
    c, base = _make(app, "head@example.com", "en")
    russian = [(where, text) for where, text in _base_texts(c, base) if CYRILLIC.search(text)]
    assert russian == [], russian[:20]


def _table(base: dict, name: str) -> dict:
    return next(t for t in base["tables"] if t["name"] == name)


def test_russian_filter_finds_overdue_invoices(app: Any) -> None:
    c, base = _make(app, "rop@example.com", "ru")
    inv = _table(base, "Счета")
    cols = {col["name"]: col["id"] for col in inv["columns"]}
    every = c.rows(table_id=inv["id"])
    overdue = {r["_id"] for r in every if r["Статус"] == "Просрочен"}
    assert len(overdue) > 10
    # Overdue means: balance left and past the due date (dates are relative to the day the base was made).
    today = dt.date.today()
    for r in every:
        if r["_id"] in overdue:
            assert r["Остаток долга"] > 0 and dt.date.fromisoformat(r["Срок оплаты"][:10]) < today

    def filtered(column: str, value: str) -> set[str]:
        tree = {"conjunction": "and", "filters": [{"column_id": cols[column], "operator": "is", "value": value}]}
        got = c.get(f"/api/tables/{inv['id']}/rows?limit=1000&filters={quote(json.dumps(tree))}")
        return {r["_id"] for r in got["rows"]}

    assert filtered("Статус", "Просрочен") == overdue
    # The values the pick-list offers are the ones the filter finds.
    values = c.get(f"/api/columns/{cols['Статус']}/values")
    assert set(values["values"]) == {r["Статус"] for r in every} and values["truncated"] is False
    assert STATUSES_RU >= set(values["values"])
    for value in values["values"]:
        assert filtered("Статус", value) == {r["_id"] for r in every if r["Статус"] == value}
    buckets = c.get(f"/api/columns/{cols['Корзина просрочки']}/values")["values"]
    assert set(buckets) <= {"Не просрочен", "1–30", "31–60", "61–90", "90+", "Закрыт"} and "Не просрочен" in buckets
    # A lookup (the customer's manager) offers the managers' names; picking one filters by it.
    managers = c.get(f"/api/columns/{cols['Менеджер']}/values")["values"]
    assert managers and set(managers) == {m for r in every for m in r["Менеджер"]}
    for name in managers:
        assert filtered("Менеджер", name) == {r["_id"] for r in every if r["Менеджер"] == [name]}
    # A saved view with the same filter shows the same rows.
    view = c.post(f"/api/tables/{inv['id']}/views", {"name": "Просроченные счета", "settings": {"filters": {
        "conjunction": "and", "filters": [{"column_id": cols["Статус"], "operator": "is", "value": "Просрочен"}]}}},
        expect=201)
    assert c.get(f"/api/views/{view['view']['id']}/count")["count"] == len(overdue)


def test_column_values_are_bounded_and_private(app: Any) -> None:
    c, base = _make(app, "rop@example.com", "ru")
    inv = _table(base, "Счета")
    number = next(col for col in inv["columns"] if col["name"] == "Номер счёта")
    got = c.get(f"/api/columns/{number['id']}/values?limit=5")
    assert len(got["values"]) == 5 and got["truncated"] is True
    assert got["values"] == sorted(got["values"])
    c.get(f"/api/columns/{number['id']}/values?limit=0", expect=422)
    c.get(f"/api/columns/{number['id']}/values?limit=100000", expect=422)
    c.get("/api/columns/999999/values", expect=404)
    outsider = ApiClient(app)
    outsider.signup("out@example.com")
    outsider.get(f"/api/columns/{number['id']}/values", expect=404)


def test_invoices_open_on_what_a_head_of_sales_asks_first(app: Any) -> None:
    for language, first in (("ru", ["Номер счёта", "Клиент", "Срок оплаты", "Сумма", "Остаток долга", "Статус",
                                     "Дней просрочки"]),
                            ("en", ["Invoice No.", "Customer", "Due date", "Total", "Balance", "Status",
                                    "Days overdue"])):
        c = ApiClient(app)
        c.signup(f"{language}@example.com")
        base = c.post("/api/bases", {"template": "receivables", "language": language, "sample_data": False},
                      expect=201)
        inv = _table(base, "Счета" if language == "ru" else "Invoices")
        c.post("/api/bases", {"template": "receivables", "language": "de"}, expect=422)
        names = [col["name"] for col in sorted(inv["columns"], key=lambda col: col["position"])]
        assert names[:7] == first
        assert len(names) > 20  # the rest follow


def test_month_axes_are_dates_the_app_spells(app: Any) -> None:
    """A chart over months groups a date column by month, so the web app writes «дек. 2025» /
    "Dec 2025" in the reader's language; a text column of ISO months ("2025-12") would reach the
    axis as it is, in no language."""
    c, base = _make(app, "rop@example.com", "ru")
    iso = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
    for ch in c.get(f"/api/bases/{base['id']}/charts")["charts"]:
        if ch["settings"]["type"] == "number":
            continue
        data = c.get(f"/api/charts/{ch['id']}/data")
        keys = [x["key"] for x in data["categories"]]
        if ch["settings"].get("period_end"):  # the periods are the axis: month keys of a date axis
            assert data["axes"]["x"] == {"kind": "date", "granularity": "month"}, ch["name"]
        elif not ch["settings"]["x"].get("granularity"):
            assert not [k for k in keys if isinstance(k, str) and iso.match(k)], (ch["name"], keys)
    dso = next(ch for ch in c.get(f"/api/bases/{base['id']}/charts")["charts"]
               if ch["name"] == "Оборачиваемость ДЗ по месяцам")
    assert dso["settings"]["period_end"]["granularity"] == "month"
    assert len(c.get(f"/api/charts/{dso['id']}/data")["categories"]) == 12


def test_sample_dates_follow_the_day_the_base_is_made(app: Any) -> None:
    c, base = _make(app, "rop@example.com", "en")
    today = dt.date.today()
    due = [dt.date.fromisoformat(r["Due date"][:10]) for r in c.rows(table_id=_table(base, "Invoices")["id"])]
    assert min(due) >= today - dt.timedelta(days=200) and max(due) <= today + dt.timedelta(days=60)
    assert any(today <= d <= today + dt.timedelta(days=6) for d in due)  # due this week


def test_every_text_of_the_template_has_both_languages() -> None:
    from server.templates import LANGUAGES, load_template

    tpl = load_template("receivables")
    for lang in LANGUAGES:
        localised(tpl, lang)  # raises on a text that lacks a language
    with pytest.raises(ApiError):
        localised({"name": {"en": "Overdue"}}, "ru")
    assert localised({"a": [{"en": "Overdue", "ru": "Просрочен"}, {"$days": -3}]}, "ru") == \
        {"a": ["Просрочен", {"$days": -3}]}


def test_cli_demo_takes_a_language(app: Any, db_url: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from server.cli import DEMO_EMAIL, DEMO_PASSWORD, cli

    monkeypatch.setenv("TABLO_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("TABLO_DATABASE_URL", db_url)
    monkeypatch.setenv("TABLO_SECRET_KEY", "test-secret")
    res = CliRunner().invoke(cli, ["demo", "--lang", "en"])
    assert res.exit_code == 0, res.output
    c = ApiClient(app)
    c.login(DEMO_EMAIL, DEMO_PASSWORD)
    (summary,) = c.get("/api/bases")["bases"]
    assert summary["name"] == "Accounts receivable"
    assert c.get("/api/me")["user"]["locale"] == "en"
    res = CliRunner().invoke(cli, ["demo", "--lang", "de"])
    assert res.exit_code != 0


def test_a_blank_base_is_named_in_the_owners_language(app: Any, db_url: str, tmp_path: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A base made without a template: its first table and primary column are named in the
    language the web app sends, else in the account's; the CLI's `--language` likewise."""
    from click.testing import CliRunner

    from server.cli import cli

    c = ApiClient(app)
    c.signup("olga@example.com")
    c.patch("/api/me", {"locale": "ru"})

    def first(base: dict) -> tuple[str, str]:
        table = base["tables"][0]
        return table["name"], table["columns"][0]["name"]

    assert first(c.post("/api/bases", {"name": "Клиенты"}, expect=201)) == ("Таблица 1", "Название")
    assert first(c.post("/api/bases", {"name": "Clients", "language": "en"}, expect=201)) == ("Table 1", "Name")
    c.patch("/api/me", {"locale": "en"})
    assert first(c.post("/api/bases", {"name": "Clients"}, expect=201)) == ("Table 1", "Name")
    made = c.post("/api/bases", {"name": "Клиенты", "language": "ru"}, expect=201)
    assert first(made) == ("Таблица 1", "Название")
    # Rows are written by the Russian name, as a person (or a script) reads it.
    c.insert([{"Название": "ООО «Ромашка»"}], table_id=made["tables"][0]["id"])
    assert [r["Название"] for r in c.rows(table_id=made["tables"][0]["id"])] == ["ООО «Ромашка»"]
    bad = c.post("/api/bases", {"name": "X", "language": "de"}, expect=422).get_json()
    assert "language" in bad["error"]["fields"]

    monkeypatch.setenv("TABLO_DATA_DIR", str(tmp_path / "cli-data"))
    monkeypatch.setenv("TABLO_DATABASE_URL", db_url)
    monkeypatch.setenv("TABLO_SECRET_KEY", "test-secret")
    res = CliRunner().invoke(cli, ["create-base", "--owner", "olga@example.com", "--name", "Склад",
                                   "--language", "ru"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(cli, ["create-base", "--owner", "olga@example.com", "--name", "Stock"])
    assert res.exit_code == 0, res.output  # no --language: the account's (English now)
    bases = {b["name"]: b["id"] for b in c.get("/api/bases")["bases"]}
    assert first(c.get(f"/api/bases/{bases['Склад']}")) == ("Таблица 1", "Название")
    assert first(c.get(f"/api/bases/{bases['Stock']}")) == ("Table 1", "Name")
