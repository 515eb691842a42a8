"""Left32: known misreads earlier sessions left (issue #13), each fixed by a generic rule (dates in 2031).

1. A dash's range of two days with one clock after it ("June 17 – 18 at 7:30pm", "June 17-18, 7:30 PM", "17–18 June,
   19:30") lost its clock on a card (an all-day run) and its second day on a single page: two shows, one each day
   (``_page_day_pairs.DASH_*``, ``_page_two_days``, ``_page_own_days``). "17–18 June, 19:30" on a card also read
   its first day as an hour (17:00–19:30): the range's first day is blanked with the date (``_page_block_reader``).
2. A single event page's "Saturday 14 and Sunday 15 June 2031, 10am–4pm" read the 15th alone: both days
   (``_page_own_days``); "When: Saturday 14 June and Sunday 15 June …" was titled "When: and" (``_page_date_labels``).
3. A race page's start under its check-in ("Registration opens at 8:00am. Race starts at 9:30am.") read the
   check-in's clock: the start's (``_page_race_starts``).
4. A parliament's API titles each sitting by its day spelled out ("Monday, 6 July 2031"; the pipeline cuts the date:
   "Monday"): the item's type field names it ("def/activities/PLENARY_SITTING": "Plenary sitting",
   ``_json_day_titles``).
5. A league's fixtures and results: the played games (a score between the sides) were read as events beside the
   fixtures: left out when fixtures follow them (``_page_result_rows``).
6. A booking grid whose slots are only in data attributes (``data-date`` / ``data-time`` on buttons) was not read:
   each slot a session (``_page_data_slots``).
7. A WordPress REST answer whose "Events" page holds its events only in its text was refused whole (no reader takes
   a CMS's pages): the events page's HTML body is read as a page (``_json_page_bodies``, in ``sources.extraction``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo

import pytest

from sources import extraction
from sources.adapters import (
    _json_mapping,
    _json_page_read,
    _page_block_reader,
    _page_card_dates,
    _page_data_slots,
    _page_race_starts,
    _page_result_rows,
    html,
)
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_events, read_page
from tests.sources.test_left30_day_pairs import _card
from tests.sources.test_review28_misfires import page, starts

LONDON = zoneinfo.ZoneInfo("Europe/London")
read = functools.partial(
    read_page, url="https://site.example/page", zone=LONDON, start=dt.datetime(2031, 6, 10, 9, tzinfo=LONDON)
)
read_card = functools.partial(
    read_page, url="https://club.example/events.html", zone=LONDON, start=dt.datetime(2031, 1, 10, tzinfo=LONDON)
)
PLACE = "<p>The Playhouse, 3 High Street, Oxford</p><p>Tickets £12 on the door.</p>"


def _spans(events: list[dict]) -> list[tuple[str, str | None]]:
    return [(str(event["start"])[:16], str(event["end"])[:16] if event.get("end") else None) for event in events]


def _show(line: str) -> list[dict]:
    return read(page("Hamlet", f"<h1>Hamlet by the river</h1><p>{line}</p>{PLACE}"))


NIGHTS = [("2031-06-17T19:30", None), ("2031-06-18T19:30", None)]
DASHES = ["June 17 – 18 at 7:30pm", "June 17-18, 7:30 PM", "17–18 June, 19:30", "June 17 – 18, 2031 at 7:30pm"]

# --- 1. a dash's two days with one clock: two shows -----------------------------------------------------------------


@pytest.mark.parametrize("days", [*DASHES, "Fri 17 – Sat 18 June, 19:30"])
def test_a_cards_dash_pair_with_one_clock_is_two_shows(days: str) -> None:
    events = read_card(_card(days))
    assert _spans(events) == NIGHTS
    assert {event["title"] for event in events} == {"Summer Steam Rally"}


@pytest.mark.parametrize("days", DASHES)
def test_a_pages_dash_pair_with_one_clock_is_two_shows(days: str) -> None:
    events = _show(days)
    assert _spans(events) == NIGHTS
    assert {event["title"] for event in events} == {"Hamlet by the river"}
    assert len({event["external_id"] for event in events}) == 2


def test_without_the_rule_the_card_was_an_all_day_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_card_dates, "dash_nights", lambda first, last, text, end: False)
    assert _spans(read_card(_card("June 17 – 18 at 7:30pm"))) == [("2031-06-17", "2031-06-18")]


def test_without_the_rule_the_page_lost_its_second_night(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "own_days", lambda entry: [entry])
    assert _spans(_show("June 17 – 18 at 7:30pm")) == [("2031-06-17T19:30", None)]


def test_without_the_blank_the_ranges_first_day_was_an_hour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_block_reader, "RANGE_HEAD", _page_card_dates.re.compile(r"(?!)"))
    assert _spans(read_card(_card("17–18 June, 19:30")))[0] == ("2031-06-17T17:00", "2031-06-17T19:30")


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        # a season: one run, not twelve nights (its clock kept as the run's evenings since left33)
        ("June 17 - 28 at 7:30pm", [("2031-06-17T19:30", "2031-06-28T19:30")]),
        ("June 17 – 18, 10am – 5pm", [("2031-06-17T10:00", "2031-06-18T17:00")]),  # a day's hours: a run
        ("June 17 – 18", [("2031-06-17", "2031-06-18")]),
        ("17–18 June", [("2031-06-17", "2031-06-18")]),
        ("June 17 – 19 at 7:30pm", [("2031-06-17T19:30", "2031-06-19T19:30")]),  # three days: one run (left33's clock)
    ],
)
def test_hard_negative_a_cards_run_without_a_single_clock_or_of_more_days(
    days: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _spans(read_card(_card(days))) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("June 17 - 28 at 7:30pm", [("2031-06-17T19:30", None)]),
        ("June 17 – 28, 10am – 5pm", [("2031-06-17T10:00", "2031-06-17T17:00")]),  # left33: two days' hours are two
        ("Sat 14 & 21 June 2031", [("2031-06-21", None)]),  # two days apart: not this rule's
    ],
)
def test_hard_negative_a_pages_longer_run_or_hours_read_as_before(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _spans(_show(line)) == expected


# --- 2. a single page's two days ------------------------------------------------------------------------------------

FAIR = "<h1>Summer craft fair</h1><p>{}</p><p>Village Hall, Church Lane, Stoke</p><p>Over 40 stalls.</p>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Saturday 14 and Sunday 15 June 2031, 10am–4pm",
            [("2031-06-14T10:00", "2031-06-14T16:00"), ("2031-06-15T10:00", "2031-06-15T16:00")],
        ),
        ("Sat 14 &amp; Sun 15 June 2031", [("2031-06-14", None), ("2031-06-15", None)]),
        (
            "When: Saturday 14 June and Sunday 15 June 2031, 10am–4pm",
            [("2031-06-14T10:00", "2031-06-14T16:00"), ("2031-06-15T10:00", "2031-06-15T16:00")],
        ),
    ],
)
def test_a_single_pages_two_days_are_both_read(line: str, expected: list[tuple[str, str | None]]) -> None:
    events = read(page("Craft fair", FAIR.format(line)))
    assert _spans(events) == expected
    assert {event["title"] for event in events} == {"Summer craft fair"}


def test_without_the_rule_the_page_read_its_second_day_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "own_days", lambda entry: [entry])
    events = read(page("Craft fair", FAIR.format("Saturday 14 and Sunday 15 June 2031, 10am–4pm")))
    assert _spans(events) == [("2031-06-15T10:00", "2031-06-15T16:00")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sat 14 &amp; 21 June 2031", [("2031-06-21", None)]),
        ("Rooms 3 &amp; 15 June 2031", [("2031-06-15", None)]),
        ("Sunday 15 June 2031, 10am–4pm", [("2031-06-15T10:00", "2031-06-15T16:00")]),
    ],
)
def test_hard_negative_no_pair_of_consecutive_days(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _spans(read(page("Craft fair", FAIR.format(line)))) == expected


def test_hard_negative_a_one_card_page_with_its_two_days_reads_the_card() -> None:
    """The page's own reading is one event on two days: a card beside it is still weighed against one event."""
    events = read_card(_card("June 17 – 18 at 7:30pm"))
    assert {event["title"] for event in events} == {"Summer Steam Rally"}


