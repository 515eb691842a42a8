"""The eighty-third held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout83.json: an OpenLigaDB
match; a CMS's events; a RunSignup race; the Basketball Bundesliga's games; FanFeedr's schedule; a Douban event; a
hooolp concert; hard negatives, the Marvel API's comic events and a Kubernetes EventList), on small documents of our
own.

The cold measure found 10 of 14 events, fields 25/28, 1 extra. By cause:

- One match answered alone was unreadable: its "matchResults" (half-time and final scores) were taken for the
  object's own list of events (``_json_one_event._no_events``).
- One concert answered alone was unreadable: it is named by its "acts", no "title" (``_json_kinds.PERFORMER_WORDS``).
- A CMS's events, each dated by "datetime": {"iso", "date", "monthSym", …}, read as one event's programme items:
  the ISO form under a moment's key is that moment (``_json_text_keys.iso_form``).
- A race's one event was titled "5K", the race's page not taken: a distance names which race of the meeting it is
  (``_json_part_titles.DISTANCE_LABEL``, ``_event_page``).
- A Douban event linked to its location adapter ("adapt_url") over its page ("alt", Atom's alternate link).
"""

from __future__ import annotations

import zoneinfo
from typing import Any

import pytest

from sources.adapters._json_part_titles import part_label
from sources.adapters._json_text_keys import iso_form
from tests.sources.test_heldout80_apis import events as events_over_2031
from tests.sources.test_heldout80_apis import seen

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


def events(document: object, zone: zoneinfo.ZoneInfo = BERLIN) -> list[dict[str, Any]]:
    """What --kind auto reads from the document in ``zone``, over 2031."""
    return events_over_2031(document, zone)


# --- one match answered alone, its scores in a list -------------------------------------------------------------


def match(**more: Any) -> dict[str, Any]:
    return {"matchID": 91001, "matchDateTime": "2031-02-09T17:30:00", "timeZoneID": "W. Europe Standard Time",
            "matchDateTimeUTC": "2031-02-09T16:30:00Z", "team1": {"teamId": 1, "teamName": "Harbour City FC"},
            "team2": {"teamId": 2, "teamName": "Riverside United"}, "matchIsFinished": False, "location": None,
            **more}  # fmt: skip


def test_one_match_with_its_scores_listed_is_read_as_one_game() -> None:
    scores = [{"resultName": "Halbzeit", "pointsTeam1": 1, "pointsTeam2": 0, "resultTypeID": 1},
              {"resultName": "Endergebnis", "pointsTeam1": 2, "pointsTeam2": 0, "resultTypeID": 2}]  # fmt: skip
    assert seen(events(match(matchResults=scores)), "title", "start") == [
        ("Harbour City FC vs Riverside United", "2031-02-09T17:30:00+01:00")
    ]


def test_an_object_whose_results_list_holds_dated_events_is_those_events() -> None:
    # the list reads as events: they are the object's, not the object one event
    results = [
        {"title": "Spring cup", "start": "2031-03-01T10:00:00"},
        {"title": "Summer cup", "start": "2031-06-01T10:00:00"},
    ]
    club = {"name": "Harbour City FC", "location": "Harbour Park", "start": "2031-01-01T00:00:00", "results": results}
    assert [each["title"] for each in events(club)] == ["Spring cup", "Summer cup"]


# --- a concert named by its acts ------------------------------------------------------------------------------------


def test_a_concert_answered_alone_is_named_by_its_acts() -> None:
    concert = {"id": "5108274", "startDate": "2031-12-08 20:00:00", "acts": "Bukahara", "location": "",
               "city": "Berlin", "locationString": "Astra Kulturhaus", "genreString": "Folk"}  # fmt: skip
    assert seen(events(concert), "title", "start", "venue_name") == [
        ("Bukahara", "2031-12-08T20:00:00+01:00", "Astra Kulturhaus")
    ]


