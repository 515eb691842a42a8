"""The hundred-and-fourteenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout114.json:
a churches' Christmas services page, a French re-use shop's events page, a seniors' group's meeting schedule with its
libraries as map icons, a youth soccer club board's meetings fragment, and two hard negatives: a library's holiday
hours and a farm bureau's board schedule of months; measured once at 2c44b227), on small documents of our own:

* Rows under "<h2>Church</h2><p>Osborn Road South, PO16 7DG" had no place: a section heading over an address line
  is the place of the rows in it (``_page_section_address``).
* "Christmas morning service, … at 10am. Followed by a short Communion service at 10.45." was titled with its second
  sentence and placed at "10.45.": the sentence after the row's date and time is a remark, a clock is no place
  (``_page_tail_sentence``, ``_page_words.CLOCK_PLACE``).
* "Joint Christmas morning service at Fareham Methodist Church (King's Road, PO16 0NU), Wednesday 25th December at
  10.30am" (its date at character 85) was no row: a list item naming its event and place before its date, set off
  by a comma, is one (``_page_named_rows``).
* "<a href=maps…><img alt="Acton Memorial Library"></a>" in a table row gave no place: a wordless map link's picture
  names the row's place (``_page_map_icons``).
* A fragment with no heading, "Next Board Meeting: Thursday August 7th, 2025 at 6:00pm – 7:30pm", was read as
  nothing: the "Next …:" label names the event (``_page_next_names``).
* "<h3>Canada Day 2015</h3><p>Wednesday, July 1 - Canada Day, CLOSED</p><p>Thursday, July 2 - Regular Hours</p>" was
  an event placed at "Regular Hours": a card whose dated lines all state the place's hours is no event
  (``_page_hours_cards``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_hours_cards import hours_card
from sources.adapters._page_map_icons import map_icon_place
from sources.adapters._page_next_names import next_named
from sources.adapters._page_section_address import address_line
from sources.adapters._page_tail_sentence import tail_span
from sources.adapters._page_words import split_place
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
TORONTO = zoneinfo.ZoneInfo("America/Toronto")
SEPTEMBER = dt.datetime(2031, 9, 1, 9)  # noqa: DTZ001  (wall-clock, in each reader's zone)
read_uk = functools.partial(read_page, url="https://churches.example/christmas", zone=LONDON, start=SEPTEMBER)
read_us = functools.partial(read_page, url="https://group.example/schedule", zone=NEW_YORK, start=SEPTEMBER)
read_ca = functools.partial(read_page, url="https://library.example/hours", zone=TORONTO, start=SEPTEMBER)


def page(body: str, title: str = "Christmas services") -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def minute(value: str | None) -> str | None:
    return value[:16] if value else None


def by_title(events: list[dict]) -> dict[str, dict]:
    return {event["title"]: event for event in events}


CHURCHES = page(
    "<p>The following are the services that have been notified to us.</p>"
    "<h2>Fareham United Reformed Church</h2><p>Osborn Road South, PO16 7DG"
    "<ul><li>Nativity service, Sunday 14th December at 10.30am"
    "<li>Carols by Candlelight, Sunday 21st December at 6pm</ul>"
    "<h2>St John the Evangelist Church</h2><p>Upper St Michael's Grove, PO14 1DN"
    "<ul><li>Midnight Communion, Wednesday 24th December at 11pm"
    "<li>Christmas morning service, Thursday 25th December at 10am. Followed by a short Communion service at 10.45."
    "<li>Joint Christmas morning service at Fareham Methodist Church (King's Road, PO16 0NU), Thursday 25th December"
    " at 10.30am</ul>"
)


def test_a_section_heading_over_an_address_line_places_its_rows() -> None:
    events = by_title(read_uk(CHURCHES))
    assert events["Nativity service"]["venue_name"] == "Fareham United Reformed Church, Osborn Road South, PO16 7DG"
    assert events["Carols by Candlelight"]["venue_name"].startswith("Fareham United Reformed Church")
    assert events["Midnight Communion"]["venue_name"] == (
        "St John the Evangelist Church, Upper St Michael's Grove, PO14 1DN"
    )


def test_a_rows_own_place_is_kept_under_a_placed_section() -> None:
    events = by_title(read_uk(CHURCHES))
    assert events["Joint Christmas morning service"]["venue_name"] == "Fareham Methodist Church (King's Road, PO16 0NU)"
    assert minute(events["Joint Christmas morning service"]["start"]) == "2031-12-25T10:30"


def test_a_second_sentence_after_the_time_is_no_part_of_the_name_and_a_clock_no_place() -> None:
    event = by_title(read_uk(CHURCHES))["Christmas morning service"]
    assert minute(event["start"]) == "2031-12-25T10:00"
    assert event["venue_name"].startswith("St John the Evangelist Church")  # not "10.45."
    assert split_place("Followed by a short Communion service at 10.45.") == (
        "Followed by a short Communion service at 10.45.",
        "",
    )
    assert split_place("Regular meeting at City Hall") == ("Regular meeting", "City Hall")


def test_a_second_sentence_that_says_where_still_places_the_row() -> None:
    body = page(
        "<ul><li>Quiz Night, Friday 19th December at 8pm. At the Crown Inn."
        "<li>Carol Singing, Saturday 20th December at 7pm. Mince pies after.</ul>"
    )
    events = by_title(read_uk(body))
    assert events["Quiz Night"]["venue_name"] == "Crown Inn"
    assert events["Carol Singing"]["venue_name"] is None
    assert tail_span("Talk, 3 May at 7 p.m. and 9 p.m.", len("Talk, 3 May at 7 p.m.")) is None  # lower case
    dated = "Brass band - Saturday 28 June 2031, 19:30. Second show Sunday 29 June 2031."
    assert tail_span(dated, dated.index(". Second")) is None  # a sentence with its own date: left31's


def test_address_lines_and_what_is_none() -> None:
    assert address_line("Osborn Road South, PO16 7DG")
    assert address_line("59 East 4th Street")
    assert address_line("Berkeley, CA")
    assert address_line("Marienplatz 8, 80331 München")
    assert not address_line("Join us at 12 Oak Street for carols and mince pies.")
    assert not address_line("Sunday 14th December at 10.30am")
    assert not address_line("All welcome")


def test_a_listing_heading_over_an_address_gives_the_address_alone() -> None:
    body = page(
        "<h2>Upcoming Events</h2><p>12 Oak Street, Springfield, IL 62701</p>"
        "<ul><li>Book Sale, 3 October 2031, 10am</li><li>Author Talk, 10 October 2031, 7pm</li></ul>",
        title="Friends of the Library",
    )
    events = read_uk(body)
    assert [event["venue_name"] for event in events] == ["12 Oak Street, Springfield, IL 62701"] * 2


def test_a_heading_over_a_sentence_is_no_section_place() -> None:
    body = page(
        "<h2>Fareham United Reformed Church</h2><p>Everyone is welcome at our services this Christmas.</p>"
        "<ul><li>Nativity service, Sunday 14th December at 10.30am"
        "<li>Carols by Candlelight, Sunday 21st December at 6pm</ul>"
    )
    assert [event["venue_name"] for event in read_uk(body)] == [None, None]


def test_a_long_list_item_of_prose_is_still_no_row() -> None:
    body = page(
        "<ul><li>Nativity service, Sunday 14th December at 10.30am"
        "<li>Carols by Candlelight, Sunday 21st December at 6pm"
        "<li>Last year the choir sang for the whole village. Thank you to everyone who came along, and we hope to see"
        " you again on Sunday 21st December.</ul>"
    )
    assert sorted(event["title"] for event in read_uk(body)) == ["Carols by Candlelight", "Nativity service"]


SCHEDULE_ROW = (
    "<tr><td>{month}<br/><span>{day}</span><br/><span>2031</span></td>"
    "<td><a href='{href}'>{image}</a></td><td><p>12:30<br/>to<br/>5pm</p></td></tr>"
)


def schedule(*rows: tuple[str, str, str, str]) -> str:
    cells = "".join(
        SCHEDULE_ROW.format(month=month, day=day, href=href, image=image) for month, day, href, image in rows
    )
    return f"<table><thead><tr><th></th><th>WEDNESDAY</th><th></th></tr></thead><tbody>{cells}</tbody></table>"


ACTON = "<img alt='Acton Memorial Library' src='Images/icon-lib-acton.png'/>"


def test_a_map_links_picture_names_the_rows_place() -> None:
    events = read_us(
        schedule(
            ("OCT", "8", "https://goo.gl/maps/6wmSZBydHVU2", ACTON),
            ("OCT", "15", "https://maps.google.com/?q=acton", ACTON),
            ("OCT", "22", "https://goo.gl/maps/5r8hpPRyd4n", "<img alt='' src='Images/icon-lib-chelmsford.png'/>"),
        )
    )
    assert [minute(event["start"]) for event in events] == ["2031-10-08T12:30", "2031-10-15T12:30", "2031-10-22T12:30"]
    assert [event["venue_name"] for event in events] == ["Acton Memorial Library", "Acton Memorial Library", None]


def test_a_map_icons_call_to_action_or_a_link_to_elsewhere_is_no_place() -> None:
    import lxml.html

    def cells(html: str) -> list:
        return lxml.html.fromstring(f"<table><tr>{html}</tr></table>").findall(".//td")

    assert map_icon_place(cells("<td><a href='https://goo.gl/maps/x'><img alt='Acton Library'/></a></td>")) == (
        "Acton Library"
    )
    assert map_icon_place(cells("<td><a href='https://goo.gl/maps/x'><img alt='Google Maps'/></a></td>")) is None
    assert map_icon_place(cells("<td><a href='https://goo.gl/maps/x'><img alt='Get directions'/></a></td>")) is None
    assert map_icon_place(cells("<td><a href='/libraries/acton'><img alt='Acton Library'/></a></td>")) is None
    two = "<td><a href='https://goo.gl/maps/x'><img alt='Acton'/></a><a href='https://goo.gl/maps/y'><img alt='B'/></a>"
    assert map_icon_place(cells(two + "</td>")) is None
    worded = "<td><a href='https://goo.gl/maps/x'>Penhale, Fradon</a></td>"
    assert map_icon_place(cells(worded)) is None  # the card reader's (_page_card_map_place)


BOARD = (
    "<style>.next-meeting {{ color: #155724; }}</style><div class='meeting-info'><p><span>The Board invites all"
    " members to attend their monthly board meetings which are held on the second Thursday of every even month from"
    " 6:30pm to 7:30pm.</span></p><div class='next-meeting'><p><strong>{label}</strong> <span>{when}</span></p>"
    "</div></div>"
)


def test_a_next_label_names_a_headless_pages_one_meeting() -> None:
    events = read_us(BOARD.format(label="Next Board Meeting:", when="Thursday October 9th, 2031 at 6:00pm – 7:30pm"))
    assert [(event["title"], minute(event["start"]), minute(event["end"])) for event in events] == [
        ("Board Meeting", "2031-10-09T18:00", "2031-10-09T19:30")
    ]


def test_a_next_label_that_says_when_or_has_no_date_names_nothing() -> None:
    class Line:
        def __init__(self, text: str) -> None:
            self.text = text

    assert next_named([Line("Next Board Meeting: Thursday October 9th, 2031 at 6:00pm")]) == "Board Meeting"
    assert next_named([Line("Nächste Mitgliederversammlung: 14. Oktober 2031, 19 Uhr")]) == "Mitgliederversammlung"
    assert next_named([Line("Next date: Thursday October 9th, 2031")]) is None
    assert next_named([Line("Next session time: Thursday October 9th, 2031")]) is None
    assert next_named([Line("Next steps: call us on 0123 456 789")]) is None
    assert next_named([Line("Board Meeting: Thursday October 9th, 2031")]) is None  # no "Next": the field readers'


HOURS = (
    "<div class='entry'><h3>{name}</h3><p>{first}</p><p>{second}</p></div>"
    "<div class='entry'><h3>Thanksgiving 2031</h3><p>Sunday, October 12 - Thanksgiving Sunday, CLOSED</p>"
    "<p>Monday, October 13 - Thanksgiving Day, CLOSED</p><p>Tuesday, October 14 - Regular Hours</p></div>"
)


def test_a_card_of_a_holidays_hours_is_no_event() -> None:
    body = page(
        HOURS.format(
            name="Canada Day 2031",
            first="Tuesday, July 1 - Canada Day, CLOSED",
            second="Wednesday, July 2 - <a href='/libraries'>Regular Hours</a>",
        )
        + HOURS.format(
            name="Family Day 2032",
            first="Monday, February 16 - Family Day (designated branches will be open for Family Day activities)",
            second="Tuesday, February 17 - Regular Hours",
        ),
        title="Holiday Hours",
    )
    assert read_ca(body) == []


def test_a_card_with_an_event_beside_a_closure_is_still_read() -> None:
    import lxml.html

    def block(html: str) -> object:
        return lxml.html.fromstring(f"<div>{html}</div>")

    assert hours_card(
        block("<h3>Easter</h3><p>Friday, April 3 - Good Friday, CLOSED</p><p>Saturday, April 4 - Regular Hours</p>")
    )
    assert not hours_card(block("<h3>Easter</h3><p>Friday, April 3 - CLOSED</p><p>Saturday, April 4 - Egg Hunt</p>"))
    assert not hours_card(block("<h3>Open Mic</h3><p>Friday, April 3 - Open Mic</p><p>Friday, April 10 - Open Mic"))
    assert not hours_card(block("<h3>Library</h3><p>Friday, April 3 - Library closed for the day</p>"))  # one line
