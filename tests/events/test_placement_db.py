"""Placement through the real pipeline (PostgreSQL): each event lands in the city its own location names, an
event outside every known city is held without one, and a source's city change re-places its events on the
next fetch even though their content did not change."""

from __future__ import annotations

import pytest

from events.models import City, Event, StagedEvent
from events.pipeline.decide import OUTSIDE_AREA
from events.pipeline.places import LOCALITY_OUTSIDE
from events.services.state import pipeline_state_reset
from sources.placement import source_change_city
from tests.events.helpers import day, load_bengaluru, make_source, record, run, stage

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

NO_PLACE = {"venue_name": "The Green Room", "address": None, "city": None, "latitude": None, "longitude": None}


@pytest.fixture
def cities() -> dict[str, City]:
    load_bengaluru()
    pipeline_state_reset()  # the places index is built from the cities just loaded
    yield {city.slug: city for city in City.objects.all()}
    pipeline_state_reset()


def records():
    chicago = City.objects.get(slug="chicago").timezone
    return [
        record("nowhere", "Open mic night", day(6, 20), **NO_PLACE, timezone=chicago),
        record(
            "blue-note", "Late set at the Blue Note", day(7, 21), venue_name="Blue Note",
            address="Blue Note, 131 W 3rd St, New York, NY 10012", city=None, latitude=None, longitude=None,
            timezone=None,
        ),
        record(
            "sundance", "Sundance Square lights", day(8, 19), venue_name="Sundance Square", address=None,
            city=None, latitude=32.7555, longitude=-97.3308, timezone=None,
        ),
        record("springfield", "County fair", day(9, 10), **{**NO_PLACE, "city": "Springfield"}, timezone=None),
    ]  # fmt: skip


def event_of(external_id: str) -> Event:
    return Event.objects.select_related("city").get(listings__external_id=external_id)


def test_each_event_is_placed_by_its_own_location_and_outside_ones_are_held(cities):
    source = make_source("chicago-listings", cities["chicago"])
    run(source, *records())

    assert event_of("nowhere").city.slug == "chicago"  # no location evidence: the source's city
    assert event_of("blue-note").city.slug == "new-york"  # its address
    assert event_of("sundance").city.slug == "fort-worth"  # its coordinates
    for external_id in ("nowhere", "blue-note", "sundance"):
        assert event_of(external_id).moderation_status == Event.ModerationStatus.PUBLISHED
    outside = event_of("springfield")
    assert (outside.city, outside.moderation_status) == (None, Event.ModerationStatus.HELD)
    staged = StagedEvent.objects.get(source=source, external_id="springfield")
    assert staged.status == StagedEvent.Status.HELD
    assert OUTSIDE_AREA.format(evidence=LOCALITY_OUTSIDE.format(value="Springfield")) in staged.reasons


def test_a_source_city_change_re_places_its_events_on_the_next_fetch(cities):
    source = make_source("moving-listings", cities["chicago"])
    run(source, *records())
    assert stage(source, *records()) == []  # unchanged content is not processed again by itself

    marked = source_change_city(source=source, city=cities["dallas"])
    assert marked == StagedEvent.objects.filter(source=source).exclude(event=None).count() == 4
    assert source_change_city(source=source, city=cities["dallas"]) == 0  # the same city again: nothing to do

    run(source, *records())  # the next fetch: same content
    assert event_of("nowhere").city.slug == "dallas"
    assert event_of("blue-note").city.slug == "new-york"  # its own evidence still wins
    assert event_of("sundance").city.slug == "fort-worth"
    assert event_of("springfield").city is None
    assert not StagedEvent.objects.filter(source=source, status=StagedEvent.Status.PENDING).exists()
