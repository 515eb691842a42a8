"""Misreadings the review of pages batches 30-32 and batch 32's session left, each on a small document of our own
that the page reader misread before its rule:

1. a registration, sign-up or application window written as a dated range ("Registration: March 1, 2026 9:00 AM -
   March 20, 2026 5:00 PM"), or a deadline's line ("Deadline: March 20, 2026"), gives no event's start nor end: it
   had been a 19-day event, or a second event named "Registration" (_page_other_dates.other_date_line);
2. a meeting point's line that gives how long the walk takes ("Treffpunkt: 14 Uhr, Dauer ca. 2 Stunden", "Meeting
   point: 10am, approx. 2 hours") names no place with it: the duration had been the place
   (_page_meeting_points.DURATION);
3. a single event's list of its other dates that also prints its earlier editions ("2027 Spring Open", "Apr 10, 2027
   - Apr 11, 2027", "Other dates:" "Apr 12, 2026 - Apr 13, 2026"): a date more than half a year before the page's
   own event is a past edition, not an occurrence of this one; it had been printed as a second event under this
   year's name (_page_more_dates.PAST_EDITION). Close earlier dates of a run and later ones are still read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters import _page_meeting_points, _page_other_dates
from sources.adapters._page_meeting_points import meeting_place
from sources.adapters._page_other_dates import another_date
from sources.adapters._page_time_lines import timed_line
from tests.hostile import module_patterns, superlinear, superlinear_shape
from tests.sources.test_page_left_items import BERLIN, NEW_YORK, events_of, read
from tests.sources.test_page_left_items2 import one_event

PATTERNS = {
    **module_patterns(_page_other_dates, "_page_other_dates."),
    **module_patterns(_page_meeting_points, "_page_meeting_points."),
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


@pytest.mark.parametrize("shape", ["Registration ", "a deadline ", "Sign-up: March 1 - ", "-"])
def test_windows_stay_linear_on_hostile_text(shape: str) -> None:
    assert superlinear(another_date, lambda size: shape * size + "x") is None


@pytest.mark.parametrize("shape", [", 2", ", ca. 2 ", ", Dauer", "1.1"])
def test_durations_stay_linear_on_hostile_text(shape: str) -> None:
    assert superlinear(meeting_place, lambda size: "Treffpunkt: 14 Uhr am Bahnhof" + shape * size + "x") is None


def page(*paragraphs: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"<html lang=en><body><h1>Spring Coding Camp</h1>{body}</body></html>"


# --- 1. a registration window is no event's start nor end -----------------------------------------------------------
@pytest.mark.parametrize(
    "window",
    [
        "Registration: March 1, 2026 9:00 AM - March 20, 2026 5:00 PM",
        "Sign-up: March 1, 2026 - March 20, 2026",
        "Registration period: March 1 - March 20, 2026",
        "Deadline: March 20, 2026 5:00 PM",
    ],
)
def test_a_registration_window_beside_the_events_day_is_no_event(window: str) -> None:
    body = page(window, "Join us for a day of coding.", "April 4, 2026 10:00 AM - 4:00 PM", "Location: Town Library")
    assert read(body, NEW_YORK, dt.date(2026, 1, 1)) == [("Spring Coding Camp", "2026-04-04 10:00", "2026-04-04 16:00")]


def test_a_registration_window_alone_gives_no_event() -> None:
    body = page("Join us for a day of coding.", "Registration: March 1, 2026 9:00 AM - March 20, 2026 5:00 PM")
    assert read(body, NEW_YORK, dt.date(2026, 1, 1)) == []


def test_a_registration_desks_time_on_the_events_day_is_still_read() -> None:
    body = page("April 4, 2026", "Registration: 8:00 AM", "Join us for a day of coding.")
    assert read(body, NEW_YORK, dt.date(2026, 1, 1)) == [("Spring Coding Camp", "2026-04-04 08:00", None)]


# --- 2. a duration is no meeting point's place ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Treffpunkt: 14 Uhr, Dauer ca. 2 Stunden", None),
        ("Treffpunkt: 14 Uhr, ca. 2 Stunden", None),
        ("Treffpunkt: 14 Uhr am Bahnhof, Dauer ca. 2 Stunden", "am Bahnhof"),
        ("Treffpunkt: Marktplatz, Dauer: 90 Minuten", "Marktplatz"),
        ("Meeting point: 10am, duration 2 hours", None),
        ("Meeting point: 10am at the car park, approx. 2 hours", "the car park"),
        ("Rendez-vous : 9h devant la mairie (durée 3h)", "devant la mairie"),
        ("Rendez-vous : 9h, durée 1h30", None),
        ("Treffpunkt: 14 Uhr am Haus 2", "am Haus 2"),
        ("Meeting point: 10am at Gate 3 Hours Lane", "Gate 3 Hours Lane"),
    ],
)
def test_a_duration_is_no_meeting_place(line: str, place: str | None) -> None:
    assert meeting_place(line) == place


def test_a_walks_duration_is_not_its_venue() -> None:
    body = one_event("Stadtführung", "13.03.2027", "Treffpunkt: 14 Uhr, Dauer ca. 2 Stunden", "de")
    events = events_of(body, BERLIN, dt.datetime(2027, 1, 1, tzinfo=BERLIN))
    assert [(event.title, event.start.hour, event.venue_name) for event in events] == [("Stadtführung", 14, None)]


def test_a_meeting_points_time_before_a_duration_is_still_the_meetings() -> None:
    found = timed_line("Treffpunkt: 14 Uhr, Dauer ca. 2 Stunden")
    assert found is not None
    assert found[1].start == dt.time(14, 0)


# --- 3. a past edition in an event's list of other dates ------------------------------------------------------------
def tournament(
    label: str, items: list[str], title: str = "2027 Spring Open", when: str = "Apr 10, 2027 - Apr 11, 2027"
) -> str:
    listed = "".join(f'<li><a href="/e/{index}">{item}</a></li>' for index, item in enumerate(items))
    return (
        f"<html lang=en><body><h1>{title}</h1><p>{when}</p><p>Sports hall, Stollberg</p>"
        f"<h5>{label}</h5><ul>{listed}</ul></body></html>"
    )


@pytest.mark.parametrize("label", ["Other dates :", "Weitere Termine"])
def test_an_earlier_edition_among_other_dates_is_no_occurrence(label: str) -> None:
    body = tournament(
        label, ["Apr 10, 2027 - Apr 11, 2027", "Apr 12, 2026 - Apr 13, 2026", "Apr 6, 2025 - Apr 7, 2025"]
    )
    assert read(body, BERLIN, dt.date(2027, 3, 1)) == [("Spring Open", "2027-04-10", "2027-04-11")]


def test_a_later_edition_among_other_dates_is_still_read() -> None:
    body = tournament("Other dates:", ["Apr 9, 2028"], title="Spring Open")
    assert read(body, BERLIN, dt.date(2027, 3, 1)) == [
        ("Spring Open", "2027-04-10", "2027-04-11"),
        ("Spring Open", "2028-04-09", None),
    ]


def test_a_runs_earlier_night_among_other_dates_is_still_read() -> None:
    nights = ["Thursday, May 13, 2027, 7:30 PM", "Saturday, May 15, 2027, 7:30 PM"]
    body = tournament("Other dates:", nights, title="Hamlet", when="Friday, May 14, 2027, 7:30 PM")
    assert [row[:2] for row in read(body, BERLIN, dt.date(2027, 3, 1))] == [
        ("Hamlet", "2027-05-14 19:30"),
        ("Hamlet", "2027-05-13 19:30"),
        ("Hamlet", "2027-05-15 19:30"),
    ]
