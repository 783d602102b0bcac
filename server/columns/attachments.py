"""File and image attachments: lists of files uploaded to the base (`server.api.files`)."""

from __future__ import annotations

from typing import Any

from marshmallow import fields

from server.catalog.schema import JSONType
from server.columns.base import CellError, ColumnType, ValueContext

MAX_FILES_PER_CELL = 100
IMAGE_MIMES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/svg+xml",
               "image/x-icon", "image/tiff")


class FileType(ColumnType):
    type_id = "file"
    family = "files"
    list_value = True
    images_only = False

    def sql_type(self, options):
        return JSONType

    def api_field(self):
        return fields.List(fields.Raw(), allow_none=True,
                           metadata={"description": "file ids from POST /api/bases/{base_id}/files"})

    def to_db(self, value: Any, col, ctx: ValueContext) -> Any:
        if value is None or value == []:
            return None
        if not isinstance(value, list):
            raise CellError("expected a list of uploaded files")
        if len(value) > MAX_FILES_PER_CELL:
            raise CellError(f"at most {MAX_FILES_PER_CELL} files in a cell")
        ids: list[str] = []
        for item in value:
            fid = item.get("id") if isinstance(item, dict) else item
            if not isinstance(fid, str):
                raise CellError("each file is its id or an object with an id")
            ids.append(fid)
        found = ctx.file_lookup(ids) if ctx.file_lookup else {}
        out = []
        for fid in ids:
            rec = found.get(fid)
            if rec is None:
                raise CellError(f"file {fid!r} was not uploaded to this base")
            if self.images_only and rec["mime"] not in IMAGE_MIMES:
                raise CellError(f"{rec['name']!r} is not an image")
            out.append({"id": rec["id"], "name": rec["name"], "size": rec["size"], "mime": rec["mime"]})
        return out

    def parse_text(self, text, col, ctx):
        if not text.strip():
            return None
        raise CellError("files are uploaded, not typed")

    def from_db(self, value, col, ctx):
        if not value:
            return []
        return [{**f, "url": f"/api/files/{f['id']}"} for f in value]

    def to_text(self, value, col, ctx):
        return ", ".join(f["name"] for f in value) if value else ""

    def convert_value(self, value, source, target, ctx):
        if value is None:
            return None
        if source.type in ("file", "image"):
            return self.to_db(value, target, ctx)
        raise CellError("only files convert to files")

    def search_expression(self, expr, col):
        return None


class ImageType(FileType):
    type_id = "image"
    images_only = True
