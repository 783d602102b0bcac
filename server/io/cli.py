"""`tablo import` and `tablo export`: the same import and export paths as the API, from a shell.

The import runs as one action (one undo step for --user, none for the system user) with a
progress bar; Ctrl-C cancels it and leaves the base unchanged.
"""

from __future__ import annotations

import os
import time

import click
import sqlalchemy as sa

from server.cli import cli
from server.config import load_config
from server.io.formats import format_ids


def _app() -> object:
    from server.app import create_app

    return create_app(load_config())


def _user_id(st: object, email: str | None) -> int | None:
    if not email:
        return None
    from server.catalog import schema as cat

    with st.db.read() as conn:  # type: ignore[attr-defined]
        uid = conn.execute(sa.select(cat.users.c.id).where(cat.users.c.email == email.strip().lower())).scalar()
    if uid is None:
        raise click.ClickException(f"no user {email}")
    return uid


@cli.command("import", help="Import a CSV, TSV, XLSX or 1C file into a base: as new tables (one per sheet), "
                            "appended to a table, or updating a table on key columns.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--base", "base_id", type=int, required=True, help="Base id.")
@click.option("--table", "table", default=None, help="Append to (or update) this table (id or name).")
@click.option("--name", default=None, help="Name of the new table (default: the file or sheet name).")
@click.option("--key", "keys", multiple=True, help="Update rows matched on this column (repeatable).")
@click.option("--format", "fmt", default=None,
              type=click.Choice(format_ids()),
              help="File format (detected when absent).")
@click.option("--encoding", default=None, help="Text encoding (detected: UTF-8 with/without BOM or Windows-1251).")
@click.option("--delimiter", default=None, help="CSV delimiter (detected).")
@click.option("--sheet", "sheets", multiple=True, help="Only these sheets (repeatable).")
@click.option("--day-first/--month-first", "day_first", default=None,
              help="Read ambiguous slash dates as D/M/Y or M/D/Y (detected from the whole column).")
@click.option("--user", "email", default=None, help="Import as this user (their undo can revert it).")
def import_cmd(file: str, base_id: int, table: str | None, name: str | None, keys: tuple[str, ...],
               fmt: str | None, encoding: str | None, delimiter: str | None, sheets: tuple[str, ...],
               day_first: bool | None, email: str | None) -> None:
    from server.errors import ApiError
    from server.io import service
    from server.io.formats import resolve_format

    app = _app()
    st = app.extensions["tablo"]  # type: ignore[attr-defined]
    uid = _user_id(st, email)
    job = service.stage_path(st.config, base_id, uid, os.path.abspath(file))
    try:
        from server.catalog import schema as cat

        with st.db.read() as conn:
            if conn.execute(sa.select(cat.bases.c.id).where(cat.bases.c.id == base_id,
                                                            cat.bases.c.deleted_at.is_(None))).scalar() is None:
                raise click.ClickException(f"no base {base_id}")
            schema = st.schema_cache.get(conn, base_id)
            customers, language = None, None
            reader = resolve_format(job.path, job.filename, fmt)
            if reader.needs_customers:
                customers = reader.customers(conn, schema)
            if reader.base_language:  # the target table's language, else the base's, else the user's
                target = next((x for x in schema.live_tables() if str(x.id) == table or x.name == table), None)
                locale = conn.execute(sa.select(cat.users.c.locale).where(cat.users.c.id == uid)).scalar()
                language = reader.import_language(schema, target, locale)
        click.echo(f"Reading {file} ...")
        service.open_job(job, st.config, fmt=fmt, encoding=encoding, delimiter=delimiter,
                         sheets=list(sheets) or None, day_first=day_first, customers=customers, language=language)
        for w in job.source.warnings:  # type: ignore[union-attr]
            click.echo(f"warning: {w}", err=True)
        body: dict = {"mode": "new_table"}
        if table is not None:
            t = next((x for x in schema.live_tables() if str(x.id) == table or x.name == table), None)
            if t is None:
                raise click.ClickException(f"no table {table!r} in base {base_id}")
            body = {"mode": "update" if keys else "append", "table_id": t.id}
            if keys:
                body["key_columns"] = list(keys)
        elif name:
            body["name"] = name
        plans = service.build_plans(job, schema, body)
        service.start_background(app, job, plans, base_id)
        total = max(sum(job.counts.get(p.sheet.name, 0) for p in plans), 1)
        try:
            with click.progressbar(length=total, label="Importing", show_pos=True) as bar:
                shown = 0
                while job.thread is not None and job.thread.is_alive():
                    time.sleep(0.2)
                    bar.update(job.progress.done - shown)
                    shown = job.progress.done
                bar.update(job.progress.done - shown)
        except KeyboardInterrupt:
            service.cancel(job)
            if job.thread is not None:
                job.thread.join()
            raise click.ClickException("cancelled; nothing was imported") from None
    except ApiError as exc:
        raise click.ClickException(exc.message) from exc
    if job.status != "done":
        raise click.ClickException((job.error or {}).get("message", "the import failed"))
    for t in (job.result or {}).get("tables", []):
        extra = f", {t['updated']} updated, {t['unchanged']} unchanged" if t["mode"] == "update" else ""
        click.echo(f"{t['name']} (table {t['table_id']}): {t['created']} rows added{extra}")


