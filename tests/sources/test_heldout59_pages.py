"""The fifty-ninth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout59.json: measured
once at 48ea3fdf), on small documents of our own:

* A record shop's event cards are one link each, an act's name over a date line "Monday 6th April at The Fighting
  Cocks, 7:00pm (18+)" that the card marks as its title: every card was titled with the date line's place and gave
  no place. Now a heading that is only a date line (a weekday, the day, " at <place>", the hour, a parenthesis) takes
  its name from the short element before it and its place from after " at " (_page_dated_headings). Not: a heading
  that names the event after its day, a date line with nothing named before it.
* A hiker's journal lists its posts as "✍️ Apr 19, 2026 · Mile 265" over each title: five posts were read as events
  titled "Mile 265". Now a date right after a writing mark (✍ ✏ ✒ 🖊 🖋 📝) is when a post was written: no event
  (_page_post_marks). Not: a calendar mark ("📅 12 May"), a memo mark elsewhere on an event's card.

Left (manifest's figures.after): past rows of a "Previous events" table are still printed (the page reader keeps a
page's past rows), and a card dated "TBA" gives no event (by design).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_post_marks import post_stamped
from tests.sources.helpers import local_minute, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
APRIL = dt.datetime(2026, 4, 1)  # noqa: DTZ001 - a wall-clock time read_page places in the zone

read_uk = functools.partial(read_page, url="https://shop.example.co.uk/events", zone=LONDON, start=APRIL)
read_us = functools.partial(read_page, url="https://trail.example.com/", zone=LOS_ANGELES, start=APRIL)


def card(name: str, when: str, code: str) -> str:
    name_span = f'<span class="artist">{name}</span>' if name else ""
    return (
        f'<div class="col item"><a class="card item" href="/gig/{code}">'
        f'<img src="/thumb.png?{code}" alt="{code}.png">{name_span}'
        f'<span class="title">{when}</span>'
        '<span class="description">Admission via e-ticket. Doors shortly after the time shown.</span>'
        "</a></div>"
    )


def listing(*cards: str) -> str:
    return f'<html><body><h1>Events</h1><div class="items">{"".join(cards)}</div></body></html>'


def summary(events: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [
        (
            event["title"],
            local_minute(dt.datetime.fromisoformat(str(event["start"])), LONDON)
            if "T" in str(event["start"])
            else event["start"],
            event.get("venue_name"),
        )
        for event in events
    ]


# A card's heading that is only its date line ----------------------------------------------------------------


def test_a_card_whose_title_element_is_its_date_line_is_named_by_the_line_before_it() -> None:
    page = listing(
        card("Lightyear / Slow Gherkin", "Monday 6th April at The Fighting Cocks, 7:00pm (18+)", "LSG060426"),
        card("Arlo Parks", "Wednesday 8th April at Circuit, 7:00pm (14+)", "AP080426"),
        card("My New Band Believe", "Thursday 9th April at Banquet Records, 6:00pm", "MNBB090426"),
    )

    assert summary(read_uk(page)) == [
        ("Lightyear / Slow Gherkin", "2026-04-06 19:00", "The Fighting Cocks"),
        ("Arlo Parks", "2026-04-08 19:00", "Circuit"),
        ("My New Band Believe", "2026-04-09 18:00", "Banquet Records"),
    ]


def test_a_date_heading_that_names_its_event_keeps_that_name() -> None:
    page = listing(
        card("Featured", "Monday 6th April: Jazz Night at The Hall, 8pm", "J1"),
        card("Featured", "Wednesday 8th April: Poetry Slam at The Hall, 7pm", "P1"),
    )

    titles = [event["title"] for event in read_uk(page)]

    assert "Featured" not in titles
    assert all("Jazz Night" in title or "Poetry Slam" in title for title in titles)


def test_a_date_line_with_nothing_named_before_it_keeps_its_old_reading() -> None:
    page = listing(
        card("", "Monday 6th April at The Fighting Cocks, 7:00pm (18+)", "A1"),
        card("", "Wednesday 8th April at Circuit, 7:00pm (14+)", "A2"),
    )

    events = read_uk(page)

    assert [local_minute(dt.datetime.fromisoformat(str(e["start"])), LONDON) for e in events] == [
        "2026-04-06 19:00",
        "2026-04-08 19:00",
    ]
    assert all(event["title"] for event in events)


def test_a_time_before_the_date_line_is_no_name() -> None:
    page = listing(
        card("7:00pm", "Monday 6th April at The Fighting Cocks", "T1"),
        card("6:00pm", "Wednesday 8th April at Circuit", "T2"),
    )

    assert all(event["title"] not in ("7:00pm", "6:00pm") for event in read_uk(page))


# A writing mark before a date ---------------------------------------------------------------------------------


def post(when: str, mile: int, title: str, slug: str) -> str:
    return (
        f'<a href="/post/{slug}"><div class="p-4"><div class="meta"><span>✍️</span><span>{when}</span>'
        f"<span>·</span><span>Mile <!-- -->{mile}</span></div><h3>{title}</h3>"
        f'<p class="excerpt">Hiking out of the valley today was brutal, a slow climb all day.</p></div></a>'
    )


def test_a_journals_posts_stamped_with_a_writing_hand_are_no_events() -> None:
    page = (
        "<html><head><title>Trail Tracker</title></head><body><div class='grid'>"
        + post("Apr 19, 2026", 265, "Sànbù", "a1")
        + post("Apr 18, 2026", 199, "Blue Blazing", "b2")
        + post("Apr 5, 2026", 87, "Monotony", "c3")
        + "</div></body></html>"
    )

    assert read_us(page) == []


def test_a_calendar_mark_before_a_date_is_the_events_day() -> None:
    page = (
        "<html><body><h1>Club nights</h1>"
        "<div class='event'><h3>Jazz Night</h3><p>📅 Apr 19, 2026 · 8pm</p></div>"
        "<div class='event'><h3>Folk Night</h3><p>📅 Apr 26, 2026 · 8pm</p></div>"
        "</body></html>"
    )

    assert sorted(event["title"] for event in read_us(page)) == ["Folk Night", "Jazz Night"]


def test_post_stamped_reads_only_a_mark_right_before_the_first_date() -> None:
    assert post_stamped("✍️ Apr 19, 2026 · Mile 265")
    assert post_stamped("📝Apr 5, 2026")
    assert not post_stamped("📅 Apr 19, 2026 · 8pm")
    assert not post_stamped("Apr 19, 2026 · 📝 sign-up closes soon")
    assert not post_stamped("✍️ Writing workshop, led by a poet, Apr 19, 2026")
