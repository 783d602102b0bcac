"""The form view type: a table's public form, filled in by people without an account.

Settings are the grid's (so the view still reads like any other) plus the form's own:
`title`, `description`, `fields` (in the order asked: a column, `required`, a `label`, a
`help` text and an optional `condition` — show the field only when an earlier field of the
form has a value, or equals a value), `prefill` (values may come from the page's URL),
`after_submit` (`message` shows `success_message`; `redirect` sends the browser to
`redirect_url`, http or https only), `cover_file` and `logo_file` (images uploaded to the
base, shown on the public page).

The public page is opened by the view's share link (server/api/sharing.py); its reads and the
submission live in server/api/forms.py. A form view has no rows of its own to read in the
web app (it shows the form builder), but its rows are the grid's windows for API users.
"""

from __future__ import annotations

import urllib.parse
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

from server.catalog.model import TableMeta
from server.errors import invalid
from server.query.settings import ViewSettings
from server.views.registry import ViewType

MAX_FIELDS = 100
CONDITION_OPS = ("filled", "equals")
AFTER_SUBMIT = ("message", "redirect")
# Files and images are uploaded through the form's own endpoint (server/api/forms.py).
FILE_TYPES = ("file", "image")


def _http_url(value: str) -> None:
    parts = urllib.parse.urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError("must be an http or https address")


class FieldCondition(Schema):
    column_id = fields.Integer(required=True, strict=True,
                               metadata={"description": "an earlier field of the form whose value decides"})
    op = fields.String(load_default="filled", validate=validate.OneOf(CONDITION_OPS),
                       metadata={"description": "filled: that field has a value; equals: it equals `value`"})
    value = fields.Raw(load_default=None, allow_none=True,
                       metadata={"description": "for equals: the value (an option's name for a select)"})


class FormField(Schema):
    column_id = fields.Integer(required=True, strict=True, metadata={"description": "the column the answer goes to"})
    required = fields.Boolean(load_default=False)
    label = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=200),
                          metadata={"description": "the question; the column's name when empty"})
    help = fields.String(load_default="", validate=validate.Length(max=2000),
                         metadata={"description": "a help text under the question"})
    condition = fields.Nested(FieldCondition, load_default=None, allow_none=True,
                              metadata={"description": "show (and accept) the field only when this holds"})


class FormSettings(ViewSettings):
    """The grid's settings plus the form's own."""

    title = fields.String(load_default="", validate=validate.Length(max=300),
                          metadata={"description": "the form's heading; the view's name when empty"})
    description = fields.String(load_default="", validate=validate.Length(max=5000))
    fields_ = fields.List(fields.Nested(FormField), load_default=list, data_key="fields", attribute="fields",
                          validate=validate.Length(max=MAX_FIELDS),
                          metadata={"description": "the questions, in order"})
    prefill = fields.Boolean(load_default=True,
                             metadata={"description": "fields may be filled from the page's URL (?Name=value)"})
    after_submit = fields.String(load_default="message", validate=validate.OneOf(AFTER_SUBMIT),
                                 metadata={"description": "message: show success_message; redirect: go to "
                                                          "redirect_url"})
    success_message = fields.String(load_default="", validate=validate.Length(max=2000))
    redirect_url = fields.String(load_default=None, allow_none=True,
                                 validate=[validate.Length(max=2000), _http_url],
                                 metadata={"description": "an http or https address"})
    cover_file = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=64),
                               metadata={"description": "an image uploaded to the base (its file id)"})
    logo_file = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=64),
                              metadata={"description": "an image uploaded to the base (its file id)"})


def from_public_form(name: str, old: dict[str, Any]) -> dict[str, Any]:
    """The settings of a form view made from a public form of Tablo before form views (a backup's
    `forms`; the catalog's were converted by migration 0004 the same way)."""
    return {
        "title": old.get("title") or name, "description": old.get("description") or "",
        "fields": [{"column_id": f["column_id"], "required": bool(f.get("required")), "label": f.get("label"),
                    "help": f.get("description") or "", "condition": None} for f in old.get("fields") or []
                   if isinstance(f, dict) and isinstance(f.get("column_id"), int)],
        "prefill": True, "after_submit": "message", "success_message": old.get("success_message") or "",
        "redirect_url": None, "cover_file": None, "logo_file": None,
    }


def _fail(field: str, message: str) -> None:
    raise invalid(f"settings.{field}: {message}", {f"settings.{field}": [message]}, code="invalid_view")


def check_settings(table: TableMeta, settings: dict[str, Any]) -> None:
    """The form's settings against the table (422 naming the field)."""
    seen: set[int] = set()
    for i, f in enumerate(settings.get("fields") or []):
        col = table.column(f["column_id"])
        if col is None:
            _fail(f"fields[{i}].column_id", f"column {f['column_id']} is not in this table")
        assert col is not None
        if col.type_cls.read_only or col.phys is None:
            _fail(f"fields[{i}].column_id", f"the column {col.name!r} is computed: nobody fills it in")
        if col.id in seen:
            _fail(f"fields[{i}].column_id", f"the column {col.name!r} is in the form twice")
        cond = f.get("condition")
        if cond is not None:
            if cond["column_id"] not in seen:
                _fail(f"fields[{i}].condition.column_id", "a condition names an earlier field of the form")
            if cond["op"] == "equals" and cond.get("value") in (None, "", []):
                _fail(f"fields[{i}].condition.value", "equals needs a value")
        seen.add(col.id)
    if settings.get("after_submit") == "redirect" and not settings.get("redirect_url"):
        _fail("redirect_url", "a redirect needs an http or https address")


class FormView(ViewType):
    name = "form"
    description = ("A public form over the table: the chosen columns as questions in order, required ones, help "
                   "texts, conditional questions, prefill from the URL; opened by the view's share link, each "
                   "submission adds one row.")
    settings_schema = FormSettings
    # Reads windows of rows in view order (the default): API users see the rows the form added.

    def check_settings(self, table: TableMeta, settings: dict[str, Any]) -> None:
        check_settings(table, settings)
