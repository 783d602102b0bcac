"""The template registry: the ways a new base can start (a blank base, the receivables base…).

A template is an id, a name and a description in every interface language, the names of the
tables it makes, and how it makes a base (`create`). `GET /api/templates` lists the registered
ones and `POST /api/bases {"template": id}` asks the registry for the id, so neither the core
nor the API names a template. A new template is one module (a `Template` subclass, or a
`templates/<id>.json` file served by `server.templates.JsonTemplate`) plus one
`register_template` line in `server/plugins.py` (docs/templates.md, «Adding a template»).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from server.errors import not_found

# The interface languages a base can be made in (decision 0016): every template speaks them all.
LANGUAGES = ("en", "ru")


class Template(ABC):
    """One way to start a base. Subclasses set `id` and implement the four abstract methods
    (an incomplete subclass cannot be made, so it never reaches the registry)."""

    id: str

    @abstractmethod
    def name(self, language: str) -> str:
        """The template's name in `language` (also the new base's name unless one is given)."""

    @abstractmethod
    def description(self, language: str) -> str:
        """One sentence on what the base is for, in `language`."""

    @abstractmethod
    def tables(self, language: str) -> list[str]:
        """The names of the tables a base made in `language` starts with."""

    @abstractmethod
    def create(self, user_id: int, *, name: str | None = None, sample_data: bool = True,
               language: str | None = None, client_id: str | None = None) -> int:
        """Make a base owned by `user_id` and return its id. `language` (en or ru; else the
        owner's interface language) is the one language of everything the base is given;
        `sample_data` False leaves out sample rows; `client_id` names the client whose undo
        stack gets the work, if it is an action."""

    def to_json(self, language: str) -> dict[str, Any]:
        """The entry of GET /api/templates: texts in `language` and in every language."""
        return {"id": self.id, "name": self.name(language), "description": self.description(language),
                "tables": self.tables(language),
                "names": {lang: self.name(lang) for lang in LANGUAGES},
                "descriptions": {lang: self.description(lang) for lang in LANGUAGES}}


_TEMPLATES: dict[str, Template] = {}


def register_template(template: Template) -> Template:
    """Add a template (offered in registration order); an id registered twice is a mistake."""
    if template.id in _TEMPLATES:
        raise ValueError(f"template {template.id!r} is registered twice")
    _TEMPLATES[template.id] = template
    return template


def get_template(template_id: Any) -> Template:
    """The registered template with this id; 404 for any other value."""
    template = _TEMPLATES.get(template_id) if isinstance(template_id, str) else None
    if template is None:
        raise not_found("No such template.")
    return template


def templates() -> list[Template]:
    return list(_TEMPLATES.values())
