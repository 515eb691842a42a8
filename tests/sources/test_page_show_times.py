"""Doors and shows, several showings, ends on another day (issue #13: the open field classes of page batches 40-54),
each on small pages of our own with the pages it must not misread:

1. a card that gives the doors' time and the show's on separate lines or elements ("Doors 7:00 PM" over "Show
   8:00 PM", ``<dt>Doors</dt><dd>7:00 PM</dd><dt>Show</dt>…``, "Einlass: 19 Uhr" over "Beginn: 20 Uhr") starts at
   the show; a closing time ("Doors close at 11pm") is never a start (_page_doors_lines, batch 43's class); a
   table's "Show" column (else its "Doors" column) is its rows' time (_page_doors_columns);
2. a card's several showings (a list of dated times, a list of times under its date, a "Showtimes: 1:15 4:30 7:45"
   line, "Fri 7:00 PM, Sat 2:00 PM & 7:00 PM") are one event each, with distinct stable ids, not one run
   (_page_showings, batch 47's Schwarzman card);
3. a card's end on a line of its own with its own day ("Ends: Sun Oct 11, 2026 5pm") is its end
   (_page_card_ends), and a range naming its weekdays over a run of days ("June 4-6" over "Fri 7pm – Sun 5pm")
   ends on the day it names, not two days after the run (_page_named_runs, batch 41's class).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_doors_columns, _page_doors_lines, _page_showings
from sources.adapters._page_dates import find_clock
from tests.sources.helpers import local_minute, read_page

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
SEPTEMBER = dt.datetime(2026, 9, 1)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
venue = functools.partial(read_page, url="https://venue.example.com/events/", zone=NEW_YORK, start=SEPTEMBER)
halle = functools.partial(read_page, url="https://halle.example.de/programm/", zone=BERLIN, start=SEPTEMBER)


def cards(*bodies: str) -> str:
    """A venue's listing of cards, each an <article> with a linked heading and its lines."""
    return (
        "<html><head><title>Shows | Blue Room</title></head><body><main><h1>Upcoming shows</h1>"
        + "".join(bodies)
        + "</main></body></html>"
    )


def card(name: str, lines: str) -> str:
    slug = name.lower().replace(" ", "-")
    return f"<article class='event'><h2><a href='/events/{slug}'>{name}</a></h2>{lines}</article>"


OPEN_MIC = card("Open Mic", "<p class='date'>Sunday, October 11, 2026 7pm</p>")


def times(events: list[dict], zone: dt.tzinfo = NEW_YORK) -> list[tuple[str, str | None, str | None]]:
    """Each event's title, local start and local end, in page order."""
    return [
        (
            e["title"],
            local_minute(
                dt.datetime.fromisoformat(e["start"]) if "T" in e["start"] else dt.date.fromisoformat(e["start"]), zone
            ),
            local_minute(
                (dt.datetime.fromisoformat(e["end"]) if "T" in e["end"] else dt.date.fromisoformat(e["end"]))
                if e.get("end")
                else None,
                zone,
            ),
        )
        for e in events
    ]


def first_start(events: list[dict], zone: dt.tzinfo = NEW_YORK) -> str | None:
    return times(events, zone)[0][1]


