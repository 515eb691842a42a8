"""What the mail service tells us after a digest left: anymail's tracking and inbound signals (connected in apps.py).

anymail has already refused any webhook without valid credentials before these receivers run (basic auth from
ANYMAIL["WEBHOOK_SECRET"], for every ESP, Postmark and Amazon SES included; Mailgun's HMAC over
timestamp + token with MAILGUN_WEBHOOK_SIGNING_KEY), answering 400 and sending no signal. But anymail lets a
webhook through unchecked when nothing is configured (no WEBHOOK_SECRET: only a warning; an empty Mailgun key:
an HMAC anyone can compute), and an unchecked webhook could suppress or unsubscribe any address: such events
are ignored here, with an error in the log. What is left to do here:

* **Tracking** — find the ``DigestSend`` (our ``metadata={"digest_send": id}``, else the ESP's or our Message-ID),
  move its status forward only (a late "delivered" never hides a bounce), and act on the address: a hard bounce,
  a rejection for an address-level reason or a complaint suppresses it (nothing is mailed there again, whatever
  its subscriptions say); a complaint also ends every subscription of the address; three sends in a row that
  ended in soft bounces suppress it too. An event about an address with no send we know (a confirmation mail
  that bounced) still suppresses.
* **Inbound** — mail to the List-Unsubscribe ``mailto:`` address unsubscribes the subscription named by the
  manage token in its subject ("unsubscribe <token>") or in the recipient's plus-part. The token is the
  authority, not the sender: forwarding and aliases make the From differ from the subscribed address, and
  the token alone already proves the writer received that subscription's mail (the one-click URL carries the
  same token).

ESPs retry webhooks, so everything is idempotent; on top of that an event id seen in the last day is skipped
(Mailgun signs only timestamp + token, not the event, so its docs ask receivers to refuse a reused token and a
stale timestamp: both are checked here, anymail does neither).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from typing import Any

from anymail.signals import AnymailInboundEvent, AnymailTrackingEvent, EventType, RejectReason
from anymail.utils import get_anymail_setting
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from digests.models import DigestSend, Subscription, Suppression
from digests.services.suppression import subscriptions_of, suppression_add
from digests.tokens import TokenError, read_manage_token

logger = logging.getLogger(__name__)

# Sends to one address that ended deferred (soft bounce), in a row, before the address is suppressed.
SOFT_BOUNCES_IN_A_ROW = 3
# How long an event id is remembered (ESPs retry for hours, not days) and how old a Mailgun signature may be.
SEEN_SECONDS = 24 * 3600
SEEN_KEY = "digests:webhook-seen:{esp}:{event_id}"

SEND_STATUS = DigestSend.Status
# A status may move to ``new`` only from these: "delivered" after "bounced" (out of order, or a later retry of a
# message that had bounced) must not hide the bounce; nothing replaces a complaint.
MAY_BECOME: dict[str, set[str]] = {
    SEND_STATUS.DEFERRED: {SEND_STATUS.CLAIMED, SEND_STATUS.SENT, SEND_STATUS.DEFERRED},
    SEND_STATUS.DELIVERED: {SEND_STATUS.CLAIMED, SEND_STATUS.SENT, SEND_STATUS.DEFERRED, SEND_STATUS.DELIVERED},
    SEND_STATUS.FAILED: {SEND_STATUS.CLAIMED, SEND_STATUS.SENT, SEND_STATUS.DEFERRED, SEND_STATUS.FAILED},
    SEND_STATUS.BOUNCED: {
        SEND_STATUS.CLAIMED,
        SEND_STATUS.SENT,
        SEND_STATUS.DEFERRED,
        SEND_STATUS.DELIVERED,
        SEND_STATUS.FAILED,
        SEND_STATUS.BOUNCED,
    },
    SEND_STATUS.COMPLAINED: set(SEND_STATUS.values) - {SEND_STATUS.EMPTY, SEND_STATUS.SUPPRESSED},
}
# Statuses of a send that put a mail in the recipient's way (for counting soft bounces in a row).
MAILED = (
    SEND_STATUS.SENT,
    SEND_STATUS.DELIVERED,
    SEND_STATUS.DEFERRED,
    SEND_STATUS.BOUNCED,
    SEND_STATUS.COMPLAINED,
    SEND_STATUS.FAILED,
)
# Refusals that say something about the address (so it is suppressed); "other" (content, our own domain's
# setup) says nothing about the recipient and only fails the send.
ADDRESS_REJECTS = {
    RejectReason.INVALID,
    RejectReason.BOUNCED,
    RejectReason.TIMED_OUT,
    RejectReason.BLOCKED,
    RejectReason.SPAM,
    RejectReason.UNSUBSCRIBED,
}
# anymail calls these "bounced" but the ESP says the failure is temporary: Postmark's Type, SES's bounceType.
POSTMARK_SOFT = {"SoftBounce", "Transient", "DnsError"}
SES_SOFT = {"Transient"}

# Started only at the first character of a run: a later start in it has fewer "@" to try (linear on 20k "–").
ADDRESS = re.compile(r"(?<![^\s<>,;\"'])[^\s<>,;\"']+@[^\s<>,;\"']++")
UNSUBSCRIBE_SUBJECT = re.compile(r"\bunsubscribe\s+(?P<token>\S+)", re.IGNORECASE)


# --- finding what an event is about ----------------------------------------------------------------------


def _message_ids(message_id: str | None) -> set[str]:
    """Both spellings: ESPs add or drop the angle brackets of a Message-ID."""
    if not message_id:
        return set()
    bare = message_id.strip().strip("<>")
    return {bare, f"<{bare}>"} if bare else set()


def find_send(event: AnymailTrackingEvent) -> DigestSend | None:
    """The digest an event is about, if it is one of ours and was mailed to the event's recipient."""
    sends = DigestSend.objects.select_related("subscription")
    send = None
    raw_id = (event.metadata or {}).get("digest_send")
    if isinstance(raw_id, str | int) and str(raw_id).isdigit():
        send = sends.filter(pk=int(raw_id)).first()
    ids = _message_ids(event.message_id)
    if send is None and ids:
        send = sends.filter(Q(esp_message_id__in=ids) | Q(message_id__in=ids)).order_by("-id").first()
    recipient = (event.recipient or "").strip().lower()
    if send is not None and recipient and send.subscription.email.lower() != recipient:
        # Not the address that digest went to: a mix-up, not something to act on for that subscription.
        logger.warning("Tracking event for %s names digest send %s of another address; ignored", recipient, send.pk)
        return None
    return send


