"""Import jobs: stage an upload, preview it with detected types, turn the user's mapping into
plans, and run the import action (in a background thread for the API, in the foreground for
the CLI), with progress and cancel.

A job lives in the memory of the process working on it (the parsed preview, the importing
thread) and, for every other process, in the `import_jobs` table: its read options, status,
progress, error, result and a cancel flag. Another process asked about a job it does not hold
re-reads a staged upload from the (shared) data folder, or answers a running job's progress
from the table (the running process reports it twice a second on PostgreSQL) and passes a
cancel on through the flag. A job left alone for a day is removed with its file.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from server.actions.apply import apply_action
from server.catalog import schema as cat
from server.catalog.model import BaseSchema, TableMeta
from server.columns.registry import has_type
from server.config import Config
from server.errors import ApiError, invalid, not_found, too_large
from server.io.detect import Detected, detect_columns
from server.io.formats import ReadLimits, Sheet, Source, open_source, suggest_format
from server.io.importer import ColumnPlan, Progress, TablePlan
from server.io.readers import size_text

PREVIEW_ROWS = 20
JOB_TTL_SECONDS = 24 * 3600
REPORT_SECONDS = 0.5
# A running job of a process on another host that has not reported for this long is taken as
# lost (the process died; its transaction rolled back). On this host we know at once: the
# owner process (recorded with the job) no longer exists.
STALE_SECONDS = 60
LOST_ERROR = {"code": "import_lost", "fields": {},
              "message": "The server process running this import stopped; nothing was imported. "
                         "Start the import again."}

log = logging.getLogger(__name__)
MODES = ("new_table", "new_base", "append", "update")


def limits_from_config(cfg: Config) -> ReadLimits:
    """Import limits: TABLO_MAX_IMPORT_BYTES (config), TABLO_IMPORT_MAX_ROWS / _COLUMNS / _CELL_CHARS or config.extra."""
    def get(name: str, default: int) -> int:
        raw = cfg.extra.get(f"import_{name}") or os.environ.get(f"TABLO_IMPORT_{name.upper()}")
        try:
            return int(raw) if raw not in (None, "") else default
        except ValueError:
            raise SystemExit(f"TABLO_IMPORT_{name.upper()} must be a whole number, got {raw!r}") from None

    d = ReadLimits()
    return ReadLimits(max_bytes=cfg.max_import_bytes, max_rows=get("max_rows", d.max_rows),
                      max_columns=min(get("max_columns", d.max_columns), cfg.max_columns_per_table),
                      max_cell_chars=get("max_cell_chars", d.max_cell_chars))


def import_limit_message(limit: int) -> str:
    """The 413 answer to an import past TABLO_MAX_IMPORT_BYTES, naming the limit and how to raise it."""
    return f"imports are limited to {size_text(limit)} (TABLO_MAX_IMPORT_BYTES)"


def _proc_stat(pid: int) -> tuple[str, str] | None:
    """(state, start time) of process `pid` from /proc/<pid>/stat (fields 3 and 22): with the
    pid, the start time names one process even after the pid is reused; a killed process not
    yet reaped has state Z. None where /proc is not there."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return fields[0], fields[19]
    except (OSError, IndexError):
        return None


_OWNER: dict[str, Any] = {}


def owner() -> dict[str, Any]:
    """This process, as recorded with the jobs it runs (computed per pid: workers are forked)."""
    if _OWNER.get("pid") != os.getpid():
        stat = _proc_stat(os.getpid())
        _OWNER.update(host=socket.gethostname(), pid=os.getpid(), start=stat[1] if stat else None)
    return dict(_OWNER)


def owner_gone(who: Any) -> bool | None:
    """Whether the process that recorded a job is gone: True/False on this host, None when it
    cannot be told from here (another host, or a job recorded without its owner)."""
    if not isinstance(who, dict) or who.get("host") != socket.gethostname() or not isinstance(who.get("pid"), int):
        return None
    pid = who["pid"]
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # exists, run by another user
    except OSError:
        return None
    # The pid exists: it is the owner only if it started when the owner did and is not a
    # killed process waiting to be reaped.
    stat = _proc_stat(pid)
    if stat is None:
        return False
    return stat[0] in ("Z", "X") or (who.get("start") is not None and stat[1] != who["start"])


