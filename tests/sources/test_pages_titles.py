"""The `html` adapter's titles for rows that do not name themselves: a row of documents alone is titled by
the body its documents name when that is another body than the heading above it; a tagline or site name
that a venue repeats before every event's name is not part of the name."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from tests.sources.helpers import parse_body

ZONE = zoneinfo.ZoneInfo("America/Chicago")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://oak.example/meetings"


def parse(body: str, title: str = "Meetings | Oak Town") -> list:
    return parse_body(body, title=title, zone=ZONE, base=BASE, start=START)


# --- a row of another body's documents ----------------------------------------------------------------------
COUNCIL_LIST = (
    "<ul><li>March 3, 2027 6:00 PM City Council Regular Meeting</li>"
    '<li>March 3, 2027 <a href="https://oak.example/pc-agenda.pdf">Planning Commission Agenda</a></li>'
    "<li>March 17, 2027 6:00 PM City Council Regular Meeting</li>"
    '<li>March 17, 2027 <a href="https://oak.example/cc-agenda.pdf">City Council Agenda</a></li></ul>'
)


def test_another_bodys_documents_row_is_titled_by_that_body() -> None:
    events = parse("<h2>City Council Agendas and Meetings</h2>" + COUNCIL_LIST)
    planning = [event for event in events if any("pc-agenda" in link["url"] for link in event.links)]
    assert [event.title for event in planning] == ["Planning Commission meeting"]
    assert any("Planning Commission" in line and "documents" in line for line in planning[0].evidence)


def test_another_bodys_documents_row_without_a_heading_is_not_the_sites_name() -> None:
    events = parse(COUNCIL_LIST)
    assert sorted(event.title for event in events) == [
        "City Council Regular Meeting",
        "City Council Regular Meeting",
        "Planning Commission meeting",
    ]


def test_a_table_row_of_another_bodys_documents_is_titled_by_that_body() -> None:
    rows = (
        "<tr><td>March 3, 2027</td><td>Regular Meeting</td><td><a href='/a1.pdf'>Agenda</a></td></tr>"
        "<tr><td>March 10, 2027</td><td></td><td><a href='/pc.pdf'>Minutes of the Board of Zoning Appeals</a></td></tr>"
        "<tr><td>March 17, 2027</td><td>Regular Meeting</td><td><a href='/a2.pdf'>Agenda</a></td></tr>"
    )
    body = f"<h2>City Council</h2><table><tr><th>Date</th><th>Meeting</th><th>Agenda</th></tr>{rows}</table>"
    titles = {event.start: event.title for event in parse(body)}
    assert titles[dt.date(2027, 3, 10)] == "Board of Zoning Appeals meeting"
    assert titles[dt.date(2027, 3, 3)] == "Regular Meeting"


def test_the_sections_own_documents_keep_the_sections_title() -> None:
    body = (
        "<h2>Board of Trustees</h2><ul>"
        '<li>March 3, 2027 <a href="https://oak.example/bt-0303.pdf">Board of Trustees Agenda</a></li>'
        '<li>March 17, 2027 <a href="https://oak.example/bt-0317.pdf">Board of Trustees Agenda</a></li></ul>'
    )
    assert {event.title for event in parse(body)} == {"Board of Trustees meeting"}


@pytest.mark.parametrize(
    "documents",
    [
        '<a href="/pc.pdf">Planning Commission Agenda</a> <a href="/pk.pdf">Parks Board Agenda</a>',  # two bodies
        '<a href="/packets/">Earlier Board Packets</a>',  # a list of a body's documents, not this meeting's
    ],
)
def test_documents_that_name_no_one_body_keep_the_sections_title(documents: str) -> None:
    body = (
        f"<h2>City Council</h2><ul><li>March 3, 2027 {documents}</li>"
        '<li>March 17, 2027 <a href="/cc.pdf">City Council Agenda</a></li></ul>'
    )
    assert {event.title for event in parse(body)} == {"City Council meeting"}


# --- a venue's tagline before every name --------------------------------------------------------------------
TAGLINE = "Live music since 1987"
ACTS = (("Dec 12", "The Quartet"), ("Dec 19", "Sara Lee Trio"))


def test_a_tagline_before_every_lines_name_is_not_part_of_it() -> None:
    body = "<ul>" + "".join(f"<li>{day}, 8 pm - {TAGLINE} - {act}</li>" for day, act in ACTS) + "</ul>"
    events = parse(body, title="What's on | The Blue Note")
    assert [event.title for event in events] == ["The Quartet", "Sara Lee Trio"]
    assert events[0].source_title == f"Dec 12, 8 pm - {TAGLINE} - The Quartet"
    assert any(TAGLINE in line for line in events[0].evidence)


def test_a_tagline_before_every_cards_heading_is_not_part_of_it() -> None:
    cards = "".join(f"<article><h3>{TAGLINE} | {act}</h3>\n<p>{day}, 8pm</p></article>\n" for day, act in ACTS)
    events = parse(cards, title="What's on | The Blue Note")
    assert [event.title for event in events] == ["The Quartet", "Sara Lee Trio"]
    assert events[1].source_title == f"{TAGLINE} | Sara Lee Trio"


def test_the_sites_name_after_every_name_is_not_part_of_it() -> None:
    body = "<ul>" + "".join(f"<li>{day}, 8 pm - {act} – The Blue Note</li>" for day, act in ACTS) + "</ul>"
    events = parse(body, title="What's on | The Blue Note")
    assert [event.title for event in events] == ["The Quartet", "Sara Lee Trio"]


def test_a_body_shared_by_every_name_stays_in_it() -> None:
    # "City Council" is the page's title too, but it says whose meetings these are: not a site's name.
    body = "<ul><li>March 3, 2027 - City Council - Regular Meeting</li><li>March 17, 2027 - City Council - Budget Workshop</li></ul>"
    events = parse(body, title="City Council | Oak Town")
    assert [event.title for event in events] == ["City Council - Regular Meeting", "City Council - Budget Workshop"]


def test_a_shared_prefix_that_is_not_the_sites_stays() -> None:
    body = "<ul>" + "".join(f"<li>{day}, 8 pm - Jazz Brunch - {act}</li>" for day, act in ACTS) + "</ul>"
    events = parse(body, title="What's on | The Blue Note")
    assert [event.title for event in events] == ["Jazz Brunch - The Quartet", "Jazz Brunch - Sara Lee Trio"]


def test_a_slogan_in_the_pages_title_names_no_row() -> None:
    body = "<ul>" + "".join(f"<li>{day}, 8 pm</li>" for day, _ in ACTS) + "</ul>"
    events = parse(body, title=f"{TAGLINE} - The Blue Note")
    assert {event.title for event in events} == {"The Blue Note"}


def test_cards_written_without_spaces_between_their_elements_are_read() -> None:
    # Minified markup: "<h3>The Quartet</h3><p>Dec 12, 8pm</p>" reads "The QuartetDec 12" as one word run.
    cards = "".join(f"<article><h3>{act}</h3><p>{day}, 8pm</p></article>" for day, act in ACTS)
    events = parse(cards, title="What's on | The Blue Note")
    assert [(event.title, event.start.day) for event in events] == [("The Quartet", 12), ("Sara Lee Trio", 19)]
