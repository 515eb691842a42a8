"""De-duplication: identity, shared identifiers and scoring of pairs, the hard negatives.

Batch-level behaviour (published events, canonical fields, blocking, metrics) is in test_dedup_batch.py and
`manage.py dedupe` in test_dedup_command.py; both reuse the record builders here.
"""

from __future__ import annotations

from typing import Any

import pytest

from events.pipeline.dedup import (
    ADMISSION_VS_SHOW,
    CONFLICT,
    DIFFERENT_NUMBERS,
    DIFFERENT_SESSION,
    MOVED,
    OTHER_DAY,
    OTHER_OCCURRENCE,
    SAME_RECORD,
    SAME_UID,
    SAME_URL,
    TOO_FAR_APART,
    TOO_FAR_IN_TIME,
    WEAK_TITLE,
    DedupConfig,
    DedupStats,
    canonical_url,
    dedupe_batch,
    score_pair,
)
from events.pipeline.dedup.config import DEFAULT_CONFIG


def event(external_id: str, title: str, start: str, *, source: str = "yelp", **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "source": source,
        "external_id": external_id,
        "title": title,
        "start": start,
        "city": "Bengaluru",
        "venue_name": "Blue Note",
    }
    return {**record, **fields}


def at(clock: str, day: str = "2026-12-05") -> str:
    return f"{day}T{clock}:00+05:30"


SEED_VENUE: dict[str, Any] = {"venue_name": "Indiranagar Social", "latitude": 12.9784, "longitude": 77.6408}
SEED_AGGREGATOR: dict[str, Any] = {
    "venue_name": "Indiranagar Social, 12th Main",
    "latitude": 12.9790,
    "longitude": 77.6402,
}


def weighted_mean(scores: dict[str, float], config: DedupConfig = DEFAULT_CONFIG) -> float:
    """The similarity the documented rule gives ``scores``: each field's weight times its score, over the
    weights of the fields present (a missing field shares its weight out)."""
    present = {field: getattr(config.weights, field) for field in scores}
    return sum(present[field] * score for field, score in scores.items()) / sum(present.values())


def in_review_band(similarity: float, config: DedupConfig = DEFAULT_CONFIG) -> bool:
    return config.review_threshold <= similarity < config.merge_threshold


def seed_pair() -> list[dict[str, Any]]:
    return [
        event("fest-1", "Food Festival at Indiranagar", at("18:00"), source="yelp", **SEED_VENUE),
        event("evt-9", "Indiranagar Food Festival", at("18:30"), source="ics", **SEED_AGGREGATOR),
    ]


# --- canonical_url ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://WWW.Example.COM/Events/Jazz/", "https://example.com/Events/Jazz"),
        ("https://example.com/e?utm_source=x&utm_medium=y&b=2&a=1", "https://example.com/e?a=1&b=2"),
        ("https://example.com/e?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=5&aff=6&id=7", "https://example.com/e?id=7"),
        ("https://example.com/e#tickets", "https://example.com/e"),
        ("https://example.com/#!/event/12", "https://example.com"),  # not an event identifier (see below)
        ("https://Example.com//events//12/?b=2&utm_campaign=x&a=1", "https://example.com/events/12?a=1&b=2"),
        ("http://example.com:80/e", "http://example.com/e"),
        ("https://example.com:8443/e", "https://example.com:8443/e"),
        ("https://m.facebook.com/events/123/", "https://facebook.com/events/123"),
        ("https://venue.example/", "https://venue.example"),
        ("https://www.com/e", "https://www.com/e"),
        ("mailto:box@example.com", None),
        ("/relative/path", None),
        ("https://example.com:notaport/e", None),
        ("", None),
        (None, None),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


# --- layer 1: identity ------------------------------------------------------------------------------------------


def test_same_source_and_external_id_is_the_same_record():
    first = event("tm-1", "Velvet Hours", at("20:00"), source="ticketmaster")
    update = {**first, "title": "Velvet Hours (new poster)"}
    results = dedupe_batch([first, update])
    assert [r.band for r in results] == ["same", "same"]
    assert [r.layer for r in results] == ["identity", "identity"]
    assert [r.duplicate_of for r in results] == [None, "tm-1"]
    assert results[1].reason == SAME_RECORD
    assert results[0].cluster == results[1].cluster == "ticketmaster:tm-1"


