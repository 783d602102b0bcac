"""Dates in an imported file: the file's order (US month first, European day first) reads the
file, and the new column keeps no display format, so each person sees dates in their interface
language; a display format chosen in the import, or an existing column's, is kept. A slash date
whose order nothing states is refused, never guessed. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.helpers import ApiClient
from tests.io_helpers import columns_of, start, table_rows, upload

US = b"Invoice,Due\nA-1,01/15/2027\nA-2,03/04/2027\nA-3,12/31/2026\n"
EUROPEAN = b"Invoice,Due\nA-1,15/01/2027\nA-2,03/04/2027\nA-3,31/12/2026\n"
RUSSIAN = "Счёт;Срок\nA-1;15.01.2027\nA-2;03.04.2027\nA-3;31.12.2026\n".encode()
ISO = b"Invoice,Due\nA-1,2027-01-15\nA-2,2027-04-03\nA-3,2026-12-31\n"
DUES = [dt.datetime(2027, 1, 15), dt.datetime(2027, 4, 3), dt.datetime(2026, 12, 31)]


@pytest.mark.parametrize(("data", "day_first"), [(US, False), (EUROPEAN, True), (RUSSIAN, True), (ISO, None)])
def test_a_detected_pattern_reads_the_file_and_is_not_the_display_format(owner: ApiClient, app: Any, data: bytes,
                                                                         day_first: bool | None) -> None:
    preview = upload(owner, data, "dues.csv")
    due = preview["sheets"][0]["columns"][1]
    assert due["type"] == "date" and due["day_first"] is day_first
    assert due["options"]["format"] is None
    job = start(owner, preview["import_id"])
    table_id = job["result"]["tables"][0]["table_id"]
    name = due["name"]
    # US 03/04 is March 4, European and Russian 03/04 and 03.04 April 3: each file read in its order.
    want = [dt.datetime(2027, 3, 4) if day_first is False and r == 1 else d for r, d in enumerate(DUES)]
    assert [r[name] for r in table_rows(app, table_id)] == want
    column = columns_of(owner, table_id)[name]
    assert column["type"] == "date" and column["options"]["format"] is None


def test_the_day_first_override_changes_the_reading_only(owner: ApiClient, app: Any) -> None:
    preview = upload(owner, b"When\n03/04/2027\n05/06/2027\n", "d.csv")
    assert preview["sheets"][0]["columns"][0]["day_first"] is False
    again = owner.post(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}/preview", {"day_first": True})
    col = again["sheets"][0]["columns"][0]
    assert col["day_first"] is True and col["options"]["format"] is None
    job = start(owner, preview["import_id"])
    table_id = job["result"]["tables"][0]["table_id"]
    assert [r["When"] for r in table_rows(app, table_id)] == [dt.datetime(2027, 4, 3), dt.datetime(2027, 6, 5)]
    assert columns_of(owner, table_id)["When"]["options"]["format"] is None


def test_a_display_format_chosen_in_the_import_is_kept(owner: ApiClient, app: Any) -> None:
    preview = upload(owner, US, "dues.csv")
    body = {"columns": [{"source": 0}, {"source": 1, "options": {"format": "MM/DD/YYYY"}}]}
    job = start(owner, preview["import_id"], body)
    table_id = job["result"]["tables"][0]["table_id"]
    assert columns_of(owner, table_id)["Due"]["options"]["format"] == "MM/DD/YYYY"
    assert [r["Due"] for r in table_rows(app, table_id)][0] == dt.datetime(2027, 1, 15)


def test_appending_keeps_the_existing_columns_format(owner: ApiClient, app: Any) -> None:
    col = owner.post(f"/api/tables/{owner.table_id}/columns",
                     {"name": "Due", "type": "date", "options": {"format": "DD.MM.YYYY"}}, expect=201)["column"]
    preview = upload(owner, b"Name,Due\nA-1,01/15/2027\n", "dues.csv")
    start(owner, preview["import_id"], {"mode": "append", "table_id": owner.table_id})
    assert columns_of(owner, owner.table_id)["Due"]["options"]["format"] == "DD.MM.YYYY"
    assert dt.datetime(2027, 1, 15) in [r["Due"] for r in table_rows(app, owner.table_id)]
    assert col["options"]["format"] == "DD.MM.YYYY"


def test_a_column_without_a_display_format_refuses_an_ambiguous_date(owner: ApiClient) -> None:
    col = owner.post(f"/api/tables/{owner.table_id}/columns",
                     {"name": "Due", "type": "date", "options": {"format": None}}, expect=201)["column"]
    assert col["options"]["format"] is None
    key = str(col["id"])
    resp = owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{key: "05/06/2027"}]}, expect=422)
    assert "ambiguous" in resp.get_data(as_text=True)
    # Impossible dates are refused, not moved to another day.
    owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{key: "31.02.2027"}]}, expect=422)
    owner.post(f"/api/tables/{owner.table_id}/rows", {"rows": [{key: "13/13/2027"}]}, expect=422)
    rows = owner.post(f"/api/tables/{owner.table_id}/rows",
                      {"rows": [{key: "15/01/2027"}, {key: "01/15/2027"}, {key: "15.01.27"}]}, expect=201)["rows"]
    assert [r[key] for r in rows] == ["2027-01-15"] * 3
