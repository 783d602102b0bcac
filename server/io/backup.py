"""The whole-base backup file (`.tablo`): everything a base is, in one zip, and its restore
into a new base.

Layout (format "tablo-base", version 1; parts added later are optional on restore):
    manifest.json          base name; tables with columns (ids, types, options, positions),
                           auto-number counters, record date column; views; charts; document templates and
                           company details; attachment records; comments; automations;
                           webhooks (without their secrets); table and
                           column permissions; the people these name (id, email, name)
    rows/<table id>.jsonl  one JSON object per row, in row order: system fields and stored
                           values keyed by column id (timestamps as {"$dt": iso})
    links/<link id>.jsonl  junction rows as [internal row id a, internal row id b]
    files/<sha256>         attachment contents, once per content

Export reads one snapshot (one read transaction) and streams rows into the zip. Restore
creates a new base and fills it in one action by the system user (so it is on nobody's undo
stack, like a template): tables and plain columns through add_table, then links, then
formulas, lookups and rollups in the order of their dependencies (each one's references
remapped to the new ids, so a formula is only made once what it reads exists), rows written
raw in chunks, view, chart, form, automation and permission settings remapped to the new ids.
Row ids, row order, creation and modification times are kept, so the round trip is exact.
People are matched by email on the restoring server (decision 0015).

What a restore cannot bring back is said in its answer, never dropped silently: attachments
whose contents are not in the file (their cells are left without them), and automations and
webhooks, which come back switched off (a restored copy must not send the original's mail and
calls twice; a webhook's secret is not in the backup).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import zipfile
from typing import Any

import sqlalchemy as sa
from marshmallow import fields

from server.actions.apply import apply_action
from server.actions.codec import decode, encode
from server.actions.context import ActionContext
from server.actions.registry import Done, action_handler
from server.actions.schemas import ActionPayload
from server.api.inbound import strip_bad_text
from server.catalog import schema as cat
from server.catalog.model import load_schema
from server.catalog.roles import memberships
from server.errors import invalid
from server.formulas.compiler import formula_refs
from server.formulas.parser import rewrite_refs
from server.io.formats import ImportFileError, ReadLimits
from server.query.rows import base_select
from server.views import DEFAULT_VIEW_TYPE, get_view_type
from server.views.form import from_public_form

FORMAT = "tablo-base"
VERSION = 1
ROW_CHUNK = 2000
SYSTEM = ("_id", "_order", "_ctime", "_mtime", "_creator", "_last_modifier")
_REF_KEY = re.compile(r"(column|table|view)|(user)", re.IGNORECASE)
# Options holding formula text whose {#id} references name columns.
_FORMULA_KEYS = ("source", "condition_source")


def _blob(files_dir: Any, sha: str) -> str:
    return os.path.join(str(files_dir), sha[:2], sha)


def export_base(st: Any, base_id: int, path: str, conn: sa.Connection | None = None) -> str:
    """Write the backup of `base_id` to `path`; returns the base's name.

    `conn`: read through this connection (its transaction, changes not yet committed included,
    as a point-in-time restore needs); by default one read transaction of its own."""
    if conn is None:
        with st.db.read() as own:
            return export_base(st, base_id, path, own)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
        base = conn.execute(sa.select(cat.bases).where(cat.bases.c.id == base_id)).one()
        # A connection with uncommitted changes must not fill the shared cache with its schema.
        schema = load_schema(conn, base_id, -1) if conn.get_execution_options().get("tablo_write") \
            else st.schema_cache.get(conn, base_id)
        tables = []
        authors: set[int] = set()  # the people rows name as creator / last modifier
        for t in schema.live_tables():
            cols = [{"id": c.id, "name": c.name, "type": c.type, "options": c.options, "position": c.position,
                     "is_primary": c.is_primary, "description": c.description} for c in t.columns]
            counters = {str(r.column_id): r.value for r in conn.execute(
                sa.select(cat.counters).where(cat.counters.c.column_id.in_([c.id for c in t.columns])))}
            tables.append({"id": t.id, "name": t.name, "position": t.position, "columns": cols,
                           "counters": counters, "record_date_column_id": t.record_date_column_id})
            with z.open(f"rows/{t.id}.jsonl", "w", force_zip64=True) as out:
                sel = base_select(t, [c for c in t.columns if c.phys]).add_columns(t.sa_table.c._order, t.sa_table.c.id) \
                    .order_by(t.sa_table.c._order, t.sa_table.c.id)
                for r in conn.execution_options(stream_results=True, yield_per=ROW_CHUNK).execute(sel):
                    m = r._mapping
                    rec = {k: encode(m[k]) for k in SYSTEM}
                    authors.update(u for u in (m["_creator"], m["_last_modifier"]) if isinstance(u, int))
                    rec["#"] = m["id"]  # the internal id, only to restore links
                    rec["cells"] = {str(c.id): encode(m[c.phys]) for c in t.columns if c.phys and m[c.phys] is not None}
                    out.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
            for c in t.columns:
                if c.type == "link" and c.options.get("side") == "a" and c.options.get("link_id"):
                    _export_links(conn, z, c.options["link_id"])
        table_ids = [t["id"] for t in tables]
        views = [{"id": v.id, "table_id": v.table_id, "name": v.name, "type": v.type, "position": v.position,
                  "settings": v.settings}
                 for v in conn.execute(sa.select(cat.views).where(
                     cat.views.c.table_id.in_(table_ids), cat.views.c.deleted_at.is_(None),
                     cat.views.c.private_to.is_(None)).order_by(cat.views.c.position, cat.views.c.id))]
        charts = []
        if hasattr(cat, "charts"):
            charts = [{"id": c.id, "table_id": c.table_id, "view_id": c.view_id, "name": c.name,
                       "position": c.position, "settings": c.settings}
                      for c in conn.execute(sa.select(cat.charts).where(
                          cat.charts.c.base_id == base_id, cat.charts.c.deleted_at.is_(None)))]
        # Document templates and the company details their documents use (docs/documents.md).
        documents = [{"id": d.id, "table_id": d.table_id, "name": d.name, "body": d.body, "options": d.options,
                      "position": d.position}
                     for d in conn.execute(sa.select(cat.documents).where(
                         cat.documents.c.table_id.in_(table_ids), cat.documents.c.deleted_at.is_(None)))]
        company = conn.execute(sa.select(cat.company_details.c.details)
                               .where(cat.company_details.c.base_id == base_id)).scalar()
        files = [{"id": f.id, "sha256": f.sha256, "name": f.name, "size": f.size, "mime": f.mime}
                 for f in conn.execute(sa.select(cat.files).where(cat.files.c.base_id == base_id))]
        written: set[str] = set()
        for f in files:
            src = _blob(st.config.files_dir, f["sha256"])
            if f["sha256"] not in written and os.path.exists(src):
                z.write(src, f"files/{f['sha256']}")
                written.add(f["sha256"])
        manifest = {"format": FORMAT, "version": VERSION, "base": {"name": base.name}, "tables": tables,
                    "views": views, "charts": charts, "files": files, "documents": documents,
                    **({"company": company} if company else {}),
                    **_export_team(conn, base_id, table_ids, [c["id"] for t in tables for c in t["columns"]],
                                   authors)}
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    return base.name


def _export_team(conn: sa.Connection, base_id: int, table_ids: list[int], column_ids: list[int],
                 authors: set[int]) -> dict[str, Any]:
    """Comments, automations, webhooks and permissions of the base, and the people they name."""
    cm, ar, wh = cat.comments, cat.automation_rules, cat.webhooks
    comments = [{"table_id": r.table_id, "row_id": r.row_id, "author_id": r.author_id, "body": r.body,
                 "mentions": r.mentions or [], "resolved": bool(r.resolved), "resolved_by": r.resolved_by,
                 "resolved_at": encode(r.resolved_at), "created_at": encode(r.created_at),
                 "updated_at": encode(r.updated_at)}
                for r in conn.execute(sa.select(cm).where(cm.c.base_id == base_id, cm.c.table_id.in_(table_ids))
                                      .order_by(cm.c.id))]
    automations = [{"table_id": r.table_id, "name": r.name, "active": bool(r.active), "trigger": r.trigger,
                    # An automation's webhook secret stays out, like a webhook's.
                    "actions": [{k: v for k, v in a.items() if k != "secret"} for a in (r.actions or [])],
                    "created_by": r.created_by, "created_at": encode(r.created_at)}
                   for r in conn.execute(sa.select(ar).where(ar.c.base_id == base_id, ar.c.table_id.in_(table_ids))
                                         .order_by(ar.c.id))]
    webhooks = [{"url": r.url, "events": r.events, "active": bool(r.active), "created_by": r.created_by,
                 "created_at": encode(r.created_at)}
                for r in conn.execute(sa.select(wh).where(wh.c.base_id == base_id).order_by(wh.c.id))]
    tp, cp = cat.table_permissions, cat.column_permissions
    permissions = {
        "tables": [{"table_id": r.table_id, "operation": r.operation, "mode": r.mode, "user_ids": r.user_ids}
                   for r in conn.execute(sa.select(tp).where(tp.c.table_id.in_(table_ids)))],
        "columns": [{"column_id": r.column_id, "table_id": r.table_id, "mode": r.mode, "user_ids": r.user_ids}
                    for r in conn.execute(sa.select(cp).where(cp.c.column_id.in_(column_ids)))],
    }
    # Everyone these may name: the base's members (direct or through a group) and past authors.
    ids = set(authors) | set(conn.execute(sa.select(memberships(base_id=base_id).c.user_id)).scalars())
    for c in comments:
        ids |= {c["author_id"], c["resolved_by"], *c["mentions"]}
    users = [{"id": r.id, "email": r.email, "name": r.name}
             for r in conn.execute(sa.select(cat.users.c.id, cat.users.c.email, cat.users.c.name)
                                   .where(cat.users.c.id.in_([i for i in ids if isinstance(i, int)])))]
    return {"comments": comments, "automations": automations, "webhooks": webhooks,
            "permissions": permissions, "users": users}


def _export_links(conn: sa.Connection, z: zipfile.ZipFile, link_id: int) -> None:
    from server.columns.links import junction_table

    j = junction_table(link_id)
    with z.open(f"links/{int(link_id)}.jsonl", "w", force_zip64=True) as out:
        for r in conn.execution_options(stream_results=True, yield_per=ROW_CHUNK).execute(
                sa.select(j.c.row_a, j.c.row_b)):
            out.write(f"[{int(r.row_a)},{int(r.row_b)}]\n".encode())


# -- restore ----------------------------------------------------------------------------------
def _read_manifest(z: zipfile.ZipFile, limits: ReadLimits) -> dict:
    total = sum(i.file_size for i in z.infolist())
    if total > limits.max_unzipped_bytes:
        raise ImportFileError("the backup unpacks to more than the allowed size")
    for i in z.infolist():
        if i.file_size > 1024 * 1024 and i.compress_size and i.file_size / i.compress_size > limits.max_zip_ratio:
            raise ImportFileError(f"the backup part {i.filename} is a possible zip bomb; refused")
    try:
        manifest = json.loads(z.read("manifest.json"))
    except KeyError:
        raise ImportFileError("this is not a Tablo backup file (no manifest.json)") from None
    except ValueError:
        raise ImportFileError("the backup's manifest.json is damaged") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ImportFileError("this is not a Tablo backup file")
    if manifest.get("version") != VERSION:
        raise ImportFileError(f"backup format version {manifest.get('version')!r} is not supported")
    _check_manifest(manifest)
    # Text refused by the API (NUL and other control characters) may be in a backup of a
    # SQLite base from before the rule: it is taken out so the base restores on PostgreSQL too.
    return strip_bad_text(manifest)


def _damaged(where: str, what: str) -> ImportFileError:
    return ImportFileError(f"the backup's manifest is damaged: {where} {what}", field_name=f"manifest.{where}")


def _check_manifest(m: dict) -> None:
    """The shape restore relies on; a damaged or hand-edited manifest is 422 naming the part."""
    def need(obj: Any, key: str, kind: type | tuple, where: str) -> Any:
        v = obj.get(key) if isinstance(obj, dict) else None
        if not isinstance(v, kind) or (kind is int and isinstance(v, bool)):
            raise _damaged(f"{where}{key}", f"is missing or not {_KIND_NAMES.get(kind, 'valid')}")
        return v

    need(need(m, "base", dict, ""), "name", str, "base.")
    for i, t in enumerate(need(m, "tables", list, "")):
        w = f"tables[{i}]."
        need(t, "id", int, w)
        need(t, "name", str, w)
        need(t, "position", (int, float), w)
        if t.get("record_date_column_id") is not None:
            need(t, "record_date_column_id", int, w)
        for j, c in enumerate(need(t, "columns", list, w)):
            cw = f"{w}columns[{j}]."
            need(c, "id", int, cw)
            need(c, "name", str, cw)
            need(c, "type", str, cw)
            need(c, "position", (int, float), cw)
            if c.get("options") is not None and not isinstance(c["options"], dict):
                raise _damaged(f"{cw}options", "is not an object")
    table_ids = {t["id"] for t in m["tables"]}
    for part in ("views", "charts", "files", "comments", "automations", "webhooks", "forms", "users", "documents"):
        items = m.get(part, [])
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            raise _damaged(part, "is not a list of objects")
        for i, x in enumerate(items):
            if "table_id" in x and x["table_id"] not in table_ids:
                raise _damaged(f"{part}[{i}].table_id", "names no table of the backup")
    for i, v in enumerate(m.get("views", [])):
        need(v, "id", int, f"views[{i}].")
        need(v, "table_id", int, f"views[{i}].")
    if not isinstance(m.get("permissions", {}), dict):
        raise _damaged("permissions", "is not an object")


_KIND_NAMES: dict[Any, str] = {dict: "an object", list: "a list", str: "text", int: "a whole number",
                               (int, float): "a number"}


def import_base(st: Any, user_id: int, path: str, name: str | None = None) -> dict[str, Any]:
    """A new base, owned by `user_id`, from a backup file: {"base_id", "missing_files",
    "switched_off"} — what could not come back as it was (see the module's docstring)."""
    from server.bases.create import create_base

    if not zipfile.is_zipfile(path):
        raise ImportFileError("this is not a Tablo backup file (not a zip package)")
    with zipfile.ZipFile(path) as z:
        manifest = _read_manifest(z, ReadLimits())
    base_name = (name or manifest["base"]["name"] or "Restored base").strip()[:200] or "Restored base"
    base_id = create_base(user_id, base_name, first_table=False)
    try:
        res = apply_action(st.db, st.schema_cache, base_id, None,
                           {"type": "restore_base", "manifest": manifest, "path": path}, public=False,
                           files_dir=st.config.files_dir)
    except BaseException:
        with st.db.write() as conn:
            conn.execute(sa.delete(cat.base_members).where(cat.base_members.c.base_id == base_id))
            conn.execute(sa.delete(cat.bases).where(cat.bases.c.id == base_id))
        raise
    return {"base_id": base_id, "missing_files": res.result.get("missing_files", []),
            "switched_off": res.result.get("switched_off", {"automations": 0, "webhooks": 0})}


def _ref_kind(key: str) -> str | None:
    """What a key's value names: "user_column" names a column, "users" people (a kanban's
    `card_fields` are column ids too)."""
    if key == "card_fields":
        return "column"
    found = _REF_KEY.findall(key)
    return next((k.lower() for k, _ in found if k), None) or ("user" if found else None)


def _remap(obj: Any, maps: dict[str, Any], key: str = "") -> Any:
    """Replace old ids by new ones where a key says the value names a column, table, view or
    person, and the {#id} references in formula text. A person not on this server is left out."""
    if key in _FORMULA_KEYS and isinstance(obj, str) and obj:
        return _remap_formula(obj, maps["column"])
    kind = _ref_kind(key)
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            nk = k
            if isinstance(k, str) and k.isdigit() and int(k) in maps["column"]:
                nk = str(maps["column"][int(k)])
            out[nk] = _remap(v, maps, k if isinstance(k, str) else "")
        return out
    if isinstance(obj, list):
        items = [_remap(v, maps, key) for v in obj]
        return [v for v in items if v is not None] if kind == "user" else items
    if kind == "user" and isinstance(obj, int) and not isinstance(obj, bool):
        return maps["user"].get(obj)
    if kind is not None and isinstance(obj, int) and not isinstance(obj, bool):
        return maps[kind].get(obj, obj)
    if kind is not None and kind != "user" and isinstance(obj, str) and obj.isdigit():
        return str(maps[kind].get(int(obj), obj))
    return obj


def _remap_formula(source: str, columns: dict[int, int]) -> str:
    """Formula text with its {#old id} references naming the restored columns."""
    try:
        return rewrite_refs(source, lambda r: f"#{columns.get(r.column_id, r.column_id)}"
                            if r.column_id is not None else r.name)
    except Exception:  # unparsable text: add_column reports it as the formula error it is
        return source


def _has_refs(options: Any) -> bool:
    return bool(re.search(r'"[^"]*(column|table|view)[^"]*"\s*:\s*\[?\s*"?\d', json.dumps(options), re.IGNORECASE))


def _is_plain(c: dict) -> bool:
    """A column made with its table: its options name no other column, table or formula input."""
    options = c.get("options") or {}
    return not _has_refs(options) and not any(options.get(k) for k in _FORMULA_KEYS)


def _column_deps(c: dict) -> set[int]:
    """Old ids of the columns a computed column reads (its options and its formula text)."""
    options = c.get("options") or {}
    out: set[int] = set()
    for k in _FORMULA_KEYS:
        if isinstance(options.get(k), str) and options[k]:
            out.update(formula_refs(options[k]))
    for k, v in options.items():
        if "column" in k.lower() and k != "other_column_id":
            out.update(x for x in (v if isinstance(v, list) else [v]) if isinstance(x, int) and not isinstance(x, bool))
    return out


def _user_map(conn: sa.Connection, users: list[dict]) -> dict[int, int]:
    """People of the backup → accounts of this server, by email."""
    emails = {str(u.get("email", "")).casefold(): u["id"] for u in users if isinstance(u.get("id"), int)}
    if not emails:
        return {}
    found = conn.execute(sa.select(cat.users.c.id, sa.func.lower(cat.users.c.email))
                         .where(sa.func.lower(cat.users.c.email).in_(list(emails)))).all()
    return {emails[email]: uid for uid, email in found if email in emails}


class RestoreBase(ActionPayload):
    """Server only: a backup's manifest and the path of its unpacked files, into a new base."""
    manifest = fields.Dict(required=True)
    path = fields.Raw(required=True)


@action_handler("restore_base", RestoreBase, public=False, changes_schema=True)
def restore_base(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    manifest, path = payload["manifest"], payload["path"]
    maps: dict[str, Any] = {"column": {}, "table": {}, "view": {},
                            "user": _user_map(ctx.conn, manifest.get("users") or [])}
    tables = manifest["tables"]
    maps["linked_tables"] = {(c.get("options") or {}).get("table_id") for t in tables for c in t["columns"]
                             if c["type"] == "link"}
    later: list[tuple[int, dict]] = []
    # Phase 1: tables with the columns that reference nothing else.
    for t in tables:
        cols = sorted(t["columns"], key=lambda c: (not c.get("is_primary"), c["position"]))
        simple = [c for c in cols if _is_plain(c)]
        if not simple:
            raise invalid(f"table {t['name']!r} in the backup has no plain primary column")
        done = ctx.run_done({"type": "add_table", "name": t["name"],
                             "columns": [{"name": c["name"], "type": c["type"], "options": c.get("options") or {},
                                          "description": c.get("description") or ""} for c in simple]},
                            trusted=True)
        maps["table"][t["id"]] = done.payload["table_id"]
        for c, made in zip(simple, done.payload["columns"], strict=True):
            maps["column"][c["id"]] = made["column_id"]
        later.extend((done.payload["table_id"], c) for c in cols if not _is_plain(c))
    # Phase 2: links (both sides at once), then formulas, lookups and rollups, each once what
    # it reads exists — made earlier, a formula would be checked against columns not there yet.
    by_id = {c["id"]: c for t in tables for c in t["columns"]}
    links = [(tid, c) for tid, c in later if c["type"] == "link"]
    pending = [(tid, c) for tid, c in later if c["type"] != "link"]
    for table_id, c in links:
        options = c.get("options") or {}
        if options.get("side") == "b":
            continue  # made together with its side "a"
        other = by_id.get(options.get("other_column_id"))
        _add_column(ctx, maps, table_id, c, {"table_id": maps["table"].get(options.get("table_id")),
                                             "is_multiple": options.get("is_multiple", True),
                                             **({"other_name": other["name"]} if other else {})})
    while pending:
        ready = [(tid, c) for tid, c in pending
                 if all(d in maps["column"] or d not in by_id for d in _column_deps(c))]
        if not ready:
            names = ", ".join(repr(c["name"]) for _, c in pending)
            raise invalid(f"the backup's computed columns depend on each other in a circle: {names}")
        for table_id, c in ready:
            _add_column(ctx, maps, table_id, c, _remap(c.get("options") or {}, maps))
        pending = [p for p in pending if p not in ready]
    ctx.reload_schema()
    # Positions, table order and auto-number counters exactly as they were.
    for t in tables:
        ctx.conn.execute(sa.update(cat.tables).where(cat.tables.c.id == maps["table"][t["id"]])
                         .values(position=t["position"]))
        for c in t["columns"]:
            if c["id"] in maps["column"]:
                ctx.conn.execute(sa.update(cat.columns).where(cat.columns.c.id == maps["column"][c["id"]])
                                 .values(position=c["position"]))
        for old, value in (t.get("counters") or {}).items():
            new = maps["column"].get(int(old))
            if new is not None:
                ctx.conn.execute(sa.delete(cat.counters).where(cat.counters.c.column_id == new))
                ctx.conn.execute(sa.insert(cat.counters).values(column_id=new, value=value))
    # Each table's record date column (reads as of a date), checked like any modify_table.
    for t in tables:
        if t.get("record_date_column_id") is not None:
            ctx.run_done({"type": "modify_table", "table_id": maps["table"][t["id"]],
                          "record_date_column_id": maps["column"].get(t["record_date_column_id"])}, trusted=True)
    file_map, missing = _restore_files(ctx, manifest.get("files") or [], path)
    ctx.reload_schema()
    row_ids: dict[int, dict[int, int]] = {}  # old table id -> old internal row id -> new
    with zipfile.ZipFile(path) as z:
        for t in tables:
            row_ids[t["id"]] = _restore_rows(ctx, z, t, maps, file_map, missing)
        _restore_links(ctx, z, tables, maps, row_ids)
    for v in manifest.get("views") or []:
        vid = ctx.conn.execute(sa.insert(cat.views).values(
            table_id=maps["table"][v["table_id"]], name=v["name"], position=v["position"],
            # Backups from before view types hold grids.
            type=v["type"] if isinstance(v.get("type"), str) and get_view_type(v["type"]) else DEFAULT_VIEW_TYPE,
            settings=_remap(v.get("settings") or {}, maps), private_to=None, created_by=ctx.user_id)
            .returning(cat.views.c.id)).scalar_one()
        maps["view"][v["id"]] = vid
    for c in manifest.get("charts") or []:
        ctx.conn.execute(sa.insert(cat.charts).values(
            base_id=ctx.base_id, table_id=maps["table"][c["table_id"]],
            view_id=maps["view"].get(c["view_id"]) if c.get("view_id") else None, name=c["name"],
            position=c["position"], settings=_remap(c.get("settings") or {}, maps), created_by=ctx.user_id))
    for d in manifest.get("documents") or []:
        options = dict(d.get("options") or {})
        if options.get("file_column_id") is not None:
            options["file_column_id"] = maps["column"].get(options["file_column_id"])
        ctx.conn.execute(sa.insert(cat.documents).values(
            base_id=ctx.base_id, table_id=maps["table"][d["table_id"]], name=str(d.get("name") or "")[:200],
            body=str(d.get("body") or ""), options=options, position=float(d.get("position") or 0),
            created_by=ctx.user_id))
    company_inverse = []
    if isinstance(manifest.get("company"), dict):
        # Through its action, so undoing the restore puts the base's own details back.
        company_inverse.append(ctx.run_done({"type": "set_company_details", "details": manifest["company"]},
                                            trusted=True).inverse)
    ctx.result["switched_off"] = _restore_team(ctx, manifest, maps)
    ctx.result["missing_files"] = [{**m, "rows": sorted(m["rows"])} for m in missing.values() if m["rows"]]
    ctx.result["tables"] = list(maps["table"].values())
    return Done({"type": "restore_base", "tables": len(tables)},
                {"type": "batch", "actions": [*company_inverse,
                                              *({"type": "delete_table", "table_id": t} for t in maps["table"].values())]})


def _add_column(ctx: ActionContext, maps: dict, table_id: int, c: dict, options: dict) -> None:
    done = ctx.run_done({"type": "add_column", "table_id": table_id, "name": c["name"], "column_type": c["type"],
                         "options": options, "description": c.get("description") or ""}, trusted=True)
    maps["column"][c["id"]] = done.payload["column_id"]
    if c["type"] == "link" and ctx.result.get("other_column_id") and (c.get("options") or {}).get("other_column_id"):
        maps["column"][c["options"]["other_column_id"]] = ctx.result["other_column_id"]


def _restore_team(ctx: ActionContext, manifest: dict, maps: dict) -> dict[str, int]:
    """Comments, old public forms (as form views), permissions, automations and webhooks, remapped
    to the new base; returns how many automations and webhooks were switched off (they were on in the backup)."""
    users = maps["user"]

    def ts(value: Any) -> Any:
        return decode(value) if value is not None else None

    for c in manifest.get("comments") or []:
        ctx.conn.execute(sa.insert(cat.comments).values(
            base_id=ctx.base_id, table_id=maps["table"][c["table_id"]], row_id=str(c["row_id"])[:22],
            author_id=users.get(c.get("author_id")), body=str(c.get("body") or ""),
            mentions=[users[u] for u in c.get("mentions") or [] if u in users], resolved=bool(c.get("resolved")),
            resolved_by=users.get(c.get("resolved_by")), resolved_at=ts(c.get("resolved_at")),
            created_at=ts(c.get("created_at")) or ctx.now, updated_at=ts(c.get("updated_at"))))
    # Backups from before form views hold public forms: they come back as form views (with no
    # share link: a restored form's old link never worked, its token was not in the backup).
    for f in manifest.get("forms") or []:
        table_id = maps["table"][f["table_id"]]
        last = ctx.conn.execute(sa.select(sa.func.max(cat.views.c.position))
                                .where(cat.views.c.table_id == table_id)).scalar()
        name = str(f.get("name") or "Form")[:200]
        ctx.conn.execute(sa.insert(cat.views).values(
            table_id=table_id, name=name, type="form", position=(last or 0) + 1,
            settings=from_public_form(name, _remap(f.get("settings") or {}, maps)), private_to=None,
            created_by=users.get(f.get("created_by")) or ctx.user_id))
    perms = manifest.get("permissions") or {}
    for p in perms.get("tables") or []:
        if p.get("table_id") in maps["table"]:
            ctx.conn.execute(sa.insert(cat.table_permissions).values(
                table_id=maps["table"][p["table_id"]], operation=p["operation"], base_id=ctx.base_id,
                mode=p["mode"], user_ids=[users[u] for u in p.get("user_ids") or [] if u in users]))
    for p in perms.get("columns") or []:
        if p.get("column_id") in maps["column"] and p.get("table_id") in maps["table"]:
            ctx.conn.execute(sa.insert(cat.column_permissions).values(
                column_id=maps["column"][p["column_id"]], table_id=maps["table"][p["table_id"]],
                base_id=ctx.base_id, mode=p["mode"], user_ids=[users[u] for u in p.get("user_ids") or [] if u in users]))
    off = {"automations": 0, "webhooks": 0}
    for a in manifest.get("automations") or []:
        off["automations"] += bool(a.get("active"))
        ctx.conn.execute(sa.insert(cat.automation_rules).values(
            base_id=ctx.base_id, table_id=maps["table"][a["table_id"]], name=str(a.get("name") or "")[:200],
            active=False, trigger=_remap(a.get("trigger") or {}, maps), actions=_remap(a.get("actions") or [], maps),
            next_run_at=None, created_by=users.get(a.get("created_by")), created_at=ts(a.get("created_at")) or ctx.now))
    for w in manifest.get("webhooks") or []:
        off["webhooks"] += bool(w.get("active"))
        ctx.conn.execute(sa.insert(cat.webhooks).values(
            base_id=ctx.base_id, url=str(w.get("url") or "")[:2000], secret=None, events=w.get("events") or [],
            active=False, disabled_reason="Restored from a backup: set its secret and switch it on.",
            failures=0, created_by=users.get(w.get("created_by")), created_at=ts(w.get("created_at")) or ctx.now))
    return off


def _restore_files(ctx: ActionContext, files: list[dict], path: str) -> tuple[dict[str, dict], dict[str, dict]]:
    """Attachment records and contents; returns (old file id → new record, old file id → what
    is missing: a record whose contents are not in the backup, with the cells that named it)."""
    out: dict[str, dict] = {}
    missing: dict[str, dict] = {}
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for f in files:
            sha = f.get("sha256", "")
            if not re.fullmatch(r"[0-9a-f]{64}", str(sha)) or f"files/{sha}" not in names:
                missing[str(f.get("id"))] = {"name": str(f.get("name") or ""), "size": f.get("size"), "rows": set()}
                continue
            dest = _blob(ctx.files_dir, sha)
            if not os.path.exists(dest):
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                tmp = dest + f".{secrets.token_hex(4)}.tmp"
                with z.open(f"files/{sha}") as src, open(tmp, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                os.replace(tmp, dest)
            new_id = secrets.token_urlsafe(16)
            ctx.conn.execute(sa.insert(cat.files).values(
                id=new_id, base_id=ctx.base_id, sha256=sha, name=str(f["name"])[:300], size=int(f["size"]),
                mime=str(f["mime"])[:120], created_by=ctx.user_id, created_at=ctx.now))
            out[f["id"]] = {"id": new_id, "name": f["name"], "size": f["size"], "mime": f["mime"]}
    return out, missing


def _restore_links(ctx: ActionContext, z: zipfile.ZipFile, tables: list[dict], maps: dict,
                   row_ids: dict[int, dict[int, int]]) -> None:
    """Junction rows of link columns, with both sides' internal row ids translated."""
    names = set(z.namelist())
    for t in tables:
        for c in t["columns"]:
            opts = c.get("options") or {}
            if c["type"] != "link" or opts.get("side") != "a" or f"links/{c['id']}.jsonl" not in names:
                continue
            from server.columns.links import junction_table

            new_link = maps["column"].get(c["id"])
            a_ids, b_ids = row_ids.get(t["id"], {}), row_ids.get(opts.get("table_id"), {})
            if new_link is None:
                continue
            j = junction_table(new_link)
            batch: list[dict] = []
            with z.open(f"links/{c['id']}.jsonl") as f:
                for line in f:
                    a, b = json.loads(line)
                    if a in a_ids and b in b_ids:
                        batch.append({"row_a": a_ids[a], "row_b": b_ids[b]})
                    if len(batch) >= ROW_CHUNK:
                        ctx.conn.execute(sa.insert(j), batch)
                        batch = []
            if batch:
                ctx.conn.execute(sa.insert(j), batch)


def _restore_rows(ctx: ActionContext, z: zipfile.ZipFile, t: dict, maps: dict,
                  file_map: dict[str, dict], missing: dict[str, dict]) -> dict[int, int]:
    table = ctx.schema.table(maps["table"][t["id"]])
    phys = {}
    for c in t["columns"]:
        col = table.column(maps["column"][c["id"]])
        if col is not None and col.phys:
            phys[str(c["id"])] = (col.phys, col.type in ("file", "image"))
    sa_t = table.sa_table
    name = f"rows/{t['id']}.jsonl"
    if name not in z.namelist():
        return {}
    needs_ids = any(c["type"] == "link" for tb in [t] for c in tb["columns"]) or _linked_to(t, maps)
    old_ids: dict[str, int] = {}
    chunk: list[dict] = []
    with z.open(name) as f:
        for n, line in enumerate(f, 1):
            try:
                rec = strip_bad_text(json.loads(line))  # see _read_manifest
                row = {k: decode(rec[k]) for k in SYSTEM}
            except (ValueError, KeyError, TypeError):
                raise ImportFileError(f"{name}: line {n} is damaged") from None
            for k in ("_creator", "_last_modifier"):
                row[k] = maps["user"].get(row[k]) if row[k] is not None else None
            if needs_ids and isinstance(rec.get("#"), int):
                old_ids[row["_id"]] = rec["#"]
            for key, value in (rec.get("cells") or {}).items():
                target = phys.get(key)
                if target is None:
                    continue
                p, is_file = target
                if is_file and isinstance(value, list):
                    for v in value:
                        if isinstance(v, dict) and str(v.get("id")) in missing:
                            missing[str(v["id"])]["rows"].add(row["_id"])
                    value = [file_map[v["id"]] for v in value if isinstance(v, dict) and v.get("id") in file_map]
                row[p] = decode(value)
            chunk.append(row)
            if len(chunk) >= ROW_CHUNK:
                _write(ctx, sa_t, chunk)
                chunk = []
    if chunk:
        _write(ctx, sa_t, chunk)
    ctx.touch(table.id)
    if not old_ids:
        return {}
    return {old_ids[r._id]: r.id for r in ctx.conn.execute(sa.select(sa_t.c.id, sa_t.c._id)) if r._id in old_ids}


def _linked_to(t: dict, maps: dict) -> bool:
    """Whether some link column elsewhere points at this table (its row ids are needed then)."""
    return bool(maps.get("linked_tables")) and t["id"] in maps["linked_tables"]


def _write(ctx: ActionContext, t: sa.Table, chunk: list[dict]) -> None:
    keys = set().union(*(r.keys() for r in chunk))
    for r in chunk:
        for k in keys:
            r.setdefault(k, None)
    ctx.conn.execute(sa.insert(t), chunk)
