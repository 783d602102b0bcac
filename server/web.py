"""Serves the web app: an HTML shell whose script tags come from Vite's manifest.

The bundle is read from server/static/dist, or from TABLO_WEB_DIST when set (so that a
developer, or a test run, can serve a build made elsewhere without touching the shared one).
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, abort, send_from_directory

web = Blueprint("web", __name__)
DIST = Path(os.environ.get("TABLO_WEB_DIST") or Path(__file__).parent / "static" / "dist")
ENTRY = "src/main.ts"


def _manifest() -> dict[str, Any] | None:
    path = DIST / ".vite" / "manifest.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())


def shell_html() -> str:
    manifest = _manifest()
    if manifest is None or ENTRY not in manifest:
        body = ("<p>The web app is not built yet. Run <code>make run</code> (or "
                "<code>cd web &amp;&amp; npm ci &amp;&amp; npm run build</code>). The API is at "
                "<a href=\"/api/docs\">/api/docs</a>.</p>")
        return f"<!doctype html><html><head><meta charset=\"utf-8\"><title>Tablo</title></head><body>{body}</body></html>"
    entry = manifest[ENTRY]
    css = "".join(f'<link rel="stylesheet" href="/static/dist/{html.escape(c)}">' for c in entry.get("css", []))
    return ("<!doctype html><html><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Tablo</title>"
            f"{css}</head><body><div id=\"app\"></div>"
            f"<script type=\"module\" src=\"/static/dist/{html.escape(entry['file'])}\"></script></body></html>")


@web.route("/static/dist/<path:name>")
def bundle(name: str) -> Response:
    resp = send_from_directory(DIST, name, max_age=31536000 if name.startswith("assets/") else 0)
    return resp


@web.route("/", defaults={"path": ""})
@web.route("/<path:path>")
def spa(path: str) -> Response:
    if path.startswith("api/") or path.startswith("static/"):
        abort(404)
    resp = Response(shell_html(), mimetype="text/html")
    resp.headers["Cache-Control"] = "no-cache"
    return resp
