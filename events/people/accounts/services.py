"""Accounts: sign-up (the API's; the web's is allauth's, through our adapter), JWT sign-in, the profile, the
person's data (export) and the end of an account (deletion).

Sign-up never tells whether an address already has an account: ``account_register`` returns the same nothing for
a new, a pending and a known address, and only the mailbox's owner learns more (a confirmation link, or allauth's
"you already have an account" mail). Mails go out once the transaction commits, through allauth, so API and web
sign-ups send the same mails with the same links.

Limits are fixed-window counters in the cache (one key per client or address and window; config.cache), that fail
open when the cache is away: better a sign-in without a limit than no sign-in at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
import time
from collections.abc import Iterable
from typing import Any

from allauth.account.adapter import get_adapter
from allauth.account.internal.flows.email_verification import consume_email_verification_rate_limit
from allauth.account.internal.flows.manage_email import email_already_exists
from allauth.account.models import EmailAddress
from allauth.account.utils import user_username
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User, update_last_login
from django.contrib.auth.password_validation import validate_password
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from redis.exceptions import RedisError
from rest_framework.throttling import BaseThrottle
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken

from config.cache import count_in_window
from config.clients import client_key
from events.links import site_url
from events.models import Category, City
from events.people.models import (
    RSVP,
    EventRevision,
    Follow,
    Interaction,
    OrganizerMembership,
    Profile,
    SavedEvent,
    Submission,
)

logger = logging.getLogger(__name__)


CREDENTIALS_REFUSED = "Wrong email address or password."
NOT_VERIFIED = (
    "Confirm your email address first: follow the link in the mail we sent you (we have sent it again unless we "
    "did so in the last few minutes)."
)
REFRESH_INVALID = "This refresh token is not valid: it has expired, been used or revoked, or was not issued here."
LOGOUT_INVALID = "This refresh token is not valid (expired, revoked or malformed): nothing to sign out."
LOGOUT_NOT_YOURS = "This refresh token belongs to another account."
TOO_MANY_ATTEMPTS = "Too many attempts: try again in a while."
TOO_MANY_SIGNUPS = "Too many sign-ups from here or for this address: try again in a while."
WRONG_PASSWORD = "That is not your password."  # noqa: S105 - a message, not a password
UNKNOWN_CITY = "Unknown city “{value}”."
UNKNOWN_CATEGORY = "Unknown interest “{value}”: use the slug of a top-level category."
NOT_A_LIST = "Send a list of category slugs."
NOT_TEXT = "Send text."

# Failed password checks (token requests, account deletion) are counted over this window.
FAILURE_WINDOW_SECONDS = 300
# Failed token requests for one address from all clients together may reach this many times the per-client limit.
ADDRESS_CEILING_FACTOR = 10
REGISTER_WINDOW_SECONDS = 3600
# While one sign-up for an address is being handled, another for the same address is answered but does nothing
# (it would otherwise create a second pending account: only verified addresses are unique).
REGISTER_LOCK_SECONDS = 30


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


class TooManyAttempts(Exception):  # noqa: N818 - the name says what happened
    def __init__(self, wait_seconds: int, message: str = TOO_MANY_ATTEMPTS) -> None:
        super().__init__(message)
        self.message = message
        self.wait_seconds = wait_seconds


class CredentialsRefused(Exception):  # noqa: N818
    """Wrong password, unknown address or inactive account: one message for all three."""


class EmailNotVerified(Exception):  # noqa: N818
    pass


class TokenInvalid(Exception):  # noqa: N818
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TokenNotYours(Exception):  # noqa: N818
    pass


class WrongPassword(Exception):  # noqa: N818
    pass


class InvalidProfile(Exception):  # noqa: N818
    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(errors)
        self.errors = errors


# --- limits ------------------------------------------------------------------------------------------------


def client_of(request: Any) -> str:
    """The client for counting, as the public API's throttle counts it: DRF's address (API_NUM_PROXIES honoured),
    IPv6 per /64 (config.clients)."""
    return client_key(BaseThrottle().get_ident(request))


def _address_key(email: str) -> str:
    # Hashed: cache keys show up in monitoring and key dumps.
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


def _window(scope: str, who: str, period: int) -> tuple[str, int]:
    now = time.time()
    window = int(now // period)
    return f"people_limit_{scope}_{who}_{window}", max(1, math.ceil((window + 1) * period - now))


def _count(scope: str, who: str, limit: int, period: int) -> None:
    """Count one more for ``who``; TooManyAttempts past ``limit`` (0 or less: no limit)."""
    if limit <= 0:
        return
    key, wait = _window(scope, who, period)
    try:
        count = count_in_window(caches["default"], key, period + 1)
    except (RedisError, OSError):
        logger.warning("%s limit unavailable (cache error); allowed", scope, exc_info=True)
        return
    if count > limit:
        raise TooManyAttempts(wait)


def _check(scope: str, who: str, limit: int, period: int) -> None:
    """TooManyAttempts if ``who`` already used ``limit`` in this window (nothing counted)."""
    if limit <= 0:
        return
    key, wait = _window(scope, who, period)
    try:
        count = caches["default"].get(key) or 0
    except (RedisError, OSError):
        logger.warning("%s limit unavailable (cache error); allowed", scope, exc_info=True)
        return
    if int(count) >= limit:
        raise TooManyAttempts(wait)


def _http(request: Any) -> HttpRequest:
    """Django's request under a DRF one (allauth's helpers read its session, META and method)."""
    return getattr(request, "_request", request)


# --- sign-up -----------------------------------------------------------------------------------------------


def password_check(*, password: str, email: str, name: str = "") -> None:
    """Django's validators (AUTH_PASSWORD_VALIDATORS), the name and the address counting as the person's own
    attributes (a password like the name is refused). Raises django's ValidationError."""
    candidate = User(email=email, first_name=name[:150])
    user_username(candidate, email.partition("@")[0])
    validate_password(password, user=candidate)


