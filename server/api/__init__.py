"""The HTTP API under /api/: JSON in, JSON out, described by /api/openapi.json."""
