"""The `tablo` command: serve, init, create-user, purge, and what feature modules add."""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

import click

from server.config import WORKER_CLASSES, Config, load_config, worker_class_from_env

if TYPE_CHECKING:
    from server.catalog.migrate import Outcome


@click.group(help="Tablo, a self-hosted spreadsheet-style table server.\n\n"
                  "Configuration comes from TABLO_* environment variables: TABLO_DATA_DIR (default ./var), "
                  "TABLO_DATABASE_URL (default: SQLite in the data folder; postgresql://... for PostgreSQL), "
                  "TABLO_SECRET_KEY (generated and kept in the data folder when absent), TABLO_HOST, TABLO_PORT.")
def cli() -> None:
    pass


@cli.command(help="Create the database tables, or bring an older database up to date (safe to run again).")
def init() -> None:
    cfg = load_config()
    outcome = _migrate(cfg)
    click.echo(f"Database ready: {_safe_url(cfg.database_url)} (catalog revision {outcome.after}); "
               f"data folder {cfg.data_dir}")


@cli.command(help="Bring the database of an earlier Tablo to this version's catalog revision. "
                  "Back it up first. Several processes may run it at once: one upgrades, the others wait.")
def upgrade() -> None:
    click.echo(_describe(_migrate(load_config())))


def _describe(outcome: Outcome) -> str:
    if outcome.action == "current":
        return f"Already at catalog revision {outcome.after}; nothing to do."
    if outcome.action == "created":
        return f"The database was empty: created the tables at catalog revision {outcome.after}."
    before = "a Tablo without migrations" if outcome.before == "unversioned" else f"revision {outcome.before}"
    return f"Upgraded the catalog from {before} to revision {outcome.after}."


def _migrate(cfg: Config) -> Outcome:
    """Migrate the catalog of `cfg`'s database whatever TABLO_AUTO_UPGRADE says (an explicit request)."""
    from server.catalog.migrate import ensure_current
    from server.storage.engine import Database

    db = Database(cfg.database_url)
    try:
        return ensure_current(db.engine, upgrade=True)
    finally:
        db.dispose()


def _safe_url(url: str) -> str:
    if "@" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


@cli.command("create-user", help="Create an account. Asks for the password unless TABLO_PASSWORD is set.")
@click.argument("email")
@click.option("--admin", is_flag=True, help="Make the account an administrator.")
@click.option("--name", default="", help="Display name.")
def create_user_cmd(email: str, admin: bool, name: str) -> None:
    from server.app import create_app
    from server.auth.service import create_user
    from server.errors import ApiError

    app = create_app(load_config())
    password = os.environ.get("TABLO_PASSWORD") or getpass.getpass("Password: ")
    st = app.extensions["tablo"]
    try:
        with st.db.write() as conn:
            uid = create_user(conn, email, password, name, is_admin=admin)
    except ApiError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(f"Created user {uid} <{email}>{' (admin)' if admin else ''}")


@cli.command("make-admin", help="Make an existing account a server administrator (and enable it if disabled).")
@click.argument("email")
def make_admin_cmd(email: str) -> None:
    import sqlalchemy as sa

    from server.app import create_app
    from server.catalog import schema as cat

    app = create_app(load_config())
    with app.extensions["tablo"].db.write() as conn:
        # The way back in when every admin lost access: it also lifts a disabled flag.
        done = conn.execute(sa.update(cat.users).where(cat.users.c.email == email.strip().lower())
                            .values(is_admin=True, disabled_at=None))
    if done.rowcount != 1:
        raise click.ClickException(f"No account with the email {email}.")
    click.echo(f"{email} is now an administrator.")


@cli.command(help="Run the server with gunicorn. Live sockets, their limits and how to size them: "
                  "docs/deployment.md.")
@click.option("--host", default=None, help="Address to listen on (TABLO_HOST, default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (TABLO_PORT, default 8000).")
@click.option("--workers", default=1, show_default=True, help="Worker processes (PostgreSQL only for more than 1).")
@click.option("--threads", default=200, show_default=True,
              help="Threads per worker with --worker-class gthread (each open WebSocket holds one); "
                   "gevent workers have no thread pool.")
