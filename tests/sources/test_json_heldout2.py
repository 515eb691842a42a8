"""The rules the second held-out batch of JSON APIs asked for (issue #13, bench/corpus/apis/manifest-heldout2.json:
a library's Trumba feed, Eventbrite, a Tessitura listing, Ticketmaster Discovery, OvationTix), each on a small
synthetic input of the same shape:

- a subtitle (or supertitle, tagline) is not the title; a title's own "prefix"/"suffix" fields are part of it;
- a key about booking names a ticket link, not the event's page;
- an item the source keeps out of its listings ("show_in_listings": false, "listed": false, "hidden": true) is
  skipped like a deleted one;
- a start missing from some items is read from another start field they do have (a local date and time beside a
  UTC date-time), and a status under "status.code" is read;
- a stated local date and time is preferred to an epoch number for the same moment (the number's zone is the
  server's guess);
- a column of dates is never an address.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

import pytest

from sources.adapters._json_infer import infer
from sources.adapters._json_mapping import gone
from sources.adapters.base import AdapterError, FetchWindow
from tests.sources import helpers

LA = ZoneInfo("America/Los_Angeles")
WINDOW = FetchWindow(start=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
parse = functools.partial(helpers.parse_json, window=WINDOW, zone=LA)


# --- titles -------------------------------------------------------------------------------------------------
def test_a_subtitle_is_not_the_title_even_when_its_key_says_title():
    items = [
        {"performanceId": n, "productionName": name, "performanceSubTitle": f"By {author}, adapted for the stage",
         "performanceDate": "02/19/2026", "performanceTime24": "19:30:00"}
        for n, (name, author) in enumerate([("Till We Have Faces", "C.S. Lewis"), ("Barefoot in the Park", "Neil Simon")])
    ]  # fmt: skip

    _, events = parse({"performances": items})

    assert [event.title for event in events] == ["Till We Have Faces", "Barefoot in the Park"]


def test_a_title_prefix_field_is_read_before_the_title():
    items = [
        {"perf_no": 1, "prefix": "Tectonic Theater Project's", "title": "Here There Are Blueberries", "suffix": None,
         "perf_date": "2026-02-13T19:30:00-08:00"},
        {"perf_no": 2, "prefix": None, "title": "Mary Jane", "suffix": None, "perf_date": "2026-03-19T19:30:00-07:00"},
    ]  # fmt: skip

    _, events = parse(items)

    assert [event.title for event in events] == ["Tectonic Theater Project's Here There Are Blueberries", "Mary Jane"]


# --- links --------------------------------------------------------------------------------------------------
def test_a_booking_link_is_the_ticket_url_and_the_event_page_the_url():
    items = [
        {"title": f"Play {n}", "perf_date": f"2026-03-0{n}T19:30:00-08:00",
         "event_book_url": f"/plays/play-{n}/performances", "event_url": f"https://theatre.example/plays/play-{n}"}
        for n in (1, 2)
    ]  # fmt: skip

    found = infer(items, zone_name="America/Los_Angeles")

    assert found is not None
    assert found.config["mapping"]["url"] == "event_url"
    assert found.config["mapping"]["ticket_url"] == "event_book_url"


# --- items kept out of the listing ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "flag",
    [{"show_in_listings": False}, {"listed": False}, {"isVisible": "false"}, {"hidden": True}, {"isHidden": "yes"}],
)
def test_an_item_kept_out_of_the_sources_listing_is_gone(flag):
    assert gone({"title": "Hidden Performance", **flag}) is not None


@pytest.mark.parametrize(
    "flag",
    [{"show_in_listings": True}, {"listed": True}, {"hide_end_date": True}, {"show_map": False}, {"hidden": "no"}],
)
def test_listing_flags_that_keep_the_item_or_say_something_else_do_not(flag):
    assert gone({"title": "Mary Jane", **flag}) is None


def test_a_listing_that_hides_one_performance_reads_the_others():
    items = [
        {"perf_no": n, "title": title, "perf_date": date, "show_in_listings": shown}
        for n, (title, date, shown) in enumerate([("Mary Jane", "2026-03-19T19:30:00-07:00", True),
                                                  ("Hidden Performance", "2026-03-01T19:30:00-08:00", False)])
    ]  # fmt: skip

    adapter, events = parse(items)

    assert [event.title for event in events] == ["Mary Jane"]
    assert any("show_in_listings" in note for note in adapter.notes)


# --- starts -------------------------------------------------------------------------------------------------
def discovery_item(name: str, start: dict, status: str = "onsale") -> dict:
    return {"name": name, "id": name.lower().replace(" ", "-"), "url": f"https://tickets.example/{name}",
            "dates": {"start": start, "timezone": "America/Los_Angeles", "status": {"code": status}}}  # fmt: skip


def test_a_start_missing_from_some_items_is_read_from_the_local_date_and_time_they_have():
    items = [
        discovery_item("Opeth", {"localDate": "2026-02-14", "localTime": "20:00:00", "dateTime": "2026-02-15T04:00:00Z"}),
        discovery_item("Yang", {"localDate": "2026-02-15", "localTime": "20:00:00", "dateTime": "2026-02-16T04:00:00Z"}),
        discovery_item("Lion King", {"localDate": "2026-02-13", "localTime": "19:30:00", "dateTime": "2026-02-14T03:30:00Z"}),
        discovery_item("Postponed Show", {"localDate": "2026-04-10", "localTime": "19:00:00"}, "postponed"),
        discovery_item("Date Only Event", {"localDate": "2026-03-15", "timeTBA": True}),
        discovery_item("UTC Only Event", {"dateTime": "2026-04-01T02:00:00Z"}),
    ]  # fmt: skip

    _, events = parse(items)
    starts = {event.title: event.start for event in events}

    assert starts["Postponed Show"] == dt.datetime(2026, 4, 10, 19, 0, tzinfo=LA)
    assert starts["Date Only Event"] == dt.date(2026, 3, 15)
    assert starts["UTC Only Event"] == dt.datetime(2026, 3, 31, 19, 0, tzinfo=LA)
    assert starts["Opeth"] == dt.datetime(2026, 2, 14, 20, 0, tzinfo=LA)
    assert {event.title: event.status for event in events}["Postponed Show"] == "postponed"


def test_a_configured_fallback_is_read_only_when_the_first_path_finds_nothing():
    config = {
        "items": "",
        "mapping": {
            "title": "name",
            "start": {"path": "when.utc", "fallback": {"path": "when.day", "format": "%d.%m.%Y"}},
        },
    }
    items = [
        {"name": "A", "when": {"utc": "2026-05-01T18:00:00Z", "day": "02.05.2026"}},
        {"name": "B", "when": {"day": "03.05.2026"}},
    ]

    _, events = parse(items, config)

    assert [(event.title, event.start) for event in events] == [
        ("A", dt.datetime(2026, 5, 1, 11, 0, tzinfo=LA)),
        ("B", dt.date(2026, 5, 3)),
    ]


def test_a_fallback_must_be_a_readable_field_spec():
    with pytest.raises(AdapterError, match="Unreadable mapping for 'start'"):
        parse([{"name": "A"}], {"items": "", "mapping": {"title": "name", "start": {"path": "a", "fallback": 3}}})


def test_a_stated_local_date_and_time_wins_over_an_epoch_for_the_same_moment():
    # The epoch was computed in the server's zone (19:30 Eastern), the text says 19:30 where the theatre is.
    items = [
        {"performanceId": 11740148, "productionName": "Till We Have Faces", "performanceStart": 1771547400000,
         "performanceStartDate": "Thu, Feb 19, 2026 - 7:30 PM"},
        {"performanceId": 11751919, "productionName": "Ain't Misbehavin'", "performanceStart": 1773876600000,
         "performanceStartDate": "Wed, Mar 18, 2026 - 7:30 PM"},
    ]  # fmt: skip

    _, events = parse({"performances": items})

    assert [event.start for event in events] == [
        dt.datetime(2026, 2, 19, 19, 30, tzinfo=LA),
        dt.datetime(2026, 3, 18, 19, 30, tzinfo=LA),
    ]


def test_an_epoch_alone_is_still_read():
    items = [{"title": "Talk", "startDate": 1771279200000}, {"title": "Walk", "startDate": 1772488800000}]

    _, events = parse({"upcoming": items})

    assert [event.start for event in events] == [
        dt.datetime(2026, 2, 16, 14, 0, tzinfo=LA),
        dt.datetime(2026, 3, 2, 14, 0, tzinfo=LA),
    ]


# --- places -------------------------------------------------------------------------------------------------
def test_a_formatted_date_is_not_an_address():
    items = [
        {"title": "Story Time", "startDateTime": "2026-02-19T10:30:00", "location": "Ballard Branch",
         "dateTimeFormatted": "Thursday, February 19, 2026, 10:30 – 11am PST"},
        {"title": "Tax Help", "startDateTime": "2026-02-19T11:00:00", "location": "Greenwood Branch",
         "dateTimeFormatted": "Thursday, February 19, 2026, 11am – 2:30pm PST"},
    ]  # fmt: skip

    found = infer(items, zone_name="America/Los_Angeles")

    assert found is not None
    assert "address" not in found.config["mapping"]
    assert found.config["mapping"]["venue_name"] == "location"
