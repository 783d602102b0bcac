"""GET /api/column-types: the catalog of column types, built by asking each registered type.

The web app loads it once and learns, per type, what it may offer: whether a person can
create it, whether its cells are written, which filter operators and footer summaries fit,
what its options are, and whether views, charts and indexes may sort, group or aggregate
it. Nothing here names a type: a type registered in server/columns/registry.py appears.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, missing, validate

from server.api.routing import route
from server.columns.base import ColumnType
from server.columns.registry import all_types
from server.query.compile import GENERIC_SUMMARIES, SUMMARY_FAMILIES
from server.query.operators import DATE_TERMS, describe_operators

# marshmallow field class -> the JSON kind the catalog names (anything else is "any").
_FIELD_KINDS: list[tuple[type[fields.Field], str]] = [
    (fields.Boolean, "boolean"), (fields.Integer, "integer"), (fields.Float, "number"), (fields.String, "string"),
    (fields.List, "list"), (fields.Nested, "object"),
]


def _field_summary(field: fields.Field) -> dict[str, Any]:
    kind = next((name for cls, name in _FIELD_KINDS if isinstance(field, cls)), "any")
    default = field.load_default
    if callable(default):
        default = default()
    out: dict[str, Any] = {"type": kind, "required": bool(field.required), "nullable": bool(field.allow_none)}
    if default is not missing:
        out["default"] = default
    for v in field.validators:
        if isinstance(v, validate.OneOf):
            out["choices"] = list(v.choices)
        elif isinstance(v, validate.Range):
            out["min"], out["max"] = v.min, v.max
        elif isinstance(v, validate.Length):
            out["max_length"] = v.max
    return out


def options_summary(schema: type[Schema] | None) -> dict[str, Any]:
    """A type's options as {name: {type, required, nullable, default?, choices?, min?, max?}}."""
    if schema is None:
        return {}
    return {name: _field_summary(f) for name, f in schema().fields.items() if not f.dump_only}


def describe_type(t: ColumnType) -> dict[str, Any]:
    """One catalog entry: everything the web app may ask about a column type."""
    computed = t.read_only and not t.stored and t.system_column is None
    family = t.family
    return {
        "id": t.type_id,
        "type": t.type_id,
        "family": family,
        "formula_kind": t.formula_kind,
        "list_value": t.list_value,
        "creatable": t.creatable,
        "read_only": t.read_only,
        "computed": computed,
        "system": t.system_column is not None,
        # None: the operators and summaries of the column's result type (formulas, lookups, rollups).
        "operators": describe_operators(t) if family is not None else None,
        "summaries": list(SUMMARY_FAMILIES.get(family, GENERIC_SUMMARIES)) if family is not None else None,
        "default_options": t.default_options(),
        "options": options_summary(t.options_schema),
        "sortable": t.sortable,
        "groupable": t.groupable,
        "chart": {"group_by_date": t.chart_dates, "sum": t.chart_numbers},
        "indexable": t.indexable,
        "allow_type_change": t.allow_type_change,
        "seatable_type": t.seatable_id(),
    }


@route("/column-types", "GET", "Every column type: what it is and what can be done with it", "columns", auth=False)
def column_types() -> Any:
    """The catalog of column types, one entry per registered type, in registration order.

    Each entry: `id` (also as `type`); `family`, the operator family (text, number, date, select,
    list, user, checkbox, files, presence; null for computed types, which behave like their
    result); `formula_kind` (number, text, date or bool: what formulas see); `list_value` (values
    are JSON lists); `creatable`; `read_only`; `computed`; `system` (reads a system field);
    `operators` (`[{name, value, label}]`, `value` being the kind of filter value; null when they
    follow the result type); `summaries` (footer/group summaries); `default_options`; `options`
    (`{name: {type, required, nullable, default, choices, min, max, max_length}}`); `sortable`;
    `groupable`; `chart` (`group_by_date`, `sum`); `indexable`; `allow_type_change`;
    `seatable_type` (the id SeaTable's API shows). `date_terms` lists the date filter terms.
    """
    return {"types": [describe_type(t) for t in all_types().values()], "date_terms": list(DATE_TERMS)}
