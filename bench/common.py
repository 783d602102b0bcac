"""Helpers shared by the benchmark scripts: a throwaway app, timing, and a ratio table."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from typing import Any


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
