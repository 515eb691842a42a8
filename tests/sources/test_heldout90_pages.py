"""The ninetieth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout90.json: measured
once at ca37b74c), on small documents of our own:

* A film festival's page about one film lists its screenings as rows of three <label>s: the hall's in bold, then
  the date and the time with a slash between them ("02.11.2031 / 16:15"). A <label> starts a line of its own, so the
  slash was a line between the date's and the time's: every screening was read all day. Now a line that is only a
  separator mark, in the element around the date and the time, is passed over (``_page_separator_lines``). Not: a
  mark with words beside it ("/ Saal 2"), two marks ("//").
* Each screening was titled by the hall over its date. On a page about one work (its <h1> is its <title>'s name, a
  bracketed original title aside), timed rows whose words read as halls (one wording repeats, two share their first
  word, or one has a hall's word: "Kinos", "Saal") are the heading's screenings at those halls
  (``_page_work_screenings``). Not: a festival's page whose rows name different acts, a listing page whose heading
  is no <title>'s name, rows naming a lecture.
* A cinema's one day of showtimes: a date heading ("Saturday 19/04/2031") over films' headings, each over time
  buttons of their own. It was read as one event titled by the page. Now each time is a showing of the heading above
  it on that day (``_page_day_showtimes``). Not: one film alone, two times in one element (a range without its dash),
  a date heading with more words than a weekday's name.

Left (docs/real-world-sources-log.md, batch 90): two screenings of one film at one time in two halls are merged into one
(``webpage.finalize`` keeps one record per title and instant in one offset), the screenings' ends (the parser's
default of 90 minutes, not on the page).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_day_showtimes, _page_row_codes
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 9, 1, tzinfo=BERLIN)
read = functools.partial(read_page, url="https://festival.example/film/?ID=7", zone=BERLIN, start=START)


def _film_page(title: str, h1: str, rows: list[tuple[str, str, str]], between: str = " / ") -> str:
    items = "".join(
        f"<div class='event-item'><label style='font-weight: bold'>{hall}</label><br>"
        f"<label>{day}</label>{between}<label>{time}</label></div>"
        for hall, day, time in rows
    )
    return (
        f"<html><head><title>{title}</title></head><body><h1>{h1}</h1>"
        "<p class='film-info-top'><label>Germany | 2031 | Documentary | 81 min.</label></p>"
        f"<div class='screenings'>{items}</div><div id='credits'><p>Director: Ada Example</p></div></body></html>"
    )


def _read(page: str) -> list[tuple[str, str, str | None]]:
    return [(event["title"], str(event["start"]), event.get("venue_name")) for event in read(page)]


HALLS = [("Kino 4", "02.11.2031", "16:15"), ("Kino 4", "04.11.2031", "19:45")]


def test_a_slash_between_the_date_and_the_time_leaves_the_time_the_dates() -> None:
    page = _film_page("Programme | Example Festival", "Programme", HALLS)
    assert [start for _, start, _ in _read(page)] == ["2031-11-02T16:15:00+01:00", "2031-11-04T19:45:00+01:00"]


def test_without_the_separator_rule_the_screenings_are_read_all_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_row_codes, "past_separator", lambda lines, index: index + 1)
    page = _film_page("Programme | Example Festival", "Programme", HALLS)
    assert [start for _, start, _ in _read(page)] == ["2031-11-02", "2031-11-04"]


@pytest.mark.parametrize("between", [" / Saal 2 / ", " // "])
def test_a_mark_with_words_or_two_marks_is_no_separator(between: str) -> None:
    page = _film_page("Programme | Example Festival", "Programme", HALLS, between=between)
    assert all("T" not in start for _, start, _ in _read(page))  # all day: nothing joined the date to the time


def test_a_films_screenings_are_titled_by_its_heading_and_placed_at_their_halls() -> None:
    page = _film_page("Film One (Original One) | Example Festival", "Film One", HALLS)
    assert _read(page) == [
        ("Film One", "2031-11-02T16:15:00+01:00", "Kino 4"),
        ("Film One", "2031-11-04T19:45:00+01:00", "Kino 4"),
    ]


def test_halls_sharing_their_first_word_are_halls_too() -> None:
    rows = [
        ("Studio 8", "30.10.2031", "19:00"),
        ("Studio 6", "31.10.2031", "19:00"),
        ("Old Depot", "01.11.2031", "17:00"),
    ]
    page = _film_page("Film Two | Example Festival", "Film Two", rows)
    assert [(title, venue) for title, _, venue in _read(page)] == [
        ("Film Two", "Studio 8"),
        ("Film Two", "Studio 6"),
        ("Film Two", "Old Depot"),
    ]


def test_without_the_work_rule_the_halls_title_the_screenings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sources.adapters.html.work_screenings", lambda schedule, info: None)
    page = _film_page("Film One (Original One) | Example Festival", "Film One", HALLS)
    assert [title for title, _, _ in _read(page)] == ["Kino 4", "Kino 4"]


@pytest.mark.parametrize(
    ("title", "h1", "rows"),
    [
        # a festival's day whose rows name different acts: nothing repeats, no hall's word
        (
            "Summer Jazz 2031 | Example Club",
            "Summer Jazz 2031",
            [("Alice Walker Trio", "02.11.2031", "19:00"), ("Nubya Example", "02.11.2031", "21:00")],
        ),
        # a listing page: its heading is no <title>'s name
        ("What's on | Example Cinema", "Programme", HALLS),
        # a club's fixtures: its heading names a listing, its rows' stadiums share a first word
        (
            "Calendário de jogos – Example Clube",
            "Calendário de jogos",
            [("Arena Example", "19.01.2032", "16:00"), ("Arena Other", "30.04.2032", "21:30")],
        ),
        # rows that name a lecture, repeated
        (
            "Roman Leipzig | Example Museum",
            "Roman Leipzig",
            [("Opening Lecture", "02.11.2031", "18:00"), ("Opening Lecture", "09.11.2031", "18:00")],
        ),
    ],
)
def test_rows_that_are_no_halls_read_as_without_the_rule(
    title: str, h1: str, rows: list[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _film_page(title, h1, rows)
    with monkeypatch.context() as patched:
        patched.setattr("sources.adapters.html.work_screenings", lambda schedule, info: None)
        before = _read(page)
    assert _read(page) == before


def _day_page(day_heading: str, films: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<div class='movie-row'><h3 class='movie-name'><a href='/films/{index}'>{name}</a></h3>"
        f"<div class='movie-info'><span>Drama |</span><span>90 min</span></div>"
        f"<div class='events'><ul><li>2D</li></ul><div class='info-column'>{times}</div></div></div>"
        for index, (name, times) in enumerate(films)
    )
    return (
        "<html><head><title>Repertoire | Example Cinemas</title></head><body>"
        "<div class='days'><button>Today</button><button>Sun</button><button>Mon</button></div>"
        f"<h5>{day_heading}</h5><section class='list'>{rows}</section></body></html>"
    )


BUTTONS = "<a class='btn' href='#'>17:45</a><a class='btn' href='#'>19:50</a>"
FILMS = [("Film Three", BUTTONS), ("Film Four", "<a class='btn' href='#'>20:00</a>")]


def test_a_days_films_over_their_time_buttons_are_its_showings() -> None:
    assert [(title, start) for title, start, _ in _read(_day_page("Saturday 19/04/2031", FILMS))] == [
        ("Film Three", "2031-04-19T17:45:00+02:00"),
        ("Film Three", "2031-04-19T19:50:00+02:00"),
        ("Film Four", "2031-04-19T20:00:00+02:00"),
    ]


def test_without_the_day_rule_the_day_is_one_event(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_day_showtimes, "MIN_FILMS", 99)
    assert len(_read(_day_page("Saturday 19/04/2031", FILMS))) == 1


@pytest.mark.parametrize(
    ("heading", "films"),
    [
        ("Saturday 19/04/2031", FILMS[:1]),  # one film alone
        ("Saturday 19/04/2031", [("Session A", "<p>10:00 12:00</p>"), ("Session B", "<p>14:00 16:00</p>")]),
        ("Opening night at the Example 19/04/2031", FILMS),  # more words than a weekday's name
    ],
)
def test_no_days_showtimes_without_films_time_buttons_under_a_bare_date(
    heading: str, films: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _day_page(heading, films)
    with monkeypatch.context() as patched:
        patched.setattr(_page_day_showtimes, "MIN_FILMS", 99)
        before = _read(page)
    assert _read(page) == before
