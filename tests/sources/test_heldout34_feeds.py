"""The thirty-fourth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout34.json: two conference
schedule XMLs of the frab/pretalx export shape and an Indico export API answer, measured once before these rules:
found 7/7, fields 27/31), on small documents of our own. What the first measure missed:

- a schedule holding one day, one room and one talk was read as one "event" per day: the talk's title under the
  day's own start and end (01:00 to 22:59) and a link of the talk's. XML writes a list of one as a lone element, so
  no list of talks was seen, and the day, the only list, was taken as the records with their title read through
  "room.event.title". When the records' title is read through a nested object that reads as an event by its own
  fields (its own title and its own start), and the record's span holds that start, the record is the container (a
  day, a conference) and the nested object is the event (``_json_inner_record``);
- an Indico event's start was read from its "creationDate" ({date, tz, time}, like its "startDate"): "creation"
  split from a camel-case key was not known as the record's own date, as "created" is (``_json_fields.NOT_DATE``).
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters.base import FetchWindow
from sources.extraction import ExtractionError, extract_document

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2033, 1, 1, tzinfo=BERLIN)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def read(document: str) -> tuple[str, list[dict]]:
    extraction = extract_document(document.encode(), window=WINDOW, kind="auto", zone=BERLIN)
    return extraction.adapter, extraction.events


# --- one talk in one room on one day: the talk is the event, not the day ------------------------------------------


def schedule(
    rooms: str, day_start: str = "2033-03-04T08:00:00+01:00", day_end: str = "2033-03-04T23:00:00+01:00"
) -> str:
    return (
        "<?xml version='1.0' encoding='utf-8' ?>\n<schedule><version>7</version><conference><title>Hack Days</title>"
        "<acronym>hd33</acronym><start>2033-03-04T08:00:00+01:00</start><end>2033-03-04T23:00:00+01:00</end>"
        "<url>https://hd.example.org/</url><time_zone_name>Europe/Berlin</time_zone_name></conference>"
        f"<day index='1' date='2033-03-04' start='{day_start}' end='{day_end}'>{rooms}</day></schedule>"
    )


def talk(title: str, date: str, start: str, duration: str, room: str, slug: str) -> str:
    return (
        f"<event guid='{slug}-guid' id='{len(slug)}'><date>{date}</date><title>{title}</title><start>{start}</start>"
        f"<duration>{duration}</duration><room>{room}</room><slug>{slug}</slug><type>Talk</type>"
        f"<abstract>What {title} is about.</abstract><url>https://hd.example.org/talk/{slug}</url>"
        "<links><link href='https://elsewhere.example.net/'>Slides</link></links></event>"
    )


def test_the_one_talk_of_a_one_room_day_is_read_with_its_own_time_and_link():
    one = talk("Soldering for Beginners", "2033-03-04T14:15:00+01:00", "14:15", "00:45", "Workshop", "solder")
    _adapter, events = read(schedule(f"<room name='Workshop'>{one}</room>"))
    assert len(events) == 1
    (event,) = events
    assert event["title"] == "Soldering for Beginners"
    assert event["start"] == "2033-03-04T14:15:00+01:00"
    assert event["end"] == "2033-03-04T15:00:00+01:00"
    assert event["url"] == "https://hd.example.org/talk/solder"


def test_two_talks_of_one_room_still_read_as_before():
    both = talk("Opening", "2033-03-04T10:00:00+01:00", "10:00", "00:30", "Main", "opening") + talk(
        "Closing", "2033-03-04T18:00:00+01:00", "18:00", "00:30", "Main", "closing"
    )
    _adapter, events = read(schedule(f"<room name='Main'>{both}</room>"))
    assert [(e["title"], e["start"]) for e in events] == [
        ("Opening", "2033-03-04T10:00:00+01:00"),
        ("Closing", "2033-03-04T18:00:00+01:00"),
    ]


def test_a_session_whose_event_object_spans_it_stays_the_session():
    """Hard negative: a performance with its own start, naming the run it belongs to (a festival from the 1st to the
    10th). The run holds the performance, not the other way round: the performance is the event."""
    document = json.dumps(
        {
            "performances": [
                {
                    "start": "2033-05-03T19:30:00+02:00",
                    "end": "2033-05-03T21:30:00+02:00",
                    "production": {
                        "title": "The Seagull",
                        "start": "2033-05-01T00:00:00+02:00",
                        "end": "2033-05-10T23:00:00+02:00",
                    },
                }
            ]
        }
    )
    _adapter, events = read(document)
    assert [(e["title"], e["start"]) for e in events] == [("The Seagull", "2033-05-03T19:30:00+02:00")]


def test_a_nested_object_without_a_start_of_its_own_does_not_replace_the_record():
    """Hard negative: a screening whose film object has a title but no date of its own is the screening."""
    document = json.dumps(
        {
            "screenings": [
                {
                    "start": "2033-06-07T20:00:00+02:00",
                    "end": "2033-06-07T22:00:00+02:00",
                    "film": {"title": "Metropolis", "runtime": 153},
                }
            ]
        }
    )
    _adapter, events = read(document)
    assert [(e["title"], e["start"]) for e in events] == [("Metropolis", "2033-06-07T20:00:00+02:00")]


# --- a record's creation date is not its start ----------------------------------------------------------------


def moment(day: str, time: str) -> dict[str, str]:
    return {"date": day, "tz": "Europe/Berlin", "time": time}


def test_a_camel_case_creation_date_object_is_not_the_start():
    document = json.dumps(
        {
            "count": 1,
            "results": [
                {
                    "creationDate": moment("2033-02-01", "09:12:44.5"),
                    "startDate": moment("2033-02-03", "17:00:00"),
                    "endDate": moment("2033-02-03", "19:00:00"),
                    "title": "Detector Meeting",
                    "url": "https://agenda.example.org/event/42/",
                }
            ],
        }
    )
    _adapter, events = read(document)
    assert [(e["title"], e["start"], e["end"]) for e in events] == [
        ("Detector Meeting", "2033-02-03T17:00:00+01:00", "2033-02-03T19:00:00+01:00")
    ]


def test_news_dated_only_by_their_creation_are_not_events():
    """Hard negative: posts whose one date is when they were created are news, not events on that day."""
    document = json.dumps(
        {
            "posts": [
                {"title": "New board elected", "creationDate": moment("2033-02-01", "09:00:00")},
                {"title": "Website relaunched", "creationDate": moment("2033-02-05", "11:30:00")},
            ]
        }
    )
    try:
        _adapter, events = read(document)
    except ExtractionError:  # nothing in it reads as an event: no reader claims the document
        events = []
    assert events == []


def test_days_of_one_talk_each_give_each_talk_its_own_time():
    """Every day a lone room with a lone talk (a JSON schedule this time): each talk, at its own time."""
    days = [
        {
            "date": f"2033-04-0{day}",
            "start": f"2033-04-0{day}T09:00:00+02:00",
            "end": f"2033-04-0{day}T22:00:00+02:00",
            "room": {
                "name": "Hall A",
                "talk": {"title": f"Keynote {day}", "start": f"2033-04-0{day}T1{day}:00:00+02:00"},
            },
        }
        for day in (1, 2, 3)
    ]
    _adapter, events = read(json.dumps({"days": days}))
    assert [(e["title"], e["start"]) for e in events] == [
        ("Keynote 1", "2033-04-01T11:00:00+02:00"),
        ("Keynote 2", "2033-04-02T12:00:00+02:00"),
        ("Keynote 3", "2033-04-03T13:00:00+02:00"),
    ]
