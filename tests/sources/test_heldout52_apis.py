"""The fifty-second held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout52.json, each file
measured once before these rules), on small documents of our own.

A party's schedule whose names are typed entries of a translations list, The Odds API's games and scores, a
Doorkeeper event, a student association's Strapi events in two languages, and its news as the hard negative. The
cold measure (found 11/12, fields 28/36) taught:

- a name written as the entry of a text list typed "name" in a language is the item's name, not its link's last
  word (``_json_typed_texts``; ``_json_keyed_paths`` picks an element by two keys);
- a field written in several languages by a key's suffix ("LocationFi", "LocationEn") is read in the title's
  language ("NameEn") (``_json_languages``);
- the sport every game is of ("sport_title": "NBA") names no game: its two sides do (``_json_sides``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._json_keyed_paths import keyed_element
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=HELSINKI)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=HELSINKI)


def _titles(found: list[dict[str, object]]) -> list[object]:
    return [event["title"] for event in found]


# --- a name as a typed entry of a translations list ---------------------------------------------------------------
def _entry(kind: str, language: str, text: str) -> dict[str, str]:
    return {"type": kind, "lang": language, "text": text}


def _slot(url: str, start: str, names: dict[str, str], *, first: str = "fi") -> dict[str, object]:
    texts = [_entry("description", "en", "Come along!")]
    for language in sorted(names, key=lambda language: language != first):
        texts.append(_entry("name", language, names[language]))
    return {"url": url, "startsAt": start, "endsAt": start, "tags": "stage", "translations": texts}


SLOTS = [
    _slot("https://party.example.org/compo/demo/", "2031-08-01T15:00:00Z", {"fi": "Demokilpailu", "en": "Demo compo"}),
    _slot("https://party.example.org/info/doors/", "2031-08-01T09:00:00Z", {"en": "Doors open", "fi": "Ovet auki"}),
    _slot("https://party.example.org/music/live/", "2031-08-02T18:30:00Z", {"fi": "Livemusiikki", "en": "Live music"}),
]


def test_a_name_typed_in_a_translations_list_names_each_item_in_english() -> None:
    found = events(SLOTS)
    assert _titles(found) == ["Demo compo", "Doors open", "Live music"]  # not "demo", "doors", "live" (the links)
    assert found[0]["start"] == "2031-08-01T18:00:00+03:00"
    assert any("typed 'name', in 'en'" in line for line in found[0]["evidence"])


def test_without_english_the_first_items_language_names_them() -> None:
    slots = [
        _slot("https://party.example.org/a/", "2031-08-01T15:00:00Z", {"fi": "Demokilpailu", "sv": "Demotävling"}),
        _slot("https://party.example.org/b/", "2031-08-01T17:00:00Z", {"fi": "Ovet auki", "sv": "Dörrarna öppnas"}),
    ]
    assert _titles(events(slots)) == ["Demokilpailu", "Ovet auki"]


def test_a_contact_list_typed_name_without_languages_names_no_event() -> None:
    # a person's name among an item's contacts is theirs: without a language in its entries the list is no text list
    gigs = [
        {"startsAt": "2031-08-01T15:00:00Z", "url": "https://club.example.org/gigs/1041/",
         "contacts": [{"type": "name", "value": "Jane Doe"}, {"type": "phone", "value": "+358 40 123"}]},
        {"startsAt": "2031-08-02T15:00:00Z", "url": "https://club.example.org/gigs/1042/",
         "contacts": [{"type": "name", "value": "John Roe"}, {"type": "phone", "value": "+358 40 456"}]},
    ]  # fmt: skip
    assert not {"Jane Doe", "John Roe"} & set(_titles(events(gigs)))


def test_a_typed_list_of_links_names_nothing() -> None:
    slots = [
        {"startsAt": "2031-08-01T15:00:00Z", "title": "Demo compo",
         "links": [{"type": "website", "lang": "en", "value": "https://party.example.org/demo"}]},
        {"startsAt": "2031-08-02T15:00:00Z", "title": "Live music",
         "links": [{"type": "website", "lang": "en", "value": "https://party.example.org/live"}]},
    ]  # fmt: skip
    assert _titles(events(slots)) == ["Demo compo", "Live music"]


def test_a_title_key_is_kept_over_a_translations_list() -> None:
    slots = [{**slot, "title": f"Stage {index}"} for index, slot in enumerate(SLOTS, 1)]
    assert _titles(events(slots)) == ["Stage 1", "Stage 2", "Stage 3"]


def test_a_keyed_path_part_picks_the_element_all_its_conditions_hold_for() -> None:
    texts = [_entry("name", "fi", "Ovet auki"), _entry("name", "en", "Doors open")]
    assert keyed_element(texts, "type=name&lang=en") == texts[1]
    assert keyed_element(texts, "type=name") == texts[0]
    assert keyed_element(texts, "type=name&lang=sv") is None
    ids = [{"id": "R&D", "value": "Lab day"}]
    assert keyed_element(ids, "id=R&D") == ids[0]  # an "&" inside one id's value is that value's


# --- a language written as a key's suffix -----------------------------------------------------------------------------
def _meeting(name_fi: str, name_en: str, start: str, place_fi: str, place_en: str) -> dict[str, object]:
    attributes = {"StartDate": start, "NameFi": name_fi, "LocationFi": place_fi, "LocationEn": place_en,
                  "NameEn": name_en}  # fmt: skip
    return {"id": len(name_fi), "attributes": attributes}


def test_a_place_given_by_language_suffix_is_read_in_the_titles_language() -> None:
    document = {"data": [
        _meeting("Opintopiiri", "Study circle", "2031-10-22T13:00:00.000Z", "Hervannan kampus/TB223",
                 "Hervanta campus/TB223"),
        _meeting("Hallituksen kokous", "Board meeting", "2031-11-06T14:00:00.000Z", "Linnan kirjasto",
                 "Linna library"),
    ]}  # fmt: skip
    found = events(document)
    assert _titles(found) == ["Study circle", "Board meeting"]
    assert [event["venue_name"] for event in found] == ["Hervanta campus/TB223", "Linna library"]


def test_a_place_in_one_language_only_stays() -> None:
    meetings = [
        {"StartDate": "2031-10-22T13:00:00Z", "NameFi": "Opintopiiri", "NameEn": "Study circle", "LocationFi": "K109"},
        {"StartDate": "2031-11-06T14:00:00Z", "NameFi": "Kokous", "NameEn": "Meeting", "LocationFi": "K112"},
    ]
    found = events(meetings)
    assert [event["venue_name"] for event in found] == ["K109", "K112"]


def test_a_key_ending_like_a_code_is_no_language() -> None:
    # "venueId" ends in "Id", "roomNo" in "No": neither is a language, so nothing is moved to a "venueEn"
    shows = [
        {"startsAt": "2031-10-22T17:00:00Z", "nameEn": "Night show", "nameFi": "Yönäytös", "venue": "Hall 2",
         "venueId": 12},
        {"startsAt": "2031-10-23T17:00:00Z", "nameEn": "Day show", "nameFi": "Päivänäytös", "venue": "Hall 3",
         "venueId": 13},
    ]  # fmt: skip
    found = events(shows)
    assert _titles(found) == ["Night show", "Day show"]
    assert [event["venue_name"] for event in found] == ["Hall 2", "Hall 3"]


# --- the sport a game is of names no game ----------------------------------------------------------------------------
def _game(home: str, away: str, start: str) -> dict[str, str]:
    return {"id": home[:3], "sport_key": "basketball_nba", "sport_title": "NBA", "commence_time": start,
            "home_team": home, "away_team": away}  # fmt: skip


def test_a_game_is_named_by_its_sides_not_by_its_sport() -> None:
    games = [
        _game("Helsinki Seagulls", "Tampereen Pyrintö", "2031-03-01T17:00:00Z"),
        _game("Kouvot", "Karhu Basket", "2031-03-01T16:30:00Z"),
    ]
    assert _titles(events(games)) == ["Helsinki Seagulls vs Tampereen Pyrintö", "Kouvot vs Karhu Basket"]


def test_a_sport_festival_with_no_sides_keeps_its_own_name() -> None:
    days = [
        {"sport_title": "Beach volley open", "starts": "2031-07-01T09:00:00Z", "venue": "Hietaranta"},
        {"sport_title": "Street basketball cup", "starts": "2031-07-02T09:00:00Z", "venue": "Kaisaniemi"},
    ]
    assert _titles(events(days)) == ["Beach volley open", "Street basketball cup"]
