"""The hundred-and-tenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout110.json: a
museums' events table, a community theatre's season, a village band's "Termine 2023", an anglers' club's
"Termine und Veranstaltungen 2026 / 2027", and two hard negatives, the club's website change log and its fishing
permits' closed seasons; measured once at 6506d044), on small documents of our own:

* The band's table wrote "Samstag, 24.12.22" and "Sonntag, 24.12.23": one day and month in two years made the page's
  two-digit years look like a section's numbers, and nothing was read. Each after its weekday, they are dates
  (``_page_dotted_days``). Its "Ereignis" column names the rows; the museums' "Museum:" column is their place.
* The anglers' page: bold cells classed "font_11pt_bold" are its headings (``_page_bold_class``); "12.03. | 23.04. |
  … | 12.11.2026" writes its year once and "jeweils 19:00 Uhr im Anglerheim" is each date's; "Beginn 18:00 Uhr" and
  "Treffpunkt 10:00 Uhr am Vereinsheim" under a dated line; "14:00 Uhr im Vereinsheim Schleusingen" is only a place;
  "Fischerfest, Anglerheim" a name and its venue; "Einzahlung … bis 30.09.2026" a payment due
  (``_page_date_lists``).
* The change log and the closed seasons gave thirteen events (``_page_change_log``; a "Schonzeit" column).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_bold_class import bold_class
from sources.adapters._page_change_log import change_log_page
from sources.adapters._page_date_lists import due_by, year_once
from sources.adapters._page_dates import DOTTED_DAY_FIRST, find_dates
from sources.adapters._page_prepare import page_root
from sources.adapters._page_words import status_in
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
DETROIT = zoneinfo.ZoneInfo("America/Detroit")
read_us = functools.partial(
    read_page,
    url="https://museums.example/events",
    zone=DETROIT,
    start=dt.datetime(2031, 2, 1, 9),  # noqa: DTZ001
)
read_de = functools.partial(
    read_page,
    url="https://verein.example/termine",
    zone=BERLIN,
    start=dt.datetime(2031, 1, 1, 9),  # noqa: DTZ001
)


def day_of(event: dict) -> str:
    return str(event["start"])[:10]


def clock_of(event: dict) -> str | None:
    start = str(event["start"])
    return start[11:16] if len(start) > 10 else None


def by_title(events: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for event in events:
        found.setdefault(event["title"], []).append(event)
    return found


# --- two-digit years after their weekdays, across New Year ("Samstag, 24.12.30" … "Sonntag, 24.12.31") ----------


def band_table(rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(
        f"<tr><td class='date'>{day}</td><td>{clock}</td><td>{name}</td><td>alle</td></tr>" for day, clock, name in rows
    )
    return (
        "<html><body><h1>Termine 2031</h1><table><thead><tr><th>Datum</th><th>Uhrzeit</th><th>Ereignis</th>"
        f"<th>Gruppe</th></tr></thead><tbody>{cells}</tbody></table></body></html>"
    )


YEAR_ROUND = [
    ("Mittwoch, 24.12.30", "23:15", "Weihnachtslieder nach der Christmette"),
    ("Sonntag, 19.01.31", "14:30", "Auftritt des Jugendorchesters"),
    ("Samstag, 15.02.31", "noch offen", "Faschingsumzug"),
    ("Mittwoch, 24.12.31", "noch offen", "Weihnachtslieder nach der Christmette"),
]


def test_weekday_led_short_years_a_year_apart_are_dates() -> None:
    events = read_de(band_table(YEAR_ROUND))
    assert sorted(day_of(event) for event in events) == ["2030-12-24", "2031-01-19", "2031-02-15", "2031-12-24"]


def test_the_event_column_titles_the_rows() -> None:
    titles = {event["title"] for event in read_de(band_table(YEAR_ROUND))}
    assert titles == {"Weihnachtslieder nach der Christmette", "Auftritt des Jugendorchesters", "Faschingsumzug"}


def test_a_sections_numbers_in_two_years_stay_numbers() -> None:
    page = (
        "<html><body><h1>Satzung</h1><p>3.1.31 Anmeldung zum Kurs</p><p>3.1.32 Gebühren des Kurses</p>"
        "<p>3.1.33 Rücktritt vom Kurs</p></body></html>"
    )
    assert read_de(page) == []


def test_a_weekday_before_only_one_of_them_keeps_the_guard() -> None:
    page = (
        "<html><body><h1>Ordnung</h1><p>Samstag, 3.1.31 Anmeldung</p><p>3.1.32 Gebühren</p><p>3.1.33 Rücktritt</p>"
        "</body></html>"
    )
    assert [day_of(event) for event in read_de(page)] == []


# --- a venue kind heading its column ("Museum:") -------------------------------------------------------------------


def museum_table(place_header: str) -> str:
    rows = "".join(
        f"<tr><td><strong><a href='https://m{n}.example/'>{place}</a></strong></td><td><strong>{name}</strong><br>"
        f"<p>About it.</p></td><td><strong>{day}</strong></td></tr>"
        for n, (place, name, day) in enumerate(
            [
                ("Hands-On Museum", "Minecraft Workshops", "2/19/2031"),
                ("Firehouse Museum", "Build a Fire Truck Model", "3/21/2031"),
                ("Kelsey Museum", "Jackal Songs", "4/1/2031"),
            ]
        )
    )
    return (
        "<html><body><h2>Events</h2><table><tbody><tr><th><strong>" + place_header + "</strong></th>"
        "<th><strong>Event:</strong></th><th><strong>Date:</strong></th></tr>" + rows + "</tbody></table></body></html>"
    )


def test_a_museum_column_is_the_rows_place() -> None:
    events = read_us(museum_table("Museum:"))
    assert {event["title"]: event["venue_name"] for event in events} == {
        "Minecraft Workshops": "Hands-On Museum",
        "Build a Fire Truck Model": "Firehouse Museum",
        "Jackal Songs": "Kelsey Museum",
    }


def test_a_word_that_only_starts_with_museum_heads_no_place() -> None:
    events = read_us(museum_table("Museumsnummer"))
    assert events
    assert all(not event.get("venue_name") for event in events)


# --- the anglers' programme -----------------------------------------------------------------------------------------


def club_page(*sections: tuple[str, list[str]]) -> str:
    rows = "".join(
        f"<tr><td class='font_11pt_bold'>{heading}</td></tr>"
        + "".join(f"<tr><td class='font_11pt'>{cell}</td></tr>" for cell in cells)
        for heading, cells in sections
    )
    fees = (  # the page's fees, a table inside the layout's cell: the outer table is the page's layout
        "<tr><td class='font_11pt'><table><tr><td>Erwachsene</td><td>125,- &euro;</td></tr><tr><td>Jugendliche</td>"
        "<td>45,- &euro;</td></tr></table></td></tr>"
    )
    return f"<html><body><table width='550'>{fees}{rows}</table></body></html>"


BOARD = ("Vorstandssitzungen 2031", ["12.03. | 23.04. | 28.05. | 12.11.2031<br />jeweils 19:00 Uhr im Anglerheim"])


def read_listing(*sections: tuple[str, list[str]]) -> list[dict]:
    """The events of a club's page with the board's meetings above the sections (a listing, as the club's page is),
    the board's meetings left out."""
    return [event for event in read_de(club_page(BOARD, *sections)) if event["title"] != "Vorstandssitzungen"]


def test_a_list_writing_its_year_once_is_each_dates_meeting() -> None:
    events = read_de(club_page(BOARD))
    assert [(day_of(e), clock_of(e), e["title"], e["venue_name"]) for e in events] == [
        ("2031-03-12", "19:00", "Vorstandssitzungen", "Anglerheim"),
        ("2031-04-23", "19:00", "Vorstandssitzungen", "Anglerheim"),
        ("2031-05-28", "19:00", "Vorstandssitzungen", "Anglerheim"),
        ("2031-11-12", "19:00", "Vorstandssitzungen", "Anglerheim"),
    ]


def test_a_line_not_said_to_be_each_dates_shares_nothing() -> None:
    page = club_page(("Vorstandssitzungen 2031", ["12.03. | 23.04. | 12.11.2031<br />Beginn 19:00 Uhr im Anglerheim"]))
    events = read_de(page)
    assert len(events) == 3
    assert all(clock_of(event) is None for event in events)


def test_a_closing_clock_is_no_dates_start() -> None:
    page = club_page(("Arbeitseinsätze 2031", ["11.04. | 09.05. | 10.10.2031<br />jeweils bis 12:00 Uhr"]))
    assert all(clock_of(event) is None for event in read_de(page))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.03. | 23.04. | 12.11.2031", True),
        ("12.03., 23.04. und 12.11.2031", True),
        ("12.03.2031 | 23.04.", False),  # the year on the first: not this shape
        ("11/27/2031 Notice and Agenda 11.22.31", False),  # a document's date written otherwise
    ],
)
def test_year_once(text: str, expected: bool) -> None:
    token = DOTTED_DAY_FIRST.set(True)
    try:
        hits = find_dates(text, year_hint=None, today=dt.date(2031, 1, 1))
    finally:
        DOTTED_DAY_FIRST.reset(token)
    assert year_once(text, hits) is expected


