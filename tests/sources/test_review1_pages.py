"""Review of the page rules that landed with held-out batch 33 and the left-over page misreadings (helper review1):
ordinary pages the new rules misread, each a document of our own that failed before the fix.

1. a row's own day page (``_page_table_names.day_page``) took a council row's agenda link ("/agendas/2027-03-10",
   its text "Agenda") as the meeting's page and dropped it from its documents;
2. a bare date named again (``_page_bare_twins``) dropped another body's meeting on a day a detailed entry has
   ("Planning Board": "January 12, 2027" beside the Town Council's "January 12, 2027 6:00 PM Agenda");
3. a row stacking meetings in one cell (``_page_stacked_cells``) split a row whose date cell holds two dated lines
   with nothing beside them cut alike (an exhibition's "March 1, 2027<br>April 30, 2027", a meeting's "January 12,
   2027<br>Rescheduled from January 5, 2027") into two events;
4. a start line (``_page_start_lines.said_start``) gave a bar's every titled show the time of its happy hour
   ("Happy hour starts at 4:00 pm"), and shadowed a page's later "All meetings are held at …" sentence.
"""

from __future__ import annotations

import datetime as dt

from tests.sources.test_page_left_items import NEW_YORK, events_of

START = dt.datetime(2027, 1, 1, tzinfo=NEW_YORK)


def _events(body: str) -> list:
    return events_of(body, NEW_YORK, START)


# --- 1. a document link naming the row's day is the row's document, not its page --------------------------------
def test_an_agenda_link_naming_the_rows_day_stays_a_document() -> None:
    rows = "".join(
        f"<tr><td>March {day}, 2027</td><td>City Council Regular Meeting</td>"
        f"<td><a href='/agendas/2027-03-{day:02d}'>Agenda</a></td></tr>"
        for day in (10, 24)
    )
    body = (
        "<html lang=en><body><h1>Meetings</h1><table><tr><th>Date</th><th>Meeting</th><th>Documents</th></tr>"
        f"{rows}</table></body></html>"
    )
    events = _events(body)

    assert [event.url for event in events] == [None, None]
    assert [[link["url"] for link in event.links] for event in events] == [
        ["https://club.example.org/agendas/2027-03-10"],
        ["https://club.example.org/agendas/2027-03-24"],
    ]
    # (a show's own page named by its day, linked from an image, stays its page: test_page_left2's club rows)


# --- 2. another body's bare date on a detailed meeting's day is its own meeting -------------------------------
TWO_BODIES = (
    "<html lang=en><body><h1>Town of Elmford Meetings</h1><h2>Town Council</h2><ul>"
    "<li>January 12, 2027 6:00 PM <a href='/a1.pdf'>Agenda</a></li>"
    "<li>January 26, 2027 6:00 PM <a href='/a2.pdf'>Agenda</a></li></ul>"
    "<h2>Planning Board</h2><ul><li>January 12, 2027</li><li>February 9, 2027</li><li>March 9, 2027</li></ul>"
    "</body></html>"
)


def test_another_bodys_bare_date_on_a_detailed_meetings_day_is_kept() -> None:
    found = sorted((event.title, str(event.start)[:10]) for event in _events(TWO_BODIES))

    assert ("Planning Board meeting", "2027-01-12") in found
    assert len(found) == 5


def test_another_board_of_the_town_is_another_body() -> None:
    body = TWO_BODIES.replace("<h2>Town Council</h2>", "<h2>Town Board</h2>")

    assert len(_events(body)) == 5


def test_a_schedule_list_naming_the_same_body_is_still_its_twin() -> None:
    body = TWO_BODIES.replace("<h2>Planning Board</h2>", "<h2>Town Council meeting schedule 2027</h2>")

    days = sorted(str(event.start)[:10] for event in _events(body))

    assert days == ["2027-01-12", "2027-01-26", "2027-02-09", "2027-03-09"]


# --- 3. two dated lines in a cell with nothing beside them cut alike are one row -----------------------------
def test_a_date_and_its_remark_in_one_cell_are_one_meeting() -> None:
    dates = ["January 12, 2027<br>Rescheduled from January 5, 2027", "February 9, 2027", "March 9, 2027"]
    rows = "".join(f"<tr><td>{date}</td><td>City Council</td></tr>" for date in dates)
    body = (
        f"<html lang=en><body><h1>Council</h1><table><tr><th>Date</th><th>Meeting</th></tr>{rows}</table></body></html>"
    )

    assert [str(event.start)[:10] for event in _events(body)] == ["2027-01-12", "2027-02-09", "2027-03-09"]


def test_an_exhibitions_opening_and_closing_lines_are_one_row() -> None:
    shows = [("Paper Worlds", "March 1, 2027", "April 30, 2027"), ("River Light", "May 8, 2027", "June 20, 2027")]
    rows = "".join(f"<tr><td>{title}</td><td>{first}<br>{last}</td></tr>" for title, first, last in shows)
    body = f"<html lang=en><body><h1>Exhibitions</h1><table><tr><th>Exhibition</th><th>Dates</th></tr>{rows}</table></body></html>"

    assert [str(event.start)[:10] for event in _events(body)] == ["2027-03-01", "2027-05-08"]


# --- 4. a start line times the page's untitled meetings, not its titled shows ----------------------------------
BAR = (
    "<html lang=en><body><h1>The Copper Kettle</h1><p>Happy hour starts at 4:00 pm</p><h2>Upcoming</h2><ul>"
    "<li>March 5, 2027 - Trivia Night</li><li>March 12, 2027 - Open Mic</li><li>March 19, 2027 - Karaoke</li>"
    "</ul></body></html>"
)


def test_a_start_line_gives_no_time_to_titled_shows() -> None:
    events = _events(BAR)

    assert [event.title for event in events] == ["Trivia Night", "Open Mic", "Karaoke"]
    assert all(not isinstance(event.start, dt.datetime) or event.start.hour == 0 for event in events)


def test_a_start_line_does_not_hide_the_pages_meetings_sentence() -> None:
    body = (
        "<html lang=en><body><h1>Library Board</h1><p>Story time starts at 10:30 am</p>"
        "<p>All meetings are held at 7:00 PM in the Community Room.</p><h2>2027 meetings</h2><ul>"
        "<li>March 5, 2027</li><li>April 2, 2027</li><li>May 7, 2027</li></ul></body></html>"
    )
    events = _events(body)

    assert [event.start.hour for event in events] == [19, 19, 19]
    assert all("Community Room" in (event.venue_name or "") for event in events)
