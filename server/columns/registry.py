"""The one registry of column types. Adding a type: one module, one line in `_BUILTINS`.

Link, lookup, rollup and formula types register here too, from their own modules.
"""

from __future__ import annotations

from server.columns.attachments import FileType, ImageType
from server.columns.base import ColumnType
from server.columns.choice import CheckboxType, CollaboratorType, MultipleSelectType, SingleSelectType
from server.columns.dates import DateType
from server.columns.geolocation import GeolocationType
from server.columns.numeric import AutoNumberType, DurationType, NumberType, RateType
from server.columns.system import CreatorType, CTimeType, LastModifierType, MTimeType
from server.columns.textual import EmailType, LongTextType, PhoneType, TextType, UrlType

_REGISTRY: dict[str, ColumnType] = {}

_BUILTINS: list[type[ColumnType]] = [
    TextType, LongTextType, NumberType, CheckboxType, DateType, DurationType, SingleSelectType,
    MultipleSelectType, EmailType, UrlType, PhoneType, RateType, AutoNumberType, CollaboratorType,
    FileType, ImageType, CTimeType, MTimeType, CreatorType, LastModifierType,
    GeolocationType,
]


def register(cls: type[ColumnType]) -> type[ColumnType]:
    if cls.type_id in _REGISTRY:
        raise ValueError(f"column type {cls.type_id!r} is registered twice")
    _REGISTRY[cls.type_id] = cls()
    return cls


for _cls in _BUILTINS:
    register(_cls)


def _register_computed() -> None:
    # Imported late: links and computed types build on the types above and the formula compiler.
    from server.columns.computed import FormulaType, LinkCountType, LookupType, RollupType
    from server.columns.links import LinkType

    for cls in (LinkType, FormulaType, LookupType, RollupType, LinkCountType):
        register(cls)


_register_computed()


def get_type(type_id: str) -> ColumnType:
    try:
        return _REGISTRY[type_id]
    except KeyError:
        raise KeyError(f"unknown column type {type_id!r}") from None


def has_type(type_id: str) -> bool:
    return type_id in _REGISTRY


def all_types() -> dict[str, ColumnType]:
    return dict(_REGISTRY)
