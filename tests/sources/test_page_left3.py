"""Page misreadings held-out batches 35 and 36 left, each on a small document of our own that the page reader
misread before its rule:

1. a date range joined by the words of another language ("del 01/09/2026 al 30/06/2027", "du 01/09/2026 au
   30/06/2027", "vom 01.09.2026 bis 30.06.2027", "dal … al …", "van … tot en met …", "from … until …"): one event
   from the first day to the last, its lead word not left in the title; it had been read as two events titled
   "Del al" (_page_ranges.RANGE_JOIN, _page_ranges.RANGE_LEAD);
2. such a range whose first day is written as its number alone, the month and year only after the last ("du 1er au
   5 mars 2027", "vom 1. bis 5. März 2027", "dal 1 al 5 marzo 2027", "van 1 tot en met 5 maart 2027"): from that
   day of the last day's month; it had been read as the last day alone (_page_ranges.LEAD_DAY).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters import _page_ranges
from tests.hostile import superlinear_shape
from tests.sources.test_page_left_items import BERLIN, read


@pytest.mark.parametrize("name", ["RANGE_JOIN", "RANGE_LEAD", "LEAD_DAY"])
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(getattr(_page_ranges, name)) is None


def boxes(lang: str, items: list[tuple[str, str]]) -> str:
    return (
        f"<html lang='{lang}'><body><h1>Cursos</h1>"
        + "".join(
            f'<div class="course"><h3><a href="/c/{index}">{title}</a></h3><p>{when}</p><p>Aula 3</p></div>'
            for index, (title, when) in enumerate(items)
        )
        + "</body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        ("es", "Del 01/09/2026 al 30/06/2027", "del 15/10/2026 al 20/12/2026"),
        ("fr", "Du 01/09/2026 au 30/06/2027", "du 15/10/2026 au 20/12/2026"),
        ("de", "Vom 01.09.2026 bis 30.06.2027", "vom 15.10.2026 bis 20.12.2026"),
        ("it", "Dal 01/09/2026 al 30/06/2027", "dal 15/10/2026 al 20/12/2026"),
        ("nl", "Van 01-09-2026 tot en met 30-06-2027", "van 15-10-2026 t/m 20-12-2026"),
        ("pt", "De 01/09/2026 a 30/06/2027", "de 15/10/2026 até 20/12/2026"),
        ("en", "From 01/09/2026 until 30/06/2027", "from 15/10/2026 to 20/12/2026"),
    ],
)
def test_a_range_joined_by_words_is_one_event(lang: str, first: str, second: str) -> None:
    body = boxes(lang, [("Taller de cerámica", first), ("Coro infantil", second)])
    assert read(body, BERLIN, dt.date(2026, 8, 1)) == [
        ("Taller de cerámica", "2026-09-01", "2027-06-30"),
        ("Coro infantil", "2026-10-15", "2026-12-20"),
    ]


def test_words_between_two_dates_that_join_nothing_stay_two_dates() -> None:
    """Two dates on one line with a word of a phrase between them ("de 01/09/2026 a las 18:00") are not a range
    unless that word alone stands between them."""
    body = boxes("es", [("Concierto", "01/09/2026 y 30/09/2026")])
    assert [title for title, _start, _end in read(body, BERLIN, dt.date(2026, 8, 1))] != ["Concierto Del al"]


def test_a_range_joined_by_words_on_schedule_lines() -> None:
    body = (
        "<html lang=es><body><h1>Cursos</h1><ul><li>Taller de cerámica del 01/09/2026 al 30/06/2027</li>"
        "<li>Coro infantil del 15/10/2026 al 20/12/2026</li></ul></body></html>"
    )
    assert read(body, BERLIN, dt.date(2026, 8, 1)) == [
        ("Taller de cerámica", "2026-09-01", "2027-06-30"),
        ("Coro infantil", "2026-10-15", "2026-12-20"),
    ]


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        ("fr", "Du 1er au 5 mars 2027", "du 12 au 20 décembre 2026"),
        ("de", "Vom 1. bis 5. März 2027", "vom 12. bis 20. Dezember 2026"),
        ("it", "Dal 1 al 5 marzo 2027", "dal 12 al 20 dicembre 2026"),
        ("nl", "Van 1 tot en met 5 maart 2027", "van 12 t/m 20 oktober 2026"),
        ("es", "Del 1 al 5 de marzo de 2027", "del 12 al 20 de diciembre de 2026"),
        ("pt", "De 1 a 5 de março de 2027", "de 12 a 20 de dezembro de 2026"),
    ],
)
def test_a_range_whose_first_day_is_its_number_alone(lang: str, first: str, second: str) -> None:
    body = boxes(lang, [("Taller de cerámica", first), ("Coro infantil", second)])
    last = "2026-10-20" if lang == "nl" else "2026-12-20"
    assert read(body, BERLIN, dt.date(2026, 8, 1)) == [
        ("Taller de cerámica", "2027-03-01", "2027-03-05"),
        ("Coro infantil", last[:8] + "12", last),
    ]


def test_a_number_before_a_date_without_its_lead_word_is_no_first_day() -> None:
    """Only a lead word makes the number a day: "Saal 1 bis 5. März 2027" is no range from the 1st."""
    body = boxes("de", [("Chorprobe", "Saal 2 bis 5. März 2027"), ("Orgelkonzert", "12. März 2027")])
    assert read(body, BERLIN, dt.date(2026, 8, 1)) == [
        ("Chorprobe", "2027-03-05", None),
        ("Orgelkonzert", "2027-03-12", None),
    ]