def job_lost(status: str, options: Any, updated_at: float) -> bool:
    """A job recorded as started whose process died (on this host: at once; elsewhere: no
    report for STALE_SECONDS)."""
    if status not in ("running", "starting"):
        return False
    gone = owner_gone((options or {}).get("owner"))
    return gone if gone is not None else time.time() - updated_at > STALE_SECONDS


def fail_lost_jobs(db: Any) -> int:
    """Record every job whose process died as failed (at startup: an import interrupted by a
    crash reads «failed» as soon as the server is back). Jobs of live processes — other workers
    or hosts on PostgreSQL — are left alone. Returns how many were failed."""
    t = cat.import_jobs
    with db.read() as conn:
        rows = conn.execute(sa.select(t.c.id, t.c.status, t.c.options, t.c.updated_at)
                            .where(t.c.status.in_(("running", "starting")))).all()
    lost = [r.id for r in rows if job_lost(r.status, r.options, r.updated_at)]
    if lost:
        with db.write() as conn:
            conn.execute(sa.update(t).where(t.c.id.in_(lost), t.c.status.in_(("running", "starting")))
                         .values(status="failed", phase="failed", error=LOST_ERROR, updated_at=time.time()))
        log.warning("imports %s were interrupted (their server process stopped); marked failed", ", ".join(lost))
    return len(lost)


@dataclass
class ImportJob:
    id: str
    base_id: int
    user_id: int | None
    path: str
    filename: str
    created: float = field(default_factory=time.time)
    status: str = "ready"  # ready → running → done | failed | cancelled
    fmt: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    source: Source | None = None
    detected: dict[str, list[Detected]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    first_rows: dict[str, list[list[Any]]] = field(default_factory=dict)
    progress: Progress = field(default_factory=Progress)
    error: dict | None = None
    result: dict | None = None
    thread: threading.Thread | None = None
    options: dict[str, Any] = field(default_factory=dict)  # how the file was read (to re-read it elsewhere)
    remote: bool = False  # known from the table only: another process holds it
    # The browser tab (X-Tablo-Client) that started the import: the import is logged with it,
    # so that tab's undo takes the import back (and not an older edit of that tab).
    client_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "file": self.filename, "format": self.fmt,
                "rows_done": self.progress.done, "rows_total": self.progress.total, "phase": self.progress.phase,
                "error": self.error, "result": self.result}


_JOBS: dict[str, ImportJob] = {}
_LOCK = threading.Lock()


def _jobs_dir(cfg: Config) -> Path:
    d = cfg.data_dir / "imports"
    d.mkdir(parents=True, exist_ok=True)
    return d


def _expire() -> None:
    now = time.time()
    with _LOCK:
        old = [j for j in _JOBS.values() if now - j.created > JOB_TTL_SECONDS and j.status != "running"]
        for j in old:
            _JOBS.pop(j.id, None)
    for j in old:
        shutil.rmtree(os.path.dirname(j.path), ignore_errors=True)


def stage(cfg: Config, base_id: int, user_id: int | None, stream: Any, filename: str) -> ImportJob:
    """Copy an upload to the data folder, refusing it past the size limit."""
    _expire()
    limits = limits_from_config(cfg)
    job_id = secrets.token_urlsafe(12)
    folder = _jobs_dir(cfg) / job_id
    folder.mkdir()
    safe = os.path.basename(filename or "upload")[:200] or "upload"
    path = folder / "upload.bin"
    size = 0
    try:
        with open(path, "wb") as out:
            while chunk := stream.read(1 << 20):
                size += len(chunk)
                if size > limits.max_bytes:
                    raise too_large(import_limit_message(limits.max_bytes))
                out.write(chunk)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    job = ImportJob(id=job_id, base_id=base_id, user_id=user_id, path=str(path), filename=safe)
    with _LOCK:
        _JOBS[job_id] = job
    return job


def stage_path(cfg: Config, base_id: int, user_id: int | None, path: str) -> ImportJob:
    """The CLI imports a file in place (nothing to copy)."""
    job = ImportJob(id=secrets.token_urlsafe(12), base_id=base_id, user_id=user_id, path=path,
                    filename=os.path.basename(path))
    return job


