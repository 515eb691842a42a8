"""A way into an event is not its name (helper titles): every reader that names an event from a heading, a link or a
line asks _page_nav_links.names_no_event, not only the month grid's. Each rule on a small document of our own, with
the look-alike it must still read as a name:

1. a card's heading that is its category's link ("<h3><a href=/events/category/music/>Music</a></h3>" over the
   name), a call to action ("View details", "See more", "Sign up") or classed as its kind ("<h2 class=kicker>",
   "event-category") is not the card's name (_page_cards.heading_of), and a category's link is not its page;
2. the one link under a date line that is a hashtag, a tag's or a category's link, or "Show more" is not the event's
   name (_page_link_names.naming_link);
3. a category's link before the name in a table row's cell is left out of its title
   (_page_table_names.without_way_in);
4. a call to action or a category's link under a date heading, or between a row's name and its date, is passed over
   for the name (_page_line_neighbours).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters import _page_cards, _page_nav_links
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import superlinear_shape

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
NOW = dt.datetime(2027, 3, 1, tzinfo=CHICAGO)


def read(body: str) -> list:
    window = FetchWindow(NOW - dt.timedelta(days=30), NOW + dt.timedelta(days=365))
    return extract_document(
        body.encode(), window=window, page_url="https://hall.example.org/whatson", zone=CHICAGO
    ).events


def titles(events: list) -> list[str]:
    return [event["title"] for event in events]


def page(body: str, title: str = "What's on") -> str:
    return f"<html lang='en'><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def test_the_new_patterns_stay_linear() -> None:
    for pattern in (_page_nav_links.CALL_TO_ACTION, _page_cards.CATEGORY_CLASS):
        assert superlinear_shape(pattern) is None, pattern.pattern


def test_names_no_event_tells_a_way_in_from_a_name() -> None:
    for text, url in (
        ("More info", None),
        ("View details", None),
        ("See more", None),
        ("Sign up", None),
        ("Buy your tickets now", None),
        ("En savoir plus", None),
        ("Weiterlesen", None),
        ("+3 more", None),
        ("#nature", None),
        ("Music", "/events/category/music/"),
    ):
        assert _page_nav_links.names_no_event(text, url), text
    for text, url in (
        ("More Than Words", None),
        ("Book Club", None),
        ("Info Night", None),
        ("Tickets to Paradise", None),
        ("Sign Up Sheet Social", None),
        ("Music", "/events/music"),  # the event's own page
        ("#1 Hits Live", None),
    ):
        assert not _page_nav_links.names_no_event(text, url), text


# --- 1. a card's heading --------------------------------------------------------------------------------------------
def card(heading: str, name: str, when: str) -> str:
    return f"<article class='event-card'>{heading}{name}<p>{when}</p></article>"


def test_a_cards_category_heading_is_not_its_name() -> None:
    cards = "".join(
        card(
            f"<h3><a href='/events/category/{kind}/'>{kind.title()}</a></h3>",
            f"<h4><a href='{url}'>{name}</a></h4>",
            when,
        )
        for kind, name, url, when in (
            ("music", "Jazz Night", "/events/jazz-night", "Sat 13 Mar 2027, 7:30 pm"),
            ("talks", "Bird Walk Talk", "/events/bird-walk", "Sun 14 Mar 2027, 10:00 am"),
            ("film", "Noir Double Bill", "/events/noir", "Mon 15 Mar 2027, 8:00 pm"),
        )
    )
    events = read(page(f"<div class='events'>{cards}</div>"))
    assert titles(events) == ["Jazz Night", "Bird Walk Talk", "Noir Double Bill"]
    assert events[0]["url"] == "https://hall.example.org/events/jazz-night"


def test_a_cards_heading_linking_to_its_own_page_stays_its_name() -> None:
    """Hard negative: a one-word heading ("Music", "Film") that links to the event's own page is its name."""
    cards = "".join(
        card(f"<h3><a href='{url}'>{name}</a></h3>", "", when)
        for name, url, when in (
            ("Music", "/events/music-2027-03-13", "Sat 13 Mar 2027, 7:30 pm"),
            ("More Than Words", "/events/more-than-words", "Sun 14 Mar 2027, 10:00 am"),
            ("Book Club", "/events/book-club", "Mon 15 Mar 2027, 8:00 pm"),
        )
    )
    assert titles(read(page(f"<div class='events'>{cards}</div>"))) == ["Music", "More Than Words", "Book Club"]


