"""Every registered action type through apply → undo → redo, compared by full dumps of the base.

The dump is what the base holds: its catalog rows (tables, columns, counters, views, charts,
permissions, comments, … — not the log, not what is in the trash) and every live table's rows
with their system fields, plus the link pairs. For each action type:
before ≠ after apply, after undo == before, after redo == after apply.

CASES names a payload for every action type; the registry is enumerated, so an action type
registered without a case here fails `test_every_action_type_has_a_case`.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import sqlalchemy as sa

from server.actions import undo as undo_mod
from server.actions.apply import apply_action
from server.catalog import schema as cat
from server.catalog.model import load_schema
from server.columns.links import junction_table
from tests.helpers import ApiClient, registered_action_types
from tests.io_helpers import import_file

# Catalog tables that are not the base's content: accounts, sessions, the log and what is
# derived from it, background bookkeeping (retired_columns: physical columns kept for undo of
# a type change until the trash is purged, decision 0003).
NOT_CONTENT = {"users", "sessions", "login_attempts", "settings", "api_tokens", "notification_settings",
               "notifications", "actions", "row_changes", "webhook_deliveries", "automation_runs",
               "automation_matches", "import_jobs", "retired_columns", "password_resets",
               "recovery_codes", "login_challenges", "second_factor_attempts",  # accounts, not a base (0008)
               "groups", "group_members"}  # groups of users belong to the server (0010); base_groups is content
# Numbers that only go up: the base's versions (undo and redo are actions too) and auto-number
# counters (a number once given is never given again, not even after undo: docs/column-types.md).
ONLY_GO_UP = {("bases", "version"), ("bases", "schema_version"), ("counters", "value")}


def _value(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date | dt.datetime) else v


def _in_trash(row: dict, live_tables: set[int], live_columns: set[int]) -> bool:
    """The row is in the trash, or belongs to a table or column that is."""
    if row.get("deleted_at") is not None:
        return True
    if row.get("table_id") is not None and row["table_id"] not in live_tables:
        return True
    return row.get("column_id") is not None and row["column_id"] not in live_columns


def dump(app: Any, base_id: int) -> dict[str, Any]:
    """The base's content (see the module docstring), comparable with ==."""
    st = app.extensions["tablo"]
    with st.db.read() as conn:
        live_tables = {r.id for r in conn.execute(sa.select(cat.tables.c.id).where(
            cat.tables.c.base_id == base_id, cat.tables.c.deleted_at.is_(None)))}
        live_columns = {r.id for r in conn.execute(sa.select(cat.columns.c.id).where(
            cat.columns.c.table_id.in_(live_tables), cat.columns.c.deleted_at.is_(None)))}
        out: dict[str, Any] = {}
        for t in cat.metadata.sorted_tables:
            if t.name in NOT_CONTENT:
                continue
            if t.name == "bases":
                q = sa.select(t).where(t.c.id == base_id)
            elif "base_id" in t.c:
                q = sa.select(t).where(t.c.base_id == base_id)
            elif "table_id" in t.c:
                q = sa.select(t).where(t.c.table_id.in_(live_tables))
            elif "column_id" in t.c:
                q = sa.select(t).where(t.c.column_id.in_(live_columns))
            else:
                raise AssertionError(f"catalog table {t.name}: say whether it is the base's content")
            rows = []
            for r in conn.execute(q):
                m = dict(r._mapping)
                if _in_trash(m, live_tables, live_columns):
                    continue
                rows.append({k: _value(v) for k, v in m.items() if (t.name, k) not in ONLY_GO_UP})
            out[t.name] = sorted(rows, key=repr)
        schema = load_schema(conn, base_id, -1)
        for table in schema.live_tables():
            cols = [c for c in table.columns if c.phys]
            recs = []
            for r in conn.execute(sa.select(table.sa_table)):
                m = r._mapping
                recs.append((m["id"], m["_id"], m["_order"], _value(m["_ctime"]), _value(m["_mtime"]),
                             m["_creator"], m["_last_modifier"], {c.id: _value(m[c.phys]) for c in cols}))
            out[f"rows:{table.id}"] = sorted(recs, key=repr)
            for c in table.columns:
                if c.type == "link" and c.options.get("side", "a") == "a":
                    j = junction_table(c.options["link_id"])
                    out[f"links:{c.id}"] = sorted(tuple(p) for p in conn.execute(sa.select(j.c.row_a, j.c.row_b)))
    return out


