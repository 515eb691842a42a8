"""The demo: cities, sources dated from today, an admin login, idempotent."""

from __future__ import annotations

import datetime as dt
import json
import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from events.models import Area, City, Event
from sources.demo import DEMO_DIR, render_template
from sources.models import Source

pytestmark = pytest.mark.django_db


def seed(*args: str) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def site_state() -> dict[str, object]:
    """Everything a second seed must leave as it was: rows by id, each event's identity, times and status."""
    from events.models import StagedEvent, Venue

    user = get_user_model()
    return {
        "cities": sorted(City.objects.values_list("pk", "slug")),
        "areas": sorted(Area.objects.values_list("pk", "slug")),
        "sources": sorted(Source.objects.values_list("pk", "slug", "config")),
        "venues": sorted(Venue.objects.values_list("pk", "name")),
        "staged": sorted(StagedEvent.objects.values_list("pk", "source_id", "external_id", "status", "event_id")),
        "events": sorted(
            Event.objects.values_list("pk", "title", "start", "end", "status", "moderation_status", "published_at")
        ),
        "admins": sorted(user.objects.filter(username="admin").values_list("pk", "password")),
    }


def test_seed_demo_fills_the_site(client, settings):
    settings.DEMO_ADMIN_PASSWORD = ""
    first = seed("--fetch")
    assert City.objects.count() >= 41
    assert Area.objects.filter(city__slug="bengaluru", slug="indiranagar").exists()
    assert City.objects.filter(country="US").count() >= 40
    manifest = json.loads((DEMO_DIR / "sources.json").read_text())
    assert Source.objects.count() == len(manifest)
    assert Event.objects.filter(moderation_status="published").count() > 50
    password = re.search(r"password: (\S+)", first).group(1)
    assert client.login(username="admin", password=password)
    home = client.get("/")
    assert home.context["total_upcoming"] > 0


def test_a_second_seed_changes_nothing(client, settings):
    from events.models import EventStatus

    settings.DEMO_ADMIN_PASSWORD = ""
    first = seed("--fetch")
    password = re.search(r"password: (\S+)", first).group(1)
    before = site_state()
    assert before["events"]  # a seed that made nothing would be trivially idempotent

    second = seed("--fetch")

    assert password in second  # the same login every time
    after = site_state()
    for table in before:
        assert after[table] == before[table], f"a second seed changed {table}"
    # A demo event its feed marks cancelled stays so; the second seed cancels or reschedules nothing else.
    moved_or_cancelled = [EventStatus.RESCHEDULED, EventStatus.CANCELLED]
    assert set(Event.objects.filter(status__in=moved_or_cancelled).values_list("pk", flat=True)) == {
        pk for pk, *_fields, status, _moderation, _published in before["events"] if status in moved_or_cancelled
    }
    assert not Event.objects.filter(status=EventStatus.RESCHEDULED).exists()
    assert client.login(username="admin", password=password)


def test_demo_admin_password_from_the_environment(settings):
    settings.DEMO_ADMIN_PASSWORD = "correct-horse-battery"
    assert "password: correct-horse-battery" in seed()
    assert get_user_model().objects.get(username="admin").check_password("correct-horse-battery")


def test_every_demo_city_zone_is_real():
    import zoneinfo

    call_command("loaddata", "cities", verbosity=0)
    for city in City.objects.all():
        zoneinfo.ZoneInfo(city.timezone)
        assert -90 <= city.latitude <= 90
        assert -180 <= city.longitude <= 180


def test_templates_render_relative_to_today():
    text = "DTSTART:{{D+3}}T190000\nUNTIL={{D-1}}\n{{D+0}}"
    assert render_template(text, today=dt.date(2026, 12, 30)) == "DTSTART:20270102T190000\nUNTIL=20261229\n20261230"


def test_demo_is_redated_weekly_not_daily(tmp_path):
    from events.models import EventStatus
    from events.services import staged_events_process
    from sources.demo import demo_sources_install
    from sources.services import source_fetch

    def install_and_fetch(today):
        for source in demo_sources_install(today=today, output_dir=tmp_path):
            staged_events_process(staged_event_ids=source_fetch(source=source).pending_ids)

    call_command("loaddata", "cities", verbosity=0)
    day = timezone.localdate()
    install_and_fetch(day)
    first = set(Event.objects.values_list("pk", flat=True))
    install_and_fetch(day + dt.timedelta(days=3))  # same anchor: nothing moves
    assert set(Event.objects.values_list("pk", flat=True)) == first
    assert not Event.objects.filter(status=EventStatus.RESCHEDULED).exists()
    install_and_fetch(day + dt.timedelta(days=8))  # re-dated: a fresh programme, nothing "rescheduled"
    assert not set(Event.objects.values_list("pk", flat=True)) & first
    assert not Event.objects.filter(status=EventStatus.RESCHEDULED).exists()
    assert (tmp_path / "anchor").read_text() == (day + dt.timedelta(days=8)).isoformat()
