"""Bounces, complaints, opens and unsubscribe mails from the mail service (digests/tracking.py), end to end:
recorded payloads in each ESP's documented format, posted to anymail's real webhook views with real
credentials (Mailgun's HMAC signature, Postmark's basic auth)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
from pathlib import Path
from typing import Any

import pytest
from anymail.exceptions import AnymailInsecureWebhookWarning
from django.test import override_settings
from django.utils import timezone

from digests.models import DigestSend, Subscription, Suppression
from digests.tokens import manage_token
from tests.digests.factories import ActiveSubscriptionFactory, DigestSendFactory, SuppressionFactory
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db

RECORDED = Path(__file__).parent / "recorded"
SIGNING_KEY = "key-mailgun-signing-for-tests"
BASIC = "anymail-user:webhook-password"
MAILGUN_TRACKING = "/anymail/mailgun/tracking/"
MAILGUN_INBOUND = "/anymail/mailgun/inbound/"
POSTMARK_TRACKING = "/anymail/postmark/tracking/"
POSTMARK_INBOUND = "/anymail/postmark/inbound/"
MAILGUN_ONLY = {"MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY, "WEBHOOK_SECRET": None}
POSTMARK_ONLY = {"WEBHOOK_SECRET": BASIC, "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY}


def _fill(value: Any, values: dict[str, Any]) -> Any:
    """Replace __NAME__ placeholders: a whole-string placeholder takes the value's own type (numbers stay numbers)."""
    if isinstance(value, dict):
        return {key: _fill(item, values) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, values) for item in value]
    if isinstance(value, str):
        if value in values:
            return values[value]
        for name, replacement in values.items():
            value = value.replace(name, str(replacement))
    return value


def recorded(name: str, **values: Any) -> dict[str, Any]:
    return _fill(json.loads((RECORDED / name).read_text()), {f"__{key.upper()}__": v for key, v in values.items()})


def mailgun_signature(timestamp: str, token: str, key: str = SIGNING_KEY) -> str:
    return hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()


def mailgun_event(
    name: str, send: DigestSend | None = None, *, recipient: str | None = None, signed_at: float | None = None, **extra
) -> dict[str, Any]:
    timestamp = str(int(signed_at if signed_at is not None else timezone.now().timestamp()))
    token = secrets.token_hex(25)
    values = {
        "recipient": recipient or (send.subscription.email if send else "nobody@mail-host.net"),
        "message_id": (send.message_id if send else "<other@whatson.test>").strip("<>"),
        "digest_send": str(send.pk) if send else "",
        "timestamp": timestamp,
        "event_timestamp": timezone.now().timestamp(),
        "token": token,
        "signature": mailgun_signature(timestamp, token),
        **extra,
    }
    payload = recorded(name, **values)
    if not send:
        payload["event-data"]["user-variables"] = {}
    return payload


def post_json(client, url: str, payload: Any, **headers: str):
    return client.post(url, data=json.dumps(payload), content_type="application/json", **headers)


def basic_auth(credentials: str = BASIC) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(credentials.encode()).decode()}


def postmark_event(name: str, send: DigestSend, **extra: Any) -> dict[str, Any]:
    values = {
        "recipient": send.subscription.email,
        "message_id": send.esp_message_id or send.message_id,
        "digest_send": str(send.pk),
        "iso_time": timezone.now().isoformat().replace("+00:00", "Z"),
        "event_id": secrets.randbelow(10**15),
        **extra,
    }
    return recorded(name, **values)


def status_of(send: DigestSend) -> str:
    send.refresh_from_db()
    return send.status


def suppressed(email: str) -> Suppression | None:
    return Suppression.objects.filter(email__iexact=email).first()


@pytest.fixture
def send() -> DigestSend:
    return DigestSendFactory(esp_message_id="", subscription=ActiveSubscriptionFactory(email="Reader@Mail-Host.net"))