def get_job(job_id: str, base_id: int) -> ImportJob:
    with _LOCK:
        job = _JOBS.get(job_id)
    if job is None or job.base_id != base_id:
        raise not_found("This import does not exist (or expired).")
    return job


def discard(job: ImportJob) -> None:
    with _LOCK:
        _JOBS.pop(job.id, None)
    if os.path.basename(os.path.dirname(job.path)) == job.id:
        shutil.rmtree(os.path.dirname(job.path), ignore_errors=True)


# -- shared job state -------------------------------------------------------------------------
def _state_values(job: ImportJob, end: dict[str, Any] | None = None) -> dict[str, Any]:
    values = {"status": job.status, "options": job.options, "rows_done": job.progress.done,
              "rows_total": job.progress.total, "phase": job.progress.phase[:32], "error": job.error,
              "result": job.result, "updated_at": time.time()}
    values.update(end or {})
    return values


def save_job(db: Any, job: ImportJob, end: dict[str, Any] | None = None) -> None:
    """Record the job's state for the other server processes; `end` overrides fields (the
    outcome of a finished run, recorded before this process shows it)."""
    t = cat.import_jobs
    values = _state_values(job, end)
    with db.write() as conn:
        if conn.execute(sa.update(t).where(t.c.id == job.id).values(**values)).rowcount:
            return
        old = conn.execute(sa.select(t.c.id, t.c.path).where(
            t.c.created_at < time.time() - JOB_TTL_SECONDS, t.c.status != "running")).all()
        if old:
            conn.execute(sa.delete(t).where(t.c.id.in_([r.id for r in old])))
        conn.execute(sa.insert(t).values(id=job.id, base_id=job.base_id, user_id=job.user_id,
                                         filename=job.filename, path=job.path, created_at=job.created,
                                         cancel=False, **values))
    for r in old:
        if os.path.basename(os.path.dirname(r.path)) == r.id:
            shutil.rmtree(os.path.dirname(r.path), ignore_errors=True)


def claim(db: Any, job: ImportJob) -> None:
    """Take a staged job for starting, once across all processes (a double click that reaches
    two processes starts one import)."""
    t = cat.import_jobs
    # The owner goes with the job, so that others can tell when its process is gone.
    job.options = {**job.options, "owner": owner()}
    with db.write() as conn:
        taken = conn.execute(sa.update(t).where(t.c.id == job.id, t.c.status == "ready")
                             .values(status="starting", options=job.options, updated_at=time.time())).rowcount
    if not taken:
        raise invalid("this import has already started", {"import_id": ["started"]})


def release(db: Any, job: ImportJob) -> None:
    """A start refused after the claim (a bad mapping): the job can be started again."""
    t = cat.import_jobs
    with db.write() as conn:
        conn.execute(sa.update(t).where(t.c.id == job.id, t.c.status == "starting").values(status="ready"))


def find_job(db: Any, job_id: str, base_id: int, reopen: Callable[[ImportJob], None]) -> ImportJob:
    """The job from this process's memory, else from the table: a staged upload is read again
    here (`reopen` with its recorded options); a started one is reported as recorded."""
    with _LOCK:
        job = _JOBS.get(job_id)
    if job is not None:
        if job.base_id != base_id:
            raise not_found("This import does not exist (or expired).")
        return job
    t = cat.import_jobs
    with db.read() as conn:
        row = conn.execute(sa.select(t).where(t.c.id == job_id)).first()
    if row is None or row.base_id != base_id or time.time() - row.created_at > JOB_TTL_SECONDS:
        raise not_found("This import does not exist (or expired).")
    job = ImportJob(id=row.id, base_id=row.base_id, user_id=row.user_id, path=row.path, filename=row.filename,
                    created=row.created_at, options=dict(row.options or {}))
    if row.status == "ready":
        if not os.path.exists(row.path):
            raise not_found("This import's file is not in this server's data folder; upload it again.")
        reopen(job)
        with _LOCK:
            return _JOBS.setdefault(job.id, job)
    job.remote = True
    job.status, job.error, job.result, job.fmt = row.status, row.error, row.result, (row.options or {}).get("fmt")
    job.progress.done, job.progress.total, job.progress.phase = row.rows_done, row.rows_total, row.phase
    if job_lost(row.status, row.options, row.updated_at):
        job.status = job.progress.phase = "failed"
        job.error = dict(LOST_ERROR)
    return job


