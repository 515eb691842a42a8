"""The `html` adapter on pages in other languages than English: numeric dates written day first ("torsdag 05/02",
"18.07.", "25/12/2026"), year first ("2026/08/12", "2026年8月12日") and 24-hour times as Europe writes them
("Kl.12-17", "um 19 Uhr", "20h30", "à 20 h 30", a dotted "19.00" right after a date). The page's language
(<html lang>) and the weekday words decide day first against month first; a dotted number is a time only beside
a date or a time word, never a price, a version or a score."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._page_dates import DOTTED_DAY_FIRST, find_clock, find_dates, resolve_year
from sources.adapters._page_intl import PAGE_LANGUAGE, english_page
from sources.adapters._page_words import meaningful, status_in
from tests.sources.helpers import parse_page

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
FEB_2026 = dt.datetime(2026, 2, 1, tzinfo=STOCKHOLM)
TODAY = dt.date(2026, 2, 1)


def page(lang: str, body: str) -> str:
    return f'<html lang="{lang}"><head><title>Kalender</title></head><body>{body}</body></html>'


def starts(events: list) -> list[object]:
    return [event.start for event in events]


def local(events: list, zone: zoneinfo.ZoneInfo) -> list[tuple[object, str]]:
    return [
        (event.start.astimezone(zone) if isinstance(event.start, dt.datetime) else event.start,
         event.title)
        for event in events
    ]  # fmt: skip


def dates(text: str, *, lang: str | None = None, day_first: bool | None = None) -> list[dt.date]:
    language, dotted = PAGE_LANGUAGE.set(lang), DOTTED_DAY_FIRST.set(day_first)
    try:
        return [hit.date for hit in find_dates(text, year_hint=None, today=TODAY)]
    finally:
        PAGE_LANGUAGE.reset(language)
        DOTTED_DAY_FIRST.reset(dotted)


# --- Pages ------------------------------------------------------------------------------------------------------


def test_swedish_day_headings_with_a_weekday_and_a_day_first_date_date_the_linked_lines_under_them() -> None:
    body = (
        "<h3>februari</h3>"
        '<h3>torsdag 05/02</h3><h3><a href="/event/hv71/">HV71 – Skellefteå AIK</a></h3>'
        '<h3>lördag 07/02</h3><h3><a href="/event/pianobar/">Pianobar med livemusik</a></h3>'
        '<h3>onsdag 11/02</h3><h3><a href="/event/studentfest/">Studentfest</a></h3>'
    )
    events = parse_page(page("sv", body), zone=STOCKHOLM, base="https://krog.example/kalender/", start=FEB_2026)
    assert local(events, STOCKHOLM) == [
        (dt.date(2026, 2, 5), "HV71 – Skellefteå AIK"),  # 5 February, not 2 May: the weekday is Swedish
        (dt.date(2026, 2, 7), "Pianobar med livemusik"),
        (dt.date(2026, 2, 11), "Studentfest"),
    ]


def test_a_year_less_dotted_day_on_a_german_page_is_day_first_and_its_time_cell_is_read() -> None:
    body = (
        '<div class="termin"><h3>Training</h3><p>Sa, 18.07.</p><p>um 19 Uhr</p></div>'
        '<div class="termin"><h3>Punktspiel</h3><p>20.07.</p><p>17.30 Uhr</p></div>'
    )
    start = dt.datetime(2026, 7, 1, tzinfo=BERLIN)
    events = parse_page(page("de", body), zone=BERLIN, base="https://club.example/termine", start=start)
    assert local(events, BERLIN) == [
        (dt.datetime(2026, 7, 18, 19, 0, tzinfo=BERLIN), "Training"),
        (dt.datetime(2026, 7, 20, 17, 30, tzinfo=BERLIN), "Punktspiel"),
    ]


def test_a_chinese_list_of_year_first_ranges_gives_each_exhibition_its_first_and_last_day() -> None:
    body = (
        "<ul><li><h2>人工智能产业大会</h2><div>时间: <span>2026/08/12 - 2026/08/14</span><br>电话：021-12345678</div></li>"
        "<li><h2>跨月测试展</h2><div>时间: <span>2026年8月30日 至 2026年9月2日</span></div></li></ul>"
    )
    start = dt.datetime(2026, 7, 1, tzinfo=SHANGHAI)
    events = parse_page(page("zh-CN", body), zone=SHANGHAI, base="https://expo.example/", start=start)
    assert [(event.title, event.start, event.end) for event in events] == [
        ("人工智能产业大会", dt.date(2026, 8, 12), dt.date(2026, 8, 14)),
        ("跨月测试展", dt.date(2026, 8, 30), dt.date(2026, 9, 2)),
    ]


def test_a_french_time_written_20h30_is_the_events_time() -> None:
    body = (
        '<article class="event"><h2>Concert de printemps</h2><p>samedi 27 juin 2026 à 20h30</p></article>'
        '<article class="event"><h2>Bal populaire</h2><p>dimanche 28 juin 2026, 21 h</p></article>'
    )
    start = dt.datetime(2026, 6, 1, tzinfo=PARIS)
    events = parse_page(page("fr", body), zone=PARIS, base="https://ville.example/agenda", start=start)
    assert local(events, PARIS) == [
        (dt.datetime(2026, 6, 27, 20, 30, tzinfo=PARIS), "Concert de printemps"),
        (dt.datetime(2026, 6, 28, 21, 0, tzinfo=PARIS), "Bal populaire"),
    ]


def test_a_dotted_time_right_after_a_czech_date_is_read_but_a_price_after_it_is_not() -> None:
    body = (
        "<h2>Program</h2><ul>"
        "<li>po 9.3.2026 19.00 Koncert v aule</li>"
        "<li>út 10.3.2026 Vstupné 19.00 Kč, divadelní představení</li>"
        "</ul>"
    )
    start = dt.datetime(2026, 3, 1, tzinfo=PRAGUE)
    events = parse_page(page("cs", body), zone=PRAGUE, base="https://aula.example/program", start=start)
    assert [
        event.start.astimezone(PRAGUE) if isinstance(event.start, dt.datetime) else event.start for event in events
    ] == [dt.datetime(2026, 3, 9, 19, 0, tzinfo=PRAGUE), dt.date(2026, 3, 10)]


def test_a_dotted_day_and_month_on_an_american_page_is_no_date() -> None:
    body = '<div class="event"><h3>Release notes</h3><p>Build 10.12. shipped with fixes 3.2 and 12.5</p></div>'
    start = dt.datetime(2026, 1, 1, tzinfo=NEW_YORK)
    assert parse_page(page("en-US", body), zone=NEW_YORK, base="https://app.example/", start=start) == []


# --- Dates --------------------------------------------------------------------------------------------------------


def test_a_weekday_that_only_fits_more_than_a_year_ahead_does_not_move_the_date_there() -> None:
    # 5 February 2026 is a Thursday; from 1 February 2025 that is more than a year ahead: the next 5 February is
    # kept (and flagged by the weekday's disagreement), not one a year later.
    assert resolve_year(2, 5, weekday=3, year_hint=None, today=dt.date(2025, 2, 1)) == dt.date(2025, 2, 5)
    assert resolve_year(2, 5, weekday=3, year_hint=None, today=dt.date(2025, 12, 1)) == dt.date(2026, 2, 5)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("torsdag 05/02", "sv", [dt.date(2026, 2, 5)]),
        ("fredag 06/02", None, [dt.date(2026, 2, 6)]),  # a full Swedish weekday says day first by itself
        ("So 05.04.", "de", [dt.date(2026, 4, 5)]),  # German "So" is Sunday…
        ("so 04.04.", "cs", [dt.date(2026, 4, 4)]),  # …Czech "so" Saturday
        ("25/12/2026", None, [dt.date(2026, 12, 25)]),  # a day over 12 is first whatever the language
        ("05/02/2026", "sv", [dt.date(2026, 2, 5)]),
        ("05/02/2026", "en", [dt.date(2026, 5, 2)]),
        ("2026/08/12", None, [dt.date(2026, 8, 12)]),
        ("2026.8.12", None, [dt.date(2026, 8, 12)]),
        ("2026年8月12日", None, [dt.date(2026, 8, 12)]),
        ("8月12日", None, [dt.date(2026, 8, 12)]),
    ],
)
def test_numeric_dates_as_other_languages_write_them(text: str, lang: str | None, expected: list[dt.date]) -> None:
    assert dates(text, lang=lang, day_first=True) == expected


def test_a_weekday_says_which_year_a_numeric_date_is_in() -> None:
    hits = find_dates("torsdag 05/02", year_hint=None, today=dt.date(2025, 12, 1))
    assert [(hit.date, hit.weekday_agrees) for hit in hits] == [(dt.date(2026, 2, 5), True)]


@pytest.mark.parametrize(
    "text",
    [
        "to 05/02",  # "to" is English before it is Finnish for Thursday
        "3/4 of the seats",
        "score 3.2",
        "Version 10.12.",
        "Tel. 021-12345678",
        "1.10.3 release",
        "price 12.05.",
    ],
)
def test_numbers_that_are_no_date(text: str) -> None:
    assert dates(text, lang="en", day_first=False) == []


# --- Times ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AW Med Quiz! Från Kl.17.00", (dt.time(17, 0), None)),
        ("Fredagslunch Kl.12-17", (dt.time(12, 0), dt.time(17, 0))),
        ("Pianobar Kl.22.00, 23+", (dt.time(22, 0), None)),
        ("klo 19", (dt.time(19, 0), None)),
        ("Einlass um 19 Uhr", (dt.time(19, 0), None)),
        ("19.30 Uhr", (dt.time(19, 30), None)),
        ("von 19 bis 21 Uhr", (dt.time(19, 0), dt.time(21, 0))),
        ("Concert 20h00", (dt.time(20, 0), None)),
        ("Ouverture 20h", (dt.time(20, 0), None)),
        ("à 20 h 30", (dt.time(20, 30), None)),
        ("de 20h à 23h", (dt.time(20, 0), dt.time(23, 0))),
        ("om 20.00 uur", (dt.time(20, 0), None)),
        ("v 19.00 hod.", (dt.time(19, 0), None)),
        # a range whose unit is written only after its end starts at its first hour
        ("19 - 21 Uhr", (dt.time(19, 0), dt.time(21, 0))),
        ("Konzert 19–21 h", (dt.time(19, 0), dt.time(21, 0))),
        ("19.30 bis 21 Uhr", (dt.time(19, 30), dt.time(21, 0))),
        ("20h-23h", (dt.time(20, 0), dt.time(23, 0))),
        ("19 - 21 hod.", (dt.time(19, 0), dt.time(21, 0))),
        ("22 - 2 Uhr", (dt.time(22, 0), dt.time(2, 0))),  # past midnight: the next morning (see overnight)
        ("Kinder 6 - 12 Jahre, 19 Uhr", (dt.time(19, 0), None)),  # ages, then the time
    ],
)
def test_24_hour_times_as_europe_writes_them(text: str, expected: tuple[dt.time, dt.time | None]) -> None:
    found = find_clock(text)
    assert found is not None
    assert (found.start, found.end) == expected


@pytest.mark.parametrize(
    "text",
    ["Tickets 19.00 €", "19.00 Kč", "Preis 19.00", "Version 19.00", "score 3.2", "12.5 km", "ab 18 Jahren", "durée 2h"],
)
def test_prices_versions_scores_ages_and_durations_are_no_time(text: str) -> None:
    assert find_clock(text) is None


@pytest.mark.parametrize(
    ("text", "dated", "expected"),
    [
        (" 19.00", True, dt.time(19, 0)),  # right after a date: "17.3.2030 19.00"
        (" 19.00", False, None),  # alone, without a date beside it: a number
        (" 19.00 €", True, None),
        (" Vstupné 19.00", True, None),  # not right after the date: the price of a ticket
    ],
)
def test_a_dotted_time_counts_only_right_after_a_date(text: str, dated: bool, expected: dt.time | None) -> None:
    found = find_clock(text, dated=dated)
    assert (found.start if found else None) == expected


def test_english_times_keep_their_meridiem_beside_time_words() -> None:
    found = find_clock("Tuesday, February 17, 2015 at 3:00 p.m.")
    assert found is not None
    assert found.start == dt.time(15, 0)
    ranged = find_clock("from 9:30 - 11:00 am")
    assert ranged is not None
    assert (ranged.start, ranged.end) == (dt.time(9, 30), dt.time(11, 0))


def test_a_card_with_a_year_less_dotted_day_takes_its_time_from_a_cell_that_is_only_a_time() -> None:
    card = (
        '<div class="event"><h3>{name}</h3><p>{day}</p>'
        "<table><tr><td>-:-</td></tr><tr><td>{time}</td></tr></table><a href='#'>Zugesagt</a></div>"
    )
    body = card.format(name="Training", day="18.07.", time="19:00") + card.format(
        name="Weihnachtsfeier", day="05.01.", time="7:00 PM"
    )
    start = dt.datetime(2026, 7, 18, 12, tzinfo=BERLIN)
    events = parse_page(page("de", body), zone=BERLIN, base="https://club.example/termine", start=start)
    assert local(events, BERLIN) == [
        (dt.datetime(2026, 7, 18, 19, 0, tzinfo=BERLIN), "Training"),
        (dt.datetime(2027, 1, 5, 19, 0, tzinfo=BERLIN), "Weihnachtsfeier"),  # January after July: the next year
    ]


# --- English pages: a bare dotted number is no time --------------------------------------------------------------

LONDON = zoneinfo.ZoneInfo("Europe/London")


@pytest.mark.parametrize("lang", ["en-GB", None])  # said by <html lang>, or by the English month and weekday names
@pytest.mark.parametrize(
    "lines",
    [
        ("June 6 12.50 Quiz night", "June 7 12.50 Bingo"),  # the price of a ticket, not ten to one
        ("June 6 Tickets at 12.50 Quiz night", "June 7 Tickets at 12.50 Bingo"),
        # A 24-hour dotted time is British too ("Sat 5 April 10.00"), but a price is written the same way and
        # English writes times with a colon or am/pm: the date alone is kept rather than a time that may be wrong.
        ("Sat 6 June 10.00 Quiz night", "Sun 7 June 10.00 Bingo"),
    ],
)
def test_a_bare_dotted_number_after_a_date_on_an_english_page_is_no_time(
    lines: tuple[str, str], lang: str | None
) -> None:
    body = "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
    start = dt.datetime(2026, 5, 1, tzinfo=LONDON)
    html = page(lang, body) if lang else f"<html><body>{body}</body></html>"
    events = parse_page(html, zone=LONDON, base="https://pub.example/whats-on", start=start)
    assert starts(events) == [dt.date(2026, 6, 6), dt.date(2026, 6, 7)]


def test_a_british_time_with_pm_after_a_date_is_the_evening() -> None:
    body = "<ul><li>June 3 7.30pm Quiz night</li><li>June 5 at 8.15 pm Bingo</li></ul>"
    start = dt.datetime(2026, 5, 1, tzinfo=LONDON)
    events = parse_page(page("en-GB", body), zone=LONDON, base="https://pub.example/whats-on", start=start)
    assert local(events, LONDON) == [
        (dt.datetime(2026, 6, 3, 19, 30, tzinfo=LONDON), "Quiz night"),
        (dt.datetime(2026, 6, 5, 20, 15, tzinfo=LONDON), "Bingo"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday 12 June 2026, 7.30-9.30pm", (dt.time(19, 30), dt.time(21, 30))),
        ("12 June, 7.30pm - 9.30pm", (dt.time(19, 30), dt.time(21, 30))),
        ("12 June, 10.30am – 12.30pm", (dt.time(10, 30), dt.time(12, 30))),
        ("12 June, tickets £7.50 - 9.30pm start", (dt.time(21, 30), None)),  # a price, then the time
    ],
)
def test_a_british_dotted_time_range_gives_a_start_and_an_end(
    text: str, expected: tuple[dt.time, dt.time | None]
) -> None:
    hit = find_clock(text, dated=True)
    assert hit is not None
    assert (hit.start, hit.end) == expected


@pytest.mark.parametrize(
    ("lang", "line", "zone"),
    [
        ("de", "Sa, 06.06.2026 19.30 Konzert im Park", BERLIN),
        ("cs", "so 6.6.2026 19.30 Koncert v parku", PRAGUE),
        (None, "Samstag, 6. Juni 2026 19.30 Konzert im Park", BERLIN),  # no lang: the German names say so
    ],
)
def test_a_dotted_time_after_a_date_on_a_page_in_another_language_is_still_read(
    lang: str | None, line: str, zone: zoneinfo.ZoneInfo
) -> None:
    body = f"<ul><li>{line}</li><li>Friday note: {line.replace('19.30', '20.00')}</li></ul>"
    start = dt.datetime(2026, 5, 1, tzinfo=zone)
    html = page(lang, body) if lang else f"<html><body>{body}</body></html>"
    events = parse_page(html, zone=zone, base="https://verein.example/termine", start=start)
    assert {event.start.astimezone(zone).time() for event in events} == {dt.time(19, 30), dt.time(20, 0)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Quiz night, Saturday June 3", "en-GB", True),
        ("Konzert am Samstag", "en", True),  # the page says English: its own word
        ("Quiz night, Saturday June 3", None, True),
        ("Quiz night, Saturday June 3 / Samstag, 3. Juni", None, False),  # two languages: not only English
        ("Konzert 06.06.2026 19.30", None, False),  # no names at all: not said
        ("Konzert am Samstag", "de", False),
    ],
)
def test_english_page(text: str, lang: str | None, expected: bool) -> None:
    assert english_page(text, lang) is expected


def test_a_german_range_with_its_unit_after_its_end_gives_the_event_its_start_and_end() -> None:
    body = (
        '<div class="termin"><h3>Sommerfest</h3><p>Sa, 18.07.</p><p>19 - 21 Uhr</p></div>'
        '<div class="termin"><h3>Flohmarkt</h3><p>So, 19.07.</p><p>Kl. 12-17</p></div>'
    )
    start = dt.datetime(2026, 7, 1, tzinfo=BERLIN)
    events = parse_page(page("de", body), zone=BERLIN, base="https://club.example/termine", start=start)
    assert [(event.title, event.start, event.end) for event in events] == [
        ("Sommerfest", dt.datetime(2026, 7, 18, 19, tzinfo=BERLIN), dt.datetime(2026, 7, 18, 21, tzinfo=BERLIN)),
        ("Flohmarkt", dt.datetime(2026, 7, 19, 12, tzinfo=BERLIN), dt.datetime(2026, 7, 19, 17, tzinfo=BERLIN)),
    ]


def test_a_chinese_range_whose_last_day_is_written_without_its_year_or_month_is_read_whole() -> None:
    body = (
        "<ul><li><h2>人工智能产业大会</h2><div>时间: <span>2026年8月12日至14日</span></div></li>"
        "<li><h2>跨月测试展</h2><div>时间: <span>2026年8月30日—9月2日</span></div></li>"
        "<li><h2>新年博览会</h2><div>时间: <span>12月30日-1月2日</span></div></li></ul>"
    )
    start = dt.datetime(2026, 7, 1, tzinfo=SHANGHAI)
    events = parse_page(page("zh-CN", body), zone=SHANGHAI, base="https://expo.example/", start=start)
    assert [(event.title, event.start, event.end) for event in events] == [
        ("人工智能产业大会", dt.date(2026, 8, 12), dt.date(2026, 8, 14)),
        ("跨月测试展", dt.date(2026, 8, 30), dt.date(2026, 9, 2)),
        ("新年博览会", dt.date(2026, 12, 30), dt.date(2027, 1, 2)),  # the last day in the next year
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8月12日-14日", (dt.date(2026, 8, 12), dt.date(2026, 8, 14))),
        ("2026年8月12日—8月14日", (dt.date(2026, 8, 12), dt.date(2026, 8, 14))),
        ("8月12日 ～ 14日", (dt.date(2026, 8, 12), dt.date(2026, 8, 14))),
        ("8月14日-12日", (dt.date(2026, 8, 14), None)),  # a last day before the first: no range
    ],
)
def test_chinese_and_japanese_ranges(text: str, expected: tuple[dt.date, dt.date | None]) -> None:
    language = PAGE_LANGUAGE.set("zh")
    try:
        hits = find_dates(text, year_hint=None, today=TODAY)
    finally:
        PAGE_LANGUAGE.reset(language)
    assert [(hit.date, hit.end_date) for hit in hits] == [expected]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Fre 12.06. Koncert · Aflyst", "cancelled"),
        ("12. Juni – Lesung – abgesagt", "cancelled"),
        ("12 juin : concert annulé", "cancelled"),
        ("Il concerto è annullato", "cancelled"),
        ("Verschoben auf Herbst", "postponed"),
        ("Concert reporté au 12 mai", "postponed"),
        ("Reporte anual de actividades", "scheduled"),  # Spanish "report", not French "postponed"
        ("Annual report", "scheduled"),
    ],
)
def test_a_row_says_cancelled_or_postponed_in_other_languages(text: str, status: str) -> None:
    assert status_in(text) == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sobota, 3 sierpnia 2024", dt.date(2024, 8, 3)),  # Polish: the month in the genitive
        ("27 lipca 2024, 12:00 - 15:00", dt.date(2024, 7, 27)),
        ("15. dubna 2025 v 19:00", dt.date(2025, 4, 15)),  # Czech
        ("15 апреля · сб", dt.date(2025, 4, 15)),  # Russian, year-less: the next 15 April
        ("Maja Nowak, 5 maja 2025", dt.date(2025, 5, 5)),
    ],
)
def test_polish_czech_and_russian_dates(text: str, expected: dt.date) -> None:
    assert [hit.date for hit in find_dates(text, year_hint=None, today=dt.date(2024, 6, 1))] == [expected]


def test_a_polish_month_that_is_also_a_name_needs_a_year_or_lower_case() -> None:
    assert find_dates("5 Maja Street", year_hint=None, today=dt.date(2024, 6, 1)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("w sobotę 27 lipca (3h, od 12:00-15:00).", (dt.time(12, 0), dt.time(15, 0))),  # three hours long
        ("Concert (20h)", (dt.time(20, 0), None)),  # an evening's time in brackets is still a time
        ("samedi 27 juin, 20h", (dt.time(20, 0), None)),
    ],
)
def test_a_few_hours_in_brackets_are_a_duration_not_a_time(text: str, expected: tuple[dt.time, dt.time | None]) -> None:
    hit = find_clock(text, dated=True)
    assert hit is not None
    assert (hit.start, hit.end) == expected


@pytest.mark.parametrize("label", ["Kiedy?", "Gdzie?", "Когда:", "Где?", "Wann:", "When?"])
def test_a_field_label_asked_as_a_question_is_no_title(label: str) -> None:
    assert not meaningful(label)
    assert meaningful("Kiedy wreszcie lato?")  # a sentence that starts with the word is a title


def test_a_schedule_under_a_field_label_heading_takes_the_pages_heading_as_its_title() -> None:
    body = (
        "<h1>Sunday Summer Night</h1><p>Potańcówka pod gołym niebem.</p>"
        "<h3>Kiedy?</h3><ul><li>7 lipca 2024 20:00 - 23:00</li><li>14 lipca 2024 20:00 - 23:00</li></ul>"
    )
    zone = zoneinfo.ZoneInfo("Europe/Warsaw")
    events = parse_page(page("pl", body), zone=zone, base=None, start=dt.datetime(2024, 7, 1, tzinfo=zone))
    assert [(event.title, event.start) for event in events] == [
        ("Sunday Summer Night", dt.datetime(2024, 7, 7, 20, 0, tzinfo=zone)),
        ("Sunday Summer Night", dt.datetime(2024, 7, 14, 20, 0, tzinfo=zone)),
    ]
