"""review49: a both-ways review of feeds69's rules (docs/real-world-sources-log.md, "### review49"), on small feeds and
lines of our own, through the rules' functions and the real extractor (``tests.sources.helpers.read_feed``):

* ``_feed_title_cheer``: a notice's state in capitals ("SOLD OUT Tonight's show is full!", "POSTPONED GAME
  Tomorrow is rained out!", "WEATHER ALERT Tonight …") was cut to the state; it is kept whole now. A band's or an
  event's name in capitals ("ABBA TRIBUTE Tonight only!", "FOO FIGHTERS Tonight at …!") is still cut to the name.
* ``_feed_clock_place``: an online room ("at 7 PM at Zoom Room", "@ Google Meet Room") and a venue's noun alone
  ("at 7 AM at School") were read as places; "Central Park Zoo" was cut to "Central Park"; "The Green Room" was
  refused. Mended; "at 7 PM at the latest" still reads no place.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._feed_clock_place import clock_place
from sources.adapters._feed_title_cheer import cheer_off
from tests.sources.helpers import read_feed

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
read_chicago = functools.partial(read_feed, zone=CHICAGO, start=dt.datetime(2031, 3, 14, 12, 0, tzinfo=CHICAGO))


@pytest.mark.parametrize(
    "title",
    [
        "SOLD OUT Tonight's show is full!",
        "POSTPONED GAME Tomorrow is rained out!",
        "WEATHER ALERT Tonight expect storms!",
        "CANCELLED GAME Tomorrow, see you next week!",
        "SCHEDULE UPDATE Tomorrow starts an hour later!",
    ],
)
def test_a_notices_state_in_capitals_is_not_cut_to(title: str) -> None:
    assert cheer_off(title) is None


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("ABBA TRIBUTE Tonight only!", "ABBA TRIBUTE"),
        ("FOO FIGHTERS Tonight at Madison Square Garden!", "FOO FIGHTERS"),
        ("NASA NIGHT Come out and see the stars!", "NASA NIGHT"),
        ("WAMPUS CAT INVITATIONAL 2031 Tomorrow is the big day!", "WAMPUS CAT INVITATIONAL 2031"),
    ],
)
def test_a_name_in_capitals_is_still_cut_from_its_cheer(title: str, name: str) -> None:
    assert cheer_off(title) == name


@pytest.mark.parametrize(
    "text",
    [
        "The webinar is at 7 PM at Zoom Room.",
        "Join at 7 PM @ Google Meet Room",
        "Staff meeting at 4 PM at Teams Room.",
        "Practice at 4:00 PM at Gym.",
        "It starts at 7 PM at the latest.",
        "Our picnic at noon at The Park.",
    ],
)
def test_an_online_room_or_a_bare_venue_noun_is_no_place(text: str) -> None:
    assert clock_place(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Meet at 6 PM at Central Park Zoo.", "Central Park Zoo"),
        ("Live at 8 PM at The Green Room.", "The Green Room"),
        ("Buses leave at 7 AM at School and return at 5 PM at Home Field.", "Home Field"),
        ("Join us at 7 PM at Washington Square.", "Washington Square"),
        ("Doors at 5 PM at Lincoln High School Gym Saturday.", "Lincoln High School Gym"),
    ],
)
def test_a_named_venue_after_a_clock_is_the_place(text: str, place: str) -> None:
    assert clock_place(text) == place


def feed(title: str, description: str) -> str:
    item = f"<item><title>{title}</title><description><![CDATA[<div>{description}</div>]]></description></item>"
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Lincoln High Notices</title>{item}</channel></rss>'


def test_an_online_talk_read_whole_has_no_place_and_a_sold_out_show_keeps_its_title() -> None:
    (talk,) = read_chicago(feed("Parent Info Night", "Join us Thursday March 20, 2031 at 7:00 PM at Zoom Room."))
    assert not talk.get("venue_name")
    (show,) = read_chicago(
        feed("SOLD OUT Tonight's show is full!", "The spring musical Friday March 21, 2031 at 7:00 PM at Lincoln Hall.")
    )
    assert show["title"] != "SOLD OUT"
