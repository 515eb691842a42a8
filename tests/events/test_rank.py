"""Fields follow source rank on every update, not only on create; moderator edits outlive every source path.

A standard source that duplicates an official one and is fetched again with new text must not overwrite
the official event, nor become a second primary listing; a source taking an event over, or withdrawing
it, leaves what a moderator changed alone.
"""

from __future__ import annotations

import pytest
from django.utils import timezone

from events.models import Event, EventListing, EventStatus, StagedEvent
from moderation.actions import event_moderator_edit
from sources.models import Source
from sources.services import source_withdraw_vanished
from tests.events.helpers import day, load_bengaluru, make_source, record, run

pytestmark = pytest.mark.django_db

OFFICIAL_TEXT = "The venue's own description: street food, live music and craft beer from twenty stalls."
AGGREGATOR_TEXT = "Aggregator blurb rewritten for the second fetch, with a very different text entirely."


@pytest.fixture
def city():
    return load_bengaluru()


def test_a_lower_ranked_duplicate_refetched_does_not_overwrite_the_canonical_event(city):
    official = make_source("venue-site", city, trust=Source.Trust.OFFICIAL)
    aggregator = make_source("aggregator", city, trust=Source.Trust.STANDARD)
    run(official, record("a1", "Indiranagar Food Festival", day(), description=OFFICIAL_TEXT))
    run(aggregator, record("b1", "Indiranagar Food Festival", day(), description="Food fest."))
    festival = Event.objects.get()
    assert festival.listings.count() == 2

    run(aggregator, record("b1", "INDIRANAGAR FOOD FEST!!", day(), description=AGGREGATOR_TEXT))

    festival.refresh_from_db()
    assert Event.objects.count() == 1
    assert festival.description == OFFICIAL_TEXT
    assert festival.title == "Indiranagar Food Festival"
    primaries = EventListing.objects.filter(event=festival, is_primary=True)
    assert list(primaries.values_list("source__slug", flat=True)) == ["venue-site"]
    assert StagedEvent.objects.get(external_id="b1").event == festival


def test_the_primary_source_refetched_still_updates_its_event(city):
    official = make_source("venue-site", city, trust=Source.Trust.OFFICIAL)
    aggregator = make_source("aggregator", city, trust=Source.Trust.STANDARD)
    run(official, record("a1", "Indiranagar Food Festival", day(), description=OFFICIAL_TEXT))
    run(aggregator, record("b1", "Indiranagar Food Festival", day(), description="Food fest."))
    run(official, record("a1", "Indiranagar Food Festival", day(), description=OFFICIAL_TEXT + " Now with a DJ."))
    festival = Event.objects.get()
    assert festival.description.endswith("Now with a DJ.")
    assert festival.listings.filter(is_primary=True).count() == 1


def test_a_take_over_keeps_the_fields_a_moderator_edited(city):
    aggregator = make_source("aggregator", city, trust=Source.Trust.STANDARD)
    official = make_source("venue-site", city, trust=Source.Trust.OFFICIAL)
    run(aggregator, record("b1", "Indiranagar Food Festival", day(), description="Food.", image_url=None))
    festival = Event.objects.get()
    festival.description = "Checked by a moderator."
    festival.url = "https://moderated.example/ff"
    event_moderator_edit(acting_user=None, event=festival, changed_fields=["description", "url"])

    run(official, record("a1", "Indiranagar Food Festival", day(), image_url="https://venue.example/ff.jpg"))

    festival.refresh_from_db()
    assert festival.listings.get(is_primary=True).source == official  # it did take over…
    assert festival.image_url == "https://venue.example/ff.jpg"  # …and brought what it knows
    assert festival.description == "Checked by a moderator."  # …but not over the moderator
    assert festival.url == "https://moderated.example/ff"


def _withdrawn(city, *, edited: bool) -> Event:
    src = make_source("venue-site", city, trust=Source.Trust.OFFICIAL)
    run(src, record("a1", "Pottery Wheel Basics", day(days=6)), *(
        record(f"keep{i}", f"Keeper Workshop {i}", day(days=7 + i), venue_name=f"Hall {i}") for i in range(9)
    ))  # fmt: skip
    pottery = Event.objects.get(title="Pottery Wheel Basics")
    if edited:
        pottery.status = EventStatus.POSTPONED
        event_moderator_edit(acting_user=None, event=pottery, changed_fields=["status"])
    seen = {f"keep{i}" for i in range(9)}
    result = source_withdraw_vanished(source=src, seen=seen, now=timezone.now())
    assert result.refused == ""
    pottery.refresh_from_db()
    return pottery


def test_a_withdrawn_event_is_cancelled(city):
    assert _withdrawn(city, edited=False).status == EventStatus.CANCELLED


def test_a_withdrawal_keeps_the_status_a_moderator_set(city):
    assert _withdrawn(city, edited=True).status == EventStatus.POSTPONED
