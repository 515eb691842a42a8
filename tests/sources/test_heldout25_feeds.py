"""The twenty-fifth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout25.json: a Google Calendar
GData feed and an excerpt of a frab schedule, measured once before these rules: found 6/6, fields 23/25), on small
documents of our own. What the first measure missed:

- a schedule's rooms (stages, venues, tents) repeat, and a room that holds ONE talk holds it as a single
  ``<event>`` child: that child is still a list of records, as in a room with several, so the talk — not the room —
  is the record, read with its own url and id (the room's guid is not the talk's id, and two rooms' talks are not
  one talk's parts).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._xml_data import read_document, to_data
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 6, 1, tzinfo=BERLIN)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def read(document: str) -> list[dict]:
    return extract_document(document.encode(), window=WINDOW, kind="auto", zone=BERLIN).events


def talk(number: int, hour: int, title: str) -> str:
    return (
        f'<event guid="talk-{number}" id="{number}"><date>2031-07-04T{hour:02d}:00:00+02:00</date>'
        f"<start>{hour:02d}:00</start><duration>00:45</duration><title>{title}</title>"
        f"<url>https://fest.example.org/talks/{number}</url><type>Talk</type></event>"
    )


def festival(*stages: tuple[str, list[str]]) -> str:
    rooms = "".join(f'<room guid="stage-{name}" name="{name}">{"".join(talks)}</room>' for name, talks in stages)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><schedule><version>1</version><conference><title>Field Fest</title>'
        f'</conference><day date="2031-07-04" index="1">{rooms}</day></schedule>'
    )


def test_a_room_with_one_talk_holds_a_list_of_one_record():
    document = festival(("Tent", [talk(1, 14, "Brass on grass")]), ("Barn", [talk(2, 16, "Fiddle workshop")]))
    data = to_data(read_document(document.encode()).root)
    rooms = (
        data["schedule"]["day"][0]["room"]
        if isinstance(data["schedule"]["day"], list)
        else data["schedule"]["day"]["room"]
    )
    assert all(isinstance(room["event"], list) for room in rooms)


def test_each_talk_of_one_talk_rooms_keeps_its_own_url_and_id():
    document = festival(("Tent", [talk(1, 14, "Brass on grass")]), ("Barn", [talk(2, 16, "Fiddle workshop")]))
    events = {event["title"]: event for event in read(document)}
    assert events["Brass on grass"]["url"] == "https://fest.example.org/talks/1"
    assert events["Fiddle workshop"]["url"] == "https://fest.example.org/talks/2"
    assert events["Brass on grass"]["venue_name"] == "Tent"
    assert events["Brass on grass"]["external_id"] == "talk-1"
    assert events["Fiddle workshop"]["external_id"] == "talk-2"


def test_rooms_with_several_talks_read_as_before():
    document = festival(
        ("Tent", [talk(1, 14, "Brass on grass"), talk(3, 18, "Choir at dusk")]),
        ("Barn", [talk(2, 16, "Fiddle workshop")]),
    )
    events = {event["title"]: event for event in read(document)}
    assert set(events) == {"Brass on grass", "Choir at dusk", "Fiddle workshop"}
    assert events["Fiddle workshop"]["url"] == "https://fest.example.org/talks/2"
