"""Sending digests: who is due on their city's clock, claims (once per subscriber and period), the outcomes
(sent, empty, suppressed, failed), a mail server going away mid-batch, and the pacing bucket."""

from __future__ import annotations

import datetime as dt
import smtplib
import zoneinfo

import pytest
import time_machine
from anymail.exceptions import AnymailAPIError, AnymailInvalidAddress, AnymailRecipientsRefused
from django.core import mail
from django.core.mail import get_connection
from django.utils import timezone

from digests.models import DigestSend, Subscription
from digests.periods import current_period
from digests.services import sending
from digests.services.sending import Pacer, digest_batch_send, digests_due, digests_send
from digests.services.suppression import suppressed_set
from events.models import City
from tests.clock import days_ahead
from tests.digests.factories import ActiveSubscriptionFactory, DigestSendFactory, SuppressionFactory
from tests.digests.smtp import SmtpSink
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


@pytest.fixture(autouse=True)
def _send_times(settings):
    settings.DIGEST_WEEKLY_WEEKDAY = 3  # Thursday
    settings.DIGEST_WEEKLY_HOUR = 9
    settings.DIGEST_DAILY_HOUR = 7
    settings.DIGEST_SEND_RATE = 0
    settings.DIGEST_CLAIM_LEASE_SECONDS = 600


def next_thursday(hour: int, minute: int, zone: str) -> dt.datetime:
    """The coming Thursday (at least a week out, so never in the past) at hour:minute local, as UTC."""
    tz = zoneinfo.ZoneInfo(zone)
    day = days_ahead(7, tz=tz)
    day += dt.timedelta(days=(3 - day.weekday()) % 7)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=tz).astimezone(dt.UTC)


def city_with_events(slug: str, zone: str = "America/Chicago", *, events: int = 2, now=None):
    city = CityFactory(slug=slug, name=slug.title(), timezone=zone)
    start = (now or timezone.now()) + dt.timedelta(hours=30)
    made = [EventFactory(city=city, timezone=zone, start=start + dt.timedelta(hours=index)) for index in range(events)]
    return city, made


def rows(**filters) -> list[DigestSend]:
    return list(DigestSend.objects.filter(**filters).order_by("subscription_id"))


# --- Who is due ------------------------------------------------------------------------------------------


def test_due_on_each_city_clock():
    """At one instant it is Thursday 09:05 in Kathmandu (due), 08:50 in Kolkata (not yet), Wednesday night in
    New York (not yet); ten minutes later Kolkata is due too."""
    kathmandu = CityFactory(slug="kathmandu", timezone="Asia/Kathmandu")
    kolkata = CityFactory(slug="kolkata", timezone="Asia/Kolkata")
    new_york = CityFactory(slug="new-york", timezone="America/New_York")
    there = ActiveSubscriptionFactory(city=kathmandu)
    later = ActiveSubscriptionFactory(city=kolkata)
    ActiveSubscriptionFactory(city=new_york)
    now = next_thursday(9, 5, "Asia/Kathmandu")

    assert digests_due(now=now) == [(there.pk, current_period("weekly", kathmandu, now))]
    ten_later = now + dt.timedelta(minutes=10)
    assert [pk for pk, _ in digests_due(now=ten_later)] == [there.pk, later.pk]
    assert {period for _, period in digests_due(now=ten_later)} == {current_period("weekly", kathmandu, now)}


def test_due_daily_and_weekly_narrowed_and_forced():
    city = CityFactory(slug="chicago", timezone="America/Chicago")
    other = CityFactory(slug="denver", timezone="America/Denver")
    weekly = ActiveSubscriptionFactory(city=city)
    daily = ActiveSubscriptionFactory(city=city, cadence="daily")
    elsewhere = ActiveSubscriptionFactory(city=other, cadence="daily")
    tuesday_six = next_thursday(6, 0, "America/Chicago") - dt.timedelta(days=2)  # before both send moments

    assert digests_due(now=tuesday_six) == []
    assert [pk for pk, _ in digests_due(now=tuesday_six + dt.timedelta(hours=1, minutes=1))] == [daily.pk]
    forced = digests_due(now=tuesday_six, force=True)
    # Grouped by city (a batch holds one city's subscribers), then by cadence.
    assert [pk for pk, _ in forced] == [daily.pk, weekly.pk, elsewhere.pk]
    assert dict(forced)[daily.pk] == tuesday_six.astimezone(zoneinfo.ZoneInfo("America/Chicago")).date().isoformat()
    assert [pk for pk, _ in digests_due(now=tuesday_six, force=True, cadence="daily")] == [daily.pk, elsewhere.pk]
    assert [pk for pk, _ in digests_due(now=tuesday_six, force=True, city=other)] == [elsewhere.pk]


