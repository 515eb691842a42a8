"""Misreadings today's batch helpers saw and left (docs/real-world-sources-log.md, "Misreadings left by today's
batches (helper leftbatch)"), each on a small document of our own that failed before its rule, with hard negatives:

1. an add-to-calendar link in a schedule's row ("<a href=…calendar.google.com…>Add</a>") is neither the row's
   title nor its page nor one of its documents; a row named nowhere else takes the link's own ``text``;
2. a fact table's date row written as a range ("Monday 21 July 2031 - Saturday 26 July 2031") gives the last day;
3. Spanish and Portuguese ranges: times joined by "a", "al", "às", "até", "hasta" ("12:00 a 14:00 hrs", "das 14h
   às 16h"), dates by "à" ("De 08/06/2031 à 11/06/2031"), a line opening with "3 al 5 de marzo" or "3-5 de marzo";
4. a single event's venue set as an unlabelled subtitle under its heading, when it reads as a venue's name;
5. JSON: a game named by its two sides beats the name of the container it is listed under ("Pool 1");
6. JSON: a hall named inside the venue's building ("Konzerthaus, Rolf-Böhme-Saal" beside "Konzerthaus Freiburg")
   is kept with the venue's name;
7. JSON: one record's sessions nested under it, the record dated by its day and its first session's time: each
   session is an occurrence of it.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import Any

import pytest

from sources.adapters import _page_dates, _page_intl, _page_ranges, _page_subtitle_place
from sources.adapters._json_venue_first import HALL_NOUN, HALL_SPLIT, POSTCODE, hall_in_venue
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import superlinear_shape

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
MARCH = dt.datetime(2031, 3, 1, tzinfo=CHICAGO)
LISTING = "https://club.example.org/meetings/"
PAGE = "https://arts.example.org/agenda/workshop"


def read(body: str, page: str = LISTING) -> list[dict[str, Any]]:
    window = FetchWindow(MARCH, MARCH + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url=page, zone=CHICAGO).events


def read_json(document: Any) -> list[dict[str, Any]]:
    return read(json.dumps(document), "https://api.example.org/events")


def at(month: int, day: int, hour: int, minute: int = 0) -> str:
    return dt.datetime(2031, month, day, hour, minute, tzinfo=CHICAGO).isoformat()


def test_the_new_patterns_are_linear() -> None:
    for pattern in (
        _page_dates.CLOCK_RANGE_24,
        _page_intl.INTL_CLOCK,
        _page_ranges.RANGE_JOIN,
        _page_ranges.LEAD_DAY,
        _page_subtitle_place.VENUE_NOUN,
        _page_subtitle_place.TAGLINE_WORD,
        _page_subtitle_place.SENTENCE,
        HALL_SPLIT,
        HALL_NOUN,
        POSTCODE,
    ):
        assert superlinear_shape(pattern) is None, pattern.pattern


# --- 1. an add-to-calendar link in a schedule's row ---------------------------------------------------------
def google(title: str, dates: str) -> str:
    return (
        "https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text="
        f"{title.replace(' ', '+')}&amp;dates={dates}"
    )


def meetings(label: str, *, topics: bool = True, link_titles: tuple[str, ...] | None = None) -> str:
    rows = [
        ("March 12, 2031 7:00 PM", "Night photography basics", "Library Room B", "20310313T010000Z/20310313T030000Z"),
        ("April 9, 2031 7:00 PM", "Portrait lighting", "Library Room B", "20310410T000000Z/20310410T020000Z"),
        ("May 14, 2031 7:00 PM", "Print critique night", "Community Hall", "20310515T000000Z/20310515T020000Z"),
    ]
    names = link_titles or tuple(topic for _, topic, _, _ in rows)
    body = "".join(
        f"<tr><td>{when}</td>{f'<td>{topic}</td>' if topics else ''}<td>{place}</td>"
        f'<td><a href="{google(name, dates)}">{label}</a></td></tr>'
        for (when, topic, place, dates), name in zip(rows, names, strict=True)
    )
    header = "<th>Date</th>" + ("<th>Topic</th>" if topics else "") + "<th>Location</th><th></th>"
    return f"""<html><head><title>Meetings - Photo Club</title></head><body><h1>Photo Club</h1>
