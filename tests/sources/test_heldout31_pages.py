"""The thirty-first held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout31.json: measured
once at a691d9d), each rule on a small document of our own:

1. an event's own page whose only structured events are other pages' (a "more shows" rail of hCalendar vevents,
   each linking its own page) still has an event of its own: when the page's og:title (else its <title>) names it
   with a full date and a clock ("The Lantern Duo - vrijdag 9 oktober 2026 om 20:30"), that event is read beside
   the rail's (_page_head_event); not when a structured event is the page itself, nor from a title without a clock.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._page_head_event import STAMPED, head_event
from tests.hostile import superlinear_shape
from tests.sources.helpers import local_minute, read_page

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
OCTOBER = dt.datetime(2026, 10, 1, tzinfo=AMSTERDAM)
PAGE = "https://kelder.example.nl/agenda/812-the-lantern-duo"


def read(body: str, *, url: str = PAGE) -> list[tuple[str, str | None]]:
    events = read_page(body, url=url, zone=AMSTERDAM, start=OCTOBER)
    return sorted(
        (event["title"], local_minute(dt.datetime.fromisoformat(event["start"]), AMSTERDAM)) for event in events
    )


RAIL = """<h2>Meer shows</h2><ul>
<li><div class='vevent'><a class='url summary' href='https://kelder.example.nl/agenda/805-harbour-folk'>Harbour Folk</a>
<span class='dtstart'>za 3 okt<span class='value-title' title='2026-10-03T21:00:00+02:00'></span></span></div></li>
<li><div class='vevent'><a class='url summary' href='https://kelder.example.nl/agenda/809-de-nachtband'>De Nachtband</a>
<span class='dtstart'>wo 7 okt<span class='value-title' title='2026-10-07T20:00:00+02:00'></span></span></div></li>
</ul>"""


def page(title: str, og_title: str | None = None, rail: str = RAIL) -> str:
    og = f"<meta property='og:title' content='{og_title}'>" if og_title else ""
    return f"""<html><head><title>{title}</title>{og}<meta property='og:site_name' content='De Kelder'></head><body>
<div class='highlight'><span class='event_title'><span class='word'>The</span><span class='word'>Lantern</span>
<span class='word'>Duo</span></span><span class='event_date'>vrijdag 9 oktober</span></div>
<dl><dt>Zaal open:</dt><dd>19:30 uur</dd><dt>Aanvang:</dt><dd>20:30 uur</dd></dl>
<p>Twee stemmen, een harmonium en een lantaarn.</p>{rail}</body></html>"""


# --- 1. the page's own event, named with its date and clock in the page's title ----------------------------------
def test_an_event_pages_own_event_is_read_from_its_title_beside_the_rail_of_other_shows() -> None:
    body = page(
        "The Lantern Duo - vrijdag 9 oktober 2026 om 20:30 - De Kelder",
        og_title="The Lantern Duo  - vrijdag 9 oktober 2026 om 20:30",
    )
    assert read(body) == [
        ("De Nachtband", "2026-10-07 20:00"),
        ("Harbour Folk", "2026-10-03 21:00"),
        ("The Lantern Duo", "2026-10-09 20:30"),
    ]


def test_the_document_title_serves_when_there_is_no_og_title_and_a_subtitle_stays_in_the_name() -> None:
    body = page("The Lantern Duo - Songs of the Lamp - vrijdag 9 oktober 2026 om 20:30 - De Kelder")
    assert ("The Lantern Duo - Songs of the Lamp", "2026-10-09 20:30") in read(body)


def test_no_event_of_its_own_when_the_title_has_no_clock_or_a_structured_event_is_the_page() -> None:
    listing = page("Agenda - oktober 2026 - De Kelder")
    assert [title for title, _ in read(listing)] == ["De Nachtband", "Harbour Folk"]
    own = RAIL.replace("https://kelder.example.nl/agenda/805-harbour-folk", PAGE)
    body = page("Harbour Folk - zaterdag 3 oktober 2026 om 21:00 - De Kelder", rail=own)
    assert [title for title, _ in read(body)] == ["De Nachtband", "Harbour Folk"]


def test_the_title_reading_is_pure_and_wants_a_date_a_clock_and_a_name() -> None:
    today = OCTOBER.date()
    assert head_event("The Lantern Duo - vrijdag 9 oktober 2026 om 20:30", today=today) == (
        "The Lantern Duo",
        dt.date(2026, 10, 9),
        dt.time(20, 30),
    )
    assert head_event("vrijdag 9 oktober 2026 om 20:30", today=today) is None  # no name before the date
    assert head_event("The Lantern Duo - vrijdag 9 oktober 2026", today=today) is None  # no clock
    assert head_event("Agenda 9 oktober 2026 - 10 oktober 2026 om 20:30", today=today) is None  # two dates
    assert head_event("x" * 100_000 + " 9 oktober 2026 om 20:30", today=today) is None  # not a title's length


@pytest.mark.parametrize(
    "title",
    [
        "Review: The Lantern Duo | Posted 9 oktober 2026, 20:30",  # when the page was posted
        "Agenda - updated 9 October 2026 at 20:30",  # when a listing was last changed
        "Events - 9 October 2026 at 20:30",  # a listing's name, not an event's
        "The Lantern Duo - 9 October 2026 | Tickets | Box office opens 10:00",  # a clock far from the date
    ],
)
def test_a_title_whose_date_and_clock_are_about_something_else_names_no_event(title: str) -> None:
    assert head_event(title, today=OCTOBER.date()) is None


def test_a_news_pages_title_names_no_event_of_its_own() -> None:
    body = page("Storm closes the harbour - 9 oktober 2026 20:30")
    assert [title for title, _ in read(body, url="https://kelder.example.nl/news/storm")] == [
        "De Nachtband",
        "Harbour Folk",
    ]


def test_a_name_holding_a_word_of_dates_keeps_its_event_and_the_stamp_pattern_is_linear() -> None:
    assert head_event("Due Process - 9 October 2026 at 20:30", today=OCTOBER.date()) == (
        "Due Process",
        dt.date(2026, 10, 9),
        dt.time(20, 30),
    )
    assert superlinear_shape(STAMPED) is None