def forget(db: Any, job: ImportJob) -> None:
    """Discard the job here and in the table (and its staged file)."""
    discard(job)
    with db.write() as conn:
        conn.execute(sa.delete(cat.import_jobs).where(cat.import_jobs.c.id == job.id))


# -- preview ----------------------------------------------------------------------------------
def open_job(job: ImportJob, cfg: Config, *, fmt: str | None = None, encoding: str | None = None,
             delimiter: str | None = None, sheets: list[str] | None = None, day_first: bool | None = None,
             customers: dict[str, str] | None = None, language: str | None = None) -> None:
    """Read the file's sheets and detect every column's type from all of its values (`language`:
    of a 1C reader's column names and values)."""
    limits = limits_from_config(cfg)
    src = open_source(job.path, job.filename, limits, fmt=fmt, encoding=encoding, delimiter=delimiter,
                      sheets=sheets, customers=customers, language=language)
    job.options = {"fmt": fmt, "encoding": encoding, "delimiter": delimiter, "sheets": sheets, "day_first": day_first,
                   "language": language}
    job.fmt, job.encoding, job.delimiter, job.source = src.format, src.encoding, src.delimiter, src
    job.detected, job.counts = {}, {}
    job.first_rows = {}
    for sheet in src.sheets:
        first: list[list[Any]] = job.first_rows.setdefault(sheet.name, [])

        def keep_first(rows: Any, first: list = first) -> Any:
            # The preview's first rows come from the detection pass (no second read of the file).
            for row in rows:
                if len(first) < PREVIEW_ROWS:
                    first.append(row)
                yield row

        detected, n = detect_columns(sheet.headers, keep_first(sheet.rows()))
        if day_first is not None:
            for d in detected:
                if d.type == "date" and d.day_first is not None:
                    d.day_first = day_first
        job.detected[sheet.name] = detected
        job.counts[sheet.name] = n


def preview(job: ImportJob) -> dict[str, Any]:
    assert job.source is not None
    out = []
    for sheet in job.source.sheets:
        rows = [[_preview_cell(v) for v in row] for row in job.first_rows.get(sheet.name, [])]
        out.append({
            "name": sheet.name, "rows_total": job.counts.get(sheet.name, 0),
            "columns": [{"source": i, "name": h, "type": d.type, "options": d.options, "day_first": d.day_first,
                         "samples": [_preview_cell(s) for s in d.samples], "non_empty": d.non_empty}
                        for i, (h, d) in enumerate(zip(sheet.headers, job.detected[sheet.name], strict=True))],
            "rows": rows,
        })
    return {"import_id": job.id, "file": job.filename, "format": job.fmt, "encoding": job.encoding,
            "delimiter": job.delimiter, "warnings": job.source.warnings, "suggested_format": suggest_format(job.source, job.first_rows.get(job.source.sheets[0].name, [])),
            "sheets": out}


def _preview_cell(v: Any) -> Any:
    from server.io.convert import cell_text

    if v is None or isinstance(v, bool | int | float | str):
        return v
    return cell_text(v)


# -- plans ------------------------------------------------------------------------------------
def _unique_name(schema: BaseSchema, name: str, taken: set[str]) -> str:
    existing = {t.name.casefold() for t in schema.live_tables()} | taken
    base, n, candidate = name[:190], 2, name[:200]
    while candidate.casefold() in existing:
        candidate = f"{base} ({n})"
        n += 1
    taken.add(candidate.casefold())
    return candidate


