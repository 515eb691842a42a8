"""The subscriber's lifecycle in the service layer: sign-up states, no enumeration, throttles, the mails."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from digests.filters import InvalidSubscription
from digests.models import DigestSend, Subscription
from digests.services import subscriptions as service
from digests.services.subscriptions import (
    SignupThrottled,
    subscriber_delete,
    subscriber_export,
    subscription_confirm,
    subscription_pause,
    subscription_request,
    subscription_resume,
    subscription_unsubscribe,
    subscription_update,
)
from digests.services.suppression import suppression_add
from digests.tokens import read_confirm_token
from tests.digests.factories import (
    ActiveSubscriptionFactory,
    DigestSendFactory,
    PausedSubscriptionFactory,
    SubscriptionFactory,
    UnsubscribedSubscriptionFactory,
)
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db
CONFIRM_LINK = re.compile(r"https?://\S+/digests/confirm/[^/\s]+/")


@pytest.fixture(autouse=True)
def _generous_throttles(settings):
    settings.DIGEST_SIGNUPS_PER_IP_HOUR = 1000
    settings.DIGEST_SIGNUPS_PER_ADDRESS_HOUR = 1000
    settings.SITE_URL = "https://whatson.example.org"


@pytest.fixture
def city():
    return CityFactory(name="Leeds", slug="leeds", timezone="Europe/London")


@pytest.fixture
def ask(city, django_capture_on_commit_callbacks):
    """Sign up as the form and the API do, running the after-commit mail like a real request."""

    def request(email="ann@mail-host.net", *, filters=None, cadence="weekly", ip="198.51.100.7", place=None):
        with django_capture_on_commit_callbacks(execute=True):
            subscription_request(email=email, city=place or city, filters=filters, cadence=cadence, client_ip=ip)

    return request


def test_a_new_address_gets_a_pending_row_and_one_confirmation_mail(ask, city):
    ask("Ann@Mail-Host.NET", filters={"category": ["music"]}, cadence="daily")
    row = Subscription.objects.get()
    assert (row.email, row.status, row.cadence, row.filters) == (
        "Ann@mail-host.net",
        "pending",
        "daily",
        {"category": ["music"]},
    )
    assert row.confirmed_at is None
    assert row.confirmation_sent_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["Ann@mail-host.net"]
    assert "Confirm" in message.subject
    assert "Leeds" in message.subject
    link = CONFIRM_LINK.search(message.body).group(0)
    assert link.startswith("https://whatson.example.org/digests/confirm/")
    assert read_confirm_token(link.rstrip("/").rsplit("/", 1)[1]) == row
    html = message.alternatives[0][0]
    assert link in html
    assert "Music in Leeds" in html


def test_nothing_is_stored_or_sent_for_invalid_input(ask, city):
    with pytest.raises(InvalidSubscription) as caught:
        ask("ann@mailinator.com", filters={"category": ["nope"]}, cadence="hourly")
    assert set(caught.value.errors) == {"email", "category", "cadence"}
    with pytest.raises(InvalidSubscription) as caught:
        subscription_request(email="ann@mail-host.net", city="atlantis", filters=None, cadence=None, client_ip=None)
    assert caught.value.errors == {"city": ["Unknown city “atlantis”."]}
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_a_pending_row_is_updated_and_the_mail_resent_at_most_every_ten_minutes(ask, city):
    ask(filters={"category": ["music"]})
    ask(filters={"category": ["comedy"]}, cadence="daily")  # within ten minutes: updated, no second mail
    row = Subscription.objects.get()
    assert (row.filters, row.cadence) == ({"category": ["comedy"]}, "daily")
    assert len(mail.outbox) == 1
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=11)):
        ask()
    assert len(mail.outbox) == 2
    assert Subscription.objects.count() == 1


def test_an_active_subscription_is_not_changed_by_an_unconfirmed_request(ask, city):
    active = ActiveSubscriptionFactory(email="ann@mail-host.net", city=city, filters={"free": True}, cadence="weekly")
    Subscription.objects.filter(pk=active.pk).update(confirmation_sent_at=timezone.now() - dt.timedelta(hours=1))
    ask("ANN@mail-host.net", filters={"category": ["music"]}, cadence="daily")
    active.refresh_from_db()
    assert (active.status, active.filters, active.cadence, active.email) == (
        "active",
        {"free": True},
        "weekly",
        "ann@mail-host.net",
    )
    assert len(mail.outbox) == 1
    assert "already" in mail.outbox[0].subject
    assert "/digests/manage/" in mail.outbox[0].body
    assert "/digests/confirm/" not in mail.outbox[0].body
    ask()  # again within ten minutes: no second mail
    assert len(mail.outbox) == 1


def test_a_paused_subscription_stays_paused(ask, city):
    paused = PausedSubscriptionFactory(email="ann@mail-host.net", city=city)
    Subscription.objects.filter(pk=paused.pk).update(confirmation_sent_at=None)
    ask()
    paused.refresh_from_db()
    assert paused.status == "paused"
    assert len(mail.outbox) == 1
    assert "paused" in mail.outbox[0].body


def test_an_unsubscribed_row_starts_again_as_pending_with_fresh_links(ask, city):
    old = UnsubscribedSubscriptionFactory(email="ann@mail-host.net", city=city)
    old_secret = old.secret
    ask(filters={"free": "true"}, cadence="daily")
    old.refresh_from_db()
    assert (old.status, old.filters, old.cadence) == ("pending", {"free": True}, "daily")
    assert old.unsubscribed_at is None
    assert old.confirmed_at is None
    assert old.secret != old_secret
    assert len(mail.outbox) == 1
    assert "/digests/confirm/" in mail.outbox[0].body


def test_a_suppressed_address_gets_nothing_stored_or_sent(ask, city):
    suppression_add(email="ann@mail-host.net", reason="bounce")
    ask("Ann@mail-host.net")
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_no_enumeration_every_state_answers_alike(ask, city):
    """The caller gets None back (and no exception) whatever the address's state."""
    ActiveSubscriptionFactory(email="active@mail-host.net", city=city)
    PausedSubscriptionFactory(email="paused@mail-host.net", city=city)
    UnsubscribedSubscriptionFactory(email="gone@mail-host.net", city=city)
    suppression_add(email="bounced@mail-host.net", reason="bounce")
    answers = {
        email: ask(email)
        for email in (
            "new@mail-host.net",
            "active@mail-host.net",
            "paused@mail-host.net",
            "gone@mail-host.net",
            "bounced@mail-host.net",
        )
    }
    assert set(answers.values()) == {None}
    sent_to = sorted(address for message in mail.outbox for address in message.to)
    assert "bounced@mail-host.net" not in sent_to


