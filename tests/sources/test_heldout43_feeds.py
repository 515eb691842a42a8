"""The forty-third held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout43.json: a university's
events export in XML, a ticketing provider's <planList> of performances, two Eventor event answers, and a dateless
<Events> of exhibitions as a hard negative; measured once before these rules: 14/14, fields 35/39 (location 1/3),
extra 2), on small documents of our own. Two rules from its misses:

- a place written in one of two keys ("Location", or "LocationUnaffiliated" where the university does not own the
  building) is one field, and a room chosen as the venue is read after the building beside it ("Gladfelter Hall,
  Room 914"; ``_json_place_twins``): the export's building was lost to its always-filled <Room>.
- a status word a record's title opens or ends with ("*CANCELLED* …", "… - Postponed") is the record's status when
  its status field says nothing else, the title is the rest and the record's own title its source title
  (``_json_title_status``): the renamed event was printed as scheduled.

Hard negatives: two place keys filled in one record, a qualifier naming a code or a link, a building filled in too
few records, a room with no building, a "location" that repeats the room; a word that opens the name itself
("Cancelled Plans: …"), a title that is only the word, a status field that says another status.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._json_place_twins import room_building, twins
from sources.adapters._json_shapes import Column
from sources.adapters._json_title_status import MARKED_LEAD, title_status
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

PHILADELPHIA = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2031, 3, 1, tzinfo=PHILADELPHIA)


def read(document: str) -> list[dict]:
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    return extract_document(document.encode(), window=window, kind="auto", zone=PHILADELPHIA).events


def record(title: str, day: str, *, room: str, location: str = "", elsewhere: str = "", canceled: str = "0") -> str:
    """One record of a university's events export: its building in <Location> or in <LocationUnaffiliated>."""
    return (
        f"<Event><Title>{title}</Title><EventStartDate>{day}</EventStartDate><EventStartTime>1:00 pm"
        f"</EventStartTime><EventEndDate>{day}</EventEndDate><EventEndTime>2:30 pm</EventEndTime>"
        f"<Location>{location}</Location><LocationUnaffiliated>{elsewhere}</LocationUnaffiliated>"
        f"<Room>{room}</Room><Canceled>{canceled}</Canceled></Event>"
    )


def export(*records: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" ?>\n<Events>{"".join(records)}</Events>'


def column(path: str, *values: object) -> Column:
    return Column(path=path, values=list(values))


def test_the_building_in_either_key_comes_before_the_room() -> None:
    events = read(
        export(
            record("Data Habits Workshop", "March 03, 2031", room="Room 914", location="Gladfelter Hall"),
            record("Summer Program Webinar", "March 04, 2031", room="Room 1221", elsewhere="Anderson Hall"),
            record("Library Design Talk", "March 10, 2031", room="Room 104", location="Architecture Building"),
        )
    )
    assert [event["venue_name"] for event in events] == [
        "Gladfelter Hall, Room 914",
        "Anderson Hall, Room 1221",
        "Architecture Building, Room 104",
    ]


def test_twins_are_keys_never_filled_together() -> None:
    location = column("Location", "Gladfelter Hall", "", "Architecture Building")
    elsewhere = column("LocationUnaffiliated", "", "Anderson Hall", "")
    columns = {c.path: c for c in (location, elsewhere)}
    assert [c.path for c in twins(columns, location, set())] == ["Location", "LocationUnaffiliated"]


def test_keys_that_say_two_things_are_no_twins() -> None:
    location = column("location", "Town Hall", "Library", "Museum")
    detail = column("location_detail", "Second floor", "", "Lobby")  # filled beside the location: another field
    code = column("location_code", "", "L-2", "")  # a code, never the place's name
    link = column("venue_url", "", "https://example.org/v", "")
    numbers = column("locationNumber", "", "12", "")
    columns = {c.path: c for c in (location, detail, code, link, numbers)}
    assert [c.path for c in twins(columns, location, set())] == ["location"]


def test_a_room_alone_or_with_a_rare_building_stays_the_venue() -> None:
    room = column("Room", "Room 1", "Room 2", "Room 3", "Room 4")
    assert room_building({"Room": room}, room, set()) is None  # no building beside it
    rare = column("Location", "Main Hall", "", "", "")  # one record in four: too few to be the place
    assert room_building({"Room": room, "Location": rare}, room, set()) is None
    same = column("Location", "Room 1", "Room 2", "Room 3", "Room 4")  # the "location" repeats the room
    assert room_building({"Room": room, "Location": same}, room, set()) is None
    building = column("Location", "Main Hall", "Annex", "", "Main Hall")
    not_a_room = column("Venue", "Main Hall", "Annex", "Main Hall", "Annex")
    assert room_building({"Venue": not_a_room, "Location": building}, not_a_room, set()) is None  # no room chosen
    other = column("organizer.location", "Main Hall", "Annex", "Main Hall", "Annex")  # another object's place
    assert room_building({"Room": room, "organizer.location": other}, room, set()) is None


def test_a_marked_status_word_opening_or_ending_the_title_is_the_status() -> None:
    assert title_status("*CANCELLED* Data Fair Webinar") == ("Data Fair Webinar", "cancelled")
    assert title_status("[Postponed] Spring Concert") == ("Spring Concert", "postponed")
    assert title_status("Cancelled: Board Meeting") == ("Board Meeting", "cancelled")
    assert title_status("Budget Hearing - CANCELLED") == ("Budget Hearing", "cancelled")


def test_a_status_word_in_the_name_is_no_status() -> None:
    assert title_status("Cancelled Plans: A Comedy Night") is None
    assert title_status("Postponed Dreams – a play") is None
    assert title_status("*CANCELLED*") is None  # only the word
    assert title_status("The Cancellation Policy Workshop") is None


def test_a_renamed_record_is_cancelled_and_keeps_its_own_title() -> None:
    events = read(
        export(
            record("*CANCELLED* Data Fair Webinar", "March 03, 2031", room="Room 914", location="Gladfelter Hall"),
            record("Summer Program Webinar", "March 04, 2031", room="Room 1221", elsewhere="Anderson Hall"),
        )
    )
    assert [(event["title"], event["status"], event["source_title"]) for event in events] == [
        ("Data Fair Webinar", "cancelled", "*CANCELLED* Data Fair Webinar"),
        ("Summer Program Webinar", "scheduled", None),
    ]


def test_a_status_field_that_says_another_status_wins() -> None:
    document = (
        '{"events": [{"title": "Postponed: Spring Gala", "start": "2031-03-05T19:00:00", "status": "Rescheduled"},'
        ' {"title": "Cancelled Plans: A Comedy Night", "start": "2031-03-06T20:00:00", "status": "Scheduled"}]}'
    )
    events = read(document)  # (the pipeline's own tidying may still drop "Postponed:" from the first title)
    assert [event["status"] for event in events] == ["rescheduled", "scheduled"]
    assert events[1]["title"] == "Cancelled Plans: A Comedy Night"


def test_the_lead_pattern_is_anchored_and_short() -> None:
    assert MARKED_LEAD.match("Gala - CANCELLED") is None  # a closing word is tail_status's
    assert MARKED_LEAD.match("*" * 20 + "CANCELLED* Gala") is None  # marks before the word are bounded
