"""Email through an SMTP server, when one is configured (smtp_host); sent by a worker thread.

Settings (config.extra or TABLO_SMTP_*): smtp_host, smtp_port (25), smtp_user,
smtp_password, smtp_from, smtp_starttls (False), smtp_ssl (False). Without smtp_host no mail
is sent and nothing is queued.
"""

from __future__ import annotations

import logging
import queue
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage

from flask import current_app

from server.workers import Worker, setting, team_runtime

log = logging.getLogger(__name__)

Done = Callable[[bool, str | None], None]


@dataclass
class Mail:
    to: str
    subject: str
    text: str
    on_done: Done | None = None
    # (file name, bytes, MIME type) of files sent with the message (an automation's document).
    attachments: list[tuple[str, bytes, str]] = field(default_factory=list)


def configured() -> bool:
    return bool(setting("smtp_host", ""))


def send_now(mail: Mail) -> None:
    """Send one message; raises on failure."""
    host = setting("smtp_host", "")
    port = int(setting("smtp_port", 25))
    msg = EmailMessage()
    msg["From"] = setting("smtp_from", "tablo@localhost")
    msg["To"] = mail.to
    msg["Subject"] = mail.subject
    msg.set_content(mail.text)
    for name, data, mime in mail.attachments:
        main, _, sub = mime.partition("/")
        msg.add_attachment(data, maintype=main, subtype=sub or "octet-stream", filename=name)
    cls = smtplib.SMTP_SSL if setting("smtp_ssl", False) else smtplib.SMTP
    with cls(host, port, timeout=15) as smtp:
        if setting("smtp_starttls", False):
            smtp.starttls(context=ssl.create_default_context())
        user = setting("smtp_user", "")
        if user:
            smtp.login(user, setting("smtp_password", ""))
        smtp.send_message(msg)


def _outbox() -> tuple[queue.Queue, Worker]:
    rt = team_runtime()
    if "mail" not in rt:
        q: queue.Queue[Mail] = queue.Queue()

        def step() -> float | None:
            try:
                mail = q.get_nowait()
            except queue.Empty:
                return None
            try:
                send_now(mail)
                ok, err = True, None
            except Exception as exc:  # an unreachable server must not break the app
                log.warning("mail to %s failed: %s", mail.to, exc)
                ok, err = False, str(exc)[:500]
            if mail.on_done is not None:
                mail.on_done(ok, err)
            return 0.0

        rt["mail"] = (q, Worker(current_app._get_current_object(), "tablo-mail", step))  # type: ignore[attr-defined]
    return rt["mail"]


def queue_mail(mail: Mail) -> bool:
    """Queue a message for the worker; False (and nothing queued) when SMTP is not configured."""
    if not configured():
        return False
    q, worker = _outbox()
    q.put(mail)
    worker.kick()
    return True


def wait_sent(timeout: float = 10.0) -> bool:
    rt = team_runtime()
    if "mail" not in rt:
        return True
    return rt["mail"][1].wait_idle(timeout)
