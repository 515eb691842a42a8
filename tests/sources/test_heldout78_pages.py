"""The seventy-eighth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout78.json: measured
once at cdcfd7f2), on small documents of our own:

* A tourist office's agenda item shows its day as a big label ("september" over "11", the day the list is sorted by)
  and, on a line of its own, the run "10-09-2016  t/m  11-09-2016": the label dated the run by its last day. Now a
  year-less label with no time, at one end of a numeric run the card writes (one reading, day or month first,
  running forward for at most a year), gives the run (``_page_label_runs``). Not: a run whose ends are other days
  (a sale's "01-08 t/m 10-09" under "11 september"), a numeric day alone, a label with its own time.
* A football club's fixtures write "22/05 às 19:00" with no year: a slashed day and month was never a date without
  one. Now one with the time right after it (at most a dash, a comma or a word for "at" between) is a day, read day
  first as a day-first page writes it (``_page_intl.DAY_MONTH_SLASHED_CLOCK``). Not: a bare "9/23" (a score, a
  fraction), one before a number that is no time ("3/4 12 players"), nor on an English page a first part of 12 or
  less ("10/12 at 7:00").
* Another language's word for "at" before a time that was cut out of a line stayed in the title ("às Arena
  Pernambuco"); now "às", "à", "um", "om", "alle", "kl." go with the time (``_page_words.LEADS_INTO``), as "at" did.
  Not: the same letters inside a word ("Forum").
* An event page whose ``<base href>`` is the site's root had every link below it: its "add to wishlist" link was taken
  for the event's own page. Now a link is below the page, or the page itself, by the page's own address
  (``BlockReader.page``); the base still resolves relative links. Not: a listing whose card links a page under it
  keeps that link.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_label_runs import labelled_run
from sources.adapters._page_words import residue
from tests.sources.helpers import read_page

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")

read_nl = functools.partial(
    read_page,
    url="https://vvv.example/nl/agenda",
    zone=AMSTERDAM,
    start=dt.datetime(2031, 9, 6, 12, 0),  # noqa: DTZ001
)
read_pt = functools.partial(
    read_page,
    url="https://club.example/agenda/",
    zone=SAO_PAULO,
    start=dt.datetime(2031, 5, 1, 12, 0),  # noqa: DTZ001
)

ITEM = (
    '<li><span class="month">september</span><a href="/nl/wish/{n}" class="icon wishlist"></a>'
    '<a href="/nl/agenda/{n}/"><div class="holder"><div class="left"><span class="day">{day}</span></div>'
    "<h2>{title}</h2><p><span>Een middag vol muziek.</span><span>{when}</span><span>Deventer</span></p></div>"
    "<span>Meer info</span></a></li>"
)


def _agenda(*items: str) -> str:
    return f'<html lang="nl"><body><h1>Jaarkalender</h1><ul class="list">{"".join(items)}</ul></body></html>'


def test_a_day_label_at_the_end_of_a_numeric_run_dates_the_whole_run() -> None:
    events = read_nl(
        _agenda(
            ITEM.format(n=1, day="9", title="Parkengolf", when="09-09-2031 "),
            ITEM.format(n=2, day="11", title="Open Monumentendag", when="10-09-2031  t/m  11-09-2031"),
            ITEM.format(n=3, day="11", title="Lysistrata", when="28-08-2031  t/m  11-09-2031"),
        )
    )
    assert [(e["title"], e["start"], e["end"]) for e in events] == [
        ("Parkengolf", "2031-09-09", None),
        ("Open Monumentendag", "2031-09-10", "2031-09-11"),
        ("Lysistrata", "2031-08-28", "2031-09-11"),
    ]
    assert events[1]["url"] == "https://vvv.example/nl/agenda/2/"


def test_a_run_of_other_days_leaves_the_label_alone() -> None:
    events = read_nl(
        _agenda(
            ITEM.format(n=1, day="11", title="Kaartverkoop", when="Voorverkoop 01-08-2031 t/m 10-09-2031"),
            ITEM.format(n=2, day="12", title="Orgelconcert", when="12-09-2031 "),
        )
    )
    assert [(e["title"], e["start"], e["end"]) for e in events] == [
        ("Kaartverkoop", "2031-09-11", None),
        ("Orgelconcert", "2031-09-12", None),
    ]


@pytest.mark.parametrize(
    ("label", "text", "run"),
    [
        (dt.date(2031, 9, 11), "10-09-2031  t/m  11-09-2031", (dt.date(2031, 9, 10), dt.date(2031, 9, 11))),
        (
            dt.date(2031, 9, 10),
            "verkopen.10-09-2031 - 14-09-2031Deventer",
            (dt.date(2031, 9, 10), dt.date(2031, 9, 14)),
        ),
        (dt.date(2031, 9, 11), "09/10/2031 to 09/11/2031", (dt.date(2031, 9, 10), dt.date(2031, 9, 11))),  # month first
        (dt.date(2031, 9, 11), "01-08-2031 t/m 10-09-2031", None),  # neither end is the label's day
        (dt.date(2031, 9, 11), "11-09-2031", None),  # one day, no run
        (dt.date(2031, 9, 11), "11-09-2031 t/m 10-09-2031", None),  # backwards
        (dt.date(2031, 9, 11), "11-09-2029 t/m 11-09-2031", None),  # over a year
        (dt.date(2031, 9, 11), "1.10-09-2031 t/m 11-09-2031", None),  # a number's part, not a date
    ],
)
def test_labelled_run(label: dt.date, text: str, run: tuple[dt.date, dt.date] | None) -> None:
    assert labelled_run(label, text) == run


def test_a_label_with_its_own_time_is_read_as_written() -> None:
    events = read_nl(_agenda(ITEM.format(n=1, day="11 20:00", title="Avondconcert", when="10-09-2031 t/m 11-09-2031")))
    assert [(e["title"], e["start"]) for e in events] == [("Avondconcert", "2031-09-11T20:00:00+02:00")]


FIXTURES = (
    '<html lang="pt-BR"><body><h1>Calendário de jogos</h1>'
    '<div class="partida"><div class="data"><span>{first}</span>Arena Pernambuco</div><div>Copa do Brasil</div></div>'
    '<div class="partida"><div class="data"><span>{second}</span>Arena MRV</div><div>Copa do Brasil</div></div>'
    "</body></html>"
)


def test_a_year_less_slashed_day_before_its_time_is_a_fixture() -> None:
    events = read_pt(FIXTURES.format(first="22/05 às 19:00", second="30/05, 21:30"))
    assert [(e["title"], e["start"]) for e in events] == [
        ("Arena Pernambuco", "2031-05-22T19:00:00-03:00"),
        ("Arena MRV", "2031-05-30T21:30:00-03:00"),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("22/05", "30/05"),  # no time: a score or a fraction as often as a day
        ("Placar 3/4 12 jogadores", "Placar 2/1 11 jogadores"),  # a number after it, no time
        # a pair glued to a third number that is no year (left39: "22/05/31" is a short date with its year now,
        # the 22nd of May 2031 on a day-first page, as "22/05/2031" always was)
        ("22/05/312 x", "3/4 x"),
    ],
)
def test_a_slashed_pair_without_its_time_is_no_day(first: str, second: str) -> None:
    assert read_pt(FIXTURES.format(first=first, second=second)) == []


def test_an_english_page_reads_no_ambiguous_slashed_day() -> None:
    page = FIXTURES.format(first="10/12 at 7:00", second="11/12 at 7:30").replace(' lang="pt-BR"', ' lang="en"')
    events = read_page(page, url="https://club.example/agenda/", zone=NEW_YORK, start=dt.datetime(2031, 9, 1, 12, 0))  # noqa: DTZ001
    assert events == []


@pytest.mark.parametrize(
    ("text", "spans", "left"),
    [
        ("22/05 às 19:00 Arena Pernambuco", [(0, 5), (9, 14)], "Arena Pernambuco"),
        ("Konzert um 20:00", [(11, 16)], "Konzert"),
        ("Lezing om 20:00", [(10, 15)], "Lezing"),
        ("Conférence à 20:00", [(13, 18)], "Conférence"),
        ("Concerto alle 21:00", [(14, 19)], "Concerto"),
        ("Forum 20:00", [(6, 11)], "Forum"),  # the letters inside a word
        ("Atrium 20:00", [(7, 12)], "Atrium"),
    ],
)
def test_another_languages_word_into_a_time_goes_with_it(text: str, spans: list[tuple[int, int]], left: str) -> None:
    assert residue(text, spans, []) == left


DETAIL = (
    '<html lang="nl"><head><title>Festival - Jaarkalender</title><base href="https://vvv.example/"></head><body>'
    '<nav><a href="https://vvv.example/nl/agenda">Agenda</a></nav><article><h1>Festival Klassiek</h1>'
    "<p>Klassieke muziek in het Havenkwartier.</p><aside>"
    '<a href="https://vvv.example/nl/wish/page_id,72" class="wishlistButton1">Toevoegen aan verlanglijstje</a>'
    "<dl><dt>Locatie:</dt><dd>Havenkwartier</dd><dt>Datum:</dt><dd>13-09-2031</dd><dt>Geopend:</dt>"
    "<dd>15:00 -20:30 uur</dd></dl></aside></article></body></html>"
)


def test_a_detail_page_under_a_root_base_is_its_own_events_page() -> None:
    url = "https://vvv.example/nl/agenda/agenda_id,72/"
    events = read_page(DETAIL, url=url, zone=AMSTERDAM, start=dt.datetime(2031, 9, 6, 12, 0))  # noqa: DTZ001
    assert [(e["title"], e["start"], e["url"]) for e in events] == [
        ("Festival Klassiek", "2031-09-13T15:00:00+02:00", url)
    ]


def test_a_listing_under_a_root_base_keeps_its_cards_links() -> None:
    page = _agenda(
        ITEM.format(n=1, day="12", title="Orgelconcert", when="12-09-2031 "),
        ITEM.format(n=2, day="13", title="Oogstfeest", when="13-09-2031 "),
    ).replace("<body>", '<head><base href="https://vvv.example/"></head><body>')
    events = read_nl(page)
    assert [e["url"] for e in events] == ["https://vvv.example/nl/agenda/1/", "https://vvv.example/nl/agenda/2/"]
