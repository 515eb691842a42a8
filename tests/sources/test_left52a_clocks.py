"""Clocks as French, Nordic and German pages and feeds write them (issue #13; found by held-out batch 54, pages, and
review 12, feeds), on small documents of our own:

* Pages: "à 19 heures" and "à 19 heures 30" were no time (the time word "à" took the hour and left "heures"
  behind); now "heure(s)" is an hour's unit as "h" and "Uhr" are (``_page_intl.INTL_CLOCK``). A whole number of
  hours followed by "de"/"d'" and a word is a duration, not a time ("4h de marche", "11h de route", "2 heures
  d'atelier": ``_page_hours_of``); it was read as the start before. A bare hour after "Kl." glued to a letter is a
  German school class ("Kl. 5a"), not 05:00.
* Feeds: after a dotted date, "kl. 19.00", "kl 19" and "19 Uhr", "19h" gave the day without its time (only "18:50"
  and "18.50 Uhr" were read); now an hour alone before "Uhr"/"h", and any of the three forms after the Nordic "kl."
  are read (``_feed_dotted.DOTTED_DATE``). Not: "20 h 15", "kl. 1930", "kl. 19.5", "Kl. 5a", "4h de marche".
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._page_intl import intl_clock
from tests.sources.helpers import local_minute, read_feed, read_page

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
NOVEMBER = dt.datetime(2026, 11, 20)  # noqa: DTZ001 - a wall-clock time the readers place in the zone


def starts(events: list[dict], zone: zoneinfo.ZoneInfo) -> list[str | None]:
    return [
        local_minute(dt.datetime.fromisoformat(event["start"]), zone) if "T" in event["start"] else event["start"]
        for event in events
    ]


def page_starts(line: str, lang: str = "fr") -> list[str | None]:
    body = (
        f'<html lang="{lang}"><body><main><article><h2>Concert des amis</h2><p>{line}</p></article></main>'
        "</body></html>"
    )
    return starts(read_page(body, url="https://asso.example.fr/agenda", zone=PARIS, start=NOVEMBER), PARIS)


def feed_starts(line: str) -> list[str | None]:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Kalender</title><link>https://kultur.example.no/'
        "</link><item><title>Konsert i kirken</title><link>https://kultur.example.no/1</link>"
        f"<description>{line}</description></item></channel></rss>"
    )
    return starts(read_feed(feed, zone=OSLO, start=NOVEMBER), OSLO)


# --- pages ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Le samedi 12 décembre 2026 à 19 heures, salle des fêtes.", "2026-12-12 19:00"),
        ("Samedi 12 décembre 2026 à 19 heures 30, salle des fêtes.", "2026-12-12 19:30"),
        ("Samedi 12 décembre 2026 à 1 heure du matin.", "2026-12-12 01:00"),
        ("Samedi 12 décembre 2026 à 19 h, salle des fêtes.", "2026-12-12 19:00"),
        ("Samedi 12 décembre 2026, 11h", "2026-12-12 11:00"),
        ("Samedi 12 décembre 2026, 19h devant la mairie.", "2026-12-12 19:00"),
        ("Samedi 12 décembre 2026 de 19 à 21 heures.", "2026-12-12 19:00"),
    ],
)
def test_a_french_page_reads_hours_written_in_words_or_with_h(line: str, expected: str) -> None:
    assert page_starts(line) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "Samedi 12 décembre 2026. 4h de marche, prévoir de bonnes chaussures.",
        "Samedi 12 décembre 2026. 11h de route pour y aller.",
        "Samedi 12 décembre 2026. 2 heures d'atelier.",
        "Samedi 12 décembre 2026. Ouvert 24h/24.",
        "Samedi 12 décembre 2026. Livraison en 48h.",
        "Samedi 12 décembre 2026. Tenues offertes par H&M.",
        "Samedi 12 décembre 2026. Score final 2-1.",
    ],
)
def test_durations_and_other_numbers_are_no_time_on_a_page(line: str) -> None:
    assert page_starts(line) == ["2026-12-12"]


def test_a_german_class_after_kl_is_no_time() -> None:
    assert page_starts("Samstag, 12.12.2026, Kl. 5a der Grundschule", lang="de") == ["2026-12-12"]


def test_the_german_and_nordic_page_forms_still_read() -> None:
    assert page_starts("Samstag, 12.12.2026, 19 Uhr", lang="de") == ["2026-12-12 19:00"]
    assert page_starts("Samstag, 12.12.2026, 19.30 Uhr", lang="de") == ["2026-12-12 19:30"]
    assert page_starts("lørdag 12.12.2026 kl. 19.00", lang="no") == ["2026-12-12 19:00"]
    assert page_starts("lørdag 12.12.2026 kl 19", lang="no") == ["2026-12-12 19:00"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("à 19 heures, salle", (19, 0)),
        ("à 19 heures 30", (19, 30)),
        ("19 heures", (19, 0)),
        ("4h de marche", None),
        ("à 11h de route", None),
        ("2 heures d’atelier", None),
        ("à 19h30 de la salle", (19, 30)),
        ("kl 19", (19, 0)),
        ("Kl. 5a", None),
    ],
)
def test_intl_clock(text: str, expected: tuple[int, int] | None) -> None:
    found = intl_clock(text)
    assert (found[:2] if found else None) == expected


# --- feeds ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lørdag 12.12.2026 kl. 19.00 i Domkirken.", "2026-12-12 19:00"),
        ("Lørdag 12.12.2026 kl 19 i Domkirken.", "2026-12-12 19:00"),
        ("Lørdag 12.12.2026 kl. 19:30 i Domkirken.", "2026-12-12 19:30"),
        ("Lørdag 12.12. kl. 19 i Domkirken.", "2026-12-12 19:00"),
        ("Lørdag 12.12.2026 klokken 18.30.", "2026-12-12 18:30"),
        ("Samstag, 12.12.2026, 19 Uhr, Dom.", "2026-12-12 19:00"),
        ("Samstag, 12.12.2026, 19.30 Uhr, Dom.", "2026-12-12 19:30"),
        ("Samedi 12.12.2026 19h, cathédrale.", "2026-12-12 19:00"),
    ],
)
def test_a_feed_reads_the_clock_after_a_dotted_date(line: str, expected: str) -> None:
    assert feed_starts(line) == [expected]


def test_a_feed_reads_a_range_after_kl() -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>K</title><link>https://kultur.example.no/</link>'
        "<item><title>Julemarked</title><link>https://kultur.example.no/2</link>"
        "<description>Søndag 13.12.2026 kl. 12-17 på torget.</description></item></channel></rss>"
    )
    (event,) = read_feed(feed, zone=OSLO, start=NOVEMBER)
    assert local_minute(dt.datetime.fromisoformat(event["start"]), OSLO) == "2026-12-13 12:00"
    assert local_minute(dt.datetime.fromisoformat(event["end"]), OSLO) == "2026-12-13 17:00"


@pytest.mark.parametrize(
    "line",
    [
        "Samstag, 12.12.2026, Kl. 5a der Grundschule.",
        "Lørdag 12.12.2026 kl. 1930.",
        "Lørdag 12.12.2026 kl. 19.5 prosent.",
        "Samedi 12.12.2026 4h de marche.",
        "Samedi 12.12.2026 11h d'attente.",
        "Samstag 12.12.2026 2-1 gewonnen.",
        "Lørdag 12.12.2026 19 deltakere.",
    ],
)
def test_a_feed_reads_no_time_from_other_numbers_after_a_dotted_date(line: str) -> None:
    assert feed_starts(line) == ["2026-12-12"]


def test_a_feed_does_not_read_20_h_15_as_eight_oclock() -> None:
    assert feed_starts("Samedi 12.12.2026 20 h 15.") != ["2026-12-12 20:00"]


def test_a_year_less_date_with_a_bare_number_is_still_no_date() -> None:
    assert feed_starts("Lørdag 12.12. 19 deltakere.") == []


# --- a card dated by an attribute or a date-only <time>, its time written as Europe writes it ---------------------
def card_starts(card_words: str, lang: str = "fr") -> list[str | None]:
    body = (
        f'<html lang="{lang}"><body><main><div class="events">'
        '<div class="event" data-date="2026-12-13"><h3><a href="https://x.example/e/1">Marché paysan</a></h3>'
        f'<span class="hours">{card_words}</span></div>'
        '<div class="event" data-date="2026-12-14"><h3><a href="https://x.example/e/2">Bourse aux livres</a></h3>'
        "</div></div></main></body></html>"
    )
    events = read_page(body, url="https://x.example/agenda", zone=PARIS, start=NOVEMBER)
    return starts([event for event in events if event["title"] == "Marché paysan"], PARIS)


@pytest.mark.parametrize(
    ("words", "expected"),
    [("11h", "2026-12-13 11:00"), ("à 19 heures", "2026-12-13 19:00"), ("19 Uhr", "2026-12-13 19:00")],
)
def test_a_card_dated_by_its_attribute_reads_a_european_hour(words: str, expected: str) -> None:
    assert card_starts(words) == [expected]


@pytest.mark.parametrize("words", ["4h de marche", "Livraison 48h", "Ouvert 24h/24", "Kl. 5a"])
def test_a_card_dated_by_its_attribute_reads_no_duration_as_its_hour(words: str) -> None:
    assert card_starts(words) == ["2026-12-13"]


def test_an_english_card_reads_no_price_as_its_hour() -> None:
    assert card_starts("Tickets from 12.50", lang="en") == ["2026-12-13"]