<table><tr>{header}</tr>{body}</table></body></html>"""


@pytest.mark.parametrize("label", ["Add", "Add to calendar", "+ Calendar", "iCal"])
def test_a_rows_calendar_link_is_not_its_title_nor_its_page(label: str) -> None:
    events = read(meetings(label))

    assert [e["title"] for e in events] == ["Night photography basics", "Portrait lighting", "Print critique night"]
    assert all(e["url"] is None for e in events)
    assert all(not any("google" in link["url"] for link in e["links"]) for e in events)
    assert [e["venue_name"] for e in events] == ["Library Room B", "Library Room B", "Community Hall"]


def test_a_row_named_nowhere_else_takes_its_calendar_links_title() -> None:
    events = read(meetings("Add to calendar", topics=False))

    assert [e["title"] for e in events] == ["Night photography basics", "Portrait lighting", "Print critique night"]
    assert [e["start"] for e in events] == [at(3, 12, 19), at(4, 9, 19), at(5, 14, 19)]


def test_hard_negative_the_rows_own_name_beats_the_calendar_links_text() -> None:
    # Guards against the link's words replacing a name the row writes: the cell says it, the link only repeats.
    events = read(meetings("Add", link_titles=("Club meeting", "Club meeting", "Club meeting")))

    assert [e["title"] for e in events] == ["Night photography basics", "Portrait lighting", "Print critique night"]


def test_hard_negative_a_link_to_the_events_own_page_is_still_its_title_and_url() -> None:
    # Guards against every link being passed over: only add-to-calendar addresses are.
    body = meetings("Add").replace(google("Portrait lighting", "20310410T000000Z/20310410T020000Z"), "/talks/portrait")
    body = body.replace(
        '<td>Portrait lighting</td><td>Library Room B</td><td><a href="/talks/portrait">Add</a>',
        ('<td><a href="/talks/portrait">Portrait lighting</a></td><td>Library Room B</td><td>'),
    )
    events = read(body)

    assert events[1]["title"] == "Portrait lighting"
    assert events[1]["url"] == "https://club.example.org/talks/portrait"


def test_a_schedule_lines_calendar_link_label_is_no_part_of_its_title() -> None:
    items = "".join(
        f'<li>{when} Night walk {n} <a href="{google("Night walk", dates)}">Add to calendar</a></li>'
        for n, (when, dates) in enumerate(
            [
                ("March 12, 2031 7:00 PM", "20310313T010000Z/20310313T030000Z"),
                ("April 9, 2031 7:00 PM", "20310410T000000Z/20310410T020000Z"),
                ("May 14, 2031 7:00 PM", "20310515T000000Z/20310515T020000Z"),
            ],
            start=1,
        )
    )
    events = read(f"<html><head><title>Walks</title></head><body><h1>Walks</h1><ul>{items}</ul></body></html>")

    assert [e["title"] for e in events] == ["Night walk 1", "Night walk 2", "Night walk 3"]
    assert all(e["url"] is None for e in events)


# --- 2. a fact table's date range ---------------------------------------------------------------------------
def fact_page(when: str) -> str:
    return f"""<html><head><title>Riverside Folk Week</title></head><body>
<h2>Event information: Riverside Folk Week</h2>
<table><caption>General information</caption>
<tr><th>Event</th><td>Riverside Folk Week</td></tr><tr><th>Organiser</th><td>Riverside Folk Society</td></tr>
<tr><th>Date</th><td>
  {when}
