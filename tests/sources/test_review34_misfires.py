"""Review34: the reader's misfires the last reviews saw, each fixed generically, with the real events that look
like them kept (hard negatives). Synthetic documents, dates 2031, fetched on 10 June 2031 in London (Berlin for the
German pages).

1. a status page's scheduled maintenance written as HTML ("Scheduled maintenance: 14 June 2031 02:00–04:00 UTC — API
   degraded") was an event at 0.7 (``_page_record_kinds``: the page's title or heading says a status page);
2. "High Tide 21:00" in a cinema's or a venue's day was dropped as the sea's time (``_page_sky_times.LONE_TIDE``); a
   tide table stays no events (its heading: ``_page_record_kinds``; all its rows the tide's: ``_page_record_titles``);
3. exam timetables, court lists, TV listings, dividend dates and earnings calendars were events at 0.7 to 0.9
   (``_page_record_kinds``: refused where the page's headings or its table's column names say so);
4. a menu's "12.05 (Mo)" (a dated lunch menu, a dish's price) was a day's event (``_page_record_kinds``: a menu's
   heading and its prices);
5. an MOT's, a car service's, a dentist's, a barber's booking grid was four events (``_page_data_slots``);
6. news and shop tables in rule-separated blocks were events (``_page_post_tables``).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import lxml.html
import pytest

from sources.adapters._page_post_tables import post_table
from sources.adapters._page_sky_times import lone_tide, sky_times
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.sources.helpers import read_page
from tests.sources.test_review28_misfires import page

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
FETCH = dt.datetime(2031, 6, 10, 9, 0)  # noqa: DTZ001 (read_page sets the zone)


def read(body: str, zone: zoneinfo.ZoneInfo = LONDON) -> list[dict]:
    return read_page(body, url="https://site.example/page", zone=zone, start=FETCH)


def titles(body: str, zone: zoneinfo.ZoneInfo = LONDON) -> list[str]:
    return [event["title"] for event in read(body, zone)]


def table(header: list[str], rows: list[list[str]], caption: str = "") -> str:
    head = "<tr>" + "".join(f"<th>{cell}</th>" for cell in header) + "</tr>" if header else ""
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table>{f'<caption>{caption}</caption>' if caption else ''}{head}{body}</table>"


def slots(*moments: tuple[str, str], name: str = "") -> str:
    said = f' data-title="{name}"' if name else ""
    return (
        "<div class='grid'>"
        + "".join(
            f'<button class="slot" data-date="{day}" data-time="{clock}"{said}>{clock}</button>'
            for day, clock in moments
        )
        + "</div>"
    )


def blocks(*items: tuple[str, ...]) -> str:
    rows = ""
    for href, name, *more in items:
        rows += f'<tr><td><a href="{href}">{name}</a></td></tr>' + "".join(f"<tr><td>{m}</td></tr>" for m in more)
        rows += "<tr><td><hr></td></tr>"
    return f"<table>{rows}</table>"


# Each misfire: (page title, body, zone); it must read no events.
MISFIRES = {
    # 1. a status page's maintenance windows
    "status-maintenance-line": (
        "Acme Status",
        "<h1>Acme system status</h1><p>All systems operational</p><h2>Scheduled maintenance</h2>"
        "<div class='incident'><h3>Database upgrade</h3><p>Scheduled maintenance: 14 June 2031 02:00–04:00 UTC — API"
        " degraded</p><p>Posted 9 June 2031</p></div>",
        LONDON,
    ),
    "status-maintenance-list": (
        "Status",
        "<h1>Service status</h1><ul><li><strong>Scheduled maintenance</strong> — Saturday 21 June 2031, 22:00 – 23:30"
        " BST. The customer portal will be unavailable.</li><li><strong>Planned maintenance</strong> — 5 July 2031,"
        " 01:00 – 03:00. Email delivery may be delayed.</li></ul>",
        LONDON,
    ),
    "status-planned-works-columns": (
        "Network notices",
        "<h1>Network notices</h1>"
        + table(
            ["Service", "Window", "Impact"],
            [
                ["Broadband exchange upgrade", "17 June 2031 00:00–06:00", "Outage expected"],
                ["Payment gateway maintenance", "24 June 2031 02:00–03:00", "Degraded performance"],
            ],
        ),
        LONDON,
    ),
    # 2. a tide table
    "tide-times-lines": (
        "Tide times",
        "<h1>Tide times for Whitby</h1><h2>Saturday 14 June 2031</h2><p>High Tide 09:12</p><p>Low Tide 15:30</p>"
        "<p>High Tide 21:40</p><h2>Sunday 15 June 2031</h2><p>High Tide 09:58</p><p>Low Tide 16:11</p>",
        LONDON,
    ),
    "tide-table-columns": (
        "Tides",
        "<h1>Tide table</h1>"
        + table(
            ["Date", "Tide", "Time", "Height"],
            [
                ["14 June 2031", "High Tide", "09:12", "4.8 m"],
                ["14 June 2031", "Low Tide", "15:30", "1.1 m"],
                ["15 June 2031", "High Tide", "09:58", "4.7 m"],
            ],
        ),
        LONDON,
    ),
    "harbour-tides-unnamed": (
        "Whitby harbour",
        "<h1>Whitby harbour</h1><h2>Saturday 14 June 2031</h2><p>High tide 09:12</p><p>Low tide 15:30</p>"
        "<h2>Sunday 15 June 2031</h2><p>High tide 09:58</p><p>Low tide 16:11</p>",
        LONDON,
    ),
    # 3. exam timetables, court lists, TV listings, dividends, earnings
    "exam-timetable-heading": (
        "Exam timetable",
        "<h1>Summer exam timetable 2031</h1>"
        + table(
            ["Paper", "Subject", "Date", "Time"],
            [
                ["Paper 1", "Mathematics", "14 June 2031", "09:00"],
                ["Paper 2", "English Literature", "16 June 2031", "13:30"],
                ["Paper 1", "Biology", "18 June 2031", "09:00"],
            ],
        ),
        LONDON,
    ),
    "exam-columns-only": (
        "Timetable",
        "<h1>Year 11 mock examinations</h1>"
        + table(
            ["Subject", "Paper", "Duration", "Date", "Start"],
            [
                ["Chemistry", "Paper 1", "1h 45m", "Monday 16 June 2031", "09:00"],
                ["History", "Paper 2", "2h", "Tuesday 17 June 2031", "13:15"],
            ],
        ),
        LONDON,
    ),
    "court-list-table": (
        "Court list",
        "<h1>Daily court list</h1><h2>Monday 16 June 2031</h2>"
        + table(
            ["Case No.", "Parties", "Courtroom", "Time"],
            [
                ["Case No. CR-2031-0412", "R v Smith", "Courtroom 3", "10:00"],
                ["Case No. CV-2031-1120", "Jones v Acme Ltd", "Courtroom 1", "14:00"],
            ],
        ),
        LONDON,
    ),
    "court-hearings-lines": (
        "Hearings",
        "<h1>Magistrates hearings</h1><ul><li>16 June 2031 10:00 — Case No. 31/0412 — Courtroom 3 — R v Brown</li>"
        "<li>16 June 2031 11:30 — Case No. 31/0419 — Courtroom 2 — R v Green</li>"
        "<li>17 June 2031 10:00 — Case No. 31/0433 — Courtroom 3 — R v White</li></ul>",
        LONDON,
    ),
    "tv-listings-lines": (
        "TV listings",
        "<h1>TV listings tonight</h1><h2>Saturday 14 June 2031</h2><p>BBC One 20:00 Film: The Great Escape</p>"
        "<p>ITV1 21:00 Drama: Vera</p><p>Channel 4 22:00 Gogglebox</p>",
        LONDON,
    ),
    "tv-guide-columns": (
        "Tonight",
        "<h1>Tonight</h1>"
        + table(
            ["Channel", "Date", "Time", "Programme"],
            [
                ["BBC Two", "14 June 2031", "19:00", "Gardeners' World"],
                ["Sky Arts", "14 June 2031", "21:00", "Glastonbury highlights"],
            ],
        ),
        LONDON,
    ),
    "radio-schedule": (
        "Radio",
        "<h1>Radio schedule</h1><h2>Saturday 14 June 2031</h2><p>06:00 Breakfast with Jo</p><p>10:00 The Saturday"
        " Show</p><p>14:00 Sport</p>",
        LONDON,
    ),
    "dividend-history": (
        "Dividends",
        "<h1>Shareholder information</h1>"
        + table(
            ["Type", "Ex-dividend date", "Record date", "Payment date", "Amount"],
            [
                ["Final", "12 June 2031", "13 June 2031", "1 July 2031", "12.5p"],
                ["Interim", "11 December 2031", "12 December 2031", "3 January 2032", "6.1p"],
            ],
        ),
        LONDON,
    ),
    "earnings-calendar": (
        "Earnings calendar",
        "<h1>Earnings calendar</h1>"
        + table(
            ["Symbol", "Company", "Report date", "Time", "EPS estimate"],
            [
                ["ACME", "Acme Corp", "12 June 2031", "08:00", "1.12"],
                ["GLBX", "Globex", "13 June 2031", "16:30", "0.87"],
            ],
        ),
        LONDON,
    ),
    # 4. menus
    "mittagstisch": (
        "Mittagstisch",
        "<h1>Mittagstisch</h1><p>Unser Mittagstisch diese Woche, 11:30–14:00 Uhr</p><ul>"
        "<li>16.06 (Mo) Schnitzel mit Kartoffelsalat 9,50 €</li><li>17.06 (Di) Linsensuppe 7,80 €</li>"
        "<li>18.06 (Mi) Lachs mit Reis 11,20 €</li></ul>",
        BERLIN,
    ),
    "speisekarte-prices": (
        "Speisekarte",
        "<h1>Speisekarte</h1><h2>Vorspeisen</h2><p>Tomatensuppe 6.50</p><p>Bruschetta 12.05 (Mo) nur mittags</p>"
        "<h2>Hauptgerichte</h2><p>Rinderroulade 18.90</p><p>Spätzle 12.05 (Mo–Fr)</p><p>Kaiserschmarrn 9.80</p>",
        BERLIN,
    ),
    "wochenkarte-table": (
        "Wochenkarte",
        "<h1>Wochenkarte KW 25</h1>"
        + table(
            [],
            [
                ["16.06. (Mo)", "Gulasch mit Nudeln", "8,90 €"],
                ["17.06. (Di)", "Gemüsecurry", "7,50 €"],
                ["18.06. (Mi)", "Fischfilet", "9,90 €"],
            ],
        ),
        BERLIN,
    ),
    # 5. a service's appointments
    "mot-slots": (
        "Book your MOT",
        "<h1>Book your MOT</h1><p>Choose a date and time. MOT test £54.85.</p>"
        + slots(("2031-06-16", "09:00"), ("2031-06-16", "10:30"), ("2031-06-17", "09:00"), ("2031-06-17", "14:00")),
        LONDON,
    ),
    "car-service-slots": (
        "Car service booking",
        "<h1>Book a car service</h1><p>Full service or interim service at our Leeds garage.</p>"
        + slots(("2031-06-16", "08:30"), ("2031-06-16", "13:00"), ("2031-06-18", "08:30")),
        LONDON,
    ),
    "dentist-slots": (
        "Book online",
        "<h1>Book online</h1><p>Check-up with our dentist or hygienist. Pick an available slot.</p>"
        + slots(("2031-06-16", "09:15"), ("2031-06-16", "09:45"), ("2031-06-16", "11:00")),
        LONDON,
    ),
    "book-a-slot-unnamed": (
        "Studio 4",
        "<h1>Book a slot</h1><p>Available times this week:</p>"
        + slots(("2031-06-16", "10:00"), ("2031-06-16", "10:30"), ("2031-06-17", "15:00")),
        LONDON,
    ),
    # 6. news and shop tables in blocks of rows
    "news-blocks-published": (
        "Aktuelles",
        "<h1>Aktuelles</h1>"
        + blocks(
            ("/n/1", "Neuer Spielplatz im Stadtpark eröffnet", "16.06.2031", "Veröffentlicht um 09:45 Uhr"),
            ("/n/2", "Gemeinderat beschließt Haushalt", "17.06.2031", "Veröffentlicht um 14:10 Uhr"),
            ("/n/3", "Freibad öffnet früher", "18.06.2031", "Veröffentlicht um 08:00 Uhr"),
        ),
        BERLIN,
    ),
    "news-blocks-posted": (
        "News",
        "<h1>Latest news</h1>"
        + blocks(
            ("/n/1", "Council approves new cycle lanes", "16 June 2031", "Posted 09:45"),
            ("/n/2", "Library reopens after refurbishment", "17 June 2031", "Updated 14:10"),
        ),
        LONDON,
    ),
    "press-blocks-day-alone": (
        "Pressemitteilungen",
        "<h1>Pressemitteilungen</h1>"
        + blocks(
            ("/n/1", "Neuer Spielplatz im Stadtpark eröffnet", "16.06.2031"),
            ("/n/2", "Gemeinderat beschließt Haushalt", "17.06.2031"),
        ),
        BERLIN,
    ),
    "shop-blocks-delivery": (
        "Neuheiten",
        "<h1>Neuheiten</h1>"
        + blocks(
            (
                "/p/1",
                "Wanderschuh Alpin GTX",
                "Lieferbar ab 16.06.2031",
                "Bestellt bis 14:00 Uhr, Versand am selben Tag",
            ),
            (
                "/p/2",
                "Trekkingrucksack 45 L",
                "Lieferbar ab 20.06.2031",
                "Bestellt bis 14:00 Uhr, Versand am selben Tag",
            ),
        ),
        BERLIN,
    ),
    "shop-blocks-available": (
        "Shop",
        "<h1>Coming soon</h1>"
        + blocks(
            ("/p/1", "Trail shoe GTX", "Available from 16 June 2031"),
            ("/p/2", "Daypack 25 L", "Available from 20 June 2031"),
        ),
        LONDON,
    ),
}


@pytest.mark.parametrize("name", MISFIRES)
def test_a_record_of_another_kind_reads_no_events(name: str) -> None:
    title, body, zone = MISFIRES[name]
    assert read(page(title, body), zone) == []


# Each look-alike: (page title, body, zone, the titles it must read).
EVENTS = {
    # 1. "maintenance" in an event's name
    "bike-maintenance-workshop": (
        "Maintenance workshop",
        "<h1>Bike maintenance workshop</h1><p>Saturday 14 June 2031, 10:00–12:00</p><p>Cycle Hub, 3 Canal Street, "
        "Leeds</p><p>Learn to fix a puncture and adjust your brakes.</p>",
        LONDON,
        ["Bike maintenance workshop"],
    ),
    "volunteer-days": (
        "Events",
        "<h1>What's on</h1><ul><li><h3><a href='/e/1'>Garden maintenance volunteer day</a></h3><p>14 June 2031, "
        "10:00–15:00</p></li><li><h3><a href='/e/2'>Canal path clean-up</a></h3><p>21 June 2031, 09:30–12:00</p></li>"
        "</ul>",
        LONDON,
        ["Garden maintenance volunteer day", "Canal path clean-up"],
    ),
    # 2. a film or a band called "High Tide"
    "cinema-high-tide": (
        "Cinema listings",
        "<h1>Film listings</h1><h2>Saturday 14 June 2031</h2><p>High Tide 21:00</p><p>The Lighthouse 18:15</p>"
        "<h2>Sunday 15 June 2031</h2><p>High Tide 20:30</p><p>Aftersun 16:00</p>",
        LONDON,
        ["High Tide", "The Lighthouse", "High Tide", "Aftersun"],
    ),
    "gig-high-tide": (
        "Gigs",
        "<h1>Live at the Crown</h1><h3>Friday 13 June 2031</h3><p>High Tide 21:00</p><p>The Wave Pool 20:00</p>"
        "<h3>Saturday 14 June 2031</h3><p>Low Water 20:30</p><p>Sea Shanty Collective 19:30</p>",
        LONDON,
        ["High Tide", "The Wave Pool", "Low Water", "Sea Shanty Collective"],
    ),
    # 3. an exam's, a court's, a TV's, a dividend's word in events
    "exam-revision-workshops": (
        "Revision",
        "<h1>Exam revision workshops</h1><ul><li><h3><a href='/e/1'>GCSE maths revision workshop</a></h3><p>14 June "
        "2031, 10:00–12:00, Central Library</p></li><li><h3><a href='/e/2'>Exam stress: a talk for parents</a></h3>"
        "<p>18 June 2031, 18:30, Central Library</p></li></ul>",
        LONDON,
        ["GCSE maths revision workshop", "Exam stress: a talk for parents"],
    ),
    "court-theatre": (
        "Court Theatre",
        "<h1>Court Theatre: what's on</h1>"
        + table(
            ["Date", "Time", "Show"],
            [
                ["14 June 2031", "19:30", "<a href='/s/1'>Twelve Angry Men</a>"],
                ["15 June 2031", "14:30", "<a href='/s/2'>Witness for the Prosecution</a>"],
            ],
        ),
        LONDON,
        ["Twelve Angry Men", "Witness for the Prosecution"],
    ),
    "mock-trial-rounds": (
        "Mock trial",
        "<h1>Mock trial competition</h1>"
        + table(
            ["Round", "Date", "Time", "Venue"],
            [
                ["<a href='/r/1'>Regional heat</a>", "16 June 2031", "10:00", "Crown Court, Leeds"],
                ["<a href='/r/2'>National final</a>", "30 June 2031", "10:00", "Old Bailey, London"],
            ],
        ),
        LONDON,
        ["Regional heat", "National final"],
    ),
    "council-sitzungstermine": (
        "Gemeinderat",
        "<h1>Sitzungstermine des Gemeinderats</h1>"
        + table(
            ["Datum", "Uhrzeit", "Gremium", "Saal"],
            [
                ["16.06.2031", "18:00", "<a href='/s/1'>Gemeinderat</a>", "Sitzungssaal"],
                ["30.06.2031", "18:00", "<a href='/s/2'>Bauausschuss</a>", "Sitzungssaal"],
            ],
        ),
        BERLIN,
        ["Gemeinderat", "Bauausschuss"],
    ),
    "pub-sport-screenings": (
        "Sport on the big screen",
        "<h1>Live sport on the big screen</h1><h2>Saturday 14 June 2031</h2><p>Rugby: England v France 16:45</p>"
        "<p>Football: Cup final 20:00</p>",
        LONDON,
        ["Rugby: England v France", "Football: Cup final"],
    ),
    "dividend-investing-evening": (
        "Investor seminar",
        "<h1>Dividend investing evening</h1><p>Thursday 19 June 2031, 18:30–20:30</p><p>The Guildhall, Bath</p><p>An "
        "evening talk on building an income portfolio. Free, booking required.</p>",
        LONDON,
        ["Dividend investing evening"],
    ),
    # 4. a restaurant's or a venue's events with a weekday in brackets
    "kino-bracket-days": (
        "Kino",
        "<h1>Kinoprogramm</h1>"
        + table(
            [],
            [
                ["16.06. (Mo)", "20:00", "<a href='/f/1'>Paris, Texas</a>"],
                ["17.06. (Di)", "18:00", "<a href='/f/2'>Das Boot</a>"],
            ],
        ),
        BERLIN,
        ["Paris, Texas", "Das Boot"],
    ),
    "restaurant-events": (
        "Veranstaltungen",
        "<h1>Veranstaltungen im Gasthaus</h1>"
        + table(
            ["Datum", "Uhrzeit", "Veranstaltung", "Preis"],
            [
                ["16.06.2031", "19:00", "<a href='/v/1'>Weinprobe mit Winzer Huber</a>", "39,00 €"],
                ["20.06.2031", "18:30", "<a href='/v/2'>Spargelmenü-Abend</a>", "45,00 €"],
                ["27.06.2031", "20:00", "<a href='/v/3'>Jazz im Biergarten</a>", "12,00 €"],
            ],
        ),
        BERLIN,
        ["Weinprobe mit Winzer Huber", "Spargelmenü-Abend", "Jazz im Biergarten"],
    ),
    # 5. a class's or a tour's slots
    "pottery-class-slots": (
        "Pottery class",
        "<h1>Beginners pottery class</h1><p>Learn to throw on the wheel. 2 hours, £35. Book a slot below: 6 places "
        "available per session.</p>" + slots(("2031-06-16", "18:00"), ("2031-06-18", "18:00"), ("2031-06-20", "10:00")),
        LONDON,
        ["Beginners pottery class"] * 3,
    ),
    "castle-tour-slots": (
        "Castle tours",
        "<h1>Book a slot</h1><p>Tours last 90 minutes.</p>"
        + slots(("2031-06-16", "11:00"), ("2031-06-16", "14:00"), name="Guided castle tour"),
        LONDON,
        ["Guided castle tour"] * 2,
    ),
    "yoga-slots": (
        "Yoga",
        "<h1>Sunrise yoga on the beach</h1><p>Book a slot: classes are limited to 12.</p>"
        + slots(("2031-06-17", "06:30"), ("2031-06-19", "06:30")),
        LONDON,
        ["Sunrise yoga on the beach"] * 2,
    ),
    # 6. a theatre's and a concert hall's blocks of rows
    "spielplan-blocks": (
        "Spielplan",
        "<h1>Spielplan</h1>"
        + blocks(
            ("/s/1", "Fallback", "16. bis 19.06.2031", "TANZ | 19:00 Uhr | im Saal"),
            ("/s/2", "Echo", "24.06.2031", "THEATER | 20:00 Uhr | Studio"),
        ),
        BERLIN,
        ["Fallback", "Echo"],
    ),
    "concert-blocks": (
        "Konzerte",
        "<h1>Konzerte</h1>"
        + blocks(
            ("/k/1", "Kammerorchester Basel", "Mittwoch, 18.06.2031", "Beginn 19:30 Uhr, Großer Saal"),
            ("/k/2", "Jazz-Nacht", "Freitag, 20.06.2031", "Einlass 20:00 Uhr, Keller"),
        ),
        BERLIN,
        ["Kammerorchester Basel", "Jazz-Nacht"],
    ),
}


@pytest.mark.parametrize("name", EVENTS)
def test_an_event_that_looks_like_a_record_is_read(name: str) -> None:
    title, body, zone, expected = EVENTS[name]
    assert titles(page(title, body), zone) == expected


def test_the_run_notes_say_what_the_page_lists() -> None:
    start = FETCH.replace(tzinfo=LONDON)
    title, body, _zone = MISFIRES["court-list-table"]
    read_out = extract_document(
        page(title, body).encode(),
        window=FetchWindow(start, start + dt.timedelta(days=365)),
        page_url="https://site.example/page",
        zone=LONDON,
    )
    assert read_out.events == []
    assert any("a court list" in note and "Daily court list" in note for note in read_out.notes)


@pytest.mark.parametrize(
    ("name", "tide"),
    [("High Tide", True), ("low water 15:30", True), ("Marée haute", True), ("High Tide Festival", False)],
)
def test_a_lone_tide_is_no_sky_time_of_a_row_but_a_tide(name: str, tide: bool) -> None:
    assert sky_times(name) is False
    assert lone_tide(name) is tide


def test_a_table_of_two_links_a_block_is_no_post_table() -> None:
    rows = (
        "<tr><td><a href='/a'>One</a> <a href='/b'>Two</a></td></tr><tr><td>16.06.2031</td></tr><tr><td><hr></td></tr>"
    ) * 2
    assert post_table(lxml.html.fromstring(f"<table>{rows}</table>")) is False