def test_due_leaves_out_inactive_and_done_but_not_dead_claims():
    city = CityFactory(slug="chicago", timezone="America/Chicago")
    now = timezone.now()
    period = current_period("weekly", city, now)
    for status in ("pending", "paused", "unsubscribed"):
        ActiveSubscriptionFactory(city=city, status=status)
    sent = ActiveSubscriptionFactory(city=city)
    DigestSendFactory(subscription=sent, period=period)
    live_claim = ActiveSubscriptionFactory(city=city)
    DigestSendFactory(subscription=live_claim, period=period, status="claimed", sent_at=None)
    dead_claim = ActiveSubscriptionFactory(city=city)
    DigestSendFactory(
        subscription=dead_claim, period=period, status="claimed", sent_at=None,
        claimed_at=now - dt.timedelta(seconds=601),
    )  # fmt: skip
    last_week = ActiveSubscriptionFactory(city=city)
    DigestSendFactory(subscription=last_week, period="2000-W01")

    assert digests_due(now=now, force=True) == [(dead_claim.pk, period), (last_week.pk, period)]


def test_due_is_a_few_queries_whatever_the_number_of_subscribers(django_assert_num_queries):
    cities = [CityFactory(slug=f"c{index}", timezone=zone) for index, zone in enumerate(
        ("Europe/London", "Asia/Tokyo", "America/Los_Angeles"))]  # fmt: skip
    now = timezone.now()
    for city in cities:
        ActiveSubscriptionFactory.create_batch(2, city=city)
    with django_assert_num_queries(3):
        assert len(digests_due(now=now, force=True)) == 6
    for city in cities:
        ActiveSubscriptionFactory.create_batch(30, city=city, cadence="daily")
    with django_assert_num_queries(3):
        assert len(digests_due(now=now, force=True)) == 96


# --- Claim, send, mark ----------------------------------------------------------------------------------


def test_sends_once_per_subscriber_and_period():
    city, events = city_with_events("leeds")
    subscribers = ActiveSubscriptionFactory.create_batch(3, city=city)
    now = timezone.now()

    first = digests_send(now=now, force=True)
    second = digests_send(now=now + dt.timedelta(minutes=5), force=True)

    assert (first.sent, first.empty, first.suppressed, first.failed) == (3, 0, 0, 0)
    assert (second.due, second.sent) == (0, 0)
    assert sorted(message.to[0] for message in mail.outbox) == sorted(sub.email for sub in subscribers)
    period = current_period("weekly", city, now)
    for row in rows():
        assert (row.status, row.period) == ("sent", period)
        assert row.event_ids == [event.pk for event in events]
        assert row.sent_at is not None
        assert row.message_id
        assert row.message_id in {message.extra_headers.get("Message-ID") for message in mail.outbox}


def test_a_batch_run_twice_with_the_same_ids_sends_nothing_the_second_time():
    city, _ = city_with_events("leeds")
    ids = [sub.pk for sub in ActiveSubscriptionFactory.create_batch(2, city=city)]
    now = timezone.now()
    assert digest_batch_send(subscription_ids=ids, now=now, force=True).sent == 2
    again = digest_batch_send(subscription_ids=ids, now=now, force=True)
    assert (again.sent, again.held, len(mail.outbox)) == (0, 0, 2)


def test_not_due_and_inactive_subscriptions_in_a_batch_are_not_claimed():
    city, _ = city_with_events("leeds")
    active = ActiveSubscriptionFactory(city=city)
    paused = ActiveSubscriptionFactory(city=city, status="paused")
    monday = next_thursday(10, 0, "America/Chicago") - dt.timedelta(days=3)
    assert digest_batch_send(subscription_ids=[active.pk, paused.pk], now=monday).sent == 0
    assert DigestSend.objects.count() == 0


def test_an_expired_claim_is_taken_over_and_a_live_one_left_alone():
    city, _ = city_with_events("leeds")
    now = timezone.now()
    period = current_period("weekly", city, now)
    dead = ActiveSubscriptionFactory(city=city)
    dead_row = DigestSendFactory(
        subscription=dead, period=period, status="claimed", sent_at=None, claimed_at=now - dt.timedelta(minutes=11)
    )
    live = ActiveSubscriptionFactory(city=city)
    live_row = DigestSendFactory(subscription=live, period=period, status="claimed", sent_at=None, claimed_at=now)

    result = digest_batch_send(subscription_ids=[dead.pk, live.pk], now=now, force=True)

    assert (result.sent, result.held) == (1, 1)
    assert result.held_until == live_row.claimed_at + dt.timedelta(seconds=600)
    assert [message.to for message in mail.outbox] == [[dead.email]]
    dead_row.refresh_from_db()
    live_row.refresh_from_db()
    assert (dead_row.status, live_row.status) == ("sent", "claimed")


