"""Automations: rules per table — a trigger and a list of actions — run in the background.

Triggers
- `row_added`; `row_updated` (optionally only when chosen columns change);
- `matches`: a row comes to match conditions (a view's filters or its own filter tree; the
  rows that matched are tracked in `automation_matches`, so only the change into matching
  fires, once);
- `schedule`: every day / week / month at a time in a time zone, for the rows that match
  conditions (per row, or once with the list: `per_row: false`); with `only_new`, only rows
  that came to match since the last run (time-driven conditions such as "overdue").

Actions: `notify` (members and/or the people in a collaborator column, message template with
`{Column}`), `set_cells` (of the triggering rows), `add_row` (to another table, optionally
linked back to the row), `send_email` (address or `{Email column}`), `webhook` (POST JSON;
same SSRF rules as base webhooks). Features add kinds with `register_action_kind` (documents:
`send_document`).

How it runs
- After an action commits, `on_entry` (called by the after-commit subscriber, subscriber.py) matches row triggers
  and queues a run (table `automation_runs`, status pending). A worker thread executes runs;
  the scheduler's `tick(now)` queues scheduled runs (time injected in tests). Rows and
  changes go through `apply_action` (in the log and history, broadcast, undoable), as system
  actions with client id `automation:<rule>:<depth>`.
- Each action of a run is tried on its own: a failure is recorded in the run's results and
  the others still run (status ok / partial / failed).
- Loops: changes made by a run carry its depth; a run at depth `MAX_DEPTH` triggers nothing
  more (recorded as skipped). Rates: at most `automation_runs_per_minute` runs per base.
- Several processes: runs are claimed with a conditional UPDATE and scheduled rules with a
  conditional UPDATE of `next_run_at`, so each runs once.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import logging
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from flask import current_app

from server.actions import changes
from server.actions.apply import apply_action
from server.automations import webhooks
from server.catalog import schema as cat
from server.catalog.model import TableMeta
from server.columns.base import ValueContext
from server.errors import ApiError, invalid
from server.notifications import mail, notify
from server.state import state
from server.workers import Worker, setting, team_runtime

log = logging.getLogger(__name__)

TRIGGERS = ("row_added", "row_updated", "matches", "schedule")
ROW_TRIGGERS = ("row_added", "row_updated", "matches")
ACTIONS = ("notify", "set_cells", "add_row", "send_email", "webhook")
# Action kinds features add (server/plugins.py): kind -> (validate, run). `validate(conn, table,
# action, path)` returns the stored action's fields (raising `fail(path, message)`);
# `run(runner, action)` does it for a run (a `_Run`) and returns its result.
ACTION_KINDS: dict[str, tuple[Callable[..., dict[str, Any]], Callable[..., dict[str, Any]]]] = {}


def register_action_kind(kind: str, validate: Callable[..., dict[str, Any]], run: Callable[..., dict[str, Any]]) -> None:
    ACTION_KINDS[kind] = (validate, run)
EVERY = ("day", "week", "month")
MAX_DEPTH = 3
MAX_ROWS_PER_RUN = 200
MAX_ACTIONS_PER_RULE = 20
MAX_RULES_PER_BASE = 100
CLIENT_PREFIX = "automation:"
TEMPLATE_RE = re.compile(r"\{([^{}]{1,200})\}")
# Placeholders that are not columns: the rule's row list and count (scheduled, per_row false).
SPECIAL_FIELDS = ("rows", "row_count", "rule", "table")
EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _fail(path: str, message: str) -> ApiError:
    return invalid(f"{path}: {message}", {path: [message]}, code="invalid_rule")


# -- validation ---------------------------------------------------------------------------------
def _template(table: TableMeta, text: Any, path: str, *, required: bool = True, max_len: int = 5000) -> str:
    if not isinstance(text, str) or (required and not text.strip()):
        raise _fail(path, "text is required")
    if len(text) > max_len:
        raise _fail(path, f"at most {max_len} characters")
    for name in TEMPLATE_RE.findall(text):
        if name not in SPECIAL_FIELDS and table.resolve_key(name) is None:
            raise _fail(path, f"the column {{{name}}} does not exist in {table.name!r}")
    return text


# What the action kinds features add use to check their fields like the built-in ones.
fail = _fail
template = _template


def _filters(table: TableMeta, spec: dict, path: str, conn: sa.Connection) -> dict[str, Any]:
    """`filters` (a view filter tree) or `view_id` (that view's filters, read at run time)."""
    from server.query.compile import CompileError, compile_view
    from server.query.settings import FilterShapeError, normalise_filter_tree

    out: dict[str, Any] = {}
    if spec.get("view_id") is not None:
        vid = spec["view_id"]
        v = cat.views
        ok = isinstance(vid, int) and conn.execute(sa.select(v.c.id).where(
            v.c.id == vid, v.c.table_id == table.id, v.c.deleted_at.is_(None), v.c.private_to.is_(None))).first()
        if not ok:
            raise _fail(f"{path}.view_id", "no such shared view in this table")
        out["view_id"] = vid
    if spec.get("filters") is not None:
        try:
            tree = normalise_filter_tree(spec["filters"], f"{path}.filters")
            compile_view(table, {"filters": tree}, strict=True, path=path)
        except FilterShapeError as exc:
            raise _fail(exc.path, exc.message) from None
        except CompileError as exc:
            raise _fail(exc.path, exc.message) from None
        out["filters"] = tree
    return out


def validate_trigger(conn: sa.Connection, table: TableMeta, trig: Any) -> dict[str, Any]:
    if not isinstance(trig, dict) or trig.get("type") not in TRIGGERS:
        raise _fail("trigger.type", f"one of {', '.join(TRIGGERS)}")
    kind = trig["type"]
    out: dict[str, Any] = {"type": kind}
    if kind == "row_updated":
        cols = trig.get("columns") or []
        if not isinstance(cols, list):
            raise _fail("trigger.columns", "a list of columns")
        ids = []
        for i, key in enumerate(cols):
            col = table.resolve_key(str(key))
            if col is None:
                raise _fail(f"trigger.columns[{i}]", f"no column {key!r} in {table.name!r}")
            ids.append(col.id)
        out["columns"] = ids
    elif kind == "matches":
        out.update(_filters(table, trig, "trigger", conn))
        if not out.get("filters") and not out.get("view_id"):
            raise _fail("trigger.filters", "give filters or a view_id")
    elif kind == "schedule":
        every = trig.get("every")
        if every not in EVERY:
            raise _fail("trigger.every", "day, week or month")
        out["every"] = every
        for name, lo, hi, default in (("hour", 0, 23, 8), ("minute", 0, 59, 0)):
            v = trig.get(name, default)
            if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
                raise _fail(f"trigger.{name}", f"a whole number from {lo} to {hi}")
            out[name] = v
        if every == "week":
            v = trig.get("weekday", 0)
            if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 6:
                raise _fail("trigger.weekday", "0 (Monday) to 6 (Sunday)")
            out["weekday"] = v
        if every == "month":
            v = trig.get("day", 1)
            if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 31:
                raise _fail("trigger.day", "1 to 31 (short months use their last day)")
            out["day"] = v
        tz = trig.get("timezone", "UTC")
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise _fail("trigger.timezone", "not a known time zone, e.g. Europe/Moscow") from None
        out["timezone"] = tz
        per_row = trig.get("per_row", True)
        if not isinstance(per_row, bool):
            raise _fail("trigger.per_row", "true or false")
        out["per_row"] = per_row
        only_new = trig.get("only_new", False)
        if not isinstance(only_new, bool):
            raise _fail("trigger.only_new", "true or false")
        out["only_new"] = only_new
        out.update(_filters(table, trig, "trigger", conn))
    return out


def validate_actions(conn: sa.Connection, schema: Any, table: TableMeta, acts: Any,
                     members: dict[int, dict]) -> list[dict[str, Any]]:
    if not isinstance(acts, list) or not acts:
        raise _fail("actions", "at least one action")
    if len(acts) > MAX_ACTIONS_PER_RULE:
        raise _fail("actions", f"at most {MAX_ACTIONS_PER_RULE} actions")
    out = []
    for i, a in enumerate(acts):
        p = f"actions[{i}]"
        if not isinstance(a, dict) or a.get("type") not in (*ACTIONS, *ACTION_KINDS):
            raise _fail(f"{p}.type", f"one of {', '.join((*ACTIONS, *ACTION_KINDS))}")
        kind = a["type"]
        v: dict[str, Any] = {"type": kind}
        if kind == "notify":
            users = []
            by_email = {m["email"].casefold(): uid for uid, m in members.items()}
            for j, u in enumerate(a.get("users") or []):
                if isinstance(u, int) and not isinstance(u, bool) and u in members:
                    users.append(u)
                elif isinstance(u, str) and u.strip().casefold() in by_email:
                    users.append(by_email[u.strip().casefold()])
                else:
                    raise _fail(f"{p}.users[{j}]", "not a member of this base")
            v["users"] = users
            if a.get("user_column") is not None:
                col = table.resolve_key(str(a["user_column"]))
                if col is None or not is_people(schema, col):
                    raise _fail(f"{p}.user_column", "a collaborator column (or a lookup of one) of this table")
                v["user_column"] = col.id
            if not users and "user_column" not in v:
                raise _fail(f"{p}.users", "give users or a user_column")
            v["message"] = _template(table, a.get("message"), f"{p}.message")
        elif kind == "set_cells":
            v["values"] = _values(table, a.get("values"), f"{p}.values", members, templates=None)
        elif kind == "add_row":
            tid = a.get("table_id")
            target = schema.table(tid) if isinstance(tid, int) and not isinstance(tid, bool) else None
            if target is None:
                raise _fail(f"{p}.table_id", "no such table in this base")
            v["table_id"] = target.id
            v["values"] = _values(target, a.get("values") or {}, f"{p}.values", members, templates=table,
                                  allow_empty=True)
            if a.get("link_column") is not None:
                col = target.resolve_key(str(a["link_column"]))
                if col is None or col.type != "link" or col.options.get("table_id") != table.id:
                    raise _fail(f"{p}.link_column", f"a link column of {target.name!r} to {table.name!r}")
                v["link_column"] = col.id
        elif kind == "send_email":
            v["to"] = _template(table, a.get("to"), f"{p}.to", max_len=500)
            if not TEMPLATE_RE.search(v["to"]) and not all(EMAIL_RE.match(x.strip()) for x in v["to"].split(",")):
                raise _fail(f"{p}.to", "an email address, or a {Column} holding one")
            v["subject"] = _template(table, a.get("subject"), f"{p}.subject", max_len=300)
            v["body"] = _template(table, a.get("body"), f"{p}.body")
        elif kind in ACTION_KINDS:
            v.update(ACTION_KINDS[kind][0](conn, table, a, p))
        elif kind == "webhook":
            url = a.get("url")
            if not isinstance(url, str) or len(url) > 2000:
                raise _fail(f"{p}.url", "an http(s) URL")
            try:
                webhooks.check_target(url, webhooks.allow_private(conn))
            except webhooks.Refused as exc:
                raise _fail(f"{p}.url", str(exc)) from None
            v["url"] = url
            if a.get("secret") is not None:
                if not isinstance(a["secret"], str) or not 1 <= len(a["secret"]) <= 200:
                    raise _fail(f"{p}.secret", "1 to 200 characters")
                v["secret"] = a["secret"]
        out.append(v)
    return out


def _values(table: TableMeta, values: Any, path: str, members: dict[int, dict], templates: TableMeta | None,
            allow_empty: bool = False) -> dict[str, Any]:
    """Column → value, keyed by column id; values are checked now so a rule cannot store junk.
    With `templates`, text values may use {Column} of that (the triggering) table."""
    if not isinstance(values, dict) or (not values and not allow_empty):
        raise _fail(path, "an object of column: value")
    out: dict[str, Any] = {}
    vctx = ValueContext(members=members)
    for key, value in values.items():
        col = table.resolve_key(str(key))
        if col is None:
            raise _fail(f"{path}.{key}", f"no column {key!r} in {table.name!r}")
        if col.type_cls.read_only or col.phys is None:
            raise _fail(f"{path}.{key}", f"the column {col.name!r} is read-only")
        if templates is not None and isinstance(value, str) and TEMPLATE_RE.search(value):
            out[col.key] = _template(templates, value, f"{path}.{key}")
            continue
        try:
            col.type_cls.to_db(value, col, vctx)
        except Exception as exc:
            raise _fail(f"{path}.{key}", str(exc) or f"invalid value for a {col.type} column") from None
        out[col.key] = value
    return out


def is_people(schema: Any, col: Any, depth: int = 0) -> bool:
    """A column whose cells name members: collaborator, creator, or a lookup of such a column."""
    if col.type in ("collaborator", "creator", "last-modifier"):
        return True
    if col.type == "lookup" and depth < 5:
        found = schema.column(col.options.get("column_id") or 0)
        return found is not None and is_people(schema, found[1], depth + 1)
    return False


def people_in(value: Any) -> list[int]:
    """User ids in a cell: ids, lists of ids, and the JSON text lookups carry for them."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, list):
        return [u for v in value for u in people_in(v)]
    if isinstance(value, str) and value[:1] in "[0123456789":
        try:
            return people_in(json.loads(value))
        except ValueError:
            return []
    return []


def create_rule(conn: sa.Connection, schema: Any, table: TableMeta, name: str, trigger: Any, actions: Any,
                created_by: int | None, active: bool = True) -> int:
    """Validate and store a rule, and arm it; returns its id (raises 422 naming the bad field)."""
    r = cat.automation_rules
    n = conn.execute(sa.select(sa.func.count()).select_from(r).where(r.c.base_id == table.base_id)).scalar_one()
    if n >= MAX_RULES_PER_BASE:
        raise invalid(f"a base has at most {MAX_RULES_PER_BASE} automations", {"name": ["too many"]})
    trig = validate_trigger(conn, table, trigger)
    acts = validate_actions(conn, schema, table, actions, changes.members(conn, table.base_id))
    rid = conn.execute(sa.insert(r).values(base_id=table.base_id, table_id=table.id, name=name.strip()[:200],
                                           active=active, trigger=trig, actions=acts, created_by=created_by,
                                           created_at=_now()).returning(r.c.id)).scalar_one()
    arm(conn, rid, table, trig)
    return rid


def arm(conn: sa.Connection, rule_id: int, table: TableMeta, trig: dict) -> None:
    """Scheduled rules get their next time; `matches` rules start from what matches now."""
    r = cat.automation_rules
    nxt = next_occurrence(trig, _now()) if trig["type"] == "schedule" else None
    conn.execute(sa.update(r).where(r.c.id == rule_id).values(next_run_at=nxt))
    if trig["type"] == "matches":
        seed_matches(conn, rule_id, table, trig)
    else:
        conn.execute(sa.delete(cat.automation_matches).where(cat.automation_matches.c.rule_id == rule_id))


# -- schedule -----------------------------------------------------------------------------------
def next_occurrence(trig: dict[str, Any], after: dt.datetime) -> dt.datetime:
    """The first scheduled moment strictly after `after` (naive UTC in, naive UTC out)."""
    tz = ZoneInfo(trig.get("timezone", "UTC"))
    local = after.replace(tzinfo=dt.UTC).astimezone(tz)
    hour, minute = trig.get("hour", 8), trig.get("minute", 0)

    def at(d: dt.date) -> dt.datetime:
        return dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=tz)

    day = local.date()
    for _ in range(400):
        ok = trig["every"] == "day" or (trig["every"] == "week" and day.weekday() == trig.get("weekday", 0)) or (
            trig["every"] == "month" and day.day == min(trig.get("day", 1), calendar.monthrange(day.year, day.month)[1]))
        if ok and at(day) > local:
            return at(day).astimezone(dt.UTC).replace(tzinfo=None)
        day += dt.timedelta(days=1)
    raise ValueError("no next occurrence")  # unreachable for valid triggers


def tick(now: dt.datetime | None = None) -> int:
    """Queue the runs of scheduled rules that are due; returns how many were queued."""
    r = cat.automation_rules
    st = state()
    now = now or _now()
    with st.db.read() as conn:
        due = conn.execute(sa.select(r).where(r.c.active.is_(True), r.c.next_run_at.is_not(None),
                                              r.c.next_run_at <= now)).all()
    queued = 0
    for rule in due:
        with st.db.write() as conn:
            claimed = conn.execute(sa.update(r).where(r.c.id == rule.id, r.c.next_run_at == rule.next_run_at)
                                   .values(next_run_at=next_occurrence(rule.trigger, now)))
            if claimed.rowcount != 1:
                continue  # another process has it
            schema = st.schema_cache.get(conn, rule.base_id)
            table = schema.table(rule.table_id)
            if table is None:
                continue
            if rule.trigger.get("only_new"):
                ids = _newly_matching(conn, rule.id, table, rule.trigger, now)
            else:
                ids = matching_rows(conn, table, rule.trigger, now, limit=MAX_ROWS_PER_RUN)
            if ids or not (rule.trigger.get("filters") or rule.trigger.get("view_id")):
                queue_run(conn, rule, "schedule", None, 0, ids, now)
                queued += 1
    if queued:
        kick()
    return queued


def _newly_matching(conn: sa.Connection, rule_id: int, table: TableMeta, trig: dict, now: dt.datetime) -> list[str]:
    """Scheduled `only_new`: rows matching now that did not at the last run (conditions that
    change with time, like "overdue", have no action to fire on). The first run takes every
    matching row; rows beyond one run's limit stay new for the next run."""
    m = cat.automation_matches
    now_ids = matching_rows(conn, table, trig, now)
    tracked = {r[0] for r in conn.execute(sa.select(m.c.row_id).where(m.c.rule_id == rule_id))}
    current = set(now_ids)
    gone = [r for r in tracked if r not in current]
    if gone:
        conn.execute(sa.delete(m).where(m.c.rule_id == rule_id, m.c.row_id.in_(gone)))
    new = [r for r in now_ids if r not in tracked][:MAX_ROWS_PER_RUN]
    if new:
        conn.execute(sa.insert(m), [{"rule_id": rule_id, "row_id": r} for r in new])
    return new


def matching_rows(conn: sa.Connection, table: TableMeta, trig: dict, now: dt.datetime, *,
                  row_ids: list[str] | None = None, limit: int | None = None) -> list[str]:
    """Rows matching the trigger's conditions, in table order (all rows when it has none)."""
    t = table.sa_table
    q = sa.select(t.c._id)
    where = _where(conn, table, trig, now)
    if where is not None:
        q = q.where(where)
    if row_ids is not None:
        q = q.where(t.c._id.in_(row_ids))
    q = q.order_by(t.c._order, t.c.id)
    if limit:
        q = q.limit(limit)
    return [r[0] for r in conn.execute(q)]


def _where(conn: sa.Connection, table: TableMeta, trig: dict, now: dt.datetime) -> Any:
    from server.query.compile import compile_view
    from server.query.operators import FilterContext

    fctx = FilterContext(timezone=trig.get("timezone", "UTC"), now=now.replace(tzinfo=dt.UTC),
                         members=changes.members(conn, table.base_id))
    parts = []
    if trig.get("view_id"):
        settings = conn.execute(sa.select(cat.views.c.settings).where(
            cat.views.c.id == trig["view_id"], cat.views.c.deleted_at.is_(None))).scalar()
        if settings is not None:
            w = compile_view(table, settings, fctx).where
            if w is not None:
                parts.append(w)
    if trig.get("filters"):
        w = compile_view(table, {"filters": trig["filters"]}, fctx).where
        if w is not None:
            parts.append(w)
    return sa.and_(*parts) if parts else None


def seed_matches(conn: sa.Connection, rule_id: int, table: TableMeta, trig: dict) -> None:
    """Rows that match when a `matches` rule is made (or changed) do not fire: only changes into it."""
    m = cat.automation_matches
    conn.execute(sa.delete(m).where(m.c.rule_id == rule_id))
    t = table.sa_table
    q = sa.select(sa.literal(rule_id, sa.Integer), t.c._id)
    where = _where(conn, table, trig, _now())
    if where is not None:
        q = q.where(where)
    conn.execute(sa.insert(m).from_select(["rule_id", "row_id"], q))


# -- triggers after commit ----------------------------------------------------------------------
def depth_of(entry: dict[str, Any]) -> int:
    cid = entry.get("client_id") or ""
    # Only the system's own actions carry a depth: a person cannot dodge rules by naming
    # their client "automation:…".
    if cid.startswith(CLIENT_PREFIX) and entry.get("user_id") is None:
        try:
            return int(cid.rsplit(":", 1)[1])
        except ValueError:
            return MAX_DEPTH
    return 0


def active_row_rules(conn: sa.Connection, base_id: int) -> list[Any]:
    r = cat.automation_rules
    rows = conn.execute(sa.select(r).where(r.c.base_id == base_id, r.c.active.is_(True))).all()
    return [x for x in rows if (x.trigger or {}).get("type") in ROW_TRIGGERS]


def on_entry(conn: sa.Connection, schema: Any, entry: dict[str, Any], evs: list[dict], rules: list[Any]) -> int:
    """Queue runs for the row triggers this committed action fires; returns how many."""
    depth = depth_of(entry)
    now = _now()
    queued = 0
    for rule in rules:
        table = schema.table(rule.table_id)
        if table is None:
            continue
        trig = rule.trigger
        ids = _fired(conn, table, rule, trig, evs, now)
        if not ids:
            continue
        queue_run(conn, rule, trig["type"], entry["id"], depth, ids[:MAX_ROWS_PER_RUN], now)
        queued += 1
    return queued


def _fired(conn: sa.Connection, table: TableMeta, rule: Any, trig: dict, evs: list[dict],
           now: dt.datetime) -> list[str]:
    added = [r["_id"] for e in evs if e["table_id"] == table.id and e["event"] == "row.inserted" for r in e["rows"]]
    updated = [r for e in evs if e["table_id"] == table.id and e["event"] == "row.updated" for r in e["rows"]]
    deleted = [r["_id"] for e in evs if e["table_id"] == table.id and e["event"] == "row.deleted" for r in e["rows"]]
    if trig["type"] == "row_added":
        return added
    if trig["type"] == "row_updated":
        watch = {str(c) for c in trig.get("columns") or []}
        return [r["_id"] for r in updated if not watch or watch & set(r.get("raw") or {})]
    # matches: rows now matching that were not before.
    m = cat.automation_matches
    if deleted:
        conn.execute(sa.delete(m).where(m.c.rule_id == rule.id, m.c.row_id.in_(deleted)))
    touched = list(dict.fromkeys(added + [r["_id"] for r in updated]))
    if not touched:
        return []
    now_matching = set(matching_rows(conn, table, trig, now, row_ids=touched))
    before = {r[0] for r in conn.execute(sa.select(m.c.row_id).where(m.c.rule_id == rule.id,
                                                                    m.c.row_id.in_(touched)))}
    gone = [r for r in touched if r in before and r not in now_matching]
    new = [r for r in touched if r in now_matching and r not in before]
    if gone:
        conn.execute(sa.delete(m).where(m.c.rule_id == rule.id, m.c.row_id.in_(gone)))
    if new:
        conn.execute(sa.insert(m), [{"rule_id": rule.id, "row_id": r} for r in new])
    return new


def queue_run(conn: sa.Connection, rule: Any, trigger: str, action_id: int | None, depth: int, row_ids: list[str],
           now: dt.datetime) -> None:
    ar = cat.automation_runs
    status, error = "pending", None
    if depth >= MAX_DEPTH:
        status, error = "skipped", f"loop limit: changes made {depth} automation steps deep trigger nothing more"
    else:
        limit = int(setting("automation_runs_per_minute", 600))
        recent = conn.execute(sa.select(sa.func.count()).select_from(ar).where(
            ar.c.base_id == rule.base_id, ar.c.created_at > now - dt.timedelta(minutes=1),
            ar.c.status != "skipped")).scalar_one()
        if recent >= limit:
            status, error = "skipped", f"rate limit: at most {limit} automation runs per minute in a base"
    conn.execute(sa.insert(ar).values(rule_id=rule.id, base_id=rule.base_id, trigger=trigger, action_id=action_id,
                                      depth=depth, row_ids=row_ids, status=status, error=error, created_at=now,
                                      finished_at=now if status == "skipped" else None))


# -- running ------------------------------------------------------------------------------------
def worker() -> Worker:
    rt = team_runtime()
    if "automations" not in rt:
        rt["automations"] = Worker(current_app._get_current_object(), "tablo-automations", step)  # type: ignore[attr-defined]
    return rt["automations"]


def kick() -> None:
    worker().kick()


def wait_idle(timeout: float = 10.0) -> bool:
    rt = team_runtime()
    return rt["automations"].wait_idle(timeout) if "automations" in rt else True


def step() -> float | None:
    ar = cat.automation_runs
    with state().db.read() as conn:
        ids = conn.execute(sa.select(ar.c.id).where(ar.c.status == "pending").order_by(ar.c.id).limit(20)
                           ).scalars().all()
    for run_id in ids:
        run_one(run_id)
    return 0.0 if ids else None


def run_one(run_id: int) -> None:
    ar, r = cat.automation_runs, cat.automation_rules
    st = state()
    with st.db.write() as conn:
        claimed = conn.execute(sa.update(ar).where(ar.c.id == run_id, ar.c.status == "pending")
                               .values(status="running", started_at=_now()))
        if claimed.rowcount != 1:
            return
        run = conn.execute(sa.select(ar).where(ar.c.id == run_id)).one()
        rule = conn.execute(sa.select(r).where(r.c.id == run.rule_id)).first()
    results: list[dict[str, Any]] = []
    error = None
    try:
        if rule is None or not rule.active:
            raise _RunError("the rule was switched off or deleted")
        with st.db.read() as conn:
            table = st.schema_cache.get(conn, rule.base_id).table(rule.table_id)
        if table is None:
            raise _RunError("the rule's table was deleted")
        runner = _Run(rule, run, table)
        for i, act in enumerate(rule.actions):
            try:
                out = runner.do(act)
                results.append({"action": i, "type": act["type"], "ok": True, **out})
            except ApiError as exc:
                results.append({"action": i, "type": act["type"], "ok": False, "error": exc.message})
            except Exception as exc:  # report and go on with the next action
                log.exception("automation %s action %s failed", rule.id, i)
                results.append({"action": i, "type": act["type"], "ok": False, "error": f"{type(exc).__name__}: {exc}"})
    except _RunError as exc:
        error = str(exc)
    oks = [x["ok"] for x in results]
    status = "failed" if error or not any(oks) else ("ok" if all(oks) else "partial")
    if error is None and not all(oks):
        error = next(x["error"] for x in results if not x["ok"])
    with st.db.write() as conn:
        conn.execute(sa.update(ar).where(ar.c.id == run_id).values(status=status, results=results, error=error,
                                                                   finished_at=_now()))


class _RunError(Exception):
    pass


class _Run:
    """One run of one rule: its rows read once, each action done through the one write path."""

    def __init__(self, rule: Any, run: Any, table: TableMeta) -> None:
        from server.query.rows import select_rows

        self.rule, self.run, self.table = rule, run, table
        st = state()
        self.st = st
        with st.db.read() as conn:
            self.members = changes.members(conn, rule.base_id)
            ids = list(run.row_ids or [])
            rows = select_rows(conn, table, where=table.sa_table.c._id.in_(ids)) if ids else []
        by_id = {r["_id"]: r for r in rows}
        self.rows = [by_id[i] for i in ids if i in by_id]  # rows deleted since are skipped
        with st.db.read() as conn:
            self.schema = st.schema_cache.get(conn, rule.base_id)
        self.vctx = ValueContext(members=self.members)
        self.client_id = f"{CLIENT_PREFIX}{rule.id}:{run.depth + 1}"

    # -- helpers ----------------------------------------------------------------------------
    def text_of(self, rec: Any, col: Any) -> str:
        from server.actions.handlers.rows import row_to_api

        val = row_to_api(self.table, rec, self.vctx).get(col.key)
        if val is None or val == [] or val == "":
            return ""
        if is_people(self.schema, col):
            # Emails: unique, and a collaborator cell filled from this text finds the person.
            return ", ".join(dict.fromkeys(self.members[u]["email"] for u in people_in(val) if u in self.members))
        if col.phys is not None:
            try:
                return col.type_cls.to_text(rec[col.phys], col, self.vctx)
            except Exception:  # fall back to the API value
                pass
        if isinstance(val, float) and val.is_integer():
            return str(int(val))  # a computed whole number reads "154", not "154.0"
        if isinstance(val, list):
            return ", ".join(str(v.get("display_value", v)) if isinstance(v, dict) else str(v) for v in val)
        return str(val)

    def render(self, text: str, rec: Any | None) -> str:
        def sub(m: re.Match) -> str:
            name = m.group(1)
            if name == "rows":
                return "\n".join(f"- {self.name_of(r)}" for r in self.rows)
            if name == "row_count":
                return str(len(self.rows))
            if name == "rule":
                return self.rule.name
            if name == "table":
                return self.table.name
            col = self.table.resolve_key(name)
            if col is None or rec is None:
                return ""
            return self.text_of(rec, col)

        return TEMPLATE_RE.sub(sub, text)

    def name_of(self, rec: Any) -> str:
        prim = self.table.primary
        return (self.text_of(rec, prim) if prim else "") or rec["_id"]

    def targets(self) -> list[Any | None]:
        """Per-row actions act on each row; a scheduled rule with per_row false acts once."""
        if self.rule.trigger.get("type") == "schedule" and not self.rule.trigger.get("per_row", True):
            return [None]
        return list(self.rows)

    def apply(self, action: dict[str, Any]) -> dict[str, Any]:
        res = apply_action(self.st.db, self.st.schema_cache, self.rule.base_id, None, action,
                           client_id=self.client_id, files_dir=self.st.config.files_dir)
        return {"version": res.version, "action_id": res.action_id}

    # -- actions ----------------------------------------------------------------------------
    def do(self, act: dict[str, Any]) -> dict[str, Any]:
        if act["type"] in ACTION_KINDS:
            return ACTION_KINDS[act["type"]][1](self, act)
        return getattr(self, "do_" + act["type"])(act)

    def do_notify(self, act: dict) -> dict:
        created: list[dict] = []
        with self.st.db.write() as conn:
            for rec in self.targets():
                users = list(act.get("users") or [])
                col = self.table.column(act["user_column"]) if act.get("user_column") else None
                if col is not None and rec is not None:
                    from server.actions.handlers.rows import row_to_api

                    users += people_in(row_to_api(self.table, rec, ValueContext(members=self.members)).get(col.key))
                users = [u for u in dict.fromkeys(users) if u in self.members]
                payload = {"title": self.rule.name, "message": self.render(act["message"], rec),
                           "table_id": self.table.id, "table_name": self.table.name, "rule_id": self.rule.id,
                           "row_id": rec["_id"] if rec is not None else None,
                           "row_name": self.name_of(rec) if rec is not None else None,
                           "row_ids": [r["_id"] for r in self.rows] if rec is None else None}
                created += notify.create(conn, users, self.rule.base_id, "automation", None, payload)
        notify.after_commit(created)
        return {"notified": len(created)}

    def do_set_cells(self, act: dict) -> dict:
        if not self.rows:
            return {"rows": 0}
        rows = [{"_id": r["_id"], **act["values"]} for r in self.rows]
        return {"rows": len(rows), **self.apply({"type": "update_rows", "table_id": self.table.id, "rows": rows})}

    def do_add_row(self, act: dict) -> dict:
        new_rows = []
        for rec in self.targets():
            row = {k: (self.render(v, rec) if isinstance(v, str) and TEMPLATE_RE.search(v) else v)
                   for k, v in act["values"].items()}
            if act.get("link_column") and rec is not None:
                row[str(act["link_column"])] = [rec["_id"]]
            new_rows.append(row)
        if not new_rows:
            return {"rows": 0}
        return {"rows": len(new_rows),
                **self.apply({"type": "insert_rows", "table_id": act["table_id"], "rows": new_rows})}

    def do_send_email(self, act: dict) -> dict:
        if not mail.configured():
            raise ApiError(422, "no_smtp", "no SMTP server is configured on this server")
        sent, bad = 0, []
        for rec in self.targets():
            for to in (x.strip() for x in self.render(act["to"], rec).split(",")):
                if not EMAIL_RE.match(to):
                    bad.append(to or "(empty)")
                    continue
                mail.queue_mail(mail.Mail(to=to, subject=self.render(act["subject"], rec),
                                          text=self.render(act["body"], rec)))
                sent += 1
        if bad and not sent:
            raise ApiError(422, "bad_address", f"no valid address to send to: {', '.join(bad[:5])}")
        return {"emails": sent, "skipped_addresses": bad}

    def do_webhook(self, act: dict) -> dict:
        from server.actions.handlers.rows import row_to_api

        vctx = ValueContext(members=self.members, by_name=True)
        body = json.dumps({"event": "automation", "rule": {"id": self.rule.id, "name": self.rule.name},
                           "base_id": self.rule.base_id, "table_id": self.table.id, "table_name": self.table.name,
                           "rows": [{**row_to_api(self.table, r, vctx)} for r in self.rows]},
                          ensure_ascii=False, default=str).encode()
        headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "Tablo-Automations/1",
                   webhooks.EVENT_HEADER: "automation"}
        if act.get("secret"):
            headers[webhooks.SIGNATURE_HEADER] = webhooks.sign(act["secret"], body)
        try:
            status = webhooks.post(act["url"], body, headers, webhooks.allow_private(),
                                   float(setting("webhook_timeout_seconds", 10.0)))
        except webhooks.Refused as exc:
            raise ApiError(422, "refused", f"refused: {exc}") from None
        except OSError as exc:
            raise ApiError(502, "unreachable", f"{type(exc).__name__}: {exc}") from None
        if not 200 <= status < 300:
            raise ApiError(502, "bad_status", f"HTTP {status}")
        return {"status": status}
