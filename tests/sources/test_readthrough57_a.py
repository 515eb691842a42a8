"""Read-through 57 (helper mendA): what a read-only review of the merged batches 116/117 and left42 found, each mended
with the smallest general change; each test is the reviewer's probe, beside the rule's own positive case.

1. A sentence under a date that opens with its time, an event's name "at"/"in" a venue and a street ("19:30 Quiz Night
   at The Crown, 12 High Street") was read whole as a venue's name and its street, its name lost
   (``_page_opening_places.place_sentence``): a lead with "at", or an "in" phrase that ends in a place's word, is an
   event and its place, not a venue's name.
2. Two words, a given name and a surname that is a place's word ("John Hall, Portland OR"), are a person, not a venue.
3. A record whose own words name UTC beside its "Z" stamp ("June 5, 2031 17:30 UTC") told the document's "Z" was a
   wall clock (``_json_z_said``): words that name their zone write an exact time.
4. After a card's hours, "Room: 204", "Stage: Main Hall", "The Crown: Upstairs" were read as another label's value
   (``_page_card_tail.labelled_place``): a place's part or a venue's name before a colon is the place.
5. "en plein air" and "1. Platz" (a rank) were read as a town's square (``_page_place_nouns``).
6. "22:00 – Ende" under a card's date gave the card its start (``_page_place_clock``): the end's word is no place.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import lxml.html
import pytest

from sources.adapters._json_z_said import z_said_local
from sources.adapters._page_card_tail import labelled_place, place_after_clock
from sources.adapters._page_clock_places import _place_before_clock
from sources.adapters._page_clock_sentences import opening_clock
from sources.adapters._page_opening_places import place_sentence
from sources.adapters._page_place_clock import place_line_clock
from sources.adapters._page_schedule import Entry

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def entry() -> Entry:
    return Entry(day=dt.date(2031, 6, 5), text="June 5, 2031")


# --- 1, 2: a sentence's opening place (_page_opening_places) -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        # left43: the street right after the venue is the venue's (_page_place_streets), no longer left in the name
        ("19:30 Quiz Night at The Crown, 12 High Street.", "Quiz Night", "The Crown, 12 High Street"),
        ("7pm, Bingo in the Village Hall, 3 Church Lane", "Bingo", "the Village Hall, 3 Church Lane"),
    ],
)
def test_an_event_at_a_venue_before_a_street_keeps_its_name(text: str, title: str, place: str) -> None:
    found = entry()
    assert opening_clock(found, text) is not None
    assert (found.title, found.location) == (title, place)


def test_a_venues_name_before_its_street_is_still_the_place() -> None:
    found = entry()
    assert opening_clock(found, "12:00, Performance Dogs in Action  7089 Pleasant Grove Road, Pleasant Grove, CA.")
    assert found.location == "Performance Dogs in Action 7089 Pleasant Grove Road, Pleasant Grove, CA"
    assert place_sentence("Hall of Fame 12 High Street, Leeds") == "Hall of Fame 12 High Street, Leeds"


@pytest.mark.parametrize("text", ["John Hall, Portland OR. Host.", "Mary Church, Leeds", "Lisa Chambers, Bristol"])
def test_a_person_whose_surname_is_a_places_word_is_no_venue(text: str) -> None:
    assert place_sentence(text) is None


def test_a_venue_named_with_a_places_word_and_its_town_is_still_a_place() -> None:
    assert place_sentence("Chief Solano Kennel Club, Vallejo CA.") == "Chief Solano Kennel Club, Vallejo CA"
    assert place_sentence("Village Hall, Leeds") == "Village Hall, Leeds"
    assert place_sentence("Corn Exchange Hall, Leeds") == "Corn Exchange Hall, Leeds"


# --- 3: words that name UTC (_json_z_said) --------------------------------------------------------------------------


def test_words_that_name_utc_do_not_make_the_z_a_wall_clock() -> None:
    record = {"start": "2031-06-05T17:30:00Z", "when": "June 5, 2031 17:30 UTC"}
    assert not z_said_local([record, dict(record)], NEW_YORK)
    offset = {"start": "2031-06-05T17:30:00Z", "when": "June 5, 2031 17:30 +00:00"}
    assert not z_said_local([offset, dict(offset)], NEW_YORK)


def test_words_that_write_the_stamps_clock_without_a_zone_still_do() -> None:
    record = {"start": "2031-06-05T17:30:00Z", "when": "Posted on June 5, 2031 5:30 PM"}
    assert z_said_local([record, dict(record)], NEW_YORK)


# --- 4: a place's part before a colon after the hours (_page_card_tail) --------------------------------------------


def card(line: str) -> object:
    return lxml.html.fromstring(f"<li><h3>Spring Concert</h3><p>{line}</p></li>")


@pytest.mark.parametrize(
    ("line", "place"),
    [("7:00 pm | Room: 204", "Room: 204"), ("7:30 pm - Stage: Main Hall", "Stage: Main Hall")],
)
def test_a_places_part_before_a_colon_is_the_place(line: str, place: str) -> None:
    assert place_after_clock(card(line)) == place


def test_a_venues_name_before_a_colon_stays_and_another_labels_value_is_none() -> None:
    assert labelled_place("The Crown: Upstairs") == "The Crown: Upstairs"
    assert labelled_place("Ort: Vereinsheim") == "Vereinsheim"
    assert labelled_place("Gegner: DC Triple 20") is None
    assert labelled_place("Info: bring a mat") is None


# --- 5: a square's word (_page_place_nouns) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Concert en plein air — 20h30", "Siegerehrung 1. Platz – 18:00", "Lauf 2.Platz – 9:00"]
)
def test_open_air_and_a_rank_are_no_square(line: str) -> None:
    assert _place_before_clock(line) is None


def test_a_square_is_still_a_place() -> None:
    assert _place_before_clock("Alter Platz – 18:00") == "Alter Platz"
    assert _place_before_clock("Het Plein – 20:30") == "Het Plein"


# --- 6: the end's word after a clock (_page_place_clock) -------------------------------------------------------------


@pytest.mark.parametrize("line", ["22:00 – Ende", "23:00 - Close", "Schluss, 23:30"])
def test_the_ends_word_after_a_clock_gives_no_start(line: str) -> None:
    assert place_line_clock(["Sa 3.5.2031", line], 0) is None


def test_a_place_after_a_clock_still_gives_the_start() -> None:
    hit = place_line_clock(["Sa 3.5.2031", "19:30 Uhr – Vereinslokal"], 0)
    assert hit is not None
    assert hit.start == dt.time(19, 30)
    hit = place_line_clock(["Sa 3.5.2031", "19:30 – Acacia Close"], 0)  # a street's "Close", not the end's
    assert hit is not None
