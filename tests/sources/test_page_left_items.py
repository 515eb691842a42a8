"""Misreadings earlier batches left (docs/real-world-sources-log.md, "Left items from earlier batches, pages"), each on a
small document of our own that the page reader misread before its rule:

1. a range past midnight ends the next morning ("8:00 PM to 2:00 AM", "22:00–04:00"), or on the day it names ("Wed
   7th 18:30 – Thu 8th 7:30"): it had no end (_page_dates.overnight, _page_end_words.days_named);
2. an end's word on the date's own line ("19:00, Ende 22:00", "7pm, ends 10pm", "19h, fin 22h") gives the end
   (_page_dates.find_clock);
3. a place is never a line that says only when (a "Venue" label joined to the date under it) (_page_not_places);
4. a remark after a date ("Doors Open", "Free Entry", "Tickets on sale now") is no place, and a status word there
   is the card's status (_page_not_places);
5. "Time TBD", "Time: TBA", "Uhrzeit folgt" leave the event on its day, with no time filled in from elsewhere
   (_page_unknown_times);
6. a start's label ("Beginn", "Start", "Anpfiff") makes its time the start over a meeting's ("Treffen",
   "Treffpunkt", "Meeting point") (_page_time_lines, _page_doors.DOORS_BEFORE);
7. one table headed in another language makes its own slashed dates day first, not those of the page's English
   tables (_page_intl.day_first_tables).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import (
    _page_doors,
    _page_end_words,
    _page_not_places,
    _page_time_lines,
    _page_unknown_times,
)
from sources.adapters._page_dates import find_clock
from sources.adapters._page_intl import ENGLISH_PAGE
from sources.adapters._page_not_places import a_remark, says_only_when
from sources.adapters.base import RawEvent
from tests.hostile import module_patterns, superlinear_shape
from tests.sources.helpers import local_minute as local
from tests.sources.helpers import page_events

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
LONDON = zoneinfo.ZoneInfo("Europe/London")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def events_of(body: str, zone: zoneinfo.ZoneInfo, start: dt.datetime) -> list[RawEvent]:
    return page_events(body, zone=zone, start=start, base="https://club.example.org/events")


def read(body: str, zone: zoneinfo.ZoneInfo = LONDON, start: dt.date = dt.date(2027, 1, 1)) -> list[tuple]:
    events = events_of(body, zone, dt.datetime(start.year, start.month, start.day, tzinfo=zone))
    return [(event.title, local(event.start, zone), local(event.end, zone)) for event in events]


def cards(items: list[tuple[str, str, str]], lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><body><h1>Events</h1>"
        + "".join(
            f'<article class="event"><h3><a href="/e/{index}">{title}</a></h3><p>{when}</p>{more}</article>'
            for index, (title, when, more) in enumerate(items)
        )
        + "</body></html>"
    )


# --- 1. past midnight --------------------------------------------------------------------------------------------
def test_a_range_past_midnight_ends_the_next_morning_on_cards() -> None:
    body = cards(
        [
            ("Night Walk", "Saturday, October 9, 2027", "<p>8:00 PM to 2:00 AM</p>"),
            ("Quiz", "Friday, October 15, 2027", "<p>7:00 PM to 9:00 PM</p>"),
            ("Rave", "Sat 16.10.2027", "<p>22:00–04:00</p>"),
        ]
    )
    assert read(body) == [
        ("Night Walk", "2027-10-09 20:00", "2027-10-10 02:00"),
        ("Quiz", "2027-10-15 19:00", "2027-10-15 21:00"),
        ("Rave", "2027-10-16 22:00", "2027-10-17 04:00"),
    ]


def test_a_range_past_midnight_on_schedule_lines_and_in_a_table() -> None:
    lines = (
        "<html><body><h1>Club nights</h1><ul><li>Sat Oct 9, 2027 10:00 PM - 4:00 AM Warehouse Party</li>"
        "<li>Sat Oct 16, 2027 7:00 PM - 9:00 PM Film Club</li><li>Fri Oct 22, 2027 22:00–04:00 Techno Night</li>"
        "</ul></body></html>"
    )
    assert read(lines) == [
        ("Warehouse Party", "2027-10-09 22:00", "2027-10-10 04:00"),
        ("Film Club", "2027-10-16 19:00", "2027-10-16 21:00"),
        ("Techno Night", "2027-10-22 22:00", "2027-10-23 04:00"),
    ]
    table = (
        "<html><body><h1>Schedule</h1><table><tr><th>Date</th><th>Time</th><th>Event</th></tr>"
        "<tr><td>10/09/2027</td><td>8:00 PM to 2:00 AM</td><td>Night Walk</td></tr>"
        "<tr><td>10/16/2027</td><td>7:00 PM to 9:00 PM</td><td>Quiz</td></tr></table></body></html>"
    )
    assert read(table, NEW_YORK) == [
        ("Night Walk", "2027-10-09 20:00", "2027-10-10 02:00"),
        ("Quiz", "2027-10-16 19:00", "2027-10-16 21:00"),
    ]


def test_a_range_that_names_its_days_ends_on_the_day_it_names() -> None:
    under_heading = (
        "<html><body><h1>Programme</h1><h2>Wednesday, October 6, 2027</h2><p>Klubnacht</p>"
        "<p>Wed 6th 18:30 – Thu 7th 7:30</p><h2>Friday, October 8, 2027</h2><p>Concert</p><p>20:00</p></body></html>"
    )
    assert read(under_heading)[0] == ("Klubnacht", "2027-10-06 18:30", "2027-10-07 07:30")
    one_page = (
        "<html><head><title>Weekender</title></head><body><h1>Weekender</h1><p>Saturday, October 30, 2027</p>"
        "<p>Sat 30th 23:00 – Mon 1st 8:00</p></body></html>"
    )
    assert read(one_page) == [("Weekender", "2027-10-30 23:00", "2027-11-01 08:00")]  # the month turns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8:00 PM to 2:00 AM", (dt.time(20), dt.time(2), 0)),
        ("22:00–04:00", (dt.time(22), dt.time(4), 0)),
        ("12:30 - 1:30", (dt.time(12, 30), None, 0)),  # no afternoon written: not past midnight
        ("9:00 - 5:00", (dt.time(9), None, 0)),
        ("Wed 6th 18:30 – Thu 7th 7:30", (dt.time(18, 30), dt.time(7, 30), 1)),
        ("Sat 23:00 - Sun 06:00", (dt.time(23), dt.time(6), 1)),
        ("Wed 6th 18:30 – Fri 7th 7:30", (dt.time(18, 30), None, 0)),  # the weekdays and days disagree
    ],
)
def test_overnight_clocks(text: str, expected: tuple) -> None:
    found = find_clock(text)
    assert found is not None
    assert (found.start, found.end, found.days) == expected


# --- 2. an end's word on the date's own line -----------------------------------------------------------------------
def test_an_end_word_on_the_dates_line_is_the_end() -> None:
    german = cards([("Konzert", "Sa 09.10.2027, 19:00, Ende 22:00", ""), ("Lesung", "Fr 15.10.2027, 20:00", "")], "de")
    assert read(german, BERLIN)[0] == ("Konzert", "2027-10-09 19:00", "2027-10-09 22:00")
    french = cards([("Concert", "samedi 9 octobre 2027, 19h, fin 22h", ""), ("Bal", "vendredi 15 octobre 2027", "")])
    french = french.replace("lang='en'", "lang='fr'")
    assert read(french, BERLIN)[0] == ("Concert", "2027-10-09 19:00", "2027-10-09 22:00")
    lines = (
        "<html><body><h1>Events</h1><ul><li>October 9, 2027, 7pm, ends 10pm: Gig</li>"
        "<li>October 16, 2027, 7pm: Quiz</li></ul></body></html>"
    )
    assert read(lines) == [("Gig", "2027-10-09 19:00", "2027-10-09 22:00"), ("Quiz", "2027-10-16 19:00", None)]


def test_another_languages_end_word_is_no_end_on_an_english_page() -> None:
    token = ENGLISH_PAGE.set(True)  # on an English page "fin" is a word of its own
    try:
        english = find_clock("7 pm, fin 9 pm")
    finally:
        ENGLISH_PAGE.reset(token)
    other = find_clock("7 pm, fin 9 pm")
    assert english is not None
    assert other is not None
    assert (english.end, other.end) == (None, dt.time(21))


# --- 3. a place is never a date line -------------------------------------------------------------------------------
def test_a_venue_label_over_the_date_gives_no_date_as_the_place() -> None:
    single = (
        "<html><head><title>Gig</title></head><body><h1>The Quartet</h1><div><h4>Venue</h4>"
        "<h4>Sat 13th Mar 2027, 8:00pm</h4><h4>The Flowerpot</h4></div></body></html>"
    )
    events = events_of(single, LONDON, dt.datetime(2027, 1, 1, tzinfo=LONDON))
    assert [(event.title, event.venue_name) for event in events] == [("The Quartet", "The Flowerpot")]
    listed = (
        "<html><body><h1>Events</h1><article><h3>The Quartet</h3><div><span>Venue</span> "
        "<span>Sat 13th Mar 2027, 8:00pm</span></div></article><article><h3>The Trio</h3><div><span>Venue</span> "
        "<span>Sat 20th Mar 2027, 8:00pm</span></div></article></body></html>"
    )
    events = events_of(listed, LONDON, dt.datetime(2027, 1, 1, tzinfo=LONDON))
    assert [event.venue_name for event in events] == [None, None]


@pytest.mark.parametrize(
    ("text", "only_when"),
    [
        ("Sat 14th Mar 2026, 8:00pm", True),
        ("Saturday, March 14, 2026 at 8:00 pm", True),
        ("19:00 - 22:00", True),
        ("The Flowerpot", False),
        ("Town Hall, 7pm", False),
        ("Room 3", False),
    ],
)
def test_says_only_when(text: str, only_when: bool) -> None:
    assert says_only_when(text) is only_when


# --- 4. remarks and statuses after a date --------------------------------------------------------------------------
def test_a_remark_after_a_cards_date_is_no_place_and_a_status_is_the_status() -> None:
    body = cards(
        [
            ("Jazz", "13.03.2027, Doors Open", ""),
            ("Folk", "20.03.2027, Free Entry", ""),
            ("Blues", "27.03.2027, Tickets on sale now", ""),
            ("Rock", "03.04.2027, Abgesagt", ""),
            ("Pop", "10.04.2027, Stadthalle", ""),
        ],
        "de",
    )
    events = events_of(body, BERLIN, dt.datetime(2027, 1, 1, tzinfo=BERLIN))
    assert [(event.title, event.venue_name, event.status) for event in events] == [
        ("Jazz", None, "scheduled"),
        ("Folk", None, "scheduled"),
        ("Blues", None, "scheduled"),
        ("Rock", None, "cancelled"),
        ("Pop", "Stadthalle", "scheduled"),
    ]
    english = cards([("Jazz", "Sat 13 Mar 2027, 8pm, Postponed", ""), ("Pop", "Sat 20 Mar 2027, 8pm, Town Hall", "")])
    events = events_of(english, LONDON, dt.datetime(2027, 1, 1, tzinfo=LONDON))
    assert [event.status for event in events] == ["postponed", "scheduled"]


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("Doors Open", True),
        ("Free Entry", True),
        ("Sold Out", True),
        ("Tickets on sale now", True),
        ("Eintritt frei", True),
        ("Cancelled", True),
        ("Stadthalle", False),
        ("The Free Trade Hall", False),
        ("Entrance Hall", False),
    ],
)
def test_a_remark(text: str, remark: bool) -> None:
    assert a_remark(text) is remark


# --- 5. a time not known yet ---------------------------------------------------------------------------------------
def test_time_tbd_leaves_the_day_only() -> None:
    lines = (
        "<html><body><h1>Meetings</h1><p>All meetings start at 7:00 PM.</p><ul><li>March 13, 2027 - Board meeting</li>"
        "<li>March 20, 2027 - Time TBD - Special meeting</li><li>March 27, 2027, Time TBA: Open house</li></ul>"
        "</body></html>"
    )
    assert read(lines) == [
        ("Board meeting", "2027-03-13 19:00", None),
        ("Special meeting", "2027-03-20", None),
        ("Open house", "2027-03-27", None),
    ]
    single = (
        "<html><head><title>Star party</title></head><body><h1>Star party</h1><p>Date: Saturday, March 13, 2027</p>"
        "<p>Time: TBD</p><p>Doors open at 12 noon for setup.</p></body></html>"
    )
    assert read(single) == [("Star party", "2027-03-13", None)]
    german = (
        "<html lang='de'><head><title>Sommerfest</title></head><body><h1>Sommerfest</h1>"
        "<p>Samstag, 13.03.2027 – Uhrzeit folgt</p><p>Bürozeiten 9:00 - 17:00</p></body></html>"
    )
    assert read(german, BERLIN) == [("Sommerfest", "2027-03-13", None)]


@pytest.mark.parametrize(
    ("text", "not_yet"),
    [("Time TBD", True), ("Time: TBA", True), ("Uhrzeit folgt", True), ("Heure à confirmer", True), ("TBD", False)],
)
def test_time_not_yet(text: str, not_yet: bool) -> None:
    assert bool(_page_unknown_times.time_not_yet(text)) is not_yet


# --- 6. the start's label over a meeting's -------------------------------------------------------------------------
def test_a_starts_label_wins_over_a_meetings() -> None:
    panels = "".join(
        f'<div class="panel"><h3>{title}</h3><p>{day}</p><table><tr><td>Treffen</td><td>{meet}</td></tr>'
        f"<tr><td>Beginn</td><td>{start}</td></tr><tr><td>Ende</td><td>{end}</td></tr></table></div>"
        for title, day, meet, start, end in (
            ("Punktspiel", "Sa 17.07.2027", "17:00", "17:30", "19:30"),
            ("Training", "Mo 19.07.2027", "18:45", "19:00", "20:30"),
        )
    )
    body = f"<html lang='de'><body><h1>Termine</h1>{panels}</body></html>"
    assert read(body, BERLIN) == [  # the "Ende" row below is the end
        ("Punktspiel", "2027-07-17 17:30", "2027-07-17 19:30"),
        ("Training", "2027-07-19 19:00", "2027-07-19 20:30"),
    ]
    lines = (
        "<html lang='de'><body><h1>Spielplan</h1><ul><li>So 18.07.2027, Treffpunkt 13:00 Uhr, Anpfiff 15:00 Uhr: "
        "FC Nord - SV Süd</li><li>So 25.07.2027, Treffen 12:30, Anpfiff 14:00: SV Süd - FC Nord</li></ul></body></html>"
    )
    assert read(lines, BERLIN) == [
        ("FC Nord - SV Süd", "2027-07-18 15:00", None),
        ("SV Süd - FC Nord", "2027-07-25 14:00", None),
    ]
    card_lines = (
        "<html lang='de'><body><h1>Termine</h1><article><h3>Punktspiel</h3><p>Sa 17.07.2027</p><p>Treffen: 17:00</p>"
        "<p>Beginn: 17:30</p></article><article><h3>Training</h3><p>Mo 19.07.2027, Treffen 18:45, Beginn 19:00, "
        "Ende 20:30</p></article></body></html>"
    )
    assert read(card_lines, BERLIN) == [
        ("Punktspiel", "2027-07-17 17:30", None),
        ("Training", "2027-07-19 19:00", "2027-07-19 20:30"),
    ]
    english = (
        "<html><head><title>Hike</title></head><body><h1>Hike</h1><p>Saturday, July 17, 2027</p>"
        "<p>Meeting point: 8:30 AM at the car park</p><p>Start: 9:00 AM</p></body></html>"
    )
    assert read(english) == [("Hike", "2027-07-17 09:00", None)]


def test_a_meetings_time_alone_is_still_the_start() -> None:
    body = (
        "<html lang='de'><body><h1>Termine</h1><article><h3>Training</h3><p>Sa 17.07.2027</p><p>Treffen</p>"
        "<p>17:00</p></article><article><h3>Spiel</h3><p>So 18.07.2027</p><p>Einlass</p><p>19:00 Uhr</p></article>"
        "</body></html>"
    )
    assert read(body, BERLIN) == [("Training", "2027-07-17 17:00", None), ("Spiel", "2027-07-18", None)]


# --- 7. a table headed in another language beside one headed in English ----------------------------------------
ENGLISH_TABLE = (
    "<h2>Club meetings</h2><table><tr><th>Date</th><th>Event</th><th>Location</th></tr>"
    "<tr><td>10/08/2027</td><td>Board meeting</td><td>Town Hall</td></tr>"
    "<tr><td>11/05/2027</td><td>Annual meeting</td><td>Town Hall</td></tr></table>"
)
ITALIAN_TABLE = (
    "<h2>Camminate</h2><table><tr><th>Data</th><th>Titolo</th><th>Località</th></tr>"
    "<tr><td>10/08/2027</td><td>Camminata del lago</td><td>Como</td></tr>"
    "<tr><td>11/09/2027</td><td>Marcia dei colli</td><td>Varese</td></tr></table>"
)


def test_each_table_reads_its_slashed_dates_in_its_own_order() -> None:
    mixed = f"<html lang='en'><body><h1>Calendar</h1>{ENGLISH_TABLE}{ITALIAN_TABLE}</body></html>"
    assert [start for _, start, _ in read(mixed, NEW_YORK)] == ["2027-10-08", "2027-11-05", "2027-08-10", "2027-09-11"]
    italian = f"<html lang='en'><body><h1>Calendar</h1>{ITALIAN_TABLE}</body></html>"
    assert [start for _, start, _ in read(italian, NEW_YORK)] == ["2027-08-10", "2027-09-11"]  # as before


PATTERNS = {
    **module_patterns(_page_end_words, "_page_end_words."),
    **module_patterns(_page_not_places, "_page_not_places."),
    **module_patterns(_page_time_lines, "_page_time_lines."),
    **module_patterns(_page_unknown_times, "_page_unknown_times."),
    **module_patterns(_page_doors, "_page_doors."),
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


@pytest.mark.parametrize("shape", ["Wed 6th 18:30 – Thu 7th ", "19:00, Ende ", "Treffen 17:00, Beginn ", "Time "])
def test_find_clock_stays_linear_on_hostile_text(shape: str) -> None:
    from tests.hostile import superlinear

    assert superlinear(find_clock, lambda size: shape + " " * size + "x") is None