def test_two_workers_taking_over_the_same_expired_claim_get_it_once():
    city = CityFactory(slug="leeds")
    now = timezone.now()
    sub = ActiveSubscriptionFactory(city=city)
    period = current_period("weekly", city, now)
    row = DigestSendFactory(subscription=sub, period=period, status="claimed", claimed_at=now - dt.timedelta(hours=1))
    first, second = sending.BatchResult(), sending.BatchResult()

    assert sending._take_over({sub.pk: period}, timezone.now(), first) == {sub.pk: row.pk}
    # The second worker read the row as expired too, but the conditional UPDATE finds it re-stamped.
    assert sending._take_over({sub.pk: period}, timezone.now(), second) == {}
    assert second.held == 1


def test_a_suppressed_address_gets_nothing():
    city, _ = city_with_events("leeds")
    blocked = ActiveSubscriptionFactory(city=city, email="Gone.Away@Mail-Host.net")
    fine = ActiveSubscriptionFactory(city=city)
    SuppressionFactory(email="gone.away@mail-host.net")

    totals = digests_send(now=timezone.now(), force=True)

    assert (totals.sent, totals.suppressed) == (1, 1)
    assert [message.to for message in mail.outbox] == [[fine.email]]
    assert DigestSend.objects.get(subscription=blocked).status == "suppressed"


def test_nothing_new_means_no_mail():
    city, events = city_with_events("leeds")
    now = timezone.now()
    nothing_matches = ActiveSubscriptionFactory(city=city, filters={"q": "zzzqqq nonexistent words"})
    seen_it_all = ActiveSubscriptionFactory(city=city, cadence="daily")
    # Yesterday's period on the city's own clock (a UTC date is another day for hours of every evening in Chicago).
    DigestSendFactory(
        subscription=seen_it_all, period=current_period("daily", city, now - dt.timedelta(days=1)),
        claimed_at=now - dt.timedelta(days=1), event_ids=[event.pk for event in events],
    )  # fmt: skip

    totals = digests_send(now=now, force=True)

    assert (totals.sent, totals.empty) == (0, 2)
    assert mail.outbox == []
    assert {row.status for row in rows(subscription__in=[nothing_matches, seen_it_all], event_ids=[])} == {"empty"}


def test_a_refused_recipient_fails_alone_and_the_batch_goes_on(settings):
    settings.EMAIL_BACKEND = SMTP_BACKEND
    city, _ = city_with_events("leeds")
    subs = ActiveSubscriptionFactory.create_batch(3, city=city)
    with SmtpSink(refuse={subs[1].email}) as sink:
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
        totals = digests_send(now=timezone.now(), force=True)
    assert (totals.sent, totals.failed) == (2, 1)
    assert sink.recipients() == [subs[0].email, subs[2].email]
    statuses = {row.subscription_id: row for row in rows()}
    assert [statuses[sub.pk].status for sub in subs] == ["sent", "failed", "sent"]
    assert "No such mailbox" in statuses[subs[1].pk].error
    # A 5xx for the recipient is about the address: it is suppressed, the others are not.
    assert suppressed_set(sub.email for sub in subs) == {subs[1].email.lower()}


def test_a_recipient_refused_for_now_is_released_for_a_later_run(settings):
    """451 (greylisting, a full mailbox, a rate limit) is not a failure: the claim is released, the batch goes on,
    and the next run (beat's next quarter hour) sends that digest; nothing is suppressed."""
    settings.EMAIL_BACKEND = SMTP_BACKEND
    city, _ = city_with_events("leeds")
    subs = ActiveSubscriptionFactory.create_batch(3, city=city)
    now = timezone.now()
    with SmtpSink(rcpt_replies={subs[0].email: "451 4.7.1 Greylisted, try again later"}) as sink:
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
        totals = digests_send(now=now, force=True)
    assert (totals.sent, totals.failed, totals.deferred) == (2, 0, 1)
    assert sink.recipients() == [subs[1].email, subs[2].email]
    assert not DigestSend.objects.filter(subscription=subs[0]).exists()
    assert suppressed_set(sub.email for sub in subs) == set()

    with SmtpSink() as later:
        settings.EMAIL_PORT = later.port
        again = digests_send(now=now, force=True)
    assert (again.sent, again.deferred) == (1, 0)
    assert later.recipients() == [subs[0].email]


