"""Misreadings pages batch 29's session noticed and left, each on a small document of our own that the page reader
misread before its rule:

1. a remark written where a place could be ("Deuren open", "Ingresso libero", "Entrada gratuita", "Fri entré",
   "Vstup zdarma", "Wstęp wolny", "Vapaa pääsy") is no place in the other languages the reader reads, as in
   English, German, French and Spanish (_page_not_places.REMARK).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters import _page_not_places
from sources.adapters._page_not_places import a_remark
from tests.hostile import superlinear_shape
from tests.sources.test_page_left_items import BERLIN, cards, events_of


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


def test_the_remarks_stay_linear() -> None:
    assert superlinear_shape(_page_not_places.REMARK) is None
