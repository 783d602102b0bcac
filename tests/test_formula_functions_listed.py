"""The formula editor's function list (web) names exactly the functions the compiler knows, so
the editor never suggests a function the server refuses nor hides one it has."""

from __future__ import annotations

import re
from pathlib import Path

from server.formulas.compiler import FUNCTIONS

EDITOR_LIST = Path(__file__).resolve().parent.parent / "web" / "src" / "components" / "column" / "formula.ts"


def test_editor_lists_every_server_function() -> None:
    listed = {m.group(1).lower() for m in re.finditer(r"F\('\w+', '(\w+)\(", EDITOR_LIST.read_text(encoding="utf-8"))}
    assert listed, "no functions found in the editor's list"
    assert sorted(set(FUNCTIONS) - listed) == [], "functions the editor does not offer"
    assert sorted(listed - set(FUNCTIONS)) == [], "functions the server does not know"
