"""Dates written in other languages than English, read alike on pages and in feeds (issue #13, intl56), on small
documents of our own:

* One table of month and weekday names (``_intl_names``) for pages and feeds, with the Norwegian and Danish
  "desember", Swedish "maj" and "augusti", Finnish's partitive ("12. joulukuuta"), the Nordic weekdays, the
  abbreviations Spanish, Italian, Portuguese and Dutch listings use ("dic.", "giu", "fev", "mrt"), and the joiners
  "den", "dia", "di", "del" ("lørdag den 12. desember", "sábado, dia 12 de dezembro").
* Pages: a day closed by its dot before a month spelled as in English ("12. december 2026", "12. September") made no
  card (``_page_intl.DOTTED_DAY_SHARED_MONTH``).
* Feeds: the prose reader read English month names only, so "samedi 12 décembre 2026 à 19h" gave no date; now the
  page reader's patterns read the item's words (``_feed_intl``), with the clock right after the date
  (``_feed_clock_after``: "à 19h", "kl. 19.00", "19 Uhr", "a las 19:00", "alle 19", "om 19.00 uur"), also after an
  English-spelled date ("12 december 2026 kl. 19.00").

Not dates: "mar" the Spanish sea, "Mai Tais", "Mars" the planet, "Juni" a name, "august" the adjective ("an august
19th-century hall", read as August 19 by the English readers before), "12 des concerts", "5 out of 6", a
version number. Not clocks: "alle 19 Teilnehmer", a price after the date ("19.00 kr").
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._feed_clock_after import clock_after
from sources.adapters._feed_intl import intl_text_when, with_intl
from sources.adapters._feed_when import When
from sources.adapters._page_dates import find_dates
from sources.adapters._page_intl import DOTTED_DAY_SHARED_MONTH, heading_month
from tests.sources.helpers import local_minute, read_feed, read_page

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
NOVEMBER = dt.datetime(2026, 11, 20)  # noqa: DTZ001 - a wall-clock time the readers place in the zone
REFERENCE = dt.datetime(2026, 11, 20, tzinfo=OSLO)


def starts(events: list[dict]) -> list[str | None]:
    return [
        local_minute(dt.datetime.fromisoformat(event["start"]), OSLO) if "T" in event["start"] else event["start"]
        for event in events
    ]


def page_starts(line: str, lang: str) -> list[str | None]:
    body = f'<html lang="{lang}"><body><main><article><h2>Julekonsert</h2><p>{line}</p></article></main></body></html>'
    return starts(read_page(body, url="https://kultur.example.no/program", zone=OSLO, start=NOVEMBER))


def feed_starts(line: str, title: str = "Julekonsert") -> list[str | None]:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Program</title><link>https://kultur.example.no/'
        f"</link><item><title>{title}</title><link>https://kultur.example.no/1</link>"
        f"<description>{line}</description></item></channel></rss>"
    )
    return starts(read_feed(feed, zone=OSLO, start=NOVEMBER))


# Forms that pages and feeds both read, each with its clock.
BOTH = [
    ("no", "12. desember 2026 kl. 19.00 i Domkirken.", "2026-12-12 19:00"),
    ("no", "lørdag 12. des. kl. 19.30 i Domkirken.", "2026-12-12 19:30"),
    ("da", "lørdag den 12. december 2026 kl. 19.00", "2026-12-12 19:00"),
    ("da", "12. december 2026 kl. 20", "2026-12-12 20:00"),
    ("sv", "onsdag 12 maj 2027 kl. 19", "2027-05-12 19:00"),
    ("sv", "tisdag den 3 augusti 2027 kl 18.30", "2027-08-03 18:30"),
    ("fi", "12. joulukuuta 2026 klo 19", "2026-12-12 19:00"),
    ("de", "Sonntag, 12. September 2027, 19 Uhr", "2027-09-12 19:00"),
    ("fr", "samedi 12 décembre 2026 à 19h, salle des fêtes.", "2026-12-12 19:00"),
    ("fr", "sam. 12 déc. 2026 à 20 h 30", "2026-12-12 20:30"),
    ("es", "sáb. 12 dic. 2026 a las 19:00", "2026-12-12 19:00"),
    ("it", "sabato 9 gen 2027 alle ore 21.00", "2027-01-09 21:00"),
    ("pt", "sábado, dia 12 de dezembro de 2026 às 19h", "2026-12-12 19:00"),
    ("nl", "zaterdag 13 mrt 2027 om 20.00 uur", "2027-03-13 20:00"),
    ("pl", "12 grudnia 2026, godz. 19:00", "2026-12-12 19:00"),
    ("cs", "sobota 12. prosince 2026 v 19.00", "2026-12-12 19:00"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), BOTH)
def test_a_page_reads_a_date_in_another_language(lang: str, line: str, expected: str) -> None:
    assert page_starts(line, lang) == [expected]


@pytest.mark.parametrize(("lang", "line", "expected"), BOTH)
def test_a_feed_reads_a_date_in_another_language(lang: str, line: str, expected: str) -> None:
    assert feed_starts(line) == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Year-less: the next such day from the item's publication (here the fetch), a weekday picking the year.
        ("samedi 13 mars à 20h30, salle des fêtes", "2027-03-13 20:30"),
        ("Le 5 décembre à 18h", "2026-12-05 18:00"),
        ("sabato 12 dicembre alle 19 in piazza", "2026-12-12 19:00"),
        ("el sábado 12 de diciembre a las 19 h", "2026-12-12 19:00"),
        ("zaterdag 12 december om 19 uur", "2026-12-12 19:00"),
        ("am 12. Dezember um 19 Uhr", "2026-12-12 19:00"),
        # A month spelled as in English, the clock as Europe writes it (the English reader's date, this clock).
        ("12 december 2026 kl. 19.00", "2026-12-12 19:00"),
        ("za 12 dec 2026 om 20.00 uur", "2026-12-12 20:00"),
        # No clock: the day.
        ("Julemarked 12. desember 2026 i sentrum.", "2026-12-12"),
    ],
)
def test_a_feed_reads_year_less_dates_and_clocks(line: str, expected: str) -> None:
    assert feed_starts(line) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "Vistas al mar desde el piso 12.",  # "mar": the sea
        "Paseo junto al mar de 12 km, mar en calma.",
        "Happy hour: 2 Mai Tais for the price of one.",
        "Documentary: 5 Mars facts you never knew.",
        "Meet 3 Juni Smith fans after the show.",
        "An august 19th-century hall hosts the fair.",
        "12 des concerts gratuits cette année.",
        "Rated 5 out of 6 by our readers.",
        "Firmware v1.12. December release notes.",
        "Final score 3:12. Next round soon.",
    ],
)
def test_words_that_look_like_months_are_no_dates(line: str) -> None:
    assert feed_starts(line, title="Nyheter") == []
    assert page_starts(line, "en") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A price after the date: the day, no clock.
        ("12. desember 2026, 19.00 kr per billett", "2026-12-12"),
        # German's "all 19 participants": no hour.
        ("Samstag, 12. Dezember 2026 alle 19 Teilnehmer treffen sich", "2026-12-12"),
        # A clock further on in the sentence, after other words: not the date's.
        ("sábado 12 de diciembre de 2026, sala 3, apertura 19 h", "2026-12-12"),
    ],
)
def test_what_follows_a_date_is_no_clock_unless_it_says_so(line: str, expected: str) -> None:
    assert feed_starts(line) == [expected]


def test_a_stamp_or_a_deadline_in_another_language_is_passed_over() -> None:
    line = "Publié le 18 novembre 2026. Concert le samedi 12 décembre 2026 à 19h."
    assert feed_starts(line) == ["2026-12-12 19:00"]
    line = "Anmeldeschluss: 1. Dezember 2026. Konzert am 12. Dezember 2026 um 19 Uhr."
    assert feed_starts(line) == ["2026-12-12 19:00"]


def test_a_stamp_s_date_time_restated_in_words_is_passed_over() -> None:
    line = "Oppdatert 2026-12-01 08:20:44 01. desember 08:11, Innbrudd, Bergen"
    assert feed_starts(line, title="Politiet") == []


def test_a_date_the_news_reports_is_passed_over() -> None:
    texts: list[str | None] = ["Le concert a eu lieu samedi 21 novembre 2026."]
    assert intl_text_when(texts, zone=OSLO, reference=REFERENCE) is not None
    assert intl_text_when(texts, zone=OSLO, reference=REFERENCE, reported=lambda when, match: True) is None


def test_a_date_before_the_item_is_read_only_when_there_is_no_other() -> None:
    texts: list[str | None] = ["Après le succès du 3 octobre 2026, rendez-vous le 12 décembre 2026 à 19h."]
    when = intl_text_when(texts, zone=OSLO, reference=REFERENCE)
    assert when is not None
    assert local_minute(when.start, OSLO) == "2026-12-12 19:00"


def test_the_english_reading_stays_unless_this_one_adds_a_clock_or_a_day_to_come() -> None:
    day = When(dt.date(2026, 12, 12), None, True, "Europe/Oslo")
    clocked = When(dt.datetime(2026, 12, 12, 19, tzinfo=OSLO), None, False, "Europe/Oslo")
    other = When(dt.date(2026, 12, 20), None, True, "Europe/Oslo")
    past = When(dt.date(2026, 10, 3), None, True, "Europe/Oslo")
    assert with_intl(day, clocked, REFERENCE) is clocked
    assert with_intl(day, other, REFERENCE) is day
    assert with_intl(past, other, REFERENCE) is other
    assert with_intl(None, other, REFERENCE) is other
    assert with_intl(day, None, REFERENCE) is day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" kl. 19.00", dt.time(19)),
        (", alle 19", dt.time(19)),
        (" alle ore 21", dt.time(21)),
        (" om 19 uur", dt.time(19)),
        (" à 20 h 30", dt.time(20, 30)),
        (", a las 19:00", dt.time(19)),
        (" o godz. 19:00", dt.time(19)),
        (" alle 19 Teilnehmer", None),
        (" um 19 Euro", None),
        (" alle 19 km dal centro", None),
        (" at 12.50", None),  # an English word before a dotted number: a price as often
        (", 2 plazas libres", None),
        (" sala 3, apertura 19 h", None),
    ],
)
def test_the_clock_right_after_a_date(text: str, expected: dt.time | None) -> None:
    found = clock_after(f"12 décembre{text}", len("12 décembre"))
    assert (found.start if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("12. december 2026", True),
        ("lørdag den 5. aug.", True),
        ("12 December 2026", False),  # English's own form
        ("v1.12. December", False),
        ("3:12. December", False),
    ],
)
def test_a_dotted_day_before_a_month_spelled_as_in_english(text: str, found: bool) -> None:
    assert (DOTTED_DAY_SHARED_MONTH.search(text) is not None) is found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 des. 2026", dt.date(2026, 12, 12)),
        ("lørdag 12. des.", dt.date(2026, 12, 12)),
        ("12 Juni 2027", dt.date(2027, 6, 12)),
        ("12. Juni", dt.date(2027, 6, 12)),
        ("12 des concerts", None),
        ("3 Juni Smith", None),
        ("2 Maj Sjöwall novels", None),
        ("12 lug nuts", None),
    ],
)
def test_names_that_are_words_need_a_year_a_weekday_or_a_dot(text: str, expected: dt.date | None) -> None:
    hits = find_dates(text, year_hint=None, today=dt.date(2026, 11, 20))
    assert (hits[0].date if hits else None) == expected


def test_a_heading_that_ends_with_a_word_abbreviation_names_no_month() -> None:
    assert heading_month("out") is None
    assert heading_month("set") is None
    assert heading_month("desember") == 12
    assert heading_month("maj") == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case names that are English words, in an item's English words: no month
        ("Get 2 mai tais for $12 at happy hour.", None),
        ("Our member ranks 10 mars missions.", None),
        ("Order 4 mayo packets for the picnic.", None),
        # the same names where their language shows: an article, "de", a clock, a year
        ("le 2 mars", dt.date(2027, 3, 2)),
        ("am 3 mai", dt.date(2027, 5, 3)),
        ("2 de mayo", dt.date(2027, 5, 2)),
        ("Concert 2 mars à 20h30", dt.datetime(2027, 3, 2, 20, 30, tzinfo=OSLO)),
        ("2 mars 2027", dt.date(2027, 3, 2)),
    ],
)
def test_a_feed_reads_a_lower_case_name_that_is_an_english_word_only_in_its_language(
    text: str, expected: dt.date | None
) -> None:
    when = intl_text_when([text], zone=OSLO, reference=REFERENCE)
    assert (when.start if when else None) == expected
