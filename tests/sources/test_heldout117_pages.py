"""The hundred-and-seventeenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout117.json: a
German darts club's "Termine" cards, a Swiss improvisation troupe's "Prochaines dates" in French, an Italian
re-enactment week's programme, and two hard negatives, a German band's empty "Termine" page and a French cinema's
undated showtimes; measured once at 3e60b0dd), on small documents of our own:

* "19:30 Uhr – Vereinslokal" under a card's date and heading gave no start (the clock first, then the place): the
  card was dated all day; "· ore 20:00" after a place was not read either (``_page_place_clock``).
* "Piazza G. Garibaldi · ore 20:00" gave no place: a bullet and the clock's Italian word stood between
  (``_page_clock_places``, ``_page_place_nouns``: a town's square).
* "18:00 Uhr – Gegner: DC Triple 20" gave the opponent as the place (``_page_card_tail.labelled_place``).
* "<h1>Archives</h1> <h1>2025</h1>" over past shows: the year's heading hid the archive's label, and the past shows
  were read beside the coming ones (``_page_archive_years``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html
import pytest

from sources.adapters import _page_archive_years, _page_place_clock
from sources.adapters._page_card_tail import labelled_place
from sources.adapters._page_clock_places import place_before_clock
from tests.sources.helpers import read_page
from tests.sources.test_heldout114_pages import by_title

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
ROME = zoneinfo.ZoneInfo("Europe/Rome")
ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
MARCH = dt.datetime(2031, 3, 1, 9)  # noqa: DTZ001  (wall-clock, in each reader's zone)
read_de = functools.partial(read_page, url="https://club.example/termine", zone=BERLIN, start=MARCH)
read_it = functools.partial(read_page, url="https://palio.example/programma", zone=ROME, start=MARCH)
read_ch = functools.partial(read_page, url="https://impro.example/spectacles", zone=ZURICH, start=MARCH)


def page(body: str, title: str = "Termine", lang: str = "de") -> str:
    """``body`` in a page of its own under an <h1> ``title``."""
    return f'<html lang="{lang}"><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>'


def card(day: str, name: str, line: str) -> str:
    return (
        f'<div class="termin-card"><div class="termin-date">{day}</div>'
        f'<div class="termin-info"><h2>{name}</h2><p>{line}</p></div></div>'
    )


COMING = [
    card("15. März 2031", "Ligaspiel Heim", "19:30 Uhr – Vereinslokal"),
    card("05. April 2031", "Vereinsmeisterschaft", "Start: 14:00 Uhr"),
    card("20. April 2031", "Auswärtsspiel", "18:00 Uhr – Gegner: DC Triple 20"),
]
CARDS = page(f'<div class="termine-list">{"".join(COMING)}</div>')


def test_a_cards_clock_before_its_place_is_its_start() -> None:
    events = by_title(read_de(CARDS))

    assert events["Ligaspiel Heim"]["start"] == "2031-03-15T19:30:00+01:00"
    assert events["Ligaspiel Heim"]["venue_name"] == "Vereinslokal"
    assert events["Vereinsmeisterschaft"]["start"] == "2031-04-05T14:00:00+02:00"
    assert events["Auswärtsspiel"]["start"] == "2031-04-20T18:00:00+02:00"


def test_without_the_clock_first_shape_the_cards_are_read_all_day(monkeypatch: pytest.MonkeyPatch) -> None:
    never = type("Never", (), {"match": staticmethod(lambda text: None)})
    monkeypatch.setattr(_page_place_clock, "CLOCK_THEN_PLACE", never)

    events = by_title(read_de(CARDS))

    assert events["Ligaspiel Heim"]["start"] == "2031-03-15"


@pytest.mark.parametrize(
    "line",
    [
        "19:00 Uhr – Einlass",  # the doors, not the start
        "12:00 – Anmeldeschluss",  # a deadline
        "19:00 – 5 €",  # a price, no word
    ],
)
def test_a_clock_before_the_doors_a_deadline_or_a_price_is_no_start(line: str) -> None:
    events = read_de(page(card("15. März 2031", "Ligaspiel Heim", line) + card("05. April 2031", "Turnier", "—")))

    assert by_title(events)["Ligaspiel Heim"]["start"] == "2031-03-15"


def test_another_labels_value_after_the_hours_is_no_place() -> None:
    events = by_title(read_de(CARDS))

    assert events["Auswärtsspiel"]["venue_name"] is None
    assert labelled_place("Gegner: DC Triple 20") is None
    assert labelled_place("Opponent: Leeds United") is None
    assert labelled_place("Ort: Vereinsheim") == "Vereinsheim"
    assert labelled_place("Vereinslokal") == "Vereinslokal"


def timeline(day: str, name: str, where: str) -> str:
    return (
        f'<div class="timeline-content"><div class="timeline-date">{day}</div>'
        f'<div class="timeline-title">{name}</div><p class="timeline-desc">Corteo storico per le vie del paese.</p>'
        f'<div class="timeline-location">{where}</div></div>'
    )


def test_a_place_and_its_clock_after_a_bullet_and_the_languages_word() -> None:
    body = (
        '<div class="timeline">'
        + timeline("Domenica 7 Settembre 2031", "Apertura: Giuramento", "Piazza G. Garibaldi · ore 20:00")
        + timeline("Sabato 13 Settembre 2031", "Giochi per Bambini", "Piazza Santi Patroni")
        + timeline("Domenica 14 Settembre 2031", "Corteo Storico", "Centro Storico di Cave")
        + "</div>"
    )

    events = by_title(read_it(page(body, "Programma 2031", "it")))

    assert events["Apertura: Giuramento"]["start"] == "2031-09-07T20:00:00+02:00"
    assert events["Apertura: Giuramento"]["venue_name"] == "Piazza G. Garibaldi"
    assert place_before_clock(["Teatro Comunale • alle ore 21:00"]) == "Teatro Comunale"


@pytest.mark.parametrize(
    "line",
    [
        "Salle 1 • Sci-Fi • 2h46",  # a film's screen, genre and length run together
        "Sala 2 • dopo cena 21:00",  # words before the hour that are no clock's word
        "Piazza del Popolo • 5 €",  # a price
    ],
)
def test_facts_run_together_by_bullets_are_no_place_and_hour(line: str) -> None:
    assert place_before_clock([line]) is None


ARCHIVE = (
    "<h1>Prochaines dates</h1>"
    '<div class="gallery"><div class="event"><div class="titre">À l\'Abysse</div>'
    '<div class="date">Date: jeudi 11.12.2031 à 20h30</div><div class="lieu">Lieu: Explorit, Yverdon-les-Bains</div></div>'
    '<div class="event"><div class="titre">GIN | Captain Neo</div>'
    '<div class="date">Date: samedi 10.01.2032 à 20h</div><div class="lieu">Lieu: Cazard, Lausanne</div></div></div>'
    "<h1>{label}</h1><h1>2031</h1>"
    '<div class="gallery"><div class="event"><div class="titre">GIN | Heidi</div>'
    '<div class="date">Date: vendredi 05.12.2031 à 20h</div><div class="lieu">Lieu: Cazard, Lausanne</div></div>'
    '<div class="event"><div class="titre">COSMIC - Championnat Romand</div>'
    '<div class="date">Date: jeudi {cosmic} à 19h30</div><div class="lieu">Lieu: Smaggy resto/bar</div></div></div>'
)
DECEMBER = dt.datetime(2031, 12, 8, 9)  # noqa: DTZ001


def archive_titles(label: str, cosmic: str = "06.11.2031") -> list[str]:
    body = f'<html lang="fr"><body>{ARCHIVE.format(label=label, cosmic=cosmic)}</body></html>'
    return sorted(
        event["title"] for event in read_page(body, url="https://impro.example/", zone=ZURICH, start=DECEMBER)
    )


def test_a_years_heading_under_the_archives_label_is_the_listings_past() -> None:
    assert archive_titles("Archives") == ["GIN | Captain Neo", "À l'Abysse"]


def test_without_the_archives_year_reading_the_past_shows_are_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sources.adapters._page_past_sections.archive_year", lambda heading: None)
    monkeypatch.setattr("sources.adapters._page_past_cards.archive_year", lambda heading: None)

    assert "GIN | Heidi" in archive_titles("Archives")


def test_a_years_heading_under_another_heading_or_with_a_show_to_come_is_read() -> None:
    assert "GIN | Heidi" in archive_titles("Spectacles")  # "Spectacles" then "2031": no statement of the past
    assert "GIN | Heidi" in archive_titles("Archives", cosmic="18.12.2031")  # one of the year's is still to come


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<div><h1>Archives</h1><h1>2025</h1></div>", "Archives 2025"),
        ("<div><h2>Vergangene Termine</h2><h2>2026</h2><p>x</p><h2>2025</h2></div>", "Vergangene Termine 2025"),
        ("<div><h1>Programme</h1><h1>2025</h1></div>", None),  # not a past label
        ("<div><h1>Archives</h1><h1>Contact</h1><h1>2025</h1></div>", None),  # another heading between
        ("<div><h2>Archives</h2><h1>News</h1><h2>2025</h2></div>", None),  # a higher heading between
        ("<div><h1>Archives</h1><h1>Saison 2025/26</h1></div>", None),  # more than a year
    ],
)
def test_archive_year(html: str, expected: str | None) -> None:
    root = lxml.html.fromstring(html)
    heading = root.xpath("(//h1|//h2)[last()]")[0]

    assert _page_archive_years.archive_year(heading) == expected


PAST = [
    card("11. Januar 2031", "Neujahrsturnier", "14:00 Uhr – Vereinslokal"),
    card("01. Februar 2031", "Ligaspiel Heim", "19:30 Uhr – Vereinslokal"),
    card("22. Februar 2031", "Pokalspiel", "19:00 Uhr"),
]
ARCHIVED_CARDS = (
    f'<div class="termine-list">{"".join(COMING)}</div><h2>Archiv</h2><h2>2031</h2>'
    f'<div class="termine-list">{"".join(PAST)}</div>'
)


def test_cards_under_an_archives_year_heading_are_the_listings_past() -> None:
    events = read_de(page(ARCHIVED_CARDS))

    assert sorted(event["start"][:10] for event in events) == ["2031-03-15", "2031-04-05", "2031-04-20"]


def test_without_the_archives_year_reading_the_past_cards_are_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sources.adapters._page_past_cards.archive_year", lambda heading: None)

    assert len(read_de(page(ARCHIVED_CARDS))) == 6
