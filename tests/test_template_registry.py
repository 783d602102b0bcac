"""The template registry (server/bases/templates.py): GET /api/templates lists what
server/plugins.py registers, and POST /api/bases {"template": id} asks the registry, so a
template registered anywhere is offered and used without the API naming it. On SQLite and
PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest

from server.bases import templates as registry
from server.bases.create import create_base
from server.bases.templates import LANGUAGES, Template, get_template, register_template, templates
from server.errors import ApiError
from tests.helpers import ApiClient


def test_the_list_is_the_registry_with_names_and_descriptions_in_both_languages(owner: ApiClient) -> None:
    for language in LANGUAGES:
        listed = owner.get(f"/api/templates?language={language}")["templates"]
        assert [t["id"] for t in listed] == [t.id for t in templates()] == ["blank", "receivables"]
        for entry in listed:
            assert set(entry["names"]) == set(entry["descriptions"]) == set(LANGUAGES)
            assert all(entry["names"].values()) and all(entry["descriptions"].values())
            assert entry["name"] == entry["names"][language]
            assert entry["description"] == entry["descriptions"][language]
    ru = {t["id"]: t for t in owner.get("/api/templates?language=ru")["templates"]}
    assert ru["receivables"]["name"] == "Дебиторская задолженность"
    assert ru["receivables"]["names"]["en"] == "Accounts receivable"
    assert ru["blank"]["tables"] == ["Таблица 1"]
    owner.get("/api/templates?language=de", expect=422)


def test_the_list_is_in_the_openapi(client: ApiClient) -> None:
    spec = client.get("/api/openapi.json")
    assert "get" in spec["paths"]["/api/templates"]
    query = spec["paths"]["/api/templates"]["get"]["parameters"]
    assert any(p["name"] == "language" and p["schema"].get("enum") == ["en", "ru"] for p in query)


@pytest.mark.parametrize("language, base_name, table, column", [
    ("ru", "Пустая база", "Таблица 1", "Название"),
    ("en", "Blank base", "Table 1", "Name"),
])
def test_blank_template_makes_a_blank_base_in_its_language(owner: ApiClient, language: str, base_name: str,
                                                           table: str, column: str) -> None:
    base = owner.post("/api/bases", {"template": "blank", "language": language}, expect=201)
    assert base["name"] == base_name
    assert [t["name"] for t in base["tables"]] == [table]
    assert [c["name"] for c in base["tables"][0]["columns"]] == [column]
    named = owner.post("/api/bases", {"template": "blank", "name": "Мой учёт", "language": language}, expect=201)
    assert named["name"] == "Мой учёт"
    # Made by the system, as a blank base by name is: nothing to undo.
    owner.post(f"/api/bases/{named['id']}/undo", {}, expect=409)


def test_an_unknown_template_is_not_found(owner: ApiClient) -> None:
    before = owner.get("/api/bases")["bases"]
    err = owner.post("/api/bases", {"template": "no-such"}, expect=404).get_json()["error"]
    assert err["code"] == "not_found"
    assert owner.get("/api/bases")["bases"] == before
    # The apply_template action applies JSON templates only: the blank one is no such template.
    owner.post(f"/api/bases/{owner.base_id}/actions",
               {"action": {"type": "apply_template", "template": "blank"}}, expect=404)


class _TwoTables(Template):
    """A template only this test registers: the API must offer and use it unchanged."""

    id = "two-tables"

    def name(self, language: str) -> str:
        return {"en": "Two tables", "ru": "Две таблицы"}[language]

    def description(self, language: str) -> str:
        return {"en": "Left and right.", "ru": "Слева и справа."}[language]

    def tables(self, language: str) -> list[str]:
        return [self.name(language)]

    def create(self, user_id: int, *, name: str | None = None, sample_data: bool = True,
               language: str | None = None, client_id: str | None = None) -> int:
        return create_base(user_id, name or self.name(language or "en"), language=language)


def test_a_registered_template_is_listed_and_used(owner: ApiClient, monkeypatch: Any) -> None:
    monkeypatch.setitem(registry._TEMPLATES, "two-tables", _TwoTables())
    listed = owner.get("/api/templates?language=ru")["templates"]
    assert listed[-1] == {"id": "two-tables", "name": "Две таблицы", "description": "Слева и справа.",
                          "tables": ["Две таблицы"], "names": {"en": "Two tables", "ru": "Две таблицы"},
                          "descriptions": {"en": "Left and right.", "ru": "Слева и справа."}}
    base = owner.post("/api/bases", {"template": "two-tables", "language": "ru"}, expect=201)
    assert base["name"] == "Две таблицы" and [t["name"] for t in base["tables"]] == ["Таблица 1"]


def test_an_id_registered_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        register_template(get_template("receivables"))
    with pytest.raises(ApiError):
        get_template(None)