def _recipient(event: AnymailTrackingEvent, send: DigestSend | None) -> str:
    if event.recipient:
        return str(event.recipient).strip()
    return send.subscription.email if send is not None else ""


def _detail(event: AnymailTrackingEvent, esp_name: str) -> str:
    parts = [esp_name, event.event_type, event.reject_reason or "", event.description or "", event.mta_response or ""]
    return " · ".join(str(part) for part in parts if part)[:2000]


def is_soft_bounce(event: AnymailTrackingEvent, esp_name: str) -> bool:
    """A "bounced" that the ESP itself calls temporary (it retries, and may report a hard bounce later)."""
    raw = event.esp_event if isinstance(event.esp_event, dict) else {}
    if esp_name == "Postmark":
        return raw.get("Type") in POSTMARK_SOFT
    if esp_name == "Amazon SES":
        return (raw.get("bounce") or {}).get("bounceType") in SES_SOFT
    return False


# --- effects -----------------------------------------------------------------------------------------------


def _move(send: DigestSend | None, status: str, error: str = "") -> bool:
    """Move the send to ``status`` if it may (a conditional UPDATE: two deliveries of one webhook race safely)."""
    if send is None:
        return False
    changes: dict[str, Any] = {"status": status, "updated_at": timezone.now()}
    if error:
        changes["error"] = error
    moved = DigestSend.objects.filter(pk=send.pk, status__in=MAY_BECOME[status]).update(**changes)
    return bool(moved)


def _unsubscribe(subscriptions: Iterable[Subscription], via: str) -> None:
    from digests.services.subscriptions import subscription_unsubscribe

    for subscription in subscriptions:
        if subscription.status != Subscription.Status.UNSUBSCRIBED:
            subscription_unsubscribe(subscription=subscription, via=via)


def soft_bounces_in_a_row(email: str) -> bool:
    """Whether the address's last SOFT_BOUNCES_IN_A_ROW mailed digests all ended deferred."""
    last = list(
        DigestSend.objects.filter(subscription__in=subscriptions_of(email), status__in=MAILED)
        .order_by("-claimed_at", "-id")
        .values_list("status", flat=True)[:SOFT_BOUNCES_IN_A_ROW]
    )
    return len(last) == SOFT_BOUNCES_IN_A_ROW and all(status == SEND_STATUS.DEFERRED for status in last)


def _on_deferred(event: AnymailTrackingEvent, send: DigestSend | None, esp_name: str) -> None:
    _move(send, SEND_STATUS.DEFERRED, _detail(event, esp_name))
    email = _recipient(event, send)
    if email and soft_bounces_in_a_row(email):
        suppression_add(email=email, reason=Suppression.Reason.SOFT_BOUNCES, detail=_detail(event, esp_name))