def profile_create(*, user: User, name: str = "") -> Profile:
    profile, created = Profile.objects.get_or_create(user=user, defaults={"name": name.strip()[:150]})
    if not created and name.strip() and not profile.name:
        profile.name = name.strip()[:150]
        profile.save(update_fields=["name", "updated_at"])
    return profile


def _send_confirmation(request: HttpRequest, address_id: int, *, signup: bool) -> None:
    address = EmailAddress.objects.filter(pk=address_id, verified=False).select_related("user").first()
    if address is None:
        return
    # allauth reads the request from its context (set by its middleware, gone once the response left: an
    # after-commit callback may run later).
    with allauth_context.request_context(request):
        # allauth's own limit per address (ACCOUNT_RATE_LIMITS["confirm_email"]): the last mail's link still works.
        if consume_email_verification_rate_limit(request, address.email):
            address.send_confirmation(request, signup=signup)


def _send_already_exists(request: HttpRequest, email: str) -> None:
    with allauth_context.request_context(request):
        if consume_email_verification_rate_limit(request, email):
            get_adapter(request).send_account_already_exists_mail(email)


def account_register(*, request: Any, email: str, password: str, name: str = "") -> None:
    """Start an account (API): the same outcome for the caller whatever the address's state. Raises django's
    ValidationError (``password``) or TooManyAttempts; returns nothing either way."""
    http = _http(request)
    email = get_adapter(http).clean_email(email.strip().lower())
    name = name.strip()
    _count("register_ip", client_of(request), settings.AUTH_REGISTER_PER_IP_HOUR, REGISTER_WINDOW_SECONDS)
    # Before looking the address up, so that a weak password is refused alike for known and unknown addresses;
    # and before the address's own count, so that retyping a refused password does not use up its budget.
    password_check(password=password, email=email, name=name)
    _count("register_address", _address_key(email), settings.AUTH_REGISTER_PER_ADDRESS_HOUR, REGISTER_WINDOW_SECONDS)
    # Hashed whatever the address's state, before it is looked up: a known address would otherwise be answered
    # without the hash's cost (~200 ms with PBKDF2), and the answer's time would tell it has an account.
    hashed = make_password(password)
    try:
        if not caches["default"].add(f"people_register_lock_{_address_key(email)}", 1, REGISTER_LOCK_SECONDS):
            return
    except (RedisError, OSError):
        logger.warning("sign-up lock unavailable (cache error); going on", exc_info=True)
    _, exists = email_already_exists(email)
    if exists:
        transaction.on_commit(lambda: _send_already_exists(http, email))
        return
    with transaction.atomic():
        user = User(email=email, password=hashed)
        user_username(user, get_adapter(http).generate_unique_username([name, email, "user"]))
        user.save()
        address = EmailAddress.objects.create(user=user, email=email, primary=True, verified=False)
        profile_create(user=user, name=name)
        transaction.on_commit(lambda: _send_confirmation(http, address.pk, signup=True))


