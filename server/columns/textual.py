"""Text-like types: text, long text (Markdown), email, URL, phone."""

from __future__ import annotations

import re
from typing import Any, ClassVar

import sqlalchemy as sa
from marshmallow import fields

from server.columns.base import CellError, ColumnType, ValueContext, imported_text
from server.storage.dialect import fold

NoneType = type(None)
TEXT_LIMIT = 10_000
LONG_TEXT_LIMIT = 100_000


class TextType(ColumnType):
    type_id = "text"
    family = "text"
    indexable = True
    limit = TEXT_LIMIT
    # Imported as it comes (no parse_text): email, URL and phone check their values instead.
    import_as_is: ClassVar[bool] = True

    def api_field(self) -> fields.Field:
        return fields.String(allow_none=True, metadata={"maxLength": self.limit})

    def to_db(self, value: Any, col, ctx: ValueContext) -> Any:
        if value is None:
            return None
        if isinstance(value, bool):
            raise CellError("expected text, got a boolean")
        if isinstance(value, int | float):
            value = _plain_number(value)
        if not isinstance(value, str):
            raise CellError("expected text")
        if len(value) > self.limit:
            raise CellError(f"text longer than {self.limit} characters")
        return value if value != "" else None

    def parse_text(self, text: str, col, ctx: ValueContext) -> Any:
        # Text keeps its inner spaces; only a fully blank value is empty.
        return self.to_db(text if text.strip() else None, col, ctx)

    def sort_expression(self, expr, col):
        return fold(expr)

    def search_expression(self, expr, col):
        return fold(expr)

    def formula_value(self, expr, col):
        return expr

    def import_converter(self, col, vctx, day_first=None):
        if not self.import_as_is:
            return super().import_converter(col, vctx, day_first)
        limit = self.limit

        def text(v: Any) -> Any:
            s = imported_text(v)
            if s is not None and len(s) > limit:
                raise CellError(f"text longer than {limit:,} characters")
            return s
        return text

    def import_column_converter(self, col, vctx, conv):
        if not self.import_as_is:
            return super().import_column_converter(col, vctx, conv)
        limit = self.limit

        def text(vals: list[Any]) -> list[Any]:
            types = set(map(type, vals))
            if not vals or not types <= {str, NoneType}:
                return [conv(v) for v in vals]
            strs = vals if NoneType not in types else [v for v in vals if v is not None]
            if strs and (max(map(len, strs)) > limit or "\n'" in "\n" + "\n".join(strs)):
                return [conv(v) for v in vals]  # an apostrophe-prefixed (neutralised) value, or too long
            return [v if v and not v.isspace() else None for v in vals]
        return text


def _plain_number(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class LongTextType(TextType):
    type_id = "long-text"
    limit = LONG_TEXT_LIMIT


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URL_RE = re.compile(r"^(https?|ftp)://[^\s/$.?#].[^\s]*$", re.IGNORECASE)
PHONE_RE = re.compile(r"^\+?[\d\s().\-]{3,30}(\s*(ext\.?|доб\.?)\s*\d{1,6})?$", re.IGNORECASE)


class EmailType(TextType):
    type_id = "email"
    import_as_is = False
    limit = 320

    def api_field(self) -> fields.Field:
        return fields.Email(allow_none=True)

    def to_db(self, value: Any, col, ctx: ValueContext) -> Any:
        value = super().to_db(value, col, ctx)
        if value is None:
            return None
        value = value.strip()
        if not EMAIL_RE.match(value):
            raise CellError(f"{value!r} is not an email address")
        return value


class UrlType(TextType):
    type_id = "url"
    import_as_is = False
    limit = 2048

    def api_field(self) -> fields.Field:
        return fields.Url(allow_none=True)

    def to_db(self, value: Any, col, ctx: ValueContext) -> Any:
        value = super().to_db(value, col, ctx)
        if value is None:
            return None
        value = value.strip()
        if "://" not in value and re.match(r"^[\w.-]+\.[a-zа-я]{2,}(/.*)?$", value, re.IGNORECASE):
            value = "https://" + value
        if not URL_RE.match(value):
            raise CellError(f"{value!r} is not a web address (http:// or https://)")
        return value


class PhoneType(TextType):
    type_id = "phone"
    seatable_type = "text"  # SeaTable has no phone type: a text column shown as a phone
    import_as_is = False
    limit = 60

    def to_db(self, value: Any, col, ctx: ValueContext) -> Any:
        value = super().to_db(value, col, ctx)
        if value is None:
            return None
        value = value.strip()
        if not PHONE_RE.match(value) or sum(ch.isdigit() for ch in value) < 3:
            raise CellError(f"{value!r} is not a phone number")
        return value


def sql_text() -> sa.types.TypeEngine:
    return sa.Text()
