"""Snapshot files: backups of a base kept by the server, one folder per base.

    <snapshot dir>/base-<base id>/<snapshot id>.tablo   the backup (server.io.backup, as exported)
    <snapshot dir>/base-<base id>/<snapshot id>.json    what it is: when, which base version, size,
                                                         automatic or taken by whom

The catalog holds nothing about snapshots (decision 0025): the folder is the whole truth, so a
snapshot copied elsewhere with its .json is still a snapshot, and deleting the files deletes it.
A snapshot id is the UTC time it was taken (`20261207T031500123456Z`), so names sort by age.
The .json is written last (after the .tablo is complete and renamed into place): a crash in
between leaves a .part or an unlisted .tablo, never a listed snapshot without its file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from server.catalog import schema as cat
from server.config import Config
from server.io.backup import export_base

SNAPSHOT_ID = re.compile(r"\d{8}T\d{12}Z")
KINDS = ("auto", "manual")


def base_dir(config: Config, base_id: int) -> Path:
    return config.snapshot_dir / f"base-{int(base_id)}"


def snapshot_file(config: Config, base_id: int, snapshot_id: str) -> Path | None:
    """The backup file of a snapshot, or None when the id is malformed or names nothing."""
    if not isinstance(snapshot_id, str) or not SNAPSHOT_ID.fullmatch(snapshot_id):
        return None
    folder = base_dir(config, base_id)
    path = folder / f"{snapshot_id}.tablo"
    return path if path.is_file() and (folder / f"{snapshot_id}.json").is_file() else None


def parse_time(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ")


def list_snapshots(config: Config, base_id: int) -> list[dict[str, Any]]:
    """The base's snapshots, newest first (those whose files are both there and readable)."""
    folder = base_dir(config, base_id)
    if not folder.is_dir():
        return []
    out = []
    for meta_path in folder.glob("*.json"):
        if not SNAPSHOT_ID.fullmatch(meta_path.stem) or not (folder / f"{meta_path.stem}.tablo").is_file():
            continue
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            parse_time(meta["taken_at"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged sidecar is not listed (its backup file stays for a person to look at)
        if isinstance(meta, dict) and meta.get("id") == meta_path.stem:
            out.append(meta)
    return sorted(out, key=lambda m: m["id"], reverse=True)


def take_snapshot(st: Any, base_id: int, kind: str = "manual", user_id: int | None = None,
                  now: dt.datetime | None = None) -> dict[str, Any]:
    """Back the base up into its snapshot folder; returns the snapshot's description."""
    assert kind in KINDS
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    folder = base_dir(st.config, base_id)
    folder.mkdir(parents=True, exist_ok=True)
    snap_id = now.strftime("%Y%m%dT%H%M%S%fZ")
    while (folder / f"{snap_id}.json").exists() or (folder / f"{snap_id}.tablo").exists():
        now += dt.timedelta(microseconds=1)  # two in the same microsecond: the next free name
        snap_id = now.strftime("%Y%m%dT%H%M%S%fZ")
    part = folder / f"{snap_id}.{secrets.token_hex(4)}.part"
    try:
        with st.db.read() as conn:
            version = conn.execute(sa.select(cat.bases.c.version).where(cat.bases.c.id == base_id)).scalar_one()
            name = export_base(st, base_id, str(part), conn)
        os.replace(part, folder / f"{snap_id}.tablo")
    finally:
        if part.exists():
            part.unlink()
    meta = {"id": snap_id, "base_id": base_id, "base_name": name, "kind": kind, "taken_by": user_id,
            "taken_at": now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "version": version,
            "size": (folder / f"{snap_id}.tablo").stat().st_size}
    tmp = folder / f"{snap_id}.json.{secrets.token_hex(4)}.part"
    tmp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, folder / f"{snap_id}.json")
    return meta


def delete_snapshot(config: Config, base_id: int, snapshot_id: str) -> bool:
    """Remove a snapshot's files; False when there is no such snapshot."""
    path = snapshot_file(config, base_id, snapshot_id)
    if path is None:
        return False
    # The .json first: from then on it is not listed, whatever happens to the .tablo.
    (path.parent / f"{snapshot_id}.json").unlink(missing_ok=True)
    path.unlink(missing_ok=True)
    return True


def prune(config: Config, base_id: int, now: dt.datetime) -> list[str]:
    """Retention of automatic snapshots: the newest TABLO_SNAPSHOT_KEEP, none older than
    TABLO_SNAPSHOT_KEEP_DAYS — but never the newest one. Snapshots a person took stay until
    deleted. Returns the ids removed."""
    autos = [m for m in list_snapshots(config, base_id) if m.get("kind") == "auto"]
    removed = []
    for i, m in enumerate(autos):
        if i == 0:
            continue
        too_many = config.snapshot_keep > 0 and i >= config.snapshot_keep
        too_old = config.snapshot_keep_days > 0 and \
            now - parse_time(m["taken_at"]) > dt.timedelta(days=config.snapshot_keep_days)
        if (too_many or too_old) and delete_snapshot(config, base_id, m["id"]):
            removed.append(m["id"])
    return removed
