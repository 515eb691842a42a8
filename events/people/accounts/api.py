"""The accounts API under /api/v1/: sign-up, JWT sign-in (token, refresh, logout) and the person's own data
(``me/``, ``me/export``). Thin views: input serializers check shapes, events.people.accounts.services decides.

Errors are ``{"error": "<message>", "fields": {...}}`` (moderation.api.errors). Sign-up and token requests carry
no authentication (no session, so no CSRF; a token of their own is what they hand out); the rest accept a Bearer
access token or the site's session (CSRF enforced on writes).
"""

from __future__ import annotations

from typing import Any, cast

from django.contrib.auth import logout
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import AuthenticationFailed, PermissionDenied, Throttled, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from digests.api import JSONAnswers
from events.people.accounts import selectors, services
from events.people.api import PersonalView

REGISTERED = "Check your inbox: we sent a link to confirm your address."
NOT_SIGNED_IN = "Sign in first: send an access token (Authorization: Bearer …) or use the site's session."
NO_STORE = {"Cache-Control": "private, no-store"}


def _user(request: Request) -> User:
    return cast(User, request.user)  # IsAuthenticated let only a signed-in person through


class RegisterInput(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=4096, trim_whitespace=False)
    name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")


class TokenInput(serializers.Serializer):
    email = serializers.CharField(max_length=254)
    password = serializers.CharField(max_length=4096, trim_whitespace=False)


class RefreshInput(serializers.Serializer):
    refresh = serializers.CharField(max_length=4096)


class ProfileInput(serializers.Serializer):
    name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    home_city = serializers.CharField(max_length=120, required=False, allow_null=True, allow_blank=True)
    interests = serializers.ListField(
        child=serializers.CharField(max_length=60), required=False, max_length=100, allow_empty=True
    )


class PasswordInput(serializers.Serializer):
    password = serializers.CharField(max_length=4096, trim_whitespace=False)


# --- the OpenAPI description (drf-spectacular): the views answer these shapes ----------------------------------

_error = inline_serializer(
    "AccountError",
    {"error": serializers.CharField(), "fields": serializers.DictField(child=serializers.ListField())},
)
_tokens = inline_serializer("TokenPair", {"access": serializers.CharField(), "refresh": serializers.CharField()})
_detail = inline_serializer("RegisterAccepted", {"detail": serializers.CharField()})
_me = inline_serializer(
    "Me",
    {
        "id": serializers.IntegerField(),
        "email": serializers.EmailField(),
        "name": serializers.CharField(),
        "home_city": serializers.CharField(allow_null=True),
        "interests": serializers.ListField(child=serializers.CharField()),
    },
)
_export = inline_serializer("AccountExport", {"exported_at": serializers.DateTimeField()})
BAD = OpenApiResponse(_error, description="Invalid input: see fields.")
UNAUTHORIZED = OpenApiResponse(_error, description="No valid access token or session.")
THROTTLED = OpenApiResponse(_error, description="Too many attempts; see Retry-After.")
FORBIDDEN = OpenApiResponse(_error, description="Refused (see the message).")
TAGS = ["accounts"]


