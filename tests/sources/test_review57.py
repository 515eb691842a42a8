"""review57: adversarial probes of the rules pages116, pages117, apis79, feeds74 and left42 brought in; each mend's test
fails with its mend reverted (docs/review57-probes.md has every probe and what it read on main, on the merged heads
and after the mends)."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import pytest

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_feed, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
START = dt.datetime(2031, 1, 10, 9)  # noqa: DTZ001 (read_page sets the zone)
read_uk = functools.partial(read_page, url="https://club.example/events", zone=LONDON, start=START)
read_us = functools.partial(read_page, url="https://club.example/calendar", zone=CHICAGO, start=START)
read_de = functools.partial(read_page, url="https://verein.example/termine", zone=BERLIN, start=START)
read_fr = functools.partial(read_page, url="https://asso.example/agenda", zone=PARIS, start=START)
read_sv = functools.partial(read_page, url="https://forening.example/evenemang", zone=STOCKHOLM, start=START)
YEAR = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=BERLIN), end=dt.datetime(2031, 12, 30, tzinfo=BERLIN))


def page(body: str, heading: str = "Events", lang: str = "en") -> str:
    return f"<html lang='{lang}'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def shown(events: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    return [(str(event["start"])[:16], event["title"], event.get("venue_name")) for event in events]


def places(events: list[dict[str, Any]]) -> list[str | None]:
    return [event.get("venue_name") for event in events]


# 1. A table row's name cell (_page_cell_at_places): "in" before words with no place's noun is how or for what.


def paired(days: tuple[str, ...], lines: tuple[str, ...], template: str, joiner: str = "") -> str:
    """Each day with its line, written by ``template`` ("{day}", "{line}")."""
    return joiner.join(template.format(day=day, line=line) for day, line in zip(days, lines, strict=False))


def dates_table(*names: str) -> str:
    days = ("Saturday 14th June 2031", "Saturday 12th July 2031", "Saturday 9th August 2031")
    return page(
        f"<table border=2>{paired(days, names, '<tr><td>{day}</td><td>{line}</td></tr>')}</table>", "Important Dates"
    )


@pytest.mark.parametrize(
    "names",
    [
        ("Concert in Aid of Cancer Research. Retiring collection.", "Service in Memory of John Smith. All welcome."),
        ("Talk in English. Bring a notebook.", "Meeting in Person. Tea served."),
        ("Fun Run in Fancy Dress. Prizes.", "Open Day in Support of the Hospice. Cakes."),
    ],
)
def test_a_name_cells_in_phrase_is_no_place(names):
    assert places(read_uk(dates_table(*names))) == [None, None]


def test_a_name_cells_hall_after_in_and_place_after_at_still_place_the_rows():
    events = read_uk(
        dates_table("AGM to be held in Liskeard Public Hall", "Golf at Teign Valley Golf Club. Tee off 11:30am.")
    )
    assert shown(events) == [
        ("2031-06-14", "AGM", "Liskeard Public Hall"),
        ("2031-07-12T11:30", "Golf", "Teign Valley Golf Club"),
    ]


# 2. A month-by-meeting grid (_page_month_grid): its columns name gatherings, not a league's teams.


def grid(header: tuple[str, ...], *rows: tuple[str, ...], heading: str) -> str:
    head = "<tr>" + "".join(f"<th>{cell}</th>" for cell in header) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return page(f"<table>{head}{body}</table>", heading)


def test_a_leagues_placings_by_month_are_no_meetings():
    standings = grid(
        ("Month", "Reds", "Blues", "Greens"),
        ("January", "1st", "2nd", "3rd"),
        ("February", "2nd", "1st", "3rd"),
        ("March", "3rd", "2nd", "1st"),
        heading="League Standings 2031",
    )
    assert not {"Reds", "Blues", "Greens"} & {event["title"] for event in read_uk(standings)}


def test_a_councils_grid_of_meetings_is_still_read():
    meetings = grid(
        ("Month", "Monday Committee", "Wednesday Council"),
        ("January", "6th", "8th"),
        ("February", "10th", "12th"),
        heading="Parish Council Meetings 2031",
    )
    assert [title for _, title, _ in shown(read_uk(meetings))] == ["Monday Committee", "Wednesday Council"] * 2


# 3. A one-row table in the schedule's markup (_page_twin_tables): a footer's "Last updated" date is no row.


def test_a_footer_table_in_the_schedules_markup_is_no_row():
    table = "<table border=2 cellpadding=2 width=85%>{}</table>"
    schedule = table.format(
        "<tr><td>Saturday 4th March 2031</td><td>Dinner at Eliot House</td></tr>"
        "<tr><td>Saturday 3rd June 2031</td><td>Golf at Teign Valley Golf Club</td></tr>"
    )
    footer = table.format("<tr><td>Last updated 4th January 2031</td><td>Webmaster: J Smith</td></tr>")
    days = [day for day, _, _ in shown(read_uk(page(schedule + footer, "Association")))]
    assert days == ["2031-03-04", "2031-06-03"]


# 4. A card's clock first, then a dash (_page_place_clock): the box office's opening is no start; "Platz 3" is a rank.


def termin(day: str, name: str, line: str) -> str:
    return (
        f'<div class="termin-card"><div class="termin-date">{day}</div>'
        f'<div class="termin-info"><h2>{name}</h2><p>{line}</p></div></div>'
    )


def test_the_box_offices_clock_is_no_start():
    cards = termin("15. März 2031", "Konzert", "19:00 – Kasse öffnet") + termin(
        "5. April 2031", "Lesung", "20:00 – Abendkasse"
    )
    events = read_de(page(f'<div class="termine">{cards}</div>', "Termine", "de"))
    assert [str(event["start"]) for event in events] == ["2031-03-15", "2031-04-05"]


def test_a_rank_is_no_square():
    cards = termin("15. März 2031", "Vereinsmeisterschaft", "Anmeldung ab 18:00") + termin(
        "5. April 2031", "Pokal", "Platz 3 · 19:00"
    )
    events = read_de(page(f'<div class="termine">{cards}</div>', "Termine", "de"))
    assert places(events) == [None, None]


# 5. A document dated by the first of its parts (_json_root_parts): it must date itself by a field of its own too.


def json_read(document: object) -> list[tuple[Any, ...]]:
    return [(event["title"], str(event["start"])[:16]) for event in json_events(document, window=YEAR, zone=BERLIN)]


@pytest.mark.parametrize(
    "document",
    [
        {
            "orderId": "A-1",
            "customer": {"name": "Jane Doe"},
            "items": [
                {"sku": "X1", "shipDate": "2031-03-01", "shipTime": "10:00"},
                {"sku": "X2", "shipDate": "2031-03-02", "shipTime": "11:00"},
            ],
        },
        {
            "name": "Jane Doe",
            "email": "jane@mail.example",
            "loginHistory": [
                {"date": "2031-03-01", "time": "10:00", "ip": "192.0.2.1"},
                {"date": "2031-03-02", "time": "11:00", "ip": "192.0.2.2"},
            ],
        },
    ],
)
def test_a_document_dated_only_by_its_lists_first_element_is_no_event(document):
    assert json_read(document) == []


def test_an_event_dated_by_its_own_days_and_its_parts_clocks_is_still_its_parts():
    document = {
        "title": "Spring Open",
        "venue": {"name": "Sports Hall"},
        "dateFrom": "2031-04-18T00:00:00+0200",
        "dateTo": "2031-04-19T00:00:00+0200",
        "competitions": [
            {"date": "2031-04-18T00:00:00+0200", "startTime": "09:15", "title": None},
            {"date": "2031-04-19T00:00:00+0200", "startTime": "10:00", "title": None},
        ],
    }
    assert json_read(document) == [("Spring Open", "2031-04-18T09:15"), ("Spring Open", "2031-04-19T10:00")]


# 6. Feeds: a venue named after a bus stop (_feed_service_notices), a sale's clock (_feed_clock_before), an auction's
#    bidding window (_feed_begin_end).


def rss(title: str, description: str, channel: str = "Parish Events") -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>{channel}</title><link>https://church.example/new-events</link>"
        "<lastBuildDate>Mon, 03 Mar 2031 10:00:00 +0000</lastBuildDate><description>x</description>"
        f"<item><title>{title}</title><link>https://church.example/new-events/2031/1/1/x</link>"
        "<guid>https://church.example/new-events/x</guid><pubDate>Mon, 03 Feb 2031 10:00:00 +0000</pubDate>"
        f"<description><![CDATA[{description}]]></description></item></channel></rss>"
    )


def feed(title: str, description: str, channel: str = "Parish Events") -> list[tuple[str, str, str]]:
    events = read_feed(rss(title, description, channel), zone=CHICAGO, start=START)
    return [(str(event["start"])[:16], str(event.get("end") or "")[:10], event["title"]) for event in events]


def test_a_play_at_the_bus_stop_theatre_is_no_service_notice():
    read = feed("Bus Stop Theatre: Closed Circuit", "A play on June 10, 2031 at 7 pm.", "City Events")
    assert read == [("2031-06-10T19:00", "", "Bus Stop Theatre: Closed Circuit")]


def test_a_bus_stop_moved_is_still_a_notice():
    assert feed("Bus stop closed on Main St", "From June 10, 2031 the stop is closed.", "City Events") == []


def test_a_ticket_sales_clock_is_not_the_events():
    read = feed("Spring Concert", "Tickets go on sale at 9 am on March 3, 2031.")
    assert read == [("2031-03-03", "", "Spring Concert")]


def test_an_auctions_bidding_window_is_no_run():
    read = feed("Auction", "Online bidding opens May 14, 2031 and closes May 18.")
    assert read == [("2031-05-14", "", "Auction")]


# 7. left42: a day pair after a counted noun (_page_day_pairs), an officer's address (_page_qualified_labels), a
#    Swedish compound class (_page_class_places).


def cards_fr(line: str) -> str:
    return page(
        f"<div class='event'><h2>Tournoi</h2><p class='date'>{line}</p></div>"
        "<div class='event'><h2>Loto</h2><p class='date'>Samedi 13 Décembre 2031</p></div>",
        "Agenda",
        "fr",
    )


def test_a_halls_number_before_a_weekdays_date_is_no_first_day():
    assert [str(event["start"]) for event in read_fr(cards_fr("Salle 6 et Dimanche 7 Décembre 2031"))] == [
        "2031-12-07",
        "2031-12-13",
    ]


def test_two_weekdays_joined_by_et_are_still_both_days():
    events = read_fr(cards_fr("Samedi 6 et Dimanche 7 Décembre 2031"))
    assert (str(events[0]["start"]), str(events[0]["end"])) == ("2031-12-06", "2031-12-07")


def labelled(label: str) -> str:
    return page(
        "<div class='event'><h2>Soirée jeux</h2><p>Samedi 13 décembre 2031 à 20h</p>"
        f"<p>{label}<br>12 rue de la Gare, 77170 Brie</p></div>",
        "Agenda",
        "fr",
    )


def test_an_officers_address_places_nothing():
    assert places(read_fr(labelled("Adresse du président"))) == [None]


def test_the_halls_address_still_places_the_event():
    assert places(read_fr(labelled("Adresse de la salle"))) == ["12 rue de la Gare, 77170 Brie"]


def swedish(css: str, text: str) -> str:
    return page(
        f"<div class='event'><h2>Konsert</h2><p class='date'>13 december 2031</p><p class='{css}'>{text}</p></div>"
        "<div class='event'><h2>Dans</h2><p class='date'>14 december 2031</p></div>",
        "Evenemang",
        "sv",
    )


def test_a_swedish_class_that_opens_with_lokal_is_no_place():
    assert places(read_sv(swedish("lokal-nyheter", "Lokala nyheter: vägarbete"))) == [None, None]


def test_a_swedish_class_that_ends_with_plats_is_still_the_place():
    assert places(read_sv(swedish("event-plats", "Gamla Kvarnen"))) == ["Gamla Kvarnen", None]


# 8. A place written first under a row's name (_page_opening_places): the venue's name ends with its noun.


def club(line: str) -> str:
    return page(
        f"<ul><li><b>April 18th Board Meeting</b><br/>{line}</li>"
        "<li><b>May 30th Board Meeting</b><br/>2170 Red Setter Rd, Rocklin CA.</li></ul>",
        "Club Calendar 2031",
    )


@pytest.mark.parametrize("line", ["Garden Club President, Mary Jones.", "Church Parking Lot Closed, Use Main St."])
def test_a_role_or_a_state_after_the_place_noun_is_no_venue(line):
    assert places(read_us(club(line)))[0] is None


def test_a_venue_and_its_town_still_place_the_row():
    assert places(read_us(club("Chief Solano Kennel Club, Vallejo CA. Time will depend on show schedule.")))[0] == (
        "Chief Solano Kennel Club, Vallejo CA"
    )


# 9. A bare date's loose line under it (_page_loose_rows): a remark, a price, an address, a call or a stand is no name.


def loose(*lines: str) -> str:
    rows = paired(("Thursday, October 23", "Thursday, November 20"), lines, "{day} <br>&emsp;<i>{line}</i>", "<br><br>")
    return page(f"<u><b>October 2031</b></u><br><br>{rows}", "Meetings")


@pytest.mark.parametrize(
    "lines",
    [
        ("All Welcome", "$5 members, $7 guests"),
        ("12 Oak Street, Springfield", "Cancelled"),
        ("Stand 42", "Click here to register"),
    ],
)
def test_a_loose_remark_price_address_or_call_is_no_rows_name(lines):
    titles = {event["title"] for event in read_us(loose(*lines))}
    assert not titles & set(lines)


def test_a_loose_rows_name_place_and_hours_are_still_read():
    events = read_us(loose("Board Meeting at Highland Rim 7PM to 9PM", "Potluck at Oak Hall 6PM to 8PM"))
    assert shown(events) == [
        ("2031-10-23T19:00", "Board Meeting", "Highland Rim"),
        ("2031-11-20T18:00", "Potluck", "Oak Hall"),
    ]


# 10. A venue as the subject after the day (_feed_date_place): not when the sentence says it is closed.


def test_a_venue_closed_on_the_day_is_not_the_items_place():
    events = read_feed(
        rss("Festival", "On March 30, 2031, Smith Park Elementary School is closed for the holiday."),
        zone=CHICAGO,
        start=START,
    )
    assert [event.get("venue_name") for event in events] == [None]


def test_a_venue_hosting_on_the_day_is_still_the_items_place():
    events = read_feed(
        rss("Supper", "On March 29, 2031, Oak Street Church will host a supper."), zone=CHICAGO, start=START
    )
    assert [event.get("venue_name") for event in events] == ["Oak Street Church"]
