"""The sixth held-out batch's misses (issue #13, bench/corpus/*/manifest-heldout6.json and the files measured with
them but not committed), each rule on a small document of our own: a listing's "26 Aug 13" (a two-digit year
after a day and a month), a page that says its language in a <meta> rather than on <html>, a block of label and
value rows whose date is the value of "Aika" (the name is the block's heading), and a body's calendar that keeps a
date and writes "NO MEETING" into its name.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters._page_dates import find_dates
from sources.extraction import default_window, extract_document
from tests.sources.helpers import parse_body, parse_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
MADRID = zoneinfo.ZoneInfo("Europe/Madrid")
HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


# --- 1. "26 Aug 13": a day, a month and a two-digit year -------------------------------------------------------
def test_a_day_month_and_two_digit_year_is_that_day_not_the_13th_of_the_month() -> None:
    today = dt.date(2027, 8, 1)
    assert [hit.date for hit in find_dates("26 Aug 27", year_hint=None, today=today)] == [dt.date(2027, 8, 26)]
    assert [hit.date for hit in find_dates("10 Sep 27", year_hint=None, today=today)] == [dt.date(2027, 9, 10)]
    span = find_dates("03-18 Aug 27", year_hint=None, today=today)
    assert [(hit.date, hit.end_date) for hit in span] == [(dt.date(2027, 8, 3), dt.date(2027, 8, 18))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of month-day pairs: "14 March 18" is no 2018
        ("January 14 March 18 April 15", [dt.date(2027, 1, 14), dt.date(2027, 3, 18), dt.date(2027, 4, 15)]),
        ("5 March 12 people came", [dt.date(2027, 3, 12)]),  # a count after it: not a year (the older reading)
        ("14 Aug 09", [dt.date(2027, 8, 9)]),  # far from the clock: no year (the older reading stays)
    ],
)
def test_a_two_digit_number_after_a_month_is_a_year_only_where_nothing_says_otherwise(
    text: str, expected: list[dt.date]
) -> None:
    assert [hit.date for hit in find_dates(text, year_hint=2027, today=dt.date(2027, 1, 1))] == expected


def test_a_number_with_a_time_word_after_it_is_no_year() -> None:
    # "10 am" is the clock's: neither the year 2010 nor (review50) the day of "Aug 10": the 14th of the reader's year.
    for today in (dt.date(2010, 1, 1), dt.date(2031, 1, 1)):
        hits = find_dates("Sat 14 Aug 10 am", year_hint=None, today=today)
        assert [hit.date for hit in hits] == [dt.date(today.year, 8, 14)]


def day_of(start: dt.date) -> dt.date:
    return start.date() if isinstance(start, dt.datetime) else start


def test_a_venue_listing_with_two_digit_years_reads_each_show_on_its_day() -> None:
    items = "".join(
        f'<div class="main_whatson"><a href="/whatson/details.asp?id={number}">{name}</a><br />'
        f'<em class="date-time cf">{day}</em><br /><small>Event:Concert Hall, doors open at 6.30pm</small>'
        f"<p>{name} live.</p></div><hr>"
        for number, name, day in (
            (1, "The Harbour Lights", "26 Aug 27"),
            (2, "In conversation with a novelist", "10 Sep 27"),
            (3, "Piano recital", "15 Sep 27"),
        )
    )
    events = parse_body(
        f"<h4>Current and Forthcoming - Events</h4>{items}",
        title="What's On",
        zone=LONDON,
        base="https://hall.example.org/whatson/",
        start=dt.datetime(2027, 8, 1, tzinfo=LONDON),
    )
    assert [(event.title, day_of(event.start)) for event in events] == [
        ("The Harbour Lights", dt.date(2027, 8, 26)),
        ("In conversation with a novelist", dt.date(2027, 9, 10)),
        ("Piano recital", dt.date(2027, 9, 15)),
    ]


# --- 2. the page's language in a <meta>: "04/02/2027" on a Spanish page is the 4th of February -------------------
TALK = (
    '<html><head><meta name="language" content="es" /><title>Cómo presentar tu proyecto</title></head><body>'
    '<h1 class="page-title">Cómo presentar tu proyecto</h1>'
    '<div class="meta"><span class="history icon"></span>04/02/2027</div>'
    "<p>Jornada organizada por el vivero de empresas.</p></body></html>"
)


def test_a_page_that_declares_its_language_in_a_meta_reads_slashed_dates_day_first() -> None:
    events = parse_page(TALK, zone=MADRID, base=None, start=dt.datetime(2027, 1, 1, tzinfo=MADRID))
    assert [(event.title, event.start) for event in events] == [("Cómo presentar tu proyecto", dt.date(2027, 2, 4))]


def test_without_a_declared_language_the_same_page_is_read_month_first() -> None:
    undeclared = TALK.replace('<meta name="language" content="es" />', "")
    events = parse_page(undeclared, zone=MADRID, base=None, start=dt.datetime(2027, 1, 1, tzinfo=MADRID))
    assert [event.start for event in events] == [dt.date(2027, 4, 2)]


# --- 3. label and value rows: the date is the value of "Aika"; the block's heading names the event ---------------
def field(label: str, value: str) -> str:
    return (
        f'<div class="row"><div class="col-sm-3 hidden-xs">{label}</div>'
        f'<div class="col-xs-12 visible-xs">{label}</div><div class="col-sm-9">{value}</div></div>'
    )


def test_the_name_of_a_block_of_label_and_value_rows_is_its_heading_not_a_label_or_a_value() -> None:
    blocks = "".join(
        f"<hr /><h4>{name}</h4><table>{field('Aika', when)}{field('Hinta', '15 €/hlö')}"
        f"{field('Lisätiedot', 'Pelitapahtuma voidaan perua.')}"
        f"{field('', f'<a href=/booking/create?id={number}>Ilmoittaudu</a>')}</table>"
        for number, name, when in (
            (1, "Jäsenilta", "Ti 20.10.2027 klo 19:00"),
            (2, "Kisailta", "To 22.10.2027 klo 20:00"),
            (3, "Kisailta", "To 29.10.2027 klo 20:00"),
        )
    )
    events = parse_body(
        f'<h1>Tapahtumat</h1><div class="list">{blocks}</div>',
        title="Tapahtumat",
        zone=HELSINKI,
        base="https://booking.example.fi/booking-entry/index",
        start=dt.datetime(2027, 10, 1, tzinfo=HELSINKI),
    )
    assert [(event.title, event.start) for event in events] == [
        ("Jäsenilta", dt.datetime(2027, 10, 20, 19, 0, tzinfo=HELSINKI)),
        ("Kisailta", dt.datetime(2027, 10, 22, 20, 0, tzinfo=HELSINKI)),
        ("Kisailta", dt.datetime(2027, 10, 29, 20, 0, tzinfo=HELSINKI)),
    ]


# --- 4. "NO MEETING" in a meeting's name: the body keeps the date, the meeting is off -------------------------------
def test_a_meeting_named_no_meeting_is_cancelled() -> None:
    meetings = [
        {"Id": 1, "Name": "Board Meetings - Jan 12 2027", "MeetingDateTime": "2027-01-12 15:00"},
        {"Id": 2, "Name": "Board Meetings - NO MEETING", "MeetingDateTime": "2027-01-26 15:00"},
        {"Id": 3, "Name": "Work Session (No Meeting)", "MeetingDateTime": "2027-02-02 09:00"},
    ]
    now = dt.datetime(2027, 1, 1, tzinfo=CHICAGO)
    extraction = extract_document(json.dumps(meetings).encode(), window=default_window(now), kind="auto", zone=CHICAGO)
    assert [(event["title"], event["status"]) for event in extraction.events] == [
        ("Board Meetings", "scheduled"),
        ("Board Meetings", "cancelled"),
        ("Work Session", "cancelled"),
    ]


def test_no_meeting_before_the_meetings_own_date_still_cancels_it() -> None:
    meetings = [
        {"Id": 1, "Name": "Board Meetings - Jan 12 2027", "MeetingDateTime": "2027-01-12 15:00"},
        {"Id": 2, "Name": "Board Meetings - NO MEETING - Jan 26 2027", "MeetingDateTime": "2027-01-26 15:00"},
    ]
    events = extract(meetings, CHICAGO)
    assert [(event["title"], event["status"]) for event in events] == [
        ("Board Meetings", "scheduled"),
        ("Board Meetings", "cancelled"),
    ]


def extract(document: object, zone: zoneinfo.ZoneInfo) -> list[dict]:
    now = dt.datetime(2027, 1, 1, tzinfo=zone)
    return extract_document(json.dumps(document).encode(), window=default_window(now), kind="auto", zone=zone).events


# --- 5. a meetings service's answer: a formatted date is no address; the address under the venue's name -----------
ESCRIBE = {
    "d": [
        {
            "ID": f"m-{day}",
            "MeetingName": name,
            "StartDate": f"2027/03/{day} 17:15:00",
            "FormattedStart": f"Wednesday, March {day}, 2027 @ 5:15 PM",
            "EndDate": f"2027/03/{day} 18:15:00",
            "Location": "City Hall, Conference Room 103",
            "Description": "City Hall, Conference Room 103<br/>276 Fourth Avenue, Chula Vista, CA ",
            "Url": f"https://meetings.example.org/Meeting?Id=m-{day}",
        }
        for day, name in ((3, "Board of Ethics Regular Meeting"), (17, "Parks Commission"))
    ]
}


def test_a_formatted_date_is_not_read_as_an_address_and_the_line_under_the_venue_is() -> None:
    events = extract(ESCRIBE, zoneinfo.ZoneInfo("America/Los_Angeles"))
    assert [(event["venue_name"], event["address"]) for event in events] == [
        ("City Hall, Conference Room 103", "276 Fourth Avenue, Chula Vista, CA"),
    ] * 2


def test_a_description_that_does_not_open_with_the_venue_gives_no_address() -> None:
    other = {"d": [dict(item, Description="Bring 12 copies<br/>100 people expected") for item in ESCRIBE["d"]]}
    events = extract(other, zoneinfo.ZoneInfo("America/Los_Angeles"))
    assert [event["address"] for event in events] == [None, None]


# --- 6. midnight among stated times: a day whose time was never entered ---------------------------------------------
def test_a_midnight_start_among_timed_ones_is_a_day_without_a_time() -> None:
    rows = [
        {"Id": 1, "Name": "Academic Committee Meeting", "MeetingDateTime": "2027-02-10 10:00"},
        {"Id": 2, "Name": "Finance Committee Meeting", "MeetingDateTime": "2027-02-11 13:00"},
        {"Id": 3, "Name": "Board Retreat Agenda", "MeetingDateTime": "2027-02-20 00:00"},
        {"Id": 4, "Name": "Boundary Committee Meeting", "MeetingDateTime": "2027-02-17 17:30"},
    ]
    events = extract(rows, CHICAGO)
    assert [event["start"] for event in events] == [
        "2027-02-10T10:00:00-06:00",
        "2027-02-11T13:00:00-06:00",
        "2027-02-20",
        "2027-02-17T17:30:00-06:00",
    ]


def test_midnight_everywhere_or_on_a_twelve_hour_clock_is_left_as_it_was() -> None:
    # all at midnight: no value states a time to set the midnight ones apart (a rule of its own reads ISO's
    # "T00:00:00" written everywhere as dates)
    everywhere = [{"Id": n, "Name": f"Night ride {n}", "When": f"2027-02-1{n} 00:00"} for n in range(1, 4)]
    assert [event["start"] for event in extract(everywhere, CHICAGO)] == [
        f"2027-02-1{n}T00:00:00-06:00" for n in range(1, 4)
    ]
    twelve = [
        {"Id": 1, "Name": "Late show", "Start": "02/10/2027 12:00 AM"},
        {"Id": 2, "Name": "Matinee", "Start": "02/11/2027 02:00 PM"},
        {"Id": 3, "Name": "Evening show", "Start": "02/12/2027 07:30 PM"},
    ]
    assert extract(twelve, CHICAGO)[0]["start"] == "2027-02-10T00:00:00-06:00"


# --- 7. the event's own month and day at the end of its name ------------------------------------------------------
def test_a_name_that_ends_in_the_meetings_own_month_and_day_loses_them() -> None:
    rows = [
        {"Id": 1, "Name": "Special Board Meeting Agenda June 2, 2027 - Jun 02 2027", "When": "2027-06-02 17:00"},
        {"Id": 2, "Name": "Jazz Night June 3", "When": "2027-06-04 20:00"},  # another day: kept
    ]
    assert [event["title"] for event in extract(rows, CHICAGO)] == ["Special Board Meeting Agenda", "Jazz Night June 3"]


# --- 8. a meeting fragment: its name in an ARIA heading, its time alone under the place's lines --------------------
MEETING = (
    '<div id="wrap-meeting"><div id="view-meeting">'
    '<div role="heading" aria-level="1" class="meeting-name">REGULAR BOARD BUSINESS MEETING</div>'
    '<div class="meeting-date">Tuesday, February 16, 2027</div>'
    '<div class="meeting-description">COLUMBUS CITY SCHOOLS<br>BOARD OF EDUCATION MEETING<br>3700 S. HIGH ST.'
    "<br>COLUMBUS, OH 43207<br>6:00PM<br>DR. A. MIRANDA, PRESIDENT</div>"
    '<div class="meeting-buttons"><ul><li><a href="#">View the<br>Agenda</a></li></ul></div></div></div>'
)


def test_a_fragment_named_by_an_aria_heading_is_one_meeting_at_the_time_under_its_place() -> None:
    zone = zoneinfo.ZoneInfo("America/New_York")
    events = parse_page(MEETING, zone=zone, base=None, start=dt.datetime(2027, 1, 1, tzinfo=zone))
    assert [(event.title, event.start) for event in events] == [
        ("REGULAR BOARD BUSINESS MEETING", dt.datetime(2027, 2, 16, 18, 0, tzinfo=zone))
    ]


def test_an_element_only_styled_as_a_heading_names_nothing() -> None:
    zone = zoneinfo.ZoneInfo("America/New_York")
    plain = MEETING.replace(' role="heading" aria-level="1"', "")
    events = parse_page(plain, zone=zone, base=None, start=dt.datetime(2027, 1, 1, tzinfo=zone))
    assert [event.title for event in events] != ["REGULAR BOARD BUSINESS MEETING"]
