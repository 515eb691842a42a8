"""The twenty-ninth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout29.json: measured
once at a905c88), each rule on a small document of our own:

1. a list of JavaScript object literals in a script (a calendar widget's "events: [{title: "…", start: "…"}]":
   unquoted keys, single-quoted strings, a trailing comma) is read as the JSON it would be (_page_js_literals), and
   a zero offset on times whose clock, as written, is the one each item states in a field of its own ("start":
   "…T20:00:00+0000" beside "showtime": "8PM") is a placeholder: the time is the wall clock;
2. a repeated card's variant ('entry alt clearfix' among 'entry sinclair clearfix' cards: the same first class, a
   dated sibling) is a card of the list too (_page_classes.class_variants);
3. an English weekday before two dotted numbers and no year ("Fri 9.18") is a date when the weekday falls on one
   reading of them near the reader's clock, as "Fri 7/3" is; not hours ("Sat 9.30 - 11.00", "10.15 Uhr");
4. a name-classed element holding another ("tw-event-name-container" around "tw-name", the supporting acts and the
   times) is named by the inner one (_page_classes.inner_name);
5. a card's line labelling the show's start ("Show: 9:00 PM") gives the time of a date written apart.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _page_js_literals, _page_weekday_numbers
from sources.adapters._page_js_literals import literal_json, literal_values, wall_clocks
from sources.adapters._page_lines import SHOW_LABEL, show_time_line
from sources.adapters._page_weekday_numbers import WEEKDAY_SLASHED, weekday_numbers_shaped, weekday_slashed_day
from sources.adapters.base import RawEvent
from tests.hostile import module_patterns, superlinear_shape
from tests.sources.helpers import parse_page

BOSTON = zoneinfo.ZoneInfo("America/New_York")
SEPTEMBER = dt.datetime(2026, 9, 10, tzinfo=BOSTON)


def events_of(body: str, start: dt.datetime = SEPTEMBER) -> list[RawEvent]:
    records = parse_page(body, zone=BOSTON, base="https://club.example.org/live-music/", start=start)
    return [record for record in records if isinstance(record, RawEvent)]


def local(moment: dt.date | None) -> str | None:
    if isinstance(moment, dt.datetime):
        return moment.astimezone(BOSTON).strftime("%Y-%m-%d %H:%M")
    return moment.isoformat() if moment else None


# --- 1. a calendar widget's events as JavaScript literals ---------------------------------------------------------
CALENDAR = """<html><body><div id="calendar"></div><script>
jQuery('#calendar').fullCalendar({
  events: [{title: "Harbour Folk Trio",start: "2026-09-16T20:00:00+0000",date: "2026-09-16",
            link: "https://club.example.org/live-music/events/harbour-folk-trio/",showtime: "8PM",
            button: '<a href="/tickets/1" class="tickets">Tickets</a>'},
           {title: 'The Lantern Duo',start: "2026-09-27T19:30:00+0000",date: "2026-09-27",
            link: "https://club.example.org/live-music/events/the-lantern-duo/",showtime: "7:30PM"},
  ],
});
</script></body></html>"""


def test_a_calendar_widgets_literal_events_are_read_at_their_wall_clock() -> None:
    found = sorted((local(event.start), event.title, event.url) for event in events_of(CALENDAR))
    assert found == [
        ("2026-09-16 20:00", "Harbour Folk Trio", "https://club.example.org/live-music/events/harbour-folk-trio/"),
        ("2026-09-27 19:30", "The Lantern Duo", "https://club.example.org/live-music/events/the-lantern-duo/"),
    ]


def test_a_literal_is_written_as_json() -> None:
    text = "x = [{a: 'it\\'s', b: \"q\\\"\", c: [1, -2.5e3, true, null,], d: {e: 'x'},},]"
    written = literal_json(text, text.index("["))
    assert written == '[{"a":"it\'s","b":"q\\"","c":[1,-2.5e3,true,null],"d":{"e":"x"}}]'


@pytest.mark.parametrize(
    "script",
    [
        "var shows = [{title: name, start: '2026-09-16'}];",  # a variable
        "var shows = [{title: 'A', start: f()}];",  # a call
        "var shows = [{title: 'A', /* soon */ start: '2026-09-16'}];",  # a comment
        "var shows = [{title: 'A', start: '2026-09-16'",  # never closed
    ],
)
def test_what_is_no_literal_of_data_is_left_alone(script: str) -> None:
    assert list(literal_values(script)) == []


def test_a_zero_offset_stays_when_an_items_own_clock_disagrees() -> None:
    items = [{"start": "2026-09-16T20:00:00Z", "showtime": "4PM"}, {"start": "2026-09-17T20:00:00Z"}]
    assert wall_clocks([dict(item) for item in items]) == items
    agreeing = [
        {"start": "2026-09-16T20:00:00+00:00", "time": "8 p.m."},
        {"start": "2026-09-17T18:30:00Z", "t": "18:30"},
    ]
    assert [item["start"] for item in wall_clocks(agreeing)] == ["2026-09-16T20:00:00", "2026-09-17T18:30:00"]
    offset = [{"start": "2026-09-16T20:00:00-04:00", "showtime": "8PM"}]  # a real offset is kept
    assert wall_clocks([dict(item) for item in offset]) == offset


# --- 2. a variant of a repeated card ------------------------------------------------------------------------------
def entry(kind: str, name: str, day: str, time: str, number: int) -> str:
    return (
        f'<div class="entry {kind} clearfix"><div class="info"><h3><a href="/events/detail/{number}">{name}</a>'
        f'</h3><span class="date">{day}</span> <span class="time">Doors {time}</span></div></div>'
    )


def test_a_variant_of_a_repeated_card_is_a_card_too() -> None:
    body = (
        '<html><body><div class="list-view">'
        + entry("club", "Paper Boats", "Sun, Sep 13, 2026", "7:00 PM", 1)
        + entry("club", "North Shore", "Tue, Sep 15, 2026", "7:30 PM", 2)
        + entry("alt", "Glass Harbour", "Fri, Sep 18, 2026", "9:30 PM", 3)
        + entry("club", "Slow Tide", "Fri, Sep 18, 2026", "7:00 PM", 4)
        + "</div></body></html>"
    )
    found = sorted(
        (local(event.start), event.title) for event in events_of(body, dt.datetime(2026, 9, 1, tzinfo=BOSTON))
    )
    assert ("2026-09-18 21:30", "Glass Harbour") in found
    assert len(found) == 4


# --- 3. a weekday before dotted numbers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Fri 9.18", dt.date(2026, 9, 18)),
        ("Sat 9.19 to Sun 9.20", dt.date(2026, 9, 19)),
        ("Fri 7/3", dt.date(2026, 7, 3)),  # the slashed form as before
        ("Mon 9.18", None),  # September 18 is no Monday in 2025, 2026 or 2027: no date
        ("Sat 9.30 - 11.00", None),  # hours
        ("Sat 10.15 Uhr", None),
    ],
)
def test_a_weekday_before_dotted_numbers(text: str, day: dt.date | None) -> None:
    match = WEEKDAY_SLASHED.search(text)
    found = weekday_slashed_day(match, year_hint=None, today=SEPTEMBER.date()) if match else None
    assert found == day


def test_the_shape_alone_marks_a_card_as_dated() -> None:
    assert weekday_numbers_shaped("Fri 9.18 Daniel Avery Live")
    assert not weekday_numbers_shaped("Sat 9.30 - 11.00 yoga")
    assert not weekday_numbers_shaped("Fri 1/2 price")


# --- 4 and 5. a name container and a show's labelled time ---------------------------------------------------------
def row(day: str, date: str, name: str, support: str, slug: str) -> str:
    return (
        f'<div class="tw-section"><div class="row tw-event-item"><div class="tw-date-time">'
        f'<span class="tw-day-of-week">{day}</span> <span class="tw-event-date">{date}</span></div>'
        f'<div class="tw-event-name-container"><div class="tw-name"><a href="/tm-event/{slug}/">{name}</a></div>'
        f'<div class="tw-attractions">with <span>{support}</span></div>'
        f'<span class="tw-event-time-complete"><span class="tw-event-time">Show: 9:00 PM</span></span></div>'
        f'<div class="tw-info"><a href="/tm-event/{slug}/">More Info</a></div></div></div>'
    )


def test_a_club_row_with_a_weekday_dotted_date_a_name_container_and_a_show_time() -> None:
    body = (
        "<html><body>"
        + row("Fri", "9.18", "Night Ferry Live", "Draag", "night-ferry-live")
        + row("Sat", "9.19", "Copper Chemist", "Shortkut", "copper-chemist")
        + "</body></html>"
    )
    found = sorted((local(event.start), event.title, event.url) for event in events_of(body))
    assert found == [
        ("2026-09-18 21:00", "Night Ferry Live", "https://club.example.org/tm-event/night-ferry-live/"),
        ("2026-09-19 21:00", "Copper Chemist", "https://club.example.org/tm-event/copper-chemist/"),
    ]


@pytest.mark.parametrize(
    ("line", "read"),
    [("Show: 9:00 PM", "9:00 PM"), ("Showtime 8pm", "8pm"), ("Start: 19:30", "19:30"), ("Doors: 7:00 PM", None)],
)
def test_a_show_label_is_taken_off_its_time(line: str, read: str | None) -> None:
    assert show_time_line(line) == (read or line)


PATTERNS = {
    **module_patterns(_page_js_literals, "_page_js_literals."),
    **module_patterns(_page_weekday_numbers, "_page_weekday_numbers."),
    "_page_lines.SHOW_LABEL": SHOW_LABEL,
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


def test_a_long_literal_is_read_in_one_pass() -> None:
    text = "var shows = [" + "{a: 'x', b: 1}," * 25_000 + "];"
    assert literal_json(text, text.index("[")) is None  # past MAX_LITERAL: not read, and not slowly
    short = "var shows = [" + "{a: 'x', b: 1}," * 1_000 + "];"
    assert len(next(literal_values(short))) == 1_000
