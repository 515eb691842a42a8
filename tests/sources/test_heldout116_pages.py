"""The hundred-and-sixteenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout116.json: a
parish council's year of meeting dates, a county master gardeners' calendar, a dog club's year calendar, a former
pupils' association's "Important Dates" tables, a village What's On page, and a village church's regular groups as the
hard negative; measured once at 3e60b0dd), on small documents of our own:

* A place written first on the line under a row's name, a remark after it ("Chief Solano Kennel Club, Vallejo CA.
  Time will depend …", "2170 Red Setter Rd, Rocklin CA.", "12:00, Performance Dogs in Action  7089 Pleasant Grove
  Road, …") was not read, or split at the venue's own "in" (``_page_opening_places``).
* "Thursday, October 24 <br><i>RCMGA Meeting at Highland Rim 7PM to 9PM</i>" in loose text under a month heading was
  titled by the heading, and its hours became every row's as the page's "statement" (``_page_loose_rows``,
  ``_page_loose_lines``).
* A table row's name cell "Golf at Teign Valley Golf Club. Tee off 11:30am. Contact: …" was the title whole, with no
  place and no time (``_page_cell_at_places``); a one-row table in the schedule tables' markup was a lone date
  (``_page_twin_tables``).
* A grid "Month | Monday Committee | Wednesday Council" of ordinal days was read a row a line (``_page_month_grid``).
* A list item written as paragraphs was a lone date beside its list's rows (``_page_item_paragraphs``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html

from sources.adapters._page_item_paragraphs import item_list
from sources.adapters._page_lines import page_lines
from sources.adapters._page_opening_places import place_sentence
from tests.sources.helpers import read_page
from tests.sources.test_heldout115_pages import page, place_of  # a page under its <h1>; where an event is

LONDON = zoneinfo.ZoneInfo("Europe/London")
PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
JANUARY = dt.datetime(2031, 1, 1, 9)  # noqa: DTZ001  (wall-clock, in each reader's zone)
read_uk = functools.partial(read_page, url="https://club.example/calendar", zone=LONDON, start=JANUARY)
read_us = functools.partial(read_page, url="https://club.example/calendar", zone=PACIFIC, start=JANUARY)


def by_day(events: list[dict]) -> dict[str, dict]:
    return {event["start"][:10]: event for event in events}


# --- a place written first under a row's name (_page_opening_places) ---------------------------------------------


def test_a_lines_first_sentence_is_the_place_by_its_own_form() -> None:
    assert place_sentence("Chief Solano Kennel Club, Vallejo CA.  Time will depend on the show schedule.") == (
        "Chief Solano Kennel Club, Vallejo CA"
    )
    assert place_sentence("2170 Red Setter Rd, Rocklin CA.") == "2170 Red Setter Rd, Rocklin CA"
    assert place_sentence("Performance Dogs in Action  7089 Pleasant Grove Road, Pleasant Grove, CA.") == (
        "Performance Dogs in Action 7089 Pleasant Grove Road, Pleasant Grove, CA"
    )


def test_no_place_from_a_person_a_remark_a_post_box_or_a_sentence() -> None:
    assert place_sentence("Jane Smith, Portland OR.") is None  # a speaker and her town: no place's word
    assert place_sentence("Refreshments in the Village Hall, all welcome.") is None  # a remark, not a name
    assert place_sentence("PO Box 123, Springfield, IL 62701") is None
    assert place_sentence("Join us at 12 Oak Street for tea and cake.") is None
    assert place_sentence("Doors 7pm, Village Hall, Leeds") is None  # a time line
    assert place_sentence("Bring a friend, all welcome.") is None


CLUB = page(
    '<h2>Club 2031 Calendar</h2><ul class="dates">'
    "<li><b>April 19th Board Meeting</b><br/>Chief Solano Kennel Club, Vallejo CA.  Time will depend on the show "
    "schedule.</li>"
    "<li><b>May 3rd Fun Day General Meeting</b><br/>12:00, Performance Dogs in Action  7089 Pleasant Grove Road, "
    "Pleasant Grove, CA.</li>"
    "<li><b>May 31st Board Meeting</b><br/>{third}</li>"
    "<li><b>December 14th Christmas Brunch</b></li></ul>",
    "Club Calendar",
)


def test_a_club_calendars_rows_take_the_place_written_under_their_names() -> None:
    events = by_day(read_us(CLUB.replace("{third}", "2170 Red Setter Rd, Rocklin CA.")))
    assert place_of(events["2031-04-19"]) == "Chief Solano Kennel Club, Vallejo CA"
    assert place_of(events["2031-05-03"]) == "Performance Dogs in Action 7089 Pleasant Grove Road, Pleasant Grove, CA"
    assert events["2031-05-03"]["start"] == "2031-05-03T12:00:00-07:00"
    assert place_of(events["2031-05-31"]) == "2170 Red Setter Rd, Rocklin CA"
    assert events["2031-05-31"]["title"] == "Board Meeting"
    assert place_of(events["2031-12-14"]) == ""


def test_a_speaker_under_a_rows_name_is_no_place() -> None:
    events = by_day(read_us(CLUB.replace("{third}", "Jane Smith, Portland OR. Slides will be shared.")))
    assert place_of(events["2031-05-31"]) == ""


# --- a bare date's loose row line (_page_loose_rows, _page_loose_lines) ---------------------------------------------

GARDENERS = page(
    "<u><b>October 2031</b></u><br><br>\nThursday, October 23 <br>\n&emsp;\n<i>{october}</i>\n<br><br>\n"
    "<u><b>November 2031</b></u><br><br>\nNo Monthly Meeting\n<br><br>\n"
    "<u><b>December 2031</b></u><br><br>\nSaturday, December 6 <br>\n&emsp;\n<i>Christmas Party/Monthly Meeting</i>"
    "\n<br>\n",
    "Gardeners Calendar",
)


def test_a_bare_dates_loose_line_is_its_row_name_place_and_hours() -> None:
    events = by_day(read_us(GARDENERS.replace("{october}", "Gardeners Meeting at Highland Rim 7PM to 9PM")))
    october, december = events["2031-10-23"], events["2031-12-06"]
    assert october["title"] == "Gardeners Meeting"
    assert place_of(october) == "Highland Rim"
    assert (october["start"], october["end"]) == ("2031-10-23T19:00:00-07:00", "2031-10-23T21:00:00-07:00")
    assert december["title"] == "Christmas Party/Monthly Meeting"
    assert december["start"] == "2031-12-06"  # October's hours are its row's own, not the page's statement


def test_a_sentence_under_a_bare_date_is_no_row_name() -> None:
    events = by_day(read_us(GARDENERS.replace("{october}", "Please bring a dish to share with everyone there.")))
    assert events["2031-10-23"]["title"] != "Please bring a dish to share with everyone there."


# --- a table row's name cell and a one-row table in the schedule's markup (_page_cell_at_places, _page_twin_tables) -

ROW = '<tr><td width="25%">{date}</td><td width="75%">{name}</td></tr>'
TABLE = '<table border="2" cellpadding="2" width="85%">{rows}</table>'


def dates_page(first: str, agm_table: str = TABLE) -> str:
    agm = ROW.format(
        date="Saturday 27<sup>th</sup> September 2031, 2PM",
        name="AGM to be held in Liskeard Public Hall Long Room. Long room will be open from 10am for coffee.",
    )
    rows = ROW.format(date="Saturday 12<sup>th</sup> April 2031", name=first) + ROW.format(
        date="Monday 14<sup>th</sup> April 2031",
        name="Golf at Teign Valley Golf Club. Tee off 11:30am. Contact: golf@club.example",
    )
    return page(
        f"<p><b>Important Dates - 2031 autumn</b></p>{agm_table.format(rows=agm)}"
        f"<p><b>Important Dates - 2031 spring</b></p>{TABLE.format(rows=rows)}",
        "Calendar",
    )


def test_a_name_cell_gives_its_place_after_at_and_a_remarks_clock() -> None:
    events = by_day(read_uk(dates_page("Grand Reunion at Eliot House. Bring a photograph.")))
    assert (events["2031-04-12"]["title"], place_of(events["2031-04-12"])) == ("Grand Reunion", "Eliot House")
    golf = events["2031-04-14"]
    assert (golf["title"], place_of(golf)) == ("Golf", "Teign Valley Golf Club")
    assert golf["start"] == "2031-04-14T11:30:00+01:00"


def test_a_one_row_table_in_the_schedule_tables_markup_is_a_row() -> None:
    agm = by_day(read_uk(dates_page("Grand Reunion at Eliot House")))["2031-09-27"]
    assert (agm["title"], place_of(agm)) == ("AGM", "Liskeard Public Hall Long Room")
    assert agm["start"] == "2031-09-27T14:00:00+01:00"  # the room's opening at 10am is not the meeting's


def test_no_place_split_from_a_title_with_none_nor_a_one_row_table_of_other_markup() -> None:
    events = by_day(
        read_uk(dates_page("Night at the Museum. Bring a torch.", agm_table='<table class="notice">{rows}</table>'))
    )
    assert events["2031-04-12"]["title"].startswith("Night at the Museum")
    assert place_of(events["2031-04-12"]) == ""
    assert "2031-09-27" not in events  # a notice box's one row is no row of the schedule


# --- a month-by-meeting grid (_page_month_grid) ---------------------------------------------------------------------

GRID = page(
    "<p><b>Parish Council Meetings 2031</b></p><table>"
    "<tr><td><b>Month</b></td><td><b>{one}</b></td><td><b>{two}</b></td></tr>"
    "<tr><td>January</td><td>{jan1}</td><td>{jan2}</td></tr>"
    "<tr><td>February</td><td>{feb1}</td><td>{feb2}</td></tr>"
    "<tr><td>May</td><td>(Annual Parish Meeting)</td><td>21st</td></tr>"
    "</table>",
    "Parish Meetings",
)


def test_a_month_grids_ordinal_cells_are_events_named_by_their_column() -> None:
    events = read_uk(
        GRID.format(one="Monday Committee", two="Wednesday Council", jan1="6th", jan2="8th", feb1="10th", feb2="12th")
    )
    assert [(event["start"], event["title"]) for event in events] == [
        ("2031-01-06", "Monday Committee"),
        ("2031-01-08", "Wednesday Council"),
        ("2031-02-10", "Monday Committee"),
        ("2031-02-12", "Wednesday Council"),
        ("2031-05-21", "Annual Parish Meeting"),
    ]


def test_a_month_table_of_figures_is_no_grid_of_meetings() -> None:
    events = read_uk(GRID.format(one="Rainfall (mm)", two="Sunshine (hours)", jan1="6", jan2="8", feb1="10", feb2="12"))
    assert [event["title"] for event in events if event["title"] in ("Rainfall (mm)", "Sunshine (hours)")] == []


# --- a list item written as paragraphs (_page_item_paragraphs) ------------------------------------------------------


def test_a_list_item_written_as_paragraphs_is_a_row_of_its_list() -> None:
    body = CLUB.replace("{third}", "2170 Red Setter Rd, Rocklin CA.").replace(
        "<li><b>December 14th Christmas Brunch</b></li>",
        "<li><p><b>October 18th Harvest Moon Classic</b><br/>6 PM Banquet: a buffet this year.</p>"
        "<p>Reservations must be made 30 days in advance.</p></li><li><b>December 14th Christmas Brunch</b></li>",
    )
    events = by_day(read_us(body))
    assert events["2031-10-18"]["title"] == "Harvest Moon Classic"
    assert len(events) == 5


def test_only_an_items_first_paragraph_opens_its_row() -> None:
    root = lxml.html.fromstring("<ul><li><p>October 18th Classic</p><p>Reservations by 1 May</p></li></ul>")
    lines = page_lines(root, base=None)
    first, second = (next(line for line in lines if line.text.startswith(word)) for word in ("October", "Reserv"))
    assert item_list(first) is root.find(".//ul") or item_list(first) is root  # the item's list
    assert item_list(second) is None
