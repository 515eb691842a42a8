"""The categorizer's cheap pre-checks (perf38) give what the full reading gives: a text without a rule's trigger is
answered before its regular expressions or its word-by-word walk, and the answer is the one the walk gives. Each is
tried both ways: on texts that hold the trigger and fire, and on texts without it (or with it but no match)."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import model
from events.pipeline.categorize.rules_code_names import _CODE_MARKS, _JS_NAME, _LUG_NAME, _NODE_NAME, names_code
from events.pipeline.categorize.rules_musicians import musician_hits
from events.pipeline.categorize.rules_promoters import PRESENTING, promoter_split
from events.pipeline.categorize.rules_work_parties import WORK_FIRST_WORDS, WORK_WORDS, _names_work
from events.pipeline.categorize.tokens import words
from events.pipeline.categorize.venues import venue_prior
from events.pipeline.title_labels import without_title_label


def test_every_presenting_word_holds_the_trigger():
    assert all("sent" in word for word in PRESENTING)


@pytest.mark.parametrize(
    ("title", "split"),
    [
        ("Tawoos Presents: LMNL", ("Tawoos", "LMNL")),
        ("Quorvane PRÄSENTIERT Die Nacht", ("Quorvane", "Die Nacht")),
        ("Past and Present", None),  # "present" is no promoter's word
        ("Jazz Night", None),  # no trigger
        ("Sentinel Hike", None),  # the trigger inside another word
    ],
)
def test_promoter_split_both_ways(title, split):
    assert promoter_split(title) == split


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("C++ Toulouse : Création de modèle", True),
        ("C# et .NET 7", True),
        ("BeerJS Summer Edition", True),
        ("NodeBots Day", True),
        ("CLUG Meeting", True),
        ("Sonata in C# minor", False),  # a key, with the trigger "#"
        ("JS Bach Cantatas", False),  # "JS" alone
        ("Dr. Jones Lecture", False),  # "." with no ".NET"
        ("Harvest Festival", False),  # no trigger at all
    ],
)
def test_code_names_both_ways(title, named):
    assert names_code(title) is named


def test_each_code_name_pattern_needs_a_mark():
    # the joined names' patterns are case-sensitive and hold their mark literally
    assert "JS" in _JS_NAME.pattern
    assert "Node" in _NODE_NAME.pattern
    assert "LUG" in _LUG_NAME.pattern
    assert {"JS", "Node", "LUG"} <= set(_CODE_MARKS)


def test_work_first_words_are_the_works_first_words():
    assert {work[0] for work in WORK_WORDS} == WORK_FIRST_WORDS


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Busse Woods Workday", True),
        ("Heron Marsh Work Parties", True),
        ("Saturday Work Morning at the Preserve", True),
        ("Work Study Info Session", False),  # the first word, not the phrase
        ("Trail Run 10K", False),  # no first word
    ],
)
def test_names_work_both_ways(title, named):
    assert _names_work(title) is named


@pytest.mark.parametrize(
    ("title", "description", "fires"),
    [
        ("Rosewood Revival", "Songwriter Anna on guitar, with live music all night.", True),
        ("Folk", "Music hall songwriter evening.", True),
        # a phrase across the title's last word and the description's first ("live" | "music") counts, as before
        ("Evening Live", "Music with a fiddle player.", True),
        ("Wine Festival", "Tastings and live music.", False),  # one cue is a passing mention
        ("Film Night", "A documentary about a songwriter and her album.", False),  # a screen's
    ],
)
def test_musician_cues_read_the_title_then_the_description(title, description, fires):
    assert bool(musician_hits({"title": title, "description": description})) is fires
    assert words(f"{title}\n{description}") == [*words(title), *words(description)]


def test_venue_prior_is_the_same_for_the_same_name_in_any_record():
    first = venue_prior({"venue_name": "Lakeside Nature Center", "title": "A"})
    again = venue_prior({"venue_name": "Lakeside Nature Center", "title": "B", "description": "x"})
    assert first is not None
    assert first == again
    assert venue_prior({"venue_name": ""}) is None
    assert venue_prior({}) is None


@pytest.mark.parametrize(
    ("title", "tidy"),
    [
        ("Seminar Title: Hash functions [Video] [Slides]", "Hash functions"),
        ("TİTLE: A talk", "A talk"),  # the label's "i" read case-insensitively, dotted capital too
        ("Jazz Night  ", "Jazz Night"),  # no trigger: right-stripped, as the full reading leaves it
        ("Title IX: A History", "Title IX: A History"),
        ("Hamlet [Livestream]", "Hamlet [Livestream]"),
    ],
)
def test_title_label_both_ways(title, tidy):
    assert without_title_label(title) == tidy


def test_record_passes_are_one_table_in_their_order():
    names = [record_pass.__name__ for record_pass in model.RECORD_PASSES]
    order = ["volunteer_call_hits", "site_work_hits", "work_party_hits", "tool_place_hits", "titled_work_hits"]
    assert names[: len(order)] == order  # a new pass goes at the end, after pastime_hits
    assert "pastime_hits" in names