def test_nothing_but_the_confirmation_is_sent_before_confirming(ask, city):
    EventFactory(city=city, start=timezone.now() + dt.timedelta(days=1))  # something a digest would list
    ask()
    row = Subscription.objects.get()
    service.subscription_send_confirmation(subscription_id=row.pk)  # a retried task: the confirmation again
    call_command("send_digests", "--force", "--no-progress", stdout=io.StringIO())  # a digest run, forced
    assert len(mail.outbox) == 2
    assert all("Confirm" in message.subject for message in mail.outbox)
    row.refresh_from_db()
    assert row.status == "pending"
    assert not DigestSend.objects.exists()


def test_the_confirmation_task_skips_what_no_longer_needs_it(city):
    gone = UnsubscribedSubscriptionFactory(city=city)
    service.subscription_send_confirmation(subscription_id=gone.pk)
    service.subscription_send_confirmation(subscription_id=999_999)
    pending = SubscriptionFactory(city=city)
    suppression_add(email=pending.email.upper(), reason="complaint")
    service.subscription_send_confirmation(subscription_id=pending.pk)
    assert mail.outbox == []


def test_header_injection_in_a_city_name_does_not_reach_the_subject(ask):
    evil = CityFactory(name="Leeds\r\nBcc: victim@mail-host.net", slug="evil-leeds")
    ask(place=evil)
    subject = mail.outbox[0].subject
    assert "\r" not in subject
    assert "\n" not in subject
    assert mail.outbox[0].bcc == []
    headers = str(mail.outbox[0].message()).split("\n\n", 1)[0]
    assert "\nBcc:" not in headers


def test_throttle_per_ip_stops_a_flood_from_one_client(ask, settings):
    settings.DIGEST_SIGNUPS_PER_IP_HOUR = 5
    for n in range(5):
        ask(f"reader{n}@mail-host.net", ip="203.0.113.9")
    with pytest.raises(SignupThrottled) as caught:
        ask("reader99@mail-host.net", ip="203.0.113.9")
    assert 0 < caught.value.wait_seconds <= 3600
    assert Subscription.objects.count() == 5
    assert len(mail.outbox) == 5
    ask("reader99@mail-host.net", ip="203.0.113.10")  # another client is not held back
    assert Subscription.objects.count() == 6


