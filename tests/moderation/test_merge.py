"""Merge and split: listings and staged records move, the loser redirects, the audit trail can undo it exactly."""

from __future__ import annotations

import pytest
from django.utils import timezone

from events import selectors
from events.models import Event, EventListing, StagedEvent
from moderation import actions
from moderation.actions.merge import ALREADY_MERGED, NOTHING_TO_SPLIT, SAME_EVENT
from moderation.models import ModerationAction
from sources.models import Source
from tests.factories import CityFactory, EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
Action = ModerationAction.Action


@pytest.fixture
def moderator(django_user_model):
    return django_user_model.objects.create_user("max", password="pw-max-12345", is_staff=True)


def listed(event: Event, source: Source, external_id: str) -> tuple[EventListing, StagedEvent]:
    """The event's primary listing at ``source`` and the staged record behind it."""
    listing = EventListing.objects.create(
        event=event,
        source=source,
        external_id=external_id,
        url=f"https://{source.slug}.example/{external_id}",
        is_primary=True,
    )
    staged = StagedEvent.objects.create(
        source=source, external_id=external_id, event=event, status=StagedEvent.Status.PUBLISHED
    )
    return listing, staged


@pytest.fixture
def pair():
    """Two published events for the same concert, from a standard and an official source."""
    city = CityFactory(slug="merge-town")
    standard = SourceFactory(slug="blog", name="Gig Blog", city=city, trust_level=Source.Trust.STANDARD)
    official = SourceFactory(slug="venue", name="The Venue", city=city, trust_level=Source.Trust.OFFICIAL)
    winner = EventFactory(title="Night Owls live", slug="night-owls-live", city=city)
    loser = EventFactory(title="Night Owls (live)", slug="night-owls", city=city, start=winner.start)
    winner_listing, winner_staged = listed(winner, standard, "w1")
    loser_listing, loser_staged = listed(loser, official, "l1")
    return {
        "winner": winner,
        "loser": loser,
        "winner_listing": winner_listing,
        "loser_listing": loser_listing,
        "winner_staged": winner_staged,
        "loser_staged": loser_staged,
    }


def state(*events: Event) -> dict:
    """Everything a merge touches, to compare before and after a merge + split."""
    return {
        "listings": sorted(EventListing.objects.filter(event__in=events).values_list("pk", "event_id", "is_primary")),
        "staged": sorted(StagedEvent.objects.filter(event__in=events).values_list("pk", "event_id", "status")),
        "events": sorted(
            Event.objects.filter(pk__in=[e.pk for e in events]).values_list("pk", "merged_into", "moderation_status")
        ),
    }


def test_merging_two_published_events_moves_listings_and_staged_rows(moderator, pair):
    winner, loser = pair["winner"], pair["loser"]
    rows = actions.events_merge(acting_user=moderator, winner=winner, loser=loser, reason="same gig")

    loser.refresh_from_db()
    assert loser.merged_into == winner
    assert loser.moderation_status == Event.ModerationStatus.PUBLISHED  # unchanged: merged_into keeps it off lists
    assert set(winner.listings.values_list("pk", flat=True)) == {pair["winner_listing"].pk, pair["loser_listing"].pk}
    assert not loser.listings.exists()
    assert set(StagedEvent.objects.filter(event=winner).values_list("pk", flat=True)) == {
        pair["winner_staged"].pk,
        pair["loser_staged"].pk,
    }
    # The loser's source is official, the winner's standard: the official listing becomes the primary one.
    assert list(winner.listings.filter(is_primary=True).values_list("pk", flat=True)) == [pair["loser_listing"].pk]

    assert [(row.action, row.event_id, row.acting_user, row.reason) for row in rows] == [
        (Action.MERGE, loser.pk, moderator, "same gig"),
        (Action.MERGE, winner.pk, moderator, "same gig"),
    ]
    assert rows[0].after["listings"] == [pair["loser_listing"].pk]
    assert rows[0].after["staged_events"] == [pair["loser_staged"].pk]
    assert rows[0].before["merged_into"] is None
    assert rows[0].after["merged_into"] == winner.pk


