"""Browser tests: a real `tablo serve` on a temporary SQLite database and Debian's Chromium
driven by Playwright. Screenshots of key screens go to test-output/browser/ for review.

They need the built web app (`make web`, or `cd web && npm ci && npm run build`) and
/usr/bin/chromium (or CHROMIUM=/path); without either they skip with the reason, or fail
when TABLO_REQUIRE_BROWSER=1 (as .ci/run sets).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
TABLO = str(Path(sys.executable).parent / "tablo")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# TABLO_WEB_DIST lets a run serve its own build (see server/web.py).
MANIFEST = Path(os.environ.get("TABLO_WEB_DIST") or ROOT / "server" / "static" / "dist") / ".vite" / "manifest.json"
SHOTS = ROOT / "test-output" / "browser"
PASSWORD = "browser-pass-1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data_dir: Path, env: dict[str, str] | None = None) -> None:
        """`env`: more TABLO_* settings for this server (e.g. single sign-on)."""
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "TABLO_DATA_DIR": str(data_dir),
               "TABLO_DATABASE_URL": f"sqlite:///{data_dir / 'tablo.db'}",
               "TABLO_SECRET_KEY": "browser-test-secret", "TABLO_ACCESS_LOG": "/dev/null", **(env or {})}
        self.log_path = data_dir / "server.log"
        self._log = open(self.log_path, "wb")  # noqa: SIM115  (closed in stop)
        subprocess.run([TABLO, "init"], env=env, cwd=ROOT, check=True, capture_output=True)
        self.proc = subprocess.Popen([TABLO, "serve", "--port", str(self.port), "--threads", "100"], env=env,
                                     cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(self.url + "/api/openapi.json", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("server did not start:\n" + self.log_path.read_text()[-3000:])
            time.sleep(0.1)

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self._log.close()


class Api:
    """A logged-in requests session for setting up data and checking what was stored."""

    def __init__(self, url: str, email: str) -> None:
        self.url = url + "/api"
        self.s = requests.Session()
        self.s.headers["X-Requested-With"] = "tablo"
        # A fresh connection per request: the server closes idle keep-alive connections after a
        # moment, and reusing one just then is reset (seen under heavy machine load).
        self.s.headers["Connection"] = "close"
        r = self.s.post(self.url + "/auth/login", json={"email": email, "password": PASSWORD})
        r.raise_for_status()

    def get(self, path: str, **params: Any) -> Any:
        r = self.s.get(self.url + path, params=params)
        r.raise_for_status()
        return r.json()

    def post(self, path: str, body: Any) -> Any:
        r = self.s.post(self.url + path, json=body)
        r.raise_for_status()
        return r.json()


@pytest.fixture(scope="session")
def server(tmp_path_factory: Any) -> Iterator[Server]:
    missing = None
    if not MANIFEST.exists():
        missing = "the web app is not built (run `make web`)"
    elif not Path(CHROMIUM).exists():
        missing = f"no Chromium at {CHROMIUM}"
    if missing:
        if os.environ.get("TABLO_REQUIRE_BROWSER") == "1":  # CI: a skipped browser test is a failure
            pytest.fail(f"browser tests are required (TABLO_REQUIRE_BROWSER=1) but {missing}")
        pytest.skip(missing)
    srv = Server(tmp_path_factory.mktemp("browser"))
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


@pytest.fixture
def shot() -> Any:
    SHOTS.mkdir(parents=True, exist_ok=True)

    def save(page: Any, name: str) -> None:
        page.screenshot(path=str(SHOTS / f"{name}.png"))

    return save


_open_contexts: list[Any] = []


@pytest.fixture(autouse=True)
def _close_pages() -> Iterator[None]:
    """Each test's browser contexts close after it: their live sockets would otherwise stay open
    and hold server threads (one per socket) for the rest of the session."""
    yield
    while _open_contexts:
        ctx = _open_contexts.pop()
        with contextlib.suppress(Exception):
            ctx.close()


def new_page(browser: Any, locale: str = "en-US") -> Any:
    ctx = browser.new_context(viewport={"width": 1280, "height": 720}, locale=locale)
    _open_contexts.append(ctx)
    ctx.grant_permissions(["clipboard-read", "clipboard-write"])
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.js_errors = errors  # type: ignore[attr-defined]
    return page


def sign_up(page: Any, url: str, email: str, name: str = "Tester") -> None:
    page.goto(url + "/signup")
    page.fill("#name", name)
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(url + "/")
