"""The one place where Tablo's parts are plugged in (see docs/decisions/0022-one-place-for-plugins.md).

The core packages (catalog, storage, columns, formulas, actions, query, views, realtime, auth,
api routing) keep registries and hooks but never import a feature to fill them: this module
does, and it is the only one allowed to import both sides. It registers

- column types (`server.columns.registry.register`), in the order they are offered;
- view types (`server.views.register_view_type`);
- templates a base can start from (`server.bases.templates.register_template`), in the order
  they are offered;
- import formats (`server.io.formats.register_import_format`), in the order they are listed
  and sniffed;
- chart types (`server.charts.registry.register_chart_type`): one class per type with its
  settings schema, in the order the chart editor offers them;
- action handlers: importing a handler module registers its `@action_handler` functions
  (the core ones in `server.actions.handlers`, then charts, templates, imports, backups and
  point-in-time reverts);
- checks and subscribers of the action path: permissions on every action, stored formula
  results, indexes that follow views, the after-commit work of automations, webhooks and
  notifications, and the live push of notifications;
- the feature route modules (`init_app`) and the CLI commands features add.

`load()` fills the registries; it is idempotent and needs no app, so the CLI, scripts and
tests call it too. `init_app(app)` (called once by `server.app.create_app`) loads and then
plugs in the routes.
"""

from __future__ import annotations

import importlib
import threading

from flask import Flask

_lock = threading.Lock()
_loaded = False

# Route modules of features, imported by init_app (routes register on import); a module with
# routes outside /api/ (its own Blueprint) or work to do at startup defines `init_app(app)`.
ROUTE_MODULES: list[str] = [
    "server.api.live",
    "server.api.charts",
    "server.api.seatable",
    "server.api.automations",
    "server.api.comments",
    "server.api.forms",
    "server.api.members",
    "server.api.row_access",
    "server.api.notifications",
    "server.api.sharing",
    "server.api.webhooks",
    "server.automations.scheduler",
    "server.api.views",
    "server.api.io",
    "server.api.formulas",
    "server.api.column_types",
    "server.api.trash",
    "server.api.snapshots",
    "server.api.documents",
    "server.api.cash_application",
    "server.api.groups",
    "server.api.sso",
]

# Modules that add `tablo` commands (import, export) to server.cli's group.
CLI_MODULES: list[str] = ["server.io.cli"]


def load() -> None:
    """Register every column type, view type, chart type, action handler, check and subscriber (once)."""
    global _loaded
    with _lock:
        if _loaded:
            return
        _register_column_types()
        _register_view_types()
        _register_templates()
        _register_importers()
        _register_chart_types()
        _register_actions()
        _register_subscribers()
        _loaded = True


def _register_column_types() -> None:
    from server.columns.attachments import FileType, ImageType
    from server.columns.choice import CheckboxType, CollaboratorType, MultipleSelectType, SingleSelectType
    from server.columns.computed import FormulaType, LinkCountType, LookupType, RollupType
    from server.columns.dates import DateType
    from server.columns.geolocation import GeolocationType
    from server.columns.links import LinkType
    from server.columns.numeric import AutoNumberType, DurationType, NumberType, RateType
    from server.columns.registry import register
    from server.columns.system import CreatorType, CTimeType, LastModifierType, MTimeType
    from server.columns.textual import EmailType, LongTextType, PhoneType, TextType, UrlType

    for cls in (TextType, LongTextType, NumberType, CheckboxType, DateType, DurationType, SingleSelectType,
                MultipleSelectType, EmailType, UrlType, PhoneType, RateType, AutoNumberType, CollaboratorType,
                FileType, ImageType, CTimeType, MTimeType, CreatorType, LastModifierType,
                GeolocationType,
                # Links and computed types build on the types above and the formula compiler.
                LinkType, FormulaType, LookupType, RollupType, LinkCountType):
        register(cls)


def _register_view_types() -> None:
    from server.views import register_view_type
    from server.views.calendar import CalendarView
    from server.views.gallery import GalleryView
    from server.views.grid import GridView
    from server.views.kanban import KanbanView
    from server.views.timeline import TimelineView

    register_view_type(GridView())
    register_view_type(KanbanView())
    register_view_type(CalendarView())
    register_view_type(GalleryView())
    register_view_type(TimelineView())
    register_view_type(importlib.import_module("server.views.form").FormView())  # the form view (0035)


def _register_templates() -> None:
    # Offered in this order by GET /api/templates and the web app's template picker.
    from server.bases.blank import BlankTemplate
    from server.bases.templates import register_template
    from server.templates import JsonTemplate

    register_template(BlankTemplate())
    register_template(JsonTemplate("receivables"))  # templates/receivables.json


def _register_importers() -> None:
    # Listed in this order (the import wizard's format choice); sniffed in this order too, CSV
    # (the fallback) last whatever its place.
    from server.io.formats import register_import_format
    from server.io.onec import BankFormat, InvoicesFormat, Osv62Format
    from server.io.readers import CsvFormat, TsvFormat, XlsxFormat

    for fmt in (CsvFormat(), TsvFormat(), XlsxFormat(), BankFormat(), InvoicesFormat(), Osv62Format()):
        register_import_format(fmt)


def _register_chart_types() -> None:
    from server.charts.kinds import CHART_TYPES
    from server.charts.registry import register_chart_type

    for cls in CHART_TYPES:  # one class per type, in the order the chart editor offers them
        register_chart_type(cls())


def _register_actions() -> None:
    import server.actions.handlers  # noqa: F401  (core handlers: tables, columns, rows, links, views, batch)
    import server.charts.actions  # noqa: F401  (add_chart, modify_chart, delete_chart, restore_chart)
    import server.documents.actions  # noqa: F401  (add/modify/delete/restore_document, set_company_details)
    import server.formulas.stored  # noqa: F401  (stored formula results follow every action: on_action_done)
    import server.io.backup  # noqa: F401  (restore_base)
    import server.io.importer  # noqa: F401  (import_rows, delete_imported_rows)
    import server.snapshots.pointintime  # noqa: F401  (revert_to)
    import server.templates  # noqa: F401  (apply_template)
    from server.permissions import checks

    checks.install()  # roles, table and column permissions, checked before every action's handler
    from server.columns import constraints

    constraints.install()  # required and unique columns checked after every write; their indexes
    from server.query import access

    access.install()  # members' access rules: what each reads (hidden tables, columns, row rules)
    from server.documents import automation as document_automation

    document_automation.install()  # the automation action send_document


def _register_subscribers() -> None:
    # In the order they run after each commit: the live push first, as it always has.
    from server.api import live as live_api
    from server.automations import subscriber
    from server.notifications import live as live_notifications
    from server.query import indexes

    live_api.install()  # committed actions and membership changes reach open sockets
    subscriber.install()  # webhooks, assignment notifications, automation triggers
    indexes.install()  # indexes follow views, charts and columns
    # Notifications, comments and permission changes pushed to the sockets of the app's hub.
    live_notifications.install(live_api.HUB_KEY)


def init_app(app: Flask) -> None:
    """Plug every feature into `app`: registries (once per process), then routes (once per app)."""
    load()
    for name in ROUTE_MODULES:
        module = importlib.import_module(name)
        init = getattr(module, "init_app", None)
        if callable(init):
            init(app)


def load_cli() -> None:
    """Registries plus the commands features add to `tablo`."""
    load()
    for name in CLI_MODULES:
        importlib.import_module(name)
