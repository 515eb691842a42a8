"""Real pages without structured data (bench/corpus/pages, City Bureau fixtures, MIT) through the `html` adapter:
what their projects' own tests expect, read with no per-site code. Each is read in a fixed window that starts
at the project's frozen clock, so the year-less dates resolve the same way every day this runs."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pytest

from sources.adapters.base import AdapterContext, FetchWindow
from sources.extraction import default_window, extract_document

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "pages"
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


def case(case_id: str) -> dict:
    manifests = sorted(CORPUS.glob("manifest-plain*.json"))
    cases = [found for path in manifests for found in json.loads(path.read_text(encoding="utf-8"))["cases"]]
    return next(found for found in cases if found["id"] == case_id)


def read(case_id: str) -> list[dict]:
    found = case(case_id)
    zone = zoneinfo.ZoneInfo(found["tz"])
    now = dt.datetime.fromisoformat(found["now"]).replace(tzinfo=zone)
    payload = (CORPUS / found["file"]).read_bytes()
    extraction = extract_document(payload, window=default_window(now), page_url=found["page_url"], zone=zone)
    assert extraction.adapter == "html"
    return sorted(extraction.events, key=lambda event: event["start"])


def test_minutes_list_and_year_less_lines_under_a_year_line():
    events = read("p-chi-ssa-26")
    assert len(events) == 27  # 23 dated minutes links and 5 lines under "2019", one date in both
    first = events[0]
    assert (first["start"], first["title"]) == ("2015-02-17T15:00:00-06:00", "Commission Meeting")
    # The link's text is its date: the "Minutes" heading above the list says what it is.
    assert first["links"] == [
        {"label": "Minutes", "url": "http://edgewaterchmb.wpengine.com/wp-content/uploads/2014/03/Agenda-Feb-2015.doc"}
    ]
    june = next(event for event in events if event["start"].startswith("2019-06-26"))
    assert (june["start"], june["venue_name"]) == (  # "June 26 at 3:pm at Edgewater Chamber of Commerce …"
        "2019-06-26T15:00:00-05:00",
        "Edgewater Chamber of Commerce 1210 W. Rosedale",
    )
    assert "year 2019 taken from the context (no year written)" in june["evidence"]
    assert [event["start"][:10] for event in events].count("2019-02-06") == 1
    assert all(event["confidence"] >= 0.6 for event in events)


def test_jump_menu_of_agenda_dates_is_a_schedule_labelled_by_file_name():
    events = read("p-cle-building-standards")
    assert len(events) == 18
    assert [event["start"] for event in events[:2]] == ["2019-01-23", "2019-02-06"]  # no time on the page
    assert all(event["all_day"] for event in events)
    assert events[0]["links"] == [
        {"label": "Agenda", "url": "http://planning.city.cleveland.oh.us/bza/bbs/agenda/2019/AGENDA01232019.pdf"}
    ]
    # "meets … on Wednesday mornings in Room 514 …": the page's one statement of where every hearing is.
    assert events[0]["venue_name"] == "Room 514 on the 5th Floor of Cleveland City Hall"


def test_year_lines_and_bare_dates_with_their_documents():
    events = read("p-chi-mayors-pedestrian-advisory-council")
    assert [event["start"] for event in events] == [
        "2018-02-14", "2018-05-09", "2018-08-08", "2018-11-07", "2019-02-20", "2019-05-08", "2019-08-08", "2019-11-07",
    ]  # fmt: skip
    by_day = {event["start"]: event for event in events}
    assert [link["label"] for link in by_day["2018-11-07"]["links"]] == ["Meeting Minutes", "Presentations"]
    assert by_day["2019-05-08"]["links"] == []  # "Agenda – Meeting Minutes" written, not yet linked
    assert {event["title"] for event in events} == {"MPAC Meeting"}  # og:title, the banner's site name skipped


@pytest.mark.parametrize("case_id", ["p-chi-ssa-26", "p-cle-building-standards"])
def test_the_same_page_read_twice_gives_the_same_ids(case_id):
    assert [event["external_id"] for event in read(case_id)] == [event["external_id"] for event in read(case_id)]


def test_the_window_start_decides_a_year_less_date_without_context():
    from sources.adapters.html import GenericPageAdapter

    page = b"<html><body><h1>Friends of the Park</h1><ul><li>March 3 - Spring clean-up</li><li>April 7 - Bird walk</li></ul></body></html>"
    start = dt.datetime(2027, 3, 10, tzinfo=CHICAGO)
    context = AdapterContext(
        source="html", window=FetchWindow(start, start + dt.timedelta(days=365)), default_timezone=CHICAGO
    )
    records = list(GenericPageAdapter(config={}, context=context).parse(page))
    assert [(record.title, record.start) for record in records] == [
        ("Spring clean-up", dt.date(2028, 3, 3)),  # already past in 2027: the next one
        ("Bird walk", dt.date(2027, 4, 7)),
    ]


def test_a_floating_google_link_on_a_plain_page_is_read_in_the_sources_zone():
    # Google's dates without "Z" are floating: read in the page's zone, not left naive (and rejected).
    new_york = zoneinfo.ZoneInfo("America/New_York")
    link = (
        "https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Knitting%20circle"
        "&amp;dates=20260314T100000/20260314T120000&amp;location=Main%20Library"
    )
    html = f'<html><body><h1>Library events</h1><p>Knitting circle <a href="{link}">Add to Google</a></p></body></html>'

    extraction = extract_document(
        html.encode(),
        window=default_window(dt.datetime(2026, 1, 1, tzinfo=new_york)),
        page_url="https://lib.example/events",
        zone=new_york,
    )

    assert extraction.adapter == "html"
    assert [(event["title"], event["start"], event["end"]) for event in extraction.events] == [
        ("Knitting circle", "2026-03-14T10:00:00-04:00", "2026-03-14T12:00:00-04:00")
    ]


def test_a_single_event_pages_description_is_its_content_not_its_menus_and_footer():
    new_york = zoneinfo.ZoneInfo("America/New_York")
    html = """<html><body>
      <nav><ul><li><a href="/gov">Government</a></li><li><a href="/org">Organizational Chart</a></li></ul></nav>
      <main><h1>Audit Committee Meeting</h1>
        <p>Start date: March 5, 2026 9:00 AM</p><p>Room 407, County Building</p>
        <p>The committee reviews the internal audit plan.</p>
        <h1>Other news</h1><p>The fair opens in June.</p>
      </main>
      <footer><p>Copyright 2026 County</p><p>Contact us</p></footer>
    </body></html>"""

    extraction = extract_document(
        html.encode(),
        window=default_window(dt.datetime(2026, 1, 1, tzinfo=new_york)),
        page_url="https://county.example/audit",
        zone=new_york,
    )

    (event,) = extraction.events
    assert event["description"] == (
        "Start date: March 5, 2026 9:00 AM\nRoom 407, County Building\nThe committee reviews the internal audit plan."
    )


def test_a_real_detail_pages_description_leaves_out_its_site_menu():
    (event,) = read("q-cuya-audit-detail")

    assert event["description"].startswith("Audit Committee Meeting\nStart date:")
    assert "Organizational Chart" not in event["description"]