# --- 3. a race's start under its check-in ---------------------------------------------------------------------------

RACE = "<h1>Riverside 10k</h1>{}<p>The boathouse, Henley</p><p>Entry £20.</p>"


@pytest.mark.parametrize(
    "body",
    [
        "<p>Sunday 15 June 2031</p><p>Registration opens at 8:00am. Race starts at 9:30am.</p>",
        "<p>Sunday 15 June 2031</p><p>Check-in from 8:00. Start 09:30.</p>",
        "<p>Sunday 15 June 2031, check-in from 8:00, start 09:30</p>",
        "<p>Sunday 15 June 2031 – Registration 8:00, Race start 9:30</p>",
        "<p>Check-in from 8:00 on Sunday 15 June 2031</p><p>Start 09:30</p>",
        "<p>Check-in: Sunday 15 June 2031, 08:00–09:15 at the boathouse</p><p>Race starts at 9:30am</p>",
        "<p>Sunday 15 June 2031</p><p>Bib pick-up 7:30–8:45, gun time 9:00</p>",
    ],
)
def test_a_races_start_under_its_check_in_is_its_start(body: str) -> None:
    (event,) = read(page("Race", RACE.format(body)))
    assert event["title"] == "Riverside 10k"
    assert str(event["start"])[:10] == "2031-06-15"
    assert str(event["start"])[11:16] in {"09:30", "09:00"}