# --- 1. the doors' time and the show's ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lines",
    [
        "<p>Saturday, October 10, 2026</p><p>Doors 7:00 PM</p><p>Show 8:00 PM</p>",
        "<p>Saturday, October 10, 2026</p><dl><dt>Doors</dt><dd>7:00 PM</dd><dt>Show</dt><dd>8:00 PM</dd></dl>",
        "<p>Saturday, October 10, 2026<br>Doors: 19:00<br>Start: 20:00</p>",
        "<p>Saturday, October 10, 2026</p><p>Doors open 7pm</p><p>Showtime 8pm</p>",
        "<p>Saturday, October 10, 2026</p><p>Doors 7:00 PM</p><p>First band 8:00 PM</p>",
        "<p>Saturday, October 10, 2026</p><p>Doors 7pm</p><p>Dinner 7:30pm</p><p>Show 8pm</p>",
        # the shapes one line already read, kept
        "<p>Saturday, October 10, 2026 · Doors 7pm / Show 8pm</p>",
        "<p>Saturday, October 10, 2026</p><p>Doors open at 7, music at 8</p>",
        "<p>Saturday, October 10, 2026 <small>7:00PM doors -- music at 8</small><small>:00PM</small></p>",
    ],
)
def test_a_card_with_the_doors_and_the_show_on_separate_lines_starts_at_the_show(lines: str) -> None:
    assert times(venue(cards(card("The Kills", lines), OPEN_MIC))) == [
        ("The Kills", "2026-10-10 20:00", None),
        ("Open Mic", "2026-10-11 19:00", None),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "<p>Samstag, 10. Oktober 2026</p><p>Einlass: 19 Uhr</p><p>Beginn: 20 Uhr</p>",
        "<p>Samstag, 10. Oktober 2026</p><p>Einlass 19:00</p><p>Beginn 20:00</p>",
    ],
)
def test_a_german_card_with_einlass_and_beginn_on_separate_lines_starts_at_beginn(lines: str) -> None:
    other = card("Lesung", "<p>Sonntag, 11. Oktober 2026, 19 Uhr</p>")
    assert first_start(halle(cards(card("Die Nerven", lines), other)), BERLIN) == "2026-10-10 20:00"


@pytest.mark.parametrize(
    ("lines", "start"),
    [
        # a closing time is no start: the day stands, or the card's own time does
        ("<p>Saturday, October 10, 2026</p><p>Doors close at 11pm</p>", "2026-10-10"),
        ("<p>Saturday, October 10, 2026, 8pm</p><p>Doors close at 11pm</p>", "2026-10-10 20:00"),
        ("<p>Saturday, October 10, 2026</p><p>Last entry 10:30 PM</p>", "2026-10-10"),
        # the doors' time alone stays the start; a show before the doors is no such pair
        ("<p>Saturday, October 10, 2026</p><p>Doors 7:00 PM</p>", "2026-10-10 19:00"),
        ("<p>Saturday, October 10, 2026</p><p>Doors 8:00 PM</p><p>Show 7:00 PM</p>", "2026-10-10 20:00"),
        # not the doors' words, nor a start's label
        ("<p>Saturday, October 10, 2026 · Door prizes at 7pm</p><p>Show 8pm</p>", "2026-10-10 19:00"),
        ("<p>Saturday, October 10, 2026 — show 2 of 3, 8pm</p>", "2026-10-10 20:00"),
        ("<p>Saturday, October 10, 2026</p><p>7:00 PM</p><p>Showcase of local bands</p>", "2026-10-10 19:00"),
    ],
)
def test_closing_times_lone_doors_and_look_alikes_are_read_as_written(lines: str, start: str) -> None:
    assert first_start(venue(cards(card("The Kills", lines), OPEN_MIC))) == start


def test_a_bars_opening_hours_are_not_an_events_doors() -> None:
    page = (
        "<html><body><main><h1>The Tap Room</h1><p>Open daily 4pm - 2am</p>"
        "<h2>Trivia Night</h2><p>Tuesday, October 13, 2026 at 8pm</p></main></body></html>"
    )
    assert times(venue(page)) == [("The Tap Room", "2026-10-13 20:00", None)]


def test_which_times_are_the_doors_and_which_close() -> None:
    def hit(line: str) -> object:
        found = find_clock(line)
        assert found is not None
        return found

    assert _page_doors_lines.doors_time("Doors 7:00 PM", hit("Doors 7:00 PM"))
    assert _page_doors_lines.doors_time("7pm doors", hit("7pm doors"))
    assert not _page_doors_lines.doors_time("Show 8:00 PM", hit("Show 8:00 PM"))
    assert not _page_doors_lines.doors_time("The Blue Door, 8pm", hit("The Blue Door, 8pm"))
    assert _page_doors_lines.closing_time("Doors close at 11pm", hit("Doors close at 11pm"))
    assert _page_doors_lines.closing_time("Bar closes 2am", hit("Bar closes 2am"))
    assert not _page_doors_lines.closing_time("Doors 7pm", hit("Doors 7pm"))