@click.option("--worker-class", type=click.Choice(WORKER_CLASSES), default=None,
              help="gevent (TABLO_WORKER_CLASS, default): a live socket costs a greenlet, thousands per worker; "
                   "gthread: a thread per socket or request, the earlier model.")
def serve(host: str | None, port: int | None, workers: int, threads: int, worker_class: str | None) -> None:
    cfg = load_config()
    cfg.worker_class = worker_class or cfg.worker_class
    if workers > 1 and cfg.is_sqlite:
        raise click.ClickException(
            "SQLite serves one worker process (it has one writer and live updates are shared in-process). "
            "Use TABLO_DATABASE_URL=postgresql://... for several workers.")
    if cfg.worker_class == "gevent":
        _patch_for_gevent()  # a no-op when main() did it already, before anything was imported
    else:
        # Every socket holds a thread until it closes: keep threads free for plain requests.
        cfg.max_sockets = min(cfg.max_sockets, max(1, threads - threads // 4))
        cfg.max_connections = max(cfg.max_connections, threads + 100)
    _raise_open_files_limit(cfg.max_connections)
    from gunicorn.app.base import BaseApplication

    from server.app import create_app

    # Migrate once before the workers start, saying so; with TABLO_AUTO_UPGRADE=false,
    # create_app refuses an outdated database instead.
    if cfg.auto_upgrade:
        outcome = _migrate(cfg)
        if outcome.action == "upgraded":
            click.echo(_describe(outcome))
    create_app(cfg)

    class _App(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host or cfg.host}:{port or cfg.port}")
            self.cfg.set("workers", workers)
            self.cfg.set("worker_class", cfg.worker_class)
            self.cfg.set("threads", threads)
            # Connections one worker holds at once: sockets, requests and idle keep-alives. Past
            # it the worker stops accepting and newcomers wait in the listen backlog.
            self.cfg.set("worker_connections", cfg.max_connections)
            # The gevent worker bounds reading every request header (the first on a connection
            # too) by the keep-alive time: a client that sends half a header is cut off then.
            self.cfg.set("keepalive", cfg.header_timeout)
            self.cfg.set("timeout", 0)  # WebSockets stay open; no heartbeat kills of busy workers
            self.cfg.set("graceful_timeout", 10)
            self.cfg.set("accesslog", os.environ.get("TABLO_ACCESS_LOG", "-"))

        def load(self):  # noqa: ANN202
            return create_app(cfg)

    click.echo(f"Tablo on http://{host or cfg.host}:{port or cfg.port} ({_safe_url(cfg.database_url)}); "
               f"{cfg.worker_class} workers, up to {cfg.max_sockets} live sockets each")
    _App().run()


def _serve_wants_gevent(argv: list[str]) -> bool:
    """Whether this command line is `tablo serve` with gevent workers (read before click parses it)."""
    if len(argv) < 2 or argv[1] != "serve":
        return False
    choice = None
    for i, arg in enumerate(argv):
        if arg == "--worker-class" and i + 1 < len(argv):
            choice = argv[i + 1]
        elif arg.startswith("--worker-class="):
            choice = arg.split("=", 1)[1]
    if choice is None:
        try:
            choice = worker_class_from_env()
        except SystemExit:
            return False  # serve reports the bad value
    return choice == "gevent"


def _patch_for_gevent() -> None:
    """Make threads, locks, sockets, select and sleep cooperative. It has to happen before the
    server's modules are imported: a lock made at import time would otherwise stay a real one
    (blocking the whole worker), and psycopg picks its wait function when it is imported."""
    from gevent import monkey

    if not monkey.is_module_patched("socket"):
        monkey.patch_all()


def _raise_open_files_limit(connections: int) -> None:
    """Every connection is a file descriptor: raise the soft limit towards the hard one."""
    import resource

    want = connections + 256  # database connections, files, the listener
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < want:
        new = want if hard == resource.RLIM_INFINITY else min(want, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (new, hard))
        if new < want:
            click.echo(f"Warning: the open-files limit is {new} (hard limit); a worker can hold about "
                       f"{new - 256} connections, fewer than TABLO_MAX_CONNECTIONS={connections}. "
                       "Raise it (ulimit -n, LimitNOFILE= in systemd).", err=True)


@cli.command(help="Empty the trash: drop tables and columns deleted more than DAYS days ago.")
@click.option("--days", default=30, show_default=True)
def purge(days: int) -> None:
    from server.app import create_app
    from server.catalog.trash import purge_trash

    app = create_app(load_config())
    n = purge_trash(app.extensions["tablo"].db, days)
    click.echo(f"Purged {n['tables']} tables and {n['columns']} columns.")


DEMO_EMAIL = "demo@tablo.local"
DEMO_PASSWORD = "tablo-demo"


@cli.command(help="Create the demo user and a receivables base from templates/receivables.json.")
@click.option("--if-empty", is_flag=True, help="Do nothing when the server already has accounts.")
@click.option("--lang", type=click.Choice(["ru", "en"]), default="ru", show_default=True,
              help="Language of the base (names, options, sample data) and of the demo user's interface.")
def demo(if_empty: bool, lang: str) -> None:
    import sqlalchemy as sa

    from server.app import create_app
    from server.auth.service import create_user
    from server.bases.templates import get_template
    from server.catalog import schema as cat

    app = create_app(load_config())
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        users = conn.execute(sa.select(sa.func.count()).select_from(cat.users)).scalar_one()
    if if_empty and users:
        click.echo("Accounts exist already; no demo data added.")
        return
    with st.db.write() as conn:
        uid = conn.execute(sa.select(cat.users.c.id).where(cat.users.c.email == DEMO_EMAIL)).scalar()
        if uid is None:
            uid = create_user(conn, DEMO_EMAIL, DEMO_PASSWORD, "Demo", is_admin=users == 0)
            conn.execute(sa.update(cat.users).where(cat.users.c.id == uid).values(locale=lang))
    with app.app_context():
        base_id = get_template("receivables").create(uid, language=lang)
    click.echo(f"Demo base {base_id} ready. Log in as {DEMO_EMAIL} with password {DEMO_PASSWORD}.")


@cli.command("create-base", help="Create a base for a user, blank or from a template (e.g. receivables).")
@click.option("--owner", required=True, help="Email of the user who will own the base.")
@click.option("--template", default=None, help="Template id, e.g. receivables.")
@click.option("--name", default=None, help="Name of the base (default: the template's name).")
@click.option("--no-sample-data", is_flag=True, help="Create the template's tables without its sample rows.")
@click.option("--language", type=click.Choice(["en", "ru"]), default=None, help="Language of names (default: the owner's).")
def create_base_cmd(owner: str, template: str | None, name: str | None, no_sample_data: bool,
                    language: str | None) -> None:
    import sqlalchemy as sa

    from server.app import create_app
    from server.bases.create import create_base
    from server.bases.templates import get_template
    from server.catalog import schema as cat
    from server.errors import ApiError

    app = create_app(load_config())
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        uid = conn.execute(sa.select(cat.users.c.id).where(cat.users.c.email == owner.strip().lower())).scalar()
    if uid is None:
        raise click.ClickException(f"No account with the email {owner}.")
    if not template and not name:
        raise click.ClickException("Give --name, or --template to start from.")
    try:
        with app.app_context():
            if template:
                base_id = get_template(template).create(uid, name=name, sample_data=not no_sample_data,
                                                        language=language)
            else:
                base_id = create_base(uid, name, language=language)
    except ApiError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(f"Created base {base_id}.")


def main() -> None:
    if _serve_wants_gevent(sys.argv):
        _patch_for_gevent()  # before anything else is imported
    from server import plugins
    from server.catalog.migrate import CatalogError

    plugins.load_cli()  # registries, and the commands features add (server.plugins.CLI_MODULES)
    try:
        cli(prog_name="tablo")
    except CatalogError as exc:  # a database this Tablo must not touch as it is: say what to do, no traceback
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    sys.exit(main())