def test_without_the_rule_the_check_ins_clock_was_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_race_starts, "race_start", lambda lines, date_line, today: None)
    body = "<p>Sunday 15 June 2031</p><p>Registration opens at 8:00am. Race starts at 9:30am.</p>"
    assert starts(read(page("Race", RACE.format(body)))) == [("Riverside 10k", "2031-06-15T08:00")]


@pytest.mark.parametrize(
    ("body", "clock"),
    [
        ("<p>Sunday 15 June 2031</p><p>Check-in from 8:00</p>", "08:00"),  # a check-in alone: all there is
        ("<p>Sunday 15 June 2031, 10:00</p><p>Start and finish at the boathouse. Check-in at the tent.</p>", "10:00"),
        ("<p>Sunday 15 June 2031</p><p>Tickets on sale from 8:00, starts 9:30</p>", "08:00"),  # no check-in word
        (
            "<p>Sunday 15 June 2031, 8:00</p><p>Registration for next year opens Monday 16 June 2031. Start 09:30</p>",
            "08:00",
        ),  # the start on another day's line
    ],
)
def test_hard_negative_no_start_beside_a_check_in(body: str, clock: str) -> None:
    event = read(page("Race", RACE.format(body)))[0]
    assert str(event["start"])[:16] == f"2031-06-15T{clock}"


def test_hard_negative_a_hotels_check_in_page_stays_no_event() -> None:
    """Main read this as an event at 15:00 (left31's check-in rule), the start rule's first draft at 7:00."""
    body = (
        "<h1>Your booking is confirmed</h1><p>Check-in: Saturday 14 June 2031 from 15:00. Breakfast starts at 7:00</p>"
    )
    assert read(page("Stay", body)) == []


def test_hard_negative_another_things_start_under_a_check_in() -> None:
    body = "<p>Sunday 15 June 2031</p><p>Check-in from 8:00. Breakfast starts at 7:00 in the clubhouse.</p>"
    assert starts(read(page("Race", RACE.format(body)))) == [("Riverside 10k", "2031-06-15T08:00")]


# --- 5. a league's results beside its fixtures ----------------------------------------------------------------------

TABLE = "<h1>Fixtures &amp; results</h1><table><tr><th>Date</th><th>Home</th><th></th><th>Away</th></tr>{}</table>"
LIST = "<h1>Rovers: fixtures and results</h1><ul>{}</ul>"


def _row(day: int, home: str, middle: str, away: str) -> str:
    return f"<tr><td>Sat {day} June 2031 15:00</td><td>{home}</td><td>{middle}</td><td>{away}</td></tr>"


