"""A comic's show described by its jokes, under a performer's billing (helper cats14, rules_humour.py). Found on the
dev split and the training corpus's held-out split: a magician-comic's act ("quirky humor, visual gags"), a sitcom
star's "observational jokes" at a concert hall and a correspondent's "touring hour" were read as music and
arts_culture. Texts of our own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules_humour import bills_a_performer


def result(record: dict[str, str]) -> tuple[str, str | None, str]:
    found = categorize_batch([record])[0]
    return found.category, found.subcategory, found.method


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Quorvane Teller: The Long Way Home Tour", "description": "An evening of observational jokes."},
        {"title": "Marlo Venn", "description": "Quirky humor, visual gags and sleight of hand.", "venue_name": "Telliph Showroom"},
        {"title": "Dez Orrin: Small Victories", "description": "The podcast host's touring hour at the Palace Theatre."},
        {"title": "Ilsa Marrow - Wunderkammer", "description": "Two hours of jokes about museums, at the Lyric Concert Hall."},
    ],
)  # fmt: skip
def test_a_performers_billing_with_jokes_is_a_comics_show(record):
    assert result(record) == ("comedy", "stand-up", "rules")


@pytest.mark.parametrize(
    ("record", "why"),
    [
        # The title names a kind of event the model knows: its own reading stays.
        ({"title": "Family Puppet Show", "description": "Songs, jokes and puppets for ages 3-8."}, "a puppet show"),
        ({"title": "Christmas Cracker Jokes Workshop", "description": "Write your own cracker jokes."}, "a workshop"),
        ({"title": "Quorvane Hill Magic Show", "description": "Tricks, jokes and balloon animals."}, "a magic show"),
        # Another rule fires in the title: it decides.
        ({"title": "Storytime for Toddlers", "description": "Stories, songs and silly jokes."}, "a storytime"),
        # Humour alone is a play's as often as a comic's: not one of the phrases.
        ({"title": "The Importance of Being Earnest", "description": "Wilde's comedy of manners, full of humour."},
         "a play"),
    ],
)  # fmt: skip
def test_jokes_elsewhere_decide_nothing(record, why):
    category, _, method = result(record)
    assert (category, method) != ("comedy", "rules"), why


def test_a_billing_is_a_few_names_before_the_shows_title():
    known = frozenset(("show", "puppet", "family", "workshop", "tour"))
    assert bills_a_performer("Tom Quill: Take It Down Tour", known)
    assert bills_a_performer("Marlo Venn", known)
    assert not bills_a_performer("Family Puppet Show", known)  # a kind of event
    assert not bills_a_performer("The Quorvane Valley Players Present Their Spring Revue", known)  # too long
    assert not bills_a_performer("an evening with friends", known)  # no names
    assert not bills_a_performer("Marlo Venn", None)  # a model without event words: no billing can be told
