"""The `html` adapter on pages like the fifth held-out batch's: a card that labels its place on a line of its own
above the place's link ("Where:<br><a>Kaserne</a>"), and a table row that names its event in bold beside its date."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._page_dates import find_dates
from sources.adapters._page_ranges import joined_ranges
from tests.sources.helpers import parse_body

ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
START = dt.datetime(2027, 1, 1, tzinfo=ZURICH)


def parse(body: str) -> list:
    return parse_body(body, title="Partys | Magazin", zone=ZURICH, base="https://magazin.example/partys/", start=START)


def test_a_place_labelled_on_the_line_above_it_is_the_cards_venue() -> None:
    cards = "".join(
        f'<div class="box"><div class="title"><a href="/p/{slug}">{name}</a></div>'
        f'<p class="when">Mittwoch  {day}.04.2027, 20:00</p>'
        f'<p class="left">Where: \n\n <a href="/orte/{slug}">{place}</a> <br/>'
        f'Genre: <a href="/genre/konzert">Konzert</a></p><div class="description"><p>Ein Abend.</p></div></div>'
        for slug, name, day, place in (
            ("a", "The Quiet Story", "21", "Kaserne"),
            ("b", "Lindy Hop Hot Club", "22", "Jägerhalle"),
            ("c", "Wolf and Lamb", "23", "Balz Bar"),
        )
    )
    events = parse(f"<main>{cards}</main>")
    assert [(event.title, event.venue_name) for event in events] == [
        ("The Quiet Story", "Kaserne"),
        ("Lindy Hop Hot Club", "Jägerhalle"),
        ("Wolf and Lamb", "Balz Bar"),
    ]
    assert events[0].start == dt.datetime(2027, 4, 21, 20, 0, tzinfo=ZURICH)


def test_a_table_row_names_its_event_in_bold_beside_the_date() -> None:
    rows = "".join(
        f'<tr><td class="mtevent">{day}.05.2027</td><td class="mtevent"><b>{name}</b><br /></td>'
        '<td class="mtevent"><a href="" target="_parent"></a><br /></td></tr>'
        for day, name in (("04", "Denner Clan"), ("11", "The Urban Country Club"), ("18", "Senza Fine"))
    )
    events = parse(f"<h1>Jazz Keller</h1><h1>Events</h1><table><tr><td><table>{rows}</table></td></tr></table>")
    assert [(event.title, event.start) for event in events] == [
        ("Denner Clan", dt.date(2027, 5, 4)),
        ("The Urban Country Club", dt.date(2027, 5, 11)),
        ("Senza Fine", dt.date(2027, 5, 18)),
    ]


def test_a_one_event_page_with_dashed_dates_and_an_address_block() -> None:
    body = (
        "<h1>Valley Robotics Regional</h1><div>Start New Search</div>"
        '<div class="event-dates">10-Mar to 12-Mar-2027</div>'
        '<div class="event-address">Memorial Coliseum<br />Portland, OR 97201 <br />USA</div>'
        '<div class="event-directions"><a href="https://maps.example/?q=coliseum">Directions to the venue</a></div>'
        '<div class="label">Event Info:</div><div class="content">https://robotics.example/</div>'
    )
    [event] = parse(body)
    assert (event.title, event.start, event.end) == (
        "Valley Robotics Regional",
        dt.date(2027, 3, 10),
        dt.date(2027, 3, 12),
    )
    assert event.venue_name == "Memorial Coliseum, Portland, OR 97201, USA"


def test_a_dashed_day_and_month_is_a_date_only_with_its_year_or_as_a_ranges_first_day() -> None:
    def days(text: str) -> list[tuple[dt.date, dt.date | None]]:
        hits = find_dates(text, year_hint=None, today=dt.date(2027, 1, 1))
        return [(hit.date, hit.end_date) for hit in joined_ranges(text, hits)]

    assert days("12-Mar-2027") == [(dt.date(2027, 3, 12), None)]
    assert days("28-Mar to 30-Mar-2027") == [(dt.date(2027, 3, 28), dt.date(2027, 3, 30))]
    assert days("Room 3-May") == []
    # a two-digit year is read as this century's (batch 47: an ASP.NET calendar's "04-May-26"), not left out
    assert days("12-Mar-27") == [(dt.date(2027, 3, 12), None)]


def test_a_boards_stated_hour_and_room_not_a_deadline_to_contact_someone() -> None:
    meetings = "".join(
        f'<h6>{day}</h6><ul><li><a href="/media/{slug}.pdf">Minutes of Regular Board Meeting - {day}</a></li></ul>'
        for slug, day in (("a", "March 11, 2027"), ("b", "February 11, 2027"), ("c", "January 14, 2027"))
    )
    body = (
        "<h1>Board meetings, notices, agendas, and minutes</h1>"
        "<p>Meetings of the Board of Directors are held on the second Thursday of each month at 2 p.m. in the"
        " Lower Level Conference Room at 412 Main Street, Springfield.</p>"
        "<h2>Notice</h2><h3>Board meetings will be paperless.</h3>"
        "<p>Printed copies will be available upon request. Please contact Jane Roe at jroe@board.example by 11 a.m."
        " the morning of the Board Meeting.</p>"
        f'<section class="links">{meetings}</section>'
    )
    events = parse(body)
    assert events
    assert {(event.start.hour, event.start.minute) for event in events} == {(14, 0)}
    assert {event.venue_name for event in events} == {"the Lower Level Conference Room"}


def test_a_date_heading_over_its_documents_is_one_meeting_with_their_links() -> None:
    meetings = "".join(
        f'<h6>{day}</h6><ul><li><a href="/media/{slug}-notice.pdf">Notice of Board Meeting - {day}</a></li>'
        f'<li><a href="/media/{slug}-agenda.pdf">Agenda of Board Meeting - {day}</a></li></ul>'
        for slug, day in (("a", "March 11, 2027"), ("b", "February 11, 2027"), ("c", "January 14, 2027"))
    )
    body = (
        "<h1>Board meetings</h1><p>Meetings of the Board are held on the second Thursday of each month at 2 p.m.</p>"
        f"<h2>Meetings</h2>{meetings}"
    )
    events = sorted(parse(body), key=lambda event: event.start)
    assert [event.start.date() for event in events] == [
        dt.date(2027, 1, 14),
        dt.date(2027, 2, 11),
        dt.date(2027, 3, 11),
    ]
    assert [link["url"] for link in events[0].links] == [
        "https://magazin.example/media/c-notice.pdf",
        "https://magazin.example/media/c-agenda.pdf",
    ]


def test_a_one_event_pages_heading_without_its_edition_year_and_repeated_kind() -> None:
    def read(heading: str) -> tuple[str, str | None]:
        [event] = parse(f'<h1>{heading}</h1><div class="event-dates">28-Mar to 30-Mar-2027</div>')
        return event.title, event.source_title

    assert read("2027 South Florida Regional  (Regional)") == (
        "South Florida Regional",
        "2027 South Florida Regional (Regional)",
    )
    assert read("2026 Alumni Cup") == ("2026 Alumni Cup", None)  # another year: part of the name
    assert read("Spring Gala (Black Tie)") == ("Spring Gala (Black Tie)", None)  # the brackets add something


def test_a_venues_own_page_names_its_place_once_over_its_address() -> None:
    rows = "".join(
        f"<tr><td>{day}.05.2027</td><td><b>{name}</b></td></tr>"
        for day, name in (("04", "Denner Clan"), ("11", "The Urban Country Club"), ("18", "Senza Fine"))
    )

    def places(sidebar: str) -> set[str | None]:
        body = f'<div id="side"><h1>Jazz Keller </h1>{sidebar}</div><h1>Events</h1><table>{rows}</table>'
        events = parse_body(body, title="Jazz Keller Basel - Events", zone=ZURICH, base=None, start=START)
        return {event.venue_name for event in events}

    assert places("<p>Sperrstrasse 97<br />CH-4057 Basel<br /><b>Öffnungszeiten:</b></p>") == {"Jazz Keller"}
    assert places("<p>Jeden Dienstag<br />von 19.00 bis 24.00 Uhr</p>") == {None}  # no address: not said
