"""`manage.py send_digests`: what is due (or, forced, the current period once), narrowed by cadence and city,
inline or queued, with a summary; and the beat jobs that run the same every quarter hour."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from digests.models import DigestSend
from digests.periods import current_period
from sources.schedules import DIGEST_JOBS, schedules_sync_all
from tests.clock import days_ahead
from tests.digests.factories import ActiveSubscriptionFactory, DigestSendFactory, SuppressionFactory
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _send_times(settings):
    settings.DIGEST_WEEKLY_WEEKDAY, settings.DIGEST_WEEKLY_HOUR, settings.DIGEST_DAILY_HOUR = 3, 9, 7
    settings.DIGEST_SEND_RATE = 0


def send(*args: str) -> str:
    out = StringIO()
    call_command("send_digests", *args, "--no-progress", stdout=out, stderr=StringIO())
    return out.getvalue()


def city(slug: str, zone: str = "Europe/London", *, now: dt.datetime | None = None):
    place = CityFactory(slug=slug, name=slug.title(), timezone=zone)
    EventFactory(city=place, timezone=zone, start=(now or timezone.now()) + dt.timedelta(hours=20))
    return place


def recipients() -> list[str]:
    return sorted(address for message in mail.outbox for address in message.to)


def test_force_sends_the_current_period_once_with_a_summary():
    leeds = city("leeds")
    subs = ActiveSubscriptionFactory.create_batch(2, city=leeds)
    ActiveSubscriptionFactory(city=leeds, filters={"q": "words no event has zzzqqq"})
    SuppressionFactory(email=ActiveSubscriptionFactory(city=leeds).email)

    assert send("--force").strip() == "Sent 2 digests, 1 with nothing new, 1 suppressed, 0 failed."
    assert send("--force").strip() == "Sent 0 digests, 0 with nothing new, 0 suppressed, 0 failed."
    assert recipients() == sorted(sub.email for sub in subs)
    assert DigestSend.objects.count() == 4


def test_without_force_only_what_is_due_on_the_city_clock_goes():
    """Thursday 09:30 in London: London's weekly digest is due; Los Angeles (01:30) is not."""
    london_zone = zoneinfo.ZoneInfo("Europe/London")
    day = days_ahead(7, tz=london_zone)
    day += dt.timedelta(days=(3 - day.weekday()) % 7)
    now = dt.datetime.combine(day, dt.time(9, 30), tzinfo=london_zone)
    with time_machine.travel(now, tick=False):
        london = ActiveSubscriptionFactory(city=city("london", now=now))
        ActiveSubscriptionFactory(city=city("los-angeles", "America/Los_Angeles", now=now))
        assert send().startswith("Sent 1 digests,")
    assert recipients() == [london.email]


def test_cadence_and_city_narrow_the_run():
    leeds, york = city("leeds"), city("york")
    weekly_leeds = ActiveSubscriptionFactory(city=leeds, email="weekly.leeds@mail-host.net")
    daily_leeds = ActiveSubscriptionFactory(city=leeds, cadence="daily", email="daily.leeds@mail-host.net")
    daily_york = ActiveSubscriptionFactory(city=york, cadence="daily", email="daily.york@mail-host.net")

    assert send("--force", "--cadence", "daily", "--city", "york").startswith("Sent 1 digests,")
    assert recipients() == [daily_york.email]
    assert send("--force", "--cadence", "daily").startswith("Sent 1 digests,")
    assert recipients() == sorted([daily_york.email, daily_leeds.email])
    assert send("--force").startswith("Sent 1 digests,")
    assert recipients() == sorted([daily_york.email, daily_leeds.email, weekly_leeds.email])


def test_queue_hands_batches_to_the_email_queue():
    """Tests run tasks eagerly: queued batches run at once here, in a worker in production."""
    leeds = city("leeds")
    ActiveSubscriptionFactory.create_batch(5, city=leeds)
    assert send("--force", "--queue", "--batch-size", "2").strip() == (
        "Queued 5 digests in 3 batches on the email queue."
    )
    assert len(mail.outbox) == 5
    assert set(DigestSend.objects.values_list("status", flat=True)) == {"sent"}


def test_a_dead_workers_claim_is_sent_once_its_lease_has_passed():
    leeds = city("leeds")
    sub = ActiveSubscriptionFactory(city=leeds)
    period = current_period("weekly", leeds, timezone.now())
    DigestSendFactory(subscription=sub, period=period, status="claimed", sent_at=None, message_id="")
    # Due only once the claim's lease has passed, so a run now leaves it alone and says nothing about it.
    assert send("--force").startswith("Sent 0 digests,")
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=11), tick=False):
        assert send("--force").startswith("Sent 1 digests,")
    assert recipients() == [sub.email]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--city", "atlantis"), "No city with slug 'atlantis'."),
        (("--batch-size", "0"), "--batch-size must be between 1 and 500."),
        (("--batch-size", "501"), "--batch-size must be between 1 and 500."),
    ],
)
def test_bad_arguments_are_refused_with_a_message(args, message):
    with pytest.raises(CommandError, match=message):
        send(*args)
    assert DigestSend.objects.count() == 0


def test_an_unknown_cadence_is_refused():
    with pytest.raises(CommandError, match="invalid choice: 'hourly'"):
        send("--cadence", "hourly")


def test_beat_runs_each_cadence_every_quarter_hour_on_the_email_queue():
    schedules_sync_all()
    installed = {task.name: task for task in PeriodicTask.objects.filter(name__in=[job.name for job in DIGEST_JOBS])}
    assert set(installed) == {
        "whatson: send daily digests", "whatson: send weekly digests", "whatson: forget unconfirmed sign-ups"
    }  # fmt: skip
    forget = installed["whatson: forget unconfirmed sign-ups"]
    assert (forget.task, forget.crontab.minute, forget.crontab.hour) == ("digests.tasks.forget_unconfirmed", "25", "4")
    for name, cadence in (("whatson: send daily digests", "daily"), ("whatson: send weekly digests", "weekly")):
        task = installed[name]
        assert task.task == "digests.tasks.send_due_digests"
        assert json.loads(task.kwargs) == {"cadence": cadence}
        assert (task.queue, task.crontab.minute, task.crontab.hour, str(task.crontab.timezone)) == (
            "email", "*/15", "*", "UTC",
        )  # fmt: skip
    # Jobs without kwargs keep an empty object.
    assert json.loads(PeriodicTask.objects.get(name="whatson: refresh weather").kwargs) == {}
    schedules_sync_all()  # idempotent
    assert PeriodicTask.objects.filter(name__in=installed).count() == 3
