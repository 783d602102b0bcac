"""SeaTable-compatible API: scripts written for SeaTable's Python client (`seatable-api`)
run against Tablo with only the server URL and token changed.

Serves the token exchange (`/api/v2.1/dtable/app-access-token/`) and the API-gateway routes
(`/api-gateway/api/v2/dtables/<uuid>/...`): metadata, rows, tables and columns (schema_ops),
links and a SELECT subset of SQL compiled onto our own tables. See docs/seatable-compatibility.md.
"""

from __future__ import annotations

from flask import Flask

from . import links, routes, schema_ops  # noqa: F401  (routes register on import)
from .common import bp


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
