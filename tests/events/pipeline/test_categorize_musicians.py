"""A concert titled by its programme or its act, read from who plays it (events/pipeline/categorize/rules_musicians.py),
and a festival named for its music (rules_music_nights.py): missed by test15 (the City of Toronto's listings, helper
cats15) where an orchestra's programme ("Obsessions Unraveled" by "Orchestra Toronto"), a venue's folk and live-music
nights titled by the act, and a "Christian Music Festival" were read as arts_culture, markets_fairs or family_kids.

The rules: an ensemble's name as the organizer (orchestra, choir, concert band…) and a description that names two
different musicians' cues (a songwriter, a fiddle, an album, live music…) decide music as a description's rule; a title
"… Music/Jazz/Folk/Blues Festival" decides music. They refuse: an opera's or a theatre's chorus, an orchestra's gala or
a choir's workshop, one passing cue ("live music" at a wine festival), a stage show or a film about a musician, a
festival of music and something else, a family's music festival, and a title whose own rule decides. And test14's
wedding fair, which its helper left (rules_shows.py: a wedding or bridal fair, show or expo in a title is
markets_fairs; not "Wedding Showcase", "Wedding Fairy", "The Wedding Singer")."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules import RULES
from events.pipeline.categorize.rules_music_nights import MIXED_FESTIVALS, MUSIC_NIGHT_RULE_TABLE
from events.pipeline.categorize.rules_musicians import (
    ENSEMBLE_TAG,
    MUSICIANS_TAG,
    ensemble_hits,
    musician_cues,
    musician_hits,
)
from events.pipeline.categorize.rules_shows import SHOW_RULE_TABLE


def one(title, description=None, organizer=None):
    return categorize_batch([{"title": title, "description": description, "organizer": organizer}])[0]


def test_the_festival_table_is_read():
    phrases = {phrase for rule in RULES for phrase in rule.phrases}
    assert all(set(row[3]) <= phrases for row in MUSIC_NIGHT_RULE_TABLE)
    assert "bbq & blues festival" in MIXED_FESTIVALS
    assert "family music festival" in MIXED_FESTIVALS


@pytest.mark.parametrize(
    ("title", "organizer"),
    [
        ("Obsessions Unraveled", "Orchestra Quorvane"),
        ("Winter Songs", "Harbour Chamber Choir"),
        ("Spring Awakening", "Quorvane Youth Chorale"),
        ("Celebrate the Coast", "Lakeside Concert Band"),
        ("Evensong Favourites", "St. Quorvane Choristers"),
    ],
)
def test_an_ensembles_programme_is_a_concert(title, organizer):
    result = one(title, organizer=organizer)
    assert (result.category, result.method) == ("music", "rules")
    assert ENSEMBLE_TAG in result.tags


@pytest.mark.parametrize(
    ("title", "organizer"),
    [
        # A show's company: its orchestra or chorus plays the show.
        ("La Quorvane", "Quorvane Opera Chorus"),
        ("The Nutcracker", "Quorvane Ballet Orchestra"),
        # An occasion any group holds, a teaching format.
        ("Annual Fundraiser Gala", "Orchestra Quorvane"),
        ("Vocal Workshop with Ana Quorvane", "Upper Quorvane Choristers"),
        # No ensemble's word: a band of volunteers, a chorus line is no organizer's word here.
        ("Spring Awakening", "Band Together Quorvane"),
    ],
)
def test_an_ensemble_refuses_shows_occasions_and_classes(title, organizer):
    assert ensemble_hits({"title": title}, organizer) == []


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Thursday Night Gems with Ana Quorvane",
            "Ana Quorvane is a songwriter passionate about traditional folk music and an old-time fiddle player.",
        ),
        (
            "Rosewood Revival with Bel Quorvane",
            "Come experience an intimate night of live music with four of the best musicians in town.",
        ),
        ("Bandura on the Boulevard", "A show featuring the bandurist Mariia Quorvane and her duo."),
        (
            "Quorvane and Friends",
            "The trio returns with Ana Quorvane on bass, Li Quorvane on drums and songs from their new album.",
        ),
    ],
)
def test_a_description_that_presents_musicians_is_a_concert(title, description):
    result = one(title, description)
    assert (result.category, result.method) == ("music", "rules")
    assert MUSICIANS_TAG in result.tags


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # One passing cue.
        ("Wine Fest Quorvane", "Enjoy curated wines, gourmet food pairings, live music and talks with winemakers."),
        ("Harbour Photography Show", "Photographs by Ana Quorvane, a photographer and musician from the coast."),
        # A stage show or a screen about musicians.
        (
            "The Wasteland",
            "A full theatre production combining dance, live music and aerial arts; the musicians play folk and punk.",
        ),
        ("Sound of the Coast", "A documentary about the singer-songwriter Ana Quorvane and her fiddle."),
        # An occasion, a teaching format in the title.
        ("Spring Gala", "Dinner, live music by pianist Ana Quorvane and a silent auction."),
        ("Banjo Class for Beginners", "Learn the banjo with the songwriter Ana Quorvane."),
    ],
)
def test_musician_cues_refuse_passing_mentions_and_shows(title, description):
    assert musician_hits({"title": title, "description": description}) == []


def test_cues_are_counted_once_each():
    assert musician_cues("live music, live music and more live music") == {"live music"}
    assert musician_cues("a singer-songwriter and multi-instrumentalist") == {"songwriter", "instrumentalist"}


def test_a_title_rule_outvotes_the_musicians():
    # A jazz brunch is music by its own title; a kids' concert stays contested with family_kids as before.
    result = one("Stand-up Comedy Night", "Hosted by a songwriter and a guitarist who tell jokes about their album.")
    assert result.category == "comedy"


@pytest.mark.parametrize(
    "title",
    ["Christian Music Festival", "Summer Music Festival", "Riverside Jazz Festival", "Quorvane Folk Festival"],
)
def test_a_festival_named_for_its_music_is_music(title):
    result = one(title)
    assert (result.category, result.method) == ("music", "rules")


@pytest.mark.parametrize(
    "title",
    ["Film & Music Festival", "Music and Arts Festival", "BBQ & Blues Festival", "Family Music Festival",
     "Folk Dance Festival"],
)  # fmt: skip
def test_a_festival_of_music_and_something_else_stays_with_the_model(title):
    assert one(title).method != "rules" or one(title).category != "music"


@pytest.mark.parametrize("title", ["Bridal Show", "Wedding Expo 2025", "Spring Wedding Fair at Quorvane Hall"])
def test_a_wedding_fair_is_a_fair(title):
    # test14's "a wedding fair" (its label table: markets_fairs), left by helper cats19 (rules_shows.py).
    result = one(title)
    assert (result.category, result.method) == ("markets_fairs", "rules")
    assert "wedding-fair" in result.tags


@pytest.mark.parametrize("title", ["The Wedding Singer", "Wedding Showcase Dinner", "Wedding Fairy Tales for Kids"])
def test_a_wedding_look_alike_is_no_fair(title):
    assert "wedding-fair" not in one(title).tags


def test_the_show_table_is_read():
    phrases = {phrase for rule in RULES for phrase in rule.phrases}
    assert all(set(row[3]) <= phrases for row in SHOW_RULE_TABLE)