def _on_bounced(event: AnymailTrackingEvent, send: DigestSend | None, esp_name: str) -> None:
    if is_soft_bounce(event, esp_name):
        _on_deferred(event, send, esp_name)
        return
    _move(send, SEND_STATUS.BOUNCED, _detail(event, esp_name))
    if email := _recipient(event, send):
        # The subscriptions stay as they are: the suppression alone stops all mail, and the admin shows it.
        suppression_add(email=email, reason=Suppression.Reason.HARD_BOUNCE, detail=_detail(event, esp_name))


def _on_complained(event: AnymailTrackingEvent, send: DigestSend | None, esp_name: str) -> None:
    _move(send, SEND_STATUS.COMPLAINED, _detail(event, esp_name))
    if email := _recipient(event, send):
        suppression_add(email=email, reason=Suppression.Reason.COMPLAINT, detail=_detail(event, esp_name))
        _unsubscribe(subscriptions_of(email), via="complaint")


def _on_rejected(event: AnymailTrackingEvent, send: DigestSend | None, esp_name: str) -> None:
    _move(send, SEND_STATUS.FAILED, _detail(event, esp_name))
    email = _recipient(event, send)
    if email and event.reject_reason in ADDRESS_REJECTS:
        suppression_add(email=email, reason=Suppression.Reason.REJECTED, detail=_detail(event, esp_name))


def _on_failed(event: AnymailTrackingEvent, send: DigestSend | None, esp_name: str) -> None:
    # The ESP could not send it for a reason of its own (a template, an API error): nothing about the address.
    _move(send, SEND_STATUS.FAILED, _detail(event, esp_name))


def _on_delivered(event: AnymailTrackingEvent, send: DigestSend | None, esp_name: str) -> None:
    _move(send, SEND_STATUS.DELIVERED)


def _first_time(send: DigestSend | None, field: str, when: dt.datetime) -> None:
    if send is not None:
        DigestSend.objects.filter(pk=send.pk, **{f"{field}__isnull": True}).update(**{field: when})


def _on_opened(event: AnymailTrackingEvent, send: DigestSend | None, esp_name: str) -> None:
    _first_time(send, "opened_at", event.timestamp or timezone.now())


def _on_clicked(event: AnymailTrackingEvent, send: DigestSend | None, esp_name: str) -> None:
    # A click is also an open (with images blocked the ESP never saw the open pixel).
    when = event.timestamp or timezone.now()
    _first_time(send, "clicked_at", when)
    _first_time(send, "opened_at", when)


def _on_unsubscribed(event: AnymailTrackingEvent, send: DigestSend | None, esp_name: str) -> None:
    # The ESP's own unsubscribe (its link or list management): this digest's subscription, or, when the event
    # names no send of ours, every subscription of the address (the ESP stops mailing it either way).
    if send is not None:
        _unsubscribe([send.subscription], via="link")
    elif email := _recipient(event, send):
        _unsubscribe(subscriptions_of(email), via="link")


Handler = Callable[[AnymailTrackingEvent, DigestSend | None, str], None]
HANDLERS: dict[str, Handler] = {
    EventType.DELIVERED: _on_delivered,
    EventType.DEFERRED: _on_deferred,
    EventType.BOUNCED: _on_bounced,
    EventType.COMPLAINED: _on_complained,
    EventType.REJECTED: _on_rejected,
    EventType.FAILED: _on_failed,
    EventType.OPENED: _on_opened,
    EventType.CLICKED: _on_clicked,
    EventType.UNSUBSCRIBED: _on_unsubscribed,
}


# --- who may speak ---------------------------------------------------------------------------------------

# ESPs whose webhooks anymail checks with a signature of their own (the setting holding its key).
SIGNING_SETTINGS = {"Mailgun": "webhook_signing_key", "Postal": "webhook_key", "Mandrill": "webhook_key"}
UNSECURED = (
    "%s webhook ignored: anymail accepted it unchecked. Set ANYMAIL['WEBHOOK_SECRET'] (basic auth in the "
    "webhook URL) or the ESP's signing key (docs/digests.md)."
)


def webhook_secured(esp_name: str) -> bool:
    """Whether anymail authenticated this ESP's webhook (a basic-auth secret, or the ESP's own signing key)."""
    if get_anymail_setting("webhook_secret", default=None):
        return True
    name = SIGNING_SETTINGS.get(esp_name)
    # Read as anymail reads it (Mailgun's key is never taken from a bare setting).
    allow_bare = esp_name != "Mailgun"
    return bool(name and get_anymail_setting(name, esp_name=esp_name, default=None, allow_bare=allow_bare))


# --- replays -----------------------------------------------------------------------------------------------


def _mailgun_signed_at(esp_event: Any) -> str | None:
    """The signature's timestamp: in the JSON body's "signature" block (tracking) or the form (inbound)."""
    if isinstance(esp_event, dict):
        return (esp_event.get("signature") or {}).get("timestamp")
    post = getattr(esp_event, "POST", None)  # inbound: anymail hands over the whole request
    return post.get("timestamp") if post is not None else None