def test_identity_with_a_listing_of_a_published_event():
    listing = {**event("tm-1", "Velvet Hours", at("20:00"), source="ticketmaster"), "event_id": 42}
    result = dedupe_batch([event("tm-1", "Velvet Hours", at("21:00"), source="ticketmaster")], existing=[listing])[0]
    assert (result.band, result.layer, result.duplicate_of, result.cluster) == (
        "same",
        "identity",
        "event:42",
        "event:42",
    )


# --- layer 2: shared identifiers --------------------------------------------------------------------------------


def test_same_url_across_sources_links_whatever_the_titles_say():
    records = [
        event("a", "NYE Bash", at("21:00"), source="ics", url="https://www.club.example/nye/"),
        event("b", "New Year's Eve Party", at("22:00"), source="yelp", url="https://club.example/nye?utm_source=yelp"),
    ]
    second = dedupe_batch(records)[1]
    assert (second.band, second.layer, second.similarity, second.duplicate_of) == ("merge", "identifier", 1.0, "a")
    assert (second.scores, second.reason) == ({"url": 1.0}, SAME_URL)


def test_ticket_url_matches_the_other_listings_url():
    records = [
        event("a", "NYE Bash", at("21:00"), source="ics", ticket_url="https://tickets.example/e/123"),
        event("b", "New Year's Eve Party", at("21:00"), source="eventbrite", url="https://tickets.example/e/123/"),
    ]
    assert dedupe_batch(records)[1].duplicate_of == "a"


def test_a_url_on_another_day_is_a_series_page_not_an_identifier():
    records = [
        event("a", "NYE Bash", at("21:00"), source="ics", url="https://club.example/series"),
        event("b", "New Year's Eve Party", at("21:00", "2026-12-06"), source="yelp", url="https://club.example/series"),
    ]
    assert [r.duplicate_of for r in dedupe_batch(records)] == [None, None]


def test_a_home_page_is_not_an_identifier():
    records = [
        event("a", "Velvet Hours", at("20:00"), source="ics", url="https://club.example/"),
        event("b", "Open Mic", at("20:00"), url="https://www.club.example"),
    ]
    assert [r.duplicate_of for r in dedupe_batch(records)] == [None, None]


def test_a_url_one_source_gives_to_several_records_identifies_nothing():
    page = "https://club.example/whats-on"
    records = [
        event("a1", "Velvet Hours", at("20:00"), source="ics", url=page),
        event("a2", "The Midnight Riders", at("22:00"), source="ics", url=page),
        event("b1", "Midnight Riders", at("22:00"), source="yelp", url=page),
    ]
    results = dedupe_batch(records)
    assert [r.duplicate_of for r in results] == [None, None, "a2"]
    assert results[2].layer == "score"


def test_same_ical_uid_and_occurrence_across_calendars():
    uid = "jazz-night@riverside.example"
    records = [
        event(f"{uid}@2026-11-22T00:00:00Z", "Riverside Jazz", at("19:00"), source="venue-cal", adapter="ics"),
        event(f"{uid}@2026-11-21T19:00:00-05:00", "Jazz", at("19:30"), source="city-cal", adapter="ics"),
    ]
    second = dedupe_batch(records)[1]
    assert (second.layer, second.reason, second.similarity) == ("identifier", SAME_UID, 1.0)
    assert second.duplicate_of == f"{uid}@2026-11-22T00:00:00Z"


def test_two_occurrences_of_one_uid_series_stay_apart():
    uid = "tour@museum.example"
    records = [
        event(f"{uid}@2026-12-05T04:30:00Z", "Museum Tour", at("10:00"), source="ics"),
        event(f"{uid}@2026-12-05T06:30:00Z", "Museum Tour", at("12:00"), source="ics"),
    ]
    results = dedupe_batch(records)
    assert [(r.band, r.reason) for r in results] == [("distinct", OTHER_OCCURRENCE)] * 2
    assert results[0].cluster != results[1].cluster


# --- layer 3: the seed's fuzzy case and the scores --------------------------------------------------------------