@cli.command("export", help="Export a table or a view as XLSX or CSV, or a whole base as a backup file.")
@click.option("--table", "table_id", type=int, default=None, help="Table id.")
@click.option("--view", "view_id", type=int, default=None, help="View id (its columns, filters and sorts).")
@click.option("--base", "base_id", type=int, default=None, help="Base id: the whole base as a .tablo backup.")
@click.option("--format", "fmt", type=click.Choice(["xlsx", "csv"]), default=None,
              help="Default: from the output file's extension.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True))
def export_cmd(table_id: int | None, view_id: int | None, base_id: int | None, fmt: str | None, output: str) -> None:
    from server.catalog import schema as cat
    from server.io import backup, export
    from server.io.writers import csv_chunks, write_xlsx
    from server.query.operators import FilterContext
    from server.views.reading import value_context

    if sum(x is not None for x in (table_id, view_id, base_id)) != 1:
        raise click.UsageError("give exactly one of --table, --view, --base")
    app = _app()
    st = app.extensions["tablo"]  # type: ignore[attr-defined]
    if base_id is not None:
        with app.app_context():  # type: ignore[attr-defined]
            backup.export_base(st, base_id, output)
        click.echo(f"Base {base_id} written to {output}")
        return
    fmt = fmt or ("csv" if output.lower().endswith((".csv", ".txt")) else "xlsx")
    with st.db.read() as conn:
        if view_id is not None:
            v = conn.execute(sa.select(cat.views, cat.tables.c.base_id)
                             .join(cat.tables, cat.tables.c.id == cat.views.c.table_id)
                             .where(cat.views.c.id == view_id)).first()
            if v is None:
                raise click.ClickException(f"no view {view_id}")
            table = st.schema_cache.get(conn, v.base_id).table(v.table_id)
            spec = export.view_spec(table, {"id": v.id, "name": v.name, "settings": v.settings},
                                    FilterContext(user_id=None))
            b = v.base_id
        else:
            b = conn.execute(sa.select(cat.tables.c.base_id).where(cat.tables.c.id == table_id)).scalar()
            table = st.schema_cache.get(conn, b).table(table_id) if b is not None else None
            if table is None:
                raise click.ClickException(f"no table {table_id}")
            spec = export.table_spec(table)
        vctx = value_context(conn, b)
        if fmt == "csv":
            with open(output, "wb") as f:
                for chunk in csv_chunks(export.header(spec), export.csv_rows(conn, spec, vctx)):
                    f.write(chunk)
        else:
            write_xlsx(output, [(spec.title, export.header(spec), export.xlsx_rows(conn, spec, vctx))])
    click.echo(f"{spec.title} written to {output}")
