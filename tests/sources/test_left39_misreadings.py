"""Misreadings earlier sessions noticed and left (issue #13, helper left39), each reproduced on a small document
through the real extractor, mended generically, with its hard negatives.

1. Naive times that are UTC beside a field naming the local zone, told by a twin field that writes the same moment
   with its offset (``_json_utc_twins``); a naive time beside a zone with no such twin stays the zone's wall clock.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from events.pipeline.titles import clean_title
from sources.adapters._json_left_counts import remainder_counts
from sources.adapters._json_shapes import Column
from sources.adapters._json_utc_twins import clocks_twin_utc
from tests.sources.helpers import json_reader, read_page

UTC = zoneinfo.ZoneInfo("UTC")
events = json_reader(UTC)


LONDON = zoneinfo.ZoneInfo("Europe/London")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def page(rows: list[tuple[str, str]], heading: str = "What's on at The Red Lion") -> str:
    cells = "".join(f"<tr><td>{day}</td><td>{title}</td></tr>" for day, title in rows)
    return f"<html><body><h1>{heading}</h1><table><tr><th>Date</th><th>Event</th></tr>{cells}</table></body></html>"


def page_days(body: str, zone: zoneinfo.ZoneInfo) -> list[tuple[str, str]]:
    found = read_page(body, url="https://pub.example/whats-on", zone=zone, start=dt.datetime(2031, 1, 2, tzinfo=LONDON))
    return sorted((event["start"][:10], event["title"]) for event in found)


def meeting(name: str, when: str, **more: Any) -> dict[str, Any]:
    return {"id": f"ev-{name[:6]}", "name": name, "when": when, "location": {"name": "Committee Room 4, State House"},
            "extras": {"timezone": "America/New_York"}, **more}  # fmt: skip


def starts(document: object) -> list[str]:
    return [event["start"] for event in events(document)]


# --- 1. naive UTC beside a local zone, told by an offset-stating twin ---------------------------------------------


def test_naive_times_equal_to_a_utc_twin_are_utc() -> None:
    records = [meeting("Budget Committee", "2031-05-01T18:00:00", when_utc="2031-05-01T18:00:00Z"),
               meeting("Judiciary Committee", "2031-05-02T15:00:00", when_utc="2031-05-02T15:00:00Z")]  # fmt: skip
    assert starts({"results": records}) == ["2031-05-01T14:00:00-04:00", "2031-05-02T11:00:00-04:00"]
    # a twin written with the zone's own offset says the same
    records = [meeting("Budget Committee", "2031-05-01T18:00:00", stamp="2031-05-01T14:00:00-04:00"),
               meeting("Judiciary Committee", "2031-05-02T15:00:00", stamp="2031-05-02T11:00:00-04:00")]  # fmt: skip
    assert starts({"results": records}) == ["2031-05-01T14:00:00-04:00", "2031-05-02T11:00:00-04:00"]


def test_naive_times_beside_a_zone_without_a_twin_stay_local() -> None:
    records = [
        meeting("Budget Committee", "2031-05-01T18:00:00"),
        meeting("Judiciary Committee", "2031-05-02T15:00:00"),
    ]
    assert starts({"results": records}) == ["2031-05-01T18:00:00-04:00", "2031-05-02T15:00:00-04:00"]


def test_a_local_copy_beside_its_exact_moment_stays_local() -> None:
    records = [meeting("Budget Committee", "2031-05-01T14:00:00", when_utc="2031-05-01T18:00:00Z"),
               meeting("Judiciary Committee", "2031-05-02T11:00:00", when_utc="2031-05-02T15:00:00Z")]  # fmt: skip
    assert starts({"results": records}) == ["2031-05-01T14:00:00-04:00", "2031-05-02T11:00:00-04:00"]
    assert not clocks_twin_utc(records, {"start": "when"})


def test_a_wall_clock_marked_z_or_another_moment_is_no_twin() -> None:
    # Strava's local wall clock marked "Z" under a key naming the local time; an update stamp at another moment
    local_z = [meeting("Budget Committee", "2031-05-01T18:00:00", when_local="2031-05-01T18:00:00Z"),
               meeting("Judiciary Committee", "2031-05-02T15:00:00", when_local="2031-05-02T15:00:00Z")]  # fmt: skip
    stamped = [meeting("Budget Committee", "2031-05-01T18:00:00", updated_at="2031-04-11T06:30:13Z"),
               meeting("Judiciary Committee", "2031-05-02T15:00:00", updated_at="2031-04-11T06:31:02Z")]  # fmt: skip
    for records in (local_z, stamped):
        assert starts({"results": records}) == ["2031-05-01T18:00:00-04:00", "2031-05-02T15:00:00-04:00"]
        assert not clocks_twin_utc(records, {"start": "when"})


def test_one_coincidence_among_many_records_is_no_evidence() -> None:
    records = [meeting(f"Committee {n}", f"2031-05-{n:02d}T18:00:00") for n in range(1, 6)]
    records[0]["published"] = "2031-05-01T18:00:00Z"
    assert not clocks_twin_utc(records, {"start": "when"})


# --- 3. two-digit slashed years, day first where a day over 12 says so -------------------------------------------


def test_a_british_listing_with_a_day_over_12_reads_every_slashed_date_day_first() -> None:
    rows = [("15/05/31", "Quiz Night"), ("03/06/31", "Folk Session"), ("04/07/31", "Open Mic")]
    assert page_days(page(rows), LONDON) == [
        ("2031-05-15", "Quiz Night"), ("2031-06-03", "Folk Session"), ("2031-07-04", "Open Mic"),
    ]  # fmt: skip


def test_short_slashed_dates_without_a_day_over_12_stay_month_first() -> None:
    rows = [("03/06/31", "Folk Session"), ("04/07/31", "Open Mic"), ("05/09/31", "Quiz Night")]
    assert page_days(page(rows, "Town Hall events"), NEW_YORK) == [
        ("2031-03-06", "Folk Session"), ("2031-04-07", "Open Mic"), ("2031-05-09", "Quiz Night"),
    ]  # fmt: skip
    # a month-first page says so by a second part over 12: its "03/06/31" stays the 6th of March
    rows = [("05/15/31", "Quiz Night"), ("03/06/31", "Folk Session"), ("04/07/31", "Open Mic")]
    assert page_days(page(rows, "Town Hall events"), NEW_YORK) == [
        ("2031-03-06", "Folk Session"), ("2031-04-07", "Open Mic"), ("2031-05-15", "Quiz Night"),
    ]  # fmt: skip


def test_a_dashed_triple_or_a_score_is_no_two_digit_day_first_date() -> None:
    # "15-05-31" dashed (a score, a code) is no date; a price or a fraction neither
    rows = [("15-05-31", "Quiz Night"), ("Tickets 12.50", "Folk Session")]
    assert page_days(page(rows), LONDON) == []


# --- 4. a tour's title and the city it plays, with its region -----------------------------------------------------


def tour(title: str, city: str, state: str, day: int) -> dict[str, Any]:
    return {"id": f"s{day}", "title": title, "start": f"2031-05-{day:02d}T20:00:00", "venue": "Paradise Rock Club",
            "city": city, "state": state}  # fmt: skip


def test_a_tour_s_trailing_city_and_region_is_its_place() -> None:
    read = events({"events": [tour("The Midnight Owls Spring Tour - Boston, MA", "Boston", "MA", 1),
                              tour("The Midnight Owls Spring Tour - Providence, RI", "Providence", "RI", 2)]})  # fmt: skip
    assert [(event["title"], event["source_title"]) for event in read] == [
        ("The Midnight Owls Spring Tour", "The Midnight Owls Spring Tour - Boston, MA"),
        ("The Midnight Owls Spring Tour", "The Midnight Owls Spring Tour - Providence, RI"),
    ]
    assert clean_title("Winter Lights Tour - Toronto, ON", city="Toronto").title == "Winter Lights Tour"
    assert clean_title("Jazz Brunch - Paris, France", city="Paris").title == "Jazz Brunch"
    assert clean_title("Jazz Brunch - Austin, Texas", city="Austin").title == "Jazz Brunch"


def test_another_city_a_non_region_or_a_bare_place_stays_in_the_title() -> None:
    read = events({"events": [tour("The Midnight Owls Spring Tour - Boston, MA", "Providence", "RI", 1),
                              tour("The Midnight Owls Spring Tour - Boston, MA", "", "", 2)]})  # fmt: skip
    assert [event["title"] for event in read] == ["The Midnight Owls Spring Tour - Boston, MA"] * 2
    assert clean_title("Reenactment - Boston, Tea Party", city="Boston").title == "Reenactment - Boston, Tea Party"
    assert clean_title("Walk - Boston, 12 High St", city="Boston").title == "Walk - Boston, 12 High St"
    assert clean_title("Live - Boston, MA", city="Boston").title == "Live - Boston, MA"  # "Live" alone is no title


# --- 5. a list under "Meeting dates", the body named by a statement with no hour or place ---------------------------


def council(statement: str, heading: str = "Meeting dates") -> str:
    items = "".join(f"<li>{day}</li>" for day in ("5 May 2031", "2 June 2031", "7 July 2031"))
    return f"<html><body><p>{statement}</p><h2>{heading}</h2><ul>{items}</ul></body></html>"


def council_titles(body: str) -> set[str]:
    found = read_page(
        body, url="https://council.example/meetings", zone=LONDON, start=dt.datetime(2031, 1, 2, tzinfo=LONDON)
    )
    assert len(found) == 3
    return {event["title"] for event in found}


def test_meeting_dates_are_the_body_s_that_the_page_says_meets() -> None:
    assert council_titles(council("Hilltop Town Council meets on the first Monday of each month.")) == {
        "Hilltop Town Council meeting"
    }


def test_a_statement_naming_no_body_or_a_bare_body_word_leaves_the_list_unnamed() -> None:
    for statement in ("We meet on the first Monday of each month.", "The Society meets on the first Monday.",
                      "Members of the Hilltop Town Council meet monthly."):  # fmt: skip
        assert council_titles(council(statement)) == {"Meeting"}
    # a heading that names the meetings keeps naming them
    named = council("Hilltop Town Council meets on the first Monday of each month.", heading="Allotment Society")
    assert "Hilltop Town Council meeting" not in council_titles(named)


def programme(outer: str, *, before: str = "") -> str:
    rows = "".join(f"<tr><td>{day}</td><td>{who}</td></tr>" for day, who in
                   (("7th Jan", "Ann Batty"), ("4th Feb", "Marie Gelder"), ("4th Mar", "Nigel Robb"),
                    ("7th Oct", "Les Seaman")))  # fmt: skip
    table = f"<table><thead><tr><th>Date</th><th>Leaders</th></tr></thead><tbody>{rows}</tbody></table>"
    return (f"<html><body><main>{before}<h2>{outer}</h2><section><h3>TUESDAY WALKS</h3>{table}</section>"
            "</main></body></html>")  # fmt: skip


def walk_years(body: str) -> list[str]:
    found = read_page(body, url="https://walkers.example/programme", zone=LONDON,
                      start=dt.datetime(2031, 9, 1, tzinfo=LONDON))  # fmt: skip
    return sorted(event["start"][:10] for event in found)


def test_a_programme_s_rows_take_the_year_of_the_heading_above_their_section() -> None:
    assert walk_years(programme("ANNUAL WALKS PROGRAMME 2031")) == [
        "2031-01-07", "2031-02-04", "2031-03-04", "2031-10-07",
    ]  # fmt: skip


def test_a_parent_heading_with_no_schedule_year_or_an_earlier_section_s_year_says_nothing() -> None:
    rolled = ["2031-10-07", "2032-01-07", "2032-02-04", "2032-03-04"]  # the reading day's, as before
    assert walk_years(programme("Club history 1990–2030")) == rolled
    assert walk_years(programme("Founded in 2030")) == rolled
    # an earlier section's heading of the table's own rank ("<h3>Walks 2030</h3>") is no parent
    earlier = "<h3>Walks 2030</h3><p>Last year's walks are in the archive.</p>"
    assert walk_years(programme("ANNUAL WALKS PROGRAMME", before=earlier)) == rolled


# --- 2. seats left are no flag ----------------------------------------------------------------------------------


def workshop(day: int, **numbers: int) -> dict[str, Any]:
    return {"id": day, "title": f"Pottery Workshop {day}", "start": f"2031-05-{day:02d}T18:00:00",
            "venue": "Clay Studio", **numbers}  # fmt: skip


def test_seats_left_and_online_attendees_are_counts_not_flags() -> None:
    read = events({"events": [workshop(1, capacity=12, booked=11, free=1, attendees=20, in_person=20, online=0),
                              workshop(2, capacity=12, booked=12, free=0, attendees=18, in_person=17, online=1),
                              workshop(3, capacity=10, booked=9, free=1, attendees=15, in_person=15, online=0)]})  # fmt: skip
    assert [(event["cost_type"], event["online"]) for event in read] == [("unknown", False)] * 3


def test_flags_beside_counts_they_are_no_difference_of_stay_flags() -> None:
    read = events({"events": [workshop(1, capacity=30, booked=12, free=1, online=0, cancelled=0),
                              workshop(2, capacity=30, booked=20, free=0, online=1, cancelled=1),
                              workshop(3, capacity=20, booked=9, free=1, online=0, cancelled=0)]})  # fmt: skip
    assert [(event["cost_type"], event["online"], event["status"]) for event in read] == [
        ("free", False, "scheduled"), ("unknown", True, "cancelled"), ("free", False, "scheduled"),
    ]  # fmt: skip


def test_two_items_or_columns_of_0s_and_1s_alone_say_nothing() -> None:
    two = {"capacity": Column("capacity", [2, 1]), "booked": Column("booked", [1, 1]), "free": Column("free", [1, 0])}
    assert remainder_counts(two) == set()
    flags = {"a": Column("a", [1, 1, 0]), "b": Column("b", [0, 1, 0]), "free": Column("free", [1, 0, 0])}
    assert remainder_counts(flags) == set()
    other_parent = {"seats.capacity": Column("seats.capacity", [12, 12, 10]),
                    "seats.booked": Column("seats.booked", [11, 12, 9]), "free": Column("free", [1, 0, 1])}  # fmt: skip
    assert remainder_counts(other_parent) == set()


def test_every_tables_outline_year_comes_from_one_walk_of_the_page() -> None:
    """The lead's mend: the outline years of a page's tables are read in one pass (a page of 3,000 sections walked
    everything above each table once per table: 35 s of CPU), with the same answers: the nearest higher-ranked
    heading naming a year, within the MAX_HEADINGS nearest headings."""
    from lxml import html as lxml_html

    from sources.adapters._page_outline_year import MAX_HEADINGS, Outline

    sections = "".join(
        f"<h2>Section {index}</h2><table><tr><td>Jan 5</td><td>Walk</td></tr></table>" for index in range(3000)
    )
    root = lxml_html.fromstring(f"<html><body><h1>Walks Programme 2031</h1>{sections}</body></html>")
    outline = Outline(root, dt.date(2030, 9, 1))
    years = [outline.table_year(None, [], table) for table in root.iter("table")]

    # the programme's year reaches the tables of the first sections only: further down, it is more than
    # MAX_HEADINGS headings away, no outline of theirs
    assert years[: MAX_HEADINGS - 1] == [2031] * (MAX_HEADINGS - 1)
    assert set(years[MAX_HEADINGS:]) == {None}
    assert len(years) == 3000
