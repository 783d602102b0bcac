"""The SQL of SeaTable's `POST /sql`: a SELECT subset parsed with sqlglot and compiled onto our tables.

The text is parsed into a tree and every node is translated into a SQLAlchemy expression
over the table's physical columns; nothing of the caller's SQL reaches the database as text
(names become catalog lookups, values become bind parameters). Anything outside the subset
(joins, subqueries, UNION, functions other than COUNT/SUM/AVG/MIN/MAX, writes) is refused
with a message naming it.

Supported: SELECT with column lists, aliases, `*` and DISTINCT; one table by name; WHERE
with = != <> < <= > >=, AND/OR/NOT, IN, LIKE, BETWEEN, IS [NOT] NULL and `?` parameters;
GROUP BY with COUNT/SUM/AVG/MIN/MAX (also of formula, rollup and lookup columns) and HAVING;
ORDER BY; LIMIT/OFFSET (also `LIMIT o, n`).

The route is in server/api/seatable/routes.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from server.catalog.model import BaseSchema, ColumnMeta, TableMeta
from server.columns.base import CellError, ColumnType, ValueContext
from server.columns.dates import parse_date
from server.columns.registry import get_type
from server.errors import ApiError
from server.formulas import compiler as C
from server.query.access import row_filter
from server.seatable.shared import Unsupported, find_table, max_rows_per_read
from server.seatable.values import _num, column_out, iso, user_out, value_reader
from server.storage.dialect import as_text, fold

MAX_SQL_LENGTH = 20_000
SYSTEM_TYPES = {"_id": "text", "_ctime": "ctime", "_mtime": "mtime", "_creator": "creator",
                "_last_modifier": "last-modifier"}
AGGREGATES = {exp.Count: "COUNT", exp.Sum: "SUM", exp.Avg: "AVG", exp.Min: "MIN", exp.Max: "MAX"}
_CLAUSES = {"joins": "JOIN (or several tables in FROM)", "with": "WITH", "with_": "WITH", "laterals": "LATERAL",
            "windows": "WINDOW", "qualify": "QUALIFY", "into": "SELECT INTO", "locks": "FOR UPDATE",
            "pivots": "PIVOT", "sample": "TABLESAMPLE", "connect": "CONNECT BY", "prewhere": "PREWHERE",
            "cluster": "CLUSTER BY", "distribute": "DISTRIBUTE BY", "sort": "SORT BY", "match": "MATCH",
            "kind": "SELECT AS STRUCT", "settings": "SETTINGS", "format": "FORMAT", "options": "OPTION"}


def sql_error(message: str) -> ApiError:
    return ApiError(400, "invalid_sql", message, {"sql": [message]})


@dataclass
class Val:
    """A compiled value: its SQL, and what it reads (a column, a system field or an aggregate)."""

    expr: Any
    col: ColumnMeta | None = None
    system: str | None = None
    agg: str | None = None
    # The values' kind when neither a column nor a system field says it (MIN of a lookup's dates).
    kind: str | None = None

    @property
    def type(self) -> str:
        if self.agg in ("COUNT", "SUM", "AVG"):
            return "number"
        if self.col is not None:
            return self.col.type
        return SYSTEM_TYPES.get(self.system or "", "text")

    @property
    def type_cls(self) -> ColumnType:
        """The column type the value has (what it may be compared with, summed, grouped by)."""
        return get_type(self.type)

    @property
    def what(self) -> str:
        return self.col.name if self.col is not None else (self.system or "value")


@dataclass
class Output:
    label: str
    name: str
    key: str
    val: Val
    meta: dict[str, Any]
    aliased: bool = False


@dataclass
class Compiled:
    table: TableMeta
    stmt: sa.Select
    outputs: list[Output] = field(default_factory=list)
    capped: bool = False
    limit: int = 0


class _Compiler:
    def __init__(self, schema: BaseSchema, params: list[Any], members: dict[int, dict]) -> None:
        self.schema = schema
        self.params = params
        self.param_i = 0
        self.members = members
        self.table: TableMeta | None = None
        self.names: set[str] = set()
        self.aliases: dict[str, Output] = {}
        self.group_keys: set[str] | None = None

    # -- names ----------------------------------------------------------------------------
    def column(self, node: exp.Column) -> Val:
        assert self.table is not None
        qualifier = node.table
        if qualifier and qualifier not in self.names:
            raise sql_error(f"unknown table {qualifier!r} in {node.sql(dialect='mysql')}")
        name = node.name
        if not isinstance(node.this, exp.Identifier):
            raise Unsupported(f"the expression {node.sql(dialect='mysql')}")
        t = self.table.sa_table
        if name in SYSTEM_TYPES:
            return Val(t.c[name], system=name)
        col = next((c for c in self.table.columns if c.name == name), None) or \
            next((c for c in self.table.columns if c.name.casefold() == name.casefold()), None)
        if col is None:
            raise sql_error(f"no column {name!r} in table {self.table.name!r}")
        return Val(col.type_cls.expression(t, col), col=col)

    def _key(self, val: Val) -> str:
        return f"c{val.col.id}" if val.col is not None else f"s{val.system}"

    # -- values -----------------------------------------------------------------------------
    def value(self, node: exp.Expression, aggregates: bool) -> Val:
        if isinstance(node, exp.Paren):
            return self.value(node.this, aggregates)
        if isinstance(node, exp.Column):
            if self.group_keys is not None and node.name in self.aliases and not node.table:
                return self.aliases[node.name].val
            val = self.column(node)
            if self.group_keys is not None and self._key(val) not in self.group_keys:
                raise sql_error(f"{val.what!r} must be in GROUP BY or inside COUNT/SUM/AVG/MIN/MAX")
            return val
        agg = AGGREGATES.get(type(node))
        if agg is not None:
            if not aggregates:
                raise sql_error(f"{agg}() is not allowed here (aggregates belong in the select list, HAVING "
                                "or ORDER BY)")
            return self.aggregate(agg, node)
        raise Unsupported(f"the expression {node.sql(dialect='mysql')!r} (use columns and COUNT/SUM/AVG/MIN/MAX)")

    def aggregate(self, agg: str, node: exp.Expression) -> Val:
        arg = node.this
        distinct = False
        if isinstance(arg, exp.Distinct):
            distinct = True
            items = arg.expressions
            if len(items) != 1:
                raise Unsupported(f"{agg}(DISTINCT ...) over several values")
            arg = items[0]
        if agg == "COUNT" and isinstance(arg, exp.Star):
            return Val(sa.func.count(), agg=agg)
        if not isinstance(arg, exp.Column):
            raise Unsupported(f"{agg}() of {arg.sql(dialect='mysql')!r}; aggregate a column")
        saved, self.group_keys = self.group_keys, None  # a column inside an aggregate need not be grouped
        try:
            inner = self.column(arg)
        finally:
            self.group_keys = saved
        e = sa.distinct(inner.expr) if distinct else inner.expr
        if agg == "COUNT":
            return Val(sa.func.count(e), agg=agg)
        if inner.col is not None and inner.col.type_cls.formula_computed:
            return self.computed_aggregate(agg, inner, distinct)
        if agg in ("SUM", "AVG"):
            # Auto numbers are text on SeaTable (prefix and digits): not summed.
            summable = inner.type_cls.chart_numbers and inner.type != "auto-number"
            if not summable and inner.type_cls.family != "checkbox":
                raise sql_error(f"{agg}() needs a number column; {inner.what!r} is {inner.type}")
            e = sa.cast(e, sa.Integer) if inner.type_cls.family == "checkbox" else e
            return Val(sa.func.sum(e) if agg == "SUM" else sa.func.avg(e), agg=agg)
        if inner.type_cls.list_value or inner.type_cls.family == "select":
            raise sql_error(f"{agg}() does not apply to {inner.type} columns like {inner.what!r}")
        fn = sa.func.min if agg == "MIN" else sa.func.max
        return Val(fn(e), col=inner.col, system=inner.system, agg=agg)

    def computed_aggregate(self, agg: str, inner: Val, distinct: bool) -> Val:
        """SUM/AVG/MIN/MAX of a formula, rollup or lookup column: over the values of its result
        type (cells with errors left out); a lookup's rows contribute each of their values."""
        assert self.table is not None and inner.col is not None
        col, t = inner.col, self.table.sa_table
        summary = col.type_cls.row_summary(t, col, "sum")
        if summary is not None:
            if distinct:
                raise Unsupported(f"{agg}(DISTINCT ...) of the lookup column {col.name!r}")
            kind = summary[1]
            if agg in ("SUM", "AVG") and kind != "number":
                raise sql_error(f"{agg}() needs numbers; the lookup {col.name!r} holds dates")
            if agg == "SUM":
                return Val(sa.func.sum(summary[0]), agg=agg)
            if agg == "AVG":
                count = col.type_cls.row_summary(t, col, "count")
                assert count is not None
                return Val(sa.func.sum(summary[0]) / sa.func.nullif(sa.func.sum(count[0]), 0), agg=agg)
            part = col.type_cls.row_summary(t, col, agg.lower())
            assert part is not None
            fn = sa.func.min if agg == "MIN" else sa.func.max
            return Val(fn(part[0]), agg=agg, kind=kind)
        plain = get_type(col.type_cls.result_type(col))
        kind = "number" if plain.family == "number" else "date" if plain.family == "date" else plain.family
        if kind not in ("number", "date") or (agg in ("SUM", "AVG") and kind != "number"):
            raise sql_error(f"{agg}() needs a number column; {col.name!r} gives {plain.type_id}")
        e = C.errors_as_null(inner.expr, kind)
        e = sa.distinct(e) if distinct else e
        fn = {"SUM": sa.func.sum, "AVG": sa.func.avg, "MIN": sa.func.min, "MAX": sa.func.max}[agg]
        return Val(fn(e), col=col if agg in ("MIN", "MAX") else None, agg=agg)

    # -- literals ---------------------------------------------------------------------------
    def literal(self, node: exp.Expression) -> Any:
        if isinstance(node, exp.Paren):
            return self.literal(node.this)
        if isinstance(node, exp.Null):
            return None
        if isinstance(node, exp.Boolean):
            return bool(node.this)
        if isinstance(node, exp.Literal):
            if node.is_string:
                return node.this
            text = node.this
            if re.search(r"[.eE]", text):
                return float(text)
            n = int(text)
            # Beyond 64 bits a database cannot bind an integer; as a number it is still a number.
            return n if abs(n) < 2**63 else float(n)
        if isinstance(node, exp.Neg):
            v = self.literal(node.this)
            if isinstance(v, int | float) and not isinstance(v, bool):
                return -v
            raise sql_error(f"cannot negate {node.this.sql(dialect='mysql')}")
        if isinstance(node, exp.Placeholder):
            if self.param_i >= len(self.params):
                raise sql_error(f"the query has more ? placeholders than parameters ({len(self.params)})")
            v = self.params[self.param_i]
            self.param_i += 1
            if v is not None and not isinstance(v, str | int | float | bool):
                raise sql_error(f"parameter {self.param_i} must be text, a number, true/false or null")
            if isinstance(v, int) and not isinstance(v, bool) and abs(v) >= 2**63:
                return float(v)
            return v
        raise Unsupported(f"the value {node.sql(dialect='mysql')!r} (use literals or ? parameters)")

    def is_literal(self, node: exp.Expression) -> bool:
        while isinstance(node, exp.Paren):
            node = node.this
        return isinstance(node, exp.Literal | exp.Null | exp.Boolean | exp.Placeholder | exp.Neg)

    def coerce(self, val: Val, lit: Any, op: str) -> Any:
        """A literal as the stored form of the value it is compared with."""
        if lit is None:
            return None
        t = val.type
        family = val.type_cls.family
        if val.type_cls.list_value:
            raise Unsupported(f"{op} on {t} columns like {val.what!r} (IS NULL and IS NOT NULL work)")
        if family == "number" and t != "auto-number":
            return _number(lit, val.what)
        if t == "auto-number" and val.col is not None:
            if isinstance(lit, str):
                prefix = val.col.options.get("prefix", "")
                digits = lit[len(prefix):] if prefix and lit.startswith(prefix) else lit
                if not digits.strip().isdigit():
                    raise sql_error(f"{lit!r} is not a number of the auto-number column {val.what!r}")
                return int(digits)
            return _number(lit, val.what)
        if family == "checkbox":
            if isinstance(lit, bool):
                return lit
            if isinstance(lit, int | float) and lit in (0, 1):
                return bool(lit)
            if isinstance(lit, str) and lit.strip().lower() in ("true", "false"):
                return lit.strip().lower() == "true"
            raise sql_error(f"{lit!r} is not true or false (column {val.what!r})")
        if family == "date":
            if not isinstance(lit, str):
                raise sql_error(f"compare the date column {val.what!r} with a date text such as '2026-12-31'")
            try:
                return parse_date(lit)
            except CellError as exc:
                raise sql_error(f"{exc} (column {val.what!r})") from None
        if family == "select" and val.col is not None:
            if not isinstance(lit, str):
                raise sql_error(f"compare the single-select column {val.what!r} with an option name")
            for o in val.col.options.get("options", []):
                if o["name"] == lit or o["id"] == lit:
                    return o["id"]
            key = lit.strip().casefold()
            for o in val.col.options.get("options", []):
                if o["name"].casefold() == key:
                    return o["id"]
            return lit  # not an option: matches no row, as on SeaTable
        if family == "user":
            if isinstance(lit, int) and not isinstance(lit, bool):
                return lit
            key = str(lit).strip().casefold()
            return next((uid for uid, m in self.members.items() if m["email"].casefold() == key), -1)
        if isinstance(lit, bool):
            return "true" if lit else "false"
        if isinstance(lit, float) and lit.is_integer():
            return str(int(lit))
        return str(lit)

    # -- conditions -------------------------------------------------------------------------
    def condition(self, node: exp.Expression, aggregates: bool) -> Any:
        if isinstance(node, exp.Paren):
            return self.condition(node.this, aggregates)
        if isinstance(node, exp.And):
            return sa.and_(self.condition(node.this, aggregates), self.condition(node.expression, aggregates))
        if isinstance(node, exp.Or):
            return sa.or_(self.condition(node.this, aggregates), self.condition(node.expression, aggregates))
        if isinstance(node, exp.Not):
            return sa.not_(self.condition(node.this, aggregates))
        if isinstance(node, exp.Is):
            val = self.value(node.this, aggregates)
            if not isinstance(node.expression, exp.Null):
                raise Unsupported(f"IS {node.expression.sql(dialect='mysql')} (only IS NULL / IS NOT NULL)")
            if val.type_cls.family == "checkbox":
                return sa.or_(val.expr.is_(None), val.expr == sa.false())
            if val.type_cls.list_value and val.agg is None:
                # An empty list cell may be stored as SQL NULL, JSON null or [].
                return sa.or_(val.expr.is_(None), as_text(val.expr).in_(["null", "[]"]))
            return val.expr.is_(None)
        if isinstance(node, exp.EQ | exp.NEQ | exp.GT | exp.GTE | exp.LT | exp.LTE):
            return self.compare(node, aggregates)
        if isinstance(node, exp.In):
            if node.args.get("query") or node.args.get("unnest") or node.args.get("field"):
                raise Unsupported("IN with a subquery")
            val = self.value(node.this, aggregates)
            items = [self.coerce(val, self.literal(e), "IN") for e in node.expressions]
            if not items:
                raise sql_error("IN needs at least one value")
            if val.type_cls.family == "checkbox" and val.agg is None:
                return sa.func.coalesce(val.expr, sa.false()).in_(items)
            return val.expr.in_(items)
        if isinstance(node, exp.Like | exp.ILike):
            val = self.value(node.this, aggregates)
            pattern = self.literal(node.expression)
            if not isinstance(pattern, str):
                raise sql_error("LIKE needs a text pattern such as '%word%'")
            if val.col is not None:
                text = val.col.type_cls.search_expression(val.expr, val.col)
                if text is None:
                    raise Unsupported(f"LIKE on {val.type} columns like {val.what!r}")
            else:
                text = fold(as_text(val.expr))
            # Case-insensitive (Cyrillic too), as SeaTable's LIKE is.
            cond = text.like(fold(sa.literal(pattern, sa.Text())))
            return sa.not_(cond) if node.args.get("negate") else cond
        if isinstance(node, exp.Between):
            val = self.value(node.this, aggregates)
            lo = self.coerce(val, self.literal(node.args["low"]), "BETWEEN")
            hi = self.coerce(val, self.literal(node.args["high"]), "BETWEEN")
            return sa.and_(val.expr >= lo, val.expr <= hi)
        if isinstance(node, exp.Column):
            val = self.value(node, aggregates)
            if val.type_cls.family == "checkbox":
                return val.expr == sa.true()
        raise Unsupported(f"the condition {node.sql(dialect='mysql')!r}")

    def compare(self, node: exp.Expression, aggregates: bool) -> Any:
        op = {exp.EQ: "=", exp.NEQ: "!=", exp.GT: ">", exp.GTE: ">=", exp.LT: "<", exp.LTE: "<="}[type(node)]
        left, right = node.this, node.expression
        flipped = False
        if self.is_literal(left) and not self.is_literal(right):
            left, right, flipped = right, left, True
        if self.is_literal(left):
            raise sql_error(f"compare a column with a value: {node.sql(dialect='mysql')}")
        val = self.value(left, aggregates)
        if self.is_literal(right):
            if op not in ("=", "!=") and val.type_cls.family in ("select", "checkbox"):
                raise Unsupported(f"{op} on {val.type} columns like {val.what!r} (use = or !=)")
            other: Any = self.coerce(val, self.literal(right), op)
            if val.type_cls.family == "checkbox" and val.agg is None:
                # An unset checkbox is false, as everywhere else in Tablo.
                val = Val(sa.func.coalesce(val.expr, sa.false()), val.col, val.system, val.agg)
        else:
            rval = self.value(right, aggregates)
            if val.type_cls.list_value or rval.type_cls.list_value:
                raise Unsupported(f"comparing {val.type} or {rval.type} columns")
            other = rval.expr
        if flipped:
            op = {">": "<", "<": ">", ">=": "<=", "<=": ">="}.get(op, op)
        e = val.expr
        return {"=": lambda: e == other, "!=": lambda: e != other, ">": lambda: e > other,
                ">=": lambda: e >= other, "<": lambda: e < other, "<=": lambda: e <= other}[op]()

    # -- the statement ----------------------------------------------------------------------
    def compile(self, text: str) -> Compiled:
        tree = parse(text)
        for key, value in tree.args.items():
            if value and key not in ("expressions", "from", "from_", "where", "group", "having", "order", "limit",
                                     "offset", "distinct"):
                raise Unsupported(_CLAUSES.get(key, key.upper()))
        source = tree.args.get("from_") or tree.args.get("from")
        if source is None:
            raise sql_error("the query needs FROM <table>")
        tnode = source.this
        if not isinstance(tnode, exp.Table) or not isinstance(tnode.this, exp.Identifier):
            raise Unsupported("subqueries and table functions in FROM")
        if tnode.args.get("db") or tnode.args.get("catalog"):
            raise sql_error(f"name the table only: {tnode.sql(dialect='mysql')}")
        self.table = find_table(self.schema, tnode.name, None, field="sql")
        self.names = {tnode.name} | ({tnode.alias} if tnode.alias else set())
        t = self.table.sa_table
        distinct = tree.args.get("distinct")
        if distinct is not None and distinct.args.get("on"):
            raise Unsupported("DISTINCT ON")

        group = tree.args.get("group")
        group_vals: list[Val] = []
        if group is not None:
            if group.args.get("rollup") or group.args.get("cube") or group.args.get("grouping_sets"):
                raise Unsupported("ROLLUP / CUBE / GROUPING SETS")
            for g in group.expressions:
                if not isinstance(g, exp.Column):
                    raise Unsupported(f"GROUP BY {g.sql(dialect='mysql')} (group by columns)")
                gv = self.column(g)
                if gv.type_cls.list_value:
                    raise Unsupported(f"GROUP BY on {gv.type} columns like {gv.what!r}")
                group_vals.append(gv)
        has_agg = any(n.find(*AGGREGATES) for n in tree.expressions)
        if group_vals or has_agg:
            self.group_keys = {self._key(g) for g in group_vals}

        outputs: list[Output] = []
        for node in tree.expressions:
            alias = None
            if isinstance(node, exp.Alias):
                alias, node = node.alias, node.this
            if isinstance(node, exp.Star):
                if self.group_keys is not None:
                    raise sql_error("SELECT * cannot be combined with GROUP BY or aggregates")
                for sysname in ("_id", "_ctime", "_mtime", "_creator", "_last_modifier"):
                    outputs.append(self._output(Val(t.c[sysname], system=sysname), None, None))
                for c in self.table.columns:
                    outputs.append(self._output(Val(c.type_cls.expression(t, c), col=c), None, None))
                continue
            val = self.value(node, aggregates=True)
            written = re.sub(r"`", "", node.sql(dialect="mysql"))
            outputs.append(self._output(val, alias, written))
        if not outputs:
            raise sql_error("select at least one column")
        for n, o in enumerate(outputs):
            o.label = f"o{n}"
        labelled = [o.val.expr.label(o.label) for o in outputs]
        for o, lab in zip(outputs, labelled, strict=True):
            # Aliases and aggregates can be named again in HAVING and ORDER BY.
            if o.aliased or o.val.agg:
                self.aliases.setdefault(o.name, Output(o.label, o.name, o.key, Val(lab, o.val.col, o.val.system,
                                                                                      o.val.agg), o.meta, True))
        stmt = sa.select(*labelled).select_from(t)
        allowed = row_filter(self.table)
        if allowed is not None:  # the reader's row rule (server.query.access)
            stmt = stmt.where(allowed)
        where = tree.args.get("where")
        if where is not None:
            saved, self.group_keys = self.group_keys, None
            stmt = stmt.where(self.condition(where.this, aggregates=False))
            self.group_keys = saved
        if group_vals:
            stmt = stmt.group_by(*[g.expr for g in group_vals])
        having = tree.args.get("having")
        if having is not None:
            if self.group_keys is None:
                raise sql_error("HAVING needs GROUP BY or aggregates")
            stmt = stmt.having(self.condition(having.this, aggregates=True))
        if distinct is not None:
            stmt = stmt.distinct()
        stmt = stmt.order_by(*self.order(tree, bool(distinct), labelled, outputs))
        if self.param_i != len(self.params):
            raise sql_error(f"{len(self.params)} parameters given for {self.param_i} ? placeholders")
        compiled = Compiled(self.table, stmt, outputs)
        self.limits(tree, compiled)
        return compiled

    def _output(self, val: Val, alias: str | None, written: str | None) -> Output:
        if val.col is not None and val.agg is None:
            name, key, meta = val.col.name, val.col.key, column_out(val.col)
        elif val.system is not None and val.agg is None:
            name = key = val.system
            meta = {"key": key, "name": name, "type": SYSTEM_TYPES[val.system], "data": None}
        else:
            name = key = written or "value"
            base = column_out(val.col) if val.col is not None and val.agg in ("MIN", "MAX") else None
            meta = {"key": key, "name": name, "type": base["type"] if base else "date" if val.kind == "date" else "number",
                    "data": base["data"] if base else None}
        if alias:
            name = key = alias
            meta = {**meta, "key": alias, "name": alias}
        return Output("", name, key, val, meta, bool(alias))

    def order(self, tree: exp.Select, distinct: bool, labelled: list[Any], outputs: list[Output]) -> list[Any]:
        order = tree.args.get("order")
        t = self.table.sa_table  # type: ignore[union-attr]
        if order is None:
            if self.group_keys is not None or distinct:
                return []
            return [t.c._order, t.c.id]  # the table's own row order, as list rows gives it
        out: list[Any] = []
        by_label = {o.label: lab for o, lab in zip(outputs, labelled, strict=True)}
        for item in order.expressions:
            desc = bool(item.args.get("desc")) if isinstance(item, exp.Ordered) else False
            node = item.this if isinstance(item, exp.Ordered) else item
            if isinstance(node, exp.Literal) and not node.is_string:
                pos = int(node.this)
                if not 1 <= pos <= len(labelled):
                    raise sql_error(f"ORDER BY {pos}: there are {len(labelled)} selected values")
                e = labelled[pos - 1]
            elif isinstance(node, exp.Column) and not node.table and node.name in self.aliases and \
                    not any(c.name == node.name for c in self.table.columns):  # type: ignore[union-attr]
                e = by_label[self.aliases[node.name].label]
            else:
                val = self.value(node, aggregates=self.group_keys is not None)
                # Options sort in their order and text case-insensitively; under DISTINCT the
                # database only orders by selected values, so the raw value is used there.
                if val.col is not None and val.agg is None and not distinct:
                    e = val.col.type_cls.sort_expression(val.expr, val.col)
                else:
                    e = val.expr
            # MySQL's (so SeaTable's) NULL placement, whichever database runs it.
            out.append(e.desc().nulls_last() if desc else e.asc().nulls_first())
        return out

    def limits(self, tree: exp.Select, compiled: Compiled) -> None:
        cap = max_rows_per_read()
        limit_node = tree.args.get("limit")
        offset_node = tree.args.get("offset")
        limit = None
        if limit_node is not None:
            limit = self._count(limit_node.expression, "LIMIT")
            if limit_node.args.get("offset") is not None:  # LIMIT offset, count
                offset_node = exp.Offset(expression=limit_node.args["offset"])
            if limit > cap:
                raise sql_error(f"LIMIT is at most {cap} (TABLO_SEATABLE_MAX_ROWS); page with LIMIT and OFFSET")
        offset = self._count(offset_node.expression, "OFFSET") if offset_node is not None else 0
        if limit is None:
            # No silent truncation: one row more than the cap tells us the answer would be cut.
            compiled.capped = True
            limit = cap + 1
        compiled.limit = limit
        compiled.stmt = compiled.stmt.limit(limit)
        if offset:
            compiled.stmt = compiled.stmt.offset(offset)

    def _count(self, node: exp.Expression, what: str) -> int:
        v = self.literal(node)
        if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v < 2**62:
            raise sql_error(f"{what} takes a whole number of at least 0")
        return v


