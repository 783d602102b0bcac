"""Per-application background work: a small self-stopping worker thread.

A worker runs `step()` in the app context until there is nothing left to do: `step` returns
the seconds until work is next due, or None when idle, and the thread then ends. `kick()`
starts it again (or wakes it early). No thread lingers while nothing is pending, so test
apps and short-lived CLI runs leave nothing behind.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from flask import Flask, current_app

log = logging.getLogger(__name__)

# A waiting worker re-checks at least this often (another process may have added work).
MAX_SLEEP_S = 5.0


class Worker:
    def __init__(self, app: Flask, name: str, step: Callable[[], float | None]) -> None:
        self.app = app
        self.name = name
        self.step = step
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._stopped = False

    def kick(self) -> None:
        with self._lock:
            if self._stopped:
                return
            self._wake.set()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            self._wake.clear()
            try:
                with self.app.app_context():
                    wait = self.step()
            except Exception:  # keep going: one bad item must not stop deliveries for good
                log.exception("%s: step failed", self.name)
                wait = 1.0
            with self._lock:
                if self._stopped or (wait is None and not self._wake.is_set()):
                    self._thread = None
                    return
            if wait is not None:
                self._wake.wait(min(max(wait, 0.0), MAX_SLEEP_S))

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until the worker has nothing left (tests and shutdown); False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                t = self._thread
            if t is None or not t.is_alive():
                return True
            t.join(0.02)
        return False

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._wake.set()


def team_runtime(app: Flask | None = None) -> dict[str, Any]:
    """The app's team state: workers and in-process queues, made on first use."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    return app.extensions.setdefault("tablo_team", {})


def setting(name: str, default: Any) -> Any:
    """A team setting: `config.extra[name]` (tests, embedding) or TABLO_<NAME> in the environment."""
    import os

    from server.state import state

    extra = state().config.extra
    if name in extra:
        return extra[name]
    raw = os.environ.get("TABLO_" + name.upper())
    if raw is None or raw == "":
        return default
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int | float):
        return type(default)(raw)
    return raw
