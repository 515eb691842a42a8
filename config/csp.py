"""Content-Security-Policy on every response, from ``settings.CONTENT_SECURITY_POLICY``.

A tiny middleware rather than a dependency: the policy is one static header (no nonces, because no
template needs inline script or style; templates/500.html and 503.html link their own stylesheet for that reason).
A view that sets its own Content-Security-Policy keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponseBase

HEADER = "Content-Security-Policy"
BAD_DIRECTIVE = "CONTENT_SECURITY_POLICY: directive {name!r} has a value with ';' or a newline: {value!r}"


def policy_header(directives: Mapping[str, Sequence[str]]) -> str:
    """``{"default-src": ["'self'"], ...}`` → ``"default-src 'self'; ..."``."""
    parts = []
    for name, values in directives.items():
        for value in (name, *values):
            if ";" in value or "\n" in value or "\r" in value:
                raise ImproperlyConfigured(BAD_DIRECTIVE.format(name=name, value=value))
        parts.append(" ".join((name, *values)))
    return "; ".join(parts)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        self.header = policy_header(settings.CONTENT_SECURITY_POLICY)

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if self.header and HEADER not in response:
            response[HEADER] = self.header
        return response