# --- Mailgun: signed JSON webhooks ---------------------------------------------------------------------------


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_a_signed_hard_bounce_marks_the_send_and_suppresses_the_address_but_keeps_the_subscription(client, send):
    response = post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_failed_permanent.json", send))
    assert response.status_code == 200
    assert status_of(send) == DigestSend.Status.BOUNCED
    assert "550 5.1.1" in send.error
    suppression = suppressed("reader@mail-host.net")
    assert suppression is not None
    assert suppression.reason == Suppression.Reason.HARD_BOUNCE
    send.subscription.refresh_from_db()
    assert send.subscription.status == Subscription.Status.ACTIVE  # the suppression alone stops the mail


@override_settings(ANYMAIL=MAILGUN_ONLY)
@pytest.mark.parametrize("tamper", ["signature", "token", "timestamp", "missing"])
def test_a_bad_mailgun_signature_is_refused_and_changes_nothing(client, send, tamper):
    payload = mailgun_event("mailgun_complained.json", send)
    if tamper == "missing":
        del payload["signature"]
    elif tamper == "signature":
        payload["signature"]["signature"] = mailgun_signature(payload["signature"]["timestamp"], "x", key="wrong")
    else:
        payload["signature"][tamper] = payload["signature"][tamper] + "1"
    response = post_json(client, MAILGUN_TRACKING, payload)
    assert response.status_code == 400
    assert status_of(send) == DigestSend.Status.SENT
    assert not Suppression.objects.exists()
    send.subscription.refresh_from_db()
    assert send.subscription.status == Subscription.Status.ACTIVE


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_an_old_signature_is_not_acted_on_although_anymail_accepts_it(client, send):
    # Mailgun signs timestamp + token only, not the event: an old signature block could carry any event.
    two_days_ago = (timezone.now() - dt.timedelta(days=2)).timestamp()
    payload = mailgun_event("mailgun_complained.json", send, signed_at=two_days_ago)
    assert post_json(client, MAILGUN_TRACKING, payload).status_code == 200
    assert status_of(send) == DigestSend.Status.SENT
    assert not Suppression.objects.exists()


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_a_replayed_event_is_handled_once(client, send):
    from digests.services.subscriptions import subscription_resume

    payload = mailgun_event("mailgun_unsubscribed.json", send)
    assert post_json(client, MAILGUN_TRACKING, payload).status_code == 200
    subscription = Subscription.objects.get(pk=send.subscription_id)
    assert (subscription.status, subscription.unsubscribed_via) == (Subscription.Status.UNSUBSCRIBED, "link")
    subscription_resume(subscription=subscription)  # the reader comes back through the manage page
    # The ESP retries (or someone replays) the very same signed delivery: the reader stays subscribed.
    assert post_json(client, MAILGUN_TRACKING, payload).status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.ACTIVE


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_a_signature_from_an_event_we_ignore_cannot_carry_a_forged_one(client, send):
    """Mailgun signs a timestamp and a token, not the event: a captured signature block from an event that
    changes nothing ("accepted") must not be reusable on a forged complaint."""
    harmless = mailgun_event("mailgun_complained.json", send)
    harmless["event-data"]["event"] = "accepted"
    assert post_json(client, MAILGUN_TRACKING, harmless).status_code == 200
    forged = mailgun_event("mailgun_complained.json", send)
    forged["signature"] = harmless["signature"]
    assert post_json(client, MAILGUN_TRACKING, forged).status_code == 200
    assert status_of(send) == DigestSend.Status.SENT
    assert not Suppression.objects.exists()


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_a_complaint_suppresses_and_unsubscribes_every_subscription_of_the_address(client, send):
    other_city = ActiveSubscriptionFactory(email="reader@mail-host.net", city=CityFactory())
    someone_else = ActiveSubscriptionFactory()
    assert post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_complained.json", send)).status_code == 200
    assert status_of(send) == DigestSend.Status.COMPLAINED
    assert suppressed("reader@mail-host.net").reason == Suppression.Reason.COMPLAINT
    for subscription in (send.subscription, other_city):
        subscription.refresh_from_db()
        assert (subscription.status, subscription.unsubscribed_via) == (Subscription.Status.UNSUBSCRIBED, "complaint")
    someone_else.refresh_from_db()
    assert someone_else.status == Subscription.Status.ACTIVE
    # A late "delivered" for the same mail does not hide the complaint.
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_delivered.json", send))
    assert status_of(send) == DigestSend.Status.COMPLAINED


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_delivered_then_a_late_bounce_ends_bounced_and_a_late_delivered_never_undoes_a_bounce(client, send):
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_delivered.json", send))
    assert status_of(send) == DigestSend.Status.DELIVERED
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_failed_permanent.json", send))
    assert status_of(send) == DigestSend.Status.BOUNCED
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_delivered.json", send))
    assert status_of(send) == DigestSend.Status.BOUNCED


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_three_soft_bounces_in_a_row_suppress_but_a_delivery_in_between_does_not(client):
    subscription = ActiveSubscriptionFactory(email="full-box@mail-host.net")
    sends = [
        DigestSendFactory(subscription=subscription, claimed_at=timezone.now() - dt.timedelta(days=days))
        for days in (21, 14, 7)
    ]
    for one in sends[:2]:
        post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_failed_temporary.json", one))
    assert [status_of(one) for one in sends[:2]] == [DigestSend.Status.DEFERRED] * 2
    assert "452 4.2.2" in sends[0].error
    assert suppressed(subscription.email) is None
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_delivered.json", sends[2]))
    assert suppressed(subscription.email) is None
    # The newest one deferred too: still one delivered among the last three.
    newest = DigestSendFactory(subscription=subscription, claimed_at=timezone.now())
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_failed_temporary.json", newest))
    assert suppressed(subscription.email) is None
    # A later retry of the delivered one deferred? No: "deferred" never replaces "delivered".
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_failed_temporary.json", sends[2]))
    assert status_of(sends[2]) == DigestSend.Status.DELIVERED
    # Two more sends deferred: now the last three all ended in soft bounces.
    for days in (1, 2):
        later = DigestSendFactory(subscription=subscription, claimed_at=timezone.now() + dt.timedelta(seconds=days))
        post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_failed_temporary.json", later))
    suppression = suppressed(subscription.email)
    assert suppression is not None
    assert suppression.reason == Suppression.Reason.SOFT_BOUNCES


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_opens_and_clicks_keep_their_first_time(client, send):
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_clicked.json", send))
    send.refresh_from_db()
    first_click = send.clicked_at
    assert first_click is not None
    assert send.opened_at == first_click
    later = timezone.now() + dt.timedelta(hours=3)
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_opened.json", send, event_timestamp=later.timestamp()))
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_clicked.json", send, event_timestamp=later.timestamp()))
    send.refresh_from_db()
    assert (send.opened_at, send.clicked_at) == (first_click, first_click)
    assert send.status == DigestSend.Status.SENT  # engagement is not a delivery status


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_a_send_is_found_by_its_message_id_without_metadata(client):
    send = DigestSendFactory(message_id="<digest.7.abc@whatson.test>", esp_message_id="")
    payload = mailgun_event("mailgun_failed_permanent.json", send)
    payload["event-data"]["user-variables"] = {}
    post_json(client, MAILGUN_TRACKING, payload)
    assert status_of(send) == DigestSend.Status.BOUNCED


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_a_bounce_of_a_mail_that_is_no_digest_still_suppresses_the_address(client):
    # e.g. the confirmation mail bounced: there is no DigestSend, but the address must not be mailed again.
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_failed_permanent.json", recipient="typo@mail-host.net"))
    assert suppressed("typo@mail-host.net").reason == Suppression.Reason.HARD_BOUNCE
    assert not DigestSend.objects.exclude(status=DigestSend.Status.SENT).exists()


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_metadata_naming_another_address_send_is_not_touched_but_the_bouncing_address_is_suppressed(client, send):
    payload = mailgun_event("mailgun_failed_permanent.json", send, recipient="other@mail-host.net")
    post_json(client, MAILGUN_TRACKING, payload)
    assert status_of(send) == DigestSend.Status.SENT
    assert suppressed("other@mail-host.net") is not None
    assert suppressed(send.subscription.email) is None


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_an_existing_suppression_keeps_its_first_reason(client, send):
    SuppressionFactory(email="reader@mail-host.net", reason=Suppression.Reason.MANUAL)
    post_json(client, MAILGUN_TRACKING, mailgun_event("mailgun_complained.json", send))
    assert Suppression.objects.get().reason == Suppression.Reason.MANUAL
    send.subscription.refresh_from_db()
    assert send.subscription.unsubscribed_via == "complaint"


