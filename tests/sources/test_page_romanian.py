"""Romanian month and weekday names (issue #13, helper leftpages6; sources/adapters/_page_intl.py), each on small
text and a small page of our own: "4 septembrie 2026", "joi, 12 martie 2026, ora 19:00", "sâmbătă, 14 noiembrie
2026" are dates; "Martie" as a name, a month name inside a longer word, and a weekday alone are not.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_intl
from sources.adapters._page_dates import find_dates
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_page

BUCHAREST = zoneinfo.ZoneInfo("Europe/Bucharest")
TODAY = dt.date(2026, 1, 5)
read = functools.partial(
    read_page, url="https://sala.example.ro/program", zone=BUCHAREST, start=dt.datetime(2026, 1, 5, tzinfo=BUCHAREST)
)


def dates(text: str) -> list[dt.date]:
    return [hit.date for hit in find_dates(text, year_hint=TODAY.year, today=TODAY)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("4 septembrie 2026", dt.date(2026, 9, 4)),
        ("joi, 12 martie 2026, ora 19:00", dt.date(2026, 3, 12)),
        ("sâmbătă, 14 noiembrie 2026", dt.date(2026, 11, 14)),
        ("marţi, 3 februarie 2026", dt.date(2026, 2, 3)),  # the older cedilla
        ("marți 7 aprilie 2026", dt.date(2026, 4, 7)),  # the comma below
        ("duminica 1 ianuarie 2026", dt.date(2026, 1, 1)),  # without diacritics
        ("vineri 2 octombrie 2026", dt.date(2026, 10, 2)),
        ("20 iunie – 19 iulie 2026", dt.date(2026, 6, 20)),
        ("Miercuri, 23 Decembrie 2026", dt.date(2026, 12, 23)),
    ],
)
def test_romanian_dates(text: str, day: dt.date) -> None:
    assert dates(text)[:1] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Meet 3 Martie fans at the door",  # a name, capitalised, with no year or weekday: not March
        "Read 12 Octombries and other stories",  # a month name inside a longer word
        "Luni Fortress tours every weekend",  # a weekday alone (and a place's name) is no date
        "Joi and 12 friends",  # a weekday-looking name before a number and no month
    ],
)
def test_look_alikes_are_no_dates(text: str) -> None:
    assert dates(text) == []


PROGRAM = """<!DOCTYPE html><html lang="ro"><head><meta charset="utf-8"><title>Program | Sala Mică</title></head><body>
<h1>Program</h1>
<div class="eveniment"><h2><a href="/ev/cvartet">Cvartetul de coarde Aurora</a></h2><p>4 septembrie 2026</p>
<p>Sala Mică</p></div>
<div class="eveniment"><h2><a href="/ev/recital">Recital de pian</a></h2><p>joi, 12 martie 2026, ora 19:00</p>
<p>Sala Mare</p></div>
<div class="eveniment"><h2><a href="/ev/jazz">Seară de jazz</a></h2><p>sâmbătă, 14 noiembrie 2026, ora 20:30</p>
<p>Foaier</p></div>
</body></html>"""


def test_a_romanian_programme() -> None:
    events = read(PROGRAM)

    assert sorted((e["title"], str(e["start"])) for e in events) == [
        ("Cvartetul de coarde Aurora", "2026-09-04"),
        ("Recital de pian", dt.datetime(2026, 3, 12, 19, 0, tzinfo=BUCHAREST).isoformat()),
        ("Seară de jazz", dt.datetime(2026, 11, 14, 20, 30, tzinfo=BUCHAREST).isoformat()),
    ]


def test_the_patterns_stay_linear() -> None:
    for pattern in (
        _page_intl.INTL_DATE,
        _page_intl.INTL_WEEKDAY_DATE,
        _page_intl.NUMERIC_WEEKDAY_DATE,
        _page_intl.DAY_MONTH_WEEKDAY,
        _page_intl._OTHER_NAMES,
    ):
        assert superlinear_shape(pattern) is None
