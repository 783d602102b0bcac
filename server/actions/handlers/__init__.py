"""Action handler modules; importing this package registers them all."""

from server import templates as _templates  # noqa: F401,E402
from server.actions.handlers import batch, columns, links, row_bin, rows, tables, views  # noqa: F401
from server.charts import actions as _chart_actions  # noqa: F401
from server.io import importer as _io_importer  # noqa: F401
