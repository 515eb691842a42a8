"""Gaps earlier sessions noticed and left (issue #13), helper left38: each a general rule tested both ways.

Documents of our own; dates 2031.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo
from typing import Any

import icalendar
import pytest

from sources.adapters import (
    _calendar_links,
    _ical_basic,
    _json_flagged_days,
    _json_ical_params,
    _json_untold_times,
    _page_article_footer_places,
    _page_duration_clocks,
    _page_duration_label,
    _page_duration_words,
    _page_part_of_day,
)
from sources.adapters._ical_time import event_times
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events
from tests.sources.helpers import read_page as read_document

LONDON = zoneinfo.ZoneInfo("Europe/London")
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 1, 1, tzinfo=dt.UTC))
read = functools.partial(json_events, window=WINDOW, zone=LONDON)


def spans(document: object) -> list[tuple[Any, ...]]:
    return [(event["title"], event["start"], event["end"]) for event in read(document)]


# --- 1. an all-day flag's bare end day is iCalendar's exclusive one ------------------------------------------


def fair(title: str, start: str, end: str | None, flag: object = True, key: str = "allDay") -> dict[str, object]:
    item: dict[str, object] = {"title": title, "start": start, key: flag, "location": "Town Hall"}
    return item if end is None else {**item, "end": end}


FLAGGED = [
    fair("Craft fair", "2031-05-03", "2031-05-04"),
    fair("Book sale", "2031-05-10", "2031-05-11"),
    fair("Open studios", "2031-05-17", "2031-05-19"),
]


def test_a_flagged_all_day_end_is_the_day_after_the_last() -> None:
    assert spans({"events": FLAGGED}) == [
        ("Craft fair", "2031-05-03", None),
        ("Book sale", "2031-05-10", None),
        ("Open studios", "2031-05-17", "2031-05-18"),
    ]


def test_one_flagged_item_alone_and_other_flag_names() -> None:
    assert spans(fair("Craft fair", "2031-05-03", "2031-05-04")) == [("Craft fair", "2031-05-03", None)]
    items = [
        fair("Craft fair", "2031-05-03", "2031-05-04", "true", "is_all_day"),
        fair("Book sale", "2031-05-10", "2031-05-12", "true", "is_all_day"),
    ]
    assert spans({"events": items}) == [("Craft fair", "2031-05-03", None), ("Book sale", "2031-05-10", "2031-05-11")]


def test_the_json_reader_and_ics_agree_on_an_all_day_end() -> None:
    """DTSTART;VALUE=DATE:20310503 / DTEND;VALUE=DATE:20310504 and the flagged JSON item give one day alike."""
    for first, after in ((dt.date(2031, 5, 3), dt.date(2031, 5, 4)), (dt.date(2031, 5, 17), dt.date(2031, 5, 19))):
        ics_start, ics_end, _ = event_times(first, after, None)
        (_, start, end), *_ = spans(fair("Fair", first.isoformat(), after.isoformat()))
        assert (start, end) == (ics_start.isoformat(), ics_end.isoformat() if ics_end else None)


def test_timed_items_beside_flagged_ones_keep_their_ends() -> None:
    items = [FLAGGED[0], fair("Book sale", "2031-05-10T19:00:00", "2031-05-11T01:00:00", False), FLAGGED[2]]
    assert spans({"events": items}) == [
        ("Craft fair", "2031-05-03", None),
        ("Book sale", "2031-05-10T19:00:00+01:00", "2031-05-11T01:00:00+01:00"),
        ("Open studios", "2031-05-17", "2031-05-18"),
    ]


def test_hard_negative_a_timed_end_is_untouched() -> None:
    item = fair("Craft fair", "2031-05-03T10:00:00", "2031-05-04T16:00:00")
    assert spans(item) == [("Craft fair", "2031-05-03", "2031-05-04")]


def test_hard_negative_an_end_on_its_start_day_says_the_source_writes_last_days() -> None:
    items = [FLAGGED[0], fair("Book sale", "2031-05-10", "2031-05-10"), FLAGGED[2]]
    assert spans({"events": items}) == [
        ("Craft fair", "2031-05-03", "2031-05-04"),
        ("Book sale", "2031-05-10", None),
        ("Open studios", "2031-05-17", "2031-05-19"),
    ]


def test_hard_negative_a_flagged_item_without_an_end_says_so_too() -> None:
    items = [FLAGGED[0], fair("Book sale", "2031-05-10", None), FLAGGED[2]]
    assert spans({"events": items})[2] == ("Open studios", "2031-05-17", "2031-05-19")


def test_hard_negative_no_flag_no_rule() -> None:
    """A weekend festival list without an all-day flag writes its last days ("Saturday to Sunday")."""
    items = [{key: value for key, value in item.items() if key != "allDay"} for item in FLAGGED]
    assert spans({"events": items})[0] == ("Craft fair", "2031-05-03", "2031-05-04")


def test_hard_negative_an_unflagged_bare_day_declines_the_rule() -> None:
    items = [*FLAGGED[:2], fair("Open studios", "2031-05-17", "2031-05-19", False)]
    assert spans({"events": items})[0] == ("Craft fair", "2031-05-03", "2031-05-04")


def test_without_the_rule_the_end_was_read_as_the_last_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sources.adapters._json_extras.flagged_day_after", lambda *args: None)
    assert spans({"events": FLAGGED})[0] == ("Craft fair", "2031-05-03", "2031-05-04")
    assert _json_flagged_days.flagged_day_after is not None


# --- 2. a time still to be told ("TBC", "TBA", "TBD") ------------------------------------------------------------


def when(document: object) -> list[tuple[Any, ...]]:
    return [(event["title"], event["start"], event.get("venue_name")) for event in read(document)]


CONCERTS = [
    {"name": "Summer concert", "date": "2031-05-03", "time": "19:30", "venue": "Town Hall"},
    {"name": "Autumn concert", "date": "2031-09-10", "time": "TBD", "venue": "Town Hall"},
    {"name": "Winter concert", "date": "2031-12-10", "time": "TBC", "venue": "St Mary's Church"},
]


def test_an_untold_time_beside_a_date_reads_the_date_alone() -> None:
    assert when({"events": CONCERTS}) == [
        ("Summer concert", "2031-05-03T19:30:00+01:00", "Town Hall"),
        ("Autumn concert", "2031-09-10", "Town Hall"),
        ("Winter concert", "2031-12-10", "St Mary's Church"),
    ]


def test_a_kickoff_to_be_confirmed_keeps_the_fixture() -> None:
    fixtures = [
        {"homeTeam": "Ashford Town", "awayTeam": "Bexley United", "date": "2031-05-03", "kickoff": "15:00"},
        {"homeTeam": "Crayford FC", "awayTeam": "Dartford Rovers", "date": "2031-05-10", "kickoff": "TBC"},
        {"homeTeam": "Erith Athletic", "awayTeam": "Faversham", "date": "2031-05-17", "kickoff": "T.B.A."},
    ]
    assert [(title, start) for title, start, _ in when({"fixtures": fixtures})] == [
        ("Ashford Town vs Bexley United", "2031-05-03T15:00:00+01:00"),
        ("Crayford FC vs Dartford Rovers", "2031-05-10"),
        ("Erith Athletic vs Faversham", "2031-05-17"),
    ]


@pytest.mark.parametrize("placeholder", ["TBC", "TBA", "tbd", "To be confirmed"])
def test_a_date_followed_by_an_untold_time_in_one_value(placeholder: str) -> None:
    items = [
        {"name": "Summer concert", "start": "2031-05-03 19:30", "venue": "Town Hall"},
        {"name": "Autumn concert", "start": f"2031-09-10 {placeholder}", "venue": "Town Hall"},
        {"name": "Winter concert", "start": f"2031-12-10 {placeholder}", "venue": "Town Hall"},
    ]
    assert [start for _, start, _ in when({"events": items})] == [
        "2031-05-03T19:30:00+01:00",
        "2031-09-10",
        "2031-12-10",
    ]


def test_untold_times_in_a_start_and_an_end_column() -> None:
    items = [
        {"name": "Summer concert", "date": "2031-05-03", "start_time": "19:30", "end_time": "21:00", "venue": "Hall"},
        {"name": "Autumn concert", "date": "2031-09-10", "start_time": "TBC", "end_time": "TBC", "venue": "Hall"},
    ]
    assert [(event["start"], event["end"]) for event in read({"events": items})] == [
        ("2031-05-03T19:30:00+01:00", "2031-05-03T21:00:00+01:00"),
        ("2031-09-10", None),
    ]


def test_the_placeholder_is_never_a_title_or_a_place() -> None:
    items = [
        {"name": "TBC", "date": "2031-05-03", "time": "19:30", "venue": "Town Hall"},
        {"name": "Autumn concert", "date": "2031-09-10", "time": "TBD", "venue": "TBC"},
        {"name": "Winter concert", "date": "2031-12-10", "time": "20:00", "venue": "To be announced"},
    ]
    assert when({"events": items}) == [
        ("Autumn concert", "2031-09-10", None),
        ("Winter concert", "2031-12-10T20:00:00+00:00", None),
    ]


def test_hard_negative_names_holding_the_letters_are_kept() -> None:
    items = [
        {"name": "TBA Live: new bands", "date": "2031-05-03", "time": "19:30", "venue": "TBC Bank Arena"},
        {"name": "Tbilisi folk night", "date": "2031-09-10", "time": "20:00", "venue": "Town Hall"},
    ]
    assert when({"events": items}) == [
        ("TBA Live: new bands", "2031-05-03T19:30:00+01:00", "TBC Bank Arena"),
        ("Tbilisi folk night", "2031-09-10T20:00:00+01:00", "Town Hall"),
    ]


def test_hard_negative_an_untold_start_without_a_date_is_no_event() -> None:
    items = [
        {"name": "Summer concert", "start": "2031-05-03T19:30:00", "venue": "Town Hall"},
        {"name": "Autumn concert", "start": "TBC", "venue": "Town Hall"},
        {"name": "Winter concert", "start": "2031-12-10T19:00:00", "venue": "Church"},
    ]
    assert [title for title, _, _ in when({"events": items})] == ["Summer concert", "Winter concert"]


@pytest.mark.parametrize(
    ("value", "told"),
    [("TBC", True), ("t.b.a.", True), ("To be determined", True), ("TBCx", False), ("19:30", False), ("", False)],
)
def test_untold_both_ways(value: str, told: bool) -> None:
    assert _json_untold_times.untold(value) is told


@pytest.mark.parametrize(
    ("value", "date"),
    [("2031-09-10 TBC", "2031-09-10"), ("10/09/2031, TBA", "10/09/2031"), ("2031-09-10 TBC Hall", None),
     ("2031-09-10 19:00", None), ("TBC", None)],
)  # fmt: skip
def test_told_date_both_ways(value: str, date: str | None) -> None:
    assert _json_untold_times.told_date(value) == date


def test_without_the_rule_an_untold_time_lost_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sources.adapters._json_shapes.untold", lambda value: False)
    monkeypatch.setattr("sources.adapters._json_zone_words.told_date", lambda value: None)  # _json_shapes.bare_date
    assert when({"events": CONCERTS})[0] == ("Summer concert", "2031-05-03", "Town Hall")


# --- 3. one vocabulary of a length's words ------------------------------------------------------------------------


def _spelled(name: str) -> str:
    return name.replace(r"[^\S\n]", " ")


def test_the_three_readers_share_one_vocabulary() -> None:
    assert _page_duration_label.LABEL is _page_duration_words.LABEL
    assert _page_duration_clocks.DURATION_LEAD is _page_duration_words.DURATION_LEAD
    assert _page_article_footer_places.DURATION_LEAD is _page_duration_words.DURATION_LEAD
    assert set(_page_duration_words.DURATION_NAMES) <= set(_page_duration_words.RUNNING_TIME_NAMES)


@pytest.mark.parametrize("name", [_spelled(each) for each in _page_duration_words.RUNNING_TIME_NAMES])
def test_the_readers_agree_on_every_length_word(name: str) -> None:
    """Each word is a length before a clock for the row readers and the footer alike; only a duration's own names
    label the field whose length gives the end (a film's running time is the work's, not the sitting's)."""
    for word in (name, name.capitalize(), name.upper()):
        text = f"{word}: 1:30"
        assert _page_duration_clocks.running_time(text, (len(text) - 4, len(text)))
        assert _page_duration_words.DURATION_LEAD.search(f"{word} ca. ")
        own = name in _page_duration_words.DURATION_NAMES
        end = _page_duration_label.duration_end([f"{word}: 1 hour 30 minutes"], dt.time(19, 0))
        assert end == (dt.time(20, 30) if own else None)


def test_a_footers_running_time_in_every_language_gives_no_hour() -> None:
    from tests.sources.test_review38 import _articles
    from tests.sources.test_review38 import read as read_page

    rows = [("Saturday 14 June 2031", "Walk", "Durata 2:30 h"), ("Sunday 15 June 2031", "Hike", "Speelduur 4:00 h")]
    assert [(event["start"], event["venue_name"]) for event in read_page(_articles(*rows))] == [
        ("2031-06-14", None),
        ("2031-06-15", None),
    ]


@pytest.mark.parametrize(
    "text", ["Lengthy show at 20:00", "Full length feature, 7:30pm", "Doors 19:00", "Endurance 20:00"]
)
def test_hard_negative_no_length_word_no_length(text: str) -> None:
    start = text.index(next(part for part in text.split() if part[0].isdigit()))
    assert not _page_duration_clocks.running_time(text, (start, start + 4))


# --- 4. one parser of iCalendar's basic dates -----------------------------------------------------------------------


BASIC = [
    ("20310503", dt.date(2031, 5, 3), None),
    ("20310503T190000Z", None, dt.datetime(2031, 5, 3, 19, 0, tzinfo=dt.UTC)),
    ("20310503T190000z", None, dt.datetime(2031, 5, 3, 19, 0, tzinfo=dt.UTC)),
    ("20310503T190000", None, dt.datetime(2031, 5, 3, 19, 0)),  # noqa: DTZ001 - floating, as written
    ("20310503T1930", None, dt.datetime(2031, 5, 3, 19, 30)),  # noqa: DTZ001 - no seconds written
    ("20311345", None, None),
    ("20310503T250000", None, None),
    ("+0310503T190000", None, None),  # the library takes a sign before the year: no date here
    ("20310503T19000", None, None),
    ("2031-05-03", None, None),
]


@pytest.mark.parametrize(("text", "day", "moment"), BASIC)
def test_the_basic_forms_both_ways(text: str, day: dt.date | None, moment: dt.datetime | None) -> None:
    assert _ical_basic.basic_day(text) == day
    assert _ical_basic.basic_moment(text) == moment


def test_the_basic_parser_reads_as_the_icalendar_library_does() -> None:
    """The shared parser's values are the ones ``ics`` gets from the library for DTSTART;VALUE=DATE and DTSTART."""
    calendar = icalendar.Calendar.from_ical(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20310503\r\nDTEND:20310504T190000Z\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    event = calendar.walk("VEVENT")[0]
    assert _ical_basic.basic_day("20310503") == event["DTSTART"].dt
    assert _ical_basic.basic_moment("20310504T190000Z") == event["DTEND"].dt


def test_the_json_parameters_and_a_calendar_link_read_alike() -> None:
    london = zoneinfo.ZoneInfo("Europe/London")
    assert _json_ical_params.applied("20310503", {"value": "date"}) == "2031-05-03"
    assert _json_ical_params.applied("20310503T190000Z", {}) == "2031-05-03T19:00:00+00:00"
    assert _json_ical_params.applied("20310503T1900", {"tzid": "Europe/London"}) == "2031-05-03T19:00:00+01:00"
    assert _json_ical_params.applied("20311345", {"value": "date"}) == "20311345"  # no day: the value as written
    assert _calendar_links.compact_moment("20310503", london) == dt.date(2031, 5, 3)
    assert _calendar_links.compact_moment("20310503t190000z", london) == dt.datetime(2031, 5, 3, 19, tzinfo=dt.UTC)
    assert _calendar_links.compact_moment("20310503T1900", london) == dt.datetime(2031, 5, 3, 19, tzinfo=london)
    assert _calendar_links.compact_moment("2031050", london) is None


# --- 5. pages: "Klockan: 16-20"; a part of the day over the event's name ---------------------------------------------


def page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>"


STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
read_events_page = functools.partial(
    read_document, url="https://site.example/events", zone=STOCKHOLM, start=dt.datetime(2031, 1, 1, tzinfo=STOCKHOLM)
)


def page_spans(body: str) -> list[tuple[Any, ...]]:
    return [(event["title"], event["start"], event["end"]) for event in read_events_page(page("Events", body))]


@pytest.mark.parametrize("label", ["Klockan: 16-20", "Klockan: 16–20", "Kl: 16-20", "Klo: 16-20", "klockan 16-20"])
def test_a_strong_time_words_label_over_an_hour_range(label: str) -> None:
    body = f"<h1>Sommarfest</h1><p>Datum: 14 juni 2031</p><p>{label}</p><p>Var: Kista</p>"
    assert page_spans(body) == [("Sommarfest", "2031-06-14T16:00:00+02:00", "2031-06-14T20:00:00+02:00")]


def test_a_strong_time_words_label_over_one_hour() -> None:
    body = "<h1>Sommarfest</h1><p>Datum: 14 juni 2031</p><p>Klockan: 18</p>"
    assert page_spans(body) == [("Sommarfest", "2031-06-14T18:00:00+02:00", None)]


@pytest.mark.parametrize("line", ["Ålder: 16-20", "Pris: 16-20", "Sal: 16-20", "Plats: 16-20"])
def test_hard_negative_another_labels_range_is_no_hours(line: str) -> None:
    body = f"<h1>Sommarfest</h1><p>Datum: 14 juni 2031</p><p>{line}</p>"
    assert page_spans(body) == [("Sommarfest", "2031-06-14", None)]


def test_without_the_rule_the_labels_range_was_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from sources.adapters import _page_intl

    assert ":?|(?P<english>" in _page_intl.INTL_CLOCK.pattern
    unlabelled = re.compile(_page_intl.INTL_CLOCK.pattern.replace(":?|(?P<english>", "|(?P<english>", 1), re.IGNORECASE)
    monkeypatch.setattr(_page_intl, "INTL_CLOCK", unlabelled)
    body = "<h1>Sommarfest</h1><p>Datum: 14 juni 2031</p><p>Klockan: 16-20</p>"
    assert page_spans(body) == [("Sommarfest", "2031-06-14", None)]


def card(*lines: str) -> str:
    return "<div class='event-card'>" + "".join(lines) + "</div>"


def titles_of(body: str) -> list[str]:
    return [event["title"] for event in read_events_page(page("Events", f"<h1>What's on</h1>{body}"))]


@pytest.mark.parametrize(
    "body",
    [
        card("<p>14 June 2031</p>", "<p>Evening</p>", "<p>Jazz night</p>")
        + card("<p>15 June 2031</p>", "<p>Morning</p>", "<p>Yoga in the park</p>"),
        card("<p>Saturday 14 June 2031</p>", "<h3>Evening</h3>", "<p>Jazz night</p>")
        + card("<p>Sunday 15 June 2031</p>", "<h3>Morning</h3>", "<p>Yoga in the park</p>"),
        card("<h3>Evening</h3>", "<p>Saturday 14 June 2031, 8pm</p>", "<p>Jazz night</p>")
        + card("<h3>Morning</h3>", "<p>Sunday 15 June 2031, 9am</p>", "<p>Yoga in the park</p>"),
    ],
)
def test_a_part_of_day_over_the_name_is_no_title(body: str) -> None:
    assert titles_of(body) == ["Jazz night", "Yoga in the park"]


def test_without_the_rules_the_part_of_day_was_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sources.adapters._page_row_skips.part_of_day", lambda text: False)
    monkeypatch.setattr("sources.adapters._page_card_fields.name_after_part", lambda block, heading: None)
    body = card("<p>14 June 2031</p>", "<p>Evening</p>", "<p>Jazz night</p>") + card(
        "<p>15 June 2031</p>", "<p>Morning</p>", "<p>Yoga in the park</p>"
    )
    assert titles_of(body) == ["Evening", "Morning"]
    body = card("<p>Saturday 14 June 2031</p>", "<h3>Evening</h3>", "<p>Jazz night</p>") + card(
        "<p>Sunday 15 June 2031</p>", "<h3>Morning</h3>", "<p>Yoga in the park</p>"
    )
    assert titles_of(body) == ["Evening", "Morning"]


@pytest.mark.parametrize("name", ["Evening of Jazz", "Morning Yoga", "Night Market", "Evening session"])
def test_hard_negative_a_name_holding_a_part_of_day_is_kept(name: str) -> None:
    rows = card("<p>14 June 2031</p>", f"<p>{name}</p>", "<p>Town Hall</p>") + card(
        "<p>15 June 2031</p>", "<p>Quiz night</p>", "<p>Town Hall</p>"
    )
    assert titles_of(rows) == [name, "Quiz night"]
    headed = card("<p>Saturday 14 June 2031</p>", f"<h3>{name}</h3>", "<p>Jazz night</p>") + card(
        "<p>Sunday 15 June 2031</p>", "<h3>Quiz</h3>", "<p>Yoga in the park</p>"
    )
    assert titles_of(headed) == [name, "Quiz"]


def test_hard_negative_a_part_of_day_heading_with_nothing_else_keeps_its_words() -> None:
    body = card("<h3>Evening</h3>", "<p>Saturday 14 June 2031, 8pm</p>") + card(
        "<h3>Morning</h3>", "<p>Sunday 15 June 2031, 9am</p>"
    )
    assert titles_of(body) == ["Evening", "Morning"]


@pytest.mark.parametrize(
    ("text", "found"),
    [("Evening", True), ("MORNING", True), ("Nachmittag:", True), ("Evening of Jazz", False), ("Eve", False)],
)
def test_part_of_day_both_ways(text: str, found: bool) -> None:
    assert _page_part_of_day.part_of_day(text) is found
