"""left33: known misreads left by the last sessions (issue #13), each with a test that fails on main and hard negatives.

1. A configured ``json_api`` source fetching a CMS's answer whose "Events" page holds its events only in its HTML got
   nothing (left32's reading was wired only into ``extract --kind auto``): both now share ``_json_page_read``.
2. A single page's "June 17 – 18, 2031, 10am – 5pm" read the 17th's hours only: both days at them (``_page_own_days``).
3. A card's "17-28 June, 19:30" was the 28th at 19:30: a run from the 17th at 19:30 to the 28th at it
   (``_page_card_dates.day_range`` asks the date with its time for its first day; ``_page_nightly_runs``).
4. A conference's "Registration 8:30, sessions start 9:30" (and a gig's "Doors open 7:00pm. Music starts at 8:00pm")
   started at the registration: left32's race start under its check-in (``_page_race_starts``) now knows sessions,
   talks, a conference, a show, music … as what starts, and doors and arrivals as check-ins.
5. A JSON item's cancelled flag beside its own word that it was put off ("cancellationType": "rescheduled",
   "rescheduledDate": "") was printed as cancelled: postponed (no new day) or rescheduled (``_json_put_off``).
7. A dated line's "Quiz night – The Crown, Leeds" kept its place in its title: the segment after the dash is the
   entry's place when it reads as one (``_page_dashed_places``), and the title rule cuts it (source_title kept).
6. A day written as its midnight's stamp beside the day ("date": {"timestamp", "machine"}) outranked the separate
   start clock ("times": {"starts_at": "20:30"}): every show at midnight; the day and the clock now (``_json_day_stamps``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo
from pathlib import Path
from typing import Any

import pytest

from sources.adapters import (
    _json_fields,
    _json_mapping,
    _json_page_read,
    _page_block_reader,
    _page_card_dates,
    _page_own_days,
    _page_race_starts,
    _page_schedule_lines,
)
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent, RejectedRecord
from sources.adapters.json_api import JsonApiAdapter
from sources.http import HttpClient
from tests.sources.helpers import json_events, read_page
from tests.sources.test_left30_day_pairs import _card
from tests.sources.test_left32 import _show, _spans, read_card

LONDON = zoneinfo.ZoneInfo("Europe/London")
WINDOW = FetchWindow(start=dt.datetime(2031, 5, 1, tzinfo=LONDON), end=dt.datetime(2032, 5, 1, tzinfo=LONDON))
RECORDED = Path(__file__).parent / "recorded" / "json_api"
PAGES_PATH = "/wp-json/wp/v2/pages"


# --- 1. a CMS's events page in a configured json_api source's answer ------------------------------------------------


def _pages_config(base: str, **changes: Any) -> dict[str, Any]:
    """What an operator saves for a WordPress site's pages: each page's title, and the events plugin's date field
    (which a page without the plugin does not have)."""
    config = {
        "url": base + PAGES_PATH,
        "params": {"slug": "events"},
        "items": "",
        "mapping": {"title": "title.rendered", "start": "acf.event_date", "url": "link"},
        "timezone": "Europe/London",
    }
    return {**config, **changes}


def _fetch(config: dict[str, Any], no_sleep: list[float]) -> tuple[JsonApiAdapter, list[Any]]:
    with HttpClient(rate_key="t", allow_private=True, sleep=no_sleep.append) as http:
        context = AdapterContext(source="json_api", window=WINDOW, default_timezone=LONDON, http=http)
        instance = JsonApiAdapter(config=config, context=context)
        return instance, list(instance.fetch())


def _shows(records: list[Any]) -> list[tuple[str, str]]:
    return [(record.title, record.start.isoformat()[:16]) for record in records if isinstance(record, RawEvent)]


HALL = [
    ("Quiz night", "2031-06-20T19:00"),
    ("Summer fete", "2031-06-28T10:00"),
    ("Film night", "2031-07-04T19:30"),
]


@pytest.mark.parametrize("changes", [{}, {"items": "data.pages"}])  # every item rejected; the items' path not there
def test_a_configured_source_reads_the_cms_events_page(recorded, no_sleep, changes: dict[str, Any]) -> None:
    recorded.add(PAGES_PATH, query={"slug": "events"}, file="json_api/wp_pages_events.json")
    instance, records = _fetch(_pages_config(recorded.base_url, **changes), no_sleep)
    assert _shows(records) == HALL
    assert {record.source for record in records} == {"json_api"}
    assert all(record.url is None or record.url.startswith("https://hall.example/events/") for record in records)
    assert instance.notes[0] == _json_page_read.PAGE_BODY


def test_a_configured_source_parses_the_cms_events_page() -> None:
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=LONDON)
    instance = JsonApiAdapter(config=_pages_config("https://hall.example"), context=context)
    assert _shows(list(instance.parse((RECORDED / "wp_pages_events.json").read_bytes()))) == HALL


def test_without_the_rule_the_configured_source_got_nothing(
    recorded, no_sleep, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_json_page_read, "events_pages", lambda document: [])
    recorded.add(PAGES_PATH, query={"slug": "events"}, file="json_api/wp_pages_events.json")
    _, records = _fetch(_pages_config(recorded.base_url), no_sleep)
    assert _shows(records) == []
    assert all(isinstance(record, RejectedRecord) for record in records)
    with pytest.raises(AdapterError):
        _fetch(_pages_config(recorded.base_url, items="data.pages"), no_sleep)


def _wp_page(title: str, slug: str, content: str) -> dict[str, Any]:
    document = json.loads((RECORDED / "wp_pages_events.json").read_text())[0]
    return {**document, "title": {"rendered": title}, "slug": slug, "content": {"rendered": content}}


def test_hard_negative_a_mapping_that_reads_events_keeps_its_reading(recorded, no_sleep) -> None:
    """An operator who maps the page's own date reads one "Events" item at it: the mapping's reading stands."""
    recorded.add(PAGES_PATH, query={"slug": "events"}, file="json_api/wp_pages_events.json")
    mapping = {"title": "title.rendered", "start": "date"}
    instance, records = _fetch(_pages_config(recorded.base_url, mapping=mapping), no_sleep)
    assert _shows(records) == [("Events", "2031-05-01T10:00")]
    assert _json_page_read.PAGE_BODY not in instance.notes


@pytest.mark.parametrize(
    "item",
    [
        _wp_page("Hire the hall", "hire", "<p>Friday 20 June 2031, 7pm: the hall is booked.</p>"),  # no events page
        _wp_page("Events", "events", "Friday 20 June 2031, 7pm: quiz night."),  # no markup
    ],
)
def test_hard_negative_no_events_page_keeps_the_configured_reading(recorded, no_sleep, item: dict[str, Any]) -> None:
    recorded.add(PAGES_PATH, query={"slug": "events"}, json_body=[item])
    instance, records = _fetch(_pages_config(recorded.base_url), no_sleep)
    assert _shows(records) == []
    assert _json_page_read.PAGE_BODY not in instance.notes
    with pytest.raises(AdapterError):  # the items' path not there: the configured reading's error, as on main
        _fetch(_pages_config(recorded.base_url, items="data.pages"), no_sleep)


def test_hard_negative_an_empty_events_page_gives_no_events(recorded, no_sleep) -> None:
    empty = _wp_page("Events", "events", "<p>No events are planned at the moment. Check back soon.</p>")
    recorded.add(PAGES_PATH, query={"slug": "events"}, json_body=[empty])
    assert _shows(_fetch(_pages_config(recorded.base_url), no_sleep)[1]) == []


# --- 5. an event put off, not called off ------------------------------------------------------------------------------


def _ticketed(number: int, **changes: Any) -> dict[str, Any]:
    """A UK ticketing API's event as its search and detail answers write it (a cancelled flag as "0"/"1")."""
    item = {
        "id": str(40100 + number),
        "eventname": f"Northern Lights Tour, night {number}",
        "venue": {"name": "The Leadmill", "town": "Sheffield"},
        "startdate": f"2031-08-{12 + number:02d}T19:00:00+00:00",
        "link": f"https://tickets.example/e/{40100 + number}",
        "cancelled": "0",
    }
    return {**item, **changes}


