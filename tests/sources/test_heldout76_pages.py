"""The seventy-sixth held-out batch's miss, pages (issue #13, bench/corpus/pages/manifest-heldout76.json: measured once
at 52459574), on small documents of our own:

* A Belgian venue's agenda writes an evening's hour the Flemish way, "Zaal Nova, Gent — 20u30" ("uur"): the day was
  read, its hour not. Now an hour, "u" and two-digit minutes is a clock (``_page_intl.INTL_CLOCK``). Not: "20u" or
  "2u" alone (an hour's count as often as a time), a code's "K20u30", "20u305", nor a duration after "duur" /
  "duurtijd" ("duurtijd 2u30").
* The same card's line "Zaal Nova, Gent — 20u30" was not read as its place. Now a card's line that is a place, a
  spaced dash and its hour alone gives the place (``_page_clock_places``), when the place says so by its own words: a
  place's noun ("Zaal", "Hall") or a name and its town after a comma. Not: "Aanvang — 20u30" or "Last Entry - 17:00"
  (capitalised words that name the hour), nor a line with more after the hour ("— 20u30 (uitverkocht)").
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_clock_places import place_before_clock
from sources.adapters._page_intl import intl_clock
from tests.sources.helpers import read_page

# A Belgian venue's agenda page, read from 1 September 2031 (a wall-clock start in Brussels' zone).
read = functools.partial(
    read_page,
    url="https://venue.example/agenda",
    zone=zoneinfo.ZoneInfo("Europe/Brussels"),
    start=dt.datetime(2031, 9, 1, 12, 0),  # noqa: DTZ001
)

AGENDA = (
    '<html><body><div class="event"><span>vr 19 sep</span> <h2>Orgel op de zolder</h2><p>Zaal Oost, Leuven — {clock}</p>'
    '<a href="/agenda/orgel">Meer</a></div><div class="event"><span>za 20 sep</span> <h2>Linosnede</h2>'
    "<p>Atelier Zuid - 14h</p></div></body></html>"
)


def test_a_flemish_hour_with_its_minutes_times_the_event() -> None:
    events = read(AGENDA.format(clock="20u30"))
    assert [(e["title"], e["start"]) for e in events] == [
        ("Orgel op de zolder", "2031-09-19T20:30:00+02:00"),
        ("Linosnede", "2031-09-20T14:00:00+02:00"),
    ]


def test_a_flemish_hour_without_minutes_leaves_the_day_alone() -> None:
    events = read(AGENDA.format(clock="20u"))
    assert events[0]["title"] == "Orgel op de zolder"
    assert events[0]["start"] == "2031-09-19"


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Zaal Oost, Leuven — 20u30", (20, 30)),
        ("om 9u15", (9, 15)),
        ("duurtijd 2u30", None),
        ("duur: 1u45", None),
        ("K20u30", None),
        ("20u305", None),
        ("2u", None),
        ("ref 20u30x", None),
    ],
)
def test_what_a_flemish_clock_is_and_is_not(text: str, clock: tuple[int, int] | None) -> None:
    found = intl_clock(text)
    assert (found[:2] if found else None) == clock


def test_a_place_before_its_hour_on_a_card_line_is_the_place() -> None:
    events = read(AGENDA.format(clock="20u30"))
    assert events[0]["venue_name"] == "Zaal Oost, Leuven"
    assert "venue_name" not in events[1] or events[1]["venue_name"] is None  # "Atelier Zuid - 14h": no noun, no town


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Zaal Oost, Leuven — 20u30", "Zaal Oost, Leuven"),
        ("Nova Hall — 8pm", "Nova Hall"),
        ("Aanvang — 20u30", None),
        ("Last Entry - 17:00", None),
        ("Zaal Oost, Leuven — 20u30 (uitverkocht)", None),
        ("Zaal Oost, Leuven", None),
        ("Doors Open, Bar — 19:00", None),
    ],
)
def test_what_a_place_before_an_hour_is_and_is_not(line: str, place: str | None) -> None:
    assert place_before_clock([line]) == place
