"""The hundred-and-sixth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout106.json: a
university music school's chamber-festival concerts, the same school's choir tour table, two bands' show tables,
and a hard negative, a fanfare band's chronicle of a year; measured once at b571fca8), on small documents of our
own:

* The festival's page: "<h2>Opening Concert</h2><h3>Sunday, May 20 | NDSU Beckwith Recital Hall | 2:00 PM</h3>"
  per concert, the date headings in different wrappers. Two of four were lone dates, left out; the others were
  titled by their place. Such "day | place | hour" headings of one level are one list now, placed by their middle
  part and named by the heading above (``_page_heading_date_lines``).
* The choir's tour table has no header: "Sunday, March 6<br>Fargo, ND" | "Peace Lutheran Church<br>1011 12th Avenue
  N, Fargo<br>2:00 PM<br>Adults: $5 …". Every row was all-day, titled by the hall, its street and its prices. A
  cell of a name, a street address and an hour places and times its row now; the heading names it
  (``_page_tour_rows``).
* Two bands' tables "Date | Venue | Details" under "Upcoming Shows" / "Past Shows" were titled by the heading
  ("Upcoming Shows - w/ Crazy Eyes"). A show titled only by such a heading is known by its venue now
  (``_page_show_tables.venue_title``). The Toronto band writes its dates year first ("12/08/18" for 18 August
  2012): read month first the column ran 2018, 2022, 2012, 2003, 2026. A two-digit date column that runs in order
  only when read year first is read so (``_page_show_tables.year_first_column``).
* The chronicle "Chronik aus dem Jahr 2016" (past-tense paragraphs around bold dates: a members' meeting, a
  wedding, championships): five events. A page whose main heading is one year's chronicle or review reports that
  year: its records of that year are dropped (``_page_chronicle``).
* Left: the Seattle band's "Past Shows" table beside its upcoming shows is left out by design (_page_past_sections:
  the page says those are over); four of the batch's thirty shows.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html

from sources.adapters._page_chronicle import chronicle_year
from sources.adapters._page_heading_date_lines import _place_part
from sources.adapters._page_schedule import Entry
from sources.adapters._page_show_tables import acts_column, venue_title, year_first_column
from sources.adapters._page_tour_rows import NAME_STREET
from tests.sources.helpers import read_page

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read_us = functools.partial(
    read_page,
    url="https://music.example/festival/concerts",
    zone=CHICAGO,
    start=dt.datetime(2031, 5, 1, 12),  # noqa: DTZ001
)
read_de = functools.partial(
    read_page,
    url="https://verein.example/chronik",
    zone=BERLIN,
    start=dt.datetime(2032, 1, 15, 12),  # noqa: DTZ001
)


def starts(events: list[dict]) -> list[str]:
    return [str(event["start"])[:16] for event in events]


# --- a festival's concerts: "<h2>name</h2><h3>day | place | hour</h3>", however wrapped ---------------------------

FESTIVAL = (
    "<html><body><h1>Spring Chamber Festival</h1><article>"
    "<a name='one'><h2>Opening Recital</h2><h3>Tuesday, May 20 | Harbour Recital Hall | 2:00 PM</h3>"
    "<p><strong>A trio</strong></p><ul><li>A violinist</li><li>A cellist</li></ul></a><hr>"
    "<div><h2>Recital One</h2><h3>Friday, May 23 | Harbour Recital Hall | 7:30 PM</h3><p>Two sonatas</p></div><hr>"
    "<h2>Songs at the Gallery</h2><h3>Saturday, May 24 | City Art Gallery | 12:00 Noon</h3><p>Songs</p><hr>"
    "<h2>Recital Two</h2><h3>Saturday, May 24 | Harbour Recital Hall | 7:30 PM</h3><p>A quartet</p>"
    "</article></body></html>"
)


def test_day_place_hour_headings_are_one_list_named_by_the_heading_above() -> None:
    events = read_us(FESTIVAL)
    assert starts(events) == ["2031-05-20T14:00", "2031-05-23T19:30", "2031-05-24T12:00", "2031-05-24T19:30"]
    assert [event["title"] for event in events][:2] == ["Opening Recital", "Recital One"]
    assert events[-1]["title"] == "Recital Two"
    assert [event["venue_name"] for event in events] == [
        "Harbour Recital Hall",
        "Harbour Recital Hall",
        "City Art Gallery",
        "Harbour Recital Hall",
    ]


def test_a_heading_line_with_no_place_or_two_names_gives_no_place() -> None:
    today = dt.date(2031, 5, 1)
    assert _place_part("Tuesday, May 20 | Harbour Recital Hall | 2:00 PM", today) == "Harbour Recital Hall"
    assert _place_part("Tuesday, May 20 | 2:00 PM", today) is None  # two parts: no place between
    assert _place_part("Tuesday, May 20 | Harbour Hall | Trio night | 2:00 PM", today) is None  # which is the place?
    assert _place_part("Programme | Harbour Recital Hall | 2:00 PM", today) is None  # no date leads


# --- a tour's table: "day, town" | "hall, street, hour" ------------------------------------------------------------


def tour_page(rows: list[tuple[str, str, str, str, str]]) -> str:
    body = "".join(
        f"<tr><td><p><strong>{day}<br>{town}</strong></p></td>"
        f"<td><p><strong>{hall}</strong><br>{street}<br>{hour}</p></td></tr>"
        for day, town, hall, street, hour in rows
    )
    return f"<html><body><h1>Youth Choir Tour</h1><table>{body}</table><p>Free and open to all.</p></body></html>"


TOUR = [
    ("Thursday, May 8", "Fargo, ND", "Grace Church", "101 1st Avenue N", "2:00 PM"),
    ("Friday, May 9", "Grafton, ND", "Grafton High School Auditorium", "15 School Road", "7:30 PM"),
    ("Saturday, May 10", "Grand Forks, ND", "Calvary Church", "14 South 9th Street", "7:30 PM"),
]


def test_a_tour_rows_hall_street_and_hour_place_and_time_it() -> None:
    events = read_us(tour_page(TOUR))
    assert starts(events) == ["2031-05-08T14:00", "2031-05-09T19:30", "2031-05-10T19:30"]
    assert {event["title"] for event in events} == {"Youth Choir Tour"}
    places = [" ".join(str(event[key] or "") for key in ("venue_name", "address", "city")) for event in events]
    assert "Grace Church" in places[0]
    assert "101 1st Avenue N" in places[0]
    assert "Grand Forks" in places[2]


def test_a_name_with_no_house_number_and_street_is_no_place() -> None:
    assert NAME_STREET.match("Studio 1") is None  # a room's number, no street after it
    assert NAME_STREET.match("Main Hall") is None  # no number
    match = NAME_STREET.match("Grace Church 101 1st Avenue N, Fargo")
    assert match is not None
    assert match.group(1) == "Grace Church"


def test_two_tour_rows_are_no_tour() -> None:
    events = read_us(tour_page(TOUR[:2]))
    assert all("Grace Church 101" not in str(event.get("venue_name")) for event in events)


# --- a band's show tables: the venue names the show; dates written year first ---------------------------------------


def shows_page(heading: str, header: str, rows: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f"<tr><td class='date'>{day}</td><td>{place}</td><td>{details}</td></tr>" for day, place, details in rows
    )
    return f"<html><body><h3>{heading}</h3><table><tr>{header}</tr>{body}</table></body></html>"


SHOWS_HEADER = "<th>Date</th><th>Venue</th><th>Details</th>"


def test_shows_titled_by_their_list_heading_take_the_venues_name() -> None:
    rows = [
        ("6/12/31", "the Blue Moon", "w/ Crazy Eyes"),
        ("6/20/31", "Harbour Tavern", ""),
        ("7/02/31", "The Lodge", ""),
    ]
    events = read_us(shows_page("Upcoming Shows", SHOWS_HEADER, rows))
    assert [event["title"] for event in events] == ["the Blue Moon", "Harbour Tavern", "The Lodge"]
    assert starts(events) == ["2031-06-12", "2031-06-20", "2031-07-02"]


def test_rows_under_another_heading_keep_its_name() -> None:
    header = "<th>Date</th><th>Location</th><th>Notes</th>"
    rows = [("6/12/31", "Town Hall", "budget"), ("7/10/31", "Town Hall", ""), ("8/14/31", "Library", "")]
    events = read_us(shows_page("Planning Board Meetings", header, rows))
    assert events
    assert all(event["title"].startswith("Planning Board") for event in events)


def test_venue_title_only_for_a_shows_heading_and_a_venue() -> None:
    place = "Adam's Place, Holland Landing, Ontario"
    assert venue_title("Past Shows - York Rivalry, Syke", place, acts=True) == "Adam's Place"
    assert venue_title("Shows - Hamlet", "Globe Theatre") is None  # a column of the shows' own names
    assert acts_column(["Past Shows - York Rivalry, Syke", "Past Shows - Burning Candy"])
    assert not acts_column(["Shows - Hamlet", "Shows - Macbeth"])
    assert venue_title("Tour Dates", "The Reverb, Toronto") == "The Reverb"
    assert venue_title("Summer Concert", "The Reverb, Toronto") is None  # the show's own name
    assert venue_title("Upcoming Shows", None) is None
    assert venue_title("Board Meetings - Parma", "City Hall") is None


def column(cells: list[str], days: list[dt.date]) -> list[Entry]:
    """Table rows as the reader gives them: "Venue | date cell | acts", each dated as the cell was first read."""
    return [
        Entry(day=day, text=f"Harbour Tavern, Toronto | {cell} | Syke", structure="table-header", heading="Past Shows")
        for cell, day in zip(cells, days, strict=True)
    ]


def test_a_two_digit_column_in_order_only_year_first_is_read_year_first() -> None:
    # "31/12/08" read day first is 31 December 2008: the column then runs 2008, 2002, 2009
    rows = column(
        ["31/12/08", "31/10/02", "31/05/09"], [dt.date(2008, 12, 31), dt.date(2002, 10, 31), dt.date(2009, 5, 31)]
    )
    year_first_column(rows)
    assert [entry.day for entry in rows] == [dt.date(2031, 12, 8), dt.date(2031, 10, 2), dt.date(2031, 5, 9)]
    assert "year first" in rows[0].evidence[-1]


def test_a_column_in_order_as_read_or_with_a_non_date_stays() -> None:
    days = [dt.date(2031, 10, 9), dt.date(2031, 10, 20), dt.date(2031, 11, 7)]
    rows = column(["10/09/31", "10/20/31", "11/07/31"], days)
    year_first_column(rows)
    assert [entry.day for entry in rows] == days  # month first runs in order: as it was
    odd = [dt.date(2008, 12, 31), dt.date(2002, 10, 31), dt.date(2009, 5, 31)]
    rows = column(["31/12/08", "31/10/02", "31/02/30"], odd)  # "31/02/30" is no date read year first
    year_first_column(rows)
    assert [entry.day for entry in rows] == odd


def test_a_month_first_column_in_order_stays_month_first() -> None:
    rows = [("10/09/31", "Substation", ""), ("10/20/31", "Harbour Tavern", ""), ("11/07/31", "The Lodge", "")]
    events = read_us(shows_page("Upcoming Shows", SHOWS_HEADER, rows))
    assert starts(events) == ["2031-10-09", "2031-10-20", "2031-11-07"]


# --- a year's chronicle: a report, no events ---------------------------------------------------------------------


def chronicle(heading: str, extra: str = "") -> str:
    return (
        f"<h2>{heading}</h2>"
        "<p>Die Mitgliederversammlung wurde am&nbsp;<strong>13.03.2031</strong>&nbsp;im Gasthaus Krone abgehalten.</p>"
        "<p>Die Landesmeisterschaft wurde am&nbsp;<strong>26.05.2031</strong>&nbsp;in Bretten abgehalten.</p>"
        "<p>Der Vereinsausflug am&nbsp;<strong>01.10.2031</strong>&nbsp;führte nach Sigmaringen.</p>"
        f"{extra}"
    )


def test_a_years_chronicle_reports_no_events() -> None:
    assert read_de(chronicle("Chronik aus dem Jahr 2031")) == []
    assert read_de(chronicle("Jahresrückblick 2031")) == []


def test_a_chronicles_date_beyond_its_year_is_kept() -> None:
    extra = "<p>Nächste Mitgliederversammlung am <strong>12.03.2032</strong> um 19:30 Uhr im Gasthaus Krone.</p>"
    events = read_de(chronicle("Chronik aus dem Jahr 2031", extra))
    assert all(str(event["start"]).startswith("2032-03-12") for event in events)


def test_only_a_main_heading_naming_one_chronicled_year_is_a_chronicle() -> None:
    def year(html: str) -> int | None:
        return chronicle_year(lxml.html.fromstring(f"<html><body>{html}</body></html>"))

    assert year("<h1>Chronik 2031</h1>") == 2031
    assert year("<h2>Year in review 2031</h2>") == 2031
    assert year("<h1>Review meeting 2031</h1>") is None  # a meeting, not a year's review
    assert year("<h1>Chronik 2031 und 2032</h1>") is None  # two years
    assert year("<h1>Termine 2031</h1><h2>Chronik 2030</h2>") is None  # the page's heading is its dates'
