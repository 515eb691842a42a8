"""Runs of days and ranges of hours written in words in other languages, alike on pages and in feeds (issue #13,
intl57), on small documents of our own:

* Feeds: "du 12 au 14 décembre 2026" was read as the 14th alone (the lead day lost), "12 dec 2026 – 3 jan 2027" as
  its first day; now the page reader's range joiner reads the item's words too (``_feed_intl``, ``day_run``): the
  first day to the last, all day, within 31 days as ``_feed_day_span``; with a clock, from the first day's start to
  the last day's end.
* Pages: "12.–14. Dezember 2026", "12.–14. desember" (a dotted day before a dash) were read as the 14th
  (``_page_ranges.LEAD_DAY``).
* Both: "dalle 18 alle 20" (``_intl_hour_ranges.said_range``); opening hours after a range of weekdays ("Mo–Fr 9–17
  Uhr") are no event's time (``opening_hours``).
* Weekdays in the forms a date takes: Finnish's essive ("lauantaina"), Polish's, Czech's and Russian's accusative
  ("w sobotę", "v sobotu", "в субботу"): the weekday picks the year and agrees (``_intl_names``).
* A date element without a time (an RSS item's ``ev:startdate``, an XML record's date) takes the time its words
  write with that day in another language ("samedi 12 décembre 2026 à 19h"; ``_feed_element_clock``, ``xml_doc``).

Not ranges: "du 12 au 14" with no month, "von 12 bis 14 Personen", a score "12–14", ages "für Kinder von 6 bis 12
Jahren", "dalle 6 alle 12 anni", opening hours "Mo–Fr 9–17 Uhr", prices "de 12 à 14 €", a season ("du 1er octobre au
20 décembre" in a feed), a clock written with another day.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._feed_element_clock import element_clock
from sources.adapters._feed_intl import day_run, intl_time_on_day
from sources.adapters._feed_when import When
from sources.adapters._page_dates import find_dates
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.sources.helpers import local_minute, read_feed, read_page

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
NOVEMBER = dt.datetime(2026, 11, 20)  # noqa: DTZ001 - a wall-clock time the readers place in the zone
REFERENCE = dt.datetime(2026, 11, 20, tzinfo=OSLO)


def _moment(value: str | None) -> str | None:
    if value is None or "T" not in value:
        return value
    return local_minute(dt.datetime.fromisoformat(value), OSLO)


def spans(events: list[dict]) -> list[tuple[str | None, str | None]]:
    return [(_moment(event["start"]), _moment(event.get("end"))) for event in events]


def page_spans(line: str, lang: str) -> list[tuple[str | None, str | None]]:
    body = f'<html lang="{lang}"><body><main><article><h2>Julekonsert</h2><p>{line}</p></article></main></body></html>'
    return spans(read_page(body, url="https://kultur.example.no/program", zone=OSLO, start=NOVEMBER))


def feed_xml(line: str, element: str = "") -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>'
        "<title>Program</title><link>https://kultur.example.no/</link><item><title>Julekonsert</title>"
        f"<link>https://kultur.example.no/1</link>{element}<description>{line}</description></item></channel></rss>"
    )


def feed_spans(line: str, element: str = "") -> list[tuple[str | None, str | None]]:
    return spans(read_feed(feed_xml(line, element), zone=OSLO, start=NOVEMBER))


DAYS = [
    ("fr", "du 12 au 14 décembre 2026, salle des fêtes.", "2026-12-12", "2026-12-14"),
    ("de", "vom 12. bis 14. Dezember 2026 im Stadtpark.", "2026-12-12", "2026-12-14"),
    ("de", "12.–14. Dezember 2026 im Stadtpark.", "2026-12-12", "2026-12-14"),
    ("es", "del 12 al 14 de diciembre de 2026 en la plaza.", "2026-12-12", "2026-12-14"),
    ("it", "dal 12 al 14 dicembre 2026 in piazza.", "2026-12-12", "2026-12-14"),
    ("nl", "van 12 t/m 14 december 2026 in het park.", "2026-12-12", "2026-12-14"),
    ("no", "12.–14. desember 2026 i parken.", "2026-12-12", "2026-12-14"),
    ("nl", "12 dec 2026 – 3 jan 2027 in het park.", "2026-12-12", "2027-01-03"),
    ("fr", "du 28 décembre 2026 au 3 janvier 2027, patinoire.", "2026-12-28", "2027-01-03"),
    # Without a year: the next such run from the reference
    ("fr", "du 12 au 14 décembre, salle des fêtes.", "2026-12-12", "2026-12-14"),
    ("nl", "van 12 t/m 14 december in het park.", "2026-12-12", "2026-12-14"),
    ("nl", "12 dec – 3 jan in het park.", "2026-12-12", "2027-01-03"),
]


@pytest.mark.parametrize(("lang", "line", "first", "last"), DAYS)
def test_a_page_reads_a_run_of_days_in_words(lang: str, line: str, first: str, last: str) -> None:
    assert page_spans(line, lang) == [(first, last)]


@pytest.mark.parametrize(("lang", "line", "first", "last"), DAYS)
def test_a_feed_reads_a_run_of_days_in_words(lang: str, line: str, first: str, last: str) -> None:
    assert feed_spans(line) == [(first, last)]


HOURS = [
    ("fr", "samedi 12 décembre 2026 de 18h à 20h", "2026-12-12 18:00", "2026-12-12 20:00"),
    ("de", "Samstag, 12. Dezember 2026, von 18 bis 20 Uhr", "2026-12-12 18:00", "2026-12-12 20:00"),
    ("es", "sábado 12 de diciembre de 2026 de 18:00 a 20:00", "2026-12-12 18:00", "2026-12-12 20:00"),
    ("it", "sabato 12 dicembre 2026 dalle 18 alle 20", "2026-12-12 18:00", "2026-12-12 20:00"),
    ("it", "sabato 12 dicembre 2026 dalle ore 18 alle ore 20", "2026-12-12 18:00", "2026-12-12 20:00"),
    ("it", "sabato 12 dicembre 2026 dalle 18.00 alle 20.00", "2026-12-12 18:00", "2026-12-12 20:00"),
    ("nl", "zaterdag 12 december 2026 van 18.00 tot 20.00 uur", "2026-12-12 18:00", "2026-12-12 20:00"),
    ("no", "lørdag 12. desember 2026 kl. 18–20", "2026-12-12 18:00", "2026-12-12 20:00"),
    # A run of days with its hours: from the first day's start to the last day's end
    ("fr", "du 12 au 14 décembre 2026 de 10h à 18h", "2026-12-12 10:00", "2026-12-14 18:00"),
]


@pytest.mark.parametrize(("lang", "line", "start", "end"), HOURS)
def test_a_page_reads_a_range_of_hours_in_words(lang: str, line: str, start: str, end: str) -> None:
    assert page_spans(line, lang) == [(start, end)]


@pytest.mark.parametrize(("lang", "line", "start", "end"), HOURS)
def test_a_feed_reads_a_range_of_hours_in_words(lang: str, line: str, start: str, end: str) -> None:
    assert feed_spans(line) == [(start, end)]


# Numbers that are no days or hours: each line is its one day, all day.
NOT_RANGES = [
    ("de", "12. Dezember 2026: von 12 bis 14 Personen"),
    ("de", "12. Dezember 2026: Endstand 12–14 gegen Kiel."),
    ("de", "12. Dezember 2026: für Kinder von 6 bis 12 Jahren"),
    ("it", "12 dicembre 2026: bambini dalle 6 alle 12 anni"),
    ("it", "sabato 12 dicembre 2026, dalle 10 alle 12 persone"),
    ("de", "12. Dezember 2026, Öffnungszeiten Mo–Fr 9–17 Uhr"),
    ("fr", "12 décembre 2026, de 12 à 14 €"),
    ("de", "Samstag, 12. Dezember 2026, Saal 2–14. Stock"),
]


@pytest.mark.parametrize(("lang", "line"), NOT_RANGES)
def test_numbers_that_are_no_range_of_days_or_hours(lang: str, line: str) -> None:
    assert page_spans(line, lang) == [("2026-12-12", None)]
    assert feed_spans(line) == [("2026-12-12", None)]


def test_a_range_without_its_month_is_no_date() -> None:
    assert page_spans("du 12 au 14, salle des fêtes.", "fr") == []
    assert feed_spans("du 12 au 14, salle des fêtes.") == []


def test_a_feed_reads_a_season_as_its_first_day_only() -> None:
    # Over 31 days: two dates of a text (a season), not one event's days, as _feed_day_span reads English.
    assert feed_spans("du 1er octobre au 20 décembre 2027, exposition.") == [("2027-10-01", None)]


def test_a_run_of_days_is_joined_only_from_or_to_the_day_read() -> None:
    day = When(dt.date(2026, 12, 12), None, True, "Europe/Oslo")
    assert day_run(day, ["12 dec 2026 – 3 jan 2027"], REFERENCE).end == dt.date(2027, 1, 3)
    assert day_run(day, ["3 jan 2027 – 10 jan 2027"], REFERENCE) == day  # another run: the day stays
    timed = When(dt.datetime(2026, 12, 12, 19, tzinfo=OSLO), None, False, "Europe/Oslo")
    assert day_run(timed, ["12 dec 2026 – 3 jan 2027"], REFERENCE) == timed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("perjantaina 13. marraskuuta", dt.date(2026, 11, 13)),  # the weekday picks the year: that Friday
        ("lauantaina 12.12.2026", dt.date(2026, 12, 12)),
        ("sunnuntaina 13. joulukuuta", dt.date(2026, 12, 13)),
        ("w sobotę 12 grudnia 2026", dt.date(2026, 12, 12)),
        ("v sobotu 12. prosince 2026", dt.date(2026, 12, 12)),
        ("ve středu 9. prosince 2026", dt.date(2026, 12, 9)),
        ("в субботу, 12 декабря 2026", dt.date(2026, 12, 12)),
    ],
)
def test_inflected_weekdays_are_weekdays(text: str, expected: dt.date) -> None:
    (hit,) = find_dates(text, year_hint=None, today=REFERENCE.date())
    assert (hit.date, hit.weekday_agrees) == (expected, True)


def test_a_wrong_inflected_weekday_is_flagged() -> None:
    (hit,) = find_dates("lauantaina 13. joulukuuta 2026", year_hint=None, today=REFERENCE.date())
    assert hit.weekday_agrees is False  # 13 December 2026 is a Sunday


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Concert le samedi 12 décembre 2026 à 19h, salle des fêtes.", "2026-12-12 19:00"),
        ("Samstag, 12. Dezember 2026, 19 Uhr im Dom.", "2026-12-12 19:00"),
        ("lørdag 12. desember kl. 19.00 i Domkirken.", "2026-12-12 19:00"),
        ("Saturday, December 12, 2026 at 7 pm in the hall.", "2026-12-12 19:00"),
        # A clock written with another day, or with no date, says nothing of this one
        ("Répétition le 5 décembre 2026 à 18h; concert le 12.", "2026-12-12"),
        ("Ouverture des portes à 19h.", "2026-12-12"),
    ],
)
def test_a_feed_s_date_element_takes_the_time_its_words_write_with_that_day(line: str, expected: str) -> None:
    element = "<ev:startdate>2026-12-12</ev:startdate>"
    assert feed_spans(line, element) == [(expected, None)]


def test_an_element_s_run_of_days_or_time_is_kept() -> None:
    run = When(dt.date(2026, 12, 12), dt.date(2026, 12, 14), True, "Europe/Oslo")
    assert element_clock(run, ["samedi 12 décembre 2026 à 19h"], OSLO) == run
    timed = When(dt.datetime(2026, 12, 12, 20, tzinfo=OSLO), None, False, "Europe/Oslo")
    assert element_clock(timed, ["samedi 12 décembre 2026 à 19h"], OSLO) == timed


def test_a_time_in_another_language_on_another_day_is_not_this_day_s() -> None:
    assert intl_time_on_day(dt.date(2026, 12, 12), ["le 5 décembre 2026 à 18h"], zone=OSLO) is None
    found = intl_time_on_day(dt.date(2026, 12, 12), ["le 12 décembre à 18h"], zone=OSLO)
    assert found is not None
    assert found.start == dt.datetime(2026, 12, 12, 18, tzinfo=OSLO)


def test_an_xml_record_takes_the_time_its_description_writes_in_another_language() -> None:
    window = FetchWindow(start=dt.datetime(2026, 11, 1, tzinfo=OSLO), end=dt.datetime(2027, 6, 1, tzinfo=OSLO))
    records = (
        "<event><name>Concert</name><date>2026-12-12</date><description>Concert de Noël le samedi 12 décembre 2026 "
        "à 19h, salle des fêtes.</description></event><event><name>Marché</name><date>2026-12-19</date>"
        "<description>Marché de Noël le samedi 19 décembre 2026, place du village.</description></event>"
    )
    document = f'<?xml version="1.0" encoding="UTF-8"?><events>{records}</events>'.encode()
    extraction = extract_document(document, window=window, kind="auto", zone=OSLO)
    assert extraction.adapter == "xml"
    assert [_moment(event["start"]) for event in extraction.events] == ["2026-12-12 19:00", "2026-12-19"]


@pytest.mark.parametrize(
    "line",
    [
        "12. Dezember 2026, geöffnet Montag bis Freitag 9–17 Uhr",
        "12 décembre 2026, ouvert lun.-ven. 9h-18h",
        "12 december 2026, open ma t/m vr 10-17 uur",
    ],
)
def test_opening_hours_after_a_range_of_weekdays_are_no_event_s_time(line: str) -> None:
    assert page_spans(line, "de") == [("2026-12-12", None)]
