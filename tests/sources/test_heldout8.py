"""The eighth held-out batch's misses (issue #13, bench/corpus/*/manifest-heldout8.json: measured once, none of its
files committed), each rule on a small document of our own: a schedule table whose name column is a column of
links under a header that names no title; a field's label ("Organizer", "Startdatum:") that is never a name; a
German single-event page's labelled start, time and place; a JSON-LD block a template printed carelessly; "Sa.
9. Apr 2022"; a card whose heading is only its day; a page's own event beside a list of related events; a post's
publication "date" beside a start day and time; ISO basic days; epoch seconds written as text; and a listing a
page keeps in a script variable.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters._json_shapes import columns, date_shape
from sources.adapters._jsonld_repair import mended, mended_items
from sources.adapters._page_dates import find_dates
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.sources.helpers import parse_body, parse_json

VANCOUVER = zoneinfo.ZoneInfo("America/Vancouver")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
LONDON = zoneinfo.ZoneInfo("Europe/London")
UTC = zoneinfo.ZoneInfo("UTC")


def day_of(start: dt.date) -> dt.date:
    return start.date() if isinstance(start, dt.datetime) else start


# --- 1. a headed table with no name column: its linked cell names each row --------------------------------------
def test_a_headed_tables_linked_cell_is_each_rows_name_and_page() -> None:
    rows = "".join(
        f"<tr><td>{day}</td><td>{clock}</td><td><a href='/walks/{slug}'>{name}</a></td><td>$5</td>"
        f"<td>Moderate</td></tr>"
        for day, clock, slug, name in (
            ("July 1", "8:45 am", "cougar-ridge", "Cougar Ridge Loop"),
            ("July 4", "6:45 am", "two-lakes", "Two Lakes (Upper Trail)"),
            ("July 12", "7:00 am", "fir-lookout", "Fir Lookout"),
        )
    )
    events = parse_body(
        "<h1>Schedule</h1><h2>Hiking</h2><table><thead><tr><th>Date</th><th>Meeting Time</th><th>Destination</th>"
        f"<th>Travel Cost</th><th>Difficulty</th></tr></thead><tbody>{rows}</tbody></table>",
        title="Schedule | Walking Club",
        zone=VANCOUVER,
        base="https://walks.example.org/schedule",
        start=dt.datetime(2027, 6, 1, tzinfo=VANCOUVER),
    )
    assert [(event.title, event.start, event.url) for event in events] == [
        (
            "Cougar Ridge Loop",
            dt.datetime(2027, 7, 1, 8, 45, tzinfo=VANCOUVER),
            "https://walks.example.org/walks/cougar-ridge",
        ),
        (
            "Two Lakes (Upper Trail)",
            dt.datetime(2027, 7, 4, 6, 45, tzinfo=VANCOUVER),
            "https://walks.example.org/walks/two-lakes",
        ),
        (
            "Fir Lookout",
            dt.datetime(2027, 7, 12, 7, 0, tzinfo=VANCOUVER),
            "https://walks.example.org/walks/fir-lookout",
        ),
    ]


# --- 2. a field's label is never a name -------------------------------------------------------------------------
def test_a_fact_boxs_organizer_heading_is_not_the_events_name() -> None:
    events = parse_body(
        "<article class='single-event'><h1>Quiz Night</h1><p>Teams of four, prizes for the top three.</p>"
        "<div class='event-meta'><div class='event-date'><h3>Date</h3><dl><dd>Aug 04 2027</dd></dl></div>"
        "<div class='event-time'><h3>Time</h3><dl><dd>7:00 pm - 9:30 pm</dd></dl></div>"
        "<div class='event-location'><h3>Location</h3><dl><dd>Harbour Hall</dd></dl></div>"
        "<div class='event-organizer'><h3>Organizer</h3><dl><dd>Harbour Social Club</dd></dl></div></div></article>",
        title="Quiz Night – Harbour Social Club",
        zone=VANCOUVER,
        base="https://club.example.org/events/quiz/",
        start=dt.datetime(2027, 7, 1, tzinfo=VANCOUVER),
    )
    assert [(event.title, event.start) for event in events] == [
        ("Quiz Night", dt.datetime(2027, 8, 4, 19, 0, tzinfo=VANCOUVER))
    ]


# --- 3. a German event page's labelled details ------------------------------------------------------------------
def test_a_german_pages_labelled_start_time_and_place() -> None:
    events = parse_body(
        "<h1>Offenes Treffen der Jugendgruppe</h1><p>Wir planen die nächsten Aktionen. Alle sind willkommen.</p>"
        "<div class='sidebar-content'><h3>Termindetails</h3><p><b>Startdatum:</b></p><p>14. Oktober 2027</p>"
        "<p><b>Uhrzeit:</b></p><p>18 Uhr</p><p><b>Ort:</b></p><p>Gemeindesaal Neustadt</p>"
        "<p><b>Veranstalter:</b></p><p>Jugendgruppe</p></div>",
        title="Offenes Treffen der Jugendgruppe",
        zone=BERLIN,
        base="https://gruppe.example.de/termine/treffen/",
        start=dt.datetime(2027, 9, 1, tzinfo=BERLIN),
    )
    assert [(event.title, event.start, event.venue_name) for event in events] == [
        ("Offenes Treffen der Jugendgruppe", dt.datetime(2027, 10, 14, 18, 0, tzinfo=BERLIN), "Gemeindesaal Neustadt")
    ]


# --- 4. a JSON-LD block printed carelessly ----------------------------------------------------------------------
CARELESS_JSONLD = """{
    "@context": "http://schema.org",
    "@type": "Event",
    "name": "Lantern Ride",
    "startDate": "2027-10-02T18:30:00+02:00",
    "location": {"@type": "Place", "name": "Market Square",
      "address": {"@type": "PostalAddress", "addressLocality": "Weimar", "postalCode": 04109, "addressCountry": "DE"}},
    "description": "Bring a "lantern" and a bike light.",
    "endDate": "2027-10-02T20:00:00+02:00",

<!----><!---->  }"""


def test_a_careless_json_ld_block_is_mended_before_it_is_read() -> None:
    assert mended_items('{"a": [1, 2,], "b": 01234, "c": "x"}') == [{"a": [1, 2], "b": "01234", "c": "x"}]
    items = mended_items(CARELESS_JSONLD)
    assert [(item["name"], item["location"]["address"]["postalCode"], item["description"]) for item in items] == [
        ("Lantern Ride", "04109", 'Bring a "lantern" and a bike light.')
    ]
    assert mended('{"a": "fine"}') == '{"a": "fine"}'  # nothing to mend: left as it is
    assert mended_items('{"a": ') == []  # still broken: nothing read


def test_a_page_with_a_careless_json_ld_block_reads_its_event() -> None:
    page = (
        f"<html><head><script type='application/ld+json'>{CARELESS_JSONLD}</script></head>"
        "<body><h1>Lantern Ride</h1><p>A slow ride through the old town.</p></body></html>"
    )
    start = dt.datetime(2027, 9, 1, tzinfo=BERLIN)
    window = FetchWindow(start=start, end=start + dt.timedelta(days=365))
    events = extract_document(
        page.encode(), window=window, kind="auto", page_url="https://rides.example.de/laterne", zone=BERLIN
    ).events
    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Lantern Ride", "2027-10-02T18:30:00+02:00", "2027-10-02T20:00:00+02:00")
    ]


# --- 5. a dot after the day before an English month -------------------------------------------------------------
def test_a_dotted_day_before_an_english_month_is_that_day() -> None:
    today = dt.date(2027, 1, 1)
    assert [hit.date for hit in find_dates("Sa. 9. Apr 2027", year_hint=None, today=today)] == [dt.date(2027, 4, 9)]
    assert [hit.date for hit in find_dates("Fr. 25. Mar 2027", year_hint=None, today=today)] == [dt.date(2027, 3, 25)]
    assert [hit.date for hit in find_dates("version 2.5. 3 items", year_hint=None, today=today)] == []


# --- 6. a card's heading that is only its day -------------------------------------------------------------------
def test_a_cards_day_heading_is_not_its_name() -> None:
    cards = "".join(
        f"<div class='card'><h4>{day}</h4><h2><a href='/shows/{slug}'>{name}</a></h2><p>{blurb}</p></div>"
        for day, slug, name, blurb in (
            ("za 11 feb", "sixties", "The Sixties Revue", "Songs of a decade."),
            ("do 13 apr", "band", "The Harbour Band", "A night of covers."),
            ("vr 21 apr", "choir", "City Choir", "Spring concert."),
        )
    )
    events = parse_body(
        f"<h1>Programma</h1>{cards}",
        title="Programma",
        zone=AMSTERDAM,
        base="https://theater.example.nl/programma",
        start=dt.datetime(2027, 1, 15, tzinfo=AMSTERDAM),
    )
    assert [(event.title, day_of(event.start)) for event in events] == [
        ("The Sixties Revue", dt.date(2027, 2, 11)),
        ("The Harbour Band", dt.date(2027, 4, 13)),
        ("City Choir", dt.date(2027, 4, 21)),
    ]


# --- 7. a page's own event beside a list of related events -------------------------------------------------------
def test_a_pages_own_event_is_kept_beside_its_related_events() -> None:
    related = "".join(
        f"<div class='row prodlist-item'><h4>{day}</h4><h2><a href='/programma/{slug}'>{name}</a></h2></div>"
        for day, slug, name in (
            ("za 11 feb", "sixties", "The Sixties Revue"),
            ("do 13 apr", "band", "The Harbour Band"),
        )
    )
    events = parse_body(
        "<h1>Blue Notes</h1><h2>A jazz evening</h2><p>Four players, two sets.</p>"
        "<p>vr 19 mei 2027 Kleine zaal</p><p>21:00 uur</p>"
        f"<h2>Ook interessant voor jou:</h2><div class='prodlist related-items'>{related}</div>",
        title="Blue Notes - Theater",
        zone=AMSTERDAM,
        base="https://theater.example.nl/programma/blue-notes",
        start=dt.datetime(2027, 1, 15, tzinfo=AMSTERDAM),
    )
    assert [(event.title, event.start) for event in events] == [
        ("Blue Notes", dt.datetime(2027, 5, 19, 21, 0, tzinfo=AMSTERDAM))
    ]


# --- 8. a post's publication date beside a start day and time; ISO basic days -----------------------------------
def test_a_start_day_and_time_beat_a_posts_publication_date() -> None:
    def post(number: int, day: str, clock: str) -> dict:
        return {
            "id": number,
            "date": "2027-06-16T10:50:34",
            "modified": "2027-06-16T10:50:37",
            "title": {"rendered": f"Open studio {number}"},
            "link": f"https://gallery.example.org/events/open-studio-{number}/",
            "acf": {
                "start_date": {"value": day, "simple_value_formatted": "a day"},
                "start_time": {"value": clock, "simple_value_formatted": "a time"},
            },
        }

    start = dt.datetime(2027, 6, 1, tzinfo=VANCOUVER)
    window = FetchWindow(start=start, end=start + dt.timedelta(days=365))
    _, events = parse_json(
        [post(1, "20270924", "15:00:00"), post(2, "20271002", "10:30:00")], window=window, zone=VANCOUVER
    )
    assert [event.start for event in events] == [
        dt.datetime(2027, 9, 24, 15, 0, tzinfo=VANCOUVER),
        dt.datetime(2027, 10, 2, 10, 30, tzinfo=VANCOUVER),
    ]


# --- 9. epoch seconds written as text ---------------------------------------------------------------------------
def test_epoch_seconds_written_as_text_are_moments() -> None:
    items = [{"title": "Council", "date": "1800000000"}, {"title": "Council", "date": "1800600000"}]
    column = columns(items)["date"]
    shape = date_shape(column, numeric_ok=True)
    assert shape is not None
    assert shape.format == "epoch"
    assert date_shape(column, numeric_ok=False) is None  # a name must say it is a moment
    start = dt.datetime(2027, 1, 1, tzinfo=UTC)
    window = FetchWindow(start=start, end=start + dt.timedelta(days=365))
    _, events = parse_json({"results": items}, window=window, zone=UTC)
    assert [event.start for event in events] == [
        dt.datetime(2027, 1, 15, 8, 0, tzinfo=dt.UTC),
        dt.datetime(2027, 1, 22, 6, 40, tzinfo=dt.UTC),
    ]


# --- 10. a listing kept in a script variable --------------------------------------------------------------------
def test_a_listing_in_a_script_variable_is_read_when_the_markup_shows_none() -> None:
    listing = {
        "Shows": [
            {"Title": "Harbour Lights", "Date": "2027-03-05T19:30:00", "Link": "/shows/harbour-lights"},
            {"Title": "The Night Ferry", "Date": "2027-03-06T20:00:00", "Link": "/shows/night-ferry"},
        ]
    }
    page = (
        "<html><head><title>What's on</title></head><body><div id='listing'></div><script>"
        f'var Other = \'no json\'; var Listing = {json.dumps(listing)}; var Config = {{"k": "}}; inside"}};'
        "</script></body></html>"
    )
    events = parse_body(
        page.split("<body>", 1)[1].rsplit("</body>", 1)[0],
        title="What's on",
        zone=LONDON,
        base="https://cinema.example.org/whats-on",
        start=dt.datetime(2027, 3, 1, tzinfo=LONDON),
    )
    assert [(event.title, event.start) for event in events] == [
        ("Harbour Lights", dt.datetime(2027, 3, 5, 19, 30, tzinfo=LONDON)),
        ("The Night Ferry", dt.datetime(2027, 3, 6, 20, 0, tzinfo=LONDON)),
    ]


# --- 11. a production page's facts in a sidebar beside its text ------------------------------------------------
def production_page(sidebar: str) -> str:
    return (
        "<header><h1 class='logo'><a href='/'>Stadstheater</a></h1><nav><a href='/programma'>Programma</a></nav></header>"
        "<div class='container'><div class='row'><div class='col-md-8 maincontent'><h1>Harbour Lights</h1>"
        "<h2>A play in two acts</h2><p>A lighthouse keeper and a storm.</p><p>Three actors, one night.</p></div>"
        f"<div class='col-md-4 sidebar'>{sidebar}</div></div></div>"
    )


def test_a_sidebar_beside_the_heading_that_names_one_day_gives_the_pages_event() -> None:
    events = parse_body(
        production_page(
            "<p>&euro; 29,00</p><p>vr 2 juni 2027 Grote zaal</p><p>20:00 uur</p><a href='/bestel'>Bestel</a>"
        ),
        title="Harbour Lights - Stadstheater",
        zone=AMSTERDAM,
        base="https://theater.example.nl/programma/harbour-lights",
        start=dt.datetime(2027, 1, 15, tzinfo=AMSTERDAM),
    )
    assert [(event.title, event.start) for event in events] == [
        ("Harbour Lights", dt.datetime(2027, 6, 2, 20, 0, tzinfo=AMSTERDAM))
    ]


def test_a_sidebar_of_upcoming_events_gives_no_event_to_the_page() -> None:
    events = parse_body(
        production_page("<h3>Binnenkort</h3><p>vr 2 juni 2027 Concert</p><p>za 3 juni 2027 Dans</p>"),
        title="Harbour Lights - Stadstheater",
        zone=AMSTERDAM,
        base="https://theater.example.nl/programma/harbour-lights",
        start=dt.datetime(2027, 1, 15, tzinfo=AMSTERDAM),
    )
    assert [event.title for event in events if event.title == "Harbour Lights"] == []


# --- 12. each performance of a show, at its "1830" ----------------------------------------------------------------
def test_each_performance_of_a_show_is_an_event_at_its_four_digit_time() -> None:
    shows = {
        "Films": [
            {"Title": "Harbour Lights", "Performances": [
                {"StartDate": "2027-03-05", "StartTime": "1830", "Screen": "Screen 1"},
                {"StartDate": "2027-03-06", "StartTime": "1400", "Screen": "Screen 2"},
            ]},
            {"Title": "The Night Ferry", "Performances": [
                {"StartDate": "2027-03-05", "StartTime": "2045", "Screen": "Screen 1"},
            ]},
        ]
    }  # fmt: skip
    start = dt.datetime(2027, 3, 1, tzinfo=LONDON)
    window = FetchWindow(start=start, end=start + dt.timedelta(days=365))
    _, events = parse_json(shows, window=window, zone=LONDON)
    assert [(event.title, event.start) for event in events] == [
        ("Harbour Lights", dt.datetime(2027, 3, 5, 18, 30, tzinfo=LONDON)),
        ("Harbour Lights", dt.datetime(2027, 3, 6, 14, 0, tzinfo=LONDON)),
        ("The Night Ferry", dt.datetime(2027, 3, 5, 20, 45, tzinfo=LONDON)),
    ]


def test_four_digits_are_a_time_only_in_a_column_named_for_times() -> None:
    named = columns([{"StartTime": "1830"}, {"StartTime": "2045"}])["StartTime"]
    shape = date_shape(named, numeric_ok=True)
    assert shape is not None
    assert (shape.kind, shape.format) == ("time", "%H%M")
    year = columns([{"start": "2026"}, {"start": "2027"}])["start"]  # a year under "start" is no time of day
    assert date_shape(year, numeric_ok=True) is None or date_shape(year, numeric_ok=True).kind != "time"


# --- 13. (second part, seen) a club's German info rows: "Am", "Einlass", "Beginn" ---------------------------------
def test_a_german_cards_info_rows_give_its_day_and_its_start_not_its_doors() -> None:
    cards = "".join(
        f"<div class='row-fluid event-listing-element event'><div class='container'><div class='span6'>"
        f"<a href='/konzerte/{slug}/'><h3 class='headline'>{name}</h3></a></div>"
        f"<div class='span3 event-info-table'>"
        f"<div class='row-fluid'><div class='span6 headline'>Am</div><div class='span6'>{day}</div></div>"
        f"<div class='row-fluid'><div class='span6 headline'>Einlass</div><div class='span6'>{doors} Uhr</div></div>"
        f"<div class='row-fluid'><div class='span6 headline'>Beginn</div><div class='span6'>{begins} Uhr</div></div>"
        f"</div></div></div>"
        for slug, name, day, doors, begins in (
            ("harbour", "HARBOUR LIGHTS", "Fr. 14.08.", "19:00", "20:00"),
            ("ferry", "NIGHT FERRY", "Sa. 22.08.", "21:00", "22:00"),
        )
    )
    events = parse_body(
        f"<h1>Programm</h1>{cards}",
        title="Programm",
        zone=BERLIN,
        base="https://club.example.de/programm/",
        start=dt.datetime(2027, 7, 26, tzinfo=BERLIN),
    )
    assert [(event.source_title or event.title, event.start) for event in events] == [
        ("HARBOUR LIGHTS", dt.datetime(2027, 8, 14, 20, 0, tzinfo=BERLIN)),
        ("NIGHT FERRY", dt.datetime(2027, 8, 22, 22, 0, tzinfo=BERLIN)),
    ]


# --- 14. (second part, seen) "hide_from_listings": true --------------------------------------------------------
def test_an_item_hidden_from_the_listings_is_skipped() -> None:
    items = [
        {"title": "Open workshop", "start_date": "2027-08-06 20:00:00", "hide_from_listings": False},
        {"title": "Internal meeting", "start_date": "2027-08-08 18:00:00", "hide_from_listings": True},
    ]
    start = dt.datetime(2027, 7, 26, tzinfo=BERLIN)
    window = FetchWindow(start=start, end=start + dt.timedelta(days=365))
    _, events = parse_json({"events": items}, window=window, zone=BERLIN)
    assert [event.title for event in events] == ["Open workshop"]
