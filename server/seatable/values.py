"""Tablo's columns and cell values in SeaTable's shapes, and back.

Our column type ids follow SeaTable's, so types map one to one; what differs is the shape of
column options (`column.data` on SeaTable) and of a few values: select options and
collaborators travel by name and email, dates as ISO text with an offset, files with URLs,
empty cells as null.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from flask import request

from server.catalog.model import ColumnMeta, TableMeta
from server.columns.base import ValueContext
from server.errors import bad_request

# SeaTable types we do not have at all (each of ours names its SeaTable id: `seatable_id()`).
NOT_SUPPORTED_TYPES = {"button", "digital-sign", "department-single-select"}

_NUMBER_FORMATS_OUT = {"$": "dollar", "€": "euro", "¥": "yuan"}
_NUMBER_FORMATS_IN = {"dollar": "$", "euro": "€", "yuan": "¥"}
_THOUSANDS_OUT = {"none": "no", "space": "space", "comma": "comma", "dot": "dot"}
_RATE_STYLE = {"star": "dtable-icon-rate", "like": "dtable-icon-like", "flag": "dtable-icon-flag"}
_DATE_OUT = {"YYYY-MM-DD": "YYYY-MM-DD", "DD.MM.YYYY": "DD.MM.YYYY", "MM/DD/YYYY": "M/D/YYYY",
             "DD/MM/YYYY": "DD/MM/YYYY"}
_DATE_IN = {"YYYY-MM-DD": "YYYY-MM-DD", "DD.MM.YYYY": "DD.MM.YYYY", "M/D/YYYY": "MM/DD/YYYY",
            "MM/DD/YYYY": "MM/DD/YYYY", "DD/MM/YYYY": "DD/MM/YYYY"}
TEXT_COLOR = "#212529"


# -- columns ------------------------------------------------------------------------------------
def column_type_out(col: ColumnMeta) -> str:
    return col.type_cls.seatable_id()


def column_data_out(col: ColumnMeta) -> dict[str, Any] | None:
    """Our options as SeaTable's `column.data`."""
    o = col.options or {}
    t = col.type
    if t == "number":
        fmt = o.get("format", "number")
        data: dict[str, Any] = {"format": "number", "decimal": o.get("decimal") or "dot",
                                "thousands": _THOUSANDS_OUT.get(o.get("thousands") or "none", "no"),
                                "enable_precision": fmt != "number" or o.get("precision") is not None,
                                "precision": o.get("precision", 2)}
        if fmt == "percent":
            data["format"] = "percent"
        elif fmt == "currency":
            sym = o.get("currency_symbol", "₽")
            data["format"] = _NUMBER_FORMATS_OUT.get(sym, "custom_currency")
            data["currency_symbol"] = sym
            data["currency_symbol_position"] = o.get("currency_position", "after")
        return data
    if t == "date":
        fmt = _DATE_OUT.get(o.get("format", "YYYY-MM-DD"), "YYYY-MM-DD")
        return {"format": fmt + (" HH:mm" if o.get("include_time") else "")}
    if t == "duration":
        return {"format": "duration", "duration_format": o.get("format", "h:mm")}
    if t in ("single-select", "multiple-select"):
        return {"options": [{"id": x["id"], "name": x["name"], "color": x.get("color"), "textColor": TEXT_COLOR}
                            for x in o.get("options", [])]}
    if t == "rate":
        return {"rate_max_number": o.get("max", 5), "rate_style_color": o.get("color", "#F59E0B"),
                "rate_style_type": _RATE_STYLE.get(o.get("style", "star"), "dtable-icon-rate")}
    if t == "auto-number":
        digits = int(o.get("digits", 4))
        return {"format": o.get("prefix", "") + "0" * digits, "prefix_type": "string", "prefix": o.get("prefix", ""),
                "digits": digits}
    if t == "phone":
        return {"display_type": "phone"}
    if t == "link":
        return link_data_out(col)
    if t == "formula":
        return {"formula": o.get("source") or o.get("formula"), "result_type": o.get("result_type")}
    if t in ("lookup", "rollup", "link-count"):
        return {"formula": {"lookup": "lookup", "rollup": "rollup", "link-count": "count_links"}[t],
                "link_column_key": str(o.get("link_column_id")) if o.get("link_column_id") else None,
                "column_key_in_linked_record": str(o["column_id"]) if o.get("column_id") else None,
                "summary_method": o.get("summary"), "result_type": o.get("result_type")}
    return col.type_cls.seatable_data(col)


def link_data_out(col: ColumnMeta) -> dict[str, Any]:
    """A link column's data in SeaTable's words. As on SeaTable, both columns of one link share
    its link_id (ours: the id of the junction, which is the first column's id)."""
    o = col.options or {}
    other = o.get("table_id")
    return {"link_id": str(o["link_id"]) if o.get("link_id") else None, "table_id": str(col.table_id),
            "other_table_id": str(other) if other is not None else None, "is_multiple": o.get("is_multiple", True),
            "other_column_key": str(o["other_column_id"]) if o.get("other_column_id") else None}


