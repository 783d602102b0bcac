"""Choice types: checkbox, single select, multiple select, collaborator."""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.catalog.schema import JSONType
from server.columns.base import OPTION_COLORS, CellError, ColumnType, ValueContext, cell_text, new_option_id
from server.storage.dialect import as_text, fold

TRUE_WORDS = {"1", "true", "yes", "y", "да", "д", "истина", "on", "x", "✓", "✔", "+", "вкл"}
NoneType = type(None)
# The common yes/no words of imported columns, matched without parse_bool (the import's fast path).
_BOOLS = {"1": True, "true": True, "yes": True, "y": True, "да": True, "истина": True,
          "0": False, "false": False, "no": False, "n": False, "нет": False, "ложь": False, "": False}
FALSE_WORDS = {"0", "false", "no", "n", "нет", "н", "ложь", "off", "-", "выкл", ""}


def parse_bool(text: str) -> bool:
    s = text.strip().lower()
    if s in TRUE_WORDS:
        return True
    if s in FALSE_WORDS:
        return False
    raise CellError(f"{text!r} is not yes or no")


class CheckboxType(ColumnType):
    type_id = "checkbox"
    family = "checkbox"
    formula_kind = "bool"
    indexable = True

    def sql_type(self, options):
        return sa.Boolean()

    def api_field(self):
        return fields.Boolean(allow_none=True)

    def to_db(self, value, col, ctx):
        if value is None:
            return False
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return parse_bool(value)
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        raise CellError("expected true or false")

    def parse_text(self, text, col, ctx):
        return parse_bool(text)

    def from_db(self, value, col, ctx):
        return bool(value)

    def to_text(self, value, col, ctx):
        return "true" if value else "false"

    def export_value(self, value, col, ctx):
        return bool(value), None

    def is_empty(self, value):
        return not value

    def convert_value(self, value, source, target, ctx):
        if value is None:
            return False
        if source.type in ("number", "rate", "duration"):
            return value != 0
        if source.type in ("multiple-select", "collaborator", "file", "image"):
            return bool(value)
        return super().convert_value(value, source, target, ctx)

    def formula_value(self, expr, col):
        return sa.func.coalesce(expr, sa.false())

    def import_converter(self, col, vctx, day_first=None):
        def checkbox(v: Any) -> Any:
            if v is None:
                return False
            if isinstance(v, bool):
                return v
            if isinstance(v, int | float):
                if v in (0, 1):
                    return bool(v)
                raise CellError(f"{cell_text(v)!r} is not yes or no")
            return parse_bool(str(v))
        return checkbox

    def import_column_converter(self, col, vctx, conv):
        def checkbox(vals: list[Any]) -> list[Any]:
            types = set(map(type, vals))
            if types <= {bool, NoneType}:  # XLSX booleans
                return [bool(v) for v in vals]
            if types != {str}:
                return [conv(v) for v in vals]
            try:
                return [_BOOLS[v.strip().lower()] for v in vals]
            except KeyError:
                return [conv(v) for v in vals]
        return checkbox


class OptionSchema(Schema):
    id = fields.String(load_default=None, allow_none=True, validate=validate.Regexp(r"^[A-Za-z0-9_-]{1,32}$"))
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    color = fields.String(load_default=None, allow_none=True, validate=validate.Regexp(r"^#[0-9A-Fa-f]{6}$"))


class SelectOptions(Schema):
    options = fields.List(fields.Nested(OptionSchema), load_default=list, validate=validate.Length(max=1000))

    @validates_schema
    def _unique(self, data: dict, **kwargs: Any) -> None:
        names = [o["name"].strip().casefold() for o in data.get("options", [])]
        if len(names) != len(set(names)):
            raise ValidationError({"options": ["option names must be unique"]})
        ids = [o["id"] for o in data.get("options", []) if o.get("id")]
        if len(ids) != len(set(ids)):
            raise ValidationError({"options": ["option ids must be unique"]})


def normalise_options(loaded: dict) -> dict:
    opts = []
    for i, o in enumerate(loaded.get("options", [])):
        opts.append({
            "id": o.get("id") or new_option_id(),
            "name": o["name"].strip(),
            "color": o.get("color") or OPTION_COLORS[i % len(OPTION_COLORS)],
        })
    return {"options": opts}


class _OptionsMixin:
    options_schema = SelectOptions

    def validate_options(self, options, existing=None):
        return normalise_options(SelectOptions().load(dict(options or {})))

    def _resolve(self, name_or_id: Any, col, ctx: ValueContext) -> str:
        if not isinstance(name_or_id, str) or not name_or_id.strip():
            raise CellError("expected an option name or id")
        options = ctx.options_of(col).get("options", [])
        for o in options:
            if o["id"] == name_or_id:
                return o["id"]
        key = name_or_id.strip().casefold()
        for o in options:
            if o["name"].casefold() == key:
                return o["id"]
        if not ctx.create_options:
            raise CellError(f"{name_or_id!r} is not an option of this column")
        if len(options) >= 1000:
            raise CellError("a column has at most 1000 options")
        new = {"id": new_option_id(), "name": name_or_id.strip(),
               "color": OPTION_COLORS[len(options) % len(OPTION_COLORS)]}
        amended = dict(ctx.options_of(col))
        amended["options"] = [*options, new]
        ctx.option_overrides[col.id] = amended
        ctx.created_options.setdefault(col.id, []).append(new)
        return new["id"]

    def _option(self, option_id: str, col, ctx: ValueContext) -> dict | None:
        for o in ctx.options_of(col).get("options", []):
            if o["id"] == option_id:
                return o
        return None


