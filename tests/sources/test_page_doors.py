"""A venue's listing that writes when the doors open and when the show starts: the event starts at the show
(sources/adapters/_page_doors.py, called from _page_dates.find_clock). Each form on a line of our own, the hard
negatives beside them, and whole pages: a club's calendar table whose music time is split across two inline
elements ("music at 8" + ":30PM"), and cards of the same shape.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_when, _page_doors
from sources.adapters._page_dates import find_clock
from sources.adapters._page_joined_text import joined_pieces
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.rss import FeedAdapter
from tests.hostile import module_patterns, superlinear, superlinear_shape
from tests.sources.helpers import parse_page

LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")


def start_of(text: str) -> dt.time | None:
    hit = find_clock(text)
    return hit.start if hit is not None else None


# --- 1. the written forms: the show's time, not the doors' ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Doors 7pm / Show 8pm", dt.time(20, 0)),
        ("Doors: 19:00 | Show: 20:00", dt.time(20, 0)),
        ("7pm doors, 8pm show", dt.time(20, 0)),
        ("8:00PM doors -- music at 8:30PM", dt.time(20, 30)),
        ("Doors open at 6.30pm, first band on at 7.15pm", dt.time(19, 15)),
        ("Einlass 19 Uhr, Beginn 20 Uhr", dt.time(20, 0)),
        ("Ouverture des portes 19h, concert 20h", dt.time(20, 0)),
        ("Apertura puertas 20:00 / Inicio 21:00", dt.time(21, 0)),
        ("7:00 pm Doors / 8:00 pm Show", dt.time(20, 0)),
        ("Doors 19h00 - Concert 20h00", dt.time(20, 0)),
        ("Friday: 7pm doors & music at 8pm", dt.time(20, 0)),
        ("Treffen 17:00, Beginn 17:30", dt.time(17, 30)),  # a meeting's time before the start's, as before
    ],
)
def test_the_show_time_is_the_start(text: str, start: dt.time) -> None:
    assert start_of(text) == start


def test_the_span_covers_the_doors_and_the_show() -> None:
    text = "Wed Jan 7 8:00PM doors -- music at 8:30PM ALL AGES"
    hit = find_clock(text)
    assert hit is not None
    assert text[hit.span[0] : hit.span[1]] == "8:00PM doors -- music at 8:30PM"


# --- 2. hard negatives: the first time stays the start -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("7pm doors", dt.time(19, 0)),  # a doors' time alone: the only start the listing gives (kept, documented)
        ("Doors: 7pm", dt.time(19, 0)),
        ("doorstep ceilidh at 9pm", dt.time(21, 0)),  # "door" inside a word
        ("Door prizes at 8pm", dt.time(20, 0)),  # a door that is no doors' opening
        ("Doors close at 11pm", dt.time(23, 0)),  # the doors' closing, the only time written
        ("Show 8pm, doors close at 11pm", dt.time(20, 0)),  # the show first, the doors closing after it
        ("7pm doors close, 8pm show", dt.time(19, 0)),  # the doors closing is no opening before a show
        ("Show and tell at 6pm, doors lock at 9pm", dt.time(18, 0)),  # "show" that is no show's start
        ("The Blue Door, 8pm", dt.time(20, 0)),  # the venue's name
        ("Doors 8pm, show 7pm", dt.time(20, 0)),  # a show before its doors: not this shape, left as written
        ("Doors 7pm, dinner 8pm, show 9pm", dt.time(19, 0)),  # something else between the two: not read past
        ("7pm doors to the gallery, 8pm showcase", dt.time(19, 0)),  # "showcase" is no show word
    ],
)
def test_look_alikes_keep_the_first_time(text: str, start: dt.time) -> None:
    assert start_of(text) == start


# --- 3. a club's calendar table, the music time split across two inline elements -----------------------------
def row(day: str, url: str, band: str) -> str:
    return (
        "<tr><td><img src='/f.jpg' alt=''></td>"
        f"<td><p><a href='{url}'><img alt='' src='/details.png'></a></p>"
        f"<p><span class='date'>{day}</span><br>"
        '<span class="time"><small>8:00PM doors -- music at 8</small></span>'
        '<span class="time"><small>:30PM</small></span><br>'
        "<span class='age'>ALL AGES</span><br>"
        f"<big class='band'>{band}</big><br><span class='genre'>indie rock</span><br>"
        "<big class='band'>Second Band</big></p></td></tr>"
    )


CALENDAR = (
    "<html><body><h1>Calendar</h1><table id='listings'>"
    + row("Wednesday January 13 2027", "https://club.example/20270113.html", "Paper Herons")
    + row("Thursday January 14 2027", "https://club.example/20270114.html", "Low Tide Choir")
    + row("Friday January 15 2027", "https://club.example/20270115.html", "The Marsh Lights")
    + "</table></body></html>"
)


def events_of(body: str) -> list[RawEvent]:
    start = dt.datetime(2027, 1, 1, tzinfo=LOS_ANGELES)
    records = parse_page(body, zone=LOS_ANGELES, base="https://club.example/calendar.html", start=start)
    return [record for record in records if isinstance(record, RawEvent)]


def test_a_calendar_table_starts_each_show_at_its_music_time() -> None:
    events = events_of(CALENDAR)
    assert [event.start for event in events] == [
        dt.datetime(2027, 1, day, 20, 30, tzinfo=LOS_ANGELES) for day in (13, 14, 15)
    ]


CARDS = (
    "<html><body><h1>Shows</h1>"
    + "".join(
        f"<div class='show'><h3><a href='/shows/{slug}'>{name}</a></h3><div class='when'>{day}</div>"
        '<div class="times"><span>7:00PM doors -- music at 7</span><span>:45PM</span></div></div>'
        for slug, name, day in (
            ("herons", "Paper Herons", "Sat March 13th 2027"),
            ("choir", "Low Tide Choir", "Sun March 14th 2027"),
        )
    )
    + "</body></html>"
)


def test_cards_read_a_time_split_across_two_inline_elements_whole() -> None:
    events = events_of(CARDS)
    assert [event.start for event in events] == [
        dt.datetime(2027, 3, 13, 19, 45, tzinfo=LOS_ANGELES),
        dt.datetime(2027, 3, 14, 19, 45, tzinfo=LOS_ANGELES),
    ]


def grid_cell(day: int) -> str:
    item = (
        f"<div class='item'><a href='/shows/{day}'>Band of the {day}th</a>"
        "<span class='t'>7pm doors, music at 8</span><span class='t'>:30pm</span></div>"
        if day in (12, 19)
        else ""
    )
    return f"<td id='calendar-2027-03-{day:02d}'><span class='num'>{day}</span>{item}</td>"


MONTH_GRID = (
    "<html><body><h1>March 2027</h1><table class='calendar'><tr>"
    + "".join(grid_cell(day) for day in range(8, 15))
    + "</tr><tr>"
    + "".join(grid_cell(day) for day in range(15, 22))
    + "</tr></table></body></html>"
)


def test_a_month_grid_reads_a_time_split_across_two_inline_elements_whole() -> None:
    events = events_of(MONTH_GRID)
    assert sorted(event.start for event in events) == [
        dt.datetime(2027, 3, 12, 20, 30, tzinfo=LOS_ANGELES),
        dt.datetime(2027, 3, 19, 20, 30, tzinfo=LOS_ANGELES),
    ]


@pytest.mark.parametrize(
    ("pieces", "text"),
    [
        (["music at 8", ":30PM"], "music at 8:30PM"),  # the minutes in the next element
        (["music at 8:", "30PM"], "music at 8:30PM"),  # the colon left before the boundary
        (["Doors 8", " :30"], "Doors 8  :30"),  # whitespace written at the boundary: the author's space kept
        (["Room 8", "Talk: 30 minutes"], "Room 8 Talk: 30 minutes"),  # no colon at the boundary: two things
        (["Dec 12", "The Quartet"], "Dec 12 The Quartet"),
        (["Note:", "30 seats"], "Note: 30 seats"),  # a colon after a word, not a digit
        ([], ""),
    ],
)
def test_pieces_join_with_a_space_except_inside_a_split_time(pieces: list[str], text: str) -> None:
    assert joined_pieces(pieces) == text


# --- 4. a feed item's prose: the date, then the doors' time and the show's ----------------------------------
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
FEED_START = dt.datetime(2031, 9, 1, tzinfo=CHICAGO)


def feed_starts(descriptions: list[str]) -> list[dt.date]:
    items = "".join(
        f"<item><title>Gig {index}</title><link>https://club.example/gigs/{index}</link>"
        f"<description>{text}</description></item>"
        for index, text in enumerate(descriptions)
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Club</title>'
        f"<link>https://club.example/</link>{items}</channel></rss>"
    )
    window = FetchWindow(start=FEED_START, end=FEED_START + dt.timedelta(days=365))
    context = AdapterContext(source="rss", window=window, default_timezone=CHICAGO)
    adapter = FeedAdapter(config={}, context=context)
    return [record.start for record in adapter.parse(document.encode()) if isinstance(record, RawEvent)]


def test_a_feed_items_prose_starts_at_the_show() -> None:
    starts = feed_starts(
        [
            "Saturday, October 4, 2031, 7pm doors, 8pm show. All ages.",
            "Saturday, October 4, 2031 at 8:00PM doors -- music at 8:30PM",
            "Saturday, October 4, 2031. Doors 7pm / Show 8pm.",
            "Saturday, October 4, 2031, Doors: 19:00 | Show: 20:00",
        ]
    )
    at = [
        dt.datetime(2031, 10, 4, hour, minute, tzinfo=CHICAGO) for hour, minute in ((20, 0), (20, 30), (20, 0), (20, 0))
    ]
    assert starts == at


def test_a_feed_items_look_alikes_keep_their_own_time() -> None:
    starts = feed_starts(
        [
            "Saturday, October 4, 2031 at 7pm. Doors close at 11pm.",  # the doors' closing after the start
            "Saturday, October 4, 2031, 7pm doors",  # a doors' time alone: the start
            "Saturday, October 4, 2031 at 6pm show and tell, doors lock at 9pm",
            "Saturday, October 4, 2031. Tickets on sale now; doors 7pm / show 8pm on the night",  # not by the date
        ]
    )
    at = [dt.datetime(2031, 10, 4, hour, tzinfo=CHICAGO) for hour in (19, 19, 18)] + [dt.date(2031, 10, 4)]
    assert starts == at


# --- 5. the patterns stay linear on hostile text -------------------------------------------------------------
PATTERNS = {**module_patterns(_page_doors, "_page_doors."), "_feed_when._DOORS_LEAD": _feed_when._DOORS_LEAD}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


@pytest.mark.parametrize("shape", ["Doors 7pm ", "7pm doors ", "7pm doors, ", "Doors 7pm / Show ", "Einlass 19 Uhr "])
def test_find_clock_stays_linear_after_a_doors_time(shape: str) -> None:
    assert superlinear(find_clock, lambda size: shape + " " * size + "x") is None
    assert superlinear(find_clock, lambda size: shape + "-" * size + "8pm") is None


def test_a_feeds_prose_stays_linear_after_a_doors_time() -> None:
    texts = lambda size: ["Saturday, October 4, 2031, 7pm doors" + " " * size + "x"]  # noqa: E731
    read = lambda texts: _feed_when.text_when(texts, zone=CHICAGO, reference=FEED_START)  # noqa: E731
    assert superlinear(read, texts) is None
