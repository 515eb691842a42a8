"""The admin index opens on the moderation dashboard: figures on a known fixture, cached, app list kept below."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from events.models import Event, StagedEvent
from events.pipeline import decide
from moderation import selectors
from sources.models import FetchRun, Source
from tests.factories import EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
Status = StagedEvent.Status


@pytest.fixture(autouse=True)
def _no_cached_figures():
    cache.delete(selectors.DASHBOARD_CACHE_KEY)
    yield
    cache.delete(selectors.DASHBOARD_CACHE_KEY)


@pytest.fixture
def known():
    now = timezone.now()
    good = SourceFactory(name="Good Feed", slug="good")
    failing = SourceFactory(name="Broken Feed", slug="broken", health=Source.Health.FAILING, consecutive_failures=4)
    flagged = SourceFactory(name="Odd Feed", slug="odd", flagged_reason="would cancel 80% of its events")

    def held_event(title, reasons, age_days):
        event = EventFactory(title=title, moderation_status=Event.ModerationStatus.HELD, city=good.city)
        Event.objects.filter(pk=event.pk).update(created_at=now - dt.timedelta(days=age_days))
        StagedEvent.objects.create(
            source=good, external_id=title, event=event, status=Status.HELD, reasons=reasons, processed_at=now
        )
        return event

    oldest = held_event("Waiting Longest", [decide.UNTRUSTED_SOURCE], 5)
    held_event("Cheap", [decide.LOW_QUALITY.format(score=0.5, threshold=0.6, trust="trusted")], 1)
    held_event("Twice", [decide.POSSIBLE_DUPLICATE.format(candidate="event:1", similarity=0.8, why=""),
                         decide.UNTRUSTED_SOURCE], 2)  # fmt: skip

    # Processed in the last 24 h: 3 held (above), 4 published, 2 duplicates, 1 rejected → 10.
    for index in range(4):
        StagedEvent.objects.create(source=good, external_id=f"p{index}", status=Status.PUBLISHED, processed_at=now)
    for index in range(2):
        StagedEvent.objects.create(source=good, external_id=f"d{index}", status=Status.DUPLICATE, processed_at=now)
    StagedEvent.objects.create(source=good, external_id="r", status=Status.REJECTED, processed_at=now)
    # Processed two days ago: outside the window.
    StagedEvent.objects.create(
        source=good, external_id="old", status=Status.PUBLISHED, processed_at=now - dt.timedelta(days=2)
    )
    for index in range(3):
        StagedEvent.objects.create(source=good, external_id=f"q{index}", status=Status.PENDING)

    hour = dt.timedelta(hours=1)
    for status, count in ((FetchRun.Status.SUCCESS, 3), (FetchRun.Status.PARTIAL, 1), (FetchRun.Status.FAILED, 2),
                          (FetchRun.Status.REFUSED, 1)):  # fmt: skip
        for _ in range(count):
            FetchRun.objects.create(source=good, status=status, started_at=now - hour)
    FetchRun.objects.create(source=good, status=FetchRun.Status.FAILED, started_at=now - 30 * hour)
    return {"oldest": oldest, "failing": failing, "flagged": flagged}


def test_dashboard_figures_on_a_known_fixture(known):
    figures = selectors.dashboard(use_cache=False)

    assert figures["held_total"] == 3
    by_reason = {slug: count for slug, _, count in figures["held_by_reason"]}
    assert by_reason == {"untrusted": 2, "quality": 1, "duplicate": 1, "date": 0, "content": 0, "outside": 0}
    assert figures["oldest_held"]["pk"] == known["oldest"].pk
    assert [source["name"] for source in figures["problem_sources"]] == ["Broken Feed", "Odd Feed"]
    runs = figures["runs"]
    assert (runs["total"], runs["success"], runs["partial"], runs["failed"], runs["refused"]) == (7, 3, 1, 2, 1)
    rates = figures["rates"]
    assert (rates["processed"], rates["published"], rates["duplicate"]) == (10, 4, 2)
    assert rates["publish_rate"] == pytest.approx(0.4)
    assert rates["duplicate_rate"] == pytest.approx(0.2)
    assert figures["queue_depth"] == 3


def test_dashboard_is_cached_for_a_while(known):
    first = selectors.dashboard()
    EventFactory(title="Late", moderation_status=Event.ModerationStatus.HELD)
    assert selectors.dashboard()["held_total"] == first["held_total"] == 3
    cache.delete(selectors.DASHBOARD_CACHE_KEY)
    assert selectors.dashboard()["held_total"] == 4


def figure(html: str, name: str) -> str:
    found = re.search(rf'data-figure="{name}">(.*?)</', html, re.S)
    assert found, name
    return " ".join(found.group(1).split())


def test_admin_index_opens_on_the_dashboard_above_the_app_list(client, django_user_model, known):
    client.force_login(django_user_model.objects.create_superuser("boss", password="pw-boss-12345"))
    html = client.get(reverse("admin:index")).content.decode()

    assert html.index('id="moderation-dashboard"') < html.index('class="app-events')  # Django's app list kept below
    assert figure(html, "held-total") == "3"
    assert figure(html, "held-untrusted") == "2"
    assert figure(html, "queue-depth") == "3"
    assert figure(html, "publish-rate") == "40 %"
    assert figure(html, "duplicate-rate") == "20 %"
    assert "Waiting Longest" in figure(html, "oldest-held") + html[html.index('data-figure="oldest-held"') :][:300]
    assert "3 succeeded, 1 partial, 2 failed, 1 refused" in html
    assert "Broken Feed" in html and "Odd Feed" in html  # noqa: PT018


def test_app_pages_and_visitors_without_event_access_get_no_dashboard(client, django_user_model, known):
    client.force_login(django_user_model.objects.create_superuser("boss", password="pw-boss-12345"))
    assert 'id="moderation-dashboard"' not in client.get(reverse("admin:app_list", args=["events"])).content.decode()
    client.force_login(django_user_model.objects.create_user("plain", password="pw-plain-1234", is_staff=True))
    assert 'id="moderation-dashboard"' not in client.get(reverse("admin:index")).content.decode()
