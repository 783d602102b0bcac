"""Webhook delivery: an outbox table filled after commit, emptied by a worker thread.

After an action commits, each active webhook of the base whose events match gets a delivery
row holding the JSON body (the action's events with before / after values). The worker
POSTs due deliveries, signs the body with HMAC-SHA256 when the hook has a secret
(`X-Tablo-Signature: sha256=<hex>`), retries failures with exponential back-off, and after
`webhook_disable_after` deliveries in a row have failed for good, switches the hook off with
the reason. Deliveries are claimed with a conditional UPDATE, so several workers (processes
on PostgreSQL) never send one twice.

No server-side request forgery: the host is resolved and every address checked; loopback,
private, link-local, multicast, reserved and unspecified addresses are refused unless the
admin setting `webhooks_allow_private` is on, and the connection goes to the address that
was checked (no second lookup an attacker's DNS could answer differently). Redirects are
not followed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import http.client
import ipaddress
import json
import logging
import socket
import ssl
import time
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from flask import current_app

from server.auth.service import get_setting
from server.catalog import schema as cat
from server.state import state
from server.workers import Worker, setting, team_runtime

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Tablo-Signature"
EVENT_HEADER = "X-Tablo-Event"
MAX_BODY_BYTES = 5 * 1024 * 1024
CLAIM_BATCH = 20
# A delivery claimed this long ago and still "sending" was left by a process that died.
STUCK_AFTER_S = 300.0


class Refused(Exception):
    """The target is not one we may call (bad scheme, private address, no such host)."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def allow_private(conn: sa.Connection | None = None) -> bool:
    if setting("webhooks_allow_private", False):
        return True
    if conn is None:
        with state().db.read() as c:
            return bool(get_setting(c, "webhooks_allow_private", False))
    return bool(get_setting(conn, "webhooks_allow_private", False))


def parse_url(url: str) -> tuple[str, str, int, str]:
    """scheme, host, port, path+query of an http(s) URL; Refused for anything else."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise Refused(f"not a valid URL: {exc}") from exc
    if parts.scheme not in ("http", "https"):
        raise Refused("only http and https URLs can receive webhooks")
    if not parts.hostname:
        raise Refused("the URL has no host")
    if parts.username or parts.password:
        raise Refused("credentials in the URL are not allowed; use the secret")
    port = port or (443 if parts.scheme == "https" else 80)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.scheme, parts.hostname, port, path


def _forbidden_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
            or ip.is_unspecified or not ip.is_global)


def resolve(host: str, port: int, private_ok: bool) -> str:
    """The address to connect to: every address the host resolves to must be public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise Refused(f"the host {host!r} cannot be resolved") from exc
    addrs = [info[4][0] for info in infos]
    if not addrs:
        raise Refused(f"the host {host!r} has no address")
    if not private_ok:
        for a in addrs:
            if _forbidden_address(ipaddress.ip_address(a.split("%", 1)[0])):
                raise Refused(f"the host {host!r} resolves to {a}, a loopback, private or reserved address")
    return addrs[0]


def check_target(url: str, private_ok: bool) -> None:
    _, host, port, _ = parse_url(url)
    resolve(host, port, private_ok)


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def post(url: str, body: bytes, headers: dict[str, str], private_ok: bool, timeout: float) -> int:
    """POST to the pinned, checked address; returns the HTTP status (raises on network errors)."""
    scheme, host, port, path = parse_url(url)
    ip = resolve(host, port, private_ok)

    def connect(address: tuple[str, int], timeout: Any = None, source_address: Any = None) -> socket.socket:
        return socket.create_connection((ip, address[1]), timeout, source_address)

    if scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            host, port, timeout=timeout, context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)
    conn._create_connection = connect  # type: ignore[attr-defined]  # pin the checked address
    try:
        conn.request("POST", path, body=body, headers=headers)
        resp = conn.getresponse()
        resp.read(64 * 1024)
        return resp.status
    finally:
        conn.close()


# -- outbox -------------------------------------------------------------------------------------
def enqueue(conn: sa.Connection, base_id: int, entry: dict[str, Any], events: list[dict]) -> int:
    """Queue one delivery per matching (hook, event); returns how many were queued."""
    w = cat.webhooks
    hooks = conn.execute(sa.select(w.c.id, w.c.events).where(w.c.base_id == base_id, w.c.active.is_(True))).all()
    if not hooks or not events:
        return 0
    user = None
    if entry.get("user_id"):
        u = conn.execute(sa.select(cat.users.c.id, cat.users.c.name, cat.users.c.email)
                         .where(cat.users.c.id == entry["user_id"])).first()
        user = {"id": u.id, "name": u.name, "email": u.email} if u else None
    now = _now()
    records = []
    for ev in events:
        public = {k: v for k, v in ev.items() if k != "rows"}
        if "rows" in ev:
            public["rows"] = [{k: v for k, v in r.items() if k != "raw"} for r in ev["rows"]]
        body = json.dumps({"event": ev["event"], "base_id": base_id, "version": entry["version"],
                           "action_id": entry["id"], "action_type": entry["type"], "kind": entry["kind"],
                           "user": user, "time": entry["created_at"], "data": public},
                          ensure_ascii=False, default=str)
        for h in hooks:
            if ev["event"] in (h.events or []):
                records.append({"webhook_id": h.id, "action_id": entry["id"], "event": ev["event"], "body": body,
                                "status": "pending", "attempts": 0, "next_attempt_at": now, "created_at": now})
    if records:
        conn.execute(sa.insert(cat.webhook_deliveries), records)
    return len(records)