def test_the_seed_fuzzy_case_merges():
    results = dedupe_batch(seed_pair())
    aggregator, venue = results
    assert venue.duplicate_of is None  # the iCalendar feed outranks the aggregator
    assert aggregator.duplicate_of == "evt-9"
    assert aggregator.cluster == venue.cluster == "ics:evt-9"
    assert (aggregator.band, aggregator.layer) == ("merge", "score")
    assert DedupConfig().merge_threshold <= aggregator.similarity < 1.0  # the half hour between them costs a little
    # Reordered title words, the venue with its street, coordinates 80 m apart: each the same; only the time differs.
    assert {field: score for field, score in aggregator.scores.items() if field != "time"} == {
        "title": 1.0,
        "venue": 1.0,
        "geo": 1.0,
    }
    assert 0.0 < aggregator.scores["time"] < 1.0
    assert aggregator.similarity == pytest.approx(weighted_mean(aggregator.scores), abs=1e-3)


def test_the_time_score_falls_as_the_starts_move_apart_until_the_window_ends():
    base = event("a", "Velvet Hours", at("20:00"), source="ics")
    scores = [
        score_pair(base, event("b", "Velvet Hours", at(clock))).scores["time"]
        for clock in ("20:00", "20:30", "21:30", "22:30")
    ]
    assert scores[0] == 1.0
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == len(scores)
    assert score_pair(base, event("b", "Velvet Hours", at("23:30"))).reason == TOO_FAR_IN_TIME  # past the window


def test_missing_fields_share_their_weight():
    a, b = seed_pair()
    for record in (a, b):
        record.pop("latitude")
        record.pop("longitude")
    pair = score_pair(a, b)
    with_geo = score_pair(*seed_pair())
    assert set(pair.scores) == {"title", "time", "venue"}
    assert pair.scores == {field: score for field, score in with_geo.scores.items() if field != "geo"}
    # geo's weight is shared out, not counted as a zero: the pair still merges, a little less sure than with geo.
    assert pair.similarity == pytest.approx(weighted_mean(pair.scores), abs=1e-3)
    assert DedupConfig().merge_threshold <= pair.similarity < with_geo.similarity


def test_raising_the_merge_threshold_turns_a_merge_into_review():
    pair = score_pair(*seed_pair())
    assert pair.band == "merge"
    just_above = DedupConfig(merge_threshold=min(1.0, pair.similarity + 0.01))
    results = dedupe_batch(seed_pair(), config=just_above)
    assert [r.band for r in results] == ["review", "review"]
    assert [r.duplicate_of for r in results] == [None, None]
    assert results[0].candidate == "evt-9"
    assert results[0].scores == pair.scores  # the moderator sees the field scores that decided it
    at_it = DedupConfig(merge_threshold=pair.similarity)  # "at or above" merges
    assert [r.band for r in dedupe_batch(seed_pair(), config=at_it)] == ["merge", "merge"]


def test_a_weak_pair_is_held_for_review_until_the_review_threshold_passes_it():
    a = event("a", "DJ Shadow", at("22:00"))
    b = event("b", "DJ Krush", at("22:00"), source="ics")
    pair = score_pair(a, b)
    assert pair.band == "review"
    assert score_pair(a, b, config=DedupConfig(review_threshold=pair.similarity + 0.01)).band == "distinct"


@pytest.mark.parametrize(
    ("title_a", "title_b", "band"),
    [
        ("Riverside Jazz Night — SOLD OUT", "Riverside Jazz Night", "merge"),  # availability, not identity
        ("CANCELLED: Riverside Jazz Night", "Riverside Jazz Night", "merge"),  # the cancellation must reach it
        ("The Lumineers", "The Lumineers with special guest Gregory Alan Isakov", "merge"),
        ("Comedy Night 7pm", "Comedy Night 7:00 PM", "merge"),
        ("Café Tacvba", "Cafe Tacvba", "merge"),
        ("Jazz at the Blue Note", "Jazz", "merge"),  # the venue's name inside a title says only where
    ],
)
def test_wording_that_does_not_make_another_event(title_a, title_b, band):
    assert score_pair(event("a", title_a, at("20:00")), event("b", title_b, at("20:00"), source="ics")).band == band