json_read = functools.partial(json_events, window=WINDOW, zone=LONDON)


def _statuses(document: object) -> list[str]:
    return [event["status"] for event in json_read(document)]


PUT_OFF = {"cancelled": "1", "cancellationType": "rescheduled", "cancellationReason": "Illness", "rescheduledDate": ""}


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"results": _ticketed(0, **PUT_OFF)}, ["postponed"]),  # the detail answer: no new day yet
        ({"results": [_ticketed(0, **PUT_OFF), _ticketed(1), _ticketed(2)]}, ["postponed", "scheduled", "scheduled"]),
        (  # a new day given: rescheduled
            {"results": [_ticketed(0, **{**PUT_OFF, "rescheduledDate": "2031-10-01"}), _ticketed(1), _ticketed(2)]},
            ["rescheduled", "scheduled", "scheduled"],
        ),
        (  # the flag set, the item's own status saying postponed
            {"results": [_ticketed(0, cancelled="1", status="postponed"), _ticketed(1, status="on sale")]},
            ["postponed", "scheduled"],
        ),
        ({"results": _ticketed(0, cancelled="1", cancellationType="Postponed")}, ["postponed"]),
    ],
)
def test_a_flagged_event_put_off_is_postponed_or_rescheduled(document: object, expected: list[str]) -> None:
    assert _statuses(document) == expected


