"""Left32: known misreads earlier sessions left (issue #13), each fixed by a generic rule (dates in 2031).

1. A dash's range of two days with one clock after it ("June 17 – 18 at 7:30pm", "June 17-18, 7:30 PM", "17–18 June,
   19:30") lost its clock on a card (an all-day run) and its second day on a single page: two shows, one each day
   (``_page_day_pairs.DASH_*``, ``_page_two_days``, ``_page_own_days``). "17–18 June, 19:30" on a card also read
   its first day as an hour (17:00–19:30): the range's first day is blanked with the date (``_page_block_reader``).
2. A single event page's "Saturday 14 and Sunday 15 June 2031, 10am–4pm" read the 15th alone: both days
   (``_page_own_days``); "When: Saturday 14 June and Sunday 15 June …" was titled "When: and" (``_page_date_labels``).
3. A race page's start under its check-in ("Registration opens at 8:00am. Race starts at 9:30am.") read the
   check-in's clock: the start's (``_page_race_starts``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_block_reader, _page_card_dates, _page_race_starts, html
from tests.sources.helpers import read_page
from tests.sources.test_left30_day_pairs import _card
from tests.sources.test_review28_misfires import page, starts

LONDON = zoneinfo.ZoneInfo("Europe/London")
read = functools.partial(
    read_page, url="https://site.example/page", zone=LONDON, start=dt.datetime(2031, 6, 10, 9, tzinfo=LONDON)
)
read_card = functools.partial(
    read_page, url="https://club.example/events.html", zone=LONDON, start=dt.datetime(2031, 1, 10, tzinfo=LONDON)
)
PLACE = "<p>The Playhouse, 3 High Street, Oxford</p><p>Tickets £12 on the door.</p>"


def _spans(events: list[dict]) -> list[tuple[str, str | None]]:
    return [(str(event["start"])[:16], str(event["end"])[:16] if event.get("end") else None) for event in events]


def _show(line: str) -> list[dict]:
    return read(page("Hamlet", f"<h1>Hamlet by the river</h1><p>{line}</p>{PLACE}"))


NIGHTS = [("2031-06-17T19:30", None), ("2031-06-18T19:30", None)]
DASHES = ["June 17 – 18 at 7:30pm", "June 17-18, 7:30 PM", "17–18 June, 19:30", "June 17 – 18, 2031 at 7:30pm"]

# --- 1. a dash's two days with one clock: two shows -----------------------------------------------------------------


@pytest.mark.parametrize("days", [*DASHES, "Fri 17 – Sat 18 June, 19:30"])
def test_a_cards_dash_pair_with_one_clock_is_two_shows(days: str) -> None:
    events = read_card(_card(days))
    assert _spans(events) == NIGHTS
    assert {event["title"] for event in events} == {"Summer Steam Rally"}


@pytest.mark.parametrize("days", DASHES)
def test_a_pages_dash_pair_with_one_clock_is_two_shows(days: str) -> None:
    events = _show(days)
    assert _spans(events) == NIGHTS
    assert {event["title"] for event in events} == {"Hamlet by the river"}
    assert len({event["external_id"] for event in events}) == 2


def test_without_the_rule_the_card_was_an_all_day_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_card_dates, "dash_nights", lambda first, last, text, end: False)
    assert _spans(read_card(_card("June 17 – 18 at 7:30pm"))) == [("2031-06-17", "2031-06-18")]


def test_without_the_rule_the_page_lost_its_second_night(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "own_days", lambda entry: [entry])
    assert _spans(_show("June 17 – 18 at 7:30pm")) == [("2031-06-17T19:30", None)]


def test_without_the_blank_the_ranges_first_day_was_an_hour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_block_reader, "RANGE_HEAD", _page_card_dates.re.compile(r"(?!)"))
    assert _spans(read_card(_card("17–18 June, 19:30")))[0] == ("2031-06-17T17:00", "2031-06-17T19:30")


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("June 17 - 28 at 7:30pm", [("2031-06-17", "2031-06-28")]),  # a season: a run, not twelve nights
        ("June 17 – 18, 10am – 5pm", [("2031-06-17T10:00", "2031-06-18T17:00")]),  # a day's hours: a run
        ("June 17 – 18", [("2031-06-17", "2031-06-18")]),
        ("17–18 June", [("2031-06-17", "2031-06-18")]),
        ("June 17 – 19 at 7:30pm", [("2031-06-17", "2031-06-19")]),
    ],
)
def test_hard_negative_a_cards_run_without_a_single_clock_or_of_more_days(
    days: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _spans(read_card(_card(days))) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("June 17 - 28 at 7:30pm", [("2031-06-17T19:30", None)]),
        ("June 17 – 18, 10am – 5pm", [("2031-06-17T10:00", "2031-06-17T17:00")]),
        ("Sat 14 & 21 June 2031", [("2031-06-21", None)]),  # two days apart: not this rule's
    ],
)
def test_hard_negative_a_pages_longer_run_or_hours_read_as_before(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _spans(_show(line)) == expected


# --- 2. a single page's two days ------------------------------------------------------------------------------------

FAIR = "<h1>Summer craft fair</h1><p>{}</p><p>Village Hall, Church Lane, Stoke</p><p>Over 40 stalls.</p>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Saturday 14 and Sunday 15 June 2031, 10am–4pm",
            [("2031-06-14T10:00", "2031-06-14T16:00"), ("2031-06-15T10:00", "2031-06-15T16:00")],
        ),
        ("Sat 14 &amp; Sun 15 June 2031", [("2031-06-14", None), ("2031-06-15", None)]),
        (
            "When: Saturday 14 June and Sunday 15 June 2031, 10am–4pm",
            [("2031-06-14T10:00", "2031-06-14T16:00"), ("2031-06-15T10:00", "2031-06-15T16:00")],
        ),
    ],
)
def test_a_single_pages_two_days_are_both_read(line: str, expected: list[tuple[str, str | None]]) -> None:
    events = read(page("Craft fair", FAIR.format(line)))
    assert _spans(events) == expected
    assert {event["title"] for event in events} == {"Summer craft fair"}


def test_without_the_rule_the_page_read_its_second_day_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "own_days", lambda entry: [entry])
    events = read(page("Craft fair", FAIR.format("Saturday 14 and Sunday 15 June 2031, 10am–4pm")))
    assert _spans(events) == [("2031-06-15T10:00", "2031-06-15T16:00")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sat 14 &amp; 21 June 2031", [("2031-06-21", None)]),
        ("Rooms 3 &amp; 15 June 2031", [("2031-06-15", None)]),
        ("Sunday 15 June 2031, 10am–4pm", [("2031-06-15T10:00", "2031-06-15T16:00")]),
    ],
)
def test_hard_negative_no_pair_of_consecutive_days(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _spans(read(page("Craft fair", FAIR.format(line)))) == expected


def test_hard_negative_a_one_card_page_with_its_two_days_reads_the_card() -> None:
    """The page's own reading is one event on two days: a card beside it is still weighed against one event."""
    events = read_card(_card("June 17 – 18 at 7:30pm"))
    assert {event["title"] for event in events} == {"Summer Steam Rally"}