def test_the_winner_primary_stays_when_it_ranks_at_least_as_high(moderator, pair):
    Source.objects.filter(slug="venue").update(trust_level=Source.Trust.STANDARD)
    actions.events_merge(acting_user=moderator, winner=pair["winner"], loser=pair["loser"])
    assert list(pair["winner"].listings.filter(is_primary=True).values_list("pk", flat=True)) == [
        pair["winner_listing"].pk
    ]


def test_the_loser_leaves_public_lists_and_its_page_redirects_for_good(client, moderator, pair):
    winner, loser = pair["winner"], pair["loser"]
    assert set(selectors.event_list_upcoming(now=timezone.now())) == {winner, loser}
    actions.events_merge(acting_user=moderator, winner=winner, loser=loser)

    assert list(selectors.event_list_upcoming(now=timezone.now())) == [winner]
    response = client.get(loser.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == winner.get_absolute_url()
    # Not cached forever: a split must be able to give the loser its page back.
    assert "no-cache" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]

    page = client.get(winner.get_absolute_url())
    assert page.status_code == 200
    body = page.content.decode()
    assert "Also listed at" in body
    assert "Gig Blog" in body
    assert "The Venue" in body


def test_split_restores_exactly_what_the_merge_moved(client, moderator, pair):
    winner, loser = pair["winner"], pair["loser"]
    before = state(winner, loser)
    actions.events_merge(acting_user=moderator, winner=winner, loser=loser)
    assert state(winner, loser) != before

    rows = actions.event_split(acting_user=moderator, event=loser, reason="different nights")

    assert state(winner, loser) == before
    assert [(row.action, row.event_id) for row in rows] == [(Action.SPLIT, loser.pk), (Action.SPLIT, winner.pk)]
    assert rows[0].before["listings"] == [pair["loser_listing"].pk]
    assert rows[0].after["merged_into"] is None
    assert client.get(loser.get_absolute_url()).status_code == 200
    assert set(selectors.event_list_upcoming(now=timezone.now())) == {winner, loser}


def test_split_with_nothing_to_undo_refuses(moderator, pair):
    with pytest.raises(ValueError, match="nothing to split") as error:
        actions.event_split(acting_user=moderator, event=pair["loser"])
    assert str(error.value) == NOTHING_TO_SPLIT.format(pk=pair["loser"].pk)

    actions.events_merge(acting_user=moderator, winner=pair["winner"], loser=pair["loser"])
    actions.event_split(acting_user=moderator, event=pair["loser"])
    with pytest.raises(ValueError, match="nothing to split"):
        actions.event_split(acting_user=moderator, event=pair["loser"])
    assert ModerationAction.objects.filter(action=Action.SPLIT).count() == 2  # one split, one row per event


def test_merge_refuses_itself_and_already_merged_events(moderator, pair):
    winner, loser = pair["winner"], pair["loser"]
    with pytest.raises(ValueError, match="into itself") as error:
        actions.events_merge(acting_user=moderator, winner=winner, loser=winner)
    assert str(error.value) == SAME_EVENT.format(pk=winner.pk)

    actions.events_merge(acting_user=moderator, winner=winner, loser=loser)
    third = EventFactory(city=winner.city)
    with pytest.raises(ValueError, match="already merged") as error:
        actions.events_merge(acting_user=moderator, winner=loser, loser=third)
    assert str(error.value) == ALREADY_MERGED.format(pk=loser.pk, into=winner.pk)
    assert ModerationAction.objects.filter(action=Action.MERGE).count() == 2


def test_a_merged_winner_merged_again_redirects_the_first_loser_to_the_last_winner(client, moderator, pair):
    winner, loser = pair["winner"], pair["loser"]
    final = EventFactory(city=winner.city, slug="night-owls-final")
    actions.events_merge(acting_user=moderator, winner=winner, loser=loser)
    actions.events_merge(acting_user=moderator, winner=final, loser=winner)

    response = client.get(loser.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == final.get_absolute_url()
    assert final.listings.count() == 2
