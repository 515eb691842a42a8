"""The hundred-and-ninth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout109.json: a
badminton club's two league fixture lists, its social page, and a hard negative, its "What, When & Where" page;
measured once at 5f2fb2a1), on small documents of our own:

* Each fixture list is a "Date | Team | H/A | Time | W/L | Score" table whose times are dotted ("19.40"). The rows
  were found on their days but all day: on an English page no bare dotted time is read, even beside a date ("Tickets
  at 12.50" is a price). Under a column whose header names times the whole cell is the row's time
  (``_page_time_column``), unless the header says its times are results or lengths, or the time is off the
  five-minute mark ("12.47": a race's minutes and seconds), or the cell says more than its time.
* The social page's outings ("Curry Night Friday 12th October 2012") were found all day and nowhere: their time and
  place are in the sentence under the dated line ("We are meeting at Wetherspoons (top of town) at 19.00hrs …").
  The sentence's first time said with "at" is the outing's, "19.00hrs" too, and its "at" place of capitalised words
  the outing's place (``_page_sentence_times``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_sentence_times import AT_HOURS, AT_PLACE
from sources.adapters._page_time_column import DOTTED_CELL, RESULT_HEADER
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
read_uk = functools.partial(
    read_page,
    url="https://shuttles.example/fixtures",
    zone=LONDON,
    start=dt.datetime(2031, 8, 1, 9),  # noqa: DTZ001
)


def fixtures(rows: list[tuple[str, str, str, str]], *, time_header: str = "Time") -> str:
    cells = "".join(
        f"<tr class='fixtureinfo'><td>{day}</td><td>{team}</td><td>{side}</td><td>{clock}</td><td>&nbsp;</td>"
        "<td>&nbsp;</td></tr>"
        for day, team, side, clock in rows
    )
    return (
        "<html><head><title>Riverside Badminton Club</title></head><body><table><tr><td class='heading'>Riverside "
        "<span>League Fixtures</span></td></tr><tr><td><span>Open A</span><br><span>Division 1</span><br>"
        "<span>Season 2031/32</span></td><td><table border='1'><tr class='fixtureheading'><td> Date</td>"
        f"<td>Team</td><td>H/A</td><td>{time_header}</td><td>W/L</td><td>Score</td></tr>{cells}</table></td></tr>"
        "</table></body></html>"
    )


SEASON = [
    ("Tue 16.09.31", "Kingsmead Mens", "Home", "19.40"),
    ("Mon 13.10.31", "Ashford Mens A", "Away", "20.30"),
    ("Thu 06.11.31", "Weyford Mens A", "Away", "19.15"),
]


def starts(events: list[dict]) -> dict[str, str]:
    return {event["title"]: str(event["start"]) for event in events}


def test_a_fixture_lists_dotted_times_under_its_time_column_are_the_matches_times():
    assert starts(read_uk(fixtures(SEASON))) == {
        "Kingsmead Mens": "2031-09-16T19:40:00+01:00",
        "Ashford Mens A": "2031-10-13T20:30:00+01:00",
        "Weyford Mens A": "2031-11-06T19:15:00+00:00",
    }


def test_a_range_of_dotted_times_gives_the_end_too():
    rows = [("Tue 16.09.31", "Kingsmead Mens", "Home", "19.30 - 22.00"), ("Tue 14.10.31", "Ashford Mens A", "Home", "")]
    event = next(event for event in read_uk(fixtures(rows)) if event["title"] == "Kingsmead Mens")
    assert str(event["start"]) == "2031-09-16T19:30:00+01:00"
    assert str(event["end"]) == "2031-09-16T22:00:00+01:00"


@pytest.mark.parametrize(
    ("clock", "header"),
    [
        ("12.47", "Time"),  # off the five-minute mark: a race's minutes and seconds
        ("19.40", "Finish time"),  # the header says the times are results
        ("19.40", "Best Time"),
        ("19.40 €", "Time"),  # the cell says more than its time: a price
        ("£19.40", "Time"),
        ("19.40", "Opponent"),  # no time column at all
    ],
)
def test_a_dotted_number_that_is_no_time_of_day_leaves_the_match_all_day(clock: str, header: str):
    rows = [("Tue 16.09.31", "Kingsmead Mens", "Home", clock), ("Tue 14.10.31", "Ashford Mens A", "Home", clock)]
    events = read_uk(fixtures(rows, time_header=header))
    assert sorted(str(event["start"]) for event in events) == ["2031-09-16", "2031-10-14"], events


def test_the_patterns_take_only_a_whole_cell_of_time():
    assert DOTTED_CELL.fullmatch("19.40")
    assert DOTTED_CELL.fullmatch("19.30–21:00")
    assert DOTTED_CELL.fullmatch("19.00hrs")
    assert not DOTTED_CELL.fullmatch("19.40 pm extra")
    assert not DOTTED_CELL.fullmatch("24.10")
    assert not DOTTED_CELL.fullmatch("16.09.31")
    assert RESULT_HEADER.search("Lap time")
    assert RESULT_HEADER.search("Results")
    assert not RESULT_HEADER.search("Kick-off time")
    assert not RESULT_HEADER.search("Start")


read_social = functools.partial(
    read_page,
    url="https://shuttles.example/social",
    zone=LONDON,
    start=dt.datetime(2031, 9, 1, 9),  # noqa: DTZ001
)


def social(*items: tuple[str, str]) -> str:
    body = "".join(
        f"<span class='newsheading'><br><img src='x.jpg'><br>{head}</span><br>{say}<br>" for head, say in items
    )
    return (
        "<html><head><title>Riverside Badminton Club</title></head><body><table><tr><td><span class='heading'>"
        f"Riverside Social</span></td></tr><tr><td><p class='newsinfo'>{body}</p></td></tr></table></body></html>"
    )


OUTINGS = (
    (
        "Curry Night Friday 10th October 2031",
        "We are meeting at the Crown (top of town) at 19.00hrs before going on "
        "to Tuli's for a curry at 20.00 hrs. See you there!",
    ),
    (
        "Quiz Night Sunday 28th September 2031",
        "Club Quiz Night at 20.00hrs at the Portsmouth Arms in Hatchwarren. Get your thinking caps on!",
    ),
)


def test_an_outings_time_and_place_come_from_the_sentence_under_its_dated_line():
    found = {event["title"]: (str(event["start"]), event["venue_name"]) for event in read_social(social(*OUTINGS))}
    assert found == {
        "Curry Night": ("2031-10-10T19:00:00+01:00", "Crown"),
        "Quiz Night": ("2031-09-28T20:00:00+01:00", "Portsmouth Arms, Hatchwarren"),
    }


@pytest.mark.parametrize(
    "say",
    [
        "Bookings close at 17.00hrs, so be quick.",  # a closing hour
        "Doors 19.00 and a curry after, see you there.",  # no "at" before the time
        "More details of this popular annual club outing soon.",  # no time
        "At 19.00 sharp on 3rd October 2031 we meet.",  # a date in the sentence: another day's line
    ],
)
def test_a_sentence_that_gives_no_start_leaves_the_outing_all_day_and_unplaced(say: str):
    events = read_social(social(("Curry Night Friday 10th October 2031", say), OUTINGS[1]))
    curry = [event for event in events if event["title"] == "Curry Night"]
    assert [str(event["start"]) for event in curry] == ["2031-10-10"], events
    assert curry[0]["venue_name"] is None


def test_a_day_or_a_season_after_at_is_no_place():
    events = read_social(
        social(("Carol Night Friday 19th December 2031", "Singing at Christmas at 19.30hrs, all welcome."), OUTINGS[1])
    )
    carol = next(event for event in events if event["title"] == "Carol Night")
    assert str(carol["start"]) == "2031-12-19T19:30:00+00:00"
    assert carol["venue_name"] is None


def test_the_sentence_patterns():
    assert AT_HOURS.search("meet at 19.00hrs before")
    assert AT_HOURS.search("at 1930hrs")
    assert not AT_HOURS.search("at 19.00 before")
    assert AT_PLACE.search("at the Portsmouth Arms in Hatchwarren.").group("town") == "Hatchwarren"
    assert not AT_PLACE.search("meet at noon")


@pytest.mark.parametrize(
    ("say", "start", "place"),
    [
        # the place said in another sentence than the time is none (a ticket seller)
        ("Booking at Ticketmaster. Doors open at 19.00hrs.", "2031-11-14T19:00:00+00:00", None),
        # a closing word in another clause before the time does not void it
        ("Please reply by email, we meet at 19.00hrs at the Crown.", "2031-11-14T19:00:00+00:00", "Crown"),
        # "Carriages at" is when a ball ends: no start from it
        ("Carriages at 01.00hrs; dress code black tie.", "2031-11-14", None),
    ],
)  # the lead's read-through of pages109's rule
def test_a_sentences_place_and_closing_words_count_only_in_the_times_own_sentence(say, start, place):
    outings = (("Quiz Night Friday 14th November 2031", say), OUTINGS[0])
    quiz = [event for event in read_social(social(*outings)) if event["title"] == "Quiz Night"]
    assert [(str(event["start"]), event["venue_name"]) for event in quiz] == [(start, place)]
