"""The fourteenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout14.json: measured
once at fb560df, three of its ten files committed), each rule on a small document of our own: a weekday set apart
from its numeric date by a dash ("SEXTA-FEIRA – 01/08/2025"); Portuguese hours without minutes ("às 10", "14
horas"); a list of timed items right under a line that is a date alone (a broadcaster's weekend programme).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import lxml.html

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_day_lists import listed_sessions
from sources.adapters._page_intl import PAGE_LANGUAGE
from sources.adapters._page_lines import page_lines
from sources.adapters._page_schedule_lines import line_entries
from tests.sources.helpers import parse_page

SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")


def sao_paulo(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SAO_PAULO)


def starts(events: list) -> list[tuple[str, dt.date]]:
    return [(event.title, event.start) for event in events]


def page(body: str, lang: str = "pt-BR") -> str:
    return f"<html lang='{lang}'><head><title>Agenda</title></head><body>{body}</body></html>"


# --- 1. a weekday set apart from its numeric date by a dash ------------------------------------------------------
def test_a_weekday_then_a_dash_then_a_numeric_date_is_one_date_and_its_weekday_checks_it() -> None:
    token = PAGE_LANGUAGE.set("pt")
    try:
        (friday,) = find_dates("SEXTA-FEIRA – 07/05/2027", year_hint=None, today=dt.date(2027, 5, 1))
        (wrong,) = find_dates("Domingo - 07/05/2027", year_hint=None, today=dt.date(2027, 5, 1))
    finally:
        PAGE_LANGUAGE.reset(token)
    assert (friday.date, friday.start, friday.weekday_agrees) == (dt.date(2027, 5, 7), 0, True)
    assert (wrong.date, wrong.weekday_agrees) == (dt.date(2027, 5, 7), False)  # the 7th is a Friday: flagged


def test_a_dash_after_a_word_that_is_no_weekday_joins_no_date_to_it() -> None:
    token = PAGE_LANGUAGE.set("pt")
    try:
        (hit,) = find_dates("Corrida – 07/05/2027", year_hint=None, today=dt.date(2027, 5, 1))
    finally:
        PAGE_LANGUAGE.reset(token)
    assert (hit.date, hit.start) == (dt.date(2027, 5, 7), len("Corrida – "))  # the date alone, no weekday


# --- 2. Portuguese hours without minutes ---------------------------------------------------------------------
def test_portuguese_hours_without_minutes_are_times_of_day() -> None:
    at_ten = find_clock("FÓRMULA 1 – Corrida — às 10 — GP da Hungria", dated=True)
    two_pm = find_clock("NASCAR CUP – Quali — 14 horas — Curvelo/MG", dated=True)
    assert at_ten is not None
    assert two_pm is not None
    assert (at_ten.start, two_pm.start) == (dt.time(10, 0), dt.time(14, 0))


def test_hours_that_say_how_long_are_no_time_of_day() -> None:
    assert find_clock("Passeio de barco, 2 horas de duração", dated=True) is None
    assert find_clock("Oficina durante 3 horas", dated=True) is None


# --- 3. a list of timed items right under a line that is a date alone ---------------------------------------------
WEEKEND = (
    "<h5>Programação do fim de semana</h5>"
    "<p>SEXTA-FEIRA – 07/05/2027</p><ul>"
    "<li>09:30 – Kart Clube – Treino Livre – Interlagos <a href='https://tv.example/1'>Canal Um</a></li>"
    "<li>15:00 – Copa Truck – Classificação – Goiânia</li></ul>"
    "<strong>SÁBADO – 08/05/2027</strong><ul>"
    "<li><strong>Endurance Brasil – Corrida</strong> — às 11 — Velocitta — <a href='https://tv.example/2'>Canal"
    " Dois</a></li></ul>"
    "<h6>DOMINGO – 09/05/2027</h6><ul><li>Stock Light – Corrida 2 — 16 horas — Cascavel</li></ul>"
)


def test_each_timed_item_under_a_date_line_is_that_days_event_at_its_time() -> None:
    events = parse_page(page(WEEKEND), zone=SAO_PAULO, base=None, start=sao_paulo(2027, 5, 1))
    assert starts(events) == [
        ("Kart Clube – Treino Livre – Interlagos", sao_paulo(2027, 5, 7, 9, 30)),  # the channel's link left out
        ("Copa Truck – Classificação – Goiânia", sao_paulo(2027, 5, 7, 15, 0)),
        ("Endurance Brasil – Corrida", sao_paulo(2027, 5, 8, 11, 0)),  # the words before a mid-line time
        ("Stock Light – Corrida 2", sao_paulo(2027, 5, 9, 16, 0)),
    ]


def day_lines(body: str) -> list:
    return page_lines(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"), base=None)


def test_a_list_of_documents_under_a_date_line_is_no_programme() -> None:
    # One item of three states a time: the list is the session's documents and a note, not the day's events.
    lines = day_lines(
        "<p>SEXTA-FEIRA – 07/05/2027</p><ul><li><a href='/a.pdf'>Pauta da sessão</a></li>"
        "<li><a href='/b.pdf'>Ata anterior</a></li><li>Transmissão às 19h</li></ul>"
    )
    (bar,) = line_entries(lines[:1], today=dt.date(2027, 5, 1), skip_blocks=set())
    assert listed_sessions(bar, lines, lines[0]) == []


def test_a_date_line_with_a_name_of_its_own_keeps_its_list_as_its_notes() -> None:
    lines = day_lines("<p>Regata – 07/05/2027</p><ul><li>Largada às 10</li><li>Premiação 16 horas</li></ul>")
    (named,) = line_entries(lines[:1], today=dt.date(2027, 5, 1), skip_blocks=set())
    assert named.title == "Regata"
    assert listed_sessions(named, lines, lines[0]) == []


def test_a_timed_list_right_under_a_date_line_gives_one_entry_per_timed_item() -> None:
    lines = day_lines("<p>SÁBADO – 08/05/2027</p><ul><li>10:00 – Treino Livre</li><li>14 horas – Corrida</li></ul>")
    (bar,) = line_entries(lines[:1], today=dt.date(2027, 5, 1), skip_blocks=set())
    rows = listed_sessions(bar, lines, lines[0])
    assert [(row.day, row.time, row.title) for row in rows] == [
        (dt.date(2027, 5, 8), dt.time(10, 0), "Treino Livre"),
        (dt.date(2027, 5, 8), dt.time(14, 0), "Corrida"),
    ]
