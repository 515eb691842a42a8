"""Page-reading misses left by earlier batches (helper pageleft, issue #13), each rule on small pages of our own with
a hard negative:

1. A listing's "Previous events" table beside its upcoming one (batch 59's racing league: 21 past rows printed):
   rows under a heading that says they are past, all before the reading day, on a page that lists what is coming,
   are left out (_page_past_sections). Not: a page that is only an archive, a past-labelled section with a coming
   row, a heading that only mentions the past.
2. A "Name/date" column (batch 60's fight-statistics table: rows titled "Meeting", no link): the cell's link names
   the row and is its page (_page_name_date). Not: a "Date" column alone, a document link in the cell.
3. A tournament page's stage sub-navigation ("May 7–18 Playoffs", batch 60: two extra events): runs of days inside
   the page's event's run, linked under its own address, are its parts (_page_event_parts). Not: a festival's
   single-day concerts, a run linked elsewhere, a run reaching outside.
4. A year-less date two days before "now" ("8 maj" read on 10 May, batch 57's news page: moved to next year) is
   this year's (_page_dates.just_past). Not: a week or more before (the next one, as earlier tests hold), a weekday
   that does not fit.
5. A showings line past midnight ("21:30, 23:45, 0:15": refused, or 00:15 of the evening's day) gives the small
   hours' showing the next day (_page_small_hours). Not: an afternoon then a small hour. ("Mo–Fr 9:00–17:00" as
   opening hours was tried in find_clock and withdrawn: test_page_show_times reads an exhibition's "Mon–Fri
   9:00–17:00" under its run as its hours, a decided reading.)
6. A school's study day ("Studiedag 12 maj" over "Skolan stänger 13:00.", batch 57) is a closure notice, held as
   "No school" already was (_page_words.CLOSURE, closing_day). Not: the English "study day" of talks, a bake sale
   over the school's closing hour.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_dates import find_dates
from sources.adapters._page_name_date import name_and_date
from sources.adapters._page_words import closing_day, reads_as_closure
from tests.sources.helpers import local_minute, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")

read_league = functools.partial(
    read_page,
    url="https://league.example.org/events/",
    zone=LONDON,
    start=dt.datetime(2021, 11, 27),  # noqa: DTZ001
)


# --- 1. a listing's own past --------------------------------------------------------------------------------------
def race_table(heading: str, rows: list[tuple[int, str, str]]) -> str:
    body = "".join(
        f"<tr><td>{number}</td><td>Tuesday<br />{day}</td>"
        f"<td><a href='https://league.example.org/event/{number}/'>{name}</a></td></tr>"
        for number, day, name in rows
    )
    return (
        f"<h3>{heading}</h3><p>Some of these dates may change.</p><table class='some-list'><thead><tr><th>#</th>"
        f"<th>Date</th><th>Event</th></tr></thead><tbody>{body}</tbody></table>"
    )


UPCOMING = [(1, "Nov 30th 2021", "Street Stocks at Road America"), (2, "Dec 7th 2021", "Week 13 short")]
UPCOMING += [(3, "Dec 14th 2021", "DW12s at Summit Point")]
PAST = [(233, "Nov 23rd 2021", "Formula Vees at Oulton Park"), (232, "Nov 16th 2021", "Street Stocks at Phoenix")]
PAST += [(231, "Nov 9th 2021", "Indycars at Daytona road")]


def league(*sections: str) -> str:
    return f"<html><head><title>Events - League</title></head><body><main><article>{''.join(sections)}</article></main></body></html>"


def test_a_previous_events_table_beside_the_upcoming_one_is_left_out() -> None:
    events = read_league(league(race_table("Upcoming events", UPCOMING), race_table("Previous events", PAST)))
    assert [(event["title"], event["start"]) for event in events] == [
        ("Street Stocks at Road America", "2021-11-30"),
        ("Week 13 short", "2021-12-07"),
        ("DW12s at Summit Point", "2021-12-14"),
    ]
    archive = read_league(league(race_table("Upcoming events", UPCOMING), race_table("Event archive", PAST)))
    assert len(archive) == 3  # "Archive" says so too


def test_a_page_that_is_only_an_archive_keeps_its_rows() -> None:
    events = read_league(league(race_table("Previous events", PAST)))
    assert [event["title"] for event in events] == [name for _, _, name in PAST]


def test_a_past_labelled_section_with_a_coming_row_or_a_heading_that_only_mentions_the_past_is_kept() -> None:
    mixed = [*PAST[:2], (234, "Dec 21st 2021", "Special event")]
    events = read_league(league(race_table("Upcoming events", UPCOMING), race_table("Previous events", mixed)))
    assert len(events) == 6
    mentions = read_league(league(race_table("Upcoming events", UPCOMING), race_table("Past events and plans", PAST)))
    assert len(mentions) == 6


# --- 2. a "Name/date" column ----------------------------------------------------------------------------------------
def fights(header: str, link: str = "UFC 300: Pereira vs Hill", href: str = "/event-details/aaa111") -> str:
    row = (
        "<tr><td><i class='content'><a href='{href}'>{link}</a> <span class='date'>{day}</span></i></td>"
        "<td>{place}</td></tr>"
    )
    rows = row.format(href=href, link=link, day="April 13, 2024", place="Las Vegas, Nevada, USA") + row.format(
        href="/event-details/bbb222", link="UFC 299: O'Malley vs Vera 2", day="March 09, 2024", place="Miami, Florida"
    )
    return f"<table><thead><tr><th>{header}</th><th>Location</th></tr></thead><tbody>{rows}</tbody></table>"


read_fights = functools.partial(
    read_page,
    url="http://stats.example.com/events",
    zone=LOS_ANGELES,
    start=dt.datetime(2024, 3, 1),  # noqa: DTZ001
)


def test_a_name_and_date_column_names_its_rows_by_their_link() -> None:
    events = read_fights(fights("Name/date"))
    assert [(event["title"], event["start"], event["url"], event["venue_name"]) for event in events] == [
        (
            "UFC 300: Pereira vs Hill",
            "2024-04-13",
            "http://stats.example.com/event-details/aaa111",
            "Las Vegas, Nevada, USA",
        ),
        (
            "UFC 299: O'Malley vs Vera 2",
            "2024-03-09",
            "http://stats.example.com/event-details/bbb222",
            "Miami, Florida",
        ),
    ]
    assert [event["url"] for event in read_fights(fights("Event / Date"))][0].endswith("/aaa111")


def test_a_date_column_alone_or_a_document_link_is_no_name() -> None:
    assert name_and_date("Name/date")
    assert name_and_date("Date & Event")
    assert name_and_date("Titel / Datum")
    assert not name_and_date("Date")
    assert not name_and_date("Event date")
    assert not name_and_date("Name")
    plain = [event["title"] for event in read_fights(fights("Date"))]
    assert plain == ["Meeting", "Meeting"]  # a "Date" column is read as before (its link names no gathering)
    agenda = read_fights(fights("Name/date", link="Agenda", href="/docs/agenda.pdf"))
    assert (agenda[0]["title"], agenda[0]["url"]) == ("Meeting", None)  # a document is no name, nor the row's page
    assert agenda[0]["links"] == [{"label": "Agenda", "url": "http://stats.example.com/docs/agenda.pdf"}]


# --- 3. parts of the page's one event -------------------------------------------------------------------------------
def tournament(*parts: str) -> str:
    return (
        "<html><head><title>VCT 2026: EMEA Stage 1 | Esports</title>"
        "<link rel='canonical' href='https://esports.example.gg/event/2863/emea-stage-1'></head><body>"
        "<div class='wf-card mod-event'><div class='event-header'><a href='/vct'>Champions Tour 2026</a>"
        "<h1 class='event-header-main-title'>VCT 2026: EMEA Stage 1</h1>"
        "<div class='meta'><div class='label'>Dates</div><div class='value'>Apr 1 – May 18, 2026</div>"
        "<div class='label'>Location</div><div class='value'>Riot Games Arena, Berlin</div></div></div></div>"
        f"<div class='wf-subnav'>{''.join(parts)}</div></body></html>"
    )


def stage(href: str, days: str, name: str) -> str:
    return (
        f"<a href='{href}' class='wf-subnav-item'><div><div class='ge-text-light'>{days}</div>"
        f"<div class='wf-subnav-item-title'>{name}</div></div></a>"
    )


read_tournament = functools.partial(
    read_page,
    url="https://esports.example.gg/event/2863/emea-stage-1",
    zone=BERLIN,
    start=dt.datetime(2026, 3, 24),  # noqa: DTZ001
)


def test_a_tournaments_stages_under_its_own_page_are_parts_of_it() -> None:
    page = tournament(
        stage("/event/2863/emea-stage-1/playoffs", "May 7–18", "Playoffs"),
        stage("/event/2863/emea-stage-1/group-stage", "Apr 1–May 2", "Group Stage"),
    )
    events = read_tournament(page)
    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("VCT 2026: EMEA Stage 1", "2026-04-01", "2026-05-18")
    ]


def test_single_days_links_elsewhere_and_runs_reaching_outside_stay_events() -> None:
    page = tournament(
        stage("/event/2863/emea-stage-1/final", "May 18", "Grand Final"),  # one day: an event to list
        stage("https://other.example.org/cup/2026", "Apr 3–5", "Community Cup"),  # another site's page
        stage("/event/2863/emea-stage-1/masters", "May 10–Jun 2", "Masters"),  # reaches past the run
    )
    titles = {event["title"] for event in read_tournament(page)}
    assert {"Grand Final", "Community Cup", "Masters"} <= titles


# --- 4. a year-less date just past ----------------------------------------------------------------------------------
def test_a_year_less_date_two_days_before_now_is_this_years() -> None:
    today = dt.date(2026, 5, 9)  # the reading day of a fetch window starting on 9 May (10 May's "now")
    assert [hit.date for hit in find_dates("Veckobrev v 19 8 maj", year_hint=None, today=today)] == [
        dt.date(2026, 5, 8)
    ]
    assert [hit.date for hit in find_dates("Dec 30", year_hint=None, today=dt.date(2027, 1, 1))] == [
        dt.date(2026, 12, 30)  # across New Year
    ]


def test_a_date_a_week_past_or_with_a_weekday_that_does_not_fit_is_the_next_one() -> None:
    today = dt.date(2026, 5, 9)
    assert [hit.date for hit in find_dates("May 1", year_hint=None, today=today)] == [dt.date(2027, 5, 1)]
    # 8 May 2026 is a Friday: "Monday 8 May" is not the day before, it is 2028's (the weekday picks the year)
    assert [hit.date for hit in find_dates("Monday 8 May", year_hint=None, today=today)] != [dt.date(2026, 5, 8)]


def letter(name: str, day: str, body: str) -> str:
    return (
        "<div class='accordion-group'><div class='accordion-heading'><a class='accordion-toggle' href='#c'>"
        f"<span>{name}</span><div class='accordion-heading-date-wide'>{day}</div></a></div>"
        f"<div class='accordion-body'><p>{body}</p></div></div>"
    )


def test_the_news_pages_letter_is_dated_this_year() -> None:
    page = (
        "<html><head><title>News</title></head><body><div class='h3_bold'>VECKOBREV</div><div class='accordion'>"
        f"{letter('Veckobrev v 19', '8 maj', 'Vecka 19.')}{letter('Veckobrev v 20', '15 maj', 'Vecka 20.')}"
        "</div></body></html>"
    )
    events = read_page(page, url="https://school.example.se/news", zone=STOCKHOLM, start=dt.datetime(2026, 5, 9))  # noqa: DTZ001
    assert [event["start"] for event in events] == ["2026-05-08", "2026-05-15"]  # was 2027-05-08


# --- 5. past midnight ---------------------------------------------------------------------------------
def cinema(times: str) -> str:
    return (
        "<html><body><h1>Cinema</h1>"
        f"<div class='event'><h2>Midnight Movie</h2><p class='date'>Fri 11 Dec 2026</p><p>Showtimes: {times}</p></div>"
        "<div class='event'><h2>Day Film</h2><p class='date'>Sat 12 Dec 2026</p><p>Showtimes: 14:00, 18:00</p></div>"
        "</body></html>"
    )


read_cinema = functools.partial(
    read_page,
    url="https://cine.example.org/",
    zone=BERLIN,
    start=dt.datetime(2026, 12, 1),  # noqa: DTZ001
)


def test_a_showing_past_midnight_is_the_next_days() -> None:
    events = read_cinema(cinema("21:30, 23:45, 0:15"))
    starts = [
        local_minute(dt.datetime.fromisoformat(e["start"]), BERLIN) for e in events if e["title"] == "Midnight Movie"
    ]
    assert starts == ["2026-12-11 21:30", "2026-12-11 23:45", "2026-12-12 00:15"]
    listed = read_cinema(
        "<html><body><div class='event'><h2>Night list</h2><p class='date'>Sat 19 Dec 2026</p>"
        "<ul><li>22:00</li><li>23:45</li><li>0:15</li></ul></div>"
        "<div class='event'><h2>Day Film</h2><p class='date'>Sat 12 Dec 2026</p></div></body></html>"
    )
    night = [local_minute(dt.datetime.fromisoformat(e["start"]), BERLIN) for e in listed if e["title"] == "Night list"]
    assert night == ["2026-12-19 22:00", "2026-12-19 23:45", "2026-12-20 00:15"]


def test_a_small_hour_after_an_afternoon_is_no_night() -> None:
    events = read_cinema(cinema("15:00, 1:00"))
    starts = [e["start"] for e in events if e["title"] == "Midnight Movie"]
    assert not any(start.startswith("2026-12-12") for start in starts)  # refused as before: no showing moved


# --- 6. a study day is a closure ------------------------------------------------------------------------------------
def test_a_schools_study_day_is_a_closure_notice() -> None:
    assert reads_as_closure("Studiedag")
    assert reads_as_closure("INSET day")
    assert reads_as_closure("Journée pédagogique")
    assert closing_day(True, "Thanksgiving Eve")
    page = (
        "<html><body><div class='item'><span>Studiedag 12 maj</span><div>Skolan stänger 13:00.</div></div>"
        "<div class='item'><span>Vårkonsert 20 maj</span><div>Aulan 18:00.</div></div></body></html>"
    )
    events = read_page(page, url="https://school.example.se/news", zone=STOCKHOLM, start=dt.datetime(2026, 5, 9))  # noqa: DTZ001
    held = {event["title"]: any("closure" in line for line in event["evidence"]) for event in events}
    assert held.get("Studiedag") is True
    assert held.get("Vårkonsert") is False


def test_a_study_day_of_talks_and_a_bake_sale_stay_events() -> None:
    assert not reads_as_closure("Study day: Tudor portraits")
    assert not reads_as_closure("Pädagogik-Tagung")
    assert not closing_day(True, "Christmas bake sale")
    assert not closing_day(True, "Open house")
    assert not closing_day(False, "Thanksgiving Eve")
