"""The `html` adapter on ordinary pages a reviewer wrote to probe the page rules (issue #13 review): what a
rule learnt from one real page must not read on another. Each test is a minimal page of its own; a fixed
window (2027)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters.base import AdapterContext, FetchWindow
from sources.adapters.html import GenericPageAdapter

ZONE = zoneinfo.ZoneInfo("America/Los_Angeles")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://agency.example/meetings"


def parse(body: str, *, base: str | None = BASE, start: dt.datetime = START) -> list:
    context = AdapterContext(
        source="html",
        window=FetchWindow(start, start + dt.timedelta(days=365)),
        default_timezone=ZONE,
        base_url=base,
    )
    return list(GenericPageAdapter(config={}, context=context).parse(body.encode()))


def page(body: str, title: str = "Events | Example") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def table(heading: str, rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{day}</td><td>{time}</td><td>{name}</td></tr>" for day, time, name in rows)
    return f"<h2>{heading}</h2><table><tr><th>Date</th><th>Time</th><th>Artist</th></tr>{cells}</table>"


ROWS = [("Dec 12", "8 pm", "The Quartet"), ("Dec 19", "8 pm", "Sara Lee Trio")]


# --- 1. a heading's year ------------------------------------------------------------------------------------
def test_a_history_heading_gives_no_year_to_the_table_under_it():
    events = parse(page(table("Live music since 1987", ROWS)))
    assert [event.start.year for event in events] == [2027, 2027]


def test_a_season_spanning_two_years_gives_no_year_to_its_rows():
    events = parse(page(table("2026-27 Season Fixtures", ROWS)))
    assert {event.start.year for event in events} == {2027}


def test_a_year_far_ahead_is_not_the_tables_year():
    events = parse(page(table("Vision 2040", ROWS)))
    assert {event.start.year for event in events} == {2027}


def test_a_schedule_headings_year_is_still_the_tables_year():
    events = parse(page(table("2025 Concert Schedule", ROWS)))
    assert {event.start.year for event in events} == {2025}
    events = parse(page(table("2025", ROWS)))
    assert {event.start.year for event in events} == {2025}


def test_a_history_line_gives_no_year_to_the_lines_under_it():
    body = (
        "<h3>Open since 2024</h3><ul><li>Board meeting — March 3, 7 pm</li><li>Board meeting — April 7, 7 pm</li></ul>"
    )
    events = parse(page(body))
    assert [event.start.year for event in events] == [2027, 2027]
