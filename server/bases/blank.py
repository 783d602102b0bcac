"""The blank template: a base with one empty table, named in the base's language."""

from __future__ import annotations

from server.bases.create import FIRST_TABLE, create_base, owner_language
from server.bases.templates import Template
from server.state import state

_NAMES = {"en": "Blank base", "ru": "Пустая база"}
_DESCRIPTIONS = {"en": "One empty table with a Name column: start from scratch.",
                 "ru": "Одна пустая таблица со столбцом «Название»: начать с чистого листа."}


class BlankTemplate(Template):
    """What `POST /api/bases {"name": …}` makes, offered in the template list too."""

    id = "blank"

    def name(self, language: str) -> str:
        return _NAMES[language]

    def description(self, language: str) -> str:
        return _DESCRIPTIONS[language]

    def tables(self, language: str) -> list[str]:
        return [FIRST_TABLE[language][0]]

    def create(self, user_id: int, *, name: str | None = None, sample_data: bool = True,
               language: str | None = None, client_id: str | None = None) -> int:
        # A blank base has no sample rows and its first table is made by the system (not on
        # anyone's undo stack), so `sample_data` and `client_id` change nothing.
        if language not in FIRST_TABLE:
            with state().db.read() as conn:
                language = owner_language(conn, user_id)
        return create_base(user_id, name or self.name(language), language=language)
