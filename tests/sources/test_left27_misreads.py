"""Known misreads the nineteenth and twentieth sessions noticed and left (issue #13, helper left27), each fixed by a
generic rule, on small documents of our own, each with its hard negatives:

- pages: a bare afternoon range ("4:00-7:00", "3:30-4:30", no am/pm) was read as the small hours. A bare 12-hour
  range starting from 1:00 to 5:59 as read is the afternoon's (``_page_afternoon_ranges``), after the evening ranges
  (``_page_evening_ranges``) had their say. Not: a 24-hour page, a page of mornings or early sports, of night
  shifts or prayers before dawn, a range marked am/pm, a start from 6:00 on.
- feeds: "Sign-ups open June 7 at 6 pm, quiz starts 7 pm" started at 18:00, the sign-up's clock. A check-in on the
  event's own day now gives its day and the event's own later start clock (``_feed_not_event_dates.check_in_start``).
  Not: an opening before another day (still skipped), a start said before the opening's clock.
- pages: an inline results line glued its sides ("Riverside FC 2Hill United 1"): a number standing as a word meets
  a capitalised word at an element's edge apart (``_page_glued_edges``). Not: "4<b>K</b>", "CO<sub>2</sub>".
- broadcasts: a schedule of JSON-LD ``BroadcastEvent`` airings (standing alone or an episode's ``publication``) is
  read as XMLTV's programmes are (``_jsonld_broadcasts``). Not: a lone broadcast, a recording's publication (a
  video's live-stream stamp), an airing with no end or no clock.
- APIs: a session's bare clock beside its track's UTC offset (``<utc>11</utc>``, "utc_offset": "+01:00") is read at
  that offset (``_json_offset_zones``). Not: a part-hour offset, "offset" alone, a script's "timezoneOffset".
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo

import pytest

from sources.adapters._json_offset_zones import offset_key, offset_zone
from sources.adapters._page_glued_edges import number_apart
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_events, read_page
from tests.sources.test_heldout54_feeds import starts
from tests.sources.test_review26_misfires import MARKETS, _listing

UTC = zoneinfo.ZoneInfo("UTC")
LONDON = zoneinfo.ZoneInfo("Europe/London")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
read = functools.partial(read_page, url=None, zone=UTC, start=dt.datetime(2031, 4, 30, 12, 0))  # noqa: DTZ001
read_london = functools.partial(
    read_page,
    url="https://radio.example.org/schedules/2031/05/10",
    zone=LONDON,
    start=dt.datetime(2031, 5, 1, 0, 0),  # noqa: DTZ001
)
MAY = dt.datetime(2031, 5, 1, 9, 0, tzinfo=PARIS)
WINDOW = FetchWindow(MAY, MAY + dt.timedelta(days=365))
read_json = functools.partial(json_events, window=WINDOW, zone=PARIS)


def _hours(page: str) -> list[tuple[str, str | None]]:
    return [(event["start"][11:16], (event["end"] or "")[11:16] or None) for event in read(page)]


# --- 1. pages: a bare afternoon range ------------------------------------------------------------------------------


def test_a_markets_bare_afternoon_is_the_afternoon_and_its_mornings_stay() -> None:
    assert _hours(_listing("Farmers markets", MARKETS)) == [("08:00", "12:00"), ("16:00", "19:00"), ("08:00", "11:30")]


def test_a_story_time_and_a_days_afternoon_class_are_the_afternoons() -> None:
    rows = [
        ("Story time", "Saturday 10 May 2031", "3:30-4:30"),
        ("Pottery", "Monday 12 May 2031", "9:00-10:30"),
        ("Life drawing", "Tuesday 13 May 2031", "1:00-2:00"),
    ]
    assert _hours(_listing("What's on at the library", rows)) == [
        ("15:30", "16:30"),
        ("09:00", "10:30"),
        ("13:00", "14:00"),
    ]


@pytest.mark.parametrize(
    ("title", "rows"),
    [
        # a 24-hour page: a night's shuttle runs in the small hours
        ("Night shuttle", [("Shuttle", "Saturday 10 May 2031", "2:00-5:00"), ("Late bus", "Sunday 11 May 2031", "22:00-23:30")]),
        # a page of early sports
        ("Masters swim", [("Swim", "Monday 12 May 2031", "5:30-7:00"), ("Swim", "Wednesday 14 May 2031", "5:30-7:00")]),
        # a page of the prayers before dawn
        ("Ramadan timetable", [("Fajr", "Saturday 10 May 2031", "4:10-4:40"), ("Talk", "Sunday 11 May 2031", "4:10-4:40")]),
        # a night shift
        ("Volunteer rota", [("Night shift", "Saturday 10 May 2031", "1:00-5:00"), ("Night shift", "Sunday 11 May 2031", "1:00-5:00")]),
    ],
)  # fmt: skip
def test_small_hours_that_are_meant_stay(title: str, rows: list[tuple[str, str, str]]) -> None:
    written = [hours.split("-")[0].zfill(5) for _, _, hours in rows]
    assert [start for start, _ in _hours(_listing(title, rows))] == written


def test_marked_ranges_and_starts_from_six_stay_as_written() -> None:
    rows = [
        ("Run club", "Saturday 10 May 2031", "6:00-7:00"),
        ("Book swap", "Sunday 11 May 2031", "4:00am-5:00am"),
    ]
    assert [start for start, _ in _hours(_listing("Club diary", rows))] == ["06:00", "04:00"]


# --- 2. feeds: the event's own start after a check-in on its day ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Sign-ups open September 7, 2033 at 6 pm, quiz starts 7 pm. Teams of up to six.", "2033-09-07T19:00"),
        ("Registration begins Saturday, September 2, 2033 at 7:00 am at the pavilion. The race starts at 8:00 am.",
         "2033-09-02T08:00"),
        ("Registration opens September 2, 2033 at 11 am; shotgun start at noon.", "2033-09-02T12:00"),
        ("Registration opens Saturday, September 3, 2033. The walk starts at 10:00 am.", "2033-09-03T10:00"),
    ],
)  # fmt: skip
def test_a_check_in_gives_its_day_and_the_events_own_start(text: str, start: str) -> None:
    assert [moment[:16] for moment in starts(text, title="Quiz night")] == [start]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a start said before the opening's clock is no later start that day: the opening's clock, as before
        ("Sign-ups open September 7, 2033 at 6 pm; the course starts at 9:00 each week.", "2033-09-07T18:00"),
        # an opening before another day: skipped, the event's own day read (review26)
        ("Registration opens September 2, 2033 at 9 am; the league starts at 6 pm on October 9, 2033.", "2033-10-09"),
        # a concert whose doors open: no opening of a form, read as before
        ("Doors open September 7, 2033 at 6 pm, the band starts at 8 pm.", "2033-09-07T18:00"),
    ],
)  # fmt: skip
def test_other_openings_read_as_before(text: str, start: str) -> None:
    assert [moment[: len(start)] for moment in starts(text, title="Autumn season")] == [start]


# --- 3. pages: an inline results line's sides ----------------------------------------------------------------------


def _card(day: str, home: str, away: str) -> str:
    return f"<div class=match><h3><span>{home}</span><span>{away}</span></h3><p>{day}, 15:00</p></div>"


def test_an_inline_results_lines_sides_stay_apart() -> None:
    page = (
        "<html><body><h1>Riverside FC</h1><h2>Results</h2>"
        + _card("Saturday 10 May 2031", "Riverside FC 2", "Hill United 1")
        + _card("Saturday 17 May 2031", "Lakeside Town 0", "Riverside FC 3")
        + "</body></html>"
    )
    assert [event["title"] for event in read(page)] == [
        "Riverside FC 2 Hill United 1",
        "Lakeside Town 0 Riverside FC 3",
    ]


def test_a_kick_offs_clock_stays_apart_from_the_sides_in_one_link() -> None:
    cards = "".join(
        f"<div class=card><p>Saturday {day} May 2031</p><a href=/m/{day}><span>15:00</span><span>{home}</span>"
        f"<span>{away}</span></a></div>"
        for day, home, away in ((10, "Riverside FC 2", "Hill United 1"), (17, "Lakeside Town 0", "Riverside FC 3"))
    )
    page = f"<html><body><h1>Riverside FC</h1><h2>Fixtures and results</h2>{cards}</body></html>"
    titles = [event["title"] for event in read(page)]  # the clock left in the title is another matter (not this rule)
    assert [("15:00 Riverside" in title or "15:00 Lakeside" in title, "2Hill" in title) for title in titles] == [
        (True, False),
        (True, False),
    ]


def test_glued_words_and_numbers_inside_one_name_stay_glued() -> None:
    page = (
        "<html><body><h1>Gadget fairs</h1><h2>Coming up</h2>"
        + _card("Saturday 10 May 2031", "MP3", "Player swap")
        + _card("Saturday 17 May 2031", "H<sub>2</sub>", "Ore talk in 4<b>K</b>")
        + "</body></html>"
    )
    assert [event["title"] for event in read(page)] == ["MP3Player swap", "H2Ore talk in 4K"]


@pytest.mark.parametrize(
    ("before", "following", "gap"),
    [
        ("Riverside FC 2", "Hill United 1", " "),
        ("2", "Hill United", " "),
        ("Apollo 13", "Launch party", " "),
        ("4", "K", ""),  # a letter alone: "4K"
        ("MP3", "Player", ""),  # a code's digits
        ("15:00", "Riverside FC", " "),  # a kick-off's clock
        ("12.5", "Miles", ""),  # a decimal's
        ("12", "th", ""),  # lower case: "12th"
        ("H2", "Ore", ""),  # a formula's subscript after its letter
    ],
)
def test_a_number_standing_as_a_word_meets_a_capitalised_word_apart(before: str, following: str, gap: str) -> None:
    assert number_apart(before, following) == gap


# --- 4. broadcasts ----------------------------------------------------------------------------------------------------


def _episode(name: str, start: str, end: str | None, *, kind: str = "RadioEpisode") -> dict:
    publication = {"@type": "BroadcastEvent", "startDate": start, "publishedOn": {"@type": "BroadcastService",
                   "name": "Harbour FM"}} | ({"endDate": end} if end else {})  # fmt: skip
    slug = name.lower().replace(" ", "-")
    return {"@type": kind, "name": name, "url": f"https://radio.example.org/programmes/{slug}",
            "description": f"{name} on Harbour FM.", "publication": publication}  # fmt: skip


def _jsonld_page(*nodes: dict) -> str:
    data = json.dumps({"@context": "https://schema.org", "@graph": list(nodes)})
    return (
        "<html><head><title>Harbour FM - Schedule</title></head><body><h1>Schedule</h1>"
        f'<script type="application/ld+json">{data}</script></body></html>'
    )


def _airings(page: str) -> list[tuple[str, str, str | None]]:
    return [(event["title"], event["start"], event["url"]) for event in read_london(page)]


def test_a_stations_day_of_episodes_is_read_as_xmltv_programmes_are() -> None:
    page = _jsonld_page(
        _episode("Breakfast Show", "2031-05-10T07:00:00+01:00", "2031-05-10T10:00:00+01:00"),
        _episode("Folk Hour", "2031-05-10T19:00:00+01:00", "2031-05-10T20:00:00+01:00"),
    )
    assert _airings(page) == [
        ("Breakfast Show", "2031-05-10T07:00:00+01:00", "https://radio.example.org/programmes/breakfast-show"),
        ("Folk Hour", "2031-05-10T19:00:00+01:00", "https://radio.example.org/programmes/folk-hour"),
    ]


def test_broadcasts_standing_alone_are_named_by_what_they_broadcast() -> None:
    page = _jsonld_page(
        {"@type": "BroadcastEvent", "startDate": "2031-05-10T14:00:00+01:00", "endDate": "2031-05-10T16:00:00+01:00",
         "broadcastOfEvent": {"@type": "SportsEvent", "name": "Cup final"}},
        {"@type": "BroadcastEvent", "name": "Match of the Week", "startDate": "2031-05-11T20:00:00+01:00",
         "endDate": "2031-05-11T21:30:00+01:00"},
    )  # fmt: skip
    assert [title for title, _, _ in _airings(page)] == ["Cup final", "Match of the Week"]


@pytest.mark.parametrize(
    "nodes",
    [
        # a lone airing: an episode's page naming its broadcast
        [_episode("Breakfast Show", "2031-05-10T07:00:00+01:00", "2031-05-10T10:00:00+01:00")],
        # videos' live-stream stamps: a recording's publication, not a listing's slot
        [_episode("Stream one", "2031-05-10T07:00:00+01:00", "2031-05-10T08:00:00+01:00", kind="VideoObject"),
         _episode("Stream two", "2031-05-11T07:00:00+01:00", "2031-05-11T08:00:00+01:00", kind="VideoObject")],
        # publication days, no slot: a podcast's episodes
        [_episode("Episode 1", "2031-05-10", None, kind="PodcastEpisode"),
         _episode("Episode 2", "2031-05-17", None, kind="PodcastEpisode")],
        # airings with no end
        [_episode("News", "2031-05-10T07:00:00+01:00", None), _episode("News", "2031-05-10T08:00:00+01:00", None)],
    ],
)  # fmt: skip
def test_lone_broadcasts_and_publications_are_not_read(nodes: list[dict]) -> None:
    assert read_london(_jsonld_page(*nodes)) == []


def test_a_broadcast_of_an_event_dated_itself_is_read_once_as_that_event() -> None:
    final = {"@type": "SportsEvent", "name": "Cup final", "startDate": "2031-05-10T15:00:00+01:00",
             "location": {"@type": "Place", "name": "National Stadium"}}  # fmt: skip
    page = _jsonld_page(
        {"@type": "BroadcastEvent", "startDate": "2031-05-10T14:00:00+01:00", "endDate": "2031-05-10T17:00:00+01:00",
         "broadcastOfEvent": final},
        {"@type": "BroadcastEvent", "startDate": "2031-05-11T14:00:00+01:00", "endDate": "2031-05-11T17:00:00+01:00",
         "broadcastOfEvent": {**final, "name": "Shield final", "startDate": "2031-05-11T15:00:00+01:00"}},
    )  # fmt: skip
    assert [title for title, _, _ in _airings(page)] == ["Cup final", "Shield final"]


# --- 5. APIs: a UTC offset beside a bare clock ---------------------------------------------------------------------


def _race(number: int, label: str, day: str, clock: str, offset: object, key: str = "utc") -> dict:
    return {"id": number, "session": label, "date": day, "start": clock, key: offset, "racetrack": "Albert Park"}


def _instants(events: list[dict]) -> list[str]:
    return [dt.datetime.fromisoformat(event["start"]).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for event in events]


def test_a_sessions_clock_beside_its_tracks_utc_hours_is_read_at_that_offset() -> None:
    calendar = {"schedule": [
        _race(1, "FP1", "09.05.2031", "12:30", "10"),
        _race(2, "QUALI", "10.05.2031", "16:00", "10"),
        _race(3, "RACE", "11.05.2031", "15:00", "10"),
    ]}  # fmt: skip
    assert _instants(read_json(calendar)) == ["2031-05-09 02:30", "2031-05-10 06:00", "2031-05-11 05:00"]


def test_a_sessions_xml_utc_hours_are_its_offset() -> None:
    sessions = "".join(
        f"<schedule><session>{label}</session><date>{day}.05.2031</date><start>{clock}</start><utc>{utc}</utc>"
        f"<racetrack>{track}</racetrack></schedule>"
        for label, day, clock, utc, track in (
            ("FP1", "09", "12:30", "10", "Albert Park"),
            ("QUALI", "10", "16:00", "10", "Albert Park"),
            ("RACE", "18", "15:00", "2", "Circuit du Lac"),
        )
    )
    document = f'<?xml version="1.0"?><calendar><season>2031</season>{sessions}</calendar>'
    events = sorted(read_events(document.encode(), window=WINDOW, zone=PARIS), key=lambda event: event["start"])
    assert _instants(events) == ["2031-05-09 02:30", "2031-05-10 06:00", "2031-05-18 13:00"]


@pytest.mark.parametrize(
    ("key", "offsets", "expected"),
    [
        ("utc_offset", ["+01:00", "+01:00", "-04:00"], ["2031-05-09 11:30", "2031-05-10 15:00", "2031-05-11 19:00"]),
        # a part-hour offset: no fixed zone of that name, the source's zone (Paris, +02:00) kept
        ("utc_offset", ["+05:30", "+05:30", "+05:30"], ["2031-05-09 10:30", "2031-05-10 14:00", "2031-05-11 13:00"]),
        # "offset" alone, a script's "timezoneOffset": no offset from UTC said, Paris kept
        ("offset", ["10", "10", "10"], ["2031-05-09 10:30", "2031-05-10 14:00", "2031-05-11 13:00"]),
        ("timezoneOffset", [-60, -60, -60], ["2031-05-09 10:30", "2031-05-10 14:00", "2031-05-11 13:00"]),
    ],
)
def test_offsets_said_and_unsaid(key: str, offsets: list[object], expected: list[str]) -> None:
    calendar = {"schedule": [
        _race(1, "FP1", "09.05.2031", "12:30", offsets[0], key),
        _race(2, "QUALI", "10.05.2031", "16:00", offsets[1], key),
        _race(3, "RACE", "11.05.2031", "15:00", offsets[2], key),
    ]}  # fmt: skip
    assert _instants(read_json(calendar)) == expected


@pytest.mark.parametrize(
    ("value", "bare", "zone"),
    [
        ("11", True, "Etc/GMT-11"),
        (-5, True, "Etc/GMT+5"),
        (3600, True, "Etc/GMT-1"),
        (120, True, "Etc/GMT-2"),
        ("0", True, "Etc/GMT"),
        ("+01:00", False, "Etc/GMT-1"),
        ("UTC-3", False, "Etc/GMT+3"),
        ("-0500", False, "Etc/GMT+5"),
        ("11", False, None),  # a number under a zone id key
        ("+05:30", False, None),
        ("15", True, None),
        ("Europe/Paris", False, None),
        (True, True, None),
    ],
)
def test_offset_zones(value: object, bare: bool, zone: str | None) -> None:
    assert offset_zone(value, bare=bare) == zone


@pytest.mark.parametrize(
    ("path", "said"),
    [("utc", True), ("race.utc_offset", True), ("gmtOffset", True), ("offset", False), ("start_utc", False),
     ("timezoneOffset", False)],
)  # fmt: skip
def test_offset_keys(path: str, said: bool) -> None:
    assert offset_key(path) is said