def test_without_the_rule_the_put_off_show_was_cancelled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json_mapping, "put_off", lambda status, item: status)
    assert _statuses({"results": _ticketed(0, **PUT_OFF)}) == ["cancelled"]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"results": _ticketed(0, cancelled="1", cancellationType="cancelled")}, ["cancelled"]),  # called off
        ({"results": _ticketed(0, cancelled="1", cancellationType="")}, ["cancelled"]),  # no word how
        (  # a reason's free text is no type
            {"results": _ticketed(0, cancelled="1", cancellationReason="Postponed from last year, now cancelled")},
            ["cancelled"],
        ),
        ({"results": [_ticketed(0, cancellationType="rescheduled"), _ticketed(1)]}, ["scheduled", "scheduled"]),
        (  # a cancelled event whose "rescheduled" is elsewhere (its ticket's state): still cancelled
            {"results": _ticketed(0, cancelled="1", ticket={"state": "rescheduled"})},
            ["cancelled"],
        ),
    ],
)
def test_hard_negative_called_off_or_running_events_keep_their_status(document: object, expected: list[str]) -> None:
    assert _statuses(document) == expected


# --- 6. a day's midnight stamp beside its day and a separate start clock ---------------------------------------------

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def _stamp(day: int, clock: str = "00:00", zone: dt.tzinfo = AMSTERDAM) -> int:
    hour, minute = map(int, clock.split(":"))
    return int(dt.datetime(2031, 8, day, hour, minute, tzinfo=zone).timestamp())


def _gig(number: int, day: int, clock: str, stamp: int | None = None, **changes: Any) -> dict[str, Any]:
    """A venue's Next.js listing: the day three ways in one object, the clocks apart."""
    date = {
        "timestamp": _stamp(day) if stamp is None else stamp,
        "machine": f"2031-08-{day:02d}",
        "human": f"{day} aug",
    }
    item = {
        "id": 700 + number,
        "title": f"Band {number}",
        "date": date,
        "times": {"doors_open": "19:30", "starts_at": clock},
        "venue": {"name": "Grote zaal"},
        "url": f"https://venue.example/agenda/band-{number}",
    }
    return {**item, **changes}


amsterdam_read = functools.partial(
    json_events,
    window=FetchWindow(dt.datetime(2031, 5, 1, tzinfo=AMSTERDAM), dt.datetime(2032, 5, 1, tzinfo=AMSTERDAM)),
    zone=AMSTERDAM,
)


def _gig_starts(document: object) -> list[str]:
    return [str(event["start"])[:16] for event in amsterdam_read(document)]


GIGS = {"pageProps": {"events": [_gig(0, 21, "20:30"), _gig(1, 22, "21:00"), _gig(2, 23, "20:00")]}}


