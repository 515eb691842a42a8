"""The moderation queue: only held events, the columns a moderator needs, counts per reason, filters, and bulk
verdicts that go through the audited actions."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

from events.models import Category, Event, StagedEvent
from events.pipeline import content, decide
from moderation.models import ModerationAction
from tests.factories import CityFactory, EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
Status = Event.ModerationStatus
QUEUE = "admin:moderation_heldevent_changelist"
# 2026-12-07 00:30 UTC is Sun 6 Dec 19:30 in New York (EST, winter time).
SATURDAY_EVENING = dt.datetime(2026, 12, 7, 0, 30, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _recorded_date(recorded_clock):
    """The queue writes the year only for other years than the current one: read it on the date the fixed
    Saturday above was still ahead, so the expected labels hold whatever today's date is."""


@pytest.fixture
def admin_client_(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", password="pw-boss-12345")
    client.force_login(user)
    return client


def held(title, source, *, reasons, start=SATURDAY_EVENING, score=0.55, dedup=None, similarity=None, **fields):
    event = EventFactory(
        title=title,
        moderation_status=Status.HELD,
        city=source.city,
        start=start,
        timezone="America/New_York",
        quality_score=score,
        **fields,
    )
    StagedEvent.objects.create(
        source=source,
        external_id=f"x-{event.pk}",
        raw={"title": title},
        event=event,
        status=StagedEvent.Status.HELD,
        reasons=reasons,
        quality_score=score,
        quality_report={
            "score": score,
            "gates": {
                "completeness": {"passed": False, "score": 0.4, "reasons": ["no venue"]},
                "geography": {"passed": True, "score": 1.0, "reasons": []},
            },
        },
        dedup=dedup or {},
        similarity=similarity,
    )
    return event


@pytest.fixture
def queue():
    nyc = CityFactory(name="New York", slug="new-york", timezone="America/New_York")
    boston = CityFactory(name="Boston", slug="boston", timezone="America/New_York")
    shady = SourceFactory(name="Shady Listings", slug="shady", city=nyc, trust_level="untrusted")
    club = SourceFactory(name="Club Feed", slug="club", city=boston)
    music, _ = Category.objects.get_or_create(slug="music", defaults={"name": "Music"})
    other = EventFactory(title="The Original Gig", city=nyc)
    events = {
        "untrusted": held("Rooftop Party", shady, reasons=[decide.UNTRUSTED_SOURCE], category=music,
                          category_confidence=0.42),
        "quality": held("Low Effort Listing", club, score=0.45,
                        reasons=[decide.LOW_QUALITY.format(score=0.45, threshold=0.6, trust="trusted")]),
        "duplicate": held(
            "Original Gig Again", club, score=0.9,
            reasons=[decide.POSSIBLE_DUPLICATE.format(candidate=f"event:{other.pk}", similarity=0.81, why="")],
            dedup={"band": "review", "candidate": f"event:{other.pk}"}, similarity=0.81,
        ),
        "content": held("Cheap Pills Night", shady, reasons=[decide.UNTRUSTED_SOURCE,
                                                             content.SPAM_REASON.format(phrase="cheap pills")]),
        "date": held("Someday Soon", club, reasons=[decide.TEXT_GUESS.format(confidence=0.6)]),
        "outside": held("Far Away Fair", club, reasons=[decide.OUTSIDE_AREA.format(evidence="locality Paris")]),
    }  # fmt: skip
    published = EventFactory(title="Already Out There", city=nyc)
    rejected = EventFactory(title="Thrown Out", city=nyc, moderation_status=Status.REJECTED)
    return {"events": events, "other": other, "published": published, "rejected": rejected, "shady": shady,
            "boston": boston, "music": music}  # fmt: skip


def rows(response) -> list[str]:
    """The titles in the change list, in order."""
    return re.findall(r'<td class="field-queue_title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_queue_lists_only_held_events_with_their_columns(admin_client_, queue):
    response = admin_client_.get(reverse(QUEUE))
    assert response.status_code == 200
    html = response.content.decode()
    titles = set(rows(response))
    assert titles == {event.title for event in queue["events"].values()}
    assert "Already Out There" not in html
    assert "Thrown Out" not in html
    assert "The Original Gig" not in titles

    assert "Sun 6 Dec 19:30 EST" in html  # local time with the zone's short name
    assert "Shady Listings" in html  # source
    assert "Music (0.42)" in html  # category + confidence
    assert "0.45 <small>✗ completeness</small>" in html  # score + failing gates
    assert "spam phrase: &#x27;cheap pills&#x27;" in html  # content flag
    duplicate, other = queue["events"]["duplicate"], queue["other"]
    assert f'href="/admin/moderation/compare/{duplicate.pk}/{other.pk}/">#{other.pk}</a> (0.81)' in html
    for label in ("Untrusted source", "Low quality", "Possible duplicate", "Date guessed", "Outside the area"):
        assert label in html


def test_queue_counts_held_events_per_reason(admin_client_, queue):
    html = admin_client_.get(reverse(QUEUE)).content.decode()
    counts = dict(re.findall(r'<li data-reason="(\w+)"><a [^>]+>[^<]+</a>: <strong>(\d+)</strong>', html))
    # "content" is also untrusted: an event counts under every kind of reason it was held for.
    assert counts == {"untrusted": "2", "quality": "1", "duplicate": "1", "date": "1", "content": "1", "outside": "1"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"reason": "untrusted"}, {"Rooftop Party", "Cheap Pills Night"}),
        ({"reason": "content"}, {"Cheap Pills Night"}),
        ({"reason": "duplicate"}, {"Original Gig Again"}),
        ({"reason": "outside"}, {"Far Away Fair"}),
        ({"score": "low"}, {"Low Effort Listing"}),
        ({"score": "high"}, {"Original Gig Again"}),
        ({"q": "pills"}, {"Cheap Pills Night"}),
    ],
)
def test_queue_filters(admin_client_, queue, query, expected):
    response = admin_client_.get(reverse(QUEUE), query)
    assert response.status_code == 200
    assert set(rows(response)) == expected


