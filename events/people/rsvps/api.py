"""The RSVP API: ``/api/v1/events/<id>/rsvp`` (GET, POST, DELETE) and the attendee list (JSON or CSV).

Thin views: the services decide, their typed errors become ``{"error": …, "fields": {}}`` with the status each
error carries. Auth is a JWT (``Authorization: Bearer``) or the site's session (with CSRF on writes).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import NotAuthenticated, NotFound, PermissionDenied
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework_simplejwt.authentication import JWTAuthentication

from events.models import Event
from events.people.api import PersonalView
from events.people.organizers.selectors import can_manage_event
from events.people.rsvps import selectors, services
from events.people.rsvps.csv_export import attendees_csv
from events.people.rsvps.throttles import RsvpChangesThrottle

TAGS = ["RSVPs"]
_error_body = inline_serializer("RsvpError", {"error": serializers.CharField(), "fields": serializers.DictField()})
_conflict = inline_serializer(
    "RsvpConflict",
    {
        "error": serializers.CharField(),
        "fields": serializers.DictField(),
        "status": serializers.CharField(),
        "position": serializers.IntegerField(allow_null=True),
    },
)
_state = inline_serializer(
    "RsvpState",
    {
        "status": serializers.ChoiceField(choices=("confirmed", "waitlisted", "cancelled")),
        "position": serializers.IntegerField(allow_null=True, help_text="Place on the waitlist (1 = next)."),
        "event": serializers.IntegerField(),
        "capacity": serializers.IntegerField(allow_null=True, help_text="Seats; null = unlimited."),
        "confirmed": serializers.IntegerField(help_text="People confirmed."),
    },
)
_attendees = inline_serializer(
    "Attendees",
    {
        "event": serializers.IntegerField(),
        "capacity": serializers.IntegerField(allow_null=True),
        "confirmed": serializers.IntegerField(),
        "waitlisted": serializers.IntegerField(),
        "attendees": inline_serializer(
            "Attendee",
            {
                "name": serializers.CharField(),
                "email": serializers.EmailField(),
                "status": serializers.ChoiceField(choices=("confirmed", "waitlisted")),
                "position": serializers.IntegerField(allow_null=True),
                "replied_at": serializers.DateTimeField(),
            },
            many=True,
        ),
    },
)
UNAUTHORIZED = OpenApiResponse(_error_body, description="No valid access token or session.")
NOT_FOUND = OpenApiResponse(_error_body, description="No such event, or no reply to it.")
THROTTLED = OpenApiResponse(_error_body, description="Too many changes in a minute (see Retry-After).")

NO_REPLY = "You have not replied to this event."
NO_EVENT = "No such event."
NOT_YOURS = "Only the event's organizers and staff can see who replied."


SIGN_IN = "Sign in to RSVP (a session, or Authorization: Bearer <access token>)."


class PeopleAPIView(PersonalView):
    """JWT or session (with CSRF on writes); anonymous requests get 401 saying how to sign in."""

    authentication_classes = (JWTAuthentication, SessionAuthentication)
    permission_classes = (IsAuthenticated,)

    def permission_denied(self, request: Request, message: str | None = None, code: str | None = None) -> None:
        if request.authenticators and not request.successful_authenticator:
            raise NotAuthenticated(SIGN_IN)
        super().permission_denied(request, message=message, code=code)


class JsonOnlyNegotiation(DefaultContentNegotiation):
    """JSON whatever ``?format=`` or a ``.csv`` suffix say: the CSV is written by the view itself, and errors stay
    JSON (DRF would otherwise answer 404 for a format no renderer has)."""

    def select_renderer(self, request: Request, renderers: Any, format_suffix: str | None = None) -> Any:
        renderer = renderers[0]
        return renderer, renderer.media_type


class EmptyInput(serializers.Serializer):
    """Replies carry no body: the event is in the address and the person is the signed-in one."""


class AttendeesQuery(serializers.Serializer):
    format = serializers.ChoiceField(choices=("json", "csv"), required=False, default="json")


def _event_id(value: str) -> int:
    number = selectors.valid_id(value)
    if number is None:
        raise NotFound(NO_EVENT)
    return number


def _error(error: services.RsvpError) -> Response:
    body: dict[str, Any] = {"error": error.message, "fields": {}}
    if isinstance(error, services.AlreadyRepliedError):
        body.update(status=error.status, position=error.position)
    return Response(body, status=error.status_code)


@extend_schema_view(
    get=extend_schema(
        operation_id="rsvp_read",
        summary="Your reply to an event",
        responses={200: _state, 401: UNAUTHORIZED, 404: NOT_FOUND},
        tags=TAGS,
    ),
    post=extend_schema(
        operation_id="rsvp_create",
        summary="Reply to an event (confirmed while seats last, else waitlisted)",
        request=None,
        responses={
            201: _state,
            401: UNAUTHORIZED,
            404: NOT_FOUND,
            409: OpenApiResponse(_conflict, description="Cancelled, started, or already replied."),
            429: THROTTLED,
        },
        tags=TAGS,
    ),
    delete=extend_schema(
        operation_id="rsvp_cancel",
        summary="Cancel your reply (a freed seat goes to the first on the waitlist)",
        responses={200: _state, 401: UNAUTHORIZED, 404: NOT_FOUND, 429: THROTTLED},
        tags=TAGS,
    ),
)
class RsvpView(PeopleAPIView):
    throttle_classes = (RsvpChangesThrottle,)

    def get(self, request: Request, event_id: str) -> Response:
        state = selectors.rsvp_state(event_id=_event_id(event_id), user=request.user)
        if state["status"] is None:
            raise NotFound(NO_REPLY)
        return Response(state)

    def post(self, request: Request, event_id: str) -> Response:
        EmptyInput(data=request.data if isinstance(request.data, dict) else {}).is_valid(raise_exception=True)
        try:
            services.rsvp_create(event_id=_event_id(event_id), user=request.user)
        except services.RsvpError as error:
            return _error(error)
        return Response(selectors.rsvp_state(event_id=_event_id(event_id), user=request.user), status=201)

    def delete(self, request: Request, event_id: str) -> Response:
        try:
            services.rsvp_cancel(event_id=_event_id(event_id), user=request.user)
        except services.RsvpError as error:
            return _error(error)
        state = selectors.rsvp_state(event_id=_event_id(event_id), user=request.user)
        return Response({**state, "status": "cancelled", "position": None})


# On the method, not the class: an operation_id given to a class is drf_spectacular.W002 (and would name every
# method of it, and of its CSV subclass, the same).
@extend_schema_view(
    get=extend_schema(
        operation_id="rsvp_attendees",
        summary="Who replied (the event's organizers and staff); ?format=csv for a spreadsheet",
        parameters=[OpenApiParameter("format", str, enum=["json", "csv"], required=False)],
        responses={
            200: _attendees,
            400: OpenApiResponse(_error_body, description="Unknown format."),
            401: UNAUTHORIZED,
            403: OpenApiResponse(_error_body, description="Not an organizer of this listed event."),
            404: OpenApiResponse(_error_body, description="No such event, or an unlisted one you do not manage."),
        },
        tags=TAGS,
    )
)
class AttendeesView(PeopleAPIView):
    content_negotiation_class = JsonOnlyNegotiation

    def get(self, request: Request, event_id: str, format: str | None = None) -> HttpResponse:
        query = AttendeesQuery(data={"format": format or request.query_params.get("format") or "json"})
        query.is_valid(raise_exception=True)
        event = Event.objects.filter(pk=_event_id(event_id)).first()
        if event is None:
            raise NotFound(NO_EVENT)
        if not can_manage_event(user=request.user, event=event):
            # An unlisted event is not found for whoever may not manage it: a 403 would tell a stranger the id
            # of an unpublished submission exists.
            if not selectors.is_listed(event):
                raise NotFound(NO_EVENT)
            raise PermissionDenied(NOT_YOURS)
        rows = selectors.attendees(event=event)
        if query.validated_data["format"] == "csv":
            return csv_response(event, attendees_csv(rows))
        return Response(
            {
                "event": event.pk,
                "capacity": event.capacity,
                "confirmed": sum(1 for row in rows if row.status == "confirmed"),
                "waitlisted": sum(1 for row in rows if row.status == "waitlisted"),
                "attendees": [
                    {
                        "name": row.name,
                        "email": row.email,
                        "status": row.status,
                        "position": row.position,
                        "replied_at": row.replied_at,
                    }
                    for row in rows
                ],
            }
        )


def csv_response(event: Event, body: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    filename = f"attendees-{event.pk}.csv"
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename) or ""
    response["Cache-Control"] = "private, no-store"
    return response


@extend_schema_view(get=extend_schema(exclude=True))  # the same operation as attendees?format=csv, described there
class AttendeesCsvView(AttendeesView):
    pass
