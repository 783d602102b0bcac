"""The Flask application factory."""

from __future__ import annotations

import logging
import tempfile
from typing import IO, Any, cast

from flask import Flask, Request, current_app, request
from werkzeug.exceptions import HTTPException

from server import plugins
from server.catalog.migrate import ensure_current
from server.catalog.model import SchemaCache
from server.config import Config, load_config
from server.errors import ApiError
from server.state import TabloState
from server.storage.engine import Database

log = logging.getLogger(__name__)


class UploadRequest(Request):
    """Flask's request, but uploaded files spool to the data folder rather than the system temp folder.

    Werkzeug keeps a file part in memory up to 500 KB and then on disk; imports go up to
    TABLO_MAX_IMPORT_BYTES (2 GB), which /tmp (often a RAM disk) may not hold.
    """

    def _get_file_stream(self, total_content_length: int | None, content_type: str | None,
                         filename: str | None = None, content_length: int | None = None) -> IO[bytes]:
        folder = current_app.extensions["tablo"].config.upload_tmp_dir
        return cast(IO[bytes], tempfile.SpooledTemporaryFile(max_size=500 * 1024, mode="rb+", dir=folder))


def create_app(config: Config | None = None) -> Flask:
    config = config or load_config()
    app = Flask(__name__, static_folder="static", static_url_path="/static")
    app.request_class = UploadRequest
    app.config["SECRET_KEY"] = config.secret_key
    # Uploads are checked against max_upload_bytes while streaming; JSON bodies get a cap here.
    # Import uploads raise it for their own request to max_import_bytes (server.api.io._import_upload).
    app.config["MAX_CONTENT_LENGTH"] = config.max_upload_bytes + 1024 * 1024
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    db = Database(config.database_url)
    # Raises CatalogError (with what to do) for a database this code cannot or may not upgrade.
    ensure_current(db.engine, upgrade=config.auto_upgrade)
    app.extensions["tablo"] = TabloState(config=config, db=db, schema_cache=SchemaCache())

    from server.api import admin, auth, bases, files, openapi, password_reset, rows, tables, twofactor  # noqa: F401  (routes register on import)
    from server.api.inbound import CONVERTERS as PATH_CONVERTERS
    from server.api.routing import api, check_request_text
    from server.web import web

    # Path ids past what the database holds name nothing (404), see decision 0014.
    app.url_map.converters.update(PATH_CONVERTERS)
    plugins.init_app(app)  # column and view types, actions, checks, subscribers, feature routes
    app.register_blueprint(api)
    app.register_blueprint(web)

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError) -> Any:
        return exc.to_json(), exc.status

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Any:
        if not request.path.startswith("/api/"):
            return exc
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(exc.code or 500, "http_error")
        message = {404: "No such endpoint.", 413: "The request is too large."}.get(exc.code or 500, exc.description)
        return {"error": {"code": code, "message": message, "fields": {}}}, exc.code

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Any:
        log.exception("unexpected error on %s %s", request.method, request.path)
        return {"error": {"code": "internal", "message": "Something went wrong on the server; nothing was changed.",
                          "fields": {}}}, 500

    @app.before_request
    def _inbound_text() -> None:
        check_request_text()  # query strings and path parameters (decision 0014)

    @app.after_request
    def _headers(resp: Any) -> Any:
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        resp.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return resp

    return app
