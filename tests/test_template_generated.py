"""templates/receivables.json is the output of templates/generate_receivables.py.

Edits made to the JSON alone are lost the next time someone runs the generator, so the test
builds the template from the script and compares it with the committed file.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def test_receivables_json_is_what_the_generator_writes() -> None:
    sys.path.insert(0, str(TEMPLATES))
    try:
        generator = importlib.import_module("generate_receivables")
        built = json.loads(json.dumps(generator.build(), ensure_ascii=False))
    finally:
        sys.path.remove(str(TEMPLATES))
    committed = json.loads((TEMPLATES / "receivables.json").read_text(encoding="utf-8"))
    changed = sorted(k for k in built.keys() | committed.keys() if built.get(k) != committed.get(k))
    assert not changed, f"receivables.json differs from the generator in {changed}: run `python templates/generate_receivables.py`"
