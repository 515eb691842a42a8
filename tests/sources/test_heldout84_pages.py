"""The eighty-fourth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout84.json: measured
once at 709a6ae1), on small documents of our own:

* An event page marked up twice at once (a community calendar's event: one element both ``itemtype=schema.org/Event``
  and ``h-event``), the microdata's start and end in UTC ("2031-07-12T16:30:00+00:00"), the h-event's the same moments
  on the local clock ("2031-07-12T09:30:00", read in the page's zone: -07:00). It was read as two events: one page's
  records were kept once per title and start *as written*, and the two ends' days compared as written (the 13th in
  UTC, the 12th in Portland: "two runs"). Now a start is one moment whatever its offset (``webpage.moment_key``, also
  for the single-event check in ``jsonld``), and two ends' days are read on the first record's clock
  (``_page_other_runs.other_run``): one event, the first description completed by the second.
* The h-event's ``e-description`` gave the event's description as a stringified dict ("{'value': 'Join us …', 'html':
  …}"). Now its text (``_schemaorg.hevent_as_schema``), as for ``e-content`` and a dict summary.

Not: one title at the same wall-clock time in two zones (two moments: two events), two runs from one start that end
on different days on one clock, two listings of one title and moment with pages of their own, a conference's two
talks at one time.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import jsonld, webpage
from tests.sources.helpers import local_minute, read_page

PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
read = functools.partial(read_page, url="https://cal.example/e/4417", zone=PACIFIC, start=dt.datetime(2031, 7, 1))  # noqa: DTZ001


def _local(moment: str | None) -> str | None:
    return local_minute(dt.datetime.fromisoformat(moment), PACIFIC) if moment else None


def _rows(events: list[dict]) -> list[tuple[str, str | None, str | None, str | None]]:
    return sorted(
        (event["title"], _local(event["start"]), _local(event.get("end")), event.get("url")) for event in events
    )


def _as_written(page: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str | None, str | None, str | None]]:
    """What the page reads as with starts keyed as written (the rule's first half off)."""
    with monkeypatch.context() as patched:
        patched.setattr(webpage, "moment_key", lambda moment: moment.isoformat())
        patched.setattr(jsonld, "moment_key", lambda moment: moment.isoformat())
        return _rows(read(page))


def _both(name: str, utc_start: str, utc_end: str, local_start: str, local_end: str, description: str = "") -> str:
    """One event as a community calendar writes it: microdata in UTC and h-event on the local clock, one element."""
    return (
        f'<div class="vevent h-event" itemscope itemtype="http://schema.org/Event">'
        f'<h1 class="summary p-name" itemprop="name">{name}</h1>'
        f'<meta itemprop="startDate" content="{utc_start}"><meta itemprop="endDate" content="{utc_end}">'
        f'<div class="date"><time class="dtstart dt-start" datetime="{local_start}">Saturday at 9:30am</time> through '
        f'<time class="dtend dt-end" datetime="{local_end}">Sunday at 6pm</time></div>'
        '<div class="location p-location h-card vcard" itemprop="location" itemscope itemtype="http://schema.org/Place">'
        '<span class="fn org p-name" itemprop="name">Riverside Hall</span>'
        '<div class="adr p-adr h-adr" itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">'
        '<div class="street-address p-street-address" itemprop="streetAddress">12 River Road</div>'
        '<span class="locality p-locality" itemprop="addressLocality">Portland</span></div></div>'
        '<a class="url u-url" itemprop="url" href="https://camp.example/2031">https://camp.example/2031</a>'
        f'<div class="description e-description" itemprop="description">{description}</div></div>'
    )


def _page(*events: str) -> str:
    return f"<html><head><title>Community calendar</title></head><body>{''.join(events)}</body></html>"


def test_one_event_in_microdata_and_h_event_with_its_times_written_in_two_offsets_is_one_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(
        _both(
            "Web Makers Camp 2031",
            "2031-07-12T16:30:00+00:00",
            "2031-07-14T01:00:00+00:00",
            "2031-07-12T09:30:00",
            "2031-07-13T18:00:00",
            "<p>Two days of building your own website.</p>",
        )
    )
    events = read(page)
    assert _rows(events) == [
        ("Web Makers Camp 2031", "2031-07-12 09:30", "2031-07-13 18:00", "https://camp.example/2031")
    ]
    assert events[0]["venue_name"] == "Riverside Hall"
    with monkeypatch.context() as patched:  # as it was read before: twice
        patched.setattr(webpage, "moment_key", lambda moment: moment.isoformat())
        patched.setattr(jsonld, "moment_key", lambda moment: moment.isoformat())
        assert len(read(page)) == 2


def test_an_h_event_description_is_its_text_not_the_parsers_dict() -> None:
    page = _page(
        '<div class="h-event"><h2 class="p-name">Repair Café</h2>'
        '<time class="dt-start" datetime="2031-08-02T10:00:00-07:00">August 2, 10am</time>'
        '<div class="e-description"><p>Bring a <b>broken lamp</b> or a bike.</p></div></div>'
    )
    (event,) = read(page)
    assert event["description"] == "Bring a broken lamp or a bike."


def test_one_title_at_one_wall_clock_time_in_two_zones_is_two_events(monkeypatch: pytest.MonkeyPatch) -> None:
    item = (
        '<div itemscope itemtype="http://schema.org/Event"><span itemprop="name">Office Hours</span>'
        '<meta itemprop="startDate" content="{start}"><a itemprop="url" href="https://hours.example/">Join</a></div>'
    )
    page = _page(item.format(start="2031-09-03T09:30:00-04:00"), item.format(start="2031-09-03T09:30:00+01:00"))
    assert _rows(read(page)) == _as_written(page, monkeypatch)
    assert [row[1] for row in _rows(read(page))] == ["2031-09-03 01:30", "2031-09-03 06:30"]


def test_two_runs_from_one_moment_that_end_on_different_days_stay_two(monkeypatch: pytest.MonkeyPatch) -> None:
    run = (
        '<div itemscope itemtype="http://schema.org/Event"><span itemprop="name">Print Room Show</span>'
        '<meta itemprop="startDate" content="{start}"><meta itemprop="endDate" content="{end}"></div>'
    )
    page = _page(
        run.format(start="2031-02-23T10:00:00-08:00", end="2031-02-24T17:00:00-08:00"),
        run.format(start="2031-02-23T18:00:00+00:00", end="2031-02-26T01:00:00+00:00"),
    )
    rows = _rows(read(page))
    assert [row[2] for row in rows] == ["2031-02-24 17:00", "2031-02-25 17:00"]
    assert [row[:3] for row in rows] == [row[:3] for row in _as_written(page, monkeypatch)]


def test_two_listings_of_one_title_and_moment_with_their_own_pages_stay_two(monkeypatch: pytest.MonkeyPatch) -> None:
    item = (
        '<div itemscope itemtype="http://schema.org/Event"><a itemprop="url" href="https://club.example/event/{n}">'
        '<span itemprop="name">Beginners Class</span></a><meta itemprop="startDate" content="{start}"></div>'
    )
    page = _page(
        item.format(n=101, start="2031-10-01T19:00:00-07:00"), item.format(n=102, start="2031-10-02T02:00:00+00:00")
    )
    rows = _rows(read(page))
    assert [row[3] for row in rows] == ["https://club.example/event/101", "https://club.example/event/102"]
    assert rows == _as_written(page, monkeypatch)


def test_two_talks_at_one_time_stay_two(monkeypatch: pytest.MonkeyPatch) -> None:
    talk = (
        '<div itemscope itemtype="http://schema.org/Event"><span itemprop="name">{name}</span>'
        '<meta itemprop="startDate" content="{start}"></div>'
    )
    page = _page(
        talk.format(name="Keynote: Small Websites", start="2031-11-05T17:00:00+00:00"),
        talk.format(name="Workshop: Feeds", start="2031-11-05T09:00:00-08:00"),
    )
    assert [row[0] for row in _rows(read(page))] == ["Keynote: Small Websites", "Workshop: Feeds"]
    assert _rows(read(page)) == _as_written(page, monkeypatch)
