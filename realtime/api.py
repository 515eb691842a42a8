"""Place live status over HTTP (docs/api.md, "Live place status"):

- ``GET  /api/v1/venues/<id>/status``: anyone; the status body (every value null when nothing valid is known).
- ``POST /api/v1/venues/<id>/status``: the venue itself, with ``Authorization: Bearer <token>`` (admin-issued).
- ``POST /api/v1/venues/<id>/reports``: any visitor, no account; a few reports per venue and address per window.

JSON only, the API's error body (``{"error": …, "fields": {…}}``), the public API's rate limit per address.
No session is read, so there is no CSRF to check: a request cannot act as a logged-in visitor.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from django.http import HttpRequest
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.authentication import BaseAuthentication
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.parsers import BaseParser
from rest_framework.request import Request
from rest_framework.response import Response

from events import selectors as event_selectors
from events.api.schema import INVALID, NOT_FOUND, THROTTLED, ErrorOut
from events.api.views import JSONOnly, PublicAnonThrottle, PublicView
from events.models import Venue
from realtime.models import Crowd
from realtime.places import selectors, services

logger = logging.getLogger(__name__)

REPORTS_PER_WINDOW = 5
REPORT_WINDOW_SECONDS = 600

NO_VENUE = "No such venue."
NO_TOKEN = "Send the venue's token: Authorization: Bearer <token>."  # noqa: S105  # a message
BAD_TOKEN = "Unknown or revoked token."  # noqa: S105  # a message
WRONG_VENUE = "This token is for another venue."
EMPTY_REPORT = "Say something about the place: crowd, wait_minutes, open_now or special."
TOO_MANY_REPORTS = "Too many reports on this venue from your address: try again in {minutes} min."


class BearerChallenge(BaseAuthentication):
    """Authenticates nobody (the token is checked by the view, for one venue); it only makes a refused request a
    401 with ``WWW-Authenticate: Bearer`` rather than DRF's 403."""

    def authenticate(self, request: Request) -> None:
        return None

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="venue status"'


class BearerChallengeScheme(OpenApiAuthenticationExtension):
    """How the OpenAPI schema names the venue token (drf-spectacular finds it by ``target_class``)."""

    target_class = BearerChallenge
    name = "venueToken"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "http", "scheme": "bearer", "description": "A venue status token, made in the admin."}


class JSONBodies(JSONOnly):
    """Answers in JSON whatever Accept says (as the public API); reads bodies by their Content-Type (a body
    that is not JSON is a 415)."""

    def select_parser(self, request: Request, parsers: list[BaseParser]) -> BaseParser | None:
        return DefaultContentNegotiation().select_parser(request, parsers)


def _blank(value: Any) -> Any:
    return "" if value is None else value


class StatusInput(serializers.Serializer[Any]):
    open_now = serializers.BooleanField(required=False, allow_null=True, default=None)
    crowd = serializers.ChoiceField(choices=Crowd.choices, required=False, allow_blank=True, allow_null=True)
    wait_minutes = serializers.IntegerField(
        required=False, allow_null=True, min_value=0, max_value=services.MAX_WAIT_MINUTES
    )
    special = serializers.CharField(required=False, allow_blank=True, allow_null=True, max_length=80)


class BusinessInput(StatusInput):
    valid_minutes = serializers.IntegerField(
        required=False, min_value=1, max_value=services.MAX_VALID_MINUTES, default=services.DEFAULT_VALID_MINUTES
    )


class ReportInput(StatusInput):
    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if all(attrs.get(name) in (None, "") for name in ("open_now", "crowd", "wait_minutes", "special")):
            raise serializers.ValidationError(EMPTY_REPORT)
        return attrs


class StatusOut(serializers.Serializer[Any]):
    """Describes the status body for the schema (selectors.status_payload builds it); null when unknown."""

    venue = serializers.IntegerField()
    open_now = serializers.BooleanField(allow_null=True)
    crowd = serializers.ChoiceField(choices=Crowd.choices, allow_null=True)
    crowd_label = serializers.CharField(allow_null=True)
    wait_minutes = serializers.IntegerField(allow_null=True)
    special = serializers.CharField(allow_null=True)
    summary = serializers.CharField(allow_null=True)
    source = serializers.ChoiceField(choices=("business", "user", "prediction"), allow_null=True)
    source_text = serializers.CharField(allow_null=True)
    confidence = serializers.FloatField(allow_null=True)
    updated_at = serializers.DateTimeField(allow_null=True)
    valid_until = serializers.DateTimeField(allow_null=True)


