"""A backup holds everything a base is, and restores it: schema, rows, links, files, views,
charts, comments, form views, permissions, automations and webhooks (secrets left out) — for a
plain base and for the receivables template with sample data, on both databases and across
them (a SQLite backup restored on PostgreSQL). What cannot come back is said, not dropped:
attachments whose contents are missing, automations and webhooks switched off.
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import json
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from tests.fixtures_types import build_every_type_table
from tests.helpers import ApiClient

REF_KEY = re.compile(r"(column|table|view)|(user)", re.IGNORECASE)


# -- what a base is, with every id replaced by what it names ----------------------------------------
def describe(app: Any, base_id: int) -> dict[str, Any]:
    """The base as comparable data: ids become names (columns, tables, views) and emails (people)."""
    from server.catalog import schema as cat
    from server.columns.links import junction_table
    from server.query.rows import select_rows

    st = app.extensions["tablo"]
    with st.db.read() as conn:
        schema = st.schema_cache.get(conn, base_id)
        tables = schema.live_tables()
        names: dict[str, dict[int, str]] = {"table": {t.id: t.name for t in tables},
                                            "column": {c.id: f"{t.name}.{c.name}" for t in tables for c in t.columns}}
        names["view"] = {v.id: v.name for v in conn.execute(sa.select(cat.views).where(
            cat.views.c.table_id.in_(names["table"])))}
        names["user"] = dict(conn.execute(sa.select(cat.users.c.id, cat.users.c.email)).all())

        def n(obj: Any, key: str = "") -> Any:
            if key in ("source", "condition_source", "link_id"):
                return None  # the formula text's id-based twin (compared by names); a junction's number
            kind = ref_kind(key)
            if isinstance(obj, dict):
                return {(names["column"].get(int(k), k) if isinstance(k, str) and k.isdigit() else k):
                        n(v, str(k)) for k, v in obj.items()}
            if isinstance(obj, list):
                return [n(v, key) for v in obj]
            if kind and isinstance(obj, int) and not isinstance(obj, bool):
                return names[kind].get(obj, f"missing {kind} {obj}")
            if kind and kind != "user" and isinstance(obj, str) and obj.isdigit():
                return names[kind].get(int(obj), obj)
            return value(obj)

        out: dict[str, Any] = {"name": conn.execute(sa.select(cat.bases.c.name).where(
            cat.bases.c.id == base_id)).scalar(), "tables": {}, "links": {}}
        for t in tables:
            cols = {c.name: (c.type, n(c.options), c.position, c.is_primary, c.description) for c in t.columns}
            rows = []
            for r in select_rows(conn, t):
                cells = {c.name: n(r.get(c.phys), "user" if c.type in ("collaborator", "creator", "last-modifier")
                                  else "") for c in t.columns if c.phys and c.type not in ("file", "image")}
                files = {c.name: [(f["name"], f["size"], f["mime"]) for f in (r.get(c.phys) or [])]
                         for c in t.columns if c.type in ("file", "image")}
                rows.append((r["_id"], value(r["_ctime"]), value(r["_mtime"]), names["user"].get(r["_creator"]),
                             cells, files))
            record_date = names["column"].get(t.record_date_column_id) if t.record_date_column_id else None
            out["tables"][t.name] = {"position": t.position, "columns": cols, "rows": rows,
                                     "record_date": record_date}
            for c in t.columns:
                if c.type == "link" and c.options.get("side") == "a":
                    other = schema.table(c.options["table_id"])
                    pairs = _pairs(conn, junction_table(c.options["link_id"]), t.sa_table, other.sa_table)
                    out["links"][f"{t.name}.{c.name}"] = sorted(pairs)
        vs = conn.execute(sa.select(cat.views).where(cat.views.c.table_id.in_(names["table"]),
                                                     cat.views.c.deleted_at.is_(None))
                          .order_by(cat.views.c.position, cat.views.c.id)).all()
        out["views"] = [(names["table"][v.table_id], v.name, v.type, v.position, n(v.settings)) for v in vs]
        out["charts"] = sorted((c.name, names["table"][c.table_id], names["view"].get(c.view_id), c.position,
                                json.dumps(n(c.settings), sort_keys=True))
                               for c in conn.execute(sa.select(cat.charts).where(cat.charts.c.base_id == base_id,
                                                                                 cat.charts.c.deleted_at.is_(None))))
        out["documents"] = sorted((names["table"][d.table_id], d.name, d.body, json.dumps(n(d.options), sort_keys=True),
                                   d.position)
                                  for d in conn.execute(sa.select(cat.documents).where(
                                      cat.documents.c.base_id == base_id, cat.documents.c.deleted_at.is_(None))))
        out["company"] = conn.execute(sa.select(cat.company_details.c.details)
                                      .where(cat.company_details.c.base_id == base_id)).scalar()
        cm = cat.comments
        out["comments"] = [(names["table"][c.table_id], c.row_id, names["user"].get(c.author_id), c.body,
                            n(c.mentions, "user"), c.resolved, names["user"].get(c.resolved_by), value(c.created_at))
                           for c in conn.execute(sa.select(cm).where(cm.c.base_id == base_id).order_by(cm.c.id))]
        ar = cat.automation_rules
        out["automations"] = [(names["table"][r.table_id], r.name, n(r.trigger), n(r.actions))
                              for r in conn.execute(sa.select(ar).where(ar.c.base_id == base_id).order_by(ar.c.id))]
        wh = cat.webhooks
        out["webhooks"] = [(r.url, r.events) for r in conn.execute(sa.select(wh).where(wh.c.base_id == base_id)
                                                                   .order_by(wh.c.id))]
        tp, cp = cat.table_permissions, cat.column_permissions
        out["permissions"] = sorted(
            [("table", names["table"][r.table_id], r.operation, r.mode, n(r.user_ids, "user"))
             for r in conn.execute(sa.select(tp).where(tp.c.base_id == base_id))]
            + [("column", names["column"][r.column_id], "", r.mode, n(r.user_ids, "user"))
               for r in conn.execute(sa.select(cp).where(cp.c.base_id == base_id))], key=str)
    return out


def ref_kind(key: str) -> str | None:
    if key == "card_fields":  # a kanban's columns on its cards
        return "column"
    found = REF_KEY.findall(key)
    return next((k.lower() for k, _ in found if k), None) or ("user" if found else None)


def _pairs(conn: sa.Connection, j: sa.Table, a: sa.Table, b: sa.Table) -> list[tuple[str, str]]:
    ids_a = dict(conn.execute(sa.select(a.c.id, a.c._id)).all())
    ids_b = dict(conn.execute(sa.select(b.c.id, b.c._id)).all())
    return [(ids_a[r.row_a], ids_b[r.row_b]) for r in conn.execute(sa.select(j.c.row_a, j.c.row_b))]


def value(v: Any) -> Any:
    """One form for a value on either database (numbers as floats, times as UTC text)."""
    if isinstance(v, decimal.Decimal | float) and not isinstance(v, bool):
        return round(float(v), 9)
    if isinstance(v, dt.datetime):
        return (v.astimezone(dt.UTC).replace(tzinfo=None) if v.tzinfo else v).isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str) and v[:1] in "[{":
        try:
            return value(json.loads(v))
        except ValueError:
            return v
    if isinstance(v, list):
        return [value(x) for x in v]
    if isinstance(v, dict):
        return {k: value(x) for k, x in v.items()}
    return v


# -- bases to back up -----------------------------------------------------------------------------------
def make_app(url: str, data_dir: Any) -> Any:
    from server.app import create_app
    from server.config import load_config

    app = create_app(load_config(data_dir=str(data_dir), database_url=url, secret_key="test-secret"))
    app.config["TESTING"] = True
    return app


def people(app: Any) -> tuple[ApiClient, ApiClient]:
    """The same two people (by email) on any server: the owner and an editor."""
    owner, boris = ApiClient(app), ApiClient(app)
    owner.signup("owner@example.com")
    boris.signup("boris@example.com")
    return owner, boris


def plain_base(owner: ApiClient, boris: ApiClient) -> int:
    """A base with every column type, files, a link with a lookup, rollup and formulas, a view, a
    chart, comments, a form view, permissions, automations and webhooks."""
    from server.catalog import schema as cat

    owner.new_base("Plain")
    b, t = owner.base_id, owner.table_id
    owner.post(f"/api/bases/{b}/members", {"email": boris.user["email"], "role": "editor"}, expect=201)
    every = build_every_type_table(owner)
    owner.add_column("Amount", "number")
    pay = owner.post(f"/api/bases/{b}/tables", {"name": "Payments"}, expect=201)["table"]["id"]
    owner.add_column("Sum", "number", table_id=pay)
    owner.add_column("Payments", "link", {"table": "Payments"})
    # Made in this order on purpose: the formula reads a rollup made after it in the table.
    owner.add_column("Paid", "rollup", {"link": "Payments", "column": "Sum", "summary": "sum"})
    owner.add_column("Open", "formula", {"formula": "{Amount} - {Paid}"})
    owner.add_column("Settled", "formula", {"formula": "{Open} <= 0"})
    owner.add_column("Flag", "formula", {"formula": "if({Settled}, 'done', 'due')"})
    owner.add_column("Customer", "lookup", {"link": "Payments", "column": "Sum"})
    p1, p2 = owner.insert([{"Sum": 30}, {"Sum": 12.5}], table_id=pay)
    rows = owner.insert([{"Name": "Acme", "Amount": 100, "Payments": [p1["_id"], p2["_id"]]},
                         {"Name": "Бета", "Amount": 0}])
    boris.base = owner.base
    boris.insert([{"Name": "by Boris"}])
    amount = next(c for c in owner.get(f"/api/bases/{b}")["tables"][0]["columns"] if c["name"] == "Amount")["id"]
    view = owner.post(f"/api/tables/{t}/views", {"name": "Big ones", "settings": {
        "filters": {"conjunction": "and", "filters": [{"column_id": amount, "operator": "gt", "value": 10}]},
        "sorts": [{"column_id": amount, "direction": "desc"}], "hidden_columns": [amount]}}, expect=201)
    view_id = (view.get("view") or view)["id"]
    owner.post(f"/api/bases/{b}/charts", {"table_id": t, "view_id": view_id, "name": "Amounts",
                                          "settings": {"type": "bar", "x": {"column_id": amount}}}, expect=201)
    owner.post(f"/api/tables/{t}/rows/{rows[0]['_id']}/comments",
               {"comment": "Проверить оплату", "mentions": [boris.user["id"]]}, expect=201)
    c2 = owner.post(f"/api/tables/{every.table_id}/rows/{every.row_ids[0]}/comments", {"comment": "second"},
                    expect=201)["comment"]
    owner.patch(f"/api/comments/{c2['id']}", {"resolved": True})
    name_col = next(c["id"] for c in owner.get(f"/api/tables/{t}")["columns"] if c["name"] == "Name")
    owner.post(f"/api/tables/{t}/views", {"name": "Order", "type": "form", "settings": {
        "fields": [{"column_id": name_col, "required": True},
                   {"column_id": amount, "condition": {"column_id": name_col, "op": "filled"}}]}}, expect=201)
    owner.patch(f"/api/tables/{t}/permissions", {
        "rows": {"delete": {"mode": "named", "user_ids": [owner.user["id"]]}},
        "columns": {str(amount): {"mode": "named", "user_ids": [boris.user["id"]]}}})
    owner.post(f"/api/tables/{t}/automations", {"name": "Tell Boris", "trigger": {
        "type": "row_updated", "columns": [amount]}, "actions": [
        {"type": "notify", "users": [boris.user["id"]], "message": "{Name} changed"},
        {"type": "set_cells", "values": {str(amount): 1}}]}, expect=201)
    st = owner.app.extensions["tablo"]
    with st.db.write() as conn:  # the webhook API checks the target address; this one is made directly
        conn.execute(sa.insert(cat.webhooks).values(base_id=b, url="https://hooks.example.com/tablo",
                                                    secret="s3cret", events=["row.created"], active=True,
                                                    created_by=owner.user["id"], created_at=dt.datetime.now(dt.UTC)))
    return b


def receivables_base(owner: ApiClient, boris: ApiClient) -> int:
    base = owner.post("/api/bases", {"template": "receivables", "sample_data": True, "language": "en"}, expect=201)
    owner.base = base
    owner.post(f"/api/bases/{base['id']}/members", {"email": boris.user["email"], "role": "editor"}, expect=201)
    table = base["tables"][0]
    row = owner.rows(table["id"], names=False, limit=1)[0]["_id"]
    owner.post(f"/api/tables/{table['id']}/rows/{row}/comments", {"comment": "call them"}, expect=201)
    owner.call("PUT", f"/api/bases/{base['id']}/company", json={"details": {"name": "ООО «Табло»", "inn": "7701234567"}},
               expect=200)
    return base["id"]


BUILDERS = {"plain": plain_base, "receivables": receivables_base}


def backup(owner: ApiClient, base_id: int) -> bytes:
    return owner.call("GET", f"/api/bases/{base_id}/export", expect=200).get_data()


def restore(owner: ApiClient, data: bytes, expect: int = 201) -> Any:
    resp = owner.call("POST", "/api/bases/import", expect=expect, content_type="multipart/form-data",
                      data={"file": (io.BytesIO(data), "backup.tablo")})
    return resp.get_json()


def same_base(before: dict, after: dict) -> None:
    """Everything equal part by part (a failure names where the first difference is)."""
    assert set(before) == set(after)
    for part in before:
        if part != "name":
            assert after[part] == before[part], first_difference(before[part], after[part], part)


def first_difference(a: Any, b: Any, path: str) -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        if set(a) != set(b):
            return f"{path}: keys {sorted(map(str, set(a) ^ set(b)))} differ"
        return next((first_difference(a[k], b[k], f"{path}.{k}") for k in a if a[k] != b[k]), path)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple) and len(a) == len(b):
        return next((first_difference(x, y, f"{path}[{i}]") for i, (x, y) in enumerate(zip(a, b, strict=True))
                     if x != y), path)
    return f"{path}: {a!r} != {b!r}"


# -- the round trips -------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["plain", "receivables"])
def test_backup_round_trip_keeps_everything(app: Any, kind: str) -> None:
    owner, boris = people(app)
    base_id = BUILDERS[kind](owner, boris)
    before = describe(app, base_id)
    restored = restore(owner, backup(owner, base_id))
    assert restored["missing_files"] == []
    # Automations and webhooks come back switched off, and the answer says how many.
    on = {"automations": sum(1 for _ in before["automations"]), "webhooks": len(before["webhooks"])}
    assert restored["switched_off"] == on
    after = describe(app, restored["base_id"])
    same_base(before, after)
    assert before["comments"] and before["automations"] and before["views"] and before["charts"]
    if kind == "receivables":
        assert len(before["documents"]) == 4 and before["company"]["inn"] == "7701234567"
        # Each table's record date (reads as of a date) comes back, naming the restored column.
        assert {k: t["record_date"] for k, t in before["tables"].items() if t["record_date"]} == {
            "Invoices": "Invoices.Invoice date", "Payments": "Payments.Date", "Follow-ups": "Follow-ups.Created"}
    if kind == "plain":
        assert before["links"] and before["permissions"] and before["webhooks"]
        assert "form" in {v[2] for v in before["views"]}
    _no_secrets_and_off(app, restored["base_id"])


def _no_secrets_and_off(app: Any, base_id: int) -> None:
    from server.catalog import schema as cat

    st = app.extensions["tablo"]
    with st.db.read() as conn:
        assert all(r.secret is None and not r.active for r in conn.execute(
            sa.select(cat.webhooks).where(cat.webhooks.c.base_id == base_id)))
        assert not any(r.active for r in conn.execute(
            sa.select(cat.automation_rules).where(cat.automation_rules.c.base_id == base_id)))


@pytest.fixture
def sqlite_and_pg(tmp_path: Any, pg_database: str | None) -> Iterator[tuple[Any, Any]]:
    from tests.test_live import _pg_schema_url

    if pg_database is None:
        pytest.skip("PostgreSQL is not reachable")
    url, drop = _pg_schema_url(pg_database)
    lite = make_app(f"sqlite:///{tmp_path / 'lite.db'}", tmp_path / "lite")
    pg = make_app(url, tmp_path / "pg")
    yield lite, pg
    from server.query import indexes

    indexes.wait_idle()  # background index upkeep of the restored base, before its schema goes
    for a in (lite, pg):
        a.extensions["tablo"].db.dispose()
    drop()


@pytest.mark.parametrize("kind", ["plain", "receivables"])
def test_a_sqlite_backup_restores_on_postgresql(sqlite_and_pg: tuple[Any, Any], kind: str) -> None:
    lite, pg = sqlite_and_pg
    owner, boris = people(lite)
    base_id = BUILDERS[kind](owner, boris)
    # Text from before the input rule (a NUL stored by SQLite) must not stop the restore.
    first_table = owner.get(f"/api/bases/{base_id}")["tables"][0]
    st = lite.extensions["tablo"]
    with st.db.write() as conn:
        table = st.schema_cache.get(conn, base_id).table(first_table["id"])
        name_col = next(c for c in table.columns if c.is_primary)
        conn.execute(sa.update(table.sa_table).where(table.sa_table.c.id == conn.execute(
            sa.select(sa.func.min(table.sa_table.c.id))).scalar()).values({name_col.phys: "nul\x00here"}))
    before = describe(lite, base_id)
    data = backup(owner, base_id)
    pg_owner, _ = people(pg)
    restored = restore(pg_owner, data)
    after = json.loads(json.dumps(describe(pg, restored["base_id"])))  # tuples as lists, like `cleaned`
    cleaned = json.loads(json.dumps(before).replace("nul\\u0000here", "nulhere"))
    assert cleaned != json.loads(json.dumps(before))
    same_base(cleaned, after)


def test_missing_attachment_contents_are_reported(owner: ApiClient, app: Any) -> None:
    every = build_every_type_table(owner)
    data = backup(owner, owner.base_id)
    # The same backup without the file contents (as when the files folder was not saved).
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            if not item.filename.startswith("files/"):
                z.writestr(item, src.read(item))
    restored = restore(owner, out.getvalue())
    missing = {m["name"]: m for m in restored["missing_files"]}
    assert set(missing) == {"отчёт.txt", "pixel.png"}
    assert missing["отчёт.txt"]["rows"] == [every.row_ids[0]] and missing["pixel.png"]["rows"] == [every.row_ids[0]]
    assert missing["отчёт.txt"]["size"] == every.files["file"]["size"]


@pytest.mark.parametrize("damage", [
    lambda m: m.pop("base"), lambda m: m.update(base={"title": "x"}), lambda m: m.update(tables={}),
    lambda m: m["tables"][0].pop("columns"), lambda m: m["tables"][0]["columns"][0].update(id="one"),
    lambda m: m.update(views=[{"id": 1, "table_id": 10**6}]), lambda m: m.update(comments="x"),
    lambda m: m["tables"][0].update(record_date_column_id=[1]),
])
def test_a_damaged_manifest_is_422_naming_the_part(owner: ApiClient, damage: Any) -> None:
    data = backup(owner, owner.base_id)
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    manifest = json.loads(src.read("manifest.json"))
    damage(manifest)
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            z.writestr(item, json.dumps(manifest) if item.filename == "manifest.json" else src.read(item))
    bases = len(owner.get("/api/bases")["bases"])
    err = restore(owner, out.getvalue(), expect=422)["error"]
    assert "damaged" in err["message"] and any(k.startswith("manifest.") for k in err["fields"]), err
    assert len(owner.get("/api/bases")["bases"]) == bases
