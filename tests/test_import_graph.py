"""The layering of server/, checked on its source (ast; nothing is imported or run).

A unit is a package under server/ (server/query/, server/automations/, ...) or a top-level
module (server/plugins.py). The import graph between units has

(a) no cycles, except the data core's known one (`CORE_CYCLE`, which may only shrink), and
(b) no import from a core unit of anything outside the core and the shared modules: features
    (templates, charts, imports, automations, notifications, SeaTable, ...) are plugged in by
    `server.plugins`, the only module that imports both sides.

See docs/decisions/0022-one-place-for-plugins.md for the package map.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import pytest

SERVER = Path(__file__).resolve().parent.parent / "server"

# The core: what the app is without any feature. `server.api.routing`, `inbound` and
# `openapi` are the HTTP core; the other modules of server/api/ are routes of features or of
# the core's own endpoints and may import anything but each other's cycles.
CORE = {
    "server.catalog", "server.storage", "server.columns", "server.formulas", "server.actions",
    "server.query", "server.views", "server.bases", "server.realtime", "server.auth",
    "server.api.routing", "server.api.inbound", "server.api.openapi",
}
# Small modules every layer may use: errors, configuration, the app state, channels, workers.
SHARED = {"server", "server.errors", "server.config", "server.state", "server.channel", "server.workers"}
REGISTRATION = "server.plugins"
# The entry layer wires the process and is one unit: the app factory, the `tablo` command, the
# registration module, and the commands features add to `tablo` (they need the app factory,
# which plugs in their own feature). Nothing else imports it.
ENTRY = {"server.app", "server.cli", REGISTRATION, "server.io.cli"}
ENTRY_UNIT = "server.<entry>"

# The data core is one strongly connected group today: column types compile formulas, the
# formula compiler asks column types, actions write columns and read queries, the catalog's
# schema hands out column types, view types read query windows. It is pinned so that it can
# only shrink: a package joining it (or a feature reaching into it both ways) fails (a), and
# a package leaving it fails too, so this list is kept true. `server.storage` left it
# (decision 0034): the trash purge, its only import of the catalog, moved to `server.catalog`.
CORE_CYCLE = frozenset({
    "server.actions", "server.catalog", "server.columns", "server.formulas", "server.query",
    "server.views",
})


def unit_of(module: str) -> str:
    """server.query.compile -> server.query; server.plugins -> server.plugins; the HTTP core
    modules of server/api/ are units of their own (server.api.routing)."""
    if module in ENTRY:
        return ENTRY_UNIT
    parts = module.split(".")
    if parts[:2] == ["server", "api"] and len(parts) >= 3 and ".".join(parts[:3]) in CORE:
        return ".".join(parts[:3])
    if parts[:2] == ["server", "api"] and len(parts) >= 3:
        return "server.api"
    return ".".join(parts[:2])


def _module_name(path: Path) -> str:
    rel = path.relative_to(SERVER.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(tree: ast.AST, module: str, is_package: bool, known: set[str] | None = None) -> Iterable[str]:
    """Every server module this file imports, at any depth (imports inside functions count:
    they are dependencies too), except under `if TYPE_CHECKING:` (annotations only).

    `from package import module` imports that module (the package's own `__init__` is a
    docstring, not a dependency); `from module import name` imports the module."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                stack.extend(child.orelse)
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = module.split(".") if is_package else module.split(".")[:-1]
                    base = base[:len(base) - (child.level - 1)]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                submodules = [f"{target}.{a.name}" for a in child.names
                              if known is None or f"{target}.{a.name}" in known]
                yield from submodules
                if len(submodules) < len(child.names):
                    yield target
            stack.append(child)


def server_modules() -> set[str]:
    return {_module_name(p) for p in SERVER.rglob("*.py") if "migrations" not in p.parts}


def import_graph() -> dict[str, set[str]]:
    """Module -> the server modules it imports."""
    known = server_modules()
    graph: dict[str, set[str]] = {}
    for path in SERVER.rglob("*.py"):
        if "migrations" in path.parts:  # Alembic's scripts: run by Alembic, not imported by the app
            continue
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[module] = {t for t in _imports(tree, module, path.name == "__init__.py", known)
                         if t in known and t != module}
    return graph


def unit_graph(graph: dict[str, set[str]]) -> dict[str, dict[str, set[tuple[str, str]]]]:
    """Unit -> unit it imports -> the (module, imported module) pairs that make the edge."""
    units: dict[str, dict[str, set[tuple[str, str]]]] = {}
    for module, targets in graph.items():
        edges = units.setdefault(unit_of(module), {})
        for target in targets:
            if unit_of(target) != unit_of(module):
                edges.setdefault(unit_of(target), set()).add((module, target))
    return units


