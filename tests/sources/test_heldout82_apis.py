"""The eighty-second held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout82.json: a library's
LibCal event; a basketball API's games; an events aggregator's, Meetup's and Eventbrite's records as a crawler keeps
them; hard negative, an earthquake feed), on small documents of our own.

The cold measure found 3 of 8 events, fields 100%, 3 extra. By cause:

- The earthquake feed (USGS GeoJSON features: "mag", "place", "time", "url" to an "eventpage", "type":
  "earthquake", "title": "M 1.3 - 12km WNW of Calipatria, CA") printed three events titled "M 1.3": measured
  natural occurrences are no events (``_json_hazards``).
- The four games were read at their day's midnight in UTC ("date": "2024-04-04T00:00:00.000Z"), the evening before
  in New York, though each writes its tip-off where its state goes ("status": "2024-04-04T23:30:00Z")
  (``_json_state_instants``).
- The aggregator's record was read at its naive "start_datetime" (03:00 the next morning, a zone applied twice)
  where its own "start_time_display" says "Sun Oct 26 2025 at 07:00 pm" (``_json_display_moments``).
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from sources.adapters._json_display_moments import written_format
from tests.sources.test_heldout80_apis import events as events_over_2031
from tests.sources.test_heldout80_apis import seen

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")


def events(document: object, zone: zoneinfo.ZoneInfo = NEW_YORK) -> list[dict[str, Any]]:
    """What --kind auto reads from the document in ``zone``, over 2031."""
    return events_over_2031(document, zone)


# --- measured natural occurrences ------------------------------------------------------------------------------------


def quake(magnitude: float, place: str, epoch_ms: int, **more: Any) -> dict[str, Any]:
    """A feature of a seismic network's GeoJSON feed."""
    return {"type": "Feature", "properties": {
        "mag": magnitude, "place": place, "time": epoch_ms, "updated": epoch_ms + 200_000, "tz": -480,
        "url": f"https://earthquake.example/eventpage/ci{epoch_ms}", "status": "reviewed", "tsunami": 0,
        "magType": "ml", "type": "earthquake", "title": f"M {magnitude} - {place}", **more,
    }, "geometry": {"type": "Point", "coordinates": [-115.6, 33.2, 3.9]}, "id": f"ci{epoch_ms}"}  # fmt: skip


def test_an_earthquake_feed_is_no_list_of_events() -> None:
    feed = {"type": "FeatureCollection", "metadata": {"title": "Earthquakes, past day"}, "features": [
        quake(1.3, "12km WNW of Calipatria, CA", 1939000890930),
        quake(4.6, "131km E of Bitung, Indonesia", 1939000754722),
        quake(1.3, "8km NNW of Borrego Springs, CA", 1939000222040),
    ]}  # fmt: skip
    assert events(feed, LOS_ANGELES) == []


def test_quakes_listed_flat_with_their_magnitude_type_are_none_either() -> None:
    listed = [{"mag": 2.4, "magtype": "ml", "region": "CENTRAL ITALY", "title": "CENTRAL ITALY",
               "time": f"2031-05-0{day}T0{day}:12:31.4Z"} for day in range(1, 4)]  # fmt: skip
    assert events(listed) == []


def test_an_astronomy_clubs_nights_with_a_stars_magnitude_are_read() -> None:
    # a magnitude with no hazard's kind and no magnitude type: the brightness of what is watched
    nights = [
        {"title": "Occultation of Regulus", "start": "2031-05-02T21:00:00", "magnitude": 1.4, "type": "observing"},
        {"title": "Vesta at opposition", "start": "2031-06-12T22:00:00", "magnitude": 5.3, "type": "observing"},
    ]
    assert seen(events(nights), "title", "start") == [
        ("Occultation of Regulus", "2031-05-02T21:00:00-04:00"),
        ("Vesta at opposition", "2031-06-12T22:00:00-04:00"),
    ]


def test_a_seismology_conference_and_a_drill_are_read() -> None:
    # an earthquake's word without a magnitude: a meeting about quakes, a drill for one
    meetings = [
        {"title": "Earthquake Engineering Symposium", "type": "conference", "start": "2031-09-10T09:00:00"},
        {"title": "Great ShakeOut earthquake drill", "type": "earthquake", "start": "2031-10-16T10:16:00"},
    ]
    assert [each["title"] for each in events(meetings)] == [
        "Earthquake Engineering Symposium",
        "Great ShakeOut earthquake drill",
    ]


def test_a_list_where_one_item_of_three_is_a_quake_is_still_read() -> None:
    mixed = [
        {"title": "Seismic safety talk", "start": "2031-03-01T18:00:00"},
        {"title": "Fault walk", "start": "2031-03-08T10:00:00"},
        {"title": "M 2.1 - 3km N of Town", "start": "2031-03-09T04:11:00", "mag": 2.1, "magType": "ml"},
    ]
    assert len(events(mixed)) == 3


# --- a game's tip-off written where its state goes ---------------------------------------------------------------


def game(day: str, status: str, home: str, away: str, **more: Any) -> dict[str, Any]:
    """A game as a basketball API writes it: its day as UTC midnight, its tip-off (or its state) in "status"."""
    return {"id": hash(home) % 10_000, "date": day, "home_team": {"abbreviation": home[:3].upper(), "full_name": home},
            "home_team_score": 0, "period": 0, "postseason": False, "season": 2030, "status": status, "time": None,
            "visitor_team": {"abbreviation": away[:3].upper(), "full_name": away}, "visitor_team_score": 0, **more}  # fmt: skip


