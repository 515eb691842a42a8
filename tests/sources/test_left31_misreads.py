"""Left31: small misreads this session's helpers left, each fixed by a generic rule (dates in 2031).

1. "June 17 and 18th at 7:30pm" (a pair of days with one clock after it) was read by left30's ``paired_last`` as one
   all-day run over both days: with a single clock after the pair it is two shows, one each day at that clock
   (``_page_day_pairs.CLOCK_AFTER``, ``_page_two_days``). Not: a day's hours after the pair ("10am – 5pm": a run).
2. "Open days: 21 and 28 June" (after a label or in a sentence) was read on the 28th alone: two events.
3. A concert list's rows kept "Booking closes ." in their titles (the limit's date cut out): the limit's sentence is
   cut whole (``_page_limit_sentences``).
4. "The tall ships arrive Friday 20 June; the talk is Saturday 21 June 2031, 14:00." was read on the 20th: the later
   day announced with its clock is the event's (``_page_clause_days``).
5. A race page whose only full date is on its "Check-in:" line was dropped: its check-in is on the event's own day
   when nothing near says a stay (``_page_check_in``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_day_pairs, _page_listed_days, _page_schedule_lines, _page_single, _page_two_days
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


def _days(days: str) -> list[tuple[str, str | None]]:
    return [
        (str(event["start"])[:16], str(event["end"])[:16] if event.get("end") else None)
        for event in read_card(_card(days))
    ]


# --- 1. a pair of days with one clock after it: two shows ---------------------------------------------------------


@pytest.mark.parametrize(
    "days",
    ["June 17 and 18th at 7:30pm", "June 17 & 18, 7:30pm", "17 & 18 June at 7:30pm", "June 17 & 18, 2031 at 19:30"],
)
def test_a_pair_of_days_with_one_clock_is_two_shows(days: str) -> None:
    assert _days(days) == [("2031-06-17T19:30", None), ("2031-06-18T19:30", None)]


def test_without_the_rule_the_pair_was_one_all_day_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_day_pairs, "CLOCK_AFTER", _page_day_pairs.re.compile(r"(?!)"))
    monkeypatch.setattr(_page_two_days, "CLOCK_AFTER", _page_day_pairs.CLOCK_AFTER)
    monkeypatch.setattr(_page_listed_days, "LISTED_DAY", _page_day_pairs.re.compile(r"(?!)"))  # pages115's line rule
    assert _days("June 17 and 18th at 7:30pm") == [("2031-06-17", "2031-06-18")]


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("June 17 & 18", [("2031-06-17", "2031-06-18")]),
        ("June 17 & 18, 10am – 5pm", [("2031-06-17T10:00", "2031-06-18T17:00")]),
        # a dash's season: one run (two days: left32), its clock kept as the run's evenings since left33
        ("June 17 - 28 at 7:30pm", [("2031-06-17T19:30", "2031-06-28T19:30")]),
        ("June 7 & 8pm", [("2031-06-07T20:00", None)]),
    ],
)
def test_hard_negative_a_pair_without_a_single_clock_reads_as_before(
    days: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _days(days) == expected


# --- 2. two days after a label or in a sentence -------------------------------------------------------------------


@pytest.mark.parametrize(
    "days", ["Open days: 21 and 28 June", "Open days 21 and 28 June", "Our open days are 21 & 28 June"]
)
def test_two_days_after_a_label_or_in_a_sentence_are_two_events(days: str) -> None:
    assert _days(days) == [("2031-06-21", None), ("2031-06-28", None)]


def test_without_the_rule_the_labelled_list_was_one_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_two_days, "DAYS_BEFORE", _page_day_pairs.re.compile(r"(?!)"))
    assert _days("Open days: 21 and 28 June") == [("2031-06-28", None)]


@pytest.mark.parametrize("days", ["Rooms 3 21 and 28 June", "7, 14 & 21 June", "Tickets £5 and 28 June", "2 & 18 June"])
def test_hard_negative_a_number_a_list_or_a_price_before_the_days(days: str) -> None:
    assert len(_days(days)) == 1


# --- 3. a limit's sentence in a list's row -------------------------------------------------------------------------

CONCERTS = (
    "<h1>Summer concerts</h1><ul><li>Brass band – Saturday 28 June 2031, 19:30. Booking closes on Friday 27 June "
    "2031.</li><li>String quartet – Saturday 5 July 2031, 19:30. Booking closes on Friday 4 July 2031.</li></ul>"
)


def test_a_rows_limit_sentence_is_cut_from_its_title() -> None:
    assert starts(read(page("Concerts", CONCERTS))) == [
        ("Brass band", "2031-06-28T19:30"),
        ("String quartet", "2031-07-05T19:30"),
    ]


def test_without_the_rule_the_title_kept_the_limits_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_schedule_lines, "limit_sentences", lambda text, spans, after: spans)
    assert "Booking closes" in starts(read(page("Concerts", CONCERTS)))[0][0]


def test_hard_negative_a_rows_other_sentence_keeps_its_words() -> None:
    body = (
        "<h1>Summer concerts</h1><ul><li>Brass band – Saturday 28 June 2031, 19:30. Second show Sunday 29 June 2031."
        "</li><li>String quartet – Saturday 5 July 2031, 19:30. Tickets £12 at the door.</li></ul>"
    )
    assert "Second show" in starts(read(page("Concerts", body)))[0][0]


# --- 4. a later day announced with its clock -----------------------------------------------------------------------

SHIPS = (
    "<h1>Maritime weekend</h1><p>The tall ships arrive Friday 20 June; the talk is Saturday 21 June 2031, 14:00.</p>"
)


def test_the_later_day_announced_with_its_clock_is_the_events() -> None:
    assert starts(read(page("Weekend", SHIPS))) == [("Maritime weekend", "2031-06-21T14:00")]


def test_without_the_rule_the_first_day_was_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_single, "later_announced", lambda text, hits: None)
    assert starts(read(page("Weekend", SHIPS))) == [("Maritime weekend", "2031-06-20T14:00")]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("The talk is on Saturday 21 June 2031, 14:00; the ships leave Sunday 22 June, 10:00.", "2031-06-21T14:00"),
        ("The tall ships arrive Friday 20 June; booking closes Thursday 19 June 2031, 12:00.", "2031-06-20T12:00"),
        ("The tall ships arrive Friday 20 June and the talk is Saturday 21 June 2031, 14:00.", "2031-06-20T14:00"),
    ],
)
def test_hard_negative_a_first_days_clock_a_limit_or_one_clause(line: str, day: str) -> None:
    assert starts(read(page("Weekend", f"<h1>Maritime weekend</h1><p>{line}</p>"))) == [("Maritime weekend", day)]


# --- 5. a race's check-in ------------------------------------------------------------------------------------------

RACE = "<h1>Riverside 10k</h1><p>Check-in: Sunday 15 June 2031, 08:00–09:15 at the boathouse</p><p>Entry £20.</p>"


def test_a_races_only_date_on_its_check_in_line_is_its_day() -> None:
    assert starts(read(page("Race", RACE))) == [("Riverside 10k", "2031-06-15T08:00")]


def test_without_the_rule_the_race_was_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_single, "own_check_in", lambda lines, today: None)
    assert read(page("Race", RACE)) == []


@pytest.mark.parametrize(
    "body",
    [
        "<h1>Your booking is confirmed</h1><p>Check-in: Saturday 14 June 2031 from 15:00</p><p>Check-out: Monday 16 "
        "June 2031 until 11:00</p>",
        "<h1>Seaview Cottage</h1><p>Check-in: Saturday 14 June 2031 from 15:00 (3 nights)</p>",
        "<h1>Hotel Miramar</h1><p>Check-out: Monday 16 June 2031 until 11:00</p>",
        "<h1>Your trip to Lisbon</h1><p>Flight TP1337 London Gatwick – Lisbon</p><p>Check-in: Sunday 15 June 2031, opens "
        "24 hours before departure</p>",
        "<h1>Vet appointment confirmed</h1><p>Check-in: Tuesday 17 June 2031, 09:40 at reception</p>",
    ],
)
def test_hard_negative_a_stays_check_in_is_no_event(body: str) -> None:
    assert read(page("Stay", body)) == []
