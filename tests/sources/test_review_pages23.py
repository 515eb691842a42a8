"""Review of the twenty-third pages batch's rules (tests/sources/test_heldout23_pages.py): ordinary pages those
rules must not misread. Each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable

from sources.adapters import _page_card_fields
from sources.adapters._page_card_fields import date_line_place
from sources.adapters._page_intl import weekday_alone
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS
from sources.adapters.base import RawEvent
from tests.sources.helpers import page_events

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def events_of(body: str, zone: zoneinfo.ZoneInfo, start: dt.datetime) -> list[RawEvent]:
    return page_events(body, zone=zone, start=start, base="https://example.org/kalender")


def test_a_status_after_a_cards_date_is_no_place() -> None:
    # "14.03.2025, Abgesagt" says the concert is off, not where it is; "Ausverkauft" that it is full
    for line in ("14.03.2025, Abgesagt", "12 May 2026, Cancelled", "24.03.2025, Ausverkauft", "5 juin 2026, Complet"):
        assert date_line_place([line]) is None, line


def test_an_untitled_card_that_is_a_date_and_a_status_is_no_event() -> None:
    body = """<html><head><title>Konzerte</title></head><body><div><h2>Tour 2025</h2><ul>
    <li><h3>Winterkonzert</h3>12.02.2025, Stadthalle Jena</li>
    <li><h3>Frühlingskonzert</h3>14.03.2025, Abgesagt</li>
    <li>24.03.2025, Ausverkauft</li>
    </ul></div></body></html>"""
    events = events_of(body, BERLIN, dt.datetime(2025, 1, 10, tzinfo=BERLIN))
    assert [(event.title, event.venue_name) for event in events] == [
        ("Winterkonzert", "Stadthalle Jena"),
        ("Frühlingskonzert", None),
    ]


def _heading_reads(monkeypatch, body: str) -> int:
    """How many times the untitled-card rule reads a card's heading or its date line while the page is read."""
    calls = 0

    def counted(real: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object) -> object:
            nonlocal calls
            calls += 1
            return real(*args)

        return call

    for name in ("heading_of", "date_line_place"):
        monkeypatch.setattr(_page_card_fields, name, counted(getattr(_page_card_fields, name)))
    events_of(body, BERLIN, dt.datetime(2025, 1, 10, tzinfo=BERLIN))
    return calls


def _cards(count: int, *, titled: bool) -> str:
    item = (
        "<li><h3>Konzert {n}</h3>{day:02d}.03.2025, Stadthalle</li>" if titled else "<li>{day:02d}.03.2025, Halle</li>"
    )
    rows = "".join(item.format(n=n, day=n % 28 + 1) + "<li>Eintritt frei für Mitglieder</li>" for n in range(count))
    return f"<html><body><h2>Tour</h2><ul>{rows}<li><h3>Finale</h3>01.04.2025, Stadthalle</li></ul></body></html>"


def test_the_untitled_card_rule_reads_a_long_list_in_linear_time(monkeypatch) -> None:
    # Every card looked again at every sibling (and every untitled one at every other card for a titled one): 800
    # cards took 50 s. Four times the cards may cost about four times the reads, not sixteen.
    for titled in (True, False):
        small = _heading_reads(monkeypatch, _cards(40, titled=titled))
        large = _heading_reads(monkeypatch, _cards(160, titled=titled))
        assert large <= 5 * max(small, 1), (titled, small, large)


def test_another_languages_end_word_is_no_end_on_an_english_page() -> None:
    # "fin" is French and Spanish for the end, and an English word: on an English page the clock after it starts
    # the evening, as it did before the other languages' end words were read
    body = """<html lang="en"><body>
    <div class="event"><h3>Shark Night</h3><p>March 3, 2025: feeding time at the great fin 7 pm</p></div>
    <div class="event"><h3>Whale Night</h3><p>March 5, 2025 at 7 pm</p></div></body></html>"""
    events = events_of(body, BERLIN, dt.datetime(2025, 1, 10, tzinfo=BERLIN))
    assert [(event.title, event.start) for event in events] == [
        ("Shark Night", dt.datetime(2025, 3, 3, 19, 0, tzinfo=BERLIN)),
        ("Whale Night", dt.datetime(2025, 3, 5, 19, 0, tzinfo=BERLIN)),
    ]


def test_a_french_count_column_is_no_name_column() -> None:
    # French "Nombre de places" is the number of seats; Spanish "Nombre del evento" the event's name
    paris = zoneinfo.ZoneInfo("Europe/Paris")
    french = """<html lang="fr"><body><h1>Programme</h1><table>
    <tr><th>Date</th><th>Spectacle</th><th>Nombre de places</th></tr>
    <tr><td>12/02/2025</td><td>Tartuffe</td><td>40 places</td></tr>
    <tr><td>14/02/2025</td><td>Le Cid</td><td>25 places</td></tr></table></body></html>"""
    titles = [event.title for event in events_of(french, paris, dt.datetime(2025, 1, 10, tzinfo=paris))]
    assert len(titles) == 2
    assert "Tartuffe" in titles[0], titles
    assert "Le Cid" in titles[1], titles
    madrid = zoneinfo.ZoneInfo("Europe/Madrid")
    spanish = """<html lang="es"><body><table>
    <tr><th>Fecha</th><th>Plazas</th><th>Nombre del evento</th></tr>
    <tr><td>12/02/2025</td><td>40</td><td>Noche de tango</td></tr>
    <tr><td>14/02/2025</td><td>25</td><td>Concierto de guitarra</td></tr></table></body></html>"""
    events = events_of(spanish, madrid, dt.datetime(2025, 1, 10, tzinfo=madrid))
    assert [event.title for event in events] == ["Noche de tango", "Concierto de guitarra"]


def test_a_weekday_label_is_any_english_weekday_the_date_readers_know() -> None:
    # weekday_alone kept its own copy of the English names, without "Weds"; it reads the one table now
    for name in ENGLISH_WEEKDAYS:
        assert weekday_alone(name.title()), name
