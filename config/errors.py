"""Error pages: JSON for machine endpoints (webhooks), the site's templates for everything else.

Django answers some errors before or around a view (an unknown URL, RequestDataTooBig or another
SuspiciousOperation, an unhandled exception). A partner's webhook client reads JSON, so under
``JSON_PREFIXES`` those answers are JSON with a message, never an HTML page; so are the REST APIs' (an API
client reads JSON too), in their ``{"error": ...}`` shape.
"""

from __future__ import annotations

import sys

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import defaults

JSON_PREFIXES = ("/webhooks/", "/api/")
WEBHOOK_PREFIX = "/webhooks/"
BAD_REQUEST = "Bad request."
FORBIDDEN = "Forbidden."
NOT_FOUND = "Not found."
SERVER_ERROR = "Internal error; the delivery was not processed. Retry later."
API_SERVER_ERROR = "Internal error. Retry later."


def wants_json(request: HttpRequest) -> bool:
    return request.path.startswith(JSON_PREFIXES)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"error": BAD_REQUEST}, status=400)
    return defaults.bad_request(request, exception)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"error": FORBIDDEN}, status=403)
    return defaults.permission_denied(request, exception)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"error": NOT_FOUND}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    # Django calls this while handling the exception (sys.exc_info() is it): one raised by a middleware because
    # the database is unreachable (a session saved after the view) is an outage, answered 503 (config/outage.py).
    from config.outage import is_outage, outage_response

    exception = sys.exc_info()[1]
    if exception is not None and is_outage(exception):
        return outage_response(request, exception)
    if wants_json(request):
        message = SERVER_ERROR if request.path.startswith(WEBHOOK_PREFIX) else API_SERVER_ERROR
        return JsonResponse({"error": message}, status=500)
    return defaults.server_error(request)
