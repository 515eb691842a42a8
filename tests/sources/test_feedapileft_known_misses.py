"""Feed and JSON-API misses left by earlier batches (issue #13, helper feedapileft), on small documents of our own.

What the committed and held-out cases showed, and the rule written for each:

- an orienteering club's membership list (feeds41, ``b41-eventor-sync-memberships``) was read as five events, each
  member at the time they applied (``<AppliedTime>``): "applied" is a record's stamp, as "paid" and "registered"
  are (``NOT_DATE`` in ``_json_fields``);
- a start list (``b41-eventor-sync-start-list``) was read as one event, the class "Hard" at its first competitor's
  start (``PersonStart.0.Start.StartTime``): a start read through the first item of a list of people's entries is
  that person's, not the record's (``_json_person_entries``);
- a rescue service's first-alert RSS (``b41-peto-media-incidents``) was read as four events at the times the alerts
  restate in their text ("07.08.2019 17:17:04 Liperi/Liperi öljyvah."): a dotted date whose clock goes on with
  seconds that are not zero is a recorded instant, no start, as an ISO one already was (``_feed_recorded``);
- an XML product list dated under ``<released>`` (or ``listed``) was read as a list of events (``NOT_DATE``), and a
  job list dated under ``<posted>`` by the page reader, its first record's ``<title>`` the page's: an XML document of
  records is no web page (``_data_xml``);
- CollegeFootballData's game whose kickoff is not set (``"startTimeTBD": true``, apis39) was read at its placeholder
  clock: a flag that the time is to be decided makes the start the day (``_json_precision.time_unknown``);
- a World Cup knockout naming one team (``"home_team_name_en": "Germany"`` beside ``"away_team_label": "3rd Group
  A/B/C/D/F"``, apis39) was titled "Germany": each missing side is its label (``_json_side_fill``);
- "Tuesday 1st of November 2016 at 10am to Thursday 10th of November 2016" (feeds38, ``b38-joyous-multiday-entry``)
  had no end: a later day written without a clock after a timed start ends the event at that day's last minute
  (``_feed_span_end``).

Each with hard negatives: look-alikes that keep their old reading.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters._data_xml import data_xml_document
from sources.adapters._feed_recorded import seconds_follow
from sources.adapters._json_person_entries import person_entry_start
from sources.adapters.base import FetchWindow
from tests.sources.helpers import read_events

SYDNEY = zoneinfo.ZoneInfo("Australia/Sydney")
HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
NOW = dt.datetime(2031, 5, 1, 12, 0, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def read(document: str | bytes, zone: zoneinfo.ZoneInfo = SYDNEY) -> list[dict]:
    payload = document if isinstance(document, bytes) else document.encode()
    return read_events(payload, window=WINDOW, zone=zone)


def read_json(document: object, zone: zoneinfo.ZoneInfo = NEW_YORK) -> list[dict]:
    return read(json.dumps(document), zone)


# --- a membership list: when a member applied is no event -------------------------------------------------------


def membership(number: int, given: str, applied: str, *, key: str = "AppliedTime") -> str:
    return (
        f"<Membership><Id>{number}</Id><Year>2031</Year><Type><Name>Senior</Name></Type>"
        f"<Person><Id>{100 + number}</Id><FirstName>{given}</FirstName><LastName>Example</LastName></Person>"
        f"<{key}>{applied}</{key}><Email>{given.lower()}@example.org</Email></Membership>"
    )


def test_a_membership_list_dated_by_applications_is_no_list_of_events() -> None:
    members = "".join(
        membership(number, given, f"2031-0{number}-05T10:15:00")
        for number, given in enumerate(("Alex", "Sam", "Jo", "Kim"), start=1)
    )
    assert read(f"<?xml version='1.0'?><MembershipList>{members}</MembershipList>") == []


def test_records_dated_by_another_key_are_still_read() -> None:
    """Hard negative: the same records with a start ("EventDate") are events, "applied" or not."""
    rows = "".join(
        f"<Race><Name>Night Sprint {number}</Name><EventDate>2031-0{number + 5}-05T19:00:00</EventDate>"
        f"<AppliedTime>2031-0{number}-01T10:00:00</AppliedTime></Race>"
        for number in range(1, 4)
    )
    events = read(f"<?xml version='1.0'?><Races>{rows}</Races>")
    assert [(event["title"], event["start"]) for event in events] == [
        ("Night Sprint 1", "2031-06-05T19:00:00+10:00"),
        ("Night Sprint 2", "2031-07-05T19:00:00+10:00"),
        ("Night Sprint 3", "2031-08-05T19:00:00+10:00"),
    ]


# --- a start list: a competitor's start is not the class's ----------------------------------------------------


def person_start(given: str, family: str, clock: str) -> str:
    return (
        f"<PersonStart><Person><PersonName><Family>{family}</Family><Given>{given}</Given></PersonName></Person>"
        f"<Start><StartNumber>1</StartNumber><StartTime><Date>2031-06-10</Date><Clock>{clock}</Clock></StartTime>"
        "</Start></PersonStart>"
    )


def test_a_class_is_not_read_at_its_first_competitors_start() -> None:
    document = (
        "<?xml version='1.0'?><StartList><EventId>5001</EventId><ClassStart>"
        "<EventClass><EventClassId>3001</EventClassId><Name>Hard</Name></EventClass>"
        + person_start("Alex", "Example", "10:02:00")
        + person_start("Sam", "Sample", "10:04:00")
        + person_start("Jo", "Sample", "10:06:00")
        + "</ClassStart></StartList>"
    )
    assert read(document) == []


def test_a_show_is_still_read_at_its_first_performance() -> None:
    """Hard negative: a list of performances (no person in them) on the start's path dates the show as before."""
    shows = [
        {
            "name": f"Show {number}",
            "performances": [
                {"startDate": f"2031-06-{10 + number}T19:30:00", "hall": "Main"},
                {"startDate": f"2031-06-{11 + number}T19:30:00", "hall": "Main"},
            ],
        }
        for number in range(1, 4)
    ]
    events = read_json({"shows": shows})
    assert sorted({event["title"] for event in events}) == ["Show 1", "Show 2", "Show 3"]
    assert ("Show 1", "2031-06-11T19:30:00-04:00") in [(event["title"], event["start"]) for event in events]


