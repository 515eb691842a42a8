"""The thirty-fifth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout35.json: measured
once at a98bc77), each rule on a small document of our own:

1. a card's run whose days each carry their weekday ("Fri 30 - Sat 31 May", "Wed 30 Jul - Fri 1 Aug") is one
   event from the first day to the last (_page_card_dates: the weekday between the dash and the other day);
2. a film's title followed by its year, or its original title and year, in brackets ("El Estado de la Unión
   (State of the Union, 1948)", "Hay un camino a la derecha (1953)"), or by the screening's language version
   ("Hamnet (V.O.S.E.)", "Le Havre (OmU)"), is the film's name without them; the page's wording stays the
   event's source_title (_page_work_titles).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_card_dates, _page_day_names, _page_work_titles
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
MADRID = zoneinfo.ZoneInfo("Europe/Madrid")
APRIL = dt.datetime(2027, 4, 1, tzinfo=LONDON)
PAGE = "https://theatre.example.org/whats-on/"


read = functools.partial(read_page, url=PAGE, zone=LONDON, start=APRIL)


def day(value: object) -> str:
    return str(value or "")[:10]


RUNS = """<html><body><h1>What's on</h1><ul class="shows">
<li class="show"><h3><a href="/whats-on/the-seagull/">The Seagull</a></h3>
<p class="when"><span>Thu 6 - Sat 8 May, Various Times</span></p><a href="/whats-on/the-seagull/#book">Book</a></li>
<li class="show"><h3><a href="/whats-on/hedda/">Hedda</a></h3>
<p class="when"><span>Tue 29 Jun - Sat 3 Jul, Various Times</span></p><a href="/whats-on/hedda/#book">Book</a></li>
<li class="show"><h3><a href="/whats-on/late-night-songs/">Late Night Songs</a></h3>
<p class="when"><span>Fri 16 Jul, 9:30pm</span></p><a href="/whats-on/late-night-songs/#book">Book</a></li>
</ul></body></html>"""


# --- 1. a run whose days carry their weekdays --------------------------------------------------------------
def test_a_cards_run_with_a_weekday_on_each_day_is_one_event_from_first_to_last_day() -> None:
    spans = {str(event["title"]): (day(event["start"]), day(event.get("end"))) for event in read(RUNS)}

    assert spans["The Seagull"] == ("2027-05-06", "2027-05-08")  # the month written once, after the last day
    assert spans["Hedda"] == ("2027-06-29", "2027-07-03")  # across two months
    assert spans["Late Night Songs"] == ("2027-07-16", "")  # one night: a start, no end


def test_a_weekday_then_a_time_after_the_dash_is_no_range() -> None:
    first = dt.date(2027, 5, 6)
    text = "Thu 6 May - Fri 8pm"
    match = _page_card_dates.TEXT_DATE.search(text)
    assert match is not None

    assert _page_card_dates.day_range(first, text, match) is None


def test_the_range_patterns_stay_linear() -> None:
    assert superlinear_shape(_page_card_dates.RANGE_TAIL) is None
    assert superlinear_shape(_page_card_dates.RANGE_HEAD) is None


FILMS = """<html><body><h1>Cinema programme</h1>
<div class="film"><h2 class="titulo">The Night of the Hunter (1955)</h2><h3>Charles Laughton</h3>
<p>Fecha y Hora: Sábado 10 de Abril a las 19:00h (Sala 1)</p><a href="/films/night-of-the-hunter">+ INFO</a></div>
<div class="film"><h2 class="titulo">Los olvidados (The Young and the Damned, 1950)</h2><h3>Luis Buñuel</h3>
<p>Fecha y Hora: Domingo 11 de Abril a las 19:00h (Sala 1)</p><a href="/films/los-olvidados">+ INFO</a></div>
<div class="film"><h2 class="titulo">Le Havre (V.O.S.E.)</h2><h3>Aki Kaurismäki</h3>
<p>Fecha y Hora: Martes 13 de Abril a las 19:00h (Sala 1)</p><a href="/films/le-havre">+ INFO</a></div>
</body></html>"""


# --- 2. a film's year, original title and language version -------------------------------------------------
def test_a_films_year_original_title_and_version_in_brackets_are_not_its_name() -> None:
    events = {day(event["start"]): event for event in read(FILMS, zone=MADRID, url="https://cine.example.es/")}

    assert events["2027-04-10"]["title"] == "The Night of the Hunter"
    assert events["2027-04-11"]["title"] == "Los olvidados"
    assert events["2027-04-13"]["title"] == "Le Havre"
    assert events["2027-04-11"]["source_title"] == "Los olvidados (The Young and the Damned, 1950)"


@pytest.mark.parametrize(
    "title",
    [
        "Summer Jazz (Live)",  # brackets, but no year and no version
        "(1984)",  # nothing before the brackets
        "Concert for Ukraine (2022–2027)",  # a span of years, not a film's year
        "Orchestra Night (Opus 2000)",  # a number that is no year
        "Screening (12 March 1962)",  # a day, not a year alone
    ],
)
def test_other_brackets_stay_in_the_title(title: str) -> None:
    assert _page_work_titles.work_title(title) is None


def test_the_work_title_patterns_stay_linear() -> None:
    assert superlinear_shape(_page_work_titles.WORK_TAIL) is None


TABS = """<html><body><h1>Cartelera</h1><table><tr>
<td class="tabDia"><a href="/cartelera"><span>Sábado<br>10/04/2027</span></a></td>
<td class="tabNoDia"><a href="/cartelera/20270411"><span>Domingo<br>11/04/2027</span></a></td>
<td class="tabNoDia"><a href="/cartelera/20270412"><span>Lunes&nbsp;<br>12/04/2027</span></a></td>
<td class="tabNoDia"><a href="/cartelera/20270413"><span>Martes<br>13/04/2027</span></a></td>
</tr></table>
<p>Consulte los horarios de cada día.</p></body></html>"""


# --- 3. a day's tab is no event ------------------------------------------------------------------------------
def test_a_strip_of_day_tabs_titled_by_their_weekday_are_no_events() -> None:
    titles = [str(event["title"]) for event in read(TABS, zone=MADRID, url="https://cine.example.es/cartelera")]

    assert not {"Sábado", "Domingo", "Lunes", "Martes"} & set(titles)


@pytest.mark.parametrize("title", ["Saturday", "Sábado", "Samstag", "Sat.", "lunes"])
def test_a_title_that_is_only_a_weekday_names_a_day(title: str) -> None:
    assert _page_day_names.only_a_day(title)


@pytest.mark.parametrize("title", ["Saturday Night Fever", "Sunday Brunch", "Domingo de Ramos", "Friday Jazz"])
def test_a_title_with_more_than_a_weekday_is_a_name(title: str) -> None:
    assert not _page_day_names.only_a_day(title)