def test_a_count_of_acts_names_nothing() -> None:
    plays = [{"acts": 3, "startDate": "2031-12-08 20:00:00"}, {"acts": 2, "startDate": "2031-12-09 20:00:00"}]
    assert all(each["title"] not in {"3", "2"} for each in events(plays))


# --- a moment in its ISO form, beside its parts -----------------------------------------------------------------------


def test_cms_events_are_dated_by_their_own_iso_form_not_their_programme() -> None:
    def dated(iso: str) -> dict[str, str]:
        return {"iso": iso, "date": iso[8:10], "monthSym": "Jul", "month": iso[5:7], "year": iso[:4]}

    programme = [{"datetime": {"type": "String", "value": f"2031-07-25T1{hour}:00:00+0000"},
                  "text": {"type": "String", "value": f"Talk {hour}"}} for hour in range(3)]  # fmt: skip
    listing = {"events": [
        {"id": "1", "title": "Node meetup", "schedule": [], "datetime": dated("2031-07-24T12:00:00.000Z")},
        {"id": "2", "title": "React day", "schedule": programme, "datetime": dated("2031-06-02T12:00:00.000Z")},
    ]}  # fmt: skip
    assert seen(events(listing), "title", "start") == [
        ("Node meetup", "2031-07-24T14:00:00+02:00"),
        ("React day", "2031-06-02T14:00:00+02:00"),
    ]


def test_only_a_moments_iso_is_its_form() -> None:
    assert iso_form("iso", "datetime")
    assert iso_form("iso8601", "startDate")
    assert not iso_form("iso", "country")
    assert not iso_form("iso", "language")


# --- a race's events named by their distance -------------------------------------------------------------------------


def test_a_races_distances_are_titled_by_the_race_on_its_page() -> None:
    race = {"race": {"race_id": 7, "name": "Lakeside Run", "url": "https://races.example/Race/Lakeside",
                     "next_date": "03/20/2031", "timezone": "America/Chicago", "events": [
                         {"event_id": 1, "name": "5K", "start_time": "3/20/2031 09:00", "distance": "5K"},
                         {"event_id": 2, "name": "Half Marathon", "start_time": "3/20/2031 07:30"}]}}  # fmt: skip
    assert seen(events(race, CHICAGO), "title", "start", "url") == [
        ("Lakeside Run – 5K", "2031-03-20T09:00:00-05:00", "https://races.example/Race/Lakeside"),
        ("Lakeside Run – Half Marathon", "2031-03-20T07:30:00-05:00", "https://races.example/Race/Lakeside"),
    ]


@pytest.mark.parametrize(("text", "label"), [("5K", True), ("10 km", True), ("Half Marathon", True),
                                             ("5 Kings", False), ("Marathon Man", False), ("10K Run for Hope", False)])  # fmt: skip
def test_only_a_bare_distance_is_a_part_label(text: str, label: bool) -> None:
    assert part_label(text) is label


# --- an Atom-style alternate link ------------------------------------------------------------------------------------


def test_an_events_alternate_link_is_its_page_over_another_address() -> None:
    event = {"id": "10055446", "title": "后海大鲨鱼全国巡演杭州站", "begin_time": "2031-04-20 15:00:00",
             "end_time": "2031-04-20 17:00:00", "address": "杭州 旅行者酒吧",
             "adapt_url": "http://www.douban.example/location/adapt/event/10055446/",
             "alt": "http://www.douban.example/event/10055446/"}  # fmt: skip
    assert seen(events(event, zoneinfo.ZoneInfo("Asia/Shanghai")), "url") == [
        ("http://www.douban.example/event/10055446/",)
    ]
    # an image's "alt" is its text, no address: the event's "url" stays its page
    pictured = {**event, "adapt_url": None, "alt": None, "url": "http://www.douban.example/e/1/",
                "image": {"src": "http://img.douban.example/p.jpg", "alt": "Poster of the tour"}}  # fmt: skip
    assert seen(events(pictured, zoneinfo.ZoneInfo("Asia/Shanghai")), "url") == [("http://www.douban.example/e/1/",)]
