"""The whole-base backup file (`.tablo`): schema, views, charts, rows and attachments in one zip,
and its restore into a new base.

Layout (format "tablo-base", version 1):
    manifest.json          base name; tables with columns (ids, types, options, positions),
                           auto-number counters; views; charts; attachment records
    rows/<table id>.jsonl  one JSON object per row, in row order: system fields and stored
                           values keyed by column id (timestamps as {"$dt": iso})
    files/<sha256>         attachment contents, once per content

Export reads one snapshot (one read transaction) and streams rows into the zip. Restore
creates a new base and fills it in one action by the system user (so it is on nobody's undo
stack, like a template): tables and columns through add_table/add_column, rows written raw in
chunks, ids in column options, view and chart settings remapped to the new ids. Row ids, row
order, creation and modification times and authors are kept, so the round trip is exact.
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

from server.actions.apply import apply_action
from server.actions.codec import decode, encode
from server.actions.context import ActionContext
from server.actions.registry import Done, action_handler
from server.catalog import schema as cat
from server.errors import invalid
from server.io.readers import ImportFileError, ReadLimits
from server.query.rows import base_select

FORMAT = "tablo-base"
VERSION = 1
ROW_CHUNK = 2000
SYSTEM = ("_id", "_order", "_ctime", "_mtime", "_creator", "_last_modifier")
_REF_KEY = re.compile(r"(column|table|view)", re.IGNORECASE)


def _blob(files_dir: Any, sha: str) -> str:
    return os.path.join(str(files_dir), sha[:2], sha)


def export_base(st: Any, base_id: int, path: str) -> str:
    """Write the backup of `base_id` to `path`; returns the base's name."""
    with st.db.read() as conn, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
        base = conn.execute(sa.select(cat.bases).where(cat.bases.c.id == base_id)).one()
        schema = st.schema_cache.get(conn, base_id)
        tables = []
        for t in schema.live_tables():
            cols = [{"id": c.id, "name": c.name, "type": c.type, "options": c.options, "position": c.position,
                     "is_primary": c.is_primary, "description": c.description} for c in t.columns]
            counters = {str(r.column_id): r.value for r in conn.execute(
                sa.select(cat.counters).where(cat.counters.c.column_id.in_([c.id for c in t.columns])))}
            tables.append({"id": t.id, "name": t.name, "position": t.position, "columns": cols,
                           "counters": counters})
            with z.open(f"rows/{t.id}.jsonl", "w", force_zip64=True) as out:
                sel = base_select(t, [c for c in t.columns if c.phys]).add_columns(t.sa_table.c._order, t.sa_table.c.id) \
                    .order_by(t.sa_table.c._order, t.sa_table.c.id)
                for r in conn.execution_options(stream_results=True, yield_per=ROW_CHUNK).execute(sel):
                    m = r._mapping
                    rec = {k: encode(m[k]) for k in SYSTEM}
                    rec["#"] = m["id"]  # the internal id, only to restore links
                    rec["cells"] = {str(c.id): encode(m[c.phys]) for c in t.columns if c.phys and m[c.phys] is not None}
                    out.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
            for c in t.columns:
                if c.type == "link" and c.options.get("side") == "a" and c.options.get("link_id"):
                    _export_links(conn, z, c.options["link_id"])
        table_ids = [t["id"] for t in tables]
        views = [{"id": v.id, "table_id": v.table_id, "name": v.name, "position": v.position, "settings": v.settings}
                 for v in conn.execute(sa.select(cat.views).where(
                     cat.views.c.table_id.in_(table_ids), cat.views.c.deleted_at.is_(None),
                     cat.views.c.private_to.is_(None)).order_by(cat.views.c.position, cat.views.c.id))]
        charts = []
        if hasattr(cat, "charts"):
            charts = [{"id": c.id, "table_id": c.table_id, "view_id": c.view_id, "name": c.name,
                       "position": c.position, "settings": c.settings}
                      for c in conn.execute(sa.select(cat.charts).where(
                          cat.charts.c.base_id == base_id, cat.charts.c.deleted_at.is_(None)))]
        files = [{"id": f.id, "sha256": f.sha256, "name": f.name, "size": f.size, "mime": f.mime}
                 for f in conn.execute(sa.select(cat.files).where(cat.files.c.base_id == base_id))]
        written: set[str] = set()
        for f in files:
            src = _blob(st.config.files_dir, f["sha256"])
            if f["sha256"] not in written and os.path.exists(src):
                z.write(src, f"files/{f['sha256']}")
                written.add(f["sha256"])
        manifest = {"format": FORMAT, "version": VERSION, "base": {"name": base.name}, "tables": tables,
                    "views": views, "charts": charts, "files": files}
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    return base.name


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
    return manifest


def import_base(st: Any, user_id: int, path: str, name: str | None = None) -> int:
    """A new base, owned by `user_id`, from a backup file."""
    from server.api.bases import create_base

    if not zipfile.is_zipfile(path):
        raise ImportFileError("this is not a Tablo backup file (not a zip package)")
    with zipfile.ZipFile(path) as z:
        manifest = _read_manifest(z, ReadLimits())
    base_name = (name or manifest["base"].get("name") or "Restored base").strip()[:200]
    base_id = create_base(user_id, base_name, first_table=False)
    try:
        apply_action(st.db, st.schema_cache, base_id, None,
                     {"type": "restore_base", "manifest": manifest, "path": path}, public=False,
                     files_dir=st.config.files_dir)
    except BaseException:
        with st.db.write() as conn:
            conn.execute(sa.delete(cat.base_members).where(cat.base_members.c.base_id == base_id))
            conn.execute(sa.delete(cat.bases).where(cat.bases.c.id == base_id))
        raise
    return base_id


