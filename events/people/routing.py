"""One address, several views by HTTP method: ``/api/v1/events/`` lists (anyone) and creates (organizers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse

# DRF's own wording, so a method nobody serves reads the same on every API address.
METHOD_NOT_ALLOWED = 'Method "{method}" not allowed.'


def by_method(**views: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A view that hands each request to ``views[METHOD]`` (GET also serves HEAD; OPTIONS goes to GET's)."""
    table = {method.upper(): view for method, view in views.items()}
    if "GET" in table:
        table.setdefault("HEAD", table["GET"])
        table.setdefault("OPTIONS", table["GET"])
    allowed = ", ".join(sorted(table))

    def dispatch(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        view = table.get(request.method or "")
        if view is None:
            response = JsonResponse(
                {"error": METHOD_NOT_ALLOWED.format(method=request.method), "fields": {}}, status=405
            )
            response["Allow"] = allowed
            return response
        return view(request, *args, **kwargs)

    # DRF's views are CSRF-exempt (session authentication enforces CSRF itself); so is their dispatcher.
    dispatch.csrf_exempt = True  # type: ignore[attr-defined]
    return dispatch