def _number(lit: Any, what: str) -> float:
    if isinstance(lit, bool):
        return 1.0 if lit else 0.0
    if isinstance(lit, int | float):
        return lit
    if isinstance(lit, str):
        try:
            return float(lit.strip())
        except ValueError:
            pass
    raise sql_error(f"{lit!r} is not a number (column {what!r})")


def parse(text: str) -> exp.Select:
    if len(text) > MAX_SQL_LENGTH:
        raise sql_error(f"the query is longer than {MAX_SQL_LENGTH} characters")
    try:
        # SeaTable's SQL is MySQL-flavoured: `backticks` for names, '...' or "..." for text.
        trees = [t for t in sqlglot.parse(text, read="mysql") if t is not None]
    except (ParseError, TokenError) as exc:
        errors = getattr(exc, "errors", None) or []
        detail = errors[0].get("description") if errors else str(exc).splitlines()[0]
        raise sql_error(f"SQL syntax error: {detail}") from None
    if len(trees) != 1:
        raise sql_error("send one statement per query")
    tree = trees[0]
    if not isinstance(tree, exp.Select):
        kind = {exp.Union: "UNION", exp.Intersect: "INTERSECT", exp.Except: "EXCEPT", exp.Update: "UPDATE",
                exp.Delete: "DELETE", exp.Insert: "INSERT"}.get(type(tree), tree.key.upper())
        raise Unsupported(f"{kind} statements; only SELECT is served")
    for node in tree.walk():
        if isinstance(node, exp.Subquery | exp.Exists) or (isinstance(node, exp.Select) and node is not tree):
            raise Unsupported("subqueries")
    return tree


