"""The thirty-third held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout33.json: measured
once at a98bc77), each rule on a small document of our own:

1. a table row whose one dated cell stacks several meetings with <br> ("May 4, 2022, Regular Meeting<br>June 1,
   2022, Special Meeting"), beside cells cut by <br> into as many pieces (their agendas), is one row per meeting,
   each piece paired with the meeting on its line (_page_stacked_cells);
2. a bare date ("January 24, 2019" in an upcoming-dates list) of a day an entry under another heading details (its
   agenda, its time) is that meeting named again, not a second one (_page_bare_twins);
3. a short line saying when the meetings start, with no word of meeting in it ("Status call starts at 11:00 am"),
   is the time of every listed meeting that states none (_page_start_lines, through page_defaults);
4. "All meetings begin at 9 AM unless otherwise posted in Agenda": a document named after "in" is no place
   (page_defaults); and a row written as lines, date / name / a line of document links ("<strong>Agenda</strong>"
   in a link, which reads as a bold heading), gives the meeting those documents (_page_row_documents).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_start_lines import NOT_THE_MEETING, START_LINE
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_page

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
MARCH = dt.datetime(2022, 3, 1, tzinfo=CHICAGO)
PAGE = "https://harbor.example.org/board/meetings"


read = functools.partial(read_page, url=PAGE, zone=CHICAGO, start=MARCH)


def links(event: dict[str, object]) -> list[str]:
    return [str(link["url"]) for link in event.get("links") or []]  # type: ignore[attr-defined]


# --- 1. meetings stacked in one cell ----------------------------------------------------------------------------
STACKED = """<html><body><h1>Harbor Board</h1><h3>Board meetings</h3><table>
<tr><td>March 2, 2022, Regular Meeting</td>
<td><a href="/docs/agenda-2022-03-02.pdf">Agenda</a>, <a href="/docs/minutes-2022-03-02.pdf">Minutes</a></td></tr>
<tr><td>April 6, 2022, Regular Meeting</td><td><a href="/docs/agenda-2022-04-06.pdf">Agenda</a>, Minutes</td></tr>
<tr><td>May 4, 2022, Regular Meeting<br />June 1, 2022, Special Meeting<br />July 6, 2022 Regular Meeting</td>
<td><a href="/docs/agenda-2022-05-04.pdf">Agenda</a>, <a href="/docs/minutes-2022-05-04.pdf">Minutes</a><br />
<a href="/docs/agenda-2022-06-01.pdf">Agenda</a>, Minutes<br /><a href="/docs/agenda-2022-07-06.pdf">Agenda</a>,
Minutes</td></tr>
</table></body></html>"""


def test_a_cell_of_meetings_stacked_with_line_breaks_is_one_row_per_meeting() -> None:
    events = {str(event["start"])[:10]: event for event in read(STACKED)}

    assert sorted(events) == ["2022-03-02", "2022-04-06", "2022-05-04", "2022-06-01", "2022-07-06"]
    assert links(events["2022-05-04"]) == [
        "https://harbor.example.org/docs/agenda-2022-05-04.pdf",
        "https://harbor.example.org/docs/minutes-2022-05-04.pdf",
    ]
    assert links(events["2022-06-01"]) == ["https://harbor.example.org/docs/agenda-2022-06-01.pdf"]
    assert links(events["2022-07-06"]) == ["https://harbor.example.org/docs/agenda-2022-07-06.pdf"]
    assert events["2022-06-01"]["title"] == "Special Meeting"


# --- 2. an upcoming-dates list naming again the meetings a table details --------------------------------------
UPCOMING = """<html><body><h1>Harbor Board</h1>
<h3>Meeting schedule for 2022</h3><ul><li>March 2, 2022</li><li>April 6, 2022</li><li>May 4, 2022</li></ul>
<h3>Board meetings</h3><table>
<tr><td>February 2, 2022, Regular Meeting</td><td><a href="/docs/agenda-2022-02-02.pdf">Agenda</a></td></tr>
<tr><td>March 2, 2022, Regular Meeting</td><td><a href="/docs/agenda-2022-03-02.pdf">Agenda</a></td></tr>
<tr><td>April 6, 2022, Special Meeting</td><td><a href="/docs/agenda-2022-04-06.pdf">Agenda</a></td></tr>
</table></body></html>"""


def test_a_bare_date_of_a_day_a_titled_row_details_is_that_meeting() -> None:
    events = read(UPCOMING)
    by_day: dict[str, list[dict[str, object]]] = {}
    for event in events:
        by_day.setdefault(str(event["start"])[:10], []).append(event)

    assert sorted(by_day) == ["2022-02-02", "2022-03-02", "2022-04-06", "2022-05-04"]
    assert all(len(found) == 1 for found in by_day.values())
    assert by_day["2022-04-06"][0]["title"] == "Special Meeting"
    assert links(by_day["2022-03-02"][0]) == ["https://harbor.example.org/docs/agenda-2022-03-02.pdf"]


def test_bare_dates_alone_on_a_day_stay_meetings() -> None:
    """Bare dates with no detailed twin (two bodies' lists, say) are each a meeting of their own."""
    body = """<html><body><h3>Board meetings 2022</h3><ul><li>March 2, 2022</li><li>April 6, 2022</li></ul>
<h3>Finance committee 2022</h3><ul><li>March 9, 2022</li><li>April 13, 2022</li></ul></body></html>"""

    assert len(read(body)) == 4


# --- 3. a short line saying when every listed meeting starts ---------------------------------------------------
STATUS_CALL = """<html><body><h1>Appeals Commission</h1><h2>2022 Hearing Schedule</h2>
<ul><li>March 16</li><li>April 13</li><li>May 18</li></ul>
<p>Status call starts at 10:30 am</p><h5>County Building, Room 201</h5></body></html>"""


def test_a_short_line_saying_when_the_listed_meetings_start_is_their_time() -> None:
    starts = sorted(str(event["start"]) for event in read(STATUS_CALL))

    assert starts == ["2022-03-16T10:30:00-05:00", "2022-04-13T10:30:00-05:00", "2022-05-18T10:30:00-05:00"]


def test_a_start_line_of_registration_is_no_meeting_time() -> None:
    body = STATUS_CALL.replace("Status call starts", "Registration starts")

    assert all("T" not in str(event["start"]) for event in read(body))


def test_the_start_line_patterns_stay_linear() -> None:
    assert superlinear_shape(START_LINE) is None
    assert superlinear_shape(NOT_THE_MEETING) is None


# --- 4. a document named where a place would be ----------------------------------------------------------------
POSTED_IN = """<html><body><h1>Pension Board minutes</h1>
<div class="rows"><div class="row"><div>March 17, 2022</div><div>Regular Board Meeting</div>
<div><a href="/pdfs/agenda-2022-03.pdf"><strong>Agenda</strong></a></div></div>
<div class="row"><div>February 17, 2022</div><div>Regular Board Meeting</div>
<div><a href="/pdfs/minutes-2022-02.pdf"><strong>Minutes</strong></a></div></div></div>
<p>All meetings begin at 9 AM unless otherwise posted in Agenda.</p></body></html>"""


def test_a_document_named_after_in_is_no_meeting_place() -> None:
    events = read(POSTED_IN)

    assert events
    assert all("T09:00:00" in str(event["start"]) for event in events)
    assert all(event.get("venue_name") != "Agenda" and event.get("address") != "Agenda" for event in events)


def test_a_row_line_of_document_links_under_the_date_is_the_meetings_documents() -> None:
    events = {str(event["start"])[:10]: event for event in read(POSTED_IN)}

    assert links(events["2022-03-17"]) == ["https://harbor.example.org/pdfs/agenda-2022-03.pdf"]
    assert links(events["2022-02-17"]) == ["https://harbor.example.org/pdfs/minutes-2022-02.pdf"]
