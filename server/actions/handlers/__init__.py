"""Action handler modules; importing this package registers them all."""

from server.actions.handlers import batch, columns, rows, tables  # noqa: F401
