"""left43: places on pages that earlier helpers noticed and left, mended generically; each test fails on main
f65cce71 without its mend, with hard negatives beside it. Dates 2031+.

1. A film's or a book's title and its stars or author after "at the" ("Screening: A Night at the Opera, Marx
   Brothers", "Night at the Museum, Ben Stiller") are no venue and town (review56's P2 and P4;
   ``_page_tail_places`` with ``_given_names.person_or_group``).
2. "Sutton Hall, Leeds" under a row's name is a venue again: only a common given name before a place's word makes
   a person ("John Hall, Portland OR"); an office one contacts ("Contact Office, Vallejo CA") is no venue
   (read-through 57's trade-off, review57's B8; ``_page_opening_places``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html
import pytest

from sources.adapters._given_names import person_or_group
from sources.adapters._page_bem_cards import whole_card
from sources.adapters._page_cards import has_date_hint
from sources.adapters._page_clock_sentences import opening_clock
from sources.adapters._page_opening_places import place_sentence
from sources.adapters._page_schedule import Entry
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 1, 2, 9)  # noqa: DTZ001 (read_page sets the zone)
read = functools.partial(read_page, url="https://site.example/events/", zone=LONDON, start=START)


def page(body: str, heading: str) -> str:
    return f"<html lang='en'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def rows(events: list[dict]) -> list[tuple[str | None, str | None]]:
    return [(event["title"], event["venue_name"]) for event in events]


def lines(*texts: str, heading: str) -> list[dict]:
    return read(page("<ul>" + "".join(f"<li>{text}</li>" for text in texts) + "</ul>", heading))


# 1. A title and its stars ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Screening: A Night at the Opera, Marx Brothers", "Screening: Night at the Museum, Ben Stiller"),
        ("Book talk: A Year at the Farm, Wendell Berry", "Film: Murder at the Vicarage, Joan Hickson"),
    ],
)
def test_a_title_and_its_stars_are_no_venue_and_town(first, second):
    events = lines(f"May 3, 2031 - {first}", f"May 10, 2031 - {second}", heading="Film Club")
    assert rows(events) == [(first, None), (second, None)]


def test_a_venue_and_its_town_after_at_the_are_still_the_place():
    events = lines(
        "May 3, 2031 - Quiz Night at the Crown, Sutton Coldfield",
        "May 10, 2031 - Jazz Night at the Old Mill, Charles Town",
        "May 17, 2031 - Safety Talk at the Awaken Cafe, Oakland, CA",
        heading="Shows",
    )
    assert [venue for _, venue in rows(events)] == [
        "Crown, Sutton Coldfield",
        "Old Mill, Charles Town",
        "Awaken Cafe, Oakland, CA",
    ]


@pytest.mark.parametrize("text", ["Ben Stiller", "Wendell Berry", "Mary Jane Smith", "Marx Brothers"])
def test_people_and_groups(text):
    assert person_or_group(text)


@pytest.mark.parametrize(
    "text",
    ["Bristol", "Sutton Coldfield", "Charles Town", "Stanley Park", "Santa Rosa", "Virginia Beach", "ben stiller"],
)
def test_towns_are_no_people(text):
    assert not person_or_group(text)


# 2. A venue whose name is a surname's shape -------------------------------------------------------------------------


def club(*items: tuple[str, str]) -> list[dict]:
    body = "<ul>" + "".join(f"<li><b>{name}</b><br/>{line}</li>" for name, line in items) + "</ul>"
    return read(page(body, "Club Calendar 2031"))


def test_a_venue_named_like_a_surname_and_its_town_is_the_place():
    events = club(
        ("April 18th Board Meeting", "Sutton Hall, Leeds."), ("May 30th Board Meeting", "Usher Hall, Edinburgh.")
    )
    assert rows(events) == [("Board Meeting", "Sutton Hall, Leeds"), ("Board Meeting", "Usher Hall, Edinburgh")]


def test_a_person_and_an_office_to_contact_are_still_no_place():
    events = club(
        ("April 18th Board Meeting", "John Hall, Portland OR."),
        ("May 30th Board Meeting", "Contact Office, Vallejo CA."),
    )
    assert rows(events) == [("Board Meeting", None), ("Board Meeting", None)]


@pytest.mark.parametrize(
    "text", ["Mary Church, Leeds", "Lisa Chambers, Bristol", "Box Office, Leeds", "Ticket Office, Vallejo CA"]
)
def test_people_and_offices_are_no_place_sentence(text):
    assert place_sentence(text) is None


@pytest.mark.parametrize("text", ["Trinity Church, Boston", "Village Hall, Leeds", "Corn Exchange Hall, Leeds"])
def test_venues_are_place_sentences(text):
    assert place_sentence(text) == text


# 3. A pair of days before the month on a schedule line (_page_pair_hits) ---------------------------------------------


def spans(events: list[dict]) -> list[tuple[str, str | None, str | None]]:
    return [
        (str(event["start"])[:10], str(event["end"])[:10] if event.get("end") else None, event["title"])
        for event in events
    ]


def listing(first: str, *, lang: str = "en", tag: str = "li") -> list[dict]:
    rest = ["Saturday 13 December 2031 - Carol Concert", "Sunday 21 December 2031 - Nativity"]
    if lang == "fr":
        rest = ["Samedi 13 décembre 2031 - Concert", "Dimanche 21 décembre 2031 - Loto"]
    body = "".join(f"<{tag}>{text}</{tag}>" for text in (first, *rest))
    html = page(f"<ul>{body}</ul>" if tag == "li" else body, "What's on")
    return read(html.replace("lang='en'", f"lang='{lang}'"))


@pytest.mark.parametrize("tag", ["li", "p"])
def test_a_pair_of_days_before_the_month_is_one_event_over_both(tag):
    events = listing("Saturday 6 and Sunday 7 December 2031 - Open Weekend", tag=tag)
    assert spans(events)[0] == ("2031-12-06", "2031-12-07", "Open Weekend")
    assert [title for _, _, title in spans(events)[1:]] == ["Carol Concert", "Nativity"]


def test_a_french_pair_of_days_is_one_event_over_both():
    events = listing("Samedi 6 et Dimanche 7 décembre 2031 - Portes ouvertes", lang="fr")
    assert spans(events)[0] == ("2031-12-06", "2031-12-07", "Portes ouvertes")


@pytest.mark.parametrize(
    "first",
    [
        "Hall 6 and Sunday 7 December 2031 - Craft Fair",  # a hall's number
        "Tickets £6 and Sunday 7 December 2031 - Panto",  # a price
        "Saturday 6 and Saturday 13 December 2031 - Open Days",  # a week apart: no run
    ],
)
def test_a_count_a_price_or_days_apart_make_no_pair(first):
    start, end, _ = spans(listing(first))[0]
    assert start != "2031-12-06"
    assert end is None


# 4. A BEM card's place in another part of it (_page_bem_cards) ------------------------------------------------------

SHOWS = [
    ("Jazz Night", "Saturday 14 June 2031, 7:30 PM", "The Old Mill • Bristol"),
    ("Folk Session", "Friday 20 June 2031, 7:30 PM", "Corn Exchange • Bristol"),
    ("Poetry Evening", "Thursday 26 June 2031, 7:30 PM", "St Mary's Church Hall • Bristol"),
]


def bem_cards(
    card: str = "x-card__content", primary: str = "x-card__primary", sub: str = "x-card__sub", *, extra: str = ""
) -> str:
    return "".join(
        f"<div class='{card}'><div class='{primary}'><a href='/e/{index}'><h3>{name}</h3></a><div class='x-card__when'>"
        f"{when}</div></div><div class='{sub}'><div class='x-card__where'>{where}</div>{extra}</div></div>"
        for index, (name, when, where) in enumerate(SHOWS)
    )


def test_a_bem_cards_place_in_its_other_part_is_the_place():
    events = read(page(bem_cards(primary="x-card__primary event-primary"), "Events"))
    assert rows(events) == [(name, where) for name, _, where in SHOWS]
    eventbrite = bem_cards(
        "eds-event-card-content__content",
        "eds-event-card-content__primary-content",
        "eds-event-card-content__sub-content",
    )
    assert [venue for _, venue in rows(read(page(eventbrite, "Events")))] == [where for _, _, where in SHOWS]


def test_a_part_of_another_block_or_a_lone_wrapper_stays_the_card():
    other = bem_cards("listing__item", "x-card__primary event-primary")  # the parent names another BEM block
    assert [venue for _, venue in rows(read(page(other, "Events")))] == [None, None, None]
    root = lxml.html.fromstring(page(bem_cards(primary="x-card__primary event-primary"), "Events"))
    part = root.find_class("x-card__primary")[0]
    assert whole_card(part, {part.getparent()}, has_date_hint) is part.getparent()
    assert whole_card(part, set(), has_date_hint) is part  # not one of a repeated group: a page's one wrapper


def test_a_part_with_its_own_date_keeps_the_cards_apart():
    dated = bem_cards(primary="x-card__primary event-primary", extra="<p>Next: Saturday 5 July 2031</p>")
    events = read(page(dated, "Events"))
    assert "The Old Mill • Bristol" not in [venue for _, venue in rows(events)]


# 5. A lone "Name at Venue" cell (_page_lone_cell_places) --------------------------------------------------------------


def dates_table(*names: str, linked: bool = False) -> list[dict]:
    days = ["Saturday 14 June 2031", "Saturday 12 July 2031", "Saturday 9 August 2031"]
    cells = [f"<a href='/event/{index}/'>{name}</a>" if linked else name for index, name in enumerate(names)]
    body = "".join(f"<tr><td>{day}</td><td>{cell}</td></tr>" for day, cell in zip(days, cells, strict=True))
    return read(page(f"<table>{body}</table>", "Important Dates"))


def test_a_lone_name_at_a_building_is_read_apart():
    events = dates_table("Grand Reunion at Eliot House", "Dinner at Trinity Hall", "Golf Day")
    assert rows(events) == [("Grand Reunion", "Eliot House"), ("Dinner", "Trinity Hall"), ("Golf Day", None)]


def test_a_linked_name_or_a_place_with_no_buildings_word_stays_whole():
    linked = dates_table(
        "Formula Vees at Oulton Park", "Street Stocks at Road America", "DW12s at Summit Point", linked=True
    )
    assert [venue for _, venue in rows(linked)] == [None, None, None]
    plain = dates_table("Street Stocks at Road America", "Picnic at Hanging Rock", "Night at the Museum")
    assert rows(plain) == [
        ("Street Stocks at Road America", None),
        ("Picnic at Hanging Rock", None),
        ("Night at the Museum", None),
    ]


# 6. A venue's street after its name in a sentence under a date (_page_place_streets) -------------------------------


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        ("19:30 Quiz Night at The Crown, 12 High Street.", "Quiz Night", "The Crown, 12 High Street"),
        ("19:30 Quiz at The Crown, 12 High Street, St Ives", "Quiz", "The Crown, 12 High Street, St Ives"),
        ("7pm, Bingo in the Village Hall, 3 Church Lane", "Bingo", "the Village Hall, 3 Church Lane"),
    ],
)
def test_a_venues_street_after_its_name_is_the_places(text, title, place):
    found = Entry(day=dt.date(2031, 6, 5), text="June 5, 2031")
    assert opening_clock(found, text) is not None
    assert (found.title, found.location) == (title, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("19:30 Quiz Night at The Crown, 12 teams max.", "The Crown"),  # a number that is no street
        ("19:30 Quiz Night at The Crown, all welcome", "The Crown"),  # a remark
        ("19:30 Quiz at The Crown with Jo Smith, 12 High Street", "The Crown"),  # a street not next to the venue
    ],
)
def test_no_street_right_after_the_venue_leaves_the_place_alone(text, place):
    found = Entry(day=dt.date(2031, 6, 5), text="June 5, 2031")
    assert opening_clock(found, text) is not None
    assert found.location == place


def test_a_pair_of_days_after_the_month_and_its_year_leave_the_title_alone():
    events = listing("December 6 and 7, 2031 - Open Weekend")
    assert spans(events) == [
        ("2031-12-06", "2031-12-07", "Open Weekend"),
        ("2031-12-13", None, "Carol Concert"),
        ("2031-12-21", None, "Nativity"),
    ]
    colon = listing("Dec 6 & 7, 2031: Open Weekend at the Old Mill")
    assert spans(colon)[0] == ("2031-12-06", "2031-12-07", "Open Weekend at the Old Mill")


@pytest.mark.parametrize("first", ["December 6 and 7pm - Carols", "December 6 and 13, 2031 - Open Days"])
def test_a_clock_or_a_day_a_week_later_after_the_month_makes_no_pair(first):
    assert spans(listing(first))[0][:2] == ("2031-12-06", None)
