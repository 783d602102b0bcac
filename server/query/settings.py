"""The shape of a view's settings (and of ad-hoc query parameters), validated and normalised.

Two checks happen: the shape (marshmallow, here: types, sizes, nesting) and the meaning
against the table (`server.query.compile`: columns exist, operators fit their type, values
parse). Errors name the field at fault, e.g. `settings.filters.filters[2].value`.

    {
      "filters": {"conjunction": "and", "filters": [
          {"column_id": 12, "operator": "contains", "value": "ООО"},
          {"conjunction": "or", "filters": [...]}]},
      "sorts": [{"column_id": 14, "direction": "desc"}],
      "group_by": [{"column_id": 13, "granularity": null, "direction": "asc"}],
      "hidden_columns": [15], "column_order": [12, 13, 14], "column_widths": {"12": 240},
      "frozen_count": 1, "row_height": "default",
      "row_colors": {"type": "by_select", "column_id": 13}
                  | {"type": "rules", "rules": [{"filters": {...group...}, "color": "#FCA5A5"}]},
      "summaries": {"14": "sum", "16": "latest"}
    }
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.storage.dialect import DATE_GRANULARITIES

MAX_FILTER_DEPTH = 4          # groups inside groups, the top group included
MAX_FILTER_CONDITIONS = 200   # leaves in one tree
MAX_SORTS = 10
MAX_GROUPS = 3
MAX_COLOR_RULES = 50
ROW_HEIGHTS = ("default", "double", "triple", "quadruple")
SUMMARIES = ("count", "empty", "filled", "unique", "sum", "average", "median", "min", "max", "earliest", "latest")
CONJUNCTIONS = ("and", "or")
COLOR_RE = r"^#[0-9A-Fa-f]{6}$"


class FilterShapeError(ValueError):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def normalise_filter_tree(tree: Any, path: str = "filters") -> dict[str, Any]:
    """Check the tree's shape (not its meaning) and return it normalised. Raises FilterShapeError."""
    count = [0]

    def group(node: Any, p: str, depth: int) -> dict[str, Any]:
        if depth > MAX_FILTER_DEPTH:
            raise FilterShapeError(p, f"filter groups nest at most {MAX_FILTER_DEPTH} deep")
        if not isinstance(node, dict):
            raise FilterShapeError(p, "a filter group is an object {conjunction, filters}")
        conj = node.get("conjunction", "and")
        if conj not in CONJUNCTIONS:
            raise FilterShapeError(f"{p}.conjunction", "conjunction is \"and\" or \"or\"")
        items = node.get("filters", [])
        if not isinstance(items, list):
            raise FilterShapeError(f"{p}.filters", "must be a list")
        out = []
        for i, item in enumerate(items):
            ip = f"{p}.filters[{i}]"
            if isinstance(item, dict) and "filters" in item:
                out.append(group(item, ip, depth + 1))
            else:
                out.append(leaf(item, ip))
        return {"conjunction": conj, "filters": out}

    def leaf(node: Any, p: str) -> dict[str, Any]:
        count[0] += 1
        if count[0] > MAX_FILTER_CONDITIONS:
            raise FilterShapeError(p, f"a view has at most {MAX_FILTER_CONDITIONS} filter conditions")
        if not isinstance(node, dict):
            raise FilterShapeError(p, "a filter is an object {column_id, operator, value}")
        cid = node.get("column_id")
        if isinstance(cid, bool) or not isinstance(cid, int):
            raise FilterShapeError(f"{p}.column_id", "must be a column id")
        op = node.get("operator")
        if not isinstance(op, str) or not op:
            raise FilterShapeError(f"{p}.operator", "required")
        unknown = set(node) - {"column_id", "operator", "value"}
        if unknown:
            raise FilterShapeError(f"{p}.{sorted(unknown)[0]}", "unknown field")
        return {"column_id": cid, "operator": op, "value": node.get("value")}

    if tree is None:
        return {"conjunction": "and", "filters": []}
    # A bare list is an AND group, for short ad-hoc queries.
    if isinstance(tree, list):
        tree = {"conjunction": "and", "filters": tree}
    return group(tree, path, 1)