class SingleSelectType(_OptionsMixin, ColumnType):
    type_id = "single-select"
    family = "select"
    indexable = True

    def api_field(self):
        return fields.String(allow_none=True, metadata={"description": "option id or name"})

    def to_db(self, value, col, ctx):
        if value is None or value == "":
            return None
        return self._resolve(value, col, ctx)

    def from_db(self, value, col, ctx):
        if value is None:
            return None
        o = self._option(value, col, ctx)
        if o is None:  # the option was removed; undo of that brings the value back
            return None
        return o["name"] if ctx.by_name else o["id"]

    def to_text(self, value, col, ctx):
        o = self._option(value, col, ctx) if value else None
        return o["name"] if o else ""

    def sort_expression(self, expr, col):
        opts = col.options.get("options", [])
        if not opts:
            return expr
        return sa.case({o["id"]: i for i, o in enumerate(opts)}, value=expr, else_=len(opts))

    def search_expression(self, expr, col):
        opts = col.options.get("options", [])
        if not opts:
            return None
        return fold(sa.case({o["id"]: o["name"] for o in opts}, value=expr, else_=None))

    def convert_value(self, value, source, target, ctx):
        if value is None:
            return None
        if source.type == "multiple-select":
            value = value[:1]
            if not value:
                return None
            name = next((o["name"] for o in source.options.get("options", []) if o["id"] == value[0]), None)
            return self._resolve(name, target, ctx) if name else None
        return super().convert_value(value, source, target, ctx)

    def formula_value(self, expr, col):
        opts = col.options.get("options", [])
        if not opts:
            return sa.null()
        return sa.case({o["id"]: o["name"] for o in opts}, value=expr, else_=sa.null())

    def import_column_converter(self, col, vctx, conv):
        cache: dict[str, Any] = {}

        def select(vals: list[Any]) -> list[Any]:
            out = []
            for v in vals:
                if type(v) is str:
                    hit = cache.get(v)
                    if hit is None:
                        hit = cache[v] = conv(v)
                    out.append(hit)
                else:
                    out.append(conv(v))
            return out
        return select


_SPLIT = re.compile(r"\s*[,;\n]\s*")


class MultipleSelectType(_OptionsMixin, ColumnType):
    type_id = "multiple-select"
    family = "list"
    list_value = True

    def sql_type(self, options):
        return JSONType

    def api_field(self):
        return fields.List(fields.String(), allow_none=True, metadata={"description": "option ids or names"})

    def to_db(self, value, col, ctx):
        if value is None or value == [] or value == "":
            return None
        if isinstance(value, str):
            value = [v for v in _SPLIT.split(value.strip()) if v]
        if not isinstance(value, list):
            raise CellError("expected a list of options")
        out: list[str] = []
        for v in value:
            oid = self._resolve(v, col, ctx)
            if oid not in out:
                out.append(oid)
        return out or None

    def parse_text(self, text, col, ctx):
        return self.to_db(text, col, ctx)

    def from_db(self, value, col, ctx):
        if not value:
            return []
        out = []
        for oid in value:
            o = self._option(oid, col, ctx)
            if o is not None:
                out.append(o["name"] if ctx.by_name else o["id"])
        return out

    def to_text(self, value, col, ctx):
        if not value:
            return ""
        names = [o["name"] for oid in value if (o := self._option(oid, col, ctx))]
        return ", ".join(names)

    def sort_expression(self, expr, col):
        return as_text(expr)

    def search_expression(self, expr, col):
        return None

    def convert_value(self, value, source, target, ctx):
        if value is None:
            return None
        if source.type == "single-select":
            name = next((o["name"] for o in source.options.get("options", []) if o["id"] == value), None)
            return [self._resolve(name, target, ctx)] if name else None
        return super().convert_value(value, source, target, ctx)


class CollaboratorType(ColumnType):
    """Members of the base; stored as a list of user ids, accepted as ids or emails."""

    type_id = "collaborator"
    family = "list"
    list_value = True
    holds_users = True

    def sql_type(self, options):
        return JSONType

    def api_field(self):
        return fields.List(fields.Raw(), allow_none=True, metadata={"description": "user ids or emails"})

    def _resolve(self, v: Any, ctx: ValueContext) -> int:
        if isinstance(v, bool):
            raise CellError("expected a user id or email")
        if isinstance(v, int) and v in ctx.members:
            return v
        if isinstance(v, str):
            s = v.strip()
            if s.isdigit() and int(s) in ctx.members:
                return int(s)
            key = s.casefold()
            for uid, m in ctx.members.items():
                if m["email"].casefold() == key or (m.get("name") and m["name"].casefold() == key):
                    return uid
        raise CellError(f"{v!r} is not a member of this base")

    def to_db(self, value, col, ctx):
        if value is None or value == [] or value == "":
            return None
        if isinstance(value, str | int):
            value = [v for v in _SPLIT.split(str(value).strip()) if v] if isinstance(value, str) else [value]
        if not isinstance(value, list):
            raise CellError("expected a list of users")
        out: list[int] = []
        for v in value:
            uid = self._resolve(v, ctx)
            if uid not in out:
                out.append(uid)
        return out or None

    def parse_text(self, text, col, ctx):
        return self.to_db(text, col, ctx)

    def from_db(self, value, col, ctx):
        if not value:
            return []
        if ctx.by_name:
            return [ctx.members[u]["email"] for u in value if u in ctx.members]
        return list(value)

    def to_text(self, value, col, ctx):
        if not value:
            return ""
        return ", ".join(ctx.members[u]["email"] if u in ctx.members else str(u) for u in value)

    def sort_expression(self, expr, col):
        return as_text(expr)

    def search_expression(self, expr, col):
        return None