# --- JWT ---------------------------------------------------------------------------------------------------


def _tokens(refresh: RefreshToken) -> dict[str, str]:
    return {"access": str(refresh.access_token), "refresh": str(refresh)}


def token_obtain(*, request: Any, email: str, password: str) -> dict[str, str]:
    """A fresh access and refresh token for a verified account. Raises TooManyAttempts, CredentialsRefused (wrong
    password, unknown address, inactive account alike) or EmailNotVerified (having mailed the link again)."""
    http = _http(request)
    email = email.strip().lower()
    client = client_of(request)
    _count("token_ip", client, settings.AUTH_TOKEN_RATE_PER_IP, 60)
    # Failures count per address and client: a client guessing one address's password is stopped without the
    # owner being locked out everywhere else (anyone could otherwise lock anyone out with five wrong passwords).
    # A much higher ceiling per address alone stops guessing spread over many clients.
    limits = (
        ("token_failures", f"{_address_key(email)}_{client}", settings.AUTH_TOKEN_FAILURES_PER_ADDRESS),
        (
            "token_failures_address",
            _address_key(email),
            settings.AUTH_TOKEN_FAILURES_PER_ADDRESS * ADDRESS_CEILING_FACTOR,
        ),
    )
    for scope, who, limit in limits:
        _check(scope, who, limit, FAILURE_WINDOW_SECONDS)
    user = authenticate(http, email=email, password=password) if email and password else None
    if user is None or not user.is_active:
        for scope, who, limit in limits:
            try:
                _count(scope, who, limit, FAILURE_WINDOW_SECONDS)
            except TooManyAttempts:
                pass  # this one is refused as wrong; the next is refused as too many
        raise CredentialsRefused(CREDENTIALS_REFUSED)
    address = EmailAddress.objects.filter(user=user, email__iexact=email).first()
    if address is None or not address.verified:
        if address is not None:
            _send_confirmation(http, address.pk, signup=False)
        raise EmailNotVerified(NOT_VERIFIED)
    refresh = RefreshToken.for_user(user)
    if getattr(settings, "SIMPLE_JWT", {}).get("UPDATE_LAST_LOGIN"):
        update_last_login(None, user)  # type: ignore[arg-type]
    return _tokens(refresh)


def token_refresh(*, request: Any, refresh: str) -> dict[str, str]:
    """Rotate: the refresh token is spent (blacklisted) and a new pair issued. Two requests with one token get one
    new pair between them (the outstanding row is locked). Raises TokenInvalid or TooManyAttempts."""
    _count("refresh_ip", client_of(request), settings.AUTH_TOKEN_RATE_PER_IP, 60)
    try:
        token = RefreshToken(refresh)  # type: ignore[arg-type] # signature, expiry, type and blacklist
    except TokenError:
        raise TokenInvalid(REFRESH_INVALID) from None
    user = User.objects.filter(pk=str(token.payload.get("user_id", "")), is_active=True).first()
    if user is None:
        raise TokenInvalid(REFRESH_INVALID)
    jti = token.payload.get("jti")
    with transaction.atomic():
        outstanding = OutstandingToken.objects.select_for_update().filter(jti=jti).first()
        if outstanding is not None and BlacklistedToken.objects.filter(token=outstanding).exists():
            raise TokenInvalid(REFRESH_INVALID)  # spent by a concurrent refresh while we waited for the lock
        token.blacklist()
        return _tokens(RefreshToken.for_user(user))


def token_revoke(*, user: User, refresh: str) -> None:
    """Sign one API client out: its refresh token is blacklisted (its access token lapses within minutes).
    Raises TokenInvalid or TokenNotYours."""
    try:
        token = RefreshToken(refresh)  # type: ignore[arg-type]
    except TokenError:
        raise TokenInvalid(LOGOUT_INVALID) from None
    if str(token.payload.get("user_id")) != str(user.pk):
        raise TokenNotYours(LOGOUT_NOT_YOURS)
    token.blacklist()


