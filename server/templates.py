"""Templates: `templates/<id>.json` → a new base, in one action (one undo), in one language.

Format (documented in docs/templates.md, decision 0016): tables, columns, computed columns,
views, charts and sample rows are named by *keys*. Every translatable text — names, select
options, formulas with text literals, filter values, chart descriptions, sample cells — is
written {"en": …, "ru": …}; `localised` keeps the chosen language's text everywhere before
anything is created, so the base holds one language only. The `apply_template` action
creates everything through the ordinary handlers (add_table, add_column, insert_rows,
add_view, add_chart), so a template is validated like any other change. Sample dates are
offsets from today ({"$days": -30}); "$me" is the user creating the base; link cells name
rows of other tables by their "$key".

`JsonTemplate(id)` is such a file as a `Template` of the registry (server/bases/templates.py);
`server/plugins.py` registers each one by id, and `apply_template` applies registered ones only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from marshmallow import fields

from server.actions.context import ActionContext
from server.actions.registry import Done, action_handler
from server.actions.schemas import ActionPayload
from server.bases.templates import LANGUAGES, Template, get_template
from server.errors import invalid, not_found
from server.state import state
from server.storage.physical import new_row_id

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
ROW_CHUNK = 1000
_REF = re.compile(r"{([a-z0-9_]+)}")


class JsonTemplate(Template):
    """A template written as `templates/<id>.json` (the format below), registered by id in
    `server/plugins.py`; its base is made by one `apply_template` action (one undo)."""

    def __init__(self, template_id: str) -> None:
        self.id = template_id
        self.path = TEMPLATES_DIR / f"{template_id}.json"

    def data(self) -> dict[str, Any]:
        """The template as written (every text in every language). Read on each use: the file
        is small and a regenerated one is picked up without a restart."""
        return json.loads(self.path.read_text(encoding="utf-8"))

    def name(self, language: str) -> str:
        return localised(self.data().get("name", self.id), language)

    def description(self, language: str) -> str:
        return localised(self.data().get("description", ""), language)

    def tables(self, language: str) -> list[str]:
        return [localised(t["name"], language) for t in self.data().get("tables", [])]

    def create(self, user_id: int, *, name: str | None = None, sample_data: bool = True,
               language: str | None = None, client_id: str | None = None) -> int:
        """A new base owned by the user, filled by one apply_template action (one undo)."""
        import sqlalchemy as sa

        from server.actions.apply import apply_action
        from server.bases.create import create_base
        from server.catalog import schema as cat

        st = state()
        if language not in LANGUAGES:
            with st.db.read() as conn:
                language = conn.execute(sa.select(cat.users.c.locale).where(cat.users.c.id == user_id)).scalar() or "en"
        base_id = create_base(user_id, name or self.name(language), first_table=False)
        apply_action(st.db, st.schema_cache, base_id, user_id,
                     {"type": "apply_template", "template": self.id, "language": language, "sample_data": sample_data},
                     client_id=client_id, public=False, files_dir=st.config.files_dir)
        return base_id


def load_template(template_id: str) -> dict[str, Any]:
    """The data of a registered JSON template (404 for any other id, the blank template's too)."""
    template = get_template(template_id)
    if not isinstance(template, JsonTemplate):
        raise not_found("No such template.")
    return template.data()


def localised(node: Any, language: str) -> Any:
    """The template with every {"en": …, "ru": …} text replaced by the text of `language`.

    A dict whose keys are all language codes is a translation and must give every language
    (a template that forgets one would otherwise leak the other language into the base)."""
    if isinstance(node, list):
        return [localised(x, language) for x in node]
    if not isinstance(node, dict):
        return node
    if node and set(node) <= set(LANGUAGES):
        if set(node) != set(LANGUAGES):
            raise invalid(f"template: a text lacks {sorted(set(LANGUAGES) - set(node))}: {node!r}")
        return node[language]
    return {k: localised(v, language) for k, v in node.items()}


class _Names:
    """Keys → names and ids while a (localised) template is being applied."""

    def __init__(self, tpl: dict) -> None:
        self.tables: dict[str, dict] = {}
        for t in tpl["tables"]:
            cols = {c["key"]: c for c in t["columns"]}
            for c in tpl.get("computed", []):
                if c["table"] == t["key"]:
                    cols[c["key"]] = c
            for other in tpl["tables"]:
                for c in other["columns"]:
                    back = (c.get("options") or {}).get("other")
                    if c["type"] == "link" and c["options"]["table"] == t["key"] and back:
                        cols[back["key"]] = {"key": back["key"], "name": back["name"], "type": "link"}
            self.tables[t["key"]] = {"name": t["name"], "columns": cols, "id": None, "col_ids": {}}

    def col_name(self, table_key: str, col_key: str) -> str:
        try:
            return self.tables[table_key]["columns"][col_key]["name"]
        except KeyError:
            raise invalid(f"template: table {table_key} has no column {col_key}") from None

    def col_id(self, ctx: ActionContext, table_key: str, col_key: str) -> int:
        t = self.tables[table_key]
        table = ctx.schema.table(t["id"])
        name = self.col_name(table_key, col_key)
        col = next((c for c in table.columns if c.name == name), None) if table else None
        if col is None:
            raise invalid(f"template: column {table_key}.{col_key} was not created")
        return col.id

    def formula(self, table_key: str, text: str) -> str:
        return _REF.sub(lambda m: "{" + self.col_name(table_key, m.group(1)) + "}", text)


def _plain_in_order(t: dict) -> list[dict]:
    """The table's plain columns, its `first_columns` first (in that order), then the others."""
    plain = [c for c in t["columns"] if c["type"] != "link"]
    first = [k for k in t.get("first_columns", []) if any(c["key"] == k for c in plain)]
    if t.get("first_columns") and t["first_columns"][0] not in first:
        raise invalid(f"template: {t['key']}.first_columns must start with a plain column")
    return sorted(plain, key=lambda c: first.index(c["key"]) if c["key"] in first else len(first))


def _after(ctx: ActionContext, names: _Names, t: dict, key: str) -> dict:
    """`after` for a link or computed column of `first_columns`: the nearest column before it
    in that list that exists already (placing it on creation: moving columns afterwards would
    recompute the table for each move). Other columns go last, in the order they are made."""
    first = t.get("first_columns", [])
    if key not in first:
        return {}
    table = ctx.schema.table(names.tables[t["key"]]["id"])
    made = {c.name for c in table.columns}
    before = [k for k in first[:first.index(key)] if names.col_name(t["key"], k) in made]
    return {"after": names.col_id(ctx, t["key"], before[-1])}


def _link_target(tpl: dict, table_key: str, link_key: str) -> str:
    for t in tpl["tables"]:
        for c in t["columns"]:
            if c["type"] != "link":
                continue
            if t["key"] == table_key and c["key"] == link_key:
                return c["options"]["table"]
            back = c["options"].get("other")
            if c["options"]["table"] == table_key and back and back["key"] == link_key:
                return t["key"]
    raise invalid(f"template: {table_key}.{link_key} is not a link")


def _value(v: Any, today: dt.date, user_id: int | None, row_ids: dict[str, str]) -> Any:
    if isinstance(v, dict):
        if "$days" in v:
            return (today + dt.timedelta(days=v["$days"])).isoformat()
        if "$month" in v or "$month_start" in v or "$month_days" in v:
            shift = v.get("$month", v.get("$month_start", v.get("$month_days")))
            y, m = divmod(today.year * 12 + today.month - 1 + shift, 12)
            if "$month" in v:
                return f"{y}-{m + 1:02d}"
            if "$month_start" in v:
                return dt.date(y, m + 1, 1).isoformat()
            return calendar.monthrange(y, m + 1)[1]
        raise invalid(f"template: unknown value {v!r}")
    if isinstance(v, list):
        out = []
        for item in v:
            if item == "$me":
                if user_id is not None:
                    out.append(user_id)
            elif isinstance(item, str) and item in row_ids:
                out.append(row_ids[item])
            else:
                out.append(item)
        return out
    return v


def _filters(names: _Names, ctx: ActionContext, table_key: str, tree: dict) -> dict:
    out = []
    for node in tree.get("filters", []):
        if "filters" in node:
            out.append(_filters(names, ctx, table_key, node))
        else:
            out.append({"column_id": names.col_id(ctx, table_key, node["column"]), "operator": node["operator"],
                        "value": node.get("value")})
    return {"conjunction": tree.get("conjunction", "and"), "filters": out}


def _view_settings(names: _Names, ctx: ActionContext, table_key: str, s: dict) -> dict:
    cid = lambda key: names.col_id(ctx, table_key, key)  # noqa: E731
    out: dict[str, Any] = {}
    if "filters" in s:
        out["filters"] = _filters(names, ctx, table_key, s["filters"])
    out["sorts"] = [{"column_id": cid(x["column"]), "direction": x.get("direction", "asc"),
                     **({"me_first": True} if x.get("me_first") else {})} for x in s.get("sorts", [])]
    out["group_by"] = [{"column_id": cid(x["column"]), **({"granularity": x["granularity"]} if x.get("granularity") else {})}
                       for x in s.get("group_by", [])]
    rc = s.get("row_colors")
    if rc and rc["type"] == "by_select":
        out["row_colors"] = {"type": "by_select", "column_id": cid(rc["column"])}
    elif rc:
        out["row_colors"] = {"type": "rules", "rules": [{"filters": _filters(names, ctx, table_key, r["filters"]),
                                                         "color": r["color"]} for r in rc["rules"]]}
    if s.get("summaries"):
        out["summaries"] = {str(cid(k)): v for k, v in s["summaries"].items()}
    # A kanban's own settings (docs/views.md "Kanban views").
    for key in ("stack_column", "sum_column", "cover_column"):
        if s.get(key):
            out[key] = cid(s[key])
    if s.get("card_fields"):
        out["card_fields"] = [cid(k) for k in s["card_fields"]]
    # A calendar's own settings (docs/views.md "Calendar views").
    if "date_columns" in s:
        out["date_columns"] = [{"column_id": cid(x["column"]), **({"color": x["color"]} if x.get("color") else {})}
                               for x in s["date_columns"]]
    if s.get("title_column"):
        out["title_column"] = cid(s["title_column"])
    if s.get("default_mode"):
        out["default_mode"] = s["default_mode"]
    return out


def _measures(names: _Names, ctx: ActionContext, view_ids: dict[str, int], table_key: str,
              measures: list[dict]) -> list[dict]:
    """A KPI series' measures (docs/charts.md): table, view and column keys → ids."""
    out = []
    for m in measures:
        tk = m.get("table", table_key)
        spec: dict[str, Any] = {"name": m["name"], "table_id": names.tables[tk]["id"], "value": {
            "aggregate": m["value"].get("aggregate", "count"),
            **({"column_id": names.col_id(ctx, tk, m["value"]["column"])} if m["value"].get("column") else {})}}
        if m.get("view"):
            spec["view_id"] = view_ids[f"{tk}.{m['view']}"]
        if m.get("filters"):
            spec["filters"] = _filters(names, ctx, tk, m["filters"])
        if m.get("in_period"):
            spec["in_period"] = names.col_id(ctx, tk, m["in_period"])
        out.append(spec)
    return out


def _chart_settings(names: _Names, ctx: ActionContext, table_key: str, s: dict,
                    view_ids: dict[str, int] | None = None) -> dict:
    out = dict(s)
    if (s.get("period_end") or {}).get("measures"):
        out["period_end"] = {**s["period_end"],
                             "measures": _measures(names, ctx, view_ids or {}, table_key, s["period_end"]["measures"])}
    for part in ("x", "series", "compare"):
        if s.get(part):
            spec = {k: v for k, v in s[part].items() if k != "column"}
            out[part] = {"column_id": names.col_id(ctx, table_key, s[part]["column"]), **spec}
    if s.get("value"):
        value = {"aggregate": s["value"].get("aggregate", "count")}
        if s["value"].get("column"):
            value["column_id"] = names.col_id(ctx, table_key, s["value"]["column"])
        out["value"] = value
    return out


class ApplyTemplate(ActionPayload):
    """Create a template's tables, sample rows, views and charts in this base (docs/templates.md)."""
    template = fields.String(required=True, metadata={"description": "a template id"})
    language = fields.String(allow_none=True, metadata={"description": "en or ru (default en)"})
    sample_data = fields.Boolean(metadata={"description": "add the sample rows (default true)"})
    today = fields.Date(allow_none=True, metadata={"description": "the day sample dates are relative to"})


@action_handler("apply_template", ApplyTemplate, changes_schema=True)
def apply_template(ctx: ActionContext, payload: dict[str, Any]) -> Done:
    """Create a template's tables, columns, sample rows, views and charts in this base."""
    language = payload.get("language") if payload.get("language") in LANGUAGES else "en"
    tpl = localised(load_template(payload.get("template")), language)
    names = _Names(tpl)
    today = dt.date.fromisoformat(payload["today"]) if payload.get("today") else dt.date.today()
    inverses: list[dict] = []
    done: list[dict] = []

    def run(action: dict) -> dict:
        d = ctx.run_done(action, trusted=True)
        inverses.append(d.inverse)
        done.append(d.payload)
        return ctx.result

    tables = {t["key"]: t for t in tpl["tables"]}
    for t in tpl["tables"]:
        cols = [{"name": c["name"], "type": c["type"], "options": c.get("options") or {}} for c in _plain_in_order(t)]
        res = run({"type": "add_table", "name": names.tables[t["key"]]["name"], "columns": cols})
        names.tables[t["key"]]["id"] = res["table_id"]
    # Tables are made in dependency order; the tabs show them in the order people use them.
    for pos, key in enumerate(tpl.get("tab_order", []), start=1):
        run({"type": "modify_table", "table_id": names.tables[key]["id"], "position": float(pos)})
    for t in tpl["tables"]:
        for c in t["columns"]:
            if c["type"] != "link":
                continue
            o = c["options"]
            options = {"table": names.tables[o["table"]]["id"], "is_multiple": o.get("is_multiple", True)}
            if o.get("other"):
                options["other_name"] = o["other"]["name"]
            run({"type": "add_column", "table_id": names.tables[t["key"]]["id"], "name": c["name"],
                 "column_type": "link", "options": options, **_after(ctx, names, t, c["key"])})
    for t in tpl["tables"]:
        if t.get("record_date"):  # reads as of a date leave out rows recorded after it
            run({"type": "modify_table", "table_id": names.tables[t["key"]]["id"],
                 "record_date_column_id": names.col_id(ctx, t["key"], t["record_date"])})
    for c in tpl.get("computed", []):
        tk = c["table"]
        options = dict(c.get("options") or {})
        if c["type"] == "formula":
            options["formula"] = names.formula(tk, options["formula"])
        else:
            target = _link_target(tpl, tk, options["link"])
            options["link"] = names.col_id(ctx, tk, options["link"])
            if options.get("column"):
                options["column"] = names.col_id(ctx, target, options["column"])
            if options.get("condition"):  # a rollup over only the linked rows that match
                options["condition"] = names.formula(target, options["condition"])
        run({"type": "add_column", "table_id": names.tables[tk]["id"], "name": c["name"],
             "column_type": c["type"], "options": options, **_after(ctx, names, tables[tk], c["key"])})
    if payload.get("sample_data", True):
        sample = tpl.get("sample", {})
        row_ids = {r["$key"]: new_row_id() for rows in sample.values() for r in rows if "$key" in r}
        for t in tpl["tables"]:
            rows = []
            for r in sample.get(t["key"], []):
                row = {"_id": row_ids[r["$key"]]} if "$key" in r else {}
                for k, v in r.items():
                    if k != "$key" and v is not None:
                        row[names.col_name(t["key"], k)] = _value(v, today, ctx.user_id, row_ids)
                rows.append(row)
            for i in range(0, len(rows), ROW_CHUNK):
                run({"type": "insert_rows", "table_id": names.tables[t["key"]]["id"], "rows": rows[i:i + ROW_CHUNK]})
    view_ids: dict[str, int] = {}
    for v in tpl.get("views", []):
        res = run({"type": "add_view", "table_id": names.tables[v["table"]]["id"], "name": v["name"],
                   "view_type": v.get("type", "grid"),
                   "settings": _view_settings(names, ctx, v["table"], v.get("settings", {}))})
        view_ids[f"{v['table']}.{v['key']}"] = res["view"]["id"]
    for ch in tpl.get("charts", []):
        action = {"type": "add_chart", "table_id": names.tables[ch["table"]]["id"], "name": ch["name"],
                  "settings": _chart_settings(names, ctx, ch["table"], ch["settings"], view_ids)}
        if ch.get("view"):
            action["view_id"] = view_ids[f"{ch['table']}.{ch['view']}"]
        run(action)
    for doc in tpl.get("documents", []):
        # Document templates name columns in the base's language; their numbers and dates follow it too.
        run({"type": "add_document", "table_id": names.tables[doc["table"]]["id"], "name": doc["name"],
             "body": doc["body"], "options": {**doc.get("options", {}), "language": language}})
    from server.permissions.template_roles import install_roles

    install_roles(ctx, tpl, names, _link_target)  # the template's roles: access rules (decision 0042)
    ctx.result = {"tables": {k: v["id"] for k, v in names.tables.items()}, "views": view_ids}
    return Done({"type": "apply_template", "template": tpl["id"], "language": language, "actions": done},
                {"type": "batch", "actions": list(reversed(inverses))})

