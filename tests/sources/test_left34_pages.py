"""left34, pages: the items left33 and review34 left (issue #13), each tried both ways (dates 2031).

3. "Quiz night – Friday 20 June 2031, 7pm, Village Hall" (a dated line, its date between its name and its place) was
   titled "Quiz night –,, Village Hall": "Quiz night" at the Village Hall, 20 June 19:00 (``_page_mid_dates``).
4. review34's three: a maintenance notice in prose under a heading that says nothing of it, and a product's page with
   its delivery date, were one event each; refused now, every date on them being a downtime's or a delivery's
   (``_page_notice_dates``). A menu page with an events section read nothing: that section is read alone
   (``_page_menu_events``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import lxml.html
import pytest

from sources.adapters import _page_notice_dates, _page_other_dates, _page_record_kinds, _page_schedule_lines
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 6, 1, 9)  # noqa: DTZ001 (read_page sets the zone)
read = functools.partial(read_page, url="https://site.example/page", zone=LONDON, start=START)


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>"


def _lines(*lines: str, heading: str = "What's on") -> str:
    return _page(heading, f"<h1>{heading}</h1>" + "".join(f"<p>{line}</p>" for line in lines))


def _read(body: str, zone: zoneinfo.ZoneInfo = LONDON) -> list[tuple[Any, ...]]:
    events = read_page(body, url="https://site.example/page", zone=zone, start=START)
    return [(event["title"], str(event["start"])[:16], event["venue_name"]) for event in events]


# --- 3. a dated line: its name, its date, its place -----------------------------------------------------------------

QUIZ = "Quiz night – Friday 20 June 2031, 7pm, Village Hall"
COFFEE = "Coffee morning – Saturday 21 June 2031, 10am, St Mary's Church Rooms"


def test_the_name_before_the_date_and_the_place_after_it() -> None:
    assert _read(_lines(QUIZ, COFFEE)) == [
        ("Quiz night", "2031-06-20T19:00", "Village Hall"),
        ("Coffee morning", "2031-06-21T10:00", "St Mary's Church Rooms"),
    ]
    assert [event["source_title"] for event in read(_lines(QUIZ, COFFEE))] == [QUIZ, COFFEE]


def test_a_tail_that_is_no_place_joins_the_name_after_a_dash() -> None:
    lines = ["Folk session – Saturday 28 June 2031, 8pm, The Crown", "Film night – Friday 4 July 2031, 7:30pm, Amélie"]
    assert _read(_lines(*lines)) == [
        ("Folk session – The Crown", "2031-06-28T20:00", None),
        ("Film night – Amélie", "2031-07-04T19:30", None),
    ]


def test_without_the_rule_the_title_kept_the_dates_separators(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_schedule_lines, "mid_date_place", lambda *args: None)
    assert [title for title, _, _ in _read(_lines(QUIZ, COFFEE))] == [
        "Quiz night –,, Village Hall",
        "Coffee morning –,, St Mary's Church Rooms",
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # the date first: the title after it, as before (left33's dashed places)
            ["Friday 20 June 2031, 7pm — Quiz night – Village Hall", "Saturday 28 June 2031, 8pm — Folk session"],
            [("Quiz night", "2031-06-20T19:00", "Village Hall"), ("Folk session", "2031-06-28T20:00", None)],
        ),
        (  # the performers after the date: no place (review35's performing groups)
            [
                "Spring concert – Friday 20 June 2031, 7pm, Grand Theatre Orchestra",
                "Summer concert – Friday 27 June 2031, 7pm, Chapel Hill Choir",
            ],
            [
                ("Spring concert – Grand Theatre Orchestra", "2031-06-20T19:00", None),
                ("Summer concert – Chapel Hill Choir", "2031-06-27T19:00", None),
            ],
        ),
        (  # a place after a dash: name_date_place's, as before
            ["Council meeting: Monday 16 June 2031, 7pm - Town Hall", "Planning committee: Monday 23 June 2031, 7pm"],
            [("Council meeting", "2031-06-16T19:00", "Town Hall"), ("Planning committee", "2031-06-23T19:00", None)],
        ),
    ],
)
def test_hard_negative_other_lines_read_as_before(lines: list[str], expected: list) -> None:
    assert _read(_lines(*lines)) == expected


@pytest.mark.parametrize(
    "line",
    [
        # "Quiz – Friday 20 June 2031, 7pm, Village Hall" (no full title before the date) is titled "Quiz – Village
        # Hall" since review38, with no place (tests/sources/test_review38_more.py)
        "Quiz night – Friday 20 June 2031, 7pm, doors 6:30pm",  # a clock of its own after the date
        "Quiz night – Friday 20 June 2031, 7pm, and again on Friday 27 June 2031",  # another date
    ],
)
def test_hard_negative_the_rule_leaves_other_tails(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _lines(line, "Folk session – Saturday 28 June 2031, 8pm, Village Hall")
    on = _read(page)[0]
    monkeypatch.setattr(_page_schedule_lines, "mid_date_place", lambda *args: None)
    assert on == _read(page)[0]


# --- 4a. a downtime's or a delivery's dates -------------------------------------------------------------------------

NOTICES = {
    "maintenance-announcement": _page(
        "Service announcement",
        "<h1>Service announcement</h1><p>Scheduled maintenance on 14 June 2031 from 02:00 to 04:00. Online banking "
        "and the mobile app will be unavailable during this time. We apologise for any inconvenience.</p>",
    ),
    "maintenance-update": _page(
        "News",
        "<h1>Important update</h1><p>Our website will be down for planned maintenance on Saturday 14 June 2031 from "
        "22:00 until 02:00. Orders placed during this time will not be processed.</p>",
    ),
    "wartung": _page(
        "Hinweis",
        "<h1>Hinweis</h1><p>Wegen Wartungsarbeiten am 14.06.2031 von 02:00 bis 04:00 Uhr ist das Kundenportal nicht "
        "erreichbar.</p>",
    ),
    "product-next-day": _page(
        "Organic coffee beans 1kg | Shop",
        "<h1>Organic coffee beans 1kg</h1><p class='price'>£24.99</p><p>Order by 14:00 for next-day delivery on 16 "
        "June 2031.</p><button>Add to basket</button><p>Rich, smooth, single origin.</p>",
    ),
    "product-delivery": _page(
        "Garden bench",
        "<h1>Teak garden bench</h1><p>£349.00</p><p>Delivery 16 June 2031 if you order today. Free delivery over "
        "£50.</p><button>Add to basket</button>",
    ),
}


@pytest.mark.parametrize("name", NOTICES)
def test_a_downtimes_or_a_deliverys_page_reads_no_event(name: str) -> None:
    window = FetchWindow(START.replace(tzinfo=LONDON), START.replace(tzinfo=LONDON) + dt.timedelta(days=365))
    found = extract_document(NOTICES[name].encode(), window=window, page_url="https://site.example/p", zone=LONDON)
    assert found.events == []
    assert any("no event; none read" in note for note in found.notes)


@pytest.mark.parametrize("name", NOTICES)
def test_without_the_rule_the_notice_was_an_event(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_record_kinds, "notice_kind", lambda root, today: None)
    monkeypatch.setattr(_page_other_dates, "downtime_line", lambda text: False)  # review38's line rule, off too
    assert len(read(NOTICES[name])) == 1


LOOK_ALIKES = {
    "bike-workshop": (
        _page(
            "Workshops",
            "<h1>Bike maintenance workshop</h1><p>Join our bike maintenance workshop on Saturday 14 June 2031 at 10:00."
            " Learn to fix a puncture. Spaces may be down to six, so book early.</p>",
        ),
        ["Bike maintenance workshop"],
    ),
    "ticketed-concert": (
        _page(
            "Summer Gala Concert",
            "<h1>Summer Gala Concert</h1><p>Saturday 14 June 2031, 19:30</p><p>Town Hall, Leeds</p><p>Tickets £25. "
            "E-tickets are delivered by email.</p><button>Add to basket</button>",
        ),
        ["Summer Gala Concert"],
    ),
    "pottery-class-in-a-shop": (
        _page(
            "Pottery taster",
            "<h1>Pottery taster session</h1><p>Saturday 14 June 2031, 10:00–12:00 at the Studio, 3 Mill Lane. All "
            "clay and firing included; your pots are ready for collection, or delivery can be arranged.</p><p>£45"
            "</p><button>Add to basket</button>",
        ),
        ["Pottery taster session"],
    ),
    "repair-cafe-beside-a-downtime": (  # the notice in another clause of the date's sentence
        _page(
            "Repair Café",
            "<h1>Repair Café</h1><p>Repair Café: Saturday 14 June 2031, 10:00 — our website will be down for planned "
            "maintenance until Friday, so call to book.</p>",
        ),
        ["Repair Café"],
    ),
    "skills-day-after-an-upgrade": (
        _page(
            "Events",
            "<h1>Digital skills day</h1><p>Saturday 14 June 2031, 10:00–15:00, Central Library. Our new computers "
            "arrive after the system upgrade, so come and try them. The cafe will be closed.</p>",
        ),
        ["Digital skills day"],
    ),
}


@pytest.mark.parametrize("name", LOOK_ALIKES)
def test_hard_negative_events_beside_such_words_read(name: str) -> None:
    body, titles = LOOK_ALIKES[name]
    assert [event["title"] for event in read(body)] == titles


@pytest.mark.parametrize(
    "body",
    [
        # one date a notice's, the other the sale's: no page of notices
        "<p>The catalogue will be unavailable for scheduled maintenance on 14 June 2031.</p><p>Our summer book sale "
        "is on Saturday 21 June 2031 from 10:00 to 16:00 in the Reading Room.</p>",
        # a notice with no date
        "<p>Scheduled maintenance: the portal will be unavailable tonight.</p>",
        # a shop's page whose date is a market's, not a delivery's
        "<p>Meet us at the farmers' market on Saturday 14 June 2031.</p><p>Free delivery over £50.</p>"
        "<button>Add to basket</button>",
        # a notice in the navigation only
        "<nav><p>Scheduled maintenance on 14 June 2031: the site will be unavailable.</p></nav><p>Hello.</p>",
    ],
)
def test_hard_negative_not_every_date_a_notices(body: str) -> None:
    root = lxml.html.fromstring(_page("Page", body))
    assert _page_notice_dates.notice_kind(root, dt.date(2031, 6, 1)) is None


# --- 4b. a menu page's events section -------------------------------------------------------------------------------

SPEISEKARTE = (
    "<h1>Speisekarte</h1><h2>Vorspeisen</h2><p>Tomatensuppe 6,50 €</p><p>Bruschetta 12.05 (Mo) nur mittags</p>"
    "<h2>Hauptgerichte</h2><p>Rinderroulade 18,90 €</p><p>Kaiserschmarrn 9,80 €</p>"
)
WEINPROBE = (
    "<ul><li>Freitag, 20.06.2031, 19:00 Uhr – Weinprobe mit Winzer Huber</li><li>Samstag, 28.06.2031, 20:00 Uhr – "
    "Jazz im Biergarten</li></ul>"
)
LUNCH = (
    "<h1>Lunch menu</h1><section><h2>Starters</h2><p>Soup of the day £6.50</p><p>Prawn cocktail £8.95</p></section>"
    "<section><h2>Mains</h2><p>Fish and chips £15.95</p><p>Steak pie £14.50</p></section>"
)
PUB_NIGHTS = "<ul><li>Friday 20 June 2031, 7pm — Quiz night</li><li>Saturday 28 June 2031, 8pm — Folk session</li></ul>"


@pytest.mark.parametrize(
    ("body", "zone", "expected"),
    [
        (
            _page("Speisekarte | Gasthaus Adler", SPEISEKARTE + "<h2>Veranstaltungen</h2>" + WEINPROBE),
            BERLIN,
            [
                ("Weinprobe mit Winzer Huber", "2031-06-20T19:00", None),
                ("Jazz im Biergarten", "2031-06-28T20:00", None),
            ],
        ),
        (
            _page("Lunch menu | The Crown", LUNCH + f"<section><h2>Upcoming events</h2>{PUB_NIGHTS}</section>"),
            LONDON,
            [("Quiz night", "2031-06-20T19:00", None), ("Folk session", "2031-06-28T20:00", None)],
        ),
    ],
)
def test_a_menu_pages_events_section_is_read_alone(body: str, zone: zoneinfo.ZoneInfo, expected: list) -> None:
    assert _read(body, zone) == expected


def test_without_the_rule_the_menu_page_read_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_record_kinds, "events_section_only", lambda root, prices: None)
    assert _read(_page("Speisekarte", SPEISEKARTE + "<h2>Veranstaltungen</h2>" + WEINPROBE), BERLIN) == []


@pytest.mark.parametrize(
    "body",
    [
        _page("Speisekarte", SPEISEKARTE),  # no events section: refused, as before
        _page("Lunch menu", LUNCH + "<h2>Christmas party menu</h2>" + PUB_NIGHTS),  # a dish's section
        _page("Lunch menu", LUNCH + "<aside><h2>Events</h2><p>See our events page.</p></aside>"),  # an aside's
        _page(  # the events heading over the menu's own prices: still a menu
            "Speisekarte",
            "<h1>Speisekarte</h1><h2>Veranstaltungen</h2><p>Tomatensuppe 6,50 €</p><p>Bruschetta 12.05 (Mo)</p>"
            "<p>Rinderroulade 18,90 €</p><p>Kaiserschmarrn 9,80 €</p>",
        ),
    ],
)
def test_hard_negative_a_menu_without_its_own_events_section_reads_none(body: str) -> None:
    assert _read(body, BERLIN) == []
