"""An adversarial review of the session's rules (batches apis52, apis53, feeds51, pages78, cats23; helper review24):
ordinary documents each rule read wrong, on small documents of our own, each beside its hard negative.

- An id that reads as a date ("<doc-id id-string="20310512:1">", "id": "20310612") was taken for the start by its
  shape alone: an id names the record, it never dates it (``_json_fields.Sample.moments``). Not: a date under a key
  that says nothing (still read by its shape), a named date beside the id.
- A title glued to a body, a programme or an activity ("councilname", "programmename", "activitytitle", feeds51's
  ``GLUED_TITLE_HEADS``) outranked the event's own "eventname" or "name", and one body's name on every record titled
  them all: such a glued title now weighs below a plain name, and is none when every record has the same
  (``_json_other_words.glued_to_body``). Not: ModernGov's "committeetitle" alone, "meetingtitle".
- A game's own name under a key that says it is a sports event's ("sportsEventName": "Derby Day") was taken for the
  sport every game is of (apis52's "sport" in ``_json_sides.COMPETITION_WORDS``) and replaced by the sides. Not: The
  Odds API's "sport_title": "NBA" on every game.
- A field moved to the title's language (apis52's "location_fi" → "location_en") lost its value where that
  language's is empty ("location_en": "" beside "location_de": "Rathaus"): the first language's is now its fallback
  (``_json_languages``). Not: a record whose field is filled in the title's language reads it there.
- "alle" led into a time as Italian's "at", so German's and the Nordic languages' "für alle", "for alle" (for
  everyone) lost their last word ("Yoga für" at 18:00; ``_page_words.LEADS_INTO``). Not: "Concerto alle 21:00".
- A year-less slashed day with its time that closes a run or a list ("22/05 a 25/05 - 20:00", "Dal 22/05 al 25/05
  alle 21:00", "Sessões 14/06 e 15/06 às 20:00") dated a season on its last day (``_page_intl.numeric_accepted``). Not: "22/05 às 19:00" alone.
- A ticket sale's run ending on a card's day label ("Voorverkoop 01-08-2031 t/m 11-09-2031" under "11 september")
  made the concert a six-week run (``_page_label_runs.SALE_LEAD``). Not: the run with no sale word before it.
- A historical figure's guided tour ("Charles Dickens: Guided Tour", "Martha Stewart: Wine Tour", "Benjamin
  Franklin: Historic Philadelphia Tour") was narrowed to music or comedy as a performer's tour
  (``events/pipeline/categorize/touring.py``). Not: the performers' tours of its own tests.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from events.pipeline.categorize.touring import performer_tour
from sources.adapters._page_label_runs import labelled_run
from sources.adapters._page_words import residue
from tests.sources.helpers import json_events, read_events, read_page
from tests.sources.test_heldout51_feeds import LONDON, OSLO, WINDOW
from tests.sources.test_heldout78_pages import FIXTURES, ITEM, _agenda, read_nl, read_pt

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read_json = functools.partial(json_events, window=WINDOW, zone=LONDON)


def titles_and_starts(events: list[dict]) -> list[tuple[str, str]]:
    return [(event["title"], event["start"]) for event in events]


# --- an id is no date ------------------------------------------------------------------------------------------

STORY = """<?xml version="1.0" encoding="utf-8"?>
<nitf version="-//IPTC//DTD NITF 3.2//EN"><head><title>Harbour bridge closes for repairs</title>
<docdata><doc-id regsrc="agency.example" id-string="20310512:1"/></docdata>
</head><body><body.content><p>The bridge closes on Monday.</p></body.content></body></nitf>"""


def test_an_id_that_reads_as_a_date_dates_nothing() -> None:
    assert read_events(STORY.encode(), window=WINDOW, zone=OSLO) == []
    listing = b'<events><event id="20310612"><title>Quay concert</title></event><event id="20310613"><title>Quay dance</title></event></events>'
    assert read_events(listing, window=WINDOW, zone=LONDON) == []
    assert (
        read_json({"events": [{"id": "20310612", "name": "Quay concert"}, {"id": "20310613", "name": "Quay dance"}]})
        == []
    )
    assert (
        read_json(
            {"events": [{"uid": "2031-06-12", "name": "Quay concert"}, {"uid": "2031-06-13", "name": "Quay dance"}]}
        )
        == []
    )


def test_a_date_beside_the_id_or_under_a_silent_key_is_read() -> None:
    named = read_json({"events": [{"id": "20310612", "name": "Quay concert", "when": "2031-06-14"},
                                  {"id": "20310613", "name": "Quay dance", "when": "2031-06-15"}]})  # fmt: skip
    assert titles_and_starts(named) == [("Quay concert", "2031-06-14"), ("Quay dance", "2031-06-15")]
    silent = read_json({"events": [{"id": 1, "name": "Quay concert", "slot": "2031-06-12T19:00:00"},
                                   {"id": 2, "name": "Quay dance", "slot": "2031-06-13T20:00:00"}]})  # fmt: skip
    assert titles_and_starts(silent) == [
        ("Quay concert", "2031-06-12T19:00:00+01:00"),
        ("Quay dance", "2031-06-13T20:00:00+01:00"),
    ]


# --- a title glued to a body, a programme or an activity -------------------------------------------------------


def test_a_programmes_or_an_activitys_glued_title_gives_way_to_the_events_own() -> None:
    programme = read_json({"events": [
        {"programmename": "Summer Festival 2031", "eventname": "Opening concert", "start": "2031-06-02T18:00:00"},
        {"programmename": "Summer Festival 2031", "eventname": "Poetry slam", "start": "2031-06-05T10:00:00"}]})  # fmt: skip
    assert [event["title"] for event in programme] == ["Opening concert", "Poetry slam"]
    classes = read_json({"classes": [
        {"activitytitle": "Swimming", "name": "Lane swim (adults)", "start": "2031-06-02T09:00:00"},
        {"activitytitle": "Swimming", "name": "Family splash", "start": "2031-06-02T11:00:00"}]})  # fmt: skip
    assert [event["title"] for event in classes] == ["Lane swim (adults)", "Family splash"]
    meetings = read_json({"meetings": [
        {"councilname": "Leeds City Council", "meetingname": "Planning Committee", "date": "2031-06-02T18:00:00"},
        {"councilname": "Leeds City Council", "meetingname": "Licensing", "date": "2031-06-05T10:00:00"}]})  # fmt: skip
    assert [event["title"] for event in meetings] == ["Planning Committee", "Licensing"]


def test_a_committees_glued_title_alone_still_names_its_meetings() -> None:
    alone = read_json({"meetings": [
        {"committeetitle": "Planning Committee", "meetingdate": "2031-06-02T18:00:00"},
        {"committeetitle": "Licensing", "meetingdate": "2031-06-05T10:00:00"}]})  # fmt: skip
    assert [event["title"] for event in alone] == ["Planning Committee", "Licensing"]
    one = read_json({"meetings": [
        {"committeetitle": "Planning Committee", "meetingdate": "2031-06-02T18:00:00"},
        {"committeetitle": "Planning Committee", "meetingdate": "2031-06-09T18:00:00"}]})  # fmt: skip
    assert [event["title"] for event in one] == ["Planning Committee", "Planning Committee"]
    beside = read_json({"meetings": [
        {"councilname": "Leeds City Council", "meetingtitle": "Planning Committee", "meetingdate": "2031-06-02T18:00:00"},
        {"councilname": "York Council", "meetingtitle": "Executive", "meetingdate": "2031-06-06T17:30:00"}]})  # fmt: skip
    assert [event["title"] for event in beside] == ["Planning Committee", "Executive"]


# --- "für alle" keeps its word ---------------------------------------------------------------------------------

ALLE = """<html lang="de"><head><title>Veranstaltungen</title></head><body><h1>Veranstaltungen im Stadtteilhaus</h1>
<ul class="events"><li class="event">Sa. 14.06.2031 Yoga für alle 18:00 Uhr</li>
<li class="event">So. 15.06.2031 Offenes Singen für alle 19:00 Uhr</li>
<li class="event">Mi. 18.06.2031 Lesung: Neue Bücher 20:00 Uhr</li></ul></body></html>"""


def test_for_everyone_keeps_its_last_word_before_a_time() -> None:
    events = read_page(
        ALLE,
        url="https://stadtteil.example/veranstaltungen",
        zone=BERLIN,
        start=dt.datetime(2031, 5, 1, 9),  # noqa: DTZ001
    )
    assert [event["title"] for event in events] == ["Yoga für alle", "Offenes Singen für alle", "Lesung: Neue Bücher"]
    assert residue("Konsert for alle 19:00", [(17, 22)], []) == "Konsert for alle"
    assert residue("Kino an alle 20:00", [(13, 18)], []) == "Kino an alle"


def test_italians_alle_still_leads_into_its_time() -> None:
    assert residue("Concerto alle 21:00", [(14, 19)], []) == "Concerto"
    assert residue("Aperitivo in piazza alle 19:00", [(25, 30)], []) == "Aperitivo in piazza"


# --- a slashed day closing a run -------------------------------------------------------------------------------

RUNS = (
    '<html lang="pt-BR"><body><h1>Programação</h1>'
    '<div class="evento"><h3>Hamlet</h3><p>{first}</p><p>Teatro Municipal</p></div>'
    '<div class="evento"><h3>Macbeth</h3><p>{second}</p><p>Teatro Municipal</p></div></body></html>'
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("22/05 a 25/05 - 20:00", "29/05 a 01/06 - 20:00"),
        ("22/05 - 25/05, 20:00", "29/05 - 01/06, 20:00"),
        ("Dal 22/05 al 25/05 alle 21:00", "Dal 29/05 al 01/06 alle 21:00"),
        ("Sessões 14/06 e 15/06 às 20:00", "Sessões 21/06 e 22/06 às 20:00"),  # a list of days: not its last alone
        ("Sessões 14/06, 15/06 - 20:00", "Sessões 21/06, 22/06 - 20:00"),
    ],
)
def test_a_slashed_day_that_closes_a_run_is_not_its_day(first: str, second: str) -> None:
    assert read_pt(RUNS.format(first=first, second=second)) == []


def test_a_slashed_day_with_its_time_alone_is_still_a_day() -> None:
    events = read_pt(FIXTURES.format(first="22/05 às 19:00", second="Rodada 3/38 - 30/05, 21:30"))
    assert [event["start"] for event in events] == ["2031-05-22T19:00:00-03:00", "2031-05-30T21:30:00-03:00"]


# --- a sale's run under a day label ----------------------------------------------------------------------------


def test_a_ticket_sale_ending_on_the_label_day_is_no_run() -> None:
    events = read_nl(_agenda(
        ITEM.format(n=1, day="11", title="Jubileumconcert", when="Voorverkoop 01-08-2031 t/m 11-09-2031"),
        ITEM.format(n=2, day="11", title="Slotconcert", when="Kaarten verkrijgbaar van 01-08-2031 tot 11-09-2031"),
    ))  # fmt: skip
    assert [(e["title"], e["start"], e["end"]) for e in events] == [
        ("Jubileumconcert", "2031-09-11", None),
        ("Slotconcert", "2031-09-11", None),
    ]
    assert labelled_run(dt.date(2031, 9, 11), "Tickets on sale 01/08/2031 - 11/09/2031") is None


def test_a_run_with_no_sale_word_before_it_is_still_the_run() -> None:
    assert labelled_run(dt.date(2031, 9, 11), "Expositie 28-08-2031 t/m 11-09-2031") == (
        dt.date(2031, 8, 28),
        dt.date(2031, 9, 11),
    )
    # A sale word in an earlier sentence does not reach the run.
    assert labelled_run(dt.date(2031, 9, 11), "Tickets at the door. 28-08-2031 t/m 11-09-2031") == (
        dt.date(2031, 8, 28),
        dt.date(2031, 9, 11),
    )


# --- a guided tour is no performer's ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Charles Dickens: Guided Tour",
        "Martha Stewart: Wine Tour",
        "Benjamin Franklin: Historic Philadelphia Tour",
        "Jane Austen: Self-Guided Tour",
    ],
)
def test_a_historical_figures_guided_tour_is_no_performers(title: str) -> None:
    assert not performer_tour(title)


@pytest.mark.parametrize(
    "title",
    ["Tom Segura: Take It Down Tour", "Dana Quorvane: The Long Way Round Tour", "Tom Quill - Unrepeatable World Tour"],
)
def test_a_performers_named_tour_is_still_read(title: str) -> None:
    assert performer_tour(title)


# --- a sports event's own name ---------------------------------------------------------------------------------


def fixtures(key: str, names: tuple[str, str]) -> dict:
    return {"fixtures": [
        {key: names[0], "home_team": "Lions", "away_team": "Tigers", "start": "2031-06-02T18:00:00Z"},
        {key: names[1], "home_team": "Bears", "away_team": "Lions", "start": "2031-06-09T18:00:00Z"}]}  # fmt: skip


@pytest.mark.parametrize("key", ["sportsEventName", "sport_event_title", "sportsMatchName"])
def test_a_sports_events_own_name_names_the_game(key: str) -> None:
    events = read_json(fixtures(key, ("Derby Day", "Season finale")))
    assert [event["title"] for event in events] == ["Derby Day", "Season finale"]


def test_the_sport_every_game_is_of_still_names_none() -> None:
    events = read_json(fixtures("sport_title", ("NBA", "NBA")))
    assert [event["title"] for event in events] == ["Lions vs Tigers", "Bears vs Lions"]


# --- a field empty in the title's language ---------------------------------------------------------------------


def bilingual(english_place: str | None) -> list[dict]:
    rows = [("Town hall concert", "Rathauskonzert", "Rathaus", english_place, "2031-06-02T18:00:00"),
            ("Market day", "Markttag", "Marktplatz", "Market square", "2031-06-05T10:00:00"),
            ("Organ recital", "Orgelkonzert", "Stadtkirche", english_place, "2031-06-07T19:00:00")]  # fmt: skip
    return [
        {"title_en": en, "title_de": de, "location_de": place_de, "location_en": place_en, "start": start}
        for en, de, place_de, place_en, start in rows
    ]


@pytest.mark.parametrize("english_place", ["", None])
def test_a_place_empty_in_the_titles_language_is_read_in_its_own(english_place: str | None) -> None:
    events = read_json({"events": bilingual(english_place)})
    assert [(e["title"], e.get("venue_name")) for e in events] == [
        ("Town hall concert", "Rathaus"),
        ("Market day", "Market square"),
        ("Organ recital", "Stadtkirche"),
    ]
    keyed = [{"title": {"en": row["title_en"], "de": row["title_de"]},
              "location": {"de": row["location_de"], "en": row["location_en"]}, "start": row["start"]}
             for row in bilingual(english_place)]  # fmt: skip
    assert [e.get("venue_name") for e in read_json({"events": keyed})] == ["Rathaus", "Market square", "Stadtkirche"]
