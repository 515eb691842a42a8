"""The thirty-eighth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout38.json: measured
once at 4eea79d), each rule on a small document of our own:

1. a weekly timetable written as lines, each a time, a name and the weekday it recurs on ("8:30am Fusion Sundays
   in-person with Katie Clay", "Thursdays 6:30pm Chess Night", "7pm Choir every Wednesday"), is that many weekly
   series: each line's first day on or after the window's start at its time, repeating every week on its
   weekdays (_page_weekly_lines). A line with a time and a name but no weekday, inside such a run, is the weekday
   of the line before it; a bare "5:45" after a later time of the same day is the evening's.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import Counter

from sources.adapters import _page_weekly_lines
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import superlinear_shape

PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
APRIL = dt.datetime(2027, 4, 1, tzinfo=PACIFIC)  # a Thursday
PAGE = "https://library.example.org/weekly-programs"


def read(body: str) -> list[dict[str, object]]:
    window = FetchWindow(APRIL, APRIL + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url=PAGE, zone=PACIFIC).events


def starts(events: list[dict[str, object]], title: str) -> list[dt.datetime]:
    return sorted(dt.datetime.fromisoformat(str(e["start"])) for e in events if e["title"] == title)


TIMETABLE = """<html><body><h1>Weekly programs at the Branch Library</h1>
<p>Drop in to any of these free programs:</p>
<ul>
<li>10:30am Toddler Storytime Tuesdays in-person with Ms. Ana</li>
<li>4pm Lego Club Wednesdays</li>
<li>Thursdays 6:30pm Chess Night</li>
<li>7pm Choir Practice every Wednesday (in the Community Room)</li>
<li>10am Baby Rhymes Saturdays with Mr. Lee</li>
<li>11am Family Crafts hybrid (in-person and online)</li>
<li>12pm Knitting Circle Mondays</li>
<li>5:45 Teen Coding Mondays</li>
</ul>
<p>Questions? Ask at the front desk.</p>
</body></html>"""


# --- 1. a weekly timetable ---------------------------------------------------------------------------------
def test_each_line_of_a_weekly_timetable_is_a_weekly_series_at_its_time() -> None:
    events = read(TIMETABLE)

    storytime = starts(events, "Toddler Storytime")
    assert storytime[0] == dt.datetime(2027, 4, 6, 10, 30, tzinfo=PACIFIC)  # the first Tuesday from April 1st
    assert storytime[1] - storytime[0] == dt.timedelta(days=7)  # every week
    assert len(storytime) >= 50  # a year of Tuesdays
    assert starts(events, "Chess Night")[0] == dt.datetime(2027, 4, 1, 18, 30, tzinfo=PACIFIC)  # the weekday first
    assert starts(events, "Choir Practice")[0] == dt.datetime(2027, 4, 7, 19, 0, tzinfo=PACIFIC)  # "every Wednesday"
    assert starts(events, "Lego Club")[0] == dt.datetime(2027, 4, 7, 16, 0, tzinfo=PACIFIC)
    rules = {str(e["title"]): e.get("rrule") for e in events}
    assert rules["Toddler Storytime"] == "FREQ=WEEKLY;BYDAY=TU"
    # one series per line: the ids of a series' occurrences share the part before "@"
    series = Counter(str(e["external_id"]).rsplit("@", 1)[0] for e in events)
    assert len(series) == 8


def test_a_timetable_line_without_a_weekday_is_the_weekday_of_the_line_before_it() -> None:
    crafts = starts(read(TIMETABLE), "Family Crafts")  # after "10am Baby Rhymes Saturdays": a Saturday

    assert crafts[0] == dt.datetime(2027, 4, 3, 11, 0, tzinfo=PACIFIC)


def test_a_bare_time_after_a_later_one_of_the_same_day_is_the_evenings() -> None:
    events = read(TIMETABLE)

    assert starts(events, "Knitting Circle")[0].time() == dt.time(12, 0)
    assert starts(events, "Teen Coding")[0] == dt.datetime(2027, 4, 5, 17, 45, tzinfo=PACIFIC)  # "5:45" after 12pm


def test_the_leaders_name_and_the_attendance_mode_are_not_the_title() -> None:
    titles = {str(e["title"]) for e in read(TIMETABLE)}

    assert {"Toddler Storytime", "Baby Rhymes", "Family Crafts", "Choir Practice"} <= titles
    assert not any("with" in title or "in-person" in title or "(" in title for title in titles)


def test_a_line_naming_several_weekdays_recurs_on_each() -> None:
    page = """<html><body><h1>Classes</h1><ul>
<li>9am Gentle Yoga Mondays &amp; Wednesdays</li>
<li>6pm Zumba Tuesdays and Thursdays</li>
<li>10am Tai Chi Saturdays</li>
<li>6am Boot Camp Mondays - Fridays</li>
</ul></body></html>"""
    rules = {str(e["title"]): e.get("rrule") for e in read(page)}

    assert rules["Gentle Yoga"] == "FREQ=WEEKLY;BYDAY=MO,WE"
    assert rules["Zumba"] == "FREQ=WEEKLY;BYDAY=TU,TH"
    assert rules["Boot Camp"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"  # a dash between two weekdays: the days between


# --- hard negatives ----------------------------------------------------------------------------------------
def test_opening_hours_by_weekday_are_no_events() -> None:
    page = """<html><body><h1>Branch Library</h1><h2>Hours</h2><ul>
<li>Mondays 9am - 8pm</li>
<li>Tuesdays 9am - 8pm</li>
<li>Wednesdays 9am - 6pm</li>
<li>Open Saturdays 10am - 5pm</li>
<li>Sundays: Closed</li>
</ul></body></html>"""

    assert read(page) == []


def test_two_weekly_lines_are_no_timetable() -> None:
    page = """<html><body><h1>About our parish</h1>
<p>Sunday Mass 10am Sundays in the main church</p>
<p>Rosary 6pm Tuesdays</p>
<p>All are welcome.</p></body></html>"""

    assert read(page) == []


def test_a_dated_schedule_is_not_read_as_weekly() -> None:
    page = """<html><body><h1>Upcoming talks</h1><ul>
<li>Tuesday, April 13, 2027 7pm Birds of the Marsh</li>
<li>Tuesday, April 20, 2027 7pm Native Bees</li>
<li>Tuesday, April 27, 2027 7pm Night Sky Tour</li>
</ul></body></html>"""
    events = read(page)

    assert all(not e.get("rrule") for e in events)
    assert len(events) == 3


def test_the_weekday_pattern_stays_linear() -> None:
    assert superlinear_shape(_page_weekly_lines.WEEKDAYS) is None
    assert superlinear_shape(_page_weekly_lines.LEADER) is None
    assert superlinear_shape(_page_weekly_lines.MODE) is None
