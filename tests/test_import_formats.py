"""The import format registry (server/io/formats.py): GET /api/import-formats lists what
server/plugins.py registers; uploads are sniffed, read and offered by asking the registry, so a
format registered anywhere is detected, chosen and imported through the ordinary path without
the import service, API or CLI naming it. On SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest

from server.io import formats as registry
from server.io.formats import (
    ImportFormat,
    ReadRequest,
    Sheet,
    Source,
    get_import_format,
    import_formats,
    register_import_format,
    sniff_format,
)
from tests.helpers import ApiClient
from tests.io_helpers import start, table_rows, upload

BUILT_IN = ["csv", "tsv", "xlsx", "1c-bank", "1c-invoices", "1c-osv62"]


def test_the_list_is_the_registry_with_labels_in_both_languages(owner: ApiClient) -> None:
    listed = owner.get("/api/import-formats")["formats"]
    assert [f["id"] for f in listed] == [f.id for f in import_formats()] == BUILT_IN
    for entry in listed:
        assert set(entry["labels"]) == {"en", "ru"} and all(entry["labels"].values())
    by_id = {f["id"]: f for f in listed}
    assert by_id["1c-bank"]["needs_customers"] and by_id["1c-bank"]["base_language"]
    assert not by_id["csv"]["base_language"] and ".xlsx" in by_id["xlsx"]["extensions"]


def test_the_list_and_the_format_choice_are_in_the_openapi(client: ApiClient) -> None:
    spec = client.get("/api/openapi.json")
    assert "get" in spec["paths"]["/api/import-formats"]
    body = spec["paths"]["/api/bases/{base_id}/imports/{import_key}/preview"]["post"]["requestBody"]
    ref = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    assert spec["components"]["schemas"][ref]["properties"]["format"]["enum"] == [*BUILT_IN, None]


@pytest.mark.parametrize("name, head, expected", [
    ("a.csv", b"x,y\n1,2\n", "csv"),
    ("a.tsv", b"x\ty\n1\t2\n", "csv"),  # TSV is chosen by hand; the CSV reader finds the tabs
    ("a.txt", b"\xef\xbb\xbf1CClientBankExchange\r\n", "1c-bank"),
    ("statement.csv", b"1CClientBankExchange\n", "1c-bank"),  # the content decides
    ("book.xlsx", b"not a zip", "xlsx"),  # the name decides (and the XLSX check refuses it)
    ("noname", b"PK\x03\x04rest", "xlsx"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "xlsx"),
])
def test_sniffing_asks_each_format_in_order_then_the_fallback(tmp_path: Any, name: str, head: bytes,
                                                              expected: str) -> None:
    path = tmp_path / "upload"
    path.write_bytes(head)
    assert sniff_format(str(path), name) == expected


def test_an_unknown_format_is_refused_naming_the_field(owner: ApiClient) -> None:
    err = upload(owner, b"a,b\n1,2\n", "x.csv", expect=422, format="dbase")["error"]
    assert "format" in err["fields"]
    preview = upload(owner, b"a,b\n1,2\n", "x.csv")
    err = owner.post(f"/api/bases/{owner.base_id}/imports/{preview['import_id']}/preview", {"format": "dbase"},
                     expect=422).get_json()["error"]
    assert "format" in err["fields"]
    with pytest.raises(Exception, match="unknown import format"):
        get_import_format("dbase")


class _LinesFormat(ImportFormat):
    """A format only this test registers: one row per line, under a `LINES` first line."""

    id = "lines"
    labels = {"en": "Lines", "ru": "Строки"}
    extensions = (".lines",)
    magic = (b"LINES\n",)

    def read(self, req: ReadRequest) -> Source:
        with open(req.path, encoding=req.encoding or "utf-8") as f:
            lines = [ln.rstrip("\n") for ln in f][1:]
        return Source(self.id, [Sheet("Lines", ["Line"], lambda: iter([[ln] for ln in lines]), len(lines))])

    def recognises(self, cells: list[Any]) -> bool:
        return cells == ["LINES"]


def test_a_registered_format_is_sniffed_offered_chosen_and_imported(owner: ApiClient, app: Any,
                                                                    monkeypatch: Any) -> None:
    monkeypatch.setitem(registry._FORMATS, "lines", _LinesFormat())
    assert owner.get("/api/import-formats")["formats"][-1] == {
        "id": "lines", "labels": {"en": "Lines", "ru": "Строки"}, "extensions": [".lines"],
        "base_language": False, "needs_customers": False}
    # Sniffed by its first bytes, whatever the name.
    preview = upload(owner, b"LINES\nfirst\nsecond\n", "notes.txt")
    assert preview["format"] == "lines"
    assert [c["name"] for c in preview["sheets"][0]["columns"]] == ["Line"]
    job = start(owner, preview["import_id"], {"mode": "new_table", "name": "Notes"})
    assert [r["Line"] for r in table_rows(app, job["result"]["tables"][0]["table_id"])] == ["first", "second"]
    # A generic CSV whose header shows the layout is offered as it; choosing it reads it so.
    csv_preview = upload(owner, b"LINES\nthird\n", "plain.csv", format="csv")
    assert csv_preview["format"] == "csv" and csv_preview["suggested_format"] == "lines"
    again = owner.post(f"/api/bases/{owner.base_id}/imports/{csv_preview['import_id']}/preview",
                       {"format": "lines"})
    assert again["format"] == "lines" and again["sheets"][0]["rows"] == [["third"]]


def test_an_id_registered_twice_and_a_second_fallback_are_refused(monkeypatch: Any) -> None:
    with pytest.raises(ValueError, match="registered twice"):
        register_import_format(get_import_format("csv"))

    class _Other(_LinesFormat):
        id = "other"
        fallback = True

    with pytest.raises(ValueError, match="fallback"):
        register_import_format(_Other())
    assert "other" not in registry._FORMATS


def test_reading_goes_through_the_registry(tmp_path: Any) -> None:
    """open_source reads with the chosen format's reader (TSV: the tab as delimiter)."""
    path = tmp_path / "t.tsv"
    path.write_bytes(b"a\tb\n1\t2\n")
    src = registry.open_source(str(path), "t.tsv", registry.ReadLimits(), fmt="tsv")
    assert src.delimiter == "\t" and src.sheets[0].headers == ["a", "b"]
    assert list(src.sheets[0].rows()) == [["1", "2"]]
