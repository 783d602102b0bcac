"""The repository stands alone: nothing in it reads a path outside the checkout.

A fresh clone has no shared folder beside it and no workspace folders, so a test, benchmark,
script or doc that names one fails there (or, worse, passes only here). This test reads
every tracked text file and fails on a path that leaves the repository or names a folder
of one machine. System paths and deployment examples the project really uses (`/usr/bin/chromium`, `/dev/null`,
`/etc/postgresql` in .ci/run) are not of that kind and are allowed.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Built by joining parts, so this file does not match itself.
_FORBIDDEN = [
    re.escape("../" + "shared"),
    r"(?<![\w.])/" + r"(?:work|root|home|Users|tmp|mnt)/",
    re.escape("parents[2]" + ".parent"),
]
PATTERN = re.compile("|".join(_FORBIDDEN))
SKIP_SUFFIXES = {".csv", ".png", ".jpg", ".ico", ".xlsx", ".db", ".sqlite", ".woff", ".woff2", ".tablo", ".zip"}
SKIP_NAMES = {"package-lock.json"}


def _tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
        names = [n for n in out.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: walk the tree
        names = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()
                 and not any(part in {".git", ".venv", "node_modules", "var", "dist"} for part in p.parts)]
    return [ROOT / n for n in names]


def test_no_file_reads_outside_the_repository() -> None:
    offenders: list[str] = []
    for path in _tracked_files():
        if path.suffix.lower() in SKIP_SUFFIXES or path.name in SKIP_NAMES or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if PATTERN.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:120]}")
    assert not offenders, "paths outside the repository:\n" + "\n".join(offenders)


def test_the_pattern_catches_what_it_should() -> None:
    """The check itself can fail: each kind of outside path is caught, system paths are not."""
    for bad in ['DATA = ROOT / ".." / "x" / "../' + 'shared/data"', 'open("/' + 'work/shared/x.csv")',
                'Path("/' + 'tmp/bench")', "Path(__file__).parents[2]" + ".parent"]:
        assert PATTERN.search(bad), bad
    for good in ['CHROMIUM = "/usr/bin/chromium"', '"TABLO_ACCESS_LOG": "/dev/null"', "fetch('/api/tables')",
                 "ls /etc/postgresql", "tests/data/ibm.csv"]:
        assert not PATTERN.search(good), good


def test_the_ibm_sample_is_in_the_repository() -> None:
    data = ROOT / "tests" / "data"
    for name in ["ibm-accounts-receivable.csv", "ibm-accounts-receivable-ddmmyyyy.csv",
                 "ibm-accounts-receivable-no-leading-zeros.csv", "ibm-accounts-receivable-with-blanks.csv"]:
        assert (data / name).stat().st_size > 100_000, name
    assert "IBM" in (data / "README.md").read_text(encoding="utf-8")