@pytest.mark.parametrize(
    "document",
    [
        GIGS,
        [_gig(0, 21, "20:30"), _gig(1, 22, "21:00"), _gig(2, 23, "20:00")],
        [_gig(0, 21, "20:30"), _gig(1, 22, "20:30")],  # one clock: still not the stamps' zone
        {"pageProps": {"event": _gig(0, 21, "20:30")}},  # one event's page
    ],
)
def test_a_midnight_stamp_beside_its_day_gives_way_to_the_start_clock(document: object) -> None:
    assert _gig_starts(document)[0] == "2031-08-21T20:30"


def test_without_the_rule_every_show_started_at_midnight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json_fields, "stamp_of_day", lambda whole, days, times: False)
    assert _gig_starts(GIGS) == ["2031-08-21T00:00", "2031-08-22T00:00", "2031-08-23T00:00"]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (  # the stamp is the clock's moment (a Berlin start written in UTC): the stamp stands, as on main
            [
                _gig(0, 21, "10:00", _stamp(21, "10:00", zoneinfo.ZoneInfo("Europe/Berlin"))),
                _gig(1, 22, "11:00", _stamp(22, "11:00", zoneinfo.ZoneInfo("Europe/Berlin"))),
            ],
            ["2031-08-21T10:00", "2031-08-22T11:00"],
        ),
        (  # stamps at their own hours, not midnights
            [_gig(0, 21, "20:30", _stamp(21, "18:00")), _gig(1, 22, "21:00", _stamp(22, "17:00"))],
            ["2031-08-21T18:00", "2031-08-22T17:00"],
        ),
        (  # days and stamps that disagree: the stamp stands
            [_gig(0, 21, "20:30", _stamp(25)), _gig(1, 22, "21:00", _stamp(27))],
            ["2031-08-25T00:00", "2031-08-27T00:00"],
        ),
    ],
)
def test_hard_negative_stamps_that_are_moments_stand(document: object, expected: list[str]) -> None:
    assert _gig_starts(document) == expected


# --- 4. a conference's registration before its stated start ---------------------------------------------------------

single_page = functools.partial(
    read_page, url="https://site.example/event", zone=LONDON, start=dt.datetime(2031, 6, 1, 9, tzinfo=LONDON)
)


def _page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"


def _page_starts(body: str) -> list[tuple[str, str]]:
    return [(event["title"], str(event["start"])[:16]) for event in single_page(body)]


ARRIVALS = [
    (
        _page("Data Summit 2031", "Thursday 19 June 2031", "Registration 8:30, sessions start 9:30", "Leeds Town Hall"),
        [("Data Summit 2031", "2031-06-19T09:30")],
    ),
    (
        _page("Data Summit 2031", "Thursday 19 June 2031. Registration 8:30, sessions start 9:30.", "Leeds Town Hall"),
        [("Data Summit 2031", "2031-06-19T09:30")],
    ),
    (
        _page(
            "Data Summit 2031",
            "Thursday 19 June 2031, 8:30am",
            "Registration from 8:30am; the conference starts at 9:30am.",
            "Leeds Town Hall",
        ),
        [("Data Summit 2031", "2031-06-19T09:30")],
    ),
    (
        _page("Jazz night", "Friday 20 June 2031", "Doors open 7:00pm. Music starts at 8:00pm", "The Crown, Leeds"),
        [("Jazz night", "2031-06-20T20:00")],
    ),
    (
        _page("Campus open day", "Saturday 21 June 2031", "Check-in 9:00, tours start 9:30", "Main Building"),
        [("Campus open day", "2031-06-21T09:30")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), ARRIVALS)
def test_a_stated_start_after_registration_or_doors_is_the_start(body: str, expected: list) -> None:
    assert _page_starts(body) == expected


def test_without_the_rule_the_registration_was_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_race_starts, "race_start", lambda lines, date_line, today: None)
    assert _page_starts(ARRIVALS[0][0]) == [("Data Summit 2031", "2031-06-19T08:30")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # another thing's start
            _page("Data Summit 2031", "Thursday 19 June 2031", "Registration 8:30, breakfast starts 8:45", "Leeds"),
            [("Data Summit 2031", "2031-06-19T08:30")],
        ),
        (  # a registration alone
            _page("Data Summit 2031", "Thursday 19 June 2031", "Registration 8:30", "Leeds Town Hall"),
            [("Data Summit 2031", "2031-06-19T08:30")],
        ),
        (  # a start with no arrival's word: as read
            _page("Data Summit 2031", "Thursday 19 June 2031, 8:30", "Tickets on sale from 8:00, starts 9:30", "Leeds"),
            [("Data Summit 2031", "2031-06-19T08:30")],
        ),
        (  # the library's opening hours' word is no start's lead
            _page(
                "Summer reading",
                "Thursday 19 June 2031",
                "Registration for summer reading opens 8:30, the library opening starts 9:30",
                "Leeds Library",
            ),
            [("Summer reading", "2031-06-19T08:30")],
        ),
        (  # a programme that starts another day
            _page("Data Summit 2031", "Thursday 19 June 2031", "Registration 8:30. The programme starts on Friday."),
            [("Data Summit 2031", "2031-06-19T08:30")],
        ),
    ],
)
def test_hard_negative_no_stated_start_of_the_event(body: str, expected: list) -> None:
    assert _page_starts(body) == expected