class ReportOut(serializers.Serializer[Any]):
    counted = serializers.BooleanField()
    ignored_reason = serializers.CharField(allow_null=True)
    status = StatusOut()


def _fields(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "open_now": data.get("open_now"),
        "crowd": _blank(data.get("crowd")),
        "wait_minutes": data.get("wait_minutes"),
        "special": _blank(data.get("special")).strip(),
    }


def _venue(pk: int) -> Venue:
    venue = event_selectors.venue_get_public(pk=pk)
    if venue is None:
        raise exceptions.NotFound(NO_VENUE)
    return venue


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise exceptions.NotAuthenticated(NO_TOKEN)
    return token.strip()


class LiveView(PublicView):
    content_negotiation_class = JSONBodies


class VenueStatus(LiveView):
    # PublicView reads no credentials; this one names the Bearer scheme in its 401s.
    authentication_classes = (BearerChallenge,)  # type: ignore[assignment]

    @extend_schema(
        operation_id="venues_status",
        summary="A venue's live status (every value null when nothing valid is known)",
        responses={200: StatusOut, 404: NOT_FOUND, 429: THROTTLED},
        tags=["live"],
    )
    def get(self, request: Request, pk: int) -> Response:
        return Response(selectors.venue_payload(_venue(pk)))

    @extend_schema(
        operation_id="venues_status_update",
        summary="The venue's own update, with its token: Authorization: Bearer <token>",
        request=BusinessInput,
        responses={
            200: StatusOut,
            400: INVALID,
            401: OpenApiResponse(ErrorOut, description="No token, or an unknown or revoked one."),
            403: OpenApiResponse(ErrorOut, description="The token is another venue's."),
            404: NOT_FOUND,
            429: THROTTLED,
        },
        tags=["live"],
    )
    def post(self, request: Request, pk: int) -> Response:
        venue = _venue(pk)
        token = services.status_token_check(_bearer(request))
        if token is None:
            raise exceptions.AuthenticationFailed(BAD_TOKEN)
        if token.venue_id != venue.pk:
            raise exceptions.PermissionDenied(WRONG_VENUE)
        data = BusinessInput(data=request.data)
        data.is_valid(raise_exception=True)
        updated = services.place_status_business_update(
            venue=venue, valid_minutes=data.validated_data["valid_minutes"], **_fields(data.validated_data)
        )
        return Response(selectors.status_payload(updated))


class ReportThrottle(PublicAnonThrottle):
    """``REPORTS_PER_WINDOW`` accepted reports per venue and address per window (fixed window, fails open)."""

    scope = "place_reports"

    def allow_venue(self, request: HttpRequest, venue_id: int) -> bool:
        return self.within(f"{venue_id}_{self.get_ident(request)}", REPORTS_PER_WINDOW, REPORT_WINDOW_SECONDS)


class VenueReports(LiveView):
    @extend_schema(
        operation_id="venues_reports_create",
        summary="A visitor's report of how the venue is right now (anonymous; a few per venue and address)",
        request=ReportInput,
        responses={201: ReportOut, 400: INVALID, 404: NOT_FOUND, 429: THROTTLED},
        tags=["live"],
    )
    def post(self, request: Request, pk: int) -> Response:
        venue = _venue(pk)
        data = ReportInput(data=request.data)
        data.is_valid(raise_exception=True)
        throttle = ReportThrottle()
        if not throttle.allow_venue(request, venue.pk):
            wait = throttle.wait() or REPORT_WINDOW_SECONDS
            raise exceptions.Throttled(wait=wait, detail=TOO_MANY_REPORTS.format(minutes=math.ceil(wait / 60)))
        result = services.place_report_submit(
            venue=venue, reporter=throttle.get_ident(request), **_fields(data.validated_data)
        )
        body = {
            "counted": not result.report.ignored,
            "ignored_reason": result.report.ignored_reason or None,
            "status": selectors.venue_payload(venue),
        }
        return Response(body, status=status.HTTP_201_CREATED)
