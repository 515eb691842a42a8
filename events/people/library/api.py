"""The library's API under /api/v1/: saves, follows, "my events", recommendations and search suggestions.

Thin views: read input through explicit serializers, call a service or a selector, shape the answer. Errors are
``{"error": ..., "fields": {...}}`` like the rest of the API (moderation/api/errors.py handles DRF's own).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import NotAuthenticated, ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import BaseThrottle
from rest_framework.views import APIView
from rest_framework_simplejwt.authentication import JWTAuthentication

from events.api import caching
from events.api.representation import event_dict_from_event, site_url
from events.api.views import PublicAnonThrottle, PublicView, TrendingEvents
from events.filters import is_slug
from events.models import City
from events.people.api import PersonalView, VaryOnIdentity
from events.people.library import selectors, services, suggest
from events.people.models import Follow

SIGN_IN = "Sign in to save events and follow (a session, or Authorization: Bearer <access token>)."
UNKNOWN_CITY = "Unknown city “{slug}”."
SUGGEST_LENGTH = f"Type from {suggest.MIN_TEXT} to {suggest.MAX_TEXT} characters."
LIMIT_RANGE = f"Give a number from 1 to {selectors.RECOMMEND_MAX}."


def error(message: str, *, status: int, field: str | None = None) -> Response:
    return Response({"error": message, "fields": {field: [message]} if field else {}}, status=status)


def library_error(exc: services.LibraryError) -> Response:
    return error(exc.message, status=exc.status, field=exc.field)


class ChangeThrottle(BaseThrottle):
    """Saves and follows per signed-in person per minute (services.CHANGES_PER_MINUTE)."""

    wait_seconds: float | None = None

    def allow_request(self, request: Request, view: APIView) -> bool:
        if request.method in ("GET", "HEAD", "OPTIONS") or not request.user.is_authenticated:
            return True
        self.wait_seconds = services.change_allowed(user_id=request.user.pk)
        return self.wait_seconds is None

    def wait(self) -> float | None:
        return self.wait_seconds


@extend_schema(exclude=True)  # the published schema describes the anonymous, read-only API (docs/people/library.md)
class PersonView(PersonalView):
    """A signed-in person's endpoint: a JWT (API clients) or the site's session (with its CSRF check); anonymous
    requests get 401 saying how to sign in."""

    authentication_classes = (JWTAuthentication, SessionAuthentication)
    permission_classes = (IsAuthenticated,)
    throttle_classes = (ChangeThrottle,)

    def permission_denied(self, request: Request, message: str | None = None, code: str | None = None) -> None:
        if request.authenticators and not request.successful_authenticator:
            raise NotAuthenticated(SIGN_IN)
        super().permission_denied(request, message=message, code=code)


# --- representation -------------------------------------------------------------------------------------------


def follow_dict(follow: Follow) -> dict[str, Any]:
    target = selectors.follow_target(follow)
    body: dict[str, Any] = {"id": follow.pk, "kind": follow.kind, "created": follow.created_at.isoformat()}
    if follow.kind == Follow.Kind.VENUE:
        body["target"] = {"id": target.pk, "name": target.name, "url": site_url(target.get_absolute_url())}
    elif follow.kind == Follow.Kind.ORGANIZER:
        body["target"] = {"slug": target.slug, "name": target.name, "url": site_url(target.get_absolute_url())}
    else:
        body["target"] = {"slug": target.slug, "name": target.name}
    return body


# --- saves ------------------------------------------------------------------------------------------------------


class SaveEvent(PersonView):
    """POST saves the event (201; 200 when it was saved already), DELETE forgets the save (200)."""

    def post(self, request: Request, pk: str) -> Response:
        try:
            _saved, created = services.saved_event_create(user=request.user, event_id=int(pk))
        except services.LibraryError as exc:
            return library_error(exc)
        return Response({"saved": True, "event": int(pk)}, status=201 if created else 200)

    def delete(self, request: Request, pk: str) -> Response:
        try:
            services.saved_event_delete(user=request.user, event_id=int(pk))
        except services.LibraryError as exc:
            return library_error(exc)
        return Response({"saved": False, "event": int(pk)})


# --- follows ----------------------------------------------------------------------------------------------------


class FollowInput(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=Follow.Kind.choices, error_messages={"invalid_choice": services.UNKNOWN_KIND}
    )
    id = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=2**63 - 1)
    slug = serializers.CharField(required=False, allow_null=True, allow_blank=True, max_length=200)


class Follows(PersonView):
    def post(self, request: Request) -> Response:
        data = FollowInput(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            follow, created = services.follow_create(
                user=request.user,
                kind=data.validated_data["kind"],
                target_id=data.validated_data.get("id"),
                slug=data.validated_data.get("slug"),
            )
        except services.LibraryError as exc:
            return library_error(exc)
        return Response(follow_dict(follow), status=201 if created else 200)


class FollowDetail(PersonView):
    def delete(self, request: Request, pk: str) -> Response:
        try:
            services.follow_delete(user=request.user, follow_id=int(pk))
        except services.LibraryError as exc:
            return library_error(exc)
        return Response({"following": False, "id": int(pk)})


class MyFollows(PersonView):
    def get(self, request: Request) -> Response:
        return Response({"results": [follow_dict(follow) for follow in selectors.follow_list(user=request.user)]})


# --- my events --------------------------------------------------------------------------------------------------


class MyEvents(PersonView):
    def get(self, request: Request) -> Response:
        now = timezone.now()
        mine = selectors.my_events(user=request.user, now=now)
        response = Response(
            {
                "going": [
                    {
                        "event": event_dict_from_event(item.event),
                        "status": item.status,
                        "waitlist_position": item.waitlist_position,
                    }
                    for item in mine.going
                ],
                "saved": [{"event": event_dict_from_event(event), "past": False} for event in mine.saved_upcoming]
                + [{"event": event_dict_from_event(event), "past": True} for event in mine.saved_past],
                "following": [follow_dict(follow) for follow in mine.follows],
                "from_followed": [
                    {"event": event_dict_from_event(event), "because": event.because}  # type: ignore[attr-defined]
                    for event in mine.from_followed
                ],
            }
        )
        response["Cache-Control"] = "private, no-store"
        return response


# --- recommendations --------------------------------------------------------------------------------------------


class RecommendationQuery(serializers.Serializer):
    city = serializers.CharField(required=False, allow_blank=True, max_length=120)
    limit = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=selectors.RECOMMEND_MAX,
        error_messages={"min_value": LIMIT_RANGE, "max_value": LIMIT_RANGE, "invalid": LIMIT_RANGE},
    )


def _city(slug: str) -> City | None:
    """The active city of ``slug``; ValidationError for an unknown one; None when none is asked for."""
    if not slug:
        return None
    city = City.objects.filter(slug=slug, is_active=True).first() if is_slug(slug) else None
    if city is None:
        raise ValidationError({"city": [UNKNOWN_CITY.format(slug=slug)]})
    return city


@extend_schema(exclude=True)
class Recommendations(VaryOnIdentity):
    """Personal recommendations for a signed-in person (never cached but by them); the city's trending for anyone
    else (cached like the public API, per generation)."""

    authentication_classes = (JWTAuthentication, SessionAuthentication)
    permission_classes = (AllowAny,)
    throttle_classes = (PublicAnonThrottle,)

    def get(self, request: Request) -> HttpResponse:
        if request.user.is_authenticated:
            response = Response(self.build(request))
            response["Cache-Control"] = "private, no-store"
            return response
        query = caching.normalised_query(request.query_params, keys={"city", "limit"})
        return caching.cached_answer(request._request, query=query, build=lambda: self.build(request))

    def build(self, request: Request) -> dict[str, Any]:
        params = RecommendationQuery(data=request.query_params)
        params.is_valid(raise_exception=True)
        city = _city(params.validated_data.get("city", ""))
        limit = params.validated_data.get("limit") or selectors.RECOMMEND_DEFAULT
        try:
            found = selectors.recommendations(user=request.user, city=city, limit=limit)
        except selectors.CityNeededError as exc:
            raise ValidationError({"city": [exc.message]}) from None
        return {
            "personalised": found.personalised,
            "city": None if found.city is None else {"slug": found.city.slug, "name": found.city.name},
            "results": [{"event": event_dict_from_event(item.event), "reason": item.reason} for item in found.items],
        }


# --- suggestions and the trending alias ------------------------------------------------------------------------


class SuggestQuery(serializers.Serializer):
    q = serializers.CharField(
        min_length=suggest.MIN_TEXT,
        max_length=suggest.MAX_TEXT,
        trim_whitespace=True,
        error_messages={
            "required": SUGGEST_LENGTH,
            "blank": SUGGEST_LENGTH,
            "min_length": SUGGEST_LENGTH,
            "max_length": SUGGEST_LENGTH,
        },
    )
    city = serializers.CharField(required=False, allow_blank=True, max_length=120)


@extend_schema(exclude=True)
class Suggest(PublicView):
    """Typo-tolerant completions for the search box: anonymous, rate-limited, cached per public generation."""

    def hit_query(self, request: HttpRequest) -> list[tuple[str, str]]:
        return caching.normalised_query(request.GET, keys={"q", "city"})

    def get(self, request: Request) -> HttpResponse:
        query = self.hit_query(request._request)
        return caching.cached_answer(request._request, query=query, build=lambda: self.build(request))

    def build(self, request: Request) -> dict[str, Any]:
        params = SuggestQuery(data=request.query_params)
        params.is_valid(raise_exception=True)
        city = _city(params.validated_data.get("city", ""))
        found = suggest.suggestions(text=params.validated_data["q"], city=city)
        return {"suggestions": [item.as_dict() for item in found]}


@extend_schema(exclude=True)  # the same operation as /api/v1/events/trending/, described there
class TrendingAlias(TrendingEvents):
    """``/api/v1/trending/``: the trending list under the name the issue gives it."""