@pytest.mark.parametrize(
    ("title_a", "title_b", "band"),
    [
        ("Plant Sale", "Plant Swap", "review"),  # one word swapped for another: another event, perhaps
        ("Spring Plant Sale", "Spring Plant Swap", "review"),
        ("Kids Craft Hour", "Kids Story Hour", "review"),
        ("Koramangala Food Festival", "Koramangala Beer Festival", "review"),
        ("Shakespeare at the Theatre", "Shakespeare at the Theater", "merge"),  # one word spelt two ways
        ("Finance Dept Hearing", "Finance Department Hearing", "merge"),  # shortened
        ("Plant Sale", "Plant Sale!", "merge"),
        ("Teen Book Club", "Tween Book Club", "review"),  # who it is for, however alike the words
        ("Men's Basketball vs Purdue", "Women's Basketball vs Purdue", "review"),
        ("Planning Cmte Meeting", "Planning Committee Meeting", "merge"),  # an abbreviation is one word
        ("Jazz Night", "Jazz Nite", "merge"),
    ],
)
def test_one_word_swapped_for_another_is_for_a_moderator(title_a, title_b, band):
    assert score_pair(event("a", title_a, at("10:00")), event("b", title_b, at("10:00"), source="ics")).band == band


def test_city_aliases_from_config():
    a = event("a", "Koramangala Food Festival", at("18:00"), city="Bangalore", venue_name="Forum Grounds")
    b = event("b", "Food Festival at Koramangala", at("18:00"), city="Bengaluru", venue_name="Forum", source="ics")
    assert dedupe_batch([a, b])[0].duplicate_of is None  # no shared place: never compared
    config = DedupConfig(city_aliases={"bangalore": "bengaluru"})
    assert dedupe_batch([a, b], config=config)[0].duplicate_of == "b"


def test_area_names_both_titles_carry_say_only_where():
    food = event("a", "Koramangala Food and Wine Festival", at("18:00"), venue_name="Forum Grounds")
    beer = event("b", "Koramangala Beer and Music Festival", at("18:00"), venue_name="Forum Grounds")
    plain = score_pair(food, beer)
    areas = DedupConfig(place_words=frozenset({"koramangala", "indiranagar"}))
    aware = score_pair(food, beer, config=areas)
    assert plain.band == "merge"  # the shared area name made two festivals look alike
    assert aware.band == "review"
    assert aware.scores["title"] < plain.scores["title"] < 1.0
    assert {k: v for k, v in aware.scores.items() if k != "title"} == {
        k: v for k, v in plain.scores.items() if k != "title"
    }


def test_titles_in_other_scripts():
    a = event("a", "ಯಕ್ಷಗಾನ ಪ್ರದರ್ಶನ", at("18:00"), venue_name="Ranga Shankara")
    b = event("b", "ಯಕ್ಷಗಾನ ಪ್ರದರ್ಶನ", at("18:30"), venue_name="Ranga Shankara", source="ics")
    assert dedupe_batch([a, b])[0].duplicate_of == "b"
    assert score_pair(a, event("c", "ಭರತನಾಟ್ಯ ಸಂಜೆ", at("18:00"), venue_name="Ranga Shankara")).reason == WEAK_TITLE
    assert (
        score_pair(event("d", "Room ² Party ３", at("18:00")), event("e", "Room ² Party 3", at("18:00"))).band
        == "merge"
    )


def test_all_day_event_meets_a_timed_listing_on_one_of_its_days():
    market = event("a", "Craft Market", "2026-12-05", end="2026-12-06")
    assert score_pair(market, event("b", "Craft Market", at("11:00", "2026-12-06"))).band == "merge"
    assert score_pair(market, event("b", "Craft Market", at("11:00", "2026-12-07"))).reason == OTHER_DAY


def test_one_instant_written_in_two_offsets_is_one_time():
    pair = score_pair(event("a", "Late Jam", at("23:30")), event("b", "Late Jam", "2026-12-05T18:00:00+00:00"))
    assert (pair.band, pair.scores["time"]) == ("merge", 1.0)


