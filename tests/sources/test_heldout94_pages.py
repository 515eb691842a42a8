"""The ninety-fourth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout94.json: Finnish
council boards' meeting indexes and Berlin venues' own programme pages, measured once at 9533a989), on small
documents of our own:

* A shop-front cinema's showtimes table writes its days "11.08 (Sa)": a day and a two-digit month joined by one dot,
  the weekday in brackets. Nothing was read (a bare "11.08" is no date). Now the bracketed weekday closes the day
  as German writes it, "11.08. (Sa)" (``_page_bracket_days``), and the year-less dotted reader takes it. Not: a
  bracketed word that is no weekday ("12.05 (inkl. MwSt)", "20.10 (ca.)"), a numbered thing ("Version 2.10 (Mo)"),
  a one-digit month ("3.7 (Mo)", a decimal).
* Its rows link their film's page from a cell "Infos, Trailer, Tickets", the name in plain text: no url. Now a link
  whose text lists what its page holds, an information word among them ("Infos, Trailer, Tickets", "Info &
  Tickets"), is the row's page as "More info" is (``_page_row_more``). Not: "Trailer, Tickets" (a booking's, no
  information word), "Info, Preise" (a word outside the list).
* A dance theatre's Spielplan writes a run "09. bis 12.08.2018": it was read as its last day only. Now a day closed
  by its dot before "bis" starts the run as "09.–12.08." does (``_page_ranges.LEAD_DAY``). Not: a number without
  its dot ("Saal 2 bis 12.08.2031").

Left (docs/real-world-sources-log.md, batch 94): the Spielplan's productions are titled by their description row (the
linked name is in the row above, the clock "19:00 Uhr" in the row below), and the test wants one show a night of a
run; a one-link meeting index is titled by its heading; a board's coming agenda is read beside its minutes.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html
import pytest

from sources.adapters._page_bracket_days import bracketed_days_closed
from sources.adapters._page_row_more import more_page
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 8, 1, 12, tzinfo=BERLIN)
read = functools.partial(read_page, url="https://kino.example/", zone=BERLIN, start=START)


def _programme(rows: list[tuple[str, str, str, str]], *, label: str = "Infos, Trailer, Tickets") -> str:
    body = "".join(
        f"<tr><td class='column-1'>{day}</td><td class='column-2'>{clock}</td><td class='column-3'>{name}</td>"
        f"<td class='column-4'><a href='https://kino.example/{slug}'>{label}</a></td></tr>"
        for day, clock, name, slug in rows
    )
    return (
        "<html lang='de-DE'><body><h1>Kinoprogramm</h1><table class='tablepress'><thead><tr><th>Datum</th>"
        f"<th>Zeit</th><th>Titel</th><th>Infos</th></tr></thead><tbody>{body}</tbody></table></body></html>"
    )


SHOWS = [
    ("11.08 (Mo)", "11:00", "Harbour Lights (OmU)", "harbour-lights"),
    ("11.08 (Mo)", "15:45", "Quiet Fields", "quiet-fields"),
    ("12.08 (Di)", "20:30", "Salt Roads (OmU)", "salt-roads"),
]


def test_bracketed_weekday_days_are_read_with_their_film_pages() -> None:
    got = [(event["title"], event["start"], event["url"]) for event in read(_programme(SHOWS))]
    assert got == [
        ("Harbour Lights", "2031-08-11T11:00:00+02:00", "https://kino.example/harbour-lights"),
        ("Quiet Fields", "2031-08-11T15:45:00+02:00", "https://kino.example/quiet-fields"),
        ("Salt Roads", "2031-08-12T20:30:00+02:00", "https://kino.example/salt-roads"),
    ]


def test_a_film_shown_twice_keeps_its_page_on_both_rows() -> None:
    rows = [*SHOWS, ("12.08 (Di)", "22:00", "Quiet Fields", "quiet-fields")]
    urls = [event["url"] for event in read(_programme(rows)) if event["title"] == "Quiet Fields"]
    assert urls == ["https://kino.example/quiet-fields"] * 2


def test_without_the_bracketed_weekday_closed_nothing_is_read() -> None:
    # what the page gave before the rule: the bare "11.08" is no day
    bare = [(day.split(" ")[0], clock, name, slug) for day, clock, name, slug in SHOWS]
    assert read(_programme(bare)) == []


@pytest.mark.parametrize("label", ["Trailer, Tickets", "Info, Preise", "Tickets kaufen"])
def test_a_label_that_lists_no_information_gives_no_page(label: str) -> None:
    assert more_page([(label, "https://kino.example/x")]) is None


@pytest.mark.parametrize("label", ["Infos, Trailer, Tickets", "Info & Tickets", "Details und Karten", "Info/Tickets"])
def test_a_label_that_lists_what_the_page_holds_is_its_page(label: str) -> None:
    assert more_page([(label, "https://kino.example/x")]) == "https://kino.example/x"


@pytest.mark.parametrize(
    "text",
    ["12.05 (inkl. MwSt)", "20.10 (ca.)", "Version 2.10 (Mo)", "3.7 (Mo)", "Saal 11.08 (Mitte)"],
)
def test_bracketed_words_that_are_no_weekday_leave_the_number_alone(text: str) -> None:
    root = lxml.html.fromstring(f"<div><p>{text}</p></div>")
    bracketed_days_closed(root)
    assert root.findtext("p") == text


def test_the_price_list_hard_negative_reads_no_events() -> None:
    page = (
        "<html lang='de'><body><h1>Preise</h1><table><tr><td>Kaffee</td><td>2.50 (klein)</td></tr>"
        "<tr><td>Kuchen</td><td>12.05 (inkl. MwSt)</td></tr><tr><td>Torte</td><td>14.09 (ganz)</td></tr>"
        "</table></body></html>"
    )
    assert read(page) == []


SPIELPLAN = (
    "<html lang='de'><body><h1>Spielplan</h1>"
    "<div class='ev'><h3><a href='/p/fallback'>Fallback</a></h3><p>{run}</p><p>19:00 Uhr, im Studio</p></div>"
    "<div class='ev'><h3><a href='/p/chasm'>Chasm</a></h3><p>{other}</p><p>20:00 Uhr, im Studio</p></div>"
    "</body></html>"
)


def test_a_day_closed_by_its_dot_before_bis_starts_the_run() -> None:
    page = SPIELPLAN.format(run="09. bis 12.08.2031", other="23. bis 26.08.2031")
    got = [(event["title"], event["start"][:10], (event.get("end") or "")[:10]) for event in read(page)]
    assert got == [("Fallback", "2031-08-09", "2031-08-12"), ("Chasm", "2031-08-23", "2031-08-26")]


def test_a_number_without_its_dot_before_bis_is_no_first_day() -> None:
    page = SPIELPLAN.format(run="Saal 2 bis 12.08.2031", other="Reihe 3 bis 26.08.2031")
    got = [event["start"][:10] for event in read(page)]
    assert got == ["2031-08-12", "2031-08-26"]


HOURS = (
    "<html lang='de'><body><h1>Stadtbibliothek</h1><h2>{heading}</h2><table>"
    "<tr><td>24.12 (Mi)</td><td>10:00 – 14:00</td></tr><tr><td>31.12 (Mi)</td><td>10:00 – 16:00</td></tr>"
    "<tr><td>01.01 (Do)</td><td>geschlossen</td></tr></table></body></html>"
)


@pytest.mark.parametrize("heading", ["Sonderöffnungszeiten", "Öffnungszeiten", "Feiertagsöffnungszeiten"])
def test_a_table_of_special_opening_hours_reads_no_events(heading: str) -> None:
    # self-review of the bracketed days: a library's holiday hours, read as three events titled by the heading
    # ("24.12. (Mi)" was so on main already), now no table under an opening hours' heading gives rows
    assert read(HOURS.format(heading=heading)) == []


def test_a_table_under_a_programme_heading_is_still_read() -> None:
    got = [event["start"][:16] for event in read(HOURS.format(heading="Lesungen im Dezember"))]
    assert got == ["2031-12-24T10:00", "2031-12-31T10:00", "2032-01-01"]


def test_a_page_whose_every_date_is_under_holiday_hours_is_no_event() -> None:
    page = (
        "<html><body><h1>Town Library</h1><h2>Holiday hours</h2><p>Wednesday 24 December 2031: 9:00 – 13:00</p>"
        "<p>Thursday 25 December 2031: closed</p></body></html>"
    )
    assert read(page) == []


def test_a_page_with_a_dated_line_outside_its_hours_is_still_read() -> None:
    # an exhibition's opening hours before its opening night: the page stays its reader's (one event)
    page = (
        "<html lang='de'><body><h1>Ausstellung: Licht und Schatten</h1><h2>Öffnungszeiten</h2>"
        "<p>Ab 01.09.2031 täglich 10–18 Uhr</p><h2>Eröffnung</h2><p>Freitag, 12.09.2031, 19:00 Uhr, Vernissage</p>"
        "</body></html>"
    )
    assert [event["title"] for event in read(page)] == ["Ausstellung: Licht und Schatten"]


def _blocks(items: list[str], *, rule: str = "<tr><td colspan='3'><hr></td></tr>") -> str:
    return "<html lang='de'><body><h1>Spielplan</h1><table>" + rule.join(items) + "</table></body></html>"


def _production(slug: str, name: str, run: str, clock: str = "<strong>19:00 Uhr</strong>") -> str:
    return (
        f"<tr><td>PREMIERE</td><td colspan='2'><a href='/p/{slug}'><strong>{name}</strong></a></td></tr>"
        f"<tr><td><strong>{run}</strong></td><td colspan='2'>ein Tanzstück <a href='/p/{slug}'>mehr Informationen"
        f" &gt;&gt;</a></td></tr><tr><td>TANZ</td><td>{clock}</td><td>im Studio</td></tr>"
    )


def test_row_blocks_between_rules_are_named_by_their_link_and_timed_by_their_clock_row() -> None:
    page = _blocks(
        [_production("fallback", "Fallback", "17. bis 19.08.2031"), _production("chasm", "Chasm", "23.08.2031")]
    )
    got = [(event["title"], event["start"], event["url"]) for event in read(page)]
    assert got == [
        ("Fallback", "2031-08-17T19:00:00+02:00", "https://kino.example/p/fallback"),
        ("Chasm", "2031-08-23T19:00:00+02:00", "https://kino.example/p/chasm"),
    ]


def test_row_blocks_without_rules_are_read_row_by_row() -> None:
    page = _blocks(
        [_production("fallback", "Fallback", "17.08.2031"), _production("chasm", "Chasm", "23.08.2031")], rule=""
    )
    assert "Fallback" not in [event["title"] for event in read(page)]  # as before the rule: the date row's words


def test_row_blocks_without_a_time_are_no_programme() -> None:
    # a news table's headline over its publication day, each between rules: read row by row as before
    items = [
        f"<tr><td colspan='3'><a href='/news/{slug}'><b>{name}</b></a></td></tr><tr><td>{day}</td><td>{text}</td></tr>"
        for slug, name, day, text in [
            ("a", "Neue Bühne eröffnet", "02.08.2031", "Die Stadt hat die Bühne übergeben."),
            ("b", "Sommerpause", "05.08.2031", "Das Büro bleibt geschlossen."),
        ]
    ]
    titles = [event["title"] for event in read(_blocks(items))]
    assert "Neue Bühne eröffnet" not in titles
    assert "Sommerpause" not in titles


def test_a_block_whose_name_row_links_two_pages_leaves_the_table_to_its_rows() -> None:
    two = _production("fallback", "Fallback", "17.08.2031").replace(
        "</strong></a></td></tr>", "</strong></a> <a href='/p/other'>Gastspiel</a></td></tr>", 1
    )
    page = _blocks([two, _production("chasm", "Chasm", "23.08.2031")])
    assert "Chasm" not in [event["title"] for event in read(page)]
