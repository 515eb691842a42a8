"""Review 12 (issue #13, session 12): counter-examples of our own writing for the extraction rules merged this
session (the dotted feed dates, the bare dotted days of a page, the wrapped event's own place, coordinate pairs,
JSON written in strings). Each test is a small document a real site or API could publish, on which a rule read
something that is not there; the rule is now narrowed, and the document stays as a hard negative.

- A dotted date range ("Ausstellung 12.12.–30.01.2032", "Weinfest 12.-14.12.2031", "5.–7.12.2031"): the range's
  end, the only date with a year, was read as the event's start, and the title kept the range's first day
  ("Ausstellung: Farbe und Licht, 12.12."). The range is now read as one: the first day (in the end's year, or
  the year before when it would come after the end) to the last, and the title loses the whole range.
- A wrapped event whose organizer is written with an address ("event": {"organizer": {"name", "address"}}): the
  organizer's name replaced the listing's venue, as "the name beside the event's own address". An address inside
  an organizer's, a seller's or a contact's object says where they are, not where the event is.
- A description written as a rich-text editor's JSON in a string (Draft.js' ``{"blocks": [...]}``): read as an
  object, the description was lost. A string is now read as the document it holds only when the document around it
  gives no events (a recorded exchange's body), or the configured list is not found without it.
- Seats or grid cells written as a pair of whole numbers ("position": [112, 7]): read as a longitude and a
  latitude. Pairs of coordinates are written with decimals; pairs that are all whole numbers are left unread.
- A creation or as-of stamp in German or Dutch ("Erstellt am 20.11.2031, 10:02 Uhr", "Stand: 20.11.2031", "Geplaatst
  op 20.11.2031"): read as the event's start, before the event's own date later in the words. They are stamps now,
  as "Aktualisiert am" and "Posted:" were ("Stand" only with its colon or "vom": "am Stand 20.11." is a booth).
- A price in a cell classed as a day's ("<td class="price-day">12.05</td>"): read as the 12th of May. A class that
  names a price or a rate says the number is one.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.sources.helpers import parse_json

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 11, 20, tzinfo=BERLIN)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def extract(document: str) -> list[dict]:
    return extract_document(document.encode(), window=WINDOW, kind="auto", zone=BERLIN).events


def feed(*titles: str, description: str = "") -> str:
    items = "".join(
        f"<item><title>{title}</title><link>https://kunsthalle.example.de/t/{number}</link>"
        f"<description>{description}</description><pubDate>Thu, 20 Nov 2031 09:00:00 +0100</pubDate></item>"
        for number, title in enumerate(titles)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Kunsthalle Termine</title>"
        f"<link>https://kunsthalle.example.de/events/</link>{items}</channel></rss>"
    )


# --- feeds: a dotted date range is one span, not its end ----------------------------------------------------------


def test_a_dotted_range_with_the_year_on_its_end_starts_on_its_first_day() -> None:
    events = extract(
        feed(
            "Ausstellung: Farbe und Licht, 12.12.–30.01.2032",
            "Sommerkurs 01.12. - 15.12.2031",
            "Jazzfestival 5.–7.12.2031",
            "Weinfest 12.-14.12.2031",
            "Lesewoche 24. bis 28.11.2031",
        )
    )

    assert [(event["title"], event["start"], event["end"], event["all_day"]) for event in events] == [
        ("Ausstellung: Farbe und Licht", "2031-12-12", "2032-01-30", True),
        ("Sommerkurs", "2031-12-01", "2031-12-15", True),
        ("Jazzfestival", "2031-12-05", "2031-12-07", True),
        ("Weinfest", "2031-12-12", "2031-12-14", True),
        ("Lesewoche", "2031-11-24", "2031-11-28", True),
    ]
    assert events[0]["source_title"] == "Ausstellung: Farbe und Licht, 12.12.–30.01.2032"


def test_a_range_written_with_both_years_is_read_from_its_first_day_even_when_that_is_past() -> None:
    (event,) = extract(feed("Retrospektive", description="Die Ausstellung läuft vom 01.11.2031 – 15.02.2032."))

    assert (event["start"], event["end"]) == ("2031-11-01", "2032-02-15")


def test_a_single_dotted_date_and_a_clock_range_are_read_as_before() -> None:
    (event,) = extract(feed("Orgelkonzert", description="Am 17.12.2031, 19:00 - 21:30 Uhr, Eintritt frei."))

    assert event["start"] == dt.datetime(2031, 12, 17, 19, 0, tzinfo=BERLIN).isoformat()
    assert event["end"] == dt.datetime(2031, 12, 17, 21, 30, tzinfo=BERLIN).isoformat()


def test_an_end_before_its_first_day_is_no_range() -> None:
    # "30.12.–02.12.2031": the first day after the last in the same year, and it names its month: no span.
    events = extract(feed("Fehler im Plan 30.12.–02.12.2031"))

    assert all(event["start"] not in ("2031-12-02", "2030-12-30") for event in events)


@pytest.mark.parametrize(
    "stamp",
    ["Erstellt am 20.11.2031, 10:02 Uhr.", "Stand: 20.11.2031, 10:02 Uhr.", "Stand vom 20.11.2031, 10:02 Uhr.",
     "Geplaatst op 20.11.2031 10:02."],
)  # fmt: skip
def test_a_german_or_dutch_creation_stamp_is_not_the_events_start(stamp: str) -> None:
    (event,) = extract(feed("Adventskonzert", description=f"{stamp} Das Konzert beginnt am 12.12.2031 um 20:00 Uhr."))

    assert event["start"] == dt.datetime(2031, 12, 12, 20, 0, tzinfo=BERLIN).isoformat()


def test_a_stand_that_is_a_booth_keeps_its_date() -> None:
    (event,) = extract(feed("Messe", description="Besuchen Sie uns am Stand 20.11.2031, 10:00 Uhr, Halle 3."))

    assert event["start"] == dt.datetime(2031, 11, 20, 10, 0, tzinfo=BERLIN).isoformat()


# --- JSON: an organizer's address is not the event's place -------------------------------------------------------


def listing(day: int, venue: str, title: str, organizer: str, address: str) -> dict:
    return {
        "id": day,
        "venue": {"name": venue, "city": "München"},
        "event": {
            "title": title,
            "start": f"2031-12-{day:02d}T20:00:00",
            "timezone": "Europe/Berlin",
            "organizer": {"name": organizer, "address": address},
        },
    }


def read_json(document: object, config: dict | None = None) -> list:
    return parse_json(document, config, window=WINDOW, zone=BERLIN)[1]


def test_an_organizers_address_inside_the_event_does_not_replace_the_listings_venue() -> None:
    events = read_json(
        [
            listing(12, "Olympiahalle", "Warm-up", "Live Nation GmbH", "Hauptstraße 1, 20095 Hamburg"),
            listing(14, "Zenith", "Jazz Night", "Jazzclub e.V.", "Marktplatz 3, 80331 München"),
            listing(18, "Tonhalle", "Kammerkonzert", "Kulturreferat", "Burgstraße 4, 80331 München"),
        ]
    )

    assert [(event.title, event.venue_name) for event in events] == [
        ("Warm-up", "Olympiahalle"),
        ("Jazz Night", "Zenith"),
        ("Kammerkonzert", "Tonhalle"),
    ]


# --- JSON: a rich-text description written as JSON stays the item's description ---------------------------------


def draft(text: str) -> str:
    return json.dumps(
        {"blocks": [{"key": "a1", "text": text, "type": "unstyled"}], "entityMap": {}}, ensure_ascii=False
    )


def test_a_description_holding_a_rich_text_editors_json_is_not_lost() -> None:
    document = {
        "data": [
            {"title": "Adventskonzert", "start": "2031-12-12T17:00:00+01:00", "description": draft("Chor und Orgel")},
            {"title": "Weihnachtsmarkt", "start": "2031-12-13T11:00:00+01:00", "description": draft("Glühwein")},
        ]
    }

    events = read_json(document)

    assert [event.title for event in events] == ["Adventskonzert", "Weihnachtsmarkt"]
    assert "Chor und Orgel" in (events[0].description or "")
    assert "Glühwein" in (events[1].description or "")


def test_a_configured_source_keeps_its_string_description_and_still_reaches_into_a_recorded_body() -> None:
    config = {"items": "data", "mapping": {"title": "title", "start": "start", "description": "description"}}
    document = {
        "data": [{"title": "Adventskonzert", "start": "2031-12-12T17:00:00+01:00", "description": draft("Chor")}]
    }

    (event,) = read_json(document, config)

    assert "Chor" in (event.description or "")
    recorded = {"status": 200, "body": json.dumps(document)}
    (event,) = read_json(recorded, {**config, "items": "body.data"})
    assert event.title == "Adventskonzert"


# --- JSON: whole-number pairs are no coordinates ------------------------------------------------------------------


def test_seats_written_as_pairs_of_whole_numbers_are_not_coordinates() -> None:
    tickets = [
        {"event_name": name, "starts_at": f"2031-12-{day}T19:30:00+01:00", "venue": "Staatstheater", "position": pair}
        for name, day, pair in (("Hamlet", 12, [112, 7]), ("Carmen", 14, [104, 12]), ("Tosca", 20, [131, 3]))
    ]

    events = read_json({"tickets": tickets})

    assert [event.title for event in events] == ["Hamlet", "Carmen", "Tosca"]
    assert {(event.latitude, event.longitude) for event in events} == {(None, None)}


def test_coordinate_pairs_with_decimals_are_still_read() -> None:
    gigs = [
        {"title": "Gig", "start": "2031-12-12T20:00:00+10:00", "location": [151.2066, -33.8758]},
        {"title": "Gig 2", "start": "2031-12-13T20:00:00+10:00", "location": [144, -37.8166]},
    ]

    events = read_json(gigs)

    assert [(event.latitude, event.longitude) for event in events] == [(-33.8758, 151.2066), (-37.8166, 144.0)]


# --- pages: a price in a day-classed cell is no day ---------------------------------------------------------------


def test_a_price_in_a_cell_classed_as_a_days_price_is_not_a_date() -> None:
    page = (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Hotel Seeblick</title></head><body>"
        "<h1>Zimmerpreise</h1><table><tr><th>Zimmer</th><th>Preis pro Tag</th></tr>"
        "<tr><td>Einzelzimmer</td><td class='price-day'>12.05</td></tr>"
        "<tr><td>Doppelzimmer</td><td class='day-rate'>10.09</td></tr></table>"
        "<h2>Silvester-Gala</h2><p>31.12.2031, 20:00 Uhr im Festsaal.</p></body></html>"
    )

    events = extract(page)

    assert all(event["title"] not in ("Einzelzimmer", "Doppelzimmer") for event in events)
    assert any(event["start"].startswith("2031-12-31") for event in events)


def test_a_bare_day_in_a_date_classed_element_is_still_read() -> None:
    page = (
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Programme</title></head><body>"
        "<ul><li><div class='jour'>05.12</div><h3>Concert : Nuit blanche</h3></li>"
        "<li><div class='jour'>12.12</div><h3>Théâtre : Les Bonnes</h3></li></ul></body></html>"
    )

    events = extract(page)

    assert [event["start"][:10] for event in events] == ["2031-12-05", "2031-12-12"]


# --- pages: numbered sections are no two-digit-year dates ---------------------------------------------------------


def test_numbered_sections_that_count_on_are_no_two_digit_year_dates() -> None:
    page = (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Gebührenordnung</title></head><body>"
        "<h1>Gebührenordnung der Musikschule</h1>"
        "<h2>3.1.31 Anmeldung</h2><p>Die Anmeldung erfolgt schriftlich.</p>"
        "<h2>3.1.32 Gebühren</h2><p>Die Gebühr beträgt 45 Euro im Monat.</p>"
        "<h2>Konzert der Musikschule</h2><p>Am 12.12.2031 um 18:00 Uhr in der Aula.</p></body></html>"
    )

    events = extract(page)

    assert [event["start"][:10] for event in events] == ["2031-12-12"]
