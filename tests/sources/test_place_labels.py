"""One vocabulary of place labels for every page reader (helper placelabels), on small documents of our own.

The single-page reader (_page_single_place.WHERE_LABEL), the card reader (_page_cards.WHERE_LABEL) and the line
readers (_page_words.PLACE_LABEL) each knew a different set of words that label a place; now all three build their
patterns from _place_labels, and each keeps its own rule for where the label stands. A label word that starts a
sentence or a title ("Placement of…", "Where next?", "Location scouting workshop") labels nothing. A place a template
starts with stray punctuation ("`Swing Studio") loses it where every reader's record is made (RawEvent).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_cards, _page_single_place, _page_words, _place_labels
from sources.adapters.base import RawEvent, place_text
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read = functools.partial(
    read_page, url="https://rathaus.example.org/termine/1", zone=BERLIN, start=dt.datetime(2027, 3, 1, tzinfo=BERLIN)
)


def places(body: str) -> list[tuple[str, str | None]]:
    return [(event["title"], event.get("venue_name")) for event in read(body)]


def one_page(lang: str, title: str, *lines: str) -> str:
    rows = "".join(f"<p>{line}</p>" for line in lines)
    return f'<html lang="{lang}"><body><h1>{title}</h1>{rows}</body></html>'


# A page about one event whose place line uses a label the single-page reader did not know.
@pytest.mark.parametrize(
    ("lang", "title", "when", "label", "place"),
    [
        ("de", "Bauausschuss", "Datum: 12.04.2027, 18:00 Uhr", "Raum: Sitzungssaal 2", "Sitzungssaal 2"),
        ("es", "Taller de cerámica", "Fecha: 12/04/2027 18:00", "Lugar: Casa de la Cultura", "Casa de la Cultura"),
        ("fr", "Atelier vélo", "Date : 12/04/2027 à 18h00", "Lieu : Salle des fêtes", "Salle des fêtes"),
        ("nl", "Repair café", "Datum: 12-04-2027 18:00", "Locatie: De Kroon, Markt 1", "De Kroon, Markt 1"),
        ("en", "Board meeting", "April 12, 2027 at 6:00 pm", "Room: Council Chamber", "Council Chamber"),
    ],
)
def test_a_single_page_reads_every_place_label(lang: str, title: str, when: str, label: str, place: str) -> None:
    assert places(one_page(lang, title, when, label, "Alle sind willkommen.")) == [(title, place)]


@pytest.mark.parametrize(
    "line",
    [
        "The room was full last time, so come early.",
        "Placement of the new benches will be discussed.",  # "Place" is no label inside a word
        "Where next? Read the minutes of the last meeting.",  # a question about something else
        "Location scouting for the summer film is on the agenda.",
    ],
)
def test_a_label_word_in_a_sentence_labels_no_place(line: str) -> None:
    assert places(one_page("en", "Board meeting", "April 12, 2027 at 6:00 pm", line)) == [("Board meeting", None)]


def test_a_label_over_its_place_on_the_next_line_still_labels_it() -> None:
    page = '<html lang="en"><body><h1>Board meeting</h1><p>April 12, 2027 at 6:00 pm</p><dl><dt>Venue</dt>'
    page += "<dd>Council Chamber</dd></dl></body></html>"
    assert places(page) == [("Board meeting", "Council Chamber")]


def cards(*bodies: str) -> str:
    inner = "".join(f'<div class="event">{body}</div>' for body in bodies)
    return f'<html lang="de"><body><div class="events">{inner}</div></body></html>'


def test_a_card_reads_a_room_label_before_its_place() -> None:
    page = cards(
        "<h3>Bauausschuss</h3><p>12.04.2027, 18:00 Uhr</p><p>Raum: Sitzungssaal 2</p>",
        "<h3>Finanzausschuss</h3><p>19.04.2027, 18:00 Uhr</p><p>Raum: Sitzungssaal 3</p>",
    )
    assert places(page) == [("Bauausschuss", "Sitzungssaal 2"), ("Finanzausschuss", "Sitzungssaal 3")]


@pytest.mark.parametrize("label", ["Veranstaltungsort", "Raum", "Room", "Adresse", "Salle"])
def test_a_card_reads_a_label_element_over_its_place(label: str) -> None:
    page = cards(
        f"<h3>Lesung</h3><p>12.04.2027, 18:00 Uhr</p><span>{label}</span><span>Alte Mühle</span>",
        f"<h3>Konzert</h3><p>19.04.2027, 18:00 Uhr</p><span>{label}</span><span>Kulturscheune</span>",
    )
    assert places(page) == [("Lesung", "Alte Mühle"), ("Konzert", "Kulturscheune")]


def test_a_badge_that_says_local_is_no_place_label() -> None:
    page = cards(
        "<h3>Lesung</h3><p>12.04.2027, 18:00 Uhr</p><span>Local</span><span>Aus der Nachbarschaft</span>",
        "<h3>Konzert</h3><p>19.04.2027, 18:00 Uhr</p><span>Local</span><span>Aus der Nachbarschaft</span>",
    )
    assert places(page) == [("Lesung", None), ("Konzert", None)]


def test_a_card_titled_with_a_label_word_keeps_its_title() -> None:
    page = cards(
        "<h3>Location scouting workshop</h3><p>12.04.2027, 18:00 Uhr</p><p>Ort: Filmhaus</p>",
        "<h3>Venue management basics</h3><p>19.04.2027, 18:00 Uhr</p><p>Ort: Kulturscheune</p>",
    )
    assert places(page) == [("Location scouting workshop", "Filmhaus"), ("Venue management basics", "Kulturscheune")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Raum: Sitzungssaal 2", "Sitzungssaal 2"),
        ("Lugar: Casa de la Cultura", "Casa de la Cultura"),
        ("Address: 12 Oak St", "12 Oak St"),
        ("Wo? Stadthalle", "Stadthalle"),
        ("地点：市民会館", "市民会館"),
        ("Local: Teatro Municipal", "Teatro Municipal"),
    ],
)
def test_the_line_label_knows_the_same_words(text: str, place: str) -> None:
    label = _page_words.PLACE_LABEL.match(text)
    assert label is not None
    assert label.group("place") == place


@pytest.mark.parametrize(
    "text", ["The room was full", "Location scouting workshop", "Where next?", "Placement test", "Local news"]
)
def test_no_reader_takes_a_label_word_inside_a_sentence(text: str) -> None:
    assert _page_words.PLACE_LABEL.match(text) is None
    assert _page_cards.WHERE_LABEL.match(text) is None
    single = _page_single_place.WHERE_LABEL.match(text)
    assert single is None or single.end() == len(text)  # "Where next?" is no "Where?" either


@pytest.mark.parametrize(
    ("written", "place"),
    [
        ("`Swing Studio, 12 Main St", "Swing Studio, 12 Main St"),
        ("• Town Hall", "Town Hall"),
        (": Room 4", "Room 4"),
        ("– Kaserne", "Kaserne"),
        ("'s-Hertogenbosch", "'s-Hertogenbosch"),  # an apostrophe opens a name
        ("(Online)", "(Online)"),
        ("#12 Studio", "#12 Studio"),
        ("-", None),
    ],
)
def test_a_place_loses_the_templates_punctuation_before_it(written: str, place: str | None) -> None:
    assert place_text(written) == place
    event = RawEvent(source="t", external_id="1", title="Swing night", start=dt.date(2027, 4, 12), venue_name=written)
    assert event.venue_name == place


def test_a_page_place_with_a_stray_backtick_is_read_without_it() -> None:
    page = one_page("en", "Swing night", "April 12, 2027 at 8:00 pm", "Venue: `Swing Studio, 12 Main St")
    assert places(page) == [("Swing night", "Swing Studio, 12 Main St")]


@pytest.mark.parametrize("name", ["LABEL_ALONE", "LABEL_BEFORE", "LABEL_IN_TEXT"])
def test_the_label_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(getattr(_place_labels, name)) is None
    assert superlinear_shape(_page_single_place.WHERE_LABEL) is None
