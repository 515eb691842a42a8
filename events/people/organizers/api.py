"""The organizers' API under /api/v1/: become an organizer, claim one, submit, edit and cancel events.

Thin views: an input serializer (inputs.py) checks the body, a service writes, the answer says what happened.
Signed in by JWT (``Authorization: Bearer …``) or the site's session (CSRF enforced on writes).
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import Throttled
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import BaseThrottle
from rest_framework.views import APIView
from rest_framework_simplejwt.authentication import JWTAuthentication

from events.api.representation import site_url
from events.api.schema import ErrorOut
from events.models import Event, Organizer
from events.people.api import PersonalView
from events.people.models import OrganizerMembership
from events.people.organizers import services
from events.people.organizers.inputs import ClaimInputSerializer, EventInputSerializer, OrganizerInputSerializer
from events.people.organizers.limits import submission_wait, too_many_message
from events.people.organizers.selectors import is_organizer, organizers_of


class SubmissionThrottle(BaseThrottle):
    """SUBMISSIONS_PER_HOUR submissions and edits per person (limits.py); 429 with Retry-After past it."""

    wait_seconds: int | None = None

    def allow_request(self, request: Request, view: APIView) -> bool:
        if request.method not in ("POST", "PATCH") or not request.user.is_authenticated:
            return True
        self.wait_seconds = submission_wait(user_id=request.user.pk)
        return self.wait_seconds is None

    def wait(self) -> float | None:
        return self.wait_seconds


class PeopleView(PersonalView):
    authentication_classes = (JWTAuthentication, SessionAuthentication)
    permission_classes = (IsAuthenticated,)

    def throttled(self, request: Request, wait: float | None) -> None:
        raise Throttled(wait=wait, detail=too_many_message(int(wait or 60)))


def refusal(exc: services.OrganizerError) -> Response:
    """A service's refusal as the API's error body (the pipeline's reasons, the organizer to claim, if any)."""
    body: dict[str, Any] = {"error": exc.message, "fields": {}}
    if exc.reasons:
        body["reasons"] = exc.reasons
    if exc.claim_slug:
        body["claim"] = site_url(reverse("people:organizer-claim", kwargs={"slug": exc.claim_slug}))
        body["fields"] = {"name": [exc.message]}
    return Response(body, status=exc.status)


def organizer_body(organizer: Organizer, membership: OrganizerMembership | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "slug": organizer.slug,
        "name": organizer.name,
        "url": organizer.url,
        "email": organizer.email,
        "trusted": organizer.trusted,
        "page": site_url(organizer.get_absolute_url()),
    }
    if membership is not None:
        body["membership"] = membership.status
    return body


class OrganizerCreate(PeopleView):
    """POST /api/v1/organizers/: become an organizer (you are its first approved member)."""

    throttle_classes = (SubmissionThrottle,)

    def post(self, request: Request) -> Response:
        serializer = OrganizerInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            organizer = services.organizer_create(user=request.user, **serializer.validated_data)
        except services.OrganizerError as exc:
            return refusal(exc)
        return Response(organizer_body(organizer, OrganizerMembership(status="approved")), status=201)


class MembershipOut(serializers.Serializer):
    """Describes the answer (schema only)."""

    slug = serializers.SlugField()
    name = serializers.CharField()
    url = serializers.CharField()
    email = serializers.CharField()
    trusted = serializers.BooleanField()
    page = serializers.URLField()
    membership = serializers.ChoiceField(choices=OrganizerMembership.Status.choices)


def _error(description: str) -> OpenApiResponse:
    return OpenApiResponse(ErrorOut, description=description)


@extend_schema(
    summary="Claim an organizer",
    request=ClaimInputSerializer,
    responses={
        201: OpenApiResponse(MembershipOut, description="The claim, pending until a moderator decides it."),
        400: _error("The message is missing: see fields."),
        401: _error("Sign in first (a JWT bearer token or the site's session)."),
        403: _error("CSRF failed (session authentication)."),
        404: _error("No such organizer."),
        409: _error("Already a member, already waiting, or refused before."),
        429: _error("Too many submissions and claims this hour; see Retry-After."),
    },
)
class OrganizerClaim(PeopleView):
    """POST /api/v1/organizers/<slug>/claim: ask to speak for an organizer (a moderator approves)."""

    throttle_classes = (SubmissionThrottle,)

    def post(self, request: Request, slug: str) -> Response:
        serializer = ClaimInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            membership = services.organizer_claim(user=request.user, slug=slug, **serializer.validated_data)
        except services.OrganizerError as exc:
            return refusal(exc)
        return Response(organizer_body(membership.organizer, membership), status=201)


def event_link(event: Event | None) -> str | None:
    return site_url(event.get_absolute_url()) if event is not None else None


def submission_body(result: services.SubmissionResult) -> dict[str, Any]:
    event, duplicate = result.event, result.duplicate_of
    public = event is not None and event.is_published
    return {
        "id": event.pk if event else None,
        "submission": result.submission.pk,
        "state": result.state,
        "reasons": result.reasons,
        "url": event_link(event) if public else None,
        "duplicate_of": None
        if duplicate is None
        else {
            "id": duplicate.pk,
            "title": duplicate.title,
            "url": event_link(duplicate) if duplicate.is_published else None,
        },
    }


class EventCreate(PeopleView):
    """POST /api/v1/events/: submit an event for one of your organizers (the pipeline decides at once)."""

    throttle_classes = (SubmissionThrottle,)

    def check_permissions(self, request: Request) -> None:
        super().check_permissions(request)
        if not is_organizer(user=request.user):
            self.permission_denied(request, message=services.NOT_AN_ORGANIZER)

    def post(self, request: Request) -> Response:
        organizers = list(organizers_of(user=request.user))
        serializer = EventInputSerializer(data=request.data, context={"organizers": organizers})
        serializer.is_valid(raise_exception=True)
        try:
            result = services.submission_create(user=request.user, data=serializer.validated_data)
        except services.OrganizerError as exc:
            return refusal(exc)
        return Response(submission_body(result), status=201)


def edit_body(result: services.EditResult) -> dict[str, Any]:
    event = result.event
    return {
        "id": event.pk,
        "state": event.moderation_status,
        "status": event.status,
        "changed": sorted(result.changes),
        "revision": result.revision.number if result.revision else None,
        "held": result.held,
        "reasons": result.reasons,
        "promoted": result.promoted,
        "over_capacity": result.over_capacity,
        "url": event_link(event) if event.is_published else None,
    }


class EventManage(PeopleView):
    """PATCH and DELETE /api/v1/events/<id>/: edit or cancel an event you manage."""

    throttle_classes = (SubmissionThrottle,)

    def patch(self, request: Request, pk: int) -> Response:
        event = Event.objects.select_related("city").filter(pk=pk).first()
        if event is None:
            return Response({"error": services.NO_EVENT, "fields": {}}, status=status.HTTP_404_NOT_FOUND)
        try:
            services.ensure_can_edit(user=request.user, event=event)
            serializer = EventInputSerializer(data=request.data, partial=True, context={"event": event})
            serializer.is_valid(raise_exception=True)
            result = services.event_organizer_edit(user=request.user, event_id=pk, data=serializer.validated_data)
        except services.OrganizerError as exc:
            return refusal(exc)
        return Response(edit_body(result))

    def delete(self, request: Request, pk: int) -> Response:
        try:
            event = services.event_organizer_cancel(user=request.user, event_id=pk)
        except services.OrganizerError as exc:
            return refusal(exc)
        return Response(
            {
                "id": event.pk,
                "status": event.status,
                "state": event.moderation_status,
                "url": event_link(event) if event.is_published else None,
            }
        )
