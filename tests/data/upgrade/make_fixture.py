"""Regenerate the upgrade-test fixture from an older Tablo (see README.md beside this file).

    .venv/bin/python tests/data/upgrade/make_fixture.py REV

extracts the server and tests of git revision REV into a temporary folder (`git archive`, no
checkout is touched), then runs this same file in `--build` mode with that old code first on
the import path, so the databases are made by the old code exactly as an installation of it
would have made them:

- `sqlite/tablo.db` and `sqlite/data/files/...`: a SQLite installation;
- `postgresql/dump.sql` and `postgresql/data/files/...`: a PostgreSQL installation, dumped with
  `pg_dump --inserts` from the schema `tablo_upgrade_fixture` (the test loads it into that
  schema of its own database, then renames the schema);
- `manifest.json`: the revision, and what the base holds (ids the test uses).

Build mode fills one base through the HTTP API like a person would: the receivables template
with its sample data, a second user as a member, comments, a chart, an automation that ran,
an attachment, a share link, a form, an API token, an extra view, and some undone edits.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PG_SCHEMA = "tablo_upgrade_fixture"
PG_ADMIN = os.environ.get("TABLO_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
ATTACHMENT = b"%PDF-1.4\n% Tablo upgrade fixture: an invoice scan\n" + bytes(range(256)) * 4


def build(db_url: str, data_dir: Path) -> dict[str, Any]:
    """Fill a fresh database through the API of the code on the import path (the old code)."""
    from server.app import create_app
    from server.config import load_config
    from tests.helpers import ApiClient

    app = create_app(load_config(data_dir=str(data_dir), database_url=db_url, secret_key="fixture-secret"))
    app.config["TESTING"] = True
    owner = ApiClient(app)
    owner.signup("owner@example.com", name="Olga Owner")
    mate = ApiClient(app)
    mate.signup("mate@example.com", name="Max Mate")
    owner.base = owner.post("/api/bases", {"template": "receivables", "language": "en"}, expect=201)
    base_id = owner.base_id
    owner.base = owner.get(f"/api/bases/{base_id}")
    owner.post(f"/api/bases/{base_id}/members", {"email": "mate@example.com", "role": "editor"}, expect=201)
    tables = {t["name"]: t for t in owner.base["tables"]}
    invoices = next(t for name, t in tables.items() if name.lower().startswith("invoice"))
    tid = invoices["id"]
    cols = owner.get(f"/api/tables/{tid}")["columns"]
    rows = owner.rows(table_id=tid)
    first, second = rows[0]["_id"], rows[1]["_id"]

    # An attachment column holding an uploaded file.
    att = owner.add_column("Scan", "file", table_id=tid)
    resp = owner.call("POST", f"/api/bases/{base_id}/files", expect=201,
                      data={"file": (io.BytesIO(ATTACHMENT), "invoice-scan.pdf", "application/pdf")},
                      content_type="multipart/form-data")
    file_id = resp.get_json()["id"]
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": first, "Scan": [file_id]}]})

    # Comments, one resolved, one mentioning the member.
    c1 = owner.post(f"/api/tables/{tid}/rows/{first}/comments",
                    {"comment": "Called the customer, promised to pay Friday", "mentions": ["mate@example.com"]},
                    expect=201)["comment"]
    mate.post(f"/api/tables/{tid}/rows/{second}/comments", {"comment": "Second reminder sent"}, expect=201)
    owner.patch(f"/api/comments/{c1['id']}", {"resolved": True})

    # A chart over the invoices.
    text_col = next(c for c in cols if c["type"] in ("single-select", "text") and not c["is_primary"])
    owner.post(f"/api/bases/{base_id}/charts", {"table_id": tid, "name": "Invoices by " + text_col["name"],
               "settings": {"type": "bar", "x": {"column_id": text_col["id"]}}}, expect=201)

    # An automation that has run: new rows get a comment-free note in a text column.
    note = owner.add_column("Note", "text", table_id=tid)
    rule = owner.post(f"/api/tables/{tid}/automations", {"name": "Mark new invoices", "trigger": {"type": "row_added"},
                      "actions": [{"type": "set_cells", "values": {"Note": "added after import"}}]},
                      expect=201)["automation"]
    primary = next(c for c in cols if c["is_primary"])
    added = owner.insert([{primary["name"]: "INV-UPGRADE-1"}], table_id=tid)[0]["_id"]
    from server.team import automations

    with app.app_context():
        assert automations.wait_idle(30), "the automation did not finish"

    # A second view with a filter and a sort, a share link to it, a form, an API token.
    view = owner.post(f"/api/tables/{tid}/views", {"name": "Open, newest first", "settings": {
        "sorts": [{"column_id": primary["id"], "direction": "desc"}]}}, expect=201)["view"]
    owner.post(f"/api/views/{view['id']}/share-links", {}, expect=201)
    owner.post(f"/api/tables/{tid}/forms", {"name": "Report a payment", "fields": [
        {"column": primary["name"], "required": True, "label": "Invoice number"},
        {"column": "Note", "label": "What happened"}]}, expect=201)
    owner.token("write")

    # Edits, one of them undone, so the log holds do and undo actions.
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": second, "Note": "kept"}]})
    owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": second, "Note": "undone"}]})
    owner.undo()

    app.extensions["tablo"].db.dispose()
    return {"base_id": base_id, "table_id": tid, "attachment_column": att["id"], "note_column": note["id"],
            "file_id": file_id, "rule_id": rule["id"], "view_id": view["id"], "row_with_file": first,
            "row_added_by_test": added, "owner": "owner@example.com", "mate": "mate@example.com",
            "password": "correct-horse-1"}


def _sa(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def _build_mode(kind: str, out: Path) -> None:
    if kind == "sqlite":
        data = out / "data"
        info = build(f"sqlite:///{out / 'tablo.db'}", data)
        # The database lives beside data/, not in it, like TABLO_DATABASE_URL pointing elsewhere.
    else:
        import sqlalchemy as sa

        admin = sa.create_engine(_sa(PG_ADMIN), isolation_level="AUTOCOMMIT")
        dbname = f"tablo_fixture_{os.getpid()}"
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{dbname}"')
        base = _sa(PG_ADMIN).rsplit("/", 1)[0]
        try:
            eng = sa.create_engine(f"{base}/{dbname}", isolation_level="AUTOCOMMIT")
            with eng.connect() as conn:
                conn.exec_driver_sql(f'CREATE SCHEMA "{PG_SCHEMA}"')
            eng.dispose()
            info = build(f"{base}/{dbname}?options=-csearch_path%3D{PG_SCHEMA}", out / "data")
            plain = PG_ADMIN.rsplit("/", 1)[0] + f"/{dbname}"
            dump = subprocess.run(["pg_dump", "--no-owner", "--no-privileges", "--inserts", "-n", PG_SCHEMA, plain],
                                  check=True, capture_output=True, text=True).stdout
            # pg_dump 15.14+ brackets the script in psql-only \restrict lines; the test loads it
            # through the driver, so the dump is kept as SQL alone.
            dump = "".join(line for line in dump.splitlines(keepends=True) if not line.startswith("\\"))
            (out / "dump.sql").write_text(dump)
        finally:
            with admin.connect() as conn:
                conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": dbname})
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{dbname}"')
            admin.dispose()
    (out / "info.json").write_text(json.dumps(info, indent=2) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rev", nargs="?", help="git revision whose code makes the databases")
    ap.add_argument("--build", choices=["sqlite", "postgresql"], help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.build:
        _build_mode(args.build, Path(args.out))
        return
    if not args.rev:
        ap.error("give the git revision to build from")
    repo = Path(subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=HERE, check=True,
                               capture_output=True, text=True).stdout.strip())
    sha = subprocess.run(["git", "rev-parse", args.rev], cwd=repo, check=True, capture_output=True,
                         text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        old.mkdir()
        archive = subprocess.run(["git", "archive", sha, "server", "templates", "tests/__init__.py",
                                  "tests/helpers.py"],
                                 cwd=repo, check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(old, filter="data")
        for kind in ("sqlite", "postgresql"):
            target = HERE / kind
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            # PYTHONPATH puts the old code before the checkout; -P keeps the script folder off the path.
            env = {**os.environ, "PYTHONPATH": str(old)}
            subprocess.run([sys.executable, "-P", str(HERE / "make_fixture.py"), "--build", kind, "--out",
                            str(target)], check=True, cwd=old, env=env)
            for stray in ("secret_key",):
                (target / "data" / stray).unlink(missing_ok=True)
    (HERE / "REVISION").write_text(sha + "\n")
    print(f"Fixture rebuilt from {sha} in {HERE}")


if __name__ == "__main__":
    main()