def _valid(serializer_class: type[serializers.Serializer], request: Request, **kwargs: Any) -> dict[str, Any]:
    serializer = serializer_class(data=request.data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


def _throttled(error: services.TooManyAttempts) -> Throttled:
    return Throttled(wait=error.wait_seconds, detail=error.message)


class _Public(APIView):
    """Anonymous endpoints that answer 401 (not 403) to refused credentials: the Bearer challenge says how to
    authenticate once a token is had."""

    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = ()  # the services count per client and per address
    content_negotiation_class = JSONAnswers

    def get_authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


class _Personal(PersonalView):
    content_negotiation_class = JSONAnswers

    def permission_denied(self, request: Request, message: str | None = None, code: str | None = None) -> None:
        if request.authenticators and not request.successful_authenticator:
            raise AuthenticationFailed(NOT_SIGNED_IN)  # 401 with the Bearer challenge
        super().permission_denied(request, message=message, code=code)


class Register(_Public):
    @extend_schema(
        operation_id="auth_register",
        summary="Create an account (the address is confirmed by mail)",
        description=(
            "The same 202 whether the address is new, pending or already has an account: only the mailbox's owner "
            "learns more, from the mail. The password is checked with the site's validators."
        ),
        request=RegisterInput,
        responses={202: _detail, 400: BAD, 429: THROTTLED},
        examples=[
            OpenApiExample(
                "Sign up",
                value={"email": "ann@example.org", "password": "plum-kettle-harbour-42", "name": "Ann"},
                request_only=True,
            )
        ],
        tags=TAGS,
    )
    def post(self, request: Request) -> Response:
        data = _valid(RegisterInput, request)
        try:
            services.account_register(
                request=request, email=data["email"], password=data["password"], name=data.get("name") or ""
            )
        except DjangoValidationError as error:
            raise ValidationError({"password": list(error.messages)}) from error
        except services.TooManyAttempts as error:
            raise _throttled(error) from error
        return Response({"detail": REGISTERED}, status=202)


class Token(_Public):
    @extend_schema(
        operation_id="auth_token",
        summary="Sign in: an access and a refresh token",
        description="401 for a wrong password or an unknown address alike; 403 until the address is confirmed.",
        request=TokenInput,
        responses={200: _tokens, 400: BAD, 401: UNAUTHORIZED, 403: FORBIDDEN, 429: THROTTLED},
        tags=TAGS,
    )
    def post(self, request: Request) -> Response:
        data = _valid(TokenInput, request)
        try:
            tokens = services.token_obtain(request=request, email=data["email"], password=data["password"])
        except services.TooManyAttempts as error:
            raise _throttled(error) from error
        except services.CredentialsRefused as error:
            raise AuthenticationFailed(services.CREDENTIALS_REFUSED) from error
        except services.EmailNotVerified as error:
            raise PermissionDenied(services.NOT_VERIFIED) from error
        return Response(tokens, headers=NO_STORE)


class TokenRefresh(_Public):
    @extend_schema(
        operation_id="auth_token_refresh",
        summary="A new token pair for a refresh token (which is then spent)",
        request=RefreshInput,
        responses={200: _tokens, 400: BAD, 401: UNAUTHORIZED, 429: THROTTLED},
        tags=TAGS,
    )
    def post(self, request: Request) -> Response:
        data = _valid(RefreshInput, request)
        try:
            tokens = services.token_refresh(request=request, refresh=data["refresh"])
        except services.TooManyAttempts as error:
            raise _throttled(error) from error
        except services.TokenInvalid as error:
            raise AuthenticationFailed(error.message) from error
        return Response(tokens, headers=NO_STORE)


class Logout(_Personal):
    @extend_schema(
        operation_id="auth_logout",
        summary="Revoke one of your refresh tokens",
        request=RefreshInput,
        responses={204: None, 400: BAD, 401: UNAUTHORIZED, 403: FORBIDDEN},
        tags=TAGS,
    )
    def post(self, request: Request) -> Response:
        data = _valid(RefreshInput, request)
        try:
            services.token_revoke(user=_user(request), refresh=data["refresh"])
        except services.TokenInvalid as error:
            raise ValidationError({"refresh": [error.message]}) from error
        except services.TokenNotYours as error:
            raise PermissionDenied(services.LOGOUT_NOT_YOURS) from error
        return Response(status=204)


class Me(_Personal):
    @extend_schema(operation_id="me_read", summary="Your account", responses={200: _me, 401: UNAUTHORIZED}, tags=TAGS)
    def get(self, request: Request) -> Response:
        return Response(selectors.account_summary(user=_user(request)), headers=NO_STORE)

    @extend_schema(
        operation_id="me_update",
        summary="Change your name, home city or interests",
        request=ProfileInput,
        responses={200: _me, 400: BAD, 401: UNAUTHORIZED, 403: FORBIDDEN},
        tags=TAGS,
    )
    def patch(self, request: Request) -> Response:
        data = _valid(ProfileInput, request, partial=True)
        changes: dict[str, Any] = {}
        if "name" in data:
            changes["name"] = data["name"]
        if "home_city" in data:
            changes["home_city"] = data["home_city"] or None
        if "interests" in data:
            changes["interests"] = data["interests"]
        try:
            services.profile_update(user=_user(request), **changes)
        except services.InvalidProfile as error:
            raise ValidationError(error.errors) from error
        return Response(selectors.account_summary(user=_user(request)), headers=NO_STORE)

    @extend_schema(
        operation_id="me_delete",
        summary="Delete your account (with your password)",
        request=PasswordInput,
        responses={204: None, 400: BAD, 401: UNAUTHORIZED, 403: FORBIDDEN, 429: THROTTLED},
        tags=TAGS,
    )
    def delete(self, request: Request) -> Response:
        data = _valid(PasswordInput, request)
        try:
            services.account_delete_confirmed(user=_user(request), password=data["password"])
        except services.WrongPassword as error:
            raise PermissionDenied(services.WRONG_PASSWORD) from error
        except services.TooManyAttempts as error:
            raise _throttled(error) from error
        logout(request._request)  # a session that signed this request in ends with the account
        return Response(status=204)


class MeExport(_Personal):
    @extend_schema(
        operation_id="me_export",
        summary="Everything Whatson holds about you",
        responses={200: _export, 401: UNAUTHORIZED},
        tags=TAGS,
    )
    def get(self, request: Request) -> Response:
        return Response(services.account_export(user=_user(request)), headers=NO_STORE)