def test_throttle_per_address_across_clients(ask, settings):
    settings.DIGEST_SIGNUPS_PER_ADDRESS_HOUR = 2
    ask("ann@mail-host.net", ip="203.0.113.1")
    ask("ANN@mail-host.net", ip="203.0.113.2")
    with pytest.raises(SignupThrottled):
        ask("ann@mail-host.net", ip="203.0.113.3")
    ask("bob@mail-host.net", ip="203.0.113.3")
    assert Subscription.objects.count() == 2


def test_confirm_is_idempotent_and_records_consent(city):
    row = SubscriptionFactory(city=city)
    confirmed = subscription_confirm(subscription=row, client_ip="192.0.2.44")
    assert (confirmed.status, confirmed.confirmed_from) == ("active", "192.0.2.44")
    first = confirmed.confirmed_at
    again = subscription_confirm(subscription=row, client_ip="192.0.2.99")
    assert (again.confirmed_at, again.confirmed_from) == (first, "192.0.2.44")


def test_confirm_does_not_undo_an_unsubscribe(city):
    row = UnsubscribedSubscriptionFactory(city=city)
    assert subscription_confirm(subscription=row, client_ip=None).status == "unsubscribed"


def test_update_pause_resume_unsubscribe(city):
    row = ActiveSubscriptionFactory(city=city)
    subscription_update(subscription=row, filters={"times": "evening,night"}, cadence="daily")
    row.refresh_from_db()
    assert (row.filters, row.cadence) == ({"times": ["evening", "night"]}, "daily")
    with pytest.raises(InvalidSubscription) as caught:
        subscription_update(subscription=row, filters={"category": ["nope"]}, cadence="yearly")
    assert set(caught.value.errors) == {"category", "cadence"}
    row.refresh_from_db()
    assert row.filters == {"times": ["evening", "night"]}
    assert subscription_pause(subscription=row).status == "paused"
    assert row.paused_at is not None
    assert subscription_resume(subscription=row).status == "active"
    assert row.paused_at is None
    subscription_unsubscribe(subscription=row, via="one-click")
    when = row.unsubscribed_at
    subscription_unsubscribe(subscription=row, via="link")  # idempotent: the first way and time stay
    row.refresh_from_db()
    assert (row.status, row.unsubscribed_via, row.unsubscribed_at) == ("unsubscribed", "one-click", when)
    with pytest.raises(ValueError, match="carrier-pigeon"):
        subscription_unsubscribe(subscription=row, via="carrier-pigeon")
    assert subscription_resume(subscription=row).status == "active"


def test_pending_cannot_be_paused_or_resumed(city):
    row = SubscriptionFactory(city=city)
    assert subscription_pause(subscription=row).status == "pending"
    assert subscription_resume(subscription=row).status == "pending"


def test_export_lists_everything_about_an_address(city):
    other_city = CityFactory(name="York", slug="york")
    event = EventFactory(city=city, title="Jazz Night")
    row = ActiveSubscriptionFactory(email="Ann@mail-host.net", city=city, filters={"free": True})
    ActiveSubscriptionFactory(email="ann@mail-host.net", city=other_city)
    SubscriptionFactory(email="bob@mail-host.net", city=city)
    DigestSendFactory(subscription=row, period="2026-W48", event_ids=[event.pk, 123456])
    suppression_add(email="ann@mail-host.net", reason="manual")
    data = subscriber_export(email="ann@mail-host.net")
    assert data["suppressed"] is True
    assert [s["city"] for s in data["subscriptions"]] == ["leeds", "york"]
    first = data["subscriptions"][0]
    assert first["filters"] == {"free": True}
    assert first["status"] == "active"
    assert first["digests"][0]["period"] == "2026-W48"
    assert first["digests"][0]["events"] == [{"id": event.pk, "title": "Jazz Night"}, {"id": 123456, "title": None}]


def test_delete_removes_every_subscription_and_send_but_keeps_the_suppression(city):
    row = ActiveSubscriptionFactory(email="Ann@mail-host.net", city=city)
    DigestSendFactory(subscription=row)
    ActiveSubscriptionFactory(email="ann@mail-host.net", city=CityFactory(slug="york"))
    keep = ActiveSubscriptionFactory(email="bob@mail-host.net", city=city)
    suppression_add(email="ann@mail-host.net", reason="bounce")
    assert subscriber_delete(email="ANN@mail-host.net") == 2
    assert list(Subscription.objects.all()) == [keep]
    from digests.models import DigestSend, Suppression

    assert not DigestSend.objects.exists()
    assert Suppression.objects.count() == 1


