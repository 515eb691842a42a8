"""The `html` adapter on ordinary pages a reviewer wrote to probe the page rules (issue #13 review): what a
rule learnt from one real page must not read on another. Each test is a minimal page of its own; a fixed
window (2027)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._page_dates import find_dates
from tests.sources.helpers import parse_page

ZONE = zoneinfo.ZoneInfo("America/Los_Angeles")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://agency.example/meetings"
TODAY = dt.date(2027, 1, 1)


def parse(body: str, *, base: str | None = BASE, start: dt.datetime = START) -> list:
    return parse_page(body, zone=ZONE, base=base, start=start)


def page(body: str, title: str = "Events | Example") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def table(heading: str, rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{day}</td><td>{time}</td><td>{name}</td></tr>" for day, time, name in rows)
    return f"<h2>{heading}</h2><table><tr><th>Date</th><th>Time</th><th>Artist</th></tr>{cells}</table>"


ROWS = [("Dec 12", "8 pm", "The Quartet"), ("Dec 19", "8 pm", "Sara Lee Trio")]


# --- 1. a heading's year ------------------------------------------------------------------------------------
def test_a_history_heading_gives_no_year_to_the_table_under_it():
    events = parse(page(table("Live music since 1987", ROWS)))
    assert [event.start.year for event in events] == [2027, 2027]


def test_a_season_spanning_two_years_gives_its_first_year_to_its_december_rows():
    # December of the 2026-27 season is December 2026 (test_pages_seasons.py: the rows after January, 2027).
    events = parse(page(table("2026-27 Season Fixtures", ROWS)))
    assert {event.start.year for event in events} == {2026}


def test_a_year_far_ahead_is_not_the_tables_year():
    events = parse(page(table("Vision 2040", ROWS)))
    assert {event.start.year for event in events} == {2027}


def test_a_schedule_headings_year_is_still_the_tables_year():
    events = parse(page(table("2025 Concert Schedule", ROWS)))
    assert {event.start.year for event in events} == {2025}
    events = parse(page(table("2025", ROWS)))
    assert {event.start.year for event in events} == {2025}


def test_a_history_line_gives_no_year_to_the_lines_under_it():
    body = (
        "<h3>Open since 2024</h3><ul><li>Board meeting — March 3, 7 pm</li><li>Board meeting — April 7, 7 pm</li></ul>"
    )
    events = parse(page(body))
    assert [event.start.year for event in events] == [2027, 2027]


# --- 2, 3. dotted dates -------------------------------------------------------------------------------------
EURO = "<ul><li>05.03.2027 19:00 Lesung</li><li>14.03.2027 19:00 Vortrag</li><li>02.04.2027 18:30 Filmabend</li></ul>"


def test_one_dotted_date_with_a_first_part_over_12_makes_all_of_the_pages_dotted_dates_day_first():
    events = parse(page(EURO))  # a US zone, but "14.03.2027" can only be day first
    assert [event.start.date() for event in events] == [dt.date(2027, 3, 5), dt.date(2027, 3, 14), dt.date(2027, 4, 2)]


def test_a_page_in_another_language_reads_ambiguous_dotted_dates_day_first():
    body = "<ul><li>05.03.2027 19:00 Lesung</li><li>02.04.2027 18:30 Filmabend</li></ul>"
    html = f'<html lang="de"><head><title>Termine</title></head><body>{body}</body></html>'
    assert [event.start.date() for event in parse(html)] == [dt.date(2027, 3, 5), dt.date(2027, 4, 2)]


def test_a_section_or_version_number_is_not_a_dotted_date():
    assert find_dates("Per Section 4.12.10 of the code, meetings may be recorded.", year_hint=None, today=TODAY) == []
    assert find_dates("Version 2.4.11 fixes the login bug", year_hint=None, today=TODAY) == []
    assert find_dates("See Chapter 1.08.20 for penalties.", year_hint=None, today=TODAY) == []
    assert find_dates("Fixed in 3.10.24, adds dark mode", year_hint=None, today=TODAY) == []  # no meeting word
    assert find_dates("7.21.22 Regular Agenda", year_hint=None, today=TODAY)[0].date == dt.date(2022, 7, 21)


def test_a_changelog_is_no_schedule():
    body = (
        "<h1>Release notes</h1><ul><li>Version 2.4.11 fixes the login bug</li><li>Version 3.10.24 adds dark mode</li>"
        "</ul><ul><li>Per Section 4.12.10 of the code, meetings may be recorded.</li>"
        "<li>See Chapter 1.08.20 for penalties.</li></ul>"
    )
    assert parse(page(body, title="Release notes")) == []


# --- 4, 5. the cost of a long page grows with the page, not with its square ---------------------------------
def counting(monkeypatch, module, name: str) -> dict[str, int]:
    """Wrap ``module.name`` to count its calls and the characters of text it was given."""
    seen = {"calls": 0, "chars": 0}
    original = getattr(module, name)

    def wrapper(text, *args, **kwargs):
        seen["calls"] += 1
        seen["chars"] += len(text)
        return original(text, *args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return seen


def test_a_date_lines_row_is_read_only_as_far_as_one_meetings_row_goes(monkeypatch):
    from sources.adapters import _page_line_neighbours, _page_schedule_lines

    rows = "".join(
        f"<div><span>March {day % 28 + 1}, 2027</span></div><div>Board of Directors number {day}</div>"
        for day in range(400)
    )
    seen = counting(monkeypatch, _page_schedule_lines, "find_dates")
    seen_rows = counting(monkeypatch, _page_line_neighbours, "find_dates")  # the rows' lines, read there
    events = parse(page(f"<h1>Meetings</h1><div class='list'>{rows}</div>"))
    assert len(events) >= 2
    # Each date line's row test read the whole list (~30,000 characters) 400 times: 12 million characters.
    assert 0 < seen["chars"] + seen_rows["chars"] < 2_000_000


def test_a_sections_lines_are_read_once_for_its_defaults(monkeypatch):
    from sources.adapters import _page_schedule

    items = "".join(f"<li>March {day % 28 + 1}, 2027 Meeting {day}</li>" for day in range(300))
    seen = counting(monkeypatch, _page_schedule, "_defaults_in")
    events = parse(page(f"<h1>Dates</h1><ul>{items}</ul>"))
    assert len(events) >= 2
    assert seen["calls"] < 2_000  # once per line and entry at most, not once per line for every entry (45,000)


# --- 6. a diary under date headings -------------------------------------------------------------------------
def test_a_sentence_under_a_date_heading_gives_no_hours_and_no_place():
    body = (
        "<h1>Anna's garden</h1><h2>March 3, 2027</h2><p>The tulips came up today.</p>"
        "<p>I woke at 7 am to water them before work.</p>"
        "<p>We bought seeds at 123 Main Street, the old hardware store.</p>"
        "<h2>March 10, 2027</h2><p>Frost again last night, sadly.</p>"
    )
    first = parse(page(body))[0]
    assert (first.start, first.all_day) == (dt.date(2027, 3, 3), True)  # not 7 am
    assert not first.venue_name


# --- 8. another body's documents the same day ---------------------------------------------------------------
def test_another_bodys_agenda_the_same_day_is_not_joined_to_the_meeting():
    body = (
        "<ul><li>March 3, 2027 6:00 PM City Council Regular Meeting</li>"
        '<li>March 3, 2027 <a href="https://oak.example/pc-agenda.pdf">Planning Commission Agenda</a></li>'
        "<li>March 17, 2027 6:00 PM City Council Regular Meeting</li>"
        '<li>March 17, 2027 <a href="https://oak.example/cc-agenda.pdf">City Council Agenda</a></li></ul>'
    )
    events = parse(page(body))
    council = [event for event in events if event.title == "City Council Regular Meeting"]
    assert council[0].links == []
    assert any(link["url"] == "https://oak.example/pc-agenda.pdf" for event in events for link in event.links)
    assert council[1].links == [{"label": "City Council Agenda", "url": "https://oak.example/cc-agenda.pdf"}]


# --- 7. a blog's bylines ------------------------------------------------------------------------------------
def post(slug: str, title: str, day: str, extra: str = "") -> str:
    return (
        f'<div class="post"><h2><a href="https://anna.example/{slug}">{title}</a></h2>'
        f'<ul class="meta"><li>{day}</li><li>By Anna</li>{extra}</ul><p>A few words.</p></div>'
    )


def test_a_blogs_byline_lists_are_not_a_schedule_of_meetings_by_anna():
    body = (
        post("soup", "Spring pea soup", "March 3, 2027", "<li>4 comments</li>")
        + post("bread", "Rye bread session", "February 20, 2027")
        + post("gnocchi", "Gnocchi workshop recap", "February 11, 2027")
    )
    events = parse(page(f"<h1>Cooking with Anna</h1>{body}", title="Cooking with Anna"))
    assert not [event for event in events if event.title.startswith("By ")]
    assert len(events) <= 1


# --- 9, 10. a note in a dated line --------------------------------------------------------------------------
def test_an_amended_agendas_time_is_the_meetings():
    body = (
        "<ul><li>June 4, 2027 – Amended Agenda – 6:00 PM</li><li>June 18, 2027 – Revised start time 7:00 PM</li>"
        "<li>July 2, 2027 – Posted June 20, 2027 4:53 PM</li></ul>"
    )
    events = parse(page(body))
    assert [event.start for event in events[:2]] == [
        dt.datetime(2027, 6, 4, 18, tzinfo=ZONE),
        dt.datetime(2027, 6, 18, 19, tzinfo=ZONE),
    ]
    assert events[2].start == dt.date(2027, 7, 2)  # the time is the posting's


def test_a_program_via_zoom_keeps_its_name():
    body = "<ul><li>March 3, 2027 - Yoga via Zoom</li><li>March 10, 2027 - Sacramento and via Webinar</li></ul>"
    first, second = parse(page(body))
    assert first.title == "Yoga via Zoom"
    assert second.venue_name == "Sacramento and via Webinar"


# --- 16. the hidden-element cap counts styled elements ------------------------------------------------------
def test_a_sort_key_is_hidden_after_many_plain_elements():
    from sources.adapters import _page_prepare

    plain = "<span>x</span>" * (_page_prepare.MAX_HIDDEN + 500)
    rows = "".join(
        f'<tr><td>City Council</td><td><span style="display:none">17410{day}400</span>March {day}, 2027</td></tr>'
        for day in (3, 17)
    )
    body = f"<div class='nav'>{plain}</div><table><tr><th>Meeting</th><th>Date</th></tr>{rows}</table>"
    events = parse(page(body))
    assert [event.start for event in events] == [dt.date(2027, 3, 3), dt.date(2027, 3, 17)]


# --- 15. a length is not a duration -------------------------------------------------------------------------
def test_a_length_column_and_bare_metres_give_no_end():
    body = (
        "<table><tr><th>Event</th><th>Date</th><th>Time</th><th>Length</th></tr>"
        "<tr><td>Freestyle heats</td><td>April 5, 2027</td><td>10:00 AM</td><td>50 m</td></tr>"
        "<tr><td>Backstroke final</td><td>April 5, 2027</td><td>2:00 PM</td><td>1 h</td></tr></table>"
        "<table><tr><th>Course</th><th>Date</th><th>Time</th><th>Duration</th></tr>"
        "<tr><td>First Aid</td><td>March 8, 2027</td><td>9:00 AM</td><td>10 m</td></tr>"
        "<tr><td>Welding</td><td>March 9, 2027</td><td>9:00 AM</td><td>1h 30m</td></tr></table>"
    )
    ends = {event.title.split(" - ")[-1]: event.end for event in parse(page(body))}
    assert ends["Freestyle heats"] is None
    assert ends["Backstroke final"] is None
    assert ends["First Aid"] is None
    assert ends["Welding"] == dt.datetime(2027, 3, 9, 10, 30, tzinfo=ZONE)


# --- 11, 12. events that are not news -----------------------------------------------------------------------
def test_cards_linking_into_a_news_and_events_section_are_events():
    cards = "".join(
        f'<article class="event"><h3><a href="https://elm.example/news-and-events/{slug}">{name}</a></h3>'
        f"<p>Saturday, July {day}, 2027</p><p>Town Green</p></article>"
        for slug, name, day in (("festival", "Summer Festival", 10), ("fireworks", "Fireworks Night", 17))
    )
    events = parse(page(f"<h2>Upcoming</h2>{cards}"))
    assert [event.confidence > 0.3 for event in events] == [True, True]


def test_announcements_and_new_releases_headings_hold_events():
    body = (
        "<h2>Parish Announcements</h2><ul><li>Sunday, March 7, 2027 - Pancake breakfast in the hall</li>"
        "<li>Saturday, March 13, 2027 - Spring rummage sale</li></ul>"
        "<h2>New Releases</h2><ul><li>March 6, 2027 - Album release party</li><li>March 20, 2027 - Film premiere night</li></ul>"
        "<h2>Upcoming</h2><ul><li>March 3, 2027 - Public forum on water issues</li><li>March 4, 2027 - Quiz night</li></ul>"
    )
    events = parse(page(body))
    assert len(events) == 6
    assert all(event.confidence > 0.3 for event in events)


def test_a_bodys_headline_is_still_news():
    body = "<ul><li>March 3, 2027 - Council approves budget</li><li>March 4, 2027 - Board names new director</li></ul>"
    assert all(event.confidence <= 0.3 for event in parse(page(body)))


# --- 13. a remark after the date is no place ----------------------------------------------------------------
def test_a_remark_after_a_named_date_is_not_its_place():
    body = "<ul><li>Book Sale: March 7, 2027 - Members only</li><li>Plant Swap: March 14, 2027 - Town Green</li></ul>"
    first, second = parse(page(body))
    assert first.venue_name is None
    assert "Book Sale" in first.title
    assert (second.title, second.venue_name) == ("Plant Swap", "Town Green")


# --- 14. a link about a meeting is not its name -------------------------------------------------------------
def test_a_link_about_a_meeting_does_not_name_the_rows_event():
    body = (
        "<h1>Bookings</h1><table><tr><th>Date</th><th>Room</th></tr>"
        '<tr><td>March 4, 2027 <a href="https://cc.example/r/2">Photos from last year\'s Leadership Summit</a></td>'
        "<td>Hall B</td></tr>"
        '<tr><td>March 5, 2027 <a href="https://cc.example/r/3">Register for the Sales Meeting</a> Product launch party'
        "</td><td>Hall C</td></tr>"
        '<tr><td>March 6, 2027 <a href="https://cc.example/r/4">Regular Meeting of the Board</a></td><td>Hall D</td></tr>'
        "</table>"
    )
    titles = [event.title for event in parse(page(body))]
    assert "Photos from last year's Leadership Summit" not in titles
    assert titles[1:] == ["Product launch party", "Regular Meeting of the Board"]


def test_a_price_or_vintage_with_two_dotted_digits_is_no_date():
    assert find_dates("House wine 5.12.24 vintage special", year_hint=None, today=TODAY) == []
    assert find_dates("Tiramisu 6.5.0", year_hint=None, today=TODAY) == []