def column_out(col: ColumnMeta) -> dict[str, Any]:
    return {"key": col.key, "name": col.name, "type": column_type_out(col), "width": 200,
            "editable": not col.type_cls.read_only, "resizable": True, "draggable": True,
            "data": column_data_out(col), "description": col.description or None, "permission_type": "",
            "permitted_users": []}


def column_data_in(column_type: str, data: Any) -> dict[str, Any] | None:
    """SeaTable's `column_data` for a new column as our options; unknown keys are UI settings and ignored."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise bad_request("column_data must be an object", {"column_data": ["must be an object"]})
    t = column_type
    out: dict[str, Any] = {}
    if t == "number":
        fmt = data.get("format", "number")
        if fmt in ("number", None):
            out["format"] = "number"
        elif fmt == "percent":
            out["format"] = "percent"
        elif fmt in _NUMBER_FORMATS_IN or fmt == "custom_currency":
            out["format"] = "currency"
            out["currency_symbol"] = data.get("currency_symbol") or _NUMBER_FORMATS_IN.get(fmt, "₽")
            pos = data.get("currency_symbol_position")
            out["currency_position"] = pos if pos in ("before", "after") else (
                "before" if fmt in _NUMBER_FORMATS_IN else "after")
        else:
            raise bad_request(f"column_data.format {fmt!r} is not a number format",
                              {"column_data.format": ["number, percent, dollar, euro, yuan or custom_currency"]})
        if data.get("enable_precision") and data.get("precision") is not None:
            out["precision"] = data["precision"]
        if data.get("decimal") in ("dot", "comma"):
            out["decimal"] = data["decimal"]
        thousands = {"no": "none", "comma": "comma", "dot": "dot", "space": "space"}.get(data.get("thousands"))
        if thousands and thousands != out.get("decimal"):
            out["thousands"] = thousands
        return out
    if t == "date":
        fmt = data.get("format", "YYYY-MM-DD")
        if not isinstance(fmt, str):
            raise bad_request("column_data.format must be text", {"column_data.format": ["must be text"]})
        day, _, time_part = fmt.partition(" ")
        if day not in _DATE_IN:
            raise bad_request(f"column_data.format {fmt!r} is not a date format",
                              {"column_data.format": ["YYYY-MM-DD, M/D/YYYY, DD/MM/YYYY or DD.MM.YYYY, "
                                                      "optionally with HH:mm"]})
        return {"format": _DATE_IN[day], "include_time": bool(time_part)}
    if t == "duration":
        f = data.get("duration_format", "h:mm")
        if f not in ("h:mm", "h:mm:ss"):
            raise bad_request("column_data.duration_format must be h:mm or h:mm:ss",
                              {"column_data.duration_format": ["h:mm or h:mm:ss"]})
        return {"format": f}
    if t in ("single-select", "multiple-select"):
        opts = data.get("options", [])
        if not isinstance(opts, list):
            raise bad_request("column_data.options must be a list", {"column_data.options": ["must be a list"]})
        options = []
        for i, o in enumerate(opts):
            if not isinstance(o, dict) or not isinstance(o.get("name"), str):
                raise bad_request(f"column_data.options[{i}] needs a name", {f"column_data.options[{i}].name": ["required"]})
            item: dict[str, Any] = {"name": o["name"]}
            if isinstance(o.get("color"), str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", o["color"]):
                item["color"] = o["color"]
            if isinstance(o.get("id"), str) and re.fullmatch(r"[A-Za-z0-9_-]{1,32}", o["id"]):
                item["id"] = o["id"]
            options.append(item)
        return {"options": options}
    if t == "rate":
        if "rate_max_number" in data:
            out["max"] = data["rate_max_number"]
        if isinstance(data.get("rate_style_color"), str):
            out["color"] = data["rate_style_color"]
        style = {v: k for k, v in _RATE_STYLE.items()}.get(data.get("rate_style_type"))
        if style:
            out["style"] = style
        return out
    if t == "auto-number":
        if isinstance(data.get("prefix"), str):
            out["prefix"] = data["prefix"]
        if isinstance(data.get("digits"), int):
            out["digits"] = data["digits"]
        fmt = data.get("format")
        if isinstance(fmt, str) and "prefix" not in out:
            m = re.fullmatch(r"(.*?)(0+)", fmt)
            if m:
                out["prefix"], out["digits"] = m[1], len(m[2])
        return out
    return None


# -- values out ---------------------------------------------------------------------------------
def iso(value: Any) -> str | None:
    """A stored UTC timestamp as SeaTable writes it: ISO with milliseconds and +00:00."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    # isoformat is C code; strftime was a fifth of a 1,000-row list-rows call.
    return value.isoformat(timespec="milliseconds") + "+00:00"


