"""The API's documentation pages, both built from the OpenAPI schema (/api/schema/).

- /api/docs/: Swagger UI, to read and try every endpoint. Its files come from drf-spectacular-sidecar and
  are served by us (no CDN), its start-up script by a second request, so the site's Content-Security-Policy
  (no inline script or style) holds.
- /api/reference/: the same reference as a plain HTML page rendered on the server; no JavaScript needed.
"""

from __future__ import annotations

import functools
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.views import SpectacularSwaggerSplitView
from rest_framework.permissions import AllowAny

METHODS = ("get", "post", "put", "patch", "delete")


@functools.lru_cache(maxsize=1)
def public_schema() -> dict[str, Any]:
    """The generated schema (built once per process: it only changes with the code)."""
    return SchemaGenerator().get_schema(request=None, public=True)


def _ref_name(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref", "")
    if ref:
        return str(ref).rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return f"list of {_type_text(schema.get('items', {}))}"
    return ""


def _type_text(schema: dict[str, Any]) -> str:
    """A short, readable type: "string (date)", "one of: today, tonight", "list of string", "Event or null"."""
    if "$ref" in schema:
        return _ref_name(schema)
    if "allOf" in schema or "oneOf" in schema:
        parts = [_type_text(part) for part in schema.get("allOf") or schema.get("oneOf") or []]
        text = " / ".join(part for part in parts if part)
    elif "enum" in schema:
        text = "one of: " + ", ".join(str(value) for value in schema["enum"] if value is not None)
    elif schema.get("type") == "array":
        text = f"list of {_type_text(schema.get('items', {}))}"
    else:
        text = str(schema.get("type", "object"))
        if schema.get("format"):
            text += f" ({schema['format']})"
        bounds = [
            f"{label} {schema[key]}"
            for key, label in (("minimum", "≥"), ("maximum", "≤"), ("maxLength", "length ≤"))
            if key in schema
        ]
        if bounds:
            text += ", " + ", ".join(bounds)
    if schema.get("nullable"):
        text += " or null"
    return text


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for address, item in schema.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            found.append(
                {
                    "method": method.upper(),
                    "path": address,
                    "anchor": operation.get("operationId", ""),
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "where": parameter["in"],
                            "required": parameter.get("required", False),
                            "type": _type_text(parameter.get("schema", {})),
                            "description": parameter.get("description", ""),
                        }
                        for parameter in operation.get("parameters", [])
                    ],
                    "responses": [
                        {
                            "code": code,
                            "description": response.get("description", ""),
                            "shape": _ref_name(
                                response.get("content", {}).get("application/json", {}).get("schema", {})
                            ),
                        }
                        for code, response in operation.get("responses", {}).items()
                    ],
                }
            )
    return found


def shapes(schema: dict[str, Any]) -> list[dict[str, Any]]:
    components = schema.get("components", {}).get("schemas", {})
    return [
        {
            "name": name,
            "fields": [
                {
                    "name": field,
                    "type": _type_text(spec),
                    "description": spec.get("description", ""),
                }
                for field, spec in component.get("properties", {}).items()
            ],
        }
        for name, component in sorted(components.items())
    ]


@require_safe
def api_docs(request: HttpRequest) -> HttpResponse:
    schema = public_schema()
    context = {"info": schema.get("info", {}), "operations": operations(schema), "shapes": shapes(schema)}
    return render(request, "api/docs.html", context)


class SwaggerUI(SpectacularSwaggerSplitView):
    """Swagger UI without inline script or style: our page template, its script fetched from ``?script``."""

    template_name = "api/swagger_ui.html"
    url_name = "api-schema"
    title = "Whatson API"
    permission_classes = (AllowAny,)
    authentication_classes = ()