# --- hard negatives ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (("Jazz Trio — Early Show", at("19:00")), ("Jazz Trio — Late Show", at("22:00")), DIFFERENT_SESSION),
        (("Jazz Trio — Early Show", at("19:00")), ("Jazz Trio — Late Show", at("21:00")), DIFFERENT_SESSION),
        (("Jazz Trio: First Show", at("19:00")), ("Jazz Trio: Second Show", at("21:00")), DIFFERENT_NUMBERS),
        (("The Midnight Riders", at("20:00")), ("Velvet Hours", at("22:30")), WEAK_TITLE),
        (("Riverfront Fest — Saturday Day Pass", at("12:00")), ("Riverfront Fest: The Lumineers", at("13:00")), ADMISSION_VS_SHOW),
        (("Tuesday Trivia", at("20:00", "2026-12-01")), ("Tuesday Trivia", at("20:00", "2026-12-08")), OTHER_DAY),
        (("Disco Vol. 3", at("21:00")), ("Disco Vol. 4", at("21:00")), DIFFERENT_NUMBERS),
        (("Jazz Fest Day One", at("12:00")), ("Jazz Fest — Day 2", at("12:00")), DIFFERENT_NUMBERS),
        (("Hamlet Part I", at("14:00")), ("Hamlet Part II", at("14:00")), DIFFERENT_NUMBERS),
        (("Hamlet (Matinee)", at("14:00")), ("Hamlet — Evening", at("15:00")), DIFFERENT_SESSION),
        (("Open Mic", at("18:00")), ("Open Mic", at("21:30")), TOO_FAR_IN_TIME),
    ],
)  # fmt: skip
def test_hard_negatives_stay_apart(a, b, reason):
    pair = score_pair(event("a", *a, source="ics"), event("b", *b))
    assert (pair.band, pair.reason) == ("distinct", reason)
    results = dedupe_batch([event("a", *a, source="ics"), event("b", *b)])
    assert results[0].cluster != results[1].cluster
    assert [r.duplicate_of for r in results] == [None, None]


def test_moved_listing_is_held_for_a_moderator_not_merged():
    pair = score_pair(
        event("a", "Riverside Jazz Night (moved)", at("20:00")), event("b", "Riverside Jazz Night", at("20:00"))
    )
    assert (pair.band, pair.reason, pair.similarity) == ("review", MOVED, 1.0)


def test_same_title_twice_in_one_night_without_a_qualifier_is_for_review():
    pair = score_pair(event("a", "Velvet Hours", at("20:00")), event("b", "Velvet Hours", at("22:30"), source="ics"))
    assert pair.band == "review"
    assert in_review_band(pair.similarity)
    assert pair.scores["title"] == 1.0
    assert 0.0 < pair.scores["time"] < 1.0


def test_numbered_rooms_are_different_venues():
    a = event("a", "Open Mic", at("19:00"), venue_name="Studio 1")
    assert score_pair(a, event("b", "Open Mic", at("19:00"), venue_name="Studio 2")).scores["venue"] == 0.0
    c = event("c", "Open Mic", at("19:00"), venue_name="Social, 12th Main")
    assert score_pair(c, event("d", "Open Mic", at("19:00"), venue_name="Social 12 Main")).scores["venue"] == 1.0


def test_places_far_apart_stay_apart():
    a = event("a", "Food Festival", at("19:00"), latitude=12.97, longitude=77.64)
    b = event("b", "Food Festival", at("19:00"), latitude=13.10, longitude=77.59)
    assert score_pair(a, b).reason == TOO_FAR_APART


def test_a_weekly_series_never_merges_across_weeks():
    weeks = [event(f"trivia-{n}", "Tuesday Trivia", at("20:00", f"2026-12-{1 + 7 * n:02d}")) for n in range(4)]
    copies = [{**record, "source": "ics"} for record in weeks]
    results = dedupe_batch(weeks + copies)
    assert len({r.cluster for r in results}) == 4
    assert [r.duplicate_of for r in results[:4]] == [f"trivia-{n}" for n in range(4)]


def test_a_vague_listing_cannot_chain_the_early_and_the_late_show():
    records = [
        event("early", "Jazz Trio — Early Show", at("19:30"), source="ics"),
        event("late", "Jazz Trio — Late Show", at("21:30"), source="ics"),
        event("vague", "Jazz Trio", at("20:00")),
    ]
    config = DedupConfig(merge_threshold=0.75)
    stats = DedupStats()
    results = dedupe_batch(records, config=config, stats=stats)
    assert results[0].cluster != results[1].cluster
    assert results[2].duplicate_of == "early"
    assert (results[1].band, results[1].reason, results[1].candidate) == ("review", CONFLICT, "vague")
    assert stats.refused == 1