def test_queue_filters_by_source_city_and_category(admin_client_, queue):
    by_source = admin_client_.get(reverse(QUEUE), {"staged_events__source__id__exact": queue["shady"].pk})
    assert set(rows(by_source)) == {"Rooftop Party", "Cheap Pills Night"}
    by_city = admin_client_.get(reverse(QUEUE), {"city__id__exact": queue["boston"].pk})
    assert set(rows(by_city)) == {"Low Effort Listing", "Original Gig Again", "Someday Soon", "Far Away Fair"}
    by_category = admin_client_.get(reverse(QUEUE), {"category__id__exact": queue["music"].pk})
    assert set(rows(by_category)) == {"Rooftop Party"}


def test_bulk_approve_goes_through_the_audited_action(admin_client_, queue):
    chosen = [queue["events"]["untrusted"], queue["events"]["date"]]
    response = admin_client_.post(
        reverse(QUEUE), {"action": "publish", "_selected_action": [event.pk for event in chosen]}
    )
    assert response.status_code == 302
    for event in chosen:
        event.refresh_from_db()
        assert event.moderation_status == Status.PUBLISHED
        assert event.staged_events.get().status == StagedEvent.Status.PUBLISHED
    audit = ModerationAction.objects.filter(action=ModerationAction.Action.APPROVE)
    assert sorted(audit.values_list("event_id", flat=True)) == sorted(event.pk for event in chosen)
    assert set(rows(admin_client_.get(reverse(QUEUE)))) == {
        "Low Effort Listing", "Original Gig Again", "Cheap Pills Night", "Far Away Fair"
    }  # fmt: skip


def test_bulk_reject_asks_why_and_records_it(admin_client_, queue):
    event = queue["events"]["content"]
    url = reverse(QUEUE)
    asked = admin_client_.post(url, {"action": "reject", "_selected_action": [event.pk]})
    assert asked.status_code == 200
    assert "Why reject these events?" in asked.content.decode()
    admin_client_.post(url, {"action": "reject", "_selected_action": [event.pk], "apply": "1", "reason": "spam"})
    event.refresh_from_db()
    assert event.moderation_status == Status.REJECTED
    assert ModerationAction.objects.get(event=event).reason == "spam"


def test_a_moderator_sees_the_queue_and_a_visitor_does_not(client, django_user_model, queue):
    from django.contrib.auth.models import Permission

    moderator = django_user_model.objects.create_user("mo", password="pw-mo-123456", is_staff=True)
    moderator.user_permissions.add(Permission.objects.get(codename="change_event"))
    client.force_login(moderator)
    assert client.get(reverse(QUEUE)).status_code == 200
    staff = django_user_model.objects.create_user("st", password="pw-st-123456", is_staff=True)
    client.force_login(staff)
    assert client.get(reverse(QUEUE)).status_code == 403
