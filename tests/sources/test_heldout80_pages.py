"""The eightieth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout80.json: measured once
at 444c33e2), on small documents of our own:

* A fair's city page names its place only by a link to a map, on a line of its own under the date ("<a
  href='google.com/maps/place/…'>Trojhalí Karolina</a>"): no label, class or address said it was the place, so the
  event had none. Now such a link's words, a short undated name, are the place when nothing else gives one
  (``_page_single_place._map_named``). Not: a link that names the map or the way there ("Get directions", "Google
  Maps", "Anfahrt"), a map link beside other words on its line, one in an aside, a link to anything but a map.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from tests.sources.helpers import read_page

PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")
# A fair's city page, fetched in January for the year ahead.
read_cs = functools.partial(read_page, url="https://fair.example/ostrava/", zone=PRAGUE, start=dt.datetime(2031, 1, 10))  # noqa: DTZ001

MAPS = "https://www.google.com/maps/place/Trojhali+Karolina/@49.82,18.28,17z"


def _page(place_line: str, *, aside: bool = False) -> str:
    line = f"<aside>{place_line}</aside>" if aside else place_line
    return (
        "<html><body><main><section><h1>Maker Faire Ostrava</h1>"
        f'<div class="hero"><div class="when">23. května 2031</div>{line}'
        '<div class="hours">10:00–17:00</div></div>'
        "<p>Děkujeme návštěvníkům a vystavovatelům!</p></section></main></body></html>"
    )


def test_a_map_link_on_a_line_of_its_own_names_the_place() -> None:
    events = read_cs(_page(f'<a href="{MAPS}" class="hero-link"><div>Trojhalí Karolina</div></a>'))
    assert [(event["title"], event["venue_name"]) for event in events] == [("Maker Faire Ostrava", "Trojhalí Karolina")]
    assert str(events[0]["start"]).startswith("2031-05-23T10:00")


@pytest.mark.parametrize(
    "place_line",
    [
        f'<a href="{MAPS}">Get directions</a>',  # the way there, not the place
        f'<a href="{MAPS}">Google Maps</a>',
        '<a href="https://maps.google.de/maps?q=Halle">Anfahrt</a>',
        f'<a href="{MAPS}">Itinéraire</a>',
        '<a href="https://fair.example/tickets/">Trojhalí Karolina</a>',  # a link, but to no map
        f'<p>Vstupenky: <a href="{MAPS}">Trojhalí Karolina</a> a online</p>',  # beside other words on its line
    ],
)
def test_no_place_from_a_link_that_names_the_map_or_is_no_map(place_line: str) -> None:
    events = read_cs(_page(place_line))
    assert [event["title"] for event in events] == ["Maker Faire Ostrava"]
    assert events[0]["venue_name"] in (None, "")


def test_a_map_link_in_an_aside_is_not_the_events_place() -> None:
    events = read_cs(_page(f'<a href="{MAPS}">Trojhalí Karolina</a>', aside=True))
    assert [event["title"] for event in events] == ["Maker Faire Ostrava"]
    assert events[0]["venue_name"] in (None, "")


def test_a_labelled_place_comes_before_a_map_link() -> None:
    page = _page(f'<p>Místo: Výstaviště Černá louka</p><a href="{MAPS}">Trojhalí Karolina</a>')
    assert [event["venue_name"] for event in read_cs(page)] == ["Výstaviště Černá louka"]


def test_a_map_link_far_from_the_date_is_not_the_events_place() -> None:
    # An ordinary event page: where to park, as a map link, several lines below the date.
    page = (
        "<html><body><main><h1>Lesung: Neue Gedichte</h1><p>Donnerstag, 12. Juni 2031, 19:30 Uhr</p>"
        "<p>Die Autorin liest aus ihrem neuen Band.</p><p>Eintritt frei.</p><p>Parken:</p>"
        f'<p><a href="{MAPS}">Parkhaus Mitte</a></p></main></body></html>'
    )
    events = read_cs(page)
    assert [event["title"] for event in events] == ["Lesung: Neue Gedichte"]
    assert events[0]["venue_name"] in (None, "")


def test_an_ordinary_venue_line_with_a_map_link_keeps_its_venue() -> None:
    page = (
        "<html><body><main><h1>Jazz Night</h1><p>June 12, 2031, 8:00 PM</p><p>Venue: The Blue Door</p>"
        f'<p><a href="{MAPS}">View on Google Maps</a></p></main></body></html>'
    )
    assert [event["venue_name"] for event in read_cs(page)] == ["The Blue Door"]