@override_settings(ANYMAIL=MAILGUN_ONLY)
def test_unknown_event_types_are_ignored(client, send):
    payload = mailgun_event("mailgun_delivered.json", send)
    payload["event-data"]["event"] = "accepted"  # anymail: queued
    assert post_json(client, MAILGUN_TRACKING, payload).status_code == 200
    assert status_of(send) == DigestSend.Status.SENT


@override_settings(ANYMAIL={"MAILGUN_WEBHOOK_SIGNING_KEY": "", "WEBHOOK_SECRET": None})
def test_an_empty_mailgun_key_signs_nothing_we_act_on(client, send):
    # anymail would accept an HMAC made with the empty key, which anyone can make.
    timestamp, token = str(int(timezone.now().timestamp())), "t" * 50
    payload = mailgun_event("mailgun_complained.json", send)
    payload["signature"] = {
        "timestamp": timestamp,
        "token": token,
        "signature": mailgun_signature(timestamp, token, ""),
    }
    assert post_json(client, MAILGUN_TRACKING, payload).status_code == 200
    assert status_of(send) == DigestSend.Status.SENT
    assert not Suppression.objects.exists()


# --- Postmark: basic auth --------------------------------------------------------------------------------------


@override_settings(ANYMAIL=POSTMARK_ONLY)
@pytest.mark.parametrize("auth", [{}, basic_auth("anymail-user:wrong"), {"HTTP_AUTHORIZATION": "Bearer " + BASIC}])
def test_postmark_without_the_right_basic_auth_is_refused_and_changes_nothing(client, send, auth):
    response = post_json(client, POSTMARK_TRACKING, postmark_event("postmark_spam_complaint.json", send), **auth)
    assert response.status_code == 400
    assert status_of(send) == DigestSend.Status.SENT
    assert not Suppression.objects.exists()