def _column_plans(sheet: Sheet, detected: list[Detected], specs: list[dict] | None, prefix: str) -> list[ColumnPlan]:
    if specs is None:
        return [ColumnPlan(i, h, d.type, dict(d.options), d.day_first)
                for i, (h, d) in enumerate(zip(sheet.headers, detected, strict=True))]
    plans = []
    for k, spec in enumerate(specs):
        where = f"{prefix}.columns[{k}]"
        if not isinstance(spec, dict):
            raise invalid(f"{where} must be an object", {where: ["must be an object"]})
        src = spec.get("source")
        if not isinstance(src, int) or isinstance(src, bool) or not 0 <= src < len(sheet.headers):
            raise invalid(f"{where}.source must be a column index of the file (0..{len(sheet.headers) - 1})",
                          {f"{where}.source": ["no such column in the file"]})
        if spec.get("skip"):
            continue
        d = detected[src]
        type_ = spec.get("type", d.type)
        if not isinstance(type_, str) or not has_type(type_):
            raise invalid(f"{where}.type: unknown column type {type_!r}", {f"{where}.type": ["unknown column type"]})
        options = spec.get("options", d.options if type_ == d.type else {})
        if not isinstance(options, dict):
            raise invalid(f"{where}.options must be an object", {f"{where}.options": ["must be an object"]})
        name = spec.get("name", sheet.headers[src])
        if not isinstance(name, str) or not name.strip():
            raise invalid(f"{where}.name must be non-empty text", {f"{where}.name": ["required"]})
        day_first = spec.get("day_first", d.day_first if type_ == d.type else None)
        if day_first is not None and not isinstance(day_first, bool):
            raise invalid(f"{where}.day_first must be true or false", {f"{where}.day_first": ["must be boolean"]})
        if type_ == "date" and "format" not in (spec.get("options") or {}):
            # The file's order only reads the file; without a display format chosen in the
            # import, the column shows dates in each reader's interface language.
            options = {**options, "format": None}
        plans.append(ColumnPlan(src, name.strip(), type_, options, day_first, target_key(spec.get("target"))))
    if not plans:
        raise invalid(f"{prefix}: every column is skipped; nothing to import", {f"{prefix}.columns": ["empty"]})
    return plans


def target_key(v: Any) -> Any:
    return v if isinstance(v, int | str) and not isinstance(v, bool) else None


def _map_onto(table: TableMeta, plans: list[ColumnPlan], prefix: str) -> list[ColumnPlan]:
    """Append/update: each imported column goes to the existing column named by `target` or its name."""
    out = []
    for p in plans:
        key = p.column_id if p.column_id is not None else p.name
        col = table.resolve_key(str(key)) or next(
            (c for c in table.columns if c.name.casefold() == str(key).strip().casefold()), None)
        if col is None:
            if p.column_id is not None:
                raise invalid(f"{prefix}: table {table.name!r} has no column {key!r}", {f"{prefix}.columns": [str(key)]})
            continue  # unmatched by name: left out (the preview shows which)
        p.column_id = col.id
        p.type, p.options = col.type, col.options
        out.append(p)
    if not out:
        raise invalid(f"{prefix}: no column of the file matches a column of {table.name!r}; map them explicitly",
                      {f"{prefix}.columns": ["no matching columns"]})
    return out


MAX_CONSTANT_CHARS = 10_000


def _with_constants(sheet: Sheet, table: TableMeta, cols: list[ColumnPlan], specs: Any,
                    prefix: str) -> tuple[Sheet, list[ColumnPlan]]:
    """Constants (`[{"target": column id or name, "value": ...}]`): a value every imported row
    gets in a column the file does not have. Each becomes one more column of the sheet, with
    the same value on every row, so it is converted, checked and written as file text is."""
    if specs is None or specs == []:
        return sheet, cols
    where = f"{prefix}.constants"
    if not isinstance(specs, list):
        raise invalid(f"{where} must be a list of {{target, value}}", {where: ["must be a list"]})
    mapped = {c.column_id for c in cols}
    values: list[Any] = []
    out = list(cols)
    for k, spec in enumerate(specs):
        at = f"{where}[{k}]"
        if not isinstance(spec, dict) or set(spec) - {"target", "value"}:
            raise invalid(f"{at} must be an object with target and value", {at: ["must be {target, value}"]})
        key = target_key(spec.get("target"))
        col = table.resolve_key(str(key)) if key is not None else None
        col = col or next((c for c in table.columns if key is not None and c.name.casefold() == str(key).strip().casefold()), None)
        if col is None:
            raise invalid(f"{at}.target: table {table.name!r} has no column {spec.get('target')!r}",
                          {f"{at}.target": ["no such column"]})
        if col.type != "link" and (col.type_cls.read_only or col.phys is None):
            raise invalid(f"{at}.target: the column {col.name!r} is computed or read-only",
                          {f"{at}.target": ["computed or read-only"]})
        if col.id in mapped:
            raise invalid(f"{at}.target: the column {col.name!r} is filled twice (from the file or another constant)",
                          {f"{at}.target": ["filled twice"]})
        value = spec.get("value")
        if value is None or isinstance(value, dict | list) or (isinstance(value, str) and not value.strip()):
            raise invalid(f"{at}.value: give the text, number or yes/no every row gets", {f"{at}.value": ["required"]})
        if isinstance(value, str) and len(value) > MAX_CONSTANT_CHARS:
            raise invalid(f"{at}.value is longer than {MAX_CONSTANT_CHARS} characters", {f"{at}.value": ["too long"]})
        mapped.add(col.id)
        out.append(ColumnPlan(len(sheet.headers) + len(values), col.name, col.type, col.options, None, col.id))
        values.append(value)
    orig = sheet.rows

    def rows() -> Any:
        for row in orig():
            yield [*row, *values]

    return Sheet(sheet.name, [*sheet.headers, *(f"= {c.name}" for c in out[len(cols):])], rows, sheet.total), out


