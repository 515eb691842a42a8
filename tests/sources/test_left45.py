"""left45: the items the last sessions noticed and left (the log's "Read-through of the day's merge (lead, after
review59)", "Left44", "Read-through 59 …"). Each test fails on b2237084 without its mend; hard negatives beside it."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters._feed_closing_place import closing_place
from sources.adapters._page_abbreviations import abbreviation_dot
from tests.sources.helpers import one_event, read_feed
from tests.sources.test_left44 import opened  # a line under a date: its title and place
from tests.sources.test_readthrough59_b import LONDON, agenda, it, item, read_ch, rss  # Swiss and English feeds
from tests.sources.test_readthrough59_c import CHICAGO, JANUARY, club_xml, read_uk

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")

# 3. A title's abbreviation as it is written: "the Rep." with no name after it is a place's name, lower-case English
#    titles are words (``_page_abbreviations``) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19:30 Hamlet at the Rep. Tickets from the box office", ("Hamlet", "the Rep")),
        ("19:30 Quiz at the Gov. Teams of four", ("Quiz", "the Gov")),
    ],
)
def test_a_persons_title_after_the_with_no_name_after_it_ends_the_sentence(text, expected):
    assert opened(text) == expected


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Talk by the sales rep. Tickets at the door", 21),  # an English title in lower case is a word
        ("Meet at 3rd st. Parking on site", 14),
        ("at the Rep. Free entry", 10),
    ],
)
def test_a_lower_case_english_title_or_a_place_after_the_ends_the_sentence(text, index):
    assert text[index] == "."
    assert not abbreviation_dot(text, index)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("at the Dr. Phillips Center", 9),  # capitalised words run on: a name follows
        ("at the Dr. Martin Luther King Jr. Library", 9),  # a given name follows
        ("by the Rev. Jones", 10),  # a clergyman's title follows "the"
        ("at the St. Regis", 9),  # a saint's in a place's name
        ("at the Mt. Hood Inn", 9),
        ("by Dr. Jones", 5),  # no "the": as before
        ("The Hon. Member", 7),
        ("il dott. Rossi", 7),  # written in lower case in its language
        ("prof. dr. ir. Jansen", 12),
        ("el lic. Pérez", 6),
        ("ST. MARY'S HALL", 2),  # in capitals, as before
    ],
)
def test_a_title_before_a_name_still_holds_its_dot(text, index):
    assert text[index] == "."
    assert abbreviation_dot(text, index)


def test_a_title_before_a_name_after_the_reads_as_one_sentence():
    assert opened("19:30 Gala at the Dr. Phillips Center. Tickets at the door") == (
        "Gala",
        "the Dr. Phillips Center",
    )


# 4. A feed title's tail day at the item's one clock (``_feed_tail_clock``) --------------------------------------------


@pytest.mark.parametrize(
    ("description", "start", "end"),
    [
        ("Beginn 19:30 Uhr. Eintritt frei.", "2031-08-30T19:30:00+02:00", None),
        ("Im Stadtpark, 19.30 Uhr.", "2031-08-30T19:30:00+02:00", None),
        ("Einlass 19 Uhr, Beginn 20 Uhr.", "2031-08-30T20:00:00+02:00", None),  # the show's, after the doors'
        ("Von 18:00 bis 22:00 Uhr im Hof.", "2031-08-30T18:00:00+02:00", "2031-08-30T22:00:00+02:00"),
        ("Anmeldung bis 12 Uhr, Beginn 14 Uhr.", "2031-08-30T14:00:00+02:00", None),  # the start after a deadline
    ],
)
def test_a_tail_day_takes_the_items_one_clock(description, start, end) -> None:
    event = one_event(read_ch(agenda(item("Sommerkonzert - am Sa 30.08.", description))))
    assert (event["start"], event.get("end"), event["title"]) == (start, end, "Sommerkonzert")


@pytest.mark.parametrize(
    "description",
    [
        "Ein Konzert im Park.",  # no clock: all day, as before
        "Führungen um 11 Uhr und um 15 Uhr.",  # two clocks: which?
        "Anmeldung bis 12 Uhr im Sekretariat.",  # a deadline's
        "Geöffnet 10-17 Uhr.",  # an opening hour's
        "Öffnungszeiten: 10:00 bis 17:00 Uhr.",
        "Vorverkauf ab 12.09. an der Kasse.",  # a day written like a clock
    ],
)
def test_a_tail_day_without_one_start_clock_stays_all_day(description) -> None:
    event = one_event(read_ch(agenda(item("Sommerkonzert - am Sa 30.08.", description))))
    assert (event["start"], event["all_day"]) == ("2031-08-30", True)


def test_a_tail_run_of_days_stays_all_day() -> None:
    event = one_event(read_ch(agenda(item("Sommerfest - 30.08.-31.08.", "Beginn 19:30 Uhr."))))
    assert (event["start"], event["end"], event["all_day"]) == ("2031-08-30", "2031-08-31", True)


# 5. A meeting point closing the description: where to go, in its town (``_feed_closing_place``) ------------------------


def test_a_closing_meeting_point_is_the_venue_without_its_label() -> None:
    document = agenda(
        item("[Bern] [Führung] Altstadtrundgang - am Sa 30.08.", "Ein Rundgang. Treffpunkt Bahnhof Bern, Bern."),
        item("[Bern] [Führung] Stadtführung - am So 31.08.", "Ein Rundgang. Treffpunkt Bern, Bern.", slug="b"),
    )
    assert [(event.get("venue_name"), event.get("city")) for event in read_ch(document)] == [
        ("Bahnhof Bern", "Bern"),
        (None, "Bern"),
    ]
    assert closing_place("Ein Rundgang. Treffpunkt, Bern.", "[Bern] Rundgang") == (None, "Bern")


def test_a_closing_venue_without_a_meeting_word_is_kept_whole() -> None:  # hard negatives
    assert closing_place("Vortrag. Polit-Forum Bern, Bern.", "[Bern] Vortrag") == ("Polit-Forum Bern", "Bern")
    assert closing_place("Konzert. Treffpunktkirche Bern, Bern.", "[Bern] Konzert") == ("Treffpunktkirche Bern", "Bern")
    assert closing_place("Ein Rundgang. Treffpunkt Bahnhof Bern, Bern.", "Rundgang") == ("Bahnhof Bern", "Bern")


# 6. The feed modules' word lists from the shared tables (``_feed_tail_day`` labels, ``_feed_kicker_town`` kinds) ------


@pytest.mark.parametrize("label", ["Remote", "Zoom", "Virtuell", "Live stream"])
def test_an_online_label_from_the_shared_online_words_stays_and_is_online(label) -> None:
    text = "Am 30.08.2031, 18:00 Uhr. Zugang per Link."
    event = one_event(read_ch(agenda(item(f"[{label}] Python Workshop", text))))
    assert (event["title"], event["online"]) == (f"[{label}] Python Workshop", True)


def test_a_town_label_before_the_online_one_still_goes() -> None:  # hard negative: a town is no kept label
    event = one_event(read_ch(agenda(item("[Bern] [Zoom] Vortrag", "Am 30.08.2031, 18:00 Uhr."))))
    assert (event["title"], event["online"]) == ("[Zoom] Vortrag", True)


@pytest.mark.parametrize(
    ("kicker", "link"),
    [
        ("Jazz", "https://arts.example.org/events/summer-night-jazz/"),  # a source label's kind
        ("Lesung", "https://arts.example.org/events/abend-lesung/"),  # a German rule's phrase
        ("Gratuit", "https://arts.example.org/events/marche-du-livre-gratuit/"),  # a free word
    ],
)
def test_a_kind_from_the_shared_tables_is_no_kicker_town(kicker, link) -> None:
    html = f"<p>Wednesday 8 October 2031 · {kicker}</p><h2>Evening</h2><p>An evening at 7.30pm.</p>"
    events = read_feed(rss(it("Evening", link, html)), zone=LONDON, start=dt.datetime(2031, 10, 1, 9, tzinfo=LONDON))
    assert [event.get("city") for event in events] == [None]


def test_a_town_in_the_link_after_the_name_is_still_the_kicker_town() -> None:  # hard negative
    link = "https://arts.example.org/events/evening-keswick/"
    html = "<p>Wednesday 8 October 2031 · Keswick</p><h2>Evening</h2><p>An evening at 7.30pm.</p>"
    events = read_feed(rss(it("Evening", link, html)), zone=LONDON, start=dt.datetime(2031, 10, 1, 9, tzinfo=LONDON))
    assert [event.get("city") for event in events] == ["Keswick"]


# 7. A news article's spelled-out dates are no events (``_json_dated_containers``); an XML document's runs are read
#    once, by the whole document's order (``xml_doc``) --------------------------------------------------------------

DATES = [{"date": "2031-03-05", "text": "5 March 2031"}, {"date": "2031-03-12", "text": "12 March 2031"}]


def test_a_news_articles_spelled_dates_are_no_events() -> None:
    article = {
        "headline": "Council approves budget",
        "body": "The council met and approved the budget.",
        "dates": DATES,
    }
    assert read_uk(article) == []
    second = {"headline": "School reopens", "body": "The school reopened.", "dates": DATES[:1]}
    assert read_uk({"articles": [article, second]}) == []


def test_an_events_spelled_dates_are_still_its_occurrences() -> None:  # hard negatives
    play = {"title": "Hamlet", "venue": "Globe", "dates": DATES}
    assert [(event["title"], event["start"]) for event in read_uk(play)] == [
        ("Hamlet", "2031-03-05"),
        ("Hamlet", "2031-03-12"),
    ]
    placed = {"headline": "Open day", "body": "Come along.", "location": "Town Hall", "dates": DATES}
    assert len(read_uk(placed)) == 2  # a headline with a place is an event's (_json_news)


def test_an_xml_documents_ambiguous_run_is_refused_as_in_json() -> None:
    values = ["1/18-1/19/31", "5/6-6/6/31", "3/01-3/02/31", "6/20-6/21/31"]
    events = read_feed(club_xml(values), zone=CHICAGO, start=JANUARY)
    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Open 0", "2031-01-18", "2031-01-19"),
        ("Open 2", "2031-03-01", "2031-03-02"),
        ("Open 3", "2031-06-20", "2031-06-21"),
    ]


def test_an_xml_documents_day_first_runs_still_read() -> None:  # hard negative: the document decides day first
    events = read_feed(club_xml(["1/5-2/5/31", "20/9-21/9/31"]), zone=LONDON, start=JANUARY)
    assert [(event["start"], event["end"]) for event in events] == [
        ("2031-05-01", "2031-05-02"),
        ("2031-09-20", "2031-09-21"),
    ]


# 8. An all-day record's UTC midnight stays its day in any zone (``_json_days.day_span``) -------------------------------


def all_day_records(start: str, end: str | None = None, **extra: object) -> str:
    records = [
        {
            "title": title,
            "start": start.replace("-03-", f"-{month}-"),
            **({"end": end.replace("-03-", f"-{month}-")} if end else {}),
            **extra,
        }
        for title, month in (("Fair", "03"), ("Market", "04"))
    ]
    return json.dumps(records)


@pytest.mark.parametrize("zone", [CHICAGO, BERLIN, TOKYO])
def test_an_all_day_records_utc_midnight_is_its_day_in_any_zone(zone) -> None:
    start = dt.datetime(2031, 1, 2, 9, tzinfo=zone)
    alone = read_feed(all_day_records("2031-03-05T00:00:00Z", allDay=True), zone=zone, start=start, kind="json_api")
    assert [(event["start"], event["end"]) for event in alone] == [("2031-03-05", None), ("2031-04-05", None)]
    ended = all_day_records("2031-03-05T00:00:00Z", "2031-03-07T00:00:00Z", allDay=True)  # the end: the day after
    events = read_feed(ended, zone=zone, start=start, kind="json_api")
    assert [(event["start"], event["end"]) for event in events] == [
        ("2031-03-05", "2031-03-06"),
        ("2031-04-05", "2031-04-06"),
    ]


def test_a_local_midnight_and_a_timed_utc_midnight_are_read_as_before() -> None:  # hard negatives
    start = dt.datetime(2031, 1, 2, 9, tzinfo=BERLIN)
    local = all_day_records("2031-03-04T23:00:00Z", allDay=True)  # Berlin's midnight of the 5th, written in UTC
    events = read_feed(local, zone=BERLIN, start=start, kind="json_api")
    assert [event["start"] for event in events] == ["2031-03-05", "2031-04-05"]  # April: 01:00 of the 5th
    timed = read_feed(all_day_records("2031-03-05T00:00:00Z"), zone=CHICAGO, start=start, kind="json_api")
    assert [event["start"] for event in timed] == ["2031-03-04T18:00:00-06:00", "2031-04-04T19:00:00-05:00"]