def table(head: list[str], rows: list[list[str]]) -> str:
    header = "".join(f"<th>{text}</th>" for text in head)
    body = "".join("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in rows)
    return f"<html><body><main><h1>Shows</h1><table><tr>{header}</tr>{body}</table></main></body></html>"


@pytest.mark.parametrize(
    ("head", "starts"),
    [
        (["Date", "Artist", "Doors", "Show"], ["2026-10-10 20:00", "2026-10-11 19:30"]),
        (["Date", "Artist", "Show", "Doors"], ["2026-10-10 20:00", "2026-10-11 19:30"]),
        (["Date", "Artist", "Doors", "Music"], ["2026-10-10 20:00", "2026-10-11 19:30"]),
        (["Date", "Artist", "Doors"], ["2026-10-10 19:00", "2026-10-11 18:30"]),  # the only time given
    ],
)
def test_a_tables_show_column_gives_its_rows_time(head: list[str], starts: list[str]) -> None:
    values = {"Doors": ("7:00 PM", "6:30 PM"), "Show": ("8:00 PM", "7:30 PM"), "Music": ("8:00 PM", "7:30 PM")}
    rows = [
        [{"Date": day, "Artist": name}.get(column) or values[column][index] for column in head]
        for index, (day, name) in enumerate((("Sat Oct 10, 2026", "The Kills"), ("Sun Oct 11, 2026", "Wet Leg")))
    ]
    assert [start for _, start, _ in times(venue(table(head, rows)))] == starts


def test_a_column_only_named_like_a_show_is_no_time_column() -> None:
    header = ["Date", "Show name", "Showcase", "Door prizes", "Time"]
    row = ["Sat Oct 10", "8:00 PM", "8:00 PM", "7:00 PM", "8:00 PM"]
    assert _page_doors_columns.show_time_column(header, {0: "date", 4: "time"}, [row]) == {0: "date", 4: "time"}
    assert _page_doors_columns.show_time_column(header[:4], {0: "date"}, [row[:4]]) == {0: "date"}
    doors_show = ["Date", "Doors", "Show"]
    timed = [["Oct 10", "7pm", "8pm"]]
    assert _page_doors_columns.show_time_column(doors_show, {0: "date"}, timed) == {0: "date", 2: "time"}
    # a "Show" column of names (a tour's "Date | Show | Venue") is no time column; the doors' column is then
    named = [["Oct 10", "7pm", "Hamlet"], ["Oct 11", "6pm", "Macbeth"]]
    assert _page_doors_columns.show_time_column(doors_show, {0: "date"}, named) == {0: "date", 1: "time"}
    tour = [["Oct 10", "Hamlet", "Globe"]]
    assert _page_doors_columns.show_time_column(["Date", "Show", "Venue"], {0: "date"}, tour) == {0: "date"}


def test_a_show_column_of_names_keeps_its_names() -> None:
    rows = [["Sat Oct 10, 2026", "Hamlet", "Globe Theatre"], ["Sun Oct 11, 2026", "Macbeth", "Globe Theatre"]]
    titles = [title for title, _, _ in times(venue(table(["Date", "Show", "Venue"], rows)))]
    assert [title.rsplit(" - ", 1)[-1] for title in titles] == ["Hamlet", "Macbeth"]


# --- 2. several showings on one card -----------------------------------------------------------------------------
def subshow(day: str, time: str, label: str = "") -> str:
    return (
        f"<li class='subshow'><div class='datetime'><span class='start'>{day}</span></div>"
        f"<div class='time'><span class='start'>{time}</span></div><span class='label'>{label}</span></li>"
    )


def test_a_cards_list_of_dated_showings_is_one_event_per_showing() -> None:
    showings = "".join(
        (subshow("16 Oct 2026", "18:00", "Sold out"), subshow("16 Oct 2026", "20:00"), subshow("17 Oct 2026", "18:00"))
    )
    page = cards(
        card(
            "Orchestra Night", f"<p>16 Oct 2026 - 17 Oct 2026</p><p>Black Box</p><ul class='subshows'>{showings}</ul>"
        ),
        card("Exhibition", "<p>1 Oct 2026 - 31 Oct 2026</p><ul class='subshows'></ul>"),
    )
    events = venue(page)
    assert times(events) == [
        ("Orchestra Night", "2026-10-16 18:00", None),
        ("Orchestra Night", "2026-10-16 20:00", None),
        ("Orchestra Night", "2026-10-17 18:00", None),
        ("Exhibition", "2026-10-01", "2026-10-31"),
    ]
    ids = [e["external_id"] for e in events[:3]]
    assert len(set(ids)) == 3
    assert all(each.startswith("https://venue.example.com/events/orchestra-night#") for each in ids)
    assert [e["external_id"] for e in venue(page)[:3]] == ids  # stable from one read to the next


@pytest.mark.parametrize(
    "lines",
    [
        "<p>Saturday, October 10, 2026</p><ul class='times'><li>1:15 PM</li><li>4:30 PM</li><li>7:45 PM</li></ul>",
        "<p>Saturday, October 10, 2026</p><p>Showtimes: 1:15 4:30 7:45</p>",
        "<p>Saturday, October 10, 2026</p><p>Showtimes: 1:15 PM, 4:30 PM, 7:45 PM</p>",
        "<p>Saturday, October 10, 2026</p><p>Screenings 13:15 | 16:30 | 19:45</p>",
    ],
)
def test_a_cards_showtimes_under_its_date_are_one_event_each(lines: str) -> None:
    starts = [start for title, start, _ in times(venue(cards(card("Vertigo", lines), OPEN_MIC))) if title == "Vertigo"]
    assert starts == ["2026-10-10 13:15", "2026-10-10 16:30", "2026-10-10 19:45"]


@pytest.mark.parametrize("date", ["October 9 – 10, 2026", "Friday, October 9, 2026"])
def test_showings_named_by_weekday_fall_on_those_days(date: str) -> None:
    lines = f"<p>{date}</p><p>Fri 7:00 PM, Sat 2:00 PM &amp; 7:00 PM</p>"
    assert [start for title, start, _ in times(venue(cards(card("Hamlet", lines), OPEN_MIC))) if title == "Hamlet"] == [
        "2026-10-09 19:00",
        "2026-10-10 14:00",
        "2026-10-10 19:00",
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("<p>Saturday, October 10, 2026 7:00 PM - 9:00 PM</p>", ("2026-10-10 19:00", "2026-10-10 21:00")),
        ("<p>Saturday, October 10, 2026</p><p>Times: 7:00 PM - 9:00 PM</p>", ("2026-10-10 19:00", "2026-10-10 21:00")),
        ("<p>Saturday, October 10, 2026 Doors 7 Show 8</p>", ("2026-10-10 20:00", None)),
        ("<p>Saturday, October 10, 2026</p><ul><li>Doors: 7pm</li><li>Show: 8pm</li></ul>", ("2026-10-10 20:00", None)),
        ("<p>Saturday, October 10, 2026</p><p>Hours: Mon-Fri 9:00 17:00</p>", ("2026-10-10 09:00", None)),
        (
            "<p>Saturday, October 10, 2026</p><ul><li>19:00 Welcome drinks</li><li>19:30 Talk</li></ul>",
            ("2026-10-10 19:00", None),
        ),
        (
            "<p>October 10 – 31, 2026</p><ul><li>Mon–Fri 9:00–17:00</li><li>Sat 10:00–14:00</li></ul>",
            ("2026-10-10 09:00", "2026-10-31 17:00"),
        ),
    ],
)
def test_a_range_doors_hours_and_a_programme_are_one_event(lines: str, expected: tuple[str, str | None]) -> None:
    events = [
        (start, end) for title, start, end in times(venue(cards(card("Gala", lines), OPEN_MIC))) if title == "Gala"
    ]
    assert events == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "Fri, October 9, 2026 7:00 PM, Sat, October 10, 2026 2:00 PM &amp; 7:00 PM",
        "October 9, 2026 at 7pm · October 10, 2026 at 2pm &amp; 7pm",
    ],
)
def test_showings_dated_one_after_another_on_a_line_are_one_event_each(line: str) -> None:
    events = times(venue(cards(card("Hamlet", f"<p>{line}</p>"), OPEN_MIC)))
    assert [start for title, start, _ in events if title == "Hamlet"] == [
        "2026-10-09 19:00",
        "2026-10-10 14:00",
        "2026-10-10 19:00",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Saturday, October 10, 2026 7:00 PM – Sunday, October 11, 2026 5:00 PM",
            ("2026-10-10 19:00", "2026-10-11 17:00"),
        ),
        ("Oct 10, 2026 at 6:30 PM to Oct 11, 2026 at 11:00 AM", ("2026-10-10 18:30", "2026-10-11 11:00")),
        ("Saturday, October 10, 2026 7:00 PM (rain date Sunday, October 11, 2026 7:00 PM)", ("2026-10-10 19:00", None)),
        ("Saturday, October 10, 2026 7:00 PM. Tickets on sale September 1, 2026 10am", ("2026-10-10 19:00", None)),
    ],
)
def test_a_dated_range_a_rain_date_and_a_sale_date_are_no_showings(line: str, expected: tuple[str, str | None]) -> None:
    events = times(venue(cards(card("Hamlet", f"<p>{line}</p>"), OPEN_MIC)))
    assert [(start, end) for title, start, end in events if title == "Hamlet"] == [expected]