def compile_select(schema: BaseSchema, text: str, params: list[Any], members: dict[int, dict]) -> Compiled:
    return _Compiler(schema, params, members).compile(text)


def result_reader(compiled: Compiled, vctx: ValueContext, names: bool) -> Callable[[Any], dict[str, Any]]:
    """A function from a result row to SeaTable's shape, built once per query."""
    plan: list[tuple[str, Callable[[Any], Any]]] = []
    for o in compiled.outputs:
        v = o.val
        fn: Callable[[Any], Any]
        if v.agg in ("COUNT", "SUM", "AVG") or v.kind == "number":
            fn = _aggregate_value
        elif v.kind == "date":
            fn = iso
        elif v.col is not None:
            fn = value_reader(v.col, vctx, names)
        elif v.system in ("_ctime", "_mtime"):
            fn = iso
        elif v.system in ("_creator", "_last_modifier"):
            fn = functools.partial(user_out, vctx=vctx)
        else:
            fn = _same
        plan.append((o.name if names else o.key, fn))

    def read(row: Any) -> dict[str, Any]:
        return {key: fn(value) for (key, fn), value in zip(plan, row, strict=True)}
    return read


def _aggregate_value(value: Any) -> Any:
    return _num(float(value)) if value is not None and not isinstance(value, int) else value


def _same(value: Any) -> Any:
    return value
