"""Add-to-calendar links read as events: Google, Outlook, Yahoo, AddEvent (links and widgets), linked .ics.

The example links are the ones the add-event-to-calendar-docs project (InteractionDesignFoundation) gives
for each service, so the tests read links written the way the services document them.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import lxml.html
import pytest

from sources.adapters._calendar_links import LinkedEvent, page_calendar_links, read_calendar_link

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
KUALA_LUMPUR = zoneinfo.ZoneInfo("Asia/Kuala_Lumpur")

GOOGLE_DOCS = (
    "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Birthday"
    "&dates=20201231T193000Z/20201231T223000Z&details=With%20clowns%20and%20stuff&location=North%20Pole"
)
OUTLOOK_LIVE_DOCS = (
    "https://outlook.live.com/calendar/deeplink/compose?path=/calendar/action/compose&rru=addevent"
    "&startdt=2023-08-09T19:30:00Z&enddt=2023-08-09T22:30:00Z&subject=Birthday&body=With%20clowns%20and%20stuff"
    "&location=North%20Pole"
)
OFFICE_DOCS = OUTLOOK_LIVE_DOCS.replace("outlook.live.com", "outlook.office.com")
# The older form generators still write: the compose path in the query of /owa/.
OUTLOOK_OWA = OUTLOOK_LIVE_DOCS.replace("/calendar/deeplink/compose?", "/owa/?")


def read(href: str) -> LinkedEvent:
    event = read_calendar_link(href)
    assert event is not None, href
    return event


# --- Google --------------------------------------------------------------------------------------------------
def test_a_google_link_in_utc_gives_its_title_times_place_and_details() -> None:
    event = read(GOOGLE_DOCS)

    assert (event.kind, event.title, event.location, event.details) == (
        "google",
        "Birthday",
        "North Pole",
        "With clowns and stuff",
    )
    assert event.start == dt.datetime(2020, 12, 31, 19, 30, tzinfo=dt.UTC)
    assert event.end == dt.datetime(2020, 12, 31, 22, 30, tzinfo=dt.UTC)
    assert not event.all_day


def test_a_google_link_with_ctz_reads_its_floating_times_in_that_zone() -> None:
    event = read(
        "https://www.google.com/calendar/event?action=TEMPLATE&text=Board+of+Trustees"
        "&dates=20261214T093000/20261214T120000&ctz=America/New_York&location=Room+407"
    )

    assert event.start == dt.datetime(2026, 12, 14, 9, 30, tzinfo=NEW_YORK)
    assert event.end == dt.datetime(2026, 12, 14, 12, 0, tzinfo=NEW_YORK)
    assert event.timezone == "America/New_York"


def test_a_floating_google_link_stays_naive_until_a_page_zone_reads_it() -> None:
    href = "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Clean-up&dates=20261214T093000/20261214T120000"
    html = f'<html><body><a href="{href}">Add to Google Calendar</a></body></html>'

    assert read(href).start == dt.datetime(2026, 12, 14, 9, 30)  # noqa: DTZ001 - floating, as the link says
    (event,) = page_calendar_links(lxml.html.fromstring(html), base_url=None, zone=NEW_YORK)
    assert event.start == dt.datetime(2026, 12, 14, 9, 30, tzinfo=NEW_YORK)
    assert event.timezone == "America/New_York"


@pytest.mark.parametrize(
    ("dates", "start", "end"),
    [
        ("20201231/20210101", dt.date(2020, 12, 31), None),  # Google's end day is exclusive: one day
        ("20201231/20210103", dt.date(2020, 12, 31), dt.date(2021, 1, 2)),  # the last day, inclusive
    ],
)
def test_google_all_day_dates_become_a_start_day_and_an_inclusive_last_day(
    dates: str, start: dt.date, end: dt.date | None
) -> None:
    event = read(f"https://calendar.google.com/calendar/render?action=TEMPLATE&text=Fair&dates={dates}")

    assert (event.start, event.end, event.all_day) == (start, end, True)


# --- Outlook, Yahoo, AddEvent ----------------------------------------------------------------------------------
@pytest.mark.parametrize("href", [OUTLOOK_LIVE_DOCS, OFFICE_DOCS, OUTLOOK_OWA])
def test_outlook_links_give_subject_times_place_and_body(href: str) -> None:
    event = read(href)

    assert (event.kind, event.title, event.location, event.details) == (
        "outlook",
        "Birthday",
        "North Pole",
        "With clowns and stuff",
    )
    assert (event.start, event.end) == (
        dt.datetime(2023, 8, 9, 19, 30, tzinfo=dt.UTC),
        dt.datetime(2023, 8, 9, 22, 30, tzinfo=dt.UTC),
    )


def test_an_outlook_offset_whose_plus_arrived_as_a_space_still_reads() -> None:
    event = read(
        "https://outlook.office.com/calendar/0/deeplink/compose?subject=Recital"
        "&startdt=2026-12-14T19:30:00+01:00&enddt=2026-12-14T21:00:00+01:00"
    )

    assert event.start == dt.datetime(2026, 12, 14, 18, 30, tzinfo=dt.UTC)
    assert event.end == dt.datetime(2026, 12, 14, 20, 0, tzinfo=dt.UTC)


def test_an_outlook_all_day_link_ends_on_its_last_day() -> None:
    event = read(
        "https://outlook.live.com/calendar/0/action/compose?subject=Fair&allday=true"
        "&startdt=2026-12-14&enddt=2026-12-16"
    )

    assert (event.start, event.end, event.all_day) == (dt.date(2026, 12, 14), dt.date(2026, 12, 15), True)


def test_a_yahoo_link_takes_its_end_from_the_duration() -> None:
    event = read("https://calendar.yahoo.com/?v=60&title=Birthday&st=20090514T180000Z&dur=0200&in_loc=North%20Pole")

    assert (event.kind, event.title, event.location) == ("yahoo", "Birthday", "North Pole")
    assert (event.start, event.end) == (
        dt.datetime(2009, 5, 14, 18, 0, tzinfo=dt.UTC),
        dt.datetime(2009, 5, 14, 20, 0, tzinfo=dt.UTC),
    )


def test_an_addevent_link_reads_us_dates_in_its_timezone_and_day_first_dates_when_told() -> None:
    us = read(
        "https://www.addevent.com/dir/?client=abc&start=12/14/2026%2009:30%20AM&end=12/14/2026%2012:00%20PM"
        "&timezone=America/New_York&title=Board+of+Trustees&location=Room+407"
    )
    day_first = read(
        "https://www.addevent.com/dir/?start=04/12/2026%2019:00&date_format=DD/MM/YYYY&timezone=Europe/London&title=Gig"
    )

    assert (us.start, us.end, us.location) == (
        dt.datetime(2026, 12, 14, 9, 30, tzinfo=NEW_YORK),
        dt.datetime(2026, 12, 14, 12, 0, tzinfo=NEW_YORK),
        "Room 407",
    )
    assert day_first.start == dt.datetime(2026, 12, 4, 19, 0, tzinfo=zoneinfo.ZoneInfo("Europe/London"))


def test_an_addevent_widget_on_the_page_is_an_event() -> None:
    # The AddEvent widget markup as pages embed it (values from a real page template).
    html = (
        '<html><body><div title="Add to Calendar" class="addeventatc">Add to Calendar'
        '<span class="start">11/20/2018 12:00 PM</span><span class="end">11/20/2018 02:05 PM</span>'
        '<span class="timezone">Asia/Kuala_Lumpur</span><span class="title">Launch</span>'
        '<span class="location">Level 3, Menara KL</span></div></body></html>'
    )

    (event,) = page_calendar_links(lxml.html.fromstring(html), base_url="https://example.my/launch")

    assert (event.kind, event.title, event.location) == ("addevent", "Launch", "Level 3, Menara KL")
    assert (event.start, event.end) == (
        dt.datetime(2018, 11, 20, 12, 0, tzinfo=KUALA_LUMPUR),
        dt.datetime(2018, 11, 20, 14, 5, tzinfo=KUALA_LUMPUR),
    )


# --- .ics and what is not a calendar link ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("href", "absolute"),
    [
        ("https://example.org/meetings/2026-12-14.ics", "https://example.org/meetings/2026-12-14.ics"),
        ("webcal://example.org/calendar.ics", "https://example.org/calendar.ics"),
        ("https://example.org/event/board/?ical=1", "https://example.org/event/board/?ical=1"),
    ],
)
def test_links_to_ics_files_are_kind_ics_with_nothing_else_read(href: str, absolute: str) -> None:
    assert read_calendar_link(href) == LinkedEvent(kind="ics", href=absolute)


@pytest.mark.parametrize(
    "href",
    [
        "https://maps.google.com/maps?q=Room+407",
        "https://www.google.com/search?q=calendar",
        "https://calendar.google.com/calendar/render?action=TEMPLATE",  # neither a title nor a time
        "https://example.org/events/board-of-trustees",
        "javascript:alert(1)",
        "https://calendar.yahoo.com/?v=60&st=not-a-date",
        "https://calendar.google.com/calendar/render?action=TEMPLATE&dates=99991399T000000Z/x",
    ],
)
def test_other_links_and_unreadable_ones_are_not_events(href: str) -> None:
    assert read_calendar_link(href) is None


def test_a_hostile_value_costs_that_field_only() -> None:
    event = read(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Board&dates=20261301T250000Z/x&ctz=Mars/Base"
    )

    assert (event.title, event.start, event.end, event.timezone) == ("Board", None, None, None)


# --- a page: one reading per event -----------------------------------------------------------------------------
def test_one_event_offered_as_google_outlook_and_yahoo_links_is_one_event() -> None:
    html = """<html><body><article>
      <h2>Board of Trustees</h2>
      <a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Board%20of%20Trustees&amp;dates=20261214T143000Z/20261214T170000Z">Google</a>
      <a href="https://outlook.live.com/calendar/0/action/compose?subject=Board%20of%20Trustees&amp;startdt=2026-12-14T09:30:00&amp;enddt=2026-12-14T12:00:00&amp;location=Room%20407">Outlook</a>
      <a href="https://calendar.yahoo.com/?v=60&amp;title=Board%20of%20Trustees&amp;st=20261214T143000Z&amp;dur=0230&amp;desc=Agenda%20online">Yahoo</a>
      <a href="/meetings/board.ics">iCal</a> <a href="https://library.example/meetings/board.ics">iCal again</a>
      <h2>Finance Committee</h2>
      <a href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Finance%20Committee&amp;dates=20261215T230000Z/20261216T000000Z">Google</a>
    </article></body></html>"""

    events = page_calendar_links(lxml.html.fromstring(html), base_url="https://library.example/meetings", zone=NEW_YORK)

    board, finance, calendar = events
    assert (board.kind, board.title, board.start) == (
        "google",
        "Board of Trustees",
        dt.datetime(2026, 12, 14, 14, 30, tzinfo=dt.UTC),
    )
    # The first link's reading, completed by the others: the place from Outlook, the details from Yahoo.
    assert (board.location, board.details) == ("Room 407", "Agenda online")
    assert (finance.title, finance.start) == ("Finance Committee", dt.datetime(2026, 12, 15, 23, 0, tzinfo=dt.UTC))
    assert calendar == LinkedEvent(kind="ics", href="https://library.example/meetings/board.ics")


def test_a_calendar_link_after_many_ordinary_links_is_still_read() -> None:
    # The cap counted every <a>: a long page's menus (600 links here) hid the event's calendar link.
    menu = "".join(f'<a href="/page-{i}">Page {i}</a>' for i in range(600))
    google = (
        "https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Quiz"
        "&amp;dates=20261214T190000Z/20261214T210000Z"
    )
    root = lxml.html.fromstring(f'<html><body>{menu}<a href="{google}">Add to Google</a></body></html>')

    (event,) = page_calendar_links(root, base_url="https://pub.example/quiz")

    assert (event.title, event.start) == ("Quiz", dt.datetime(2026, 12, 14, 19, tzinfo=dt.UTC))
