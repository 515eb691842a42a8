"""``POST /api/v1/subscriptions/``: ask for a digest subscription (double opt-in), the API twin of the city
page's form. The same service decides (digests.services.subscriptions.subscription_request), so both refuse the
same input with the same messages, share the throttles, and answer identically whether or not the address is
known: 202 and one sentence, whatever happens next.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import Throttled, ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from digests.filters import DAYS, TIMES
from digests.services.subscriptions import (
    THROTTLED,
    InvalidSubscription,
    SignupThrottle,
    SignupThrottled,
    subscription_request,
)

ACCEPTED = "If this address can receive digests, a confirmation mail is on its way."
NOT_AN_OBJECT = "Send a JSON object with email, city and, optionally, filters and cadence."
UNKNOWN_FIELD = "Unknown field."
FIELDS = ("email", "city", "filters", "cadence")
TOP_LEVEL_ERRORS = frozenset(FIELDS)

_filters_doc = inline_serializer(
    "SubscriptionFilters",
    {
        "category": serializers.ListField(child=serializers.SlugField(), required=False),
        "area": serializers.ListField(child=serializers.SlugField(), required=False),
        "q": serializers.CharField(required=False, max_length=200),
        "free": serializers.BooleanField(required=False),
        "days": serializers.ListField(child=serializers.ChoiceField(choices=DAYS), required=False),
        "times": serializers.ListField(child=serializers.ChoiceField(choices=TIMES), required=False),
    },
)
_request_doc = inline_serializer(
    "SubscriptionRequest",
    {
        "email": serializers.EmailField(),
        "city": serializers.SlugField(help_text="The city's slug, as in /cities/<slug>/."),
        "filters": _filters_doc,
        "cadence": serializers.ChoiceField(choices=["weekly", "daily"], required=False, default="weekly"),
    },
)
_detail_doc = inline_serializer("SubscriptionAccepted", {"detail": serializers.CharField()})
_error_doc = inline_serializer(
    "SubscriptionError",
    {"error": serializers.CharField(), "fields": serializers.DictField(child=serializers.ListField())},
)


class JSONAnswers(DefaultContentNegotiation):
    """Parses the body as usual (JSON only: the project's parser), and answers JSON whatever Accept says (a 406
    would only hide the answer), as the read API does."""

    def select_renderer(self, request: Any, renderers: Any, format_suffix: Any = None) -> Any:
        return renderers[0], renderers[0].media_type


def _api_errors(errors: dict[str, list[str]]) -> dict[str, list[str]]:
    """The service's errors keyed as the JSON body is: filter keys under ``filters.``."""
    return {(key if key in TOP_LEVEL_ERRORS else f"filters.{key}"): messages for key, messages in errors.items()}


class SubscriptionCreate(APIView):
    """Anonymous and without cookies (no session, so no CSRF): the double opt-in mail is the authentication."""

    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = ()  # the service throttles per client and per address (its own budget, shared with the form)
    content_negotiation_class = JSONAnswers

    @extend_schema(
        operation_id="subscriptions_create",
        summary="Ask for an email digest (double opt-in)",
        description=(
            "Starts a subscription to a city's events, optionally narrowed by filters. The answer is the same "
            "202 whether the address is new, already subscribed or cannot be mailed: only the mailbox's owner "
            "learns more, from the confirmation mail. Nothing but that mail is sent before the link in it is "
            "followed."
        ),
        request=_request_doc,
        responses={
            202: _detail_doc,
            400: OpenApiResponse(_error_doc, description="Invalid input: see fields."),
            429: OpenApiResponse(_error_doc, description="Too many sign-ups; see Retry-After."),
        },
        examples=[
            OpenApiExample(
                "Music and comedy on weekend evenings",
                value={
                    "email": "ann@mail.example.org",
                    "city": "leeds",
                    "filters": {"category": ["music", "comedy"], "days": ["sat", "sun"], "times": ["evening"]},
                    "cadence": "weekly",
                },
                request_only=True,
            )
        ],
        tags=["subscriptions"],
    )
    def post(self, request: Request) -> Response:
        data: Any = request.data
        if not isinstance(data, dict):
            raise ValidationError({"non_field_errors": [NOT_AN_OBJECT]})
        unknown = {str(key): [UNKNOWN_FIELD] for key in data if key not in FIELDS}
        if unknown:
            raise ValidationError(unknown)
        email, city = data.get("email"), data.get("city")
        try:
            subscription_request(
                email=email if isinstance(email, str) else "",
                city=city if isinstance(city, str) else "",
                filters=data.get("filters"),
                cadence=data.get("cadence"),
                client_ip=SignupThrottle().get_ident(request),
            )
        except InvalidSubscription as error:
            raise ValidationError(_api_errors(error.errors)) from error
        except SignupThrottled as error:
            raise Throttled(wait=error.wait_seconds, detail=THROTTLED) from error
        return Response({"detail": ACCEPTED}, status=202)
