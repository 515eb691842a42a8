"""The page readers' regular expressions on hostile text: runs of spaces, line breaks and separators 20 KB long
(far more than any line a real page has, and past every bounded repeat in the patterns) are read in one pass, with
the same result as a short run of the same shape. Backtracking made some of them cubic (1,500 spaces after
"Dec 12" took 16 s); the results are asserted, not the time (tests/hostile.py times the growth)."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
import zoneinfo
from types import ModuleType

import lxml.etree
import lxml.html
import pytest

from sources import adapters
from sources.adapters import (
    _calendar_links,
    _page_cards,
    _page_dates,
    _page_info,
    _page_words,
    _xml_xcal,
    html,
)

LONG = 20_000
# Every page reader's module, found by name so that a new one is audited without being listed here.
PAGE_MODULES = tuple(
    importlib.import_module(f"sources.adapters.{info.name}")
    for info in sorted(pkgutil.iter_modules(adapters.__path__), key=lambda info: info.name)
    if info.name.startswith("_page_")
)
MODULES: tuple[ModuleType, ...] = (html, *PAGE_MODULES, _calendar_links, _xml_xcal)
# (lead, filler, tail): the lead once, the filler repeated, the tail once.
SHAPES = (
    ("Dec 12", " ", "x"),
    ("12 Dec 2026", "\n", "7"),
    ("Budget Hearing", "-", "x"),
    ("Budget Hearing", " - ", "Board"),
    ("Board", " ", "meeting x"),
    ("1", " ", "x"),
    ("7:00", " ", "- x"),
    ("Board", "\n", "| x"),
    ("Meeting", "( ", "x"),
    ("samedi 27", " ", "juin x"),
)


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for module in MODULES:
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple) else (value,)
            for item in values:
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found.setdefault(id(item), (f"{module.__name__.rsplit('.', 1)[-1]}.{name}", item))
    return list(found.values())


def shaped(lead: str, filler: str, tail: str, size: int) -> str:
    return lead + filler * (size // len(filler)) + tail


@pytest.mark.parametrize(("name", "pattern"), patterns(), ids=[name for name, _ in patterns()])
def test_every_page_pattern_reads_a_long_run_as_it_reads_a_short_one(name: str, pattern: re.Pattern[str]) -> None:
    for lead, filler, tail in SHAPES:
        short = pattern.search(shaped(lead, filler, tail, 12))
        long = pattern.search(shaped(lead, filler, tail, LONG))
        assert (short is None) == (long is None), (name, lead, filler)


def test_a_date_followed_by_a_long_run_of_spaces_is_the_date() -> None:
    match = _page_cards.TEXT_DATE.search("Dec 12" + " " * LONG + "x")

    assert match is not None
    assert (match.group("month2"), match.group("day2"), match.group("time")) == ("Dec", "12", None)


@pytest.mark.parametrize(
    ("text", "time"),
    [("Sat 12 Dec, at 7:30pm", "7:30pm"), ("Dec 12 @ 8pm", "8pm"), ("12 Dec 2026 - doors open 19:00", "19:00")],
)
def test_a_date_still_reads_the_time_after_its_separator_and_word(text: str, time: str) -> None:
    match = _page_cards.TEXT_DATE.search(text)

    assert match is not None
    assert match.group("time") == time


def test_a_block_with_long_runs_of_spaces_still_shows_its_date() -> None:
    block = lxml.html.fromstring("<li><h3>Quiz</h3>" + " " * LONG + "<p>Dec 12" + "\n" * LONG + "8pm</p></li>")

    assert _page_cards.has_date_hint(block)


def test_a_status_after_a_run_of_separators_is_removed_and_a_run_alone_is_kept() -> None:
    assert _page_words.without_status("Budget Hearing -- CANCELLED") == "Budget Hearing"
    assert _page_words.without_status("Budget Hearing (postponed)") == "Budget Hearing"
    hostile = "Budget Hearing" + "-" * LONG + "x"
    assert _page_words.without_status(hostile) == hostile


def test_a_list_word_after_a_long_run_of_spaces_is_cut_from_a_meeting_title() -> None:
    assert _page_words.meeting_title("Board of Trustees" + " " * LONG + "Schedule") == "Board of Trustees meeting"
    assert _page_words.meeting_title("Board of Trustees - Agendas and Minutes") == "Board of Trustees meeting"


def test_a_title_split_on_its_separators_ignores_long_runs_of_line_breaks() -> None:
    assert _page_info.TITLE_SEPARATORS.split("Board" + "\n" * LONG + "x") == ["Board" + "\n" * LONG + "x"]
    assert _page_info.TITLE_SEPARATORS.split("Board meeting | City of Example") == [
        "Board meeting",
        "City of Example",
    ]


def test_an_xcal_value_with_line_breaks_writes_no_line_of_its_own() -> None:
    # CR/LF in a date, URI or RRULE value used to start a new iCalendar line (an injected property).
    xcal = """<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0"><vcalendar><components><vevent><properties>
      <summary><text>Talk&#13;SUMMARY:Lone CR</text></summary>
      <dtstart><date-time>2026-03-03T10:00:00&#13;&#10;RRULE:FREQ=SECONDLY</date-time></dtstart>
      <url><uri>https://a.example/&#10;END:VEVENT&#10;BEGIN:VEVENT</uri></url>
      <rrule><recur><freq>WEEKLY&#10;COUNT=99999</freq></recur></rrule>
    </properties></vevent></components></vcalendar></icalendar>"""

    lines = _xml_xcal.to_icalendar(lxml.etree.fromstring(xcal.encode())).split("\r\n")

    assert lines == [
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "SUMMARY:Talk\\nSUMMARY:Lone CR",
        "DTSTART:20260303T100000RRULEFREQ=SECONDLY",
        "URL;VALUE=URI:https://a.example/END:VEVENTBEGIN:VEVENT",
        "RRULE:FREQ=WEEKLYCOUNT=99999",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Time: 9 - 11:30", dt.time(9), dt.time(11, 30)),
        ("19:00 - 21:00", dt.time(19), dt.time(21)),
        ("March 3 - 19:00", dt.time(19), None),  # a day, a dash, a time: no range
        ("Dec 9 - 11:30", dt.time(11, 30), None),
        ("6-8 pm", dt.time(18), dt.time(20)),
    ],
)
def test_a_range_without_am_or_pm_starts_at_its_first_time(text: str, start: dt.time, end: dt.time | None) -> None:
    hit = _page_dates.find_clock(text)

    assert hit is not None
    assert (hit.start, hit.end) == (start, end)


def test_a_line_of_thousands_of_dates_is_read_for_a_bounded_number_of_meetings():
    from sources.adapters._page_dates import MAX_DATES, find_dates
    from sources.adapters._page_schedule import MAX_LINE_ENTRIES
    from sources.adapters.base import FetchWindow
    from sources.extraction import extract_document

    line = "Meetings: " + ", ".join(f"Jan {day % 28 + 1}, {2000 + day // 28}" for day in range(3000))

    assert len(find_dates(line, year_hint=None, today=dt.date(2026, 1, 1))) == MAX_DATES
    html = f"<html><body><h1>Board of Trustees</h1><p>{line}</p></body></html>".encode()
    now = dt.datetime(2026, 1, 1, tzinfo=zoneinfo.ZoneInfo("America/Chicago"))
    window = FetchWindow(start=now, end=now.replace(year=2200))  # every date on the line is inside it
    extraction = extract_document(html, window=window, kind="html", zone=now.tzinfo)
    assert 0 < len(extraction.events) <= MAX_LINE_ENTRIES
