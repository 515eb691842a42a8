"""Page misreadings earlier sessions left (helper leftpages5), each on a small document of our own that the page
reader misread before its rule, with the look-alikes where the rule must not fire:

1. a meeting's own page dated only in its <h1>, with side cards or lines of other days ("Next meeting …", "Record
   closed on …"): its event is the heading's, the side dates are not its events (_page_heading_day); the heading's
   own date and hour at its end leave its title ("Sitzung des Bauausschusses am 22.12.2027, 09:30 Uhr");
2. a weekly timetable takes the one place its page states for all its lines ("All classes at …")
   (_page_weekly_place);
3. a bare weekday ("Tuesday 7pm – Beginners' class") recurs only on an undated page named a timetable
   (_page_weekly_singular);
4. a body's word written twice where a portal joined a name and a kind is said once ("Arts Committee Committee
   Meeting") (_title_doubled);
5. a labelled room number keeps its room word ("Room: 204": "Room 204") (_place_labels.room_named);
6. slashed dates beside Spanish/French/German/Italian/Portuguese field labels are day first (_page_label_order);
7. a title opening with a status word and a colon: the status, the rest the title, never an empty one (pinned);
8. "The Blue Door" is a place, not a doors remark (_page_not_places.REMARK);
9. a document link that only gives its file's type and size is labelled by its column or its row (_page_words).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import (
    _page_heading_day,
    _page_label_order,
    _page_not_places,
    _page_weekly_lines,
    _page_weekly_place,
    _page_weekly_singular,
    _page_words,
    _place_labels,
)
from sources.adapters._page_label_order import labels_day_first
from sources.adapters._page_not_places import a_remark
from sources.adapters._page_words import document_label
from sources.adapters._place_labels import room_named
from sources.adapters._title_doubled import doubled_off
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import superlinear_shape

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
NOW = dt.datetime(2027, 3, 1, tzinfo=CHICAGO)


def read(body: str, *, url: str = "https://town.example.org/meetings/detail/12") -> list:
    window = FetchWindow(NOW - dt.timedelta(days=30), NOW + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url=url, zone=CHICAGO).events


def starts(events: list) -> list[str]:
    return [str(event["start"])[:16] for event in events]


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (_page_heading_day, "LISTING_LEAD"),
        (_page_heading_day, "DATE_LEAD"),
        (_page_heading_day, "CLOCK_UNIT"),
        (_page_weekly_place, "ALL_AT"),
        (_page_weekly_singular, "TIMETABLE"),
        (_page_weekly_lines, "SINGULAR_WEEKDAYS"),
        (_place_labels, "ROOM_LABEL"),
        (_place_labels, "BARE_ROOM"),
        (_page_label_order, "DATE_LABELLED"),
        (_page_label_order, "OTHER_LABEL"),
        (_page_label_order, "ENGLISH_LABEL"),
        (_page_not_places, "REMARK"),
        (_page_words, "FILE_NOTE"),
    ],
)
def test_patterns_stay_linear(module: object, name: str) -> None:
    assert superlinear_shape(getattr(module, name)) is None


# --- 1. a meeting's own page dated only in its heading ----------------------------------------------------------
def meeting_page(heading: str, side: str, *, lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Meeting - Town of Example</title></head><body><main>"
        f"<h1>{heading}</h1><div class='content'><p>The board will discuss the annual budget.</p>"
        "<p><a href='/docs/agenda.pdf'>Agenda</a></p></div>"
        f"<aside>{side}</aside></main></body></html>"
    )


SIDE_CARDS = (
    "<div class='card'><h3>Next meeting</h3><p>April 7, 2027 6:00 PM</p></div>"
    "<div class='card'><h3>Record</h3><p>Record closed on March 10, 2027</p></div>"
)


def test_a_meeting_dated_in_its_heading_beside_cards_of_other_days_is_the_pages_one_event() -> None:
    events = read(meeting_page("Board Meeting – March 3, 2027 6:00 PM", SIDE_CARDS))

    assert starts(events) == ["2027-03-03T18:00"]
    assert events[0]["title"] == "Board Meeting"


def test_a_german_heading_beside_boxes_of_other_days_gives_its_meeting_without_its_date_in_the_title() -> None:
    boxes = (
        "<div class='box'><h3>Nächste Sitzung</h3><p>19.01.2028, 09:30 Uhr</p></div>"
        "<div class='box'><h3>Niederschrift</h3><p>Abgeschlossen am 05.01.2028</p></div>"
    )
    events = read(meeting_page("Sitzung des Bauausschusses am 22.12.2027, 09:30 Uhr", boxes, lang="de"))

    assert starts(events) == ["2027-12-22T09:30"]
    assert events[0]["title"] == "Sitzung des Bauausschusses"


def test_a_days_listing_whose_heading_names_its_day_keeps_its_cards() -> None:
    # Hard negative: "Events on March 3, 2027" over cards of that day is a day's listing, not one meeting.
    body = (
        "<html lang='en'><body><h1>Events on March 3, 2027</h1>"
        "<div class='event'><h3>Story Time</h3><p>March 3, 2027 10:00 AM</p></div>"
        "<div class='event'><h3>Chess Club</h3><p>March 3, 2027 4:00 PM</p></div></body></html>"
    )
    events = read(body, url="https://library.example.org/events")

    assert [event["title"] for event in events] == ["Story Time", "Chess Club"]


def test_a_listing_heading_from_a_day_keeps_its_cards() -> None:
    # Hard negative: "Events from March 3, 2027" names where a listing starts, not one meeting's day.
    body = (
        "<html lang='en'><body><h1>Concerts from March 3, 2027</h1>"
        "<div class='event'><h3>Quartet</h3><p>March 4, 2027 7:00 PM</p></div>"
        "<div class='event'><h3>Choir</h3><p>March 5, 2027 7:00 PM</p></div></body></html>"
    )
    events = read(body, url="https://hall.example.org/events")

    assert [event["title"] for event in events] == ["Quartet", "Choir"]


def test_a_heading_dated_beside_many_cards_is_still_read_as_cards() -> None:
    # Hard negative: more cards than a meeting's side column holds are a listing's.
    cards = "".join(f"<div class='card'><h3>Show {n}</h3><p>April {n}, 2027 8:00 PM</p></div>" for n in range(10, 15))
    events = read(meeting_page("Season opening – March 3, 2027 6:00 PM", cards))

    assert len(events) == 5


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Board Meeting – March 3, 2027 6:00 PM", dt.date(2027, 3, 3)),
        ("Sitzung des Bauausschusses am 22.12.2027, 09:30 Uhr", dt.date(2027, 12, 22)),
        ("Week of March 3, 2027", None),
        ("Updated March 1, 2027", None),
        ("Meetings – March 3, 2027", None),
        ("March 3, 2027", None),
        ("Board Meeting – March 3 – 5, 2027", None),
    ],
)
def test_the_heading_day(heading: str, day: dt.date | None) -> None:
    assert _page_heading_day.heading_day(heading, today=NOW.date()) == day


def test_a_headings_date_that_is_not_at_its_end_stays_in_the_title() -> None:
    today = NOW.date()
    assert (
        _page_heading_day.without_heading_date("Concert of 3 March 2027 revisited", dt.date(2027, 3, 3), today=today)
        == "Concert of 3 March 2027 revisited"
    )
    assert _page_heading_day.without_heading_date("Gala, 3 March 2027", dt.date(2027, 3, 4), today=today) == (
        "Gala, 3 March 2027"
    )


# --- 2. and 3. a weekly timetable: its one place, its bare weekdays -------------------------------------------
def timetable(lines: list[str], *, heading: str = "Class Timetable", note: str = "") -> str:
    items = "".join(f"<li>{line}</li>" for line in lines)
    return (
        f"<html lang='en'><head><title>{heading} - Flow Studio</title></head><body><h1>{heading}</h1>"
        f"{note}<ul>{items}</ul></body></html>"
    )


PLURAL = ["Mondays 6:00 pm – Vinyasa Flow", "Wednesdays 7:30 am – Gentle Yoga", "Fridays 6:00 pm – Yin Yoga"]
SINGULAR = ["Monday 6:00 pm – Vinyasa Flow", "Tuesday 7pm – Beginners' class", "Friday 6:00 pm – Yin Yoga"]


def series(events: list) -> dict[str, set]:
    found: dict[str, set] = {}
    for event in events:
        found.setdefault(event["title"], set()).add(event["venue_name"])
    return found


def test_a_timetable_takes_the_place_its_page_states_for_all_its_classes() -> None:
    note = "<p>All classes at the Main Street Studio, 12 Main St.</p>"
    events = read(timetable(PLURAL, note=note), url="https://flow.example.com/timetable")

    assert series(events) == {
        "Vinyasa Flow": {"Main Street Studio, 12 Main St"},
        "Gentle Yoga": {"Main Street Studio, 12 Main St"},
        "Yin Yoga": {"Main Street Studio, 12 Main St"},
    }


@pytest.mark.parametrize(
    "note",
    [
        "<p>Wednesday classes are at the Annex.</p>",  # some of the classes, not all
        "<p>All classes are taught in English.</p>",  # a language, not a place
        "<p>Location: Main Studio</p><p>Location: Riverside Annex</p>",  # two places: which is whose?
    ],
)
def test_a_timetable_with_no_one_place_for_all_keeps_none(note: str) -> None:
    events = read(timetable(PLURAL, note=note), url="https://flow.example.com/timetable")

    assert events
    assert {event["venue_name"] for event in events} == {None}


def test_a_bare_weekday_recurs_on_an_undated_page_named_a_timetable() -> None:
    events = read(timetable(SINGULAR), url="https://flow.example.com/timetable")

    assert set(series(events)) == {"Vinyasa Flow", "Beginners' class", "Yin Yoga"}
    beginners = [event for event in events if event["title"] == "Beginners' class"]
    assert len(beginners) > 4
    assert {dt.datetime.fromisoformat(str(event["start"])).weekday() for event in beginners} == {1}


def test_a_bare_weekday_on_a_festivals_programme_is_no_weekly_series() -> None:
    # Hard negative: a weekend's programme writes the same shape, once.
    lines = ["Friday 8pm – The Lanterns", "Saturday 3pm – Kids' Choir", "Sunday 2pm – Brass Band"]
    events = read(timetable(lines, heading="Weekend Programme"), url="https://fest.example.com/programme")

    assert not any(event.get("rrule") for event in events)
    assert len(events) < 4


def test_a_bare_weekday_on_a_timetable_page_that_names_a_date_is_no_weekly_series() -> None:
    # Hard negative: a dated page's weekdays are its dates' weekdays.
    note = "<p>Spring term starts March 8, 2027.</p>"
    events = read(timetable(SINGULAR, note=note), url="https://flow.example.com/timetable")

    assert not any(event["title"] == "Beginners' class" and event.get("rrule") for event in events)
    assert len(events) < 4


# --- 4. a body's word written twice ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Arts Committee Committee Meeting", "Arts Committee Meeting"),
        ("Planning Board Board Meeting", "Planning Board Meeting"),
        ("Duran Duran", "Duran Duran"),  # a name that doubles its word
        ("Walla Walla Council", "Walla Walla Council"),
        ("Board – Board Retreat", "Board – Board Retreat"),  # set apart by a mark
    ],
)
def test_a_doubled_body_word(title: str, expected: str) -> None:
    assert doubled_off(title) == expected


def test_a_portal_title_with_a_doubled_body_word_says_it_once() -> None:
    page = """<html><head><title>
  2027/04/14 06:00 PM Parks Committee Committee Meeting - Web Outline - Town of Example
