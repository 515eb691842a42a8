"""Base views of the people API: what every answer given to one person, or depending on who asks, must carry.

A shared cache (a CDN, a company proxy) must never keep one person's answer (their account, replies, saves,
attendees, figures) and hand it to someone else, nor give the anonymous answer to a signed-in client: every
personal answer says ``Cache-Control: private, no-store``, and every answer that depends on the caller says so
with ``Vary: Authorization, Cookie``. Set in ``finalize_response``, so errors (401, 403, 404, 429) carry them too.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponseBase
from django.utils.cache import patch_vary_headers
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.views import APIView
from rest_framework_simplejwt.authentication import JWTAuthentication

PRIVATE = "private, no-store"
# What tells one caller from another: the Bearer token (API clients) or the session cookie (the site).
IDENTITY_HEADERS = ("Authorization", "Cookie")


class VaryOnIdentity(APIView):
    """An answer that depends on who asks (signed in or not): ``Vary: Authorization, Cookie``."""

    authentication_classes = (JWTAuthentication, SessionAuthentication)

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> HttpResponseBase:
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, IDENTITY_HEADERS)
        return response


class PersonalView(VaryOnIdentity):
    """One person's endpoint: a JWT (API clients) or the site's session (CSRF enforced on writes), signed in by
    default, and an answer no shared cache keeps."""

    permission_classes = (IsAuthenticated,)

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> HttpResponseBase:
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = PRIVATE
        return response
