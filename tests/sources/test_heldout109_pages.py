"""The hundred-and-ninth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout109.json: a
badminton club's two league fixture lists, its social page, and a hard negative, its "What, When & Where" page;
measured once at 5f2fb2a1), on small documents of our own:

* Each fixture list is a "Date | Team | H/A | Time | W/L | Score" table whose times are dotted ("19.40"). The rows
  were found on their days but all day: on an English page no bare dotted time is read, even beside a date ("Tickets
  at 12.50" is a price). Under a column whose header names times the whole cell is the row's time
  (``_page_time_column``), unless the header says its times are results or lengths, or the time is off the
  five-minute mark ("12.47": a race's minutes and seconds), or the cell says more than its time.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

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
