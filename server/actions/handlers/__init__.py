"""The core action handler modules; importing this package registers them all.

Feature handlers (charts, templates, imports, backups) are registered by `server.plugins`.
"""

from server.actions.handlers import batch, columns, links, row_bin, rows, tables, views  # noqa: F401