def tokens_revoke_all(*, user: User) -> int:
    """Sign every API client of ``user`` out (their refresh tokens blacklisted; access tokens lapse within
    minutes): after a password change, set or reset, or an address removed, a token taken with the old
    credentials, or by whoever held the old address, must not keep the account open. How many were revoked."""
    return _revoke_all(user)


def _revoke_all(user: User) -> int:
    outstanding = OutstandingToken.objects.filter(user=user, expires_at__gt=timezone.now()).exclude(
        blacklistedtoken__isnull=False
    )
    rows = [BlacklistedToken(token=token) for token in outstanding]
    BlacklistedToken.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


# --- profile -----------------------------------------------------------------------------------------------


def profile_update(
    *,
    user: User,
    name: str | None = None,
    home_city: str | None = UNSET,
    interests: Iterable[str] | None = None,
) -> Profile:
    """Change what is given (None/UNSET: unchanged; ``home_city=None`` clears it). ``home_city`` is an active
    city's slug, ``interests`` top-level category slugs (replacing the current ones). Raises InvalidProfile with
    every problem at once."""
    errors: dict[str, list[str]] = {}
    city: City | None = None
    if name is not None and not isinstance(name, str):
        errors["name"] = [NOT_TEXT]
    if home_city is not UNSET and home_city is not None:
        city = City.objects.filter(slug=str(home_city), is_active=True).first()
        if city is None:
            errors["home_city"] = [UNKNOWN_CITY.format(value=str(home_city)[:60])]
    categories: list[Category] = []
    if interests is not None:
        slugs = list(interests)
        if not all(isinstance(slug, str) for slug in slugs):
            errors["interests"] = [NOT_A_LIST]
        else:
            found = {c.slug: c for c in Category.objects.filter(slug__in=slugs, parent__isnull=True)}
            unknown = [slug for slug in slugs if slug not in found]
            if unknown:
                errors["interests"] = [UNKNOWN_CATEGORY.format(value=slug[:60]) for slug in unknown[:10]]
            categories = list({c.pk: c for c in (found[slug] for slug in slugs if slug in found)}.values())
    if errors:
        raise InvalidProfile(errors)
    with transaction.atomic():
        profile = profile_create(user=user)
        if name is not None:
            profile.name = name.strip()[:150]
        if home_city is not UNSET:
            profile.home_city = city
        profile.save()
        if interests is not None:
            profile.interests.set(categories)
    return profile


# --- export and deletion -----------------------------------------------------------------------------------


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _event(event: Any) -> dict[str, Any] | None:
    if event is None:
        return None
    return {"id": event.pk, "title": event.title, "start": _iso(event.start), "url": site_url(event.get_absolute_url())}


def _follow_target(follow: Follow) -> dict[str, Any]:
    target = follow.venue or follow.organizer or follow.category
    return {
        "id": getattr(target, "pk", None),
        "name": getattr(target, "name", None),
        "slug": getattr(target, "slug", None),
    }


