"""A moderator's verdict outlives the next fetch: the pipeline's own publish/hold decision never undoes it.

Each re-fetch moves the event by days, so de-duplication no longer recognises it and the pipeline decides
afresh (publish or hold) for the source's own listing: exactly the path that used to overwrite the verdict.
"""

from __future__ import annotations

import pytest

from events.models import Event
from moderation import actions
from sources.models import Source
from tests.events.helpers import day, load_bengaluru, make_source, record, run

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(django_user_model):
    return django_user_model.objects.create_user("mod", password="pw", is_staff=True)


def test_an_approved_event_stays_published_when_its_untrusted_source_sends_it_again(moderator):
    source = make_source("hearsay", load_bengaluru(), trust=Source.Trust.UNTRUSTED)
    run(source, record("h-1", "Indiranagar Night Market", day(6)))
    event = Event.objects.get()
    assert event.moderation_status == Event.ModerationStatus.HELD  # untrusted: a moderator decides

    actions.event_approve(acting_user=moderator, event=event)
    run(source, record("h-1", "Indiranagar Night Market", day(12), description="Now with forty stalls and a band."))

    event.refresh_from_db()
    assert event.description.startswith("Now with forty stalls")  # the source's update went through
    assert event.moderation_status == Event.ModerationStatus.PUBLISHED  # the verdict did not move


def test_an_unpublished_event_is_not_republished_by_its_trusted_source(moderator):
    source = make_source("official-ish", load_bengaluru(), trust=Source.Trust.TRUSTED)
    run(source, record("t-1", "Indiranagar Food Festival", day(8)))
    event = Event.objects.get()
    assert event.moderation_status == Event.ModerationStatus.PUBLISHED

    actions.event_unpublish(acting_user=moderator, event=event, reason="the organiser asked us to wait")
    run(source, record("t-1", "Indiranagar Food Festival", day(14), description="Tickets on sale from Monday."))

    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.HELD
    assert event.start.date() == day(14).date()  # the source's move went through


def test_without_a_moderator_the_pipeline_still_routes_updates(moderator):
    """The system's own transitions leave the pipeline in charge (only a person's verdict sticks)."""
    source = make_source("hearsay", load_bengaluru(), trust=Source.Trust.TRUSTED)
    run(source, record("s-1", "Indiranagar Book Fair", day(9)))
    event = Event.objects.get()
    actions.event_hold(acting_user=None, event=event, reason="system check")
    run(source, record("s-1", "Indiranagar Book Fair", day(15), description="Fifty publishers, readings all day."))
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.PUBLISHED
