"""The OpenAPI document, generated from the route declarations, and the browsable docs."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Response, send_from_directory

from server import __version__
from server.actions.registry import all_handlers
from server.actions.schemas import ACTION_MARK
from server.api.routing import ROUTES, TEXT_ID_PARAMS, api

ERROR_SCHEMA = {
    "type": "object",
    "properties": {"error": {"type": "object", "properties": {
        "code": {"type": "string"}, "message": {"type": "string"},
        "fields": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}}}}},
}


# Schemas that features add under components.schemas (a feature's route module calls
# `add_components` when imported): name -> a function returning the JSON schema.
COMPONENTS: dict[str, Callable[[], dict[str, Any]]] = {}


def add_components(name: str, build: Callable[[], dict[str, Any]]) -> None:
    COMPONENTS[name] = build


@functools.lru_cache(maxsize=1)
def build_spec() -> dict[str, Any]:
    spec = APISpec(title="Tablo API", version=__version__, openapi_version="3.0.3",
                   plugins=[MarshmallowPlugin()],
                   info={"description": "JSON over HTTP. Browser sessions use a cookie and must send "
                                        "`X-Requested-With: tablo` on writes; scripts send "
                                        "`Authorization: Bearer <token>`. Errors are "
                                        "`{\"error\": {\"code\", \"message\", \"fields\"}}`."})
    spec.components.schema("Error", ERROR_SCHEMA)
    spec.components.security_scheme("bearer", {"type": "http", "scheme": "bearer"})
    spec.components.security_scheme("session", {"type": "apiKey", "in": "cookie", "name": "tablo_session"})
    seen_schemas: set[str] = set()
    paths: dict[str, dict] = {}
    for r in ROUTES:
        full = "/api" + r.path
        params = [{"name": p, "in": "path", "required": True,
                   "schema": {"type": "integer" if p.endswith("_id") and p not in TEXT_ID_PARAMS else "string"}}
                  for p in re.findall(r"{(\w+)}", r.path)]
        for method in r.methods:
            op: dict[str, Any] = {"summary": r.summary, "tags": [r.tag], "operationId": f"{r.endpoint}_{method.lower()}",
                                  "responses": {"200": {"description": "OK"}}}
            if r.description:
                op["description"] = r.description
            if not r.auth:
                op["security"] = []
            if r.query is not None:
                op["parameters"] = params + [{"in": "query", "schema": r.query}]
            elif params:
                op["parameters"] = params
            if r.body is not None:
                name = r.body.__name__
                if name not in seen_schemas:
                    spec.components.schema(name, schema=r.body)
                    seen_schemas.add(name)
                op["requestBody"] = {"required": True, "content": {"application/json": {"schema": name}}}
            for status, desc in r.responses.items():
                op["responses"][str(status)] = {"description": desc}
            for status, desc in ((400, "malformed request"), (401, "not logged in"), (404, "not found or not yours"),
                                 (422, "invalid input")):
                op["responses"].setdefault(str(status), {
                    "description": desc, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
            paths.setdefault(full, {})[method.lower()] = op
    for path, ops in paths.items():
        spec.path(path=path, operations=ops)
    action = _action_schemas(spec)
    doc = spec.to_dict()
    doc["components"]["schemas"]["Action"] = action
    _point_at_action(doc["components"]["schemas"])
    for name, build in COMPONENTS.items():
        doc["components"]["schemas"][name] = build()
    doc["security"] = [{"bearer": []}, {"session": []}]
    return doc


def _action_schemas(spec: APISpec) -> dict[str, Any]:
    """Every action type's payload schema under components.schemas; `Action` is the oneOf of
    those a client may send, told apart by `type` (server-only types are documented, not offered)."""
    mapping: dict[str, str] = {}
    for type_, handler in sorted(all_handlers().items()):
        name = handler.schema.__name__
        doc = " ".join((handler.schema.__doc__ or "").split())
        if not handler.public and not doc.startswith("Server only"):
            doc = f"Server only: {doc}"
        spec.components.schema(name, {"description": doc}, schema=handler.schema)
        if handler.public:
            mapping[type_] = f"#/components/schemas/{name}"
    return {"description": "One action; `type` says which (see docs/api.md).",
            "oneOf": [{"$ref": ref} for ref in mapping.values()],
            "discriminator": {"propertyName": "type", "mapping": mapping}}


def _point_at_action(node: Any) -> None:
    """Fields marked as holding one action (server.actions.schemas.ActionField) refer to `Action`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, dict) and value.get(ACTION_MARK):
                node[key] = {"$ref": "#/components/schemas/Action"}
            else:
                _point_at_action(value)
    elif isinstance(node, list):
        for value in node:
            _point_at_action(value)


@api.route("/openapi.json")
def openapi_json() -> Any:
    return build_spec()


DOCS_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Tablo API</title>
<link rel="stylesheet" href="/api/docs/static/swagger-ui.css"></head><body><div id="swagger-ui"></div>
<script src="/api/docs/static/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({url: "/api/openapi.json", dom_id: "#swagger-ui"});</script>
</body></html>"""


@api.route("/docs")
def docs() -> Response:
    return Response(DOCS_HTML, mimetype="text/html")


@api.route("/docs/static/<path:name>")
def docs_static(name: str) -> Any:
    import swagger_ui_bundle

    return send_from_directory(os.path.abspath(swagger_ui_bundle.swagger_ui_path), name)
