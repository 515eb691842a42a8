"""A subscriber's lifecycle: sign up (double opt-in), confirm, change, pause, unsubscribe, export, delete.

``subscription_request`` is the one sign-up path (the city page's form, the standalone form and the API). Its
outcome never depends, as the caller sees it, on whether the address is already known, suppressed or
subscribed: every accepted request answers the same, and only the owner of the mailbox learns more (a
confirmation mail, or "you're already subscribed — manage it here"). A request that nobody confirmed must not
change a confirmed subscription, so an active or paused row is left as it is. Mails go out after the
transaction commits, through the ``email`` queue (digests.tasks.send_confirmation), at most one per address and
city every RESEND_AFTER, so the form cannot be used to flood someone's inbox.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import logging
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from config.clients import client_key
from digests.addresses import InvalidAddress, check_email, mailbox_key
from digests.filters import InvalidSubscription, clean_filters, describe_filters
from digests.models import Cadence, DigestSend, Subscription, Suppression, new_secret
from digests.rendering import one_line
from digests.services.suppression import is_suppressed, subscriptions_of
from digests.tokens import confirm_token, manage_token
from events.api.views import PublicAnonThrottle
from events.filters import is_slug
from events.links import site_url
from events.models import City, Event

__all__ = [
    "InvalidSubscription",
    "SignupThrottled",
    "subscriber_delete",
    "subscriber_export",
    "subscription_confirm",
    "subscription_pause",
    "subscription_request",
    "subscription_resume",
    "subscription_send_confirmation",
    "subscription_unsubscribe",
    "subscription_update",
]

logger = logging.getLogger(__name__)

RESEND_AFTER = dt.timedelta(minutes=10)
THROTTLE_PERIOD = 3600
UNSUBSCRIBE_VIA = frozenset({"link", "one-click", "mailto", "complaint", "bounce", "admin"})

UNKNOWN_CITY = "Unknown city “{value}”."
NO_CITY = "Choose a city."
UNKNOWN_CADENCE = "Choose weekly or daily."
THROTTLED = "Too many sign-ups from here: try again in a while."
BAD_VIA = "Unknown way of unsubscribing: {value!r}."

Status = Subscription.Status


class SignupThrottled(Exception):  # noqa: N818 -- the name the views and the API import
    """Too many sign-ups from one client or for one address within the hour."""

    def __init__(self, wait_seconds: int) -> None:
        super().__init__(THROTTLED)
        self.wait_seconds = wait_seconds


class SignupThrottle(PublicAnonThrottle):
    """The API's fixed-window counter, under its own scope (sign-ups do not share the read API's budget)."""

    scope = "digest_signup"


# --- validation ------------------------------------------------------------------------------------------


def _city(value: City | str | None) -> City:
    if isinstance(value, City):
        return value
    if value is None or value == "":
        raise ValueError(NO_CITY)
    text = str(value)
    city = City.objects.filter(slug=text, is_active=True).first() if is_slug(text) else None
    if city is None:
        raise ValueError(UNKNOWN_CITY.format(value=text[:60]))
    return city


def _cadence(value: str | None) -> str:
    if value is None or value == "":
        return Cadence.WEEKLY
    if value not in Cadence.values:
        raise ValueError(UNKNOWN_CADENCE)
    return str(value)


def _validated(email: Any, city: Any, filters: Any, cadence: Any) -> tuple[str, City, dict[str, Any], str]:
    """Every field checked, every problem reported at once (a form shows them all)."""
    errors: dict[str, list[str]] = {}
    address = place = saved = chosen = None
    try:
        address = check_email(email if isinstance(email, str) else "")
    except InvalidAddress as error:
        errors["email"] = [error.message]
    try:
        place = _city(city)
    except ValueError as error:
        errors["city"] = [str(error)]
    try:
        chosen = _cadence(cadence if isinstance(cadence, str) or cadence is None else "?")
    except ValueError as error:
        errors["cadence"] = [str(error)]
    if place is not None:
        try:
            saved = clean_filters(city=place, data=filters)
        except InvalidSubscription as error:
            errors.update(error.errors)
    if errors or address is None or place is None or saved is None or chosen is None:
        raise InvalidSubscription(errors)
    return address, place, saved, chosen


def _throttle(scope_key: str, limit: int) -> None:
    if limit <= 0:
        return  # 0: no limit (a benchmark, a trusted intranet)
    throttle = SignupThrottle()
    if not throttle.within(scope_key, limit, THROTTLE_PERIOD):
        raise SignupThrottled(int(throttle.wait_seconds or THROTTLE_PERIOD))


def _address_key(address: str) -> str:
    # The inbox, not the spelling (ann+1@, a.nn@gmail.com and ANN@ share one budget); hashed, because cache
    # keys show up in monitoring and key dumps.
    return "addr_" + hashlib.sha256(mailbox_key(address).encode()).hexdigest()[:32]


def _client_ip(value: str | None) -> str | None:
    """The client for counting sign-ups (config.clients: IPv6 per /64); None when there is no usable address."""
    key = client_key((value or "").strip())
    try:
        ipaddress.ip_network(key, strict=False)
    except ValueError:
        return None
    return key


# --- sign up ---------------------------------------------------------------------------------------------


def subscription_request(
    *, email: str, city: City | str, filters: Any, cadence: str | None, client_ip: str | None
) -> None:
    """Ask for a subscription; see the module docstring. Raises InvalidSubscription or SignupThrottled only."""
    _throttle("ip_" + (_client_ip(client_ip) or "unknown"), settings.DIGEST_SIGNUPS_PER_IP_HOUR)
    address, place, saved, chosen = _validated(email, city, filters, cadence)
    _throttle(_address_key(address), settings.DIGEST_SIGNUPS_PER_ADDRESS_HOUR)
    if is_suppressed(address):
        logger.info("digest sign-up for a suppressed address ignored (city %s)", place.slug)
        return
    try:
        with transaction.atomic():
            _apply_request(address, place, saved, chosen)
    except IntegrityError:
        # Two requests for a new address at once: the other created the row; apply this one to it.
        with transaction.atomic():
            _apply_request(address, place, saved, chosen)


def _apply_request(address: str, city: City, filters: dict[str, Any], cadence: str) -> None:
    now = timezone.now()
    row = subscriptions_of(address).filter(city=city).select_for_update().first()
    if row is None:
        row = Subscription.objects.create(
            email=address, city=city, filters=filters, cadence=cadence, confirmation_sent_at=now
        )
        _send_later(row.pk)
        return
    if row.status == Status.UNSUBSCRIBED:
        # Starting again: a fresh secret revokes every link mailed to the old subscription.
        row.status = Status.PENDING
        row.secret = new_secret()
        row.confirmed_at = row.confirmed_from = row.paused_at = row.unsubscribed_at = None
        row.unsubscribed_via = ""
        row.confirmation_sent_at = None
    if row.status == Status.PENDING:
        row.email, row.filters, row.cadence = address, filters, cadence
    # Active or paused: unchanged (only its owner, from the manage page, changes it); a pointer mail may go.
    due = row.confirmation_sent_at is None or now - row.confirmation_sent_at >= RESEND_AFTER
    if due:
        row.confirmation_sent_at = now
    row.save()
    if due:
        _send_later(row.pk)


def _send_later(subscription_id: int) -> None:
    from digests.tasks import send_confirmation

    transaction.on_commit(lambda: send_confirmation.delay(subscription_id))


# --- the confirmation mail -------------------------------------------------------------------------------


def _links(subscription: Subscription) -> dict[str, str]:
    manage = manage_token(subscription)
    return {
        "confirm_url": site_url(reverse("digests:confirm", args=[confirm_token(subscription)])),
        "manage_url": site_url(reverse("digests:manage", args=[manage])),
        "unsubscribe_url": site_url(reverse("digests:unsubscribe", args=[manage])),
        "city_url": site_url(subscription.city.get_absolute_url()),
        "site_url": site_url("/"),
    }


def subscription_send_confirmation(*, subscription_id: int) -> None:
    """The confirmation mail (pending) or the "already subscribed" pointer (active, paused); nothing otherwise."""
    subscription = Subscription.objects.select_related("city").filter(pk=subscription_id).first()
    if subscription is None or subscription.status == Status.UNSUBSCRIBED:
        return
    if is_suppressed(subscription.email):
        logger.info("confirmation for subscription %s not sent: address suppressed", subscription_id)
        return
    city_name = one_line(subscription.city.name, limit=80)
    if subscription.status == Status.PENDING:
        template, subject = "confirm", f"Confirm your Whatson digest for {city_name}"
    else:
        template, subject = "already_subscribed", f"You already get the Whatson digest for {city_name}"
    context = {
        "subscription": subscription,
        "city": subscription.city,
        # Keywords are left out: before confirmation this mail goes to an address nobody has vouched for yet,
        # and text typed by whoever asked must not travel in it from our domain.
        "description": describe_filters(subscription.city, subscription.filters or {}, keywords=False),
        "cadence": subscription.get_cadence_display().lower(),
        "confirm_hours": settings.DIGEST_CONFIRM_HOURS,
        **_links(subscription),
    }
    text = render_to_string(f"digests/email/{template}.txt", context)
    html = render_to_string(f"digests/email/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=one_line(subject),
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    )
    message.attach_alternative(html, "text/html")
    message.send()
    Subscription.objects.filter(pk=subscription.pk).update(confirmation_sent_at=timezone.now())


# --- the subscriber's own changes (the token in a mail authenticates them) -------------------------------


def subscription_confirm(*, subscription: Subscription, client_ip: str | None) -> Subscription:
    """Pending → active, with the consent evidence (when, from where). Idempotent; an unsubscribed
    subscription stays unsubscribed (an old confirmation link does not undo an unsubscribe)."""
    with transaction.atomic():
        row = Subscription.objects.select_for_update().select_related("city").get(pk=subscription.pk)
        if row.status == Status.PENDING:
            row.status = Status.ACTIVE
            row.confirmed_at = timezone.now()
            row.confirmed_from = _client_ip(client_ip)
            row.save(update_fields=["status", "confirmed_at", "confirmed_from"])
    return row


def subscription_update(*, subscription: Subscription, filters: Any, cadence: str | None) -> Subscription:
    """New filters and cadence, validated as at sign-up (InvalidSubscription)."""
    errors: dict[str, list[str]] = {}
    saved: dict[str, Any] = {}
    chosen = subscription.cadence
    try:
        saved = clean_filters(city=subscription.city, data=filters)
    except InvalidSubscription as error:
        errors.update(error.errors)
    try:
        chosen = _cadence(cadence)
    except ValueError as error:
        errors["cadence"] = [str(error)]
    if errors:
        raise InvalidSubscription(errors)
    subscription.filters, subscription.cadence = saved, chosen
    subscription.save(update_fields=["filters", "cadence"])
    return subscription


def subscription_pause(*, subscription: Subscription) -> Subscription:
    """Active → paused (no digests until resumed); any other state is left as it is."""
    if subscription.status == Status.ACTIVE:
        subscription.status = Status.PAUSED
        subscription.paused_at = timezone.now()
        subscription.save(update_fields=["status", "paused_at"])
    return subscription


def subscription_resume(*, subscription: Subscription) -> Subscription:
    """Paused, or unsubscribed after having been confirmed → active. The manage link came from the address's own
    mailbox, which is the same proof the confirmation link gives. A subscription never confirmed (pending, or
    unsubscribed while pending) still needs its confirmation: resuming it would skip the consent record."""
    resumable = subscription.status == Status.PAUSED or (
        subscription.status == Status.UNSUBSCRIBED and subscription.confirmed_at is not None
    )
    if resumable:
        subscription.status = Status.ACTIVE
        subscription.paused_at = subscription.unsubscribed_at = None
        subscription.unsubscribed_via = ""
        subscription.save(update_fields=["status", "paused_at", "unsubscribed_at", "unsubscribed_via"])
    return subscription


def subscription_unsubscribe(*, subscription: Subscription, via: str) -> Subscription:
    """Unsubscribed, recording how; idempotent (the first way and time are kept)."""
    if via not in UNSUBSCRIBE_VIA:
        raise ValueError(BAD_VIA.format(value=via))
    updated = Subscription.objects.filter(pk=subscription.pk).exclude(status=Status.UNSUBSCRIBED)
    now = timezone.now()
    if updated.update(status=Status.UNSUBSCRIBED, unsubscribed_at=now, unsubscribed_via=via):
        subscription.status, subscription.unsubscribed_at, subscription.unsubscribed_via = (
            Status.UNSUBSCRIBED,
            now,
            via,
        )
    else:
        subscription.refresh_from_db()
    return subscription


# --- the subscriber's data (GDPR) ------------------------------------------------------------------------


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def subscriber_export(*, email: str) -> dict[str, Any]:
    """Everything stored about an address: its subscriptions, their digests (with the events listed), and
    whether it is suppressed."""
    subscriptions = list(subscriptions_of(email).select_related("city").order_by("created_at", "id"))
    sends = list(
        DigestSend.objects.filter(subscription__in=subscriptions).order_by("subscription_id", "claimed_at", "id")
    )
    event_ids = {event_id for send in sends for event_id in send.event_ids if isinstance(event_id, int)}
    titles = dict(Event.objects.filter(pk__in=event_ids).values_list("pk", "title"))
    sends_of: dict[int, list[dict[str, Any]]] = {}
    for send in sends:
        sends_of.setdefault(send.subscription_id, []).append(
            {
                "period": send.period,
                "status": send.status,
                "claimed_at": _iso(send.claimed_at),
                "sent_at": _iso(send.sent_at),
                "message_id": send.message_id,
                "esp_message_id": send.esp_message_id,
                "opened_at": _iso(send.opened_at),
                "clicked_at": _iso(send.clicked_at),
                "error": send.error,
                "events": [{"id": pk, "title": titles.get(pk)} for pk in send.event_ids],
            }
        )
    return {
        "email": email,
        "exported_at": timezone.now().isoformat(),
        "suppressed": is_suppressed(email),
        "suppressions": [
            {"email": row.email, "reason": row.reason, "detail": row.detail, "created_at": _iso(row.created_at)}
            for row in Suppression.objects.annotate(address=Lower("email")).filter(address=email.lower())
        ],
        "subscriptions": [
            {
                "email": sub.email,
                "city": sub.city.slug,
                "city_name": sub.city.name,
                "filters": sub.filters,
                "description": describe_filters(sub.city, sub.filters or {}),
                "cadence": sub.cadence,
                "status": sub.status,
                "created_at": _iso(sub.created_at),
                "confirmed_at": _iso(sub.confirmed_at),
                "confirmed_from": sub.confirmed_from,
                "confirmation_sent_at": _iso(sub.confirmation_sent_at),
                "paused_at": _iso(sub.paused_at),
                "unsubscribed_at": _iso(sub.unsubscribed_at),
                "unsubscribed_via": sub.unsubscribed_via,
                "digests": sends_of.get(sub.pk, []),
            }
            for sub in subscriptions
        ],
    }


def subscriptions_forget_unconfirmed(*, now: dt.datetime | None = None) -> int:
    """Delete pending subscriptions whose latest confirmation mail went out more than DIGEST_UNCONFIRMED_DAYS ago
    (its link expired long before): an address nobody confirmed is not kept. Returns how many went."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=settings.DIGEST_UNCONFIRMED_DAYS)
    stale = Subscription.objects.filter(status=Status.PENDING).filter(
        Q(confirmation_sent_at__lt=cutoff) | Q(confirmation_sent_at__isnull=True, created_at__lt=cutoff)
    )
    deleted, _ = stale.delete()
    return deleted


def subscriber_delete(*, email: str) -> int:
    """Delete every subscription of the address and their digests; returns how many subscriptions went.
    A suppression stays (see digests.services.suppression)."""
    with transaction.atomic():
        ids = list(subscriptions_of(email).values_list("pk", flat=True))
        DigestSend.objects.filter(subscription_id__in=ids).delete()
        Subscription.objects.filter(pk__in=ids).delete()
    return len(ids)