def test_a_message_refused_for_its_content_fails_alone(settings):
    """A 554 to one message's DATA fails that row only (the next runs do not retry it this period), and the
    address is not suppressed: the refusal was about the message."""
    settings.EMAIL_BACKEND = SMTP_BACKEND
    city, _ = city_with_events("leeds")
    subs = ActiveSubscriptionFactory.create_batch(3, city=city)
    with SmtpSink(data_replies={subs[1].email: "554 5.6.0 Message content rejected"}) as sink:
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
        totals = digests_send(now=timezone.now(), force=True)
        again = digests_send(now=timezone.now(), force=True)
    assert (totals.sent, totals.failed) == (2, 1)
    assert again.due == 0
    assert sink.recipients() == [subs[0].email, subs[2].email]
    assert DigestSend.objects.get(subscription=subs[1]).status == "failed"
    assert suppressed_set(sub.email for sub in subs) == set()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (AnymailRecipientsRefused("refused"), sending.REJECTED),
        (AnymailInvalidAddress("bad"), sending.FAILED),
        (AnymailAPIError("too big", status_code=413), sending.FAILED),
        (AnymailAPIError("slow down", status_code=429), sending.ABORT),
        (AnymailAPIError("bad key", status_code=401), sending.ABORT),
        (AnymailAPIError("down", status_code=503), sending.ABORT),
        (smtplib.SMTPSenderRefused(550, b"no", "events@localhost"), sending.ABORT),
        (smtplib.SMTPServerDisconnected("gone"), sending.ABORT),
        (smtplib.SMTPDataError(421, b"closing"), sending.ABORT),
        (smtplib.SMTPDataError(452, b"later"), sending.LATER),
        (smtplib.SMTPRecipientsRefused({"a@b.net": (550, b"no")}), sending.REJECTED),
        (smtplib.SMTPRecipientsRefused({"a@b.net": (450, b"busy")}), sending.LATER),
        (OSError("network unreachable"), sending.ABORT),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else str(value),
)
def test_what_a_failed_message_means(error, expected):
    assert sending.verdict(error) == expected


def test_a_mail_server_going_away_stops_the_batch_and_releases_the_rest(settings):
    """Two messages accepted, then the server answers 421 to everything: those two stay sent, the other rows
    are released (deleted) so the retry claims them at once, and the retry sends only those."""
    settings.EMAIL_BACKEND = SMTP_BACKEND
    settings.EMAIL_HOST = "127.0.0.1"
    city, _ = city_with_events("leeds")
    subs = ActiveSubscriptionFactory.create_batch(5, city=city)
    ids = [sub.pk for sub in subs]
    now = timezone.now()
    with SmtpSink(close_after=2) as sink:
        settings.EMAIL_PORT = sink.port
        with pytest.raises(Exception, match="going away") as raised:
            digest_batch_send(subscription_ids=ids, now=now, force=True)
    assert sending.verdict(raised.value) == sending.ABORT
    assert sink.recipients() == [subs[0].email, subs[1].email]
    assert [(row.subscription_id, row.status) for row in rows()] == [(subs[0].pk, "sent"), (subs[1].pk, "sent")]

    with SmtpSink() as retry_sink:
        settings.EMAIL_PORT = retry_sink.port
        result = digest_batch_send(subscription_ids=ids, now=now, force=True)
    assert result.sent == 3
    assert retry_sink.recipients() == [sub.email for sub in subs[2:]]
    assert {row.status for row in rows()} == {"sent"}


def test_no_mail_server_at_all_releases_every_row(settings):
    from tests.processes import free_port

    settings.EMAIL_BACKEND = SMTP_BACKEND
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 5
    city, _ = city_with_events("leeds")
    ids = [sub.pk for sub in ActiveSubscriptionFactory.create_batch(2, city=city)]
    with pytest.raises(ConnectionRefusedError):
        digest_batch_send(subscription_ids=ids, now=timezone.now(), force=True)
    assert DigestSend.objects.count() == 0


def test_one_connection_for_the_whole_batch(settings):
    settings.EMAIL_BACKEND = SMTP_BACKEND
    city, _ = city_with_events("leeds")
    ids = [sub.pk for sub in ActiveSubscriptionFactory.create_batch(4, city=city)]
    with SmtpSink() as sink:
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
        digest_batch_send(subscription_ids=ids, now=timezone.now(), force=True)
    assert len(sink.messages) == 4
    assert sink.sessions == 1


