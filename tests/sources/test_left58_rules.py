"""Misreadings left by tonight's helpers (issue #13, helper left58), on small documents of our own.

- a staff directory (JSON records or a sheet's rows of people) gives no events (_json_people);
- a bar's or a box office's opening hours before the show's time on one line are not the event's time
  (_page_house_hours);
- a card's hours day by day over its run ("Sat 10am–2pm, Sun 12pm–4pm") give one event per day (_page_day_hours);
- a daily time after a run of days ("12.–14. Dezember 2026, jeweils 19 Uhr") gives one event per day
  (_page_day_hours.daily_clock);
- a shows table whose name column is headed "Artist", "Band", "Künstler"… titles its rows by that cell
  (_page_schedule.COLUMN_ROLES "billed").
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters import _page_day_hours, _page_house_hours
from sources.adapters._json_people import people_list
from sources.extraction import default_window, extract_document
from tests.hostile import module_patterns, superlinear_shape

ZONE = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 11, 1, tzinfo=ZONE)


def events(body: str) -> list[dict]:
    extraction = extract_document(
        body.encode(), window=default_window(NOW), kind="auto", page_url="https://example.org/", zone=ZONE
    )
    return extraction.events


def read(body: str) -> list[tuple]:
    return [(event["title"], event["start"], event.get("end")) for event in events(body)]


def card(*lines: str, title: str = "Jazz Quartet Night") -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (
        "<html><head><title>The Blue Room</title></head><body><main>"
        f"<div class='event'><h2>{title}</h2>{body}</div></main></body></html>"
    )


# --- a staff directory ------------------------------------------------------------------------------------------

STAFF = [
    {"Name": "Maria Lopez", "Title": "Program Coordinator", "Department": "Parks & Recreation",
     "Email": "mlopez@city.example.gov", "Phone": "555-201-3344", "Start Date": "2026-12-01"},
    {"Name": "James Chen", "Title": "Senior Planner", "Department": "Planning", "Email": "jchen@city.example.gov",
     "Phone": "555-201-3345", "Start Date": "2027-01-04"},
]  # fmt: skip


def test_a_staff_directory_gives_no_events() -> None:
    assert events(json.dumps(STAFF)) == []
    hired = {"employees": [
        {"name": "Ana Ruiz", "job_title": "Librarian", "email": "ana@lib.example.org", "hire_date": "2026-12-07"},
        {"name": "Tom Berg", "job_title": "Archivist", "email": "tom@lib.example.org", "hire_date": "2027-02-01"},
    ]}  # fmt: skip
    assert events(json.dumps(hired)) == []


def test_a_sheet_of_people_gives_no_events() -> None:
    header = ["Name", "Job title", "Department", "Email", "Phone", "Hire date"]
    rows = [["Maria Lopez", "Coordinator", "Parks", "m@x.gov", "555-1", "2026-12-01"],
            ["James Chen", "Planner", "Planning", "j@x.gov", "555-2", "2027-01-04"]]  # fmt: skip
    assert events(json.dumps({"range": "Staff!A1:F3", "values": [header, *rows]})) == []


def test_hard_negatives_events_with_contacts_speakers_and_instructors_are_read() -> None:
    contacts = [
        {"title": "Budget Town Hall", "start": "2026-12-03T18:00:00", "organizer_email": "clerk@x.gov",
         "department": "Finance", "phone": "555-201-1000"},
        {"title": "Tree Lighting", "start": "2026-12-05T17:00:00", "organizer_email": "parks@x.gov",
         "department": "Parks", "phone": "555-201-1001"},
    ]  # fmt: skip
    assert [title for title, *_ in read(json.dumps(contacts))] == ["Budget Town Hall", "Tree Lighting"]
    speakers = [
        {"title": "Civic Tech Night", "start": "2026-12-03T18:00:00",
         "speakers": [{"name": "Ana", "email": "a@x.org", "phone": "1", "position": "CTO"}]},
        {"title": "Data Day", "start": "2026-12-04T18:00:00",
         "speakers": [{"name": "Tom", "email": "t@x.org", "phone": "2", "position": "Dev"}]},
    ]  # fmt: skip
    assert [title for title, *_ in read(json.dumps(speakers))] == ["Civic Tech Night", "Data Day"]
    classes = [
        {"name": "Yoga Basics", "instructor": "Ana Ruiz", "date": "2026-12-03", "email": "a@gym.org", "phone": "1"},
        {"name": "Spin", "instructor": "Tom Berg", "date": "2026-12-04", "email": "t@gym.org", "phone": "2"},
    ]  # fmt: skip
    assert not people_list(classes)
    assert [title for title, *_ in read(json.dumps(classes))] == ["Yoga Basics", "Spin"]
    # A list of named meetups with a contact's e-mail and a time is events, not people.
    meetups = [{"name": "Rust Night", "email": "r@x.org", "phone": "1", "time": "19:00", "date": "2026-12-03"}] * 2
    assert not people_list(meetups)


# --- a house's opening hours --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Bar open 5pm-2am. Show 8pm", "2026-12-04T20:00:00+01:00"),
        ("Box office opens 6:30pm – Concert 8:30pm", "2026-12-04T20:30:00+01:00"),
        ("Kasse ab 18 Uhr, Beginn 20 Uhr", "2026-12-04T20:00:00+01:00"),
    ],
)
def test_the_house_hours_before_a_show_time_are_not_the_start(line: str, start: str) -> None:
    assert [when for _, when, _ in read(card("Friday, 4 December 2026", line, "The Blue Room, 12 High St"))] == [start]


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Bar open 5pm", "2026-12-04T17:00:00+01:00"),  # no show time stated: the house's hours are all there is
        ("Show 8pm, bar open till 2am", "2026-12-04T20:00:00+01:00"),  # the show first
        ("Bar Italia 6pm. Show 8pm", "2026-12-04T18:00:00+01:00"),  # no opening word: as before
    ],
)
def test_hard_negatives_lines_that_keep_their_first_time(line: str, start: str) -> None:
    assert [when for _, when, _ in read(card("Friday, 4 December 2026", line))] == [start]


# --- hours day by day, a daily time over a run -------------------------------------------------------------------


def test_a_cards_hours_day_by_day_give_one_event_per_day() -> None:
    found = read(card("December 5–6, 2026", "Sat 10am–2pm, Sun 12pm–4pm", "Town Hall", title="Winter Craft Fair"))
    assert found == [
        ("Winter Craft Fair", "2026-12-05T10:00:00+01:00", "2026-12-05T14:00:00+01:00"),
        ("Winter Craft Fair", "2026-12-06T12:00:00+01:00", "2026-12-06T16:00:00+01:00"),
    ]


def test_hard_negatives_hours_that_are_no_days_of_the_run() -> None:
    first, last = dt.date(2026, 12, 5), dt.date(2026, 12, 6)
    assert _page_day_hours.day_hours("Mon–Fri 9:00–17:00, Sat 10:00–14:00", first, last) is None
    assert _page_day_hours.day_hours("Sat 10am–2pm, Tue 12pm–4pm", first, last) is None  # Tuesday is after the run
    assert _page_day_hours.day_hours("Sat 10am, Sun 12pm", first, last) is None  # showings, not hours
    assert _page_day_hours.day_hours("Sat 10am–2pm, Sun 12pm–4pm", first, first) is None  # one day: no run


@pytest.mark.parametrize(
    ("line", "title", "starts", "end"),
    [
        ("12.–14. Dezember 2026, jeweils 19 Uhr", "Weihnachtskonzert", ["12T19:00", "13T19:00", "14T19:00"], None),
        ("12.–14. Dezember 2026, täglich 10–18 Uhr", "Krippenschau", ["12T10:00", "13T10:00", "14T10:00"], "12T18:00"),
        ("Du 12 au 14 décembre 2026, chaque jour à 20h", "Le Misanthrope", ["12T20:00", "13T20:00", "14T20:00"], None),
        ("December 12–14, 2026, every night at 8pm", "A Christmas Carol", ["12T20:00", "13T20:00", "14T20:00"], None),
    ],
)
def test_a_daily_time_after_a_run_gives_each_day_its_time(line, title, starts, end) -> None:
    found = read(card(line, "Stadthalle", title=title))
    assert [(name, when[8:16]) for name, when, _ in found] == [(title, each) for each in starts]
    assert (found[0][2] or "")[8:16] == (end or "")


def test_hard_negatives_no_daily_time() -> None:
    first, last = dt.date(2026, 12, 12), dt.date(2026, 12, 14)
    assert _page_day_hours.daily_clock("12.–14. Dezember 2026, Eintritt jeweils 10 €", first, last) is None
    assert _page_day_hours.daily_clock("jeweils 19 Uhr", first, dt.date(2027, 1, 30)) is None  # a long run
    assert _page_day_hours.daily_clock("täglich 10–18 Uhr", first, first) is None  # one day
    found = read(card("12.–14. Dezember 2026", "Stadthalle", title="Weihnachtsmarkt"))
    assert found == [("Weihnachtsmarkt", "2026-12-12", "2026-12-14")]  # no daily time: the run of whole days


# --- a shows table's "Artist" column ------------------------------------------------------------------------------


def shows_table(name_header: str, *, event_column: bool = False) -> str:
    extra_head = "<th>Event</th>" if event_column else ""
    extra = "<td>Winter Tour</td>" if event_column else ""
    return (
        "<html><head><title>Club</title></head><body><h2>Shows</h2><table>"
        f"<tr><th>Date</th><th>{name_header}</th>{extra_head}<th>Doors</th><th>Show</th></tr>"
        f"<tr><td>Fri 4 Dec 2026</td><td>The Kills</td>{extra}<td>7pm</td><td>8pm</td></tr>"
        f"<tr><td>Sat 5 Dec 2026</td><td>Wet Leg</td>{extra}<td>7pm</td><td>8:30pm</td></tr></table></body></html>"
    )


@pytest.mark.parametrize("header", ["Artist", "Band", "Performer", "Act", "Künstler", "Artiste", "Artists"])
def test_a_shows_table_is_titled_by_its_artist_column(header: str) -> None:
    assert [(title, start[11:16]) for title, start, _ in read(shows_table(header))] == [
        ("The Kills", "20:00"),
        ("Wet Leg", "20:30"),
    ]


def test_hard_negatives_an_event_column_still_titles_the_rows() -> None:
    titles = [title for title, *_ in read(shows_table("Artist", event_column=True))]
    assert titles == ["Winter Tour", "Winter Tour"]  # a column headed as the event's name wins
    assert [title for title, *_ in read(shows_table("Artist info"))] == ["Shows - The Kills", "Shows - Wet Leg"]


def test_the_new_patterns_are_linear() -> None:
    patterns = {**module_patterns(_page_house_hours), **module_patterns(_page_day_hours)}
    assert patterns
    assert all(superlinear_shape(pattern) is None for pattern in patterns.values())


# --- a line of dated ranges: a time's letters are no title -------------------------------------------------------


def test_a_line_of_dated_ranges_is_titled_by_the_heading() -> None:
    found = read(card("Sat 5 Dec 2026 10am–2pm, Sun 6 Dec 2026 12pm–4pm", "Town Hall", title="Winter Craft Fair"))
    assert found == [
        ("Winter Craft Fair", "2026-12-05T10:00:00+01:00", "2026-12-05T14:00:00+01:00"),
        ("Winter Craft Fair", "2026-12-06T12:00:00+01:00", "2026-12-06T16:00:00+01:00"),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [("12pm–4pm", False), ("10 a.m. - 2 p.m.", False), ("19 Uhr", False), ("Jam 7pm", True), ("PM Dawn", True)],
)
def test_a_times_letters_are_no_words_of_a_title(text: str, title: bool) -> None:
    from sources.adapters._page_words import meaningful

    assert meaningful(text) is title


# --- a showing's own "Sold out" ------------------------------------------------------------------------------------


def test_a_showings_sold_out_label_is_that_showings() -> None:
    from tests.sources.test_page_show_times import card as show_card
    from tests.sources.test_page_show_times import cards, subshow, venue

    showings = "".join(
        (
            subshow("16 Oct 2026", "18:00", "Sold out"),
            subshow("16 Oct 2026", "20:00"),
            subshow("17 Oct 2026", "18:00", "Almost sold out"),  # a warning: still on sale
            subshow("17 Oct 2026", "20:00", "Complet"),
        )
    )
    lines = f"<p>16 Oct 2026 - 17 Oct 2026</p><p>Black Box</p><ul class='subshows'>{showings}</ul>"
    exhibition = show_card("Exhibition", "<p>1 Oct 2026 - 31 Oct 2026</p><ul class='subshows'></ul>")
    found = [event for event in venue(cards(show_card("Orchestra Night", lines), exhibition)) if event["end"] is None]
    assert [(event["start"][:16], event["sold_out"]) for event in found] == [
        ("2026-10-16T18:00", True),
        ("2026-10-16T20:00", False),
        ("2026-10-17T18:00", False),
        ("2026-10-17T20:00", True),
    ]


def test_a_rows_sold_out_cell_is_that_rows() -> None:
    table = (
        "<html><head><title>Club</title></head><body><h2>Shows</h2><table>"
        "<tr><th>Date</th><th>Artist</th><th>Show</th><th>Tickets</th></tr>"
        "<tr><td>Fri 4 Dec 2026</td><td>The Kills</td><td>8pm</td><td>Ausverkauft</td></tr>"
        "<tr><td>Sat 5 Dec 2026</td><td>Sold Out Tour</td><td>8:30pm</td><td><a href='/t/2'>Tickets</a></td></tr>"
        "<tr><td>Sun 6 Dec 2026</td><td>Wet Leg</td><td>8pm</td><td>Fast ausverkauft</td></tr></table></body></html>"
    )
    assert [(event["title"], event["sold_out"]) for event in events(table)] == [
        ("The Kills", True),
        ("Sold Out Tour", False),  # a name, not a label
        ("Wet Leg", False),  # a warning
    ]
    assert all(event["status"] == "scheduled" for event in events(table))  # sold out is no status: it happens


@pytest.mark.parametrize(
    ("text", "label"),
    [("Sold out", True), ("SOLD OUT!", True), ("(Ausverkauft)", True), ("Complet", True), ("Agotado", True),
     ("Almost sold out", False), ("Sold Out Tour 2027", False), ("Programme complet", False), ("", False)],
)  # fmt: skip
def test_a_sold_out_label_alone(text: str, label: bool) -> None:
    from sources.adapters._page_sold_out import sold_out_label

    assert sold_out_label(text) is label