def account_export(*, user: User) -> dict[str, Any]:
    """Everything Whatson holds on the person, as JSON-ready data."""
    from digests.services.subscriptions import subscriber_export

    profile = Profile.objects.filter(user=user).select_related("home_city").first()
    addresses = list(EmailAddress.objects.filter(user=user).order_by("-primary", "email"))
    retention_start = timezone.now() - dt.timedelta(days=settings.ANALYTICS_RAW_DAYS)
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "id": user.pk,
            "username": user.get_username(),
            "email": getattr(user, "email", ""),
            "date_joined": _iso(getattr(user, "date_joined", None)),
            "last_login": _iso(user.last_login),
        },
        "profile": {
            "name": profile.name if profile else "",
            "home_city": profile.home_city.slug if profile and profile.home_city else None,
            "interests": list(profile.interests.order_by("slug").values_list("slug", flat=True)) if profile else [],
            "calendar_token": profile.calendar_token if profile else None,
            "created_at": _iso(profile.created_at) if profile else None,
            "updated_at": _iso(profile.updated_at) if profile else None,
        },
        "email_addresses": [{"email": a.email, "verified": a.verified, "primary": a.primary} for a in addresses],
        "rsvps": [
            {
                "event": _event(r.event),
                "status": r.status,
                "created_at": _iso(r.created_at),
                "confirmed_at": _iso(r.confirmed_at),
                "promoted_at": _iso(r.promoted_at),
                "cancelled_at": _iso(r.cancelled_at),
                "reminded_at": _iso(r.reminded_at),
            }
            for r in RSVP.objects.filter(user=user).select_related("event").order_by("created_at", "pk")
        ],
        "saved_events": [
            {"event": _event(s.event), "created_at": _iso(s.created_at)}
            for s in SavedEvent.objects.filter(user=user).select_related("event").order_by("created_at", "pk")
        ],
        "follows": [
            {"kind": f.kind, "target": _follow_target(f), "created_at": _iso(f.created_at)}
            for f in Follow.objects.filter(user=user)
            .select_related("venue", "organizer", "category")
            .order_by("created_at", "pk")
        ],
        "organizer_memberships": [
            {
                "organizer": {"id": m.organizer_id, "name": m.organizer.name, "slug": m.organizer.slug},
                "status": m.status,
                "message": m.message,
                "created_at": _iso(m.created_at),
                "decided_at": _iso(m.decided_at),
                "decision_note": m.decision_note,
            }
            for m in OrganizerMembership.objects.filter(user=user).select_related("organizer").order_by("created_at")
        ],
        "submissions": [
            {
                "id": s.pk,
                "organizer": s.organizer.slug,
                "event": _event(s.event),
                "record": s.staged_event.raw,
                "status": s.staged_event.status,
                "reasons": s.staged_event.reasons,
                "created_at": _iso(s.created_at),
                "updated_at": _iso(s.updated_at),
            }
            for s in Submission.objects.filter(submitted_by=user)
            .select_related("organizer", "event", "staged_event")
            .order_by("created_at", "pk")
        ],
        "event_revisions": [
            {
                "event": r.event_id,
                "number": r.number,
                "changes": r.changes,
                "note": r.note,
                "created_at": _iso(r.created_at),
            }
            for r in EventRevision.objects.filter(edited_by=user).order_by("created_at", "pk")
        ],
        "digest_subscriptions": [subscriber_export(email=a.email) for a in addresses if a.verified],
        "interactions": [
            {"kind": i.kind, "event": i.event_id, "occurred_at": _iso(i.occurred_at)}
            for i in Interaction.objects.filter(user_id=user.pk, occurred_at__gte=retention_start).order_by(
                "occurred_at", "pk"
            )
        ],
        "api_tokens": _api_tokens(user),
    }


def _api_tokens(user: User) -> list[dict[str, Any]]:
    blacklisted = set(BlacklistedToken.objects.filter(token__user=user).values_list("token_id", flat=True))
    return [
        {"created_at": _iso(t.created_at), "expires_at": _iso(t.expires_at), "revoked": t.pk in blacklisted}
        for t in OutstandingToken.objects.filter(user=user).order_by("created_at", "pk")
    ]


def account_delete(*, user: User) -> None:
    """The end of an account: replies cancelled first (their seats go to the waitlist), interactions forgotten,
    API tokens revoked, then the user deleted; the rest cascades (profile, addresses, saves, follows, memberships).
    Submissions, revisions and the moderation trail keep their events and lose the person."""
    from events.people.analytics.services import interactions_forget_user
    from events.people.rsvps.services import rsvps_cancel_for_user

    with transaction.atomic():
        rsvps_cancel_for_user(user_id=user.pk)
        interactions_forget_user(user_id=user.pk)
        _revoke_all(user)
        user.delete()


def account_delete_confirmed(*, user: User, password: str) -> None:
    """Delete the account if ``password`` is the person's. Raises WrongPassword or TooManyAttempts (failed
    attempts are limited like sign-ins: whoever holds a session must not be able to guess the password)."""
    who = f"user{user.pk}"
    _check("delete_failures", who, settings.AUTH_TOKEN_FAILURES_PER_ADDRESS, FAILURE_WINDOW_SECONDS)
    if not isinstance(password, str) or not password or not user.check_password(password):
        try:
            _count("delete_failures", who, settings.AUTH_TOKEN_FAILURES_PER_ADDRESS, FAILURE_WINDOW_SECONDS)
        except TooManyAttempts:
            pass
        raise WrongPassword(WRONG_PASSWORD)
    account_delete(user=user)
