"""Source schedules in django-celery-beat: installed from the Source table, idempotently."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django_celery_beat.models import CrontabSchedule, PeriodicTask

from sources.models import Source, SourceKind
from sources.schedules import schedule_name, schedules_sync_all, source_schedule_sync
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


def test_active_sources_get_a_crontab_task_on_the_fetch_queue():
    source = SourceFactory(slug="nightly", schedule="15 3 * * *")
    task = source_schedule_sync(source=source)
    assert task.name == "whatson: fetch nightly"
    assert task.task == "sources.tasks.fetch_source"
    assert json.loads(task.args) == [source.pk]
    assert json.loads(task.kwargs) == {"trigger": "schedule"}
    assert task.queue == "fetch"
    assert (task.crontab.minute, task.crontab.hour, str(task.crontab.timezone)) == ("15", "3", "UTC")


def test_sync_is_idempotent_and_follows_changes():
    source = SourceFactory(slug="s1", schedule="0 */6 * * *")
    SourceFactory(slug="hook", kind=SourceKind.WEBHOOK, adapter="webhook")
    assert schedules_sync_all() == (1, 0)
    assert schedules_sync_all() == (1, 0)
    assert PeriodicTask.objects.filter(name__startswith="whatson: fetch ").count() == 1
    assert CrontabSchedule.objects.filter(hour="*/6").count() == 1
    source.schedule = "*/30 * * * *"
    source.save()
    source_schedule_sync(source=source)
    assert PeriodicTask.objects.get(name=schedule_name("s1")).crontab.minute == "*/30"
    source.is_active = False
    source.save()
    source_schedule_sync(source=source)
    assert not PeriodicTask.objects.filter(name=schedule_name("s1")).exists()


def test_schedules_of_deleted_sources_are_removed_and_others_left_alone():
    source = SourceFactory(slug="gone")
    source_schedule_sync(source=source)
    foreign = PeriodicTask.objects.create(
        name="someone else's task", task="x.y", interval=None, crontab=CrontabSchedule.objects.first()
    )
    Source.objects.filter(pk=source.pk).delete()
    assert schedules_sync_all() == (0, 1)
    assert PeriodicTask.objects.filter(pk=foreign.pk).exists()


def test_auto_disabled_source_loses_its_schedule(settings, tmp_path):
    from sources.services import source_fetch

    settings.SOURCE_MAX_CONSECUTIVE_FAILURES = 1
    source = SourceFactory(slug="broken", config={"path": str(tmp_path / "missing.ics")})
    source_schedule_sync(source=source)
    source_fetch(source=source)
    source.refresh_from_db()
    assert source.health == Source.Health.DISABLED
    assert not PeriodicTask.objects.filter(name=schedule_name("broken")).exists()


@pytest.mark.parametrize("bad", ["every hour", "* * * *", "61 * * * *", "* * * * * *"])
def test_bad_cron_is_a_validation_error(bad):
    source = SourceFactory.build(schedule=bad, adapter="ics")
    with pytest.raises(ValidationError) as raised:
        source.clean()
    assert "schedule" in raised.value.message_dict


def test_admin_save_installs_the_schedule(admin_client):
    from django.urls import reverse

    response = admin_client.post(
        reverse("admin:sources_source_add"),
        {"name": "City Hall", "slug": "city-hall", "kind": "calendar", "adapter": "ics", "config": '{"url": "https://city.example/cal.ics"}',
         "schedule": "0 7 * * 1", "rate_limit_per_minute": 60, "priority": 0, "trust_level": "official", "is_active": "on",
         "runs-TOTAL_FORMS": "0", "runs-INITIAL_FORMS": "0"},
    )  # fmt: skip
    assert response.status_code == 302
    assert PeriodicTask.objects.get(name=schedule_name("city-hall")).crontab.day_of_week == "1"


def test_command(capsys):
    SourceFactory(slug="a")
    call_command("sync_schedules")
    assert "1 sources scheduled, 0 stale schedules removed." in capsys.readouterr().out
