"""An action chosen as a PostgreSQL deadlock victim is run again (nothing was written)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from server.actions import apply as apply_mod
from tests.helpers import ApiClient


class _Orig(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


def test_deadlock_victim_is_retried(owner: ApiClient, monkeypatch: pytest.MonkeyPatch) -> None:
    real = apply_mod._apply_once
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise sa.exc.OperationalError("ALTER TABLE", {}, _Orig("40P01"))
        return real(*args, **kwargs)

    monkeypatch.setattr(apply_mod, "_apply_once", flaky)
    owner.add_column("Amount", "number")
    assert calls["n"] == 2
    assert [c["name"] for c in owner.get(f"/api/bases/{owner.base_id}")["tables"][0]["columns"]] == ["Name", "Amount"]


def test_other_database_errors_are_not_retried(owner: ApiClient, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}

    def broken(*args, **kwargs):
        calls["n"] += 1
        raise sa.exc.OperationalError("INSERT", {}, _Orig("53100"))

    monkeypatch.setattr(apply_mod, "_apply_once", broken)
    r = owner.post(f"/api/tables/{owner.table_id}/columns", {"name": "X", "type": "text"}, expect=500)
    assert r.get_json()["error"]["code"] == "internal"
    assert calls["n"] == 1
