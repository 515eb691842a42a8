"""Review of the page rules and shared title helpers landed after 4eea79d (issue #13): each fault on a document of
our own, failing before its fix, with the shape the rule was written for kept beside it.

1. a weekly timetable's reader (_page_weekly_lines) took a place's opening hours under an "Hours" heading for
   classes ("Kitchen Tuesdays - Saturdays 5pm - 10pm": hundreds of events), and a deadline ("by 7am") for a start;
2. a published file's date (_page_record_lines) dropped a council's agenda links that are only their date and the
   file's size, under a heading that names the papers ("City Council Agendas");
3. a title's opening month/day and hour (_title_lead_day) cut a title that goes on with the range's end
   ("10/3 1:00 PM - 3:00 PM Board Meeting" read as "- 3:00 PM Board Meeting");
4. a card's glued capitals (_page_cards.block_text) split a word broken by <wbr> ("Java<wbr>Script") and a name
   whose short prefix is its own element ("Mc<span>Cartney</span>", "De<span>Vito</span>");
5. a line asking where ("Where is the entrance? Use the side door.") was read as the label "Where" and its place.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters import _page_weekly_lines, _title_lead_day
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_page

EASTERN = zoneinfo.ZoneInfo("America/New_York")
read = functools.partial(
    read_page, url="https://example.org/page", zone=EASTERN, start=dt.datetime(2027, 4, 1, tzinfo=EASTERN)
)


def titles(events: list[dict[str, object]]) -> set[str]:
    return {str(event["title"]) for event in events}


# --- 1. opening hours and deadlines are no weekly timetable ---------------------------------------------------
def test_a_places_hours_by_weekday_under_an_hours_heading_are_no_timetable() -> None:
    bistro = """<html><body><h1>The Corner Bistro</h1><h2>Hours</h2><ul>
<li>Kitchen Tuesdays - Saturdays 5pm - 10pm</li>
<li>Bar Tuesdays - Sundays 4pm - midnight</li>
<li>Brunch Sundays 10am - 2pm</li>
</ul><p>Reservations recommended.</p></body></html>"""
    library = """<html><body><h1>Branch hours</h1><ul>
<li>Main Library Mondays - Thursdays 9am - 8pm</li>
<li>Main Library Fridays - Saturdays 9am - 5pm</li>
<li>Eastside Branch Tuesdays 10am - 6pm</li>
</ul></body></html>"""
    office = """<html><body><h1>Contact us</h1><h2>Opening times</h2><p>Office Mondays - Fridays 9am - 5pm</p>
<p>Phone lines Mondays - Fridays 8am - 6pm</p><p>Walk-in advice Wednesdays 1pm - 3pm</p></body></html>"""

    assert read(bistro) == []
    assert read(library) == []
    assert read(office) == []


def test_a_deadline_by_the_hour_is_no_start() -> None:
    page = """<html><body><h1>Collection days</h1><ul>
<li>Recycling collected Mondays by 7am</li><li>Garden waste Tuesdays by 7am</li>
<li>General rubbish Thursdays before 7am</li></ul></body></html>"""

    assert read(page) == []


def test_a_class_timetable_under_its_own_heading_is_still_read() -> None:
    page = """<html><body><h1>Leisure centre</h1><h2>Class timetable</h2><ul>
<li>6am Spin Mondays &amp; Wednesdays</li><li>7pm Body Pump Tuesdays</li><li>9am Yoga Saturdays</li></ul>
<h2>Opening hours</h2><p>Mondays - Fridays 6am - 10pm</p></body></html>"""
    events = read(page)

    assert titles(events) == {"Spin", "Body Pump", "Yoga"}
    assert {event["rrule"] for event in events if event["title"] == "Spin"} == {"FREQ=WEEKLY;BYDAY=MO,WE"}


def test_the_hours_heading_pattern_stays_linear() -> None:
    assert superlinear_shape(_page_weekly_lines.HOURS_HEADING) is None
    assert superlinear_shape(_page_weekly_lines.DEADLINE) is None


# --- 2. agenda links that are only their date and size ----------------------------------------------------------
def test_agenda_links_that_are_only_a_date_and_a_size_are_meetings() -> None:
    page = """<html><body><h1>City Council Agendas</h1><h2>2027</h2><ul>