# --- 2. a single page's two days with a day's hours; 3. a card's run with a nightly clock ----------------------------


@pytest.mark.parametrize(
    "line", ["June 17 – 18, 2031, 10am – 5pm", "17–18 June 2031, 10:00–17:00", "June 17-18, 10am to 5pm"]
)
def test_a_pages_two_days_with_hours_are_both_days_at_them(line: str) -> None:
    events = _show(line)
    assert _spans(events) == [("2031-06-17T10:00", "2031-06-17T17:00"), ("2031-06-18T10:00", "2031-06-18T17:00")]
    assert {event["title"] for event in events} == {"Hamlet by the river"}


def test_without_the_rule_the_page_read_the_first_days_hours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_own_days, "HOURS_AFTER", _page_own_days.re.compile(r"(?!)"))
    assert _spans(_show("June 17 – 18, 2031, 10am – 5pm")) == [("2031-06-17T10:00", "2031-06-17T17:00")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("June 17 – 18 at 7:30pm", [("2031-06-17T19:30", None), ("2031-06-18T19:30", None)]),  # left32's, kept
        ("June 17 – 28, 10am – 5pm", [("2031-06-17T10:00", "2031-06-17T17:00")]),  # a longer run: as read
        ("June 17 – 28", [("2031-06-17", "2031-06-28")]),  # a run stays one event
        ("June 17 – 18", [("2031-06-17", "2031-06-18")]),
        (  # an office's hours in another sentence: not the two days' (read as on main)
            "June 17 – 18, 2031. Box office 10am – 5pm",
            [("2031-06-17T10:00", "2031-06-17T17:00")],
        ),
    ],
)
def test_hard_negative_a_pages_runs_and_other_hours_read_as_before(line: str, expected: list) -> None:
    assert _spans(_show(line)) == expected


NIGHTLY = [("2031-06-17T19:30", "2031-06-28T19:30")]


@pytest.mark.parametrize("days", ["17-28 June, 19:30", "17–28 June 2031, 19:30", "June 17 – 28 at 7:30pm"])
def test_a_cards_run_with_a_nightly_clock_starts_on_its_first_day(days: str) -> None:
    assert _spans(read_card(_card(days))) == NIGHTLY


def test_without_the_rule_the_run_was_its_last_night(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_block_reader, "nightly_run", lambda days, hit, written, zone: None)
    monkeypatch.setattr(_page_card_dates, "RANGE_HEAD", _page_card_dates.re.compile(r"(?!)"))
    assert _spans(read_card(_card("17-28 June, 19:30"))) == [("2031-06-28T19:30", None)]


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("17–18 June, 19:30", [("2031-06-17T19:30", None), ("2031-06-18T19:30", None)]),  # two shows (left32)
        ("17-28 June", [("2031-06-17", "2031-06-28")]),  # a run of days
        ("17-28 June, 10:00-17:00", [("2031-06-17T10:00", "2031-06-28T17:00")]),  # each day's hours (daily_hours)
        ("June 17 – 18, 10am – 5pm", [("2031-06-17T10:00", "2031-06-18T17:00")]),  # a card's pair's hours: a run
        ("28 June, 19:30", [("2031-06-28T19:30", None)]),  # one day
    ],
)
def test_hard_negative_a_cards_other_days_read_as_before(days: str, expected: list) -> None:
    assert _spans(read_card(_card(days))) == expected


