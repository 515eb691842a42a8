"""anymail's webhook addresses (/anymail/<esp>/tracking/, /anymail/<esp>/inbound/), each view guarded.

anymail parses an ESP's body before (Mailgun) or after (Postmark) checking its signature, and a body of the
wrong shape (``[]``, ``null``, a string, deep nesting) raises a TypeError or KeyError inside it: a 500, which
ESPs retry for days and which fills the error logs of an endpoint anyone can reach. Here such a body gets a 400
with a reason. Amazon SES's views need boto3, which Whatson does not install: they answer 404 rather than 500.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from anymail.exceptions import AnymailImproperlyInstalled
from anymail.urls import urlpatterns as anymail_urlpatterns
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, URLResolver

logger = logging.getLogger(__name__)

app_name = "anymail"
MALFORMED = "Not a webhook body this endpoint understands."
NOT_INSTALLED = "This mail service's webhooks are not available here."
# What a body of the wrong shape raises inside anymail's parsers.
SHAPE_ERRORS = (TypeError, KeyError, AttributeError, IndexError, ValueError, RecursionError)


def guarded(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @functools.wraps(view)  # keeps csrf_exempt and the view class anymail's tests and reverse() rely on
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except AnymailImproperlyInstalled:
            return HttpResponse(NOT_INSTALLED, status=404, content_type="text/plain")
        except SHAPE_ERRORS:
            logger.warning("Malformed webhook body at %s: answered 400", request.path, exc_info=True)
            return HttpResponse(MALFORMED, status=400, content_type="text/plain")

    return wrapper


def _guard(pattern: URLPattern | URLResolver) -> URLPattern | URLResolver:
    if isinstance(pattern, URLPattern):
        return URLPattern(pattern.pattern, guarded(pattern.callback), pattern.default_args, pattern.name)
    return pattern


urlpatterns = [_guard(pattern) for pattern in anymail_urlpatterns]
