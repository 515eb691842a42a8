"""The twenty-fourth held-out batch's misses, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout24.json, each file
measured once before these rules), on small documents of our own:

- a start object holding either its moment or its day (Google Calendar's ``"start": {"dateTime": …}`` for a timed
  event, ``"start": {"date": "2031-07-04"}`` for an all-day one) gives the all-day events their day: they were not
  read at all (the start chosen, ``start.dateTime``, is missing from them, and the day beside it is in too few items
  to be a start of its own). Only a day in the start's own object, present exactly where the start is missing;
- text in angle brackets that names no element of HTML ("Lesung <Sonderformat> & Gespräch", "<Your Name>") is
  text, not a tag: it stays in the title (tags, Word's ``<o:p>`` and custom elements are still markup);
- a list of an object's dates kept as a field's values, each a bare ``value`` and its ``end_value`` (Drupal's date
  range fields through JSON:API, Smart Date's occurrences with their duration, zone and place in the recurrence),
  is the object's dates: one event per value, with the object's title and place. A list under a key that names no
  date, or whose items carry anything but a date's companions, is not.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from events import text
from events.text import plain_text, single_line
from sources.adapters._json_infer import infer
from sources.adapters.base import FetchWindow
from tests.hostile import superlinear_shape
from tests.sources.helpers import parse_json

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def entry(name: str, start: dict, end: dict, **more: object) -> dict:
    return {"kind": "calendar#event", "id": name.lower().replace(" ", "-"), "summary": name, "start": start,
            "end": end, **more}  # fmt: skip


def test_a_start_object_with_a_day_instead_of_a_moment_is_an_all_day_event() -> None:
    document = [
        entry(
            "Reading Night",
            {"dateTime": "2031-06-05T19:00:00+02:00", "timeZone": "Europe/Berlin"},
            {"dateTime": "2031-06-05T21:00:00+02:00", "timeZone": "Europe/Berlin"},
        ),
        entry("Summer Tales", {"date": "2031-07-04"}, {"date": "2031-07-05"}),
        entry(
            "Second Reading Night",
            {"dateTime": "2031-06-12T19:00:00+02:00", "timeZone": "Europe/Berlin"},
            {"dateTime": "2031-06-12T21:00:00+02:00", "timeZone": "Europe/Berlin"},
        ),
        entry("Story Workshop", {"date": "2031-09-18"}, {"date": "2031-09-21"}),
        entry(
            "Year's End",
            {"dateTime": "2031-12-29T18:00:00+01:00", "timeZone": "Europe/Berlin"},
            {"dateTime": "2031-12-29T20:00:00+01:00", "timeZone": "Europe/Berlin"},
        ),
    ]

    events = {event.title: event for event in parse_json(document, window=WINDOW, zone=BERLIN)[1]}

    assert sorted(events) == ["Reading Night", "Second Reading Night", "Story Workshop", "Summer Tales", "Year's End"]
    assert events["Summer Tales"].all_day is True
    assert events["Summer Tales"].start == dt.date(2031, 7, 4)
    assert events["Story Workshop"].start == dt.date(2031, 9, 18)
    assert events["Reading Night"].all_day is False
    assert events["Reading Night"].start == dt.datetime(2031, 6, 5, 17, 0, tzinfo=dt.UTC)


def test_a_day_in_another_object_is_not_read_for_a_missing_start() -> None:
    # The fourth item has no start of its own: the day its registration closes is not when it happens.
    document = [
        entry("Reading Night", {"dateTime": "2031-06-05T19:00:00+02:00"}, {"dateTime": "2031-06-05T21:00:00+02:00"}),
        entry("Second Night", {"dateTime": "2031-06-12T19:00:00+02:00"}, {"dateTime": "2031-06-12T21:00:00+02:00"}),
        entry("Third Night", {"dateTime": "2031-06-19T19:00:00+02:00"}, {"dateTime": "2031-06-19T21:00:00+02:00"}),
        {"id": "tba", "summary": "To be announced", "registration": {"date": "2031-05-01"}},
    ]

    events = parse_json(document, window=WINDOW, zone=BERLIN)[1]

    assert sorted(event.title for event in events) == ["Reading Night", "Second Night", "Third Night"]


def test_text_in_angle_brackets_that_names_no_element_is_kept() -> None:
    assert single_line('Lesung <Sonderformat> & "Gespräch"', max_length=300) == 'Lesung <Sonderformat> & "Gespräch"'
    assert plain_text("Open mic for <Your Name>") == "Open mic for <Your Name>"
    assert plain_text("<p>Jazz <b>night</b></p><o:p></o:p>") == "Jazz night"
    assert plain_text("<P>Shout</P><my-widget>in</my-widget>") == "Shout\nin"
    assert plain_text("Quiz <script>alert(1)</script>night") == "Quiz night"
    assert plain_text("Tom &amp; Jerry &lt;live&gt;") == "Tom & Jerry <live>"
    # an inline icon or formula is markup too: its element names are SVG's and MathML's, not HTML's
    icon = '<p><svg viewBox="0 0 8 8"><g><path d="M0 0h8"/><circle r="2"/></g><use href="#pin"/></svg>Main Hall</p>'
    assert plain_text(icon) == "Main Hall"
    assert plain_text("<math><mi>x</mi><mo>+</mo><mn>1</mn></math> talk") == "talk"  # nh3 drops MathML whole


def test_a_title_with_such_brackets_keeps_them_through_the_json_reader() -> None:
    document = [
        entry('Lesung <Sonderformat> & "Gespräch"', {"dateTime": "2031-06-12T19:00:00+02:00"}, {}),
        entry("<b>Jazz</b> night", {"dateTime": "2031-06-13T19:00:00+02:00"}, {}),
    ]

    titles = sorted(event.title for event in parse_json(document, window=WINDOW, zone=BERLIN)[1])

    assert titles == ["Jazz night", 'Lesung <Sonderformat> & "Gespräch"']


def drupal_event(dates_key: str, dates: list[dict]) -> dict:
    return {
        "type": "node--event",
        "id": "0a1b",
        "title": "Pickleball Club",
        "created": "2030-12-30T14:49:05+00:00",
        "changed": "2031-08-16T15:20:30+00:00",
        "path": {"alias": "/lakeside/events/52265"},
        "field_address": {"country_code": "US", "locality": "Lakeside", "address_line1": "9 Douglas Ave"},
        "field_location_humanreadable": "Walker Park",
        dates_key: dates,
    }


def occurrence(day: str, index: int) -> dict:
    return {"value": f"{day}T14:00:00+00:00", "end_value": f"{day}T16:00:00+00:00", "duration": 120, "rrule": 180,
            "rrule_index": index, "timezone": "America/Chicago"}  # fmt: skip


def test_a_list_of_date_values_is_the_objects_dates() -> None:
    document = drupal_event("field_datetime_range_timezone", [occurrence("2031-09-04", 1), occurrence("2031-09-11", 2)])

    events = parse_json(document, window=WINDOW, zone=zoneinfo.ZoneInfo("America/Chicago"))[1]

    assert [(event.title, event.start, event.end) for event in events] == [
        ("Pickleball Club", dt.datetime(2031, 9, 4, 14, tzinfo=dt.UTC), dt.datetime(2031, 9, 4, 16, tzinfo=dt.UTC)),
        ("Pickleball Club", dt.datetime(2031, 9, 11, 14, tzinfo=dt.UTC), dt.datetime(2031, 9, 11, 16, tzinfo=dt.UTC)),
    ]
    assert {event.venue_name for event in events} == {"Walker Park"}


def test_values_under_a_key_naming_no_date_or_with_other_fields_are_not_dates() -> None:
    # Readings of a measure over time, and a date list whose items carry a price: not the object's dates.
    scores = drupal_event("field_scores", [occurrence("2031-09-04", 1), occurrence("2031-09-11", 2)])
    priced = drupal_event("field_dates", [{**occurrence("2031-09-04", 1), "price": 12}, occurrence("2031-09-11", 2)])

    assert infer(scores) is None
    assert infer(priced) is None


def test_the_bracket_pattern_stays_linear() -> None:
    assert superlinear_shape(text._LONE_BRACKET, leads=("<", "</", "x<")) is None
