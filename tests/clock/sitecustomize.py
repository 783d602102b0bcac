"""Loaded only by `make test-future` (PYTHONPATH=tests/clock), into every Python process of
that run: pytest, its workers and the `tablo serve` processes the tests start.

The run moves the wall clock a year ahead with libfaketime and leaves the monotonic clock
alone (FAKETIME_DONT_FAKE_MONOTONIC=1), because timed waits on a moved monotonic clock wait
a year. libfaketime 0.9.10 then still shifts the absolute deadline of `clock_nanosleep`, which
`time.sleep` uses, and the call fails with EINVAL. Timed lock waits are not shifted, so sleeping
is done as a timed wait on a lock nobody releases: the same pause, the same monotonic clock.
See docs/testing.md.
"""

from __future__ import annotations

import os
import threading
import time


def _sleep(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    if seconds == 0:
        os.sched_yield()
        return
    lock = threading.Lock()
    lock.acquire()
    lock.acquire(timeout=seconds)


time.sleep = _sleep