UNMATCHED_LINKS = ("fail", "skip", "create")


def build_plans(job: ImportJob, schema: BaseSchema, body: dict) -> list[TablePlan]:
    """The user's choices (or the detected defaults) as table plans; validates every field."""
    assert job.source is not None
    mode = body.get("mode", "new_table")
    if mode not in MODES:
        raise invalid(f"mode must be one of {', '.join(MODES)}", {"mode": ["invalid"]})
    specs = body.get("tables")
    if specs is None:
        sheets = job.source.sheets if mode in ("new_table", "new_base") else job.source.sheets[:1]
        specs = [{"sheet": s.name} for s in sheets]
        # Top-level fields describe the first (usually the only) sheet.
        specs[0].update({k: body[k] for k in ("table_id", "key_columns", "columns", "name", "constants") if k in body})
    if not isinstance(specs, list) or not specs:
        raise invalid("tables must be a non-empty list", {"tables": ["required"]})
    plans: list[TablePlan] = []
    taken: set[str] = set()
    for i, spec in enumerate(specs):
        prefix = f"tables[{i}]"
        if not isinstance(spec, dict):
            raise invalid(f"{prefix} must be an object", {prefix: ["must be an object"]})
        sheet = job.source.sheet(spec.get("sheet"))
        cols = _column_plans(sheet, job.detected[sheet.name], spec.get("columns"), prefix)
        if mode in ("new_table", "new_base"):
            name = spec.get("name") or sheet.name
            if not isinstance(name, str) or not name.strip():
                raise invalid(f"{prefix}.name must be non-empty text", {f"{prefix}.name": ["required"]})
            seen: set[str] = set()
            for c in cols:
                if c.name.casefold() in seen:
                    raise invalid(f"{prefix}: two columns are named {c.name!r}", {f"{prefix}.columns": ["duplicate name"]})
                seen.add(c.name.casefold())
            if spec.get("constants"):
                raise invalid(f"{prefix}.constants: a constant fills a column of an existing table (append or update)",
                              {f"{prefix}.constants": ["only when adding to or updating a table"]})
            plans.append(TablePlan(sheet, "new", cols, name=_unique_name(schema, name.strip(), taken)))
            continue
        table_id = spec.get("table_id")
        table = schema.table(table_id) if isinstance(table_id, int) and not isinstance(table_id, bool) else None
        if table is None:
            raise not_found(f"{prefix}.table_id: no such table in this base")
        cols = _map_onto(table, cols, prefix)
        sheet, cols = _with_constants(sheet, table, cols, spec.get("constants"), prefix)
        keys: list[int] = []
        if mode == "update":
            raw_keys = spec.get("key_columns")
            if not isinstance(raw_keys, list) or not raw_keys:
                raise invalid(f"{prefix}.key_columns: name the columns that identify a row",
                              {f"{prefix}.key_columns": ["required"]})
            for k in raw_keys:
                col = table.resolve_key(str(k))
                if col is None:
                    raise invalid(f"{prefix}.key_columns: no column {k!r}", {f"{prefix}.key_columns": [str(k)]})
                keys.append(col.id)
        unmatched = spec.get("unmatched_links", body.get("unmatched_links", "fail"))
        if unmatched not in UNMATCHED_LINKS:
            raise invalid(f"{prefix}.unmatched_links must be one of {', '.join(UNMATCHED_LINKS)}",
                          {f"{prefix}.unmatched_links": ["invalid"]})
        plans.append(TablePlan(sheet, "update" if mode == "update" else "append", cols, table_id=table.id,
                               key_columns=keys, unmatched_links=unmatched))
    return plans