PLAYED = [_row(7, "Rovers", "2 – 1", "United"), _row(14, "City", "0 - 0", "Rovers")]
COMING = [_row(21, "Rovers", "v", "Athletic"), _row(28, "Town", "v", "Rovers")]
LINES = [
    "<li>Sat 7 June 2031, 15:00 – Rovers 2-1 United</li>",
    "<li>Sat 14 June 2031, 15:00 – City 3:1 Rovers</li>",
    "<li>Sat 21 June 2031, 15:00 – Rovers v Athletic</li>",
    "<li>Sat 28 June 2031, 15:00 – Town vs Rovers</li>",
]


@pytest.mark.parametrize("body", [TABLE.format("".join(PLAYED + COMING)), LIST.format("".join(LINES))])
def test_a_leagues_results_beside_its_fixtures_are_left_out(body: str) -> None:
    assert [start for _, start in starts(read(page("Fixtures", body)))] == ["2031-06-21T15:00", "2031-06-28T15:00"]


def test_without_the_rule_the_results_were_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_result_rows, "SCORE", _page_result_rows.re.compile(r"(?!)"))
    assert len(read(page("Fixtures", TABLE.format("".join(PLAYED + COMING))))) == 4


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (TABLE.format("".join(PLAYED)), 2),  # results only: nothing coming to set them against
        (TABLE.format("".join(COMING)), 2),
        (TABLE.format("".join([COMING[0], _row(28, "Town", "1 – 3", "Rovers")])), 2),  # a score after a fixture
        (
            "<h1>Holiday clubs</h1><ul><li>Mon 21 July 2031, 10:00 – Football v cricket day</li>"
            "<li>Mon 14 July 2031, 10:00 – Art club ages 5-11 indoors</li>"
            "<li>Mon 7 July 2031, 10:00 – Drama club years 7-9 at the hall</li>"
            "<li>Mon 28 July 2031, 10:00 – Science club</li></ul>",
            4,
        ),  # "ages 5-11" before a fixture-like line: a range, no score (no sides around it)
    ],
)
def test_hard_negative_results_only_fixtures_only_or_no_score(body: str, count: int) -> None:
    assert len(read(page("Fixtures", body))) == count


# --- 6. a booking grid in data attributes ---------------------------------------------------------------------------

GRID = (
    "<h1>Pottery wheel sessions</h1><p>Choose a slot to book your place.</p><div class='slots'>{}</div>"
    "<p>Studio Clay, 4 Mill Lane, Bristol</p>"
)
SLOTS = (
    "<button class='slot' data-date='2031-06-14' data-time='10:00' data-end='12:00'>10:00</button>"
    "<button class='slot' data-date='2031-06-14' data-time='14:00'>14:00</button>"
    "<button class='slot' data-date='2031-06-15' data-time='10:00'>10:00</button>"
)


def test_a_booking_grids_data_slots_are_sessions() -> None:
    events = read(page("Book", GRID.format(SLOTS)))
    assert _spans(events) == [
        ("2031-06-14T10:00", "2031-06-14T12:00"),
        ("2031-06-14T14:00", None),
        ("2031-06-15T10:00", None),
    ]
    assert {event["title"] for event in events} == {"Pottery wheel sessions"}
    assert len({event["external_id"] for event in events}) == 3


def test_slots_named_and_placed_by_their_own_attributes() -> None:
    cells = (
        "<td class='session' data-datetime='2031-06-14T18:30' data-title='Beginners yoga' data-room='Studio 2'>Book</td>"
        "<td class='session' data-datetime='2031-06-14T19:45' data-title='Power yoga' data-room='Studio 1'>Book</td>"
    )
    body = f"<h1>Timetable</h1><table><tr>{cells}</tr></table>"
    events = read(page("Classes", body))
    assert starts(events) == [("Beginners yoga", "2031-06-14T18:30"), ("Power yoga", "2031-06-14T19:45")]


def test_without_the_rule_the_grid_was_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_data_slots, "MIN_SESSIONS", 10**6)
    assert read(page("Book", GRID.format(SLOTS))) == []


