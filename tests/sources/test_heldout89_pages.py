"""The eighty-ninth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout89.json: measured
once at ca37b74c), on small documents of our own:

* Two minor-hockey leagues' month calendars print every day as a panel; an empty day says so ("No events for Tue,
  Oct 11, 2022"). Each notice was read as an event titled "No events for" on its day (32 and 8 of them). Now a line
  that opens with such a notice and names its day right after it is no event (``_page_no_events.notice_line``,
  called in ``_page_schedule_lines``). Not: a film's title that only begins like one, a line without a day.
* A publisher's release calendar: book boxes, each one link to the book's page named by its ISBN, with a format's
  label and the day it goes on sale. Each was read as an event titled "Novels". Now a dated line whose every link
  leads to a page named by a valid ISBN-13, with no time on it, is a release (``_page_book_links``). Not: the same
  boxes linking event pages, a signing's line with its time, thirteen digits whose check digit fails.
* A tractor club's card gives its rally as "17th & 18th June": read on the 18th alone. Now two consecutive days
  joined by "&"/"and" before the month are one event over both (``_page_day_pairs``, in ``_page_card_dates``).
  Not: two days apart ("3rd & 10th June").
* The games themselves: rows of a time, the visitors over "@ home team" and a rink under day panels named only by
  their id ("day-Oct-21-2023"). Now a calendar of seven or more such panels, one at least with nothing timed, gives
  each timed row as an event on its panel's day (``_page_day_panels``, called in ``html``). Not: fewer panels, a
  list whose every panel is timed (a blog's dated posts), panels named by an ISO day (``_page_grid_cells``'s).
* The same card's place is its link to a map ("Penhale, Fradon, TR8 5BX" to goo.gl/maps/…): no place was read. Now
  the card's one map link whose words look like a place fills a missing place (``_page_card_map_place``). Not: a
  map link that says "Get directions", two map links, a card whose place is labelled.

Left (docs/real-world-sources-log.md, batch 89): a pair of days after the month ("June 17 & 18"), the map link that
also stood as the card's own page.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Callable

import pytest

from sources.adapters import _page_card_dates, _page_card_events, _page_schedule_lines, html
from tests.sources.helpers import read_page

TORONTO = zoneinfo.ZoneInfo("America/Toronto")
LONDON = zoneinfo.ZoneInfo("Europe/London")


def _reader(url: str, zone: zoneinfo.ZoneInfo, day: dt.date) -> Callable[[str], list[dict]]:
    """The page reader for one site of these tests, fetched from ``day`` in ``zone``."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=zone)
    return functools.partial(read_page, url=url, zone=zone, start=start)


read_league = _reader("https://league.example/Calendar/", TORONTO, dt.date(2031, 10, 1))
read_books = _reader("https://books.example/calendar?year=2031&month=7", TORONTO, dt.date(2031, 7, 1))
read_club = _reader("https://club.example/events.html", LONDON, dt.date(2031, 4, 1))


def _starts(events: list[dict]) -> list[tuple[str, str]]:
    return sorted((event["title"], str(event["start"])[:10]) for event in events)


# --- a calendar's empty days ----------------------------------------------------------------------------------------
def _days(*lines: str) -> str:
    panels = "".join(f"<div class='day-details'><div class='empty'>{line}</div></div>" for line in lines)
    return f"<html><body><h1>Calendar</h1><div class='cal-items'>{panels}</div></body></html>"


EMPTY_DAYS = (
    "No events for Sat, Oct 11, 2031",
    "No events for Sun, Oct 12, 2031",
    "No events for Mon, Oct 13, 2031",
    "There are no events scheduled for October 14, 2031",
)


def test_a_calendars_no_events_notices_are_no_events() -> None:
    assert read_league(_days(*EMPTY_DAYS)) == []


