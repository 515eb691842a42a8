"""The `html` adapter's rules learnt from real pages without structured data (bench/corpus/pages/
manifest-plain2.json), each on a minimal page of its own so the rule, not one site, is what is tested:
articles that list a year of dates, agenda dropdowns, sidebars of other events, one meeting read from two
menus, per-section meeting rules, the body a page says meets, detail pages' "Start date:"/"End date:"
labels, a year from the page's address and <base href>. All in a fixed window (2027)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._page_dates import find_dates
from sources.adapters._page_schedule import meets_subject, sentences
from sources.adapters._page_years import url_date
from tests.sources.helpers import parse_page

ZONE = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://town.example/boards/planning"


def parse(body: str, *, base: str | None = BASE, start: dt.datetime = START) -> list:
    return parse_page(body, zone=ZONE, base=base, start=start)


def at(month: int, day: int, hour: int, minute: int = 0, year: int = 2027) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZONE)


def page(body: str, title: str = "Planning Board | Town of Elm") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


# --- schedules ----------------------------------------------------------------------------------------------
ARTICLE_OF_DATES = page("""<h1>Commission Meeting Dates</h1>
<article class="entry"><h2>2027 Commissioners Meeting</h2>
<p>Thursday, January 21st 2027 @ 10:00 am</p><p>Thursday, February 18th 2027 @ 6:30 pm</p>
<p>Thursday, March 18th 2027 @ 6:30 pm (Closed Meeting)</p><p>Thursday, April 15th 2027 -Meeting Cancelled</p>
</article>""")


def test_an_article_that_lists_several_days_is_a_schedule_not_one_card():
    events = parse(ARTICLE_OF_DATES)
    assert [event.start for event in events] == [
        at(1, 21, 10),
        at(2, 18, 18, 30),
        at(3, 18, 18, 30),
        dt.date(2027, 4, 15),
    ]
    assert events[-1].status == "cancelled"


def test_a_card_with_one_date_is_still_one_event():
    events = parse(page("<article><h2>Spring Concert</h2><p>Saturday, May 8, 2027 at 7 pm</p></article>"))
    assert [(event.title, event.start) for event in events] == [("Spring Concert", at(5, 8, 19))]


AGENDA_DROPDOWN = page("""<nav class="navbar"><div class="dropdown-menu"><a href="/about">About</a>
<a href="/contact">Contact</a></div></nav>
<h4>Meeting Schedule &amp; Agendas for 2027</h4>
<h4>HISTORIC DISTRICT COMMISSION</h4>
<p>The Commission meets at 6:00 pm in Room 200, Town Hall</p>
<div class="dropdown"><a class="btn dropdown-toggle" href="#">Please Make a Selection</a>
<div class="dropdown-menu"><a class="dropdown-item" href="/docs/HDC-Agenda-0114.pdf">January 14</a>
<a class="dropdown-item" href="/docs/HDC-Agenda-0211.pdf">February 11</a>
<a class="dropdown-item" href="/docs/HDC-Agenda-0311.pdf">March 11</a></div></div>""")


def test_a_menu_of_dated_links_is_an_agenda_picker_each_date_with_its_own_document():
    events = parse(AGENDA_DROPDOWN)
    assert [event.start for event in events] == [at(1, 14, 18), at(2, 11, 18), at(3, 11, 18)]
    assert [event.links for event in events][0] == [
        {"label": "Agenda", "url": "https://town.example/docs/HDC-Agenda-0114.pdf"}
    ]  # only the January link: the others are February's and March's
    assert events[0].venue_name == "Room 200, Town Hall"
    assert events[0].title == "HISTORIC DISTRICT COMMISSION meeting"


def test_a_date_is_not_found_inside_a_longer_one_on_the_same_line():
    body = page("""<h2>Council</h2><div class="dropdown-menu"><a href="/a/0702.pdf">July 2</a>
    <a href="/a/0720.pdf">July 20</a><a href="/a/0806.pdf">August 6</a></div>""")
    july_2 = parse(body)[0]
    assert july_2.start == dt.date(2027, 7, 2)  # no time written: an all-day date
    assert [link["url"] for link in july_2.links] == ["https://town.example/a/0702.pdf"]


SIDEBAR_PAGE = page(
    """<h2>Watershed Council Meeting</h2>