def test_a_weekday_line_of_hours_is_no_showings() -> None:
    day = dt.date(2026, 10, 10)
    assert _page_showings._weekday_line("Sat 10am–2pm, Sun 12pm–4pm", day) is None
    assert _page_showings._weekday_line("Mon–Fri 9am, Sat 10am", day) is None
    assert _page_showings._weekday_line("Fri 7:00 PM, Sat 2:00 PM & 7:00 PM", dt.date(2026, 10, 9)) is not None


# --- 3. ends on another day --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lines",
    [
        "<p>Sat Oct 10, 2026 9am</p><p>Ends: Sun Oct 11, 2026 5pm</p>",
        "<dl><dt>Start</dt><dd>Sat Oct 10, 2026 9am</dd><dt>End</dt><dd>Sun Oct 11, 2026 5pm</dd></dl>",
        "<p>Saturday, October 10, 2026, 9:00 AM</p><p>Until Sunday, October 11, 2026, 5:00 PM</p>",
    ],
)
def test_a_cards_end_line_with_its_own_day_is_its_end(lines: str) -> None:
    assert times(venue(cards(card("Hackathon", lines), OPEN_MIC)))[0] == (
        "Hackathon",
        "2026-10-10 09:00",
        "2026-10-11 17:00",
    )


@pytest.mark.parametrize(
    "lines",
    [
        "<p>Sat Oct 10, 2026 9am</p><p>Registration ends: Sun Oct 4, 2026 5pm</p>",
        "<p>Sat Oct 10, 2026 9am</p><p>Sale ends: Fri Oct 9, 2026 11pm</p>",
        "<p>Sat Oct 10, 2026 9am</p><p>Ends: Fri Oct 9, 2026 5pm</p>",  # before the start
        "<p>Sat Oct 10, 2026 9am</p><p>End of season party, Oct 31</p>",
        "<p>Sat Oct 10, 2026 9am</p><p>Ends: Sun Nov 29, 2026 5pm</p>",  # weeks later: not this card's end
    ],
)
def test_other_end_lines_give_no_end(lines: str) -> None:
    assert times(venue(cards(card("Hackathon", lines), OPEN_MIC)))[0] == ("Hackathon", "2026-10-10 09:00", None)


def test_a_weekday_named_range_over_a_run_of_days_ends_on_its_named_day() -> None:
    lines = "<p>June 4-6, 2027</p><p>Fri 7pm – Sun 5pm</p>"
    assert times(venue(cards(card("Folk Festival", lines), OPEN_MIC)))[0] == (
        "Folk Festival",
        "2027-06-04 19:00",
        "2027-06-06 17:00",
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("<p>Friday – Sunday, June 4-6, 2027</p>", ("2027-06-04", "2027-06-06")),
        ("<p>June 4, 2027, Fri 7pm – Sun 5pm</p>", ("2027-06-04 19:00", "2027-06-06 17:00")),
        # each day's hours over a run: as before, from the first day's start to the last day's end
        ("<p>June 4-6, 2027</p><p>10 am - 8 pm</p>", ("2027-06-04 10:00", "2027-06-06 20:00")),
    ],
)
def test_weekday_ranges_and_daily_hours_read_as_before(lines: str, expected: tuple[str, str]) -> None:
    assert times(venue(cards(card("Folk Festival", lines), OPEN_MIC)))[0][1:] == expected
