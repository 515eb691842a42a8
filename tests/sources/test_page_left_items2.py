"""Misreadings pages batch 29's session noticed and left, each on a small document of our own that the page reader
misread before its rule:

1. a remark written where a place could be ("Deuren open", "Ingresso libero", "Entrada gratuita", "Fri entré",
   "Vstup zdarma", "Wstęp wolny", "Vapaa pääsy") is no place in the other languages the reader reads, as in
   English, German, French and Spanish (_page_not_places.REMARK);
2. a meeting point's line that gives its time, then the place ("Treffpunkt: 14:00 Uhr am Bahnhof", "Meeting point:
   10am at the car park", "Rendez-vous : 9h devant la mairie") gives the time and, as the place, the words after
   the time: the place had been the whole value, time and all, or nothing (_page_meeting_points).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters import _page_meeting_points, _page_not_places
from sources.adapters._page_meeting_points import meeting_place, place_of
from sources.adapters._page_not_places import a_remark
from tests.hostile import module_patterns, superlinear, superlinear_shape
from tests.sources.helpers import local_minute
from tests.sources.test_page_left_items import BERLIN, LONDON, cards, events_of


# --- 1. remarks in more languages -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "remark"),
    [
        ("nl", "Deuren open"),
        ("nl", "Gratis toegang"),
        ("it", "Ingresso libero"),
        ("it", "Apertura porte"),
        ("pt", "Entrada gratuita"),
        ("pt", "Esgotado"),
        ("da", "Dørene åbner"),
        ("sv", "Fri entré"),
        ("nb", "Gratis inngang"),
        ("cs", "Vstup zdarma"),
        ("pl", "Wstęp wolny"),
        ("fi", "Vapaa pääsy"),
    ],
)
def test_a_remark_in_another_language_after_a_cards_date_is_no_place(lang: str, remark: str) -> None:
    body = cards([("Jazz", f"13.03.2027, {remark}", ""), ("Pop", "20.03.2027, Stadthalle", "")], lang)
    events = events_of(body, BERLIN, dt.datetime(2027, 1, 1, tzinfo=BERLIN))
    assert [(event.title, event.venue_name) for event in events] == [("Jazz", None), ("Pop", "Stadthalle")]


@pytest.mark.parametrize(
    "remark",
    [
        "Deuren open 20:00",
        "Zaal open",
        "Toegang gratis",
        "Vrije toegang",
        "Ingresso gratuito",
        "Biglietti in prevendita",
        "Abertura das portas",
        "Entrada livre",
        "Bilhetes à venda",
        "Ingressos esgotados",
        "Entrada libre",
        "Apertura de puertas",
        "Dørene åpner 19:00",
        "Dörrarna öppnar",
        "Insläpp 19",
        "Gratis entré",
        "Fritt inträde",
        "Biljetter",
        "Billetter",
        "Udsolgt",
        "Slutsålt",
        "Vyprodáno",
        "Vstupenky",
        "Vstupné dobrovolné",
        "Wstęp bezpłatny",
        "Bilety",
        "Wyprzedane",
        "Ovet avataan",
        "Liput",
        "Loppuunmyyty",
    ],
)
def test_remarks_in_other_languages(remark: str) -> None:
    assert a_remark(remark)


@pytest.mark.parametrize(
    "place", ["Paradiso", "Teatro Verdi", "Casa da Música", "Konserthuset", "Ingresso principale, Via Roma 1"]
)
def test_places_in_those_languages_are_no_remarks(place: str) -> None:
    assert not a_remark(place)


PATTERNS = {
    **module_patterns(_page_not_places, "_page_not_places."),
    **module_patterns(_page_meeting_points, "_page_meeting_points."),
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


@pytest.mark.parametrize("shape", ["14:00 Uhr ", "10am at ", "Treffpunkt: 9h "])
def test_meeting_points_stay_linear_on_hostile_text(shape: str) -> None:
    assert superlinear(place_of, lambda size: shape + " " * size + "x") is None
    assert superlinear(meeting_place, lambda size: "Treffpunkt: " + shape + " ," * size + "x") is None


# --- 2. a meeting point's time, then its place ---------------------------------------------------------------------
def one_event(heading: str, day: str, meeting: str, lang: str) -> str:
    return f"<html lang='{lang}'><body><h1>{heading}</h1><p>{day}</p><p>{meeting}</p></body></html>"


@pytest.mark.parametrize(
    ("lang", "day", "meeting", "place", "start"),
    [
        ("de", "Samstag, 10. Oktober 2026", "Treffpunkt: 14:00 Uhr am Bahnhof", "am Bahnhof", "2026-10-10 14:00"),
        ("en", "Saturday, October 10, 2026", "Meeting point: 10am at the car park", "the car park", "2026-10-10 10:00"),
        ("fr", "samedi 10 octobre 2026", "Rendez-vous : 9h devant la mairie", "devant la mairie", "2026-10-10 09:00"),
        ("de", "Samstag, 10. Oktober 2026", "Treffpunkt: Marktplatz", "Marktplatz", "2026-10-10"),
    ],
)
def test_a_meeting_points_place_is_the_words_after_its_time(
    lang: str, day: str, meeting: str, place: str, start: str
) -> None:
    events = events_of(one_event("Stadtführung", day, meeting, lang), BERLIN, dt.datetime(2026, 9, 1, tzinfo=BERLIN))
    assert [(event.venue_name, local_minute(event.start, BERLIN)) for event in events] == [(place, start)]


def test_a_meeting_point_with_only_a_time_is_no_place() -> None:
    body = one_event("Hill Walk", "Saturday, October 10, 2026", "Meeting point: 10am", "en")
    events = events_of(body, LONDON, dt.datetime(2026, 9, 1, tzinfo=LONDON))
    assert [(event.venue_name, local_minute(event.start, LONDON)) for event in events] == [(None, "2026-10-10 10:00")]


def test_a_cards_meeting_point_gives_its_time_and_place() -> None:
    body = cards(
        [
            ("Stadtführung", "Samstag, 10. Oktober 2026", "<p>Treffpunkt: 14:00 Uhr am Bahnhof</p>"),
            ("Nachtwächter", "Samstag, 17. Oktober 2026", "<p>Treffpunkt: 20 Uhr, Marktplatz</p>"),
        ],
        "de",
    )
    events = events_of(body, BERLIN, dt.datetime(2026, 9, 1, tzinfo=BERLIN))
    assert [(event.title, event.venue_name, local_minute(event.start, BERLIN)) for event in events] == [
        ("Stadtführung", "am Bahnhof", "2026-10-10 14:00"),
        ("Nachtwächter", "Marktplatz", "2026-10-17 20:00"),
    ]
