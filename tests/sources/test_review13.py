"""Review 13 of batch 50's page rules (merge 26c14b8: _page_glued_edges, _page_place_nouns, _page_own_page,
_page_slashed_ranges), on counter-examples of our own: pages a real site could publish that the rules misread.

* Place nouns in eight languages: a card's line under its date that names who plays or what is on ("Villa-Lobos
  Quartet", "Kino Tribute Band", "Castle Rock Film Night", "Italian Cinema Classics") or a match ("Crystal Palace vs
  Arsenal") or a phrase ("Silent cinema with live piano", "Halle Berry in person") was read as the event's place by
  its new noun. Now such a line is no place (_page_billed_lines).
* Glued edges: a subscript's or a superscript's number is part of the word before it ("CO<sub>2</sub>",
  "km<sup>2</sup>"): no space is put at its start.
* A detail page's own url: a listing whose first card is headed by the page's one <h1> and links only its tickets
  (a venue's home page with a featured show above its other cards) gave that card the listing's address; now only
  the page's one card takes it.
* Slashed ranges: a composite class or a round's number before a dash ("Years 3/4 – 14/5/2026", "Class 1/2 –
  20/8/2026", "Round 2/3 – 6/12/2026") was read as the range's first day.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_billed_lines
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_page

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
SYDNEY = zoneinfo.ZoneInfo("Australia/Sydney")
JUNE = dt.datetime(2026, 1, 5)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
read = functools.partial(read_page, url="https://riversidearts.example/events/", zone=NEW_YORK, start=JUNE)


def listing(*cards: str) -> str:
    return f"""<html lang="en"><head><title>Summer programme</title></head><body><h1>Summer programme</h1>
<div class="events">{"".join(cards)}</div></body></html>"""


def card(title: str, when: str, under: str) -> str:
    return f"""<article class="event-card"><h3><a href="/e/{abs(hash(title))}">{title}</a></h3>
<p class="date">{when}</p><p class="sub">{under}</p></article>"""


@pytest.mark.parametrize(
    "under",
    [
        "Villa-Lobos Quartet",
        "Kino Tribute Band",
        "Castle Rock Film Night",
        "Italian Cinema Classics",
        "Crystal Palace vs Arsenal",
        "Sala Chamber Orchestra",
        "Silent cinema with live piano",
        "Halle Berry in person",
        "Live from Teatro alla Scala",
    ],
)
def test_a_billing_under_the_date_is_no_place(under: str) -> None:
    [event] = read(listing(card("Summer Evening", "July 14, 2026, 8:00 PM", under)))
    assert event["venue_name"] is None


@pytest.mark.parametrize(
    ("under", "expected"),
    [
        ("Orchestra Hall", "Orchestra Hall"),
        ("The Band Room", "The Band Room"),
        ("Kleiner Saal", "Kleiner Saal"),
        ("Teatro Real", "Teatro Real"),
        ("Pražákův palác, Knihovna", "Pražákův palác, Knihovna"),
    ],
)
def test_a_place_under_the_date_is_still_read(under: str, expected: str) -> None:
    [event] = read(listing(card("Summer Evening", "July 14, 2026, 8:00 PM", under)))
    assert event["venue_name"] == expected


def test_a_detail_pages_billing_subtitle_is_no_place() -> None:
    body = """<html lang="en"><head><title>Brazilian Strings</title></head><body><main><h1>Brazilian Strings</h1>
<p class="subtitle">Villa-Lobos Quartet</p><p>Saturday, July 14, 2026 at 8:00 PM</p>
<p>An evening of Brazilian chamber music.</p></main></body></html>"""
    [event] = read(body)
    assert event["venue_name"] is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Climate talk: cutting CO<sub>2</sub> at home", "Climate talk: cutting CO2 at home"),
        ("Housing in km<sup>2</sup>", "Housing in km2"),
    ],
)
def test_a_sub_or_superscript_stays_on_its_word(title: str, expected: str) -> None:
    [event] = read(listing(card(title, "July 14, 2026, 6:00 PM", "A talk for everyone.")))
    assert event["title"] == expected


def test_a_listings_h1_card_keeps_its_ticket_link_when_other_cards_follow() -> None:
    def show(tag: str, name: str, day: int) -> str:
        return f"""<article class="event-card"><{tag}>{name}</{tag}><p>July {day}, 2026, 9:00 PM</p>
<p><a href="https://www.eventbrite.com/e/{day}">Buy Tickets</a></p></article>"""

    body = f"""<html lang="en"><head><title>The Blue Door</title></head><body>
<section class="hero">{show("h1", "The Night Owls", 17)}</section>
<section><h2>Also coming up</h2>{show("h3", "Jazz Brunch", 19)}{show("h3", "Open Mic", 21)}</section></body></html>"""
    urls = {event["title"]: event["url"] for event in read(body)}
    assert urls == {
        "The Night Owls": "https://www.eventbrite.com/e/17",
        "Jazz Brunch": "https://www.eventbrite.com/e/19",
        "Open Mic": "https://www.eventbrite.com/e/21",
    }


def test_the_detail_pages_one_card_still_takes_the_pages_url() -> None:
    body = """<html lang="en"><head><title>Spring Concert</title></head><body><main><article class="event">
<h1>Spring Concert</h1><p>Saturday, April 18, 2026, 7:30 PM</p>
<a href="https://tickets.example.com/spring">Buy Tickets</a></article></main></body></html>"""
    [event] = read_page(body, url="https://arts.example.org/e/spring/", zone=NEW_YORK, start=JUNE)
    assert (event["url"], event["ticket_url"]) == (
        "https://arts.example.org/e/spring/",
        "https://tickets.example.com/spring",
    )


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("Years 3/4 – 14/5/2026, 9:00 am", "2026-05-14T09:00:00+10:00", None),
        ("Class 1/2 – 20/8/2026", "2026-08-20", None),
        ("Year 5/6 – 12/8/2026", "2026-08-12", None),
        ("● 7/7 – 11/7/2026", "2026-07-07", "2026-07-11"),
    ],
)
def test_a_class_or_rounds_number_before_a_dash_is_no_first_day(when: str, start: str, end: str | None) -> None:
    body = f"""<html lang="en-AU"><head><title>Events</title></head><body><h1>Upcoming events</h1>
<div class="events"><article class="event-card"><h3>School outing</h3><p>{when}</p></article>
<article class="event-card"><h3>Assembly</h3><p>13/9/2026</p></article></div></body></html>"""
    events = read_page(body, url="https://banksia.example/events/", zone=SYDNEY, start=JUNE)
    outing = next(event for event in events if event["title"] == "School outing")
    assert (outing["start"], outing["end"]) == (start, end)


def test_a_rounds_number_before_a_us_date() -> None:
    body = listing(
        card("Trivia night", "Round 2/3 – 6/12/2026 7pm", "Bring a team."),
        card("Quiz finals", "6/26/2026 7pm", "Bring a team."),
    )
    # (the card's title is read from its date line, "Round 2/3", as before the rule: not this review's)
    assert sorted(event["start"][:10] for event in read(body)) == ["2026-06-12", "2026-06-26"]


def test_the_new_patterns_are_linear() -> None:
    from sources.adapters._page_slashed_ranges import COUNTED_BEFORE

    assert superlinear_shape(COUNTED_BEFORE) is None
    assert superlinear_shape(_page_billed_lines.BILLED_END) is None
    assert superlinear_shape(_page_billed_lines.MATCH) is None
    assert superlinear_shape(_page_billed_lines.BILLING_WORD) is None
