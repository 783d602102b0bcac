"""Configuration read from the environment (TABLO_*), with safe defaults for a laptop."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SystemExit(f"{name} must be a whole number, got {raw!r}") from exc


def _positive_env(name: str, default: int) -> int:
    value = _int_env(name, default)
    if value < 1:
        raise SystemExit(f"{name} must be at least 1, got {value}")
    return value


WORKER_CLASSES = ("gevent", "gthread")


def worker_class_from_env() -> str:
    """TABLO_WORKER_CLASS: gevent (default; a live socket costs a greenlet) or gthread (a thread each)."""
    value = (os.environ.get("TABLO_WORKER_CLASS") or "gevent").strip().lower()
    if value not in WORKER_CLASSES:
        raise SystemExit(f"TABLO_WORKER_CLASS must be one of {', '.join(WORKER_CLASSES)}, got {value!r}")
    return value


def _bool_env(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass
class Config:
    """Everything the server needs to know about where it runs."""

    data_dir: Path
    database_url: str
    secret_key: str
    host: str = "127.0.0.1"
    port: int = 8000
    signup_open: bool = True
    max_upload_bytes: int = 50 * 1024 * 1024
    # Imports (and backup restores) have their own, larger limit: a table's CSV is often far past an attachment.
    max_import_bytes: int = 2 * 1024 * 1024 * 1024
    max_batch_rows: int = 1000
    max_columns_per_table: int = 500
    login_attempts_per_window: int = 10
    login_window_seconds: int = 900
    session_days: int = 30
    # The session cookie gets `Secure` (sent over HTTPS only): TABLO_SECURE_COOKIES, by default
    # on when TABLO_PUBLIC_URL starts with https://. A request that itself arrives over HTTPS
    # gets it either way.
    secure_cookies: bool = False
    # Start-up brings an older catalog to the current revision; false: refuse and ask for `tablo upgrade`.
    auto_upgrade: bool = True
    # Automatic snapshots of every base (server.snapshots): every N hours (0: none), keeping the
    # newest `snapshot_keep` automatic ones and none older than `snapshot_keep_days` (0: no age limit).
    snapshot_every_hours: int = 24
    snapshot_keep: int = 7
    snapshot_keep_days: int = 30
    snapshot_dir_setting: Path | None = None
    # `tablo serve` (docs/deployment.md, docs/decisions/0024-socket-capacity.md): the worker kind,
    # live sockets one worker process holds before refusing more (close code 1013), connections
    # it holds in all (sockets, requests, idle keep-alives), and the seconds a connection has to
    # send a complete request header (the first, or the next on a kept-alive connection).
    worker_class: str = "gevent"
    max_sockets: int = 5000
    max_connections: int = 6000
    header_timeout: int = 10
    # OpenID Connect single sign-on (server/auth/oidc.py, docs/deployment.md): on when an issuer
    # and a client id are set. The label is the log-in page's button ("Sign in with SSO" if empty).
    oidc_issuer: str = ""
    oidc_client_id: str = ""
    oidc_client_secret: str = ""
    oidc_label: str = ""
    oidc_scopes: str = "openid email profile"
    extra: dict = field(default_factory=dict)

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def upload_tmp_dir(self) -> Path:
        """Where request bodies' files spool while they arrive (not /tmp, which is often in memory)."""
        return self.data_dir / "uploads"

    @property
    def snapshot_dir(self) -> Path:
        """Where snapshots live: TABLO_SNAPSHOT_DIR, or `snapshots` in the data folder."""
        return self.snapshot_dir_setting or self.data_dir / "snapshots"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _secret_from_data_dir(data_dir: Path) -> str:
    """Generate the secret once and keep it beside the data, so restarts keep sessions."""
    path = data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


def load_config(**overrides) -> Config:
    """Read TABLO_* variables; keyword overrides win (tests use them)."""
    data_dir = Path(overrides.pop("data_dir", None) or os.environ.get("TABLO_DATA_DIR") or "./var").resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    database_url = overrides.pop("database_url", None) or os.environ.get("TABLO_DATABASE_URL") or (
        f"sqlite:///{data_dir / 'tablo.db'}"
    )
    if database_url.startswith("postgresql://"):
        # psycopg 3 is the driver we ship; a plain postgresql:// URL means it.
        database_url = "postgresql+psycopg://" + database_url[len("postgresql://"):]
    secret_key = overrides.pop("secret_key", None) or os.environ.get("TABLO_SECRET_KEY") or (
        _secret_from_data_dir(data_dir)
    )
    cfg = Config(
        data_dir=data_dir,
        database_url=database_url,
        secret_key=secret_key,
        host=os.environ.get("TABLO_HOST", "127.0.0.1"),
        port=_int_env("TABLO_PORT", 8000),
        signup_open=_bool_env("TABLO_SIGNUP_OPEN", True),
        secure_cookies=_bool_env("TABLO_SECURE_COOKIES",
                                 os.environ.get("TABLO_PUBLIC_URL", "").strip().lower().startswith("https://")),
        max_upload_bytes=_int_env("TABLO_MAX_UPLOAD_BYTES", 50 * 1024 * 1024),
        # TABLO_IMPORT_MAX_BYTES is the older name, still read so existing settings keep working.
        max_import_bytes=_int_env("TABLO_MAX_IMPORT_BYTES",
                                  _int_env("TABLO_IMPORT_MAX_BYTES", 2 * 1024 * 1024 * 1024)),
        max_batch_rows=_int_env("TABLO_MAX_BATCH_ROWS", 1000),
        auto_upgrade=_bool_env("TABLO_AUTO_UPGRADE", True),
        snapshot_every_hours=_int_env("TABLO_SNAPSHOT_EVERY", 24),
        snapshot_keep=_int_env("TABLO_SNAPSHOT_KEEP", 7),
        snapshot_keep_days=_int_env("TABLO_SNAPSHOT_KEEP_DAYS", 30),
        snapshot_dir_setting=Path(os.environ["TABLO_SNAPSHOT_DIR"]).resolve()
        if os.environ.get("TABLO_SNAPSHOT_DIR") else None,
        worker_class=worker_class_from_env(),
        max_sockets=_positive_env("TABLO_MAX_SOCKETS", 5000),
        header_timeout=_positive_env("TABLO_HEADER_TIMEOUT", 10),
        oidc_issuer=os.environ.get("TABLO_OIDC_ISSUER", "").strip(),
        oidc_client_id=os.environ.get("TABLO_OIDC_CLIENT_ID", "").strip(),
        oidc_client_secret=os.environ.get("TABLO_OIDC_CLIENT_SECRET", "").strip(),
        oidc_label=os.environ.get("TABLO_OIDC_LABEL", "").strip(),
        oidc_scopes=os.environ.get("TABLO_OIDC_SCOPES", "").strip() or "openid email profile",
    )
    # Room for HTTP requests and half-open connections beside the sockets, unless set.
    cfg.max_connections = _positive_env("TABLO_MAX_CONNECTIONS", cfg.max_sockets + 1000)
    if cfg.max_connections <= cfg.max_sockets:
        raise SystemExit(f"TABLO_MAX_CONNECTIONS ({cfg.max_connections}) must be more than TABLO_MAX_SOCKETS "
                         f"({cfg.max_sockets}): requests need connections beside the sockets")
    for key, value in overrides.items():
        if not hasattr(cfg, key):
            raise TypeError(f"unknown config option {key}")
        setattr(cfg, key, value)
    cfg.files_dir.mkdir(parents=True, exist_ok=True)
    cfg.upload_tmp_dir.mkdir(parents=True, exist_ok=True)
    return cfg
