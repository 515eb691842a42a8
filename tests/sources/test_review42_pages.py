"""Review42: a both-ways review of the page rules of held-out batch 102 (``_page_day_headings``, ``_page_time_lines``'s
"time" labels, ``_page_date_clocks``'s glued clocks, ``_page_between_clocks``'s "desde … hasta", ``_page_weekday_lists``,
``_page_title_clocks``, ``_page_month_year_spans``, ``_page_dashed_places`` in tables, ``events.pipeline.title_pending``)
on small documents of our own: real events the rules must keep and read right, and non-events they must not make.

Misfires found and mended (each in its rule's module):

* "Sunday after 21 January Walk", "Saturday after the 4th: Quiz": a heading that counts its day from a date was
  dropped though a name follows; now only a heading that says nothing else is no event (``after_day``).
* "Sat 1st / Sat 8th March" (a weekly class's Saturdays) ran as one event from the 1st to the 8th; now days joined by a
  comma, a slash or "and" must follow one another (a dash still joins any run).
* "Quiz £7.50 - 9.30pm" lost its hours into "Quiz £7.50" at 21:30; now a clock after a price or a number is left.
* "Jay-Z – Live at the Arena", "First XI - Riverside Park Rangers", "Pala Norte - Club Sur" (a fixture's sides, one
  another line's name) took their subtitle or the other side as the place; now none does.
* "Nothing Followed By" lost its last words as a lead into the next line; now "followed by" goes only after a comma
  or a dash.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from events.pipeline.title_pending import without_pending_tail
from events.pipeline.titles import clean_title
from sources.adapters._page_dashed_places import dashed_places
from sources.adapters._page_date_clocks import find_clock
from sources.adapters._page_dates import find_dates
from sources.adapters._page_day_headings import after_day, day_heading, part_of_day
from sources.adapters._page_schedule import Entry
from sources.adapters._page_time_lines import START, label_rank
from sources.adapters._page_title_clocks import title_clock
from sources.adapters._page_weekday_lists import weekday_lists
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
MADRID = zoneinfo.ZoneInfo("Europe/Madrid")
read_en = functools.partial(
    read_page,
    url="https://venue.example/whats-on",
    zone=LONDON,
    start=dt.datetime(2031, 1, 10, 12),  # noqa: DTZ001
)
read_es = functools.partial(
    read_page,
    url="https://fiesta.example/programa",
    zone=MADRID,
    start=dt.datetime(2032, 1, 2, 12),  # noqa: DTZ001
)


def page(body: str, lang: str = "en") -> str:
    return f"<html lang='{lang}'><body><main>{body}</main></body></html>"


def cards(*bodies: str, lang: str = "en") -> str:
    inner = "".join(f"<div class='event'>{body}</div>" for body in bodies)
    return page(f"<div class='events'>{inner}</div>", lang)


def table(*rows: tuple[str, str]) -> str:
    body = "".join(f"<tr><td>{day}</td><td>{name}</td></tr>" for day, name in rows)
    return page(f"<table><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>{body}</tbody></table>")


def rows(events: list[dict]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(event["title"], event["start"], event["end"], event["venue_name"]) for event in events]


# --- _page_day_headings: part-of-day words inside a name, day headings, "Saturday after …" ---------------------------


def test_a_name_that_opens_with_a_part_of_the_day_is_the_name() -> None:
    events = read_en(
        cards(
            "<h3>Afternoon Tea Dance</h3><p>Saturday 15 March 2031, 2pm</p><p>Village Hall</p>",
            "<h3>Morning Glory</h3><p>Sunday 16 March 2031, 7:30pm</p><p>Village Hall</p>",
        )
    )
    assert [(event["title"], event["start"]) for event in events] == [
        ("Afternoon Tea Dance", "2031-03-15T14:00:00+00:00"),
        ("Morning Glory", "2031-03-16T19:30:00+00:00"),
    ]


@pytest.mark.parametrize(
    "title", ["Afternoon Tea Dance", "Morning Glory", "Evening Star Walk", "Night Owls", "Tarde de toros", "Abendmusik"]
)
def test_a_name_with_a_part_of_the_day_in_it_is_no_part_of_the_day(title: str) -> None:
    assert not part_of_day(title)


@pytest.mark.parametrize("title", ["Afternoon", "MADRUGADA", "Evening:", "Soirée", "Nachmittag"])
def test_a_part_of_the_day_alone_is_one(title: str) -> None:
    assert part_of_day(title)


@pytest.mark.parametrize(
    "title", ["Day 1", "Day One Workshop", "Day of the Dead Parade 2 November", "Jazz Day 12 June"]
)
def test_a_day_heading_with_a_name_or_a_count_is_no_bare_day(title: str) -> None:
    assert not day_heading(title)


def test_conference_days_counted_keep_their_headings_and_times() -> None:
    events = read_en(
        cards(
            "<h3>Day 1</h3><h4>Opening keynote</h4><p>12 June 2031, 9am</p>",
            "<h3>Day 2</h3><h4>Workshops</h4><p>13 June 2031, 9am</p>",
        )
    )
    assert [event["start"] for event in events] == ["2031-06-12T09:00:00+01:00", "2031-06-13T09:00:00+01:00"]


@pytest.mark.parametrize(
    "title",
    [
        "Sunday after 21 January Walk",  # a name after the day it counts: an event of its own
        "Saturday after the 4th: Quiz",
        "Saturday after 9 – Late Club",
        "Friday before 5 o'clock Tea",
    ],
)
def test_a_heading_that_counts_its_day_and_then_names_something_is_kept(title: str) -> None:
    assert not after_day(title)


@pytest.mark.parametrize("title", ["Sábado tras 21 Enero", "Saturday after 21 January", "Samstag nach dem 21. Januar"])
def test_a_heading_that_only_counts_its_day_from_a_date_is_still_no_event(title: str) -> None:
    assert after_day(title)


def test_a_card_named_after_its_counted_day_is_kept() -> None:
    events = read_en(
        cards(
            "<h3>Saturday after the 4th: Quiz</h3><p>6 March 2032, 8pm</p>",
            "<h3>Sunday after 21 January Walk</h3><p>25 January 2032, 10am</p>",
        )
    )
    assert [event["title"] for event in events] == ["Saturday after the 4th: Quiz", "Sunday after 21 January Walk"]
    assert events[0]["start"] == "2032-03-06T20:00:00+00:00"  # the other is dated by its heading's day, as before


def test_a_card_headed_only_by_a_counted_day_is_still_dropped() -> None:
    assert read_es(cards("<h5>Sábado tras 21 Enero</h5><h6>Fiesta</h6><p>Plaza</p>", lang="es")) == []


# --- "time" labels, glued clocks, "desde … hasta" ---------------------------------------------------------------------


def test_a_film_called_time_after_time_keeps_its_name_and_its_doors() -> None:
    events = read_en(
        cards("<h3>Film: Time After Time</h3><p>Saturday 15 March 2031</p><p>Time After Time 1979</p><p>Doors 7pm</p>")
    )
    assert [(event["title"], event["start"]) for event in events] == [
        ("Film: Time After Time", "2031-03-15T19:00:00+00:00")
    ]


@pytest.mark.parametrize("line", ["Time After Time", "Timetable: 9am", "Hora Mendoza", "Oratorio 7pm", "Timeless 8pm"])
def test_a_word_that_only_opens_like_time_is_no_start_label(line: str) -> None:
    assert label_rank(line) != START


@pytest.mark.parametrize("line", ["Time: 7pm", "Hora: 18:30h", "Uhrzeit: 19 Uhr", "Heure : 20h"])
def test_a_time_label_ranks_its_time_as_the_start(line: str) -> None:
    assert label_rank(line) == START


def test_hora_in_a_name_leaves_the_cards_labelled_time() -> None:
    events = read_es(
        cards(
            "<h3>Concierto de Pedro Hora</h3><p>Sábado 15 de mayo de 2032</p><p>Hora 20:00</p>",
            "<h3>Exposición</h3><p>Sábado 15 de mayo de 2032, 11:00</p><p>Hora Mendoza: 12:30 charla</p>",
            lang="es",
        )
    )
    assert [(event["title"], event["start"]) for event in events] == [
        ("Concierto de Pedro Hora", "2032-05-15T20:00:00+02:00"),
        ("Exposición", "2032-05-15T11:00:00+02:00"),
    ]


def test_doors_then_a_labelled_time_start_at_the_labelled_time() -> None:
    events = read_en(cards("<h3>Ceilidh</h3><p>Saturday 15 March 2031</p><p>Doors: 7pm</p><p>Time: 7:30pm</p>"))
    assert [event["start"] for event in events] == ["2031-03-15T19:30:00+00:00"]


@pytest.mark.parametrize(("text", "start"), [("Hora:18:30h", dt.time(18, 30)), ("Time:7pm", dt.time(19))])
def test_a_clock_glued_to_its_labels_colon_is_read(text: str, start: dt.time) -> None:
    found = find_clock(text)
    assert found is not None
    assert found.start == start


def test_a_score_or_a_verse_glued_to_a_label_gives_the_card_no_time() -> None:
    events = read_en(
        cards(
            "<h3>Cup Final</h3><p>Saturday 15 March 2031, 3pm</p><p>Result:2:1</p>",
            "<h3>Bible Study</h3><p>Sunday 16 March 2031, 7pm</p><p>John:3:16</p>",
        )
    )
    assert [event["start"] for event in events] == ["2031-03-15T15:00:00+00:00", "2031-03-16T19:00:00+00:00"]


def test_desde_hasta_is_a_range_of_the_day_and_years_are_no_clock() -> None:
    events = read_es(
        cards(
            "<h3>Mercadillo</h3><p>Sábado 15 de mayo de 2032</p><p>desde las 10:00 hasta las 14:00</p>",
            "<h3>Feria</h3><p>Domingo 16 de mayo de 2032, 12:00</p><p>Celebrada desde 1980 hasta 2031 en la plaza</p>",
            lang="es",
        )
    )
    assert [(event["start"], event["end"]) for event in events] == [
        ("2032-05-15T10:00:00+02:00", "2032-05-15T14:00:00+02:00"),
        ("2032-05-16T12:00:00+02:00", None),
    ]


def test_a_shops_time_label_with_bare_hours_makes_no_event() -> None:
    events = read_en(page("<h1>Opening times</h1><h3>Morning</h3><p>Monday 3 March 2031 onwards</p><p>Time: 9am</p>"))
    assert events == []


# --- _page_weekday_lists ------------------------------------------------------------------------------------------------


def _listed(text: str) -> list[tuple[dt.date, dt.date | None]]:
    today = dt.date(2031, 1, 1)
    return [(hit.date, hit.end_date) for hit in weekday_lists(text, find_dates(text, year_hint=2031, today=today))]


@pytest.mark.parametrize(
    "text",
    [
        "Sat 1st / Sat 8th March 2031",  # a weekly class's Saturdays: two days, not a run
        "Sat 1st, Sat 8th, Sat 15th March 2031",
        "Sat 1st and Sat 15th March 2031",
        "Sun 16th, Fri 14th March 2031",  # the wrong order
        "Sat 15th - Fri 14th March 2031",
        "Thu 14th - Sat 15th March 2031",  # the 14th is a Friday
    ],
)
def test_days_that_do_not_run_one_after_another_are_no_run(text: str) -> None:
    assert all(start.day != 1 and start.day != 14 or end is None for start, end in _listed(text))
    assert [start for start, _ in _listed(text)][-1:] != [dt.date(2031, 3, 1)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Fri 14th - Sat 15th March 2031", 14),
        ("Fri 14th, Sat 15th, Sun 16th March 2031", 14),
        ("Sat 15th / Sun 16th March 2031", 15),
        ("Sat 1st - Sat 8th March 2031", 1),  # a dash joins any run
    ],
)
def test_days_that_run_one_after_another_are_one_run(text: str, first: int) -> None:
    assert _listed(text)[0][0] == dt.date(2031, 3, first)


def test_a_weekly_class_on_two_saturdays_is_not_a_week_long_event() -> None:
    events = read_en(table(("Sat 1st / Sat 8th March 2031", "Coaching"), ("Sat 22nd March 2031", "Match")))
    assert [(event["start"], event["end"]) for event in events] == [("2031-03-08", None), ("2031-03-22", None)]


def test_a_tours_dates_with_towns_between_are_no_run() -> None:
    events = read_en(cards("<h3>The Band: UK Tour</h3><p>Fri 14th Leeds, Sat 15th Manchester, Sun 16th March 2031</p>"))
    assert [event["end"] for event in events] == [None]


# --- _page_title_clocks -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Quiz £7.50 - 9.30pm",  # a price, then the hours: not a range from the price
        "Match 6.30 vs 9 Men",
        "Choir sings 9 to 5",
        "Reunion Class of 1990 - 2000",
        "Expo 1900 - 2031",
        "Route 9 to 5 Walk",
        "7pm Club Night",
    ],
)
def test_a_row_name_whose_end_is_no_time_keeps_its_name(title: str) -> None:
    entry = Entry(day=dt.date(2031, 5, 7), title=title)
    title_clock(entry)
    assert (entry.title, entry.time) == (title, None)


@pytest.mark.parametrize(
    ("title", "name", "start"),
    [
        ("Working Bee 6.30 - 9 pm", "Working Bee", dt.time(18, 30)),
        ("Dance at 8pm Sat", "Dance", dt.time(20)),
        ("Jam Session - 7.30 pm", "Jam Session", dt.time(19, 30)),
    ],
)
def test_a_row_name_ending_in_its_hours_gives_them_up(title: str, name: str, start: dt.time) -> None:
    entry = Entry(day=dt.date(2031, 5, 7), title=title)
    title_clock(entry)
    assert (entry.title, entry.time) == (name, start)


def test_a_price_before_the_hours_leaves_the_row_as_written() -> None:
    events = read_en(table(("15 March 2031", "Quiz £7.50 - 9.30pm"), ("22 March 2031", "Bingo £2")))
    assert [(event["title"], event["start"]) for event in events] == [
        ("Quiz £7.50 - 9.30pm", "2031-03-15"),
        ("Bingo £2", "2031-03-22"),
    ]


def test_a_row_named_with_a_year_range_keeps_its_years() -> None:
    events = read_en(table(("15 March 2031", "Reunion Class of 1990 - 2000"), ("22 March 2031", "Reunion Dinner")))
    assert [(event["title"], event["start"]) for event in events][0] == ("Reunion Class of 1990 - 2000", "2031-03-15")


# --- _page_month_year_spans ---------------------------------------------------------------------------------------------


def test_a_day_before_a_month_and_year_that_is_not_the_years_last_digits_is_a_day() -> None:
    events = read_en(
        cards(
            "<h3>Harvest Fair</h3><p>Sep 30 – Oct 2031 programme</p><p>10am</p>",
            "<h3>Halloween Trail</h3><p>Oct 31 – Nov 2033</p><p>6pm</p>",
        )
    )
    assert [event["start"][:10] for event in events] == ["2031-09-30", "2031-10-31"]


# --- _page_dashed_places in tables --------------------------------------------------------------------------------------


def test_a_subtitle_after_a_dash_is_no_place() -> None:
    events = read_en(
        table(("15 March 2031", "Jay-Z – Live at the Arena"), ("22 March 2031", "Spring Gala - Live at the Town Hall"))
    )
    assert [(event["title"], event["venue_name"]) for event in events] == [
        ("Jay-Z – Live at the Arena", None),
        ("Spring Gala - Live at the Town Hall", None),
    ]


def test_the_other_side_of_a_fixture_is_no_place() -> None:
    events = read_en(
        table(("15 March 2031", "First XI - Riverside Park Rangers"), ("22 March 2031", "First XI - Hall Green United"))
    )
    assert [event["venue_name"] for event in events] == [None, None]


def test_a_segment_that_is_another_rows_name_is_a_side() -> None:
    entries = [
        Entry(day=dt.date(2031, 3, 10), title="Pala Norte - Club Sur"),
        Entry(day=dt.date(2031, 3, 12), title="Club Sur - Los Robles"),
    ]
    assert [entry.location for entry in dashed_places(entries)] == [None, None]


def test_a_hall_after_a_dash_in_a_table_is_still_the_place() -> None:
    events = read_en(
        table(("15 March 2031", "Quiz Night - Village Hall"), ("22 March 2031", "Bingo Night - Church Hall"))
    )
    assert [(event["title"], event["venue_name"]) for event in events] == [
        ("Quiz Night", "Village Hall"),
        ("Bingo Night", "Church Hall"),
    ]


def test_a_subtitle_without_a_places_word_stays_in_the_name() -> None:
    events = read_en(
        table(("15 March 2031", "Hamlet - The Royal Court Production"), ("22 March 2031", "Macbeth - Theatre of Blood"))
    )
    assert [event["venue_name"] for event in events] == [None, None]


# --- events.pipeline.title_pending --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Nothing Followed By", "Nothing Followed By"),  # a name that ends with the words
        ("Followed by the Light", "Followed by the Light"),
        ("Details to Follow", "Details to Follow"),
        ("The Details - to follow soon", "The Details - to follow soon"),
        ("Details: TBC", "Details: TBC"),
        ("Dinner, followed by", "Dinner"),
        ("AGM - followed by", "AGM"),
        ("Mystery Tour - Details to follow", "Mystery Tour"),
        ("Ghost Walk (more details soon)", "Ghost Walk"),
        ("Gig - details TBA", "Gig"),
    ],
)
def test_only_a_tail_that_promises_details_or_leads_on_is_cut(title: str, name: str) -> None:
    assert without_pending_tail(title) == name
    assert clean_title(title).title == name


# --- hard negatives: a menu, a timetable, a shop ------------------------------------------------------------------------


def test_a_cafes_menu_by_part_of_the_day_makes_no_timed_events() -> None:
    events = read_en(
        page(
            "<h1>Menu</h1><h3>Morning</h3><p>Full breakfast £9.50</p><h3>Afternoon</h3>"
            "<p>Afternoon tea £15 served 2pm - 5pm</p><h3>Evening</h3><p>Set menu £25 from 6pm</p>"
        )
    )
    assert events == []


def test_a_shops_time_line_of_bare_hours_gives_no_event() -> None:
    events = read_en(page("<h1>Visit our shop</h1><p>Open Monday to Saturday</p><p>Time: 9-5</p>"))
    assert events == []


@pytest.mark.parametrize(
    "text", ["Sat 15th &amp; Sun 16th March 2031", "Sat 15th & Sun 16th March 2031", "Sat 15th and Sun 16th March 2031"]
)
def test_two_days_joined_by_and_are_no_run_but_the_two_days_an_event_is_held_on(text: str) -> None:
    # left32's convention (a fair on "Sat 14 & Sun 15 June" is an event each day): found by CI after pages102 made
    # such a pair one run from the 14th to the 15th.
    assert all(end is None for _start, end in _listed(text.replace("&amp;", "&")))