# -- running ----------------------------------------------------------------------------------
def run(st: Any, job: ImportJob, plans: list[TablePlan], base_id: int) -> dict[str, Any]:
    """Apply the import as one action; returns its result. Raises ApiError (nothing changed)."""
    job.progress.total = sum(job.counts.get(p.sheet.name, 0) for p in plans)
    job.progress.phase = "importing"
    res = apply_action(st.db, st.schema_cache, base_id, job.user_id,
                       {"type": "import_rows", "plans": plans, "progress": job.progress, "file": job.filename},
                       client_id=job.client_id, public=False, files_dir=st.config.files_dir)
    return {"base_id": base_id, "version": res.version, "tables": res.result.get("tables", [])}


def start_background(app: Any, job: ImportJob, plans: list[TablePlan], base_id: int,
                     client_id: str | None = None) -> None:
    """Run the import in a thread of its own; `client_id` (the starting tab) goes into its log entry."""
    st = app.extensions["tablo"]
    job.client_id = client_id
    job.status = "running"
    save_job(st.db, job)
    stop = threading.Event()

    def work() -> None:
        # The outcome is recorded in the table first and shown in this process after, so a
        # poller that sees "done" here also finds "done" in every other process.
        end: dict[str, Any] = {"status": "done", "phase": "done", "error": None, "result": None}
        try:
            with app.app_context():
                end["result"] = run(st, job, plans, base_id)
        except ApiError as exc:
            end["status"] = end["phase"] = "cancelled" if exc.code == "cancelled" else "failed"
            end["error"] = exc.to_json()["error"]
        except Exception as exc:  # reported to the poller; the transaction rolled back
            log.exception("import %s failed", job.id)
            end["status"] = end["phase"] = "failed"
            end["error"] = {"code": "internal", "message": f"The import failed; nothing was changed ({exc}).",
                            "fields": {}}
        finally:
            stop.set()
            try:
                save_job(st.db, job, end)
            except Exception:
                log.exception("import %s: could not record its end", job.id)
            job.result, job.error = end["result"], end["error"]
            job.progress.phase = end["phase"]
            job.status = end["status"]

    def report() -> None:
        # A cancel taken by another process arrives through the table. Progress is written for
        # the other processes on PostgreSQL; SQLite has one process, and its write lock is the
        # import's until the end.
        t = cat.import_jobs
        while not stop.wait(REPORT_SECONDS):
            try:
                with st.db.read() as conn:
                    if conn.execute(sa.select(t.c.cancel).where(t.c.id == job.id)).scalar():
                        job.progress.cancel.set()
                if not st.db.is_sqlite:
                    with st.db.write() as conn:
                        conn.execute(sa.update(t).where(t.c.id == job.id, t.c.status == "running").values(
                            rows_done=job.progress.done, rows_total=job.progress.total,
                            phase=job.progress.phase[:32], updated_at=time.time()))
            except Exception:
                log.exception("import %s: progress report failed", job.id)

    job.thread = threading.Thread(target=work, name=f"import-{job.id}", daemon=True)
    job.thread.start()
    threading.Thread(target=report, name=f"import-report-{job.id}", daemon=True).start()


def cancel(job: ImportJob, db: Any = None) -> None:
    if job.remote:
        # Running in another process: it sees the flag within a report interval.
        if job.status == "running" and db is not None:
            with db.write() as conn:
                conn.execute(sa.update(cat.import_jobs).where(cat.import_jobs.c.id == job.id).values(cancel=True))
            job.progress.phase = "cancelling"
        return
    if job.status == "running":
        job.progress.cancel.set()
    elif job.status == "ready":
        job.status = "cancelled"
        discard(job)
