"""The seventy-fifth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout75.json: an ice hockey
league's day of games; an activity-booking search API's event series, OpenActive JSON-LD, whose sessions sit two
levels down under "subEvent"; an American football league's games with the date split into zone, day and clock; a
hard negative, a card issuer's transaction history), on small documents of our own.

The cold measure found 18 of 18 events, fields 42/48, and printed nothing from the negative. By cause:

- Sessions named by their type (6 titles wrong): ``{"type": "EventSeries", "name": "GOLDEN: Virtual BODYPUMP",
  "subEvent": [{"type": "SessionSeries", "location", "subEvent": [{"type": "ScheduledSession", "startDate"}]}]}``
  read each session as "ScheduledSession", the kind it says it is, because the name every item inside a container
  shares is normally the container's (a theatre's over its plays). The key "subEvent" says the items are parts of
  the event they sit in: its name is theirs (``_json_sub_events``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

from sources.adapters._json_sub_events import _container_name, sub_events_read
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("Europe/London")
events = functools.partial(
    json_events,
    window=FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=ZONE), end=dt.datetime(2031, 12, 30, tzinfo=ZONE)),
    zone=ZONE,
)


def session(day: str, clock: str, **more: Any) -> dict[str, Any]:
    return {"type": "ScheduledSession", "startDate": f"2031-{day}T{clock}:00Z", "duration": "PT1H", **more}


def centre(name: str, *sessions: dict[str, Any]) -> dict[str, Any]:
    return {"type": "SessionSeries",
            "location": {"type": "Place", "name": name, "address": {"type": "PostalAddress",
                                                                     "imin:fullAddress": f"{name}, 4 Mill Lane, Oxford"}},
            "eventSchedule": [{"type": "PartialSchedule", "repeatFrequency": "P1W", "byDay": ["schema:Monday"],
                               "startTime": "09:45", "endTime": "10:45"}],
            "subEvent": list(sessions)}  # fmt: skip


def series(*centres: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"type": "EventSeries", "activity": [{"type": "Concept", "prefLabel": "Aqua Aerobics"}],
            "programme": {"type": "Brand", "name": "Move More Oxford", "url": "https://example.org/move-more"},
            "organizer": {"type": "Person", "name": "Dana Whitfield"}, **fields,
            "subEvent": list(centres)}  # fmt: skip


TWO_CENTRES = (
    centre("Marsh Lane Pool", session("03-03", "09:45"), session("03-05", "09:45")),
    centre("Riverside Leisure Centre", session("03-03", "18:30")),
)


def test_sessions_under_subevent_are_named_by_the_series_they_are_part_of() -> None:
    read = events(series(*TWO_CENTRES, name="Aqua Fit Mornings"))
    assert [(each["title"], each["start"], each["venue_name"]) for each in read] == [
        ("Aqua Fit Mornings", "2031-03-03T09:45:00+00:00", "Marsh Lane Pool"),
        ("Aqua Fit Mornings", "2031-03-05T09:45:00+00:00", "Marsh Lane Pool"),
        ("Aqua Fit Mornings", "2031-03-03T18:30:00+00:00", "Riverside Leisure Centre"),
    ]


def test_a_series_with_no_name_of_its_own_lends_none_not_its_brand_s() -> None:
    # "programme": {"name": "Move More Oxford"} is the brand the series is sold under, not the sessions' name
    read = events(series(*TWO_CENTRES))
    assert len(read) == 3
    assert {each["title"] for each in read} == {"ScheduledSession"}


def test_sub_events_with_names_of_their_own_keep_them() -> None:
    festival = {"type": "Festival", "name": "Harbour Lights Festival",
                "subEvent": [{"type": "SessionSeries", "location": {"name": "Quay Stage"},
                              "subEvent": [session("07-11", "19:00", name="The Lanterns"),
                                           session("07-12", "20:00", name="Sea Shanty Night")]}]}  # fmt: skip
    assert [each["title"] for each in events(festival)] == ["The Lanterns", "Sea Shanty Night"]


def test_a_container_s_name_over_nameless_sessions_under_another_key_stays_the_container_s() -> None:
    # Only "subEvent" says the items are the event's parts; a venue's "name" over its "slots" names the venue.
    venue = {"type": "SportsActivityLocation", "name": "Marsh Lane Pool",
             "areas": [{"type": "Pool", "location": {"name": "Learner Pool"},
                        "slots": [session("03-03", "09:45"), session("03-05", "09:45")]}]}  # fmt: skip
    assert [(each["title"], each["venue_name"]) for each in events(venue)] == [("ScheduledSession", "Learner Pool")] * 2


def test_the_rule_needs_a_subevent_key_and_a_kind_title() -> None:
    seen: list[str] = []

    def read(path: str, items: list[Any]) -> Any:
        seen.append(path)
        return None

    assert sub_events_read("areas.slots", [{}], read, read) is None
    assert seen == ["areas.slots"]  # not a "subEvent" list: read once, as usual
    seen.clear()
    assert sub_events_read("subEvent.subEvent", [{}], read, read) is None
    assert seen == ["subEvent.subEvent", "subEvent.subEvent"]  # unread as usual: read again as the event's parts


def test_only_an_enclosing_object_s_own_name_names_its_parts() -> None:
    assert _container_name("^.name")
    assert _container_name("^subEvent.title")
    assert not _container_name("^.programme.name")  # a brand inside the series
    assert not _container_name("^.organizer.name")
    assert not _container_name("name")  # the item's own
    assert not _container_name("^")
