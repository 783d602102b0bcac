"""Snapshots of bases and point-in-time restore (see server.api.snapshots)."""