def test_person_entries_are_told_from_other_lists() -> None:
    entries = {"PersonStart": [{"Person": {"PersonName": {"Given": "Alex", "Family": "Example"}}, "Start": {}}]}
    named = {"entries": [{"firstName": "Alex", "lastName": "Example", "start": "10:00"}]}
    sessions = {"sessions": [{"title": "Warm-up", "start": "10:00"}, {"title": "Final", "start": "11:00"}]}
    assert person_entry_start([entries], ["PersonStart.0.Start.StartTime"])
    assert person_entry_start([named], ["entries.0.start"])
    assert not person_entry_start([sessions], ["sessions.0.start"])
    assert not person_entry_start([entries], ["StartTime"])  # no list on the start's path


# --- an alert feed's restated send time ------------------------------------------------------------------------


def alerts_feed(*items: tuple[str, str]) -> str:
    body = "".join(
        f"<item><title>{title}</title><description>{text}</description><link>https://alerts.example.org</link>"
        f"<pubDate>Wed, 07 Aug 2030 17:17:04 +0200</pubDate></item>"
        for title, text in items
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Ensitiedotteet</title>"
        f"<link>https://alerts.example.org</link><description>Alerts</description>{body}</channel></rss>"
    )


def test_alerts_restating_their_time_to_the_second_are_no_events() -> None:
    document = alerts_feed(
        ("Liperi, maastopalo: pieni", "07.08.2031 17:17:04 Liperi maastopalo: pieni"),
        ("Espoo, tieliikenneonnettomuus: pieni", "07.08.2031 17:12:16 Espoo tieliikenneonnettomuus: pieni"),
    )
    assert read(document, HELSINKI) == []


