"""The user docs name what the code registers: every column type, every filter operator of
every type, every formula function, every action type with its payload fields, every view
type and every chart type. One added without its docs (or docs left behind by a removed one)
fails here.

- docs/column-types.md: the types table has one row per registered type (`id` in the first cell).
- docs/views.md, «Filter operators»: each row names type ids in its first cell and operator
  names in its second; each type with operators of its own is in exactly one row, and that
  row lists exactly its operators. Computed types (no family) filter by their result type and
  are described in words.
- docs/formulas.md: every function the compiler knows appears as `name(` or `name`.
- docs/api.md, «The action vocabulary»: one table row per action type (types that share a
  payload share a row: `delete_table` / `restore_table`); the second cell names the payload's
  fields, `?` after the optional ones, exactly as the type's schema declares them (fields for
  the server's own payloads, `x-server-only`, are left out of the client types' rows).
- docs/views.md, «View types»: one table row per registered view type.
- docs/charts.md, «Settings»: the `type` item names every chart type.
- docs/templates.md: the table at the top has one row per registered template, in order.
- docs/import-export.md, «What goes in»: the table names every registered import format in its
  first cells, in registration order.
"""

from __future__ import annotations

import re
from pathlib import Path

from server.bases.templates import templates
from server.charts.registry import chart_types
from server.columns.registry import all_types
from server.formulas.compiler import FUNCTIONS
from server.io.formats import import_formats
from server.query.operators import operators_of
from server.views import view_types
from tests.helpers import registered_action_types

DOCS = Path(__file__).resolve().parent.parent / "docs"
_CODE = re.compile(r"`([\w-]+)`")
_FIELD = re.compile(r"`(\w+)`(\??)")


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:end if end != -1 else len(text)]


def _table_rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows[1:]  # without the header


def test_every_column_type_has_a_row_in_column_types_md() -> None:
    rows = _table_rows(_section((DOCS / "column-types.md").read_text(encoding="utf-8"), "# Column types"))
    documented = [t for r in rows for t in _CODE.findall(r[0])]
    assert sorted(set(all_types()) - set(documented)) == [], "types missing from docs/column-types.md"
    assert sorted(set(documented) - set(all_types())) == [], "docs/column-types.md names types that do not exist"
    assert len(documented) == len(set(documented)), "a type has two rows"


def test_filter_operators_in_views_md_are_each_types_operators() -> None:
    rows = _table_rows(_section((DOCS / "views.md").read_text(encoding="utf-8"), "## Filter operators"))
    row_of: dict[str, set[str]] = {}
    for cells in rows:
        for type_id in _CODE.findall(cells[0]):
            assert type_id in all_types(), f"docs/views.md names an unknown type {type_id!r}"
            assert type_id not in row_of, f"{type_id} is in two rows of docs/views.md"
            row_of[type_id] = set(_CODE.findall(cells[1]))
    wrong = {}
    for type_id, t in all_types().items():
        if t.family is None:
            assert type_id not in row_of, f"{type_id} filters by its result type: describe it in words"
            continue
        ops = set(operators_of(t))
        if row_of.get(type_id) != ops:
            wrong[type_id] = {"documented": sorted(row_of.get(type_id, set())), "code": sorted(ops)}
    assert not wrong, wrong


def test_every_formula_function_is_in_formulas_md() -> None:
    text = (DOCS / "formulas.md").read_text(encoding="utf-8")
    listed = {m.group(1).lower() for m in re.finditer(r"`(\w+)(?:\(|`)", text)}
    assert sorted(set(FUNCTIONS) - listed) == [], "formula functions missing from docs/formulas.md"


def _payload_fields(type_: str) -> dict[str, bool]:
    """The fields of an action type's payload as docs/api.md lists them: name → required."""
    h = registered_action_types()[type_]
    out = {}
    for name, f in h.schema().fields.items():
        if name == "type" or (h.public and f.metadata.get("x-server-only")):
            continue
        out[f.data_key or name] = f.required
    return out


def test_every_action_type_is_in_api_md_with_its_payload_fields() -> None:
    rows = _table_rows(_section((DOCS / "api.md").read_text(encoding="utf-8"), "## The action vocabulary"))
    documented: dict[str, dict[str, bool]] = {}
    for cells in rows:
        if cells[0] == "type":  # the header of the second table
            continue
        for type_ in _CODE.findall(cells[0]):
            assert type_ not in documented, f"{type_} is in two rows of docs/api.md"
            documented[type_] = {name: not optional for name, optional in _FIELD.findall(cells[1])}
    handlers = registered_action_types()
    assert sorted(set(handlers) - set(documented)) == [], "action types missing from docs/api.md"
    assert sorted(set(documented) - set(handlers)) == [], "docs/api.md names action types that do not exist"
    wrong = {t: {"documented": documented[t], "schema": _payload_fields(t)}
             for t in handlers if documented[t] != _payload_fields(t)}
    assert not wrong, wrong


def test_every_view_type_has_a_row_in_views_md() -> None:
    rows = _table_rows(_section((DOCS / "views.md").read_text(encoding="utf-8"), "## View types"))
    documented = [t for r in rows for t in _CODE.findall(r[0])]
    registered = [v.name for v in view_types()]
    assert sorted(documented) == sorted(registered), "docs/views.md «View types» and the registry differ"


def test_every_chart_type_is_in_charts_md() -> None:
    settings = _section((DOCS / "charts.md").read_text(encoding="utf-8"), "## Settings")
    item = settings[settings.index("- `type`:") + len("- `type`:"):]
    item = item[:item.find("\n- `")]
    registered = [ct.name for ct in chart_types()]
    assert _CODE.findall(item) == registered, "docs/charts.md «Settings» `type` and the chart-type registry differ"


def test_every_template_has_a_row_in_templates_md() -> None:
    rows = _table_rows(_section((DOCS / "templates.md").read_text(encoding="utf-8"), "# Templates"))
    documented = [t for r in rows for t in _CODE.findall(r[0])]
    assert documented == [t.id for t in templates()], "docs/templates.md's table and the template registry differ"


def test_every_import_format_is_in_import_export_md() -> None:
    section = _section((DOCS / "import-export.md").read_text(encoding="utf-8"), "### What goes in")
    rows = _table_rows(section[:section.index("\n### ", 1)])
    documented = [f for r in rows for f in _CODE.findall(r[0])]
    assert documented == [f.id for f in import_formats()], "docs/import-export.md «What goes in» and the registry differ"
