"""The hundred-and-twentieth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout120.json: a
Surrey social club's "What's On", a Johannesburg bar's listing, a Sheffield junior football club's fixture table, a
heritage site's opening times as the hard negative; measured once at 76a5dbfa), on small documents of our own:

* "Fixture Date | Opposition | Ground | Location Number": "Opposition" was no opponent's header, so each match was
  titled by the page's heading and the opposition ("Fixture list 20/21 - New Barrack Tavern"), and the "Ground"
  column was no place while "Location Number" (the map's key, "2", "1 (Home)") held the place's role
  (``_page_opponent_column``, ``_page_ground_column``).
* "The Doors Nightclub · R50 entrance" under a card's name was no place (``_page_priced_places``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_ground_column import ground_roles
from sources.adapters._page_priced_places import place_before_price
from sources.adapters._page_table_header_rows import column_roles
from tests.sources.helpers import read_page
from tests.sources.test_heldout114_pages import by_title

LONDON = zoneinfo.ZoneInfo("Europe/London")
JOBURG = zoneinfo.ZoneInfo("Africa/Johannesburg")
AUGUST = dt.datetime(2031, 8, 1, 9)  # noqa: DTZ001  (wall-clock, in the reader's zone)
JULY = dt.datetime(2031, 7, 10, 9)  # noqa: DTZ001
read_club = functools.partial(read_page, url="https://club.example/fixtures.html", zone=LONDON, start=AUGUST)
read_bar = functools.partial(read_page, url="https://bar.example/whats-on.html", zone=JOBURG, start=JULY)


# --- A fixture table: "Opposition" names the match, "Ground" is its place ------------------------------------
def fixtures(header: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th>{text}</th>" for text in header)
    body = "".join("<tr>" + "".join(f"<th>{text}</th>" for text in row) + "</tr>" for row in rows)
    return (
        '<html lang="en"><head><title>Trinity FC</title></head><body><section><h2>Fixture list 31/32</h2>'
        f"<p>This is the fixture list for the season.</p><table><tr>{cells}</tr>{body}</table></section></body></html>"
    )


SEASON = [
    ["27th September 2031", "New Barrack Tavern", "Hillsborough Arena", "2"],
    ["4th October 2031", "Doncaster Vulcan", "Handsworth Grange", "1 (Home)"],
    ["8th November 31", "Railway FC", "Brinsworth", "9"],
]


def test_an_opposition_column_titles_the_matches_and_the_ground_is_their_place() -> None:
    events = by_title(read_club(fixtures(["Fixture Date", "Opposition", "Ground", "Location Number"], SEASON)))
    assert set(events) == {"New Barrack Tavern", "Doncaster Vulcan", "Railway FC"}
    assert events["New Barrack Tavern"]["start"] == "2031-09-27"
    assert events["New Barrack Tavern"]["venue_name"] == "Hillsborough Arena"
    assert events["Railway FC"]["start"] == "2031-11-08"
    assert events["Railway FC"]["venue_name"] == "Brinsworth"


def test_a_ground_column_without_an_opponent_column_is_no_place() -> None:
    assert column_roles(["Date", "Event", "Ground"]) == {0: "date", 1: "title"}
    assert ground_roles(["Product", "Whole bean", "Ground"], {}) == {}
    assert ground_roles(["Floor", "Ground"], {}) == {}


def test_a_place_column_stands_beside_a_ground_column() -> None:
    roles = column_roles(["Date", "Opponent", "Venue", "Ground"])
    assert roles == {0: "date", 1: "title", 2: "location"}
    assert column_roles(["Date", "Opposition", "Location", "Ground"])[2] == "location"


def test_only_a_ground_header_alone_is_the_place() -> None:
    assert column_roles(["Date", "Opposition", "Ground rules"]) == {0: "date", 1: "title"}
    assert column_roles(["Date", "Opposition", "Home ground"])[2] == "location"


def test_a_numbered_place_column_gives_way_to_the_ground_only() -> None:
    roles = column_roles(["Fixture Date", "Opposition", "Ground", "Location Number"])
    assert roles == {0: "date", 1: "title", 2: "location"}
    assert column_roles(["Date", "Opposition", "Location Number"])[2] == "location"  # no ground: as before


def test_opposition_over_a_kind_column_but_not_over_an_event_name() -> None:
    assert column_roles(["Date", "Opposition", "Type"])[1] == "title"
    assert column_roles(["Date", "Event", "Opposition"]) == {0: "date", 1: "title"}


# --- A bar's coming nights: a place before what entry costs ----------------------------------------------------
def coming(*rows: tuple[str, str, str]) -> str:
    body = "".join(
        f'<div class="coming-row"><div class="coming-date">{day}</div><div class="coming-title">{name}</div>'
        f'<div class="coming-note">{note}</div></div>'
        for day, name, note in rows
    )
    return (
        '<html lang="en"><head><title>What\'s On</title></head><body><section id="coming-up"><div class="section-head">'
        f'<div class="section-kicker">Coming Up</div></div><div class="coming-list">{body}</div></section></body></html>'
    )


def test_a_place_before_the_entrance_price_is_the_nights_place() -> None:
    events = by_title(
        read_bar(
            coming(
                ("Fri · Jul 25", "DJ Battle: Round 1 Reloaded", "The Doors Nightclub · R50 entrance"),
                ("Thu · Jul 31", "Alternative Karaoke", "Free entrance · last Thursday of every month"),
                ("Sat · Aug 30", "State Of The Nation VI", "14 metal bands · 2 stages"),
            )
        )
    )
    assert events["DJ Battle: Round 1 Reloaded"]["start"] == "2031-07-25"
    assert events["DJ Battle: Round 1 Reloaded"]["venue_name"] == "The Doors Nightclub"
    assert events["Alternative Karaoke"]["venue_name"] is None
    assert events["State Of The Nation VI"]["venue_name"] is None


def test_place_before_price_hard_negatives() -> None:
    assert place_before_price(["The Doors Nightclub · R50 entrance"]) == "The Doors Nightclub"
    assert place_before_price(["Village Hall | £5 entry"]) == "Village Hall"
    assert place_before_price(["Free entrance · last Thursday of every month"]) is None
    assert place_before_price(["14 metal bands · 2 stages"]) is None
    assert place_before_price(["Jam jar specials · all instruments welcome"]) is None
    assert place_before_price(["Members Bar · 2 for 1 cocktails"]) is None  # no entry after
    assert place_before_price(["Main Hall · Jazz · £5 entry"]) is None  # facts run together
    assert place_before_price(["Live Music · £5 entry"]) is None  # no place's noun first
    assert place_before_price(["Come along to the hall · £5 entry"]) is None  # a sentence, not a name