def test_each_game_starts_at_the_tip_off_its_status_holds() -> None:
    games = [
        game("2031-04-04T00:00:00.000Z", "2031-04-04T23:30:00Z", "Miami Heat", "Philadelphia 76ers"),
        game("2031-04-04T00:00:00.000Z", "2031-04-05T02:00:00Z", "LA Clippers", "Denver Nuggets"),
        game("2031-04-05T00:00:00.000Z", "Final", "Charlotte Hornets", "Orlando Magic"),
    ]
    read = seen(events({"data": games, "meta": {"per_page": 25}}), "title", "start")
    assert read[:2] == [
        ("Miami Heat vs Philadelphia 76ers", "2031-04-04T19:30:00-04:00"),
        ("LA Clippers vs Denver Nuggets", "2031-04-04T22:00:00-04:00"),
    ]
    assert read[2][0] == "Charlotte Hornets vs Orlando Magic"  # played: still read, by its day


def test_a_status_on_another_day_is_no_tip_off() -> None:
    # an instant a week after the day: a state's stamp, not the game's start; the day stays the start
    games = [
        game("2031-04-04T00:00:00.000Z", "2031-04-11T23:30:00Z", "Miami Heat", "Philadelphia 76ers"),
        game("2031-04-05T00:00:00.000Z", "2031-04-05T23:30:00Z", "New York Knicks", "Sacramento Kings"),
    ]
    starts = [each["start"] for each in events(games)]
    assert not any(start.startswith("2031-04-11") for start in starts)
    assert "2031-04-05T19:30:00-04:00" not in starts


def test_a_start_with_its_own_clock_keeps_it_and_an_updated_stamp_is_no_tip_off() -> None:
    timed = [game("2031-04-04T23:00:00Z", "2031-04-04T23:30:00Z", "Miami Heat", "Philadelphia 76ers")]
    assert seen(events(timed), "start") == [("2031-04-04T19:00:00-04:00",)]
    stamped = [
        game("2031-04-04", "Scheduled", "Miami Heat", "Philadelphia 76ers", updated_at="2031-04-04T15:12:00Z"),
        game("2031-04-05", "Scheduled", "LA Clippers", "Denver Nuggets", updated_at="2031-04-05T15:12:00Z"),
    ]
    assert [each["start"] for each in events(stamped)] == ["2031-04-04", "2031-04-05"]


# --- a start written for the listing's readers over a naive one it contradicts ----------------------------------------


def listing(name: str, naive: str, shown: str, **more: Any) -> dict[str, Any]:
    return {"event_id": str(abs(hash(name))), "name": name, "start_datetime": naive, "start_time_display": shown,
            "timezone": "-04:00", "location": "Madison Square Garden", **more}  # fmt: skip


def test_the_displayed_start_wins_over_a_naive_one_it_contradicts() -> None:
    listings = [
        listing("Olivia Dean in New York", "2031-10-27T03:00:00", "Sun Oct 26 2031 at 07:00 pm"),
        listing("Amber Mark in New York", "2031-10-28T04:30:00", "Mon Oct 27 2031 at 08:30 pm"),
    ]
    assert seen(events(listings), "title", "start") == [
        ("Olivia Dean in New York", "2031-10-26T19:00:00-04:00"),
        ("Amber Mark in New York", "2031-10-27T20:30:00-04:00"),
    ]


def test_one_listing_answered_alone_is_read_at_its_displayed_start() -> None:
    alone = listing("Olivia Dean in New York", "2031-10-27T03:00:00", "Sun, 26 Oct, 2031 - 07:00 PM")
    assert seen(events(alone), "start") == [("2031-10-26T19:00:00-04:00",)]


def test_an_agreeing_or_partial_display_and_a_zoned_start_leave_the_start_alone() -> None:
    agreeing = listing("Jazz at the Garden", "2031-10-26T19:00:00", "Sun Oct 26 2031 at 07:00 pm")
    assert seen(events(agreeing), "start") == [("2031-10-26T19:00:00-04:00",)]
    partial = listing(
        "Comedy at the Garden", "2031-10-26T18:00:00", "Sun, 26 Oct"
    )  # no year, no clock: nothing to go by
    assert seen(events(partial), "start") == [("2031-10-26T18:00:00-04:00",)]
    zoned = listing(
        "Opera at the Garden", "2031-10-26T23:00:00Z", "Sun Oct 26 2031 at 07:00 pm"
    )  # an instant: the display is local
    assert seen(events(zoned), "start") == [("2031-10-26T19:00:00-04:00",)]
    ended = {
        "name": "Dance at the Garden",
        "start_datetime": "2031-10-26T18:00:00",
        "end_time_display": "Sun Oct 26 2031 at 11:00 pm",
    }
    assert seen(events(ended), "start") == [("2031-10-26T18:00:00-04:00",)]  # an end's display is no start's


def test_a_written_date_gives_its_own_format_only_when_nothing_is_left_to_guess() -> None:
    assert written_format("Sun Oct 26 2031 at 07:00 pm") == "%a %b %d %Y at %I:%M %p"
    assert written_format("Sunday, 26 October 2031, 19:00") == "%A, %d %B %Y, %H:%M"
    assert written_format("Sun, 26 Oct") is None  # no year, no clock
    assert written_format("26/10/2031 19:00") is None  # no month's name: day and month could swap
    assert written_format("Sun Oct 26 2031") is None  # no clock
