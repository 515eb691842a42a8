"""The hundred-and-twenty-third held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout123.json:
a Birmingham church's week, an island cricket association's cards, a Rutland listings magazine, a London town
partnership, a band's gigs table; an orchestra's theme demo posts and a fan page's history as the hard negatives;
measured once at ad5865fe), on small documents of our own:

* Day cards of rows "<time datetime="2031-06-08T10:30">10:30am</time> <strong>Breaking of Bread</strong>", with no
  heading, were no blocks; two headed cards of prose beside them were read instead (``_page_stamped_rows``); their
  place, an <address> under "Venue" further down, was never asked (``_page_stamped_rows.labelled_venue``).
* "Home · Nobles Cricket Ground, Douglas · 11:00" gave no place (facts run together) and no time (a bullet counted as
  prose's word) (``_page_clock_places.SIDE_LEAD``, ``_page_cards.prose_around``); "Ground" named no place.
* "<h2>Post Title<br><small>October 13, 2031</small></h2>" over lorem ipsum was an event
  (``_page_template_entries.PLACEHOLDER_TITLE``).
* "<h2>1994</h2><p>On June 26th Oasis played …</p>" was the page's event on the next 26 June
  (``_page_year_headed_lines``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_cards import prose_around
from sources.adapters._page_clock_places import place_before_clock
from sources.adapters._page_dates import find_clock
from sources.adapters._page_prepare import page_root
from sources.adapters._page_stamped_rows import stamped_rows
from sources.adapters._page_template_entries import PLACEHOLDER_TITLE
from tests.sources.helpers import read_page
from tests.sources.test_heldout114_pages import by_title

LONDON = zoneinfo.ZoneInfo("Europe/London")
read = functools.partial(read_page, url="https://club.example/whats-on.html", zone=LONDON)


def _day(day: str, rows: str) -> str:
    return f'<article class="schedule-card"><div class="schedule-date"><span>Sun</span><strong>{day}</strong></div>{rows}</article>'


def _row(stamp: str, shown: str, name: str) -> str:
    return f'<p><time datetime="{stamp}">{shown}</time> <strong>{name}</strong></p>'


WEEK = (
    "<html><body><h1>Join us this week</h1><div class='week'>"
    + _day(
        "8 Jun",
        _row("2031-06-08T10:30", "10:30am", "Breaking of Bread") + _row("2031-06-08T12:30", "12:30pm", "Bible Hour"),
    )
    + _day("9 Jun", _row("2031-06-09T19:45", "7:45pm", "Daily Readings"))
    + "</div><article class='recurring-card'><h3>Contacts and Sisters' classes</h3><p>Contacts Class at 8pm on 10 and 24"
    " June.</p></article><article class='recurring-card'><h3>Bible Class</h3><p>Speakers on 12, 19 and 26 June.</p>"
    "</article></body></html>"
)


def test_rows_stamped_with_a_day_and_showing_their_clock_are_the_weeks_events() -> None:
    events = by_title(read(WEEK, start=dt.datetime(2031, 6, 1, 9)))  # noqa: DTZ001  (the reader's zone)
    assert set(events) == {"Breaking of Bread", "Bible Hour", "Daily Readings"}
    assert events["Bible Hour"]["start"].startswith("2031-06-08T12:30")


NEWS = (
    "<html><body><h1>News</h1><ul>"
    + "".join(
        f'<li><time datetime="2031-0{month}-03T10:00">3 {name} 2031</time> <a href="/n/{month}">Club news</a></li>'
        for month, name in ((3, "March"), (4, "April"), (5, "May"))
    )
    + "</ul></body></html>"
)


def test_an_address_under_a_venues_label_is_the_rows_place_but_a_contacts_is_not() -> None:
    venue = (
        '<div><p class="eyebrow">Venue</p><h2>Find us</h2><address>Science Block<br>Hall Road, B21 9AR</address></div>'
    )
    footer = "<footer><address>Hall Road, B21 9AR</address></footer>"
    events = read(WEEK.replace("</body>", venue + footer + "</body>"), start=dt.datetime(2031, 6, 1, 9))  # noqa: DTZ001
    assert {event["venue_name"] for event in events} == {"Science Block, Hall Road, B21 9AR"}
    contact = venue.replace("Venue", "Contact us").replace("Find us", "Get in touch")
    events = read(WEEK.replace("</body>", contact + "</body>"), start=dt.datetime(2031, 6, 1, 9))  # noqa: DTZ001
    assert {event["venue_name"] for event in events} == {None}


def test_a_news_lists_stamps_showing_their_dates_are_no_stamped_rows() -> None:
    assert stamped_rows(page_root(NEWS), None) == []


def test_a_fixtures_side_is_set_aside_and_its_ground_or_town_is_the_place() -> None:
    assert place_before_clock(["Home · Nobles Cricket Ground, Douglas · 11:00"]) == "Nobles Cricket Ground, Douglas"
    assert place_before_clock(["Away · Guernsey · 11:00"]) == "Guernsey"
    assert place_before_clock(["Nobles Cricket Ground · 10:00–12:00"]) == "Nobles Cricket Ground"
    # a side alone before the hour, a side after the place, facts run together: no place
    assert place_before_clock(["Home · 11:00"]) is None
    assert place_before_clock(["Nobles Ground · Home · 11:00"]) is None
    assert place_before_clock(["Screen 1 • Sci-Fi • 2h46"]) is None


def test_bare_bullets_are_no_words_of_prose_but_a_sentence_still_is() -> None:
    line = "Home · Nobles Cricket Hall, Douglas · 11:00"
    assert not prose_around(line, find_clock(line))
    sentence = "Doors close at 8 p.m. so please arrive early."
    assert prose_around(sentence, find_clock(sentence))


def test_a_themes_field_names_are_placeholder_titles_but_titles_holding_them_are_not() -> None:
    for title in (
        "Post Title",
        "Post Title October 13, 2031",
        "Event Name",
        "Your Title Here",
        "Lorem ipsum dolor sit",
    ):
        assert PLACEHOLDER_TITLE.match(title), title
    for title in ("Post Title Fight Night", "The Event Name Game", "Lorem Ipsum Quartet live", "Title Night 2031"):
        assert not PLACEHOLDER_TITLE.match(title), title


HISTORY = (
    "<html><body><h1>Famous Gigs</h1><h2>2024</h2><p>On June 26th the band played their first appearance at the"
    " festival on the second stage, a month before their album.</p></body></html>"
)


def test_a_year_less_day_under_a_past_years_heading_is_history_but_under_this_years_an_event() -> None:
    assert read(HISTORY, start=dt.datetime(2031, 6, 1, 9)) == []  # noqa: DTZ001  (the reader's zone)
    coming = HISTORY.replace("<h2>2024</h2>", "<h2>2031</h2>").replace("played their first", "play their first")
    events = read(coming, start=dt.datetime(2031, 6, 1, 9))  # noqa: DTZ001  (the reader's zone)
    assert [event["start"][:10] for event in events] == ["2031-06-26"]