def test_a_cards_call_to_action_heading_is_not_its_name() -> None:
    items = "".join(
        f"<li class='event'><h4><a href='{url}'>{cta}</a></h4><p>{when}</p><div class='event-title'>{name}</div></li>"
        for cta, name, url, when in (
            ("View details", "Jazz Night", "/events/jazz-night", "Sat 13 Mar 2027, 7:30 pm"),
            ("See more", "Bird Walk", "/events/bird-walk", "Sun 14 Mar 2027, 10:00 am"),
            ("Sign up", "Noir Double Bill", "/events/noir", "Mon 15 Mar 2027, 8:00 pm"),
        )
    )
    events = read(page(f"<ul class='listing'>{items}</ul>"))
    assert titles(events) == ["Jazz Night", "Bird Walk", "Noir Double Bill"]


def test_a_cards_heading_that_only_opens_like_a_call_stays_its_name() -> None:
    """Hard negative: "Info Night", "Tickets to Paradise", "Sign Up Sheet Social" are names."""
    items = "".join(
        f"<li class='event'><h4><a href='{url}'>{name}</a></h4><p>{when}</p></li>"
        for name, url, when in (
            ("Info Night", "/events/info-night", "Sat 13 Mar 2027, 7:30 pm"),
            ("Tickets to Paradise", "/events/paradise", "Sun 14 Mar 2027, 10:00 am"),
            ("Sign Up Sheet Social", "/events/social", "Mon 15 Mar 2027, 8:00 pm"),
        )
    )
    events = read(page(f"<ul class='listing'>{items}</ul>"))
    assert titles(events) == ["Info Night", "Tickets to Paradise", "Sign Up Sheet Social"]


# --- 2. the link under a date line ----------------------------------------------------------------------------------
def test_a_tag_or_a_more_link_under_a_date_is_not_the_events_name() -> None:
    body = (
        "<p>13 March 2027<br><a href='/events/tag/nature/'>#nature</a></p>"
        "<p>14 March 2027<br><a href='/events/more-than-words'>More Than Words</a></p>"
        "<p>15 March 2027<br><a href='/events/list?page=2'>Show more</a></p>"
        "<p>16 March 2027<br><a href='/events/category/music/'>Music</a></p>"
    )
    events = read(page(body, "Events"))
    named = {event["start"][:10]: event for event in events}
    assert named["2027-03-14"]["title"] == "More Than Words"  # hard negative: a name that opens with "More"
    assert named["2027-03-14"]["url"] == "https://hall.example.org/events/more-than-words"
    for day in ("2027-03-13", "2027-03-15", "2027-03-16"):
        assert named[day]["title"] not in {"#nature", "Show more", "Music"}
        assert not (named[day].get("url") or "").startswith("https://hall.example.org/events/tag")


# --- 3. a table row's title cell ------------------------------------------------------------------------------------
def test_a_category_link_before_a_rows_name_is_left_out() -> None:
    rows = "".join(
        f"<tr><td>{day} March 2027</td><td><a href='/events/category/talks/'>Talks</a> <a href='{url}'>{name}</a></td></tr>"
        for day, name, url in (("16", "Astronomy Evening", "/events/astro"), ("17", "Geology Evening", "/events/geo"))
    )
    events = read(page(f"<table><tr><th>Date</th><th>What</th></tr>{rows}</table>", "Events"))
    assert titles(events) == ["Astronomy Evening", "Geology Evening"]


def test_a_rows_name_that_opens_like_a_link_elsewhere_is_kept() -> None:
    """Hard negative: "Tickets Please" is the row's name; the "Tickets" link is in another cell, and a name that
    is only a category-like word linking to its own page stays whole."""
    rows = (
        "<tr><td>16 March 2027</td><td>Tickets Please</td><td><a href='/events/tickets-please'>Tickets</a></td></tr>"
        "<tr><td>17 March 2027</td><td><a href='/events/talks-live'>Talks Live</a></td><td></td></tr>"
    )
    events = read(page(f"<table><tr><th>Date</th><th>What</th><th></th></tr>{rows}</table>", "Events"))
    assert titles(events) == ["Tickets Please", "Talks Live"]