def _num(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _absolute(url: str) -> str:
    return request.host_url.rstrip("/") + url


def value_reader(col: ColumnMeta, vctx: ValueContext, names: bool = True) -> Callable[[Any], Any]:
    """A function from a stored value of this column to the value SeaTable returns (names for
    options and users when `names`); made once per column and request, used for every row."""
    t = col.type
    ctype = col.type_cls  # looked up once: the property imports the registry on every call
    if t == "date":
        with_time = bool(col.options.get("include_time"))

        def date(stored: Any) -> Any:
            if stored is None:
                return None
            if isinstance(stored, str):
                stored = dt.datetime.fromisoformat(stored)
            return stored.replace(microsecond=0).isoformat() + "+00:00" if with_time else stored.date().isoformat()
        return date
    if t in ("ctime", "mtime"):
        return iso
    if t in ("creator", "last-modifier"):
        return lambda stored: user_out(stored, vctx)
    if t == "collaborator":
        return lambda stored: [user_out(u, vctx) for u in stored] if stored else None
    if t in ("single-select", "multiple-select"):
        options = {o["id"]: (o["name"] if names else o["id"]) for o in col.options.get("options", [])}
        if t == "single-select":
            # A removed option reads as empty (undoing the removal brings the value back).
            return lambda stored: options.get(stored) if stored is not None else None
        return lambda stored: [options[o] for o in stored if o in options] or None if stored else None
    if t in ("file", "image"):
        def files(stored: Any) -> Any:
            if not stored:
                return None
            items = ctype.from_db(stored, col, vctx)
            if t == "image":
                return [_absolute(f["url"]) for f in items]
            return [{"name": f["name"], "size": f["size"], "type": "file", "url": _absolute(f["url"]), "id": f["id"]}
                    for f in items]
        return files
    if t == "link":
        return lambda stored: link_value_out(ctype.from_db(stored, col, vctx))
    if t in ("number", "duration"):
        return lambda stored: _num(ctype.from_db(stored, col, vctx))

    def other(stored: Any) -> Any:
        value = ctype.from_db(stored, col, vctx)
        return None if value == "" or value == [] else value
    return other


def value_out(col: ColumnMeta, stored: Any, vctx: ValueContext, names: bool = True) -> Any:
    """One stored value as SeaTable returns it (see `value_reader` for many)."""
    return value_reader(col, vctx, names)(stored)


def link_value_out(value: Any) -> Any:
    if not value:
        return None
    out = []
    for item in value:
        if isinstance(item, dict):
            out.append({"row_id": item.get("row_id", item.get("_id")), "display_value": item.get("display_value")})
    return out


def user_out(user_id: Any, vctx: ValueContext) -> Any:
    if user_id is None:
        return None
    m = vctx.members.get(user_id)
    return m["email"] if m else str(user_id)


def row_reader(table: TableMeta, vctx: ValueContext, names: bool,
               columns: list[ColumnMeta] | None = None) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A function from a row read by `base_select` to SeaTable's v2 shape: system fields, then
    every column (null when empty). Built once per request."""
    plan = []
    for col in (table.columns if columns is None else columns):
        if col.phys is not None:
            source = col.phys
        else:
            source = col.type_cls.system_column or f"x_{col.id}"
        plan.append((col.name if names else col.key, source, value_reader(col, vctx, names)))

    def read(rec: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"_id": rec["_id"], "_ctime": iso(rec.get("_ctime")), "_mtime": iso(rec.get("_mtime")),
                               "_creator": user_out(rec.get("_creator"), vctx),
                               "_last_modifier": user_out(rec.get("_last_modifier"), vctx)}
        for key, source, fn in plan:
            out[key] = fn(rec.get(source))
        return out
    return read


def row_out(table: TableMeta, rec: dict[str, Any], vctx: ValueContext, names: bool,
            columns: list[ColumnMeta] | None = None) -> dict[str, Any]:
    return row_reader(table, vctx, names, columns)(rec)


# -- values in ----------------------------------------------------------------------------------
_FILE_URL = re.compile(r"/api/files/([A-Za-z0-9_-]{1,64})/?$")


def _file_ref(item: Any) -> Any:
    """A SeaTable file cell item (object with url, or an image URL) as our file id."""
    if isinstance(item, dict):
        if isinstance(item.get("id"), str):
            return item["id"]
        item = item.get("url")
    if isinstance(item, str):
        m = _FILE_URL.search(item.split("?", 1)[0])
        if m:
            return m[1]
    return item


def row_in(table: TableMeta, row: Any, index: int, field: str = "rows") -> dict[str, Any]:
    """A SeaTable row (keys: names, or keys) as our action's row keyed by column key.

    As on SeaTable, unknown keys, system fields and read-only columns are ignored: scripts
    often copy a row read from one table into another.
    """
    if not isinstance(row, dict):
        raise bad_request(f"{field}[{index}] must be an object of column: value",
                          {f"{field}[{index}]": ["must be an object"]})
    by_name = {c.name: c for c in table.columns}
    by_key = {c.key: c for c in table.columns}
    out: dict[str, Any] = {}
    for key, value in row.items():
        if not isinstance(key, str) or key.startswith("_"):
            continue
        col = by_name.get(key) or by_key.get(key)
        if col is None or col.type_cls.read_only or (col.phys is None and col.type != "link"):
            continue
        if col.type in ("file", "image") and isinstance(value, list):
            value = [_file_ref(v) for v in value]
        out[col.key] = value
    return out