def worker() -> Worker:
    rt = team_runtime()
    if "webhooks" not in rt:
        rt["webhooks"] = Worker(current_app._get_current_object(), "tablo-webhooks", step)  # type: ignore[attr-defined]
    return rt["webhooks"]


def kick() -> None:
    worker().kick()


def wait_idle(timeout: float = 10.0) -> bool:
    rt = team_runtime()
    return rt["webhooks"].wait_idle(timeout) if "webhooks" in rt else True


def step(now: dt.datetime | None = None) -> float | None:
    """Send what is due; seconds until the next retry, or None when nothing is pending."""
    d = cat.webhook_deliveries
    db = state().db
    now = now or _now()
    with db.read() as conn:
        # Writes only when there is something to fix: an idle tick takes no write lock.
        stuck = conn.execute(sa.select(d.c.id).where(
            d.c.status == "sending", d.c.next_attempt_at < now - dt.timedelta(seconds=STUCK_AFTER_S)).limit(1)).first()
    if stuck is not None:
        with db.write() as conn:
            recover_stuck(conn)
    with db.read() as conn:
        due = conn.execute(sa.select(d.c.id).where(d.c.status == "pending", d.c.next_attempt_at <= now)
                           .order_by(d.c.id).limit(CLAIM_BATCH)).scalars().all()
    for delivery_id in due:
        _deliver_one(delivery_id)
    with db.read() as conn:
        nxt = conn.execute(sa.select(sa.func.min(d.c.next_attempt_at)).where(d.c.status == "pending")).scalar()
    if nxt is None:
        return None
    return max((nxt - _now()).total_seconds(), 0.0)


def _deliver_one(delivery_id: int) -> None:
    d, w = cat.webhook_deliveries, cat.webhooks
    db = state().db
    with db.write() as conn:
        claimed = conn.execute(sa.update(d).where(d.c.id == delivery_id, d.c.status == "pending")
                               .values(status="sending", attempts=d.c.attempts + 1, next_attempt_at=_now()))
        if claimed.rowcount != 1:
            return  # another worker has it
        row = conn.execute(sa.select(d, w.c.url, w.c.secret, w.c.active).join(w, w.c.id == d.c.webhook_id)
                           .where(d.c.id == delivery_id)).one()
        private_ok = allow_private(conn)
    if not row.active:
        with db.write() as conn:
            conn.execute(sa.update(d).where(d.c.id == delivery_id)
                         .values(status="skipped", last_error="the webhook is disabled", finished_at=_now()))
        return
    body = row.body.encode()
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "Tablo-Webhooks/1",
               EVENT_HEADER: row.event, "X-Tablo-Delivery": str(delivery_id)}
    if row.secret:
        headers[SIGNATURE_HEADER] = sign(row.secret, body)
    status: int | None = None
    error: str | None = None
    permanent = False
    started = time.monotonic()
    try:
        status = post(row.url, body, headers, private_ok, float(setting("webhook_timeout_seconds", 10.0)))
        if not 200 <= status < 300:
            error = f"HTTP {status}"
    except Refused as exc:
        error, permanent = f"refused: {exc}", True
    except (OSError, http.client.HTTPException) as exc:
        error = f"{type(exc).__name__}: {exc}"[:500]
    log.debug("webhook delivery %s -> %s in %.3fs", delivery_id, status or error, time.monotonic() - started)
    _record(delivery_id, row.webhook_id, row.attempts, status, error, permanent)


def _record(delivery_id: int, webhook_id: int, attempts: int, status: int | None, error: str | None,
            permanent: bool) -> None:
    d, w = cat.webhook_deliveries, cat.webhooks
    max_attempts = int(setting("webhook_max_attempts", 6))
    base_delay = float(setting("webhook_retry_seconds", 30.0))
    disable_after = int(setting("webhook_disable_after", 5))
    now = _now()
    with state().db.write() as conn:
        if error is None:
            conn.execute(sa.update(d).where(d.c.id == delivery_id)
                         .values(status="ok", last_status=status, last_error=None, finished_at=now))
            conn.execute(sa.update(w).where(w.c.id == webhook_id).values(failures=0))
            return
        if not permanent and attempts < max_attempts:
            delay = base_delay * (2 ** (attempts - 1))
            conn.execute(sa.update(d).where(d.c.id == delivery_id).values(
                status="pending", last_status=status, last_error=error,
                next_attempt_at=now + dt.timedelta(seconds=delay)))
            return
        conn.execute(sa.update(d).where(d.c.id == delivery_id)
                     .values(status="failed", last_status=status, last_error=error, finished_at=now))
        failures = conn.execute(sa.update(w).where(w.c.id == webhook_id).values(failures=w.c.failures + 1)
                                .returning(w.c.failures)).scalar_one()
        if permanent or failures >= disable_after:
            why = (f"{failures} deliveries in a row failed; the last: {error}" if not permanent
                   else f"the target was refused: {error}")
            conn.execute(sa.update(w).where(w.c.id == webhook_id, w.c.active.is_(True))
                         .values(active=False, disabled_reason=why[:1000]))
            conn.execute(sa.update(d).where(d.c.webhook_id == webhook_id, d.c.status == "pending")
                         .values(status="skipped", last_error="the webhook was disabled", finished_at=now))


def recover_stuck(conn: sa.Connection, older_than_s: float | None = None) -> None:
    """Deliveries left 'sending' (claimed over `older_than_s` ago) by a process that died go back."""
    d = cat.webhook_deliveries
    older_than_s = STUCK_AFTER_S if older_than_s is None else older_than_s
    conn.execute(sa.update(d).where(d.c.status == "sending",
                                    d.c.next_attempt_at < _now() - dt.timedelta(seconds=older_than_s))
                 .values(status="pending"))
