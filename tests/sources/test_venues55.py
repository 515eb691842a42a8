"""venues55: an event's place as the web commonly presents it on listing cards, rows and event pages (docs/venues55-probes.md
has every probe and what main read). Each positive test fails on main babfc188; the near-misses stay placeless."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 6, 1, 9)  # noqa: DTZ001 (read_page sets the zone)
read = functools.partial(read_page, url="https://arts.example/whats-on/", zone=LONDON, start=START)

TITLES = ("Jazz Night", "Folk Session", "Poetry Evening")
DAYS = ("Saturday 14 June 2031", "Friday 20 June 2031", "Thursday 26 June 2031")
VENUES = ("The Old Mill", "Corn Exchange", "Quayside Rooms")


def page(body: str, lang: str = "en", heading: str = "What's On") -> str:
    return f"<html lang='{lang}'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def cards(template: str, lines: tuple[str, ...] = VENUES) -> str:
    """Three cards of ``template`` ({t} title, {d} day, {p} the line under test, {i} index)."""
    return "".join(template.format(t=TITLES[i], d=DAYS[i], p=lines[i], i=i) for i in range(3))


def places(body: str, lang: str = "en", heading: str = "What's On") -> list[str | None]:
    events = read(page(body, lang, heading))
    assert len(events) == 3, events
    return [event["venue_name"] for event in events]


def single_place(body: str) -> str | None:
    html = f"<html lang='en'><head><title>Jazz Night | Arts</title></head><body>{body}</body></html>"
    events = read(html)
    assert len(events) == 1, events
    return events[0]["venue_name"]


NONE = [None, None, None]


# 1. Place marks no icon element shows: a pin emoji, a ligature icon font's word, a small image (_page_place_marks).


@pytest.mark.parametrize(
    "mark",
    [
        "📍 ",
        "<span class='material-icons'>place</span>",
        "<span class='material-symbols-outlined'>location_on</span>",
        "<img src='/static/i/pin.svg' alt='Location'> ",
        "<img src='/static/i/map-marker.png' alt=''> ",
    ],
)
def test_a_place_mark_before_a_name_gives_the_place(mark):
    body = cards("<div class='card'><h3>{t}</h3><p>{d}, 7:30pm</p><p>" + mark + "{p}</p></div>")
    assert places(body) == list(VENUES)


def test_a_pin_among_other_facts_gives_only_the_words_after_it():
    body = cards("<div class='card'><h3>{t}</h3><p>🗓 {d} 📍 {p}</p></div>")
    assert places(body) == list(VENUES)
    assert single_place("<h1>Jazz Night</h1><p>📅 Saturday 14 June 2031 at 7:30pm</p><p>📍 The Old Mill</p>") == (
        "The Old Mill"
    )


@pytest.mark.parametrize(
    "line",
    [
        "<h3>📍 {t}</h3><p>{d}, 7:30pm</p>",  # a title's decoration
        "<h3>{t}</h3><p>{d}, 7:30pm</p><p>🎟 £12 on the door</p>",  # another emoji
        "<h3>{t}</h3><p><span class='material-icons'>event</span> {d}</p>"
        "<p><span class='material-icons'>person</span> Friends of the Mill</p>",  # other ligatures
        "<img src='/uploads/location.jpg' alt=''><h3>{t}</h3><p>{d}, 7:30pm</p>",  # a photo, no words after it
        "<h3>{t}</h3><p>{d}, 7:30pm</p><p><img src='/i/pin.svg' alt='Location'> "
        "<a href='https://maps.google.com/?q=x'>Get directions</a></p>",  # where to look, not the place
        "<h3>{t}</h3><p>{d}, 7:30pm</p><p><i class='fa fa-map-marker'></i> <a href='https://maps.google.com/?q=x'>"
        "Get directions</a></p>",
    ],
)
def test_marks_that_are_no_place_give_none(line):
    assert places(cards("<div class='card'>" + line + "</div>")) == NONE


# 2. A link to a venue's own page (_page_place_links).


@pytest.mark.parametrize(
    "href", ["/venues/v{i}", "/venue/v{i}/", "/locations/l{i}/", "https://arts.example/orte/ort-{i}", "/lieux/l{i}"]
)
def test_a_link_to_a_venues_page_gives_the_place(href):
    body = cards(
        "<div class='card'><h3><a href='/e/{i}'>{t}</a></h3><p>{d}, 7:30pm</p><p><a href='"
        + href
        + "'>{p}</a></p></div>"
    )
    assert places(body) == list(VENUES)


def test_a_venue_link_alone_on_its_line_gives_a_single_events_place():
    body = (
        "<h1>Jazz Night</h1><p>Saturday 14 June 2031, 7:30pm</p><p><a href='/venues/the-old-mill'>The Old Mill</a></p>"
    )
    assert single_place(body + "<p>An evening of jazz standards.</p>") == "The Old Mill"


@pytest.mark.parametrize(
    "extra",
    [
        "<p><a href='/venues/v{i}'>View venue</a></p>",  # a call to look
        "<p><a href='/venues/'>Venues</a></p>",  # the list of venues
        "<p><a href='/artists/a{i}'>The Quartet</a></p>",  # who plays
        "<p><a href='/events/category/music/'>Music</a></p>",  # a category
        "<p><a href='/organizer/o{i}'>Friends of the Mill</a></p>",  # who organises
    ],
)
def test_links_that_name_no_venue_give_none(extra):
    assert places(cards("<div class='card'><h3>{t}</h3><p>{d}, 7:30pm</p>" + extra + "</div>")) == NONE


def test_a_menu_of_venue_links_is_no_events_place():
    menu = "<ul><li><a href='/venues/old-mill'>The Old Mill</a></li><li><a href='/venues/corn-exchange'>Corn Exchange</a></li></ul>"
    nav = "<nav><a href='/venues/quayside'>Quayside Rooms</a></nav>"
    body = nav + menu + cards("<div class='card'><h3>{t}</h3><p>{d}, 7:30pm</p></div>")
    assert places(body) == NONE
    assert single_place(nav + "<h1>Jazz Night</h1><p>Saturday 14 June 2031, 7:30pm</p>") is None


# 3. A site builder's hook attribute (_page_place_hooks).


def test_a_hook_attribute_naming_the_location_gives_the_place():
    body = (
        "<h1 data-hook='event-title'>Jazz Night</h1><p data-hook='event-full-date'>Jun 14, 2031, 7:30 PM – 10:00 PM</p>"
        "<p data-hook='event-full-location' class='x1k9'>The Old Mill, 12 Mill Lane, Bristol</p>"
    )
    assert single_place(body) == "The Old Mill, 12 Mill Lane, Bristol"


def test_a_hook_attribute_naming_a_control_gives_none():
    body = (
        "<div data-hook='location-filter'>Quayside Rooms</div><button data-testid='venue-map-button'>Corn Exchange"
        "</button><h1>Jazz Night</h1><p>Saturday 14 June 2031, 7:30pm</p>"
    )
    assert single_place(body) is None


# 4. A listing's bare place line under every card's date (_page_sibling_places).


@pytest.mark.parametrize(
    "template",
    [
        "<div class='card'><h3><a href='/e/{i}'>{t}</a></h3><p>{d}, 7:30pm</p><p>{p}</p></div>",
        "<article><time>{d}</time><h2><a href='/e/{i}'>{t}</a></h2><div>{p}</div></article>",
        "<div class='event-item'><h4>{t}</h4><span class='date'>{d}</span><br><small>{p}</small></div>",
        "<div class='card'><h3>{t}</h3><p>{d}, 7:30pm</p><p>{p}</p><p>A relaxed evening for all ages.</p></div>",
    ],
)
def test_a_bare_line_under_every_cards_date_is_the_place(template):
    assert places(cards(template)) == list(VENUES)


def test_a_german_listings_bare_place_lines():
    body = cards(
        "<div class='termin'><h3>{t}</h3><p>{d}</p><p>{p}</p></div>",
        ("Vereinsheim Schleusingen", "Kägelbanan", "Gasthaus Krone"),
    ).replace("Saturday 14 June 2031", "Samstag, 14.06.2031, 19:30 Uhr")
    body = body.replace("Friday 20 June 2031", "Freitag, 20.06.2031, 19:30 Uhr")
    body = body.replace("Thursday 26 June 2031", "Donnerstag, 26.06.2031, 19:30 Uhr")
    assert places(body, "de", "Termine") == ["Vereinsheim Schleusingen", "Kägelbanan", "Gasthaus Krone"]


@pytest.mark.parametrize(
    "lines",
    [
        ("Music", "Talks", "Family"),  # tags
        ("More Details", "More Details", "More Details"),  # the same line on every card
        ("An evening of standards.", "Bring your instrument and join in.", "Readings from local poets."),
        ("The Old Mill", "Corn Exchange", "Bring your instrument and join in."),  # one card's slot is no place
        ("£12", "£8 / £6", "Free"),
        ("Online", "Zoom", "Virtual"),
        ("with The Quartet", "with Anna Smith", "with Blue Horizon"),
        ("Sold Out", "Book Now", "Read More"),
    ],
)
def test_bare_lines_that_are_no_places_give_none(lines):
    body = cards("<div class='card'><h3>{t}</h3><p>{d}, 7:30pm</p><p>{p}</p></div>", lines)
    assert places(body) == NONE


def test_a_bare_line_held_by_a_category_class_is_no_place():
    body = cards("<div class='card'><h3>{t}</h3><p>{d}, 7:30pm</p><p class='tag'>{p}</p></div>")
    assert places(body) == NONE


# 5. A date line's place after its time (_page_meta_places).


@pytest.mark.parametrize(
    "line",
    [
        "{d}, 7:30pm @ {p}",
        "{d} at 7:30pm at {p}",
        "{d} · 7:30pm · at {p}",
        "{d} | 7:30pm | {p}",
        "{d}, 7:30pm, {p}",
        "{d} – {p}",
    ],
)
def test_a_date_lines_place_after_its_time(line):
    assert places(cards("<div class='event'><h3><a href='/e/{i}'>{t}</a></h3><p>" + line + "</p></div>")) == list(
        VENUES
    )


@pytest.mark.parametrize(
    "line",
    [
        "{d}, 7:30pm – Doors 7pm",
        "{d} · Live Music",
        "{d}, 7:30pm · Free",
        "{d}, 7:30pm – Sold Out",
        "{d}, 7:30pm · Online",
        "{d}, 7:30pm with The Quartet",
        "{d} @ 7:30pm",
        "{d}, 7:30pm - 10:00pm",
    ],
)
def test_a_date_lines_other_words_after_its_time_are_no_place(line):
    assert places(cards("<div class='event'><h3>{t}</h3><p>" + line + "</p></div>")) == NONE


# 6. A table's place column headed in Swedish, Norwegian or Finnish (_page_schedule.COLUMN_ROLES).


@pytest.mark.parametrize(("header", "lang"), [("Plats", "sv"), ("Sted", "no"), ("Paikka", "fi")])
def test_a_place_column_headed_in_other_languages(header, lang):
    days = ("14.06.2031", "20.06.2031", "26.06.2031")
    rows = "".join(f"<tr><td>{days[i]}</td><td>{TITLES[i]}</td><td>{VENUES[i]}</td></tr>" for i in range(3))
    body = f"<table><tr><th>Datum</th><th>Program</th><th>{header}</th></tr>{rows}</table>"
    assert places(body, lang, "Kalender") == list(VENUES)


def test_an_organiser_column_is_no_place_column():
    rows = "".join(f"<tr><td>{DAYS[i]}</td><td>{TITLES[i]}</td><td>Friends of the Mill</td></tr>" for i in range(3))
    assert places(f"<table><tr><th>Date</th><th>Event</th><th>Organiser</th></tr>{rows}</table>") == NONE


@pytest.mark.parametrize(
    ("line", "named"), [("Tuesday", False), ("Sat & Sun", False), ("Samstag", False), ("The Old Mill", True)]
)
def test_a_weekday_after_a_date_is_no_place(line: str, named: bool) -> None:
    # "May 4, 2027 - Tuesday": a day divider's weekday after the date's dash (tests/sources/test_heldout24_pages.py)
    from sources.adapters._page_sibling_places import a_name

    assert a_name(line, "") is named
