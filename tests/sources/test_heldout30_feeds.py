"""The thirtieth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout30.json: a cinema chain's
schedule XML, a broadcaster's EPG XML and two XMLTV guides, measured once before these rules: found 57/59, fields
16/17), on small documents of our own. What the first measure missed:

- an EPG whose programmes name themselves only in an "EpisodeShortDescription" (its "ProgramTitle" empty, the
  sentences in "EpisodeLongDescription") was unreadable: no title, so no list of events was found. A short
  description whose values read as names (short, one line, no sentence) names the record when nothing titled does
  (``_json_short_names.short_name_weight``);
- a cinema schedule's shows gave no place: "Theatre" ("Tennispalatsi, Helsinki") is where a show is, as a
  "Venue" or a "Stadium" is (``_json_fields.PLACE_WORDS``), unless the key names a company ("TheatreCompany").
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._json_infer import infer
from sources.adapters.base import FetchWindow
from sources.extraction import ExtractionError, extract_document

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
START = dt.datetime(2031, 6, 1, tzinfo=HELSINKI)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def read(document: str) -> list[dict]:
    return extract_document(document.encode(), window=WINDOW, kind="auto", zone=HELSINKI).events


# --- a short description that reads as a name names the record ------------------------------------------------


def guide(items: list[tuple[str, str, str, str]]) -> str:
    rows = "".join(
        f"<Slot><SlotStart>2031-06-0{day} {clock}:00</SlotStart><SlotEnd>2031-06-0{day} 23:00:00</SlotEnd>"
        f"<Show><ShowTitle></ShowTitle><ShowNumber>0</ShowNumber></Show>"
        f"<Episode><EpisodeNumber>{day}</EpisodeNumber><EpisodeShortDescription>{short}</EpisodeShortDescription>"
        f"<EpisodeLongDescription>{long}</EpisodeLongDescription></Episode></Slot>"
        for day, clock, short, long in items
    )
    return f'<?xml version="1.0" encoding="UTF-8" ?>\r\n<Guide><Station id="9">{rows}</Station></Guide>'


SLOTS = [
    ("2", "19:30", "Harbour Lights", "The harbour at night. A film about fishermen."),
    ("3", "20:00", "Mill Town Stories", ""),
    ("4", "21:15", "The Quarry Line", "Trains through the hills."),
]


def test_a_short_description_reading_as_a_name_names_each_programme():
    events = read(guide(SLOTS))
    assert sorted((event["title"], event["start"][:16]) for event in events) == [
        ("Harbour Lights", "2031-06-02T19:30"),
        ("Mill Town Stories", "2031-06-03T20:00"),
        ("The Quarry Line", "2031-06-04T21:15"),
    ]


def test_a_title_beside_a_short_description_stays_the_title():
    data = {
        "events": [
            {"title": f"Concert {n}", "shortDescription": f"Quartet {n}", "start": f"2031-06-0{n}T19:00:00"}
            for n in range(1, 5)
        ]
    }
    inferred = infer(data)
    assert inferred is not None
    assert inferred.config["mapping"]["title"] == "title"


def test_a_short_description_of_sentences_names_nothing():
    """A blurb ("Join us for …", ending in a full stop) is a description however short its key says it is."""
    data = {
        "events": [
            {"shortDescription": f"Join us for evening {n}. Bring a friend.", "start": f"2031-06-0{n}T19:00:00"}
            for n in range(1, 5)
        ]
    }
    inferred = infer(data)
    assert inferred is None or inferred.config["mapping"].get("title") != "shortDescription"


def test_a_short_description_of_long_lines_names_nothing():
    long = "a walk along the old canal towpath from the lock to the mill and back again through the water meadows"
    data = {"events": [{"short_description": f"{long} {n}", "start": f"2031-06-0{n}T10:00:00"} for n in range(1, 5)]}
    inferred = infer(data)
    assert inferred is None or inferred.config["mapping"].get("title") != "short_description"


def test_a_description_that_is_not_short_names_nothing():
    try:
        events = read(guide(SLOTS).replace("EpisodeShortDescription", "EpisodeBlurb"))
    except ExtractionError:
        events = []
    assert not any(event.get("title") == "Harbour Lights" for event in events)


# --- a theatre or a cinema is a place ---------------------------------------------------------------------------


def schedule(extra: str = "", theatre_key: str = "Theatre") -> str:
    shows = "".join(
        f"<Show><ID>{n}</ID><dttmShowStart>2031-06-0{n}T18:30:00</dttmShowStart><Title>Feature {n}</Title>"
        f"<TheatreID>10{n}</TheatreID><{theatre_key}>Harbour Picture House, Millbrook</{theatre_key}>{extra}</Show>"
        for n in range(1, 4)
    )
    return f'<?xml version="1.0"?><Schedule><Shows>{shows}</Shows></Schedule>'


def test_a_theatre_is_where_a_show_is():
    events = read(schedule())
    assert len(events) == 3
    assert {event["venue_name"] for event in events} == {"Harbour Picture House, Millbrook"}


def test_a_cinema_is_where_a_show_is():
    events = read(schedule(theatre_key="CinemaName"))
    assert {event["venue_name"] for event in events} == {"Harbour Picture House, Millbrook"}


def test_a_theatre_company_is_no_place():
    """The company that stages a play is who, not where."""
    events = read(schedule(theatre_key="TheatreCompany"))
    assert len(events) == 3
    assert all(not event["venue_name"] for event in events)


def test_a_theatres_number_is_no_place():
    events = read(schedule(theatre_key="TheatreCode").replace("Harbour Picture House, Millbrook", "4417"))
    assert all(not event["venue_name"] for event in events)