@pytest.mark.parametrize(
    "body",
    [
        # a date picker: days, no time
        "<h1>Choose a date</h1><table><tr><td data-date='2031-06-14'>14</td><td data-date='2031-06-15'>15</td></tr></table>",
        # a restaurant's table slots, a surgery's appointments, a shop's delivery slots
        "<h1>Book a table</h1><p>Party size: 2</p>" + SLOTS.replace("slot'", "slot'"),
        "<h1>Book an appointment</h1><p>Dr Patel</p>" + SLOTS,
        "<h1>Choose your delivery slot</h1><p>Your basket: 3 items</p>" + SLOTS,
        # a TV guide's programmes, named in their own words (the page names no guide)
        "<h1>Tonight on BBC One</h1><ul><li data-start='2031-06-14T20:00' class='slot'>News</li>"
        "<li data-start='2031-06-14T20:30' class='slot'>Film: Jaws</li></ul>",
        # a restaurant's tables
        "<h1>Reserve a table</h1><p>Choose a time</p><button data-date='2031-06-14' data-time='19:00'>19:00</button>"
        "<button data-date='2031-06-14' data-time='19:30'>19:30</button><p>Max 8 guests per table.</p>",
        # a photo slider's seconds
        "<h1>Welcome</h1><div class='slider'><div class='slide' data-start='0' data-time='5'>Photo 1</div>"
        "<div class='slide' data-start='5' data-time='10'>Photo 2</div></div>",
        # no control, no slot's class: a news list's stamps
        "<h1>News</h1><article data-date='2031-06-14' data-time='10:00'>Road closed</article>"
        "<article data-date='2031-06-15' data-time='11:00'>New library</article>",
        # one slot only, a day that is no ISO day
        "<h1>Pottery</h1><button data-date='2031-06-14' data-time='10:00'>10:00</button>",
        "<h1>Pottery</h1><button data-date='14/06/2031' data-time='10:00'>a</button>"
        "<button data-date='15/06/2031' data-time='10:00'>b</button>",
    ],
)
def test_hard_negative_no_booking_grid_of_events(body: str) -> None:
    assert read(page("Page", body)) == []


# --- 4. sittings titled by their day ------------------------------------------------------------------------------

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
NOW = dt.datetime(2031, 6, 1, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW, end=NOW + dt.timedelta(days=365))
read_json = functools.partial(json_events, window=WINDOW, zone=BRUSSELS)
DAYS = [(7, "Monday"), (8, "Tuesday"), (9, "Wednesday")]


def _sittings(kind: str, label: str = "{weekday}, {day} July 2031") -> dict:
    return {
        "data": [
            {
                "id": f"mtg-{day}",
                "activity_date": f"2031-07-0{day}",
                "activity_label": {"en": label.format(weekday=weekday, day=day)},
                "had_activity_type": kind,
                "term": "org/10",
            }
            for day, weekday in DAYS
        ]
    }


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("def/activities/PLENARY_SITTING", "Plenary sitting"),
        ("committee-meeting", "Committee meeting"),
        ("PlenarySitting", "Plenary sitting"),
    ],
)
def test_sittings_titled_by_their_day_are_named_by_their_type(kind: str, title: str) -> None:
    events = read_json(_sittings(kind))
    assert [(event["title"], str(event["start"])) for event in events] == [
        (title, "2031-07-07"),
        (title, "2031-07-08"),
        (title, "2031-07-09"),
    ]


def test_without_the_rule_the_sittings_were_titled_by_their_weekday(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json_mapping, "kind_for_day", lambda title, start, item: None)
    assert [event["title"] for event in read_json(_sittings("def/activities/PLENARY_SITTING"))] == [
        "Monday",
        "Tuesday",
        "Wednesday",
    ]


@pytest.mark.parametrize(
    ("kind", "label", "titles"),
    [
        ("def/activities/PLENARY_SITTING", "Budget debate, {day} July 2031", ["Budget debate"] * 3),  # words of its own
        ("Event", "{weekday}, {day} July 2031", ["Monday", "Tuesday", "Wednesday"]),  # a type that says nothing
        ("4711", "{weekday}, {day} July 2031", ["Monday", "Tuesday", "Wednesday"]),  # a number
        ("news_article", "{weekday}, {day} July 2031", ["Monday", "Tuesday", "Wednesday"]),  # writing, no kind
    ],
)
def test_hard_negative_an_own_title_or_a_type_that_names_nothing(kind: str, label: str, titles: list[str]) -> None:
    assert [event["title"] for event in read_json(_sittings(kind, label))] == titles