# --- 7. a dated line's place after a dash in its title ---------------------------------------------------------------

listing = functools.partial(
    read_page, url="https://pub.example/whats-on", zone=LONDON, start=dt.datetime(2031, 6, 1, 9, tzinfo=LONDON)
)


def _lines(*lines: str) -> list[tuple[str, str | None, str | None]]:
    events = listing(_page("What's on", *lines))
    return [(event["title"], event["venue_name"], event.get("source_title")) for event in events]


CROWN = [
    "Friday 20 June 2031, 7pm — Quiz night – The Crown, Leeds",
    "Saturday 28 June 2031, 8pm — Folk session – The Crown, Leeds",
    "Friday 4 July 2031, 7:30pm — Film night – The Crown, Leeds",
]


def test_a_dated_lines_place_after_a_dash_is_its_venue_and_leaves_the_title() -> None:
    assert _lines(*CROWN) == [
        ("Quiz night", "The Crown, Leeds", CROWN[0]),
        ("Folk session", "The Crown, Leeds", CROWN[1]),
        ("Film night", "The Crown, Leeds", CROWN[2]),
    ]


def test_a_place_by_its_own_words_on_one_line() -> None:
    lines = ["Friday 20 June 2031, 7pm — Quiz night – Village Hall", "Saturday 28 June 2031, 8pm — Folk session"]
    assert _lines(*lines) == [("Quiz night", "Village Hall", lines[0]), ("Folk session", None, lines[1])]


def test_without_the_rule_the_place_stayed_in_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_schedule_lines, "dashed_places", lambda entries, _title=None: entries)
    assert [title for title, _, _ in _lines(*CROWN)] == [
        "Quiz night – The Crown, Leeds",
        "Folk session – The Crown, Leeds",
        "Film night – The Crown, Leeds",
    ]


@pytest.mark.parametrize(
    ("lines", "titles"),
    [
        (  # subtitles, each its own
            [
                "Friday 20 June 2031, 7pm — Hamlet – A Tragedy",
                "Saturday 28 June 2031, 8pm — Macbeth – The Scottish Play",
            ],
            ["Hamlet – A Tragedy", "Macbeth – The Scottish Play"],
        ),
        (  # a subtitle on one line only, capitalised: no place's word
            ["Friday 20 June 2031, 7pm — Jazz night – Summer Special", "Saturday 28 June 2031, 8pm — Folk session"],
            ["Jazz night – Summer Special", "Folk session"],
        ),
        (  # a repeated series name with a year: no place
            [
                "Friday 20 June 2031, 7pm — Quiz night – Summer Season 2031",
                "Friday 27 June 2031, 7pm — Film night – Summer Season 2031",
            ],
            ["Quiz night – Summer Season 2031", "Film night – Summer Season 2031"],
        ),
        (  # a name that is no full title on its own: the place stays in it
            ["Friday 20 June 2031, 7pm — Quiz – Village Hall", "Saturday 28 June 2031, 8pm — Folk – Village Hall"],
            ["Quiz – Village Hall", "Folk – Village Hall"],
        ),
        (  # a club's home games: the other side repeated after the dash, no venue and town
            [
                "Monday 9 March 2031, 18:00 — HC Kometa Brno - Banes Motor České Budějovice",
                "Tuesday 10 March 2031, 18:00 — HC Kometa Brno - Banes Motor České Budějovice",
            ],
            ["HC Kometa Brno - Banes Motor České Budějovice"] * 2,
        ),
        (  # a remark repeated after the dash
            [
                "Friday 20 June 2031, 7pm — Quiz night – Free Entry",
                "Friday 27 June 2031, 7pm — Film night – Free Entry",
            ],
            ["Quiz night – Free Entry", "Film night – Free Entry"],
        ),
    ],
)
def test_hard_negative_a_subtitle_or_a_remark_after_the_dash_stays(lines: list[str], titles: list[str]) -> None:
    assert [title for title, _, _ in _lines(*lines)] == titles
