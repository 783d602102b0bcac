"""Benchmark: import and export through the full Tablo path vs the bare readers, writers and driver.

    python bench/io.py [--csv-rows 1000000] [--xlsx-rows 100000] [--export-rows 1000000]
                       [--xlsx-export-rows 1000000] [--pg postgresql://...] [--skip-memory] [--smoke]

Import: a generated CSV (1M rows × 10 columns: text, numbers, ISO dates, a select, yes/no) and
XLSX (100k × 10), through detection, validation and the import action, against reading the
same file with the fastest reader (csv module; python-calamine vs openpyxl read-only for XLSX)
plus a raw DB-API executemany of the already-parsed rows. Target: ≤ 2× (read + raw insert).

Export: the imported table to CSV and XLSX through the export path (types, formats,
neutralisation), against the writer alone writing the same (typed) values from a plain SELECT.
Target: ≤ 1.5×. Peak memory of the 1M-row CSV import is measured in a child process
(target: < 500 MB). Not a test; prints a table.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import make_app, parse_args  # noqa: E402

STAGES = ["Open", "Paid", "Overdue", "Disputed", "Cancelled"]
HEADER = ["Invoice No.", "Customer", "Amount", "Paid", "Invoice date", "Due date", "Status", "Disputed", "Days",
          "Comment"]


def gen_row(i: int) -> list:
    d = dt.date(2024, 1, 1) + dt.timedelta(days=i % 700)
    return [f"INV-{i:07d}", f"Customer {i % 5000}", (i * 37 % 100000) / 100, (i * 13 % 50000) / 100,
            d, d + dt.timedelta(days=30), STAGES[i % 5], "yes" if i % 7 == 0 else "no", i % 90, f"note {i}"]


def make_csv(path: str, n: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for i in range(n):
            r = gen_row(i)
            r[4], r[5] = r[4].isoformat(), r[5].isoformat()
            w.writerow(r)


def make_xlsx(path: str, n: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Invoices")
    ws.append(HEADER)
    for i in range(n):
        r = gen_row(i)
        r[4] = dt.datetime.combine(r[4], dt.time())
        r[5] = dt.datetime.combine(r[5], dt.time())
        ws.append(r)
    wb.save(path)


def cached(path: str, n: int, maker) -> str:  # noqa: ANN001
    if not os.path.exists(path):
        print(f"generating {path} ...", flush=True)
        maker(path, n)
    return path


# -- baselines ------------------------------------------------------------------------------
def read_csv_parsed(path: str) -> list[tuple]:
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            rows.append(row)
    return rows


def read_calamine(path: str) -> int:
    from python_calamine import CalamineWorkbook

    n = 0
    for _ in CalamineWorkbook.from_path(path).get_sheet_by_index(0).iter_rows():
        n += 1
    return n


def read_openpyxl(path: str) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    for _ in wb.worksheets[0].iter_rows(values_only=True):
        n += 1
    wb.close()
    return n


def parse_row(row: list) -> tuple:
    """What the import would store, parsed once, for the raw-insert baseline."""
    return (row[0], row[1], float(row[2]), float(row[3]), dt.datetime.fromisoformat(str(row[4])[:10]),
            dt.datetime.fromisoformat(str(row[5])[:10]), row[6], row[7] == "yes", float(row[8]), row[9])


def raw_insert(url: str, rows: list[tuple]) -> float:
    """DB-API executemany into a table of the same shape and indexes (system columns included)."""
    import secrets

    import sqlalchemy as sa

    eng = sa.create_engine(url)
    md = sa.MetaData()
    t = sa.Table(f"raw_{secrets.token_hex(4)}", md, sa.Column("id", sa.Integer, primary_key=True),
                 sa.Column("_id", sa.String(22)), sa.Column("_order", sa.Float(53)), sa.Column("_ctime", sa.DateTime),
                 sa.Column("_mtime", sa.DateTime), sa.Column("_creator", sa.Integer),
                 sa.Column("_last_modifier", sa.Integer),
                 *[sa.Column(f"c{i}", sa.Text) for i in range(2)], *[sa.Column(f"n{i}", sa.Float(53)) for i in range(2)],
                 *[sa.Column(f"d{i}", sa.DateTime) for i in range(2)], sa.Column("s", sa.Text),
                 sa.Column("b", sa.Boolean), sa.Column("n2", sa.Float(53)), sa.Column("c2", sa.Text))
    # The same indexes as a Tablo table (server.storage.physical): they are the storage's cost,
    # not the import's.
    sa.Index(f"ux_{t.name}__id", t.c._id, unique=True)
    sa.Index(f"ix_{t.name}__order", t.c._order, t.c.id)
    md.create_all(eng)
    now = dt.datetime.now().replace(microsecond=0)
    sqlite = eng.dialect.name == "sqlite"
    # The driver needs text for SQLite datetimes; done before timing (the rows are "already parsed").
    fix = (lambda v: v.isoformat(" ") if isinstance(v, dt.datetime) else v) if sqlite else (lambda v: v)
    params = [(secrets.token_urlsafe(16), float(i), fix(now), fix(now), 1, 1, *[fix(v) for v in r])
              for i, r in enumerate(rows)]
    keys = [c.name for c in t.columns if c.name != "id"]
    comp = sa.insert(t).compile(dialect=eng.dialect, column_keys=keys)
    if not comp.positional:
        params = [dict(zip(keys, p, strict=True)) for p in params]
    raw = eng.raw_connection()
    cur = raw.cursor()
    t0 = time.perf_counter()
    for i in range(0, len(params), 5000):
        cur.executemany(comp.string, params[i:i + 5000])
    raw.commit()
    elapsed = time.perf_counter() - t0
    raw.close()
    eng.dispose()
    return elapsed


# -- our paths ------------------------------------------------------------------------------
def tablo_import(app, base_id: int, user_id: int, path: str) -> tuple[float, int]:  # noqa: ANN001
    from server.io import service

    st = app.extensions["tablo"]
    t0 = time.perf_counter()
    job = service.stage_path(st.config, base_id, user_id, path)
    service.open_job(job, st.config)
    with st.db.read() as conn:
        schema = st.schema_cache.get(conn, base_id)
    plans = service.build_plans(job, schema, {})
    with app.app_context():
        res = service.run(st, job, plans, base_id)
    return time.perf_counter() - t0, res["tables"][0]["table_id"]


def setup(url: str | None) -> tuple:
    from server.auth.service import create_user
    from server.bases.create import create_base

    app = make_app(url)
    st = app.extensions["tablo"]
    with st.db.write() as conn:
        uid = create_user(conn, f"bench{time.time_ns()}@example.com", "bench-password")
    with app.app_context():
        base_id = create_base(uid, "Bench")
    return app, base_id, uid


def export_tablo(app, table_id: int, fmt: str, out: str) -> float:  # noqa: ANN001
    import sqlalchemy as sa

    from server.catalog import schema as cat
    from server.io import export
    from server.io.writers import csv_chunks, write_xlsx
    from server.views.reading import value_context

    st = app.extensions["tablo"]
    t0 = time.perf_counter()
    with st.db.read() as conn:
        base_id = conn.execute(sa.select(cat.tables.c.base_id).where(cat.tables.c.id == table_id)).scalar()
        spec = export.table_spec(st.schema_cache.get(conn, base_id).table(table_id))
        vctx = value_context(conn, base_id)
        if fmt == "csv":
            with open(out, "wb") as f:
                for chunk in csv_chunks(export.header(spec), export.csv_rows(conn, spec, vctx)):
                    f.write(chunk)
        else:
            write_xlsx(out, [(spec.title, export.header(spec), export.xlsx_rows(conn, spec, vctx))])
    return time.perf_counter() - t0


def export_writer_alone(app, table_id: int, fmt: str, out: str) -> float:  # noqa: ANN001
    """The same rows from a plain SELECT, written as they come by csv.writer / openpyxl write-only."""
    import sqlalchemy as sa

    from server.catalog import schema as cat

    st = app.extensions["tablo"]
    with st.db.read() as conn:
        base_id = conn.execute(sa.select(cat.tables.c.base_id).where(cat.tables.c.id == table_id)).scalar()
        table = st.schema_cache.get(conn, base_id).table(table_id)
    t = table.sa_table
    # The same values (typed: floats, datetimes, option ids) from a plain SELECT, written as they come.
    stmt = sa.select(*[t.c[c.phys] for c in table.columns if c.phys]).order_by(t.c._order, t.c.id)
    t0 = time.perf_counter()
    with st.db.read() as conn:
        result = conn.execution_options(stream_results=True, yield_per=2000).execute(stmt)
        if fmt == "csv":
            with open(out, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow([c.name for c in table.columns])
                for part in result.partitions():
                    w.writerows(part)
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("S")
            ws.append([c.name for c in table.columns])
            for part in result.partitions():
                for r in part:
                    ws.append(list(r))
            wb.save(out)
    return time.perf_counter() - t0


def child_import(path: str, url: str | None) -> None:
    app, base_id, uid = setup(url)
    elapsed, _ = tablo_import(app, base_id, uid, path)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{elapsed:.3f} {peak_mb:.1f}")


def line(name: str, ours: float, base: float, target: float) -> None:
    ratio = ours / base if base else float("inf")
    flag = "ok" if ratio <= target else "OVER TARGET"
    print(f"{name:46} {ours:9.2f} s {base:9.2f} s {ratio:6.2f}x  (target {target}x: {flag})", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv-rows", type=int, default=1_000_000)
    ap.add_argument("--xlsx-rows", type=int, default=100_000)
    ap.add_argument("--export-rows", type=int, default=None, help="default: the CSV import's rows")
    ap.add_argument("--xlsx-export-rows", type=int, default=None, help="default: --export-rows")
    ap.add_argument("--pg", default=None, help="PostgreSQL URL (postgresql+psycopg://...) instead of SQLite")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--parts", default="csv,xlsx,export-csv,export-xlsx",
                    help="comma-separated subset of xlsx, export-csv, export-xlsx (the CSV import always runs)")
    ap.add_argument("--child-import", default=None, help=argparse.SUPPRESS)
    args = parse_args(ap, {"csv_rows": 500, "xlsx_rows": 100, "xlsx_export_rows": 100})
    if args.child_import:
        child_import(args.child_import, args.pg)
        return
    work = Path(tempfile.gettempdir()) / "tablo-bench-io"
    work.mkdir(exist_ok=True)
    csv_path = cached(str(work / f"invoices-{args.csv_rows}.csv"), args.csv_rows, make_csv)
    xlsx_path = cached(str(work / f"invoices-{args.xlsx_rows}.xlsx"), args.xlsx_rows, make_xlsx)
    app, base_id, uid = setup(args.pg)
    url = app.extensions["tablo"].db.url
    print(f"\nDatabase: {app.extensions['tablo'].db.dialect}")
    print(f"{'':46} {'tablo':>11} {'baseline':>11} {'ratio':>7}")

    parts = set(args.parts.split(","))
    csv_table = None
    # CSV import (its table is what the exports read)
    t0 = time.perf_counter()
    rows = read_csv_parsed(csv_path)
    read_s = time.perf_counter() - t0
    parsed = [parse_row(r) for r in rows]
    del rows
    insert_s = raw_insert(url, parsed)
    del parsed
    ours_s, csv_table = tablo_import(app, base_id, uid, csv_path)
    print(f"  CSV read {read_s:.2f} s (csv module) + raw executemany {insert_s:.2f} s")
    line(f"import CSV {args.csv_rows:,} rows", ours_s, read_s + insert_s, 2.0)

    if "xlsx" in parts:
        xlsx_part(url, app, base_id, uid, xlsx_path, args.xlsx_rows)
    if "export-csv" in parts:
        out_csv = str(work / "export.csv")
        e_ours = export_tablo(app, csv_table, "csv", out_csv)
        e_base = export_writer_alone(app, csv_table, "csv", out_csv + ".raw")
        line(f"export CSV {args.csv_rows:,} rows", e_ours, e_base, 1.5)
    if "export-xlsx" in parts:
        out_xlsx = str(work / "export.xlsx")
        xe_rows = args.xlsx_export_rows or args.export_rows or args.csv_rows
        table_for_xlsx = csv_table
        if xe_rows != args.csv_rows:
            small = str(work / f"invoices-{xe_rows}.csv")
            cached(small, xe_rows, make_csv)
            _, table_for_xlsx = tablo_import(app, base_id, uid, small)
        x_ours = export_tablo(app, table_for_xlsx, "xlsx", out_xlsx)
        x_base = export_writer_alone(app, table_for_xlsx, "xlsx", out_xlsx + ".raw.xlsx")
        line(f"export XLSX {xe_rows:,} rows", x_ours, x_base, 1.5)
    if not args.skip_memory:
        cmd = [sys.executable, __file__, "--child-import", csv_path] + (["--pg", args.pg] if args.pg else [])
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()
        print(f"peak RSS of a process importing the {args.csv_rows:,}-row CSV: {float(out[1]):.0f} MB "
              f"(target < 500 MB; import took {float(out[0]):.1f} s)")


def xlsx_part(url: str, app, base_id: int, uid: int, xlsx_path: str, n: int) -> None:  # noqa: ANN001
    t0 = time.perf_counter()
    read_calamine(xlsx_path)
    cal_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    read_openpyxl(xlsx_path)
    opx_s = time.perf_counter() - t0
    from python_calamine import CalamineWorkbook

    xrows = list(CalamineWorkbook.from_path(xlsx_path).get_sheet_by_index(0).iter_rows())[1:]
    xparsed = [parse_row(r) for r in xrows]
    del xrows
    xinsert_s = raw_insert(url, xparsed)
    del xparsed
    xours_s, _ = tablo_import(app, base_id, uid, xlsx_path)
    print(f"  XLSX read: python-calamine {cal_s:.2f} s, openpyxl read-only {opx_s:.2f} s; "
          f"raw executemany {xinsert_s:.2f} s")
    line(f"import XLSX {n:,} rows", xours_s, min(cal_s, opx_s) + xinsert_s, 2.0)


if __name__ == "__main__":
    main()