<li><a href="/docs/cc-2027-04-06.pdf">April 6, 2027</a> (PDF, 245 KB)</li>
<li><a href="/docs/cc-2027-04-20.pdf">April 20, 2027</a> (PDF, 310 KB)</li>
<li><a href="/docs/cc-2027-05-04.pdf">May 4, 2027</a> (PDF, 198 KB)</li>
<li><a href="/docs/cc-2027-05-18.pdf">May 18, 2027</a> (PDF, 1.2 MB)</li>
</ul></body></html>"""
    days = sorted(str(event["start"]) for event in read(page))

    assert days == ["2027-04-06", "2027-04-20", "2027-05-04", "2027-05-18"]


def test_named_reports_with_their_sizes_are_still_no_events() -> None:
    page = """<html><body><h1>Noise studies</h1><ul>
<li><a href="/docs/final-study.pdf">Final Airport Noise Study, April 12, 2027</a> (188 pages, 39 MB)</li>
<li><a href="/docs/draft-study.pdf">Draft Airport Noise Study, May 24, 2027</a> (120 pages, 12 MB)</li>
<li><a href="/docs/appendix.pdf">Technical Appendix, June 3, 2027</a> (40 pages, 3 MB)</li>
</ul></body></html>"""

    assert read(page) == []


# --- 3. a title's opening day and the end of its range ----------------------------------------------------------
def test_a_title_opening_with_a_day_and_a_range_of_hours_is_kept_whole() -> None:
    start = dt.datetime(2027, 10, 3, 13, 0, tzinfo=EASTERN)

    assert _title_lead_day.lead_day_off("10/3 1:00 PM - 3:00 PM Board Meeting", start) is None
    assert _title_lead_day.lead_day_off("10/3 1:00 PM to 3:00 PM Board Meeting", start) is None
    assert _title_lead_day.lead_day_off("10/3 1 pm - 10/5 Festival", start) is None
    # the athletics calendars' writing is still read
    assert _title_lead_day.lead_day_off("10/3 1:00 PM [W] Otters Football vs Bay State", start) == (
        "Otters Football vs Bay State"
    )
    assert _title_lead_day.lead_day_off("10/3 TBA - Otters vs Bay State", start) == "Otters vs Bay State"


# --- 4. a word broken across elements --------------------------------------------------------------------------
def test_a_word_broken_by_wbr_or_a_short_prefix_element_stays_one() -> None:
    page = """<html><body><div class="events">
<div class="event"><h3>Paul Mc<span>Cartney</span> Tribute</h3><p>April 16, 2027 8pm</p></div>
<div class="event"><h3>Danny De<span>Vito</span> Film Night</h3><p>April 17, 2027 8pm</p></div>
<div class="event"><h3>Intro to Java<wbr>Script</h3><p>April 19, 2027 8pm</p></div>
<div class="event"><h3>Herman van Veen<span>Dat kun je wel zien</span></h3><p>April 20, 2027 8pm</p></div>
</div></body></html>"""

    assert titles(read(page)) == {
        "Paul McCartney Tribute",
        "Danny DeVito Film Night",
        "Intro to JavaScript",
        "Herman van Veen Dat kun je wel zien",  # a name and its subtitle the style sets apart: still apart
    }


# --- 5. a question is no "Where" label ----------------------------------------------------------------------
def test_a_line_asking_where_is_no_place_label() -> None:
    asked = """<html><body><h1>Spring Poetry Night</h1><p>Friday, April 16, 2027, 7:00 pm</p>
<p>Where is the entrance? Use the side door on Elm Street.</p><p>Bring a poem to share.</p></body></html>"""
    labelled = """<html><body><h1>Spring Poetry Night</h1><p>Friday, April 16, 2027, 7:00 pm</p>
<p>Where: Elm Street Library</p><p>Bring a poem to share.</p></body></html>"""

    assert read(asked)[0]["venue_name"] is None
    assert read(labelled)[0]["venue_name"] == "Elm Street Library"
