"""The seventeenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout17.json: measured
once at bbb428f, four of its eleven files committed), each rule on a small document of our own: an h-event named
only by its summary; an end written without an offset after a start written with one (the start's offset is
the end's); a page that prints a start's ISO stamp with its own offset is no witness that the stamp's clock
was meant as a local one; an event's further dates listed under "Additional Dates" as occurrences of it.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._page_evidence import text_times
from sources.adapters._page_more_dates import MORE_DATES
from sources.adapters.base import RawEvent
from tests.sources.helpers import jsonld_page, parse_html, parse_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
DENVER = zoneinfo.ZoneInfo("America/Denver")


def events_of(body: str, tz: dt.tzinfo = LONDON) -> list[RawEvent]:
    return [record for record in parse_html(body, tz=tz) if isinstance(record, RawEvent)]


# --- 1. an h-event with no p-name is named by its summary (hCalendar's name) ------------------------------------
SUMMARY_ONLY = """<html><body><h1>Club diary</h1><div class="h-event">
  <span class="e-summary">Lantern Makers' Evening</span> meets next on
  <time class="dt-start" datetime="2027-02-10T18:30">10 February, 18:30</time>
  at <span class="p-location h-card"><span class="p-name">Boathouse</span>,
  <span class="p-street-address">4 Quay Lane</span></span>.
</div></body></html>"""


def test_an_h_event_without_a_name_is_titled_by_its_summary() -> None:
    [event] = events_of(SUMMARY_ONLY)
    assert event.title == "Lantern Makers' Evening"
    assert event.start == dt.datetime(2027, 2, 10, 18, 30, tzinfo=LONDON)
    assert (event.venue_name, event.address) == ("Boathouse", "4 Quay Lane")  # the h-event's own location


# --- 2. an end without an offset takes the start's ------------------------------------------------------------
def test_an_end_time_written_without_an_offset_is_in_the_starts_offset() -> None:
    body = """<html><body><div class="h-event"><span class="p-name">Harbour walk</span>
      <time class="dt-start" datetime="2027-03-04 10:15-0500">10:15</time> to <time class="dt-end">12:45</time>
    </div></body></html>"""
    [event] = events_of(body)  # the page's zone is London; the start states New York's winter offset
    offset = dt.timezone(dt.timedelta(hours=-5))
    assert event.start == dt.datetime(2027, 3, 4, 10, 15, tzinfo=offset)
    assert event.end == dt.datetime(2027, 3, 4, 12, 45, tzinfo=offset)


def test_value_class_parts_with_a_separate_offset_give_start_and_end_in_that_offset() -> None:
    body = """<html><body><div class="h-event"><span class="p-name">Print club</span>
      <span class="dt-start"><span class="value">2027-05-12</span>, from <span class="value">19:00</span>
      (UTC<span class="value">+02:00</span>)</span> to <span class="dt-end">21:30</span>.
    </div></body></html>"""
    [event] = events_of(body)
    offset = dt.timezone(dt.timedelta(hours=2))
    assert (event.start, event.end) == (
        dt.datetime(2027, 5, 12, 19, tzinfo=offset),
        dt.datetime(2027, 5, 12, 21, 30, tzinfo=offset),
    )


def test_json_ld_end_without_an_offset_follows_the_start_and_one_with_its_own_keeps_it() -> None:
    implied = {
        "@type": "Event",
        "name": "Pier lights",
        "startDate": "2027-06-01T20:00-06:00",
        "endDate": "2027-06-01T22:00",
    }
    own = {
        "@type": "Event",
        "name": "Dune run",
        "startDate": "2027-06-02T20:00-06:00",
        "endDate": "2027-06-02T23:00-05:00",
    }
    by_title = {event.title: event for event in events_of(jsonld_page(implied, own))}
    mountain = dt.timezone(dt.timedelta(hours=-6))
    assert by_title["Pier lights"].end == dt.datetime(2027, 6, 1, 22, tzinfo=mountain)
    assert by_title["Dune run"].end == dt.datetime(2027, 6, 2, 23, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_an_end_without_an_offset_after_a_naive_or_utc_labelled_start_is_read_in_the_pages_zone() -> None:
    naive = {"@type": "Event", "name": "Quiz night", "startDate": "2027-01-20T19:00", "endDate": "2027-01-20T21:00"}
    utc = {"@type": "Event", "name": "Film club", "startDate": "2027-01-21T16:00Z", "endDate": "2027-01-21T19:00"}
    by_title = {event.title: event for event in events_of(jsonld_page(naive, utc), tz=DENVER)}
    assert by_title["Quiz night"].end == dt.datetime(2027, 1, 20, 21, tzinfo=DENVER)
    # a start labelled UTC is often a slip for a local time, so it sets no frame for the end
    assert by_title["Film club"].end == dt.datetime(2027, 1, 21, 19, tzinfo=DENVER)


# --- 3. a printed ISO stamp with its own offset is no local-time witness -----------------------------------------
def test_a_start_labelled_utc_and_printed_as_the_same_stamp_stays_utc() -> None:
    body = """<html><body><div class="h-event"><h1 class="p-name">Solstice picnic</h1>
      Arrive <span class="dt-start">2027-06-21T12:00:00+00:00</span>, bring a blanket.
    </div></body></html>"""
    [event] = events_of(body, tz=DENVER)
    assert event.start == dt.datetime(2027, 6, 21, 12, tzinfo=dt.UTC)
    assert event.start.astimezone(DENVER).hour == 6


def test_text_times_skip_stamps_with_an_offset_but_keep_clock_times_and_naive_stamps() -> None:
    assert text_times("Arrive 2027-06-21T12:00:00+00:00, doors 7:30 pm") == [(dt.time(19, 30), "7:30 pm")]
    assert text_times("from 2027-06-21 18:00Z") == []
    assert text_times("from 2027-06-21 18:00 +0200") == []
    assert [time for time, _ in text_times("2027-06-21T18:00 local")] == [dt.time(18, 0)]
    assert [time for time, _ in text_times("18:00 +2 guests")] == [dt.time(18, 0)]


# --- 4. further dates under a label of their own: occurrences of the page's event --------------------------------
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
CLOCK = dt.datetime(2027, 3, 1, tzinfo=NEW_YORK)
FRAGMENT = """<div class="evHolder">
  <h1 class="evName">Quilting Circle at the Grange Hall</h1>
  <div class="evDates"><span>Sat, Mar 13, 2027</span><span>, 10:00am</span><span>-1:00pm</span></div>
  <div class="evMore"><div class="label">More Dates</div>
    <div><span>Sat, Mar 20, 2027</span><span>, 10:00am</span><span>-1:00pm</span></div>
    <div><span>Sun, Mar 28, 2027</span><span>, 2:00pm</span><span>-5:00pm</span></div>
  </div>
  <div class="evText"><p>Bring fabric scraps; tea provided.</p></div>
