"""Helpers shared by the benchmark scripts: a throwaway app, timing, a ratio table, and the
`--smoke` option every script takes."""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from typing import Any

SMOKE_HELP = ("a tiny run (a small table, few repeats, a few seconds) through the same code path, printing the same "
              "figure lines; it proves the benchmark still works (tests/test_bench_smoke.py), its times mean nothing")


def parse_args(ap: argparse.ArgumentParser, smoke: dict[str, Any]) -> argparse.Namespace:
    """The command line, with `--smoke` added: a smoke run gives the options in `smoke` those
    tiny values as defaults (an option given on the command line still wins)."""
    ap.add_argument("--smoke", action="store_true", help=SMOKE_HELP)
    args = ap.parse_args()
    if args.smoke:
        ap.set_defaults(**smoke)
        args = ap.parse_args()
        print(f"# smoke run ({', '.join(f'{k}={v}' for k, v in smoke.items())}): the times mean nothing", flush=True)
    return args


def make_app(database_url: str | None = None) -> Any:
    from server.app import create_app
    from server.config import load_config

    data_dir = tempfile.mkdtemp(prefix="tablo-bench-")
    url = database_url or f"sqlite:///{data_dir}/bench.db"
    return create_app(load_config(data_dir=data_dir, database_url=url, secret_key="bench"))


def timed(fn: Callable[[], Any], repeat: int = 5, warmup: int = 1) -> float:
    """Median wall time in seconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def report(title: str, rows: list[tuple[str, float, float]], target: float | None = None) -> None:
    print(f"\n{title}")
    print(f"{'operation':44} {'tablo ms':>10} {'raw ms':>10} {'ratio':>7}")
    for name, ours, raw in rows:
        ratio = ours / raw if raw else float("inf")
        flag = "" if target is None or ratio <= target else "  (over target)"
        print(f"{name:44} {ours * 1000:10.1f} {raw * 1000:10.1f} {ratio:7.2f}{flag}")


def bench_table(app: Any, columns: list[tuple[str, str, dict | None]]) -> tuple[Any, int, int, Any]:
    """A user, a base and its first table with the given (name, type, options) columns added
    through the action path; returns (state, user id, base id, the table's fresh metadata)."""
    from server.actions.apply import apply_action
    from server.auth.service import create_user
    from server.bases.create import create_base

    st = app.extensions["tablo"]
    with st.db.write() as conn:
        uid = create_user(conn, "bench@example.com", "bench-password")
    with app.app_context():
        base_id = create_base(uid, "Bench")
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, base_id).live_tables()[0]
    for name, type_, opts in columns:
        apply_action(st.db, st.schema_cache, base_id, uid, {"type": "add_column", "table_id": table.id, "name": name,
                                                            "column_type": type_, "options": opts})
    with st.db.read() as conn:
        table = st.schema_cache.get(conn, base_id).table(table.id)
    return st, uid, base_id, table
