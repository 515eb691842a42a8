"""The forty-eighth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout48.json, each file measured
once before these rules), on small documents of our own.

A sports data service's daily schedule (every game titled "Game 3"), a cinema listing of films holding their
showtimes, a conference site's schedule keyed by day under a version's key on a 12-hour clock without am or pm,
saved lists of events and attractions, a WordPress sports plugin's events, a league's games list with its sides'
names numbered at the end of their keys, and a weather service's forecast as the hard negative. The cold measure
(found 36/77, fields 134/139, extra 14) taught:

- a title that only numbers the game ("Game 3" in every item) does not name it: its sides do (``ordinal_label``);
- sides whose key closes with their mark ("team_name_1", "team_name_2") name the game, in the source's own names
  before their translation ("team_name_eng_1") (``_json_sides._trailing_sides``);
- a forecast's periods (a temperature, a wind written "0 to 5 mph", a "shortForecast") are the weather, no events
  (``_json_observations``);
- a document wrapped under a key with a dot ("0.0.1") is read as what it wraps (``_json_dotted_wrapper``); an
  object keyed by day keeps being one beside a plain field or two ("tracks") (``_json_nested._day_aside``);
- a day's afternoon on a 12-hour clock with no am or pm ("11:40", then "01:40") is read twelve hours on
  (``_json_afternoon_clocks``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._json_afternoon_clocks import afternoon_clocks
from sources.adapters._json_dotted_wrapper import unwrapped
from sources.adapters._json_nested import _keyed_objects
from sources.adapters._json_shapes import Column
from sources.adapters._json_sides import ordinal_label
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

KOLKATA = zoneinfo.ZoneInfo("Asia/Kolkata")
NOW = dt.datetime(2031, 3, 1, 12, 0, tzinfo=KOLKATA)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=KOLKATA)


def titles(document: object) -> list[str]:
    return [event["title"] for event in events(document)]


def clocks(document: object) -> list[tuple[str, str | None]]:
    return [(event["start"][11:16], (event.get("end") or "")[11:16] or None) for event in events(document)]


# --- a title that only numbers the game -------------------------------------------------------------------------------


def game(title: str, day: int, home: str, away: str) -> dict:
    return {"title": title, "scheduled": f"2031-04-{day}T19:00:00+00:00", "venue": {"name": f"{home} Arena"},
            "home": {"name": home, "alias": home[:3]}, "away": {"name": away, "alias": away[:3]}}  # fmt: skip


def test_games_all_titled_game_3_are_named_by_their_sides() -> None:
    document = {"games": [game("Game 3", 10, "Nashville", "St. Louis"), game("Game 3", 11, "Edmonton", "Anaheim")]}
    assert titles(document) == ["Nashville vs St. Louis", "Edmonton vs Anaheim"]


def test_a_games_own_name_stays_its_title() -> None:
    document = {"games": [game("Opening Day", 10, "Nashville", "St. Louis"), game("Opening Day", 11, "Boston", "Utah")]}
    assert titles(document) == ["Opening Day", "Opening Day"]


def test_only_a_word_then_a_number_numbers_a_game() -> None:
    def column(*values: str) -> Column:
        return Column("title", list(values))

    assert ordinal_label(column("Game 3", "Game 4"))
    assert ordinal_label(column("Match #12", "Match #13"))
    assert not ordinal_label(column("Game Night", "Game 3"))
    assert not ordinal_label(column("Derby 2: the return", "Game 3"))


def test_numbered_sessions_without_sides_keep_their_title() -> None:
    document = {"sessions": [{"title": "Session 1", "start": "2031-04-10T10:00:00"},
                             {"title": "Session 2", "start": "2031-04-10T14:00:00"}]}  # fmt: skip
    assert titles(document) == ["Session 1", "Session 2"]


# --- sides whose mark closes their key --------------------------------------------------------------------------------


def league_game(first: str, second: str, day: int) -> dict:
    return {"id": day, "team1": 1100 + day, "team2": 1200 + day, "team_name_1": first, "team_name_2": second,
            "team_name_eng_1": f"{first} (en)", "team_name_eng_2": f"{second} (en)",
            "game_date_txt": f"{day}/04/2031", "game_time": "20:30", "liveChannel": "5PLUS"}  # fmt: skip


def test_sides_numbered_at_the_end_of_their_key_name_the_game_in_the_sources_own_names() -> None:
    document = [league_game("מכבי", "הפועל", 12), league_game("נס ציונה", "גליל", 19)]
    found = events(document)
    assert [event["title"] for event in found] == ["מכבי vs הפועל", "נס ציונה vs גליל"]
    assert found[0]["start"].startswith("2031-04-12T20:30")


def test_options_numbered_at_the_end_of_their_key_are_no_sides() -> None:
    document = [{"option_name_1": "Pasta", "option_name_2": "Salad", "date": f"2031-04-{day}T12:00:00"}
                for day in (12, 19)]  # fmt: skip
    assert not any(" vs " in title for title in titles(document))


# --- a forecast is no list of events -----------------------------------------------------------------------------------


def period(name: str, day: int, hour: int, temperature: int, wind: str = "0 to 5 mph") -> dict:
    return {"number": day, "name": name, "startTime": f"2031-08-{day:02d}T{hour:02d}:00:00-05:00",
            "endTime": f"2031-08-{day:02d}T{hour + 6:02d}:00:00-05:00", "isDaytime": hour < 18,
            "temperature": temperature, "temperatureUnit": "F", "windSpeed": wind, "windDirection": "SE",
            "shortForecast": "Partly Sunny", "detailedForecast": f"Partly sunny, with a high near {temperature}."}  # fmt: skip


def test_a_forecasts_periods_are_no_events() -> None:
    document = {"properties": {"periods": [period("Sunday", 3, 6, 84), period("Sunday Night", 3, 18, 68)]}}
    assert events(document) == []


def test_an_event_with_a_forecast_in_words_and_one_measure_is_an_event() -> None:
    document = {"events": [{"title": title, "start": f"2031-08-{day:02d}T10:00:00", "forecast": "sunny", "temperature": 20}
                           for title, day in (("Beach clean-up", 3), ("Harbour swim", 10))]}  # fmt: skip
    assert titles(document) == ["Beach clean-up", "Harbour swim"]


def test_a_wind_in_words_without_a_number_is_no_measure() -> None:
    document = {"walks": [{**period(name, day, 9, 70, "calm"), "temperature": "mild"}
                          for name, day in (("Dawn walk", 3), ("Bird walk", 10))]}  # fmt: skip
    assert titles(document) == ["Dawn walk", "Bird walk"]


# --- a schedule under a version's key, keyed by day, on a 12-hour clock ---------------------------------------------


def slot(title: str, start: str, end: str, track: str = "all") -> dict:
    return {"talk_id": title[:3], "title": title, "start_time": start, "end_time": end, "track": track}


DAY = [slot("Registration", "08:00", "09:00"), slot("Keynote", "09:00", "10:00"), slot("Django", "11:40", "01:40", "1"),
       slot("Lunch", "01:40", "02:40"), slot("Lightning talks", "05:30", "06:30")]  # fmt: skip


def test_a_schedule_under_a_versions_key_keyed_by_day_beside_its_rooms_is_read() -> None:
    document = {"0.0.1": [{"tracks": ["Audi 1", "Hall 2"], "2031-03-18": DAY, "2031-03-19": DAY[:3]}]}
    found = events(document)
    assert len(found) == 8
    assert [event["start"][:10] for event in found[-3:]] == ["2031-03-19"] * 3


def test_a_days_afternoon_on_a_12_hour_clock_is_read_in_the_afternoon() -> None:
    document = {"2031-03-18": DAY, "2031-03-19": DAY}
    assert clocks(document)[:5] == [("08:00", "09:00"), ("09:00", "10:00"), ("11:40", "13:40"), ("13:40", "14:40"),
                                    ("17:30", "18:30")]  # fmt: skip


def test_two_fields_beside_days_at_most() -> None:
    day = [slot("Keynote", "09:00", "10:00")]
    assert [path for path, _ in _keyed_objects({"rooms": ["A"], "note": "x", "2031-03-18": day, "2031-03-19": day})]
    assert not list(_keyed_objects({"id": 5, "name": "x", "title": "y", "2031-03-18": day, "2031-03-19": day}))
    assert not list(_keyed_objects({"total": 2, "1": {"title": "a"}, "2": {"title": "b"}}))  # ids, not days


def test_only_a_lone_wrapper_under_a_dotted_key_is_taken_off() -> None:
    inner = {"2031-03-18": DAY}
    assert unwrapped({"0.0.1": [inner]}) is inner
    assert unwrapped({"0.0.1": inner}) is inner
    assert unwrapped({"data": [inner]}) == {"data": [inner]}  # a key a path can name
    kept = {"0.0.1": inner, "meta": {"count": 5}}
    assert unwrapped(kept) is kept
    several = {"0.0.1": [inner, inner]}
    assert unwrapped(several) is several


MAPPING = {"title": "title", "start": {"path": ["^.date", "start_time"]}, "end": {"path": ["^.date", "end_time"]}}


def day_items(*rows: tuple[str, str]) -> list[dict]:
    return [{"title": str(index), "start_time": start, "end_time": end, "^": {"date": "2031-03-18"}}
            for index, (start, end) in enumerate(rows)]  # fmt: skip


def test_a_24_hour_clock_is_left_as_it_is() -> None:
    items = day_items(("09:00", "10:00"), ("11:00", "13:00"), ("14:00", "15:00"))
    assert afternoon_clocks(items, MAPPING) is items


def test_a_day_listed_room_by_room_is_left_as_it_is() -> None:
    items = day_items(("09:00", "10:00"), ("10:00", "11:00"), ("09:00", "10:00"), ("10:00", "11:00"))
    assert afternoon_clocks(items, MAPPING) is items


def test_a_day_listed_latest_first_is_left_as_it_is() -> None:
    items = day_items(("11:00", "12:00"), ("10:00", "11:00"), ("09:00", "10:00"))
    assert afternoon_clocks(items, MAPPING) is items


def test_a_night_past_midnight_is_left_as_it_is() -> None:
    items = day_items(("10:00", "11:00"), ("11:00", "12:00"), ("00:30", "01:30"))
    assert afternoon_clocks(items, MAPPING) is items