def _remap(obj: Any, maps: dict[str, dict[int, int]], key: str = "") -> Any:
    """Replace old ids by new ones where a key says the value names a column, table or view."""
    kind = None
    m = _REF_KEY.search(key)
    if m:
        kind = m.group(1).lower()
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            nk = k
            if isinstance(k, str) and k.isdigit() and int(k) in maps["column"]:
                nk = str(maps["column"][int(k)])
            out[nk] = _remap(v, maps, k if isinstance(k, str) else "")
        return out
    if isinstance(obj, list):
        return [_remap(v, maps, key) for v in obj]
    if kind is not None and isinstance(obj, int) and not isinstance(obj, bool):
        return maps[kind].get(obj, obj)
    if kind is not None and isinstance(obj, str) and obj.isdigit():
        return str(maps[kind].get(int(obj), obj))
    return obj


def _has_refs(options: Any) -> bool:
    return bool(re.search(r'"[^"]*(column|table|view)[^"]*"\s*:\s*\[?\s*"?\d', json.dumps(options), re.IGNORECASE))


@action_handler("restore_base", public=False, changes_schema=True)
def restore_base(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    manifest, path = payload["manifest"], payload["path"]
    maps: dict[str, Any] = {"column": {}, "table": {}, "view": {}}
    tables = manifest.get("tables") or []
    if not isinstance(tables, list):
        raise invalid("the backup's table list is damaged")
    maps["linked_tables"] = {(c.get("options") or {}).get("table_id") for t in tables for c in t["columns"]
                             if c["type"] == "link"}
    later: list[tuple[int, dict]] = []
    # Phase 1: tables with the columns that reference nothing else.
    for t in tables:
        cols = sorted(t["columns"], key=lambda c: (not c.get("is_primary"), c["position"]))
        simple = [c for c in cols if not _has_refs(c.get("options"))]
        if not simple:
            raise invalid(f"table {t['name']!r} in the backup has no plain primary column")
        done = ctx.run_done({"type": "add_table", "name": t["name"],
                             "columns": [{"name": c["name"], "type": c["type"], "options": c.get("options") or {},
                                          "description": c.get("description") or ""} for c in simple]},
                            trusted=True)
        maps["table"][t["id"]] = done.payload["table_id"]
        for c, made in zip(simple, done.payload["columns"], strict=True):
            maps["column"][c["id"]] = made["column_id"]
        later.extend((done.payload["table_id"], c) for c in cols if _has_refs(c.get("options")))
    # Phase 2: columns whose options name other columns or tables (links, lookups, rollups).
    by_id = {c["id"]: c for t in tables for c in t["columns"]}
    for table_id, c in later:
        options = c.get("options") or {}
        if c["type"] == "link":
            if options.get("side") == "b":
                continue  # made together with its side "a" below
            other = by_id.get(options.get("other_column_id"))
            options = {"table_id": maps["table"].get(options.get("table_id")),
                       "is_multiple": options.get("is_multiple", True),
                       **({"other_name": other["name"]} if other else {})}
        else:
            options = _remap(options, maps)
        done = ctx.run_done({"type": "add_column", "table_id": table_id, "name": c["name"], "column_type": c["type"],
                             "options": options, "description": c.get("description") or ""}, trusted=True)
        maps["column"][c["id"]] = done.payload["column_id"]
        if c["type"] == "link" and ctx.result.get("other_column_id") and c.get("options", {}).get("other_column_id"):
            maps["column"][c["options"]["other_column_id"]] = ctx.result["other_column_id"]
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
    file_map = _restore_files(ctx, manifest.get("files") or [], path)
    ctx.reload_schema()
    row_ids: dict[int, dict[int, int]] = {}  # old table id -> old internal row id -> new
    with zipfile.ZipFile(path) as z:
        for t in tables:
            row_ids[t["id"]] = _restore_rows(ctx, z, t, maps, file_map)
        _restore_links(ctx, z, tables, maps, row_ids)
    for v in manifest.get("views") or []:
        vid = ctx.conn.execute(sa.insert(cat.views).values(
            table_id=maps["table"][v["table_id"]], name=v["name"], position=v["position"],
            settings=_remap(v.get("settings") or {}, maps), private_to=None, created_by=ctx.user_id)
            .returning(cat.views.c.id)).scalar_one()
        maps["view"][v["id"]] = vid
    if hasattr(cat, "charts"):
        for c in manifest.get("charts") or []:
            ctx.conn.execute(sa.insert(cat.charts).values(
                base_id=ctx.base_id, table_id=maps["table"][c["table_id"]],
                view_id=maps["view"].get(c["view_id"]) if c.get("view_id") else None, name=c["name"],
                position=c["position"], settings=_remap(c.get("settings") or {}, maps), created_by=ctx.user_id))
    ctx.result["tables"] = list(maps["table"].values())
    return Done({"type": "restore_base", "tables": len(tables)},
                {"type": "batch", "actions": [{"type": "delete_table", "table_id": t} for t in maps["table"].values()]})


def _restore_files(ctx: ActionContext, files: list[dict], path: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for f in files:
            sha = f.get("sha256", "")
            if not re.fullmatch(r"[0-9a-f]{64}", sha) or f"files/{sha}" not in names:
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
    return out


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
                  file_map: dict[str, dict]) -> dict[int, int]:
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
                rec = json.loads(line)
                row = {k: decode(rec[k]) for k in SYSTEM}
            except (ValueError, KeyError):
                raise ImportFileError(f"{name}: line {n} is damaged") from None
            if needs_ids and isinstance(rec.get("#"), int):
                old_ids[row["_id"]] = rec["#"]
            for key, value in (rec.get("cells") or {}).items():
                target = phys.get(key)
                if target is None:
                    continue
                p, is_file = target
                if is_file and isinstance(value, list):
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
