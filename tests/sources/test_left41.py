"""left41: misreads left by pages112, pages113, venues55, review55 and left40, mended generically; each test fails on
main 2c44b227 without its mend, with hard negatives beside it."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._mf_slash_stamp import slash_day
from sources.adapters._page_appositive_names import appositive_name
from sources.adapters._page_former_dates import former
from sources.adapters._page_table_headers import local_roles
from tests.sources.helpers import read_page
from tests.sources.test_review52_pages import curry  # review52's social page

LONDON = zoneinfo.ZoneInfo("Europe/London")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
START = dt.datetime(2031, 1, 10, 9)  # noqa: DTZ001 (read_page sets the zone)
read_uk = functools.partial(read_page, url="https://club.example/events", zone=LONDON, start=START)
read_us = functools.partial(read_page, url="https://library.example/calendar", zone=CHICAGO, start=START)


def page(body: str, heading: str = "Events") -> str:
    return f"<html lang='en'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def shown(events: list[dict]) -> list[tuple[str, str]]:
    return [(str(event["start"])[:16], event["title"]) for event in events]


def readings(*rows: str) -> str:
    return page("".join(f"<p>{row}</p>" for row in rows), "Author Readings")


# 1. A page whose one dated line is a programme list's row: its italic name and its listed days (_page_date_led_one).


def test_a_one_row_programme_list_reads_its_italic_name_and_listed_days():
    events = read_us(readings("<b>March 8, 15, 22, 2031:</b> <i>Tree Walks</i>"))
    assert shown(events) == [("2031-03-08", "Tree Walks"), ("2031-03-15", "Tree Walks"), ("2031-03-22", "Tree Walks")]
    assert shown(read_us(readings("<b>May 3 and 10, 2031:</b> <i>Garden Club</i>"))) == [
        ("2031-05-03", "Garden Club"),
        ("2031-05-10", "Garden Club"),
    ]


@pytest.mark.parametrize(
    "row",
    [
        "<b>Saturday, March 8, 2031</b> <i>St Mary's Church</i>",  # no colon: an event page's date over its place
        "<b>March 8, 2031:</b> <i>Cancelled</i>",  # a status, no name
        "<b>March 8, 2031:</b> <i>7pm</i>",  # a clock, no name
    ],
)
def test_an_event_pages_bold_date_keeps_the_heading_as_title(row):
    assert [title for _, title in shown(read_us(readings(row)))] == ["Author Readings"]


# 2. Plone's hCalendar day alone ("2031/09/20", no clock) is that day (_mf_slash_stamp.slash_day).


def plone(start: str, end: str) -> str:
    return (
        '<dt class="vevent">\n<span class="summary"><a href="https://club.example/e/1" class="url">Summer Rapidplay'
        f'</a></span>\n<span><abbr class="dtstart" title="{start}">Sep 20, 2031</abbr> to\n'
        f'<abbr class="dtend" title="{end}">Sep 20, 2031</abbr></span>\n</dt>\n<dd>Open to all players.</dd>\n'
        '<dt class="vevent">\n<span class="summary"><a href="https://club.example/e/2" class="url">Blitz</a></span>\n'
        '<abbr class="dtstart" title="2031/10/01 19:30:00 GMT+2">Oct 1, 2031 07:30 PM</abbr>\n</dt>\n'
    )


def test_an_hcalendar_day_alone_beside_a_full_stamp_is_that_day():
    events = read_uk(plone("2031/09/20", "2031/09/20"))
    assert shown(events) == [("2031-09-20", "Summer Rapidplay"), ("2031-10-01T19:30", "Blitz")]
    assert events[0]["all_day"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2031/09/20", dt.date(2031, 9, 20)),
        (" 2031/9/5 ", dt.date(2031, 9, 5)),
        ("2031/13/40", None),  # no such day
        ("20/09/2031", None),  # day first: not this shape
        ("2031/09/20 19:30", None),  # a stamp (slash_stamp's)
        ("1031/09/20", None),  # no plausible year
    ],
)
def test_slash_day(raw, expected):
    assert slash_day(raw) == expected


def test_an_impossible_day_alone_is_still_no_start():
    assert shown(read_uk(plone("2031/13/40", "2031/13/40"))) == [("2031-10-01T19:30", "Blitz")]


# 3. "(rescheduled from Feb 1)": the day an event was moved from is no second event (_page_former_dates).


@pytest.mark.parametrize(
    "note",
    [
        "(rescheduled from Feb 1)",
        "(moved from February 1)",
        "(originally scheduled for Feb 1)",
        "- postponed from the Feb 1",
        "(was on Feb 1)",
    ],
)
def test_a_former_date_after_the_line_is_no_second_event(note):
    rows = [f"<b>March 8, 2031:</b> <i>Focus on Wellness</i> {note}", "<b>April 13, 2031:</b> <i>Tree Walk</i>"]
    rows.append("<b>May 3, 2031:</b> <i>Garden Club</i>")
    assert shown(read_us(readings(*rows))) == [
        ("2031-03-08", "Focus on Wellness"),
        ("2031-04-13", "Tree Walk"),
        ("2031-05-03", "Garden Club"),
    ]


@pytest.mark.parametrize(
    ("text", "date_at", "expected"),
    [
        ("Meeting (rescheduled from Feb 1)", "Feb 1", True),
        ("Konzert 14. März, verschoben vom 7. März", "7. März", True),
        ("Concert le 14 mars, reporté du 7 mars", "7 mars", True),
        ("Regular meeting (moved to Feb 18)", "Feb 18", False),  # the new day
        ("Open from Feb 1 to Feb 3", "Feb 1", False),  # a range
        ("Die Lesung findet statt am 12. März", "12. März", False),  # "stattfinden", no former day
        ("Originally a barn, the hall opens on Feb 1", "Feb 1", False),
    ],
)
def test_former(text, date_at, expected):
    assert former(text, text.index(date_at)) is expected


def test_a_line_whose_only_date_is_a_former_one_keeps_it():
    rows = ["<b>March 8, 2031:</b> <i>Tree Walk</i>", "<b>April 13, 2031:</b> <i>Focus on Wellness</i>"]
    rows.append("Garden Club, rescheduled from May 3, 2031")
    assert ("2031-05-03", "Garden Club") in [
        (start, title.split(",")[0]) for start, title in shown(read_us(readings(*rows)))
    ]


# 4. "by" before who gives the outing is no deadline: its time reads (_page_sentence_times.BY_WHOM, left40's left).


@pytest.mark.parametrize(
    ("say", "start"),
    [
        ("Talk by Dr Smith at 19.30hrs in the club room.", "2031-10-10T19:30:00+01:00"),
        ("A guided walk led by Jim at 10.00hrs, meet at the gate.", "2031-10-10T10:00:00+01:00"),
        ("Quiz hosted by Dave at 20.00hrs, teams of four.", "2031-10-10T20:00:00+01:00"),
        ("Please reply by Friday at 19.30hrs so we can book.", "2031-10-10"),  # a deadline
        ("Tickets by 18.00hrs from the bar, then we eat.", "2031-10-10"),  # a deadline
        ("Entries by Mr Jones's deadline at 18.00hrs only.", "2031-10-10"),  # "by" + a name, still not an outing's
    ],
)
def test_by_who_gives_the_outing_keeps_its_time(say, start):
    assert curry(say)[0] == start


# 5. A programme's name between commas in a news line: the title, no place cut at " in " (_page_appositive_names).


def test_a_programmes_name_between_commas_is_its_title_and_no_place():
    body = (
        "<p>Our next concert, <a href='/c/1'>Pax in Terra</a>, is coming up on November 25th, 2031!</p>"
        "<p>Our spring concert, Lux Aeterna, is on April 8th, 2032.</p>"
        "<p>The summer show, Sun in Splendour, returns on June 8th, 2032.</p>"
    )
    events = read_us(page(body, "Concerts"))
    assert [(start, title) for start, title in shown(events)] == [
        ("2031-11-25", "Pax in Terra"),
        ("2032-04-08", "Lux Aeterna"),
        ("2032-06-08", "Sun in Splendour"),
    ]
    assert [event["venue_name"] for event in events] == [None, None, None]


@pytest.mark.parametrize(
    "text",
    [
        "Our next concert, with the Quartet, is on",  # a name in lower case
        "The concert, St Mary's Church, is the venue",  # a place between the commas
        "Our friends, Anna in Rome, are coming",  # no programme's kind before the name
        "Our next concert, Pax in Terra",  # no verb after the name
        "Jazz Night in Bristol, with friends, is free",  # no article or possessive first
    ],
)
def test_no_appositive_name(text):
    assert appositive_name(text) is None


def test_an_appositive_name():
    assert appositive_name("Our next concert, Pax in Terra, is coming up on !") == ("Pax in Terra", "")


# 6. venues55's left places: a Portuguese "Local" column, cell classes as a headerless table's header
# (_page_table_headers), a single page's invitation "Join us at The Old Mill" (_page_invited_places).

VENUES = ("The Old Mill", "Corn Exchange", "St Mary's Church Hall")
TITLES = ("Jazz Night", "Folk Session", "Poetry Evening")


def table_places(header: str, days: tuple[str, ...], cells: tuple[str, ...]) -> list[str | None]:
    rows = "".join(
        f"<tr><td{cells[0]}>{days[i]}</td><td{cells[1]}>{TITLES[i]}</td><td{cells[2]}>{VENUES[i]}</td></tr>"
        for i in range(3)
    )
    events = read_uk(page(f"<table>{header}{rows}</table>", "Agenda"))
    assert [event["title"] for event in events] == list(TITLES)
    return [event["venue_name"] for event in events]


SLASHED = ("14/06/2031", "20/06/2031", "26/06/2031")
DOTTED = ("14.06.2031", "20.06.2031", "26.06.2031")
PLAIN = ("", "", "")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("<tr><th>Data</th><th>Evento</th><th>Local</th></tr>", list(VENUES)),
        ("<tr><th>Fecha</th><th>Evento</th><th>Local</th></tr>", list(VENUES)),
        ("<tr><th>Date</th><th>Event</th><th>Local</th></tr>", [None, None, None]),  # English: local time as often
        ("<tr><th>Data</th><th>Evento</th><th>Local time</th></tr>", [None, None, None]),  # not the word alone
    ],
)
def test_a_portuguese_local_column_is_the_place(header, expected):
    assert table_places(header, SLASHED, PLAIN) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Data", "Evento", "Local"], {0: "date", 1: "title", 2: "location"}),
        (["Fecha", "Local", "Visitante", "Resultado"], {0: "date"}),  # a fixture list's home side (heldout65)
        (["Data", "Local", "Fora"], {0: "date"}),  # sides
    ],
)
def test_local_roles(header, expected):
    roles = {0: "date", 1: "title"} if "Evento" in header else {0: "date"}
    assert local_roles(header, roles) == expected


@pytest.mark.parametrize(
    ("classes", "expected"),
    [
        (("datum", "titel", "ort"), list(VENUES)),
        (("event-date", "event-title", "event-location"), list(VENUES)),
        (("col1", "col2", "col3"), [None, None, None]),  # classes that name nothing
        (("datum", "titel", "extra"), [None, None, None]),  # no place class
    ],
)
def test_a_headerless_tables_cell_classes_name_its_place_column(classes, expected):
    cells = tuple(f" class='{name}'" for name in classes)
    assert table_places("", DOTTED, cells) == expected


def test_cell_classes_that_differ_from_row_to_row_are_no_header():
    rows = "".join(
        f"<tr><td class='datum'>{DOTTED[i]}</td><td class='titel'>{TITLES[i]}</td>"
        f"<td class='{'ort' if i == 0 else 'info'}'>{VENUES[i]}</td></tr>"
        for i in range(3)
    )
    assert [event["venue_name"] for event in read_uk(page(f"<table>{rows}</table>", "Agenda"))] == [None, None, None]


def single(sentence: str) -> str | None:
    body = f"<h1>Jazz Night</h1><p class='date'>Saturday 14 June 2031, 7:30pm</p><p>{sentence}</p>"
    (event,) = read_uk(f"<html lang='en'><head><title>Jazz Night | Arts</title></head><body>{body}</body></html>")
    return event["venue_name"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Join us at The Old Mill for an evening of jazz.", "The Old Mill"),
        ("Come and join us at the Portsmouth Arms in Hatchwarren!", "Portsmouth Arms, Hatchwarren"),
        ("Meet us at Riverside Park, by the gate.", "Riverside Park"),
        ("Join us at Christmas for carols.", None),  # a feast
        ("Join us at our AGM in the spring.", None),  # no name
        ("Join us at Facebook for news.", None),  # a platform
        ("An evening at The Old Mill, where we met.", None),  # no invitation: left to the prose readers
    ],
)
def test_a_single_pages_invitation_names_its_place(sentence, expected):
    assert single(sentence) == expected


# 7. A listing's rows of lines between <br>s, each with its place under its date (_page_sibling_lines).

DAYS = ("Saturday 14 June 2031, 7:30pm", "Friday 20 June 2031, 7:30pm", "Thursday 26 June 2031, 7:30pm")


def br_rows(template: str, lines: tuple[str, ...] = VENUES, wrap: str = "{}") -> list[str | None]:
    body = "".join(template.format(t=TITLES[i], d=DAYS[i], p=lines[i], i=i) for i in range(3))
    events = read_uk(page(wrap.format(body), "What's On"))
    assert [event["title"] for event in events] == list(TITLES)
    return [event["venue_name"] for event in events]


@pytest.mark.parametrize(
    ("template", "wrap"),
    [
        ("<li><strong>{t}</strong><br>{d}<br>{p}</li>", "<ul>{}</ul>"),
        (
            "<div class='twEventDetails'><span class='twDescription'><a href='/e/{i}'>{t}</a></span><br/>"
            "<span class='twStartDate'>{d}</span><br/><span class='twLocation'>{p}</span></div>",
            "{}",
        ),
    ],
)
def test_rows_between_brs_take_the_line_under_their_date_as_place(template, wrap):
    assert br_rows(template, wrap=wrap) == list(VENUES)


@pytest.mark.parametrize(
    "lines",
    [
        ("An evening of standards.", "Corn Exchange", "St Mary's Church Hall"),  # one row's slot is no place
        ("The Old Mill", "The Old Mill", "The Old Mill"),  # the same line on every row
        ("Music", "Talks", "Family"),  # tags
        ("£12", "£8 / £6", "Free"),  # prices
        ("Book Now", "Sold Out", "Read More"),  # calls and statuses
    ],
)
def test_rows_between_brs_whose_slot_is_no_place_stay_placeless(lines):
    assert br_rows("<div><strong>{t}</strong><br>{d}<br>{p}</div>", lines) == [None, None, None]


def test_a_line_in_another_block_is_not_the_rows_slot():
    template = "<li><strong>{t}</strong><br>{d}<ul><li>{p}</li></ul></li>"
    assert br_rows(template, wrap="<ul>{}</ul>") == [None, None, None]
