"""Catalog migrations: an installation made before migrations upgrades in place with nothing lost;
the revision chain builds exactly the schema of the code; processes starting at once migrate
once; a database from a newer Tablo, or an older one with automatic upgrades off, is refused.

The old databases are in tests/data/upgrade/ (made by Tablo 96a8279; see the README there); a
database at an intermediate revision is made from them the way the code of that revision did.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from server.catalog import migrate
from server.catalog.schema import metadata
from tests.helpers import ApiClient, snapshot

FIXTURE = Path(__file__).resolve().parent / "data" / "upgrade"
PG_FIXTURE_SCHEMA = "tablo_upgrade_fixture"


NEW_TABLES_0008 = ("recovery_codes", "login_challenges", "second_factor_attempts")
NEW_USER_COLUMNS_0008 = ("totp_secret", "totp_enabled_at", "totp_last_step", "disabled_at")
NEW_TABLES_0010 = ("groups", "group_members", "base_groups")


def _without_0008(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The rows of a database at 0008 or later as 0003 had them: the new, empty tables and the new
    user columns (all unset) are taken out, after checking that they are empty and unset."""
    out = dict(rows)
    for name in NEW_TABLES_0008:
        assert out.pop(name, []) == [], name
    out["users"] = []
    for user in rows["users"]:
        user = dict(user)
        assert {k: user.pop(k) for k in NEW_USER_COLUMNS_0008} == dict.fromkeys(NEW_USER_COLUMNS_0008)
        out["users"].append(user)
    return out

def _schema_of(url: str) -> str:
    """The test's own PostgreSQL schema, from the search_path option of its URL."""
    options = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["options"][0]
    return options.split("search_path=", 1)[1]


def _old_installation(db_url: str, tmp_path: Path) -> tuple[str, Path, dict[str, Any]]:
    """The fixture installation for the dialect of `db_url`: (database URL, data folder, info)."""
    kind = "sqlite" if db_url.startswith("sqlite") else "postgresql"
    src = FIXTURE / kind
    data_dir = tmp_path / "data"
    shutil.copytree(src / "data", data_dir)
    info = json.loads((src / "info.json").read_text())
    if kind == "sqlite":
        shutil.copy(src / "tablo.db", tmp_path / "old.db")
        return f"sqlite:///{tmp_path / 'old.db'}", data_dir, info
    # Load the dump (it creates its own schema) next to the test's empty schema, then put it in
    # that schema's place, so search_path and the test's clean-up apply to it.
    import psycopg

    schema = _schema_of(db_url)
    plain = db_url.split("?", 1)[0].replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {PG_FIXTURE_SCHEMA} CASCADE")  # left by an interrupted test
        conn.execute((src / "dump.sql").read_text())  # no parameters: run as one script
        conn.execute(f'DROP SCHEMA "{schema}"')
        conn.execute(f'ALTER SCHEMA {PG_FIXTURE_SCHEMA} RENAME TO "{schema}"')
    return db_url, data_dir, info


