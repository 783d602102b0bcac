"""The live WebSocket endpoint, /api/bases/{base_id}/live, and the bridge from the publish hook.

The caller is authenticated and their role in the base checked *before* the upgrade: a
non-member gets the same 404 JSON as over HTTP and no WebSocket is ever opened. The upgrade
itself is done with simple-websocket the way flask-sock does it (flask-sock's `Sock.route`
would accept first and ask questions later, and it has no per-app state we need).
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, current_app, has_app_context, request

from server.actions import events
from server.api.access import base_role
from server.api.routing import ROUTES, RouteSpec, api, require_principal
from server.errors import ApiError, forbidden
from server.realtime import protocol
from server.realtime.connection import Conn, LiveSocket
from server.realtime.hub import Hub, all_hubs
from server.realtime.pgfanout import published
from server.state import state

_create_lock = threading.Lock()
HUB_KEY = "tablo_live"


def hub_for(app: Flask) -> Hub:
    """The app's hub, made on first use (apps that never see a socket never start one)."""
    hub = app.extensions.get(HUB_KEY)
    if hub is None:
        with _create_lock:
            hub = app.extensions.get(HUB_KEY)
            if hub is None:
                st = app.extensions["tablo"]
                hub = app.extensions[HUB_KEY] = Hub(st.db, st.schema_cache)
    return hub


def _on_publish(entry: dict[str, Any]) -> None:
    """Publish hook: committed actions and membership changes reach this process's sockets."""
    if entry.get("kind") == "credential_ended":
        hubs = [current_app.extensions.get(HUB_KEY)] if has_app_context() else all_hubs()
        for hub in hubs:
            if hub is not None:
                hub.on_credential_ended(entry["credential"])
        return
    if entry.get("kind") == "membership":
        base_id, user_id = entry["base_id"], entry["user_id"]
        if has_app_context():
            hub = current_app.extensions.get(HUB_KEY)
            if hub is not None:
                hub.on_membership(base_id, user_id)
            db = current_app.extensions["tablo"].db
            if not db.is_sqlite:  # other processes' sockets of this user must learn it too
                from server.realtime.pgfanout import send_membership

                send_membership(db, base_id, user_id)
        else:
            for hub in all_hubs():
                hub.on_membership(base_id, user_id)
        return
    published(entry["base_id"], entry["version"])
    if has_app_context():
        hub = current_app.extensions.get(HUB_KEY)
        if hub is not None:
            hub.on_entry(entry)
        return
    # Server code outside a request (imports, templates from the CLI): no app to ask which
    # database the entry came from, so each hub re-reads its own log for that base.
    for hub in all_hubs():
        hub.on_version(entry["base_id"], entry["version"])


def install() -> None:
    """Bridge the publish hook to this process's hubs; `server.plugins` calls it first, so live
    pushes go out before the other after-commit work."""
    events.subscribe(_on_publish)


def _same_origin() -> bool:
    """Browsers send cookies with cross-site WebSocket handshakes; only our own pages may use them."""
    origin = request.headers.get("Origin")
    if not origin:
        return True  # not a browser (scripts use tokens or send no Origin)
    return urlsplit(origin).netloc == request.host


def live_socket(base_id: int) -> Any:
    principal = require_principal()
    if principal.via == "session" and not _same_origin():
        raise forbidden("Cross-site WebSocket connections are not allowed.")
    role = base_role(principal, base_id, "viewer")
    if request.headers.get("Upgrade", "").lower() != "websocket":
        raise ApiError(426, "websocket_required", "This endpoint speaks WebSocket; connect with a WebSocket client.")
    st = state()
    hub = hub_for(current_app._get_current_object())  # type: ignore[attr-defined]
    limits = hub.limits
    # Protocol-level pings find dead TCP peers; application pings (heartbeat_seconds) carry the version.
    # Frames over max_frame_bytes get an error frame and a clean 1009 from the connection; only
    # far larger ones are cut off by simple-websocket itself, without reading them whole.
    ws = LiveSocket(request.environ, ping_interval=limits.dead_after_seconds,
                    max_message_size=limits.max_frame_bytes * 4)
    if not hub.claim_socket(st.config.max_sockets):
        # Accepted only to say why: a refused upgrade (503) reads as a network failure to a
        # browser, while a close code and an error frame tell the client to retry later.
        message = f"This server process holds its limit of {st.config.max_sockets} live connections; try again later."
        ws.send(protocol.encode(protocol.error_frame("server_full", message)))
        ws.close(protocol.CLOSE_TRY_AGAIN, "server full, try again later")
        return _after_socket(ws)
    try:
        conn = Conn(hub, ws, principal, base_id, role, files_dir=st.config.files_dir,
                    max_batch=st.config.max_batch_rows)
        conn.serve()
    finally:
        hub.release_socket()
        ws.close()
    return _after_socket(ws)


def _after_socket(ws: LiveSocket) -> Response:
    """The response a WSGI server expects once the socket was taken over (as flask-sock does)."""

    class WebSocketResponse(Response):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            if ws.mode == "gunicorn":
                raise StopIteration()
            if ws.mode == "werkzeug":
                return super().__call__(*args, **kwargs)
            return []

    return WebSocketResponse()


def live_plain(base_id: int) -> Any:
    """The same path without an upgrade: the same checks, then 426."""
    principal = require_principal()
    base_role(principal, base_id, "viewer")
    raise ApiError(426, "websocket_required", "This endpoint speaks WebSocket; connect with a WebSocket client.")


# websocket=True: Werkzeug routes upgrade requests only to rules marked as WebSocket rules,
# and plain requests only to the others.
api.add_url_rule("/bases/<id:base_id>/live", "live_socket", live_socket, methods=["GET"], websocket=True)
api.add_url_rule("/bases/<id:base_id>/live", "live_plain", live_plain, methods=["GET"])
ROUTES.append(RouteSpec(
    path="/bases/{base_id}/live", methods=["GET"], tag="live", endpoint="live_socket",
    summary="Live collaboration WebSocket (JSON frames; see docs/live-protocol.md)",
    description=("Upgrade to a WebSocket. Authenticate with the session cookie (same-origin only) or "
                 "Authorization: Bearer <token>. Non-members get 404 before any upgrade. "
                 f"Protocol version {protocol.PROTOCOL_VERSION}."),
    responses={101: "switching protocols", 426: "not a WebSocket request"},
))
