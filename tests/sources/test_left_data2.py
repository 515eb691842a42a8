"""JSON and feed misreadings the last session left (helper leftdata2), each on a document of our own:

1. a stated midnight on an all-day feed item ("Ring in the new year at midnight" on 31 December) keeps its day; the
   item's midnight is its start only when the words' midnight can be it (``_feed_stated_clock.midnight_tie``);
2. a name inside offers, prices or fees is never the event's title (``_json_fields.NOT_TITLE``);
3. all-day end days in JSON are last days unless the items are shaped as iCalendar's (``nested_day_after``);
4. a results table's dotted "time" ("9.58") is no clock (``_json_shapes._results``);
5. a feed's online-only place keeps its meeting's address as a link (``_feed_fields.item_meeting_links``);
6. a box line glued to the next line's town is parted ("P.O. Box 750Erie, PA 16501": ``_feed_glued._box_cuts``);
7. a booking period's dated windows are its occurrences (``_json_windows.windows``).
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import Any

import pytest

from sources.adapters._feed_glued import _BOX_GLUED, _BOX_LINE, _TOWN_LINE, _WORD_AFTER_NUMBER, unglued
from sources.adapters._feed_stated_clock import DATE_BEFORE, TONIGHT, WEEKDAY_BEFORE, YEAR_TURN, midnight_tie
from sources.adapters._json_windows import windows
from sources.adapters.base import AdapterError, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from tests.hostile import superlinear_shape
from tests.sources.helpers import EvFeed, make_adapter

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 6, 1, tzinfo=dt.UTC))
SITE = EvFeed("https://stadthalle.example.de/", "Stadthalle", WINDOW, BERLIN)
feed, item, parse, local = SITE.feed, SITE.item, SITE.parse, SITE.local


def day_item(title: str, day: str, description: str) -> str:
    """An item as a feed that writes its all-day items as midnight writes it: one instant as start and end."""
    offset = "+01:00" if day[5:7] in ("01", "02", "03", "10", "11", "12") else "+02:00"
    return item(title, f"{day}T00:00:00{offset}", f"{day}T00:00:00{offset}", description)


# --- 1. a stated midnight on an all-day item --------------------------------------------------------------------


def test_a_midnight_that_ends_the_items_day_keeps_the_day() -> None:
    read = parse(
        feed(
            day_item("New Year's Eve Party", "2031-12-31", "Ring in the new year at midnight"),
            day_item("Silvesterfeier", "2031-12-31", "Um Mitternacht begrüßen wir das neue Jahr."),
            day_item("Late opening", "2031-06-13", "Friday at midnight the doors close for the summer."),
            day_item("Full moon walk", "2031-06-14", "Meet tonight at midnight by the old oak."),
            day_item("Fireworks", "2031-07-04", "July 4 at midnight over the river"),
        )
    )
    assert [(r.title, local(r), r.all_day) for r in read] == [
        ("New Year's Eve Party", dt.date(2031, 12, 31), True),
        ("Silvesterfeier", dt.date(2031, 12, 31), True),
        ("Late opening", dt.date(2031, 6, 13), True),
        ("Full moon walk", dt.date(2031, 6, 14), True),
        ("Fireworks", dt.date(2031, 7, 4), True),
    ]


def test_a_stated_midnight_that_is_the_items_own_midnight_is_its_start() -> None:
    # Hard negatives: the words' midnight is the one the item is written at (the end of the day before), or no day
    # is tied to it: the midnight is the start, as before.
    read = parse(
        feed(
            day_item("Neujahrsanstoßen", "2032-01-01", "Ring in the new year at midnight on the square"),
            day_item("Midnight screening: Nosferatu", "2031-06-15", "Saturday at midnight, our cult classic."),
            day_item("Midnight screening: Faust", "2031-06-22", "Our cult classic, at midnight."),
        )
    )
    assert [(r.title, local(r), r.all_day) for r in read] == [
        ("Neujahrsanstoßen", dt.datetime(2032, 1, 1, 0, 0, tzinfo=BERLIN), False),
        ("Midnight screening: Nosferatu", dt.datetime(2031, 6, 15, 0, 0, tzinfo=BERLIN), False),
        ("Midnight screening: Faust", dt.datetime(2031, 6, 22, 0, 0, tzinfo=BERLIN), False),
    ]


def test_a_midnight_tied_to_another_day_keeps_the_day() -> None:
    # Fail closed: "Tuesday at midnight" on a Saturday's item is neither its start nor its end.
    read = parse(feed(day_item("Open studio", "2031-06-14", "Sign up by Tuesday at midnight.")))
    assert [(local(r), r.all_day) for r in read] == [(dt.date(2031, 6, 14), True)]


def test_new_year_words_on_another_day_tie_nothing() -> None:
    # A film's name with "New Year" in June: the words' midnight is still the item's start.
    read = parse(feed(day_item("Cult night", "2031-06-21", "New Year's Evil, at midnight.")))
    assert [(local(r), r.all_day) for r in read] == [(dt.datetime(2031, 6, 21, 0, 0, tzinfo=BERLIN), False)]


def test_midnight_tie_reads_the_day_the_words_name() -> None:
    sunday = dt.date(2031, 6, 15)
    assert midnight_tie(["Sonnabend um Mitternacht"], sunday) == dt.date(2031, 6, 14)  # Sonnabend is Saturday
    assert midnight_tie(["Sunday night at midnight"], sunday) == sunday
    assert midnight_tie(["Dec. 31st at midnight"], dt.date(2032, 1, 1)) == dt.date(2031, 12, 31)
    assert midnight_tie(["31.12. um Mitternacht"], dt.date(2032, 1, 1)) == dt.date(2031, 12, 31)
    assert midnight_tie(["at midnight tonight"], sunday) == sunday
    assert midnight_tie(["Our cult classic, at midnight."], sunday) is None
    assert midnight_tie(["Open until Sunday midnight"], sunday) is None  # an end, not a start
    assert midnight_tie(["Bis 31.02. um Mitternacht"], sunday) is not None  # no such day: tied to none (fail closed)


# --- 5. a feed's online-only place keeps its meeting's address as a link ------------------------------------------


def test_an_online_places_meeting_address_is_the_items_link() -> None:
    read = parse(
        feed(
            item("Webinar A", "2031-06-14T18:00:00+02:00", location="Virtual Meeting - https://zoom.us/j/92667922137"),
            item("Webinar B", "2031-06-15T18:00:00+02:00", location="https://teams.microsoft.com/l/meetup-join/19abc"),
            item("Webinar C", "2031-06-16T18:00:00+02:00", location="Online via https://meet.google.com/abc-defg-hij"),
        )
    )
    assert [(r.venue_name, r.online, r.links) for r in read] == [
        (None, True, [{"label": "Online meeting", "url": "https://zoom.us/j/92667922137"}]),
        (None, True, [{"label": "Online meeting", "url": "https://teams.microsoft.com/l/meetup-join/19abc"}]),
        (None, True, [{"label": "Online meeting", "url": "https://meet.google.com/abc-defg-hij"}]),
    ]


def test_a_venues_site_or_a_hall_beside_a_meeting_link_gives_no_meeting_link() -> None:
    # Hard negatives: a venue's own website is no meeting; "Online / Zoom link to follow" has no address to keep;
    # a hybrid event's hall beside the link stays its place (its link is not read as the online room's).
    read = parse(
        feed(
            item("Talk A", "2031-06-14T18:00:00+02:00", location="https://stadthalle.example.de/saal"),
            item("Talk B", "2031-06-15T18:00:00+02:00", location="Online / Zoom link to follow"),
            item("Talk C", "2031-06-16T18:00:00+02:00", location="Rathaus, Marktplatz 1, https://zoom.us/j/1"),
        )
    )
    assert [r.links for r in read] == [[], [], []]
    assert [r.online for r in read][:2] == [True, True]  # as before: a URL or an online room, no venue
    assert read[2].venue_name == "Rathaus"


# --- 6. a box's number glued to the town line ----------------------------------------------------------------------


def test_a_box_line_glued_to_the_next_lines_town_is_parted() -> None:
    read = parse(
        feed(
            item("Court A", "2031-06-14T18:00:00+02:00", location="Erie County Courthouse140 West 6th StreetP.O. Box 750Erie, PA 16501"),
            item("Court B", "2031-06-15T18:00:00+02:00", location="P.O. Box 750Erie, PA 16501"),
            item("Court C", "2031-06-16T18:00:00+02:00", location="Public Library2 Main StSuite 100Erie, PA 16501"),
        )
    )  # fmt: skip
    assert [(r.venue_name, r.address) for r in read] == [
        ("Erie County Courthouse", "140 West 6th Street, P.O. Box 750, Erie, PA 16501"),
        (None, "P.O. Box 750, Erie, PA 16501"),
        ("Public Library", "2 Main St, Suite 100, Erie, PA 16501"),
    ]


def test_a_capitalised_word_after_a_number_that_ends_no_box_line_stays_glued() -> None:
    # Hard negatives: a stage's, a pier's or a suite's number before a name that shows no lines (no other cut, no
    # town line after it) stays as written; "4H Club" and "Studio54 Club" too.
    for place in ("Stage 2West Hall", "Pier 39Fisherman's Wharf", "Suite 5Restaurant", "4H Club", "Studio54 Club"):
        assert unglued(place, None) == place
    assert unglued("Box 12Theatre, Main Street", None) == "Box 12Theatre, Main Street"


# --- JSON helpers ---------------------------------------------------------------------------------------------------


def events(document: Any) -> list[RawEvent]:
    adapter = make_adapter(JsonApiAdapter, {}, window=WINDOW, default_timezone=BERLIN, base_url=None)
    return [record for record in adapter.parse(json.dumps(document).encode()) if isinstance(record, RawEvent)]


# --- 2. an offer's name is never the event's title -----------------------------------------------------------------


def test_an_offers_name_is_not_the_events_title() -> None:
    read = events(
        [
            {"id": 1, "startDate": "2031-06-14T19:00:00+02:00", "description": "Summer concert in the park",
             "offers": [{"name": "General Admission", "price": 10}]},
            {"id": 2, "startDate": "2031-06-15T19:00:00+02:00", "description": "Jazz night with the trio",
             "offers": [{"name": "Guest", "price": 0}]},
        ]
    )  # fmt: skip
    assert [r.title for r in read] == ["Summer concert in the park", "Jazz night with the trio"]


def test_a_record_named_only_by_its_offers_prices_or_fees_has_no_title() -> None:
    for key in ("offers", "prices", "fees"):
        document = [
            {"id": n, "startDate": f"2031-06-1{n}T19:00:00+02:00", "venue": {"name": "Town Hall"},
             key: [{"name": name, "price": 10}]}
            for n, name in ((4, "General Admission"), (5, "Guest"), (6, "General Admission"))
        ]  # fmt: skip
        try:
            read = events(document)
        except AdapterError:
            read = []
        assert not any(r.title in ("General Admission", "Guest") for r in read), key
    with pytest.raises(AdapterError):  # one event object: its offer's name is not its title either
        events({"startDate": "2031-06-14T19:00:00+02:00", "location": "Hall", "offers": {"name": "General Admission"}})


def test_a_records_own_name_beside_its_offers_and_a_list_called_offers_keep_their_titles() -> None:
    # Hard negatives: the record's own name wins as before; a list of events under a key "offers" is the events'
    # list (their names are their own), and an event object beside a price list keeps its name.
    read = events(
        [
            {"name": "Summer Concert", "startDate": "2031-06-14T19:00:00+02:00", "offers": [{"name": "Guest"}]},
            {"name": "Jazz Night", "startDate": "2031-06-15T19:00:00+02:00", "offers": [{"name": "Guest"}]},
        ]
    )
    assert [r.title for r in read] == ["Summer Concert", "Jazz Night"]
    read = events(
        {"offers": [{"name": "Summer Concert", "start": "2031-06-14T19:00:00+02:00"},
                    {"name": "Jazz Night", "start": "2031-06-15T19:00:00+02:00"}]}
    )  # fmt: skip
    assert [r.title for r in read] == ["Summer Concert", "Jazz Night"]
    read = events(
        [{"event": {"name": "Summer Concert", "start": "2031-06-14T19:00:00+02:00"}, "prices": [{"name": "Adult"}]},
         {"event": {"name": "Jazz Night", "start": "2031-06-15T19:00:00+02:00"}, "prices": [{"name": "Child"}]}]
    )  # fmt: skip
    assert [r.title for r in read] == ["Summer Concert", "Jazz Night"]


# --- 3. all-day end days are last days unless the items are shaped as iCalendar's ---------------------------------

WEEKENDS = (
    ("Rock am Hof", "2031-06-07", "2031-06-08"),  # Saturday and Sunday
    ("Folk im Park", "2031-06-14", "2031-06-15"),
    ("Jazz fest", "2031-06-20", "2031-06-22"),  # Friday to Sunday
    ("Stadtfest", "2031-06-28", "2031-06-29"),
)


def test_weekend_festivals_written_with_their_last_day_keep_it() -> None:
    nested = events({"items": [{"summary": t, "start": {"date": s}, "end": {"date": e}} for t, s, e in WEEKENDS]})
    flat = events([{"name": t, "start": s, "end": e} for t, s, e in WEEKENDS])
    for read in (nested, flat):
        assert [(r.start, r.end) for r in read] == [
            (dt.date(2031, 6, 7), dt.date(2031, 6, 8)),
            (dt.date(2031, 6, 14), dt.date(2031, 6, 15)),
            (dt.date(2031, 6, 20), dt.date(2031, 6, 22)),
            (dt.date(2031, 6, 28), dt.date(2031, 6, 29)),
        ]


def test_icalendar_shaped_all_day_ends_are_the_day_after_the_last() -> None:
    # The shape says otherwise: Google Calendar's "kind", an "iCalUID", or keys named as iCalendar's DTSTART/DTEND.
    def google(extra: dict[str, str]) -> list[RawEvent]:
        items = [{"summary": t, "start": {"date": s}, "end": {"date": e}, **extra} for t, s, e in WEEKENDS]
        return events({"items": items})

    for read in (
        google({"kind": "calendar#event"}),
        google({"iCalUID": "abc@example.org"}),
        events([{"summary": t, "dtstart": s, "dtend": e} for t, s, e in WEEKENDS]),
        events([{"summary": t, "dtstart": {"date": s}, "dtend": {"date": e}} for t, s, e in WEEKENDS]),
    ):
        assert [(r.start, r.end) for r in read] == [
            (dt.date(2031, 6, 7), None),
            (dt.date(2031, 6, 14), None),
            (dt.date(2031, 6, 20), dt.date(2031, 6, 21)),
            (dt.date(2031, 6, 28), None),
        ]


def test_an_icalendar_shaped_end_on_its_start_day_is_a_last_day() -> None:
    # Hard negative: one end on its start's day (or a timed end) shows the writer wrote last days.
    items = [
        {"summary": "Markt", "start": {"date": "2031-06-07"}, "end": {"date": "2031-06-07"}, "kind": "calendar#event"},
        {"summary": "Fest", "start": {"date": "2031-06-14"}, "end": {"date": "2031-06-15"}, "kind": "calendar#event"},
        {"summary": "Messe", "start": {"date": "2031-06-20"}, "end": {"date": "2031-06-22"}, "kind": "calendar#event"},
    ]
    assert [r.end for r in events({"items": items})] == [None, dt.date(2031, 6, 15), dt.date(2031, 6, 22)]
    # A "type" that is not iCalendar's says nothing.
    items = [{"summary": t, "start": {"date": s}, "end": {"date": e}, "type": "festival"} for t, s, e in WEEKENDS]
    assert [r.end for r in events({"items": items})][:2] == [dt.date(2031, 6, 8), dt.date(2031, 6, 15)]


# --- 4. a results table's "time" is no clock ------------------------------------------------------------------------


def results(times: tuple[str, ...], key: str = "time") -> list[dict[str, Any]]:
    days = ("2031-08-16", "2031-08-23", "2031-09-02", "2031-09-20")
    return [
        {"name": f"100 m final, heat {n}", key: time, "date": days[n], "venue": "Olympiastadion"}
        for n, time in enumerate(times)
    ]


def test_a_sprints_times_in_a_time_column_are_not_clocks() -> None:
    for read in (
        events(results(("9.58", "9.59", "9.47", "9.52"))),  # every "minute" 00-59, none on a five-minute mark
        events(results(("9.58", "9.69", "9.72", "9.63"))),  # some above 59: not clocks (as before)
        events(results(("10.00", "10.30", "10.15", "10.45"), key="bestTime")),  # the key names a result
    ):
        assert [(r.start, r.all_day) for r in read] == [
            (dt.date(2031, 8, 16), True),
            (dt.date(2031, 8, 23), True),
            (dt.date(2031, 9, 2), True),
            (dt.date(2031, 9, 20), True),
        ]


def test_dotted_clocks_on_the_hour_or_half_hour_are_still_clocks() -> None:
    # Hard negatives: a schedule's "20.30", "19.00", "9.15" (one odd minute among them) stay times of day.
    read = events(
        [
            {"name": f"Konzert {n}", "zeit": time, "datum": day}
            for n, (time, day) in enumerate(
                (("20.30", "2031-08-16"), ("19.00", "2031-08-17"), ("9.15", "2031-08-18"), ("18.47", "2031-08-19"))
            )
        ]
    )
    assert [r.start for r in read] == [
        dt.datetime(2031, 8, 16, 20, 30, tzinfo=BERLIN),
        dt.datetime(2031, 8, 17, 19, 0, tzinfo=BERLIN),
        dt.datetime(2031, 8, 18, 9, 15, tzinfo=BERLIN),
        dt.datetime(2031, 8, 19, 18, 47, tzinfo=BERLIN),
    ]
    # No date in the record: a clock alone is no event (fail closed).
    with pytest.raises(AdapterError):
        events([{"name": f"Konzert {n}", "zeit": time} for n, time in enumerate(("20.30", "19.00"))])


# --- 7. a booking period's dated windows --------------------------------------------------------------------------


def booking(n: int, title: str, start: str, end: str, slots: Any, key: str = "timeSlots") -> dict[str, Any]:
    return {
        "id": n,
        "title": title,
        "startDateTime": start,
        "endDateTime": end,
        "allDay": False,
        "primaryResource": None,
        "timeSlot": {key: slots} if slots is not None else None,
    }


def window(n: int, start: str, end: str) -> dict[str, Any]:
    """A window with the slots guardians book inside it, each picked per child (the answers)."""
    return {
        "id": n,
        "startDate": start,
        "endDate": end,
        "answers": [{"concerningProfileId": 501, "selectedTimeSlotIndex": 1}],
        "timeSlotIndexes": [{"startTime": start, "endTime": end}],
    }


def test_a_booking_periods_dated_windows_are_its_occurrences() -> None:
    read = events(
        {
            "status": {"code": 0},
            "data": [
                booking(1, "Parent conferences", "2031-11-17T13:15:00+00:00", "2031-11-24T16:00:00+00:00", [
                    window(11, "2031-11-17T13:15:00+00:00", "2031-11-17T16:00:00+00:00"),
                    window(12, "2031-11-24T13:15:00+00:00", "2031-11-24T16:00:00+00:00"),
                ]),
                booking(2, "Kindergarten talks", "2031-10-14T10:05:00+00:00", "2031-10-28T12:00:00+00:00", [
                    window(21, "2031-10-28T11:00:00+00:00", "2031-10-28T11:20:00+00:00"),
                ]),
                booking(3, "Talk with the counsellor", "2031-12-02T08:00:00+00:00", "2031-12-02T08:30:00+00:00", None),
            ],
        }
    )  # fmt: skip
    utc = [(r.title, r.start.astimezone(dt.UTC), r.end.astimezone(dt.UTC)) for r in read]
    assert utc == [
        ("Parent conferences", dt.datetime(2031, 11, 17, 13, 15, tzinfo=dt.UTC), dt.datetime(2031, 11, 17, 16, 0, tzinfo=dt.UTC)),
        ("Parent conferences", dt.datetime(2031, 11, 24, 13, 15, tzinfo=dt.UTC), dt.datetime(2031, 11, 24, 16, 0, tzinfo=dt.UTC)),
        ("Kindergarten talks", dt.datetime(2031, 10, 28, 11, 0, tzinfo=dt.UTC), dt.datetime(2031, 10, 28, 11, 20, tzinfo=dt.UTC)),
        ("Talk with the counsellor", dt.datetime(2031, 12, 2, 8, 0, tzinfo=dt.UTC), dt.datetime(2031, 12, 2, 8, 30, tzinfo=dt.UTC)),
    ]  # fmt: skip
    assert len({r.external_id for r in read}) == 4
    assert read[0].start.tzinfo == read[3].start.tzinfo  # in the record's zone


def test_a_record_whose_windows_are_undated_or_not_windows_stays_itself() -> None:
    # Hard negatives: the parent is read when its windows state only clocks, fall outside its span, are one window
    # that is its own span, or sit under a key not named as slots or windows; and a meeting of one afternoon with
    # its bookable slots is that meeting.
    period = ("2031-11-17T13:15:00+00:00", "2031-11-24T16:00:00+00:00")
    clocks = [{"id": 1, "startTime": "13:15", "endTime": "16:00"}, {"id": 2, "startTime": "13:15", "endTime": "16:00"}]
    outside = [window(1, "2031-12-01T13:15:00+00:00", "2031-12-01T16:00:00+00:00")]
    own_span = [window(1, *period)]
    afternoon = ("2031-11-17T13:00:00+00:00", "2031-11-17T16:00:00+00:00")
    slots = [window(1, "2031-11-17T13:00:00+00:00", "2031-11-17T13:15:00+00:00"),
             window(2, "2031-11-17T13:15:00+00:00", "2031-11-17T13:30:00+00:00")]  # fmt: skip
    inside = [window(1, "2031-11-18T19:00:00+00:00", "2031-11-18T22:00:00+00:00")]
    for start, end, found, key in (
        (*period, clocks, "timeSlots"),
        (*period, outside, "timeSlots"),
        (*period, own_span, "timeSlots"),
        (*afternoon, slots, "timeSlots"),
    ):
        read = events([booking(1, "Conferences", start, end, found, key), booking(2, "Other", start, end, None)])
        assert [(r.start.astimezone(dt.UTC).isoformat(), r.end.astimezone(dt.UTC).isoformat()) for r in read][0] == (
            dt.datetime.fromisoformat(start).isoformat(),
            dt.datetime.fromisoformat(end).isoformat(),
        ), key
    # A list under another name (a festival's "performances") is not a booking period's windows: other readers'.
    record = RawEvent(
        source="json_api",
        external_id="1",
        title="Festival",
        start=dt.datetime.fromisoformat(period[0]),
        end=dt.datetime.fromisoformat(period[1]),
    )
    assert windows(record, {"performances": inside}) == [record]
    assert len(windows(record, {"bookingWindows": inside})) == 1
    assert windows(record, {"bookingWindows": inside})[0].start == dt.datetime(2031, 11, 18, 19, 0, tzinfo=dt.UTC)


def test_the_new_patterns_stay_linear() -> None:
    for pattern in (
        YEAR_TURN,
        TONIGHT,
        WEEKDAY_BEFORE,
        DATE_BEFORE,
        _BOX_GLUED,
        _WORD_AFTER_NUMBER,
        _BOX_LINE,
        _TOWN_LINE,
    ):
        assert superlinear_shape(pattern) is None
