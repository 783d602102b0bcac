"""A shared fixture: one table with a column of EVERY registered type, filled with sample rows.

Other test modules use it through a fixture of their own (importing a fixture into a test
module trips ruff's F811):

    from tests.fixtures_types import EveryTypeTable, build_every_type_table

    @pytest.fixture
    def table(owner: ApiClient) -> EveryTypeTable:
        return build_every_type_table(owner)

`every_type_table` gives an `EveryTypeTable` with the owner client, the table id, the column
of each type (by type id), and the ids of the sample rows. Values cover each type's
interesting shapes: Cyrillic text, decimals, both select types, a member, uploaded files.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.helpers import ApiClient

# A 1×1 PNG: a real image for image columns.
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)

# The foundation's types, in the order the fixture adds them. Link, lookup, rollup and formula
# register themselves later and need options naming other tables or columns; their own test
# modules cover them.
FOUNDATION_TYPES: list[str] = [
    "text", "long-text", "number", "checkbox", "date", "duration", "single-select", "multiple-select", "email",
    "url", "phone", "rate", "auto-number", "collaborator", "file", "image", "ctime", "mtime", "creator",
    "last-modifier", "geolocation",
]

# Column options per type (types not named here take their defaults).
TYPE_OPTIONS: dict[str, dict] = {
    "number": {"format": "currency", "precision": 2, "currency_symbol": "₽"},
    "date": {"format": "DD.MM.YYYY"},
    "duration": {"format": "h:mm"},
    "single-select": {"options": [{"name": "Open"}, {"name": "Paid"}, {"name": "Да"}]},
    "multiple-select": {"options": [{"name": "A"}, {"name": "B"}, {"name": "Open"}]},
    "rate": {"max": 5},
    "auto-number": {"prefix": "INV-", "digits": 4},
}


def upload(client: ApiClient, base_id: int, name: str, data: bytes, mime: str) -> dict:
    """Upload a file to a base through the API; returns the stored file record."""
    resp = client.call("POST", f"/api/bases/{base_id}/files", expect=201,
                       data={"file": (io.BytesIO(data), name, mime)}, content_type="multipart/form-data")
    return resp.get_json()


@dataclass
class EveryTypeTable:
    client: ApiClient
    table_id: int
    columns: dict[str, dict]  # type id -> column JSON
    row_ids: list[str] = field(default_factory=list)
    files: dict[str, dict] = field(default_factory=dict)

    def col(self, type_id: str) -> dict:
        return self.columns[type_id]

    def key(self, type_id: str) -> str:
        return str(self.columns[type_id]["id"])


def sample_rows(owner_email: str, files: dict[str, dict]) -> list[dict[str, Any]]:
    """API values keyed by type id (the fixture names each column after its type)."""
    return [
        {"text": "Ромашка", "long-text": "**Жирный** текст\nвторая строка", "number": "1 234,50",
         "checkbox": "да", "date": "31.12.2026", "duration": "1:30", "single-select": "Open",
         "multiple-select": ["A", "B"], "email": "anna@example.com", "url": "example.com/путь",
         "phone": "+7 (495) 123-45-67", "rate": 4, "collaborator": [owner_email],
         "file": [files["file"]["id"]], "image": [files["image"]["id"]],
         "geolocation": "55.7558, 37.6173; Красная площадь, Москва"},
        {"text": "42", "long-text": "12,5", "number": -7, "checkbox": False, "date": "2026-01-05",
         "duration": "0:45", "single-select": "Paid", "multiple-select": ["Open"], "email": None,
         "url": "https://tablo.example/x?y=1", "phone": "8 800 555 35 35", "rate": 1, "collaborator": [],
         "file": [], "image": None, "geolocation": {"lat": -33.8568, "lng": 151.2153}},
        {"text": "да"},
        {},
    ]


def build_every_type_table(client: ApiClient) -> EveryTypeTable:
    """Add a table with one column per registered type to the client's base and fill it."""
    table = client.post(f"/api/bases/{client.base_id}/tables", {"name": "Every type"}, expect=201)["table"]
    table_id = table["id"]
    columns: dict[str, dict] = {}
    for type_id in FOUNDATION_TYPES:
        columns[type_id] = client.add_column(type_id, type_id, TYPE_OPTIONS.get(type_id), table_id=table_id)
    files = {
        "file": upload(client, client.base_id, "отчёт.txt", "счёт №1".encode(), "text/plain"),
        "image": upload(client, client.base_id, "pixel.png", PNG_1PX, "image/png"),
    }
    assert client.user is not None
    rows = client.insert(sample_rows(client.user["email"], files), table_id=table_id)
    return EveryTypeTable(client=client, table_id=table_id, columns=columns, row_ids=[r["_id"] for r in rows],
                          files=files)


@pytest.fixture
def every_type_table(owner: ApiClient) -> EveryTypeTable:
    """The owner's base with a table holding a column of every registered type and four rows."""
    return build_every_type_table(owner)
