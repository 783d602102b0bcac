"""The live protocol's vocabulary: limits, close codes, frame encoding and inbound validation.

Frames are JSON text, one object each, with a `t` (type) field. docs/live-protocol.md is
the reference for clients; this module is the server's side of it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from server.api import inbound

PROTOCOL_VERSION = 1

# Close codes (4000-4999 are ours by RFC 6455).
CLOSE_NORMAL = 1000
CLOSE_TOO_BIG = 1009          # a frame over max_frame_bytes (after an error frame)
CLOSE_TRY_AGAIN = 1013        # the process holds its most live sockets (TABLO_MAX_SOCKETS): reconnect later
CLOSE_LAGGING = 4001          # the send queue overflowed: reload and reconnect
CLOSE_NO_HEARTBEAT = 4002     # nothing heard from the client for too long
CLOSE_REVOKED = 4003          # removed from the base, the base was deleted, signed out or token revoked
CLOSE_FLOOD = 4008            # kept flooding after being told to slow down
CLOSE_PROTOCOL = 4400         # did not say hello first, or sent hello twice


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    try:
        return int(raw) if raw else default
    except ValueError as exc:
        raise SystemExit(f"{name} must be a whole number, got {raw!r}") from exc


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name, "")
    try:
        return float(raw) if raw else default
    except ValueError as exc:
        raise SystemExit(f"{name} must be a number, got {raw!r}") from exc


@dataclass(frozen=True)
class Limits:
    """Per-connection limits; TABLO_LIVE_* variables override them (tests shorten the clocks)."""

    max_frame_bytes: int = 2 * 1024 * 1024   # a 1,000-row batch fits comfortably
    send_queue: int = 2000                    # frames buffered for one client before it must reload
    rate_per_second: float = 50.0             # sustained messages per second from one client
    rate_burst: int = 200                     # and the burst allowed on top
    flood_close_after: int = 500              # rejected (rate-limited) messages before the socket is closed
    heartbeat_seconds: float = 20.0           # server `ping` frame when idle this long
    dead_after_seconds: float = 60.0          # no frame from the client this long: closed
    max_replay: int = 1000                    # more missed actions than this: reload instead of replay
    hello_timeout_seconds: float = 10.0       # the first frame must be hello within this time
    recheck_seconds: float = 30.0             # re-read the caller's session/token and role this often

    @classmethod
    def from_env(cls) -> Limits:
        d = cls()
        return cls(
            max_frame_bytes=_env_int("TABLO_LIVE_MAX_FRAME_BYTES", d.max_frame_bytes),
            send_queue=_env_int("TABLO_LIVE_SEND_QUEUE", d.send_queue),
            rate_per_second=_env_float("TABLO_LIVE_RATE", d.rate_per_second),
            rate_burst=_env_int("TABLO_LIVE_BURST", d.rate_burst),
            flood_close_after=_env_int("TABLO_LIVE_FLOOD_CLOSE", d.flood_close_after),
            heartbeat_seconds=_env_float("TABLO_LIVE_HEARTBEAT", d.heartbeat_seconds),
            dead_after_seconds=_env_float("TABLO_LIVE_DEAD_AFTER", d.dead_after_seconds),
            max_replay=_env_int("TABLO_LIVE_MAX_REPLAY", d.max_replay),
            hello_timeout_seconds=_env_float("TABLO_LIVE_HELLO_TIMEOUT", d.hello_timeout_seconds),
            recheck_seconds=_env_float("TABLO_LIVE_RECHECK", d.recheck_seconds),
        )


def encode(frame: dict[str, Any]) -> str:
    # default=str: a stray date or Decimal from a custom column type must not break a broadcast.
    return json.dumps(frame, ensure_ascii=False, separators=(",", ":"), default=str)


def wire_text(text: str) -> bytes:
    """A complete server→client text frame (RFC 6455: FIN, opcode 1, unmasked, no extensions).

    Server frames are identical for every recipient, so a broadcast builds the bytes once
    instead of once per socket; we never negotiate extensions (see LiveSocket)."""
    payload = text.encode("utf-8")
    n = len(payload)
    if n < 126:
        header = bytes((0x81, n))
    elif n < 65536:
        header = bytes((0x81, 126)) + n.to_bytes(2, "big")
    else:
        header = bytes((0x81, 127)) + n.to_bytes(8, "big")
    return header + payload


def error_frame(code: str, message: str, ref: Any = None, **extra: Any) -> dict[str, Any]:
    frame: dict[str, Any] = {"t": "error", "code": code, "message": message}
    if ref is not None:
        frame["ref"] = ref
    frame.update(extra)
    return frame


class FrameError(ValueError):
    """An inbound frame that is not valid; answered with an error frame, the socket stays open."""

    def __init__(self, code: str, message: str, ref: Any = None, fields: dict | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.ref = ref
        self.fields = fields


CID_MAX = 64
CLIENT_MAX = 64
INBOUND_TYPES = ("hello", "action", "undo", "redo", "presence", "ping")


def parse(text: Any) -> dict[str, Any]:
    """Text frame → validated dict with a known `t`. Raises FrameError."""
    if not isinstance(text, str):
        raise FrameError("malformed", "frames are JSON text, not binary")
    try:  # the same limits as HTTP bodies: depth here, text and 64-bit numbers below
        frame = inbound.loads(text, check=False)
    except inbound.InboundError as exc:
        raise FrameError(exc.kind, exc.message) from None
    if not isinstance(frame, dict):
        raise FrameError("malformed", "a frame is a JSON object with a \"t\" field")
    t = frame.get("t")
    if t not in INBOUND_TYPES:
        raise FrameError("unknown_message", f"unknown frame type {t!r}; expected one of {', '.join(INBOUND_TYPES)}",
                         ref=_cid(frame))
    cid = frame.get("cid")
    if cid is not None and (not isinstance(cid, (str, int)) or isinstance(cid, bool) or len(str(cid)) > CID_MAX):
        raise FrameError("invalid", f"cid must be text or a number of at most {CID_MAX} characters")
    try:
        inbound.check_value(frame)
    except inbound.InboundError as exc:
        raise FrameError(exc.kind, exc.message, ref=_cid(frame), fields={exc.path: [exc.message]}) from None
    if t == "hello":
        v = frame.get("version")
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            raise FrameError("invalid", "hello.version must be a whole number ≥ 0 (or left out)")
        client = frame.get("client")
        if client is not None and (not isinstance(client, str) or not 0 < len(client) <= CLIENT_MAX):
            raise FrameError("invalid", f"hello.client must be text of 1 to {CLIENT_MAX} characters")
    elif t == "action":
        if not isinstance(frame.get("action"), dict):
            raise FrameError("invalid", "action frames carry an \"action\" object", ref=cid)
    elif t == "presence":
        for key in ("table_id", "view_id"):
            val = frame.get(key)
            if val is not None and (not isinstance(val, int) or isinstance(val, bool)):
                raise FrameError("invalid", f"presence.{key} must be an id or null")
        cell = frame.get("cell")
        if cell is not None and not (isinstance(cell, dict) and isinstance(cell.get("row_id"), str)
                                     and len(cell["row_id"]) <= 40 and isinstance(cell.get("column_id"), int)):
            raise FrameError("invalid", "presence.cell is {\"row_id\": text, \"column_id\": id} or null")
    return frame


def _cid(frame: dict) -> Any:
    cid = frame.get("cid")
    return cid if isinstance(cid, (str, int)) and len(str(cid)) <= CID_MAX else None