def _plain(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:  # SQLite keeps JSON as text; PostgreSQL hands back objects
            return json.loads(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat()
    return value


def _all_rows(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table (system and user), in a comparable form."""
    eng = sa.create_engine(url)
    try:
        md = sa.MetaData()
        md.reflect(eng)
        out: dict[str, list[dict[str, Any]]] = {}
        with eng.connect() as conn:
            for name, table in md.tables.items():
                rows = [{k: _plain(v) for k, v in r._mapping.items()} for r in conn.execute(sa.select(table))]
                out[name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
        return out
    finally:
        eng.dispose()


def _app(url: str, data_dir: Path, **overrides: Any) -> Any:
    from server.app import create_app
    from server.config import load_config

    app = create_app(load_config(data_dir=str(data_dir), database_url=url, secret_key="test-secret", **overrides))
    app.config["TESTING"] = True
    return app


def _diffs(conn: sa.Connection) -> list[Any]:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    ctx = MigrationContext.configure(conn, opts={"include_name": migrate.include_name, "compare_type": True})
    return compare_metadata(ctx, metadata)


def _without_form_views(before: dict[str, list], after: dict[str, list]) -> list[dict]:
    """Revision 0004's change taken out of both sides (forms before; form views and their share
    links after), so the rest can be compared whole; returns the form views."""
    before.pop("forms", None)
    form_views = [r for r in after["views"] if r.get("type") == "form"]
    ids = {v["id"] for v in form_views}
    after["views"] = [r for r in after["views"] if r.get("type") != "form"]
    after["share_links"] = [r for r in after["share_links"] if r["view_id"] not in ids]
    return form_views


def _new_since_0003(before: dict[str, list], after: dict[str, list], *, but: str | None = None) -> dict[str, Any]:
    """Every change the revisions after 0003 make to a database, taken out of `after` (and what
    0004 replaced out of `before`) after checking that it is what an upgrade makes, so the rest
    can be compared whole; revision `but` is left in, for its own test to check. Returns what
    was taken out."""
    out: dict[str, Any] = {}
    if but != "0004":
        out["form_views"] = _without_form_views(before, after)  # 0004: forms became form views
    if but != "0005":  # 0005: tables.record_date_column, unset
        assert [r.pop("record_date_column") for r in after["tables"]] == [None] * len(after["tables"])
    if but != "0006":  # 0006: two new tables, empty
        assert after.pop("documents") == [] and after.pop("company_details") == []
    if but != "0008":  # 0008: three new tables, empty; 2FA off and no account disabled
        stripped = _without_0008(after)
        after.clear()
        after.update(stripped)
    if but != "0009":  # 0009: access rules, empty
        assert after.pop("access_rules") == []
    if but != "0010":  # 0010: groups, three new tables, empty
        for name in NEW_TABLES_0010:
            assert after.pop(name, []) == [], name
    return out


# -- upgrading an installation made before migrations ----------------------------------------------
def test_old_installation_upgrades_with_nothing_lost(db_url: str, tmp_path: Path) -> None:
    url, data_dir, info = _old_installation(db_url, tmp_path)
    before = _all_rows(url)
    assert "alembic_version" not in before and "type" not in before["views"][0]
    # What the fixture holds, so the comparison below is about something.
    assert len(before["comments"]) == 2 and len(before["charts"]) >= 1 and len(before["automation_runs"]) >= 1
    assert len(before["files"]) == 1 and len(before["share_links"]) == 1 and len(before["forms"]) >= 1
    assert any(a["kind"] == "undo" for a in before["actions"])
    user_tables = [n for n in before if n not in metadata.tables]
    assert len(user_tables) >= 3 and sum(len(before[n]) for n in user_tables) > 100

    app = _app(url, data_dir)
    try:
        after = _all_rows(url)
        assert after.pop("alembic_version") == [{"version_num": migrate.head()}]
        assert after.pop("password_resets") == []  # 0003: a new table, empty
        forms = before["forms"]
        form_views = _new_since_0003(before, after)["form_views"]  # 0004 on
        assert sorted(after) == sorted(before)
        assert sorted(v["name"] for v in form_views) == sorted(f["name"] for f in forms)
        for name in before:
            if name == "views":
                # Every existing view became a grid (0002).
                assert [r.pop("type") for r in after[name]] == ["grid"] * len(before[name])
            assert after[name] == before[name], f"table {name} changed in the upgrade"

        # Read: the base, its rows, comments, charts, automations, views and the attachment.
        owner = ApiClient(app)
        owner.login(info["owner"], info["password"])
        owner.base = owner.get(f"/api/bases/{info['base_id']}")
        tid, base_id = info["table_id"], info["base_id"]
        phys = owner.get(f"/api/tables/{tid}")
        rows = owner.rows(table_id=tid, limit=1000)
        assert {r["_id"] for r in rows} >= {info["row_with_file"], info["row_added_by_test"]}
        assert len(rows) == len(before[next(t["phys"] for t in before["tables"] if t["id"] == tid)])
        scan = next(c for c in phys["columns"] if c["id"] == info["attachment_column"])
        with_file = next(r for r in rows if r["_id"] == info["row_with_file"])
        assert with_file[scan["name"]][0]["id"] == info["file_id"]
        resp = owner.call("GET", f"/api/files/{info['file_id']}", expect=200)
        stored = next(p for p in (data_dir / "files").rglob("*") if p.is_file())
        assert resp.data == stored.read_bytes() and resp.data.startswith(b"%PDF-1.4\n% Tablo upgrade fixture")
        comments = owner.get(f"/api/tables/{tid}/rows/{info['row_with_file']}/comments")["comments"]
        assert [c["resolved"] for c in comments] == [True]
        charts = owner.get(f"/api/bases/{base_id}/charts")["charts"]
        assert charts and owner.get(f"/api/charts/{charts[0]['id']}/data")["series"]
        rules = owner.get(f"/api/tables/{tid}/automations")["automations"]
        assert info["rule_id"] in {r["id"] for r in rules}
        views = owner.get(f"/api/tables/{tid}/views")["views"]
        assert {v["type"] for v in views} <= {"grid", "form"} and info["view_id"] in {v["id"] for v in views}
        assert owner.get(f"/api/views/{info['view_id']}/count")["count"] == len(rows)

        # Undo and redo reach across the upgrade: the edit undone by the old Tablo comes back.
        note = next(c["name"] for c in phys["columns"] if c["id"] == info["note_column"])
        second = rows[1]["_id"]

        def note_of(row_id: str) -> Any:
            return next(r[note] for r in owner.rows(table_id=tid) if r["_id"] == row_id)

        assert note_of(second) == "kept"
        owner.redo()
        assert note_of(second) == "undone"
        owner.undo()
        assert note_of(second) == "kept"

        # Write, then undo: the base is exactly as it was.
        state = snapshot(app, base_id)
        owner.patch(f"/api/tables/{tid}/rows", {"rows": [{"_id": second, note: "written after the upgrade"}]})
        assert note_of(second) == "written after the upgrade"
        owner.undo()
        assert snapshot(app, base_id) == state

        # The automation still fires on a new row.
        primary = next(c["name"] for c in phys["columns"] if c["is_primary"])
        new_id = owner.insert([{primary: "INV-AFTER-UPGRADE"}], table_id=tid)[0]["_id"]
        from server.automations import rules as automations

        with app.app_context():
            assert automations.wait_idle(30)
        assert note_of(new_id) == "added after import"

        # Export: every row, the attachment by name.
        resp = owner.call("GET", f"/api/tables/{tid}/export?format=csv", expect=200)
        exported = list(csv.reader(io.StringIO(resp.get_data(as_text=True).lstrip("\ufeff"))))
        assert exported[0][0] == primary and len(exported) == len(rows) + 2
        assert "INV-AFTER-UPGRADE" in {line[0] for line in exported}
        assert any("invoice-scan.pdf" in cell for line in exported for cell in line)
    finally:
        app.extensions["tablo"].db.dispose()


def test_database_of_the_previous_revision_upgrades_to_password_resets(db_url: str, tmp_path: Path) -> None:
    """0002 → 0003: a database as the code of 0002 left it (the old installation brought to 0002
    the way that code did at start) gains the password_resets table and loses nothing; an account
    from before resets its password; and 0003 goes back down cleanly."""
    from alembic import command

    url, data_dir, info = _old_installation(db_url, tmp_path)
    eng = sa.create_engine(url)
    try:
        assert migrate._locked(eng, lambda conn: migrate._migrate(conn, "0002")).changed
        assert migrate.current_revision(eng) == "0002"
        before = _all_rows(url)
        assert before.pop("alembic_version") == [{"version_num": "0002"}]
        assert "password_resets" not in before and before["users"]

        app = _app(url, data_dir)
        try:
            after = _all_rows(url)
            assert after.pop("alembic_version") == [{"version_num": migrate.head()}]
            assert after.pop("password_resets") == []
            _new_since_0003(before, after)  # checked by their own tests
            assert after == before
            with app.extensions["tablo"].db.read() as conn:
                assert _diffs(conn) == []  # the revision builds what schema.py says
            # The old account asks for a link; the row lands in the new table (no mail server: none is sent).
            ApiClient(app).call("POST", "/api/auth/password-reset", json={"email": info["owner"]}, expect=202)
            ApiClient(app).login(info["owner"], info["password"])  # its password still works
        finally:
            app.extensions["tablo"].db.dispose()
        assert len(_all_rows(url)["password_resets"]) == 1

        with eng.connect() as conn, conn.begin():
            command.downgrade(migrate._alembic_config(conn), "0002")
        back = _all_rows(url)
        assert "password_resets" not in back and back["alembic_version"] == [{"version_num": "0002"}]
        assert back["users"] == before["users"] and back["bases"] == before["bases"]
    finally:
        eng.dispose()


def test_database_of_the_previous_revision_upgrades_forms_to_form_views(db_url: str, tmp_path: Path) -> None:
    """0003 → 0004: each public form of a database as the code of 0003 left it becomes a form view
    of its table with its fields, required flags, texts and owner, and a share link with the
    form's own token, so the address handed out opens the same form and adds a row; a closed
    form's link is revoked; nothing else changes; and 0004 goes back down to a forms table."""
    from alembic import command

    url, data_dir, info = _old_installation(db_url, tmp_path)
    eng = sa.create_engine(url)
    try:
        assert migrate._locked(eng, lambda conn: migrate._migrate(conn, "0003")).changed
        # A second form, closed, so both kinds are converted.
        with eng.begin() as conn:
            first = conn.execute(sa.text("SELECT * FROM forms ORDER BY id")).mappings().first()
            assert first is not None
            conn.execute(sa.text(
                "INSERT INTO forms (base_id, table_id, token, name, settings, active, created_by, created_at) "
                "SELECT base_id, table_id, 'closed-form-token', 'Closed form', settings, :no, created_by, created_at "
                "FROM forms WHERE id = :id"), {"id": first["id"], "no": False})
        before = _all_rows(url)
        forms = {f["name"]: f for f in before.pop("forms")}
        assert len(forms) >= 2 and before.pop("alembic_version") == [{"version_num": "0003"}]

        app = _app(url, data_dir)
        try:
            after = _all_rows(url)
            assert after.pop("alembic_version") == [{"version_num": migrate.head()}]
            assert "forms" not in after
            views = {v["name"]: v for v in after["views"] if v["type"] == "form"}
            assert set(views) == set(forms)
            for name, form in forms.items():
                v, old = views[name], form["settings"]
                assert v["table_id"] == form["table_id"] and v["created_by"] == form["created_by"]
                assert v["settings"]["title"] == (old.get("title") or name)
                assert [(f["column_id"], f["required"], f["help"], f["label"]) for f in v["settings"]["fields"]] == \
                    [(f["column_id"], f["required"], f.get("description", ""), f.get("label")) for f in old["fields"]]
                assert v["settings"]["success_message"] == old.get("success_message", "")
                links = [sl for sl in after["share_links"] if sl["view_id"] == v["id"]]
                assert len(links) == 1 and (links[0]["revoked_at"] is None) == bool(form["active"])
            after["views"] = [v for v in after["views"] if v["type"] != "form"]
            after["share_links"] = [sl for sl in after["share_links"]
                                    if sl["view_id"] not in {v["id"] for v in views.values()}]
            _new_since_0003(before, after, but="0004")
            assert after == before  # nothing else changed
            with app.extensions["tablo"].db.read() as conn:
                assert _diffs(conn) == []

            # The old address opens the form view and adds a row; the closed one opens nothing.
            active = next(f for f in forms.values() if f["active"])
            anon = ApiClient(app)
            pub = anon.get(f"/api/shared/{active['token']}/form")
            assert pub["title"] == (active["settings"].get("title") or active["name"])
            values = {}
            for f in pub["fields"]:
                if f["required"]:
                    values[f["key"]] = f["options"][0] if f["options"] else (
                        "a@example.org" if f["type"] == "email" else "1" if f["type"] == "number" else "From the form")
            owner = ApiClient(app)
            owner.login(info["owner"], info["password"])
            n = len(owner.rows(table_id=active["table_id"]))
            anon.post(f"/api/shared/{active['token']}/form/submit", {"values": values}, headers={}, expect=201)
            assert len(owner.rows(table_id=active["table_id"])) == n + 1
            anon.get("/api/shared/closed-form-token/form", expect=404)
        finally:
            app.extensions["tablo"].db.dispose()

        with eng.connect() as conn, conn.begin():
            command.downgrade(migrate._alembic_config(conn), "0003")
        back = _all_rows(url)
        assert sorted(f["name"] for f in back["forms"]) == sorted(forms)
        assert {f["name"]: f["active"] for f in back["forms"]} == {n: f["active"] for n, f in forms.items()}
        assert not [v for v in back["views"] if v["type"] == "form"]
    finally:
        eng.dispose()


def test_database_of_revision_0003_upgrades_to_documents(db_url: str, tmp_path: Path) -> None:
    """0003 → 0006: a database at 0003 gains the documents and company_details tables and loses
    nothing; its tables get templates and the base its details; 0006 goes back down cleanly."""
    from alembic import command

    url, data_dir, info = _old_installation(db_url, tmp_path)
    eng = sa.create_engine(url)
    try:
        assert migrate._locked(eng, lambda conn: migrate._migrate(conn, "0003")).changed
        before = _all_rows(url)
        assert before.pop("alembic_version") == [{"version_num": "0003"}]
        assert "documents" not in before and "company_details" not in before

        app = _app(url, data_dir)
        try:
            after = _all_rows(url)
            assert after.pop("alembic_version") == [{"version_num": migrate.head()}]
            assert after.pop("documents") == [] and after.pop("company_details") == []
            _new_since_0003(before, after, but="0006")
            assert after == before
            with app.extensions["tablo"].db.read() as conn:
                assert _diffs(conn) == []
            owner = ApiClient(app)
            owner.login(info["owner"], info["password"])
            tid, base_id = info["table_id"], info["base_id"]
            owner.post(f"/api/tables/{tid}/documents", {"name": "Письмо", "body": "<p>{{ row.id }}</p>"}, expect=201)
            owner.call("PUT", f"/api/bases/{base_id}/company", json={"details": {"name": "ООО «Старое»"}}, expect=200)
            row_id = owner.rows(table_id=tid, limit=1)[0]["_id"]
            doc = owner.get(f"/api/tables/{tid}/documents")["documents"][0]
            resp = owner.call("POST", f"/api/documents/{doc['id']}/render", json={"row_id": row_id}, expect=200)
            assert resp.get_data().startswith(b"%PDF")
        finally:
            app.extensions["tablo"].db.dispose()
        assert len(_all_rows(url)["documents"]) == 1

        with eng.connect() as conn, conn.begin():
            command.downgrade(migrate._alembic_config(conn), "0003")
        back = _all_rows(url)
        assert "documents" not in back and "company_details" not in back
        assert back["alembic_version"] == [{"version_num": "0003"}]
        assert [(b["id"], b["uuid"], b["name"]) for b in back["bases"]] == \
            [(b["id"], b["uuid"], b["name"]) for b in before["bases"]]  # (its version counted the two actions)
    finally:
        eng.dispose()


def test_database_of_revision_0003_upgrades_to_two_factor_and_disabled_accounts(db_url: str, tmp_path: Path) -> None:
    """0003 → 0008: a database as the code of 0003 left it gains the 2FA and disabled-account
    columns (unset) and three empty tables, losing nothing; an old account turns 2FA on and logs
    in with a code; and 0008 goes back down cleanly, keeping every user."""
    import pyotp
    from alembic import command

    from server.auth import twofactor

    url, data_dir, info = _old_installation(db_url, tmp_path)
    eng = sa.create_engine(url)
    try:
        assert migrate._locked(eng, lambda conn: migrate._migrate(conn, "0003")).changed
        assert migrate.current_revision(eng) == "0003"
        before = _all_rows(url)
        assert before.pop("alembic_version") == [{"version_num": "0003"}]
        assert "recovery_codes" not in before and before["users"]

        app = _app(url, data_dir)
        try:
            after = _all_rows(url)
            assert after.pop("alembic_version") == [{"version_num": migrate.head()}]
            _new_since_0003(before, after, but="0008")
            assert _without_0008(after) == before
            with app.extensions["tablo"].db.read() as conn:
                assert _diffs(conn) == []  # the revisions build what schema.py says
            owner = ApiClient(app)
            owner.login(info["owner"], info["password"])
            secret = owner.post("/api/me/2fa/setup")["secret"]
            at = 1_700_000_010.0  # a fixed instant, not the calendar
            mp = pytest.MonkeyPatch()
            mp.setattr(twofactor, "unix_time", lambda: at)
            try:
                codes = owner.post("/api/me/2fa/enable", {"code": pyotp.TOTP(secret).at(at)})["recovery_codes"]
                again = ApiClient(app)
                assert again.post("/api/auth/login", {"email": info["owner"], "password": info["password"]}) == \
                    {"two_factor_required": True}
                again.post("/api/auth/login/2fa", {"recovery_code": codes[0]})
                assert again.get("/api/me")["user"]["two_factor"] is True
            finally:
                mp.undo()
        finally:
            app.extensions["tablo"].db.dispose()

        with eng.connect() as conn, conn.begin():
            command.downgrade(migrate._alembic_config(conn), "0003")
        back = _all_rows(url)
        assert not set(NEW_TABLES_0008) & set(back) and back["alembic_version"] == [{"version_num": "0003"}]
        assert [{k: v for k, v in u.items() if k != "password_hash"} for u in back["users"]] == \
            [{k: v for k, v in u.items() if k != "password_hash"} for u in before["users"]]
        assert back["bases"] == before["bases"]
    finally:
        eng.dispose()


def test_database_of_revision_0009_upgrades_to_groups(db_url: str, tmp_path: Path) -> None:
    """0009 → 0010: a database as the code of 0009 left it gains three empty group tables and
    loses nothing; its admin makes a group of an old account and gives it a role on an old base,
    which the account then reaches; and 0010 goes back down cleanly, keeping everything else."""
    from alembic import command

    url, data_dir, info = _old_installation(db_url, tmp_path)
    eng = sa.create_engine(url)
    try:
        assert migrate._locked(eng, lambda conn: migrate._migrate(conn, "0009")).changed
        assert migrate.current_revision(eng) == "0009"
        before = _all_rows(url)
        assert before.pop("alembic_version") == [{"version_num": "0009"}]
        assert "groups" not in before and before["users"] and before["base_members"]

        app = _app(url, data_dir)
        try:
            after = _all_rows(url)
            assert after.pop("alembic_version") == [{"version_num": migrate.head()}]
            for name in NEW_TABLES_0010:
                assert after.pop(name) == [], name
            assert after == before
            with app.extensions["tablo"].db.read() as conn:
                assert _diffs(conn) == []  # the revisions build what schema.py says
            owner = ApiClient(app)
            owner.login(info["owner"], info["password"])
            base_id = info["base_id"]
            newcomer = ApiClient(app)
            newcomer.signup("group.member@example.com")
            newcomer.get(f"/api/bases/{base_id}", expect=404)
            group_id = owner.post("/api/admin/groups", {"name": "Accountants"}, expect=201)["group"]["id"]
            owner.post(f"/api/admin/groups/{group_id}/members", {"user_id": newcomer.user["id"]},  # type: ignore[index]
                       expect=201)
            owner.post(f"/api/bases/{base_id}/groups", {"group_id": group_id, "role": "viewer"}, expect=201)
            newcomer.base = newcomer.get(f"/api/bases/{base_id}")
            assert newcomer.base["role"] == "viewer"
            assert len(newcomer.rows(table_id=info["table_id"])) == len(owner.rows(table_id=info["table_id"]))
        finally:
            app.extensions["tablo"].db.dispose()

        with eng.connect() as conn, conn.begin():
            command.downgrade(migrate._alembic_config(conn), "0009")
        back = _all_rows(url)
        assert not set(NEW_TABLES_0010) & set(back) and back["alembic_version"] == [{"version_num": "0009"}]
        assert back["bases"] == before["bases"] and back["base_members"] == before["base_members"]
        assert [u["email"] for u in back["users"]] == [u["email"] for u in before["users"]] + \
            ["group.member@example.com"]
    finally:
        eng.dispose()


def test_database_of_revision_0003_upgrades_to_record_dates(db_url: str, tmp_path: Path) -> None:
    """0003 → 0005: a database as the code of 0003 left it gains tables.record_date_column
    (empty) and loses nothing; a table of the old base takes a record date and is read as of a
    date; and 0005 goes back down cleanly."""
    from alembic import command

    url, data_dir, info = _old_installation(db_url, tmp_path)
    eng = sa.create_engine(url)
    try:
        assert migrate._locked(eng, lambda conn: migrate._migrate(conn, "0003")).changed
        before = _all_rows(url)
        assert before.pop("alembic_version") == [{"version_num": "0003"}]
        assert before["tables"] and "record_date_column" not in before["tables"][0]

        app = _app(url, data_dir)
        try:
            after = _all_rows(url)
            assert after.pop("alembic_version") == [{"version_num": migrate.head()}]
            assert [r.pop("record_date_column") for r in after["tables"]] == [None] * len(before["tables"])
            _new_since_0003(before, after, but="0005")
            assert after == before
            with app.extensions["tablo"].db.read() as conn:
                assert _diffs(conn) == []
            owner = ApiClient(app)
            owner.login(info["owner"], info["password"])
            owner.base = owner.get(f"/api/bases/{info['base_id']}")
            tid = info["table_id"]
            rows = owner.rows(table_id=tid, limit=1000)
            created = owner.add_column("Created", "ctime", table_id=tid)
            owner.patch(f"/api/tables/{tid}", {"record_date_column_id": created["id"]})
            assert owner.get(f"/api/tables/{tid}")["record_date_column_id"] == created["id"]
            # Every old row was created before today; none exists as of a day long ago.
            assert owner.get(f"/api/tables/{tid}/count?as_of=2099-01-01")["count"] == len(rows)
            assert owner.get(f"/api/tables/{tid}/count?as_of=2000-01-01")["count"] == 0
        finally:
            app.extensions["tablo"].db.dispose()

        with eng.connect() as conn, conn.begin():
            command.downgrade(migrate._alembic_config(conn), "0003")
        back = _all_rows(url)
        assert back["alembic_version"] == [{"version_num": "0003"}]
        assert "record_date_column" not in back["tables"][0] and len(back["tables"]) == len(before["tables"])
        assert back["users"] == before["users"] and back["views"] == before["views"]
    finally:
        eng.dispose()


def test_database_of_revision_0003_upgrades_to_access_rules(db_url: str, tmp_path: Path) -> None:
    """0003 → 0009: a database as the code of 0003 left it gains an empty access_rules table and
    loses nothing; the owner of the old base gives an editor a row rule and the editor reads only
    the rows it lets through; and 0009 goes back down cleanly."""
    from alembic import command

    url, data_dir, info = _old_installation(db_url, tmp_path)
    eng = sa.create_engine(url)
    try:
        assert migrate._locked(eng, lambda conn: migrate._migrate(conn, "0003")).changed
        before = _all_rows(url)
        assert before.pop("alembic_version") == [{"version_num": "0003"}]
        assert "access_rules" not in before

        app = _app(url, data_dir)
        try:
            after = _all_rows(url)
            assert after.pop("alembic_version") == [{"version_num": migrate.head()}]
            assert after.pop("access_rules") == []
            _new_since_0003(before, after, but="0009")
            assert after == before
            with app.extensions["tablo"].db.read() as conn:
                assert _diffs(conn) == []
            owner = ApiClient(app)
            owner.login(info["owner"], info["password"])
            owner.base = owner.get(f"/api/bases/{info['base_id']}")
            tid = info["table_id"]
            rows = owner.rows(table_id=tid, limit=1000)
            assert rows
            member = ApiClient(app)
            member.signup("rules-upgrade@example.com")
            invited = owner.post(f"/api/bases/{info['base_id']}/invitations",
                                 {"email": "rules-upgrade@example.com", "role": "editor"}, expect=201)
            member.post(f"/api/invitations/{invited['token']}/accept")
            first = _first_text_column(owner, tid)
            value = next(r for r in owner.rows(table_id=tid, names=False) if r.get(str(first)))[str(first)]
            flt = [{"column_id": first, "operator": "is", "value": value}]
            owner.put(f"/api/tables/{tid}/access", {"rules": [{"role": "editor", "read_filter": {"filters": flt}}]})
            expected = owner.get(f"/api/tables/{tid}/count?filters={urllib.parse.quote(json.dumps(flt))}")["count"]
            assert 0 < expected < len(rows)
            assert member.get(f"/api/tables/{tid}/count")["count"] == expected
            assert len(member.rows(table_id=tid)) == expected
            assert owner.get(f"/api/tables/{tid}/count")["count"] == len(rows)
        finally:
            app.extensions["tablo"].db.dispose()

        with eng.connect() as conn, conn.begin():
            command.downgrade(migrate._alembic_config(conn), "0003")
        back = _all_rows(url)
        assert "access_rules" not in back and back["alembic_version"] == [{"version_num": "0003"}]
        assert back["bases"] == before["bases"] and back["tables"] == before["tables"]
    finally:
        eng.dispose()


def _first_text_column(client: ApiClient, table_id: int) -> int:
    table = client.get(f"/api/tables/{table_id}")
    return next(c["id"] for c in table["columns"] if c["type"] == "text")


def test_old_installation_is_refused_when_automatic_upgrades_are_off(db_url: str, tmp_path: Path) -> None:
    url, data_dir, _ = _old_installation(db_url, tmp_path)
    with pytest.raises(migrate.CatalogError, match=r"run `tablo upgrade`.*TABLO_AUTO_UPGRADE=false"):
        _app(url, data_dir, auto_upgrade=False)
    assert "alembic_version" not in _all_rows(url)  # untouched


# -- the revision chain and the code agree -----------------------------------------------------------
def test_revision_chain_builds_the_schema_of_the_code_and_ignores_user_tables(db_url: str, tmp_path: Path) -> None:
    from alembic import command

    eng = sa.create_engine(db_url)
    with eng.connect() as conn, conn.begin():
        command.upgrade(migrate._alembic_config(conn), "head")  # every revision from nothing
    eng.dispose()
    app = _app(db_url, tmp_path / "data")  # finds it current, touches nothing
    try:
        owner = ApiClient(app)
        owner.signup("owner@example.com")
        owner.post("/api/bases", {"template": "receivables", "sample_data": False, "language": "en"}, expect=201)
        with app.extensions["tablo"].db.read() as conn:
            names = sa.inspect(conn).get_table_names()
            assert any(n.startswith("t_") for n in names)  # user tables are there...
            assert _diffs(conn) == []  # ...and neither they nor any catalog difference show up
    finally:
        app.extensions["tablo"].db.dispose()


def test_new_database_is_created_at_the_head(db_url: str, tmp_path: Path) -> None:
    app = _app(db_url, tmp_path / "data")
    try:
        with app.extensions["tablo"].db.read() as conn:
            assert _diffs(conn) == []
        assert migrate.current_revision(app.extensions["tablo"].db.engine) == migrate.head()
    finally:
        app.extensions["tablo"].db.dispose()


# -- processes starting at once; a newer database -----------------------------------------------------
def _tablo(args: list[str], url: str, data_dir: Path, **env: str) -> subprocess.Popen:
    full_env = {**os.environ, "TABLO_DATABASE_URL": url, "TABLO_DATA_DIR": str(data_dir),
                "TABLO_SECRET_KEY": "test-secret", **env}
    exe = Path(sys.executable).with_name("tablo")
    return subprocess.Popen([str(exe), *args], env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


@pytest.mark.slow
@pytest.mark.parametrize("start", ["fresh", "old"])
def test_processes_starting_at_once_migrate_once(db_url: str, tmp_path: Path, start: str) -> None:
    if start == "old":
        url, data_dir, _ = _old_installation(db_url, tmp_path)
        did = "Upgraded the catalog from a Tablo without migrations"
    else:
        url, data_dir = db_url, tmp_path / "data"
        did = "The database was empty: created the tables"
    procs = [_tablo(["upgrade"], url, data_dir) for _ in range(3)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    said = sorted(out for out, _ in outs)
    assert sum(did in s for s in said) == 1, said
    assert sum("Already at catalog revision" in s for s in said) == 2, said
    eng = sa.create_engine(url)
    with eng.connect() as conn:
        assert _diffs(conn) == []
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [migrate.head()]
    eng.dispose()


def test_database_of_a_newer_tablo_is_refused(db_url: str, tmp_path: Path) -> None:
    _app(db_url, tmp_path / "data").extensions["tablo"].db.dispose()
    eng = sa.create_engine(db_url)
    with eng.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    eng.dispose()
    with pytest.raises(migrate.CatalogError, match=r"revision '9999'.*newer Tablo"):
        _app(db_url, tmp_path / "data")
    proc = _tablo(["upgrade"], db_url, tmp_path / "data")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert "Error: The database is at catalog revision '9999'" in err and "Traceback" not in err
