"""left45: the items the last sessions noticed and left (the log's "Read-through of the day's merge (lead, after
review59)", "Left44", "Read-through 59 …"). Each test fails on b2237084 without its mend; hard negatives beside it."""

from __future__ import annotations

import pytest

from sources.adapters._page_abbreviations import abbreviation_dot
from tests.sources.test_left44 import opened  # a line under a date: its title and place

# 3. A title's abbreviation as it is written: "the Rep." with no name after it is a place's name, lower-case English
#    titles are words (``_page_abbreviations``) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19:30 Hamlet at the Rep. Tickets from the box office", ("Hamlet", "the Rep")),
        ("19:30 Quiz at the Gov. Teams of four", ("Quiz", "the Gov")),
    ],
)
def test_a_persons_title_after_the_with_no_name_after_it_ends_the_sentence(text, expected):
    assert opened(text) == expected


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Talk by the sales rep. Tickets at the door", 21),  # an English title in lower case is a word
        ("Meet at 3rd st. Parking on site", 14),
        ("at the Rep. Free entry", 10),
    ],
)
def test_a_lower_case_english_title_or_a_place_after_the_ends_the_sentence(text, index):
    assert text[index] == "."
    assert not abbreviation_dot(text, index)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("at the Dr. Phillips Center", 9),  # capitalised words run on: a name follows
        ("at the Dr. Martin Luther King Jr. Library", 9),  # a given name follows
        ("by the Rev. Jones", 10),  # a clergyman's title follows "the"
        ("at the St. Regis", 9),  # a saint's in a place's name
        ("at the Mt. Hood Inn", 9),
        ("by Dr. Jones", 5),  # no "the": as before
        ("The Hon. Member", 7),
        ("il dott. Rossi", 7),  # written in lower case in its language
        ("prof. dr. ir. Jansen", 12),
        ("el lic. Pérez", 6),
        ("ST. MARY'S HALL", 2),  # in capitals, as before
    ],
)
def test_a_title_before_a_name_still_holds_its_dot(text, index):
    assert text[index] == "."
    assert abbreviation_dot(text, index)


def test_a_title_before_a_name_after_the_reads_as_one_sentence():
    assert opened("19:30 Gala at the Dr. Phillips Center. Tickets at the door") == (
        "Gala",
        "the Dr. Phillips Center",
    )