def strongly_connected(units: dict[str, Iterable[str]]) -> list[set[str]]:
    """Tarjan's algorithm: the groups of units that import each other, directly or not (size > 1)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[set[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in units.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(group)

    for v in sorted(set(units) | {w for ws in units.values() for w in ws}):
        if v not in index:
            visit(v)
    return out


def cycle_problems(units: dict[str, dict[str, set[tuple[str, str]]]], allowed: frozenset[str]) -> list[str]:
    problems = []
    for group in strongly_connected(units):
        if group == allowed:
            continue
        inside = sorted(f"{m} -> {t}" for u in group for w, pairs in units.get(u, {}).items() if w in group
                        for m, t in pairs)
        problems.append(f"import cycle between {', '.join(sorted(group))}:\n    " + "\n    ".join(inside))
    if allowed and allowed not in [g for g in strongly_connected(units)]:
        problems.append(f"the known core cycle {sorted(allowed)} changed: update CORE_CYCLE to what it is now")
    return problems


def layering_problems(units: dict[str, dict[str, set[tuple[str, str]]]], core: set[str], shared: set[str]) -> list[str]:
    """Core units importing anything but core and shared units (the registration module included)."""
    problems = []
    for unit in sorted(u for u in units if u in core):
        for target, pairs in sorted(units[unit].items()):
            if target not in core and target not in shared:
                for m, t in sorted(pairs):
                    problems.append(f"core module {m} imports {t} ({target} is not core; plug it in {REGISTRATION})")
    return problems


# -- the real server ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def units() -> dict[str, dict[str, set[tuple[str, str]]]]:
    return unit_graph(import_graph())


def test_no_import_cycles_between_packages(units: dict[str, dict[str, set[tuple[str, str]]]]) -> None:
    assert cycle_problems(units, CORE_CYCLE) == []


def test_core_imports_no_feature(units: dict[str, dict[str, set[tuple[str, str]]]]) -> None:
    assert layering_problems(units, CORE, SHARED) == []


def test_nothing_imports_the_entry_layer() -> None:
    """The registration module, the app factory and the CLI are imported by each other only: a
    package that needs them is a layering bug (features are plugged in, they do not plug)."""
    graph = import_graph()
    assert sorted(f"{m} -> {t}" for m, ts in graph.items() if m not in ENTRY for t in ts if t in ENTRY) == []


def test_every_core_unit_exists() -> None:
    """A renamed package must not slip out of the check unseen."""
    found = {unit_of(m) for m in server_modules()}
    assert CORE <= found, CORE - found
    assert CORE_CYCLE <= CORE


# -- the checks can fail ------------------------------------------------------------------------
def _fake(edges: dict[str, list[str]]) -> dict[str, dict[str, set[tuple[str, str]]]]:
    return unit_graph({m: set(ts) for m, ts in edges.items()})


def test_a_cycle_between_packages_fails() -> None:
    units = _fake({"server.catalog.model": ["server.storage.engine"], "server.storage.engine": [],
                   "server.charts.compute": ["server.templates.load"], "server.templates.load": ["server.charts.compute"]})
    problems = cycle_problems(units, frozenset())
    assert len(problems) == 1
    assert "server.charts, server.templates" in problems[0]
    assert "server.charts.compute -> server.templates.load" in problems[0]


def test_a_package_joining_the_core_cycle_fails() -> None:
    units = _fake({"server.actions.apply": ["server.query.compile", "server.charts.compute"],
                   "server.query.compile": ["server.actions.codec"], "server.charts.compute": ["server.query.compile"]})
    problems = cycle_problems(units, frozenset({"server.actions", "server.query"}))
    assert any("server.actions, server.charts, server.query" in p for p in problems)


def test_a_core_cycle_that_shrank_must_be_written_down() -> None:
    units = _fake({"server.actions.apply": ["server.query.compile"], "server.query.compile": []})
    assert cycle_problems(units, frozenset({"server.actions", "server.query"})) == [
        "the known core cycle ['server.actions', 'server.query'] changed: update CORE_CYCLE to what it is now"]


def test_a_core_package_importing_a_feature_fails() -> None:
    units = _fake({"server.actions.handlers": ["server.templates", "server.actions.registry", "server.errors"],
                   "server.actions.registry": [], "server.query.compile": ["server.plugins"],
                   "server.plugins": ["server.templates"], "server.templates": ["server.actions.registry"]})
    assert layering_problems(units, CORE, SHARED) == [
        "core module server.actions.handlers imports server.templates (server.templates is not core; "
        "plug it in server.plugins)",
        "core module server.query.compile imports server.plugins (server.<entry> is not core; "
        "plug it in server.plugins)",
    ]


def test_relative_and_lazy_imports_are_seen() -> None:
    tree = ast.parse("from . import links\nfrom .common import bp\n"
                     "def f():\n    from server.charts import compute\n"
                     "if TYPE_CHECKING:\n    from server.io import importer\n")
    known = {"server.api.seatable.links", "server.api.seatable.common", "server.charts.compute", "server.io.importer"}
    found = set(_imports(tree, "server.api.seatable", is_package=True, known=known))
    assert {"server.api.seatable.links", "server.api.seatable.common", "server.charts.compute"} <= found
    assert "server.api.seatable.common.bp" not in found  # a name, not a module
    assert not any(t.startswith("server.io") for t in found)
