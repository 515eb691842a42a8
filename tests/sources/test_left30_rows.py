"""Left30, two misreads review29 left (docs/real-world-sources-log.md, "Review of the session's rules … review29"):

* A day's parts right under its date ("Saturday 14 June 2031" / "Morning session: 10:00–12:30" / "Afternoon session:
  13:30–16:00") ended at 12:30: the reader of the lines under a date took the first part's hours before
  ``_page_day_parts`` (its last resort) was asked. When the line it takes names a part of the day, the parts' span is
  the event's (``_page_day_parts.part_span``). Not: one part alone, two parts at once (two tracks), opening hours.
* A film page whose rows are cells "Hall 1 | 14.06.2031 | 18:00" was titled by its halls: words on the date's own line
  were the row's title, never a hall (``_page_work_screenings``). A hall's or a room's word before a number or a
  letter is a hall there (``_hall_named``). Not: "Family Sunday | …" on an exhibition's page, a film "Annie Hall"
  on a cinema's page, "Day 2 | …".
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_single, _page_work_screenings
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 5, 20, tzinfo=LONDON)
read = functools.partial(read_page, url="https://studio.example/events/pottery", zone=LONDON, start=START)


def _spans(page: str) -> list[tuple[str, str, str | None]]:
    return [(event["title"], str(event["start"])[:16], str(event["end"])[11:16] or None) for event in read(page)]


# --- a day's parts right under its date ----------------------------------------------------------------------------
def _day(parts: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Pottery day | Studio Clay</title></head><body><h1>Pottery day</h1>"
        f"<p>Saturday 14 June 2031</p><p>Studio Clay, 4 Mill Lane, Bristol</p>{parts}<p>Bring an apron.</p></body></html>"
    )


@pytest.mark.parametrize(
    "parts",
    [
        "<ul><li>Morning session: 10:00–12:30</li><li>Afternoon session: 13:30–16:00</li></ul>",
        "<p><b>Morning session:</b> 10am–12.30pm<br><b>Afternoon session:</b> 1.30pm–4pm</p>",
        "<p>Vormittag: 10:00 - 12:30</p><p>Nachmittag: 13:30 - 16:00</p>",
    ],
)
def test_a_days_parts_under_its_date_give_its_span(parts: str) -> None:
    assert _spans(_day(parts)) == [("Pottery day", "2031-06-14T10:00", "16:00")]


def test_without_the_rule_the_first_part_was_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_single, "part_span", lambda lines, date_line, line: None)
    parts = "<ul><li>Morning session: 10:00–12:30</li><li>Afternoon session: 13:30–16:00</li></ul>"
    assert _spans(_day(parts)) == [("Pottery day", "2031-06-14T10:00", "12:30")]


@pytest.mark.parametrize(
    "parts",
    [
        "<p>Morning session: 10:00–12:30</p>",  # one part alone
        "<p>Morning session A: 10:00–12:30</p><p>Session 2: 11:00–13:00</p>",  # two tracks at once
        "<p>Opening hours: 10:00–18:00</p><p>Café: 11:00–16:00</p>",  # a place's hours name no part
        "<p>18:30 Doors open</p><p>Afternoon session: 13:30–16:00</p>",  # the line taken names no part
    ],
    ids=["one", "tracks", "hours", "doors"],
)
def test_lines_that_give_no_days_parts_read_as_before(parts: str, monkeypatch: pytest.MonkeyPatch) -> None:
    on = _spans(_day(parts))
    monkeypatch.setattr(_page_single, "part_span", lambda lines, date_line, line: None)
    assert on == _spans(_day(parts))


# --- a film page's rows of hall, date and time ----------------------------------------------------------------------
def _film(title: str, rows: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f"<div class='row'><span>{a}</span> | <span>{b}</span> | <span>{c}</span></div>" for a, b, c in rows
    )
    return (
        f"<html><head><title>{title} | Example Cinema</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<h1>{title}</h1><p>UK | 2031 | Drama | 104 min.</p><p>A film about walking.</p>"
        f"<div class='showings'>{items}</div></body></html>"
    )


HALLS = [("Hall 1", "14.06.2031", "18:00"), ("Hall 2", "14.06.2031", "20:30"), ("Hall 1", "15.06.2031", "18:00")]


def _placed(page: str) -> list[tuple[str, str, str | None]]:
    return [(event["title"], str(event["start"])[:16], event.get("venue_name")) for event in read(page)]


def test_rows_of_hall_date_and_time_are_the_films_screenings_at_those_halls() -> None:
    assert _placed(_film("The Long Walk", HALLS)) == [
        ("The Long Walk", "2031-06-14T18:00", "Hall 1"),
        ("The Long Walk", "2031-06-14T20:30", "Hall 2"),
        ("The Long Walk", "2031-06-15T18:00", "Hall 1"),
    ]


def test_without_the_rule_the_halls_titled_the_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_work_screenings, "_hall_named", lambda place: False)
    assert [title for title, _, _ in _placed(_film("The Long Walk", HALLS))] == ["Hall 1", "Hall 2", "Hall 1"]


@pytest.mark.parametrize(
    ("title", "rows"),
    [
        # an exhibition's page: its family days are the rows' titles
        ("Roman Bristol", [("Family Sunday", "14.06.2031", "11:00"), ("Family Sunday", "21.06.2031", "11:00")]),
        # a cinema's page of one season: a film named with a hall's word, no number
        ("Woody Allen Season", [("Annie Hall", "14.06.2031", "18:00"), ("Annie Hall", "15.06.2031", "20:30")]),
        # a festival's days
        ("Folk Weekend", [("Day 1", "14.06.2031", "11:00"), ("Day 2", "15.06.2031", "11:00")]),
    ],
    ids=["family-sunday", "annie-hall", "days"],
)
def test_other_words_on_the_dates_line_stay_the_rows_titles(
    title: str, rows: list[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    on = _placed(_film(title, rows))
    monkeypatch.setattr(_page_work_screenings, "_hall_named", lambda place: False)
    assert on == _placed(_film(title, rows))