def test_a_dotted_date_with_its_minute_or_zero_seconds_is_still_a_start() -> None:
    """Hard negative: "18:50", "18:50:00" and "18:50 Uhr" after a dotted date are read as before."""
    document = alerts_feed(
        ("Konzert im Park", "Am 07.08.2031 18:50 Uhr im Stadtpark"),
        ("Lesung", "Am 09.08.2031 19:30:00 in der Bibliothek"),
    )
    starts = sorted(event["start"] for event in read(document, HELSINKI))
    assert starts == ["2031-08-07T18:50:00+03:00", "2031-08-09T19:30:00+03:00"]


def test_seconds_after_a_clock() -> None:
    text = "07.08.2031 17:17:04 x 17:17:00 y 17:17:00.000 z 17:17:33.120 w 17:17: v 17:17"
    assert seconds_follow(text, text.index(":04"))
    assert not seconds_follow(text, text.index(":00 y"))
    assert not seconds_follow(text, text.index(":00.000"))
    assert seconds_follow(text, text.index(":33.120"))
    assert not seconds_follow(text, text.index(": v"))
    assert not seconds_follow(text, len(text))


# --- product and job lists: release and posting stamps ----------------------------------------------------------


def catalogue(word: str) -> str:
    products = "".join(
        f"<product><sku>SKU-{index}</sku><name>Walking boot {index}</name><{word}>2031-06-0{index}</{word}>"
        f"<price>4{index}.00</price></product>"
        for index in range(1, 5)
    )
    return f"<?xml version='1.0'?><catalog><products>{products}</products></catalog>"


def test_a_product_list_dated_by_release_or_listing_is_no_list_of_events() -> None:
    assert read(catalogue("released")) == []
    assert read(catalogue("listed")) == []


def test_a_job_list_is_no_web_page() -> None:
    jobs = "".join(
        f"<job><title>Barista {index}</title><location>Leeds</location><posted>2031-06-0{index}</posted>"
        f"<expires>2031-07-0{index}</expires></job>"
        for index in range(1, 5)
    )
    assert read(f"<?xml version='1.0'?><jobs>{jobs}</jobs>") == []


def test_a_list_of_launches_and_xhtml_pages_are_read_as_before() -> None:
    """Hard negatives: a key "launch" dates its event; an XHTML page and an XML-declared fragment are pages."""
    assert len(read(catalogue("launchDate"))) == 4
    xhtml = (
        "<?xml version='1.0' encoding='utf-8'?><!DOCTYPE html><html xmlns='http://www.w3.org/1999/xhtml'><head>"
        "<title>Quiz night</title></head><body><h1>Quiz night</h1><p>Friday 13 June 2031, 7:30 pm at The Crown</p>"
        "</body></html>"
    )
    assert [event["title"] for event in read(xhtml)] == ["Quiz night"]
    assert not data_xml_document(xhtml.encode())
    assert not data_xml_document(b"<?xml version='1.0'?><div><h2>Quiz</h2></div>")
    assert not data_xml_document(b"<jobs><job><title>Barista</title></job></jobs>")  # no XML declaration
    assert data_xml_document(b"<?xml version='1.0'?><jobs><job><title>Barista</title></job></jobs>")


# --- a kickoff to be decided ------------------------------------------------------------------------------------


def cfb_game(number: int, flag: str, value: object) -> dict:
    return {
        "id": number,
        "season": 2031,
        "week": number,
        "startDate": f"2031-09-{10 + number}T19:30:00.000Z",
        flag: value,
        "homeTeam": "Florida State",
        "awayTeam": "Miami",
        "venue": "Doak Campbell Stadium",
    }


def starts(flag: str) -> list[tuple[str, bool]]:
    games = [cfb_game(1, flag, False), cfb_game(2, flag, True), cfb_game(3, flag, False)]
    return [(event["start"], event["all_day"]) for event in read_json(games)]


def test_a_game_whose_time_is_to_be_decided_is_its_day() -> None:
    for flag in ("startTimeTBD", "timeTBD", "time_tbd", "kickoffTBA", "noSpecificTime"):
        assert starts(flag) == [
            ("2031-09-11T15:30:00-04:00", False),
            ("2031-09-12", True),
            ("2031-09-13T15:30:00-04:00", False),
        ], flag


