"""The scheduler thread: every 30 s, in the app context, it runs due scheduled automations
and kicks the automation and webhook workers (retries, and work queued by other processes).

`init_app` (called by `server.plugins.init_app` once per app) starts it with the first
request the app serves, outside tests.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from flask import Flask

from server.automations import rules as automations
from server.automations import webhooks

log = logging.getLogger(__name__)

SCHEDULER_INTERVAL_S = 30.0


def init_app(app: Flask) -> None:
    """Start the scheduler with the first request the app serves (so importing or testing an
    app starts no thread; tests call `automations.tick(now)` with the time they want)."""
    started = threading.Event()

    @app.before_request
    def _start_scheduler() -> None:
        if started.is_set() or app.config.get("TESTING") or not app.extensions["tablo"].config.extra.get(
                "scheduler", True):
            return
        started.set()
        threading.Thread(target=_scheduler_loop, args=(app, started), name="tablo-scheduler", daemon=True).start()


def _scheduler_loop(app: Flask, started: Any) -> None:
    while True:
        try:
            with app.app_context():
                automations.tick()
                # Retries and work queued by other processes are picked up here too.
                webhooks.kick()
                automations.kick()
        except Exception:  # the scheduler must outlive a bad tick
            log.exception("scheduler tick failed")
        time.sleep(SCHEDULER_INTERVAL_S)
