"""The sixty-eighth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout68.json: measured
once at 51f58720), on small documents of our own:

* A racecourse's day page heads its table with the day alone ("<h4>2016年5月22日（日）</h4>") and gives each race's
  row only its post time ("1R 10:05"): nothing was read. Now the nearest heading above a table, when it is a day
  alone and the table dates none of its rows, dates each row that gives a time alone beside a name
  (``_page_day_tables.day_heading_into_rows``).
* Its month's schedule heads the table with "2010年1月" and starts each row with "5日（火）": nothing was read. Now
  such a month heading is written before each such day (``_page_day_tables.month_heading_into_days``).

Left (the manifest's figures.after): a university's assignment deadlines ("Project 1, contributing 15%" beside
"was due at 11:59pm Wed 19th Aug, 2020"): a line that says "due" before its date is a stamp or a deadline, not a
schedule's row, and a list of deadlines is not taken for a calendar of them; where the line says "closed at", the
row's number ("1.") and the words before the time ("submissions closed") stay in its title.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_day_tables import CJK_DAY, CJK_MONTH
from tests.sources.helpers import read_page

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
LONDON = zoneinfo.ZoneInfo("Europe/London")
# The documents' own frozen clock: the day before their days (read_page places the wall-clock time in the zone).
MAY = dt.datetime(2027, 5, 1, 9, 0)  # noqa: DTZ001

read_tokyo = functools.partial(read_page, url="https://races.example/day/2027-05-22", zone=TOKYO, start=MAY)
read_london = functools.partial(read_page, url="https://meet.example/programme", zone=LONDON, start=MAY)


def starts_and_titles(events: list[dict]) -> list[tuple[str, str]]:
    return [(str(event["start"])[:16], event["title"]) for event in events]


def day_page(heading: str, rows: str, header: str = "<tr><th>R</th><th>Race</th><th>Distance</th></tr>") -> str:
    return f"<html><body><h4>{heading}</h4><p>Course: Eastfield</p><table>{header}{rows}</table></body></html>"


RACES = (
    '<tr><td>1R 10:05</td><td><a href="/r/1">Spring Maiden Plate</a></td><td>1600m</td></tr>'
    '<tr><td>2R 10:40</td><td><a href="/r/2">Riverside Handicap</a></td><td>1400m</td></tr>'
    '<tr><td>3R 11:15</td><td><a href="/r/3">Oakfield Stakes</a></td><td>2000m</td></tr>'
)


# --- 1. a day heading over a table of times ---------------------------------------------------------------------


def test_a_day_heading_dates_a_table_of_post_times() -> None:
    events = read_tokyo(day_page("Saturday 22 May 2027", RACES))
    assert starts_and_titles(events) == [
        ("2027-05-22T10:05", "Spring Maiden Plate"),
        ("2027-05-22T10:40", "Riverside Handicap"),
        ("2027-05-22T11:15", "Oakfield Stakes"),
    ]


def test_a_japanese_day_heading_dates_rows_that_span_two_lines() -> None:
    rows = "".join(
        f'<tr><td rowspan="2"><p>{n}R</p><span>{time}</span></td><td rowspan="2"><a href="/r/{n}">{name}</a></td>'
        f"<th>1着</th><td>ホースA</td></tr><tr><th>2着</th><td>ホースB</td></tr>"
        for n, time, name in ((1, "10:05", "若葉特別"), (2, "10:40", "青葉賞"), (3, "11:15", "欅ステークス"))
    )
    events = read_tokyo(
        day_page("2027年5月22日（土）", rows, header="<tr><th>R</th><th>レース名</th><th colspan=2>着順</th></tr>")
    )
    assert starts_and_titles(events) == [
        ("2027-05-22T10:05", "若葉特別"),
        ("2027-05-22T10:40", "青葉賞"),
        ("2027-05-22T11:15", "欅ステークス"),
    ]


def test_opening_hours_under_a_day_heading_are_no_events() -> None:
    rows = (
        "<tr><td>Monday</td><td>9:00</td></tr><tr><td>Tuesday</td><td>9:00</td></tr>"
        "<tr><td>Wednesday</td><td>10:00</td></tr>"
    )
    events = read_london(day_page("Saturday 22 May 2027", rows, header="<tr><th>Day</th><th>Opens</th></tr>"))
    assert [event for event in events if str(event["start"]).startswith("2027-05-22")] == []


def test_finishing_times_under_a_race_day_are_no_start_times() -> None:
    rows = (
        "<tr><td>2:10:05</td><td>Anna Berg</td></tr><tr><td>2:11:40</td><td>Carla Diaz</td></tr>"
        "<tr><td>2:12:02</td><td>Eva Fox</td></tr>"
    )
    events = read_london(day_page("Sunday 23 May 2027", rows, header="<tr><th>Time</th><th>Runner</th></tr>"))
    assert [event for event in events if str(event["start"]).startswith("2027-05-23")] == []


def test_a_heading_that_says_more_than_a_day_dates_no_rows() -> None:
    events = read_tokyo(day_page("Results archive, updated Saturday 22 May 2027", RACES))
    assert events == []


def test_rows_that_give_their_own_dates_keep_them() -> None:
    rows = (
        '<tr><td>Fri 28 May 2027 19:30</td><td><a href="/e/1">Quiz Night</a></td><td>Hall</td></tr>'
        '<tr><td>Sat 29 May 2027 20:00</td><td><a href="/e/2">Folk Session</a></td><td>Bar</td></tr>'
    )
    events = read_london(day_page("Saturday 22 May 2027", rows))
    assert starts_and_titles(events) == [("2027-05-28T19:30", "Quiz Night"), ("2027-05-29T20:00", "Folk Session")]


# --- 2. a CJK month heading over rows of bare days ----------------------------------------------------------------


def month_page(heading: str, rows: str) -> str:
    return (
        f'<html><body><div class="head"><h3>{heading}</h3></div><table><tr><th>開催日</th><th>主なレース</th></tr>'
        f"{rows}</table></body></html>"
    )


MEETINGS = (
    '<tr><td>5日（土）<a href="/d/1">1回東都1日</a></td><td><a href="/r/11">新春ステークス</a></td></tr>'
    '<tr><td>6日(日)<a href="/d/2">1回東都2日</a></td><td><a href="/r/12">寒椿賞</a></td></tr>'
    '<tr><td>12日（土・祝）<a href="/d/3">1回東都3日</a></td><td><a href="/r/13">初霜特別</a></td></tr>'
)


def test_a_cjk_month_heading_gives_its_rows_days_their_month() -> None:
    events = read_tokyo(month_page("2027年6月", MEETINGS))
    assert [str(event["start"])[:10] for event in events] == ["2027-06-05", "2027-06-06", "2027-06-12"]


def test_rows_that_start_with_another_count_take_no_month() -> None:
    rows = MEETINGS.replace("5日（土）", "").replace("6日(日)", "").replace("12日（土・祝）", "")
    assert read_tokyo(month_page("2027年6月", rows)) == []


def test_a_heading_that_says_more_than_a_month_gives_none() -> None:
    assert CJK_MONTH.match("2027年6月の日程") is None
    assert read_tokyo(month_page("2027年6月の日程表", MEETINGS)) == []


def test_the_cjk_patterns() -> None:
    month = CJK_MONTH.match("2010 年 1 月")
    assert month is not None
    assert (month.group("year"), month.group("month")) == ("2010", "1")
    assert CJK_DAY.match("31日（日）1回京都8日") is not None
    assert CJK_DAY.match("5日") is not None
    assert CJK_DAY.match("1回中山1日") is None
    assert CJK_DAY.match("1日券 2,000円") is None
    assert CJK_DAY.match("32日（月）") is None