def test_a_start_words_clock_and_venue_under_the_date() -> None:
    sections = (
        "Vereinsleben",
        [
            "<strong>01.05.2031</strong> &ndash; Anangeln an den Fließgewässern<br />Beginn selbstständig, "
            "anschließend Treffpunkt 10:00 Uhr am Vereinsheim Fischbacher Straße",
            "<strong>10.10.2031</strong> &ndash; Abangeln am Sportplatzteich<br />Beginn 11:00 Uhr im Anschluss an "
            "den Arbeitseinsatz",
            "<strong>09.01.2032</strong> &ndash; Gemütliches Beisammensein<br />in der Teutschen Schule, Beginn "
            "18:00 Uhr",
        ],
    )
    read = {e["title"]: (clock_of(e), e.get("venue_name")) for e in read_listing(sections)}
    assert read == {
        "Anangeln an den Fließgewässern": ("10:00", "Vereinsheim Fischbacher Straße"),
        "Abangeln am Sportplatzteich": ("11:00", None),  # "im Anschluss an …" is no place
        "Gemütliches Beisammensein": ("18:00", "Teutschen Schule"),
    }


def test_an_end_word_gives_no_start() -> None:
    sections = (
        "Vereinsleben",
        [
            "<strong>01.05.2031</strong> &ndash; Anangeln an den Fließgewässern<br />Ende gegen 18:00 Uhr am "
            "Vereinsheim und danach Grillen mit allen",
            "<strong>07.06.2031</strong> &ndash; Fischerfest<br />Anmeldung bis 17:00 Uhr am Vortag beim Vorstand",
        ],
    )
    assert all(clock_of(event) is None for event in read_listing(sections))


