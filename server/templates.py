"""Templates: `templates/<name>.json` → a new base with its tables, columns, rows and views.

A template is applied as one action (by the system user, so it is not on anyone's undo
stack), which means it goes through the same validation as any other write.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from server.errors import not_found

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
ROW_CHUNK = 1000

# Feature modules (links, views, formulas) extend templates with steps run after the tables
# exist: fn(state, base_id, template, table_ids_by_name) -> None.
POST_STEPS: list[Any] = []


def list_templates() -> list[dict[str, Any]]:
    out = []
    for path in sorted(TEMPLATES_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append({"id": path.stem, "name": data.get("name", path.stem), "names": data.get("names", {}),
                    "description": data.get("description", "")})
    return out


def load_template(template_id: str) -> dict[str, Any]:
    if not template_id.replace("-", "").replace("_", "").isalnum():
        raise not_found("No such template.")
    path = TEMPLATES_DIR / f"{template_id}.json"
    if not path.exists():
        raise not_found("No such template.")
    return json.loads(path.read_text(encoding="utf-8"))


def create_base_from_template(st: Any, user_id: int, template_id: str, name: str | None = None,
                              with_rows: bool = True) -> int:
    from server.actions.apply import apply_action
    from server.api.bases import create_base

    tpl = load_template(template_id)
    base_id = create_base(user_id, name or tpl.get("name", template_id), first_table=False)
    actions: list[dict] = []
    for t in tpl["tables"]:
        cols = [c for c in t["columns"] if c.get("type") not in ("link", "lookup", "rollup", "formula")]
        actions.append({"type": "add_table", "name": t["name"], "columns": cols})
    apply_action(st.db, st.schema_cache, base_id, None, {"type": "batch", "actions": actions}, public=False)
    with st.db.read() as conn:
        schema = st.schema_cache.get(conn, base_id)
    table_ids = {t.name: t.id for t in schema.live_tables()}
    for step in POST_STEPS:
        step(st, base_id, tpl, table_ids)
    if with_rows:
        for t in tpl["tables"]:
            rows = t.get("rows") or []
            for i in range(0, len(rows), ROW_CHUNK):
                apply_action(st.db, st.schema_cache, base_id, None,
                             {"type": "insert_rows", "table_id": table_ids[t["name"]],
                              "rows": rows[i:i + ROW_CHUNK], "create_options": True}, public=False)
    return base_id
