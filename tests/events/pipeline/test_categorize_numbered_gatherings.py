"""A group's numbered gathering ("Meetup #41", "Hacknight #3", "Session 12") decided by who holds it, and an outing
titled only by its place ("Fletcher Point", "Bolin Creek") decided by the hiking words around it (helper cats15,
rules_series.py and rules_places.py). Found on test9 (now a seen part): a Rust community's "Meetup #47" read as a
civic meeting, a nightlife night and a comedy show, a university club's hikes titled by the trail read as family
outings. Texts of our own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def result(record: dict[str, str]) -> tuple[str, str | None, str]:
    found = categorize_batch([record])[0]
    return found.category, found.subcategory, found.method


RUST_TALKS = (
    "Welcome to Quorvane Rust meetup #{n}, hosted by a local studio. 18:15 Welcome! 18:30 First talk. 19:15 Break and "
    "food sponsored by our host. 19:45 Second talk."
)


@pytest.mark.parametrize(
    ("title", "organizer", "description"),
    [
        ("Meetup #47", "Quorvane Rust Community", RUST_TALKS.format(n=47)),
        (
            "Meetup #12",
            "Quorvane Rust Community",
            "Two talks on Rust in embedded systems, then drinks with the community.",
        ),
        ("Meetup 8", "Elixir Quorvane", "Our eighth Elixir evening: two talks and pizza."),
        ("Session No. 3", "Quorvane Haskell Collective", "Third Haskell session of the year; bring a laptop."),
        ("Meet-up #5", "Django Quorvane", "Django meet-up number five: lightning talks, then the pub."),
    ],
)
def test_a_software_groups_numbered_gathering_is_a_tech_meetup(title, organizer, description):
    record = {"title": title, "organizer": organizer, "description": description}
    assert result(record) == ("tech_business", "meetups", "rules")


@pytest.mark.parametrize("title", ["Hacknight #1", "Hacknight #4: macros"])
def test_a_hacknight_is_a_hackathon(title):
    assert result({"title": title})[0] == "tech_business"


@pytest.mark.parametrize(
    "record",
    [
        # A book club's numbered meetup: no software community in its name.
        {
            "title": "Meetup #4",
            "organizer": "Quorvane Book Club",
            "description": "We discuss chapters 1-6. Tea served.",
        },
        # A software word in the organizer's name the description never repeats ("Ruby" is also a name).
        {
            "title": "Meetup #2",
            "organizer": "Ruby's Knitting Circle",
            "description": "Bring needles and yarn; cake after.",
        },
        # The organizer's name names another kind of group: its own rule keeps it.
        {
            "title": "Session 4",
            "organizer": "Rust Belt Runners Club",
            "description": "Rust Belt loop, 5 miles, easy pace.",
        },
        # The description's own rule speaks (a quiz night): the numbered title is no evidence against it.
        {
            "title": "Meetup #12",
            "organizer": "Quorvane Rust Community",
            "description": "A pub quiz night for the Rust community.",
        },
        # A title that names more than a number: its words are read as they stand.
        {
            "title": "Meetup #9: Summer Picnic",
            "organizer": "Quorvane Rust Community",
            "description": "Rust folks picnic.",
        },
    ],
)
def test_other_numbered_gatherings_are_not_made_tech_meetups(record):
    assert result(record) != ("tech_business", "meetups", "rules")


@pytest.mark.parametrize(
    "record",
    [
        {
            "title": "Fletcher Point",
            "description": "Date: 10/12/2026. Meet Time: 8 am. Meet Location: Lot P103. Distance: 5.8 mi. Slots: 13",
        },
        {"title": "Quorvane Falls", "description": "Meet at the north lot at 7. Distance: 4 mi out and back."},
        {"title": "Brumley Preserve North", "description": "Park at 3620 Old Hwy 10. Each hike is between 4-5 miles."},
        {"title": "Iron Ridge", "description": "Strenuous: 2,400 ft elevation gain over 9 miles."},
        {"title": "Torrey Pines", "organizer": "Quorvane Hiking Club", "description": "Carpool from campus at 8."},
        {"title": "McGinty", "description": "We meet at the trailhead at 7:30 am. Bring water."},
    ],
)
def test_an_outing_titled_by_its_place_is_a_hike(record):
    assert result(record) == ("outdoors_nature", "hiking", "rules")


@pytest.mark.parametrize(
    "record",
    [
        # A concert at a park: the title's own words and the description's music, no hiking word.
        {"title": "Quorvane Park", "description": "An evening of live jazz on the lawn; bring a blanket."},
        # A city council in a room named for a place: the title's rule decides.
        {
            "title": "City Council Meeting",
            "venue_name": "Torrey Pines Room",
            "description": "Agenda: trail maintenance, 2 mi of new sidewalk.",
        },
        # A ride or a run over a distance: cycling and running are sports.
        {
            "title": "Palomar Mountain",
            "description": "Meet at the bike shop at 7. Distance: 40 mi ride with 4,000 ft of climbing.",
        },
        {"title": "Mission Bay", "description": "Meet at the boathouse. Distance: 10 km run, all paces."},
        # A distance with no meeting point and no hiking word: a place's description.
        {"title": "Quorvane Lodge", "description": "Rooms and suites 2 mi from the beach."},
        # A title that names an event: its words are read as they stand.
        {"title": "Pancake Breakfast", "description": "Meet at the hall, 1 mi from the trailhead."},
    ],
)
def test_other_place_titles_are_not_made_hikes(record):
    assert result(record) != ("outdoors_nature", "hiking", "rules")
