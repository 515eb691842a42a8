"""More real pages without structured data (bench/corpus/pages/manifest-plain2.json: City Bureau fixtures, MIT)
through `extract`, as their projects' own tests read them, with no per-site code: dated paragraphs under year
headings, two agenda menus of one board, a table with commented-out rows, nine committees on one page, and
pages about one meeting. Each is read in a fixed window that starts at the project's frozen clock, so the
year-less dates resolve the same way every day this runs."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pytest

from sources.extraction import default_window, extract_document

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "pages"
MANIFEST = CORPUS / "manifest-plain2.json"


def case(case_id: str) -> dict:
    cases = json.loads(MANIFEST.read_text(encoding="utf-8"))["cases"]
    return next(found for found in cases if found["id"] == case_id)


def read(case_id: str) -> list[dict]:
    found = case(case_id)
    zone = zoneinfo.ZoneInfo(found["tz"])
    now = dt.datetime.fromisoformat(found["now"]).replace(tzinfo=zone)
    payload = (CORPUS / found["file"]).read_bytes()
    extraction = extract_document(payload, window=default_window(now), page_url=found["page_url"], zone=zone)
    return sorted(extraction.events, key=lambda event: event["start"])


def on(events: list[dict], day: str) -> dict:
    return next(event for event in events if event["start"].startswith(day))


def test_dated_paragraphs_under_year_headings_are_a_schedule_not_one_article():
    events = read("q-chi-ssa-42")
    assert len(events) == 22  # 11 meetings in 2018 and 11 in 2017, not the article as one event
    assert on(events, "2018-11-08")["start"] == "2018-11-08T18:30:00-06:00"
    assert on(events, "2017-02-16")["status"] == "cancelled"  # "Thursday, February 16th 2017 -Meeting Cancelled"
    assert on(events, "2017-03-16")["all_day"] is True  # the 2017 lines write no time


def test_two_agenda_menus_of_one_board_are_one_meeting_per_day():
    events = read("q-cle-zoning-appeals")
    assert len(events) == 34  # the agenda menu's 34 dates; the materials menu's 29 fall on the same days
    first = events[0]
    assert first["start"] == "2019-01-07T09:30:00-05:00"  # "meets on Monday mornings at 9:30am"
    assert {link["url"] for link in first["links"]} == {
        "http://planning.city.cleveland.oh.us/bza/agenda/2019/crr01-07-2019.pdf",
        "http://planning.city.cleveland.oh.us/bza/agenda/2019/images/bza01-07-2019.pdf",
    }
    assert (first["title"], first["source_title"]) == ("Board of Zoning Appeals meeting", "Board of Zoning Appeals")


def test_a_table_schedule_leaves_its_commented_out_rows_alone():
    events = read("q-cle-gateway-economic-development")
    assert [event["start"][:16] for event in events] == [
        "2019-02-13T15:00",
        "2019-05-29T12:00",
        "2019-09-11T12:00",
        "2019-11-13T13:00",
    ]  # the 2014 table and the August 2018 row are HTML comments
    assert [link["label"] for link in events[0]["links"]] == ["Agenda", "Minutes"]  # labelled by their column


def test_nine_committees_on_one_page_each_with_its_own_time_and_place():
    events = read("q-cle-design-review")
    downtown = next(event for event in events if event["start"].startswith("2021-01-14"))
    # The heading above its menu names it (its capitals are the pipeline's to tidy); its own sentence, 9:00 am.
    assert (downtown["title"].casefold(), downtown["start"]) == (
        "downtown/flats design review committee meeting",
        "2021-01-14T09:00:00-05:00",
    )
    east = next(event for event in events if event["title"].casefold().startswith("east design"))
    assert (east["start"][11:16], east["venue_name"]) == ("08:30", "Cornucopia Place, 7201 Kinsman Road, Suite 103B")
    commission = on(events, "2021-02-19")
    assert len(commission["links"]) == 2  # its agenda and its presentation, from two menus


@pytest.mark.parametrize(
    ("case_id", "start", "end"),
    [
        ("q-cuya-audit-detail", "2019-09-05T09:00:00-04:00", "2019-09-05T23:30:00-04:00"),
        ("q-cuya-euclid-creek-council", "2019-03-21T08:00:00-04:00", "2019-03-21T09:30:00-04:00"),
    ],
)
def test_a_page_about_one_meeting(case_id, start, end):
    (event,) = read(case_id)
    assert (event["start"], event["end"]) == (start, end)
    assert event["links"]  # its agenda beside it


def test_a_sidebar_of_upcoming_events_is_not_the_pages_meeting():
    (event,) = read("q-cuya-euclid-creek-council")
    # "When: March 21" has no year; the page's address (/events/2019/03/21/) gives it, not the clock (Sept 2019).
    assert event["title"] == "Euclid Creek Watershed Council Meeting"
    assert event["venue_name"].startswith("Mayfield Heights City Hall, 6154 Mayfield Road")
    assert any(link["url"].endswith("/files/events/ecwcagendamar212019.pdf") for link in event["links"])


@pytest.mark.parametrize("case_id", ["q-chi-ssa-42", "q-cle-zoning-appeals", "q-cle-design-review"])
def test_the_same_page_read_twice_gives_the_same_ids(case_id):
    first, second = read(case_id), read(case_id)
    assert [event["external_id"] for event in first] == [event["external_id"] for event in second]
    assert len({event["external_id"] for event in first}) == len(first)


def test_a_boards_page_with_a_members_table_and_a_meetings_table():
    events = read("q-cuya-monument")
    assert [event["start"] for event in events] == ["2019-08-22T08:00:00-04:00", "2019-09-26T08:00:00-04:00"]
    assert [link["label"] for link in events[0]["links"]] == ["Agenda", "Minutes"]  # not the members' terms


def test_one_bodys_hearings_for_each_town_are_told_apart_by_the_towns_column():
    events = read("q-cuya-tax-incentive-review")
    assert len(events) == 31  # the last row names Cleveland without a date: no hearing
    assert events[0]["start"] == "2019-07-16T13:00:00-04:00"
    assert events[0]["source_title"] == "Tax Incentive Review Council - Broadview Hts."
    assert len({event["title"] for event in events}) == 31


def test_a_county_event_page_keeps_its_documents_and_embedded_video():
    (event,) = read("q-cuya-board-control-detail")
    assert (event["start"], event["end"]) == ("2019-09-03T11:00:00-04:00", "2019-09-03T12:00:00-04:00")
    assert [link["label"] for link in event["links"]] == ["Minutes", "Agenda", "Video"]


def test_an_event_page_whose_title_is_a_template_placeholder():
    (event,) = read("q-cuya-public-defenders-commission-detail")
    assert event["start"] == "2019-09-04T16:30:00-04:00"
    assert "title goes here" not in event["title"].casefold()
