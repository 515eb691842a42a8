"""The fifty-eighth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout58.json: measured
once at b79f23b2), on small documents of our own:

* A football association's fixture list whose every match is a card: the competition's line, then ONE link around
  the day and time, the two teams, the score's placeholders and "Zum Spiel" (to the match), then, after the link,
  the ground "Sportanlage Gilching, Waldplatz 2 | Talhofstraße 13 | 82205 Gilching". Each match was read at its
  day and time, but the card's link became a labelled link "Document" and the ground was not read.
  - A line of only the date inside a card that is one link is the card's line too: the card's link is its page
    (_page_schedule_lines._links). Not: a card that links to a file (a notice's PDF), a date line's own short link.
  - A line further down the row that writes a street and then a postcode with its town is the row's place, when
    nothing nearer the date named one (_page_row_address). Not: a labelled contact's address, a street alone, a
    postcode and town alone, an address under the next row's date.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_row_address import postal_address
from tests.sources.helpers import local_minute, read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
SEPTEMBER = dt.datetime(2026, 9, 1)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
LISTING = "https://verband.example.de/mannschaften/tsv-musterstadt/"

read = functools.partial(read_page, url=LISTING, zone=BERLIN, start=SEPTEMBER)


def card(day: str, href: str, *, ground: str | None = None, note: str | None = None) -> str:
    """One match as a fixture list's card: the competition, a link around the day, teams and "Zum Spiel", then the
    ground after the link."""
    after = f'<div class="ground">{ground}</div>' if ground else ""
    after += f'<div class="note">{note}</div>' if note else ""
    return (
        '<div class="entry"><div class="match">'
        '<div class="competition">Kreisliga 2 Nord</div>'
        f'<a class="match-link" href="{href}">'
        f'<div class="date"><span>So.</span> <span>{day} /15:00 Uhr</span></div>'
        '<div class="team0">TSV Musterstadt</div><div class="goals">- : -</div><div class="team1">FC Beispiel</div>'
        '<div class="go"><span>Zum Spiel</span></div>'
        f"</a>{after}</div></div>"
    )


def page(*cards: str) -> str:
    return "<html><body><main><h1>Spielplan</h1>" + '<div class="sep"></div>'.join(cards) + "</main></body></html>"


def shown(events: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [
        (
            local_minute(dt.datetime.fromisoformat(str(event["start"])), BERLIN),
            event.get("url"),
            event.get("venue_name"),
            event.get("address"),
        )
        for event in events
    ]


GROUND = "Sportanlage Musterstadt, Waldplatz 2 | Talhofstraße 13 | 82205 Musterstadt"


def test_a_fixture_card_that_is_one_link_is_its_match_s_page_and_its_last_line_its_ground() -> None:
    events = read(
        page(
            card("20.09.2026", "/ergebnisse/spiel/-/0311", ground=GROUND),
            card(
                "27.09.2026",
                "/ergebnisse/spiel/-/0312",
                ground="Sportplatz Stoffen, Platz 2 | Sportplatzstr. 24 | 86932 Pürgen",
            ),
        )
    )
    assert shown(events) == [
        (
            "2026-09-20 15:00",
            "https://verband.example.de/ergebnisse/spiel/-/0311",
            "Sportanlage Musterstadt, Waldplatz 2",
            "Talhofstraße 13 | 82205 Musterstadt",
        ),
        (
            "2026-09-27 15:00",
            "https://verband.example.de/ergebnisse/spiel/-/0312",
            "Sportplatz Stoffen, Platz 2",
            "Sportplatzstr. 24 | 86932 Pürgen",
        ),
    ]
    assert all(not event["links"] for event in events)


def test_a_card_that_links_to_a_file_keeps_it_as_a_document_not_its_page() -> None:
    events = read(page(card("20.09.2026", "/files/spielbericht-0311.pdf"), card("27.09.2026", "/files/b.pdf")))
    assert [(event["url"], [link["url"] for link in event["links"]]) for event in events] == [
        (None, ["https://verband.example.de/files/spielbericht-0311.pdf"]),
        (None, ["https://verband.example.de/files/b.pdf"]),
    ]


def test_a_date_line_s_own_short_link_is_not_taken_for_a_card() -> None:
    # The date is a link of its own, inside its line ("<a>So. 20.09.2026</a> /15:00 Uhr"), no wrapper of the row:
    # the reading of such a link is left as it was (the row's page when its name is below it).
    body = (
        "<html><body><ul>"
        '<li><p>Kreisliga 2 Nord</p><p><a href="/kalender/2026-09-20">So. 20.09.2026</a> /15:00 Uhr</p></li>'
        '<li><p>Kreisliga 2 Süd</p><p><a href="/kalender/2026-09-27">So. 27.09.2026</a> /15:00 Uhr</p></li>'
        "</ul></body></html>"
    )
    assert [event["url"] for event in read(body)] == [None, None]


def test_a_labelled_contact_address_a_street_or_a_town_alone_is_no_ground() -> None:
    events = read(
        page(
            card("20.09.2026", "/spiel/1", note="Kontakt: Musterstraße 5 | 80331 München"),
            card("27.09.2026", "/spiel/2", ground="Talhofstraße 13"),
            card("04.10.2026", "/spiel/3", ground="82205 Musterstadt"),
        )
    )
    assert [(event["venue_name"], event["address"]) for event in events] == [(None, None)] * 3


def test_an_address_under_the_next_row_s_date_stays_with_that_row() -> None:
    events = read(page(card("20.09.2026", "/spiel/1"), card("27.09.2026", "/spiel/2", ground=GROUND)))
    assert [event["venue_name"] for event in events] == [None, "Sportanlage Musterstadt, Waldplatz 2"]


def test_what_a_postal_address_is() -> None:
    assert postal_address(GROUND)
    assert postal_address("Hula Club, Sperrstrasse 97 / CH-4057 Basel")
    assert postal_address("Town Hall, 12 High Street, 10115 Springfield")
    assert not postal_address("Talhofstraße 13")  # a street alone
    assert not postal_address("82205 Gilching | Talhofstraße 13")  # the town before the street: not how it is written
    assert not postal_address("Saison 2026 | 12 Spiele | 3 Siege")
    assert not postal_address("Hauptstraße 12 | 2026 Termine")  # a year is no postcode
