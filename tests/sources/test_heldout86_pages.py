"""The eighty-sixth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout86.json: measured
once at 180a7128), on small documents of our own:

* A ham radio club's Jekyll-built Events page: no <h1>, titled only "Events" (<title> "Events - Club", og:title
  "Events"), its content one <h3> "June 2025 Field Day" over "<strong>Date</strong>: June 27–29, 2025" and its
  place. The event was read with its days and place, but titled "Events", the section's name. Now the one content
  heading right over a date's label names the event on a page titled only by its section
  (``_page_section_title.section_heading``). Not: a page titled with a name of its own, a heading that names a
  section ("Event details") or a list, two or more headings, a heading over prose or over a label with no day.
* A user group's Hugo-built Events page: "Upcoming Events" over a list of the year's meetup dates, the first one a
  link to its Meetup page ("<a href=…meetup.com/…/events/305740416/…>26th February 2025</a>"). The dates were read,
  the link kept as a document of the first row. Now a nameless row whose line is wholly one link to a web page has
  that page as its URL (``_page_date_link_rows.date_link_pages``). Not: a date linking to a file (an agenda's PDF)
  or a file host's page, or to a page its address calls a document's (minutes, a video); dates under a heading of
  documents ("Minutes"); a link that is only part of the line.

The batch's three other files were read right cold: a festival committee's notice board (date badge and name per
row) and two hard negatives, a charity's index of undated events and a hackerspace's catalogue of workshop kinds.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_info, _page_sections
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
read = functools.partial(read_page, url="https://club.example/events/", zone=LONDON, start=dt.datetime(2031, 1, 15))  # noqa: DTZ001


def _minute(moment: object) -> str | None:
    return str(moment)[:16] if moment else None


def _rows(events: list[dict]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(event["title"], _minute(event["start"]), _minute(event.get("end")), event["url"]) for event in events]


def _section_page(title: str, content: str) -> str:
    return (
        f'<html><head><title>{title} - Radio Club</title><meta property="og:title" content="{title}">'
        '<meta property="og:site_name" content="Radio Club"></head><body>'
        '<div class="masthead"><a class="site-title" href="/">Radio Club</a></div>'
        f'<div class="initial-content">{content}</div><footer>&copy; 2031 Radio Club</footer></body></html>'
    )


FIELD_DAY = (
    "<h3>Summer Field Day</h3><ul><li><strong>Date</strong>: June 27\u201329, 2031</li>"
    "<li><strong>Location</strong>: Camp Freeman, 25821 Monroe Camp Road, Snohomish WA 98290</li>"
    "<li><strong>Details</strong>:</li></ul><p>Lots of parking, food and chances to get on the air.</p>"
)


def _without_title_rule(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[str, str | None, str | None, str | None]]:
    """What the page reads as with the section-title rule off: a hard negative must read the same with it on."""
    with monkeypatch.context() as patched:
        patched.setattr(_page_info, "section_heading", lambda root, titles, branding: None)
        before = _rows(read(page))
    assert _rows(read(page)) == before
    return before


def test_a_section_pages_one_heading_over_a_date_label_names_its_event() -> None:
    events = read(_section_page("Events", FIELD_DAY))
    assert [(event["title"], str(event["start"]), str(event["end"])) for event in events] == [
        ("Summer Field Day", "2031-06-27", "2031-06-29")
    ]
    assert "Camp Freeman" in (events[0]["venue_name"] or "")


@pytest.mark.parametrize(
    ("title", "content"),
    [
        ("Spring Fair", FIELD_DAY.replace("Summer Field Day", "Programme")),  # the page names itself
        ("Events", FIELD_DAY.replace("Summer Field Day", "Event details")),  # a section's heading
        ("Events", FIELD_DAY.replace("Summer Field Day", "Upcoming events")),  # a list's heading
        ("Events", FIELD_DAY + FIELD_DAY.replace("Summer", "Winter").replace("June", "December")),  # two headings
        ("Events", "<h3>Summer Field Day</h3><p>We meet on June 27, 2031 at the camp, bring a radio.</p>"),  # prose
        ("Events", FIELD_DAY.replace("June 27\u201329, 2031", "to be announced")),  # a label with no day
    ],
)
def test_other_headings_and_titles_are_unchanged(monkeypatch: pytest.MonkeyPatch, title: str, content: str) -> None:
    _without_title_rule(_section_page(title, content), monkeypatch)


def test_a_news_article_and_a_shop_page_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    article = _section_page(
        "News",
        "<h2>Club wins award</h2><p>Date: March 3, 2031</p><p>The club was honoured at the regional dinner.</p>",
    )
    shop = _section_page(
        "Shop", "<h2>Antenna kit</h2><ul><li>Price: £45</li><li>Ships: within 3 days</li></ul><p>In stock.</p>"
    )
    assert _without_title_rule(shop, monkeypatch) == []
    _without_title_rule(article, monkeypatch)


MEETUP = "https://www.meetup.com/azure-group/events/305740416/"


def _dates_page(first: str) -> str:
    return (
        "<html><head><title>Events</title></head><body><nav><a href='/'>Home</a><a href='/events'>Events</a></nav>"
        "<main><h1>Events</h1><h3>Upcoming Events</h3><p>Here are the dates for our 2031 meetups:</p>"
        f"<ul><li>{first}</li><li>30th April 2031</li><li>25th June 2031</li></ul></main></body></html>"
    )


def _without_link_rule(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[str, str | None, str | None, str | None]]:
    with monkeypatch.context() as patched:
        patched.setattr(_page_sections, "date_link_pages", lambda entries, lines: None)
        before = _rows(read(page))
    assert _rows(read(page)) == before
    return before


def test_a_date_that_is_wholly_a_link_to_a_page_has_that_page() -> None:
    events = read(_dates_page(f'<a href="{MEETUP}?utm_source=link">26th February 2031</a>'))
    assert [(_minute(event["start"]), event["url"]) for event in events] == [
        ("2031-02-26", MEETUP),
        ("2031-04-30", None),
        ("2031-06-25", None),
    ]


@pytest.mark.parametrize(
    "first",
    [
        '<a href="https://club.example/files/agenda-2031-02-26.pdf">26th February 2031</a>',  # a file
        '<a href="https://club.example/minutes/2031-02-26">26th February 2031</a>',  # a document's page
        '<a href="https://www.youtube.com/watch?v=abc">26th February 2031</a>',  # a video
        '<a href="https://drive.google.com/file/d/0Bz/view?usp=sharing">26th February 2031</a>',  # a shared file
        '26th February 2031 \u2013 <a href="https://club.example/agenda/7">Agenda</a>',  # part of the line
    ],
)
def test_dates_linking_to_documents_or_partly_linked_are_unchanged(monkeypatch: pytest.MonkeyPatch, first: str) -> None:
    rows = _without_link_rule(_dates_page(first), monkeypatch)
    assert len(rows) == 3


def test_dates_under_a_heading_of_documents_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _dates_page('<a href="https://club.example/2031/02/26/">26th February 2031</a>').replace(
        "Upcoming Events", "Minutes"
    )
    assert all(url is None or "2031/02/26" not in url for *_, url in _without_link_rule(page, monkeypatch))


def test_a_bus_timetable_and_a_blog_post_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    timetable = (
        "<html><head><title>Route 5 timetable</title></head><body><h1>Route 5</h1><table>"
        "<tr><th>Stop</th><th>Depart</th></tr><tr><td><a href='/stops/1'>Market Square</a></td><td>07:15</td></tr>"
        "</table></body></html>"
    )
    post = (
        "<html><head><title>Our trip - Blog</title></head><body><h1>Our trip</h1><p>Posted "
        "<a href='https://blog.example/2031/03/03/'>3 March 2031</a></p><p>We went to the coast.</p></body></html>"
    )
    assert _without_link_rule(timetable, monkeypatch) == []
    _without_link_rule(post, monkeypatch)