def _mailgun_signature_stale(event: AnymailTrackingEvent | AnymailInboundEvent, esp_name: str) -> bool:
    if esp_name != "Mailgun":
        return False
    try:
        signed_at = float(_mailgun_signed_at(event.esp_event) or "")
    except (TypeError, ValueError):
        return True
    return abs(timezone.now().timestamp() - signed_at) > SEEN_SECONDS


def _claim_event(event: AnymailTrackingEvent | AnymailInboundEvent, esp_name: str) -> str | None:
    """Remember the event id; None when it was handled already (a retry or a replay) or is a stale signature.

    Returns the cache key to forget if handling then fails (so the ESP's retry is handled), or "" when the event
    carries no id to remember.
    """
    if _mailgun_signature_stale(event, esp_name):
        logger.warning("Mailgun webhook signed more than a day ago (a replay?): ignored")
        return None
    if not event.event_id:
        return ""
    event_id = str(event.event_id)[:200]
    if esp_name != "Mailgun":
        # One SES notification is one event per recipient, all with the notification's id. (Mailgun sends one
        # event per signed webhook, and its token must not be reused for any other event: the token alone.)
        event_id += f":{event.event_type}:{(getattr(event, 'recipient', None) or '').lower()[:254]}"
    key = SEEN_KEY.format(esp=esp_name, event_id=event_id)
    if not cache.add(key, 1, SEEN_SECONDS):
        logger.info("%s webhook event %s seen before: ignored", esp_name, event.event_id)
        return None
    return key


def _handle_once(event: AnymailTrackingEvent | AnymailInboundEvent, esp_name: str, handle: Callable[[], None]) -> None:
    if not webhook_secured(esp_name):
        logger.error(UNSECURED, esp_name)
        return
    key = _claim_event(event, esp_name)
    if key is None:
        return
    try:
        with transaction.atomic():
            handle()
    except BaseException:
        # Not handled: the ESP retries (anymail answers 500), and the retry must not be taken for a replay.
        if key:
            cache.delete(key)
        raise


# --- receivers (connected in DigestsConfig.ready) ------------------------------------------------------------


def on_tracking(sender: Any, event: AnymailTrackingEvent, esp_name: str, **kwargs: Any) -> None:
    handler = HANDLERS.get(event.event_type)

    def handle() -> None:
        # queued, sent, autoresponded, subscribed, unknown: nothing to do. The event is claimed all the same, so
        # its signature (Mailgun's token) cannot be lifted onto a forged event later.
        if handler is not None:
            handler(event, find_send(event), esp_name)

    _handle_once(event, esp_name, handle)


def unsubscribe_mailbox() -> str:
    """The List-Unsubscribe mailto address, lower-cased: the one the renderer puts in every digest."""
    from digests.rendering import unsubscribe_mailbox as mailbox

    return mailbox().split("?", 1)[0].strip().lower()


def _split_plus(address: str) -> tuple[str, str]:
    """("unsubscribe@host", "token") for "unsubscribe+token@host"; ("a@host", "") without a plus-part."""
    local, _, domain = address.rpartition("@")
    base, _, plus = local.partition("+")
    return f"{base}@{domain}".lower(), plus


def _inbound_token(event: AnymailInboundEvent) -> str | None:
    """The token of a mail to the unsubscribe mailbox; None when the mail went to another address."""
    message = event.message
    mailbox = unsubscribe_mailbox()
    # Read from the raw headers: a token's ":" makes the plus-part an address Python's parser refuses, and a
    # malformed To must not become a 500 that the ESP retries for days.
    raw = [*(str(value) for value in message.get_all("To", [])), message.envelope_recipient or ""]
    recipients = [found for value in raw for found in ADDRESS.findall(value)]
    plus_tokens = [plus for base, plus in map(_split_plus, recipients) if base == mailbox]
    if not plus_tokens and mailbox not in (address.lower() for address in recipients):
        return None
    match = UNSUBSCRIBE_SUBJECT.search(message.subject or "")
    if match:
        return match.group("token")
    return next((token for token in plus_tokens if token), "")


def on_inbound(sender: Any, event: AnymailInboundEvent, esp_name: str, **kwargs: Any) -> None:
    token = _inbound_token(event)
    try:
        subscription = read_manage_token(token) if token else None
    except TokenError:
        subscription = None

    def handle() -> None:
        # Other mail to an inbound route is not ours to read, and a mail without a valid token changes nothing;
        # either is claimed all the same (its signature is spent: it cannot be lifted onto a forged event).
        if subscription is not None:
            _unsubscribe([subscription], via="mailto")
        elif token is not None:
            logger.info("Unsubscribe mail through %s without a valid token: ignored", esp_name)

    _handle_once(event, esp_name, handle)
