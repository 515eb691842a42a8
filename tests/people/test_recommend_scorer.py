"""The recommendation scorer (events/people/library/recommend.py): plain data in, ranked ids and reasons out."""

from __future__ import annotations

import datetime as dt

from events.people.library.recommend import (
    RSVP,
    SAVED,
    Candidate,
    EventFeatures,
    HistoryItem,
    Taste,
    popularity,
    recency,
    recommend,
)

NOW = dt.datetime(2030, 6, 1, 12, tzinfo=dt.UTC)
MUSIC, JAZZ, COMEDY = 1, 11, 2
BLUE_ROOM, HALL = 100, 200


def features(event_id, title="", *, category=None, subcategory=None, venue=None, organizer=None, tags=()):
    return EventFeatures(
        id=event_id,
        title=title or f"Event {event_id}",
        category_id=category,
        subcategory_id=subcategory,
        venue_id=venue,
        organizer_id=organizer,
        tags=frozenset(tags),
    )


def candidate(event, *, days=3, views=0, saves=0, city="Chicago", **extra):
    return Candidate(
        event=event, start=NOW + dt.timedelta(days=days), views=views, saves=saves, city_name=city, **extra
    )


def jazz(event_id, title="", venue=BLUE_ROOM):
    return features(event_id, title, category=MUSIC, subcategory=JAZZ, venue=venue, tags=("jazz",))


def comedy(event_id, title=""):
    return features(event_id, title, category=COMEDY, venue=HALL, tags=("stand-up",))


def test_someone_who_saved_two_jazz_events_gets_jazz_first_with_the_right_reason():
    taste = Taste(
        history=[
            HistoryItem(jazz(1, "Jazz at the Blue Room"), SAVED, NOW - dt.timedelta(days=2)),
            HistoryItem(jazz(2, "Late Night Jazz", venue=None), SAVED, NOW - dt.timedelta(days=5)),
        ]
    )
    # The comedy shows are far more popular and sooner; jazz still comes first.
    candidates = [
        candidate(comedy(10), days=1, views=5000, saves=300),
        candidate(comedy(11), days=2, views=3000, saves=100),
        candidate(jazz(12), days=6, views=20),
        candidate(features(13, category=MUSIC), days=5, views=40),
    ]
    ranked = recommend(taste=taste, candidates=candidates, now=NOW, limit=4)
    assert ranked[0].event_id == 12
    assert ranked[0].reason == "Because you saved Jazz at the Blue Room"
    assert {r.event_id for r in ranked[1:]} == {10, 11, 13}
    popular = next(r for r in ranked if r.event_id == 10)
    assert popular.reason == "Popular in Chicago"


def test_saved_and_rsvpd_events_and_past_ones_are_never_recommended():
    taste = Taste(history=[HistoryItem(jazz(1), SAVED), HistoryItem(jazz(2), RSVP)])
    candidates = [
        candidate(jazz(1)),
        candidate(jazz(2)),
        candidate(jazz(3), days=-1),  # started yesterday, no end: over
        candidate(jazz(4), days=-1, end=NOW + dt.timedelta(hours=1)),  # still on
        candidate(jazz(5)),
    ]
    ranked = recommend(taste=taste, candidates=candidates, now=NOW, limit=10)
    assert [r.event_id for r in ranked] == [4, 5]


def test_an_rsvp_reason_and_the_most_alike_history_item_is_named():
    taste = Taste(
        history=[
            HistoryItem(comedy(1, "Open Mic Night"), SAVED),
            HistoryItem(jazz(2, "Jazz Brunch"), RSVP),
        ]
    )
    ranked = recommend(taste=taste, candidates=[candidate(jazz(3)), candidate(comedy(4))], now=NOW)
    reasons = {r.event_id: r.reason for r in ranked}
    assert reasons == {3: "Because you RSVP'd to Jazz Brunch", 4: "Because you saved Open Mic Night"}


def test_follows_and_interests_count_with_their_own_reasons():
    taste = Taste(followed_venues={HALL: "Comedy Hall"}, interests={JAZZ: "Jazz & blues"})
    # Equally popular and as soon: a follow outweighs an interest, and either outweighs nothing.
    candidates = [
        candidate(features(3, category=99), views=50),
        candidate(jazz(2), views=50),
        candidate(comedy(1), views=50),
    ]
    ranked = recommend(taste=taste, candidates=candidates, now=NOW)
    assert [r.event_id for r in ranked] == [1, 2, 3]
    assert [r.reason for r in ranked] == [
        "Because you follow Comedy Hall",
        "Because you're interested in Jazz & blues",
        "Popular in Chicago",
    ]


def test_a_followed_category_matches_events_filed_under_it_at_either_level():
    taste = Taste(followed_categories={JAZZ: "Jazz & blues"})
    ranked = recommend(
        taste=taste, candidates=[candidate(features(1, subcategory=JAZZ)), candidate(comedy(2))], now=NOW
    )
    assert ranked[0].event_id == 1
    assert ranked[0].reason == "Because you follow Jazz & blues"


def test_ties_go_to_the_sooner_event_and_the_limit_holds():
    taste = Taste(history=[HistoryItem(jazz(1), SAVED)])
    candidates = [candidate(jazz(event_id), days=10 - event_id) for event_id in range(2, 8)]
    ranked = recommend(taste=taste, candidates=candidates, now=NOW, limit=3)
    assert [r.event_id for r in ranked] == [7, 6, 5]
    assert recommend(taste=taste, candidates=candidates, now=NOW, limit=0) == []
    assert recommend(taste=taste, candidates=[], now=NOW) == []


def test_popularity_is_log_scaled_and_recency_prefers_soon_and_new():
    assert popularity(candidate(jazz(1), views=10)) < popularity(candidate(jazz(1), views=100))
    assert popularity(candidate(jazz(1), views=1000)) < 2 * popularity(candidate(jazz(1), views=100))
    assert popularity(candidate(jazz(1), saves=1)) > popularity(candidate(jazz(1), views=1))
    soon, later = candidate(jazz(1), days=1), candidate(jazz(1), days=30)
    assert recency(soon, NOW) > recency(later, NOW)
    fresh = candidate(jazz(1), days=10, published_at=NOW - dt.timedelta(hours=2))
    stale = candidate(jazz(1), days=10, published_at=NOW - dt.timedelta(days=60))
    assert recency(fresh, NOW) > recency(stale, NOW)


def test_an_empty_taste_is_cold_start():
    assert Taste().is_empty
    assert not Taste(interests={1: "Music"}).is_empty
    assert not Taste(history=[HistoryItem(jazz(1))]).is_empty


def test_long_titles_are_cut_in_reasons():
    taste = Taste(history=[HistoryItem(jazz(1, "A" * 200), SAVED)])
    (only,) = recommend(taste=taste, candidates=[candidate(jazz(2))], now=NOW)
    assert only.reason.startswith("Because you saved AAAA")
    assert only.reason.endswith("…")
    assert len(only.reason) < 110
