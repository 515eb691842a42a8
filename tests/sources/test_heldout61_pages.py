"""The sixty-first held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout61.json: measured
once at 23923d43), on small documents of our own:

* A transit authority board's meeting table opens with a header row "January 2020 | Date | Time | Agenda | Minutes"
  and writes "January 17" in its rows: the January and February rows (before the page's clock) went to the next
  year. Now a header cell that is only a month and its year gives that year to the table's rows (header_year). Not:
  a header of labels only, two header cells naming two different years.
* The same page's heading above the table is a notice ("Board and committee meetings are held in the Neal H. Holmes
  Board Room, 345 Sixth Avenue, 5th floor. Meetings are open to the public."), and every row was titled with it. Now
  a heading that is a statement (a sentence of eight words or more ending with its period, with "are"/"is" in it) names
  no schedule (notice_heading). Not: a heading that is a name, even one with a dot in it ("St. Mary's Board").
* Its rows are named by their first cell ("Planning and Stakeholder Relations Committee"), which was only appended to
  the schedule's title as a qualifier. Now a row's cell that is a meeting's whole name (words before a body's or a
  meeting's word) is the row's title (names_meeting). Not: a town or room that tells one body's meetings apart
  ("Parma"), a bare kind ("Board").
* A university board's calendar says "Regular board meetings, unless noted otherwise, begin at 1 p.m. … Committee
  meetings, unless noted otherwise, begin at 8:30 a.m.": every line, committees too, was timed at 1 p.m. Now a
  paragraph giving an hour for each of two kinds of meetings gives each line the hour of the one kind its title names
  (kind_hours, kind_clock). Not: a title naming both kinds or neither (the page's first hour), a paragraph naming one
  kind only.
* The same sentence's place "Northeastern Illinois University, 5500 North St. Louis Avenue, Chicago, Ill., 60625" was
  not read: the dot of "Ill.," ended it. Now a dot right before a comma does not end a stated place
  (_page_schedule._PLACE_CHAR).
* "Ad hoc Committee (following the ASAEM Committee meeting)": the bracket says when it meets, not what it is. Now a
  bracket that opens with "following"/"preceding"/"after"/"before" and names a meeting is cut from the title
  (without_sequence_note). Not: "Movie Night (After Dark edition)".

* Its committees of one day with no hour of their own ("Finance Committee | January 17 | | Agenda") were joined to the
  day's timed row: 23 of 43 rows gone. Now a row's own cell that tells it apart keeps it a meeting of its own
  (_page_schedule.merge_same_meeting). Not: a day's agenda row and minutes row that name nothing (still one meeting).

Left (manifest's figures.after): "Audit Committee, followed by Finance, Buildings and Grounds Committee" keeps both
names (a line naming two meetings); the spider's own name "Board of Trustees" for "All Committee Meetings followed by
Board Meeting" is not that line's.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_notice_rules import (
    header_year,
    kind_clock,
    kind_hours,
    names_meeting,
    notice_heading,
    without_sequence_note,
)
from tests.sources.helpers import local_minute, read_page

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
MARCH = dt.datetime(2020, 3, 6)  # noqa: DTZ001 - a wall-clock time read_page places in the zone

read_board = functools.partial(read_page, url="https://transit.example.org/board/meetings", zone=NEW_YORK, start=MARCH)
read_trustees = functools.partial(read_page, url="https://college.example.edu/trustees", zone=CHICAGO, start=MARCH)


def summary(events: list[dict[str, object]], zone: zoneinfo.ZoneInfo) -> list[tuple[object, ...]]:
    return [
        (event["title"], local_minute(dt.datetime.fromisoformat(str(event["start"])), zone), event.get("venue_name"))
        for event in events
    ]


def board_table(first_header: str, heading: str) -> str:
    rows = [
        ("Planning Committee", "January 17", "8:30 am"),
        ("Annual Board Meeting", "January 24", "9:30 am"),
        ("Planning Committee", "February 20", "8:30 am"),
        ("Finance Committee", "March 19", "10:00 am"),
    ]
    body = "".join(
        f'<tr><td>{name}</td><td>{day}</td><td>{hour}</td><td><a href="/a/{index}.pdf">Agenda</a></td></tr>'
        for index, (name, day, hour) in enumerate(rows)
    )
    return (
        "<html><body><h1>Board Meeting Information</h1>"
        f"<h4><strong>{heading}</strong></h4>"
        "<table><tbody>"
        f"<tr><td><strong>{first_header}</strong></td><td><strong>Date</strong></td><td><strong>Time</strong></td>"
        "<td><strong>Agenda</strong></td></tr>"
        f"{body}</tbody></table></body></html>"
    )


NOTICE = (
    "Board and committee meetings are held in the Holmes Board Room, 345 Sixth Avenue, 5th floor. "
    "Meetings are open to the public."
)


# A table's header cell "January 2020", a notice heading, rows named by their own cell ---------------------------


def test_a_month_and_year_header_cell_dates_the_rows_and_a_notice_heading_names_nothing() -> None:
    events = read_board(board_table("January 2020", NOTICE))

    assert summary(events, NEW_YORK) == [
        ("Planning Committee meeting", "2020-01-17 08:30", "the Holmes Board Room, 345 Sixth Avenue, 5th floor"),
        ("Annual Board Meeting", "2020-01-24 09:30", "the Holmes Board Room, 345 Sixth Avenue, 5th floor"),
        ("Planning Committee meeting", "2020-02-20 08:30", "the Holmes Board Room, 345 Sixth Avenue, 5th floor"),
        ("Finance Committee meeting", "2020-03-19 10:00", "the Holmes Board Room, 345 Sixth Avenue, 5th floor"),
    ]


def test_a_header_of_labels_only_leaves_past_months_in_the_next_year() -> None:
    events = read_board(board_table("Meeting", NOTICE))

    assert [local_minute(dt.datetime.fromisoformat(str(event["start"])), NEW_YORK) for event in events] == [
        "2021-01-17 08:30",
        "2021-01-24 09:30",
        "2021-02-20 08:30",
        "2020-03-19 10:00",
    ]


def test_header_year_needs_one_month_and_year_cell() -> None:
    assert header_year(["January 2020", "Date", "Time"]) == 2020
    assert header_year(["Name", "Date", "Time"]) is None
    assert header_year(["January 2020", "January 2021"]) is None


def test_a_heading_that_is_a_name_still_names_the_schedule() -> None:
    page = (
        "<html><body><h1>Meetings</h1><h2>St. Mary's Parish Council</h2><ul>"
        "<li>Monday, April 6, 2020 at 7:00 PM</li><li>Monday, May 4, 2020 at 7:00 PM</li></ul></body></html>"
    )

    titles = {event["title"] for event in read_board(page)}

    assert titles == {"St. Mary's Parish Council meeting"}
    assert not notice_heading("St. Mary's Parish Council")
    assert not notice_heading("Storytime with Mrs. B.")
    assert notice_heading(NOTICE)


def test_a_row_cell_names_the_meeting_only_when_it_is_a_meetings_whole_name() -> None:
    assert names_meeting("Planning and Stakeholder Relations Committee")
    assert names_meeting("Annual Board Meeting")
    assert not names_meeting("Parma")
    assert not names_meeting("Board")
    assert not names_meeting("Room 2")


# An hour for each kind of meeting --------------------------------------------------------------------------------


def trustees_page(notice: str, lines: list[str]) -> str:
    items = "".join(f"<li>{line}</li>" for line in lines)
    return (
        "<html><body><h1>Calendar of Meetings</h1>"
        f"<p>Information about meetings of the Board of Trustees is provided below.</p><p>{notice}</p>"
        f"<h2>2020 Board Meetings</h2><ul>{items}</ul></body></html>"
    )


TWO_KINDS = (
    "Regular board meetings, unless noted otherwise, begin at 1 p.m. and are held at Lakeside College, 100 North "
    "Main Avenue, Springfield, Ill., 62701. Committee meetings, unless noted otherwise, begin at 8:30 a.m."
)
LINES = [
    "Thursday, March 12 - Audit Committee",
    "Thursday, March 12 - Board Meeting",
    "Monday, April 20 - Ad hoc Committee (following the Audit Committee meeting)",
    "Monday, May 4 - Special Meeting",
    "Thursday, June 11 - All Committee Meetings followed by Board Meeting",
]


def test_each_kind_of_meeting_takes_its_own_stated_hour_and_the_stated_place() -> None:
    events = read_trustees(trustees_page(TWO_KINDS, LINES))

    place = "Lakeside College, 100 North Main Avenue, Springfield, Ill., 62701"
    assert summary(events, CHICAGO) == [
        ("Audit Committee", "2020-03-12 08:30", place),
        ("Board Meeting", "2020-03-12 13:00", place),
        ("Ad hoc Committee", "2020-04-20 08:30", place),
        ("Special Meeting", "2020-05-04 13:00", place),  # names no kind: the page's first hour
        ("All Committee Meetings followed by Board Meeting", "2020-06-11 13:00", place),  # both kinds: the first
    ]


def test_a_paragraph_naming_one_kind_gives_every_line_its_hour() -> None:
    one_kind = "Regular board meetings, unless noted otherwise, begin at 1 p.m. and are held at Lakeside College."
    events = read_trustees(trustees_page(one_kind, [LINES[0], LINES[2], LINES[3]]))

    assert [local_minute(dt.datetime.fromisoformat(str(e["start"])), CHICAGO) for e in events] == [
        "2020-03-12 13:00",
        "2020-04-20 13:00",
        "2020-05-04 13:00",
    ]
    assert kind_hours(["Regular board meetings begin at 1 p.m.", "Board meetings begin at 2 p.m."]) == ()


def test_kind_clock_needs_exactly_one_kind_in_the_title() -> None:
    kinds = kind_hours(["Board meetings begin at 1 p.m.", "Committee meetings start at 8:30 a.m."])

    assert [kind for kind, _ in kinds] == ["board", "committee"]
    committee = kind_clock(kinds, "Finance Committee")
    assert committee is not None
    assert committee.start == dt.time(8, 30)
    assert kind_clock(kinds, "Committee of the Whole and Board") is None
    assert kind_clock(kinds, "Special Meeting") is None


def test_a_sequence_bracket_is_cut_only_when_it_names_a_meeting() -> None:
    assert without_sequence_note("Ad hoc Committee (following the ASAEM Committee meeting)") == "Ad hoc Committee"
    assert without_sequence_note("Work Session (immediately after the regular meeting)") == "Work Session"
    assert without_sequence_note("Movie Night (After Dark edition)") == "Movie Night (After Dark edition)"


# Rows of one day that each name their own meeting --------------------------------------------------------------


def test_same_day_rows_naming_other_committees_stay_meetings_of_their_own() -> None:
    rows = [
        ("Planning Committee", "January 17", "8:30 am", '<a href="/a/1.pdf">Agenda</a>'),
        ("Finance Committee", "January 17", "", '<a href="/a/2.pdf">Agenda</a>'),
        ("Technology Committee", "January 17", "", ""),
        ("Board", "January 24", "9:30 am", ""),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    page = (
        "<html><body><h1>Board Meeting Information</h1><table><tbody>"
        "<tr><td><strong>January 2020</strong></td><td><strong>Date</strong></td><td><strong>Time</strong></td>"
        f"<td><strong>Agenda</strong></td></tr>{body}</tbody></table></body></html>"
    )

    events = read_board(page)

    assert [(event["title"], str(event["start"])[:16]) for event in events] == [
        ("Planning Committee meeting", "2020-01-17T08:30"),
        ("Finance Committee meeting", "2020-01-17"),
        ("Technology Committee meeting", "2020-01-17"),
        ("Board Meeting Information - Board", "2020-01-24T09:30"),  # a bare kind: the schedule's name first
    ]


def test_a_days_agenda_and_minutes_links_without_names_stay_one_meeting() -> None:
    page = (
        "<html><body><h1>Zoning Board of Appeals</h1><table><tbody>"
        "<tr><th>Date</th><th>Time</th><th>Documents</th></tr>"
        '<tr><td>March 12, 2020</td><td>7:00 PM</td><td><a href="/agenda-0312.pdf">Agenda</a></td></tr>'
        '<tr><td>March 12, 2020</td><td></td><td><a href="/minutes-0312.pdf">Minutes</a></td></tr>'
        '<tr><td>April 9, 2020</td><td>7:00 PM</td><td><a href="/agenda-0409.pdf">Agenda</a></td></tr>'
        "</tbody></table></body></html>"
    )

    events = read_board(page)

    assert [str(event["start"])[:16] for event in events] == ["2020-03-12T19:00", "2020-04-09T19:00"]
    assert len(events[0]["links"]) == 2
