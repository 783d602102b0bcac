"""The per-connection send queue: a client that cannot keep up is told to reload, not buffered.

In-process with a stand-in socket (no database involved): on a real loopback socket the
kernel buffers megabytes before a send blocks, so the overflow is driven directly here.
"""

from __future__ import annotations

import json
import threading
import time
from types import SimpleNamespace
from typing import Any

from server.auth.service import Principal
from server.realtime import protocol
from server.realtime.connection import Conn


class FakeSocket:
    """Records what the connection sends; `stall` blocks sends like a full TCP buffer."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.input_buffer: list[Any] = []
        self.connected = True
        self.sent: list[dict] = []
        self.closed_with: int | None = None
        self.stall = threading.Event()
        self.stall.set()

    def send(self, text: str) -> None:
        self.stall.wait(timeout=5)
        self.sent.append(json.loads(text))

    def close(self, code: int | None = None, reason: str | None = None) -> None:
        self.closed_with = code
        self.connected = False


def _conn(queue: int) -> tuple[Conn, FakeSocket]:
    ws = FakeSocket()
    hub = SimpleNamespace(limits=protocol.Limits(send_queue=queue, heartbeat_seconds=30, dead_after_seconds=60),
                          _get_room=lambda base_id: None, leave=lambda conn: None)
    principal = Principal(user_id=1, email="a@example.com", name="A", is_admin=False)
    conn = Conn(hub, ws, principal, base_id=1, role="editor")  # type: ignore[arg-type]
    conn.joined = True
    return conn, ws


def test_slow_client_is_told_to_reload_and_closed() -> None:
    conn, ws = _conn(queue=5)
    ws.stall.clear()  # the client stopped reading: the connection's thread is stuck in a send
    conn.push(protocol.encode({"t": "op", "v": 1}))
    th = threading.Thread(target=conn.serve, daemon=True)
    th.start()
    time.sleep(0.1)
    for v in range(2, 40):  # broadcasters keep going and never block
        t0 = time.monotonic()
        conn.push(protocol.encode({"t": "op", "v": v}))
        assert time.monotonic() - t0 < 0.05
    assert len(conn.outbox) <= 5 and conn.lagging_since is not None
    ws.stall.set()
    th.join(timeout=5)
    assert not th.is_alive()
    assert ws.closed_with == protocol.CLOSE_LAGGING
    assert ws.sent[-1]["t"] == "reload" and ws.sent[-1]["reason"] == "lagging"
    # Nothing queued after the overflow was sent: the client reloads instead.
    assert [f["v"] for f in ws.sent if f["t"] == "op"] == [1]


def test_a_client_that_keeps_up_gets_everything_in_order() -> None:
    conn, ws = _conn(queue=50)
    th = threading.Thread(target=conn.serve, daemon=True)
    th.start()
    for v in range(1, 301):
        conn.push(protocol.encode({"t": "op", "v": v}))
        if v % 25 == 0:
            time.sleep(0.01)
    deadline = time.monotonic() + 5
    while len(ws.sent) < 300 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [f["v"] for f in ws.sent] == list(range(1, 301))
    conn.close_soon(protocol.CLOSE_NORMAL, "bye")
    th.join(timeout=5)
    assert ws.closed_with == protocol.CLOSE_NORMAL


def test_broadcast_frames_are_encoded_once_as_valid_websocket_frames() -> None:
    from wsproto.frame_protocol import FrameProtocol, Opcode

    for size in (0, 10, 125, 126, 300, 65535, 65536, 70_000):
        text = "ж" * (size // 2) + "x" * (size % 2)
        reader = FrameProtocol(client=True, extensions=[])
        reader.receive_bytes(protocol.wire_text(text))
        frames = list(reader.received_frames())
        assert len(frames) == 1 and frames[0].opcode is Opcode.TEXT and frames[0].frame_finished
        assert frames[0].payload == text