def test_a_lines_words_that_are_only_its_place_give_the_heading_its_title() -> None:
    sections = (
        ("Mitgliederversammlung", ["14.03.2031 &ndash; 14:00 Uhr im Vereinsheim Schleusingen"]),
        ("Sommerkonzert", ["21.06.2031 &ndash; 19:00 Uhr Konzert im Kurpark"]),
    )
    read = {day_of(e): (e["title"], e.get("venue_name")) for e in read_listing(*sections)}
    assert read["2031-03-14"] == ("Mitgliederversammlung", "Vereinsheim Schleusingen")
    assert read["2031-06-21"][0] == "Konzert im Kurpark"  # a name before its place keeps it


def test_one_event_under_its_heading_keeps_the_year() -> None:
    sections = (
        ("Mitgliederversammlung", ["14.03.2031 &ndash; 14:00 Uhr im Vereinsheim Schleusingen"]),
        ("Markenausgabe 2032", ["02.12.2031 &ndash; 10:00 bis 12:00 Uhr im Vereinsheim"]),
    )
    assert {e["title"] for e in read_listing(*sections)} == {"Markenausgabe 2032", "Mitgliederversammlung"}


def test_a_name_and_its_venue_after_a_comma() -> None:
    sections = (
        "Vereinsleben",
        [
            "<strong>07.06.2031</strong> &ndash; Fischerfest, Anglerheim<br />Beginn 9:00 Uhr",
            "<strong>14.06.2031</strong> &ndash; Bach, Händel<br />Beginn 19:00 Uhr",
        ],
    )
    read = {e["title"]: e.get("venue_name") for e in read_listing(sections)}
    assert read == {"Fischerfest": "Anglerheim", "Bach, Händel": None}


def test_a_payment_due_by_a_date_is_no_event() -> None:
    sections: tuple[tuple[str, list[str]], ...] = (
        ("Einzahlung Jahresbeitrag für 2032 bis 30.09.2031", []),
        ("Vereinsleben", ["<strong>07.06.2031</strong> &ndash; Fischerfest<br />Beginn 9:00 Uhr"]),
        ("Ausstellung", ["Fotoausstellung im Rathaus bis 30.09.2031"]),
    )
    days = sorted(day_of(event) for event in read_listing(*sections))
    assert "2031-06-07" in days
    assert days.count("2031-09-30") <= 1  # the exhibition's last day may stand, the payment's due day does not
    titles = " ".join(e["title"] for e in read_listing(*sections))
    assert "Einzahlung" not in titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Einzahlung Jahresbeitrag für 2032 bis 30.09.2031", True),
        ("Membership fees due by 31 March 2031", True),
        ("Fotoausstellung im Rathaus bis 30.09.2031", False),
        ("Anmeldung bis 17:00 Uhr, Konzert am 30.09.2031", False),
        ("Einzahlung bis 30.09.2031 an den Kassenwart", False),
    ],
)
def test_due_by(text: str, expected: bool) -> None:
    token = DOTTED_DAY_FIRST.set(True)
    try:
        hits = find_dates(text, year_hint=None, today=dt.date(2031, 1, 1))
    finally:
        DOTTED_DAY_FIRST.reset(token)
    assert due_by(text, hits[-1]) is expected