class FilterTreeField(fields.Field):
    """A nested AND/OR filter tree; the shape is checked here, the meaning by the compiler."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> Any:
        try:
            return normalise_filter_tree(value)
        except FilterShapeError as exc:
            raise ValidationError(f"{exc.path}: {exc.message}") from exc


class SortSpec(Schema):
    column_id = fields.Integer(required=True, strict=True)
    direction = fields.String(load_default="asc", validate=validate.OneOf(["asc", "desc"]))
    # Left out unless given, so the sorts of every other view read back as they were saved.
    me_first = fields.Boolean(truthy={True}, falsy={False}, metadata={
        "description": "collaborator, creator or last-modifier columns: order only by whether the cell holds "
                       "the reader, the reader's rows first (last with desc); later sorts order each part"})


class GroupSpec(Schema):
    column_id = fields.Integer(required=True, strict=True)
    granularity = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(DATE_GRANULARITIES),
                                metadata={"description": "dates only: day, week, month, quarter or year"})
    direction = fields.String(load_default="asc", validate=validate.OneOf(["asc", "desc"]))


class ColorRule(Schema):
    filters = FilterTreeField(required=True)
    color = fields.String(required=True, validate=validate.Regexp(COLOR_RE))


class RowColors(Schema):
    type = fields.String(required=True, validate=validate.OneOf(["by_select", "rules"]))
    column_id = fields.Integer(load_default=None, allow_none=True, strict=True)
    rules = fields.List(fields.Nested(ColorRule), load_default=list, validate=validate.Length(max=MAX_COLOR_RULES))

    @validates_schema
    def _check(self, data: dict, **kw: Any) -> None:
        if data["type"] == "by_select" and data.get("column_id") is None:
            raise ValidationError({"column_id": ["colouring by a select column needs its column_id"]})


class ViewSettings(Schema):
    """A view's settings; every field is optional and defaults to 'nothing set'."""

    filters = FilterTreeField(load_default=None, metadata={
        "description": "nested groups {conjunction: and|or, filters: [{column_id, operator, value} | group]}"})
    sorts = fields.List(fields.Nested(SortSpec), load_default=list, validate=validate.Length(max=MAX_SORTS))
    group_by = fields.List(fields.Nested(GroupSpec), load_default=list, validate=validate.Length(max=MAX_GROUPS))
    hidden_columns = fields.List(fields.Integer(strict=True), load_default=list, validate=validate.Length(max=2000))
    column_order = fields.List(fields.Integer(strict=True), load_default=list, validate=validate.Length(max=2000))
    column_widths = fields.Dict(keys=fields.String(validate=validate.Regexp(r"^\d+$")),
                                values=fields.Integer(strict=True, validate=validate.Range(20, 2000)),
                                load_default=dict)
    frozen_count = fields.Integer(load_default=0, strict=True, validate=validate.Range(0, 20))
    row_height = fields.String(load_default="default", validate=validate.OneOf(ROW_HEIGHTS))
    row_colors = fields.Nested(RowColors, load_default=None, allow_none=True)
    summaries = fields.Dict(keys=fields.String(validate=validate.Regexp(r"^\d+$")),
                            values=fields.String(validate=validate.OneOf(SUMMARIES)), load_default=dict)

    @validates_schema
    def _defaults(self, data: dict, **kw: Any) -> None:
        if data.get("filters") is None:
            data["filters"] = {"conjunction": "and", "filters": []}


def settings_schemas() -> list[type[Schema]]:
    """The grid's settings schema, then those of the other registered view types."""
    from server.views import view_types  # the registry imports this module

    out: list[type[Schema]] = [ViewSettings]
    for vt in view_types():
        if vt.settings_schema not in out:
            out.append(vt.settings_schema)
    return out


def load_settings(raw: Any, path: str = "settings", schema: type[Schema] | None = None) -> dict[str, Any]:
    """Validate the shape of view settings; raises ApiError 422 naming the field.

    With `schema` (a view type's `settings_schema`), the settings must fit that type. Without
    it (an action, a stored view read back) they must fit some registered type's schema, the
    grid's first: the errors reported are the grid's."""
    from server.errors import flatten_messages, invalid

    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise invalid(f"{path} must be an object", {path: ["must be an object"]})
    first: ValidationError | None = None
    for candidate in [schema] if schema is not None else settings_schemas():
        try:
            data = candidate().load(raw)
            break
        except ValidationError as exc:
            first = first or exc
    else:
        assert first is not None
        flat = flatten_messages(first.messages, path)
        key, msgs = next(iter(flat.items()))
        raise invalid(f"{key}: {msgs[0]}", flat) from first
    if data.get("filters") is None:
        data["filters"] = {"conjunction": "and", "filters": []}
    return data


def empty_settings() -> dict[str, Any]:
    return load_settings({})


MAX_ADHOC_PARAM = 100_000  # characters of JSON in one query parameter


def parse_adhoc(query: dict[str, Any]) -> dict[str, Any]:
    """Ad-hoc `filters`, `sorts`, `search` and (tables only) `settings` query parameters (JSON
    text) → checked shapes. `settings` are whole view settings not saved anywhere ("All rows"
    with unsaved changes); `summaries_given` tells whether they chose footer summaries.

    Malformed JSON is a 400; a wrong shape is a 422 naming the parameter and the place in it."""
    import json

    from server.errors import bad_request, invalid, too_large

    out: dict[str, Any] = {"filters": None, "sorts": None, "search": None, "settings": None,
                           "summaries_given": False}
    for name in ("filters", "sorts", "settings"):
        text = query.get(name)
        if text in (None, ""):
            continue
        if len(text) > MAX_ADHOC_PARAM:
            raise too_large(f"{name} is longer than {MAX_ADHOC_PARAM} characters")
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise bad_request(f"{name} is not valid JSON", {name: ["malformed JSON"]}) from exc
        if name == "settings":
            out["settings"] = load_settings(value)
            out["summaries_given"] = isinstance(value, dict) and "summaries" in value
        elif name == "filters":
            try:
                out["filters"] = normalise_filter_tree(value)
            except FilterShapeError as exc:
                raise invalid(f"{exc.path}: {exc.message}", {exc.path: [exc.message]}) from exc
        else:
            if isinstance(value, dict):
                value = [value]
            if not isinstance(value, list) or len(value) > MAX_SORTS:
                raise invalid(f"sorts is a list of at most {MAX_SORTS} {{column_id, direction}}",
                              {"sorts": ["must be a list"]})
            try:
                out["sorts"] = SortSpec(many=True).load(value)
            except ValidationError as exc:
                from server.errors import flatten_messages

                flat = flatten_messages(exc.messages, "sorts")
                key, msgs = next(iter(flat.items()))
                raise invalid(f"{key}: {msgs[0]}", flat) from exc
    search = query.get("search")
    if search:
        if len(search) > 200:
            raise invalid("search is longer than 200 characters", {"search": ["too long"]})
        out["search"] = search
    return out