</td></tr><tr><th>Format</th><td>festival</td></tr></table>
<table><caption>Day 1</caption><tr><th>Date</th><td>Monday 21 July 2031</td></tr>
<tr><th>Programme</th><td>Ceilidh</td></tr></table>
<table><caption>Day 2</caption><tr><th>Date</th><td>Tuesday 22 July 2031 at 18:00</td></tr>
<tr><th>Programme</th><td>Song session</td></tr></table>
</body></html>"""


def test_a_fact_tables_weekday_led_range_gives_its_last_day() -> None:
    event = read(fact_page("Monday 21 July 2031 - Saturday 26 July 2031"), "https://folk.example.org/events/41")[0]

    assert (event["title"], event["start"], event["end"], event["all_day"]) == (
        "Riverside Folk Week",
        "2031-07-21",
        "2031-07-26",
        True,
    )


def test_hard_negative_a_fact_tables_two_dates_in_a_list_are_no_range() -> None:
    # Guards against joining dates a comma lists: two days, not the days between them.
    event = read(fact_page("Monday 21 July 2031, Saturday 26 July 2031"), "https://folk.example.org/events/41")[0]

    assert (event["start"], event["end"]) == ("2031-07-21", None)


# --- 3. Spanish and Portuguese ranges -----------------------------------------------------------------------
def agenda(when: str, lang: str = "es") -> str:
    return f"""<html lang="{lang}"><head><title>Taller de cerámica</title></head><body><h1>Taller de cerámica</h1>
<p>{when}</p><p>Una sesión práctica con una ceramista invitada. Entrada libre.</p></body></html>"""


@pytest.mark.parametrize(
    ("when", "lang", "start", "end"),
    [
        ("Sábado 14 de junio de 2031, 12:00 a 14:00 hrs", "es", at(6, 14, 12), at(6, 14, 14)),
        ("14 de junio de 2031, de 10:00 a 13:00", "es", at(6, 14, 10), at(6, 14, 13)),
        ("14 de junio de 2031, de 10:00 hasta 13:30", "es", at(6, 14, 10), at(6, 14, 13, 30)),
        ("Sábado, 14 de junho de 2031, das 14h às 16h", "pt", at(6, 14, 14), at(6, 14, 16)),
        ("14/06/2031 das 14h30 às 16h", "pt", at(6, 14, 14, 30), at(6, 14, 16)),
        ("14/06/2031, 14:00 às 16:00", "pt", at(6, 14, 14), at(6, 14, 16)),
        ("De 08/06/2031 à 11/06/2031", "pt", "2031-06-08", "2031-06-11"),
        ("3 al 5 de marzo de 2031", "es", "2031-03-03", "2031-03-05"),
        ("3-5 de marzo de 2031", "es", "2031-03-03", "2031-03-05"),
        ("3 a 5 de março de 2031", "pt", "2031-03-03", "2031-03-05"),
    ],
)
def test_spanish_and_portuguese_ranges_give_their_end(when: str, lang: str, start: str, end: str) -> None:
    events = read(agenda(when, lang), PAGE)

    assert [(e["title"], e["start"], e["end"]) for e in events] == [("Taller de cerámica", start, end)]


@pytest.mark.parametrize(
    ("when", "start"),
    [
        # Guards against a number after a word read as a range's first day: "Sala 2" is the room.
        ("Sala 2 al 5 de marzo de 2031", "2031-03-05"),
        # Guards against an age range read as times: no minutes, no clock.
        ("5 de marzo de 2031, niños de 6 a 12 años", "2031-03-05"),
    ],
)
def test_hard_negative_numbers_that_are_no_range(when: str, start: str) -> None:
    events = read(agenda(when), PAGE)

    assert [(e["start"], e["end"]) for e in events] == [(start, None)]


def test_hard_negative_a_time_then_a_price_is_no_range() -> None:
    # Guards against "a" joining a time to a price: a currency sign before the second number.
    events = read(agenda("14 de junio de 2031, 18:00 a $150.00 por persona"), PAGE)

    assert [(e["start"], e["end"]) for e in events] == [(at(6, 14, 18), None)]


# --- 4. a venue set as a subtitle under the heading ---------------------------------------------------------
def detail(subtitle: str, more: str = "") -> str:
    return f"""<html lang="es"><head><title>Concierto de primavera | Agenda cultural</title></head><body>