def test_without_the_rule_the_notices_were_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_schedule_lines, "notice_line", lambda text, hits: False)
    assert [day for _, day in _starts(read_league(_days(*EMPTY_DAYS)))] == [
        "2031-10-11",
        "2031-10-12",
        "2031-10-13",
        "2031-10-14",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "No Events For Old Men – film night, Oct 15, 2031",  # a title that begins like a notice: words before the day
        "Oct 16, 2031 – Council meeting",  # an ordinary dated line
    ],
)
def test_lines_that_are_no_notices_are_read_as_before(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _days(*EMPTY_DAYS[:2], line, "Oct 20, 2031 – Library board")
    read = _starts(read_league(page))
    assert ("2031-10-15" if "Old Men" in line else "2031-10-16") in {day for _, day in read}
    with monkeypatch.context() as patched:
        patched.setattr(_page_schedule_lines, "notice_line", lambda text, hits: False)
        before = [entry for entry in _starts(read_league(page)) if entry[0] != "No events for"]
    assert read == before


# --- a book release calendar ----------------------------------------------------------------------------------------
def _box(href: str, label: str, day: str, title: str) -> str:
    number, _, month = day.partition(" ")
    return (
        f"<a href='{href}'><div class='book-box'><div class='covers'><span class='label'>{label}</span>"
        f"<div class='books'><div class='prel'><p class='label-date'>{number}\n<span class='month'>{month}</span></p>"
        f"<img src='/covers/c.jpg' alt='cover'></div></div><div class='txt'><h3 class='heading'>{title}</h3></div>"
        "</div></div></a>"
    )


def _calendar(*boxes: str) -> str:
    return f"<html><body><div class='calendar'>{''.join(boxes)}</div></body></html>"


RELEASES = _calendar(
    _box("/titles/9780306406157-a-quiet-harbour-vol-2", "Novels", "14 Jul", "A Quiet Harbour, Vol. 2"),
    _box("/titles/9781234567897-salt-and-cedar-vol-16", "Novels", "14 Jul", "Salt and Cedar, Vol. 16"),
    _box("/titles/9783161484100-the-lantern-keeper-vol-5", "Manga", "21 Jul", "The Lantern Keeper, Vol. 5"),
)


def test_a_book_release_calendar_reads_as_no_events() -> None:
    assert read_books(RELEASES) == []


def test_without_the_rule_the_releases_were_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_schedule_lines, "book_release_line", lambda line: False)
    assert {day for _, day in _starts(read_books(RELEASES))} == {"2031-07-14", "2031-07-21"}


@pytest.mark.parametrize(
    "href",
    [
        "/events/a-quiet-harbour-reading",  # an event's page, not a book's
        "/titles/9780306406158-a-quiet-harbour",  # thirteen digits whose check digit fails: an id, not an ISBN
    ],
)
def test_boxes_that_are_no_books_read_as_before(href: str, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _calendar(
        _box(href, "Reading", "14 Jul", "A Quiet Harbour, read by its author"),
        _box("/events/salt-and-cedar-talk", "Talk", "14 Jul", "Salt and Cedar: a talk"),
        _box("/events/lantern-signing", "Signing", "21 Jul", "The Lantern Keeper signing"),
    )
    read = _starts(read_books(page))
    assert "2031-07-14" in {day for _, day in read}
    with monkeypatch.context() as patched:
        patched.setattr(_page_schedule_lines, "book_release_line", lambda line: False)
        assert _starts(read_books(page)) == read


def test_a_signing_with_its_time_is_read_though_it_links_the_book() -> None:
    page = _calendar(
        _box("/titles/9780306406157-a-quiet-harbour", "Signing", "14 Jul, 7pm", "A Quiet Harbour: signing"),
        _box("/events/salt-and-cedar-talk", "Talk", "14 Jul, 6pm", "Salt and Cedar: a talk"),
        _box("/events/lantern-signing", "Signing", "21 Jul, 6pm", "The Lantern Keeper signing"),
    )
    assert "2031-07-14" in {day for _, day in _starts(read_books(page))}


# --- a club's card: two days and a map link --------------------------------------------------------------------------
def _card(days: str, place: str) -> str:
    return (
        "<html><body><h1>Events</h1><section class='events'><div class='card'><div class='row'>"
        "<div class='col'><img src='rally.jpg' alt='Rally'></div><div class='col'><div class='card-body'>"
        f"<h4 class='card-title'>Summer Steam Rally</h4><h5>{days}</h5>{place}"
        "<p class='card-text'>Join us for our annual rally!</p><a href='rally-2031.html'>Read More</a>"
        "</div></div></div></div></section><footer><p>Copyright 2031 Example Club</p></footer></body></html>"
    )


MAP = "<a class='card-text' href='https://goo.gl/maps/abc123'>Penhale Farm, Fradon, TR8 5BX</a>"


def _rally(page: str) -> tuple[str, str, str | None]:
    events = read_club(page)
    assert len(events) == 1
    return str(events[0]["start"])[:10], str(events[0]["end"])[:10], events[0]["venue_name"]


@pytest.mark.parametrize("days", ["17th & 18th June", "Sat 17 and Sun 18 June"])
def test_two_consecutive_days_before_the_month_are_one_event_over_both(days: str) -> None:
    assert _rally(_card(days, MAP))[:2] == ("2031-06-17", "2031-06-18")


def test_without_the_rule_the_pair_was_its_second_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_card_dates, "paired_run", lambda first, text, start: None)  # paired_first, from left44 on
    assert _rally(_card("17th & 18th June", MAP))[0] == "2031-06-18"