# -- the fixture base -------------------------------------------------------------------------
@dataclass
class Base:
    """A base with two tables (several column types, a link, a lookup, a formula), rows, views
    and a chart: enough for every action type to do something."""
    app: Any
    owner: ApiClient
    user_id: int
    base_id: int
    tasks: int
    people: int
    col: dict[str, int] = field(default_factory=dict)
    task_rows: list[str] = field(default_factory=list)
    people_rows: list[str] = field(default_factory=list)
    view_id: int = 0
    other_view_id: int = 0
    chart_id: int = 0
    document_id: int = 0

    def apply(self, action: dict, base_id: int | None = None) -> Any:
        st = self.app.extensions["tablo"]
        public = registered_action_types()[action["type"]].public
        return apply_action(st.db, st.schema_cache, base_id or self.base_id, self.user_id, action, public=public,
                            files_dir=st.config.files_dir)

    def internal_ids(self, table_id: int) -> dict[str, int]:
        st = self.app.extensions["tablo"]
        with st.db.read() as conn:
            t = load_schema(conn, self.base_id, -1).table(table_id).sa_table
            return {r._id: r.id for r in conn.execute(sa.select(t.c._id, t.c.id))}


@pytest.fixture
def base(owner: ApiClient, app: Any) -> Base:
    me = owner.get("/api/me")
    user_id = (me.get("user") or me)["id"]
    bid = owner.base_id
    people = owner.post(f"/api/bases/{bid}/tables", {"name": "People"}, expect=201)["table"]["id"]
    tasks = owner.table_id
    owner.patch(f"/api/tables/{tasks}", {"name": "Tasks"})
    b = Base(app, owner, user_id, bid, tasks, people)
    add = lambda name, type_, options=None, table=tasks: owner.add_column(name, type_, options, table)  # noqa: E731
    b.col["Name"] = next(c["id"] for c in owner.get(f"/api/bases/{bid}")["tables"][0]["columns"])
    b.col["Amount"] = add("Amount", "number", {"precision": 2})["id"]
    b.col["Due"] = add("Due", "date")["id"]
    b.col["Status"] = add("Status", "single-select", {"options": [{"name": "Open"}, {"name": "Done"}]})["id"]
    b.col["Tags"] = add("Tags", "multiple-select", {"options": [{"name": "a"}, {"name": "b"}]})["id"]
    b.col["Urgent"] = add("Urgent", "checkbox")["id"]
    b.col["No"] = add("No", "auto-number")["id"]
    b.col["Owner"] = add("Owner", "link", {"table": "People"})["id"]
    b.col["Owner name"] = add("Owner name", "lookup", {"link": "Owner", "column": "Name"})["id"]
    b.col["Double"] = add("Double", "formula", {"formula": "{Amount} * 2"})["id"]
    b.people_rows = [r["_id"] for r in owner.insert([{"Name": "Anna"}, {"Name": "Boris"}], table_id=people)]
    today = dt.date.today()
    b.task_rows = [r["_id"] for r in owner.insert([
        {"Name": f"Task {i}", "Amount": 10 * i, "Due": (today + dt.timedelta(days=i)).isoformat(),
         "Status": "Open" if i % 2 else "Done", "Tags": ["a"] if i % 2 else ["a", "b"], "Urgent": i == 1,
         "Owner": [b.people_rows[i % 2]]} for i in range(4)], table_id=tasks)]
    b.other_view_id = owner.post(f"/api/tables/{tasks}/views", {"name": "All"}, expect=201)["view"]["id"]
    b.view_id = owner.post(f"/api/tables/{tasks}/views", {"name": "By amount", "settings": {
        "sorts": [{"column_id": b.col["Amount"], "direction": "desc"}]}}, expect=201)["view"]["id"]
    b.chart_id = owner.post(f"/api/bases/{bid}/charts", {"table_id": tasks, "name": "By status", "settings": {
        "type": "bar", "x": {"column_id": b.col["Status"]}}}, expect=201)["chart"]["id"]
    b.document_id = owner.post(f"/api/tables/{tasks}/documents", {"name": "Letter", "body": "<p>{{ row.Name }}</p>"},
                               expect=201)["document"]["id"]
    owner.call("PUT", f"/api/bases/{bid}/company", json={"details": {"name": "ООО «Ромашка»"}}, expect=200)
    return b