</div>"""


def ny(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2027, 3, day, hour, tzinfo=NEW_YORK)


def test_further_dates_under_a_label_are_occurrences_of_the_pages_event_until_a_line_without_a_date() -> None:
    events = [
        record for record in parse_page(FRAGMENT, zone=NEW_YORK, base=None, start=CLOCK) if isinstance(record, RawEvent)
    ]
    assert [(event.title, event.start, event.end) for event in events] == [
        ("Quilting Circle at the Grange Hall", ny(13, 10), ny(13, 13)),
        ("Quilting Circle at the Grange Hall", ny(20, 10), ny(20, 13)),
        ("Quilting Circle at the Grange Hall", ny(28, 14), ny(28, 17)),
    ]


def test_the_label_words_are_a_whole_line_and_a_page_without_further_dates_keeps_its_one_event() -> None:
    for label in ("Additional Dates", "More dates:", "Other performances", "Weitere Termine", "Autres dates"):
        assert MORE_DATES.match(label), label
    for text in ("More dates to be announced soon", "Dates", "Additional information"):
        assert not MORE_DATES.match(text), text
    alone = FRAGMENT[: FRAGMENT.index('<div class="evMore">')] + "</div>"
    events = parse_page(alone, zone=NEW_YORK, base=None, start=CLOCK)
    assert [event.start for event in events if isinstance(event, RawEvent)] == [ny(13, 10)]


def test_a_further_date_whose_line_names_a_place_is_at_that_place() -> None:
    # A tour page: the first date at the page's hall, the further dates each at the place their line names.
    tour = """<div><h1>Fjord Quartet on Tour</h1>
      <p>Sat, Mar 13, 2027, 8:00pm</p><p>Venue: Harbour Hall, Oslo</p>
      <div>More Dates</div>
      <div>Sat, Mar 20, 2027, 8:00pm – Lindqvist Club, Bergen</div>
      <div>Sun, Mar 28, 2027, 7:30pm – Saturday</div>
      <div>Mon, Mar 29, 2027, 7:30pm – Sold out</div>
    </div>"""
    events = [
        record for record in parse_page(tour, zone=NEW_YORK, base=None, start=CLOCK) if isinstance(record, RawEvent)
    ]

    assert [(event.start, event.venue_name) for event in events][1:] == [
        (ny(20, 20), "Lindqvist Club, Bergen"),
        (dt.datetime(2027, 3, 28, 19, 30, tzinfo=NEW_YORK), events[0].venue_name),
        (dt.datetime(2027, 3, 29, 19, 30, tzinfo=NEW_YORK), events[0].venue_name),
    ]
