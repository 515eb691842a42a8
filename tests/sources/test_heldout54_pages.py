"""The fifty-fourth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout54.json: measured
once at 5bee45a), on small documents of our own:

* A French association's group page (SPIP) lists its upcoming meetings in ``<div class="menu menu_articles
  rendezvous">``: each entry a heading link and a paragraph ("Le mardi 15 septembre à 18 h 30, au Grand Bar …").
  The readers took the block for the page's navigation by its "menu" class and read nothing. Now a block classed
  only "menu" (no nav, navbar, dropdown, breadcrumb) that holds two or more linked headings and is mostly prose is a
  listing (_page_prose_menus.is_prose_listing). Not: a navigation menu, a mega-menu with column headings, a <nav>,
  a "navbar", a footer of links, even with headings and dates.
* A French venue's detail page writes its hall and address in ``<div class="evenement_salle">``: no place was read.
  Now the words other languages' themes class a place with ("salle", "lieu", "ort", "veranstaltungsort", "lugar",
  "luogo", "locatie", "sted", "miejsce", "misto") name a place block as "venue" and "location" do
  (_page_class_places). Not: "sort", "porte", "milieu", "salles-de-bain", "plats" (a menu's dishes), "local".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo

import pytest

from sources.adapters import _page_class_places
from sources.adapters._page_card_fields import PLACE_CLASS as CARD_PLACE_CLASS
from sources.adapters._page_single_place import PLACE_CLASS as SINGLE_PLACE_CLASS
from tests.hostile import superlinear_shape
from tests.sources.helpers import local_minute, read_page

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
SEPTEMBER = dt.datetime(2026, 9, 12)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
read = functools.partial(read_page, url="https://asso.example.fr/-Lyon-.html", zone=PARIS, start=SEPTEMBER)


def shown(body: str) -> list[tuple[str, str]]:
    return sorted(
        (
            event["title"],
            local_minute(dt.datetime.fromisoformat(event["start"]), PARIS) if "T" in event["start"] else event["start"],
        )
        for event in read(body)
    )


# --- a list of articles classed as a menu --------------------------------------------------------------------------
def entry(day: str, title: str, href: str, words: str) -> str:
    return (
        f'<li class="hentry"><div><div class="daterdv">{day}</div></div><div class="col-2">'
        f'<h3 class="entry-title"><a href="{href}">{title}</a></h3>'
        f'<div class="introduction">{words}</div></div></li>'
    )


MEETINGS = entry(
    "22 septembre",
    "Rencontre au café",
    "Rencontre-9001.html",
    "Le mardi 22 septembre, au Café de la Gare, 12, rue de la Paix, Lyon 2e, rencontre autour de l’article "
    "« Les villes et leurs fleuves » publié dans le numéro de septembre : une heure de lecture et de débat.",
) + entry(
    "14 octobre",
    "Débat à la librairie",
    "Debat-9002.html",
    "Le mercredi 14 octobre, à la librairie du Quai, 3, quai Saint-Vincent, Lyon 1er, débat avec l’auteur d’un "
    "livre sur les fleuves d’Europe, suivi d’une signature et d’un verre offert par l’association.",
)


def listing(classes: str, tag: str = "div", heading: str = "Prochains rendez-vous") -> str:
    return f'<html><body><{tag} class="{classes}"><h3>{heading}</h3><ul>{MEETINGS}</ul></{tag}></body></html>'


def test_a_list_of_articles_a_theme_classes_as_a_menu_is_read() -> None:
    assert shown(listing("menu menu_articles rendezvous")) == [
        ("Débat à la librairie", "2026-10-14"),
        ("Rencontre au café", "2026-09-22"),
    ]


@pytest.mark.parametrize("heading", ["Rendez-vous passés", "Past events", "Vergangene Termine", "Archives"])
def test_a_menu_listing_headed_as_the_past_is_left_out(heading: str) -> None:
    # The group's record: its year-less days read into the coming year would be events that never happen.
    assert shown(listing("menu menu_articles", heading=heading)) == []


@pytest.mark.parametrize("heading", ["Prochains rendez-vous", "Rendez-vous", "À venir", "Upcoming"])
def test_a_menu_listing_headed_otherwise_is_read(heading: str) -> None:
    assert len(shown(listing("menu menu_articles", heading=heading))) == 2


@pytest.mark.parametrize(
    ("classes", "tag"),
    [
        ("menu menu_articles", "nav"),  # a <nav> is navigation whatever it holds
        ("navbar menu", "div"),  # a navbar too
        ("dropdown-menu", "div"),  # a dropdown's words beside the menu's
    ],
)
def test_navigation_by_its_tag_or_another_word_is_still_left_out(classes: str, tag: str) -> None:
    assert shown(listing(classes, tag)) == []


def test_a_menu_of_links_with_column_headings_and_dated_links_is_still_navigation() -> None:
    column = (
        '<li><h3><a href="/agenda">Agenda</a></h3><ul><li><a href="/agenda/22-septembre">Rencontre du 22 septembre'
        '</a></li><li><a href="/agenda/14-octobre">Débat du 14 octobre</a></li></ul></li>'
        '<li><h3><a href="/asso">L’association</a></h3><ul><li><a href="/qui">Qui sommes-nous ?</a></li>'
        '<li><a href="/contact">Nous contacter</a></li><li><a href="/adherer">Adhérer</a></li></ul></li>'
    )
    page = f'<html><body><div class="menu"><ul>{column}</ul></div><h1>Lyon</h1><p>Bienvenue.</p></body></html>'
    assert shown(page) == []


# --- a place classed in another language's word ----------------------------------------------------------------------
DETAIL = """<html lang="fr"><head><title>Trio Lumière – Salle Rameau</title></head><body><div class="content">
<h2 class="event-title">Trio Lumière</h2>
<div class="evenement_date">Samedi 17 octobre 2026 à 20h30</div>
<div class="{classes}">Salle Rameau, Grand Auditorium<br/>29 quai Saint-Vincent - 69001 Lyon</div>
<p>Un trio à cordes joue Schubert et Ravel.</p></div></body></html>"""


@pytest.mark.parametrize("classes", ["evenement_salle", "event-lieu", "veranstaltungsort", "luogo-evento"])
def test_a_detail_pages_place_classed_in_another_language_is_read(classes: str) -> None:
    [event] = read(DETAIL.format(classes=classes), url="https://salle.example.fr/evenement/trio-lumiere/")
    assert event["title"] == "Trio Lumière"
    assert local_minute(dt.datetime.fromisoformat(event["start"]), PARIS) == "2026-10-17 20:30"
    assert "Salle Rameau" in (event.get("venue_name") or "") + (event.get("address") or "")


@pytest.mark.parametrize("classes", ["sort-options", "porte-monnaie", "milieu", "plats", "local-news"])
def test_a_class_holding_such_a_word_only_inside_another_names_no_place(classes: str) -> None:
    [event] = read(DETAIL.format(classes=classes), url="https://salle.example.fr/evenement/trio-lumiere/")
    assert not event.get("venue_name")


@pytest.mark.parametrize(
    ("classes", "found"),
    [
        ("evenement_salle", True),
        ("event-lieu", True),
        ("spielort", True),
        ("card__miejsce", True),
        ("salles-de-bain", False),
        ("sorted", False),
        ("lieutenant", False),
        ("nested", False),
    ],
)
def test_the_class_words_are_whole_parts_of_a_class(classes: str, found: bool) -> None:
    assert bool(SINGLE_PLACE_CLASS.search(classes)) is found
    assert bool(CARD_PLACE_CLASS.search(classes)) is found


def test_the_class_words_read_hostile_text_in_linear_time() -> None:
    for pattern in (SINGLE_PLACE_CLASS, CARD_PLACE_CLASS, re.compile(_page_class_places.CLASS_PLACE_WORDS)):
        assert superlinear_shape(pattern) is None


# --- a card's time written where its text says its day again -------------------------------------------------------
def badge_card(badge: str, words: str, href: str = "Rencontre-9001.html", title: str = "Rencontre au café") -> str:
    return (
        f'<li class="hentry"><div><div class="daterdv">{badge}</div></div><div class="col-2">'
        f'<h3 class="entry-title"><a href="{href}">{title}</a></h3><div class="introduction">{words}</div></div></li>'
    )


def badge_page(*cards: str) -> str:
    return f"<html><body><ul>{''.join(cards)}</ul></body></html>"


OTHER = badge_card(
    "14 octobre", "Le mercredi 14 octobre, débat à la librairie du Quai.", "Debat-9002.html", "Débat à la librairie"
)


@pytest.mark.parametrize(
    "words",
    [
        "Le mardi 22 septembre à 18 h 30, au Café de la Gare, 12, rue de la Paix, Lyon 2e.",
        "Le mardi 22 septembre, 18:30, au Café de la Gare.",
        "Rencontre le 22 septembre à 18h30 au Café de la Gare.",
    ],
)
def test_a_badges_day_takes_the_time_its_sentence_writes_with_the_same_day(words: str) -> None:
    assert shown(badge_page(badge_card("22 septembre", words), OTHER)) == [
        ("Débat à la librairie", "2026-10-14"),
        ("Rencontre au café", "2026-09-22 18:30"),
    ]


@pytest.mark.parametrize(
    "words",
    [
        "Au Café de la Gare. Prochaine séance le 6 octobre à 18 h 30.",  # a time after another day
        "Le 22 septembre, au Café de la Gare, 12, rue de la Paix, ouvert dès 18 h 30.",  # the time far from the day
    ],
)
def test_a_time_after_another_day_or_far_from_the_day_is_not_the_cards(words: str) -> None:
    assert shown(badge_page(badge_card("22 septembre", words), OTHER)) == [
        ("Débat à la librairie", "2026-10-14"),
        ("Rencontre au café", "2026-09-22"),
    ]
