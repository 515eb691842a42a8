"""``GET /api/v1/events/<id>/stats``: an event's figures by UTC day, for its organizers and staff.

Thin view: an input serializer for ``?days=``, ``can_manage_event`` for who may look, the selector for the numbers.
Errors are ``{"error": …, "fields": {…}}`` (the project's exception handler).
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import NotAuthenticated, NotFound, PermissionDenied
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework_simplejwt.authentication import JWTAuthentication

from events.models import Event
from events.people.analytics import selectors
from events.people.analytics.views import BAD_DAYS, NO_EVENT, NOT_YOURS
from events.people.api import PersonalView
from events.people.organizers.selectors import can_manage_event

SIGN_IN = "Sign in to see an event's figures (a session, or Authorization: Bearer <access token>)."


class StatsQuery(serializers.Serializer):
    days = serializers.IntegerField(
        min_value=1,
        max_value=selectors.MAX_DAYS,
        required=False,
        default=selectors.DEFAULT_DAYS,
        error_messages={key: BAD_DAYS.format(max=selectors.MAX_DAYS) for key in ("invalid", "min_value", "max_value")},
    )


# The published schema describes the anonymous, read-only API; this one is in docs/people/analytics.md.
@extend_schema(exclude=True)
class EventStatsView(PersonalView):
    authentication_classes = (JWTAuthentication, SessionAuthentication)
    permission_classes = (IsAuthenticated,)

    def permission_denied(self, request: Request, message: Any = None, code: Any = None) -> None:
        if request.authenticators and not request.successful_authenticator:
            raise NotAuthenticated(SIGN_IN)  # DRF's own says only "credentials were not provided"
        super().permission_denied(request, message=message, code=code)

    def get(self, request: Request, pk: str) -> Response:
        query = StatsQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        event = Event.objects.filter(pk=int(pk)).first()
        if event is None:
            raise NotFound(NO_EVENT)
        if not can_manage_event(user=request.user, event=event):
            raise PermissionDenied(NOT_YOURS)
        figures = selectors.event_figures(event=event, days=query.validated_data["days"])
        response = Response(figures.as_dict())
        # One person's view of one event: never kept by a shared cache.
        response["Cache-Control"] = "private, no-store"
        response["Vary"] = "Authorization, Cookie"
        return response
