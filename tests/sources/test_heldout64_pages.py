"""The sixty-fourth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout64.json: measured
once at 1bc0f351), on small documents of our own:

* A league's schedule (Japanese) draws each game as a card of its day, "9<span>/</span>23<span>（火）</span>", and
  the four teams' logos, nothing else. "9/23" was no date (a bare month/day is a score or a fraction as often), and
  a card whose only words are its date was named after the page. Now a year-less month/day followed by a weekday in
  CJK brackets is a date (``_page_intl.CJK_SLASHED_DATE``), and a card whose whole text is one date and which holds
  two or more images with distinct, meaningful alt texts gets them as its name (``_page_logo_names``). Not: a bare
  "9/23", "9/23 (Tue)", a card with words of its own, one image, generic or empty alts.
* A game site's news list is a table of article links ("/sc/news/detail/…") stamped "2025-07-25 18:00", newest
  first: each row was an event at its stamp. Now a table whose rows (five or more, at least half the table) link
  to articles, have a clock and run back in time over more than one day gives those rows no event
  (``_page_publication_log``); a row read at a day its own words name stays (the batch's two broadcast notices). Not: the same rows in the order of
  their days, rows linking to events' pages, four rows.

Left (manifest's figures.after): a page whose only dated table is such a log is still read as one event at its
first stamp, titled by the page (the page's own reading, not the table's); a card's end written in an element of its own classed as the end ("bdi-event__date
--end"), an end named only in a teaser ("vom 29. bis 31. Oktober"), Apollo's SSR data in a script (JavaScript, not
JSON), a JSON-LD start whose clock is a CMS's stamp, titles the projects compose from a table's cells.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_dates import find_dates
from tests.sources.helpers import read_page

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
SEPTEMBER = dt.datetime(2025, 9, 1)  # noqa: DTZ001 - a wall-clock time read_page places in the zone

read_league = functools.partial(read_page, url="https://league.example.jp/games/", zone=TOKYO, start=SEPTEMBER)
read_news = functools.partial(read_page, url="https://game.example.jp/news/", zone=TOKYO, start=SEPTEMBER)

TEAMS = [["Red Cranes", "Blue Foxes", "Kobe Tigers", "Sea Hawks"], ["Night Owls", "Red Cranes", "Iron Bears", "Stars"]]


def game(month: str, day: str, weekday: str, teams: list[str], *, extra: str = "") -> str:
    logos = "".join(f'<li><img src="/img/{i}.png" alt="{team}"></li>' for i, team in enumerate(teams))
    return (
        f'<li class="schedule__item"><p class="schedule__date">{month}<span>/</span>{day}<span>（{weekday}）</span></p>'
        f'{extra}<ul class="schedule__logos">{logos}</ul></li>'
    )


def schedule(*games: str) -> str:
    return f'<html lang="ja"><head><title>試合日程</title></head><body><ul>{"".join(games)}</ul></body></html>'


def days(text: str) -> list[dt.date]:
    return [hit.date for hit in find_dates(text, year_hint=2025, today=dt.date(2025, 9, 1))]


# A month/day with its weekday in CJK brackets ---------------------------------------------------------------------


def test_a_slashed_day_with_a_bracketed_weekday_is_a_date() -> None:
    assert days("9/23（火）") == [dt.date(2025, 9, 23)]
    assert days("12/1(月)") == [dt.date(2025, 12, 1)]


def test_a_bare_slashed_day_is_still_no_date() -> None:
    assert days("9/23") == []
    assert days("9/23 (Tue)") == []
    assert days("Score 9/23（1st half）") == []


# A card of a date and logos only ----------------------------------------------------------------------------------


def test_a_card_of_a_date_and_logos_is_named_by_the_logos() -> None:
    events = read_league(schedule(game("9", "23", "火", TEAMS[0]), game("9", "25", "木", TEAMS[1])))
    assert [(event["title"], event["start"]) for event in events] == [
        ("Red Cranes, Blue Foxes, Kobe Tigers, Sea Hawks", "2025-09-23"),
        ("Night Owls, Red Cranes, Iron Bears, Stars", "2025-09-25"),
    ]


def test_a_card_with_words_of_its_own_keeps_them() -> None:
    named = '<h3 class="schedule__name">Opening Round</h3>'
    events = read_league(
        schedule(game("9", "23", "火", TEAMS[0], extra=named), game("9", "25", "木", TEAMS[1], extra=named))
    )
    assert len(events) == 2
    assert not any("Red Cranes" in event["title"] for event in events)


def test_one_image_or_generic_alts_name_nothing() -> None:
    events = read_league(schedule(game("9", "23", "火", ["Poster"]), game("9", "25", "木", ["logo", "Logo 2"])))
    assert [event["start"] for event in events] == ["2025-09-23", "2025-09-25"]
    assert not any("Poster" in event["title"] or "logo" in event["title"].lower() for event in events)


# A table of articles stamped to the minute, newest first ----------------------------------------------------------

STAMPS = ["2025-09-05 18:00", "2025-09-05 11:00", "2025-09-04 17:00", "2025-09-03 18:00", "2025-09-02 10:25"]
HEADLINES = [
    "Theatre opens with its first show",
    "Prepaid card campaign starts",
    "Gift collection deadline reminder",
    "Anniversary site opens",
    "New class arrives in version 7.5",
]


def notices(stamps: list[str], *, path: str = "/news/detail", extra: str = "") -> str:
    rows = "".join(
        f'<tr><td class="news"><a href="{path}/{index}/">{HEADLINES[index]}</a></td>'
        f'<td class="date"><div>{stamp}</div></td></tr>'
        for index, stamp in enumerate(stamps)
    )
    return f"<html><head><title>News</title></head><body><table>{rows}{extra}</table></body></html>"


def rows_read(events: list[dict[str, object]]) -> list[object]:
    """The events read from the table's rows (each links its article); the page's own reading aside."""
    return [event["start"] for event in events if "/detail/" in str(event["url"] or "")]


def test_articles_stamped_newest_first_are_no_events() -> None:
    assert rows_read(read_news(notices(STAMPS))) == []


def test_the_same_rows_in_the_order_of_their_days_are_a_schedule() -> None:
    assert len(rows_read(read_news(notices(list(reversed(STAMPS)))))) == len(STAMPS)


def test_rows_linking_to_events_pages_are_read() -> None:
    assert len(read_news(notices(STAMPS, path="/events/detail"))) == len(STAMPS)


def test_four_stamped_rows_are_too_few_for_a_log() -> None:
    assert len(rows_read(read_news(notices(STAMPS[:4])))) == len(STAMPS[:4])


# A start and an end told apart by their classes only ----------------------------------------------------------------

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read_federation = functools.partial(
    read_page, url="https://federation.example.de/veranstaltungen", zone=BERLIN, start=SEPTEMBER
)


def event_card(title: str, first: str, second: str, *, start_class: str = "begin", end_class: str = "end") -> str:
    return (
        f'<li class="event"><h3 class="event__title"><a href="/termine/{title.lower().replace(" ", "-")}">{title}</a>'
        f'</h3><p class="event__dates"><span class="event__date event__date--{start_class}">{first}</span>\n'
        f'<span class="event__date event__date--{end_class}">{second}</span></p></li>'
    )


def federation(*cards: str) -> str:
    return f'<html lang="de"><head><title>Veranstaltungen</title></head><body><ul>{"".join(cards)}</ul></body></html>'


def test_a_start_and_an_end_told_by_their_classes_are_a_range() -> None:
    events = read_federation(
        federation(
            event_card("Energy Tax Day", "05.11.2025", "06.11.2025"),
            event_card("Investment Screening", "16.12.2025", "16.12.2025"),
        )
    )
    assert [(event["title"], event["start"], event["end"]) for event in events][0] == (
        "Energy Tax Day",
        "2025-11-05",
        "2025-11-06",
    )


def test_two_dated_siblings_without_start_and_end_classes_are_no_range() -> None:
    events = read_federation(
        federation(
            event_card("Energy Tax Day", "05.11.2025", "06.11.2025", start_class="first", end_class="second"),
            event_card("Tax Forum", "13.11.2025", "14.11.2025", start_class="first", end_class="second"),
        )
    )
    assert not any(event["end"] == "2025-11-06" for event in events)


def test_an_end_class_over_words_is_no_range() -> None:
    events = read_federation(
        federation(
            event_card("Energy Tax Day", "05.11.2025", "Anmeldung bis 06.11.2025"),
            event_card("Tax Forum", "13.11.2025", "Anmeldung bis 14.11.2025"),
        )
    )
    assert not any(event["end"] in ("2025-11-06", "2025-11-14") for event in events)
