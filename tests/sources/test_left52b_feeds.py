"""Three misreadings of the feed reader's dotted dates (``_feed_dotted``), found in review 12 and fixed here (issue
#13, session 12, helper left52b). Each test is a small feed of our own writing; the misread text stays as a hard
negative and what must still be read stays beside it.

- A version or release number written like a date ("Version 1.12.2026", "Release 2.3.2027", "v. 3.1.2027"): the page
  reader screens such numbers with ``_page_number_years.NUMBERED_THING``; the dotted feed reader now does too.
- A validity date in a news post ("Preisliste gültig ab 01.12.2026", "valid from", "à partir du", "geldig vanaf",
  "gilt ab", "ab dem"): read as an event on that day. In a feed that does not say it lists events, a dotted date
  right after a validity phrase is no event's start (``_feed_valid_from``), as a news post's reported day is not;
  a feed of events reads it as before ("Ab dem 01.12.2026 täglich geöffnet": the opening is the event).
- A score written like a clock after a date ("25.11. 21:19 Halbzeit", "25.11. 2:1 Endstand"): read as a time. A
  clock followed by a match word (Halbzeit, halftime, Endstand, full time, FT, HT, Tore) or by a half-time score in
  brackets ("2:1 (1:0)") is no clock.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_dotted
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2026, 11, 21, tzinfo=BERLIN)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))
PUBLISHED = "Fri, 20 Nov 2026 09:00:00 +0100"


def extract(document: str) -> list[dict]:
    return extract_document(document.encode(), window=WINDOW, kind="auto", zone=BERLIN).events


def feed(*items: tuple[str, str], events: bool = False) -> str:
    """A news feed (or, with ``events``, a feed whose own page is an events page) of (title, description) items."""
    page = "https://stadt.example.de/veranstaltungen/events/" if events else "https://stadt.example.de/aktuelles/"
    body = "".join(
        f"<item><title>{title}</title><link>https://stadt.example.de/a/{number}</link>"
        f"<description>{description}</description><pubDate>{PUBLISHED}</pubDate></item>"
        for number, (title, description) in enumerate(items)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Stadt Beispiel</title>"
        f"<link>{page}</link>{body}</channel></rss>"
    )


def read(events: list[dict]) -> list[tuple[str, str]]:
    return [(event["title"], event["start"]) for event in events]


# --- a version or release number is no date -----------------------------------------------------------------------


@pytest.mark.parametrize("number", ["Version 1.12.2026", "Release 2.3.2027", "v. 3.1.2027", "Build 4.12.2026"])
@pytest.mark.parametrize("events", [False, True])
def test_a_version_or_release_number_is_no_date(number: str, events: bool) -> None:
    assert extract(feed((f"Firmware {number} verfügbar", "Das Update behebt Fehler."), events=events)) == []


def test_a_date_after_a_version_number_is_still_read() -> None:
    events = extract(
        feed(("Neue App-Version", "Version 1.12.2026 ist da. Infoabend am 05.12.2026 um 18:00 Uhr"), events=True)
    )

    assert read(events) == [("Neue App-Version", "2026-12-05T18:00:00+01:00")]


def test_a_version_number_is_not_taken_out_of_a_title() -> None:
    start = dt.datetime(2026, 12, 1, 19, 30, tzinfo=BERLIN)
    assert _feed_dotted.without_dotted_date("Konzert 01.12.2026 19:30 Uhr", start) == "Konzert"
    assert _feed_dotted.without_dotted_date("Release 01.12.2026", start.date()) is None


# --- a validity date in a news post is no event ------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Preisliste gültig ab 01.12.2026",
        "Neue Tarife gelten ab 01.12.2026",
        "Fahrplan gilt ab 13.12.2026",
        "Ab dem 01.12.2026 neue Öffnungszeiten",
        "Price list valid from 01.12.2026",
        "Nouveaux tarifs à partir du 01.12.2026",
        "Nieuwe tarieven geldig vanaf 01.12.2026",
    ],
)
def test_a_validity_date_in_a_news_post_is_no_event(title: str) -> None:
    assert extract(feed((title, "Alle Einzelheiten auf unserer Website."))) == []


def test_a_news_posts_event_date_beside_a_validity_date_is_still_read() -> None:
    events = extract(
        feed(("Neue Preise", "Preisliste gültig ab 01.12.2026. Konzert am 05.12.2026 um 19:30 Uhr im Rathaus."))
    )

    assert read(events) == [("Neue Preise", "2026-12-05T19:30:00+01:00")]


def test_a_concert_in_a_news_post_is_still_read() -> None:
    events = extract(feed(("Konzert am 01.12.2026 um 19:30 Uhr", "Im Rathaussaal.")))

    assert [event["start"] for event in events] == ["2026-12-01T19:30:00+01:00"]


def test_an_event_feeds_opening_day_after_ab_is_still_read() -> None:
    events = extract(feed(("Weihnachtsmarkt", "Ab dem 01.12.2026 täglich geöffnet."), events=True))

    assert read(events) == [("Weihnachtsmarkt", "2026-12-01")]


# --- a score written like a clock is no time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "score",
    [
        "25.11. 21:19 Halbzeit",
        "25.11. 21:19 Halbzeitstand",
        "25.11. 21:19 Endstand",
        "25.11. 23:20 FT",
        "25.11. 12:10 (HT)",
        "25.11. 22:22, full time",
        "25.11. 14:12 halftime",
        "25.11. 21:19 (10:9)",
        "25.11. 20:18 Tore: Müller (7), Schmidt (5)",
    ],
)
def test_a_score_after_a_year_less_date_is_no_clock(score: str) -> None:
    assert extract(feed((f"Handball: TV Beispiel - HSG Muster, {score}", "Bericht folgt."), events=True)) == []


def test_a_score_after_a_dated_day_leaves_the_day_without_a_clock() -> None:
    events = extract(feed(("Pokal: TV Beispiel - HSG Muster", "Spiel am 28.11.2026 21:19 Halbzeit"), events=True))

    assert [(event["start"], event["all_day"]) for event in events] == [("2026-11-28", True)]


@pytest.mark.parametrize(
    "title",
    ["Heimspiel 28.11. 19:30 Uhr", "Heimspiel 28.11., 19:30 - 21:30 Uhr", "Heimspiel 28.11. 19:30 Ftbl"],
)
def test_a_clock_after_a_date_is_still_read(title: str) -> None:
    events = extract(feed((title, "Karten an der Abendkasse."), events=True))

    assert [event["start"] for event in events] == ["2026-11-28T19:30:00+01:00"]
