"""The twenty-eighth held-out batch's miss, pages (issue #13, bench/corpus/pages/manifest-heldout28.json: measured
once at b4f679d), the rule on small documents of our own:

1. hCalendar's value-title pattern: a date property whose machine-readable value is the ``title`` of an empty child
   marked ``value-title`` (``<h5 class="dtstart"><span class="value-title" title="2016-01-25T00:00:00-08:00">
   </span>Mon 1/25</h5>``) is read, which mf2py 2 does not (_mf_value_title); a stamp at midnight on the dot whose
   property shows people no time of day is the day alone.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _mf_value_title
from sources.adapters._mf_value_title import with_value_titles
from sources.extraction import default_window, extract_document
from tests.hostile import module_patterns, superlinear, superlinear_shape

LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
NOW = dt.datetime(2031, 2, 20, 12, tzinfo=LOS_ANGELES)


def events_of(body: str) -> list[dict[str, object]]:
    page = f"<html><head><title>Calendar | The Back Room</title></head><body><h1>The Back Room</h1>{body}</body></html>"
    extraction = extract_document(
        page.encode(), window=default_window(NOW), page_url="https://backroom.example.org/calendar/", zone=LOS_ANGELES
    )
    return extraction.events


def day_cell(stamp: str, shown: str, name: str, extra: str = "") -> str:
    return (
        f'<td class="data vevent"><h5 class="date dtstart"><span class="value-title" title="{stamp}"></span>{shown}'
        f'</h5><div class="one-event"><h1 class="headliners summary"><a class="url" href="/event/{name.lower()}/">'
        f'{name}</a></h1>{extra}<abbr class="location" style="display:none;">The Back Room</abbr></div></td>'
    )


# --- 1. value-title dates ---------------------------------------------------------------------------------------------
def test_a_month_grid_of_value_title_days_is_read_show_by_show() -> None:
    grid = (
        '<table><tr><td colspan="7"><h3 class="month">March</h3></td></tr><tr>'
        + day_cell("2031-03-03T00:00:00-08:00", "Mon 3/03", "SOFT TARGETS", '<h3 class="start-time">8:00 pm</h3>')
        + day_cell("2031-03-04T00:00:00-08:00", "Tue 3/04", "Quiet Harbour")
        + '<td class="data vevent"><h5 class="date dtstart"><span class="value-title" '
        'title="2031-03-05T00:00:00-08:00"></span>Wed 3/05</h5></td></tr></table>'
    )
    events = events_of(grid)
    assert [(event["title"], event["start"]) for event in events] == [
        ("Soft Targets", "2031-03-03"),
        ("Quiet Harbour", "2031-03-04"),
    ]
    assert {event["venue_name"] for event in events} == {"The Back Room"}


def test_a_value_title_with_a_time_of_day_keeps_it() -> None:
    events = events_of(day_cell("2031-03-06T19:30:00-08:00", "Thu 3/06", "Late Set"))
    assert [(event["title"], event["start"]) for event in events] == [("Late Set", "2031-03-06T19:30:00-08:00")]


def test_midnight_is_kept_when_the_property_shows_a_time() -> None:
    rewritten = with_value_titles(
        '<div class="vevent"><span class="dtstart"><span class="value-title" title="2031-03-07T00:00:00-08:00">'
        '</span>Sat 3/07, 12:00 am</span><span class="summary">Midnight Mass</span></div>'
    )
    assert '<span class="value" title="2031-03-07T00:00:00-08:00">2031-03-07T00:00:00-08:00</span>' in rewritten


def test_a_value_title_outside_a_date_property_is_left_alone() -> None:
    page = '<p class="note"><span class="value-title" title="2031-03-08">Sunday</span></p>'
    assert with_value_titles(page) == page
    assert with_value_titles("<p>No microformats</p>") == "<p>No microformats</p>"


# --- hostile input -------------------------------------------------------------------------------------------------
PATTERNS = module_patterns(_mf_value_title, "_mf_value_title.")


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_new_patterns_are_not_superlinear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


def test_a_page_of_many_value_titles_is_bounded() -> None:
    cell = '<div class="vevent"><b class="dtstart"><i class="value-title" title="2031-03-09T00:00:00Z"></i></b></div>'
    page = cell * (_mf_value_title.MAX_VALUE_TITLES + 500)
    rewritten = with_value_titles(page)
    assert rewritten.count('class="value"') == _mf_value_title.MAX_VALUE_TITLES
    # Growth, not a budget (tests/hostile.py): 1,000 cells against 8,000, in CPU time.
    assert superlinear(with_value_titles, lambda size: cell * size) is None
