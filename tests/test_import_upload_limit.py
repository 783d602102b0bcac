"""Import uploads have their own size limit (TABLO_MAX_IMPORT_BYTES), apart from attachments
(TABLO_MAX_UPLOAD_BYTES), and are streamed to the data folder, never held whole in memory.
Storage tests run on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import os
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from tests.helpers import ApiClient
from tests.io_helpers import start, upload

MB = 1024 * 1024


def _csv(size: int) -> tuple[bytes, int]:
    """A CSV of at least `size` bytes and the number of data rows in it."""
    header = b"number,name,amount\n"
    row_len = len(b"0000000,customer name 0000000,12345.67\n")
    rows = (size - len(header)) // row_len + 1
    body = b"".join(b"%07d,customer name %07d,%d.67\n" % (i, i, 10000 + i % 90000) for i in range(rows))
    return header + body, rows


def _app(tmp_path: Path, db_url: str, **limits: int) -> Iterator[Any]:
    from server.app import create_app
    from server.config import load_config

    cfg = load_config(data_dir=str(tmp_path / "data"), database_url=db_url, secret_key="test-secret", **limits)
    application = create_app(cfg)
    application.config["TESTING"] = True
    yield application
    application.extensions["tablo"].db.dispose()


@pytest.fixture
def small_app(db_url: str, tmp_path: Path) -> Iterator[Any]:
    """Attachments limited to 1 MB, imports to 4 MB."""
    yield from _app(tmp_path, db_url, max_upload_bytes=1 * MB, max_import_bytes=4 * MB)


def _leftovers(app: Any) -> list[str]:
    """Files an upload left in the data folder: staged imports and spooled request bodies."""
    cfg = app.extensions["tablo"].config
    found = []
    for folder in (cfg.data_dir / "imports", cfg.upload_tmp_dir):
        if folder.exists():
            found += [str(p) for p in folder.rglob("*")]
    return found


def test_an_import_past_the_attachment_limit_imports_and_the_same_attachment_is_refused(small_app: Any) -> None:
    owner = ApiClient(small_app)
    owner.signup("owner@example.com")
    owner.new_base("Sales")
    data, rows = _csv(3 * MB)
    preview = upload(owner, data, "big.csv")
    job = start(owner, preview["import_id"], {"mode": "new_table", "name": "Big"})
    assert job["result"]["tables"][0]["created"] == rows

    resp = owner.call("POST", f"/api/bases/{owner.base_id}/files", expect=413,
                      data={"file": (io.BytesIO(data), "big.csv")}, content_type="multipart/form-data")
    assert resp.get_json()["error"]["code"] == "too_large"


@pytest.mark.parametrize("size", [int(4.5 * MB), 6 * MB], ids=["read-then-refused", "refused-by-header"])
def test_an_import_past_the_import_limit_is_refused_and_leaves_nothing(small_app: Any, size: int) -> None:
    owner = ApiClient(small_app)
    owner.signup("owner@example.com")
    owner.new_base("Sales")
    data, _ = _csv(size)
    err = upload(owner, data, "huge.csv", expect=413)["error"]
    assert err["code"] == "too_large"
    assert "4 MB" in err["message"] and "TABLO_MAX_IMPORT_BYTES" in err["message"]
    resp = owner.call("POST", "/api/imports", expect=413, data={"file": (io.BytesIO(data), "huge.csv")},
                      content_type="multipart/form-data")
    assert "4 MB" in resp.get_json()["error"]["message"]
    assert _leftovers(small_app) == []
    # Under the limit the same route still takes a file.
    assert upload(owner, _csv(MB)[0], "ok.csv")["import_id"]


def test_a_chunked_import_upload_is_cut_at_the_import_limit(small_app: Any) -> None:
    """No Content-Length (Transfer-Encoding: chunked, as gunicorn passes it): cut while read, same 413."""
    owner = ApiClient(small_app)
    owner.signup("owner@example.com")
    owner.new_base("Sales")

    def send(size: int, expect: int) -> Any:
        boundary, body = encode_multipart({"file": FileStorage(io.BytesIO(_csv(size)[0]), "chunked.csv")})
        return owner.call("POST", f"/api/bases/{owner.base_id}/imports", expect=expect,
                          input_stream=io.BytesIO(body),
                          environ_overrides={"CONTENT_TYPE": f"multipart/form-data; boundary={boundary}",
                                             "CONTENT_LENGTH": "", "HTTP_TRANSFER_ENCODING": "chunked",
                                             "wsgi.input_terminated": True}).get_json()

    accepted = send(2 * MB, 201)["import_id"]  # past the attachment limit, under the import limit
    err = send(6 * MB, 413)["error"]
    assert "4 MB" in err["message"] and "TABLO_MAX_IMPORT_BYTES" in err["message"]
    staged = small_app.extensions["tablo"].config.data_dir / "imports"
    assert [p.name for p in staged.iterdir()] == [accepted]  # the refused one left nothing


def test_a_60_mb_import_streams_with_default_limits_in_bounded_memory(tmp_path: Path) -> None:
    """60 MB is past the default attachment limit (50 MB) and far past what memory may hold for it."""
    app = _app(tmp_path, f"sqlite:///{tmp_path / 'tablo.db'}")
    application = next(app)
    try:
        owner = ApiClient(application)
        owner.signup("owner@example.com")
        owner.new_base("Sales")
        path = tmp_path / "big.csv"
        size = 60 * MB
        with open(path, "wb") as out:  # written in pieces: the test itself must not hold 60 MB either
            out.write(b"number,name,amount\n")
            written, i = 0, 0
            while written < size:
                # Long rows: the preview reads every row, and tracemalloc makes each one slow.
                chunk = b"".join(b"%07d,%s %07d,%d.67\n" % (n, b"customer name " * 8, n, n % 90000)
                                 for n in range(i, i + 20_000))
                out.write(chunk)
                written += len(chunk)
                i += 20_000
        tracemalloc.start()
        try:
            with open(path, "rb") as f:
                resp = owner.call("POST", f"/api/bases/{owner.base_id}/imports", expect=201,
                                  data={"file": (f, "big.csv")}, content_type="multipart/form-data")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        preview = resp.get_json()
        assert preview["import_id"]
        assert peak < 16 * MB, f"peak {peak / MB:.1f} MB for a {size / MB:.0f} MB upload"
        staged = [p for p in (tmp_path / "data" / "imports").rglob("upload.bin")]
        assert len(staged) == 1 and os.path.getsize(staged[0]) == os.path.getsize(path)
    finally:
        next(app, None)
