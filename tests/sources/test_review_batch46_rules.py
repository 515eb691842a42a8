"""A review of rules added with batches 46 and 47, on our own small documents.

1. A relative day label ("Today") is counted from the day the page is read (the fetch window starts the day
   before it: ``FetchWindow.reading_day``), and is not read as a date in an opening-times list ("Today
   10:00 – 17:00" under "Opening hours": the hours of a place, not an event).
2. A day, a month abbreviation and a two-digit year joined by dashes ("04-May-26") is a date only when the year is
   near the reader's clock: "Updated 14-Feb-99" is no 2099.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._page_dates import find_dates
from sources.extraction import default_window, extract_document

LONDON = zoneinfo.ZoneInfo("Europe/London")
THURSDAY = dt.datetime(2026, 11, 26, 9, 30, tzinfo=LONDON)


def read_on(html: str, now: dt.datetime) -> list:
    return extract_document(
        html.encode(), window=default_window(now), page_url="https://hall.example.org/whats-on", zone=LONDON
    ).events


@pytest.mark.parametrize("now", [THURSDAY, dt.datetime(2026, 11, 26, 23, 59, tzinfo=LONDON)])
def test_the_reading_day_is_the_day_the_window_was_opened_for(now: dt.datetime) -> None:
    assert default_window(now).reading_day() == dt.date(2026, 11, 26)


LISTING = """<html><head><title>What's on | Town Hall</title></head><body><main><h1>What's on</h1>
<div class="cards">
<div class="card"><p class="stamp">{first}</p><h3>Lunchtime Organ Recital</h3></div>
<div class="card"><p class="stamp">December 3</p><h3>Carol Singing on the Steps</h3></div>
</div></main></body></html>"""


@pytest.mark.parametrize(("label", "day"), [("Today", "2026-11-26"), ("Tomorrow", "2026-11-27")])
def test_a_relative_label_names_a_day_counted_from_the_reading_day(label: str, day: str) -> None:
    events = read_on(LISTING.format(first=label), THURSDAY)

    assert [(event["title"], event["start"][:10]) for event in events] == [
        ("Lunchtime Organ Recital", day),
        ("Carol Singing on the Steps", "2026-12-03"),
    ]


HOURS = """<html><head><title>Visit us | Harbour Gallery</title></head><body><main><h1>Visit us</h1>
<h2>{heading}</h2>
<table class="opening">
<tr><td class="when">Today</td><td class="hours">9.30am - 4.30pm</td></tr>
<tr><td class="when">Tomorrow</td><td class="hours">9.30am - 4.30pm</td></tr>
<tr><td class="when">31 December</td><td class="hours">9.30am - 1pm</td></tr>
</table>
<p>Entry is free; the shop closes fifteen minutes before the galleries.</p>
</main></body></html>"""


@pytest.mark.parametrize("heading", ["Opening hours", "Opening times", "Hours"])
def test_today_in_an_opening_hours_list_is_no_event(heading: str) -> None:
    events = read_on(HOURS.format(heading=heading), THURSDAY)

    assert [event["start"][:10] for event in events if event["start"][:10] in ("2026-11-26", "2026-11-27")] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Updated 14-Feb-99", None),  # a page's stamp of another century: no 2099
        ("Posted 03-Jun-71", None),
        ("Quiz night 04-May-26", dt.date(2026, 5, 4)),  # near the reader's clock: read as before
        ("Season opens 12-Mar-2005", dt.date(2005, 3, 12)),  # a four-digit year is written out: read as before
    ],
)
def test_a_dashed_two_digit_year_is_read_near_the_readers_clock_only(text: str, day: dt.date | None) -> None:
    found = find_dates(text, year_hint=None, today=dt.date(2026, 11, 26))

    assert [hit.date for hit in found] == ([day] if day else [])