<article><p><strong>When:</strong> March 21 from 8:00am - 9:30am<br/><strong>Where:</strong> Mayfield City Hall,
6154 Mayfield Road</p><p>First meeting of the year.</p></article>
<aside><h3>Upcoming Events</h3><ul>
<li><span>Sep 17, 2027 at 6:00 pm</span> <a href="/events/2027/09/17/cleanup">Stream Cleanup</a></li>
<li><span>Sep 19, 2027 at 9:15 am</span> <a href="/events/2027/09/19/training">Forestry Training</a></li>
</ul></aside>""",
    title="Watershed Council Meeting",
)


def test_an_aside_of_other_events_is_not_the_pages_schedule():
    (event,) = parse(SIDEBAR_PAGE, base="https://swcd.example/events/2027/03/21/watershed-council-meeting")
    assert (event.title, event.start, event.end) == ("Watershed Council Meeting", at(3, 21, 8), at(3, 21, 9, 30))
    assert event.venue_name == "Mayfield City Hall, 6154 Mayfield Road"


def test_a_year_less_date_takes_the_year_of_the_pages_address():
    # The window starts in 2027, so "March 21" alone would be 2028-03-21; the address says 2026.
    (event,) = parse(SIDEBAR_PAGE, base="https://swcd.example/events/2026/03/21/watershed-council-meeting")
    assert event.start == at(3, 21, 8, year=2026)
    assert url_date("https://x.example/news/2026-03-21-board") == dt.date(2026, 3, 21)
    assert url_date("https://x.example/docs/13600/agenda") is None


TWO_MENUS = page("""<p><strong>Download Agendas</strong></p>
<p><strong>Graphics/Photos</strong>: the materials shown at the meeting.</p>
<select name="photos"><option value="/bza/2027/images/bza01-11-2027.pdf">January 11, 2027</option>
<option value="/bza/2027/images/bza01-25-2027.pdf">January 25, 2027</option></select>
<select name="agendas"><option value="/bza/2027/crr02-08-2027.pdf">February 8, 2027</option>
<option value="/bza/2027/crr01-25-2027.pdf">January 25, 2027</option>
<option value="/bza/2027/crr01-11-2027.pdf">January 11, 2027</option></select>
<p class="faq">When will my hearing be held?</p>
<p>The Board of Zoning Appeals meets on Monday mornings at 9:30am in Room 514 of City Hall.</p>""")


def test_one_meeting_per_day_joins_the_documents_of_two_menus():
    events = sorted(parse(TWO_MENUS), key=lambda event: event.start)
    assert [event.start for event in events] == [at(1, 11, 9, 30), at(1, 25, 9, 30), at(2, 8, 9, 30)]
    assert [link["url"] for link in events[0].links] == [
        "https://town.example/bza/2027/images/bza01-11-2027.pdf",
        "https://town.example/bza/2027/crr01-11-2027.pdf",
    ]


def test_who_the_page_says_meets_names_its_untitled_meetings():
    event = parse(TWO_MENUS)[0]
    # "Download Agendas" names a list; the page's own sentence names the body.
    assert (event.title, event.source_title) == ("Board of Zoning Appeals meeting", "Board of Zoning Appeals")
    assert event.venue_name == "Room 514 of City Hall"
    assert any("who meets" in line for line in event.evidence)


def test_a_bare_kind_of_body_is_not_a_name():
    assert meets_subject("The Board of Zoning Appeals meets on Mondays at 9:30am.") == "Board of Zoning Appeals"
    assert meets_subject("The Committee meets at 9:00 am in Room 514") is None
    assert meets_subject("Meetings are held at 601 Lakeside Ave.") is None


SECTIONS = page("""<h2>Design Review Committees 2027</h2>
<h4>EAST COMMITTEE</h4><p>The Committee meets on the 2nd Tuesdays @ 8:30 am in Cornucopia Place, 7201 Kinsman Road</p>
<ul><li><a href="/e/0112.pdf">January 12</a></li><li><a href="/e/0209.pdf">February 9</a></li></ul>
<h4>FAR WEST COMMITTEE</h4><p>The Committee meets on the 1st Wednesdays @ 8:00 am at St. Mel's Church - 14436 Triskett</p>
<ul><li><a href="/w/0203.pdf">February 3</a></li><li><a href="/w/0303.pdf">March 3</a></li></ul>""")


def test_a_sections_own_meeting_rule_fills_its_rows():
    east, _, far_west, _ = parse(SECTIONS)
    assert (east.title, east.start, east.venue_name) == (
        "EAST COMMITTEE meeting",
        at(1, 12, 8, 30),
        "Cornucopia Place, 7201 Kinsman Road",
    )
    assert (far_west.title, far_west.start) == ("FAR WEST COMMITTEE meeting", at(2, 3, 8))
    assert far_west.venue_name == "St. Mel's Church - 14436 Triskett"  # "St." does not end the sentence


def test_sentences_do_not_end_on_an_abbreviation():
    assert sentences("We meet at St. Mel's Church. Parking is free.") == [
        "We meet at St. Mel's Church.",
        "Parking is free.",
    ]


# --- pages about one event ----------------------------------------------------------------------------------
DETAIL = page("""<p id="top">You are here: <a href="/">Home</a> &gt; <a href="/audit">Audit Committee</a></p>
<h1>Audit Committee Meeting</h1><blockquote><dl>
<dt>Start date:</dt><dd>9/5/2027-9:00 AM</dd>
<dt>End date:</dt><dd>9/5/2027-11:30 AM</dd>
<dt>Address:</dt><dd>2079 E. 9th Street, 4th Floor</dd>
<dt>Downloads:</dt><dd><a href="ViewFile.aspx?file=9RBP">Agenda</a></dd></dl></blockquote>""")


def test_a_detail_pages_start_and_end_labels_in_a_definition_list():
    (event,) = parse(DETAIL, base="https://county.example/en-US/AuditCommitteeMtg-090527.aspx")
    assert (event.title, event.start, event.end) == ("Audit Committee Meeting", at(9, 5, 9), at(9, 5, 11, 30))
    assert event.venue_name == "2079 E. 9th Street, 4th Floor"
    assert event.links == [{"label": "Agenda", "url": "https://county.example/en-US/ViewFile.aspx?file=9RBP"}]


def test_a_time_glued_to_a_numeric_date_by_a_dash():
    (hit,) = find_dates("9/5/2027-9:00 AM", year_hint=None, today=dt.date(2027, 1, 1))
    assert hit.date == dt.date(2027, 9, 5)
    assert find_dates("1/23/2027-1/25/2027", year_hint=None, today=dt.date(2027, 1, 1))[0].date == dt.date(
        2027, 1, 25
    )  # a range of two numeric dates is unchanged: only a glued time is let through


def test_relative_links_resolve_against_the_pages_base_href():
    body = """<html><head><title>Board Meeting</title><base href="https://swcd.example/"></head><body>
    <h1>Board Meeting</h1><p>When: June 3, 2027 at 7 pm</p><p><a href="files/agenda-0603.pdf">Agenda</a></p>
    </body></html>"""
    (event,) = parse(body, base="https://swcd.example/events/2027/06/03/board-meeting")
    assert event.links == [{"label": "Agenda", "url": "https://swcd.example/files/agenda-0603.pdf"}]


# --- tables -------------------------------------------------------------------------------------------------
BOARD_PAGE = page("""<h1>Review Council</h1>
<strong>MEMBERSHIP:</strong>
<table><tr><td><strong>Name</strong></td><td><strong>Term Ends</strong></td><td><strong>Appointed By</strong></td></tr>
<tr><td>Gregory Huth</td><td>12/31/2027</td><td>County Executive</td></tr>
<tr><td>Susan Infeld</td><td>8/31/2028</td><td>County Executive</td></tr></table>
<strong>MEETING SCHEDULE:</strong>
<table><tr><td><strong>Date</strong></td><td><strong>Time</strong></td><td><strong>City</strong></td>
<td><strong>Location</strong></td></tr>
<tr><td>07/16/27</td><td>1:00pm</td><td>Broadview Hts.</td><td>County Headquarters, Room 2-114</td></tr>
<tr><td>07/16/27</td><td>1:45pm</td><td>North Royalton</td><td>County Headquarters, Room 2-114</td></tr></table>""")


def test_a_table_of_terms_ending_is_not_a_schedule():
    events = parse(BOARD_PAGE)
    assert [event.start for event in events] == [at(7, 16, 13), at(7, 16, 13, 45)]  # not 12/31 or 8/31


def test_a_column_that_tells_one_bodys_meetings_apart_joins_their_title():
    first, second = parse(BOARD_PAGE)
    assert (first.title, first.source_title) == (
        "Review Council meeting - Broadview Hts.",
        "Review Council - Broadview Hts.",
    )
    assert second.title == "Review Council meeting - North Royalton"
    assert first.venue_name == "County Headquarters, Room 2-114"


def test_a_column_the_same_in_every_row_names_nothing():
    body = BOARD_PAGE.replace("North Royalton", "Broadview Hts.")
    assert {event.title for event in parse(body)} == {"Review Council meeting"}


def test_an_embedded_video_player_is_the_meetings_video_link():
    body = page("""<h1>Board of Control Meeting</h1><dl><dt>Start date:</dt><dd>9/3/2027-11:00 AM</dd></dl>
    <div class="embed-container"><iframe src="https://www.youtube.com/embed//yMhUaaxldIg"></iframe></div>
    <iframe src="https://maps.example/embed?q=city+hall"></iframe>""")
    (event,) = parse(body)
    assert event.links == [{"label": "Video", "url": "https://www.youtube.com/embed//yMhUaaxldIg"}]  # not the map


def test_an_event_date_label_and_a_templates_placeholder_title():
    body = """<html><head><title>PAGE TITLE GOES HERE - County Public Defender</title></head><body>
    <h1>County Public Defender</h1><dl><dt>Event date:</dt><dd>9/4/2027-4:30 PM</dd>
    <dt>Address:</dt><dd>Courthouse Square Conference Room, Suite 400</dd></dl></body></html>"""
    (event,) = parse(body)
    assert event.start == at(9, 4, 16, 30)
    assert event.title == "County Public Defender"  # the office's name, never "PAGE TITLE GOES HERE"
    assert any("from its label" in line for line in event.evidence)
