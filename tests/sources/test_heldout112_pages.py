"""The hundred-and-twelfth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout112.json: a
beekeepers' club's Termine, a church organ's concerts in French, a public library's calendar and author readings,
an allotment club's Veranstaltungen, and two hard negatives: a municipality's office hours, a clinic's holiday
opening hours; measured once at babfc188), on small documents of our own:

* A club's year of dates written in a '<nav class="events-list">' was left out as navigation: a <nav> with no link
  nor control and dates in it is a listing (``_page_linkless_navs``).
* A card's '<i data-feather="map-pin"></i> Gasthaus "Zur Biene", Hadamar' gave no place: an icon library's name
  attribute names a place icon as a class does (``_page_place_icons.ICON_ATTRIBUTES``).
* A calendar's "May 10, 10:00am-11:30am - Computer Coaching" over "Guided instruction …  Held in the Board Room."
  gave no place: the sentence under a schedule line that says where it is held (``_page_held_places``).
* A news card's "Treff: 12:30 Uhr, Beginn: 13 Uhr, Ort: Vereinsheim (Gaststätte Rudolphia)." gave no place: a run of
  labelled facts names its place after its label (``_page_fact_runs``).
* "<b>April 13, 2011:</b> <i>Focus on Wellness</i> Anita Scandurra …" was titled by the whole paragraph, and "March
  8, 15, 22, 2011:" read as its first day only: the italic name is the title, each listed day an event, following
  days one run (``_page_date_led_lines``).
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import zoneinfo

import lxml.html
import pytest

from sources.adapters._page_date_led_lines import italic_title, listed_days
from sources.adapters._page_fact_runs import fact_run_place
from sources.adapters._page_held_places import held_place
from sources.adapters._page_linkless_navs import LINKLESS_NAV, linkless_navs_as_blocks
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
read_de = functools.partial(
    read_page,
    url="https://verein.example/termine",
    zone=BERLIN,
    start=dt.datetime(2031, 1, 10, 9),  # noqa: DTZ001
)
read_us = functools.partial(
    read_page,
    url="https://library.example/calendar",
    zone=CHICAGO,
    start=dt.datetime(2031, 1, 10, 9),  # noqa: DTZ001
)


def page(body: str, title: str = "Termine", lang: str = "de") -> str:
    return f"<html lang='{lang}'><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def summary(events: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(str(event["start"])[:16], event["title"], event.get("venue_name")) for event in events]


# 1. A <nav> that links nowhere.


def item(day: str, month: str, name: str, hours: str) -> str:
    return (
        f"<div class='event-item'><div class='event-date-block'><span>{day}</span><span>{month}</span></div>"
        f"<div><p class='event-info-title'>{name}</p><p class='event-info-meta'>{hours}</p></div></div>"
    )


YEAR_LIST = (
    item("06", "Apr", "Mitgliederversammlung", "10:00 – 12:00 Uhr")
    + item("30", "Apr", "Walpurgisnacht", "17:00 – 21:00 Uhr")
    + item("10", "Mai", "Pflanzentauschbörse", "10:00 – 12:00 Uhr")
)


def test_a_nav_of_dated_entries_and_no_link_is_read_as_a_listing():
    body = f"<h2>Termine 2031</h2><nav class='events-list' aria-label='Termine 2031'>{YEAR_LIST}</nav>"
    assert summary(read_de(page(body))) == [
        ("2031-04-06T10:00", "Mitgliederversammlung", None),
        ("2031-04-30T17:00", "Walpurgisnacht", None),
        ("2031-05-10T10:00", "Pflanzentauschbörse", None),
    ]


@pytest.mark.parametrize(
    "nav",
    [
        "<nav><a href='/2031/04'>6 April 2031</a> <a href='/2031/05'>10 May 2031</a></nav>",  # a pager of links
        "<nav><button>‹ 6 April 2031</button><span>10 May 2031</span></nav>",  # a month switcher
        "<nav><select><option>6 April 2031</option></select><span>10 May 2031</span></nav>",
        "<nav><span>Start</span> › <span>Termine 2031</span></nav>",  # a breadcrumb of words: one date at most
    ],
)
def test_a_nav_that_navigates_or_holds_no_dates_stays_navigation(nav):
    root = lxml.html.fromstring(f"<html><body>{nav}</body></html>")
    linkless_navs_as_blocks(root)
    assert root.find(".//nav") is not None
    assert root.find(f".//*[@{LINKLESS_NAV}]") is None


def test_a_menu_nav_with_dated_links_gives_no_event():
    body = (
        "<nav><a href='/a'>Osterfest 6 April 2031</a> <a href='/b'>Sommerfest 10 Mai 2031</a> "
        "<a href='/c'>Herbstfest 4 Oktober 2031</a></nav><p>Willkommen beim Verein.</p>"
    )
    assert read_de(page(body, "Verein")) == []


# 2. An icon library's place icon.


def bee_card(day: str, name: str, hours: str, place: str) -> str:
    return (
        f"<div class='card'><div class='flex'><div class='w-16'><div>{day}</div><div>Apr</div></div>"
        f"<div><h3>{name}</h3><div><i data-feather='clock'></i> {hours}</div>"
        f"<div><i data-feather='map-pin'></i> {place}</div><p>Für alle Mitglieder.</p></div></div></div>"
    )


def test_a_feather_map_pin_marks_the_place_line():
    body = "<h2>April 2031</h2>" + bee_card("05", "Imkerstammtisch", "19:00 Uhr", 'Gasthaus "Zur Biene", Hadamar')
    body += bee_card("13", "Frühjahrsrevision", "10:00 - 14:00 Uhr", "Vereinsbienenstand")
    assert summary(read_de(page(body))) == [
        ("2031-04-05T19:00", "Imkerstammtisch", 'Gasthaus "Zur Biene", Hadamar'),
        ("2031-04-13T10:00", "Frühjahrsrevision", "Vereinsbienenstand"),
    ]


def test_other_feather_icons_mark_no_place():
    body = "<h2>April 2031</h2>" + bee_card("05", "Imkerstammtisch", "19:00 Uhr", "x").replace(
        "data-feather='map-pin'></i> x", "data-feather='users'></i> Offen für Gäste"
    )
    body += bee_card("13", "Frühjahrsrevision", "10:00 - 14:00 Uhr", "y").replace(
        "data-feather='map-pin'></i> y", "data-feather='phone'></i> 06433 1234"
    )
    assert [event.get("venue_name") for event in read_de(page(body))] == [None, None]


# 3. "Held in the Board Room." under a schedule line.

CALENDAR = (
    "<h2>Upcoming Events</h2>"
    "<h3>May 2, 7:00pm - Centennial Program</h3><p>An author's talk. Program held at Prairie River Middle School.</p>"
    "<h3>May 10, 10:00am-11:30am - Computer Coaching</h3><p>Guided instruction.  Held in the Board Room.</p>"
    "<h3>May 18, 4:00pm - Board Meeting</h3><p>Open to the public.</p>"
)


def test_the_sentence_under_a_line_that_says_where_it_is_held_is_its_place():
    assert summary(read_us(page(CALENDAR, "Calendar", "en"))) == [
        ("2031-05-02T19:00", "Centennial Program", "Prairie River Middle School"),
        ("2031-05-10T10:00", "Computer Coaching", "Board Room"),
        ("2031-05-18T16:00", "Board Meeting", None),  # its paragraph says nothing of where: not the line above's
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Held in the Board Room.", "Board Room"),
        ("Program held at Prairie River Middle School.", "Prairie River Middle School"),
        ("Meetings are held in Room 101, upstairs.", "Room 101"),
        ("The fair will be held at the Hall of Fame", "Hall of Fame"),
    ],
)
def test_held_in_or_at_a_name(text, place):
    assert held_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "The 2030 meeting was held at the Town Hall.",  # a report
        "Held in March.",
        "Held in English and Welsh.",
        "Sessions held at 7pm.",
        "Held in 2031 for the first time.",
        "She is held in high regard.",
        "Held in conjunction with the Book Fair.",
        "Held in Zoom.",
        "Held in person.",
    ],
)
def test_held_before_no_place(text):
    assert held_place(text) is None


# 4. A place inside a run of labelled facts.


def news_card(title: str, text: str) -> str:
    return f"<article class='news-card'><h3>{title}</h3><p>{text}</p></article>"


def test_a_place_label_among_labelled_facts_names_the_place():
    body = news_card(
        "Schachturnier am 3. Advent",
        "Am Sonntag den 14. Dezember 2031. Treff: 12:30 Uhr, Beginn: 13 Uhr, Ort: Vereinsheim (Gaststätte "
        "Rudolphia). Anmeldegebühr: 5 €.",
    ) + news_card("Skatturnier", "Am Sonntag den 23. November 2031 laden wir alle Skat-Interessierten ein.")
    events = read_de(page(body, "Aktuelles"))
    places = {event["title"]: event.get("venue_name") for event in events}
    assert places == {"Schachturnier am 3. Advent": "Vereinsheim (Gaststätte Rudolphia)", "Skatturnier": None}


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Doors: 7pm, Venue: Old Mill Hall, Tickets: £8", "Old Mill Hall"),
        ("Start: 10 Uhr; Treffpunkt: Parkplatz Rathaus. Dauer: 2 Stunden", "Parkplatz Rathaus"),
        ("Doors: 7pm, Venue: 12 Oak St", "12 Oak St"),
    ],
)
def test_fact_run_places(line, place):
    assert fact_run_place(line) == place


@pytest.mark.parametrize(
    "line",
    [
        "Treff: 12:30 Uhr, Beginn: 13 Uhr",  # no place label among the facts
        "Der Ort: unbekannt, wie immer",  # one label only
        "Location: Main Hall",  # one label, at the start: the line readers'
        "Start: 10 Uhr, Treffpunkt: 14:00 Uhr am Bahnhof",  # a time after the label: the meeting time reader's
        "Beginn: 13 Uhr, Ort:",  # an empty value
    ],
)
def test_no_fact_run_place(line):
    assert fact_run_place(line) is None


# 5. A bold date's italic name; a line's listed days.

READINGS = (
    "<p><b>March 8, 15, 22, 2031:</b> <i>All About Trees</i> Joel Eldridge Three part presentation on trees.</p>"
    "<p><b>April 13, 2031:</b> <i>Focus on Wellness</i> Anita Scandurra / Peter Throm, integrative approaches.</p>"
    "<p><b>November 14 &amp;  Nov. 15, 2031:</b> <i>Woodlot to Workbench</i> Mark Duginske of Wausau.</p>"
    "<p><b>September 12, 2031:</b> Kristin Martell reads from her children's book,<i> Haiti Mon Amour</i>.</p>"
)


def test_a_bold_dates_italic_name_is_the_title_and_listed_days_are_events():
    events = read_us(page(READINGS, "Author Readings", "en"))
    got = [(str(event["start"])[:10], str(event.get("end") or "")[:10], event["title"]) for event in events]
    assert got[:5] == [
        ("2031-03-08", "", "All About Trees"),
        ("2031-03-15", "", "All About Trees"),
        ("2031-03-22", "", "All About Trees"),
        ("2031-04-13", "", "Focus on Wellness"),
        ("2031-11-14", "2031-11-15", "Woodlot to Workbench"),  # two days in a row: one event over both
    ]
    assert got[5][0] == "2031-09-12"
    assert got[5][2].startswith("Kristin Martell")  # an italic further in names a work, not the event


def line_of(markup: str) -> types.SimpleNamespace:
    block = lxml.html.fragment_fromstring(markup)
    return types.SimpleNamespace(block=block, text=" ".join(block.text_content().split()))


@pytest.mark.parametrize(
    "markup",
    [
        "<p>On <b>April 13, 2031:</b> <i>Focus</i> and more</p>",  # the bold does not open the block
        "<p><b>April 13, 2031:</b> with <i>Focus</i></p>",  # words between the date and the italic
        "<p><b>Note:</b> <i>Focus on Wellness</i> April 13, 2031</p>",  # a bold label, no date
        "<p><b>April 13, 2031:</b> <span>Focus on Wellness</span></p>",  # no italic
    ],
)
def test_no_italic_title(markup):
    assert italic_title(line_of(markup)) is None


def entry(text: str, day: dt.date, time: dt.time | None = None) -> types.SimpleNamespace:
    return types.SimpleNamespace(text=text, day=day, time=time, end_day=None, evidence=[], sessions=[])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("March 8 pupils, 15 teachers, 2031", dt.date(2031, 3, 8)),  # words between: no list
        ("March 8, 15, 22 pupils", dt.date(2031, 3, 8)),  # no year after the days
        ("March 8, 15, 22, 2031", dt.date(2031, 3, 15)),  # the entry is not the list's first day
        ("March 22, 15, 2031", dt.date(2031, 3, 22)),  # out of order
        ("November 14 & Dec. 15, 2031", dt.date(2031, 11, 14)),  # another month
        ("February 27, 31, 2031", dt.date(2031, 2, 27)),  # no such day
    ],
)
def test_no_listed_days(text, day):
    assert len(listed_days([entry(text, day)])) == 1