def test_a_given_connection_is_used_and_left_open():
    city, _ = city_with_events("leeds")
    ids = [sub.pk for sub in ActiveSubscriptionFactory.create_batch(2, city=city)]
    connection = get_connection("django.core.mail.backends.locmem.EmailBackend")
    assert digest_batch_send(subscription_ids=ids, now=timezone.now(), force=True, connection=connection).sent == 2
    assert len(mail.outbox) == 2


def test_a_batch_is_at_most_500():
    with pytest.raises(ValueError, match="at most 500"):
        digest_batch_send(subscription_ids=list(range(501)), now=timezone.now())


def test_the_beat_task_sends_what_is_due_on_the_city_clock():
    """Beat fires in UTC; at Thursday 09:20 in Chicago the Chicago weekly subscriber is due, Tokyo's (Friday
    morning there, also past its Thursday 09:00) too, Honolulu's (05:20 there) not yet."""
    from digests.tasks import send_due_digests

    now = next_thursday(9, 20, "America/Chicago")
    with time_machine.travel(now, tick=False):
        chicago, _ = city_with_events("chicago", "America/Chicago", now=now)
        tokyo, _ = city_with_events("tokyo", "Asia/Tokyo", now=now)
        honolulu, _ = city_with_events("honolulu", "Pacific/Honolulu", now=now)
        subs = {city.slug: ActiveSubscriptionFactory(city=city) for city in (chicago, tokyo, honolulu)}
        ActiveSubscriptionFactory(city=chicago, cadence="daily", email="daily@mail-host.net")
        outcome = send_due_digests.delay(cadence="weekly").get()
    assert outcome == {"cadence": "weekly", "due": 2, "batches": 1}
    assert sorted(message.to[0] for message in mail.outbox) == sorted([subs["chicago"].email, subs["tokyo"].email])
    assert Subscription.objects.get(email="daily@mail-host.net").sends.count() == 0


# --- Pacing --------------------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_pacer_sleeps_only_when_ahead_of_the_rate():
    clock = FakeClock()
    pacer = Pacer(10, clock=clock, sleep=clock.sleep)
    assert pacer.take() == 0  # the first message goes at once
    assert pacer.take() == pytest.approx(0.1)  # a second one straight away waits a tenth of a second
    clock.now += 0.5  # a slow render: already behind the rate, no wait
    assert pacer.take() == 0
    assert pacer.take() == pytest.approx(0.1)
    for _ in range(20):
        pacer.take()
    assert clock.now == pytest.approx(100.7 + 2.0)  # twenty more at ten a second: two seconds
    assert max(clock.slept) == pytest.approx(0.1)


def test_pacer_with_a_burst_and_unlimited():
    clock = FakeClock()
    pacer = Pacer(2, burst=3, clock=clock, sleep=clock.sleep)
    assert [pacer.take() for _ in range(4)] == [0, 0, 0, pytest.approx(0.5)]
    clock.now += 10  # idle: the bucket fills to its burst, not beyond
    assert [pacer.take() for _ in range(4)] == [0, 0, 0, pytest.approx(0.5)]
    unlimited = Pacer(0, clock=clock, sleep=clock.sleep)
    slept = len(clock.slept)
    assert [unlimited.take() for _ in range(100)] == [0] * 100
    assert len(clock.slept) == slept


def test_batches_are_paced_at_the_configured_rate(settings, monkeypatch):
    settings.DIGEST_SEND_RATE = 5
    clock = FakeClock()
    monkeypatch.setattr(sending.time, "monotonic", clock)
    monkeypatch.setattr(sending.time, "sleep", clock.sleep)
    city, _ = city_with_events("leeds")
    ActiveSubscriptionFactory.create_batch(4, city=city)
    assert digests_send(now=timezone.now(), force=True).sent == 4
    assert clock.slept == [pytest.approx(0.2)] * 3


def test_a_city_taken_off_the_site_sends_no_digests():
    city, _ = city_with_events("leeds")
    subscriber = ActiveSubscriptionFactory(city=city)
    City.objects.filter(pk=city.pk).update(is_active=False)
    assert digests_due(now=timezone.now(), force=True) == []
    assert digests_send(now=timezone.now(), force=True).sent == 0
    assert not DigestSend.objects.filter(subscription=subscriber).exists()


@pytest.mark.parametrize(("rate", "size"), [(0, 500), (50, 500), (2, 300), (0.5, 75), (0.001, 1)])
def test_a_paced_batch_fits_well_within_the_task_time_limit(rate, size):
    assert sending.paced_batch_size(rate) == size
    if rate:
        assert size / rate <= sending.BATCH_SECONDS or size == 1