# --- 3. a race's start under its check-in ---------------------------------------------------------------------------

RACE = "<h1>Riverside 10k</h1>{}<p>The boathouse, Henley</p><p>Entry £20.</p>"


@pytest.mark.parametrize(
    "body",
    [
        "<p>Sunday 15 June 2031</p><p>Registration opens at 8:00am. Race starts at 9:30am.</p>",
        "<p>Sunday 15 June 2031</p><p>Check-in from 8:00. Start 09:30.</p>",
        "<p>Sunday 15 June 2031, check-in from 8:00, start 09:30</p>",
        "<p>Sunday 15 June 2031 – Registration 8:00, Race start 9:30</p>",
        "<p>Check-in from 8:00 on Sunday 15 June 2031</p><p>Start 09:30</p>",
        "<p>Check-in: Sunday 15 June 2031, 08:00–09:15 at the boathouse</p><p>Race starts at 9:30am</p>",
        "<p>Sunday 15 June 2031</p><p>Bib pick-up 7:30–8:45, gun time 9:00</p>",
    ],
)
def test_a_races_start_under_its_check_in_is_its_start(body: str) -> None:
    (event,) = read(page("Race", RACE.format(body)))
    assert event["title"] == "Riverside 10k"
    assert str(event["start"])[:10] == "2031-06-15"
    assert str(event["start"])[11:16] in {"09:30", "09:00"}


def test_without_the_rule_the_check_ins_clock_was_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_race_starts, "race_start", lambda lines, date_line, today: None)
    body = "<p>Sunday 15 June 2031</p><p>Registration opens at 8:00am. Race starts at 9:30am.</p>"
    assert starts(read(page("Race", RACE.format(body)))) == [("Riverside 10k", "2031-06-15T08:00")]


@pytest.mark.parametrize(
    ("body", "clock"),
    [
        ("<p>Sunday 15 June 2031</p><p>Check-in from 8:00</p>", "08:00"),  # a check-in alone: all there is
        ("<p>Sunday 15 June 2031, 10:00</p><p>Start and finish at the boathouse. Check-in at the tent.</p>", "10:00"),
        ("<p>Sunday 15 June 2031</p><p>Tickets on sale from 8:00, starts 9:30</p>", "08:00"),  # no check-in word
        (
            "<p>Sunday 15 June 2031, 8:00</p><p>Registration for next year opens Monday 16 June 2031. Start 09:30</p>",
            "08:00",
        ),  # the start on another day's line
    ],
)
def test_hard_negative_no_start_beside_a_check_in(body: str, clock: str) -> None:
    event = read(page("Race", RACE.format(body)))[0]
    assert str(event["start"])[:16] == f"2031-06-15T{clock}"


def test_hard_negative_a_hotels_check_in_page_stays_no_event() -> None:
    """Main read this as an event at 15:00 (left31's check-in rule), the start rule's first draft at 7:00."""
    body = (
        "<h1>Your booking is confirmed</h1><p>Check-in: Saturday 14 June 2031 from 15:00. Breakfast starts at 7:00</p>"
    )
    assert read(page("Stay", body)) == []


def test_hard_negative_another_things_start_under_a_check_in() -> None:
    body = "<p>Sunday 15 June 2031</p><p>Check-in from 8:00. Breakfast starts at 7:00 in the clubhouse.</p>"
    assert starts(read(page("Race", RACE.format(body)))) == [("Riverside 10k", "2031-06-15T08:00")]