@override_settings(ANYMAIL=POSTMARK_ONLY)
def test_postmark_hard_bounce_and_complaint(client, send):
    post_json(client, POSTMARK_TRACKING, postmark_event("postmark_bounce.json", send), **basic_auth())
    assert status_of(send) == DigestSend.Status.BOUNCED
    assert suppressed(send.subscription.email).reason == Suppression.Reason.HARD_BOUNCE
    post_json(client, POSTMARK_TRACKING, postmark_event("postmark_spam_complaint.json", send), **basic_auth())
    assert status_of(send) == DigestSend.Status.COMPLAINED
    send.subscription.refresh_from_db()
    assert send.subscription.status == Subscription.Status.UNSUBSCRIBED


@override_settings(ANYMAIL=POSTMARK_ONLY)
def test_postmark_soft_bounce_is_a_deferral_not_a_suppression(client, send):
    # anymail reports Postmark's SoftBounce as "bounced"; Postmark says it is temporary (and retries).
    post_json(client, POSTMARK_TRACKING, postmark_event("postmark_soft_bounce.json", send), **basic_auth())
    assert status_of(send) == DigestSend.Status.DEFERRED
    assert suppressed(send.subscription.email) is None


@override_settings(ANYMAIL=POSTMARK_ONLY)
def test_postmark_delivery_and_open_found_by_the_esp_message_id(client):
    send = DigestSendFactory(esp_message_id="883953f4-6105-42a2-a16a-77a8eac79483")
    for name in ("postmark_delivery.json", "postmark_open.json"):
        payload = postmark_event(name, send)
        payload["Metadata"] = {}
        assert post_json(client, POSTMARK_TRACKING, payload, **basic_auth()).status_code == 200
    send.refresh_from_db()
    assert send.status == DigestSend.Status.DELIVERED
    assert send.opened_at is not None


