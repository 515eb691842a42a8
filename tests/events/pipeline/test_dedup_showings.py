"""Two showings of one programme are two events: a cinema's one film on two screens, a theatre's matinee and its
evening show. The listings below are our own: a made-up two-screen cinema, a made-up playhouse and a made-up town
paper, not the corpus case (bench/corpus/dedup/real/montclair_crossref.jsonl) the rules were written from."""

from __future__ import annotations

from typing import Any

from events.pipeline.dedup import OWN_OTHER_START, dedupe_batch, score_pair

TOWN = {"city": "Harbourton", "timezone": "America/New_York"}
ORPHEUM = "44 Quay Street, Harbourton, NJ 07099"


def listing(source: str, external_id: str, title: str, start: str, **fields: Any) -> dict[str, Any]:
    return {"source": source, "external_id": external_id, "title": title, "start": start, **TOWN, **fields}


def show(external_id: str, title: str, clock: str, room: str, source: str = "orpheum") -> dict[str, Any]:
    return listing(source, external_id, title, f"2026-05-09T{clock}:00-04:00", venue_name=room, address=ORPHEUM)


def test_one_film_on_two_screens_of_one_cinema_is_two_showings():
    early = show("1", "The Lighthouse Keeper", "17:45", "Orpheum Screen 5")
    late = show("2", "The Lighthouse Keeper", "19:30", "Orpheum Screen 2")
    pair = score_pair(early, late)
    assert pair.band != "merge"
    assert pair.reason == OWN_OTHER_START


def test_two_numbered_rooms_of_one_building_are_two_places_whatever_the_address():
    # Two sources, so the start alone does not part them: the rooms do.
    cinema = show("1", "The Lighthouse Keeper", "17:45", "Orpheum Screen 5")
    paper = show("a", "The Lighthouse Keeper", "18:15", "Orpheum Screen 2", source="harbourton_paper")
    pair = score_pair(cinema, paper)
    assert pair.scores["venue"] == 0.0
    assert pair.band != "merge"
    # The same room, or a paper that names only the building, still says where the cinema's showing is.
    assert score_pair(cinema, show("b", "The Lighthouse Keeper", "17:45", "Orpheum Screen 5", "paper")).band == "merge"
    building = listing(
        "harbourton_paper", "c", "The Lighthouse Keeper", "2026-05-09T17:45:00-04:00", venue_name="The Orpheum"
    )
    assert score_pair(cinema, building).band == "merge"


def test_a_floor_and_a_street_number_are_not_two_rooms():
    # A clerk names the chamber and its floor and gives the street address; a paper writes the address where the
    # place's name goes. The two names carry two numbers, but they are a floor and a street number, not rooms.
    chamber = listing(
        "clerk",
        "1",
        "Committee on Parks",
        "2026-05-12T10:00:00-04:00",
        venue_name="Council Chamber, 2nd Fl",
        address="121 Quay Street",
    )
    street = listing("paper", "a", "Committee on Parks", "2026-05-12T10:00:00-04:00", venue_name="121 Quay Street")
    pair = score_pair(chamber, street)
    assert pair.scores["venue"] == 1.0
    assert pair.band == "merge"


def test_one_source_lists_its_matinee_and_evening_show_as_two():
    matinee = listing("playhouse", "m", "Twelfth Night", "2026-05-09T14:00:00-04:00", venue_name="Quay Playhouse")
    evening = listing("playhouse", "e", "Twelfth Night", "2026-05-09T15:30:00-04:00", venue_name="Quay Playhouse")
    assert score_pair(matinee, evening).reason == OWN_OTHER_START
    # One source's repost at the very same start is still one event.
    repost = listing("playhouse", "r", "TWELFTH NIGHT", "2026-05-09T14:00:00-04:00", venue_name="Quay Playhouse")
    assert score_pair(matinee, repost).band == "merge"