# --- 7. a CMS's events page in its JSON ------------------------------------------------------------------------------

HALL_EVENTS = (
    "<h2>Events</h2><p>Friday 20 June 2031, 7pm — Quiz night</p><p>Saturday 28 June 2031, 10am — Summer fete</p>"
    "<p>Friday 4 July 2031, 7:30pm — Film night</p>"
)


def _wp(number: int, title: str, slug: str, content: str, kind: str = "page") -> dict:
    return {
        "id": number,
        "date": "2031-05-01T10:00:00",
        "modified": "2031-05-20T11:00:00",
        "slug": slug,
        "status": "publish",
        "type": kind,
        "link": f"https://hall.example/{slug}/",
        "title": {"rendered": title},
        "content": {"rendered": content, "protected": False},
        "excerpt": {"rendered": "", "protected": False},
        "author": 1,
    }


def _extract(document: object) -> list[dict]:
    return json_events(document, window=WINDOW, zone=LONDON)


@pytest.mark.parametrize(
    "document",
    [
        [_wp(12, "Events", "events", HALL_EVENTS)],
        [
            _wp(14, "Hire the hall", "hire", "<p>The hall seats 120.</p>"),
            _wp(12, "What&#8217;s On", "whats-on", HALL_EVENTS),
        ],
        {"data": [_wp(12, "Diary", "diary", HALL_EVENTS)]},
    ],
)
def test_a_cms_events_page_in_its_json_is_read_as_a_page(document: object) -> None:
    events = _extract(document)
    assert starts(events) == [
        ("Quiz night", "2031-06-20T19:00"),
        ("Summer fete", "2031-06-28T10:00"),
        ("Film night", "2031-07-04T19:30"),
    ]


def test_without_the_rule_the_answer_was_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json_page_read, "events_pages", lambda document: [])
    assert _extract([_wp(12, "Events", "events", HALL_EVENTS)]) == []


@pytest.mark.parametrize(
    "document",
    [
        [  # a blog's posts: dates of what was written about
            _wp(
                30, "New kitchen opened", "new-kitchen", "<p>Our new kitchen opened on Friday 16 May 2031.</p>", "post"
            ),
            _wp(31, "AGM minutes", "agm", "<p>Minutes of the AGM held Tuesday 2 April 2031, 7pm.</p>", "post"),
        ],
        [
            _wp(12, "Events", "events", "Friday 20 June 2031, 7pm: quiz night. Saturday 28 June 2031: fete.")
        ],  # no markup
        [_wp(12, "Events round-up: a busy May", "events-round-up", HALL_EVENTS)],  # a post about events
        [_wp(12, "Events", "events", "<p>No events are planned at the moment. Check back soon.</p>")],
        [  # a post titled "Events" telling of last month's, edited after them
            {
                **_wp(12, "Events", "events", HALL_EVENTS.replace("2031", "2030"), "post"),
                "date": "2030-06-01T10:00:00",
                "modified": "2030-07-30T10:00:00",
            }
        ],
    ],
)
def test_hard_negative_no_events_page_in_the_answer(document: object) -> None:
    assert _extract(document) == []


def test_without_the_edit_cutoff_a_posts_past_events_were_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json_page_read, "since_edit", lambda records, page: records)
    post = {**_wp(12, "Events", "events", HALL_EVENTS, "post"), "modified": "2031-07-30T10:00:00"}
    assert len(_extract([post])) == 3


def test_the_page_reading_is_noted() -> None:
    payload = json.dumps([_wp(12, "Events", "events", HALL_EVENTS)]).encode()
    found = extraction.extract_document(payload, window=WINDOW, zone=LONDON)
    assert found.notes[0] == _json_page_read.PAGE_BODY
    assert read_events(payload, window=WINDOW, zone=LONDON)[0]["external_id"].startswith("https://hall.example/events/")