# --- 4. the line under a date heading, the line above a row's date -------------------------------------------------
def test_a_way_in_under_a_date_heading_is_passed_over_for_the_name() -> None:
    body = (
        "<h3>Friday 19 March 2027</h3><p><a href='/events/category/music/'>Music</a></p><p><a href='/e/7'>Mizmor</a></p>"
        "<h3>Saturday 20 March 2027</h3><p><a href='/e/8'>Tickets to Paradise</a></p>"  # hard negative
        "<h3>Sunday 21 March 2027</h3><p>More info</p><p><a href='/e/9'>Quartet</a></p>"
    )
    events = read(page(body, "Shows"))
    assert titles(events) == ["Mizmor", "Tickets to Paradise", "Quartet"]
    assert events[0]["url"] == "https://hall.example.org/e/7"


def test_a_tag_between_a_rows_name_and_its_date_is_not_the_name() -> None:
    items = (
        "<li>Seed Swap<br><a href='/events/tag/family/'>#family</a><br>Saturday, March 13, 2027</li>"
        "<li>Author talk<br><a href='/events/category/talks/'>Talks</a><br>Tuesday, March 16, 2027</li>"
        "<li>More Than Words<br>Friday, March 19, 2027</li>"  # hard negative: a name that opens with "More"
    )
    events = read(page(f"<ul>{items}</ul>", "Shows"))
    assert titles(events) == ["Seed Swap", "Author talk", "More Than Words"]


def test_an_event_blocks_category_heading_is_neither_its_name_nor_its_page() -> None:
    body = (
        "<div class='event-detail'><h2><a href='/events/category/music/'>Music</a></h2><h1>Jazz Night</h1>"
        "<p>Saturday 13 March 2027, 7:30 pm</p><p>An evening of standards with the house trio.</p></div>"
    )
    events = read(page(body, "The Blue Hall"))
    assert titles(events) == ["Jazz Night"]
    assert "category" not in (events[0].get("url") or "")


def test_an_event_blocks_own_link_named_like_a_category_is_its_page() -> None:
    """Hard negative: "Music" linking to the event's own page is the block's name and page."""
    body = (
        "<div class='event-detail'><h2><a href='/events/music-2027'>Music</a></h2>"
        "<p>Saturday 13 March 2027, 7:30 pm</p><p>An evening of standards with the house trio.</p></div>"
    )
    events = read(page(body, "The Blue Hall"))
    assert titles(events) == ["Music"]
    assert events[0]["url"] == "https://hall.example.org/events/music-2027"


def test_a_heading_classed_as_the_events_kind_is_not_its_name() -> None:
    cards = (
        "<article class='event-card'><h3 class='event-category'>Music</h3><h4>Jazz Night</h4>"
        "<p>Sat 13 Mar 2027, 7:30 pm</p></article>"
        "<article class='event-card'><h3 class='eyebrow'>Talks</h3><h4>Bird Walk Talk</h4>"
        "<p>Sun 14 Mar 2027, 10:00 am</p></article>"
        # hard negatives: a name that says "Tag" or "Category", in a heading classed as the title
        "<article class='event-card'><h3 class='card-title'>Tag Rugby Open Day</h3><p>Mon 15 Mar 2027, 8:00 pm</p></article>"
        "<article class='event-card'><h3 class='title tagline-free'>Category Is: Drag Brunch</h3>"
        "<p>Tue 16 Mar 2027, 11:00 am</p></article>"
    )
    events = read(page(f"<div class='events'>{cards}</div>"))
    assert titles(events) == ["Jazz Night", "Bird Walk Talk", "Tag Rugby Open Day", "Category Is: Drag Brunch"]


def test_a_card_headed_more_dates_is_not_an_event_named_so() -> None:
    """A detail page's "Weitere Termine" ("more dates") box is the way to other dates, not an event of that name;
    "Weitere Wege Festival" is a name."""
    body = "<main><h1>Sitzung</h1><div class='card'><h2>{}</h2><p>7. Dezember 2027, 09:30 Uhr</p></div></main>"
    assert "Weitere Termine" not in titles(read(page(body.format("Weitere Termine"), "Sitzungen")))
    assert titles(read(page(body.format("Weitere Wege Festival"), "Sitzungen"))) == ["Weitere Wege Festival"]