def test_other_flags_leave_the_time() -> None:
    """Hard negatives: a date's flag ("dateTBD"), a venue's ("venueTBD"), a bare "isTBD" and a flag set to false."""
    for flag in ("dateTBD", "venueTBD", "isTBD"):
        assert all(not all_day for _, all_day in starts(flag)), flag
    games = [cfb_game(number, "startTimeTBD", "false") for number in range(1, 4)]
    assert all(not event["all_day"] for event in read_json(games))


# --- a knockout that names one team -----------------------------------------------------------------------------


def knockout(number: int, home: str | None, away: str | None, home_label: str, away_label: str) -> dict:
    record: dict = {"id": str(number), "group": "R32", "local_date": f"06/{10 + number:02d}/2031 18:00"}
    if home:
        record["home_team_name_en"] = home
    if away:
        record["away_team_name_en"] = away
    return {**record, "home_team_label": home_label, "away_team_label": away_label}


def test_a_knockout_naming_one_team_is_named_by_it_and_the_other_sides_label() -> None:
    games = [
        knockout(1, "Mexico", "Japan", "Winner Group A", "Runner-up Group B"),
        knockout(2, "Spain", "Chile", "Winner Group B", "Runner-up Group A"),
        knockout(3, "Ghana", "Peru", "Winner Group D", "Runner-up Group C"),
        knockout(4, "Germany", None, "Winner Group E", "3rd Group A/B/C/D/F"),
        knockout(5, None, "Brazil", "Winner Group C", "Runner-up Group F"),
        knockout(6, None, None, "Winner Match 74", "Winner Match 77"),
    ]
    assert [event["title"] for event in read_json({"games": games})] == [
        "Mexico vs Japan",
        "Spain vs Chile",
        "Ghana vs Peru",
        "Germany vs 3rd Group A/B/C/D/F",
        "Winner Group C vs Brazil",
        "Winner Match 74 vs Winner Match 77",
    ]


def test_games_without_labels_keep_the_known_team() -> None:
    """Hard negative: with no labels at all, a game naming one team is named as before."""
    games = [
        {"id": "1", "local_date": "06/11/2031 18:00", "home_team_name_en": "Mexico", "away_team_name_en": "Japan"},
        {"id": "2", "local_date": "06/12/2031 18:00", "home_team_name_en": "Germany"},
        {"id": "3", "local_date": "06/13/2031 18:00", "home_team_name_en": "Spain", "away_team_name_en": "Chile"},
    ]
    assert [event["title"] for event in read_json({"games": games})] == [
        "Mexico vs Japan",
        "Germany",
        "Spain vs Chile",
    ]


# --- a timed start to a later day with no clock ---------------------------------------------------------------


def prose_feed(when: str) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Events</title>"
        "<link>https://joy.example.org/events/</link><description>Events</description>"
        f"<item><title>Road Trip</title><link>https://joy.example.org/events/road-trip/</link>"
        f"<description>&lt;div class='joy-ev-when'&gt;{when}&lt;/div&gt;</description>"
        "<guid>https://joy.example.org/events/road-trip/</guid></item></channel></rss>"
    )


def test_a_timed_start_to_a_later_day_ends_at_that_days_end() -> None:
    events = read(prose_feed("Tuesday 3rd of June 2031 at 10am to Thursday 12th of June 2031"))
    assert [(event["start"], event["end"]) for event in events] == [
        ("2031-06-03T10:00:00+10:00", "2031-06-12T23:59:00+10:00")
    ]


def test_the_same_day_again_or_a_far_day_is_no_end() -> None:
    """Hard negatives: the start's own day again, a day weeks later, and a timed second date read as before."""
    same = read(prose_feed("Tuesday 3rd of June 2031 at 10am to Tuesday 3rd of June 2031"))
    assert [(event["start"], event["end"]) for event in same] == [("2031-06-03T10:00:00+10:00", None)]
    far = read(prose_feed("Tuesday 3rd of June 2031 at 10am to Friday 1st of August 2031"))
    assert [event["end"] for event in far] == [None]
    timed = read(prose_feed("Tue Jun 3, 2031 4pm to Thu Jun 5, 2031 6pm"))
    assert [event["end"] for event in timed] == ["2031-06-05T18:00:00+10:00"]
