"""Structured pages checked against what they show: a naive UTC time corrected by the page's own time, two
kinds of evidence agreeing, ambiguous evidence left alone; the event's own URL; doorTime; hCalendar includes;
linked .ics calendars fetched only when following links; and the real pages of bench/corpus (manifest-structured).
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pytest

from sources.adapters.base import RawEvent
from sources.adapters.jsonld import MAX_INCLUDED_NODES, StructuredPageAdapter, with_includes
from sources.extraction import default_window, extract_document
from tests.sources.helpers import SpyClient, make_page_adapter

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
PAGE = "https://library.example/events/board-of-trustees"
CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "pages"
GOOGLE_9_30 = (
    "https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Board%20of%20Trustees"
    "&amp;dates=20261214T143000Z/20261214T170000Z"
)


def page(*, start: str, end: str | None = None, body: str = "", url: str | None = None, head: str = "") -> str:
    event = {"@context": "https://schema.org", "@type": "Event", "name": "Board of Trustees", "startDate": start}
    event |= {"endDate": end} if end else {}
    event |= {"url": url} if url else {}
    return (
        f'<html><head>{head}<script type="application/ld+json">{json.dumps(event)}</script></head>'
        f"<body><h1>Board of Trustees</h1>{body}</body></html>"
    )


def read(html: str, *, tz: zoneinfo.ZoneInfo = NEW_YORK, base_url: str | None = PAGE) -> list[RawEvent]:
    adapter = make_page_adapter(StructuredPageAdapter, tz=tz, base_url=base_url)
    records = list(adapter.parse(html.encode()))
    assert all(isinstance(record, RawEvent) for record in records), records
    return records


def at(hour: int, minute: int = 0, day: int = 14) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=NEW_YORK)


# --- the cross-check -------------------------------------------------------------------------------------------
def test_a_naive_utc_time_is_corrected_by_the_time_the_page_shows() -> None:
    html = page(
        start="2026-12-14T14:30", end="2026-12-14T17:00", body="<p>December 14, 2026 9:30 AM – 12:00 PM, Room 407</p>"
    )

    (event,) = read(html)

    assert (event.start, event.end) == (at(9, 30), at(12))
    assert event.evidence == ["start corrected from the JSON-LD 14:30 (read as UTC) to the page's 9:30 AM"]


def test_a_time_the_page_agrees_with_stands_and_nothing_is_said() -> None:
    (event,) = read(page(start="2026-12-14T09:30", body="<p>Monday, December 14 · 9:30 AM</p>"))

    assert (event.start, event.evidence) == (at(9, 30), [])


def test_one_unexplained_visible_time_is_ambiguous_and_changes_nothing() -> None:
    # Stated with its offset, so not a UTC slip; only the text disagrees: keep the structured value.
    (event,) = read(page(start="2026-12-14T14:30:00-05:00", body="<p>Doors 9:30 AM</p>"))

    assert (event.start, event.evidence) == (at(14, 30), [])


def test_the_page_text_and_its_calendar_link_agreeing_on_another_time_win() -> None:
    html = page(start="2026-12-14T14:30:00-05:00", body=f'<p>9:30 AM</p><a href="{GOOGLE_9_30}">Add to Google</a>')

    (event,) = read(html)

    assert (event.start, event.end) == (at(9, 30), at(12))  # the link's own end
    assert event.evidence == [
        "start corrected from the JSON-LD 14:30 to 09:30, which its calendar link and the page agree on"
    ]


def test_evidence_that_disagrees_with_itself_changes_nothing() -> None:
    ten = GOOGLE_9_30.replace("T143000Z", "T150000Z")
    html = page(start="2026-12-14T14:30:00-05:00", body=f'<p>9:30 AM</p><a href="{ten}">Add to Google</a>')

    (event,) = read(html)

    assert (event.start, event.evidence) == (at(14, 30), [])


@pytest.mark.parametrize(
    ("zone", "start", "shown", "want"),
    [
        ("Europe/London", "2026-07-14T19:00", "Tuesday 14 July 2026, 7:00 - 8:00pm", dt.time(19)),
        ("Europe/Berlin", "2026-07-14T19:00", "14. Juli 2026, 19.00 - 21:00 Uhr", dt.time(19)),
        ("America/New_York", "2026-12-14T19:00:00Z", "December 14, 2026, 2:00 - 7:00 PM", dt.time(14)),
    ],
)
def test_the_end_of_a_range_the_page_shows_is_no_start(zone: str, start: str, shown: str, want: dt.time) -> None:
    # Each range's end equals the start read as UTC (or as local): taken for a start sighting, it moved a
    # right start to the event's end.
    tz = zoneinfo.ZoneInfo(zone)

    (event,) = read(page(start=start, body=f"<p>{shown}</p>"), tz=tz)

    assert (event.start.astimezone(tz).time(), event.evidence) == (want, [])


def test_a_naive_utc_start_is_corrected_to_the_start_of_the_range_the_page_shows() -> None:
    london = zoneinfo.ZoneInfo("Europe/London")

    (event,) = read(page(start="2026-07-14T18:00", body="<p>Tuesday 14 July 2026, 7:00 - 8:00pm</p>"), tz=london)

    assert event.start == dt.datetime(2026, 7, 14, 19, tzinfo=london)
    assert event.evidence == ["start corrected from the JSON-LD 18:00 (read as UTC) to the page's 7:00"]


def test_one_time_element_is_one_witness_not_its_text_and_its_datetime() -> None:
    html = page(
        start="2026-12-14T14:30:00-05:00",
        body='<p>Registration opens <time datetime="2026-12-14T09:30">9:30 AM</time></p>',
    )

    (event,) = read(html)

    assert (event.start, event.evidence) == (at(14, 30), [])


def test_a_start_with_its_own_offset_is_not_corrected_by_the_page_alone() -> None:
    # The text and a separate <time> element agree on 9:30, but both are the page: a start stated with
    # its offset needs a calendar link too.
    body = '<p>Doors 9:30 AM</p><p>Check-in: <time datetime="2026-12-14T09:30">from half nine</time></p>'

    (event,) = read(page(start="2026-12-14T14:30:00-05:00", body=body))

    assert (event.start, event.evidence) == (at(14, 30), [])


def test_without_a_timezone_nothing_is_corrected() -> None:
    (event,) = read(page(start="2026-12-14T14:30", body="<p>9:30 AM</p>"), tz=None)

    assert event.evidence == []


def test_on_a_listing_each_event_is_checked_against_its_own_card() -> None:
    events = [
        {"@type": "Event", "name": "Board of Trustees", "startDate": "2026-12-14T14:30"},
        {"@type": "Event", "name": "Finance Committee", "startDate": "2026-12-15T18:00"},
    ]
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(events)}</script></head><body>'
        "<ul><li><h3>Board of Trustees</h3><p>Mon Dec 14, 9:30 AM</p></li>"
        "<li><h3>Finance Committee</h3><p>Tue Dec 15, 6:00 PM</p></li></ul></body></html>"
    )

    board, finance = read(html, base_url="https://library.example/events")

    assert board.start == at(9, 30)
    assert board.evidence
    assert (finance.start, finance.evidence) == (at(18, day=15), [])


def test_a_real_page_whose_visible_date_disagrees_with_its_machine_date_is_left_as_its_project_expects() -> None:
    # microformats/tests hcalendar/attendees: datetime="2012-10-10", the text says "10 Nov 2012".
    html = (CORPUS / "files" / "s-mf-hcalendar-attendees.html").read_text(encoding="utf-8")

    (event,) = read(html, tz=zoneinfo.ZoneInfo("America/Los_Angeles"), base_url="http://example.com/")

    assert (event.start, event.evidence) == (dt.date(2012, 10, 10), [])


# --- the event's own URL, doorTime, includes ------------------------------------------------------------------
def test_a_single_event_page_gives_its_canonical_url_when_the_data_has_none() -> None:
    canonical = '<link rel="canonical" href="/events/board-of-trustees-2026">'
    og_url = '<meta property="og:url" content="https://library.example/e/42">'

    (with_canonical,) = read(page(start="2026-12-14T09:30", head=canonical))
    (with_og,) = read(page(start="2026-12-14T09:30", head=og_url))
    (with_neither,) = read(page(start="2026-12-14T09:30"))
    (own,) = read(page(start="2026-12-14T09:30", head=canonical, url="https://library.example/board"))

    assert with_canonical.url == "https://library.example/events/board-of-trustees-2026"
    assert with_og.url == "https://library.example/e/42"
    assert with_neither.url == PAGE
    assert own.url == "https://library.example/board"


def test_a_listing_does_not_give_its_own_url_to_its_events() -> None:
    events = [{"@type": "Event", "name": name, "startDate": "2026-12-14"} for name in ("Fair", "Market")]
    html = f'<html><head><script type="application/ld+json">{json.dumps(events)}</script></head><body></body></html>'

    assert [event.url for event in read(html)] == [None, None]


def test_a_start_date_with_a_door_time_starts_at_the_doors() -> None:
    event = {"@type": "MusicEvent", "name": "Late Show", "startDate": "2026-12-14", "doorTime": "19:30"}
    html = f'<html><head><script type="application/ld+json">{json.dumps(event)}</script></head><body></body></html>'

    (show,) = read(html)

    assert (show.start, show.all_day) == (at(19, 30), False)


def test_hcalendar_events_read_the_time_and_place_they_include_by_itemref() -> None:
    html = """<html><body>
      <div class="vevent" itemref="session-time"><span class="summary">Monetizing Android Apps</span></div>
      <p id="session-time"><time class="dtstart" datetime="2026-12-14T15:45:00-08:00">3:45PM</time></p>
    </body></html>"""

    (event,) = read(html)

    assert (event.title, event.start) == ("Monetizing Android Apps", dt.datetime(2026, 12, 14, 23, 45, tzinfo=dt.UTC))


def test_chained_itemref_includes_are_copied_once_not_multiplied_per_level() -> None:
    # Each paragraph names the previous one ten times: copied per mention and per level, 8 levels were
    # 10**7 elements (a 636-byte page took gigabytes); 5 levels here. Each target is copied once, and a target that
    # itself received copies is not copied again.
    parts = ['<p id="e1" class="a">seed</p>']
    parts += [f'<p id="e{i}" class="a" itemref="{" ".join([f"e{i - 1}"] * 10)}">.</p>' for i in range(2, 6)]
    html = "<html><body>" + "".join(parts) + "</body></html>"

    included = with_includes(html)

    assert included.count("seed") == 2  # the original and one copy, in e2


def test_itemref_includes_stop_at_the_copy_cap() -> None:
    shared = '<div id="big">' + "<span>x</span>" * 99 + "</div>"
    events = "".join(f'<div class="vevent" itemref="big"><span class="summary">E{i}</span></div>' for i in range(50))
    html = f"<html><body>{events}{shared}</body></html>"

    included = with_includes(html)

    assert included.count("<span>x</span>") == 99 + MAX_INCLUDED_NODES // 100 * 99


# --- linked .ics calendars: fetched only when following links ----------------------------------------------------
ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Library//Meetings//EN\r
BEGIN:VEVENT\r
UID:board-2026-12-14@library.example\r
DTSTAMP:20261101T000000Z\r
DTSTART;TZID=America/New_York:20261214T093000\r
DTEND;TZID=America/New_York:20261214T120000\r
SUMMARY:Board of Trustees\r
LOCATION:Room 407\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def library(recorded):
    body = '<p>Agenda to follow.</p><a href="/events/board.ics">Add to iCal</a>'
    recorded.add("/events/board", body=page(start="2026-12-14T14:30", body=body), content_type="text/html")
    recorded.add("/events/only-ics", body='<html><body><a href="/events/board.ics">iCal</a></body></html>')
    recorded.add("/events/board.ics", body=ICS, content_type="text/calendar")
    return recorded


def fetch(library, no_sleep, path: str, **config) -> tuple[list[RawEvent], SpyClient]:
    http = SpyClient(sleep=no_sleep.append)
    url = library.url(path)
    settings = {"url": url, "allow_private_network": True, **config}
    adapter = make_page_adapter(StructuredPageAdapter, config=settings, http=http, tz=NEW_YORK, base_url=url)
    with http:
        records = list(adapter.fetch())
    return records, http


def test_a_linked_ics_is_not_fetched_unless_the_source_may_follow_links(library, no_sleep) -> None:
    (event,), http = fetch(library, no_sleep, "/events/board")

    assert http.asked == [library.url("/events/board")]
    assert (event.start, event.evidence) == (at(14, 30), [])  # nothing on the page itself says otherwise


def test_a_linked_ics_is_evidence_when_following_links(library, no_sleep) -> None:
    (event,), http = fetch(library, no_sleep, "/events/board", follow_links=True)

    assert http.asked == [library.url("/events/board"), library.url("/events/board.ics")]
    assert event.start == at(9, 30)
    assert event.evidence == [
        "start corrected from the JSON-LD 14:30 (read as UTC) to its linked .ics calendar's 09:30"
    ]


def test_a_page_whose_only_events_are_in_its_linked_ics_yields_them_when_following(library, no_sleep) -> None:
    records, _ = fetch(library, no_sleep, "/events/only-ics", follow_links=True)

    (event,) = [record for record in records if isinstance(record, RawEvent)]
    assert (event.title, event.start, event.venue_name) == ("Board of Trustees", at(9, 30), "Room 407")


# --- the real pages of the corpus --------------------------------------------------------------------------------
ITEMREF_CASE = "s-mf-includes-heventitemref"


def all_corpus_cases() -> list[dict]:
    return json.loads((CORPUS / "manifest-structured.json").read_text(encoding="utf-8"))["cases"]


def corpus_cases() -> list[dict]:
    return [case for case in all_corpus_cases() if case["id"] != ITEMREF_CASE]


def test_the_real_itemref_hcalendar_events_without_a_summary_are_named_by_their_whole_text() -> None:
    # Once a known miss: the two events name themselves with class="name" (not mf1's "summary") and mf2py implies
    # no name for a backward-compatible root, so both were skipped as nameless. Now each is named by its whole
    # text, included parts and all, as the microformats test suite's own expected output has it
    # (_mf_implied_name, helper pagefix).
    (case,) = [case for case in all_corpus_cases() if case["id"] == ITEMREF_CASE]
    zone = zoneinfo.ZoneInfo(case["tz"])
    now = dt.datetime.fromisoformat(case["now"]).replace(tzinfo=zone)
    extraction = extract_document(
        (CORPUS / case["file"]).read_bytes(), window=default_window(now), page_url=case["page_url"], zone=zone
    )

    assert extraction.adapter == "jsonld"
    assert [event["title"] for event in extraction.events] == [event["title"] for event in case["expected"]["events"]]


@pytest.mark.parametrize("case", corpus_cases(), ids=lambda case: case["id"])
def test_the_real_structured_pages_yield_their_projects_events(case: dict) -> None:
    zone = zoneinfo.ZoneInfo(case["tz"])
    now = dt.datetime.fromisoformat(case["now"]).replace(tzinfo=zone)
    extraction = extract_document(
        (CORPUS / case["file"]).read_bytes(), window=default_window(now), page_url=case["page_url"], zone=zone
    )
    expected = [event for event in case["expected"]["events"] if event["title"] and event["start"]]
    starts = {event["start"] for event in extraction.events}

    assert extraction.adapter == "jsonld"
    assert len(extraction.events) == case["expected"]["count"]
    for event in expected:
        want = (
            dt.datetime.fromisoformat(event["start"])
            if "T" in event["start"]
            else dt.date.fromisoformat(event["start"])
        )
        got = {
            dt.datetime.fromisoformat(start).astimezone(zone) if "T" in start else dt.date.fromisoformat(start)
            for start in starts
        }
        want = want.replace(tzinfo=zone) if isinstance(want, dt.datetime) and want.tzinfo is None else want
        assert want in got
    assert all(event.get("evidence", []) == [] for event in extraction.events)  # every one agrees with its page


# --- labelled UTC, a summary for a name, and pages whose structured data holds no usable event ----------
def test_a_local_time_labelled_utc_is_read_as_local_when_the_page_shows_its_clock_time() -> None:
    html = page(start="2026-12-14T15:00+00:00", end="2026-12-14T18:30Z", body="<p>12/14/2026 3:00 PM - 6:30 PM</p>")

    (event,) = read(html)

    assert (event.start, event.end) == (at(15), at(18, 30))
    assert event.evidence == [
        "start corrected from the JSON-LD 15:00 (labelled UTC) to the page's 3:00 PM: a local time"
    ]


def test_a_utc_time_the_page_shows_in_local_time_stands() -> None:
    html = page(start="2026-12-14T20:00Z", body="<p>December 14, 2026 3:00 PM</p>")

    (event,) = read(html)

    assert (event.start, event.evidence) == (at(15), [])


def test_an_event_named_by_summary_is_read() -> None:
    html = (
        '<html><body><div itemscope itemtype="http://schema.org/Event"><h1 itemprop="summary">Water and Sewer '
        'Appeals Board</h1><time itemprop="startDate" datetime="2026-12-14T09:00-05:00">Dec 14, 9 AM</time>'
        "</div></body></html>"
    )

    (event,) = read(html)

    assert (event.title, event.start) == ("Water and Sewer Appeals Board", at(9))


def test_a_page_whose_structured_data_has_no_usable_event_is_read_from_its_text() -> None:
    nameless = (
        '<div itemscope itemtype="http://schema.org/Event"><meta itemprop="startDate" content="2026-12-14"></div>'
    )
    html = f"<html><body>{nameless}<h1>Board of Trustees</h1><p>When: December 14, 2026 at 6:30 PM</p></body></html>"
    adapter = make_page_adapter(StructuredPageAdapter, tz=NEW_YORK, base_url=PAGE)

    records = list(adapter.parse(html.encode()))

    assert [(record.title, record.start) for record in records if isinstance(record, RawEvent)] == [
        ("Board of Trustees", at(18, 30))
    ]
    assert records[0].confidence is not None  # a guess, so it carries its confidence
    assert any("its text was read instead" in note for note in adapter.notes)


def test_a_page_whose_structured_data_and_text_both_hold_nothing_keeps_the_structured_reasons() -> None:
    nameless = (
        '<div itemscope itemtype="http://schema.org/Event"><meta itemprop="startDate" content="2026-12-14"></div>'
    )
    adapter = make_page_adapter(StructuredPageAdapter, tz=NEW_YORK, base_url=PAGE)

    records = list(adapter.parse(f"<html><body>{nameless}<p>Nothing here.</p></body></html>".encode()))

    assert [getattr(record, "reason", None) for record in records] == ["The event has no name."]


def test_a_listing_followed_to_its_detail_pages_does_not_also_import_its_subscribe_calendar(library, no_sleep) -> None:
    # The listing's "Subscribe (.ics)" is the whole calendar: read beside the detail pages, every event
    # came twice in one source.
    listing = '<html><body><a class="event" href="/events/board">Board of Trustees</a><a href="/events/all.ics">Subscribe (.ics)</a></body></html>'
    library.add("/events", body=listing, content_type="text/html")
    library.add("/events/all.ics", body=ICS, content_type="text/calendar")

    records, http = fetch(library, no_sleep, "/events", follow="a.event")

    events = [record for record in records if isinstance(record, RawEvent)]
    assert [(event.title, event.start) for event in events] == [("Board of Trustees", at(9, 30))]
    assert library.url("/events/all.ics") not in http.asked


def test_a_naive_utc_start_corrected_by_a_calendar_link_takes_the_links_end() -> None:
    # The structured end is missing; the link says 9:30-12:00 New York.
    html = page(start="2026-12-14T14:30", body=f'<a href="{GOOGLE_9_30}">Add to Google</a>')

    (event,) = read(html)

    assert (event.start, event.end) == (at(9, 30), at(12))


def row(name: str, day: str, shown: str = "", *, extra: str = "") -> str:
    return (
        f'<tr itemscope itemtype="http://schema.org/MusicEvent"><td><meta itemprop="startDate" content="{day}">'
        f'{day} {shown}</td><td itemprop="name">{name}</td>{extra}</tr>'
    )


def test_a_microdata_row_that_shows_cancelled_is_a_cancelled_event() -> None:
    # The listing marks the row ("Aflyst": Danish for cancelled) and leaves eventStatus out of its data.
    html = (
        "<html><body><table>"
        + row("Iron Maiden", "2026-12-15", "Aflyst")
        + row("Katatonia", "2026-12-18")
        + row("Opeth", "2026-12-19", "CANCELLED")
        + row("Ghost", "2026-12-20", extra='<td itemprop="description">Free cancellation up to a day before.</td>')
        + row("Mastodon", "2026-12-21", extra='<td itemprop="description">The support act has cancelled.</td>')
        + "</table></body></html>"
    )

    events = read(html)

    assert {event.title: event.status for event in events} == {
        "Iron Maiden": "cancelled",
        "Katatonia": "scheduled",
        "Opeth": "cancelled",
        "Ghost": "scheduled",  # a ticket's terms
        "Mastodon": "scheduled",  # the description's news of another act, not the row's mark
    }


def test_a_row_mark_never_overrides_the_status_the_data_states() -> None:
    stated = row(
        "Iron Maiden",
        "2026-12-15",
        "Aflyst",
        extra='<meta itemprop="eventStatus" content="https://schema.org/EventScheduled">',
    )

    (event,) = read(f"<html><body><table>{stated}</table></body></html>")

    assert event.status == "scheduled"