# -- one case per action type -----------------------------------------------------------------
@dataclass
class Case:
    """What to apply (on `base_id`, default the fixture base), after `setup` (not compared)."""
    action: dict[str, Any] | None = None
    setup: list[dict[str, Any]] = field(default_factory=list)
    base_id: int | None = None
    # Actions only the server makes in a way of its own (an import job) are applied by it.
    run: Callable[[], None] | None = None


def _import(b: Base) -> Case:
    csv = b"Name,Amount\nImported 1,5\nImported 2,6\n"
    return Case(run=lambda: import_file(b.owner, csv, "more.csv", {"mode": "append", "table_id": b.tasks}))


def _restore_base(b: Base, tmp_path: Any) -> Case:
    from server.bases.create import create_base
    from server.io.backup import _read_manifest, export_base
    from server.io.formats import ReadLimits

    st = b.app.extensions["tablo"]
    path = str(tmp_path / "backup.zip")
    with b.app.app_context():
        export_base(st, b.base_id, path)
        target = create_base(b.user_id, "Restored", first_table=False)
    with zipfile.ZipFile(path) as z:
        manifest = _read_manifest(z, ReadLimits())
    return Case({"type": "restore_base", "manifest": manifest, "path": path}, base_id=target)


def _link_pairs(b: Base) -> Case:
    tasks, people = b.internal_ids(b.tasks), b.internal_ids(b.people)
    t0, t3, anna = tasks[b.task_rows[0]], tasks[b.task_rows[3]], people[b.people_rows[0]]
    # Task 0 is linked to Anna (i % 2 == 0); Task 3 to Boris.
    return Case({"type": "link_pairs", "link_id": b.col["Owner"], "add": [[t3, anna]], "remove": [[t0, anna]]})


def _duplicate_table(b: Base) -> Case:
    # A table without links: see test_undo_of_duplicating_a_table_with_a_link for one with.
    res = b.apply({"type": "add_table", "name": "Notes", "columns": [
        {"name": "Title", "type": "text"}, {"name": "Seq", "type": "auto-number"}, {"name": "When", "type": "date"}]})
    b.apply({"type": "insert_rows", "table_id": res.result["table_id"], "rows": [
        {"Title": "one", "When": "2020-01-02"}, {"Title": "two"}]})
    return Case({"type": "duplicate_table", "table_id": res.result["table_id"], "name": "Notes 2"})


def _revert_to(b: Base) -> Case:
    st = b.app.extensions["tablo"]
    with st.db.read() as conn:
        version = conn.execute(sa.select(cat.bases.c.version).where(cat.bases.c.id == b.base_id)).scalar_one()
    # Changes after `version` (not compared) that the revert takes back.
    return Case({"type": "revert_to", "at": "the moment before the setup", "after_version": version}, setup=[
        {"type": "update_rows", "table_id": b.tasks, "rows": [{"_id": b.task_rows[0], "Name": "Changed"}]},
        {"type": "delete_view", "view_id": b.view_id}])


def _imported_rows(b: Base) -> Case:
    ids = sorted(b.internal_ids(b.tasks).values())
    return Case({"type": "delete_imported_rows", "table_id": b.tasks, "min_id": ids[1], "max_id": ids[2]})


