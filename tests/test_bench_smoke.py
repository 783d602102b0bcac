"""Benchmarks that cannot rot: every script in bench/ runs in its `--smoke` mode.

One test per benchmark script (and per database where the script takes `--pg`), found by
listing bench/: a script with a `__main__` block is a benchmark, and one missing from FIGURES
below fails, as does one without `--smoke`. Each runs as a subprocess with a timeout; the test
asserts it exited 0 and printed every figure line it prints in a real run, each with all its
numbers (finite: a NaN or an infinity means a figure was not measured). Times are never
asserted: on a smoke-sized table they mean nothing.

The grid benchmark drives Chromium and is marked `browser` like tests/browser/ (it skips
without Chromium or the web build, unless TABLO_REQUIRE_BROWSER=1). PostgreSQL runs use a
schema of their own in the run's database (tests/conftest.py), or, for the scripts that make
their own database beside a URL, TABLO_TEST_PG_URL.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import PG_URL, _drop_schema

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
MANIFEST = Path(os.environ.get("TABLO_WEB_DIST") or ROOT / "server" / "static" / "dist") / ".vite" / "manifest.json"

# A printed number: 1,234.5 / -0.3 / nan / inf.
N = r"([-+]?[\d,]+(?:\.\d+)?|[-+]?nan|[-+]?inf)"


def table_row(name: str, numbers: int) -> str:
    """A row of a figure table (bench/common.py `report`, bench/views.py): the operation's name,
    then its numbers (tablo time, raw time, ratio; views: api, sql, hand, two ratios)."""
    return rf"^{name}\s+" + r"\s+".join([N] * numbers) + r"\b"


@dataclass
class Spec:
    figures: list[str]  # regular expressions, one per figure line, each must match a line
    # Its PostgreSQL run: "schema" = `--pg URL` of a fresh schema; "beside" = the script makes
    # (and drops) a database of its own beside TABLO_TEST_PG_URL (`--pg URL --pg-only`).
    pg: str | None = None
    pg_figures: list[str] = field(default_factory=list)  # lines only a PostgreSQL run prints
    browser: bool = False
    timeout: int = 120


def report_rows(*names: str) -> list[str]:
    return [table_row(n, 3) for n in names]


FIGURES: dict[str, Spec] = {
    "charts": Spec(report_rows(r"bar: sum\(amount\) by status", r"stacked bar: count by manager x status",
                               r"line: sum\(amount\) by due month", r"pie: count by status", r"number: avg\(amount\)",
                               r"pivot: sum\(amount\) by manager x status", r"scatter: count, avg\(amount\) by manager",
                               r"combo: sum\(amount\), count by status", r"funnel: sum\(amount\) by status",
                               r"gauge: sum\(amount\) to a goal", r"trend: sum\(amount\), 12 months",
                               r"calendar: count by due day", r"treemap: sum\(amount\) by manager x status",
                               r"radar: count by status", r"table: sum\(amount\) by manager x status",
                               r"bar with a dashboard filter \(manager, 2025\)")
                   + [rf"^clone receivables template with sample data: {N} ms",
                      rf"^dashboard of 8 charts with a dashboard filter, drawn in the browser: cold {N} ms, warm {N} ms"],
                   pg="schema", browser=True),
    "constraints": Spec(report_rows(r"insert 1 row", r"edit 1 cell", r"insert 1,000 rows")
                        + [rf"^turn the rules on over [\d,]+ rows: {N} ms"], pg="schema"),
    "formulas": Spec([rf"^window \(status = overdue, sort by balance, \d+ rows\): {N} ms median",
                      rf"^hand-written SQL aggregating payments: {N} ms; ratio {N}×",
                      rf"^hand-written SQL over the stored paid/balance: {N} ms; ratio {N}×",
                      rf"^with an index on Balance: window {N} ms, hand-written over stored {N} ms; ratio {N}×",
                      rf"^edit one payment → invoice balance reads it: {N} ms median"], pg="schema"),
    "foundation": Spec([rf"^insert, action path \(batches of \d+, log incl\.\):\s+{N} s\s+\({N} rows/s\)",
                        rf"^insert, raw executemany:\s+{N} s\s+\({N} rows/s\)",
                        rf"^insert ratio:\s+{N}×",
                        rf"^insert ratio, CPU time of this process:\s+{N}×\s+\({N} s against {N} s\)",
                        rf"^update, action path: median {N} ms, p95 {N} ms, total {N} s",
                        rf"^update, action path CPU time of this process: median {N} ms",
                        rf"^update, raw:\s+median {N} ms, total {N} s",
                        rf"^update ratio \(median\):\s+{N}×"], pg="beside"),
    "grid": Spec([rf"^first rows, cold\s+{N} ms", rf"^first rows, warm \(median of \d+\)\s+{N} ms",
                  rf"^jump to row ~{N}\s+{N} ms", rf"^jump, median of 50% / 30% / 70%\s+{N} ms",
                  rf"^scroll \d+ steps, frame p50\s+{N} ms", rf"^scroll \d+ steps, frame p95\s+{N} ms",
                  rf"^scroll, worst frame\s+{N} ms\s+frames with loading rows: {N} of {N}",
                  rf"^JS heap used after scroll\s+{N} MB", rf"^JS heap total / DOM nodes\s+{N} MB\s+{N} nodes"],
                 browser=True),
    "io": Spec([rf"^import CSV {N} rows\s+{N} s\s+{N} s\s+{N}x", rf"^import XLSX {N} rows\s+{N} s\s+{N} s\s+{N}x",
                rf"^export CSV {N} rows\s+{N} s\s+{N} s\s+{N}x", rf"^export XLSX {N} rows\s+{N} s\s+{N} s\s+{N}x",
                rf"^peak RSS of a process importing the {N}-row CSV: {N} MB \(target < 500 MB; import took {N} s\)"],
               pg="schema"),
    # live.py runs its PostgreSQL part itself when TABLO_BENCH_PG_URL answers (set below).
    "live": Spec([rf"^floor \(bare flask-sock\) \d+ clients\s+last p50\s+{N} p99\s+{N} ms",
                  rf"^tablo SQLite, 1 process, \d+ clients\s+last p50\s+{N} p99\s+{N} ms .*ratio last p50\s+{N}x "
                  rf"p99\s+{N}x"],
                 pg_figures=[rf"^tablo PostgreSQL, 1 process, \d+ clients\s+last p50\s+{N} p99\s+{N} ms",
                             rf"^tablo PostgreSQL, writer on A, \d+ on B\s+last p50\s+{N} p99\s+{N} ms",
                             rf"second process adds p50 {N} ms"]),
    "receivables": Spec([rf"^checked: the aging as of [\d-]+ equals the hand-written SQL's \({N} buckets, {N} open invoices\)",
                         rf"^aging as of a past date: {N} ms; hand-written SQL {N} ms; ratio {N}×",
                         rf"^KPI series, \d+ months × 4 measures: {N} ms"], pg="schema", timeout=300),
    "seatable": Spec(report_rows(r"SQL: GROUP BY status, COUNT, SUM", r"SQL: WHERE status AND amount, ORDER BY, LIMIT 100",
                                 r"list_rows: first 1,000 rows", r"list_rows: 1,000 rows at start=[\d,]+",
                                 r"batch_append_rows: 1,000 rows \(one action\)"), pg="schema"),
    "sockets": Spec([rf"^{wc}\s+open \d+ in {N} s; RSS {N} → {N} MiB \({N} KiB/socket\); OS threads {N} → {N}; "
                     rf"delivered {N}/{N}; last receipt p50 {N} ms, max {N} ms" for wc in ("gevent", "gthread")]
                    + [rf"^{wc}\s+default settings, beside \d+ stalled connections: {N} of {N} requests answered "
                       rf"\(p50 {N} ms\)" for wc in ("gevent", "gthread")]),
    "team": Spec(report_rows(r"insert \d+ rows \(owner\)", r"insert \d+ rows \(editor, permissions set\)",
                             r"update \d+ cells \(editor, column permission\)", r"update 1 cell \(editor\)",
                             r"insert \d+ rows assigning a collaborator", r"insert \d+ rows with a webhook",
                             r"update \d+ cells with a webhook",
                             r"first window \+ count, restricted member"), pg="schema"),
    "views": Spec([table_row(n, 5) for n in (r"first window, unfiltered", r"first window, filter \+ sort",
                                             r"window at offset [\d,]+", r"next window by cursor", r"count of the view",
                                             r"group by status, sum of amount", r"search a word \(positions\)",
                                             r"search a word \(first 100 hits\)",
                                             r"search a rare word \(positions\)",
                                             r"search a rare word \(first hits\)",
                                             r"kanban stack, first 50 cards", r"calendar month \(6 weeks\)",
                                             r"timeline month")]
                  + [table_row(n, 3) for n in ("insert 500 rows", "edit one cell")]
                  + [r"^search index built over the table in [\d.]+ s",
                     r"^checked: the deep window and the count equal the hand-written SQL's",
                     r"^checked: the kanban stack, calendar month and timeline month hold the hand-written SQL's rows"],
                  pg="schema"),
}


def benchmarks() -> list[str]:
    """The scripts in bench/ that are benchmarks: the ones that run as a program."""
    return sorted(p.stem for p in BENCH.glob("*.py") if re.search(r"^if __name__ == .__main__.:", p.read_text(),
                                                                  re.MULTILINE))


def cases() -> Iterator[object]:
    for name in benchmarks():
        spec = FIGURES.get(name)
        marks = [pytest.mark.browser] if spec and spec.browser else []
        yield pytest.param(name, "sqlite", id=name, marks=marks)
        if spec and spec.pg:
            yield pytest.param(name, "postgresql", id=f"{name}-postgresql", marks=marks)


def test_every_benchmark_is_listed() -> None:
    """Guards the discovery itself: the known benchmarks are found, helpers are not."""
    found = benchmarks()
    assert {"foundation", "grid", "views", "live", "sockets"} <= set(found)
    assert "common" not in found


@pytest.fixture
def pg_schema(request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """A function giving a fresh PostgreSQL schema's URL (dropped after the test), or skipping."""
    made: list[tuple[sa.Engine, str]] = []

    def make() -> str:
        database = request.getfixturevalue("pg_database")
        if database is None:
            pytest.skip("PostgreSQL is not reachable (set TABLO_REQUIRE_PG=1 to make this a failure)")
        eng = sa.create_engine(database, isolation_level="AUTOCOMMIT")
        schema = f"s_{uuid.uuid4().hex[:12]}"
        with eng.connect() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        made.append((eng, schema))
        return f"{database}?options=-csearch_path%3D{schema}"

    yield make
    for eng, schema in made:
        _drop_schema(eng, schema)
        eng.dispose()


