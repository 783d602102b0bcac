"""Stored values to and from JSON for the action log (timestamps are the only non-JSON values)."""

from __future__ import annotations

import datetime as dt
from typing import Any


def encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$dt": dt.datetime(value.year, value.month, value.day).isoformat()}
    return value


def decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1 and "$dt" in value:
        return dt.datetime.fromisoformat(value["$dt"])
    return value
