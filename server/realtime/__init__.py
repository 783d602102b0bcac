"""Live collaboration: WebSocket rooms per base, catch-up from the actions log, fan-out
between processes (PostgreSQL LISTEN/NOTIFY; in-process on SQLite). See docs/live-protocol.md."""