</title></head><body>
<table><tr><td class="Heading">
 <span>Parks Committee</span><br /><span>Committee Meeting</span><br /><span>4/14/2027 6:00 PM</span>
</td></tr></table><p>Agenda items follow.</p></body></html>"""
    events = read(page)

    assert [event["title"] for event in events] == ["Parks Committee Meeting"]


# --- 5. a labelled room number ---------------------------------------------------------------------------------
def single(label_line: str) -> str:
    return (
        "<html lang='en'><head><title>Budget Workshop</title></head><body><h1>Budget Workshop</h1>"
        f"<p>Date: April 14, 2027</p><p>Time: 6:00 PM</p><p>{label_line}</p>"
        "<p>Residents are invited to review the draft budget.</p></body></html>"
    )


def test_a_labelled_room_number_keeps_its_room_word() -> None:
    assert read(single("Room: 204"))[0]["venue_name"] == "Room 204"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Location: 204", "204"),  # not a room's label: the value as written
        ("Room: Council Chambers", "Council Chambers"),  # a room's name, not a number
    ],
)
def test_a_room_number_under_another_label_or_a_named_room_is_as_written(line: str, place: str) -> None:
    assert read(single(line))[0]["venue_name"] == place


def test_room_named() -> None:
    assert room_named("Raum: 2.14", "2.14") == "Raum 2.14"
    assert room_named("Salle : B12", "B12") == "Salle B12"
    assert room_named("Room: 204", "Hall 204") == "Hall 204"
    assert room_named("Room: ", None) is None


# --- 6. slashed dates beside another language's labels ---------------------------------------------------------
def labelled_page(lines: list[str], *, lang: str = "") -> str:
    attribute = f" lang='{lang}'" if lang else ""
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<html{attribute}><head><title>Concierto de primavera</title></head><body>"
        f"<h1>Concierto de primavera</h1>{body}</body></html>"
    )


def test_a_slashed_date_beside_spanish_labels_is_day_first() -> None:
    page = labelled_page(["Fecha: 12/04/2027", "Hora: 19:00", "Lugar: Casa de la Cultura"])
    events = read(page, url="https://cultura.example.es/agenda/concierto")

    assert starts(events) == ["2027-04-12T19:00"]


def test_a_slashed_date_beside_english_labels_stays_month_first() -> None:
    # Hard negative: an English page's "Date: 12/04/2027" is 4 December.
    page = labelled_page(["Date: 12/04/2027", "Time: 7:00 PM", "Location: Town Hall"])
    events = read(page, url="https://town.example.org/events/concert")

    assert starts(events) == ["2027-12-04T19:00"]


@pytest.mark.parametrize(
    ("text", "day_first"),
    [
        ("Fecha: 12/04/2027", True),
        ("Datum: 12/04/2027", True),
        ("Date : 12/04/2027", True),  # French: a space before the colon
        ("Uhrzeit: 19 Uhr Ort: Stadthalle", True),  # two German labels
        ("Ort: Stadthalle", False),  # one label alone says little
        ("Ort: Stadthalle Uhrzeit: 19 Uhr Location: Town Hall", False),  # English labels too
        ("Date: 12/04/2027", False),
    ],
)
def test_labels_day_first(text: str, day_first: bool) -> None:
    assert labels_day_first(text) is day_first


# --- 7. a title opening with a status word and a colon ---------------------------------------------------------
def films(titles: list[str]) -> str:
    cards = "".join(
        f"<div class='film'><h3><a href='/films/{n}'>{title}</a></h3><p>March {12 + n}, 2027 7:30 PM</p></div>"
        for n, title in enumerate(titles)
    )
    return f"<html lang='en'><head><title>Now Showing</title></head><body><h1>Films this week</h1>{cards}</body></html>"


def test_a_status_word_and_a_colon_opening_a_title_is_the_status_and_never_leaves_it_empty() -> None:
    # The choice (documented): "Postponed: …" reads as the status, whatever follows, as feeds and the pipeline read
    # it; the title as written stays the source's. A title that is only the status word keeps the word.
    events = read(films(["Postponed: Board Meeting", "Postponed: A Love Story", "Postponed:", "The Harbour"]))

    assert [(event["title"], event["status"]) for event in events] == [
        ("Board Meeting", "postponed"),
        ("A Love Story", "postponed"),
        ("Postponed", "postponed"),
        ("The Harbour", "scheduled"),
    ]
    assert events[1]["source_title"] == "Postponed: A Love Story"


# --- 8. a venue whose name ends with "Door" --------------------------------------------------------------------
def gigs(place: str) -> str:
    return (
        "<html lang='en'><body><main><h1>Gigs</h1>"
        f"<div class='event-card'><h2>The Quiet Band</h2><p>Sat 13 Mar 2027, 8:00pm</p><p>Venue: {place}</p></div>"
        f"<div class='event-card'><h2>Loud Band</h2><p>Sun 14 Mar 2027, 8:00pm</p><p>Venue: {place}</p></div>"
        "</main></body></html>"
    )


@pytest.mark.parametrize("place", ["The Blue Door", "Stage Door Theatre", "Red Door Gallery, 5 Elm St"])
def test_a_venue_named_with_door_is_a_place(place: str) -> None:
    events = read(gigs(place), url="https://gigs.example.com/")

    assert [event["venue_name"] for event in events] == [place, place]


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("The Blue Door", False),
        ("Stage Door Theatre", False),
        ("Doors", True),
        ("Doors 7pm", True),
        ("Door tax", True),
        ("Pay at the door", True),
        ("Cafe - doors open 7pm", True),
        ("doors: 19:00", True),
    ],
)
def test_door_remarks(text: str, remark: bool) -> None:
    assert a_remark(text) is remark


# --- 9. a document link that only gives its file's type and size ----------------------------------------------
MEETINGS_TABLE = """<html lang='en'><head><title>Meetings - Town of Example</title></head><body>
<h1>Planning Commission</h1>
<table>
<tr><th>Date</th><th>Meeting</th><th>Agenda</th><th>Minutes</th></tr>
<tr><td>January 12, 2027</td><td>Regular Meeting</td><td><a href="/docs/a1.pdf">Pdf, 245 Kb</a></td>
<td><a href="/docs/m1.pdf">Pdf, 120 Kb</a></td></tr>
<tr><td>February 9, 2027</td><td>Regular Meeting</td><td><a href="/docs/a2.pdf">Pdf, 301 Kb</a></td>
<td><a href="/docs/m2.pdf">PDF (88 KB)</a></td></tr>
</table></body></html>"""


def test_a_sized_link_in_an_agenda_column_is_the_agenda() -> None:
    events = read(MEETINGS_TABLE, url="https://town.example.org/planning")

    assert [[link["label"] for link in event["links"]] for event in events] == [
        ["Agenda", "Minutes"],
        ["Agenda", "Minutes"],
    ]


def test_a_sized_link_on_a_line_takes_its_rows_document_word() -> None:
    body = (
        "<html lang='en'><body><h1>Planning Commission</h1><h2>Documents</h2><ul>"
        "<li>March 9, 2027 Special Meeting Agenda <a href='/docs/a3.pdf'>Pdf, 245 Kb</a></li>"
        "<li>April 13, 2027 Regular Meeting Minutes <a href='/docs/m4.pdf'>Pdf, 200 Kb</a></li>"
        "</ul></body></html>"
    )
    events = read(body, url="https://town.example.org/planning")

    assert [[link["label"] for link in event["links"]] for event in events] == [["Agenda"], ["Minutes"]]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Pdf, 245 Kb", "Agenda"),  # the column's word
        ("[DOC 1.2 MB]", "Agenda"),
        ("Agenda (PDF, 245 KB)", "Agenda (PDF, 245 KB)"),  # a name before the note: kept as written
        ("Budget Presentation", "Budget Presentation"),  # a document's own name
        ("2 MB Internet Plan", "2 MB Internet Plan"),  # not only a note
    ],
)
def test_document_label_of_a_sized_link(text: str, label: str) -> None:
    assert document_label(text, "https://town.example.org/docs/x.pdf", "Agenda") == label