CASES: dict[str, Callable[..., Case]] = {
    "add_table": lambda b: Case({"type": "add_table", "name": "Projects", "columns": [
        {"name": "Title", "type": "text"}, {"name": "Budget", "type": "number", "options": {"precision": 0}}]}),
    "modify_table": lambda b: Case({"type": "modify_table", "table_id": b.tasks, "name": "Jobs", "position": 0.5,
                                    "record_date_column_id": b.col["Due"]}),
    "delete_table": lambda b: Case({"type": "delete_table", "table_id": b.people}),
    "restore_table": lambda b: Case({"type": "restore_table", "table_id": b.people},
                                    setup=[{"type": "delete_table", "table_id": b.people}]),
    "duplicate_table": _duplicate_table,
    "add_column": lambda b: Case({"type": "add_column", "table_id": b.tasks, "name": "Ref", "column_type": "text",
                                  "after": b.col["Name"], "description": "a reference"}),
    "modify_column": lambda b: Case({"type": "modify_column", "column_id": b.col["Amount"], "column_type": "text"}),
    "delete_column": lambda b: Case({"type": "delete_column", "column_id": b.col["Status"]}),
    "restore_column": lambda b: Case({"type": "restore_column", "column_id": b.col["Status"]},
                                     setup=[{"type": "delete_column", "column_id": b.col["Status"]}]),
    "insert_rows": lambda b: Case({"type": "insert_rows", "table_id": b.tasks, "after": b.task_rows[0],
                                   "create_options": True, "rows": [
                                       {"Name": "New", "Amount": 1.5, "Status": "Blocked", "Owner": [b.people_rows[1]]},
                                       {str(b.col["Name"]): "Newer", str(b.col["Tags"]): ["b"]}]}),
    "update_rows": lambda b: Case({"type": "update_rows", "table_id": b.tasks, "rows": [
        {"_id": b.task_rows[0], "Amount": 99, "Urgent": True, "Owner": [b.people_rows[1]]},
        {"_id": b.task_rows[2], "Status": "Open", "Due": None}]}),
    "delete_rows": lambda b: Case({"type": "delete_rows", "table_id": b.tasks, "row_ids": b.task_rows[1:3]}),
    "restore_rows": lambda b: Case({"type": "restore_rows", "table_id": b.tasks, "row_ids": [b.task_rows[2]]},
                                   setup=[{"type": "delete_rows", "table_id": b.tasks, "row_ids": [b.task_rows[2]]}]),
    "move_rows": lambda b: Case({"type": "move_rows", "table_id": b.tasks, "row_ids": [b.task_rows[3]],
                                 "before": b.task_rows[0]}),
    "set_links": lambda b: Case({"type": "set_links", "column_id": b.col["Owner"], "links": {
        b.task_rows[0]: b.people_rows, b.task_rows[1]: []}}),
    "link_pairs": _link_pairs,
    "add_view": lambda b: Case({"type": "add_view", "table_id": b.tasks, "name": "Urgent first", "settings": {
        "sorts": [{"column_id": b.col["Urgent"], "direction": "desc"}], "hidden_columns": [b.col["Tags"]]}}),
    "modify_view": lambda b: Case({"type": "modify_view", "view_id": b.view_id, "name": "Biggest", "settings": {
        "sorts": [{"column_id": b.col["Amount"], "direction": "asc"}]}}),
    "delete_view": lambda b: Case({"type": "delete_view", "view_id": b.view_id}),
    "restore_view": lambda b: Case({"type": "restore_view", "view_id": b.view_id},
                                   setup=[{"type": "delete_view", "view_id": b.view_id}]),
    "duplicate_view": lambda b: Case({"type": "duplicate_view", "view_id": b.view_id, "name": "Copy"}),
    "reorder_views": lambda b: Case({"type": "reorder_views", "table_id": b.tasks, "view_ids": [b.view_id, b.other_view_id]}),
    "add_chart": lambda b: Case({"type": "add_chart", "table_id": b.tasks, "name": "Amounts", "view_id": b.view_id,
                                 "settings": {"type": "line", "x": {"column_id": b.col["Due"]},
                                              "value": {"aggregate": "sum", "column_id": b.col["Amount"]}}}),
    "modify_chart": lambda b: Case({"type": "modify_chart", "chart_id": b.chart_id, "name": "Mix", "settings": {
        "type": "pie", "x": {"column_id": b.col["Status"]}}}),
    "delete_chart": lambda b: Case({"type": "delete_chart", "chart_id": b.chart_id}),
    "restore_chart": lambda b: Case({"type": "restore_chart", "chart_id": b.chart_id},
                                    setup=[{"type": "delete_chart", "chart_id": b.chart_id}]),
    "add_document": lambda b: Case({"type": "add_document", "table_id": b.tasks, "name": "Claim",
                                     "body": "<h1>{{ row['Name'] }}</h1>", "options": {"orientation": "landscape"}}),
    "modify_document": lambda b: Case({"type": "modify_document", "document_id": b.document_id, "name": "Note",
                                       "body": "<p>{{ today }}</p>"}),
    "delete_document": lambda b: Case({"type": "delete_document", "document_id": b.document_id}),
    "restore_document": lambda b: Case({"type": "restore_document", "document_id": b.document_id},
                                       setup=[{"type": "delete_document", "document_id": b.document_id}]),
    "set_company_details": lambda b: Case({"type": "set_company_details", "details": {
        "name": "ООО «Табло»", "inn": "7700000000", "signatory": "Иванов И. И."}}),
    "batch": lambda b: Case({"type": "batch", "actions": [
        {"type": "update_rows", "table_id": b.tasks, "rows": [{"_id": b.task_rows[1], "Name": "Renamed"}]},
        {"type": "delete_rows", "table_id": b.tasks, "row_ids": [b.task_rows[3]]},
        {"type": "modify_table", "table_id": b.people, "name": "Staff"}]}),
    "apply_template": lambda b: Case({"type": "apply_template", "template": "receivables", "language": "en",
                                      "today": dt.date.today().isoformat()}),
    "import_rows": _import,
    "delete_imported_rows": _imported_rows,
    "restore_base": _restore_base,
    "revert_to": _revert_to,
}


