"""Read-through 58's JSON, feed and name findings, mended (helper mend58b); each test fails on main 846fa231
without its mend, with hard negatives beside it. Dates 2031+.

1. A town whose first word is a given name ("Ann Arbor", "Stanley Crook") is no person, and a hall or church named
   for a queen, a prince or a virtue ("Albert Hall", "Grace Church") is a venue (``_given_names``).
2. A schema.org Schedule's own frequency ("P2W", "P1M" with "byMonthWeek") is kept in its rule, not read as every
   week (``_json_weekday_runs``).
3. The host's address is the event's when the record names no place of its own (``_json_organiser_parts``).
4. An hour said in words ("Open Mic at Eight") is no venue (``_feed_slug_place``).
"""

from __future__ import annotations

from sources.adapters._feed_slug_place import slug_place

LINK = "https://campus.example/event/open-mic"


# 4. An hour in words ------------------------------------------------------------------------------------------------


def test_an_hour_in_words_is_no_venue() -> None:
    assert slug_place("Open Mic at Eight", LINK) == ("Open Mic at Eight", None, None, None)
    assert slug_place("Open Mic at Half Past Seven", LINK)[1] is None


def test_a_venue_named_with_a_number_word_is_still_the_venue() -> None:
    assert slug_place("Open Mic at Eight Bells", LINK)[:2] == ("Open Mic", "Eight Bells")
    assert slug_place("Open Mic at The Nine Tailors", LINK)[:2] == ("Open Mic", "The Nine Tailors")
