"""The forty-ninth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout49.json: a football-data API's
XML answers from two client libraries, a fixture list in a SOAP-style envelope in two versions and a live-score list;
the same API's league list and a radio podcast whose titles end in their broadcast day, hard negatives; a Trumba RSS
item with xCal; measured once before these rules: found 1/7, every XMLSOCCER file unreadable), on small documents of
our own.

The miss and the rules written from it:

- every record sat under an element named ``<XMLSOCCER.COM>``: a dot in an element's name. A mapping's path is written
  with dots between keys, so a key holding one could be neither reached nor searched for lists: the records were never
  found. An element's name is now a key with its dots made underscores (``_xml_data.data_key``): ``XMLSOCCER_COM``,
  XStream's ``com_example_Event``.
- read, the league list became three events, each league at its "LatestMatch": a date keyed "latest", "previous" or
  "recent" is a related record's day (as "last" was), never this record's start (``_json_fields.NOT_DATE``).
- fields the eval does not score, seen on the games: the url was the bookmaker's affiliate link ("BetAtHomeLink",
  the same on every game) and the description one team's yellow cards ("HomeTeamYellowCardDetails"). A URL whose key
  or addresses name betting is a bookmaker's link (``_json_owned.bookmakers_link``); a description under one side's
  key is that side's (``_json_field_scores.description_score``).
- the podcast's title "… Vegan ist der Plan (19.08.2013)" lost its date as "… Vegan ist der Plan ( )": a date that is
  all its brackets hold goes with them (``_feed_cut_date.cut_out``, shared by the ISO and the dotted title cuts).

Hard negatives: a dotless document reads as before; a record with no date under a dotted element stays unread; a
"LateStart" is still a start, and a record's own start wins beside its "LatestMatch"; a match's own page and a link
whose words only contain "bet" inside another word ("alphabet") stay its url; a plain description is read; brackets
that hold more than the date stay, closed up.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_cut_date import cut_out
from sources.adapters._xml_data import data_key
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_events, read_feed

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
MAY = dt.datetime(2031, 5, 1, 9, 0, tzinfo=OSLO)
WINDOW = FetchWindow(MAY, MAY + dt.timedelta(days=365))
read_json = functools.partial(json_events, window=WINDOW, zone=OSLO)


def read_xml(document: str) -> list[dict]:
    return sorted(read_events(document.encode(), window=WINDOW, zone=OSLO), key=lambda event: event["start"])


def local(moment: str) -> str:
    return dt.datetime.fromisoformat(moment).astimezone(OSLO).strftime("%Y-%m-%d %H:%M")


def game(number: int, *, extra: str = "") -> str:
    return (
        f"<Game><Id>{700 + number}</Id><Kickoff>2031-05-{10 + number}T19:30:00+02:00</Kickoff>"
        f"<HomeTeam>Lakeside {number}</HomeTeam><AwayTeam>Hillford {number}</AwayTeam>"
        f"<Location>North Park {number}</Location>{extra}</Game>"
    )


def games_under(root: str, *games: str) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?><{root}>' + "".join(games) + f"</{root}>"


# --- an element named with a dot ----------------------------------------------------------------------------------


def test_records_under_an_element_named_with_a_dot_are_read() -> None:
    events = read_xml(games_under("FIXTURES.EXAMPLE.ORG", game(1), game(2)))
    assert [event["title"] for event in events] == [
        "Lakeside 1 vs Hillford 1",
        "Lakeside 2 vs Hillford 2",
    ]  # home first (left36)
    assert [local(event["start"]) for event in events] == ["2031-05-11 19:30", "2031-05-12 19:30"]
    assert [event["venue_name"] for event in events] == ["North Park 1", "North Park 2"]
    assert any("FIXTURES_EXAMPLE_ORG.Game" in line for line in events[0]["evidence"])


def test_records_named_by_a_class_name_with_dots_are_read() -> None:
    concert = (
        "<org.example.Concert><title>Harbour Strings {n}</title><start>2031-06-0{n}T20:00:00</start>"
        "<hall>Old Customs House</hall></org.example.Concert>"
    )
    document = '<?xml version="1.0"?><list>' + "".join(concert.format(n=n) for n in (1, 2)) + "</list>"
    events = read_xml(document)
    assert [event["title"] for event in events] == ["Harbour Strings 1", "Harbour Strings 2"]
    assert local(events[0]["start"]) == "2031-06-01 20:00"


def test_a_dotless_document_reads_as_before_and_dateless_records_under_a_dot_stay_unread() -> None:
    assert len(read_xml(games_under("Fixtures", game(1), game(2)))) == 2
    teams = "".join(f"<Team><Id>{n}</Id><Name>Lakeside {n}</Name><Ground>North Park</Ground></Team>" for n in (1, 2))
    assert read_xml(games_under("TEAMS.EXAMPLE.ORG", teams)) == []
    assert data_key("Fixtures") == "Fixtures"
    assert data_key("com.example.Event") == "com_example_Event"


# --- a "latest" date is another record's ---------------------------------------------------------------------------


def league(number: int, *, extra: str = "") -> str:
    return (
        f"<League><Id>{number}</Id><Name>Northern Cup {number}</Name><Country>Norway</Country>"
        f"<NumberOfGames>{300 + number}</NumberOfGames><LatestMatch>2031-05-0{number}T19:00:00+00:00</LatestMatch>"
        f"{extra}</League>"
    )


def test_a_league_list_with_each_leagues_latest_match_is_no_list_of_events() -> None:
    assert read_xml(games_under("LEAGUES.EXAMPLE.ORG", league(2), league(3), league(4))) == []
    clubs = {"clubs": [{"name": f"Club {n}", "previousVisit": f"2031-05-0{n}T18:00:00"} for n in (2, 3)]}
    assert read_json(clubs) == []
    recent = {"bands": [{"name": f"Band {n}", "mostRecentShow": f"2031-05-0{n}T21:00:00"} for n in (2, 3)]}
    assert read_json(recent) == []


def test_a_records_own_start_is_read_beside_its_latest_match_and_a_late_start_is_a_start() -> None:
    opening = "<OpeningDay>2031-06-0{n}T15:00:00+02:00</OpeningDay>"
    events = read_xml(games_under("Leagues", *(league(n, extra=opening.format(n=n)) for n in (2, 3))))
    assert [local(event["start"]) for event in events] == ["2031-06-02 15:00", "2031-06-03 15:00"]
    late = {"shows": [{"title": f"Midnight Movie {n}", "LateStart": f"2031-06-0{n}T23:30:00"} for n in (2, 3)]}
    assert [local(event["start"]) for event in read_json(late)] == ["2031-06-02 23:30", "2031-06-03 23:30"]


# --- a bookmaker's link and one side's details ---------------------------------------------------------------------


def test_a_bookmakers_link_is_not_the_games_page() -> None:
    bet = "<BetLink>https://partners.bookie.example/click?tag=77</BetLink>"
    events = read_xml(games_under("Fixtures", game(1, extra=bet), game(2, extra=bet)))
    assert [event["url"] for event in events] == [None, None]
    books = "<Link>https://www.sportsbook.example/e/{n}/</Link>"
    events = read_xml(games_under("Fixtures", *(game(n, extra=books.format(n=n)) for n in (1, 2))))
    assert [event["url"] for event in events] == [None, None]


def test_a_matchs_own_page_stays_its_url() -> None:
    own = "<MatchUrl>https://league.example/match/{n}</MatchUrl>"
    events = read_xml(games_under("Fixtures", *(game(n, extra=own.format(n=n)) for n in (1, 2))))
    assert [event["url"] for event in events] == ["https://league.example/match/1", "https://league.example/match/2"]
    alphabet = "<Link>https://alphabet.example/games/{n}</Link>"
    events = read_xml(games_under("Fixtures", *(game(n, extra=alphabet.format(n=n)) for n in (1, 2))))
    assert [event["url"] for event in events] == [
        "https://alphabet.example/games/1",
        "https://alphabet.example/games/2",
    ]


def test_one_sides_details_are_not_the_games_description_but_a_plain_description_is() -> None:
    cards = "<HomeTeamBookingDetails>12': A. Berg;57': C. Dahl;81': E. Fossum;</HomeTeamBookingDetails>"
    events = read_xml(games_under("Fixtures", game(1, extra=cards), game(2, extra=cards)))
    assert [event["description"] for event in events] == [None, None]
    about = "<Description>Cup quarter-final under the floodlights, gates open an hour before.</Description>"
    events = read_xml(games_under("Fixtures", game(1, extra=about), game(2, extra=about)))
    assert events[0]["description"] == "Cup quarter-final under the floodlights, gates open an hour before."


# --- a date in brackets leaves the title with them ----------------------------------------------------------------


def rss(*titles: str) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>https://pub.example/night/{index}</link>"
        f"<description>Teams of four, prizes for the best three.</description></item>"
        for index, title in enumerate(titles)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>The Anchor</title>{items}</channel></rss>'


def test_a_date_alone_in_brackets_goes_with_its_brackets() -> None:
    events = read_feed(rss("Quiz night (10.05.2031)", "Open mic [2031-05-12]"), zone=OSLO, start=MAY)
    assert sorted(event["title"] for event in events) == ["Open mic", "Quiz night"]
    assert sorted(event["source_title"] for event in events) == ["Open mic [2031-05-12]", "Quiz night (10.05.2031)"]


def test_brackets_holding_more_than_the_date_stay_closed_up() -> None:
    title = "Quiz night (10.05.2031, upstairs)"
    at = title.index("10.05")
    assert cut_out(title, at, at + len("10.05.2031")) == "Quiz night (upstairs)"
    title = "Band (live) 10.05.2031"
    assert cut_out(title, title.index("10.05"), len(title)) == "Band (live)"
    assert cut_out("(2031-05-01)", 1, 11) is None
