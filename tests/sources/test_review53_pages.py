"""review53: the page rules that landed this session probed both ways (docs/review53-probes.md), on small documents of
our own read by the real extractor. What misfired and is mended here:

* ``_page_dates``' span: a day right after a colon ("Dates:6-8 March 2031") lost its span's first day to the rule
  that keeps a clock's minutes out of it ("19:30 - 9 Mar"); only a clock's minutes (a digit, then ":" or ".") are
  kept out now;
* ``_page_sentence_times``' closing words: an outing back again ("The quiz is back at 20.00hrs", "Bingo returning at
  19.30hrs", "Returning favourites … play at") lost its hour as if it were the way home; only the way home does
  ("We should be back at", "The coach returning at");
* its places: a time-of-day word first in a name ("the Sunset Bar", "Sunrise Community Centre", "the Twilight Lounge")
  and a pub named by a two-word time's first word ("the Full Moon", "the Half Moon", "the New Inn") gave no place;
  those words are no place only alone ("at Sunset", "at Sundown", "at Evensong") or as the time ("at Half Time",
  "at Low Tide", "at Full Moon").
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters._page_dates import find_dates
from tests.sources.test_review52_pages import curry  # review52's social page: the rule under review


def spans(text: str) -> list[tuple[dt.date, dt.date | None]]:
    return [(hit.date, hit.end_date) for hit in find_dates(text, year_hint=None, today=dt.date(2031, 1, 1))]


def test_a_spans_first_day_after_a_colon_reads_and_a_clocks_minutes_still_do_not() -> None:
    assert spans("Dates:6-8 March 2031") == [(dt.date(2031, 3, 6), dt.date(2031, 3, 8))]
    assert spans("Dates: 6-8 March 2031") == [(dt.date(2031, 3, 6), dt.date(2031, 3, 8))]
    # hard negatives: a clock's minutes, a version's second number
    assert spans("Sat 8 Mar 2031 19.30 - 9 Mar 2031") == [(dt.date(2031, 3, 8), None), (dt.date(2031, 3, 9), None)]
    assert spans("Sat 8 Mar 2031 19:30 - 9 Mar 2031") == [(dt.date(2031, 3, 8), None), (dt.date(2031, 3, 9), None)]
    assert spans("Version 2.6 - 8 March 2031") == [(dt.date(2031, 3, 8), None)]


@pytest.mark.parametrize(
    ("say", "start", "place"),
    [
        ("The quiz is back at 20.00hrs at the Swan, teams of four.", 20, "Swan"),
        ("Bingo is back at 19.00hrs in the clubhouse, eyes down!", 19, None),
        ("The monthly quiz returning at 20.00hrs at the Swan, all welcome.", 20, "Swan"),
        ("Returning favourites the Ukulele Band play at 20.00hrs at the Plough.", 20, "Plough"),
    ],
)
def test_an_outing_back_again_keeps_its_hour(say: str, start: int, place: str | None) -> None:
    assert curry(say) == (f"2031-10-10T{start}:00:00+01:00", place)


@pytest.mark.parametrize(
    "say",
    [
        "We should be back at 23.00hrs at the latest.",
        "We will get back at 23.00hrs, parents please collect.",
        "The coach returning at 23.30hrs drops off at the club.",
        "We return at 17.00hrs for tea and medals.",
        "Back home at 22.00hrs, so bring a torch.",
    ],
)
def test_the_way_home_is_still_no_start(say: str) -> None:
    assert curry(say) == ("2031-10-10", None)


@pytest.mark.parametrize(
    ("say", "place"),
    [
        ("We are meeting at 19.00hrs at the Full Moon in Oakley.", "Full Moon, Oakley"),
        ("We are meeting at 19.00hrs at the Half Moon for food.", "Half Moon"),
        ("We are meeting at 19.00hrs at the New Inn for food.", "New Inn"),
        ("Drinks at 19.00hrs at the Sunset Bar on the seafront.", "Sunset Bar"),
        ("Coffee morning at 19.00hrs at Sunrise Community Centre.", "Sunrise Community Centre"),
        ("Drinks at 19.00hrs at the Twilight Lounge in Oakley.", "Twilight Lounge, Oakley"),
    ],
)
def test_a_place_named_by_a_time_word_is_read(say: str, place: str) -> None:
    assert curry(say) == ("2031-10-10T19:00:00+01:00", place)


@pytest.mark.parametrize(
    "say",
    [
        "Night walk at 19.00hrs at Full Moon, torches needed.",
        "Presentation at Full Time at 19.00hrs, in the bar.",
        "Flag parade at Kick-Off at 19.00hrs, arrive early.",
        "Beach clean at 19.00hrs at Low Tide, gloves provided.",
        "Lantern walk at 19.00hrs at Sundown from the green.",
        "Choir sings at 19.00hrs at Evensong, all welcome.",
        "Raffle draw at 19.00hrs at Halftime, tickets £1.",
        "Party at 19.00hrs at New Year, all welcome.",
        "Meet at 19.00hrs at Sunset for a barbecue on the beach.",
    ],
)
def test_a_time_of_day_or_a_two_word_time_is_still_no_place(say: str) -> None:
    assert curry(say) == ("2031-10-10T19:00:00+01:00", None)
