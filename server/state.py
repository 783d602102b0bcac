"""The per-process state the app shares: configuration, database, schema cache."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from flask import current_app

if TYPE_CHECKING:  # types only: every layer imports this module, so it imports none of them
    from server.catalog.model import SchemaCache
    from server.config import Config
    from server.storage.engine import Database


@dataclass
class TabloState:
    config: Config
    db: Database
    schema_cache: SchemaCache


def state() -> TabloState:
    return current_app.extensions["tablo"]
