"""Review27: ordinary documents that the rules of batches pages84, cats24 and feeds56 read wrong, each fixed with its
hard negative (the document the rule was written for).

- a news desk's, a shop's or a podcast's RSS whose pubDates are written as labels with no year ("Dc. 23/07 10.15 h",
  "Mon, 21/07 18:00") had every item read as an event at its publication (``_feed_label_dates``): a label is an
  event's only when it lies ahead of the fetch, as an agenda's do; a publication's stamp never does;
- a length of time under a time label, "Running time: 2:08", "Journey time: 1:45", "Winning time: 0:31:12", was
  read as the day's clock, 02:08 (``_feed_time_label``); "Time: 19:30" beside "Date:" still is;
- "Ohne Anmeldefrist, das Fest läuft bis zum 10. August": a term word and "bis" in two clauses dropped the feast as a
  deadline (``_feed_not_event_dates``); "Anmeldefrist bis zum 1. Juni" still is one;
- a youth league's fixtures, a pool's lessons, a school's evenings, a conference's sessions had their "group" (an age
  group, a level, a year, a track) read as the organizer (``_json_group_names``); a Meetup group's name still is;
- a live broadcast's screenings in two countries, one instant written in two offsets at two venues, were merged into
  one event (``webpage.moment_key``); a webinar written in two offsets at one place is still one.

After main's second wave (apis59, pages85):

- a song's "now playing" answer, a build's or a backup's status with a "startTimestamp" or a "start_date_gmt" was read
  as one event (``_json_one_event.publication_stamp``): such a start is an event's when the object says more of one
  (an end, a place, its recipients or responses, as the club app's events do);
- a French heading in capitals, "M<sup>ME</sup> BOVARY", lost its abbreviation's end as a country code
  (``_page_sup_codes``): a code raised after one lone capital is an abbreviation's; "Holy Wave<sup>USA</sup>" and
  "Wyatt E.<sup>BEL</sup>" still lose theirs.

After main's third wave (left27, apis60):

- a car boot sale's "5:30-12:00" was moved to 17:30-midnight and a mosque's "Tahajjud prayers 3:30-4:30" to the
  afternoon (``_page_afternoon_ranges``): a bare range ending at noon is a morning's, and a night prayer's name
  (tahajjud, qiyam) keeps the page's small hours, as fajr and suhoor did; a market's "4:00-7:00" still moves;
- "Registration opens June 7, 2031 at 9 am. The league starts at 6 pm on Mondays." read the league on June 7 at
  18:00 (``_feed_not_event_dates.OTHER_DAY``, review26's check-in, with left27's clock): "on Mondays" is another day
  too, so the opening is skipped as a deadline's.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo

import pytest

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_feed, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
MADRID = zoneinfo.ZoneInfo("Europe/Madrid")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
# The adapter's now is its window's start plus a day (default_window): 24 July 2031, 09:00.
feed = functools.partial(read_feed, zone=MADRID, start=dt.datetime(2031, 7, 23, 9, 0))  # noqa: DTZ001


def rss(title: str, *items: tuple[str, str, str | None]) -> str:
    body = "".join(
        f"<item><title>{name}</title><link>https://example.org/{number}</link><description>{text}</description>"
        + (f"<pubDate>{stamp}</pubDate>" if stamp else "")
        + "</item>"
        for number, (name, text, stamp) in enumerate(items)
    )
    return (
        f'<rss version="2.0"><channel><title>{title}</title><link>https://example.org/</link>'
        f"<description>{title}</description>{body}</channel></rss>"
    )


def starts(events: list[dict]) -> list[tuple[str, str]]:
    return [(event["title"], event["start"]) for event in events]


# --- a pubDate label in the past is a publication's stamp -----------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        rss(
            "Diari - Última hora",
            ("L'Ajuntament aprova el pressupost", "El ple va aprovar els comptes.", "Dc. 23/07 10.15 h"),
            ("Tall de trànsit al centre", "Obres al carrer Major.", "Dj. 24/07 08:05"),
            ("Entrevista a l'alcaldessa", "Parla del festival.", "Dl. 21/07 19 h"),
        ),
        rss("Botiga - Novetats", ("Samarreta vermella", "Preu 19,90 €", "Dc. 23/07 10:15")),
        rss("The Weekly Chat podcast", ("Episode 41: gardening", "Tomatoes.", "Mon, 21/07 18:00")),
        rss("Diari - Arxiu", ("Crònica de maig", "El mercat de primavera.", "Dc. 21/05 10.15 h")),  # two months past
    ],
)
def test_a_label_before_the_fetch_is_a_publication_not_an_event(document: str) -> None:
    assert feed(document) == []


def test_an_agendas_labels_ahead_of_the_fetch_are_still_its_events() -> None:
    document = rss(
        "Agenda", ("Sardanes", "Concert a la plaça", "Dj. 24/07 18 h"), ("Rock", "Concert", "Ds. 26/07 21 h")
    )
    assert starts(feed(document)) == [("Sardanes", "2031-07-24T18:00:00+02:00"), ("Rock", "2031-07-26T21:00:00+02:00")]


# --- a length of time under a time label ----------------------------------------------------------------------------

club = functools.partial(read_feed, zone=LONDON, start=dt.datetime(2031, 7, 23, 9, 0))  # noqa: DTZ001


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Summer 10K", "Date: Sunday 10 August 2031. Winner: Jane Doe. Winning time: 0:31:12."),
        ("Half marathon", "Date: Sunday 10 August 2031. Course record time: 1:02:45. Entries open."),
        ("Screening: Vertigo", "Date: Sunday 10 August 2031. Studio 2. Running time: 2:08. Certificate PG."),
        ("New timetable", "Date: from Sunday 10 August 2031. Journey time: 1:45 to the coast."),
        ("Next race", "When: Sunday 10 August 2031. Target time: 1:45"),
        ("Parkrun", "Date: Sunday 10 August 2031. Time: 0:24:31, a new best"),
    ],
)
def test_a_length_of_time_is_no_clock_of_day(title: str, text: str) -> None:
    assert starts(club(rss("Club news", (title, text, None)))) == [(title, "2031-08-10")]


def test_a_clock_under_its_time_label_is_still_the_days() -> None:
    document = rss(
        "Club news",
        ("Quiz", "Date: Sunday 10 August 2031. Where: Club Hall Time: 7:30 pm", None),
        ("Talk", "Date: Monday 11 August 2031 Start time: 19:00", None),
    )
    assert starts(club(document)) == [("Quiz", "2031-08-10T19:30:00+01:00"), ("Talk", "2031-08-11T19:00:00+01:00")]


# --- a term word and "bis" in two clauses ---------------------------------------------------------------------------

verein = functools.partial(read_feed, zone=BERLIN, start=dt.datetime(2031, 7, 23, 9, 0))  # noqa: DTZ001


def test_a_term_word_in_another_clause_names_no_deadline() -> None:
    document = rss(
        "Veranstaltungen",
        ("Sommerfest", "Ohne Anmeldefrist, das Fest läuft bis zum 10. August 2031 im Park.", None),
        ("Ausstellung", "Kurze Frist: die Ausstellung ist bis zum 20. August 2031 verlängert.", None),
    )
    assert starts(verein(document)) == [("Sommerfest", "2031-08-10"), ("Ausstellung", "2031-08-20")]


def test_a_terms_end_in_one_clause_is_still_a_deadline() -> None:
    document = rss("Veranstaltungen", ("Kurs", "Die Anmeldefrist bis zum 1. August 2031 beachten.", None))
    assert verein(document) == []


# --- a group in JSON that is an audience's, not a holder's ----------------------------------------------------------

api = functools.partial(
    json_events,
    window=FetchWindow(dt.datetime(2031, 5, 1, tzinfo=dt.UTC), dt.datetime(2032, 5, 1, tzinfo=dt.UTC)),
    zone=LONDON,
)


def fixtures(names: list[str], key: str) -> dict:
    rows = []
    for number, name in enumerate(names):
        row = {"id": number + 1, "title": f"Match {number + 1}", "start_time": f"2031-05-{10 + number}T10:00:00+01:00"}
        row["venue"] = "Riverside Park"
        row[key] = {"name": name, "id": 100 + number} if key == "group" else name
        rows.append(row)
    return {"fixtures": rows}


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (["U12 Boys", "U14 Girls", "U12 Girls", "U16 Boys"], "group"),
        (["Under 9s", "Under 11s", "Under 9s", "Under 13s"], "group_name"),
        (["Beginners", "Improvers", "Advanced", "Beginners"], "groupName"),
        (["Year 7", "Year 8", "Year 9", "Class 3B"], "group"),
        (["Track 1", "Track 2", "Workshops", "Track 1"], "group"),
    ],
)
def test_an_audiences_group_is_no_organizer(names: list[str], key: str) -> None:
    events = api(fixtures(names, key))
    assert len(events) == 4
    assert [event.get("organizer") for event in events] == [None] * 4


def test_a_meetup_groups_name_is_still_the_organizer() -> None:
    events = api(fixtures(["Leeds Python Users"] * 3, "group"))
    assert [event.get("organizer") for event in events] == ["Leeds Python Users"] * 3


# --- one instant in two offsets at two venues -----------------------------------------------------------------------

page = functools.partial(read_page, url="https://cinema.example.com/live", zone=LONDON, start=dt.datetime(2031, 5, 1))  # noqa: DTZ001


def linked_data(*events: tuple[str, str, str]) -> str:
    scripts = "".join(
        '<script type="application/ld+json">'
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "Event",
                "name": name,
                "startDate": start,
                "location": {"@type": "Place", "name": place, "address": place},
            }
        )
        + "</script>"
        for name, start, place in events
    )
    return f"<html><head><title>Live</title>{scripts}</head><body><h1>Listings</h1></body></html>"


def test_one_broadcast_at_two_venues_in_two_offsets_is_two_screenings() -> None:
    events = page(
        linked_data(
            ("NT Live: Hamlet", "2031-06-12T19:00:00+01:00", "Picturehouse London"),
            ("NT Live: Hamlet", "2031-06-12T20:00:00+02:00", "Kino Berlin"),
        )
    )
    assert [event["venue_name"] for event in events] == ["Picturehouse London", "Kino Berlin"]
    assert len({event["external_id"] for event in events}) == 2


def test_one_webinar_in_two_offsets_at_one_place_is_still_one() -> None:
    events = page(
        linked_data(
            ("Budget webinar", "2031-06-12T15:00:00+01:00", "Online"),
            ("Budget webinar", "2031-06-12T10:00:00-04:00", "Online"),
        )
    )
    assert len(events) == 1


# --- a format-stamp start alone: a playback's or a run's --------------------------------------------------------------

stamped = functools.partial(
    json_events,
    window=FetchWindow(dt.datetime(2031, 3, 1, tzinfo=dt.UTC), dt.datetime(2032, 3, 1, tzinfo=dt.UTC)),
    zone=zoneinfo.ZoneInfo("UTC"),
)


@pytest.mark.parametrize(
    "document",
    [
        {"title": "Bohemian Rhapsody", "artist": "Queen", "startTimestamp": "2031-03-04T17:00:00Z", "duration": 354000},
        {
            "name": "nightly-build #4812",
            "status": "running",
            "startTimestamp": "2031-03-04T17:00:00Z",
            "branch": "main",
        },
        {"title": "Database backup", "start_date_gmt": "2031-03-04 02:00:00", "status": "completed", "size_mb": 512},
    ],
)
def test_a_format_stamp_start_alone_is_no_event(document: dict) -> None:
    assert stamped(document) == []


def test_a_format_stamp_start_with_an_events_keys_is_still_one() -> None:
    club = {"heading": "Under-12 training", "recipients": {"group": {"name": "Juniors"}}}
    assert [e["title"] for e in stamped({**club, "startTimestamp": "2031-03-04T17:00:00Z"})] == ["Under-12 training"]
    fair = {"title": "Spring fair", "start_date_gmt": "2031-03-10 10:00:00", "venue": "Town hall"}
    assert [e["title"] for e in stamped(fair)] == ["Spring fair"]


# --- a raised abbreviation's end after one capital ------------------------------------------------------------------

agenda = functools.partial(read_page, url="https://ville.example.fr/agenda", zone=zoneinfo.ZoneInfo("Europe/Paris"))


def test_an_abbreviation_raised_after_one_capital_stays_and_a_code_goes() -> None:
    body = (
        "<html><body><h1>Agenda</h1><div><h3>M<sup>ME</sup> BOVARY : LECTURE</h3><p>13 juin 2031 à 18h</p></div>"
        "<div><h3>Holy Wave<sup>USA</sup></h3><p>14 juin 2031 à 20h</p></div></body></html>"
    )
    titles = [event["title"] for event in agenda(body, start=dt.datetime(2031, 5, 1))]  # noqa: DTZ001
    assert len(titles) == 2
    assert titles[0].casefold().startswith("mme bovary")
    assert titles[1] == "Holy Wave"


# --- a morning to noon, a night prayer: no afternoon -----------------------------------------------------------------

village = functools.partial(read_page, url="https://village.example.org/", zone=LONDON, start=dt.datetime(2031, 5, 1))  # noqa: DTZ001


def listing(heading: str, *rows: tuple[str, str, str]) -> str:
    cards = "".join(
        f"<div class='event'><h3>{title}</h3><p>{day}</p><p>{place}</p></div>" for title, day, place in rows
    )
    return f"<html><body><h1>{heading}</h1>{cards}</body></html>"


def hours(body: str) -> list[tuple[str, str]]:
    return [(event["start"][11:16], event["end"][11:16]) for event in village(body)]


def test_a_bare_range_to_noon_and_a_night_prayer_stay_in_the_small_hours() -> None:
    boot = listing("Car boot sales", ("Car boot sale", "Sunday 8 June 2031, 5:30-12:00", "Church field"))
    prayer = listing(
        "Mosque programme",
        ("Tahajjud prayers", "Friday 13 June 2031, 3:30-4:30", "Main hall"),
        ("Quran class", "Saturday 14 June 2031, 10:00-11:30", "Room 2"),
    )
    assert hours(boot) == [("05:30", "12:00")]
    assert hours(prayer) == [("03:30", "04:30"), ("10:00", "11:30")]


def test_a_markets_bare_afternoon_still_moves() -> None:
    market = listing(
        "Farmers market",
        ("Wednesday market", "Wednesday 11 June 2031, 4:00-7:00", "Square"),
        ("Saturday market", "Saturday 14 June 2031, 8:00-12:00", "Square"),
    )
    assert hours(market) == [("16:00", "19:00"), ("08:00", "12:00")]


# --- a check-in before a weekly start -------------------------------------------------------------------------------

chicago = functools.partial(read_feed, zone=zoneinfo.ZoneInfo("America/Chicago"), start=dt.datetime(2031, 5, 20, 9))  # noqa: DTZ001


def test_an_opening_before_a_start_on_mondays_is_no_events_day() -> None:
    league = rss(
        "Club news",
        ("Autumn league", "Registration opens June 7, 2031 at 9 am. The league starts at 6 pm on Mondays.", None),
    )
    assert chicago(league) == []
    quiz = rss("Club news", ("Quiz night", "Sign-ups open June 7, 2031 at 6 pm, quiz starts 7 pm.", None))
    assert starts(chicago(quiz)) == [("Quiz night", "2031-06-07T19:00:00-05:00")]