def test_a_source_that_moved_its_published_start_still_finds_its_event():
    # The playhouse's listing of 19:00 is published; its next fetch says 19:30 under a new id (one made from the
    # start). One batch never holds both, so the scores decide, as for any other listing of the event.
    published = {
        **listing("playhouse", "m-1900", "Twelfth Night", "2026-05-09T19:00:00-04:00", venue_name="Quay Playhouse"),
        "event_id": 3,
    }
    moved = listing("playhouse", "m-1930", "Twelfth Night", "2026-05-09T19:30:00-04:00", venue_name="Quay Playhouse")
    assert dedupe_batch([moved], existing=[published])[0].duplicate_of == "event:3"
    # In one batch the same two listings are two showings.
    batch = [{key: value for key, value in published.items() if key != "event_id"}, moved]
    assert len({result.cluster for result in dedupe_batch(batch)}) == 2


def test_a_listing_its_source_no_longer_lists_is_not_its_other_showing():
    # Review: a batch can hold two fetches of one source (the sweeper re-queues what an outage left pending). The
    # first fetch listed 19:00 under an id made from the start; the next one lists 19:30 under a new id and no
    # longer the 19:00 one, whose last sighting stays at the first fetch: the start moved, it is one event.
    old = listing("playhouse", "m-1900", "Twelfth Night", "2026-05-09T19:00:00-04:00", venue_name="Quay Playhouse")
    moved = listing("playhouse", "m-1930", "Twelfth Night", "2026-05-09T19:30:00-04:00", venue_name="Quay Playhouse")
    first, second = "2026-05-01T08:00:00+00:00", "2026-05-01T14:00:00+00:00"
    pair = score_pair({**old, "last_seen": first}, {**moved, "last_seen": second})
    assert pair.reason != OWN_OTHER_START
    assert pair.band == "merge"
    # Seen in one fetch, the source lists both: its matinee and its evening show.
    both = score_pair({**old, "last_seen": second}, {**moved, "last_seen": second})
    assert both.reason == OWN_OTHER_START


def test_two_sources_may_still_disagree_about_one_start():
    # A listings site an hour off the venue's own start: the other source's error, not another showing.
    venue = listing("playhouse", "m", "Twelfth Night", "2026-05-09T19:00:00-04:00", venue_name="Quay Playhouse")
    site = listing("listings_site", "x", "Twelfth Night", "2026-05-09T20:00:00-04:00", venue_name="Quay Playhouse")
    assert score_pair(venue, site).reason != OWN_OTHER_START
    assert score_pair(venue, site).band == "merge"


def test_a_day_of_showings_beside_the_papers_listing_joins_only_the_showing_it_names():
    batch = [
        show("1", "The Lighthouse Keeper", "14:15", "Orpheum Screen 2"),
        show("2", "The Lighthouse Keeper", "16:45", "Orpheum Screen 2"),
        show("3", "The Lighthouse Keeper", "17:45", "Orpheum Screen 5"),
        show("4", "The Lighthouse Keeper", "19:30", "Orpheum Screen 2"),
        show("5", "Salt Roads", "17:30", "Orpheum Screen 4"),
        show("6", "Salt Roads", "19:00", "Orpheum Screen 6"),
        listing(
            "harbourton_paper",
            "p",
            "The Lighthouse Keeper",
            "2026-05-09T19:30:00-04:00",
            venue_name="The Orpheum",
            address=ORPHEUM,
        ),
    ]
    results = dedupe_batch(batch)
    clusters = {}
    for record, result in zip(batch, results, strict=True):
        clusters.setdefault(result.cluster, []).append(record["external_id"])
    assert sorted(sorted(members) for members in clusters.values() if len(members) > 1) == [["4", "p"]]


def test_records_that_name_no_source_are_not_one_source():
    first = {"external_id": "1", "title": "Twelfth Night", "start": "2026-05-09T19:00:00-04:00", **TOWN}
    second = {**first, "external_id": "2", "start": "2026-05-09T20:00:00-04:00"}
    assert score_pair(first, second).reason != OWN_OTHER_START