def test_two_days_apart_are_no_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _card("3rd & 10th June", MAP)
    read = [(event["start"], event.get("end")) for event in read_club(page)]  # two events since left30 (_page_two_days)
    with monkeypatch.context() as patched:
        patched.setattr(_page_card_dates, "paired_run", lambda first, text, start: None)  # paired_first, from left44 on
        assert [(event["start"], event.get("end")) for event in read_club(page)] == read


def test_the_cards_map_link_names_its_place() -> None:
    assert _rally(_card("17th & 18th June", MAP))[2] == "Penhale Farm, Fradon, TR8 5BX"


def test_without_the_rule_the_card_had_no_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_card_events, "map_place", lambda block: None)
    assert _rally(_card("17th & 18th June", MAP))[2] is None


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("<a href='https://goo.gl/maps/abc123'>Get directions</a>", None),  # a call to action
        (MAP + " <a href='https://maps.google.com/?q=2'>Car park, Fradon 2</a>", None),  # two map links
        ("<p>Venue: Village Hall</p>" + MAP, "Village Hall"),  # a labelled place wins
        # not a map: a link to the club's news (a link to a /venues/ page names the place since venues55)
        ("<a href='https://club.example/news/penhale'>Penhale Farm, Fradon</a>", None),
    ],
)
def test_map_links_that_name_no_place_or_another_leave_the_place(place: str, expected: str | None) -> None:
    assert _rally(_card("17th & 18th June", place))[2] == expected


# --- a league's calendar of day panels --------------------------------------------------------------------------------
def _game(time: str, away: str, home: str, rink: str) -> str:
    return (
        "<div class='event-list-item'><div class='overlay'><a href='/Games/1/'>Game Details</a>"
        "<a href='https://rinks.example/1'>Venue Info</a></div><div class='grid'><div class='time'>"
        f"{time}</div><div class='tag'>Regular Season</div><div class='names'><div class='group'>U15</div>"
        f"<div class='owner'>{away}</div><div class='text'>@ {home}</div><div class='location'>{rink}</div>"
        "</div></div></div>"
    )


def _panels(days: range, games: dict[int, str], id_form: str = "day-Oct-{day:02d}-2031") -> str:
    panels = "".join(
        f"<div class='day-details' id='{id_form.format(day=day)}' style='display: none;'>"
        + (games.get(day) or f"<div class='empty'>No events for Oct {day}, 2031</div>")
        + "</div>"
        for day in days
    )
    return f"<html><body><h1>Calendar</h1><div class='heading'>Oct-11-2031</div><div class='cal-items'>{panels}</div>"


LEAGUE = _panels(
    range(9, 17),
    {
        11: _game("7:00 PM", "Harbour Hawks", "Valley Foxes", "Valley Arena (North)")
        + _game("8:15 PM", "Lake Otters", "Ridge Rams", "Ridge Memorial"),
        14: _game("6:30 PM", "Valley Foxes", "Lake Otters", "Lakeside Rink"),
    },
)


def _games(page: str) -> list[tuple[str, str, str | None]]:
    return sorted((str(event["start"])[:16], event["title"], event["venue_name"]) for event in read_league(page))


def test_a_calendars_day_panels_give_their_timed_rows_on_their_day() -> None:
    assert _games(LEAGUE) == [
        ("2031-10-11T19:00", "Harbour Hawks @ Valley Foxes", "Valley Arena (North)"),
        ("2031-10-11T20:15", "Lake Otters @ Ridge Rams", "Ridge Memorial"),
        ("2031-10-14T18:30", "Valley Foxes @ Lake Otters", "Lakeside Rink"),
    ]


def test_without_the_rule_the_games_were_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "panel_items", lambda root: [])
    assert _games(LEAGUE) == []


@pytest.mark.parametrize(
    "page",
    [
        # fewer than seven panels: a few anchors, not a month
        _panels(range(10, 15), {11: _game("7:00 PM", "Harbour Hawks", "Valley Foxes", "Valley Arena")}),
        # every panel timed: a list of dated posts, no calendar's empty day
        _panels(range(9, 17), {day: _game("7:00 PM", "Team A", "Team B", "Rink") for day in range(9, 17)}),
        # the day as an ISO date in the id: the grid reader's
        _panels(
            range(9, 17), {11: _game("7:00 PM", "Harbour Hawks", "Valley Foxes", "Arena")}, "day-2031-10-{day:02d}"
        ),
    ],
)
def test_panels_that_are_no_calendar_of_named_days_read_as_before(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read = _games(page)
    with monkeypatch.context() as patched:
        patched.setattr(html, "panel_items", lambda root: [])
        assert _games(page) == read
