"""Review25: ordinary documents that this session's second-wave rules (batches apis54, apis55, feeds52, pages77,
pages79, pages80, apis56) read wrong, each fixed with its hard negative (the document the rule was written for).

- a list of events headlined over a text whose start is keyed "starts_at"/"dtstart", held in an object, or written
  as an epoch was refused as news (``_json_news``); the village's news (a bare day) is still news;
- a changelog's versions ("1.10.31") were read as days by "%d.%m.%y" (``_json_shapes``); "01.10.31" still is one;
- a night from midnight to four with an empty "time" was made all day (``_json_precision.empty_clock``); a run
  from midnight to 23:59 with an empty time still is;
- an event page whose site sets the post's "published" moment to the event's start, months after the page was
  fetched, lost its event to the publication-stamp rule (``_page_publication_stamp``); a post read the day it went
  up, its byline at that moment, still gives none;
- a map link by a fair's date whose words ask the way ("How to get here", "Find us", "Lageplan", "Cómo llegar")
  was taken for the place's name (``_page_single_place.map_named``); a link that names the place still names it;
- a dated session named "Beat the Deadline" was dropped as a deadline (``_page_other_dates.deadline_name``: an
  article inside the words before it); "Registration Deadline" still is one;
- a workshop list whose naive local starts have descriptions stating only their ends ("we finish at 20:00", two
  hours on in summer Berlin) was read as UTC and every start moved by the offset (``_json_utc_said``); a church's
  "Our services start at 9:30am" still reads its UTC clocks;
- a two-letter zone word after a clock ate a name's first word: "August 31, 7pm CT Youth Symphony" was titled
  "Youth Symphony" (``_page_clock_zones.ZONE_AFTER``); "7pm ET", "(ET) Board", "PDT on Zoom" are still zones;
- an open studio's page with a table of its days over each day's hours ("Saturday 3 May 2031 | Sunday 4 May 2031"
  over "10:00-17:00 | 10:00-16:00") lost both days as a booking grid's header (``_page_header_days``); the batch's
  grid (slot clocks in the first cell, icons under the days) is still none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sources.helpers import read_page
from tests.sources.test_heldout54_apis import events
from tests.sources.test_heldout55_apis import UTC_LIST, church_events
from tests.sources.test_heldout77_pages import DATES, DAYS, GRID, PACIFIC, read
from tests.sources.test_heldout79_pages import POST, STAMP, read_post
from tests.sources.test_heldout80_pages import MAPS, _page, read_cs

NAMES = ["Spring concert", "Book fair", "Jazz night", "Open day"]


def _headlined(start_key: str, starts: list[object]) -> list[dict[str, object]]:
    return [{"headline": name, "text": "Join us.", start_key: start} for name, start in zip(NAMES, starts, strict=True)]


CLOCKS = ["2031-03-10T19:00:00", "2031-04-11T19:00:00", "2031-05-12T19:00:00", "2031-06-13T19:00:00"]


def test_headlined_events_keyed_starts_at_or_dtstart_are_events() -> None:
    for key in ("starts_at", "dtstart"):
        found = events(_headlined(key, list(CLOCKS)))
        assert [event["start"] for event in found][1] == "2031-04-11T19:00:00+02:00", key


def test_headlined_events_with_the_start_in_an_object_or_an_epoch_are_events() -> None:
    assert len(events(_headlined("start", [{"dateTime": clock} for clock in CLOCKS]))) == 4
    assert len(events(_headlined("date", [1_945_000_000 + index * 777_600 for index in range(4)]))) == 4


def test_hard_negative_headlines_over_a_text_dated_by_a_bare_day_stay_news() -> None:
    days = ["08.09.2031", "09.09.2031", "10.09.2031", "11.09.2031"]
    assert events(_headlined("date", list(days))) == []
    assert events(_headlined("date", [{"day": day} for day in days])) == []  # an object with no clock in it
    assert events(_headlined("date", [20310908, 20310909, 20310910, 20310911])) == []  # a day's number, no epoch


def test_a_changelog_s_versions_are_no_days() -> None:
    releases = [{"name": f"Release {v}", "version": v, "notes": "Fixes."} for v in ("1.10.31", "1.11.31", "2.1.32")]
    assert events(releases) == []


def test_hard_negative_a_two_digit_year_written_in_two_digit_parts_is_a_day() -> None:
    found = events(
        [
            {"title": name, "location": "Festhalle", "startDate": day}
            for name, day in zip(
                NAMES, ["01.10.31 19:00", "02.11.31 11:00", "03.12.31 16:00", "04.01.32 17:00"], strict=True
            )
        ]
    )
    assert [event["start"] for event in found][0] == "2031-10-01T19:00:00+02:00"


def _night(end_clock: str) -> list[dict[str, str]]:
    days = ["2031-03-10", "2031-04-11", "2031-05-12", "2031-06-13"]
    return [
        {"title": name, "location": "Club", "start": f"{day} 00:00:00", "end": f"{day} {end_clock}", "time": ""}
        for name, day in zip(NAMES, days, strict=True)
    ]


def test_a_midnight_start_with_an_empty_time_and_an_end_at_four_is_a_night() -> None:
    found = events(_night("04:00:00"))
    assert (found[1]["start"], found[1]["end"]) == ("2031-04-11T00:00:00+02:00", "2031-04-11T04:00:00+02:00")


def test_hard_negative_a_midnight_start_with_an_empty_time_and_an_end_at_23_59_is_all_day() -> None:
    assert events(_night("23:59:00"))[1]["start"] == "2031-04-11"


def test_an_event_post_dated_by_its_site_at_the_event_s_future_start_keeps_its_event() -> None:
    start = "2031-09-20T19:00:00Z"  # three months after the page is fetched (read_post's window opens 2031-06-14)
    meta = f'<meta property="article:published_time" content="{start}">'
    assert [event["start"] for event in read_post(POST.format(meta=meta, ld="", shown=start))] == [
        "2031-09-20T19:00:00+00:00"
    ]


def test_hard_negative_a_post_read_the_day_it_went_up_still_gives_no_event() -> None:
    meta = f'<meta property="article:published_time" content="{STAMP}">'
    assert read_post(POST.format(meta=meta, ld="", shown=STAMP)) == []


def test_odd_values_under_a_news_item_s_date_and_long_ones_are_read_boundedly() -> None:
    from sources.adapters._json_news import news_items

    odd: list[object] = [None, True, [[["2031-05-02T19:00"]]], {"a": {"b": {"c": "19:00"}}}, 3.5, "9" * 100_000]
    assert news_items([{"headline": "Hello", "text": "x", "date": value} for value in odd]) is True
    assert news_items([{"headline": "Hello", "text": "x", "date": [None] * 100_000 + ["19:00"]}]) is True


WAYS = ["How to get here", "Find us", "Getting there", "Plan your visit", "View larger", "Parking", "Navigate",
        "Lageplan", "So finden Sie uns", "Comment venir", "Cómo llegar", "Hoe kom je er", "Jak se k nám dostat",
        "Navigovat", "Mapy.cz", "Waze", "Here"]  # fmt: skip


@pytest.mark.parametrize("words", WAYS)
def test_a_map_link_that_asks_the_way_names_no_place(words: str) -> None:
    events = read_cs(_page(f'<a href="{MAPS}">{words}</a>'))
    assert [(event["title"], event["venue_name"] or None) for event in events] == [("Maker Faire Ostrava", None)]


@pytest.mark.parametrize("place", ["Trojhalí Karolina", "Brněnské výstaviště", "Tanzhaus NRW", "Hier & Jetzt Club"])
def test_hard_negative_a_map_link_that_names_a_place_still_names_it(place: str) -> None:
    events = read_cs(_page(f'<a href="{MAPS}">{place}</a>'))
    assert [event["venue_name"] for event in events] == [place]


def _dates(name: str) -> list[tuple[object, object]]:
    page = DATES.replace("August 31 - Registration Deadline (11:59pm PDT)", f"August 31, 6pm - {name}")
    events = read_page(page, url="https://fest.example/dates", zone=PACIFIC, start=dt.datetime(2031, 7, 30, 12))  # noqa: DTZ001
    return [(event["title"], event["start"]) for event in events]


def test_a_session_named_beat_the_deadline_is_an_event() -> None:
    assert ("Beat the Deadline", "2031-08-31T18:00:00-07:00") in _dates("Beat the Deadline")


def test_hard_negative_a_registration_deadline_is_still_no_event() -> None:
    assert [title for title, _ in _dates("Registration Deadline")] == ["Live virtual Q&A.", "Open house"]


WORKSHOPS = [
    {"title": "Pottery workshop", "location": "Atelier", "start_date": "2031-06-10 18:00:00",
     "description": "Two hours with clay; we finish at 20:00."},
    {"title": "Drawing class", "location": "Atelier", "start_date": "2031-06-17 17:00:00",
     "description": "Bring a pencil. Ends at 19:00."},
    {"title": "Sewing circle", "location": "Atelier", "start_date": "2031-06-24 10:00:00", "description": "Open to all."},
]  # fmt: skip


def test_descriptions_stating_only_their_ends_keep_local_starts_local() -> None:
    assert [event["start"] for event in events(WORKSHOPS)][:2] == [
        "2031-06-10T18:00:00+02:00",
        "2031-06-17T17:00:00+02:00",
    ]


def test_hard_negative_descriptions_stating_their_starts_in_utc_still_read_utc() -> None:
    assert church_events(UTC_LIST)[1]["start"] == "2031-06-01T09:30:00+10:00"


def test_start_clocks_read_long_descriptions_boundedly() -> None:
    from sources.adapters._json_utc_said import start_clocks

    assert start_clocks("until " * 20_000 + "9:30am") == set()
    assert start_clocks("until " * 20_000 + "and so on, " * 3 + "9:30am") == {(9, 30)}  # the end's word far back
    assert start_clocks("we close " * 20_000) == set()
    assert start_clocks("Doors 7pm, we finish at 10pm") == {(19, 0)}


def _zoned(name: str) -> list[object]:
    page = (
        "<html><body><h2>Important Dates</h2><ul><li>August 18, 7pm - Jazz night</li>"
        f"<li>August 31, 7pm {name}</li><li>October 19, 10am - Open day</li></ul></body></html>"
    )
    found = read_page(page, url="https://x.example/dates", zone=PACIFIC, start=dt.datetime(2031, 7, 30, 12))  # noqa: DTZ001
    return [event["title"] for event in found]


@pytest.mark.parametrize("name", ["CT Youth Symphony", "ET Phone Home screening", "PT Barnum musical", "MT Joy live"])
def test_a_name_opening_with_two_capitals_that_spell_a_zone_keeps_them(name: str) -> None:
    assert _zoned(name)[1] == name


@pytest.mark.parametrize(
    ("text", "zone"), [(" ET", " ET"), (" (ET) Board", " (ET)"), (" PDT on Zoom", " PDT"), (" CET Jazz", " CET")]
)
def test_hard_negative_a_zone_after_the_clock_is_still_the_clock_s(text: str, zone: str) -> None:
    from sources.adapters._page_clock_zones import ZONE_AFTER

    found = ZONE_AFTER.match(text)
    assert found is not None
    assert found.group() == zone


STUDIO = (
    "<html><body><h1>Open Studio Day</h1><table><thead><tr><th>Saturday 3 May 2031</th><th>Sunday 4 May 2031</th>"
    "</tr></thead><tbody><tr><td>10:00-17:00</td><td>10:00-16:00</td></tr></tbody></table>"
    "<p>At the Old Mill, Bristol.</p></body></html>"
)


def test_a_header_of_days_over_each_day_s_hours_dates_the_page() -> None:
    assert [str(event["start"])[:10] for event in read(STUDIO)] == ["2031-05-03", "2031-05-04"]


def test_hard_negative_a_booking_grid_s_header_of_days_is_still_no_events() -> None:
    assert read(GRID.format(days=DAYS)) == []