def _need_browser() -> None:
    missing = None
    if not MANIFEST.exists():
        missing = "the web app is not built (run `make web`)"
    elif not Path(CHROMIUM).exists():
        missing = f"no Chromium at {CHROMIUM}"
    if missing:
        if os.environ.get("TABLO_REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser tests are required (TABLO_REQUIRE_BROWSER=1) but {missing}")
        pytest.skip(missing)


@pytest.mark.parametrize(("script", "database"), list(cases()))
def test_benchmark_smoke(script: str, database: str, pg_schema: Callable[[], str], tmp_path: Path,
                         request: pytest.FixtureRequest) -> None:
    spec = FIGURES.get(script)
    assert spec is not None, (f"bench/{script}.py is a benchmark without a smoke test: give it a --smoke mode and "
                              "list the figure lines it prints in FIGURES in tests/test_bench_smoke.py")
    if spec.browser:
        _need_browser()
    args = ["--smoke"]
    # The scripts' temporary folders (databases, generated files) land in one of the test's own,
    # with a short path: Chromium puts a socket in it, and a socket's path has ~107 bytes at most.
    short = Path(tempfile.mkdtemp(prefix="tbs-"))
    request.addfinalizer(lambda: shutil.rmtree(short, ignore_errors=True))
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "TMPDIR": str(short)}
    figures = list(spec.figures)
    if database == "postgresql" and spec.pg == "schema":
        args += ["--pg", pg_schema()]
    elif database == "postgresql":
        if request.getfixturevalue("pg_database") is None:
            pytest.skip("PostgreSQL is not reachable (set TABLO_REQUIRE_PG=1 to make this a failure)")
        args += ["--pg", PG_URL, "--pg-only"]
    if spec.pg_figures:  # the script runs its PostgreSQL part on its own when the server answers
        if request.getfixturevalue("pg_database") is None:
            args.append("--no-pg")
        else:
            env["TABLO_BENCH_PG_URL"] = PG_URL
            figures += spec.pg_figures
    try:
        proc = subprocess.run([sys.executable, str(BENCH / f"{script}.py"), *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=spec.timeout)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"bench/{script}.py --smoke ran over {spec.timeout} s; its output so far:\n{exc.stdout}")
    out = proc.stdout
    assert proc.returncode == 0, f"bench/{script}.py --smoke exited {proc.returncode}:\n{out}\n{proc.stderr[-4000:]}"
    for pattern in figures:
        m = re.search(pattern, out, re.MULTILINE)
        assert m, f"bench/{script}.py --smoke printed no line matching {pattern!r}:\n{out}"
        for number in m.groups():
            assert math.isfinite(float(number.replace(",", ""))), f"figure not measured in {m.group(0)!r}"