@override_settings(ANYMAIL={"WEBHOOK_SECRET": None})
def test_an_unsecured_webhook_is_ignored(client, send):
    with pytest.warns(AnymailInsecureWebhookWarning):
        response = post_json(client, POSTMARK_TRACKING, postmark_event("postmark_spam_complaint.json", send))
    assert response.status_code == 200
    assert status_of(send) == DigestSend.Status.SENT
    assert not Suppression.objects.exists()


# --- inbound: the List-Unsubscribe mailto ------------------------------------------------------------------------


@override_settings(ANYMAIL=POSTMARK_ONLY, DIGEST_UNSUBSCRIBE_MAILTO="unsubscribe@whatson.test")
def test_an_unsubscribe_mail_with_the_token_in_its_subject_unsubscribes_whoever_sends_it(client):
    subscription = ActiveSubscriptionFactory(email="reader@mail-host.net")
    payload = recorded(
        "postmark_inbound.json",
        to="Unsubscribe@Whatson.test",
        subject=f"unsubscribe {manage_token(subscription)}",
        **{"from": "alias@forwarding-host.org"},  # forwarded: not the subscribed address; the token decides
    )
    assert post_json(client, POSTMARK_INBOUND, payload, **basic_auth()).status_code == 200
    subscription.refresh_from_db()
    assert (subscription.status, subscription.unsubscribed_via) == (Subscription.Status.UNSUBSCRIBED, "mailto")


@override_settings(ANYMAIL=POSTMARK_ONLY, DIGEST_UNSUBSCRIBE_MAILTO="")
@pytest.mark.parametrize(
    ("to", "subject"),
    [
        ("unsubscribe@localhost", "unsubscribe not-a-token"),
        ("unsubscribe@localhost", "please stop"),
        ("events@localhost", "unsubscribe {token}"),  # a reply to the digest, not the unsubscribe mailbox
    ],
)
def test_other_mail_and_bad_tokens_unsubscribe_nobody(client, to, subject):
    subscription = ActiveSubscriptionFactory()
    payload = recorded(
        "postmark_inbound.json",
        to=to,
        subject=subject.format(token=manage_token(subscription)),
        **{"from": subscription.email},
    )
    assert post_json(client, POSTMARK_INBOUND, payload, **basic_auth()).status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.ACTIVE


@override_settings(ANYMAIL=POSTMARK_ONLY, DIGEST_UNSUBSCRIBE_MAILTO="")
def test_a_revoked_token_unsubscribes_nobody(client):
    subscription = ActiveSubscriptionFactory()
    token = manage_token(subscription)
    Subscription.objects.filter(pk=subscription.pk).update(secret="a-new-secret-revokes-old-links")
    payload = recorded(
        "postmark_inbound.json", to="unsubscribe@localhost", subject=f"unsubscribe {token}", **{"from": "x@y.org"}
    )
    post_json(client, POSTMARK_INBOUND, payload, **basic_auth())
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.ACTIVE


