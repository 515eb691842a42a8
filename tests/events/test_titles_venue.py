"""A trailing venue is cut from a title only when it is the event's own venue and a full title remains; the
source's title is kept as source_title whenever normalize changes it (issue #13, Titles)."""

from __future__ import annotations

import pytest

from events.pipeline.normalize import NormalizeContext, normalize
from events.pipeline.titles import clean_title, is_full_title

BASE = {"source": "rss", "external_id": "e1", "start": "2026-12-05T19:30:00-05:00"}


@pytest.mark.parametrize(
    "title",
    [
        "Indie Folk Night at the Pier",
        "Indie Folk Night at The Pier",
        "Indie Folk Night @ The Pier",
        "Indie Folk Night - The Pier",
        "Indie Folk Night | The Pier",
        "Indie Folk Night (The Pier)",
    ],
)
def test_the_events_own_venue_is_cut_after_any_separator(title):
    assert clean_title(title, venue_name="The Pier").title == "Indie Folk Night"


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Live at the Pier", "The Pier"),  # "Live" alone is no event's name
        ("Dinner at Eight", "Eight"),  # a meal is a fragment, not a title
        ("Breakfast at Tiffany's", "Tiffany's"),  # the film at a cinema called Tiffany's
        ("John at the Pier", "The Pier"),  # a bare first name
        ("Indie Folk Night at the Pier", "Blue Lantern"),  # another place than the event's venue
        ("Indie Folk Night at the Pier", None),
    ],
)
def test_a_place_stays_when_it_is_not_the_venue_or_nothing_whole_would_remain(title, venue):
    assert clean_title(title, venue_name=venue).title == title


def test_one_word_that_names_an_event_is_a_full_title():
    assert clean_title("Festival at the Pier", venue_name="The Pier").title == "Festival"
    assert is_full_title("Indie Folk Night")
    assert is_full_title("Hackathon")
    assert not is_full_title("The Live")
    assert not is_full_title("Dinner")


def test_a_venue_alias_counts_as_the_venue():
    """The venue the record was matched to may be spelled differently from the record's venue_name."""
    assert clean_title("Jazz Brunch @ Blue Lantern", venue_name="Hall 2", venue_aliases=("Blue Lantern",)).title == (
        "Jazz Brunch"
    )


def test_normalize_keeps_the_sources_title_when_it_changes_it():
    record = normalize({**BASE, "title": "Indie Folk Night at the Pier", "venue_name": "The Pier"}).record
    assert record["title"] == "Indie Folk Night"
    assert record["source_title"] == "Indie Folk Night at the Pier"


def test_normalize_leaves_source_title_empty_for_a_title_it_keeps():
    record = normalize({**BASE, "title": "Breakfast at Tiffany's", "venue_name": "Tiffany's"}).record
    assert record["title"] == "Breakfast at Tiffany's"
    assert record.get("source_title") is None


def test_an_adapters_source_title_wins_over_the_tidied_one():
    """An adapter that built the title (a feed item titled with a date) has put the source's own there."""
    raw = {
        **BASE,
        "title": "GIG AT THE PIER",
        "source_title": "Saturday, December 5, 2026 7:30 PM",
        "venue_name": "Pier",
    }
    record = normalize(raw).record
    assert record["title"] == "Gig at the Pier"
    assert record["source_title"] == "Saturday, December 5, 2026 7:30 PM"


def test_the_matched_venues_name_is_used_as_an_alias():
    """A record with only coordinates is placed at the venue there; that venue's name is the title's place."""
    city = {
        "id": 1,
        "name": "Chicago",
        "slug": "chicago",
        "latitude": 41.88,
        "longitude": -87.63,
        "radius_km": 40,
        "timezone": "America/Chicago",
        "country": "US",
    }
    venue = {"id": 7, "name": "Empty Bottle", "city_id": 1, "latitude": 41.9003, "longitude": -87.6868}
    context = NormalizeContext.for_places([city], [venue])
    raw = {**BASE, "title": "Garage Rock Showcase at the Empty Bottle", "latitude": 41.9003, "longitude": -87.6868}
    assert normalize(raw).record["title"] == raw["title"]  # no venue known: nothing to cut
    record = normalize(raw, context).record
    assert record["venue_id"] == 7
    assert record["title"] == "Garage Rock Showcase"
    assert record["source_title"] == raw["title"]


def test_links_keep_http_urls_only_with_labels_bounded():
    raw = {
        **BASE,
        "title": "Board Meeting",
        "links": [
            {"label": "Agenda", "url": "https://example.org/agenda.pdf"},
            {"label": "Minutes", "url": "javascript:alert(1)"},
            {"label": "", "url": "http://example.org/video"},
            {"label": "Agenda again", "url": "https://example.org/agenda.pdf"},
            "not a link",
        ],
    }
    normalized = normalize(raw)
    assert normalized.record["links"] == [
        {"label": "Agenda", "url": "https://example.org/agenda.pdf"},
        {"label": "Link", "url": "http://example.org/video"},
    ]
    assert any("link(s) dropped" in warning for warning in normalized.warnings)


def test_links_are_capped():
    raw = {
        **BASE,
        "title": "Board Meeting",
        "links": [{"label": f"Doc {n}", "url": f"https://e.org/{n}"} for n in range(50)],
    }
    assert len(normalize(raw).record["links"]) == 20
