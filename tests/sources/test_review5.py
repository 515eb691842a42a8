"""Misreadings the review of the pages left items and batches 26 and 28 found, each on a small document of our own
that the page reader misread before its fix:

1. a venue whose name holds a remark's word ("The Doors Bar", "Ticket Hall", "Tickets Lounge") is a place, not a
   remark on doors or tickets: a "Location:" line naming it had lost its place (_page_not_places.REMARK).
3. a page in English (``<html lang="en-US">``) whose only table is headed in another language ("Fecha", "Lugar")
   writes its own slashed dates month first: that table's are day first, the English cards' no longer
   (_page_intl.slashed_day_first, day_first_tables). "3/4/2027" on a US card had read as the 3rd of April.

And of APIs batch 23:

2. sessions of an event held before its main day, each at a place of its own (a marathon's expo and kids' race
   before the race), are the reading: only a list whose items have no place of their own (ticket releases, sales
   windows) gives way to the object holding it (_json_before). They had been dropped for the one race day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters import _page_not_places, _page_place_nouns
from sources.adapters._page_not_places import a_remark
from tests.hostile import superlinear_shape
from tests.sources.helpers import parse_json
from tests.sources.test_heldout23_apis import WINDOW
from tests.sources.test_page_left_items import LONDON, NEW_YORK, events_of, read


def card_page(place: str) -> str:
    return f"""<html><body><main><h1>Gigs</h1>
<div class="event-card"><h2>The Quiet Band</h2><p>Sat 14 Mar 2027, 8:00pm</p><p>Location: {place}</p></div>
<div class="event-card"><h2>Loud Band</h2><p>Sun 15 Mar 2027, 8:00pm</p><p>Location: {place}</p></div>
</main></body></html>"""


@pytest.mark.parametrize("place", ["The Doors Bar", "Ticket Hall", "The Ticket Office, 3 High St"])
def test_a_venue_named_with_a_remarks_word_is_a_place(place: str) -> None:
    events = events_of(card_page(place), LONDON, dt.datetime(2027, 1, 1, tzinfo=LONDON))
    assert [event.venue_name for event in events] == [place, place]


@pytest.mark.parametrize("place", ["The Doors Bar", "Ticket Hall", "Doors Club"])
def test_a_name_with_doors_or_tickets_is_no_remark(place: str) -> None:
    assert not a_remark(place)


@pytest.mark.parametrize(
    "remark", ["Doors Open", "Doors 7pm", "Tickets on sale now", "Tickets: Box Office", "Free Entry", "Door tax"]
)
def test_remarks_are_still_remarks(remark: str) -> None:
    assert a_remark(remark)


def test_the_place_nouns_stay_linear() -> None:
    assert superlinear_shape(_page_place_nouns.PLACE_NOUN) is None
    assert superlinear_shape(_page_not_places.REMARK) is None


def test_sessions_at_their_own_places_before_the_main_day_are_events() -> None:
    document = {
        "event": {
            "title": "Harbour Marathon",
            "location": "Harbourtown",
            "start_date": "2031-05-22",
            "sessions": [
                {
                    "title": "Race expo",
                    "start_at": "2031-05-20T10:00:00+01:00",
                    "end_at": "2031-05-20T18:00:00+01:00",
                    "location": "Exhibition Hall",
                },
                {
                    "title": "Kids race",
                    "start_at": "2031-05-21T09:00:00+01:00",
                    "end_at": "2031-05-21T11:00:00+01:00",
                    "location": "Harbour Park",
                },
            ],
        }
    }

    events = parse_json(document, window=WINDOW, zone=LONDON)[1]

    assert [(event.title, event.venue_name) for event in events] == [
        ("Race expo", "Exhibition Hall"),
        ("Kids race", "Harbour Park"),
    ]


US_PAGE_WITH_A_SPANISH_TABLE = """<html lang="en-US"><body><main><h1>Community calendar</h1>
<div class="event-card"><h2>Town meeting</h2><p>3/4/2027 7:00 PM</p><p>City Hall</p></div>
<div class="event-card"><h2>Park cleanup</h2><p>4/5/2027 9:00 AM</p><p>Oak Park</p></div>
<h2>Clases en español</h2>
<table><tr><th>Fecha</th><th>Hora</th><th>Evento</th><th>Lugar</th></tr>
<tr><td>3/4/2027</td><td>18:00</td><td>Inglés básico</td><td>Biblioteca Central</td></tr>
<tr><td>4/5/2027</td><td>18:00</td><td>Computación</td><td>Biblioteca Central</td></tr></table>
</main></body></html>"""


def test_an_english_page_keeps_its_slashed_dates_month_first_beside_a_spanish_table() -> None:
    found = read(US_PAGE_WITH_A_SPANISH_TABLE, NEW_YORK)

    assert ("Town meeting", "2027-03-04 19:00", None) in found
    assert ("Park cleanup", "2027-04-05 09:00", None) in found
    spanish = [row for row in found if row[0] in ("Inglés básico", "Computación")]
    assert [row[1] for row in spanish] in ([], ["2027-04-03 18:00", "2027-05-04 18:00"])