def test_the_address_budget_counts_the_inbox_not_the_spelling(ask, settings):
    """ann+1@, a.nn@gmail.com and ANN@ reach one inbox: they share its sign-ups an hour."""
    settings.DIGEST_SIGNUPS_PER_ADDRESS_HOUR = 3
    settings.DIGEST_SIGNUPS_PER_IP_HOUR = 100
    for spelling in ("ann@gmail.com", "a.nn+digest@gmail.com", "ANN+x@googlemail.com"):
        ask(spelling)
    with pytest.raises(SignupThrottled):
        ask("a.n.n+again@gmail.com")
    ask("bob@gmail.com")  # another inbox has its own budget


def test_the_client_budget_counts_an_ipv6_64_as_one_client(ask, settings):
    settings.DIGEST_SIGNUPS_PER_IP_HOUR = 2
    settings.DIGEST_SIGNUPS_PER_ADDRESS_HOUR = 100
    ask("one@mail-host.net", ip="2001:db8:1:2::1")
    ask("two@mail-host.net", ip="2001:db8:1:2:ffff::9")
    with pytest.raises(SignupThrottled):
        ask("three@mail-host.net", ip="2001:db8:1:2:abcd::3")
    ask("four@mail-host.net", ip="2001:db8:1:3::1")  # the next /64: another line


def test_a_look_alike_or_non_ascii_mailbox_is_refused(ask):
    for address in ("\u212aate@gmail.com", "jos\u00e9@mail-host.net"):
        with pytest.raises(InvalidSubscription) as refused:
            ask(address)
        assert "plain Latin letters" in str(refused.value.errors)
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_keywords_typed_by_whoever_asked_are_not_mailed_before_confirmation(ask):
    ask(filters={"q": "Claim your prize at evil.example"})
    [message] = mail.outbox
    bodies = [message.body, *(body for body, _ in message.alternatives)]
    assert all("evil.example" not in body for body in bodies)
    assert all("your keywords" in body for body in bodies)


def test_an_encoded_spelling_of_a_suppressed_address_gets_nothing(ask, city):
    """=?utf-8?q?victim?=@ reaches victim@'s inbox once decoded: refused, so its suppression still holds."""
    suppression_add(email="victim@mail-host.net", reason="complaint")
    for spelling in ("=?utf-8?q?victim?=@mail-host.net", '"victim"@mail-host.net'):
        with pytest.raises(InvalidSubscription):
            ask(spelling)
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_a_subscription_never_confirmed_cannot_be_resumed_into_active(city):
    """Pending, unsubscribed with its link, then "resume": still not active (the confirmation is the consent)."""
    row = SubscriptionFactory(city=city)
    subscription_unsubscribe(subscription=row, via="one-click")
    assert subscription_resume(subscription=row).status == "unsubscribed"
    row.refresh_from_db()
    assert (row.status, row.confirmed_at) == ("unsubscribed", None)


def test_sign_ups_nobody_confirms_are_forgotten(city, settings):
    """A pending row whose last confirmation mail is older than DIGEST_UNCONFIRMED_DAYS goes (nightly); a recent
    one, and every confirmed state, stay."""
    from digests.tasks import forget_unconfirmed

    settings.DIGEST_UNCONFIRMED_DAYS = 7
    long_ago = timezone.now() - dt.timedelta(days=8)
    stale = SubscriptionFactory(city=city, confirmation_sent_at=long_ago, created_at=long_ago)
    never_mailed = SubscriptionFactory(city=city, confirmation_sent_at=None, created_at=long_ago)
    resent = SubscriptionFactory(city=city, created_at=long_ago, confirmation_sent_at=timezone.now())
    kept = [resent, ActiveSubscriptionFactory(city=city, created_at=long_ago)]
    kept.append(UnsubscribedSubscriptionFactory(city=city, created_at=long_ago))
    assert forget_unconfirmed.delay().get() == 2
    assert not Subscription.objects.filter(pk__in=[stale.pk, never_mailed.pk]).exists()
    assert Subscription.objects.filter(pk__in=[row.pk for row in kept]).count() == 3
