"""The one error type the API answers with: `{"error": {"code", "message", "fields"}}`."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, fields: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields or {}

    def to_json(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "fields": self.fields}}


def bad_request(message: str, fields: dict | None = None, code: str = "bad_request") -> ApiError:
    return ApiError(400, code, message, fields)


def unauthorized(message: str = "Log in first.") -> ApiError:
    return ApiError(401, "unauthorized", message)


def forbidden(message: str = "You may not do this.") -> ApiError:
    return ApiError(403, "forbidden", message)


def not_found(what: str = "Not found.") -> ApiError:
    return ApiError(404, "not_found", what)


def conflict(message: str, fields: dict | None = None, code: str = "conflict") -> ApiError:
    return ApiError(409, code, message, fields)


def too_large(message: str) -> ApiError:
    return ApiError(413, "too_large", message)


def invalid(message: str, fields: dict | None = None, code: str = "invalid") -> ApiError:
    return ApiError(422, code, message, fields)


def rate_limited(message: str) -> ApiError:
    return ApiError(429, "rate_limited", message)


def flatten_messages(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """marshmallow's nested error messages as {"options.precision": ["…"]} for `fields`."""
    out: dict[str, list[str]] = {}
    if isinstance(messages, dict):
        for k, v in messages.items():
            out.update(flatten_messages(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        out[prefix or "body"] = messages
    else:
        out[prefix or "body"] = [str(messages)]
    return out


def invalid_input(what: str, messages: Any) -> ApiError:
    """marshmallow's errors for one input as the 422 naming every field at fault; an input whose
    only faults are fields the schema does not know is `unknown_field` (decision 0014)."""
    fields = flatten_messages(messages)
    unknown_fields = [k for k, msgs in fields.items() if msgs == ["Unknown field."]]
    if unknown_fields and len(unknown_fields) == len(fields):
        return invalid(f"{what}: unknown field{'s' if len(unknown_fields) > 1 else ''} "
                       f"{', '.join(unknown_fields)}", {k: ["unknown field"] for k in unknown_fields},
                       code="unknown_field")
    key, msgs = next(iter(fields.items()))
    return invalid(f"{what}: {key}: {msgs[0]}", fields)