def test_a_start_word_is_no_titles_tail() -> None:
    sections = (
        ("Arbeitseinsätze", ["<strong>07.03.2031</strong> &ndash; Arbeitseinsatz: Grünschnitt häckseln, ab 9:00 Uhr"]),
        ("Konzerte", ["<strong>08.03.2031</strong> &ndash; Rehab 19:00 Uhr"]),
    )
    assert {e["title"] for e in read_listing(*sections)} == {"Arbeitseinsatz: Grünschnitt häckseln", "Rehab"}


@pytest.mark.parametrize(
    ("classes", "expected"),
    [("font_11pt_bold", True), ("bold", True), ("text-bold big", True), ("fw-semibold", True), ("fett", True)],
)
def test_bold_classes(classes: str, expected: bool) -> None:
    assert bold_class(page_root(f"<td class='{classes}'>x</td>").find(".//td")) is expected


@pytest.mark.parametrize("classes", ["boldly-go", "bolder", "font_11pt", "bold-links-list"])
def test_classes_that_are_not_bold(classes: str) -> None:
    assert bold_class(page_root(f"<td class='{classes}'>x</td>").find(".//td")) is False


# --- the hard negatives: a change log, a rule's seasons --------------------------------------------------------------


def change_log(heading: str) -> str:
    items = "".join(
        f"<li><time datetime='2031-05-{day:02d}'>{day:02d}.05.2031</time><ul><li>Die Terminseite wurde aktualisiert."
        "</li></ul></li>"
        for day in (12, 6, 5)
    )
    return f"<html><body><h1>{heading}</h1><ol class='changelog-list'>{items}</ol></body></html>"


@pytest.mark.parametrize("heading", ["Changelog", "Release notes 2.4", "Änderungsprotokoll der Website"])
def test_a_change_logs_dates_are_no_events(heading: str) -> None:
    assert read_de(change_log(heading)) == []


@pytest.mark.parametrize("heading", ["Changelog Meetup Berlin", "Release Notes Live: Community Call"])
def test_a_meetup_named_after_change_logs_is_read(heading: str) -> None:
    assert not change_log_page(page_root(change_log(heading)))
    assert len(read_de(change_log(heading))) == 3


def test_a_change_log_section_below_the_pages_heading_is_not_the_page() -> None:
    page = change_log("Vereinsnachrichten").replace("</h1>", "</h1><h2>Changelog</h2>")
    assert not change_log_page(page_root(page))


def seasons_table(last_header: str) -> str:
    rows = "".join(
        f"<tr><td>{fish}</td><td>30 cm </td><td>{span} </td></tr>"
        for fish, span in [
            ("Bachforelle", "01.10. - 30.04."),
            ("Bachsaibling", "01.10. - 30.04."),
            ("Äsche", "01.02. - 31.05."),
        ]
    )
    return (
        "<html><body><p class='font_11pt_bold'>Schonzeiten und Mindestmaße</p><table><tr>"
        f"<td class='font_11pt_bold'>Salmoniden</td><td class='font_11pt_bold'>Mindestmaß</td>"
        f"<td class='font_11pt_bold'>{last_header}</td></tr>{rows}</table></body></html>"
    )


@pytest.mark.parametrize("header", ["Schonzeit", "Closed season", "Gültigkeit"])
def test_a_rules_seasons_are_no_events(header: str) -> None:
    assert read_de(seasons_table(header)) == []


def test_a_table_of_courses_is_read() -> None:
    assert len(read_de(seasons_table("Kurstermin"))) == 3


# --- a biography's move is no rescheduling ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("He moved to New York with his family where he continued to perform.", "scheduled"),
        ("She moved to Berlin in 1990.", "scheduled"),
        ("Concert moved to 12 May 2031.", "rescheduled"),
        ("Quiz night moved to the Annex.", "rescheduled"),
    ],
)
def test_a_persons_move_is_no_rescheduling(text: str, status: str) -> None:
    assert status_in(text) == status