<nav><a href="/">Inicio</a> <a href="/agenda/">Agenda</a></nav>
<h1>Concierto de primavera</h1>
<p class="subtitle">{subtitle}</p>{more}
<p>Sábado 14 de junio de 2031, 20:00 hrs</p>
<p>La orquesta juvenil presenta obras de Mozart y Haydn. Entrada libre hasta agotar cupo.</p>
</body></html>"""


@pytest.mark.parametrize("venue", ["Teatro de la Ciudad", "Sala Nezahualcóyotl", "The Fillmore Auditorium"])
def test_a_venue_set_as_the_headings_subtitle_is_the_place(venue: str) -> None:
    events = read(detail(venue), PAGE)

    assert [(e["title"], e["start"], e["venue_name"]) for e in events] == [
        ("Concierto de primavera", at(6, 14, 20), venue)
    ]


@pytest.mark.parametrize(
    "subtitle",
    [
        "Una noche de música clásica",  # a tagline: no venue's noun
        "Un espectáculo de teatro y danza",  # "teatro" as a word in a tagline, not a name
        "An Evening at the Music Hall",  # a title-cased tagline: an article to open it, "at"
        "Obra de Teatro para toda la familia.",  # a sentence
        "Sábado 14 de junio",  # the date
    ],
)
def test_hard_negative_a_subtitle_that_is_no_venue(subtitle: str) -> None:
    events = read(detail(subtitle), PAGE)

    assert [e["venue_name"] for e in events] == [None]


def test_hard_negative_a_labelled_place_beats_the_subtitle() -> None:
    # Guards against the subtitle overriding what the page labels as the place.
    events = read(detail("Teatro de la Ciudad", "<p>Lugar: Auditorio Nacional</p>"), PAGE)

    assert [e["venue_name"] for e in events] == ["Auditorio Nacional"]


# --- 5. a game in a named container -------------------------------------------------------------------------
def pools(*, named: bool = False) -> dict[str, Any]:
    def match(number: int, first: str, second: str, when: str) -> dict[str, Any]:
        own = {"name": f"Round {number} decider"} if named else {}
        return {"id": number, "team_A_name": first, "team_B_name": second, "date": when, **own}

    return {
        "tournament": "Spring Cup",
        "pools": [
            {"pool": {"name": "Pool 1", "matches": [match(1, "Lions", "Tigers", "2031-04-05T10:00:00"),
                                                   match(2, "Bears", "Wolves", "2031-04-05T11:30:00")]}},
            {"pool": {"name": "Pool 2", "matches": [match(3, "Eagles", "Hawks", "2031-04-06T10:00:00")]}},
        ],
    }  # fmt: skip


def test_a_game_named_by_its_sides_beats_its_containers_name() -> None:
    events = read_json(pools())

    assert [(e["title"], e["start"]) for e in events] == [
        ("Lions vs Tigers", at(4, 5, 10)),
        ("Bears vs Wolves", at(4, 5, 11, 30)),
        ("Eagles vs Hawks", at(4, 6, 10)),
    ]


def test_hard_negative_a_games_own_name_still_wins() -> None:
    # Guards against the sides replacing a name the record gives itself.
    titles = [e["title"] for e in read_json(pools(named=True))]

    assert titles == ["Round 1 decider", "Round 2 decider", "Round 3 decider"]


def test_hard_negative_a_containers_name_still_names_records_without_sides() -> None:
    # Guards against dropping the container's name where nothing else names the records (a show's sessions).
    document = {"shows": [{"show": {"name": "Hamlet", "sessions": [{"id": 1, "date": "2031-04-05T19:30:00"},
                                                                   {"id": 2, "date": "2031-04-06T19:30:00"}]}},
                          {"show": {"name": "Macbeth", "sessions": [{"id": 3, "date": "2031-04-07T19:30:00"}]}}]}  # fmt: skip

    assert [e["title"] for e in read_json(document)] == ["Hamlet", "Hamlet", "Macbeth"]


# --- 6. a hall inside the venue's building ------------------------------------------------------------------
def concert(number: int, title: str, start: str, location: str, venue: str) -> dict[str, Any]:
    return {
        "id": number,
        "title": title,
        "start": start,
        "references": {
            "location": [{"name": location, "formatted": f"{location}, Platz der Alten Synagoge 1, 79098 Freiburg"}],
            "venue": [{"name": venue, "street": "Konrad-Adenauer-Platz 1", "city": "Freiburg",
                       "formatted": f"{venue}, Konrad-Adenauer-Platz 1, 79098 Freiburg"}],
        },
    }  # fmt: skip


def test_a_hall_in_the_venues_building_is_kept_with_the_venue() -> None:
    document = {"data": [
        concert(1, "Kammerkonzert", "2031-04-05T19:30:00", "Konzerthaus, Rolf-Böhme-Saal", "Konzerthaus Freiburg"),
        concert(2, "Orgelnacht", "2031-04-12T20:00:00", "Konzerthaus, Großer Saal", "Konzerthaus Freiburg"),
        concert(3, "Jazz im Foyer", "2031-04-19T20:00:00", "Alte Mälzerei - Alte Bergsteige 7, 74821 Mosbach",
                "Alte Mälzerei"),
        concert(4, "Lesung", "2031-04-26T20:00:00", "Stadtbibliothek, Lesesaal", "Konzerthaus Freiburg"),
    ]}  # fmt: skip

    assert [e["venue_name"] for e in read_json(document)] == [
        "Rolf-Böhme-Saal, Konzerthaus Freiburg",
        "Großer Saal, Konzerthaus Freiburg",
        "Alte Mälzerei",  # hard negative: the rest is the building's address (a number in it), not a hall
        "Konzerthaus Freiburg",  # hard negative: another building's name, not the venue's
    ]


def test_hard_negative_no_hall_where_no_location_names_the_venues_building() -> None:
    # Guards against the "hall" reading where the other place is never inside the venue: the venue's name alone.
    document = {"data": [concert(n, f"Konzert {n}", f"2031-04-0{n}T19:30:00", "Foyer", "Konzerthaus Freiburg")
                         for n in (1, 2, 3)]}  # fmt: skip

    assert [e["venue_name"] for e in read_json(document)] == ["Konzerthaus Freiburg"] * 3


def test_hall_in_venue_fails_closed_on_odd_values() -> None:
    assert hall_in_venue(None, None) is None
    assert hall_in_venue(42, "Konzerthaus") == "Konzerthaus"
    assert hall_in_venue("Konzerthaus, Saal 3", "Konzerthaus") == "Saal 3, Konzerthaus"  # a hall's noun and number
    assert hall_in_venue("Konzerthaus - Hauptstrasse 3", "Konzerthaus") == "Konzerthaus"  # a street's number
    assert hall_in_venue("Konzerthaus - 79098 Freiburg", "Konzerthaus") == "Konzerthaus"  # a postcode
    assert hall_in_venue("Konzerthaus,", "Konzerthaus Freiburg") == "Konzerthaus Freiburg"
    assert hall_in_venue("Rolf-Böhme-Saal", None) == "Rolf-Böhme-Saal"


# --- 7. one record's sessions -------------------------------------------------------------------------------
def test_one_records_sessions_are_each_an_occurrence() -> None:
    document = {"events": [{"title": "Open swim", "date": "2031-04-05", "venue": "Lido Pool",
                            "sessions": [{"time": "10:00", "spaces": 3}, {"time": "14:00", "spaces": 5}]}]}  # fmt: skip

    assert [(e["title"], e["start"]) for e in read_json(document)] == [
        ("Open swim", at(4, 5, 10)),
        ("Open swim", at(4, 5, 14)),
    ]


def test_hard_negative_a_nested_list_the_start_does_not_go_through_stays_unread() -> None:
    # Guards against reading any nested list as sessions: a record's prices are no occurrences of it.
    document = {"events": [{"title": "Open swim", "date": "2031-04-05T10:00:00",
                            "prices": [{"label": "Adult", "amount": 5}, {"label": "Child", "amount": 3}]}]}  # fmt: skip

    assert [(e["title"], e["start"]) for e in read_json(document)] == [("Open swim", at(4, 5, 10))]