def mailgun_inbound(to: str, subject: str, *, key: str = SIGNING_KEY) -> dict[str, str]:
    timestamp, token = str(int(timezone.now().timestamp())), secrets.token_hex(25)
    fields = recorded(
        "mailgun_inbound.json",
        to=to,
        subject=subject,
        timestamp=timestamp,
        token=token,
        signature=mailgun_signature(timestamp, token, key),
        **{"from": "reader@mail-host.net"},
    )
    fields["message-headers"] = json.dumps(fields["message-headers"])
    return fields


@override_settings(ANYMAIL=MAILGUN_ONLY, DIGEST_UNSUBSCRIBE_MAILTO="unsubscribe@whatson.test")
def test_mailgun_inbound_with_the_token_in_the_plus_part(client):
    subscription = ActiveSubscriptionFactory()
    fields = mailgun_inbound(f"unsubscribe+{manage_token(subscription)}@whatson.test", "Unsubscribe")
    assert client.post(MAILGUN_INBOUND, fields).status_code == 200
    subscription.refresh_from_db()
    assert subscription.unsubscribed_via == "mailto"


@override_settings(ANYMAIL=MAILGUN_ONLY, DIGEST_UNSUBSCRIBE_MAILTO="unsubscribe@whatson.test")
def test_mailgun_inbound_badly_signed_is_refused(client):
    subscription = ActiveSubscriptionFactory()
    fields = mailgun_inbound("unsubscribe@whatson.test", f"unsubscribe {manage_token(subscription)}", key="wrong")
    assert client.post(MAILGUN_INBOUND, fields).status_code == 400
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.ACTIVE


@override_settings(ANYMAIL=POSTMARK_ONLY, DIGEST_UNSUBSCRIBE_MAILTO="")
def test_the_mailto_a_real_digest_carries_unsubscribes(client):
    from urllib.parse import unquote, urlsplit

    from digests.rendering import DigestRenderer

    subscription = ActiveSubscriptionFactory()
    event = EventFactory(city=subscription.city)
    message = DigestRenderer(now=timezone.now()).message(subscription, [event.pk], message_id="<d.1@whatson.test>")
    header = message.extra_headers["List-Unsubscribe"]
    mailto = urlsplit(next(part.strip(" <>") for part in header.split(",") if "mailto:" in part))
    subject = unquote(mailto.query.removeprefix("subject="))
    payload = recorded("postmark_inbound.json", to=mailto.path, subject=subject, **{"from": subscription.email})
    assert post_json(client, POSTMARK_INBOUND, payload, **basic_auth()).status_code == 200
    subscription.refresh_from_db()
    assert subscription.unsubscribed_via == "mailto"


@override_settings(ANYMAIL=MAILGUN_ONLY, DIGEST_UNSUBSCRIBE_MAILTO="unsubscribe@whatson.test")
def test_a_to_header_python_cannot_parse_is_no_server_error(client):
    # A ":" in a plus-part makes an address email.headerregistry refuses; a 500 would be retried for days.
    subscription = ActiveSubscriptionFactory()
    fields = mailgun_inbound("unsubscribe+not:a:token@whatson.test", "stop")
    assert client.post(MAILGUN_INBOUND, fields).status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.ACTIVE


@pytest.mark.parametrize("body", ["[]", "null", "1", '"x"', '{"signature": "x"}', "[" * 5000 + "]" * 5000, "{"])
@pytest.mark.parametrize("url", [MAILGUN_TRACKING, "/anymail/mailgun/inbound/", "/anymail/postmark/tracking/"])
@override_settings(ANYMAIL=POSTMARK_ONLY)
def test_a_body_of_the_wrong_shape_is_never_a_500(client, url, body):
    response = client.post(url, data=body, content_type="application/json", **basic_auth())
    # 400, or 200 where anymail reads the body as an event type it ignores: never a 500 for the ESP to retry.
    assert response.status_code in (200, 400)
    assert not Suppression.objects.exists()


def test_webhooks_of_a_service_whose_library_is_missing_answer_404(client):
    response = client.post("/anymail/amazon_ses/tracking/", data="{}", content_type="application/json")
    assert response.status_code in (400, 404)
