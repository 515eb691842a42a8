"""The forty-first held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout41.json: an orienteering
club's Eventor event list in the IOF data standard's XML, with its membership list and a start list, a podcast
feed, a rescue service's alert RSS and two news feeds as hard negatives; measured once before these rules: 2/3,
fields 4/5, extra 10), on small documents of our own. Two rules from its misses:

- a moment written as an element of a date and a clock (``<StartDate><Date>2031-05-10</Date><Clock>10:00:00
  </Clock></StartDate>``, the IOF standard's form) is that one moment, and one of a date alone is that day
  (``_xml_date_clock``): the inference no longer stitches a start out of a nested race's date and the event's
  clock, and it reads the finish as the end.
- where the title was taken from a nested part's name (``EventRace.Name``) that some records lack, the record's own
  name is read for those (``_json_own_title``): the cancelled event with no race is no longer dropped.

Hard negatives: a clock that is no time of day (``TBA``), a date that is not ISO, a third key beside the date and the
clock, a clock with no date, and a length of time stay objects; a title that is the record's own key, or a nested
one every record has, gets no fallback; records with no own name get none.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._json_fields import Sample
from sources.adapters._json_own_title import with_own_title
from sources.adapters._xml_date_clock import date_and_clock
from sources.adapters._xml_date_parts import joined_date_parts
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

PERTH = zoneinfo.ZoneInfo("Australia/Perth")
START = dt.datetime(2031, 5, 1, tzinfo=PERTH)


def read(document: str) -> list[dict]:
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    return extract_document(document.encode(), window=window, kind="auto", zone=PERTH).events


def moment(tag: str, day: str, clock: str | None) -> str:
    inner = f"<Date>{day}</Date>" + (f"<Clock>{clock}</Clock>" if clock else "")
    return f"<{tag}>{inner}</{tag}>"


def meet(number: int, name: str, day: str, start: str | None, finish: str | None, race: str | None) -> str:
    """An IOF-style <Event>: its own <Name>, a start and a finish of a date and a clock, maybe a nested race."""
    race_part = (
        f"<EventRace><EventRaceId>{number + 500}</EventRaceId><Name>{race}</Name>{moment('RaceDate', day, start)}"
        "</EventRace>"
        if race
        else ""
    )
    finish_part = moment("FinishDate", day, finish) if finish else ""
    return (
        f"<Event eventForm='IndSingleDay'><EventId>{number}</EventId><Name>{name}</Name>"
        f"<EventStatusId>3</EventStatusId>{moment('StartDate', day, start)}{finish_part}{race_part}"
        f"{moment('ModifyDate', '2031-04-02', '08:15:00')}</Event>"
    )


def test_a_date_and_a_clock_element_are_one_moment() -> None:
    assert date_and_clock({"Date": "2031-05-10", "Clock": "10:00:00"}) == "2031-05-10T10:00:00"
    assert date_and_clock({"date": "2031-05-10", "time": "18:30"}) == "2031-05-10T18:30:00"
    assert date_and_clock({"Date": "2031-06-14"}) == "2031-06-14"  # a day whose time is not set yet
    data = {"Event": [{"StartDate": {"Date": "2031-05-10", "Clock": "10:00:00"}, "Name": "Sprint"}]}
    assert joined_date_parts(data) == {"Event": [{"StartDate": "2031-05-10T10:00:00", "Name": "Sprint"}]}


def test_what_is_not_only_a_date_and_a_clock_stays_an_object() -> None:
    assert date_and_clock({"Date": "2031-05-10", "Clock": "TBA"}) is None
    assert date_and_clock({"Date": "10/05/2031", "Clock": "10:00"}) is None
    assert date_and_clock({"Date": "2031-05-10", "Clock": "10:00", "Zone": "+08:00"}) is None
    assert date_and_clock({"Clock": "10:00:00"}) is None  # a time with no day
    assert date_and_clock({"Date": "2031-05-10", "Time": "01:30"}, key="Duration") is None
    assert date_and_clock({"Date": "Friday"}) is None
    kept = {"StartDate": {"Date": "2031-05-10", "Clock": "7pm"}}
    assert joined_date_parts(kept) == kept


def test_an_iof_event_list_is_read_with_its_starts_and_finishes() -> None:
    document = (
        "<EventList>"
        + "".join(
            meet(number, name, day, start, finish, race)
            for number, (name, day, start, finish, race) in enumerate(
                [
                    ("Karri Forest Sprint", "2031-05-10", "10:00:00", "13:00:00", "Karri Forest Sprint"),
                    ("Wandoo Middle Distance", "2031-05-24", "09:00:00", "12:30:00", "Wandoo Middle Distance"),
                    ("Jarrah Night Score", "2031-06-07", "18:30:00", "20:30:00", "Jarrah Night Score"),
                ],
                start=7001,
            )
        )
        + "</EventList>"
    )
    events = sorted(read(document), key=lambda event: event["start"])
    assert [(event["title"], event["start"][:16], (event.get("end") or "")[:16]) for event in events] == [
        ("Karri Forest Sprint", "2031-05-10T10:00", "2031-05-10T13:00"),
        ("Wandoo Middle Distance", "2031-05-24T09:00", "2031-05-24T12:30"),
        ("Jarrah Night Score", "2031-06-07T18:30", "2031-06-07T20:30"),
    ]


def test_an_event_without_the_nested_part_is_named_by_its_own_name() -> None:
    document = (
        "<EventList>"
        + meet(8001, "Coastal Relay Championships", "2031-05-17", "09:30:00", None, "Coastal Relay Day 1")
        + meet(8002, "Bushland Long Course", "2031-05-31", "08:45:00", None, "Bushland Long Course Race")
        + meet(8003, "Club Social Night", "2031-06-21", "19:00:00", None, None)
        + "</EventList>"
    )
    titles = {event["start"][:10]: event["title"] for event in read(document)}
    assert titles.get("2031-06-21") == "Club Social Night"
    assert titles.get("2031-05-17") == "Coastal Relay Day 1"  # the race's name is still read where there is one


def sample(items: list[dict]) -> Sample:
    return Sample("Event", items)


def test_no_fallback_where_the_title_is_the_records_own_or_every_record_has_it() -> None:
    items = [{"Name": "A meet", "Race": {"Name": "A race"}}, {"Name": "B meet", "Race": {"Name": "B race"}}]
    assert with_own_title(sample(items), "Name", "title ← Name") == ("Name", "title ← Name")
    assert with_own_title(sample(items), "Race.Name", "title ← Race.Name") == ("Race.Name", "title ← Race.Name")


def test_no_fallback_where_the_records_have_no_name_of_their_own() -> None:
    items = [{"Id": "1", "Race": {"Name": "A race"}}, {"Id": "2"}, {"Id": "3", "Race": {"Name": "C race"}}]
    assert with_own_title(sample(items), "Race.Name", "why") == ("Race.Name", "why")
