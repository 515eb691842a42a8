"""Alert rules: each fires on its condition and only then, mails the admins, and keeps quiet in its cool-down."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from events.models import StagedEvent
from sources.alerts import alerts_evaluate
from sources.models import AlertFiring, AlertRule, FetchRun, Source
from sources.schedules import ALERTS_NAME, schedules_sync_all
from sources.tasks import evaluate_alerts
from tests.factories import CityFactory, EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

NOW = timezone.now()


@pytest.fixture(autouse=True)
def only(settings):
    """The migration installs the four default rules; each test switches on the one it is about."""
    settings.ADMINS = [("Ops", "ops@example.org")]
    settings.ALERT_COOLDOWN_MINUTES = 60
    AlertRule.objects.update(is_active=False)

    def activate(kind: str) -> AlertRule:
        rule = AlertRule.objects.get(kind=kind)
        rule.is_active = True
        rule.save()
        return rule

    return activate


def runs(source: Source, *, ok: int, failed: int, minutes_ago: int = 10) -> None:
    started = NOW - dt.timedelta(minutes=minutes_ago)
    statuses = [FetchRun.Status.SUCCESS] * ok + [FetchRun.Status.FAILED] * failed
    FetchRun.objects.bulk_create(FetchRun(source=source, started_at=started, status=status) for status in statuses)


def test_default_rules_are_installed_by_the_migration():
    assert set(AlertRule.objects.values_list("kind", flat=True)) == set(AlertRule.Kind.values)
    assert AlertRule.objects.get(kind=AlertRule.Kind.ERROR_RATE).threshold == 0.05


def test_error_rate_fires_over_five_percent_in_the_hour(only):
    only(AlertRule.Kind.ERROR_RATE)
    source = SourceFactory()
    runs(source, ok=19, failed=1)  # exactly 5%: not over
    runs(source, ok=0, failed=5, minutes_ago=90)  # outside the hour
    FetchRun.objects.create(source=source, started_at=NOW, status=FetchRun.Status.RUNNING)  # undecided
    assert alerts_evaluate(now=NOW) == []
    assert mail.outbox == []

    runs(source, ok=0, failed=1)  # 2 of 21
    [firing] = alerts_evaluate(now=NOW)
    assert firing.details == {"failed": 2, "runs": 21}
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ops@example.org"]
    assert "2 of 21 fetch runs failed" in mail.outbox[0].body
    assert "Error rate" in mail.outbox[0].subject


def test_source_failing_n_runs(only):
    rule = only(AlertRule.Kind.SOURCE_FAILING)
    SourceFactory(slug="flaky", consecutive_failures=2)
    SourceFactory(slug="off", consecutive_failures=9, is_active=False)
    assert alerts_evaluate(now=NOW) == []

    Source.objects.filter(slug="flaky").update(consecutive_failures=rule.threshold)
    [firing] = alerts_evaluate(now=NOW)
    assert firing.details == {"sources": {"flaky": 3}}
    assert "flaky (3 in a row)" in mail.outbox[0].body


def test_queue_depth_over_the_threshold(only):
    rule = only(AlertRule.Kind.QUEUE_DEPTH)
    rule.threshold = 2
    rule.save()
    source = SourceFactory()
    for n, status in enumerate([StagedEvent.Status.PENDING] * 2 + [StagedEvent.Status.HELD] * 3):
        StagedEvent.objects.create(source=source, external_id=f"r{n}", status=status)
    assert alerts_evaluate(now=NOW) == []

    StagedEvent.objects.create(source=source, external_id="r-last", status=StagedEvent.Status.PENDING)
    [firing] = alerts_evaluate(now=NOW)
    assert firing.details == {"pending": 3}


def test_city_silent_for_a_day(only):
    only(AlertRule.Kind.CITY_SILENT)
    quiet, lively, sourceless = CityFactory(name="Quiet"), CityFactory(name="Lively"), CityFactory(name="Nobody")
    a_while_ago = NOW - dt.timedelta(days=3)
    for city in (quiet, lively):
        Source.objects.filter(pk=SourceFactory(city=city).pk).update(created_at=a_while_ago)
    new_source = SourceFactory(city=CityFactory(name="Just added"))  # its source is an hour old: not silence yet
    assert new_source.created_at > NOW - dt.timedelta(hours=24)
    EventFactory(city=lively, published_at=NOW - dt.timedelta(hours=2))
    EventFactory(city=quiet, published_at=NOW - dt.timedelta(hours=30))  # too long ago
    EventFactory(city=sourceless, published_at=None)

    [firing] = alerts_evaluate(now=NOW)
    assert firing.details == {"cities": [quiet.slug]}
    assert "Nothing published in the last 24 hours in: Quiet." in mail.outbox[0].body

    # Once the quiet city publishes again the condition no longer holds (past the cool-down, still nothing).
    EventFactory(city=quiet, published_at=NOW + dt.timedelta(hours=1))
    assert alerts_evaluate(now=NOW + dt.timedelta(hours=2)) == []


def test_cooldown_holds_then_lets_the_next_mail_through(only):
    only(AlertRule.Kind.SOURCE_FAILING)
    SourceFactory(consecutive_failures=5)
    assert len(alerts_evaluate(now=NOW)) == 1
    # Inside the cool-down: the condition still holds, but nothing is sent or recorded.
    assert alerts_evaluate(now=NOW + dt.timedelta(minutes=5)) == []
    assert alerts_evaluate(now=NOW + dt.timedelta(minutes=59)) == []
    assert len(mail.outbox) == 1
    assert AlertFiring.objects.count() == 1
    # Past it, the next evaluation mails again and records a second firing.
    assert len(alerts_evaluate(now=NOW + dt.timedelta(minutes=61))) == 1
    assert len(mail.outbox) == 2
    rule = AlertRule.objects.get(kind=AlertRule.Kind.SOURCE_FAILING)
    assert rule.last_fired_at == NOW + dt.timedelta(minutes=61)
    assert list(rule.firings.values_list("fired_at", flat=True)) == [
        NOW + dt.timedelta(minutes=61),
        NOW,
    ]


def test_cooldown_is_per_rule(only):
    only(AlertRule.Kind.SOURCE_FAILING)
    SourceFactory(consecutive_failures=5)
    alerts_evaluate(now=NOW)
    only(AlertRule.Kind.QUEUE_DEPTH)
    AlertRule.objects.filter(kind=AlertRule.Kind.QUEUE_DEPTH).update(threshold=0)
    StagedEvent.objects.create(source=Source.objects.get(), external_id="x", status=StagedEvent.Status.PENDING)
    [firing] = alerts_evaluate(now=NOW + dt.timedelta(minutes=5))
    assert firing.rule.kind == AlertRule.Kind.QUEUE_DEPTH
    assert len(mail.outbox) == 2


def test_recipients_fall_back_to_staff_with_email(only, settings):
    settings.ADMINS = []
    users = get_user_model().objects
    users.create_user("staff", email="staff@example.org", is_staff=True)
    users.create_user("mute", email="", is_staff=True)
    users.create_user("visitor", email="visitor@example.org")
    users.create_user("gone", email="gone@example.org", is_staff=True, is_active=False)
    only(AlertRule.Kind.SOURCE_FAILING)
    SourceFactory(consecutive_failures=5)
    [firing] = alerts_evaluate(now=NOW)
    assert firing.recipients == ["staff@example.org"]
    assert mail.outbox[0].to == ["staff@example.org"]


def test_a_mail_server_refusal_rolls_the_firing_back(only, settings, monkeypatch):
    only(AlertRule.Kind.SOURCE_FAILING)
    SourceFactory(consecutive_failures=5)

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr("sources.alerts.send_mail", refuse)
    assert alerts_evaluate(now=NOW) == []
    assert AlertFiring.objects.count() == 0
    assert AlertRule.objects.get(kind=AlertRule.Kind.SOURCE_FAILING).last_fired_at is None
    monkeypatch.undo()
    assert len(alerts_evaluate(now=NOW + dt.timedelta(minutes=5))) == 1  # no cool-down was started


def test_beat_task_installed_and_runs(only):
    schedules_sync_all()
    schedules_sync_all()
    task = PeriodicTask.objects.get(name=ALERTS_NAME)
    assert task.task == "sources.tasks.evaluate_alerts"
    assert task.interval.every == 5
    only(AlertRule.Kind.SOURCE_FAILING)
    SourceFactory(consecutive_failures=5)
    rule_id = AlertRule.objects.get(kind=AlertRule.Kind.SOURCE_FAILING).pk
    assert evaluate_alerts.delay().get() == {"fired": [rule_id]}
    assert evaluate_alerts.delay().get() == {"fired": []}
    assert len(mail.outbox) == 1


def test_admin_lists_rules_with_their_last_firing(client, only):
    admin_user = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(admin_user)
    only(AlertRule.Kind.SOURCE_FAILING)
    SourceFactory(slug="flaky", consecutive_failures=5)
    alerts_evaluate(now=NOW - dt.timedelta(hours=3))
    Source.objects.filter(slug="flaky").update(slug="flakier")
    alerts_evaluate(now=NOW)

    response = client.get(reverse("admin:sources_alertrule_changelist"))
    assert response.status_code == 200
    page = response.content.decode()
    for rule in AlertRule.objects.all():
        assert rule.name in page
    assert "flakier (5 in a row)" in page  # the latest firing, not the first
    assert "flaky (5 in a row)" not in page
    rule = AlertRule.objects.get(kind=AlertRule.Kind.SOURCE_FAILING)
    detail = client.get(reverse("admin:sources_alertrule_change", args=[rule.pk]))
    assert detail.status_code == 200
    assert "flaky (5 in a row)" in detail.content.decode()  # every firing, on the rule's page
    assert client.get(reverse("admin:sources_alertfiring_changelist")).status_code == 200