def test_every_action_type_has_a_case() -> None:
    assert sorted(set(registered_action_types()) - set(CASES)) == [], "add a case for every new action type"
    assert sorted(set(CASES) - set(registered_action_types())) == [], "a case for an action type that does not exist"


@pytest.mark.parametrize("type_", sorted(CASES))
def test_apply_undo_redo_restores_the_exact_base(type_: str, base: Base, tmp_path: Any) -> None:
    make = CASES[type_]
    case = make(base, tmp_path) if type_ == "restore_base" else make(base)
    for action in case.setup:
        base.apply(action)
    base_id = case.base_id or base.base_id
    st = base.app.extensions["tablo"]
    before = dump(base.app, base_id)
    if case.run is not None:
        case.run()
    else:
        assert case.action is not None and case.action["type"] == type_
        base.apply(case.action, base_id)
    with st.db.read() as conn:
        last = conn.execute(sa.select(cat.actions.c.type).where(cat.actions.c.base_id == base_id)
                            .order_by(cat.actions.c.id.desc()).limit(1)).scalar()
    assert last == type_
    after = dump(base.app, base_id)
    assert after != before, f"{type_}: the case changes nothing"
    undo_mod.undo(st.db, st.schema_cache, base_id, base.user_id, files_dir=st.config.files_dir)
    assert dump(base.app, base_id) == before, f"{type_}: undo does not restore the base"
    undo_mod.redo(st.db, st.schema_cache, base_id, base.user_id, files_dir=st.config.files_dir)
    assert dump(base.app, base_id) == after, f"{type_}: redo does not bring the change back"


def test_undo_of_duplicating_a_table_with_a_link(base: Base) -> None:
    st = base.app.extensions["tablo"]
    before = dump(base.app, base.base_id)
    base.apply({"type": "duplicate_table", "table_id": base.tasks, "name": "Tasks 2"})
    after = dump(base.app, base.base_id)
    undo_mod.undo(st.db, st.schema_cache, base.base_id, base.user_id, files_dir=st.config.files_dir)
    # The copy's link made its other side in the linked table; the undo takes that away too.
    assert dump(base.app, base.base_id) == before
    undo_mod.redo(st.db, st.schema_cache, base.base_id, base.user_id, files_dir=st.config.files_dir)
    assert dump(base.app, base.base_id) == after
